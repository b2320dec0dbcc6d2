from common import *

# ---------------- HIGH_IMPACT_TREATMENT ----------------

def c5_pos_w_tnbc_neoadjuvant(c):
    """41-year-old with cT2N1 triple-negative breast cancer; neoadjuvant carboplatin/paclitaxel/pembrolizumab starting 2026-12-14."""
    bonc, bsurg = W_setup(c, ["Alicia", "Jean"], "Moreau", "1985-08-14", "HW0840512",
                          clinicians=((["Naomi"], "Fischer", "Dr.", "MD, Breast Medical Oncology"), (["Carmen"], "Delgado", "Dr.", "MD, Breast Surgical Oncology")))
    c.condition(cc((ICD, "Z34.90", "Encounter for supervision of normal pregnancy, unspecified"), text="Pregnancy 2019, uncomplicated"), "2019-01-01", clinical="resolved", abated="2019-09-30")
    c.condition(cc((ICD, "G43.909", "Migraine, unspecified, not intractable, without status migrainosus")), "2010-01-01")
    e1 = c.encounter("2026-10-30", typ=cc((CPT, "77066", "Diagnostic mammography, including CAD when performed; bilateral")), reason=cc((SCT, "274000004", "Breast lump")))
    c.procedure(cc((CPT, "19083", "Biopsy, breast, with placement of breast localization device(s), percutaneous; first lesion, including ultrasound guidance")), "completed", "2026-11-04", performer=bsurg)
    path = c.obs(cc((LN, "22637-3", "Pathology report final diagnosis Narrative")), "2026-11-07", text_value="Invasive ductal carcinoma, grade 3, left breast 2:00. ER 0%, PR 0%, HER2 1+ (negative). Ki-67 70%. Axillary node FNA: metastatic carcinoma.", interp="A")
    ca = c.condition(cc((ICD, "C50.412", "Malignant neoplasm of upper-outer quadrant of left female breast"), (SCT, "254837009", "Malignant neoplasm of breast"), text="Triple-negative invasive ductal carcinoma, left breast"),
                     "2026-11-07", asserter=bonc, stage=cc(text="cT2 (3.1 cm) cN1 M0, clinical stage IIB"), evidence=[path])
    c.condition(cc((ICD, "Z17.1", "Estrogen receptor negative status [ER-]")), "2026-11-07")
    c.obs(cc(text="Germline multigene panel (BRCA1/2, PALB2, others)"), "2026-11-20", text_value="No pathogenic variants detected", interp="N")
    c.obs(cc((LN, "10230-1", "Left ventricular Ejection fraction")), "2026-11-19", 62, "%", cat="imaging", interp="N")
    c.obs(cc((LN, "718-7", "Hemoglobin [Mass/volume] in Blood")), "2026-11-19", 13.1, "g/dL", low=12.0, high=15.5, interp="N")
    e2 = c.encounter("2026-11-20", typ=OFFICE_NEW, pract=bonc, reason_ref=[ca])
    c.vitals("2026-11-20", e2, sbp=118, dbp=76, hr=80, wt=66.0, ht=168)
    c.note("2026-11-20", NOTE_CONSULT, bonc, """
Breast medical oncology - new patient
41 y/o with stage IIB (cT2N1M0) triple-negative IDC left breast. Multidisciplinary tumor board 11/19: neoadjuvant chemo-immunotherapy per KEYNOTE-522 then surgery, then adjuvant pembrolizumab +/- radiation.
Plan: port placement 12/9; start cycle 1 paclitaxel weekly + carboplatin + pembrolizumab on 12/14/2026, 12 weeks, followed by AC x4. Discussed alopecia, neuropathy, immune-related AEs, fertility (declined preservation, family complete).
""", enc=e2)
    cp = c.careplan("Neoadjuvant chemotherapy - KEYNOTE-522 regimen", "active", "plan", "2026-11-20", [cc((SCT, "734163000", "Care plan")), cc(text="Oncology treatment plan")], addresses=[ca], author=bonc,
                    activities=[{"status": "scheduled", "description": "Paclitaxel 80 mg/m2 weekly x12 + carboplatin AUC5 q3w x4 + pembrolizumab 200 mg q3w x4", "scheduledPeriod": {"start": "2026-12-14", "end": "2027-03-08"}},
                                {"status": "not-started", "description": "Doxorubicin 60 mg/m2 + cyclophosphamide 600 mg/m2 q3w x4 + pembrolizumab"}])
    for rx, t, dose in [("56946", "paclitaxel", "80 mg/m2 (140 mg) IV weekly, start 12/14/2026"), ("40048", "carboplatin", "AUC 5 IV day 1 q21 days x4"), ("1547545", "pembrolizumab", "200 mg IV day 1 q21 days")]:
        c.medreq(cc((RX, rx, t)), "2026-11-20", status="active", intent="order", dosage=dose, requester=bonc, reason_ref=ca, start="2026-12-14", note="Neoadjuvant cycle 1 day 1: 2026-12-14")
    c.servicereq(cc((CPT, "96413", "Chemotherapy administration, intravenous infusion technique; up to 1 hour, single or initial substance/drug")), "2026-11-20", occurrence="2026-12-14T09:00:00-05:00", requester=bonc, reason_ref=ca)
    c.servicereq(cc((CPT, "36561", "Insertion of tunneled centrally inserted central venous access device, with subcutaneous port; age 5 years or older")), "2026-11-20", occurrence="2026-12-09", requester=bsurg, reason_ref=ca)


def c5_pos_va_prostate_rt(c):
    """69-year-old veteran with unfavourable-intermediate prostate cancer; IMRT 70 Gy/28 fractions planned from 2027-01-11 with short-course ADT (started Nov)."""
    ro, uro, pcp = V_setup(c, ["Curtis", "Lamar"], "Holloway", "male", "1957-07-21", "5707212",
                           clinicians=((["Ines"], "Vogel", "Dr.", "MD, Radiation Oncology"), (["Omar"], "Haddad", "Dr.", "MD, Urology"), (["Teresa"], "Bauer", "Dr.", "MD, PACT Primary Care")), era="Post-Vietnam")
    ca = c.condition(cc((ICD, "C61", "Malignant neoplasm of prostate"), (SCT, "399068003", "Malignant tumor of prostate")), "2026-09-18", asserter=uro,
                     stage=cc(text="cT2b N0 M0, Gleason 4+3=7 (Grade Group 3), PSA 9.8 - NCCN unfavorable intermediate risk"))
    c.condition(cc((ICD, "E11.9", "Type 2 diabetes mellitus without complications")), "2014-01-01")
    c.condition(cc((ICD, "I10", "Essential (primary) hypertension")), "2010-01-01")
    c.condition(cc((ICD, "S82.201A", "Unspecified fracture of shaft of right tibia, initial encounter for closed fracture")), "1979-06-01", clinical="resolved", abated="1980-01-01")
    c.obs(cc((LN, "2857-1", "Prostate specific Ag [Mass/volume] in Serum or Plasma")), "2026-08-05", 9.8, "ng/mL", low=0, high=4.0, interp="H")
    c.procedure(cc((CPT, "55700", "Biopsy, prostate; needle or punch, single or multiple, any approach")), "completed", "2026-09-12", performer=uro, reason_ref=ca)
    c.obs(cc(text="PSMA PET/CT staging"), "2026-10-01", cat="imaging", text_value="PSMA-avid left peripheral zone lesion; no nodal or distant disease.", interp="A")
    c.medreq(cc((RX, "42375", "leuprolide"), text="Leuprolide acetate 22.5 mg depot (3-month)"), "2026-11-02", status="active", dosage="22.5 mg IM every 3 months x 2 (6 months ADT)", requester=ro, reason_ref=ca)
    c.medreq(cc((RX, "6809", "metformin")), "2026-01-10", dosage="1000 mg twice daily", requester=pcp)
    c.medreq(cc((RX, "29046", "lisinopril")), "2026-01-10", dosage="10 mg daily", requester=pcp)
    e = c.encounter("2026-10-20", typ=cc(text="Radiation oncology consult"), pract=ro, reason_ref=[ca])
    c.vitals("2026-10-20", e, sbp=136, dbp=82, hr=70, wt=92.0)
    c.note("2026-10-20", NOTE_CONSULT, ro, """
RADIATION ONCOLOGY CONSULTATION
69 y/o veteran, unfavorable intermediate-risk prostate adenocarcinoma (GG3, PSA 9.8, cT2b), PSMA PET N0M0. IPSS 9, SHIM 16.
Recommendation (after discussion of surgery vs radiation, veteran prefers radiation): moderately hypofractionated IMRT 70 Gy in 28 fractions to prostate and proximal seminal vesicles with fiducials/SpaceOAR, plus 6 months ADT starting now.
Risks reviewed: proctitis, urinary frequency, erectile dysfunction, fatigue, ADT hot flashes, bone loss. Consent signed. Simulation 12/14, first fraction 1/11/2027.
""", enc=e)
    c.servicereq(cc((CPT, "77385", "Intensity modulated radiation treatment delivery (IMRT), includes guidance and tracking, when performed; simple"), text="IMRT prostate 70 Gy/28 fx"), "2026-10-20",
                 status="active", intent="order", occurrence="2027-01-11", requester=ro, reason_ref=ca, category=cc((SCT, "108290001", "Radiation oncology AND/OR radiotherapy")))
    c.servicereq(cc((CPT, "77290", "Therapeutic radiology simulation-aided field setting; complex")), "2026-10-20", occurrence="2026-12-14", requester=ro, reason_ref=ca)
    c.servicereq(cc((CPT, "55876", "Placement of interstitial device(s) for radiation therapy guidance (eg, fiducial markers, dosimeter), prostate")), "2026-10-20", occurrence="2026-12-03", requester=uro, reason_ref=ca)
    c.obs(cc(text="International Prostate Symptom Score (IPSS)"), "2026-10-20", 9, cat="survey")
    c.obs(cc((LN, "4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood")), "2026-10-15", 7.0, "%", low=4.0, high=5.6, interp="H")


def c5_pos_peds_peritoneal_dialysis(c):
    """11-year-old girl, CKD stage 5 from reflux nephropathy; automated peritoneal dialysis to start 2027-01-05 (PD catheter placed)."""
    rp, (neph, surg), _ = P_setup(c, ["Zara", "Imani"], "Okoro", "female", "2015-02-09", "LCH2207715", ("Ngozi", "Okoro"),
                                  clinicians=((["Hillary"], "Brennan", "Dr.", "MD, Pediatric Nephrology"), (["Paolo"], "Ricci", "Dr.", "MD, Pediatric Surgery")))
    ckd = c.condition(cc((ICD, "N18.5", "Chronic kidney disease, stage 5"), (SCT, "433146000", "Chronic kidney disease stage 5")), "2026-06-01", asserter=neph)
    c.condition(cc((ICD, "N11.0", "Nonobstructive reflux-associated chronic pyelonephritis"), text="Reflux nephropathy (bilateral grade V VUR, reimplanted 2016)"), "2015-06-01")
    c.condition(cc((ICD, "D63.1", "Anemia in chronic kidney disease")), "2025-01-01")
    c.condition(cc((ICD, "N39.0", "Urinary tract infection, site not specified")), "2025-04-02", clinical="resolved", abated="2025-04-16")
    c.procedure(cc(text="Insertion of peritoneal dialysis catheter (laparoscopic, Tenckhoff)"), "completed", "2026-11-10", performer=surg, reason_ref=ckd)
    for d, cr, egfr in [("2026-06-02", 4.4, 11), ("2026-11-16", 5.1, 9)]:
        c.obs(cc((LN, "2160-0", "Creatinine [Mass/volume] in Serum or Plasma")), d, cr, "mg/dL", low=0.4, high=0.8, interp="H")
        c.obs(cc(text="eGFR (CKiD U25 creatinine)"), d, egfr, "mL/min/{1.73_m2}", low=90, interp="L")
    c.obs(cc((LN, "2823-3", "Potassium [Moles/volume] in Serum or Plasma")), "2026-11-16", 5.6, "mmol/L", low=3.5, high=5.1, interp="H")
    c.obs(cc((LN, "718-7", "Hemoglobin [Mass/volume] in Blood")), "2026-11-16", 9.9, "g/dL", low=11.5, high=15.5, interp="L")
    c.vitals("2026-11-16", None, sbp=118, dbp=76, wt=31.5, ht=138.0)
    c.medreq(cc((RX, "105694", "epoetin alfa")), "2026-06-02", dosage="50 units/kg (1600 units) SC weekly", requester=neph)
    c.medreq(cc((RX, "1894", "calcitriol")), "2026-06-02", dosage="0.25 mcg by mouth daily", requester=neph)
    c.medreq(cc((RX, "36676", "sodium bicarbonate")), "2026-06-02", dosage="650 mg by mouth three times daily (1 mEq/kg/day)", requester=neph)
    e = c.encounter("2026-11-16", typ=OFFICE_EST, pract=neph, reason_ref=[ckd])
    c.note("2026-11-16", NOTE_PROGRESS, neph, """
Pediatric Nephrology
Zara, 11, CKD 5 (eGFR 9) from reflux nephropathy, increasing fatigue, nausea, poor appetite, K 5.6. Tenckhoff catheter placed 11/10, exit site healing. Family chose home automated PD; mother completing PD training (cycler).
Plan: start CCPD 1/5/2027 (fill 1000 mL/m2, 9-10 h nightly). Living-donor kidney transplant evaluation (mother volunteered) to follow once stable on dialysis. School plan and psychology support.
""", enc=e)
    c.servicereq(cc((CPT, "90947", "Dialysis procedure other than hemodialysis (eg, peritoneal dialysis), requiring repeated evaluations"), text="Initiate home continuous cycling peritoneal dialysis"), "2026-11-16",
                 status="active", intent="order", occurrence="2027-01-05", requester=neph, reason_ref=ckd)
    c.servicereq(cc(text="PD caregiver training (home dialysis unit)"), "2026-11-16", status="active", occurrence="2026-12-07", requester=neph)
    c.careplan("Kidney replacement therapy plan", "active", "plan", "2026-11-16", [cc((SCT, "734163000", "Care plan"))], addresses=[ckd], author=neph,
               activities=[{"status": "scheduled", "description": "Home CCPD start", "scheduledString": "2027-01-05"}, {"status": "not-started", "description": "Living donor kidney transplant evaluation"}])


def c5_nm_w_tamoxifen_qol(c):
    """56-year-old breast cancer survivor (surgery + RT 2023), on letrozole; FACT-B declines 4 points over 2026 (below MCID); no new treatment."""
    bonc, np = W_setup(c, ["Patricia", "Ann"], "Lindgren", "1970-05-02", "HW0500219",
                       clinicians=((["Naomi"], "Fischer", "Dr.", "MD, Breast Medical Oncology"), (["Julia"], "Wexler", "", "NP, Survivorship Clinic")))
    ca = c.condition(cc((ICD, "Z85.3", "Personal history of malignant neoplasm of breast"), text="History of right breast IDC pT1c N0, ER+/PR+/HER2-, 2023"), "2023-03-10", clinical="active")
    c.condition(cc((ICD, "C50.911", "Malignant neoplasm of unspecified site of right female breast")), "2023-03-10", clinical="remission", note="No evidence of disease since 2023.")
    c.condition(cc((ICD, "M85.80", "Other specified disorders of bone density and structure, unspecified site"), text="Osteopenia"), "2024-02-01")
    c.condition(cc((ICD, "M25.50", "Pain in unspecified joint"), text="Aromatase-inhibitor arthralgia"), "2024-06-01", note="Mild, managed with exercise.")
    c.procedure(cc((CPT, "19301", "Mastectomy, partial (eg, lumpectomy, tylectomy, quadrantectomy, segmentectomy)")), "completed", "2023-04-04")
    c.procedure(cc(text="Whole breast radiotherapy 40 Gy/15 fractions"), "completed", ("2023-05-15", "2023-06-02"))
    c.medreq(cc((RX, "72965", "letrozole"), text="Letrozole 2.5 mg tablet"), "2023-07-01", dosage="1 tablet daily (planned 5-7 years)", requester=bonc)
    c.medreq(cc((RX, "2418", "calcium/vitamin D"), text="Calcium carbonate 600 mg / vitamin D3 800 IU"), "2024-02-01", dosage="1 tablet twice daily", requester=np)
    for d, s in [("2026-02-10", 112), ("2026-06-09", 110), ("2026-10-13", 108)]:
        e = c.encounter(d, typ=OFFICE_EST3, pract=np, reason_ref=[ca])
        c.obs(cc(c.local("pro", "FACTB-TOTAL", "FACT-B total score (0-148)"), text="FACT-B total score"), d, s, cat="survey", enc=e, note="Higher = better quality of life.")
    c.vitals("2026-10-13", None, sbp=124, dbp=78, hr=70, wt=70.4)
    c.obs(cc(text="Mammogram (left breast, bilateral 2026)"), "2026-09-30", cat="imaging", text_value="BI-RADS 2 benign post-surgical changes", interp="N")
    c.note("2026-10-13", NOTE_PROGRESS, np, """
Survivorship clinic
3.5 years from lumpectomy + RT for stage I ER+ breast cancer, year 3 of letrozole. Mild joint stiffness, sleep fine, working full time. FACT-B 112 -> 110 -> 108 over this year (small change). Mammogram BI-RADS 2. DEXA stable osteopenia.
Plan: continue letrozole, exercise program, annual mammogram, next DEXA 2027.
""")


def c5_nm_va_topical_5fu(c):
    """73-year-old veteran with multiple actinic keratoses treated with topical fluorouracil cream (field therapy); not systemic chemotherapy."""
    derm, pcp = V_setup(c, ["Dale", "Everett"], "Sorensen", "male", "1953-04-11", "5304110",
                        clinicians=((["Hugo"], "Lambert", "Dr.", "MD, Dermatology"), (["Alice"], "Ng", "Dr.", "MD, PACT Primary Care")), era="Vietnam", marital="M")
    ak = c.condition(cc((ICD, "L57.0", "Actinic keratosis"), (SCT, "201101007", "Actinic keratosis")), "2024-05-01", asserter=derm, note="Multiple AKs scalp and dorsal hands; field cancerization.")
    c.condition(cc((ICD, "Z85.828", "Personal history of other malignant neoplasm of skin"), text="History of BCC left nasal ala, Mohs 2022"), "2022-03-01")
    c.condition(cc((ICD, "I10", "Essential (primary) hypertension")), "2006-01-01")
    c.condition(cc((ICD, "N40.0", "Benign prostatic hyperplasia without lower urinary tract symptoms")), "2015-01-01")
    c.procedure(cc((CPT, "17311", "Mohs micrographic technique, head, neck, hands, feet, genitalia; first stage")), "completed", "2022-03-22", performer=derm)
    e = c.encounter("2026-11-12", typ=OFFICE_EST, pract=derm, reason_ref=[ak])
    c.procedure(cc((CPT, "17000", "Destruction premalignant lesions (eg, actinic keratoses); first lesion")), "completed", "2026-11-12", performer=derm, enc=e, reason_ref=ak, note="LN2 cryotherapy to 6 hypertrophic AKs.")
    c.procedure(cc((CPT, "17003", "Destruction premalignant lesions; second through 14 lesions, each")), "completed", "2026-11-12", performer=derm, enc=e, reason_ref=ak)
    c.medreq(cc((RX, "4492", "fluorouracil"), text="Fluorouracil 5% topical cream"), "2026-11-12", status="active", dosage="Apply thin layer to scalp twice daily for 3 weeks", requester=derm, reason_ref=ak,
             note="Field therapy for actinic keratoses. Expect redness and crusting.")
    c.medreq(cc((RX, "17767", "amlodipine")), "2026-01-01", dosage="10 mg daily", requester=pcp)
    c.medreq(cc((RX, "77492", "tamsulosin")), "2026-01-01", dosage="0.4 mg daily", requester=pcp)
    c.vitals("2026-11-12", e, sbp=134, dbp=80, hr=68)
    c.note("2026-11-12", NOTE_PROGRESS, derm, """
DERMATOLOGY
Annual skin check. >20 AKs on scalp and dorsal hands; 6 hypertrophic lesions treated with cryotherapy. No suspicious pigmented lesions; Mohs scar left ala clear.
Plan: 5-FU 5% cream to scalp BID x3 weeks (topical field treatment), sun protection, RTC 3 months; sooner for any non-healing lesion.
""", enc=e)
    c.obs(cc((LN, "2160-0", "Creatinine [Mass/volume] in Serum or Plasma")), "2026-10-01", 1.1, "mg/dL", low=0.7, high=1.3, interp="N")
    c.obs(cc((LN, "72166-2", "Tobacco smoking status")), "2026-11-12", concept=cc((SCT, "266919005", "Never smoked tobacco")), cat="social-history")


# ---------------- PATIENT_REPORTED_CONCERN ----------------

def c6_pos_peds_parent_message(c):
    """8-year-old girl with ADHD; mother's portal message asks for a second opinion from another developmental paediatrician."""
    rp, (dev, pcp), _ = P_setup(c, ["Mia", "Josephine"], "Castellanos", "female", "2018-03-05", "LCH7730518", ("Valeria", "Castellanos"),
                                clinicians=((["Benjamin"], "Kraus", "Dr.", "MD, Developmental-Behavioral Pediatrics"), (["Olivia"], "Grant", "Dr.", "MD, General Pediatrics")))
    adhd = c.condition(cc((ICD, "F90.2", "Attention-deficit hyperactivity disorder, combined type"), (SCT, "406506008", "Attention deficit hyperactivity disorder")), "2025-09-15", asserter=dev)
    c.condition(cc((ICD, "F95.1", "Chronic motor or vocal tic disorder"), text="Motor tics (eye blinking, shoulder shrug)"), "2026-08-20", ver="provisional")
    c.condition(cc((ICD, "G47.00", "Insomnia, unspecified")), "2026-07-01")
    c.condition(cc((ICD, "J06.9", "Acute upper respiratory infection, unspecified")), "2026-02-10", clinical="resolved", abated="2026-02-18")
    c.medreq(cc((RX, "6901", "methylphenidate"), text="Methylphenidate ER 18 mg tablet"), "2026-09-01", dosage="18 mg (0.7 mg/kg) every morning; plan to increase to 27 mg", requester=dev, reason_ref=adhd)
    c.medstmt(cc(text="Melatonin 1 mg chewable"), "active", start="2026-07-01", dosage="1 mg at bedtime", source=rp)
    for d, w in [("2026-03-10", 24.8), ("2026-09-01", 25.1)]:
        e = c.encounter(d, typ=OFFICE_EST, pract=dev, reason_ref=[adhd])
        c.vitals(d, e, sbp=102, dbp=64, hr=92, wt=w, ht=128.0)
        c.obs(cc(text="Vanderbilt ADHD Parent Rating Scale - inattention symptom count"), d, 7 if d < "2026-06" else 6, cat="survey")
    c.note("2026-09-01", NOTE_PROGRESS, dev, "DBP follow-up: partial response to methylphenidate 18 mg. New blinking and shoulder tics noted by mother since August; sleep onset 90 min. Plan increase to 27 mg, monitor tics.")
    c.communication("2026-11-20T21:14:00Z", rp, dev, """Dr. Kraus, this is Valeria, Mia's mom. Since the medicine was started Mia's tics are much worse (blinking and throat clearing all day) and she is only sleeping 7 hours. At the last visit we felt our concerns were brushed aside and the plan is to increase the dose. Before we change anything we would like a second opinion from another developmental pediatrician or a child neurologist. Can you please send a referral? Thank you.""",
                    category=cc(text="Patient portal message"), about=[adhd], medium=cc(("http://terminology.hl7.org/CodeSystem/v3-ParticipationMode", "ELECTRONIC", "electronic data")))
    c.obs(cc((LN, "59576-9", "Body mass index (BMI) [Percentile] Per age and sex")), "2026-09-01", 45, "%", cat="vital-signs")
    c.add({"resourceType": "Task", "status": "requested", "intent": "order", "code": cc(text="Respond to patient portal message"), "for": {"reference": c.pref},
           "authoredOn": "2026-11-20", "owner": {"reference": dev}, "description": "Parent message re: medication side effects"}, "task")


def c6_pos_va_questionnaire_yes(c):
    """46-year-old veteran, chronic lumbar radicular pain and PTSD; opioid taper planned; answers Yes to wanting a second opinion on the pain plan (Whole Health questionnaire)."""
    pcp, pain = V_setup(c, ["Jamal", "Andre"], "Whitmore", "male", "1980-12-02", "8012020",
                        clinicians=((["Rachel"], "Sorensen", "Dr.", "MD, PACT Primary Care"), (["Kenji"], "Mori", "Dr.", "MD, Pain Medicine")), era="OIF/OEF")
    lbp = c.condition(cc((ICD, "M51.16", "Intervertebral disc disorders with radiculopathy, lumbar region"), text="L5-S1 disc herniation with left S1 radiculopathy"), "2019-05-01", asserter=pain)
    c.condition(cc((ICD, "G89.29", "Other chronic pain")), "2019-05-01")
    c.condition(cc((ICD, "F43.12", "Post-traumatic stress disorder, chronic")), "2012-03-01")
    c.condition(cc((ICD, "S62.609A", "Fracture of unspecified phalanx of unspecified finger, initial encounter"), text="Finger fracture 2018"), "2018-01-10", clinical="resolved", abated="2018-03-01")
    c.obs(cc(text="MRI lumbar spine"), "2025-03-12", cat="imaging", text_value="L5-S1 left paracentral extrusion contacting S1 nerve root; mild L4-5 disc bulge.", interp="A")
    c.medreq(cc((RX, "7804", "oxycodone"), text="Oxycodone/acetaminophen 5/325 mg tablet"), "2026-10-01", dosage="1 tablet every 8 h as needed; taper planned", requester=pain, reason_ref=lbp)
    c.medreq(cc((RX, "72625", "duloxetine")), "2026-01-01", dosage="60 mg daily", requester=pcp)
    c.medreq(cc((RX, "8629", "prazosin")), "2026-01-01", dosage="2 mg at bedtime", requester=pcp)
    c.obs(cc((LN, "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported")), "2026-10-01", 6, cat="survey")
    c.obs(cc((LN, "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported")), "2026-11-17", 6, cat="survey")
    e = c.encounter("2026-11-17", typ=cc(text="Pain medicine clinic"), pract=pain, reason_ref=[lbp])
    c.note("2026-11-17", NOTE_PROGRESS, pain, """
PAIN CLINIC
Chronic L5-S1 radicular pain. Stable function, pain 6/10. Completed PT, 2 ESIs (partial relief), CBT-CP. Per opioid safety initiative, plan 10% monthly taper of oxycodone over 6 months; naloxone kit given. Veteran anxious about taper, expressed that surgery was never offered. Whole Health 'My Care' questionnaire completed today.
""", enc=e)
    c.add({"resourceType": "Questionnaire", "status": "active", "name": "WholeHealthMyCare", "title": "Whole Health - My Care Check-in", "url": "https://vhs-northplains.example.gov/fhir/Questionnaire/wh-my-care",
           "item": [{"linkId": "1", "text": "Do you understand your current treatment plan?", "type": "choice"},
                    {"linkId": "2", "text": "Would you like a second opinion about your diagnosis or treatment plan?", "type": "choice"},
                    {"linkId": "3", "text": "Anything else you want your care team to know?", "type": "text"}]}, rid=f"{c.cid}-quest")
    c.add({"resourceType": "QuestionnaireResponse", "status": "completed", "questionnaire": "https://vhs-northplains.example.gov/fhir/Questionnaire/wh-my-care",
           "subject": {"reference": c.pref}, "authored": "2026-11-17T15:05:00Z", "author": {"reference": c.pref}, "source": {"reference": c.pref}, "encounter": {"reference": e},
           "item": [{"linkId": "1", "text": "Do you understand your current treatment plan?", "answer": [{"valueCoding": {"system": LN, "code": "LA33-6", "display": "Yes"}}]},
                    {"linkId": "2", "text": "Would you like a second opinion about your diagnosis or treatment plan?", "answer": [{"valueCoding": {"system": LN, "code": "LA33-6", "display": "Yes"}}]},
                    {"linkId": "3", "text": "Anything else you want your care team to know?", "answer": [{"valueString": "I want another spine doctor to look at my MRI before they cut my meds. Nobody has explained why surgery is off the table."}]}]}, "qr")
    c.obs(cc((LN, "44261-6", "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]")), "2026-11-17", 7, cat="survey")


def c6_pos_w_flag_ivf(c):
    """38-year-old with diminished ovarian reserve after three failed IVF cycles, advised donor oocytes; patient flags request for second opinion via portal."""
    rei, rn = W_setup(c, ["Megan", "Elise"], "Castellano-Price", "1988-01-26", "HW0911026",
                      clinicians=((["Oren"], "Stein", "Dr.", "MD, Reproductive Endocrinology & Infertility"), (["Dana"], "Kelleher", "", "RN, IVF Nurse Coordinator")))
    inf = c.condition(cc((ICD, "N97.9", "Female infertility, unspecified"), text="Infertility with diminished ovarian reserve"), "2024-10-01", asserter=rei)
    c.condition(cc((ICD, "E28.39", "Other primary ovarian failure"), text="Diminished ovarian reserve"), "2024-10-01")
    c.condition(cc((ICD, "O03.9", "Complete or unspecified spontaneous abortion without complication")), "2023-05-02", clinical="resolved", abated="2023-05-20")
    c.obs(cc((LN, "83098-4", "Mullerian inhibiting substance [Mass/volume] in Serum or Plasma"), text="Anti-Mullerian hormone (AMH)"), "2026-03-02", 0.4, "ng/mL", low=1.0, high=4.0, interp="L")
    c.obs(cc((LN, "15067-2", "Follitropin [Units/volume] in Serum or Plasma")), "2026-03-02", 14.2, "m[IU]/mL", ref_text="Day 3 <10", interp="H")
    for i, d in enumerate(["2025-08-12", "2026-01-20", "2026-07-14"]):
        c.procedure(cc((CPT, "58970", "Follicle puncture for oocyte retrieval, any method")), "completed", d, performer=rei, reason_ref=inf,
                    outcome=["3 oocytes, 1 blastocyst, transfer negative", "2 oocytes, no blastocysts", "4 oocytes, 1 euploid? untested blastocyst, transfer negative"][i].replace("euploid? untested", "untested"))
    e = c.encounter("2026-10-28", typ=OFFICE_EST, pract=rei, reason_ref=[inf])
    c.note("2026-10-28", NOTE_PROGRESS, rei, """
REI consultation - review of cycle 3
38 y/o G1P0010, AMH 0.4, three IVF cycles with poor response despite maximal stimulation. Recommendation: donor oocyte IVF offers the best chance (55-60% per transfer) versus <5% with autologous cycles.
Patient tearful; wants time to consider. Partner supportive of either path.
""", enc=e)
    c.add({"resourceType": "Flag", "status": "active", "category": [cc(("http://terminology.hl7.org/CodeSystem/flag-category", "admin", "Administrative"))],
           "code": cc(text="Patient requests second opinion before proceeding with donor egg IVF"), "subject": {"reference": c.pref},
           "period": {"start": "2026-11-24"}, "author": {"reference": c.pref}}, "flag")
    c.communication("2026-11-24T19:40:00Z", c.pref, rn, "I submitted a flag through the portal as well - I'd like a second opinion from another fertility specialist before we decide on donor eggs. I don't feel the option of a different protocol was really discussed. Can my records be sent?",
                    category=cc(text="Patient portal message"), about=[inf])
    c.medreq(cc(text="Prenatal vitamin with 800 mcg folic acid"), "2024-10-01", dosage="1 tablet daily", requester=rei)
    c.medreq(cc(text="Dehydroepiandrosterone (DHEA) 25 mg"), "2026-08-01", status="stopped", dosage="25 mg three times daily", requester=rei, status_reason="No benefit")
    c.obs(cc((LN, "3016-3", "Thyrotropin [Units/volume] in Serum or Plasma")), "2026-03-02", 1.6, "m[IU]/L", low=0.4, high=2.5, interp="N")
    c.vitals("2026-10-28", e, sbp=114, dbp=70, hr=72, wt=61.0, bmi=22.4)
