from stories_e import *

YES = {"valueCoding": c(LN, "LA33-6", "Yes")}
NO = {"valueCoding": c(LN, "LA32-8", "No")}

def p6_psa(cid):
    b = Bundle(cid, "greatrivers")
    b.patient("Nathan Scott", "Reinholt", "male", "1983-03-09", "2415 Vermont St", "G5509381", "217-555-4482", "M")
    rh = b.practitioner("Emily", "Castellano", "MD, Rheumatology", "1548392016")
    rn = b.practitioner("Tara", "Doyle", "RN, Rheumatology", "1720394851")
    b.coverage("Blue Cross Blue Shield of Illinois", "BlueAdvantage HMO", "XOF882019374")
    psa = b.condition(problem("156370009", "Psoriatic arthritis", "L40.59", "Other psoriatic arthropathy"), "2024-02-20", recorder=rh)
    b.condition(problem("9014002", "Psoriasis", "L40.0", "Psoriasis vulgaris"), "2015-01-01")
    b.condition(problem("235595009", "Gastroesophageal reflux disease", "K21.9", "Gastro-esophageal reflux disease without esophagitis"), "2019-01-01")
    b.med(cc(rx("327361", "adalimumab"), text="adalimumab 40 mg/0.4 mL pen"), "2024-04-01", dose="40 mg SC every 14 days", requester=rh, reason=psa)
    b.med(cc(rx("7646", "omeprazole")), "2019-01-01", dose="20 mg daily", kind="MedicationStatement")
    for d, v in [("2026-03-10", 2.1), ("2026-09-08", 1.9)]:
        b.obs(cc(ln("1988-5", "C reactive protein [Mass/volume] in Serum or Plasma")), d, v, "mg/L", "mg/L", "N", None, 5.0)
    e1 = b.encounter("2026-09-08", cc(text="Office Visit - Rheumatology"), pract=rh, reason="PsA follow-up")
    b.vitals("2026-09-08", e1, 126, 80, 70, 90.1, 28.4)
    b.obs(cc(text="DAPSA score"), "2026-09-08", 9.4, "{score}", cat="survey", enc=e1, note="Low disease activity.")
    b.note("progress", "2026-09-08", """RHEUMATOLOGY F/U
PsA on adalimumab, peripheral joints quiet, skin BSA <1%. He reports inflammatory-sounding low back pain with 45 min morning stiffness for ~6 months.
SI joint XR 2025 normal. CRP normal. Pain likely mechanical; PT referral. Continue adalimumab. RTC 6 mo.""", rh, e1)
    m1 = b.communication("2026-11-20T21:14:00-06:00", "Dr. Castellano, my back is still stiff every morning and wakes me up at night. Twice now I have been told it is mechanical. I don't feel like this is being taken seriously. I would like a second opinion from another rheumatologist, maybe at the university. Can you send a referral or my records? - Nathan",
                         b.pt, rh, category=cc(text="Patient Medical Advice Request"), medium=cc(text="MyChart"), topic="Second opinion request")
    b.communication("2026-11-23T10:41:00-06:00", "Hi Nathan, I have forwarded your message to Dr. Castellano. She is out of clinic this week and will reply when she returns. - Tara RN", rn, b.pt, category=cc(text="Patient Message"), medium=cc(text="MyChart"), inResponseTo=m1)
    b.obs(cc(ln("1742-6", "Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma")), "2026-09-08", 28, "U/L", "U/L", "N", 7, 56)
    b.obs(cc(text="QuantiFERON-TB Gold Plus"), "2026-01-15", vcc=cc(sct("260385009", "Negative")), interp="N")
    return b, dict(target=P6, kind="positive", expected=[P6],
        why="Patient-authored MyChart message (2026-11-20) explicitly asks for a second opinion from another rheumatologist because he feels his back symptoms are not taken seriously; not yet acted on.",
        summary="43M psoriatic arthritis, MyChart message asking for a second rheumatology opinion (Epic, Illinois)")

def p6_bipolar(cid):
    b = Bundle(cid, "cedarvalley")
    b.patient("Ashley Nicole", "Fenske", "female", "1999-09-17", "410 W 4th St Apt 2B", "CV-0093128", "319-555-6604", "S")
    psy = b.practitioner("Imani", "Okafor", "MD, Psychiatry", "1386294018")
    th = b.practitioner("Rosa", "Delgado", "LMHC", "1183920476")
    b.coverage("Wellpoint Iowa (Medicaid)", "IA Health Link", "IAM400281937", kind="PUBLICPOL")
    bp = b.condition(cc(icd("F31.81", "Bipolar II disorder"), sct("83225003", "Bipolar II disorder")), "2025-11-04", recorder=psy)
    b.condition(cc(icd("F90.0", "Attention-deficit hyperactivity disorder, predominantly inattentive type")), "2012-01-01", status="inactive")
    b.med(cc(rx("28439", "lamotrigine"), text="lamotrigine 150 mg"), "2025-11-04", dose="150 mg daily", requester=psy, reason=bp)
    b.med(cc(rx("321988", "escitalopram")), "2024-01-10", status="stopped", kind="MedicationStatement", end="2025-11-04", note="Stopped when bipolar II diagnosed.")
    for d, v in [("2026-02-03", 12), ("2026-05-05", 10), ("2026-08-04", 9), ("2026-11-03", 9)]:
        b.score(PHQ9, d, v)
    e1 = b.encounter("2026-11-03", cc(text="Medication management"), pract=psy, reason="Bipolar II")
    b.note("progress", "2026-11-03", "Mood steady on lamotrigine; no hypomanic sx reported. Pt questions the bipolar diagnosis - says the 'hypomania' was a week of no sleep during finals with stimulant use. Discussed. Continue lamotrigine.", psy, e1)
    e2 = b.encounter("2026-11-10", cc(text="Individual psychotherapy 45 min (90834)"), pract=th, reason="Therapy")
    b.note("progress", "2026-11-10", "Session 14. Client again raised that she doesn't feel her history was fully heard at intake. Completed client experience survey in portal.", th, e2)
    b.qr("https://cedarvalleybh.org/fhir/Questionnaire/client-experience-survey|3", "2026-11-10T14:22:00-06:00", [
        {"linkId": "1", "text": "My care team listens to me and respects my opinions.", "answer": [{"valueCoding": c(LN, "LA15237-4", "Disagree")}]},
        {"linkId": "2", "text": "I understand my diagnosis and treatment plan.", "answer": [{"valueCoding": c(LN, "LA15237-4", "Disagree")}]},
        {"linkId": "3", "text": "Would you like a second opinion about your diagnosis or treatment?", "answer": [YES]},
        {"linkId": "4", "text": "Comments", "answer": [{"valueString": "I want someone else to look at whether I really have bipolar. I am worried about being on a mood stabilizer for life."}]}])
    b.obs(cc(text="Mood Disorder Questionnaire (MDQ) screen"), "2025-10-20", vstr="Positive (8/13, same time period yes, moderate problem)", cat="survey")
    b.vitals("2026-11-03", e1, 112, 70, 76, 61.0, 22.4)
    return b, dict(target=P6, kind="positive", expected=[P6],
        why="In a patient-completed client experience QuestionnaireResponse (2026-11-10) she answers 'Yes' to wanting a second opinion about her bipolar II diagnosis and treatment.",
        summary="27F bipolar II doubts diagnosis; portal survey answers Yes to second opinion (community mental health, Iowa)")

def p6_thyroid(cid):
    b = Bundle(cid, "ridgeview")
    b.patient("Vanessa Joy", "Kirkpatrick", "female", "1990-02-22", "66 W Lane Ave", "RCI-4409123", "614-555-9013", "M")
    en = b.practitioner("Oliver", "Hsu", "MD, Endocrine Oncology", "1093028475")
    nav = b.practitioner("Dana", "Fischer", "RN, Oncology Nurse Navigator", "1629038471")
    b.coverage("Medical Mutual of Ohio", "SuperMed Plus", "MMO55029381")
    ptc = b.condition(cc(sct("363478007", "Malignant tumor of thyroid gland"), icd("C73", "Malignant neoplasm of thyroid gland"), text="Papillary thyroid microcarcinoma, right lobe, 7 mm"), "2026-06-18",
                      stage={"summary": cc(text="cT1a N0 M0, low risk")})
    b.condition(cc(icd("F41.1", "Generalized anxiety disorder")), "2021-01-01")
    us = b.obs(cc(ln("24842-7", "US Thyroid"), text="Thyroid and neck ultrasound"), "2026-06-02", vstr="7 x 6 x 6 mm hypoechoic nodule right lobe, not abutting capsule or trachea. No suspicious cervical nodes. TI-RADS 5.", interp="A", cat="imaging")
    b.obs(cc(ln("22637-3", "Pathology report final diagnosis Narrative")), "2026-06-18", vstr="FNA right thyroid nodule: Bethesda VI, papillary thyroid carcinoma.")
    b.obs(cc(ln("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma")), "2026-06-02", 1.6, "u[IU]/mL", "u[IU]/mL", "N", 0.45, 4.5)
    b.obs(cc(ln("24842-7", "US Thyroid"), text="Thyroid ultrasound - surveillance"), "2026-11-30", vstr="Nodule 7 x 6 x 6 mm, unchanged. No nodal disease.", interp="A", cat="imaging")
    e1 = b.encounter("2026-07-07", cc(text="Endocrine Oncology New Patient"), pract=en, reason="Papillary microcarcinoma")
    b.note("consult", "2026-07-07", "36F low-risk PTMC 7 mm, intrathyroidal, N0. Options: active surveillance vs lobectomy. Recommend active surveillance with US q6 mo. Patient anxious but agrees.", en, e1)
    b.careplan("Active surveillance - papillary thyroid microcarcinoma", cc(text="Active surveillance"), "2026-07-07", addresses=[ptc], author=en,
               activities=[("Neck ultrasound every 6 months x 2 years", "in-progress", None)])
    e2 = b.encounter("2026-11-30", cc(text="Endocrine Oncology Follow-up"), pract=en, reason="Surveillance")
    b.vitals("2026-11-30", e2, 116, 72, 80, 64.5, 23.1)
    b.flag(cc(text="Patient requests second opinion on thyroid cancer management (surveillance vs surgery) - submitted via patient portal intake"), "2026-11-25", b.pt,
           cat=cc(c("http://terminology.hl7.org/CodeSystem/flag-category", "admin", "Administrative")))
    b.note("nurse", "2026-11-26", "NAVIGATOR NOTE: Pt submitted portal request 11/25 asking for a second opinion on whether she should have surgery rather than surveillance; she 'cannot stop thinking about having cancer and doing nothing.' Flag placed. Will discuss at 11/30 visit.", nav)
    b.note("progress", "2026-11-30", "Nodule stable. Pt remains distressed with surveillance and requests outside opinion; we will support. Continue surveillance for now.", en, e2)
    b.med(cc(rx("36437", "sertraline")), "2021-01-01", dose="50 mg daily", kind="MedicationStatement")
    return b, dict(target=P6, kind="positive", expected=[P6],
        why="A Flag authored by the patient through the portal intake (2026-11-25) asks for a second opinion on her thyroid cancer management; no surgery is planned and no second opinion is on record.",
        summary="36F papillary microcarcinoma on active surveillance; patient-authored Flag requesting a second opinion (cancer centre)")

def p6n_qrno(cid):
    b = Bundle(cid, "harbor")
    b.patient("Marcus Anthony", "Gaines", "male", "1991-05-06", "1530 Monroe St", "HCB-2209381", "419-555-2203", "S")
    psy = b.practitioner("Andre", "Whitaker", "MD, Psychiatry", "1629038476")
    cm = b.practitioner("Bethany", "Roth", "LCDC III", "1538029476")
    b.coverage("Buckeye Health Plan (Medicaid)", "Buckeye Medicaid", "BHP22938104", kind="PUBLICPOL")
    gad = b.condition(cc(icd("F41.1", "Generalized anxiety disorder"), sct("21897009", "Generalized anxiety disorder")), "2025-08-12", recorder=psy)
    b.condition(cc(icd("F10.11", "Alcohol abuse, in remission"), text="Alcohol use disorder, mild, in early remission"), "2025-08-12")
    b.med(cc(rx("321988", "escitalopram"), text="escitalopram 15 mg"), "2025-08-12", dose="15 mg daily", requester=psy, reason=gad)
    for d, v in [("2025-08-12", 16), ("2026-02-10", 11), ("2026-08-11", 8), ("2026-11-10", 7)]:
        b.score(GAD7, d, v)
    for d, v in [("2025-08-12", 7), ("2026-11-10", 2)]:
        b.score(AUDITC, d, v)
    e1 = b.encounter("2026-11-10", cc(text="Medication management"), pract=psy, reason="GAD follow-up")
    b.note("progress", "2026-11-10", "Anxiety much improved, GAD-7 7. Sober 11 months, attends SMART Recovery. Continue escitalopram.", psy, e1)
    b.qr("https://harborcbh.org/fhir/Questionnaire/annual-client-satisfaction|2", "2026-11-10T11:05:00-05:00", [
        {"linkId": "q1", "text": "Overall, I am satisfied with the services I receive.", "answer": [{"valueCoding": c(LN, "LA15804-1", "Strongly agree")}]},
        {"linkId": "q2", "text": "Do you want a second opinion about your diagnosis or treatment?", "answer": [NO]},
        {"linkId": "q3", "text": "Would you recommend this agency to a friend?", "answer": [YES]}])
    e2 = b.encounter("2026-10-20", cc(text="Group counseling (H0005)", *[hcpcs("H0005", "Alcohol and/or drug services; group counseling by a clinician")]), pract=cm, reason="Relapse prevention group")
    b.note("progress", "2026-10-20", "Relapse prevention group. Marcus shared 10 months sober, working on sleep routine. Engaged.", cm, e2)
    b.vitals("2026-11-10", e1, 124, 78, 72, 82.0, 25.3)
    return b, dict(target=P6, kind="near-miss", expected=[],
        why="The client satisfaction questionnaire asks about a second opinion but he answered 'No'; he is improving (GAD-7 16 -> 7) and there is no other patient request.",
        summary="35M GAD and AUD in remission, satisfaction survey answers No to second opinion (community mental health, Ohio)")

def p6n_endo(cid):
    b = Bundle(cid, "twinrivers")
    b.patient("Brianna Lynn", "Schultz", "female", "1993-07-19", "502 N 4th St", "T5518209", "507-555-6610", "M")
    gyn = b.practitioner("Catherine", "Moen", "MD, Obstetrics and Gynecology", "1366029475")
    ext = b.practitioner("Ravi", "Sundaram", "MD, Minimally Invasive Gynecologic Surgery", "1821930475")
    extorg = b.organization("University of Minnesota Women's Health Specialists", city="Minneapolis", state="MN")
    b.coverage("HealthPartners", "HealthPartners Open Access", "HP66029381")
    endo = b.condition(cc(sct("129103003", "Endometriosis"), text="Endometriosis (laparoscopically confirmed 2022)"), "2022-03-15")
    b.condition(cc(icd("N94.6", "Dysmenorrhea, unspecified"), text="Dysmenorrhea"), "2020-01-01", status="resolved", abate="2022-03-15")
    b.condition(cc(icd("G43.009", "Migraine without aura, not intractable, without status migrainosus")), "2015-01-01")
    m = b.communication("2026-02-10T20:30:00-06:00", "Dr. Moen, I have been thinking about the hysterectomy we talked about. I'm only 32 and I want a second opinion before I decide. Can you refer me to someone at the U?", b.pt, gyn,
                        category=cc(text="Patient Medical Advice Request"), medium=cc(text="MyChart"))
    b.communication("2026-02-11T09:15:00-06:00", "Absolutely - referral placed to University of Minnesota MIGS clinic. They will call you to schedule.", gyn, b.pt, medium=cc(text="MyChart"), inResponseTo=m)
    b.service_request(cc(cpt("58571", "Laparoscopy, surgical, with total hysterectomy, for uterus 250 g or less; with removal of tube(s) and/or ovary(s)"), text="Total laparoscopic hysterectomy"), "2026-01-20",
                      status="revoked", intent="proposal", reason=endo, requester=gyn, note="Withdrawn 4/2026 after second opinion; medical management chosen.")
    b.service_request(cc(text="Referral - second opinion, minimally invasive gynecologic surgery"), "2026-02-11", status="completed", reason=endo, requester=gyn, performer=ext)
    e1 = b.encounter("2026-04-15", cc(text="Second opinion consultation - Gynecology"), pract=ext, reason="Second opinion: endometriosis management", dept=extorg)
    b.note("consult", "2026-04-15", "SECOND OPINION (Univ. of MN MIGS): 32F endometriosis, stage II at 2022 laparoscopy, pain on combined OCP. Recommend trial of dienogest 2 mg daily and pelvic floor PT before considering surgery; hysterectomy not advised now given fertility wishes.", ext, e1, title="Second Opinion Consult Note")
    b.med(cc(text="dienogest 2 mg tablet"), "2026-04-20", dose="2 mg daily", requester=gyn, reason=endo)
    for d, v in [("2026-01-20", 8), ("2026-06-15", 5), ("2026-10-19", 3)]:
        b.obs(PAIN, d, vint=v, cat="survey", note="Pelvic pain, average past week")
    e2 = b.encounter("2026-10-19", cc(text="Office Visit - Gynecology"), pract=gyn, reason="Endometriosis follow-up")
    b.vitals("2026-10-19", e2, 110, 70, 72, 63.5, 23.0)
    b.note("progress", "2026-10-19", "Doing well on dienogest with PT, pain 3/10, working full time. Glad she got the second opinion. Continue.", gyn, e2)
    return b, dict(target=P6, kind="near-miss", expected=[],
        why="Her patient-portal request for a second opinion (2026-02-10) was fulfilled by an outside consultation on 2026-04-15, within the last 12 months, and her pain has since improved - suppressed.",
        summary="33F endometriosis, asked for second opinion in Feb, seen at university in April; hysterectomy withdrawn (Epic, Minnesota)")
