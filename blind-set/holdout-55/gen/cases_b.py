"""Organisation 2: Kallang River General Hospital and Sengkang Riverside Polyclinic (public, Singapore).

ICD-10-AM diagnoses, TOSP procedure codes (with SNOMED CT), SI-unit laboratory results, ATC + local
formulary codes, notes in English with some Chinese or Malay from patients and families.
"""
from fhirkit import (SG, ICD10AM, TOSP, SCT, LOINC, COMMCAT, FLAGCAT, cc, cct, coding, qty, ref)

ATC = "http://www.whocc.no/atc"
FORM = "https://www.kallangriver-gh.example/fhir/CodeSystem/formulary"
LOCAL = "https://www.kallangriver-gh.example/fhir/CodeSystem/local-codes"
NRIC = "https://www.kallangriver-gh.example/fhir/NamingSystem/nric"
MRN = "https://www.kallangriver-gh.example/fhir/NamingSystem/mrn"
PROGRESS = cc((LOINC, "11506-3", "Progress note"))
CONSULT = cc((LOINC, "11488-4", "Consult note"))
DISCHARGE = cc((LOINC, "18842-5", "Discharge summary"))
ACPDOC = cc((LOINC, "42348-3", "Advance healthcare directives"))


def med(name, atc=None, local=None):
    cods = []
    if local:
        cods.append((FORM, local, name))
    if atc:
        cods.append((ATC, atc[0], atc[1]))
    return cc(*cods, text=name)


def am(code, display, sct=None):
    cods = [(ICD10AM, code, display)]
    if sct:
        cods.append((SCT, sct[0], sct[1]))
    return cc(*cods, text=display)


LANGS = {"en": ("en", "English"), "zh": ("zh", "Chinese"), "ms": ("ms", "Malay"), "ta": ("ta", "Tamil")}


def base(c, given, family, gender, birth, nric, mrn, phone, street, postal, langs=("en",), marital=None, race=None):
    c.organization("hosp")
    extra = None
    c.patient(given, family, gender, birth,
              identifiers=[{"use": "official", "system": NRIC, "value": nric},
                           {"use": "usual", "type": cc(("http://terminology.hl7.org/CodeSystem/v2-0203", "MR", "Medical record number")),
                            "system": MRN, "value": mrn}],
              phone=phone, address={"line": [street], "city": "Singapore", "postalCode": postal, "country": "SG"},
              lang=[LANGS[l] for l in langs], marital=marital, extra=extra)
    c.coverage("payer", cc(("http://terminology.hl7.org/CodeSystem/v3-ActCode", "PUBLICPOL", "public healthcare"), text="MediShield Life with MediSave"),
               subscriber_id=nric, start="2015-11-01",
               cls=[{"type": cc(("http://terminology.hl7.org/CodeSystem/coverage-class", "plan", "Plan")), "value": "MSHL-B2", "name": "Subsidised ward class B2/C"}])


MARRIED = cc(("http://terminology.hl7.org/CodeSystem/v3-MaritalStatus", "M", "Married"))
WIDOWED = cc(("http://terminology.hl7.org/CodeSystem/v3-MaritalStatus", "W", "Widowed"))
SINGLE = cc(("http://terminology.hl7.org/CodeSystem/v3-MaritalStatus", "S", "Never Married"))


# --------------------------------------------------------------------------------------------
def sg_ida(c):
    """PSNW positive (red-flag e-trigger): iron-deficiency anaemia in a 64-year-old man, no GI work-up or referral for >60 days."""
    base(c, ["Chee Meng"], "Lim", "male", "1962-03-08", "S6208813H", "KR0418822", "+65 9123 4087", "Blk 301 Anchorvale Drive #08-114", "540301",
         ("zh", "en"), MARRIED)
    c.organization("poly")
    c.condition(am("I10", "Essential (primary) hypertension"), onset="2015", recorded="2015-04-02", recorder="fp")
    c.condition(am("E78.5", "Hyperlipidaemia, unspecified"), onset="2015", recorded="2015-04-02", recorder="fp")
    e1 = c.encounter("2026-08-10", "AMB", "Polyclinic consultation", reason=[cct("Tiredness and breathless on climbing stairs x 2 months")], prac="fp", org="poly")
    c.vitals("2026-08-10", e1, bp=(132, 80), hr=92, weight=66.5, spo2=98)
    fbc = c.labs("2026-08-10", e1, [("hb", 9.8), ("mcv", 71), ("wbc", 6.4), ("plt", 412), ("ferritin_ugl", 6), ("tsat", 7),
                                     ("creat_umol", 88), ("b12", 420)], performer="poly")
    ida = c.condition(am("D50.9", "Iron deficiency anaemia, unspecified", ("87522002", "Iron deficiency anemia")), onset="2026-08-10",
                      recorded="2026-08-10", enc=e1, recorder="fp",
                      note="New microcytic anaemia with iron deficiency. No NSAID use. No overt bleeding reported. Last colonoscopy: never.")
    c.report(cc((LOINC, "58410-2", "CBC panel - Blood by Automated count"), text="FBC, iron studies, renal panel"), "2026-08-10", fbc,
             "Hb 9.8 g/dL with MCV 71 fL, ferritin 6 ug/L, transferrin saturation 7%: iron deficiency anaemia.", performer="fp", org_perf="poly", enc=e1)
    rx = c.medrx(med("Ferrous fumarate 200 mg tablet", ("B03AA02", "ferrous fumarate"), "FEF200"), "2026-08-10", "1 tablet OM after food",
                 requester="fp", reason_ref=[ida], enc=e1, repeats=2)
    c.note("Polyclinic consultation", "2026-08-10",
           "64M, retired taxi driver. 2/12 tiredness, SOB climbing 3 storeys. No chest pain. No PR bleed or melaena reported, appetite ok, "
           "wt stable per pt. Not on NSAIDs/aspirin. Daughter accompanying.\n"
           "Hb 9.8, MCV 71, ferritin 6 -> IDA.\n"
           "Imp: iron deficiency anaemia, source not established.\n"
           "Plan: start oral iron. Explained that IDA at his age needs OGD + colonoscopy to look for bleeding source. Pt worried about "
           "cost and would like to 'try the iron first'. Review in 3 months with FBC.\n"
           "Daughter: \u201c\u7238\u7238\u6700\u8fd1\u5f88\u5bb9\u6613\u7d2f\uff0c\u722c\u697c\u68af\u90fd\u8981\u4f11\u606f\u3002\u201d (Papa gets tired easily lately, needs to rest when climbing stairs.)",
           author="fp", type_cc=PROGRESS, enc=e1, custodian="poly")
    e2 = c.encounter("2026-09-14", "VR", "Nurse telephone follow-up", prac="nurse", org="poly", time="14:00", end_time="14:10")
    c.note("Nurse tele-review", "2026-09-14",
           "Tele-call: taking ferrous fumarate daily, mild constipation, advised fluids and fibre. Still feels tired. Next appt 20 Nov for BP and FBC.",
           author="nurse", type_cc=PROGRESS, enc=e2, custodian="poly")
    c.medstmt(med("Ferrous fumarate 200 mg tablet", ("B03AA02", "ferrous fumarate"), "FEF200"), "active", start="2026-08-10", asserted="2026-09-14",
              reason_ref=[ida], based_on=[rx], dosage="1 tablet daily")
    c.medrx(med("Amlodipine 5 mg tablet", ("C08CA01", "amlodipine"), "AML5"), "2026-02-18", "1 tablet OM", requester="fp")
    c.medrx(med("Atorvastatin 20 mg tablet", ("C10AA05", "atorvastatin"), "ATV20"), "2026-02-18", "1 tablet ON", requester="fp")
    e3 = c.encounter("2026-11-20", "AMB", "Polyclinic chronic disease review", reason=[cct("Hypertension and anaemia review")], prac="fp2", org="poly")
    c.vitals("2026-11-20", e3, bp=(128, 78), hr=86, weight=65.8)
    c.labs("2026-11-20", e3, [("hb", 10.6), ("mcv", 74), ("ferritin_ugl", 11), ("ldl_mmol", 2.3)], performer="poly")
    c.note("Polyclinic chronic disease review", "2026-11-20",
           "BP controlled. Hb 10.6 (from 9.8) on oral iron, ferritin 11. Continue ferrous fumarate, repeat FBC 3/12. LDL at target.",
           author="fp2", type_cc=PROGRESS, enc=e3, custodian="poly")
    c.immunization(cc(("http://hl7.org/fhir/sid/cvx", "150", "Influenza, injectable, quadrivalent, preservative free"), text="Influenza vaccine 2026/27 (NH)"),
                   "2026-11-20", lot="FLQ4-2611", performer_org="poly")
    c.related_person(["Hui Min"], "Lim", "DAU", "natural daughter", phone="+65 9788 2210", lang=("zh", "Chinese"))


# --------------------------------------------------------------------------------------------
def sg_fibromyalgia(c):
    """DSM positive: fibromyalgia label 15 months, now proximal weakness with CK 2850 and raised ESR/CRP/transaminases."""
    base(c, ["Siti", "Rohani"], "binte Abdul Rahman", "female", "1977-05-19", "S7719204C", "KR0533017", "+65 9456 7712",
         "Blk 187 Rivervale Drive #05-221", "540187", ("ms", "en"), MARRIED)
    c.organization("poly")
    fm = c.condition(am("M79.7", "Fibromyalgia", ("203082005", "Fibromyalgia")), onset="2025-04", recorded="2025-07-15", recorder="fp",
                     note="Widespread pain index 9, symptom severity 6; bloods at the time normal.")
    c.condition(am("K21.9", "Gastro-oesophageal reflux disease without oesophagitis"), onset="2020", recorded="2020-03-11", recorder="fp")
    c.condition(am("E66.9", "Obesity, unspecified"), onset="2018", recorded="2018-06-20", recorder="fp")
    c.medrx(med("Duloxetine 60 mg capsule", ("N06AX21", "duloxetine"), "DUL60"), "2025-09-02", "1 capsule OM", requester="fp", reason_ref=[fm])
    c.medrx(med("Paracetamol 500 mg tablet", ("N02BE01", "paracetamol"), "PCM500"), "2025-07-15", "2 tablets QDS PRN pain", requester="fp", reason_ref=[fm])
    c.medrx(med("Omeprazole 20 mg capsule", ("A02BC01", "omeprazole"), "OME20"), "2024-01-10", "1 capsule OM", requester="fp")
    e1 = c.encounter("2026-03-10", "AMB", "Polyclinic consultation", reason=[fm], prac="fp", org="poly")
    c.obs(cc((LOINC, "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported")), "2026-03-10", e1, "survey", 6)
    c.vitals("2026-03-10", e1, bp=(126, 78), hr=76, weight=81.0)
    e2 = c.encounter("2026-07-07", "AMB", "Polyclinic consultation", reason=[cct("Body ache, difficulty climbing stairs")], prac="fp2", org="poly")
    c.obs(cc((SCT, "26544005", "Muscle weakness"), text="Proximal muscle weakness"), "2026-07-07", e2, "exam",
          "Difficulty rising from chair without arms; hip flexors 4/5 bilaterally, shoulder abductors 4+/5", performer="fp2")
    c.note("Polyclinic consultation", "2026-07-07",
           "Known fibromyalgia. C/o aching thighs and arms, now difficulty climbing stairs and hanging laundry for 6 weeks. "
           "Pt: \u201cSaya tak larat naik tangga, nak angkat baju pun susah.\u201d (I can't manage the stairs, even lifting clothes is hard.) "
           "Mild proximal weakness on exam, no rash noted. Imp: fibromyalgia flare, deconditioning. Plan: continue duloxetine, gentle exercise, "
           "bloods at next visit.", author="fp2", type_cc=PROGRESS, enc=e2, custodian="poly")
    e3 = c.encounter("2026-10-06", "AMB", "Polyclinic blood taking", prac="nurse", org="poly", time="08:00", end_time="08:15")
    labs = c.labs("2026-10-06", e3, [("ck", 2850), ("esr", 48), ("crp", 18), ("alt", 88), ("ast", 110), ("tsh", 2.1), ("creat_umol", 58),
                                      ("hb", 12.4)], performer="poly")
    c.report(cc((LOINC, "24323-8", "Comprehensive metabolic 2000 panel - Serum or Plasma"), text="Muscle enzymes, inflammatory markers, LFT, TFT"),
             "2026-10-06", labs, "CK 2850 U/L, ESR 48 mm/h, CRP 18 mg/L, ALT 88, AST 110; TSH normal.", org_perf="poly", enc=e3)
    e4 = c.encounter("2026-10-20", "AMB", "Polyclinic consultation - results", reason=[fm], prac="fp2", org="poly")
    c.vitals("2026-10-20", e4, bp=(124, 80), hr=80, weight=79.5)
    c.impression("2026-10-20", "fp2", "Fibromyalgia flare. CK elevation attributed to recent exertion (started brisk walking). "
                 "Continue duloxetine 60 mg, graded exercise, repeat CK in 3 months.", problems=[fm], enc=e4,
                 findings=[{"itemCodeableConcept": cct("CK 2850 U/L (raised)")}, {"itemCodeableConcept": cct("ESR 48, CRP 18 (raised)")},
                           {"itemCodeableConcept": cct("Proximal weakness hip flexors 4/5")}],
                 description="Review of blood results")
    c.obs(cc((LOINC, "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported")), "2026-10-20", e4, "survey", 7)


# --------------------------------------------------------------------------------------------
def sg_viral(c):
    """DSM near miss: B34.9 'viral infection, unspecified' for a 9-day febrile illness that resolved."""
    base(c, ["Arjun"], "s/o Rajendran", "male", "1999-01-11", "T9901127G", "KR0702245", "+65 8233 4190", "Blk 268C Compassvale Bow #11-52", "543268",
         ("en", "ta"), SINGLE)
    c.organization("poly")
    ast = c.condition(am("J45.9", "Asthma, unspecified", ("195967001", "Asthma")), onset="2006", recorded="2012-05-09", recorder="fp")
    c.condition(am("J30.4", "Allergic rhinitis, unspecified"), onset="2010", recorded="2012-05-09", recorder="fp")
    c.medrx(med("Salbutamol 100 mcg/dose inhaler", ("R03AC02", "salbutamol"), "SAL100"), "2026-06-02", "2 puffs PRN wheeze, max QDS", requester="fp",
            reason_ref=[ast])
    c.medrx(med("Budesonide/formoterol 160/4.5 mcg Turbuhaler", ("R03AK07", "formoterol and budesonide"), "BUDFOR"), "2026-06-02",
            "1 inhalation BD", requester="fp", reason_ref=[ast])
    e0 = c.encounter("2026-06-02", "AMB", "Asthma review", reason=[ast], prac="fp", org="poly")
    c.score(cc((LOCAL, "ACT", "Asthma Control questionnaire total score"), text="Asthma Control (ACT) score"), 22, "2026-06-02", e0)
    c.vitals("2026-06-02", e0, bp=(118, 72), hr=70, weight=72.0, height=176)
    vir = cc((ICD10AM, "B34.9", "Viral infection, unspecified"), text="Viral fever")
    e1 = c.encounter("2026-10-19", "AMB", "Polyclinic acute consultation", reason=[cct("Fever, body ache, sore throat x 1 day")], prac="fp2", org="poly")
    c.vitals("2026-10-19", e1, bp=(116, 70), hr=104, temp=38.6, spo2=98)
    fbc = c.labs("2026-10-19", e1, [("wbc", 4.2), ("plt", 190), ("hb", 14.9), ("crp", 12)], performer="poly")
    ns1 = c.obs(cc((LOCAL, "DENV-NS1", "Dengue NS1 antigen, rapid"), text="Dengue NS1 antigen"), "2026-10-19", e1, "laboratory",
                cc((SCT, "260385009", "Negative")), interp="NEG")
    vc = c.condition(vir, onset="2026-10-18", recorded="2026-10-19", enc=e1, recorder="fp2", category="encounter-diagnosis",
                     clinical="resolved", abatement="2026-10-27")
    c.medrx(med("Paracetamol 500 mg tablet", ("N02BE01", "paracetamol"), "PCM500"), "2026-10-19", "2 tablets QDS PRN fever, 5 days",
            requester="fp2", reason_ref=[vc], status="completed")
    c.note("Acute consultation", "2026-10-19",
           "1 day fever 38.6, myalgia, sore throat, mild cough. No rash, no bleeding, no abdominal pain. Dengue NS1 neg, plt 190, WBC 4.2. "
           "Dx: viral fever. MC 3 days. Return if warning signs; review in 4 days for repeat FBC (dengue cluster in estate).",
           author="fp2", type_cc=PROGRESS, enc=e1, custodian="poly")
    e2 = c.encounter("2026-10-23", "AMB", "Polyclinic review", reason=[vir], prac="fp2", org="poly")
    c.vitals("2026-10-23", e2, temp=36.9, hr=78)
    c.labs("2026-10-23", e2, [("plt", 214), ("wbc", 5.6)], performer="poly")
    c.obs(cc((LOCAL, "DENV-IGM", "Dengue IgM antibody"), text="Dengue IgM"), "2026-10-23", e2, "laboratory", cc((SCT, "260385009", "Negative")), interp="NEG")
    c.note("Review", "2026-10-23", "Afebrile since 21/10, appetite back, mild residual cough. Plt normal, dengue IgM neg. Resolving viral illness. No further review needed.",
           author="fp2", type_cc=PROGRESS, enc=e2, custodian="poly")
    e3 = c.encounter("2026-11-17", "AMB", "Vaccination", prac="nurse", org="poly", time="10:00", end_time="10:15")
    c.immunization(cc(("http://hl7.org/fhir/sid/cvx", "150", "Influenza, injectable, quadrivalent, preservative free"), text="Influenza vaccine"),
                   "2026-11-17", lot="FLQ4-2611", performer_org="poly", note="Well, fully recovered from October illness.")


# --------------------------------------------------------------------------------------------
def sg_tkr(c):
    """MPP positive: right total knee replacement listed, Procedure status 'preparation', admission 15 Dec 2026."""
    base(c, ["Siew Lan"], "Wong", "female", "1958-02-14", "S5802266A", "KR0287741", "+65 9671 0342", "Blk 115 Rivervale Walk #03-88", "540115",
         ("zh", "en"), WIDOWED)
    oa = c.condition(am("M17.1", "Other primary gonarthrosis", ("239873007", "Osteoarthritis of knee")), onset="2019", recorded="2021-08-03",
                     recorder="ortho", body_site=[cct("Right knee")], note="Right > left. Kellgren-Lawrence 4 right, 2 left.")
    c.condition(am("I10", "Essential (primary) hypertension"), onset="2012", recorded="2012-09-14", recorder="ortho")
    c.condition(am("E78.5", "Hyperlipidaemia, unspecified"), onset="2012", recorded="2012-09-14", recorder="ortho")
    e1 = c.encounter("2026-03-12", "AMB", "Orthopaedic clinic (SOC)", reason=[oa], prac="ortho")
    c.proc(cc((LOCAL, "IA-STEROID-KNEE", "Intra-articular corticosteroid injection, knee"), text="Right knee intra-articular triamcinolone 40 mg"),
           "completed", "2026-03-12T10:30:00+08:00", reason_ref=[oa], performer=["ortho"], enc=e1)
    c.obs(cc((LOINC, "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported")), "2026-03-12", e1, "survey", 7)
    e2 = c.encounter("2026-09-22", "AMB", "Orthopaedic clinic (SOC)", reason=[oa], prac="ortho")
    c.report(cc((LOCAL, "XR-KNEE-WB", "X-ray both knees weight-bearing AP/lateral/skyline"), text="X-ray knees (weight-bearing)"), "2026-09-22", [],
             "Right: bone-on-bone medial compartment, tricompartmental osteophytes, varus 12 degrees (KL 4). Left: moderate medial narrowing (KL 2).",
             category=("RAD", "Radiology"), performer="ortho", enc=e2)
    c.obs(cc((LOINC, "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported")), "2026-09-22", e2, "survey", 8)
    c.score(cc((LOCAL, "OKS", "Oxford Knee Score (0-48)"), text="Oxford Knee Score"), 16, "2026-09-22", e2)
    c.note("Orthopaedic clinic", "2026-09-22",
           "68F, right knee OA KL4 with varus deformity. >18 months of conservative Rx: analgesia, physiotherapy x 12 sessions, weight loss, "
           "IA steroid Mar 2026 (2 weeks relief). Walking distance <200 m with stick, night pain. OKS 16/48.\n"
           "Plan: right total knee replacement (cemented, posterior-stabilised) under spinal anaesthesia. Risks incl. infection, DVT/PE, "
           "stiffness, persistent pain explained. Pt agreeable, consent taken. Listed for surgery, PAC in November.\n"
           "Daughter: \u201c\u5988\u5988\u8d70\u8def\u5f88\u8f9b\u82e6\uff0c\u665a\u4e0a\u75db\u5230\u7761\u4e0d\u7740\u3002\u201d (Mum struggles to walk, pain keeps her up at night.)",
           author="ortho", type_cc=CONSULT, enc=e2)
    tkr = c.proc(cc((TOSP, "SB811K", "Knee, Total Knee Replacement (unilateral)"), (SCT, "609588000", "Total knee replacement"),
                    text="Right total knee replacement"), "preparation", reason_ref=[oa], performer=["ortho"], enc=e2,
                 body_site=[cct("Right knee joint")], category=cc((SCT, "387713003", "Surgical procedure")),
                 note="Listed 22/09/2026. Scheduled 15/12/2026, OT 3, first on list. MediSave claim under TOSP SB811K.")
    a = c.appointment("2026-12-15", "booked", "Admission for right total knee replacement", "ortho", minutes=120, created="2026-09-22", time="07:00",
                      service_text="Elective orthopaedic surgery")
    e3 = c.encounter("2026-11-18", "PRENC", "Pre-admission clinic (PAC)", reason=[oa], prac="ortho")
    c.vitals("2026-11-18", e3, bp=(138, 80), hr=72, weight=68.0, height=152, bmi=29.4)
    c.labs("2026-11-18", e3, [("hb", 12.6), ("plt", 268), ("creat_umol", 72), ("k", 4.1), ("glucose_mmol", 5.9), ("hba1c", 6.0)])
    c.report(cc((LOINC, "11524-6", "EKG study")), "2026-11-18", [], "Sinus rhythm 70/min, normal ECG.", category=("EC", "Electrocardiac (e.g., EKG, EEC, Holter)"),
             enc=e3, org_perf="hosp")
    c.note("Pre-admission assessment", "2026-11-18",
           "Fit for right TKR on 15/12/2026 under spinal anaesthesia. ASA II. Withhold nil. Chlorhexidine wash x 2 days. Physio pre-hab class attended.",
           author="ortho", type_cc=CONSULT, enc=e3)
    c.encounter("2026-12-15", "IMP", "Elective admission - orthopaedic surgery", status="planned", prac="ortho", time="06:30", appointment=[a],
                reason_ref=[oa])
    c.medrx(med("Amlodipine 5 mg tablet", ("C08CA01", "amlodipine"), "AML5"), "2026-04-01", "1 tablet OM", requester="ortho")
    c.medrx(med("Atorvastatin 20 mg tablet", ("C10AA05", "atorvastatin"), "ATV20"), "2026-04-01", "1 tablet ON", requester="ortho")
    c.medrx(med("Paracetamol 500 mg tablet", ("N02BE01", "paracetamol"), "PCM500"), "2026-09-22", "2 tablets QDS", requester="ortho", reason_ref=[oa])
    c.medrx(med("Celecoxib 200 mg capsule", ("M01AH01", "celecoxib"), "CEL200"), "2026-09-22", "1 capsule OM PRN severe pain, stop 7 days pre-op",
            requester="ortho", reason_ref=[oa])


# --------------------------------------------------------------------------------------------
def sg_pancreas(c):
    """UP positive: metastatic pancreatic cancer, ECOG 3, no treatment options, palliative CarePlan and home hospice referral."""
    base(c, ["Kim Huat"], "Goh", "male", "1947-06-03", "S4706135J", "KR0091524", "+65 6381 2240", "Blk 12 Simei Street 1 #04-31", "520012",
         ("zh", "en"), MARRIED)
    c.organization("hospice")
    e1 = c.encounter("2026-08-28", "IMP", "Emergency admission - general medicine", reason=[cct("Painless jaundice, weight loss 8 kg")],
                     prac="gi", time="16:20", end="2026-09-06", end_time="12:00")
    ca = c.condition(am("C25.0", "Malignant neoplasm of head of pancreas", ("363418001", "Malignant tumor of pancreas")), onset="2026-08",
                     recorded="2026-09-03", recorder="gi", stage=[{"summary": cct("Stage IV (cT4 N1 M1 - liver)")}])
    c.condition(am("C78.7", "Secondary malignant neoplasm of liver and intrahepatic bile duct", ("94381002", "Secondary malignant neoplasm of liver")),
                onset="2026-08", recorded="2026-09-03", recorder="gi")
    c.condition(am("I10", "Essential (primary) hypertension"), onset="2005", recorded="2005-02-11", recorder="gi")
    c.condition(am("E11.9", "Type 2 diabetes mellitus without complication"), onset="2026-06", recorded="2026-08-29", recorder="gi",
                note="New-onset diabetes, likely pancreatogenic.")
    c.labs("2026-08-28", e1, [("bili_umol", 186), ("alp", 612), ("alt", 154), ("ca199", 2840), ("alb_gl", 31), ("hb", 11.2)], time="17:00")
    c.report(cc((LOCAL, "CT-TAP", "CT thorax, abdomen and pelvis with contrast"), text="CT TAP (contrast)"), "2026-08-29", [],
             "3.8 cm hypodense mass in pancreatic head with >180 degree SMA encasement; dilated CBD and PD; multiple liver metastases "
             "up to 2.4 cm; no lung nodules.", category=("RAD", "Radiology"), performer="gi", enc=e1)
    c.proc(cc((LOCAL, "ERCP-SEMS", "ERCP with biliary self-expanding metal stent"), text="ERCP and biliary metal stent insertion"), "completed",
           "2026-08-31T11:00:00+08:00", reason_ref=[ca], performer=["gi"], enc=e1)
    c.report(cc((LOINC, "60567-5", "Comprehensive pathology report panel"), text="EUS-FNB pancreatic head - histology"), "2026-09-01", [],
             "Adenocarcinoma, moderately differentiated, consistent with pancreatic primary.", category=("SP", "Surgical Pathology"),
             enc=e1, issued_date="2026-09-03", org_perf="hosp")
    e2 = c.encounter("2026-10-08", "AMB", "Medical oncology clinic", reason=[ca], prac="onco")
    c.vitals("2026-10-08", e2, bp=(108, 64), hr=94, weight=52.0)
    c.labs("2026-10-07", e2, [("bili_umol", 38), ("alb_gl", 26), ("hb", 10.1), ("creat_umol", 92)])
    c.score(cc((LOINC, "89247-1", "ECOG Performance Status score")), 3, "2026-10-08", e2, performer="onco", category="exam")
    imp = c.impression("2026-10-08", "onco",
                       "Stage IV pancreatic adenocarcinoma with liver metastases. ECOG 3, albumin 26 g/L, 14 kg weight loss. Not fit for palliative "
                       "chemotherapy (gemcitabine/nab-paclitaxel considered and not appropriate). Not a surgical or radiotherapy candidate. "
                       "No treatment options available; for best supportive care.", problems=[ca], enc=e2,
                       prognosis=[cct("Prognosis weeks to a few months")], description="Oncology consultation")
    hosp = c.sreq(cc((SCT, "306237005", "Referral to palliative care service"), text="Referral to home hospice care"), "active", "order", "2026-10-08",
                  requester="onco", performer=[c.O("hospice")], reason_ref=[ca], priority="urgent", enc=e2,
                  note="Home hospice: symptom control (pain, itch, anorexia), caregiver support, ACP.")
    c.careplan("Palliative care plan - best supportive care", "active", "plan", "2026-10-08", author="pall",
               category=[cc((SCT, "103735009", "Palliative care"), text="Palliative care")],
               description="No anticancer treatment. Comfort-focused care at home with Eastside Home Hospice; hospital admission only for symptom crises.",
               period={"start": "2026-10-08"}, addresses=[ca],
               activities=[{"reference": hosp},
                           {"kind": "MedicationRequest", "code": cct("Opioid titration for pain"), "status": "in-progress"},
                           {"code": cct("Advance care planning discussion with patient and son"), "status": "scheduled", "scheduled": "October 2026"}])
    c.note("Palliative medicine consultation", "2026-10-09",
           "Seen with son Mr Goh Wee Liang. Pt understands the cancer has spread and that treatment to control it is not possible. "
           "Wishes to be at home. Son: \u201c\u533b\u751f\u8bf4\u6ca1\u6709\u529e\u6cd5\u4e86\uff0c\u6211\u4eec\u60f3\u8ba9\u7238\u7238\u5728\u5bb6\u91cc\u8212\u670d\u4e00\u70b9\u3002\u201d "
           "(The doctor said nothing more can be done; we want Papa to be comfortable at home.) Pain 5/10 RUQ and back. Started oral morphine. "
           "Referred to Eastside Home Hospice; first home visit 14/10.", author="pall", type_cc=CONSULT, enc=e2)
    for name, atc, loc, dose in [("Morphine oral solution 1 mg/mL", ("N02AA01", "morphine"), "MOR1ML", "5 mg 4-hourly PRN pain"),
                                 ("Pancrelipase (Creon 25000) capsule", ("A09AA02", "multienzymes (lipase, protease etc.)"), "CREON25", "1 capsule with each meal"),
                                 ("Lactulose 3.35 g/5 mL syrup", ("A06AD11", "lactulose"), "LACT", "15 mL BD")]:
        c.medrx(med(name, atc, loc), "2026-10-09", dose, requester="pall", reason_ref=[ca])
    c.related_person(["Wee Liang"], "Goh", "SON", "natural son", phone="+65 9012 5589", lang=("zh", "Chinese"))


# --------------------------------------------------------------------------------------------
def sg_acp(c):
    """UP near miss: advance care plan in a robust 82-year-old, full treatment for reversible illness, no life-limiting condition."""
    base(c, ["Rahmah"], "binte Hassan", "female", "1944-09-30", "S4430918F", "KR0150663", "+65 6545 1123", "Blk 410 Sengkang West Way #02-47", "790410",
         ("ms", "en"), WIDOWED)
    c.organization("poly")
    c.condition(am("I10", "Essential (primary) hypertension"), onset="1998", recorded="2004-06-15", recorder="geri")
    c.condition(am("M17.0", "Primary gonarthrosis, bilateral"), onset="2014", recorded="2016-03-02", recorder="geri")
    c.condition(am("E78.5", "Hyperlipidaemia, unspecified"), onset="2004", recorded="2004-06-15", recorder="geri")
    c.proc(cc((LOCAL, "PHACO-IOL", "Phacoemulsification with intraocular lens"), text="Right cataract extraction with IOL"), "completed",
           "2023-05-17T09:00:00+08:00")
    e1 = c.encounter("2026-10-14", "AMB", "Geriatric medicine clinic", reason=[cct("Annual geriatric review")], prac="geri")
    c.vitals("2026-10-14", e1, bp=(134, 76), hr=70, weight=54.0, height=150)
    c.labs("2026-10-13", e1, [("hb", 12.3), ("creat_umol", 76), ("egfr", 64), ("na", 139), ("ldl_mmol", 2.4), ("hba1c", 5.7)])
    c.score(cc((LOCAL, "CFS", "Clinical Frailty Scale"), text="Clinical Frailty Scale"), 3, "2026-10-14", e1, performer="geri", category="exam")
    c.score(cc((LOCAL, "AMT", "Hodkinson abbreviated mental score (0-10)"), text="AMT score"), 9, "2026-10-14", e1, performer="geri", category="exam")
    c.note("Geriatric medicine review", "2026-10-14",
           "82F, independent in ADLs, walks with stick to market. Lives with daughter. BP controlled, knees stable on PRN paracetamol. "
           "CFS 3, AMT 9/10. No new issues. Offered Advance Care Planning session - pt and daughter keen. Continue current medications, review 12 months.",
           author="geri", type_cc=PROGRESS, enc=e1)
    dau = c.related_person(["Noraini"], "binte Ismail", "DAU", "natural daughter", phone="+65 9345 0871", lang=("ms", "Malay"),
                           text="Daughter - nominated healthcare spokesperson")
    e2 = c.encounter("2026-10-28", "AMB", "Advance Care Planning session", prac=["acp", "geri"], time="14:00", end_time="15:00")
    c.careplan("Advance Care Plan - Preferred Plan of Care", "active", "plan", "2026-10-28", author="geri",
               category=[cc((LOCAL, "ACP-PPC", "Advance care planning - preferred plan of care"), text="Advance care planning")],
               description="Wants all appropriate treatment, including hospitalisation and intensive care, for illnesses that can be reversed. "
                           "If she were to have a severe irreversible brain injury and could no longer recognise her family, she would prefer "
                           "comfort-focused care without prolonged life support. Healthcare spokesperson: daughter Noraini.",
               period={"start": "2026-10-28"}, enc=e2,
               activities=[{"code": cct("Review ACP at next annual geriatric visit or on major change in health"), "status": "scheduled", "scheduled": "October 2027"}])
    c.note("Advance Care Planning document", "2026-10-28",
           "Advance Care Planning conversation with Mdm Rahmah and daughter Noraini, facilitated by Ms Joanne Sim with Dr Goh.\n"
           "Mdm Rahmah: \u201cKalau sakit boleh sembuh, saya mahu dirawat. Tapi kalau otak sudah rosak teruk, jangan seksa saya dengan mesin.\u201d "
           "(If the illness can be cured, I want to be treated. But if my brain is badly damaged, don't make me suffer on machines.)\n"
           "Preferred Plan of Care recorded. Current health good; no life-limiting illness. All current treatments continue.",
           author="acp", type_cc=ACPDOC, enc=e2)
    c.medrx(med("Amlodipine 5 mg tablet", ("C08CA01", "amlodipine"), "AML5"), "2026-10-14", "1 tablet OM", requester="geri")
    c.medrx(med("Simvastatin 20 mg tablet", ("C10AA01", "simvastatin"), "SIM20"), "2026-10-14", "1 tablet ON", requester="geri")
    c.medrx(med("Paracetamol 500 mg tablet", ("N02BE01", "paracetamol"), "PCM500"), "2026-10-14", "2 tablets TDS PRN knee pain", requester="geri")
    c.immunization(cc(("http://hl7.org/fhir/sid/cvx", "216", "Pneumococcal conjugate vaccine 20-valent"), text="PCV20"), "2026-10-14",
                   lot="PCV20-7731", performer_org="hosp")


# --------------------------------------------------------------------------------------------
def sg_prostate(c):
    """HIT near miss: low-risk prostate cancer on active surveillance; surgery and radiotherapy discussed, not chosen."""
    base(c, ["Teck Seng"], "Ng", "male", "1960-04-25", "S6011457B", "KR0344901", "+65 9860 2217", "Blk 205 Compassvale Road #09-12", "540205",
         ("en", "zh"), MARRIED)
    c.organization("poly")
    c.condition(am("I10", "Essential (primary) hypertension"), onset="2016", recorded="2016-07-21", recorder="fp")
    bph = c.condition(am("N40", "Hyperplasia of prostate"), onset="2022", recorded="2022-11-03", recorder="uro")
    e1 = c.encounter("2026-05-20", "AMB", "Polyclinic consultation", reason=[cct("LUTS review, requested PSA")], prac="fp", org="poly")
    p1 = c.lab("psa", 6.8, "2026-05-20", e1, performer="poly")
    c.sreq(cc((LOCAL, "REF-URO", "Referral to urology specialist outpatient clinic"), text="Referral to Urology SOC"), "completed", "order", "2026-05-20",
           requester="fp", performer=[c.O("hosp")], supporting=[p1], note="PSA 6.8 ng/mL. Please assess.")
    e2 = c.encounter("2026-06-09", "AMB", "Urology clinic (SOC)", reason=[cct("Raised PSA")], prac="uro")
    c.report(cc((LOCAL, "MRI-PROS", "MRI prostate multiparametric"), text="MRI prostate (mpMRI)"), "2026-06-15", [],
             "Prostate volume 48 mL, PSA density 0.14. 9 mm PI-RADS 4 lesion left mid peripheral zone. No extraprostatic extension. No adenopathy.",
             category=("RAD", "Radiology"), performer="uro", enc=e2)
    bx = c.proc(cc((LOCAL, "TP-BX", "Transperineal prostate biopsy"), text="Transperineal MRI-fusion prostate biopsy"), "completed",
                "2026-07-08T09:30:00+08:00", performer=["uro"])
    path = c.report(cc((LOINC, "60567-5", "Comprehensive pathology report panel"), text="Prostate biopsy histology"), "2026-07-08", [],
                    "Acinar adenocarcinoma, Gleason 3+3=6 (ISUP Grade Group 1) in 2 of 14 cores (targeted), max 3 mm, no perineural invasion.",
                    category=("SP", "Surgical Pathology"), issued_date="2026-07-15", org_perf="hosp")
    ca = c.condition(am("C61", "Malignant neoplasm of prostate", ("399068003", "Malignant tumor of prostate")), onset="2026-07", recorded="2026-07-15",
                     recorder="uro", stage=[{"summary": cct("cT1c N0 M0, ISUP GG1, PSA 6.8 - low risk (NCCN)")}], evidence=[{"detail": [ref(path)]}])
    e3 = c.encounter("2026-07-29", "AMB", "Urology clinic - results and MDT outcome", reason=[ca], prac="uro")
    c.note("Urology clinic - MDT outcome", "2026-07-29",
           "Uro-oncology MDT 27/07: low-risk prostate cancer (GG1, 2/14 cores, PSA 6.8, cT1c). Recommendation: active surveillance.\n"
           "Discussed with pt and wife: active surveillance vs radical prostatectomy vs radiotherapy, incl. continence and erectile risks of "
           "treatment. Pt prefers active surveillance; no treatment planned. Surveillance: PSA 3-monthly, MRI at 12 months, repeat biopsy 12-18 months.",
           author="uro", type_cc=CONSULT, enc=e3)
    c.careplan("Active surveillance - low-risk prostate cancer", "active", "plan", "2026-07-29", author="uro",
               category=[cct("Cancer surveillance")], addresses=[ca], period={"start": "2026-07-29"}, enc=e3,
               description="Active surveillance; definitive treatment only if upgrading or progression.",
               activities=[{"code": cct("PSA every 3 months"), "status": "in-progress"},
                           {"code": cct("Repeat mpMRI prostate"), "status": "scheduled", "scheduled": "July 2027"},
                           {"code": cct("Confirmatory biopsy"), "status": "not-started", "scheduled": "July 2027 - January 2028"}])
    e4 = c.encounter("2026-11-04", "AMB", "Urology clinic - surveillance", reason=[ca], prac="uro")
    c.lab("psa", 6.5, "2026-10-28", e4)
    c.vitals("2026-11-04", e4, bp=(136, 82), hr=74, weight=71.0)
    c.note("Urology surveillance review", "2026-11-04", "PSA 6.5 (stable from 6.8). Well, IPSS 9. Continue active surveillance and tamsulosin. Next PSA Feb 2027.",
           author="uro", type_cc=PROGRESS, enc=e4)
    c.medrx(med("Tamsulosin 0.4 mg capsule", ("G04CA02", "tamsulosin"), "TAM04"), "2026-06-09", "1 capsule ON", requester="uro", reason_ref=[bph])
    c.medrx(med("Losartan 50 mg tablet", ("C09CA01", "losartan"), "LOS50"), "2026-01-12", "1 tablet OM", requester="fp")


# --------------------------------------------------------------------------------------------
def sg_stone(c):
    """PRC positive: patient portal message asking for a second opinion from another urologist."""
    base(c, ["Mei Fong"], "Chan", "female", "1971-08-12", "S7123390E", "KR0467125", "+65 9177 6530", "Blk 320 Sengkang East Way #12-205", "540320",
         ("en", "zh"), MARRIED)
    st = c.condition(am("N20.0", "Calculus of kidney", ("95570007", "Kidney stone")), onset="2021", recorded="2021-04-07", recorder="uro",
                     note="Recurrent calcium oxalate stones; left lower pole 4 mm residual.")
    c.condition(am("E03.9", "Hypothyroidism, unspecified"), onset="2015", recorded="2015-02-26", recorder="fp")
    c.medrx(med("Levothyroxine 75 mcg tablet", ("H03AA01", "levothyroxine sodium"), "LT475"), "2026-03-02", "1 tablet OM before breakfast", requester="fp")
    e1 = c.encounter("2026-08-20", "EMER", "Emergency department", reason=[cct("Left loin pain radiating to groin")], prac="uro", time="02:30",
                     end="2026-08-20", end_time="07:00")
    c.vitals("2026-08-20", e1, bp=(146, 88), hr=98, temp=36.9, time="02:40")
    c.report(cc((LOCAL, "CT-KUB", "CT kidneys, ureters and bladder (non-contrast)"), text="CT KUB"), "2026-08-20", [],
             "5 mm left vesicoureteric junction calculus with mild left hydroureteronephrosis. 4 mm non-obstructing left lower pole calculus.",
             category=("RAD", "Radiology"), enc=e1, time="04:10", org_perf="hosp")
    c.lab("creat_umol", 64, "2026-08-20", e1, time="03:00")
    c.medrx(med("Tamsulosin 0.4 mg capsule", ("G04CA02", "tamsulosin"), "TAM04"), "2026-08-20", "1 capsule ON for 4 weeks (medical expulsive therapy)",
            requester="uro", reason_ref=[st], status="completed")
    e2 = c.encounter("2026-09-01", "AMB", "Urology clinic (SOC)", reason=[st], prac="uro")
    c.obs(cc((LOCAL, "STONE-AN", "Calculus analysis"), text="Stone analysis"), "2026-08-27", e2, "laboratory",
          "Calcium oxalate monohydrate 80%, dihydrate 20%")
    c.note("Urology clinic", "2026-09-01",
           "Passed left VUJ stone 26/08 (retrieved, calcium oxalate). Residual 4 mm left lower pole stone, non-obstructing. "
           "Plan: conservative - fluids 2.5-3 L/day, reduce salt, 24-h urine metabolic study, KUB X-ray in 3 months.", author="uro",
           type_cc=CONSULT, enc=e2)
    e3 = c.encounter("2026-10-20", "EMER", "Emergency department", reason=[cct("Left flank pain")], prac="uro", time="21:10", end="2026-10-21",
                     end_time="01:30")
    c.obs(cc((LOINC, "30391-7", "Erythrocytes [#/volume] in Urine"), text="Urine RBC"), "2026-10-20", e3, "laboratory", qty(25, "/uL", "/uL"),
          interp="H", time="21:30", ref_range=[{"high": qty(20, "/uL", "/uL"), "text": "0-20 /uL"}])
    c.report(cc((LOCAL, "US-KUB", "Ultrasound kidneys and bladder"), text="US KUB"), "2026-10-20", [], "4 mm left lower pole calculus, no hydronephrosis.",
             category=("RAD", "Radiology"), enc=e3, time="23:00", org_perf="hosp")
    e4 = c.encounter("2026-11-10", "AMB", "Urology clinic (SOC)", reason=[st], prac="uro")
    c.note("Urology clinic", "2026-11-10",
           "Second ED attendance 20/10 for left flank pain; US no hydronephrosis. Recurrent loin pain attributed to the residual 4 mm lower-pole "
           "stone / small fragments; no obstruction, conservative management remains appropriate. Reassured, analgesia plan given. 24-h urine "
           "pending. Review 6 months with KUB X-ray.", author="uro", type_cc=PROGRESS, enc=e4)
    c.obs(cc((LOINC, "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported")), "2026-11-10", e4, "survey", 6)
    msg = c.comm("2026-11-16T22:47:00+08:00", c.P(), [c.D("uro"), c.O("hosp")],
                 ["Dear Dr Krishnan, I am writing because the pain on my left side keeps coming back every few weeks and I had to go to A&E "
                  "two times since August. At the clinic on 10 Nov I felt my concerns were brushed off and nobody really listened to me. "
                  "I would like to request a second opinion from another urologist about my kidney stone and this pain. "
                  "\u6211\u771f\u7684\u5f88\u75db\uff0c\u5e0c\u671b\u6709\u5176\u4ed6\u533b\u751f\u5e2e\u6211\u770b\u770b\u3002 Thank you. Chan Mei Fong"],
                 topic="Request for second opinion", about=[st], medium=[cc(("http://terminology.hl7.org/CodeSystem/v3-ParticipationMode", "EMAILWRIT", "email"))])
    c.comm("2026-11-17T10:05:00+08:00", c.O("hosp"), [c.P()],
           ["Dear Mdm Chan, thank you for your message. It has been forwarded to the Urology department; our patient service associate will contact you "
            "regarding your request."], in_response_to=[msg], category=[cc((COMMCAT, "notification", "Notification"))])


# --------------------------------------------------------------------------------------------
def sg_depression(c):
    """WDT positive: PHQ-9 14 -> 21 over 9 months on escitalopram (dose-optimised) with confirmed adherence."""
    base(c, ["Nur", "Aisyah"], "binte Mohamed Salleh", "female", "1988-02-27", "S8806614D", "KR0612380", "+65 8466 1209",
         "Blk 273B Punggol Walk #07-330", "822273", ("ms", "en"), MARRIED)
    c.organization("poly")
    dep = c.condition(am("F32.1", "Moderate depressive episode", ("35489007", "Depressive disorder")), onset="2025-11", recorded="2026-02-03",
                      recorder="fp")
    c.condition(am("J30.4", "Allergic rhinitis, unspecified"), onset="2008", recorded="2014-05-20", recorder="fp")
    rx = c.medrx(med("Escitalopram 10 mg tablet", ("N06AB10", "escitalopram"), "ESC10"), "2026-02-03",
                 "10 mg OM; increased to 20 mg OM from 30/06/2026", requester="psych", reason_ref=[dep])
    c.medstmt(med("Escitalopram 10 mg tablet", ("N06AB10", "escitalopram"), "ESC10"), "active", start="2026-02-03", asserted="2026-11-03",
              reason_ref=[dep], based_on=[rx], dosage="20 mg OM since 30/06/2026 (10 mg 03/02-29/06)",
              note="Adherence confirmed by pharmacy refill records and pill count; no missed doses reported.")
    scores = [("2026-02-03", 14, "fp"), ("2026-04-07", 12, "psych"), ("2026-06-30", 15, "psych"), ("2026-09-01", 18, "psych"), ("2026-11-03", 21, "psych")]
    for d, v, who in scores:
        e = c.encounter(d, "AMB", "Psychiatry clinic (SOC)" if who == "psych" else "Polyclinic consultation", reason=[dep], prac=who,
                        org="hosp" if who == "psych" else "poly")
        c.score(cc((LOINC, "44261-6", "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]"), text="PHQ-9"), v, d, e, performer=who)
        if d == "2026-02-03":
            c.labs("2026-02-03", e, [("tsh", 1.7), ("hb", 12.9), ("glucose_mmol", 5.1)], performer="poly")
            c.note("Polyclinic consultation", d,
                   "3 months low mood, anhedonia, poor sleep, guilt after miscarriage in Oct 2025. PHQ-9 14, item 9 = 0. TSH normal. "
                   "Dx moderate depressive episode. Started escitalopram 10 mg, referred to psychiatry and psychology.", author="fp",
                   type_cc=PROGRESS, enc=e, custodian="poly")
        if d == "2026-06-30":
            c.note("Psychiatry review", d, "PHQ-9 15 after initial small improvement. Adherent. Escitalopram increased to 20 mg. Continue CBT (8 sessions done).",
                   author="psych", type_cc=PROGRESS, enc=e)
        if d == "2026-11-03":
            c.note("Psychiatry review", d,
                   "PHQ-9 21 (14 at start of treatment, 12 in April, 15, 18, now 21). Escitalopram 20 mg for 4 months, 10 mg before that, adherence "
                   "verified; 14 CBT sessions completed. Now on MC from work as admin assistant. Passive death wish, no plan or intent; safety plan "
                   "done, husband informed. Husband: \u201cDia makin teruk, tak nak keluar bilik langsung.\u201d (She is getting worse, won't leave "
                   "the room at all.)\nImp: moderate-severe depression, worsening despite adequate SSRI trial and psychotherapy. Plan: cross-taper "
                   "to venlafaxine; review 2 weeks.", author="psych", type_cc=PROGRESS, enc=e)
    c.proc(cc((LOCAL, "CBT", "Cognitive behavioural therapy, individual"), text="Individual CBT with clinical psychologist (14 sessions)"), "in-progress",
           ("2026-03-05", None), reason_ref=[dep])
    c.related_person(["Mohd", "Hafiz"], "bin Kamal", "HUSB", "husband", phone="+65 8466 3310", lang=("ms", "Malay"))
    c.score(cc((LOINC, "70274-6", "Generalized anxiety disorder 7 item (GAD-7) total score [Reported.PHQ]"), text="GAD-7"), 11, "2026-11-03")


# --------------------------------------------------------------------------------------------
def sg_multimorbid(c):
    """ROC positive (complexity): six active chronic conditions across endocrinology, renal, cardiology, respiratory and rheumatology."""
    base(c, ["Boon Chye"], "Tay", "male", "1952-11-05", "S5247721I", "KR0073318", "+65 6782 4091", "Blk 98 Rivervale Street #06-12", "540098",
         ("zh", "en"), MARRIED)
    c.organization("poly")
    dm = c.condition(am("E11.9", "Type 2 diabetes mellitus without complication", ("44054006", "Diabetes mellitus type 2")), onset="2004",
                     recorded="2004-03-18", recorder="endo")
    ckd = c.condition(am("N18.3", "Chronic kidney disease, stage 3", ("700379002", "Chronic kidney disease stage 3B")), onset="2019",
                      recorded="2019-10-07", recorder="renal", note="Stage 3b, diabetic nephropathy, A2 albuminuria.")
    hf = c.condition(am("I50.0", "Congestive heart failure", ("84114007", "Heart failure")), onset="2022", recorded="2022-05-30", recorder="cardio",
                     note="HFrEF, LVEF 35% (ischaemic).")
    copd = c.condition(am("J44.9", "Chronic obstructive pulmonary disease, unspecified", ("13645005", "Chronic obstructive lung disease")),
                       onset="2017", recorded="2017-08-14", recorder="resp", note="GOLD 2, ex-smoker 40 pack-years.")
    gout = c.condition(am("M10.9", "Gout, unspecified", ("90560007", "Gout")), onset="2012", recorded="2012-01-09", recorder="fp")
    c.condition(am("I25.2", "Old myocardial infarction"), onset="2021", recorded="2021-12-02", recorder="cardio")
    e1 = c.encounter("2026-06-10", "AMB", "Endocrinology clinic (SOC)", reason=[dm], prac="endo")
    c.labs("2026-06-08", e1, [("hba1c", 7.2), ("glucose_mmol", 7.8), ("ldl_mmol", 1.6)])
    e2 = c.encounter("2026-07-15", "AMB", "Renal medicine clinic (SOC)", reason=[ckd], prac="renal")
    c.labs("2026-07-13", e2, [("creat_umol", 162), ("egfr", 38), ("k", 4.8), ("uacr", 180), ("hb", 11.9)])
    e3 = c.encounter("2026-08-19", "AMB", "Cardiology clinic (SOC)", reason=[hf], prac="cardio")
    c.lab("ntprobnp", 980, "2026-08-17", e3)
    c.report(cc((LOCAL, "TTE", "Transthoracic echocardiogram"), text="Transthoracic echocardiogram"), "2026-08-19", [],
             "LVEF 35% (biplane), inferior and inferolateral akinesia, mild MR. Unchanged from 2025.", category=("CUS", "Cardiac Ultrasound"),
             performer="cardio", enc=e3)
    c.vitals("2026-08-19", e3, bp=(118, 70), hr=64, weight=70.5)
    e4 = c.encounter("2026-09-23", "AMB", "Respiratory clinic (SOC)", reason=[copd], prac="resp")
    c.obs(cc((LOINC, "20150-9", "FEV1"), text="FEV1 (post-bronchodilator)"), "2026-09-23", e4, "exam", qty(1.42, "L", "L"),
          note="58% predicted; FEV1/FVC 0.61", performer="resp")
    c.score(cc((LOCAL, "CAT", "COPD Assessment score"), text="COPD Assessment (CAT) score"), 14, "2026-09-23", e4)
    e5 = c.encounter("2026-11-12", "AMB", "Polyclinic - integrated chronic care review", reason=[dm, ckd, hf, copd, gout], prac="fp", org="poly")
    c.vitals("2026-11-12", e5, bp=(122, 72), hr=66, weight=70.8, spo2=95)
    c.labs("2026-11-10", e5, [("hba1c", 7.0), ("egfr", 37), ("k", 4.9), ("uric", 6.1)], performer="poly")
    c.note("Integrated chronic care review", "2026-11-12",
           "74M with T2DM, CKD 3b (diabetic nephropathy), HFrEF EF 35% post-MI, COPD GOLD 2, gout. Followed by endocrinology, renal, cardiology "
           "and respiratory SOCs plus polyclinic; 11 regular medications. All conditions currently stable: HbA1c 7.0, eGFR 37 (38 in July), "
           "NT-proBNP 980, no exacerbations this year, no gout flare since March. Enrolled in hospital-to-home complex care programme; "
           "care coordinator assigned to align SOC appointments and medication reconciliation.", author="fp", type_cc=PROGRESS, enc=e5, custodian="poly")
    for name, atc, loc, dose, rs, who in [
        ("Linagliptin 5 mg tablet", ("A10BH05", "linagliptin"), "LIN5", "1 tablet OM", [dm], "endo"),
        ("Empagliflozin 10 mg tablet", ("A10BK03", "empagliflozin"), "EMP10", "1 tablet OM", [dm, hf], "endo"),
        ("Gliclazide 80 mg tablet", ("A10BB09", "gliclazide"), "GLZ80", "1 tablet BD", [dm], "endo"),
        ("Sacubitril/valsartan 49/51 mg tablet", ("C09DX04", "valsartan and sacubitril"), "SAVA", "1 tablet BD", [hf], "cardio"),
        ("Bisoprolol 5 mg tablet", ("C07AB07", "bisoprolol"), "BIS5", "1 tablet OM", [hf], "cardio"),
        ("Furosemide 40 mg tablet", ("C03CA01", "furosemide"), "FUR40", "1 tablet OM", [hf], "cardio"),
        ("Aspirin 100 mg tablet", ("B01AC06", "acetylsalicylic acid"), "ASP100", "1 tablet OM", [hf], "cardio"),
        ("Atorvastatin 40 mg tablet", ("C10AA05", "atorvastatin"), "ATV40", "1 tablet ON", [dm], "cardio"),
        ("Tiotropium/olodaterol 2.5/2.5 mcg Respimat", ("R03AL06", "olodaterol and tiotropium bromide"), "TIOOLO", "2 puffs OM", [copd], "resp"),
        ("Allopurinol 100 mg tablet", ("M04AA01", "allopurinol"), "ALLO100", "1 tablet OM", [gout], "renal"),
    ]:
        c.medrx(med(name, atc, loc), "2026-11-12" if who != "resp" else "2026-09-23", dose, requester=who, reason_ref=rs)


CASES = [
    dict(key="sg_ida", build=sg_ida, org="SG", target="PERSISTENT_SYMPTOMS_NORMAL_WORKUP", kind="positive",
         expected=["PERSISTENT_SYMPTOMS_NORMAL_WORKUP"],
         why="Red-flag e-trigger: iron-deficiency anaemia (Hb 9.8, ferritin 6) in a 64-year-old man on 2026-08-10 with no endoscopy, colonoscopy or GI referral in the following 60 days (or by the anchor date).",
         summary="64M, new iron-deficiency anaemia Aug 2026, oral iron only, no OGD/colonoscopy or referral"),
    dict(key="sg_fibromyalgia", build=sg_fibromyalgia, org="SG", target="DIAGNOSIS_SYMPTOM_MISMATCH", kind="positive",
         expected=["DIAGNOSIS_SYMPTOM_MISMATCH"],
         why="Fibromyalgia (M79.7) label active 15 months while new proximal weakness, CK 2850, raised ESR/CRP and transaminases appear; the label cannot explain these (inflammatory myopathy pattern) yet remains the working diagnosis.",
         summary="49F, fibromyalgia since 2025; proximal weakness + CK 2850 attributed to 'flare'"),
    dict(key="sg_viral", build=sg_viral, org="SG", target="DIAGNOSIS_SYMPTOM_MISMATCH", kind="near-miss", expected=[],
         why="B34.9 'viral infection, unspecified' is a catch-all code but it covered a 9-day febrile illness that resolved (condition resolved, follow-up well) - far short of 90 days with continuing symptoms.",
         summary="27M asthmatic, viral fever Oct 2026 coded B34.9, dengue negative, resolved in 9 days"),
    dict(key="sg_tkr", build=sg_tkr, org="SG", target="MAJOR_PROCEDURE_PLANNED", kind="positive",
         expected=["MAJOR_PROCEDURE_PLANNED"],
         why="Procedure 'Right total knee replacement' (TOSP/SNOMED coded) in status 'preparation', pre-admission assessment done and admission booked for 2026-12-15.",
         summary="68F, right knee OA KL4, listed for total knee replacement 15 Dec 2026"),
    dict(key="sg_pancreas", build=sg_pancreas, org="SG", target="UNTREATABLE_PROGNOSIS", kind="positive",
         expected=["UNTREATABLE_PROGNOSIS"],
         why="Stage IV pancreatic cancer; oncology impression 'no treatment options available, best supportive care', active palliative CarePlan and home hospice referral; no second opinion on record.",
         summary="79M, metastatic pancreatic cancer, ECOG 3, palliative care plan and home hospice referral"),
    dict(key="sg_acp", build=sg_acp, org="SG", target="UNTREATABLE_PROGNOSIS", kind="near-miss", expected=[],
         why="The CarePlan is a routine Advance Care Plan in a robust 82-year-old (CFS 3) wanting full treatment for reversible illness; there is no life-limiting condition and no palliative or no-treatment signal.",
         summary="82F, well, advance care planning session with daughter as spokesperson"),
    dict(key="sg_prostate", build=sg_prostate, org="SG", target="HIGH_IMPACT_TREATMENT", kind="near-miss", expected=[],
         why="Low-risk prostate cancer on active surveillance: prostatectomy and radiotherapy were discussed but not chosen and nothing is planned or started; the raised PSA was promptly followed up.",
         summary="66M, GG1 prostate cancer, active surveillance chosen over surgery/radiotherapy"),
    dict(key="sg_stone", build=sg_stone, org="SG", target="PATIENT_REPORTED_CONCERN", kind="positive",
         expected=["PATIENT_REPORTED_CONCERN"],
         why="Patient-authored portal message (Communication, sender Patient) says her concerns were brushed off and explicitly requests a second opinion from another urologist.",
         summary="55F, recurrent renal colic, small residual stone; portal message asking for a second opinion"),
    dict(key="sg_depression", build=sg_depression, org="SG", target="WORSENING_DESPITE_TREATMENT", kind="positive",
         expected=["WORSENING_DESPITE_TREATMENT"],
         why="PHQ-9 14 -> 12 -> 15 -> 18 -> 21 over 9 months (rise of 9 from the April low, MCID 5) while escitalopram (dose-optimised, adherence verified) and CBT ran throughout.",
         summary="38F, moderate depression, PHQ-9 rising on escitalopram 20 mg + CBT"),
    dict(key="sg_multimorbid", build=sg_multimorbid, org="SG", target="RARE_OR_COMPLEX_CONDITION", kind="positive",
         expected=["RARE_OR_COMPLEX_CONDITION"],
         why="Six active chronic conditions (T2DM, CKD 3b, HFrEF, old MI, COPD, gout) followed by endocrinology, renal, cardiology, respiratory and primary care - complexity threshold met; all currently stable.",
         summary="74M, T2DM + CKD3b + HFrEF + COPD + gout, four specialist clinics, stable"),
]
