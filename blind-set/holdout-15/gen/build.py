import json, os, random, sys
sys.path.insert(0, os.path.dirname(__file__))
from lib import Case
from cases1 import *; from cases2 import *; from cases3 import *; from cases4 import *
P, N = "positive", "near-miss"
PS, DM, MP, UP, HI, PR, WO, RC = ("PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "DIAGNOSIS_SYMPTOM_MISMATCH", "MAJOR_PROCEDURE_PLANNED", "UNTREATABLE_PROGNOSIS",
                                  "HIGH_IMPACT_TREATMENT", "PATIENT_REPORTED_CONCERN", "WORSENING_DESPITE_TREATMENT", "RARE_OR_COMPLEX_CONDITION")
SPEC = [
 (psnw_p1, "va-np", PS, P, [PS], "Exertional dyspnoea recorded on 4 dates over ~8 months (Mar-Oct 2026); CXR, PFTs/DLCO, echo, HRCT and labs all normal; no explanatory diagnosis.", "VA: post-deployment exertional dyspnoea, exhaustive normal work-up, no diagnosis"),
 (psnw_p2, "ac-hv", PS, P, [PS], "Seen in primary care 2026-10-28 and reassured; unplanned (emergency) admission 9 days later for syncope, still undiagnosed.", "Academic: clinic reassurance then unplanned admission 9 days later for syncope"),
 (psnw_p3, "va-cb", PS, P, [PS], "PSA 9.6 ng/mL on 2026-08-11 (red flag) with no repeat, urology referral or biopsy in the 112 days since.", "VA: raised PSA with no follow-up > 60 days"),
 (psnw_nm1, "ac-bv", PS, N, [], "Chronic cough over >8 weeks, but bronchoprovocation was abnormal and cough-variant asthma was diagnosed and treated; cough resolved.", "Academic: chronic cough explained by cough-variant asthma"),
 (psnw_nm2, "va-sd", PS, N, [], "Admission 9 days after a primary-care visit was a scheduled elective TKA admission, not unplanned; no persistent unexplained symptom.", "VA: pre-op visit then elective TKA admission (already done)"),
 (dsm_p1, "ac-ls", DM, P, [DM], "IBS-D label (K58.0) active since 2025-05 while nocturnal diarrhoea, 6.7 kg weight loss, calprotectin 486 and CRP 24 appear - findings IBS cannot explain.", "Academic IBD centre: IBS label with inflammatory red flags"),
 (dsm_p2, "va-gl", DM, P, [DM], "Fibromyalgia (M79.7) label since 2024 persists while CK rises to 2610 off statin with proximal weakness - not explained by fibromyalgia.", "VA: fibromyalgia label despite rising CK and proximal weakness"),
 (dsm_p3, "on-pd", DM, P, [DM], "Somatic symptom disorder (F45.1) since 2026-04 (>90 days) while PTH-independent hypercalcaemia, rising ALP and CA 27-29 develop in a breast-cancer survivor.", "Community oncology: 'somatic symptom disorder' label vs hypercalcaemia/ALP rise"),
 (dsm_nm1, "ac-cu", DM, N, [], "Unspecified abdominal pain replaced by chronic calculous cholecystitis; cholecystectomy done and pain resolved; catch-all code resolved.", "Academic: R10.9 resolved by cholecystitis diagnosis and surgery"),
 (dsm_nm2, "va-sd", DM, N, [], "Fatigue code lasted 11 weeks and resolved once Hashimoto hypothyroidism was diagnosed and treated; diagnosis explains symptoms.", "VA: fatigue explained by Hashimoto thyroiditis"),
 (mpp_p1, "ac-ls", MP, P, [MP], "Active ServiceRequest (order) for laparoscopic sigmoid colectomy with fistula takedown on 2026-12-15, not yet performed.", "Academic: sigmoid colectomy for colovesical fistula booked"),
 (mpp_p2, "va-gl", MP, P, [MP], "Active ServiceRequest (intent plan) for L4-5 decompression and instrumented fusion planned 2027-01-19.", "VA: lumbar fusion recommended by neurosurgery"),
 (mpp_p3, "ac-bv", MP, P, [MP], "Procedure in status 'preparation' for transfemoral TAVR scheduled 2026-12-17 after heart-team consensus.", "Academic: TAVR in preparation"),
 (mpp_nm1, "va-cb", MP, N, [], "Only a minor office excision of an epidermoid cyst (CPT 11403) under local anaesthesia is planned.", "VA: minor dermatologic excision planned"),
 (mpp_nm2, "ac-cu", MP, N, [], "CABG was already performed (2026-10-05, completed); only cardiac rehabilitation is pending.", "Academic: CABG already done, rehab pending"),
 (up_p1, "on-ds", UP, P, [UP], "Metastatic pancreatic cancer after two lines; oncologist documents no further standard treatment options and refers to hospice; no second opinion on record.", "Community oncology: pancreatic cancer, hospice referral"),
 (up_p2, "ac-hv", UP, P, [UP], "Decompensated cirrhosis declined for transplant and TIPS; active palliative CarePlan and note stating no further disease-directed options.", "Academic hepatology: transplant declined, palliative plan"),
 (up_p3, "va-sd", UP, P, [UP], "End-stage COPD, not a candidate for valves/LVRS/transplant; note states no further treatment options; hospice/palliative consult placed.", "VA: GOLD 4 COPD, hospice/palliative consult"),
 (up_nm1, "on-rb", UP, N, [], "Palliative plan and hospice referral exist, but an outside second opinion for the same cancer was obtained 2026-08-18 (within 12 months) - suppressed.", "Community oncology: mCRC palliative, second opinion already on record"),
 (up_nm2, "va-cb", UP, N, [], "Life-Sustaining Treatment note records DNR only; heart failure is actively and successfully treated; no palliative/hospice or no-treatment statement.", "VA: LST/DNR note while HF treatment continues"),
 (hit_p1, "on-gc", HI, P, [HI], "Concurrent weekly carboplatin/paclitaxel plus 60 Gy thoracic radiotherapy ordered to start 2026-12-08.", "Community oncology: NSCLC chemoradiation planned"),
 (hit_p2, "ac-cu", HI, P, [HI], "In-center haemodialysis ordered to start 2027-01-05 for CKD stage 5 (fistula already created).", "Academic nephrology: haemodialysis initiation planned"),
 (hit_p3, "va-np", HI, P, [HI], "IMRT 70 Gy/28 fx plus 6 months leuprolide ADT planned (ADT 2026-12-10, RT 2027-01-11) for prostate cancer.", "VA: prostate EBRT + ADT planned"),
 (hit_nm1, "on-pd", HI, N, [], "Only adjuvant anastrozole after lumpectomy (radiotherapy omitted, no chemo); FACT-B fell 6 points, below its MCID.", "Community oncology: endocrine therapy only, QoL drop < MCID"),
 (hit_nm2, "va-cb", HI, N, [], "Transtibial amputation was performed in 2024; only a prosthetic socket replacement is planned now.", "VA: amputation done 2024, prosthetic socket only"),
 (prc_p1, "va-sd", PR, P, [PR], "Patient-authored secure message (2026-11-03) explicitly requests a second opinion from an outside gynaecologist; not yet arranged.", "VA: secure message requesting second opinion (endometriosis)"),
 (prc_p2, "on-rb", PR, P, [PR], "Pre-visit QuestionnaireResponse answers 'Yes' to wanting a second opinion about adjuvant treatment decision.", "Community oncology: PRO portal 'Yes' to second opinion"),
 (prc_p3, "ac-hv", PR, P, [PR], "Patient portal message and patient-authored Flag request a second opinion on lung-nodule management.", "Academic: portal message + Flag requesting second opinion"),
 (prc_nm1, "on-ds", PR, N, [], "Distress-screening questionnaire answers 'No' to wanting a second opinion; no other patient request.", "Community oncology: questionnaire answer 'No'"),
 (prc_nm2, "va-gl", PR, N, [], "Patient's February request for a second opinion was fulfilled by PADRECC on 2026-05-14 (within 12 months) and confirmed the diagnosis; suppressed.", "VA: second opinion already obtained for Parkinson disease"),
 (wdt_p1, "va-np", WO, P, [WO], "PCL-5 rose 41 -> 58 (+17, MCID 10) over 8 months (4 values) while sertraline 150 mg and evidence-based psychotherapy were active throughout.", "VA PTSD team: PCL-5 worsening despite SSRI + PE/CPT"),
 (wdt_p2, "ac-ls", WO, P, [WO], "DAS28-CRP rose 3.4 -> 5.4 (+2.0, MCID 1.2) over 8 months with methotrexate and adalimumab active throughout.", "Academic rheumatology: RA DAS28 worsening on MTX + adalimumab"),
 (wdt_p3, "on-gc", WO, P, [WO], "Pain NRS 3 -> 7 over 6 months (4 values) while oxycodone ER, letrozole and denosumab were active throughout.", "Community infusion: bone pain worsening despite opioid + endocrine therapy"),
 (wdt_nm1, "va-cb", WO, N, [], "HbA1c rose 7.0 -> 8.6, but no glucose-lowering treatment was active during the rise (metformin stopped 4/2026, empagliflozin started 10/22).", "VA: HbA1c rise while off treatment"),
 (wdt_nm2, "ac-hv", WO, N, [], "FEV1 fell only 70 mL over 10 months on LAMA/LABA (below 100 mL MCID); CAT stable.", "Academic: COPD FEV1 decline below MCID"),
 (roc_p1, "ac-bv", RC, P, [RC], "Wild-type ATTR amyloid cardiomyopathy (E85.82), a rare disease, active on tafamidis.", "Academic amyloidosis: ATTRwt cardiomyopathy"),
 (roc_p2, "va-sd", RC, P, [RC], "Eight active chronic conditions across SCI medicine, urology, wound/plastics, psychology/psychiatry and nephrology.", "VA SCI/D: complete paraplegia with multi-specialty complexity"),
 (roc_p3, "on-gc", RC, P, [RC], "Metastatic well-differentiated ileal neuroendocrine tumour with carcinoid syndrome (rare) on octreotide LAR.", "Community infusion: metastatic small-bowel NET on octreotide LAR"),
 (roc_nm1, "ac-cu", RC, N, [], "Alpha-1 antitrypsin PiMZ heterozygous carrier state (common, not AATD disease) with mild asthma; 3 active conditions.", "Academic: AAT MZ carrier (common) with mild asthma"),
 (roc_nm2, "va-gl", RC, N, [], "Only 4 active chronic conditions (HTN, T2DM, OSA, hyperlipidaemia); other problems resolved - below complexity threshold.", "VA: 4 chronic conditions plus resolved problems"),
]
assert len(SPEC) == 40
order = list(range(40)); random.Random(1527).shuffle(order)
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
os.makedirs(os.path.join(root, "cases"), exist_ok=True)
for f in os.listdir(os.path.join(root, "cases")):
    os.remove(os.path.join(root, "cases", f))
exp = []; rows = []
for slot, i in enumerate(order):
    fn, org, tgt, kind, expected, why, summ = SPEC[i]
    cid = f"bz-{slot+1:02d}"
    c = Case(cid, org); fn(c)
    # guard: active chronic condition count
    act = {r["resource"]["code"].get("coding", [{}])[0].get("code") or r["resource"]["code"].get("text") for r in c.entries if r["resource"]["resourceType"] == "Condition" and r["resource"]["clinicalStatus"]["coding"][0]["code"] in ("active", "recurrence", "relapse")}
    if fn is not roc_p2 and len(act) > 5: print("WARN many active", cid, fn.__name__, len(act))
    with open(os.path.join(root, "cases", cid + ".json"), "w") as fh:
        json.dump(c.bundle(), fh, indent=1)
    exp.append({"case": cid, "target": tgt, "kind": kind, "expected": expected, "why": why})
    rows.append((cid, tgt, kind, summ, len(c.entries), org))
exp.sort(key=lambda x: x["case"]); rows.sort()
json.dump({"anchorDate": "2026-12-01", "cases": exp}, open(os.path.join(root, "expectations.json"), "w"), indent=1)
from lib import ORGS
tbl = "\n".join(f"| {r[0]} | `{r[1]}` | {r[2]} | {ORGS[r[5]]['name']} | {r[3]} |" for r in rows)
readme = f"""# Held-out evaluation set blind-15 (40 synthetic FHIR R4 records)

## How it was written
Written without access to the product's code, rules, value sets, tests, documentation or any other evaluation set.
The only inputs were the eight criterion descriptions in the brief, the FHIR R4 specification and public terminology
references (SNOMED CT, ICD-10-CM, CPT, HCPCS, LOINC and LOINC answer lists, RxNorm, UCUM, NCI Thesaurus).
Records were generated by `gen/build.py` (stories in `gen/cases1-4.py`, helpers in `gen/lib.py`); every record was
written by hand as a clinical story, the script only assembles the FHIR JSON.

- Anchor date: **2026-12-01** (history before it, planned treatments 1-10 weeks after it).
- Format: one FHIR R4 `Bundle` (`type: transaction`) per case in `cases/bz-NN.json`; every entry has `fullUrl`
  on the originating organisation's FHIR base, an explicit `id`, and `request: PUT <Type>/<id>`. Patient id = case id;
  all references are relative and resolve inside the bundle. Notes are `DocumentReference`s with base64 `text/plain`.
- Numbering is shuffled (seeded) and says nothing about the expectation.
- Sources are styled after three kinds of organisation: VA-style integrated systems (PACT teams, PTSD Clinical Team,
  SCI/D, Amputation System of Care, LST notes, secure messaging, VistA-style local codes), large academic medical centres
  (IBD, hepatology/transplant, amyloidosis, rheumatology, structural heart, pulmonary; tumour boards and case conferences
  as ClinicalImpressions/notes) and independent community oncology/infusion practices (regimen CarePlans, MedicationRequests
  with HCPCS J-codes, PRO portal QuestionnaireResponses, nurse phone check-ins).
- Per criterion: 3 positives + 2 near misses. `expectations.json` lists every criterion each record meets.

## Cases
| case | target | kind | organisation | summary |
| --- | --- | --- | --- | --- |
{tbl}

Run `python3 check.py` for the structural check.
"""
open(os.path.join(root, "README.md"), "w").write(readme)
print("built", len(exp))
