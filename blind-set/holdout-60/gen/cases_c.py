"""Organisation C: a US endocrine surgery and thyroid cancer service (fictitious).

ICD-10-CM, CPT, SNOMED CT, LOINC, RxNorm; ACR TI-RADS and Bethesda categories,
thyroglobulin and calcitonin series, radioiodine, thyroidectomy and
parathyroidectomy plans, tumor board notes, patient-reported questionnaires.
"""
import zlib

from fhirkit import (CPT, ICD10CM, LOINC, ORGTYPE, RXN, SCT, V20074, cc, coding, qty, txt, OrgProfile)

BASE = "https://fhir.lakeshore-thyroid.example.org/fhir/"
LOCAL = "https://fhir.lakeshore-thyroid.example.org/fhir/CodeSystem/"
LAB_SYS = LOCAL + "lab-orderables"
OBS = LOCAL + "thyroid-observations"
FORMULARY = LOCAL + "formulary"
ENC = LOCAL + "visit-type"
V20360 = "http://terminology.hl7.org/CodeSystem/v2-0360"
SOPT = "https://nahdo.org/sopt"
USCAT = "http://hl7.org/fhir/us/core/CodeSystem/us-core-documentreference-category"

LAB_NAMES = {
    "tsh": ("TSH3", "TSH, 3rd generation"), "ft4_ngdl": ("FT4", "Free T4"), "tg": ("TG-LCMS", "Thyroglobulin (LC-MS/MS)"),
    "tgab": ("TGAB", "Thyroglobulin antibody"), "calcitonin": ("CALCI", "Calcitonin"), "cea": ("CEA", "CEA"),
    "ca": ("CA", "Calcium, total"), "pth": ("PTHI", "PTH, intact"), "tpo": ("TPO", "Thyroid peroxidase antibody"),
    "hb": ("HGB", "Hemoglobin"), "hb_m": ("HGB", "Hemoglobin"), "wbc": ("WBC", "WBC"), "plt": ("PLT", "Platelets"),
    "creat": ("CREA", "Creatinine"), "egfr": ("EGFR", "eGFR (CKD-EPI 2021)"), "alb": ("ALB", "Albumin"), "alt": ("ALT", "ALT"),
    "ast": ("AST", "AST"), "k": ("K", "Potassium"), "na": ("NA", "Sodium"), "glucose": ("GLU", "Glucose"),
    "alp": ("ALP", "Alkaline phosphatase"), "bili": ("TBIL", "Bilirubin, total"),
}

ORG = OrgProfile("C", BASE, "America/New_York", "en-US", LAB_NAMES, LAB_SYS)

STAFF = {
    "surg": ("Marquez", "Elena", "MD", "Endocrine Surgery", "female"),
    "endo": ("Okafor", "David", "MD", "Endocrinology, Diabetes and Metabolism", "male"),
    "cyto": ("Raman", "Priya", "MD", "Cytopathology", "female"),
    "rad": ("Becker", "Thomas", "MD", "Diagnostic Radiology", "male"),
    "nm": ("Liu", "Grace", "MD", "Nuclear Medicine", "female"),
    "onc": ("Adeyemi", "Samuel", "MD", "Medical Oncology", "male"),
    "np": ("Donovan", "Rachel", "NP", "Thyroid Nodule Surveillance Clinic", "female"),
    "ent": ("Harris", "Michael", "MD", "Otolaryngology", "male"),
    "gc": ("Chen", "Laura", "MS", "Genetic Counseling", "female"),
    "pal": ("Bryant", "Naomi", "MD", "Hospice and Palliative Medicine", "female"),
    "pcp": ("Walsh", "Kevin", "MD", "Family Medicine", "male"),
    "path": ("Stein", "Aaron", "MD", "Surgical Pathology", "male"),
}


def dx(code, label, sct=None, text=None):
    if sct:
        return cc((ICD10CM, code, label), (SCT, sct[0], sct[1]), text=text or label)
    return cc((ICD10CM, code, label), text=text or label)


def cpt(code, label, text=None):
    return cc((CPT, code, label), text=text or label)


def rx(rxcui, ingredient, text):
    return cc((RXN, rxcui, ingredient), text=text)


def form(code, text):
    return cc((FORMULARY, code, text), text=text)


def vtype(code):
    labels = {"NEW": "New patient consultation", "FU": "Established patient follow-up", "PROC": "Office procedure visit",
              "SURV": "Thyroid nodule surveillance visit", "TB": "Multidisciplinary thyroid tumor board", "TELE": "Telehealth video visit",
              "PREOP": "Pre-operative surgical consultation", "POSTOP": "Post-operative visit", "PCP": "Primary care office visit",
              "OR": "Outpatient surgery (23-hour observation)"}
    return cc((ENC, code, labels[code]), text=labels[code])


NOTE_TYPES = {
    "consult": ((LOINC, "11488-4", "Consult note"), "Consultation note"),
    "progress": ((LOINC, "11506-3", "Progress note"), "Progress note"),
    "op": ((LOINC, "11504-8", "Surgical operation note"), "Operative note"),
    "path": ((LOINC, "11526-1", "Pathology study"), "Pathology report"),
    "tb": ((LOINC, "11488-4", "Consult note"), "Tumor board summary"),
    "pcp": ((LOINC, "11506-3", "Progress note"), "Primary care progress note (outside record)"),
    "goc": ((LOINC, "11506-3", "Progress note"), "Goals of care conversation"),
}


def note(c, key, kind, when, text, author, enc=None, custodian="org-ctr"):
    code, label = NOTE_TYPES[kind]
    return c.note(key, cc(code, text=label), when, text, label, author=author, enc=enc,
                  category=cc((USCAT, "clinical-note", "Clinical Note")), custodian=c.ref("Organization", custodian))


def setup(c, fam, given, sex, birth, mrn, street, city, staff, payer="commercial", cov_start="2022-01-01",
          member=None, pcp=False, phone=None):
    c.organization("org-ctr", "Lakeshore Thyroid & Endocrine Surgery Center",
                   ident=[{"system": "http://hl7.org/fhir/sid/us-npi", "value": "1548267093"}],
                   typ=cc((ORGTYPE, "prov", "Healthcare Provider")),
                   address={"line": ["1800 Harbor Point Drive", "Suite 400"], "city": "Port Lakeshore", "state": "MI",
                            "postalCode": "49080", "country": "US"},
                   telecom=[{"system": "phone", "value": "+1 269 555 0140"}])
    if payer == "medicare":
        c.organization("org-payer", "Medicare Part A/B (Centers for Medicare & Medicaid Services)", typ=cc((ORGTYPE, "pay", "Payer")))
        ptype = cc((SOPT, "1", "MEDICARE"), text="Medicare")
    else:
        c.organization("org-payer", "Great Lakes Mutual Health Plan", typ=cc((ORGTYPE, "pay", "Payer")),
                       address={"city": "Grand Rapids", "state": "MI", "country": "US"})
        ptype = cc((SOPT, "5", "PRIVATE HEALTH INSURANCE"), text="Commercial PPO")
    if pcp:
        c.organization("org-pcp", "Harbor Family Medicine", typ=cc((ORGTYPE, "prov", "Healthcare Provider")),
                       address={"city": "Port Lakeshore", "state": "MI", "country": "US"})
    for k in staff:
        fam_p, given_p, deg, spec, g = STAFF[k]
        c.practitioner(f"pr-{k}", fam_p, given_p, suffix=deg, gender=g,
                       ident=[{"system": "http://hl7.org/fhir/sid/us-npi", "value": f"1{zlib.crc32((fam_p + k).encode()) % 10**9:09d}"}],
                       qual=cc((V20360, deg, {"MD": "Doctor of Medicine", "NP": "Nurse Practitioner", "MS": "Master of Science"}[deg]),
                               text=f"{deg}, {spec}"))
    c.patient(fam, given, sex, birth,
              ident=[{"use": "usual", "type": cc(("http://terminology.hl7.org/CodeSystem/v2-0203", "MR", "Medical record number")),
                      "system": "https://fhir.lakeshore-thyroid.example.org/sid/mrn", "value": mrn}],
              address={"use": "home", "line": [street], "city": city, "state": "MI", "country": "US"},
              telecom=[{"system": "phone", "value": phone or "+1 269 555 0100", "use": "mobile"}], language="en-US",
              org=c.ref("Organization", "org-ctr"), gp=[c.ref("Practitioner", "pr-pcp")] if "pcp" in staff else None)
    c.coverage("cov", c.ref("Organization", "org-payer"), ptype, cov_start, subscriber_id=member or ("GLM" + mrn[-7:]),
               klass=[("plan", "PPO-GOLD" if payer != "medicare" else "MEDICARE-B",
                       "Gold PPO" if payer != "medicare" else "Medicare Part B")])
    return c.ref("Organization", "org-ctr")


def P(c, k):
    return c.ref("Practitioner", f"pr-{k}")


def tirads(c, key, when, category, points, enc=None, performer=None, nodule="Right lobe dominant nodule"):
    return c.observation(key, cc((OBS, "acr-tirads", "ACR TI-RADS category"), text=f"ACR TI-RADS - {nodule}"), when,
                         cc((OBS, category, {"TR1": "TR1 benign", "TR2": "TR2 not suspicious", "TR3": "TR3 mildly suspicious",
                                             "TR4": "TR4 moderately suspicious", "TR5": "TR5 highly suspicious"}[category])),
                         cat="imaging", enc=enc, performer=performer,
                         comps=[{"code": cc((OBS, "acr-tirads-points", "ACR TI-RADS total points")), "valueInteger": points}])


def bethesda(c, key, when, cat, text, enc=None, performer=None):
    labels = {"II": "Bethesda II - Benign", "III": "Bethesda III - Atypia of undetermined significance",
              "IV": "Bethesda IV - Follicular neoplasm", "V": "Bethesda V - Suspicious for malignancy",
              "VI": "Bethesda VI - Malignant"}
    return c.observation(key, cc((OBS, "bethesda-category", "Bethesda System for Reporting Thyroid Cytopathology category"),
                                 text="Thyroid FNA Bethesda category"), when,
                         cc((OBS, f"bethesda-{cat}", labels[cat]), text=f"{labels[cat]}: {text}"), cat="laboratory", enc=enc,
                         performer=performer)


def fna(c, key, when, performer, enc, reason_ref=None, outcome=None):
    return c.procedure(key, cpt("10005", "Fine needle aspiration biopsy, including ultrasound guidance; first lesion",
                                "Ultrasound-guided FNA thyroid nodule"), performed=when, performer=performer, enc=enc,
                       reason_ref=reason_ref, outcome=txt(outcome) if outcome else None)


# =====================================================================================
def c01(c):
    """'Benign multinodular goiter' kept as the explanation while the nodule grows, turns TR5, a node appears and a cord is paralysed."""
    ctr = setup(c, "Harrington", "Linda", "female", "1962-05-19", "LTC-4410983", "412 Birchwood Lane", "Port Lakeshore",
                ("np", "rad", "cyto", "ent", "pcp"), pcp=True, cov_start="2019-01-01", phone="+1 269 555 0187")
    np_, rad, cyto, ent, pcp = P(c, "np"), P(c, "rad"), P(c, "cyto"), P(c, "ent"), P(c, "pcp")
    e1 = c.encounter("enc-2024", "AMB", "2024-03-12 09:00", "2024-03-12 09:40", typ=vtype("NEW"), pract=np_, provider=ctr,
                     reason=cc((SCT, "237495005", "Thyroid nodule")))
    c.report("us-2024", cpt("76536", "Ultrasound, soft tissues of head and neck (eg, thyroid, parathyroid, parotid), real time with image documentation",
                            "US thyroid"), "2024-03-12 09:15",
             results=[tirads(c, "tr-2024", "2024-03-12 09:15", "TR4", 4, enc=e1, performer=rad)],
             conclusion="Multinodular goiter. Dominant right mid-pole nodule 2.1 x 1.6 x 1.4 cm, solid, isoechoic, smooth margins, no echogenic foci: ACR TI-RADS TR4 (4 points). FNA recommended (>= 1.5 cm). No abnormal cervical lymph nodes.",
             cat=cc((V20074, "RUS", "Radiology Ultrasound")), enc=e1, performer=rad)
    fna(c, "fna-2024", "2024-03-26 10:00", np_, e1, outcome="Right dominant nodule, 3 passes, 25G.")
    bethesda(c, "beth-2024", "2024-03-28", "II", "benign follicular nodule (colloid and benign follicular cells)", performer=cyto)
    mng = c.condition("cond-mng", dx("E04.2", "Nontoxic multinodular goiter"), onset="2024-03-12", recorded="2024-03-28",
                      asserter=np_, note="Dominant right nodule benign on FNA (Bethesda II, 03/2024). Ultrasound surveillance.")
    c.report("us-2025", cpt("76536", "Ultrasound, soft tissues of head and neck (eg, thyroid, parathyroid, parotid), real time with image documentation", "US thyroid"),
             "2025-04-08 09:10", conclusion="Right dominant nodule 2.3 x 1.7 x 1.5 cm (previously 2.1 cm), TR4, otherwise unchanged. No suspicious nodes.",
             cat=cc((V20074, "RUS", "Radiology Ultrasound")), performer=rad)
    e2 = c.encounter("enc-pcp", "AMB", "2026-08-20 14:00", "2026-08-20 14:20", typ=vtype("PCP"), pract=pcp,
                     provider=c.ref("Organization", "org-pcp"), reason=cc((SCT, "50219008", "Hoarse"), text="Hoarseness x 6 weeks"))
    c.condition("cond-hoarse", dx("R49.0", "Dysphonia"), onset="2026-07-05", recorded="2026-08-20", cat="encounter-diagnosis",
                enc=e2, asserter=pcp)
    c.med_request("rx-ppi", rx("7646", "omeprazole", "omeprazole 20 MG delayed release oral capsule"), "2026-08-20 14:15",
                  "1 capsule by mouth daily before breakfast", requester=pcp, enc=e2, category="community",
                  reason=[cc(text="Suspected laryngopharyngeal reflux")])
    note(c, "doc-pcp", "pcp", "2026-08-20 14:20", """
Harbor Family Medicine - office visit 08/20/2026
64F with hoarseness for ~6 weeks, worse late in the day, mild throat clearing. No fever, no cough. Known multinodular goiter followed at Lakeshore (benign FNA 2024).
Exam: voice hoarse/breathy. Neck: right thyroid fullness, nontender.
A/P: Hoarseness - likely laryngopharyngeal reflux. Trial omeprazole 20 mg daily x 8 weeks. She is due for her annual thyroid ultrasound at Lakeshore in the fall.
Kevin Walsh, MD
""", pcp, e2, custodian="org-pcp")
    e3 = c.encounter("enc-surv", "AMB", "2026-11-05 09:00", "2026-11-05 10:10", typ=vtype("SURV"), pract=[np_, ent], provider=ctr,
                     reason=cc((SCT, "237495005", "Thyroid nodule"), text="Annual MNG surveillance; hoarseness"), diagnoses=[(mng, "billing")])
    c.report("us-2026", cpt("76536", "Ultrasound, soft tissues of head and neck (eg, thyroid, parathyroid, parotid), real time with image documentation", "US thyroid and neck"),
             "2026-11-05 09:10",
             results=[tirads(c, "tr-2026", "2026-11-05 09:10", "TR5", 8, enc=e3, performer=rad)],
             conclusion="Right dominant nodule has enlarged to 3.4 x 2.6 x 2.2 cm (2.3 cm in 04/2025; volume increase > 200%). New irregular/lobulated posterior margin and multiple punctate echogenic foci: ACR TI-RADS TR5 (8 points). New right level IV lymph node 1.4 x 1.0 cm with loss of fatty hilum, cystic change and microcalcifications - suspicious for metastatic disease. Correlation with tissue sampling advised.",
             cat=cc((V20074, "RUS", "Radiology Ultrasound")), enc=e3, performer=rad)
    c.procedure("laryngo", cpt("31575", "Laryngoscopy, flexible; diagnostic"), performed="2026-11-05 09:50", performer=ent, enc=e3,
                reason=[cc((SCT, "50219008", "Hoarse"))],
                outcome=txt("Right true vocal fold immobile in paramedian position; left mobile; incomplete glottic closure. No mucosal lesion; mild posterior laryngeal erythema."))
    c.labs("lab-1105", "2026-11-05 08:30", [("tsh", 1.6), ("ca", 9.4)], enc=e3, performer=ctr)
    c.vitals("v-1105", "2026-11-05 09:02", bp=(132, 80), hr=76, weight=78.2, enc=e3)
    note(c, "doc-surv", "progress", "2026-11-05 10:10", """
THYROID NODULE SURVEILLANCE - 11/05/2026
HPI: 64F with multinodular goiter, right dominant nodule benign on FNA (Bethesda II, 03/2024). Hoarseness since early July; PCP started omeprazole in August without improvement. Reports mild solid-food dysphagia and a "pressure" feeling on the right.
US today: right nodule 3.4 cm (from 2.3 cm), now TR5 with punctate echogenic foci; new 1.4 cm right level IV node flagged by radiology as suspicious.
Laryngoscopy (Dr. Harris): right vocal fold immobile.
Assessment: Multinodular goiter, previously benign cytology. Interval growth noted. Hoarseness felt most likely reflux-related; cord findings may reflect laryngitis.
Plan: Continue PPI (increase to twice daily). Given prior benign FNA with low false-negative rate, will continue surveillance; repeat neck ultrasound in 12 months. Return sooner if symptoms worsen.
Rachel Donovan, NP
""", np_, e3)
    c.service_request("sr-us-2027", cpt("76536", "Ultrasound, soft tissues of head and neck (eg, thyroid, parathyroid, parotid), real time with image documentation",
                                        "Repeat thyroid ultrasound (12 months)"), "2026-11-05 10:05", status="active", intent="order",
                      requester=np_, occurrence="2027-11-05", reason_ref=[mng], enc=e3)
    c.med_statement("ms-ppi", rx("7646", "omeprazole", "omeprazole 20 MG delayed release oral capsule"), "active", start="2026-08-20",
                    dosage="20 mg twice daily (increased 11/05/2026)", asserted="2026-11-05")
    c.med_statement("ms-lisin", rx("29046", "lisinopril", "lisinopril 10 MG oral tablet"), "active", start="2018-06-01",
                    dosage="10 mg daily", asserted="2026-11-05")
    c.condition("cond-htn", dx("I10", "Essential (primary) hypertension"), onset="2018", recorded="2024-03-12")
    return c


# =====================================================================================
def c02(c):
    """Papillary thyroid carcinoma with a central node: total thyroidectomy + central neck dissection ordered for January."""
    ctr = setup(c, "Nguyen", "Kevin", "male", "1985-09-02", "LTC-5520761", "77 Lakeview Terrace Apt 3B", "Port Lakeshore",
                ("surg", "rad", "cyto", "endo", "ent"), cov_start="2023-01-01", phone="+1 269 555 0162")
    surg, rad, cyto, endo, ent = P(c, "surg"), P(c, "rad"), P(c, "cyto"), P(c, "endo"), P(c, "ent")
    e1 = c.encounter("enc-new", "AMB", "2026-09-29 10:00", "2026-09-29 10:50", typ=vtype("NEW"), pract=endo, provider=ctr,
                     reason=cc((SCT, "237495005", "Thyroid nodule"), text="Incidental thyroid nodule on carotid duplex 09/15/2026"))
    c.report("us", cpt("76536", "Ultrasound, soft tissues of head and neck (eg, thyroid, parathyroid, parotid), real time with image documentation", "US thyroid and neck"),
             "2026-09-29 10:15", results=[tirads(c, "tr", "2026-09-29 10:15", "TR5", 11, enc=e1, performer=rad, nodule="Left lobe nodule")],
             conclusion="Left lobe nodule 2.4 x 2.0 x 2.6 cm, solid, markedly hypoechoic, taller-than-wide, irregular margins, punctate echogenic foci: ACR TI-RADS TR5 (11 points). Left level VI lymph node 8 mm with microcalcifications. Lateral compartments unremarkable.",
             cat=cc((V20074, "RUS", "Radiology Ultrasound")), enc=e1, performer=rad)
    e2 = c.encounter("enc-fna", "AMB", "2026-10-14 13:00", "2026-10-14 13:40", typ=vtype("PROC"), pract=endo, provider=ctr,
                     reason=cc((SCT, "237495005", "Thyroid nodule")))
    fna(c, "fna", "2026-10-14 13:15", endo, e2, outcome="Left nodule 3 passes; left level VI node 2 passes with needle washout for thyroglobulin.")
    bethesda(c, "beth", "2026-10-16", "VI", "papillary thyroid carcinoma; level VI node: metastatic papillary carcinoma", enc=e2,
             performer=cyto)
    c.observation("tg-washout", cc((LAB_SYS, "TG-FNA", "Thyroglobulin, FNA needle washout"), text="Thyroglobulin, lymph node FNA washout"),
                  "2026-10-14 13:30", qty(540, "ng/mL"), unit="ng/mL", high=1, interp="H", enc=e2)
    c.observation("braf", cc((LAB_SYS, "MOL-THY", "Thyroid FNA molecular profile"), text="Molecular profile (FNA)"), "2026-10-21",
                  "BRAF p.V600E detected", interp="A", enc=e2)
    ptc = c.condition("cond-ptc", dx("C73", "Malignant neoplasm of thyroid gland", ("363478007", "Malignant tumor of thyroid gland"),
                                     text="Papillary thyroid carcinoma, left lobe"), onset="2026-10-16", recorded="2026-10-21",
                      asserter=surg, stage=cc(text="cT2 N1a M0 (AJCC 8th), stage I (age < 55)"))
    c.condition("cond-n1", dx("C77.0", "Secondary and unspecified malignant neoplasm of lymph nodes of head, face and neck"),
                onset="2026-10-16", recorded="2026-10-21", asserter=surg, note="Left central (level VI) nodal metastasis, FNA-proven.")
    c.report("ct", cpt("70491", "Computed tomography, soft tissue neck; with contrast material(s)", "CT neck with contrast"),
             "2026-10-27 15:00", conclusion="2.6 cm left thyroid mass without gross extrathyroidal extension, tracheal or esophageal invasion. Subcentimeter left paratracheal node. No lateral neck adenopathy. Lung apices clear.",
             cat=cc((V20074, "RAD", "Radiology")), performer=rad)
    e3 = c.encounter("enc-preop", "AMB", "2026-11-04 09:00", "2026-11-04 10:00", typ=vtype("PREOP"), pract=[surg, ent], provider=ctr,
                     reason=cc((SCT, "363478007", "Malignant tumor of thyroid gland")), diagnoses=[(ptc, "billing")])
    c.procedure("laryngo", cpt("31575", "Laryngoscopy, flexible; diagnostic"), performed="2026-11-04 09:20", performer=ent, enc=e3,
                outcome=txt("Bilateral vocal fold mobility normal. Pre-operative baseline."))
    c.labs("lab-preop", "2026-11-04 08:30", [("ca", 9.6), ("pth", 38), ("tsh", 1.4), ("hb_m", 15.1), ("creat", 0.9)], enc=e3,
           performer=ctr, report="Pre-operative labs")
    sr = c.service_request("sr-tt", cc((CPT, "60252", "Thyroidectomy, total or subtotal for malignancy; with limited neck dissection"),
                                       (SCT, "13619001", "Thyroidectomy"),
                                       text="Total thyroidectomy with left (therapeutic) and right (prophylactic) central neck dissection"),
                           "2026-11-04 09:55", status="active", intent="order", priority="routine", requester=surg, performer=surg,
                           occurrence="2027-01-12", reason_ref=[ptc], enc=e3,
                           category=cc((SCT, "387713003", "Surgical procedure")),
                           note="Outpatient surgery with 23-hour observation. Intraoperative nerve monitoring. Consent signed 11/04/2026.")
    c.appointment("appt-or", "2027-01-12 07:30", "2027-01-12 11:30", "Total thyroidectomy + central neck dissection (Dr. Marquez), OR 4",
                  [c.pt, surg], service_type=cc(text="Endocrine surgery"), based_on=[sr], created="2026-11-04")
    note(c, "doc-preop", "consult", "2026-11-04 10:00", """
ENDOCRINE SURGERY CONSULTATION - 11/04/2026
41M, incidental left thyroid nodule (carotid duplex 09/15/2026). US: 2.6 cm TR5 left nodule, suspicious left level VI node. FNA: Bethesda VI papillary thyroid carcinoma; node FNA positive for metastatic PTC, washout Tg 540 ng/mL. BRAF V600E. CT neck: no gross ETE, no lateral nodes.
Laryngoscopy today: normal bilateral cord mobility. Calcium/PTH normal.
Assessment: Papillary thyroid carcinoma, cT2 N1a M0.
Plan: Total thyroidectomy with bilateral central neck dissection, scheduled 01/12/2027. Risks discussed in detail (recurrent laryngeal nerve injury with voice change, temporary/permanent hypoparathyroidism, bleeding, need for lifelong levothyroxine). Radioactive iodine decision after final pathology. Patient wishes to proceed; consent signed.
Elena Marquez, MD, FACS
""", surg, e3)
    c.med_statement("ms-none", rx("161", "acetaminophen", "acetaminophen 500 MG oral tablet"), "active", start="2025-01-01",
                    dosage="as needed for headache", asserted="2026-11-04")
    return c


# =====================================================================================
def c03(c):
    """Follicular neoplasm: right hemithyroidectomy already performed in September; benign adenoma; routine follow-up."""
    ctr = setup(c, "O'Brien", "Margaret", "female", "1970-01-27", "LTC-6031184", "9 Orchard Court", "South Haven Bay",
                ("surg", "rad", "cyto", "path", "endo"), cov_start="2020-01-01", phone="+1 269 555 0119")
    surg, rad, cyto, path, endo = P(c, "surg"), P(c, "rad"), P(c, "cyto"), P(c, "path"), P(c, "endo")
    e1 = c.encounter("enc-new", "AMB", "2026-06-02 10:00", "2026-06-02 10:45", typ=vtype("NEW"), pract=endo, provider=ctr,
                     reason=cc((SCT, "237495005", "Thyroid nodule"), text="Palpable right thyroid nodule"))
    c.report("us", cpt("76536", "Ultrasound, soft tissues of head and neck (eg, thyroid, parathyroid, parotid), real time with image documentation", "US thyroid"),
             "2026-06-02 10:10", results=[tirads(c, "tr", "2026-06-02 10:10", "TR4", 4, enc=e1, performer=rad)],
             conclusion="Right lobe nodule 3.8 x 2.9 x 2.7 cm, solid, isoechoic, smooth margins, no echogenic foci: TR4. Left lobe normal. No suspicious nodes.",
             cat=cc((V20074, "RUS", "Radiology Ultrasound")), enc=e1, performer=rad)
    fna(c, "fna", "2026-06-16 11:00", endo, e1)
    bethesda(c, "beth", "2026-06-18", "IV", "follicular neoplasm", performer=cyto)
    c.observation("mol", cc((LAB_SYS, "MOL-THY", "Thyroid FNA molecular profile"), text="Molecular profile (FNA)"), "2026-06-26",
                  "NRAS p.Q61R detected; no BRAF, TERT or fusion. Intermediate risk of malignancy.", interp="A")
    nod = c.condition("cond-nod", dx("E04.1", "Nontoxic single thyroid nodule", ("237495005", "Thyroid nodule")), onset="2026-06-02",
                      recorded="2026-06-02", clinical="resolved", abate="2026-09-15", asserter=endo)
    e2 = c.encounter("enc-consult", "AMB", "2026-08-04 13:00", "2026-08-04 13:45", typ=vtype("PREOP"), pract=surg, provider=ctr,
                     reason=cc((SCT, "237495005", "Thyroid nodule")))
    sr = c.service_request("sr-lob", cpt("60220", "Total thyroid lobectomy, unilateral; with or without isthmusectomy",
                                         "Right thyroid lobectomy (diagnostic hemithyroidectomy)"),
                           "2026-08-04 13:40", status="completed", intent="order", requester=surg, performer=surg, occurrence="2026-09-15",
                           reason_ref=[nod], enc=e2)
    e3 = c.encounter("enc-or", "SS", "2026-09-15 07:00", "2026-09-16 09:00", typ=vtype("OR"), pract=surg, provider=ctr, priority="EL",
                     based_on=[sr], reason=cc((SCT, "237495005", "Thyroid nodule")), cls_display="short stay")
    lob = c.procedure("lobectomy", cpt("60220", "Total thyroid lobectomy, unilateral; with or without isthmusectomy", "Right thyroid lobectomy with isthmusectomy"),
                      performed=("2026-09-15 08:05", "2026-09-15 09:20"), performer=surg, enc=e3, based_on=[sr], reason_ref=[nod],
                      outcome=txt("Uncomplicated. Right recurrent laryngeal nerve identified and preserved (intact signal on nerve monitoring). Superior parathyroid preserved in situ."))
    c.report("path", cc((LOINC, "11526-1", "Pathology study"), text="Surgical pathology - right thyroid lobe"), "2026-09-22",
             conclusion="Follicular adenoma, 3.6 cm, completely encapsulated; no capsular or vascular invasion in entirely submitted capsule (14 blocks). Background thyroid unremarkable. Benign.",
             cat=cc((V20074, "SP", "Surgical Pathology")), performer=path)
    c.condition("cond-adenoma", dx("D34", "Benign neoplasm of thyroid gland"), onset="2026-09-15", recorded="2026-09-22",
                clinical="resolved", abate="2026-09-15", asserter=surg, note="Follicular adenoma, completely excised.")
    note(c, "doc-op", "op", "2026-09-15 09:40", """
OPERATIVE NOTE - 09/15/2026
Procedure: Right thyroid lobectomy with isthmusectomy (CPT 60220), intraoperative nerve monitoring.
Indication: 3.8 cm right thyroid nodule, Bethesda IV (follicular neoplasm), NRAS-positive.
Findings: Well-circumscribed right nodule. Right RLN identified and preserved, signal intact at end of case. Right superior parathyroid preserved; inferior gland not seen, no parathyroid tissue in specimen on gross exam.
EBL 15 mL. No drain. Extubated, voice normal in PACU. Discharged POD1.
Elena Marquez, MD, FACS
""", surg, e3)
    e4 = c.encounter("enc-postop", "AMB", "2026-09-29 10:00", "2026-09-29 10:20", typ=vtype("POSTOP"), pract=surg, provider=ctr,
                     reason=cc(text="Post-operative visit"))
    note(c, "doc-postop", "progress", "2026-09-29 10:20", """
POST-OP VISIT - 09/29/2026
Two weeks after right thyroid lobectomy. Voice normal, swallowing normal, incision well healed. No tingling.
Pathology: follicular adenoma 3.6 cm, benign. No completion thyroidectomy or radioactive iodine needed.
Plan: TSH in 6-8 weeks (likely no thyroid hormone needed). Ultrasound of left lobe in 12 months. No further surgery planned.
Elena Marquez, MD, FACS
""", surg, e4)
    c.labs("lab-1110", "2026-11-10 08:00", [("tsh", 3.1), ("ca", 9.5)], performer=ctr, report="Post-lobectomy thyroid function",
           conclusion="TSH within reference range 8 weeks after lobectomy; no levothyroxine needed.")
    c.service_request("sr-us-2027", cpt("76536", "Ultrasound, soft tissues of head and neck (eg, thyroid, parathyroid, parotid), real time with image documentation",
                                        "Thyroid ultrasound, remaining left lobe"), "2026-09-29 10:18", status="active", intent="order",
                      requester=surg, occurrence="2027-09-15", enc=e4)
    c.med_statement("ms-ibu", rx("5640", "ibuprofen", "ibuprofen 400 MG oral tablet"), "completed", start="2026-09-15", end="2026-09-22",
                    dosage="400 mg every 6 hours as needed", asserted="2026-09-29")
    return c


# =====================================================================================
def c04(c):
    """RAI-refractory metastatic papillary carcinoma progressing after two kinase inhibitors: tumor board finds no options, hospice referral."""
    ctr = setup(c, "Kowalski", "Robert", "male", "1949-11-11", "LTC-2019447", "2250 Dune Ridge Road", "Port Lakeshore",
                ("onc", "endo", "rad", "nm", "pal", "surg"), payer="medicare", cov_start="2014-11-01", member="1EG4-TE5-MK72",
                phone="+1 269 555 0131")
    onc, endo, rad, nm, pal, surg = P(c, "onc"), P(c, "endo"), P(c, "rad"), P(c, "nm"), P(c, "pal"), P(c, "surg")
    ca = c.condition("cond-ptc", dx("C73", "Malignant neoplasm of thyroid gland", ("363478007", "Malignant tumor of thyroid gland"),
                                    text="Papillary thyroid carcinoma, tall cell subtype, radioactive-iodine refractory"),
                     onset="2017-02", recorded="2017-03-01", asserter=endo, stage=cc(text="Initially pT3a N1b; M1 (lung, bone) since 2022"))
    lung = c.condition("cond-lung", dx("C78.01", "Secondary malignant neoplasm of right lung"), onset="2022-01", recorded="2022-02-10",
                       note="Bilateral pulmonary metastases.")
    bone = c.condition("cond-bone", dx("C79.51", "Secondary malignant neoplasm of bone"), onset="2022-01", recorded="2022-02-10",
                       note="T10 vertebral body, left iliac bone.")
    c.condition("cond-hypo", dx("E89.0", "Postprocedural hypothyroidism"), onset="2017-03", recorded="2017-03-20")
    c.procedure("tt-2017", cpt("60252", "Thyroidectomy, total or subtotal for malignancy; with limited neck dissection"),
                performed="2017-03-14", performer=surg, reason_ref=[ca])
    c.procedure("rai-2017", cpt("79005", "Radiopharmaceutical therapy, by oral administration", "I-131 therapy 150 mCi"),
                performed="2017-05-02", performer=nm, reason_ref=[ca])
    c.med_statement("ms-lenva", form("F-LENV", "lenvatinib oral capsule (24 mg daily, reduced to 14 mg)"), "stopped", start="2022-06-01",
                    end="2025-02-20", reason_ref=[ca], note="Stopped for disease progression (RECIST) in 02/2025.")
    c.med_statement("ms-cabo", form("F-CABO", "cabozantinib 60 mg oral tablet"), "stopped", start="2025-03-10", end="2026-07-28",
                    reason_ref=[ca], note="Stopped 07/2026: progression on CT and grade 3 fatigue/anorexia.")
    c.observation("ngs", cc((LAB_SYS, "NGS-SOLID", "Comprehensive tumor genomic profile"), text="Tumor NGS panel (2025)"), "2025-03-02",
                  "TERT promoter C228T mutation. No BRAF V600E, RET fusion, NTRK fusion, ALK fusion or other actionable alteration. TMB 2 mut/Mb, MSS.",
                  cat="laboratory")
    c.report("ct", cpt("71260", "Computed tomography, thorax, diagnostic; with contrast material(s)", "CT chest/abdomen/pelvis with contrast"),
             "2026-09-22 11:00", conclusion="Progression: enlarging bilateral pulmonary metastases (sum of target diameters +38% vs 03/2026), new 2.1 cm hepatic lesion, enlarging T10 lytic lesion without cord compression. Small right pleural effusion.",
             cat=cc((V20074, "RAD", "Radiology")), performer=rad)
    e1 = c.encounter("enc-onc", "AMB", "2026-10-06 13:00", "2026-10-06 13:40", typ=vtype("FU"), pract=onc, provider=ctr,
                     reason=cc((SCT, "363478007", "Malignant tumor of thyroid gland")))
    c.labs("lab-1006", "2026-10-06 12:00", [("tg", 1650), ("tgab", 1.0), ("tsh", 0.08), ("alb", 3.0), ("creat", 1.2), ("hb_m", 11.2)],
           enc=e1, performer=ctr)
    c.observation("ecog", cc((LOINC, "89247-1", "ECOG Performance Status score"), text="ECOG performance status"), "2026-10-06 13:05",
                  3, cat="survey", enc=e1, performer=onc)
    c.vitals("v-1006", "2026-10-06 13:02", bp=(118, 70), hr=96, spo2=92, weight=61.5, enc=e1)
    e2 = c.encounter("enc-tb", "AMB", "2026-10-20 07:00", "2026-10-20 08:00", typ=vtype("TB"), pract=[onc, endo, surg, nm, rad],
                     provider=ctr, reason=cc((SCT, "363478007", "Malignant tumor of thyroid gland")))
    note(c, "doc-tb", "tb", "2026-10-20 08:00", """
MULTIDISCIPLINARY THYROID TUMOR BOARD - 10/20/2026
Patient: Robert Kowalski, 76M. PTC (tall cell), RAI-refractory, lung and bone metastases since 2022.
Treatment history: total thyroidectomy + CND 2017; I-131 150 mCi 2017; lenvatinib 06/2022-02/2025 (progression); cabozantinib 03/2025-07/2026 (progression and grade 3 toxicity).
Current: CT 09/22/2026 progression in lung, new liver lesion, enlarging T10. Tg 1650 ng/mL. ECOG 3, weight loss 9 kg in 6 months.
NGS: no actionable alteration (BRAF, RET, NTRK, ALK negative).
Discussion: no further standard systemic options; no clinical trial for which he is eligible (ECOG 3 excludes all open studies). Radiation oncology: T10 asymptomatic, no indication for palliative radiation at present. Surgery: no role.
Recommendation: no further cancer-directed treatment options. Best supportive care; referral to hospice; palliative medicine to address dyspnea and goals of care.
Present: S. Adeyemi (Med Onc), D. Okafor (Endo), E. Marquez (Surgery), G. Liu (Nuc Med), T. Becker (Radiology).
""", onc, e2)
    cp = c.careplan("cp-pal", "Palliative and hospice care plan", "active", "plan",
                    [cc((SCT, "103735009", "Palliative care"), text="Palliative care"), cc((SCT, "385763009", "Hospice care"))],
                    "2026-10-20", addresses=[ca, lung, bone], author=pal, created="2026-10-27",
                    description="Comfort-focused care at home with hospice support. No further cancer-directed therapy. Symptom management for dyspnea and pain. DNR/DNI per POLST (10/27/2026).",
                    activities=[{"code": cc((SCT, "385763009", "Hospice care")), "status": "scheduled",
                                 "description": "Hospice admission evaluation at home"}])
    c.service_request("sr-hospice", cc((SCT, "385763009", "Hospice care"), text="Referral to home hospice"), "2026-10-27 15:00",
                      status="active", intent="order", requester=pal, reason_ref=[ca], occurrence="2026-11-03",
                      performer_type=cc(text="Hospice agency"), note="Prognosis estimated weeks to a few months.")
    e3 = c.encounter("enc-goc", "AMB", "2026-10-27 14:00", "2026-10-27 15:00", typ=vtype("FU"), pract=pal, provider=ctr,
                     reason=cc((SCT, "103735009", "Palliative care"), text="Goals of care"))
    note(c, "doc-goc", "goc", "2026-10-27 15:00", """
PALLIATIVE MEDICINE - GOALS OF CARE - 10/27/2026
Met with Mr. Kowalski and his wife. He understands the tumor board conclusion that there are no further treatment options for his thyroid cancer. His priorities: staying at home, breathing comfortably, time with grandchildren.
Completed POLST: DNR, comfort-focused treatment. Hospice referral placed; patient and wife agree.
Symptoms: exertional dyspnea, back pain 4/10. Started oxycodone 5 mg q4h prn; continue levothyroxine.
Naomi Bryant, MD
""", pal, e3)
    c.med_request("rx-oxy", rx("7804", "oxycodone", "oxycodone hydrochloride 5 MG oral tablet"), "2026-10-27 14:55",
                  "5 mg by mouth every 4 hours as needed for pain or dyspnea", requester=pal, enc=e3, category="community",
                  based_on=[cp])
    c.med_statement("ms-levo", rx("10582", "levothyroxine", "levothyroxine sodium 150 MCG oral tablet"), "active", start="2017-03-20",
                    dosage="150 mcg daily", asserted="2026-10-27")
    return c


# =====================================================================================
def c05(c):
    """RAI-refractory metastatic papillary carcinoma: lenvatinib started 1 Sep; global health status falls 75 -> 50."""
    ctr = setup(c, "Delgado", "Maria", "female", "1958-04-04", "LTC-3107762", "615 Maple Street", "Bridgman Shores",
                ("onc", "endo", "nm", "rad"), payer="medicare", cov_start="2023-04-01", member="5QW2-HN8-RD41",
                phone="+1 269 555 0155")
    onc, endo, nm, rad = P(c, "onc"), P(c, "endo"), P(c, "nm"), P(c, "rad")
    ca = c.condition("cond-ptc", dx("C73", "Malignant neoplasm of thyroid gland", ("363478007", "Malignant tumor of thyroid gland"),
                                    text="Papillary thyroid carcinoma, radioactive-iodine refractory"),
                     onset="2021-02", recorded="2021-03-05", asserter=endo, stage=cc(text="pT3a N1b M1 (lung)"))
    lung = c.condition("cond-lung", dx("C78.01", "Secondary malignant neoplasm of right lung"), onset="2024-04", recorded="2024-04-22",
                       note="Bilateral pulmonary nodules, non-avid on post-therapy I-131 scan (05/2024).")
    c.condition("cond-hypo", dx("E89.0", "Postprocedural hypothyroidism"), onset="2021-03", recorded="2021-03-20")
    c.procedure("rai-2024", cpt("79005", "Radiopharmaceutical therapy, by oral administration", "I-131 therapy 150 mCi"),
                performed="2024-05-14", performer=nm, reason_ref=[lung],
                outcome=txt("Post-therapy scan: no iodine uptake in pulmonary nodules - RAI-refractory."))
    c.report("ct-0728", cpt("71260", "Computed tomography, thorax, diagnostic; with contrast material(s)", "CT chest with contrast"),
             "2026-07-28 10:00", conclusion="Progression of bilateral pulmonary metastases: sum of target lesions 46 mm (37 mm 01/2026, +24%); two new nodules. RECIST progressive disease.",
             cat=cc((V20074, "RAD", "Radiology")), performer=rad)
    e1 = c.encounter("enc-0820", "AMB", "2026-08-20 10:00", "2026-08-20 11:00", typ=vtype("FU"), pract=onc, provider=ctr,
                     reason=cc((SCT, "363478007", "Malignant tumor of thyroid gland"), text="Progressive RAI-refractory disease - systemic therapy"))
    gh = cc((OBS, "eortc-qlq-c30-ghs", "EORTC QLQ-C30 global health status/QoL scale score (0-100)"),
            text="EORTC QLQ-C30 Global health status / QoL")
    c.observation("qol-1", gh, "2026-08-20 09:45", qty(75, "score"), cat="survey", enc=e1,
                  note="Baseline before lenvatinib. Higher score = better quality of life. MCID about 10 points.")
    c.labs("lab-0820", "2026-08-20 09:00", [("tg", 320), ("tgab", 0.9), ("tsh", 0.1), ("creat", 0.8), ("alt", 19)], enc=e1, performer=ctr)
    c.vitals("v-0820", "2026-08-20 10:02", bp=(128, 78), hr=74, weight=68.0, enc=e1)
    lenv24 = form("F-LENV", "lenvatinib 10 MG + 4 MG oral capsules")
    rx1 = c.med_request("rx-lenv24", lenv24, "2026-08-20 10:55", "24 mg by mouth once daily", status="stopped", requester=onc, enc=e1,
                        reason_ref=ca, category="outpatient", course="continuous",
                        note="Start 09/01/2026. Reduced to 14 mg on 10/13/2026 for grade 3 hypertension, proteinuria and grade 2 fatigue/diarrhea.")
    note(c, "doc-0820", "consult", "2026-08-20 11:00", """
MEDICAL ONCOLOGY - 08/20/2026
68F with papillary thyroid carcinoma (2021), RAI-refractory pulmonary metastases (non-avid 05/2024). CT 07/28/2026: RECIST progression (+24%, new nodules). ECOG 0. Asymptomatic apart from mild exertional cough.
Discussed lenvatinib: expected benefit in progression-free survival; common toxicities include hypertension, proteinuria, fatigue, diarrhea, decreased appetite/weight loss, hand-foot skin reaction, and a high chance of dose reductions. Baseline EORTC QLQ-C30 completed (GHS 75).
Plan: lenvatinib 24 mg daily starting 09/01/2026; home BP log; labs and urine protein every 2 weeks for 2 months.
Samuel Adeyemi, MD
""", onc, e1)
    c.med_statement("ms-lenv", lenv24, "active", start="2026-09-01", dosage="24 mg daily from 09/01, 14 mg daily from 10/13/2026",
                    reason_ref=ca, asserted="2026-11-24")
    e2 = c.encounter("enc-1013", "AMB", "2026-10-13 10:00", "2026-10-13 10:45", typ=vtype("FU"), pract=onc, provider=ctr,
                     reason=cc(text="Lenvatinib toxicity check"))
    c.observation("qol-2", gh, "2026-10-13 09:40", qty(58, "score"), cat="survey", enc=e2)
    c.vitals("v-1013", "2026-10-13 10:02", bp=(162, 98), hr=82, weight=65.1, enc=e2)
    c.observation("upcr", cc((LOINC, "2890-2", "Protein/Creatinine [Mass Ratio] in Urine"), text="Urine protein/creatinine ratio"),
                  "2026-10-13 09:00", qty(1.1, "mg/mg"), unit="mg/mg", high=0.2, interp="H", enc=e2)
    c.med_request("rx-lenv14", lenv24, "2026-10-13 10:40", "14 mg by mouth once daily", requester=onc, enc=e2, reason_ref=ca,
                  category="outpatient", course="continuous", note="Dose reduction (level -2 combined for BP and proteinuria).")
    c.med_request("rx-amlo", rx("17767", "amlodipine", "amlodipine 5 MG oral tablet"), "2026-10-13 10:40", "5 mg daily",
                  requester=onc, enc=e2, category="outpatient", reason=[cc(text="Lenvatinib-induced hypertension")])
    c.med_request("rx-lop", rx("6468", "loperamide", "loperamide hydrochloride 2 MG oral capsule"), "2026-10-13 10:40",
                  "4 mg after first loose stool, then 2 mg after each, max 16 mg/day", requester=onc, enc=e2, category="outpatient")
    e3 = c.encounter("enc-1124", "AMB", "2026-11-24 10:00", "2026-11-24 10:45", typ=vtype("FU"), pract=onc, provider=ctr,
                     reason=cc(text="Lenvatinib follow-up"))
    c.observation("qol-3", gh, "2026-11-24 09:40", qty(50, "score"), cat="survey", enc=e3)
    c.labs("lab-1124", "2026-11-24 09:00", [("tg", 210), ("tsh", 0.12), ("creat", 0.9), ("alt", 24)], enc=e3, performer=ctr)
    c.vitals("v-1124", "2026-11-24 10:02", bp=(144, 88), hr=80, weight=63.9, enc=e3)
    c.report("ct-1117", cpt("71260", "Computed tomography, thorax, diagnostic; with contrast material(s)", "CT chest with contrast"),
             "2026-11-17 10:00", conclusion="Partial response: sum of target lesions 33 mm (46 mm on 07/28/2026, -28%). No new lesions.",
             cat=cc((V20074, "RAD", "Radiology")), performer=rad)
    note(c, "doc-1124", "progress", "2026-11-24 10:45", """
MEDICAL ONCOLOGY - 11/24/2026
On lenvatinib since 09/01/2026 (14 mg since 10/13). CT 11/17: partial response (-28%). Tg 320 -> 210.
Toxicity: grade 2 fatigue (naps daily, stopped volunteering at church), grade 2 diarrhea 4-5/day despite loperamide, anorexia with 4 kg weight loss, grade 1 hand-foot skin reaction. BP 144/88 on amlodipine.
Patient-reported QoL (EORTC QLQ-C30 global health status): 75 at baseline -> 58 (10/13) -> 50 today. She says "the cancer is shrinking but I have no life".
Plan: continue 14 mg for now with supportive care; discuss a treatment break or further reduction at next visit.
Samuel Adeyemi, MD
""", onc, e3)
    c.med_statement("ms-levo", rx("10582", "levothyroxine", "levothyroxine sodium 125 MCG oral tablet"), "active", start="2021-03-20",
                    dosage="125 mcg daily", asserted="2026-11-24")
    return c


# =====================================================================================
def c06(c):
    """Low-risk papillary microcarcinoma on active surveillance; pre-visit questionnaire: not listened to, wants a second opinion."""
    ctr = setup(c, "Thompson", "Jessica", "female", "1991-08-16", "LTC-7740215", "38 Sandpiper Way", "Port Lakeshore",
                ("endo", "surg", "rad", "cyto"), cov_start="2024-01-01", phone="+1 269 555 0178")
    endo, surg, rad, cyto = P(c, "endo"), P(c, "surg"), P(c, "rad"), P(c, "cyto")
    e1 = c.encounter("enc-new", "AMB", "2026-05-05 14:00", "2026-05-05 14:45", typ=vtype("NEW"), pract=endo, provider=ctr,
                     reason=cc((SCT, "237495005", "Thyroid nodule")))
    c.report("us-0505", cpt("76536", "Ultrasound, soft tissues of head and neck (eg, thyroid, parathyroid, parotid), real time with image documentation", "US thyroid and neck"),
             "2026-05-05 14:10", results=[tirads(c, "tr", "2026-05-05 14:10", "TR5", 9, enc=e1, performer=rad)],
             conclusion="Right lobe nodule 0.8 x 0.7 x 0.7 cm, solid, hypoechoic, punctate echogenic foci: TR5. > 2 mm from capsule, away from trachea and tracheoesophageal groove. No suspicious lymph nodes.",
             cat=cc((V20074, "RUS", "Radiology Ultrasound")), enc=e1, performer=rad)
    fna(c, "fna", "2026-05-19 10:00", endo, e1)
    bethesda(c, "beth", "2026-05-21", "VI", "papillary thyroid carcinoma", performer=cyto)
    ptc = c.condition("cond-ptmc", dx("C73", "Malignant neoplasm of thyroid gland", ("363478007", "Malignant tumor of thyroid gland"),
                                      text="Papillary thyroid microcarcinoma, low risk (0.8 cm, cN0)"),
                      onset="2026-05-19", recorded="2026-05-21", asserter=endo, stage=cc(text="cT1a N0 M0"))
    e2 = c.encounter("enc-sdm", "AMB", "2026-06-02 13:00", "2026-06-02 14:00", typ=vtype("FU"), pract=[endo, surg], provider=ctr,
                     reason=cc((SCT, "363478007", "Malignant tumor of thyroid gland"), text="Management options for papillary microcarcinoma"))
    note(c, "doc-sdm", "consult", "2026-06-02 14:00", """
JOINT ENDOCRINOLOGY / SURGERY VISIT - 06/02/2026
35F with 0.8 cm papillary microcarcinoma, right lobe, cN0, not adjacent to trachea or RLN course.
Options discussed: active surveillance with ultrasound every 6 months for 2 years then yearly, versus right lobectomy. Discussed data on low progression rates and that surgery remains available if growth >= 3 mm or nodes appear.
Patient was tearful and anxious; chose active surveillance for now.
David Okafor, MD; Elena Marquez, MD
""", endo, e2)
    c.careplan("cp-as", "Active surveillance - papillary thyroid microcarcinoma", "active", "plan",
               cc((SCT, "386053000", "Evaluation procedure"), text="Active surveillance"), "2026-06-02", addresses=[ptc], author=endo,
               description="Neck ultrasound every 6 months x 2 years, then yearly. Triggers for surgery: growth >= 3 mm, new suspicious node, extrathyroidal extension, patient preference.",
               activities=[{"code": cpt("76536", "Ultrasound, soft tissues of head and neck (eg, thyroid, parathyroid, parotid), real time with image documentation", "Surveillance neck ultrasound"),
                            "status": "completed", "description": "6-month ultrasound (11/2026)"}])
    qr = c.questionnaire_response("qr-previsit", "2026-11-16 21:12", [
        ("q1", "How worried are you about your thyroid cancer right now? (0 = not at all, 10 = extremely)", 8),
        ("q2", "At your last visit, did you feel your questions and concerns were listened to?", coding(LOCAL + "yes-no", "N", "No")),
        ("q3", "Would you like a second opinion from another specialist about your diagnosis or treatment plan?",
         coding(LOCAL + "yes-no", "Y", "Yes")),
        ("q4", "Anything else you want us to know before your visit?",
         "I keep being told this is the 'good cancer' and nothing to worry about. I am not sleeping. I want another thyroid cancer specialist to look at my results and tell me whether waiting is really safe for me."),
    ], author=c.pt, source=c.pt, questionnaire="https://fhir.lakeshore-thyroid.example.org/fhir/Questionnaire/previsit-patient-concerns|2.1")
    e3 = c.encounter("enc-1117", "AMB", "2026-11-17 15:00", "2026-11-17 15:20", typ=vtype("SURV"), pract=endo, provider=ctr,
                     reason=cc((SCT, "363478007", "Malignant tumor of thyroid gland"), text="6-month active surveillance visit"))
    c.report("us-1117", cpt("76536", "Ultrasound, soft tissues of head and neck (eg, thyroid, parathyroid, parotid), real time with image documentation", "US thyroid and neck"),
             "2026-11-17 14:40", conclusion="Right lobe nodule 0.8 x 0.7 x 0.7 cm, unchanged. No suspicious cervical lymph nodes.",
             cat=cc((V20074, "RUS", "Radiology Ultrasound")), enc=e3, performer=rad)
    c.labs("lab-1117", "2026-11-17 13:30", [("tsh", 1.9)], enc=e3, performer=ctr)
    note(c, "doc-1117", "progress", "2026-11-17 15:20", """
ACTIVE SURVEILLANCE VISIT - 11/17/2026
Ultrasound stable at 0.8 cm, no nodes. TSH 1.9.
Assessment: papillary microcarcinoma, stable on active surveillance.
Plan: continue surveillance; next ultrasound 05/2027.
David Okafor, MD
""", endo, e3)
    c.med_statement("ms-ocp", rx("4124", "ethinyl estradiol", "combined oral contraceptive (ethinyl estradiol/levonorgestrel)"), "active",
                    start="2020-01-01", dosage="1 tablet daily", asserted="2026-11-17")
    return c


# =====================================================================================
def c07(c):
    """'Other fatigue' (R53.83) for four months, then explained by Hashimoto hypothyroidism; resolved on levothyroxine."""
    ctr = setup(c, "Patel", "Anjali", "female", "1983-02-21", "LTC-8825310", "1207 Cedar Hollow Drive", "Port Lakeshore",
                ("pcp", "endo", "rad"), pcp=True, cov_start="2021-07-01", phone="+1 269 555 0193")
    pcp, endo, rad = P(c, "pcp"), P(c, "endo"), P(c, "rad")
    pcp_org = c.ref("Organization", "org-pcp")
    e1 = c.encounter("enc-pcp1", "AMB", "2025-10-06 10:00", "2025-10-06 10:20", typ=vtype("PCP"), pract=pcp, provider=pcp_org,
                     reason=cc((SCT, "84229001", "Fatigue"), text="Tiredness for 3 months"))
    fat = c.condition("cond-fatigue", dx("R53.83", "Other fatigue"), onset="2025-07", recorded="2025-10-06", clinical="resolved",
                      abate="2026-05-12", asserter=pcp, note="Explained by autoimmune hypothyroidism diagnosed 02/2026; resolved on treatment.")
    c.labs("lab-pcp1", "2025-10-06 09:00", [("hb", 13.2), ("glucose", 88), ("creat", 0.7)], enc=e1, performer=pcp_org)
    e2 = c.encounter("enc-pcp2", "AMB", "2026-01-12 10:00", "2026-01-12 10:20", typ=vtype("PCP"), pract=pcp, provider=pcp_org,
                     reason=cc((SCT, "84229001", "Fatigue"), text="Persistent fatigue, weight gain, cold intolerance"))
    note(c, "doc-pcp2", "pcp", "2026-01-12 10:20", """
Harbor Family Medicine - 01/12/2026
43F, fatigue now ~6 months, 4 kg weight gain, feels cold, constipation, dry skin. CBC/BMP normal in October.
A/P: Fatigue (R53.83) - check TSH, free T4, TPO antibodies.
Kevin Walsh, MD
""", pcp, e2, custodian="org-pcp")
    c.labs("lab-0210", "2026-02-10 08:30", [("tsh", 38.2), ("ft4_ngdl", 0.5), ("tpo", 412)], performer=pcp_org,
           report="Thyroid panel 02/10/2026", conclusion="Primary hypothyroidism with positive TPO antibodies.")
    hashi = c.condition("cond-hashi", dx("E06.3", "Autoimmune thyroiditis", ("21983002", "Hashimoto thyroiditis"),
                                         text="Hashimoto thyroiditis with hypothyroidism"), onset="2026-02-10", recorded="2026-02-16",
                        asserter=pcp)
    c.med_request("rx-levo", rx("10582", "levothyroxine", "levothyroxine sodium 75 MCG oral tablet"), "2026-02-16 09:00",
                  "75 mcg by mouth daily, 30-60 minutes before breakfast", requester=pcp, reason_ref=hashi, category="community",
                  course="continuous")
    c.report("us-0309", cpt("76536", "Ultrasound, soft tissues of head and neck (eg, thyroid, parathyroid, parotid), real time with image documentation", "US thyroid"),
             "2026-03-09 11:00", results=[tirads(c, "tr", "2026-03-09 11:00", "TR3", 3, performer=rad)],
             conclusion="Diffusely heterogeneous, mildly enlarged gland consistent with thyroiditis. Right lobe nodule 1.1 cm, solid, isoechoic, smooth, no echogenic foci: TR3. Below the size threshold for FNA (2.5 cm) and for follow-up (1.5 cm).",
             cat=cc((V20074, "RUS", "Radiology Ultrasound")), performer=rad)
    c.lab("tsh-0512", "tsh", "2026-05-12 08:30", 3.8, performer=pcp_org)
    e3 = c.encounter("enc-endo", "AMB", "2026-11-10 09:00", "2026-11-10 09:40", typ=vtype("NEW"), pract=endo, provider=ctr,
                     reason=cc((SCT, "237495005", "Thyroid nodule"), text="Opinion on thyroid nodule found on ultrasound"))
    c.labs("lab-1110", "2026-11-10 08:30", [("tsh", 2.1), ("ft4_ngdl", 1.2)], enc=e3, performer=ctr)
    c.vitals("v-1110", "2026-11-10 09:02", bp=(116, 74), hr=68, weight=64.0, enc=e3)
    c.impression("ci-endo", "2026-11-10 09:35",
                 "Hashimoto hypothyroidism, euthyroid on levothyroxine 75 mcg. The fatigue that was coded R53.83 in 10/2025 was due to hypothyroidism and has fully resolved since TSH normalised. 1.1 cm TR3 nodule: no FNA and no surveillance needed.",
                 assessor=endo, enc=e3, problems=[hashi, fat])
    note(c, "doc-endo", "consult", "2026-11-10 09:40", """
ENDOCRINOLOGY CONSULTATION - 11/10/2026
Referred by Dr. Walsh for a thyroid nodule. 43F with Hashimoto thyroiditis diagnosed 02/2026 (TSH 38.2, TPO 412) after ~7 months of fatigue, weight gain and cold intolerance. On levothyroxine 75 mcg since 02/16/2026.
Now: energy back to normal since about May, weight down 3 kg, no cold intolerance. TSH 2.1, FT4 1.2.
US 03/2026: thyroiditis pattern; 1.1 cm TR3 nodule.
Assessment: 1) Hashimoto hypothyroidism, well replaced - previous fatigue resolved. 2) TR3 nodule 1.1 cm - no biopsy or imaging follow-up indicated per ACR TI-RADS.
Plan: continue levothyroxine; TSH yearly with PCP. Discharged from thyroid center.
David Okafor, MD
""", endo, e3)
    return c


# =====================================================================================
def c08(c):
    """Graves disease: free T4 climbs after the patient stopped methimazole (insurance lapse); restarted in November."""
    ctr = setup(c, "Brooks", "Tanya", "female", "1996-10-30", "LTC-9014476", "56 Harbor View Apts, Unit 12", "Port Lakeshore",
                ("endo",), cov_start="2026-10-01", phone="+1 269 555 0124")
    endo = P(c, "endo")
    c.coverage("cov-old", c.ref("Organization", "org-payer"), cc((SOPT, "5", "PRIVATE HEALTH INSURANCE"), text="Employer group plan"),
               "2023-06-01", end="2026-05-31", status="cancelled", subscriber_id="GLM-OLD-4471")
    gd = c.condition("cond-graves", dx("E05.00", "Thyrotoxicosis with diffuse goiter without thyrotoxic crisis or storm",
                                       ("353295004", "Graves' disease")), onset="2025-10", recorded="2025-11-18", asserter=endo)
    vis = [("2025-11-18", 3.9, "<0.01"), ("2026-01-20", 1.6, "<0.01"), ("2026-03-24", 1.1, 0.6), ("2026-05-05", 1.2, 1.4)]
    encs = []
    for i, (d, ft4, tsh) in enumerate(vis, 1):
        e = c.encounter(f"enc-{i}", "AMB", f"{d} 11:00", f"{d} 11:30", typ=vtype("NEW" if i == 1 else "FU"), pract=endo, provider=ctr,
                        reason=cc((SCT, "353295004", "Graves' disease")))
        encs.append(e)
        c.lab(f"ft4-{i}", "ft4_ngdl", f"{d} 09:00", ft4, enc=e, performer=ctr)
        if isinstance(tsh, str):
            c.lab(f"tsh-{i}", "tsh", f"{d} 09:00", 0.01, enc=e, performer=ctr, comparator="<", interp="L")
        else:
            c.lab(f"tsh-{i}", "tsh", f"{d} 09:00", tsh, enc=e, performer=ctr)
    c.observation("trab", cc((LOINC, "5385-0", "Thyrotropin receptor Ab [Units/volume] in Serum"), text="TSH receptor antibody (TRAb)"),
                  "2025-11-18 09:00", qty(8.2, "IU/L"), unit="IU/L", high=1.75, interp="H", enc=encs[0])
    mmi = rx("6835", "methimazole", "methimazole 10 MG oral tablet")
    c.med_request("rx-mmi-20", mmi, "2025-11-18 11:25", "20 mg by mouth daily", status="stopped", requester=endo, enc=encs[0],
                  reason_ref=gd, category="outpatient")
    c.med_request("rx-mmi-10", mmi, "2026-01-20 11:25", "10 mg by mouth daily", status="stopped", requester=endo, enc=encs[1],
                  reason_ref=gd, category="outpatient", note="Patient stopped on 06/15/2026 (no insurance). Order discontinued 11/03/2026.")
    c.med_statement("ms-mmi", mmi, "stopped", start="2025-11-18", end="2026-06-15", reason_ref=gd, asserted="2026-11-03", source=c.pt,
                    status_reason=cc(text="Patient self-discontinued: lost insurance coverage when changing jobs, could not afford refills"),
                    dosage="10 mg daily until 06/15/2026")
    c.med_statement("ms-prop", rx("8787", "propranolol", "propranolol hydrochloride 20 MG oral tablet"), "stopped", start="2025-11-18",
                    end="2026-02-01", asserted="2026-11-03")
    c.lab("ft4-aug", "ft4_ngdl", "2026-08-11 16:00", 2.4, note="Drawn at an urgent care visit for palpitations; result faxed to the center. Patient not on any antithyroid drug at the time.")
    c.lab("tsh-aug", "tsh", "2026-08-11 16:00", 0.01, comparator="<", interp="L")
    e5 = c.encounter("enc-5", "AMB", "2026-11-03 10:00", "2026-11-03 10:40", typ=vtype("FU"), pract=endo, provider=ctr,
                     reason=cc((SCT, "353295004", "Graves' disease"), text="Return after 6 months off treatment"))
    c.lab("ft4-5", "ft4_ngdl", "2026-11-03 08:30", 3.6, enc=e5, performer=ctr)
    c.lab("tsh-5", "tsh", "2026-11-03 08:30", 0.01, enc=e5, performer=ctr, comparator="<", interp="L")
    c.vitals("v-5", "2026-11-03 10:02", bp=(128, 70), hr=112, weight=55.4, enc=e5)
    c.med_request("rx-mmi-restart", rx("6835", "methimazole", "methimazole 10 MG oral tablet"), "2026-11-03 10:35",
                  "20 mg by mouth daily", requester=endo, enc=e5, reason_ref=gd, category="outpatient", course="continuous")
    c.med_request("rx-prop2", rx("8787", "propranolol", "propranolol hydrochloride 20 MG oral tablet"), "2026-11-03 10:35",
                  "20 mg by mouth three times daily as needed for palpitations", requester=endo, enc=e5, category="outpatient")
    note(c, "doc-5", "progress", "2026-11-03 10:40", """
ENDOCRINOLOGY FOLLOW-UP - 11/03/2026
30F with Graves disease (TRAb 8.2) diagnosed 11/2025, euthyroid on methimazole by 03/2026.
She lost her insurance when she changed jobs and stopped methimazole on 06/15/2026; she did not come back until her new coverage started in October. Urgent care labs in August showed FT4 2.4.
Now: palpitations, heat intolerance, 3 kg weight loss. HR 112. FT4 3.6, TSH < 0.01.
Assessment: Recurrent hyperthyroidism after stopping antithyroid drug (off treatment since June).
Plan: restart methimazole 20 mg daily, propranolol prn. Labs in 4-6 weeks. Discussed adherence and patient-assistance options; definitive therapy options (radioiodine or surgery) to be discussed once euthyroid.
David Okafor, MD
""", endo, e5)
    return c


# =====================================================================================
def c09(c):
    """MEN2A (RET C634R): thyroidectomy for medullary carcinoma 2023, adrenalectomy 2024; surveillance, no evidence of disease."""
    ctr = setup(c, "Fischer", "Daniel", "male", "1988-03-08", "LTC-1209873", "3104 Lighthouse Road", "Port Lakeshore",
                ("endo", "surg", "gc", "path"), cov_start="2019-01-01", phone="+1 269 555 0148")
    endo, surg, gc, path = P(c, "endo"), P(c, "surg"), P(c, "gc"), P(c, "path")
    men = c.condition("cond-men2a", dx("E31.22", "Multiple endocrine neoplasia [MEN] type IIA",
                                       text="Multiple endocrine neoplasia type 2A (RET p.Cys634Arg)"),
                      onset="2023-02", recorded="2023-02-20", asserter=endo,
                      note="ATA highest-risk RET codon 634. Index case in family; father died 2009 of metastatic medullary thyroid cancer.")
    c.observation("ret", cc((LAB_SYS, "GERM-RET", "RET germline sequencing"), text="RET proto-oncogene germline analysis"), "2023-02-14",
                  "Heterozygous pathogenic variant RET c.1900T>C (p.Cys634Arg)", interp="A")
    mtc = c.condition("cond-mtc-hx", dx("Z85.850", "Personal history of malignant neoplasm of thyroid",
                                        text="History of medullary thyroid carcinoma, pT1b N0 (2023)"), onset="2023-03-14", recorded="2023-03-28",
                      asserter=endo)
    c.condition("cond-pheo", dx("D35.02", "Benign neoplasm of left adrenal gland", text="Left pheochromocytoma (resected 2024)"),
                onset="2024-05", recorded="2024-05-20", clinical="resolved", abate="2024-06-18")
    c.condition("cond-hypo", dx("E89.0", "Postprocedural hypothyroidism"), onset="2023-03", recorded="2023-03-20")
    c.procedure("tt", cpt("60252", "Thyroidectomy, total or subtotal for malignancy; with limited neck dissection"),
                performed="2023-03-14", performer=surg, reason_ref=[men])
    c.procedure("adx", cpt("60650", "Laparoscopy, surgical, with adrenalectomy, partial or complete, or exploration of adrenal gland with or without biopsy, transabdominal, lumbar or dorsal",
                           "Laparoscopic left adrenalectomy"), performed="2024-06-18", performer=surg, reason_ref=[men])
    for i, (d, cea) in enumerate([("2025-11-12", 1.4), ("2026-05-13", 1.5), ("2026-11-11", 1.3)], 1):
        c.lab(f"calci-{i}", "calcitonin", f"{d} 08:30", 2, comparator="<", interp="N", performer=ctr)
        c.lab(f"cea-{i}", "cea", f"{d} 08:30", cea, performer=ctr)
    e1 = c.encounter("enc-1111", "AMB", "2026-11-11 10:00", "2026-11-11 10:45", typ=vtype("FU"), pract=endo, provider=ctr,
                     reason=cc(text="Annual MEN2A surveillance"), diagnoses=[(men, "billing")])
    c.labs("lab-1111", "2026-11-11 08:30", [("ca", 9.5), ("pth", 41), ("tsh", 1.2)], enc=e1, performer=ctr)
    c.observation("metan", cc((LAB_SYS, "PMET", "Metanephrines, fractionated, free, plasma"), text="Plasma free metanephrines"),
                  "2026-11-11 08:30", "Metanephrine 0.21 nmol/L (ref < 0.50); normetanephrine 0.48 nmol/L (ref < 0.90)", interp="N", enc=e1)
    c.vitals("v-1111", "2026-11-11 10:02", bp=(122, 76), hr=70, weight=82.0, enc=e1)
    c.med_statement("ms-levo", rx("10582", "levothyroxine", "levothyroxine sodium 137 MCG oral tablet"), "active", start="2023-03-20",
                    dosage="137 mcg daily", asserted="2026-11-11")
    c.med_statement("ms-hc", rx("5492", "hydrocortisone", "hydrocortisone 10 MG oral tablet"), "stopped", start="2024-06-18",
                    end="2024-08-30", note="Peri-operative cover only; adrenal function recovered (right adrenal intact).")
    note(c, "doc-1111", "progress", "2026-11-11 10:45", """
ENDOCRINOLOGY - MEN2A SURVEILLANCE - 11/11/2026
38M with MEN2A (germline RET p.C634R). Total thyroidectomy + central neck dissection 03/2023 for medullary thyroid carcinoma (pT1b N0, calcitonin undetectable since). Laparoscopic left adrenalectomy 06/2024 for pheochromocytoma.
Today: asymptomatic, normotensive. Calcitonin < 2 pg/mL and CEA 1.3 (stable x3). Plasma metanephrines normal (right adrenal). Calcium 9.5, PTH 41 - no primary hyperparathyroidism.
Assessment: MEN2A, no evidence of disease. Lifelong surveillance required (pheochromocytoma of remaining adrenal, hyperparathyroidism, MTC recurrence).
Plan: annual calcitonin/CEA, plasma metanephrines, calcium/PTH; continue levothyroxine. Genetic counseling follow-up for cascade testing of his two children (pediatric endocrinology referral already placed by L. Chen, MS, CGC).
David Okafor, MD
""", endo, e1)
    note(c, "doc-gc", "consult", "2026-02-03 14:00", """
GENETIC COUNSELING - 02/03/2026
Discussed autosomal dominant inheritance of MEN2A with Mr. Fischer and his wife; 50% risk for each child. Children aged 7 and 4: RET testing recommended now given ATA highest-risk codon 634 (prophylactic thyroidectomy usually by age 5). Referral to pediatric endocrinology sent. Sister (41) has been informed and is arranging testing.
Laura Chen, MS, CGC
""", gc)
    return c


# =====================================================================================
def c10(c):
    """Benign thyroid nodule (Bethesda II): 'no treatment is required' and routine surveillance."""
    ctr = setup(c, "Kim", "Susan", "female", "1977-07-07", "LTC-6650192", "480 Willow Bend", "Port Lakeshore",
                ("np", "rad", "cyto", "pcp"), pcp=True, cov_start="2018-01-01", phone="+1 269 555 0111")
    np_, rad, cyto, pcp = P(c, "np"), P(c, "rad"), P(c, "cyto"), P(c, "pcp")
    sr0 = c.service_request("sr-ref", cc((SCT, "306206005", "Referral to service"), text="Referral to thyroid nodule clinic"),
                            "2026-09-22 11:00", status="completed", intent="order", requester=pcp, performer=c.ref("Organization", "org-ctr"),
                            reason=[cc((SCT, "237495005", "Thyroid nodule"), text="Palpable right thyroid nodule on annual exam")])
    e1 = c.encounter("enc-new", "AMB", "2026-10-06 09:00", "2026-10-06 09:45", typ=vtype("NEW"), pract=np_, provider=ctr, based_on=[sr0],
                     reason=cc((SCT, "237495005", "Thyroid nodule")))
    c.report("us", cpt("76536", "Ultrasound, soft tissues of head and neck (eg, thyroid, parathyroid, parotid), real time with image documentation", "US thyroid"),
             "2026-10-06 09:10", results=[tirads(c, "tr", "2026-10-06 09:10", "TR4", 4, enc=e1, performer=rad)],
             conclusion="Right lobe nodule 1.6 x 1.2 x 1.1 cm, solid, hypoechoic, smooth margins, no echogenic foci: TR4 (4 points). FNA recommended (>= 1.5 cm). Left lobe normal. No abnormal nodes.",
             cat=cc((V20074, "RUS", "Radiology Ultrasound")), enc=e1, performer=rad)
    c.labs("lab-1006", "2026-10-06 08:30", [("tsh", 1.7), ("ca", 9.3)], enc=e1, performer=ctr)
    e2 = c.encounter("enc-fna", "AMB", "2026-10-20 10:00", "2026-10-20 10:30", typ=vtype("PROC"), pract=np_, provider=ctr,
                     reason=cc((SCT, "237495005", "Thyroid nodule")))
    fna(c, "fna", "2026-10-20 10:10", np_, e2)
    bethesda(c, "beth", "2026-10-22", "II", "benign follicular nodule (adenomatoid/colloid nodule)", enc=e2, performer=cyto)
    nod = c.condition("cond-nod", dx("E04.1", "Nontoxic single thyroid nodule", ("237495005", "Thyroid nodule")), onset="2026-09-22",
                      recorded="2026-10-06", asserter=np_, note="Benign cytology (Bethesda II).")
    e3 = c.encounter("enc-result", "AMB", "2026-11-12 14:00", "2026-11-12 14:20", typ=vtype("FU"), pract=np_, provider=ctr,
                     reason=cc(text="FNA result discussion"))
    c.impression("ci-result", "2026-11-12 14:15",
                 "Benign thyroid nodule (Bethesda II, TR4, 1.6 cm), euthyroid, asymptomatic. No treatment is required; surgery is not indicated. Surveillance ultrasound in 12-24 months.",
                 assessor=np_, enc=e3, problems=[nod])
    c.careplan("cp-surv", "Benign thyroid nodule - ultrasound surveillance", "active", "plan",
               cc((SCT, "386053000", "Evaluation procedure"), text="Surveillance"), "2026-11-12", addresses=[nod], author=np_,
               description="No treatment required. Repeat thyroid ultrasound in 12-24 months; repeat FNA only if >= 50% volume growth or new suspicious features.",
               activities=[{"code": cpt("76536", "Ultrasound, soft tissues of head and neck (eg, thyroid, parathyroid, parotid), real time with image documentation", "Surveillance ultrasound"),
                            "status": "scheduled", "description": "Thyroid ultrasound 11/2027"}])
    note(c, "doc-result", "progress", "2026-11-12 14:20", """
THYROID NODULE CLINIC - 11/12/2026
49F, 1.6 cm right TR4 nodule found by her PCP. FNA 10/20/2026: Bethesda II, benign follicular nodule (risk of malignancy about 2-7%). TSH normal. No compressive symptoms.
Assessment: benign thyroid nodule. No treatment is needed - surgery, radioiodine or ablation are not indicated.
Plan: ultrasound in 12-24 months, then lengthen interval if stable. Reassured; she was relieved. Return earlier for growth, voice change or swallowing difficulty. Copy to Dr. Walsh.
Rachel Donovan, NP
""", np_, e3)
    c.med_statement("ms-vitd", rx("2418", "cholecalciferol", "cholecalciferol 1000 UNT oral tablet"), "active", start="2022-01-01",
                    dosage="1000 units daily", asserted="2026-11-12")
    c.condition("cond-mig", dx("G43.909", "Migraine, unspecified, not intractable, without status migrainosus"), onset="2005",
                recorded="2018-01-10")
    return c


CASES = [
    dict(fn=c01, target="DIAGNOSIS_SYMPTOM_MISMATCH", kind="positive", expected=["DIAGNOSIS_SYMPTOM_MISMATCH"],
         why="The 'benign multinodular goiter' label (Bethesda II in 2024) is kept as the explanation while new findings it cannot account for appear: nodule growth 2.3 -> 3.4 cm with TR5 features, a suspicious level IV node, hoarseness with right vocal-cord paralysis; plan is simply 12-month surveillance.",
         summary="Thyroid service: 64-year-old woman, benign MNG on old FNA; now hoarse with a paralysed cord, TR5 growth and a suspicious node, still 'benign'."),
    dict(fn=c02, target="MAJOR_PROCEDURE_PLANNED", kind="positive", expected=["MAJOR_PROCEDURE_PLANNED"],
         why="Total thyroidectomy with central neck dissection (CPT 60252) is ordered (ServiceRequest active) and booked for 12 Jan 2027 for node-positive papillary carcinoma.",
         summary="Thyroid service: 41-year-old man with BRAF-positive papillary carcinoma and a central node; surgery booked for January."),
    dict(fn=c03, target="MAJOR_PROCEDURE_PLANNED", kind="near-miss", expected=[],
         why="The hemithyroidectomy was already performed (15 Sep 2026; ServiceRequest completed, Procedure completed) and the pathology is benign; the only open order is a surveillance ultrasound.",
         summary="Thyroid service: 56-year-old woman with a Bethesda IV nodule; right lobectomy done in September, follicular adenoma, recovered."),
    dict(fn=c04, target="UNTREATABLE_PROGNOSIS", kind="positive", expected=["UNTREATABLE_PROGNOSIS"],
         why="RAI-refractory metastatic papillary carcinoma progressing after lenvatinib and cabozantinib: the tumor board records no further treatment options, and a palliative/hospice CarePlan and hospice referral are active; no second opinion on record.",
         summary="Thyroid service: 76-year-old man with RAI-refractory metastatic PTC, ECOG 3, no actionable mutation; hospice referral."),
    dict(fn=c05, target="HIGH_IMPACT_TREATMENT", kind="positive", expected=["HIGH_IMPACT_TREATMENT"],
         why="Lenvatinib (a multikinase inhibitor with heavy toxicity) started 1 Sep 2026, and the EORTC QLQ-C30 global health status fell 75 -> 58 -> 50 after it began (25 points, MCID about 10).",
         summary="Thyroid service: 68-year-old woman with RAI-refractory lung metastases; lenvatinib shrinks them but quality of life falls sharply."),
    dict(fn=c06, target="PATIENT_REPORTED_CONCERN", kind="positive", expected=["PATIENT_REPORTED_CONCERN"],
         why="In her pre-visit QuestionnaireResponse (16 Nov 2026) she answered No to being listened to and Yes to wanting a second opinion from another specialist, with a comment explaining why.",
         summary="Thyroid service: 35-year-old woman with a 0.8 cm papillary microcarcinoma on active surveillance; questionnaire asks for a second opinion."),
    dict(fn=c07, target="DIAGNOSIS_SYMPTOM_MISMATCH", kind="near-miss", expected=[],
         why="The catch-all 'Other fatigue' (R53.83) lasted over 90 days, but was then explained by Hashimoto hypothyroidism (TSH 38, TPO 412); the fatigue condition is resolved and she is well on levothyroxine.",
         summary="Thyroid service: 43-year-old woman with 'fatigue' for months until hypothyroidism was found; now euthyroid and well, small TR3 nodule."),
    dict(fn=c08, target="WORSENING_DESPITE_TREATMENT", kind="near-miss", expected=[],
         why="Free T4 rose 1.2 -> 2.4 -> 3.6 ng/dL from May to Nov 2026, but methimazole had been stopped by the patient on 15 Jun 2026 (insurance lapse), so treatment was not running; it was restarted on 3 Nov.",
         summary="Thyroid service: 30-year-old woman with Graves disease relapsing after she stopped methimazole for lack of insurance."),
    dict(fn=c09, target="RARE_OR_COMPLEX_CONDITION", kind="positive", expected=["RARE_OR_COMPLEX_CONDITION"],
         why="Multiple endocrine neoplasia type 2A (germline RET C634R) is an active rare disease requiring lifelong surveillance, after medullary thyroid carcinoma and pheochromocytoma.",
         summary="Thyroid service: 38-year-old man with MEN2A, thyroidectomy and adrenalectomy done, annual surveillance with no evidence of disease."),
    dict(fn=c10, target="UNTREATABLE_PROGNOSIS", kind="near-miss", expected=[],
         why="'No treatment is required' refers to a benign (Bethesda II) nodule that needs none; there is no serious condition, no palliative plan and no statement that treatment options are exhausted.",
         summary="Thyroid service: 49-year-old woman with a 1.6 cm benign nodule after FNA; reassured, no treatment needed, surveillance."),
]
