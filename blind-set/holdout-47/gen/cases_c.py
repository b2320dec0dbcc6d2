"""Cases from Riverbend Geriatric Medicine and Frailty Service (US): SNOMED problem lists, ICD-10-CM, RxNorm, LOINC, CVX."""
from fhirkit import case, cc, ccm, coding, txt, sct, loinc, rx, SYS


def icd(code, display):
    return ("icd10cm", code, display)


def prob(s_code, s_disp, i_code, i_disp, text=None):
    """Problem-list concept coded in SNOMED CT with an ICD-10-CM translation."""
    return ccm(("sct", s_code, s_disp), icd(i_code, i_disp), text=text)


def ger_setup(c, given, family, gender, birth, mrn, mbi, phone, pcp_given, pcp_family, practice):
    pcp_org = c.organization(practice, "prov", "Healthcare Provider")
    pcp = c.prac(pcp_given, pcp_family, reg=str(1000000000 + (sum(map(ord, pcp_family)) * 7919) % 899999999), qual="Primary care physician (MD)")
    lines = ["418 Salem Avenue", "2210 Far Hills Avenue", "77 Wayne Avenue, Apt 3", "1509 Brown Street", "56 Shroyer Road", "912 Patterson Road", "3301 Harshman Road"]
    c.patient(given, family, gender, birth, mrn, phone=phone, gp=pcp, line=lines[sum(map(ord, mrn)) % len(lines)])
    c.coverage(mbi, "2012-01-01")
    ger = c.prac("Rebecca", "Okafor", reg="1578342960", qual="Geriatrician (MD)")
    return pcp, pcp_org, ger


CFS = lambda c: c.local("frailty", "CFS", "Clinical Frailty Scale (Rockwood) score", "Clinical Frailty Scale")
MMSE = sct("447316007", "Mini-mental state examination score", "MMSE")
PHQ9 = loinc("44261-6", "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]", "PHQ-9 total")
PAIN = loinc("72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported", "Pain score (0-10)")


def cga_enc(c, d, ger, reason, kind="Comprehensive geriatric assessment (new patient)"):
    return c.enc("AMB", d, type_=txt(kind), reason=reason, pr=ger, t0="13:00")


# --------------------------------------------------------------------------- C1
@case("GER-PS-1", "ger", "PS", "positive", ["PS"],
      "Red-flag finding without follow-up (Murphy 2014): new iron-deficiency anaemia (Hb 9.8 g/dL, MCV 72, ferritin 8) in a 79-year-old man found in August 2026 had no GI evaluation, referral, repeat count or iron by the anchor date, 113 days later.",
      "79-year-old man with new iron-deficiency anaemia on a frailty assessment and no follow-up for almost four months")
def ger_ps_1(c):
    pcp, pcp_org, ger = ger_setup(c, "Harold", "Jenkins", "male", "1947-03-02", "RGS-0071824", "1EG4TF5MK73", "+1 937 555 0142",
                                  "Alan", "Whitfield", "Oakwood Family Medicine")
    pt = c.prac("Dana", "Kowalczyk", prefix=None, qual="Physical therapist (DPT)")
    pharm = c.prac("Miguel", "Serrano", prefix=None, qual="Clinical pharmacist (PharmD)")
    ht = c.cond(prob("38341003", "Hypertensive disorder", "I10", "Essential (primary) hypertension"), "2005-01-01", by=pcp)
    oa = c.cond(prob("239873007", "Osteoarthritis of knee", "M17.0", "Bilateral primary osteoarthritis of knee"), "2016-01-01", by=pcp)
    bph = c.cond(prob("266569009", "Benign prostatic hyperplasia", "N40.1", "Benign prostatic hyperplasia with lower urinary tract symptoms"), "2018-01-01", by=pcp)
    for code, disp, text, dose, reason in [("29046", "lisinopril", "Lisinopril 20 mg tablet", "20 mg by mouth daily", ht),
                                           ("77492", "tamsulosin", "Tamsulosin 0.4 mg capsule", "0.4 mg by mouth at bedtime", bph),
                                           ("161", "acetaminophen", "Acetaminophen 500 mg tablet", "1000 mg by mouth three times daily", oa),
                                           ("1191", "aspirin", "Aspirin 81 mg tablet", "81 mg by mouth daily (primary prevention)", None)]:
        c.medreq(rx(code, disp, text), "2024-01-15", dose, reason_ref=[reason] if reason else None, by=pcp, freq=1)
    e1 = cga_enc(c, "2026-08-10", ger, txt("Referred by PCP: slowing down, tired, 'not himself'"))
    c.vitals("2026-08-10", 128, 72, 88, wt=74.5, ht=175, bmi=24.3, spo2=97, enc=e1, t="13:10")
    c.score(CFS(c), "2026-08-10", 4, cat="exam", enc=e1, perf=ger, note="Vulnerable: not dependent but slowed up, tired during the day.")
    c.score(MMSE, "2026-08-10", 28, cat="survey", enc=e1, perf=ger)
    r = c.labs("2026-08-10", enc=e1, hb=9.8, mcv=72, wcc=6.4, plt=392, ferritin=8, b12=512, folate=9.4, tsh=2.1, na=139, k=4.4)
    r.append(c.creat("2026-08-10", 1.0, enc=e1))
    c.report(loinc("58410-2", "CBC panel - Blood by Automated count", "CBC, iron studies, chemistry"), "2026-08-10", r, enc=e1,
             conclusion="Microcytic anemia with low ferritin consistent with iron deficiency.")
    c.note("2026-08-10", "consult", "Comprehensive geriatric assessment", """
COMPREHENSIVE GERIATRIC ASSESSMENT - Riverbend Geriatric Medicine and Frailty Service
Referral: PCP, 'slowing down, tired'.
Function: independent ADLs; IADLs independent except heavy housework. Walks with no aid, slower in last 6 months. No falls.
Cognition: MMSE 28/30. Mood: GDS-15 3/15.
Nutrition: weight 74.5 kg (was 79 kg per PCP chart 01/2026). Appetite fair. No dysphagia. Denies melena or rectal bleeding; stools 'dark sometimes'.
Medications (polypharmacy review): lisinopril, tamsulosin, acetaminophen, aspirin 81 mg (primary prevention - consider stopping).
Labs today: Hb 9.8 g/dL, MCV 72, ferritin 8 - NEW iron-deficiency anemia. B12, folate, TSH normal.
Clinical Frailty Scale: 4 (vulnerable).
Assessment: fatigue and slowing likely related to new iron-deficiency anemia; cause not established (occult GI blood loss must be excluded in a 79-year-old man).
Recommendations to PCP: GI evaluation of IDA; consider stopping aspirin. PT for strength and balance.
Rebecca Okafor, MD, Geriatrics""", ger, enc=e1)
    c.sr(txt("Physical therapy: strength and balance program, 6 visits"), "completed", "order", "2026-08-10", by=ger, performer=[pt],
         cat=sct("409063005", "Counseling"))
    for d in ["2026-09-08", "2026-09-22", "2026-10-06", "2026-10-20"]:
        c.enc("HH", d, type_=txt("Home physical therapy visit"), reason=txt("Deconditioning"), pr=pt)
    e3 = c.enc("VR", "2026-10-27", type_=txt("Pharmacist telephone medication review"), reason=txt("Polypharmacy review"), pr=pharm)
    c.note("2026-10-27", "progress", "Pharmacist medication review", """
Telephone medication review. Taking lisinopril, tamsulosin, acetaminophen, aspirin as listed. Adherent (pill organizer). No OTC NSAIDs.
Reports still tired, gets breathless on stairs.
Plan: no changes; will message PCP re: aspirin deprescribing.
M. Serrano, PharmD""", pharm, enc=e3)
    c.note("2026-11-17", "progress", "PT discharge summary", """
Home PT discharge. 6 visits completed. Gait speed 0.82 -> 0.86 m/s. Still fatigues quickly; breathless after 2 flights. Home exercise program issued.
D. Kowalczyk, DPT""", pt)


# --------------------------------------------------------------------------- C2
@case("GER-PS-2", "ger", "PS", "near-miss", [],
      "Dizziness was recorded on four dates over 16 weeks, but the work-up was not all normal: lying-standing blood pressure showed a 34 mmHg systolic fall, orthostatic hypotension due to doxazosin was diagnosed, and the dizziness resolved after the drug was stopped.",
      "dizziness in an 84-year-old explained by drug-induced orthostatic hypotension, resolved after deprescribing")
def ger_ps_2(c):
    pcp, pcp_org, ger = ger_setup(c, "Margaret", "Kowalski", "female", "1942-06-18", "RGS-0093361", "3KJ7PW2RN48", "+1 937 555 0118",
                                  "Susan", "Patel", "Kettering Primary Care Associates")
    ht = c.cond(prob("38341003", "Hypertensive disorder", "I10", "Essential (primary) hypertension"), "2001-01-01", by=pcp)
    op = c.cond(prob("64859006", "Osteoporosis", "M81.0", "Age-related osteoporosis without current pathological fracture"), "2015-01-01", by=pcp)
    hy = c.cond(prob("40930008", "Hypothyroidism", "E03.9", "Hypothyroidism, unspecified"), "2010-01-01", by=pcp)
    dox = c.medreq(rx("49276", "doxazosin", "Doxazosin 4 mg tablet"), "2024-06-01", "4 mg by mouth at bedtime", status="stopped", reason_ref=[ht], by=pcp, freq=1,
                   status_reason="Stopped 08/17/2026: orthostatic hypotension")
    c.medreq(rx("5487", "hydrochlorothiazide", "Hydrochlorothiazide 25 mg tablet"), "2018-01-01", "25 mg by mouth daily (reduced to 12.5 mg 08/17/2026)", reason_ref=[ht], by=pcp, freq=1)
    c.medreq(rx("17767", "amlodipine", "Amlodipine 5 mg tablet"), "2020-01-01", "5 mg by mouth daily", reason_ref=[ht], by=pcp, freq=1)
    c.medreq(rx("10582", "levothyroxine", "Levothyroxine 75 mcg tablet"), "2010-01-01", "75 mcg by mouth daily", reason_ref=[hy], by=pcp, freq=1)
    c.medreq(rx("46041", "alendronate", "Alendronate 70 mg tablet"), "2019-01-01", "70 mg by mouth weekly", reason_ref=[op], by=pcp, freq=1, period=1, period_unit="wk")
    dz = c.cond(prob("404640003", "Dizziness", "R42", "Dizziness and giddiness"), "2026-07-01", clin="resolved", abate="2026-10-26", by=pcp,
                note="Lightheaded on standing, worse mornings and after meals.")
    e0 = c.enc("AMB", "2026-07-06", type_=txt("PCP office visit"), reason=sct("404640003", "Dizziness"), pr=pcp, org=pcp_org)
    c.vitals("2026-07-06", 146, 80, 74, enc=e0)
    r = c.labs("2026-07-06", enc=e0, hb=12.9, na=137, k=3.9, tsh=1.6, glu_us=98)
    c.report(txt("CBC, BMP, TSH"), "2026-07-06", r, enc=e0)
    c.obs(loinc("11524-6", "EKG study", "12-lead ECG"), "2026-07-06", "Sinus rhythm 74, first-degree AV block (PR 214 ms), otherwise normal.", cat="procedure", enc=e0, issued=False)
    e1 = cga_enc(c, "2026-08-17", ger, sct("404640003", "Dizziness"))
    c.obs(loinc("85354-9", "Blood pressure panel with all children optional", "Lying blood pressure"), "2026-08-17", cat="vital-signs", enc=e1, t="13:15",
          components=[{"code": loinc("8480-6", "Systolic blood pressure"), "valueQuantity": {"value": 152, "unit": "mmHg", "system": SYS["ucum"], "code": "mm[Hg]"}},
                      {"code": loinc("8462-4", "Diastolic blood pressure"), "valueQuantity": {"value": 82, "unit": "mmHg", "system": SYS["ucum"], "code": "mm[Hg]"}}],
          note="Supine after 5 minutes")
    c.obs(loinc("85354-9", "Blood pressure panel with all children optional", "Standing blood pressure (3 minutes)"), "2026-08-17", cat="vital-signs", enc=e1, t="13:21",
          components=[{"code": loinc("8480-6", "Systolic blood pressure"), "valueQuantity": {"value": 118, "unit": "mmHg", "system": SYS["ucum"], "code": "mm[Hg]"}},
                      {"code": loinc("8462-4", "Diastolic blood pressure"), "valueQuantity": {"value": 66, "unit": "mmHg", "system": SYS["ucum"], "code": "mm[Hg]"}}],
          interp="A", note="Standing 3 minutes; symptomatic (lightheaded). Fall of 34/16 mmHg.")
    ohyp = c.cond(prob("28651003", "Orthostatic hypotension", "I95.2", "Hypotension due to drugs"), "2026-08-17", clin="resolved", abate="2026-10-26", by=ger, enc=e1,
                  note="Drug-induced (doxazosin, thiazide).")
    c.score(CFS(c), "2026-08-17", 4, cat="exam", enc=e1, perf=ger)
    c.score(MMSE, "2026-08-17", 27, enc=e1, perf=ger)
    c.note("2026-08-17", "consult", "Comprehensive geriatric assessment", """
CGA - Riverbend Geriatrics. 84F referred with 6 weeks of dizziness.
Lightheaded on standing, no vertigo, no syncope; near-fall x1 in bathroom at night. Labs and ECG at PCP unremarkable apart from 1st-degree AV block.
Orthostatic vitals: supine 152/82 -> standing 3 min 118/66, symptomatic. = orthostatic hypotension.
Medication review: doxazosin 4 mg (started 2024 for BP) + HCTZ 25 mg + amlodipine. Doxazosin likely culprit.
Plan: STOP doxazosin. Reduce HCTZ to 12.5 mg. Fluids, rise slowly, night light. Recheck orthostatics 4-6 weeks.
CFS 4. MMSE 27/30.
R. Okafor, MD""", ger, enc=e1)
    e2 = c.enc("AMB", "2026-09-14", type_=txt("Geriatrics follow-up"), reason=sct("404640003", "Dizziness"), pr=ger, t0="14:00")
    c.vitals("2026-09-14", 140, 78, 72, enc=e2, t="14:10")
    c.note("2026-09-14", "progress", "Geriatrics follow-up", """
Dizziness much less since stopping doxazosin - occasional mild lightheadedness first thing. Orthostatic drop now 12 mmHg systolic, asymptomatic. Continue plan.
R. Okafor, MD""", ger, enc=e2)
    e3 = c.enc("AMB", "2026-10-26", type_=txt("Geriatrics follow-up"), reason=txt("Orthostatic hypotension follow-up"), pr=ger, t0="14:00")
    c.vitals("2026-10-26", 142, 80, 70, enc=e3, t="14:10")
    c.note("2026-10-26", "progress", "Geriatrics follow-up", """
No dizziness for 4 weeks. Supine 144/80, standing 136/78 (drop 8). Home BP 130s-140s. Orthostatic hypotension resolved after deprescribing. Discharge to PCP.
R. Okafor, MD""", ger, enc=e3)


# --------------------------------------------------------------------------- C3
@case("GER-DSM-1", "ger", "DSM", "positive", ["DSM"],
      "He carries an Alzheimer's disease diagnosis, but features that appeared after it (recurrent well-formed visual hallucinations, marked fluctuation, REM-sleep behaviour, parkinsonism and a severe reaction to haloperidol) are core features of dementia with Lewy bodies that the label does not account for, and the diagnosis has not been revisited.",
      "man labelled Alzheimer's disease who has developed hallucinations, fluctuations, parkinsonism and neuroleptic sensitivity")
def ger_dsm_1(c):
    pcp, pcp_org, ger = ger_setup(c, "Walter", "Haskins", "male", "1949-01-22", "RGS-0102276", "5HW2QK8TJ61", "+1 937 555 0166",
                                  "Thomas", "Reilly", "Beavercreek Internal Medicine")
    wife = c.related("Joan", "Haskins", "WIFE", "wife", phone="+1 937 555 0167")
    ed = c.prac("Kevin", "Amsel", reg="1326048571", qual="Emergency physician (MD)")
    ad = c.cond(prob("26929004", "Alzheimer's disease", "G30.1", "Alzheimer's disease with late onset"), "2025-10-06", by=pcp,
                note="Diagnosed 10/2025 on history of 18 months' memory decline, MMSE 23.")
    ht = c.cond(prob("38341003", "Hypertensive disorder", "I10", "Essential (primary) hypertension"), "2008-01-01", by=pcp)
    hl = c.cond(prob("55822004", "Hyperlipidemia", "E78.5", "Hyperlipidemia, unspecified"), "2008-01-01", by=pcp)
    c.medreq(rx("135447", "donepezil", "Donepezil 10 mg tablet"), "2025-10-06", "10 mg by mouth at bedtime (5 mg for 4 weeks first)", reason_ref=[ad], by=pcp, freq=1)
    c.medreq(rx("29046", "lisinopril", "Lisinopril 10 mg tablet"), "2015-01-01", "10 mg by mouth daily", reason_ref=[ht], by=pcp, freq=1)
    c.medreq(rx("83367", "atorvastatin", "Atorvastatin 20 mg tablet"), "2015-01-01", "20 mg by mouth daily", reason_ref=[hl], by=pcp, freq=1)
    c.score(MMSE, "2025-10-06", 23, perf=pcp)
    e1 = c.enc("AMB", "2026-03-02", type_=txt("PCP office visit"), reason=sct("64269007", "Visual hallucinations"), pr=pcp, org=pcp_org)
    c.note("2026-03-02", "progress", "PCP note", """
Wife reports he has been seeing 'children playing in the yard' and a dog in the bedroom most evenings for 2 months; he describes them clearly and is not frightened. Some days alert and doing crosswords, other days 'in a fog' and sleeps in the afternoon.
Attributed to progression of Alzheimer's. Continue donepezil. Sleep hygiene.
T. Reilly, MD""", pcp, enc=e1)
    e2 = c.enc("EMER", "2026-07-11", type_=txt("Emergency department visit"), reason=txt("Agitation, hallucinations at night"), pr=ed,
               prio=("EM", "emergency"), t0="23:10", t1="06:40", end="2026-07-12")
    c.medadmin(rx("5093", "haloperidol", "Haloperidol 5 mg/mL injection"), "2026-07-11T23:50:00-04:00", "2.5 mg IM once", enc=e2, by=ed)
    c.allergy(rx("5093", "haloperidol", "Haloperidol"), sct("32798002", "Parkinsonism", "Severe rigidity, immobility and worsened confusion for 48 hours"),
              "2026-07-12", crit="high", by=ed, note="Severe sensitivity reaction after a single 2.5 mg IM dose in ED. Avoid typical antipsychotics.")
    ct = c.obs(c.local("rad", "CTHEAD", "CT head without contrast"), "2026-07-12",
               "Generalized volume loss appropriate for age; mild small-vessel ischemic change. Medial temporal lobes relatively preserved. No acute abnormality.",
               cat="imaging", enc=e2, issued=False)
    r = c.labs("2026-07-12", enc=e2, t="00:30", wcc=7.2, hb=14.0, na=140, k=4.1, glu_us=104)
    c.obs(loinc("5778-6", "Color of Urine"), "2026-07-12", "Yellow", cat="laboratory", enc=e2, interp="N")
    c.note("2026-07-12", "progress", "ED note", """
77M with Alzheimer's dementia brought by wife: agitated, seeing people in the house. Given haloperidol 2.5 mg IM at 23:50; by 03:00 profoundly rigid, unable to stand, more confused. No fever. CT head no acute change. UA and labs unremarkable.
Observed overnight, improving slowly. Discharged with wife. AVOID haloperidol.
K. Amsel, MD""", ed, enc=e2, t="06:30")
    e3 = cga_enc(c, "2026-09-14", ger, txt("Worsening confusion, hallucinations, falls"), kind="Comprehensive geriatric assessment (referral from PCP)")
    c.vitals("2026-09-14", 124, 74, 68, wt=79, enc=e3, t="13:10")
    c.score(MMSE, "2026-09-14", 21, enc=e3, perf=ger)
    c.score(CFS(c), "2026-09-14", 6, cat="exam", enc=e3, perf=ger)
    c.cond(prob("161898004", "Falls", "R29.6", "Repeated falls"), "2026-08-01", by=ger, enc=e3)
    c.qr("https://fhir.riverbend-geriatrics.example.org/Questionnaire/carer-npi-q|2.0", "2026-09-14", [
        ("hallucinations", "Does he see or hear things that are not there?", "Yes - children, animals, almost every evening"),
        ("fluctuation", "Are there days or times when he is much more alert or much more confused than usual?", "Yes - very different from day to day"),
        ("rbd", "Does he act out his dreams while asleep (shouting, punching, kicking)?", "Yes - for at least 10 years, he fell out of bed twice"),
        ("falls", "Number of falls in the last 3 months", 2),
        ("zarit", "Zarit Burden Interview (12-item) total", 26),
    ], author=wife, source=wife, enc=e3)
    c.note("2026-09-14", "consult", "Comprehensive geriatric assessment", """
CGA - Riverbend Geriatrics. 77M, Alzheimer's disease dx 10/2025 (MMSE 23), on donepezil 10 mg.
History (wife): evening visual hallucinations since early 2026; marked day-to-day fluctuation; dream enactment for years; 2 falls in 3 months; severe rigidity after haloperidol in ED 07/2026.
Exam: masked face, bradykinesia, cogwheel rigidity R>L, shuffling gait, reduced arm swing. No tremor.
MMSE 21/30 (attention/visuospatial worst - could not copy pentagons). CFS 6.
Assessment: Alzheimer's disease, progressing; hallucinations; falls.
Plan: continue donepezil; consider low-dose quetiapine if hallucinations distressing; PT for falls; carer support (Zarit 26).
R. Okafor, MD""", ger, enc=e3)


# --------------------------------------------------------------------------- C4
@case("GER-MPP-1", "ger", "MPP", "near-miss", [],
      "The only planned procedure is an office excision of a 1.2 cm basal cell carcinoma of the nose under local anaesthetic: a minor procedure, not major surgery.",
      "frail 88-year-old booked for office excision of a nasal basal cell carcinoma under local anaesthetic")
def ger_mpp_1(c):
    pcp, pcp_org, ger = ger_setup(c, "Dorothy", "Pruitt", "female", "1938-04-30", "RGS-0058713", "7TR9KD3WX25", "+1 937 555 0193",
                                  "Linda", "Marsh", "Centerville Family Physicians")
    derm = c.prac("Arjun", "Mehta", reg="1467553208", qual="Dermatologist (MD)")
    dgo = c.organization("Miami Valley Dermatology", city="Centerville")
    op = c.cond(prob("64859006", "Osteoporosis", "M81.0", "Age-related osteoporosis without current pathological fracture"), "2012-01-01", by=pcp)
    ht = c.cond(prob("38341003", "Hypertensive disorder", "I10", "Essential (primary) hypertension"), "2000-01-01", by=pcp)
    hy = c.cond(prob("40930008", "Hypothyroidism", "E03.9", "Hypothyroidism, unspecified"), "2006-01-01", by=pcp)
    c.medreq(rx("17767", "amlodipine", "Amlodipine 5 mg tablet"), "2018-01-01", "5 mg by mouth daily", reason_ref=[ht], by=pcp, freq=1)
    c.medreq(rx("10582", "levothyroxine", "Levothyroxine 50 mcg tablet"), "2006-01-01", "50 mcg by mouth daily", reason_ref=[hy], by=pcp, freq=1)
    c.medreq(rx("2418", "cholecalciferol", "Vitamin D3 1000 unit tablet"), "2012-01-01", "1000 units by mouth daily", reason_ref=[op], by=pcp, freq=1)
    c.medstmt(rx("46041", "alendronate", "Alendronate 70 mg tablet"), "completed", "2012-03-01", end="2019-03-01", reason_ref=[op],
              note="Completed 7 years; drug holiday.")
    bx = c.proc(ccm(("cpt", "11102", "Tangential biopsy of skin, single lesion"), text="Shave biopsy, left nasal ala"), "completed", "2026-09-21", by=derm)
    histo = c.obs(c.local("lab", "DERMPATH", "Dermatopathology"), "2026-09-21", "Nodular basal cell carcinoma, extending to deep margin of shave.", issued=True)
    bcc = c.cond(prob("254701007", "Basal cell carcinoma of skin", "C44.311", "Basal cell carcinoma of skin of nose"), "2026-09-21", by=derm,
                 evidence=[{"detail": [{"reference": histo}]}], note="1.2 cm nodular BCC left nasal ala.")
    e1 = cga_enc(c, "2026-10-12", ger, txt("Annual frailty review; pre-procedure assessment requested by dermatology"), kind="Geriatrics follow-up (annual CGA)")
    c.vitals("2026-10-12", 136, 74, 70, wt=54, ht=155, bmi=22.5, enc=e1, t="13:10")
    c.score(CFS(c), "2026-10-12", 5, cat="exam", enc=e1, perf=ger, note="Mildly frail: needs help with shopping and housework.")
    c.score(MMSE, "2026-10-12", 26, enc=e1, perf=ger)
    r = c.labs("2026-10-12", enc=e1, hb=12.4, na=138, k=4.3, tsh=2.9)
    r.append(c.creat("2026-10-12", 0.9, enc=e1))
    c.report(txt("CBC, BMP, TSH"), "2026-10-12", r, enc=e1)
    c.note("2026-10-12", "consult", "Geriatrics annual review", """
88F, lives alone with daily help from daughter. CFS 5. MMSE 26/30. No falls this year. Walks with cane outdoors.
New: nodular BCC L nasal ala (biopsy 9/21). Dermatology proposes excision with margins in office under local anesthetic.
Assessment: appropriate; no anticoagulants; tolerates lying flat. No need for anesthesia input. Daughter to drive her.
Meds reviewed - no changes. Flu shot today.
R. Okafor, MD""", ger, enc=e1)
    c.immunization("141", "Influenza, seasonal, injectable", "2026-10-12")
    c.sr(ccm(("cpt", "11642", "Excision, malignant lesion including margins, face, ears, eyelids, nose, lips; excised diameter 1.1 to 2.0 cm"),
             text="Excision of BCC left nasal ala with 4 mm margins, local anesthetic, office procedure"),
         "active", "order", "2026-10-19", by=derm, cat=txt("Minor office procedure"), reason_ref=[bcc], performer=[derm],
         occurrence="2026-12-15", note="Office procedure room, lidocaine with epinephrine local, primary closure or small flap. Expected 45 minutes. Home same day.")
    c.appointment("2026-12-15", 60, "Office excision of BCC, left nasal ala (local anesthetic)", pr=derm, created="2026-10-19", t="10:00")


# --------------------------------------------------------------------------- C5
@case("GER-UP-1", "ger", "UP", "positive", ["UP"],
      "End-stage heart failure (EF 15-20%, NYHA IV, three admissions in six months) where cardiology documented no further treatment options (not a candidate for advanced therapies, GDMT limited by hypotension and CKD) and he is enrolled in hospice; no second opinion is on record.",
      "86-year-old with end-stage heart failure, cardiology 'no further options', enrolled in hospice")
def ger_up_1(c):
    pcp, pcp_org, ger = ger_setup(c, "Eugene", "Marchetti", "male", "1940-02-14", "RGS-0039942", "2PN6WM4KD90", "+1 937 555 0131",
                                  "Carol", "Finley", "Huber Heights Family Practice")
    card = c.prac("Samuel", "Adebayo", reg="1093847562", qual="Cardiologist, advanced heart failure (MD)")
    hosp_org = c.organization("Miami Valley Hospice", city="Dayton")
    rn = c.prac("Angela", "Torres", prefix=None, qual="Hospice registered nurse case manager (RN)")
    hf = c.cond(ccm(("sct", "84114007", "Heart failure"), icd("I50.84", "End stage heart failure"), text="End-stage heart failure with reduced ejection fraction (ischemic cardiomyopathy)"),
                "2019-05-01", by=card, severity=sct("24484000", "Severe"), stage={"summary": txt("ACC/AHA stage D, NYHA class IV")})
    ckd = c.cond(prob("431857002", "Chronic kidney disease stage 4", "N18.4", "Chronic kidney disease, stage 4 (severe)"), "2024-02-01", by=pcp)
    af = c.cond(prob("49436004", "Atrial fibrillation", "I48.21", "Permanent atrial fibrillation"), "2020-01-01", by=card)
    ht = c.cond(prob("38341003", "Hypertensive disorder", "I10", "Essential (primary) hypertension"), "1995-01-01", clin="inactive", by=pcp,
                note="Now hypotensive; no antihypertensives.")
    c.medreq(rx("4603", "furosemide", "Furosemide 40 mg tablet"), "2026-08-27", "80 mg by mouth twice daily", reason_ref=[hf], by=card, freq=2)
    c.medreq(rx("6918", "metoprolol", "Metoprolol succinate ER 25 mg tablet"), "2024-01-01", "12.5 mg by mouth daily", reason_ref=[hf], by=card, freq=1)
    c.medreq(rx("1364430", "apixaban", "Apixaban 2.5 mg tablet"), "2024-02-01", "2.5 mg by mouth twice daily", reason_ref=[af], by=card, freq=2)
    c.medreq(rx("9997", "spironolactone", "Spironolactone 25 mg tablet"), "2023-01-01", "25 mg daily", status="stopped", reason_ref=[hf], by=card,
             status_reason="Stopped 06/2026: hyperkalemia (K 6.1)")
    c.medreq(rx("7052", "morphine", "Morphine sulfate oral solution 20 mg/mL"), "2026-10-05", "2.5 mg by mouth every 2 hours as needed for dyspnea", reason_ref=[hf], by=ger)
    e1 = c.enc("IMP", "2026-08-20", "2026-08-27", type_=txt("Emergency admission, cardiology"), reason=sct("267036007", "Dyspnea"), pr=card,
               prio=("EM", "emergency"), admit=("emd", "From accident/emergency department"), dispo=("home", "Home"), diags=[hf, (ckd, "CM"), (af, "CM")])
    r = c.labs("2026-08-20", enc=e1, ntprobnp=14800, na=131, k=5.2)
    r.append(c.creat("2026-08-20", 2.6, enc=e1))
    r.append(c.lab("egfr", "2026-08-20", 22, enc=e1))
    c.report(txt("Admission labs"), "2026-08-20", r, enc=e1)
    echo = c.obs(loinc("10230-1", "Left ventricular Ejection fraction", "LVEF (echo)"), "2026-08-22", 18, "%", "%",
                 (52, None), cat="imaging", enc=e1, issued=False)
    c.note("2026-08-27", "discharge", "Discharge summary", """
Admitted 8/20-8/27/2026 with decompensated HFrEF (3rd admission since March). IV diuresis, net -6 L. LVEF 15-20%, severe functional MR, RVSP 58.
Course complicated by AKI on CKD 4 (creatinine peak 3.1) and symptomatic hypotension (SBP 80s) limiting GDMT.
D/C on furosemide 80 mg BID. Follow-up advanced HF clinic.
S. Adebayo, MD""", card, enc=e1)
    e2 = c.enc("AMB", "2026-09-08", type_=txt("Advanced heart failure clinic"), reason=sct("84114007", "Heart failure"), pr=card)
    c.vitals("2026-09-08", 88, 54, 92, wt=68, spo2=93, enc=e2)
    c.lab("ntprobnp", "2026-09-08", 12950, enc=e2)
    c.note("2026-09-08", "consult", "Advanced heart failure consultation", """
86M, ischemic cardiomyopathy, EF 15-20%, NYHA IV, 3 admissions in 6 months, CKD 4, permanent AF, CFS 7.
Advanced therapies: not a candidate for LVAD or transplant (age, CKD 4, frailty). Not a candidate for CRT-D upgrade (QRS 104). Not a transcatheter mitral repair candidate given RV dysfunction and frailty. GDMT maximized as far as BP/renal function allow (ARNI, SGLT2i, MRA all previously stopped for hypotension/AKI/hyperkalemia). Home inotropes not recommended.
Conclusion: no further disease-directed treatment options. Prognosis likely weeks to months. Recommend transition to hospice with focus on comfort; continue diuretic for symptoms. Discussed with patient and daughter - they agree.
S. Adebayo, MD, Advanced Heart Failure""", card, enc=e2)
    e3 = cga_enc(c, "2026-09-21", ger, txt("Goals of care and frailty review"), kind="Geriatrics consultation (home visit)")
    c.score(CFS(c), "2026-09-21", 7, cat="exam", enc=e3, perf=ger, note="Severely frail: dependent for personal care.")
    c.note("2026-09-21", "consult", "Geriatrics goals-of-care visit", """
Home visit with daughter (HCPOA). Patient clear: 'no more hospitals'. DNR/DNI confirmed, POLST completed (comfort-focused treatment).
Deprescribed atorvastatin and vitamin D. Hospice referral sent.
R. Okafor, MD""", ger, enc=e3)
    c.sr(txt("Referral to hospice (Medicare hospice benefit election)"), "completed", "order", "2026-09-21", by=ger, cat=sct("3457005", "Patient referral"),
         reason_ref=[hf], performer=[hosp_org])
    c.careplan("Hospice plan of care", "active", "plan", "2026-10-05", txt("Hospice care (Medicare hospice benefit)"), addresses=[hf, ckd], by=rn,
               desc="Comfort-focused care at home. No further hospitalization, no disease-directed therapy beyond diuretic for symptom relief. DNR.",
               activities=[{"desc": "RN visits twice weekly; 24/7 on-call", "status": "in-progress"},
                           {"desc": "Morphine as needed for dyspnea; oxygen 2 L/min for comfort", "status": "in-progress"},
                           {"desc": "Home health aide 3x/week; chaplain and social work", "status": "in-progress"}])
    c.note("2026-11-23", "nurse", "Hospice nursing visit", """
Hospice RN visit. Sleeping most of the day, dyspnea at rest eased with morphine 2.5 mg 2-3x/day. Edema 2+ legs. Eating little. Daughter coping, aide 3x/week. Comfortable.
A. Torres, RN""", rn)


# --------------------------------------------------------------------------- C6
@case("GER-HIT-1", "ger", "HIT", "positive", ["HIT"],
      "After androgen-deprivation therapy began in April 2026 his EORTC QLQ-C30 global health status fell from 75 (baseline two weeks before) to 58 and then 50, a 25-point fall well beyond the 10-point minimal important difference, while PSA responded.",
      "79-year-old on androgen deprivation for metastatic prostate cancer whose quality-of-life score fell 25 points after it began")
def ger_hit_1(c):
    pcp, pcp_org, ger = ger_setup(c, "Raymond", "Ochoa", "male", "1947-08-09", "RGS-0117650", "4FJ8XR2NM37", "+1 937 555 0175",
                                  "Alan", "Whitfield", "Oakwood Family Medicine")
    uro = c.prac("Helen", "Zhou", reg="1245369870", qual="Urologic oncologist (MD)")
    pca = c.cond(ccm(("sct", "399068003", "Malignant tumor of prostate"), icd("C61", "Malignant neoplasm of prostate"), text="Metastatic hormone-sensitive prostate adenocarcinoma, Gleason 4+4"),
                 "2026-03-10", by=uro, stage={"summary": txt("cT3a N1 M1b (bone metastases: pelvis, L3)")})
    c.cond(prob("94225005", "Secondary malignant neoplasm of bone", "C79.51", "Secondary malignant neoplasm of bone"), "2026-03-10", by=uro)
    ht = c.cond(prob("38341003", "Hypertensive disorder", "I10", "Essential (primary) hypertension"), "2003-01-01", by=pcp)
    oa = c.cond(prob("239872002", "Osteoarthritis of hip", "M16.0", "Bilateral primary osteoarthritis of hip"), "2015-01-01", by=pcp)
    c.medreq(rx("29046", "lisinopril", "Lisinopril 10 mg tablet"), "2010-01-01", "10 mg by mouth daily", reason_ref=[ht], by=pcp, freq=1)
    c.medreq(rx("161", "acetaminophen", "Acetaminophen 500 mg tablet"), "2015-01-01", "1000 mg by mouth twice daily as needed", reason_ref=[oa], by=pcp)
    adt = c.medreq(rx("42375", "leuprolide", "Leuprolide acetate 22.5 mg depot injection (3-month)"), "2026-04-06", "22.5 mg IM every 12 weeks",
                   reason_ref=[pca], by=uro, freq=1, period=12, period_unit="wk", note="ADT started 04/06/2026 (bicalutamide flare cover 2 weeks). Enzalutamide not added: fall risk, patient preference.")
    for d in ["2026-04-06", "2026-06-29", "2026-09-21"]:
        c.medadmin(rx("42375", "leuprolide", "Leuprolide acetate 22.5 mg depot injection"), d, "22.5 mg IM", by=uro, reason_ref=[pca])
    c.medreq(rx("2418", "cholecalciferol", "Vitamin D3 1000 unit tablet"), "2026-04-06", "1000 units by mouth daily", by=uro, freq=1)
    for d, v in [("2026-03-09", 38.0), ("2026-07-20", 4.1), ("2026-11-02", 1.2)]:
        c.lab("psa", d, v)
    ghs = c.local("pro", "QLQC30-GHS", "EORTC QLQ-C30 global health status/QoL scale score (0-100)", "EORTC QLQ-C30 global health status")
    for d, v, n in [("2026-03-23", 75, "Baseline, completed at geriatric oncology assessment 2 weeks before ADT."),
                    ("2026-07-20", 58, "On ADT since 04/06/2026. Fatigue scale 56, physical functioning 67."),
                    ("2026-11-09", 50, "On ADT. Fatigue scale 67, physical functioning 53, hot flashes daily.")]:
        c.score(ghs, d, v, cat="survey", note=n, unit="{score}", ucum="{score}")
    e1 = cga_enc(c, "2026-03-23", ger, txt("Geriatric oncology assessment before ADT"), kind="Geriatric oncology assessment")
    c.score(CFS(c), "2026-03-23", 3, cat="exam", enc=e1, perf=ger)
    c.score(c.local("frailty", "G8", "G8 geriatric oncology screening score"), "2026-03-23", 14, cat="survey", enc=e1, perf=ger)
    c.vitals("2026-03-23", 134, 78, 70, wt=82, enc=e1, t="13:10")
    c.note("2026-03-23", "consult", "Geriatric oncology assessment", """
79M, new metastatic prostate cancer (bone). Lives with wife, plays golf twice weekly, volunteers at food bank. CFS 3, G8 14, MMSE 29, no falls.
QLQ-C30 global health 75. Fit for ADT; discussed effects: fatigue, hot flashes, loss of muscle/bone, mood, sexual function.
Recommend resistance exercise program, calcium/vitamin D, DEXA.
R. Okafor, MD""", ger, enc=e1)
    e2 = c.enc("AMB", "2026-11-09", type_=txt("Geriatric oncology follow-up"), reason=txt("Quality of life on androgen deprivation therapy"), pr=ger, t0="13:00")
    c.vitals("2026-11-09", 138, 80, 74, wt=86, enc=e2, t="13:10")
    c.score(CFS(c), "2026-11-09", 5, cat="exam", enc=e2, perf=ger)
    c.note("2026-11-09", "consult", "Geriatric oncology follow-up", """
7 months of leuprolide. PSA 38 -> 1.2 (good response). But: exhausted, stopped golf and volunteering, daily hot flashes disturbing sleep, 4 kg weight gain, low mood, 1 fall (tripped) in October. Wife says 'he has become an old man this year'.
QLQ-C30 global health 75 -> 58 -> 50. CFS 3 -> 5.
Plan: discuss intermittent ADT / treatment goals with urology; exercise program; screen mood (PHQ-9 8); consider venlafaxine for flashes.
R. Okafor, MD""", ger, enc=e2)
    c.score(PHQ9, "2026-11-09", 8, enc=e2, perf=ger)


# --------------------------------------------------------------------------- C7
@case("GER-PRC-1", "ger", "PRC", "positive", ["PRC"],
      "In her own 'What matters to me' questionnaire she answered that her concerns were not heard and Yes to wanting a second opinion, explaining she was told she was too old for a hip replacement; no second opinion is on record.",
      "81-year-old with severe hip osteoarthritis declined for surgery who asks for a second opinion in her own questionnaire")
def ger_prc_1(c):
    pcp, pcp_org, ger = ger_setup(c, "Evelyn", "Stroud", "female", "1945-11-11", "RGS-0080297", "6MC3HT9PL52", "+1 937 555 0124",
                                  "Susan", "Patel", "Kettering Primary Care Associates")
    ortho = c.prac("Gregory", "Hale", reg="1386720495", qual="Orthopedic surgeon (MD)")
    oa = c.cond(prob("239872002", "Osteoarthritis of hip", "M16.11", "Unilateral primary osteoarthritis, right hip"), "2021-06-01", by=pcp,
                severity=sct("24484000", "Severe"))
    ht = c.cond(prob("38341003", "Hypertensive disorder", "I10", "Essential (primary) hypertension"), "2004-01-01", by=pcp)
    hy = c.cond(prob("40930008", "Hypothyroidism", "E03.9", "Hypothyroidism, unspecified"), "2012-01-01", by=pcp)
    c.medreq(rx("161", "acetaminophen", "Acetaminophen 500 mg tablet"), "2021-06-01", "1000 mg by mouth three times daily", reason_ref=[oa], by=pcp, freq=3)
    c.medreq(rx("10689", "tramadol", "Tramadol 50 mg tablet"), "2026-05-01", "50 mg by mouth twice daily as needed", reason_ref=[oa], by=pcp)
    c.medreq(rx("17767", "amlodipine", "Amlodipine 5 mg tablet"), "2015-01-01", "5 mg by mouth daily", reason_ref=[ht], by=pcp, freq=1)
    c.medreq(rx("10582", "levothyroxine", "Levothyroxine 88 mcg tablet"), "2012-01-01", "88 mcg by mouth daily", reason_ref=[hy], by=pcp, freq=1)
    xr = c.obs(c.local("rad", "XRHIP", "XR pelvis AP and right hip"), "2026-07-27", "Severe right hip joint space loss with subchondral sclerosis and cysts; superolateral migration.",
               cat="imaging", issued=False)
    e1 = c.enc("AMB", "2026-08-03", type_=txt("Orthopedic consultation"), reason=txt("Right hip pain"), pr=ortho)
    c.note("2026-08-03", "consult", "Orthopedic consultation", """
81F severe R hip OA. Pain limits walking to 1 block, uses cane. Night pain.
Given age and frailty I do not recommend total hip arthroplasty at this point; risks outweigh benefits. Continue analgesia, PT, consider intra-articular steroid injection. Return as needed.
G. Hale, MD""", ortho, enc=e1)
    c.score(PAIN, "2026-08-03", 7, enc=e1, perf=ortho)
    e2 = cga_enc(c, "2026-10-19", ger, txt("Frailty assessment; mobility decline"), kind="Comprehensive geriatric assessment (new patient)")
    c.vitals("2026-10-19", 132, 76, 72, wt=61, ht=160, bmi=23.8, enc=e2, t="13:10")
    c.score(CFS(c), "2026-10-19", 4, cat="exam", enc=e2, perf=ger, note="Vulnerable; limited mainly by hip pain.")
    c.score(MMSE, "2026-10-19", 29, enc=e2, perf=ger)
    c.score(PAIN, "2026-10-19", 7, enc=e2, perf=ger)
    c.obs(c.local("frailty", "TUG", "Timed Up and Go"), "2026-10-19", 14.2, "s", "s", cat="exam", enc=e2, note="With cane; antalgic gait.")
    c.qr("https://fhir.riverbend-geriatrics.example.org/Questionnaire/what-matters-to-me|1.3", "2026-10-19", [
        ("1", "What matters most to you in your life right now?", "Being able to walk to church and look after my garden."),
        ("2", "Do you feel your health concerns have been heard by the doctors looking after you?", {"system": "http://terminology.hl7.org/CodeSystem/v2-0136", "code": "N", "display": "No"}),
        ("3", "Would you like a second opinion about any part of your care?", {"system": "http://terminology.hl7.org/CodeSystem/v2-0136", "code": "Y", "display": "Yes"}),
        ("3.1", "If yes, about what?", "About my hip. The surgeon said I am too old for a new hip but my sister had one at 84. I would like another surgeon to look at me."),
        ("4", "Who helps you at home?", "My neighbor with shopping. I manage everything else."),
    ])
    c.note("2026-10-19", "consult", "Comprehensive geriatric assessment", """
CGA. 81F, lives alone, independent in ADLs, IADLs except heavy shopping. CFS 4 (vulnerable) - largely due to hip pain rather than global frailty. MMSE 29/30. TUG 14 s. Albumin normal, no weight loss.
Severe R hip OA, pain 7/10 despite acetaminophen + tramadol. Ortho (8/2026) advised against THA because of age/frailty.
Her questionnaire: does not feel heard; asks for a second opinion about hip replacement.
Assessment: from a geriatric standpoint she is not prohibitively frail; a second surgical opinion is reasonable.
R. Okafor, MD""", ger, enc=e2)


# --------------------------------------------------------------------------- C8
@case("GER-WDT-1", "ger", "WDT", "positive", ["WDT"],
      "PHQ-9 rose from 11 to 15 to 18 between April and October 2026 (and from 12 at baseline), at least the 5-point minimal important difference over six months, while sertraline was taken continuously and up-titrated to 150 mg.",
      "74-year-old widow whose depression scores worsened over six months despite continuous, up-titrated sertraline")
def ger_wdt_1(c):
    pcp, pcp_org, ger = ger_setup(c, "Patricia", "Langley", "female", "1952-05-05", "RGS-0124408", "8QD5LK7VR19", "+1 937 555 0109",
                                  "Linda", "Marsh", "Centerville Family Physicians")
    sw = c.prac("Monica", "Ferris", prefix=None, qual="Licensed clinical social worker (LCSW)")
    mdd = c.cond(prob("370143000", "Major depressive disorder", "F33.1", "Major depressive disorder, recurrent, moderate"), "2026-01-19", by=ger,
                 note="Recurrence after husband's death (09/2025); previous episode 2009 responded to sertraline.")
    ht = c.cond(prob("38341003", "Hypertensive disorder", "I10", "Essential (primary) hypertension"), "2010-01-01", by=pcp)
    oa = c.cond(prob("239873007", "Osteoarthritis of knee", "M17.0", "Bilateral primary osteoarthritis of knee"), "2017-01-01", by=pcp)
    c.medreq(rx("36437", "sertraline", "Sertraline 50 mg tablet"), "2026-02-02",
             "50 mg by mouth daily; increased to 100 mg 05/04/2026 and 150 mg 08/10/2026", reason_ref=[mdd], by=ger, freq=1)
    c.medstmt(rx("36437", "sertraline", "Sertraline tablet"), "active", "2026-02-02", asserted="2026-10-12", reason_ref=[mdd],
              note="Pharmacy refill history: 30-day fills on time Feb-Oct 2026. Daughter supervises pill organizer.", dose_text="150 mg daily")
    c.medreq(rx("17767", "amlodipine", "Amlodipine 5 mg tablet"), "2014-01-01", "5 mg by mouth daily", reason_ref=[ht], by=pcp, freq=1)
    c.medreq(rx("161", "acetaminophen", "Acetaminophen 500 mg tablet"), "2017-01-01", "1000 mg by mouth twice daily as needed", reason_ref=[oa], by=pcp)
    for d, v, item9 in [("2026-02-02", 12, 0), ("2026-04-13", 11, 0), ("2026-07-13", 15, 0), ("2026-10-12", 18, 0)]:
        e = c.enc("AMB", d, type_=txt("Geriatrics follow-up (mood)"), reason=sct("370143000", "Major depressive disorder"), pr=ger, t0="13:00")
        c.score(PHQ9, d, v, enc=e, perf=ger, note=f"Item 9 (thoughts of self-harm) = {item9}.")
    c.vitals("2026-10-12", 128, 76, 70, wt=60, enc=e, t="13:10")
    r = c.labs("2026-07-13", na=136, tsh=2.4, b12=610, hb=13.0)
    c.report(txt("Sodium, TSH, B12, CBC"), "2026-07-13", r)
    for d in ["2026-03-10", "2026-05-12", "2026-08-11", "2026-10-06"]:
        c.enc("AMB", d, type_=txt("Grief and behavioral activation counseling"), reason=sct("370143000", "Major depressive disorder"), pr=sw)
    c.note("2026-10-12", "progress", "Geriatrics mood follow-up", """
Depression worse despite 8 months of sertraline (now 150 mg since August, adherence confirmed by pharmacy fills) and fortnightly-monthly counseling.
Sleeping poorly, stopped going to church and bridge club, weight 60 kg (63 in Feb). Denies suicidal thoughts; daughter visits daily.
PHQ-9: 12 (Feb) -> 11 (Apr) -> 15 (Jul) -> 18 (Oct). Na 136, TSH/B12 normal.
Plan: refer geriatric psychiatry; consider augmentation (mirtazapine) vs switch. Safety plan reviewed.
R. Okafor, MD""", ger, enc=e)
    c.sr(txt("Referral to geriatric psychiatry"), "active", "order", "2026-10-12", by=ger, cat=sct("3457005", "Patient referral"), reason_ref=[mdd], prio="urgent")


# --------------------------------------------------------------------------- C9
@case("GER-WDT-2", "ger", "WDT", "near-miss", [],
      "Knee pain on regular treatment moved from 5 to 6 to 6 out of 10 over eight months: a 1-point change, below the 2-point minimal important difference for the numeric rating scale.",
      "knee osteoarthritis on regular analgesia with a one-point pain change over eight months")
def ger_wdt_2(c):
    pcp, pcp_org, ger = ger_setup(c, "Frank", "Dubois", "male", "1946-09-29", "RGS-0066135", "9WB2CN6TF84", "+1 937 555 0157",
                                  "Thomas", "Reilly", "Beavercreek Internal Medicine")
    pt = c.prac("Dana", "Kowalczyk", prefix=None, qual="Physical therapist (DPT)")
    oa = c.cond(prob("239873007", "Osteoarthritis of knee", "M17.0", "Bilateral primary osteoarthritis of knee"), "2019-01-01", by=pcp)
    ht = c.cond(prob("38341003", "Hypertensive disorder", "I10", "Essential (primary) hypertension"), "2006-01-01", by=pcp)
    hl = c.cond(prob("55822004", "Hyperlipidemia", "E78.5", "Hyperlipidemia, unspecified"), "2006-01-01", by=pcp)
    gout = c.cond(prob("90560007", "Gout", "M10.9", "Gout, unspecified"), "2016-01-01", by=pcp, note="Last flare 2022 on allopurinol.")
    c.medreq(rx("161", "acetaminophen", "Acetaminophen 500 mg tablet"), "2025-06-01", "1000 mg by mouth three times daily", reason_ref=[oa], by=pcp, freq=3)
    c.medreq(rx("3355", "diclofenac", "Diclofenac sodium 1% topical gel"), "2025-06-01", "Apply 4 g to each knee four times daily", reason_ref=[oa], by=pcp, freq=4)
    c.medreq(rx("29046", "lisinopril", "Lisinopril 20 mg tablet"), "2012-01-01", "20 mg by mouth daily", reason_ref=[ht], by=pcp, freq=1)
    c.medreq(rx("83367", "atorvastatin", "Atorvastatin 40 mg tablet"), "2012-01-01", "40 mg by mouth daily", reason_ref=[hl], by=pcp, freq=1)
    c.medreq(rx("519", "allopurinol", "Allopurinol 300 mg tablet"), "2016-06-01", "300 mg by mouth daily", reason_ref=[gout], by=pcp, freq=1)
    for d, p, cfs in [("2026-03-16", 5, 4), ("2026-07-13", 6, 4), ("2026-11-09", 6, 4)]:
        e = c.enc("AMB", d, type_=txt("Geriatrics follow-up"), reason=sct("239873007", "Osteoarthritis of knee"), pr=ger, t0="13:00")
        c.score(PAIN, d, p, enc=e, perf=ger, note="Average knee pain over the past week.")
        c.score(CFS(c), d, cfs, cat="exam", enc=e, perf=ger)
        c.vitals(d, 132, 78, 66, wt=91, enc=e, t="13:10")
    r = c.labs("2026-07-13", hb=14.2, alt=22)
    r.append(c.creat("2026-07-13", 1.1))
    r.append(c.lab("egfr", "2026-07-13", 66))
    c.report(txt("CBC, ALT, creatinine"), "2026-07-13", r)
    for d in ["2026-08-04", "2026-08-18", "2026-09-01"]:
        c.enc("AMB", d, type_=txt("Outpatient physical therapy"), reason=sct("239873007", "Osteoarthritis of knee"), pr=pt)
    c.note("2026-11-09", "progress", "Geriatrics follow-up", """
80M, bilateral knee OA. Pain 6/10 (5 in March, 6 in July) - essentially stable. Walks 20 min daily with a cane, still drives, no falls.
Completed PT (quad strengthening), continuing home program. Acetaminophen scheduled + topical diclofenac, tolerated; no NSAIDs orally (CKD risk, age).
No change. Weight loss advice. Review 6 months.
R. Okafor, MD""", ger, enc=e)
    c.immunization("141", "Influenza, seasonal, injectable", "2026-10-05")
    c.immunization("187", "zoster vaccine recombinant", "2025-03-10")


# --------------------------------------------------------------------------- C10
@case("GER-RARE-1", "ger", "RARE", "positive", ["RARE"],
      "Parkinson's disease was revised by neurology in 2026 to probable progressive supranuclear palsy (Richardson syndrome), a rare disease (Orphanet ORPHA:683); the earlier label is refuted, so there is no remaining mismatch.",
      "falls in a 76-year-old man whose Parkinson's diagnosis was revised to progressive supranuclear palsy")
def ger_rare_1(c):
    pcp, pcp_org, ger = ger_setup(c, "George", "Abernathy", "male", "1950-03-17", "RGS-0097721", "1XK4DM8QW63", "+1 937 555 0184",
                                  "Carol", "Finley", "Huber Heights Family Practice")
    neuro = c.prac("Ingrid", "Solberg", reg="1508836421", qual="Neurologist, movement disorders (MD)")
    slp = c.prac("Rachel", "Kim", prefix=None, qual="Speech-language pathologist (CCC-SLP)")
    wife = c.related("Marianne", "Abernathy", "WIFE", "wife")
    c.cond(ccm(("sct", "49049000", "Parkinson's disease"), icd("G20.A1", "Parkinson's disease without dyskinesia, without mention of fluctuations")),
           "2024-05-14", clin=None, ver="refuted", cat="encounter-diagnosis", by=neuro, recorded="2024-05-14",
           note="Refuted 06/2026: poor levodopa response, early falls, vertical supranuclear gaze palsy - revised to PSP.")
    psp = c.cond(c.dx("G23.1", "Progressive supranuclear ophthalmoplegia [Steele-Richardson-Olszewski]", "Progressive supranuclear palsy, Richardson syndrome (probable, MDS-PSP criteria)"),
                 "2026-06-08", by=neuro, recorded="2026-06-08")
    falls = c.cond(prob("161898004", "Falls", "R29.6", "Repeated falls"), "2025-03-01", by=ger, note="Backward falls, 5 in 12 months.")
    ht = c.cond(prob("38341003", "Hypertensive disorder", "I10", "Essential (primary) hypertension"), "2009-01-01", by=pcp)
    bph = c.cond(prob("266569009", "Benign prostatic hyperplasia", "N40.0", "Benign prostatic hyperplasia without lower urinary tract symptoms"), "2015-01-01", by=pcp)
    c.medreq(ccm(("rxnorm", "2019", "carbidopa"), ("rxnorm", "6375", "levodopa"), text="Carbidopa/levodopa 25/100 mg tablet"), "2024-05-14",
             "2 tablets by mouth three times daily (trial at 600 mg/day levodopa; minimal benefit)", reason_ref=[psp], by=neuro, freq=3)
    c.medreq(rx("29046", "lisinopril", "Lisinopril 10 mg tablet"), "2012-01-01", "10 mg by mouth daily", reason_ref=[ht], by=pcp, freq=1)
    mri = c.obs(c.local("rad", "MRBRAIN", "MRI brain without contrast"), "2026-05-20",
                "Midbrain atrophy with 'hummingbird' sign; midbrain/pons area ratio 0.14; no significant vascular lesions.", cat="imaging", issued=False)
    c.report(c.local("rad", "MRBRAIN", "MRI brain without contrast"), "2026-05-20", [mri], cat=("RAD", "Radiology"),
             conclusion="Midbrain atrophy pattern supportive of progressive supranuclear palsy.")
    e1 = c.enc("AMB", "2026-06-08", type_=txt("Movement disorders clinic"), reason=txt("Parkinsonism with falls, poor levodopa response"), pr=neuro)
    c.score(c.local("neuro", "PSPRS", "PSP Rating Scale total score"), "2026-06-08", 34, cat="exam", enc=e1, perf=neuro)
    c.note("2026-06-08", "consult", "Movement disorders consultation", """
76M, 'Parkinson's disease' diagnosed 05/2024: symmetric bradykinesia, axial > limb rigidity, no rest tremor, backward falls from year 1, no meaningful response to levodopa 600 mg/day.
Exam: vertical supranuclear gaze palsy (downgaze), slowed vertical saccades, square-wave jerks, axial rigidity, retropulsion (on pull manoeuvre would fall), frontal features (applause sign). Dysarthria and mild dysphagia.
MRI: midbrain atrophy, hummingbird sign.
Diagnosis revised: probable PSP - Richardson syndrome (MDS criteria). Parkinson's disease diagnosis withdrawn.
Plan: continue levodopa for now (small benefit possible), PT/OT/SLP, falls prevention, clinical trial information given. Review 6 months.
I. Solberg, MD""", neuro, enc=e1)
    e2 = cga_enc(c, "2026-09-28", ger, txt("Falls and frailty review"), kind="Comprehensive geriatric assessment (falls clinic)")
    c.score(CFS(c), "2026-09-28", 6, cat="exam", enc=e2, perf=ger)
    c.score(MMSE, "2026-09-28", 25, enc=e2, perf=ger)
    c.vitals("2026-09-28", 128, 74, 70, wt=71, enc=e2, t="13:10")
    c.note("2026-09-28", "consult", "Falls clinic CGA", """
76M with PSP (dx 6/2026). Falls: 5 in 12 months, backward, no syncope. Uses 4-wheeled walker with weighted base. Wife supervises showering.
Orthostatics negative. Vision: downgaze palsy - cannot see steps. Home safety evaluation ordered; stair rail and shower chair.
SLP: mild oropharyngeal dysphagia, soft diet, chin tuck.
CFS 6. MMSE 25 (frontal/executive items).
R. Okafor, MD""", ger, enc=e2)
    c.sr(txt("Home safety evaluation (occupational therapy)"), "completed", "order", "2026-09-28", by=ger, cat=sct("409063005", "Counseling"), reason_ref=[falls])
    c.enc("AMB", "2026-10-14", type_=txt("Speech-language pathology swallow evaluation"), reason=txt("Dysphagia in PSP"), pr=slp)
    c.qr("https://fhir.riverbend-geriatrics.example.org/Questionnaire/carer-zarit-12|1.0", "2026-09-28", [
        ("zarit", "Zarit Burden Interview (12-item) total", 18),
        ("support", "Do you have enough help at home?", "Our son comes at weekends. I would like information about respite."),
    ], author=wife, source=wife)
