"""Cases from Nqadu Provincial Hospital (South African public hospital): WHO ICD-10, local codes, sparse coding."""
from fhirkit import case, cc, ccm, txt, sct, loinc, SNOMED_POS, SNOMED_NEG, SNOMED_DET, SNOMED_ND

XH = ("xh", "isiXhosa")
TLD = txt("Tenofovir/lamivudine/dolutegravir (TLD) 300/300/50 mg tablet")


def za_setup(c, given, family, gender, birth, folder, phone, lang=XH, clinic="Zimbane Community Health Centre"):
    clin = c.organization(clinic, "prov", "Healthcare Provider", city="Mthatha")
    lines = ["Erf 1128, Ngangelizwe", "14 Nelson Mandela Drive, Northcrest", "House 52, Zimbane Valley", "Mqanduli Road, Ncambedlana", "7 Sprigg Street, Fort Gale", "Kwa-Tshemese, Ward 9", "22 Owen Street, Mthatha Central"]
    c.patient(given, family, gender, birth, folder, lang=lang, phone=phone, line=lines[sum(map(ord, folder)) % len(lines)])
    c.coverage(folder, "2015-01-01")
    return clin


def hiv_programme(c, start, vl_dates, cd4=None, art_start=None, by=None, clinic=None):
    """HIV programme: condition, episode of care, ART prescription and suppressed viral loads."""
    hiv = c.cond(c.dx("B24", "Unspecified human immunodeficiency virus [HIV] disease", "HIV infection on ART"), start, by=by)
    c.episode(txt("HIV care and treatment programme (ART clinic)"), art_start or start, diags=[hiv])
    c.medreq(TLD, art_start or start, "1 tablet orally once daily", reason_ref=[hiv], by=by, freq=1)
    for d in vl_dates:
        c.lab("vl", d, 50, comparator="<", interp="N", note="Lower than detectable limit (LDL)")
    if cd4:
        c.lab("cd4", cd4[0], cd4[1])
    return hiv


# --------------------------------------------------------------------------- A1
@case("ZA-PS-1", "za", "PS", "positive", ["PS"],
      "Return-visit e-trigger (Singh 2012): a clinic visit labelled viral URTI was followed by two unscheduled casualty visits within 7 days and an unplanned admission 10 days later with lobar pneumonia and effusion.",
      "HIV-positive woman labelled 'viral URTI' at a clinic, back to casualty twice within a week and admitted 10 days later with pneumonia and effusion")
def za_ps_1(c):
    clin = za_setup(c, "Nosipho", "Dlamini", "female", "1992-03-14", "NQ-0448213", "+27 82 555 0141")
    nurse = c.prac("Nandipha", "Gqirana", prefix="Sr", qual="Professional nurse (PHC clinician)")
    cmo = c.prac("Sizwe", "Mbatha", reg="MP0731184", qual="Medical officer, casualty")
    mo = c.prac("Lindiwe", "Ntshona", reg="MP0692257", qual="Medical officer, internal medicine")
    hiv_programme(c, "2019-04-02", ["2026-05-12"], cd4=("2026-05-12", 412), by=nurse)
    e1 = c.enc("AMB", "2026-11-03", type_=txt("PHC clinic visit (walk-in)"), reason=[sct("49727002", "Cough"), sct("386661006", "Fever")],
               pr=nurse, org=clin)
    c.vitals("2026-11-03", 118, 74, 104, temp=38.1, rr=22, spo2=96, enc=e1)
    d1 = c.cond(c.dx("J06.9", "Acute upper respiratory infection, unspecified"), "2026-11-03", clin="resolved",
                cat="encounter-diagnosis", enc=e1, abate="2026-11-13", by=nurse)
    c.medreq(txt("Paracetamol 500 mg tablet"), "2026-11-03", "1 g orally 6 hourly when required, 5 days", status="completed",
             reason_ref=[d1], by=nurse, enc=e1)
    c.note("2026-11-03", "progress", "PHC clinic note", """
Zimbane CHC 03/11/26. 34F, HIV on TLD, VL LDL May.
C/o cough x3/7, fever, R sided chest pain when breathing in.
O/E T 38.1 P 104 RR 22 sats 96% RA. Chest: ?few creps R base, no distress.
Imp: viral URTI.
Plan: paracetamol, fluids, RTC if not better. TB screen: cough <2/52, symptom screen neg.
Sr N. Gqirana""", nurse, enc=e1)
    e2 = c.enc("EMER", "2026-11-07", type_=txt("Casualty attendance, unscheduled (self-referred)"), reason=sct("29857009", "Chest pain"),
               pr=cmo, prio=("EM", "emergency"), t0="21:40", t1="23:55")
    c.vitals("2026-11-07", 112, 70, 110, temp=38.4, rr=24, spo2=95, enc=e2, t="21:50")
    c.note("2026-11-07", "progress", "Casualty note", """
CAS 07/11 21h40. Seen at clinic Tue, told viral. Still fever + R chest pain, coughing yellow sputum.
T 38.4 P 110 RR 24 sats 95%. Chest: reduced AE R base.
CXR not done (radiographer after hours on call, not available).
Imp: URTI ?early LRTI. Ibuprofen 400 tds, paracetamol. D/C home, return if SOB.
Dr S. Mbatha""", cmo, enc=e2, t="23:50")
    e3 = c.enc("EMER", "2026-11-10", type_=txt("Casualty attendance, unscheduled (self-referred)"), reason=[sct("49727002", "Cough"), sct("267036007", "Dyspnea")],
               pr=cmo, prio=("EM", "emergency"), t0="19:05", t1="22:30")
    c.vitals("2026-11-10", 108, 66, 112, temp=38.0, rr=26, spo2=94, enc=e3, t="19:15")
    c.medreq(txt("Amoxicillin 500 mg capsule"), "2026-11-10", "1 g orally 8 hourly for 5 days", status="stopped",
             by=cmo, enc=e3, status_reason="Changed to IV ceftriaxone on admission 13/11")
    c.note("2026-11-10", "progress", "Casualty note", """
CAS 10/11 19h05. 3rd visit this wk. Fever, cough, SOB on walking. Pleuritic pain R.
T 38.0 P 112 RR 26 sats 94%. Dull R base.
Imp: LRTI. Rx amoxil 1g tds x5/7. D/C. F/U clinic Friday.
Dr S. Mbatha""", cmo, enc=e3, t="22:20")
    e4 = c.enc("IMP", "2026-11-13", "2026-11-21", type_=txt("Emergency admission via casualty (medical ward)"),
               reason=sct("267036007", "Dyspnea"), pr=mo, prio=("EM", "emergency"), admit=("emd", "From accident/emergency department"),
               dispo=("home", "Home"), t0="02:10", t1="10:30")
    c.vitals("2026-11-13", 96, 58, 124, temp=38.9, rr=30, spo2=89, enc=e4, t="02:20")
    res = c.labs("2026-11-13", enc=e4, t="03:00", wcc=17.8, hb=11.6, plt=452, crp=212)
    res.append(c.creat("2026-11-13", 71, enc=e4))
    c.report(txt("Full blood count, CRP and U&E (NHLS)"), "2026-11-13", res, enc=e4)
    xpert = c.obs(c.local("lab", "XPERT", "Xpert MTB/RIF Ultra (sputum)", "GeneXpert MTB/RIF Ultra, sputum"), "2026-11-13",
                  cc("sct", *SNOMED_ND), interp="ND", enc=e4)
    cxr = c.obs(c.local("rad", "CXR-PA", "Chest X-ray PA"), "2026-11-13",
                "Dense right lower lobe consolidation with moderate right pleural effusion. No cavitation.", cat="imaging", enc=e4, issued=False)
    c.report(c.local("rad", "CXR-PA", "Chest X-ray PA"), "2026-11-13", [cxr], cat=("RAD", "Radiology"), enc=e4,
             conclusion="RLL pneumonia with moderate parapneumonic effusion.")
    pn = c.cond(c.dx("J18.1", "Lobar pneumonia, unspecified"), "2026-11-13", clin="resolved", abate="2026-11-21", cat="encounter-diagnosis", enc=e4, by=mo)
    ef = c.cond(c.dx("J90", "Pleural effusion, not elsewhere classified"), "2026-11-13", clin="resolved", abate="2026-11-21", cat="encounter-diagnosis", enc=e4, by=mo)
    c.medadmin(txt("Ceftriaxone 1 g powder for injection"), "2026-11-13T03:30:00+02:00", "2 g IV daily", enc=e4, by=mo, reason_ref=[pn])
    c.medadmin(txt("Azithromycin 500 mg tablet"), "2026-11-13T03:35:00+02:00", "500 mg orally daily x3 days", enc=e4, by=mo, reason_ref=[pn])
    c.proc(c.local("proc", "PL-TAP", "Diagnostic pleural tap"), "completed", "2026-11-14", by=mo, reason_ref=[ef], enc=e4,
           note="Straw-coloured fluid, exudate, pH 7.32. Not drained further.")
    c.note("2026-11-21", "discharge", "Discharge summary, medical ward", """
Adm 13/11/26 via CAS (4th contact in 10 days: clinic 03/11, CAS 07/11 and 10/11).
Dx: R lower lobe pneumonia with parapneumonic effusion. HIV on TLD, VL LDL.
Xpert Ultra neg. Pleural tap exudate, not empyema. Treated IV ceftriaxone + azithro, improved.
D/C on amox-clav to complete 10/7. F/U MOPD 2/52 with repeat CXR.
Dr L. Ntshona""", mo, enc=e4)


# --------------------------------------------------------------------------- A2
@case("ZA-PS-2", "za", "PS", "near-miss", [],
      "A red-flag finding (positive faecal occult blood) was followed up within 23 days by colonoscopy, which found and removed an adenoma and explained the result; bowel symptoms were recorded on only two dates and settled.",
      "positive faecal occult blood promptly followed by colonoscopy and polypectomy; symptoms settled")
def za_ps_2(c):
    clin = za_setup(c, "Mzwandile", "Qwabe", "male", "1965-07-22", "NQ-0318877", "+27 73 555 0190")
    nurse = c.prac("Zoleka", "Mpendu", prefix="Sr", qual="Professional nurse (PHC clinician)")
    mo = c.prac("Anele", "Sikhakhane", reg="MP0655310", qual="Medical officer, MOPD")
    surg = c.prac("Pieter", "van Rensburg", reg="MP0512964", qual="Specialist general surgeon")
    ht = c.cond(c.dx("I10", "Essential (primary) hypertension"), "2014-02-11", by=nurse)
    dm = c.cond(c.dx("E11.9", "Type 2 diabetes mellitus without complications"), "2017-09-05", by=nurse)
    c.medreq(txt("Amlodipine 10 mg tablet"), "2024-03-01", "10 mg orally daily", reason_ref=[ht], freq=1, by=mo)
    c.medreq(txt("Hydrochlorothiazide 12.5 mg tablet"), "2024-03-01", "12.5 mg orally daily", reason_ref=[ht], freq=1, by=mo)
    c.medreq(txt("Metformin 850 mg tablet"), "2024-03-01", "850 mg orally twice daily", reason_ref=[dm], freq=2, by=mo)
    e1 = c.enc("AMB", "2026-06-15", type_=txt("MOPD chronic care visit"), reason=txt("Looser stools for 6 weeks"), pr=mo)
    c.vitals("2026-06-15", 134, 82, 76, wt=88, enc=e1)
    fobt = c.obs(c.local("lab", "FOBT", "Faecal occult blood (immunochemical)", "Faecal occult blood"), "2026-06-15",
                 cc("sct", *SNOMED_POS), interp="POS", enc=e1)
    r = c.labs("2026-06-15", enc=e1, hb=13.9, mcv=88, plt=251)
    r.append(c.hba1c("2026-06-15", 7.0, enc=e1))
    c.report(txt("FBC and HbA1c (NHLS)"), "2026-06-15", r, enc=e1)
    ref = c.sr(txt("Referral to surgical outpatients: positive FOB, change in bowel habit"), "completed", "order", "2026-06-15",
               by=mo, prio="urgent", reason_ref=[fobt], performer=[surg], enc=e1,
               cat=sct("3457005", "Patient referral"))
    c.note("2026-06-15", "progress", "MOPD note", """
MOPD 15/06/26. 60M HT, DM2. Stools looser x6/52, no blood seen, wt stable.
Hb 13.9. FOB POSITIVE.
Plan: urgent ref surgical OPD for scope. Continue meds.
Dr A. Sikhakhane""", mo, enc=e1)
    e2 = c.enc("AMB", "2026-06-29", type_=txt("Surgical outpatients"), reason=txt("Positive FOB"), pr=surg)
    e3 = c.enc("AMB", "2026-07-08", type_=txt("Endoscopy unit, day case"), reason=txt("Positive FOB"), pr=surg, t0="08:00", t1="12:00")
    colo = c.proc(c.local("proc", "ENDO-COL", "Colonoscopy with snare polypectomy"), "completed", "2026-07-08", by=surg,
                  reason_ref=[fobt], enc=e3, based_on=ref,
                  note="Caecum reached, good prep. 8 mm pedunculated sigmoid polyp, snared and retrieved. Small internal haemorrhoids. No other lesion.")
    histo = c.obs(c.local("lab", "HISTO", "Histology"), "2026-07-08",
                  "Sigmoid polyp: tubular adenoma with low-grade dysplasia, completely excised.", enc=e3,
                  note="Reported 21/07/2026")
    c.cond(c.dx("D12.5", "Benign neoplasm: sigmoid colon"), "2026-07-08", clin="resolved", abate="2026-07-08", enc=e3, by=surg,
           note="Removed at colonoscopy; surveillance colonoscopy in 3 years.")
    c.report(c.local("lab", "HISTO", "Histology"), "2026-07-21", [histo], conclusion="Tubular adenoma, low-grade dysplasia, margins clear.")
    c.note("2026-07-08", "procedure", "Colonoscopy report", """
Colonoscopy 08/07/26. Indication: FOB +, looser stools.
Findings: 8mm pedunculated sigmoid polyp - snare polypectomy, retrieved. Small int haemorrhoids. Rest normal to caecum.
Plan: await histo. Scope again in 3 yrs if adenoma.
Mr P. van Rensburg""", surg, enc=e3)
    e4 = c.enc("AMB", "2026-09-14", type_=txt("MOPD chronic care visit"), reason=txt("Routine review"), pr=mo)
    c.vitals("2026-09-14", 130, 80, 72, wt=88, enc=e4)
    c.note("2026-09-14", "progress", "MOPD note", """
MOPD 14/09/26. Bowels back to normal. Histo tubular adenoma, fully excised - surveillance scope 2029.
BP 130/80. Continue. Next visit 3/12.
Dr A. Sikhakhane""", mo, enc=e4)


# --------------------------------------------------------------------------- A3
@case("ZA-DSM-1", "za", "DSM", "positive", ["DSM"],
      "A catch-all label (R53 malaise and fatigue) has stayed the only diagnosis for over six months while night sweats and 8 kg weight loss continue, with anaemia, leucopenia, raised CRP/ESR/ALP and cervical nodes that the label cannot account for (HIV is suppressed, Xpert negative).",
      "HIV-suppressed woman labelled 'malaise and fatigue' for six months despite weight loss, sweats, nodes and abnormal bloods")
def za_dsm_1(c):
    clin = za_setup(c, "Thandiwe", "Mabandla", "female", "1984-01-30", "NQ-0227156", "+27 83 555 0122")
    nurse = c.prac("Nomakhaya", "Tyali", prefix="Sr", qual="Professional nurse (ART clinic)")
    mo = c.prac("Kagiso", "Molefe", reg="MP0744921", qual="Medical officer")
    hiv = hiv_programme(c, "2016-08-19", ["2026-04-07", "2026-10-28"], cd4=("2026-04-07", 538), by=nurse)
    e1 = c.enc("AMB", "2026-05-20", type_=txt("ART clinic visit"), reason=[sct("84229001", "Fatigue"), txt("Night sweats")], pr=nurse, org=clin)
    c.vitals("2026-05-20", 112, 70, 88, temp=37.2, wt=64, enc=e1)
    mal = c.cond(c.dx("R53", "Malaise and fatigue"), "2026-05-20", enc=e1, by=nurse,
                 note="Tired, night sweats. ?stress. Multivitamin.")
    c.medreq(txt("Multivitamin tablet"), "2026-05-20", "1 tablet orally daily", reason_ref=[mal], freq=1, by=nurse)
    c.note("2026-05-20", "progress", "ART clinic note", """
20/05/26 ART clinic. 42F on TLD since 2016. Adherent, VL LDL April.
C/o tiredness x1/12, sweating at night. Wt 64 (was 68 Jan).
TB symptom screen: no cough. Imp: malaise & fatigue ?stress (lost job).
Plan: MVI, review 6/52.
Sr N. Tyali""", nurse, enc=e1)
    e2 = c.enc("AMB", "2026-07-08", type_=txt("ART clinic visit"), reason=[sct("84229001", "Fatigue"), sct("89362005", "Weight loss")], pr=mo, org=clin)
    c.vitals("2026-07-08", 108, 68, 94, temp=37.6, wt=61, enc=e2)
    r = c.labs("2026-07-08", enc=e2, hb=10.4, mcv=86, wcc=3.6, plt=410, crp=58, esr=84)
    c.report(txt("FBC, CRP, ESR (NHLS)"), "2026-07-08", r, enc=e2)
    c.obs(c.local("lab", "XPERT", "Xpert MTB/RIF Ultra (sputum)", "GeneXpert MTB/RIF Ultra, sputum"), "2026-07-08",
          cc("sct", *SNOMED_ND), interp="ND", enc=e2)
    cxr = c.obs(c.local("rad", "CXR-PA", "Chest X-ray PA"), "2026-07-10", "Clear lung fields. No hilar widening reported.", cat="imaging", issued=False)
    c.report(c.local("rad", "CXR-PA", "Chest X-ray PA"), "2026-07-10", [cxr], cat=("RAD", "Radiology"), conclusion="No active PTB.")
    c.note("2026-07-08", "progress", "Clinic note", """
08/07/26. Still tired, sweats, wt 61 (-3kg in 7 wks). Sputum produced with difficulty.
Small cervical LN R side, non-tender, ?reactive.
Hb 10.4 WCC 3.6 CRP 58 ESR 84. Xpert neg, CXR clear.
Imp: malaise/fatigue, ?depression. Cont MVI, counselling referral.
Dr K. Molefe""", mo, enc=e2)
    e3 = c.enc("AMB", "2026-09-02", type_=txt("ART clinic visit"), reason=[sct("84229001", "Fatigue")], pr=nurse, org=clin)
    c.vitals("2026-09-02", 110, 70, 96, temp=37.8, wt=58, enc=e3)
    c.note("2026-09-02", "nurse", "ART clinic note", """
02/09/26. Still tired+++, sweats soaking sheets. Wt 58. Appetite poor.
Dx remains malaise & fatigue. Booked doctor next visit.
Sr N. Tyali""", nurse, enc=e3)
    e4 = c.enc("AMB", "2026-10-28", type_=txt("ART clinic visit"), reason=[sct("84229001", "Fatigue"), sct("89362005", "Weight loss")], pr=mo, org=clin)
    c.vitals("2026-10-28", 104, 64, 102, temp=37.9, wt=56, enc=e4)
    r2 = c.labs("2026-10-28", enc=e4, hb=9.6, mcv=85, wcc=3.2, crp=71, alp=188, alt=34)
    c.report(txt("FBC, CRP, LFT (NHLS)"), "2026-10-28", r2, enc=e4)
    c.note("2026-10-28", "progress", "Clinic note", """
28/10/26. 5 months tired, sweats, wt 56 (-8kg since Jan). VL LDL.
Neck nodes now 2cm R, 1.5cm L, rubbery. Liver edge ?palpable.
Hb 9.6 CRP 71 ALP 188.
Imp: malaise and fatigue (R53) - continue MVI, FBC again in 3/12.
Dr K. Molefe""", mo, enc=e4)


# --------------------------------------------------------------------------- A4
@case("ZA-MPP-1", "za", "MPP", "positive", ["MPP"],
      "Open-heart surgery (mechanical mitral valve replacement) is recommended and booked at the cardiothoracic unit but not yet performed: the order is on hold awaiting a theatre and ICU slot.",
      "young woman with rheumatic mitral stenosis, mitral valve replacement booked and on hold for a theatre slot")
def za_mpp_1(c):
    clin = za_setup(c, "Ayanda", "Sotshongaye", "female", "1999-05-09", "NQ-0501934", "+27 79 555 0177")
    mo = c.prac("Mandla", "Hlongwane", reg="MP0781102", qual="Medical officer, MOPD")
    card = c.prac("Farida", "Essop", reg="MP0498812", qual="Specialist physician (cardiology)")
    cts = c.organization("Inkosi Cardiothoracic Surgery Unit (tertiary referral)", city="East London")
    surg = c.prac("Themba", "Nkosi", reg="MP0455021", qual="Cardiothoracic surgeon")
    ms = c.cond(c.dx("I05.0", "Mitral stenosis", "Rheumatic mitral stenosis, severe"), "2024-11-20", by=card,
                severity=sct("24484000", "Severe"))
    af = c.cond(c.dx("I48.9", "Atrial fibrillation and atrial flutter, unspecified", "Atrial fibrillation"), "2025-06-03", by=card)
    hf = c.cond(c.dx("I50.0", "Congestive heart failure"), "2025-06-03", by=card, note="NYHA III")
    c.medreq(txt("Warfarin 5 mg tablet"), "2025-06-03", "5 mg orally daily, adjust to INR 2-3", reason_ref=[af], freq=1, by=card)
    c.medreq(txt("Bisoprolol 5 mg tablet"), "2025-06-03", "5 mg orally daily", reason_ref=[af], freq=1, by=card)
    c.medreq(txt("Furosemide 40 mg tablet"), "2025-06-03", "40 mg orally mane", reason_ref=[hf], freq=1, by=card)
    c.medreq(txt("Benzathine benzylpenicillin 1.2 MU injection"), "2024-11-20", "1.2 MU IMI every 4 weeks (secondary prophylaxis)",
             reason_ref=[ms], freq=1, period=4, period_unit="wk", by=card)
    c.medreq(txt("Medroxyprogesterone acetate 150 mg/mL injection"), "2025-06-10", "150 mg IMI every 12 weeks", freq=1, period=12, period_unit="wk", by=mo)
    e1 = c.enc("AMB", "2026-08-18", type_=txt("Cardiology clinic"), reason=sct("267036007", "Dyspnea"), pr=card)
    c.vitals("2026-08-18", 104, 68, 92, spo2=96, wt=52, enc=e1)
    echo = c.obs(c.local("card", "ECHO-TTE", "Transthoracic echocardiogram"), "2026-08-18",
                 "Severe rheumatic MS, MVA 0.9 cm2 (planimetry), mean gradient 14 mmHg, Wilkins score 11 (heavily calcified, subvalvular fusion). Moderate MR. LA 58 mm. PASP 62 mmHg. LVEF 58%.",
                 cat="imaging", enc=e1, issued=False)
    c.report(c.local("card", "ECHO-TTE", "Transthoracic echocardiogram"), "2026-08-18", [echo], cat=("CUS", "Cardiac Ultrasound"), enc=e1,
             conclusion="Severe calcific rheumatic MS with moderate MR; not suitable for balloon valvotomy.")
    c.note("2026-08-18", "consult", "Cardiology clinic note", """
Cardio OPD 18/08/26. 27F RHD. SOB climbing 1 flight, orthopnoea 2 pillows. AF rate ok on bisoprolol.
Echo: severe MS MVA 0.9, Wilkins 11, mod MR, PASP 62. Not suitable for PTMC.
Plan: discuss at combined cardiology/CTS meeting for MVR. Continue warfarin (INR 2.4).
Dental clearance requested.
Dr F. Essop""", card, enc=e1)
    c.lab("inr", "2026-08-18", 2.4, enc=e1, interp="N")
    e2 = c.enc("AMB", "2026-10-06", type_=txt("Cardiothoracic surgery outpatients (outreach)"), reason=txt("Severe rheumatic mitral stenosis"),
               pr=surg, org=cts)
    sr = c.sr(c.local("theatre", "CTS-MVR", "Mitral valve replacement (mechanical), cardiopulmonary bypass", "Mitral valve replacement"),
              "on-hold", "plan", "2026-10-06", by=surg, cat=sct("387713003", "Surgical procedure"), prio="urgent",
              reason_ref=[ms], performer=[surg], enc=e2, occ_period={"start": "2027-01-11", "end": "2027-03-31"},
              note="Accepted for MVR. On waiting list; awaiting theatre date and post-op ICU bed. Dental clearance done 12/10/26.")
    c.note("2026-10-06", "consult", "CTS outreach clinic letter", """
CTS outreach 06/10/26 (Inkosi unit).
27F severe calcific rheumatic MS + mod MR, AF, NYHA III, PASP 62. Not for PTMC (Wilkins 11).
Recommend mechanical MVR +/- LA appendage ligation. Risks discussed (incl. lifelong warfarin, pregnancy counselling) - pt consents in principle.
Placed on CTS waiting list - target Jan-Mar 2027, dependent on ICU bed. Pre-op bloods, CXR, dental clearance.
Mr T. Nkosi, Cardiothoracic surgeon""", surg, enc=e2, custodian=cts)
    r = c.labs("2026-10-20", hb=12.8, wcc=6.1, plt=233, na=138, k=4.2)
    r.append(c.creat("2026-10-20", 62))
    r.append(c.lab("inr", "2026-10-20", 2.6, interp="N"))
    c.report(txt("Pre-operative bloods (NHLS)"), "2026-10-20", r)
    c.appointment("2026-12-14", 30, "CTS pre-admission clinic (pre-operative assessment for MVR)", pr=surg, created="2026-10-20", t="09:00")


# --------------------------------------------------------------------------- A5
@case("ZA-UP-1", "za", "UP", "positive", ["UP"],
      "Stage IVB cervical cancer in a woman with ECOG 3 and obstructive renal failure: the oncology MDT recorded that no curative or palliative oncological treatment is appropriate and referred her to hospice; no second opinion is on record.",
      "HIV-positive woman with stage IVB cervical cancer; MDT 'no treatment options', hospice referral")
def za_up_1(c):
    clin = za_setup(c, "Nomvula", "Jaxa", "female", "1977-11-02", "NQ-0288760", "+27 72 555 0168")
    mo = c.prac("Busisiwe", "Ndlovu", reg="MP0722409", qual="Medical officer, gynaecology")
    onc = c.prac("Rashid", "Patel", reg="MP0476630", qual="Radiation oncologist")
    nurse = c.prac("Unathi", "Mafu", prefix="Sr", qual="Palliative care nurse")
    hospice = c.organization("Ikhwezi Hospice (community hospice)", city="Mthatha")
    hiv = hiv_programme(c, "2012-03-15", ["2025-09-10"], cd4=("2026-09-22", 286), by=mo)
    e1 = c.enc("AMB", "2026-09-08", type_=txt("Gynae outpatients"), reason=txt("Post-coital and intermenstrual bleeding, offensive discharge"), pr=mo)
    biopsy = c.proc(c.local("proc", "GYN-CXBX", "Punch biopsy of cervix"), "completed", "2026-09-08", by=mo, enc=e1)
    histo = c.obs(c.local("lab", "HISTO", "Histology"), "2026-09-08", "Cervix biopsy: invasive squamous cell carcinoma, moderately differentiated.", enc=e1)
    ca = c.cond(c.dx("C53.9", "Malignant neoplasm: Cervix uteri, unspecified", "Squamous cell carcinoma of cervix, FIGO IVB"), "2026-09-08",
                by=mo, evidence=[{"detail": [{"reference": histo}]}],
                stage={"summary": txt("FIGO 2018 stage IVB (lung metastases, bilateral hydronephrosis)")})
    hn = c.cond(c.dx("N13.3", "Other and unspecified hydronephrosis", "Bilateral hydronephrosis due to tumour"), "2026-09-29", by=mo)
    ct = c.obs(c.local("rad", "CT-CAP", "CT chest, abdomen and pelvis"), "2026-09-29",
               "Bulky cervical mass 7 cm extending to pelvic side walls, bilateral hydronephrosis, multiple bilateral lung nodules up to 2.4 cm, para-aortic nodes.",
               cat="imaging", issued=False)
    c.report(c.local("rad", "CT-CAP", "CT chest, abdomen and pelvis"), "2026-09-29", [ct], cat=("RAD", "Radiology"),
             conclusion="Locally advanced cervical carcinoma with pulmonary metastases and bilateral hydronephrosis.")
    r = c.labs("2026-09-29", hb=8.1, wcc=9.4, plt=388, k=5.4)
    r.append(c.creat("2026-09-29", 298))
    r.append(c.lab("egfr", "2026-09-29", 16))
    c.report(txt("FBC and U&E (NHLS)"), "2026-09-29", r)
    e2 = c.enc("AMB", "2026-10-14", type_=txt("Oncology MDT (gynae-oncology, outreach)"), reason=txt("Cervical carcinoma"), pr=onc)
    c.score(loinc("89247-1", "ECOG Performance Status score"), "2026-10-14", 3, cat="exam", enc=e2, perf=onc)
    c.note("2026-10-14", "consult", "Oncology MDT outcome", """
Gynae-onc MDT 14/10/26.
49F, SCC cervix FIGO IVB (lung mets), bilat hydronephrosis, creat 298, ECOG 3, Hb 8.1, HIV VL 1200 (adherence issues).
Not a candidate for chemoradiation or systemic chemotherapy (renal failure, performance status). Nephrostomy not recommended after discussion with pt and family.
No further oncological treatment options. Palliative RT for bleeding not required at present - bleeding controlled with tranexamic acid.
Outcome: best supportive care, refer to hospice / palliative care team.
Dr R. Patel, Radiation oncology""", onc, enc=e2)
    c.sr(sct("306237005", "Referral to palliative care service", "Referral to hospice / palliative care"), "active", "order", "2026-10-14",
         by=onc, cat=sct("3457005", "Patient referral"), reason_ref=[ca], performer=[hospice], enc=e2)
    c.careplan("Palliative care plan", "active", "plan", "2026-10-21", txt("Palliative care"), addresses=[ca],
               desc="Comfort care at home with hospice support; no further oncological treatment.", by=nurse,
               activities=[{"desc": "Home visits by hospice nurse weekly", "status": "in-progress"},
                           {"desc": "Pain control: oral morphine, titrate", "status": "in-progress"},
                           {"desc": "Continue ART as tolerated; adherence support", "status": "in-progress"}])
    c.medreq(txt("Morphine oral solution 5 mg/5 mL"), "2026-10-21", "5-10 mg orally 4 hourly when required for pain", reason_ref=[ca], by=mo)
    c.medreq(txt("Tranexamic acid 500 mg tablet"), "2026-10-14", "1 g orally 8 hourly", reason_ref=[ca], by=onc, freq=3)
    c.lab("vl", "2026-09-22", 1200, note="Detectable: adherence counselling")
    c.note("2026-11-18", "nurse", "Hospice home visit", """
Home visit 18/11/26. Pt in bed most of day, pain 3/10 on morphine 5mg 4hrly. Minimal PV bleeding.
Daughter caring. Understands no further treatment for the cancer. Wishes to remain at home.
Sr U. Mafu""", nurse)


# --------------------------------------------------------------------------- A6
@case("ZA-UP-2", "za", "UP", "near-miss", [],
      "A palliative-care referral was made when he was comatose with TB meningitis, but it was withdrawn two weeks later when he recovered on treatment; he is now ambulant on TB and HIV treatment with no current no-treatment signal.",
      "TB meningitis with an early palliative referral that was revoked after recovery on treatment")
def za_up_2(c):
    clin = za_setup(c, "Lwazi", "Mkhize", "male", "1995-02-17", "NQ-0611420", "+27 61 555 0133", lang=("zu", "isiZulu"))
    mo = c.prac("Siyabonga", "Cele", reg="MP0760018", qual="Medical officer, internal medicine")
    phys = c.prac("Grace", "Adeyemi", reg="MP0530947", qual="Specialist physician")
    nurse = c.prac("Nobom", "Sidzumo", prefix="Sr", qual="TB programme nurse")
    e1 = c.enc("IMP", "2026-05-28", "2026-07-02", type_=txt("Emergency admission, medical ward"), reason=txt("Confusion, headache, neck stiffness"),
               pr=phys, prio=("EM", "emergency"), admit=("emd", "From accident/emergency department"), dispo=("home", "Home"))
    c.score(loinc("9269-2", "Glasgow coma score total"), "2026-05-28", 8, cat="exam", enc=e1, perf=mo, t="14:00")
    csf = c.obs(c.local("lab", "CSF", "CSF analysis"), "2026-05-28",
                "CSF: protein 2.8 g/L, glucose 1.1 mmol/L (serum 6.0), 180 cells (85% lymphocytes). CrAg negative. Xpert Ultra MTB detected, rifampicin resistance not detected.",
                enc=e1, interp="A")
    tbm = c.cond(c.dx("A17.0", "Tuberculous meningitis"), "2026-05-28", enc=e1, by=phys,
                 evidence=[{"detail": [{"reference": csf}]}], stage={"summary": txt("MRC grade III at presentation")})
    hiv = c.cond(c.dx("B20.0", "HIV disease resulting in mycobacterial infection"), "2026-05-28", enc=e1, by=phys)
    c.lab("cd4", "2026-05-29", 96, enc=e1)
    c.lab("vl", "2026-05-29", 184000, enc=e1)
    c.medreq(txt("Rifampicin/isoniazid/pyrazinamide/ethambutol (RHZE) FDC tablet"), "2026-05-28", "4 tablets orally daily (intensive phase, 2 months)",
             status="completed", reason_ref=[tbm], by=phys, freq=1, enc=e1)
    c.medreq(txt("Dexamethasone 4 mg/mL injection"), "2026-05-28", "0.4 mg/kg/day IV, tapering over 8 weeks", status="completed", reason_ref=[tbm], by=phys, enc=e1)
    pall = c.sr(sct("306237005", "Referral to palliative care service"), "revoked", "order", "2026-06-04", by=phys,
                cat=sct("3457005", "Patient referral"), reason_ref=[tbm], enc=e1,
                note="Referral withdrawn 18/06/26: GCS 15, eating, mobilising with assistance. Not for palliative care.")
    c.note("2026-06-04", "progress", "Family meeting note", """
04/06/26 Family meeting (mother, uncle). Day 7 TBM, HIV. GCS 8-9, not improving.
Explained poor prognosis. Continue full TB Rx + steroids. Ref palliative care team for support.
Dr G. Adeyemi""", phys, enc=e1)
    c.note("2026-06-18", "progress", "Ward round", """
18/06/26. Marked improvement: GCS 15, oriented, eating. Mild R leg weakness 4/5.
Palliative referral cancelled - not appropriate now. Plan ART start at wk 4-6 of TB Rx (TBM).
Dr G. Adeyemi""", phys, enc=e1)
    c.medreq(TLD, "2026-07-09", "1 tablet orally once daily (plus extra dolutegravir 50 mg 12 hours later while on rifampicin)",
             reason_ref=[hiv], by=mo, freq=1)
    c.episode(txt("HIV care and treatment programme (ART clinic)"), "2026-07-09", diags=[hiv])
    c.episode(txt("TB programme: drug-susceptible TB meningitis, 12-month regimen"), "2026-05-28", diags=[tbm], care_manager=nurse)
    c.medreq(txt("Rifampicin/isoniazid (RH) FDC tablet"), "2026-07-28", "4 tablets orally daily (continuation phase to 12 months total)",
             reason_ref=[tbm], by=mo, freq=1)
    c.cond(c.dx("G83.1", "Monoplegia of lower limb", "Residual right leg weakness after TB meningitis"), "2026-06-18", by=mo)
    e2 = c.enc("AMB", "2026-08-19", type_=txt("MOPD / TB clinic follow-up"), reason=txt("TB meningitis follow-up"), pr=mo)
    c.vitals("2026-08-19", 118, 76, 78, wt=61, enc=e2)
    e3 = c.enc("AMB", "2026-10-21", type_=txt("MOPD / TB clinic follow-up"), reason=txt("TB meningitis follow-up"), pr=mo)
    c.vitals("2026-10-21", 120, 74, 72, wt=64, enc=e3)
    c.lab("vl", "2026-10-21", 50, comparator="<", interp="N", note="LDL")
    r = c.labs("2026-10-21", enc=e3, alt=28, hb=13.1)
    c.report(txt("LFT, FBC, viral load (NHLS)"), "2026-10-21", r, enc=e3)
    c.note("2026-10-21", "progress", "TB clinic note", """
21/10/26. Month 5 of TBM Rx. Walking unaided, slight limp. No headache. Back at home, helping at family spaza.
VL LDL on TLD. ALT normal. Continue RH to complete 12 months (May 2027). Physio ongoing.
Dr S. Cele""", mo, enc=e3)


# --------------------------------------------------------------------------- A7
@case("ZA-HIT-1", "za", "HIT", "positive", ["HIT"],
      "He has been accepted onto the chronic haemodialysis programme and a first dialysis session is ordered for 7 December 2026 (fistula already created): dialysis is a planned treatment that severely affects quality of life.",
      "hypertensive end-stage kidney disease, accepted for chronic haemodialysis starting December")
def za_hit_1(c):
    clin = za_setup(c, "Bongani", "Ntlabathi", "male", "1980-08-12", "NQ-0196344", "+27 76 555 0158")
    mo = c.prac("Yolanda", "Mgudlwa", reg="MP0770315", qual="Medical officer, renal unit")
    neph = c.prac("Johan", "Botha", reg="MP0427716", qual="Nephrologist")
    surg = c.prac("Ahmed", "Kajee", reg="MP0583391", qual="Vascular surgeon")
    ckd = c.cond(c.dx("I12.0", "Hypertensive renal disease with renal failure", "CKD stage 5 due to hypertensive nephrosclerosis"), "2023-04-18", by=neph)
    ren = c.cond(c.dx("N18.5", "Chronic kidney disease, stage 5"), "2025-11-04", by=neph)
    anae = c.cond(c.dx("D63.8", "Anaemia in other chronic diseases classified elsewhere", "Anaemia of CKD"), "2025-11-04", by=neph)
    c.medreq(txt("Amlodipine 10 mg tablet"), "2023-04-18", "10 mg orally daily", reason_ref=[ckd], freq=1, by=neph)
    c.medreq(txt("Carvedilol 12.5 mg tablet"), "2024-02-01", "12.5 mg orally twice daily", reason_ref=[ckd], freq=2, by=neph)
    c.medreq(txt("Calcium carbonate 500 mg tablet"), "2025-11-04", "1 tablet with meals three times daily", reason_ref=[ren], freq=3, by=neph)
    c.medreq(txt("Erythropoietin (epoetin alfa) 4000 IU injection"), "2025-11-04", "4000 IU subcutaneously weekly", reason_ref=[anae], freq=1, period=1, period_unit="wk", by=neph)
    for d, cr, eg, k in [("2026-04-14", 712, 8, 5.3), ("2026-08-11", 744, 8, 5.5), ("2026-11-10", 801, 7, 5.8)]:
        rr = [c.creat(d, cr), c.lab("egfr", d, eg), c.lab("k", d, k), c.lab("hb", d, 9.1 if d > "2026-08" else 9.6)]
        c.report(txt("U&E and FBC (NHLS)"), d, rr)
    c.lab("ferritin", "2026-11-10", 310)
    c.obs(c.local("lab", "HBSAG", "Hepatitis B surface antigen"), "2026-08-11", cc("sct", *SNOMED_NEG), interp="NEG")
    c.obs(c.local("lab", "HIV-RAPID", "HIV rapid antibody screen"), "2026-08-11", cc("sct", *SNOMED_NEG), interp="NEG")
    e1 = c.enc("AMB", "2026-08-11", type_=txt("Renal clinic"), reason=txt("CKD 5, dialysis planning"), pr=neph)
    c.vitals("2026-08-11", 148, 92, 80, wt=79, enc=e1)
    e2 = c.enc("SS", "2026-09-08", type_=txt("Vascular surgery day case"), reason=txt("Vascular access for haemodialysis"), pr=surg, t0="07:30", t1="15:00")
    c.proc(c.local("theatre", "VASC-AVF", "Creation of radiocephalic arteriovenous fistula", "Left radiocephalic AV fistula"), "completed", "2026-09-08",
           by=surg, reason_ref=[ren], enc=e2, note="Good thrill at end of procedure.")
    c.note("2026-10-20", "consult", "Renal committee decision", """
Renal committee 20/10/26 (chronic dialysis allocation).
46M, CKD5 hypertensive nephrosclerosis, eGFR 8, uraemic symptoms (nausea, itch, poor sleep). HIV neg, HBsAg neg, no major comorbidity, employed (taxi owner), good family support.
Decision: ACCEPTED for chronic haemodialysis programme. Start Dec 2026 via L RC-AVF (matured, flow good).
Transplant work-up to be started in 2027 once stable on dialysis.
Dr J. Botha, Nephrologist""", neph)
    dial = c.sr(c.local("renal", "HD-CHRONIC", "Chronic haemodialysis, 4 hours x3 per week", "Initiation of chronic haemodialysis"), "active", "order",
                "2026-10-20", by=neph, cat=txt("Renal replacement therapy"), reason_ref=[ren], performer=[neph],
                occ_period={"start": "2026-12-07"}, note="First session Mon 07/12/26, Nqadu dialysis unit slot 2 (Mon/Wed/Fri 11h00).")
    c.careplan("Renal replacement therapy plan", "active", "plan", "2026-10-20", txt("Renal replacement therapy"), addresses=[ren], by=neph,
               desc="Start chronic in-centre haemodialysis 3 x 4 h per week from 07/12/2026; dietitian and social work review; transplant work-up 2027.",
               activities=[{"desc": "Haemodialysis 3x/week via L RC-AVF", "status": "scheduled"},
                           {"desc": "Renal dietitian: fluid 1 L/day, low potassium", "status": "scheduled"}])
    e3 = c.enc("AMB", "2026-11-10", type_=txt("Renal clinic"), reason=txt("Pre-dialysis review"), pr=mo)
    c.vitals("2026-11-10", 152, 94, 84, wt=77, enc=e3)
    c.note("2026-11-10", "progress", "Renal clinic note", """
10/11/26. Nausea, itch worse, wt 77 (-2). K 5.8. AVF good thrill + bruit, needling ok per dialysis sister.
Counselled re: HD start 07/12 - understands 3x/wk 4h sessions, needs to arrange transport, may have to reduce work.
Dr Y. Mgudlwa""", mo, enc=e3)


# --------------------------------------------------------------------------- A8
@case("ZA-PRC-1", "za", "PRC", "near-miss", [],
      "The patient-experience questionnaire asks explicitly about a second opinion and she answered No; she reports feeling listened to, and her chronic conditions are stable.",
      "patient-experience questionnaire answered 'No' to wanting a second opinion; stable hypertension and diabetes")
def za_prc_1(c):
    clin = za_setup(c, "Zodwa", "Mlambo", "female", "1971-06-25", "NQ-0137729", "+27 84 555 0116")
    mo = c.prac("Ntombi", "Khumalo", reg="MP0711546", qual="Medical officer, MOPD")
    nurse = c.prac("Phumla", "Dyantyi", prefix="Sr", qual="Professional nurse")
    ht = c.cond(c.dx("I10", "Essential (primary) hypertension"), "2012-05-03", by=mo)
    dm = c.cond(c.dx("E11.9", "Type 2 diabetes mellitus without complications"), "2016-10-17", by=mo)
    oa = c.cond(c.dx("M17.0", "Primary gonarthrosis, bilateral", "Osteoarthritis both knees"), "2021-03-09", by=mo)
    c.medreq(txt("Enalapril 10 mg tablet"), "2023-01-10", "10 mg orally twice daily", reason_ref=[ht], freq=2, by=mo)
    c.medreq(txt("Hydrochlorothiazide 25 mg tablet"), "2023-01-10", "12.5 mg orally daily", reason_ref=[ht], freq=1, by=mo)
    c.medreq(txt("Metformin 850 mg tablet"), "2023-01-10", "850 mg orally twice daily", reason_ref=[dm], freq=2, by=mo)
    c.medreq(txt("Simvastatin 20 mg tablet"), "2023-01-10", "20 mg orally at night", reason_ref=[dm], freq=1, by=mo)
    c.medreq(txt("Paracetamol 500 mg tablet"), "2023-01-10", "1 g orally 8 hourly when required", reason_ref=[oa], by=mo)
    for d, a1, s, di in [("2026-03-16", 7.1, 132, 84), ("2026-07-13", 7.0, 128, 80), ("2026-11-09", 6.9, 130, 78)]:
        e = c.enc("AMB", d, type_=txt("MOPD chronic care visit"), reason=txt("Hypertension and diabetes review"), pr=mo)
        c.vitals(d, s, di, 74, wt=86, enc=e)
        c.hba1c(d, a1, enc=e)
    c.creat("2026-11-09", 74)
    c.lab("egfr", "2026-11-09", 81)
    qr = c.qr("https://fhir.nqadu-hospital.example.org.za/Questionnaire/patient-experience|2024", "2026-11-09", [
        ("1", "Were you treated with respect today?", "Yes"),
        ("2", "Do you feel the doctor/nurse listened to your concerns?", "Yes"),
        ("3", "Did you understand the plan for your treatment?", "Yes"),
        ("4", "Would you like a second opinion about your condition or treatment?", "No"),
        ("5", "Waiting time today", "3 hours"),
        ("6", "Any other comments", "Happy with the clinic, only the queue is long. My sugar is better now."),
    ])
    c.note("2026-11-09", "progress", "MOPD note", """
09/11/26. 55F HT, DM2, OA knees. Feels well. Knees ok with paracetamol, walking daily.
BP 130/78, HbA1c 6.9 (stable), eGFR 81. Continue. Next visit 4/12. Experience survey completed at reception.
Dr N. Khumalo""", mo)


# --------------------------------------------------------------------------- A9
@case("ZA-WDT-1", "za", "WDT", "positive", ["WDT"],
      "HbA1c rose from 8.2% to 9.1% to 10.4% over eight months (well beyond the 0.5% minimal important change) while metformin and gliclazide were prescribed and collected throughout, with good adherence documented.",
      "type 2 diabetes with HbA1c climbing over eight months despite continuous metformin and gliclazide")
def za_wdt_1(c):
    clin = za_setup(c, "Themba", "Mgwebi", "male", "1968-09-03", "NQ-0254418", "+27 71 555 0186")
    mo = c.prac("Lungile", "Mtshali", reg="MP0708823", qual="Medical officer, MOPD")
    diet = c.prac("Sarah", "Coetzee", prefix="Ms", qual="Dietitian")
    dm = c.cond(c.dx("E11.9", "Type 2 diabetes mellitus without complications"), "2018-04-11", by=mo)
    ht = c.cond(c.dx("I10", "Essential (primary) hypertension"), "2018-04-11", by=mo)
    met = c.medreq(txt("Metformin 500 mg tablet"), "2024-02-12", "1 g orally twice daily with meals", reason_ref=[dm], freq=2, by=mo)
    gli = c.medreq(txt("Gliclazide 80 mg tablet"), "2024-02-12", "80 mg orally twice daily", reason_ref=[dm], freq=2, by=mo)
    c.medreq(txt("Enalapril 10 mg tablet"), "2024-02-12", "10 mg orally twice daily", reason_ref=[ht], freq=2, by=mo)
    c.medreq(txt("Simvastatin 20 mg tablet"), "2024-02-12", "20 mg orally at night", reason_ref=[dm], freq=1, by=mo)
    c.medstmt(txt("Metformin 500 mg tablet"), "active", "2024-02-12", asserted="2026-10-13", reason_ref=[dm], dose_text="1 g twice daily",
              note="Monthly collection from CCMDD pick-up point confirmed Feb-Oct 2026; pill count 10/26 consistent with adherence.")
    c.medstmt(txt("Gliclazide 80 mg tablet"), "active", "2024-02-12", asserted="2026-10-13", reason_ref=[dm], dose_text="80 mg twice daily",
              note="Collected monthly Feb-Oct 2026.")
    vals = [("2026-02-10", 8.2, 93, 136, 84), ("2026-06-09", 9.1, 94, 138, 86), ("2026-10-13", 10.4, 92, 134, 82)]
    for d, a1, wt, s, di in vals:
        e = c.enc("AMB", d, type_=txt("MOPD chronic care visit"), reason=txt("Diabetes review"), pr=mo)
        c.vitals(d, s, di, 80, wt=wt, enc=e)
        c.hba1c(d, a1, enc=e)
        c.lab("glu_si", d, {"2026-02-10": 10.8, "2026-06-09": 12.6, "2026-10-13": 14.9}[d], enc=e, note="Random")
    c.creat("2026-10-13", 88)
    c.lab("egfr", "2026-10-13", 84)
    c.note("2026-06-09", "progress", "MOPD note", """
09/06/26. DM2 on metformin 1g bd + gliclazide 80 bd since 2024. Says taking meds daily, collects monthly.
HbA1c 9.1 (8.2 Feb). Diet counselling - ref dietitian. Continue same, recheck 4/12.
Dr L. Mtshali""", mo)
    e2 = c.enc("AMB", "2026-07-14", type_=txt("Dietetics outpatients"), reason=txt("Diabetes dietary counselling"), pr=diet)
    c.note("2026-07-14", "progress", "Dietetics note", """
14/07/26. Diet history: 3 meals, pap, limited sugar drinks since March. Portion advice given. Pt motivated.
Ms S. Coetzee, Dietitian""", diet, enc=e2)
    c.note("2026-10-13", "progress", "MOPD note", """
13/10/26. HbA1c 10.4 - worse again (8.2 -> 9.1 -> 10.4) despite adherence (pill count ok, CCMDD collections all on time) and diet changes.
Polyuria, nocturia x3. Wt stable. Insulin discussed - pt reluctant, wants to think. Continue metformin + gliclazide for now. Review 6/52.
Dr L. Mtshali""", mo)


# --------------------------------------------------------------------------- A10
@case("ZA-RARE-1", "za", "RARE", "positive", ["RARE"],
      "Complexity: six active chronic conditions (HIV, type 2 diabetes, hypertension, CKD stage 3b, epilepsy, COPD) managed across at least five specialties/clinics; all are stable, so no other criterion is met.",
      "older woman with six stable chronic conditions across infectious disease, endocrine, renal, neurology and respiratory clinics")
def za_rare_1(c):
    clin = za_setup(c, "Nobuntu", "Mqikela", "female", "1963-12-19", "NQ-0088315", "+27 83 555 0104")
    mo = c.prac("Sibusiso", "Zwane", reg="MP0699730", qual="Medical officer, MOPD")
    nurse = c.prac("Noluthando", "Bam", prefix="Sr", qual="Professional nurse (ART clinic)")
    neuro = c.prac("Marius", "Pretorius", reg="MP0466182", qual="Neurologist (outreach)")
    hiv = hiv_programme(c, "2011-07-05", ["2026-01-20", "2026-07-21"], cd4=("2026-07-21", 624), by=nurse)
    dm = c.cond(c.dx("E11.9", "Type 2 diabetes mellitus without complications"), "2015-02-24", by=mo)
    ht = c.cond(c.dx("I10", "Essential (primary) hypertension"), "2013-08-14", by=mo)
    ckd = c.cond(c.dx("N18.3", "Chronic kidney disease, stage 3"), "2022-05-30", by=mo, note="CKD 3b, diabetic/hypertensive, stable")
    epi = c.cond(c.dx("G40.3", "Generalized idiopathic epilepsy and epileptic syndromes", "Epilepsy (generalised tonic-clonic seizures since childhood)"), "1980-01-01", by=neuro,
                 note="Last seizure 2023.")
    copd = c.cond(c.dx("J44.9", "Chronic obstructive pulmonary disease, unspecified", "COPD (biomass smoke exposure, ex-smoker)"), "2019-11-12", by=mo)
    c.cond(c.dx("B90.9", "Sequelae of respiratory and unspecified tuberculosis", "Pulmonary TB 2019, completed treatment, cured"), "2019-03-01",
           clin="resolved", abate="2019-09-30", by=mo)
    c.medreq(txt("Metformin 500 mg tablet"), "2022-06-01", "500 mg orally twice daily (reduced for eGFR)", reason_ref=[dm], freq=2, by=mo)
    c.medreq(txt("Enalapril 10 mg tablet"), "2022-06-01", "10 mg orally daily", reason_ref=[ht, ckd], freq=1, by=mo)
    c.medreq(txt("Amlodipine 5 mg tablet"), "2022-06-01", "5 mg orally daily", reason_ref=[ht], freq=1, by=mo)
    c.medreq(txt("Sodium valproate 500 mg tablet"), "2018-04-10", "500 mg orally twice daily", reason_ref=[epi], freq=2, by=neuro)
    c.medreq(txt("Salbutamol 100 mcg inhaler"), "2019-11-12", "2 puffs when required", reason_ref=[copd], by=mo)
    c.medreq(txt("Budesonide/formoterol 160/4.5 mcg inhaler"), "2024-05-06", "2 puffs twice daily", reason_ref=[copd], freq=2, by=mo)
    for d, a1, cr, eg in [("2026-01-20", 7.3, 128, 39), ("2026-05-19", 7.2, 131, 37), ("2026-09-15", 7.4, 126, 40)]:
        e = c.enc("AMB", d, type_=txt("MOPD chronic care visit"), reason=txt("Multimorbidity review"), pr=mo)
        c.vitals(d, 132, 78, 76, wt=71, spo2=95, enc=e)
        c.hba1c(d, a1, enc=e)
        c.creat(d, cr, enc=e)
        c.lab("egfr", d, eg, enc=e)
    e2 = c.enc("AMB", "2026-08-04", type_=txt("Neurology outreach clinic"), reason=txt("Epilepsy review"), pr=neuro)
    c.note("2026-08-04", "consult", "Neurology outreach note", """
Neuro outreach 04/08/26. Epilepsy since childhood, seizure-free since 2023 on valproate 500 bd. No DDI with TLD.
Continue, review 12/12.
Dr M. Pretorius""", neuro, enc=e2)
    c.note("2026-09-15", "progress", "MOPD note", """
15/09/26. 62F. Problem list: HIV (VL LDL), DM2, HT, CKD 3b, epilepsy, COPD; previous PTB cured 2019.
Attends ART clinic, MOPD, neuro outreach, renal clinic yearly. All stable: HbA1c 7.4, eGFR 40, BP 132/78, sats 95%, no exacerbations this year.
Polypharmacy review done - no changes. Consider single-clinic integrated chronic care (ICDM) appointment to reduce visits.
Dr S. Zwane""", mo)
