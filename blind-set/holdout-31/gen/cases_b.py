from fhirgen import *
from orgs import ORGS
from cases_a import HTN, HLD, HASH, GERD, T2DM

E14 = ("99214", "Office or other outpatient visit, established patient, 30 minutes")
E13 = ("99213", "Office or other outpatient visit, established patient, 20 minutes")
N04 = ("99204", "Office or other outpatient visit, new patient, 45 minutes")
NRS = (LNC, "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported")


def local_score(c, d, val, text, code, enc=None, unit=None):
    if unit:
        o = c.obs(None, d, v=val, unit=unit, ucum=unit, text=text, cat="survey", interp=None, enc=enc)
    else:
        o = c.obs(None, d, vint=val, text=text, cat="survey", interp=None, enc=enc)
    c.entries[-1]["code"]["coding"] = [cd(c.org["local_assess"], code, text)]
    return o


# ---------------- UNTREATABLE_PROGNOSIS ----------------
def up_pos_hf(cid):
    c = Case(cid, ORGS["heartland"])
    c.setup("Dorothy Mae", "Lindgren", "female", "1945-05-03", "HRP-1120348", "7720 Pacific St", "Omaha", "NE", "68114",
            {"a": ("Michael", "Osei", "1851622094", "Cardiology - Advanced Heart Failure", "MD"), "b": ("Karen", "Schultz", "1962733105", "Internal Medicine", "MD")},
            "Medicare Part B", "3TR7YU8KL21", "MEDICARE|Original Medicare", marital="W")
    c.allergy([(RX, "29046", "lisinopril")], "Lisinopril", "2019-01-01", "Angioedema", crit="high")
    hf = c.cond([(SCT, "84114007", "Heart failure"), (ICD, "I50.84", "End stage heart failure")], "2016-03-01", text="Heart failure with reduced ejection fraction, stage D",
                note="Ischemic cardiomyopathy, LVEF 15%. NYHA IV. ICD in situ (2018).")
    c.cond([(SCT, "49436004", "Atrial fibrillation"), (ICD, "I48.21", "Permanent atrial fibrillation")], "2019-01-01")
    c.cond([(SCT, "700379002", "Chronic kidney disease stage 3B"), (ICD, "N18.32", "Chronic kidney disease, stage 3b")], "2022-01-01")
    c.cond([(SCT, "22298006", "Myocardial infarction"), (ICD, "I21.09", "ST elevation myocardial infarction involving other coronary artery of anterior wall")], "2015-11-02", status="resolved", abate="2016-01-01")
    e1 = c.enc("2026-09-22", "Inpatient admission", cls="IMP", end="2026-09-29", cpt=("99223", "Initial hospital inpatient care, high"), reason="Acute on chronic systolic heart failure", dispo="Home with home health")
    c.vitals("2026-09-22", 94, 60, 88, 61.8, e1, spo2=91)
    c.lab("ntbnp", "2026-09-22", 11840, e1)
    c.lab("na", "2026-09-22", 131, e1)
    c.lab("cr", "2026-09-22", 1.62, e1)
    c.lab("egfr", "2026-09-22", 32, e1)
    c.report(("10230-1", "Left ventricular Ejection fraction"), "2026-09-24", None, enc=e1, cat="CUS", text="Transthoracic echocardiogram",
             conclusion="Severely dilated LV, LVEF 15%. Severe functional MR. RVSP 58 mmHg. Moderate RV dysfunction.")
    c.note("2026-09-29", "discharge", "Discharge summary", "Third HF admission in 6 months. Diuresed 4.2 L. Hypotension limited GDMT: sacubitril-valsartan stopped (SBP 80s). Evaluated for advanced therapies: not a candidate for LVAD or transplant (age 81, frailty, CKD, RV dysfunction). Home inotrope not desired by patient. Palliative care consulted.", enc=e1)
    e2 = c.enc("2026-11-03", "Advanced heart failure clinic", cpt=E14, reason="Stage D heart failure")
    c.vitals("2026-11-03", 92, 58, 84, 60.4, e2)
    c.lab("cr", "2026-11-03", 1.58, e2)
    c.lab("egfr", "2026-11-03", 33, e2)
    c.lab("k", "2026-11-03", 4.6, e2)
    c.med((RX, "4603", "furosemide"), "furosemide 40 mg tablet", "2016-03-01", dose="80 mg twice daily", reason_ref=hf)
    c.med((RX, "9997", "spironolactone"), "spironolactone 25 mg tablet", "2017-01-01", status="stopped", dose="12.5 mg daily", note="Stopped 09/2026 for hyperkalemia and AKI")
    c.med((RX, "1364430", "apixaban"), "apixaban 2.5 mg tablet", "2019-01-01", dose="2.5 mg twice daily")
    c.med((RX, "20352", "carvedilol"), "carvedilol 3.125 mg tablet", "2016-03-01", dose="3.125 mg twice daily", reason_ref=hf)
    c.sr([], "Referral to hospice - home hospice evaluation (cardiac hospice program)", "active", "order", "2026-11-03", cat="referral", reason_ref=[hf],
         note="Patient and daughter (HCPOA) agree with transition to hospice. DNR/DNI confirmed.")
    c.careplan("Hospice and comfort-focused plan of care - heart failure", "Comfort-focused care. No further advanced heart failure therapies (not LVAD/transplant candidate; declined home inotropes). Symptom-directed diuretics, ICD shocks to be deactivated, DNR/DNI.",
               "2026-11-03", [cc((SCT, "103735009", "Palliative care"), text="Hospice / palliative care plan")], addresses=[hf],
               activities=[{"code": cc(text="Deactivate ICD tachytherapies"), "status": "scheduled", "kind": "ServiceRequest"},
                           {"code": cc(text="Home hospice admission visit"), "status": "scheduled", "kind": "Appointment"}])
    c.note("2026-11-03", "progress", "Advanced HF clinic", """
ADVANCED HEART FAILURE CLINIC
81 y/o woman, ischemic CMP, LVEF 15%, NYHA IV, 3 admissions this year. Not a candidate for LVAD or transplant. GDMT limited by
hypotension and CKD. Declined home milrinone.
I explained to Mrs. Lindgren and her daughter that there are no further treatment options to improve her heart function and that
our focus should now be comfort. They agreed with home hospice. POLST completed: DNR/DNI, comfort measures. ICD shock therapy
deactivation scheduled.
""", enc=e2)
    c.obs((LNC, "75320-2", "Advance directive"), "2026-11-03", vstr="POLST: Do not attempt resuscitation; comfort-focused treatment", cat="survey", interp=None, enc=e2, text="Code status")
    return c


def up_pos_cirrhosis(cid):
    c = Case(cid, ORGS["tidewater"])
    c.setup("Curtis Wayne", "Bledsoe", "male", "1969-09-12", "TMA-4401776", "3301 Tidewater Dr", "Norfolk", "VA", "23509",
            {"a": ("Anjali", "Desai", "1073849201", "Hepatology", "MD"), "b": ("Thomas", "Greer", "1184950312", "Palliative Medicine", "MD")},
            "Virginia Medicaid", "VAMCD00412873", "MCO|Anthem HealthKeepers Plus", marital="D")
    c.nkda("2025-04-01")
    cir = c.cond([(SCT, "420054005", "Alcoholic cirrhosis"), (ICD, "K70.31", "Alcoholic cirrhosis of liver with ascites")], "2024-06-01", text="Alcohol-associated cirrhosis, decompensated (ascites, HE)")
    c.cond([(SCT, "7200002", "Alcoholism"), (ICD, "F10.20", "Alcohol dependence, uncomplicated")], "2015-01-01", text="Alcohol use disorder, severe")
    c.cond([(SCT, "13920009", "Hepatic encephalopathy"), (ICD, "K76.82", "Hepatic encephalopathy")], "2025-11-01")
    c.cond([(SCT, "233604007", "Pneumonia"), (ICD, "J18.9", "Pneumonia, unspecified organism")], "2021-02-01", status="resolved", abate="2021-03-01")
    e1 = c.enc("2026-09-08", "Liver transplant evaluation", cpt=("99205", "Office or other outpatient visit, new patient, 60 minutes"), reason="Decompensated cirrhosis")
    for d, vals in (("2026-09-08", {"tbili": 3.9, "alb": 2.7, "inr": 1.9, "cr": 1.3, "na": 132}), ("2026-11-09", {"tbili": 4.8, "alb": 2.5, "inr": 2.1, "cr": 1.5, "na": 130})):
        for k, v in vals.items():
            c.lab(k, d, v, e1 if d == "2026-09-08" else None)
    c.obs(None, "2026-11-09", vint=27, text="MELD-Na score", cat="survey", interp=None)
    c.entries[-1]["code"]["coding"] = [cd(ORGS["tidewater"]["local_lab"], "MELDNA", "MELD-Na calculated")]
    for d in ("2026-10-01", "2026-10-15", "2026-11-02", "2026-11-19"):
        c.proc([(CPT, "49083", "Abdominal paracentesis (diagnostic or therapeutic); with imaging guidance")], "Large-volume paracentesis", "completed", d, reason_ref=[cir],
               outcome="Removed 6-8 L; albumin given")
    c.med((RX, "35619", "rifaximin"), "rifaximin 550 mg tablet", "2025-11-01", dose="550 mg twice daily")
    c.med((RX, "6218", "lactulose"), "lactulose 10 g/15 mL solution", "2025-11-01", dose="30 mL two to three times daily, titrate to 2-3 BMs")
    c.med((RX, "9997", "spironolactone"), "spironolactone 100 mg tablet", "2024-06-01", status="stopped", dose="100 mg daily", note="Stopped 09/2026: diuretic-refractory ascites with AKI and hyponatremia")
    c.med((RX, "7226", "nadolol"), "nadolol 20 mg tablet", "2024-06-01", dose="20 mg daily")
    c.sr([(SCT, "306237005", "Referral to palliative care service")], "Referral to palliative care", "active", "order", "2026-11-09", cat="referral", reason_ref=[cir], performer="b")
    e2 = c.enc("2026-11-09", "Hepatology follow-up", cpt=E14, reason="Refractory ascites")
    c.vitals("2026-11-09", 98, 62, 92, 79.4, e2)
    c.note("2026-09-22", "consult", "Transplant selection committee", """
LIVER TRANSPLANT SELECTION COMMITTEE - outcome letter
Mr. Bledsoe (MELD-Na 24 at evaluation) was reviewed 09/21/2026. Decision: not approved for listing. Reasons: continued alcohol use
(PEth 412 ng/mL 09/08/2026), no engagement in addiction treatment, lack of caregiver support. Re-referral may be considered
after sustained abstinence with documented treatment.
""", pr="a")
    c.note("2026-11-09", "progress", "Hepatology follow-up", """
HEPATOLOGY
57 y/o man, decompensated alcohol-associated cirrhosis: refractory ascites requiring LVP every ~2 weeks, recurrent HE, MELD-Na 27.
Not a transplant candidate per committee. TIPS contraindicated (MELD > 18, recurrent HE). Diuretics stopped (AKI/hyponatremia).
Told patient and sister that, apart from transplant which is not available to him, there is no treatment that will change the
course of his liver disease. Expected survival months. Referral to palliative care; continue LVP for comfort.
""", enc=e2)
    return c


def up_pos_scc(cid):
    c = Case(cid, ORGS["magnolia"])
    c.setup("Evelyn Grace", "Thornbury", "female", "1942-07-19", "MDI-41877", "310 Ingleside Ave", "Macon", "GA", "31204",
            {"a": ("Charlotte", "Boyd", "1477629301", "Dermatology", "MD"), "b": ("Samuel", "Adeyemi", "1598302716", "Dermatopathology", "MD")},
            "Medicare Part B", "5KD3WQ2ZP88", "MEDICARE|Original Medicare + Medigap Plan G", marital="W")
    c.nkda("2019-02-01")
    c.cond([(ICD, "I10", "Essential (primary) hypertension")], "2000-01-01", text="Hypertension")
    c.cond([(ICD, "M81.0", "Age-related osteoporosis without current pathological fracture")], "2012-01-01", text="Osteoporosis")
    c.cond([(ICD, "C44.01", "Basal cell carcinoma of skin of lip")], "2019-03-01", text="BCC of scalp vertex, treated with radiotherapy 2019", status="resolved", abate="2019-08-01")
    scc = c.cond([(ICD, "C44.42", "Squamous cell carcinoma of skin of scalp and neck")], "2026-09-15", text="Invasive squamous cell carcinoma, scalp vertex, locally advanced (6.5 cm, ulcerated, bone involvement on CT)",
                 note="Within previously irradiated field. Not resectable without calvarial resection; re-irradiation not possible; systemic immunotherapy declined by oncology given frailty and patient preference. Family told no treatment options remain.")
    e1 = c.enc("2026-09-15", "Dermatology visit", cpt=E14, reason="Enlarging bleeding scalp lesion")
    c.proc([(CPT, "11106", "Incisional biopsy of skin (eg, wedge); single lesion")], "Incisional biopsy, scalp vertex", "completed", "2026-09-15", enc=e1, body="Scalp vertex")
    c.report(("11526-1", "Pathology study"), "2026-09-18", None, enc=e1, cat="PAT", pr="b", text="Surgical pathology - skin, scalp vertex, incisional",
             conclusion="Invasive squamous cell carcinoma, moderately differentiated, extending to the deep margin; depth > 6 mm; perineural invasion present.")
    c.report(None, "2026-09-29", None, cat="RAD", text="CT head with contrast", conclusion="6.5 cm ulcerated scalp mass at vertex with erosion of the outer table of the calvarium. No intracranial extension. No cervical adenopathy.")
    for d in ("2026-10-13", "2026-11-10"):
        e = c.enc(d, "Wound care visit", cpt=E13, reason="Scalp tumor wound care")
        c.vitals(d, 142, 78, 80, 52.0 if d < "2026-11" else 50.8, e)
    c.med((RX, "6922", "metronidazole"), "metronidazole 0.75% gel", "2026-10-13", dose="Apply to wound bed daily for odor", reason_ref=scc)
    c.med(None, "Calcium alginate dressing with silver", "2026-10-13", kind="statement", dose="Change daily")
    c.med((RX, "17767", "amlodipine"), "amlodipine 5 mg tablet", "2000-01-01", kind="statement", dose="5 mg daily")
    c.med((RX, "46041", "alendronate"), "alendronate 70 mg tablet", "2012-01-01", kind="statement", dose="70 mg weekly")
    c.note("2026-11-10", "progress", "Dermatology follow-up", """
DERMATOLOGY - scalp SCC follow-up
84 y/o woman with locally advanced cSCC of the vertex arising in a 2019 radiation field. Reviewed by head & neck surgical oncology
(10/20): resection would require craniectomy - not recommended given frailty. Radiation oncology (10/27): no re-irradiation.
Medical oncology (11/03): cemiplimab discussed; patient declined after discussion of frailty/fatigue.
She and her son report being told "there is nothing more that can be done". Her goals: keep the wound clean, stay at home.
Wound 6.8 cm, friable, moderate exudate, mild odor. Continue alginate/silver and metronidazole gel. RTC 4 weeks.
""", enc=None)
    c.note("2026-09-15", "progress", "Dermatology visit", "Enlarging ulcerated scalp tumor x 4 months in prior XRT field. Incisional biopsy taken. CT head ordered. Will discuss at tumor board.", enc=e1)
    return c


def up_nm_colon(cid):
    c = Case(cid, ORGS["riverbend"])
    c.setup("Harold Eugene", "Pruett", "male", "1960-04-02", "RB0039920", "2240 Far Hills Ave", "Oakwood", "OH", "45419",
            {"a": ("Jasmine", "Cole", "1295830467", "Pain Medicine / Palliative Medicine", "MD"), "b": ("Priya", "Raman", "1659384021", "Physical Medicine and Rehabilitation", "MD")},
            "Medicare Part B", "7HN2PL4RF93", "MEDICARE|Original Medicare")
    c.nkda("2025-01-10")
    crc = c.cond([(ICD, "C18.7", "Malignant neoplasm of sigmoid colon")], "2024-10-01", text="Sigmoid adenocarcinoma, stage IV")
    c.cond([(ICD, "C78.7", "Secondary malignant neoplasm of liver and intrahepatic bile duct")], "2024-10-01", text="Liver metastases")
    pain = c.cond([(ICD, "G89.3", "Neoplasm related pain (acute) (chronic)")], "2025-06-01", text="Cancer-related abdominal pain")
    c.cond([(ICD, "I10", "Essential (primary) hypertension")], "2010-01-01", text="Hypertension")
    c.careplan("Palliative care plan", "Goals of care: comfort, time at home with family. Opioid regimen for cancer pain; bowel regimen; hospice information provided.",
               "2026-06-20", [cc((SCT, "103735009", "Palliative care"))], addresses=[crc, pain],
               activities=[{"code": cc(text="Opioid analgesia titration"), "status": "in-progress", "kind": "MedicationRequest"}])
    c.sr([], "Referral for second opinion - medical oncology (Ohio State Comprehensive Cancer Center, GI oncology)", "completed", "order", "2026-07-07", cat="referral", reason_ref=[crc], pr="a")
    e2 = c.enc("2026-08-19", "Outside consultation", pr=None, cpt=N04, reason="Second opinion - metastatic colon cancer")
    c.note("2026-08-19", "consult", "Outside second-opinion consultation (GI oncology)", """
SECOND OPINION - GI MEDICAL ONCOLOGY (scanned outside record)
66 y/o man with KRAS G12D-mutant, MSS metastatic sigmoid adenocarcinoma, progression through FOLFOX-bevacizumab, FOLFIRI and
trifluridine/tipiracil-bevacizumab. ECOG 3. Reviewed imaging and pathology.
Opinion: I agree with Dr. Hale that there are no further standard or trial options appropriate for him; no eligible trials given
performance status. Recommend focus on symptom control and hospice when ready. Discussed with patient and wife, who are in agreement.
""", enc=e2)
    for d, nrs in (("2026-09-09", 6), ("2026-10-07", 5), ("2026-11-04", 5)):
        e = c.enc(d, "Palliative pain clinic", cpt=E14, reason="Cancer pain")
        c.score(NRS, d, nrs, "Pain NRS", enc=e)
        c.vitals(d, 118, 72, 88, {"2026-09-09": 66.0, "2026-10-07": 64.8, "2026-11-04": 63.9}[d], e)
    c.med((RX, "7052", "morphine"), "morphine sulfate ER 30 mg tablet", "2026-06-20", dose="30 mg every 12 hours", reason_ref=pain)
    c.med((RX, "7052", "morphine"), "morphine sulfate IR 15 mg tablet", "2026-06-20", dose="15 mg every 4 hours as needed breakthrough pain", reason_ref=pain)
    c.med((RX, "10154", "senna"), "sennosides 8.6 mg tablet", "2026-06-20", dose="2 tablets twice daily")
    c.med((RX, "7242", "naloxone"), "naloxone 4 mg nasal spray", "2026-06-20", dose="1 spray in nostril for suspected overdose")
    c.note("2026-06-20", "plan", "Opioid treatment agreement", "Opioid treatment agreement for cancer pain reviewed and signed by patient and wife. Safe storage and disposal discussed. Naloxone dispensed.")
    c.note("2026-11-04", "progress", "Palliative pain follow-up", """
Pain controlled on morphine ER 30 mg BID with 1-2 breakthrough doses/day; NRS 5. Bowels regular. Appetite poor, weight slowly down.
Second opinion at OSU (08/19) concurred that no further anticancer therapy is appropriate. Patient at peace with plan, wants to stay
home; considering hospice enrollment after Thanksgiving. Continue regimen.
""")
    return c


def up_nm_sk(cid):
    c = Case(cid, ORGS["prairie"])
    c.setup("Franklin Dale", "Oberle", "male", "1956-12-10", "PSA-098133", "1410 N Rock Rd", "Wichita", "KS", "67206",
            {"a": ("Lauren", "McAllister", "1215049386", "Dermatology", "MD"), "b": ("Rebecca", "Stroud", "1437260915", "Physician Assistant, Dermatology", "PA-C")},
            "Medicare Part B", "2PX8MN4TC17", "MEDICARE|Original Medicare")
    c.nkda("2021-06-01")
    c.cond([(ICD, "I10", "Essential (primary) hypertension")], "2009-01-01", text="Hypertension")
    c.cond([(ICD, "N40.0", "Benign prostatic hyperplasia without lower urinary tract symptoms")], "2016-01-01", text="BPH")
    c.cond([(ICD, "C44.319", "Basal cell carcinoma of skin of other parts of face")], "2021-06-01", text="BCC left temple, s/p Mohs 2021", status="resolved", abate="2021-07-15")
    sk = c.cond([(ICD, "L82.1", "Other seborrheic keratosis")], "2026-11-17", text="Multiple seborrheic keratoses, trunk and back")
    c.cond([(ICD, "D18.01", "Hemangioma of skin and subcutaneous tissue")], "2026-11-17", text="Cherry angiomas, trunk")
    c.cond([(ICD, "L57.0", "Actinic keratosis")], "2024-05-01", text="Actinic keratoses, treated", status="resolved", abate="2024-06-01")
    e0 = c.enc("2025-11-11", "Total body skin examination", pr="b", cpt=E13, reason="Annual skin check, history of BCC")
    e1 = c.enc("2026-11-17", "Total body skin examination", cpt=E14, reason="Annual skin check; new spots on back")
    c.vitals("2026-11-17", 132, 80, 70, 88.0, e1)
    c.proc([(CPT, "96904", "Whole body integumentary photography, for monitoring of high risk patients with dysplastic nevus syndrome or a history of dysplastic nevi, or patients with a personal or familial history of melanoma")] if False else [(SCT, "410006001", "Digital examination")] if False else [(CPT, "11102", "Tangential biopsy of skin (eg, shave, scoop, saucerize, curette); single lesion")],
           "Shave biopsy, irritated lesion right upper back", "completed", "2026-11-17", enc=e1, body="Right upper back")
    c.report(("11526-1", "Pathology study"), "2026-11-20", None, enc=e1, cat="PAT", text="Surgical pathology - skin, right upper back, shave",
             conclusion="Irritated seborrheic keratosis. No atypia. Margins not applicable (benign).")
    c.med((RX, "17767", "amlodipine"), "amlodipine 10 mg tablet", "2009-01-01", kind="statement", dose="10 mg daily")
    c.med((RX, "77492", "tamsulosin"), "tamsulosin 0.4 mg capsule", "2016-01-01", kind="statement", dose="0.4 mg at bedtime")
    c.med(None, "Broad-spectrum sunscreen SPF 50", "2021-06-01", kind="statement", dose="Daily to face, ears, neck")
    c.note("2026-11-17", "progress", "Total body skin exam", """
TBSE - 70 y/o man, hx BCC L temple (Mohs 2021).
Findings: numerous stuck-on tan-brown waxy papules on back and chest (seborrheic keratoses), scattered cherry angiomas, solar
lentigines. No suspicious pigmented lesions. Mohs scar L temple without recurrence. One inflamed SK R upper back shaved for
reassurance.
Discussed that these growths are benign, do not turn into cancer, and need no treatment; nothing further needs to be done unless
they become irritated, in which case cryotherapy is an option (cosmetic, not covered).
Plan: annual TBSE, sun protection.
""", enc=e1)
    c.note("2026-11-20", "telephone", "Pathology result call", "Called patient: biopsy is a benign irritated seborrheic keratosis. No treatment needed. Keep annual skin check.", pr="b")
    c.note("2025-11-11", "progress", "Annual skin check", "No new suspicious lesions. Scattered SKs. Sun protection reviewed.", enc=e0, pr="b")
    c.smoking("2026-11-17", "8517006", "Ex-smoker")
    c.imm("187", "Zoster vaccine recombinant", "2022-10-01")
    return c


# ---------------- HIGH_IMPACT_TREATMENT ----------------
def hi_pos_dialysis(cid):
    c = Case(cid, ORGS["lakeshore"])
    c.setup("Darnell Anthony", "Whitmore", "male", "1972-08-30", "LHP-2094417", "1800 Darrow Ave", "Evanston", "IL", "60201",
            {"a": ("Farah", "Qureshi", "1508372946", "Nephrology", "MD"), "b": ("Eric", "Lundgren", "1619483057", "Vascular Surgery", "MD")},
            "Aetna", "W991827334", "PPO|Aetna Choice POS II", race=("2054-5", "Black or African American"))
    c.nkda("2020-01-01")
    dm = c.cond([(SCT, "44054006", "Diabetes mellitus type 2"), (ICD, "E11.22", "Type 2 diabetes mellitus with diabetic chronic kidney disease")], "2008-01-01")
    ckd = c.cond([(SCT, "46177005", "End-stage renal disease"), (ICD, "N18.6", "End stage renal disease")], "2026-11-05", text="ESRD due to diabetic nephropathy (CKD 5 -> dialysis 11/2026)")
    c.cond([(SCT, "38341003", "Hypertensive disorder"), (ICD, "I12.0", "Hypertensive chronic kidney disease with stage 5 chronic kidney disease or end stage renal disease")], "2012-01-01")
    c.cond([(SCT, "16114001", "Fracture of ankle"), (ICD, "S82.61XA", "Displaced fracture of lateral malleolus of right fibula, initial encounter for closed fracture")], "2011-02-01", status="resolved", abate="2011-05-01")
    for d, egfr, cr in (("2026-06-09", 8, 7.9), ("2026-08-11", 8, 8.1), ("2026-10-13", 7, 8.6)):
        c.lab("egfr", d, egfr)
        c.lab("cr", d, cr)
    c.lab("k", "2026-10-13", 5.4)
    c.lab("hgb", "2026-10-13", 9.8, low=13.5, high=17.5)
    c.lab("phos", "2026-10-13", 6.1)
    c.lab("a1c", "2026-10-13", 6.8)
    e1 = c.enc("2026-07-28", "Outpatient surgery", pr="b", cpt=("36821", "Arteriovenous anastomosis, open; direct, any site"), reason="Dialysis access")
    c.proc([(CPT, "36821", "Arteriovenous anastomosis, open; direct, any site (eg, Cimino type)")], "Left radiocephalic arteriovenous fistula creation", "completed", "2026-07-28", enc=e1, pr="b", reason_ref=[ckd])
    e2 = c.enc("2026-10-20", "Nephrology visit", cpt=E14, reason="CKD 5 - dialysis planning")
    c.vitals("2026-10-20", 152, 88, 80, 98.6, e2)
    c.sr([(CPT, "90935", "Hemodialysis procedure with single evaluation by a physician or other qualified health care professional")],
         "In-center hemodialysis 3x weekly (Mon/Wed/Fri), 4 h, via left RC-AVF", "active", "order", "2026-10-20", occ_period=("2026-11-05", "2027-11-05"), cat="therapy", reason_ref=[ckd])
    for d in ("2026-11-05", "2026-11-16", "2026-11-27"):
        e = c.enc(d, "Outpatient hemodialysis", cpt=("90935", "Hemodialysis procedure with single evaluation"), reason="ESRD")
        c.proc([(CPT, "90935", "Hemodialysis procedure with single evaluation")], "Hemodialysis session", "completed", d, enc=e, reason_ref=[ckd],
               note="UF 2.1 L, BFR 300 mL/min via L AVF (2x 17G). Tolerated." if d != "2026-11-05" else "First treatment. 2.5 h, BFR 200 mL/min, 15G needles. Tolerated.")
    c.careplan("Kidney replacement therapy plan", "In-center hemodialysis initiated 11/05/2026 for ESRD (uremic symptoms, eGFR 7). Transplant referral to be placed once on dialysis.",
               "2026-11-05", [cc(text="Dialysis plan of care")], addresses=[ckd], activities=[{"code": cc((CPT, "90935", "Hemodialysis")), "status": "in-progress"}])
    c.med((RX, "274783", "insulin glargine"), "insulin glargine 100 units/mL pen", "2015-01-01", dose="18 units subcutaneously at bedtime", reason_ref=dm)
    c.med((RX, "17767", "amlodipine"), "amlodipine 10 mg tablet", "2012-01-01", dose="10 mg daily")
    c.med((RX, "214824", "sevelamer"), "sevelamer carbonate 800 mg tablet", "2026-08-11", dose="800 mg three times daily with meals")
    c.note("2026-10-20", "progress", "Nephrology visit", """
NEPHROLOGY
54 y/o man with diabetic CKD 5, eGFR 7-8 for 4 months, now with nausea, pruritus, dysgeusia, K 5.4, phos 6.1. AVF (L radiocephalic,
07/28) mature on exam and ultrasound. Decision made with patient to start in-center hemodialysis. Start date 11/05/2026.
Discussed impact: 3 sessions/week, 4 h each, fluid/diet restrictions, effect on his job (bus driver - will need schedule change).
Transplant referral after start. He is anxious but agrees.
""", enc=e2)
    return c


def hi_pos_dlqi(cid):
    c = Case(cid, ORGS["bayview"])
    c.setup("Monica Jean", "Eriksen", "female", "1974-03-12", "BDA-188203", "6021 N Pearl St", "Tacoma", "WA", "98407",
            {"a": ("Victor", "Ng", "1528391047", "Dermatology", "MD"), "b": ("Grace", "Tanaka", "1912047765", "Nurse practitioner", "ARNP")},
            "Regence BlueShield", "RBS00418872", "PPO|Regence Innova PPO")
    c.allergy([(RX, "2551", "ciprofloxacin")], "Ciprofloxacin", "2015-01-01", "Tendon pain")
    ps = c.cond([(ICD, "L40.0", "Psoriasis vulgaris"), (SCT, "9014002", "Psoriasis")], "2009-01-01", text="Plaque psoriasis, moderate-severe")
    c.cond([(ICD, "K21.9", "Gastro-esophageal reflux disease without esophagitis")], "2018-01-01", text="GERD")
    c.cond([(ICD, "F41.1", "Generalized anxiety disorder")], "2016-01-01", text="Generalized anxiety disorder")
    c.cond([(ICD, "J01.90", "Acute sinusitis, unspecified")], "2024-02-01", text="Acute sinusitis", status="resolved", abate="2024-02-20")
    c.med((RX, "2576", "clobetasol"), "clobetasol 0.05% ointment", "2021-01-01", status="stopped", dose="BID to plaques", note="Inadequate control")
    mtx = c.med((RX, "6851", "methotrexate"), "methotrexate 2.5 mg tablet", "2026-08-12", dose="15 mg by mouth once weekly (Fridays)", reason_ref=ps)
    c.med((RX, "4511", "folic acid"), "folic acid 1 mg tablet", "2026-08-12", dose="1 mg daily except methotrexate day")
    c.med((RX, "36437", "sertraline"), "sertraline 50 mg tablet", "2016-01-01", kind="statement", dose="50 mg daily")
    data = (("2026-08-12", 8.2, 8, "a"), ("2026-09-23", 5.1, 14, "b"), ("2026-11-04", 4.0, 17, "a"))
    for d, pasi, dlqi, p in data:
        e = c.enc(d, "Dermatology visit", pr=p, cpt=N04 if d == "2026-08-12" else E14, reason="Psoriasis")
        local_score(c, d, pasi, "Psoriasis Area and Severity Index (PASI)", "PASI", enc=e, unit="{score}")
        local_score(c, d, dlqi, "Dermatology Life Quality Index (DLQI) total score", "DLQI", enc=e)
        if d != "2026-08-12":
            c.panel("cbc", d, e)
            c.lab("alt", d, 41 if d == "2026-09-23" else 48, e)
        else:
            c.panel("cbc", d, e)
            c.panel("lft", d, e)
            c.obs((LNC, "71774-4", "Mycobacterium tuberculosis stimulated gamma interferon [Presence] in Blood by Immunoassay"), d, vcc=cc((LNC, "LA6577-6", "Negative")), interp="N", enc=e, text="QuantiFERON-TB Gold Plus")
    c.note("2026-11-04", "progress", "Dermatology follow-up", """
PSORIASIS FOLLOW-UP - methotrexate week 12
Plaques improving (PASI 8.2 -> 4.0). However she reports she "feels poisoned" 2-3 days each week after the methotrexate dose:
nausea, profound fatigue, brain fog, mouth sores; has missed 6 workdays (dental hygienist) and stopped her walking group.
DLQI worsened from 8 at baseline to 17 today despite clearer skin. ALT 48 (ULN 56).
Plan: switch methotrexate to subcutaneous 15 mg weekly to reduce GI toxicity, increase folic acid to 5 mg day after dose;
discussed option of changing to biologic; prior authorization for ustekinumab submitted. Recheck 6 weeks.
""")
    c.note("2026-08-12", "progress", "New psoriasis consult", "Moderate-severe plaque psoriasis BSA 12%, PASI 8.2, DLQI 8. Failed topicals. Start oral methotrexate 15 mg weekly + folic acid. Baseline CBC, CMP, QuantiFERON.")
    return c


def hi_pos_ebrt(cid):
    c = Case(cid, ORGS["gulf"])
    c.setup("Roberto Luis", "Garza", "male", "1955-06-21", "GCP-440981", "118 Cimarron Blvd", "Corpus Christi", "TX", "78414",
            {"a": ("Caroline", "Pham", "1053284710", "Pain Medicine", "MD"), "b": ("Nathan", "Howell", "1175406831", "Radiation Oncology", "MD")},
            "Medicare Part B", "9WE3RT7YU56", "MEDICARE|Original Medicare", lang="es-US")
    c.nkda("2026-03-02")
    pca = c.cond([(ICD, "C61", "Malignant neoplasm of prostate")], "2026-02-10", text="Prostate adenocarcinoma, Gleason 4+4, de novo metastatic (hormone-sensitive)")
    met = c.cond([(ICD, "C79.51", "Secondary malignant neoplasm of bone")], "2026-02-10", text="Bone metastasis T10 vertebral body")
    c.cond([(ICD, "E11.9", "Type 2 diabetes mellitus without complications")], "2013-01-01", text="Type 2 diabetes")
    c.cond([(ICD, "S52.501A", "Unspecified fracture of the lower end of right radius, initial encounter for closed fracture")], "2016-05-01", text="Right distal radius fracture", status="resolved", abate="2016-08-01")
    c.med((RX, "42375", "leuprolide"), "leuprolide acetate 22.5 mg depot (3-month)", "2026-03-02", hcpcs=("J9217", "Leuprolide acetate (for depot suspension), 7.5 mg"), dose="22.5 mg IM every 12 weeks", reason_ref=pca)
    c.med((RX, "1307298", "enzalutamide"), "enzalutamide 40 mg tablet", "2026-03-16", dose="160 mg by mouth daily", reason_ref=pca)
    c.med((RX, "6809", "metformin"), "metformin 500 mg tablet", "2013-01-01", kind="statement", dose="1000 mg twice daily")
    for d, v in (("2026-02-10", 48.2), ("2026-06-09", 3.1), ("2026-10-06", 0.8)):
        c.lab("psa", d, v)
    for d, nrs in (("2026-09-15", 6), ("2026-10-20", 7), ("2026-11-17", 7)):
        e = c.enc(d, "Pain clinic follow-up", cpt=E14, reason="Thoracic back pain - T10 metastasis")
        c.score(NRS, d, nrs, "Pain NRS", enc=e)
        c.vitals(d, 136, 80, 74, 82.0, e)
    c.report(None, "2026-11-10", None, cat="RAD", text="MRI thoracic spine with and without contrast",
             conclusion="Expansile enhancing metastasis of T10 vertebral body with 30% height loss, no retropulsion, no epidural disease; no cord compression. SINS 9 (indeterminate stability). Other vertebrae stable.")
    c.med((RX, "7804", "oxycodone"), "oxycodone 5 mg tablet", "2026-09-15", dose="5 mg every 6 hours as needed", reason_ref=met)
    c.med((RX, "4492", "dexamethasone") if False else (RX, "3264", "dexamethasone"), "dexamethasone 4 mg tablet", "2026-11-17", dose="4 mg daily x 5 days during start of radiation")
    sr = c.sr([(CPT, "77412", "Radiation treatment delivery, >=1 MeV; complex"), (CPT, "77295", "3-dimensional radiotherapy plan, including dose-volume histograms")],
              "External beam radiotherapy T10 vertebra, 30 Gy in 10 fractions", "active", "order", "2026-11-19", occ_period=("2026-12-09", "2026-12-22"),
              cat="therapy", reason_ref=[met], pr="b", performer="b", note="CT simulation 12/02/2026. Treatment start 12/09/2026.")
    e2 = c.enc("2026-11-19", "Radiation oncology consultation", pr="b", cpt=N04, reason="Painful T10 metastasis")
    c.note("2026-11-19", "consult", "Radiation oncology consultation", """
RADIATION ONCOLOGY CONSULT (copy to Dr. Pham)
71 y/o man with de novo metastatic hormone-sensitive prostate cancer on ADT + enzalutamide, PSA 48 -> 0.8. Persistent T10 pain
(NRS 7) despite oxycodone. MRI: T10 metastasis, 30% height loss, no cord compression.
Recommend EBRT 30 Gy / 10 fractions to T10 (T9-T11) for pain control and local control. Side effects: fatigue, esophagitis,
nausea, pain flare (dexamethasone cover), small risk of fracture. Sim 12/02, start 12/09/2026, daily Mon-Fri x 2 weeks.
Patient agrees; daughter will drive.
""", enc=e2, pr="b")
    c.note("2026-11-17", "progress", "Pain clinic", "T10 metastatic pain 7/10, worse at night. Oxycodone helps partially. Referred to radiation oncology. Kyphoplasty not indicated per IR review. Continue current regimen.")
    return c


def hi_nm_5fu(cid):
    c = Case(cid, ORGS["magnolia"])
    c.setup("Clifford Ray", "Durham", "male", "1958-10-04", "MDI-62014", "4419 Forsyth Rd", "Macon", "GA", "31210",
            {"a": ("Imani", "Reddick", "1639205718", "Dermatology", "MD"), "b": ("Jessica", "Lamb", "1740316829", "Physician Assistant, Dermatology", "PA-C")},
            "Blue Cross Blue Shield of Georgia", "GAB771928344", "PPO|Anthem Blue Open Access POS", race=("2106-3", "White"))
    c.nkda("2020-04-01")
    c.cond([(ICD, "E78.2", "Mixed hyperlipidemia")], "2015-01-01", text="Hyperlipidemia")
    c.cond([(ICD, "M17.0", "Bilateral primary osteoarthritis of knee")], "2019-01-01", text="Bilateral knee osteoarthritis")
    ak = c.cond([(ICD, "L57.0", "Actinic keratosis")], "2024-03-12", text="Actinic keratoses, multiple - scalp and forearms (field cancerization)")
    c.cond([(ICD, "C44.329", "Squamous cell carcinoma of skin of other parts of face")], "2023-09-01", text="SCC in situ L cheek, excised 2023", status="resolved", abate="2023-10-01")
    c.smoking("2026-11-10", "8517006", "Ex-smoker")
    for d in ("2025-05-06", "2025-11-11"):
        e = c.enc(d, "Dermatology visit", pr="b", cpt=E13, reason="Actinic keratoses")
        c.proc([(CPT, "17000", "Destruction premalignant lesions; first lesion"), (CPT, "17003", "Destruction premalignant lesions; second through 14 lesions, each")],
               "Cryotherapy of actinic keratoses (LN2), scalp and forearms", "completed", d, enc=e, pr="b", reason_ref=[ak])
    e3 = c.enc("2026-11-10", "Dermatology visit", cpt=E14, reason="Recurrent actinic keratoses")
    c.proc([(CPT, "17000", "Destruction premalignant lesions; first lesion"), (CPT, "17003", "Destruction premalignant lesions; second through 14 lesions, each")],
           "Cryotherapy of 9 hypertrophic actinic keratoses, scalp", "completed", "2026-11-10", enc=e3, reason_ref=[ak])
    c.med((RX, "4492", "fluorouracil"), "fluorouracil 5% topical cream 40 g", "2026-11-10", reason_ref=ak,
          dose="Apply thin layer to scalp twice daily for 4 weeks starting 11/20/2026; expect redness and crusting")
    c.med((RX, "83367", "atorvastatin"), "atorvastatin 20 mg tablet", "2015-01-01", kind="statement", dose="20 mg daily")
    c.med((RX, "5640", "ibuprofen"), "ibuprofen 400 mg tablet", "2019-01-01", kind="statement", dose="400 mg prn knee pain")
    c.vitals("2026-11-10", 128, 78, 68, 86.0, e3)
    c.note("2026-11-10", "progress", "Dermatology visit", """
AK follow-up. 68 y/o fair-skinned man (Fitzpatrick I), retired lineman. Diffuse actinic damage scalp with >20 AKs despite
cryotherapy every 6 months. Cryo to 9 hypertrophic AKs today.
Plan: field therapy - topical fluorouracil 5% cream BID x 4 weeks to scalp starting 11/20 (after cryo sites heal). Reviewed
expected local reaction (redness, crusting, tenderness) peaking week 3; can use Vaseline; stop early if severe. Follow-up 8 weeks.
Sun protection, broad-brim hat.
""", enc=e3)
    c.note("2025-11-11", "progress", "Dermatology visit", "12 AKs scalp/forearms treated with LN2. Discussed field therapy for next visit if recurrent.", pr="b")
    c.panel("lipid", "2026-06-01")
    return c


def hi_nm_promis(cid):
    c = Case(cid, ORGS["summit"])
    c.setup("Tara Nicole", "Lindqvist", "female", "1979-01-25", "SSP-412088", "1705 Mesa Rd", "Colorado Springs", "CO", "80904",
            {"a": ("Natalie", "Forsberg", "1144620385", "Pain Medicine / Anesthesiology", "MD"), "b": ("Logan", "Pierce", "1366704219", "Physical Therapist", "DPT")},
            "Kaiser Permanente Colorado", "KPC0441928", "DHMO|KP Colorado Deductible HMO", marital="D")
    c.allergy([(RX, "7804", "oxycodone")], "Oxycodone", "2021-06-01", "Pruritus, nausea")
    rad = c.cond([(ICD, "M54.17", "Radiculopathy, lumbosacral region")], "2025-11-01", text="Left L5 radiculopathy after L4-5 microdiscectomy (2025)")
    c.cond([(ICD, "Z98.890", "Other specified postprocedural states")], "2025-06-10", text="S/p left L4-5 microdiscectomy 06/2025")
    c.cond([(ICD, "E03.9", "Hypothyroidism, unspecified")] if False else [(ICD, "E06.3", "Autoimmune thyroiditis")], "2014-01-01", text="Hashimoto thyroiditis")
    dul = c.med((RX, "72625", "duloxetine"), "duloxetine 30 mg DR capsule", "2026-06-02", dose="30 mg daily x 1 week, then 60 mg daily", reason_ref=rad)
    c.med((RX, "10582", "levothyroxine"), "levothyroxine 88 mcg tablet", "2014-01-01", kind="statement", dose="88 mcg daily")
    c.sr([(CPT, "97110", "Therapeutic exercise")], "Physical therapy - lumbar stabilization and neural mobilization, 2x/week x 8 weeks", "completed", "order", "2026-06-02", cat="therapy", performer="b")
    data = (("2026-06-02", 42, 36, 6), ("2026-08-25", 40, 38, 6), ("2026-11-10", 41, 36, 5))
    for d, gph, odi, nrs in data:
        e = c.enc(d, "Pain management visit", cpt=N04 if d == "2026-06-02" else E14, reason="Left leg radicular pain")
        local_score(c, d, gph, "PROMIS Global Health - Global Physical Health T-score", "PROMIS-GPH", enc=e, unit="{T-score}")
        local_score(c, d, odi, "Oswestry Disability Index (ODI) percent score", "ODI", enc=e)
        c.score(NRS, d, nrs, "Pain NRS", enc=e)
        c.vitals(d, 114, 72, 70, 68.0, e)
    for d in ("2026-06-16", "2026-07-14"):
        c.enc(d, "Physical therapy", pr="b", cpt=("97110", "Therapeutic exercise"), reason="Lumbar radiculopathy")
    c.note("2026-11-10", "progress", "Pain follow-up", """
PAIN MANAGEMENT FOLLOW-UP
47 y/o woman with residual L5 radicular pain after 2025 microdiscectomy. Duloxetine 60 mg since June, completed 8 weeks of PT.
Leg pain 5/10. Mild nausea first 2 weeks, now resolved; sleeping better. PROMIS Global Physical Health 42 -> 41 (no meaningful
change); ODI 36% (unchanged). Works full-time as a teacher.
Plan: continue duloxetine 60 mg, home exercise program, return 3 months. Discussed TFESI if flare. Not interested in opioids.
""")
    c.note("2026-06-02", "plan", "Functional goals", "Functional goals: walk 30 min without leg pain; return to hiking 5 miles by spring; sit through full school day. Baseline PROMIS GPH 42, ODI 36%.")
    return c


# ---------------- PATIENT_REPORTED_CONCERN ----------------
def pc_pos_qr(cid):
    c = Case(cid, ORGS["prairie"])
    c.setup("Alyssa Marie", "Kuhlmann", "female", "1997-06-14", "PSA-203571", "837 S Hillside St", "Wichita", "KS", "67211",
            {"a": ("Lauren", "McAllister", "1215049386", "Dermatology", "MD"), "b": ("Rebecca", "Stroud", "1437260915", "Physician Assistant, Dermatology", "PA-C")},
            "Cigna", "U55190226", "OAP|Cigna LocalPlus", marital="S")
    c.nkda("2024-10-01")
    hd = c.cond([(ICD, "L30.1", "Dyshidrosis [pompholyx]")], "2024-10-01", text="Dyshidrotic hand eczema")
    c.cond([(ICD, "J45.20", "Mild intermittent asthma, uncomplicated")], "2008-01-01", text="Mild intermittent asthma")
    c.cond([(ICD, "J02.0", "Streptococcal pharyngitis")], "2023-03-01", text="Strep pharyngitis", status="resolved", abate="2023-03-12")
    for d, p in (("2024-10-01", "a"), ("2025-04-15", "b"), ("2025-11-04", "b"), ("2026-06-02", "b")):
        c.enc(d, "Dermatology visit", pr=p, cpt=E13, reason="Hand eczema")
    c.med((RX, "2576", "clobetasol"), "clobetasol 0.05% ointment", "2024-10-01", dose="Twice daily to palms during flares, max 2 weeks", reason_ref=hd)
    c.med((RX, "42316", "tacrolimus"), "tacrolimus 0.1% ointment", "2025-04-15", dose="Twice daily to fingers between steroid courses", reason_ref=hd)
    c.med((RX, "435", "albuterol"), "albuterol HFA 90 mcg", "2008-01-01", kind="statement", dose="2 puffs prn")
    e = c.enc("2026-11-18", "Dermatology visit", pr="b", cpt=E14, reason="Hand eczema, not improving")
    c.qr("https://fhir.prairieskinallergy.com/r4/Questionnaire/previsit-intake-v3", "2026-11-17", [
        ("1", "Main reason for today's visit", "Hand rash still not better, blisters and cracking"),
        ("2", "How long have you had this problem?", "More than 2 years"),
        ("3", "Are you using your medicines as prescribed?", (LNC, "LA33-6", "Yes")),
        ("4", "Do you feel your concerns have been heard at previous visits?", (LNC, "LA32-8", "No")),
        ("5", "Would you like a second opinion about your diagnosis or treatment plan?", (LNC, "LA33-6", "Yes")),
        ("5.1", "If yes, please tell us more", "I've been told it's just eczema for two years and nothing has changed. I'd like to see a different dermatologist, maybe at KU, to look at it fresh."),
        ("6", "Itch over the past week (0-10)", 6),
    ], enc=e)
    c.note("2026-11-18", "progress", "Dermatology visit", """
Hand eczema follow-up. 29 y/o barista with recurrent vesicles and fissures of palms/lateral fingers x 2 years. Intermittent
clobetasol and tacrolimus with partial benefit. Today moderate vesiculation both palms, no nail changes, no other sites.
Pre-visit questionnaire: patient requests a second opinion and feels prior visits did not address her concerns.
Discussed options (patch testing, phototherapy, systemic therapy). Provided referral information for KU Dermatology.
""", enc=e, pr="b")
    c.vitals("2026-11-18", 112, 70, 72, 63.0, e)
    c.panel("cbc", "2025-11-04")
    return c


def pc_pos_portal(cid):
    c = Case(cid, ORGS["riverbend"])
    c.setup("Renee Alicia", "Baptiste", "female", "1974-11-30", "RB0051187", "630 Salem Ave", "Dayton", "OH", "45406",
            {"a": ("Priya", "Raman", "1659384021", "Physical Medicine and Rehabilitation", "MD"), "b": ("Colin", "Marsh", "1477013852", "Nurse Practitioner", "CNP")},
            "CareSource Ohio Medicaid", "CSO881204773", "MCO|CareSource Medicaid", race=("2054-5", "Black or African American"))
    c.nkda("2025-02-11")
    cr = c.cond([(ICD, "M47.22", "Other spondylosis with radiculopathy, cervical region")], "2025-02-11", text="Cervical spondylosis with left C6 radiculopathy")
    c.cond([(ICD, "F41.1", "Generalized anxiety disorder")], "2018-01-01", text="Anxiety")
    c.cond([(ICD, "O24.419", "Gestational diabetes mellitus in pregnancy, unspecified control")], "2004-03-01", text="Gestational diabetes", status="resolved", abate="2004-08-01")
    c.report(None, "2025-02-20", None, cat="RAD", text="MRI cervical spine without contrast", conclusion="C5-6 disc osteophyte complex with moderate left foraminal stenosis. No cord signal change.")
    c.report(None, "2026-10-21", None, cat="RAD", text="MRI cervical spine without contrast", conclusion="C5-6 unchanged moderate left foraminal stenosis. New mild C6-7 disc bulge without stenosis. No cord compression.")
    for d, nrs in (("2026-04-14", 6), ("2026-07-21", 6), ("2026-10-27", 6)):
        e = c.enc(d, "PM&R follow-up", pr="a" if d != "2026-07-21" else "b", cpt=E14, reason="Neck and left arm pain")
        c.score(NRS, d, nrs, "Pain NRS", enc=e)
    e_last = e
    c.med((RX, "25480", "gabapentin"), "gabapentin 600 mg tablet", "2025-02-11", dose="600 mg three times daily", reason_ref=cr)
    c.med((RX, "57258", "tizanidine"), "tizanidine 4 mg tablet", "2025-02-11", dose="4 mg at bedtime as needed")
    c.proc([(CPT, "62321", "Injection(s), interlaminar epidural, cervical or thoracic, with imaging guidance")], "C7-T1 interlaminar epidural steroid injection", "completed", "2025-06-10", reason_ref=[cr], outcome="~50% relief for 3 months")
    c.note("2026-10-27", "progress", "PM&R follow-up", "Stable left C6 radicular pain 6/10. New MRI reviewed: no significant change at C5-6, minor C6-7 bulge. Discussed repeat CESI vs continue conservative care. She is frustrated with persistent symptoms. Continue gabapentin, HEP.", enc=e_last)
    m = c.comm("2026-11-09", "Dr. Raman - I don't feel like anyone is really listening to me. I've had this arm pain and numbness for almost two years and I keep being told the MRI is 'unchanged'. My hand drops things now. I would like a second opinion from a spine surgeon or another doctor who will look at my new MRI. Can you send a referral? Thank you, Renee",
               recipient="a", topic="Request for second opinion")
    c.comm("2026-11-10", "Hi Ms. Baptiste, thank you for your message. Dr. Raman reviewed it. We can place a referral; please schedule a visit so we can recheck your hand strength. - Colin Marsh, CNP",
           sender=c.pr["b"], recipient=c.pat, in_response=m, cat_text="Patient portal message reply")
    c.med((RX, "36437", "sertraline"), "sertraline 100 mg tablet", "2018-01-01", kind="statement", dose="100 mg daily")
    c.panel("bmp", "2026-04-14")
    return c


def pc_pos_flag(cid):
    c = Case(cid, ORGS["piedmont"])
    c.setup("Megan Elizabeth", "Fairbanks", "female", "1982-08-05", "PV10993318", "3904 Lawndale Dr", "Greensboro", "NC", "27455",
            {"a": ("Oluwaseun", "Adebayo", "1508811273", "Endocrinology", "MD"), "b": ("Robert", "Chen", "1447281930", "Family Medicine", "MD")},
            "UnitedHealthcare", "UHC44128871", "CHOICE|UHC Choice Plus")
    c.nkda("2020-01-01")
    nod = c.cond([(SCT, "237495005", "Thyroid nodule"), (ICD, "E04.1", "Nontoxic single thyroid nodule")], "2026-07-15", text="Right thyroid nodule 1.8 cm, TI-RADS 4, Bethesda III")
    c.cond([(SCT, "37796009", "Migraine"), (ICD, "G43.009", "Migraine without aura, not intractable, without status migrainosus")], "2010-01-01")
    c.cond([(SCT, "44465007", "Sprain of ankle"), (ICD, "S93.402A", "Sprain of unspecified ligament of left ankle, initial encounter")], "2020-06-01", status="resolved", abate="2020-07-15")
    c.report(None, "2026-07-15", None, cat="RAD", text="US thyroid", conclusion="1.8 x 1.4 x 1.2 cm solid isoechoic nodule right lower pole with smooth margins, no calcifications. ACR TI-RADS 4. No abnormal cervical nodes.")
    e1 = c.enc("2026-08-04", "Endocrinology consultation", cpt=N04, reason="Thyroid nodule")
    c.lab("tsh", "2026-08-04", 1.8, e1)
    c.proc([(CPT, "10005", "Fine needle aspiration biopsy, including ultrasound guidance; first lesion")], "US-guided FNA right thyroid nodule", "completed", "2026-08-04", enc=e1, reason_ref=[nod])
    c.report(("11526-1", "Pathology study"), "2026-08-07", None, enc=e1, cat="PAT", text="Cytology - thyroid FNA, right",
             conclusion="Atypia of undetermined significance (Bethesda III). Molecular classifier (ThyroSeq v3): negative, cancer probability ~5%.")
    e2 = c.enc("2026-11-17", "Endocrinology follow-up", cpt=E13, reason="Thyroid nodule - results discussion")
    c.vitals("2026-11-17", 118, 76, 70, 65.0, e2)
    c.sr([], "Repeat thyroid ultrasound in 12 months", "active", "plan", "2026-11-17", occ="2027-11-15", cat="imaging", reason_ref=[nod])
    c.note("2026-11-17", "progress", "Endocrinology follow-up", """
Thyroid nodule follow-up. Bethesda III with negative molecular classifier. Recommended active surveillance with US in 12 months.
Patient asked about lobectomy; explained low risk. She remains anxious (mother had papillary thyroid cancer) and asked whether
another endocrine surgeon could review. Told her she can request outside opinion.
""", enc=e2)
    c.flag("Patient request via MyChart: second opinion from an endocrine surgeon regarding thyroid nodule management (surveillance vs lobectomy)", "2026-11-20",
           cat="admin", code=[(SCT, "310571007", "Patient request")] if False else None)
    c.comm("2026-11-20", "I would like a second opinion about my thyroid nodule before deciding to just watch it. Could you refer me to an endocrine surgeon at Duke or Wake Forest?", recipient="a",
           topic="Second opinion request")
    c.med((RX, "36763", "sumatriptan"), "sumatriptan 100 mg tablet", "2010-01-01", kind="statement", dose="100 mg prn migraine")
    c.panel("cbc", "2026-05-01")
    c.panel("bmp", "2026-05-01")
    return c


def pc_nm_qr_no(cid):
    c = Case(cid, ORGS["sierra"])
    c.setup("Gerald Thomas", "Avakian", "male", "1965-03-03", "SV2107753", "2870 W Ashlan Ave", "Fresno", "CA", "93705",
            {"a": ("Helen", "Park", "1629304758", "Pulmonology / Sleep Medicine", "MD"), "b": ("Kevin", "Nakamura", "1275540129", "Family Medicine", "MD")},
            "Anthem Blue Cross", "ABC66201948", "PPO|Anthem PPO")
    c.nkda("2018-01-01")
    osa = c.cond([(SCT, "78275009", "Obstructive sleep apnea syndrome"), (ICD, "G47.33", "Obstructive sleep apnea (adult) (pediatric)")], "2023-05-01", text="Obstructive sleep apnea, moderate (AHI 24)")
    c.cond(HTN, "2016-01-01")
    c.cond([(SCT, "414916001", "Obesity"), (ICD, "E66.811", "Obesity, class 1")], "2016-01-01")
    c.cond([(SCT, "10509002", "Acute bronchitis"), (ICD, "J20.9", "Acute bronchitis, unspecified")], "2025-01-10", status="resolved", abate="2025-02-01")
    e = c.enc("2026-10-15", "Sleep medicine annual visit", cpt=E14, reason="OSA on CPAP")
    c.vitals("2026-10-15", 128, 80, 70, 101.0, e)
    c.obs(None, "2026-10-15", v=92.0, unit="%", ucum="%", text="CPAP adherence - nights with use >= 4 h (last 30 days)", cat="procedure", interp=None, enc=e)
    c.entries[-1]["code"]["coding"] = [cd(ORGS["sierra"]["local_lab"], "CPAPADH", "PAP adherence")]
    c.obs(None, "2026-10-15", v=2.1, unit="/h", ucum="/h", text="Residual AHI on CPAP (device download)", cat="procedure", interp=None, enc=e)
    c.score((LNC, "89043-4", "Epworth Sleepiness Scale total score"), "2026-10-15", 5, "Epworth Sleepiness Scale", enc=e)
    c.qr("https://fhir.sierravistaclinic.org/r4/Questionnaire/annual-visit-checkin", "2026-10-14", [
        ("1", "Do you have any new concerns today?", (LNC, "LA32-8", "No")),
        ("2", "Do you feel your concerns have been heard by your care team?", (LNC, "LA33-6", "Yes")),
        ("3", "Would you like a second opinion about your diagnosis or treatment?", (LNC, "LA32-8", "No")),
        ("4", "How satisfied are you with your CPAP therapy? (0-10)", 9),
    ], enc=e)
    c.med(None, "CPAP auto 6-14 cm H2O with heated humidifier, nasal pillows", "2023-06-01", kind="statement", dose="Nightly during sleep", reason_ref=osa)
    c.med((RX, "52175", "losartan"), "losartan 100 mg tablet", "2016-01-01", dose="100 mg daily")
    c.med((RX, "17767", "amlodipine"), "amlodipine 5 mg tablet", "2019-01-01", dose="5 mg daily")
    c.panel("bmp", "2026-09-20")
    c.panel("lipid", "2026-09-20")
    c.note("2026-10-15", "progress", "Sleep medicine visit", "Moderate OSA on APAP, 92% adherence, residual AHI 2.1, ESS 5. Feels rested. Mask fit good. Supplies renewed. Return 12 months.", enc=e)
    return c


def pc_nm_done(cid):
    c = Case(cid, ORGS["keystone"])
    c.setup("Dennis Michael", "Yoder", "male", "1977-04-19", "KIP-310266", "412 Market St", "Camp Hill", "PA", "17011",
            {"a": ("Andrew", "Kessler", "1831409275", "Interventional Pain Medicine", "MD"), "b": ("Sarah", "Fenwick", "1953621497", "Physician Assistant", "PA-C")},
            "Capital Blue Cross", "CBC22918374", "PPO|Capital Blue PPO")
    c.nkda("2026-03-03")
    fa = c.cond([(ICD, "M47.816", "Spondylosis without myelopathy or radiculopathy, lumbar region")], "2026-03-03", text="Lumbar facet arthropathy L4-S1 (facet-mediated pain)")
    c.cond([(ICD, "E78.2", "Mixed hyperlipidemia")], "2019-01-01", text="Hyperlipidemia")
    for d in ("2026-04-21", "2026-05-05"):
        c.proc([(CPT, "64493", "Injection(s), diagnostic or therapeutic agent, paravertebral facet (zygapophyseal) joint (or nerves innervating that joint) with image guidance, lumbar or sacral; single level")],
               "Diagnostic medial branch block L4-5, L5-S1 bilateral", "completed", d, reason_ref=[fa], outcome="90% relief for 6 hours" if d == "2026-04-21" else "85% relief for 7 hours")
    m1 = c.comm("2026-06-30", "Dr. Kessler, before I do the radiofrequency ablation I'd like to get a second opinion - my brother had a bad experience. Can you refer me to someone at Penn State?", recipient="a", topic="Second opinion request")
    c.sr([], "Referral for second opinion - Penn State Health Spine Center (physiatry)", "completed", "order", "2026-07-02", cat="referral", reason_ref=[fa])
    e2 = c.enc("2026-09-10", "Outside consultation", pr=None, cpt=N04, reason="Second opinion - lumbar facet pain")
    c.note("2026-09-10", "consult", "Outside consultation - second opinion (scanned)", """
PENN STATE HEALTH SPINE CENTER - SECOND OPINION
49 y/o man, axial LBP 2 years, facet loading positive, two concordant medial branch blocks (>80% relief). MRI: facet arthropathy
L4-S1 without stenosis. I agree with the plan for bilateral L4-5/L5-S1 radiofrequency ablation and continued core program.
No surgical indication. Patient reassured and will proceed with Dr. Kessler.
""", enc=e2)
    e3 = c.enc("2026-10-08", "Procedure visit", cpt=("64635", "Destruction by neurolytic agent, paravertebral facet joint nerve(s), with imaging guidance; lumbar or sacral, single facet joint"), reason="Facet pain")
    c.proc([(CPT, "64635", "Radiofrequency ablation, lumbar facet, single level"), (CPT, "64636", "Radiofrequency ablation, lumbar facet, each additional level")],
           "Bilateral L4-5, L5-S1 medial branch radiofrequency ablation", "completed", "2026-10-08", enc=e3, reason_ref=[fa])
    for d, nrs, odi in (("2026-06-23", 6, 34), ("2026-11-12", 3, 18)):
        e = c.enc(d, "Pain management follow-up", cpt=E14, pr="b" if d == "2026-11-12" else "a", reason="Low back pain")
        c.score(NRS, d, nrs, "Pain NRS", enc=e)
        local_score(c, d, odi, "Oswestry Disability Index (ODI) percent score", "ODI", enc=e)
    c.comm("2026-11-14", "Hi - can I move my January follow-up to a Friday afternoon? Back is much better since the ablation. Thanks, Dennis", recipient="b", topic="Appointment request")
    c.med((RX, "5640", "ibuprofen"), "ibuprofen 600 mg tablet", "2026-03-03", dose="600 mg up to three times daily with food prn")
    c.med((RX, "83367", "atorvastatin"), "atorvastatin 10 mg tablet", "2019-01-01", kind="statement", dose="10 mg daily")
    c.note("2026-11-12", "progress", "Post-RFA follow-up", "5 weeks after bilateral L4-S1 RFA: pain 3/10 (from 6), ODI 18%. Back to full duty (warehouse supervisor). Continue core program. RTC 3 months.", pr="b")
    return c
