"""Organisation D: Lakeshore Adult Congenital Heart Clinic (fictitious ACHD program, Chicago, USA).

Style: ICD-10-CM diagnoses, CPT procedure codes, SNOMED CT and LOINC, RxNorm ingredient codes, echocardiography and
cardiac MRI reports, exercise studies, re-intervention decisions, pregnancy counselling; commercial or Medicaid cover.
"""
from fhirkit import (COMMCAT, CPT, ICD10CM, LOINC, ORPHA, RXNORM, SCT, cc, tx)

CLINIC = "Lakeshore Adult Congenital Heart Clinic"


def cm(code, display, text=None, extra=None):
    codings = [(ICD10CM, code, display)]
    if extra:
        codings.append(extra)
    return cc(*codings, text=text or display)


def cpt(code, text):
    return cc((CPT, code), text=text)


def rx(code, text):
    return cc((RXNORM, code), text=text) if code else cc(text=text)


LABS = {
    "hb": ("718-7", "Hemoglobin [Mass/volume] in Blood", "g/dL", "Hemoglobin"),
    "creat": ("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", "mg/dL", "Creatinine"),
    "egfr": ("98979-8", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI 2021)", "mL/min/{1.73_m2}", "eGFR"),
    "k": ("2823-3", "Potassium [Moles/volume] in Serum or Plasma", "mmol/L", "Potassium"),
    "na": ("2951-2", "Sodium [Moles/volume] in Serum or Plasma", "mmol/L", "Sodium"),
    "bnp": ("33762-6", "Natriuretic peptide.B prohormone N-Terminal [Mass/volume] in Serum or Plasma", "pg/mL", "NT-proBNP"),
    "tsh": ("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", "m[IU]/L", "TSH"),
    "ft4": ("3024-7", "Thyroxine (T4) free [Mass/volume] in Serum or Plasma", "ng/dL", "Free T4"),
    "tpo": ("8099-4", "Thyroperoxidase Ab [Units/volume] in Serum or Plasma", "[IU]/mL", "TPO antibodies"),
    "inr": ("6301-6", "INR in Platelet poor plasma by Coagulation assay", "{INR}", "INR"),
    "mg": ("19123-9", "Magnesium [Mass/volume] in Serum or Plasma", "mg/dL", "Magnesium"),
    "ldl": ("13457-7", "Cholesterol in LDL [Mass/volume] in Serum or Plasma by calculation", "mg/dL", "LDL cholesterol"),
}


def lab(c, short, key, date, value, low=None, high=None, enc=None, note=None):
    lo, disp, unit, name = LABS[key]
    return c.obs(short, cc((LOINC, lo, disp), text=name), date, value=(value, unit), low=low, high=high, encounter=enc, note=note,
                 time="08:20")


def setup(c, given, family, gender, birth, mrn, payer="commercial", city="Chicago"):
    c.clinic = c.organization("org", CLINIC, type_code="prov", city="Chicago", country="US",
                              ident=("http://hl7.org/fhir/sid/us-npi", "1679453201"), telecom="+1 312 555 0190",
                              alias="Lakeshore University Medical Center - ACHD Program")
    c.marsh = c.practitioner("pr-marsh", "Marsh", "Elena", prefix="Dr.", gender="female", qual="ACHD Cardiologist, MD",
                             ident=("http://hl7.org/fhir/sid/us-npi", "1487715532"))
    c.np = c.practitioner("pr-np", "Reyes", "Jordan", gender="female", qual="Nurse Practitioner, ACHD")
    if payer == "commercial":
        pay = c.organization("org-pay", "Great Lakes Blue Health Plan", type_code="ins", city="Chicago", country="US")
        ctype = cc(("http://terminology.hl7.org/CodeSystem/v3-ActCode", "PPO", "preferred provider organization policy"), text="Commercial PPO")
        klass = ("GLB-PPO-3000", "Great Lakes Blue PPO 3000")
    else:
        pay = c.organization("org-pay", "Prairie State Medicaid Managed Care", type_code="pay", city="Springfield", country="US")
        ctype = cc(("http://terminology.hl7.org/CodeSystem/v3-ActCode", "PUBLICPOL", "public healthcare"), text="Medicaid managed care")
        klass = ("PSM-MCO", "Prairie State Medicaid MCO")
    mid = "M" + mrn[-7:]
    c.patient(given, family, gender, birth, mrn, national=mid, city=city, country="US", postal="606" + mrn[-2:],
              line=f"{int(mrn[-3:]) + 100} W Belmont Ave", lang="en-US", org=c.clinic, phone="+1 773 555 0" + mrn[-3:])
    c.coverage("cov", pay, ctype, "2025-01-01", subscriber_id=mid, klass=klass)


def note_t(code, display, text):
    return cc((LOINC, code, display), text=text)


def echo(c, short, date, conclusion, enc=None, results=None, performer=None):
    return c.report(short, cc((LOINC, "34552-0"), (CPT, "93306"), text="Transthoracic echocardiogram, complete"), date,
                    conclusion=conclusion, category=("CUS", "Cardiac Ultrasound"), performer=performer or c.clinic, encounter=enc,
                    results=results)


def measure(c, short, text, date, value, unit, enc=None, loinc=None, note=None, low=None, high=None):
    code = cc((LOINC, loinc[0], loinc[1]), text=text) if loinc else cc((c.local("cardio-measures"), short.split("-")[1].upper(), text), text=text)
    return c.obs(short, code, date, value=(value, unit), category="imaging" if unit in ("mm", "%", "mL/m2", "m/s", "mm[Hg]", "cm2", "ms") else "procedure",
                 encounter=enc, note=note, low=low, high=high)


# ======================================================================= D1
def achd_bav_bentall(c):
    setup(c, ["Michael", "James"], "Kowalski", "male", "1982-03-11", "LAC-0047712")
    surg = c.practitioner("pr-surg", "Iyer", "Rahul", prefix="Dr.", gender="male", qual="Cardiothoracic Surgeon, MD")
    img = c.practitioner("pr-img", "Okafor", "Grace", prefix="Dr.", gender="female", qual="Cardiac Imaging, MD")
    bav = c.condition("c-bav", cm("Q23.81", "Bicuspid aortic valve", "Bicuspid aortic valve (type 1, R-L fusion)"), onset_string="Childhood (murmur age 8)",
                      recorded="2012-05-02")
    stn = c.condition("c-as", cm("I35.0", "Nonrheumatic aortic (valve) stenosis", "Severe aortic stenosis (bicuspid valve)"), onset="2026-08-04",
                      recorded="2026-08-04", recorder=c.marsh, severity=cc((SCT, "24484000", "Severe"), text="Severe"))
    aa = c.condition("c-aa", cm("I71.21", "Aneurysm of the ascending aorta, without rupture", "Ascending aortic aneurysm 51 mm (bicuspid aortopathy)"),
                     onset="2026-08-20", recorded="2026-08-20", recorder=c.marsh)
    htn = c.condition("c-htn", cm("I10", "Essential (primary) hypertension"), onset="2019", recorded="2019-04-11")
    lip = c.condition("c-lip", cm("E78.5", "Hyperlipidemia, unspecified"), onset="2020", recorded="2020-02-03")
    c.medstmt("ms-los", rx("52175", "losartan 50 mg tablet"), "active", "2019-04-11", dose_text="50 mg daily", reason_ref=[htn])
    c.medstmt("ms-ator", rx("83367", "atorvastatin 20 mg tablet"), "active", "2020-02-03", dose_text="20 mg nightly", reason_ref=[lip])
    e1 = c.encounter("enc-1", "2026-08-04", "ACHD clinic visit", prac=c.marsh, org=c.clinic, reason_ref=[bav], time="13:00")
    c.bp("bp-1", "2026-08-04", 128, 76, encounter=e1)
    r = [measure(c, "m-vmax", "Aortic valve peak velocity", "2026-08-04", 4.3, "m/s", enc=e1),
         measure(c, "m-mg", "Aortic valve mean gradient", "2026-08-04", 46, "mm[Hg]", enc=e1),
         measure(c, "m-ava", "Aortic valve area (continuity)", "2026-08-04", 0.8, "cm2", enc=e1),
         measure(c, "m-ef", "Left ventricular ejection fraction", "2026-08-04", 60, "%", enc=e1, loinc=("10230-1", "Left ventricular Ejection fraction"))]
    echo(c, "dr-tte", "2026-08-04", "Bicuspid aortic valve (R-L fusion), heavily calcified: severe aortic stenosis (Vmax 4.3 m/s, mean gradient 46 mmHg, "
         "AVA 0.8 cm2), mild AR. Normal LV size, LVEF 60%, mild concentric LVH. Ascending aorta dilated - CT recommended.", enc=e1, results=r,
         performer=img)
    c.report("dr-cta", cpt("71275", "CT angiography chest"), "2026-08-20",
             conclusion="Aortic annulus 25 mm, sinuses of Valsalva 45 mm, sinotubular junction 38 mm, mid-ascending aorta 51 mm, arch 30 mm. "
                        "No coarctation.", category=("RAD", "Radiology"), performer=img)
    c.report("dr-cpet", cpt("94621", "Cardiopulmonary exercise study"), "2026-09-10",
             conclusion="Peak VO2 24.1 mL/kg/min (78% predicted), RER 1.14. Limited by dyspnea; blunted systolic BP rise (+18 mmHg). No arrhythmia.",
             category=("PF", "Pulmonary Function"), performer=c.clinic)
    c.report("dr-ccta", cpt("75574", "Coronary CT angiography"), "2026-09-24", conclusion="No coronary artery disease. Coronary calcium score 0.",
             category=("RAD", "Radiology"), performer=img)
    e2 = c.encounter("enc-ht", "2026-10-07", "Multidisciplinary heart team conference", prac=c.marsh, org=c.clinic, reason_ref=[stn, aa], time="07:00")
    c.note("doc-ht", "2026-10-07", note_t("11488-4", "Consult note", "Heart team conference summary"),
           "HEART TEAM: 44M, bicuspid AV with severe symptomatic AS (NYHA II, exertional presyncope, blunted BP response on CPET) and ascending "
           "aorta 51 mm. Class I indication for AVR; concomitant ascending aortic replacement reasonable at >= 45 mm during AVR. Not a TAVR "
           "candidate (age, aortopathy). Recommendation: surgical AVR with supracoronary ascending aortic replacement. Refer to Dr. Iyer.",
           c.marsh, encounter=e2)
    e3 = c.encounter("enc-surg", "2026-10-21", "Cardiothoracic surgery consultation", prac=surg, org=c.clinic, reason_ref=[stn, aa], time="10:30")
    c.note("doc-surg", "2026-10-21", note_t("11488-4", "Consult note", "Cardiothoracic surgery consult"),
           "CT SURGERY CONSULT: Agree with heart team. Plan: median sternotomy, aortic valve replacement (On-X mechanical, patient preference after "
           "discussion of anticoagulation vs reoperation) + supracoronary ascending aortic replacement with Dacron graft. Risks discussed "
           "(STS PROM 0.9%). Surgery scheduled 01/19/2027. Dental clearance obtained.", surg, encounter=e3)
    sr = c.sreq("sr-avr", cc((CPT, "33405"), (CPT, "33860"), text="Surgical aortic valve replacement (mechanical) + supracoronary ascending aorta replacement"),
                "active", "order", "2026-10-21", occurrence="2027-01-19T07:30:00-06:00", requester=surg, performer=surg, reason_ref=[stn, aa],
                category=cc((SCT, "387713003", "Surgical procedure"), text="Cardiac surgery"), encounter=e3)
    c.appointment("appt-preadm", "2027-01-12", "2027-01-12", "booked", "Pre-admission evaluation (labs, type and screen, anesthesia)",
                  [c.P, surg], reason_ref=stn, based_on=sr, start_time="09:00", end_time="11:00")
    c.appointment("appt-or", "2027-01-19", "2027-01-19", "booked", "OR: AVR + ascending aorta replacement", [c.P, surg], reason_ref=stn, based_on=sr,
                  start_time="07:30", end_time="13:30")
    r2 = [lab(c, "lab-hb", "hb", "2026-10-21", 14.8, 13.5, 17.5, enc=e3), lab(c, "lab-creat", "creat", "2026-10-21", 0.94, 0.7, 1.3, enc=e3)]
    c.report("dr-lab", cc(text="CBC, BMP"), "2026-10-21", results=r2, performer=c.clinic, encounter=e3)


# ======================================================================= D2
def achd_asd_closed(c):
    setup(c, ["Linda", "Marie"], "Horvath", "female", "1974-06-27", "LAC-0051308")
    inter = c.practitioner("pr-int", "Mensah", "Kwame", prefix="Dr.", gender="male", qual="Interventional Cardiologist (Congenital), MD")
    asd = c.condition("c-asd", cm("Q21.11", "Secundum atrial septal defect", "Secundum ASD 22 mm, closed percutaneously 05/19/2026"),
                      onset="2025-11-18", recorded="2025-11-18", recorder=c.marsh)
    lip = c.condition("c-lip", cm("E78.5", "Hyperlipidemia, unspecified"), onset="2018", recorded="2018-07-10")
    gerd = c.condition("c-gerd", cm("K21.9", "Gastro-esophageal reflux disease without esophagitis"), onset="2016", recorded="2016-03-22")
    c.medstmt("ms-ator", rx("83367", "atorvastatin 10 mg tablet"), "active", "2018-07-10", dose_text="10 mg nightly", reason_ref=[lip])
    c.medstmt("ms-ome", rx("7646", "omeprazole 20 mg capsule"), "active", "2016-03-22", dose_text="20 mg daily", reason_ref=[gerd])
    echo(c, "dr-tte-0", "2025-11-18", "Secundum ASD ~20 mm with left-to-right shunt, Qp:Qs ~2.1. RV dilated (RVEDD 48 mm), normal RV function. RVSP 34 mmHg.")
    c.report("dr-tee", cpt("93312", "Transesophageal echocardiogram"), "2026-02-10",
             conclusion="Secundum ASD 22 x 18 mm; deficient retro-aortic rim, other rims adequate (>5 mm). Suitable for device closure.",
             category=("CUS", "Cardiac Ultrasound"), performer=c.clinic)
    e1 = c.encounter("enc-1", "2026-03-10", "ACHD clinic visit", prac=c.marsh, org=c.clinic, reason_ref=[asd])
    sr = c.sreq("sr-closure", cpt("93580", "Percutaneous transcatheter ASD closure with implant"), "completed", "order", "2026-03-10",
                occurrence="2026-05-19", requester=c.marsh, performer=inter, reason_ref=[asd], encounter=e1)
    e2 = c.encounter("enc-cath", "2026-05-19", "Cardiac catheterization lab - day case", prac=inter, org=c.clinic, reason_ref=[asd], end="2026-05-19",
                     end_time="17:00", time="07:30")
    c.procedure("proc-closure", cpt("93580", "Percutaneous transcatheter ASD closure, 24 mm Amplatzer septal occluder"), "completed",
                date="2026-05-19", time="09:10", performer=inter, encounter=e2, based_on=[sr], reason_ref=[asd],
                outcome=tx("Successful device deployment; no residual shunt on ICE; no complications. Discharged same day."))
    c.medstmt("ms-asa", rx("1191", "aspirin 81 mg tablet"), "completed", "2026-05-19", end="2026-11-19", dose_text="81 mg daily x 6 months", reason_ref=[asd])
    c.medstmt("ms-clop", rx("32968", "clopidogrel 75 mg tablet"), "completed", "2026-05-19", end="2026-08-19", dose_text="75 mg daily x 3 months", reason_ref=[asd])
    e3 = c.encounter("enc-3", "2026-06-23", "ACHD clinic - post-procedure visit", prac=c.np, org=c.clinic, reason_ref=[asd])
    echo(c, "dr-tte-1", "2026-06-23", "Septal occluder well seated, no residual shunt. RV size improved (RVEDD 42 mm). No pericardial effusion.", enc=e3)
    e4 = c.encounter("enc-4", "2026-11-17", "ACHD clinic - 6-month post-closure visit", prac=c.marsh, org=c.clinic, reason_ref=[asd])
    echo(c, "dr-tte-2", "2026-11-17", "Stable ASD occluder position, no residual shunt, no erosion. RV size normal (RVEDD 38 mm). LVEF 62%.", enc=e4)
    c.bp("bp-4", "2026-11-17", 122, 74, encounter=e4)
    c.obs("obs-nyha", cc(text="NYHA functional class"), "2026-11-17", value=cc(text="Class I"), category="exam", encounter=e4)
    c.note("doc-4", "2026-11-17", note_t("11506-3", "Progress note", "ACHD clinic note"),
           "6 months after uncomplicated percutaneous ASD closure (05/19/2026). Exertional dyspnea resolved - now walking 3 miles daily. "
           "Echo: device stable, no residual shunt, RV size normalized. Plan: stop aspirin after 11/19/2026; endocarditis prophylaxis no longer "
           "needed after 6 months; next echo in 1 year, then every 3-5 years.", c.marsh, encounter=e4)


# ======================================================================= D3
def achd_tof_palliative(c):
    setup(c, ["Daniel", "Thomas"], "Nowak", "male", "1993-02-19", "LAC-0032266", payer="medicaid")
    img = c.practitioner("pr-img", "Okafor", "Grace", prefix="Dr.", gender="female", qual="Cardiac Imaging, MD")
    tof = c.condition("c-tof", cm("Q21.3", "Tetralogy of Fallot", "Tetralogy of Fallot - palliated with BT shunt, then complete repair",
                                  extra=(SCT, "86299006", "Tetralogy of Fallot")), onset_string="Birth", recorded="2011-03-14")
    c.condition("c-hx", cm("Z87.74", "Personal history of (corrected) congenital malformations of heart and circulatory system",
                           "S/p palliative right modified Blalock-Taussig shunt (1993) and complete repair with transannular patch (1994)"),
                onset="1994-08-22", recorded="2011-03-14")
    pr = c.condition("c-pr", cm("I37.1", "Nonrheumatic pulmonary valve insufficiency", "Moderate pulmonary regurgitation after transannular patch"),
                     onset="2008", recorded="2011-03-14")
    c.condition("c-rbbb", cm("I45.10", "Unspecified right bundle-branch block", "Right bundle branch block (post-operative)"), onset="1994",
                recorded="2011-03-14")
    c.procedure("proc-bts", cpt("33750", "Palliative right modified Blalock-Taussig shunt"), "completed", date="1993-05-14", reason_ref=[tof],
                note="Palliative shunt at 3 months for cyanotic spells; taken down at complete repair.")
    c.procedure("proc-repair", cpt("33694", "Complete repair of tetralogy of Fallot with transannular patch"), "completed", date="1994-08-22",
                reason_ref=[tof])
    e1 = c.encounter("enc-mri", "2026-07-14", "Cardiac MRI", prac=img, org=c.clinic, reason_ref=[tof], time="11:00")
    r = [measure(c, "m-rvedvi", "RV end-diastolic volume index", "2026-07-14", 128, "mL/m2", enc=e1),
         measure(c, "m-rvef", "RV ejection fraction", "2026-07-14", 50, "%", enc=e1),
         measure(c, "m-prf", "Pulmonary regurgitant fraction", "2026-07-14", 32, "%", enc=e1),
         measure(c, "m-lvef", "LV ejection fraction", "2026-07-14", 58, "%", enc=e1, loinc=("10230-1", "Left ventricular Ejection fraction"))]
    c.report("dr-cmr", cpt("75561", "Cardiac MRI with and without contrast"), "2026-07-14",
             conclusion="Repaired TOF. Moderate PR (regurgitant fraction 32%). RVEDVi 128 mL/m2 (2024: 124), RVESVi 64 mL/m2, RVEF 50%. "
                        "LVEF 58%. No RVOT aneurysm. Branch PAs unobstructed. Stable compared with 2024.",
             category=("RAD", "Radiology"), performer=img, results=r, encounter=e1)
    c.report("dr-cpet", cpt("94621", "Cardiopulmonary exercise study"), "2026-07-28",
             conclusion="Peak VO2 31.0 mL/kg/min (84% predicted). Normal chronotropic response. No exercise-induced arrhythmia.",
             category=("PF", "Pulmonary Function"), performer=c.clinic)
    c.report("dr-holter", cpt("93224", "Holter monitor 48 h"), "2026-07-28", conclusion="Sinus rhythm, rare isolated PVCs (<1%), no NSVT.",
             category=("CG", "Cardiac Electrodiagnostics"), performer=c.clinic)
    e2 = c.encounter("enc-2", "2026-08-11", "ACHD clinic visit", prac=c.marsh, org=c.clinic, reason_ref=[tof], time="14:00")
    c.obs("obs-qrs", cc(text="QRS duration (12-lead ECG)"), "2026-08-11", value=(148, "ms"), category="procedure", encounter=e2)
    c.bp("bp-2", "2026-08-11", 118, 72, encounter=e2)
    c.careplan("cp-surv", "Long-term ACHD surveillance plan (repaired tetralogy of Fallot)", "active", "plan", "2026-08-11",
               [cc(text="ACHD surveillance")], addresses=[tof, pr], author=c.marsh,
               description="Lifelong specialist follow-up after palliative shunt and complete repair in infancy.",
               activities=[{"code": cc(text="ACHD clinic visit with ECG yearly"), "status": "scheduled"},
                           {"code": cc(text="Cardiac MRI every 2 years (next 07/2028)"), "status": "scheduled"},
                           {"code": cc(text="CPET and Holter every 2-3 years"), "status": "scheduled"},
                           {"code": cc(text="Re-evaluate for pulmonary valve replacement if RVEDVi >160 mL/m2, RVEF <45%, symptoms or arrhythmia"),
                            "status": "not-started"}])
    c.note("doc-2", "2026-08-11", note_t("11506-3", "Progress note", "ACHD clinic note"),
           "33M with tetralogy of Fallot: palliative right modified BT shunt at 3 months (1993), complete repair with transannular patch at "
           "18 months (1994). Works as an electrician, plays recreational basketball, NYHA I, no palpitations or syncope.\n"
           "MRI: moderate PR, RVEDVi 128 mL/m2, RVEF 50% - stable. CPET 84% predicted. Holter benign. QRS 148 ms.\n"
           "Assessment: doing well; RV volumes below thresholds for pulmonary valve replacement. No intervention indicated at present.\n"
           "Plan: continue surveillance (see care plan); endocarditis prevention/dental hygiene; return 1 year.", c.marsh, encounter=e2)


# ======================================================================= D4
def achd_pregnancy_comm(c):
    setup(c, ["Samantha", "Rose"], "Delgado", "female", "1996-08-08", "LAC-0058841")
    mfm = c.practitioner("pr-mfm", "Natarajan", "Priya", prefix="Dr.", gender="female", qual="Maternal-Fetal Medicine, MD")
    bav = c.condition("c-bav", cm("Q23.81", "Bicuspid aortic valve", "Bicuspid aortic valve with congenital aortic stenosis"), onset_string="Birth",
                      recorded="2014-09-02")
    mv = c.condition("c-mvr", cm("Z95.2", "Presence of prosthetic heart valve", "Mechanical aortic valve (On-X 21 mm, 2015)"), onset="2015-06-18",
                     recorded="2015-06-18")
    c.condition("c-anticoag", cm("Z79.01", "Long term (current) use of anticoagulants", "Chronic warfarin anticoagulation"), onset="2015-06-18",
                recorded="2015-06-18")
    c.procedure("proc-avr", cpt("33405", "Aortic valve replacement, mechanical (On-X 21 mm)"), "completed", date="2015-06-18", reason_ref=[bav])
    war = c.medstmt("ms-war", rx("11289", "warfarin sodium tablet"), "active", "2015-06-18", dose_text="4 mg daily (INR goal 1.5-2.0 with aspirin)",
                    reason_ref=[mv])
    c.medstmt("ms-asa", rx("1191", "aspirin 81 mg tablet"), "active", "2015-09-18", dose_text="81 mg daily", reason_ref=[mv])
    c.medstmt("ms-iud", rx("6373", "levonorgestrel 52 mg intrauterine system"), "active", "2024-02-14", dose_text="In situ since 02/2024")
    for i, (d, v) in enumerate([("2026-07-06", 1.8), ("2026-08-03", 1.7), ("2026-09-08", 1.9), ("2026-10-05", 1.8)]):
        lab(c, f"lab-inr-{i}", "inr", d, v, 1.5, 2.0, note="Anticoagulation clinic")
    e1 = c.encounter("enc-1", "2026-09-08", "ACHD clinic visit", prac=c.marsh, org=c.clinic, reason_ref=[mv])
    r = [measure(c, "m-mg", "Prosthetic aortic valve mean gradient", "2026-09-08", 11, "mm[Hg]", enc=e1),
         measure(c, "m-ef", "Left ventricular ejection fraction", "2026-09-08", 62, "%", enc=e1, loinc=("10230-1", "Left ventricular Ejection fraction")),
         measure(c, "m-aa", "Ascending aorta diameter", "2026-09-08", 36, "mm", enc=e1)]
    echo(c, "dr-tte", "2026-09-08", "Normally functioning mechanical aortic prosthesis (mean gradient 11 mmHg, no paravalvular leak). Normal LV size and "
         "function, LVEF 62%. Ascending aorta 36 mm.", enc=e1, results=r)
    e2 = c.encounter("enc-2", "2026-09-22", "Cardio-obstetrics pre-conception counseling (ACHD + MFM)", prac=c.marsh, org=c.clinic, reason_ref=[mv],
                     time="15:00", end="2026-09-22", end_time="16:00")
    c.note("doc-2", "2026-09-22", note_t("11488-4", "Consult note", "Pre-conception counseling note"),
           "Joint ACHD/MFM pre-conception visit (Dr. Marsh, Dr. Natarajan). 30F, mechanical AVR (On-X) on warfarin 4 mg. Good prosthetic "
           "function, normal LV.\nCounseling: mWHO class III. Main risks: valve thrombosis (especially with LMWH), warfarin embryopathy "
           "(lower at <= 5 mg/day), bleeding, fetal loss; maternal mortality risk ~1-4%.\nOur recommendation: we would not advise pregnancy; "
           "alternatives such as gestational surrogacy or adoption were raised. Continue LNG-IUD. She was tearful and had many questions; "
           "visit time ran short.", c.marsh, encounter=e2)
    c.comm("comm-req", "2026-10-05", c.P, [c.marsh],
           "Dr. Marsh, I have been thinking about our visit on 9/22. I came with a lot of questions about whether I could ever safely carry "
           "a pregnancy, and I left feeling that the answer had been decided before I walked in. I would like a second opinion from another "
           "adult congenital heart center that has a cardio-obstetrics program. Could you please send a referral and my records? "
           "Thank you, Samantha Delgado", category=cc(text="Patient portal message"), topic=cc(text="Request for second opinion - pregnancy with mechanical valve"),
           about=[mv], time="21:42")
    c.comm("comm-reply", "2026-10-07", c.np, [c.P],
           "Hi Samantha, thank you for your message. Dr. Marsh has seen it and would like to go over your questions in person at your next "
           "visit in January before any referral. Please call us if anything changes. - Jordan Reyes, NP",
           category=cc(text="Patient portal message"), in_response_to=[{"reference": f"Communication/{c.cid}-comm-req"}], time="10:15")
    c.appointment("appt-next", "2027-01-26", "2027-01-26", "booked", "ACHD clinic follow-up", [c.P, c.marsh], reason_ref=mv,
                  start_time="13:00", end_time="13:40")


# ======================================================================= D5
def achd_vsd_sport_done(c):
    setup(c, ["Kevin", "Andrew"], "Brooks", "male", "1990-01-22", "LAC-0039410")
    ext_org = c.organization("org-ext", "Great Plains Adult Congenital Heart Program", type_code="prov", city="Omaha", country="US")
    ext = c.practitioner("pr-ext", "Okoye", "Nathaniel", prefix="Dr.", gender="male", qual="ACHD Cardiologist, MD (Great Plains ACHD Program)")
    vsd = c.condition("c-vsd", cm("Q21.0", "Ventricular septal defect", "Perimembranous VSD, surgical patch closure 1992; small restrictive residual peri-patch VSD"),
                      onset_string="Birth", recorded="2012-01-10")
    ar = c.condition("c-ar", cm("I35.1", "Nonrheumatic aortic (valve) insufficiency", "Mild aortic regurgitation (right coronary cusp prolapse)"),
                     onset="2015", recorded="2015-04-21")
    c.procedure("proc-vsd", cpt("33681", "Surgical patch closure of perimembranous VSD"), "completed", date="1992-03-09", reason_ref=[vsd])
    e1 = c.encounter("enc-1", "2026-02-17", "ACHD clinic visit", prac=c.marsh, org=c.clinic, reason_ref=[vsd, ar])
    echo(c, "dr-tte-1", "2026-02-17", "Small restrictive residual peri-patch VSD (peak gradient 92 mmHg, left-to-right). Mild AR with RCC prolapse. "
         "LVEDD 53 mm, LVEF 60%.", enc=e1)
    c.note("doc-1", "2026-02-17", note_t("11506-3", "Progress note", "ACHD clinic note"),
           "36M, repaired perimembranous VSD with small residual shunt and mild AR from cusp prolapse. Training for a half-Ironman. "
           "Discussed that progressive AR from cusp prolapse can eventually require surgery (VSD re-closure + aortic valve repair) and that "
           "we would watch LV size closely; advised to avoid maximal-intensity racing until next echo.", c.marsh, encounter=e1)
    c.comm("comm-req", "2026-03-02", c.P, [c.marsh],
           "Hi Dr. Marsh - after our talk in February I'm worried about needing another open-heart operation and about stopping triathlons. "
           "I'd like a second opinion from another ACHD center before deciding anything. Can you refer me? Thanks, Kevin Brooks",
           category=cc(text="Patient portal message"), topic=cc(text="Second opinion request"), about=[ar], time="19:05")
    sr = c.sreq("sr-2op", cc((SCT, "11429006", "Consultation"), text="Second opinion consultation - external ACHD program"), "completed", "order",
                "2026-03-05", requester=c.marsh, performer=ext_org, reason_ref=[vsd, ar])
    c.note("doc-ext", "2026-06-18", note_t("11488-4", "Consult note", "External second-opinion consultation"),
           "GREAT PLAINS ADULT CONGENITAL HEART PROGRAM - SECOND OPINION CONSULTATION\nReferred by Dr. E. Marsh at the patient's request.\n"
           "Reviewed records, echo and cardiac MRI (05/2026: LVEDVi 92 mL/m2, AR regurgitant fraction 14%, Qp:Qs 1.1).\n"
           "Opinion: small restrictive residual VSD and mild AR without LV dilation - no indication for surgical or transcatheter intervention. "
           "Agree with continued surveillance (echo yearly). He may continue endurance sport including triathlon with annual review.\n"
           "Dr. N. Okoye", ext, time="16:20", custodian=ext_org, description="Second opinion - external ACHD center")
    e2 = c.encounter("enc-2", "2026-09-15", "ACHD clinic visit", prac=c.marsh, org=c.clinic, reason_ref=[vsd, ar])
    echo(c, "dr-tte-2", "2026-09-15", "Unchanged small restrictive residual VSD. Mild AR. LVEDD 52 mm, LVEF 60%.", enc=e2)
    c.bp("bp-2", "2026-09-15", 116, 70, encounter=e2)
    c.note("doc-2", "2026-09-15", note_t("11506-3", "Progress note", "ACHD clinic note"),
           "Follow-up after the external second opinion (Great Plains ACHD, 06/2026), which agreed with surveillance and cleared him for "
           "triathlon. Kevin says he is reassured and happy with the plan; completed a half-Ironman in August without symptoms. "
           "Echo stable. Return 1 year with echo.", c.marsh, encounter=e2)


# ======================================================================= D6
def achd_hf_6mwd(c):
    setup(c, ["Richard", "Allen"], "Sutherland", "male", "1968-04-03", "LAC-0028175")
    hf_doc = c.practitioner("pr-hf", "Abernathy", "Louise", prefix="Dr.", gender="female", qual="Advanced Heart Failure Cardiologist, MD")
    bav = c.condition("c-bav", cm("Q23.81", "Bicuspid aortic valve", "Bicuspid aortic valve - bioprosthetic AVR 2015"), onset_string="Birth",
                      recorded="2010-06-01")
    c.condition("c-prost", cm("Z95.2", "Presence of prosthetic heart valve", "Bioprosthetic aortic valve (25 mm, 2015)"), onset="2015-04-21",
                recorded="2015-04-21")
    hf = c.condition("c-hf", cm("I50.22", "Chronic systolic (congestive) heart failure", "HFrEF, non-ischemic cardiomyopathy (normal coronaries 09/2025)"),
                     onset="2025-08-12", recorded="2025-08-12", recorder=c.marsh)
    htn = c.condition("c-htn", cm("I10", "Essential (primary) hypertension"), onset="2012", recorded="2012-02-20")
    c.procedure("proc-avr", cpt("33405", "Aortic valve replacement, bioprosthetic 25 mm"), "completed", date="2015-04-21", reason_ref=[bav])
    for s, code, name, dose, st in [("ms-arni", None, "sacubitril/valsartan tablet", "49/51 mg BID; 97/103 mg BID since 04/14/2026", "2025-10-06"),
                                    ("ms-meto", "6918", "metoprolol succinate ER tablet", "100 mg daily", "2025-10-06"),
                                    ("ms-spiro", "9997", "spironolactone 25 mg tablet", "25 mg daily", "2025-10-06"),
                                    ("ms-dapa", "1488564", "dapagliflozin 10 mg tablet", "10 mg daily", "2025-11-03"),
                                    ("ms-furo", "4603", "furosemide 20 mg tablet", "20 mg daily", "2025-10-06")]:
        c.medstmt(s, rx(code, name), "active", st, dose_text=dose, reason_ref=[hf],
                  note="Adherent per pharmacy fill history (proportion of days covered >95%)." if s == "ms-arni" else None)
    rows = [("2026-03-10", 468, 820, 68, 35, "II", 72), ("2026-07-14", 415, 1240, 55, 33, "II-III", 70),
            ("2026-11-10", 362, 2150, 41, 30, "III", 69)]
    encs = []
    sixmw = cc((LOINC, "64098-7"), (CPT, "94618"), text="Six-minute walk distance")
    kccq = cc((c.local("pro"), "KCCQ12-SS", "KCCQ-12 summary score (0-100)"), text="KCCQ-12 summary score")
    for i, (d, dist, bnp, kc, ef, nyha, egfr) in enumerate(rows):
        e = c.encounter(f"enc-{i}", d, "ACHD / heart failure clinic visit", prac=c.marsh, org=c.clinic, reason_ref=[hf], time="09:30")
        encs.append(e)
        c.obs(f"obs-6mw-{i}", sixmw, d, value=(dist, "m"), category="activity", encounter=e, time="10:10")
        lab(c, f"lab-bnp-{i}", "bnp", d, bnp, None, 125, enc=e)
        lab(c, f"lab-egfr-{i}", "egfr", d, egfr, 60, None, enc=e)
        c.obs(f"obs-kccq-{i}", kccq, d, value=(kc, "{score}"), category="survey", encounter=e)
        c.obs(f"obs-nyha-{i}", cc(text="NYHA functional class"), d, value=cc(text=f"Class {nyha}"), category="exam", encounter=e)
        c.bp(f"bp-{i}", d, [112, 108, 104][i], [70, 68, 66][i], encounter=e)
    echo(c, "dr-tte-1", "2026-03-10", "Dilated LV (LVEDD 64 mm), global hypokinesis, LVEF 35%. Bioprosthetic AV: mean gradient 12 mmHg, no regurgitation.",
         enc=encs[0])
    echo(c, "dr-tte-2", "2026-11-10", "LVEDD 67 mm, LVEF 30%, moderate functional MR. Bioprosthetic AV normal (mean gradient 12 mmHg). RVSP 42 mmHg.",
         enc=encs[2])
    lab(c, "lab-k", "k", "2026-11-10", 4.6, 3.5, 5.1, enc=encs[2])
    c.obs("obs-qrs", cc(text="QRS duration (12-lead ECG)"), "2026-11-10", value=(118, "ms"), category="procedure", encounter=encs[2])
    c.note("doc-3", "2026-11-10", note_t("11506-3", "Progress note", "ACHD / heart failure clinic note"),
           "58M, bicuspid AV s/p bioprosthetic AVR (2015), non-ischemic HFrEF since 08/2025. On full GDMT since 10-11/2025 "
           "(sacubitril/valsartan at target dose since April, metoprolol succinate 100, spironolactone 25, dapagliflozin 10), adherent.\n"
           "Despite this: 6MWD 468 -> 415 -> 362 m (Mar/Jul/Nov), NT-proBNP 820 -> 2150, KCCQ 68 -> 41, NYHA II -> III, LVEF 35 -> 30%. "
           "Prosthetic valve functioning normally - not the driver.\nPlan: referral to advanced heart failure clinic; QRS 118 ms - not a CRT "
           "candidate now; continue GDMT; low-sodium diet reinforced.", c.marsh, encounter=encs[2])
    c.sreq("sr-ahf", cc((SCT, "11429006", "Consultation"), text="Advanced heart failure clinic consultation"), "active", "order", "2026-11-10",
           occurrence="2026-12-15", requester=c.marsh, performer=hf_doc, reason_ref=[hf], encounter=encs[2])


# ======================================================================= D7
def achd_ebstein(c):
    setup(c, ["Hannah", "Claire"], "Whitfield", "female", "1999-11-30", "LAC-0060927", payer="medicaid")
    ep = c.practitioner("pr-ep", "Lindqvist", "Samuel", prefix="Dr.", gender="male", qual="Electrophysiologist, MD")
    img = c.practitioner("pr-img", "Okafor", "Grace", prefix="Dr.", gender="female", qual="Cardiac Imaging, MD")
    eb = c.condition("c-ebstein", cm("Q22.5", "Ebstein's anomaly", "Ebstein anomaly of the tricuspid valve", extra=(ORPHA, "ORPHA:1880", "Ebstein malformation of the tricuspid valve")),
                     onset_string="Diagnosed at birth", recorded="2018-01-09")
    tr = c.condition("c-tr", cc(text="Moderate tricuspid regurgitation due to Ebstein anomaly"), onset="2016", recorded="2018-01-09")
    c.condition("c-pfo", cm("Q21.12", "Patent foramen ovale", "Small PFO, no right-to-left shunt at rest"), onset_string="Birth", recorded="2018-01-09")
    wpw = c.condition("c-wpw", cm("I45.6", "Pre-excitation syndrome", "WPW - right posteroseptal accessory pathway, ablated 2014"),
                      clinical="resolved", onset="2013", abatement="2014-07-22", recorded="2013-11-05")
    c.procedure("proc-abl", cc(text="Catheter ablation of right posteroseptal accessory pathway"), "completed", date="2014-07-22", reason_ref=[wpw])
    e1 = c.encounter("enc-img", "2026-06-16", "ACHD imaging visit", prac=img, org=c.clinic, reason_ref=[eb])
    echo(c, "dr-tte", "2026-06-16", "Ebstein anomaly: apical displacement of septal leaflet 28 mm (11 mm/m2), moderate TR, enlarged RA, atrialized RV. "
         "Functional RV mildly reduced. LVEF 60%. Small PFO, left-to-right only. Unchanged from 2025.", enc=e1, performer=img)
    r = [measure(c, "m-rvef", "Functional RV ejection fraction", "2026-06-30", 48, "%"),
         measure(c, "m-rvedvi", "Functional RV end-diastolic volume index", "2026-06-30", 118, "mL/m2")]
    c.report("dr-cmr", cpt("75561", "Cardiac MRI with and without contrast"), "2026-06-30",
             conclusion="Ebstein anomaly, Carpentier type B. Functional RV EF 48%, RVEDVi 118 mL/m2 (2024: 115). Moderate TR. LVEF 59%. Stable.",
             category=("RAD", "Radiology"), performer=img, results=r)
    c.report("dr-holter", cpt("93224", "Holter monitor 24 h"), "2026-06-16", conclusion="Sinus rhythm, rare PACs, no pre-excitation, no SVT.",
             category=("CG", "Cardiac Electrodiagnostics"), performer=ep)
    c.report("dr-cpet", cpt("94621", "Cardiopulmonary exercise study"), "2026-07-14",
             conclusion="Peak VO2 29.2 mL/kg/min (82% predicted). SpO2 98% rest, 97% peak. No arrhythmia.", category=("PF", "Pulmonary Function"),
             performer=c.clinic)
    e2 = c.encounter("enc-2", "2026-09-08", "ACHD clinic visit", prac=c.marsh, org=c.clinic, reason_ref=[eb], time="10:00")
    c.bp("bp-2", "2026-09-08", 110, 68, encounter=e2)
    c.vital("spo2-2", "spo2", "2026-09-08", 98, encounter=e2)
    c.medstmt("ms-pop", rx("7514", "norethindrone 0.35 mg tablet"), "active", "2022-03-01", dose_text="0.35 mg daily (progestin-only contraception)")
    c.note("doc-2", "2026-09-08", note_t("11506-3", "Progress note", "ACHD clinic note"),
           "27F with Ebstein anomaly (Carpentier B), moderate TR, prior WPW ablation (2014). NYHA I, works as a nurse, no palpitations.\n"
           "Imaging stable: functional RV EF 48%, RVEDVi 118. CPET 82% predicted, no desaturation. Holter: no recurrence of pre-excitation.\n"
           "Assessment: stable rare congenital lesion; no indication for tricuspid (cone) repair at present.\n"
           "Pregnancy: planning in 1-2 years - mWHO II-III; reasonable with ACHD/MFM co-management; will need fetal echo. "
           "Plan: annual visit with echo; CMR every 2 years; CPET every 2 years.", c.marsh, encounter=e2)


# ======================================================================= D8
def achd_marfan_refuted(c):
    setup(c, ["Tyler", "James"], "Brandt", "male", "2004-05-16", "LAC-0063354")
    gen = c.practitioner("pr-gen", "Feld", "Miriam", prefix="Dr.", gender="female", qual="Medical Geneticist, MD")
    oph = c.practitioner("pr-oph", "Castillo", "Marco", prefix="Dr.", gender="male", qual="Ophthalmologist, MD")
    bav = c.condition("c-bav", cm("Q23.81", "Bicuspid aortic valve", "Bicuspid aortic valve with mild AR"), onset="2026-03-17", recorded="2026-03-17",
                      recorder=c.marsh)
    root = c.condition("c-root", cm("I77.810", "Thoracic aortic ectasia", "Mildly dilated aortic root 40 mm (Z +2.4) - bicuspid aortopathy"),
                       onset="2026-03-17", recorded="2026-03-17", recorder=c.marsh)
    e1 = c.encounter("enc-1", "2026-03-17", "ACHD new patient visit (referred for murmur and tall stature)", prac=c.marsh, org=c.clinic)
    c.vital("ht-1", "ht", "2026-03-17", 193, encounter=e1)
    c.obs("obs-span", cc(text="Arm span"), "2026-03-17", value=(198, "cm"), category="exam", encounter=e1, note="Arm span/height 1.03")
    r = [measure(c, "m-root", "Aortic root diameter (sinuses)", "2026-03-17", 40, "mm", enc=e1, note="Z-score +2.4"),
         measure(c, "m-asc", "Ascending aorta diameter", "2026-03-17", 34, "mm", enc=e1)]
    echo(c, "dr-tte", "2026-03-17", "Bicuspid aortic valve (R-L fusion), mild AR, no AS. Aortic root 40 mm (Z +2.4), ascending aorta 34 mm. "
         "Normal LV. Mitral valve normal, no prolapse.", enc=e1, results=r)
    c.report("dr-eye", cc(text="Slit-lamp examination with dilated pupils"), "2026-04-14",
             conclusion="No ectopia lentis. Myopia -4.0 D both eyes. Normal retina.", category=("OTH", "Other"), performer=oph)
    c.report("dr-genetic", cc((LOINC, "51969-4", "Genetic analysis report"), text="Thoracic aortic aneurysm/Marfan gene panel (FBN1, TGFBR1, TGFBR2, SMAD3, ACTA2, COL3A1, MYH11, +23)"),
             "2026-05-20", conclusion="No pathogenic or likely pathogenic variants identified. FBN1 sequencing and deletion/duplication analysis normal.",
             category=("GE", "Genetics"), performer=gen)
    e2 = c.encounter("enc-gen", "2026-06-02", "Medical genetics consultation", prac=gen, org=c.clinic)
    c.obs("obs-sys", cc(text="Revised Ghent systemic score"), "2026-06-02", value=4, category="exam", encounter=e2,
          note="Pectus excavatum (1), arm span/height >1.05 not met, wrist + thumb sign (3) - total 4 (<7).")
    c.condition("c-marfan", cm("Q87.40", "Marfan's syndrome, unspecified", "Marfan syndrome - EXCLUDED", extra=(ORPHA, "ORPHA:558", "Marfan syndrome")),
                clinical=None, ver="refuted", category="encounter-diagnosis", recorded="2026-06-02", recorder=gen, encounter=e2,
                note="Revised Ghent: no ectopia lentis, no FBN1 variant, systemic score 4, root Z 2.4 -> criteria not met. Aortic root dilation "
                     "attributed to bicuspid aortopathy.")
    c.note("doc-gen", "2026-06-02", note_t("11488-4", "Consult note", "Medical genetics consultation"),
           "Referred to evaluate for Marfan syndrome (tall, mild pectus, myopia, aortic root 40 mm). Slit lamp: no ectopia lentis. "
           "Aortopathy panel negative including FBN1 del/dup. Systemic score 4. Conclusion: Marfan syndrome is NOT diagnosed; no other heritable "
           "thoracic aortic disease identified. Root dilation fits bicuspid aortic valve aortopathy. First-degree relatives: echo screening for "
           "BAV recommended.", gen, encounter=e2)
    e3 = c.encounter("enc-3", "2026-06-16", "ACHD clinic visit", prac=c.marsh, org=c.clinic, reason_ref=[bav, root])
    c.bp("bp-3", "2026-06-16", 118, 68, encounter=e3)
    c.note("doc-3", "2026-06-16", note_t("11506-3", "Progress note", "ACHD clinic note"),
           "Genetics: Marfan excluded. Diagnosis: bicuspid aortic valve with mild AR and mild root dilation. Plan: echo yearly (CT/MRI if root "
           ">= 45 mm), BP control, avoid heavy isometric lifting; competitive college soccer OK. Return 1 year.", c.marsh, encounter=e3)


# ======================================================================= D9
def achd_palpitations_avnrt(c):
    setup(c, ["Jessica", "Lynn"], "Moreau", "female", "1985-09-12", "LAC-0044596")
    ep = c.practitioner("pr-ep", "Lindqvist", "Samuel", prefix="Dr.", gender="male", qual="Electrophysiologist, MD")
    asd = c.condition("c-asd", cm("Q21.11", "Secundum atrial septal defect", "Secundum ASD - surgical patch closure 1991, no residual shunt"),
                      onset_string="Birth", recorded="2014-10-02")
    pal = cc((SCT, "80313002", "Palpitations"), text="Palpitations - sudden racing heartbeat")
    palc = c.condition("c-palp", cm("R00.2", "Palpitations"), clinical="resolved", onset="2026-04", abatement="2026-10-27", recorded="2026-05-12",
                       recorder=c.marsh, note="Explained by AVNRT (08/2026).")
    e1 = c.encounter("enc-1", "2026-05-12", "ACHD clinic visit", prac=c.marsh, org=c.clinic, reason=pal)
    c.obs("obs-sx-1", pal, "2026-05-12", value=cc((SCT, "52101004", "Present"), text="present"), category="exam", encounter=e1,
          note="Episodes 2-3 per week, lasting minutes, abrupt onset.")
    c.obs("obs-ecg-1", cc((LOINC, "11524-6", "EKG study"), text="12-lead ECG"), "2026-05-12", value="Sinus rhythm 68 bpm, incomplete RBBB, no pre-excitation",
          category="procedure", encounter=e1, interp="N")
    r = [lab(c, "lab-tsh", "tsh", "2026-05-12", 1.9, 0.45, 4.5, enc=e1), lab(c, "lab-hb", "hb", "2026-05-12", 13.1, 12.0, 15.5, enc=e1),
         lab(c, "lab-k", "k", "2026-05-12", 4.2, 3.5, 5.1, enc=e1), lab(c, "lab-mg", "mg", "2026-05-12", 2.0, 1.7, 2.4, enc=e1)]
    c.report("dr-lab", cc(text="TSH, CBC, BMP, magnesium"), "2026-05-12", results=r, performer=c.clinic, encounter=e1)
    e2 = c.encounter("enc-2", "2026-06-16", "ACHD clinic visit", prac=c.np, org=c.clinic, reason=pal)
    c.obs("obs-sx-2", pal, "2026-06-16", value=cc((SCT, "52101004", "Present"), text="present"), category="exam", encounter=e2)
    c.report("dr-holter", cpt("93224", "Holter monitor 24 h"), "2026-06-09", conclusion="Sinus rhythm 52-134 bpm, rare PACs. No symptoms during recording.",
             category=("CG", "Cardiac Electrodiagnostics"), performer=c.clinic)
    e3 = c.encounter("enc-3", "2026-07-21", "ACHD clinic visit", prac=c.marsh, org=c.clinic, reason=pal)
    c.obs("obs-sx-3", pal, "2026-07-21", value=cc((SCT, "52101004", "Present"), text="present"), category="exam", encounter=e3)
    echo(c, "dr-tte", "2026-07-21", "Intact atrial septal patch, no residual shunt. Normal biventricular size and function. LVEF 61%.", enc=e3)
    c.sreq("sr-patch", cpt("93245", "Extended ECG patch monitor, 14 days"), "completed", "order", "2026-07-21", requester=c.marsh, reason=pal, encounter=e3)
    c.report("dr-patch", cpt("93245", "Extended ECG patch monitor, 14 days"), "2026-08-20",
             conclusion="Two symptomatic episodes of regular narrow-complex tachycardia at 188 bpm (6 and 14 min), abrupt onset and termination, "
                        "short RP - consistent with typical AVNRT. No atrial fibrillation or flutter.", category=("CG", "Cardiac Electrodiagnostics"),
             performer=ep)
    e4 = c.encounter("enc-ep", "2026-08-25", "Electrophysiology consultation", prac=ep, org=c.clinic, reason=pal)
    svt = c.condition("c-svt", cm("I47.19", "Other supraventricular tachycardia", "Supraventricular tachycardia - typical AVNRT"), onset="2026-08-20",
                      recorded="2026-08-25", recorder=ep, evidence=[{"reference": f"DiagnosticReport/{c.cid}-dr-patch"}])
    c.medstmt("ms-dil", rx("3443", "diltiazem ER 120 mg capsule"), "active", "2026-08-25", dose_text="120 mg daily", reason_ref=[svt])
    c.note("doc-ep", "2026-08-25", note_t("11488-4", "Consult note", "Electrophysiology consult"),
           "Palpitations explained: patch monitor captured typical AVNRT at 188 bpm correlating with symptoms. Options discussed: catheter "
           "ablation (~95% success) vs medication. Jessica prefers to try diltiazem and vagal maneuvers first; she will contact us if "
           "breakthrough episodes occur. No procedure scheduled.", ep, encounter=e4)
    e5 = c.encounter("enc-5", "2026-10-27", "ACHD clinic visit", prac=c.marsh, org=c.clinic, reason_ref=[svt])
    c.note("doc-5", "2026-10-27", note_t("11506-3", "Progress note", "ACHD clinic note"),
           "Follow-up: one brief episode in early October stopped with a Valsalva maneuver; otherwise no palpitations on diltiazem. "
           "Happy with the current approach. BP 114/70. Return 6 months.", c.marsh, encounter=e5)
    c.bp("bp-5", "2026-10-27", 114, 70, encounter=e5)


# ======================================================================= D10
def achd_fatigue_hypothyroid(c):
    setup(c, ["Marcus", "Anthony"], "Bell", "male", "2000-03-04", "LAC-0061178", payer="medicaid")
    pcp = c.practitioner("pr-pcp", "Greer", "Alan", prefix="Dr.", gender="male", qual="Internal Medicine (primary care), MD")
    vsd = c.condition("c-vsd", cm("Q21.0", "Ventricular septal defect", "Perimembranous VSD - surgical closure 2002, no residual"),
                      onset_string="Birth", recorded="2018-05-15")
    fat = c.condition("c-fatigue", cm("R53.83", "Other fatigue", "Fatigue"), clinical="resolved", onset="2025-10", abatement="2026-04-21",
                      recorded="2026-01-13", recorder=c.marsh, note="Explained by autoimmune hypothyroidism (02/2026); resolved on levothyroxine.")
    e1 = c.encounter("enc-1", "2026-01-13", "ACHD clinic visit", prac=c.marsh, org=c.clinic, reason_ref=[fat])
    c.obs("obs-fat-1", cc((SCT, "84229001", "Fatigue"), text="Fatigue, sleepiness, cold intolerance"), "2026-01-13",
          value=cc((SCT, "52101004", "Present"), text="present"), category="exam", encounter=e1, note="~3 months; weight +4 kg.")
    c.vital("wt-1", "wt", "2026-01-13", 86.0, encounter=e1)
    echo(c, "dr-tte", "2026-01-13", "Intact VSD patch, no residual shunt. Normal LV size, LVEF 60%. Normal RV. No pulmonary hypertension.", enc=e1)
    c.obs("obs-ecg", cc((LOINC, "11524-6", "EKG study"), text="12-lead ECG"), "2026-01-13", value="Sinus bradycardia 56 bpm, otherwise normal",
          category="procedure", encounter=e1)
    r = [lab(c, "lab-tsh-1", "tsh", "2026-01-20", 18.4, 0.45, 4.5), lab(c, "lab-ft4-1", "ft4", "2026-01-20", 0.6, 0.8, 1.8),
         lab(c, "lab-tpo", "tpo", "2026-01-20", 412, None, 35), lab(c, "lab-hb", "hb", "2026-01-20", 14.6, 13.5, 17.5)]
    c.report("dr-lab-1", cc(text="TSH, free T4, TPO antibodies, CBC"), "2026-01-20", results=r, performer=c.clinic,
             conclusion="Primary hypothyroidism with positive TPO antibodies.")
    e2 = c.encounter("enc-pcp", "2026-02-03", "Primary care visit", prac=pcp, org=c.clinic, reason_ref=[fat])
    hashi = c.condition("c-hashi", cm("E06.3", "Autoimmune thyroiditis", "Hashimoto thyroiditis with hypothyroidism"), onset="2026-01-20",
                        recorded="2026-02-03", recorder=pcp)
    c.medstmt("ms-levo", rx("10582", "levothyroxine 75 mcg tablet"), "active", "2026-02-03", dose_text="75 mcg daily", reason_ref=[hashi])
    e3 = c.encounter("enc-pcp2", "2026-04-21", "Primary care visit", prac=pcp, org=c.clinic, reason_ref=[hashi])
    lab(c, "lab-tsh-2", "tsh", "2026-04-21", 2.1, 0.45, 4.5, enc=e3)
    c.note("doc-pcp", "2026-04-21", note_t("11506-3", "Progress note", "Primary care note"),
           "Hashimoto hypothyroidism on levothyroxine 75 mcg since February. Energy back to normal, sleeping well, weight down 3 kg. "
           "TSH 2.1. Fatigue resolved. Continue current dose; TSH in 6 months.", pcp, encounter=e3)
    e4 = c.encounter("enc-4", "2026-11-10", "ACHD annual clinic visit", prac=c.marsh, org=c.clinic, reason_ref=[vsd])
    lab(c, "lab-tsh-3", "tsh", "2026-11-10", 1.8, 0.45, 4.5, enc=e4)
    c.bp("bp-4", "2026-11-10", 120, 74, encounter=e4)
    c.note("doc-4", "2026-11-10", note_t("11506-3", "Progress note", "ACHD clinic note"),
           "Annual review. Feels well; fatigue resolved after hypothyroidism was diagnosed and treated. Repaired VSD with no residual shunt. "
           "NYHA I, plays pickup basketball. Return 2 years with echo.", c.marsh, encounter=e4)


CASES = [
    dict(key="achd_bav_bentall", org="ach", target="MAJOR_PROCEDURE_PLANNED", kind="positive",
         expected=["MAJOR_PROCEDURE_PLANNED"], fn=achd_bav_bentall,
         why="Active order (CPT 33405 + 33860) and booked OR date 2027-01-19 for open surgical aortic valve replacement with ascending aortic replacement - major cardiac surgery not yet performed.",
         summary="ACHD, 44 M: bicuspid valve with severe AS and 51 mm aorta, AVR + ascending aorta replacement booked"),
    dict(key="achd_asd_closed", org="ach", target="MAJOR_PROCEDURE_PLANNED", kind="near-miss",
         expected=[], fn=achd_asd_closed,
         why="The ASD device closure was already performed on 2026-05-19 (order and procedure completed); follow-up echoes are normal and nothing further is planned.",
         summary="ACHD, 52 F: secundum ASD closed percutaneously in May 2026, routine follow-up"),
    dict(key="achd_tof_palliative", org="ach", target="UNTREATABLE_PROGNOSIS", kind="near-miss",
         expected=["RARE_OR_COMPLEX_CONDITION"], fn=achd_tof_palliative,
         why="'Palliative' here is the congenital-surgery term for the infant Blalock-Taussig shunt before complete repair; he is NYHA I with an active surveillance care plan, so no untreatable prognosis. Repaired tetralogy of Fallot is itself an Orphanet rare disease (ORPHA:3303), hence the rare-condition flag.",
         summary="ACHD, 33 M: repaired tetralogy of Fallot, 'palliative shunt' history, doing well on surveillance"),
    dict(key="achd_pregnancy_comm", org="ach", target="PATIENT_REPORTED_CONCERN", kind="positive",
         expected=["PATIENT_REPORTED_CONCERN"], fn=achd_pregnancy_comm,
         why="Patient-authored portal Communication asks for a second opinion from another ACHD centre about pregnancy with her mechanical valve, saying the answer felt decided before she arrived; the clinic deferred the referral and no second opinion is on record.",
         summary="ACHD, 30 F with mechanical AVR: advised against pregnancy, portal message asks for a second opinion"),
    dict(key="achd_vsd_sport_done", org="ach", target="PATIENT_REPORTED_CONCERN", kind="near-miss",
         expected=[], fn=achd_vsd_sport_done,
         why="He did ask for a second opinion (March 2026), but it was obtained from another ACHD programme in June 2026 (within 12 months) and he is reassured - the concern has been answered.",
         summary="ACHD, 36 M: repaired VSD with mild AR, requested second opinion already obtained in June 2026"),
    dict(key="achd_hf_6mwd", org="ach", target="WORSENING_DESPITE_TREATMENT", kind="positive",
         expected=["WORSENING_DESPITE_TREATMENT"], fn=achd_hf_6mwd,
         why="Six-minute walk distance fell 468 -> 415 -> 362 m (March-November 2026, -106 m against an MCID of ~30 m), with KCCQ 68 -> 41 and rising NT-proBNP, while full guideline-directed heart-failure therapy was taken throughout.",
         summary="ACHD, 58 M: bicuspid valve s/p AVR with HFrEF, 6MWD and KCCQ falling on full GDMT"),
    dict(key="achd_ebstein", org="ach", target="RARE_OR_COMPLEX_CONDITION", kind="positive",
         expected=["RARE_OR_COMPLEX_CONDITION"], fn=achd_ebstein,
         why="Active Ebstein anomaly of the tricuspid valve (ORPHA:1880), a rare congenital heart disease under specialist surveillance; stable, nothing planned.",
         summary="ACHD, 27 F: Ebstein anomaly, stable, prior WPW ablation"),
    dict(key="achd_marfan_refuted", org="ach", target="RARE_OR_COMPLEX_CONDITION", kind="near-miss",
         expected=[], fn=achd_marfan_refuted,
         why="Marfan syndrome was suspected but refuted (no ectopia lentis, negative FBN1/aortopathy panel, systemic score 4); what remains is a bicuspid aortic valve with mild root dilation, a common lesion.",
         summary="ACHD, 22 M: suspected Marfan syndrome excluded; bicuspid valve with mild root dilation"),
    dict(key="achd_palpitations_avnrt", org="ach", target="PERSISTENT_SYMPTOMS_NORMAL_WORKUP", kind="near-miss",
         expected=[], fn=achd_palpitations_avnrt,
         why="Palpitations with a normal ECG, bloods, Holter and echo over ten weeks were then explained by AVNRT captured on a 14-day patch; treated with diltiazem and now controlled.",
         summary="ACHD, 41 F: palpitations with normal first work-up, later explained by AVNRT"),
    dict(key="achd_fatigue_hypothyroid", org="ach", target="DIAGNOSIS_SYMPTOM_MISMATCH", kind="near-miss",
         expected=[], fn=achd_fatigue_hypothyroid,
         why="The catch-all 'other fatigue' (R53.83) was superseded within weeks by Hashimoto hypothyroidism (TSH 18.4, TPO+), which explains it; the fatigue resolved on levothyroxine and the R53.83 entry is resolved.",
         summary="ACHD, 26 M: 'fatigue' label replaced by a hypothyroidism diagnosis, symptom resolved"),
]
