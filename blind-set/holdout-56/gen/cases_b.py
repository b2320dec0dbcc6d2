"""Cases from the UAE hospital (Al Safwa Specialty Hospital, Abu Dhabi).

ICD-10-CM diagnoses, CPT procedures, English notes, patient messages in Arabic, family members speaking for patients.
"""
from fhirkit import *  # noqa: F401,F403

EID = "https://fhir.alsafwa-hospital.example.ae/sid/emirates-id"
FORM = "https://fhir.alsafwa-hospital.example.ae/CodeSystem/formulary"


def ae_base(r, given, family, gender, birth, eid, *, phone=None, area="Al Khalidiyah", extra_lang=None, lang="ar"):
    r.patient(given, family, gender, birth, lang=lang, extra_lang=extra_lang, phone=phone,
              address={"use": "home", "line": [area], "city": "Abu Dhabi", "country": "AE"})
    r.add_identifier(EID, eid, "NI", "National unique individual identifier")
    r.coverage("ECP-" + eid[-9:].replace("-", ""), "2024-01-01", plan=("ENH-GOLD", "Enhanced Gold"))


def dx(code, display):
    return cc((ICD10CM, code, display), text=display)


def cpt(code, display, text=None):
    return cc((CPT, code, display), text=text or display)


def drug(local, atc_code, atc_name, text, rxnorm=None):
    codings = [(FORM, local, text), (ATC, atc_code, atc_name)]
    if rxnorm:
        codings.append((RXN, rxnorm[0], rxnorm[1]))
    return cc(*codings, text=text)


# ---------------------------------------------------------------------------------------------
@case("PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "positive", ["PERSISTENT_SYMPTOMS_NORMAL_WORKUP"], "AE",
      "52-year-old man seen in family medicine for epigastric pain and fatigue, then an unscheduled ED visit 5 days "
      "later and an unplanned admission 10 days after the clinic visit; all investigations normal, pain continues.",
      "Return-visit e-trigger: an unplanned admission within 14 days of a primary-care visit (with an unscheduled "
      "ED visit in between), the work-up is normal and the symptom remains unexplained.")
def ae_etrigger(cid):
    r = Rec(cid, "AE")
    ae_base(r, "Saeed", "Al Ketbi", "male", "1974-03-12", "784-1974-5512093-4", phone="+971 50 551 2093")
    son = r.related("Hamad", "Al Ketbi", "SON", "natural son", "male", phone="+971 55 771 4410", lang="en")
    r.cond(dx("E78.2", "Mixed hyperlipidemia"), "2019-01-01", recorded="2019-04-10", recorder="fm")
    r.medstmt(drug("ASH-F-01842", "C10AA07", "rosuvastatin", "Rosuvastatin 10 mg tablet"), "2019-04-10", dosage="10 mg once daily", source="fm")
    pain = cc((SCT, "79922009", "Epigastric pain"), text="Epigastric pain")
    e1 = r.enc("2026-10-27", "Family medicine clinic visit (scheduled)", prac="fm", reason=[pain, cc((SCT, "84229001", "Fatigue"), text="Fatigue")],
               type_code=(CPT, "99213", "Office or other outpatient visit, established patient"))
    r.bp("2026-10-27", 128, 82, enc=e1)
    r.vital("temp", "2026-10-27", 36.8, enc=e1)
    l1 = r.labs("2026-10-27", [("hb", 14.8), ("wbc", 7.1), ("alt", 31), ("ast", 24), ("lipase", 38), ("crea", 0.9), ("glu", 96)], enc=e1)
    r.report(cc((LNC, "24323-8", "Comprehensive metabolic 2000 panel - Serum or Plasma"), text="Clinic blood work"), "2026-10-27",
             results=l1, performer=r.org_ref, conclusion="All results within reference ranges.")
    r.medreq(drug("ASH-F-00517", "A02BC01", "omeprazole", "Omeprazole 20 mg capsule", ("7646", "omeprazole")), "2026-10-27",
             "20 mg once daily before breakfast for 4 weeks", prac="fm")
    r.note("""Family Medicine - Clinic Note
CC: Epigastric burning discomfort and tiredness for about 10 days, worse after meals. No vomiting, no melena, no weight loss reported. Son Hamad translated.
Exam: Afebrile, abdomen soft, mild epigastric tenderness, no guarding.
Labs today: CBC, LFTs, lipase, creatinine all normal.
Assessment: Dyspepsia, likely gastritis. Reassured - nothing serious found.
Plan: Omeprazole 20 mg daily x 4 weeks. Return in 4 weeks or earlier if worse.""", "2026-10-27", "outpatient", "fm", title="Family medicine clinic note", enc=e1)

    e2 = r.enc("2026-11-01", "Emergency Department visit (unscheduled)", cls="EMER", prac="ed", reason=pain, priority="UR",
               type_code=(CPT, "99284", "Emergency department visit, moderate medical decision making"), time="22:40", end_time="23:59")
    r.labs("2026-11-01", [("trop", 4), ("lipase", 41), ("hb", 14.6), ("wbc", 7.8)], enc=e2, time="23:05")
    r.obs(cc((LNC, "11524-6", "EKG study"), text="12-lead ECG"), "2026-11-01", "Sinus rhythm 78/min, no acute ST-T changes", cat="procedure",
          interp="N", enc=e2, time="22:55", issued=False)
    r.note("""ED Note
52M with 2 weeks of epigastric pain, now more constant, radiating to back at times. On omeprazole since 27/10.
Vitals stable. ECG normal, hs-troponin 4 ng/L, lipase normal, CBC normal.
Impression: Epigastric pain, non-cardiac. Discharged with antacid, advised to follow up with family medicine.""", "2026-11-01", "progress", "ed",
           title="Emergency department note", enc=e2, time="23:50")

    e3 = r.enc("2026-11-06", "Inpatient admission via Emergency Department (unplanned)", cls="IMP", prac="im", end="2026-11-09",
               reason=[pain, cc((SCT, "422400008", "Vomiting"), text="Vomiting")], priority="EM",
               admit=("emd", "From accident/emergency department"), discharge=("home", "Home"), time="03:10", end_time="13:00")
    r.labs("2026-11-06", [("lipase", 35), ("alt", 29), ("bili", 0.6), ("crp", 2.4), ("trop", 5), ("hb", 14.9)], enc=e3, time="03:40")
    r.report(cpt("74177", "Computed tomography, abdomen and pelvis; with contrast material(s)", "CT abdomen/pelvis with contrast"),
             "2026-11-06", category="RAD", performer=r.org_ref, enc=e3,
             conclusion_code=[cc((SCT, "17621005", "Normal"))], conclusion="No acute abnormality. Pancreas, liver, gallbladder and bowel unremarkable. No lymphadenopathy.")
    egd = r.proc(cpt("43235", "Esophagogastroduodenoscopy, flexible, transoral; diagnostic", "Upper GI endoscopy (EGD)"), "2026-11-07",
                 performer="gi", enc=e3, outcome="Normal oesophagus, stomach and duodenum. Rapid urease assay negative.")
    r.report(cpt("76700", "Ultrasound, abdominal, real time with image documentation; complete", "Ultrasound abdomen"), "2026-11-06", category="RAD", performer=r.org_ref, enc=e3,
             conclusion_code=[cc((SCT, "17621005", "Normal"))], conclusion="Normal liver, gallbladder without stones, CBD 4 mm, normal pancreas where visualised.")
    r.cond(dx("R10.13", "Epigastric pain"), "2026-10-17", cat="encounter-diagnosis", recorded="2026-11-09", enc=e3, recorder="im",
           note="Discharge diagnosis. Extensive work-up unremarkable; cause not identified.")
    r.note("""Discharge Summary
Admitted 06/11/2026 via ED: third presentation in 10 days (family medicine 27/10, ED 01/11) with persistent epigastric pain and two episodes of vomiting.
Investigations: CBC, LFTs, lipase, CRP, troponin normal. CT abdomen/pelvis normal. Ultrasound normal. EGD normal, urease negative.
Course: Symptomatic treatment, tolerated diet, discharged 09/11/2026.
Discharge diagnosis: Epigastric pain, cause not identified.
Follow-up: Gastroenterology clinic 10/12/2026. Family informed (son).""", "2026-11-09", "discharge", "im", title="Discharge summary", enc=e3)
    r.appt("2026-12-10", "2026-12-10", "Gastroenterology clinic follow-up: persistent epigastric pain", prac="gi", service="Gastroenterology",
           time=("10:00", "10:20"))
    r.comm("السلام عليكم دكتورة، والدي ما زال يشعر بألم في أعلى البطن بعد الخروج من المستشفى، ولا يستطيع الأكل جيداً. هل يمكن تقديم موعد الجهاز الهضمي؟",
           "2026-11-20", sender=son, recipient="fm", lang="ar", time="20:15")
    r.comm("Patient's son reports ongoing epigastric pain and reduced intake since discharge; advised to attend the GI appointment on 10/12 or ED if worse.",
           "2026-11-21", sender="fm", recipient=son, time="09:30", lang="en")
    return r


# ---------------------------------------------------------------------------------------------
@case("DIAGNOSIS_SYMPTOM_MISMATCH", "positive", ["DIAGNOSIS_SYMPTOM_MISMATCH"], "AE",
      "34-year-old woman labelled irritable bowel syndrome with diarrhoea (K58.0) since February 2026; nocturnal "
      "diarrhoea, 5.5 kg weight loss, raised CRP/ESR, low albumin and faecal calprotectin 420 µg/g, still managed as IBS.",
      "The catch-all IBS label has persisted more than 90 days while symptoms continue, and the red flags and inflammatory "
      "markers it cannot account for have not changed the diagnosis.")
def ae_ibs_redflags(cid):
    r = Rec(cid, "AE")
    ae_base(r, "Noura", "Al Hammadi", "female", "1992-05-30", "784-1992-3307716-2", phone="+971 56 330 7716", area="Khalifa City")
    husband = r.related("Faisal", "Al Hammadi", "HUSB", "husband", "male", phone="+971 50 118 9920", lang="en")
    e0 = r.enc("2026-01-20", "Family medicine clinic visit", prac="fm", reason=cc((SCT, "62315008", "Diarrhea"), text="Diarrhoea for 2 months"))
    r.labs("2026-01-20", [("hb", 12.6), ("wbc", 6.8), ("tsh", 1.9), ("crp", 4.0)], enc=e0)
    r.obs(cc((LNC, "625-4", "Bacteria identified in Stool by Culture"), text="Stool culture"), "2026-01-20", "No enteric pathogens isolated",
          interp="N", enc=e0)
    ibs = r.cond(dx("K58.0", "Irritable bowel syndrome with diarrhea"), "2025-11-15", recorded="2026-02-10", recorder="fm",
                 note="Diagnosed on symptoms (Rome IV) after negative stool culture; stress at work noted.")
    r.medreq(drug("ASH-F-02210", "A03AA04", "mebeverine", "Mebeverine 135 mg tablet"), "2026-02-10", "135 mg three times daily before meals",
             prac="fm", reason_ref=ibs)
    r.medreq(drug("ASH-F-00611", "A07DA03", "loperamide", "Loperamide 2 mg capsule", ("6468", "loperamide")), "2026-02-10",
             "2 mg after each loose stool, max 8 mg/day", prac="fm", reason_ref=ibs)
    r.vital("wt", "2026-02-10", 61.0)

    e1 = r.enc("2026-05-12", "Family medicine clinic visit", prac="fm", reason_ref=ibs)
    r.vital("wt", "2026-05-12", 58.6, enc=e1)
    r.note("""Family Medicine - Follow-up
Husband present and answers most questions. Still 4-5 loose stools daily, now also waking at night to open bowels 1-2 times. Crampy pain.
Weight 58.6 kg (61.0 in Feb).
Assessment: IBS-D, flare related to stress.
Plan: Add amitriptyline 10 mg nocte. Continue mebeverine. Review 3 months.""", "2026-05-12", "progress", "fm", title="Clinic note", enc=e1)
    r.medreq(drug("ASH-F-00904", "N06AA09", "amitriptyline", "Amitriptyline 10 mg tablet", ("704", "amitriptyline")), "2026-05-12",
             "10 mg at night", prac="fm", reason_ref=ibs)

    e2 = r.enc("2026-08-18", "Family medicine clinic visit", prac="fm", reason_ref=ibs)
    r.vital("wt", "2026-08-18", 55.5, enc=e2)
    l2 = r.labs("2026-08-18", [("hb", 11.4), ("mcv", 84), ("ferritin", 38), ("crp", 14), ("esr", 32), ("alb", 3.3)], enc=e2)
    r.obs(cc((SCT, "26284000", "Ulcer of mouth"), text="Oral aphthous ulcers"), "2026-08-18", "Recurrent painful mouth ulcers for 6 weeks",
          cat="exam", interp="A", enc=e2, issued=False)
    r.note("""Family Medicine - Follow-up
Symptoms persist: nocturnal diarrhoea, urgency, mouth ulcers for 6 weeks. Weight 55.5 kg (5.5 kg loss since Feb).
Labs: Hb 11.4 (normocytic, ferritin 38), CRP 14, ESR 32, albumin 3.3.
Assessment: IBS-D, ongoing. Mild anaemia - diet advice.
Plan: Continue current treatment, dietitian referral for low-FODMAP diet.""", "2026-08-18", "progress", "fm", title="Clinic note", enc=e2)
    r.sreq(cc((SCT, "103699006", "Referral to dietitian"), text="Dietitian referral - low FODMAP diet"), "2026-08-18", status="active",
           prac="fm", reason_ref=ibs)

    e3 = r.enc("2026-11-05", "Family medicine clinic visit", prac="fm", reason_ref=ibs)
    r.vital("wt", "2026-11-05", 55.0, enc=e3)
    cp = r.lab("calpro", "2026-11-05", 420, enc=e3, german=False)
    r.lab("crp", "2026-11-05", 18, enc=e3)
    r.note("""Family Medicine - Follow-up
Husband reports she is "always in the bathroom at night" and very tired. Diarrhoea unchanged despite mebeverine, loperamide, amitriptyline.
Faecal calprotectin 420 ug/g, CRP 18.
Assessment: IBS with diarrhoea. Continue IBS management, dietitian appointment pending.
Plan: Review in 3 months.""", "2026-11-05", "progress", "fm", title="Clinic note", enc=e3)
    r.comm("دكتورة، زوجتي تعبانة جداً ووزنها ينقص. هل التحاليل الأخيرة طبيعية؟", "2026-11-08", sender=husband, recipient="fm", lang="ar")
    return r


# ---------------------------------------------------------------------------------------------
@case("MAJOR_PROCEDURE_PLANNED", "near-miss", [], "AE",
      "63-year-old man with two-vessel coronary disease: heart-team CABG proposal was revoked in favour of PCI, "
      "which was performed in September 2026; only a stress echocardiogram and cardiac rehabilitation are ordered.",
      "The major operation was revoked and the invasive treatment (PCI) is already done; the remaining orders are "
      "non-invasive.")
def ae_cabg_revoked(cid):
    r = Rec(cid, "AE")
    ae_base(r, "Mohammed", "Al Nuaimi", "male", "1963-07-04", "784-1963-9021184-7", phone="+971 50 902 1184", area="Al Mushrif")
    r.related("Sultan", "Al Nuaimi", "SON", "natural son", "male", phone="+971 52 330 1010")
    cad = r.cond(dx("I25.10", "Atherosclerotic heart disease of native coronary artery without angina pectoris"), "2026-07-14",
                 recorded="2026-07-28", recorder="cardio", note="Two-vessel disease: proximal LAD 85%, mid LCx 70%. LVEF 55%.")
    r.cond(dx("I10", "Essential (primary) hypertension"), "2012-01-01", recorded="2012-06-01", recorder="im")
    r.cond(dx("E11.9", "Type 2 diabetes mellitus without complications"), "2015-01-01", recorded="2015-02-11", recorder="endo")
    r.cond(dx("E78.2", "Mixed hyperlipidemia"), "2015-01-01", recorded="2015-02-11", recorder="endo")
    r.enc("2026-07-14", "Cardiology clinic visit", prac="cardio", reason=cc((SCT, "194828000", "Angina"), text="Exertional chest tightness"))
    cath = r.proc(cpt("93458", "Catheter placement in coronary artery(s) for coronary angiography, with left heart catheterization"),
                  "2026-07-28", performer="cardio", reason_ref=cad, outcome="Proximal LAD 85%, mid LCx 70%, RCA non-dominant with minor irregularities. SYNTAX score 18.")
    cabg = r.sreq(cpt("33533", "Coronary artery bypass, using arterial graft(s); single arterial graft", "CABG (LIMA-LAD) with vein graft to OM"),
                  "2026-08-05", status="revoked", intent="proposal", prac="ctsurg", reason_ref=cad,
                  note="Heart team 05/08/2026: CABG or multivessel PCI both reasonable (SYNTAX 18). Patient and family chose PCI; proposal withdrawn 20/08/2026.")
    r.note("""Heart Team Meeting - 05/08/2026
Present: Cardiology (Dr Saleh), Cardiothoracic Surgery (Dr Khoury).
63M, diabetic, two-vessel CAD (prox LAD 85%, mid LCx 70%), LVEF 55%, SYNTAX 18.
Options discussed: CABG (LIMA-LAD + SVG-OM) or staged/one-stage PCI with DES. Low anatomical complexity - both reasonable.
Discussed with patient and his son Sultan who speaks for the family: they prefer PCI.
Decision: Multivessel PCI. CABG proposal withdrawn.""", "2026-08-05", "consult", "cardio", title="Heart team minutes")
    pci = r.proc(cpt("92928", "Percutaneous transcatheter placement of intracoronary stent(s), with coronary angioplasty when performed; single major coronary artery or branch",
                     "PCI with drug-eluting stents to LAD and LCx"), "2026-09-08", performer="cardio", reason_ref=cad,
                 outcome="Successful DES to proximal LAD (3.5 x 28 mm) and mid LCx (3.0 x 18 mm), TIMI 3 flow.")
    r.medreq(drug("ASH-F-00120", "B01AC06", "acetylsalicylic acid", "Aspirin 100 mg tablet", ("1191", "aspirin")), "2026-09-08", "100 mg once daily",
             prac="cardio", reason_ref=cad)
    r.medreq(drug("ASH-F-03310", "B01AC24", "ticagrelor", "Ticagrelor 90 mg tablet"), "2026-09-08", "90 mg twice daily for 12 months",
             prac="cardio", reason_ref=cad)
    r.medstmt(drug("ASH-F-00741", "A10BA02", "metformin", "Metformin 1000 mg tablet", ("6809", "metformin")), "2015-02-11",
              dosage="1000 mg twice daily", source="endo")
    r.medstmt(drug("ASH-F-01842", "C10AA07", "rosuvastatin", "Rosuvastatin 20 mg tablet"), "2015-02-11", dosage="20 mg at night", source="endo")
    e1 = r.enc("2026-11-10", "Cardiology clinic visit (post-PCI)", prac="cardio", reason_ref=cad)
    r.bp("2026-11-10", 126, 76, enc=e1)
    r.labs("2026-11-10", [("ldl", 64), ("hba1c", 7.0), ("crea", 1.0), ("hb", 14.1)], enc=e1)
    r.note("""Cardiology Clinic - 2 months post PCI
Angina-free, walking 30 min daily. Tolerating DAPT.
Plan: Stress echocardiography in March 2027 to assess for residual ischaemia; cardiac rehabilitation programme. No further intervention planned.""",
           "2026-11-10", "outpatient", "cardio", title="Cardiology clinic note", enc=e1)
    r.sreq(cpt("93350", "Echocardiography, transthoracic, real-time with image documentation (2D), during rest and cardiovascular stress",
               "Stress echocardiography"), "2026-11-10", status="active", occurrence="2027-03-09", prac="cardio", reason_ref=cad)
    r.sreq(cpt("93798", "Physician or other qualified health care professional services for outpatient cardiac rehabilitation; with continuous ECG monitoring (per session)",
               "Cardiac rehabilitation, 24 sessions"), "2026-11-10", status="active", prac="cardio", reason_ref=cad)
    return r


# ---------------------------------------------------------------------------------------------
@case("UNTREATABLE_PROGNOSIS", "positive", ["UNTREATABLE_PROGNOSIS"], "AE",
      "70-year-old man with decompensated MASH cirrhosis (Child-Pugh C, MELD-Na 27) declined for liver transplantation; "
      "hepatology states no further disease-modifying options and refers to palliative care; his son speaks for the family.",
      "Active end-stage liver disease with an explicit no-treatment-options statement, palliative CarePlan and referral, "
      "and no second opinion on record.")
def ae_cirrhosis_palliative(cid):
    r = Rec(cid, "AE")
    ae_base(r, "Abdulla", "Al Marzouqi", "male", "1956-12-02", "784-1956-4418820-1", phone="+971 2 644 1882", area="Al Bateen")
    son = r.related("Khalid", "Al Marzouqi", "SON", "natural son", "male", phone="+971 50 644 7788", lang="en")
    cirr = r.cond(dx("K74.69", "Other cirrhosis of liver"), "2023-03-01", recorded="2023-04-18", recorder="hep",
                  stage=txt("Child-Pugh C (11), MELD-Na 27"), note="MASH-related cirrhosis.")
    r.cond(dx("R18.8", "Other ascites"), "2026-02-01", recorded="2026-02-14", recorder="hep", note="Diuretic-refractory, large-volume paracentesis every 2-3 weeks.")
    r.cond(dx("K76.82", "Hepatic encephalopathy"), "2026-06-01", recorded="2026-06-09", recorder="hep")
    r.cond(dx("E11.9", "Type 2 diabetes mellitus without complications"), "2008-01-01", recorded="2008-05-20", recorder="endo")
    labs = r.labs("2026-10-12", [("bili", 4.2), ("alb", 2.4), ("inr", 2.1), ("na", 128), ("crea", 1.6), ("plt", 62), ("hb", 9.8)])
    meld = r.score(cc((r.org["local"] + "/scores", "MELD-NA", "MELD-Na score"), text="MELD-Na"), "2026-10-12", 27, integer=True, cat="exam")
    r.get(meld)["derivedFrom"] = [ref(x) for x in labs[:5]]
    r.medstmt(drug("ASH-F-01201", "A06AD11", "lactulose", "Lactulose 10 g/15 mL syrup", ("6218", "lactulose")), "2026-06-09",
              dosage="20 mL three times daily, titrate to 2-3 soft stools", source="hep")
    r.medstmt(drug("ASH-F-02750", "A07AA11", "rifaximin", "Rifaximin 550 mg tablet", ("35619", "rifaximin")), "2026-06-09",
              dosage="550 mg twice daily", source="hep")
    r.medstmt(drug("ASH-F-00933", "C03DA01", "spironolactone", "Spironolactone 100 mg tablet"), "2026-02-14", dosage="100 mg daily", source="hep")
    r.medstmt(drug("ASH-F-01160", "A10AE04", "insulin glargine", "Insulin glargine 100 units/mL"), "2019-01-01", dosage="14 units at night", source="endo")
    tx = r.enc("2026-09-22", "Liver transplant assessment (multidisciplinary)", prac="hep", reason_ref=cirr)
    r.note("""Liver Transplant Selection Committee - Outcome
Candidate: 70M, MASH cirrhosis, Child-Pugh C, MELD-Na 27, refractory ascites, recurrent hepatic encephalopathy.
Assessment: Liver Frailty Index 5.1 (frail), severe sarcopenia (L3 SMI well below cut-off), poor functional reserve, significant cardiovascular risk.
Decision: Not a candidate for liver transplantation.
Recommendation: Return to referring hepatologist for best supportive care.""", "2026-09-22", "consult", "hep", title="Transplant committee outcome", enc=tx)
    e1 = r.enc("2026-10-14", "Hepatology clinic visit", prac="hep", reason_ref=cirr)
    r.note("""Hepatology Clinic
Present: patient (drowsy at times), son Khalid who speaks for the family.
Declined for transplant 22/09. Repeated admissions for encephalopathy and paracentesis.
Assessment: End-stage liver disease. There are no further disease-modifying or curative treatment options. Prognosis weeks to a few months.
Plan: Referral to palliative care; goals of care discussed with son; focus on comfort at home where possible. Continue lactulose/rifaximin.
The family wishes to be present for all discussions; son asked that information be shared with him first.""", "2026-10-14", "progress", "hep",
           title="Hepatology clinic note", enc=e1)
    r.sreq(cc((SCT, "306237005", "Referral to palliative care service"), text="Referral to palliative medicine"), "2026-10-14",
           status="active", intent="order", prac="hep", reason_ref=cirr, priority="urgent")
    r.careplan("Palliative and supportive care - end-stage liver disease", "2026-10-20",
               category=cc((SCT, "103735009", "Palliative care"), text="Palliative care"), addresses=[cirr], author="pall",
               description="Comfort-focused care after transplant declined; no further disease-modifying treatment.",
               activities=[(txt("Symptom control: ascites, pruritus, encephalopathy"), "in-progress", "Comfort paracentesis when symptomatic"),
                           (txt("Home palliative nursing visits"), "scheduled", "Weekly from November 2026"),
                           (txt("Advance care planning with family"), "in-progress", "Son Khalid as family spokesperson")])
    e2 = r.enc("2026-11-18", "Palliative medicine clinic visit", prac="pall", reason_ref=cirr)
    r.vital("wt", "2026-11-18", 71.0, enc=e2)
    r.note("""Palliative Medicine
Seen with son and daughter. Appetite poor, mild confusion in evenings, abdominal distension.
Plan: continue current measures, home nursing weekly, family support. Family comfortable with comfort-focused plan.""", "2026-11-18",
           "progress", "pall", title="Palliative care note", enc=e2)
    r.comm("شكراً دكتور، نريد أن يبقى الوالد مرتاحاً في البيت قدر الإمكان.", "2026-11-19", sender=son, recipient="pall", lang="ar")
    return r


# ---------------------------------------------------------------------------------------------
@case("HIGH_IMPACT_TREATMENT", "positive", ["HIGH_IMPACT_TREATMENT"], "AE",
      "59-year-old woman with diabetic end-stage kidney disease who started maintenance haemodialysis three times weekly "
      "on 3 November 2026 through an AV fistula created in June.",
      "Maintenance haemodialysis has started, a treatment that severely affects quality of life (she has stopped working "
      "and is exhausted after sessions).")
def ae_haemodialysis(cid):
    r = Rec(cid, "AE")
    ae_base(r, "Aisha", "Al Dhaheri", "female", "1967-04-18", "784-1967-2280451-9", phone="+971 50 228 0451", area="Al Shamkha")
    r.related("Mariam", "Al Dhaheri", "DAU", "natural daughter", "female", phone="+971 55 228 9012", lang="en")
    esrd = r.cond(dx("N18.6", "End stage renal disease"), "2026-10-01", recorded="2026-10-21", recorder="neph")
    dm = r.cond(dx("E11.22", "Type 2 diabetes mellitus with diabetic chronic kidney disease"), "2004-01-01", recorded="2004-06-01", recorder="endo")
    r.cond(dx("I10", "Essential (primary) hypertension"), "2006-01-01", recorded="2006-03-01", recorder="im")
    anem = r.cond(dx("D63.1", "Anemia in chronic kidney disease"), "2025-09-01", recorded="2025-09-15", recorder="neph")
    r.proc(cpt("36821", "Arteriovenous anastomosis, open; direct, any site (eg, Cimino type) (separate procedure)", "Left radiocephalic AV fistula creation"),
           "2026-06-15", performer="neph", reason_ref=esrd, outcome="Fistula matured by August 2026.")
    r.lab("egfr", "2026-09-15", 8)
    r.lab("egfr", "2026-10-20", 6)
    r.labs("2026-10-20", [("k", 5.9), ("hb", 9.1), ("phos", 6.2), ("alb", 3.4), ("bun", 98)])
    r.note("""Nephrology Clinic - 21/10/2026
Uraemic symptoms (nausea, pruritus, poor appetite), eGFR 6, K 5.9. AV fistula mature.
Decision with patient and daughter: start maintenance in-centre haemodialysis 3x/week from 03/11/2026.""", "2026-10-21", "consult", "neph",
           title="Nephrology clinic note")
    r.careplan("Maintenance haemodialysis", "2026-11-03", category=cc((SCT, "265764009", "Renal dialysis"), text="Dialysis"),
               addresses=[esrd], author="neph", description="In-centre haemodialysis 4 h three times weekly (Mon/Wed/Fri) via left RC-AVF.",
               activities=[(cpt("90935", "Hemodialysis procedure with single evaluation by a physician or other qualified health care professional"),
                            "in-progress", "4 h, Qb 300 mL/min, 2.0 K bath")])
    for d in ("2026-11-03", "2026-11-05", "2026-11-07", "2026-11-24", "2026-11-26"):
        r.proc(cpt("90935", "Hemodialysis procedure with single evaluation by a physician or other qualified health care professional",
                   "Haemodialysis session"), d, time="07:30", end_time="11:30", performer="neph", reason_ref=esrd)
    r.medadmin(drug("ASH-F-04410", "B03XA01", "erythropoietin", "Epoetin alfa 4000 IU injection", ("105694", "epoetin alfa")), "2026-11-24",
               time="11:20", dose=(4000, "IU", "[iU]"), route=IV, performer="neph", reason_ref=anem)
    r.medstmt(drug("ASH-F-01160", "A10AE04", "insulin glargine", "Insulin glargine 100 units/mL"), "2016-01-01", dosage="12 units at night",
              source="endo", reason_ref=dm)
    r.medstmt(drug("ASH-F-02202", "V03AE02", "sevelamer", "Sevelamer carbonate 800 mg tablet"), "2026-10-21", dosage="800 mg with meals",
              source="neph")
    r.labs("2026-11-24", [("k", 4.6), ("hb", 9.6), ("bun", 52)], time="07:20")
    r.note("""Dialysis Unit - 4-week review
Started maintenance haemodialysis 03/11/2026. Tolerating sessions, intradialytic cramps twice. Post-dialysis fatigue lasting the rest of the day.
Patient has stopped working as a school administrator because of the schedule. Daughter accompanies her to every session.
Plan: continue HD 3x/week, dietitian review (fluid and potassium restriction), EPO with dialysis.""", "2026-11-27", "progress", "neph",
           title="Dialysis unit review")
    return r


# ---------------------------------------------------------------------------------------------
@case("HIGH_IMPACT_TREATMENT", "near-miss", [], "AE",
      "41-year-old man with plaque psoriasis on low-dose weekly oral methotrexate since April 2026; PASI and DLQI "
      "improving; he messages in Arabic about timing a dose around travel.",
      "Low-dose methotrexate for psoriasis is an immunomodulator, not chemotherapy, and quality of life is improving "
      "(DLQI 13 to 4), so no high-impact treatment or quality-of-life fall.")
def ae_psoriasis_mtx(cid):
    r = Rec(cid, "AE")
    ae_base(r, "Hamdan", "Al Falasi", "male", "1985-09-09", "784-1985-6602318-5", phone="+971 50 660 2318", area="Al Raha")
    pso = r.cond(dx("L40.0", "Psoriasis vulgaris"), "2019-01-01", recorded="2019-03-05", recorder="derm",
                 note="Chronic plaque psoriasis, scalp, elbows, knees, trunk. No joint symptoms.")
    r.cond(dx("E78.2", "Mixed hyperlipidemia"), "2022-01-01", recorded="2022-05-10", recorder="im")
    pasi = cc((r.org["local"] + "/scores", "PASI", "Psoriasis Area and Severity Index"), text="PASI")
    dlqi = cc((r.org["local"] + "/scores", "DLQI", "Dermatology Life Quality Index"), text="DLQI (0-30)")
    e0 = r.enc("2026-03-10", "Dermatology clinic visit", prac="derm", reason_ref=pso)
    r.score(pasi, "2026-03-10", 14.2, enc=e0, performer="derm", cat="exam")
    r.score(dlqi, "2026-03-10", 13, integer=True, enc=e0)
    r.labs("2026-03-10", [("hb", 15.2), ("wbc", 6.9), ("plt", 254), ("alt", 26), ("crea", 0.9)], enc=e0)
    r.obs(cc((LNC, "5195-3", "Hepatitis B virus surface Ag [Presence] in Serum"), text="HBsAg"), "2026-03-10", NEGATIVE, interp="NEG", enc=e0)
    mtx = r.medreq(drug("ASH-F-05120", "L04AX03", "methotrexate", "Methotrexate 2.5 mg tablet", ("6851", "methotrexate")), "2026-04-07",
                   "15 mg (6 tablets) once weekly on Friday", prac="derm", reason_ref=pso,
                   note="Low-dose weekly immunomodulatory dosing. Folic acid on the other days except Friday.")
    r.medreq(drug("ASH-F-00402", "B03BB01", "folic acid", "Folic acid 5 mg tablet", ("4511", "folic acid")), "2026-04-07",
             "5 mg once daily except Friday", prac="derm")
    e1 = r.enc("2026-07-07", "Dermatology clinic visit", prac="derm", reason_ref=pso)
    r.score(pasi, "2026-07-07", 7.8, enc=e1, performer="derm", cat="exam")
    r.score(dlqi, "2026-07-07", 7, integer=True, enc=e1)
    r.labs("2026-07-07", [("alt", 31), ("wbc", 6.4), ("crea", 0.9)], enc=e1)
    e2 = r.enc("2026-10-06", "Dermatology clinic visit", prac="derm", reason_ref=pso)
    r.score(pasi, "2026-10-06", 4.1, enc=e2, performer="derm", cat="exam")
    r.score(dlqi, "2026-10-06", 4, integer=True, enc=e2)
    r.labs("2026-10-06", [("alt", 29), ("wbc", 6.7), ("plt", 241), ("crea", 0.92)], enc=e2)
    r.note("""Dermatology Clinic
Good response to methotrexate 15 mg weekly: PASI 4.1 (14.2 at baseline), DLQI 4 (13). No nausea, bloods normal.
Patient happy, playing football again.
Plan: continue methotrexate 15 mg weekly with folic acid; bloods every 3 months; review January 2027.""", "2026-10-06", "outpatient", "derm",
           title="Dermatology clinic note", enc=e2)
    q = r.comm("مرحباً دكتورة، سأسافر لأداء العمرة الأسبوع القادم. هل يمكنني أخذ جرعة الميثوتريكسات يوم الأحد بدلاً من الجمعة؟",
               "2026-11-12", lang="ar", recipient="derm", about=[mtx])
    r.comm("Yes - you can take this week's methotrexate dose on Sunday, then return to Friday the following week. Keep folic acid as usual.",
           "2026-11-13", sender="derm", recipient=r.patient_ref, in_response_to=q, time="10:05", lang="en")
    return r


# ---------------------------------------------------------------------------------------------
@case("PATIENT_REPORTED_CONCERN", "positive", ["PATIENT_REPORTED_CONCERN"], "AE",
      "47-year-old woman with a TI-RADS 4 thyroid nodule and Bethesda III cytology, told to repeat imaging in three "
      "months; she writes in Arabic asking for a second medical opinion from an endocrine surgeon or another centre.",
      "A patient-authored Communication (Arabic) explicitly asks for a second opinion; the reply defers it and no "
      "second opinion is on record.")
def ae_thyroid_message(cid):
    r = Rec(cid, "AE")
    ae_base(r, "Mariam", "Al Suwaidi", "female", "1979-01-25", "784-1979-1150276-3", phone="+971 50 115 0276", area="Mohammed Bin Zayed City")
    nod = r.cond(dx("E04.1", "Nontoxic single thyroid nodule"), "2026-08-12", recorded="2026-08-12", recorder="endo",
                 note="Right lobe 2.3 cm solid hypoechoic nodule, ACR TI-RADS TR4.")
    r.cond(dx("J45.20", "Mild intermittent asthma, uncomplicated"), "2000-01-01", recorded="2015-02-01", recorder="im")
    r.medstmt(drug("ASH-F-00281", "R03AC02", "salbutamol", "Salbutamol 100 mcg inhaler"), "2015-02-01", dosage="2 puffs as needed", source="im")
    r.report(cc((CPT, "76536", "Ultrasound, soft tissues of head and neck (eg, thyroid, parathyroid, parotid), real time with image documentation"),
                text="Thyroid ultrasound"), "2026-08-12", category="RAD", performer=r.org_ref,
             conclusion="Right lobe: solid hypoechoic nodule 23 x 17 x 15 mm, smooth margins, no calcifications (TI-RADS 4). Left lobe normal. No suspicious nodes.")
    r.labs("2026-08-12", [("tsh", 1.7), ("ca", 9.4)])
    r.proc(cpt("10005", "Fine needle aspiration biopsy, including ultrasound guidance; first lesion", "US-guided FNA right thyroid nodule"),
           "2026-09-03", performer="endo", reason_ref=nod)
    r.report(cc((r.org["local"] + "/pathology", "CYT-THY", "Thyroid FNA cytology (Bethesda)"), text="Thyroid FNA cytology"), "2026-09-10", category="PAT",
             performer=r.org_ref, conclusion="Bethesda category III: atypia of undetermined significance (AUS).")
    e1 = r.enc("2026-09-17", "Endocrinology clinic visit", prac="endo", reason_ref=nod)
    r.note("""Endocrinology Clinic
FNA of right thyroid nodule: Bethesda III (AUS). Euthyroid. No compressive symptoms.
Discussed options: repeat ultrasound/FNA, molecular analysis (not covered by insurance), or diagnostic lobectomy.
Plan: Repeat thyroid ultrasound in 3 months (December 2026) and decide on repeat FNA then.
Patient anxious; her sister had papillary thyroid cancer.""", "2026-09-17", "outpatient", "endo", title="Endocrinology clinic note", enc=e1)
    r.sreq(cpt("76536", "Ultrasound, soft tissues of head and neck (eg, thyroid, parathyroid, parotid), real time with image documentation",
               "Repeat thyroid ultrasound"), "2026-09-17", status="active", occurrence="2026-12-17", prac="endo", reason_ref=nod)
    msg = r.comm("دكتورة ليلى، أنا قلقة جداً من نتيجة الخزعة، خاصة أن أختي أصيبت بسرطان الغدة الدرقية. أرغب في الحصول على رأي طبي ثانٍ "
                 "من جراح غدد صماء أو من مركز آخر قبل الانتظار ثلاثة أشهر. هل يمكنكم تحويلي لطلب رأي ثانٍ؟",
                 "2026-10-05", recipient="endo", lang="ar", about=[nod],
                 category=cc((COMMCAT, "notification", "Notification"), text="Patient portal message"), time="21:45")
    r.comm("Message received. Your case will be discussed at your next visit in December; the current plan is repeat ultrasound.",
           "2026-10-07", sender="endo", recipient=r.patient_ref, in_response_to=msg, time="13:10", lang="en")
    return r


# ---------------------------------------------------------------------------------------------
@case("WORSENING_DESPITE_TREATMENT", "near-miss", [], "AE",
      "62-year-old man with type 2 diabetes on metformin and empagliflozin; HbA1c drifts from 7.1% to 7.4% over eight "
      "months with stable weight, blood pressure and kidney function.",
      "HbA1c rose by only 0.3 percentage points, below the 0.5% minimal important difference, so no meaningful worsening.")
def ae_hba1c_drift(cid):
    r = Rec(cid, "AE")
    ae_base(r, "Yousuf", "Al Balushi", "male", "1964-10-10", "784-1964-7730215-6", phone="+971 50 773 0215", area="Baniyas")
    r.related("Aaliya", "Al Balushi", "DAU", "natural daughter", "female", phone="+971 56 773 4455", lang="en")
    dm = r.cond(dx("E11.9", "Type 2 diabetes mellitus without complications"), "2015-01-01", recorded="2015-03-02", recorder="endo")
    r.cond(dx("I10", "Essential (primary) hypertension"), "2013-01-01", recorded="2013-05-20", recorder="im")
    r.cond(dx("E78.2", "Mixed hyperlipidemia"), "2015-01-01", recorded="2015-03-02", recorder="endo")
    r.medstmt(drug("ASH-F-00741", "A10BA02", "metformin", "Metformin 1000 mg tablet", ("6809", "metformin")), "2015-03-02",
              dosage="1000 mg twice daily", reason_ref=dm, source="endo", asserted="2026-10-19")
    r.medstmt(drug("ASH-F-03915", "A10BK03", "empagliflozin", "Empagliflozin 25 mg tablet", ("1545653", "empagliflozin")), "2024-02-12",
              dosage="25 mg once daily", reason_ref=dm, source="endo", asserted="2026-10-19")
    r.medstmt(drug("ASH-F-00212", "C09CA01", "losartan", "Losartan 50 mg tablet"), "2013-05-20", dosage="50 mg daily", source="im")
    r.medstmt(drug("ASH-F-01842", "C10AA07", "rosuvastatin", "Rosuvastatin 10 mg tablet"), "2015-03-02", dosage="10 mg at night", source="endo")
    for d, a1c, wt, bp, egfr in (("2026-02-16", 7.1, 84.2, (130, 80), 78), ("2026-06-15", 7.3, 84.9, (128, 78), 76),
                                 ("2026-10-19", 7.4, 84.6, (132, 80), 77)):
        e = r.enc(d, "Endocrinology clinic visit", prac="endo", reason_ref=dm)
        r.lab("hba1c", d, a1c, enc=e)
        r.lab("egfr", d, egfr, enc=e)
        r.vital("wt", d, wt, enc=e)
        r.bp(d, bp[0], bp[1], enc=e)
    r.lab("uacr", "2026-10-19", 18)
    r.lab("ldl", "2026-10-19", 82)
    r.note("""Endocrinology Clinic
Daughter Aaliya attends and helps with history. HbA1c 7.4% (7.3% in June, 7.1% in February) - small upward drift after Ramadan and summer travel.
Weight stable, no hypoglycaemia, adherent to metformin and empagliflozin. eGFR 77, UACR normal.
Plan: dietary review with educator; continue current regimen; recheck HbA1c in 3 months. No escalation needed now.""", "2026-10-19",
           "outpatient", "endo", title="Endocrinology clinic note")
    r.immunization("150", "Influenza, injectable, quadrivalent, preservative free", "2026-10-19")
    return r


# ---------------------------------------------------------------------------------------------
@case("RARE_OR_COMPLEX_CONDITION", "positive", ["RARE_OR_COMPLEX_CONDITION"], "AE",
      "36-year-old man with late-onset Pompe disease (acid maltase deficiency, ORPHA:365) on fortnightly enzyme "
      "replacement, with nocturnal hypoventilation on BiPAP; respiratory and walking measures stable.",
      "Active rare disease (late-onset Pompe disease, an Orphanet rare disease) under specialist care.")
def ae_pompe(cid):
    r = Rec(cid, "AE")
    ae_base(r, "Rashed", "Al Qubaisi", "male", "1990-06-14", "784-1990-8841207-2", phone="+971 50 884 1207", area="Al Reem Island",
            lang="en", extra_lang="ar")
    pompe = r.cond(cc((ICD10CM, "E74.02", "Pompe disease"), ("http://www.orpha.net", "365", "Glycogen storage disease due to acid maltase deficiency"),
                      text="Late-onset Pompe disease (glycogen storage disease type II)"), "2021-06-01", recorded="2022-03-15", recorder="neuro",
                   note="Low GAA enzyme activity on dried blood spot and leukocytes; biallelic GAA pathogenic variants (c.-32-13T>G / c.2560C>T).")
    hyp = r.cond(dx("G47.36", "Sleep related hypoventilation in conditions classified elsewhere"), "2023-01-01", recorded="2023-02-20",
                 recorder="im", note="Nocturnal BiPAP since 02/2023.")
    r.report(cc((LNC, "51969-4", "Genetic analysis report"), text="GAA gene sequencing"), "2022-03-10", category="GE", performer=r.org_ref,
             conclusion="Compound heterozygous pathogenic GAA variants c.-32-13T>G and c.2560C>T, consistent with late-onset Pompe disease.")
    req = r.medreq(drug("ASH-F-09015", "A16AB07", "alglucosidase alfa", "Alglucosidase alfa 50 mg vial"), "2022-04-01",
                   "20 mg/kg IV infusion every 2 weeks (1600 mg)", prac="neuro", reason_ref=pompe)
    for d in ("2026-10-20", "2026-11-03", "2026-11-17"):
        r.medadmin(drug("ASH-F-09015", "A16AB07", "alglucosidase alfa", "Alglucosidase alfa 50 mg vial"), d, time="09:00", end_time="13:30",
                   dose=(1600, "mg", "mg"), route=IV, request=req, performer="neuro", reason_ref=pompe)
    fvc = cc((r.org["local"] + "/pft", "FVC-PCT", "Forced vital capacity, % predicted (upright)"), text="FVC % predicted")
    six = cc((r.org["local"] + "/function", "6MWD", "Six-minute walk distance"), text="Six-minute walk distance")
    for d, f, w in (("2025-11-11", 68, 410), ("2026-05-12", 67, 402), ("2026-11-03", 67, 405)):
        r.obs(fvc, d, f, unit="%", ucum="%", cat="exam", interp=None, issued=False)
        r.obs(six, d, w, unit="m", ucum="m", cat="exam", interp=None, issued=False)
    r.lab("ck", "2026-11-03", 620)
    r.lab("alt", "2026-11-03", 58)
    e1 = r.enc("2026-11-03", "Neurology and metabolic genetics clinic visit", prac="neuro", reason_ref=pompe)
    r.note("""Neuromuscular / Metabolic Clinic
Late-onset Pompe disease on alglucosidase alfa 20 mg/kg every 2 weeks since 2022, good infusion tolerance.
Proximal weakness stable (hip flexors 4/5), uses a cane outdoors. FVC 67% predicted (stable), 6MWD 405 m (stable). CK 620 U/L (chronically raised).
BiPAP nightly, adherent.
Plan: continue ERT; annual respiratory review; physiotherapy; consider switch to next-generation ERT at next review. Genetic counselling offered to siblings.""",
           "2026-11-03", "outpatient", "neuro", title="Neuromuscular clinic note", enc=e1)
    return r


# ---------------------------------------------------------------------------------------------
@case("RARE_OR_COMPLEX_CONDITION", "near-miss", [], "AE",
      "26-year-old woman found at premarital screening to have beta-thalassaemia trait (raised HbA2, microcytosis, "
      "normal ferritin); haematology counselling done, partner screened normal.",
      "Beta-thalassaemia trait is a common carrier state, not a rare disease, and she has no other chronic conditions; "
      "the microcytic anaemia is explained and iron deficiency was excluded.")
def ae_thal_trait(cid):
    r = Rec(cid, "AE")
    ae_base(r, "Shamma", "Al Mheiri", "female", "2000-03-08", "784-2000-6120937-1", phone="+971 54 612 0937", area="Al Mushrif")
    mother = r.related("Fatima", "Al Mheiri", "MTH", "mother", "female", phone="+971 50 612 3300")
    e1 = r.enc("2026-09-14", "Premarital screening clinic", prac="fm", reason=txt("Mandatory premarital screening programme"))
    labs = r.labs("2026-09-14", [("hb", 11.3), ("mcv", 63), ("ferritin", 64), ("wbc", 6.2), ("plt", 281)], enc=e1)
    mch = r.obs(cc((LNC, "785-6", "MCH [Entitic mass] by Automated count"), text="MCH"), "2026-09-14", 20.1, unit="pg", ucum="pg",
                ref_range=(27, 33), enc=e1)
    rbc = r.obs(cc((LNC, "789-8", "Erythrocytes [#/volume] in Blood by Automated count"), text="RBC"), "2026-09-14", 5.9,
                unit="10^6/µL", ucum="10*6/uL", ref_range=(3.9, 5.2), enc=e1)
    a2 = r.lab("hba2", "2026-09-14", 5.4, enc=e1)
    r.obs(cc((r.org["local"] + "/lab", "HBS-HPLC", "Hemoglobin S by HPLC"), text="HbS"), "2026-09-14", "Not detected", interp="N", enc=e1)
    r.obs(cc((LNC, "5195-3", "Hepatitis B virus surface Ag [Presence] in Serum"), text="HBsAg"), "2026-09-14", NEGATIVE, interp="NEG", enc=e1)
    r.report(cc((r.org["local"] + "/lab", "HB-ELPHO", "Haemoglobinopathy screen (HPLC)"), text="Haemoglobinopathy screen"), "2026-09-14",
             results=labs + [mch, rbc, a2], performer=r.org_ref,
             conclusion="Microcytosis with raised RBC count and HbA2 5.4%, normal ferritin: consistent with beta-thalassaemia trait. No HbS.")
    trait = r.cond(dx("D56.3", "Thalassemia minor"), "2026-09-14", recorded="2026-09-21", recorder="hem",
                   note="Beta-thalassaemia trait (carrier). Iron deficiency excluded.")
    e2 = r.enc("2026-10-01", "Haematology clinic visit (genetic counselling)", prac="hem", reason_ref=trait)
    r.note("""Haematology Clinic - Premarital counselling
Attended with her mother. Beta-thalassaemia trait confirmed (HbA2 5.4%, MCV 63, ferritin 64).
Explained carrier state: no treatment needed, normal life expectancy, avoid unnecessary iron supplements.
Fiance's screening (external lab): HbA2 2.7%, MCV 88 - not a carrier. Risk of thalassaemia major in children very low.
Discharged from haematology clinic; certificate issued.""", "2026-10-01", "consult", "hem", title="Haematology counselling note", enc=e2)
    r.cond(dx("J30.2", "Other seasonal allergic rhinitis"), "2015-01-01", recorded="2018-04-02", recorder="fm")
    r.medstmt(drug("ASH-F-00318", "R06AX27", "desloratadine", "Desloratadine 5 mg tablet"), "2018-04-02", dosage="5 mg daily in season", source="fm")
    r.comm("شكراً دكتور على الشرح، الحمد لله النتيجة واضحة الآن.", "2026-10-02", sender=mother, recipient="hem", lang="ar")
    return r
