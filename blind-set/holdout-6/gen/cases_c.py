from lib import *
from cases_b import reg
import cases_a
CASES = []


def reg2(*a, **k):
    d = reg(*a, **k)
    import cases_b
    def deco(fn):
        d(fn)
        CASES.append(cases_b.CASES.pop())
        return fn
    return deco


# ---------------- HIGH_IMPACT_TREATMENT
@reg2("HIGH_IMPACT_TREATMENT", "positive",
      "62F stage IIIB sigmoid adenocarcinoma after colectomy; adjuvant CAPOX (oxaliplatin + capecitabine) ordered to start 2026-12-10",
      "Adjuvant systemic chemotherapy is planned (MedicationRequests for oxaliplatin and capecitabine, CarePlan), a high-impact treatment.")
def hit_capox():
    c = Case("hit1", "https://fhir.prairie-cancer.example.org/r4", dict(name="Prairie Cancer Center", city="Sioux Falls", state="SD"),
             dict(mrn="PCC-7710458", family="Vandermeer", given=["Lois"], gender="female", birth="1964-09-02", city="Brandon", state="SD", zip="57005"),
             "https://prairie-cancer.example.org/mrn", payer="Sanford Health Plan")
    c.setup()
    surg = c.prac("Koenig", "Matthias", specialty="Colorectal Surgery")
    onc = c.prac("Amadi", "Chioma", specialty="Medical Oncology")
    c.nka()
    c.cond(cc("Hypertension", ("icd", "I10", "Essential (primary) hypertension")), "2015-01-01")
    crc = c.cond(cc("Adenocarcinoma of sigmoid colon, pT3N1b M0, stage IIIB", ("sct", "363406005", "Malignant tumor of colon"), ("icd", "C18.7", "Malignant neoplasm of sigmoid colon")), "2026-09-28")
    c.proc(cc("Colonoscopy with biopsy", ("cpt", "45380", "Colonoscopy, flexible; with biopsy, single or multiple")), "completed", "2026-09-28", reason=crc)
    c.proc(cc("Laparoscopic sigmoid colectomy with primary anastomosis", ("sct", "23968004", "Colectomy"), ("cpt", "44204", "Laparoscopy, surgical; colectomy, partial, with anastomosis")), "completed", "2026-10-20", prac=surg, reason=crc)
    c.dxr(cc("Surgical pathology report", ("lnc", "60567-5", "Comprehensive pathology report panel")), "2026-10-23", [],
          "Sigmoid colon: moderately differentiated adenocarcinoma, invades pericolic fat (pT3), 4/19 lymph nodes positive (pN1b). Margins negative. MMR proficient.", cat="SP")
    c.dxr(cc("CT chest abdomen pelvis with contrast", ("lnc", "36267-3", "CT Chest and Abdomen and Pelvis W contrast IV")), "2026-10-05", [], "No distant metastatic disease.", cat="RAD")
    e1 = c.enc("2026-11-17", "Medical oncology consult", prac=onc, reason=cc("Adjuvant therapy"))
    c.lab("cea", "2026-11-17", 1.9, e1)
    cbc(c, "2026-11-17", e1, hgb=11.9, plt=301)
    bmp(c, "2026-11-17", e1, cr=0.8, egfr=80)
    c.vitals("2026-11-17", e1, bp=(134, 82), hr=76, wt=68.4)
    c.obs(cc("ECOG performance status", ("lnc", "89247-1", "ECOG Performance Status score")), "2026-11-17", 0, cat="survey", enc=e1)
    c.note("2026-11-17", "Oncology consultation", """Stage IIIB (pT3N1b) sigmoid adenocarcinoma, s/p lap sigmoid colectomy 10/20. Recovered well.
Recommend adjuvant CAPOX x 3 months (IDEA). Discussed neuropathy, diarrhea, hand-foot syndrome, cytopenias. Port placement not required. Start 12/10/2026.""", e1, onc, ("11488-4", "Consult note"))
    c.raw("CarePlan", "cp", {"status": "active", "intent": "plan", "category": [cc("Chemotherapy plan", ("sct", "367336001", "Chemotherapy"))], "title": "Adjuvant CAPOX x4 cycles",
          "subject": ref(c.pat), "period": {"start": "2026-12-10", "end": "2027-03-15"}, "author": ref(onc), "addresses": [ref(crc)]})
    c.medreq(("32592", "oxaliplatin"), "2026-11-17", "130 mg/m2 IV day 1 every 21 days x 4 cycles, first dose 2026-12-10", intent="plan", prac=onc, reason=crc, status="active", cat="outpatient")
    c.medreq(("194000", "capecitabine"), "2026-11-17", "1000 mg/m2 by mouth twice daily days 1-14 every 21 days", intent="plan", prac=onc, reason=crc)
    c.medreq(("26225", "ondansetron"), "2026-11-17", "8 mg every 8 hours as needed for nausea", prac=onc)
    c.medreq(("29046", "lisinopril"), "2015-01-01", "10 mg daily", prac=onc)
    return c


@reg2("HIGH_IMPACT_TREATMENT", "positive",
      "67M T1aN0 glottic squamous cell carcinoma; definitive radiotherapy to the larynx planned from 2027-01-05 (ServiceRequest, SNOMED + CPT)",
      "External-beam radiotherapy is ordered and not yet started, a treatment in the high-impact set.")
def hit_rt_larynx():
    c = Case("hit2", "https://fhir.gulfcoast-ent.example.net/r4", dict(name="Gulf Coast ENT & Head-Neck Surgery", city="Mobile", state="AL"),
             dict(mrn="GCE-5500281", family="Broussard", given=["Clifton"], gender="male", birth="1959-02-27", city="Mobile", state="AL", zip="36608"),
             "https://gulfcoast-ent.example.net/mrn", payer="Medicare")
    c.setup()
    ent = c.prac("Thibodeaux", "Rene", specialty="Otolaryngology")
    rad = c.prac("Mensah", "Kwame", specialty="Radiation Oncology")
    c.nka()
    c.cond(cc("Tobacco use, former", ("sct", "8517006", "Ex-smoker")), "2024-01-01")
    c.cond(cc("Gastroesophageal reflux disease", ("icd", "K21.9", "Gastro-esophageal reflux disease without esophagitis")), "2010-01-01")
    c.cond(cc("Hyperlipidemia", ("sct", "55822004", "Hyperlipidemia")), "2012-01-01")
    e1 = c.enc("2026-10-07", "ENT visit", prac=ent, reason=cc("Hoarseness 4 months"))
    c.proc(cc("Flexible laryngoscopy", ("cpt", "31575", "Laryngoscopy, flexible; diagnostic")), "completed", "2026-10-07", prac=ent, enc=e1, note="Exophytic lesion of right true vocal fold, normal mobility.")
    c.proc(cc("Direct laryngoscopy with biopsy", ("cpt", "31535", "Laryngoscopy, direct, operative, with biopsy")), "completed", "2026-10-21", prac=ent)
    sc = c.cond(cc("Squamous cell carcinoma of glottis, T1aN0M0", ("icd", "C32.0", "Malignant neoplasm of glottis")), "2026-10-23", asserter=ent)
    c.dxr(cc("Surgical pathology", ("lnc", "60567-5", "Comprehensive pathology report panel")), "2026-10-23", [], "Right vocal fold biopsy: invasive keratinizing squamous cell carcinoma, moderately differentiated.", cat="SP")
    c.dxr(cc("CT neck soft tissue with contrast", ("lnc", "30799-1", "CT Neck W contrast IV")), "2026-10-28", [], "Small right glottic lesion without cartilage invasion. No cervical adenopathy.", cat="RAD")
    e2 = c.enc("2026-11-12", "Tumor board", prac=ent)
    c.note("2026-11-12", "Head and neck tumor board", "T1aN0 right glottic SCC. Options: transoral laser microsurgery vs definitive radiotherapy; patient prefers radiotherapy for voice outcome. Plan RT 63 Gy/28 fx.", e2, ent, ("11488-4", "Consult note"))
    e3 = c.enc("2026-11-24", "Radiation oncology consult", prac=rad)
    c.note("2026-11-24", "Radiation oncology consultation", """Definitive RT to the larynx, 63 Gy in 28 fractions, no concurrent chemotherapy. Expected toxicity: mucositis, dysphagia, voice change, skin reaction. CT simulation 12/15, start 1/5/2027.""", e3, rad, ("11488-4", "Consult note"))
    c.sr(cc("External beam radiotherapy to larynx", ("sct", "33195004", "Teleradiotherapy procedure"), ("cpt", "77385", "Intensity modulated radiation treatment delivery (IMRT), includes guidance and tracking, when performed; simple")),
         "active", "order", "2026-11-24", occ="2027-01-05", prac=rad, reason=sc, note="63 Gy / 28 fractions")
    c.sr(cc("CT simulation for radiotherapy planning", ("cpt", "77290", "Therapeutic radiology simulation-aided field setting; complex")), "active", "order", "2026-11-24", occ="2026-12-15", prac=rad, reason=sc)
    c.medreq(("40790", "pantoprazole"), "2010-01-01", "40 mg daily", prac=ent)
    c.medreq(("301542", "rosuvastatin"), "2012-01-01", "10 mg daily", prac=ent)
    cbc(c, "2026-11-24", e3, hgb=14.4, male=True)
    c.lab("tsh", "2026-11-24", 1.8, e3)
    c.vitals("2026-11-24", e3, bp=(136, 84), hr=70, wt=83.6)
    return c


@reg2("HIGH_IMPACT_TREATMENT", "positive",
      "69M high-risk prostate cancer on leuprolide since June 2026; EORTC QLQ-C30 global health status fell from 75 to 50",
      "Patient-reported quality-of-life score fell by 25 points (well beyond the ~10-point minimal important difference) after androgen deprivation began.")
def hit_adt_qol():
    c = Case("hit3", "https://fhir.lonestar-urology.example.com/R4", dict(name="Lone Star Urology & Oncology", city="Austin", state="TX"),
             dict(mrn="LSU-3381077", family="Okafor", given=["Benedict"], gender="male", birth="1957-12-09", city="Round Rock", state="TX", zip="78664"),
             "https://lonestar-urology.example.com/mrn", payer="Humana Medicare Advantage")
    c.setup()
    uro = c.prac("Delgado", "Miguel", specialty="Urologic Oncology")
    pcp = c.prac("Fischer", "Anne", specialty="Internal Medicine")
    c.nka()
    c.cond(cc("Type 2 diabetes mellitus", ("sct", "44054006", "Diabetes mellitus type 2")), "2016-01-01")
    c.cond(cc("Hypertension", ("icd", "I10", "Essential (primary) hypertension")), "2013-01-01")
    pca = c.cond(cc("Adenocarcinoma of prostate, Grade Group 4, cT3a", ("sct", "399068003", "Malignant tumor of prostate"), ("icd", "C61", "Malignant neoplasm of prostate")), "2026-04-20")
    c.lab("psa", "2026-04-02", 24.6)
    c.proc(cc("MRI-targeted prostate biopsy", ("cpt", "55700", "Biopsy, prostate; needle or punch, single or multiple, any approach")), "completed", "2026-04-18", prac=uro)
    c.dxr(cc("PSMA PET/CT", ("lnc", "81555-5", "PET+CT Whole body")), "2026-05-20", [], "Prostate-confined avid disease with right seminal vesicle involvement; no nodal or distant disease.", cat="RAD")
    e1 = c.enc("2026-05-28", "Urologic oncology visit", prac=uro, reason=cc("Treatment planning"))
    qol = ("http://lonestar-urology.example.com/fhir/CodeSystem/pro-scores", "QLQC30-GHS", "EORTC QLQ-C30 Global health status/QoL scale score")
    c.obs(cc("EORTC QLQ-C30 global health status/QoL (0-100)", qol), "2026-05-28", 75, cat="survey", enc=e1)
    c.obs(cc("EORTC QLQ-C30 physical functioning (0-100)", ("http://lonestar-urology.example.com/fhir/CodeSystem/pro-scores", "QLQC30-PF", "EORTC QLQ-C30 Physical functioning")), "2026-05-28", 87, cat="survey", enc=e1)
    c.note("2026-05-28", "Treatment planning", "High-risk localized prostate cancer. Plan long-term ADT (24 months) and radiation oncology referral; patient wants to defer RT decision until after daughter's wedding in spring.", e1, uro)
    c.medreq(cc("leuprolide acetate 22.5 MG injectable suspension (3-month depot)", ("rx", "42375", "leuprolide")), "2026-06-10", "22.5 mg IM every 12 weeks", prac=uro, reason=pca)
    c.proc(cc("Leuprolide injection", ("hcpcs", "J9217", "Leuprolide acetate (for depot suspension), 7.5 mg")), "completed", "2026-06-10", prac=uro, reason=pca)
    c.proc(cc("Leuprolide injection", ("hcpcs", "J9217", "Leuprolide acetate (for depot suspension), 7.5 mg")), "completed", "2026-09-02", prac=uro, reason=pca)
    e2 = c.enc("2026-10-15", "Urologic oncology follow-up", prac=uro)
    c.lab("psa", "2026-10-15", 0.4, interp="N", enc=e2)
    c.obs(cc("EORTC QLQ-C30 global health status/QoL (0-100)", qol), "2026-10-15", 50, cat="survey", enc=e2)
    c.obs(cc("EORTC QLQ-C30 physical functioning (0-100)", ("http://lonestar-urology.example.com/fhir/CodeSystem/pro-scores", "QLQC30-PF", "EORTC QLQ-C30 Physical functioning")), "2026-10-15", 67, cat="survey", enc=e2)
    c.note("2026-10-15", "Follow-up on ADT", """PSA 0.4 on ADT. Severe hot flashes 10+/day, fatigue, low mood, 4 kg weight gain, stopped golfing. QLQ-C30 global QoL 50 (75 pre-ADT).
Plan: continue leuprolide, venlafaxine for hot flashes, exercise program; radiation oncology referral pending.""", e2, uro)
    c.medreq(("39786", "venlafaxine"), "2026-10-15", "37.5 mg daily", prac=uro)
    c.medreq(("6809", "metformin"), "2016-01-01", "1000 mg twice daily", prac=pcp)
    c.medreq(("52175", "losartan"), "2013-01-01", "50 mg daily", prac=pcp)
    c.vitals("2026-10-15", e2, bp=(132, 80), wt=94.2)
    return c


@reg2("HIGH_IMPACT_TREATMENT", "near-miss",
      "55F seropositive rheumatoid arthritis starting low-dose weekly methotrexate with folic acid",
      "Low-dose methotrexate for RA is a standard DMARD, not cytotoxic chemotherapy; no high-impact treatment is planned or running.")
def hit_nm_mtx():
    c = Case("hit4", "https://fhir.capitol-arthritis.example.org/fhir/R4", dict(name="Capitol Arthritis & Osteoporosis Clinic", city="Sacramento", state="CA"),
             dict(mrn="CAO-1927734", family="Nakamura", given=["Joyce"], gender="female", birth="1971-04-16", city="Davis", state="CA", zip="95616"),
             "https://capitol-arthritis.example.org/mrn", payer="Western Health Advantage")
    c.setup()
    rh = c.prac("Petrosyan", "Anahit", specialty="Rheumatology")
    c.nka()
    c.cond(cc("Hypothyroidism", ("sct", "40930008", "Hypothyroidism")), "2014-01-01")
    e1 = c.enc("2026-10-29", "New patient consult", prac=rh, reason=cc("Joint pain and swelling"))
    ra = c.cond(cc("Rheumatoid arthritis with rheumatoid factor of multiple sites", ("sct", "69896004", "Rheumatoid arthritis"), ("icd", "M05.79", "Rheumatoid arthritis with rheumatoid factor of multiple sites without organ or systems involvement")), "2026-07-01", enc=e1)
    c.obs(cc("Rheumatoid factor", ("lnc", "11572-5", "Rheumatoid factor [Units/volume] in Serum or Plasma")), "2026-10-29", 86, "[IU]/mL", (None, 14), enc=e1)
    c.obs(cc("Cyclic citrullinated peptide Ab [Units/volume] in Serum", ("lnc", "32218-0", "Cyclic citrullinated peptide Ab [Units/volume] in Serum")), "2026-10-29", 212, "U/mL", (None, 20), enc=e1)
    c.lab("crp", "2026-10-29", 21, e1)
    c.lab("esr", "2026-10-29", 38, e1)
    c.lab("alt", "2026-10-29", 22, e1)
    c.lab("cr", "2026-10-29", 0.7, e1)
    cbc(c, "2026-10-29", e1, hgb=12.2)
    c.obs(cc("Hepatitis B virus surface Ag", ("lnc", "5196-1", "Hepatitis B virus surface Ag [Presence] in Serum")), "2026-10-29", vcc=cc("Negative", ("sct", "260385009", "Negative")), enc=e1, interp="NEG")
    c.obs(cc("DAS28-CRP"), "2026-10-29", 5.1, cat="exam", enc=e1)
    c.dxr(cc("XR Hands bilateral", ("lnc", "37374-6", "XR Hand - bilateral")), "2026-10-29", [], "Periarticular osteopenia of MCPs; no erosions.", cat="RAD", enc=e1)
    c.note("2026-10-29", "Rheumatology consultation", """4 months symmetric polyarthritis of MCPs/PIPs/wrists, 2 h morning stiffness. RF and anti-CCP strongly positive. DAS28-CRP 5.1.
Start methotrexate 15 mg weekly with folic acid, bridge prednisone 10 mg with taper over 8 weeks. Labs every 4 weeks initially.""", e1, rh, ("11488-4", "Consult note"))
    c.medreq(cc("methotrexate 2.5 MG Oral Tablet", ("rx", "105586", "methotrexate 2.5 MG Oral Tablet")), "2026-10-29", "15 mg (6 tablets) by mouth once weekly on Saturdays", prac=rh, reason=ra)
    c.medreq(("4511", "folic acid"), "2026-10-29", "1 mg daily", prac=rh, reason=ra)
    c.medreq(("8640", "prednisone"), "2026-10-29", "10 mg daily, taper by 2.5 mg every 2 weeks", prac=rh, reason=ra)
    c.medreq(("10582", "levothyroxine"), "2014-01-01", "75 mcg daily", prac=rh)
    e2 = c.enc("2026-11-25", "Follow-up", prac=rh)
    c.lab("alt", "2026-11-25", 27, e2)
    cbc(c, "2026-11-25", e2, hgb=12.5)
    c.note("2026-11-25", "Rheumatology follow-up", "Tolerating MTX, mild nausea day after dose. Morning stiffness down to 45 min. Labs fine. Continue.", e2, rh)
    return c


@reg2("HIGH_IMPACT_TREATMENT", "near-miss",
      "48F early ER+ breast cancer after lumpectomy and completed RT (2025), on tamoxifen; FACT-B dipped 4 points (below its MID)",
      "Radiotherapy was completed in 2025 and the current treatment is endocrine; the quality-of-life change since starting tamoxifen is smaller than the minimal important difference.")
def hit_nm_tam():
    c = Case("hit5", "https://fhir.hudsonvalley-breast.example.org/r4", dict(name="Hudson Valley Breast Center", city="Poughkeepsie", state="NY"),
             dict(mrn="HVB-0048829", family="Gallo", given=["Teresa"], gender="female", birth="1978-01-25", city="Beacon", state="NY", zip="12508"),
             "https://hudsonvalley-breast.example.org/mrn", payer="Empire BCBS")
    c.setup()
    onc = c.prac("Rosen", "Deborah", specialty="Medical Oncology")
    c.nka()
    bc = c.cond(cc("Invasive ductal carcinoma of left breast, pT1cN0, ER+/PR+/HER2-", ("sct", "254837009", "Malignant neoplasm of breast"), ("icd", "C50.912", "Malignant neoplasm of unspecified site of left female breast")), "2025-05-02")
    c.cond(cc("Migraine", ("sct", "37796009", "Migraine")), "2005-01-01")
    c.proc(cc("Partial mastectomy (lumpectomy) with sentinel node biopsy", ("sct", "392021009", "Lumpectomy of breast"), ("cpt", "19301", "Mastectomy, partial (eg, lumpectomy, tylectomy, quadrantectomy, segmentectomy)")), "completed", "2025-06-03", reason=bc)
    c.proc(cc("Whole breast radiotherapy, hypofractionated", ("sct", "108290001", "Radiation oncology AND/OR radiotherapy")), "completed", "2025-08-25", reason=bc, note="40 Gy/15 fractions, completed 2025-09-12")
    e1 = c.enc("2025-09-30", "Oncology visit", prac=onc, reason=cc("Endocrine therapy start"))
    fb = ("http://hudsonvalley-breast.example.org/fhir/CodeSystem/pro", "FACT-B-TOTAL", "FACT-B total score")
    c.obs(cc("FACT-B total score (0-148)", fb), "2025-09-30", 118, cat="survey", enc=e1)
    c.medreq(("10324", "tamoxifen"), "2025-10-01", "20 mg daily", prac=onc, reason=bc)
    e2 = c.enc("2026-04-14", "Oncology follow-up", prac=onc)
    c.obs(cc("FACT-B total score (0-148)", fb), "2026-04-14", 116, cat="survey", enc=e2)
    e3 = c.enc("2026-11-10", "Oncology follow-up", prac=onc)
    c.obs(cc("FACT-B total score (0-148)", fb), "2026-11-10", 114, cat="survey", enc=e3)
    c.vitals("2026-11-10", e3, bp=(118, 74), wt=66.5)
    cbc(c, "2026-11-10", e3)
    c.lab("alt", "2026-11-10", 24, e3)
    c.note("2026-11-10", "Survivorship follow-up", """14 months on tamoxifen. Mild hot flashes, manageable. No new breast symptoms; exam benign. Mammogram 10/2026 BI-RADS 2. FACT-B 114 (118 baseline).
Continue tamoxifen, plan 5-10 years. Annual mammogram.""", e3, onc)
    c.dxr(cc("Mammogram diagnostic bilateral", ("lnc", "24606-6", "MG Breast Screening")), "2026-10-20", [], "Post-lumpectomy changes left breast. BI-RADS 2: benign.", cat="RAD")
    c.medreq(("37418", "sumatriptan"), "2010-01-01", "50 mg as needed for migraine", prac=onc)
    return c


# ---------------- PATIENT_REPORTED_CONCERN
@reg2("PATIENT_REPORTED_CONCERN", "positive",
      "57M knee osteoarthritis managed conservatively; pre-visit portal questionnaire answers 'Yes' to wanting a second opinion",
      "QuestionnaireResponse completed by the patient answers Yes to requesting a second opinion and No to feeling his concerns were addressed.")
def prc_qr_yes():
    c = Case("prc1", "https://fhir.granite-ortho.example.com/r4", dict(name="Granite State Orthopedics", city="Manchester", state="NH"),
             dict(mrn="GSO-271634", family="Dufresne", given=["Marc"], gender="male", birth="1969-07-07", city="Bedford", state="NH", zip="03110"),
             "https://granite-ortho.example.com/mrn", payer="Harvard Pilgrim")
    c.setup()
    ortho = c.prac("McAllister", "Ian", specialty="Orthopaedic Surgery")
    c.nka()
    oa = c.cond(cc("Primary osteoarthritis, right knee", ("sct", "239873007", "Osteoarthritis of knee"), ("icd", "M17.11", "Unilateral primary osteoarthritis, right knee")), "2023-03-01")
    c.cond(cc("Obesity, class I", ("icd", "E66.811", "Obesity, class 1")), "2018-01-01")
    c.cond(cc("Hypertension", ("icd", "I10", "Essential (primary) hypertension")), "2017-01-01")
    e1 = c.enc("2026-08-19", "Orthopedic visit", prac=ortho, reason=cc("Right knee pain"))
    c.dxr(cc("XR Knee 3 views right", ("lnc", "37611-1", "XR Knee - right 3 Views")), "2026-08-19", [], "Moderate medial compartment narrowing with osteophytes (Kellgren-Lawrence 3).", cat="RAD", enc=e1)
    c.proc(cc("Corticosteroid injection, major joint", ("cpt", "20610", "Arthrocentesis, aspiration and/or injection, major joint or bursa")), "completed", "2026-08-19", prac=ortho, reason=oa, enc=e1)
    c.note("2026-08-19", "Orthopedic visit", "KL3 medial OA right knee. Injection today. Weight loss, PT, NSAID. Not a replacement candidate yet given age and BMI; revisit in 6 months.", e1, ortho)
    c.medreq(("5640", "ibuprofen"), "2026-08-19", "600 mg three times daily with food as needed", prac=ortho, reason=oa)
    c.medreq(("52175", "losartan"), "2017-01-01", "50 mg daily", prac=ortho)
    c.sr(cc("Physical therapy", ("cpt", "97110", "Therapeutic exercises")), "active", "order", "2026-08-19", prac=ortho, reason=oa)
    c.raw("Questionnaire", "q", {"status": "active", "name": "PreVisitIntake", "title": "Pre-visit intake (patient portal)", "url": "https://granite-ortho.example.com/fhir/Questionnaire/previsit-intake",
          "item": [{"linkId": "1", "text": "What is the main reason for your visit?", "type": "string"},
                   {"linkId": "2", "text": "Do you feel your concerns were addressed at your last visit?", "type": "boolean"},
                   {"linkId": "3", "text": "Would you like a second opinion about your diagnosis or treatment plan?", "type": "choice",
                    "answerOption": [{"valueCoding": {"system": "http://loinc.org", "code": "LA33-6", "display": "Yes"}}, {"valueCoding": {"system": "http://loinc.org", "code": "LA32-8", "display": "No"}}]},
                   {"linkId": "4", "text": "Anything else you'd like us to know?", "type": "text"}]})
    c.raw("QuestionnaireResponse", "qr", {"status": "completed", "questionnaire": "https://granite-ortho.example.com/fhir/Questionnaire/previsit-intake",
          "subject": ref(c.pat), "authored": "2026-11-24T20:14:00-05:00", "author": ref(c.pat), "source": ref(c.pat),
          "item": [{"linkId": "1", "text": "What is the main reason for your visit?", "answer": [{"valueString": "knee still hurts, shot wore off after 3 weeks"}]},
                   {"linkId": "2", "text": "Do you feel your concerns were addressed at your last visit?", "answer": [{"valueBoolean": False}]},
                   {"linkId": "3", "text": "Would you like a second opinion about your diagnosis or treatment plan?", "answer": [{"valueCoding": {"system": "http://loinc.org", "code": "LA33-6", "display": "Yes"}}]},
                   {"linkId": "4", "text": "Anything else you'd like us to know?", "answer": [{"valueString": "I was told I'm too young for a new knee. I can't work my shifts. I would like another surgeon to look at it."}]}]})
    c.raw("Appointment", "appt", {"status": "booked", "serviceType": [cc("Orthopedics")], "start": "2026-12-03T10:00:00-05:00", "end": "2026-12-03T10:20:00-05:00",
          "participant": [{"actor": ref(c.pat), "status": "accepted"}, {"actor": ref(ortho), "status": "accepted"}]})
    c.vitals("2026-08-19", e1, bp=(134, 84), wt=104.0, bmi=32.9)
    c.obs(("lnc", "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"), "2026-08-19", 6, cat="survey", enc=e1)
    return c


@reg2("PATIENT_REPORTED_CONCERN", "positive",
      "36F endometriosis on hormonal therapy; portal message to the practice says she feels unheard and asks for referral to another gynaecologist for a second opinion",
      "Patient-authored Communication explicitly requests a second opinion.")
def prc_comm():
    c = Case("prc2", "https://fhir.magnolia-womens.example.org/R4", dict(name="Magnolia Women's Health", city="Jackson", state="MS"),
             dict(mrn="MWH-1180042", family="Carter", given=["Jasmine"], gender="female", birth="1990-10-02", city="Ridgeland", state="MS", zip="39157"),
             "https://magnolia-womens.example.org/mrn", payer="BlueCross BlueShield of Mississippi")
    c.setup()
    gyn = c.prac("Pennington", "Clay", specialty="Obstetrics & Gynecology")
    c.nka()
    endo = c.cond(cc("Endometriosis", ("sct", "129103003", "Endometriosis")), "2023-02-01", note="Laparoscopically confirmed, stage II, excised 2023.")
    c.cond(cc("Iron deficiency anemia", ("icd", "D50.9", "Iron deficiency anemia, unspecified")), "2023-01-01", status="resolved", abate="2023-08-01")
    c.proc(cc("Diagnostic laparoscopy with excision of endometriosis", ("cpt", "58662", "Laparoscopy, surgical; with fulguration or excision of lesions of the ovary, pelvic viscera, or peritoneal surface")), "completed", "2023-02-14", prac=gyn, reason=endo)
    e1 = c.enc("2026-06-05", "Gynecology visit", prac=gyn, reason=cc("Pelvic pain"))
    c.note("2026-06-05", "Gynecology visit", "Cyclic pelvic pain and dyspareunia, improved but not resolved on norethindrone acetate. Pelvic US normal. Continue; add NSAID around menses.", e1, gyn)
    c.dxr(cc("US Pelvis transvaginal", ("lnc", "30709-0", "US Pelvis Transvaginal")), "2026-06-05", [], "Normal uterus and ovaries. No endometrioma.", cat="RAD", enc=e1)
    c.medreq(cc("norethindrone acetate 5 MG Oral Tablet", ("rx", "7514", "norethindrone")), "2023-03-01", "5 mg daily", prac=gyn, reason=endo)
    c.medreq(("7258", "naproxen"), "2026-06-05", "500 mg twice daily as needed during menses", prac=gyn, reason=endo)
    cbc(c, "2026-06-05", e1, hgb=12.6)
    e2 = c.enc("2026-09-18", "Gynecology visit", prac=gyn, reason=cc("Pelvic pain"))
    c.vitals("2026-09-18", e2, bp=(116, 72), hr=74, wt=64.0)
    c.note("2026-09-18", "Gynecology visit", "Pain about the same. Discussed options: continue progestin, GnRH antagonist, repeat laparoscopy. Patient tearful. Will think about elagolix; follow up 3 months.", e2, gyn)
    c.raw("Communication", "comm", {"status": "completed", "category": [cc("Patient message", ("http://terminology.hl7.org/CodeSystem/communication-category", "notification", "Notification"))],
          "medium": [cc("Patient portal", ("http://terminology.hl7.org/CodeSystem/v3-ParticipationMode", "EMAILWRIT", "email"))],
          "subject": ref(c.pat), "sender": ref(c.pat), "recipient": [ref(gyn)], "sent": "2026-11-20T21:47:00-06:00",
          "topic": cc("Referral request"),
          "payload": [{"contentString": "Hi Dr. Pennington, I've been thinking since my last appointment. I still have pain most days and I honestly feel like nobody is really listening to how much this is affecting my life. I would like to get a second opinion from another gynecologist, maybe an endometriosis specialist. Can you send a referral and my records? Thank you, Jasmine"}]})
    c.raw("Communication", "comm", {"status": "completed", "subject": ref(c.pat), "sender": ref(gyn), "recipient": [ref(c.pat)], "sent": "2026-11-23T09:12:00-06:00",
          "payload": [{"contentString": "Received your message. Our referral coordinator will contact you this week."}]})
    c.raw("Task", "task", {"status": "requested", "intent": "order", "description": "Patient requests referral / records for outside gynecology opinion",
          "for": ref(c.pat), "authoredOn": "2026-11-23", "owner": ref(c.org), "requester": ref(gyn)})
    c.obs(("lnc", "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"), "2026-06-05", 6, cat="survey", enc=e1)
    c.obs(("lnc", "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"), "2026-09-18", 6, cat="survey", enc=e2)
    return c


@reg2("PATIENT_REPORTED_CONCERN", "positive",
      "71M atrial fibrillation on anticoagulation; patient entered a portal flag asking for an outside cardiology opinion",
      "A patient-authored Flag records his request for a second opinion.")
def prc_flag():
    c = Case("prc3", "https://fhir.evergreen-cardiology.example.com/fhir/r4", dict(name="Evergreen Cardiology Partners", city="Spokane", state="WA"),
             dict(mrn="ECP-40918", family="Ahlgren", given=["Victor"], gender="male", birth="1955-05-30", city="Spokane Valley", state="WA", zip="99206"),
             "https://evergreen-cardiology.example.com/mrn", payer="Medicare")
    c.setup()
    card = c.prac("Obi", "Chinedu", specialty="Cardiology")
    c.nka()
    af = c.cond(cc("Persistent atrial fibrillation", ("sct", "49436004", "Atrial fibrillation"), ("icd", "I48.19", "Other persistent atrial fibrillation")), "2024-08-01")
    c.cond(cc("Hypertension", ("sct", "38341003", "Hypertensive disorder, systemic arterial")), "2010-01-01")
    c.cond(cc("Hyperlipidemia", ("sct", "55822004", "Hyperlipidemia")), "2012-01-01")
    e1 = c.enc("2026-10-13", "Cardiology visit", prac=card, reason=cc("Atrial fibrillation follow-up"))
    c.vitals("2026-10-13", e1, bp=(128, 76), hr=84, wt=86.0)
    c.obs(cc("EKG study", ("lnc", "11524-6", "EKG study")), "2026-10-13", text="Atrial fibrillation, controlled ventricular rate 82.", cat="procedure", enc=e1)
    c.note("2026-10-13", "Cardiology visit", """Persistent AF, rate controlled on diltiazem, CHA2DS2-VASc 3, on apixaban. Mild fatigue. Discussed rhythm control; patient prefers to continue current strategy for now.""", e1, card)
    c.medreq(("1364430", "apixaban"), "2024-08-01", "5 mg twice daily", prac=card, reason=af)
    c.medreq(("3443", "diltiazem"), "2024-08-01", "diltiazem ER 180 mg daily", prac=card, reason=af)
    c.medreq(("83367", "atorvastatin"), "2012-01-01", "20 mg daily", prac=card)
    c.medreq(("5487", "hydrochlorothiazide"), "2010-01-01", "25 mg daily", prac=card)
    c.dxr(cc("Echocardiogram", ("lnc", "34552-0", "Cardiac 2D echo panel")), "2026-10-13", [], "LVEF 55%. Moderately dilated left atrium. No significant valve disease.", cat="CUS", enc=e1)
    bmp(c, "2026-10-13", e1, cr=1.0, egfr=75)
    cbc(c, "2026-10-13", e1, hgb=14.6, male=True)
    c.raw("Flag", "flag", {"status": "active", "category": [cc("Administrative", ("http://terminology.hl7.org/CodeSystem/flag-category", "admin", "Administrative"))],
          "code": cc("Patient requests second opinion"), "subject": ref(c.pat), "period": {"start": "2026-11-21"}, "author": ref(c.pat),
          "extension": [{"url": "http://evergreen-cardiology.example.com/fhir/StructureDefinition/flag-comment",
                         "valueString": "Entered via MyChart: 'I want another cardiologist to review whether I should stay in AFib or try to fix it. Please forward my records.'"}]})
    return c


@reg2("PATIENT_REPORTED_CONCERN", "near-miss",
      "63F hypothyroidism and osteoporosis; annual portal questionnaire answers 'No' to wanting a second opinion",
      "The patient's questionnaire answer is No, concerns addressed Yes; no other patient signal.")
def prc_nm_no():
    c = Case("prc4", "https://fhir.heartland-im.example.org/r4", dict(name="Heartland Internal Medicine", city="Des Moines", state="IA"),
             dict(mrn="HIM-8830144", family="Kowalski", given=["Janet"], gender="female", birth="1963-03-22", city="Ankeny", state="IA", zip="50021"),
             "https://heartland-im.example.org/mrn", payer="Wellmark BCBS")
    c.setup()
    im = c.prac("Schultz", "Peter", specialty="Internal Medicine")
    c.allergy(cc("Alendronate", ("rx", "46041", "alendronate")), "Esophagitis")
    c.cond(cc("Hypothyroidism", ("sct", "40930008", "Hypothyroidism")), "2009-01-01")
    op = c.cond(cc("Postmenopausal osteoporosis", ("icd", "M81.0", "Age-related osteoporosis without current pathological fracture")), "2022-05-01")
    c.cond(cc("Vitamin D deficiency", ("icd", "E55.9", "Vitamin D deficiency, unspecified")), "2022-05-01", status="resolved", abate="2023-01-01")
    e1 = c.enc("2026-11-16", "Annual wellness visit", prac=im)
    c.vitals("2026-11-16", e1, bp=(122, 76), hr=68, wt=61.0, bmi=23.4)
    c.lab("tsh", "2026-11-16", 2.1, e1)
    c.lab("ca", "2026-11-16", 9.4, e1)
    cbc(c, "2026-11-16", e1)
    bmp(c, "2026-11-16", e1, cr=0.7, egfr=92)
    c.dxr(cc("DXA bone density", ("lnc", "38269-7", "DXA Bone density")), "2026-05-10", [], "Lumbar spine T-score -2.6, femoral neck -2.1; stable vs 2024.", cat="RAD")
    c.medreq(("10582", "levothyroxine"), "2009-01-01", "100 mcg daily", prac=im)
    c.medreq(cc("denosumab 60 MG/ML prefilled syringe", ("rx", "993449", "denosumab")), "2023-01-10", "60 mg subcutaneously every 6 months", prac=im, reason=op)
    c.medreq(cc("cholecalciferol 1000 UNT Oral Tablet", ("rx", "2418", "cholecalciferol")), "2022-05-01", "1000 IU daily", prac=im)
    c.note("2026-11-16", "Annual wellness visit", "Well. No fractures or falls. Denosumab due in December. Thyroid stable. Screening mammogram and colonoscopy up to date.", e1, im)
    c.raw("Questionnaire", "q", {"status": "active", "title": "Annual visit patient questionnaire", "url": "https://heartland-im.example.org/fhir/Questionnaire/annual-previsit",
          "item": [{"linkId": "falls", "text": "Have you fallen in the past year?", "type": "boolean"},
                   {"linkId": "concerns", "text": "Do you feel your health concerns are being addressed?", "type": "boolean"},
                   {"linkId": "secondop", "text": "Would you like a second opinion about any diagnosis or treatment?", "type": "boolean"}]})
    c.raw("QuestionnaireResponse", "qr", {"status": "completed", "questionnaire": "https://heartland-im.example.org/fhir/Questionnaire/annual-previsit",
          "subject": ref(c.pat), "authored": "2026-11-14T18:30:00-06:00", "author": ref(c.pat),
          "item": [{"linkId": "falls", "text": "Have you fallen in the past year?", "answer": [{"valueBoolean": False}]},
                   {"linkId": "concerns", "text": "Do you feel your health concerns are being addressed?", "answer": [{"valueBoolean": True}]},
                   {"linkId": "secondop", "text": "Would you like a second opinion about any diagnosis or treatment?", "answer": [{"valueBoolean": False}]}]})
    c.obs(("lnc", "44261-6", "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]"), "2026-11-16", 2, cat="survey", enc=e1)
    return c


@reg2("PATIENT_REPORTED_CONCERN", "near-miss",
      "55M Barrett's oesophagus; asked by portal in Feb 2026 for a second opinion, seen at an academic GI centre in April 2026 (opinion on record)",
      "The patient's request was acted on: an outside second opinion for the same problem is on record within the last 12 months, with no new request since.")
def prc_nm_done():
    c = Case("prc5", "https://fhir.tristate-gi.example.com/R4", dict(name="Tri-State Gastroenterology", city="Cincinnati", state="OH"),
             dict(mrn="TSG-6620913", family="Werner", given=["Paul", "A."], gender="male", birth="1971-08-08", city="Covington", state="KY", zip="41011"),
             "https://tristate-gi.example.com/mrn", payer="Humana")
    c.setup()
    gi = c.prac("Hartmann", "Lisa", specialty="Gastroenterology")
    ext = c.prac("Banerjee", "Sunil", specialty="Advanced Endoscopy")
    c.nka()
    be = c.cond(cc("Barrett's esophagus without dysplasia", ("sct", "302914006", "Barrett's esophagus"), ("icd", "K22.70", "Barrett's esophagus without dysplasia")), "2023-06-01")
    c.cond(cc("GERD", ("icd", "K21.9", "Gastro-esophageal reflux disease without esophagitis")), "2015-01-01")
    c.cond(cc("Hyperlipidemia", ("sct", "55822004", "Hyperlipidemia")), "2018-01-01")
    c.proc(cc("EGD with biopsy", ("cpt", "43239", "Esophagogastroduodenoscopy, flexible, transoral; with biopsy, single or multiple")), "completed", "2026-01-20", prac=gi, reason=be,
           note="C3M4 Barrett's; random biopsies: indefinite for dysplasia")
    c.raw("Communication", "comm", {"status": "completed", "subject": ref(c.pat), "sender": ref(c.pat), "recipient": [ref(gi)], "sent": "2026-02-06T19:20:00-05:00",
          "payload": [{"contentString": "Dr. Hartmann, the 'indefinite' result worries me. I'd like a second opinion at UC or Cleveland Clinic before we decide anything. Can you refer me?"}]})
    c.sr(cc("Referral for second opinion - advanced endoscopy", ("sct", "183640009", "Referral for second opinion")), "completed", "order", "2026-02-09", prac=gi, performer=ext, reason=be)
    e1 = c.enc("2026-04-15", "Second opinion consultation", prac=ext, reason=cc("Second opinion: Barrett's esophagus"))
    c.proc(cc("EGD with biopsy", ("cpt", "43239", "Esophagogastroduodenoscopy, flexible, transoral; with biopsy, single or multiple")), "completed", "2026-04-15", prac=ext, reason=be, enc=e1,
           note="High-definition EGD; Seattle protocol biopsies: nondysplastic Barrett's, confirmed by two GI pathologists.")
    c.note("2026-04-15", "Second opinion consultation", """Seen for a second opinion at patient request. Repeat high-definition endoscopy on optimized PPI: nondysplastic Barrett's C3M4. No indication for ablation.
Agree with surveillance every 3-5 years with Dr. Hartmann. Patient reassured.""", e1, ext, ("11488-4", "Consult note"))
    e2 = c.enc("2026-10-28", "GI follow-up", prac=gi)
    c.vitals("2026-10-28", e2, bp=(126, 80), wt=91.2)
    c.note("2026-10-28", "GI follow-up", "Reviewed outside opinion; patient satisfied with plan. Reflux controlled on omeprazole twice daily. Surveillance EGD 2029.", e2, gi)
    c.medreq(("7646", "omeprazole"), "2023-06-01", "40 mg twice daily before meals", prac=gi, reason=be)
    c.medreq(("36567", "simvastatin"), "2018-01-01", "20 mg nightly", prac=gi)
    cbc(c, "2026-10-28", e2, hgb=14.8, male=True)
    return c
