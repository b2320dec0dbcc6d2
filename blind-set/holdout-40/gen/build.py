#!/usr/bin/env python3
"""Regenerate the blind-40 evaluation set: cases/cy-NN.json, expectations.json, README.md.

Run: python3 gen/build.py   (from <this set> or anywhere)
"""
import json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
ROOT = os.path.dirname(HERE)

from fhirlib import Case                                   # noqa: E402
from common import ORGS                                    # noqa: E402
import cases_a as A, cases_b as B, cases_c as C, cases_d as D  # noqa: E402

PS, DS, MP, UP, HI, PR, WD, RC = ("PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "DIAGNOSIS_SYMPTOM_MISMATCH", "MAJOR_PROCEDURE_PLANNED",
                                  "UNTREATABLE_PROGNOSIS", "HIGH_IMPACT_TREATMENT", "PATIENT_REPORTED_CONCERN",
                                  "WORSENING_DESPITE_TREATMENT", "RARE_OR_COMPLEX_CONDITION")
P, N = "positive", "near-miss"

# (builder, org, target, kind, expected, why)
CASES = [
    (A.a_schwindel, "A", PS, P, [PS], "Dizziness recorded on five dates over seven months; labs, Holter, brain MRI, audiometry and vHIT all normal; no explaining diagnosis."),
    (D.d_ida, "D", PS, P, [PS, RC], "Iron-deficiency anaemia in a 63-year-old man (red flag) with no colonoscopy or GI referral 4.5 months later; the long problem list (6+ chronic conditions across 5 specialties) also makes it complex."),
    (C.c_bloating, "C", PS, P, [PS], "Bloating/pelvic pressure on 4 clinic dates over 5 months with normal CA-125, ultrasound, CT and labs, and two ED visits within 14 days of a primary-care visit."),
    (B.b_ms_new, "B", PS, N, [], "Leg paraesthesia with initially normal labs were explained by MS diagnosed on abnormal MRI and CSF: the work-up was not normal and a diagnosis accounts for the symptoms."),
    (D.d_psa_followed, "D", PS, N, [], "Raised PSA was followed up within three weeks (urology consult, prostate MRI PI-RADS 2): the red flag had timely follow-up."),
    (A.a_reizdarm, "A", DS, P, [DS], "Irritable bowel syndrome label for 12 months while nocturnal diarrhoea, 7 kg weight loss, raised CRP and faecal calprotectin appear, which the label cannot explain."),
    (B.b_pnes, "B", DS, P, [DS], "Psychogenic non-epileptic seizure label kept for 11 months although ambulatory EEG shows left temporal epileptiform discharges and post-event prolactin is raised."),
    (D.d_fibro_ck, "D", DS, P, [DS], "Fibromyalgia label for 15 months while proximal weakness, CK 2,600 U/L, raised transaminases and ESR appear: not explained by fibromyalgia."),
    (C.c_cpp_endo, "C", DS, N, [], "The catch-all 'pelvic pain' was replaced by laparoscopy-proven endometriosis that explains the pain, which is improving."),
    (A.a_virus, "A", DS, N, [], "Unspecified viral infection lasted two weeks and resolved: far short of 90 days, no ongoing symptoms."),
    (A.a_cabg, "A", MP, P, [MP], "Active order for triple coronary bypass surgery (OPS 5-361.03) scheduled for January 2027, not yet performed."),
    (C.c_hysterectomy, "C", MP, P, [MP], "Total abdominal hysterectomy in status 'preparation', booked for January 2027 for a symptomatic fibroid uterus."),
    (D.d_spine_fusion, "D", MP, P, [MP], "Neurosurgery has proposed (draft/proposal) an instrumented L4-5 lumbar fusion that has not been done."),
    (B.b_dbs_done, "B", MP, N, [], "Deep brain stimulation was already performed in September 2026; the request is completed and no further surgery is planned."),
    (A.a_naevus, "A", MP, N, [], "Only a minor local-anaesthetic skin excision of a naevus is booked."),
    (C.c_ovca_hospice, "C", UP, P, [UP], "Platinum-resistant recurrent ovarian cancer: tumour board states no further effective treatment options; hospice plan active; no second opinion."),
    (B.b_spms_palliative, "B", UP, P, [UP], "Advanced SPMS with DMT stopped; the signal is only in the clinical notes, which state no disease-modifying options remain and refer to palliative care; no second opinion."),
    (D.d_hf_hospice, "D", UP, P, [UP], "Stage D heart failure judged not a candidate for LVAD or transplant ('no further advanced therapies'); hospice plan active."),
    (A.a_pankreas, "A", UP, N, [], "Palliative, untreatable pancreatic cancer, but an external second opinion (Sept 2026) confirming the situation is on record, so the flag is suppressed."),
    (C.c_ovca_remission, "C", UP, N, [], "The palliative-care plan was supportive care during curative treatment and is completed; the cancer is in remission on surveillance."),
    (C.c_chemo_planned, "C", HI, P, [HI], "Adjuvant carboplatin/paclitaxel x6 ordered to start 2026-12-08 after debulking surgery (already done)."),
    (A.a_dialyse, "A", HI, P, [HI], "Chronic haemodialysis three times weekly started October 2026 for stage-5 CKD."),
    (D.d_adt_qol, "D", HI, P, [HI], "EORTC QLQ-C30 global health fell from 83 to 58 (MCID about 10) within two months of starting androgen deprivation therapy."),
    (B.b_teriflunomide_qol, "B", HI, N, [], "After starting teriflunomide the EQ VAS fell only 4 points (78 to 74), below its minimal important difference; oral DMT is not a high-impact treatment."),
    (A.a_prostata, "A", HI, N, [], "Radiotherapy for low-risk prostate cancer was proposed but revoked; active surveillance, no treatment running or planned."),
    (B.b_qr_second_opinion, "B", PR, P, [PR], "Pre-visit questionnaire: concerns not addressed, doctor does not listen, 'Yes' to wanting a second-opinion referral."),
    (D.d_ptsd_message, "D", PR, P, [PR], "Patient-authored secure message saying nobody listens and asking for a second opinion from a different psychiatrist."),
    (A.a_zweitmeinung, "A", PR, P, [PR], "Patient-authored Flag (portal entry) requesting a second medical opinion on her arthritis diagnosis and methotrexate."),
    (C.c_qr_no, "C", PR, N, [], "Patient-experience questionnaire answers 'No' to a second opinion and 'Yes' to being listened to."),
    (D.d_second_opinion_done, "D", PR, N, [], "The February 2026 request for a second opinion was fulfilled by a community-care spine consultation in April 2026 (within 12 months)."),
    (B.b_edss_worse, "B", WD, P, [WD], "EDSS rose 3.0 to 4.5 (MCID 1.0) over 10 months with three values, on ocrelizumab infusions throughout; new MRI lesions."),
    (D.d_pain_worse, "D", WD, P, [WD], "Pain rose 5 to 8/10 (MCID 2) over 7.5 months with four values while duloxetine, gabapentin and PT ran throughout."),
    (A.a_hba1c, "A", WD, P, [WD], "HbA1c rose 7.4 to 8.9 % over 8 months with three values on continuous metformin and empagliflozin (MCID 0.5 %)."),
    (C.c_endo_pain_flat, "C", WD, N, [], "Endometriosis pain moved 6 to 7/10 on dienogest: a 1-point change, below the 2-point MCID."),
    (B.b_lev_stopped, "B", WD, N, [], "Seizures increased only after the patient stopped levetiracetam in May (undetectable level): treatment was not running."),
    (B.b_nmosd, "B", RC, P, [RC], "Aquaporin-4 positive neuromyelitis optica spectrum disorder, an Orphanet rare disease, active on maintenance therapy."),
    (D.d_complex, "D", RC, P, [RC], "Eight active chronic conditions (diabetes, CKD, HFpEF, COPD, PTSD, OSA, tinnitus, below-knee amputation) across at least five specialties."),
    (C.c_lam, "C", RC, P, [RC], "Sporadic lymphangioleiomyomatosis, a rare disease, active on sirolimus."),
    (A.a_vier_chronisch, "A", RC, N, [], "Four active chronic conditions only (hypertension, hypothyroidism, knee OA, reflux), the rest resolved: below the five-condition threshold."),
    (D.d_gbs_resolved, "D", RC, N, [], "Guillain-Barre syndrome is rare but resolved in 2021 without residual deficit; three active common chronic conditions."),
]

DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
DATETIME = re.compile(r"^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?)?)?$")
INSTANT = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
REQUIRED = {
    "Patient": [], "Organization": [], "Practitioner": [], "Coverage": ["status", "beneficiary", "payor"],
    "Encounter": ["status", "class"], "Condition": ["subject"], "Observation": ["status", "code"],
    "MedicationStatement": ["status", "medicationCodeableConcept", "subject"],
    "MedicationRequest": ["status", "intent", "medicationCodeableConcept", "subject"],
    "MedicationAdministration": ["status", "medicationCodeableConcept", "subject", "effectiveDateTime"],
    "ServiceRequest": ["status", "intent", "subject"], "Procedure": ["status", "subject"],
    "CarePlan": ["status", "intent", "subject"], "Communication": ["status"], "QuestionnaireResponse": ["status"],
    "Flag": ["status", "code", "subject"], "DocumentReference": ["status", "content"],
    "DiagnosticReport": ["status", "code"], "ClinicalImpression": ["status", "subject"],
    "AllergyIntolerance": ["patient"], "Appointment": ["status", "participant"],
}
INSTANT_KEYS = {"issued", "sent", "date_DocumentReference", "authored", "start_Appointment", "end_Appointment"}
FUTURE_OK = {"occurrenceDateTime", "start", "end"}


def validate(r, errs):
    rt = r["resourceType"]
    for k in REQUIRED[rt]:
        if k not in r:
            errs.append(f"{r['id']}: missing {k}")

    def walk(node, path):
        if isinstance(node, dict):
            if not node:
                errs.append(f"{r['id']}: empty object at {path}")
            for k, v in node.items():
                if v is None or v == [] or v == "":
                    errs.append(f"{r['id']}: empty {path}.{k}")
                if k == "valueInteger" and not (isinstance(v, int) and not isinstance(v, bool)):
                    errs.append(f"{r['id']}: valueInteger not int")
                if k in ("valueQuantity", "low", "high") and isinstance(v, dict):
                    if not isinstance(v.get("value"), (int, float)) or v.get("system") != "http://unitsofmeasure.org":
                        errs.append(f"{r['id']}: bad quantity at {path}.{k}")
                if isinstance(v, str):
                    key = f"{k}_{rt}" if k in ("date", "start", "end") else k
                    if key in INSTANT_KEYS or k == "creation":
                        if not INSTANT.match(v):
                            errs.append(f"{r['id']}: {k} not instant: {v}")
                    elif k.endswith("DateTime") or k in ("start", "end", "authoredOn", "recordedDate", "dateAsserted", "created", "date"):
                        if not DATETIME.match(v):
                            errs.append(f"{r['id']}: {k} not dateTime: {v}")
                    elif k in ("birthDate",):
                        if not DATE.match(v):
                            errs.append(f"{r['id']}: bad date {v}")
                walk(v, f"{path}.{k}")
        elif isinstance(node, list):
            for x in node:
                walk(x, path)
    walk(r, rt)
    if rt == "Condition" and "abatementDateTime" in r and r["clinicalStatus"]["coding"][0]["code"] not in ("resolved", "inactive", "remission"):
        errs.append(f"{r['id']}: abatement with active status")
    for k in ("reasonCode", "category", "performer", "identifier", "reasonReference", "note"):
        if k in r and not isinstance(r[k], list):
            errs.append(f"{r['id']}: {k} must be a list")


def main():
    rnd = random.Random(4040)
    nums = list(range(1, len(CASES) + 1))
    rnd.shuffle(nums)
    os.makedirs(os.path.join(ROOT, "cases"), exist_ok=True)
    for f in os.listdir(os.path.join(ROOT, "cases")):
        os.remove(os.path.join(ROOT, "cases", f))
    exp, rows, errs = [], [], []
    for (fn, org, target, kind, expected, why), n in sorted(zip(CASES, nums), key=lambda t: t[1]):
        cid = f"cy-{n:02d}"
        c = Case(cid, ORGS[org])
        fn(c)
        for r in c.entries:
            validate(r, errs)
        with open(os.path.join(ROOT, "cases", cid + ".json"), "w", encoding="utf-8") as f:
            json.dump(c.bundle(), f, ensure_ascii=False, indent=1)
        exp.append({"case": cid, "target": target, "kind": kind, "expected": expected, "why": why})
        summary = (fn.__doc__ or "").split(":", 1)[-1].strip()
        rows.append(f"| {cid} | {target} | {kind} | {ORGS[org]['name']}: {summary} |")
        print(cid, len(c.entries), target, kind)
    with open(os.path.join(ROOT, "expectations.json"), "w") as f:
        json.dump({"anchorDate": "2026-12-01", "cases": exp}, f, indent=1, ensure_ascii=False)
    with open(os.path.join(HERE, "README.tmpl.md")) as f:
        tmpl = f.read()
    with open(os.path.join(ROOT, "README.md"), "w") as f:
        f.write(tmpl.replace("{{TABLE}}", "\n".join(rows)))
    if errs:
        print("VALIDATION ERRORS:")
        for e in errs:
            print(" -", e)
        sys.exit(1)


if __name__ == "__main__":
    main()
