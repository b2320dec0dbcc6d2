"""Organisation D: veterans' health system (ICD-10-CM + local VistA-style problem codes + text-only concepts)."""
from fhirlib import cc, txt, q, ref
from common import base, lab, VA_PROB, VA_NOTE

PACT = cc(text="PACT primary care visit")


def prob(code, d, local=None, text=None):
    cods = [("icdcm", code, d)]
    if local:
        cods.append((VA_PROB, local, text or d))
    return cc(*cods, text=text or d)


def rx(code, d, text=None):
    return cc(("rx", code, d), text=text or d)


def tiu(title, loinc=("11506-3", "Progress note")):
    return cc(("loinc",) + loinc, (VA_NOTE, title.replace(" ", "-")[:30], title), text=title)


def pain(c, d, v, enc=None):
    return c.obs(cc(("loinc", "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"), text="PAIN (0-10)"), d, v, "survey", enc)


def pcl5(c, d, v, enc=None):
    return c.obs(cc(("https://fhir.nphcs.example.org/CodeSystem/mh-instruments", "PCL5", "PTSD Checklist for DSM-5 total score"), text="PCL-5 total"), d, v, "survey", enc)


def plist(c, items):
    out = []
    for code, d, loc, on in items:
        out.append(c.condition(prob(code, d, loc), on))
    return out


def d_ida(c):
    """PSNW positive (red flag): iron-deficiency anaemia in a 63-year-old man, no GI work-up in 4.5 months; long problem list (also complex)."""
    base(c, "Lindgren", "Raymond Earl", "male", "1963-01-29")
    pl = plist(c, [("I10", "Essential (primary) hypertension", "VA-9921", "2008-03-01"),
                   ("E11.9", "Type 2 diabetes mellitus without complications", "VA-4410", "2012-05-01"),
                   ("J44.9", "Chronic obstructive pulmonary disease, unspecified", "VA-3321", "2016-01-01"),
                   ("F43.10", "Post-traumatic stress disorder, unspecified", "VA-7001", "2009-11-01"),
                   ("H93.13", "Tinnitus, bilateral", "VA-5112", "2009-11-01"),
                   ("E78.5", "Hyperlipidemia, unspecified", "VA-2201", "2012-05-01")])
    c.condition(cc(text="Chronic low back pain (SC 20%)"), "2010-04-01")
    for med, r in [(rx("29046", "lisinopril", "LISINOPRIL 20MG TAB"), pl[0]), (rx("6809", "metformin", "METFORMIN HCL 1000MG TAB"), pl[1]),
                   (cc(text="TIOTROPIUM 18MCG INHL CAP"), pl[2]), (rx("36437", "sertraline", "SERTRALINE 100MG TAB"), pl[3]),
                   (rx("83367", "atorvastatin", "ATORVASTATIN 40MG TAB"), pl[5])]:
        c.medstmt(med, "2016-01-01", reason=[r])
    e1 = c.encounter("2026-03-10", typ=PACT)
    e2 = c.encounter("2026-07-14", typ=PACT)
    e3 = c.encounter("2026-10-20", typ=PACT)
    lab(c, "hb", "2026-03-10", 13.9, e1); lab(c, "a1c", "2026-03-10", 7.0, e1)
    lab(c, "hb", "2026-07-14", 10.2, e2); lab(c, "mcv", "2026-07-14", 74, e2); lab(c, "ferr", "2026-07-14", 7, e2)
    lab(c, "hb", "2026-10-20", 10.9, e3); lab(c, "mcv", "2026-10-20", 76, e3); lab(c, "a1c", "2026-10-20", 7.1, e3)
    lab(c, "crea", "2026-07-14", 1.1, e2)
    c.vitals("2026-07-14", e2, 134, 82, 78, 92.0)
    c.vitals("2026-10-20", e3, 132, 80, 80, 90.1)
    ida = c.condition(prob("D50.9", "Iron deficiency anemia, unspecified", "VA-2809"), "2026-07-14", cat="encounter-diagnosis", enc=e2)
    c.medreq(cc(text="FERROUS SULFATE 325MG TAB"), "2026-07-16", reason=[ida], dosage="1 TAB PO DAILY", enc=e2)
    c.note("2026-07-16", "LAB RESULT NOTE: Hgb 10.2 (13.9 in March), MCV 74, ferritin 7. Iron deficiency. Start ferrous sulfate daily, recheck CBC 3 months.",
           tiu("PRIMARY CARE NOTE"), e2, title="PRIMARY CARE NOTE")
    c.note("2026-10-20", "F/u. Tolerating iron, mild constipation. Hgb 10.9. Continue iron. Denies melena. No colonoscopy on record (last 2011). "
           "COPD stable, DM stable. RTC 6 months.", tiu("PRIMARY CARE NOTE"), e3, title="PRIMARY CARE NOTE")


def d_psa_followed(c):
    """PSNW near miss: raised PSA followed up within three weeks (urology, MRI, benign)."""
    base(c, "Cooper", "Dwayne", "male", "1961-06-18", [("Halvorsen", "Erik", "MD", "Primary Care (PACT)"), ("Ahmed", "Farid", "MD", "Urology")])
    pl = plist(c, [("I10", "Essential (primary) hypertension", "VA-9921", "2011-01-01"),
                   ("N40.1", "Benign prostatic hyperplasia with lower urinary tract symptoms", "VA-6120", "2019-01-01"),
                   ("E78.5", "Hyperlipidemia, unspecified", "VA-2201", "2014-01-01")])
    c.medstmt(rx("17767", "amlodipine", "AMLODIPINE 10MG TAB"), "2011-02-01", reason=[pl[0]])
    c.medstmt(cc(text="TAMSULOSIN 0.4MG CAP"), "2019-02-01", reason=[pl[1]])
    e1 = c.encounter("2026-06-03", typ=PACT)
    e2 = c.encounter("2026-06-24", typ=cc(text="UROLOGY CONSULT"), pr=c.pr[1])
    e3 = c.encounter("2026-09-15", typ=cc(text="UROLOGY FOLLOW-UP"), pr=c.pr[1])
    lab(c, "psa", "2025-05-20", 3.1); lab(c, "psa", "2026-06-03", 6.9, e1); lab(c, "psa", "2026-09-15", 5.1, e3)
    lab(c, "crea", "2026-06-03", 1.0, e1); lab(c, "hb", "2026-06-03", 14.6, e1)
    c.servreq(cc(text="CONSULT TO UROLOGY - elevated PSA"), "2026-06-03", status="completed", enc=e1, performer=c.pr[1],
              reason=cc(("icdcm", "R97.20", "Elevated prostate specific antigen [PSA]")))
    c.report(cc(("loinc", "30799-1", "MR Pelvis"), text="MRI PROSTATE MULTIPARAMETRIC"), "2026-07-10",
             "Enlarged transition zone (BPH), PI-RADS 2. No clinically significant lesion. PSA density 0.08.", enc=e2)
    c.vitals("2026-06-03", e1, 136, 84, 72, 95.0)
    c.note("2026-09-15", "UROLOGY: PSA rise explained by BPH/volume; MRI PI-RADS 2, PSAD 0.08. No biopsy indicated. Repeat PSA 12 months.",
           tiu("UROLOGY NOTE", ("11488-4", "Consult note")), e3, author=c.pr[1], title="UROLOGY NOTE")


def d_fibro_ck(c):
    """DSM positive: fibromyalgia label for 15 months while CK, transaminases, ESR rise and proximal weakness appears."""
    base(c, "Sandoval", "Teresa", "female", "1974-09-03", [("Halvorsen", "Erik", "MD", "Primary Care (PACT)")])
    fm = c.condition(prob("M79.7", "Fibromyalgia", "VA-8790", "FIBROMYALGIA"), "2025-08-12")
    c.condition(prob("I10", "Essential (primary) hypertension", "VA-9921"), "2015-01-01")
    c.condition(prob("H93.13", "Tinnitus, bilateral", "VA-5112"), "2010-01-01")
    c.medstmt(rx("72625", "duloxetine", "DULOXETINE 60MG CAP"), "2025-08-20", reason=[fm])
    c.medstmt(rx("29046", "lisinopril", "LISINOPRIL 10MG TAB"), "2015-02-01")
    dates = ["2025-08-12", "2026-01-13", "2026-05-19", "2026-09-01", "2026-10-27"]
    e = [c.encounter(d, typ=PACT, reasonref=[fm]) for d in dates]
    for d, en, v in zip(dates, e, [6, 6, 7, 7, 7]):
        pain(c, d, v, en)
    c.obs(cc(text="Proximal muscle strength, hip flexors / deltoids"), "2026-09-01", "4-/5 bilaterally; difficulty rising from chair", "exam", e[3], interp="A")
    c.obs(cc(text="Proximal muscle strength, hip flexors / deltoids"), "2026-10-27", "4-/5 bilaterally, cannot climb stairs without rail", "exam", e[4], interp="A")
    lab(c, "ck", "2025-08-12", 140, e[0]); lab(c, "esr", "2025-08-12", 12, e[0]); lab(c, "tsh", "2025-08-12", 2.0, e[0])
    lab(c, "ck", "2026-09-01", 2350, e[3]); lab(c, "alt", "2026-09-01", 88, e[3]); lab(c, "ast", "2026-09-01", 121, e[3])
    lab(c, "ck", "2026-10-27", 2610, e[4]); lab(c, "esr", "2026-10-27", 44, e[4])
    c.vitals("2026-10-27", e[4], 128, 80, 84, 70.0)
    c.note("2026-10-27", "FM flare, more widespread aching and fatigue. Notes weakness climbing stairs. CK 2610 (was 140). "
           "Assessment: fibromyalgia, continue duloxetine, aquatic PT. Recheck labs 3 mo.", tiu("PRIMARY CARE NOTE"), e[4], title="PRIMARY CARE NOTE")


def d_spine_fusion(c):
    """MPP positive: neurosurgery proposes L4-5 posterior lumbar interbody fusion (draft/proposal), not yet done."""
    base(c, "Whitfield", "Curtis", "male", "1969-04-14", [("Halvorsen", "Erik", "MD", "Primary Care (PACT)"), ("Mbeki", "Thandi", "MD", "Neurosurgery")])
    spl = c.condition(prob("M43.16", "Spondylolisthesis, lumbar region", "VA-7216", "SPONDYLOLISTHESIS L4-5 GR 2"), "2024-02-01")
    sten = c.condition(prob("M48.062", "Spinal stenosis, lumbar region with neurogenic claudication", "VA-7240"), "2024-02-01")
    c.condition(prob("F43.10", "Post-traumatic stress disorder, unspecified", "VA-7001"), "2008-01-01")
    c.condition(prob("I10", "Essential (primary) hypertension", "VA-9921"), "2016-01-01")
    c.medstmt(rx("25480", "gabapentin", "GABAPENTIN 600MG TAB"), "2024-03-01", reason=[sten])
    c.medstmt(rx("10689", "tramadol", "TRAMADOL 50MG TAB"), "2025-01-01", reason=[sten], dosage="1 TAB PO Q8H PRN")
    dates = ["2026-03-17", "2026-07-21", "2026-10-13"]
    e = [c.encounter(d, typ=PACT, reasonref=[sten]) for d in dates]
    for d, en in zip(dates, e):
        pain(c, d, 6, en)
    c.obs(cc(text="Walking tolerance"), dates[2], "1 block before leg pain", "exam", e[2])
    c.procedure(cc(("cpt", "62323", "Injection(s), of diagnostic or therapeutic substance(s), interlaminar epidural, lumbar or sacral; with imaging guidance")),
                "2025-09-09", reasonref=[sten], note="Temporary relief 3 weeks")
    c.report(cc(("loinc", "24967-2", "MR Lumbar spine"), text="MRI L-SPINE W/O CONTRAST"), "2026-08-19",
             "Grade 2 anterolisthesis L4 on L5 with severe central and bilateral foraminal stenosis.", enc=e[1])
    e4 = c.encounter("2026-11-18", typ=cc(text="NEUROSURGERY CONSULT"), pr=c.pr[1], reasonref=[spl, sten])
    c.servreq(cc(("cpt", "22630", "Arthrodesis, posterior interbody technique, including laminectomy and/or discectomy to prepare interspace (other than for decompression), single interspace; lumbar"),
                 text="L4-5 decompression and posterior lumbar interbody fusion with instrumentation"),
              "2026-11-18", status="draft", intent="proposal", reasonref=[spl, sten], enc=e4, requester=c.pr[1], performer=c.pr[1],
              note="Tentatively early 2027 after pre-op clearance and smoking cessation.")
    lab(c, "hb", "2026-10-13", 15.1, e[2]); lab(c, "a1c", "2026-10-13", 5.5, e[2])
    c.vitals("2026-10-13", e[2], 138, 86, 76, 101.0)
    c.note("2026-11-18", "NEUROSURGERY: Grade 2 spondylolisthesis L4-5 with severe stenosis, failed PT, ESI and medications. Recommend L4-5 "
           "decompression and instrumented fusion. Risks discussed. Veteran will think it over; needs smoking cessation first.",
           tiu("NEUROSURGERY CONSULT", ("11488-4", "Consult note")), e4, author=c.pr[1], title="NEUROSURGERY CONSULT")


def d_hf_hospice(c):
    """UP positive: stage D heart failure, not an LVAD/transplant candidate, enrolled in hospice."""
    base(c, "Pederson", "Arnold", "male", "1946-12-01", [("Halvorsen", "Erik", "MD", "Primary Care (PACT)"), ("Rasmussen", "Ingrid", "MD", "Cardiology")])
    hf = c.condition(prob("I50.22", "Chronic systolic (congestive) heart failure", "VA-4285", "ISCHEMIC CARDIOMYOPATHY, HFrEF, NYHA IV"), "2017-05-01")
    af = c.condition(prob("I48.20", "Chronic atrial fibrillation, unspecified", "VA-4270"), "2019-01-01")
    ckd = c.condition(prob("N18.32", "Chronic kidney disease, stage 3b", "VA-5853"), "2021-01-01")
    c.condition(prob("E11.9", "Type 2 diabetes mellitus without complications", "VA-4410"), "2005-01-01")
    for med in ["SACUBITRIL/VALSARTAN 24/26MG TAB", "CARVEDILOL 3.125MG TAB", "FUROSEMIDE 80MG TAB", "APIXABAN 2.5MG TAB"]:
        c.medstmt(cc(text=med), "2024-01-01", reason=[af if "APIXABAN" in med else hf])
    e1 = c.encounter("2026-08-04", cls="IMP", typ=cc(text="INPATIENT MEDICINE"), end="2026-08-12", reasonref=[hf])
    e2 = c.encounter("2026-10-06", cls="IMP", typ=cc(text="INPATIENT MEDICINE"), end="2026-10-15", reasonref=[hf])
    e3 = c.encounter("2026-11-03", typ=cc(text="CARDIOLOGY CLINIC"), pr=c.pr[1], reasonref=[hf])
    lab(c, "bnp", "2026-10-06", 3850, e2); lab(c, "crea", "2026-10-06", 2.1, e2); lab(c, "egfr", "2026-10-06", 31, e2); lab(c, "na", "2026-10-06", 131, e2)
    lab(c, "hb", "2026-10-06", 11.4, e2)
    c.obs(cc(("loinc", "10230-1", "Left ventricular Ejection fraction")), "2026-08-06", q(15, "%"), "imaging", e1)
    c.vitals("2026-11-03", e3, 92, 58, 88, 71.0)
    c.note("2026-11-03", "CARDIOLOGY: Stage D HFrEF, EF 15%, 2 admissions in 3 months, inotrope-dependent symptoms. Advanced HF team review: "
           "not a candidate for LVAD or transplant (age, CKD 3b, frailty). No further advanced therapies available. Veteran and wife "
           "elect hospice; DNR/DNI.", tiu("CARDIOLOGY NOTE", ("11488-4", "Consult note")), e3, author=c.pr[1], title="CARDIOLOGY NOTE")
    c.servreq(cc(text="CONSULT TO HOSPICE / PALLIATIVE CARE"), "2026-11-03", status="completed", reasonref=[hf], enc=e3)
    c.careplan("Home hospice plan of care", "active", "2026-11-10", cc(("sct", "385763009", "Hospice care")),
               [(cc(text="Hospice RN visits"), "in-progress", "Twice weekly"), (cc(text="Symptom relief: dyspnea, edema"), "in-progress", "Oral morphine PRN, diuretics")], [hf])
    c.flag(cc(text="DNR/DNI - ADVANCE DIRECTIVE ON FILE"), "2026-11-03", author=c.pr[1],
           cat=cc(("http://terminology.hl7.org/CodeSystem/flag-category", "advance-directive", "Advance Directive")))


def d_adt_qol(c):
    """HIT positive: EORTC QLQ-C30 global health falls 83 -> 58 (MCID 10) within 2 months of starting ADT for prostate cancer."""
    base(c, "Gallagher", "Dennis", "male", "1955-10-10", [("Ahmed", "Farid", "MD", "Urology"), ("Tran", "Mai", "RN", "Urology nursing")])
    pca = c.condition(prob("C61", "Malignant neoplasm of prostate", "VA-1850", "PROSTATE CA, HIGH-RISK (ISUP 4)"), "2026-07-28")
    for code, d, loc, on in [("I10", "Essential (primary) hypertension", "VA-9921", "2010-01-01"), ("E78.5", "Hyperlipidemia, unspecified", "VA-2201", "2012-01-01"),
                             ("H93.13", "Tinnitus, bilateral", "VA-5112", "2008-01-01")]:
        c.condition(prob(code, d, loc), on)
    dates = ["2026-08-20", "2026-09-29", "2026-10-27"]
    e = [c.encounter(d, typ=cc(text="UROLOGY ONCOLOGY CLINIC"), reasonref=[pca]) for d in dates]
    c.medstmt(rx("42375", "leuprolide", "LEUPROLIDE 22.5MG DEPOT INJ q3 months"), "2026-09-01", reason=[pca])
    c.medadmin(rx("42375", "leuprolide", "LEUPROLIDE 22.5MG DEPOT INJ"), "2026-09-01", "22.5 mg IM", reason=[pca])
    for d, en, g, p in zip(dates, e, [83, 67, 58], [18.4, 2.1, 0.6]):
        c.obs(cc(("https://fhir.nphcs.example.org/CodeSystem/pro-instruments", "QLQC30-GHS", "EORTC QLQ-C30 global health status/QoL scale score (0-100)"),
                 text="EORTC QLQ-C30 Global health status"), d, q(g, "{score}"), "survey", en)
        lab(c, "psa", d, p, en)
    c.obs(cc(text="Testosterone, total"), "2026-10-27", q(18, "ng/dL"), "laboratory", e[2], low=264, high=916)
    c.vitals("2026-10-27", e[2], 142, 86, 74, 97.0)
    c.note("2026-10-27", "ADT since 9/1. PSA responding (0.6). Severe hot flashes, fatigue, loss of libido, low mood; "
           "QLQ-C30 global health 58 (83 pre-treatment). Discussed supportive measures.", tiu("UROLOGY NOTE"), e[2], title="UROLOGY NOTE")


def d_ptsd_message(c):
    """PRC positive: secure message from the veteran asking for a second opinion from another psychiatrist."""
    base(c, "Ortiz", "Javier", "male", "1984-07-07", [("Kowalski", "Renee", "MD", "Psychiatry (BHIP)")])
    pt = c.condition(prob("F43.10", "Post-traumatic stress disorder, unspecified", "VA-7001", "PTSD, COMBAT"), "2012-05-01")
    ins = c.condition(prob("G47.00", "Insomnia, unspecified", "VA-3070"), "2013-01-01")
    c.condition(prob("H93.13", "Tinnitus, bilateral", "VA-5112"), "2011-01-01")
    c.medstmt(rx("36437", "sertraline", "SERTRALINE 200MG TAB"), "2019-01-01", reason=[pt])
    c.medstmt(rx("8629", "prazosin", "PRAZOSIN 5MG CAP"), "2022-01-01", reason=[pt])
    c.medstmt(rx("10737", "trazodone", "TRAZODONE 100MG TAB"), "2021-01-01", reason=[ins])
    dates = ["2026-03-24", "2026-06-23", "2026-09-22"]
    e = [c.encounter(d, typ=cc(text="BHIP PSYCHIATRY"), reasonref=[pt]) for d in dates]
    for d, en, v, ph in zip(dates, e, [52, 50, 53], [12, 11, 12]):
        pcl5(c, d, v, en)
        c.obs(cc(("loinc", "44261-6", "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]")), d, ph, "survey", en)
    c.vitals(dates[2], e[2], 128, 82, 78, 88.0)
    c.communication("2026-11-12", "Dr. Kowalski, I've been on the same meds for years and I still wake up every night from nightmares. "
                    "Every visit I get told to keep going and it feels like nobody is really listening. I'm asking for a second opinion "
                    "from a different psychiatrist, maybe through community care. Thank you.",
                    cat=cc(text="Secure message"), topic=cc(text="Request: second opinion"), about=[pt])
    c.note("2026-09-22", "PTSD symptoms persistent, PCL-5 53. Declines prolonged exposure therapy at this time. Continue sertraline and prazosin.",
           tiu("MENTAL HEALTH NOTE"), e[2], title="MENTAL HEALTH NOTE")


def d_second_opinion_done(c):
    """PRC near miss: second-opinion request from February 2026 fulfilled by a community-care spine consult in April 2026."""
    base(c, "Bauer", "Kevin", "male", "1978-02-25", [("Halvorsen", "Erik", "MD", "Primary Care (PACT)"), ("Sato", "Ken", "MD", "Physical Medicine & Rehabilitation")])
    cc_org = c.organization("Red River Spine Associates (Community Care)", "CC-RRSA", prefix="ccorg")
    cc_pr = c.practitioner("Lindahl", "Maria", "MD", "Orthopaedic spine surgery (community care)")
    rad = c.condition(prob("M54.16", "Radiculopathy, lumbar region", "VA-7244", "L5 RADICULOPATHY, LEFT"), "2025-10-01")
    c.condition(prob("E66.9", "Obesity, unspecified", "VA-2780"), "2015-01-01")
    c.condition(prob("H93.13", "Tinnitus, bilateral", "VA-5112"), "2004-01-01")
    c.medstmt(rx("25480", "gabapentin", "GABAPENTIN 300MG CAP"), "2025-11-01", reason=[rad])
    e1 = c.encounter("2026-01-27", typ=cc(text="PM&R CLINIC"), pr=c.pr[1], reasonref=[rad])
    c.communication("2026-02-20", "I'd like a second opinion before anyone puts a needle in my back. Can I see an outside spine specialist?",
                    cat=cc(text="Secure message"), topic=cc(text="Request: second opinion"), about=[rad])
    c.servreq(cc(text="COMMUNITY CARE CONSULT - SPINE SECOND OPINION"), "2026-02-24", status="completed", reasonref=[rad], performer=cc_pr)
    e2 = c.encounter("2026-04-22", typ=cc(text="Community care - second opinion consultation"), pr=cc_pr, org=cc_org, reasonref=[rad])
    c.note("2026-04-22", "Second opinion: L5 radiculopathy from L4-5 foraminal disc protrusion. Agree with VA plan: transforaminal epidural "
           "steroid injection and PT; no surgical indication.", cc(("loinc", "11488-4", "Consult note"), text="COMMUNITY CARE CONSULT"), e2,
           author=cc_pr, title="Community care consult report")
    c.procedure(cc(("cpt", "64483", "Injection(s), anesthetic agent(s) and/or steroid; transforaminal epidural, with imaging guidance (fluoroscopy or CT), lumbar or sacral, single level")),
                "2026-05-14", reasonref=[rad], performer=c.pr[1])
    dates = ["2026-01-27", "2026-06-16", "2026-10-06"]
    for d, v in zip(dates, [7, 4, 3]):
        pain(c, d, v, e1 if d == dates[0] else None)
    e3 = c.encounter("2026-10-06", typ=PACT, reasonref=[rad])
    lab(c, "a1c", "2026-10-06", 5.7, e3); lab(c, "ldl", "2026-10-06", 128, e3)
    c.vitals("2026-10-06", e3, 130, 84, 70, 112.0)
    c.note("2026-10-06", "Leg pain much improved after TFESI in May (3/10). Satisfied with care. Continue home exercise program.",
           tiu("PRIMARY CARE NOTE"), e3, title="PRIMARY CARE NOTE")


def d_pain_worse(c):
    """WDT positive: pain 5 -> 6 -> 7 -> 8 over 7.5 months on duloxetine, gabapentin and PT throughout."""
    base(c, "Mercer", "Shane", "male", "1980-11-11", [("Halvorsen", "Erik", "MD", "Primary Care (PACT)"), ("Dubois", "Amelie", "PT", "Physical therapy")])
    cp = c.condition(prob("G89.4", "Chronic pain syndrome", "VA-3384"), "2019-01-01")
    sp = c.condition(prob("M47.816", "Spondylosis without myelopathy or radiculopathy, lumbar region", "VA-7214"), "2018-01-01")
    c.condition(prob("F43.10", "Post-traumatic stress disorder, unspecified", "VA-7001"), "2010-01-01")
    c.condition(prob("H93.13", "Tinnitus, bilateral", "VA-5112"), "2009-01-01")
    c.medstmt(rx("72625", "duloxetine", "DULOXETINE 60MG CAP"), "2025-10-01", reason=[cp])
    c.medstmt(rx("25480", "gabapentin", "GABAPENTIN 800MG TAB"), "2025-06-01", reason=[cp])
    c.medstmt(rx("7804", "oxycodone", "OXYCODONE 5MG TAB"), "2023-01-01", status="completed", end="2025-08-30", reason=[cp],
              note="Tapered off per Veteran preference (completed 8/2025)")
    c.careplan("Whole Health pain care plan", "active", "2025-10-01", cc(text="Pain management"),
               [(cc(text="Physical therapy, weekly"), "in-progress", "Core stabilisation, graded activity"),
                (cc(text="Cognitive behavioral therapy for chronic pain"), "in-progress", "8 sessions completed")], [cp, sp])
    dates = ["2026-03-10", "2026-05-19", "2026-08-04", "2026-10-27"]
    e = [c.encounter(d, typ=PACT, reasonref=[cp]) for d in dates]
    for d, en, v in zip(dates, e, [5, 6, 7, 8]):
        pain(c, d, v, en)
        c.obs(cc(text="PEG pain interference (0-10 mean)"), d, q({5: 5.0, 6: 6.3, 7: 7.0, 8: 7.7}[v], "{score}"), "survey", en)
    c.obs(cc(("https://fhir.nphcs.example.org/CodeSystem/lab-local", "UDS", "Urine drug screen"), text="URINE DRUG SCREEN"), "2026-08-04",
          "Negative for opioids, expected gabapentin", "laboratory", e[2])
    lab(c, "crea", "2026-08-04", 0.9, e[2]); lab(c, "alt", "2026-08-04", 24, e[2])
    c.vitals("2026-10-27", e[3], 134, 82, 76, 94.0)
    c.note("2026-10-27", "PAIN F/U: back pain now 8/10 (5/10 in March) despite duloxetine 60 mg, gabapentin 2400 mg/day and weekly PT since last fall; "
           "adherent per pill counts and PT attendance. Sleep worse. Will discuss with pain team.", tiu("PAIN MANAGEMENT NOTE"), e[3], title="PAIN MANAGEMENT NOTE")


def d_complex(c):
    """ROC positive: eight active chronic conditions across endocrine, renal, cardiac, pulmonary, mental health, ENT and amputee care."""
    base(c, "Yazzie", "Leonard", "male", "1952-03-15", [("Halvorsen", "Erik", "MD", "Primary Care (PACT)"), ("Price", "Jolene", "CP", "Amputation System of Care")])
    items = [("E11.22", "Type 2 diabetes mellitus with diabetic chronic kidney disease", "VA-4412", "2001-01-01"),
             ("N18.32", "Chronic kidney disease, stage 3b", "VA-5853", "2019-01-01"),
             ("I50.32", "Chronic diastolic (congestive) heart failure", "VA-4286", "2020-01-01"),
             ("J44.9", "Chronic obstructive pulmonary disease, unspecified", "VA-3321", "2015-01-01"),
             ("F43.10", "Post-traumatic stress disorder, unspecified", "VA-7001", "1998-01-01"),
             ("G47.33", "Obstructive sleep apnea (adult) (pediatric)", "VA-3275", "2016-01-01"),
             ("H93.13", "Tinnitus, bilateral", "VA-5112", "1999-01-01"),
             ("Z89.512", "Acquired absence of left leg below knee", "VA-8951", "2022-06-01")]
    pl = plist(c, items)
    c.condition(cc(text="PHANTOM LIMB PAIN LLE"), "2022-08-01")
    for med, r in [(cc(text="INSULIN GLARGINE 100 UNT/ML INJ 24 UNITS QHS"), pl[0]), (cc(text="EMPAGLIFLOZIN 10MG TAB"), pl[2]),
                   (cc(text="FUROSEMIDE 40MG TAB"), pl[2]), (cc(text="BUDESONIDE/FORMOTEROL 160/4.5 INHL"), pl[3]),
                   (rx("8629", "prazosin", "PRAZOSIN 2MG CAP"), pl[4]), (cc(text="CPAP 12 CM H2O NIGHTLY"), pl[5])]:
        c.medstmt(med, "2023-01-01", reason=[r])
    dates = ["2026-02-10", "2026-06-09", "2026-10-06"]
    e = [c.encounter(d, typ=PACT) for d in dates]
    for d, en, a, cr, eg in zip(dates, e, [7.1, 7.0, 7.2], [1.7, 1.7, 1.8], [41, 41, 39]):
        lab(c, "a1c", d, a, en); lab(c, "crea", d, cr, en); lab(c, "egfr", d, eg, en)
        c.vitals(d, en, 132, 74, 72, 98.0)
    e4 = c.encounter("2026-09-01", typ=cc(text="AMPUTATION CLINIC"), pr=c.pr[1])
    c.obs(cc(text="Prosthesis fit / residual limb skin check"), "2026-09-01", "Good fit, K3 ambulator, skin intact", "exam", e4)
    c.note("2026-10-06", "PACT: multiple chronic conditions stable. DM A1c 7.2, CKD 3b stable, HFpEF euvolemic, COPD no exacerbations, PTSD followed by BHIP, "
           "CPAP adherent. Coordinating nephrology, cardiology, pulmonary, MH and amputee clinic.", tiu("PRIMARY CARE NOTE"), e[2], title="PRIMARY CARE NOTE")


def d_gbs_resolved(c):
    """ROC near miss: Guillain-Barre syndrome in 2021, fully recovered (resolved); three active chronic conditions."""
    base(c, "Hollis", "Brandon", "male", "1976-05-30")
    c.condition(prob("G61.0", "Guillain-Barre syndrome", "VA-3570"), "2021-03-02", status="resolved", abate="2021-09-30",
                note="AIDP after Campylobacter enteritis; IVIG; full recovery, normal strength since 9/2021.")
    pl = plist(c, [("I10", "Essential (primary) hypertension", "VA-9921", "2017-01-01"), ("E78.5", "Hyperlipidemia, unspecified", "VA-2201", "2018-01-01"),
                   ("H93.13", "Tinnitus, bilateral", "VA-5112", "2006-01-01")])
    c.medstmt(rx("17767", "amlodipine", "AMLODIPINE 5MG TAB"), "2017-02-01", reason=[pl[0]])
    c.medstmt(rx("83367", "atorvastatin", "ATORVASTATIN 20MG TAB"), "2018-02-01", reason=[pl[1]])
    dates = ["2026-04-14", "2026-10-13"]
    e = [c.encounter(d, typ=PACT) for d in dates]
    for d, en in zip(dates, e):
        c.vitals(d, en, 128, 80, 70, 86.0)
        lab(c, "crea", d, 1.0, en); lab(c, "ldl", d, 96, en)
    lab(c, "hb", dates[1], 15.2, e[1]); lab(c, "alt", dates[1], 26, e[1])
    c.obs(cc(text="Neuro exam: strength and reflexes"), dates[1], "5/5 throughout, reflexes 2+ symmetric", "exam", e[1], interp="N")
    c.note("2026-10-13", "Annual visit. Remote GBS (2021) fully resolved, no residual deficit. BP and lipids at goal. Tinnitus stable, hearing aids.",
           tiu("PRIMARY CARE NOTE"), e[1], title="PRIMARY CARE NOTE")
