from fhirlib import *

EST = lambda lvl="99213": cc((CPT, lvl, "Office/outpatient visit, established patient"), text="Office visit")
NEW = lambda lvl="99204": cc((CPT, lvl, "Office/outpatient visit, new patient"), text="New patient visit")
YES = {"valueCoding": coding(LOINC, "LA33-6", "Yes")}
NO = {"valueCoding": coding(LOINC, "LA32-8", "No")}


def portal_msg(c, sent, sender, recipient, text, subject_line, in_response_to=None, category="Patient portal message"):
    r = {"status": "completed", "category": [txt(category)],
         "medium": [cc(("http://terminology.hl7.org/CodeSystem/v3-ParticipationMode", "ELECTRONIC", "electronic data"))],
         "subject": {"reference": c.patient_ref}, "topic": txt(subject_line), "sent": sent,
         "sender": {"reference": sender}, "recipient": [{"reference": recipient}],
         "payload": [{"contentString": text.strip()}]}
    if in_response_to:
        r["inResponseTo"] = [{"reference": in_response_to}]
    return c.add("Communication", r)


# ---------------------------------------------------------------- HIGH IMPACT positives
def hi_breast_chemo_planned(cid):
    """52F triple-negative breast cancer after lumpectomy; adjuvant ddAC-T ordered to start 12/10, port placed."""
    c = Case(cid, "https://fhir.piedmontcancercare.org/r4")
    org = c.org("Piedmont Cancer Care - Hickory", npi="1629047718", city="Hickory", state="NC", phone="(828) 555-0160")
    surgorg = c.org("Catawba Breast Surgery", npi="1326620019", city="Hickory", state="NC")
    payer = c.org("Blue Cross NC", kind="pay")
    onc = c.prac("Sunil", "Mehrotra", "MD", "1790811234")
    surg = c.prac("Claire", "Abernethy", "MD", "1881022317")
    c.patient("Lisa Diane", "Yount", "female", "1974-02-16", "PCC-240118", "urn:oid:2.16.840.1.113883.3.2740.6",
              "Hickory", "NC", "28601", "915 8th St Dr NW", "828-555-4409", org, onc, marital="M")
    c.coverage(payer, "Blue Advantage PPO", "YPW883017294")
    bc = c.cond(icd("C50.412", "Malignant neoplasm of upper-outer quadrant of left female breast"), onset="2026-09-18", recorded="2026-09-22",
                recorder=surg, note="IDC grade 3, ER 0%, PR 0%, HER2 1+ (negative). pT2 (2.3 cm) pN1a (2/3 SLN). Stage IIB. Germline panel negative.")
    c.cond(sct("40930008", "Hypothyroidism"), onset="2015", recorded="2015-04-20")
    c.cond(txt("Vitamin D deficiency"), onset="2024", recorded="2024-03-01", clinical="resolved", abatement="2024-10")
    c.medstmt(cc((RX, "10582", "levothyroxine"), text="levothyroxine 50 mcg"), "active", "2026-11-24", dosage="50 mcg daily")
    c.dr(cc((CPT, "77065", "Diagnostic mammography, unilateral"), text="Diagnostic mammogram + US left"), "2026-09-10",
         "2.0 cm irregular spiculated mass L breast 2:00, 6 cm FN. BI-RADS 5. Axilla normal on US.")
    c.obs(txt("Surgical pathology - left breast core biopsy"), "2026-09-18", "Invasive ductal carcinoma, grade 3. ER negative, PR negative, HER2 IHC 1+.", interp="A")
    c.proc(cc((CPT, "19301", "Mastectomy, partial (eg, lumpectomy, tylectomy, quadrantectomy, segmentectomy)"), text="Left lumpectomy with sentinel lymph node biopsy"),
           "completed", "2026-10-21", performer=surg, reason_ref=bc, note="Margins negative; 2 of 3 sentinel nodes positive (macrometastases).")
    c.proc(cc((CPT, "36561", "Insertion of tunneled centrally inserted central venous access device, with subcutaneous port; age 5 years or older"), text="Right chest port placement"),
           "completed", "2026-11-24", performer=surg, reason_ref=bc)
    e1 = c.enc("2026-11-12T10:00:00-05:00", NEW("99205"), prac=onc, org=org, reason="Adjuvant therapy consultation")
    c.vitals("2026-11-12", e1, bp=(124, 78), hr=74, wt=70.2, ht=165.0)
    c.lab("718-7", "Hemoglobin [Mass/volume] in Blood", "2026-11-12", 13.0, "g/dL", "g/dL", 12.0, 15.5, enc=e1)
    c.lab("751-8", "Neutrophils [#/volume] in Blood by Automated count", "2026-11-12", 4.1, "10*3/uL", "10*3/uL", 1.8, 7.7, enc=e1)
    c.lab("1742-6", "Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma", "2026-11-12", 18, "U/L", "U/L", 7, 35, enc=e1)
    c.obs(cc((LOINC, "10230-1", "Left ventricular Ejection fraction")), "2026-11-19", qty(62, "%", "%"), category="imaging", interp="N", note="Baseline echo before anthracycline")
    c.note("2026-11-12", "Medical oncology consultation", """
52F with stage IIB (pT2 pN1a M0) triple-negative left breast cancer s/p lumpectomy + SLNB 10/21.
Recommend adjuvant dose-dense doxorubicin/cyclophosphamide q2wk x4 with pegfilgrastim, then weekly paclitaxel x12,
followed by whole-breast + regional nodal radiotherapy. Discussed alopecia, nausea, neuropathy, cardiotoxicity,
infertility/menopause, fatigue, time off work (she is a school bus driver). Echo LVEF 62%. Port 11/24.
Chemo teaching 12/3. C1D1 12/10/2026.
""", onc, e1, loinc=("11488-4", "Consult note"))
    plan = c.add("CarePlan", {"status": "active", "intent": "plan", "category": [sct("367336001", "Chemotherapy")],
                              "title": "Adjuvant ddAC -> weekly paclitaxel (breast)", "subject": {"reference": c.patient_ref},
                              "period": {"start": "2026-12-10", "end": "2027-05-15"}, "created": "2026-11-12", "author": {"reference": onc},
                              "addresses": [{"reference": bc}],
                              "activity": [{"detail": {"code": txt("Doxorubicin 60 mg/m2 + cyclophosphamide 600 mg/m2 IV q14 days x 4 cycles"), "status": "scheduled",
                                                       "scheduledPeriod": {"start": "2026-12-10"}}},
                                           {"detail": {"code": txt("Paclitaxel 80 mg/m2 IV weekly x 12"), "status": "not-started"}},
                                           {"detail": {"code": txt("Adjuvant radiotherapy to left breast and regional nodes"), "status": "not-started"}}]})
    c.medreq(cc((RX, "3639", "doxorubicin"), text="doxorubicin 60 mg/m2 IV"), "2026-11-26", "105 mg IV push day 1 every 14 days x 4 cycles",
             requester=onc, status="active", intent="order", reason=bc, start="2026-12-10", end="2027-01-21")
    c.medreq(cc((RX, "3002", "cyclophosphamide"), text="cyclophosphamide 600 mg/m2 IV"), "2026-11-26", "1050 mg IV over 30 min day 1 every 14 days x 4 cycles",
             requester=onc, status="active", intent="order", reason=bc, start="2026-12-10", end="2027-01-21")
    c.medreq(txt("pegfilgrastim 6 mg on-body injector"), "2026-11-26", "6 mg SC day 2 of each cycle", requester=onc, reason=bc, start="2026-12-11")
    c.medreq(cc((RX, "26225", "ondansetron"), text="ondansetron 8 mg tablet"), "2026-11-26", "8 mg q8h prn nausea", requester=onc, reason=bc)
    c.add("Appointment", {"status": "booked", "serviceType": [txt("Infusion - chemotherapy")], "description": "C1D1 ddAC",
                          "start": "2026-12-10T08:30:00-05:00", "end": "2026-12-10T12:30:00-05:00",
                          "participant": [{"actor": {"reference": c.patient_ref}, "status": "accepted"}]})
    return c


def hi_dialysis_started(cid):
    """68M diabetic ESRD; in-center hemodialysis started 3 weeks ago via matured AV fistula."""
    c = Case(cid, "https://fhir.deltakidneycare.com/r4")
    org = c.org("Delta Kidney Care - Greenville Dialysis", npi="1366209981", city="Greenville", state="MS", phone="(662) 555-0145")
    payer = c.org("Medicare ESRD + Magnolia Health (Medicaid)", kind="pay")
    neph = c.prac("Oluwaseun", "Adeyemi", "MD", "1104458832")
    vasc = c.prac("Thomas", "Pickering", "MD", "1356671290")
    c.patient("Willie James", "Granderson", "male", "1958-11-22", "DKC-051127", "urn:oid:2.16.840.1.113883.3.1880.2",
              "Greenville", "MS", "38701", "1410 Nelson St", "662-555-7016", org, neph, marital="M")
    c.coverage(payer, "Medicare Part A/B (ESRD)", "7PL2WE4YU88", cov_type=("SUBSIDIZ", "subsidized health program"), start="2024-01-01")
    ckd = c.cond(icd("N18.6", "End stage renal disease"), onset="2026-10", recorded="2026-11-09", recorder=neph)
    c.cond(icd("E11.22", "Type 2 diabetes mellitus with diabetic chronic kidney disease"), onset="2004", recorded="2010-05-01")
    c.cond(icd("I12.0", "Hypertensive chronic kidney disease with stage 5 chronic kidney disease or end stage renal disease"), onset="2008", recorded="2026-11-09")
    c.cond(icd("D63.1", "Anemia in chronic kidney disease"), onset="2024", recorded="2024-06-11")
    c.proc(cc((CPT, "36821", "Arteriovenous anastomosis, open; direct, any site"), text="Left radiocephalic AV fistula creation"),
           "completed", "2026-06-30", performer=vasc, reason_ref=ckd, note="Matured by 9/2026, cannulated 11/9.")
    c.medstmt(txt("insulin glargine 100 units/mL"), "active", "2026-11-23", dosage="14 units at bedtime")
    c.medstmt(cc((RX, "17767", "amlodipine"), text="amlodipine 10 mg"), "active", "2026-11-23", dosage="10 mg daily")
    c.medstmt(txt("sevelamer carbonate 800 mg"), "active", "2026-11-23", start="2026-11-09", dosage="1 tab TID with meals")
    c.medstmt(cc((RX, "105694", "epoetin alfa"), text="epoetin alfa (in-center)"), "active", "2026-11-23", start="2026-11-09", dosage="per dialysis anemia protocol")
    e0 = c.enc("2026-10-28T10:00:00-05:00", EST("99215"), prac=neph, org=org, reason="CKD 5 - uremic symptoms")
    c.vitals("2026-10-28", e0, bp=(162, 88), hr=80, wt=96.0)
    c.lab("98979-8", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI 2021)",
          "2026-10-28", 7, "mL/min/{1.73_m2}", "mL/min/{1.73_m2}", 60, None, enc=e0)
    c.lab("2823-3", "Potassium [Moles/volume] in Serum or Plasma", "2026-10-28", 5.8, "mmol/L", "mmol/L", 3.5, 5.1, enc=e0)
    c.lab("718-7", "Hemoglobin [Mass/volume] in Blood", "2026-10-28", 8.9, "g/dL", "g/dL", 13.5, 17.5, enc=e0)
    c.note("2026-10-28", "Nephrology clinic", """
CKD 5 (diabetic/hypertensive), eGFR 7. Nausea, pruritus, 4 kg fluid gain, K 5.8. AVF mature. Patient agrees to start
in-center hemodialysis - 3x/week MWF, 4 h. Start 11/9. Transplant evaluation referral discussed (BMI 33, will work on weight).
""", neph, e0)
    c.sr(sct("302497006", "Hemodialysis", text="In-center hemodialysis 3x/week"), "2026-10-28", status="active", intent="order",
         requester=neph, reason_ref=ckd, occurrence=("2026-11-09", "2027-11-09"), enc=e0)
    c.proc(sct("302497006", "Hemodialysis", text="Maintenance hemodialysis, in-center"), "in-progress", "2026-11-09", performer=neph, reason_ref=ckd,
           note="MWF 4 h via L RC-AVF, 2K/2.5Ca bath, EDW 92 kg.")
    for d, pre, post in (("2026-11-09", 96.2, 94.1), ("2026-11-16", 95.0, 93.0), ("2026-11-23", 94.4, 92.6)):
        e = c.enc(d + "T06:00:00-06:00", cc((CPT, "90935", "Hemodialysis procedure with single evaluation"), text="Hemodialysis treatment"),
                  prac=neph, org=org, reason="Maintenance hemodialysis", end=d + "T10:15:00-06:00")
        c.vitals(d, e, wt=pre, bp=(158, 84))
    c.lab("2823-3", "Potassium [Moles/volume] in Serum or Plasma", "2026-11-23", 4.9, "mmol/L", "mmol/L", 3.5, 5.1)
    c.obs(txt("Kt/V (single pool)"), "2026-11-23", qty(1.31, "{ratio}", "{ratio}"), interp="N", note="Target >= 1.2")
    c.note("2026-11-23", "Dialysis monthly progress", "Tolerating HD, nausea and itch improving. Fistula functioning well. Missed no sessions. Dry weight being challenged.", neph)
    return c


def hi_adt_qol_drop(cid):
    """72M recurrent prostate cancer started leuprolide in August; EORTC QLQ-C30 global health 75 -> 50 at 11 weeks."""
    c = Case(cid, "https://fhir.cornbeltoncology.org/r4")
    org = c.org("Cornbelt Urology & Oncology", npi="1649903318", city="Bloomington", state="IL", phone="(309) 555-0129")
    payer = c.org("Medicare + BCBS IL Medigap", kind="pay")
    uro = c.prac("Gregory", "Vandermeer", "MD", "1215589043")
    c.patient("Howard Allen", "Brinkmeyer", "male", "1954-01-09", "CUO-118230", "urn:oid:2.16.840.1.113883.3.6020.3",
              "Normal", "IL", "61761", "402 Fell Ave", "(309) 555-9912", org, uro, marital="M")
    c.coverage(payer, "Medicare Part B + Medigap Plan G", "8GT5KW1MP27", cov_type=("SUBSIDIZ", "subsidized health program"))
    pca = c.cond(icd("C61", "Malignant neoplasm of prostate"), onset="2020-02", recorded="2020-02-20", recorder=uro,
                 note="Gleason 4+3, pT3a N0 at RP 2020; biochemical recurrence 2025-26; PSMA PET 8/2026: 2 small pelvic bone lesions.")
    c.cond(icd("R97.21", "Rising PSA following treatment for malignant neoplasm of prostate"), onset="2025-12", recorded="2026-05-14")
    c.cond(icd("I10", "Essential (primary) hypertension"), onset="2008", recorded="2010-01-01")
    c.cond(icd("N39.3", "Stress incontinence (female) (male)", text="Post-prostatectomy stress incontinence, mild"), onset="2020-04", recorded="2020-06-01")
    c.proc(cc((CPT, "55866", "Laparoscopy, surgical prostatectomy, retropubic radical, including nerve sparing, includes robotic assistance"), text="Robotic radical prostatectomy"),
           "completed", "2020-04-07", reason_ref=pca)
    e0 = c.enc("2025-12-09T09:00:00-06:00", EST("99214"), prac=uro, org=org, reason="Detectable PSA after prostatectomy")
    c.note("2025-12-09", "Urology follow-up", "PSA now detectable at 0.4 (undetectable since 2020). Biochemical recurrence likely. Repeat PSA in 2-3 months to establish doubling time; PSMA PET when PSA > 0.5-1.0.", uro, e0)
    for d, v, i in (("2025-12-02", 0.4, "H"), ("2026-02-24", 0.8, "H"), ("2026-05-14", 1.3, "H"), ("2026-08-11", 2.7, "H"), ("2026-11-10", 0.3, "H")):
        c.lab("2857-1", "Prostate specific Ag [Mass/volume] in Serum or Plasma", d, v, "ng/mL", "ng/mL", None, 0.1, interp=i,
              ref_text="<0.1 ng/mL post-prostatectomy")
    c.dr(txt("PSMA PET/CT (piflufolastat F-18)"), "2026-08-14", "Two small PSMA-avid lesions: right iliac bone and L5 vertebral body. No nodal or visceral disease.")
    e1 = c.enc("2026-08-18T09:00:00-05:00", EST("99215"), prac=uro, org=org, reason="PSMA PET results, treatment plan")
    c.vitals("2026-08-18", e1, bp=(136, 80), hr=68, wt=86.5)
    qol = txt("EORTC QLQ-C30 Global health status/QoL scale score (0-100)")
    c.score(qol, "2026-08-18", 75, enc=e1, note="Items 29/30: 5 and 5. Baseline before androgen deprivation.")
    c.score(cc((LOINC, "44261-6", "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]"), text="PHQ-9 total"), "2026-08-18", 3, enc=e1)
    c.note("2026-08-18", "Urology-oncology visit", """
Oligometastatic hormone-sensitive recurrence (2 bone lesions on PSMA PET), PSA 2.7, doubling time ~4 months.
Discussed ADT +/- metastasis-directed SBRT; pt chooses ADT now, may consider SBRT later. Start leuprolide 22.5 mg
q12 weeks (bicalutamide x 4 weeks for flare). Baseline QoL survey done (global health 75). Baseline DEXA ordered.
Counseled: hot flashes, fatigue, loss of libido, mood, bone loss, weight gain.
""", uro, e1)
    c.medreq(cc((RX, "42375", "leuprolide"), text="leuprolide acetate 22.5 mg IM depot"), "2026-08-18", "22.5 mg IM every 12 weeks",
             requester=uro, reason=pca, enc=e1, start="2026-08-25")
    c.proc(cc((HCPCS, "J9217", "Leuprolide acetate (for depot suspension), 7.5 mg"), text="Leuprolide 22.5 mg depot injection"), "completed", "2026-08-25", performer=uro, reason_ref=pca)
    c.proc(cc((HCPCS, "J9217", "Leuprolide acetate (for depot suspension), 7.5 mg"), text="Leuprolide 22.5 mg depot injection"), "completed", "2026-11-17", performer=uro, reason_ref=pca)
    e2 = c.enc("2026-11-10T09:30:00-06:00", EST("99214"), prac=uro, org=org, reason="ADT follow-up")
    c.vitals("2026-11-10", e2, bp=(142, 84), hr=72, wt=89.9)
    c.score(qol, "2026-11-10", 50, enc=e2, note="Items 29/30: 4 and 3.")
    c.score(txt("EORTC QLQ-C30 Fatigue scale score (0-100, higher = worse)"), "2026-11-10", 56, enc=e2)
    c.score(cc((LOINC, "44261-6", "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]"), text="PHQ-9 total"), "2026-11-10", 6, enc=e2)
    c.note("2026-11-10", "ADT follow-up", """
PSA down to 0.3. But 10-15 hot flashes/day with night sweats, exhausted, stopped golfing and volunteering, gained 3.4 kg,
low mood. QoL global health 50 (from 75 at baseline). Wife says "he's not himself."
Offered venlafaxine for flashes, exercise program. Continue leuprolide; discussed intermittent ADT as an option later.
""", uro, e2)
    return c


# ---------------------------------------------------------------- HIGH IMPACT near misses
def hin_5fu_cream(cid):
    """66M multiple actinic keratoses: cryotherapy + topical fluorouracil field treatment (minor, topical)."""
    c = Case(cid, "https://fhir.sunbeltderm.com/r4")
    org = c.org("Sunbelt Dermatology", npi="1407721188", city="Mesa", state="AZ", phone="(480) 555-0107")
    payer = c.org("Cigna Medicare Advantage", kind="pay")
    derm = c.prac("Katherine", "Ostrowski", "MD", "1730655412")
    pa = c.prac("Devin", "Ybarra", "PA-C", "1023349870")
    c.patient("Gary Lee", "Schuttler", "male", "1960-04-28", "SBD-90417", "urn:oid:2.16.840.1.113883.3.5150.7",
              "Mesa", "AZ", "85205", "7731 E Main St #118", "480-555-2366", org, derm, marital="M")
    c.coverage(payer, "Cigna True Choice Medicare PPO", "CGN40028815", cov_type=("SUBSIDIZ", "subsidized health program"))
    ak = c.cond(icd("L57.0", "Actinic keratosis"), onset="2019", recorded="2019-05-14", recorder=derm, note="Multiple, scalp/forehead/dorsal hands.")
    c.cond(icd("C44.311", "Basal cell carcinoma of skin of nose"), onset="2022-01", recorded="2022-01-18", clinical="resolved", abatement="2022-02-22",
           note="Mohs excision 2/2022, clear margins.")
    c.cond(icd("I10", "Essential (primary) hypertension"), onset="2011", recorded="2015-01-01")
    c.cond(sct("55822004", "Hyperlipidemia"), onset="2011", recorded="2015-01-01")
    c.medstmt(cc((RX, "52175", "losartan"), text="losartan 50 mg"), "active", "2026-11-12", dosage="50 mg daily")
    c.medstmt(cc((RX, "36567", "simvastatin"), text="simvastatin 20 mg"), "active", "2026-11-12", dosage="20 mg nightly")
    c.proc(cc((CPT, "17311", "Mohs micrographic technique, head/neck, first stage"), text="Mohs surgery, nasal ala BCC"), "completed", "2022-02-22", performer=derm)
    e0 = c.enc("2025-11-06T10:00:00-07:00", EST("99213"), prac=pa, org=org, reason="Annual skin check")
    c.note("2025-11-06", "Skin check", "No BCC recurrence. 4 AKs scalp treated with LN2. Sun protection.", pa, e0)
    c.proc(cc((CPT, "17000", "Destruction premalignant lesions, first lesion"), text="Cryotherapy of actinic keratoses x4"), "completed", "2025-11-06", performer=pa, reason_ref=ak, enc=e0)
    e1 = c.enc("2026-11-12T09:20:00-07:00", EST("99214"), prac=derm, org=org, reason="Full skin exam, rough spots on scalp")
    c.note("2026-11-12", "Dermatology visit", """
Full skin exam. Nose scar clear. Numerous (~15) gritty erythematous papules, scalp vertex and forehead - field
cancerization. Treated 6 thicker AKs with LN2 today. Start topical fluorouracil 5% cream (field treatment, "topical
chemotherapy cream" - explained expected redness/crusting for 2-3 weeks) BID x 3 weeks to scalp/forehead after
freeze sites heal (start ~11/26). Photo handout. Recheck 8 weeks. No other suspicious lesions.
""", derm, e1)
    c.proc(cc((CPT, "17000", "Destruction premalignant lesions, first lesion"), (CPT, "17003", "Destruction premalignant lesions, 2-14 lesions, each"), text="Cryotherapy of actinic keratoses x6"),
           "completed", "2026-11-12", performer=derm, reason_ref=ak, enc=e1)
    c.medreq(cc((RX, "4492", "fluorouracil"), text="fluorouracil 5% topical cream, 40 g"), "2026-11-12", "Apply thin layer to scalp and forehead twice daily for 3 weeks",
             requester=derm, reason=ak, enc=e1, start="2026-11-26", end="2026-12-17")
    c.medreq(txt("Sunscreen SPF 50 broad-spectrum"), "2026-11-12", "Apply daily to face/scalp", requester=derm, enc=e1)
    c.add("Appointment", {"status": "booked", "serviceType": [txt("Dermatology follow-up")], "description": "AK recheck after 5-FU",
                          "start": "2027-01-07T09:00:00-07:00", "end": "2027-01-07T09:20:00-07:00",
                          "participant": [{"actor": {"reference": c.patient_ref}, "status": "accepted"}]})
    c.vitals("2026-11-12", e1, bp=(134, 82))
    return c


def hin_breast_survivor(cid):
    """61F stage IA ER+ breast cancer 2019: lumpectomy + RT 2019, anastrozole completed 2024; surveillance only."""
    c = Case(cid, "https://fhir.tidewateroncology.org/R4")
    org = c.org("Tidewater Oncology Survivorship Clinic", npi="1245509921", city="Norfolk", state="VA", phone="(757) 555-0115")
    payer = c.org("Optima Health", kind="pay")
    onc = c.prac("Beatrice", "Kowalczyk", "MD", "1457780032")
    np = c.prac("Renee", "Castleberry", "NP", "1962204418")
    c.patient("Patricia Ann", "Whitehurst", "female", "1965-07-30", "TOS-72230", "urn:oid:2.16.840.1.113883.3.8775.1",
              "Chesapeake", "VA", "23322", "612 Battlefield Blvd N", "757-555-0873", org, onc, marital="M")
    c.coverage(payer, "Optima Health Vantage HMO", "OPT2281964")
    hx = c.cond(icd("Z85.3", "Personal history of malignant neoplasm of breast"), onset="2019-02", recorded="2024-07-20",
                note="R breast IDC, pT1b N0, ER+/PR+/HER2-, Oncotype RS 12. Lumpectomy 3/2019, whole-breast RT 4-5/2019, anastrozole 5 y (completed 7/2024).")
    c.cond(icd("C50.411", "Malignant neoplasm of upper-outer quadrant of right female breast"), onset="2019-02", recorded="2019-02-12", clinical="resolved", abatement="2019-05-31")
    c.cond(txt("Osteopenia (aromatase inhibitor-related)"), onset="2022", recorded="2022-03-10")
    c.cond(icd("I10", "Essential (primary) hypertension"), onset="2017", recorded="2017-06-06")
    c.proc(cc((CPT, "19301", "Mastectomy, partial (eg, lumpectomy, tylectomy, quadrantectomy, segmentectomy)"), text="Right lumpectomy + SLNB"), "completed", "2019-03-06")
    c.proc(sct("108290001", "Radiation oncology AND/OR radiotherapy", text="Whole-breast radiotherapy 42.56 Gy/16 fx"), "completed", "2019-04-15", period_end="2019-05-06")
    c.medstmt(cc((RX, "84857", "anastrozole"), text="anastrozole 1 mg"), "completed", "2024-07-20", start="2019-07-01", end="2024-07-01", dosage="1 mg daily", note="Completed 5 years adjuvant endocrine therapy.")
    c.medstmt(cc((RX, "17767", "amlodipine"), text="amlodipine 5 mg"), "active", "2026-11-05", dosage="5 mg daily")
    c.medstmt(txt("Calcium citrate + vitamin D3 1000 IU"), "active", "2026-11-05", dosage="daily")
    c.dr(cc((CPT, "77067", "Screening mammography, bilateral, including CAD"), text="Bilateral mammogram with tomosynthesis"), "2026-10-20",
         "Stable post-lumpectomy changes right breast. No suspicious findings. BI-RADS 2 - benign.")
    c.obs(txt("DEXA - lowest T-score (L1-L4)"), "2026-10-20", qty(-1.7, "{T-score}", "{T-score}"), category="imaging", note="Stable vs 2024 (-1.8)")
    e1 = c.enc("2026-11-05T13:30:00-05:00", EST("99214"), prac=np, org=org, reason="Annual survivorship visit")
    c.vitals("2026-11-05", e1, bp=(128, 78), hr=70, wt=66.3)
    c.score(txt("PROMIS Global Health - Physical T-score"), "2026-11-05", 51, enc=e1)
    c.score(txt("PROMIS Global Health - Mental T-score"), "2026-11-05", 54, enc=e1)
    c.lab("718-7", "Hemoglobin [Mass/volume] in Blood", "2026-11-05", 13.4, "g/dL", "g/dL", 12.0, 15.5, enc=e1)
    c.note("2026-11-05", "Survivorship visit", """
7.5 years from diagnosis, 2+ years off anastrozole. No symptoms of recurrence; exam without masses or adenopathy.
Mammogram BI-RADS 2, DEXA stable osteopenia. No active cancer treatment; none planned. Continue annual mammogram and
survivorship visits; walking 5 days/week. Return 1 year.
""", np, e1)
    return c


# ---------------------------------------------------------------- PATIENT CONCERN positives
def pc_adhd_mother_portal(cid):
    """8M recently diagnosed ADHD on methylphenidate; mother's portal message asks for second opinion (developmental peds)."""
    c = Case(cid, "https://fhir.hilltoppeds.com/r4")
    org = c.org("Hilltop Pediatrics", npi="1518870045", city="Morgantown", state="WV", phone="(304) 555-0148")
    payer = c.org("The Health Plan of West Virginia", kind="pay")
    dr = c.prac("Jennifer", "Kocsis", "MD", "1063398201")
    rn = c.prac("Amy", "Mullenax", "RN", "1144028730")
    mom = c.related("Brittany", "Haddix", "MTH", "mother", "304-555-6620")
    c.patient("Carter James", "Haddix", "male", "2018-03-12", "HTP-39012", "urn:oid:2.16.840.1.113883.3.6655.2",
              "Morgantown", "WV", "26505", "88 Stewartstown Rd", "304-555-6620", org, dr)
    c.coverage(payer, "THP Family Plan", "THP0091732-02", relationship="child", subscriber=mom)
    adhd = c.cond(icd("F90.2", "Attention-deficit hyperactivity disorder, combined type"), onset="2025-09", recorded="2026-09-22", recorder=dr)
    c.cond(icd("H66.93", "Otitis media, unspecified, bilateral", text="Recurrent otitis media"), onset="2019", recorded="2019-10-01", clinical="resolved", abatement="2022-01")
    c.proc(cc((CPT, "69436", "Tympanostomy (requiring insertion of ventilating tube), general anesthesia"), text="Bilateral tympanostomy tubes"), "completed", "2021-02-09")
    c.cond(sct("195967001", "Asthma", text="Mild intermittent asthma"), onset="2022", recorded="2022-04-19")
    c.medstmt(cc((RX, "435", "albuterol"), text="albuterol HFA 90 mcg"), "active", "2026-10-01", dosage="2 puffs q4h prn")
    e1 = c.enc("2026-09-22T15:30:00-04:00", EST("99214"), prac=dr, org=org, reason="School concerns - attention, behavior")
    c.vitals("2026-09-22", e1, bp=(98, 60), hr=86, wt=26.1, ht=128.0)
    c.score(txt("NICHQ Vanderbilt Assessment - Parent: inattentive items scored 2-3"), "2026-09-22", 7, enc=e1)
    c.score(txt("NICHQ Vanderbilt Assessment - Teacher: inattentive items scored 2-3"), "2026-09-22", 6, enc=e1)
    c.note("2026-09-22", "Office visit - ADHD evaluation", """
2nd grade, teacher reports not finishing work, out of seat, calling out. Reading behind grade level. Parent and
teacher Vanderbilts positive for combined type. Hearing screen passed in office (audiometry 20 dB all freqs).
Dx ADHD combined type. Start methylphenidate ER 18 mg qAM. Recommend school 504 evaluation. F/u 4 weeks.
""", dr, e1)
    c.obs(txt("Audiometry screening, pure tone, bilateral"), "2026-09-22", "Pass - 20 dB at 500-4000 Hz bilaterally", interp="N", enc=e1)
    c.medreq(txt("methylphenidate ER 18 mg tablet"), "2026-09-22", "18 mg by mouth every morning", requester=dr, reason=adhd, enc=e1, start="2026-10-01")
    e2 = c.enc("2026-10-27T16:00:00-04:00", EST("99213"), prac=dr, org=org, reason="ADHD medication follow-up")
    c.vitals("2026-10-27", e2, bp=(100, 62), hr=92, wt=25.4)
    c.note("2026-10-27", "ADHD follow-up", "Some improvement per teacher; appetite down at lunch, weight -0.7 kg. Mom unsure about diagnosis. Continue 18 mg.", dr, e2)
    m1 = portal_msg(c, "2026-11-17T21:48:00-05:00", mom, dr, """
Hi Dr. Kocsis, this is Carter's mom. We have been thinking a lot since his last visit. His teacher now thinks
his problem might be more of a reading/learning issue, and his grandma says she was the same way. We are not
comfortable continuing the medicine until someone else looks at him. We would like a second opinion from a
developmental pediatrician or a psychologist who does full testing. Can you send a referral? The WVU child
development clinic was recommended to us. Thank you, Brittany Haddix
""", "Request for second opinion - Carter's ADHD diagnosis")
    portal_msg(c, "2026-11-18T09:12:00-05:00", rn, mom, """
Hi Brittany, thank you for your message. I have forwarded it to Dr. Kocsis, who will review and call you back
this week about the referral.
""", "RE: Request for second opinion", in_response_to=m1)
    return c


def pc_depression_qr_yes(cid):
    """55F recurrent MDD, stable PHQ-9; practice check-in questionnaire: 'would like a second opinion' = Yes."""
    c = Case(cid, "https://fhir.lowcountrybh.org/r4")
    org = c.org("Lowcountry Behavioral Health Associates", npi="1790348850", city="Beaufort", state="SC", phone="(843) 555-0162")
    payer = c.org("BlueChoice HealthPlan of South Carolina", kind="pay")
    psy = c.prac("Harrison", "Middleton", "MD", "1619983374")
    lpc = c.prac("Ebony", "Grant", "LPC", "1205591148")
    c.patient("Deborah Jean", "Fripp", "female", "1971-05-04", "LBH-66013", "urn:oid:2.16.840.1.113883.3.3211.5",
              "Beaufort", "SC", "29902", "1407 Bay St", "843-555-0927", org, psy, marital="D")
    c.coverage(payer, "BlueChoice HMO", "BCX7730012")
    mdd = c.cond(icd("F33.1", "Major depressive disorder, recurrent, moderate"), onset="2016", recorded="2019-03-12", recorder=psy)
    c.cond(sct("40930008", "Hypothyroidism"), onset="2012", recorded="2019-03-12")
    c.cond(icd("N95.1", "Menopausal and female climacteric states"), onset="2023", recorded="2024-01-10")
    c.medstmt(cc((RX, "321988", "escitalopram"), text="escitalopram 20 mg"), "active", "2026-11-18", start="2024-04-01", dosage="20 mg daily", reason=mdd)
    c.medstmt(cc((RX, "42347", "bupropion"), text="bupropion XL 150 mg"), "active", "2026-11-18", start="2025-02-10", dosage="150 mg qAM", reason=mdd)
    c.medstmt(cc((RX, "10582", "levothyroxine"), text="levothyroxine 75 mcg"), "active", "2026-11-18", dosage="75 mcg daily")
    phq = cc((LOINC, "44261-6", "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]"), text="PHQ-9 total")
    for d, v in (("2026-03-17", 13), ("2026-07-21", 12), ("2026-11-18", 13)):
        e = c.enc(d + "T10:00:00-04:00", cc((CPT, "99214", "Office/outpatient visit, established patient"), (CPT, "90833", "Psychotherapy add-on, 30 minutes"), text="Medication management + psychotherapy"),
                  prac=psy, org=org, reason="Depression follow-up")
        c.score(phq, d, v, enc=e)
        last = e
    c.lab("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", "2026-07-21", 1.8, "m[IU]/L", "m[IU]/L", 0.4, 4.5)
    c.note("2026-11-18", "Psychiatry follow-up", """
Mood "flat, not worse, not better" - PHQ-9 13 (12-13 all year). Sleeping ok, working full time, no SI.
On escitalopram 20 + bupropion XL 150 for 20 months. Discussed augmentation vs switching; she is frustrated that
nothing has changed in 2 years and asked about genetic testing and about seeing another psychiatrist for a second
opinion on whether the diagnosis/treatment is right - noted her check-in questionnaire answer. Will provide names.
""", psy, last)
    c.add("QuestionnaireResponse", {
        "questionnaire": "https://fhir.lowcountrybh.org/Questionnaire/lbh-visit-checkin-v3",
        "status": "completed", "subject": {"reference": c.patient_ref}, "encounter": {"reference": last},
        "authored": "2026-11-18T09:41:00-05:00", "author": {"reference": c.patient_ref}, "source": {"reference": c.patient_ref},
        "item": [
            {"linkId": "1", "text": "How would you rate your mood this week? (0 = worst, 10 = best)", "answer": [{"valueInteger": 4}]},
            {"linkId": "2", "text": "Are you taking your medications as prescribed?", "answer": [YES]},
            {"linkId": "3", "text": "Any side effects you want to discuss?", "answer": [{"valueString": "Low sex drive, weight gain"}]},
            {"linkId": "4", "text": "Do you feel your concerns are being heard by your care team?", "answer": [{"valueCoding": coding(LOINC, "LA10082-8", "Sometimes")}]},
            {"linkId": "5", "text": "Would you like a referral for a second opinion about your diagnosis or treatment?", "answer": [YES]},
            {"linkId": "6", "text": "Anything else you want us to know?", "answer": [{"valueString": "I have been on the same plan for 2 years and still feel stuck."}]}]})
    return c


def pc_parkinson_flag(cid):
    """70M new Parkinson disease diagnosis; he called asking for second opinion at movement disorders centre - patient-authored Flag."""
    c = Case(cid, "https://fhir.flinthillsneuro.org/r4")
    org = c.org("Flint Hills Neurology", npi="1376609921", city="Manhattan", state="KS", phone="(785) 555-0198")
    payer = c.org("Aetna Medicare Advantage", kind="pay")
    neuro = c.prac("Faisal", "Qureshi", "MD", "1891108734")
    ma = c.prac("Tiffany", "Heier", "CMA", "1427760035")
    c.patient("Richard Dean", "Zimmerli", "male", "1956-02-27", "FHN-20771", "urn:oid:2.16.840.1.113883.3.9981.4",
              "Wamego", "KS", "66547", "1120 Lincoln Ave", "(785) 555-4408", org, neuro, marital="M")
    c.coverage(payer, "Aetna Medicare Eagle PPO", "AET55102843", cov_type=("SUBSIDIZ", "subsidized health program"))
    pd = c.cond(icd("G20.A1", "Parkinson's disease without dyskinesia, without mention of fluctuations"), onset="2025-10", recorded="2026-09-08", recorder=neuro)
    c.cond(icd("I10", "Essential (primary) hypertension"), onset="2009", recorded="2012-01-01")
    c.cond(icd("N40.0", "Benign prostatic hyperplasia without lower urinary tract symptoms"), onset="2016", recorded="2016-01-01")
    c.cond(icd("H90.3", "Sensorineural hearing loss, bilateral"), onset="2018", recorded="2018-01-01")
    c.medstmt(cc((RX, "29046", "lisinopril"), text="lisinopril 20 mg"), "active", "2026-11-20", dosage="20 mg daily")
    e1 = c.enc("2026-09-08T10:00:00-05:00", NEW("99205"), prac=neuro, org=org, reason="Right hand tremor")
    c.vitals("2026-09-08", e1, bp=(138, 82), hr=66, wt=84.0)
    c.note("2026-09-08", "Neurology new patient", """
11 months of right hand tremor at rest, smaller handwriting, wife notes less arm swing and softer voice. Father had
"shaking hands" (never diagnosed). Exam: rest tremor R > L, cogwheel rigidity R wrist, bradykinesia R finger taps,
reduced R arm swing, no postural instability. MoCA 27. Dx idiopathic Parkinson disease (MDS criteria).
Start carbidopa-levodopa 25/100 titrating to 1 tab TID. PT/LSVT referral.
""", neuro, e1, loinc=("11488-4", "Consult note"))
    c.score(txt("MDS-UPDRS Part III (motor) total"), "2026-09-08", 24, enc=e1)
    c.medreq(txt("carbidopa-levodopa 25-100 mg tablet"), "2026-09-08", "1/2 tab TID x 1 week, then 1 tab TID", requester=neuro, reason=pd, enc=e1)
    e2 = c.enc("2026-11-03T10:30:00-06:00", EST("99214"), prac=neuro, org=org, reason="PD follow-up")
    c.vitals("2026-11-03", e2, bp=(132, 78), hr=64)
    c.score(txt("MDS-UPDRS Part III (motor) total"), "2026-11-03", 19, enc=e2)
    c.note("2026-11-03", "Neurology follow-up", "Tremor modestly better on C/L TID, some nausea. Discussed diagnosis again; pt skeptical - 'my dad had a tremor and it wasn't Parkinson's'.", neuro, e2)
    c.add("Flag", {"status": "active",
                   "category": [cc(("http://terminology.hl7.org/CodeSystem/flag-category", "admin", "Administrative"))],
                   "code": txt("Patient requests second opinion - movement disorders specialist (re: Parkinson disease diagnosis)"),
                   "subject": {"reference": c.patient_ref}, "period": {"start": "2026-11-20"},
                   "author": {"reference": c.patient_ref}})
    c.note("2026-11-20", "Telephone encounter", """
Pt called: would like a second opinion on his Parkinson's diagnosis before "committing to these pills for life".
Asks for referral to KU movement disorders clinic and for records (MRI not done - asks whether DaTscan is needed).
Flag placed per pt request; message routed to Dr. Qureshi.
""", ma)
    return c


# ---------------------------------------------------------------- PATIENT CONCERN near misses
def pcn_qr_no(cid):
    """44F hypertension annual visit; pre-visit questionnaire answers 'No' to second opinion; no concerns."""
    c = Case(cid, "https://fhir.magnoliafamilymed.com/r4")
    org = c.org("Magnolia Family Medicine", npi="1528830094", city="Hattiesburg", state="MS", phone="(601) 555-0134")
    payer = c.org("UnitedHealthcare Choice Plus", kind="pay")
    dr = c.prac("Courtland", "Ellzey", "MD", "1316647720")
    c.patient("Monique Shanae", "Pittman", "female", "1982-09-30", "MFM-140562", "urn:oid:2.16.840.1.113883.3.1449.8",
              "Hattiesburg", "MS", "39401", "2104 Hardy St", "601-555-3390", org, dr, marital="M")
    c.coverage(payer, "UHC Choice Plus (employer)", "UHC66019923")
    htn = c.cond(icd("I10", "Essential (primary) hypertension"), onset="2020", recorded="2020-08-14")
    c.cond(sct("414916001", "Obesity"), onset="2015", recorded="2020-08-14")
    c.cond(txt("Vitamin D insufficiency"), onset="2023", recorded="2023-11-02", clinical="resolved", abatement="2024-05")
    c.medstmt(cc((RX, "314076", "lisinopril 10 MG Oral Tablet")), "active", "2026-11-09", start="2020-08-14", dosage="10 mg daily", reason=htn)
    c.medstmt(txt("Multivitamin"), "active", "2026-11-09")
    e0 = c.enc("2026-05-11T08:40:00-05:00", EST("99213"), prac=dr, org=org, reason="BP follow-up")
    c.vitals("2026-05-11", e0, bp=(128, 82), hr=74, wt=92.0)
    e1 = c.enc("2026-11-09T08:30:00-06:00", cc((CPT, "99396", "Periodic preventive medicine, established, 40-64"), text="Annual physical"), prac=dr, org=org, reason="Annual physical")
    c.vitals("2026-11-09", e1, bp=(124, 80), hr=72, wt=90.6, bmi=33.2)
    c.lab("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "2026-11-09", 5.5, "%", "%", None, 5.7, enc=e1)
    c.lab("2089-1", "Cholesterol in LDL [Mass/volume] in Serum or Plasma", "2026-11-09", 104, "mg/dL", "mg/dL", None, 130, enc=e1)
    c.lab("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", "2026-11-09", 0.8, "mg/dL", "mg/dL", 0.5, 1.1, enc=e1)
    c.lab("2823-3", "Potassium [Moles/volume] in Serum or Plasma", "2026-11-09", 4.2, "mmol/L", "mmol/L", 3.5, 5.1, enc=e1)
    c.score(cc((LOINC, "55758-7", "Patient Health Questionnaire 2 item (PHQ-2) total score [Reported]"), text="PHQ-2 total"), "2026-11-09", 0, enc=e1)
    c.add("QuestionnaireResponse", {
        "questionnaire": "https://fhir.magnoliafamilymed.com/Questionnaire/annual-previsit",
        "status": "completed", "subject": {"reference": c.patient_ref}, "encounter": {"reference": e1},
        "authored": "2026-11-07T19:22:00-06:00", "author": {"reference": c.patient_ref},
        "item": [
            {"linkId": "q1", "text": "Have you been to the ER or hospital since your last visit?", "answer": [NO]},
            {"linkId": "q2", "text": "Do you have any new health concerns you want to discuss?", "answer": [NO]},
            {"linkId": "q3", "text": "Would you like a second opinion about any diagnosis or treatment plan?", "answer": [NO]},
            {"linkId": "q4", "text": "Are you due for a mammogram? (we will check)", "answer": [YES]},
            {"linkId": "q5", "text": "Do you feel safe at home?", "answer": [YES]}]})
    c.note("2026-11-09", "Annual physical", """
Feels well. No concerns. Pre-visit questionnaire reviewed - no new issues, no ER visits. BP at goal on lisinopril 10.
Labs normal. Mammogram ordered. Cologuard discussed - will do at 45. Walking program; weight down 1.4 kg.
""", dr, e1)
    c.sr(cc((CPT, "77067", "Screening mammography, bilateral, including CAD"), text="Screening mammogram"), "2026-11-09", requester=dr, enc=e1,
         reason=icd("Z12.31", "Encounter for screening mammogram for malignant neoplasm of breast"))
    return c


def pcn_endometriosis_2nd_done(cid):
    """39F endometriosis; second opinion at tertiary centre in July agreed with plan; portal message is a thank-you/refill."""
    c = Case(cid, "https://fhir.rockymountainwomens.org/r4")
    org = c.org("Rocky Mountain Women's Health", npi="1811029374", city="Grand Junction", state="CO", phone="(970) 555-0181")
    tert = c.org("Front Range Center for Endometriosis & Pelvic Pain", npi="1659900413", city="Aurora", state="CO")
    payer = c.org("Rocky Mountain Health Plans", kind="pay")
    gyn = c.prac("Meredith", "Oyler", "MD", "1134478802")
    spec = c.prac("Jonathan", "Abramowitz", "MD", "1710038890")
    c.patient("Kristen Leigh", "Vaughan", "female", "1987-03-19", "RMW-58330", "urn:oid:2.16.840.1.113883.3.4480.6",
              "Grand Junction", "CO", "81501", "2855 Patterson Rd #7", "970-555-6143", org, gyn, marital="M")
    c.coverage(payer, "RMHP Prime", "RMH8800214")
    endo = c.cond(sct("129103003", "Endometriosis", text="Endometriosis, stage II (peritoneal, excised 2/2025)"), onset="2018", recorded="2025-02-18", recorder=gyn)
    c.cond(txt("Migraine without aura"), onset="2008", recorded="2015-01-01")
    c.proc(cc((CPT, "58662", "Laparoscopy, surgical; with fulguration or excision of lesions of the ovary, pelvic viscera, or peritoneal surface"), text="Diagnostic laparoscopy with excision of endometriosis"),
           "completed", "2025-02-18", performer=gyn, reason_ref=endo)
    c.medstmt(cc((RX, "7514", "norethindrone"), text="norethindrone acetate 5 mg"), "active", "2026-11-09", start="2025-03-01", dosage="5 mg daily continuous", reason=endo)
    pain = cc((LOINC, "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"))
    e1 = c.enc("2026-05-20T11:00:00-06:00", EST("99214"), prac=gyn, org=org, reason="Pelvic pain follow-up")
    c.score(pain, "2026-05-20", 6, enc=e1)
    c.note("2026-05-20", "Gynecology follow-up", "Pain 6/10 on NETA. Pt asks about a second opinion before considering more surgery. Referral to Front Range endometriosis center placed.", gyn, e1)
    c.sr(txt("Referral - second opinion, endometriosis/pelvic pain specialist"), "2026-05-20", status="completed", requester=gyn, performer=spec, reason_ref=endo,
         category=sct("3457005", "Patient referral"), enc=e1)
    e2 = c.enc("2026-07-22T09:00:00-06:00", cc((CPT, "99245", "Office consultation, high MDM"), text="Second opinion consultation"), prac=spec, org=tert, reason="Second opinion - endometriosis")
    c.note("2026-07-22", "Second opinion consultation - endometriosis", """
Seen for second opinion at patient's request. Reviewed operative report/pathology (2/2025) and MRI pelvis 6/2026
(no endometrioma, no deep infiltrating disease). Agree with diagnosis of stage II endometriosis, adequately excised.
No indication for repeat surgery. Agree with continuous NETA; add pelvic floor PT (hypertonic pelvic floor on exam).
Findings discussed with patient, who is reassured. Letter to Dr. Oyler.
""", spec, e2, loinc=("11488-4", "Consult note"))
    e3 = c.enc("2026-10-14T10:30:00-06:00", EST("99213"), prac=gyn, org=org, reason="Follow-up after second opinion")
    c.score(pain, "2026-10-14", 3, enc=e3)
    c.vitals("2026-10-14", e3, bp=(118, 74), hr=70, wt=61.0)
    c.note("2026-10-14", "Gynecology follow-up", "Pelvic floor PT x 8 sessions - pain 3/10, intercourse more comfortable. Continue NETA. Return 6 months.", gyn, e3)
    portal_msg(c, "2026-11-09T20:15:00-07:00", c.patient_ref, gyn, """
Hi Dr. Oyler - just wanted to say thanks again for sending me to Dr. Abramowitz in July for the second opinion.
It really put my mind at ease that he agreed with you. PT is helping a lot. Could you send a refill of my
norethindrone to the City Market pharmacy? I have 5 pills left. Thanks! Kristen
""", "Refill request + thank you")
    c.medreq(cc((RX, "7514", "norethindrone"), text="norethindrone acetate 5 mg tablet"), "2026-11-10", "5 mg daily continuous", requester=gyn, reason=endo,
             dispense={"numberOfRepeatsAllowed": 3, "quantity": {"value": 90, "unit": "tablet"}})
    return c
