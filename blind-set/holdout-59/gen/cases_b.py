"""Cases from the Thai university hospital (Chao Phraya University Hospital, Bangkok)."""
from fhirkit import (Case, case, cc, q, coding, LOINC, SCT, ICD9CM, UCUM, T, THAI, ICD10TM, TH_LOCAL, TH_DRUG, TMT,
                     th_patient, th_coverage, sym_obs, score_obs)

ORG = "thai"


def tm(code, display, text=None, sct=None):
    codings = [(ICD10TM, code, display)]
    if sct:
        codings.append((SCT, sct[0], sct[1]))
    return cc(*codings, text=text or display)


def drug(name, code):
    return cc((TH_DRUG, code, name), text=name)


def icd9(code, display, text=None):
    return cc((ICD9CM, code, display), text=text or display)


OPD = cc((TH_LOCAL, "OPD", "Outpatient visit"), text="OPD visit")
NOTE_OPD = cc((LOINC, "11506-3", "Progress note"), text="OPD progress note")
NOTE_ER = cc((LOINC, "34111-5", "Emergency department Note"), text="ER note")
NOTE_CONS = cc((LOINC, "11488-4", "Consult note"), text="Consultation note")


def pain(C, d, v, enc=None):
    return score_obs(C, cc((LOINC, "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"), text="Pain score (NRS)"),
                     d, v, enc=enc)


# --------------------------------------------------------------------------------- B1
@case("b01-headache-returns", ORG, "PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "positive", ["PERSISTENT_SYMPTOMS_NORMAL_WORKUP"],
      "Return-visit e-trigger: after a primary-care (family medicine) visit for headache and fever on 3 Nov, two unscheduled "
      "emergency visits followed within 9 days, each with normal blood work and discharge without a diagnosis; the headache persists.",
      "32-year-old woman, family-medicine visit then 2 unscheduled ER visits within 9 days for persistent headache, all results normal")
def b01(cid):
    C = Case(cid, THAI)
    C.setup(th_patient(C, "นางสาวสุภาพร แก้วมณี", "Kaewmanee", ["Supaporn"], "Ms.", "female", "1994-05-02", "110350021458",
                       "65-3471902", "88/12 ซอยจรัญสนิทวงศ์ 35 แขวงบางขุนศรี เขตบางกอกน้อย กรุงเทพฯ 10700", marital="S"),
            th_coverage("110350021458"), practitioners=["fm", "er", "ns"])
    ha = C.cond(tm("R51", "Headache", sct=("25064002", "Headache")), onset="2026-10-29", recorded="2026-11-03",
                category="encounter-diagnosis", who="fm")
    C.cond(tm("R50.9", "Fever, unspecified", sct=("386661006", "Fever")), onset="2026-10-29", recorded="2026-11-03",
           clinical="resolved", abatement="2026-11-06", category="encounter-diagnosis", who="fm")
    e1 = C.enc("2026-11-03", cls="AMB", type_=OPD, service=cc((TH_LOCAL, "FM-OPD", "Family medicine (primary care) clinic"),
                                                               text="คลินิกเวชศาสตร์ครอบครัว"),
               who="fm", reason=cc((SCT, "25064002", "Headache"), text="ปวดศีรษะ 5 วัน มีไข้ต่ำๆ"))
    C.vitals("2026-11-03", enc=e1, sbp=118, dbp=76, hr=92, temp=37.8)
    pain(C, "2026-11-03", 6, e1)
    l1 = [C.lab("718-7", "Hemoglobin [Mass/volume] in Blood", "2026-11-03", 12.8, "g/dL", 12.0, 15.5, enc=e1),
          C.lab("6690-2", "Leukocytes [#/volume] in Blood by Automated count", "2026-11-03", 7.2, "10*3/uL", 4.0, 10.0, enc=e1),
          C.lab("777-3", "Platelets [#/volume] in Blood by Automated count", "2026-11-03", 246, "10*3/uL", 150, 400, enc=e1)]
    ns1 = C.obs(cc((TH_LOCAL, "DENV-NS1", "Dengue NS1 antigen, rapid"), text="Dengue NS1 Ag"), "2026-11-03",
                cc((SCT, "260385009", "Negative"), text="Negative"), interp="NEG", enc=e1)
    C.report(cc((LOINC, "58410-2", "CBC panel - Blood by Automated count"), text="CBC + Dengue NS1"), "2026-11-03", l1 + [ns1],
             conclusion="CBC within normal limits; NS1 negative.", enc=e1)
    C.note("2026-11-03", "OPD family medicine",
           "CC: ปวดศีรษะ 5 วัน มีไข้ต่ำๆ\nPI: ปวดตื้อๆ ทั่วศีรษะ ปวดมากช่วงเช้า ไข้ 37.5-38 ปวดเมื่อยตัว ไม่มีไอ ไม่มีผื่น\n"
           "PE: T 37.8, BP 118/76, no stiff neck, neuro intact, fundi not seen\nLab: CBC normal, NS1 negative\n"
           "Dx: Headache, fever - likely viral\nPlan: paracetamol 500 mg 1-2 tab prn q 6 hr, ดื่มน้ำมากๆ, F/U 3 wk หรือกลับมาถ้าอาการไม่ดีขึ้น",
           "fm", enc=e1, type_=NOTE_OPD)
    C.med_request(drug("Paracetamol 500 mg tab", "PARA500"), "2026-11-03", "1-2 tab prn q 6 hr (max 8 tab/day)", "fm", enc=e1,
                  reason_ref=[ha])
    e2 = C.enc(C.dt("2026-11-07", "22:15"), C.dt("2026-11-08", "02:40"), cls="EMER",
               type_=cc((TH_LOCAL, "ER-UNSCH", "Unscheduled emergency visit"), text="ER walk-in (unscheduled)"), who="er",
               reason=cc((SCT, "25064002", "Headache"), text="ปวดศีรษะมากขึ้น อาเจียน 2 ครั้ง"))
    C.vitals(C.dt("2026-11-07", "22:20"), enc=e2, sbp=126, dbp=80, hr=88, temp=37.1)
    pain(C, C.dt("2026-11-07", "22:20"), 8, e2)
    l2 = [C.lab("2951-2", "Sodium [Moles/volume] in Serum or Plasma", C.dt("2026-11-07", "22:50"), 138, "mmol/L", 135, 145, enc=e2),
          C.lab("2823-3", "Potassium [Moles/volume] in Serum or Plasma", C.dt("2026-11-07", "22:50"), 3.9, "mmol/L", 3.5, 5.1, enc=e2),
          C.lab("2345-7", "Glucose [Mass/volume] in Serum or Plasma", C.dt("2026-11-07", "22:50"), 96, "mg/dL", 70, 100, enc=e2),
          C.lab("6690-2", "Leukocytes [#/volume] in Blood by Automated count", C.dt("2026-11-07", "22:50"), 6.9, "10*3/uL", 4.0, 10.0, enc=e2)]
    C.report(cc((TH_LOCAL, "ER-CHEM", "ER chemistry panel"), text="Electrolytes, glucose, CBC"), "2026-11-07", l2,
             conclusion="Normal.", enc=e2)
    C.med_admin(drug("Metoclopramide 10 mg/2 mL inj", "METO-INJ"), C.dt("2026-11-07", "23:05"), q(10, "mg"), "ns", enc=e2,
                route=cc((SCT, "47625008", "Intravenous route")))
    C.note("2026-11-08", "ER note",
           "ER 22:15 น. ปวดศีรษะ 9 วัน ปวดมากขึ้น อาเจียน 2 ครั้ง ไม่มีไข้แล้ว\nPE: alert, no meningeal sign, neuro: no focal deficit\n"
           "Lab: electrolytes, glucose, CBC normal\nTx: IV fluid, metoclopramide 10 mg IV - อาการดีขึ้น\nD/C: ibuprofen prn, แนะนำกลับไปตรวจ OPD",
           "er", enc=e2, type_=NOTE_ER, time="02:30")
    e3 = C.enc(C.dt("2026-11-12", "19:40"), C.dt("2026-11-12", "23:10"), cls="EMER",
               type_=cc((TH_LOCAL, "ER-UNSCH", "Unscheduled emergency visit"), text="ER walk-in (unscheduled)"), who="er",
               reason=cc((SCT, "25064002", "Headache"), text="ปวดศีรษะไม่หาย ตามัวเป็นพักๆ"))
    C.vitals(C.dt("2026-11-12", "19:45"), enc=e3, sbp=122, dbp=78, hr=84, temp=36.9)
    pain(C, C.dt("2026-11-12", "19:45"), 7, e3)
    l3 = [C.lab("1988-5", "C reactive protein [Mass/volume] in Serum or Plasma", C.dt("2026-11-12", "20:10"), 2.1, "mg/L", None, 5, enc=e3),
          C.lab("4537-7", "Erythrocyte sedimentation rate by Westergren method", C.dt("2026-11-12", "20:10"), 12, "mm/h", 0, 20, enc=e3)]
    C.report(cc((TH_LOCAL, "ER-INFL", "Inflammatory markers"), text="CRP, ESR"), "2026-11-12", l3, conclusion="Normal.", enc=e3)
    C.note("2026-11-12", "ER note",
           "ER revisit ครั้งที่ 2 ใน 5 วัน (3rd visit since 3 Nov). ปวดศีรษะทุกวัน ปวดมากตอนตื่นนอน ตามัวเป็นพักๆ ไม่มีไข้\n"
           "PE: neuro exam grossly normal, no papilledema seen on non-dilated fundoscopy (limited)\nLab: CRP 2.1, ESR 12 - WNL\n"
           "Imp: Headache, no red flag found. Tx: paracetamol + ibuprofen. D/C, F/U OPD ตามนัด 24 Nov.",
           "er", enc=e3, type_=NOTE_ER, time="23:00")
    e4 = C.enc("2026-11-24", type_=OPD, service=cc((TH_LOCAL, "FM-OPD", "Family medicine (primary care) clinic")), who="fm",
               reason=cc((SCT, "25064002", "Headache"), text="F/U ปวดศีรษะ"))
    C.vitals("2026-11-24", enc=e4, sbp=120, dbp=78, hr=80, temp=36.8)
    sym_obs(C, "25064002", "Headache", "ยังปวดศีรษะทุกวัน ปวดมากช่วงเช้า (persistent daily headache, 4 weeks)", "2026-11-24", enc=e4)
    C.note("2026-11-24", "OPD follow-up",
           "F/U: ยังปวดศีรษะทุกวัน 4 สัปดาห์แล้ว ไปห้องฉุกเฉิน 2 ครั้ง ผลเลือดปกติทั้งหมด\nPE: normal\n"
           "Imp: Headache, unclear cause. ผู้ป่วยถูกบอกว่า 'ไม่พบความผิดปกติ' แต่อาการไม่ดีขึ้น กังวลมาก\nPlan: continue analgesics, headache diary, F/U 1 mo",
           "fm", enc=e4, type_=NOTE_OPD)
    return C


# --------------------------------------------------------------------------------- B2
@case("b02-fibromyalgia-synovitis", ORG, "DIAGNOSIS_SYMPTOM_MISMATCH", "positive", ["DIAGNOSIS_SYMPTOM_MISMATCH"],
      "Fibromyalgia (M79.7) has been kept for nine months while symptoms continue, and since August prolonged morning "
      "stiffness, MCP synovitis, raised ESR/CRP and positive RF and anti-CCP appeared: findings the label cannot explain.",
      "48-year-old woman labelled fibromyalgia since Feb 2026; new synovitis, high ESR/CRP, RF+ and anti-CCP+ left under the same label")
def b02(cid):
    C = Case(cid, THAI)
    C.setup(th_patient(C, "นางอรุณี ทองดี", "Thongdee", ["Arunee"], "Mrs.", "female", "1978-09-14", "310040087731",
                       "61-0882145", "45 หมู่ 3 ตำบลบางกระสอ อำเภอเมือง จังหวัดนนทบุรี 11000", marital="M"),
            th_coverage("310040087731"), practitioners=["im", "ns"])
    fm = C.cond(tm("M79.7", "Fibromyalgia", sct=("203082005", "Fibromyalgia")), onset="2025-08", recorded="2026-02-10", who="im")
    C.cond(tm("K29.7", "Gastritis, unspecified", text="Gastritis (NSAID-related, 2024)"), onset="2024-03", recorded="2024-03-05",
           clinical="resolved", abatement="2024-06-01", who="im")
    series = [("2026-02-10", "ปวดเมื่อยทั่วตัว 6 เดือน อ่อนเพลีย นอนไม่หลับ", 7),
              ("2026-05-12", "ยังปวดทั่วตัว นอนไม่หลับ", 6),
              ("2026-08-18", "ปวดข้อมือและนิ้วมือ 2 ข้าง ข้อฝืดตอนเช้า >1 ชม.", 7),
              ("2026-11-10", "ข้อนิ้วมือบวม ข้อฝืดตอนเช้า 2 ชม. กำมือไม่ได้", 7)]
    encs = []
    for d, txt, p in series:
        e = C.enc(d, type_=OPD, service=cc(text="Medicine OPD"), who="im", reason=cc(text=txt))
        encs.append(e)
        C.vitals(d, enc=e, sbp=124, dbp=78, hr=80, wt=58 if d < "2026-08-01" else 56)
        pain(C, d, p, e)
        sym_obs(C, "57676002" if d >= "2026-08-01" else "82423001", "Joint pain" if d >= "2026-08-01" else "Chronic pain", txt, d, enc=e)
    C.lab("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", "2026-02-10", 1.6, "m[IU]/L", 0.27, 4.2, enc=encs[0])
    C.lab("718-7", "Hemoglobin [Mass/volume] in Blood", "2026-02-10", 12.6, "g/dL", 12.0, 15.5, enc=encs[0])
    C.med_request(drug("Amitriptyline 10 mg tab", "AMIT10"), "2026-02-10", "1 tab hs", "im", reason_ref=[fm])
    C.med_request(drug("Pregabalin 75 mg cap", "PREG75"), "2026-05-12", "1 cap bid", "im", reason_ref=[fm])
    e3, e4 = encs[2], encs[3]
    stiff = C.obs(cc((TH_LOCAL, "AM-STIFF", "Morning stiffness duration"), text="Morning stiffness duration"), "2026-08-18", q(75, "min"),
                  category="exam", enc=e3, issued=False)
    syn = C.obs(cc((TH_LOCAL, "JOINT-EXAM", "Joint examination"), text="Joint exam"), "2026-08-18",
                "Swelling and tenderness MCP 2-3 both hands, PIP 2 right; wrists tender. Swollen joint count 5, tender joint count 8.",
                category="exam", enc=e3, interp="A", issued=False)
    infl = [C.lab("4537-7", "Erythrocyte sedimentation rate by Westergren method", "2026-08-18", 48, "mm/h", 0, 20, enc=e3),
            C.lab("1988-5", "C reactive protein [Mass/volume] in Serum or Plasma", "2026-08-18", 22, "mg/L", None, 5, enc=e3)]
    C.report(cc((TH_LOCAL, "INFL", "Inflammatory markers"), text="ESR, CRP"), "2026-08-18", infl, conclusion="ESR and CRP raised.", enc=e3)
    ser = [C.lab("11572-5", "Rheumatoid factor [Units/volume] in Serum or Plasma", "2026-11-03", 64, "[IU]/mL", None, 14, enc=e4),
           C.lab("ACCP", "Anti-cyclic citrullinated peptide antibody", "2026-11-03", 182, "U/mL", None, 17, enc=e4,
                 text="Anti-CCP", system=TH_LOCAL),
           C.lab("4537-7", "Erythrocyte sedimentation rate by Westergren method", "2026-11-03", 52, "mm/h", 0, 20, enc=e4)]
    C.report(cc((TH_LOCAL, "RHEUM-SER", "Rheumatology serology"), text="RF, anti-CCP, ESR"), "2026-11-03", ser,
             conclusion="RF and anti-CCP positive, ESR raised.", enc=e4)
    C.impression("2026-11-10", "im", "Medicine OPD assessment",
                 "Fibromyalgia - continue pregabalin. Joint pain/stiffness considered part of fibromyalgia.", problems=[fm], enc=e4,
                 investigation=[{"code": cc(text="Labs and joint examination"), "item": [C.ref(syn), C.ref(stiff), C.ref(ser[0]), C.ref(ser[1])]}])
    C.note("2026-02-10", "OPD medicine",
           "CC: ปวดเมื่อยทั่วตัว 6 เดือน\nPI: ปวดกล้ามเนื้อคอ บ่า หลัง แขนขา อ่อนเพลีย นอนไม่หลับ ไม่มีข้อบวม\n"
           "PE: tender points multiple, no synovitis\nLab: CBC, TSH normal\nDx: Fibromyalgia (WPI 9, SSS 7)\nPlan: amitriptyline 10 mg hs, exercise, sleep hygiene",
           "im", enc=encs[0], type_=NOTE_OPD)
    C.note("2026-08-18", "OPD medicine",
           "F/U fibromyalgia. มีอาการใหม่: ปวดข้อมือ ข้อนิ้วมือ 2 ข้าง ข้อฝืดตอนเช้า ~75 นาที\nPE: swelling MCP 2-3 both hands, PIP2 R\n"
           "ESR 48, CRP 22\nImp: fibromyalgia flare\nPlan: continue pregabalin 75 bid, add paracetamol, send RF/anti-CCP",
           "im", enc=e3, type_=NOTE_OPD)
    C.note("2026-11-10", "OPD medicine",
           "F/U: ข้อนิ้วมือบวม ข้อฝืดตอนเช้า 2 ชม. กำมือไม่ได้ น้ำหนักลด 2 kg\nRF 64, anti-CCP 182, ESR 52\n"
           "Dx: Fibromyalgia (ยังคงเดิม)\nPlan: continue pregabalin, F/U 3 mo. No rheumatology referral made.",
           "im", enc=e4, type_=NOTE_OPD)
    return C


# --------------------------------------------------------------------------------- B3
@case("b03-cabg-preparation", ORG, "MAJOR_PROCEDURE_PLANNED", "positive", ["MAJOR_PROCEDURE_PLANNED"],
      "After angiography showed triple-vessel disease (SYNTAX 34) the heart team booked coronary artery bypass grafting x3; "
      "the Procedure is in 'preparation' for 12 January 2027 with pre-operative work-up done.",
      "65-year-old man, triple-vessel coronary disease, CABG x3 in preparation for 2027-01-12")
def b03(cid):
    C = Case(cid, THAI)
    C.setup(th_patient(C, "นายประสิทธิ์ บุญมา", "Boonma", ["Prasit"], "Mr.", "male", "1961-03-22", "340120044562",
                       "59-1120345", "17/4 หมู่ 6 ตำบลบางบัวทอง อำเภอบางบัวทอง จังหวัดนนทบุรี 11110", marital="M"),
            th_coverage("340120044562"), practitioners=["cd", "ct", "im", "ns"])
    cad = C.cond(tm("I25.1", "Atherosclerotic heart disease", sct=("53741008", "Coronary arteriosclerosis"),
                    text="Coronary artery disease, triple vessel disease"), onset="2026-06", recorded="2026-09-08", who="cd")
    C.cond(tm("E11.9", "Type 2 diabetes mellitus without complications", sct=("44054006", "Diabetes mellitus type 2")),
           onset="2012", recorded="2014-02-11", who="im")
    C.cond(tm("I10", "Essential (primary) hypertension"), onset="2010", recorded="2014-02-11", who="im")
    C.cond(tm("E78.2", "Mixed hyperlipidaemia", text="Dyslipidaemia"), onset="2014", recorded="2014-02-11", who="im")
    e1 = C.enc("2026-09-08", type_=OPD, service=cc(text="Cardiology OPD"), who="cd",
               reason=cc((SCT, "194828000", "Angina"), text="เจ็บหน้าอกเวลาออกแรง 3 เดือน"))
    C.vitals("2026-09-08", enc=e1, sbp=142, dbp=84, hr=74, wt=72, ht=166)
    echo = C.obs(cc((LOINC, "10230-1", "Left ventricular Ejection fraction")), "2026-09-15", q(48, "%"), category="imaging",
                 low=52, interp="L")
    C.report(cc((TH_LOCAL, "ECHO-TTE", "Transthoracic echocardiography"), text="Echocardiogram"), "2026-09-15", [echo],
             category=("CUS", "Cardiac Ultrasound"), conclusion="Mild LV systolic dysfunction, LVEF 48%, inferior hypokinesia.", who="cd")
    e2 = C.enc("2026-10-14", "2026-10-15", cls="SS", type_=cc(text="Cardiac catheterization (day case)"), who="cd")
    angio = C.procedure(icd9("88.56", "Coronary arteriography using two catheters", text="Coronary angiography"), "completed",
                        C.dt("2026-10-14", "10:30"), who="cd", enc=e2, reason_ref=[cad],
                        note="LAD proximal 90%, LCx mid 80%, RCA proximal 95%. SYNTAX score 34.")
    C.report(cc((TH_LOCAL, "CAG", "Coronary angiography report"), text="CAG report"), "2026-10-14", None, category=("CTH", "Cardiac Catheterization"),
             conclusion="Triple vessel disease (LAD 90%, LCx 80%, RCA 95%), SYNTAX 34. Heart team: CABG recommended.", who="cd", enc=e2)
    labs = [C.lab("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "2026-11-17", 7.2, "%", 4.0, 6.4),
            C.lab("13457-7", "Cholesterol in LDL [Mass/volume] in Serum or Plasma by calculation", "2026-11-17", 86, "mg/dL", None, 100),
            C.lab("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", "2026-11-17", 1.0, "mg/dL", 0.7, 1.2),
            C.lab("718-7", "Hemoglobin [Mass/volume] in Blood", "2026-11-17", 13.8, "g/dL", 13.0, 17.0),
            C.lab("6301-6", "INR in Platelet poor plasma by Coagulation assay", "2026-11-17", 1.0, "{INR}", 0.8, 1.2)]
    C.report(cc((TH_LOCAL, "PREOP-LAB", "Pre-operative laboratory panel"), text="Pre-op labs"), "2026-11-17", labs, conclusion="Acceptable for surgery.")
    for m, code, dose in (("Aspirin 81 mg tab", "ASA81", "1 tab od"), ("Atorvastatin 40 mg tab", "ATOR40", "1 tab hs"),
                          ("Bisoprolol 5 mg tab", "BISO5", "1 tab od"), ("Isosorbide mononitrate 20 mg tab", "ISMN20", "1 tab bid"),
                          ("Metformin 500 mg tab", "METF500", "2 tab bid pc"), ("Enalapril 5 mg tab", "ENAL5", "1 tab bid")):
        C.med_request(drug(m, code), "2026-09-08", dose, "cd" if code != "METF500" else "im")
    e3 = C.enc("2026-11-17", type_=OPD, service=cc(text="Cardiothoracic surgery OPD"), who="ct",
               reason=cc(text="Pre-operative evaluation for CABG"))
    cabg = C.procedure(icd9("36.13", "(Aorto)coronary bypass of three coronary arteries", text="CABG x 3 (LIMA-LAD, SVG-OM, SVG-RCA)"),
                       "preparation", None, who="ct", enc=e3, reason_ref=[cad],
                       note="Scheduled 12 Jan 2027, admit 11 Jan 2027. Consent signed 17 Nov 2026. EuroSCORE II 1.9%.")
    C.enc("2027-01-11", cls="IMP", status="planned", type_=cc(text="Elective admission, cardiothoracic surgery ward"), who="ct",
          reason=cc(text="CABG x 3"))
    C.note("2026-10-15", "Heart team conference",
           "Heart team 15 Oct 2026: 65M, DM, HT, DLP, CCS III angina despite optimal medical Rx. CAG: TVD, SYNTAX 34, LVEF 48%.\n"
           "Consensus: CABG recommended over PCI (diabetes, SYNTAX >22). ผู้ป่วยและญาติรับทราบและยินยอม", "cd", enc=e2,
           type_=NOTE_CONS)
    C.note("2026-11-17", "CVT pre-op",
           "Pre-op CVT clinic: planned CABG x3 on 12 Jan 2027. Labs OK, HbA1c 7.2. Stop aspirin? -> continue. Stop metformin 48 hr pre-op.\n"
           "Consent signed. นัด admit 11 ม.ค. 2570", "ct", enc=e3, type_=NOTE_OPD)
    return C


# --------------------------------------------------------------------------------- B4
@case("b04-lap-chole-done", ORG, "MAJOR_PROCEDURE_PLANNED", "near-miss", [],
      "The laparoscopic cholecystectomy that had been ordered was performed on 7 October 2026 (request completed, "
      "procedure completed, uneventful follow-up): nothing is pending.",
      "51-year-old woman, symptomatic gallstones, laparoscopic cholecystectomy already done 2026-10-07")
def b04(cid):
    C = Case(cid, THAI)
    C.setup(th_patient(C, "นางมาลี จันทร์เพ็ญ", "Chanpen", ["Malee"], "Mrs.", "female", "1975-07-08", "350070015523",
                       "63-0457781", "122 ถนนสิรินธร แขวงบางพลัด เขตบางพลัด กรุงเทพฯ 10700", marital="M"),
            th_coverage("350070015523"), practitioners=["sg", "im", "ns"])
    C.cond(tm("I10", "Essential (primary) hypertension"), onset="2018", recorded="2018-03-20", who="im")
    gs = C.cond(tm("K80.2", "Calculus of gallbladder without cholecystitis", text="Symptomatic gallstones"), onset="2026-06-14", recorded="2026-07-21", clinical="resolved",
                abatement="2026-10-07", who="sg")
    e0 = C.enc(C.dt("2026-06-14", "01:20"), C.dt("2026-06-14", "05:00"), cls="EMER", type_=cc(text="ER visit"), who="im",
               reason=cc(text="ปวดท้องใต้ลิ้นปี่ร้าวไปหลังขวา หลังอาหารมัน"))
    us = C.obs(cc((TH_LOCAL, "US-UA", "Ultrasound upper abdomen"), text="US upper abdomen"), "2026-06-20",
               "Multiple gallstones, largest 1.4 cm, GB wall 2 mm, CBD 4 mm, no pericholecystic fluid.", category="imaging", interp="A")
    C.report(cc((TH_LOCAL, "US-UA", "Ultrasound upper abdomen"), text="US upper abdomen"), "2026-06-20", [us],
             category=("RAD", "Radiology"), conclusion="Cholelithiasis without cholecystitis.")
    e1 = C.enc("2026-07-21", type_=OPD, service=cc(text="Surgery OPD"), who="sg", reason=cc(text="Biliary colic x 2 episodes"))
    sr = C.service_request(icd9("51.23", "Laparoscopic cholecystectomy"), "2026-08-04", "sg", status="completed", intent="order",
                           reason_ref=[gs], occurrence="2026-10-07", enc=e1)
    lft = [C.lab("1742-6", "Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma", "2026-09-29", 22, "U/L", 0, 33),
           C.lab("6768-6", "Alkaline phosphatase [Enzymatic activity/volume] in Serum or Plasma", "2026-09-29", 74, "U/L", 35, 105),
           C.lab("1975-2", "Bilirubin.total [Mass/volume] in Serum or Plasma", "2026-09-29", 0.6, "mg/dL", 0.2, 1.2),
           C.lab("718-7", "Hemoglobin [Mass/volume] in Blood", "2026-09-29", 12.9, "g/dL", 12.0, 15.5)]
    C.report(cc((TH_LOCAL, "PREOP-LAB", "Pre-operative laboratory panel"), text="Pre-op labs"), "2026-09-29", lft, conclusion="Normal.")
    e2 = C.enc("2026-10-06", "2026-10-08", cls="IMP", type_=cc(text="Elective admission, surgery ward"), who="sg",
               hosp={"admitSource": cc((T + "admit-source", "other", "Other")),
                     "dischargeDisposition": cc((T + "discharge-disposition", "home", "Home"))})
    op = C.procedure(icd9("51.23", "Laparoscopic cholecystectomy"), "completed", C.dt("2026-10-07", "09:10"), who="sg", enc=e2,
                     reason_ref=[gs], based_on=[sr], end=C.dt("2026-10-07", "10:25"),
                     outcome=cc((SCT, "385669000", "Successful"), text="Uneventful"))
    path = C.obs(cc((LOINC, "22637-3", "Pathology report final diagnosis Narrative"), text="Gallbladder pathology"), "2026-10-12",
                 "Chronic cholecystitis with cholelithiasis. No dysplasia or malignancy.", interp="A")
    C.report(cc((TH_LOCAL, "SURG-PATH", "Surgical pathology"), text="Surgical pathology"), "2026-10-12", [path],
             category=("SP", "Surgical Pathology"), conclusion="Chronic cholecystitis, benign.")
    C.note("2026-10-08", "Discharge summary",
           "Lap chole 7 Oct 2026 (ICD-9-CM 51.23), EBL minimal, no complication. Pain controlled, tolerating diet.\n"
           "D/C day 2. นัดตรวจแผล 2 สัปดาห์", "sg", enc=e2, type_=cc((LOINC, "18842-5", "Discharge summary")))
    e3 = C.enc("2026-10-21", type_=OPD, service=cc(text="Surgery OPD"), who="sg", reason=cc(text="Post-op follow-up"))
    C.vitals("2026-10-21", enc=e3, sbp=128, dbp=80, hr=72, temp=36.7, wt=64)
    C.note("2026-10-21", "Post-op OPD",
           "Post-op 2 wk: แผลแห้งดี ไม่ปวดท้อง รับประทานอาหารได้ปกติ. Pathology: chronic cholecystitis, benign.\nPlan: discharge from surgery clinic, F/U HT with medicine.",
           "sg", enc=e3, type_=NOTE_OPD)
    C.med_statement(drug("Amlodipine 5 mg tab", "AMLO5"), "active", "2018-03-20", "1 tab od")
    return C


# --------------------------------------------------------------------------------- B5
@case("b05-hcc-supportive", ORG, "UNTREATABLE_PROGNOSIS", "positive", ["UNTREATABLE_PROGNOSIS"],
      "Multifocal HCC with portal vein tumour thrombus on HBV cirrhosis Child-Pugh C (BCLC D): the tumour board found no "
      "resection, locoregional or systemic option and recommended best supportive care with palliative home visits; the signal is "
      "only in the tumour-board impression and notes (no coded care plan); no second opinion.",
      "67-year-old man, HCC BCLC D on HBV cirrhosis Child-Pugh C, 'no anti-cancer treatment option', best supportive care")
def b05(cid):
    C = Case(cid, THAI)
    C.setup(th_patient(C, "นายสมศักดิ์ ศรีวงศ์", "Sriwong", ["Somsak"], "Mr.", "male", "1959-12-01", "360010023417",
                       "52-0774512", "9 หมู่ 2 ตำบลบางม่วง อำเภอบางใหญ่ จังหวัดนนทบุรี 11140", marital="M"),
            th_coverage("360010023417"), practitioners=["gi", "on", "pc", "ns"])
    hbv = C.cond(tm("B18.1", "Chronic viral hepatitis B without delta-agent"), onset="2008", recorded="2015-05-02", who="gi")
    cir = C.cond(tm("K74.6", "Other and unspecified cirrhosis of liver", sct=("19943007", "Cirrhosis of liver"),
                    text="HBV-related cirrhosis, Child-Pugh C (11)"), onset="2021", recorded="2021-07-13", who="gi")
    hcc = C.cond({"coding": [coding(ICD10TM, "C22.0", "Liver cell carcinoma")],
                  "text": "Hepatocellular carcinoma, multifocal with main portal vein tumour thrombus, BCLC stage D"},
                 onset="2026-09-01", recorded="2026-09-08", who="gi")
    ct = C.obs(cc((TH_LOCAL, "CT-LIVER", "CT liver 3 phase"), text="CT upper abdomen, triple phase"), "2026-09-01",
               "Multiple arterial-enhancing lesions with washout in both lobes (largest 6.2 cm, segment 8), main portal vein tumour thrombus, cirrhotic liver, moderate ascites. LI-RADS 5.",
               category="imaging", interp="A")
    C.report(cc((TH_LOCAL, "CT-LIVER", "CT liver 3 phase"), text="CT liver"), "2026-09-01", [ct], category=("RAD", "Radiology"),
             conclusion="Multifocal HCC (LI-RADS 5) with PVTT.")
    labs = [C.lab("1834-1", "Alpha-1-Fetoprotein [Mass/volume] in Serum or Plasma", "2026-09-01", 2840, "ng/mL", None, 8.8),
            C.lab("1975-2", "Bilirubin.total [Mass/volume] in Serum or Plasma", "2026-09-01", 3.8, "mg/dL", 0.2, 1.2),
            C.lab("1751-7", "Albumin [Mass/volume] in Serum or Plasma", "2026-09-01", 2.4, "g/dL", 3.5, 5.2),
            C.lab("6301-6", "INR in Platelet poor plasma by Coagulation assay", "2026-09-01", 1.9, "{INR}", 0.8, 1.2),
            C.lab("777-3", "Platelets [#/volume] in Blood by Automated count", "2026-09-01", 68, "10*3/uL", 150, 400)]
    C.report(cc((TH_LOCAL, "LFT-HCC", "Liver panel with AFP"), text="LFT, coagulation, AFP"), "2026-09-01", labs,
             conclusion="Child-Pugh C (score 11). AFP markedly raised.")
    ecog = score_obs(C, cc((LOINC, "89247-1", "ECOG Performance Status score")), "2026-10-06", 3)
    e1 = C.enc("2026-10-06", type_=cc(text="Multidisciplinary liver tumour board"), who=["gi", "on"])
    C.impression("2026-10-06", "gi", "Liver tumour board",
                 "HCC BCLC D: multifocal, main PVTT, Child-Pugh C 11, ECOG 3. Not candidate for resection, transplant, TACE, ablation or "
                 "systemic therapy (atezolizumab-bevacizumab / sorafenib not indicated in Child-Pugh C). Recommend best supportive care.",
                 problems=[hcc, cir], enc=e1, investigation=[{"code": cc(text="Staging"), "item": [C.ref(ct), C.ref(ecog)]}],
                 prognosis=cc(text="Expected survival about 3 months"))
    for m, code, dose in (("Tenofovir disoproxil fumarate 300 mg tab", "TDF300", "1 tab od"),
                          ("Spironolactone 100 mg tab", "SPIRO100", "1 tab od"), ("Furosemide 40 mg tab", "FURO40", "1 tab od"),
                          ("Lactulose 66.7% syrup", "LACTU", "30 mL bid titrate 2-3 soft stools/day"),
                          ("Morphine syrup 2 mg/mL", "MO-SYR", "5 mg q 4 hr prn pain")):
        C.med_request(drug(m, code), "2026-10-13" if code in ("MO-SYR", "LACTU") else "2026-09-08", dose,
                      "pc" if code in ("MO-SYR", "LACTU") else "gi")
    C.note("2026-10-06", "Tumour board summary",
           "Liver tumour board 6 Oct 2026\n67M HBV cirrhosis Child C, new multifocal HCC + main PVTT, AFP 2,840, ECOG 3.\n"
           "Conclusion: no curative or palliative anti-cancer treatment option (no resection, no TACE, no systemic therapy). Best supportive care.\n"
           "แจ้งผู้ป่วยและภรรยาแล้ว ส่งปรึกษาทีมประคับประคอง", "gi", enc=e1, type_=NOTE_CONS)
    e2 = C.enc("2026-11-24", cls="HH", type_=cc(text="Palliative home visit"), who=["pc", "ns"])
    C.note("2026-11-24", "Palliative home visit",
           "เยี่ยมบ้าน: ท้องมานมากขึ้น ปวดชายโครงขวา NRS 4 ใช้ morphine วันละ 2-3 ครั้ง ทานได้น้อย\nACP: ผู้ป่วยไม่ต้องการใส่ท่อช่วยหายใจ ต้องการเสียชีวิตที่บ้าน\nPlan: adjust diuretics, continue morphine",
           "pc", enc=e2, type_=NOTE_OPD)
    return C


# --------------------------------------------------------------------------------- B6
@case("b06-breast-ac-chemo", ORG, "HIGH_IMPACT_TREATMENT", "positive", ["HIGH_IMPACT_TREATMENT"],
      "Adjuvant dose-dense chemotherapy (AC x4 then weekly paclitaxel, followed by breast radiotherapy) for early breast cancer "
      "was started with cycle 1 on 19 November 2026: a started high-impact treatment.",
      "46-year-old woman after lumpectomy for ER+/HER2- breast cancer; adjuvant AC chemotherapy cycle 1 given 2026-11-19")
def b06(cid):
    C = Case(cid, THAI)
    C.setup(th_patient(C, "นางวิไลวรรณ สุขสวัสดิ์", "Suksawat", ["Wilaiwan"], "Mrs.", "female", "1980-04-19", "170050031182",
                       "64-2290713", "301 ถนนอรุณอมรินทร์ แขวงศิริราช เขตบางกอกน้อย กรุงเทพฯ 10700", marital="M"),
            th_coverage("170050031182"), practitioners=["on", "sg", "ns"])
    bc = C.cond({"coding": [coding(ICD10TM, "C50.4", "Malignant neoplasm: Upper-outer quadrant of breast"),
                            coding(SCT, "254837009", "Malignant neoplasm of breast")],
                 "text": "Left breast invasive ductal carcinoma, pT2N0M0 (stage IIA), ER+ PR+ HER2-, Ki-67 35%"},
                onset="2026-09-02", recorded="2026-09-10", who="sg")
    C.cond(tm("E89.0", "Postprocedural hypothyroidism", text="Post-thyroidectomy hypothyroidism (2015), on levothyroxine"), onset="2015",
           recorded="2015-08-01", who="sg")
    bx = C.obs(cc((LOINC, "22637-3", "Pathology report final diagnosis Narrative"), text="Core biopsy left breast"), "2026-09-09",
               "Invasive ductal carcinoma, grade 2. ER 90%, PR 60%, HER2 1+ (negative), Ki-67 35%.", interp="A")
    C.procedure(icd9("85.21", "Local excision of lesion of breast", text="Left breast-conserving surgery (wide excision)"), "completed",
                C.dt("2026-10-08", "09:00"), who="sg", reason_ref=[bc])
    C.procedure(icd9("40.23", "Excision of axillary lymph node", text="Sentinel lymph node biopsy, left axilla"), "completed",
                C.dt("2026-10-08", "10:10"), who="sg", reason_ref=[bc], note="0/3 sentinel nodes positive.")
    C.report(cc((TH_LOCAL, "SURG-PATH", "Surgical pathology"), text="Surgical pathology"), "2026-10-13", [bx],
             category=("SP", "Surgical Pathology"), conclusion="IDC 2.4 cm, margins clear, SLN 0/3. pT2N0.")
    lvef = C.obs(cc((LOINC, "10230-1", "Left ventricular Ejection fraction")), "2026-11-10", q(64, "%"), category="imaging", low=52, interp="N")
    labs = [C.lab("718-7", "Hemoglobin [Mass/volume] in Blood", "2026-11-18", 12.7, "g/dL", 12.0, 15.5),
            C.lab("751-8", "Neutrophils [#/volume] in Blood by Automated count", "2026-11-18", 4.1, "10*3/uL", 1.5, 7.0),
            C.lab("777-3", "Platelets [#/volume] in Blood by Automated count", "2026-11-18", 288, "10*3/uL", 150, 400),
            C.lab("1742-6", "Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma", "2026-11-18", 18, "U/L", 0, 33)]
    C.report(cc((TH_LOCAL, "PRECHEMO", "Pre-chemotherapy panel"), text="Pre-chemo labs"), "2026-11-18", labs + [lvef], conclusion="Fit for chemotherapy.")
    e1 = C.enc("2026-10-27", type_=cc(text="Breast multidisciplinary tumour board"), who=["on", "sg"])
    cp = C.careplan("Adjuvant treatment plan, left breast cancer", "active", "plan", "2026-10-27", "on",
                    category=cc(text="Oncology treatment plan"), addresses=[bc],
                    description="Dose-dense AC (doxorubicin 60 mg/m2 + cyclophosphamide 600 mg/m2) q 2 wk x 4 -> paclitaxel 80 mg/m2 weekly x 12 "
                                "-> whole-breast radiotherapy 40 Gy/15 fx -> tamoxifen 5 years.")
    mr1 = C.med_request(drug("Doxorubicin 50 mg/25 mL inj", "DOXO50"), "2026-11-12", "96 mg (60 mg/m2, BSA 1.60) IV day 1 q 14 days x 4 cycles",
                        "on", reason_ref=[bc], category=[cc(text="Chemotherapy")])
    mr2 = C.med_request(drug("Cyclophosphamide 1 g inj", "CYCLO1G"), "2026-11-12", "960 mg (600 mg/m2) IV day 1 q 14 days x 4 cycles",
                        "on", reason_ref=[bc], category=[cc(text="Chemotherapy")])
    C.med_request(drug("Pegfilgrastim 6 mg prefilled syringe", "PEGF6"), "2026-11-12", "6 mg SC day 2 each cycle", "on")
    e2 = C.enc("2026-11-19", type_=cc(text="Chemotherapy day care"), who=["on", "ns"])
    C.vitals("2026-11-19", enc=e2, sbp=118, dbp=74, hr=78, temp=36.6, wt=56, ht=160)
    C.med_admin(drug("Ondansetron 8 mg inj", "ONDA8"), C.dt("2026-11-19", "09:00"), q(8, "mg"), "ns", enc=e2)
    C.med_admin(drug("Doxorubicin 50 mg/25 mL inj", "DOXO50"), C.dt("2026-11-19", "09:30"), q(96, "mg"), "ns", request=mr1, enc=e2,
                route=cc((SCT, "47625008", "Intravenous route")), note="Cycle 1 day 1")
    C.med_admin(drug("Cyclophosphamide 1 g inj", "CYCLO1G"), C.dt("2026-11-19", "10:00"), q(960, "mg"), "ns", request=mr2, enc=e2,
                route=cc((SCT, "47625008", "Intravenous route")), note="Cycle 1 day 1", end="11:00")
    C.note("2026-10-27", "Tumour board",
           "Breast tumour board 27 Oct 2026: 46F, L breast IDC pT2N0, ER+/HER2-, Ki-67 35%, grade 2, premenopausal.\n"
           "Recommend adjuvant ddAC x4 -> weekly paclitaxel x12, then WBRT, then tamoxifen. ให้คำปรึกษาเรื่องผมร่วง คลื่นไส้ ภาวะหมดประจำเดือน",
           "on", enc=e1, type_=NOTE_CONS)
    C.note("2026-11-19", "Chemo day care note",
           "C1D1 ddAC given 19 Nov 2026 without reaction. Counselled: ผมร่วง, คลื่นไส้อาเจียน, ไข้ต่ำเม็ดเลือดขาว, fertility. Patient tearful but consents.\n"
           "Next cycle 3 Dec 2026.", "ns", enc=e2, type_=NOTE_OPD)
    return C


# --------------------------------------------------------------------------------- B7
@case("b07-knee-second-opinion-qr", ORG, "PATIENT_REPORTED_CONCERN", "positive", ["PATIENT_REPORTED_CONCERN"],
      "On the hospital's patient-experience questionnaire the patient answered 'Yes / ต้องการ' to wanting a second "
      "opinion and wrote that his knee pain was put down to age.",
      "60-year-old man with knee osteoarthritis; questionnaire answer 'Yes' to wanting a second opinion")
def b07(cid):
    C = Case(cid, THAI)
    C.setup(th_patient(C, "นายบุญเลิศ พรหมมา", "Phromma", ["Boonlert"], "Mr.", "male", "1966-02-25", "340990011235",
                       "60-5541290", "56 หมู่ 8 ตำบลศาลายา อำเภอพุทธมณฑล จังหวัดนครปฐม 73170", marital="M"),
            th_coverage("340990011235"), practitioners=["or", "im", "ns"])
    oa = C.cond(tm("M17.0", "Primary gonarthrosis, bilateral", sct=("239873007", "Osteoarthritis of knee")), onset="2023",
                recorded="2024-01-16", who="or")
    C.cond(tm("I10", "Essential (primary) hypertension"), onset="2016", recorded="2016-06-07", who="im")
    xr = C.obs(cc((TH_LOCAL, "XR-KNEE", "X-ray both knees standing"), text="Film both knees AP/lateral standing"), "2026-06-23",
               "Medial joint space narrowing both knees, osteophytes. Kellgren-Lawrence grade 2-3.", category="imaging", interp="A")
    encs = []
    for d, p in (("2026-06-23", 6), ("2026-10-20", 7)):
        e = C.enc(d, type_=OPD, service=cc(text="Orthopaedic OPD"), who="or", reason=cc(text="ปวดเข่าทั้ง 2 ข้าง"))
        encs.append(e)
        C.vitals(d, enc=e, sbp=136, dbp=84, hr=76, wt=74, bmi=27.2)
        pain(C, d, p, e)
    C.med_request(drug("Paracetamol 500 mg tab", "PARA500"), "2026-06-23", "2 tab tid prn", "or", reason_ref=[oa])
    C.med_request(drug("Diclofenac 1% gel", "DICLO-GEL"), "2026-06-23", "ทาเข่า วันละ 3 ครั้ง", "or", reason_ref=[oa])
    C.service_request(cc((TH_LOCAL, "PT-KNEE", "Physiotherapy, knee strengthening programme"), text="กายภาพบำบัด"), "2026-06-23", "or",
                      status="completed", reason_ref=[oa])
    C.med_statement(drug("Amlodipine 5 mg tab", "AMLO5"), "active", "2016-06-07", "1 tab od")
    C.note("2026-10-20", "Ortho OPD",
           "F/U OA knees: ยังปวดเข่า เดินได้ ~300 m ต้องหยุดพัก. Film: KL 2-3.\nAdvice: เป็นตามวัย ลดน้ำหนัก บริหารกล้ามเนื้อต้นขา continue meds. F/U 6 mo.",
           "or", enc=encs[-1], type_=NOTE_OPD)
    C.qr("https://fhir.cpuh.ac.th/Questionnaire/patient-experience-opd|2025", "2026-10-20", [
        ("1", "ท่านได้รับคำอธิบายเกี่ยวกับโรคจนเข้าใจหรือไม่ / Did you understand the explanation of your condition?",
         {"valueCoding": coding("http://terminology.hl7.org/CodeSystem/v2-0136", "N", "No")}),
        ("2", "ท่านรู้สึกว่าแพทย์รับฟังปัญหาของท่านหรือไม่ / Did you feel the doctor listened to you?",
         {"valueCoding": coding(TH_LOCAL, "PARTLY", "บางส่วน / Partly")}),
        ("3", "ท่านต้องการความเห็นที่สองจากแพทย์ท่านอื่นหรือไม่ / Would you like a second opinion from another doctor?",
         {"valueCoding": coding("http://terminology.hl7.org/CodeSystem/v2-0136", "Y", "Yes")}),
        ("4", "ข้อเสนอแนะเพิ่มเติม / Other comments",
         {"valueString": "ปวดเข่ามากจนเดินไปวัดไม่ได้ หมอบอกว่าแก่แล้ว อยากให้หมอคนอื่นช่วยดูว่าควรผ่าตัดหรือฉีดยาได้ไหม"}),
    ], author=C.pat, source=C.pat, enc=encs[-1])
    C.note("2026-10-21", "Patient relations log",
           "Patient experience form 20 Oct 2026 (OPD ortho): ผู้ป่วยตอบว่าต้องการความเห็นที่สอง (second opinion requested). Forwarded to ortho clinic head nurse.",
           "ns", type_=cc((LOINC, "34109-9", "Note"), text="Patient relations note"))
    return C


# --------------------------------------------------------------------------------- B8
@case("b08-egfr-slow-decline", ORG, "WORSENING_DESPITE_TREATMENT", "near-miss", [],
      "eGFR went 52 -> 50 -> 48 over a year on ACE inhibitor and SGLT2 inhibitor: about 4 mL/min/1.73m2 per year, below the "
      "5 mL/min/year threshold for rapid progression, with stable albuminuria, HbA1c and blood pressure.",
      "70-year-old woman, diabetic CKD G3a, eGFR 52 -> 50 -> 48 over 12 months on enalapril + dapagliflozin")
def b08(cid):
    C = Case(cid, THAI)
    C.setup(th_patient(C, "นางสมพร ใจดี", "Jaidee", ["Somporn"], "Mrs.", "female", "1956-10-10", "310220008871",
                       "48-3310227", "14 ซอยวัดระฆัง แขวงศิริราช เขตบางกอกน้อย กรุงเทพฯ 10700", marital="W"),
            th_coverage("310220008871"), practitioners=["ne", "im", "ns"])
    dm = C.cond(tm("E11.2", "Type 2 diabetes mellitus with renal complications", sct=("44054006", "Diabetes mellitus type 2")),
                onset="2009", recorded="2012-05-10", who="im")
    ckd = C.cond(tm("N18.3", "Chronic kidney disease, stage 3", sct=("433144002", "Chronic kidney disease stage 3")),
                 onset="2022", recorded="2022-11-15", who="ne", note="CKD G3a A2, diabetic kidney disease")
    C.cond(tm("I10", "Essential (primary) hypertension"), onset="2008", recorded="2012-05-10", who="im")
    C.cond(tm("E78.0", "Pure hypercholesterolaemia"), onset="2012", recorded="2012-05-10", who="im")
    for d, egfr, cr, acr, a1c, sbp in (("2025-11-18", 52, 1.08, 45, 7.0, 134), ("2026-05-19", 50, 1.11, 42, 6.9, 130),
                                       ("2026-11-17", 48, 1.15, 40, 7.1, 132)):
        e = C.enc(d, type_=OPD, service=cc(text="Nephrology OPD"), who="ne", reason=cc(text="F/U CKD"))
        C.vitals(d, enc=e, sbp=sbp, dbp=76, hr=72, wt=61)
        res = [C.lab("98979-8", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI 2021)",
                     d, egfr, "mL/min/{1.73_m2}", 60, None, enc=e, text="eGFR (CKD-EPI 2021)"),
               C.lab("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", d, cr, "mg/dL", 0.5, 0.9, enc=e),
               C.lab("9318-7", "Albumin/Creatinine [Mass Ratio] in Urine", d, acr, "mg/g{creat}", None, 30, enc=e, text="UACR"),
               C.lab("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", d, a1c, "%", 4.0, 6.4, enc=e)]
        C.report(cc((TH_LOCAL, "CKD-PANEL", "CKD follow-up panel"), text="CKD labs"), d, res, enc=e,
                 conclusion=f"eGFR {egfr}, UACR {acr} mg/g, HbA1c {a1c}%.")
    C.med_statement(drug("Enalapril 10 mg tab", "ENAL10"), "active", "2015-01-06", "1 tab bid", reason=cc(text="DKD / HT"))
    C.med_statement(drug("Dapagliflozin 10 mg tab", "DAPA10"), "active", "2025-06-10", "1 tab od")
    C.med_statement(drug("Metformin 500 mg tab", "METF500"), "active", "2009-03-01", "1 tab bid pc")
    C.med_statement(drug("Simvastatin 20 mg tab", "SIMVA20"), "active", "2012-05-10", "1 tab hs")
    C.note("2026-11-17", "Nephrology OPD",
           "F/U DKD CKD G3a A2. eGFR 52 -> 50 -> 48 ใน 12 เดือน (~4 ml/min/yr, not rapid progression per KDIGO >5/yr). UACR 45 -> 40 ลดลงเล็กน้อย.\n"
           "BP 132/76, HbA1c 7.1. ทานยาสม่ำเสมอ. Plan: continue enalapril + dapagliflozin, F/U 6 mo.",
           "ne", type_=NOTE_OPD)
    return C


# --------------------------------------------------------------------------------- B9
@case("b09-takayasu", ORG, "RARE_OR_COMPLEX_CONDITION", "positive", ["RARE_OR_COMPLEX_CONDITION"],
      "Active Takayasu arteritis (an Orphanet rare large-vessel vasculitis) on prednisolone and methotrexate, with "
      "renovascular hypertension; disease activity is improving.",
      "29-year-old woman with Takayasu arteritis on steroid + methotrexate, ESR falling, CTA stable")
def b09(cid):
    C = Case(cid, THAI)
    C.setup(th_patient(C, "นางสาวณัฐธิดา มีสุข", "Meesuk", ["Natthida"], "Ms.", "female", "1997-08-30", "110140055126",
                       "66-0119834", "77/9 ถนนบรมราชชนนี แขวงอรุณอมรินทร์ เขตบางกอกน้อย กรุงเทพฯ 10700", marital="S"),
            th_coverage("110140055126"), practitioners=["rh", "im", "ns"])
    tak = C.cond({"coding": [coding(ICD10TM, "M31.4", "Aortic arch syndrome [Takayasu]")],
                  "text": "Takayasu arteritis (Numano type V) - left subclavian and left renal artery stenosis"},
                 onset="2025-04", recorded="2025-06-17", who="rh")
    C.cond(tm("I15.0", "Renovascular hypertension"), onset="2025-06", recorded="2025-06-17", who="rh")
    for d, esr, crp, sbp_r, sbp_l in (("2026-03-10", 38, 9, 148, 112), ("2026-07-07", 24, 5, 138, 108), ("2026-11-03", 18, 3, 132, 104)):
        e = C.enc(d, type_=OPD, service=cc(text="Rheumatology OPD"), who="rh", reason=cc(text="F/U Takayasu arteritis"))
        C.vitals(d, enc=e, sbp=sbp_r, dbp=84, hr=78, wt=52)
        C.obs(cc((TH_LOCAL, "BP-LARM", "Systolic blood pressure, left arm"), text="SBP left arm"), d, q(sbp_l, "mm[Hg]"),
              category="vital-signs", enc=e, issued=False, note="Right arm SBP recorded in the main BP panel")
        C.lab("4537-7", "Erythrocyte sedimentation rate by Westergren method", d, esr, "mm/h", 0, 20, enc=e)
        C.lab("1988-5", "C reactive protein [Mass/volume] in Serum or Plasma", d, crp, "mg/L", None, 5, enc=e)
    cta = C.obs(cc((TH_LOCAL, "CTA-AORTA", "CT angiography aorta and branches"), text="CTA aorta"), "2026-09-22",
                "Concentric wall thickening of aortic arch and descending aorta, unchanged. Left subclavian 70% and left renal artery 60% stenosis, stable vs 2025.",
                category="imaging", interp="A")
    C.report(cc((TH_LOCAL, "CTA-AORTA", "CT angiography aorta and branches"), text="CTA aorta"), "2026-09-22", [cta],
             category=("RAD", "Radiology"), conclusion="Takayasu arteritis, stable vessel involvement.")
    C.med_request(drug("Prednisolone 5 mg tab", "PRED5"), "2026-07-07", "7.5 mg od (taper)", "rh", reason_ref=[tak])
    C.med_request(drug("Methotrexate 2.5 mg tab", "MTX2.5"), "2025-07-01", "15 mg once weekly (Saturday)", "rh", reason_ref=[tak])
    C.med_request(drug("Folic acid 5 mg tab", "FOLIC5"), "2025-07-01", "1 tab weekly day after MTX", "rh")
    C.med_request(drug("Amlodipine 10 mg tab", "AMLO10"), "2025-06-17", "1 tab od", "rh")
    C.med_request(drug("Calcium carbonate 1000 mg + vitamin D", "CACO3D"), "2025-06-17", "1 tab od", "rh")
    C.note("2026-11-03", "Rheumatology OPD",
           "Takayasu arteritis (Numano V) on pred 7.5 mg + MTX 15 mg/wk. No claudication, no carotidynia. ESR 18, CRP 3 (improving). "
           "Arm SBP difference 28 mmHg (stable). CTA Sep 2026 stable.\nPlan: taper pred to 5 mg, continue MTX, F/U 3 mo. โรคหายาก - ติดตามต่อเนื่อง",
           "rh", type_=NOTE_OPD)
    return C


# --------------------------------------------------------------------------------- B10
@case("b10-gbs-resolved", ORG, "RARE_OR_COMPLEX_CONDITION", "near-miss", [],
      "Guillain-Barré syndrome is rare but it happened in 2019 and resolved completely; the active problems are three common "
      "chronic conditions (hypertension, type 2 diabetes, gout).",
      "54-year-old man with past Guillain-Barré syndrome (2019, full recovery), now hypertension, diabetes and gout")
def b10(cid):
    C = Case(cid, THAI)
    C.setup(th_patient(C, "นายวีระพงษ์ สายทอง", "Saithong", ["Weerapong"], "Mr.", "male", "1972-01-17", "320030044117",
                       "57-2208834", "210 หมู่ 1 ตำบลบางกรวย อำเภอบางกรวย จังหวัดนนทบุรี 11130", marital="M"),
            th_coverage("320030044117"), practitioners=["im", "nu", "ns"])
    C.cond(tm("G61.0", "Guillain-Barre syndrome", sct=("40956001", "Guillain-Barré syndrome")), onset="2019-03-04",
           recorded="2019-03-06", clinical="resolved", abatement="2019-12-10", who="nu",
           note="AIDP after gastroenteritis; IVIG 2 g/kg; full recovery by Dec 2019 (GBS disability score 0).")
    C.procedure(cc((TH_LOCAL, "IVIG", "Intravenous immunoglobulin infusion"), text="IVIG 0.4 g/kg/day x 5 days"), "completed",
                "2019-03-06", who="nu", end="2019-03-10")
    C.cond(tm("I10", "Essential (primary) hypertension"), onset="2016", recorded="2016-02-09", who="im")
    C.cond(tm("E11.9", "Type 2 diabetes mellitus without complications", sct=("44054006", "Diabetes mellitus type 2")),
           onset="2020", recorded="2020-08-18", who="im")
    C.cond(tm("M10.07", "Idiopathic gout, ankle and foot"), onset="2021", recorded="2021-04-13", who="im")
    e = C.enc("2026-11-10", type_=OPD, service=cc(text="Medicine OPD"), who="im", reason=cc(text="F/U HT DM gout"))
    C.vitals("2026-11-10", enc=e, sbp=128, dbp=80, hr=70, wt=78, bmi=27.0)
    labs = [C.lab("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "2026-11-10", 6.8, "%", 4.0, 6.4, enc=e),
            C.lab("3084-1", "Urate [Mass/volume] in Serum or Plasma", "2026-11-10", 5.8, "mg/dL", 3.4, 7.0, enc=e, text="Uric acid"),
            C.lab("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", "2026-11-10", 0.96, "mg/dL", 0.7, 1.2, enc=e),
            C.lab("13457-7", "Cholesterol in LDL [Mass/volume] in Serum or Plasma by calculation", "2026-11-10", 92, "mg/dL", None, 100, enc=e)]
    C.report(cc((TH_LOCAL, "CHRONIC-FU", "Chronic disease follow-up panel"), text="Annual labs"), "2026-11-10", labs, enc=e,
             conclusion="HbA1c at target, urate controlled.")
    for m, code, dose, st in (("Losartan 50 mg tab", "LOSA50", "1 tab od", "2016-02-09"), ("Metformin 500 mg tab", "METF500", "1 tab bid", "2020-08-18"),
                              ("Allopurinol 100 mg tab", "ALLO100", "2 tab od", "2021-04-13"), ("Atorvastatin 20 mg tab", "ATOR20", "1 tab hs", "2020-08-18")):
        C.med_statement(drug(m, code), "active", st, dose)
    C.immunization(cc(("http://hl7.org/fhir/sid/cvx", "158", "influenza, injectable, quadrivalent, contains preservative"),
                      text="Influenza vaccine 2026"), "2026-06-02", who="ns")
    C.note("2026-11-10", "Medicine OPD",
           "F/U HT, DM, gout. BP 128/80, HbA1c 6.8, uric 5.8, no gout attack this year.\nPast hx: GBS 2019 s/p IVIG, หายเป็นปกติ ไม่มีอาการอ่อนแรงหลงเหลือ; neuro exam today normal, reflexes present.\n"
           "Plan: continue meds, F/U 6 mo.", "im", enc=e, type_=NOTE_OPD)
    C.note("2019-12-10", "Neurology OPD",
           "GBS (AIDP) 9 months post IVIG: full power 5/5 all limbs, gait normal, GBS disability score 0. Discharged from neurology clinic.",
           "nu", type_=NOTE_OPD)
    return C
