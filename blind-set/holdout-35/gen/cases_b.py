"""Cases for HIGH_IMPACT_TREATMENT, PATIENT_REPORTED_CONCERN, WORSENING_DESPITE_TREATMENT, RARE_OR_COMPLEX_CONDITION."""
from lib import (CC, CM, CPT, LOINC, OPS, ORPHA, Q, RXN, SCT, T, case, cod, gm)
from cases_a import BIKTARVY, atc, cm, loc

HI, PR, WO, RC = ("HIGH_IMPACT_TREATMENT", "PATIENT_REPORTED_CONCERN", "WORSENING_DESPITE_TREATMENT",
                  "RARE_OR_COMPLEX_CONDITION")
NRS = CC((LOINC, "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"))
PHQ9 = CC((LOINC, "44261-6", "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]"))


def eq5d(b):
    return CC(cod(f"{b.o['base']}/CodeSystem/pro-measures", "EQ5D-VAS", "EQ-5D-5L visual analogue scale (0-100)"),
              text="EQ-5D VAS")


# ============================================================ HIGH-IMPACT TREATMENT
@case(HI, "positive", "de", "Dose-dense neoadjuvant EC chemotherapy for triple-negative breast cancer started October 2026 (three administrations on record) and the EORTC QLQ-C30 global health score fell from 75 to 50 (MID 10).",
      "Neoadjuvant chemotherapy running, QLQ-C30 global health 75 -> 50")
def hi_p1(b):
    b.setup("Lorenz", "Stefanie", "female", "1980-08-25", pracs=(3, 0))
    bc = b.dxgm("C50.4", "Bösartige Neubildung: Oberer äußerer Quadrant der Brustdrüse", "2026-09-15",
                text="Mammakarzinom links, cT2 cN1 M0, triple-negativ")
    b.dr(CC(cod(f"{b.o['base']}/CodeSystem/patho-lokal", "STANZE", "Histologie Stanzbiopsie Mamma")), "2026-09-15",
         "Invasives Karzinom NST, G3, ER 0 %, PR 0 %, HER2 score 1+ (negativ), Ki-67 70 %.", cat="Pathologie")
    b.proc(CC((OPS, "5-399.5", "Implantation oder Wechsel von venösen Katheterverweilsystemen (z.B. zur Chemotherapie)"),
              text="Portimplantation"), "completed", "2026-09-30", reason=bc)
    b.ci("2026-09-24", "Interdisziplinäre Tumorkonferenz Brustzentrum", "TNBC cT2 cN1 M0: Empfehlung neoadjuvante "
         "Chemotherapie 4x EC dosisdicht, gefolgt von Paclitaxel/Carboplatin, Restaging nach EC.", problems=[bc])
    qlq = CC(cod(f"{b.o['base']}/CodeSystem/pro-lokal", "QLQC30-GHS", "EORTC QLQ-C30 Globaler Gesundheitsstatus (0-100)"))
    b.score(qlq, "2026-09-29", 75)
    for d in ("2026-10-06", "2026-10-20", "2026-11-03"):
        e = b.enc(d, cls="AMB", typ="Onkologische Tagesklinik", reason="Chemotherapie EC", pr=1)
        b.medadmin(atc("L01DB03", "Epirubicin", "Epirubicin 90 mg/m² i.v."), d, reason=bc,
                   dose=("90 mg/m² KOF (162 mg) i.v. über 15 min", "intravenös", Q(162, "mg")))
        if d != "2026-11-03":
            b.medadmin(atc("L01AA01", "Cyclophosphamid", "Cyclophosphamid 600 mg/m² i.v."), d, reason=bc,
                       dose=("600 mg/m² KOF (1080 mg) i.v.", "intravenös", Q(1080, "mg")))
    b.medadmin(atc("L01AA01", "Cyclophosphamid", "Cyclophosphamid 600 mg/m² i.v."), "2026-11-03", reason=bc,
               dose=("600 mg/m² KOF (1080 mg) i.v.", "intravenös", Q(1080, "mg")))
    b.medreq(atc("L03AA13", "Pegfilgrastim", "Pegfilgrastim 6 mg s.c."), "2026-10-06", "Tag 2 jedes Zyklus")
    b.score(qlq, "2026-11-17", 50)
    b.labs("2026-11-17", hb=10.8, wbc=4.4, plt=188, alt=33)
    b.note("2026-11-17", "Verlaufsbrief Tagesklinik", "Zyklus 3 EC gut durchgeführt. Ausgeprägte Fatigue, Übelkeit Grad 2, "
           "Alopezie. Patientin ist nicht arbeitsfähig. QLQ-C30 globaler Gesundheitsstatus 50 (Baseline 75). "
           "Zyklus 4 am 01.12.2026 geplant, danach Paclitaxel/Carboplatin.", author=b.pr[1], desc="Verlaufsbrief Onkologie")


@case(HI, "positive", "th", "Prostate cancer (Gleason 4+3) with external-beam radiotherapy ordered for January 2027 and androgen-deprivation therapy started - both high-impact treatments.",
      "Prostate cancer: leuprolide started, IMRT planned")
def hi_p2(b):
    b.setup("Brooks", "Dennis", "male", "1959-11-14", pracs=(2, 0), extra_org="Sierra Cancer Center - Radiation Oncology")
    b.cond(cm("I10", "Essential (primary) hypertension"), "2012-01-01")
    b.medstmt(CC((RXN, "29046", "lisinopril")), "2012-01-01", dose="10 mg daily")
    b.lab("psa", "2026-06-09", 9.8)
    b.sr(T("E-consult urology: elevated PSA"), "2026-06-10", status="completed", reason="elevated PSA 9.8 ng/mL",
         performer=b.ext)
    b.dr(CC((CPT, "72197", "Magnetic resonance (eg, proton) imaging, pelvis; without contrast material(s), followed by contrast material(s) and further sequences"),
            text="Multiparametric MRI prostate"), "2026-07-14", "PI-RADS 5 lesion left peripheral zone, 16 mm, no extraprostatic extension.",
         cat="Radiology")
    b.proc(CC((CPT, "55700", "Biopsy, prostate; needle or punch, single or multiple, any approach")), "completed", "2026-08-04",
           outcome="12 cores + 3 targeted")
    pc = b.cond(cm("C61", "Malignant neoplasm of prostate", ("399068003", "Malignant tumor of prostate (disorder)")),
                "2026-08-11", note="Gleason 4+3=7 (Grade Group 3), 6/15 cores; unfavorable intermediate risk; PSMA PET negative for metastases")
    c = b.comm("2026-09-01", "E-consult radiation oncology: 66M, GG3 prostate cancer, PSA 9.8, localized. Recommendation?",
               b.pr[0], b.ext, cat="e-consult")
    b.comm("2026-09-12", "Recommend definitive IMRT 70 Gy in 28 fractions with 6 months ADT starting 2-3 months before RT. "
           "Will see him for simulation in December.", b.ext, b.pr[0], cat="e-consult", reply_to=c)
    b.medreq(CC((RXN, "42375", "leuprolide")), "2026-10-01", "22.5 mg IM every 3 months x2 doses", reason=pc)
    b.medadmin(CC((RXN, "42375", "leuprolide")), "2026-10-08", reason=pc, dose=("22.5 mg IM", "intramuscular", Q(22.5, "mg")))
    b.sr(CC((CPT, "77385", "Intensity modulated radiation treatment delivery (IMRT), includes guidance and tracking, when performed; simple"),
            text="Definitive IMRT prostate 70 Gy / 28 fractions"), "2026-10-20", status="active", intent="order",
         occ="2027-01-11", reason=pc, performer=b.ext, cat=CC((SCT, "108290001", "Radiation oncology AND/OR radiotherapy (procedure)")))
    e = b.enc("2026-11-10", cls="VR", typ="Video visit", reason="ADT side effects, BP")
    b.bp("2026-11-10", 134, 82, device=True)
    b.note("2026-11-10", CC((LOINC, "11506-3", "Progress note")), "Hot flashes since leuprolide, low energy. Radiation to start "
           "Jan 11 for ~6 weeks daily. Discussed fatigue, urinary and bowel effects, erectile dysfunction. Bone density ordered.", enc=e)
    b.lab("psa", "2026-11-09", 1.1)


@case(HI, "positive", "id", "In-centre haemodialysis started October 2026 (three sessions a week) and the patient's EQ-5D VAS fell from 75 to 50 since starting.",
      "HIV patient started on haemodialysis, EQ-5D VAS 75 -> 50")
def hi_p3(b):
    b.setup("Jackson", "Darnell", "male", "1967-12-01", pracs=(0, 3), extra_org="Harbor Point Dialysis Unit")
    hiv = b.cond(cm("B20", "Human immunodeficiency virus [HIV] disease"), "2001-01-01")
    ck = b.cond(cm("N18.6", "End stage renal disease", ("433146000", "Chronic kidney disease stage 5 (disorder)")), "2025-11-01")
    b.cond(cm("E11.22", "Type 2 diabetes mellitus with diabetic chronic kidney disease"), "2010-01-01")
    b.cond(cm("I12.0", "Hypertensive chronic kidney disease with stage 5 chronic kidney disease or end stage renal disease"), "2015-01-01")
    b.medstmt(loc(b, "FRM-4120", "dolutegravir 50 mg oral tablet (Tivicay)"), "2025-11-15", reason=hiv, dose="50 mg daily")
    b.medstmt(loc(b, "FRM-4121", "darunavir 800 mg / cobicistat 150 mg oral tablet (Prezcobix)"), "2025-11-15", reason=hiv,
              dose="1 tablet daily with food")
    b.medstmt(CC((RXN, "274783", "insulin glargine")), "2018-01-01", dose="18 units nightly")
    b.proc(CC((CPT, "36821", "Arteriovenous anastomosis, open; direct, any site (eg, Cimino type) (separate procedure)")),
           "completed", "2026-07-09", reason=ck, outcome="left radiocephalic fistula, matured by September")
    b.careplan("In-center hemodialysis", "active", "2026-10-05", T("Nephrology"),
               [(CC((SCT, "302497006", "Hemodialysis (procedure)")), "in-progress", "3x weekly (Mon/Wed/Fri), 4 h, via L AVF")],
               addresses=[ck])
    b.proc(CC((CPT, "90935", "Hemodialysis procedure with single evaluation by a physician or other qualified health care professional")),
           "completed", "2026-10-05", reason=ck, outcome="first dialysis session")
    q = eq5d(b)
    b.score(q, "2026-09-14", 75)
    b.score(q, "2026-10-26", 60)
    b.score(q, "2026-11-23", 50)
    e = b.enc("2026-11-23", typ="HIV clinic visit", reason="HIV care; adjusting to dialysis")
    b.labs("2026-11-23", enc=e, hbm=10.9, k=5.0, alb=3.6)
    b.lab("vl", "2026-11-23", None, enc=e, below=20)
    b.lab("cd4", "2026-11-23", 522, enc=e)
    b.note("2026-11-23", CC((LOINC, "11506-3", "Progress note")), "Started HD 10/5. Exhausted after sessions, had to stop working, "
           "sleeping poorly, feels 'life revolves around dialysis'. EQ-5D VAS 50 (75 before HD). VL suppressed on DTG + DRV/c. "
           "Social work referral.", enc=e)


@case(HI, "near-miss", "id", "Only preventive, low-burden medicines: HIV PrEP, 3HP latent-TB preventive therapy and malaria chemoprophylaxis; EQ-5D VAS change 90 -> 86 is below its MID.",
      "PrEP + latent TB preventive therapy + malaria chemoprophylaxis")
def hi_n1(b):
    b.setup("Mensah", "Kofi", "male", "1995-03-03", pracs=(2, 1))
    b.cond(cm("Z22.7", "Latent tuberculosis"), "2026-09-10")
    b.obs(T("Interferon-gamma release assay (QuantiFERON-TB Gold Plus)"), "2026-09-08", T("Positive"), interp="POS")
    b.dr(CC((CPT, "71046", "Radiologic examination, chest; 2 views")), "2026-09-12", "Clear lungs, no active tuberculosis.",
         cat="Radiology")
    b.obs(CC((LOINC, "56888-1", "HIV 1+2 Ab+HIV1 p24 Ag [Presence] in Serum or Plasma by Immunoassay")), "2026-09-08",
          T("Nonreactive"), interp="NEG")
    b.medstmt(T("emtricitabine 200 mg / tenofovir disoproxil fumarate 300 mg oral tablet (PrEP)"), "2025-02-01",
              dose="1 tablet daily")
    b.medreq(CC((RXN, "6038", "isoniazid")), "2026-10-01", "900 mg once weekly x12 weeks (3HP, with rifapentine)",
             reason="latent TB infection")
    b.medreq(T("rifapentine 150 mg tablet"), "2026-10-01", "900 mg once weekly x12 weeks (3HP)", reason="latent TB infection")
    e = b.enc("2026-11-18", typ="Travel medicine visit", reason="pre-travel Ghana, Dec 15 - Jan 10")
    b.medreq(T("atovaquone 250 mg / proguanil 100 mg oral tablet"), "2026-11-18",
             "1 tablet daily starting 1-2 days before travel, during stay and 7 days after return", reason="malaria chemoprophylaxis", enc=e)
    b.imm("37", "yellow fever vaccine", "2026-11-18")
    b.imm("101", "typhoid Vi capsular polysaccharide vaccine", "2026-11-18")
    q = eq5d(b)
    b.score(q, "2026-09-08", 90)
    b.score(q, "2026-11-18", 86, enc=e)
    b.labs("2026-11-18", alt=29, crea=1.0, wbc=5.8)
    b.note("2026-11-18", CC((LOINC, "11506-3", "Progress note")), "Week 7 of 3HP, tolerating well, no hepatotoxicity. Continues PrEP "
           "with good adherence. Pre-travel counseling: malaria chemoprophylaxis, food/water precautions, yellow fever and "
           "typhoid vaccines given today.", enc=e)


@case(HI, "near-miss", "ns", "Stereotactic radiosurgery for a small meningioma was proposed but the order was revoked when the patient chose surveillance; no high-impact treatment is planned or running.",
      "Meningioma: radiosurgery order revoked, MRI surveillance")
def hi_n2(b):
    b.setup("Petrov", "Irina", "female", "1964-10-02", pracs=(0, 4))
    mg = b.cond(cm("D32.0", "Benign neoplasm of cerebral meninges"), "2025-10-20")
    b.dr(CC((CPT, "70553", "Magnetic resonance (eg, proton) imaging, brain (including brain stem); without contrast material, followed by contrast material(s) and further sequences")),
         "2025-10-20", "2.0 cm extra-axial dural-based enhancing mass, left convexity, no edema - meningioma.", cat="Radiology")
    e1 = b.enc("2026-01-14", typ="Neuro-oncology consultation", reason="incidental meningioma")
    b.sr(CC((CPT, "77371", "Radiation treatment delivery, stereotactic radiosurgery (SRS), complete course of treatment of cranial lesion(s) consisting of 1 session; multi-source Cobalt 60 based")),
         "2026-01-14", status="revoked", intent="proposal", reason=mg, enc=e1,
         note="Cancelled 2026-02-03: after tumor board discussion patient elected active surveillance")
    b.note("2026-02-03", CC((LOINC, "11488-4", "Consult note")), "Skull base / neuro-oncology board: asymptomatic 2.0 cm convexity "
           "meningioma. Options SRS vs observation discussed; both reasonable. Patient prefers observation. SRS order cancelled. "
           "MRI in 6 and 12 months.")
    b.careplan("Meningioma surveillance", "active", "2026-02-03", T("Neuro-oncology"),
               [(CC((CPT, "70553", "MRI brain without and with contrast")), "in-progress", "MRI every 6-12 months")], addresses=[mg])
    b.dr(CC((CPT, "70553", "Magnetic resonance (eg, proton) imaging, brain (including brain stem); without contrast material, followed by contrast material(s) and further sequences")),
         "2026-10-28", "Stable 2.0 cm left convexity meningioma, no growth, no edema.", cat="Radiology")
    e2 = b.enc("2026-11-04", typ="Neuro-oncology follow-up", reason="meningioma surveillance", pr=1)
    b.vitals("2026-11-04", 126, 78, 70, 66.0, enc=e2)
    b.obs(T("Neurological examination"), "2026-11-04", "Non-focal", cat="exam", interp="N", enc=e2)
    b.cond(cm("E03.9", "Hypothyroidism, unspecified"), "2011-01-01")
    b.medstmt(CC((RXN, "10582", "levothyroxine")), "2011-01-01", dose="75 mcg daily")
    b.labs("2026-10-28", tsh=2.1)
    b.note("2026-11-04", CC((LOINC, "11506-3", "Progress note")), "Asymptomatic. MRI stable at 12 months. Continue surveillance, "
           "next MRI in 12 months.", enc=e2, author=b.pr[1])


# ============================================================ PATIENT-REPORTED CONCERN
@case(PR, "positive", "th", "Patient-authored portal message explicitly asks for a second opinion from an orthopaedic specialist and says her concerns keep being brushed off.",
      "Portal message: knee pain dismissed, requests second opinion")
def pr_p1(b):
    b.setup("Whitfield", "Donna", "female", "1968-02-12", pracs=(1, 2))
    oa = b.cond(cm("M17.11", "Unilateral primary osteoarthritis, right knee", ("239873007", "Osteoarthritis of knee (disorder)")), "2025-11-01")
    b.cond(cm("E03.9", "Hypothyroidism, unspecified"), "2016-01-01")
    b.medstmt(CC((RXN, "10582", "levothyroxine")), "2016-01-01", dose="88 mcg daily")
    b.medreq(CC((RXN, "7258", "naproxen")), "2026-04-14", "500 mg twice daily with food", reason=oa)
    b.medreq(T("diclofenac sodium 1 % topical gel"), "2026-07-21", "apply 4 g to right knee four times daily", reason=oa)
    b.dr(CC((CPT, "73562", "Radiologic examination, knee; 3 views")), "2026-04-20",
         "Moderate medial compartment narrowing right knee with osteophytes; no effusion.", cat="Radiology")
    for d, p in (("2026-04-14", 6), ("2026-07-21", 6), ("2026-10-20", 7)):
        e = b.enc(d, cls="VR", typ="Video visit", reason="right knee pain")
        b.score(NRS, d, p, enc=e)
    b.sr(CC((SCT, "91251008", "Physical therapy procedure (regime/therapy)")), "2026-07-21", status="completed", reason=oa)
    b.note("2026-10-20", CC((LOINC, "11506-3", "Progress note")), "Knee pain unchanged. Encouraged weight loss, continue PT exercises, "
           "naproxen and topical diclofenac. Reassured that x-ray changes are moderate.", author=b.pr[0])
    m = b.comm("2026-11-14", "Hi, I've now had this knee pain for over a year and every visit I'm told to keep doing exercises. "
               "I honestly feel like my concerns keep getting brushed off. I would like a second opinion from an orthopedic "
               "specialist please. Can you set that up?", b.pat, b.pr[0], cat="patient portal message", topic="Second opinion request")
    b.comm("2026-11-16", "Thank you for your message, Donna. Dr. Morgan will discuss at your next video visit.", b.pr[1], b.pat,
           cat="patient portal message", reply_to=m)
    b.labs("2026-10-21", tsh=2.6, crea=0.8)


@case(PR, "positive", "de", "In the urology patient questionnaire he answered 'Ja' to wanting a second opinion on the recommended active surveillance and gave a free-text reason.",
      "Patientenfragebogen: Zweitmeinung gewünscht (Ja)")
def pr_p2(b):
    b.setup("de Vries", "Pieter", "male", "1962-04-05", pracs=(2, 1), lang=("nl", "Dutch"))
    b.lab("psa", "2026-05-12", 6.8)
    b.dr(CC(cod(f"{b.o['base']}/CodeSystem/radiologie-lokal", "MRTPROST", "Multiparametrische MRT der Prostata")),
         "2026-05-28", "PI-RADS 3 Läsion rechts peripher, 8 mm.", cat="Radiologie")
    b.proc(CC(cod(f"{b.o['base']}/CodeSystem/eingriff-lokal", "PFUSBX", "MRT/TRUS-Fusionsbiopsie der Prostata")), "completed",
           "2026-06-17", outcome="2/14 Stanzen Gleason 3+3")
    pc = b.dxgm("C61", "Bösartige Neubildung der Prostata", "2026-06-24", text="Prostatakarzinom, Gleason 3+3, low risk")
    b.careplan("Active Surveillance Prostatakarzinom", "active", "2026-07-01", T("Urologie"),
               [("PSA alle 3 Monate", "in-progress"), ("MRT Prostata nach 12 Monaten", "scheduled"),
                ("Re-Biopsie nach 12-18 Monaten", "not-started")], addresses=[pc])
    b.note("2026-07-01", "Arztbrief", "Dear colleague, Mr de Vries (Dutch national) was seen in our prostate cancer unit. "
           "Low-risk prostate cancer (Gleason 3+3, 2/14 cores, PSA 6.8). We recommend active surveillance.\n"
           "Kind regards, Urologische Universitätsklinik Rheinau", lang="en", desc="Letter to GP (EN)")
    e = b.enc("2026-11-10", typ="Hochschulambulanz Urologie", reason="Active Surveillance, PSA-Kontrolle", pr=1)
    b.lab("psa", "2026-11-10", 6.5, enc=e)
    b.qr("2026-11-10", "https://fhir.ukrheinau.de/fhir/Questionnaire/uro-patientenfragebogen|2.1", [
        ("1", "Fühlen Sie sich über Ihre Erkrankung ausreichend informiert?", cod("http://terminology.hl7.org/CodeSystem/v2-0136", "N", "No")),
        ("2", "Wünschen Sie eine ärztliche Zweitmeinung zu der Ihnen empfohlenen Behandlung?", cod("http://terminology.hl7.org/CodeSystem/v2-0136", "Y", "Yes")),
        ("3", "Anmerkungen", "Ich möchte von einem unabhängigen Urologen wissen, ob eine Operation nicht doch sicherer wäre."),
        ("4", "Beschwerden beim Wasserlassen (IPSS gesamt)", 7)])
    b.dxgm("I10.00", "Benigne essentielle Hypertonie: Ohne Angabe einer hypertensiven Krise", "2018-01-01")
    b.medstmt(atc("C08CA01", "Amlodipin", "Amlodipin 5 mg"), "2018-01-01", dose="1-0-0")
    b.bp("2026-11-10", 132, 84, enc=e)


@case(PR, "positive", "id", "A patient-authored Flag records his request for an external hepatology second opinion before starting HCV retreatment.",
      "HCV relapse; patient-entered flag requests second opinion before retreatment")
def pr_p3(b):
    b.setup("Kowalczyk", "Adam", "male", "1974-07-17", pracs=(1, 4))
    hcv = b.cond(cm("B18.2", "Chronic viral hepatitis C"), "2019-05-01")
    b.medstmt(T("sofosbuvir 400 mg / velpatasvir 100 mg oral tablet (Epclusa)"), "2025-03-03", "2025-05-26", status="completed",
              reason=hcv, dose="1 tablet daily x12 weeks")
    b.obs(T("Hepatitis C virus RNA [IU/mL] in Serum or Plasma by NAA (genotype 3a)"), "2025-09-02", Q(480000, "[IU]/mL"),
          interp="A", note="relapse 14 weeks after end of treatment")
    b.obs(T("Liver stiffness by transient elastography"), "2026-10-14", Q(9.4, "kPa"), cat="procedure", rng=(None, 7.0))
    b.labs("2026-10-14", alt=64, plt=178, alb=4.1, bili=0.8)
    e = b.enc("2026-10-28", typ="Hepatitis clinic", reason="HCV relapse - retreatment planning")
    b.medreq(T("sofosbuvir 400 mg / velpatasvir 100 mg / voxilaprevir 100 mg oral tablet (Vosevi)"), "2026-10-28",
             "1 tablet daily with food x12 weeks", status="draft", intent="proposal", reason=hcv, enc=e)
    b.note("2026-10-28", CC((LOINC, "11506-3", "Progress note")), "GT3a relapse after SOF/VEL. Discussed 12-week SOF/VEL/VOX "
           "retreatment; prior authorization started. Patient hesitant, worried it will fail again.", enc=e)
    b.flag(T("Patient requests a second opinion from an outside hepatologist before starting HCV retreatment"), "2026-11-05",
           author=b.pat, cat="Patient-entered (portal)")
    b.medstmt(T("buprenorphine 8 mg / naloxone 2 mg sublingual film"), "2020-01-01", dose="1 film daily")
    b.cond(cm("F11.20", "Opioid dependence, uncomplicated"), "2019-01-01", note="in sustained remission on buprenorphine")
    b.vitals("2026-10-28", 124, 78, 72, 80.0, enc=e)
    b.obs(CC((LOINC, "56888-1", "HIV 1+2 Ab+HIV1 p24 Ag [Presence] in Serum or Plasma by Immunoassay")), "2026-10-14",
          T("Nonreactive"), interp="NEG")


@case(PR, "near-miss", "ns", "The post-operative PROM questionnaire asked about a second opinion and he answered 'No'; he is very satisfied and improving.",
      "Post-discectomy questionnaire: no wish for second opinion")
def pr_n1(b):
    b.setup("Novak", "Tomas", "male", "1982-01-28", pracs=(4, 2))
    hn = b.cond(cm("M51.17", "Intervertebral disc disorders with radiculopathy, lumbosacral region"), "2026-04-01",
                clin="resolved", abate="2026-08-20")
    b.dr(CC((CPT, "72148", "Magnetic resonance (eg, proton) imaging, spinal canal and contents, lumbar; without contrast material")),
         "2026-06-10", "Large left L5-S1 disc extrusion compressing the left S1 root.", cat="Radiology")
    b.proc(CC((CPT, "63030", "Laminotomy (hemilaminectomy), with decompression of nerve root(s), including partial facetectomy, foraminotomy and/or excision of herniated intervertebral disc; 1 interspace, lumbar")),
           "completed", "2026-08-20", reason=hn, outcome="left L5-S1 microdiscectomy, uncomplicated")
    odi = CC(cod(f"{b.o['base']}/CodeSystem/proms", "ODI", "Oswestry Disability Index (%)"))
    b.score(odi, "2026-07-28", 48)
    b.score(NRS, "2026-07-28", 8)
    e1 = b.enc("2026-09-03", typ="Post-operative visit", reason="2 weeks post microdiscectomy", pr=1)
    b.score(NRS, "2026-09-03", 3, enc=e1)
    e2 = b.enc("2026-11-02", typ="Post-operative visit", reason="10 weeks post microdiscectomy")
    b.score(odi, "2026-11-02", 16, enc=e2)
    b.score(NRS, "2026-11-02", 1, enc=e2)
    b.qr("2026-11-02", "https://fhir.lakesidespine.com/api/FHIR/R4/Questionnaire/postop-proms|3", [
        ("sat", "How satisfied are you with the results of your surgery?", cod(f"{b.o['base']}/CodeSystem/proms-answers", "VS", "Very satisfied")),
        ("again", "Would you have the same surgery again?", cod("http://terminology.hl7.org/CodeSystem/v2-0136", "Y", "Yes")),
        ("so", "Would you like a second opinion about your diagnosis or care?", cod("http://terminology.hl7.org/CodeSystem/v2-0136", "N", "No")),
        ("comm", "Comments", "Back to work, leg pain gone.")])
    b.note("2026-11-02", CC((LOINC, "11506-3", "Progress note")), "10 weeks post L5-S1 microdiscectomy. Leg pain resolved, "
           "mild back ache. Back to desk work. Strength and sensation normal. Release to full activity.", enc=e2)
    b.medreq(CC((RXN, "161", "acetaminophen")), "2026-08-21", "1000 mg every 8 h as needed", status="completed")
    b.vitals("2026-11-02", 120, 76, 62, 84.0, enc=e2)


@case(PR, "near-miss", "th", "He asked for a second opinion, but it was obtained: an external dermatology second opinion (October 2026) is on record and he then started treatment - suppressed.",
      "Psoriasis: patient asked for a second opinion and already received it")
def pr_n2(b):
    b.setup("Castillo", "Ramon", "male", "1987-05-15", pracs=(0, 2), extra_org="Golden State Dermatology Partners")
    ps = b.cond(cm("L40.0", "Psoriasis vulgaris"), "2019-01-01")
    b.medstmt(T("clobetasol propionate 0.05 % topical ointment"), "2019-01-01", dose="twice daily to plaques")
    b.obs(CC(cod(f"{b.o['base']}/CodeSystem/derm-scores", "PASI", "Psoriasis Area and Severity Index")), "2026-08-25",
          Q(14.2, "{score}"), cat="exam")
    e1 = b.enc("2026-08-25", cls="VR", typ="Video visit", reason="psoriasis flare")
    b.note("2026-08-25", CC((LOINC, "11506-3", "Progress note")), "Extensive plaque psoriasis, BSA ~15 %, failed topicals and "
           "narrowband UVB. Dermatology e-consult recommends adalimumab. Patient unsure about injections.", enc=e1)
    m = b.comm("2026-09-14", "Before I start the injections, could I get a second opinion from another dermatologist?",
               b.pat, b.pr[0], cat="patient portal message")
    b.comm("2026-09-15", "Of course - we have sent a second-opinion request to Golden State Dermatology.", b.pr[0], b.pat,
           cat="patient portal message", reply_to=m)
    b.sr(T("Second opinion - dermatology (external)"), "2026-09-15", status="completed", reason=ps, performer=b.ext)
    b.note("2026-10-20", CC((LOINC, "11488-4", "Consult note")), "Second opinion, Golden State Dermatology Partners: moderate-to-"
           "severe plaque psoriasis, PASI 14, inadequate response to topicals and phototherapy. I agree with adalimumab; "
           "latent TB screen negative. Questions answered; patient comfortable proceeding.", author=b.ext, desc="External second opinion")
    b.obs(T("Interferon-gamma release assay (QuantiFERON-TB Gold Plus)"), "2026-10-02", T("Negative"), interp="NEG")
    b.medreq(CC((RXN, "327361", "adalimumab")), "2026-11-02", "80 mg SC once, then 40 mg every other week starting 1 week later", reason=ps)
    e2 = b.enc("2026-11-24", cls="VR", typ="Video visit", reason="psoriasis - started adalimumab", pr=1)
    b.note("2026-11-24", CC((LOINC, "11506-3", "Progress note")), "Started adalimumab 11/3, no injection issues. Happy with the "
           "second opinion and plan.", enc=e2, author=b.pr[1])
    b.labs("2026-10-02", wbc=7.2, alt=30, crea=0.9)
    b.cond(cm("E78.5", "Hyperlipidemia, unspecified"), "2022-01-01")


# ============================================================ WORSENING DESPITE TREATMENT
@case(WO, "positive", "th", "HbA1c rose 7.3 -> 8.0 -> 8.7 -> 9.4 % over 9 months (> 0.5 % MID) while metformin and empagliflozin were active throughout with documented adherence.",
      "HbA1c climbing for 9 months on metformin + empagliflozin")
def wo_p1(b):
    b.setup("Nakamura", "Kenji", "male", "1973-09-04", pracs=(0, 4))
    dm = b.cond(cm("E11.65", "Type 2 diabetes mellitus with hyperglycemia", ("44054006", "Diabetes mellitus type 2 (disorder)")), "2019-02-01")
    b.cond(cm("I10", "Essential (primary) hypertension"), "2018-01-01")
    b.cond(cm("E78.5", "Hyperlipidemia, unspecified"), "2018-01-01")
    b.medstmt(CC((RXN, "6809", "metformin")), "2019-02-01", dose="1000 mg twice daily", reason=dm)
    b.medstmt(CC((RXN, "1545653", "empagliflozin")), "2025-11-10", dose="25 mg daily", reason=dm)
    b.medstmt(CC((RXN, "29046", "lisinopril")), "2018-01-01", dose="20 mg daily")
    b.medstmt(CC((RXN, "83367", "atorvastatin")), "2018-01-01", dose="40 mg daily")
    for d, a in (("2026-02-10", 7.3), ("2026-05-12", 8.0), ("2026-08-18", 8.7), ("2026-11-17", 9.4)):
        e = b.enc(d, cls="VR", typ="Video visit - diabetes", reason="diabetes follow-up")
        b.lab("a1c", d, a, enc=e)
    for d, g in (("2026-06-01", 148), ("2026-09-01", 171), ("2026-11-20", 196)):
        b.obs(CC((LOINC, "1558-6", "Fasting glucose [Mass/volume] in Serum or Plasma")), d, Q(g, "mg/dL"), cat="vital-signs",
              performer=b.pat, method="home glucometer (patient-generated, 14-day mean)")
    b.bp("2026-11-17", 128, 80, device=True)
    b.labs("2026-11-17", crea=0.9, k=4.4)
    b.note("2026-11-17", CC((LOINC, "11506-3", "Progress note")), "A1c 9.4, up from 7.3 in February despite metformin 2 g and "
           "empagliflozin 25 mg. Pharmacy fill data and pill counts confirm adherence; diet reviewed with RD. "
           "Home fasting glucose rising. Discussed adding GLP-1 RA.", author=b.pr[0])


@case(WO, "positive", "id", "HIV viral load rose from <20 to 24,500 copies/mL and CD4 fell 610 -> 350 over 8 months on the same active ART regimen with on-time refills (virological failure); genotype shows resistance.",
      "Virological failure on bictegravir regimen despite adherence")
def wo_p2(b):
    b.setup("Moreau", "Nadine", "female", "1990-12-12", pracs=(0, 3))
    hiv = b.cond(cm("B20", "Human immunodeficiency virus [HIV] disease"), "2015-07-01")
    b.medstmt(loc(b, "FRM-2231", BIKTARVY), "2021-03-01", reason=hiv, dose="1 tablet daily")
    b.medstmt(T("ferrous sulfate 325 mg oral tablet"), "2025-01-01", dose="1 tablet every other day, taken at night",
              note="separated from ART by > 2 h")
    vals = [("2026-03-17", None, 610), ("2026-06-16", 890, 540), ("2026-09-15", 6400, 480), ("2026-11-10", 24500, 350)]
    for i, (d, v, c) in enumerate(vals):
        e = b.enc(d, typ="HIV clinic visit", reason="HIV follow-up", pr=i % 2)
        if v is None:
            b.lab("vl", d, None, enc=e, below=20)
        else:
            b.lab("vl", d, v, enc=e)
        b.lab("cd4", d, c, enc=e)
    b.dr(T("HIV-1 genotypic resistance assay (RT, PR, IN)"), "2026-11-20",
         "RT: M184V. IN: R263K. PR: none. Reduced susceptibility to bictegravir and emtricitabine.", cat="Virology")
    b.note("2026-11-10", CC((LOINC, "11506-3", "Progress note")), "VL 24,500 (rising since June) on Biktarvy since 2021. "
           "Adherence counseling x2; pharmacy refills on time, patient reports no missed doses. Genotype sent.", author=b.pr[1])
    b.labs("2026-11-10", hb=12.6, crea=0.8, alt=19)
    b.vital("wt", "2026-11-10", 63.0)


@case(WO, "positive", "ns", "MDS-UPDRS part III rose 22 -> 27 -> 33 -> 39 over 9 months (MID ~3-5 points) while bilateral STN DBS and levodopa were active throughout.",
      "Parkinson's: UPDRS-III worsening despite DBS and levodopa")
def wo_p3(b):
    b.setup("Bergstrom", "Lars", "male", "1960-06-08", pracs=(3, 1))
    pd = b.cond(cm("G20.B2", "Parkinson's disease with dyskinesia, with fluctuations", ("49049000", "Parkinson's disease (disorder)")), "2014-03-01")
    b.proc(CC((CPT, "61867", "Twist drill, burr hole, craniotomy, or craniectomy with stereotactic implantation of neurostimulator electrode array in subcortical site (eg, thalamus, globus pallidus, subthalamic nucleus, periventricular, periaqueductal gray), with use of intraoperative microelectrode recording; first array")),
           "completed", "2023-05-16", reason=pd, body="bilateral subthalamic nucleus")
    b.medstmt(T("carbidopa 25 mg / levodopa 100 mg oral tablet"), "2014-06-01", reason=pd, dose="1.5 tablets 5 times daily")
    b.medstmt(T("rasagiline 1 mg oral tablet"), "2016-01-01", reason=pd, dose="1 mg daily")
    b.careplan("DBS programming and PD management", "active", "2023-06-01", T("Functional neurosurgery"),
               [("DBS programming every 3 months", "in-progress"), ("Physical therapy - gait and balance", "in-progress")],
               addresses=[pd])
    updrs = CC(cod(f"{b.o['base']}/CodeSystem/neuro-scales", "MDSUPDRS3", "MDS-UPDRS Part III motor examination score (med ON / stim ON)"))
    for d, s in (("2026-02-10", 22), ("2026-05-12", 27), ("2026-08-11", 33), ("2026-11-10", 39)):
        e = b.enc(d, typ="DBS programming visit", reason="Parkinson disease, DBS follow-up")
        b.score(updrs, d, s, enc=e)
    b.obs(T("Falls in last 3 months (patient reported)"), "2026-11-10", 3, cat="survey")
    b.note("2026-11-10", CC((LOINC, "11506-3", "Progress note")), "Progressive gait freezing and falls. UPDRS-III 39 (22 in Feb). "
           "Amplitude increased at each visit, contacts re-mapped in August; levodopa unchanged and taken on schedule per "
           "caregiver. Impedances normal. Motor signs continue to worsen despite optimized stimulation and medication.")
    b.cond(cm("N40.0", "Benign prostatic hyperplasia without lower urinary tract symptoms"), "2019-01-01")
    b.bp("2026-11-10", 118, 70)


@case(WO, "near-miss", "de", "DAS28-CRP drifted 3.0 -> 3.2 -> 3.3 -> 3.4 over 9 months on methotrexate - a 0.4 change, below the 0.6-1.2 minimal important difference.",
      "RA on methotrexate: DAS28 drift below MID")
def wo_n1(b):
    b.setup("Fischer", "Petra", "female", "1968-03-29", pracs=(1, 2))
    ra = b.dxgm("M06.00", "Seronegative chronische Polyarthritis: Mehrere Lokalisationen", "2021-05-01")
    b.medstmt(atc("L04AX03", "Methotrexat", "Methotrexat 15 mg s.c. Fertigspritze"), "2021-06-01", dose="1x wöchentlich (Montag)", reason=ra)
    b.medstmt(atc("B03BB01", "Folsäure", "Folsäure 5 mg"), "2021-06-01", dose="Dienstag 1 Tbl.")
    das = CC(cod(f"{b.o['base']}/CodeSystem/scores", "DAS28CRP", "DAS28-CRP"))
    for d, s, c in (("2026-02-11", 3.0, 4.1), ("2026-05-13", 3.2, 5.8), ("2026-08-12", 3.3, 6.2), ("2026-11-11", 3.4, 6.0)):
        e = b.enc(d, typ="Hochschulambulanz Rheumatologie", reason="RA Verlaufskontrolle")
        sc = Q(s, "{score}")
        sc["unit"] = "Punkte"
        b.obs(das, d, sc, cat="survey", enc=e)
        b.lab("crp", d, c, enc=e)
    b.labs("2026-11-11", alt=31, crea=0.8, wbc=6.0)
    b.note("2026-11-11", "Ambulanzbrief", "Rheumatologische Hochschulambulanz.\nSeronegative RA unter MTX 15 mg s.c. "
           "DAS28-CRP 3,4 (02/2026: 3,0) - weitgehend stabile moderate Aktivität, keine klinisch relevante Änderung. "
           "Keine Erosionen im Röntgen. Procedere: MTX unverändert, Kontrolle in 3 Monaten.", author=b.pr[0])
    b.imm("33", "pneumococcal polysaccharide vaccine, 23 valent", "2025-10-01")


@case(WO, "near-miss", "th", "PHQ-9 worsened 11 -> 14 -> 19, but sertraline was stopped by the patient in June, so treatment was not active through the worsening.",
      "Depression worsening after she stopped sertraline")
def wo_n2(b):
    b.setup("Lawson", "Brianna", "female", "1999-04-21", pracs=(3, 0))
    dp = b.cond(cm("F32.1", "Major depressive disorder, single episode, moderate", ("35489007", "Depressive disorder (disorder)")), "2026-03-02")
    b.medreq(CC((RXN, "36437", "sertraline")), "2026-03-02", "50 mg daily, increase to 100 mg after 2 weeks", status="stopped", reason=dp)
    b.medstmt(CC((RXN, "36437", "sertraline")), "2026-03-02", "2026-06-20", status="stopped", reason=dp,
              note="Patient stopped on her own - nausea and emotional blunting", asserted="2026-07-27")
    for d, s in (("2026-03-02", 16), ("2026-04-13", 11), ("2026-07-27", 14), ("2026-10-19", 19)):
        e = b.enc(d, cls="VR", typ="Video visit - behavioral health", reason="depression follow-up")
        b.score(PHQ9, d, s, enc=e)
    b.score(CC((LOINC, "70274-6", "Generalized anxiety disorder 7 item (GAD-7) total score [Reported.PHQ]")), "2026-10-19", 9)
    b.note("2026-10-19", CC((LOINC, "11506-3", "Progress note")), "PHQ-9 19. Off sertraline since June (side effects), declines "
           "restarting SSRI for now. No SI. Offered bupropion or therapy referral - she will think about it. Safety plan reviewed.")
    b.sr(T("Referral to behavioral health therapy (CBT)"), "2026-10-19", status="draft", intent="proposal", reason=dp)
    b.labs("2026-03-03", tsh=1.7, hb=13.2)
    b.medstmt(T("norgestimate 0.25 mg / ethinyl estradiol 0.035 mg oral tablet"), "2022-01-01", dose="1 tablet daily")


# ============================================================ RARE OR COMPLEX
@case(RC, "positive", "de", "Active Fabry disease (ORPHA:324) on enzyme replacement therapy - a rare disease in the Orphanet sense.",
      "Morbus Fabry unter Enzymersatztherapie")
def rc_p1(b):
    b.setup("Richter", "Daniel", "male", "1989-01-17", pracs=(4, 2))
    fd = b.cond(CC(gm("E75.2", "Sonstige Sphingolipidosen", "G"), cod(ORPHA, "324", "Fabry disease"), text="Morbus Fabry (klassischer Phänotyp)"),
                "2019-08-01", note="GLA c.644A>G (p.Asn215Ser), hemizygot")
    b.dxgm("G62.8", "Sonstige näher bezeichnete Polyneuropathien", "2019-08-01", text="Small-fiber-Neuropathie bei M. Fabry")
    for d in ("2026-10-06", "2026-10-20", "2026-11-03", "2026-11-17"):
        b.medadmin(atc("A16AB04", "Agalsidase beta", "Agalsidase beta (Fabrazyme) 1 mg/kg i.v."), d, reason=fd,
                   dose=("1 mg/kg KG (78 mg) i.v. über 2 h", "intravenös", Q(78, "mg")))
    b.obs(CC(cod(f"{b.o['base']}/CodeSystem/labor-lokal", "LYSOGB3", "Lyso-Gb3 im Plasma")), "2026-11-03", Q(12.4, "nmol/L"),
          rng=(None, 1.8))
    e = b.enc("2026-11-03", typ="Zentrum für Seltene Erkrankungen, Stoffwechselambulanz", reason="M. Fabry, ERT")
    b.labs("2026-11-03", enc=e, crea=1.0, egfr=96)
    b.obs(CC((LOINC, "14959-1", "Microalbumin/Creatinine [Mass Ratio] in Urine")), "2026-11-03", Q(22, "mg/g"), rng=(None, 30))
    b.dr(CC(cod(f"{b.o['base']}/CodeSystem/funktion-lokal", "TTE", "Transthorakale Echokardiographie")), "2026-09-15",
         "Grenzwertige septale Hypertrophie (IVSd 12 mm), LVEF 62 %, keine Late-Enhancement-Fragestellung.", cat="Kardiologie")
    b.medstmt(atc("N03AX12", "Gabapentin", "Gabapentin 300 mg"), "2020-01-01", dose="1-0-1")
    b.note("2026-11-03", "Ambulanzbrief", "Zentrum für Seltene Erkrankungen.\nDiagnose: Morbus Fabry (ORPHA:324), Erstdiagnose "
           "2019, ERT mit Agalsidase beta seit 2019 zweiwöchentlich. Nierenfunktion stabil, Echo grenzwertige Septumhypertrophie. "
           "Akroparästhesien unter Gabapentin gebessert. Fortführung der ERT.", enc=e, author=b.pr[0])
    b.vitals("2026-11-03", 124, 78, 64, 78.0, enc=e)


@case(RC, "positive", "id", "Complex patient: six active chronic conditions across at least five specialties (HIV, chronic hepatitis B, type 2 diabetes, CKD 3a, COPD, recurrent depression).",
      "HIV + HBV + diabetes + CKD + COPD + depression")
def rc_p2(b):
    b.setup("Simmons", "Harold", "male", "1963-09-27", pracs=(0, 2))
    cs = [cm("B20", "Human immunodeficiency virus [HIV] disease"), cm("B18.1", "Chronic viral hepatitis B without delta-agent"),
          cm("E11.9", "Type 2 diabetes mellitus without complications"), cm("N18.31", "Chronic kidney disease, stage 3a"),
          cm("J44.9", "Chronic obstructive pulmonary disease, unspecified"), cm("F33.0", "Major depressive disorder, recurrent, mild")]
    refs = [b.cond(c, o) for c, o in zip(cs, ("2003-01-01", "2003-01-01", "2014-01-01", "2022-06-01", "2018-01-01", "2010-01-01"))]
    b.medstmt(loc(b, "FRM-2231", BIKTARVY), "2020-01-01", reason=refs[0], dose="1 tablet daily (also covers HBV)")
    b.medstmt(CC((RXN, "274783", "insulin glargine")), "2021-01-01", reason=refs[2], dose="22 units nightly")
    b.medstmt(CC((RXN, "1545653", "empagliflozin")), "2023-01-01", reason=refs[3], dose="10 mg daily")
    b.medstmt(T("tiotropium 2.5 mcg / olodaterol 2.5 mcg inhalation spray (Stiolto)"), "2019-01-01", reason=refs[4], dose="2 puffs daily")
    b.medstmt(CC((RXN, "36437", "sertraline")), "2010-01-01", reason=refs[5], dose="100 mg daily")
    e = b.enc("2026-11-17", typ="HIV primary care follow-up", reason="chronic disease follow-up")
    b.lab("vl", "2026-11-17", None, enc=e, below=20)
    b.lab("cd4", "2026-11-17", 560, enc=e)
    b.labs("2026-11-17", enc=e, a1c=7.2, crea=1.4, egfr=52, alt=27, hbm=13.9)
    b.lab("a1c", "2026-05-19", 7.0)
    b.lab("egfr", "2026-05-19", 53)
    b.score(PHQ9, "2026-11-17", 6, enc=e)
    b.obs(T("Hepatitis B virus DNA [IU/mL] in Serum or Plasma by NAA"), "2026-11-17", "Target not detected", interp="ND", enc=e)
    b.vitals("2026-11-17", 132, 80, 76, 92.0, enc=e)
    b.note("2026-11-17", CC((LOINC, "11506-3", "Progress note")), "63M with HIV/HBV coinfection (suppressed), T2DM, CKD 3a, COPD, "
           "recurrent depression. Co-managed with nephrology, pulmonology, endocrinology and psychiatry. All stable. "
           "Polypharmacy review with PharmD today: no interactions requiring change.", enc=e)
    b.imm("150", "Influenza, injectable, quadrivalent, preservative free", "2026-10-06")


@case(RC, "positive", "ns", "Active moyamoya disease (ORPHA:2573), a rare cerebrovascular disease followed with perfusion imaging.",
      "Moyamoya disease under surveillance on aspirin")
def rc_p3(b):
    b.setup("Hughes", "Caitlin", "female", "1992-07-30", pracs=(1, 0))
    mm = b.cond(CC((CM, "I67.5", "Moyamoya disease"), (SCT, "69116000", "Moyamoya disease (disorder)"), (ORPHA, "2573", "Moyamoya disease"),
                   text="Moyamoya disease, bilateral (Suzuki stage III)"), "2024-02-12")
    b.cond(cm("G45.9", "Transient cerebral ischemic attack, unspecified"), "2024-02-01", clin="resolved", abate="2024-02-02")
    b.dr(T("Cerebral digital subtraction angiography"), "2024-02-20",
         "Bilateral supraclinoid ICA stenosis with basal moyamoya collaterals, Suzuki stage III.", cat="Neuroradiology")
    b.medstmt(CC((RXN, "1191", "aspirin")), "2024-02-12", dose="81 mg daily", reason=mm)
    for d in ("2026-05-06", "2026-11-04"):
        e = b.enc(d, typ="Cerebrovascular neurosurgery clinic", reason="moyamoya surveillance")
        b.bp(d, 118, 72, enc=e)
    b.dr(CC((CPT, "70553", "Magnetic resonance (eg, proton) imaging, brain (including brain stem); without contrast material, followed by contrast material(s) and further sequences")),
         "2026-10-29", "No new infarct. Stable ivy sign. ASL perfusion stable compared with 2025; no new hypoperfused territory.",
         cat="Radiology")
    b.obs(T("Cerebrovascular reserve (acetazolamide SPECT)"), "2026-10-30", "Mildly reduced reserve left MCA territory, unchanged",
          cat="imaging", interp="A")
    b.note("2026-11-04", CC((LOINC, "11506-3", "Progress note")), "Moyamoya disease, no TIAs since 2024. Perfusion stable. "
           "Revascularization not indicated at present; continue aspirin, hydration, avoid hyperventilation. MRI/perfusion in 12 months.")
    b.labs("2026-10-29", hb=13.4, plt=262, crea=0.7)
    b.cond(cm("G43.909", "Migraine, unspecified, not intractable, without status migrainosus"), "2012-01-01")


@case(RC, "near-miss", "th", "Only four active chronic conditions (hypertension, hyperlipidaemia, hypothyroidism, GERD); depression is in remission and sinusitis resolved - below the complexity threshold and nothing rare.",
      "Four active chronic conditions, others resolved or in remission")
def rc_n1(b):
    b.setup("Gallagher", "Patricia", "female", "1965-12-19", pracs=(2, 3))
    b.cond(cm("I10", "Essential (primary) hypertension"), "2011-01-01")
    b.cond(cm("E78.5", "Hyperlipidemia, unspecified"), "2013-01-01")
    b.cond(cm("E03.9", "Hypothyroidism, unspecified"), "2016-01-01")
    b.cond(cm("K21.9", "Gastro-esophageal reflux disease without esophagitis"), "2019-01-01")
    b.cond(cm("F32.5", "Major depressive disorder, single episode, in full remission"), "2020-01-01", clin="remission")
    b.cond(cm("J01.90", "Acute sinusitis, unspecified"), "2026-02-02", clin="resolved", abate="2026-02-20")
    for rx, d in (("29046", "lisinopril"), ("83367", "atorvastatin"), ("10582", "levothyroxine"), ("7646", "omeprazole")):
        b.medstmt(CC((RXN, rx, d)), "2020-01-01")
    e = b.enc("2026-10-27", cls="VR", typ="Annual video visit", reason="chronic disease review")
    for d, s, di in (("2026-10-01", 128, 78), ("2026-10-15", 124, 76), ("2026-11-01", 126, 80)):
        b.bp(d, s, di, device=True)
    b.labs("2026-10-26", enc=e, ldl=96, tsh=2.3, crea=0.8, glu=92)
    b.score(PHQ9, "2026-10-27", 2, enc=e)
    b.note("2026-10-27", CC((LOINC, "11506-3", "Progress note")), "Annual review. BP at goal on home readings. Lipids and TSH at "
           "goal. GERD controlled. Depression remains in remission off medication since 2022. No changes.", enc=e)


@case(RC, "near-miss", "id", "Visceral leishmaniasis (a rare disease) was cured in 2025 and is recorded as resolved, with normal follow-up counts; no active rare or multiple chronic conditions.",
      "Cured visceral leishmaniasis, normal follow-up")
def rc_n2(b):
    b.setup("Navarro", "Luis", "male", "1981-02-14", pracs=(1, 3))
    vl = b.cond(cm("B55.0", "Visceral leishmaniasis"), "2025-05-20", clin="resolved", abate="2025-09-30",
                note="Acquired in southern Spain; bone marrow amastigotes, rK39 positive")
    b.medadmin(T("amphotericin B liposomal (AmBisome) 3 mg/kg IV"), "2025-05-21", reason=vl,
               dose=("3 mg/kg (240 mg) IV days 1-5, 14, 21", "intravenous", Q(240, "mg")))
    b.cond(cm("J45.20", "Mild intermittent asthma, uncomplicated"), "2000-01-01")
    b.medstmt(CC((RXN, "435", "albuterol")), "2000-01-01", dose="2 puffs as needed")
    for d, hb, wbc, plt in (("2026-05-12", 14.6, 6.1, 238), ("2026-11-10", 14.9, 6.4, 251)):
        e = b.enc(d, typ="Travel and tropical medicine follow-up", reason="post-treatment surveillance, visceral leishmaniasis")
        b.labs(d, enc=e, hbm=hb, wbc=wbc, plt=plt)
    b.dr(CC((CPT, "76705", "Ultrasound, abdominal, real time with image documentation; limited (eg, single organ, quadrant, follow-up)")),
         "2026-05-12", "Spleen 11 cm, normal. Liver normal.", cat="Radiology")
    b.obs(CC((LOINC, "56888-1", "HIV 1+2 Ab+HIV1 p24 Ag [Presence] in Serum or Plasma by Immunoassay")), "2025-05-20",
          T("Nonreactive"), interp="NEG")
    b.note("2026-11-10", CC((LOINC, "11506-3", "Progress note")), "18 months after treatment for visceral leishmaniasis: no fever, "
           "spleen normal, counts normal. Considered cured; discharge from tropical medicine follow-up.")
    b.vitals("2026-11-10", 118, 74, 60, 77.0)
