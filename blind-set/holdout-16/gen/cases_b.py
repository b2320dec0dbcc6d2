from fhirlib import *
from orgs import make

M = "MAJOR_PROCEDURE_PLANNED"
U = "UNTREATABLE_PROGNOSIS"


def mpp_pos_pituitary(cid):
    c = make(cid, "piedmont")
    c.patient(["Harold", "B"], "Ashworth", "male", "1965-05-19", "E4410937", "5 Magnolia Bluff", "Greenville", "SC", "29601", "864-555-0155")
    c.payer("Medicare Part B", "Original Medicare", "7XK4-TE2-MQ91", kind="PUBLICPOL")
    oph = c.practitioner("Yolanda", "Pruitt", "1245378061", "MD, Neuro-ophthalmology")
    sb = c.practitioner("Ethan", "Marchbanks", "1780662394", "MD, Otolaryngology - Rhinology and Skull Base Surgery")
    nsg = c.practitioner("Farah", "Qureshi", "1952447103", "MD, Neurosurgery")
    c.cond([icd("E11.9", "Type 2 diabetes mellitus without complications")], "2016-09-01", text="Type 2 diabetes")
    c.cond([icd("I10", "Essential (primary) hypertension")], "2012-01-01")
    c.med(rx("6809", "metformin"), "2016-09-01", rt="MedicationStatement", dose="500 mg twice daily")
    c.med(rx("29046", "lisinopril"), "2012-01-01", rt="MedicationStatement", dose="20 mg daily")
    e1 = c.enc("2026-09-08", "Neuro-ophthalmology consult", prac=oph, reason="Bumping into things on both sides")
    c.obs(c.lc("VA-OD", "Best corrected visual acuity, right eye"), "2026-09-08", text_value="20/25", cat="exam", enc=e1)
    c.obs(c.lc("VA-OS", "Best corrected visual acuity, left eye"), "2026-09-08", text_value="20/30", cat="exam", enc=e1)
    vf1 = c.obs(c.lc("HVF242-MD-OD", "Humphrey 24-2 SITA-Standard mean deviation, right eye"), "2026-09-08", -7.2, "dB", -2.0, None, "L", cat="exam", enc=e1)
    vf2 = c.obs(c.lc("HVF242-MD-OS", "Humphrey 24-2 SITA-Standard mean deviation, left eye"), "2026-09-08", -8.1, "dB", -2.0, None, "L", cat="exam", enc=e1)
    c.dr([cpt("92083", "Visual field examination, unilateral or bilateral, with interpretation and report; extended examination")], "2026-09-08", "Dense bitemporal hemianopia respecting the vertical meridian, both eyes. Pattern indicates chiasmal compression.", results=[vf1, vf2], cat=("PHY", "Physician"), prac=oph)
    c.dr([cpt("92133", "Scanning computerized ophthalmic diagnostic imaging, posterior segment; optic nerve")], "2026-09-08", "RNFL: nasal and temporal (band) thinning OU, average RNFL 78 um OD, 76 um OS.", cat=("PHY", "Physician"), prac=oph)
    c.dr([cpt("70553", "MRI brain without contrast material, followed by contrast material")], "2026-09-15", "Pituitary protocol MRI: 2.9 x 2.4 x 2.6 cm sellar and suprasellar mass elevating and compressing the optic chiasm, Knosp grade 1, no cavernous sinus invasion. Consistent with pituitary macroadenoma.", cat=("RAD", "Radiology"))
    ad = c.cond([icd("D35.2", "Benign neoplasm of pituitary gland")], "2026-09-15", text="Nonfunctioning pituitary macroadenoma with chiasmal compression")
    c.cond([icd("H53.47", "Heteronymous bilateral field defects")], "2026-09-08", enc=e1, text="Bitemporal hemianopia")
    for code, disp, v, u, lo, hi, it in [("2842-3", "Prolactin [Mass/volume] in Serum or Plasma", 34, "ng/mL", 4, 15, "H"),
                                        ("2484-4", "Insulin-like growth factor-I [Mass/volume] in Serum or Plasma", 142, "ng/mL", 60, 220, "N"),
                                        ("2143-6", "Cortisol [Mass/volume] in Serum or Plasma", 11.2, "ug/dL", 6.2, 19.4, "N"),
                                        ("3024-7", "Thyroxine (T4) free [Mass/volume] in Serum or Plasma", 0.9, "ng/dL", 0.8, 1.8, "N")]:
        c.obs(loinc(code, disp), "2026-09-16", v, u, lo, hi, it)
    e2 = c.enc("2026-10-22", "Skull base multidisciplinary clinic", prac=sb, reason="Pituitary macroadenoma")
    c.vitals("2026-10-22", e2, 138, 82, 74, wt=91.0)
    c.note("2026-10-22", "Skull base clinic - joint ENT/neurosurgery", "61M with nonfunctioning pituitary macroadenoma (2.9 cm) causing bitemporal hemianopia; prolactin 34 consistent with stalk effect. Recommended endoscopic endonasal transsphenoidal resection with possible nasoseptal flap, joint ENT (Dr. Marchbanks) and neurosurgery (Dr. Qureshi). Risks discussed: CSF leak, DI, hypopituitarism, visual worsening, carotid injury, anosmia. Patient agrees; surgery booked 1/12/2027.", author=sb, enc=e2)
    sr = c.sr([cpt("62165", "Neuroendoscopy, intracranial; with excision of pituitary tumor, transnasal or trans-sphenoidal approach")], "2026-10-22", status="active", intent="order", occ="2027-01-12T07:30:00-05:00", prac=nsg, reason=[ad], text="Endoscopic endonasal transsphenoidal resection of pituitary macroadenoma", performer=sb)
    c.sr([cpt("31290", "Nasal/sinus endoscopy, surgical, with repair of cerebrospinal fluid leak; ethmoid region")], "2026-10-22", status="active", intent="order", occ="2027-01-12T07:30:00-05:00", prac=sb, reason=[ad], text="Nasoseptal flap reconstruction / skull base repair (as needed)")
    c.sr([c.lc("PREANES", "Pre-anesthesia evaluation clinic")], "2026-10-22", status="active", occ="2026-12-29", prac=nsg, text="Pre-anesthesia evaluation")
    c.enc("2027-01-12T07:30:00-05:00", "Surgical admission", cls="IMP", prac=nsg, status="planned", reason="Transsphenoidal resection pituitary adenoma")
    return c, dict(target=M, kind="positive", expected=[M],
                   why="Active order for endoscopic transsphenoidal resection of a pituitary macroadenoma (CPT 62165) scheduled 2027-01-12, not yet performed - major skull base surgery.",
                   summary="EENT: 61M nonfunctioning pituitary macroadenoma with bitemporal hemianopia; endoscopic transsphenoidal resection booked Jan 2027.")


def mpp_pos_tavr(cid):
    c = make(cid, "prairie")
    c.patient(["Edith", "M"], "Sorensen", "female", "1943-02-08", "PM1120554", "301 Elm St Apt 4", "Lincoln", "NE", "68508", "402-555-0129", marital="W")
    c.payer("Prairie Mutual Health Plan", "PM Medicare Advantage PPO", "PMA10022841", kind="MCPOL", start="2019-01-01")
    pcp = c.practitioner("Martin", "Ngata", "1306611284", "MD, Geriatrics")
    card = c.practitioner("Beatriz", "Alcantara", "1528305517", "MD, Interventional Cardiology")
    cts = c.practitioner("Howard", "Lindgren", "1659482003", "MD, Cardiothoracic Surgery")
    c.cond([icd("I10", "Essential (primary) hypertension")], "2005-01-01", cat="encounter-diagnosis", text="Hypertension (claims)")
    c.cond([icd("N18.31", "Chronic kidney disease, stage 3a")], "2021-04-01", text="CKD stage 3a")
    c.cond([icd("M17.11", "Unilateral primary osteoarthritis, right knee")], "2016-01-01", text="Osteoarthritis right knee")
    c.cond([icd("S72.001A", "Fracture of unspecified part of neck of right femur")], "2017-03-02", status="resolved", abated="2017-08-01", cat="encounter-diagnosis", text="Right hip fracture, s/p hemiarthroplasty")
    c.med(rx("17767", "amlodipine"), "2010-01-01", rt="MedicationStatement", dose="5 mg daily")
    c.med(rx("4603", "furosemide"), "2026-08-20", prac=card, dose="20 mg daily", supply_days=30)
    c.med(rx("310429", "furosemide 20 MG Oral Tablet"), "2026-10-18", rt="MedicationDispense", supply_days=30)
    e1 = c.enc("2026-07-30", "Office visit", prac=pcp, reason="Short of breath walking to mailbox")
    c.vitals("2026-07-30", e1, 148, 70, 76, wt=64.2, spo2=96)
    c.note("2026-07-30", "Geriatrics visit", "83F, 3 months exertional dyspnea and one episode of lightheadedness climbing stairs. Harsh late-peaking 4/6 systolic murmur at RUSB radiating to carotids, soft S2. Echo ordered, cardiology referral.", author=pcp, enc=e1)
    av = c.obs(c.lc("ECHO-AVA", "Aortic valve area by continuity equation"), "2026-08-11", 0.7, "cm2", 1.5, None, "L", cat="imaging")
    mg = c.obs(c.lc("ECHO-AV-MG", "Aortic valve mean gradient"), "2026-08-11", 48, "mm[Hg]", None, 20, "H", cat="imaging")
    vmax = c.obs(c.lc("ECHO-AV-VMAX", "Aortic valve peak velocity"), "2026-08-11", 4.6, "m/s", None, 2.5, "H", cat="imaging")
    ef = c.obs(loinc("10230-1", "Left ventricular Ejection fraction"), "2026-08-11", 58, "%", 52, 72, "N", cat="imaging")
    c.dr([cpt("93306", "Echocardiography, transthoracic, complete, with Doppler")], "2026-08-11", "Severe calcific aortic stenosis (AVA 0.7 cm2, MG 48 mmHg, Vmax 4.6 m/s). Preserved LVEF 58%. Mild LVH.", results=[av, mg, vmax, ef], cat=("CUS", "Cardiac Ultrasound"))
    aos = c.cond([icd("I35.0", "Nonrheumatic aortic (valve) stenosis"), sct("60573004", "Aortic valve stenosis")], "2026-08-11", text="Severe symptomatic aortic stenosis", severity=(sct("24484000", "Severe"),))
    e2 = c.enc("2026-08-20", "Structural heart clinic", prac=card, reason="Severe aortic stenosis")
    c.obs(loinc("2160-0", "Creatinine [Mass/volume] in Serum or Plasma"), "2026-08-20", 1.3, "mg/dL", 0.5, 1.1, "H", enc=e2)
    c.obs(loinc("98979-8", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI 2021)"), "2026-08-20", 41, "mL/min/{1.73_m2}", 60, None, "L", enc=e2)
    c.obs(c.lc("STS-PROM", "STS predicted risk of mortality (SAVR)"), "2026-08-20", 5.1, "%", cat="exam", enc=e2)
    c.dr([cpt("75574", "Computed tomographic angiography, heart, coronary arteries and bypass grafts")], "2026-09-24", "TAVR planning CTA: annulus perimeter 72 mm, area 4.1 cm2; iliofemoral vessels adequate for transfemoral access (min diameter 6.4 mm right CFA).", cat=("RAD", "Radiology"))
    c.note("2026-10-15", "Heart team conference", "Severe symptomatic AS, NYHA III, STS 5.1%, frailty (gait speed 0.7 m/s). Two surgeons/interventional cardiology agree: transfemoral TAVR preferred over SAVR. Patient and daughter agree. Prior authorization submitted to PM Medicare Advantage.", author=card, loinc_type=("11488-4", "Consult note"))
    c.sr([cpt("33361", "Transcatheter aortic valve replacement (TAVR/TAVI) with prosthetic valve; percutaneous femoral artery approach")], "2026-10-15", status="active", intent="plan", occ="2027-01-20", prac=card, reason=[aos], text="Transfemoral TAVR, 26 mm balloon-expandable valve", performer=cts)
    c.comm("2026-10-29T11:20:00-05:00", "Prior authorization approved for CPT 33361, dates of service 01/01/2027-03/31/2027.", c.org, c.pt, cat_text="Utilization management notice", medium=("WRITTEN", "written"))
    c.immunization("141", "Influenza, seasonal, injectable", "2026-10-02")
    return c, dict(target=M, kind="positive", expected=[M],
                   why="Heart-team planned transfemoral TAVR (CPT 33361, ServiceRequest active/plan) for January 2027, not yet performed - a major invasive cardiac procedure.",
                   summary="Managed-care: 83F severe symptomatic aortic stenosis; TAVR planned and prior-authorized for Jan 2027.")


def mpp_pos_parotidectomy(cid):
    c = make(cid, "rockymtn")
    c.patient(["Natalia", "I"], "Vasquez-Moreau", "female", "1979-11-30", "RM-5120396", "7740 W 38th Ave", "Wheat Ridge", "CO", "80033", "720-555-0147")
    c.payer("Cigna", "Open Access Plus", "U77130249-01")
    ent = c.practitioner("Grace", "Holloway", "1487629930", "MD, Otolaryngology - Head and Neck Surgery")
    path = c.practitioner("Omar", "Farouk", "1093276645", "MD, Cytopathology")
    c.cond([icd("E03.9", "Hypothyroidism, unspecified")], "2014-01-01", text="Hashimoto hypothyroidism")
    c.cond([icd("G43.009", "Migraine without aura, not intractable, without status migrainosus")], "2001-01-01", text="Migraine without aura")
    c.med(rx("10582", "levothyroxine"), "2014-01-01", rt="MedicationStatement", dose="100 mcg daily")
    c.med(rx("37418", "sumatriptan"), "2008-01-01", rt="MedicationStatement", dose="50 mg at onset, may repeat once")
    e1 = c.enc("2026-09-29", "Head and neck clinic", prac=ent, reason="Lump in front of left ear")
    c.vitals("2026-09-29", e1, 118, 74, 68, wt=66.0)
    c.obs(c.lc("HB-GRADE-L", "House-Brackmann facial nerve grade, left"), "2026-09-29", text_value="Grade I (normal)", interp="N", cat="exam", enc=e1)
    c.note("2026-09-29", "Head and neck consult", "46F, slowly enlarging painless left preauricular mass for 2 years. 2.5 cm firm mobile mass in left parotid tail, facial nerve intact (HB I), no cervical adenopathy. Ultrasound-guided FNA performed today.", author=ent, enc=e1)
    c.proc([cpt("10005", "Fine needle aspiration biopsy, including ultrasound guidance; first lesion")], "2026-09-29", prac=ent, enc=e1)
    fna = c.obs(c.lc("FNA-DX", "Cytology diagnosis, fine needle aspirate"), "2026-10-02", text_value="Milan System category IVa: benign neoplasm - pleomorphic adenoma (chondromyxoid stroma with bland myoepithelial cells).", performer=path)
    c.dr([loinc("33717-0", "Cytology report of Cytology specimen Cyto stain")], "2026-10-02", "Left parotid FNA: pleomorphic adenoma (Milan IVa).", results=[fna], cat=("CP", "Cytopathology"), prac=path)
    c.dr([cpt("70543", "Magnetic resonance imaging, orbit, face, and/or neck; without contrast material(s), followed by contrast material(s)")], "2026-10-09", "2.6 cm lobulated T2-hyperintense mass in superficial lobe of left parotid, lateral to retromandibular vein; no deep lobe extension, no perineural spread, no adenopathy.", cat=("RAD", "Radiology"))
    pa = c.cond([icd("D11.0", "Benign neoplasm of parotid gland")], "2026-10-02", text="Pleomorphic adenoma, left parotid")
    e2 = c.enc("2026-10-20", "Head and neck clinic - surgical planning", prac=ent, reason="Pleomorphic adenoma left parotid")
    c.note("2026-10-20", "Surgical planning", "Discussed left superficial parotidectomy with facial nerve dissection and monitoring. Risks: temporary/permanent facial weakness, Frey syndrome, first bite syndrome, greater auricular nerve numbness, recurrence. Consent signed. Surgery 12/22/2026, 23-hour observation.", author=ent, enc=e2)
    c.proc([cpt("42415", "Excision of parotid tumor or parotid gland; lateral lobe, with dissection and preservation of facial nerve")], "2026-12-22", status="preparation", prac=ent, reason=[pa], note="Booked 12/22/2026 OR 4; NIM facial nerve monitoring requested.", text="Left superficial parotidectomy with facial nerve dissection")
    c.enc("2026-12-22T07:00:00-07:00", "Outpatient surgery with 23-hour observation", cls="OBSENC", prac=ent, status="planned", reason="Left parotidectomy")
    c.obs(loinc("718-7", "Hemoglobin [Mass/volume] in Blood"), "2026-11-20", 13.2, "g/dL", 12.0, 15.5, "N")
    c.obs(loinc("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma"), "2026-11-20", 2.2, "m[IU]/L", 0.4, 4.5, "N")
    return c, dict(target=M, kind="positive", expected=[M],
                   why="Left superficial parotidectomy with facial nerve dissection (CPT 42415) recorded as Procedure status 'preparation', booked 2026-12-22 - major head and neck surgery not yet performed.",
                   summary="EENT: 46F pleomorphic adenoma of left parotid; superficial parotidectomy in preparation for 22 Dec 2026.")


def mpp_nm_marrow_biopsy(cid):
    c = make(cid, "glbmt")
    c.patient(["Leon", "F"], "Abernathy", "male", "1958-07-12", "GL-00918830", "2231 N Prospect Ave", "Milwaukee", "WI", "53202", "414-555-0148")
    c.payer("Medicare Part B", "Original Medicare", "3PQ7-XW1-RT44", kind="PUBLICPOL")
    heme = c.practitioner("Sunita", "Raghavan", "1962458831", "MD, Hematology/Oncology - Plasma Cell Disorders")
    c.cond([icd("I10", "Essential (primary) hypertension")], "2010-01-01")
    c.cond([icd("E78.5", "Hyperlipidemia, unspecified")], "2010-01-01", text="Hyperlipidemia")
    c.cond([icd("M10.071", "Idiopathic gout, right ankle and foot")], "2019-05-01", status="inactive", text="Gout, quiescent")
    c.med(rx("29046", "lisinopril"), "2010-01-01", rt="MedicationStatement", dose="10 mg daily")
    c.med(rx("83367", "atorvastatin"), "2010-01-01", rt="MedicationStatement", dose="20 mg daily")
    mg = c.cond([icd("D47.2", "Monoclonal gammopathy")], "2023-04-18", text="MGUS, IgG kappa")
    vals = [("2023-04-18", 1.1), ("2025-05-06", 1.3), ("2026-11-10", 1.6)]
    for d, v in vals:
        c.obs(loinc("33358-3", "Protein.monoclonal [Mass/volume] in Serum or Plasma by Electrophoresis"), d, v, "g/dL", None, 0.0, "A")
    e = c.enc("2026-11-10", "Hematology follow-up", prac=heme, reason="MGUS surveillance")
    c.vitals("2026-11-10", e, 134, 80, 70, wt=86.0)
    r = [c.obs(loinc("718-7", "Hemoglobin [Mass/volume] in Blood"), "2026-11-10", 13.9, "g/dL", 13.5, 17.5, "N", enc=e),
         c.obs(loinc("17861-6", "Calcium [Mass/volume] in Serum or Plasma"), "2026-11-10", 9.4, "mg/dL", 8.6, 10.3, "N", enc=e),
         c.obs(loinc("2160-0", "Creatinine [Mass/volume] in Serum or Plasma"), "2026-11-10", 1.0, "mg/dL", 0.7, 1.3, "N", enc=e),
         c.obs(loinc("36916-5", "Kappa light chains.free [Mass/volume] in Serum"), "2026-11-10", 46.2, "mg/L", 3.3, 19.4, "H", enc=e),
         c.obs(loinc("33944-0", "Lambda light chains.free [Mass/volume] in Serum"), "2026-11-10", 15.8, "mg/L", 5.7, 26.3, "N", enc=e),
         c.obs(loinc("48378-4", "Kappa/Lambda light chains.free [Mass ratio] in Serum"), "2026-11-10", 2.92, "{ratio}", 0.26, 1.65, "H", enc=e)]
    c.dr([c.lc("PCD-PANEL", "Plasma cell disorder surveillance panel")], "2026-11-10", "IgG kappa M-protein 1.6 g/dL (up from 1.3), FLC ratio 2.92. No CRAB features.", results=r, text="Plasma cell disorder surveillance panel", prac=heme)
    c.note("2026-11-10", "Hematology follow-up", "68M with IgG kappa MGUS since 2023. M-spike 1.6 g/dL, abnormal FLC ratio: intermediate-high risk (Mayo). No anemia, hypercalcemia, renal impairment; no bone pain. Plan: bone marrow aspirate and biopsy (outpatient, moderate sedation) and low-dose whole-body CT to exclude smoldering myeloma. Continue surveillance.", author=heme, enc=e)
    c.sr([cpt("38222", "Diagnostic bone marrow; biopsy(ies) and aspiration(s)")], "2026-11-10", status="active", occ="2026-12-09", prac=heme, reason=[mg], text="Bone marrow aspiration and biopsy, posterior iliac crest, with flow cytometry, FISH myeloma panel")
    c.sr([c.lc("WBLDCT", "Whole-body low-dose CT skeletal survey")], "2026-11-10", status="active", occ="2026-12-09", prac=heme, reason=[mg], text="Whole-body low-dose CT")
    c.immunization("141", "Influenza, seasonal, injectable", "2026-10-01")
    return c, dict(target=M, kind="near-miss", expected=[],
                   why="Only a bone marrow aspiration/biopsy (minor outpatient diagnostic procedure) and imaging are planned for MGUS surveillance; no major or invasive surgery.",
                   summary="Haematology: 68M rising IgG-kappa MGUS; outpatient bone marrow biopsy scheduled.")


def mpp_nm_fess_done(cid):
    c = make(cid, "bayview")
    c.patient(["Tyrone", "D"], "Mitchell", "male", "1987-03-03", "BV-4019928", "1560 Fremont Blvd", "Seaside", "CA", "93955", "831-555-0171", race="Black or African American", marital="M")
    c.payer("Kaiser Permanente", "KP Deductible HMO", "KP0083319201")
    ent = c.practitioner("Rebecca", "Lindholm", "1821067743", "MD, Otolaryngology - Rhinology")
    c.cond([icd("J30.1", "Allergic rhinitis due to pollen")], "2010-01-01", text="Seasonal allergic rhinitis")
    crs = c.cond([icd("J32.0", "Chronic maxillary sinusitis"), sct("40055000", "Chronic sinusitis")], "2025-06-10", status="resolved", abated="2026-11-17", text="Chronic maxillary and ethmoid rhinosinusitis without polyps")
    c.cond([icd("J32.2", "Chronic ethmoidal sinusitis")], "2025-06-10", status="resolved", abated="2026-11-17")
    c.cond([icd("J34.2", "Deviated nasal septum")], "2025-06-10", status="resolved", abated="2026-10-20", text="Deviated septum (corrected)")
    c.dr([cpt("70486", "Computed tomography, maxillofacial area; without contrast material")], "2026-06-02", "Bilateral maxillary and anterior ethmoid mucosal thickening with obstructed ostiomeatal complexes; Lund-Mackay 10. Septal deviation to right.", cat=("RAD", "Radiology"))
    c.obs(c.lc("SNOT22", "SNOT-22 total score"), "2026-06-02", 52, "{score}", cat="survey")
    c.sr([cpt("31267", "Nasal/sinus endoscopy, surgical, with maxillary antrostomy; with removal of tissue from maxillary sinus"), cpt("31255", "Nasal/sinus endoscopy, surgical with ethmoidectomy; total (anterior and posterior)"), cpt("30520", "Septoplasty or submucous resection")], "2026-08-18", status="completed", prac=ent, reason=[crs], text="Bilateral FESS (maxillary antrostomy, total ethmoidectomy) with septoplasty")
    e1 = c.enc("2026-10-20T07:00:00-07:00", "Ambulatory surgery", cls="AMB", prac=ent, reason="Chronic rhinosinusitis", end="2026-10-20T13:30:00-07:00")
    for code, disp in [("31267", "Nasal/sinus endoscopy, surgical, with maxillary antrostomy; with removal of tissue from maxillary sinus"), ("31255", "Nasal/sinus endoscopy, surgical with ethmoidectomy; total (anterior and posterior)"), ("30520", "Septoplasty or submucous resection, with or without cartilage scoring")]:
        c.proc([cpt(code, disp)], "2026-10-20T08:10:00-07:00", prac=ent, enc=e1, reason=[crs], outcome="Successful, no complications")
    c.note("2026-10-20", "Operative note", "Procedure: bilateral endoscopic maxillary antrostomy with tissue removal, bilateral total ethmoidectomy, septoplasty. EBL 75 mL. No CSF leak, no orbital violation. Discharged same day.", author=ent, enc=e1, loinc_type=("11504-8", "Surgical operation note"))
    e2 = c.enc("2026-11-03", "Postoperative visit", prac=ent, reason="Post-op FESS")
    c.proc([cpt("31237", "Nasal/sinus endoscopy, surgical; with biopsy, polypectomy or debridement")], "2026-11-03", prac=ent, enc=e2)
    e3 = c.enc("2026-11-17", "Postoperative visit", prac=ent, reason="Post-op FESS")
    c.obs(c.lc("SNOT22", "SNOT-22 total score"), "2026-11-17", 14, "{score}", cat="survey", enc=e3)
    c.note("2026-11-17", "Post-op visit", "4 weeks after FESS/septoplasty: cavities healing well, widely patent antrostomies, no synechiae. Breathing and facial pressure much improved (SNOT-22 52 -> 14). Continue saline irrigations; return in 3 months. No further surgery planned.", author=ent, enc=e3)
    c.med(rx("108118", "mometasone"), "2026-11-17", prac=ent, dose="Mometasone nasal spray 2 sprays each nostril daily", text="mometasone nasal spray")
    return c, dict(target=M, kind="near-miss", expected=[],
                   why="The sinus surgery (FESS with septoplasty) was already performed on 2026-10-20 and the ServiceRequest is completed; only postoperative care remains, nothing is planned.",
                   summary="EENT: 39M chronic rhinosinusitis; FESS and septoplasty already done Oct 2026, healing well.")


def up_pos_oral_scc(cid):
    c = make(cid, "rockymtn")
    c.patient(["Raymond", "J"], "Kessler", "male", "1955-04-26", "RM-1187734", "940 Kipling St", "Lakewood", "CO", "80215", "303-555-0183", marital="D")
    c.payer("Medicare Part B", "Original Medicare", "9RT2-HK5-WW83", kind="PUBLICPOL")
    hn = c.practitioner("Alisha", "Brennan", "1598203374", "MD, Head and Neck Surgical Oncology")
    mo = c.practitioner("Jonah", "Feig", "1245019388", "MD, Medical Oncology")
    pal = c.practitioner("Teresa", "Ruiz", "1336402871", "MD, Hospice and Palliative Medicine")
    scc = c.cond([icd("C04.0", "Malignant neoplasm of anterior floor of mouth")], "2024-05-14", status="recurrence", text="Squamous cell carcinoma, floor of mouth, locoregional recurrence (unresectable)", stage="rpT3N1 (2024); recurrent rT4b 2026")
    c.cond([icd("F17.210", "Nicotine dependence, cigarettes, uncomplicated")], "1975-01-01", status="inactive", text="Former smoker 45 pack-years")
    c.cond([icd("R13.12", "Dysphagia, oropharyngeal phase")], "2024-08-01", text="Dysphagia, gastrostomy dependent")
    c.proc([cpt("41155", "Glossectomy; composite procedure with resection floor of mouth, mandibular resection, and radical neck dissection (Commando type)")], "2024-06-03", prac=hn, reason=[scc], text="Composite resection with segmental mandibulectomy, neck dissection, fibula free flap")
    c.proc([sct("108290001", "Radiation oncology AND/OR radiotherapy")], "2024-07-15", end="2024-08-26", reason=[scc], text="Adjuvant chemoradiation 60 Gy/30 fx with weekly cisplatin (completed)")
    c.proc([cpt("43246", "Esophagogastroduodenoscopy with directed placement of percutaneous gastrostomy tube")], "2024-07-10", reason=[scc])
    c.med(rx("1547545", "pembrolizumab"), "2026-04-02", rt="MedicationStatement", status="stopped", end="2026-09-10", reason=[scc], dose="200 mg IV every 3 weeks", note="Stopped for progression")
    c.dr([cpt("78815", "PET imaging with concurrently acquired CT; skull base to mid-thigh")], "2026-09-22", "Progressive recurrent disease: 5.8 cm left submandibular/floor of mouth mass encasing left common/internal carotid >270 degrees, skull base extension, new bilateral pulmonary nodules. Progression versus June.", cat=("RAD", "Radiology"))
    e1 = c.enc("2026-10-08", "Head and neck tumor board", prac=hn, reason="Recurrent oral cavity SCC")
    c.note("2026-10-08", "Multidisciplinary tumor board", "71M with recurrent floor of mouth SCC after composite resection and adjuvant CRT (2024), progressed on first-line pembrolizumab. Now rT4b with carotid encasement and lung metastases. ECOG 3, weight 52 kg, albumin 2.6. Consensus: not resectable; re-irradiation not feasible (carotid blowout risk); no further systemic options appropriate given performance status. No treatment options remain - recommend hospice and comfort-focused care.", author=hn, enc=e1, loinc_type=("11488-4", "Consult note"))
    c.impression("2026-10-08", "Incurable recurrent oral cavity SCC; no further disease-directed treatment options.", hn, problems=[scc])
    e2 = c.enc("2026-10-16", "Palliative care consult", prac=pal, reason="Pain, goals of care")
    c.vitals("2026-10-16", e2, 108, 66, 96, wt=52.0)
    c.obs(loinc("72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"), "2026-10-16", 7, "{score}", cat="survey", enc=e2)
    c.obs(c.lc("ECOG", "ECOG performance status"), "2026-10-16", 3, "{score}", cat="exam", enc=e2)
    c.careplan("Hospice plan of care", "2026-10-20", cats=[(sct("385763009", "Hospice care"),)], addresses=[scc], author=pal,
               desc="Enrolled in home hospice 10/20/2026. DNR/DNI, POLST on file. Goals: comfort, remain at home.",
               activities=[(None, "in-progress", "Methadone and hydromorphone via G-tube; breakthrough dosing"),
                           (None, "in-progress", "Wound care left submandibular fungating lesion; bleeding precautions (carotid)")])
    c.med(rx("6813", "methadone"), "2026-10-16", prac=pal, dose="5 mg via G-tube every 8 hours")
    c.med(rx("3423", "hydromorphone"), "2026-10-16", prac=pal, dose="2 mg via G-tube every 3 hours as needed")
    c.sr([hcpcs("Q5001", "Hospice or home health care provided in patient's home/residence")], "2026-10-16", status="active", prac=pal, reason=[scc], text="Referral to home hospice")
    c.flag("DNR / comfort care - hospice", "2026-10-20", pal, cat=("clinical", "Clinical"))
    return c, dict(target=U, kind="positive", expected=[U],
                   why="Recurrent unresectable floor-of-mouth SCC: tumour board states no treatment options remain; hospice referral and hospice CarePlan active; no second opinion on record.",
                   summary="EENT: 71M recurrent oral cavity SCC after surgery/CRT and failed pembrolizumab; tumour board 'no options', home hospice.")


def up_pos_endstage_hf(cid):
    c = make(cid, "cascade")
    c.patient(["Walter", "E"], "Grabowski", "male", "1947-10-21", "CV00219984", "62 Oak Grove Ln", "Vancouver", "WA", "98661", "360-555-0114", marital="M")
    c.payer("Cascade Valley Health Plan", "CVHP Medicare Advantage HMO", "CVM1188240", kind="MCPOL", start="2013-01-01")
    pcp = c.practitioner("Laura", "Estevez", "1740296613", "MD, Family Medicine")
    hf = c.practitioner("Kenji", "Morimoto", "1023856419", "MD, Advanced Heart Failure and Transplant Cardiology")
    cm = c.practitioner("Darnell", "Price", "1619370455", "RN, Heart Failure Care Manager", prefix=None)
    chf = c.cond([icd("I50.22", "Chronic systolic (congestive) heart failure"), sct("703272007", "Heart failure with reduced ejection fraction")], "2018-03-01", text="HFrEF, NYHA IV, ACC/AHA stage D")
    c.cond([icd("I25.5", "Ischemic cardiomyopathy")], "2018-03-01", text="Ischemic cardiomyopathy")
    c.cond([icd("N18.32", "Chronic kidney disease, stage 3b")], "2022-01-01", text="CKD stage 3b")
    c.cond([icd("I48.19", "Other persistent atrial fibrillation")], "2020-06-01", text="Persistent atrial fibrillation")
    c.cond([icd("J18.9", "Pneumonia, unspecified organism")], "2025-01-10", status="resolved", abated="2025-01-30", cat="encounter-diagnosis", text="Community-acquired pneumonia")
    for rxc, nm, dose in [("20352", "carvedilol", "3.125 mg twice daily"), ("4603", "furosemide", "80 mg twice daily"), ("1364430", "apixaban", "2.5 mg twice daily"), ("9997", "spironolactone", "12.5 mg daily")]:
        c.med(rx(rxc, nm), "2024-01-01", prac=hf, dose=dose, reason=[chf], supply_days=90)
    c.med("sacubitril / valsartan", "2022-02-01", prac=hf, status="stopped", dose="24/26 mg twice daily", note="Stopped 6/2026 for symptomatic hypotension and AKI")
    c.proc([cpt("33249", "Insertion or replacement of permanent implantable defibrillator system, with transvenous lead(s), single or dual chamber")], "2019-05-14", reason=[chf], text="ICD implant")
    ef = c.obs(loinc("10230-1", "Left ventricular Ejection fraction"), "2026-08-25", 15, "%", 52, 72, "LL", cat="imaging")
    c.dr([cpt("93306", "Echocardiography, transthoracic, complete")], "2026-08-25", "Severely dilated LV, LVEF 15%, moderate-severe functional MR, moderate RV dysfunction, RVSP 58 mmHg.", results=[ef], cat=("CUS", "Cardiac Ultrasound"))
    e1 = c.enc("2026-08-22", "Hospital admission", cls="IMP", reason="Acute on chronic systolic heart failure", end="2026-08-29")
    c.cond([icd("I50.23", "Acute on chronic systolic (congestive) heart failure")], "2026-08-22", status="resolved", abated="2026-08-29", cat="encounter-diagnosis", enc=e1)
    c.obs(loinc("33762-6", "Natriuretic peptide.B prohormone N-Terminal [Mass/volume] in Serum or Plasma"), "2026-08-22", 14800, "pg/mL", None, 450, "H", enc=e1)
    c.obs(loinc("2160-0", "Creatinine [Mass/volume] in Serum or Plasma"), "2026-08-29", 2.1, "mg/dL", 0.7, 1.3, "H", enc=e1)
    e2 = c.enc("2026-10-06", "Advanced heart failure clinic", prac=hf, reason="Stage D HFrEF, candidacy for advanced therapies")
    c.vitals("2026-10-06", e2, 88, 56, 78, wt=70.3, spo2=93)
    c.note("2026-10-06", "Advanced HF clinic", "79M, stage D HFrEF (LVEF 15%), NYHA IV, 2 HF admissions in 2026, hypotension limiting GDMT (ARNI stopped). Evaluated for advanced therapies: not a transplant candidate (age, CKD 3b, frailty) and not an LVAD candidate (RV dysfunction, frailty, poor nutrition). Not a candidate for transcatheter mitral repair given RV failure. Home inotropes discussed and declined by patient. There are no further treatment options to alter the course. Prognosis likely months. Recommend hospice referral; ICD shock therapy deactivation discussed.", author=hf, enc=e2, loinc_type=("11488-4", "Consult note"))
    c.sr([c.lc("REF-HOSPICE", "Referral to hospice")], "2026-10-06", status="active", prac=hf, reason=[chf], text="Referral to hospice - end-stage heart failure")
    c.careplan("Hospice and advance care plan", "2026-10-14", cats=[(sct("385763009", "Hospice care"),)], addresses=[chf], author=cm,
               desc="Home hospice via Cascade Valley Hospice. POLST: DNR, selective treatment. ICD tachy therapies deactivated 10/20/2026.",
               activities=[(None, "in-progress", "Hospice RN visits twice weekly; diuretic titration for comfort"), (None, "scheduled", "Chaplain and social work visits")])
    c.note("2026-11-04", "HF care management call", "Wife reports he sleeps in recliner, breathless on minimal exertion, no ED visits since hospice started. Confirmed comfort-focused goals.", author=cm, loinc_type=("34746-8", "Nurse Note"))
    return c, dict(target=U, kind="positive", expected=[U],
                   why="Stage D HFrEF with advanced HF cardiology documenting no further treatment options (not transplant/LVAD candidate), hospice referral and hospice CarePlan, and no second opinion recorded.",
                   summary="Managed-care: 79M stage D heart failure, 'no further treatment options', hospice referral and plan.")


def up_pos_pancreatic_cat(cid):
    c = make(cid, "swcti")
    c.patient(["Gilbert", "R"], "Archuleta", "male", "1960-01-15", "SW0651189", "1212 Camino Real", "Santa Fe", "NM", "87505", "505-555-0166", race="White; Hispanic or Latino")
    c.payer("BlueCross BlueShield of New Mexico", "Blue Preferred PPO", "YIQ773201955")
    heme = c.practitioner("Adrienne", "Kowalski", "1467058823", "MD, Hematology - Thrombosis Service")
    c.cond([icd("E11.65", "Type 2 diabetes mellitus with hyperglycemia")], "2025-09-01", text="New-onset diabetes (pancreatogenic)")
    c.cond([icd("K21.9", "Gastro-esophageal reflux disease without esophagitis")], "2012-01-01", status="inactive", text="GERD")
    pc = c.cond([icd("C25.1", "Malignant neoplasm of body of pancreas"), icd("C78.7", "Secondary malignant neoplasm of liver and intrahepatic bile duct")], "2025-10-02", text="Metastatic pancreatic adenocarcinoma (body), liver metastases", stage="Stage IV")
    vte = c.cond([icd("I82.412", "Acute embolism and thrombosis of left femoral vein"), icd("I26.99", "Other pulmonary embolism without acute cor pulmonale")], "2026-02-11", text="Cancer-associated left femoral DVT and segmental PE")
    c.med(rx("67108", "enoxaparin"), "2026-02-11", prac=heme, dose="1 mg/kg subcutaneously every 12 hours", reason=[vte], supply_days=30)
    c.med((rx("67108", "enoxaparin"),), "2026-11-04", text="enoxaparin 60 mg/0.6 mL prefilled syringe", rt="MedicationDispense", supply_days=30)
    c.med("FOLFIRINOX (oxaliplatin, irinotecan, leucovorin, 5-FU)", "2025-10-20", rt="MedicationStatement", status="stopped", end="2026-04-15", reason=[pc], note="Outside oncology; stopped for progression")
    c.med("Gemcitabine + nab-paclitaxel", "2026-05-01", rt="MedicationStatement", status="stopped", end="2026-10-01", reason=[pc], note="Outside oncology; stopped for progression and decline in performance status")
    e1 = c.enc("2026-02-13", "Thrombosis clinic new patient", prac=heme, reason="Cancer-associated VTE")
    c.note("2026-02-13", "Thrombosis clinic consult", "65M with metastatic pancreatic adenocarcinoma on chemotherapy, new left femoral DVT and segmental PE. Khorana score 3. Chose enoxaparin given GI luminal involvement risk. Follow up 3 months.", author=heme, enc=e1)
    for d, hb, plt in [("2026-08-19", 10.8, 142), ("2026-11-12", 9.6, 118)]:
        c.obs(loinc("718-7", "Hemoglobin [Mass/volume] in Blood"), d, hb, "g/dL", 13.5, 17.5, "L")
        c.obs(loinc("777-3", "Platelets [#/volume] in Blood by Automated count"), d, plt, "10*3/uL", 150, 400, "L")
    c.obs(loinc("24108-3", "Cancer Ag 19-9 [Units/volume] in Serum or Plasma"), "2026-09-25", 8420, "U/mL", None, 35, "H", note="Outside result")
    e2 = c.enc("2026-11-12", "Thrombosis clinic follow-up", prac=heme, reason="Anticoagulation review")
    c.vitals("2026-11-12", e2, 102, 64, 98, wt=58.7)
    c.note("2026-11-12", "Thrombosis clinic follow-up", "Reviewed outside oncology letter (10/28/2026): progressive liver metastases on second-line gemcitabine/nab-paclitaxel, ECOG 3, bilirubin rising. Oncologist: no further disease-directed treatment options; not eligible for trials; transition to comfort-focused care, hospice referral made. Patient and wife accept. Anticoagulation: continue enoxaparin while benefit for comfort (leg swelling/dyspnea); reduce to once daily if platelets <50. Coordinate with hospice.", author=heme, enc=e2)
    c.impression("2026-11-12", "Metastatic pancreatic cancer progressing after two lines; no treatment options per oncology; anticoagulation continued for symptom benefit within hospice goals.", heme, problems=[pc, vte])
    c.careplan("Palliative / hospice care plan", "2026-11-01", cats=[(sct("103735009", "Palliative care"),)], addresses=[pc], author=heme,
               desc="Home hospice admission 11/01/2026 (outside agency). Focus on pain, nausea, and anticoagulation simplification.",
               activities=[(None, "in-progress", "Hospice nursing visits"), (None, "in-progress", "Enoxaparin continued per thrombosis service")])
    c.obs(c.lc("ECOG", "ECOG performance status"), "2026-11-12", 3, "{score}", cat="exam", enc=e2)
    return c, dict(target=U, kind="positive", expected=[U],
                   why="Metastatic pancreatic cancer progressing after two lines; oncology states no further treatment options, hospice/palliative CarePlan active, and no second opinion recorded.",
                   summary="Haematology (thrombosis): 66M metastatic pancreatic cancer with CAT; oncologist 'no further options', home hospice.")


def up_nm_laryngeal_2nd_opinion(cid):
    c = make(cid, "piedmont")
    c.patient(["Doris", "L"], "Faircloth", "female", "1957-06-08", "E2088731", "410 Tobacco Rd", "Durham", "NC", "27704", "919-555-0139", marital="W")
    c.payer("Humana", "Humana Gold Plus HMO", "H29947711", kind="MCPOL")
    hn = c.practitioner("Russell", "Pennington", "1750388421", "MD, Head and Neck Surgery")
    slp = c.practitioner("Amber", "Yates", "1386559012", "MS, CCC-SLP", prefix=None)
    pal = c.practitioner("Nkechi", "Obi", "1942166830", "MD, Palliative Medicine")
    ext = c.practitioner("Steven", "Goldfarb", "1568899012", "MD, Head and Neck Oncology (external, Duke-area academic cancer center)")
    lx = c.cond([icd("C32.1", "Malignant neoplasm of supraglottis"), sct("363429002", "Malignant tumor of larynx")], "2024-02-20", status="recurrence", text="Laryngeal SCC (supraglottic), peristomal recurrence after total laryngectomy", stage="pT4aN2c (2024); peristomal recurrence 2026")
    c.cond([icd("Z90.02", "Acquired absence of larynx")], "2024-03-12", text="Status post total laryngectomy")
    c.cond([icd("J44.9", "Chronic obstructive pulmonary disease, unspecified")], "2015-01-01", text="COPD")
    c.cond([icd("E89.0", "Postprocedural hypothyroidism")], "2024-10-01", text="Hypothyroidism after laryngectomy/radiation")
    c.proc([cpt("31365", "Laryngectomy; total, with radical neck dissection")], "2024-03-12", prac=hn, reason=[lx])
    c.proc([sct("108290001", "Radiation oncology AND/OR radiotherapy")], "2024-04-22", end="2024-06-05", reason=[lx], text="Adjuvant chemoradiation (completed 6/2024)")
    c.proc([cpt("31611", "Construction of tracheoesophageal fistula and subsequent insertion of an alaryngeal speech prosthesis")], "2024-03-12", prac=hn)
    c.med(rx("10582", "levothyroxine"), "2024-10-01", rt="MedicationStatement", dose="112 mcg daily")
    e1 = c.enc("2026-07-14", "Head and neck oncology visit", prac=hn, reason="Peristomal mass")
    c.dr([cpt("78815", "PET/CT skull base to mid-thigh")], "2026-07-21", "Hypermetabolic 3.4 cm peristomal/paratracheal mass invading manubrium and upper mediastinum; multiple FDG-avid pulmonary nodules.", cat=("RAD", "Radiology"))
    c.note("2026-08-06", "Tumor board", "Peristomal recurrence with mediastinal invasion and lung metastases. Not resectable; prior full-dose radiation. Systemic therapy discussed: patient ECOG 3 with COPD, declines chemo-immunotherapy. Consensus: no curative options; recommend palliative care. Patient requests outside opinion before deciding.", author=hn, loinc_type=("11488-4", "Consult note"))
    e2 = c.enc("2026-09-02", "External second opinion (head and neck oncology)", prac=ext, reason="Second opinion - recurrent laryngeal cancer")
    c.note("2026-09-02", "Outside second opinion letter (scanned, transcribed)", "Second opinion consultation for recurrent laryngeal SCC. Reviewed pathology, PET/CT and treatment history. I agree that the peristomal recurrence with manubrial and mediastinal invasion is unresectable and re-irradiation is not advisable. Systemic therapy would offer limited benefit at her performance status, and she declines it. I concur with comfort-focused care. - S. Goldfarb, MD", author=ext, enc=e2, loinc_type=("11488-4", "Consult note"))
    e3 = c.enc("2026-09-16", "Palliative care consult", prac=pal, reason="Goals of care")
    c.careplan("Palliative care plan", "2026-09-16", cats=[(sct("103735009", "Palliative care"),)], addresses=[lx], author=pal,
               desc="Comfort-focused care after external second opinion concurred. DNR. Home hospice when needs increase.",
               activities=[(None, "in-progress", "Stoma and wound care, humidification"), (None, "in-progress", "Pain: fentanyl patch 25 mcg/h, oxycodone PRN")])
    c.med(rx("4337", "fentanyl"), "2026-09-16", prac=pal, dose="25 mcg/h transdermal patch every 72 hours")
    e4 = c.enc("2026-11-10", "Voice prosthesis change", prac=slp, reason="Leakage through voice prosthesis")
    c.proc([c.lc("TEP-CHG", "Voice prosthesis change")], "2026-11-10", prac=slp, enc=e4, text="Replacement of tracheoesophageal voice prosthesis (Provox Vega 8 mm)")
    c.obs(loinc("72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"), "2026-11-10", 4, "{score}", cat="survey", enc=e4)
    c.vitals("2026-11-10", e4, 112, 70, 88, wt=49.5, spo2=94)
    return c, dict(target=U, kind="near-miss", expected=[],
                   why="Incurable recurrent laryngeal cancer with palliative CarePlan, but an external second opinion (2026-09-02, within 12 months, same problem) is on record and concurred - suppressed. The patient's earlier wish for an outside opinion (in a clinician note) was fulfilled by that same second opinion.",
                   summary="EENT: 69F peristomal recurrence after laryngectomy; palliative plan after an outside second opinion in Sept 2026.")


def up_nm_copd_concurrent_palliative(cid):
    c = make(cid, "sunbelt")
    c.patient(["Loretta", "A"], "Bickham", "female", "1954-09-27", "SIC-2209915", "88 Dove Creek Dr", "Mesa", "AZ", "85204", "480-555-0128", marital="W")
    c.payer("Sunbelt Health Plan", "Sunbelt Medicare Advantage HMO", "SHM50113908", kind="MCPOL", start="2020-01-01")
    pcp = c.practitioner("Omari", "Jefferson", "1427711093", "MD, Internal Medicine")
    pulm = c.practitioner("Helena", "Kraus", "1699034872", "MD, Pulmonology")
    pal = c.practitioner("Ruth", "Abernathy", "1205587734", "NP, Community Palliative Care", prefix=None)
    copd = c.cond([icd("J44.9", "Chronic obstructive pulmonary disease, unspecified"), sct("13645005", "Chronic obstructive lung disease")], "2012-01-01", text="COPD, GOLD 3 (group E)")
    c.cond([icd("F41.1", "Generalized anxiety disorder")], "2016-01-01")
    c.cond([icd("M81.0", "Age-related osteoporosis without current pathological fracture")], "2019-01-01", text="Osteoporosis")
    c.cond([icd("J44.1", "Chronic obstructive pulmonary disease with (acute) exacerbation")], "2026-06-02", status="resolved", abated="2026-06-20", cat="encounter-diagnosis", text="COPD exacerbation (hospitalized)")
    c.med("fluticasone furoate 100 MCG/ACTUAT / umeclidinium 62.5 MCG/ACTUAT / vilanterol 25 MCG/ACTUAT Dry Powder Inhaler", "2024-03-01", prac=pulm, dose="1 inhalation daily", reason=[copd], supply_days=30)
    c.med(rx("435", "albuterol"), "2012-01-01", rt="MedicationStatement", dose="2 puffs every 4 hours as needed")
    c.med("fluticasone furoate / umeclidinium / vilanterol Dry Powder Inhaler", "2026-11-02", rt="MedicationDispense", supply_days=30)
    fev = c.obs(loinc("20150-9", "FEV1"), "2026-08-14", 0.94, "L", cat="procedure", note="42% predicted; FEV1/FVC 0.48 post-bronchodilator")
    c.dr([cpt("94010", "Spirometry")], "2026-08-14", "Severe obstruction (GOLD 3), FEV1 0.94 L (42% predicted), unchanged from 2025.", results=[fev], cat=("PF", "Pulmonary Function"), prac=pulm)
    e1 = c.enc("2026-08-14", "Pulmonology follow-up", prac=pulm, reason="COPD")
    c.vitals("2026-08-14", e1, 128, 76, 88, wt=54.1, spo2=92)
    c.note("2026-08-14", "Pulmonology note", "72F COPD GOLD 3 with one hospitalized exacerbation in June. Plan: continue triple therapy; start roflumilast; enroll in pulmonary rehabilitation; evaluate for azithromycin prophylaxis; check alpha-1 antitrypsin; consider endobronchial valve evaluation if hyperinflation on CT. Referred to community palliative care for breathlessness support and advance care planning alongside these treatments.", author=pulm, enc=e1)
    c.med("roflumilast", "2026-08-14", prac=pulm, dose="250 mcg daily x4 weeks then 500 mcg daily", reason=[copd])
    c.sr([hcpcs("G0424", "Pulmonary rehabilitation, including exercise, per session")], "2026-08-14", status="active", prac=pulm, reason=[copd], text="Pulmonary rehabilitation, 36 sessions")
    c.sr([c.lc("REF-PALL", "Referral to palliative care (community)")], "2026-08-14", status="completed", prac=pulm, reason=[copd], text="Referral to community palliative care - symptom management and advance care planning")
    e2 = c.enc("2026-09-09", "Palliative care home visit", cls="HH", prac=pal, reason="Breathlessness, advance care planning")
    c.careplan("Palliative care plan (concurrent with COPD treatment)", "2026-09-09", cats=[(sct("103735009", "Palliative care"),)], addresses=[copd], author=pal,
               desc="Concurrent palliative care for breathlessness and anxiety; patient remains on full disease-directed COPD treatment and pulmonary rehab. Not hospice-eligible; full code per patient choice.",
               activities=[(None, "in-progress", "Breathing techniques, handheld fan, low-dose morphine 2.5 mg PRN for refractory dyspnea"), (None, "completed", "Advance directive and healthcare POA completed")])
    c.note("2026-09-09", "Palliative care note", "Concurrent palliative care. Patient and daughter understand COPD is chronic and progressive but that several treatment options remain (rehab, roflumilast, possible valves). Goals: stay active, avoid hospitalization. Full code.", author=pal, enc=e2)
    e3 = c.enc("2026-11-05", "Pulmonary rehabilitation session", prac=pulm, reason="COPD")
    c.obs(c.lc("6MWD", "Six minute walk distance"), "2026-11-05", 310, "m", cat="exam", enc=e3, note="Up from 265 m at rehab intake")
    c.obs(c.lc("CAT", "CAT (COPD assessment) total score"), "2026-11-05", 21, "{score}", cat="survey", enc=e3)
    return c, dict(target=U, kind="near-miss", expected=[],
                   why="Palliative care is concurrent with active disease-directed COPD treatment (roflumilast, rehab, valve evaluation); notes say treatment options remain - no untreatable signal.",
                   summary="Managed-care: 72F GOLD 3 COPD with concurrent palliative care for breathlessness while treatment continues.")


CASES = [mpp_pos_pituitary, mpp_pos_tavr, mpp_pos_parotidectomy, mpp_nm_marrow_biopsy, mpp_nm_fess_done,
         up_pos_oral_scc, up_pos_endstage_hf, up_pos_pancreatic_cat, up_nm_laryngeal_2nd_opinion, up_nm_copd_concurrent_palliative]
