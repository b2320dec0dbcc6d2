"""Organisation 3: St Aldhelm's University Hospital NHS FT - Inflammatory Bowel Disease and Colorectal Surgery Service (England).

SNOMED CT problems with ICD-10 (WHO/UK) codes, SI units (Hb g/L), faecal calprotectin, endoscopy and activity scores
(Harvey-Bradshaw, partial Mayo), biologic drug levels, MDT outcomes, resection and stoma planning.
"""
from fhirkit import (UK, ICD10, SCT, LOINC, COMMCAT, YESNO, cc, cct, coding, qty, ref)

ATC = "http://www.whocc.no/atc"
FORM = "https://fhir.staldhelms-ibd.example/CodeSystem/formulary"
LOCAL = "https://fhir.staldhelms-ibd.example/CodeSystem/ibd-local"
NHSNO = "https://fhir.nhs.uk/Id/nhs-number"
HOSPNO = "https://fhir.staldhelms-ibd.example/Id/hospital-number"
CLINIC_LETTER = cc((LOINC, "11488-4", "Consult note"), text="Clinic letter")
PROGRESS = cc((LOINC, "11506-3", "Progress note"))
DISCHARGE = cc((LOINC, "18842-5", "Discharge summary"))
MDT = cc((LOCAL, "MDT-OUTCOME", "Multidisciplinary team meeting outcome"), text="MDT outcome")
HBI = cc((LOCAL, "HBI", "Harvey-Bradshaw Index"), text="Harvey-Bradshaw Index")
PMAYO = cc((LOCAL, "PMAYO", "Partial Mayo score"), text="Partial Mayo score")


def nhs_number(nine):
    digits = [int(x) for x in nine]
    total = sum(d * w for d, w in zip(digits, range(10, 1, -1)))
    chk = 11 - total % 11
    chk = 0 if chk == 11 else chk
    assert chk != 10, nine
    return nine + str(chk)


def med(name, atc=None, local=None):
    cods = []
    if local:
        cods.append((FORM, local, name))
    if atc:
        cods.append((ATC, atc[0], atc[1]))
    return cc(*cods, text=name)


def dx(sct, icd=None, text=None):
    cods = [(SCT, sct[0], sct[1])] if sct else []
    if icd:
        cods.append((ICD10, icd[0], icd[1]))
    return cc(*cods, text=text or (sct[1] if sct else icd[1]))


def base(c, given, family, gender, birth, nine, hospno, phone, street, town, postcode, marital=None):
    c.organization("hosp")
    c.patient(given, family, gender, birth,
              identifiers=[{"use": "official", "system": NHSNO, "value": nhs_number(nine)},
                           {"use": "usual", "type": cc(("http://terminology.hl7.org/CodeSystem/v2-0203", "MR", "Medical record number")),
                            "system": HOSPNO, "value": hospno}],
              phone=phone, address={"line": [street], "city": town, "postalCode": postcode, "country": "GB"},
              lang=[("en-GB", "English (United Kingdom)")], marital=marital, gp_key="gp")
    c.organization("gp")
    c.coverage("payer", cc(("http://terminology.hl7.org/CodeSystem/v3-ActCode", "PUBLICPOL", "public healthcare"), text="NHS"),
               subscriber_id=nhs_number(nine), start="2013-04-01")


MARRIED = cc(("http://terminology.hl7.org/CodeSystem/v3-MaritalStatus", "M", "Married"))
SINGLE = cc(("http://terminology.hl7.org/CodeSystem/v3-MaritalStatus", "S", "Never Married"))
DIVORCED = cc(("http://terminology.hl7.org/CodeSystem/v3-MaritalStatus", "D", "Divorced"))


# --------------------------------------------------------------------------------------------
def uk_functional(c):
    """PSNW positive: 6 months abdominal pain and diarrhoea, calprotectin x2, bloods, coeliac serology, colonoscopy and biopsies all normal; discharged with no diagnosis."""
    base(c, ["Megan", "Louise"], "Fairweather", "female", "1995-06-22", "462830117", "SAH4410296", "07700 900418", "22 Coronation Terrace",
         "Yeovil", "BA20 1RS", SINGLE)
    pain = cc((SCT, "21522001", "Abdominal pain"), text="Abdominal pain")
    diar = cc((SCT, "62315008", "Diarrhea"), text="Loose stools")
    c.condition(dx(("37796009", "Migraine"), ("G43.9", "Migraine, unspecified")), onset="2012", recorded="2014-01-20", recorder="gp")
    e1 = c.encounter("2026-05-18", "AMB", "GP consultation", reason=[pain, diar], prac="gp", org="gp")
    c.obs(diar, "2026-05-18", e1, "exam", "4 weeks of loose stools 3-4 times a day with crampy lower abdominal pain and bloating; no blood, no weight loss",
          performer="gp")
    l1 = c.labs("2026-05-19", e1, [("hb_gl", 132), ("wbc_gl", 6.9), ("plt_gl", 280), ("crp", 2), ("ferritin_ugl", 45), ("ttg", 1.2), ("tsh", 1.8),
                                    ("calpro", 38)], performer="gp")
    ref_sr = c.sreq(cc((LOCAL, "REF-IBD", "Referral to IBD clinic"), text="Referral to gastroenterology (IBD clinic)"), "completed", "order", "2026-05-25",
                    requester="gp", performer=[c.O("hosp")], reason=[pain, diar],
                    note="Persistent change in bowel habit, aunt has Crohn's disease. Calprotectin 38. ?IBD. Patient very anxious about symptoms.")
    e2 = c.encounter("2026-07-02", "AMB", "IBD clinic - new patient", reason=[pain, diar], prac="ibd2")
    c.obs(pain, "2026-07-02", e2, "exam", "Ongoing crampy pain and 3-5 loose stools daily, occasional nocturnal urgency", performer="ibd2")
    c.vitals("2026-07-02", e2, bp=(112, 70), hr=72, weight=62.4, height=167)
    c.lab("calpro", 42, "2026-07-02", e2)
    e3 = c.encounter("2026-08-20", "AMB", "Endoscopy unit - day case", reason=[diar], prac="ibd2", time="10:00", end_time="13:00")
    c.obs(diar, "2026-08-20", e3, "exam", "Pre-procedure assessment: symptoms unchanged, 4 loose stools/day", performer="ibd2", time="10:05")
    colo = c.proc(cc((SCT, "73761001", "Colonoscopy"), text="Colonoscopy to terminal ileum with segmental biopsies"), "completed",
                  "2026-08-20T11:15:00+01:00", reason=[diar], performer=["ibd2"], enc=e3,
                  outcome=cct("Macroscopically normal colon and terminal ileum"))
    c.report(cc((LOINC, "60567-5", "Comprehensive pathology report panel"), text="Colonic and ileal biopsies - histology"), "2026-08-20", [],
             "Terminal ileum, right and left colon, rectum: normal mucosa. No features of microscopic colitis, no granulomas, no chronic inflammatory changes.",
             category=("SP", "Surgical Pathology"), performer="path", enc=e3, issued_date="2026-08-28")
    e4 = c.encounter("2026-10-14", "AMB", "IBD clinic - follow-up", reason=[pain, diar], prac="ibd2")
    c.obs(pain, "2026-10-14", e4, "exam", "Symptoms persisting, abdominal pain most days, 3-4 loose stools", performer="ibd2")
    c.note("IBD clinic letter", "2026-10-14",
           "Dear Dr Whitfield,\nI reviewed Megan today. Her colonoscopy to the terminal ileum and biopsies are normal, faecal calprotectin has been "
           "normal twice (38 and 42 ug/g), and her bloods including coeliac serology, thyroid function, ferritin and CRP are normal. There is no "
           "evidence of inflammatory bowel disease or microscopic colitis. Her symptoms continue. I have not found a cause for them and I have "
           "discharged her from the IBD clinic back to your care.\nYours sincerely,\nDr Aisha Rahman, Consultant Gastroenterologist",
           author="ibd2", type_cc=CLINIC_LETTER, enc=e4)
    e5 = c.encounter("2026-11-19", "AMB", "GP consultation", reason=[pain, diar], prac="gp", org="gp")
    c.obs(diar, "2026-11-19", e5, "exam", "Still 3-4 loose stools a day with pain and bloating, now 6 months; weight stable 62 kg; off work 5 days this month",
          performer="gp")
    c.vitals("2026-11-19", e5, bp=(114, 72), hr=76, weight=62.0)
    c.note("GP consultation", "2026-11-19",
           "Seen after hospital discharge letter. Symptoms unchanged since May. All hospital investigations normal, no diagnosis reached. "
           "Patient upset: 'they keep telling me everything is normal but I'm not'. Food and symptom diary given, review 4 weeks.",
           author="gp", type_cc=PROGRESS, enc=e5, custodian="gp")


# --------------------------------------------------------------------------------------------
def uk_ibs_label(c):
    """DSM positive: IBS diagnosed March 2026; by October nocturnal diarrhoea, blood, weight loss, calprotectin 640, CRP 24, low albumin - still managed as IBS."""
    base(c, ["Thomas", "Edward"], "Pike", "male", "2000-09-03", "640215538", "SAH5528813", "07700 900562", "5 Hendford Hill", "Yeovil", "BA20 2QH", SINGLE)
    ibs = c.condition(dx(("10743008", "Irritable bowel syndrome"), ("K58.0", "Irritable bowel syndrome with diarrhoea")), onset="2026-01",
                      recorded="2026-03-10", recorder="gp", note="IBS-D diagnosed clinically; bloods normal at diagnosis.")
    e1 = c.encounter("2026-03-10", "AMB", "GP consultation", reason=[cct("Loose stools and cramps for 2 months")], prac="gp", org="gp")
    c.labs("2026-03-11", e1, [("hb_gl", 148), ("crp", 4), ("ttg", 0.8)], performer="gp")
    c.vitals("2026-03-10", e1, weight=78.0, bp=(122, 74))
    c.medrx(med("Mebeverine 135 mg tablets", ("A03AA04", "mebeverine"), "MEB135"), "2026-03-10", "One tablet three times a day before meals",
            requester="gp", reason_ref=[ibs])
    e2 = c.encounter("2026-05-05", "AMB", "GP consultation", reason=[ibs], prac="gp", org="gp")
    c.obs(cc((SCT, "62315008", "Diarrhea"), text="Diarrhoea"), "2026-05-05", e2, "exam", "Up to 6 loose stools a day, urgency", performer="gp")
    c.medrx(med("Loperamide 2 mg capsules", ("A07DA03", "loperamide"), "LOP2"), "2026-05-05", "One or two capsules after loose stool, max 8 a day",
            requester="gp", reason_ref=[ibs])
    e3 = c.encounter("2026-07-21", "AMB", "GP consultation", reason=[ibs], prac="gp", org="gp")
    c.vitals("2026-07-21", e3, weight=75.2, bp=(118, 72), hr=88)
    c.note("GP consultation", "2026-07-21",
           "IBS review. Now waking at night to open bowels 1-2x, occasional blood on paper, lost 3 kg. Exam: soft, mild LIF tenderness, "
           "small external haemorrhoid. Imp: IBS flare, bleeding likely haemorrhoidal. Switch to peppermint oil, bloods + calprotectin.",
           author="gp", type_cc=PROGRESS, enc=e3, custodian="gp")
    c.medrx(med("Peppermint oil 0.2 ml gastro-resistant capsules", ("A03AX", "other drugs for functional gastrointestinal disorders"), "PEP02"),
            "2026-07-21", "One or two capsules three times a day", requester="gp", reason_ref=[ibs])
    e4 = c.encounter("2026-10-01", "AMB", "Phlebotomy", prac="gp", org="gp", time="08:30", end_time="08:40")
    labs = c.labs("2026-10-01", e4, [("calpro", 640), ("crp", 24), ("alb_gl", 33), ("hb_gl", 131), ("plt_gl", 455), ("ferritin_ugl", 32)], performer="gp")
    c.report(cc((LOCAL, "BLOODS-CALPRO", "Bloods and faecal calprotectin"), text="Bloods and faecal calprotectin"), "2026-10-01", labs,
             "Faecal calprotectin 640 ug/g (raised). CRP 24, albumin 33, platelets 455.", org_perf="hosp", enc=e4)
    e5 = c.encounter("2026-10-05", "VR", "GP telephone consultation", reason=[ibs], prac="gp", org="gp", time="11:20", end_time="11:35")
    c.vitals("2026-10-05", e5, weight=73.0)
    c.note("GP telephone consultation", "2026-10-05",
           "Results discussed. Ongoing 5-6 stools/day incl. nocturnal, intermittent blood, weight 73 kg (78 in March). Calprotectin 640. "
           "Imp: IBS flare. Plan: refer to dietitian for low-FODMAP diet, continue peppermint oil, repeat calprotectin in 6 weeks.",
           author="gp", type_cc=PROGRESS, enc=e5, custodian="gp")
    c.sreq(cc((LOCAL, "REF-DIET", "Referral to dietetics"), text="Referral to dietitian - low FODMAP diet"), "active", "order", "2026-10-05", requester="gp",
           reason_ref=[ibs], performer=[c.D("diet")], priority="routine")
    e6 = c.encounter("2026-11-16", "AMB", "Phlebotomy", prac="gp", org="gp", time="08:30", end_time="08:40")
    c.labs("2026-11-16", e6, [("calpro", 710), ("crp", 27), ("alb_gl", 32)], performer="gp")
    e7 = c.encounter("2026-11-18", "VR", "GP telephone consultation", reason=[ibs], prac="gp", org="gp", time="12:10", end_time="12:20")
    c.note("GP telephone consultation", "2026-11-18",
           "Repeat calprotectin 710, CRP 27. Still 5-6 loose stools/day with urgency. Awaiting dietitian appointment (January). "
           "Imp: IBS, not settling. Continue peppermint oil and loperamide; consider gastroenterology referral if no better after low-FODMAP diet.",
           author="gp", type_cc=PROGRESS, enc=e7, custodian="gp")


# --------------------------------------------------------------------------------------------
def uk_crohn_stricture(c):
    """MPP positive (plus PRC): fibrostenotic terminal ileal Crohn's, laparoscopic ileocaecal resection booked Jan 2027; patient asks for a second opinion first."""
    base(c, ["Daniel", "Chukwuemeka"], "Okonkwo", "male", "1992-01-15", "481956723", "SAH3307718", "07700 900734", "Flat 3, 18 Cheap Street",
         "Sherborne", "DT9 3PX", MARRIED)
    cd = c.condition(dx(("34000006", "Crohn's disease"), ("K50.0", "Crohn's disease of small intestine"),
                        "Crohn's disease, terminal ileum (Montreal A2 L1 B2)"), onset="2016", recorded="2016-05-12", recorder="ibd1")
    rx = c.medrx(med("Ustekinumab 90 mg/1 ml solution for injection pre-filled syringe", ("L04AC05", "ustekinumab"), "UST90"), "2025-01-20",
                 "90 mg subcutaneously every 8 weeks", requester="ibd1", reason_ref=[cd])
    e1 = c.encounter("2026-08-14", "IMP", "Emergency admission - surgical", reason=[cct("Colicky abdominal pain, vomiting, distension")], prac="crs",
                     time="19:30", end="2026-08-18", end_time="12:00")
    c.note("Discharge summary", "2026-08-18",
           "Subacute small bowel obstruction secondary to known terminal ileal Crohn's stricture. Managed conservatively (NBM, NG, IV fluids). "
           "CRP peak 18. Tolerating low-residue diet at discharge. For MRE and IBD MDT.", author="crs", type_cc=DISCHARGE, enc=e1)
    e2 = c.encounter("2026-09-04", "AMB", "MR enterography", prac="rad", time="13:00", end_time="14:00")
    c.report(cc((LOCAL, "MRE", "MR enterography"), text="MR enterography"), "2026-09-04", [],
             "14 cm terminal ileal stricture with 4.1 cm pre-stenotic dilatation. Low T2 signal, minimal mural enhancement and no restricted "
             "diffusion: predominantly fibrotic stricture. No abscess or fistula.", category=("RAD", "Radiology"), performer="rad", enc=e2)
    e3 = c.encounter("2026-09-15", "AMB", "IBD clinic", reason=[cd], prac="ibd1")
    c.score(HBI, 6, "2026-09-15", e3, performer="ibd1", note="Post-prandial pain and bloating; 2 soft stools a day")
    c.labs("2026-09-15", e3, [("calpro", 95), ("crp", 4), ("hb_gl", 141), ("alb_gl", 40)])
    c.vitals("2026-09-15", e3, weight=71.5, bp=(124, 78), hr=70)
    c.note("IBD MDT outcome", "2026-10-09",
           "IBD MDT 09/10/2026 (gastroenterology, colorectal surgery, radiology, IBD nursing, dietetics).\n"
           "Fibrostenotic 14 cm TI stricture with obstructive episode, inflammation well controlled on ustekinumab (CRP 4, calprotectin 95). "
           "Stricture too long for endoscopic balloon dilatation.\n"
           "Outcome: recommend elective laparoscopic ileocaecal resection with primary anastomosis. Continue ustekinumab peri-operatively. "
           "Stoma not anticipated.", author="ibd1", type_cc=MDT)
    e4 = c.encounter("2026-10-20", "AMB", "Colorectal surgery clinic", reason=[cd], prac="crs")
    c.note("Colorectal surgical clinic letter", "2026-10-20",
           "Dear Dr Whitfield,\nI saw Daniel to discuss the MDT recommendation. We talked through laparoscopic ileocaecal resection with primary "
           "anastomosis, including the risks of anastomotic leak (about 5%), conversion to open surgery, and recurrence at the anastomosis. "
           "He consented and has been placed on the waiting list; surgery is provisionally booked for 20 January 2027 with pre-operative "
           "assessment on 9 December.\nYours sincerely,\nMr James Holloway, Consultant Colorectal Surgeon",
           author="crs", type_cc=CLINIC_LETTER, enc=e4)
    sr = c.sreq(cc((LOCAL, "LAP-ICR", "Laparoscopic ileocaecal resection"), text="Laparoscopic ileocaecal resection with primary anastomosis"),
                "active", "order", "2026-10-20", requester="crs", performer=[c.D("crs")], occurrence="2027-01-20", reason_ref=[cd], enc=e4,
                priority="routine", category=[cc((SCT, "387713003", "Surgical procedure"))],
                note="Elective list, St Aldhelm's main theatres. Enhanced recovery pathway. Expected LOS 4-5 days.")
    c.appointment("2026-12-09", "booked", "Pre-operative assessment clinic", "crs", minutes=45, created="2026-10-20", time="09:30",
                  service_text="Pre-operative assessment")
    c.comm("2026-11-02T20:14:00+00:00", c.P(), [c.D("cns")],
           ["Hi Claire, I've been thinking a lot about the operation since clinic. Before I agree to go ahead I would really like a second "
            "opinion from another IBD surgeon or centre, just to be sure surgery is the only option for me. Is that something you can arrange "
            "or do I need to go through my GP? Thanks, Dan"],
           topic="Request for second opinion before surgery", about=[sr])
    c.medstmt(med("Ustekinumab 90 mg/1 ml solution for injection pre-filled syringe", ("L04AC05", "ustekinumab"), "UST90"), "active",
              start="2025-01-20", asserted="2026-09-15", reason_ref=[cd], based_on=[rx], dosage="90 mg SC every 8 weeks, last dose 28/10/2026")
    c.medrx(med("Colecalciferol 800 unit capsules", ("A11CC05", "colecalciferol"), "VITD800"), "2026-09-15", "One capsule daily", requester="ibd1")


# --------------------------------------------------------------------------------------------
def uk_crc_second(c):
    """UP near miss: metastatic colorectal cancer, best supportive care; second opinion at the regional cancer centre in August 2026 concurred."""
    base(c, ["Margaret", "Ann"], "Lowther", "female", "1955-03-27", "438107264", "SAH1186342", "01935 550877", "7 Abbey Road", "Sherborne",
         "DT9 3LQ", MARRIED)
    c.organization("tert")
    ca = c.condition(dx(("363406005", "Malignant tumor of colon"), ("C18.7", "Malignant neoplasm: Sigmoid colon"), "Adenocarcinoma of sigmoid colon"),
                     onset="2025-06", recorded="2025-06-17", recorder="crs",
                     stage=[{"summary": cct("pT3 N1 M1c (liver and lung), KRAS G12D mutant, MSS")}])
    c.condition(dx(("94381002", "Secondary malignant neoplasm of liver"), ("C78.7", "Secondary malignant neoplasm of liver")), onset="2025-06",
                recorded="2025-06-17", recorder="onc")
    c.condition(dx(("94391008", "Secondary malignant neoplasm of lung"), ("C78.0", "Secondary malignant neoplasm of lung")), onset="2025-06",
                recorded="2025-06-17", recorder="onc")
    c.condition(dx(("38341003", "Hypertensive disorder"), ("I10", "Essential (primary) hypertension")), onset="2008", recorded="2008-11-04", recorder="gp")
    e1 = c.encounter("2026-06-24", "AMB", "Oncology clinic", reason=[ca], prac="onc")
    c.labs("2026-06-22", e1, [("cea", 86), ("alb_gl", 32), ("bili_umol", 18), ("hb_gl", 104)])
    c.report(cc((LOCAL, "CT-CAP", "CT chest, abdomen and pelvis"), text="CT CAP"), "2026-06-18", [],
             "Progressive disease: enlarging liver metastases (largest 6.1 cm from 4.2 cm) and new bilateral lung nodules.", category=("RAD", "Radiology"),
             performer="rad", enc=e1)
    c.note("Oncology clinic letter", "2026-06-24",
           "Progression after first-line FOLFOX-bevacizumab (Jul 2025-Jan 2026) and second-line FOLFIRI (Feb-May 2026). RAS mutant. ECOG 2. "
           "Trifluridine-tipiracil discussed; expected benefit small and Margaret does not wish further chemotherapy. No further standard "
           "treatment options that would meaningfully help. Recommend best supportive care and referral to community palliative care.",
           author="onc", type_cc=CLINIC_LETTER, enc=e1)
    c.comm("2026-07-28T10:02:00+01:00", c.P(), [c.D("onc")],
           ["Dear Dr McAllister, my husband and I have talked it over and before we accept that nothing more can be done we would like a second "
            "opinion from the cancer centre in Southampton, including whether there are any trials. Kind regards, Margaret Lowther"],
           topic="Request for second opinion")
    c.sreq(cc((LOCAL, "REF-2ND-OP", "Referral for second opinion"), text="Referral for second oncology opinion - Wessex Regional Cancer Centre"),
           "completed", "order", "2026-07-30", requester="onc", performer=[c.O("tert")], reason_ref=[ca])
    e2 = c.encounter("2026-08-26", "AMB", "Second opinion consultation - medical oncology", reason=[ca], prac="extonc", org="tert",
                     type_cc=cc((LOCAL, "SECOND-OPINION", "Second opinion consultation"), text="Second opinion consultation"))
    c.note("Second opinion - medical oncology", "2026-08-26",
           "Second opinion requested by Mrs Lowther. I have reviewed her imaging, histology, molecular profile (KRAS G12D, MSS, HER2 negative) and "
           "treatment history. I agree that there are no further standard options likely to provide meaningful benefit. She is not eligible for "
           "our current early-phase trials (KRAS G12D trial closed to recruitment; ECOG 2). I concur with best supportive care. Discussed openly "
           "with Margaret and her husband, who found it helpful.\nProf Michael Brandt, Consultant Medical Oncologist",
           author="extonc", type_cc=cc((LOINC, "11488-4", "Consult note"), text="Second opinion letter"), enc=e2, custodian="tert")
    pall = c.sreq(cc((SCT, "306237005", "Referral to palliative care service"), text="Referral to community specialist palliative care"), "active",
                  "order", "2026-09-01", requester="onc", reason_ref=[ca])
    c.careplan("Best supportive care plan", "active", "plan", "2026-09-01", author="pall",
               category=[cc((SCT, "103735009", "Palliative care"), text="Palliative care")], addresses=[ca], period={"start": "2026-09-01"},
               description="Symptom control at home with community palliative care team; preferred place of care and death: home.",
               activities=[{"reference": pall}, {"code": cct("Anticipatory medications in the home"), "status": "completed"}])
    e3 = c.encounter("2026-11-10", "HH", "Community palliative care home visit", reason=[ca], prac="pall", time="14:00", end_time="15:00")
    c.vitals("2026-11-10", e3, hr=96, weight=55.0)
    c.note("Palliative care home visit", "2026-11-10",
           "Comfortable at home, RUQ discomfort controlled on MST 10 mg bd. Appetite poor. Margaret says she is at peace with the decision after "
           "the Southampton opinion. Husband coping. ReSPECT form completed.", author="pall", type_cc=PROGRESS, enc=e3)
    c.medrx(med("Morphine sulfate 10 mg modified-release tablets", ("N02AA01", "morphine"), "MST10"), "2026-09-01", "One tablet twice a day",
            requester="pall", reason_ref=[ca])


# --------------------------------------------------------------------------------------------
def uk_rectal_crt(c):
    """HIT positive: locally advanced low rectal cancer, long-course chemoradiotherapy started 9 Nov 2026."""
    base(c, ["Peter", "John"], "Caldwell", "male", "1967-10-08", "455720981", "SAH2917460", "07700 900281", "Orchard House, Long Street",
         "Sherborne", "DT9 3BS", MARRIED)
    e1 = c.encounter("2026-09-08", "AMB", "GP consultation", reason=[cct("Rectal bleeding and change in bowel habit")], prac="gp", org="gp")
    fit = c.obs(cc((LOCAL, "FIT", "Faecal immunochemical haemoglobin"), text="FIT (faecal haemoglobin)"), "2026-09-08", e1, "laboratory",
                qty(210, "ug/g", "ug/g"), interp="H", ref_range=[{"high": qty(10, "ug/g", "ug/g"), "text": "<10 ug Hb/g faeces"}])
    c.sreq(cc((LOCAL, "2WW-LGI", "Suspected lower GI cancer referral (2-week wait)"), text="Urgent suspected cancer referral - lower GI"), "completed", "order",
           "2026-09-08", requester="gp", performer=[c.O("hosp")], supporting=[fit], priority="urgent")
    e2 = c.encounter("2026-09-22", "AMB", "Endoscopy unit", prac="crs")
    c.proc(cc((SCT, "73761001", "Colonoscopy")), "completed", "2026-09-22T09:40:00+01:00", performer=["crs"], enc=e2,
           outcome=cct("Circumferential ulcerating tumour 6-11 cm from anal verge, biopsied and tattooed"))
    ca = c.condition(dx(("363351006", "Malignant tumor of rectum"), ("C20", "Malignant neoplasm of rectum"), "Adenocarcinoma of low rectum"),
                     onset="2026-09", recorded="2026-09-29", recorder="crs",
                     stage=[{"summary": cct("mrT3c N1 M0, EMVI positive, CRM threatened (1 mm), lower third")}])
    c.condition(dx(("44054006", "Diabetes mellitus type 2"), ("E11.9", "Type 2 diabetes mellitus without complications")), onset="2019",
                recorded="2019-02-14", recorder="gp")
    c.report(cc((LOCAL, "MRI-PELVIS-RECT", "MRI pelvis rectal cancer staging"), text="MRI rectum (staging)"), "2026-10-01", [],
             "Low rectal tumour, mrT3c with 6 mm extramural spread, EMVI positive, mesorectal fascia 1 mm (CRM threatened), 2 suspicious mesorectal nodes (N1). "
             "CT chest/abdomen: no metastases.", category=("RAD", "Radiology"), performer="rad")
    c.note("Colorectal cancer MDT outcome", "2026-10-13",
           "Colorectal MDT 13/10/2026. Low rectal adenocarcinoma mrT3c N1 M0, EMVI+, CRM threatened.\n"
           "Outcome: long-course chemoradiotherapy 45 Gy in 25 fractions with concurrent capecitabine 825 mg/m2 bd, then restaging MRI 8-10 weeks "
           "after completion; surgery vs watch-and-wait to be decided at restaging MDT. CNS: Sister Dunmore.",
           author="crs", type_cc=MDT)
    e3 = c.encounter("2026-10-20", "AMB", "Clinical oncology clinic", reason=[ca], prac="onc")
    c.note("Clinical oncology consent", "2026-10-20",
           "Consented for long-course chemoradiotherapy. Discussed acute toxicity (fatigue, diarrhoea, radiation proctitis, skin reaction, "
           "urinary frequency) and late effects: bowel dysfunction (LARS), sexual dysfunction and infertility, small risk of second cancer. "
           "Sperm banking offered and declined. Peter is self-employed builder and will stop work during treatment.",
           author="onc", type_cc=CLINIC_LETTER, enc=e3)
    c.labs("2026-10-20", e3, [("hb_gl", 138), ("creat_umol", 81), ("egfr", 95), ("cea", 7.2), ("hba1c", 6.8)])
    rt = c.sreq(cc((SCT, "108290001", "Radiation oncology AND/OR radiotherapy"), text="Pelvic radiotherapy 45 Gy/25 fractions (long-course CRT)"),
                "active", "order", "2026-10-20", requester="onc", occurrence=("2026-11-09", "2026-12-11"), reason_ref=[ca], enc=e3)
    c.proc(cc((SCT, "108290001", "Radiation oncology AND/OR radiotherapy"), text="Long-course pelvic chemoradiotherapy"), "in-progress",
           ("2026-11-09T09:00:00+00:00", None), reason_ref=[ca], performer=["onc"], based_on=[rt],
           note="Fraction 11 of 25 delivered on 23/11/2026.")
    cap = c.medrx(med("Capecitabine 500 mg tablets", ("L01BC06", "capecitabine"), "CAP500"), "2026-11-02",
                  "1650 mg twice daily on radiotherapy days (825 mg/m2 bd), 09/11/2026 to 11/12/2026", requester="onc", reason_ref=[ca],
                  course=cc(("http://terminology.hl7.org/CodeSystem/medicationrequest-course-of-therapy", "acute", "Short course (acute) therapy")))
    c.medstmt(med("Capecitabine 500 mg tablets", ("L01BC06", "capecitabine"), "CAP500"), "active", start="2026-11-09", asserted="2026-11-23",
              reason_ref=[ca], based_on=[cap], dosage="1650 mg bd on RT days")
    e4 = c.encounter("2026-11-23", "AMB", "On-treatment review (radiotherapy)", reason=[ca], prac="onc")
    c.vitals("2026-11-23", e4, weight=84.0, bp=(132, 80), hr=78)
    c.note("On-treatment review", "2026-11-23",
           "Week 3 of CRT (11/25). CTCAE grade 1 diarrhoea, grade 1 proctitis, fatigue grade 2 - sleeping in the afternoon. Mild hand-foot. "
           "Continue capecitabine. Loperamide PRN.", author="onc", type_cc=PROGRESS, enc=e4)
    c.medrx(med("Metformin 500 mg tablets", ("A10BA02", "metformin"), "MET500"), "2026-03-01", "One tablet twice a day", requester="gp")


# --------------------------------------------------------------------------------------------
def uk_crohn_qr_no(c):
    """PRC near miss: IBD patient questionnaire answers 'No' to wanting a second opinion; in remission on adalimumab."""
    base(c, ["Sophie", "Marie"], "Bennett", "female", "1982-07-11", "493361208", "SAH0872245", "07700 900905", "14 Westbury", "Sherborne",
         "DT9 3EL", MARRIED)
    cd = c.condition(dx(("34000006", "Crohn's disease"), ("K50.1", "Crohn's disease of large intestine"), "Crohn's colitis (Montreal A2 L2 B1)"),
                     onset="2014", recorded="2014-09-30", recorder="ibd1")
    c.condition(dx(("37796009", "Migraine"), ("G43.9", "Migraine, unspecified")), onset="2005", recorded="2010-03-02", recorder="gp")
    rx = c.medrx(med("Adalimumab 40 mg/0.4 ml solution for injection pre-filled pen", ("L04AB04", "adalimumab"), "ADA40"), "2024-03-11",
                 "40 mg subcutaneously every 2 weeks", requester="ibd1", reason_ref=[cd])
    for d, hbi, cal, crp, who in [("2026-05-12", 2, 45, 2, "ibd1"), ("2026-10-21", 3, 60, 2, "cns")]:
        e = c.encounter(d, "AMB", "IBD clinic" if who == "ibd1" else "IBD nurse-led clinic", reason=[cd], prac=who)
        c.score(HBI, hbi, d, e, performer=who)
        c.labs(d, e, [("calpro", cal), ("crp", crp), ("hb_gl", 129), ("alb_gl", 42), ("alt", 19)])
        c.vitals(d, e, weight=64.0, bp=(118, 74))
        if d == "2026-10-21":
            c.obs(cc((LOCAL, "ADA-TROUGH", "Adalimumab trough level"), text="Adalimumab trough level"), d, e, "laboratory", qty(7.8, "ug/mL", "ug/mL"),
                  interp="N", ref_range=[{"low": qty(5, "ug/mL", "ug/mL"), "high": qty(12, "ug/mL", "ug/mL"), "text": "Target 5-12 ug/mL"}])
            c.obs(cc((LOCAL, "ADA-AB", "Anti-adalimumab antibodies"), text="Anti-adalimumab antibodies"), d, e, "laboratory",
                  cc((SCT, "260385009", "Negative")), interp="NEG")
            c.qr("https://fhir.staldhelms-ibd.example/Questionnaire/ibd-patient-experience", "2026-10-21T10:12:00+01:00",
                 [("ibdc-1a", "In the past 2 weeks, do you believe your IBD has been well controlled?", coding(YESNO, "Y", "Yes")),
                  ("ibdc-1b", "In the past 2 weeks, do you believe your current treatment is useful in controlling your IBD?", coding(YESNO, "Y", "Yes")),
                  ("ibdc-vas", "Overall control of your IBD in the past 2 weeks (0 worst - 100 best)", 85),
                  ("exp-1", "Do you feel the IBD team listens to your concerns?", coding(YESNO, "Y", "Yes")),
                  ("exp-2", "Would you like a second opinion about your diagnosis or treatment?", coding(YESNO, "N", "No")),
                  ("exp-3", "Anything else you would like to tell us?", "Really happy with my care, Claire always calls back the same day.")],
                 author=c.P(), source=c.P(), enc=e)
            c.note("IBD nurse-led clinic", d,
                   "Sophie remains in clinical and biochemical remission on adalimumab 40 mg fortnightly (HBI 3, calprotectin 60, trough 7.8, no "
                   "antibodies). Patient experience questionnaire completed - very satisfied, no concerns raised. Continue; review 6 months.",
                   author="cns", type_cc=PROGRESS, enc=e)
    c.medstmt(med("Adalimumab 40 mg/0.4 ml solution for injection pre-filled pen", ("L04AB04", "adalimumab"), "ADA40"), "active", start="2024-03-11",
              asserted="2026-10-21", reason_ref=[cd], based_on=[rx], dosage="40 mg SC fortnightly")
    c.medrx(med("Sumatriptan 50 mg tablets", ("N02CC01", "sumatriptan"), "SUM50"), "2026-01-15", "One tablet at onset of migraine, may repeat after 2 hours",
            requester="gp")
    c.immunization(cc(("http://hl7.org/fhir/sid/cvx", "150", "Influenza, injectable, quadrivalent, preservative free"), text="Influenza vaccine (inactivated)"),
                   "2026-10-02", lot="IV26-3380", performer_org="gp")


# --------------------------------------------------------------------------------------------
def uk_crohn_ifx(c):
    """WDT positive: ileocolonic Crohn's, HBI 4 -> 13 and calprotectin 180 -> 1100 over 7 months on 8-weekly infliximab + azathioprine, therapeutic levels."""
    base(c, ["Laura", "Jane"], "Whitcombe", "female", "1997-04-02", "417592306", "SAH6630451", "07700 900117", "3 Lenthay Close", "Sherborne",
         "DT9 6AB", SINGLE)
    cd = c.condition(dx(("34000006", "Crohn's disease"), ("K50.8", "Other Crohn's disease"), "Crohn's disease, ileocolonic (Montreal A2 L3 B1)"),
                     onset="2023", recorded="2023-02-08", recorder="ibd1")
    ifx = c.medrx(med("Infliximab 100 mg powder for concentrate (biosimilar)", ("L04AB02", "infliximab"), "IFX100"), "2025-03-03",
                  "5 mg/kg (300 mg) IV infusion every 8 weeks", requester="ibd1", reason_ref=[cd])
    aza = c.medrx(med("Azathioprine 50 mg tablets", ("L04AX01", "azathioprine"), "AZA50"), "2025-03-03", "125 mg once daily (2 mg/kg)", requester="ibd1",
                  reason_ref=[cd])
    c.medstmt(med("Azathioprine 50 mg tablets", ("L04AX01", "azathioprine"), "AZA50"), "active", start="2025-03-03", asserted="2026-11-24",
              reason_ref=[cd], based_on=[aza], dosage="125 mg daily", note="6-TGN 310 pmol/8x10^8 RBC (therapeutic) in Sept 2026, confirming adherence.")
    visits = [("2026-04-14", 4, 180, 3, 40, 60.5), ("2026-06-09", 7, None, 6, 39, 60.0), ("2026-08-04", 10, 450, 12, 37, 59.1),
              ("2026-09-29", 12, None, 19, 35, 58.0), ("2026-11-24", 13, 1100, 28, 34, 57.2)]
    for d, hbi, cal, crp, alb, wt in visits:
        e = c.encounter(d, "AMB", "IBD infusion unit and review", reason=[cd], prac="cns", time="09:00", end_time="12:00")
        c.score(HBI, hbi, d, e, performer="cns")
        c.lab("crp", crp, d, e)
        c.lab("alb_gl", alb, d, e)
        if cal is not None:
            c.lab("calpro", cal, d, e)
        c.vitals(d, e, weight=wt)
        c.medadmin(med("Infliximab 100 mg powder for concentrate (biosimilar)", ("L04AB02", "infliximab"), "IFX100"), d, dose=qty(300, "mg", "mg"),
                   route=cc((SCT, "47625008", "Intravenous route")), request=ifx, enc=e, performer="cns", reason_ref=[cd], end="12:00")
        if d == "2026-09-29":
            c.obs(cc((LOCAL, "IFX-TROUGH", "Infliximab trough level"), text="Infliximab trough level"), d, e, "laboratory", qty(6.2, "ug/mL", "ug/mL"),
                  interp="N", ref_range=[{"low": qty(5, "ug/mL", "ug/mL"), "high": qty(10, "ug/mL", "ug/mL"), "text": "Target 5-10 ug/mL"}])
            c.obs(cc((LOCAL, "IFX-AB", "Anti-infliximab antibodies"), text="Anti-infliximab antibodies"), d, e, "laboratory",
                  cc((SCT, "260385009", "Negative")), interp="NEG")
    e = c.encounter("2026-11-24", "AMB", "IBD consultant clinic", reason=[cd], prac="ibd1", time="14:00", end_time="14:30")
    c.note("IBD clinic letter", "2026-11-24",
           "Dear Dr Whitfield,\nLaura's Crohn's disease has been steadily worsening since the spring despite infliximab 5 mg/kg every 8 weeks "
           "(no missed infusions) with azathioprine. HBI has risen from 4 in April to 13 today, calprotectin from 180 to 1100 ug/g, CRP 3 to 28, "
           "albumin 40 to 34 g/L and she has lost 3 kg. Infliximab trough 6.2 ug/mL with no antibodies, so this is a mechanistic loss of response "
           "rather than under-dosing. She now opens her bowels 6-7 times a day with pain and is struggling at work.\nPlan: urgent MR enterography "
           "and ileocolonoscopy, then switch to an alternative advanced therapy.\nDr Oliver Pennington", author="ibd1", type_cc=CLINIC_LETTER, enc=e)


# --------------------------------------------------------------------------------------------
def uk_crohn_vedo(c):
    """WDT near miss: HBI 3 -> 5 (change 2, below the 3-point MCID) on vedolizumab, calprotectin stable."""
    base(c, ["Graham", "Stuart"], "Pollard", "male", "1974-12-19", "602418835", "SAH0451197", "07700 900650", "41 Newland", "Sherborne", "DT9 3JG", DIVORCED)
    cd = c.condition(dx(("34000006", "Crohn's disease"), ("K50.0", "Crohn's disease of small intestine"), "Crohn's disease, ileal (Montreal A2 L1 B1)"),
                     onset="2010", recorded="2010-06-22", recorder="ibd2")
    c.condition(dx(("38341003", "Hypertensive disorder"), ("I10", "Essential (primary) hypertension")), onset="2018", recorded="2018-04-11", recorder="gp")
    c.condition(dx(("78275009", "Obstructive sleep apnea syndrome"), ("G47.3", "Sleep apnoea")), onset="2021", recorded="2021-09-01", recorder="gp")
    vedo = c.medrx(med("Vedolizumab 300 mg powder for concentrate", ("L04AA33", "vedolizumab"), "VEDO300"), "2024-05-07",
                   "300 mg IV infusion every 8 weeks", requester="ibd2", reason_ref=[cd])
    c.medrx(med("Ramipril 5 mg capsules", ("C09AA05", "ramipril"), "RAM5"), "2026-01-10", "One capsule daily", requester="gp")
    for d, hbi, cal, crp in [("2026-03-10", 3, 110, 3), ("2026-06-02", 4, 95, 4), ("2026-08-25", 5, 130, 5), ("2026-11-17", 5, 120, 4)]:
        e = c.encounter(d, "AMB", "IBD clinic", reason=[cd], prac="ibd2")
        c.score(HBI, hbi, d, e, performer="ibd2")
        c.lab("calpro", cal, d, e)
        c.lab("crp", crp, d, e)
        if d in ("2026-08-25", "2026-11-17"):
            c.vitals(d, e, weight=92.0, bp=(134, 84))
    for d in ("2026-09-22", "2026-11-17"):
        c.medadmin(med("Vedolizumab 300 mg powder for concentrate", ("L04AA33", "vedolizumab"), "VEDO300"), d, dose=qty(300, "mg", "mg"),
                   route=cc((SCT, "47625008", "Intravenous route")), request=vedo, performer="cns", reason_ref=[cd], end="10:45")
    c.note("IBD clinic letter", "2026-11-17",
           "Graham remains well on vedolizumab. HBI 5 (3-5 this year; one extra loose stool a day after a spell of eating out), calprotectin "
           "stable 95-130 ug/g, CRP normal, weight steady. No change to treatment. Repeat ileocolonoscopy due 2027. Review 4 months.",
           author="ibd2", type_cc=CLINIC_LETTER)
    c.labs("2026-11-17", None, [("hb_gl", 151), ("alb_gl", 43), ("ferritin_ugl", 88)])


# --------------------------------------------------------------------------------------------
def uk_uc_4cond(c):
    """ROC near miss: four active chronic conditions (UC, asthma, hypothyroidism, depression) plus several resolved past problems."""
    base(c, ["Rebecca", "Anne"], "Doyle", "female", "1979-05-30", "429850716", "SAH2205584", "07700 900342", "9 Horsecastles Lane", "Sherborne",
         "DT9 6DW", MARRIED)
    uc = c.condition(dx(("64766004", "Ulcerative colitis"), ("K51.5", "Left sided colitis"), "Ulcerative colitis, left-sided (Montreal E2)"),
                     onset="2012", recorded="2012-08-15", recorder="ibd1")
    c.condition(dx(("195967001", "Asthma"), ("J45.9", "Asthma, unspecified")), onset="1990", recorded="2001-02-01", recorder="gp")
    c.condition(dx(("40930008", "Hypothyroidism"), ("E03.9", "Hypothyroidism, unspecified")), onset="2016", recorded="2016-10-10", recorder="gp")
    c.condition(dx(("35489007", "Depressive disorder"), ("F32.9", "Depressive episode, unspecified")), onset="2020", recorded="2020-11-23", recorder="gp")
    for code, icd, onset, abate, note in [
        (("74400008", "Appendicitis"), ("K35.8", "Acute appendicitis, other and unspecified"), "2009-04", "2009-04-20", "Laparoscopic appendicectomy April 2009."),
        (("11687002", "Gestational diabetes mellitus"), ("O24.4", "Diabetes mellitus arising in pregnancy"), "2012-02", "2012-06-30", "Diet-controlled, resolved post-partum."),
        (("263204007", "Fracture of ankle"), ("S82.6", "Fracture of lateral malleolus"), "2018-01", "2018-04-15", "Right Weber B, managed in boot."),
        (("87522002", "Iron deficiency anemia"), ("D50.9", "Iron deficiency anaemia, unspecified"), "2024-03", "2024-09-10", "Menorrhagia; resolved after iron and LNG-IUS."),
        (("186431008", "Clostridioides difficile infection"), ("A04.7", "Enterocolitis due to Clostridium difficile"), "2025-02", "2025-03-05", "After amoxicillin; treated with vancomycin."),
    ]:
        c.condition(dx(code, icd), onset=onset, recorded=onset, clinical="resolved", abatement=abate, recorder="gp", note=note)
    for name, atc, loc, dose, who in [("Mesalazine 1.2 g gastro-resistant MR tablets", ("A07EC02", "mesalazine"), "MES12", "Two tablets once daily", "ibd1"),
                                      ("Beclometasone 100 micrograms/dose inhaler", ("R03BA01", "beclometasone"), "BEC100", "Two puffs twice a day", "gp"),
                                      ("Salbutamol 100 micrograms/dose inhaler", ("R03AC02", "salbutamol"), "SAL100", "Two puffs when required", "gp"),
                                      ("Levothyroxine 100 microgram tablets", ("H03AA01", "levothyroxine sodium"), "LEV100", "One tablet each morning", "gp"),
                                      ("Sertraline 100 mg tablets", ("N06AB06", "sertraline"), "SER100", "One tablet daily", "gp")]:
        c.medrx(med(name, atc, loc), "2026-09-15" if who == "ibd1" else "2026-11-03", dose, requester=who, reason_ref=[uc] if who == "ibd1" else None)
    e1 = c.encounter("2026-09-15", "AMB", "IBD annual review", reason=[uc], prac="ibd1")
    c.score(PMAYO, 0, "2026-09-15", e1, performer="ibd1")
    c.labs("2026-09-15", e1, [("calpro", 35), ("crp", 1), ("hb_gl", 133), ("alb_gl", 44), ("creat_umol", 68), ("tsh", 2.3)])
    c.vitals("2026-09-15", e1, weight=70.0, bp=(120, 76))
    c.note("IBD annual review", "2026-09-15",
           "UC in long-term remission on mesalazine (partial Mayo 0, calprotectin 35). Surveillance colonoscopy due 2028. Other problems "
           "(asthma, hypothyroidism, depression) managed in primary care and stable. Continue.", author="ibd1", type_cc=CLINIC_LETTER, enc=e1)
    e2 = c.encounter("2026-11-03", "AMB", "GP annual medication review", prac="gp", org="gp")
    c.score(cc((LOINC, "44261-6", "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]"), text="PHQ-9"), 4, "2026-11-03", e2, performer="gp")
    c.obs(cc((LOINC, "19935-6", "Maximum expiratory gas flow Respiratory system airway by Peak flow meter"), text="Peak expiratory flow"), "2026-11-03",
          e2, "exam", qty(420, "L/min", "L/min"), performer="gp")
    c.note("GP medication review", "2026-11-03", "Structured medication review: asthma controlled (ACT 23), TSH normal, mood stable on sertraline (PHQ-9 4). "
           "UC under St Aldhelm's. No changes.", author="gp", type_cc=PROGRESS, enc=e2, custodian="gp")


# --------------------------------------------------------------------------------------------
def uk_uc_psc_refuted(c):
    """ROC near miss: suspected PSC in a young man with extensive UC, excluded by MRCP and elastography; LFTs normalised."""
    base(c, ["Callum", "James"], "Reid", "male", "2003-02-14", "470036185", "SAH7014420", "07700 900876", "12 Acreman Street", "Sherborne",
         "DT9 3NX", SINGLE)
    uc = c.condition(dx(("64766004", "Ulcerative colitis"), ("K51.0", "Ulcerative (chronic) pancolitis"), "Ulcerative colitis, extensive (Montreal E3)"),
                     onset="2024-01", recorded="2024-02-19", recorder="ibd1")
    c.medrx(med("Mesalazine 1.2 g gastro-resistant MR tablets", ("A07EC02", "mesalazine"), "MES12"), "2025-06-10", "Four tablets once daily (4.8 g)",
            requester="ibd1", reason_ref=[uc])
    e1 = c.encounter("2026-06-09", "AMB", "IBD nurse-led clinic", reason=[uc], prac="cns")
    l1 = c.labs("2026-06-09", e1, [("alp", 210), ("ggt", 95), ("alt", 58), ("bili_umol", 12), ("calpro", 40), ("crp", 3)])
    c.score(PMAYO, 1, "2026-06-09", e1, performer="cns")
    psc = c.condition(cc((ICD10, "K83.0", "Cholangitis"), text="Primary sclerosing cholangitis - suspected"), onset="2026-06", recorded="2026-06-16",
                      recorder="ibd1", verification="refuted", clinical="resolved", abatement="2026-08-04", category="encounter-diagnosis",
                      note="Suspected because of cholestatic LFTs with extensive UC; excluded on MRCP and elastography 2026-07/08.")
    c.comm("2026-06-16T12:30:00+01:00", c.D("ibd1"), [c.D("rad")],
           ["Cholestatic LFTs in 23M with extensive UC. Please perform MRCP to assess for PSC."],
           category=[cc((COMMCAT, "instruction", "Instruction"))])
    e2 = c.encounter("2026-07-22", "AMB", "MRI unit", prac="rad", time="15:00", end_time="15:45")
    c.report(cc((LOCAL, "MRCP", "MR cholangiopancreatography"), text="MRCP"), "2026-07-22", [],
             "Normal calibre intra- and extrahepatic bile ducts without strictures, beading or dilatation. Normal liver and pancreas. No features of PSC.",
             category=("RAD", "Radiology"), performer="rad", enc=e2)
    c.obs(cc((LOCAL, "TE-LSM", "Liver stiffness by transient elastography"), text="FibroScan liver stiffness"), "2026-07-22", e2, "imaging",
          qty(4.8, "kPa", "kPa"), interp="N", ref_range=[{"high": qty(7.0, "kPa", "kPa"), "text": "<7 kPa"}])
    c.obs(cc((LOCAL, "AI-LIVER", "Autoimmune liver antibody screen (ANA, AMA, SMA, LKM)"), text="Autoimmune liver screen"), "2026-07-01", e2, "laboratory",
          cc((SCT, "260385009", "Negative")), interp="NEG")
    e3 = c.encounter("2026-08-04", "AMB", "IBD clinic", reason=[uc], prac="ibd1")
    c.condition(cc((ICD10, "K71.0", "Toxic liver disease with cholestasis"), text="Drug-induced cholestasis (co-amoxiclav, May 2026)"),
                onset="2026-05", recorded="2026-08-04", recorder="ibd1", clinical="resolved", abatement="2026-09-08", category="encounter-diagnosis")
    c.labs("2026-08-04", e3, [("alp", 148), ("ggt", 61)])
    c.note("IBD clinic letter", "2026-08-04",
           "MRCP normal, FibroScan 4.8 kPa, autoimmune liver screen negative: PSC excluded. The cholestatic LFTs followed a 7-day course of "
           "co-amoxiclav for a dental abscess in May and are already improving, consistent with drug-induced cholestasis. Repeat LFTs in one month; "
           "routine annual LFT monitoring thereafter. UC in remission on mesalazine.", author="ibd1", type_cc=CLINIC_LETTER, enc=e3)
    e4 = c.encounter("2026-09-08", "AMB", "IBD nurse-led clinic", reason=[uc], prac="cns")
    c.labs("2026-09-08", e4, [("alp", 104), ("ggt", 40), ("alt", 24)])
    c.vitals("2026-09-08", e4, weight=74.5, bp=(118, 70))
    c.allergy(cct("Co-amoxiclav (amoxicillin with clavulanic acid) - cholestatic hepatitis"), "2026-08-04", category="medication",
              reaction_text="Cholestatic liver injury", criticality="low")


CASES = [
    dict(key="uk_functional", build=uk_functional, org="UK", target="PERSISTENT_SYMPTOMS_NORMAL_WORKUP", kind="positive",
         expected=["PERSISTENT_SYMPTOMS_NORMAL_WORKUP"],
         why="Abdominal pain and loose stools recorded on five dates over six months; calprotectin twice, bloods, coeliac serology, thyroid, colonoscopy and biopsies all normal; discharged with no diagnosis while symptoms continue.",
         summary="31F, 6 months pain + diarrhoea, normal calprotectin x2, colonoscopy and histology, no diagnosis"),
    dict(key="uk_ibs_label", build=uk_ibs_label, org="UK", target="DIAGNOSIS_SYMPTOM_MISMATCH", kind="positive",
         expected=["DIAGNOSIS_SYMPTOM_MISMATCH"],
         why="IBS (K58.0) active since March (>8 months) and still the working diagnosis in November while nocturnal diarrhoea, bleeding, 5 kg weight loss, calprotectin 640 then 710, CRP 24-27 and low albumin appear - findings IBS cannot explain.",
         summary="26M, IBS label; calprotectin 640, CRP 24, weight loss, nocturnal stools still managed as IBS"),
    dict(key="uk_crohn_stricture", build=uk_crohn_stricture, org="UK", target="MAJOR_PROCEDURE_PLANNED", kind="positive",
         expected=["MAJOR_PROCEDURE_PLANNED", "PATIENT_REPORTED_CONCERN"],
         why="Active ServiceRequest for laparoscopic ileocaecal resection booked for 2027-01-20 (MDT decision, consented). Deliberate extra: the patient emailed the IBD nurse asking for a second surgical opinion before going ahead.",
         summary="34M, fibrostenotic ileal Crohn's, ileocaecal resection booked Jan 2027; patient emails asking for a second opinion"),
    dict(key="uk_crc_second", build=uk_crc_second, org="UK", target="UNTREATABLE_PROGNOSIS", kind="near-miss", expected=[],
         why="Metastatic colorectal cancer on best supportive care with a palliative CarePlan, but the patient's requested second opinion (Wessex Regional Cancer Centre, 2026-08-26) is on record within 12 months and concurred - the flag is suppressed (and her own request is answered).",
         summary="71F, stage IV sigmoid cancer after 2 chemo lines, BSC; second opinion at cancer centre Aug 2026 concurred"),
    dict(key="uk_rectal_crt", build=uk_rectal_crt, org="UK", target="HIGH_IMPACT_TREATMENT", kind="positive",
         expected=["HIGH_IMPACT_TREATMENT"],
         why="Long-course pelvic chemoradiotherapy (radiotherapy Procedure in progress since 2026-11-09 with concurrent capecitabine) for low rectal cancer, with documented toxicity and loss of work; surgery not yet decided.",
         summary="59M, low rectal cancer mrT3c N1, chemoradiotherapy started Nov 2026"),
    dict(key="uk_crohn_qr_no", build=uk_crohn_qr_no, org="UK", target="PATIENT_REPORTED_CONCERN", kind="near-miss", expected=[],
         why="The patient-completed experience questionnaire answers 'No' to wanting a second opinion and 'Yes' to being listened to; Crohn's in remission on adalimumab with therapeutic levels.",
         summary="44F, Crohn's colitis in remission on adalimumab; questionnaire 'second opinion? No'"),
    dict(key="uk_crohn_ifx", build=uk_crohn_ifx, org="UK", target="WORSENING_DESPITE_TREATMENT", kind="positive",
         expected=["WORSENING_DESPITE_TREATMENT"],
         why="HBI 4 -> 7 -> 10 -> 12 -> 13 over 7 months (MCID 3) with calprotectin 180 -> 1100 and CRP 3 -> 28 while every 8-weekly infliximab infusion was given (therapeutic trough, no antibodies) plus azathioprine.",
         summary="29F, ileocolonic Crohn's worsening on infliximab + azathioprine despite therapeutic levels"),
    dict(key="uk_crohn_vedo", build=uk_crohn_vedo, org="UK", target="WORSENING_DESPITE_TREATMENT", kind="near-miss", expected=[],
         why="HBI drifted 3 -> 4 -> 5 -> 5 on vedolizumab - a 2-point change, below the 3-point MCID - with stable calprotectin and normal CRP; clinician made no change.",
         summary="52M, ileal Crohn's on vedolizumab, HBI 3 to 5, calprotectin stable"),
    dict(key="uk_uc_4cond", build=uk_uc_4cond, org="UK", target="RARE_OR_COMPLEX_CONDITION", kind="near-miss", expected=[],
         why="Only four active chronic conditions (UC, asthma, hypothyroidism, depression), all stable; the other five problem-list entries are resolved past episodes, and UC is not rare.",
         summary="47F, UC in remission + asthma, hypothyroidism, depression; five resolved past problems"),
    dict(key="uk_uc_psc_refuted", build=uk_uc_psc_refuted, org="UK", target="RARE_OR_COMPLEX_CONDITION", kind="near-miss", expected=[],
         why="Primary sclerosing cholangitis (a rare disease) was suspected but refuted by normal MRCP, elastography and autoimmune screen; LFT rise explained by co-amoxiclav and resolved. Extensive UC alone is not rare.",
         summary="23M, extensive UC, cholestatic LFTs, PSC suspected then excluded (drug-induced cholestasis)"),
]
