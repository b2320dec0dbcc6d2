"""Northbank Rheumatology & Infusion Center: 10 cases."""
from common import (setup, visit, note, med, rxo, vit, lab, panel, score, CBC, BMP, CMP, imaging_cat, nkda,
                    drug_allergy)
from fhirkit import (cc, coding, sct, icd, lnc, cpt, hcpcs, qty, text_cc, dt, qitem, YES, NO, RXNORM, add_days)
from orgs import rh_measure, RH_SYS, RH_QUESTIONNAIRE

IV = cc(sct("47625008", "Intravenous route"))
SC = cc(sct("34206005", "Subcutaneous route"))

DAS28 = rh_measure("DAS28CRP", "DAS28-CRP")
CDAI = rh_measure("CDAI", "Clinical Disease Activity Index (CDAI)")
HAQ = rh_measure("HAQDI", "HAQ-DI (Health Assessment Questionnaire Disability Index)")
RAPID3 = rh_measure("RAPID3", "RAPID3 (0-30)")
DAPSA = rh_measure("DAPSA", "DAPSA (Disease Activity in Psoriatic Arthritis)")
EQ5D = rh_measure("EQ5D5L-IDX", "EQ-5D-5L index value (US value set)")
EQVAS = rh_measure("EQ5D-VAS", "EQ VAS (0-100)")


def _dx(c, local, icd_code, icd_disp, text=None, sct_code=None, sct_disp=None, **kw):
    cods = [icd(icd_code, icd_disp)]
    if sct_code:
        cods.append(sct(sct_code, sct_disp))
    return c.condition(local, cc(*cods, text=text or icd_disp), **kw)


def intake(c, local, date, enc, *, pain, glob, fatigue, stiff, so=NO, heard=YES, comment=None, new_sx="None"):
    items = [
        qitem("stiff", "How long does your morning stiffness last (minutes)?", stiff),
        qitem("pain", "Pain over the past week (0 = none, 10 = worst)", float(pain)),
        qitem("global", "Considering all the ways your illness affects you, how are you doing? (0-10)", float(glob)),
        qitem("fatigue", "Fatigue over the past week (0-10)", float(fatigue)),
        qitem("newsx", "Any new symptoms since your last visit?", new_sx),
        qitem("heard", "At your last visit, did you feel your concerns were listened to?", heard),
        qitem("so", "Would you like us to arrange a second opinion about your diagnosis or treatment plan?", so),
    ]
    if comment:
        items.append(qitem("comment", "Anything else you want your rheumatologist to know today?", comment))
    return c.qr(local, RH_QUESTIONNAIRE, dt(date, "08:50"), items, author=c.pt, source=c.pt, encounter=enc)


def measure(c, local, date, code_cc, value, enc, prac):
    return score(c, local, date, code_cc, value, enc=enc, performer=prac, category="exam" if code_cc in (DAS28, CDAI, DAPSA) else "survey")


def infuse(c, local, date, rxcode, name, jcode, jdisp, dose, enc, nurse, req, reason, minutes=120, start="10:00"):
    end_h = int(start[:2]) + minutes // 60
    end = f"{end_h:02d}:{start[3:5]}"
    return c.med_admin(local, cc(coding(RXNORM, rxcode, name), hcpcs(jcode, jdisp), text=name), dt(date, start),
                       end=dt(date, end), dose=dose, route=IV, encounter=enc, performer=nurse, request=req, reason=[reason])


def ida_not_followed(cid):
    c, P = setup(cid, "rheum", given="Dennis W", family="Kowalczyk", gender="male", birth="1962-03-09",
                 addr=("2241 Northwest Blvd", "Columbus", "43221"), phone="614-555-0139", mrn="NRB-058813",
                 pracs=[("rh", "Meredith", "Castellano", "MD, Rheumatology", "1730928104", "female"),
                        ("rn", "Kristen", "Abernathy", "RN, Rheumatology", "1245501937", "female")],
                 payer_name="Anthem Blue Cross and Blue Shield Ohio", plan=("ANT-OH-PPO", "Anthem Blue Access PPO"),
                 member="ZGH402218837")
    nkda(c, "2025-05-01")
    ra = _dx(c, "pl-ra", "M05.79", "Rheumatoid arthritis with rheumatoid factor of multiple sites without organ or systems involvement",
             text="Seropositive rheumatoid arthritis", sct_code="69896004", sct_disp="Rheumatoid arthritis",
             onset="2017", recorded=dt("2017-06-20"))
    htn = _dx(c, "pl-htn", "I10", "Essential (primary) hypertension", onset="2014", recorded=dt("2017-06-20"))
    mtx = rxo(c, "mr-mtx", med(c, "6851", "methotrexate 2.5 mg tablet"), "2025-05-06", P["rh"],
              "20 mg (8 tablets) by mouth once weekly on Fridays", reason_ref=[ra])
    rxo(c, "mr-fa", med(c, "4511", "folic acid 1 mg tablet"), "2025-05-06", P["rh"], "1 mg by mouth daily", reason_ref=[ra])
    rxo(c, "mr-nap", med(c, "7258", "naproxen 500 mg tablet"), "2025-05-06", P["rh"], "500 mg by mouth twice daily with food",
        reason_ref=[ra])
    c.med_statement("ms-lis", med(c, "29046", "lisinopril 10 mg tablet"), start="2014-01-01", dosage_text="10 mg daily",
                    source=c.pt)
    for d, das, hgb, mcv in (("2026-05-19", 2.5, 14.2, 88), ("2026-08-18", 2.4, 10.8, 77), ("2026-11-17", 2.6, 10.3, 75)):
        k = d[5:7]
        e = visit(c, f"enc-{k}", d, "followup", reason="RA follow-up, methotrexate monitoring", prac=P["rh"], diag=[ra])
        vit(c, f"v{k}", d, e, bp=(132, 80), hr=74, wt={"05": 84.6, "08": 83.1, "11": 81.9}[k])
        intake(c, f"qr{k}", d, e, pain=2, glob=2, fatigue=5 if k != "05" else 3, stiff=15)
        measure(c, f"das{k}", d, DAS28, das, e, P["rh"])
        panel(c, f"cbc{k}", dt(d, "08:30"), CBC, [("hgb", hgb, 13.5, 17.5), ("wbc", 6.1), ("plt", 298 if k == "05" else 431),
                                                  ("mcv", mcv)], enc=e)
        lab(c, f"alt{k}", dt(d, "08:30"), "alt", 24, enc=e)
        lab(c, f"cr{k}", dt(d, "08:30"), "cr", 0.98, enc=e)
        if k == "08":
            lab(c, "fer08", dt(d, "08:30"), "ferritin", 11, enc=e)
            lab(c, "iron08", dt(d, "08:30"), "iron", 28, enc=e)
            lab(c, "tsat08", dt(d, "08:30"), "tsat", 7, enc=e)
    lab(c, "crp11", dt("2026-11-17", "08:30"), "crp", 4)
    note(c, "n-08", "2026-08-18", "progress", P["rh"], """
Rheumatology follow-up
64M seropositive RA, low disease activity on MTX 20 mg weekly (DAS28-CRP 2.4). No synovitis today.
Labs: new microcytic anemia - Hgb 10.8 (14.2 in May), MCV 77, ferritin 11, TSAT 7%. Platelets 431.
Likely related to chronic naproxen. Advised to discuss with his PCP. Continue MTX/folate/naproxen. RTC 3 months.
""")
    note(c, "n-11", "2026-11-17", "progress", P["rh"], """
Rheumatology follow-up
RA stable, DAS28-CRP 2.6. Some fatigue. Hgb 10.3, MCV 75 - iron deficiency anemia persists; he has not seen his PCP
(no PCP currently). No GI evaluation has been done. No melena reported. Continue current RA regimen. RTC 3 months, CBC then.
""")
    return c


def pmr_with_myeloma_features(cid):
    c, P = setup(cid, "rheum", given="Evelyn R", family="Stroud", gender="female", birth="1959-08-21",
                 addr=("518 Kenwick Rd", "Columbus", "43209"), phone="614-555-0157", mrn="NRB-061274",
                 pracs=[("rh", "Howard", "Liebowitz", "MD, Rheumatology", "1609284731", "male"),
                        ("rn", "Kristen", "Abernathy", "RN, Rheumatology", "1245501937", "female")],
                 payer_name="Medical Mutual of Ohio", plan=("MMO-SUPERMED", "SuperMed Plus PPO"), member="MMO7718204")
    drug_allergy(c, "alg-cipro", "2551", "ciprofloxacin", "2015-04-01", ("418290006", "Itching"), sev="mild")
    pmr = _dx(c, "pl-pmr", "M35.3", "Polymyalgia rheumatica", sct_code="65323003", sct_disp="Polymyalgia rheumatica",
              onset="2026-01-15", recorded=dt("2026-02-10"))
    op = _dx(c, "pl-gio", "Z79.52", "Long term (current) use of systemic steroids", onset="2026-02-10", recorded=dt("2026-02-10"))
    e1 = visit(c, "enc-0210", "2026-02-10", "new", reason="Shoulder and hip girdle pain and stiffness x 4 weeks",
               prac=P["rh"], minutes=60, diag=[pmr])
    vit(c, "v0210", "2026-02-10", e1, bp=(128, 76), hr=78, wt=70.2)
    lab(c, "esr0210", dt("2026-02-10", "09:00"), "esr", 48, high=30, enc=e1)
    lab(c, "crp0210", dt("2026-02-10", "09:00"), "crp", 31, enc=e1)
    panel(c, "cbc0210", dt("2026-02-10", "09:00"), CBC, [("hgb", 12.4), ("wbc", 7.0), ("plt", 322)], enc=e1)
    lab(c, "ck0210", dt("2026-02-10", "09:00"), "ck", 64, enc=e1)
    c.observation("rf0210", cc(lnc("11572-5", "Rheumatoid factor [Units/volume] in Serum or Plasma"), text="Rheumatoid factor"),
                  dt("2026-02-10", "09:00"), value=qty(8, "[IU]/mL"), high=14, encounter=e1)
    pred = rxo(c, "mr-pred", med(c, "8640", "prednisone 5 mg tablet"), "2026-02-10", P["rh"],
               "15 mg daily x 4 weeks, then 12.5 mg x 4 weeks, then 10 mg daily; taper per plan", reason_ref=[pmr])
    note(c, "n-0210", "2026-02-10", "consult", P["rh"], """
Rheumatology New Patient
66F, 4 weeks bilateral shoulder and hip girdle pain with 90 min morning stiffness. ESR 48, CRP 31. CK, RF normal.
No headache, jaw claudication or visual symptoms. Exam: painful shoulder abduction, no synovitis.
Impression: polymyalgia rheumatica. Prednisone 15 mg daily with taper. Calcium/vitamin D.
""", enc=e1)
    for d, dose, pain in (("2026-04-14", "10 mg", 5), ("2026-07-14", "10 mg", 6)):
        k = d[5:7]
        e = visit(c, f"enc-{k}", d, "followup", reason="PMR follow-up", prac=P["rh"], diag=[pmr])
        vit(c, f"v{k}", d, e, bp=(134, 80), hr=76, wt={"04": 69.8, "07": 67.1}[k])
        intake(c, f"qr{k}", d, e, pain=pain, glob=pain, fatigue=6, stiff=45)
    e3 = visit(c, "enc-1110", "2026-11-10", "followup", reason="PMR follow-up: persistent pain, low back pain, weight loss",
               prac=P["rh"], minutes=40, diag=[pmr])
    vit(c, "v1110", "2026-11-10", e3, bp=(138, 82), hr=88, wt=63.0)
    intake(c, "qr11", "2026-11-10", e3, pain=6, glob=7, fatigue=8, stiff=45, new_sx="Night sweats, low back pain, lost weight")
    when = dt("2026-11-10", "09:00")
    lab(c, "esr1110", when, "esr", 98, high=30, enc=e3)
    panel(c, "cbc1110", when, CBC, [("hgb", 9.8), ("wbc", 5.2), ("plt", 188), ("mcv", 92)], enc=e3)
    panel(c, "cmp1110", when, CMP, [("na", 137), ("k", 4.4), ("cr", 1.52, 0.5, 1.1), ("ca", 11.1), ("tp", 9.4), ("alb", 3.2),
                                    ("alt", 18)], enc=e3)
    note(c, "n-1110", "2026-11-10", "progress", P["rh"], """
Rheumatology follow-up
PMR dx 2/2026. On prednisone 10 mg since April; never fully responded - still shoulder/hip aching, 45 min stiffness.
New: mid/low back pain at night, drenching night sweats, weight 70.2 -> 63.0 kg since February.
Labs today: ESR 98, Hgb 9.8, creatinine 1.52 (0.8 in 2025 per outside records), calcium 11.1, total protein 9.4 with
albumin 3.2.
Impression: PMR, steroid-refractory flare. Increase prednisone to 20 mg daily. Consider tocilizumab if unable to taper.
Encourage hydration. RTC 6 weeks.
""", enc=e3)
    c.med_request("mr-pred20", med(c, "8640", "prednisone 20 mg tablet"), dt("2026-11-10", "10:30"), requester=P["rh"],
                  dosage_text="20 mg by mouth daily", reason_ref=[pmr], encounter=e3, prior=pred)
    c.med_statement("ms-cad", med(c, None, "calcium carbonate-vitamin D3 600 mg-400 unit tablet"), start="2026-02-10",
                    dosage_text="1 tablet twice daily")
    return c


def knee_injection_minor(cid):
    c, P = setup(cid, "rheum", given="Theresa A", family="Pham", gender="female", birth="1971-01-17",
                 addr=("6650 Sawmill Rd Apt 3B", "Dublin", "43017"), phone="614-555-0181", mrn="NRB-047720",
                 pracs=[("rh", "Meredith", "Castellano", "MD, Rheumatology", "1730928104", "female"),
                        ("ma", "Corey", "Lindell", "RN, Rheumatology", "1518820974", "male")],
                 payer_name="UnitedHealthcare", plan=("UHC-OH-CP", "UHC Choice Plus"), member="880214377")
    nkda(c, "2024-02-01")
    psa = _dx(c, "pl-psa", "L40.50", "Arthropathic psoriasis, unspecified", text="Psoriatic arthritis", sct_code="33339001",
              sct_disp="Psoriasis with arthropathy", onset="2019", recorded=dt("2019-09-03"))
    pso = _dx(c, "pl-pso", "L40.0", "Psoriasis vulgaris", onset="2008", recorded=dt("2019-09-03"))
    oa = _dx(c, "pl-oak", "M17.12", "Unilateral primary osteoarthritis, left knee", onset="2023", recorded=dt("2024-02-01"))
    rxo(c, "mr-secu", med(c, "1599788", "secukinumab 150 mg/mL autoinjector"), "2024-02-01", P["rh"],
        "150 mg subcutaneously every 4 weeks", reason_ref=[psa])
    for d, dapsa in (("2026-06-02", 6.1), ("2026-11-24", 6.8)):
        k = d[5:7]
        e = visit(c, f"enc-{k}", d, "followup", reason="PsA follow-up" + ("; L knee swelling x 3 wk" if k == "11" else ""),
                  prac=P["rh"], diag=[psa, oa] if k == "11" else [psa])
        vit(c, f"v{k}", d, e, bp=(118, 74), hr=70, wt=66.0)
        intake(c, f"qr{k}", d, e, pain=3 if k == "06" else 4, glob=2 if k == "06" else 3, fatigue=3, stiff=10,
               new_sx="Left knee swelling" if k == "11" else "None")
        measure(c, f"dapsa{k}", d, DAPSA, dapsa, e, P["rh"])
        panel(c, f"cbc{k}", dt(d, "08:40"), CBC, [("hgb", 13.3), ("wbc", 6.6), ("plt", 255)], enc=e)
        lab(c, f"crp{k}", dt(d, "08:40"), "crp", 3 if k == "06" else 5, enc=e)
    c.report("xr1124", cc(coding(RH_SYS + "/imaging", "XR-KNEE-L", "XR knee left 3 views"),
                          cpt("73562", "Radiologic examination, knee; 3 views"), text="XR knee left"),
             dt("2026-11-24", "10:00"), category=imaging_cat(),
             conclusion="Moderate medial joint-space narrowing, small osteophytes. Suprapatellar effusion. No erosions.")
    sr = c.service_request("sr-inj", cc(coding(RH_SYS + "/procedure", "US-ASP-INJ-K", "Ultrasound-guided knee aspiration and injection"),
                                        cpt("20611", "Arthrocentesis, aspiration and/or injection, major joint or bursa; with ultrasound guidance, with permanent recording and reporting"),
                                        text="US-guided aspiration and corticosteroid injection, left knee"),
                           dt("2026-11-24", "11:00"), status="active", intent="order", requester=P["rh"], performer=P["rh"],
                           reason_ref=[oa], occurrence=dt("2026-12-08", "14:00"), body_site=text_cc("Left knee"),
                           note="Procedure clinic, 15 min. Triamcinolone acetonide 40 mg + lidocaine 1% 3 mL. Send fluid for "
                                "cell count and crystals.")
    c.appointment("ap-inj", dt("2026-12-08", "14:00"), dt("2026-12-08", "14:15"), description="Knee aspiration/injection - procedure clinic",
                  participants=[P["rh"]], based_on=sr, created=dt("2026-11-24", "11:05"))
    note(c, "n-1124", "2026-11-24", "progress", P["rh"], """
Rheumatology follow-up
55F PsA in minimal disease activity on secukinumab (DAPSA 6.8). Skin clear. 3 weeks of L knee swelling without trauma.
Exam: moderate effusion L knee, no warmth. XR: medial OA + effusion.
Plan: ultrasound-guided aspiration and steroid injection L knee in procedure clinic 12/8 (office procedure, no
sedation). Fluid to lab. Continue secukinumab.
""")
    return c


def ra_ild_no_options_note(cid):
    c, P = setup(cid, "rheum", given="Margaret L", family="Ashby", gender="female", birth="1956-05-02",
                 addr=("1784 Cambridge Blvd", "Upper Arlington", "43212"), phone="614-555-0122", mrn="NRB-032196",
                 pracs=[("rh", "Howard", "Liebowitz", "MD, Rheumatology", "1609284731", "male"),
                        ("rn", "Sonia", "Bhatt", "RN, Infusion", "1962038471", "female"),
                        ("pulm", "Andrew", "Kimball", "MD, Pulmonary - Interstitial Lung Disease (outside)", "1093820476", "male")],
                 payer_name="Medicare Part B (CGS)", plan=("MCR-B", "Original Medicare Part B"), member="6WR3-HN7-PD58",
                 cov_start="2021-05-01")
    drug_allergy(c, "alg-sulfa", "10180", "sulfamethoxazole", "1990-01-01", ("271807003", "Eruption of skin"))
    ra = _dx(c, "pl-ra", "M05.10", "Rheumatoid lung disease with rheumatoid arthritis of unspecified site",
             text="Seropositive RA with interstitial lung disease (RA-ILD, UIP pattern)", sct_code="69896004",
             sct_disp="Rheumatoid arthritis", onset="2010", recorded=dt("2012-03-14"))
    ild = _dx(c, "pl-ild", "J84.10", "Pulmonary fibrosis, unspecified", text="Fibrotic interstitial lung disease (UIP pattern)",
              onset="2021", recorded=dt("2021-11-02"))
    rf = _dx(c, "pl-rf", "J96.11", "Chronic respiratory failure with hypoxia", onset="2026-05", recorded=dt("2026-05-19"))
    htn = _dx(c, "pl-htn", "I10", "Essential (primary) hypertension", onset="2009", recorded=dt("2012-03-14"))
    aba = rxo(c, "mr-aba", med(c, "614391", "abatacept 250 mg vial for IV infusion"), "2023-08-01", P["rh"],
              "750 mg IV every 4 weeks", reason_ref=[ra])
    for i, d in enumerate(("2026-09-15", "2026-10-13", "2026-11-10")):
        e = visit(c, f"enc-inf{i}", d, "infusion", reason="Abatacept infusion", prac=P["rh"], minutes=60, diag=[ra])
        vit(c, f"vi{i}", d, e, bp=(126, 76), hr=92, spo2=[90, 89, 88][i])
        infuse(c, f"ma-aba{i}", d, "614391", "abatacept", "J0129", "Injection, abatacept, 10 mg", qty(750, "mg"), e, P["rn"],
               aba, ra, minutes=60)
    e = visit(c, "enc-1110", "2026-11-10", "followup", reason="RA / RA-ILD follow-up", prac=P["rh"], diag=[ra, ild])
    intake(c, "qr1110", "2026-11-10", e, pain=3, glob=8, fatigue=8, stiff=20, new_sx="More short of breath, now on oxygen")
    measure(c, "cdai1110", "2026-11-10", CDAI, 6.5, e, P["rh"])
    panel(c, "cbc1110", dt("2026-11-10", "08:30"), CBC, [("hgb", 12.1), ("wbc", 8.2), ("plt", 302)], enc=e)
    lab(c, "crp1110", dt("2026-11-10", "08:30"), "crp", 6, enc=e)
    c.note("doc-pulm", cc(lnc("57133-1", "Referral note"), text="Outside letter - pulmonology"), dt("2026-10-28", "12:00"),
           P["pulm"], """
Central Ohio Lung Associates - Interstitial Lung Disease Clinic
Re: Margaret Ashby, DOB 05/02/1956.  Letter to Dr. Liebowitz, 10/28/2026.

Dear Howard,
I saw Mrs. Ashby today for her RA-associated fibrotic ILD (UIP pattern). FVC is now 48% predicted and DLCO 29%; she
needs 3 L O2 with exertion. Mycophenolate was stopped in 2024 for progression, nintedanib in 2025 for intractable
diarrhea and 9 kg weight loss, and pirfenidone in March 2026 for photosensitive rash - she has had no ILD-directed
therapy since then. She is not a lung transplant candidate (age 70, BMI 19, frailty).
I explained to Margaret and her husband that there are no further treatment options for her lung disease and that our
focus should be on oxygen, pulmonary rehabilitation as tolerated, and symptom control. Her expected course is
progressive. I have suggested a palliative care conversation; she wanted to discuss this with you first.
Please continue abatacept for her joints as you feel appropriate.
Sincerely, Andrew Kimball, MD
""", title="Outside pulmonology letter 10/28/2026")
    note(c, "n-1110", "2026-11-10", "progress", P["rh"], """
Rheumatology follow-up
Joints quiet on abatacept, CDAI 6.5. Breathing worse, O2 88-90% at rest. Dr. Kimball's letter of 10/28 reviewed
with the patient. Continue abatacept. Will discuss further at next visit. RTC 4 weeks with infusion.
""", enc=e)
    return c


def psa_mtx_quality_of_life(cid):
    c, P = setup(cid, "rheum", given="Brian K", family="Oduya", gender="male", birth="1979-06-28",
                 addr=("4430 Refugee Rd", "Columbus", "43232"), phone="614-555-0196", mrn="NRB-070551",
                 pracs=[("rh", "Priscilla", "Mendez", "MD, Rheumatology", "1386109273", "female"),
                        ("rn", "Corey", "Lindell", "RN, Rheumatology", "1518820974", "male")],
                 payer_name="Medical Mutual of Ohio", plan=("MMO-SUPERMED", "SuperMed Plus PPO"), member="MMO2204881")
    nkda(c, "2026-04-07")
    psa = _dx(c, "pl-psa", "L40.59", "Other psoriatic arthropathy", text="Psoriatic arthritis, polyarticular",
              sct_code="33339001", sct_disp="Psoriasis with arthropathy", onset="2025-11", recorded=dt("2026-04-07"))
    pso = _dx(c, "pl-pso", "L40.0", "Psoriasis vulgaris", onset="2012", recorded=dt("2026-04-07"))
    mtx = rxo(c, "mr-mtx", med(c, "6851", "methotrexate 2.5 mg tablet"), "2026-07-07", P["rh"],
              "15 mg by mouth weekly x 4 weeks, then 20 mg weekly", reason_ref=[psa])
    rxo(c, "mr-fa", med(c, "4511", "folic acid 1 mg tablet"), "2026-07-07", P["rh"], "1 mg daily", reason_ref=[psa])
    rxo(c, "mr-ond", med(c, "26225", "ondansetron 4 mg tablet"), "2026-09-08", P["rh"],
        "4 mg by mouth the evening of methotrexate dose and next morning as needed", course="acute")
    data = (("2026-04-07", 14.2, 0.81, 75, 0.5), ("2026-07-07", 13.8, 0.80, 74, 0.5),
            ("2026-09-08", 12.6, 0.66, 60, 0.5), ("2026-11-10", 11.9, 0.61, 55, 0.625))
    for d, dapsa, eq, vas, haq in data:
        k = d[5:7]
        e = visit(c, f"enc-{k}", d, "new" if k == "04" else "followup", reason="Psoriatic arthritis", prac=P["rh"],
                  diag=[psa], minutes=60 if k == "04" else 30)
        vit(c, f"v{k}", d, e, bp=(128, 82), hr=76, wt={"04": 94.0, "07": 93.6, "09": 91.8, "11": 90.9}[k])
        intake(c, f"qr{k}", d, e, pain=4 if k in ("04", "07") else 3, glob=4 if k in ("04", "07") else 6,
               fatigue={"04": 4, "07": 4, "09": 8, "11": 8}[k], stiff=30 if k in ("04", "07") else 20,
               new_sx={"09": "Nausea for 2 days after methotrexate, tired, foggy", "11": "Nausea, missing work the day after"}.get(k, "None"))
        measure(c, f"dapsa{k}", d, DAPSA, dapsa, e, P["rh"])
        measure(c, f"eq{k}", d, EQ5D, eq, e, P["rh"])
        measure(c, f"eqv{k}", d, EQVAS, vas, e, P["rh"])
        if k in ("07", "11"):
            panel(c, f"cbc{k}", dt(d, "08:30"), CBC, [("hgb", 14.6, 13.5, 17.5), ("wbc", 7.1 if k == "07" else 5.4), ("plt", 280)], enc=e)
            lab(c, f"alt{k}", dt(d, "08:30"), "alt", 28 if k == "07" else 41, enc=e)
    note(c, "n-11", "2026-11-10", "progress", P["rh"], """
Rheumatology follow-up
47M polyarticular PsA. Methotrexate started 7/7/2026, now 20 mg weekly orally. Joint counts modestly better (DAPSA
13.8 -> 11.9). But since starting MTX: nausea for ~2 days after each dose despite ondansetron, marked fatigue, "foggy"
thinking; has missed 6 work days (HVAC technician). EQ-5D-5L index 0.80 before MTX -> 0.66 (Sept) -> 0.61 today;
EQ VAS 74 -> 55. Patient says the treatment is making his life worse than the arthritis did.
Plan: switch to subcutaneous MTX 20 mg weekly, split folate; if still intolerant, stop MTX and move to biologic.
""")
    return c


def gout_questionnaire_yes(cid):
    c, P = setup(cid, "rheum", given="Anthony J", family="Rinaldi", gender="male", birth="1967-11-30",
                 addr=("912 S 5th St", "Columbus", "43206"), phone="614-555-0108", mrn="NRB-066302",
                 pracs=[("rh", "Priscilla", "Mendez", "MD, Rheumatology", "1386109273", "female"),
                        ("rn", "Kristen", "Abernathy", "RN, Rheumatology", "1245501937", "female")],
                 payer_name="Anthem Blue Cross and Blue Shield Ohio", plan=("ANT-OH-HMO", "Anthem Pathway HMO"),
                 member="ZGH377105268")
    nkda(c, "2025-09-16")
    gout = _dx(c, "pl-gout", "M1A.0710", "Idiopathic chronic gout, right ankle and foot, without tophus (tophi)",
               text="Chronic gout", sct_code="90560007", sct_disp="Gout", onset="2019", recorded=dt("2025-09-16"))
    htn = _dx(c, "pl-htn", "I10", "Essential (primary) hypertension", onset="2015", recorded=dt("2025-09-16"))
    ob = _dx(c, "pl-ob", "E66.9", "Obesity, unspecified", onset="2015", recorded=dt("2025-09-16"))
    rxo(c, "mr-allo", med(c, "519", "allopurinol 300 mg tablet"), "2025-12-02", P["rh"], "300 mg by mouth daily", reason_ref=[gout])
    rxo(c, "mr-colch", med(c, "2683", "colchicine 0.6 mg tablet"), "2025-09-16", P["rh"], "0.6 mg by mouth daily (prophylaxis)",
        reason_ref=[gout])
    c.med_statement("ms-aml", med(c, "17767", "amlodipine 5 mg tablet"), start="2015-01-01", dosage_text="5 mg daily", source=c.pt)
    for d, ua in (("2026-03-10", 6.8), ("2026-07-14", 5.9), ("2026-11-17", 5.4)):
        k = d[5:7]
        e = visit(c, f"enc-{k}", d, "followup", reason="Gout follow-up, urate-lowering therapy", prac=P["rh"], diag=[gout])
        vit(c, f"v{k}", d, e, bp=(136, 84), hr=72, wt=108.0)
        c.observation(f"ua{k}", cc(lnc("3084-1", "Urate [Mass/volume] in Serum or Plasma"), text="Uric acid"), dt(d, "08:30"),
                      value=qty(ua, "mg/dL"), high=6.0, encounter=e, performer=c.org_ref,
                      note="Target < 6.0 mg/dL on urate-lowering therapy")
        lab(c, f"cr{k}", dt(d, "08:30"), "cr", 1.08, enc=e)
        if k == "11":
            intake(c, f"qr{k}", d, e, pain=2, glob=3, fatigue=3, stiff=0, so=YES, heard=NO,
                   comment="I have had no attacks since spring and I don't want to be on allopurinol and colchicine for "
                           "the rest of my life without another doctor looking at it. Last time I felt my questions were "
                           "rushed. I'd like a second opinion from another rheumatologist.")
        else:
            intake(c, f"qr{k}", d, e, pain=3 if k == "03" else 2, glob=3, fatigue=3, stiff=0)
    note(c, "n-11", "2026-11-17", "progress", P["rh"], """
Rheumatology follow-up
Chronic gout, no flares since 4/2026. Urate 5.4 on allopurinol 300. Colchicine prophylaxis to stop after 6 flare-free
months. Intake form: patient requests a second opinion regarding long-term urate-lowering therapy and felt rushed at
his last visit. Discussed rationale; he still wishes to be seen elsewhere. Front desk to send records on request.
""")
    return c


def ra_questionnaire_no(cid):
    c, P = setup(cid, "rheum", given="Stephanie M", family="Galloway", gender="female", birth="1981-04-14",
                 addr=("77 E Jeffrey Pl", "Columbus", "43214"), phone="614-555-0172", mrn="NRB-059934",
                 pracs=[("rh", "Meredith", "Castellano", "MD, Rheumatology", "1730928104", "female"),
                        ("rn", "Corey", "Lindell", "RN, Rheumatology", "1518820974", "male")],
                 payer_name="UnitedHealthcare", plan=("UHC-OH-CP", "UHC Choice Plus"), member="880377102")
    nkda(c, "2023-01-10")
    ra = _dx(c, "pl-ra", "M05.79", "Rheumatoid arthritis with rheumatoid factor of multiple sites without organ or systems involvement",
             text="Seropositive rheumatoid arthritis", sct_code="69896004", sct_disp="Rheumatoid arthritis", onset="2022",
             recorded=dt("2023-01-10"))
    hypo = _dx(c, "pl-hypo", "E03.9", "Hypothyroidism, unspecified", onset="2015", recorded=dt("2023-01-10"))
    rxo(c, "mr-ada", med(c, "327361", "adalimumab 40 mg/0.4 mL pen"), "2024-03-05", P["rh"],
        "40 mg subcutaneously every 14 days", reason_ref=[ra])
    rxo(c, "mr-mtx", med(c, "6851", "methotrexate 25 mg/mL injection"), "2023-01-10", P["rh"],
        "15 mg subcutaneously once weekly", reason_ref=[ra])
    rxo(c, "mr-fa", med(c, "4511", "folic acid 1 mg tablet"), "2023-01-10", P["rh"], "1 mg daily", reason_ref=[ra])
    c.med_statement("ms-levo", med(c, "10582", "levothyroxine 100 mcg tablet"), start="2015-01-01", dosage_text="100 mcg daily")
    for d, cdai, haq in (("2026-04-21", 5.0, 0.25), ("2026-08-18", 4.5, 0.25), ("2026-11-24", 4.0, 0.125)):
        k = d[5:7]
        e = visit(c, f"enc-{k}", d, "followup", reason="RA follow-up", prac=P["rh"], diag=[ra])
        vit(c, f"v{k}", d, e, bp=(114, 72), hr=68, wt=61.5)
        intake(c, f"qr{k}", d, e, pain=2, glob=1, fatigue=3, stiff=10,
               comment="Doing well, happy with the current plan." if k == "11" else None)
        measure(c, f"cdai{k}", d, CDAI, cdai, e, P["rh"])
        measure(c, f"haq{k}", d, HAQ, haq, e, P["rh"])
        panel(c, f"cbc{k}", dt(d, "08:30"), CBC, [("hgb", 13.1), ("wbc", 5.9), ("plt", 247)], enc=e)
        lab(c, f"alt{k}", dt(d, "08:30"), "alt", 21, enc=e)
    note(c, "n-11", "2026-11-24", "progress", P["rh"], """
Rheumatology follow-up
RA in remission on adalimumab + SC methotrexate (CDAI 4.0, HAQ 0.125). No infections. Labs normal.
Intake questionnaire reviewed: feels listened to, declines second opinion, happy with plan. Flu and COVID vaccines
up to date. Continue; RTC 4 months.
""")
    return c


def ra_infliximab_worsening(cid):
    c, P = setup(cid, "rheum", given="Gloria T", family="Mensah", gender="female", birth="1970-09-05",
                 addr=("3015 Cleveland Ave", "Columbus", "43224"), phone="614-555-0115", mrn="NRB-044185",
                 pracs=[("rh", "Howard", "Liebowitz", "MD, Rheumatology", "1609284731", "male"),
                        ("rn", "Sonia", "Bhatt", "RN, Infusion", "1962038471", "female")],
                 payer_name="CareSource Ohio (Medicaid)", plan=("CS-OH-MCD", "CareSource Medicaid"), member="CS10227719")
    nkda(c, "2024-01-09")
    ra = _dx(c, "pl-ra", "M05.79", "Rheumatoid arthritis with rheumatoid factor of multiple sites without organ or systems involvement",
             text="Seropositive erosive rheumatoid arthritis", sct_code="69896004", sct_disp="Rheumatoid arthritis",
             onset="2019", recorded=dt("2024-01-09"))
    ifx = rxo(c, "mr-ifx", med(c, "191831", "infliximab 100 mg vial for IV infusion"), "2024-02-06", P["rh"],
              "5 mg/kg (400 mg) IV every 8 weeks after loading", reason_ref=[ra])
    rxo(c, "mr-mtx", med(c, "6851", "methotrexate 2.5 mg tablet"), "2024-01-09", P["rh"], "20 mg by mouth once weekly", reason_ref=[ra])
    rxo(c, "mr-fa", med(c, "4511", "folic acid 1 mg tablet"), "2024-01-09", P["rh"], "1 mg daily", reason_ref=[ra])
    data = (("2026-05-12", 3.4, 0.875, 6), ("2026-07-07", 4.0, 1.0, 11), ("2026-09-01", 4.6, 1.25, 19), ("2026-10-27", 5.2, 1.5, 27))
    for d, das, haq, crp in data:
        k = d[5:7]
        e = visit(c, f"enc-{k}", d, "infusion", reason="Infliximab infusion and RA assessment", prac=P["rh"], minutes=150, diag=[ra])
        vit(c, f"v{k}", d, e, bp=(124, 78), hr=80, wt=80.0)
        intake(c, f"qr{k}", d, e, pain={"05": 4, "07": 5, "09": 6, "10": 7}[k], glob={"05": 4, "07": 5, "09": 6, "10": 7}[k],
               fatigue=6, stiff={"05": 30, "07": 45, "09": 60, "10": 90}[k])
        measure(c, f"das{k}", d, DAS28, das, e, P["rh"])
        measure(c, f"haq{k}", d, HAQ, haq, e, P["rh"])
        lab(c, f"crp{k}", dt(d, "08:30"), "crp", crp, enc=e)
        infuse(c, f"ma-ifx{k}", d, "191831", "infliximab", "J1745", "Injection, infliximab, excludes biosimilar, 10 mg",
               qty(400, "mg"), e, P["rn"], ifx, ra)
    note(c, "n-10", "2026-10-27", "progress", P["rh"], """
Rheumatology visit - infusion day
56F seropositive erosive RA on infliximab 5 mg/kg q8w since 2/2024 plus MTX 20 mg weekly. Infusions on schedule, no
missed MTX doses per patient and pharmacy. Progressive worsening since spring: DAS28-CRP 3.4 (5/12) -> 4.0 -> 4.6 ->
5.2 today; HAQ-DI 0.875 -> 1.5; CRP 6 -> 27; 90 min morning stiffness; 8 swollen joints including both wrists.
Secondary loss of response. Infliximab level/antibodies sent. Plan: switch mechanism (JAK inhibitor vs abatacept)
after results; prednisone 10 mg bridge.
""")
    rxo(c, "mr-pred", med(c, "8640", "prednisone 10 mg tablet"), "2026-10-27", P["rh"], "10 mg daily x 2 weeks then 5 mg daily",
        course="acute", reason_ref=[ra])
    return c


def etanercept_lapsed(cid):
    c, P = setup(cid, "rheum", given="Janice E", family="Whitcomb", gender="female", birth="1965-02-23",
                 addr=("5120 Pine Lake Dr", "Westerville", "43081"), phone="614-555-0190", mrn="NRB-038862",
                 pracs=[("rh", "Priscilla", "Mendez", "MD, Rheumatology", "1386109273", "female"),
                        ("rn", "Kristen", "Abernathy", "RN, Rheumatology", "1245501937", "female")],
                 payer_name="Ohio Marketplace - Oscar Health", plan=("OSC-OH-SILV", "Oscar Silver Classic"), member="OSC55102873",
                 cov_start="2026-10-01")
    nkda(c, "2022-05-10")
    ra = _dx(c, "pl-ra", "M06.09", "Rheumatoid arthritis without rheumatoid factor, multiple sites",
             text="Seronegative rheumatoid arthritis", sct_code="69896004", sct_disp="Rheumatoid arthritis",
             onset="2020", recorded=dt("2022-05-10"))
    c.med_statement("ms-etn", med(c, "214555", "etanercept 50 mg/mL autoinjector"), status="stopped", start="2022-06-01",
                    end="2026-06-02", dosage_text="50 mg subcutaneously weekly",
                    status_reason=text_cc("Insurance coverage lapsed after job loss; patient unable to obtain drug"),
                    note="Methotrexate not used: transaminitis 2021. Last dose 6/2/2026 per patient.")
    data = (("2026-05-05", 8.0, "on etanercept"), ("2026-08-11", 17.5, "off etanercept since June"),
            ("2026-11-10", 27.0, "off etanercept; new insurance from October"))
    for d, cdai, ctx in data:
        k = d[5:7]
        e = visit(c, f"enc-{k}", d, "followup" if k != "08" else "telehealth", reason=f"RA follow-up ({ctx})", prac=P["rh"], diag=[ra])
        if k != "08":
            vit(c, f"v{k}", d, e, bp=(130, 80), hr=76, wt=72.0)
            lab(c, f"crp{k}", dt(d, "08:30"), "crp", 4 if k == "05" else 22, enc=e)
            panel(c, f"cbc{k}", dt(d, "08:30"), CBC, [("hgb", 12.9 if k == "05" else 11.9), ("wbc", 6.4), ("plt", 260 if k == "05" else 388)], enc=e)
        intake(c, f"qr{k}", d, e, pain={"05": 2, "08": 6, "11": 8}[k], glob={"05": 2, "08": 6, "11": 8}[k], fatigue=5,
               stiff={"05": 10, "08": 60, "11": 120}[k])
        measure(c, f"cdai{k}", d, CDAI, cdai, e, P["rh"])
    note(c, "n-08", "2026-08-11", "progress", P["rh"], """
Rheumatology telehealth
Lost employer insurance in May; has been off etanercept since early June (last dose 6/2). Flaring: hands and feet,
stiffness 1 hour. CDAI 17.5 (by video self-count). Patient assistance application started; naproxen prn meanwhile.
""")
    note(c, "n-11", "2026-11-10", "progress", P["rh"], """
Rheumatology follow-up
Off all DMARDs since June because of the coverage gap; new marketplace plan effective 10/1. CDAI 27 (high), CRP 22.
This flare reflects interruption of therapy, not failure of etanercept - she was in low disease activity (CDAI 8) on
it in May. Plan: restart etanercept 50 mg weekly now (PA approved 11/6), prednisone 10 mg bridge x 4 weeks. RTC 6 wk.
""")
    rxo(c, "mr-etn", med(c, "214555", "etanercept 50 mg/mL autoinjector"), "2026-11-10", P["rh"], "50 mg subcutaneously weekly",
        reason_ref=[ra])
    rxo(c, "mr-pred", med(c, "8640", "prednisone 10 mg tablet"), "2026-11-10", P["rh"], "10 mg daily x 4 weeks", course="acute",
        reason_ref=[ra])
    return c


def aosd_tocilizumab(cid):
    c, P = setup(cid, "rheum", given="Rachel D", family="Hoffmann", gender="female", birth="1992-07-11",
                 addr=("1190 Neil Ave Apt 5", "Columbus", "43201"), phone="614-555-0144", mrn="NRB-063390",
                 pracs=[("rh", "Meredith", "Castellano", "MD, Rheumatology", "1730928104", "female"),
                        ("rn", "Sonia", "Bhatt", "RN, Infusion", "1962038471", "female")],
                 payer_name="Anthem Blue Cross and Blue Shield Ohio", plan=("ANT-OH-PPO", "Anthem Blue Access PPO"),
                 member="ZGH511093302")
    nkda(c, "2024-08-20")
    aosd = _dx(c, "pl-aosd", "M06.1", "Adult-onset Still's disease", onset="2024-07", recorded=dt("2024-08-20"),
               note="Quotidian fevers to 39.8, evanescent salmon rash, polyarthritis, sore throat; ferritin 8,400, "
                    "glycosylated ferritin 12%. Yamaguchi criteria met; infection and malignancy excluded (PET-CT, marrow).")
    c.find(aosd)["code"]["coding"].append(coding("http://www.orpha.net", "ORPHA:829", "Adult-onset Still disease"))
    mas = _dx(c, "pl-mas", "D76.1", "Hemophagocytic lymphohistiocytosis", text="Macrophage activation syndrome (2024, resolved)",
              onset="2024-08-12", recorded=dt("2024-08-20"), clinical="resolved", abatement="2024-09-10")
    toci = rxo(c, "mr-toci", med(c, "612865", "tocilizumab 20 mg/mL vial for IV infusion"), "2025-01-14", P["rh"],
               "8 mg/kg (520 mg) IV every 4 weeks", reason_ref=[aosd])
    c.med_statement("ms-pred", med(c, "8640", "prednisone 5 mg tablet"), status="completed", start="2024-08-20", end="2026-03-15",
                    dosage_text="Tapered from 60 mg to off", reason=[text_cc("Adult-onset Still's disease")])
    for d in ("2026-09-15", "2026-10-13", "2026-11-10"):
        k = d[5:7]
        e = visit(c, f"enc-{k}", d, "infusion", reason="Tocilizumab infusion", prac=P["rh"], minutes=90, diag=[aosd])
        vit(c, f"v{k}", d, e, bp=(112, 70), hr=72, temp=36.7, wt=65.0)
        infuse(c, f"ma-toci{k}", d, "612865", "tocilizumab", "J3262", "Injection, tocilizumab, 1 mg", qty(520, "mg"), e,
               P["rn"], toci, aosd, minutes=60)
        intake(c, f"qr{k}", d, e, pain=1, glob=1, fatigue=2, stiff=0)
        lab(c, f"fer{k}", dt(d, "08:30"), "ferritin", {"09": 110, "10": 96, "11": 92}[k], enc=e)
        if k == "11":
            panel(c, "cbc11", dt(d, "08:30"), CBC, [("hgb", 13.0), ("wbc", 5.8), ("plt", 240)], enc=e)
            panel(c, "cmp11", dt(d, "08:30"), CMP, [("alt", 29), ("ast", 24), ("cr", 0.7), ("alb", 4.3)], enc=e)
            lab(c, "crp11", dt(d, "08:30"), "crp", 1.5, enc=e)
    note(c, "n-11", "2026-11-10", "progress", P["rh"], """
Rheumatology follow-up - infusion day
34F with adult-onset Still's disease (dx 8/2024, complicated by MAS), on tocilizumab 8 mg/kg q4w since 1/2025; off
prednisone since 3/2026. No fevers, rash or arthritis. Ferritin 92, CRP 1.5, LFTs normal. Clinical remission.
Continue tocilizumab; consider interval extension to q6w in 2027. Contraception counselling done.
""")
    return c


CASES = [
    dict(target="PERSISTENT_SYMPTOMS_NORMAL_WORKUP", kind="positive", expected=["PERSISTENT_SYMPTOMS_NORMAL_WORKUP"],
         why="Red flag without follow-up: new iron-deficiency anaemia (Hgb 10.8, ferritin 11) in a 64-year-old man on "
             "2026-08-18, still present in November, with no GI referral or endoscopy after more than 60 days.",
         summary="64M stable RA on MTX/naproxen, new iron-deficiency anaemia Aug 2026, no GI work-up by December",
         build=ida_not_followed),
    dict(target="DIAGNOSIS_SYMPTOM_MISMATCH", kind="positive", expected=["DIAGNOSIS_SYMPTOM_MISMATCH"],
         why="PMR label kept and steroids escalated although new anaemia, hypercalcaemia, renal impairment, a high "
             "protein gap, night sweats and weight loss appeared that PMR cannot explain.",
         summary="67F 'PMR' since Feb 2026, poor steroid response, now Hgb 9.8, Ca 11.1, Cr 1.5, protein gap; treated as flare",
         build=pmr_with_myeloma_features),
    dict(target="MAJOR_PROCEDURE_PLANNED", kind="near-miss", expected=[],
         why="The only planned procedure is an ultrasound-guided knee aspiration and steroid injection (CPT 20611), a "
             "minor office procedure.",
         summary="55F PsA on secukinumab, knee effusion, US-guided aspiration/injection booked 2026-12-08",
         build=knee_injection_minor),
    dict(target="UNTREATABLE_PROGNOSIS", kind="positive", expected=["UNTREATABLE_PROGNOSIS"],
         why="Outside pulmonology letter (only in a note) states there are no further treatment options for her fibrotic "
             "RA-ILD and suggests palliative care; no second opinion on record.",
         summary="70F RA-ILD (UIP), antifibrotics not tolerated, not a transplant candidate; letter says no further options",
         build=ra_ild_no_options_note),
    dict(target="HIGH_IMPACT_TREATMENT", kind="positive", expected=["HIGH_IMPACT_TREATMENT"],
         why="EQ-5D-5L index fell from 0.80 at methotrexate start to 0.61 (MCID ~0.08) and EQ VAS 74 -> 55, attributed "
             "to treatment side effects while disease activity improved slightly.",
         summary="47M PsA started methotrexate 7/2026, EQ-5D index 0.80 to 0.61 with nausea/fatigue, DAPSA improving",
         build=psa_mtx_quality_of_life),
    dict(target="PATIENT_REPORTED_CONCERN", kind="positive", expected=["PATIENT_REPORTED_CONCERN"],
         why="Visit-intake QuestionnaireResponse: 'Yes' to wanting a second opinion, 'No' to feeling listened to, with a "
             "free-text request for another rheumatologist.",
         summary="59M chronic gout controlled on allopurinol, intake form requests a second opinion and says he felt rushed",
         build=gout_questionnaire_yes),
    dict(target="PATIENT_REPORTED_CONCERN", kind="near-miss", expected=[],
         why="Same intake questionnaire, but she answers 'No' to a second opinion and 'Yes' to feeling listened to; RA in "
             "remission.",
         summary="45F RA in remission on adalimumab + MTX, intake answers decline second opinion",
         build=ra_questionnaire_no),
    dict(target="WORSENING_DESPITE_TREATMENT", kind="positive", expected=["WORSENING_DESPITE_TREATMENT"],
         why="DAS28-CRP 3.4 -> 4.0 -> 4.6 -> 5.2 over 168 days (rise 1.8, MCID 1.2) and HAQ-DI +0.6 while infliximab "
             "infusions (J1745) and methotrexate continued on schedule.",
         summary="56F seropositive RA on infliximab + MTX, DAS28-CRP rising 3.4 to 5.2 May-Oct 2026",
         build=ra_infliximab_worsening),
    dict(target="WORSENING_DESPITE_TREATMENT", kind="near-miss", expected=[],
         why="CDAI rose 8 -> 17.5 -> 27, but etanercept (her only DMARD) was stopped in June because insurance lapsed, "
             "so treatment was not active during the worsening.",
         summary="61F seronegative RA, etanercept interrupted June-Nov 2026 by coverage gap, CDAI 8 to 27, restarting",
         build=etanercept_lapsed),
    dict(target="RARE_OR_COMPLEX_CONDITION", kind="positive", expected=["RARE_OR_COMPLEX_CONDITION"],
         why="Active adult-onset Still's disease (Orphanet rare disease, ORPHA:829), on tocilizumab maintenance after "
             "macrophage activation syndrome.",
         summary="34F adult-onset Still's disease with prior MAS, in remission on tocilizumab infusions (J3262)",
         build=aosd_tocilizumab),
]
