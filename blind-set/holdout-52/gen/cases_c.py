"""Organisation 3: emergency department and acute medical unit (St Aldhelm's Hospital) with the GP practice
that receives its discharge letters.

Style: SNOMED CT presenting complaints and diagnoses, ICD-10 (WHO) discharge coding, Manchester Triage System
categories, repeat attendances, short-stay AMU admissions, discharge letters back to primary care (British English).
"""
from fhirkit import (ATC, ICD10, LOINC, SCT, Rec, cc, loinc, q, sct, txt)


def icd(code, display, text=None):
    return cc((ICD10, code, display), text=text or display)


def sc_icd(sctid, sdisp, icode, idisp, text=None):
    return cc((SCT, sctid, sdisp), (ICD10, icode, idisp), text=text or sdisp)


def drug(atc, name, text):
    return cc((ATC, atc, name), text=text)


def etype(r, kind):
    kinds = {
        "ed": ("ED-ATT", "Emergency department attendance"),
        "amu": ("AMU-ADM", "Acute medical unit admission"),
        "ward": ("WARD-ADM", "Inpatient admission"),
        "gp": ("GP-APPT", "GP surgery appointment"),
        "gptel": ("GP-TEL", "GP telephone consultation"),
        "nurse": ("PN-APPT", "Practice nurse appointment"),
        "opd": ("OPD", "Hospital outpatient clinic"),
        "sdec": ("SDEC", "Same day emergency care"),
        "rad": ("RAD", "Radiology appointment"),
        "pod": ("POD", "Community podiatry"),
    }
    c, d = kinds[kind]
    return cc(r.loc(c, d), text=d)


MTS = {1: "Immediate (red)", 2: "Very urgent (orange)", 3: "Urgent (yellow)", 4: "Standard (green)",
       5: "Non-urgent (blue)"}


def triage(r, date, enc, cat, time="10:05"):
    return r.obs(cc(r.loc("MTS", "Manchester Triage System priority"), text="Triage category"), date,
                 cc(r.loc(f"MTS-{cat}", f"{cat} - {MTS[cat]}")), cat="exam", enc=enc, time=time)


def ed_base(cid, family, given, gender, birth, town, nhs, phone, gp_name):
    r = Rec(cid, "ED")
    r.patient(family, given, gender, birth, town, nhs, phone=phone)
    gp = r.pract(*gp_name, qual="General practitioner")
    r.coverage("2000-01-01", "NHS-" + nhs[-6:], plan_text="NHS England")
    return r, gp


def attend(r, date, who, complaint, cat, end_time="15:40", admit=False, end=None):
    """An ED attendance encounter (unscheduled)."""
    e = r.enc(f"{date}T09:50:00+00:00", "EMER", etype(r, "ed"), who=who, prio="EM" if cat <= 2 else "UR",
              end=end or f"{date}T{end_time}:00+00:00", reason=complaint,
              admit=None, disch="other-hcf" if admit else "home")
    triage(r, date, e, cat)
    return e


# ---------------------------------------------------------------------------------------------
def ed_psnw_p(cid):
    r, gp = ed_base(cid, "Barker", ["Chloe"], "female", "1992-02-14", "Northfield", "9434765919", "07700 900412",
                    ("Shah", "Priya"))
    edd1 = r.pract("Reid", "Tom", qual="Emergency medicine registrar")
    edd2 = r.pract("Okafor", "Aisha", qual="Emergency medicine consultant")
    amu = r.pract("Lowe", "Graham", qual="Acute medicine consultant")
    asthma = r.cond(sc_icd("195967001", "Asthma", "J45.9", "Asthma, unspecified"), "2005-01-01", who=gp)
    r.medstat(drug("G03AA07", "levonorgestrel and ethinylestradiol", "Microgynon 30"), "active", "2016-01-01",
              asserted="2026-10-30")
    r.medstat(drug("R03AC02", "salbutamol", "Salbutamol 100 micrograms inhaler"), "active", "2005-01-01",
              reason_refs=[asthma], asserted="2026-10-30")
    r.medstat(drug("N02AJ06", "codeine and paracetamol", "Co-codamol 30/500 (bought over the counter)"), "active",
              "2026-10-24", asserted="2026-11-11", note="Taking up to 8 tablets a day since the headache began")
    ha = cc((SCT, "25064002", "Headache"), text="Headache")
    g = r.enc("2026-10-30", "AMB", etype(r, "gp"), who=gp, org=r.orgs["gp"], reason=ha)
    r.vitals("2026-10-30", g, bp=(118, 76), hr=72, temp=36.7)
    r.note("2026-10-30", "progress", "GP consultation",
           "1/52 generalised headache, worse in the mornings, some nausea. No fever, no focal symptoms. "
           "Neuro exam normal, fundi not visualised. Advised regular paracetamol and ibuprofen, headache diary. "
           "Review if worse.", author=gp, enc=g)
    e1 = attend(r, "2026-11-02", edd1, ha, 3)
    r.score(loinc("72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"), "2026-11-02", 7, enc=e1)
    r.vitals("2026-11-02", e1, bp=(124, 80), hr=84, temp=36.9, rr=16, spo2=99)
    r.labs("2026-11-02", [("hb_gl", 132, dict(lo=115, hi=165)), ("wbc_si", 7.4), ("crp", 2), ("na", 139),
                          ("creat_umol", 64, dict(lo=45, hi=84))], enc=e1, report="FBC, CRP, U&E")
    r.cond(ha, "2026-10-23", cat="encounter-diagnosis", enc=e1, who=edd1)
    r.note("2026-11-02", "discharge", "ED discharge letter to GP",
           "Dear Dr Shah, Chloe attended with a 10-day headache. Observations and neurological examination normal, "
           "bloods unremarkable. Diagnosis: headache, non-specific. Discharged with simple analgesia. "
           "Please review in surgery if not settling.", author=edd1, enc=e1)
    e2 = attend(r, "2026-11-06", edd2, cc((SCT, "25064002", "Headache"), text="Headache with vomiting"), 3)
    r.vitals("2026-11-06", e2, bp=(128, 82), hr=88, temp=36.8, spo2=99)
    r.report(cc(text="CT head without contrast"), "2026-11-06", cat="CT", enc=e2,
             conclusion="No intracranial haemorrhage, mass lesion or hydrocephalus. Normal study.")
    r.medadmin(drug("A03FA01", "metoclopramide", "Metoclopramide 10 mg IV"), "2026-11-06T12:20:00+00:00", enc=e2,
               dose=q(10, "mg"), route=sct("47625008", "Intravenous route"))
    r.note("2026-11-06", "discharge", "ED discharge letter to GP",
           "Dear Dr Shah, second attendance in 4 days. Headache now with vomiting, worse on waking. CT head normal. "
           "Symptoms eased with IV metoclopramide and fluids. Discharged with advice; no cause found. "
           "GP follow-up please.", author=edd2, enc=e2)
    e3 = attend(r, "2026-11-11", edd1, cc((SCT, "25064002", "Headache"), text="Headache, third attendance"), 2,
                admit=True, end="2026-11-11T14:10:00+00:00")
    adm = r.enc("2026-11-11T14:10:00+00:00", "IMP", etype(r, "amu"), who=amu, end="2026-11-13T16:00:00+00:00",
                prio="EM", admit="emd", disch="home", reason=ha, part_of=e3)
    r.vitals("2026-11-11", adm, bp=(126, 78), hr=80, temp=36.9, spo2=99, time="15:00")
    r.report(cc(text="MRI brain without contrast"), "2026-11-12", cat="NMR", enc=adm,
             conclusion="Normal MRI brain. No parenchymal abnormality.")
    r.obs(cc(r.loc("OPHTH-FUNDI", "Fundoscopy"), text="Fundoscopy"), "2026-11-12",
          "Ophthalmology: discs appear normal bilaterally, no papilloedema.", cat="exam", enc=adm)
    r.cond(icd("R51", "Headache", "Headache - cause not established"), "2026-10-23", cat="encounter-diagnosis",
           enc=adm, who=amu)
    r.note("2026-11-13", "discharge", "AMU discharge summary",
           "Admitted via ED (third ED attendance in 10 days with the same headache).\n"
           "Investigations: FBC, CRP, U&E normal; CT head normal; MRI brain (non-contrast) normal; fundi normal.\n"
           "Diagnosis: headache, cause not established. Possible analgesic-overuse component.\n"
           "Plan: stop codeine-containing analgesia, GP review in 1 week, routine neurology outpatient referral.",
           author=amu, enc=adm)
    r.sreq(cc(r.loc("REF-NEURO", "Referral to neurology outpatient clinic"), text="Neurology outpatient referral"),
           "2026-11-13", status="active", who=amu, priority="routine", enc=adm,
           performer=r.orgs["hosp"])
    return r


# ---------------------------------------------------------------------------------------------
def ed_dsm_p(cid):
    r, gp = ed_base(cid, "Hughes", ["Daniel"], "male", "1979-06-09", "Northfield", "9461203377", "07700 900873",
                    ("Marsh", "Helen"))
    edd = r.pract("Bennett", "Sam", qual="Emergency medicine registrar")
    edd2 = r.pract("Iqbal", "Nadia", qual="Emergency medicine consultant")
    e1 = attend(r, "2026-03-18", edd, cc((SCT, "80313002", "Palpitations"), text="Palpitations and breathlessness"), 3)
    r.vitals("2026-03-18", e1, bp=(138, 86), hr=108, rr=22, spo2=98, temp=36.6)
    r.obs(loinc("8601-7", "EKG impression"), "2026-03-18", "Sinus tachycardia 108/min, normal axis, no ST change.",
          cat="procedure", enc=e1, interp="A")
    r.labs("2026-03-18", [("trop", 6), ("ddimer", 380), ("hb_gl", 151, dict(lo=130, hi=170)), ("k", 4.1),
                          ("tsh", 1.9)], enc=e1, report="Troponin, D-dimer, FBC, U&E, TFT")
    panic = r.cond(sc_icd("371631005", "Panic disorder", "F41.0", "Panic disorder [episodic paroxysmal anxiety]"),
                   "2026-03-18", who=gp, recorded="2026-04-10",
                   note="Diagnosed after ED attendance with palpitations and breathlessness during work stress.")
    r.note("2026-03-18", "discharge", "ED discharge letter to GP",
           "Dear Dr Marsh, Daniel attended with palpitations, breathlessness and chest tightness during a stressful "
           "period at work. ECG sinus tachycardia, troponin and D-dimer negative. Impression: panic attack. "
           "Please consider referral to talking therapies.", author=edd, enc=e1)
    g1 = r.enc("2026-04-10", "AMB", etype(r, "gp"), who=gp, org=r.orgs["gp"], reason=txt("Anxiety / panic attacks"))
    gad = loinc("70274-6", "Generalized anxiety disorder 7 item (GAD-7) total score [Reported.PHQ]")
    r.score(gad, "2026-04-10", 15, enc=g1)
    r.medreq(drug("N06AB06", "sertraline", "Sertraline 50 mg tablets"), "2026-04-10", "50 mg once daily",
             status="stopped", reason_refs=[panic], who=gp, enc=g1)
    g2 = r.enc("2026-07-02", "AMB", etype(r, "gp"), who=gp, org=r.orgs["gp"], reason=txt("Breathless on exertion"))
    r.score(gad, "2026-07-02", 8, enc=g2)
    r.vitals("2026-07-02", g2, bp=(132, 84), hr=96, spo2=96)
    r.note("2026-07-02", "progress", "GP consultation",
           "Feels calmer on sertraline, fewer panic episodes (GAD-7 15 -> 8). Still breathless, now mainly walking "
           "uphill and on stairs. Chest clear. Likely anxiety-related breathing pattern. Continue sertraline, "
           "breathing exercises.", author=gp, enc=g2)
    e2 = attend(r, "2026-10-14", edd2, cc((SCT, "267036007", "Dyspnea"), text="Exertional breathlessness, near-syncope"), 2)
    r.vitals("2026-10-14", e2, bp=(118, 78), hr=112, rr=24, spo2=94, temp=36.7)
    r.obs(cc(r.loc("SPO2-EXERT", "SpO2 on exertion (corridor walk)"), text="Ambulatory oxygen saturation"),
          "2026-10-14", q(88, "%"), cat="exam", enc=e2, interp="L")
    r.obs(loinc("8601-7", "EKG impression"), "2026-10-14",
          "Sinus tachycardia 110/min, right axis deviation, T-wave inversion V1-V3, dominant R in V1 (RV strain pattern).",
          cat="procedure", enc=e2, interp="A")
    r.labs("2026-10-14", [("ntprobnp", 890), ("trop", 18), ("ddimer", 620), ("hb_gl", 158, dict(lo=130, hi=170)),
                          ("crp", 3)], enc=e2, report="Cardiac markers, D-dimer, FBC")
    r.report(cc(text="Chest X-ray PA"), "2026-10-14", cat="RAD", enc=e2,
             conclusion="Prominent central pulmonary arteries. Lungs clear. Heart size upper limit of normal.")
    r.note("2026-10-14", "discharge", "ED discharge letter to GP",
           "Dear Dr Marsh, Daniel attended with breathlessness on exertion and a near-faint on the stairs at work. "
           "Known panic disorder. Hyperventilating at triage. Resting SpO2 94%, 88% on walking. ECG: right axis "
           "deviation, T inversion V1-V3. NT-proBNP 890, troponin 18, D-dimer 620. CXR: prominent pulmonary arteries.\n"
           "Impression: panic attack with hyperventilation. Discharged; please review anxiety management.",
           author=edd2, enc=e2)
    g3 = r.enc("2026-11-05", "AMB", etype(r, "gp"), who=gp, org=r.orgs["gp"], reason=txt("Anxiety review"))
    r.vitals("2026-11-05", g3, bp=(116, 76), hr=104, spo2=94, wt=81.0)
    r.medreq(drug("N06AB06", "sertraline", "Sertraline 100 mg tablets"), "2026-11-05", "100 mg once daily",
             reason_refs=[panic], who=gp, enc=g3)
    r.note("2026-11-05", "progress", "GP consultation",
           "Reports one brief faint climbing stairs last week and ankles swelling by evening. Breathless after one "
           "flight. Says he does not feel anxious when it happens. Panic disorder - increase sertraline to 100 mg, "
           "re-refer to talking therapies. Review 4 weeks.", author=gp, enc=g3)
    return r


# ---------------------------------------------------------------------------------------------
def ed_hit_p(cid):
    r, gp = ed_base(cid, "Clarke", ["Raymond"], "male", "1954-08-22", "Northfield", "9408812265", "07700 900154",
                    ("Doyle", "Fergus"))
    vasc = r.pract("Harrington", "Claire", qual="Consultant vascular surgeon")
    edd = r.pract("Mensah", "Kojo", qual="Emergency medicine consultant")
    pod = r.pract("Walsh", "Nicola", prefix="Ms", qual="Specialist podiatrist")
    dm = r.cond(sc_icd("44054006", "Diabetes mellitus type 2", "E11.5",
                       "Type 2 diabetes mellitus with peripheral circulatory complications"), "2009-05-01", who=gp)
    pad = r.cond(sc_icd("399957001", "Peripheral arterial occlusive disease", "I70.2",
                        "Atherosclerosis of arteries of extremities"), "2021-03-01", who=gp)
    r.cond(icd("I10", "Essential (primary) hypertension"), "2006-01-01", who=gp)
    r.smoking("2026-10-19", "8517006", "Ex-smoker")
    p1 = r.enc("2026-09-01", "AMB", etype(r, "pod"), who=pod, org=r.orgs["gp"], reason=txt("Foot ulcer review"))
    ulcer = r.cond(sc_icd("280137006", "Diabetic foot ulcer", "L97", "Ulcer of lower limb, not elsewhere classified",
                          "Neuro-ischaemic ulcer right forefoot, 2nd/3rd toes"), "2026-06-15", who=pod)
    r.note("2026-09-01", "progress", "Podiatry review", "Ulcer right 2nd toe, 1.5 cm, slough, no probe to bone, "
           "foot cool, absent pedal pulses. Dressing, offloading. Vascular referral chased.", author=pod, enc=p1)
    e1 = attend(r, "2026-10-19", edd, cc((SCT, "372070002", "Gangrenous disorder"), text="Black toes, spreading redness"),
                2, admit=True, end="2026-10-19T16:00:00+00:00")
    r.vitals("2026-10-19", e1, bp=(148, 82), hr=104, temp=38.1, rr=20, spo2=96)
    r.labs("2026-10-19", [("crp", 186), ("wbc_si", 16.8), ("lactate", 1.8), ("creat_umol", 92),
                          ("hba1c_ifcc", 71, dict(hi=48)), ("hb_gl", 134, dict(lo=130, hi=170))], enc=e1,
           report="Sepsis screen bloods")
    adm = r.enc("2026-10-19T16:00:00+00:00", "IMP", etype(r, "ward"), who=vasc, end="2026-11-06T12:00:00+00:00",
                prio="EM", admit="emd", disch="home", reason=txt("Infected wet gangrene right 2nd/3rd toes"), part_of=e1)
    r.report(cc(text="Right lower limb angiogram"), "2026-10-22", cat="RAD", enc=adm,
             conclusion="Occluded right popliteal artery and all three crural vessels; no reconstitution of a "
                        "pedal target. Not suitable for bypass or angioplasty.")
    r.proc(cc((SCT, "387713003", "Surgical procedure"),
              text="Debridement and amputation of right 2nd and 3rd toes"), "2026-10-23", who=vasc, enc=adm,
           reason_refs=[ulcer], outcome=txt("Wound not healing; ischaemic margins"))
    clti = r.cond(cc((ICD10, "I70.2", "Atherosclerosis of arteries of extremities"),
                     text="Chronic limb-threatening ischaemia right leg, non-reconstructable"), "2026-10-22", who=vasc)
    r.note("2026-11-02", "consult", "Vascular MDT outcome",
           "Right leg chronic limb-threatening ischaemia with non-healing toe amputation wound; angiography shows no "
           "target for revascularisation. MDT recommendation: right below-knee amputation. Discussed with Raymond "
           "and his daughter; he wishes to go home first and agrees to surgery on 9 December 2026. Prosthetic "
           "rehabilitation assessment to follow.", author=vasc, enc=adm)
    bka = r.sreq(cc((SCT, "46028000", "Below knee amputation"),
                    (r.local + "/opcs-4", "X09.4", "Amputation of leg below knee"),
                    text="Right below-knee amputation"),
                 "2026-11-02", status="active", intent="order", who=vasc, performer=r.orgs["hosp"],
                 occ="2026-12-09", reason_refs=[clti], enc=adm, priority="urgent",
                 category=sct("387713003", "Surgical procedure"))
    r.appt("2026-12-03", "Pre-operative assessment clinic", who=[vasc], based_on=bka)
    r.note("2026-11-06", "discharge", "Discharge summary to GP",
           "Admitted 19/10/2026 via ED with infected wet gangrene of the right 2nd/3rd toes. IV antibiotics, toe "
           "amputation 23/10. Angiogram: non-reconstructable disease. Vascular MDT: right below-knee amputation, "
           "booked 09/12/2026. Discharged on oral doxycycline, dressings by district nurse.", author=vasc, enc=adm)
    r.medreq(drug("J01AA02", "doxycycline", "Doxycycline 100 mg capsules"), "2026-11-06", "100 mg once daily for 14 days",
             who=vasc, enc=adm, category="discharge", course="acute")
    r.medstat(drug("A10AE04", "insulin glargine", "Lantus SoloStar"), "active", "2019-01-01", reason_refs=[dm],
              asserted="2026-11-06")
    r.medstat(drug("B01AC04", "clopidogrel", "Clopidogrel 75 mg tablets"), "active", "2021-03-01",
              reason_refs=[pad], asserted="2026-11-06")
    r.medstat(drug("C10AA05", "atorvastatin", "Atorvastatin 80 mg tablets"), "active", "2021-03-01",
              asserted="2026-11-06")
    return r


# ---------------------------------------------------------------------------------------------
def ed_wdt_p(cid):
    r, gp = ed_base(cid, "Whitfield", ["Hannah"], "female", "1996-01-30", "Northfield", "9472210456", "07700 900661",
                    ("Osei", "Kwame"))
    nurse = r.pract("Gray", "Louise", prefix="Ms", qual="Respiratory nurse specialist")
    edd = r.pract("Lindqvist", "Erik", qual="Emergency medicine registrar")
    asthma = r.cond(sc_icd("195967001", "Asthma", "J45.0", "Predominantly allergic asthma"), "2010-05-01", who=gp)
    r.cond(icd("J30.4", "Allergic rhinitis, unspecified"), "2008-05-01", who=gp)
    r.medstat(drug("R03AK07", "formoterol and budesonide", "Symbicort 200/6 Turbohaler (MART)"), "active", "2025-03-10",
              reason_refs=[asthma], dosage="1 puff twice daily plus 1 puff as needed",
              asserted="2026-11-20", note="Issued 11 of 12 expected repeats in the last year; technique checked.")
    acq = cc(r.loc("ACQ6", "Asthma Control Questionnaire (ACQ-6) mean score"), text="ACQ-6 score (0-6)")
    pef = loinc("19935-6", "Maximum expiratory gas flow Respiratory system airway by Peak flow meter", "Peak flow")
    g1 = r.enc("2026-04-20", "AMB", etype(r, "nurse"), who=nurse, org=r.orgs["gp"], reason=txt("Annual asthma review"))
    r.score(acq, "2026-04-20", 0.8, enc=g1)
    r.obs(pef, "2026-04-20", q(420, "L/min"), cat="vital-signs", enc=g1, note="88% of predicted")
    e1 = attend(r, "2026-07-13", edd, cc((SCT, "195967001", "Asthma"), text="Wheeze and breathlessness"), 3)
    r.vitals("2026-07-13", e1, hr=112, rr=24, spo2=95)
    r.obs(pef, "2026-07-13", q(260, "L/min"), cat="vital-signs", enc=e1, note="55% of predicted")
    r.medreq(drug("H02AB06", "prednisolone", "Prednisolone 5 mg tablets"), "2026-07-13", "40 mg once daily for 5 days",
             status="completed", who=edd, enc=e1, reason_refs=[asthma], course="acute", category="discharge")
    r.note("2026-07-13", "discharge", "ED discharge letter to GP",
           "Moderate acute asthma. Nebulised salbutamol x3, oral prednisolone. PEF 260 -> 360. Discharged; GP asthma "
           "review within 2 weeks please.", author=edd, enc=e1)
    g2 = r.enc("2026-07-28", "AMB", etype(r, "nurse"), who=nurse, org=r.orgs["gp"], reason=txt("Post-ED asthma review"))
    r.score(acq, "2026-07-28", 1.6, enc=g2)
    r.medreq(drug("R03DC03", "montelukast", "Montelukast 10 mg tablets"), "2026-07-28", "10 mg at night",
             who=gp, enc=g2, reason_refs=[asthma], course="continuous")
    g3 = r.enc("2026-09-30", "AMB", etype(r, "gp"), who=gp, org=r.orgs["gp"], reason=txt("Asthma - ongoing symptoms"))
    r.score(acq, "2026-09-30", 2.3, enc=g3)
    r.obs(pef, "2026-09-30", q(340, "L/min"), cat="vital-signs", enc=g3, note="71% of predicted")
    r.labs("2026-09-30", [("hb_gl", 134, dict(lo=115, hi=165)), ("wbc_si", 7.2)], enc=g3)
    r.obs(loinc("711-2", "Eosinophils [#/volume] in Blood by Automated count"), "2026-09-30", q(0.3, "10*9/L"),
          enc=g3, interp="N", rng={"high": q(0.5, "10*9/L")})
    e2 = attend(r, "2026-11-16", edd, cc((SCT, "195967001", "Asthma"), text="Asthma attack"), 3)
    r.vitals("2026-11-16", e2, hr=116, rr=26, spo2=94)
    r.note("2026-11-16", "discharge", "ED discharge letter to GP",
           "Second ED attendance with acute asthma this year despite MART and montelukast with good reported "
           "adherence. Improved after nebulisers and steroids. Please arrange review.", author=edd, enc=e2)
    g4 = r.enc("2026-11-20", "AMB", etype(r, "nurse"), who=nurse, org=r.orgs["gp"], reason=txt("Asthma review"))
    r.score(acq, "2026-11-20", 3.0, enc=g4)
    r.obs(pef, "2026-11-20", q(310, "L/min"), cat="vital-signs", enc=g4, note="65% of predicted")
    r.note("2026-11-20", "progress", "Asthma review",
           "ACQ-6 0.8 (Apr) -> 1.6 (Jul) -> 2.3 (Sep) -> 3.0 (Nov). Two ED attendances, two steroid courses. "
           "Inhaler technique good, prescription record shows regular collection. Symptoms most nights, using "
           "reliever puffs 4-6 times a day.\nPlan: refer to hospital asthma clinic.", author=nurse, enc=g4)
    return r


# ---------------------------------------------------------------------------------------------
def ed_roc_p(cid):
    r, gp = ed_base(cid, "Price", ["Albert"], "male", "1950-03-03", "Northfield", "9420086131", "01632 960318",
                    ("Fenwick", "Ruth"))
    amu = r.pract("Adeyemi", "Tunde", qual="Acute medicine consultant")
    dm = r.cond(sc_icd("44054006", "Diabetes mellitus type 2", "E11.2", "Type 2 diabetes mellitus with renal complications"),
                "2004-01-01", who=gp)
    ckd = r.cond(icd("N18.3", "Chronic kidney disease, stage 3", "Chronic kidney disease stage 3b"), "2019-06-01",
                 who=gp)
    hf = r.cond(sc_icd("84114007", "Heart failure", "I50.0", "Congestive heart failure",
                       "Heart failure with reduced ejection fraction (EF 32%)"), "2021-11-01", who=gp)
    copd = r.cond(sc_icd("13645005", "Chronic obstructive lung disease", "J44.9",
                         "Chronic obstructive pulmonary disease, unspecified"), "2012-01-01", who=gp)
    pd = r.cond(sc_icd("49049000", "Parkinson's disease", "G20", "Parkinson disease"), "2020-04-01", who=gp)
    af = r.cond(sc_icd("49436004", "Atrial fibrillation", "I48.2", "Chronic atrial fibrillation"), "2021-11-01",
                who=gp)
    g0 = r.enc("2026-09-10", "AMB", etype(r, "gp"), who=gp, org=r.orgs["gp"], reason=txt("Chronic disease review"))
    r.labs("2026-09-10", [("hba1c_ifcc", 56, dict(hi=48)), ("egfr", 38), ("creat_umol", 158), ("k", 4.8),
                          ("hb_gl", 133, dict(lo=130, hi=170))], enc=g0, report="Chronic disease monitoring bloods")
    e1 = attend(r, "2026-10-03", amu, cc((SCT, "267036007", "Dyspnea"), text="Breathless, productive cough, ankle swelling"),
                2, admit=True, end="2026-10-03T14:00:00+00:00")
    r.vitals("2026-10-03", e1, bp=(104, 64), hr=118, rr=26, spo2=88, temp=37.9)
    adm = r.enc("2026-10-03T14:00:00+00:00", "IMP", etype(r, "amu"), who=amu, end="2026-10-08T15:00:00+00:00",
                prio="EM", admit="emd", disch="home", reason=txt("Decompensated heart failure with infective COPD exacerbation"),
                part_of=e1)
    r.labs("2026-10-03", [("ntprobnp", 4200), ("crp", 64), ("egfr", 34), ("k", 5.0), ("wbc_si", 12.9)], enc=adm,
           report="Admission bloods")
    r.cond(icd("J44.1", "Chronic obstructive pulmonary disease with acute exacerbation, unspecified"), "2026-10-03",
           status="resolved", abate="2026-10-20", cat="encounter-diagnosis", enc=adm, who=amu)
    r.labs("2026-10-07", [("ntprobnp", 1800), ("egfr", 37)], enc=adm)
    r.note("2026-10-08", "discharge", "AMU discharge summary to GP",
           "Admitted with decompensated HFrEF triggered by an infective exacerbation of COPD. IV furosemide, "
           "doxycycline, prednisolone. Weight down 3.5 kg.\n"
           "Problem list: type 2 diabetes with CKD stage 3b (eGFR 34-38), HFrEF (EF 32%), permanent AF on apixaban, "
           "COPD (FEV1 48%), Parkinson's disease (Hoehn & Yahr 2).\n"
           "Followed by diabetes, renal, cardiology, respiratory and movement-disorder clinics; medication review "
           "recommended given 12 regular medicines. Co-careldopa timings maintained on the ward.", author=amu, enc=adm)
    g1 = r.enc("2026-10-20", "AMB", etype(r, "gp"), who=gp, org=r.orgs["gp"], reason=txt("Post-discharge review"))
    r.vitals("2026-10-20", g1, bp=(118, 70), hr=78, spo2=93, wt=74.5)
    r.lab("egfr", 39, "2026-10-20", enc=g1)
    meds = [("A10BH05", "linagliptin", "Linagliptin 5 mg", dm), ("A10AE04", "insulin glargine", "Abasaglar", dm),
            ("C07AB07", "bisoprolol", "Bisoprolol 5 mg", hf), ("C09AA05", "ramipril", "Ramipril 2.5 mg", hf),
            ("C03CA01", "furosemide", "Furosemide 80 mg", hf), ("C03DA04", "eplerenone", "Eplerenone 25 mg", hf),
            ("B01AF02", "apixaban", "Apixaban 2.5 mg", af), ("R03AL06", "olodaterol and tiotropium bromide",
                                                             "Spiolto Respimat", copd),
            ("N04BA02", "levodopa and decarboxylase inhibitor", "Co-careldopa 25/100", pd)]
    for a, n, t, c in meds:
        r.medstat(drug(a, n, t), "active", "2024-01-01", reason_refs=[c], asserted="2026-10-08")
    r.report(cc(text="Transthoracic echocardiogram"), "2026-06-12", cat="CUS",
             conclusion="Dilated LV, EF 32%, moderate functional MR, AF throughout.")
    return r


# ---------------------------------------------------------------------------------------------
def ed_mpp_nm(cid):
    r, gp = ed_base(cid, "Foster", ["Liam"], "male", "2003-07-11", "Northfield", "9487731029", "07700 900745",
                    ("Chaudhry", "Imran"))
    edd = r.pract("Novak", "Petra", qual="Emergency nurse practitioner")
    pod = r.pract("Walsh", "Nicola", prefix="Ms", qual="Specialist podiatrist")
    e1 = attend(r, "2026-11-14", edd, cc((SCT, "128045006", "Cellulitis"), text="Painful red swollen big toe"), 4)
    r.vitals("2026-11-14", e1, bp=(124, 72), hr=78, temp=37.2, spo2=99)
    r.score(loinc("72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"), "2026-11-14", 5, enc=e1)
    nail = r.cond(icd("L60.0", "Ingrowing nail", "Infected ingrowing toenail, lateral border right hallux"),
                  "2026-10-30", cat="encounter-diagnosis", enc=e1, who=edd)
    r.medreq(drug("J01CF05", "flucloxacillin", "Flucloxacillin 500 mg capsules"), "2026-11-14",
             "500 mg four times daily for 7 days", who=edd, enc=e1, reason_refs=[nail], course="acute",
             category="discharge")
    wedge = r.sreq(cc(r.loc("POD-PNA", "Partial nail avulsion with phenolisation under local anaesthetic"),
                      text="Partial nail avulsion (lateral edge) with phenol, right hallux - local anaesthetic"),
                   "2026-11-14", status="active", intent="order", who=edd, performer=r.orgs["gp"], occ="2026-12-09",
                   reason_refs=[nail], enc=e1, priority="routine",
                   note="Minor procedure in community podiatry clinic, digital block, walk-in walk-out.")
    r.appt("2026-12-09", "Community podiatry minor procedure clinic", who=[pod], based_on=wedge)
    r.note("2026-11-14", "ed", "ED notes and discharge letter to GP",
           "23M, 2 weeks of painful right big toe, ingrowing lateral nail edge with paronychia and mild surrounding "
           "cellulitis. No systemic features, not diabetic.\nPlan: oral flucloxacillin, warm soaks, referral to "
           "community podiatry for partial nail avulsion with phenol under local anaesthetic. Practice nurse wound "
           "check in 1 week.", author=edd, enc=e1)
    g1 = r.enc("2026-11-21", "AMB", etype(r, "nurse"), org=r.orgs["gp"], reason=txt("Wound check"))
    r.vitals("2026-11-21", g1, temp=36.6)
    r.note("2026-11-21", "nursing", "Practice nurse - wound check",
           "Redness settled, completed antibiotics. Nail edge still embedded. Podiatry appointment confirmed 09/12.",
           enc=g1)
    r.cond(icd("J45.9", "Asthma, unspecified", "Childhood asthma - resolved"), "2008-01-01", status="resolved",
           abate="2015-01-01", who=gp)
    r.smoking("2026-11-14", "266919005", "Never smoked tobacco")
    return r


# ---------------------------------------------------------------------------------------------
def ed_up_nm(cid):
    r, gp = ed_base(cid, "Ellis", ["Margaret"], "female", "1952-12-01", "Northfield", "9415526608", "01632 960772",
                    ("Fenwick", "Ruth"))
    onc = r.pract("Sandhu", "Ravi", qual="Consultant medical oncologist")
    tert = r.pract("Whitaker", "Joanna", qual="Consultant medical oncologist, Wessex Regional Cancer Centre")
    amu = r.pract("Adeyemi", "Tunde", qual="Acute medicine consultant")
    pal = r.pract("Morgan", "Ceri", qual="Consultant in palliative medicine")
    crc = r.cond(icd("C18.7", "Malignant neoplasm: Sigmoid colon",
                     "Adenocarcinoma sigmoid colon, RAS-mutant, MMR proficient, with liver and peritoneal metastases"),
                 "2024-02-12", who=onc, stage=txt("Stage IV"))
    liv = r.cond(icd("C78.7", "Secondary malignant neoplasm of liver and intrahepatic bile duct"), "2024-02-12",
                 who=onc)
    r.cond(icd("C78.6", "Secondary malignant neoplasm of retroperitoneum and peritoneum"), "2025-09-01", who=onc)
    hypo = r.cond(icd("E03.9", "Hypothyroidism, unspecified"), "2001-01-01", who=gp)
    r.medstat(cc(text="FOLFOX chemotherapy"), "completed", "2024-03-04", end="2024-09-30", reason_refs=[crc])
    r.medstat(cc(text="FOLFIRI + bevacizumab"), "stopped", "2025-10-06", end="2026-06-15", reason_refs=[crc],
              note="Stopped: progression and declining performance status")
    o1 = r.enc("2026-07-14", "AMB", etype(r, "opd"), who=onc, reason=txt("Oncology review - CT results"))
    r.note("2026-07-14", "consult", "Oncology clinic letter",
           "Progressive liver and peritoneal disease after second-line therapy; PS 2. No further standard anticancer "
           "treatment options that would be of benefit. Margaret asked whether anything else could be done; "
           "referred for a second opinion at the Wessex Regional Cancer Centre (early-phase trials).", author=onc, enc=o1)
    so = r.enc("2026-08-20", "AMB", etype(r, "opd"), who=tert, reason=txt("Second opinion - regional cancer centre"))
    r.note("2026-08-20", "consult", "Second opinion - Wessex Regional Cancer Centre",
           "Second opinion requested by Dr Sandhu and Mrs Ellis. Reviewed imaging, histology and molecular profile "
           "(KRAS G12D, MSS). Not eligible for any open early-phase study; no further systemic therapy advised. "
           "I agree with the recommendation of best supportive care and have discussed this with her and her son.",
           author=tert, enc=so)
    cp = r.careplan("Palliative care plan", cc((SCT, "736373009", "End of life care plan"), text="Palliative care"),
                    "2026-08-28", author=pal, addresses=[crc, liv],
                    activities=[("Community palliative care nurse visits weekly", "in-progress", "Appointment"),
                                (cc((SCT, "103735009", "Palliative care"), text="Symptom control"), "in-progress")],
                    desc="Best supportive care. ReSPECT form completed: not for CPR, ward-based care if admitted.")
    e1 = attend(r, "2026-11-05", amu, cc((SCT, "21522001", "Abdominal pain"), text="Vomiting, distension, no bowel opening"),
                3, admit=True, end="2026-11-05T15:00:00+00:00")
    r.vitals("2026-11-05", e1, bp=(112, 70), hr=98, temp=36.8, spo2=96)
    adm = r.enc("2026-11-05T15:00:00+00:00", "IMP", etype(r, "amu"), who=amu, end="2026-11-09T13:00:00+00:00",
                prio="EM", admit="emd", disch="home", reason=txt("Subacute malignant bowel obstruction"), part_of=e1)
    r.labs("2026-11-05", [("na", 133), ("k", 3.4), ("creat_umol", 71, dict(lo=45, hi=84)), ("alb_gl", 28),
                          ("crp", 22)], enc=adm, report="Admission bloods")
    r.report(cc(text="CT abdomen and pelvis"), "2026-11-05", cat="CT", enc=adm,
             conclusion="Dilated small bowel loops to a transition point in the pelvis related to peritoneal "
                        "deposits; progressive liver metastases.")
    r.cond(icd("K56.6", "Other and unspecified intestinal obstruction", "Subacute malignant bowel obstruction"),
           "2026-11-05", status="resolved", abate="2026-11-09", cat="encounter-diagnosis", enc=adm, who=amu)
    r.medadmin(drug("H02AB02", "dexamethasone", "Dexamethasone 6.6 mg SC"), "2026-11-05", enc=adm,
               dose=q(6.6, "mg"), route=sct("34206005", "Subcutaneous route"))
    r.note("2026-11-09", "discharge", "AMU discharge summary to GP",
           "Subacute malignant bowel obstruction, managed conservatively (NBM, IV fluids, dexamethasone, "
           "antiemetics), resolved. Known metastatic sigmoid cancer on best supportive care; second opinion at the "
           "regional cancer centre in August confirmed no further anticancer options. Home with community palliative "
           "care; low-residue diet; ReSPECT in place.", author=amu, enc=adm)
    r.medstat(drug("H03AA01", "levothyroxine", "Levothyroxine 75 micrograms"), "active", "2001-01-01",
              reason_refs=[hypo], asserted="2026-11-09")
    r.medreq(drug("N02AA05", "oxycodone", "Oxycodone MR 10 mg"), "2026-11-09", "10 mg twice daily", who=pal,
             reason_refs=[crc], category="discharge")
    return r


# ---------------------------------------------------------------------------------------------
def ed_prc_nm(cid):
    r, gp = ed_base(cid, "Moss", ["Kevin"], "male", "1985-04-17", "Northfield", "9451178842", "07700 900236",
                    ("Marsh", "Helen"))
    edd = r.pract("Kowalczyk", "Anna", qual="Emergency medicine registrar")
    e1 = attend(r, "2026-10-24", edd, cc((SCT, "21522001", "Abdominal pain"), text="Severe left loin pain"), 3,
                end_time="19:30")
    r.score(loinc("72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"), "2026-10-24", 9, enc=e1)
    r.vitals("2026-10-24", e1, bp=(146, 90), hr=96, temp=36.8, spo2=99)
    r.obs(cc(r.loc("UDIP-BLD", "Urine dipstick - blood"), text="Urine dip blood"), "2026-10-24", txt("++"), enc=e1,
          interp="A")
    r.labs("2026-10-24", [("creat_umol", 88), ("wbc_si", 9.8), ("crp", 4)], enc=e1)
    r.report(cc(text="CT KUB (non-contrast)"), "2026-10-24", cat="CT", enc=e1,
             conclusion="4 mm calculus at the left vesico-ureteric junction with mild hydroureteronephrosis. "
                        "No other calculi.")
    stone = r.cond(icd("N20.1", "Calculus of ureter", "Left VUJ calculus 4 mm"), "2026-10-24", status="resolved",
                   abate="2026-11-02", cat="encounter-diagnosis", enc=e1, who=edd)
    r.medadmin(drug("M01AB05", "diclofenac", "Diclofenac 100 mg PR"), "2026-10-24T13:40:00+00:00", enc=e1,
               dose=q(100, "mg"), route=sct("37161004", "Per rectum"))
    r.medreq(drug("G04CA02", "tamsulosin", "Tamsulosin 400 micrograms MR"), "2026-10-24", "400 micrograms daily for 4 weeks",
             who=edd, enc=e1, reason_refs=[stone], course="acute", category="discharge")
    r.note("2026-10-24", "discharge", "ED discharge letter to GP",
           "Left ureteric colic, 4 mm VUJ stone on CT KUB. Pain settled with PR diclofenac. Discharged with "
           "tamsulosin and analgesia; strain urine. Return if fever or uncontrolled pain.", author=edd, enc=e1)
    c1 = r.comm("2026-10-27T21:02:00+00:00",
                "To the Patient Advice and Liaison Service. I attended the emergency department on 24 October with "
                "kidney stone pain. I want to complain about the wait: I was in the waiting room for almost six hours "
                "in agony, there were not enough chairs and nobody offered me water or checked on me. When I was "
                "finally seen, Dr Kowalczyk was excellent - she explained the scan and the plan clearly and I am "
                "happy with the treatment I got. Please pass on my thanks to her, but the waiting area needs sorting "
                "out. Kevin Moss", sender=r.pt, recipient=r.orgs["hosp"], about=[e1],
                category=cc((r.local + "/pals-category", "COMPLAINT-WAIT", "Complaint - waiting times / environment"),
                            text="Complaint"))
    r.comm("2026-11-03T10:15:00+00:00",
           "Dear Mr Moss, thank you for your feedback. We are sorry for the long wait; the department was under "
           "exceptional pressure that evening. Your comments have been shared with the ED matron and your thanks "
           "passed to Dr Kowalczyk. PALS team", sender=r.orgs["hosp"], recipient=r.pt, in_response=c1)
    g1 = r.enc("2026-11-07", "VR", etype(r, "gptel"), who=gp, org=r.orgs["gp"], reason=txt("Follow-up ureteric colic"))
    r.note("2026-11-07", "progress", "GP telephone consultation",
           "Stone passed 02/11, pain-free, no fever. Urology follow-up not required for a single small stone. "
           "Fluid advice given.", author=gp, enc=g1)
    r.smoking("2026-10-24", "266919005", "Never smoked tobacco")
    r.cond(icd("J30.1", "Allergic rhinitis due to pollen"), "2002-01-01", who=gp)
    return r


# ---------------------------------------------------------------------------------------------
def ed_roc_nm(cid):
    r, gp = ed_base(cid, "Cole", ["Janet"], "female", "1958-09-19", "Northfield", "9439915573", "01632 960485",
                    ("Osei", "Kwame"))
    edd = r.pract("Bennett", "Sam", qual="Emergency medicine registrar")
    htn = r.cond(icd("I10", "Essential (primary) hypertension"), "2009-01-01", who=gp)
    dm = r.cond(sc_icd("44054006", "Diabetes mellitus type 2", "E11.9", "Type 2 diabetes mellitus without complications"),
                "2016-05-01", who=gp)
    r.cond(icd("E78.0", "Pure hypercholesterolaemia"), "2012-01-01", who=gp)
    hypo = r.cond(icd("E03.9", "Hypothyroidism, unspecified"), "2011-01-01", who=gp)
    r.cond(icd("J18.9", "Pneumonia, unspecified", "Community-acquired pneumonia"), "2026-02-03", status="resolved",
           abate="2026-03-01", who=gp)
    r.cond(icd("L03.1", "Cellulitis of other parts of limb", "Cellulitis left lower leg"), "2025-07-10",
           status="resolved", abate="2025-07-24", who=gp)
    r.cond(icd("S82.6", "Fracture of lateral malleolus", "Fracture right lateral malleolus"), "2024-01-15",
           status="resolved", abate="2024-03-20", who=gp)
    r.cond(icd("K35.8", "Acute appendicitis, other and unspecified", "Appendicitis - appendicectomy 1990"), "1990-06-01",
           status="resolved", abate="1990-06-10", who=gp)
    g1 = r.enc("2026-06-15", "AMB", etype(r, "nurse"), org=r.orgs["gp"], reason=txt("Annual chronic disease review"))
    r.vitals("2026-06-15", g1, bp=(134, 80), hr=70, wt=77.0, ht=163, bmi=29.0)
    r.labs("2026-06-15", [("hba1c_ifcc", 52, dict(hi=48)), ("tsh", 2.4), ("chol_mmol", 4.4), ("creat_umol", 69,
                                                                                           dict(lo=45, hi=84)),
                          ("egfr", 82), ("uacr", 12)], enc=g1, report="Annual review bloods")
    e1 = attend(r, "2026-11-07", edd, cc((SCT, "125667009", "Contusion"), text="Fall in garden, painful left wrist"), 4)
    r.vitals("2026-11-07", e1, bp=(142, 84), hr=76, temp=36.6, spo2=98)
    r.report(cc(text="X-ray left wrist"), "2026-11-07", cat="RAD", enc=e1,
             conclusion="No fracture or dislocation.")
    r.cond(icd("S63.5", "Sprain and strain of wrist", "Sprain left wrist"), "2026-11-07", status="active",
           cat="encounter-diagnosis", enc=e1, who=edd)
    r.note("2026-11-07", "discharge", "ED discharge letter to GP",
           "Mechanical trip in the garden, FOOSH. No head injury. Tender left wrist, no snuffbox tenderness; X-ray "
           "normal. Wrist sprain: splint, analgesia, advice. PMH: hypertension, type 2 diabetes, "
           "hypercholesterolaemia, hypothyroidism; pneumonia earlier this year (resolved).", author=edd, enc=e1)
    for atc, n, t, c in [("C09AA05", "ramipril", "Ramipril 5 mg", htn), ("A10BA02", "metformin", "Metformin 500 mg", dm),
                         ("C10AA01", "simvastatin", "Simvastatin 40 mg", None),
                         ("H03AA01", "levothyroxine", "Levothyroxine 100 micrograms", hypo)]:
        r.medstat(drug(atc, n, t), "active", "2016-06-01", reason_refs=[c] if c else None, asserted="2026-11-07")
    r.immun("141", "Influenza, seasonal, injectable", "2026-10-02")
    return r


# ---------------------------------------------------------------------------------------------
def ed_wdt_nm(cid):
    r, gp = ed_base(cid, "Jennings", ["Mark"], "male", "1976-05-25", "Northfield", "9402267718", "07700 900519",
                    ("Chaudhry", "Imran"))
    edd = r.pract("Lindqvist", "Erik", qual="Emergency medicine registrar")
    physio = r.pract("Khan", "Sara", prefix="Ms", qual="MSK physiotherapist")
    nrs = loinc("72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported")
    g1 = r.enc("2026-10-20", "AMB", etype(r, "gp"), who=gp, org=r.orgs["gp"], reason=txt("Back pain down left leg"))
    sci = r.cond(sc_icd("23056005", "Sciatica", "M54.3", "Sciatica", "Left-sided sciatica after lifting"), "2026-10-13",
                 who=gp)
    r.score(nrs, "2026-10-20", 5, enc=g1)
    r.medreq(drug("M01AE02", "naproxen", "Naproxen 500 mg tablets"), "2026-10-20", "500 mg twice daily with food",
             who=gp, enc=g1, reason_refs=[sci])
    r.medreq(drug("A02BC01", "omeprazole", "Omeprazole 20 mg"), "2026-10-20", "20 mg daily while on naproxen",
             who=gp, enc=g1)
    r.sreq(cc(r.loc("REF-MSK", "Referral to MSK physiotherapy"), text="MSK physiotherapy"), "2026-10-20",
           status="completed", who=gp, reason_refs=[sci], enc=g1)
    p1 = r.enc("2026-10-27", "AMB", etype(r, "opd"), who=physio, reason=txt("Physiotherapy assessment"))
    r.note("2026-10-27", "progress", "Physiotherapy assessment", "L5 distribution pain, SLR 50° left. Home exercise "
           "programme, activity advice.", author=physio, enc=p1)
    g2 = r.enc("2026-11-03", "AMB", etype(r, "gp"), who=gp, org=r.orgs["gp"], reason=txt("Review sciatica (booked)"))
    r.score(nrs, "2026-11-03", 7, enc=g2)
    r.medreq(drug("N02AJ06", "codeine and paracetamol", "Co-codamol 30/500"), "2026-11-03", "2 tablets up to 4 times a day",
             who=gp, enc=g2, reason_refs=[sci])
    e1 = attend(r, "2026-11-19", edd, cc((SCT, "23056005", "Sciatica"), text="Worsening leg pain"), 4)
    r.score(nrs, "2026-11-19", 8, enc=e1)
    r.vitals("2026-11-19", e1, bp=(138, 86), hr=84, temp=36.7)
    r.obs(cc(r.loc("BLADDER-SCAN", "Post-void bladder scan volume"), text="Post-void residual"), "2026-11-19",
          q(40, "mL"), cat="exam", enc=e1, interp="N")
    r.note("2026-11-19", "discharge", "ED discharge letter to GP",
           "5 weeks of left L5 sciatica, worse over the last fortnight. No saddle anaesthesia, bladder and bowel "
           "function normal, PVR 40 mL, perianal sensation intact, power 5/5. Not cauda equina. Analgesia adjusted. "
           "Urgent outpatient MRI requested; continue physiotherapy.", author=edd, enc=e1)
    r.report(cc(text="MRI lumbar spine"), "2026-11-26", cat="NMR",
             conclusion="Left paracentral L4/5 disc protrusion contacting the traversing left L5 nerve root. "
                        "No canal stenosis; conus normal.")
    r.smoking("2026-10-20", "8517006", "Ex-smoker")
    r.cond(icd("I10", "Essential (primary) hypertension"), "2019-01-01", who=gp)
    return r


CASES = [
    dict(key="ed-psnw-p", org="ED", target="PERSISTENT_SYMPTOMS_NORMAL_WORKUP", kind="positive",
         expected=["PERSISTENT_SYMPTOMS_NORMAL_WORKUP"], build=ed_psnw_p,
         why="Return-visit e-triggers: GP visit for headache on 30 Oct, then three ED attendances (2, 6, 11 Nov) and "
             "an unplanned AMU admission 12 days after the GP visit; work-up normal and no cause found.",
         summary="headache: GP visit then three ED attendances in 10 days and an AMU admission, all work-up normal"),
    dict(key="ed-dsm-p", org="ED", target="DIAGNOSIS_SYMPTOM_MISMATCH", kind="positive",
         expected=["DIAGNOSIS_SYMPTOM_MISMATCH"], build=ed_dsm_p,
         why="Panic-disorder label (F41.0) kept while exertional breathlessness, near-syncope, exertional "
             "desaturation, RV-strain ECG, NT-proBNP 890 and prominent pulmonary arteries appear; anxiety cannot "
             "explain them (and GAD-7 has improved).",
         summary="'panic disorder' for breathlessness while RV strain, desaturation, NT-proBNP 890 appear"),
    dict(key="ed-hit-p", org="ED", target="HIGH_IMPACT_TREATMENT", kind="positive",
         expected=["HIGH_IMPACT_TREATMENT", "MAJOR_PROCEDURE_PLANNED"], build=ed_hit_p,
         why="Right below-knee amputation ordered for 9 December 2026 for non-reconstructable limb ischaemia: a "
             "high-impact treatment and, deliberately, also a planned major procedure.",
         summary="non-reconstructable limb ischaemia, below-knee amputation booked 2026-12-09"),
    dict(key="ed-wdt-p", org="ED", target="WORSENING_DESPITE_TREATMENT", kind="positive",
         expected=["WORSENING_DESPITE_TREATMENT"], build=ed_wdt_p,
         why="ACQ-6 rose 0.8 -> 1.6 -> 2.3 -> 3.0 over seven months (MCID 0.5) with peak flow falling, while "
             "budesonide/formoterol MART (adherent, good technique) ran throughout and montelukast was added.",
         summary="asthma, ACQ-6 0.8 -> 3.0 over 7 months on adherent MART, two ED attendances"),
    dict(key="ed-roc-p", org="ED", target="RARE_OR_COMPLEX_CONDITION", kind="positive",
         expected=["RARE_OR_COMPLEX_CONDITION"], build=ed_roc_p,
         why="Six active chronic conditions across five specialties (diabetes, CKD 3b, HFrEF, AF, COPD, "
             "Parkinson's disease) with polypharmacy: complexity threshold met.",
         summary="76-year-old with diabetes, CKD 3b, HFrEF, AF, COPD and Parkinson's; AMU admission"),
    dict(key="ed-mpp-nm", org="ED", target="MAJOR_PROCEDURE_PLANNED", kind="near-miss",
         expected=[], build=ed_mpp_nm,
         why="The only planned procedure is a partial toenail avulsion with phenol under local anaesthetic in a "
             "community clinic: a minor procedure.",
         summary="infected ingrowing toenail, partial nail avulsion under local anaesthetic booked"),
    dict(key="ed-up-nm", org="ED", target="UNTREATABLE_PROGNOSIS", kind="near-miss",
         expected=[], build=ed_up_nm,
         why="Metastatic colon cancer on best supportive care, but a second opinion at the regional cancer centre "
             "in August 2026 (within 12 months, same problem) already confirmed no further options: suppressed.",
         summary="metastatic sigmoid cancer on palliative care; second opinion in Aug 2026 already agreed"),
    dict(key="ed-prc-nm", org="ED", target="PATIENT_REPORTED_CONCERN", kind="near-miss",
         expected=[], build=ed_prc_nm,
         why="The patient-authored message is a complaint about waiting times that explicitly praises the doctor "
             "and the treatment; no feeling of being dismissed and no request for a second opinion.",
         summary="ureteric colic; patient's PALS complaint about a 6-hour wait, happy with the medical care"),
    dict(key="ed-roc-nm", org="ED", target="RARE_OR_COMPLEX_CONDITION", kind="near-miss",
         expected=[], build=ed_roc_nm,
         why="Only four active chronic conditions in two specialties (hypertension, diabetes, hypercholesterolaemia, "
             "hypothyroidism); the other problems are resolved acute episodes; nothing rare.",
         summary="wrist sprain; 4 active chronic conditions plus 4 resolved episodes on the problem list"),
    dict(key="ed-wdt-nm", org="ED", target="WORSENING_DESPITE_TREATMENT", kind="near-miss",
         expected=[], build=ed_wdt_nm,
         why="Pain rose 5 -> 7 -> 8 but over only four weeks of treatment for a five-week-old sciatica, far short "
             "of the 90-day window; MRI explains it.",
         summary="acute sciatica, pain 5 -> 8 over 4 weeks of treatment, ED visit, MRI L4/5 protrusion"),
]
