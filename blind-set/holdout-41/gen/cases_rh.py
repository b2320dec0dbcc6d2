"""Rheumatology and autoimmune clinic cases (ICD-10-CM + SNOMED, RxNorm, DAS28/CDAI/HAQ-DI)."""
from lib import *


def das28(c, d, v, e=None):
    return c.obs(local(c, "disease-activity", "DAS28-CRP", "Disease Activity Score 28 joints - CRP"), d, cat="survey",
                 val=v, unit=("{score}", "{score}"), enc=e)


def cdai(c, d, v, e=None):
    return c.obs(local(c, "disease-activity", "CDAI", "Clinical Disease Activity Index"), d, cat="survey", val=v, unit=("{score}", "{score}"), enc=e)


def haq(c, d, v, e=None):
    return c.obs(local(c, "disease-activity", "HAQ-DI", "Health Assessment Questionnaire Disability Index"), d, cat="survey",
                 val=v, unit=("{score}", "{score}"), enc=e)


def eq5d(c, d, v, e=None):
    return c.obs(local(c, "pro", "EQ5D5L", "EQ-5D-5L index value"), d, cat="survey", val=v, unit=("{index}", "{index}"), enc=e)


def visit(c, d, r, pr=0):
    return c.enc(d, cpt("99214", "Office or other outpatient visit, established patient"), reason=r, pr=pr)


RA = icd("M05.79", "Rheumatoid arthritis with rheumatoid factor of multiple sites without organ or systems involvement",
         ("69896004", "Rheumatoid arthritis"))


def rh_fibro(c):  # DIAGNOSIS_SYMPTOM_MISMATCH positive: fibromyalgia label; proximal weakness, CK 3400
    fm = c.cond(icd("M79.7", "Fibromyalgia", ("203082005", "Fibromyalgia")), "2025-04-15")
    c.cond(icd("G47.00", "Insomnia, unspecified"), "2024-01-01")
    c.medst(rx("72625", "duloxetine"), "2025-04-15", reason=fm, dose="60 mg daily")
    c.medst(rx("704", "amitriptyline"), "2025-04-15", reason=fm, dose="10 mg at night")
    r0 = c.labs("2025-04-16", None, esr=12, crp=2.0, ck=142, tsh=1.8, hb=13.3)
    c.panel("2025-04-16", "Rheumatology baseline panel", r0)
    for d, r in [("2025-10-14", "Widespread pain and fatigue"), ("2026-04-21", "Persistent widespread pain"),
                 ("2026-08-18", "Difficulty climbing stairs and rising from chair"), ("2026-10-22", "Worsening thigh and shoulder weakness")]:
        e = visit(c, d, r, pr=2 if d < "2026-08-01" else 0)
        c.obs(sct("84229001", "Fatigue"), d, cat="exam", vcc=PRESENT, enc=e)
    c.obs(sct("26544005", "Muscle weakness", "Proximal muscle weakness, hip and shoulder girdle"), "2026-08-18", cat="exam", vcc=PRESENT)
    r1 = c.labs("2026-08-20", None, ck=2850, esr=38, alt=88)
    c.panel("2026-08-20", "Chemistry and ESR", r1, concl="CK markedly elevated.")
    r2 = c.labs("2026-10-23", None, ck=3400, esr=41, alt=95, crp=11)
    c.panel("2026-10-23", "Chemistry and ESR", r2)
    c.note("2026-10-22", "Rheumatology follow-up",
           "EN: 46F with fibromyalgia since 04/2025. Reports progressive difficulty climbing stairs, lifting arms to wash hair. Exam: hip "
           "flexors 4-/5, deltoids 4/5, no rash. Labs: CK 3400 U/L (2850 in August), ESR 41, ALT 95. Assessment: fibromyalgia flare with "
           "deconditioning. Plan: graded exercise, continue duloxetine, sleep hygiene. Recheck in 6 months.", pr=0)


def rh_hashimoto(c):  # DIAGNOSIS_SYMPTOM_MISMATCH near miss: fatigue label replaced by Hashimoto's, symptoms resolved
    c.cond(icd("R53.83", "Other fatigue", ("84229001", "Fatigue")), "2025-10-07", status="resolved", abate="2026-03-10",
           note="Explained by autoimmune hypothyroidism diagnosed 03/2026.")
    hs = c.cond(icd("E06.3", "Autoimmune thyroiditis", ("21983002", "Hashimoto thyroiditis")), "2026-03-10")
    c.cond(icd("M25.50", "Pain in unspecified joint"), "2025-10-07", status="resolved", abate="2026-07-01")
    e0 = visit(c, "2025-10-07", "Fatigue and arthralgia, positive ANA from PCP")
    c.obs(local(c, "immunology", "ANA-IFA", "Antinuclear antibodies, IFA titer"), "2025-10-09", vstr="1:80, speckled", it="A", enc=e0)
    r0 = c.labs("2025-10-09", e0, esr=14, crp=1.1, ck=160, hb=12.9, tsh=3.6)
    c.panel("2025-10-09", "Autoimmune screen", r0)
    e1 = visit(c, "2026-03-10", "Persistent fatigue, weight gain, cold intolerance")
    r1 = [c.lab("tsh", "2026-03-08", 14.2, e1),
          c.obs(local(c, "immunology", "TPO-AB", "Thyroid peroxidase antibodies"), "2026-03-08", val=412, unit=("[IU]/mL", "[IU]/mL"), hi=35, enc=e1)]
    c.panel("2026-03-08", "Thyroid panel", r1, e1, concl="Primary hypothyroidism, TPO antibodies positive.")
    c.med(rx("10582", "levothyroxine"), "2026-03-10", "75 mcg daily", reason=hs)
    e2 = visit(c, "2026-07-01", "Follow-up hypothyroidism")
    c.lab("tsh", "2026-06-28", 2.1, e2)
    c.obs(sct("84229001", "Fatigue"), "2026-07-01", cat="exam", vcc=cc((SCT, "2667000", "Absent")), enc=e2)
    c.note("2026-07-01", "Rheumatology follow-up",
           "EN: 38F referred for fatigue/arthralgia with low-titre ANA. No features of connective tissue disease. Hashimoto's "
           "hypothyroidism diagnosed in March (TSH 14.2, TPO 412). On levothyroxine, TSH 2.1; fatigue and arthralgia resolved. "
           "Low-titre ANA non-specific. Discharged to PCP.", enc=e2)


def rh_ild(c):  # UNTREATABLE_PROGNOSIS positive: signal only in a note (no further options for RA-ILD)
    ra = c.cond(icd("M05.10", "Rheumatoid lung disease with rheumatoid arthritis of unspecified site"), "2008-05-01")
    ild = c.cond(icd("J84.10", "Pulmonary fibrosis, unspecified", ("233703007", "Interstitial lung disease")), "2021-09-01",
                 note="UIP pattern on HRCT.")
    c.cond(icd("M81.0", "Age-related osteoporosis without current pathological fracture"), "2019-01-01")
    c.cond(icd("I10", "Essential (primary) hypertension"), "2015-01-01")
    c.medst(rx("68149", "mycophenolate mofetil"), "2022-01-01", reason=ild, dose="1000 mg twice daily")
    c.medst(rx("1592254", "nintedanib"), "2023-03-01", status="stopped", end="2026-06-01", reason=ild,
            note="Stopped for intractable diarrhoea and weight loss.")
    c.medst(rx("8640", "prednisone"), "2020-01-01", reason=ra, dose="5 mg daily")
    c.medst(rx("17767", "amlodipine"), "2015-01-01", dose="5 mg daily")
    for d in ["2026-03-17", "2026-07-21", "2026-11-12"]:
        e = visit(c, d, "RA-associated interstitial lung disease")
        c.vitals(d, 128, 74, hr=92, enc=e)
        c.obs(cc((LNC, "59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry")), d, cat="vital-signs", val=90,
              unit="%", lo=94, hi=100, enc=e)
    c.obs(cc((LNC, "19870-5", "Forced vital capacity [Volume] Respiratory system"), text="FVC % predicted"), "2026-10-28", cat="procedure",
          val=48, unit="%", lo=80, it="L", note="DLCO 31% predicted.")
    r = c.labs("2026-11-10", None, hb=11.9, crp=7, esr=30, cre=0.7, alt=19)
    c.panel("2026-11-10", "CBC, chemistry, inflammatory markers", r)
    c.note("2026-11-12", "Joint rheumatology-pulmonology clinic",
           "EN: 69F, seropositive RA since 2008 with fibrotic ILD (UIP pattern). On home oxygen 2 L with exertion. Nintedanib stopped "
           "in June for intolerance; has been on mycophenolate since 2022. Lung transplant assessment declined (age, frailty, BMI 17).\n"
           "We explained to the patient and her daughter that we have no further treatment options for her lung disease beyond "
           "symptom-directed care, oxygen and pulmonary rehabilitation. She understands the disease is expected to progress.", pr=0)


def rh_jak(c):  # UNTREATABLE near miss: 'no cure' wording but many options; switching for intolerance
    ra = c.cond(RA, "2017-02-01")
    c.cond(icd("E78.5", "Hyperlipidemia, unspecified"), "2020-01-01")
    c.medst(rx("6851", "methotrexate"), "2017-03-01", reason=ra, dose="20 mg weekly")
    c.medst(rx("4511", "folic acid"), "2017-03-01", dose="1 mg daily")
    c.medst(rx("327361", "adalimumab"), "2023-01-10", status="stopped", end="2026-10-20", reason=ra,
            note="Stopped for recurrent injection-site reactions and cellulitis.")
    c.med(rx("2196092", "upadacitinib"), "2026-10-20", "15 mg daily", reason=ra, note="Start after TB screen negative.")
    for d, v in [("2026-03-03", 2.9), ("2026-06-30", 2.7), ("2026-10-20", 2.8)]:
        e = visit(c, d, "Rheumatoid arthritis follow-up")
        das28(c, d, v, e)
        c.lab("crp", d, 3.1, e)
    c.obs(local(c, "immunology", "IGRA", "Interferon-gamma release assay (TB)"), "2026-10-14", vstr="Negative", it="NEG")
    r = c.labs("2026-10-14", None, hb=14.1, wbc=7.2, alt=24, cre=0.9)
    c.panel("2026-10-14", "Pre-JAK inhibitor labs", r)
    c.note("2026-10-20", "Rheumatology follow-up",
           "EN: 52M, seropositive RA in low disease activity (DAS28-CRP 2.8). Adalimumab stopped after injection-site reactions and an "
           "episode of cellulitis. We discussed that RA is a lifelong condition with no cure, but it is very treatable and there are "
           "many effective options left. Starting upadacitinib 15 mg; continue methotrexate. Review in 3 months.", pr=0)


def rh_steroid(c):  # HIGH_IMPACT positive: EQ-5D drops 0.26 after high-dose prednisone started, disease improving
    ra = c.cond(RA, "2014-06-01")
    c.cond(icd("E66.9", "Obesity, unspecified"), "2020-01-01")
    c.cond(cc((ICD, "T38.0X5A", "Adverse effect of glucocorticoids and synthetic analogues, initial encounter"), text="Glucocorticoid-induced hyperglycaemia"), "2026-08-19",
           note="Glucocorticoid-induced; monitoring.")
    c.medst(rx("6851", "methotrexate"), "2014-07-01", reason=ra, dose="25 mg weekly subcutaneous")
    c.medst(rx("5521", "hydroxychloroquine"), "2026-05-20", reason=ra, dose="200 mg twice daily")
    c.medst(rx("9524", "sulfasalazine"), "2026-05-20", reason=ra, dose="1 g twice daily")
    c.med(rx("8640", "prednisone"), "2026-05-20", "30 mg daily for 8 weeks then taper by 2.5 mg every 2 weeks; currently 15 mg daily",
          reason=ra)
    for d, das, q_, g in [("2026-05-20", 5.4, 0.78, 98), ("2026-08-19", 3.9, 0.61, 176), ("2026-11-18", 3.3, 0.52, 168)]:
        e = visit(c, d, "RA flare / follow-up")
        das28(c, d, das, e); eq5d(c, d, q_, e)
        c.lab("glu", d, g, e)
        c.vitals(d, 126 if d < "2026-06" else 142, 80 if d < "2026-06" else 90, wt=84.0 if d < "2026-06" else 91.5, enc=e)
    c.note("2026-11-18", "Rheumatology follow-up",
           "EN: 58F. RA flare in May treated with prednisone 30 mg plus triple therapy. Joint counts and DAS28 improving (5.4 -> 3.3). "
           "However she reports marked deterioration in quality of life since starting steroids: 7.5 kg weight gain, moon face, insomnia, "
           "mood swings, new hyperglycaemia, bruising. EQ-5D-5L index 0.78 -> 0.52. She says the treatment is worse than the disease. "
           "Continue taper.", pr=0)


def rh_qr(c):  # PATIENT_REPORTED_CONCERN positive: pre-visit questionnaire 'Yes' to second opinion
    psa = c.cond(icd("L40.50", "Arthropathic psoriasis, unspecified", ("33339001", "Psoriasis with arthropathy")), "2022-08-01")
    c.cond(icd("L40.0", "Psoriasis vulgaris"), "2015-01-01")
    c.medst(rx("1599788", "secukinumab"), "2024-02-01", reason=psa, dose="150 mg subcutaneous monthly")
    c.medst(rx("6851", "methotrexate"), "2022-09-01", status="stopped", end="2024-01-15", reason=psa, note="Stopped: transaminitis.")
    for d in ["2026-03-24", "2026-07-21", "2026-11-24"]:
        e = visit(c, d, "Psoriatic arthritis follow-up", pr=1)
        c.obs(local(c, "disease-activity", "DAPSA", "Disease Activity in Psoriatic Arthritis score"), d, cat="survey", val=12.5, unit=("{score}", "{score}"), enc=e)
        c.lab("crp", d, 4.0, e)
    r = c.labs("2026-11-20", None, alt=28, hb=13.0, cre=0.8)
    c.panel("2026-11-20", "Monitoring labs", r)
    c.qr("2026-11-23", "Pre-visit patient questionnaire", [
        yn("q1", "Do you feel your concerns were addressed at your last visit?", False),
        yn("q2", "Would you like a second opinion from another rheumatologist?", True),
        {"linkId": "q3", "text": "Anything else you want us to know?",
         "answer": [{"valueString": "My heel and back pain have not changed in two years and I feel I'm just told to wait. I'd like someone else to look at my case."}]},
    ])
    c.note("2026-11-24", "Rheumatology follow-up",
           "EN: 33F with PsA on secukinumab, DAPSA 12.5 (moderate, stable). Pre-visit questionnaire indicates she would like a second opinion; "
           "discussed and referral information provided.", pr=1, enc=e)


def rh_das(c):  # WORSENING positive: DAS28 3.2 -> 5.4 over 8 months on adalimumab + MTX
    ra = c.cond(RA, "2019-03-01")
    c.cond(icd("I10", "Essential (primary) hypertension"), "2018-01-01")
    c.medst(rx("6851", "methotrexate"), "2019-04-01", reason=ra, dose="20 mg weekly")
    c.medst(rx("327361", "adalimumab"), "2024-02-15", reason=ra, dose="40 mg subcutaneous every 2 weeks")
    c.medst(rx("4511", "folic acid"), "2019-04-01", dose="1 mg daily")
    c.medst(rx("29046", "lisinopril"), "2018-01-01", dose="10 mg daily")
    for d, das, crp, esr, h in [("2026-03-10", 3.2, 6, 18, 0.9), ("2026-06-09", 4.3, 14, 29, 1.4), ("2026-09-08", 4.9, 22, 36, 1.6),
                                ("2026-11-17", 5.4, 31, 44, 1.75)]:
        e = visit(c, d, "Rheumatoid arthritis follow-up")
        das28(c, d, das, e); haq(c, d, h, e)
        c.panel(d, "Inflammatory markers", [c.lab("crp", d, crp, e), c.lab("esr", d, esr, e)], e)
    c.obs(local(c, "adherence", "INJ-LOG", "Biologic injection adherence (pharmacy refill)"), "2026-11-17", cat="survey",
          vstr="100% refills on time Jan-Nov 2026")
    c.note("2026-11-17", "Rheumatology follow-up",
           "EN: 61M, seropositive RA. Despite adalimumab (since 02/2024, adherent per refill data) and methotrexate 20 mg weekly, disease "
           "activity has climbed steadily this year: DAS28-CRP 3.2 -> 4.3 -> 4.9 -> 5.4, HAQ-DI 0.9 -> 1.75, CRP 6 -> 31. "
           "10 swollen joints today. Continue current therapy; check adalimumab drug level.", pr=0)


def rh_cdai(c):  # WORSENING near miss: CDAI change below MCID
    ra = c.cond(RA, "2016-05-01")
    c.cond(icd("M81.0", "Age-related osteoporosis without current pathological fracture"), "2021-01-01")
    c.medst(rx("6851", "methotrexate"), "2016-06-01", reason=ra, dose="15 mg weekly")
    c.medst(rx("214555", "etanercept"), "2022-04-01", reason=ra, dose="50 mg subcutaneous weekly")
    c.medst(rx("46041", "alendronate"), "2021-01-01", dose="70 mg weekly")
    for d, v, h in [("2026-04-14", 13.5, 1.0), ("2026-07-14", 14.5, 1.1), ("2026-10-13", 15.0, 1.1)]:
        e = visit(c, d, "Rheumatoid arthritis follow-up", pr=1)
        cdai(c, d, v, e); haq(c, d, h, e)
        c.lab("crp", d, 6.5, e)
    r = c.labs("2026-10-13", None, alt=21, hb=12.6, wbc=5.9, cre=0.8)
    c.panel("2026-10-13", "Methotrexate monitoring", r)
    c.note("2026-10-13", "Rheumatology follow-up",
           "EN: 64F, RA on etanercept + MTX. CDAI 13.5 -> 15.0 over 6 months, HAQ-DI 1.0 -> 1.1: essentially stable moderate activity, "
           "change within measurement error. Discussed options; she prefers to continue current regimen.", pr=1)


def rh_gpa(c):  # RARE positive: granulomatosis with polyangiitis in maintenance
    gpa = c.cond(cc((ICD, "M31.31", "Wegener's granulomatosis with renal involvement"), (SCT, "195353004", "Wegener's granulomatosis"),
                    (ORPHA, "900", "Granulomatosis with polyangiitis"), text="Granulomatosis with polyangiitis (GPA), PR3-ANCA positive"),
                 "2025-02-11")
    c.cond(icd("N18.30", "Chronic kidney disease, stage 3 unspecified"), "2025-03-01")
    c.medst(rx("121191", "rituximab"), "2025-08-01", reason=gpa, dose="500 mg IV every 6 months (maintenance)")
    c.medst(rx("8640", "prednisone"), "2025-02-11", reason=gpa, dose="5 mg daily")
    c.medst(txt("Sulfamethoxazole-trimethoprim 800/160 mg tablet"), "2025-02-11", dose="800/160 mg three times weekly (PJP prophylaxis)")
    for d in ["2026-02-17", "2026-05-19", "2026-08-18", "2026-11-17"]:
        e = visit(c, d, "GPA maintenance follow-up")
        r = c.labs(d, e, cre=1.3, crp=3.0)
        c.obs(local(c, "disease-activity", "BVAS", "Birmingham Vasculitis Activity Score v3"), d, cat="survey", vint=0, enc=e)
    c.obs(local(c, "immunology", "PR3-ANCA", "PR3-ANCA (anti-proteinase 3)"), "2026-11-17", val=8.4, unit=("[IU]/mL", "[IU]/mL"), hi=2.0)
    c.proc(cpt("96365", "Intravenous infusion, for therapy, prophylaxis, or diagnosis; initial, up to 1 hour", text="Rituximab 500 mg maintenance infusion"), date="2026-08-18", reason=gpa, pr=2)
    c.note("2026-11-17", "Vasculitis clinic",
           "EN: 47M with PR3-ANCA GPA (sinonasal, lung nodules, pauci-immune GN) diagnosed 02/2025. Induction with rituximab and steroids; "
           "now in remission on rituximab maintenance. BVAS 0, creatinine stable 1.3. Next infusion 02/2027.", pr=0)


def rh_refuted(c):  # RARE near miss: GPA suspected then refuted
    c.cond(cc((ICD, "M31.30", "Wegener's granulomatosis without renal involvement"), (SCT, "195353004", "Wegener's granulomatosis"),
              text="Granulomatosis with polyangiitis - suspected"), "2026-06-02", status=None, ver="refuted", cat="encounter-diagnosis",
           note="Ruled out: ANCA negative, nasal biopsy without vasculitis or granulomas.")
    crs = c.cond(icd("J32.9", "Chronic sinusitis, unspecified", ("40055000", "Chronic sinusitis")), "2023-01-01")
    c.cond(icd("M15.0", "Primary generalized (osteo)arthritis"), "2020-01-01")
    c.medst(rx("108118", "mometasone"), "2023-01-01", reason=crs, dose="2 sprays each nostril daily")
    e1 = visit(c, "2026-06-02", "Referred: nasal crusting, arthralgia, query vasculitis", pr=1)
    r = [c.obs(local(c, "immunology", "PR3-ANCA", "PR3-ANCA (anti-proteinase 3)"), "2026-06-03", val=0.4, unit=("[IU]/mL", "[IU]/mL"), hi=2.0, enc=e1),
         c.obs(local(c, "immunology", "MPO-ANCA", "MPO-ANCA (anti-myeloperoxidase)"), "2026-06-03", val=0.2, unit=("[IU]/mL", "[IU]/mL"), hi=3.5, enc=e1)]
    r += c.labs("2026-06-03", e1, esr=16, crp=3.5, cre=0.8, hb=13.4)
    c.panel("2026-06-03", "Vasculitis screen", r, e1, concl="ANCA negative. No inflammatory response.")
    c.panel("2026-06-24", "Nasal septal biopsy", None, e1, cat="PAT", concl="Chronic inflammation. No vasculitis, no granulomas, no necrosis.")
    e2 = visit(c, "2026-07-14", "Results review", pr=1)
    c.obs(local(c, "urinalysis", "UA-BLD", "Urine blood, dipstick"), "2026-07-14", vstr="Negative", it="N", enc=e2)
    c.note("2026-07-14", "Rheumatology consult",
           "EN: 55F referred to exclude GPA. ANCA negative x2 (PR3, MPO), urinalysis bland, creatinine normal, septal biopsy chronic "
           "inflammation only, CT chest normal. GPA excluded. Symptoms consistent with chronic rhinosinusitis and hand OA. "
           "Back to ENT and PCP.", enc=e2, pr=1)


BUILDERS = [
    ("DIAGNOSIS_SYMPTOM_MISMATCH", "positive", rh_fibro, ("Albright", "Theresa", "female", "1980-09-14"), [],
     "Fibromyalgia label kept while proximal weakness appears with CK 2850-3400, raised ESR and ALT, which fibromyalgia cannot explain.",
     "Fibromyalgia label despite proximal weakness and CK 3400"),
    ("DIAGNOSIS_SYMPTOM_MISMATCH", "near-miss", rh_hashimoto, ("Fischer", "Nadia", "female", "1988-02-07"), [],
     "'Other fatigue' (R53.83) resolved after Hashimoto's hypothyroidism was diagnosed and treated; symptoms gone.",
     "Fatigue label replaced by Hashimoto's, symptoms resolved"),
    ("UNTREATABLE_PROGNOSIS", "positive", rh_ild, ("Marsh", "Dorothy", "female", "1957-04-03"), [],
     "Only a clinic note states there are no further treatment options for progressive RA-ILD and transplant was declined; no second opinion.",
     "RA-ILD: note says no further treatment options"),
    ("UNTREATABLE_PROGNOSIS", "near-miss", rh_jak, ("Petrov", "Alexei", "male", "1974-12-22"), [],
     "Note says RA has 'no cure' but is treatable with many options; switching biologic for intolerance, low disease activity.",
     "RA 'no cure' wording, but switching to JAK inhibitor"),
    ("HIGH_IMPACT_TREATMENT", "positive", rh_steroid, ("Cooper", "Janice", "female", "1968-07-30"), [],
     "After high-dose prednisone started, EQ-5D-5L index fell 0.78 -> 0.52 (MCID ~0.07) with steroid side effects, although DAS28 improved.",
     "EQ-5D falls 0.26 after high-dose steroids"),
    ("PATIENT_REPORTED_CONCERN", "positive", rh_qr, ("Ortega", "Bianca", "female", "1993-01-11"), [],
     "Pre-visit QuestionnaireResponse: 'Would you like a second opinion?' Yes; feels concerns not addressed.",
     "Questionnaire answer: Yes to second opinion"),
    ("WORSENING_DESPITE_TREATMENT", "positive", rh_das, ("Lindgren", "Paul", "male", "1965-10-05"), [],
     "DAS28-CRP 3.2 -> 5.4 over 252 days (4 values, MCID 1.2) and HAQ-DI +0.85 on adalimumab + MTX throughout.",
     "DAS28 3.2 to 5.4 over 8 months on adalimumab + MTX"),
    ("WORSENING_DESPITE_TREATMENT", "near-miss", rh_cdai, ("Baker", "Ruth", "female", "1962-05-19"), [],
     "CDAI 13.5 -> 15.0 and HAQ-DI +0.1 over 6 months on treatment, below the minimal important differences.",
     "CDAI +1.5 over 6 months, below MCID"),
    ("RARE_OR_COMPLEX_CONDITION", "positive", rh_gpa, ("Novak", "Tomas", "male", "1979-08-26"), [],
     "Active granulomatosis with polyangiitis (ORPHA:900) on rituximab maintenance.",
     "GPA in remission on rituximab maintenance"),
    ("RARE_OR_COMPLEX_CONDITION", "near-miss", rh_refuted, ("Quinn", "Margaret", "female", "1971-03-12"), [],
     "Suspected GPA refuted (ANCA negative, biopsy negative); only common conditions remain.",
     "GPA suspected then refuted"),
]
