import json, os, random, sys
sys.path.insert(0, os.path.dirname(__file__))
import c1, c2, c3, c4
from lib import dump

OUT = os.path.join(os.path.dirname(__file__), "..")
P, D, M, U, H, R, W, X = ("PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "DIAGNOSIS_SYMPTOM_MISMATCH", "MAJOR_PROCEDURE_PLANNED", "UNTREATABLE_PROGNOSIS",
                          "HIGH_IMPACT_TREATMENT", "PATIENT_REPORTED_CONCERN", "WORSENING_DESPITE_TREATMENT", "RARE_OR_COMPLEX_CONDITION")
SPEC = [
 (c1.psnw_p1, P, "positive", [P], "Palpitations recorded on 4+ dates over more than 8 weeks; ECGs, patch monitor, echo and bloods all normal; no explaining diagnosis; discharged with reassurance."),
 (c1.psnw_p2, P, "positive", [P], "Return-visit e-trigger: index telehealth visit followed by two unscheduled urgent-care visits within 11 days for the same headache, with normal outside CT and labs and no diagnosis or follow-up."),
 (c1.psnw_p3, P, "positive", [P], "Red-flag result without follow-up: new iron-deficiency anaemia in a 64-year-old man (2026-08-18) with no GI investigation, referral or repeat count in over 60 days."),
 (c1.psnw_n1, P, "near-miss", [], "Back pain with normal X-rays was later explained by an MRI diagnosis of L5 spondylolysis, so the workup was not all normal and a disorder now explains the symptom."),
 (c1.psnw_n2, P, "near-miss", [], "The only return within 14 days was a scheduled follow-up, the cystitis was explained (culture positive) and resolved, and the later visit was for an unrelated sprain."),
 (c1.dsm_p1, D, "positive", [D], "IBS (K58.0, catch-all) has been active for more than 90 days with symptoms continuing, and new nocturnal diarrhoea, weight loss, anaemia, raised CRP and calprotectin are not explained by IBS."),
 (c1.dsm_p2, D, "positive", [D], "A mechanical lumbar disc degeneration label cannot account for the later night pain, weight loss, high ESR and ALP and anaemia, yet management is unchanged."),
 (c1.dsm_p3, D, "positive", [D], "A panic disorder diagnosis does not explain exertional syncope, bradycardia and Mobitz II AV block on the monitor; the symptoms continue and are still treated as panic."),
 (c1.dsm_n1, D, "near-miss", [], "The catch-all fatigue code was closed once hypothyroidism was diagnosed; the symptoms are explained and resolved on treatment."),
 (c1.dsm_n2, D, "near-miss", [], "The remaining leg pain, numbness and weakness are the expected findings of the MRI-confirmed L4-5 extrusion with L5 radiculopathy, and she is improving."),
 (c2.mpp_p1, M, "positive", [M], "Active ServiceRequest (order) for total thyroidectomy, booked from the wait list for 2027-01-13 and not yet performed."),
 (c2.mpp_p2, M, "positive", [M], "Active ServiceRequest (intent plan) for L4-5 laminectomy with instrumented TLIF on 2027-01-21; ODI and pain changes are below the MCID."),
 (c2.mpp_p3, M, "positive", [M], "Procedure in status preparation for a right total knee arthroplasty on 2026-12-17 (within 30 days), documented at a telehealth pre-op evaluation."),
 (c2.mpp_n1, M, "near-miss", [], "The microdiscectomy was already performed (Procedure completed 2026-10-14, ServiceRequest completed); nothing major is pending."),
 (c2.mpp_n2, M, "near-miss", [], "The only planned procedure is a minor office excision of an epidermoid cyst under local anaesthetic; the I&D is done."),
 (c2.up_p1, U, "positive", [U], "Active stage D heart failure; specialist letter states no further disease-modifying options; active palliative care referral and comfort care plan; no second opinion on record."),
 (c2.up_p2, U, "positive", [U], "Decompensated cirrhosis; outside hepatology note (in a telehealth note) says no further disease-directed treatment options and not eligible for transplant; hospice referral; no second opinion."),
 (c2.up_p3, U, "positive", [U], "Failed back surgery syndrome; neurosurgery note states no further surgical or interventional treatment options and the pain clinic now has a palliative plan; no second opinion."),
 (c2.up_n1, U, "near-miss", [], "The palliative plan for advanced COPD follows a documented tertiary second opinion on 2026-06-17, within the last 12 months, so the flag is suppressed."),
 (c2.up_n2, U, "near-miss", [], "Advance care planning (DNR Comfort Care-Arrest) in a well 87-year-old who wants full treatment otherwise; no untreatable condition and no palliative or hospice referral."),
 (c3.hit_p1, H, "positive", [H], "Pelvic radiotherapy 50.4 Gy with concurrent capecitabine ordered to start 2026-12-14 (within 30 days); surgery deferred to restaging."),
 (c3.hit_p2, H, "positive", [H], "After the spinal cord stimulator implant, PROMIS-29 physical function fell 8.1 T-score points and pain interference rose 7, more than the MCID, within 10 weeks (under 90 days, so not a worsening trend)."),
 (c3.hit_p3, H, "positive", [H], "Dose-dense AC chemotherapy (doxorubicin and cyclophosphamide) recorded as intended, starting 2026-12-09, after a completed mastectomy."),
 (c3.hit_n1, H, "near-miss", [], "Stable CKD 4; dialysis is explicitly not indicated or planned (education only) and there is no access; eGFR change of 1 is not meaningful."),
 (c3.hit_n2, H, "near-miss", [], "PROMIS physical function drop after RFA is 1.8 points, below the MCID; RFA is a minor procedure already performed."),
 (c3.prc_p1, R, "positive", [R], "Parent (proxy for a 7-year-old) portal Communication explicitly asks for a second opinion from a developmental paediatrician."),
 (c3.prc_p2, R, "positive", [R], "QuestionnaireResponse answers 'Yes' (LA33-6) to wanting a referral for a second medical opinion, with 'No' to feeling heard."),
 (c3.prc_p3, R, "positive", [R], "Patient-authored Flag and portal Communication request a second opinion from another knee specialist."),
 (c3.prc_n1, R, "near-miss", [], "The patient-experience questionnaire answers 'No' (LA32-8) to wanting a second opinion, and the patient felt listened to."),
 (c3.prc_n2, R, "near-miss", [], "The second-opinion request (2026-03) was fulfilled by the UTSW second opinion on 2026-06-10, within 12 months; the latest messages are routine and raise no new concern."),
 (c4.wdt_p1, W, "positive", [W], "DAS28-CRP 3.6 to 4.4 to 5.3 (change 1.7, above the 1.2 MCID) and HAQ-DI +0.9 over 196 days, with methotrexate active throughout."),
 (c4.wdt_p2, W, "positive", [W], "NDI 28 to 36 to 44 (+16) and NRS 5 to 8 over 182 days while on continuous gabapentin, meloxicam and PT."),
 (c4.wdt_p3, W, "positive", [W], "Home systolic BP 136 to 163 mmHg (+27) over 5 months in six monthly means, with lisinopril and amlodipine active throughout and fills confirmed."),
 (c4.wdt_n1, W, "near-miss", [], "The HbA1c rise happened while no diabetes treatment was running (metformin stopped 2026-03, treatment restarted 2026-10)."),
 (c4.wdt_n2, W, "near-miss", [], "ODI +4 and NRS +1 over 6 months, below the MCIDs (about 10 and 2)."),
 (c4.rcc_p1, X, "positive", [X], "Active Takayasu arteritis (M31.4), a rare large-vessel vasculitis (Orphanet-listed); coded in local ICD-10-CA and text only."),
 (c4.rcc_p2, X, "positive", [X], "7 active chronic conditions across endocrinology, nephrology, cardiology, pulmonology/sleep and rheumatology."),
 (c4.rcc_p3, X, "positive", [X], "Active hypermobile Ehlers-Danlos syndrome (Q79.62), an Orphanet-listed rare condition, confirmed by medical genetics."),
 (c4.rcc_n1, X, "near-miss", [], "Only 4 active chronic conditions (HTN, T2DM, knee OA, hypothyroidism), all common; the other problems are resolved."),
 (c4.rcc_n2, X, "near-miss", [], "Osgood-Schlatter disease is a common, self-limiting adolescent apophysitis, not a rare disease; asthma is the only other condition."),
]
assert len(SPEC) == 40
order = list(range(40))
random.Random(2126).shuffle(order)
os.makedirs(os.path.join(OUT, "cases"), exist_ok=True)
cases, rows = [], []
for n, idx in enumerate(order, 1):
    fn, tgt, kind, exp, why = SPEC[idx]
    cid = f"cf-{n:02d}"
    case, summary = fn(cid)
    dump(case, os.path.join(OUT, "cases", f"{cid}.json"))
    cases.append({"case": cid, "target": tgt, "kind": kind, "expected": exp, "why": why})
    rows.append((cid, tgt, kind, case.o["name"], len(case.entries), summary))
with open(os.path.join(OUT, "expectations.json"), "w") as f:
    json.dump({"anchorDate": "2026-12-01", "cases": cases}, f, indent=1)
with open(os.path.join(OUT, "gen", "rows.json"), "w") as f:
    json.dump(rows, f, indent=1)
print("ok", len(cases))
