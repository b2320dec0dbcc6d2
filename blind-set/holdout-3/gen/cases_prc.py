from common import *

T = "PATIENT_REPORTED_CONCERN"
SO_REASON = cc((V20336, "S", "Second Opinion"))


def prc_pos_qr_spine(cid):
    c = new_case(cid, "summit")
    sp = doc(c, "Jason", "Whitlow", gender="male")
    pm = doc(c, "Leah", "Morrison", suffix="DO", gender="female")
    c.patient("Brandon Michael", "Kessler", "male", "1979-10-26", "SOS-908114", "4471 W 38th Ave", "Denver", "CO", "80212", "720-555-0157", marital="M")
    payer(c, "Cigna Healthcare", "Cigna LocalPlus", "U22841907 01", "2021-01-01", group="CIG-3390417")
    rad = c.cond(cc((ICD, "M54.16", "Radiculopathy, lumbar region"), (SCT, "128196005", "Lumbar radiculopathy")), onset="2026-06-01", recorded="2026-07-06", asserter=sp)
    disc = c.cond(cc((ICD, "M51.26", "Other intervertebral disc displacement, lumbar region"), (SCT, "202735001", "Lumbar disc prolapse")), onset="2026-06-01", recorded="2026-07-22", asserter=sp)
    c.cond(cc((SCT, "44465007", "Sprain of ankle"), text="Left ankle sprain"), onset="2022-08-10", clinical="resolved", abated="2022-09-30")
    e1 = c.enc("2026-07-06", etype=E_ESTAB("99204"), pract=sp, reason=cc(text="Low back and right leg pain"), hm="08:30", minutes=40, diagnoses=[rad])
    c.vitals("2026-07-06", e1, 128, 82, hr=72, wt=84.0, bmi=26.5)
    c.lab("pain", "2026-07-06", 7, enc=e1)
    c.dr(cc((CPT, "72148", "Magnetic resonance (eg, proton) imaging, spinal canal and contents, lumbar; without contrast material"), text="MRI lumbar spine"), "2026-07-20", sp,
         cat=("RAD", "Radiology"), conclusion="L4-5 right paracentral disc extrusion with inferior migration, contacting and displacing the traversing right L5 nerve root. Mild facet arthropathy. No stenosis at other levels.")
    c.proc(cc((SCT, "91251008", "Physical therapy procedure"), text="Physical therapy, lumbar (McKenzie), 10 visits"), "completed", period={"start": "2026-07-10", "end": "2026-09-04"},
           reason_ref=[rad])
    c.proc(cc((CPT, "64483", "Injection(s), anesthetic agent(s) and/or steroid; transforaminal epidural, with imaging guidance (fluoroscopy or CT), lumbar or sacral, single level"),
              text="Right L4-5 transforaminal epidural steroid injection"), "completed", date="2026-09-10T08:00:00-06:00", performer=pm, reason_ref=[rad])
    c.medstmt(c.med("25480", "gabapentin", "gabapentin 300 mg capsule"), "active", "2026-07-06", dosage="300 mg three times daily", reason_ref=rad)
    c.medstmt(c.med("5640", "ibuprofen", "ibuprofen 600 mg tablet"), "active", "2026-07-06", dosage="600 mg three times daily with food as needed", reason_ref=rad)
    e2 = c.enc("2026-10-15", etype=E_ESTAB("99214"), pract=sp, reason=cc(text="Follow-up lumbar radiculopathy"), hm="15:20", diagnoses=[rad, disc])
    c.lab("pain", "2026-10-15", 6, enc=e2)
    c.note("progress", "2026-10-15", sp, """
Summit Spine - 10/15/2026 - Jason Whitlow, MD
47M, right L5 radiculopathy from L4-5 extrusion since June. PT completed, TFESI 9/10 gave ~40% relief for 3 weeks. Still right leg pain 6/10, numbness top of foot, can't sit >30 min, missing work (IT, desk).
Exam: EHL 5-/5 right, SLR + right at 50 deg.
A/P: Lumbar radiculopathy, slowly improving. Most extrusions regress; continue conservative care another 6-8 weeks: home exercises, gabapentin, consider 2nd TFESI. If not improving, microdiscectomy could be discussed. RTC 6-8 weeks.
""", enc=e2, title="Spine clinic note")
    qr = c.qr("https://summitortho.example.net/fhir/Questionnaire/spine-previsit|3.1", "2026-11-18T20:41:00-07:00", c.patient_ref, [
        {"linkId": "1", "text": "Since your last visit, how would you describe your symptoms?", "answer": [{"valueCoding": coding(c.site["local_codes"], "same", "About the same")}]},
        {"linkId": "2", "text": "Leg pain right now (0-10)", "answer": [{"valueInteger": 6}]},
        {"linkId": "3", "text": "Do you feel your questions and concerns were addressed at your last visit?", "answer": [yes_no(False)]},
        {"linkId": "4", "text": "Would you like to request a second opinion about your diagnosis or treatment plan?", "answer": [yes_no(True)]},
        {"linkId": "5", "text": "Is there anything else you would like your care team to know?",
         "answer": [{"valueString": "It has been 5 months and I keep being told to wait it out. I can't work a full day. I would like another spine specialist to review my MRI and options."}]},
    ], source=c.patient_ref)
    return c, dict(target=T, kind="positive", expected=[T],
                   why="The patient answered 'Yes' to 'Would you like to request a second opinion about your diagnosis or treatment plan?' in a patient-authored pre-visit QuestionnaireResponse (2026-11-18) and said his concerns were not addressed.",
                   summary="47M, L5 radiculopathy on conservative care; portal questionnaire answers Yes to wanting a second opinion (spine).")


def prc_pos_parent_message(cid):
    c = new_case(cid, "bayside")
    ped = doc(c, "Grace", "Yamamoto", gender="female")
    dev = doc(c, "Oliver", "Ashworth", gender="male")
    c.patient("Ethan Minh", "Nguyen", "male", "2019-04-09", "BCH-1408852", "2630 International Blvd", "Oakland", "CA", "94601", "510-555-0172", gp=ped,
              lang=("vi", "Vietnamese"))
    mom = c.related("Linh", "Nguyen", "MTH", "mother", phone="510-555-0172", gender="female")
    payer(c, "Alameda Alliance for Health", "Medi-Cal Managed Care", "AAH90218847", "2019-04-09", kind=("MCPOL", "managed care policy"))
    asth = c.cond(cc((SCT, "195967001", "Asthma"), (ICD, "J45.20", "Mild intermittent asthma, uncomplicated")), onset="2023-01-01", recorded="2023-03-14")
    c.cond(cc((SCT, "65363002", "Otitis media"), (ICD, "H66.93", "Otitis media, unspecified, bilateral")), onset="2024-02-05", clinical="resolved", abated="2024-02-20",
           cat="encounter-diagnosis")
    adhd = c.cond(cc((ICD, "F90.2", "Attention-deficit hyperactivity disorder, combined type"), (SCT, "406506008", "Attention deficit hyperactivity disorder")),
                  onset="2026-09-15", recorded="2026-09-15", asserter=dev)
    c.imm("141", "Influenza, seasonal, injectable", "2026-10-02")
    c.imm("94", "MMRV", "2023-04-18")
    c.medstmt(c.med("435", "albuterol", "albuterol HFA 90 mcg inhaler with spacer"), "active", "2023-03-14", dosage="2 puffs q4h prn wheeze", reason_ref=asth)
    e1 = c.enc("2026-09-15", etype=E_ESTAB("99205"), pract=dev, reason=cc(text="School concerns - attention, behavior"), hm="09:00", minutes=75, diagnoses=[adhd],
               service_type=cc((SCT, "394537008", "Pediatric specialty")))
    c.local_lab("VADPT", "Vanderbilt ADHD Diagnostic Parent Rating Scale - inattention items positive", "2026-09-15", 6, "{count}", high=5)
    c.local_lab("VADTT", "Vanderbilt ADHD Diagnostic Teacher Rating Scale - inattention items positive", "2026-09-15", 7, "{count}", high=5)
    c.note("consult", "2026-09-15", dev, """
Bayside Children's - Developmental-Behavioral Pediatrics - 09/15/2026 - Oliver Ashworth, MD (Vietnamese interpreter)
7-year-old boy, 2nd grade, referred by school for inattention, difficulty staying seated, incomplete work. Sleep 10 h, no snoring. Passed school hearing and vision screens 2026. Development otherwise typical.
Vanderbilt parent and teacher: inattentive 6/9 and 7/9, hyperactive 6/9 (teacher). Teacher form completed by long-term substitute teacher.
Assessment: ADHD, combined presentation.
Plan: methylphenidate ER 18 mg qAM, behavioral parent training, school 504 plan.
""", enc=e1, title="Developmental pediatrics consult")
    c.medreq(c.med("6901", "methylphenidate", "methylphenidate ER 18 mg tablet"), "2026-09-15", dosage="18 mg by mouth every morning", requester=dev, reason_ref=adhd, enc=e1)
    e2 = c.enc("2026-11-12", etype=E_ESTAB("99214"), pract=ped, reason=cc(text="ADHD medication follow-up"), hm="16:00", diagnoses=[adhd])
    c.vitals("2026-11-12", e2, 98, 60, hr=96, wt=22.1)
    c.note("progress", "2026-11-12", ped, """
Bayside Pediatrics - 11/12/2026 - Grace Yamamoto, MD
On methylphenidate ER 18 mg x8 weeks. Teacher notes modest improvement. Appetite lower at lunch, weight 22.1 kg (22.9 in Sept), sleeping well. Mother still unsure about the diagnosis; says he only struggles in one class and the rating form was filled in by a substitute teacher.
Plan: continue current dose, high-calorie breakfast, recheck weight 1 month. Offered repeat teacher rating scales from his regular teacher.
""", enc=e2, title="Pediatric follow-up")
    c.comm("2026-11-20T21:14:00-08:00", mom, dev,
           "Dr. Ashworth, this is Linh, Ethan's mother. We would like a second opinion about Ethan's ADHD diagnosis before we continue the medicine. "
           "He is eating less, and I feel the diagnosis was made after one visit with a form from a substitute teacher who barely knew him. "
           "Can you please refer us to another doctor for a second opinion? Thank you.",
           category=cc(text="Patient portal message"), topic=cc(text="Request for second opinion"), status="completed")
    return c, dict(target=T, kind="positive", expected=[T],
                   why="The patient's parent (his proxy) sent a portal Communication on 2026-11-20 explicitly asking for a referral for a second opinion on her son's ADHD diagnosis, saying she feels her concerns about how the diagnosis was made were not heard.",
                   summary="7M newly diagnosed ADHD on stimulant; mother messages via portal asking for a second opinion (paediatrics).")


def prc_pos_flag_glaucoma(cid):
    c = new_case(cid, "clearview")
    oph = doc(c, "Raymond", "Castillo", gender="male")
    tech = doc(c, "Tanya", "Ruiz", suffix="COT", gender="female")
    c.patient("Margaret Folake", "Oyelaran", "female", "1964-01-30", "CEI-0073914", "5801 Manor Rd", "Austin", "TX", "78723", "512-555-0164", marital="M")
    payer(c, "Blue Cross and Blue Shield of Texas", "Blue Choice PPO", "ZGT440128876", "2018-01-01", group="BCBSTX-81023")
    poag = c.cond(cc((ICD, "H40.1132", "Primary open-angle glaucoma, bilateral, moderate stage"), (SCT, "77075001", "Primary open angle glaucoma")),
                  onset="2022-03-01", recorded="2022-03-15", asserter=oph)
    htn = c.cond(cc((SCT, "38341003", "Hypertensive disorder, systemic arterial"), (ICD, "I10", "Essential (primary) hypertension")), onset="2016-01-01", recorded="2018-01-10")
    c.medstmt(c.med("43611", "latanoprost", "latanoprost 0.005% ophthalmic solution"), "active", "2022-03-15", dosage="1 drop both eyes at bedtime", reason_ref=poag)
    c.medstmt(c.med("10600", "timolol", "timolol 0.5% ophthalmic solution"), "active", "2024-09-10", dosage="1 drop both eyes every morning", reason_ref=poag)
    c.medstmt(c.med("5487", "hydrochlorothiazide", "hydrochlorothiazide 25 mg tablet"), "active", "2018-01-10", dosage="25 mg daily", reason_ref=htn)
    c.proc(cc((CPT, "65855", "Trabeculoplasty by laser surgery"), text="Selective laser trabeculoplasty, right eye"), "completed", date="2025-03-18T10:00:00-05:00", performer=oph,
           reason_ref=[poag])
    iop_od = {"coding": [{"system": c.site["local_codes"], "code": "IOP-OD", "display": "Intraocular pressure, right eye (Goldmann)"}], "text": "IOP OD"}
    iop_os = {"coding": [{"system": c.site["local_codes"], "code": "IOP-OS", "display": "Intraocular pressure, left eye (Goldmann)"}], "text": "IOP OS"}
    for d, od, os_ in [("2026-04-14", 17, 16), ("2026-08-11", 16, 17), ("2026-11-10", 17, 16)]:
        e = c.enc(d, etype=enc_type("92014", "Ophthalmological services: medical examination and evaluation, with initiation or continuation of diagnostic and treatment program; comprehensive, established patient, 1 or more visits"),
                  pract=oph, reason=cc(text="Glaucoma follow-up"), hm="13:00", diagnoses=[poag], service_type=cc((SCT, "394594003", "Ophthalmology")))
        c.obs(iop_od, d, od, "mm[Hg]", high=21, interp="N", cat="exam", enc=e)
        c.obs(iop_os, d, os_, "mm[Hg]", high=21, interp="N", cat="exam", enc=e)
    c.dr(cc((CPT, "92083", "Visual field examination, unilateral or bilateral, with interpretation and report; extended examination"), text="Humphrey visual field 24-2 SITA"),
         "2026-11-10", oph, cat=("OTH", "Other"),
         conclusion="OD: superior arcuate defect, MD -6.8 dB (stable vs 04/2026, -6.6). OS: early inferior nasal step, MD -3.1 dB (stable). Reliable.")
    c.note("progress", "2026-11-10", oph, """
Clearview Eye Institute - Glaucoma clinic - 11/10/2026 - Raymond Castillo, MD
62F with moderate POAG OU on latanoprost + timolol, s/p SLT OD 2025. IOP 17/16, target <18. HVF stable OU, OCT RNFL stable.
Patient asked whether she should have glaucoma surgery like her sister; explained that her pressures and fields are stable and surgery is not indicated now. She seemed unconvinced.
Plan: continue drops; RTC 4 months with OCT.
""", title="Glaucoma clinic note")
    c.flag(cc((c.site["local_codes"], "PT-SO-REQ", "Patient requests second opinion"),
              text="Patient requests a second opinion regarding glaucoma treatment plan (submitted via patient portal)"),
           "2026-11-23", c.patient_ref, category=cc(("http://terminology.hl7.org/CodeSystem/flag-category", "admin", "Administrative")))
    c.note("nurse", "2026-11-24", tech, """
Clearview Eye Institute - phone note 11/24/2026 - Tanya Ruiz, COT
Returned call regarding portal request. Patient states she wants a second opinion from another glaucoma specialist before continuing with the current plan because her sister lost the vision in one eye. Routed to Dr. Castillo for referral.
""", title="Telephone note")
    return c, dict(target=T, kind="positive", expected=[T],
                   why="A patient-authored Flag (author = Patient, entered via the portal 2026-11-23) asks for a second opinion on her glaucoma treatment plan, confirmed in a phone note.",
                   summary="62F, stable moderate glaucoma on drops; she files a portal request (Flag) for a second opinion (ophthalmology).")


def prc_nm_qr_no(cid):
    c = new_case(cid, "prairie")
    pcp = doc(c, "Melinda", "Harrington", gender="female")
    c.patient("Linda Kay", "Carver", "female", "1971-07-07", "PFM-0019344", "3021 W 13th St N", "Wichita", "KS", "67203", "316-555-0125", gp=pcp, marital="M")
    payer(c, "Blue Cross and Blue Shield of Kansas", "BlueSelect Plus", "KSB220019344", "2020-01-01", group="KS-20771")
    dm = c.cond(cc((SCT, "44054006", "Diabetes mellitus type 2"), (ICD, "E11.9", "Type 2 diabetes mellitus without complications")), onset="2019-05-01", recorded="2019-05-20")
    htn = c.cond(cc((SCT, "38341003", "Hypertensive disorder, systemic arterial"), (ICD, "I10", "Essential (primary) hypertension")), onset="2019-05-01", recorded="2019-05-20")
    ob = c.cond(cc((SCT, "414916001", "Obesity"), (ICD, "E66.811", "Obesity, class 1")), onset="2015-01-01", recorded="2019-05-20")
    c.medstmt(c.med("6809", "metformin", "metformin ER 500 mg tablet"), "active", "2019-05-20", dosage="1000 mg twice daily with meals", reason_ref=dm)
    c.medstmt(c.med("29046", "lisinopril", "lisinopril 10 mg tablet"), "active", "2019-05-20", dosage="10 mg daily", reason_ref=htn)
    c.medstmt(c.med("83367", "atorvastatin", "atorvastatin 20 mg tablet"), "active", "2019-05-20", dosage="20 mg daily", reason_ref=dm)
    for d, a1c, s, dd in [("2026-03-10", 7.0, 130, 78), ("2026-07-14", 6.9, 128, 80), ("2026-11-10", 6.8, 126, 76)]:
        e = c.enc(d, etype=E_ESTAB("99214"), pract=pcp, reason=cc(text="Diabetes follow-up"), hm="10:30", diagnoses=[dm, htn])
        c.vitals(d, e, s, dd, hr=74, wt={"2026-03-10": 89.1, "2026-07-14": 88.0, "2026-11-10": 87.2}[d])
        c.lab("a1c", d, a1c, None, 5.6, enc=e)
    c.lab("uacr", "2026-11-10", 12, None, 30, enc=e)
    c.lab("egfr", "2026-11-10", 88, 60, None, enc=e)
    c.qr("https://fhir.prairiefm.com/api/FHIR/R4/Questionnaire/pfm-care-experience|2", "2026-11-10T10:12:00-06:00", c.patient_ref, [
        {"linkId": "q1", "text": "Overall, how would you rate the care you receive at this clinic?", "answer": [{"valueString": "Very good"}]},
        {"linkId": "q2", "text": "Do you feel your concerns were listened to at your visits?", "answer": [yes_no(True)]},
        {"linkId": "q3", "text": "Would you like a second opinion about any of your diagnoses or your treatment plan?", "answer": [yes_no(False)]},
        {"linkId": "q4", "text": "Do you have any trouble paying for your medicines?", "answer": [yes_no(False)]},
    ], enc=e, source=c.patient_ref)
    c.note("progress", "2026-11-10", pcp, """
Prairie Family Medicine - 11/10/2026 - Melinda Harrington, MD
T2DM: A1c 6.8 (7.0 in March), at goal. Walking 30 min 5 days/wk, lost 2 kg. No hypoglycemia. BP 126/76. UACR 12, eGFR 88. Foot exam normal. Eye exam 08/2026 no retinopathy.
Care experience questionnaire reviewed: satisfied, no concerns.
Plan: continue regimen. Flu shot today. RTC 4 months.
""", enc=e, title="Office visit")
    c.imm("150", "Influenza, injectable, quadrivalent, preservative free", "2026-11-10")
    return c, dict(target=T, kind="near-miss", expected=[],
                   why="The patient completed a care-experience questionnaire and answered 'No' to wanting a second opinion and 'Yes' to feeling listened to; diabetes is well controlled.",
                   summary="55F, well-controlled T2DM; questionnaire answer 'No' to second opinion (family medicine).")


def prc_nm_already_done(cid):
    c = new_case(cid, "stbrendan")
    gyn = doc(c, "Kathleen", "Moriarty", gender="female")
    ext = doc(c, "Sanjay", "Varma", gender="male")
    extorg = c.org("New England Center for Endometriosis Care", npi=npi("NECEC"), city="Boston", state="MA")
    c.patient("Rachel Ilana", "Goldberg", "female", "1988-02-14", "SBM-5519204", "41 Elm St", "Worcester", "MA", "01609", "508-555-0193", marital="M")
    payer(c, "Harvard Pilgrim Health Care", "HMO", "HPHC61002874", "2019-09-01", group="HP-00329")
    endo = c.cond(cc((SCT, "129103003", "Endometriosis"), text="Endometriosis, stage III (rASRM), pelvic peritoneum and left ovary"), onset="2023-01-01",
                  recorded="2025-11-20", asserter=gyn)
    c.proc(cc((CPT, "58662", "Laparoscopy, surgical; with fulguration or excision of lesions of the ovary, pelvic viscera, or peritoneal surface by any method"),
              text="Diagnostic and operative laparoscopy, excision of endometriosis"), "completed", date="2025-11-20T07:30:00-05:00", performer=gyn, reason_ref=[endo])
    c.medreq(c.med("7514", "norethindrone", "norethindrone acetate 5 mg tablet"), "2025-12-02", dosage="5 mg daily", requester=gyn, reason_ref=endo, refills=11)
    e1 = c.enc("2026-05-19", etype=E_ESTAB("99214"), pract=gyn, reason=cc(text="Endometriosis follow-up"), hm="11:00", diagnoses=[endo],
               service_type=cc((SCT, "394586005", "Gynecology")))
    msg = c.comm("2026-06-02T19:30:00-04:00", c.patient_ref, gyn,
                 "Hi Dr. Moriarty, I have been reading about excision specialists and I would like a second opinion about whether there are other treatment options for me, "
                 "especially since we want to try for a baby next year. Could you refer me?", category=cc(text="Patient portal message"))
    ref = c.sr(cc((SCT, "3457005", "Patient referral"), text="Referral for second opinion - endometriosis / fertility planning"), "completed", "order", "2026-06-04", gyn,
               reason=[SO_REASON], reason_ref=[endo], performer=ext)
    e2 = c.enc("2026-08-11", etype=cc((SCT, "11429006", "Consultation"), text="Second opinion consultation"), pract=ext, reason=[SO_REASON], hm="09:30", minutes=60,
               diagnoses=[endo], org=extorg, service_type=cc((SCT, "394586005", "Gynecology")))
    c.note("consult", "2026-08-11", ext, """
New England Center for Endometriosis Care - Second Opinion Consultation - 08/11/2026
Sanjay Varma, MD (MIGS)
38F G0, stage III endometriosis s/p laparoscopic excision 11/2025 (operative report and images reviewed), on norethindrone acetate with good pain control. Plans conception 2027. AMH 1.9 ng/mL. TVUS: no endometrioma recurrence.
Opinion: Surgery appears complete; no indication for repeat surgery. Agree with continuing norethindrone until ready to conceive, then prompt referral to REI given stage III disease and age. Findings sent to Dr. Moriarty.
""", enc=e2, title="Second opinion consultation", org=extorg)
    e3 = c.enc("2026-10-20", etype=E_ESTAB("99213"), pract=gyn, reason=cc(text="Endometriosis follow-up"), hm="11:00", diagnoses=[endo],
               service_type=cc((SCT, "394586005", "Gynecology")))
    c.vitals("2026-10-20", e3, 112, 70, hr=66, wt=61.5)
    c.note("progress", "2026-10-20", gyn, """
St. Brendan's Gynecology - 10/20/2026 - Kathleen Moriarty, MD
Reviewed second-opinion letter (Dr. Varma, 08/11): agrees with current plan. Pain well controlled, minimal breakthrough bleeding. Patient satisfied with plan.
Plan: continue norethindrone; REI referral when ready to conceive (planned spring 2027). Annual exam 05/2027.
""", enc=e3, title="Gynecology follow-up")
    return c, dict(target=T, kind="near-miss", expected=[],
                   why="The patient's portal request for a second opinion (2026-06-02) was acted on: the second-opinion consultation took place 2026-08-11 (within 12 months) for the same problem and agreed with the plan, so the flag is suppressed.",
                   summary="38F, endometriosis; asked for a second opinion in June, seen by an outside specialist in August who agreed (gynaecology).")


CASES = [prc_pos_qr_spine, prc_pos_parent_message, prc_pos_flag_glaucoma, prc_nm_qr_no, prc_nm_already_done]
