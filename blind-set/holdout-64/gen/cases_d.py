"""Organisation D: Northgate University Student Health Service (US).

ICD-10-CM, SNOMED CT, CPT, RxNorm and LOINC, a few local codes for questionnaires and measurements; young adults,
sports injuries, mental health, referrals out to specialists; short visits with brief notes; student health
insurance plan.
"""
from fhirkit import (Rec, cc, icdcm, loinc, sct, rxn, txt, meta, V3ACT, CPT, SCT, ICD10CM)

SHIP = cc((V3ACT, "HIP", "health insurance plan policy"), text="Student health insurance plan")


def setup(cid, given, family, gender, birth, mrn, phone=None, email=None, line=None):
    r = Rec(cid, "sh")
    r.hospital()
    ins = r.org("Campus Mutual Health Insurance Company", "ins", "Hartford", "US")
    r.patient(given, family, gender, birth, mrn, line=line or "Northgate University campus housing", postal="06510",
              phone=phone, email=email, marital="S",
              extra_ident={"system": "https://fhir.northgate-health.edu/sid/student-id", "value": "N" + mrn[-7:]})
    r.cov = r.coverage(ins, SHIP, subscriber_id="CMH" + mrn[-6:], start="2024-08-15", end="2027-08-14",
                       classes=[("plan", "NU-SHIP", "Northgate University Student Health Insurance Plan")])
    return r


def visit(code="99213", disp="Office or other outpatient visit, established patient, low MDM"):
    return cc((CPT, code, disp), text="Office visit")


def local(r, code, display):
    return r.local("measures", code, display, text=display)


def phq9(r, date, score, enc=None, who=None):
    return r.score("phq9", date, score, enc=enc, who=who)


# ---------------------------------------------------------------------------------------------------------------
def d01(cid):
    """PERSISTENT_SYMPTOMS_NORMAL_WORKUP positive: fatigue, headaches and lightheadedness on three visits over ten
    weeks; labs, ECG and orthostatics normal; reassured, no diagnosis, still symptomatic."""
    r = setup(cid, "Emily", "Novak", "female", "2006-04-18", "SH-26-0041187", phone="+1 203 555 0142",
              email="emily.novak@northgate.example.edu")
    np_ = r.staff("np")
    md = r.staff("md")

    def sx(d, e, ha):
        r.obs(loinc("75325-1", "Symptom"), d, sct("84229001", "Fatigue"), cat="exam", enc=e)
        r.obs(loinc("75325-1", "Symptom"), d, sct("25064002", "Headache"), cat="exam", enc=e)
        r.obs(loinc("75325-1", "Symptom"), d, sct("404640003", "Dizziness", text="Lightheadedness"), cat="exam", enc=e)
        r.obs("pain", d, ha, cat="survey", enc=e)

    e1 = r.enc("2026-09-03", type=visit(), who=np_, reason="Tired all the time, headaches")
    sx("2026-09-03", e1, 5)
    r.vitals("2026-09-03", e1, bp=(108, 68), hr=74, temp=36.8, wt=58.5, bmi=21.2)
    phq9(r, "2026-09-03", 4, e1)
    r.score("gad7", "2026-09-03", 5, enc=e1)
    labs = [r.lab("hb", "2026-09-03", 13.2, "g/dL", 12.0, 16.0, enc=e1),
            r.lab("wbc", "2026-09-03", 6.1, ("10*3/uL", "10*3/uL"), 4.0, 11.0, enc=e1),
            r.lab("ferritin", "2026-09-03", 48, ("ng/mL", "ng/mL"), 15, 150, enc=e1),
            r.lab("tsh", "2026-09-03", 1.9, ("mIU/L", "m[IU]/L"), 0.4, 4.5, enc=e1),
            r.lab("glu", "2026-09-03", 88, ("mg/dL", "mg/dL"), 70, 99, enc=e1),
            r.lab("crea", "2026-09-03", 0.8, ("mg/dL", "mg/dL"), 0.5, 1.1, enc=e1)]
    r.report(txt("CBC, CMP, TSH, ferritin"),
             "2026-09-03", labs, "All within normal limits.", enc=e1)
    r.obs(local(r, "UHCG", "Urine hCG, qualitative"), "2026-09-03", "Negative", interp="N", enc=e1)
    r.note("2026-09-03", "Visit note", """
        S: 20F junior, 3-4 wks fatigue, daily frontal headaches, lightheaded when standing quickly. Sleeping 7-8 h.
        No wt loss, no fever. Caffeine 2 cups/day. PHQ-9 4, GAD-7 5.
        O: VSS, exam nl, neuro nl.
        A/P: fatigue + HA, r/o anemia/thyroid. Labs. Hydration, sleep hygiene. RTC 4-6 wks.
        """, author=np_, enc=e1)
    e2 = r.enc("2026-10-08", type=visit(), who=md, reason="Fatigue, headaches - follow-up")
    sx("2026-10-08", e2, 6)
    r.obs(loinc("85354-9", "Blood pressure panel with all children optional"), "2026-10-08", cat="vital-signs", enc=e2,
          note="Orthostatic: supine 110/70 HR 72; standing 3 min 106/72 HR 84",
          comps=[(loinc("8480-6", "Systolic blood pressure"), 106, ("mmHg", "mm[Hg]")),
                 (loinc("8462-4", "Diastolic blood pressure"), 72, ("mmHg", "mm[Hg]"))])
    l2 = [r.lab("b12", "2026-10-08", 520, ("pg/mL", "pg/mL"), 200, 900, enc=e2),
          r.lab("vitd", "2026-10-08", 34, ("ng/mL", "ng/mL"), 30, 100, enc=e2),
          r.lab("esr", "2026-10-08", 8, ("mm/h", "mm/h"), 0, 20, enc=e2),
          r.lab("crp", "2026-10-08", 1.2, ("mg/L", "mg/L"), None, 5.0, enc=e2, interp="N"),
          r.lab("ck", "2026-10-08", 110, ("U/L", "U/L"), 30, 170, enc=e2)]
    r.obs(local(r, "HETERO", "Heterophile antibody (infectious mononucleosis), qualitative"), "2026-10-08", "Negative",
          interp="N", enc=e2)
    r.report(loinc("11524-6", "EKG study"), "2026-10-08", conclusion="Normal sinus rhythm 76 bpm, normal intervals, normal ECG.",
             cat="EC", enc=e2, concl_code=[sct("164854000", "Electrocardiogram normal")])
    r.note("2026-10-08", "Visit note", """
        S: no better. HA 4-5 d/wk, fatigue, lightheaded, missed 3 classes. O: orthostatics neg, exam nl. ECG nl.
        Sept labs all nl. A/P: add B12, vit D, ESR/CRP, CK, mono. RTC after results.
        """, author=md, enc=e2)
    e3 = r.enc("2026-11-12", type=visit(), who=md, reason="Fatigue, headaches - results")
    sx("2026-11-12", e3, 6)
    r.vitals("2026-11-12", e3, bp=(110, 70), hr=76, wt=58.0)
    r.note("2026-11-12", "Visit note", """
        S: still fatigued, HA most days, lightheaded. Dropped one class. O: nl exam.
        A/P: all labs WNL, ECG nl, mono neg. No red flags. Reassured - nothing wrong found; likely stress/sleep.
        Sleep hygiene, hydration, regular meals. F/u prn.
        """, author=md, enc=e3)
    return r, meta("PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "positive", ["PERSISTENT_SYMPTOMS_NORMAL_WORKUP"],
                   "Fatigue, headaches and lightheadedness recorded on three dates over ten weeks (09-03 to 11-12); "
                   "blood panels, ECG, orthostatics and mono screen all normal; reassured with no diagnosis while "
                   "still symptomatic and dropping classes.",
                   "US student health: fatigue, headaches and lightheadedness over 10 weeks, everything normal, "
                   "reassured")


# ---------------------------------------------------------------------------------------------------------------
def d02(cid):
    """PERSISTENT_SYMPTOMS_NORMAL_WORKUP near miss: fatigue/bloating/loose stools over 10 weeks, but tTG IgA strongly
    positive and duodenal biopsy confirms celiac disease, which explains everything."""
    r = setup(cid, "Jacob", "Alvarez", "male", "2005-10-02", "SH-26-0039902", phone="+1 203 555 0187",
              email="jacob.alvarez@northgate.example.edu")
    np_ = r.staff("np")
    md = r.staff("md")
    rd = r.staff("rd")
    gi_org = r.org("Northgate Digestive Health Associates", "prov", "Northgate", "US")
    gi = r.pract("Priya", "Shah", "Dr.", "MD, gastroenterology", "female", org=gi_org)

    def sx(d, e):
        r.obs(loinc("75325-1", "Symptom"), d, sct("84229001", "Fatigue"), cat="exam", enc=e)
        r.obs(loinc("75325-1", "Symptom"), d, sct("116289008", "Abdominal bloating"), cat="exam", enc=e)
        r.obs(loinc("75325-1", "Symptom"), d, sct("62315008", "Diarrhea", text="Loose stools"), cat="exam", enc=e)

    e1 = r.enc("2026-07-14", type=visit(), who=np_, reason="Tired, bloating, loose stools")
    sx("2026-07-14", e1)
    r.vitals("2026-07-14", e1, bp=(118, 72), hr=70, wt=68.0, bmi=21.0)
    ttg = r.lab("ttg", "2026-07-14", 128, ("U/mL", "[U]/mL"), None, 4, enc=e1, interp="H")
    r.lab("iga", "2026-07-14", 210, ("mg/dL", "mg/dL"), 70, 400, enc=e1)
    r.lab("hb", "2026-07-14", 13.9, "g/dL", 13.5, 17.5, enc=e1)
    fer = r.lab("ferritin", "2026-07-14", 14, ("ng/mL", "ng/mL"), 30, 400, enc=e1)
    r.lab("tsh", "2026-07-14", 2.2, ("mIU/L", "m[IU]/L"), 0.4, 4.5, enc=e1)
    e2 = r.enc("2026-08-18", type=visit(), who=md, reason="Results, ongoing symptoms")
    sx("2026-08-18", e2)
    r.sr(txt("Referral to gastroenterology - positive tTG IgA, EGD with duodenal biopsies"), "2026-08-18",
         status="completed", intent="order", cat=[sct("3457005", "Patient referral")], reason_ref=[ttg], who=md,
         performer=[gi_org], enc=e2)
    r.note("2026-08-18", "Visit note", """
        S: still bloated, 3-4 loose BMs/day, tired. O: wt 67.5 kg. Labs: tTG IgA 128 (nl <4), total IgA nl, ferritin 14.
        A/P: probable celiac disease. Stay on gluten until biopsy. GI referral for EGD. Start ferrous sulfate.
        """, author=md, enc=e2)
    r.medreq(txt("Ferrous sulfate 325 mg tablet"), "2026-08-18", "1 tab PO daily", reason_ref=[fer], who=md, enc=e2)
    e3 = r.enc("2026-09-22", type=visit(), who=np_, reason="Follow-up, awaiting GI")
    sx("2026-09-22", e3)
    r.proc(cc((CPT, "43239", "Esophagogastroduodenoscopy, flexible, transoral; with biopsy, single or multiple")),
           date="2026-10-14", who=gi, reason_ref=[ttg])
    path = r.report(txt("Surgical pathology - duodenal biopsies (x5)"), "2026-10-20",
                    conclusion="Villous atrophy with crypt hyperplasia and increased intraepithelial lymphocytes "
                               "(Marsh 3a), consistent with celiac disease.", cat="SP", who=gi)
    cel = r.cond(icdcm("K90.0", "Celiac disease"), onset="2026-10-20", who=gi, evidence=[path, ttg])
    e4 = r.enc("2026-10-27", type=txt("Medical nutrition therapy"), who=rd, reason_ref=[cel])
    r.careplan("Gluten-free diet", "2026-10-27", addresses=[cel], who=rd, enc=e4,
               activities=[("Strict gluten-free diet; dining hall gluten-free station", "in-progress", None),
                           ("Repeat tTG IgA in 6 months", "scheduled", None)])
    e5 = r.enc("2026-11-17", type=visit(), who=md, reason_ref=[cel])
    r.vitals("2026-11-17", e5, wt=68.8)
    r.note("2026-11-17", "Visit note", """
        3 wks GFD. Bloating much better, stools formed, energy improving. Celiac confirmed on biopsy.
        Plan: continue GFD + iron, DEXA not needed now, tTG in 6 mo, f/u with GI.
        """, author=md, enc=e5)
    return r, meta("PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "near-miss", [],
                   "Symptoms persisted over 10 weeks, but the work-up was not normal (tTG IgA 128, low ferritin) and "
                   "a biopsy-proven celiac diagnosis now explains them; he is improving on a gluten-free diet.",
                   "US student health: fatigue and bloating explained by biopsy-proven celiac disease")


# ---------------------------------------------------------------------------------------------------------------
def d03(cid):
    """DIAGNOSIS_SYMPTOM_MISMATCH positive: exercise-induced bronchospasm label kept although inhalers don't help,
    ECG shows LVH with deep lateral T-wave inversion and exertional syncope occurs."""
    r = setup(cid, "Marcus", "Reed", "male", "2007-02-20", "SH-26-0052270", phone="+1 203 555 0119",
              email="marcus.reed@northgate.example.edu")
    sports = r.staff("sports")
    np_ = r.staff("np")
    r.famhx("UNCLE", "uncle", [txt("Sudden death while playing basketball, age 32, cause not established")],
            sex="male", deceased=True)
    e1 = r.enc("2026-08-27", type=visit(), who=sports, reason="Short of breath and chest tightness with sprints")
    r.vitals("2026-08-27", e1, bp=(122, 70), hr=58, ht=196, wt=88.0, spo2=99)
    spiro = [r.obs(loinc("20150-9", "FEV1"), "2026-08-27", 4.9, "L", cat="procedure", enc=e1, note="102% predicted"),
             r.obs(loinc("19926-5", "FEV1/FVC"), "2026-08-27", 86, "%", low=70, cat="procedure", enc=e1)]
    eib = r.cond(icdcm("J45.990", "Exercise induced bronchospasm"), onset="2026-08-27", who=sports, enc=e1,
                 evidence=spiro)
    r.medreq(rxn("435", "albuterol", text="Albuterol HFA 90 mcg/actuation"), "2026-08-27", "2 puffs 15 min before exercise",
             reason_ref=[eib], who=sports, enc=e1)
    r.note("2026-08-27", "Sports medicine note", """
        19M varsity basketball. ~2 mo SOB + chest tightness w/ sprints, resolves w/ rest. No wheeze heard.
        Spirometry nl. A/P: likely EIB. Albuterol pre-exercise. RTC 6 wks.
        """, author=sports, enc=e1)
    e2 = r.enc("2026-10-15", type=visit(), who=sports, reason_ref=[eib])
    ecg_obs = r.obs(loinc("8601-7", "EKG impression"), "2026-10-15",
                    "Sinus bradycardia 54. LVH by voltage. Deep T-wave inversions V4-V6, I, aVL. Abnormal ECG.",
                    cat="procedure", enc=e2, interp="A")
    r.report(loinc("11524-6", "EKG study"), "2026-10-15", [ecg_obs],
             "Abnormal ECG: LVH voltage with lateral T-wave inversion - ? athlete's heart.", cat="EC", enc=e2,
             concl_code=[sct("102594003", "Electrocardiogram abnormal")])
    r.medreq(txt("Budesonide/formoterol 160/4.5 mcg inhaler"), "2026-10-15", "2 puffs BID", reason_ref=[eib], who=sports,
             enc=e2)
    r.note("2026-10-15", "Sports medicine note", """
        Albuterol not helping. New: lightheaded/near-fainting x2 during suicide sprints, had to sit down.
        ECG today abnl (LVH voltage, lateral TWI) - prob athlete's heart in a big trained guy.
        A/P: EIB poorly controlled -> add ICS/LABA. Continue practice as tolerated.
        """, author=sports, enc=e2)
    e3 = r.enc("2026-11-05", type=visit(), who=sports, reason="Passed out at practice")
    r.obs(loinc("75325-1", "Symptom"), "2026-11-05", sct("271594007", "Syncope", text="Exertional syncope"), cat="exam", enc=e3)
    r.vitals("2026-11-05", e3, bp=(118, 68), hr=56)
    r.impression("2026-11-05", "Exercise-induced bronchospasm, poorly controlled despite SABA + ICS/LABA. Episode of "
                 "loss of consciousness during sprint drills 11/3 (~10 s, witnessed, spontaneous recovery).",
                 who=sports, problems=[eib], enc=e3, findings=[eib])
    r.note("2026-11-05", "Sports medicine note", """
        Collapsed during sprint drill 11/3, out ~10 sec per teammates, no seizure activity, back up in a minute.
        Still SOB w/ exertion. Using inhalers. Exam nl, no murmur at rest.
        A/P: EIB poorly controlled. Continue ICS/LABA, albuterol pre-ex. Consider echo if recurs.
        Cleared for non-contact practice.
        """, author=sports, enc=e3)
    return r, meta("DIAGNOSIS_SYMPTOM_MISMATCH", "positive", ["DIAGNOSIS_SYMPTOM_MISMATCH"],
                   "The exercise-induced bronchospasm label (normal spirometry, no response to inhalers) cannot explain "
                   "the abnormal ECG (LVH, deep lateral T-wave inversion), exertional near-syncope and syncope with a "
                   "family sudden death; the label is kept and no cardiac work-up is arranged.",
                   "US sports medicine: 'exercise-induced bronchospasm' kept despite abnormal ECG and exertional syncope")


# ---------------------------------------------------------------------------------------------------------------
def d04(cid):
    """MAJOR_PROCEDURE_PLANNED near miss: ACL reconstruction already performed 09/2026; only rehabilitation remains."""
    r = setup(cid, "Sofia", "Martinez", "female", "2006-01-09", "SH-26-0047715", phone="+1 203 555 0163",
              email="sofia.martinez@northgate.example.edu")
    sports = r.staff("sports")
    pt = r.staff("pt")
    ortho_org = r.org("Northgate Orthopaedic & Sports Center", "prov", "Northgate", "US")
    ortho = r.pract("Grant", "Whitaker", "Dr.", "MD, orthopaedic surgery (sports)", "male", org=ortho_org)
    e1 = r.enc("2026-08-04", type=visit("99203", "Office or other outpatient visit, new patient, low MDM"), who=sports,
               reason="R knee injury at soccer preseason 8/2")
    r.obs(txt("Lachman examination, right knee"), "2026-08-04", "Positive, soft end point", cat="exam", enc=e1, interp="A")
    mri = r.report(cc((CPT, "73721", "MRI any joint of lower extremity; without contrast material"), text="MRI right knee"),
                   "2026-08-10", conclusion="Complete tear of the anterior cruciate ligament. Menisci intact. Bone bruise "
                                            "lateral femoral condyle.", cat="RAD")
    acl = r.cond(icdcm("S83.511A", "Sprain of anterior cruciate ligament of right knee, initial encounter",
                       text="Complete ACL tear, right knee"), onset="2026-08-02", who=sports, evidence=[mri])
    sr1 = r.sr(txt("Referral to orthopaedics - ACL tear"), "2026-08-11", status="completed", intent="order",
               cat=[sct("3457005", "Patient referral")], reason_ref=[acl], who=sports, performer=[ortho_org])
    sr2 = r.sr(cc((CPT, "29888", "Arthroscopically aided anterior cruciate ligament repair/augmentation or reconstruction")),
               "2026-08-20", status="completed", intent="order", cat=[sct("387713003", "Surgical procedure")],
               reason_ref=[acl], who=ortho, performer=[ortho_org], when="2026-09-15", based_on=[sr1])
    r.proc(cc((CPT, "29888", "Arthroscopically aided anterior cruciate ligament repair/augmentation or reconstruction"),
              text="ACL reconstruction, hamstring autograft, right knee"), date="2026-09-15", who=ortho,
           reason_ref=[acl], based_on=[sr2], outcome=txt("Uncomplicated"))
    r.medreq(rxn("7804", "oxycodone", text="Oxycodone 5 mg tablet"), "2026-09-15", "1 tab q6h prn severe pain, #12",
             status="completed", who=ortho, prn=True)
    r.medreq(rxn("5640", "ibuprofen", text="Ibuprofen 600 mg"), "2026-09-15", "1 tab q8h prn with food", who=ortho, prn=True)
    r.sr(cc((CPT, "97110", "Therapeutic exercises"), text="Post-op ACL rehabilitation protocol, 2x/week"), "2026-09-22",
         intent="order", reason_ref=[acl], who=ortho, performer=[pt], when="2026-09-22", when_end="2027-03-31")
    for d, rom, ikdc, lsi in [("2026-09-29", "0-95", 42, None), ("2026-11-10", "0-125", 61, 70)]:
        e = r.enc(d, type=visit(), who=[sports, pt], reason_ref=[acl])
        r.obs(txt("Right knee range of motion"), d, f"{rom} degrees", cat="exam", enc=e)
        r.score(local(r, "IKDC", "IKDC Subjective Knee Evaluation Form score"), d, ikdc, enc=e, ref_text="0-100, higher is better")
        if lsi:
            r.obs(local(r, "QLSI", "Quadriceps limb symmetry index"), d, lsi, "%", cat="exam", enc=e)
        last = e
    r.note("2026-11-10", "Visit note", """
        8 wks s/p R ACL recon (HS autograft 9/15). Doing well. ROM 0-125, quad LSI 70%, pain 2/10. IKDC 42 -> 61.
        Continue PT protocol; jogging at 12 wks if LSI >80%. Return to soccer ~9 mo. RTC 6 wks.
        """, author=sports, enc=last)
    return r, meta("MAJOR_PROCEDURE_PLANNED", "near-miss", [],
                   "The ACL reconstruction was performed on 2026-09-15 (order completed); what remains is outpatient "
                   "physical therapy, so no major procedure is pending.",
                   "US student health: ACL reconstruction already done, rehabilitating well")


# ---------------------------------------------------------------------------------------------------------------
def d05(cid):
    """UNTREATABLE_PROGNOSIS near miss: the hospice / 'no further treatment' wording belongs to the student's
    grandmother; the student has an adjustment disorder that is improving with counseling."""
    r = setup(cid, "Olivia", "Brennan", "female", "2004-12-03", "SH-26-0033841", phone="+1 203 555 0108",
              email="olivia.brennan@northgate.example.edu")
    psy = r.staff("psy")
    np_ = r.staff("np")
    r.famhx("GRMTH", "grandmother", [txt("Metastatic pancreatic cancer (diagnosed 08/2026)")], sex="female",
            note="Maternal grandmother who raised the patient. Moved to inpatient hospice 10/2026; family told there "
                 "are no further treatment options.")
    e1 = r.enc("2026-09-21", type=cc((CPT, "90791", "Psychiatric diagnostic evaluation"), text="Counseling intake"),
               who=psy, reason="Low mood, tearful, can't focus")
    adj = r.cond(icdcm("F43.21", "Adjustment disorder with depressed mood"), onset="2026-08-20", recorded="2026-09-21",
                 enc=e1, who=psy)
    r.careplan("Short-term counseling", "2026-09-21", addresses=[adj], who=psy, enc=e1,
               activities=[("Biweekly supportive counseling (6 sessions)", "in-progress", None),
                           ("Academic accommodations letter - Dean of Students", "completed", None)])
    for d, s in [("2026-09-21", 11), ("2026-10-19", 9), ("2026-11-16", 6)]:
        e = e1 if d == "2026-09-21" else r.enc(d, type=cc((CPT, "90834", "Psychotherapy, 45 minutes with patient"),
                                                             text="Counseling session"), who=psy, reason_ref=[adj])
        phq9(r, d, s, e, psy)
        last = e
    r.note("2026-09-21", "Counseling intake", """
        21F senior. Grandma (raised her) dx'd w/ metastatic pancreatic cancer in Aug. Tearful, poor concentration,
        sleep 5-6 h. No SI. PHQ-9 11. Dx adjustment d/o w/ depressed mood. Plan: supportive counseling q2wk,
        accommodations letter.
        """, author=psy, enc=e1)
    c = r.comm("2026-10-02", r.pat, [psy], "Hi Dr. Grant, could you send the accommodations letter to my chemistry "
               "professor too? I need to go home this weekend, grandma was moved to hospice. Thank you.", t="18:32")
    r.comm("2026-10-03", psy, [r.pat], "Letter sent to Prof. Hale. Thinking of you - see you on the 19th.", reply_to=[c],
           t="09:10")
    r.note("2026-11-16", "Counseling session", """
        Grandma in hospice ~6 wks - hospice/palliative team told family no more treatment options, focus on comfort.
        Pt visiting weekends, "saying what I need to say". Sleeping better, back to all classes. PHQ-9 6.
        Coping well. 2 more sessions then PRN.
        """, author=psy, enc=last)
    return r, meta("UNTREATABLE_PROGNOSIS", "near-miss", [],
                   "The hospice and 'no further treatment options' statements concern the student's grandmother (family "
                   "history); the patient's own condition, an adjustment disorder, is treatable and improving (PHQ-9 11 "
                   "to 6).",
                   "US counseling: student grieving a grandmother in hospice, adjustment disorder improving")


# ---------------------------------------------------------------------------------------------------------------
def d06(cid):
    """HIGH_IMPACT_TREATMENT near miss: isotretinoin started 08/2026; DLQI worsens by at most 2 points (MCID 4) and is
    now better than baseline."""
    r = setup(cid, "Ethan", "Brooks", "male", "2007-06-12", "SH-26-0055318", phone="+1 203 555 0175",
              email="ethan.brooks@northgate.example.edu")
    np_ = r.staff("np")
    derm_org = r.org("Elm City Dermatology", "prov", "Northgate", "US")
    derm = r.pract("Hannah", "Cho", "Dr.", "MD, dermatology", "female", org=derm_org)
    acne = r.cond(icdcm("L70.0", "Acne vulgaris", text="Nodulocystic acne vulgaris, face and back"), onset="2022-01-01",
                  who=derm)
    r.medstmt(rxn("3640", "doxycycline", text="Doxycycline 100 mg"), "2025-09-01", "100 mg daily", status="completed",
              end="2026-02-28", reason_ref=[acne], note="3 + 3 month courses with topical adapalene/BPO - inadequate response.")
    r.medreq(rxn("6064", "isotretinoin", text="Isotretinoin 40 mg capsule"), "2026-08-10", "40 mg PO daily with food (0.5 mg/kg)",
             reason_ref=[acne], who=derm, note="iPLEDGE registered. Monthly labs and mood screening.")
    rows = [("2026-08-10", 12, 132, 24, 2), ("2026-09-14", 14, 168, 31, 3), ("2026-10-12", 13, 155, 28, 2),
            ("2026-11-09", 10, 149, 26, 2)]
    for d, dlqi, tg, alt, phq in rows:
        e = r.enc(d, type=visit(), who=np_, reason_ref=[acne])
        r.score(local(r, "DLQI", "Dermatology Life Quality Index"), d, dlqi, enc=e,
                ref_text="0-30, higher = worse quality of life; MCID 4")
        r.lab("tg", d, tg, ("mg/dL", "mg/dL"), None, 150, enc=e)
        r.lab("alt", d, alt, ("U/L", "U/L"), 7, 56, enc=e)
        phq9(r, d, phq, e)
        last = e
    r.note("2026-11-09", "Visit note", """
        Month 3 isotretinoin 40 mg (derm Dr Cho). Fewer new nodules. Dry lips/skin, using emollients. No mood change,
        PHQ-9 2. TG 149, ALT nl. DLQI 10 (12 at start, 14 at month 1).
        Continue, derm f/u 12/7.
        """, author=np_, enc=last)
    return r, meta("HIGH_IMPACT_TREATMENT", "near-miss", [],
                   "Isotretinoin is not a treatment that severely impacts quality of life, and the DLQI rose only 2 "
                   "points (below its MCID of 4) after it started before improving below baseline.",
                   "US student health: isotretinoin for nodular acne, side effects mild, quality of life improving")


# ---------------------------------------------------------------------------------------------------------------
def d07(cid):
    """PATIENT_REPORTED_CONCERN positive: portal message from a student with recurrent shoulder dislocations asking
    for a second opinion from a shoulder surgeon because he feels not taken seriously."""
    r = setup(cid, "Noah", "Fischer", "male", "2005-05-30", "SH-26-0044906", phone="+1 203 555 0151",
              email="noah.fischer@northgate.example.edu")
    sports = r.staff("sports")
    pt = r.staff("pt")
    rn = r.staff("rn")
    e1 = r.enc("2026-03-04", type=visit(), who=sports, reason="F/u R shoulder dislocation 3/2 (reduced in ED)")
    xr = r.report(cc((CPT, "73030", "Radiologic examination, shoulder; complete, minimum of 2 views"), text="XR right shoulder"),
                  "2026-03-04", conclusion="Reduced glenohumeral joint. Small Hill-Sachs lesion. No bony Bankart.",
                  cat="RAD", enc=e1)
    dis = r.cond(icdcm("M24.411", "Recurrent dislocation, right shoulder", text="Recurrent anterior dislocation, right shoulder"),
                 onset="2026-03-02", recorded="2026-09-15", who=sports, evidence=[xr])
    r.sr(cc((CPT, "97110", "Therapeutic exercises"), text="Shoulder stabilization PT program"), "2026-03-04", intent="order",
         reason_ref=[dis], who=sports, performer=[pt], when="2026-03-09", when_end="2027-01-31")
    e2 = r.enc("2026-09-15", type=visit(), who=sports, reason="2nd dislocation 9/12 (lacrosse, reduced in ED)", reason_ref=[dis])
    r.note("2026-09-15", "Sports medicine note", """
        2nd anterior dislocation R shoulder 9/12, reduced at St. Luke's ED. Apprehension +. NV intact.
        A/P: recurrent instability. Resume PT, sling 1 wk. Surgery not indicated at this point. RTC 6 wks.
        """, author=sports, enc=e2)
    e3 = r.enc("2026-10-27", type=visit(), who=sports, reason="3rd dislocation 10/24", reason_ref=[dis])
    r.obs(txt("Anterior apprehension examination, right shoulder"), "2026-10-27", "Positive", cat="exam", enc=e3, interp="A")
    r.note("2026-10-27", "Sports medicine note", """
        3rd dislocation 10/24 (reaching overhead in bed), self-reduced. Continue PT, avoid overhead. No MRI for now.
        """, author=sports, enc=e3)
    m = r.comm("2026-11-18", r.pat, [sports],
               "Hi Dr. Walsh - it popped out again last week getting my backpack on. That's the 3rd time since March. "
               "I've been doing the PT exercises every day but it keeps happening and I feel like nobody is taking this "
               "seriously. Can I get a second opinion from a shoulder surgeon? I'd like someone to at least look at an "
               "MRI. Thanks, Noah", t="23:41",
               cat=[cc(("http://terminology.hl7.org/CodeSystem/communication-category", "notification", "Notification"))],
               medium=[cc(("http://terminology.hl7.org/CodeSystem/v3-ParticipationMode", "WRITTEN", "written"),
                          text="Patient portal message")])
    r.comm("2026-11-19", rn, [r.pat], "Hi Noah, message received - Dr. Walsh is out this week and will review when back. "
           "If the shoulder is out and won't go back in, go to the ED.", reply_to=[m], t="08:55")
    return r, meta("PATIENT_REPORTED_CONCERN", "positive", ["PATIENT_REPORTED_CONCERN"],
                   "Patient-authored portal message (2026-11-18) explicitly asks for a second opinion from a shoulder "
                   "surgeon and says nobody is taking his recurrent dislocations seriously; none arranged.",
                   "US sports medicine: student with three shoulder dislocations asks for a second opinion by portal "
                   "message")


# ---------------------------------------------------------------------------------------------------------------
def d08(cid):
    """WORSENING_DESPITE_TREATMENT positive: major depression, PHQ-9 12 -> 20 over 5 months on continuous sertraline
    (titrated) plus weekly CBT."""
    r = setup(cid, "Chloe", "Nguyen", "female", "2005-08-25", "SH-26-0036650", phone="+1 203 555 0196",
              email="chloe.nguyen@northgate.example.edu")
    psych = r.staff("psych")
    psy = r.staff("psy")
    mdd = r.cond(icdcm("F32.1", "Major depressive disorder, single episode, moderate"), onset="2026-05-15",
                 recorded="2026-06-09", who=psych)
    r.medstmt(rxn("36437", "sertraline", text="Sertraline"), "2026-06-09",
              "50 mg daily from 6/9; 100 mg from 8/4; 150 mg from 10/6", reason_ref=[mdd],
              note="Taking daily per patient and pharmacy refill history.")
    r.careplan("Depression treatment plan", "2026-06-09", addresses=[mdd], who=psych,
               activities=[("Sertraline, titrate to response", "in-progress", None),
                           ("Weekly CBT with Dr. Grant", "in-progress", None),
                           ("Safety plan reviewed each visit", "in-progress", None)])
    rows = [("2026-06-09", 12, 10), ("2026-07-21", 14, 11), ("2026-09-15", 17, 12), ("2026-11-10", 20, 13)]
    for d, p, g in rows:
        e = r.enc(d, type=cc((CPT, "99214", "Office or other outpatient visit, established patient, moderate MDM"),
                             text="Psychiatry med management"), who=psych, reason_ref=[mdd])
        phq9(r, d, p, e, psych)
        r.score("gad7", d, g, enc=e, who=psych)
        last = e
    r.obs(loinc("44260-8", "Thoughts that you would be better off dead, or of hurting yourself in some way in the last 2 weeks [Reported.PHQ]"),
          "2026-11-10", loinc("LA6569-3", "Several days"), cat="survey", enc=last, interp="A")
    r.note("2026-09-15", "Psychiatry note", """
        PHQ-9 17 (14 in July). Taking sertraline 100 mg daily, some nausea early, now ok. Attending CBT weekly.
        Sleep 4-5 h, skipping classes. Increase sertraline to 150 mg on 10/6 if no better. RTC 8 wks.
        """, author=psych)
    r.note("2026-11-10", "Psychiatry note", """
        Worse. PHQ-9 20 (12 -> 14 -> 17 -> 20 since June) despite sertraline now 150 mg x 5 wks and weekly CBT,
        adherent per pt + refills. Passive SI (item 9 = 1), no plan/intent, safety plan updated. Failing 2 courses.
        Continue current regimen; reassess in 4 wks.
        """, author=psych, enc=last)
    return r, meta("WORSENING_DESPITE_TREATMENT", "positive", ["WORSENING_DESPITE_TREATMENT"],
                   "PHQ-9 rose 12 -> 14 -> 17 -> 20 over five months (8 points, above the 5-point MCID) while sertraline "
                   "and weekly CBT were active throughout.",
                   "US student psychiatry: depression worsening on four PHQ-9 scores despite sertraline and CBT")


# ---------------------------------------------------------------------------------------------------------------
def d09(cid):
    """RARE_OR_COMPLEX_CONDITION positive: Marfan syndrome (FBN1) with aortic root dilation 4.1 cm on losartan;
    ectopia lentis; stable, annual surveillance."""
    r = setup(cid, "Liam", "O'Connor", "male", "2007-03-03", "SH-26-0051402", phone="+1 203 555 0133",
              email="liam.oconnor@northgate.example.edu")
    md = r.staff("md")
    cardio_org = r.org("Northgate Heart & Vascular - Adult Congenital Clinic", "prov", "Northgate", "US")
    cardio = r.pract("Miriam", "Feld", "Dr.", "MD, cardiology", "female", org=cardio_org)
    gen = r.report(txt("FBN1 gene sequencing"), "2019-05-14", conclusion="Heterozygous pathogenic FBN1 variant "
                   "c.3037G>A (p.Gly1013Arg) - consistent with Marfan syndrome.", cat="GE")
    mfs = r.cond(cc((ICD10CM, "Q87.410", "Marfan's syndrome with aortic dilation"), (SCT, "19346006", "Marfan's syndrome")),
                 onset="2019-05-14", who=cardio, evidence=[gen])
    r.cond(txt("Bilateral ectopia lentis (superotemporal), Marfan-related"), onset="2015-01-01")
    r.medstmt(rxn("52175", "losartan", text="Losartan 50 mg"), "2021-01-01", "50 mg daily", reason_ref=[mfs])
    e1 = r.enc("2026-08-24", type=visit("99204", "Office or other outpatient visit, new patient, moderate MDM"), who=md,
               reason="New student - establish care, Marfan syndrome")
    r.vitals("2026-08-24", e1, bp=(112, 66), hr=64, ht=198, wt=76.0, bmi=19.4)
    root = r.obs(local(r, "AOROOT", "Aortic root diameter at sinuses of Valsalva (TTE)"), "2026-09-10", 4.1, "cm",
                 cat="imaging", note="z-score +3.1", interp="H")
    r.report(cc((CPT, "93306", "Echocardiography, transthoracic, complete, with Doppler"), text="Transthoracic echocardiogram"),
             "2026-09-10", [root], "Aortic root 4.1 cm (z +3.1), stable vs 2025 (4.0 cm). Mild mitral valve prolapse, "
             "no regurgitation. Normal LV function.", cat="CUS", who=cardio)
    r.note("2026-09-10", "Cardiology note", """
        Marfan syndrome, FBN1+. Aortic root 4.1 cm, growth 1 mm/yr. Continue losartan. Annual echo.
        Surgical threshold 5.0 cm (4.5 cm if rapid growth or family history of dissection) - not near.
        Avoid contact/collision sports and heavy isometric lifting; recreational swimming OK.
        """, author=cardio, type=("11488-4", "Consult note"))
    r.note("2026-08-24", "Visit note", """
        19M freshman w/ Marfan (FBN1+), ectopia lentis (ophtho f/u annually, stable), aortic root dilation on
        losartan. Quit basketball, swims. Establish care, cardiology & ophtho referrals in town. Flu shot today.
        """, author=md, enc=e1)
    r.immun(cc(("http://hl7.org/fhir/sid/cvx", "150", "Influenza, injectable, quadrivalent, preservative free")),
            "2026-08-24")
    r.sr(txt("Ophthalmology - annual review of ectopia lentis"), "2026-08-24", intent="order", reason_ref=[mfs], who=md,
         enc=e1, cat=[sct("3457005", "Patient referral")])
    return r, meta("RARE_OR_COMPLEX_CONDITION", "positive", ["RARE_OR_COMPLEX_CONDITION"],
                   "Genetically confirmed Marfan syndrome (an Orphanet rare disease) is active, with aortic root "
                   "dilation on losartan and ectopia lentis; stable, no surgery planned.",
                   "US student health: Marfan syndrome with aortic root dilation under surveillance")


# ---------------------------------------------------------------------------------------------------------------
def d10(cid):
    """RARE_OR_COMPLEX_CONDITION near miss: suspected Marfan in a hypermobile dancer, excluded by genetics (FBN1
    negative, systemic score 3, normal aortic root); benign generalized joint hypermobility."""
    r = setup(cid, "Ava", "Thompson", "female", "2006-06-20", "SH-26-0048823", phone="+1 203 555 0170",
              email="ava.thompson@northgate.example.edu")
    md = r.staff("md")
    pt = r.staff("pt")
    gen_org = r.org("Northgate Medical Genetics Clinic", "prov", "Northgate", "US")
    genetics = r.pract("Laura", "Brandt", "Dr.", "MD, medical genetics", "female", org=gen_org)
    e1 = r.enc("2026-08-31", type=visit(), who=md, reason="Knee pain with dance; friend said 'Marfan?'")
    r.vitals("2026-08-31", e1, bp=(104, 64), hr=66, ht=178, wt=57.0, bmi=18.0)
    r.score(local(r, "BEIGHTON", "Beighton hypermobility score"), "2026-08-31", 6, enc=e1, ref_text="0-9")
    r.sr(txt("Medical genetics evaluation - ? Marfan syndrome / hEDS"), "2026-08-31", status="completed", intent="order",
         cat=[sct("3457005", "Patient referral")], who=md, performer=[gen_org], enc=e1)
    root = r.obs(local(r, "AOROOT", "Aortic root diameter at sinuses of Valsalva (TTE)"), "2026-09-22", 2.9, "cm",
                 cat="imaging", note="z-score +0.4", interp="N")
    r.report(cc((CPT, "93306", "Echocardiography, transthoracic, complete, with Doppler"), text="Transthoracic echocardiogram"),
             "2026-09-22", [root], "Normal study. Aortic root 2.9 cm (z +0.4). No mitral valve prolapse.", cat="CUS")
    gen = r.report(txt("FBN1 sequencing and deletion/duplication analysis"), "2026-10-14",
                   conclusion="No pathogenic or likely pathogenic variant identified.", cat="GE", who=genetics)
    mfs = r.cond(cc((ICD10CM, "Q87.40", "Marfan's syndrome, unspecified"), (SCT, "19346006", "Marfan's syndrome")),
                 onset="2026-08-31", status="inactive", ver="refuted", cat="encounter-diagnosis", who=genetics,
                 evidence=[gen, root], abate="2026-10-20",
                 note="Excluded: revised Ghent systemic score 3, no ectopia lentis, normal aortic root, FBN1 negative.")
    hm = r.cond(icdcm("M35.7", "Hypermobility syndrome", text="Generalized joint hypermobility (non-syndromic); hEDS criteria not met"),
                onset="2026-10-20", who=genetics)
    pfp = r.cond(icdcm("M22.2X1", "Patellofemoral disorders, right knee", text="Patellofemoral pain, right knee"),
                 onset="2026-08-31", who=md)
    r.note("2026-10-20", "Medical genetics consult", """
        20F dancer, Beighton 6/9. Revised Ghent: no ectopia lentis (ophthalmology 10/2), aortic root z +0.4,
        systemic score 3/20. FBN1 negative. Marfan syndrome excluded. 2017 hEDS criteria: criterion 1 met,
        criterion 2 not met -> not hEDS. Dx: generalized joint hypermobility, non-syndromic - no cardiac
        surveillance needed. Strength training, PT for knee. No follow-up in genetics.
        """, author=genetics, type=("11488-4", "Consult note"))
    r.sr(cc((CPT, "97110", "Therapeutic exercises"), text="PT - patellofemoral pain, hypermobility strengthening"),
         "2026-10-22", intent="order", reason_ref=[pfp, hm], who=md, performer=[pt], when="2026-10-27", when_end="2027-01-15")
    e2 = r.enc("2026-11-19", type=visit(), who=pt, reason_ref=[pfp])
    r.obs(loinc("72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"), "2026-11-19", 2, cat="survey",
          enc=e2)
    r.note("2026-11-19", "PT note", """
        4 wks PT. R knee pain 2/10 (was 5). Dancing full classes. Continue hip/quad strengthening.
        """, author=pt, enc=e2)
    return r, meta("RARE_OR_COMPLEX_CONDITION", "near-miss", [],
                   "The suspected Marfan syndrome was excluded (FBN1 negative, systemic score 3, normal aortic root) "
                   "and hEDS criteria are not met; benign generalized joint hypermobility is not a rare disease.",
                   "US student health: hypermobile dancer, Marfan syndrome ruled out by genetics")


CASES = [d01, d02, d03, d04, d05, d06, d07, d08, d09, d10]
