import json, os, random, sys
sys.path.insert(0, os.path.dirname(__file__))
from lib import Case
import rural, womens, geri

OUT = os.path.join(os.path.dirname(__file__), "..")
P, N = "positive", "near-miss"
PS, DM, MP, UP, HI, PR, WD, RC = ("PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "DIAGNOSIS_SYMPTOM_MISMATCH", "MAJOR_PROCEDURE_PLANNED",
                                  "UNTREATABLE_PROGNOSIS", "HIGH_IMPACT_TREATMENT", "PATIENT_REPORTED_CONCERN",
                                  "WORSENING_DESPITE_TREATMENT", "RARE_OR_COMPLEX_CONDITION")
BASES = {"rural_sweetgrass": "https://fhir.sweetgrassmemorial.org/r4", "rural_prairie": "https://ehr.prairieridgehealth.org/fhir/r4",
         "rural_cumberland": "https://fhir.uchospital.org/api/FHIR/R4", "w_brigid": "https://fhir.stbrigidwch.org/r4",
         "w_magnolia": "https://interop.magnoliawch.org/fhir/R4", "w_lakeshore": "https://fhir.lakeshorecwc.org/R4",
         "g_northbridge": "https://fhir.northbridgehealth.org/r4", "g_cascadia": "https://api.cascadiahealth.org/fhir/r4",
         "g_riverside": "https://fhir.riversidehealth.org/R4"}
# (builder, base key, target, kind, expected, why, summary)
SPEC = [
 (rural.r_psnw_pos, "rural_sweetgrass", PS, P, [PS], "Bilateral foot paraesthesia recorded at 3 visits over ~6 months (May-Oct 2026); A1c, B12, TSH, folate, SPEP, ESR/CRP and NCS/EMG all normal, no explanatory diagnosis.", "Rural MT: 52M burning feet, all workup incl. outside NCS normal, told nothing found"),
 (womens.w_psnw_pos, "w_lakeshore", PS, P, [PS], "Polyarthralgia with morning stiffness on 4 dates over ~6 months; inflammatory markers, ANA, RF, CK, TSH and hand films normal; rheumatology found no diagnosis.", "Adolescent 16F polyarthralgia, normal rheum workup, no diagnosis"),
 (geri.g_psnw_pos, "g_riverside", PS, P, [PS], "Iron-deficiency anaemia (Hb 9.6, ferritin 5) in an 81-year-old on 2026-08-11 with no GI evaluation, referral or even repeat CBC in >60 days (Murphy red-flag trigger).", "Geriatric 81F new iron-deficiency anaemia, no follow-up >60 days"),
 (womens.w_psnw_nm, "w_brigid", PS, N, [], "Fatigue/bloating over 12 weeks, but tTG-IgA high and biopsy-proven coeliac disease diagnosed; symptoms explained and resolved on gluten-free diet.", "Teen 14F fatigue/bloating explained by coeliac disease"),
 (geri.g_psnw_nm, "g_cascadia", PS, N, [], "Raised PSA (9.8) followed up by urology within 22 days and MRI (PI-RADS 2, large BPH gland); red flag was followed up.", "74M raised PSA promptly worked up, explained by BPH"),
 (rural.r_dsm_pos, "rural_prairie", DM, P, [DM], "IBS-D (K58.0) label since Feb 2026 (>90 days) while nocturnal diarrhoea, 7 kg weight loss, calprotectin 412, low albumin and anaemia continue - findings IBS cannot explain; label kept.", "Rural KS: 61M labelled IBS-D with red-flag features persisting"),
 (womens.w_dsm_pos, "w_magnolia", DM, P, [DM], "Panic disorder diagnosed for palpitations/syncope, but exertional and alarm-triggered syncope continue and QTc is 498 ms with family sudden death - not explained by the label.", "Adolescent 15F labelled panic disorder; syncope with prolonged QTc"),
 (geri.g_dsm_pos, "g_northbridge", DM, P, [DM], "Parkinson's disease label with no levodopa response, early recurrent falls, severe neurogenic orthostatic hypotension and urge incontinence - features atypical for PD.", "Geriatric 78M 'PD' with atypical red flags (falls, OH, levodopa non-response)"),
 (rural.r_dsm_nm, "rural_cumberland", DM, N, [], "Catch-all 'Other fatigue' (R53.83) was replaced by an explanatory diagnosis (OSA on sleep study) and is resolved after CPAP.", "Rural TN: 52F fatigue code resolved after OSA diagnosis and CPAP"),
 (womens.w_dsm_nm, "w_brigid", DM, N, [], "Migraine without aura fits the headache pattern, normal exam, and is improving on prophylaxis; no unexplained findings.", "12F migraine diagnosis fits and improving"),
 (rural.r_mpp_pos, "rural_sweetgrass", MP, P, [MP], "Active ServiceRequest for transfemoral TAVR (CPT 33361) scheduled 2027-01-19, not yet performed.", "Rural MT: 74M severe AS, TAVR ordered at regional centre"),
 (womens.w_mpp_pos, "w_lakeshore", MP, P, [MP], "Active orders for posterior spinal fusion T4-L1 with instrumentation (CPT 22802/22843) scheduled 2027-01-07.", "14F adolescent idiopathic scoliosis 54 deg, spinal fusion scheduled"),
 (geri.g_mpp_pos, "g_riverside", MP, P, [MP], "Procedure in status 'preparation' for L3-L5 laminectomy and instrumented fusion (CPT 22633) scheduled 2027-01-12.", "Geriatric 77M lumbar stenosis, fusion in preparation after pre-op geriatric assessment"),
 (rural.r_mpp_nm, "rural_prairie", MP, N, [], "Only a minor office excision of a 2.4 cm epidermoid cyst (CPT 11403) under local anaesthesia is planned.", "Rural KS: 59M office cyst excision planned (minor)"),
 (geri.g_mpp_nm, "g_cascadia", MP, N, [], "Total knee arthroplasty already performed 2026-10-14 (ServiceRequest and Procedure completed); no further surgery planned.", "79F TKA already done, post-op SNF/home health"),
 (geri.g_up_pos, "g_northbridge", UP, P, [UP], "End-stage HFrEF; advanced-HF consult documents no further treatment options, hospice referral and comfort CarePlan active; no second opinion on record.", "Geriatric 86M end-stage heart failure, hospice referral"),
 (rural.r_up_pos, "rural_cumberland", UP, P, [UP], "HCC with Child-Pugh C and PVTT; tumour board note says no treatment options, hospice referral active; no second opinion.", "Rural TN: 74M HCC in decompensated cirrhosis, best supportive care"),
 (womens.w_up_pos, "w_magnolia", UP, P, [UP], "Platinum-resistant ovarian cancer; gyn-onc documents no further effective treatment options, hospice referral and palliative CarePlan active.", "58F recurrent ovarian cancer, transition to hospice"),
 (geri.g_up_nm, "g_cascadia", UP, N, [], "Hospice CarePlan for advanced Alzheimer disease, but an external second opinion (2026-05-14) is on record within 12 months for the same problem - suppressed.", "88F advanced dementia on hospice with second opinion already obtained"),
 (rural.r_up_nm, "rural_prairie", UP, N, [], "Low-risk prostate cancer on active surveillance; 'no treatment is recommended at this time' but curative options remain; no palliative plan.", "Rural KS: 70M low-risk prostate cancer, active surveillance"),
 (womens.w_hit_pos, "w_brigid", HI, P, [HI], "Definitive chemoradiation (pelvic IMRT + weekly cisplatin, then brachytherapy) planned to start 2026-12-14 for stage IIB cervical cancer.", "31F cervical cancer, chemoradiation starting in 2 weeks"),
 (rural.r_hit_pos, "rural_sweetgrass", HI, P, [HI], "Adjuvant CAPOX chemotherapy started 2026-11-03 and ongoing (cycle 3 due 12/15) after colectomy for stage III colon cancer.", "Rural MT: 64F stage III colon cancer on adjuvant CAPOX"),
 (geri.g_hit_pos, "g_riverside", HI, P, [HI], "Maintenance haemodialysis started 2026-07-08 and EQ-5D VAS fell 65->40 (KDQOL burden 31->19) after starting, well beyond MCID.", "Geriatric 76F started haemodialysis with falling quality-of-life scores"),
 (womens.w_hit_nm, "w_lakeshore", HI, N, [], "Lumpectomy, radiotherapy and tamoxifen all completed (2021-2026); survivorship only, no treatment planned.", "46F breast cancer survivor, treatment completed"),
 (geri.g_hit_nm, "g_northbridge", HI, N, [], "Only topical fluorouracil 5% cream for actinic keratoses ('field-directed topical chemotherapy') - not a high-impact treatment.", "82M actinic keratoses, topical 5-FU"),
 (rural.r_prc_pos, "rural_sweetgrass", PR, P, [PR], "Patient-authored portal Communication explicitly asks for a second opinion from another rheumatologist about her RA diagnosis.", "Rural MT: 39F portal message requesting second opinion on RA"),
 (womens.w_prc_pos, "w_magnolia", PR, P, [PR], "Parent-completed QuestionnaireResponse: concerns not listened to (No) and wants help getting a second opinion (Yes) on autism diagnosis.", "3yo ASD diagnosis, mother requests second opinion via pre-visit form"),
 (geri.g_prc_pos, "g_cascadia", PR, P, [PR], "Active Flag authored by the patient requesting a cardiology second opinion on withholding anticoagulation.", "82F AF off anticoagulation, patient Flag requesting second opinion"),
 (womens.w_prc_nm, "w_brigid", PR, N, [], "Postpartum questionnaire answers 'No' to wanting a second opinion; no concerns.", "29F postpartum visit, questionnaire answer No"),
 (rural.r_prc_nm, "rural_prairie", PR, N, [], "Portal message only requests a copy of a second-opinion letter already obtained 2026-08-12; symptoms improved, surgery cancelled.", "Rural KS: 48M asks for copy of prior second-opinion letter"),
 (womens.w_wdt_pos, "w_lakeshore", WD, P, [WD], "PHQ-A 13->15->16->19->22 over ~7 months while fluoxetine and weekly CBT were continuous.", "16M depression worsening on fluoxetine + CBT"),
 (rural.r_wdt_pos, "rural_cumberland", WD, P, [WD], "Office SBP 146->152->161->170 over ~7 months on three antihypertensives with confirmed adherence throughout.", "Rural TN: 67M BP rising despite triple therapy"),
 (geri.g_wdt_pos, "g_riverside", WD, P, [WD], "eGFR 44->39->34->29 over 9 months with rising albuminuria while on losartan, empagliflozin and finerenone throughout.", "Geriatric 76M diabetic CKD declining despite full therapy"),
 (rural.r_wdt_nm, "rural_sweetgrass", WD, N, [], "HbA1c 7.5->7.9 over 9 months on metformin: rise of 0.4% is below the 0.5% MCID.", "Rural MT: 58F A1c creeping up below MCID"),
 (womens.w_wdt_nm, "w_magnolia", WD, N, [], "EPDS rose 9->19 but only after sertraline was stopped (June); treatment not active during the decline.", "33F postpartum depression worsened off treatment"),
 (womens.w_roc_pos, "w_brigid", RC, P, [RC], "Active Turner syndrome (45,X; Q96.0), a rare disease, with bicuspid aortic valve and horseshoe kidney.", "11F Turner syndrome on growth hormone"),
 (rural.r_roc_pos, "rural_cumberland", RC, P, [RC], "Active generalized AChR-antibody myasthenia gravis (G70.00), a rare disease; stable on treatment.", "Rural TN: 44F myasthenia gravis via telehealth neurology"),
 (geri.g_roc_pos, "g_northbridge", RC, P, [RC], "Seven active chronic conditions (AF, HFpEF, COPD, CKD 3a, T2DM with neuropathy, MCI, OA) across >=5 specialties.", "Geriatric 83M multimorbidity after SNF stay"),
 (geri.g_roc_nm, "g_riverside", RC, N, [], "Only four active chronic conditions (HTN, HLD, hypothyroidism, hand OA); others resolved; nothing rare.", "80F four stable chronic conditions, several resolved"),
 (womens.w_roc_nm, "w_lakeshore", RC, N, [], "Polycystic ovary syndrome is common (not rare); nonclassic CAH excluded; only three active conditions.", "17F PCOS (common), rare mimic excluded"),
]

rng = random.Random(1414)
nums = list(range(1, len(SPEC) + 1))
rng.shuffle(nums)
exp = []
rows = []
os.makedirs(os.path.join(OUT, "cases"), exist_ok=True)
for (fn, bkey, tgt, kind, expected, why, summ), n in sorted(zip(SPEC, nums), key=lambda x: x[1]):
    cid = f"by-{n:02d}"
    c = Case(cid, BASES[bkey])
    fn(c)
    # move patient entry to front
    c.entries.sort(key=lambda e: 0 if e["resource"]["resourceType"] == "Patient" else 1)
    with open(os.path.join(OUT, "cases", f"{cid}.json"), "w") as f:
        json.dump(c.bundle(), f, indent=1, ensure_ascii=False)
    exp.append({"case": cid, "target": tgt, "kind": kind, "expected": expected, "why": why})
    rows.append((cid, tgt, kind, summ, len(c.entries)))
with open(os.path.join(OUT, "expectations.json"), "w") as f:
    json.dump({"anchorDate": "2026-12-01", "cases": exp}, f, indent=1)
with open(os.path.join(OUT, "gen", "rows.json"), "w") as f:
    json.dump(rows, f)
for r in rows:
    print(r)
