"""Head-and-neck / ENT cancer service cases (ICD-10-CM, SNOMED, CPT)."""
from lib import *


def visit(c, d, r, pr=0, new=False):
    return c.enc(d, cpt("99204" if new else "99214", "Office or other outpatient visit, new patient" if new else
                        "Office or other outpatient visit, established patient"), reason=r, pr=pr)


def pta(c, d, ear, v, e=None):
    return c.obs(local(c, "audiology", "PTA-" + ear, f"Pure-tone average 0.5-4 kHz, {'right' if ear == 'R' else 'left'} ear"), d,
                 cat="exam", val=v, unit=("dB HL", "dB"), lo=None, hi=25, enc=e)


def laryngo(c, d, finding, reason=None, pr=0, e=None):
    return c.proc(cpt("31575", "Laryngoscopy, flexible; diagnostic"), date=d, reason=reason, pr=pr, outcome=finding, enc=e)


def hn_lpr(c):  # PERSISTENT near miss: throat symptoms explained by LPR on laryngoscopy, improving on PPI
    c.cond(icd("I10", "Essential (primary) hypertension"), "2018-01-01")
    c.medst(rx("17767", "amlodipine"), "2018-01-01", dose="5 mg daily")
    encs = []
    for d, r in [("2026-05-12", "Globus sensation, throat clearing and intermittent hoarseness x 2 months"),
                 ("2026-07-14", "Persistent globus and throat clearing"), ("2026-09-15", "Ongoing throat symptoms; laryngoscopy")]:
        e = visit(c, d, r, new=not encs)
        encs.append(e)
        c.obs(local(c, "symptoms", "GLOBUS", "Globus sensation / throat clearing"), d, cat="exam", vcc=PRESENT, enc=e)
    r = c.labs("2026-05-13", encs[0], tsh=1.5, hb=14.6, ca=9.6)
    c.panel("2026-05-13", "Basic labs", r, encs[0])
    c.panel("2026-06-02", "Ultrasound neck", None, encs[0], cat="RAD", concl="Normal thyroid, no cervical lymphadenopathy.")
    lpr = c.cond(icd("J38.7", "Other diseases of larynx", ("235595009", "Gastroesophageal reflux disease")), "2026-09-15",
                 note="Laryngopharyngeal reflux.")
    laryngo(c, "2026-09-15", "Posterior commissure hypertrophy, interarytenoid pachydermia and arytenoid erythema; vocal folds mobile, no mass. "
            "Reflux Finding Score 11.", reason=None, e=encs[-1])
    c.med(rx("7646", "omeprazole"), "2026-09-15", "40 mg twice daily before meals for 12 weeks", reason=lpr)
    rsi = local(c, "pro", "RSI", "Reflux Symptom Index")
    c.obs(rsi, "2026-09-15", cat="survey", vint=24, enc=encs[-1])
    e4 = visit(c, "2026-11-17", "Follow-up laryngopharyngeal reflux")
    c.obs(rsi, "2026-11-17", cat="survey", vint=11, enc=e4)
    c.note("2026-11-17", "ENT follow-up",
           "EN: 50M. Laryngoscopy 09/15 showed classic laryngopharyngeal reflux changes, no lesion. After 8 weeks of twice-daily PPI, "
           "RSI 24 -> 11, globus much improved, voice normal. Continue PPI to 12 weeks then step down; lifestyle measures.", enc=e4)


def hn_rhinitis(c):  # DIAGNOSIS_SYMPTOM_MISMATCH positive: 'allergic rhinitis' with unilateral OME, epistaxis
    ar = c.cond(icd("J30.9", "Allergic rhinitis, unspecified", ("61582004", "Allergic rhinitis")), "2025-11-18")
    c.cond(icd("E78.5", "Hyperlipidemia, unspecified"), "2022-01-01")
    c.medst(rx("41126", "fluticasone"), "2025-11-18", reason=ar, dose="2 sprays each nostril daily")
    c.medst(rx("20610", "cetirizine"), "2025-11-18", reason=ar, dose="10 mg daily")
    c.medst(rx("83367", "atorvastatin"), "2022-01-01", dose="20 mg daily")
    c.obs(local(c, "social", "BIRTH-CTRY", "Country of birth"), "2025-11-18", cat="social-history", vstr="China (Guangdong province)")
    for d, r in [("2025-11-18", "Right-sided nasal blockage and post-nasal drip"), ("2026-03-10", "Persistent right nasal obstruction"),
                 ("2026-07-07", "Persistent right nasal obstruction and post-nasal drip"), ("2026-10-20", "Right ear fullness and muffled hearing")]:
        e = visit(c, d, r, pr=0, new=d == "2025-11-18")
        c.obs(local(c, "symptoms", "NASOBS-R", "Right nasal obstruction"), d, cat="exam", vcc=PRESENT, enc=e)
    c.obs(local(c, "symptoms", "EPIST-R", "Blood-stained nasal discharge, right"), "2026-10-20", cat="exam", vcc=PRESENT, enc=e)
    c.cond(icd("H65.91", "Unspecified nonsuppurative otitis media, right ear"), "2026-10-20", cat="encounter-diagnosis", enc=e)
    c.obs(local(c, "audiology", "TYMP-R", "Tympanometry, right ear"), "2026-10-20", cat="exam", vstr="Type B (flat)", it="A", enc=e)
    pta(c, "2026-10-20", "R", 38, e); pta(c, "2026-10-20", "L", 12, e)
    c.obs(local(c, "exam", "NECK-NODE", "Neck examination"), "2026-11-10", cat="exam",
          vstr="Firm non-tender 2 cm node right level II", it="A")
    c.obs(local(c, "allergy", "SPT", "Skin prick panel, aeroallergens"), "2025-12-02", cat="laboratory", vstr="Negative to all aeroallergens; histamine control positive", it="N")
    c.note("2026-11-10", "ENT clinic follow-up",
           "EN: 46M with allergic rhinitis since 11/2025, persistent right nasal obstruction, and "
           "since October blood-stained discharge and a right middle-ear effusion with conductive loss; new firm right level II node. Skin prick panel negative. "
           "Impression: allergic rhinitis with eustachian tube dysfunction. Plan: continue fluticasone/cetirizine, add nasal saline, "
           "review in 3 months.", enc=e)


def hn_thyroid(c):  # MAJOR_PROCEDURE near miss: total thyroidectomy already performed, benign
    g = c.cond(icd("E04.2", "Nontoxic multinodular goiter"), "2024-05-01", status="resolved", abate="2026-09-14")
    hypo = c.cond(icd("E89.0", "Postprocedural hypothyroidism"), "2026-09-14")
    c.cond(icd("J45.909", "Unspecified asthma, uncomplicated"), "2005-01-01")
    s = c.sr(cpt("60240", "Thyroidectomy, total or complete"), "2026-07-08", status="completed", occ="2026-09-14", reason=g, pr=0)
    e = c.enc("2026-09-14", "Surgical admission - thyroidectomy", cls="IMP", end="2026-09-15", pr=0)
    c.proc(cpt("60240", "Thyroidectomy, total or complete"), date="2026-09-14", based=s, reason=g, enc=e,
           outcome="Uncomplicated; both recurrent laryngeal nerves preserved (neuromonitoring).")
    c.panel("2026-09-18", "Surgical pathology - total thyroidectomy", None, e, cat="PAT",
            concl="Multinodular hyperplasia (adenomatous goitre). No malignancy.")
    r = c.labs("2026-09-15", e, ca=8.9)
    r.append(c.lab("pth", "2026-09-15", 32, e))
    c.panel("2026-09-15", "Post-op calcium and PTH", r, e)
    c.med(rx("10582", "levothyroxine"), "2026-09-15", "100 mcg daily", reason=hypo)
    c.medst(rx("435", "albuterol"), "2005-01-01", dose="2 puffs as needed")
    e2 = visit(c, "2026-10-27", "Post-thyroidectomy review")
    c.lab("tsh", "2026-10-24", 2.3, e2)
    c.proc(cpt("31575", "Laryngoscopy, flexible; diagnostic"), date="2026-10-27", enc=e2, outcome="Both vocal folds mobile.")
    c.vitals("2026-10-27", 118, 72, enc=e2)
    c.note("2026-10-27", "Post-operative review",
           "EN: 57F, 6 weeks after total thyroidectomy for compressive multinodular goitre. Benign histology. Voice normal, calcium normal. "
           "TSH 2.3 on levothyroxine 100 mcg. Discharged to PCP.", enc=e2)


def hn_opscc(c):  # UNTREATABLE positive: recurrent metastatic OPSCC, best supportive care only
    ca = c.cond(icd("C10.9", "Malignant neoplasm of oropharynx, unspecified", ("363508004", "Malignant tumor of oropharynx")), "2022-03-15",
                note="p16-positive SCC left tonsil, treated 2022. Recurrence 09/2026.")
    met = c.cond(icd("C78.00", "Secondary malignant neoplasm of unspecified lung"), "2026-09-22")
    c.cond(icd("J44.9", "Chronic obstructive pulmonary disease, unspecified"), "2015-01-01")
    c.medst(rx("7052", "morphine"), "2026-10-08", reason=ca, dose="Extended-release 15 mg every 12 hours")
    c.panel("2026-09-22", "PET/CT skull base to mid-thigh", None, None, cat="NMS",
            code=cpt("78815", "Positron emission tomography (PET) with concurrently acquired computed tomography (CT) for attenuation correction and anatomical localization imaging; skull base to mid-thigh"),
            concl="FDG-avid recurrence left tonsillar fossa extending to parapharyngeal space and skull base; multiple bilateral pulmonary "
                  "metastases (largest 2.4 cm).")
    c.panel("2026-09-29", "Surgical pathology - left oropharynx biopsy", None, None, cat="PAT", concl="Recurrent squamous cell carcinoma, p16 positive.")
    e = c.enc("2026-10-08", "Multidisciplinary tumour board", reason="Recurrent metastatic oropharyngeal SCC", pr=0)
    c.obs(local(c, "exam", "ECOG", "ECOG performance status"), "2026-10-08", cat="exam", vint=3, enc=e,
          note="Capable of only limited self-care; confined to bed or chair more than 50% of waking hours.")
    r = c.labs("2026-10-06", e, hb=10.2, alb=2.9, cre=0.9, ca=10.8)
    c.panel("2026-10-06", "Pre-board labs", r, e)
    c.careplan("Best supportive care - recurrent oropharyngeal cancer", "2026-10-08",
               local(c, "careplan-category", "PALL", "Palliative care"), addresses=[ca, met], pr=0,
               desc="Not a candidate for salvage surgery, re-irradiation or systemic therapy. Symptom control, nutrition support, advance care planning.",
               acts=[("Home hospice enrolment", "scheduled", "Referral placed 10/2026")])
    c.sr(sct("306237005", "Referral to palliative care service", "Referral to hospice / palliative care"), "2026-10-09", status="active",
         intent="order", reason=ca, pr=0)
    c.note("2026-10-08", "Tumour board summary",
           "EN: 63M, p16+ left tonsil SCC treated with chemoradiation in 2022. Now unresectable local recurrence with skull-base extension and "
           "multiple lung metastases. ECOG 3, albumin 2.9, hypercalcaemia. Consensus: no curative or life-prolonging treatment options "
           "available; not fit for systemic therapy. Recommend best supportive care and hospice. Discussed with patient and wife.", enc=e)
    c.vitals("2026-10-08", 108, 66, hr=96, wt=54.0, enc=e)


def hn_larynx_second(c):  # UNTREATABLE near miss: palliative plan but external second opinion 2026-08 on record
    ca = c.cond(icd("C32.0", "Malignant neoplasm of glottis", ("363429002", "Malignant neoplasm of larynx")), "2023-02-07",
                note="Treated by total laryngectomy 2023. Peristomal recurrence 06/2026.")
    c.cond(icd("Z93.0", "Tracheostomy status"), "2023-03-01")
    c.cond(icd("E03.9", "Hypothyroidism, unspecified"), "2023-06-01")
    c.medst(rx("10582", "levothyroxine"), "2023-06-01", dose="112 mcg daily")
    c.panel("2026-06-16", "CT neck and chest with contrast", None, None, cat="RAD",
            concl="Peristomal recurrence invading the manubrium and upper mediastinum; encasement of the brachiocephalic artery.")
    e1 = c.enc("2026-07-01", "Multidisciplinary tumour board", reason="Recurrent laryngeal SCC", pr=0)
    c.note("2026-07-01", "Tumour board summary",
           "EN: 71F, peristomal recurrence after total laryngectomy (2023). Unresectable given mediastinal and great-vessel involvement; "
           "previously irradiated field. No further curative options; palliative approach recommended. Patient requested an "
           "independent opinion before deciding.", enc=e1)
    ext = c.extorg("Allegheny Regional Comprehensive Cancer Center")
    extp = c.extpr("Sato", "Hiroshi", "Head and neck surgical oncology")
    c.sr(sct("103696004", "Patient referral to specialist", "Referral for second opinion - head and neck oncology"), "2026-07-02",
         status="completed", intent="order", performer=ext, reason=ca, pr=0)
    e2 = c.enc("2026-08-19", "Second opinion consultation", reason="Second opinion: recurrent laryngeal cancer", org=ext, prac=extp)
    c.note("2026-08-19", "Second opinion - external",
           "EN: Independent review of imaging and pathology. I concur that the recurrence is unresectable and that re-irradiation or systemic "
           "therapy would not be expected to offer meaningful benefit given her performance status. Agree with palliative focus.",
           typ=("11488-4", "Consult note"), enc=e2, author=extp, custodian=ext)
    c.careplan("Palliative care - recurrent laryngeal cancer", "2026-09-02", local(c, "careplan-category", "PALL", "Palliative care"),
               addresses=ca, pr=0, desc="Symptom control, stoma care, hospice at home.")
    c.sr(sct("306237005", "Referral to palliative care service", "Referral to home hospice"), "2026-09-02", status="active", reason=ca, pr=0)
    r = c.labs("2026-08-30", None, hb=11.5, alb=3.2, tsh=2.8)
    c.panel("2026-08-30", "Labs", r)


def hn_crt(c):  # HIGH_IMPACT positive: concurrent chemoradiation ordered for supraglottic SCC
    ca = c.cond(icd("C32.1", "Malignant neoplasm of supraglottis", ("363429002", "Malignant neoplasm of larynx")), "2026-10-21",
                note="cT3 N1 M0 supraglottic SCC.")
    c.cond(icd("F17.210", "Nicotine dependence, cigarettes, uncomplicated"), "1990-01-01")
    c.cond(icd("I10", "Essential (primary) hypertension"), "2019-01-01")
    c.medst(rx("29046", "lisinopril"), "2019-01-01", dose="20 mg daily")
    e1 = visit(c, "2026-10-14", "Hoarseness and odynophagia x 3 months", new=True)
    laryngo(c, "2026-10-14", "Exophytic lesion of left false cord and epiglottis, left vocal fold mobile.", e=e1)
    c.proc(cpt("31535", "Laryngoscopy, direct, operative, with biopsy"), date="2026-10-21", reason=ca, pr=0,
           outcome="Biopsies left false cord.")
    c.panel("2026-10-24", "Surgical pathology - larynx biopsy", None, None, cat="PAT", concl="Invasive squamous cell carcinoma, moderately differentiated.")
    c.panel("2026-11-02", "PET/CT skull base to mid-thigh", None, None, cat="NMS", concl="FDG-avid supraglottic primary and single 1.8 cm left level III node. No distant disease.")
    e2 = visit(c, "2026-11-11", "Tumour board outcome - larynx preservation", pr=1)
    rt = c.sr(cc((SCT, "108290001", "Radiation oncology AND/OR radiotherapy"), (CPT, "77385", "Intensity modulated radiation treatment delivery (IMRT), includes guidance and tracking, when performed; simple"),
                 text="IMRT 70 Gy in 35 fractions to larynx and bilateral neck"), "2026-11-11", status="active", intent="order",
              occ="2026-12-07", reason=ca, pr=1)
    c.med(rx("2555", "cisplatin"), "2026-11-11", "40 mg/m2 IV weekly during radiotherapy (6 cycles), start 12/07/2026", reason=ca, pr=1)
    c.proc(cpt("92610", "Evaluation of oral and pharyngeal swallowing function"), date="2026-11-18", pr=2,
           outcome="Baseline: mild pharyngeal residue, FOIS 7. Prophylactic swallow exercises taught.")
    c.obs(local(c, "slp", "MDADI", "MD Anderson Dysphagia Inventory composite"), "2026-11-18", cat="survey", val=78, unit=("{score}", "{score}"))
    r = c.labs("2026-11-18", None, cre=0.9, hb=13.8, wbc=7.5, plt=260, na=139, k=4.2)
    c.panel("2026-11-18", "Pre-chemotherapy labs", r)
    pta(c, "2026-11-18", "R", 18); pta(c, "2026-11-18", "L", 20)
    c.note("2026-11-11", "Radiation oncology consult",
           "EN: 59M, cT3N1M0 supraglottic SCC. Tumour board recommends larynx-preservation concurrent chemoradiation: IMRT 70 Gy/35 fx with "
           "weekly cisplatin, start 12/07/2026. Discussed acute toxicities (mucositis, dysphagia, possible feeding tube), late effects "
           "(xerostomia, fibrosis, hearing loss). Consent obtained.", enc=e2, pr=1)


def hn_keratosis(c):  # HIGH_IMPACT near miss: provisional radiotherapy request revoked after benign histology
    lk = c.cond(icd("J38.7", "Other diseases of larynx"), "2026-08-25",
                note="Right vocal fold keratosis without dysplasia.")
    c.cond(cc((ICD, "C32.0", "Malignant neoplasm of glottis"), text="Suspected glottic carcinoma"), "2026-08-25", status=None, ver="refuted",
           cat="encounter-diagnosis", note="Excluded on excision biopsy 09/30/2026.")
    c.cond(icd("F17.210", "Nicotine dependence, cigarettes, uncomplicated"), "1985-01-01")
    e1 = visit(c, "2026-08-25", "Hoarseness x 6 weeks", new=True)
    laryngo(c, "2026-08-25", "White plaque right mid vocal fold, mobile cord; suspicious for early glottic carcinoma.", e=e1)
    c.sr(cc((SCT, "108290001", "Radiation oncology AND/OR radiotherapy"), text="Radiotherapy to larynx (provisional, pending histology)"), "2026-09-08",
         status="revoked", intent="proposal", reason=lk, pr=1, note="Withdrawn 10/06/2026: histology benign, radiotherapy not indicated.")
    c.proc(cpt("31540", "Laryngoscopy, direct, operative, with excision of tumor and/or stripping of vocal cords or epiglottis"),
           date="2026-09-30", reason=lk, pr=0, outcome="Complete excision of right vocal fold plaque.")
    c.panel("2026-10-03", "Surgical pathology - right vocal fold", None, None, cat="PAT", concl="Hyperkeratosis with parakeratosis. No dysplasia. No invasive carcinoma.")
    e2 = visit(c, "2026-10-06", "Results", pr=0)
    c.sr(cpt("92507", "Treatment of speech, language, voice, communication, and/or auditory processing disorder; individual"), "2026-10-06",
         status="active", reason=lk, pr=2, note="Voice therapy 6 sessions.")
    c.sr(txt("Smoking cessation program referral"), "2026-10-06", status="active", pr=0)
    e3 = visit(c, "2026-11-24", "Surveillance laryngoscopy")
    laryngo(c, "2026-11-24", "Healed right vocal fold, no recurrence of leukoplakia.", e=e3)
    r = c.labs("2026-09-20", None, hb=15.2, cre=1.0, glu=97)
    c.panel("2026-09-20", "Pre-operative labs", r)
    c.note("2026-10-06", "ENT clinic",
           "EN: 66M smoker. Right vocal fold leukoplakia excised 09/30: hyperkeratosis without dysplasia. Provisional radiotherapy request "
           "withdrawn. Plan: voice therapy, smoking cessation, 3-monthly laryngoscopic surveillance for a year.", enc=e2)


def hn_qr_no(c):  # PATIENT_REPORTED near miss: questionnaire answers 'No' to second opinion
    crs = c.cond(icd("J33.9", "Nasal polyp, unspecified", ("40055000", "Chronic sinusitis")), "2024-04-01",
                 note="Chronic rhinosinusitis with nasal polyps.")
    c.cond(icd("J45.30", "Mild persistent asthma, uncomplicated"), "2015-01-01")
    c.medst(rx("108118", "mometasone"), "2024-04-01", reason=crs, dose="2 sprays each nostril twice daily")
    c.medst(rx("435", "albuterol"), "2015-01-01", dose="as needed")
    snot = local(c, "pro", "SNOT22", "SNOT-22 sino-nasal outcome score, total")
    for d, v in [("2026-02-17", 38), ("2026-06-16", 35), ("2026-10-20", 33)]:
        e = visit(c, d, "Chronic rhinosinusitis with nasal polyps")
        c.obs(snot, d, cat="survey", vint=v, enc=e)
        c.proc(cpt("31231", "Nasal endoscopy, diagnostic, unilateral or bilateral"), date=d, enc=e, outcome="Grade 1 polyps bilaterally, stable.")
    c.qr("2026-10-19", "Pre-visit patient questionnaire", [
        yn("q1", "Do you feel your concerns were addressed at your last visit?", True),
        yn("q2", "Would you like a second opinion from another specialist?", False),
        {"linkId": "q3", "text": "Anything else you want us to know?", "answer": [{"valueString": "Smell a bit better with the spray."}]}])
    r = c.labs("2026-06-16", None, hb=13.2, wbc=7.0)
    c.obs(cc((LNC, "26449-9", "Eosinophils [#/volume] in Blood")), "2026-06-16", val=0.3, unit=("10*3/uL", "10*3/uL"), lo=0.0, hi=0.5)
    c.note("2026-10-20", "ENT follow-up",
           "EN: 42F, CRSwNP controlled on twice-daily mometasone. SNOT-22 38 -> 33. Grade 1 polyps. Happy with care. Continue; review 6 months.", enc=e)
    c.imm("2025-10-09")


def hn_vhi(c):  # WORSENING near miss: VHI-10 rising but only over 6 weeks
    vp = c.cond(icd("J38.01", "Paralysis of vocal cords and larynx, unilateral"), "2026-09-22",
                note="Left vocal fold paralysis, idiopathic (post-viral).")
    c.cond(icd("E78.5", "Hyperlipidemia, unspecified"), "2020-01-01")
    e1 = visit(c, "2026-09-22", "Breathy voice after upper respiratory infection", new=True)
    laryngo(c, "2026-09-22", "Left vocal fold immobile in paramedian position; incomplete glottic closure; no mass.", e=e1)
    c.panel("2026-09-29", "CT neck and chest with contrast (skull base to aortic arch)", None, e1, cat="RAD",
            concl="No lesion along the course of the left vagus or recurrent laryngeal nerve. Normal thyroid. Clear lungs.")
    s = c.sr(cpt("92507", "Treatment of speech, language, voice, communication, and/or auditory processing disorder; individual"),
             "2026-09-29", status="active", occ="2026-10-01", reason=vp, pr=2, note="Voice therapy weekly.")
    vhi = local(c, "pro", "VHI10", "Voice Handicap Index-10")
    for d, v in [("2026-10-01", 14), ("2026-10-22", 19), ("2026-11-12", 24)]:
        e = c.enc(d, "Voice therapy session", reason="Unilateral vocal fold paralysis", pr=2)
        c.obs(vhi, d, cat="survey", vint=v, enc=e)
    c.proc(cpt("92507", "Treatment of speech, language, voice, communication, and/or auditory processing disorder; individual"),
           status="in-progress", date="2026-10-01", based=s, reason=vp, pr=2)
    r = c.labs("2026-09-23", None, hb=13.7, glu=92, tsh=1.9, ca=9.5)
    c.panel("2026-09-23", "Labs", r)
    c.note("2026-11-12", "Speech-language pathology",
           "EN: 53F, left VF paralysis since 09/2026 (6 weeks of voice therapy). Voice more fatigued with increased work demands; VHI-10 14 -> 24. "
           "Continue therapy; laryngology review 12/2026 to discuss injection augmentation if no recovery by 6 months.", pr=2)


def hn_nf2(c):  # RARE positive: NF2 with bilateral vestibular schwannomas under surveillance
    nf2 = c.cond(cc((ICD, "Q85.02", "Neurofibromatosis, type 2"), (SCT, "92503002", "Neurofibromatosis type 2"),
                    (ORPHA, "637", "NF2-related schwannomatosis"), text="Neurofibromatosis type 2"), "2019-06-11")
    c.cond(icd("D33.3", "Benign neoplasm of cranial nerves"), "2019-06-11", note="Bilateral vestibular schwannomas (R 14 mm, L 9 mm).")
    hl = c.cond(icd("H90.3", "Sensorineural hearing loss, bilateral"), "2019-06-11")
    c.put("Device", "dev", {"status": "active", "deviceName": [{"name": "Behind-the-ear hearing aids, bilateral", "type": "user-friendly-name"}],
                             "type": txt("Hearing aid"), "patient": c.R(c.pat)})
    for d, r_, l_ in [("2025-12-09", 48, 35), ("2026-06-09", 50, 36)]:
        e = visit(c, d, "NF2 surveillance")
        pta(c, d, "R", r_, e); pta(c, d, "L", l_, e)
        c.obs(local(c, "audiology", "WRS-R", "Word recognition score, right ear"), d, cat="exam", val=72, unit="%", enc=e)
    c.panel("2026-06-02", "MRI brain and internal auditory canals with and without contrast", None, None, cat="RAD",
            code=cpt("70553", "Magnetic resonance imaging, brain, without contrast material, followed by contrast material and further sequences"),
            concl="Bilateral vestibular schwannomas, right 14 mm and left 9 mm, unchanged from 06/2025. Small right parafalcine meningioma, stable.")
    c.obs(local(c, "genetics", "NF2-VAR", "NF2 gene variant"), "2019-08-01", vstr="Pathogenic variant c.169C>T (p.Arg57Ter), heterozygous", it="A")
    r = c.labs("2026-06-03", None, hb=14.9, cre=0.9)
    c.panel("2026-06-03", "Pre-contrast labs", r)
    c.note("2026-06-09", "Neurotology clinic",
           "EN: 29M with genetically confirmed NF2: bilateral vestibular schwannomas, stable on serial MRI; moderate right and mild-moderate "
           "left SNHL, aided. Watchful waiting; annual MRI and audiology. Discussed future options (radiosurgery, bevacizumab) if growth.", pr=0)
    c.imm("2025-10-16")


BUILDERS = [
    ("PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "near-miss", hn_lpr, ("Foster", "Brian", "male", "1976-04-21"), [],
     "Throat symptoms over 18 weeks were explained by laryngopharyngeal reflux on laryngoscopy and are improving on PPI.",
     "Globus explained by LPR on laryngoscopy, improving"),
    ("DIAGNOSIS_SYMPTOM_MISMATCH", "positive", hn_rhinitis, ("Chen", "Wei", "male", "1980-08-02"), [],
     "'Allergic rhinitis' (negative skin prick) held for a year while unilateral obstruction, blood-stained discharge, adult unilateral middle-ear effusion and a neck node appear.",
     "Allergic rhinitis label despite unilateral OME, epistaxis, neck node"),
    ("MAJOR_PROCEDURE_PLANNED", "near-miss", hn_thyroid, ("Russo", "Angela", "female", "1969-05-25"), [],
     "Total thyroidectomy already performed on 2026-09-14 (request completed), benign; nothing pending.",
     "Thyroidectomy already done, benign"),
    ("UNTREATABLE_PROGNOSIS", "positive", hn_opscc, ("Morgan", "Dale", "male", "1963-02-10"), [],
     "Recurrent metastatic oropharyngeal SCC: tumour board says no curative or life-prolonging options; palliative CarePlan and hospice referral; no second opinion. (Chemoradiation was in 2022, not current.)",
     "Recurrent OPSCC, best supportive care, hospice"),
    ("UNTREATABLE_PROGNOSIS", "near-miss", hn_larynx_second, ("Walsh", "Eileen", "female", "1955-09-17"), [],
     "Palliative plan for recurrent laryngeal cancer, but an external second opinion on 2026-08-19 (within 12 months) concurred; suppressed.",
     "Palliative plan; external second opinion already on record"),
    ("HIGH_IMPACT_TREATMENT", "positive", hn_crt, ("Barnes", "Roger", "male", "1967-06-28"), [],
     "Concurrent chemoradiation (IMRT 70 Gy + weekly cisplatin) ordered to start 2026-12-07.",
     "Chemoradiation for laryngeal SCC starting Dec 2026"),
    ("HIGH_IMPACT_TREATMENT", "near-miss", hn_keratosis, ("Hale", "Victor", "male", "1960-10-13"), [],
     "Provisional radiotherapy request revoked after excision showed keratosis without dysplasia; only voice therapy.",
     "Radiotherapy request revoked, benign keratosis"),
    ("PATIENT_REPORTED_CONCERN", "near-miss", hn_qr_no, ("Patel", "Anjali", "female", "1984-12-01"), [],
     "Questionnaire answers No to wanting a second opinion and Yes to concerns addressed.",
     "Questionnaire: No to second opinion"),
    ("WORSENING_DESPITE_TREATMENT", "near-miss", hn_vhi, ("Dunn", "Carol", "female", "1973-07-07"), [],
     "VHI-10 rose 14 -> 24 under voice therapy but over only 42 days (< 90 days).",
     "VHI-10 worse over only 6 weeks of voice therapy"),
    ("RARE_OR_COMPLEX_CONDITION", "positive", hn_nf2, ("Ellison", "Jordan", "male", "1997-03-04"), [],
     "Neurofibromatosis type 2 (ORPHA:637) with bilateral vestibular schwannomas under surveillance.",
     "NF2 with bilateral vestibular schwannomas"),
]
