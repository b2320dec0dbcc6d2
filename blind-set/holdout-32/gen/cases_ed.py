"""Summit Ridge Emergency & Urgent Care Network: 10 cases."""
from common import (setup, visit, note, med, rxo, vit, lab, panel, score, CBC, BMP, CMP, imaging_cat, cardio_cat,
                    nkda, drug_allergy, hosp)
from fhirkit import cc, coding, sct, icd, lnc, cpt, hcpcs, qty, text_cc, dt, qitem, comp, SCT, add_days
from orgs import ed_dx, ed_order, ED_SYS

IV = cc(sct("47625008", "Intravenous route"))
IM = cc(sct("78421000", "Intramuscular route"))
PO = cc(sct("26643006", "Oral route"))


def _edx(c, local, code, disp, date, enc=None, clinical="active", abatement=None, category="encounter-diagnosis", note=None):
    return c.condition(local, ed_dx(code, disp), onset=date, recorded=dt(date, "12:00"), category=category,
                       clinical=clinical, abatement=abatement, encounter=enc, note=note)


def _pl(c, local, code, disp, onset, **kw):
    return c.condition(local, ed_dx(code, disp), onset=onset, recorded=dt(onset if len(onset) == 10 else onset + "-01-01"),
                       **kw)


def _ord(c, local, code, text, cpt_code, cpt_disp, when, enc, prac, status="completed", **kw):
    return c.service_request(local, ed_order(code, text, cpt_code, cpt_disp), when, status=status, intent="order",
                             encounter=enc, requester=prac, **kw)


def _give(c, local, rxcode, text, when, dose, route, enc, nurse, reason=None, rate=None):
    return c.med_admin(local, cc(coding("http://www.nlm.nih.gov/research/umls/rxnorm", rxcode, text), text=text) if rxcode
                       else text_cc(text), when, dose=dose, route=route, encounter=enc, performer=nurse, reason=reason,
                       rate=rate)


def headache_bounce_backs(cid):
    c, P = setup(cid, "ed", given="Kayla M", family="Brennan", gender="female", birth="1992-02-11",
                 addr=("17250 E Iliff Ave Unit 304", "Aurora", "80013"), phone="720-555-0119", mrn="SR01844207",
                 pracs=[("uc", "Jordan", "Pace", "PA-C, Urgent Care", "1568820431", "male"),
                        ("ed1", "Michelle", "Tran", "MD, Emergency Medicine", "1932740186", "female"),
                        ("ed2", "Robert", "Ellison", "MD, Emergency Medicine", "1477190328", "male"),
                        ("rn", "Carla", "Dominguez", "RN, Emergency", "1093372618", "female")],
                 payer_name="Anthem Blue Cross and Blue Shield Colorado", plan=("ANT-CO-HMO", "Anthem Pathway HMO"),
                 member="YRK882034415")
    nkda(c, "2026-11-03")
    e1 = visit(c, "enc-uc1103", "2026-11-03", "uc_new", reason="HA x 5 days, not helped by ibuprofen", prac=P["uc"],
               time="18:40", minutes=55)
    d1 = _edx(c, "dx-1103", "R51.9", "Headache, unspecified", "2026-11-03", enc=e1)
    c.find(e1)["diagnosis"] = [{"condition": d1, "rank": 1}]
    vit(c, "v1103", "2026-11-03", e1, time="18:50", bp=(126, 80), hr=82, temp=36.8)
    _give(c, "ma-ktr1", "35827", "ketorolac 30 mg/mL injection", dt("2026-11-03", "19:10"), qty(30, "mg"), IM, e1, P["uc"])
    note(c, "n-1103", "2026-11-03", "uc", P["uc"], """
Urgent Care - Provider Note
34F, 5 days of bilateral pressure-type headache, worse in the mornings, 6-7/10. No fever, no neck stiffness, no
focal weakness, no visual loss. No prior headache history. Not pregnant (urine hCG negative).
Neuro exam non-focal, fundi not well seen. Ketorolac 30 mg IM with partial relief.
Dx: headache, unspecified. D/C home, acetaminophen/ibuprofen alternating, PCP follow-up this week.
Return precautions given.
""", enc=e1, time="19:40")
    e2 = visit(c, "enc-ed1108", "2026-11-08", "ed", reason="Headache, worse, returned, vomiting x1", prac=P["ed1"],
               time="07:55", minutes=280)
    d2 = _edx(c, "dx-1108", "R51.9", "Headache, unspecified", "2026-11-08", enc=e2)
    c.find(e2)["diagnosis"] = [{"condition": d2, "rank": 1}]
    vit(c, "v1108", "2026-11-08", e2, time="08:02", bp=(132, 84), hr=88, temp=36.9, spo2=99)
    when = dt("2026-11-08", "08:40")
    panel(c, "cbc1108", when, CBC, [("hgb", 13.2), ("wbc", 7.9), ("plt", 265)], enc=e2)
    panel(c, "bmp1108", when, BMP, [("na", 139), ("k", 3.9), ("cr", 0.7), ("glu", 96)], enc=e2)
    lab(c, "esr1108", when, "esr", 8, enc=e2)
    _ord(c, "sr-cth", "RAD-CTH-WO", "CT head without contrast", "70450",
         "Computed tomography, head or brain; without contrast material", dt("2026-11-08", "08:20"), e2, P["ed1"])
    c.report("ct1108", ed_order("RAD-CTH-WO", "CT head without contrast", "70450"), dt("2026-11-08", "09:35"),
             category=imaging_cat(), encounter=e2,
             conclusion="No acute intracranial abnormality. No hemorrhage, mass, hydrocephalus. Normal CT head.")
    for i, (code, text, dose) in enumerate((("6915", "metoclopramide 10 mg/2 mL injection", qty(10, "mg")),
                                             ("3498", "diphenhydramine 50 mg/mL injection", qty(25, "mg")),
                                             (None, "sodium chloride 0.9% bolus", qty(1000, "mL")))):
        _give(c, f"ma-1108-{i}", code, text, dt("2026-11-08", "08:50"), dose, IV, e2, P["rn"])
    note(c, "n-1108", "2026-11-08", "ed", P["ed1"], """
ED Provider Note
Return visit, seen at our urgent care 11/3 for headache. Daily headache now 10 days, vomited once this morning.
No thunderclap onset, no fever, no trauma, no anticoagulants, no OCP. Neuro exam normal, gait normal.
CT head normal. CBC, BMP, ESR normal. Metoclopramide/diphenhydramine/fluids with improvement to 3/10.
Dx: headache, unspecified. Discharged, to call PCP/neurology for an appointment.
""", enc=e2, time="12:40")
    e3 = visit(c, "enc-ed1114", "2026-11-14", "ed5", reason="Headache - third visit in 2 weeks, blurred vision at times",
               prac=P["ed2"], time="22:15", minutes=360)
    d3 = _edx(c, "dx-1114", "R51.9", "Headache, unspecified", "2026-11-14", enc=e3)
    c.find(e3)["diagnosis"] = [{"condition": d3, "rank": 1}]
    vit(c, "v1114", "2026-11-14", e3, time="22:20", bp=(128, 82), hr=84, temp=37.0)
    c.report("ctv1114", ed_order("RAD-CTV", "CT venogram head", "70496", "Computed tomographic angiography, head"),
             dt("2026-11-14", "23:40"), category=imaging_cat(), encounter=e3,
             conclusion="Patent dural venous sinuses. No venous sinus thrombosis. No intracranial abnormality.")
    c.procedure("lp", ed_order("PROC-LP", "Lumbar puncture, diagnostic", "62270", "Spinal puncture, lumbar, diagnostic"),
                performed=dt("2026-11-15", "01:10"), performer=P["ed2"], encounter=e3,
                note="Opening pressure 17 cm H2O (lateral decubitus). Clear fluid.")
    csf = [c.observation("csf-prot", cc(lnc("2880-3", "Protein [Mass/volume] in Cerebral spinal fluid"), text="CSF protein"),
                         dt("2026-11-15", "01:10"), value=qty(32, "mg/dL"), low=15, high=45, encounter=e3),
           c.observation("csf-glu", cc(lnc("2342-4", "Glucose [Mass/volume] in Cerebral spinal fluid"), text="CSF glucose"),
                         dt("2026-11-15", "01:10"), value=qty(61, "mg/dL"), low=40, high=70, encounter=e3),
           c.observation("csf-wbc", cc(lnc("26465-5", "Leukocytes [#/volume] in Cerebral spinal fluid"), text="CSF WBC"),
                         dt("2026-11-15", "01:10"), value=qty(1, "/uL"), low=0, high=5, encounter=e3)]
    c.report("csf", ed_order("LAB-CSF", "CSF cell count, protein, glucose"), dt("2026-11-15", "02:30"), results=csf,
             encounter=e3, conclusion="Normal CSF.")
    note(c, "n-1114", "2026-11-14", "ed", P["ed2"], """
ED Provider Note
Third unscheduled visit in 12 days for the same daily headache (UC 11/3, ED 11/8). Not yet seen by PCP - first
available is in January. Intermittent blurred vision. Exam: non-focal; fundoscopy limited.
CT venogram normal; LP opening pressure 17, CSF normal. Work-up negative for SAH, CVST, IIH, meningitis.
Dx: headache, unspecified. Discharged. Referral to neurology placed; patient tearful, "nobody can tell me what this is".
""", enc=e3, time="23:59")
    _ord(c, "sr-neuro", "REF-NEURO", "Referral to neurology", "99204", "Office visit, new patient", dt("2026-11-15", "03:00"),
         e3, P["ed2"], status="active", reason=[text_cc("Daily persistent headache, 3 ED/UC visits, normal imaging and CSF")])
    return c


def cellulitis_scheduled_rechecks(cid):
    c, P = setup(cid, "ed", given="Douglas R", family="Fenwick", gender="male", birth="1975-08-30",
                 addr=("2890 S Parker Rd", "Aurora", "80014"), phone="303-555-0185", mrn="SR01622931",
                 pracs=[("ed1", "Anjali", "Kapoor", "MD, Emergency Medicine", "1225093844", "female"),
                        ("np", "Trevor", "Lindgren", "NP, Urgent Care", "1912873460", "male"),
                        ("rn", "Megan", "Oduya", "RN, Emergency", "1386011872", "female")],
                 payer_name="Cigna Healthcare of Colorado", plan=("CIG-CO-OAP", "Cigna Open Access Plus"), member="U77218340")
    drug_allergy(c, "alg-sulfa", "10180", "sulfamethoxazole", "2004-07-01", ("271807003", "Eruption of skin"))
    htn = _pl(c, "pl-htn", "I10", "Essential (primary) hypertension", "2018", category="problem-list-item")
    ob = _pl(c, "pl-ob", "E66.9", "Obesity, unspecified", "2018", category="problem-list-item")
    c.med_statement("ms-lis", med(c, "29046", "lisinopril 10 mg tablet"), start="2018-05-01", dosage_text="10 mg daily",
                    source=c.pt)
    e1 = visit(c, "enc-ed1002", "2026-10-02", "ed3", reason="Red swollen right lower leg x 2 days", prac=P["ed1"],
               time="15:20", minutes=150)
    cel = _edx(c, "dx-cel", "L03.115", "Cellulitis of right lower limb", "2026-10-02", enc=e1, clinical="resolved",
               abatement="2026-10-09")
    c.find(e1)["diagnosis"] = [{"condition": cel, "rank": 1}]
    vit(c, "v1002", "2026-10-02", e1, time="15:25", bp=(142, 88), hr=92, temp=37.9, wt=112.0)
    panel(c, "cbc1002", dt("2026-10-02", "15:50"), CBC, [("hgb", 15.1, 13.5, 17.5), ("wbc", 12.4), ("plt", 241)], enc=e1)
    panel(c, "bmp1002", dt("2026-10-02", "15:50"), BMP, [("na", 138), ("k", 4.1), ("cr", 0.94), ("glu", 104)], enc=e1)
    c.report("us1002", ed_order("RAD-USV-R", "US venous duplex right lower extremity", "93971",
                                "Duplex scan of extremity veins; unilateral or limited study"),
             dt("2026-10-02", "16:40"), category=imaging_cat(), encounter=e1,
             conclusion="No deep venous thrombosis right lower extremity. Subcutaneous edema.")
    _give(c, "ma-cef", None, "cefazolin 2 g IV", dt("2026-10-02", "16:55"), qty(2, "g"), IV, e1, P["rn"])
    rxo(c, "mr-cex", med(c, "2231", "cephalexin 500 mg capsule"), "2026-10-02", P["ed1"],
        "500 mg by mouth four times daily x 7 days", enc=e1, course="acute", reason_ref=[cel], repeats=0)
    note(c, "n-1002", "2026-10-02", "ed", P["ed1"], """
ED Provider Note
51M, 2 days of erythema and warmth R anterior shin after a scrape while hiking. T 37.9, WBC 12.4. No abscess on bedside
US, no crepitus. Duplex negative for DVT. Margins marked. Cefazolin 2 g IV given. Discharged on cephalexin.
Scheduled recheck at Summit Ridge urgent care in 48 h (appointment booked) and again at day 7.
""", enc=e1, time="17:50")
    c.appointment("ap-1004", dt("2026-10-04", "10:00"), dt("2026-10-04", "10:20"), description="Cellulitis recheck (48 h)",
                  participants=[P["np"]], created=dt("2026-10-02", "17:40"))
    c.appointment("ap-1009", dt("2026-10-09", "11:00"), dt("2026-10-09", "11:20"), description="Cellulitis recheck (day 7)",
                  participants=[P["np"]], created=dt("2026-10-04", "10:25"))
    e2 = visit(c, "enc-rc1004", "2026-10-04", "recheck", reason="Scheduled recheck, cellulitis", prac=P["np"], time="10:00",
               minutes=20, diag=[cel])
    vit(c, "v1004", "2026-10-04", e2, time="10:03", bp=(136, 84), temp=36.9)
    e3 = visit(c, "enc-rc1009", "2026-10-09", "recheck", reason="Scheduled recheck, cellulitis day 7", prac=P["np"],
               time="11:00", minutes=20, diag=[cel])
    vit(c, "v1009", "2026-10-09", e3, time="11:04", bp=(134, 82), temp=36.7)
    note(c, "n-1009", "2026-10-09", "uc", P["np"], """
Urgent Care - Scheduled Recheck (day 7)
Erythema well inside marked margins on day 2 and now almost gone; afebrile; finishing cephalexin today.
Cellulitis resolved. Continue compression, skin care. No further follow-up needed; PCP for BP.
""", enc=e3, time="11:30")
    return c


def abd_pain_then_gallstones(cid):
    c, P = setup(cid, "ed", given="Lucia", family="Marquez", gender="female", birth="1982-05-06",
                 addr=("1455 Dayton St", "Aurora", "80010"), phone="720-555-0136", mrn="SR01933025", language="es",
                 pracs=[("ed1", "Samuel", "Whitaker", "MD, Emergency Medicine", "1679402861", "male"),
                        ("surg", "Elena", "Voss", "MD, General Surgery", "1063921847", "female"),
                        ("rn", "Brandon", "Yazzie", "RN, Emergency", "1437720918", "male")],
                 payer_name="Health First Colorado (Medicaid)", plan=("HFC-ACC", "Health First Colorado ACC"),
                 member="K4419037")
    nkda(c, "2026-08-10")
    e1 = visit(c, "enc-ed0810", "2026-08-10", "ed", reason="Dolor abdominal / abdominal pain after dinner, nausea",
               prac=P["ed1"], time="23:10", minutes=230)
    d1 = _edx(c, "dx-0810", "R10.9", "Unspecified abdominal pain", "2026-08-10", enc=e1, clinical="resolved",
              abatement="2026-08-14")
    c.find(e1)["diagnosis"] = [{"condition": d1, "rank": 1}]
    vit(c, "v0810", "2026-08-10", e1, time="23:15", bp=(138, 86), hr=96, temp=36.8)
    when = dt("2026-08-10", "23:45")
    panel(c, "cbc0810", when, CBC, [("hgb", 13.0), ("wbc", 9.4), ("plt", 301)], enc=e1)
    panel(c, "cmp0810", when, CMP, [("na", 138), ("k", 3.8), ("cr", 0.66), ("alt", 31), ("ast", 28), ("alp", 88),
                                    ("tbili", 0.6)], enc=e1)
    lab(c, "lip0810", when, "lipase", 34, enc=e1)
    _give(c, "ma-mor", "7052", "morphine 4 mg/mL injection", dt("2026-08-11", "00:10"), qty(4, "mg"), IV, e1, P["rn"])
    _give(c, "ma-ond", "26225", "ondansetron 4 mg/2 mL injection", dt("2026-08-11", "00:10"), qty(4, "mg"), IV, e1, P["rn"])
    note(c, "n-0810", "2026-08-11", "ed", P["ed1"], """
ED Provider Note (Spanish interpreter by video)
44F, 3 h epigastric/RUQ pain after a fatty meal, nausea. Similar shorter episodes x2 this summer. Afebrile, Murphy
equivocal. CBC, CMP, lipase normal. Pain resolved after morphine/ondansetron. Ultrasound not available overnight.
Dx: abdominal pain, unspecified. Outpatient RUQ ultrasound ordered, low-fat diet, return precautions.
""", enc=e1, time="03:00")
    _ord(c, "sr-us", "RAD-US-RUQ", "US abdomen limited (RUQ)", "76705", "Ultrasound, abdominal, real time with image documentation; limited",
         dt("2026-08-11", "02:50"), e1, P["ed1"])
    e2 = visit(c, "enc-us0814", "2026-08-14", "proc", reason="Outpatient RUQ ultrasound", prac=P["ed1"], time="08:00", minutes=30)
    c.report("us0814", ed_order("RAD-US-RUQ", "US abdomen limited (RUQ)", "76705"), dt("2026-08-14", "08:30"),
             category=imaging_cat(), encounter=e2,
             conclusion="Multiple mobile gallstones up to 1.4 cm. No gallbladder wall thickening or pericholecystic fluid. "
                        "CBD 4 mm. Cholelithiasis without cholecystitis.")
    gs = c.condition("dx-gs", ed_dx("K80.20", "Calculus of gallbladder without cholecystitis without obstruction"),
                     onset="2026-08-14", recorded=dt("2026-08-14", "09:00"), clinical="resolved", abatement="2026-09-22",
                     category="problem-list-item")
    e3 = visit(c, "enc-surg0826", "2026-08-26", "proc", reason="Surgical consult - symptomatic cholelithiasis", prac=P["surg"],
               time="13:00", minutes=40, diag=[gs])
    c.procedure("chole", ed_order("SURG-LC", "Laparoscopic cholecystectomy", "47562", "Laparoscopy, surgical; cholecystectomy"),
                performed=dt("2026-09-22", "08:15"), performer=P["surg"], reason_ref=[gs],
                note="Uncomplicated; discharged same day. Pathology: chronic cholecystitis, cholelithiasis.",
                outcome=text_cc("Successful"))
    c.condition("dx-postchole", ed_dx("Z90.49", "Acquired absence of other specified parts of digestive tract"),
                onset="2026-09-22", recorded=dt("2026-10-06"), category="problem-list-item")
    e4 = visit(c, "enc-po1006", "2026-10-06", "recheck", reason="Post-op check after cholecystectomy", prac=P["surg"],
               time="10:30", minutes=20, diag=[gs])
    vit(c, "v1006", "2026-10-06", e4, time="10:35", bp=(124, 78), hr=74, temp=36.6)
    note(c, "n-1006", "2026-10-06", "consult", P["surg"], """
Post-operative visit - General Surgery
2 weeks s/p laparoscopic cholecystectomy. No further pain attacks since surgery, eating normally, incisions healed.
Pathology benign. Symptoms explained by symptomatic cholelithiasis, now resolved. Discharged from surgical follow-up.
""", enc=e4, time="11:00")
    return c


def cabg_preparation(cid):
    c, P = setup(cid, "ed", given="Raymond J", family="Kessler", gender="male", birth="1960-10-14",
                 addr=("4021 S Dillon Way", "Aurora", "80014"), phone="303-555-0171", mrn="SR00988214",
                 pracs=[("ed1", "Michelle", "Tran", "MD, Emergency Medicine", "1932740186", "female"),
                        ("card", "Ahmed", "Karimi", "MD, Interventional Cardiology", "1851940273", "male"),
                        ("cts", "Lauren", "Whitcomb", "MD, Cardiothoracic Surgery", "1720863194", "female"),
                        ("hosp", "Peter", "Nakamura", "MD, Hospital Medicine", "1104938275", "male")],
                 payer_name="Medicare Part A/B (Noridian)", plan=("MCR-AB", "Original Medicare Parts A and B"),
                 member="5TR8-KJ3-PL92", cov_start="2025-10-01")
    nkda(c, "2026-11-26")
    dm = _pl(c, "pl-dm", "E11.9", "Type 2 diabetes mellitus without complications", "2015", category="problem-list-item")
    hld = _pl(c, "pl-hld", "E78.5", "Hyperlipidemia, unspecified", "2015", category="problem-list-item")
    tob = _pl(c, "pl-tob", "Z87.891", "Personal history of nicotine dependence", "2019", category="problem-list-item")
    e1 = visit(c, "enc-ed1126", "2026-11-26", "ed5", reason="Chest pressure radiating to jaw, diaphoresis, 2 h",
               prac=P["ed1"], time="06:40", minutes=300)
    mi = _edx(c, "dx-nstemi", "I21.4", "Non-ST elevation (NSTEMI) myocardial infarction", "2026-11-26", enc=e1)
    cad = c.condition("dx-cad", cc(icd("I25.10", "Atherosclerotic heart disease of native coronary artery without angina pectoris"),
                                   sct("53741008", "Coronary arteriosclerosis"), text="Three-vessel coronary artery disease"),
                      onset="2026-11-27", recorded=dt("2026-11-27", "14:00"), category="problem-list-item")
    c.find(e1)["diagnosis"] = [{"condition": mi, "rank": 1}]
    vit(c, "v1126", "2026-11-26", e1, time="06:45", bp=(156, 92), hr=98, spo2=96)
    for i, (t, v) in enumerate((("06:55", 88), ("09:55", 642))):
        lab(c, f"trop{i}", dt("2026-11-26", t), "trop", v, enc=e1)
    panel(c, "bmp1126", dt("2026-11-26", "06:55"), BMP, [("na", 137), ("k", 4.3), ("cr", 1.05), ("glu", 188)], enc=e1)
    lab(c, "a1c1126", dt("2026-11-26", "06:55"), "a1c", 7.6, enc=e1)
    c.report("ecg1126", ed_order("CARD-ECG", "ECG 12-lead", "93010", "Electrocardiogram, routine ECG with at least 12 leads; interpretation and report only"),
             dt("2026-11-26", "06:44"), category=cardio_cat(), encounter=e1,
             conclusion="Sinus tachycardia 102. 1.5 mm horizontal ST depression V4-V6, I, aVL. No ST elevation.")
    _give(c, "ma-asa", "1191", "aspirin 81 mg chewable tablet", dt("2026-11-26", "06:50"), qty(324, "mg"), PO, e1, P["ed1"])
    _give(c, "ma-hep", "5224", "heparin 25,000 units/250 mL infusion", dt("2026-11-26", "08:10"), qty(4000, "[iU]"), IV, e1,
          P["ed1"])
    e2 = visit(c, "enc-ip1126", "2026-11-26", "inpt", reason="NSTEMI", prac=[P["hosp"], P["card"]], time="11:45", cls="IMP",
               status="in-progress", hosp={"admitSource": cc(coding("http://terminology.hl7.org/CodeSystem/admit-source",
                                                                     "emd", "From accident/emergency department"))},
               diag=[(mi, ("AD", "Admission diagnosis")), (cad, ("CM", "Comorbidity diagnosis"))])
    c.find(e2)["period"].pop("end")
    c.procedure("cath", ed_order("CARD-LHC", "Left heart catheterization with coronary angiography", "93458",
                                 "Catheter placement in coronary artery(s) for coronary angiography, with left heart catheterization"),
                performed=dt("2026-11-27", "09:30"), performer=P["card"], encounter=e2, reason_ref=[mi],
                note="LM 60%, proximal LAD 90%, mid RCA 85%, OM1 70%. LVEF 45% by ventriculogram. Not suitable for PCI "
                     "(left main + 3-vessel, SYNTAX 34). CT surgery consulted.")
    cabg = c.procedure("cabg", cc(sct("232717009", "Coronary artery bypass grafting"),
                                  cpt("33533", "Coronary artery bypass, using arterial graft(s); single arterial graft"),
                                  cpt("33518", "Coronary artery bypass, using venous graft(s) and arterial graft(s); two venous grafts"),
                                  text="CABG x3 (LIMA-LAD, SVG-OM1, SVG-RCA)"),
                       status="preparation", encounter=e2, reason_ref=[cad, mi], performer=[P["cts"]],
                       performed=dt("2026-12-03", "07:30"),
                       note="Scheduled OR 12/3/2026 07:30. Clopidogrel held from 11/27. Pre-op carotid duplex, PFTs, dental ok.")
    c.find(cabg).pop("performedDateTime")
    note(c, "n-cts", "2026-11-28", "consult", P["cts"], """
Cardiothoracic Surgery Consultation
66M, NSTEMI 11/26. Cath: left main 60% + proximal LAD 90%, RCA 85%, OM1 70%; LVEF 45%. Diabetic. SYNTAX 34.
Heart team (interventional cardiology + CT surgery) recommends surgical revascularization: CABG x3 with LIMA-LAD and
SVG to OM1 and RCA. STS predicted mortality 1.4%. Risks discussed at length with patient and wife; consent obtained.
Plan: OR Thursday 12/3/2026. Hold clopidogrel 5 days; continue aspirin, heparin, high-intensity statin.
""", enc=e2, time="15:00")
    rxo(c, "mr-ator", med(c, "83367", "atorvastatin 80 mg tablet"), "2026-11-26", P["hosp"], "80 mg by mouth nightly",
        enc=e2, category="inpatient", reason_ref=[cad])
    rxo(c, "mr-meto", med(c, "6918", "metoprolol tartrate 25 mg tablet"), "2026-11-26", P["hosp"], "25 mg by mouth twice daily",
        enc=e2, category="inpatient", reason_ref=[mi])
    rxo(c, "mr-clop", med(c, "32968", "clopidogrel 75 mg tablet"), "2026-11-26", P["card"], "75 mg by mouth daily",
        enc=e2, category="inpatient", status="on-hold", reason_ref=[mi],
        status_reason=text_cc("Held 5 days before CABG"))
    c.report("echo1127", ed_order("CARD-TTE", "Transthoracic echocardiogram complete", "93306"), dt("2026-11-27", "15:30"),
             category=cardio_cat(), encounter=e2, conclusion="LVEF 45%. Inferolateral hypokinesis. No significant valve disease.")
    vit(c, "v1130", "2026-11-30", e2, time="08:00", bp=(128, 74), hr=64, spo2=97)
    return c


def end_stage_hf_hospice(cid):
    c, P = setup(cid, "ed", given="Marjorie E", family="Tillman", gender="female", birth="1942-03-19",
                 addr=("700 S Dayton St Apt 118", "Denver", "80247"), phone="303-555-0150", mrn="SR00412570",
                 pracs=[("ed1", "Robert", "Ellison", "MD, Emergency Medicine", "1477190328", "male"),
                        ("hosp", "Peter", "Nakamura", "MD, Hospital Medicine", "1104938275", "male"),
                        ("card", "Vanessa", "Ortiz", "MD, Advanced Heart Failure and Transplant Cardiology", "1508837219", "female"),
                        ("cm", "Diane", "Holt", "RN, Case Management", "1689902713", "female")],
                 payer_name="Medicare Part A/B (Noridian)", plan=("MCR-AB", "Original Medicare Parts A and B"),
                 member="3PL6-TT8-XK21", cov_start="2007-03-01")
    drug_allergy(c, "alg-spiro", "9997", "spironolactone", "2024-05-20", ("14140009", "Hyperkalemia"), sev="severe")
    hf = _pl(c, "pl-hf", "I50.22", "Chronic systolic (congestive) heart failure", "2017", category="problem-list-item",
             note="Ischemic cardiomyopathy, LVEF 15-20%. NYHA IV.")
    ckd = _pl(c, "pl-ckd", "N18.4", "Chronic kidney disease, stage 4 (severe)", "2022", category="problem-list-item")
    hyp = _pl(c, "pl-hypo", "E03.9", "Hypothyroidism, unspecified", "2001", category="problem-list-item")
    for d in ("2026-03-04", "2026-07-21", "2026-09-30"):
        visit(c, f"enc-prior{d[5:7]}", d, "inpt", reason="Acute on chronic systolic heart failure", prac=P["hosp"],
              cls="IMP", end_date=add_days(d, 4), hosp=hosp("emd", "home"), diag=[hf])
    e1 = visit(c, "enc-ed1112", "2026-11-12", "ed5", reason="SOB at rest, can't lie flat, legs swollen", prac=P["ed1"],
               time="04:20", minutes=180)
    adhf = _edx(c, "dx-adhf", "I50.23", "Acute on chronic systolic (congestive) heart failure", "2026-11-12", enc=e1)
    c.find(e1)["diagnosis"] = [{"condition": adhf, "rank": 1}]
    vit(c, "v1112", "2026-11-12", e1, time="04:25", bp=(88, 54), hr=108, rr=28, spo2=88, wt=71.8)
    when = dt("2026-11-12", "04:50")
    lab(c, "bnp1112", when, "ntbnp", 18400, enc=e1)
    panel(c, "bmp1112", when, BMP, [("na", 128), ("k", 5.3), ("cr", 2.6), ("bun", 74)], enc=e1)
    lab(c, "trop1112", when, "trop", 61, enc=e1)
    e2 = visit(c, "enc-ip1112", "2026-11-12", "inpt", reason="Acute on chronic HFrEF, cardiorenal", prac=[P["hosp"], P["card"]],
               time="07:30", cls="IMP", end_date="2026-11-18", hosp=hosp("emd", "hosp"), diag=[adhf, ckd])
    c.find(e2)["period"]["end"] = dt("2026-11-18", "14:00")
    _give(c, "ma-fur", "4603", "furosemide 10 mg/mL injection", dt("2026-11-12", "05:10"), qty(80, "mg"), IV, e1, P["ed1"])
    _give(c, "ma-dob", None, "dobutamine infusion", dt("2026-11-13", "10:00"), None, IV, e2, P["hosp"],
          rate=qty(2.5, "mcg/kg/min", "ug/kg/min"))
    note(c, "n-card", "2026-11-14", "consult", P["card"], """
Advanced Heart Failure Consultation
84F, ischemic cardiomyopathy LVEF 15-20%, NYHA IV, 4th HF admission in 2026, CKD 4 (Cr 2.6), hypotension limiting
GDMT (ARNI and beta-blocker stopped 9/2026, MRA caused K 6.4). Dependent on dobutamine for diuresis this admission.
Not a candidate for heart transplant or LVAD (age, frailty, renal function); not a CRT candidate (QRS 98).
There are no further treatment options that would change the course of her heart failure. Recommend transition to
comfort-focused care with hospice. Patient and son agree; DNR/DNI confirmed.
""", enc=e2, time="14:00")
    c.service_request("sr-hospice", cc(coding(ED_SYS + "/order-code", "REF-HOSP", "Referral to hospice"),
                                       text="Referral to home hospice"), dt("2026-11-17", "11:00"), status="active",
                      intent="order", requester=P["hosp"], performer_type=text_cc("Hospice agency"), reason_ref=[hf],
                      encounter=e2, note="Home hospice - Denver Hospice accepted, start 11/18.")
    c.careplan("cp-hosp", "Comfort care / hospice plan", start=dt("2026-11-18"), created=dt("2026-11-17", "11:30"),
               author=P["hosp"], addresses=[hf], encounter=e2,
               description="No further escalation. Oral torsemide and oxygen for comfort; no rehospitalization; DNR.",
               category=[text_cc("Hospice")])
    rxo(c, "mr-tor", med(c, "38413", "torsemide 20 mg tablet"), "2026-11-18", P["hosp"], "40 mg by mouth daily",
        enc=e2, category="discharge", reason_ref=[hf])
    rxo(c, "mr-levo", med(c, "10582", "levothyroxine 50 mcg tablet"), "2026-11-18", P["hosp"], "50 mcg by mouth daily",
        enc=e2, category="discharge", reason_ref=[hyp])
    rxo(c, "mr-mor", med(c, "7052", "morphine 20 mg/mL oral solution"), "2026-11-18", P["hosp"],
        "2.5 mg by mouth every 2 hours as needed for dyspnea", enc=e2, category="discharge", course="acute")
    note(c, "n-dc", "2026-11-18", "discharge", P["hosp"], """
Discharge Summary
Admitted 11/12 from ED with acute on chronic systolic HF, cardiorenal syndrome. Diuresed with IV furosemide + dobutamine,
weaned. Advanced HF cardiology: no further options (not LVAD/transplant candidate; GDMT not tolerated).
Goals-of-care meeting 11/16 with patient and son: comfort-focused. Discharged to home hospice.
""", enc=e2, time="13:30")
    return c


def copd_second_opinion_done(cid):
    c, P = setup(cid, "ed", given="Frank A", family="Delgado", gender="male", birth="1950-01-08",
                 addr=("12155 E Mississippi Ave", "Aurora", "80012"), phone="720-555-0102", mrn="SR00577319",
                 pracs=[("ed1", "Anjali", "Kapoor", "MD, Emergency Medicine", "1225093844", "female"),
                        ("pulm", "Curtis", "Blackwell", "MD, Pulmonary Medicine", "1356072948", "male"),
                        ("ext", "Ingrid", "Solheim", "MD, Pulmonary - Advanced Lung Disease (outside)", "1780039215", "female")],
                 payer_name="UnitedHealthcare Medicare Advantage", plan=("UHC-MA-CO", "AARP Medicare Advantage"),
                 member="914772018", cov_start="2015-02-01")
    nkda(c, "2026-11-20")
    copd = c.condition("pl-copd", cc(icd("J43.9", "Emphysema, unspecified"), sct("87433001", "Pulmonary emphysema"),
                                     text="Emphysema, very severe (GOLD 4, group E)"), onset="2009",
                       recorded=dt("2012-04-01"))
    rf = _pl(c, "pl-rf", "J96.11", "Chronic respiratory failure with hypoxia", "2023", category="problem-list-item",
             note="Home O2 3 L/min continuous.")
    htn = _pl(c, "pl-htn", "I10", "Essential (primary) hypertension", "2010", category="problem-list-item")
    c.med_statement("ms-trelegy", med(c, None, "fluticasone furoate-umeclidinium-vilanterol 100-62.5-25 mcg inhaler"),
                    start="2022-06-01", dosage_text="1 inhalation daily")
    c.med_statement("ms-azi", med(c, "18631", "azithromycin 250 mg tablet"), start="2024-01-10", dosage_text="250 mg three times weekly")
    c.med_statement("ms-roflu", med(c, None, "roflumilast 500 mcg tablet"), start="2025-03-01", dosage_text="500 mcg daily")
    ext_org = c.organization("org-ext", "University Advanced Lung Disease Program (outside institution)",
                             address={"city": "Aurora", "state": "CO", "country": "US"})
    c.report("pft2606", ed_order("PULM-PFT", "Pulmonary function, complete", "94729"), dt("2026-06-04", "09:00"),
             category=cc(coding("http://terminology.hl7.org/CodeSystem/v2-0074", "PF", "Pulmonary Function")),
             conclusion="FEV1 0.62 L (19% predicted), FEV1/FVC 0.31, RV 248%, DLCO 17%. Very severe obstruction, "
                        "severe hyperinflation and gas-transfer impairment.")
    c.report("ct2606", ed_order("RAD-CTC", "CT chest without contrast", "71250"), dt("2026-06-04", "11:00"),
             category=imaging_cat(), conclusion="Severe homogeneous centrilobular and panlobular emphysema, no target lobe, "
                                                "complete fissures. No nodules.")
    sr2 = c.service_request("sr-2nd", cc(coding(ED_SYS + "/order-code", "REF-2OP", "Referral for second opinion"),
                                         text="Second opinion - advanced lung disease program"),
                            dt("2026-06-10", "10:00"), status="completed", intent="order", requester=P["pulm"],
                            performer=P["ext"], reason_ref=[copd],
                            note="Patient requested second opinion on lung volume reduction / valves / transplant options.")
    c.note("doc-2nd", cc(lnc("11488-4", "Consult note"), text="Outside consult note (scanned)"), dt("2026-07-15", "15:00"),
           P["ext"], """
OUTSIDE RECORDS - SECOND OPINION CONSULTATION
University Advanced Lung Disease Program, 7/15/2026. Requested by Dr. Blackwell for a second opinion.
76M, emphysema GOLD 4, FEV1 19%, DLCO 17%, homogeneous distribution, home O2 3 L.
Endobronchial valves: not suitable (homogeneous emphysema, no target lobe). LVRS: not suitable (DLCO <20% and FEV1 <20%
- high-risk group). Lung transplant: not a candidate (age 76, frailty, BMI 17).
Opinion: I agree with Dr. Blackwell that there are no further disease-modifying interventions. Recommend optimizing
current inhalers, pulmonary rehab as tolerated, and palliative care involvement.
""", title="Second opinion - advanced lung disease")
    c.find(c.ref("DocumentReference", "doc-2nd"))["custodian"] = ext_org
    e1 = visit(c, "enc-ed1120", "2026-11-20", "ed", reason="Worse SOB, productive cough x 3 days", prac=P["ed1"],
               time="10:05", minutes=240)
    ex = _edx(c, "dx-aecopd", "J44.1", "Chronic obstructive pulmonary disease with (acute) exacerbation", "2026-11-20", enc=e1)
    c.find(e1)["diagnosis"] = [{"condition": ex, "rank": 1}]
    vit(c, "v1120", "2026-11-20", e1, time="10:10", bp=(146, 84), hr=104, rr=26, spo2=86, temp=37.4)
    c.observation("vbg", cc(lnc("2746-6", "pH of Venous blood"), text="Venous pH"), dt("2026-11-20", "10:30"),
                  value=qty(7.33, "[pH]"), low=7.31, high=7.41, encounter=e1)
    panel(c, "cbc1120", dt("2026-11-20", "10:30"), CBC, [("hgb", 14.8, 13.5, 17.5), ("wbc", 11.6), ("plt", 220)], enc=e1)
    _give(c, "ma-neb", "435", "albuterol-ipratropium nebulization", dt("2026-11-20", "10:20"), qty(3, "mL"),
          cc(sct("447694001", "Respiratory tract route")), e1, P["ed1"])
    _give(c, "ma-pred", "8640", "prednisone 40 mg", dt("2026-11-20", "10:40"), qty(40, "mg"), PO, e1, P["ed1"])
    e2 = visit(c, "enc-obs1120", "2026-11-20", "obs", reason="COPD exacerbation", prac=P["pulm"], time="14:10",
               end_date="2026-11-22", diag=[ex])
    note(c, "n-pulm", "2026-11-21", "consult", P["pulm"], """
Pulmonary note - observation unit
Known very severe emphysema. Mild exacerbation, improving on nebs/prednisone/doxycycline. Back to baseline O2 3 L.
We reviewed again that there are no further treatment options beyond current therapy: valves, LVRS and transplant were
excluded, and the outside second opinion in July agreed. Palliative care referral for symptom management accepted.
""", enc=e2, time="11:00")
    c.service_request("sr-pall", cc(coding(ED_SYS + "/order-code", "REF-PALL", "Referral to palliative care"),
                                    text="Outpatient palliative care referral"), dt("2026-11-22", "09:00"), status="active",
                      intent="order", requester=P["pulm"], reason_ref=[copd], encounter=e2)
    rxo(c, "mr-dox", med(c, "3640", "doxycycline hyclate 100 mg tablet"), "2026-11-22", P["pulm"],
        "100 mg by mouth twice daily x 5 days", enc=e2, category="discharge", course="acute", repeats=0)
    return c


def renal_cyst_no_treatment(cid):
    c, P = setup(cid, "ed", given="Gary W", family="Sorensen", gender="male", birth="1968-04-25",
                 addr=("5120 S Versailles St", "Aurora", "80015"), phone="303-555-0127", mrn="SR01377408",
                 pracs=[("ed1", "Samuel", "Whitaker", "MD, Emergency Medicine", "1679402861", "male"),
                        ("np", "Trevor", "Lindgren", "NP, Urgent Care", "1912873460", "male"),
                        ("rn", "Megan", "Oduya", "RN, Emergency", "1386011872", "female")],
                 payer_name="Kaiser Permanente Colorado", plan=("KP-CO-DHMO", "KP Deductible HMO"), member="0034418820")
    nkda(c, "2026-10-15")
    gout = _pl(c, "pl-gout", "M10.9", "Gout, unspecified", "2020", category="problem-list-item")
    c.med_statement("ms-allo", med(c, "519", "allopurinol 300 mg tablet"), start="2021-02-01", dosage_text="300 mg daily",
                    source=c.pt)
    e1 = visit(c, "enc-ed1015", "2026-10-15", "ed", reason="Sudden L flank pain radiating to groin, vomiting", prac=P["ed1"],
               time="02:30", minutes=240)
    stone = _edx(c, "dx-stone", "N20.1", "Calculus of ureter", "2026-10-15", enc=e1, clinical="resolved",
                 abatement="2026-10-19")
    cyst = c.condition("dx-cyst", cc(icd("N28.1", "Cyst of kidney, acquired"), text="Simple renal cyst, right (Bosniak I), incidental"),
                       onset="2026-10-15", recorded=dt("2026-10-15", "04:30"), category="problem-list-item",
                       note="Bosniak I simple cyst 2.1 cm. Benign. No treatment needed and no imaging follow-up required.")
    c.find(e1)["diagnosis"] = [{"condition": stone, "rank": 1}, {"condition": cyst, "rank": 2}]
    vit(c, "v1015", "2026-10-15", e1, time="02:35", bp=(158, 94), hr=96, temp=36.9)
    when = dt("2026-10-15", "02:55")
    panel(c, "bmp1015", when, BMP, [("na", 139), ("k", 4.0), ("cr", 1.12), ("glu", 118)], enc=e1)
    panel(c, "cbc1015", when, CBC, [("hgb", 15.4, 13.5, 17.5), ("wbc", 10.1), ("plt", 256)], enc=e1)
    c.observation("ua-bld", cc(coding(ED_SYS + "/result-code", "UA-BLD", "Urine blood, dipstick"), text="Urine blood (dipstick)"),
                  when, value=text_cc("3+"), interp="A", encounter=e1)
    c.report("ct1015", ed_order("RAD-CTKUB", "CT abdomen/pelvis without contrast (renal stone protocol)", "74176",
                                "Computed tomography, abdomen and pelvis; without contrast material"),
             dt("2026-10-15", "03:40"), category=imaging_cat(), encounter=e1,
             conclusion="4 mm calculus at left UVJ with mild left hydroureteronephrosis. Incidental 2.1 cm simple cyst "
                        "right kidney lower pole (fluid attenuation 6 HU, thin wall, no septa/calcification/enhancement): "
                        "Bosniak I, benign, no follow-up imaging needed.")
    _give(c, "ma-ktr", "35827", "ketorolac 15 mg/mL injection", dt("2026-10-15", "03:00"), qty(15, "mg"), IV, e1, P["rn"])
    rxo(c, "mr-tam", med(c, "77492", "tamsulosin 0.4 mg capsule"), "2026-10-15", P["ed1"], "0.4 mg by mouth daily x 14 days",
        enc=e1, course="acute", reason_ref=[stone], repeats=0)
    note(c, "n-1015", "2026-10-15", "ed", P["ed1"], """
ED Provider Note
58M, classic L renal colic. CT: 4 mm L UVJ stone, mild hydro. Pain controlled with ketorolac. Creatinine 1.12.
Incidental right renal cyst - Bosniak I, simple. Discussed with patient: this is a benign finding, no treatment is
needed for it and no follow-up imaging is required. Discharged with tamsulosin, strainer, urology if not passed in 2 wk.
""", enc=e1, time="06:30")
    e2 = visit(c, "enc-uc1019", "2026-10-19", "uc", reason="Follow-up, passed stone", prac=P["np"], time="17:10")
    c.observation("stone", cc(coding(ED_SYS + "/result-code", "STN-AN", "Calculus analysis"), text="Stone analysis"),
                  dt("2026-10-19", "17:20"), value=text_cc("Calcium oxalate monohydrate 80%, uric acid 20%"), encounter=e2)
    note(c, "n-1019", "2026-10-19", "uc", P["np"], """
Urgent Care - follow-up
Passed stone 10/18, pain free. Sent for analysis. Reviewed the kidney cyst again: simple benign cyst, nothing to treat.
Hydration advice; PCP to check uric acid given mixed stone and gout.
""", enc=e2, time="17:40")
    return c


def dialysis_initiation(cid):
    c, P = setup(cid, "ed", given="Curtis L", family="Washington", gender="male", birth="1963-07-07",
                 addr=("1680 Lima St", "Aurora", "80010"), phone="720-555-0143", mrn="SR01091783",
                 pracs=[("ed1", "Michelle", "Tran", "MD, Emergency Medicine", "1932740186", "female"),
                        ("neph", "Sunil", "Varghese", "MD, Nephrology", "1740218369", "male"),
                        ("ir", "Caroline", "Meyers", "MD, Interventional Radiology", "1609923817", "female"),
                        ("rn", "Brandon", "Yazzie", "RN, Emergency", "1437720918", "male")],
                 payer_name="Health First Colorado (Medicaid)", plan=("HFC-ACC", "Health First Colorado ACC"), member="K2200871")
    nkda(c, "2026-10-19")
    dm = _pl(c, "pl-dm", "E11.22", "Type 2 diabetes mellitus with diabetic chronic kidney disease", "2004",
             category="problem-list-item")
    htn = _pl(c, "pl-htn", "I12.0", "Hypertensive chronic kidney disease with stage 5 chronic kidney disease or end stage renal disease",
              "2008", category="problem-list-item")
    e1 = visit(c, "enc-ed1019", "2026-10-19", "ed5", reason="Weak, vomiting, itching, short of breath x 1 week", prac=P["ed1"],
               time="13:15", minutes=200)
    esrd = c.condition("dx-esrd", cc(icd("N18.6", "End stage renal disease"), sct("46177005", "End-stage renal disease"),
                                     text="End stage renal disease"), onset="2026-10-19", recorded=dt("2026-10-19", "15:00"),
                       category="problem-list-item", note="Progressed from CKD 4 (eGFR 17 in 6/2026); not followed since.")
    hk = _edx(c, "dx-hk", "E87.5", "Hyperkalemia", "2026-10-19", enc=e1, clinical="resolved", abatement="2026-10-21")
    c.find(e1)["diagnosis"] = [{"condition": esrd, "rank": 1}, {"condition": hk, "rank": 2}]
    vit(c, "v1019", "2026-10-19", e1, time="13:20", bp=(188, 104), hr=88, rr=22, spo2=93, wt=94.6)
    when = dt("2026-10-19", "13:40")
    panel(c, "bmp1019", when, BMP, [("na", 133), ("k", 6.8), ("co2", 14), ("bun", 142), ("cr", 8.9), ("glu", 162)], enc=e1)
    lab(c, "egfr1019", when, "egfr", 6, enc=e1)
    lab(c, "hgb1019", when, "hgb", 8.4, low=13.5, high=17.5, enc=e1)
    c.report("ecg1019", ed_order("CARD-ECG", "ECG 12-lead", "93010"), dt("2026-10-19", "13:25"), category=cardio_cat(),
             encounter=e1, conclusion="Sinus rhythm 86, peaked T waves precordial leads, PR 210.")
    _give(c, "ma-cag", None, "calcium gluconate 1 g IV", dt("2026-10-19", "13:35"), qty(1, "g"), IV, e1, P["rn"])
    e2 = visit(c, "enc-ip1019", "2026-10-19", "inpt", reason="Uremia, hyperkalemia - new ESRD", prac=[P["neph"]], time="16:30",
               cls="IMP", end_date="2026-10-25", hosp=hosp("emd", "home"), diag=[esrd, hk])
    cat = c.procedure("tdc", ed_order("IR-TDC", "Tunneled hemodialysis catheter placement", "36558",
                                      "Insertion of tunneled centrally inserted central venous catheter, without subcutaneous port or pump; age 5 years or older"),
                      performed=dt("2026-10-20", "09:00"), performer=P["ir"], encounter=e2, reason_ref=[esrd],
                      body_site=text_cc("Right internal jugular vein"), note="14.5 Fr tunneled dialysis catheter, tip at cavoatrial junction.")
    for i, d in enumerate(("2026-10-20", "2026-10-21", "2026-10-23")):
        c.procedure(f"hd{i + 1}", ed_order("NEPH-HD", "Hemodialysis, inpatient", "90935",
                                           "Hemodialysis procedure with single evaluation by a physician"),
                    performed_period={"start": dt(d, "13:00"), "end": dt(d, "15:30" if i == 0 else "16:30")}, performer=P["neph"],
                    encounter=e2, reason_ref=[esrd],
                    note=["First treatment: 2.5 h, QB 200, UF 1.5 L, K 2 bath.", "3 h, UF 2 L.", "3.5 h, UF 2.5 L; K 4.6, BUN 61."][i])
    c.condition("dx-z992", cc(icd("Z99.2", "Dependence on renal dialysis")), onset="2026-10-20", recorded=dt("2026-10-25"),
                category="problem-list-item")
    c.service_request("sr-ohd", cc(coding(ED_SYS + "/order-code", "NEPH-OPHD", "Outpatient maintenance hemodialysis"),
                                   cpt("90999", "Unlisted dialysis procedure, inpatient or outpatient"),
                                   text="Outpatient in-center hemodialysis MWF"), dt("2026-10-24", "12:00"), status="active",
                      intent="order", requester=P["neph"], reason_ref=[esrd], encounter=e2,
                      occurrence_period={"start": dt("2026-10-26", "06:00")},
                      note="Chair at Aurora East Dialysis, MWF 06:00, 3.5 h. EDW 90.5 kg. AV fistula evaluation to follow.")
    note(c, "n-dc", "2026-10-25", "discharge", P["neph"], """
Discharge Summary - Nephrology
63M with diabetic/hypertensive CKD 4, lost to follow-up, presented with uremia (BUN 142, Cr 8.9), K 6.8, volume overload.
Tunneled R IJ HD catheter 10/20; hemodialysis initiated 10/20, three sessions. Uremic symptoms improved.
Dx: end stage renal disease, now dialysis dependent. Long discussion about lifelong dialysis 3x/week and its impact
(transport, 4 h sessions, diet and fluid limits, unable to keep his warehouse job); transplant referral after stable.
Discharged to outpatient in-center HD MWF starting 10/26.
""", enc=e2, time="12:00")
    rxo(c, "mr-sev", med(c, None, "sevelamer carbonate 800 mg tablet"), "2026-10-25", P["neph"], "800 mg three times daily with meals",
        enc=e2, category="discharge", reason_ref=[esrd])
    rxo(c, "mr-aml", med(c, "17767", "amlodipine 10 mg tablet"), "2026-10-25", P["neph"], "10 mg daily", enc=e2,
        category="discharge", reason_ref=[htn])
    rxo(c, "mr-ins", med(c, "274783", "insulin glargine 100 unit/mL pen"), "2026-10-25", P["neph"], "12 units nightly",
        enc=e2, category="discharge", reason_ref=[dm])
    return c


def billing_complaint(cid):
    c, P = setup(cid, "ed", given="Natalie J", family="Brooks", gender="female", birth="1987-12-20",
                 addr=("22010 E Smoky Hill Rd", "Aurora", "80016"), phone="720-555-0166", mrn="SR02011589",
                 pracs=[("uc", "Jordan", "Pace", "PA-C, Urgent Care", "1568820431", "male"),
                        ("ed1", "Robert", "Ellison", "MD, Emergency Medicine", "1477190328", "male"),
                        ("pr", "Heather", "Quinlan", "Patient Relations Specialist", "1000000019", "female")],
                 payer_name="Anthem Blue Cross and Blue Shield Colorado", plan=("ANT-CO-PPO", "Anthem Blue Access PPO"),
                 member="YRK600219473")
    nkda(c, "2026-09-05")
    asth = _pl(c, "pl-asth", "J45.20", "Mild intermittent asthma, uncomplicated", "2001", category="problem-list-item")
    c.med_statement("ms-alb", med(c, "435", "albuterol 90 mcg/actuation inhaler"), start="2015-01-01",
                    dosage_text="2 puffs every 4-6 hours as needed", source=c.pt)
    e1 = visit(c, "enc-ed0905", "2026-09-05", "ed3", reason="Twisted R ankle playing soccer, can't bear weight", prac=P["ed1"],
               time="19:45", minutes=260)
    sp = _edx(c, "dx-sprain", "S93.401A", "Sprain of unspecified ligament of right ankle, initial encounter", "2026-09-05",
              enc=e1, clinical="resolved", abatement="2026-10-10")
    c.find(e1)["diagnosis"] = [{"condition": sp, "rank": 1}]
    vit(c, "v0905", "2026-09-05", e1, time="19:50", bp=(122, 76), hr=84, temp=36.7)
    score(c, "pain0905", "2026-09-05", cc(lnc("72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"),
                                          text="Pain score"), 7, enc=e1)
    c.report("xr0905", ed_order("RAD-XR-ANK", "XR ankle right 3 views", "73610", "Radiologic examination, ankle; complete, minimum of 3 views"),
             dt("2026-09-05", "21:10"), category=imaging_cat(), encounter=e1,
             conclusion="No fracture or dislocation. Lateral soft-tissue swelling. Ankle mortise intact.")
    c.procedure("splint", ed_order("PROC-SPL", "Application of short leg splint", "29515", "Application of short leg splint (calf to foot)"),
                performed=dt("2026-09-05", "22:30"), encounter=e1, reason_ref=[sp])
    _give(c, "ma-ibu", "5640", "ibuprofen 600 mg tablet", dt("2026-09-05", "21:00"), qty(600, "mg"), PO, e1, P["ed1"])
    note(c, "n-0905", "2026-09-05", "ed", P["ed1"], """
ED Provider Note
38F, inversion injury R ankle. Ottawa positive (unable to bear weight) -> XR negative for fracture. Grade II lateral
sprain. Splint, crutches, RICE, ibuprofen. Wait time to provider 2 h 40 min due to a trauma activation.
Follow up urgent care / sports medicine 1-2 weeks.
""", enc=e1, time="23:59")
    e2 = visit(c, "enc-uc0916", "2026-09-16", "uc", reason="Ankle sprain follow-up", prac=P["uc"], time="16:20", diag=[sp])
    note(c, "n-0916", "2026-09-16", "uc", P["uc"], """
Urgent Care follow-up
Ankle improving, weight bearing with mild limp. Transition to lace-up brace, home exercises. Return prn.
""", enc=e2, time="16:45")
    msg = c.communication("msg-pt", dt("2026-09-21", "20:14"), c.pt, [P["pr"]],
                          "I am writing about my ER visit on Sept 5. I waited almost 3 hours to be seen, and now I got a "
                          "bill for a level 3 ER facility fee of $1,840 even though I have insurance and was only there for an "
                          "ankle x-ray. Nobody told me the urgent care next door would have been cheaper. Please send me an "
                          "itemized bill and review the charge. The doctor and nurses themselves were great.",
                          medium=cc(coding("http://terminology.hl7.org/CodeSystem/v3-ParticipationMode", "ELECTRONIC",
                                           "electronic data"), text="Patient portal"),
                          topic=text_cc("Billing question / wait time complaint"))
    c.flag("flag-pr", text_cc("Patient relations case #PR-26-0913 open: billing dispute (facility fee), wait time"),
           dt("2026-09-22", "09:00"), category="admin", author=P["pr"], status="inactive", end=dt("2026-10-14", "12:00"))
    c.communication("msg-pr", dt("2026-10-14", "11:30"), P["pr"], [c.pt],
                    "Ms. Brooks, thank you for your feedback. Your facility charge was reviewed and re-submitted to Anthem; "
                    "your balance is now $150 (ED copay). An itemized statement has been mailed. We have shared your wait-time "
                    "comments with the ED leadership.", in_response_to=msg)
    return c


def four_chronic_conditions(cid):
    c, P = setup(cid, "ed", given="Leonard P", family="Harcourt", gender="male", birth="1959-09-14",
                 addr=("3870 S Richfield St", "Aurora", "80013"), phone="303-555-0104", mrn="SR00731266",
                 pracs=[("uc", "Trevor", "Lindgren", "NP, Urgent Care", "1912873460", "male"),
                        ("ed1", "Anjali", "Kapoor", "MD, Emergency Medicine", "1225093844", "female")],
                 payer_name="Medicare Part A/B (Noridian)", plan=("MCR-AB", "Original Medicare Parts A and B"),
                 member="8KD2-RR4-QN17", cov_start="2024-09-01")
    drug_allergy(c, "alg-pcn", "7980", "penicillin G", "1990-01-01", ("247472004", "Wheal"))
    htn = _pl(c, "pl-htn", "I10", "Essential (primary) hypertension", "2012", category="problem-list-item")
    hld = _pl(c, "pl-hld", "E78.5", "Hyperlipidemia, unspecified", "2012", category="problem-list-item")
    dm = _pl(c, "pl-dm", "E11.9", "Type 2 diabetes mellitus without complications", "2019", category="problem-list-item")
    gerd = _pl(c, "pl-gerd", "K21.9", "Gastro-esophageal reflux disease without esophagitis", "2016", category="problem-list-item")
    _pl(c, "pl-stone", "N20.0", "Calculus of kidney", "2023-02-11", category="problem-list-item", clinical="resolved",
        abatement="2023-02-20")
    _pl(c, "pl-frac", "S52.501A", "Unspecified fracture of the lower end of right radius, initial encounter for closed fracture",
        "2021-12-03", category="problem-list-item", clinical="resolved", abatement="2022-02-15")
    for code, text, sig, r in (("6809", "metformin 1000 mg tablet", "1000 mg twice daily", dm),
                               ("29046", "lisinopril 20 mg tablet", "20 mg daily", htn),
                               ("36567", "simvastatin 40 mg tablet", "40 mg nightly", hld),
                               ("7646", "omeprazole 20 mg capsule", "20 mg daily before breakfast", gerd)):
        c.med_statement(f"ms-{code}", med(c, code, text), start="2024-09-01", dosage_text=sig, source=c.pt,
                        reason=[c.find(r)["code"]])
    e0 = visit(c, "enc-uc0612", "2026-06-12", "uc", reason="R wrist pain after fall from ladder", prac=P["uc"],
               time="11:00", minutes=60)
    wr = _edx(c, "dx-wrist", "S63.501A", "Unspecified sprain of right wrist, initial encounter", "2026-06-12", enc=e0,
              clinical="resolved", abatement="2026-07-10")
    c.find(e0)["diagnosis"] = [{"condition": wr, "rank": 1}]
    c.report("xr0612", ed_order("RAD-XR-WR", "XR wrist right 3 views", "73110", "Radiologic examination, wrist; complete, minimum of 3 views"),
             dt("2026-06-12", "11:40"), category=imaging_cat(), encounter=e0, conclusion="No acute fracture. Healed distal radius fracture.")
    e1 = visit(c, "enc-uc1109", "2026-11-09", "uc", reason="Sore throat, congestion, cough x 4 days", prac=P["uc"],
               time="09:30", minutes=35)
    uri = _edx(c, "dx-uri", "J06.9", "Acute upper respiratory infection, unspecified", "2026-11-09", enc=e1,
               clinical="resolved", abatement="2026-11-20")
    c.find(e1)["diagnosis"] = [{"condition": uri, "rank": 1}, {"condition": dm, "rank": 2}]
    vit(c, "v1109", "2026-11-09", e1, time="09:35", bp=(136, 82), hr=84, temp=37.6, spo2=97, wt=88.0)
    c.observation("strep", cc(coding(ED_SYS + "/result-code", "RSA", "Rapid strep antigen, throat"), text="Rapid strep antigen"),
                  dt("2026-11-09", "09:50"), value=text_cc("Negative"), interp="NEG", encounter=e1, performer=c.org_ref)
    c.observation("covflu", cc(coding(ED_SYS + "/result-code", "RVP4", "SARS-CoV-2/Flu A/B/RSV PCR"), text="Respiratory PCR panel"),
                  dt("2026-11-09", "10:20"), value=text_cc("Not detected"), interp="NEG", encounter=e1, performer=c.org_ref)
    lab(c, "glu1109", dt("2026-11-09", "09:50"), "glu", 148, enc=e1, note="Point of care, non-fasting")
    note(c, "n-1109", "2026-11-09", "uc", P["uc"], """
Urgent Care Provider Note
67M, 4 days URI symptoms. Strep and respiratory PCR negative. Lungs clear. Viral URI - supportive care.
PMH: HTN, hyperlipidemia, T2DM (on metformin), GERD - all followed by his PCP, stable per patient. Remote kidney stone
and healed wrist fracture. Return if fever > 3 days or dyspnea.
""", enc=e1, time="10:30")
    return c


CASES = [
    dict(target="PERSISTENT_SYMPTOMS_NORMAL_WORKUP", kind="positive", expected=["PERSISTENT_SYMPTOMS_NORMAL_WORKUP"],
         why="Urgent-care visit 11/3 then two unscheduled ED returns (11/8, 11/14) for the same headache within 12 days "
             "(return-visit e-trigger); CT, CT venogram, labs and CSF all normal, no diagnosis beyond 'headache'.",
         summary="34F new daily headache: UC then two ED bounce-backs in 12 days, CT/CTV/LP normal, still undiagnosed",
         build=headache_bounce_backs),
    dict(target="PERSISTENT_SYMPTOMS_NORMAL_WORKUP", kind="near-miss", expected=[],
         why="The two return visits after the ED cellulitis visit were booked, scheduled rechecks, not unscheduled returns, "
             "and the cellulitis resolved within a week.",
         summary="51M leg cellulitis: ED visit then two scheduled urgent-care rechecks, resolved by day 7",
         build=cellulitis_scheduled_rechecks),
    dict(target="DIAGNOSIS_SYMPTOM_MISMATCH", kind="near-miss", expected=[],
         why="The catch-all 'abdominal pain, unspecified' ED label lasted 4 days before ultrasound found gallstones; "
             "cholecystectomy done and symptoms resolved.",
         summary="44F ED visit coded R10.9, ultrasound shows gallstones, laparoscopic cholecystectomy Sept 2026, pain gone",
         build=abd_pain_then_gallstones),
    dict(target="MAJOR_PROCEDURE_PLANNED", kind="positive", expected=["MAJOR_PROCEDURE_PLANNED"],
         why="Procedure in status 'preparation' for CABG x3 scheduled 2026-12-03 after NSTEMI and left-main/3-vessel disease.",
         summary="66M NSTEMI admitted from ED, 3-vessel + left main disease, CABG x3 in preparation for 2026-12-03",
         build=cabg_preparation),
    dict(target="UNTREATABLE_PROGNOSIS", kind="positive", expected=["UNTREATABLE_PROGNOSIS"],
         why="End-stage HFrEF; advanced HF consult states no further treatment options (not LVAD/transplant candidate), "
             "hospice referral and hospice CarePlan, discharged to hospice; no second opinion on record.",
         summary="84F NYHA IV ischemic cardiomyopathy, 4th admission, told no further options, discharged to home hospice",
         build=end_stage_hf_hospice),
    dict(target="UNTREATABLE_PROGNOSIS", kind="near-miss", expected=[],
         why="Very severe emphysema with 'no further treatment options' and palliative referral, but an outside second "
             "opinion (July 2026, within 12 months) on the same problem is on record and concurred.",
         summary="76M GOLD 4 emphysema, no valve/LVRS/transplant options, outside second opinion 7/2026 agreed",
         build=copd_second_opinion_done),
    dict(target="UNTREATABLE_PROGNOSIS", kind="near-miss", expected=[],
         why="'No treatment needed' refers to an incidental Bosniak I simple renal cyst, a benign finding; the ureteric "
             "stone passed. No serious condition without treatment options.",
         summary="58M renal colic, stone passed; incidental Bosniak I renal cyst documented as needing no treatment",
         build=renal_cyst_no_treatment),
    dict(target="HIGH_IMPACT_TREATMENT", kind="positive", expected=["HIGH_IMPACT_TREATMENT"],
         why="Haemodialysis started Oct 2026 for new ESRD (tunneled catheter, 3 inpatient sessions) and active order for "
             "lifelong outpatient HD three times weekly.",
         summary="63M presented to ED with uraemia and K 6.8, haemodialysis initiated, outpatient HD MWF ordered",
         build=dialysis_initiation),
    dict(target="PATIENT_REPORTED_CONCERN", kind="near-miss", expected=[],
         why="The patient-authored message is a billing and wait-time complaint; she praises the clinical care and asks "
             "for no second opinion, and the issue was resolved by patient relations.",
         summary="38F ankle sprain ED visit, portal complaint about facility bill and wait time, resolved",
         build=billing_complaint),
    dict(target="RARE_OR_COMPLEX_CONDITION", kind="near-miss", expected=[],
         why="Only four active chronic conditions (hypertension, hyperlipidaemia, T2DM, GERD), all stable in primary "
             "care; other problems are resolved.",
         summary="67M viral URI at urgent care; HTN, hyperlipidaemia, T2DM, GERD; resolved stone and fracture",
         build=four_chronic_conditions),
]
