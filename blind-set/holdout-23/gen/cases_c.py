from lib import B, cc, q
from cases_a import case, rx, RX

RX.update({
    "insulin_glargine": ("311041", "insulin glargine 100 UNT/ML Injectable Solution"),
    "epoetin": ("105694", "epoetin alfa"),
    "calcitriol": ("197444", "calcitriol 0.00025 MG Oral Capsule"),
    "sevelamer": ("403997", "sevelamer carbonate 800 MG Oral Tablet"),
    "nabicarb": ("1116224", "sodium bicarbonate 650 MG Oral Tablet"),
    "docetaxel": ("72962", "docetaxel"),
    "carboplatin": ("40048", "carboplatin"),
    "trastuzumab": ("224905", "trastuzumab"),
    "pertuzumab": ("1298944", "pertuzumab"),
    "ondansetron": ("312086", "ondansetron 8 MG Oral Tablet"),
    "dexamethasone": ("197582", "dexamethasone 4 MG Oral Tablet"),
    "letrozole": ("200064", "letrozole 2.5 MG Oral Tablet"),
    "mtx_oral": ("105586", "methotrexate 2.5 MG Oral Tablet"),
    "folic": ("310410", "folic acid 1 MG Oral Tablet"),
    "adalimumab": ("1602603", "adalimumab 40 MG/0.4ML Prefilled Syringe"),
    "omalizumab": ("1658187", "omalizumab 150 MG/ML Prefilled Syringe"),
    "cetirizine": ("1014676", "cetirizine hydrochloride 10 MG Oral Tablet"),
    "montelukast": ("997501", "montelukast 10 MG Oral Tablet"),
    "benralizumab": ("1995248", "benralizumab 30 MG/ML Prefilled Syringe"),
    "budform": ("1246319", "budesonide 0.16 MG/ACTUAT / formoterol fumarate 0.0045 MG/ACTUAT Metered Dose Inhaler"),
    "diltiazem": ("830861", "diltiazem hydrochloride 120 MG 24HR Extended Release Oral Capsule"),
    "allopurinol": ("197319", "allopurinol 100 MG Oral Tablet"),
    "allopurinol300": ("197320", "allopurinol 300 MG Oral Tablet"),
    "cilostazol": ("197444x", "cilostazol 100 MG Oral Tablet"),
})
RX["cilostazol"] = ("199284", "cilostazol 100 MG Oral Tablet")


def qr(b, authored, author, items, title, qurl, source=None):
    body = {"questionnaire": qurl, "status": "completed", "subject": {"reference": b.pat}, "authored": authored,
            "author": {"reference": author}, "item": items}
    if source:
        body["source"] = {"reference": source}
    return b.add("QuestionnaireResponse", body, "qr")


YES = {"valueCoding": {"system": "http://loinc.org", "code": "LA33-6", "display": "Yes"}}
NO = {"valueCoding": {"system": "http://loinc.org", "code": "LA32-8", "display": "No"}}


def comm(b, sent, sender, recipient, text, status="completed", category="patient portal message", about=None, in_resp=None, medium=None):
    body = {"status": status, "category": [{"text": category}], "subject": {"reference": b.pat}, "sent": sent,
            "sender": {"reference": sender}, "recipient": [{"reference": recipient}], "payload": [{"contentString": text}]}
    if medium:
        body["medium"] = [cc(("http://terminology.hl7.org/CodeSystem/v3-ParticipationMode", medium[0], medium[1]))]
    if about:
        body["about"] = [{"reference": about}]
    if in_resp:
        body["inResponseTo"] = [{"reference": in_resp}]
    return b.add("Communication", body, "comm")


# ---------------------------------------------------------------- HIGH IMPACT TREATMENT
@case("hit_p1", "ihs3", "HIGH_IMPACT_TREATMENT", "positive", ["HIGH_IMPACT_TREATMENT"],
      "Diabetic CKD stage 5 with maintenance in-centre haemodialysis ordered to start 2026-12-14 (fistula already created); eGFR 11 -> 9 over six months is below a meaningful decline threshold.",
      "IHS kidney programme: CKD 5, haemodialysis start planned mid-December")
def hit_p1(cid):
    b = B(cid, "ihs3")
    md = b.prac("Chee", "Lorraine", "1407918362", "MD, Internal Medicine")
    neph = b.prac("Oduya", "Samuel", "1851320074", "MD, Nephrology")
    rd = b.prac("Francisco", "Tina", "1760538826", "RD")
    chr_ = b.prac("Lente", "Corey", "1184906621", "CHR")
    hosp = b.organization("Cedar River Indian Hospital", ident="1629301187")
    du = b.organization("Gallup Community Dialysis Center", ident="1225091784")
    b.patient("Begaye", "Marilyn", "female", "1964-07-19", "CR-0045127", "Crownpoint", "NM", "87313", race=("1002-5", "American Indian or Alaska Native"), gp=md, lang=("nv", "Navajo"))
    ihs = b.organization("Indian Health Service - Purchased/Referred Care", "govt")
    mcd = b.organization("New Mexico Medicaid (Turquoise Care)", "pay")
    b.coverage(ihs, ("PUBLICPOL", "public healthcare"), "CR-0045127", start="1985-01-01")
    b.coverage(mcd, ("PUBLICPOL", "public healthcare"), "NM6610458821", start="2019-01-01")
    e1 = b.enc("2026-05-12", "VR", "Telenephrology (kidney program)", "CKD 5", prac=neph)
    e2 = b.enc("2026-08-18", "VR", "Telenephrology (kidney program)", "CKD 5, access", prac=neph)
    e3 = b.enc("2026-09-22", "AMB", "Vascular access surgery (PRC)", "AV fistula creation", org=hosp)
    e4 = b.enc("2026-11-10", "VR", "Telenephrology (kidney program)", "dialysis planning", prac=neph)
    e5 = b.enc("2026-11-19", "HH", "CHR home visit", "dialysis transport planning", prac=chr_)
    ckd = b.cond(cc(("icd", "N18.5", "Chronic kidney disease, stage 5"), text="CKD 5 - diabetic nephropathy"), "2025-09-01")
    b.cond(cc(("icd", "E11.22", "Type 2 diabetes mellitus with diabetic chronic kidney disease")), "2004-01-01")
    b.cond({"text": "HTN"}, "2006-01-01")
    b.cond(cc(("icd", "D63.1", "Anemia in chronic kidney disease")), "2025-09-01")
    b.cond({"text": "Gallstones s/p lap chole 2015"}, "2015-01-01", status="resolved", abate="2015-04-01")
    for d, e, egfr, cr, k, co2, hg in (("2026-05-12", e1, 11, 4.4, 5.0, 19, 9.8), ("2026-08-18", e2, 10, 4.8, 5.2, 18, 9.6), ("2026-11-10", e4, 9, 5.3, 5.4, 18, 9.9)):
        b.labs(d, e, egfr=egfr, creat=(cr, (0.5, 1.1)), k=k, co2=co2, hgb=hg)
    b.labs("2026-11-10", e4, hba1c=6.8, phos=5.6, pth=(312,), alb=3.5)
    b.vitals("2026-11-10", e4, 148, 82, 78, 74.5)
    b.proc(cc(("cpt", "36821", "Arteriovenous anastomosis, open; direct, any site (eg, Cimino type)"), text="Left radiocephalic AV fistula creation"), "2026-09-22", enc=e3, performer=hosp, outcome="Good thrill; maturation confirmed on US 11/3")
    b.sr(cc(("cpt", "90935", "Hemodialysis procedure with single evaluation by a physician or other qualified health care professional"), text="Initiate outpatient maintenance hemodialysis, 3x/week (MWF), via L RC-AVF"),
         "2026-11-10", status="active", intent="order", occ="2026-12-14", reasonref=ckd, requester=neph, performer=du,
         note="Chair time MWF 06:00 at Gallup Community Dialysis Center starting 12/14/2026. CMS-2728 completed. PRC covering until Medicare ESRD entitlement. CHR transport arranged.")
    b.med(rx("insulin_glargine"), "2015-01-01", dose="18 units at bedtime", prac=md)
    b.med(rx("amlodipine"), "2020-01-01", dose="10 mg daily", prac=md)
    b.med(rx("nabicarb"), "2026-05-12", dose="650 mg TID", prac=neph)
    b.med(rx("sevelamer"), "2026-11-10", dose="800 mg TID with meals", prac=neph)
    b.med(("105694", "epoetin alfa", "epoetin alfa 10,000 units SC every 2 weeks"), "2026-01-10", dose="10,000 units SC q2 weeks", prac=neph)
    b.note("2026-11-10", "consult", """TELENEPHROLOGY - KIDNEY PROGRAM
62F diabetic CKD 5. eGFR 9 (10 in Aug, 11 in May). Uremic symptoms: nausea mornings, poor appetite, itching, fatigue. K 5.4, HCO3 18. L RC-AVF created 9/22, matured.
Patient chose in-center HD after modality education (PD considered - she lives alone with well water, prefers center). Kidney transplant referral to be made after dialysis start.
Plan: start HD 12/14/2026 MWF at Gallup Community Dialysis. Sevelamer added. Renal diet with RD.""", neph, e4)
    b.note("2026-11-19", "nurse", """CHR home visit. Talked about dialysis starting 12/14. Client worried about 3 days a week travel 70 miles, loss of her weaving time and sheep. Transport van set up. Family will help with sheep.""", chr_, e5)
    return b


@case("hit_p2", "cv3", "HIGH_IMPACT_TREATMENT", "positive", ["HIGH_IMPACT_TREATMENT"],
      "Neoadjuvant chemotherapy (docetaxel/carboplatin with trastuzumab/pertuzumab) for HER2-positive breast cancer is ordered to start 2026-12-10; the cardio-oncology baseline assessment is in the record.",
      "Cardio-oncology: baseline before neoadjuvant TCHP chemotherapy for HER2+ breast cancer")
def hit_p2(cid):
    b = B(cid, "cv3")
    co = b.prac("Whitaker", "Jillian", "1154389012", "MD, Cardio-Oncology")
    onc = b.prac("Fairbanks", "Owen", "1689901277", "MD, Hematology & Oncology")
    cc_org = b.organization("Desert Sun Cancer Center", ident="1932665014")
    b.patient("Salazar", "Veronica I", "female", "1972-09-05", "DSH-6619032", "Chandler", "AZ", "85224", phone="480-555-0109")
    ins = b.organization("Cigna", "ins")
    b.coverage(ins, ("HIP", "health insurance plan policy"), "U33019284701", plan=("CIGNA-OAP", "Open Access Plus"))
    e1 = b.enc("2026-11-06", "AMB", "Medical oncology new patient (Desert Sun Cancer Center)", "HER2+ breast cancer", prac=onc, org=cc_org)
    e2 = b.enc("2026-11-20", "AMB", "Cardio-oncology baseline consult", "Pre-anthracycline-free HER2 therapy assessment", prac=co, cpt=("99204", "Office or other outpatient visit, new patient, moderate MDM"))
    bc = b.cond(cc(("icd", "C50.412", "Malignant neoplasm of upper-outer quadrant of left female breast"), ("sct", "254837009", "Malignant neoplasm of breast")), "2026-10-29",
                note="cT2 N1 M0, ER 10% / PR negative / HER2 3+; grade 3 IDC")
    b.cond(cc(("icd", "I10", "Essential (primary) hypertension")), "2018-01-01")
    b.cond(cc(("icd", "E78.5", "Hyperlipidemia, unspecified")), "2018-01-01")
    b.cond({"text": "Migraine, remote, resolved"}, "2000-01-01", status="resolved", abate="2012-01-01")
    b.dr("2026-10-29", cc(("loinc", "11526-1", "Pathology study")), "Left breast 2:00 core biopsy: invasive ductal carcinoma, grade 3. ER 10% weak, PR 0%, HER2 IHC 3+. Ki-67 45%. Left axillary node FNA: metastatic carcinoma.", cat=("SP", "Surgical Pathology"))
    lv = b.obs("2026-11-18", cc(("loinc", "10230-1", "Left ventricular Ejection fraction")), 62, "%", ref=(52, 72), interp="N", cat="imaging")
    gls = b.obs("2026-11-18", cc(b.local("ECHO-GLS", "LV global longitudinal strain")), -20.1, "%", ref=(None, -18), interp="N", cat="imaging")
    b.dr("2026-11-18", cc(("cpt", "93306", "Echocardiography, transthoracic, complete, with Doppler and color flow"), text="Baseline TTE with strain"), "Normal LV size and function. LVEF 62% (3D), GLS -20.1%. Normal valves. Baseline for HER2-directed therapy.", [lv, gls])
    b.labs("2026-11-18", None, hstni=(4,), ntprobnp=(62,), hgb=13.4, wbc=6.9, plt=268, creat=(0.7, (0.5, 1.1)), ldl=118)
    b.vitals("2026-11-20", e2, 138, 86, 76, 78.2, 29.6)
    b.proc(cc(("cpt", "36561", "Insertion of tunneled centrally inserted central venous access device, with subcutaneous port; age 5 years or older"), text="Port-a-cath placement R IJ"), "2026-11-25", performer=cc_org)
    plan = b.add("CarePlan", {"status": "active", "intent": "plan", "title": "Neoadjuvant TCHP x 6 cycles then surgery",
                              "category": [{"text": "Oncology treatment plan"}], "subject": {"reference": b.pat}, "period": {"start": "2026-12-10"},
                              "addresses": [{"reference": bc}], "author": {"reference": onc},
                              "activity": [{"detail": {"status": "scheduled", "code": {"text": "Docetaxel 75 mg/m2 + carboplatin AUC 6 + trastuzumab + pertuzumab q21 days x 6 (TCHP)"}, "scheduledString": "C1D1 2026-12-10"}}]}, "cp")
    for k, dose in (("docetaxel", "75 mg/m2 IV day 1 q21d x6 (HCPCS J9171)"), ("carboplatin", "AUC 6 IV day 1 q21d x6 (HCPCS J9045)"),
                    ("trastuzumab", "8 mg/kg load then 6 mg/kg IV q21d (HCPCS J9355)"), ("pertuzumab", "840 mg load then 420 mg IV q21d (HCPCS J9306)")):
        b.med(rx(k), "2026-11-20", status="active", intent="order", dose=dose + "; start 12/10/2026", reason="HER2+ breast cancer, neoadjuvant", prac=onc)
    b.med(rx("ondansetron"), "2026-11-20", dose="8 mg q8h PRN nausea", prac=onc)
    b.med(rx("lisinopril"), "2018-01-01", kind="MedicationStatement", dose="10 mg daily")
    b.note("2026-11-06", "consult", """Med onc new pt: 54F L breast IDC cT2N1M0, HER2 3+, ER low. Recommend neoadjuvant TCHP x6 followed by surgery, then complete 1 yr HER2 therapy. Discussed alopecia, neuropathy, diarrhea, cytopenias, cardiotoxicity. Port and baseline echo. Target C1D1 12/10/2026.""", onc, e1)
    b.note("2026-11-20", "consult", """CARDIO-ONCOLOGY BASELINE. 54F HTN, HLD, about to start trastuzumab/pertuzumab with docetaxel/carboplatin (non-anthracycline). HFA-ICOS baseline risk: medium (HTN, age). LVEF 62%, GLS -20.1%, hsTnI 4, NT-proBNP 62.
Plan: continue lisinopril (cardioprotective), add statin discussion; surveillance echo every 3 months during HER2 therapy; hold trastuzumab if LVEF drop >10 points to <50%. OK to proceed with chemotherapy 12/10.""", co, e2)
    return b


@case("hit_p3", "dr1", "HIGH_IMPACT_TREATMENT", "positive", ["HIGH_IMPACT_TREATMENT"],
      "After Mohs clearance of a scalp cutaneous SCC with large-nerve perineural invasion, adjuvant radiotherapy (60 Gy in 30 fractions) is ordered to start 2026-12-28.",
      "Dermatologic oncology: high-risk scalp SCC with perineural invasion, adjuvant radiotherapy planned")
def hit_p3(cid):
    b = B(cid, "dr1")
    de = b.prac("Pak", "Jonathan", "1437299810", "MD, Micrographic Surgery and Dermatologic Oncology")
    ro = b.prac("Delacroix", "Amelie", "1528061743", "MD, Radiation Oncology")
    dp = b.prac("Sato", "Kenji", "1356418890", "MD, Dermatopathology")
    rad = b.organization("Puget Sound Radiation Oncology", ident="1659372008")
    b.patient("Lundgren", "Harold E", "male", "1948-01-30", "CDR-0033519", "Everett", "WA", "98201", phone="425-555-0187")
    mc = b.organization("Medicare (CMS)", "govt")
    b.coverage(mc, ("PUBLICPOL", "public healthcare"), "3HJ9-PL2-XY55", start="2013-01-01")
    e1 = b.enc("2026-09-22", "AMB", "Dermatology skin check", "Bleeding scalp lesion", prac=de, cpt=("99214", "Office or other outpatient visit, established patient, moderate MDM"))
    e2 = b.enc("2026-10-21", "AMB", "Mohs surgery", "SCC scalp", prac=de, cpt=("17311", "Mohs micrographic technique, head/neck; first stage"))
    e3 = b.enc("2026-11-04", "AMB", "Dermatologic oncology tumor board / follow-up", "PNI", prac=de)
    e4 = b.enc("2026-11-19", "AMB", "Radiation oncology consult", "Adjuvant RT scalp SCC", prac=ro, org=rad)
    scc = b.cond(cc(("icd", "C44.42", "Squamous cell carcinoma of skin of scalp and neck"), ("sct", "402815007", "Squamous cell carcinoma of skin")), "2026-09-29",
                 note="Vertex scalp, 2.4 cm, poorly differentiated, large-nerve PNI (0.12 mm); BWH T2b")
    b.cond(cc(("icd", "L57.0", "Actinic keratosis")), "2012-01-01")
    b.cond(cc(("icd", "N40.0", "Benign prostatic hyperplasia without lower urinary tract symptoms")), "2015-01-01")
    b.cond(cc(("icd", "I10", "Essential (primary) hypertension")), "2010-01-01")
    b.cond(cc(("icd", "C44.319", "Basal cell carcinoma of skin of other parts of face"), text="BCC L cheek excised 2019"), "2019-04-01", status="resolved", abate="2019-05-01")
    b.dr("2026-09-29", cc(("loinc", "11526-1", "Pathology study")), "Scalp vertex, shave: invasive squamous cell carcinoma, poorly differentiated, extends to base.", cat=("SP", "Surgical Pathology"), performer=dp)
    b.proc(cc(("cpt", "17311", "Mohs micrographic technique, head, neck, hands, feet, genitalia; first stage"), text="Mohs surgery vertex scalp, 3 stages"), "2026-10-21", performer=de, enc=e2,
           outcome="Clear margins after 3 stages; final defect 4.1 x 3.6 cm; perineural invasion of nerve 0.12 mm diameter noted on stage 2")
    b.dr("2026-11-02", cc(("cpt", "70543", "MRI orbit, face and/or neck; without contrast followed by contrast"), text="MRI head/neck with contrast"), "No enhancement along supraorbital/supratrochlear or greater occipital nerves. No nodal disease.")
    b.sr(cc(("cpt", "77385", "Intensity modulated radiation treatment delivery (IMRT), includes guidance and tracking, when performed; simple"), text="Adjuvant radiotherapy scalp, 60 Gy/30 fractions, daily weekdays x 6 weeks"),
         "2026-11-19", status="active", intent="order", occ="2026-12-28", reasonref=scc, requester=ro, performer=rad, note="CT simulation 12/14/2026; treatment start 12/28/2026.")
    b.vitals("2026-11-19", e4, 136, 78, 70, 79.0)
    b.med(rx("lisinopril"), "2010-01-01", kind="MedicationStatement", dose="10 mg daily")
    b.med(("77492", "tamsulosin", "tamsulosin 0.4 mg capsule"), "2015-01-01", kind="MedicationStatement", dose="0.4 mg nightly")
    b.note("2026-11-04", "progress", """Derm-onc f/u / multidisciplinary review. 78M vertex scalp SCC 2.4 cm, poorly differentiated, cleared with Mohs 10/21 (3 stages), large-caliber PNI (0.12 mm). BWH T2b. MRI no named-nerve enhancement, no nodes. Board recommendation: adjuvant radiotherapy. Refer rad onc. Skin exam q3 months x2 years.""", de, e3)
    b.note("2026-11-19", "consult", """RADIATION ONCOLOGY CONSULT. High-risk cSCC scalp, PNI. Recommend adjuvant RT 60 Gy in 30 fractions to tumor bed with margin, covering nerve pathway. Side effects: radiation dermatitis, permanent alopecia of treated area, fatigue, wound breakdown risk over graft. Patient consents. Sim 12/14, start 12/28.""", ro, e4)
    return b


@case("hit_n1", "dr2", "HIGH_IMPACT_TREATMENT", "near-miss", [],
      "Psoriatic arthritis on weekly low-dose methotrexate (an immunomodulator, not chemotherapy) with adalimumab added; DLQI improved 12 -> 8 -> 5, so neither a high-impact treatment nor a quality-of-life fall.",
      "Rheum/derm: psoriatic arthritis on low-dose methotrexate + adalimumab, quality of life improving")
def hit_n1(cid):
    b = B(cid, "dr2")
    rh = b.prac("Mouton", "Renee", "1376099240", "MD, Rheumatology")
    b.patient("Arceneaux", "Dwayne P", "male", "1981-03-09", "GCS-330612", "Lake Charles", "LA", "70605", phone="337-555-0131")
    ins = b.organization("Humana", "ins")
    b.coverage(ins, ("HIP", "health insurance plan policy"), "H82019344", plan=("HUM-NPOS", "Humana National POS"))
    e1 = b.enc("2026-03-17", "AMB", "Rheumatology new patient", "Joint swelling with psoriasis", prac=rh, cpt=("99204", "Office or other outpatient visit, new patient, moderate MDM"))
    e2 = b.enc("2026-06-16", "AMB", "Rheumatology follow-up", "PsA", prac=rh, cpt=("99214", "Office or other outpatient visit, established patient, moderate MDM"))
    e3 = b.enc("2026-10-13", "AMB", "Rheumatology follow-up", "PsA on adalimumab", prac=rh, cpt=("99214", "Office or other outpatient visit, established patient, moderate MDM"))
    psa = b.cond(cc(("icd", "L40.59", "Other psoriatic arthropathy"), ("sct", "33339001", "Psoriasis with arthropathy"), text="Psoriatic arthritis (oligoarticular + dactylitis)"), "2026-03-17", asserter=rh)
    b.cond(cc(("icd", "L40.0", "Psoriasis vulgaris")), "2012-01-01")
    b.cond(cc(("icd", "K76.0", "Fatty (change of) liver, not elsewhere classified")), "2022-01-01")
    b.cond({"text": "L ankle sprain 2020"}, "2020-05-01", status="resolved", abate="2020-07-01")
    dlqi = cc(b.local("DLQI", "Dermatology Life Quality Index (DLQI) total score"))
    for d, e, v in (("2026-03-17", e1, 12), ("2026-06-16", e2, 8), ("2026-10-13", e3, 5)):
        b.score(d, dlqi, v, e)
    bsa = cc(b.local("BSA-PSO", "Body surface area involved, psoriasis"))
    b.obs("2026-03-17", bsa, 6, "%", cat="exam", enc=e1)
    b.obs("2026-10-13", bsa, 1, "%", cat="exam", enc=e3)
    sjc = cc(b.local("SJC66", "Swollen joint count (66)"))
    for d, e, v in (("2026-03-17", e1, 5), ("2026-06-16", e2, 3), ("2026-10-13", e3, 0)):
        b.obs(d, sjc, v, "{count}", cat="exam", enc=e)
    b.labs("2026-03-17", e1, crp=14, esr=28, alt=38, ast=30, creat=0.9, wbc=7.4)
    b.labs("2026-10-13", e3, crp=2, alt=41, ast=33, wbc=6.1)
    b.med(rx("mtx_oral"), "2026-03-17", dose="15 mg (6 tablets) once weekly on Sundays", reason="psoriatic arthritis", prac=rh)
    b.med(rx("folic"), "2026-03-17", dose="1 mg daily except methotrexate day", prac=rh)
    b.med(rx("adalimumab"), "2026-06-16", dose="40 mg SC every 14 days", reason="psoriatic arthritis", prac=rh)
    b.note("2026-10-13", "progress", """PsA f/u. Methotrexate 15 mg weekly since March, adalimumab added June. Dactylitis resolved, SJC 0, psoriasis BSA 1%, DLQI 5 (12 at baseline). Working full shifts again at refinery. LFTs stable. Hep B/TB screening negative 5/2026. Continue; labs q12 wks.""", rh, e3)
    return b


@case("hit_n2", "cv2", "HIGH_IMPACT_TREATMENT", "near-miss", [],
      "The right below-knee amputation was performed in 2019; the current left-foot ulcer is healing with wound care and minor debridement, ABI is stable and no amputation, revascularisation or other high-impact treatment is planned.",
      "Vascular/wound clinic: remote BKA, left heel ulcer healing with wound care, no amputation planned")
def hit_n2(cid):
    b = B(cid, "cv2")
    vs = b.prac("Ferraro", "Dominic", "1093871264", "MD, Vascular Surgery")
    wn = b.prac("Pugh", "Glenda", "1326588037", "NP, Wound Care")
    b.patient("Tillman", "Otis R", "male", "1957-06-01", "PCV3317842", "Greensboro", "NC", "27405", phone="336-555-0124")
    mc = b.organization("Medicare (CMS)", "govt")
    b.coverage(mc, ("PUBLICPOL", "public healthcare"), "8WP6-RC2-ND47", start="2022-06-01")
    e1 = b.enc("2026-08-12", "AMB", "Wound care clinic", "Left heel ulcer", prac=wn, cpt=("97597", "Debridement, open wound, selective; first 20 sq cm or less"))
    e2 = b.enc("2026-09-23", "AMB", "Vascular lab + vascular surgery visit", "PAD surveillance, L heel ulcer", prac=vs, cpt=("99214", "Office or other outpatient visit, established patient, moderate MDM"))
    e3 = b.enc("2026-10-21", "AMB", "Wound care clinic", "Left heel ulcer", prac=wn)
    e4 = b.enc("2026-11-18", "AMB", "Wound care clinic", "Left heel ulcer", prac=wn)
    b.cond(cc(("icd", "E11.51", "Type 2 diabetes mellitus with diabetic peripheral angiopathy without gangrene")), "2012-01-01")
    b.cond(cc(("icd", "I70.245", "Atherosclerosis of native arteries of left leg with ulceration of other part of foot"), text="PAD L leg with heel ulcer"), "2026-08-12")
    ulc = b.cond(cc(("icd", "L97.422", "Non-pressure chronic ulcer of left heel and midfoot with fat layer exposed")), "2026-07-20")
    b.cond(cc(("icd", "I10", "Essential (primary) hypertension")), "2005-01-01")
    b.cond({"text": "Osteomyelitis R foot -> R BKA 3/2019"}, "2019-01-15", status="resolved", abate="2019-03-12")
    b.proc(cc(("cpt", "27880", "Amputation, leg, through tibia and fibula"), text="Right below-knee amputation"), "2019-03-12", outcome="Healed; ambulates with prosthesis")
    abi = cc(b.local("ABI-L", "Ankle-brachial index, left"))
    tbi = cc(b.local("TBI-L", "Toe-brachial index, left"))
    b.obs("2025-09-10", abi, 0.78, "{ratio}", ref=(0.9, 1.3), interp="L", cat="procedure")
    b.obs("2026-09-23", abi, 0.76, "{ratio}", ref=(0.9, 1.3), interp="L", cat="procedure", enc=e2)
    b.obs("2026-09-23", tbi, 0.52, "{ratio}", ref=(0.7, None), interp="L", cat="procedure", enc=e2, note="Toe pressure 68 mmHg - adequate for healing")
    area = cc(b.local("WOUND-AREA", "Wound area (length x width)"))
    for d, e, v in (("2026-08-12", e1, 4.2), ("2026-10-21", e3, 1.9), ("2026-11-18", e4, 0.6)):
        b.obs(d, area, v, "cm2", ucum="cm2", cat="exam", enc=e)
    b.labs("2026-09-23", e2, hba1c=7.6, creat=1.1, egfr=(71,), wbc=7.2, crp=3)
    b.proc(cc(("cpt", "97597", "Debridement (eg, high pressure waterjet with/without suction, sharp selective debridement with scissors, scalpel and forceps), open wound; first 20 sq cm or less"), text="Selective sharp debridement L heel"), "2026-08-12", performer=wn, enc=e1, reasonref=ulc)
    b.med(rx("cilostazol"), "2020-01-01", dose="100 mg BID", prac=vs)
    b.med(rx("asa81"), "2019-01-01", kind="MedicationStatement", dose="81 mg daily")
    b.med(rx("atorva80"), "2019-01-01", kind="MedicationStatement", dose="80 mg daily")
    b.med(rx("metformin1000"), "2012-01-01", kind="MedicationStatement", dose="1000 mg BID")
    b.add("DeviceUseStatement", {"status": "active", "subject": {"reference": b.pat}, "device": {"display": "Offloading heel boot (HCPCS L4361) and R transtibial prosthesis"}, "timingDateTime": "2026-08-12"}, "dus")
    b.note("2026-09-23", "progress", """Vascular surgery. 69M s/p R BKA 2019, L heel ulcer since July. ABI L 0.76 (0.78 last yr), TBI 0.52, toe pressure 68 - adequate perfusion for healing. Duplex: SFA diffuse 30-49%, no focal target. No revascularization indicated; continue wound care/offloading, cilostazol, statin. Recheck 6 months.""", vs, e2)
    b.note("2026-11-18", "progress", """Wound clinic: L heel ulcer 0.6 cm2 (4.2 in Aug), granular base, no probe to bone, no infection. Continue collagen dressing, heel offloading boot. Expect closure within 4 weeks. Limb salvage on track.""", wn, e4)
    return b


# ---------------------------------------------------------------- PATIENT REPORTED CONCERN
@case("prc_p1", "dr2", "PATIENT_REPORTED_CONCERN", "positive", ["PATIENT_REPORTED_CONCERN"],
      "Pre-visit portal questionnaire completed by the patient answers 'Yes' to wanting a second opinion about his diagnosis/treatment, with a comment that his hives are not being taken seriously.",
      "Allergy: chronic spontaneous urticaria on omalizumab; patient answers Yes to second-opinion question in portal questionnaire")
def prc_p1(cid):
    b = B(cid, "dr2")
    al = b.prac("Fontenot", "Marcel", "1295841306", "MD, Allergy & Immunology")
    b.patient("Pham", "Anthony Q", "male", "1990-12-02", "GCS-401127", "New Iberia", "LA", "70560", phone="337-555-0145")
    ins = b.organization("Blue Cross and Blue Shield of Louisiana", "ins")
    b.coverage(ins, ("HIP", "health insurance plan policy"), "XUB551200873", plan=("BCBSLA-HMO", "Blue Connect HMO"))
    e1 = b.enc("2026-03-03", "AMB", "Allergy follow-up", "Chronic hives", prac=al, cpt=("99214", "Office or other outpatient visit, established patient, moderate MDM"))
    e2 = b.enc("2026-06-02", "AMB", "Allergy follow-up / omalizumab injection", "CSU", prac=al, cpt=("96372", "Therapeutic injection, subcutaneous or intramuscular"))
    e3 = b.enc("2026-09-01", "AMB", "Allergy follow-up / omalizumab injection", "CSU", prac=al, cpt=("96372", "Therapeutic injection, subcutaneous or intramuscular"))
    e4 = b.enc("2026-11-24", "AMB", "Allergy follow-up / omalizumab injection", "CSU", prac=al, cpt=("96372", "Therapeutic injection, subcutaneous or intramuscular"))
    csu = b.cond(cc(("icd", "L50.1", "Idiopathic urticaria"), ("sct", "402408009", "Chronic idiopathic urticaria"), text="Chronic spontaneous urticaria"), "2025-06-01")
    b.cond(cc(("icd", "J30.1", "Allergic rhinitis due to pollen")), "2005-01-01")
    b.cond({"text": "Angioedema of lips, episodic - with urticaria flares"}, "2025-06-01")
    uas = cc(b.local("UAS7", "Urticaria Activity Score over 7 days (UAS7)"))
    for d, e, v in (("2026-03-03", e1, 28), ("2026-06-02", e2, 24), ("2026-09-01", e3, 22), ("2026-11-24", e4, 22)):
        b.score(d, uas, v, e)
    b.labs("2026-03-03", e1, tsh=1.6, crp=2, wbc=6.5, eos=0.2, ige=(212,))
    for d, e in (("2026-06-02", e2), ("2026-09-01", e3), ("2026-11-24", e4)):
        b.admin(d, ("1658187", "omalizumab 150 MG/ML Prefilled Syringe", "omalizumab 300 mg SC (HCPCS J2357 x60)"), "300 mg SC every 4 weeks (clinic dose)", enc=e, prac=al)
    b.med(rx("omalizumab"), "2026-03-03", dose="300 mg SC every 4 weeks", reason="CSU", prac=al)
    b.med(rx("cetirizine"), "2025-06-01", dose="20 mg BID (4x standard dose)", reason="CSU", prac=al)
    b.med(rx("montelukast"), "2025-09-01", dose="10 mg daily", prac=al)
    qr(b, "2026-11-22T19:42:00-06:00", b.pat, [
        {"linkId": "uas7", "text": "Your UAS7 total this week", "answer": [{"valueInteger": 22}]},
        {"linkId": "sleep", "text": "Did itching or hives wake you at night this week?", "answer": [YES]},
        {"linkId": "ed", "text": "Any ER or urgent care visits since your last appointment?", "answer": [NO]},
        {"linkId": "sideeffects", "text": "Any side effects from your medicines?", "answer": [{"valueString": "tired from the antihistamines"}]},
        {"linkId": "second-opinion", "text": "Would you like to get a second opinion about your diagnosis or treatment plan?", "answer": [YES]},
        {"linkId": "comments", "text": "Anything else you want your care team to know?", "answer": [{"valueString": "Still getting hives every day after 9 months of shots. I feel like nobody is looking for a cause. I would like someone else to look at my case."}]},
    ], "Pre-visit questionnaire - urticaria", "https://gulfcoastskinjoint.example.com/Questionnaire/csu-previsit|3")
    b.note("2026-11-24", "progress", """CSU f/u, omalizumab dose 9. UAS7 22 (28 at start) - partial response. Angioedema of lip 1x/month. Plan: increase omalizumab to 450 mg q4wk per label extension discussion vs switch; prior auth. Reviewed portal questionnaire.""", al, e4)
    return b


@case("prc_p2", "ihs1", "PATIENT_REPORTED_CONCERN", "positive", ["PATIENT_REPORTED_CONCERN"],
      "Patient-authored portal message asks for another kidney doctor to review her results because she feels no one is listening; kidney function is stable and no other criterion applies.",
      "IHS kidney programme: patient message asking for another doctor's opinion about her kidneys")
def prc_p2(cid):
    b = B(cid, "ihs1")
    md = b.prac("Yazzie", "Loretta", "1629071835", "MD, Family Medicine")
    rn = b.prac("Joe", "Veronica", "1568830190", "RN, Kidney Program Case Manager")
    neph = b.prac("Oduya", "Samuel", "1851320074", "MD, Nephrology")
    b.patient("Tohee", "Sharon", "female", "1977-01-28", "RM-0062290", "Farmington", "NM", "87401", race=("1002-5", "American Indian or Alaska Native"), gp=md, phone="505-555-0177")
    ihs = b.organization("Indian Health Service", "govt")
    b.coverage(ihs, ("PUBLICPOL", "public healthcare"), "IHS-RM-0062290", start="1995-01-01")
    e1 = b.enc("2026-03-24", "AMB", "Diabetes/kidney program visit", "DM, CKD", prac=md)
    e2 = b.enc("2026-06-30", "VR", "Telenephrology", "CKD 3a", prac=neph)
    e3 = b.enc("2026-10-06", "AMB", "Diabetes/kidney program visit", "DM, CKD", prac=md)
    ckd = b.cond(cc(("icd", "N18.31", "Chronic kidney disease, stage 3a")), "2024-06-01")
    b.cond(cc(("icd", "E11.22", "Type 2 diabetes mellitus with diabetic chronic kidney disease")), "2012-01-01")
    b.cond({"text": "HTN"}, "2014-01-01")
    b.cond({"text": "Depression - in remission"}, "2018-01-01", status="remission")
    for d, e, egfr, cr, uacr, a1c in (("2026-03-24", e1, 52, 1.24, 180, 7.2), ("2026-06-30", e2, 54, 1.20, 150, 7.0), ("2026-10-06", e3, 53, 1.22, 140, 6.9)):
        b.labs(d, e, egfr=egfr, creat=(cr, (0.5, 1.1)), uacr=uacr, hba1c=a1c)
    b.vitals("2026-03-24", e1, 132, 80, 74, 82.0)
    b.vitals("2026-10-06", e3, 126, 76, 72, 80.1)
    b.med(rx("metformin"), "2012-01-01", dose="500 mg BID", prac=md)
    b.med(rx("empagliflozin"), "2024-07-01", dose="10 mg daily", prac=neph)
    b.med(rx("losartan50"), "2019-01-01", dose="50 mg daily", prac=md)
    c1 = comm(b, "2026-11-13T21:08:00-07:00", b.pat, rn, """Hi Veronica. I got my kidney paper from the last visit and it still says stage 3. Nobody explained why my kidneys are bad or what is going to happen. My aunt went on dialysis and nobody warned her. I want a different kidney doctor to look at my results, a second opinion, maybe at the university. I feel like nobody is listening to me when I ask. Can you set that up? - Sharon""", medium=("ELECTRONIC", "electronic data"), about=ckd)
    comm(b, "2026-11-16T09:14:00-07:00", rn, b.pat, """Hi Sharon, I got your message and shared it with Dr. Yazzie and Dr. Oduya. We will call you this week to talk about your kidney results and how to request a second opinion through PRC.""", in_resp=c1, medium=("ELECTRONIC", "electronic data"))
    b.note("2026-10-06", "progress", """DM/CKD f/u. eGFR 53 stable, UACR 140 improving on empagliflozin + losartan. A1c 6.9. BP 126/76. Pt asking many questions about dialysis - reassured kidney function stable. RTC 3 mo.""", md, e3)
    return b


@case("prc_p3", "cv3", "PATIENT_REPORTED_CONCERN", "positive", ["PATIENT_REPORTED_CONCERN"],
      "A patient-authored Flag created through the portal records her request for a second opinion on her atrial fibrillation management; no procedure is planned and no other criterion applies.",
      "Cardiology/EP: paroxysmal AF on rate control; patient-authored portal flag requesting a second opinion")
def prc_p3(cid):
    b = B(cid, "cv3")
    cd = b.prac("Iverson", "Clara", "1295036671", "MD, Cardiovascular Disease")
    b.patient("Abernathy", "Gloria J", "female", "1965-10-17", "DSH-4490277", "Tempe", "AZ", "85282", phone="480-555-0163")
    ins = b.organization("Banner|Aetna", "ins")
    b.coverage(ins, ("HIP", "health insurance plan policy"), "W0091733218", plan=("BA-OAP", "Banner|Aetna Open Access"))
    e1 = b.enc("2026-04-07", "AMB", "Cardiology follow-up", "Paroxysmal AF", prac=cd, cpt=("99214", "Office or other outpatient visit, established patient, moderate MDM"))
    e2 = b.enc("2026-08-18", "AMB", "Cardiology follow-up", "Palpitations, AF", prac=cd, cpt=("99214", "Office or other outpatient visit, established patient, moderate MDM"))
    e3 = b.enc("2026-11-03", "VR", "Cardiology video visit", "AF treatment options", prac=cd, cpt=("99214", "Office or other outpatient visit, established patient, moderate MDM"))
    af = b.cond(cc(("icd", "I48.0", "Paroxysmal atrial fibrillation"), ("sct", "282825002", "Paroxysmal atrial fibrillation")), "2025-02-01")
    b.cond(cc(("icd", "I10", "Essential (primary) hypertension")), "2015-01-01")
    b.cond(cc(("icd", "E03.9", "Hypothyroidism, unspecified")), "2011-01-01")
    b.cond({"text": "Hysterectomy 2010 (fibroids)"}, "2010-01-01", status="resolved", abate="2010-03-01")
    b.vitals("2026-04-07", e1, 134, 82, 72, 74.0)
    b.vitals("2026-08-18", e2, 130, 80, 76, 73.2)
    b.labs("2026-04-07", e1, tsh=2.3, creat=(0.8, (0.5, 1.1)), k=4.2, hgb=13.6)
    b.dr("2026-08-10", cc(("cpt", "93306", "Echocardiography, transthoracic, complete, with Doppler and color flow"), text="TTE"), "LVEF 60%. Mild LA enlargement (LAVI 36 mL/m2). No significant valve disease.")
    b.obs("2026-08-18", cc(b.local("AF-BURDEN", "AF burden (smartwatch/patch)")), 4, "%", cat="procedure", enc=e2)
    b.obs("2026-08-18", cc(b.local("CHA2DS2VASC", "CHA2DS2-VASc score")), 2, "{score}", cat="exam", enc=e2)
    b.med(rx("diltiazem"), "2025-02-01", dose="120 mg daily", reason="AF rate control", prac=cd)
    b.med(rx("apixaban"), "2025-02-01", dose="5 mg BID", prac=cd)
    b.med(rx("levothyroxine"), "2011-01-01", kind="MedicationStatement", dose="75 mcg daily")
    b.add("Flag", {"status": "active", "category": [cc(("http://terminology.hl7.org/CodeSystem/flag-category", "patient", "Patient"))],
                   "code": {"text": "Patient request: second opinion on atrial fibrillation treatment (rhythm control / ablation candidacy)"},
                   "subject": {"reference": b.pat}, "period": {"start": "2026-11-09"}, "author": {"reference": b.pat}}, "flag")
    comm(b, "2026-11-09T07:55:00-07:00", b.pat, cd, """Dr. Iverson, after our video visit I keep thinking about it. I still have episodes 2-3 times a month that knock me out, and I was told to just keep taking diltiazem. I read that some people get ablation earlier. I would like a second opinion from an electrophysiologist before deciding. Can you refer me?""", medium=("ELECTRONIC", "electronic data"), about=af)
    b.note("2026-11-03", "progress", """Video visit. PAF, burden ~4%, 2-3 symptomatic episodes/month lasting hours. On diltiazem and apixaban. Discussed rhythm control options (AAD vs ablation) - recommended continued rate control for now given low burden. Patient uncertain; will think about it.""", cd, e3)
    return b


@case("prc_n1", "dr3", "PATIENT_REPORTED_CONCERN", "near-miss", [],
      "The pre-visit portal questionnaire asks about a second opinion and the patient answered 'No', with comments that she is happy with her asthma care; asthma control is improving on benralizumab.",
      "Allergy/immunology: severe eosinophilic asthma on benralizumab; questionnaire answer 'No' to second opinion")
def prc_n1(cid):
    b = B(cid, "dr3")
    al = b.prac("Brandvold", "Ingrid", "1477321098", "MD, Allergy & Immunology")
    b.patient("Oyelaran", "Funmilayo", "female", "1986-04-11", "NSR-0127730", "Minneapolis", "MN", "55407", phone="612-555-0181")
    ins = b.organization("Medica", "ins")
    b.coverage(ins, ("HIP", "health insurance plan policy"), "MED55201934", plan=("MEDICA-CHOICE", "Medica Choice Passport"))
    e1 = b.enc("2026-02-24", "AMB", "Allergy/asthma follow-up", "Severe asthma", prac=al, cpt=("99215", "Office or other outpatient visit, established patient, high MDM"))
    e2 = b.enc("2026-06-09", "AMB", "Allergy/asthma follow-up", "Severe asthma on biologic", prac=al, cpt=("99214", "Office or other outpatient visit, established patient, moderate MDM"))
    e3 = b.enc("2026-11-17", "AMB", "Allergy/asthma follow-up", "Severe asthma on biologic", prac=al, cpt=("99214", "Office or other outpatient visit, established patient, moderate MDM"))
    ast = b.cond(cc(("icd", "J45.50", "Severe persistent asthma, uncomplicated"), ("sct", "370221004", "Severe asthma")), "2010-01-01", note="Eosinophilic phenotype, AEC 720")
    b.cond(cc(("icd", "J30.81", "Allergic rhinitis due to animal (cat) (dog) hair and dander")), "2005-01-01")
    b.cond(cc(("icd", "K21.9", "Gastro-esophageal reflux disease without esophagitis")), "2019-01-01")
    b.cond(cc(("icd", "J18.9", "Pneumonia, unspecified organism")), "2025-12-10", status="resolved", abate="2026-01-05")
    act = cc(b.local("ACT", "Asthma Control questionnaire (ACT) total score"))
    for d, e, v in (("2026-02-24", e1, 12), ("2026-06-09", e2, 17), ("2026-11-17", e3, 21)):
        b.score(d, act, v, e)
    b.obs("2026-02-24", cc(("loinc", "20150-9", "FEV1")), 1.98, "L", cat="procedure", enc=e1, note="64% predicted")
    b.obs("2026-11-17", cc(("loinc", "20150-9", "FEV1")), 2.54, "L", cat="procedure", enc=e3, note="82% predicted")
    b.labs("2026-02-24", e1, eos=0.72, ige=(310,))
    b.labs("2026-06-09", e2, eos=(0.0,))
    b.med(rx("benralizumab"), "2026-03-10", dose="30 mg SC q4wk x3 then q8wk", reason="severe eosinophilic asthma", prac=al)
    b.med(rx("budform"), "2014-01-01", dose="2 puffs BID", prac=al)
    b.med(rx("albuterol"), "2010-01-01", dose="2 puffs q4h PRN", prac=al)
    b.med(rx("omeprazole"), "2019-01-01", kind="MedicationStatement", dose="20 mg daily")
    qr(b, "2026-11-15T20:11:00-06:00", b.pat, [
        {"linkId": "act", "text": "Asthma Control questionnaire total", "answer": [{"valueInteger": 21}]},
        {"linkId": "oral-steroids", "text": "Have you needed oral steroids (prednisone) since your last visit?", "answer": [NO]},
        {"linkId": "ed", "text": "Any ER visits or hospital stays for asthma since your last visit?", "answer": [NO]},
        {"linkId": "second-opinion", "text": "Would you like to get a second opinion about your diagnosis or treatment plan?", "answer": [NO]},
        {"linkId": "comments", "text": "Anything else you want your care team to know?", "answer": [{"valueString": "Best year I have had. Thank you - no need for anything else right now."}]},
    ], "Pre-visit questionnaire - asthma biologic", "https://northstar-dermrheum.example.org/Questionnaire/asthma-biologic-previsit|2")
    b.note("2026-11-17", "progress", """Severe eosinophilic asthma on benralizumab since 3/2026. No exacerbations or OCS bursts since starting (3 bursts in prior year). ACT 21, FEV1 82%. Continue benralizumab q8wk, consider ICS step-down in spring.""", al, e3)
    return b


@case("prc_n2", "ihs3", "PATIENT_REPORTED_CONCERN", "near-miss", [],
      "The only second-opinion messages are a clinician offering a referral and the patient's reply declining ('no, I trust Dr. Whitehorse, just need my refill'); there is no patient request.",
      "Tribal clinic: gout/HTN; clinician offered second opinion, patient replied declining")
def prc_n2(cid):
    b = B(cid, "ihs3")
    md = b.prac("Nakai", "Gilbert", "1215593846", "MD, Family Medicine")
    rn = b.prac("Arviso", "Jenna", "1841107755", "RN")
    b.patient("Largo", "Terrence", "male", "1980-10-25", "CR-0139904", "Thoreau", "NM", "87323", race=("1002-5", "American Indian or Alaska Native"), gp=md, phone="505-555-0126")
    ihs = b.organization("Indian Health Service", "govt")
    b.coverage(ihs, ("PUBLICPOL", "public healthcare"), "CR-0139904", start="1990-01-01")
    e1 = b.enc("2026-05-05", "AMB", "Walk-in", "R big toe swollen", prac=md)
    e2 = b.enc("2026-07-21", "AMB", "Primary care", "gout f/u", prac=md)
    e3 = b.enc("2026-10-27", "AMB", "Primary care", "gout f/u, BP", prac=md)
    gout = b.cond(cc(("icd", "M10.071", "Idiopathic gout, right ankle and foot"), text="Gout"), "2024-02-01")
    b.cond({"text": "HTN"}, "2020-01-01")
    b.cond({"text": "Obesity"}, "2018-01-01")
    b.cond({"text": "Acute gout flare R 1st MTP"}, "2026-05-05", status="resolved", abate="2026-05-15", cat="encounter-diagnosis", enc=e1)
    for d, e, u in (("2026-05-05", e1, 9.4), ("2026-07-21", e2, 7.1), ("2026-10-27", e3, 5.8)):
        b.lab(d, "uric", u, e)
    b.labs("2026-07-21", e2, creat=1.0, egfr=(92,), alt=30)
    b.vitals("2026-05-05", e1, 146, 92, 88, 112.0, 35.2)
    b.vitals("2026-10-27", e3, 134, 84, 78, 109.5, 34.4)
    b.med(rx("allopurinol300"), "2026-07-21", dose="300 mg daily", reason="gout", prac=md)
    b.med((None, "colchicine 0.6 mg tablet"), "2026-05-05", dose="0.6 mg daily (flare prophylaxis x 6 months)", prac=md)
    b.med(rx("lisinopril20"), "2020-01-01", dose="20 mg daily", prac=md)
    m1 = comm(b, "2026-10-28T10:02:00-06:00", rn, b.pat, """Hello Terrence, Dr. Nakai asked me to let you know your uric acid is now at goal (5.8). At your visit you mentioned your cousin got a second opinion for his gout at the university. If you ever want a second opinion or a rheumatology referral we can put in the PRC request. Just reply and let us know.""", medium=("ELECTRONIC", "electronic data"))
    comm(b, "2026-10-29T18:40:00-06:00", b.pat, rn, """No thanks, I don't need a second opinion. I trust Dr. Nakai, my foot is good now. Just need my allopurinol refill sent to the pharmacy window.""", in_resp=m1, medium=("ELECTRONIC", "electronic data"))
    b.note("2026-10-27", "progress", """Gout f/u. No flares since May. Uric acid 5.8 on allopurinol 300, at goal <6. Continue colchicine ppx to 11/2026. BP 134/84 - lifestyle, continue lisinopril. Cousin had 'tophi surgery' - pt asked if he needs that, no tophi on exam, reassured.""", md, e3)
    return b
