from cases_b import *

# ---------------- 5 HIGH_IMPACT_TREATMENT ----------------
@case("HIGH_IMPACT_TREATMENT", "positive", 4,
      summary="74M CKD stage 5 (eGFR 9); in-centre haemodialysis start ordered for early January 2027, AV fistula matured",
      why="Planned maintenance haemodialysis (ServiceRequest active, start 2027-01-05), a high-impact treatment; fistula creation already done.")
def p5a(c):
    c.setup("Franklin Delano", "Okoye", "male", "1952-05-19", "Renton", "WA", "Medicare Part A/B", plan="Medicare",
            clinicians=[("Sorensen, Ingrid", "Nephrology"), ("Patel, Raj", "Vascular Surgery")])
    ckd = c.cond(cc((SCT, "433146000", "Chronic kidney disease stage 5"), (ICD, "N18.5", "Chronic kidney disease, stage 5")), "2025-08-01")
    c.cond(HTN, "2001-01-01")
    c.med("17767", "amlodipine 10 MG Oral Tablet", "2015-01-01", dose="daily")
    c.med(None, "sevelamer carbonate 800 MG Oral Tablet", "2026-02-01", dose="1 tablet three times daily with meals")
    for d, eg in [("2026-06-02", 10), ("2026-09-01", 10), ("2026-11-10", 9)]:
        e = visit(c, d, "Nephrology clinic", 142, 82, 74, 79.0)
        c.obs(cc((LOINC, "98979-8", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI 2021)")), d, eg, "mL/min/{1.73_m2}", low=60, enc=e)
        c.obs(("2823-3", "Potassium [Moles/volume] in Serum or Plasma"), d, 5.2, "mmol/L", low=3.5, high=5.1, enc=e)
    c.proc(cc((CPT, "36821", "Arteriovenous anastomosis, open; direct, any site (eg, Cimino type)"), text="Left radiocephalic AV fistula creation"), "2026-07-14", reason=ckd, who=1)
    c.note("2026-11-10", "Nephrology visit", """eGFR 9, uremic symptoms (nausea, pruritus, dysgeusia). Left RC fistula mature on US (flow 720 mL/min). After modality education he chose in-centre HD; declined PD.
Plan: start in-centre hemodialysis 3x/week at Renton Dialysis Center week of 1/5/2027.""")
    c.sr(cc((CPT, "90935", "Hemodialysis procedure with single evaluation by a physician or other qualified health care professional"), (SCT, "302497006", "Hemodialysis"), text="Initiate maintenance in-centre hemodialysis, 3x/week"),
         "2026-11-10", status="active", intent="order", occ="2027-01-05", reason=ckd, performer="Renton Dialysis Center")
    c.careplan("Kidney replacement therapy plan", cc(text="Nephrology care plan"), "2026-11-10", addresses=[ckd], desc="Start HD January 2027; transplant evaluation referral after dialysis start.")


@case("HIGH_IMPACT_TREATMENT", "positive", 9,
      summary="67M intermediate-risk prostate adenocarcinoma; IMRT 70 Gy/28 fx planned to start mid-December with 6 months ADT",
      why="Planned external-beam radiotherapy (CPT 77385 course, simulation done) for prostate cancer is a high-impact treatment (urinary/bowel/sexual toxicity).")
def p5b(c):
    c.setup("Dennis Raymond", "Whitaker", "male", "1959-08-08", "Lynchburg", "VA", "Anthem Blue Cross PPO",
            clinicians=[("Langford, Beth", "Urology"), ("Kamara, Sahr", "Radiation Oncology")])
    pca = c.cond(cc((SCT, "399068003", "Malignant tumor of prostate"), (ICD, "C61", "Malignant neoplasm of prostate"), text="Prostate adenocarcinoma, Gleason 3+4 (GG2), cT2b, NCCN unfavorable intermediate risk"), "2026-08-27")
    c.cond(cc((SCT, "73430006", "Sleep apnea"), (ICD, "G47.33", "Obstructive sleep apnea (adult) (pediatric)")), "2018-01-01")
    for d, v in [("2025-11-04", 6.1), ("2026-06-15", 8.4)]:
        c.obs(("2857-1", "Prostate specific Ag [Mass/volume] in Serum or Plasma"), d, v, "ng/mL", high=4.0)
    c.dr(cc((LOINC, "72244-6", "MR Prostate"), text="Multiparametric MRI prostate"), "2026-07-20", [], "PI-RADS 4 lesion left peripheral zone, no extraprostatic extension.", cat=("RAD", "Radiology"))
    c.proc(cc((CPT, "55700", "Biopsy, prostate; needle or punch, single or multiple, any approach")), "2026-08-20", who=0)
    c.dr(cc((LOINC, "66117-3", "Pathology biopsy report")), "2026-08-27", [], "Prostatic adenocarcinoma Gleason 3+4=7 in 4/12 cores, max 40%.", cat=("PAT", "Pathology"))
    c.note("2026-10-21", "Radiation oncology consult", """Options discussed: radical prostatectomy vs EBRT + short-course ADT vs surveillance (not favoured). Patient prefers radiation.
Plan: leuprolide 6 months starting now; fiducials + SpaceOAR; IMRT 70 Gy in 28 fractions starting ~12/14/2026. Counselled on urinary frequency, proctitis, erectile dysfunction.""", who=1, typ=("11488-4", "Consult note"))
    c.med("42375", "leuprolide acetate 22.5 MG injection (3-month depot)", "2026-10-21", dose="22.5 mg IM every 3 months x 2", reason=pca, who=1)
    c.proc(cc((CPT, "55876", "Placement of interstitial device(s) for radiation therapy guidance (eg, fiducial markers, dosimeter), prostate"), text="Fiducial markers and rectal spacer placement"), "2026-11-17", reason=pca, who=1)
    c.proc(cc((CPT, "77290", "Therapeutic radiology simulation-aided field setting; complex")), "2026-11-24", reason=pca, who=1)
    c.sr(cc((CPT, "77385", "Intensity modulated radiation treatment delivery (IMRT), includes guidance and tracking, when performed; simple"), (SCT, "441799006", "Intensity modulated radiation therapy"), text="IMRT prostate 70 Gy / 28 fractions"),
         "2026-11-24", status="active", intent="order", occ="2026-12-14", reason=pca, who=1)
    e = visit(c, "2026-11-24", "Radiation oncology visit", 134, 82, 68, 92.0, who=1)
    c.obs(cc((LOINC, "28133-7", "IPSS total score"), text="International Prostate Symptom Score"), "2026-11-24", 7, "{score}", cat="survey", enc=e)


@case("HIGH_IMPACT_TREATMENT", "positive", 1,
      summary="61F stage III colon cancer on adjuvant CAPOX since Sept 2026; EORTC QLQ-C30 global health fell 75 -> 50",
      why="Chemotherapy (oxaliplatin + capecitabine) started and ongoing, and the patient-reported QoL score dropped 25 points (MCID ~10) after it began.")
def p5c(c):
    c.setup("Yolanda Maria", "Espinoza", "female", "1965-03-03", "Tempe", "AZ", "Blue Cross Blue Shield of Arizona",
            clinicians=[("Harlan, Kristoffer", "Medical Oncology"), ("Saldana, Victor", "Family Medicine")])
    cc1 = c.cond(cc((SCT, "363406005", "Malignant neoplasm of colon"), (ICD, "C18.7", "Malignant neoplasm of sigmoid colon"), text="Sigmoid adenocarcinoma pT3N1bM0, stage IIIB"), "2026-07-28")
    c.proc(cc((CPT, "44204", "Laparoscopy, surgical; colectomy, partial, with anastomosis")), "2026-08-11", reason=cc1)
    c.cond(cc((SCT, "40930008", "Hypothyroidism"), (ICD, "E03.9", "Hypothyroidism, unspecified")), "2010-01-01")
    c.med("32592", "oxaliplatin 130 MG/M2 IV infusion every 21 days", "2026-09-15", dose="130 mg/m2 IV day 1 q21d x 8 cycles", reason=cc1)
    c.med("194000", "capecitabine 500 MG Oral Tablet", "2026-09-15", dose="1000 mg/m2 twice daily days 1-14 q21d", reason=cc1)
    c.med("26225", "ondansetron 8 MG Oral Tablet", "2026-09-15", dose="every 8 h as needed for nausea")
    for d, g in [("2026-09-08", 75), ("2026-10-20", 58), ("2026-11-24", 50)]:
        c.obs(cc(text="EORTC QLQ-C30 Global health status/QoL scale score (0-100)"), d, g, "{score}", cat="survey")
    for d, anc in [("2026-10-06", 2.1), ("2026-10-27", 1.6), ("2026-11-17", 1.7)]:
        c.obs(("751-8", "Neutrophils [#/volume] in Blood by Automated count"), d, anc, "10*3/uL", low=1.5, high=7.5)
    e = visit(c, "2026-11-24", "Oncology infusion visit", 118, 72, 88, 64.0)
    c.note("2026-11-24", "Oncology visit, cycle 4", """Cycle 4 CAPOX. Grade 2 cold-induced neuropathy in fingers, grade 1 hand-foot syndrome, fatigue, missed work. QoL global health 50 (baseline 75).
Continue with capecitabine dose reduced to 80%. 4 more cycles planned.""", enc=e)


@case("HIGH_IMPACT_TREATMENT", "near-miss", 11,
      summary="70M actinic keratoses on face treated with topical fluorouracil 5% cream for 3 weeks",
      why="Topical field therapy for pre-cancerous skin lesions is a minor treatment, not systemic chemotherapy or another high-impact treatment.")
def p5n1(c):
    c.setup("Clifford Lee", "Dunaway", "male", "1956-06-06", "Henderson", "NV", "Medicare Part B", plan="Medicare",
            clinicians=[("Abramova, Irina", "Dermatology")])
    ak = c.cond(cc((SCT, "201101007", "Actinic keratosis"), (ICD, "L57.0", "Actinic keratosis")), "2026-10-13")
    c.cond(cc((SCT, "254701007", "Basal cell carcinoma of skin"), (ICD, "C44.319", "Basal cell carcinoma of skin of other parts of face")), "2023-02-01", status="resolved", abate="2023-03-15")
    c.proc(cc((CPT, "17311", "Mohs micrographic technique, head/neck; first stage")), "2023-03-15", note="Left nasal ala BCC, clear margins")
    c.cond(HLD, "2012-01-01")
    c.med("83367", "atorvastatin 20 MG Oral Tablet", "2012-01-01", dose="daily", stmt=True)
    e = c.enc("2026-10-13", "Dermatology visit", reason="Skin check")
    c.note("2026-10-13", "Dermatology full skin exam", """Annual skin check, hx BCC. Numerous gritty erythematous scaly papules forehead and scalp consistent with AKs (>10). No suspicious pigmented lesions. Mohs scar well healed.
Plan: field therapy with 5-FU 5% cream BID x 3 weeks to forehead/scalp. Expect redness/crusting. Sunscreen.""", enc=e)
    c.med("4492", "fluorouracil 50 MG/ML Topical Cream", "2026-10-13", status="completed", dose="apply thin layer to forehead and scalp twice daily for 21 days", reason=ak)
    e2 = c.enc("2026-11-17", "Dermatology follow-up")
    c.note("2026-11-17", "Dermatology follow-up", "Completed 5-FU course, brisk reaction now resolving. Most AKs cleared. Follow up 6 months.", enc=e2)
    c.proc(cc((CPT, "17000", "Destruction premalignant lesions (eg, actinic keratoses); first lesion")), "2026-11-17", enc=e2, note="Cryotherapy x2 residual AKs")
    c.obs(cc(text="Dermatology Life Quality Index (DLQI) total"), "2026-11-17", 3, "{score}", cat="survey", enc=e2)
    c.enc("2026-04-02", "Primary care visit")
    c.obs(("2160-0", "Creatinine [Mass/volume] in Serum or Plasma"), "2026-04-02", 1.0, "mg/dL", low=0.7, high=1.3)
    c.obs(("13457-7", "Cholesterol in LDL [Mass/volume] in Serum or Plasma by calculation"), "2026-04-02", 88, "mg/dL", high=100)


@case("HIGH_IMPACT_TREATMENT", "near-miss", 7,
      summary="52F breast cancer survivor: chemotherapy finished 2023, now on letrozole; FACT-B stable over the last year",
      why="Chemotherapy ended years ago; current endocrine therapy is not in the high-impact set and QoL shows no drop reaching the MCID.")
def p5n2(c):
    c.setup("Christine Louise", "Van Buren", "female", "1974-12-19", "Troy", "NY", "Empire BlueCross BlueShield",
            clinicians=[("Ostrander, Paul", "Medical Oncology"), ("Greco, Alessia", "Gynecology")])
    bc = c.cond(cc((SCT, "254837009", "Malignant neoplasm of breast"), (ICD, "Z85.3", "Personal history of malignant neoplasm of breast"), text="Left breast IDC pT2N1, ER+/PR+/HER2-, s/p lumpectomy, AC-T and radiation 2022-2023"), "2022-09-01", status="remission")
    c.proc(cc((CPT, "19301", "Mastectomy, partial (eg, lumpectomy, tylectomy, quadrantectomy, segmentectomy)")), "2022-10-04", reason=bc)
    c.med(None, "doxorubicin/cyclophosphamide followed by paclitaxel (AC-T)", "2022-11-01", status="completed", dose="dose-dense AC x4 then weekly paclitaxel x12", reason=bc)
    c.med("72965", "letrozole 2.5 MG Oral Tablet", "2023-06-01", dose="1 tablet daily", reason=bc)
    c.med(None, "calcium carbonate 600 MG / vitamin D3 400 UNT Oral Tablet", "2023-06-01", dose="twice daily", stmt=True)
    c.cond(cc((SCT, "64859006", "Osteoporosis"), text="Osteopenia") if False else cc((SCT, "312894000", "Osteopenia"), (ICD, "M85.80", "Other specified disorders of bone density and structure, unspecified site")), "2024-05-01")
    for d, s in [("2025-11-18", 112), ("2026-05-19", 109), ("2026-11-17", 110)]:
        e = visit(c, d, "Survivorship clinic", 118, 74, 66, 66.0)
        c.obs(cc(text="FACT-B total score (0-148)"), d, s, "{score}", cat="survey", enc=e)
    c.dr(cc((LOINC, "24606-6", "MG Breast Screening"), text="Diagnostic mammogram bilateral"), "2026-10-30", [], "Post-treatment changes left breast. BI-RADS 2, benign.", cat=("RAD", "Radiology"))
    c.note("2026-11-17", "Survivorship visit", "3.5 yrs from diagnosis, NED. Tolerating letrozole with mild arthralgias. Mammogram benign. Continue AI to complete 5-7 years. DEXA due 2027.")

# ---------------- 6 PATIENT_REPORTED_CONCERN ----------------
SO_Q = "http://example-portal.org/Questionnaire/previsit-concerns"

def qr(c, date, items, who_enc=None):
    r = {"resourceType": "QuestionnaireResponse", "questionnaire": SO_Q, "status": "completed", "subject": c.P(),
         "authored": date + "T20:14:00-05:00", "author": c.P(), "source": c.P(), "item": items}
    if who_enc:
        r["encounter"] = {"reference": who_enc}
    return c.add(r, "qr")

YES = {"system": LOINC, "code": "LA33-6", "display": "Yes"}
NO = {"system": LOINC, "code": "LA32-8", "display": "No"}

@case("PATIENT_REPORTED_CONCERN", "positive", 8,
      summary="44F with endometriosis answers 'Yes' to 'would you like a second opinion' on pre-visit portal questionnaire and writes that she feels unheard",
      why="Explicit patient signal: QuestionnaireResponse answer Yes to a second-opinion question, with a free-text comment of feeling dismissed.")
def p6a(c):
    c.setup("Alicia Dawn", "Moreno-Keller", "female", "1982-09-14", "Roseville", "CA", "Blue Shield of California PPO",
            clinicians=[("Tanaka, Emi", "Gynecology")])
    endo = c.cond(cc((SCT, "129103003", "Endometriosis"), (ICD, "N80.9", "Endometriosis, unspecified")), "2021-03-01")
    c.cond(cc((SCT, "35489007", "Depressive disorder"), text="Iron deficiency") if False else cc((SCT, "87522002", "Iron deficiency anemia"), (ICD, "D50.0", "Iron deficiency anemia secondary to blood loss (chronic)")), "2024-01-01", status="resolved", abate="2025-01-01")
    c.med(None, "norethindrone acetate 5 MG Oral Tablet", "2023-01-01", dose="daily", reason=endo)
    c.med("5640", "ibuprofen 600 MG Oral Tablet", "2021-03-01", dose="every 6 h as needed", stmt=True)
    for d, p in [("2026-03-10", 5), ("2026-07-14", 5), ("2026-11-03", 5)]:
        e = visit(c, d, "Gynecology visit", 114, 70, 72, 61.0)
        c.obs(("72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"), d, p, "{score}", cat="survey", enc=e)
    c.obs(("718-7", "Hemoglobin [Mass/volume] in Blood"), "2026-11-03", 12.5, "g/dL", low=12.0, high=15.5)
    c.note("2026-11-03", "Gynecology visit", "Endometriosis, pain stable on norethindrone (5/10 around menses). Discussed options incl. GnRH antagonist, laparoscopic excision; patient undecided. Continue current regimen, reassess in 4 months.")
    qr(c, "2026-11-28", [
        {"linkId": "1", "text": "What is the main reason for your upcoming visit?", "answer": [{"valueString": "Ongoing pelvic pain"}]},
        {"linkId": "2", "text": "Would you like a second opinion about your diagnosis or treatment plan?", "answer": [{"valueCoding": YES}]},
        {"linkId": "2.1", "text": "Please tell us more", "answer": [{"valueString": "5 years of the same pills and nobody seems to take the pain seriously. I'd like another specialist, ideally an endometriosis center, to look at my case."}]}])


@case("PATIENT_REPORTED_CONCERN", "positive", 0,
      summary="39M with thyroid nodule (Bethesda III) on surveillance sends portal message asking to see another endocrinologist for a second opinion",
      why="Patient-authored Communication explicitly requesting a second opinion.")
def p6b(c):
    c.setup("Brian Thomas", "Kovacevic", "male", "1987-04-25", "Evanston", "IL", "Cigna PPO",
            clinicians=[("Sandoval, Ines", "Endocrinology")])
    tn = c.cond(cc((SCT, "237495005", "Thyroid nodule"), (ICD, "E04.1", "Nontoxic single thyroid nodule")), "2026-05-12")
    c.cond(cc((SCT, "195967001", "Asthma"), (ICD, "J45.20", "Mild intermittent asthma, uncomplicated")), "2000-01-01")
    c.med("435", "albuterol 90 MCG/ACTUAT inhaler", "2015-01-01", dose="2 puffs every 4 h as needed", stmt=True)
    c.obs(("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma"), "2026-05-12", 1.6, "m[IU]/L", low=0.4, high=4.5)
    c.dr(cc((LOINC, "24842-9", "US Thyroid"), text="Ultrasound thyroid"), "2026-05-20", [], "2.1 cm solid hypoechoic nodule right lobe, TI-RADS 4. No suspicious nodes.", cat=("RAD", "Radiology"))
    c.proc(cc((CPT, "10005", "Fine needle aspiration biopsy, including ultrasound guidance; first lesion")), "2026-06-09", reason=tn)
    c.dr(cc((LOINC, "33717-0", "Cytology report")), "2026-06-12", [], "Atypia of undetermined significance (Bethesda III). Molecular testing: negative (benign call).", cat=("CP", "Cytopathology"))
    e = visit(c, "2026-07-01", "Endocrinology visit", 122, 78, 70, 84.0)
    c.note("2026-07-01", "Endocrinology visit", "Bethesda III with benign molecular classifier. Recommend surveillance ultrasound in 12 months. Surgery not indicated at this time.", enc=e)
    c.add({"resourceType": "Communication", "status": "completed", "subject": c.P(), "sent": "2026-11-19T22:41:00-06:00",
           "sender": c.P(), "recipient": [{"reference": c.pr[0]}],
           "category": [cc(("http://terminology.hl7.org/CodeSystem/communication-category", "notification", "Notification"), text="Patient portal message")],
           "medium": [cc(("http://terminology.hl7.org/CodeSystem/v3-ParticipationMode", "EMAILWRIT", "email"), text="Patient portal")],
           "topic": cc(text="Question about my thyroid nodule"), "about": [{"reference": tn}],
           "payload": [{"contentString": "Dr. Sandoval, I've been thinking about this nodule for months and waiting a whole year for another ultrasound does not sit right with me. My uncle had thyroid cancer. I would like a second opinion from another endocrinologist or a thyroid surgeon before we decide to just watch it. Can you send a referral or my records to UChicago? Thanks, Brian"}]}, "comm")


@case("PATIENT_REPORTED_CONCERN", "positive", 6,
      summary="27F with chronic migraine and POTS-like symptoms; Flag authored by the patient via portal: 'requests second opinion - feels concerns dismissed'",
      why="Patient-authored Flag (author = Patient) requesting a second opinion.")
def p6c(c):
    c.setup("Hannah Grace", "Solberg", "female", "1999-02-08", "Moorhead", "MN", "Medica Choice",
            clinicians=[("Kjelstad, Marit", "Neurology"), ("Thorsen, Karl", "Family Medicine")])
    mig = c.cond(cc((SCT, "124171000119105", "Chronic intractable migraine without aura"), (ICD, "G43.719", "Chronic migraine without aura, intractable, without status migrainosus")), "2022-01-01")
    c.med(None, "erenumab-aooe 140 MG/ML auto-injector", "2025-09-01", dose="140 mg subcutaneously monthly", reason=mig)
    c.med(None, "rizatriptan 10 MG orally disintegrating tablet", "2022-01-01", dose="at onset, may repeat in 2 h, max 2/day", reason=mig)
    for d, days in [("2026-04-08", 9), ("2026-08-05", 8), ("2026-11-04", 8)]:
        e = visit(c, d, "Neurology visit", 104, 66, 84, 57.0)
        c.obs(cc(text="Headache days per month (headache diary)"), d, days, "/mo", "/mo", cat="survey", enc=e)
    c.note("2026-11-04", "Neurology visit", "Migraine frequency stable at ~8 days/month on erenumab. Also reports lightheadedness and racing heart on standing; I advised fluids/salt and PCP follow-up. Continue current plan.")
    c.add({"resourceType": "Flag", "status": "active",
           "category": [cc(("http://terminology.hl7.org/CodeSystem/flag-category", "admin", "Administrative"))],
           "code": cc(text="Patient requests second opinion"), "subject": c.P(), "period": {"start": "2026-11-21"},
           "author": c.P()}, "flag")
    c.add({"resourceType": "Communication", "status": "completed", "subject": c.P(), "sent": "2026-11-21T19:02:00-06:00",
           "sender": c.P(), "recipient": [{"reference": c.pr[1]}],
           "payload": [{"contentString": "When I stand up my heart races and I almost pass out. Every time I bring it up I'm told to drink more water. I want someone else to look at this - please put in that I'm asking for a second opinion."}]}, "comm")
    c.obs(("718-7", "Hemoglobin [Mass/volume] in Blood"), "2026-08-05", 13.0, "g/dL", low=12.0, high=15.5)


@case("PATIENT_REPORTED_CONCERN", "near-miss", 3,
      summary="58M with gout completes pre-visit portal questionnaire; answers 'No' to wanting a second opinion",
      why="The only patient signal is a questionnaire answer of No; no request for a second opinion exists.")
def p6n1(c):
    c.setup("Terrence Lamar", "Gaines", "male", "1968-10-30", "Durham", "NC", "Blue Cross NC Blue Advantage",
            clinicians=[("Ferreira, Lucia", "Rheumatology")])
    g = c.cond(cc((SCT, "90560007", "Gout"), (ICD, "M10.9", "Gout, unspecified")), "2020-06-01")
    c.cond(HTN, "2015-01-01")
    c.med("519", "allopurinol 300 MG Oral Tablet", "2021-01-01", dose="daily", reason=g)
    c.med("52175", "losartan potassium 100 MG Oral Tablet", "2015-01-01", dose="daily")
    for d, u in [("2026-04-14", 5.8), ("2026-10-13", 5.4)]:
        e = visit(c, d, "Rheumatology visit", 130, 80, 72, 101.0)
        c.obs(("3084-1", "Urate [Mass/volume] in Serum or Plasma"), d, u, "mg/dL", high=6.0, enc=e)
        c.obs(("2160-0", "Creatinine [Mass/volume] in Serum or Plasma"), d, 1.1, "mg/dL", low=0.7, high=1.3, enc=e)
    c.note("2026-10-13", "Rheumatology visit", "No flares in 14 months. Urate at goal <6. Continue allopurinol. RTC 6 months.")
    qr(c, "2026-10-11", [
        {"linkId": "1", "text": "What is the main reason for your upcoming visit?", "answer": [{"valueString": "Gout check"}]},
        {"linkId": "2", "text": "Would you like a second opinion about your diagnosis or treatment plan?", "answer": [{"valueCoding": NO}]},
        {"linkId": "3", "text": "Do you have any concerns you want to discuss?", "answer": [{"valueString": "Refill allopurinol please"}]}])


@case("PATIENT_REPORTED_CONCERN", "near-miss", 5,
      summary="46F with uterine fibroids; gynaecologist offers a second opinion in a portal message, patient replies she is comfortable and declines",
      why="The communication about a second opinion is clinician-initiated and the patient declines it; there is no patient request.")
def p6n2(c):
    c.setup("Nkechi Adaeze", "Obi", "female", "1980-06-02", "Sugar Land", "TX", "Blue Cross Blue Shield of Texas",
            clinicians=[("Lambert, Josephine", "Gynecology")])
    fib = c.cond(cc((SCT, "95315005", "Uterine leiomyoma"), (ICD, "D25.1", "Intramural leiomyoma of uterus")), "2025-02-01")
    c.med(None, "tranexamic acid 650 MG Oral Tablet", "2025-03-01", dose="2 tablets three times daily for up to 5 days during menses", reason=fib)
    c.med("24947", "ferrous sulfate 325 MG Oral Tablet", "2025-03-01", dose="daily", stmt=True)
    for d, hb in [("2026-02-10", 11.9), ("2026-08-11", 12.4)]:
        e = visit(c, d, "Gynecology visit", 120, 76, 74, 74.0)
        c.obs(("718-7", "Hemoglobin [Mass/volume] in Blood"), d, hb, "g/dL", low=12.0, high=15.5, enc=e)
    c.dr(cc((LOINC, "43813-5", "US Pelvis"), text="Pelvic ultrasound, transvaginal"), "2026-08-11", [], "Uterus 10 cm with two intramural fibroids 3.1 and 2.4 cm, unchanged from 2025.", cat=("RAD", "Radiology"))
    c.note("2026-08-11", "Gynecology visit", "Bleeding much improved on tranexamic acid. Fibroids stable. Discussed options incl. watchful waiting vs UAE vs myomectomy. Patient prefers medical management.")
    c1 = c.add({"resourceType": "Communication", "status": "completed", "subject": c.P(), "sent": "2026-09-02T10:15:00-05:00",
                "sender": {"reference": c.pr[0]}, "recipient": [c.P()],
                "payload": [{"contentString": "Hi Ms. Obi, following our visit: if you ever want another opinion on fibroid treatment options, I am happy to refer you to our interventional radiology or minimally invasive gynecology colleagues. Just let me know."}]}, "comm")
    c.add({"resourceType": "Communication", "status": "completed", "subject": c.P(), "sent": "2026-09-03T07:48:00-05:00",
           "sender": c.P(), "recipient": [{"reference": c.pr[0]}], "inResponseTo": [{"reference": c1}],
           "payload": [{"contentString": "Thank you doctor. No need, I'm comfortable with the plan we chose and the bleeding is much better. See you in February."}]}, "comm")

# ---------------- 7 WORSENING_DESPITE_TREATMENT ----------------
@case("WORSENING_DESPITE_TREATMENT", "positive", 2,
      summary="33F generalised anxiety disorder on escitalopram since Jan 2026 (dose increased) + therapy; GAD-7 9 -> 13 -> 18 over 7 months",
      why="GAD-7 (LOINC 70274-6) worsened by 9 points (MCID ~4) over >90 days across 3+ values while escitalopram was active throughout.")
def p7a(c):
    c.setup("Priya Anjali", "Raghunathan", "female", "1993-07-27", "Cambridge", "MA", "Blue Cross Blue Shield of Massachusetts",
            clinicians=[("Lowell, Benjamin", "Psychiatry")])
    gad = c.cond(cc((SCT, "21897009", "Generalized anxiety disorder"), (ICD, "F41.1", "Generalized anxiety disorder")), "2025-12-01")
    c.med("321988", "escitalopram 10 MG Oral Tablet", "2026-01-13", status="stopped", dose="1 tablet daily", reason=gad, note="Replaced by 20 mg dose 2026-06-09")
    c.med("321988", "escitalopram 20 MG Oral Tablet", "2026-06-09", dose="1 tablet daily", reason=gad)
    c.med(None, "hydroxyzine pamoate 25 MG Oral Capsule", "2026-09-15", dose="every 8 h as needed for anxiety", reason=gad)
    vals = [("2026-01-13", 16), ("2026-04-07", 9), ("2026-06-09", 13), ("2026-09-15", 15), ("2026-11-17", 18)]
    for d, s in vals:
        e = c.enc(d, "Psychiatry medication management", cls="VR" if d in ("2026-06-09", "2026-09-15") else "AMB")
        c.obs(("70274-6", "Generalized anxiety disorder 7 item (GAD-7) total score [Reported.PHQ]"), d, s, "{score}", cat="survey", enc=e)
        c.obs(("44261-6", "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]"), d, 6 if d < "2026-09" else 7, "{score}", cat="survey", enc=e)
    c.proc(cc((CPT, "90837", "Psychotherapy, 60 minutes with patient"), text="Weekly CBT sessions"), "2026-11-10", note="Ongoing weekly CBT since 02/2026")
    c.note("2026-11-17", "Psychiatry follow-up", """GAD. Initial response by April (GAD-7 9), but steady worsening since: constant worry, insomnia, panic-like episodes at work, now on leave. Adherent to escitalopram 20 mg daily (pharmacy fills on time) and weekly CBT.
GAD-7 18 today (was 9 in April). No SI. TSH normal.
Plan: cross-taper to venlafaxine XR discussed; return 4 weeks.""")
    c.obs(("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma"), "2026-11-17", 1.4, "m[IU]/L", low=0.4, high=4.5)


@case("WORSENING_DESPITE_TREATMENT", "positive", 11,
      summary="55F seropositive RA on methotrexate 20 mg weekly + hydroxychloroquine all year; CDAI 9 -> 17 -> 26, CRP rising",
      why="Disease activity measure (CDAI) rose by 17 points (MCID ~6-12) from March to November 2026 across 3 values, with DMARDs active throughout.")
def p7b(c):
    c.setup("Gloria Ines", "Santillan", "female", "1971-05-15", "Las Vegas", "NV", "Health Plan of Nevada", lang=("es", "Spanish"),
            clinicians=[("Whitcombe, Nigel", "Rheumatology")])
    ra = c.cond(cc((SCT, "69896004", "Rheumatoid arthritis"), (ICD, "M05.79", "Rheumatoid arthritis with rheumatoid factor of multiple sites without organ or systems involvement")), "2021-02-01")
    c.med("6851", "methotrexate 2.5 MG Oral Tablet", "2021-03-01", dose="8 tablets (20 mg) once weekly", reason=ra)
    c.med("4511", "folic acid 1 MG Oral Tablet", "2021-03-01", dose="daily except methotrexate day")
    c.med("5521", "hydroxychloroquine sulfate 200 MG Oral Tablet", "2024-06-01", dose="2 tablets daily", reason=ra)
    for d, cdai, crp in [("2026-03-03", 9, 4), ("2026-07-07", 17, 12), ("2026-11-10", 26, 21)]:
        e = visit(c, d, "Rheumatology visit", 124, 76, 76, 68.0)
        c.obs(cc(("http://example-ehr.org/fhir/CodeSystem/rheum-scores", "CDAI", "Clinical Disease Activity Index"), text="CDAI (Clinical Disease Activity Index) score"), d, cdai, "{score}", cat="exam", enc=e)
        c.obs(("1988-5", "C reactive protein [Mass/volume] in Serum or Plasma"), d, crp, "mg/L", high=5, enc=e)
        c.obs(("1742-6", "Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma"), d, 24, "U/L", low=7, high=35, enc=e)
    c.note("2026-11-10", "Rheumatology visit", """RA flare progressing despite MTX 20 mg weekly (adherent, confirmed) and HCQ. 12 tender / 8 swollen joints, morning stiffness 2 h. CDAI 26 (high), was 9 in March.
Plan: add biologic - prior auth submitted for etanercept. Short prednisone bridge.""")
    c.med("8640", "prednisone 10 MG Oral Tablet", "2026-11-10", dose="10 mg daily x 2 weeks then taper")


@case("WORSENING_DESPITE_TREATMENT", "positive", 7,
      summary="16M chronic migraine on topiramate prophylaxis since early 2026; headache days/month 6 -> 10 -> 15 over 7 months, PedMIDAS worse",
      why="Monthly migraine days (diary) rose by 9 days (MCID ~2) across 4 values over >90 days while topiramate was active throughout.")
def p7c(c):
    c.setup("Jacob Aaron", "Feldstein", "male", "2010-01-21", "Schenectady", "NY", "MVP Health Care",
            clinicians=[("Ruiz-Hall, Monica", "Pediatric Neurology")])
    mig = c.cond(cc((SCT, "56097005", "Migraine without aura"), (ICD, "G43.009", "Migraine without aura, not intractable, without status migrainosus")), "2024-09-01")
    c.cond(cc((SCT, "41291007", "Angioedema"), text="Seasonal allergies") if False else cc((SCT, "367498001", "Seasonal allergic rhinitis"), (ICD, "J30.2", "Other seasonal allergic rhinitis")), "2016-04-01")
    c.med(None, "topiramate 25 MG Oral Tablet", "2026-02-10", status="stopped", dose="25 mg twice daily", reason=mig, note="Increased to 50 mg BID 2026-06-16")
    c.med("38404", "topiramate 50 MG Oral Tablet", "2026-06-16", dose="50 mg twice daily", reason=mig)
    c.med(None, "rizatriptan 10 MG orally disintegrating tablet", "2025-01-01", dose="at onset, max 2/day", reason=mig)
    for d, days, ped in [("2026-04-14", 6, 24), ("2026-06-16", 8, 30), ("2026-09-01", 10, 44), ("2026-11-10", 15, 62)]:
        e = c.enc(d, "Pediatric neurology visit")
        c.obs(cc(text="Migraine days per month (headache diary)"), d, days, "/mo", "/mo", cat="survey", enc=e)
        c.obs(cc(text="PedMIDAS total score"), d, ped, "{score}", cat="survey", enc=e)
        c.obs(("29463-7", "Body weight"), d, 61.0, "kg", cat="vital-signs", enc=e)
    c.dr(cc((LOINC, "24590-2", "MR Brain")), "2025-01-20", [], "Normal MRI brain.", cat=("RAD", "Radiology"))
    c.note("2026-11-10", "Pediatric neurology follow-up", """Migraine frequency increasing despite topiramate (dose up-titrated June, taking reliably per mom, pill box). Now 15 headache days/month, missed 9 school days this term. No medication overuse (triptan 4x/month). Neuro exam normal, fundi normal.
Plan: consider switching prophylaxis; CBT referral.""")


@case("WORSENING_DESPITE_TREATMENT", "near-miss", 6,
      summary="62M type 2 diabetes on metformin; HbA1c 7.1 -> 7.3 -> 7.4 over 9 months",
      why="The rise in HbA1c (0.3 percentage points) is below the minimal clinically important difference (~0.5%).")
def p7n1(c):
    c.setup("Orville Dean", "Haugen", "male", "1964-11-11", "West Fargo", "ND", "Sanford Health Plan",
            clinicians=[("Thorsen, Karl", "Family Medicine")])
    t2 = c.cond(cc((SCT, "44054006", "Diabetes mellitus type 2"), (ICD, "E11.9", "Type 2 diabetes mellitus without complications")), "2019-03-01")
    c.cond(HLD, "2019-03-01")
    c.med("6809", "metformin hydrochloride 1000 MG Oral Tablet", "2019-03-01", dose="twice daily", reason=t2)
    c.med("83367", "atorvastatin 20 MG Oral Tablet", "2019-03-01", dose="daily")
    for d, a in [("2026-02-17", 7.1), ("2026-06-16", 7.3), ("2026-11-17", 7.4)]:
        e = visit(c, d, "Office visit", 128, 78, 70, 94.0)
        c.obs(("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood"), d, a, "%", high=5.7, enc=e)
        c.obs(("2160-0", "Creatinine [Mass/volume] in Serum or Plasma"), d, 0.95, "mg/dL", low=0.7, high=1.3, enc=e)
    c.obs(("14959-1", "Microalbumin/Creatinine [Mass Ratio] in Urine"), "2026-11-17", 12, "mg/g", "mg/g{creat}", high=30)
    c.note("2026-11-17", "Diabetes follow-up", "A1c 7.4, essentially stable. Holiday eating discussed. Continue metformin; revisit adding GLP-1 RA if >7.5 next time. Eye exam up to date.")


@case("WORSENING_DESPITE_TREATMENT", "near-miss", 10,
      summary="66M hypertension: SBP 136 -> 152 -> 166 during months when amlodipine had been stopped (ankle oedema) and nothing substituted",
      why="Blood pressure worsened while antihypertensive treatment was NOT active (amlodipine discontinued April, replacement only started November).")
def p7n2(c):
    c.setup("Reginald Paul", "Ostby", "male", "1960-03-28", "Bloomington", "MN", "HealthPartners",
            clinicians=[("Dahl, Kristin", "Internal Medicine")])
    htn = c.cond(HTN, "2017-01-01")
    c.cond(cc((SCT, "40930008", "Hypothyroidism"), (ICD, "E03.9", "Hypothyroidism, unspecified")), "2012-01-01")
    c.med("10582", "levothyroxine sodium 100 MCG Oral Tablet", "2012-01-01", dose="daily")
    c.med("17767", "amlodipine 10 MG Oral Tablet", "2018-01-01", status="stopped", dose="daily", reason=htn, note="Discontinued 2026-04-14 due to ankle edema")
    c.med("17767", "amlodipine 10 MG Oral Tablet", "2026-04-14", status="stopped", dose="daily", reason=htn, stmt=True,
          period={"start": "2018-01-01", "end": "2026-04-14"})
    for d, s, dd in [("2026-04-14", 136, 82), ("2026-07-21", 152, 90), ("2026-11-10", 166, 96)]:
        e = c.enc(d, "Office visit", who=0)
        c.vitals(d, e, s, dd, 74, 96.0)
    c.note("2026-07-21", "Office visit", "BP up. He stopped amlodipine in April (ankle edema) and said he would work on diet. Not on any antihypertensive. Wants to try lifestyle first; recheck 3 months.")
    c.note("2026-11-10", "Office visit", "BP 166/96 off medication since April. Agreeable to restart therapy: start chlorthalidone 12.5 mg. Home BP log, recheck 4 weeks.")
    c.med(None, "chlorthalidone 25 MG Oral Tablet", "2026-11-10", dose="1/2 tablet (12.5 mg) daily", reason=htn)
    c.obs(("2823-3", "Potassium [Moles/volume] in Serum or Plasma"), "2026-11-10", 4.2, "mmol/L", low=3.5, high=5.1)
    c.obs(("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma"), "2026-11-10", 2.0, "m[IU]/L", low=0.4, high=4.5)

# ---------------- 8 RARE_OR_COMPLEX_CONDITION ----------------
@case("RARE_OR_COMPLEX_CONDITION", "positive", 3,
      summary="43F generalised acetylcholine-receptor-antibody positive myasthenia gravis, stable on pyridostigmine",
      why="Active myasthenia gravis (G70.00 / SNOMED 91637004), an Orphanet rare disease.")
def p8a(c):
    c.setup("Denise Carol", "Whitmore", "female", "1983-08-09", "Raleigh", "NC", "Blue Cross NC PPO",
            clinicians=[("Ahn, Joon", "Neuromuscular Neurology")])
    mg = c.cond(cc((SCT, "91637004", "Myasthenia gravis"), (ICD, "G70.00", "Myasthenia gravis without (acute) exacerbation")), "2025-11-04")
    c.obs(cc((LOINC, "11034-6", "Acetylcholine receptor binding Ab [Moles/volume] in Serum"), text="AChR binding antibody"), "2025-10-21", 8.4, "nmol/L", high=0.02)
    c.dr(cc((LOINC, "24627-2", "Chest CT"), text="CT chest with contrast"), "2025-11-10", [], "No thymoma. Normal thymic involution.", cat=("RAD", "Radiology"))
    c.med("9000", "pyridostigmine bromide 60 MG Oral Tablet", "2025-11-04", dose="1 tablet four times daily", reason=mg)
    for d, s in [("2026-02-10", 4), ("2026-06-09", 3), ("2026-10-13", 3)]:
        e = visit(c, d, "Neuromuscular clinic", 116, 72, 70, 66.0)
        c.obs(cc(text="MG-ADL total score"), d, s, "{score}", cat="survey", enc=e)
    c.note("2026-10-13", "Neuromuscular clinic", "Generalized AChR+ MG. Mild fatigable ptosis end of day, no bulbar or respiratory symptoms. MG-ADL 3. Stable on pyridostigmine. Discussed steroid-sparing options if worsens. Avoid fluoroquinolones/magnesium.")
    c.add({"resourceType": "AllergyIntolerance", "clinicalStatus": cc(("http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical", "active", "Active")),
           "code": cc(text="Fluoroquinolones (contraindicated - myasthenia gravis)"), "patient": c.P(), "recordedDate": "2025-11-04", "category": ["medication"]}, "allergy")


@case("RARE_OR_COMPLEX_CONDITION", "positive", 8,
      summary="48M hereditary haemorrhagic telangiectasia (ENG variant) with recurrent epistaxis, followed by ENT and haematology",
      why="Active hereditary haemorrhagic telangiectasia (I78.0), an Orphanet rare disease (ORPHA:774).")
def p8b(c):
    c.setup("Gregory Alan", "Pinkerton", "male", "1978-02-14", "Grass Valley", "CA", "Aetna Open Access",
            clinicians=[("Nakamura, Reiko", "Otolaryngology"), ("Farouk, Samir", "Hematology")])
    hht = c.cond(cc((SCT, "21877004", "Hereditary hemorrhagic telangiectasia"), (ICD, "I78.0", "Hereditary hemorrhagic telangiectasia")), "2019-06-01",
                 note="Curacao criteria 4/4. Heterozygous pathogenic ENG variant. Screening: no pulmonary or cerebral AVMs (2024).")
    c.cond(cc((SCT, "249366005", "Bleeding from nose"), (ICD, "R04.0", "Epistaxis")), "2019-06-01")
    for d, hb, fer in [("2026-03-17", 13.6, 48), ("2026-09-15", 13.9, 52)]:
        e = visit(c, d, "ENT clinic", 126, 78, 72, 80.0, who=0)
        c.obs(("718-7", "Hemoglobin [Mass/volume] in Blood"), d, hb, "g/dL", low=13.5, high=17.5, enc=e)
        c.obs(("2276-4", "Ferritin [Mass/volume] in Serum or Plasma"), d, fer, "ng/mL", low=30, high=400, enc=e)
        c.obs(cc(text="Epistaxis Severity Score (ESS)"), d, 3.1 if d < "2026-06" else 2.9, "{score}", cat="survey", enc=e)
    c.proc(cc((CPT, "30117", "Excision or destruction (eg, laser), intranasal lesion; internal approach"), text="KTP laser ablation nasal telangiectasias"), "2025-12-02", reason=hht, who=0)
    c.med(None, "tranexamic acid 650 MG Oral Tablet", "2024-01-01", dose="1 tablet twice daily", reason=hht, who=1)
    c.med(None, "sodium chloride nasal gel", "2020-01-01", dose="apply to nares twice daily", stmt=True)
    c.note("2026-09-15", "ENT follow-up", "HHT, epistaxis 2-3x/week short duration. ESS 2.9 (mild). Hgb stable without iron infusions since laser 12/2025. Continue tranexamic acid, humidification. Haematology annual review.")


@case("RARE_OR_COMPLEX_CONDITION", "positive", 1,
      summary="77M with 6 active chronic conditions across endocrinology, nephrology, cardiology, pulmonology and rheumatology; all stable",
      why="Complexity: six active chronic conditions (T2DM, CKD 3b, HFpEF, COPD, gout, hypothyroidism) spanning at least five specialties.")
def p8c(c):
    c.setup("Ernesto Manuel", "Galindo", "male", "1949-09-16", "Mesa", "AZ", "UnitedHealthcare Medicare Advantage", plan="Medicare Advantage", lang=("es", "Spanish"),
            clinicians=[("Saldana, Victor", "Family Medicine"), ("Kwon, Grace", "Nephrology"), ("Abbas, Omar", "Cardiology")])
    t2 = c.cond(cc((SCT, "44054006", "Diabetes mellitus type 2"), (ICD, "E11.22", "Type 2 diabetes mellitus with diabetic chronic kidney disease")), "2008-01-01")
    ckd = c.cond(cc((SCT, "700379002", "Chronic kidney disease stage 3B"), (ICD, "N18.32", "Chronic kidney disease, stage 3b")), "2021-01-01")
    hf = c.cond(cc((SCT, "446221000", "Heart failure with normal ejection fraction"), (ICD, "I50.32", "Chronic diastolic (congestive) heart failure")), "2022-05-01")
    copd = c.cond(cc((SCT, "13645005", "Chronic obstructive lung disease"), (ICD, "J44.9", "Chronic obstructive pulmonary disease, unspecified")), "2016-01-01")
    gout = c.cond(cc((SCT, "90560007", "Gout"), (ICD, "M10.9", "Gout, unspecified")), "2019-01-01")
    hypo = c.cond(cc((SCT, "40930008", "Hypothyroidism"), (ICD, "E03.9", "Hypothyroidism, unspecified")), "2011-01-01")
    c.cond(cc((SCT, "233604007", "Pneumonia"), (ICD, "J18.9", "Pneumonia, unspecified organism")), "2024-02-01", status="resolved", abate="2024-02-20")
    c.med(None, "insulin glargine 100 UNT/ML pen", "2018-01-01", dose="22 units at bedtime", reason=t2)
    c.med("1545653", "empagliflozin 10 MG Oral Tablet", "2022-06-01", dose="daily", reason=hf)
    c.med("4603", "furosemide 20 MG Oral Tablet", "2022-05-01", dose="daily", reason=hf)
    c.med("69120", "tiotropium 18 MCG inhalation capsule", "2016-01-01", dose="daily", reason=copd)
    c.med("519", "allopurinol 100 MG Oral Tablet", "2019-02-01", dose="daily", reason=gout)
    c.med("10582", "levothyroxine sodium 88 MCG Oral Tablet", "2011-01-01", dose="daily", reason=hypo)
    for d, a1c, eg in [("2026-03-12", 7.2, 38), ("2026-07-09", 7.1, 37), ("2026-11-05", 7.2, 38)]:
        e = visit(c, d, "Office visit", 128, 72, 68, 84.0)
        c.obs(("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood"), d, a1c, "%", high=5.7, enc=e)
        c.obs(cc((LOINC, "98979-8", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI 2021)")), d, eg, "mL/min/{1.73_m2}", low=60, enc=e)
    c.obs(("33762-6", "NT-proBNP [Mass/volume] in Serum or Plasma"), "2026-07-09", 410, "pg/mL", high=450)
    c.note("2026-11-05", "Chronic care visit", "Multiple chronic conditions, all at baseline. Sees nephrology (CKD 3b), cardiology (HFpEF), pulmonology (COPD), endocrine input for insulin. No gout flare this year. 11 daily medications - med reconciliation done with daughter.")


@case("RARE_OR_COMPLEX_CONDITION", "near-miss", 0,
      summary="69M essential tremor on propranolol, followed in neurology",
      why="Essential tremor is a common movement disorder, not a rare disease, and he has only two active chronic conditions.")
def p8n1(c):
    c.setup("Howard Francis", "Delaney", "male", "1957-01-04", "Oak Park", "IL", "Medicare Part B", plan="Medicare",
            clinicians=[("Zielinski, Marta", "Neurology")])
    et = c.cond(cc((SCT, "609558009", "Essential tremor"), (ICD, "G25.0", "Essential tremor")), "2020-05-01")
    c.cond(HLD, "2015-01-01")
    c.med("8787", "propranolol hydrochloride 40 MG Oral Tablet", "2020-06-01", dose="twice daily", reason=et)
    c.med("83367", "atorvastatin 10 MG Oral Tablet", "2015-01-01", dose="daily", stmt=True)
    for d in ["2026-02-03", "2026-08-04"]:
        e = visit(c, d, "Neurology visit", 124, 74, 62, 80.0)
        c.obs(cc(text="TETRAS performance subscale score"), d, 14 if d < "2026-05" else 15, "{score}", cat="exam", enc=e)
    c.obs(("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma"), "2026-02-03", 1.8, "m[IU]/L", low=0.4, high=4.5)
    c.note("2026-08-04", "Neurology visit", "Bilateral postural/kinetic hand tremor, mild head tremor, family history (father). No rigidity or bradykinesia. Good response to propranolol; alcohol improves. Continue. Weighted utensils suggested.")
    c.dr(cc(text="DaTscan (ioflupane SPECT)"), "2021-03-10", [], "Normal striatal dopamine transporter uptake.", cat=("NMS", "Nuclear Medicine"))


@case("RARE_OR_COMPLEX_CONDITION", "near-miss", 9,
      summary="64F with four active chronic conditions (hypertension, type 2 diabetes, GERD, osteoarthritis) plus several resolved problems",
      why="Only four active chronic conditions (below the threshold of five); the other conditions are resolved acute problems; nothing rare.")
def p8n2(c):
    c.setup("Patricia Ann", "Greenlee", "female", "1962-05-30", "Salem", "VA", "Humana Gold Plus HMO", plan="Medicare Advantage",
            clinicians=[("Whitfield, Amos", "Family Medicine")])
    htn = c.cond(HTN, "2010-01-01")
    t2 = c.cond(cc((SCT, "44054006", "Diabetes mellitus type 2"), (ICD, "E11.9", "Type 2 diabetes mellitus without complications")), "2017-01-01")
    c.cond(cc((SCT, "235595009", "Gastroesophageal reflux disease"), (ICD, "K21.9", "Gastro-esophageal reflux disease without esophagitis")), "2014-01-01")
    c.cond(cc((SCT, "239872002", "Osteoarthritis of hip"), (ICD, "M16.12", "Unilateral primary osteoarthritis, left hip")), "2021-01-01")
    c.cond(cc((SCT, "68566005", "Urinary tract infectious disease"), (ICD, "N39.0", "Urinary tract infection, site not specified")), "2026-03-02", status="resolved", abate="2026-03-12")
    c.cond(cc((SCT, "44465007", "Sprain of ankle"), (ICD, "S93.402A", "Sprain of unspecified ligament of left ankle, initial encounter")), "2025-07-04", status="resolved", abate="2025-08-15")
    c.cond(cc((SCT, "36971009", "Sinusitis"), (ICD, "J01.90", "Acute sinusitis, unspecified")), "2025-12-01", status="resolved", abate="2025-12-20")
    c.med("29046", "lisinopril 20 MG Oral Tablet", "2010-01-01", dose="daily", reason=htn)
    c.med("6809", "metformin hydrochloride 500 MG Oral Tablet", "2017-01-01", dose="twice daily", reason=t2)
    c.med("40790", "pantoprazole 40 MG Delayed Release Oral Tablet", "2014-01-01", dose="daily")
    c.med("161", "acetaminophen 500 MG Oral Tablet", "2021-01-01", dose="2 tablets up to three times daily as needed", stmt=True)
    for d, a in [("2026-05-12", 6.8), ("2026-11-10", 6.9)]:
        e = visit(c, d, "Office visit", 130, 78, 72, 82.0)
        c.obs(("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood"), d, a, "%", high=5.7, enc=e)
    c.note("2026-11-10", "Chronic care visit", "HTN, T2DM, GERD and L hip OA all stable. Recent UTI resolved. Flu vaccine today.")
