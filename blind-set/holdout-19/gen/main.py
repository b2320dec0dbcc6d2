import json, os, random, sys
sys.path.insert(0, os.path.dirname(__file__))
from lib import Case
import cases_a as A, cases_b as B, cases_c as C

P, N = "positive", "near-miss"
STORIES = [
 # fn, org, target, kind, expected, summary
 (A.psnw_pos_a, "A", "PERSISTENT_SYMPTOMS_NORMAL_WORKUP", P, None, "FQHC: palpitations at 4 visits over 5 months, ECG/Holter/echo/labs normal"),
 (B.psnw_pos_b, "B", "PERSISTENT_SYMPTOMS_NORMAL_WORKUP", P, None, "Sports med: runner's groin/hip pain 5 months, XR/MRI/labs normal"),
 (C.psnw_pos_c, "C", "PERSISTENT_SYMPTOMS_NORMAL_WORKUP", P, None, "Well-woman: postmenopausal iron-deficiency anaemia, no source work-up >60 days"),
 (A.psnw_nm_a, "A", "PERSISTENT_SYMPTOMS_NORMAL_WORKUP", N, [], "FQHC: fatigue/polyuria explained by new type 2 diabetes"),
 (C.psnw_nm_c, "C2", "PERSISTENT_SYMPTOMS_NORMAL_WORKUP", N, [], "Gyn: positive FIT followed by colonoscopy within 5 weeks"),
 (A.dsm_pos_a, "A2", "DIAGNOSIS_SYMPTOM_MISMATCH", P, None, "FQHC: 'viral infection' label for 4 months of fever, sweats, weight loss (raw-cheese exposure)"),
 (B.dsm_pos_b, "B", "DIAGNOSIS_SYMPTOM_MISMATCH", P, None, "Joint clinic: knee OA label despite inflammatory polyarthritis, RF+, erosion"),
 (C.dsm_pos_c, "C", "DIAGNOSIS_SYMPTOM_MISMATCH", P, None, "Gyn: IBS label while cyclic pain, endometrioma-like cyst, CA-125 68"),
 (A.dsm_nm_a, "A", "DIAGNOSIS_SYMPTOM_MISMATCH", N, [], "FQHC: R53.83 fatigue recorded 6 weeks ago, sleep study ordered"),
 (B.dsm_nm_b, "B2", "DIAGNOSIS_SYMPTOM_MISMATCH", N, [], "Rheum: fibromyalgia label refuted, PMR diagnosed and responding"),
 (B.mpp_pos_b, "B2", "MAJOR_PROCEDURE_PLANNED", P, None, "Spine: L4-5 TLIF ordered for January"),
 (C.mpp_pos_c, "C", "MAJOR_PROCEDURE_PLANNED", P, None, "REI: robotic myomectomy booked 2026-12-29"),
 (A.mpp_pos_a, "A2", "MAJOR_PROCEDURE_PLANNED", P, None, "FQHC/partner hospital: carotid endarterectomy, Procedure status preparation"),
 (B.mpp_nm_b, "B", "MAJOR_PROCEDURE_PLANNED", N, [], "Joint replacement: THA already performed, post-op PT"),
 (C.mpp_nm_c, "C2", "MAJOR_PROCEDURE_PLANNED", N, [], "Gyn: office colposcopy with biopsy for LSIL"),
 (C.up_pos_c, "C2", "UNTREATABLE_PROGNOSIS", P, None, "Gyn onc: platinum-resistant ovarian cancer, 'no further treatment options', palliative plan"),
 (B.up_pos_b, "B2", "UNTREATABLE_PROGNOSIS", P, None, "Spine: mCRPC with pathologic fracture, no options, hospice referral"),
 (A.up_pos_a, "A", "UNTREATABLE_PROGNOSIS", P, None, "FQHC: decompensated cirrhosis, not transplant candidate, palliative referral"),
 (C.up_nm_c, "C", "UNTREATABLE_PROGNOSIS", N, [], "Gyn onc: hospice for uterine serous carcinoma, second opinion in Aug 2026 concurred"),
 (A.up_nm_a, "A2", "UNTREATABLE_PROGNOSIS", N, [], "FQHC: 'no requiere mas tratamiento' after cured hepatitis C"),
 (C.hit_pos_c, "C2", "HIGH_IMPACT_TREATMENT", P, None, "Gyn onc: cervical cancer chemoradiation starting 2026-12-14"),
 (B.hit_pos_b, "B", "HIGH_IMPACT_TREATMENT", P, None, "Spine oncology: SBRT to T10 metastasis planned"),
 (A.hit_pos_a, "A", "HIGH_IMPACT_TREATMENT", P, None, "FQHC/nephrology: haemodialysis start ordered for January"),
 (C.hit_nm_c, "C", "HIGH_IMPACT_TREATMENT", N, [], "OB/GYN: single-dose methotrexate for ectopic, completed"),
 (A.hit_nm_a, "A2", "HIGH_IMPACT_TREATMENT", N, [], "FQHC: stable CKD 3b, dialysis explicitly not indicated"),
 (A.prc_pos_a, "A", "PATIENT_REPORTED_CONCERN", P, None, "FQHC: Spanish portal message asking for second opinion before insulin"),
 (B.prc_pos_b, "B", "PATIENT_REPORTED_CONCERN", P, None, "Shoulder: intake questionnaire 'Yes' to second opinion"),
 (C.prc_pos_c, "C", "PATIENT_REPORTED_CONCERN", P, None, "REI: Flag + portal message requesting second opinion before donor-egg IVF"),
 (B.prc_nm_b, "B2", "PATIENT_REPORTED_CONCERN", N, [], "Foot & ankle: intake questionnaire 'No' to second opinion"),
 (C.prc_nm_c, "C2", "PATIENT_REPORTED_CONCERN", N, [], "Gyn: second-opinion request already fulfilled in July 2026"),
 (A.wdt_pos_a, "A2", "WORSENING_DESPITE_TREATMENT", P, None, "FQHC behavioural health: GAD-7 9->17 on sertraline"),
 (B.wdt_pos_b, "B", "WORSENING_DESPITE_TREATMENT", P, None, "Rheum: DAS28-CRP 3.2->5.4 on MTX + HCQ"),
 (C.wdt_pos_c, "C", "WORSENING_DESPITE_TREATMENT", P, None, "Pelvic pain clinic: endometriosis pain 4->8 on dienogest"),
 (A.wdt_nm_a, "A", "WORSENING_DESPITE_TREATMENT", N, [], "FQHC: A1c rise during migrant season without metformin"),
 (B.wdt_nm_b, "B2", "WORSENING_DESPITE_TREATMENT", N, [], "Joint clinic: KOOS pain drop below MCID"),
 (B.rcc_pos_b, "B", "RARE_OR_COMPLEX_CONDITION", P, None, "Young-adult ortho: X-linked hypophosphatemia on burosumab"),
 (C.rcc_pos_c, "C", "RARE_OR_COMPLEX_CONDITION", P, None, "REI: mosaic Turner syndrome with POI"),
 (A.rcc_pos_a, "A2", "RARE_OR_COMPLEX_CONDITION", P, None, "FQHC: six chronic conditions across five specialties"),
 (B.rcc_nm_b, "B2", "RARE_OR_COMPLEX_CONDITION", N, [], "Sports med: joint hypermobility, hEDS refuted"),
 (C.rcc_nm_c, "C2", "RARE_OR_COMPLEX_CONDITION", N, [], "Gyn: four common chronic conditions"),
]
assert len(STORIES) == 40
rng = random.Random(19061)
order = list(range(40)); rng.shuffle(order)
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
os.makedirs(os.path.join(root, "cases"), exist_ok=True)
for f in os.listdir(os.path.join(root, "cases")):
    os.remove(os.path.join(root, "cases", f))
exp, rows = [], []
for num, si in enumerate(order, 1):
    fn, org, target, kind, expected, summ = STORIES[si]
    cid = f"cd-{num:02d}"
    c = Case(cid, org)
    why = fn(c)
    if expected is None:
        expected = [target]
    with open(os.path.join(root, "cases", cid + ".json"), "w") as f:
        json.dump(c.bundle(), f, indent=1, ensure_ascii=False)
    exp.append({"case": cid, "target": target, "kind": kind, "expected": expected, "why": why})
    rows.append((cid, target, kind, summ, len(c.entries)))
with open(os.path.join(root, "expectations.json"), "w") as f:
    json.dump({"anchorDate": "2026-12-01", "cases": exp}, f, indent=1, ensure_ascii=False)
with open(os.path.join(root, "gen", "rows.json"), "w") as f:
    json.dump(rows, f, indent=1)
print("written", len(rows))
