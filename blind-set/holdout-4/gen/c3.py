from c1 import *

QUAL = "EORTC QLQ-C30 Global health status/QoL scale score (0-100)"

# ---------------- HIGH_IMPACT_TREATMENT ----------------
def hit_p1(cid):
    b = mk(cid, 2)
    b.patient("Christina Marie", "Lindgren", "female", "1978-12-12", "MVH-5502914", line="2931 J St", postal="95816")
    b.prac("surg", "Rebecca", "Tan", "394609007", "General surgery", "1528093741")
    b.prac("rad", "Paul", "Esposito", "419815003", "Radiation oncology", "1639028475")
    b.coverage("Blue Shield of California PPO", "commercial", "XEA900217734")
    bc = cc(("sct", "254837009", "Malignant neoplasm of breast"), ("icd", "C50.412", "Malignant neoplasm of upper-outer quadrant of left female breast"),
            text="Invasive ductal carcinoma left breast, pT1c pN0(sn), ER+/PR+/HER2-")
    c = b.cond(bc, "2026-09-15", recorder="surg")
    b.cond(cc(("sct", "37796009", "Migraine"), ("icd", "G43.909", "Migraine, unspecified, not intractable, without status migrainosus")), "2005-01-01")
    b.cond(cc(("sct", "197480006", "Anxiety disorder"), ("icd", "F41.9", "Anxiety disorder, unspecified")), "2015-01-01", status="resolved", abated="2018-01-01")
    b.dr(cc(("loinc", "24606-6", "MG Breast Screening")), "2026-08-28", "Left breast upper outer quadrant 1.4 cm spiculated mass. BI-RADS 0.")
    b.dr(cc(("loinc", "22634-0", "Pathology report")), "2026-09-15", "Core biopsy left breast 2:00: invasive ductal carcinoma, grade 2.", cat=("SP", "Surgical Pathology"))
    sr0 = b.sr(cc(("cpt", "19301", "Mastectomy, partial (eg, lumpectomy, tylectomy, quadrantectomy, segmentectomy)")), "2026-09-29", status="completed", reason=c, prac="surg")
    e1 = b.enc("2026-10-22", "Outpatient surgery", prac="surg", reason=bc)
    b.proc(cc(("cpt", "19301", "Mastectomy, partial (eg, lumpectomy, tylectomy, quadrantectomy, segmentectomy)"), text="Left lumpectomy with sentinel node biopsy"), "completed", "2026-10-22T08:00:00-07:00", reason=c, prac="surg", based_on=sr0)
    b.dr(cc(("loinc", "22634-0", "Pathology report")), "2026-10-27", "Left lumpectomy: IDC 1.3 cm, grade 2, margins negative (closest 4 mm). Sentinel nodes 0/2. Oncotype DX recurrence score 12.", cat=("SP", "Surgical Pathology"))
    e2 = b.enc("2026-11-20", "Radiation oncology consultation", prac="rad", reason=bc, svc="Radiation oncology")
    b.vitals("2026-11-20", 118, 74, 70, 63.0, e2)
    b.sr(cc(("sct", "33195004", "External beam radiation therapy procedure"), ("cpt", "77412", "Radiation treatment delivery, >=1 MeV; complex"),
            text="Whole-breast radiotherapy, left, 40.05 Gy in 15 fractions with tumor bed boost, deep inspiration breath hold"),
         "2026-11-20", status="active", intent="order", occ="2027-01-04", reason=c, prac="rad", note="CT simulation 12/14/2026.")
    b.medreq(cc(("rx", "84857", "anastrozole"), text="anastrozole 1 mg tablet"), "2026-11-20", "1 mg daily, start after radiotherapy", status="draft", intent="plan", reason=c)
    b.note("2026-11-20", "Radiation oncology consultation", """48F, left breast IDC pT1c N0, ER/PR+, HER2-, RS 12, after lumpectomy 10/22 with negative margins.
Recommend adjuvant whole-breast radiotherapy, hypofractionated 40 Gy/15 + boost, DIBH. Discussed fatigue, skin reaction, rare cardiac/pulmonary toxicity. Consent signed.
Simulation 12/14, start 1/4/2027. Endocrine therapy to follow.""", prac="rad", enc=e2)
    cbc(b, "2026-11-20", 13.2, enc=e2)
    return b, "HIGH_IMPACT_TREATMENT", "positive", ["HIGH_IMPACT_TREATMENT"], \
        "Active order for adjuvant whole-breast external beam radiotherapy starting 2027-01-04 (SNOMED 33195004 / CPT 77412); lumpectomy already done.", \
        "48F early breast cancer after lumpectomy, adjuvant radiotherapy booked for January"

def hit_p2(cid):
    b = mk(cid, 11)
    b.patient("Gary Lynn", "Pennington", "male", "1967-03-08", "LSU-2093318", line="7730 Katy Fwy", postal="77024")
    b.prac("onc", "Mei", "Zhang", "394593009", "Medical oncology", "1346029183")
    b.prac("rad", "Jorge", "Villarreal", "419815003", "Radiation oncology", "1558203947")
    b.coverage("BlueCross BlueShield of Texas HMO Blue", "hmo", "ZGT708182934")
    hn = cc(("icd", "C01", "Malignant neoplasm of base of tongue"), text="Squamous cell carcinoma base of tongue, p16+, cT2N1M0 (AJCC 8th stage I)")
    c = b.cond(hn, "2026-09-02", recorder="onc")
    b.cond(cc(("sct", "38341003", "Hypertensive disorder"), ("icd", "I10", "Essential (primary) hypertension")), "2015-01-01")
    b.cond(cc(("sct", "55822004", "Hyperlipidemia"), ("icd", "E78.5", "Hyperlipidemia, unspecified")), "2017-01-01")
    b.medstmt(cc(("rx", "52175", "losartan"), text="losartan 50 mg tablet"), "2015-01-01", "50 mg daily")
    b.medreq(cc(("rx", "2555", "cisplatin"), ("hcpcs", "J9060", "Injection, cisplatin, powder or solution, 10 mg"), text="cisplatin 40 mg/m2 IV weekly"),
             "2026-10-12", "40 mg/m2 IV weekly x 7 concurrent with radiation", reason=c, prac="onc")
    b.proc(cc(("cpt", "77385", "Intensity modulated radiation treatment delivery (IMRT), includes guidance and tracking, when performed; simple"),
              text="IMRT oropharynx and bilateral neck, 70 Gy in 35 fractions"), "in-progress", "2026-10-19", reason=c, prac="rad")
    for d, v in (("2026-10-12", 75.0), ("2026-11-23", 41.7)):
        b.obs(cc(("sct", "273446001", "European Organization for Research and Treatment of Cancer QLQ-C30 quality of life questionnaire"), text=QUAL), d, v, "{score}", cat="survey", interp=None,
              note="Higher = better global health/quality of life.")
    for d, w in (("2026-10-12", 92.0), ("2026-11-23", 84.5)):
        b.vitals(d, 132, 80, 78, w)
    e1 = b.enc("2026-11-23", "On-treatment visit, week 6", prac="onc", reason=hn)
    cbc(b, "2026-11-23", 11.1, wbc=3.6, plt=182, male=True, enc=e1)
    bmp(b, "2026-11-23", creat=1.2, enc=e1)
    b.note("2026-11-23", "On-treatment visit", """59M, p16+ base of tongue SCC on concurrent weekly cisplatin + IMRT since 10/19 (fraction 26/35).
Grade 3 mucositis, odynophagia, on liquid diet, lost 7.5 kg, dysgeusia, fatigue. QLQ-C30 global health fell from 75 at baseline to 42.
Supportive care: magic mouthwash, opioid for mucositis, dietitian, IV fluids twice weekly. Continue treatment.""", prac="onc", enc=e1)
    return b, "HIGH_IMPACT_TREATMENT", "positive", ["HIGH_IMPACT_TREATMENT"], \
        "Concurrent cisplatin chemoradiation (in progress since 2026-10-19) with EORTC QLQ-C30 global health score falling 75 -> 42 after treatment began, well beyond the ~10-point MCID.", \
        "59M base-of-tongue cancer on chemoradiation with a large drop in QLQ-C30 quality of life"

def hit_p3(cid):
    b = mk(cid, 1)
    b.patient("Sandra Lee", "Obermeyer", "female", "1975-01-28", "RRMC-0917730", line="65 E Lane Ave", postal="43201")
    b.prac("onc", "Vikram", "Desai", "394593009", "Medical oncology", "1922038471")
    b.prac("surg", "Eleanor", "Pike", "394609007", "Colorectal surgery", "1083920174")
    b.coverage("Anthem Blue Access PPO", "commercial", "OHA330192847")
    rc = cc(("icd", "C20", "Malignant neoplasm of rectum"), ("sct", "254582000", "Adenocarcinoma of rectum"), text="Rectal adenocarcinoma, mid rectum, cT3N1M0, pMMR")
    c = b.cond(rc, "2026-10-30", recorder="surg")
    b.cond(cc(("sct", "38341003", "Hypertensive disorder"), ("icd", "I10", "Essential (primary) hypertension")), "2019-01-01")
    b.cond(cc(("sct", "235595009", "Gastroesophageal reflux disease"), ("icd", "K21.9", "Gastro-esophageal reflux disease without esophagitis")), "2016-01-01")
    b.medstmt(cc(("rx", "5487", "hydrochlorothiazide"), text="hydrochlorothiazide 25 mg tablet"), "2019-01-01", "25 mg daily")
    b.dr(cc(("cpt", "45380", "Colonoscopy, flexible; with biopsy, single or multiple")), "2026-10-30", "Circumferential friable mass 8-12 cm from anal verge. Biopsies: moderately differentiated adenocarcinoma.", cat=("GE", "Gastroenterology"), prac="surg")
    b.dr(cc(("loinc", "30649-8", "MR Pelvis")), "2026-11-06", "Mid-rectal tumor T3c, CRM threatened (1 mm), 3 mesorectal nodes suspicious. No EMVI.", prac="surg")
    b.dr(cc(("loinc", "24627-2", "CT Chest")), "2026-11-06", "No pulmonary or hepatic metastases.")
    b.lab("2039-6", "Carcinoembryonic Ag [Mass/volume] in Serum or Plasma", "2026-11-06", 7.8, "ng/mL", None, 3.0)
    b.proc(cc(("cpt", "36561", "Insertion of tunneled centrally inserted central venous access device, with subcutaneous port; age 5 years or older")), "completed", "2026-11-25T13:00:00-05:00", reason=c)
    e1 = b.enc("2026-11-24", "Medical oncology consultation", prac="onc", reason=rc, svc="GI oncology")
    b.vitals("2026-11-24", 128, 80, 76, 70.5, e1)
    cbc(b, "2026-11-24", 12.4, enc=e1)
    bmp(b, "2026-11-24", creat=0.8, enc=e1)
    for rx, hc, txt in (("32592", ("J9263", "Injection, oxaliplatin, 0.5 mg"), "oxaliplatin 85 mg/m2 IV"),
                        ("6313", ("J0640", "Injection, leucovorin calcium, per 50 mg"), "leucovorin 400 mg/m2 IV"),
                        ("4492", ("J9190", "Injection, fluorouracil, 500 mg"), "fluorouracil 400 mg/m2 IV bolus then 2400 mg/m2 over 46 h")):
        b.medreq(cc(("rx", rx, txt.split()[0]), ("hcpcs",) + hc, text=txt), "2026-11-24", "mFOLFOX6 cycle 1 day 1 on 12/8/2026, every 14 days x 8 cycles",
                 status="active", intent="plan", reason=c, prac="onc")
    b.note("2026-11-24", "GI oncology consultation", """51F, locally advanced rectal adenocarcinoma cT3N1, threatened CRM, pMMR. Tumor board 11/18: total neoadjuvant therapy.
Plan: mFOLFOX6 x 8 cycles starting 12/8/2026, then long-course chemoradiation, then restaging; surgery decision after restaging.
Port placed 11/25. Consent obtained; discussed neuropathy, cytopenias, fatigue, fertility (post-menopausal).""", prac="onc", enc=e1)
    return b, "HIGH_IMPACT_TREATMENT", "positive", ["HIGH_IMPACT_TREATMENT"], \
        "Planned neoadjuvant FOLFOX chemotherapy (MedicationRequests intent plan, HCPCS J9263/J9190, RxNorm) starting 2026-12-08; only the minor port placement has been done.", \
        "51F locally advanced rectal cancer, FOLFOX chemotherapy starting December"

def hit_n1(cid):
    b = mk(cid, 3)
    b.patient("Patricia Ann", "Schroeder", "female", "1968-02-03", "LKC-0410098", line="1918 E Capitol Dr", postal="53211")
    b.prac("rheum", "Imran", "Qureshi", "394810000", "Rheumatology", "1710293846")
    b.coverage("Network Health", "commercial", "NH88102934")
    ra = cc(("sct", "69896004", "Rheumatoid arthritis"), ("icd", "M05.79", "Rheumatoid arthritis with rheumatoid factor of multiple sites without organ or systems involvement"))
    c = b.cond(ra, "2026-03-18", recorder="rheum")
    b.cond(cc(("sct", "38341003", "Hypertensive disorder"), ("icd", "I10", "Essential (primary) hypertension")), "2017-01-01")
    b.cond(cc(("sct", "312894000", "Osteopenia"), ("icd", "M85.89", "Other specified disorders of bone density and structure, multiple sites")), "2022-01-01")
    b.medreq(cc(("rx", "6851", "methotrexate"), text="methotrexate 2.5 mg tablet"), "2026-04-01", "15 mg (6 tablets) by mouth once weekly", reason=c, prac="rheum")
    b.medreq(cc(("rx", "4511", "folic acid"), text="folic acid 1 mg tablet"), "2026-04-01", "1 mg daily except methotrexate day", reason=c, prac="rheum")
    b.medreq(cc(("rx", "8640", "prednisone"), text="prednisone 5 mg tablet"), "2026-04-01", "10 mg daily tapered off over 8 weeks", status="completed", reason=c, prac="rheum")
    b.medstmt(cc(("rx", "29046", "lisinopril"), text="lisinopril 10 mg tablet"), "2017-01-01", "10 mg daily")
    for d, haq, das, crp, alt in (("2026-03-18", 1.25, 5.1, 18.2, 22), ("2026-07-15", 0.75, 3.2, 6.1, 28), ("2026-11-11", 0.5, 2.6, 3.0, 31)):
        e = b.enc(d, "Rheumatology visit", prac="rheum", reason=ra)
        b.obs(cc(text="Health Assessment Questionnaire Disability Index (HAQ-DI)"), d, haq, "{score}", cat="survey", interp=None, enc=e)
        b.obs(cc(text="DAS28-CRP"), d, das, "{score}", cat="exam", interp=None, enc=e)
        b.lab("1988-5", "C reactive protein [Mass/volume] in Serum or Plasma", d, crp, "mg/L", None, 5.0, enc=e)
        b.lab("1742-6", "Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma", d, alt, "U/L", 7, 56, enc=e)
    b.note("2026-11-11", "Rheumatology visit", """58F seropositive RA on methotrexate 15 mg weekly + folic acid since April. Morning stiffness 10 min, no synovitis today.
DAS28-CRP 2.6 (remission range), HAQ-DI 0.5. LFTs and CBC fine. Tolerating well.
Continue current dose. Return 4 months.""", prac="rheum")
    cbc(b, "2026-11-11", 13.0)
    return b, "HIGH_IMPACT_TREATMENT", "near-miss", [], \
        "Methotrexate here is low-dose weekly DMARD therapy for RA, not antineoplastic chemotherapy; function and disease activity improved rather than fell.", \
        "58F rheumatoid arthritis doing well on low-dose weekly methotrexate"

def hit_n2(cid):
    b = mk(cid, 6)
    b.patient("Frank Edward", "Lundquist", "male", "1954-10-16", "DSH-30077128", line="6001 E Grant Rd", postal="85712")
    b.prac("derm", "Alicia", "Romero", "394582007", "Dermatology", "1649203857")
    b.coverage("Medicare Part B", "medicare", "5KD3-TR9-XY21")
    ak = cc(("sct", "201101007", "Actinic keratosis"), ("icd", "L57.0", "Actinic keratosis"))
    c = b.cond(ak, "2021-01-01", recorder="derm", note="Multiple AKs scalp, forehead, dorsal hands.")
    b.cond(cc(("sct", "1338007", "Basal cell carcinoma"), ("icd", "C44.311", "Basal cell carcinoma of skin of nose")), "2023-04-10", status="resolved", abated="2023-05-15", note="Mohs excision 5/2023, clear margins.")
    b.cond(cc(("sct", "38341003", "Hypertensive disorder"), ("icd", "I10", "Essential (primary) hypertension")), "2009-01-01")
    b.cond(cc(("sct", "266569009", "Benign prostatic hyperplasia"), ("icd", "N40.0", "Benign prostatic hyperplasia without lower urinary tract symptoms")), "2018-01-01")
    b.medstmt(cc(("rx", "17767", "amlodipine"), text="amlodipine 5 mg tablet"), "2009-01-01", "5 mg daily")
    for d in ("2025-11-12", "2026-11-10"):
        e = b.enc(d, "Skin check", prac="derm", reason=ak, svc="Dermatology")
        b.proc(cc(("cpt", "17000", "Destruction premalignant lesions (eg, actinic keratoses); first lesion"), ("cpt", "17003", "Destruction premalignant lesions; second through 14 lesions, each")), "completed", d + "T11:00:00-07:00", reason=c, prac="derm", note="Liquid nitrogen cryotherapy, 8 lesions.")
        b.obs(cc(text="Total body skin examination"), d, cat="exam", text_value="Multiple AKs scalp/forehead; no suspicious pigmented lesions; no new BCC/SCC", interp=None, enc=e)
    b.medreq(cc(("rx", "4492", "fluorouracil"), text="fluorouracil 5 % Topical Cream"), "2026-11-10", "Apply thin layer to scalp and forehead twice daily for 3 weeks starting 12/7/2026",
             reason=c, prac="derm", note="Field therapy for actinic keratoses; expect redness/crusting.")
    b.note("2026-11-10", "Dermatology skin check", """72M, fair skin, extensive actinic damage. Numerous AKs scalp/forehead; cryotherapy to 8 thicker lesions today.
Field treatment: topical 5-FU 5% cream BID x 3 weeks starting after the holidays (12/7). Counseled on expected inflammatory reaction. Sun protection.
No evidence of recurrent skin cancer. Return 6 months.""", prac="derm")
    b.vitals("2026-11-10", 134, 80, 70, 83.0)
    b.lab("2857-1", "Prostate specific Ag [Mass/volume] in Serum or Plasma", "2026-06-02", 1.6, "ng/mL", None, 4.0)
    bmp(b, "2026-06-02", creat=1.0)
    return b, "HIGH_IMPACT_TREATMENT", "near-miss", [], \
        "Fluorouracil is prescribed, but as a 5% topical cream for actinic keratoses (field therapy), not systemic chemotherapy; cryotherapy is minor.", \
        "72M actinic keratoses, topical 5-fluorouracil cream planned"

# ---------------- PATIENT_REPORTED_CONCERN ----------------
def qr(b, date, items, author=None, title="Pre-visit questionnaire"):
    its = []
    for i, (lid, text, ans) in enumerate(items, 1):
        a = {"valueCoding": {"system": SYS["loinc"], "code": ans[0], "display": ans[1]}} if isinstance(ans, tuple) else ({"valueInteger": ans} if isinstance(ans, int) else {"valueString": ans})
        its.append({"linkId": lid, "text": text, "answer": [a]})
    return b.raw({"resourceType": "QuestionnaireResponse", "status": "completed", "questionnaire": f"{b.base}/Questionnaire/portal-previsit",
                  "subject": {"reference": b.pats}, "authored": date, "author": {"reference": author or b.pats}, "source": {"reference": b.pats},
                  "item": its}, "qr")

YES, NO = ("LA33-6", "Yes"), ("LA32-8", "No")

def prc_p1(cid):
    b = mk(cid, 2)
    b.patient("Vanessa Marie", "Oduya", "female", "1990-08-23", "MVH-7710342", line="1722 Broadway", postal="95818")
    b.prac("gyn", "Heather", "Collins", "394585009", "Obstetrics and gynecology", "1093728465")
    b.coverage("Western Health Advantage", "hmo", "WHA55019283")
    en = cc(("sct", "129103003", "Endometriosis"), text="Endometriosis, laparoscopically confirmed 2021 (stage II)")
    c = b.cond(en, "2021-05-10", recorder="gyn")
    b.cond(cc(("sct", "35489007", "Depressive disorder"), ("icd", "F32.A", "Depression, unspecified")), "2019-01-01", status="remission")
    b.cond(cc(("sct", "68566005", "Urinary tract infectious disease"), ("icd", "N39.0", "Urinary tract infection, site not specified")), "2026-03-02", status="resolved", abated="2026-03-12")
    b.medreq(cc(text="dienogest 2 mg tablet"), "2025-02-01", "2 mg daily", reason=c, prac="gyn")
    b.medreq(cc(("rx", "5640", "ibuprofen"), text="ibuprofen 600 mg tablet"), "2021-06-01", "600 mg every 8 h as needed", reason=c, prac="gyn")
    for d in ("2026-05-19", "2026-11-24"):
        e = b.enc(d, "Gynecology follow-up", prac="gyn", reason=en)
        b.obs(cc(("loinc", "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported")), d, 6, "{score}", cat="survey", interp=None, enc=e)
        b.vitals(d, 112, 70, 72, 66.0, e)
    b.dr(cc(("loinc", "30649-8", "MR Pelvis")), "2026-06-30", "Small left endometrioma 2.1 cm, stable. No deep infiltrating nodule identified.", prac="gyn")
    qr(b, "2026-11-21T20:14:00-08:00", [
        ("1", "Over the past month, how would you rate your pain control?", "Poor - pelvic pain most days, missed 4 days of work"),
        ("2", "Do you feel your concerns were addressed at your last visit?", NO),
        ("3", "Would you like a second opinion about your diagnosis or treatment plan?", YES),
        ("4", "Anything else you want your care team to know?", "I have asked about other options several times and feel brushed off. I would like to see an endometriosis specialist.")])
    b.note("2026-11-24", "Gynecology follow-up", """36F, stage II endometriosis on dienogest since 2/2025. Pelvic pain 6/10 most days, dysmenorrhea, dyspareunia; unchanged since spring.
Portal questionnaire reviewed. Discussed options: continue dienogest vs GnRH antagonist; repeat laparoscopy not advised currently.
Plan: trial of add-on pelvic floor PT. Follow up 3 months.""", prac="gyn")
    cbc(b, "2026-05-19", 12.6)
    return b, "PATIENT_REPORTED_CONCERN", "positive", ["PATIENT_REPORTED_CONCERN"], \
        "Patient-completed portal QuestionnaireResponse answers 'Yes' (LA33-6) to wanting a second opinion and 'No' to concerns being addressed.", \
        "36F endometriosis, portal questionnaire: wants a second opinion, feels brushed off"

def prc_p2(cid):
    b = mk(cid, 12)
    b.patient("Tyler James", "Brandt", "male", "1993-04-05", "HKD-552019", line="1215 S 72nd St", postal="68124")
    b.prac("ortho", "Nathan", "Kessler", "394801008", "Orthopedic surgery", "1457209384")
    b.prac("pcp", "Olivia", "Grant", *FM, "1902384756")
    b.coverage("Blue Cross and Blue Shield of Nebraska", "commercial", "BNE99302817")
    mt = cc(("icd", "S83.231A", "Complex tear of medial meniscus, current injury, right knee, initial encounter"), ("sct", "239720000", "Tear of meniscus of knee"))
    c = b.cond(mt, "2026-07-12", recorder="ortho", note="Soccer twisting injury 7/12/2026.")
    b.cond(cc(("sct", "195967001", "Asthma"), ("icd", "J45.909", "Unspecified asthma, uncomplicated")), "2000-01-01", status="resolved", abated="2010-01-01")
    e0 = b.enc("2026-07-20", "Office visit", prac="pcp", reason=mt)
    b.dr(cc(("loinc", "36510-6", "MR Knee - right")), "2026-08-05", "Complex tear posterior horn medial meniscus with small displaced flap. Intact ligaments. Small joint effusion.", prac="ortho")
    e1 = b.enc("2026-08-12", "Orthopedic consultation", prac="ortho", reason=mt)
    b.sr(cc(("sct", "91251008", "Physical therapy procedure")), "2026-08-12", status="completed", reason=c, prac="ortho", note="PT 2x/week x 8 weeks, quad strengthening")
    e2 = b.enc("2026-11-04", "Orthopedic follow-up", prac="ortho", reason=mt)
    b.obs(cc(("loinc", "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported")), "2026-11-04", 5, "{score}", cat="survey", interp=None, enc=e2)
    b.obs(cc(text="Right knee exam"), "2026-11-04", cat="exam", text_value="Medial joint line tenderness, positive McMurray, small effusion, full extension", interp="A", enc=e2)
    b.note("2026-11-04", "Orthopedic follow-up", """33M, right complex medial meniscus tear, completed PT. Reports catching and two locking episodes, pain 5/10 with pivoting.
I continue to recommend nonoperative management; arthroscopy not indicated at this time in my view. Activity modification, return 3 months.""", prac="ortho", enc=e2)
    b.comm("2026-11-24T21:03:00-06:00",
           "Hi Dr. Kessler, my knee is still locking and giving way and I can't play or run. I understand you don't think surgery is needed but I would like a second opinion from another knee surgeon before I decide anything. Can you refer me or send my MRI and notes? Thank you, Tyler",
           b.pats, b.pr["ortho"], status="completed", cat=cc(("http://terminology.hl7.org/CodeSystem/communication-category", "notification", "Notification"), text="Patient portal message"),
           medium=cc(("http://terminology.hl7.org/CodeSystem/v3-ParticipationMode", "ELECTRONIC", "electronic data"), text="Patient portal"), about=c)
    b.vitals("2026-11-04", 124, 76, 64, 84.0, e2)
    return b, "PATIENT_REPORTED_CONCERN", "positive", ["PATIENT_REPORTED_CONCERN"], \
        "Patient-authored portal Communication explicitly asks for a referral for a second opinion from another knee surgeon.", \
        "33M meniscal tear managed conservatively, portal message asking for a second surgical opinion"

def prc_p3(cid):
    b = mk(cid, 9)
    b.patient("Leonard Paul", "Gagnon", "male", "1963-12-19", "GSM00899123", line="310 Union St", postal="03103")
    b.prac("neuro", "Eva", "Lindstrom", "394591006", "Neurology", "1336290185")
    b.prac("pcp", "Steven", "Archambault", *IM, "1548203392")
    b.coverage("Anthem Blue Cross and Blue Shield New Hampshire", "commercial", "NHA22019384")
    pd = cc(("sct", "49049000", "Parkinson's disease"), ("icd", "G20.A1", "Parkinson's disease without dyskinesia, without mention of fluctuations"))
    c = b.cond(pd, "2026-06-17", recorder="neuro")
    b.cond(cc(("sct", "38341003", "Hypertensive disorder"), ("icd", "I10", "Essential (primary) hypertension")), "2016-01-01")
    b.cond(cc(("sct", "266569009", "Benign prostatic hyperplasia"), ("icd", "N40.0", "Benign prostatic hyperplasia without lower urinary tract symptoms")), "2020-01-01")
    b.medstmt(cc(("rx", "29046", "lisinopril"), text="lisinopril 20 mg tablet"), "2016-01-01", "20 mg daily")
    b.medreq(cc(("rx", "2019", "carbidopa / levodopa"), text="carbidopa 25 mg / levodopa 100 mg tablet"), "2026-06-17", "1 tablet three times daily", reason=c, prac="neuro")
    e1 = b.enc("2026-06-17", "Neurology consultation", prac="neuro", reason=cc(("sct", "26079004", "Tremor")))
    b.note("2026-06-17", "Neurology consultation", """62M with 1 year of right hand tremor and slowness. Exam: right > left rest tremor, bradykinesia with decrement, mild rigidity R arm, reduced arm swing.
Father had 'shaky hands'. Assessment: idiopathic Parkinson disease, early. Start carbidopa/levodopa.""", prac="neuro", enc=e1)
    e2 = b.enc("2026-10-21", "Neurology follow-up", prac="neuro", reason=pd)
    b.obs(cc(text="MDS-UPDRS Part III motor score"), "2026-06-17", 24, "{score}", cat="exam", interp=None, enc=e1)
    b.obs(cc(text="MDS-UPDRS Part III motor score"), "2026-10-21", 19, "{score}", cat="exam", interp=None, enc=e2)
    b.note("2026-10-21", "Neurology follow-up", "Moderate benefit from levodopa, tremor improved. Patient questions the diagnosis given family history of tremor. Discussed DaTscan as an option.", prac="neuro", enc=e2)
    b.raw({"resourceType": "Flag", "status": "active",
           "category": [cc(("http://terminology.hl7.org/CodeSystem/flag-category", "admin", "Administrative"))],
           "code": {"text": "Patient request: second opinion on Parkinson disease diagnosis (movement disorders specialist)"},
           "subject": {"reference": b.pats}, "period": {"start": "2026-11-16"}, "author": {"reference": b.pats}}, "flag")
    b.vitals("2026-10-21", 136, 82, 68, 80.0, e2)
    bmp(b, "2026-10-21", creat=1.0)
    tsh(b, "2026-06-17", 1.7)
    return b, "PATIENT_REPORTED_CONCERN", "positive", ["PATIENT_REPORTED_CONCERN"], \
        "Active Flag authored by the patient (portal) requesting a second opinion on his Parkinson disease diagnosis.", \
        "62M early Parkinson disease, patient-entered flag requesting a second opinion on the diagnosis"

def prc_n1(cid):
    b = mk(cid, 7)
    b.patient("Irene Beatrice", "Castellano", "female", "1956-11-30", "NSH-1192045", line="2600 Sheridan Rd", postal="60201")
    b.prac("cards", "Elena", "Marquez", "394579002", "Cardiology", "1639201848")
    b.coverage("Medicare Part A and B", "medicare", "2HW8-QP1-LM66")
    af = cc(("sct", "49436004", "Atrial fibrillation"), ("icd", "I48.0", "Paroxysmal atrial fibrillation"))
    c = b.cond(af, "2024-02-14", recorder="cards")
    b.cond(cc(("sct", "38341003", "Hypertensive disorder"), ("icd", "I10", "Essential (primary) hypertension")), "2010-01-01")
    b.cond(cc(("sct", "40930008", "Hypothyroidism"), ("icd", "E03.9", "Hypothyroidism, unspecified")), "2012-01-01")
    for rx, txt, dose in (("1364430", "apixaban 5 mg tablet", "5 mg twice daily"), ("6918", "metoprolol succinate ER 50 mg tablet", "50 mg daily"), ("10582", "levothyroxine 50 mcg tablet", "50 mcg daily")):
        b.medstmt(cc(("rx", rx, txt.split()[0]), text=txt), "2024-03-01", dose)
    e1 = b.enc("2026-11-19", "Cardiology follow-up", prac="cards", reason=af)
    b.vitals("2026-11-19", 128, 76, 68, 70.0, e1)
    b.obs(cc(("loinc", "11524-6", "EKG study")), "2026-11-19", cat="procedure", text_value="Sinus rhythm, rate 66, normal intervals", interp="N", enc=e1)
    bmp(b, "2026-11-12", creat=0.9, egfr=68)
    cbc(b, "2026-11-12", 13.1)
    tsh(b, "2026-11-12", 2.4)
    qr(b, "2026-11-17T09:40:00-06:00", [
        ("1", "How are your symptoms compared with your last visit?", "Better - only one short episode since summer"),
        ("2", "Do you feel your concerns were addressed at your last visit?", YES),
        ("3", "Would you like a second opinion about your diagnosis or treatment plan?", NO),
        ("4", "Anything else you want your care team to know?", "Happy with the plan. Would like to discuss travel to Italy in spring.")])
    b.note("2026-11-19", "Cardiology follow-up", """70F, paroxysmal AF (CHA2DS2-VASc 3) on apixaban and metoprolol. One brief episode since July. Sinus rhythm today.
Questionnaire reviewed, no concerns. Continue current regimen. Travel advice given. Return 6 months.""", prac="cards", enc=e1)
    return b, "PATIENT_REPORTED_CONCERN", "near-miss", [], \
        "The portal questionnaire asks about a second opinion but the patient answered 'No' (LA32-8) and reports her concerns were addressed.", \
        "70F paroxysmal AF, pre-visit questionnaire answers 'No' to wanting a second opinion"

def prc_n2(cid):
    b = mk(cid, 3)
    b.patient("Monica Lynn", "Feld", "female", "1977-05-09", "LKC-0772310", line="842 N Jackson St", postal="53202")
    b.prac("endo", "Harriet", "Olayinka", "394583002", "Endocrinology", "1750293846")
    b.prac("path", "George", "Whitaker", "394597005", "Histopathology", "1578203946")
    b.coverage("UnitedHealthcare Choice Plus", "commercial", "UHC22019384")
    tn = cc(("sct", "237495005", "Thyroid nodule"), ("icd", "E04.1", "Nontoxic single thyroid nodule"))
    c = b.cond(tn, "2026-08-20", recorder="endo")
    b.cond(cc(("sct", "37796009", "Migraine"), ("icd", "G43.909", "Migraine, unspecified, not intractable, without status migrainosus")), "2003-01-01")
    b.dr(cc(("loinc", "24842-7", "US Thyroid")), "2026-08-20", "Right lobe 1.8 cm solid isoechoic nodule, TI-RADS 3.", prac="endo")
    tsh(b, "2026-08-20", 1.6)
    b.dr(cc(("loinc", "33717-0", "Cytology report of Fine needle aspirate")), "2026-09-10", "Atypia of undetermined significance (Bethesda III).", cat=("CP", "Cytopathology"), prac="path")
    b.comm("2026-09-14T11:20:00-05:00",
           "Dr. Whitaker - requesting an outside second review of the FNA slides (case FN26-3310) by the academic cytopathology service before ordering molecular classification. Thanks, H. Olayinka",
           b.pr["endo"], b.pr["path"], cat=cc(("http://terminology.hl7.org/CodeSystem/communication-category", "instruction", "Instruction")), about=c)
    b.dr(cc(("loinc", "33717-0", "Cytology report of Fine needle aspirate")), "2026-09-30", "Outside consultation: concur, Bethesda III. Molecular classifier: benign.", cat=("CP", "Cytopathology"))
    b.comm("2026-10-03T08:05:00-05:00", "Hi, can I move my follow-up appointment from Oct 20 to Oct 27? I have a work trip. Thanks, Monica",
           b.pats, b.pr["endo"], cat=cc(text="Patient portal message"))
    e1 = b.enc("2026-10-27", "Endocrinology follow-up", prac="endo", reason=tn)
    b.vitals("2026-10-27", 118, 74, 70, 64.0, e1)
    b.note("2026-10-27", "Endocrinology follow-up", """49F with 1.8 cm right thyroid nodule, Bethesda III, confirmed on outside cytology review; molecular classifier benign.
Plan: ultrasound surveillance in 12 months; no surgery. Patient comfortable with plan, questions answered.""", prac="endo", enc=e1)
    b.sr(cc(("loinc", "24842-7", "US Thyroid")), "2026-10-27", status="active", occ="2027-10-15", reason=c, prac="endo")
    b.lab("3024-7", "Thyroxine (T4) free [Mass/volume] in Serum or Plasma", "2026-08-20", 1.2, "ng/dL", 0.8, 1.8)
    b.lab("17861-6", "Calcium [Mass/volume] in Serum or Plasma", "2026-08-20", 9.4, "mg/dL", 8.6, 10.3)
    return b, "PATIENT_REPORTED_CONCERN", "near-miss", [], \
        "The only 'second review' request is clinician-to-clinician (endocrinologist asking for outside cytology review); the patient's own portal message only reschedules an appointment.", \
        "49F thyroid nodule; clinician-requested pathology review, patient message is scheduling only"

CASES = [hit_p1, hit_p2, hit_p3, hit_n1, hit_n2, prc_p1, prc_p2, prc_p3, prc_n1, prc_n2]
