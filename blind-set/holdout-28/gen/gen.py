#!/usr/bin/env python3
"""Writes cases/cm-01..cm-40.json, expectations.json and README.md for this set."""
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import B  # noqa
from sites import SITES  # noqa
import cases_va as V  # noqa
import cases_heme as H  # noqa
import cases_eye as E  # noqa

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PS, DM, MP, UP, HI, PR, WD, RC = ("PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "DIAGNOSIS_SYMPTOM_MISMATCH", "MAJOR_PROCEDURE_PLANNED",
                                  "UNTREATABLE_PROGNOSIS", "HIGH_IMPACT_TREATMENT", "PATIENT_REPORTED_CONCERN",
                                  "WORSENING_DESPITE_TREATMENT", "RARE_OR_COMPLEX_CONDITION")

# (builder, site, target, kind, expected, why, summary)
CAT = [
    (V.va_pelvic_pain, "VA1", PS, "positive", [PS],
     "Pelvic pain (R10.2) recorded on 3 dates 9/8-11/17/2026 (10 weeks); UA, hCG, STI NAAT, CBC, CRP, pelvic US and CT all normal; no explanatory diagnosis - gynecology 'no cause identified'.",
     "VA women's health: 38F veteran, 10 weeks of pelvic pain, entirely normal labs and imaging, told no gynecologic cause"),
    (V.va_cough, "VA2", PS, "near-miss", [],
     "Chronic cough recorded over 3 visits with normal CXR/spirometry, but methacholine challenge was positive and cough-variant asthma was diagnosed; cough resolved on ICS/LABA.",
     "VA pulmonary: 57M chronic cough, normal CXR/spirometry, then positive methacholine -> cough-variant asthma, resolved"),
    (V.va_back, "VA3", DM, "positive", [DM],
     "Label 'lumbar strain' (S39.012A) kept for 5+ months while night pain, 6.8 kg weight loss, anemia, ESR 74, CRP 36, hypercalcemia and high total protein appeared - findings a strain cannot explain, not worked up.",
     "VA primary care: 66M 'lumbar strain' with night pain, weight loss, high ESR/calcium/protein and anemia"),
    (V.va_abd, "VA1", DM, "near-miss", [],
     "Catch-all R10.9 existed but resolved once gallstones were found and cholecystectomy (community care) performed in 3/2026; no ongoing symptoms.",
     "VA primary care: 49F unspecified abdominal pain -> gallstones -> community-care cholecystectomy, pain resolved"),
    (V.va_spine, "VA2", MP, "positive", [MP],
     "Procedure L4-5 decompression and TLIF (CPT 22633) with status 'preparation', consent signed, OR booked 1/12/2027 - not yet performed.",
     "VA neurosurgery: 62M spondylolisthesis with stenosis, lumbar fusion in preparation for January"),
    (V.va_aaa, "VA3", MP, "positive", [MP],
     "Active ServiceRequest (order) for open juxtarenal AAA repair (CPT 35081) on 12/15/2026.",
     "VA vascular: 74M 6.1 cm juxtarenal AAA unsuitable for EVAR, open repair ordered for mid-December"),
    (V.va_hf, "VA1", UP, "positive", [UP],
     "End-stage HFrEF; cardiology note states no further advanced HF therapies available; palliative care referral and active palliative CarePlan; no second opinion on record.",
     "VA cardiology: 79M stage D ischemic cardiomyopathy, not an LVAD/transplant candidate, palliative care plan"),
    (V.va_prostate, "VA2", UP, "near-miss", [],
     "mCRPC with hospice referral and 'no further options' wording, but an outside GU-oncology second opinion (community care) is on record from 8/19/2026 - within 12 months, so suppressed.",
     "VA oncology: 76M mCRPC heading to hospice after a documented outside second opinion in August 2026"),
    (V.va_dialysis, "VA3", HI, "positive", [HI],
     "Order to start maintenance in-center hemodialysis on 12/14/2026 (CPT 90935 / SNOMED 302497006) with care plan; dialysis is a high-impact treatment.",
     "VA nephrology: 58M diabetic CKD 5 with matured AV fistula, hemodialysis to start mid-December"),
    (V.va_migraine, "VA2", PR, "positive", [PR],
     "Patient-sent secure message (Communication, sender = Patient) explicitly asking for a second opinion from an outside headache specialist and saying she is not listened to.",
     "VA neurology: 33F veteran with chronic migraine/mild TBI/PTSD messages asking for an outside second opinion"),
    (V.va_afib, "VA1", PR, "near-miss", [],
     "Patient-authored secure message is about a refill and rescheduling and states he is comfortable with the plan - no second-opinion request or dismissal concern.",
     "VA cardiology: 70M post-ablation AF, secure message asks only for apixaban refill and a new lab time"),
    (V.va_ptsd, "VA3", WD, "positive", [WD],
     "PCL-5 rose 41 -> 47 -> 53 -> 58 (+17, above the ~10-point MCID) over 7 months while sertraline, prazosin and trauma-focused psychotherapy were continuously active.",
     "VA PTSD clinic: 41M combat PTSD worsening on PCL-5 despite SSRI, prazosin, CPT and PE"),
    (V.va_a1c, "VA2", WD, "near-miss", [],
     "HbA1c 7.4 -> 7.6 -> 7.8 over 8 months on metformin and empagliflozin: rise of 0.4%, below the 0.5% MCID, and still within her individual target.",
     "VA primary care: 67F type 2 diabetes with A1c creeping up 0.4% on stable therapy"),
    (V.va_sci, "VA1", RC, "positive", [RC],
     "Complexity: 8 active chronic conditions (paraplegia, neurogenic bladder and bowel, stage 3 pressure injury, autonomic dysreflexia, T2DM, osteoporosis, recurrent MDD) across SCI medicine, urology, wound care, endocrinology and psychiatry.",
     "VA SCI center: 54M T6 complete paraplegia with multisystem complications"),
    (V.va_fourchronic, "VA3", RC, "near-miss", [],
     "Long VA problem list but only 4 active chronic conditions (HTN, hyperlipidemia, T2DM, knee OA); the rest are resolved/inactive/in remission; nothing rare.",
     "VA primary care: 71M decades-long problem list, four active chronic problems, all stable"),
    (H.heme_bruising, "H2", PS, "positive", [PS],
     "Easy bruising (R23.3) recorded at 3 hematology visits over 10 weeks; CBC, PT/INR, aPTT, fibrinogen, VWF panel, factor VIII/IX/XI, PFA-100 and aggregometry all normal; no diagnosis made.",
     "Hematology: 34F with 10 weeks of unexplained bruising and a completely normal bleeding work-up"),
    (H.heme_anemia, "H3", DM, "positive", [DM],
     "Catch-all 'Anemia, unspecified' (D64.9) active ~9 months while fatigue continues and macrocytosis, neutropenia, thrombocytopenia, dysplastic smear and transfusion need appear - unexplained by the label, no marrow done.",
     "Hematology: 71M labelled 'anemia, unspecified' while macrocytic cytopenias and dysplastic neutrophils progress"),
    (H.heme_dvt, "H2", UP, "near-miss", [],
     "Provoked DVT resolved after 3 months of rivaroxaban; note says 'no further treatment is needed' (cure, not an untreatable condition); no palliative plan.",
     "Hematology: 45M post-ACL-surgery DVT, anticoagulation completed, discharged - 'no further treatment needed'"),
    (H.heme_aml, "H1", HI, "positive", [HI, RC],
     "Myeloablative Bu/Flu conditioning and allogeneic HCT ordered for 1/2027 (plus completed 7+3/HiDAC chemotherapy). AML is an Orphanet rare disease, so the rare-condition criterion is also met. The transplant itself is a cell infusion, not a surgical procedure, so it is not counted as a major procedure.",
     "BMT program: 52F adverse-risk AML in CR1, allogeneic transplant with busulfan/fludarabine planned for January"),
    (H.heme_ida, "H2", HI, "near-miss", [],
     "Treatment is IV ferric carboxymaltose infusions and an LNG-IUD - infusion-centre therapy that looks similar but is not in the high-impact set; responded well.",
     "Hematology: 41F iron-deficiency anemia from fibroid bleeding treated with two IV iron infusions"),
    (H.heme_mgus, "H3", PR, "positive", [PR],
     "Patient-authored Flag (author = Patient, via portal) requesting a second opinion on MGUS management at a myeloma center.",
     "Hematology: 63M with stable IgG-kappa MGUS asks through the portal for a second opinion"),
    (H.heme_pnh, "H1", RC, "positive", [RC],
     "Active paroxysmal nocturnal hemoglobinuria (D59.5, Orphanet rare disease) confirmed by FLAER flow cytometry, on ravulizumab and stable.",
     "BMT program: 27M classic PNH, large clone on flow, stable on ravulizumab"),
    (H.heme_danc, "H3", RC, "near-miss", [],
     "Low neutrophil count is Duffy-null associated neutrophil count, a common benign variant (not a rare disease); only 2 active conditions.",
     "Hematology: 36F of Ghanaian ancestry with ANC ~1.1, Duffy-null phenotype, benign, discharged"),
    (E.ent_fullness, "E2", PS, "positive", [PS],
     "Left aural fullness and dizziness recorded at 3 ENT visits over 10 weeks; audiograms, tympanometry, VNG/calorics/VEMP, MRI IAC and TSH all normal; no otologic diagnosis.",
     "ENT/audiology: 46F with 10 weeks of ear fullness and dizziness, every study normal, 'nothing further to offer'"),
    (E.eye_angle, "E1", PS, "near-miss", [],
     "Episodic blur/halos over 3 visits was explained by primary angle closure found on gonioscopy (raised IOP); laser iridotomies done and symptoms resolved.",
     "Ophthalmology: 61F evening halos and brow ache -> primary angle closure, laser iridotomy, resolved"),
    (E.eye_dryeye, "E4", DM, "positive", [DM],
     "Diagnosis 'dry eye syndrome' kept while fatigable bilateral ptosis, variable diplopia and dysphagia develop over 6 months - signs the label cannot explain, no further evaluation.",
     "Ophthalmology: 58M labelled dry eye while fatigable ptosis, diplopia and dysphagia progress"),
    (E.aud_presby, "E2", DM, "near-miss", [],
     "Presbycusis diagnosis fits the symmetric, slowly progressive sensorineural loss; ongoing difficulty in noise is expected; no red flags.",
     "Audiology: 76M with age-related hearing loss, symmetric audiogram, hearing aids adjusted"),
    (E.ent_parotid, "E5", MP, "positive", [MP],
     "Active ServiceRequest (order) for right superficial parotidectomy with facial nerve dissection (CPT 42415) on 12/22/2026, booked appointment.",
     "Head and neck surgery: 49F pleomorphic adenoma, superficial parotidectomy scheduled for late December"),
    (E.eye_yag, "E4", MP, "near-miss", [],
     "Only planned procedure is an in-office Nd:YAG posterior capsulotomy (CPT 66821) - a minor laser procedure, not major/invasive surgery.",
     "Ophthalmology: 72F posterior capsule opacification, office YAG laser booked"),
    (E.ent_thyroid, "E5", MP, "near-miss", [],
     "Total thyroidectomy was already performed on 10/14/2026 (Procedure completed, ServiceRequest completed); only post-op follow-up remains.",
     "ENT: 55F substernal goiter, total thyroidectomy already done in October, recovering"),
    (E.eye_ga, "E3", UP, "positive", [UP],
     "Geographic atrophy OU; Condition note and retina note state there is no treatment available / no options; no second opinion on record.",
     "Retina: 84F bilateral subfoveal geographic atrophy told no treatment options exist"),
    (E.aud_profound, "E1", UP, "positive", [UP],
     "ENT note: 'There are no further treatment options available for his hearing loss' for bilateral profound SNHL with maximized aids; no second opinion (or implant evaluation) on record.",
     "ENT/audiology: 71M profound bilateral hearing loss told nothing more can be done"),
    (E.ent_glottic, "E2", HI, "positive", [HI],
     "Definitive radiotherapy 63 Gy/28 fractions to the larynx ordered to start 1/4/2027 (ServiceRequest + CarePlan); radiotherapy is high-impact.",
     "ENT tumor board: 63M T1a glottic cancer, definitive laryngeal radiotherapy starting January"),
    (E.eye_vfq, "E3", HI, "near-miss", [],
     "Only treatment is latanoprost drops; NEI VFQ-25 fell 2.6 points after starting, below its MCID; no high-impact treatment.",
     "Glaucoma: 66M new POAG on latanoprost, VFQ-25 dips slightly, IOP at target"),
    (E.aud_tinnitus, "E1", PR, "positive", [PR],
     "Patient-completed intake QuestionnaireResponse answers 'Yes' to wanting a second opinion and 'No' to concerns being addressed.",
     "Audiology: 52F chronic right tinnitus, intake questionnaire requests a second opinion"),
    (E.eye_npdr, "E3", PR, "near-miss", [],
     "Pre-visit QuestionnaireResponse answers 'No' to wanting a second opinion; no other patient signal.",
     "Retina: 59M moderate NPDR, pre-visit questionnaire declines a second opinion"),
    (E.eye_glaucoma_prog, "E4", WD, "positive", [WD],
     "On 3 glaucoma medications throughout, IOP OS rose 19 -> 27 mmHg and visual-field MD OS fell -5.2 -> -9.6 dB over 9 months (4 values), RNFL thinning.",
     "Glaucoma: 68F POAG progressing on maximal drops - rising IOP and field loss over 9 months"),
    (E.ent_snot, "E5", WD, "positive", [WD],
     "SNOT-22 rose 34 -> 45 -> 52 -> 58 (+24, MCID 8.9) over 8.5 months while nasal steroid, montelukast and budesonide irrigations were continuously active.",
     "Rhinology: 44M nasal polyps worsening on SNOT-22 and endoscopy despite maximal medical therapy"),
    (E.eye_wetamd, "E3", WD, "near-miss", [],
     "Acuity loss (70 -> 50 letters) occurred during a 6-month treatment gap (hip fracture); since injections resumed in June acuity improves 50 -> 65.",
     "Retina: 79M wet AMD lost vision while injections lapsed, improving since treatment resumed"),
    (E.ent_hht, "E1", RC, "positive", [RC],
     "Active hereditary hemorrhagic telangiectasia (I78.0, ENG variant) - an Orphanet rare disease.",
     "ENT HHT clinic: 47F hereditary hemorrhagic telangiectasia with epistaxis treated by KTP laser"),
]


def main():
    assert len(CAT) == 40
    order = list(range(40))
    random.Random(2028).shuffle(order)
    os.makedirs(os.path.join(HERE, "cases"), exist_ok=True)
    exp = []
    rows = []
    for num, idx in enumerate(order, start=1):
        fn, site, target, kind, expected, why, summary = CAT[idx]
        cid = f"cm-{num:02d}"
        b = B(cid, SITES[site]["base"])
        fn(b)
        with open(os.path.join(HERE, "cases", cid + ".json"), "w") as f:
            json.dump(b.bundle(), f, indent=1)
        exp.append({"case": cid, "target": target, "kind": kind, "expected": expected, "why": why})
        rows.append((cid, target, kind, len(b.entries), SITES[site]["name"], summary))
    with open(os.path.join(HERE, "expectations.json"), "w") as f:
        json.dump({"anchorDate": "2026-12-01", "cases": exp}, f, indent=1)
    write_readme(rows)


def write_readme(rows):
    lines = ["# Held-out evaluation set blind-28 (40 synthetic FHIR R4 records)", "",
             "## How it was written", "",
             "Written blind: only from the eight criterion descriptions in the brief, the FHIR R4 specification and public",
             "terminology references (SNOMED CT, ICD-10-CM, CPT, HCPCS, LOINC and LOINC answer lists, RxNorm, UCUM).",
             "No product code, rules, value sets, tests, documentation or other evaluation sets were consulted.",
             "The records are generated by `gen/gen.py` (helpers in `gen/lib.py`, `gen/sites.py`, clinical stories in",
             "`gen/cases_va.py`, `gen/cases_heme.py`, `gen/cases_eye.py`); re-running it reproduces the files exactly.", "",
             "The records imitate three kinds of source organisation (eleven fictitious sites):", "",
             "* Veterans Affairs-style integrated systems (3 sites): problem lists carried for decades and coded in ICD-10-CM,",
             "  VistA-style local drug-file codes next to RxNorm, women's health, PTSD clinical team, SCI centre, community-care referrals,",
             "  secure messages (My HealtheVet) as `Communication`.",
             "* Haematology / blood and marrow transplant programmes (3 sites): a CBC at every visit, flow cytometry and marrow reports",
             "  in text (`DiagnosticReport.conclusion`, pathology `DocumentReference`), chemotherapy and conditioning regimens as",
             "  `MedicationRequest`, transfusions as `Procedure` with HCPCS P-codes, local send-out lab codes.",
             "* Independent ophthalmology / ENT / audiology groups (5 sites): IOP, acuity, visual fields, OCT, audiograms,",
             "  tympanometry and patient-reported instruments as `Observation`s with per-eye/per-ear `bodySite`, local codes for",
             "  instruments without a LOINC code (SNOT-22, VFQ-25, ESS, THI, PTA), in-office procedures and surgery scheduling",
             "  (`ServiceRequest`, `Appointment`).", "",
             "Key facts are sometimes only in a note (e.g. 'no further treatment options', the outside second opinion, the smear",
             "findings), as they would be in a real chart.", "",
             "## Anchor date and format", "",
             "* Anchor date **2026-12-01**: all history is dated before it; planned operations/treatments are 1-10 weeks after it.",
             "* `cases/cm-NN.json`: one FHIR R4 `Bundle` (`type: transaction`) per case; every entry has `fullUrl` on the",
             "  originating site's FHIR base, a resource with an explicit id and `request: PUT <Type>/<id>`. Patient id = case id;",
             "  all other ids are prefixed with the case id. References are relative and resolve inside the bundle. Notes are",
             "  `DocumentReference`s with base64 `text/plain` attachments.",
             "* Case numbers were assigned by a seeded shuffle and say nothing about the expectation.",
             "* `expectations.json`: per case the target criterion, kind (positive / near-miss), every criterion the record",
             "  meets (`expected`) and a short reason.",
             "* 3 positives and 2 near misses per criterion. One positive also meets a second criterion and says so:",
             "  the AML transplant case (HIGH_IMPACT_TREATMENT) is also RARE_OR_COMPLEX_CONDITION because AML is an Orphanet rare disease.", "",
             "## Cases", "",
             "| case | target | kind | entries | source | summary |", "| --- | --- | --- | --- | --- | --- |"]
    for cid, target, kind, n, site, summary in rows:
        lines.append(f"| {cid} | {target} | {kind} | {n} | {site} | {summary} |")
    lines += ["", "Run `python3 check.py` for the structural check."]
    with open(os.path.join(HERE, "README.md"), "w") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
