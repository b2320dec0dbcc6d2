"""Organisation 4: Hollowell Post-Viral & Fatigue Clinic (US).

Long-COVID and ME/CFS patients, fatigue and post-exertional symptom scales, repeated normal work-ups, multiple
specialist referrals, patients' own symptom diaries. ICD-10-CM, SNOMED CT, LOINC, RxNorm, CVX.
"""
from fhirkit import Case, cc, sct, lnc, icdcm, qty, rxn

PCS = "PERSISTENT_SYMPTOMS_NORMAL_WORKUP"
DSM = "DIAGNOSIS_SYMPTOM_MISMATCH"
MPP = "MAJOR_PROCEDURE_PLANNED"
UP = "UNTREATABLE_PROGNOSIS"
HIT = "HIGH_IMPACT_TREATMENT"
PRC = "PATIENT_REPORTED_CONCERN"
WDT = "WORSENING_DESPITE_TREATMENT"
ROC = "RARE_OR_COMPLEX_CONDITION"


def dx(code, disp, *extra, text=None):
    return cc(icdcm(code, disp), *extra, text=text or disp)


def addr(line, city, pc, state="MN"):
    return {"use": "home", "line": [line], "city": city, "state": state, "postalCode": pc, "country": "US"}


def covid(c, onset, end):
    return c.condition(dx("U07.1", "COVID-19", sct("840539006", "Disease caused by severe acute respiratory syndrome "
                                                                "coronavirus 2")),
                       clinical="resolved", onset=onset, abatement=end, recorded=onset)


def post_covid(c, onset, recorded, **kw):
    return c.condition(cc(sct("1119303003", "Post-acute COVID-19"), text="Post-COVID-19 condition (long COVID)"),
                       onset=onset, recorded=recorded, **kw)


def instr(c, code, disp, text):
    return cc(c.local("instruments", code, disp), text=text)


def fss(c):
    return instr(c, "FSS-MEAN", "Fatigue Severity Scale (FSS) mean item score (1-7)", "Fatigue Severity Scale (mean)")


def baseline_labs(c, date, enc, extra=()):
    items = [("hb", 13.6), ("wbc", 6.4), ("plt", 251), ("na", 140), ("k", 4.1), ("crea", 0.8), ("glu", 88),
             ("alt", 21), ("tsh", 1.8), ("ferritin", 64), ("b12", 512), ("crp", 2)] + list(extra)
    return c.labs(date, items, enc=enc, panel="Post-viral clinic baseline panel",
                  conclusion="All results within reference ranges.")


# --------------------------------------------------------------------------- D1
def d_osa_explains(cid):
    c = Case(cid, "pvc")
    p = c.patient("Halvorsen", ["Brian", "T."], "male", "1980-11-05", "HPV-204418",
                  addr("4127 Bryant Ave S", "Minneapolis", "55409"), phone="+1 612 555 1105", marital="M")
    c.coverage("NSH-55102984", "2020-01-01", type_code="HIP")
    covid(c, "2026-02-08", "2026-02-22")
    e1 = c.encounter("2026-05-12", type_text="Post-viral clinic – new patient", pract="lead",
                     reason=cc(text="Fatigue, unrefreshing sleep, brain fog since COVID-19 in February"))
    e2 = c.encounter("2026-06-23", type_text="Post-viral clinic – follow-up", pract="lead")
    e3 = c.encounter("2026-08-04", type_text="Post-viral clinic – follow-up", pract="lead")
    fat = c.condition(cc(sct("84229001", "Fatigue"), text="Fatigue after COVID-19"), onset="2026-02-25",
                      recorded="2026-05-12", enc=e1, clinical="resolved", abatement="2026-10-15",
                      note="Attributed to obstructive sleep apnea (PSG 08/20); resolved on CPAP.")
    c.condition(cc(sct("1119303003", "Post-acute COVID-19"), text="Suspected post-COVID-19 condition"),
                clinical="inactive", verification="refuted", onset="2026-02-25", recorded="2026-05-12",
                note="Refuted 08/28/2026: symptoms explained by obstructive sleep apnea.")
    baseline_labs(c, "2026-05-12", e1, extra=[("vitd", 34)])
    f = fss(c)
    for d, v, e in [("2026-05-12", 5.6, e1), ("2026-06-23", 5.8, e2), ("2026-08-04", 5.7, e3)]:
        c.score(f, d, v, enc=e, performer=p)
    ess = instr(c, "ESS", "Epworth Sleepiness Scale total (0-24)", "Epworth Sleepiness Scale")
    c.score(ess, "2026-08-04", 15, enc=e3, performer=p, high=10)
    c.vitals("2026-05-12", 138, 86, 74, weight=112, height=183, enc=e1)
    c.service_request(cc(text="Referral to Sleep Medicine – polysomnography"), "2026-08-04", status="completed",
                      intent="order", requester="lead", performer="sleep", reason_ref=fat, enc=e3)
    e4 = c.encounter("2026-08-20", type_text="Sleep laboratory – attended polysomnography", pract="sleep")
    ahi = c.obs(instr(c, "AHI", "Apnea-hypopnea index", "Apnea-hypopnea index (AHI)"), "2026-08-20",
                qty(34, "events/h", "/h"), category="procedure", enc=e4, high=5, time="23:30")
    nad = c.obs(cc(lnc("59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry"), text="SpO2 nadir during sleep"),
                "2026-08-20", qty(81, "%"), category="procedure", enc=e4, low=90, time="23:30")
    c.report(cc(text="Polysomnography report"), "2026-08-20", [ahi, nad], enc=e4, category="OTH", performer="sleep",
             conclusion="Severe obstructive sleep apnea (AHI 34/h, supine-predominant), SpO2 nadir 81%.")
    e5 = c.encounter("2026-08-28", type_text="Sleep medicine consultation", pract="sleep")
    osa = c.condition(dx("G47.33", "Obstructive sleep apnea (adult) (pediatric)",
                         sct("78275009", "Obstructive sleep apnea syndrome")), onset="2026-08-20", recorded="2026-08-28",
                      enc=e5, asserter="sleep")
    c.service_request(cc(sct("47545007", "Continuous positive airway pressure ventilation treatment"),
                         text="Auto-CPAP 5-15 cm H2O with nasal mask"), "2026-08-28", status="completed",
                      intent="order", requester="sleep", reason_ref=osa, enc=e5)
    e6 = c.encounter("2026-11-03", type_text="Post-viral clinic – follow-up", pract="lead")
    c.score(f, "2026-11-03", 2.9, enc=e6, performer=p)
    c.score(ess, "2026-11-03", 6, enc=e6, performer=p, high=10)
    c.obs(instr(c, "CPAP-USE", "CPAP average nightly use (30 days)", "CPAP average use"), "2026-11-01",
          qty(6.2, "h", "h"), category="therapy", enc=e6)
    c.immunization("208", "COVID-19, mRNA, LNP-S, PF, 30 mcg/0.3 mL dose", "2025-10-14")
    c.note("2026-11-03", "Post-viral clinic follow-up", """Post-Viral Clinic – follow-up

45M referred 05/2026 for fatigue, unrefreshing sleep and brain fog after COVID-19 (02/2026). Baseline work-up
normal. Epworth 15 and loud snoring reported by wife -> PSG 08/20: severe OSA (AHI 34). Auto-CPAP since 09/10,
average use 6.2 h/night.
Today: energy "back to 80-90%", no afternoon naps, concentration improved. FSS 5.7 -> 2.9, Epworth 15 -> 6.
Assessment: fatigue explained by obstructive sleep apnea; post-COVID condition not supported.
Plan: continue CPAP under sleep medicine; discharged from post-viral clinic.

Naomi Feldman, MD""", author="lead", enc=e6)
    return c


# --------------------------------------------------------------------------- D2
def d_longcovid_label_lymph(cid):
    c = Case(cid, "pvc")
    p = c.patient("Delgado", ["Carmen", "R."], "female", "1969-08-14", "HPV-201973",
                  addr("2915 Lyndale Ave N", "Minneapolis", "55411"), phone="+1 612 555 0814", lang="es", marital="M")
    c.coverage("MA-77310245", "2023-01-01", type_code="PUBLICPOL", payer=("Minnesota Medical Assistance", "https://mn.gov/dhs"))
    covid(c, "2025-12-02", "2025-12-16")
    dates = ["2026-03-10", "2026-05-19", "2026-08-11", "2026-10-27"]
    encs = [c.encounter(d, type_text="Post-viral clinic – follow-up" if i else "Post-viral clinic – new patient",
                        pract="lead") for i, d in enumerate(dates)]
    pc = c.condition(dx("U09.9", "Post COVID-19 condition, unspecified", sct("1119303003", "Post-acute COVID-19"),
                        text="Long COVID"), onset="2025-12-20", recorded="2026-03-10", enc=encs[0], asserter="lead")
    for d, w, e in zip(dates, [71, 68, 65, 62], encs):
        c.vitals(d, weight=w, temp=37.6 if d >= "2026-08-01" else 36.8, enc=e)
    ns = cc(c.local("diary", "NIGHT-SWEATS", "Drenching night sweats (nights per week, patient diary)"),
            text="Night sweats per week (diary)")
    for d, v, e in zip(dates, [1, 3, 4, 5], encs):
        c.obs(ns, d, qty(v, "/wk"), category="survey", enc=e, performer=p)
    baseline_labs(c, "2026-03-10", encs[0])
    c.labs("2026-08-11", [("ldh", 380), ("esr", 58), ("crp", 31), ("hb", 11.4), ("mcv", 86), ("ferritin", 180), ("wbc", 8.9), ("plt", 412)],
           enc=encs[2], panel="Inflammatory markers and CBC")
    c.labs("2026-10-27", [("ldh", 412), ("esr", 64), ("hb", 11.1), ("ca", 10.2)], enc=encs[3], panel="Follow-up panel")
    c.obs(cc(sct("30746006", "Lymphadenopathy"), text="Lymph node examination"), "2026-10-27", category="exam",
          enc=encs[3], interp_code="A",
          value_string="New left axillary lymph node 2.5 cm, firm, non-tender, fixed. Also 1.5 cm left supraclavicular node.")
    c.careplan("Long COVID self-management – pacing programme", "2026-03-10", status="active", intent="plan",
               category=cc(text="Rehabilitation"), addresses=[pc], author="ot", period_start="2026-03-10",
               activities=[(cc(text="Activity pacing"), "in-progress", "Heart-rate-guided pacing, energy envelope"),
                           (cc(text="Sleep hygiene"), "in-progress", "Melatonin 3 mg at night")])
    c.med_request(rxn("5640", "ibuprofen", "Ibuprofen 400 mg oral tablet"), "2026-05-19", requester="lead",
                  dose="1 tablet every 8 hours as needed", reason_ref=pc)
    c.note("2026-08-11", "Post-viral clinic progress note", """Post-Viral Clinic – follow-up

57F, long COVID since 12/2025. Ongoing fatigue; new since June: drenching night sweats 4 nights/week, evening
temperatures to 37.9 C, 9 kg weight loss since March. LDH 380, ESR 58, CRP 31, Hb 11.4.
Assessment: long COVID with inflammatory/dysautonomic features.
Plan: continue pacing programme; ibuprofen PRN; recheck in 10 weeks.

Naomi Feldman, MD""", author="lead", enc=encs[2])
    c.note("2026-10-27", "Post-viral clinic progress note", """Post-Viral Clinic – follow-up

Interpreter used (Spanish). Weight 62 kg (71 kg in March). Night sweats 5 nights/week. Patient found a lump in her
left armpit 3 weeks ago. Exam: 2.5 cm firm fixed left axillary node, 1.5 cm left supraclavicular node.
LDH 412, ESR 64, calcium 10.2.
Assessment: long COVID (U09.9) - post-viral inflammatory state, lymphadenopathy likely reactive.
Plan: continue pacing, follow up in 3 months.

Naomi Feldman, MD""", author="lead", enc=encs[3])
    c.immunization("208", "COVID-19, mRNA, LNP-S, PF, 30 mcg/0.3 mL dose", "2024-10-30")
    return c


# --------------------------------------------------------------------------- D3
def d_fibro_to_pmr(cid):
    c = Case(cid, "pvc")
    p = c.patient("Ostrowski", ["Judith", "A."], "female", "1957-01-22", "HPV-199835",
                  addr("1806 Marshall St NE", "Minneapolis", "55418"), phone="+1 612 555 0122", marital="W")
    c.coverage("4MR7TY2WB93", "2022-01-01", type_code="PUBLICPOL", payer=("Medicare Part B (CMS)", "https://www.cms.gov"))
    covid(c, "2025-11-10", "2025-11-24")
    e1 = c.encounter("2026-02-03", type_text="Post-viral clinic – new patient", pract="lead",
                     reason=cc(text="Widespread aching, stiffness and fatigue since COVID-19"))
    fm = c.condition(dx("M79.7", "Fibromyalgia", sct("203082005", "Fibromyalgia")), clinical="inactive",
                     verification="refuted", onset="2025-12-01", recorded="2026-02-03", enc=e1, asserter="lead",
                     note="Refuted 04/14/2026 by rheumatology: polymyalgia rheumatica.")
    c.labs("2026-02-03", [("hb", 12.6), ("wbc", 7.1), ("tsh", 2.3), ("ck", 88), ("vitd", 31)], enc=e1,
           panel="Post-viral clinic baseline panel")
    c.service_request(cc(text="Referral to Rheumatology – proximal stiffness"), "2026-03-17", status="completed",
                      intent="order", requester="lead", performer="rheum", reason_ref=fm)
    e2 = c.encounter("2026-04-14", type_text="Rheumatology consultation", pract="rheum")
    pmr = c.condition(dx("M35.3", "Polymyalgia rheumatica", sct("65323003", "Polymyalgia rheumatica")),
                      onset="2025-12-01", recorded="2026-04-14", enc=e2, asserter="rheum",
                      note="2012 EULAR/ACR classification score 5; brisk response to prednisone.")
    c.labs("2026-04-14", [("esr", 64), ("crp", 42), ("ck", 92), ("hb", 11.8)], enc=e2, panel="Rheumatology panel")
    c.obs(cc(c.local("lab", "RF", "Rheumatoid factor"), text="Rheumatoid factor"), "2026-04-14", qty(8, "IU/mL", "[IU]/mL"),
          enc=e2, high=14)
    pain = cc(lnc("72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"), text="Pain (NRS 0-10)")
    stiff = instr(c, "AM-STIFF", "Morning stiffness duration", "Morning stiffness duration")
    e3 = c.encounter("2026-05-12", type_text="Rheumatology follow-up", pract="rheum")
    e4 = c.encounter("2026-10-20", type_text="Rheumatology follow-up", pract="rheum")
    for d, v, m, e in [("2026-02-03", 7, 120, e1), ("2026-04-14", 7, 120, e2), ("2026-05-12", 2, 15, e3),
                       ("2026-10-20", 1, 5, e4)]:
        c.score(pain, d, v, enc=e, performer=p)
        c.obs(stiff, d, qty(m, "min"), category="survey", enc=e, performer=p)
    c.labs("2026-05-12", [("esr", 18), ("crp", 4)], enc=e3, panel="Inflammatory markers")
    c.labs("2026-10-20", [("esr", 12), ("crp", 3), ("glu", 96)], enc=e4, panel="Inflammatory markers")
    c.med_request(rxn("8640", "prednisone", "Prednisone 5 mg oral tablet"), "2026-10-20", requester="rheum",
                  dose="5 mg daily; taper by 1 mg every 8 weeks", reason_ref=pmr, course="continuous", enc=e4,
                  note="Started at 15 mg daily on 04/14/2026.")
    c.med_request(rxn("46041", "alendronate", "Alendronate 70 mg oral tablet"), "2026-04-14", requester="rheum",
                  dose="1 tablet weekly (glucocorticoid bone protection)", reason_ref=pmr)
    c.note("2026-05-12", "Rheumatology follow-up", """Rheumatology – follow-up

69F referred by post-viral clinic with presumed post-COVID fibromyalgia. At consult (04/14): 2 h morning stiffness,
bilateral shoulder and hip girdle pain, ESR 64, CRP 42 -> polymyalgia rheumatica; fibromyalgia label removed.
Prednisone 15 mg started: 80% better within a week. ESR 18, CRP 4.
Plan: slow taper, alendronate, calcium/vitamin D. Watch for giant cell arteritis symptoms.

Kofi Mensah, MD""", author="rheum", enc=e3)
    c.note("2026-10-20", "Rheumatology follow-up", """Rheumatology – follow-up

PMR in remission on prednisone 5 mg. No stiffness, pain 1/10, back to gardening and volunteering. ESR 12, CRP 3.
Continue taper. Post-viral clinic discharged her in May.

Kofi Mensah, MD""", author="rheum", enc=e4)
    return c


# --------------------------------------------------------------------------- D4
def d_ldn_qol_small(cid):
    c = Case(cid, "pvc")
    p = c.patient("Lindgren", ["Sofia", "E."], "female", "1991-06-30", "HPV-210077",
                  addr("3340 Cedar Ave S", "Minneapolis", "55407"), phone="+1 612 555 0630", marital="S")
    c.coverage("NSH-60219930", "2021-06-01", type_code="HIP")
    c.condition(dx("B27.00", "Gammaherpesviral mononucleosis without complication",
                   text="Infectious mononucleosis (EBV), 12/2024"), clinical="resolved",
                onset="2024-12-01", abatement="2025-01-20", recorded="2024-12-05")
    me = c.condition(dx("G93.32", "Myalgic encephalomyelitis/chronic fatigue syndrome",
                        sct("52702003", "Chronic fatigue syndrome")), onset="2025-03-01", recorded="2025-11-18",
                     asserter="lead", severity="moderate",
                     note="IOM 2015 criteria met; post-exertional malaise confirmed on DSQ-PEM.")
    e0 = c.encounter("2025-11-18", type_text="Post-viral clinic – new patient", pract="lead")
    baseline_labs(c, "2025-11-18", e0, extra=[("vitd", 41), ("cortisol", 14)])
    e1 = c.encounter("2026-06-24", type_text="Post-viral clinic – follow-up", pract="lead")
    e2 = c.encounter("2026-08-12", cls="VR", type_text="Post-viral clinic – telehealth", pract="lead")
    e3 = c.encounter("2026-10-14", type_text="Post-viral clinic – follow-up", pract="lead")
    eq = instr(c, "EQ5D5L-IDX", "EQ-5D-5L index value (US value set)", "EQ-5D-5L index")
    vas = instr(c, "EQ-VAS", "EQ VAS (0-100)", "EQ VAS")
    c.score(eq, "2026-06-24", 0.61, enc=e1, performer=p, unit="1", display_unit="index",
            note="Baseline before low-dose naltrexone.")
    c.score(vas, "2026-06-24", 55, enc=e1, performer=p)
    c.score(eq, "2026-10-14", 0.58, enc=e3, performer=p, unit="1", display_unit="index")
    c.score(vas, "2026-10-14", 52, enc=e3, performer=p)
    f = fss(c)
    c.score(f, "2026-06-24", 6.1, enc=e1, performer=p)
    c.score(f, "2026-10-14", 6.0, enc=e3, performer=p)
    c.med_request(rxn("7243", "naltrexone", "Naltrexone 4.5 mg oral capsule (compounded low-dose)"), "2026-07-01",
                  requester="lead", dose="Start 1.5 mg at night, titrate to 4.5 mg over 6 weeks", reason_ref=me,
                  course="continuous")
    c.careplan("ME/CFS management plan", "2025-11-18", status="active", intent="plan", addresses=[me], author="ot",
               period_start="2025-11-18", category=cc(text="Rehabilitation"),
               activities=[(cc(text="Pacing / energy envelope"), "in-progress", "Activity diary, HR monitor"),
                           (cc(text="Low-dose naltrexone trial"), "in-progress", "Started 07/01/2026")])
    c.vitals("2026-10-14", 108, 68, 84, weight=58, enc=e3)
    c.note("2026-10-14", "Post-viral clinic progress note", """Post-Viral Clinic – follow-up

35F, ME/CFS (post-EBV, moderate). Low-dose naltrexone started 07/01, now on 4.5 mg nightly. Vivid dreams during the
first two weeks, otherwise tolerated; no clear benefit yet.
EQ-5D-5L index 0.61 -> 0.58, EQ VAS 55 -> 52, FSS 6.1 -> 6.0: no meaningful change (below minimal important
difference).
Plan: continue LDN for 3 more months, then decide; continue pacing.

Naomi Feldman, MD""", author="lead", enc=e3)
    return c


# --------------------------------------------------------------------------- D5
def d_qr_wants_second_opinion(cid):
    c = Case(cid, "pvc")
    p = c.patient("Thornbury", ["Rachel", "M."], "female", "1985-09-09", "HPV-212240",
                  addr("612 Selby Ave", "Saint Paul", "55102"), phone="+1 651 555 0909", marital="M")
    c.coverage("NSH-61177402", "2019-01-01", type_code="HIP")
    c.note("2026-08-20", "Referral letter from primary care", """Referral – Hollowell Post-Viral & Fatigue Clinic

Dear colleagues, I am referring Mrs. Thornbury (41) with 20 months of disabling fatigue, post-exertional crashes,
unrefreshing sleep and cognitive difficulty after a viral illness in 12/2024. Extensive work-up since 2025
(bloods, thyroid, cortisol, celiac serology, sleep study, brain MRI, echocardiogram) has been normal. A previous
neurologist and a rheumatologist suggested an anxiety component. She has reduced her work as a pharmacist to 10
hours a week. Thank you for seeing her.

Dr. M. Kowalski, Family Medicine""", kind="consult",
           type_cc=cc(lnc("57133-1", "Referral note"), text="Referral letter"))
    e1 = c.encounter("2026-09-15", type_text="Post-viral clinic – new patient", pract="lead")
    me = c.condition(dx("G93.32", "Myalgic encephalomyelitis/chronic fatigue syndrome",
                        sct("52702003", "Chronic fatigue syndrome")), onset="2024-12-15", recorded="2026-09-15",
                     enc=e1, asserter="lead", severity="moderate",
                     note="IOM 2015 criteria met; DSQ-PEM positive.")
    baseline_labs(c, "2026-09-15", e1)
    pem = instr(c, "DSQ-PEM", "DePaul Symptom Questionnaire - PEM domain (frequency/severity, 0-100)", "DSQ-PEM score")
    f = fss(c)
    c.score(pem, "2026-09-15", 75, enc=e1, performer=p)
    c.score(f, "2026-09-15", 6.3, enc=e1, performer=p)
    diary = instr(c, "DIARY-CRASH", "PEM crashes per month (patient diary)", "PEM crashes per month (diary)")
    c.obs(diary, "2026-09-15", qty(4, "/mo"), category="survey", enc=e1, performer=p)
    c.obs(diary, "2026-11-18", qty(4, "/mo"), category="survey", performer=p)
    c.vitals("2026-09-15", 112, 72, 82, weight=63, height=170, enc=e1)
    c.careplan("ME/CFS management plan", "2026-09-15", status="active", intent="plan", addresses=[me], author="ot",
               period_start="2026-09-15", category=cc(text="Rehabilitation"),
               activities=[(cc(text="Pacing / energy envelope"), "in-progress", "Heart-rate-guided pacing"),
                           (cc(text="Occupational therapy"), "in-progress", "Workplace accommodations letter")])
    q = c.questionnaire("https://fhir.hollowell-clinic.org/Questionnaire/visit-intake", "Hollowell visit questionnaire",
                        [("q1", "Do you feel your symptoms have been taken seriously by the clinicians you have seen?",
                          "choice"),
                         ("q2", "Would you like us to arrange a second opinion or an independent specialist review of "
                                "your case?", "boolean"),
                         ("q3", "How severe is your fatigue today (0 = none, 10 = worst imaginable)?", "integer"),
                         ("q4", "Is there anything else you want your care team to know?", "text")], "2025-01-10")
    e2 = c.encounter("2026-11-18", type_text="Post-viral clinic – follow-up", pract="lead")
    c.qresponse(q, "2026-11-17", [
        ("q1", "Do you feel your symptoms have been taken seriously by the clinicians you have seen?",
         {"valueCoding": {"system": "http://terminology.hl7.org/CodeSystem/v2-0136", "code": "N", "display": "No"}}),
        ("q2", "Would you like us to arrange a second opinion or an independent specialist review of your case?",
         {"valueBoolean": True}),
        ("q3", "How severe is your fatigue today (0 = none, 10 = worst imaginable)?", {"valueInteger": 8}),
        ("q4", "Is there anything else you want your care team to know?",
         {"valueString": "For almost two years every result has come back normal and I keep being told it is anxiety. "
                         "I want someone independent to look at everything, not just my bloodwork."}),
    ], enc=e2)
    c.score(f, "2026-11-18", 6.4, enc=e2, performer=p)
    c.note("2026-11-18", "Post-viral clinic progress note", """Post-Viral Clinic – follow-up

ME/CFS (moderate), diagnosed here 09/2026. Pacing started; crashes still ~4/month. FSS 6.4.
Pre-visit questionnaire: patient does not feel her symptoms have been taken seriously and asks for a second opinion /
independent specialist review. We discussed; request acknowledged, options to be reviewed at the next team meeting.

Naomi Feldman, MD""", author="lead", enc=e2)
    return c


# --------------------------------------------------------------------------- D6
def d_second_opinion_done(cid):
    c = Case(cid, "pvc")
    p = c.patient("Moreau", ["Daniel", "J."], "male", "1977-03-03", "HPV-205561",
                  addr("1520 W 28th St", "Minneapolis", "55408"), phone="+1 612 555 0303", marital="M")
    c.coverage("NSH-57430018", "2018-01-01", type_code="HIP")
    covid(c, "2025-05-03", "2025-05-17")
    e1 = c.encounter("2025-10-14", type_text="Post-viral clinic – new patient", pract="lead")
    me = c.condition(dx("G93.32", "Myalgic encephalomyelitis/chronic fatigue syndrome",
                        sct("52702003", "Chronic fatigue syndrome")), onset="2025-06-01", recorded="2025-10-14",
                     enc=e1, asserter="lead", severity="moderate")
    baseline_labs(c, "2025-10-14", e1)
    msg = c.communication("2026-04-20", "Dr. Feldman, before I apply for long-term disability I would like a second "
                          "opinion on my ME/CFS diagnosis and the treatment plan from another specialist center. Can "
                          "you refer me? Thank you, Daniel Moreau", p, [c.P("lead")],
                          category_text="Patient portal message", topic="Second opinion request", about=[me])
    mw = c.org2("Midwest ME/CFS Center", address={"line": ["700 Research Pkwy"], "city": "Madison", "state": "WI",
                                                  "country": "US"})
    c.service_request(cc(text="Referral for second opinion – ME/CFS specialist center"), "2026-04-24",
                      status="completed", intent="order", requester="lead", performer=mw, reason_ref=me,
                      note="Records sent 04/28/2026.")
    c.communication("2026-04-24", "Referral to Midwest ME/CFS Center placed and records sent. Their office will call "
                    "you to schedule.", c.P("lead"), [p], category_text="Patient portal message",
                    topic="Second opinion request", about=[me], in_response_to=msg)
    ext = c.practitioner_ext("Halloran", "Maeve", "Dr.", "Internal Medicine, Midwest ME/CFS Center", npi="1720563318")
    e2 = c.encounter("2026-07-15", type_text="Second opinion consultation – outside center", pract=ext, org=mw,
                     reason_ref=me)
    so = c.note("2026-07-15", "Second opinion consultation – Midwest ME/CFS Center", """SECOND OPINION CONSULTATION
Midwest ME/CFS Center

Referred by Hollowell Post-Viral Clinic at the patient's request. Full records and work-up reviewed, 2-day
cardiopulmonary exercise study performed (day-2 VO2 at anaerobic threshold reduced 14%).
Opinion: diagnosis of ME/CFS (post-COVID onset) is confirmed. Agree with the current plan (pacing, sleep, orthostatic
measures). Supported disability application with a letter. Happy for care to continue at Hollowell.

Maeve Halloran, MD""", kind="consult", author=ext, enc=e2,
                type_cc=cc(lnc("11488-4", "Consult note"), text="Second opinion consultation"))
    e3 = c.encounter("2026-11-04", type_text="Post-viral clinic – follow-up", pract="lead")
    f = fss(c)
    for d, v, e in [("2025-10-14", 6.0, e1), ("2026-11-04", 5.8, e3)]:
        c.score(f, d, v, enc=e, performer=p)
    c.vitals("2026-11-04", 122, 78, 80, weight=79, enc=e3)
    c.careplan("ME/CFS management plan", "2025-10-14", status="active", intent="plan", addresses=[me], author="ot",
               period_start="2025-10-14", category=cc(text="Rehabilitation"),
               activities=[(cc(text="Pacing / energy envelope"), "in-progress", "Activity diary, step limits"),
                           (cc(text="Orthostatic measures"), "in-progress", "Fluids 2.5 L, salt, compression")])
    c.note("2026-11-04", "Post-viral clinic progress note", """Post-Viral Clinic – follow-up

ME/CFS, stable. Second opinion at Midwest ME/CFS Center (07/2026) confirmed the diagnosis and agreed with the plan;
patient says he feels "heard and reassured" and wants to continue here. Disability application approved.
FSS 5.8. Continue pacing and orthostatic measures.

Naomi Feldman, MD""", author="lead", enc=e3, related=[so])
    return c


# --------------------------------------------------------------------------- D7
def d_phq9_worsening(cid):
    c = Case(cid, "pvc")
    p = c.patient("Brandt", ["Tyler", "S."], "male", "1994-12-01", "HPV-206689",
                  addr("2201 Como Ave SE", "Minneapolis", "55414"), phone="+1 612 555 1201", marital="S")
    c.coverage("NSH-62004471", "2022-01-01", type_code="HIP")
    covid(c, "2025-08-20", "2025-09-03")
    pcc = post_covid(c, "2025-09-15", "2026-01-20", asserter="lead")
    dates = ["2026-04-28", "2026-07-07", "2026-09-15", "2026-11-17"]
    encs = [c.encounter(d, type_text="Post-viral clinic – psychiatry", pract="psych") for d in dates]
    mdd = c.condition(dx("F33.1", "Major depressive disorder, recurrent, moderate",
                         sct("370143000", "Major depressive disorder")), onset="2026-03-01", recorded="2026-04-28",
                      enc=encs[0], asserter="psych")
    phq = cc(lnc("44261-6", "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]"), text="PHQ-9 total")
    gad = cc(lnc("70274-6", "Generalized anxiety disorder 7 item (GAD-7) total score [Reported.PHQ]"), text="GAD-7 total")
    for d, v, g, e in zip(dates, [11, 14, 17, 20], [8, 10, 12, 14], encs):
        c.score(phq, d, v, enc=e, performer=p)
        c.score(gad, d, g, enc=e, performer=p)
    c.med_statement(rxn("36437", "sertraline", "Sertraline oral tablet"), "2026-04-28", reason_ref=mdd,
                    dose="50 mg daily from 04/28; 100 mg from 07/07; 150 mg from 09/15", asserted="2026-11-17",
                    note="Pharmacy fill history complete; patient reports no missed doses.")
    c.med_request(rxn("36437", "sertraline", "Sertraline 50 mg oral tablet"), "2026-04-28", status="stopped",
                  requester="psych", dose="50 mg daily", reason_ref=mdd, enc=encs[0])
    c.med_request(rxn("36437", "sertraline", "Sertraline 100 mg oral tablet"), "2026-07-07", status="stopped",
                  requester="psych", dose="100 mg daily", reason_ref=mdd, enc=encs[1])
    c.med_request(rxn("36437", "sertraline", "Sertraline 150 mg oral tablet"), "2026-09-15", requester="psych",
                  dose="150 mg daily", reason_ref=mdd, enc=encs[2], course="continuous")
    c.service_request(cc(sct("228557008", "Cognitive and behavioral therapy"), text="Weekly CBT (clinic psychologist)"),
                      "2026-04-28", status="active", intent="order", requester="psych", reason_ref=mdd, enc=encs[0],
                      occurrence_period=("2026-05-05", "2026-12-31"))
    baseline_labs(c, "2026-04-28", encs[0])
    c.vitals("2026-11-17", 124, 78, 76, weight=84, enc=encs[3])
    c.immunization("208", "COVID-19, mRNA, LNP-S, PF, 30 mcg/0.3 mL dose", "2024-11-02")
    c.note("2026-11-17", "Psychiatry progress note", """Post-Viral Clinic – Psychiatry

31M with long COVID (fatigue, brain fog) and recurrent MDD. Sertraline since 04/28 (50 -> 100 -> 150 mg), weekly
CBT since May (attended 24 sessions). Fill history complete.
PHQ-9 11 -> 14 -> 17 -> 20 and GAD-7 8 -> 14 over 7 months. PHQ-9 item 9 = 0; denies suicidal ideation; safety plan
reviewed. Withdrawn from friends, stopped working part-time.
Assessment: MDD worsening despite adequate dose and duration of SSRI plus psychotherapy.
Plan: cross-taper to an alternative antidepressant vs. augmentation; discuss at next visit in 2 weeks.

Leah Johansson, MD""", author="psych", enc=encs[3], related=[pcc])
    return c


# --------------------------------------------------------------------------- D8
def d_pots_off_treatment(cid):
    c = Case(cid, "pvc")
    p = c.patient("Kerrigan", ["Hannah", "L."], "female", "1998-02-17", "HPV-208813",
                  addr("919 Raymond Ave", "Saint Paul", "55114"), phone="+1 651 555 0217", marital="S")
    c.coverage("NSH-63310957", "2023-08-01", type_code="HIP")
    covid(c, "2025-12-05", "2025-12-19")
    dates = ["2026-03-03", "2026-06-10", "2026-08-25", "2026-11-10"]
    encs = [c.encounter(d, type_text="Autonomic clinic (cardiology)", pract="cardio") for d in dates]
    pots = c.condition(dx("G90.A", "Postural orthostatic tachycardia syndrome [POTS]"), onset="2026-01-10",
                       recorded="2026-03-03", enc=encs[0], asserter="cardio",
                       note="Post-COVID onset; 10-minute active stand HR increment 44 bpm without orthostatic hypotension.")
    stand = instr(c, "STAND-DHR", "Heart rate increment on 10-minute active stand", "Active stand HR increment")
    compass = instr(c, "COMPASS31", "COMPASS-31 total weighted score (0-100)", "COMPASS-31")
    for d, hr, cp_, e in zip(dates, [44, 28, 41, 47], [48, 35, 46, 52], encs):
        c.obs(stand, d, qty(hr, "beats/min", "/min"), category="exam", enc=e, high=30)
        c.score(compass, d, cp_, enc=e, performer=p)
    c.med_request(rxn("1649480", "ivabradine", "Ivabradine 5 mg oral tablet"), "2026-03-03", status="stopped",
                  requester="cardio", dose="5 mg twice daily", reason_ref=pots, enc=encs[0])
    c.med_statement(rxn("1649480", "ivabradine", "Ivabradine 5 mg oral tablet"), "2026-03-03", end="2026-06-10",
                    status="stopped", dose="5 mg twice daily", reason_ref=pots,
                    status_reason="Luminous visual phenomena (phosphenes); patient chose to stop")
    c.med_request(rxn("6963", "midodrine", "Midodrine 5 mg oral tablet"), "2026-11-10", status="draft",
                  intent="proposal", requester="cardio", dose="5 mg three times daily (daytime) – to be discussed",
                  reason_ref=pots, enc=encs[3])
    baseline_labs(c, "2026-03-03", encs[0], extra=[("cortisol", 16)])
    c.obs(cc(lnc("11524-6", "EKG study"), text="12-lead ECG"), "2026-03-03", category="procedure", enc=encs[0],
          interp_code="N", value_string="Sinus rhythm 78/min supine; normal intervals.")
    c.vitals("2026-11-10", 106, 70, 84, weight=56, enc=encs[3])
    c.note("2026-11-10", "Autonomic clinic progress note", """Autonomic Clinic – follow-up

28F, post-COVID POTS. Ivabradine 03/03-06/10 reduced stand HR increment 44 -> 28 bpm, but stopped in June
because of phosphenes. Since then no POTS medication; could not tolerate compression garments; fluid intake
inconsistent (about 1.5 L/day).
Now: stand HR increment 47 bpm, COMPASS-31 52. Missing classes (graduate student).
Assessment: POTS symptoms returned after stopping treatment; no active therapy since June.
Plan: restart treatment - midodrine proposed (discuss risks at next visit), fluids 2.5-3 L, salt 6-10 g, recumbent
exercise programme.

Tomas Ruiz, MD""", author="cardio", enc=encs[3])
    return c


# --------------------------------------------------------------------------- D9
def d_multimorbid_complex(cid):
    c = Case(cid, "pvc")
    p = c.patient("Brennan", ["Olivia", "K."], "female", "1979-05-25", "HPV-203350",
                  addr("4408 Upton Ave S", "Minneapolis", "55410"), phone="+1 612 555 0525", marital="M")
    c.coverage("NSH-58871206", "2015-01-01", type_code="HIP")
    covid(c, "2025-07-02", "2025-07-20")
    pcc = post_covid(c, "2025-08-01", "2025-11-04", asserter="lead")
    pots = c.condition(dx("G90.A", "Postural orthostatic tachycardia syndrome [POTS]"), onset="2025-09-01",
                       recorded="2025-12-09", asserter="cardio")
    t1 = c.condition(dx("E10.9", "Type 1 diabetes mellitus without complications",
                        sct("46635009", "Diabetes mellitus type 1")), onset="1992-03-01", recorded="2005-01-10",
                     asserter="endo")
    thy = c.condition(dx("E06.3", "Autoimmune thyroiditis", sct("21983002", "Hashimoto thyroiditis")),
                      onset="2014-01-01", recorded="2014-06-18", asserter="endo")
    ast = c.condition(dx("J45.40", "Moderate persistent asthma, uncomplicated", sct("195967001", "Asthma")),
                      onset="2001-01-01", recorded="2005-01-10", asserter="pulm")
    cel = c.condition(dx("K90.0", "Celiac disease", sct("396331005", "Celiac disease")), onset="2019-01-01",
                      recorded="2019-04-02", asserter="gi")
    e1 = c.encounter("2026-06-02", type_text="Post-viral clinic – complex care review", pract="lead")
    e2 = c.encounter("2026-09-08", type_text="Post-viral clinic – complex care review", pract="lead")
    e3 = c.encounter("2026-11-24", type_text="Post-viral clinic – multidisciplinary case conference", pract="lead")
    for key, txt, reason in [("cardio", "Referral to Autonomic Cardiology – POTS", pots),
                             ("endo", "Referral to Endocrinology – type 1 diabetes and thyroiditis", t1),
                             ("pulm", "Referral to Pulmonology – asthma with post-COVID dyspnea", ast),
                             ("gi", "Referral to Gastroenterology – celiac disease, GI symptoms", cel)]:
        c.service_request(cc(text=txt), "2026-06-02", status="completed", intent="order", requester="lead",
                          performer=key, reason_ref=reason, enc=e1)
    for d, a1c, e in [("2026-06-02", 7.5, e1), ("2026-09-08", 7.6, e2), ("2026-11-24", 7.4, e3)]:
        c.lab("hba1c", d, a1c, enc=e)
    c.labs("2026-09-08", [("tsh", 2.1), ("ttg", 3), ("ferritin", 38), ("crea", 0.7)], enc=e2, panel="Chronic disease panel")
    stand = instr(c, "STAND-DHR", "Heart rate increment on 10-minute active stand", "Active stand HR increment")
    c.obs(stand, "2026-06-02", qty(36, "beats/min", "/min"), category="exam", enc=e1, high=30)
    c.obs(stand, "2026-11-24", qty(34, "beats/min", "/min"), category="exam", enc=e3, high=30)
    c.obs(cc(lnc("20150-9", "FEV1 [Volume] Respiratory"), text="FEV1"), "2026-09-08", qty(2.6, "L"),
          category="procedure", enc=e2, note="84% predicted")
    meds = [("274783", "insulin glargine", "Insulin glargine 100 units/mL pen", "18 units at bedtime", t1),
            ("86009", "insulin lispro", "Insulin lispro 100 units/mL pen", "Carbohydrate ratio 1:12 with meals", t1),
            ("10582", "levothyroxine", "Levothyroxine 88 mcg oral tablet", "1 tablet daily", thy),
            ("19831", "budesonide", "Budesonide/formoterol 160/4.5 mcg inhaler", "2 puffs twice daily", ast),
            ("4452", "fludrocortisone", "Fludrocortisone 0.1 mg oral tablet", "1 tablet daily", pots)]
    for code, ing, txt, dose, reason in meds:
        c.med_request(rxn(code, ing, txt), "2026-06-02", requester="lead", dose=dose, reason_ref=reason,
                      course="continuous")
    c.careplan("Complex care coordination plan", "2026-06-02", status="active", intent="plan",
               category=cc(text="Care coordination"), addresses=[pcc, pots, t1, thy, ast, cel], author="lead",
               period_start="2026-06-02",
               activities=[(cc(text="Autonomic cardiology"), "in-progress", "POTS: fludrocortisone, fluids, salt"),
                           (cc(text="Endocrinology"), "in-progress", "T1DM (CGM), thyroiditis"),
                           (cc(text="Pulmonology"), "in-progress", "Asthma control, post-COVID dyspnea"),
                           (cc(text="Gastroenterology / dietitian"), "in-progress", "Strict gluten-free diet")])
    c.vitals("2026-11-24", 112, 70, 86, weight=66, enc=e3)
    c.note("2026-11-24", "Multidisciplinary case conference", """Post-Viral Clinic – multidisciplinary case conference

47F with six active chronic conditions: post-COVID condition (since 2025), POTS, type 1 diabetes (since age 12),
Hashimoto thyroiditis, moderate persistent asthma and celiac disease. Followed by autonomic cardiology,
endocrinology, pulmonology and gastroenterology in addition to this clinic; 9 clinician contacts in the last quarter.
Interactions: fludrocortisone and glucose control; inhaled steroid; gluten-free diet and insulin dosing.
Status: HbA1c 7.4-7.6%, TSH normal, tTG negative on diet, stand HR increment 34 bpm, asthma controlled.
Plan: single care coordinator (RN), shared care plan, quarterly case conference.

Naomi Feldman, MD""", author="lead", enc=e3)
    return c


# --------------------------------------------------------------------------- D10
def d_mostly_resolved_problems(cid):
    c = Case(cid, "pvc")
    p = c.patient("Caldwell", ["Ethan", "J."], "male", "1988-10-12", "HPV-211508",
                  addr("3715 Grand Ave S", "Minneapolis", "55409"), phone="+1 612 555 1012", marital="M")
    c.coverage("NSH-60988153", "2016-01-01", type_code="HIP")
    covid(c, "2025-12-01", "2025-12-20")
    c.condition(dx("J18.9", "Pneumonia, unspecified organism", text="Community-acquired pneumonia (COVID-19 related)"),
                clinical="resolved", onset="2025-12-08", abatement="2026-01-05", recorded="2025-12-09")
    c.condition(dx("E55.9", "Vitamin D deficiency, unspecified"), clinical="resolved", onset="2026-02-17",
                abatement="2026-05-26", recorded="2026-02-17")
    c.condition(dx("M94.0", "Chondrocostal junction syndrome [Tietze]", text="Costochondritis"), clinical="resolved",
                onset="2026-02-01", abatement="2026-04-15", recorded="2026-02-17")
    pcc = post_covid(c, "2025-12-21", "2026-02-17", asserter="lead", severity="mild")
    c.condition(dx("G43.009", "Migraine without aura, not intractable, without status migrainosus"), onset="2006-01-01",
                recorded="2012-03-01")
    c.condition(dx("J30.2", "Other seasonal allergic rhinitis"), onset="2000-01-01", recorded="2012-03-01")
    e1 = c.encounter("2026-02-17", type_text="Post-viral clinic – new patient", pract="lead")
    e2 = c.encounter("2026-05-26", type_text="Post-viral clinic – follow-up", pract="lead")
    e3 = c.encounter("2026-10-20", type_text="Post-viral clinic – follow-up", pract="lead")
    baseline_labs(c, "2026-02-17", e1)
    c.lab("vitd", "2026-02-17", 14, enc=e1)
    c.lab("vitd", "2026-05-26", 38, enc=e2)
    f = fss(c)
    for d, v, e in [("2026-02-17", 5.4, e1), ("2026-05-26", 4.6, e2), ("2026-10-20", 3.9, e3)]:
        c.score(f, d, v, enc=e, performer=p)
    c.med_statement(rxn("4450", "ergocalciferol", "Ergocalciferol 50,000 unit oral capsule"), "2026-02-17",
                    end="2026-05-12", status="completed", dose="1 capsule weekly x 12 weeks")
    c.med_request(rxn("37418", "sumatriptan", "Sumatriptan 50 mg oral tablet"), "2012-03-01", requester="lead",
                  dose="1 tablet at migraine onset, may repeat after 2 h")
    c.med_statement(rxn("20610", "cetirizine", "Cetirizine 10 mg oral tablet"), "2026-04-15", end="2026-09-30",
                    status="completed", dose="1 tablet daily in season")
    c.careplan("Graded return to work", "2026-05-26", status="active", intent="plan", addresses=[pcc], author="ot",
               period_start="2026-06-01", category=cc(text="Rehabilitation"),
               activities=[(cc(text="Return to work"), "in-progress", "From 50% to 80% hours by October")])
    c.vitals("2026-10-20", 124, 80, 70, weight=81, enc=e3)
    c.note("2026-10-20", "Post-viral clinic progress note", """Post-Viral Clinic – follow-up

38M, mild post-COVID condition after COVID-19 pneumonia (12/2025). Pneumonia, costochondritis and vitamin D
deficiency have resolved. Fatigue steadily improving (FSS 5.4 -> 4.6 -> 3.9); working 80% hours as an
accountant. Migraine stable (2/month), seasonal rhinitis.
Plan: continue graded return to work, review in 4 months, likely discharge.

Naomi Feldman, MD""", author="lead", enc=e3)
    return c


CASES = [
    dict(key="D1", build=d_osa_explains, target=PCS, kind="near-miss", expected=[],
         why="Fatigue after COVID-19 with a normal blood work-up was explained by a later diagnosis (severe obstructive sleep "
             "apnoea on polysomnography) and resolved on CPAP.",
         summary="US 45M, post-COVID fatigue with normal labs, explained by severe OSA; better on CPAP"),
    dict(key="D2", build=d_longcovid_label_lymph, target=DSM, kind="positive", expected=[DSM],
         why="Long COVID (U09.9) label kept while new red-flag findings appear that it cannot explain: 9 kg weight loss, "
             "night sweats, fever, raised LDH/ESR/CRP, anaemia and fixed axillary/supraclavicular nodes.",
         summary="US 57F, long COVID label kept despite weight loss, night sweats, LDH 412, axillary/supraclavicular nodes"),
    dict(key="D3", build=d_fibro_to_pmr, target=DSM, kind="near-miss", expected=[],
         why="The catch-all fibromyalgia label (M79.7) was replaced within 10 weeks by polymyalgia rheumatica, which explains "
             "the symptoms; refuted label, remission on prednisone.",
         summary="US 69F, post-COVID 'fibromyalgia' revised to PMR within 10 weeks, remission on prednisone"),
    dict(key="D4", build=d_ldn_qol_small, target=HIT, kind="near-miss", expected=[],
         why="After starting low-dose naltrexone the EQ-5D-5L index fell only 0.03 and EQ VAS 3 points, below the MCID; "
             "LDN is not a high-impact treatment.",
         summary="US 35F, ME/CFS, low-dose naltrexone started; EQ-5D change below MCID"),
    dict(key="D5", build=d_qr_wants_second_opinion, target=PRC, kind="positive", expected=[PRC],
         why="QuestionnaireResponse: the patient answers No to feeling taken seriously and Yes to wanting a second opinion, "
             "with a free-text explanation; none on record.",
         summary="US 41F, ME/CFS, intake questionnaire: not taken seriously, wants second opinion"),
    dict(key="D6", build=d_second_opinion_done, target=PRC, kind="near-miss", expected=[],
         why="The patient's April request was fulfilled: a second opinion at Midwest ME/CFS Center (2026-07-15) for the same "
             "problem is on record within 12 months, and the patient is satisfied.",
         summary="US 49M, ME/CFS, requested second opinion was completed in July 2026 and confirmed diagnosis"),
    dict(key="D7", build=d_phq9_worsening, target=WDT, kind="positive", expected=[WDT],
         why="PHQ-9 rose 11 to 20 (MCID 5) over 7 months in four readings while sertraline (titrated to 150 mg, adherent) "
             "and weekly CBT ran throughout.",
         summary="US 31M, long COVID with MDD, PHQ-9 11 to 20 despite sertraline + CBT"),
    dict(key="D8", build=d_pots_off_treatment, target=WDT, kind="near-miss", expected=[],
         why="POTS measures worsened only after ivabradine was stopped in June; no treatment has been running since, so this "
             "is not worsening despite treatment.",
         summary="US 28F, post-COVID POTS worse after stopping ivabradine; untreated since June"),
    dict(key="D9", build=d_multimorbid_complex, target=ROC, kind="positive", expected=[ROC],
         why="Six active chronic conditions (post-COVID condition, POTS, type 1 diabetes, Hashimoto thyroiditis, asthma, "
             "coeliac disease) managed across cardiology, endocrinology, pulmonology and gastroenterology.",
         summary="US 47F, six active chronic conditions across five specialties, care coordination"),
    dict(key="D10", build=d_mostly_resolved_problems, target=ROC, kind="near-miss", expected=[],
         why="Seven problem-list entries, but four are resolved; only three mild chronic conditions remain active (post-COVID "
             "condition improving, migraine, seasonal rhinitis).",
         summary="US 38M, long problem list mostly resolved; 3 mild active conditions, improving"),
]
