"""Cases from the rheumatology and autoimmune disease centre (Northlake Center).

SNOMED CT problem list, LOINC labs where the code is well known and local codes for the rest, locally coded
disease-activity scores (DAS28-CRP, BASDAI, ASDAS, BVAS, HAQ-DI), capillaroscopy and serology, RxNorm medicines.
"""
from fhirkit import (Case, cc, coding, txt, sct, loinc, cpt, rx, comp, qi, ORGS)

P = "PERSISTENT_SYMPTOMS_NORMAL_WORKUP"
D = "DIAGNOSIS_SYMPTOM_MISMATCH"
M = "MAJOR_PROCEDURE_PLANNED"
U = "UNTREATABLE_PROGNOSIS"
H = "HIGH_IMPACT_TREATMENT"
C = "PATIENT_REPORTED_CONCERN"
W = "WORSENING_DESPITE_TREATMENT"
R = "RARE_OR_COMPLEX_CONDITION"

MEAS = ORGS["rh"]["local"]
LLAB = "https://fhir.northlake-rheum.example.org/CodeSystem/nlr-lab"
PROG = loinc("11506-3", "Progress note")
CONS = loinc("11488-4", "Consult note")


def score(code, name):
    return cc(coding(MEAS, code, name), text=name)


def llab(code, name):
    return cc(coding(LLAB, code, name), text=name)


def base(c, member, plan="PPO"):
    payer = c.organization("Great Lakes Mutual Health Plan", type_code="pay")
    c.coverage(payer, cc(coding("http://terminology.hl7.org/CodeSystem/v3-ActCode", plan), text=f"Commercial {plan}"),
               member, "2024-01-01")
    return payer


def das28(c, date, value, tjc, sjc, crp, ptga, enc=None):
    return c.obs(score("DAS28-CRP", "DAS28-CRP"), date, q=(value, "{score}", "{score}"), cat="survey", enc=enc,
                 comps=[comp(score("TJC28", "Tender joint count (28)"), i=tjc),
                        comp(score("SJC28", "Swollen joint count (28)"), i=sjc),
                        comp(loinc("1988-5", "C reactive protein [Mass/volume] in Serum or Plasma"),
                             q=(crp, "mg/L", "mg/L")),
                        comp(score("PTGA", "Patient global assessment (0-100 mm VAS)"), q=(ptga, "mm", "mm"))])


def haq(c, date, value, enc=None):
    return c.obs(score("HAQ-DI", "Health Assessment Questionnaire Disability Index"), date,
                 q=(value, "{score}", "{score}"), cat="survey", enc=enc)


def crp(c, date, v, enc=None):
    return c.lab(loinc("1988-5", "C reactive protein [Mass/volume] in Serum or Plasma"), date, v, "mg/L", "mg/L",
                 high=5.0, enc=enc)


def esr(c, date, v, enc=None, high=20):
    return c.lab(loinc("4537-7", "Erythrocyte sedimentation rate by Westergren method"), date, v, "mm/h", "mm/h",
                 low=0, high=high, enc=enc)


def mtx_monitoring(c, date, alt=22, creat=0.8, hgb=None, wbc=6.1, plt=260, enc=None, female=True):
    res = [c.lab(loinc("1742-6", "Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma"), date,
                 alt, "U/L", "U/L", low=7, high=35 if female else 45, enc=enc),
           c.lab(loinc("2160-0", "Creatinine [Mass/volume] in Serum or Plasma"), date, creat, "mg/dL", "mg/dL",
                 low=0.5, high=1.1 if female else 1.3, enc=enc)]
    if hgb is not None:
        res += [c.lab(loinc("718-7", "Hemoglobin [Mass/volume] in Blood"), date, hgb, "g/dL", "g/dL",
                      low=12.0 if female else 13.5, high=15.5 if female else 17.5, enc=enc),
                c.lab(loinc("6690-2", "Leukocytes [#/volume] in Blood by Automated count"), date, wbc, "10*3/uL",
                      "10*3/uL", low=4.0, high=10.5, enc=enc),
                c.lab(loinc("777-3", "Platelets [#/volume] in Blood by Automated count"), date, plt, "10*3/uL",
                      "10*3/uL", low=150, high=400, enc=enc)]
    return c.report(llab("DMARD-MON", "DMARD monitoring panel"), date, res)


# ------------------------------------------------------------------------------------------------ 1
def rh_ida_unfollowed(cid):
    c = Case(cid, "rh", P, "positive", [P],
             "New iron-deficiency anaemia (Hgb 9.6 g/dL, MCV 72 fL, ferritin 6 ng/mL) in July 2026 in a woman of 61 "
             "on naproxen, with no GI referral, endoscopy or other follow-up in the four months since (Murphy red-"
             "flag trigger).",
             "RA in low activity; iron-deficiency anaemia found on monitoring bloods in July, never followed up")
    c.patient(["Deborah", "Ann"], "Whitfield", "female", "1965-03-02", phone="+1-414-555-0187")
    base(c, "GLM448120931")
    rh = c.practitioner("Priya", "Raman", "Rheumatology", prefix="Dr.",
                        qual_code=cc(coding("http://terminology.hl7.org/CodeSystem/v2-0360", "MD", "Doctor of Medicine")))
    rn = c.practitioner("Kelly", "O'Brien", "Registered nurse")
    ra = c.condition(sct("69896004", "Rheumatoid arthritis"), onset="2014-06-01", recorder=rh,
                     note="Seropositive (RF and anti-CCP positive), erosive.")
    c.condition(sct("38341003", "Hypertensive disorder, systemic arterial"), onset="2016-01-01", recorder=rh)
    c.condition(sct("64859006", "Osteoporosis"), onset="2022-03-01", recorder=rh)
    c.med_statement(rx("6851", "methotrexate"), "2014-07-01", "15 mg by mouth once weekly", reason_ref=ra)
    c.med_statement(rx("4511", "folic acid"), "2014-07-01", "1 mg daily")
    c.med_statement(rx("5521", "hydroxychloroquine"), "2015-01-01", "200 mg twice daily", reason_ref=ra)
    c.med_statement(rx("7258", "naproxen"), "2019-05-01", "500 mg twice daily with food", reason_ref=ra)
    c.med_statement(rx("17767", "amlodipine"), "2016-01-01", "5 mg daily")
    for d, v, t, s, cr, pg in [("2026-01-14", 2.4, 1, 0, 3.1, 20), ("2026-07-22", 2.6, 2, 1, 4.0, 25),
                               ("2026-10-14", 2.5, 2, 0, 3.6, 25)]:
        e = c.encounter(d, "AMB", type_=txt("Established patient rheumatology visit"), pract=rh, diagnosis=[ra],
                        reason=[sct("69896004", "Rheumatoid arthritis")])
        das28(c, d, v, t, s, cr, pg, enc=e)
        c.vitals(d, sys=128, dia=78, hr=74, wt=67.0 if d < "2026-07" else 65.2, enc=e)
    mtx_monitoring(c, "2026-01-14", hgb=12.8)
    h = c.lab(loinc("718-7", "Hemoglobin [Mass/volume] in Blood"), "2026-07-22", 9.6, "g/dL", "g/dL", low=12.0,
              high=15.5)
    mcv = c.lab(loinc("787-2", "MCV [Entitic volume] by Automated count"), "2026-07-22", 72, "fL", "fL", low=80,
                high=100)
    fer = c.lab(loinc("2276-4", "Ferritin [Mass/volume] in Serum or Plasma"), "2026-07-22", 6, "ng/mL", "ng/mL",
                low=11, high=307)
    sat = c.lab(loinc("2502-3", "Iron saturation [Mass Fraction] in Serum or Plasma"), "2026-07-22", 6, "%", "%",
                low=15, high=50)
    c.report(llab("CBC-IRON", "CBC with iron studies"), "2026-07-22", [h, mcv, fer, sat],
             conclusion="Microcytic anaemia with low ferritin and transferrin saturation.")
    c.note("2026-07-24", "Lab results routed to provider inbox. Patient called with results of DMARD monitoring "
                         "labs; voicemail left.", PROG, title="Nurse telephone note", author=rn, time="15:10")
    mtx_monitoring(c, "2026-10-10", alt=24, creat=0.8)
    c.note("2026-10-14",
           "Rheumatology follow-up. RA doing well, DAS28-CRP 2.5 (low activity). Morning stiffness 15 min. "
           "Mild fatigue, attributes to poor sleep. Continue MTX 15 mg weekly, HCQ 200 mg bid, naproxen 500 mg bid. "
           "DEXA due 2027. Return in 3 months.", PROG, title="Rheumatology progress note", author=rh)
    c.immunization("150", "Influenza, injectable, quadrivalent, preservative free", "2026-10-14")
    c.immunization("187", "zoster vaccine recombinant", "2024-03-11")
    return c


# ------------------------------------------------------------------------------------------------ 2
def rh_ra_with_ssc_features(cid):
    c = Case(cid, "rh", D, "positive", [D],
             "Seronegative RA label kept while new Raynaud's, puffy fingers, sclerodactyly and dysphagia appeared "
             "with ANA 1:1280 nucleolar, anti-Scl-70 positive and an active scleroderma capillaroscopy pattern - "
             "findings the RA diagnosis cannot account for.",
             "Seronegative RA label; new Raynaud's, sclerodactyly, dysphagia, Scl-70 and scleroderma capillaroscopy")
    c.patient(["Monica"], "Reyes-Hall", "female", "1979-08-19", phone="+1-262-555-0144")
    base(c, "GLM301877265")
    rh = c.practitioner("Daniel", "Okafor", "Rheumatology", prefix="Dr.")
    fel = c.practitioner("Hannah", "Lindqvist", "Rheumatology fellow", prefix="Dr.")
    ra = c.condition(sct("239792003", "Seronegative rheumatoid arthritis"), onset="2024-05-08", recorder=rh)
    ray = c.condition(sct("266261006", "Raynaud's phenomenon"), onset="2025-11-01", recorder=fel,
                      note="Recorded as secondary to rheumatoid arthritis.")
    c.condition(sct("235595009", "Gastroesophageal reflux disease"), onset="2026-03-01", recorder=fel)
    c.med_statement(rx("6851", "methotrexate"), "2024-05-20", "20 mg subcutaneous once weekly", reason_ref=ra)
    c.med_statement(rx("4511", "folic acid"), "2024-05-20", "1 mg daily")
    c.med_statement(rx("7646", "omeprazole"), "2026-03-01", "20 mg twice daily")
    c.med_request(rx("7417", "nifedipine"), "2026-10-21", "30 mg extended release once daily", pract=rh,
                  reason_ref=ray)
    visits = [
        ("2025-11-12", "New white-blue colour change of fingers in cold. Joints quiet. Continue MTX."),
        ("2026-03-18", "Fingers swollen 'like sausages', heartburn and food sticking in lower chest. Started PPI. "
                       "Skin over fingers feels tight. Joint counts 1 tender, 0 swollen."),
        ("2026-07-15", "Skin thickening distal to MCPs bilaterally (modified Rodnan 6), two healed pitting scars "
                       "on finger pads, telangiectasia on palms. Dysphagia to solids. Ordered ANA/ENA and "
                       "nailfold capillaroscopy."),
    ]
    for d, t in visits:
        e = c.encounter(d, "AMB", type_=txt("Established patient rheumatology visit"), pract=fel, diagnosis=[ra],
                        reason=[sct("69896004", "Rheumatoid arthritis")])
        c.note(d, "Rheumatology fellow note. " + t, PROG, title="Progress note", author=fel, enc=e)
    ana = c.obs(loinc("5048-4", "Nuclear Ab [Titer] in Serum by Immunofluorescence"), "2026-09-02", s="1:1280",
                interp="H", note="Nucleolar and fine speckled pattern.")
    scl = c.obs(llab("SCL70", "Anti-Scl-70 (topoisomerase I) antibody"), "2026-09-02", c=sct("10828004", "Positive"),
                interp="POS")
    cen = c.obs(llab("CENP-B", "Anti-centromere B antibody"), "2026-09-02", c=sct("260385009", "Negative"),
                interp="NEG")
    rf = c.lab(loinc("11572-5", "Rheumatoid factor [Units/volume] in Serum or Plasma"), "2026-09-02", 6, "[IU]/mL",
               "[IU]/mL", high=14)
    ck = c.lab(loinc("2157-6", "Creatine kinase [Enzymatic activity/volume] in Serum or Plasma"), "2026-09-02",
               110, "U/L", "U/L", low=26, high=192)
    c.report(llab("CTD-PANEL", "Connective tissue disease serology panel"), "2026-09-02", [ana, scl, cen, rf, ck],
             category="IMM")
    c.report(llab("NFC", "Nailfold videocapillaroscopy"), "2026-09-16", category="OTH", performer=fel,
             conclusion="Scleroderma pattern, active phase: frequent giant capillaries, multiple microhaemorrhages, "
                        "moderate loss of capillary density (5/mm).")
    e = c.encounter("2026-10-21", "AMB", type_=txt("Established patient rheumatology visit"), pract=rh,
                    diagnosis=[ra, ray], reason=[sct("69896004", "Rheumatoid arthritis")])
    das28(c, "2026-10-21", 2.9, 2, 0, 4.2, 55, enc=e)
    c.vitals("2026-10-21", sys=124, dia=80, hr=82, wt=58.0, enc=e)
    c.note("2026-10-21",
           "Attending rheumatology note. Seronegative RA, joint counts low (TJC 2, SJC 0), DAS28-CRP 2.9. "
           "Serology and capillaroscopy noted. Raynaud's worse this fall - start nifedipine ER 30 mg. Continue "
           "MTX 20 mg weekly. Weight down 3 kg, dysphagia persists - continue omeprazole. RTC 6 months.", PROG,
           title="Progress note", author=rh, enc=e)
    return c


# ------------------------------------------------------------------------------------------------ 3
def rh_knee_injection(cid):
    c = Case(cid, "rh", M, "near-miss", [],
             "The only planned procedure is an ultrasound-guided knee aspiration and corticosteroid injection, a minor "
             "office procedure, not major or invasive surgery.",
             "Psoriatic arthritis with a knee effusion; ultrasound-guided aspiration/injection booked")
    c.patient(["Gregory"], "Paulsen", "male", "1968-01-27")
    base(c, "GLM772019384")
    rh = c.practitioner("Priya", "Raman", "Rheumatology", prefix="Dr.")
    psa = c.condition(sct("33339001", "Psoriasis with arthropathy"), onset="2017-04-01", recorder=rh)
    c.condition(sct("9014002", "Psoriasis"), onset="2005-01-01", recorder=rh)
    c.condition(sct("55822004", "Hyperlipidemia"), onset="2015-01-01", recorder=rh)
    c.med_statement(rx("214555", "etanercept"), "2021-02-01", "50 mg subcutaneous weekly", reason_ref=psa)
    c.med_statement(rx("83367", "atorvastatin"), "2015-01-01", "20 mg nightly")
    e1 = c.encounter("2026-09-09", "AMB", type_=txt("Established patient rheumatology visit"), pract=rh,
                     diagnosis=[psa], reason=[txt("Psoriatic arthritis follow-up")])
    c.obs(score("DAPSA", "Disease Activity in Psoriatic Arthritis score"), "2026-09-09", q=(6.5, "{score}", "{score}"),
          cat="survey", enc=e1)
    e2 = c.encounter("2026-11-18", "AMB", type_=txt("Urgent rheumatology visit"), pract=rh, diagnosis=[psa],
                     reason=[txt("Right knee swelling for 3 weeks")])
    c.vitals("2026-11-18", sys=132, dia=82, hr=70, temp=36.8, enc=e2)
    crp(c, "2026-11-18", 7.8, enc=e2)
    c.report(llab("MSK-US", "Musculoskeletal ultrasound"), "2026-11-18", category="US", performer=rh, enc=e2,
             conclusion="Right knee: moderate suprapatellar effusion with synovial thickening, power Doppler grade 1. "
                        "No Baker cyst.")
    sr = c.service_request(cpt("20611", "Arthrocentesis, aspiration and/or injection, major joint or bursa; with "
                                        "ultrasound guidance, with permanent recording and reporting",
                               text="US-guided right knee aspiration and triamcinolone injection"),
                           "2026-11-18", status="active", intent="order", occurrence="2026-12-08", reason_ref=psa,
                           requester=rh, performer=rh, enc=e2,
                           note="Office procedure; send fluid for cell count and crystals.")
    c.appointment("2026-12-08", 30, "Procedure visit - knee injection", [rh], based_on=sr, time="14:00",
                  created="2026-11-18")
    c.note("2026-11-18",
           "PsA otherwise well controlled on etanercept (DAPSA 6.5 in September). Oligoarticular flare, right knee "
           "effusion on ultrasound. Plan: office US-guided aspiration and 40 mg triamcinolone acetonide injection "
           "on 12/8; synovial fluid analysis. Skin clear.", PROG, title="Progress note", author=rh, enc=e2)
    c.immunization("150", "Influenza, injectable, quadrivalent, preservative free", "2026-10-02")
    c.immunization("33", "pneumococcal polysaccharide vaccine, 23 valent", "2023-05-04")
    return c


# ------------------------------------------------------------------------------------------------ 4
def rh_new_ra_mtx(cid):
    c = Case(cid, "rh", H, "near-miss", [],
             "Early RA started on low-dose weekly methotrexate with folic acid and a short prednisone bridge; this "
             "is standard DMARD therapy rather than chemotherapy, and function (HAQ-DI) and DAS28 are improving.",
             "New seropositive RA; weekly methotrexate started August 2026, improving")
    c.patient(["Karen", "Louise"], "Mbeki-Larson", "female", "1974-11-09")
    base(c, "GLM550128764")
    rh = c.practitioner("Daniel", "Okafor", "Rheumatology", prefix="Dr.")
    ra = c.condition(sct("69896004", "Rheumatoid arthritis"), onset="2026-07-29", recorder=rh,
                     note="Seropositive, non-erosive at diagnosis.")
    c.condition(sct("40930008", "Hypothyroidism"), onset="2012-01-01", recorder=rh)
    c.lab(loinc("11572-5", "Rheumatoid factor [Units/volume] in Serum or Plasma"), "2026-07-29", 88, "[IU]/mL",
          "[IU]/mL", high=14)
    c.lab(loinc("32218-0", "Cyclic citrullinated peptide Ab [Units/volume] in Serum"), "2026-07-29", 146, "U/mL",
          "U/mL", high=20)
    c.obs(llab("HBV-SCR", "Hepatitis B surface antigen and core antibody"), "2026-07-29", s="Both non-reactive",
          interp="N")
    c.obs(llab("IGRA", "Interferon-gamma release assay for tuberculosis"), "2026-07-29", c=sct("260385009", "Negative"),
          interp="NEG")
    for d, v, t, s, cr, pg, hq in [("2026-07-29", 5.4, 9, 6, 24.0, 70, 1.375), ("2026-09-30", 3.9, 4, 2, 9.0, 45, 0.875),
                                   ("2026-11-18", 3.1, 2, 1, 4.1, 30, 0.625)]:
        e = c.encounter(d, "AMB", type_=txt("Rheumatology visit"), pract=rh, diagnosis=[ra],
                        reason=[sct("69896004", "Rheumatoid arthritis")])
        das28(c, d, v, t, s, cr, pg, enc=e)
        haq(c, d, hq, enc=e)
    mtx_monitoring(c, "2026-09-26", hgb=12.9)
    mtx_monitoring(c, "2026-11-14", alt=28, hgb=13.1)
    c.med_request(rx("6851", "methotrexate"), "2026-08-12", "15 mg by mouth once weekly, increase to 20 mg after "
                                                             "4 weeks", pract=rh, reason_ref=ra)
    c.med_request(rx("4511", "folic acid"), "2026-08-12", "1 mg daily except methotrexate day", pract=rh)
    c.med_request(rx("8640", "prednisone"), "2026-08-12", "10 mg daily, taper by 2.5 mg every 2 weeks to stop",
                  status="completed", pract=rh)
    c.med_statement(rx("10582", "levothyroxine"), "2012-01-01", "75 mcg daily")
    c.note("2026-11-18",
           "RA follow-up, 14 weeks on methotrexate (now 20 mg weekly) - tolerating well, mild nausea day after dose. "
           "Prednisone tapered off. DAS28-CRP 5.4 -> 3.1, HAQ-DI 1.375 -> 0.625. Back to full-time work. "
           "Continue; target remission.", PROG, title="Progress note", author=rh)
    return c


# ------------------------------------------------------------------------------------------------ 5
def rh_gout_patient_flag(cid):
    c = Case(cid, "rh", C, "positive", [C],
             "The patient entered a portal alert (Flag authored by the patient) asking for a second opinion on his "
             "gout care, saying his repeated flares are being dismissed.",
             "Recurrent gout flares on allopurinol; patient-authored flag requests a second opinion")
    c.patient(["Darnell"], "Brooks", "male", "1977-04-16", phone="+1-414-555-0112")
    base(c, "GLM390055612", plan="HMO")
    rh = c.practitioner("Priya", "Raman", "Rheumatology", prefix="Dr.")
    gout = c.condition(sct("90560007", "Gout"), onset="2023-09-01", recorder=rh)
    c.condition(sct("38341003", "Hypertensive disorder, systemic arterial"), onset="2018-01-01", recorder=rh)
    c.condition(sct("414916001", "Obesity"), onset="2015-01-01", recorder=rh)
    c.med_statement(rx("519", "allopurinol"), "2025-03-10", "300 mg daily", reason_ref=gout)
    c.med_statement(rx("2683", "colchicine"), "2025-03-10", "0.6 mg daily prophylaxis", reason_ref=gout)
    c.med_statement(rx("29046", "lisinopril"), "2018-01-01", "20 mg daily")
    for d, ua in [("2026-02-11", 7.9), ("2026-06-10", 7.6), ("2026-10-07", 7.4)]:
        e = c.encounter(d, "AMB", type_=txt("Rheumatology visit"), pract=rh, diagnosis=[gout],
                        reason=[sct("90560007", "Gout")])
        c.lab(loinc("3084-1", "Urate [Mass/volume] in Serum or Plasma"), d, ua, "mg/dL", "mg/dL", low=3.5, high=7.2,
              enc=e)
        c.vitals(d, sys=138, dia=88, wt=112.0, enc=e)
    c.lab(loinc("2160-0", "Creatinine [Mass/volume] in Serum or Plasma"), "2026-10-07", 1.1, "mg/dL", "mg/dL",
          low=0.7, high=1.3)
    c.note("2026-10-07",
           "Gout follow-up. Fourth flare this year (left first MTP, 9/20), treated at urgent care with prednisone. "
           "Urate 7.4. Patient frustrated. Discussed diet, weight, alcohol. Continue allopurinol 300 mg and "
           "colchicine prophylaxis. RTC 4 months.", PROG, title="Progress note", author=rh)
    c.flag(cc(coding(MEAS, "PT-2ND-OPINION", "Patient request: second opinion"),
              text="I am asking for a second opinion about my gout. I have had four attacks this year on the same "
                   "dose and I feel my concerns are being brushed off."),
           "2026-10-12", author=c.pt, category="admin")
    c.immunization("150", "Influenza, injectable, quadrivalent, preservative free", "2026-10-07")
    return c


# ------------------------------------------------------------------------------------------------ 6
def rh_psa_opinion_done(cid):
    c = Case(cid, "rh", C, "near-miss", [],
             "Her May 2026 portal request for a second opinion was acted on: an outside academic rheumatologist saw "
             "her in August 2026 and the recommended switch was made, so a second opinion for this problem is "
             "already on record.",
             "Psoriatic arthritis; patient asked for a second opinion in May, outside consult done in August")
    c.patient(["Rachel"], "Whitaker-Nunez", "female", "1982-12-30", phone="+1-414-555-0170")
    base(c, "GLM612340987")
    univ = c.organization("Lakeview University Medical Center - Division of Rheumatology", type_code="prov",
                          city="Chicago")
    rh = c.practitioner("Daniel", "Okafor", "Rheumatology", prefix="Dr.")
    ext = c.practitioner("Miriam", "Feldstein", "Rheumatology (Lakeview University Medical Center)", prefix="Dr.")
    psa = c.condition(sct("33339001", "Psoriasis with arthropathy"), onset="2019-06-01", recorder=rh)
    c.condition(sct("9014002", "Psoriasis"), onset="2010-01-01", recorder=rh)
    c.med_statement(rx("327361", "adalimumab"), "2020-01-15", "40 mg subcutaneous every 2 weeks", status="stopped",
                    end="2026-09-01", reason_ref=psa, status_reason=txt("Secondary loss of response"))
    c.med_statement(rx("847083", "ustekinumab"), "2026-09-08", "45 mg subcutaneous at weeks 0 and 4 then every 12 "
                                                                 "weeks", reason_ref=psa)
    c.communication("2026-05-14", c.pt, [rh],
                    "Dr. Okafor, my joints and skin have been getting worse on Humira for months. I would like a "
                    "second opinion from another rheumatologist before we decide what to do next. Can you refer me?",
                    category=txt("Patient portal message"))
    c.service_request(txt("Referral for second opinion - rheumatology"), "2026-05-20", status="completed",
                      intent="order", reason_ref=psa, requester=rh, performer=ext)
    e = c.encounter("2026-08-20", "AMB", type_=txt("Second opinion consultation"), pract=ext, org=univ,
                    diagnosis=[psa], reason=[txt("Second opinion: psoriatic arthritis with loss of response")])
    c.note("2026-08-20",
           "Outside consultation (second opinion). 43-year-old with PsA and plaque psoriasis, secondary loss of "
           "response to adalimumab after 6 years. Polyarticular, DAPSA 19, BSA 6%. Agree with switching mechanism; "
           "recommend ustekinumab. No evidence of alternative diagnosis. Happy to see again if inadequate "
           "response.", CONS, title="Second opinion consultation letter", author=ext, enc=e, custodian=univ)
    for d, v in [("2026-04-22", 19.5), ("2026-11-11", 9.0)]:
        e2 = c.encounter(d, "AMB", type_=txt("Rheumatology visit"), pract=rh, diagnosis=[psa],
                         reason=[txt("Psoriatic arthritis follow-up")])
        c.obs(score("DAPSA", "Disease Activity in Psoriatic Arthritis score"), d, q=(v, "{score}", "{score}"),
              cat="survey", enc=e2)
        crp(c, d, 11.0 if d < "2026-06" else 4.2, enc=e2)
    c.note("2026-11-11", "PsA follow-up after second opinion and switch to ustekinumab (9/8). DAPSA 19.5 -> 9.0. "
                         "Patient pleased. Continue.", PROG, title="Progress note", author=rh)
    return c


# ------------------------------------------------------------------------------------------------ 7
def rh_das28_rising(cid):
    c = Case(cid, "rh", W, "positive", [W],
             "DAS28-CRP rose 3.4 -> 4.3 -> 4.8 -> 5.1 over eight months (March-November 2026) on adalimumab plus "
             "methotrexate taken throughout, a rise above the 1.2 minimal important change.",
             "Seropositive RA; DAS28-CRP climbing for 8 months on adalimumab + methotrexate")
    c.patient(["Susan", "Marie"], "Calloway", "female", "1970-06-25")
    base(c, "GLM205583311")
    rh = c.practitioner("Priya", "Raman", "Rheumatology", prefix="Dr.")
    ra = c.condition(sct("69896004", "Rheumatoid arthritis"), onset="2019-10-01", recorder=rh,
                     note="Seropositive, erosive.")
    c.condition(sct("55822004", "Hyperlipidemia"), onset="2018-01-01", recorder=rh)
    c.med_statement(rx("6851", "methotrexate"), "2019-11-01", "20 mg subcutaneous once weekly", reason_ref=ra)
    c.med_statement(rx("327361", "adalimumab"), "2024-02-05", "40 mg subcutaneous every 2 weeks", reason_ref=ra,
                    note="Specialty pharmacy fills on time; adherence confirmed.")
    c.med_statement(rx("4511", "folic acid"), "2019-11-01", "1 mg daily")
    series = [("2026-03-11", 3.4, 4, 2, 6.0, 40, 0.875), ("2026-06-17", 4.3, 7, 4, 14.0, 55, 1.125),
              ("2026-09-16", 4.8, 9, 5, 19.0, 62, 1.375), ("2026-11-18", 5.1, 10, 6, 22.0, 70, 1.5)]
    for d, v, t, s, cr, pg, hq in series:
        e = c.encounter(d, "AMB", type_=txt("Established patient rheumatology visit"), pract=rh, diagnosis=[ra],
                        reason=[sct("69896004", "Rheumatoid arthritis")])
        das28(c, d, v, t, s, cr, pg, enc=e)
        haq(c, d, hq, enc=e)
    mtx_monitoring(c, "2026-09-12", hgb=12.2)
    c.note("2026-11-18",
           "RA follow-up. Worsening synovitis of MCPs, PIPs and wrists despite adalimumab every 2 weeks and "
           "methotrexate 20 mg weekly, both taken consistently since 2024 (pharmacy fills verified). DAS28-CRP "
           "3.4 (March) -> 5.1 today. HAQ-DI 0.875 -> 1.5. Hand X-rays: new erosion right MCP2. Will discuss "
           "change of mechanism at next visit.", PROG, title="Progress note", author=rh)
    c.immunization("187", "zoster vaccine recombinant", "2024-01-10")
    return c


# ------------------------------------------------------------------------------------------------ 8
def rh_basdai_small_change(cid):
    c = Case(cid, "rh", W, "near-miss", [],
             "BASDAI went 4.1 -> 4.6 -> 4.9 and ASDAS-CRP 2.3 -> 2.6 over eight months on secukinumab; both changes "
             "stay below their minimal clinically important differences (about 1 point or 22% for BASDAI, 1.1 for "
             "ASDAS).",
             "Ankylosing spondylitis on secukinumab; BASDAI/ASDAS drift up slightly, below important change")
    c.patient(["Jason"], "Tran", "male", "1988-02-04")
    base(c, "GLM871209455")
    rh = c.practitioner("Daniel", "Okafor", "Rheumatology", prefix="Dr.")
    pt = c.practitioner("Laura", "Bishop", "Physical therapist", prefix="PT")
    asp = c.condition(sct("9631008", "Ankylosing spondylitis"), onset="2016-05-01", recorder=rh,
                      note="HLA-B27 positive, bilateral sacroiliitis grade 3.")
    c.med_statement(rx("1599788", "secukinumab"), "2025-01-13", "150 mg subcutaneous monthly", reason_ref=asp)
    c.med_statement(rx("140587", "celecoxib"), "2024-01-01", "200 mg as needed", reason_ref=asp)
    for d, b, a, cr in [("2026-03-04", 4.1, 2.3, 4.0), ("2026-07-01", 4.6, 2.5, 4.8), ("2026-11-04", 4.9, 2.6, 5.1)]:
        e = c.encounter(d, "AMB", type_=txt("Rheumatology visit"), pract=rh, diagnosis=[asp],
                        reason=[sct("9631008", "Ankylosing spondylitis")])
        c.obs(score("BASDAI", "Bath Ankylosing Spondylitis Disease Activity Index"), d, q=(b, "{score}", "{score}"),
              cat="survey", enc=e)
        c.obs(score("ASDAS-CRP", "Ankylosing Spondylitis Disease Activity Score (CRP)"), d,
              q=(a, "{score}", "{score}"), cat="survey", enc=e)
        crp(c, d, cr, enc=e)
    c.care_plan("Home exercise and physical therapy programme", "active", "plan",
                sct("91251008", "Physical therapy procedure"), "2026-03-10", author=pt, addresses=[asp],
                activities=[(txt("Spinal mobility and posture exercises daily"), "in-progress", None)])
    c.note("2026-11-04",
           "AS follow-up on secukinumab 150 mg monthly. Slight increase in morning stiffness with colder weather. "
           "BASDAI 4.1 -> 4.9 and ASDAS-CRP 2.3 -> 2.6 since March: small change, below the clinically important "
           "threshold. No uveitis, no IBD symptoms. Continue current dose, reinforce exercise; reassess in 4 "
           "months.", PROG, title="Progress note", author=rh)
    c.immunization("150", "Influenza, injectable, quadrivalent, preservative free", "2026-10-15")
    return c


# ------------------------------------------------------------------------------------------------ 9
def rh_gpa(cid):
    c = Case(cid, "rh", R, "positive", [R],
             "Active granulomatosis with polyangiitis (PR3-ANCA), a rare disease, on rituximab maintenance with "
             "renal and sinus involvement.",
             "PR3-ANCA granulomatosis with polyangiitis on rituximab maintenance")
    c.patient(["Harold"], "Jensen", "male", "1963-10-12")
    base(c, "GLM118245076")
    rh = c.practitioner("Priya", "Raman", "Rheumatology / vasculitis clinic", prefix="Dr.")
    inf = c.practitioner("Tom", "Alvarez", "Infusion nurse", prefix="RN")
    gpa = c.condition(sct("195353004", "Granulomatosis with polyangiitis"), onset="2024-11-04", recorder=rh,
                      note="PR3-ANCA positive; pauci-immune crescentic glomerulonephritis and destructive sinusitis "
                           "at presentation. Ongoing maintenance therapy; persistent nasal crusting.")
    ckd = c.condition(sct("433144002", "Chronic kidney disease stage 3"), onset="2025-02-01", recorder=rh)
    c.condition(sct("38341003", "Hypertensive disorder, systemic arterial"), onset="2025-01-01", recorder=rh)
    c.lab(llab("PR3-ANCA", "Proteinase 3 antibody (PR3-ANCA)"), "2026-10-01", 12, "U/mL", "U/mL", high=3.5)
    c.lab(loinc("2160-0", "Creatinine [Mass/volume] in Serum or Plasma"), "2026-10-01", 1.6, "mg/dL", "mg/dL",
          low=0.7, high=1.3)
    c.obs(llab("UA-RBC", "Urine red blood cells per high power field"), "2026-10-01", s="0-2 /HPF", interp="N")
    for d, bv in [("2026-04-08", 1), ("2026-10-06", 1)]:
        e = c.encounter(d, "AMB", type_=txt("Vasculitis clinic visit and rituximab infusion"), pract=rh,
                        diagnosis=[gpa, ckd], reason=[sct("195353004", "Granulomatosis with polyangiitis")],
                        time="08:30", end_time="13:30")
        c.obs(score("BVAS3", "Birmingham Vasculitis Activity Score v3"), d, i=bv, cat="survey", enc=e,
              note="Persistent nasal crusting only.")
        c.med_admin(rx("121191", "rituximab"), d, dose=(500, "mg", "mg"), route=txt("Intravenous"), reason_ref=gpa,
                    enc=e, performer=inf)
        c.vitals(d, sys=134, dia=82, hr=68, enc=e)
    c.med_statement(cc(coding("http://www.nlm.nih.gov/research/umls/rxnorm", "10180", "sulfamethoxazole"),
                       text="sulfamethoxazole-trimethoprim 400/80 mg"), "2024-11-10", "1 tablet daily (PJP prophylaxis)")
    c.med_statement(rx("8640", "prednisone"), "2024-11-10", "5 mg daily", reason_ref=gpa)
    c.med_statement(rx("29046", "lisinopril"), "2025-01-01", "10 mg daily")
    c.note("2026-10-06",
           "Vasculitis clinic. GPA (PR3+) diagnosed 11/2024 with RPGN and sinus disease, induced with rituximab "
           "and steroids. Maintenance rituximab 500 mg every 6 months, dose today. BVAS 1 (nasal crusting). "
           "Creatinine stable 1.6. PR3 titer 12. Continue prednisone 5 mg and PJP prophylaxis. ENT follow-up.",
           PROG, title="Vasculitis clinic note", author=rh)
    return c


# ------------------------------------------------------------------------------------------------ 10
def rh_primary_raynaud(cid):
    c = Case(cid, "rh", R, "near-miss", [],
             "Evaluation for Raynaud's showed a normal capillaroscopy and negative ANA, so this is primary Raynaud's "
             "phenomenon - common and benign, not a rare connective tissue disease.",
             "Young woman with Raynaud's; normal capillaroscopy and serology - primary Raynaud's")
    c.patient(["Emily"], "Sørensen", "female", "2000-01-18")
    base(c, "GLM930017346")
    rh = c.practitioner("Daniel", "Okafor", "Rheumatology", prefix="Dr.")
    e = c.encounter("2026-10-28", "AMB", type_=txt("New patient rheumatology consultation"), pract=rh,
                    reason=[sct("266261006", "Raynaud's phenomenon")])
    ana = c.obs(loinc("5048-4", "Nuclear Ab [Titer] in Serum by Immunofluorescence"), "2026-10-20", s="<1:40",
                interp="N")
    ena = c.obs(llab("ENA-PANEL", "Extractable nuclear antigen antibody panel"), "2026-10-20",
                c=sct("260385009", "Negative"), interp="NEG")
    c.report(llab("CTD-PANEL", "Connective tissue disease serology panel"), "2026-10-20", [ana, ena],
             category="IMM", conclusion="ANA and ENA negative.")
    cbc = c.lab(loinc("718-7", "Hemoglobin [Mass/volume] in Blood"), "2026-10-20", 13.4, "g/dL", "g/dL", low=12.0,
                high=15.5)
    esr(c, "2026-10-20", 8)
    nfc = c.report(llab("NFC", "Nailfold videocapillaroscopy"), "2026-10-28", category="OTH", performer=rh, enc=e,
                   conclusion="Normal capillaroscopic pattern: hairpin capillaries, density 9/mm, no giant "
                              "capillaries, no haemorrhages.")
    ray = c.condition(sct("195295006", "Raynaud's disease"), onset="2019-12-01", recorder=rh, recorded="2026-10-28",
                      note="Primary Raynaud's phenomenon.")
    c.note("2026-10-28",
           "New patient consultation. 26-year-old with cold-induced triphasic colour change of fingers since "
           "teenage years, symmetric, no ulcers, no pitting, no skin thickening, no dysphagia, no arthritis, no "
           "rash. Mother has the same. Exam normal. Capillaroscopy normal, ANA <1:40, ENA negative. Impression: "
           "primary Raynaud's phenomenon. Reassured; keep warm, gloves, avoid nicotine. Nifedipine as needed in "
           "winter. No routine follow-up needed; return if ulcers or new symptoms.", CONS,
           title="Rheumatology consultation", author=rh, enc=e)
    c.med_request(rx("7417", "nifedipine"), "2026-10-28", "10 mg by mouth as needed before cold exposure",
                  pract=rh, reason_ref=ray)
    c.vitals("2026-10-28", sys=108, dia=68, hr=72, wt=57.0, ht=166, enc=e)
    c.allergy(sct("764146007", "Penicillin", text="Penicillin"), "2015-06-01", reaction=txt("Hives"))
    return c


CASES = [rh_ida_unfollowed, rh_ra_with_ssc_features, rh_knee_injection, rh_new_ra_mtx, rh_gout_patient_flag,
         rh_psa_opinion_done, rh_das28_rising, rh_basdai_small_change, rh_gpa, rh_primary_raynaud]
