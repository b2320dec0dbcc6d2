"""Cases from Cois Abhann University Hospital (Irish acute hospital): ICD-10-AM, ACHI, HIPE, GP letters, waiting lists."""
from fhirkit import case, cc, ccm, coding, txt, sct, loinc, SNOMED_POS, SNOMED_NEG

PRIVATE = ("EHCPOL", "extended healthcare", "Private health insurance (in-patient plan)")


def ie_setup(c, given, family, gender, birth, mrn, phone, gp_name, gp_family, practice, town, private=False, line=None):
    gp_org = c.organization(practice, "prov", "Healthcare Provider", city=town)
    gp = c.prac(gp_name, gp_family, reg=str(10000 + sum(map(ord, gp_name + gp_family)) * 37 % 89999), qual="General practitioner")
    lines = ["12 Parnell Street", "4 Abbey Close", "Ballycallan Cross", "27 Greensbridge Court", "The Old Forge, Tullaroan", "9 Loughboy Drive", "Clonmore Lane"]
    c.patient(given, family, gender, birth, mrn, phone=phone, gp=gp, line=line or lines[sum(map(ord, mrn)) % len(lines)])
    c.coverage(mrn, "2018-01-01", payer_name="Cúram Health Insurance DAC" if private else None, type_override=PRIVATE if private else None)
    return gp, gp_org


def achi(code, display, text=None):
    return cc("achi", code, display, text)


def waiting_list(c, desc, authored, by, reason_ref, performer, wl_note, prio="routine", status="active", code=None):
    return c.sr(code or txt(desc), status, "order", authored, by=by, cat=sct("3457005", "Patient referral"), prio=prio,
                reason_ref=reason_ref, performer=performer, note=wl_note)


# --------------------------------------------------------------------------- B1
@case("IE-PS-1", "ie", "PS", "positive", ["PS"],
      "Breathlessness on exertion and fatigue recorded on four dates over 13 weeks; every investigation in that window (bloods, NT-proBNP, chest X-ray, spirometry, ECG, echocardiogram) was normal, no explanatory diagnosis was made and she was reassured and discharged while still symptomatic.",
      "woman with three months of exertional breathlessness and fatigue, full normal work-up, reassured and discharged")
def ie_ps_1(c):
    gp, gp_org = ie_setup(c, "Aoife", "Brennan", "female", "1985-04-11", "CAH-2214871", "+353 87 555 0142",
                          "Ciara", "Hogan", "Hogan & Walsh Family Practice", "Thomastown")
    cons = c.prac("Eoin", "Gallagher", reg="041872", qual="Consultant respiratory physician")
    reg = c.prac("Priya", "Nair", reg="412233", qual="Specialist registrar, general medicine")
    c.cond(sct("37796009", "Migraine", "Migraine without aura (childhood, none for years)"), "2001-01-01", clin="inactive")
    c.proc(ccm(("achi", "30571-00", "Appendicectomy"), text="Appendicectomy"), "completed", "2004-06-18")
    dys = c.cond(sct("267036007", "Dyspnea", "Breathlessness on exertion"), "2026-08-10", by=gp, recorded="2026-08-24")
    fat = c.cond(sct("84229001", "Fatigue"), "2026-08-10", by=gp, recorded="2026-08-24")
    c.note("2026-08-24", "referral", "GP referral letter", """
Dear Dr Gallagher,
Re: Aoife Brennan, DOB 11/04/1985.
I would be grateful if you would see this 41-year-old teacher with a 2-week history of breathlessness walking uphill and marked tiredness. No cough, chest pain or haemoptysis. Non-smoker. Not on the pill. Examination unremarkable, sats 98%. FBC and TFTs normal here.
I am at a loss to explain it and she is worried.
Kind regards,
Dr Ciara Hogan, Hogan & Walsh Family Practice, Thomastown""", gp, custodian=gp_org)
    r0 = c.labs("2026-08-20", hb=13.4, wcc=6.2, plt=268, tsh=1.8)
    e1 = c.enc("AMB", "2026-09-21", type_=txt("Rapid access respiratory clinic"), reason=[sct("267036007", "Dyspnea"), sct("84229001", "Fatigue")], pr=cons)
    c.vitals("2026-09-21", 116, 72, 74, rr=14, spo2=99, wt=64, ht=168, bmi=22.7, enc=e1)
    r1 = c.labs("2026-09-21", enc=e1, hb=13.6, ferritin=48, crp=1, na=139, k=4.1, alt=18, ntprobnp=42)
    r1.append(c.creat("2026-09-21", 66, enc=e1))
    c.report(txt("Blood panel, rapid access clinic"), "2026-09-21", r1, enc=e1)
    c.obs(c.local("lab", "TTG", "Tissue transglutaminase IgA"), "2026-09-21", 1.2, "U/mL", "U/mL", (0, 7), enc=e1)
    cxr = c.obs(c.local("rad", "CXR", "XR Chest PA"), "2026-09-21", "Normal heart size. Clear lungs. No effusion.", cat="imaging", enc=e1, interp="N", issued=False)
    c.report(c.local("rad", "CXR", "XR Chest PA"), "2026-09-21", [cxr], cat=("RAD", "Radiology"), enc=e1, conclusion="Normal chest radiograph.")
    spi = [c.obs(loinc("19926-5", "FEV1/FVC"), "2026-09-21", 81, "%", "%", (70, None), cat="procedure", enc=e1),
           c.obs(c.local("pft", "FEV1PP", "FEV1 % predicted"), "2026-09-21", 98, "%", "%", (80, None), cat="procedure", enc=e1)]
    c.report(c.local("pft", "SPIRO", "Spirometry with reversibility"), "2026-09-21", spi, cat=("PF", "Pulmonary Function"), enc=e1,
             conclusion="Normal spirometry, no significant reversibility.")
    c.note("2026-09-21", "consult", "Respiratory clinic letter", """
Rapid access respiratory clinic 21/09/2026.
Breathless on hills and stairs for about 6 weeks, exhausted by evening. No orthopnoea, no wheeze, no weight loss. Exam normal. Sats 99%.
Bloods incl. ferritin, NT-proBNP, coeliac serology normal. CXR and spirometry normal.
Plan: ECG, echo, CPET if available. Review 6 weeks.
Dr Priya Nair, SpR, for Dr E. Gallagher""", reg, enc=e1)
    ecg = c.obs(c.local("card", "ECG12", "12-lead ECG"), "2026-10-08", "Sinus rhythm 72/min, normal axis, normal intervals, no ST-T change.", cat="procedure", interp="N", issued=False)
    echo = c.obs(c.local("card", "TTE", "Transthoracic echocardiogram"), "2026-10-14",
                 "Normal LV size and function, EF 62%. Normal valves. Normal RV, estimated PASP 22 mmHg.", cat="imaging", interp="N", issued=False)
    c.report(c.local("card", "TTE", "Transthoracic echocardiogram"), "2026-10-14", [echo, ecg], cat=("CUS", "Cardiac Ultrasound"),
             conclusion="Structurally normal heart.")
    e2 = c.enc("AMB", "2026-11-02", type_=txt("Respiratory outpatients, review"), reason=[sct("267036007", "Dyspnea"), sct("84229001", "Fatigue")], pr=cons)
    c.vitals("2026-11-02", 114, 70, 76, spo2=99, wt=63, enc=e2)
    c.note("2026-11-02", "consult", "Respiratory outpatient letter to GP", """
Dear Dr Hogan,
I reviewed Aoife today. She remains breathless on exertion and tired most days, about the same as in September.
Her investigations are all normal: bloods including ferritin, thyroid, coeliac screen and NT-proBNP; chest X-ray; spirometry; ECG; and echocardiogram.
I have reassured her that there is no evidence of heart or lung disease and that nothing serious is wrong. I have not arranged further review and have discharged her back to your care.
Yours sincerely,
Dr Eoin Gallagher, Consultant Respiratory Physician""", cons, enc=e2)
    e3 = c.enc("VR", "2026-11-23", type_=txt("GP telephone consultation"), reason=[sct("267036007", "Dyspnea"), sct("84229001", "Fatigue")], pr=gp, org=gp_org)
    c.note("2026-11-23", "progress", "GP telephone note", """
Tel consult. Still breathless climbing stairs at school, exhausted after work, off sick 2 days last week. Told at hospital that everything is normal - upset, feels nobody knows what is wrong.
Sleep ok, mood low-ish because of this. Plan: review in surgery next week.
Dr C. Hogan""", gp, enc=e3, custodian=gp_org)


# --------------------------------------------------------------------------- B2
@case("IE-DSM-1", "ie", "DSM", "positive", ["DSM"],
      "Irritable bowel syndrome (K58.0, a catch-all label) has been active for over a year while symptoms continue, and new nocturnal diarrhoea, 7 kg weight loss, raised faecal calprotectin and CRP, low albumin and mild anaemia have appeared that IBS cannot account for; he sits on a routine gastroenterology waiting list still labelled IBS.",
      "young man labelled IBS whose new weight loss, nocturnal diarrhoea and raised calprotectin are not explained")
def ie_dsm_1(c):
    gp, gp_org = ie_setup(c, "Cian", "Daly", "male", "1989-02-03", "CAH-3307415", "+353 86 555 0177",
                          "Martin", "Fogarty", "Riverside Medical Centre", "Callan", private=True)
    gi = c.prac("Orla", "Keane", reg="038815", qual="Consultant gastroenterologist")
    reg = c.prac("Tomás", "Ó Riain", reg="417720", qual="Registrar, general surgery")
    e0 = c.enc("AMB", "2025-10-14", type_=txt("General surgical outpatients"), reason=[sct("21522001", "Abdominal pain"), sct("62315008", "Diarrhea")], pr=reg)
    ibs = c.cond(c.dx("K58.0", "Irritable bowel syndrome with diarrhoea"), "2025-10-14", enc=e0, by=reg,
                 note="Diagnosed at surgical OPD; normal bloods 10/2025. Low FODMAP advice, mebeverine.")
    c.medreq(txt("Mebeverine 135 mg tablet"), "2025-10-14", "135 mg orally three times daily before meals", reason_ref=[ibs], freq=3, by=reg)
    c.medreq(txt("Loperamide 2 mg capsule"), "2026-03-02", "2 mg orally after each loose stool, max 8 mg/day", reason_ref=[ibs], by=gp)
    c.labs("2025-10-14", enc=e0, hb=14.6, crp=3)
    c.vitals("2025-10-14", 122, 76, 70, wt=77, enc=e0)
    c.note("2025-10-14", "consult", "Surgical OPD letter", """
Dear Dr Fogarty,
Seen at surgical OPD. 36M, 4 months of crampy lower abdominal pain and loose stools 2-3/day, relieved by defecation. No blood, no weight loss, no nocturnal symptoms. Exam normal. Bloods normal.
Impression: irritable bowel syndrome. Low FODMAP diet, mebeverine. Discharged to GP.
T. Ó Riain, Surgical Registrar""", reg, enc=e0)
    c.note("2026-10-21", "referral", "GP referral letter to gastroenterology", """
Dear Dr Keane,
Re: Cian Daly, DOB 03/02/1989.
Diagnosed with IBS at surgical OPD 10/2025. Symptoms have not settled on mebeverine and loperamide. Since June he reports waking at night to open bowels 1-2 times, occasional dark blood on paper, and has lost 7 kg (77 -> 70 kg).
Faecal calprotectin 420, CRP 24, Hb 12.4, albumin 33. Ferritin 35.
I would appreciate your opinion.
Dr Martin Fogarty, Riverside Medical Centre, Callan""", gp, custodian=gp_org)
    r = c.labs("2026-10-20", hb=12.4, mcv=84, plt=462, crp=24, alb=33, ferritin=35)
    r.append(c.lab("calpro", "2026-10-20", 420))
    c.report(txt("GP bloods and faecal calprotectin"), "2026-10-20", r)
    c.vitals("2026-10-20", 118, 72, 84, wt=70)
    e1 = c.enc("AMB", "2026-10-20", type_=txt("GP consultation"), reason=[sct("62315008", "Diarrhea"), sct("89362005", "Weight loss")], pr=gp, org=gp_org)
    waiting_list(c, "Gastroenterology outpatient appointment", "2026-10-28", gi, [ibs], [gi],
                 "Triaged from GP letter as routine (IBS). Added to gastroenterology OPD waiting list 28/10/2026; estimated wait 38 weeks.")
    c.note("2026-10-28", "note", "Referral triage", """
GP referral triaged 28/10/2026: known IBS, routine OPD. Waiting list.
O. Keane""", gi)
    e2 = c.enc("EMER", "2026-11-16", type_=txt("Emergency department attendance"), reason=[sct("21522001", "Abdominal pain"), sct("62315008", "Diarrhea")],
               pr=reg, prio=("EM", "emergency"), t0="18:20", t1="23:10", dispo=("home", "Home"))
    c.vitals("2026-11-16", 112, 70, 96, temp=37.6, wt=69, enc=e2, t="18:30")
    r2 = c.labs("2026-11-16", enc=e2, t="19:00", hb=12.1, wcc=10.8, crp=31, alb=32)
    c.report(txt("ED bloods"), "2026-11-16", r2, enc=e2)
    c.note("2026-11-16", "progress", "ED note", """
ED 16/11/2026 18:20. 37M, background IBS. 8-10 loose stools/day this week incl. overnight, cramping. Some blood. Wt 69.
Afebrile-ish 37.6, HR 96, abdomen soft, mildly tender LIF. CRP 31, Hb 12.1, alb 32.
Impression: IBS flare. Analgesia, fluids, discharged. Advised to keep GI appointment.
ED SHO for T. Ó Riain""", reg, enc=e2)
    c.cond(c.dx("K58.0", "Irritable bowel syndrome with diarrhoea", "IBS flare"), "2026-11-16", cat="encounter-diagnosis", clin="active", enc=e2, by=reg)


# --------------------------------------------------------------------------- B3
@case("IE-DSM-2", "ie", "DSM", "near-miss", [],
      "A catch-all 'viral infection, unspecified' entry has stayed active on the problem list for ten months, but the illness resolved within two weeks and later records document no ongoing symptoms: a stale label, not a mismatch with continuing symptoms.",
      "stale 'viral infection, unspecified' label still active although she recovered fully within two weeks")
def ie_dsm_2(c):
    gp, gp_org = ie_setup(c, "Niamh", "Kavanagh", "female", "1997-06-19", "CAH-4408126", "+353 85 555 0163",
                          "Declan", "Moran", "Castlecomer Medical Practice", "Castlecomer")
    ed = c.prac("Helen", "Quigley", reg="402916", qual="Registrar, emergency medicine")
    derm = c.prac("Ruth", "Lennon", reg="036641", qual="Consultant dermatologist")
    e1 = c.enc("EMER", "2026-02-09", type_=txt("Emergency department attendance"), reason=[sct("386661006", "Fever"), sct("68962001", "Muscle pain")],
               pr=ed, prio=("EM", "emergency"), t0="15:10", t1="19:40", dispo=("home", "Home"))
    c.vitals("2026-02-09", 108, 66, 104, temp=38.6, rr=18, spo2=98, enc=e1, t="15:20")
    r = c.labs("2026-02-09", enc=e1, t="16:00", wcc=4.1, hb=13.2, plt=188, crp=14)
    c.report(txt("ED bloods"), "2026-02-09", r, enc=e1)
    c.obs(c.local("lab", "RESPPCR", "Respiratory virus PCR panel (SARS-CoV-2, influenza A/B, RSV)"), "2026-02-09",
          cc("sct", "260415000", "Not detected"), interp="ND", enc=e1)
    vi = c.cond(c.dx("B34.9", "Viral infection, unspecified"), "2026-02-09", enc=e1, by=ed,
                note="Febrile illness with myalgia and sore throat; viral panel negative. Supportive care.")
    c.note("2026-02-09", "progress", "ED note", """
ED 09/02/2026. 28F, 2 days fever, aches, sore throat. No rash, no neck stiffness. Tonsils mildly inflamed, no exudate.
WCC 4.1, CRP 14. Resp PCR negative.
Impression: viral illness. Fluids, paracetamol, return if worse.
Dr H. Quigley""", ed, enc=e1)
    e2 = c.enc("AMB", "2026-02-23", type_=txt("GP consultation"), reason=txt("Follow-up after ED visit"), pr=gp, org=gp_org)
    c.note("2026-02-23", "progress", "GP note", """
Follow-up after ED. Fully recovered, back at work since last Monday. No symptoms. Nothing further needed.
Dr D. Moran""", gp, enc=e2, custodian=gp_org)
    c.note("2026-06-10", "referral", "GP referral letter to dermatology", """
Dear Dr Lennon,
Re: Niamh Kavanagh. 29-year-old with persistent mild-moderate inflammatory acne on the jaw line, not settling with 3 months of topical adapalene/benzoyl peroxide and lymecycline. Otherwise fit and well, no other complaints.
Dr Declan Moran""", gp, custodian=gp_org)
    e3 = c.enc("AMB", "2026-10-12", type_=txt("Dermatology outpatients"), reason=sct("11381005", "Acne"), pr=derm)
    acne = c.cond(c.dx("L70.0", "Acne vulgaris"), "2025-11-01", by=derm, enc=e3)
    c.medreq(txt("Lymecycline 408 mg capsule"), "2026-10-12", "408 mg orally once daily for 3 months", reason_ref=[acne], freq=1, by=derm)
    c.medreq(txt("Adapalene 0.1% / benzoyl peroxide 2.5% gel"), "2026-10-12", "Apply thinly at night", reason_ref=[acne], by=derm)
    c.vitals("2026-10-12", 112, 68, 68, wt=61, enc=e3)
    c.note("2026-10-12", "consult", "Dermatology clinic letter", """
Dear Dr Moran,
Mild-moderate inflammatory acne. Systemically well - no fevers, aches or other symptoms; she has had no illness since February.
Plan: continue lymecycline 3 more months with adapalene/BPO; if inadequate, consider isotretinoin. Review 4 months.
Dr Ruth Lennon, Consultant Dermatologist""", derm, enc=e3)
    c.immunization("141", "Influenza, seasonal, injectable", "2026-10-20")


# --------------------------------------------------------------------------- B4
@case("IE-MPP-1", "ie", "MPP", "positive", ["MPP", "PRC"],
      "Coronary artery bypass grafting is recommended by the heart team and booked (Procedure in preparation, pre-admission assessment done, admission 19 January 2027). Deliberate extra: he sent a patient-portal message asking for a second opinion before the operation, which meets the patient-reported criterion too.",
      "three-vessel coronary disease, CABG booked for January; patient-portal message asks for a second opinion first")
def ie_mpp_1(c):
    gp, gp_org = ie_setup(c, "Declan", "Fitzgerald", "male", "1962-01-27", "CAH-1190358", "+353 87 555 0119",
                          "Sinéad", "Power", "Market Square Surgery", "Kilkenny", private=True)
    card = c.prac("Brian", "McCarthy", reg="027354", qual="Consultant cardiologist")
    cts = c.prac("Mairéad", "Lynch", reg="031128", qual="Consultant cardiothoracic surgeon")
    nurse = c.prac("Grace", "Dunne", prefix="Ms", qual="Clinical nurse specialist, cardiac surgery pre-assessment")
    cad = c.cond(c.dx("I25.11", "Atherosclerotic heart disease of native coronary artery", "Three-vessel coronary artery disease with stable angina"), "2026-09-30", by=card)
    ht = c.cond(c.dx("I10", "Essential (primary) hypertension"), "2015-03-02", by=gp)
    lip = c.cond(c.dx("E78.0", "Pure hypercholesterolaemia"), "2015-03-02", by=gp)
    for med, dose, reason, start in [("Aspirin 75 mg tablet", "75 mg orally daily", cad, "2026-07-01"),
                                     ("Atorvastatin 80 mg tablet", "80 mg orally at night", lip, "2026-07-01"),
                                     ("Bisoprolol 5 mg tablet", "5 mg orally daily", cad, "2026-07-01"),
                                     ("Ramipril 5 mg capsule", "5 mg orally daily", ht, "2020-05-01"),
                                     ("Isosorbide mononitrate 60 mg modified-release tablet", "60 mg orally each morning", cad, "2026-08-01"),
                                     ("Glyceryl trinitrate 400 micrograms/dose sublingual spray", "1-2 sprays when required for chest pain", cad, "2026-07-01")]:
        c.medreq(txt(med), start, dose, reason_ref=[reason], by=card, freq=1 if "when required" not in dose else None)
    e1 = c.enc("SS", "2026-09-30", type_=txt("Day case, cardiac catheterisation laboratory"), reason=txt("Exertional angina, positive exercise ECG"),
               pr=card, t0="08:00", t1="16:00", admit=("outp", "From outpatient department"), dispo=("home", "Home"), diags=[cad, (ht, "CM"), (lip, "CM")])
    ang = c.proc(ccm(("achi", "38218-00", "Coronary angiography"), text="Coronary angiography (right radial)"), "completed", "2026-09-30", by=card,
                 reason_ref=[cad], enc=e1,
                 note="LMS normal. Proximal LAD 90% long calcified, mid LAD 70%; dominant RCA 80% proximal, 95% mid; OM1 80%. Not favourable for PCI.")
    c.note("2026-09-30", "discharge", "HIPE discharge abstract (day case)", """
HIPE DISCHARGE ABSTRACT - Cois Abhann University Hospital
Admission type: elective day case. Adm 30/09/2026, disch 30/09/2026, home.
Principal diagnosis: I25.11 Atherosclerotic heart disease of native coronary artery
Additional diagnoses: I20.8 Other forms of angina pectoris; I10 Essential (primary) hypertension; E78.0 Pure hypercholesterolaemia
Principal procedure: 38218-00 Coronary angiography
Consultant: Dr B. McCarthy (Cardiology)""", card, enc=e1)
    echo = c.obs(c.local("card", "TTE", "Transthoracic echocardiogram"), "2026-10-07", "LVEF 50%, mild inferior hypokinesis, no significant valve disease.", cat="imaging", issued=False)
    c.note("2026-10-21", "consult", "Heart team meeting outcome", """
Heart team MDT 21/10/2026 (cardiology + cardiothoracic surgery).
64M, CCS class III angina on maximal medical therapy. Three-vessel disease incl. long calcified proximal LAD; SYNTAX score 33. LVEF 50%. Non-diabetic.
Recommendation: surgical revascularisation - CABG (LIMA to LAD, vein grafts to RCA and OM). PCI not recommended given anatomy/SYNTAX.
To be listed for elective CABG. Pre-admission assessment to be arranged.
Ms M. Lynch, Consultant Cardiothoracic Surgeon / Dr B. McCarthy""", cts)
    cabg = c.proc(ccm(("sct", "232717009", "Coronary artery bypass grafting"), (c.o["local"] + "theatre", "CTS-CABG3", "CABG x3 (LIMA-LAD, SVG-RCA, SVG-OM1), on bypass"),
                      text="Coronary artery bypass grafting x3"), "preparation", by=cts, reason_ref=[cad],
                  note="Listed 21/10/2026 for elective CABG. Pre-admission assessment completed 18/11/2026. Admission date 19/01/2027.")
    e2 = c.enc("PRENC", "2026-11-18", type_=txt("Cardiac surgery pre-admission assessment clinic"), reason=txt("Pre-operative assessment for CABG"), pr=nurse)
    c.vitals("2026-11-18", 136, 80, 58, wt=86, ht=178, bmi=27.1, spo2=97, enc=e2)
    r = c.labs("2026-11-18", enc=e2, hb=14.8, wcc=7.0, plt=221, na=140, k=4.4, alt=22)
    r.append(c.creat("2026-11-18", 88, enc=e2))
    r.append(c.hba1c("2026-11-18", 39, enc=e2))
    c.report(txt("Pre-operative bloods"), "2026-11-18", r, enc=e2)
    c.appointment("2027-01-19", 60, "Elective admission for CABG (cardiothoracic ward, St Kieran's)", pr=cts, created="2026-11-18", t="07:30")
    comm = c.comm("2026-11-20", "Dear Ms Lynch, thank you for seeing me. Before I go ahead with the bypass operation in January I would like a second opinion from another cardiothoracic surgeon or cardiologist. A friend had stents for what sounded like the same problem and I want to be sure surgery is the right option. Can this be arranged? Declan Fitzgerald",
                  c.pat, cts, cat=txt("Patient portal message"), about=[cabg], topic=txt("Request for second opinion before CABG"))
    c.comm("2026-11-24", "Dear Mr Fitzgerald, Ms Lynch has received your message and will discuss a second opinion with you; her secretary will be in touch. Your admission date remains 19/01/2027 in the meantime.",
           cts, c.pat, cat=txt("Patient portal message"), in_response_to=comm)


# --------------------------------------------------------------------------- B5
@case("IE-UP-1", "ie", "UP", "near-miss", [],
      "Metastatic sigmoid cancer judged to have no treatment options other than best supportive care, but an independent second opinion from another cancer centre in September 2026 confirmed it, so the flag is suppressed (second opinion on record for the same problem within 12 months).",
      "metastatic colorectal cancer, unfit for chemotherapy, palliative care; independent oncology second opinion already obtained")
def ie_up_1(c):
    gp, gp_org = ie_setup(c, "Bridget", "Nolan", "female", "1955-03-08", "CAH-0874402", "+353 56 555 0187",
                          "Kevin", "Tierney", "Ballyragget Health Centre", "Ballyragget")
    surg = c.prac("Fergal", "Cullen", reg="029903", qual="Consultant colorectal surgeon")
    onc = c.prac("Anne-Marie", "Brophy", reg="035518", qual="Consultant medical oncologist")
    pal = c.prac("Colm", "Reddy", reg="040016", qual="Consultant in palliative medicine")
    ext_org = c.organization("South Leinster Regional Cancer Centre", city="Dublin")
    ext = c.prac("Yusuf", "Haddad", reg="044271", qual="Consultant medical oncologist (external)")
    copd = c.cond(c.dx("J44.9", "Chronic obstructive pulmonary disease, unspecified", "COPD, GOLD 3"), "2017-01-01", by=gp)
    c.medreq(txt("Tiotropium/olodaterol 2.5/2.5 microgram inhaler"), "2022-04-01", "2 puffs once daily", reason_ref=[copd], by=gp, freq=1)
    e1 = c.enc("IMP", "2026-07-09", "2026-07-17", type_=txt("Emergency admission, general surgery"), reason=[sct("21522001", "Abdominal pain"), sct("89362005", "Weight loss")],
               pr=surg, prio=("EM", "emergency"), admit=("emd", "From accident/emergency department"), dispo=("home", "Home"))
    colo = c.proc(ccm(("achi", "32093-00", "Fibreoptic colonoscopy to caecum"), text="Colonoscopy with biopsy"), "completed", "2026-07-13", by=surg, enc=e1,
                  note="Near-circumferential friable tumour at 25 cm, scope passed with difficulty. Biopsied.")
    histo = c.obs(c.local("lab", "HISTO", "Histopathology"), "2026-07-13", "Sigmoid biopsy: moderately differentiated adenocarcinoma. MMR proficient. KRAS G12D mutated.", enc=e1)
    ca = c.cond(c.dx("C18.7", "Malignant neoplasm of sigmoid colon"), "2026-07-13", by=surg, enc=e1, evidence=[{"detail": [{"reference": histo}]}],
                stage={"summary": txt("Stage IV (T4a N2 M1c): liver and peritoneal metastases")})
    lm = c.cond(c.dx("C78.7", "Secondary malignant neoplasm of liver and intrahepatic bile duct"), "2026-07-14", by=surg, enc=e1)
    pm = c.cond(c.dx("C78.6", "Secondary malignant neoplasm of retroperitoneum and peritoneum"), "2026-07-14", by=surg, enc=e1)
    ct = c.obs(c.local("rad", "CTTAP", "CT thorax, abdomen and pelvis with contrast"), "2026-07-14",
               "Sigmoid primary with >10 bilobar liver metastases (largest 6 cm), peritoneal deposits and moderate ascites. Emphysema.", cat="imaging", enc=e1, issued=False)
    c.note("2026-07-17", "discharge", "HIPE discharge abstract", """
HIPE DISCHARGE ABSTRACT - Cois Abhann University Hospital
Admission type: emergency. Adm 09/07/2026, disch 17/07/2026 to home.
Principal diagnosis: C18.7 Malignant neoplasm of sigmoid colon
Additional diagnoses: C78.7 Secondary malignant neoplasm of liver; C78.6 Secondary malignant neoplasm of retroperitoneum and peritoneum; J44.9 COPD
Procedure: 32093-00 Fibreoptic colonoscopy to caecum (with biopsy)
Consultant: Mr F. Cullen""", surg, enc=e1)
    c.score(loinc("89247-1", "ECOG Performance Status score"), "2026-08-04", 3, cat="exam", perf=onc)
    c.note("2026-08-05", "consult", "Colorectal MDT outcome", """
Colorectal MDT 05/08/2026. 71F, sigmoid adenocarcinoma with extensive liver and peritoneal metastases, ascites. ECOG 3 (COPD GOLD 3, home O2 assessed), albumin 27, bilirubin 38.
Not a candidate for resection. Not fit for systemic chemotherapy; no targeted option (KRAS G12D, MMR proficient).
Outcome: no anti-cancer treatment options; best supportive care; refer specialist palliative care. Patient and daughter request second opinion - referral to SLRCC medical oncology sent.
Dr A-M. Brophy, Consultant Medical Oncologist""", onc)
    so = c.sr(txt("Referral for second opinion: medical oncology"), "completed", "order", "2026-08-06", by=onc, cat=sct("3457005", "Patient referral"),
              reason_ref=[ca], performer=[ext])
    e2 = c.enc("AMB", "2026-09-22", type_=txt("Second opinion consultation, medical oncology"), reason=txt("Second opinion: metastatic sigmoid cancer"),
               pr=ext, org=ext_org)
    c.note("2026-09-22", "consult", "Second opinion letter (external)", """
Dear Dr Brophy,
Thank you for referring Mrs Bridget Nolan for a second opinion, which I provided today with her daughter present.
I have reviewed the imaging and pathology. I agree with your MDT: stage IV sigmoid adenocarcinoma with extensive hepatic and peritoneal disease, ECOG 3 with significant COPD and rising bilirubin. Systemic therapy would carry more harm than benefit and there is no surgical or targeted option.
I concur with best supportive care under the specialist palliative care team. Mrs Nolan accepts this and was grateful for the review.
Dr Yusuf Haddad, Consultant Medical Oncologist, South Leinster Regional Cancer Centre""", ext, enc=e2, custodian=ext_org)
    c.sr(sct("306237005", "Referral to palliative care service"), "active", "order", "2026-08-05", by=onc, cat=sct("3457005", "Patient referral"),
         reason_ref=[ca], performer=[pal])
    c.careplan("Specialist palliative care plan", "active", "plan", "2026-08-19", txt("Palliative care"), addresses=[ca, lm, pm], by=pal,
               desc="Symptom control at home with community palliative care team; preferred place of death: home.",
               activities=[{"desc": "Community palliative care nurse visits weekly", "status": "in-progress"},
                           {"desc": "Therapeutic paracentesis as needed for symptomatic ascites", "status": "not-started"}])
    c.medreq(txt("Oxycodone 5 mg/5 mL oral solution"), "2026-08-19", "2.5-5 mg orally 4 hourly when required", reason_ref=[ca], by=pal)
    c.medreq(txt("Dexamethasone 2 mg tablet"), "2026-08-19", "4 mg orally each morning (appetite)", reason_ref=[ca], by=pal, freq=1)
    r = c.labs("2026-10-30", hb=10.2, alb=26, alt=64)
    c.obs(c.local("lab", "BILI", "Bilirubin, total"), "2026-10-30", 46, "umol/L", "umol/L", (0, 21))
    c.note("2026-11-12", "progress", "Community palliative care note", """
Home visit 12/11/2026. Comfortable, pain controlled on oxycodone prn (2-3 doses/day). Appetite improved on dexamethasone. Ascites moderate, not tense.
Mrs Nolan and family clear that no further cancer treatment is planned (confirmed at second opinion in Dublin). DNACPR in place.
C. Reddy / CNS community palliative care""", pal)


# --------------------------------------------------------------------------- B6
@case("IE-HIT-1", "ie", "HIT", "near-miss", [],
      "Methotrexate here is low-dose weekly DMARD therapy for rheumatoid arthritis, not chemotherapy, and there is no other high-impact treatment; DAS28 is improving, so neither this criterion nor worsening applies.",
      "rheumatoid arthritis on low-dose weekly methotrexate with improving disease activity")
def ie_hit_1(c):
    gp, gp_org = ie_setup(c, "Siobhán", "Walsh", "female", "1974-09-14", "CAH-2631904", "+353 86 555 0105",
                          "Eimear", "Costello", "Freshford Road Surgery", "Kilkenny")
    rheum = c.prac("Donal", "Ryan", reg="033460", qual="Consultant rheumatologist")
    cns = c.prac("Lisa", "Whelan", prefix="Ms", qual="Rheumatology clinical nurse specialist")
    ra = c.cond(c.dx("M05.9", "Seropositive rheumatoid arthritis, unspecified", "Seropositive rheumatoid arthritis (RF and anti-CCP positive)"), "2026-02-16", by=rheum)
    c.cond(c.dx("E55.9", "Vitamin D deficiency, unspecified"), "2026-02-16", clin="resolved", abate="2026-08-01", by=rheum)
    c.note("2026-01-12", "referral", "GP referral letter to rheumatology", """
Dear Dr Ryan,
51-year-old with 3 months of painful swollen hands and wrists and 90 minutes morning stiffness. MCPs swollen both hands. CRP 28, RF positive.
Dr Eimear Costello""", gp, custodian=gp_org)
    c.obs(c.local("lab", "ACCP", "Anti-CCP antibodies"), "2026-02-16", 212, "U/mL", "U/mL", (0, 17))
    mtx = c.medreq(txt("Methotrexate 2.5 mg tablet"), "2026-03-02", "15 mg orally ONCE WEEKLY (Mondays); increased to 20 mg weekly from 13/04/2026",
                   reason_ref=[ra], by=rheum, freq=1, period=1, period_unit="wk",
                   note="Low-dose weekly DMARD. Weekly dosing only - patient counselled. Monitoring bloods every 2 weeks x6 then monthly, then 3-monthly.")
    c.medreq(txt("Folic acid 5 mg tablet"), "2026-03-02", "5 mg orally once weekly, not on methotrexate day", reason_ref=[ra], by=rheum, freq=1, period=1, period_unit="wk")
    c.medreq(txt("Hydroxychloroquine 200 mg tablet"), "2026-03-02", "200 mg orally twice daily", reason_ref=[ra], by=rheum, freq=2)
    c.medreq(txt("Prednisolone 5 mg tablet"), "2026-03-02", "10 mg daily tapering to stop over 8 weeks", status="completed", reason_ref=[ra], by=rheum)
    das = c.local("score", "DAS28CRP", "DAS28-CRP disease activity score", "DAS28-CRP")
    for d, dv, crp in [("2026-03-02", 5.4, 28), ("2026-06-08", 4.1, 11), ("2026-10-05", 2.9, 4)]:
        e = c.enc("AMB", d, type_=txt("Rheumatology outpatients"), reason=txt("Rheumatoid arthritis"), pr=rheum)
        c.score(das, d, dv, cat="exam", enc=e, perf=rheum, unit="{score}", ucum="{score}")
        r = c.labs(d, enc=e, crp=crp, hb=12.6 if d < "2026-06" else 13.1, wcc=6.8, alt=24 if d < "2026-10" else 31)
        r.append(c.creat(d, 62, enc=e))
        c.report(txt("Methotrexate monitoring bloods"), d, r, enc=e)
    c.note("2026-10-05", "consult", "Rheumatology clinic letter", """
Dear Dr Costello,
Siobhán is doing well on methotrexate 20 mg weekly, folic acid and hydroxychloroquine. Morning stiffness 10 minutes, 1 tender and 0 swollen joints. DAS28-CRP 2.9 (5.4 at baseline). Bloods satisfactory, ALT 31.
Mild nausea on Tuesdays only. Working full time. Continue; 3-monthly monitoring bloods via your practice. Review 4 months.
Dr Donal Ryan, Consultant Rheumatologist""", rheum)
    c.note("2026-07-14", "nurse", "Rheumatology CNS telephone note", """
CNS phone review. Tolerating MTX 20 mg weekly, mild nausea day after. Reminded weekly dosing and alcohol limits. Flu and pneumococcal vaccines advised.
L. Whelan CNS""", cns)
    c.immunization("141", "Influenza, seasonal, injectable", "2026-10-05")


# --------------------------------------------------------------------------- B7
@case("IE-PRC-1", "ie", "PRC", "positive", ["PRC"],
      "A patient-authored message explicitly asks for a second opinion from an electrophysiologist, saying his symptoms have not been listened to; no second opinion is on record.",
      "persistent atrial fibrillation on rate control; patient e-mails asking for a second opinion about ablation")
def ie_prc_1(c):
    gp, gp_org = ie_setup(c, "Pádraig", "Kelly", "male", "1968-05-30", "CAH-1785520", "+353 83 555 0138",
                          "Aidan", "Murray", "Gowran Medical Practice", "Gowran")
    card = c.prac("Brian", "McCarthy", reg="027354", qual="Consultant cardiologist")
    af = c.cond(c.dx("I48.1", "Persistent atrial fibrillation"), "2025-09-15", by=card)
    ht = c.cond(c.dx("I10", "Essential (primary) hypertension"), "2019-06-01", by=gp)
    c.medreq(txt("Bisoprolol 5 mg tablet"), "2025-09-15", "5 mg orally daily (increased to 7.5 mg 05/2026)", reason_ref=[af], by=card, freq=1)
    c.medreq(txt("Apixaban 5 mg tablet"), "2025-09-15", "5 mg orally twice daily", reason_ref=[af], by=card, freq=2)
    c.medreq(txt("Candesartan 8 mg tablet"), "2019-06-01", "8 mg orally daily", reason_ref=[ht], by=gp, freq=1)
    c.obs(c.local("score", "CHADS", "CHA2DS2-VASc score"), "2025-09-15", 1, cat="survey")
    for d, hr, note in [("2026-01-19", 92, "Palpitations and breathless on hills. EHRA 2b."),
                        ("2026-05-11", 88, "Still fatigued, palpitations daily. EHRA 3. Bisoprolol increased."),
                        ("2026-10-19", 84, "Rate acceptable. Fatigue persists; asks about ablation.")]:
        e = c.enc("AMB", d, type_=txt("Cardiology outpatients"), reason=sct("49436004", "Atrial fibrillation"), pr=card)
        c.vitals(d, 134, 82, hr, wt=94, enc=e)
    echo = c.obs(c.local("card", "TTE", "Transthoracic echocardiogram"), "2025-10-02",
                 "LVEF 55%. Left atrium moderately dilated (LAVI 44 mL/m2). No significant valve disease.", cat="imaging", issued=False)
    c.note("2026-10-19", "consult", "Cardiology clinic letter", """
Dear Dr Murray,
Persistent AF since 09/2025. Ventricular rate now acceptable at 84 on bisoprolol 7.5 mg, anticoagulated with apixaban. He continues to report tiredness and reduced exercise tolerance and asked about catheter ablation.
Given the duration of AF and a moderately dilated left atrium, I feel the chance of maintaining sinus rhythm is modest and I have advised continuing rate control. I have not referred for ablation. Review 6 months.
Dr Brian McCarthy, Consultant Cardiologist""", card)
    c.comm("2026-10-28", "To Dr McCarthy's office. I came away from clinic feeling that my symptoms were not really listened to. I am 58, I used to cycle 50 km at weekends and now I can barely manage the stairs at work. I understand your view on ablation, but I would like a second opinion from an electrophysiologist before accepting that nothing more can be done for my rhythm. Please let me know how to arrange this. Pádraig Kelly (MRN CAH-1785520)",
           c.pat, card, cat=txt("Patient e-mail to consultant's office"), about=[af], topic=txt("Request for second opinion (electrophysiology)"))
    c.note("2026-10-30", "note", "Secretary note", """
E-mail from patient received 28/10/2026 requesting second opinion re: ablation. Forwarded to Dr McCarthy for reply. Not yet actioned.
Cardiology secretary""", card)


# --------------------------------------------------------------------------- B8
@case("IE-PRC-2", "ie", "PRC", "near-miss", [],
      "He asked in writing for a second opinion in March 2026, and an independent spinal surgeon provided it in June 2026 for the same problem; he has since written that he is satisfied, so the request is answered and suppressed.",
      "lumbar spinal stenosis; patient's request for a second opinion was fulfilled by another spinal unit in June")
def ie_prc_2(c):
    gp, gp_org = ie_setup(c, "Liam", "O'Connor", "male", "1959-10-05", "CAH-0992317", "+353 87 555 0151",
                          "Rónán", "Healy", "Urlingford Family Practice", "Urlingford")
    ortho = c.prac("Niall", "Barry", reg="030774", qual="Consultant orthopaedic spine surgeon")
    physio = c.prac("Karen", "Molloy", prefix="Ms", qual="Senior physiotherapist")
    ext_org = c.organization("Mid-West Regional Spinal Unit", city="Limerick")
    ext = c.prac("Gearóid", "Madden", reg="037705", qual="Consultant spinal neurosurgeon (external)")
    lss = c.cond(c.dx("M48.06", "Spinal stenosis, lumbar region", "Lumbar spinal stenosis L3/4 and L4/5 with neurogenic claudication"), "2025-11-20", by=ortho)
    ht = c.cond(c.dx("I10", "Essential (primary) hypertension"), "2016-01-01", by=gp)
    c.medreq(txt("Amlodipine 5 mg tablet"), "2016-01-01", "5 mg orally daily", reason_ref=[ht], by=gp, freq=1)
    c.medreq(txt("Paracetamol 1 g tablet"), "2025-11-20", "1 g orally four times daily when required", reason_ref=[lss], by=gp)
    c.medreq(txt("Pregabalin 75 mg capsule"), "2026-02-09", "75 mg orally twice daily", reason_ref=[lss], by=ortho, freq=2)
    mri = c.obs(c.local("rad", "MRLS", "MRI lumbar spine"), "2026-01-14",
                "Moderate central canal stenosis L3/4 and L4/5 due to disc bulge and facet hypertrophy. No compression fracture.", cat="imaging", issued=False)
    c.report(c.local("rad", "MRLS", "MRI lumbar spine"), "2026-01-14", [mri], cat=("RAD", "Radiology"), conclusion="Moderate two-level lumbar canal stenosis.")
    e1 = c.enc("AMB", "2026-02-09", type_=txt("Orthopaedic spine outpatients"), reason=txt("Leg pain on walking"), pr=ortho)
    c.note("2026-02-09", "consult", "Spine clinic letter", """
Dear Dr Healy,
Neurogenic claudication, walking distance 400 m, no neurological deficit, no sphincter disturbance. MRI moderate L3/4 and L4/5 stenosis.
I recommend conservative management: physiotherapy, pregabalin, activity modification. Surgery not indicated at present. Review 6 months.
Mr Niall Barry""", ortho, enc=e1)
    req = c.comm("2026-03-10", "Dear Mr Barry, I was disappointed to be told there is nothing surgical to be done for my legs. I would like a second opinion from another spinal surgeon please. Liam O'Connor",
                 c.pat, ortho, cat=txt("Patient letter"), about=[lss], topic=txt("Request for second opinion"))
    so = c.sr(txt("Referral for second opinion: spinal surgery"), "completed", "order", "2026-03-16", by=ortho, cat=sct("3457005", "Patient referral"),
              reason_ref=[lss], performer=[ext], note="At patient's request (letter 10/03/2026).")
    e2 = c.enc("AMB", "2026-06-16", type_=txt("Second opinion consultation, spinal surgery"), reason=txt("Second opinion: lumbar spinal stenosis"), pr=ext, org=ext_org)
    c.note("2026-06-16", "consult", "Second opinion letter (external)", """
Dear Mr Barry,
I saw Mr O'Connor today for a second opinion at his request. Walking distance now 600 m after physiotherapy, no deficit. I reviewed the MRI.
I agree with your advice: conservative management is appropriate and decompression is not indicated at this point. Should symptoms progress, an L3-5 decompression could be reconsidered. I explained this and he was reassured.
Mr Gearóid Madden, Consultant Spinal Neurosurgeon, Mid-West Regional Spinal Unit""", ext, enc=e2, custodian=ext_org)
    for d in ["2026-04-08", "2026-05-06", "2026-06-03"]:
        c.enc("AMB", d, type_=txt("Physiotherapy outpatients"), reason=txt("Lumbar spinal stenosis"), pr=physio)
    c.comm("2026-06-24", "Thank you for arranging the second opinion in Limerick. Mr Madden said the same as you, and I am happy to keep going with the exercises. Liam O'Connor",
           c.pat, ortho, cat=txt("Patient letter"), about=[lss])
    e3 = c.enc("AMB", "2026-09-07", type_=txt("Orthopaedic spine outpatients, review"), reason=txt("Lumbar spinal stenosis"), pr=ortho)
    c.vitals("2026-09-07", 136, 82, 70, wt=82, enc=e3)
    c.note("2026-09-07", "consult", "Spine clinic letter", """
Dear Dr Healy,
Walking 800 m now, uses a bike daily. Second opinion in June concurred with conservative care. Continue exercises and pregabalin; discharge to GP with open access for 12 months.
Mr Niall Barry""", ortho, enc=e3)


# --------------------------------------------------------------------------- B9
@case("IE-WDT-1", "ie", "WDT", "near-miss", [],
      "Blood pressure rose from 138/86 to 152/94 to 164/98 over seven months, but she stopped amlodipine in June because of ankle swelling and took no antihypertensive after that, so treatment was not active throughout the worsening.",
      "hypertension worsening after the patient stopped amlodipine because of ankle swelling")
def ie_wdt_1(c):
    gp, gp_org = ie_setup(c, "Gráinne", "Byrne", "female", "1977-02-21", "CAH-3058864", "+353 85 555 0129",
                          "Paula", "Dempsey", "Newpark Medical Centre", "Kilkenny")
    phys = c.prac("Conor", "Whelehan", reg="034418", qual="Consultant physician (hypertension clinic)")
    ht = c.cond(c.dx("I10", "Essential (primary) hypertension"), "2025-10-06", by=phys)
    c.cond(c.dx("E66.9", "Obesity, unspecified", "Obesity (BMI 31)"), "2025-10-06", by=phys)
    c.note("2025-09-22", "referral", "GP referral letter", """
Dear Dr Whelehan,
49F with home BP averaging 156/98 on repeated readings; ABPM daytime average 151/96. No target organ damage I can find. Family history of stroke.
Dr Paula Dempsey""", gp, custodian=gp_org)
    aml = c.medreq(txt("Amlodipine 5 mg tablet"), "2025-10-06", "5 mg orally once daily", status="stopped", reason_ref=[ht], by=phys, freq=1,
                   status_reason="Stopped by patient 05/06/2026 because of ankle swelling")
    c.medstmt(txt("Amlodipine 5 mg tablet"), "stopped", "2025-10-06", end="2026-06-05", asserted="2026-08-17", reason_ref=[ht],
              status_reason="Ankle oedema; patient stopped on her own", note="Not taking any blood pressure medication since early June 2026.")
    for d, s, di in [("2026-04-20", 138, 86), ("2026-08-17", 152, 94), ("2026-11-16", 164, 98)]:
        e = c.enc("AMB", d, type_=txt("Hypertension clinic"), reason=sct("38341003", "Hypertensive disorder"), pr=phys)
        c.vitals(d, s, di, 76, wt=84, bmi=31.2, enc=e)
    r = c.labs("2026-08-17", na=140, k=4.0)
    r.append(c.creat("2026-08-17", 68))
    r.append(c.lab("egfr", "2026-08-17", 92))
    c.report(txt("Renal profile"), "2026-08-17", r)
    c.note("2026-08-17", "consult", "Hypertension clinic letter", """
Dear Dr Dempsey,
Gráinne stopped amlodipine herself in early June because of ankle swelling, which has since resolved. BP today 152/94. She was reluctant to start anything new today and wanted to try lifestyle measures (walking, salt reduction) first. Renal function normal.
Review 3 months; low threshold for an ARB.
Dr Conor Whelehan""", phys)
    c.note("2026-11-16", "consult", "Hypertension clinic letter", """
Dear Dr Dempsey,
BP 164/98 today, off all treatment since June. Lifestyle changes made but insufficient. Agreed to start losartan 50 mg daily today; U&E in 2 weeks. Review 3 months.
Dr Conor Whelehan""", phys)
    c.medreq(txt("Losartan 50 mg tablet"), "2026-11-16", "50 mg orally once daily", reason_ref=[ht], by=phys, freq=1)


# --------------------------------------------------------------------------- B10
@case("IE-RARE-1", "ie", "RARE", "near-miss", [],
      "The record lists nine conditions, but six are resolved episodes (pneumonia, AKI, cellulitis, wrist fracture, gallstones, prostatitis); only three chronic conditions are active, below the complexity threshold, and none is rare.",
      "older man with a long problem list that is mostly resolved episodes; three active chronic conditions")
def ie_rare_1(c):
    gp, gp_org = ie_setup(c, "Seán", "Doyle", "male", "1952-07-12", "CAH-0441093", "+353 56 555 0170",
                          "Maeve", "Kinsella", "Bennettsbridge Medical Practice", "Bennettsbridge")
    phys = c.prac("Conor", "Whelehan", reg="034418", qual="Consultant physician, general medicine")
    ortho = c.prac("Ivan", "Moroney", reg="032287", qual="Consultant orthopaedic surgeon")
    ht = c.cond(c.dx("I10", "Essential (primary) hypertension"), "2009-04-01", by=gp)
    hypo = c.cond(c.dx("E03.9", "Hypothyroidism, unspecified", "Primary hypothyroidism"), "2014-11-01", by=gp)
    oa = c.cond(c.dx("M16.1", "Other primary coxarthrosis", "Primary osteoarthritis right hip"), "2023-05-10", by=ortho)
    for code, disp, on, ab, txt_ in [("N41.0", "Acute prostatitis", "2021-03-02", "2021-04-10", None),
                                     ("K80.20", "Calculus of gallbladder without cholecystitis, without obstruction", "2022-01-18", "2022-05-24", "Gallstones, resolved after laparoscopic cholecystectomy"),
                                     ("S52.50", "Fracture of lower end of radius, unspecified", "2023-01-09", "2023-03-20", "Left distal radius fracture (fall on ice), healed"),
                                     ("J18.9", "Pneumonia, unspecified", "2024-02-11", "2024-03-05", "Community-acquired pneumonia"),
                                     ("N17.9", "Acute kidney failure, unspecified", "2024-02-11", "2024-02-20", "AKI with pneumonia, recovered"),
                                     ("L03.11", "Cellulitis of lower limb", "2025-07-22", "2025-08-05", None)]:
        c.cond(c.dx(code, disp, txt_), on, clin="resolved", abate=ab, by=phys)
    c.proc(ccm(("achi", "30445-00", "Laparoscopic cholecystectomy"), text="Laparoscopic cholecystectomy"), "completed", "2022-05-24")
    e0 = c.enc("IMP", "2024-02-11", "2024-02-20", type_=txt("Emergency admission, general medicine"), reason=txt("Fever, cough, confusion"), pr=phys,
               prio=("EM", "emergency"), admit=("emd", "From accident/emergency department"), dispo=("home", "Home"))
    c.note("2024-02-20", "discharge", "HIPE discharge abstract", """
HIPE DISCHARGE ABSTRACT - Cois Abhann University Hospital
Admission type: emergency. Adm 11/02/2024, disch 20/02/2024 to home.
Principal diagnosis: J18.9 Pneumonia, unspecified
Additional diagnoses: N17.9 Acute kidney failure, unspecified; I10 Essential hypertension; E03.9 Hypothyroidism
Procedures: nil
Consultant: Dr C. Whelehan""", phys, enc=e0)
    c.medreq(txt("Perindopril 4 mg tablet"), "2018-01-01", "4 mg orally daily", reason_ref=[ht], by=gp, freq=1)
    c.medreq(txt("Levothyroxine 100 microgram tablet"), "2014-11-01", "100 micrograms orally daily", reason_ref=[hypo], by=gp, freq=1)
    c.medreq(txt("Paracetamol 1 g tablet"), "2023-05-10", "1 g orally up to four times daily when required", reason_ref=[oa], by=gp)
    r = c.labs("2026-09-28", tsh=2.2, na=139, k=4.5, hb=14.1)
    r.append(c.creat("2026-09-28", 94))
    r.append(c.lab("egfr", "2026-09-28", 72))
    c.report(txt("Annual bloods"), "2026-09-28", r)
    e1 = c.enc("AMB", "2026-10-05", type_=txt("Orthopaedic outpatients"), reason=txt("Right hip osteoarthritis"), pr=ortho)
    c.vitals("2026-10-05", 134, 80, 68, wt=80, enc=e1)
    xr = c.obs(c.local("rad", "XRHIP", "XR pelvis and right hip"), "2026-10-05", "Moderate joint space narrowing right hip with osteophytes; left hip preserved.", cat="imaging", enc=e1, issued=False)
    c.note("2026-10-05", "consult", "Orthopaedic clinic letter", """
Dear Dr Kinsella,
Moderate right hip OA, pain 3-4/10, walking 2 km, manages with paracetamol. He does not want surgery at present and I agree it is not yet needed.
Continue analgesia and activity; review 12 months or sooner if worse.
Mr Ivan Moroney""", ortho, enc=e1)
    c.note("2026-10-12", "progress", "GP annual review summary", """
Annual chronic disease review. Active problems: hypertension (BP 132/78), hypothyroidism (TSH 2.2), right hip OA.
Past: prostatitis 2021, lap chole 2022, wrist fracture 2023, pneumonia with AKI 2024, cellulitis 2025 - all resolved.
Dr M. Kinsella""", gp, custodian=gp_org)
    c.immunization("141", "Influenza, seasonal, injectable", "2026-10-12")
    c.immunization("33", "pneumococcal polysaccharide vaccine, 23 valent", "2018-10-10")
