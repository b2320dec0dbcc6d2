"""Organisation A: Northshore Lakes Regional Hospital (Ontario). ICD-10-CA, CCI, SNOMED CT CA, pCLOCD, DIN, SI units."""
from fhirlib import (Rec, cc, coding, txt, qty, ref, qi, SCT, SCT_CA, LOINC, PCLOCD, ICD10CA, CCI, DIN, RXNORM,
                     V3_ACT, YES, NO)
from orgs import (ORG_A, setup_A, prac_A, patient_A, coverage_A, lab, local_lab, panel, doc_type, PROGRESS, CONSULT,
                  DISCHARGE, HP, ED_NOTE, PROC_NOTE, IMAGING, NURSE, REFERRAL, PLAN_OF_CARE, TELEPHONE)


def dx(code, display, sct=None, sct_display=None, text=None):
    cs = [coding(ICD10CA, code, display)]
    if sct:
        cs.append(coding(SCT, sct, sct_display, version=SCT_CA))
    return cc(*cs, text=text or display)


def sct(code, display, text=None):
    return cc(coding(SCT, code, display, version=SCT_CA), text=text or display)


def cci(code, display, sct_code=None, sct_display=None, text=None):
    cs = [coding(CCI, code, display)]
    if sct_code:
        cs.append(coding(SCT, sct_code, sct_display, version=SCT_CA))
    return cc(*cs, text=text or display)


def drug(text, din=None, rx=None, rx_display=None):
    cs = []
    if din:
        cs.append(coding(DIN, din, text.upper()))
    if rx:
        cs.append(coding(RXNORM, rx, rx_display))
    return cc(*cs, text=text)


def enc_type(text, code=None):
    if code:
        return cc(coding(ORG_A.cs("encounter-type"), code, text), text=text)
    return txt(text)


FMC = "Family Health Team clinic visit"


# =====================================================================================================
def a_headache_returns(cid):
    """P1 positive: new daily headache; family-practice visit then two unscheduled ED visits within 11 days."""
    r = Rec(cid, ORG_A)
    org, payor = setup_A(r)
    fp = prac_A(r, "Lindqvist", ["Maren"], "Family medicine", "84213", "female")
    ed1 = prac_A(r, "Osei", ["Kwabena"], "Emergency medicine", "91876", "male")
    ed2 = prac_A(r, "Gagnon", ["Isabelle"], "Emergency medicine", "77420", "female")
    patient_A(r, "Bergeron", ["Nathalie", "Anne"], "female", "1985-03-14", "502813694", "KT", "NSL0048213",
              "Parry Sound", "P2A 1B4", "+1-705-555-0311")
    coverage_A(r, payor, "502813694")
    hypo = r.condition(dx("E03.9", "Hypothyroidism, unspecified", "40930008", "Hypothyroidism"), onset="2016-05-10")
    r.condition(dx("J30.2", "Other seasonal allergic rhinitis", "367498001", "Seasonal allergic rhinitis"), onset="2009-04-01")
    r.allergy(sct("91936005", "Allergy to penicillin"), sct("271807003", "Eruption of skin", "Rash"), "2010-06-02")
    r.med_statement(drug("Levothyroxine 88 mcg tablet", "02172089", "10582", "levothyroxine"), "2016-05-20",
                    dosage_text="88 mcg PO once daily", reason_ref=[hypo])
    lab(r, "tsh", "2026-06-02", 2.1)

    e1 = r.encounter("2026-11-02", "AMB", enc_type(FMC, "FHT"), practitioner=fp, time="10:20",
                     reason=dx("R51", "Headache", "25064002", "Headache"))
    r.vitals("2026-11-02", e1, bp=(128, 82), hr=76, temp=36.8, weight=(71.4, "kg"))
    ha = r.condition(dx("R51", "Headache", "25064002", "Headache"), onset="2026-10-23", cat="encounter-diagnosis",
                     encounter=e1, recorded="2026-11-02", asserter=fp)
    r.med_request(drug("Naproxen 500 mg tablet", "02162415", "7258", "naproxen"), "2026-11-02",
                  "500 mg PO twice daily with food for up to 10 days", requester=fp, reason_ref=[ha], encounter=e1)
    r.note("2026-11-02", doc_type(*PROGRESS), "Family practice visit - headache",
           "41 y/o F. New headache for about 10 days, daily, bifrontal, pressure-like, worse on waking and when "
           "bending over. No prior headache history. No fever, no neck stiffness. Occasional nausea.\n"
           "Exam: BP 128/82, afebrile. Cranial nerves grossly intact, no pronator drift, gait normal. "
           "Fundi not well seen (small pupils, undilated).\n"
           "Impression: new daily headache, likely tension-type vs medication overuse (takes OTC ibuprofen).\n"
           "Plan: naproxen 500 mg BID x 10 days, headache diary, return in 4 weeks or sooner if worse.",
           author=fp, encounter=e1, time="10:55")

    e2 = r.encounter("2026-11-07", "EMER", enc_type("Emergency department visit", "ED"), practitioner=ed1, time="21:40",
                     end="2026-11-08", end_time="03:15", priority=("EM", "emergency"),
                     reason=cc(text="Headache, worse, with vomiting"),
                     admit=("other", "Other"), discharge=("home", "Home"))
    r.vitals("2026-11-07", e2, bp=(142, 88), hr=88, temp=36.9, spo2=99, time="21:55")
    cbc = panel(r, "cbc", "2026-11-07", [("hb", 132), ("wbc", 7.9), ("plt", 268)], encounter=e2, time="22:20")
    panel(r, "bmp", "2026-11-07", [("na", 139), ("k", 4.1), ("cr", 66), ("glu", 5.8)], encounter=e2, time="22:20")
    lab(r, "crp", "2026-11-07", 2.1, encounter=e2, time="22:20")
    lab(r, "esr", "2026-11-07", 9, encounter=e2, time="22:20")
    ct = r.report(cci("3.AN.20.WA", "Computerized tomography [CT], brain, without enhancement",
                      text="CT head without contrast"),
                  "2026-11-07", category=("RAD", "Radiology"), encounter=e2, time="23:10",
                  conclusion="No acute intracranial abnormality. No mass, haemorrhage or hydrocephalus. Ventricles normal in size.",
                  presented_text="CT HEAD WITHOUT CONTRAST\nIndication: new daily headache, vomiting.\n"
                                 "Findings: No intracranial haemorrhage, mass effect or midline shift. Grey-white "
                                 "differentiation preserved. Ventricles and sulci normal for age. No hydrocephalus. "
                                 "Paranasal sinuses clear.\nImpression: Normal non-contrast CT head.")
    r.med_admin(drug("Metoclopramide 10 mg/2 mL injection", "02185431", "6915", "metoclopramide"),
                r.dt("2026-11-07", "22:30"), "10 mg IV once", dose=qty(10, "mg"), encounter=e2, performer=ed1)
    r.med_admin(drug("Ketorolac 30 mg/mL injection", "02162660", "35827", "ketorolac"),
                r.dt("2026-11-07", "22:32"), "15 mg IV once", dose=qty(15, "mg"), encounter=e2, performer=ed1)
    r.note("2026-11-08", doc_type(*ED_NOTE), "ED physician record",
           "CC: headache x 2 weeks, worse today with 3 episodes of vomiting.\n"
           "Seen by family physician 5 days ago, started naproxen without relief. Headache worse lying down and "
           "in the morning. No fever, no trauma, no thunderclap onset.\n"
           "Exam: alert, GCS 15. No meningismus. CN II-XII intact, fundoscopy attempted - poor view. Power 5/5 x4. "
           "Gait normal.\nInvestigations: CBC, lytes, CRP, ESR normal. CT head normal.\n"
           "ED course: metoclopramide + ketorolac, partial relief.\n"
           "Dx: headache NYD. Discharged home, follow up with family physician, return if worse.",
           author=ed1, encounter=e2, time="03:05")

    e3 = r.encounter("2026-11-13", "EMER", enc_type("Emergency department visit", "ED"), practitioner=ed2, time="16:05",
                     end_time="21:30", priority=("EM", "emergency"),
                     reason=cc(text="Persistent headache, brief episodes of blurred vision"),
                     admit=("other", "Other"), discharge=("home", "Home"))
    r.vitals("2026-11-13", e3, bp=(138, 86), hr=82, temp=36.7, spo2=99, time="16:20")
    r.condition(dx("R51", "Headache", "25064002", "Headache"), onset="2026-10-23", cat="encounter-diagnosis",
                encounter=e3, recorded="2026-11-13", asserter=ed2,
                note="Second ED presentation in 6 days. Transient visual obscurations when standing.")
    r.med_admin(drug("Prochlorperazine 10 mg/2 mL injection", "00013048"), r.dt("2026-11-13", "17:00"),
                "10 mg IV once", dose=qty(10, "mg"), encounter=e3, performer=ed2)
    r.note("2026-11-13", doc_type(*ED_NOTE), "ED physician record",
           "Returns with ongoing daily headache, now 3 weeks. Reports brief greying-out of vision for seconds "
           "when standing up, and whooshing noise in ears at night. Vomiting once today.\n"
           "CT head 6 days ago normal. Exam: visual acuity 20/25 OU, pupils equal and reactive, no RAPD, "
           "fundoscopy undilated - unable to assess discs. No focal deficit.\n"
           "Treated with prochlorperazine, improved somewhat.\n"
           "Dx: headache NYD, possible migraine. Discharged; advised to see family doctor this week. "
           "Return if worse.",
           author=ed2, encounter=e3, time="21:20")
    return r


# =====================================================================================================
def a_ibs_calprotectin(cid):
    """P2 positive: IBS label since 2025, symptoms continue, now nocturnal diarrhoea, weight loss, CRP and calprotectin high."""
    r = Rec(cid, ORG_A)
    org, payor = setup_A(r)
    fp = prac_A(r, "Whitford", ["Alan"], "Family medicine", "66352", "male")
    gi = prac_A(r, "Chaudhry", ["Samina"], "Gastroenterology", "90114", "female")
    patient_A(r, "Delorme", ["Marc", "Antoine"], "male", "1980-06-22", "617204583", "AB", "NSL0072145",
              "McKellar", "P0G 1C0", "+1-705-555-0198", lang=("fr-CA", "French (Canada)"))
    coverage_A(r, payor, "617204583")
    r.condition(dx("K21.9", "Gastro-oesophageal reflux disease without oesophagitis", "235595009",
                   "Gastroesophageal reflux disease"), onset="2019-02-11")
    ibs = r.condition(dx("K58.0", "Irritable bowel syndrome with diarrhoea", "10743008", "Irritable bowel syndrome",
                         text="Irritable bowel syndrome - diarrhoea predominant"),
                      onset="2025-11-18", recorded="2025-12-16", asserter=gi,
                      note="Rome IV criteria met at assessment Dec 2025. Normal celiac serology, CBC, CRP.")
    r.med_statement(drug("Pantoprazole 40 mg tablet", "02229453", "40790", "pantoprazole"), "2019-02-11",
                    dosage_text="40 mg PO daily")

    e0 = r.encounter("2025-11-18", "AMB", enc_type(FMC, "FHT"), practitioner=fp,
                     reason=sct("62315008", "Diarrhea", "Loose stools and cramping x 4 months"))
    r.vitals("2025-11-18", e0, bp=(124, 78), weight=(82.0, "kg"))
    panel(r, "cbc", "2025-11-20", [("hb", 151), ("wbc", 6.2), ("plt", 241)], encounter=e0)
    lab(r, "crp", "2025-11-20", 4.0, encounter=e0)
    lab(r, "tsh", "2025-11-20", 1.8, encounter=e0)
    local_lab(r, "TTGA", "Tissue transglutaminase IgA", "2025-11-20", 1.2, "U/mL", "U/mL", high=7.0,
              loinc=("31017-7", "Tissue transglutaminase Ab.IgA [Units/volume] in Serum"), interp="N", encounter=e0)

    e1 = r.encounter("2025-12-16", "AMB", enc_type("Gastroenterology outpatient consultation", "GICLIN"), practitioner=gi)
    r.note("2025-12-16", doc_type(*CONSULT), "Gastroenterology consultation",
           "Referred for 4 months of loose stools (3-4/day), lower abdominal cramping relieved by defecation. "
           "No nocturnal symptoms, no bleeding, weight stable at 82 kg. No family history of IBD or colorectal cancer.\n"
           "Labs normal (CBC, CRP 4, TTG negative, TSH normal).\n"
           "Impression: IBS-D meeting Rome IV. No alarm features at present.\n"
           "Plan: low-FODMAP diet via dietitian, loperamide PRN, dicyclomine 10 mg QID PRN. Discharged to family "
           "physician; re-refer if alarm features.", author=gi, encounter=e1)
    r.med_request(drug("Dicyclomine 10 mg capsule", "00582352", "3361", "dicyclomine"), "2025-12-16",
                  "10 mg PO up to four times daily before meals", requester=gi, reason_ref=[ibs])
    r.med_statement(drug("Loperamide 2 mg", None, "6468", "loperamide"), "2025-12-16",
                    dosage_text="2 mg PO after loose stool, max 8 mg/day", reason_ref=[ibs])

    e2 = r.encounter("2026-05-26", "AMB", enc_type(FMC, "FHT"), practitioner=fp, reason=ibs_reason())
    r.vitals("2026-05-26", e2, bp=(122, 76), weight=(80.1, "kg"))
    r.note("2026-05-26", doc_type(*PROGRESS), "Follow-up IBS",
           "IBS-D follow-up. Still 3-5 loose stools/day, cramping. Low-FODMAP partly helpful. "
           "Weight 80.1 kg (82 in Nov). Continue current plan.", author=fp, encounter=e2)

    e3 = r.encounter("2026-09-15", "AMB", enc_type(FMC, "FHT"), practitioner=fp, reason=ibs_reason())
    r.vitals("2026-09-15", e3, bp=(118, 74), hr=84, weight=(77.6, "kg"))
    r.note("2026-09-15", doc_type(*PROGRESS), "Follow-up IBS",
           "Ongoing diarrhoea, now waking 1-2 times a night to open bowels. Fatigue. Weight 77.6 kg. "
           "Attributes to stress at work. IBS flare - add psyllium, continue dicyclomine. Bloodwork and stool "
           "calprotectin ordered for next visit.", author=fp, encounter=e3)

    panel(r, "cbc", "2026-11-10", [("hb", 138), ("wbc", 9.8), ("plt", 452)])
    lab(r, "crp", "2026-11-10", 38.0)
    lab(r, "alb", "2026-11-10", 33)
    lab(r, "ferritin", "2026-11-10", 96)
    lab(r, "calpro", "2026-11-10", 480)

    e4 = r.encounter("2026-11-17", "AMB", enc_type(FMC, "FHT"), practitioner=fp, reason=ibs_reason())
    r.vitals("2026-11-17", e4, bp=(116, 72), hr=88, weight=(75.2, "kg"))
    r.clinical_impression(r.dt("2026-11-17", "11:20"),
                          "IBS-D, ongoing symptoms. Nocturnal stools, weight down to 75.2 kg. CRP 38, calprotectin 480, "
                          "platelets 452. Continue IBS management; review in 3 months.",
                          assessor=fp, problems=[ibs], encounter=e4,
                          findings=[sct("62315008", "Diarrhea"), sct("89362005", "Weight loss")])
    r.note("2026-11-17", doc_type(*PROGRESS), "Follow-up IBS",
           "S: Diarrhoea 5-6/day incl. 2 nocturnal. Crampy pain. Lost ~7 kg over the year. No visible blood per pt.\n"
           "O: Wt 75.2 kg. Abdomen soft, mild LLQ tenderness.\nLabs: CRP 38 (H), calprotectin 480 ug/g (H), "
           "albumin 33 (L), plt 452 (H).\n"
           "A: IBS-D, persistent. \nP: continue dicyclomine + psyllium, add amitriptyline 10 mg qhs, "
           "dietitian follow-up. Reassess in 3 months.", author=fp, encounter=e4)
    r.med_request(drug("Amitriptyline 10 mg tablet", "00335053", "704", "amitriptyline"), "2026-11-17",
                  "10 mg PO at bedtime", requester=fp, reason_ref=[ibs], encounter=e4)
    return r


def ibs_reason():
    return dx("K58.0", "Irritable bowel syndrome with diarrhoea", "10743008", "Irritable bowel syndrome")


# =====================================================================================================
def a_fatigue_osa(cid):
    """P2 near miss: catch-all fatigue label superseded by polysomnography-proven OSA; CPAP; fatigue resolved."""
    r = Rec(cid, ORG_A)
    org, payor = setup_A(r)
    fp = prac_A(r, "Mercier", ["Julien"], "Family medicine", "70418", "male")
    resp = prac_A(r, "Halvorsen", ["Ingrid"], "Respirology", "88023", "female")
    patient_A(r, "Kowalczyk", ["Robert"], "male", "1969-09-03", "730196425", "QX", "NSL0033871",
              "Parry Sound", "P2A 2K9", "+1-705-555-0456")
    coverage_A(r, payor, "730196425")
    htn = r.condition(dx("I10", "Essential (primary) hypertension", "59621000", "Essential hypertension"), onset="2017-03-02")
    r.condition(dx("E66.9", "Obesity, unspecified", "414916001", "Obesity"), onset="2018-01-15")
    r.med_statement(drug("Perindopril 4 mg tablet", "02123274"), "2017-03-02", dosage_text="4 mg PO daily", reason_ref=[htn])
    r.immunization("141", "Influenza, seasonal, injectable", "2025-10-21")

    e1 = r.encounter("2026-02-09", "AMB", enc_type(FMC, "FHT"), practitioner=fp,
                     reason=sct("84229001", "Fatigue", "Tired all the time"))
    r.vitals("2026-02-09", e1, bp=(146, 92), hr=78, weight=(112.3, "kg"), bmi=34.6)
    fat = r.condition(dx("R53", "Malaise and fatigue", "84229001", "Fatigue"), onset="2025-11-01", clinical="resolved",
                      recorded="2026-02-09", abatement="2026-10-06", asserter=fp,
                      note="Resolved - explained by severe obstructive sleep apnoea, improved on CPAP.")
    panel(r, "cbc", "2026-02-11", [("hb", 149), ("wbc", 7.1), ("plt", 233)], encounter=e1)
    lab(r, "tsh", "2026-02-11", 2.6, encounter=e1)
    lab(r, "ferritin", "2026-02-11", 188, encounter=e1)
    lab(r, "b12", "2026-02-11", 402, encounter=e1)
    lab(r, "a1c", "2026-02-11", 5.7, encounter=e1)
    r.note("2026-02-09", doc_type(*PROGRESS), "Fatigue",
           "3 months of daytime fatigue, falls asleep watching TV and once at a red light. Wife reports loud snoring "
           "and pauses in breathing. BMI 34.6, neck 45 cm. STOP-BANG 6/8.\nPlan: bloodwork; refer for sleep study. "
           "Advised not to drive when drowsy.", author=fp, encounter=e1)
    r.obs(cc(coding(ORG_A.cs("assessment-scale"), "ESS", "Epworth Sleepiness Scale total"), text="Epworth Sleepiness Scale"),
          "2026-02-09", 16, category="survey", encounter=e1, value_kind="int", ref_text="0-10 normal")
    sr = r.service_request(sct("60554003", "Polysomnography", "Level 1 polysomnography"), "2026-02-09", status="completed",
                           requester=fp, performer=resp, reason_ref=[fat], encounter=e1)
    psg = r.obs(cc(coding(ORG_A.cs("sleep-lab"), "AHI", "Apnoea-hypopnoea index"), text="Apnoea-hypopnoea index"), "2026-06-15", 34.2,
                "/h", "/h", high=5, category="procedure", time="06:00")
    r.report(sct("60554003", "Polysomnography", "Overnight polysomnography"), "2026-06-15",
             results=[psg], category=("OTH", "Other"), performer=resp, based_on=[sr],
             conclusion="Severe obstructive sleep apnoea, AHI 34/h, nadir SpO2 78%. Recommend CPAP titration.")
    e2 = r.encounter("2026-06-30", "AMB", enc_type("Sleep clinic visit", "SLEEP"), practitioner=resp)
    osa = r.condition(dx("G47.3", "Sleep apnoea", "78275009", "Obstructive sleep apnea syndrome",
                         text="Obstructive sleep apnoea, severe"),
                      onset="2026-06-15", recorded="2026-06-30", asserter=resp, encounter=e2)
    dev = r.device("Auto-CPAP device", txt("Continuous positive airway pressure device (auto-titrating)"),
                   manufacturer="ResMed", model="AirSense 11 AutoSet")
    r.device_use(dev, "2026-07-02", reason=dx("G47.3", "Sleep apnoea"), source=resp)
    e3 = r.encounter("2026-10-06", "AMB", enc_type(FMC, "FHT"), practitioner=fp)
    r.vitals("2026-10-06", e3, bp=(134, 84), weight=(108.9, "kg"))
    r.obs(cc(coding(ORG_A.cs("assessment-scale"), "ESS", "Epworth Sleepiness Scale total"), text="Epworth Sleepiness Scale"),
          "2026-10-06", 7, category="survey", encounter=e3, value_kind="int", ref_text="0-10 normal")
    r.note("2026-10-06", doc_type(*PROGRESS), "Follow-up - fatigue / OSA",
           "On CPAP since July, mean use 6.8 h/night, residual AHI 3. Much more energetic, no longer dozing. "
           "ESS 16 -> 7. Fatigue resolved - removed from active problems. BP improved. Continue CPAP, weight "
           "management.", author=fp, encounter=e3)
    return r


# =====================================================================================================
def a_cabg_planned(cid):
    """P3 positive: NSTEMI, angiography shows left main + 3-vessel disease; heart team books CABG for December."""
    r = Rec(cid, ORG_A)
    org, payor = setup_A(r)
    card = prac_A(r, "Desrosiers", ["Paul"], "Cardiology", "79055", "male")
    surg = prac_A(r, "Nakamura", ["Eiko"], "Cardiac surgery", "83310", "female")
    hosp = prac_A(r, "Bains", ["Gurpreet"], "General internal medicine", "92741", "male")
    patient_A(r, "Sandhu", ["Harjit", "Singh"], "male", "1962-04-11", "418275036", "MN", "NSL0019932",
              "Parry Sound", "P2A 3C1", "+1-705-555-0723", lang=("pa", "Punjabi"))
    coverage_A(r, payor, "418275036")
    dm = r.condition(dx("E11.9", "Type 2 diabetes mellitus without complication", "44054006", "Diabetes mellitus type 2"),
                     onset="2014-09-01")
    htn = r.condition(dx("I10", "Essential (primary) hypertension", "59621000", "Essential hypertension"), onset="2012-06-01")
    lip = r.condition(dx("E78.5", "Hyperlipidaemia, unspecified", "55822004", "Hyperlipidemia"), onset="2012-06-01")
    e1 = r.encounter("2026-10-22", "IMP", enc_type("Inpatient admission - cardiology", "INPT"), practitioner=hosp,
                     end="2026-10-27", time="04:40", end_time="13:00", admit=("emd", "From accident/emergency department"),
                     discharge=("home", "Home"), priority=("EM", "emergency"))
    mi = r.condition(dx("I21.4", "Acute subendocardial myocardial infarction", "401314000",
                        "Acute non-ST segment elevation myocardial infarction"),
                     onset="2026-10-22", cat="encounter-diagnosis", encounter=e1, asserter=hosp)
    cad = r.condition(dx("I25.1", "Atherosclerotic heart disease", "53741008", "Coronary arteriosclerosis",
                         text="Coronary artery disease - left main and three-vessel"), onset="2026-10-24", encounter=e1,
                      asserter=card)
    local_lab(r, "HSTNI", "Troponin I, high sensitivity", "2026-10-22", 1840, "ng/L", "ng/L", high=26, encounter=e1,
              loinc=("89579-7", "Troponin I.cardiac [Mass/volume] in Serum or Plasma by High sensitivity method"), time="05:10")
    panel(r, "cbc", "2026-10-22", [("hb", 141), ("wbc", 9.4), ("plt", 222)], encounter=e1, time="05:10")
    panel(r, "bmp", "2026-10-22", [("na", 138), ("k", 4.4), ("cr", 92), ("egfr", 78)], encounter=e1, time="05:10")
    lab(r, "a1c", "2026-10-23", 7.6, encounter=e1)
    lab(r, "ldl", "2026-10-23", 2.9, encounter=e1)
    angio = r.procedure(cci("3.IP.10.VX", "Xray, heart with coronary arteries, percutaneous transluminal approach",
                            "33367005", "Coronary angiography", text="Left heart catheterization and coronary angiography"),
                        performed=r.dt("2026-10-24", "10:15"), performer=card, encounter=e1, reason_ref=[mi],
                        note="Left main 60% distal; LAD 80% proximal, LCx 75%, RCA 90% mid. SYNTAX score 34. "
                             "Not suitable for PCI - heart team referral.")
    r.report(sct("40701008", "Echocardiography"), "2026-10-23", category=("CUS", "Cardiac Ultrasound"), encounter=e1,
             conclusion="LVEF 50%. Mild inferior hypokinesis. No significant valve disease.")
    r.note("2026-10-26", doc_type(*CONSULT), "Heart team - cardiac surgery consultation",
           "64M, NSTEMI 22 Oct. Angio: distal left main 60%, proximal LAD 80%, LCx 75%, mid RCA 90%. SYNTAX 34. "
           "Diabetic. LVEF 50%.\nHeart team discussion (cardiology + cardiac surgery): recommend surgical "
           "revascularisation - CABG x3 (LIMA-LAD, SVG-OM, SVG-RCA). Risks discussed incl. stroke, bleeding, "
           "infection, mortality (STS ~1.5%). Patient agrees. Booked on elective list 9 December 2026; clopidogrel "
           "to be held 5 days pre-op.", author=surg, encounter=e1)
    r.service_request(cci("1.IJ.76", "Bypass, coronary arteries", "232717009", "Coronary artery bypass grafting",
                          text="CABG x3 (LIMA-LAD, SVG-OM, SVG-RCA)"),
                      "2026-10-26", status="active", intent="order", requester=surg, performer=surg,
                      occurrence=r.dt("2026-12-09", "07:30"), reason_ref=[cad],
                      category=sct("387713003", "Surgical procedure"), encounter=e1,
                      note="Elective inpatient list. Pre-admission clinic 2 December.")
    r.service_request(txt("Carotid duplex ultrasound (pre-CABG)"),
                      "2026-10-26", status="completed", requester=surg, encounter=e1)
    r.note("2026-10-27", doc_type(*DISCHARGE), "Discharge summary",
           "Admitted with NSTEMI. Angiography: LM + 3VD. Medically optimised. Awaiting CABG 9 Dec 2026. "
           "Discharge meds: ASA 81, clopidogrel 75 (stop 4 Dec), atorvastatin 80, metoprolol 50 BID, ramipril 5, "
           "metformin 1000 BID, nitro spray PRN.", author=hosp, encounter=e1, time="12:30")
    for text, din, rx, rxd, dose in [
        ("Acetylsalicylic acid 81 mg EC tablet", "02237726", "1191", "aspirin", "81 mg PO daily"),
        ("Atorvastatin 80 mg tablet", "02243097", "83367", "atorvastatin", "80 mg PO daily"),
        ("Metoprolol tartrate 50 mg tablet", "00648035", "6918", "metoprolol", "50 mg PO BID"),
        ("Ramipril 5 mg capsule", "02221837", "35296", "ramipril", "5 mg PO daily"),
        ("Metformin 500 mg tablet", "02099233", "6809", "metformin", "1000 mg PO BID"),
    ]:
        r.med_request(drug(text, din, rx, rxd), "2026-10-27", dose, requester=hosp, category="discharge", encounter=e1)
    r.med_request(drug("Clopidogrel 75 mg tablet", "02238682", "32968", "clopidogrel"), "2026-10-27",
                  "75 mg PO daily - hold from 4 Dec 2026 (5 days pre-CABG)", requester=hosp, category="discharge", encounter=e1)
    e2 = r.encounter("2026-11-17", "AMB", enc_type("Cardiology clinic", "CARDCLIN"), practitioner=card)
    r.vitals("2026-11-17", e2, bp=(126, 74), hr=62, weight=(84.5, "kg"))
    r.note("2026-11-17", doc_type(*PROGRESS), "Cardiology follow-up",
           "No further chest pain at rest; CCS class II on exertion. Tolerating meds. Confirmed for CABG 9 Dec. "
           "Pre-admission bloodwork ordered.", author=card, encounter=e2)
    return r


# =====================================================================================================
def a_pancreas_palliative(cid):
    """P4 positive: metastatic pancreatic adenocarcinoma, oncology states no treatment options, palliative referral."""
    r = Rec(cid, ORG_A)
    org, payor = setup_A(r)
    gi = prac_A(r, "Chaudhry", ["Samina"], "Gastroenterology", "90114", "female")
    onc = prac_A(r, "Rasmussen", ["Erik"], "Medical oncology", "81167", "male")
    fp = prac_A(r, "Doyle", ["Catherine"], "Family medicine", "60925", "female")
    patient_A(r, "Macdonald", ["Evelyn", "Ruth"], "female", "1948-01-30", "390514728", "ZQ", "NSL0006127",
              "Seguin", "P2A 0B2", "+1-705-555-0832")
    coverage_A(r, payor, "390514728")
    r.condition(dx("I10", "Essential (primary) hypertension", "59621000", "Essential hypertension"), onset="2004-01-01")
    r.condition(dx("M17.0", "Primary gonarthrosis, bilateral", "239873007", "Osteoarthritis of knee"), onset="2013-01-01")
    e1 = r.encounter("2026-08-30", "IMP", enc_type("Inpatient admission - medicine", "INPT"), practitioner=gi,
                     end="2026-09-06", time="13:00", end_time="11:00", admit=("emd", "From accident/emergency department"),
                     discharge=("home", "Home"), reason=sct("18165001", "Jaundice", "Painless jaundice"))
    lab(r, "bili", "2026-08-30", 188, encounter=e1)
    lab(r, "alp", "2026-08-30", 612, encounter=e1)
    lab(r, "ca199", "2026-09-01", 2840, encounter=e1)
    ctr = r.report(cci("3.OT.20.WC", "Computerized tomography [CT], abdominal cavity, with enhancement",
                       text="CT abdomen/pelvis with contrast (pancreas protocol)"),
                   "2026-08-31", category=("RAD", "Radiology"), encounter=e1,
                   conclusion="3.8 cm hypoenhancing mass pancreatic head encasing SMA >180 degrees; multiple liver "
                              "metastases (largest 2.4 cm segment VI). Biliary dilatation.")
    r.procedure(cci("1.OE.50.BA-NR", "Dilation, bile ducts, endoscopic approach with stent",
                    text="ERCP with metal biliary stent"),
                performed=r.dt("2026-09-02", "09:30"), performer=gi, encounter=e1,
                note="Self-expanding metal stent placed. Brushings and EUS-FNA of liver lesion taken.")
    ca = r.condition(dx("C25.0", "Malignant neoplasm of head of pancreas", "363418001", "Malignant tumor of pancreas",
                        text="Pancreatic adenocarcinoma, head, stage IV"),
                     onset="2026-09-05", asserter=onc, stage=txt("cT4 N1 M1 (liver) - stage IV"))
    mets = r.condition(dx("C78.7", "Secondary malignant neoplasm of liver and intrahepatic bile duct", "94381002",
                          "Secondary malignant neoplasm of liver"), onset="2026-09-05", asserter=onc)
    r.report(txt("Cytopathology - EUS-FNA liver lesion"),
             "2026-09-05", category=("PAT", "Pathology (gross & histopath, not surgical)"),
             conclusion="Liver FNA: metastatic adenocarcinoma consistent with pancreaticobiliary primary.")
    e2 = r.encounter("2026-10-20", "AMB", enc_type("Oncology outpatient consultation", "ONCCLIN"), practitioner=onc)
    r.vitals("2026-10-20", e2, bp=(112, 64), hr=96, weight=(51.8, "kg"))
    lab(r, "alb", "2026-10-19", 26)
    lab(r, "bili", "2026-10-19", 34)
    r.obs(cc(coding(LOINC, "89247-1", "ECOG Performance Status score"), text="ECOG performance status"), "2026-10-20", 3,
          category="survey", encounter=e2, value_kind="int")
    r.note("2026-10-20", doc_type(*CONSULT), "Medical oncology consultation",
           "78F with stage IV pancreatic adenocarcinoma (head; liver metastases), biliary stent in situ.\n"
           "ECOG 3 - in bed or chair >50% of the day. Weight 51.8 kg (lost 9 kg). Albumin 26.\n"
           "Discussion with patient and daughter: at this performance status, systemic chemotherapy "
           "(gemcitabine-based or FOLFIRINOX) would carry high toxicity and is unlikely to prolong life or improve "
           "its quality. There are no treatment options with expected benefit; not a candidate for clinical trials. "
           "Patient accepts and wishes to focus on comfort at home.\n"
           "Plan: referral to palliative care team, home care nursing, symptom management.",
           author=onc, encounter=e2)
    r.clinical_impression(r.dt("2026-10-20", "15:00"), "Stage IV pancreatic cancer, ECOG 3; best supportive care only.",
                          assessor=onc, problems=[ca, mets], encounter=e2,
                          prognosis=cc(coding(SCT, "170969009", "Prognosis bad", version=SCT_CA), text="Poor prognosis - weeks to months"))
    r.service_request(sct("306237005", "Referral to palliative care service"), "2026-10-20", status="active",
                      intent="order", requester=onc, reason_ref=[ca], encounter=e2, priority="urgent",
                      category=sct("3457005", "Patient referral"))
    r.med_request(drug("Hydromorphone 1 mg tablet", "00885436", "3423", "hydromorphone"), "2026-10-20",
                  "1-2 mg PO q4h PRN pain", requester=onc, encounter=e2)
    r.med_request(drug("Pancrelipase (Creon 25 000) capsule", "02200112"), "2026-10-20",
                  "1 capsule with meals, 1 with snacks", requester=onc, encounter=e2)
    r.med_request(drug("Ondansetron 4 mg tablet", "02213567", "26225", "ondansetron"), "2026-10-20",
                  "4 mg PO q8h PRN nausea", requester=onc, encounter=e2)
    e3 = r.encounter("2026-11-19", "HH", enc_type("Home visit - family physician", "HOME"), practitioner=fp)
    r.note("2026-11-19", doc_type(*PROGRESS), "Home visit",
           "Comfortable on hydromorphone. Eating small amounts. Palliative care team first visit booked next week. "
           "Goals of care: comfort, remain at home.", author=fp, encounter=e3)
    return r


# =====================================================================================================
def a_hf_advance_directive(cid):
    """P4 near miss: HFrEF with DNR advance directive but full active treatment and improving EF - no no-treatment signal."""
    r = Rec(cid, ORG_A)
    org, payor = setup_A(r)
    card = prac_A(r, "Desrosiers", ["Paul"], "Cardiology", "79055", "male")
    np_ = prac_A(r, "Leblanc", ["Sophie"], "Nurse", "NP-40219", "female", nurse=True)
    patient_A(r, "Boucher", ["Gérald"], "male", "1945-07-19", "215983047", "HR", "NSL0002918",
              "Sundridge", "P0A 1Z0", "+1-705-555-0655", lang=("fr-CA", "French (Canada)"))
    coverage_A(r, payor, "215983047")
    hf = r.condition(dx("I50.0", "Congestive heart failure", "84114007", "Heart failure",
                        text="Heart failure with reduced ejection fraction (ischaemic)"), onset="2024-02-12", asserter=card)
    r.condition(dx("I10", "Essential (primary) hypertension", "59621000", "Essential hypertension"), onset="2001-01-01")
    ckd = r.condition(dx("N18.3", "Chronic kidney disease, stage 3", "433144002", "Chronic kidney disease stage 3"),
                      onset="2023-05-01")
    r.condition(dx("M10.9", "Gout, unspecified", "90560007", "Gout"), onset="2015-01-01")
    for text, din, rx, rxd, dose, start in [
        ("Sacubitril/valsartan 49/51 mg tablet", "02446944", None, None, "1 tablet PO BID", "2024-05-01"),
        ("Bisoprolol 5 mg tablet", "02267470", "19484", "bisoprolol", "5 mg PO daily", "2024-03-01"),
        ("Spironolactone 25 mg tablet", "00028606", "9997", "spironolactone", "12.5 mg PO daily", "2024-06-01"),
        ("Dapagliflozin 10 mg tablet", "02435462", "1488564", "dapagliflozin", "10 mg PO daily", "2025-01-15"),
        ("Furosemide 40 mg tablet", "00362166", "4603", "furosemide", "40 mg PO daily", "2024-02-12"),
        ("Allopurinol 100 mg tablet", "02402769", "519", "allopurinol", "100 mg PO daily", "2015-06-01"),
    ]:
        r.med_statement(drug(text, din, rx, rxd), start, dosage_text=dose, reason_ref=[hf] if "Allopurinol" not in text else None)
    e1 = r.encounter("2026-05-12", "AMB", enc_type("Heart function clinic", "HFCLIN"), practitioner=card)
    r.vitals("2026-05-12", e1, bp=(118, 70), hr=64, weight=(78.2, "kg"))
    lab(r, "ntprobnp", "2026-05-10", 3400)
    panel(r, "bmp", "2026-05-10", [("na", 137), ("k", 4.8), ("cr", 128), ("egfr", 48)])
    r.report(sct("40701008", "Echocardiography"), "2026-05-12", category=("CUS", "Cardiac Ultrasound"), encounter=e1,
             conclusion="LVEF 30%. Global hypokinesis. Moderate functional MR.")
    e2 = r.encounter("2026-09-15", "AMB", enc_type("Heart function clinic", "HFCLIN"), practitioner=card)
    r.vitals("2026-09-15", e2, bp=(112, 68), hr=60, weight=(76.9, "kg"))
    lab(r, "ntprobnp", "2026-09-13", 1210)
    panel(r, "bmp", "2026-09-13", [("na", 138), ("k", 4.6), ("cr", 124), ("egfr", 50)])
    r.report(sct("40701008", "Echocardiography"), "2026-09-15", category=("CUS", "Cardiac Ultrasound"), encounter=e2,
             conclusion="LVEF 38% (improved from 30%). Mild MR.")
    r.flag(cc(coding(ORG_A.cs("flag"), "DNR", "Do not resuscitate - no CPR, no intubation"),
              text="Advance directive: DNR (no CPR / no intubation). All other treatments wanted."),
           "2026-09-15", category=("advance-directive", "Advance Directive"), author=card, encounter=e2)
    r.note("2026-09-15", doc_type(*PROGRESS), "Heart function clinic - goals of care",
           "81M HFrEF, NYHA II now (was III). EF improved to 38% on quadruple therapy. NT-proBNP 3400 -> 1210.\n"
           "Goals of care discussion with patient and wife (in French): he wishes to continue all heart failure "
           "treatment, including hospital admission and IV diuretics if needed, and would consider an ICD/CRT review. "
           "He does NOT want CPR or intubation in the event of cardiac arrest. DNR documented; advance directive "
           "flag added.\nPlan: continue GDMT, repeat echo in 6 months, CRT/ICD reassessment then.",
           author=card, encounter=e2)
    r.careplan("Heart failure management plan", "active", "plan", "2024-02-12",
               category=[sct("734163000", "Care plan")], addresses=[hf, ckd], author=np_,
               activities=[{"code": txt("Guideline-directed medical therapy titration"), "status": "in-progress"},
                           {"code": txt("Daily weights, fluid restriction 1.5 L"), "status": "in-progress"},
                           {"code": txt("Heart function clinic every 3 months"), "status": "scheduled"},
                           {"code": txt("Repeat echocardiogram March 2027; CRT/ICD reassessment"), "status": "not-started"}])
    e3 = r.encounter("2026-11-18", "VR", enc_type("Heart function clinic - telephone", "HFTEL"), practitioner=np_)
    r.note("2026-11-18", doc_type(*TELEPHONE), "Nurse practitioner telephone follow-up",
           "Weights stable 76-77 kg. No orthopnoea. Walking 20 min daily. Labs stable. Continue plan.",
           author=np_, encounter=e3)
    return r


# =====================================================================================================
def a_colon_capox(cid):
    """P5 positive: stage III sigmoid adenocarcinoma, adjuvant CAPOX started (oxaliplatin given, capecitabine ongoing)."""
    r = Rec(cid, ORG_A)
    org, payor = setup_A(r)
    surg = prac_A(r, "Kerr", ["Duncan"], "General surgery", "71205", "male")
    onc = prac_A(r, "Rasmussen", ["Erik"], "Medical oncology", "81167", "male")
    rn = prac_A(r, "Pelletier", ["Josée"], "Nurse", "RN-118204", "female", nurse=True)
    patient_A(r, "Raman", ["Priya"], "female", "1967-05-08", "824610379", "LB", "NSL0081104",
              "Parry Sound", "P2A 1M6", "+1-705-555-0244")
    coverage_A(r, payor, "824610379")
    r.condition(dx("I10", "Essential (primary) hypertension", "59621000", "Essential hypertension"), onset="2018-01-01")
    r.med_statement(drug("Amlodipine 5 mg tablet", "00878928", "17767", "amlodipine"), "2018-02-01",
                    dosage_text="5 mg PO daily")
    ca = r.condition(dx("C18.7", "Malignant neoplasm of sigmoid colon", "363406005", "Malignant tumor of colon",
                        text="Adenocarcinoma sigmoid colon pT3 N1b M0, stage IIIB"),
                     onset="2026-08-11", asserter=surg, stage=txt("pT3 pN1b (3/19) M0 - stage IIIB"))
    r.procedure(cci("2.NM.71.BA", "Biopsy, large intestine, endoscopic approach", "73761001", "Colonoscopy",
                    text="Colonoscopy with biopsy"), performed=r.dt("2026-08-11", "10:00"), reason_ref=[ca],
                note="Circumferential mass at 25 cm. Biopsy: adenocarcinoma, MMR proficient.")
    e1 = r.encounter("2026-09-14", "IMP", enc_type("Inpatient admission - surgery", "INPT"), practitioner=surg,
                     end="2026-09-18", time="07:00", end_time="12:00", admit=("other", "Other"), discharge=("home", "Home"),
                     priority=("EL", "elective"))
    r.procedure(cci("1.NM.87.DF", "Excision partial, large intestine, endoscopic [laparoscopic] approach with anastomosis",
                    text="Laparoscopic sigmoid colectomy with primary anastomosis"),
                performed=r.dt("2026-09-14", "08:15"), performer=surg, encounter=e1, reason_ref=[ca])
    r.report(cc(coding(LOINC, "60568-3", "Pathology Synoptic report"), text="Surgical pathology - sigmoid colectomy"),
             "2026-09-18", category=("SP", "Surgical Pathology"), encounter=e1,
             conclusion="Moderately differentiated adenocarcinoma, pT3, 3 of 19 lymph nodes positive (pN1b). Margins clear.")
    e2 = r.encounter("2026-10-19", "AMB", enc_type("Oncology outpatient consultation", "ONCCLIN"), practitioner=onc)
    r.note("2026-10-19", doc_type(*CONSULT), "Medical oncology - adjuvant therapy",
           "59F, stage IIIB sigmoid adenocarcinoma s/p laparoscopic sigmoid colectomy 14 Sept. ECOG 0.\n"
           "Recommend adjuvant CAPOX x 8 cycles (6 months given higher-risk N1b): oxaliplatin 130 mg/m2 IV day 1 + "
           "capecitabine 1000 mg/m2 PO BID days 1-14, q21 days. Discussed neuropathy (may be permanent), hand-foot "
           "syndrome, diarrhoea, neutropenia, fatigue; expect significant impact on work and daily life for 6 months. "
           "DPYD genotyping normal. Consent signed. Start 2 Nov.", author=onc, encounter=e2)
    lab(r, "cea", "2026-10-16", 2.1)
    plan = r.careplan("Adjuvant CAPOX chemotherapy - 8 cycles", "active", "plan", "2026-11-02",
                      category=[sct("367336001", "Chemotherapy")], addresses=[ca], author=onc, end="2027-04-19",
                      activities=[{"code": sct("367336001", "Chemotherapy", "CAPOX cycle 1-8 q21 days"), "status": "in-progress",
                                   "scheduled": "Cycle 1 2026-11-02; cycle 2 2026-11-23; cycle 3 2026-12-14"}])
    oxa = drug("Oxaliplatin 5 mg/mL injection", "02283115", "32592", "oxaliplatin")
    cap = drug("Capecitabine 500 mg tablet", "02238454", "194000", "capecitabine")
    rx_ox = r.med_request(oxa, "2026-10-19", "130 mg/m2 (BSA 1.70 m2 = 221 mg) IV over 2 h day 1 q21 days x 8 cycles",
                          requester=onc, category="outpatient", encounter=e2, reason_ref=[ca])
    r.med_request(cap, "2026-10-19", "1700 mg PO BID days 1-14 q21 days x 8 cycles", requester=onc, encounter=e2,
                  reason_ref=[ca])
    for d, wbc, neut, plt_ in [("2026-11-02", 6.1, 3.8, 254), ("2026-11-23", 4.9, 2.4, 172)]:
        e = r.encounter(d, "AMB", enc_type("Chemotherapy day unit", "CHEMO"), practitioner=rn, time="09:00", end_time="13:30")
        lab(r, "neut", d, neut, encounter=e, time="08:00")
        lab(r, "plt", d, plt_, encounter=e, time="08:00")
        r.med_admin(oxa, r.dt(d, "10:30"), "221 mg IV over 2 hours", dose=qty(221, "mg"), request=rx_ox, performer=rn,
                    encounter=e, end=r.dt(d, "12:30"), reason=dx("C18.7", "Malignant neoplasm of sigmoid colon"))
    r.note("2026-11-23", doc_type(*NURSE), "Chemotherapy unit - cycle 2",
           "Cycle 2 CAPOX. Grade 1 cold-induced paraesthesia in fingers lasting 3 days after cycle 1; grade 1 "
           "diarrhoea. Fatigue - off work. Proceed with cycle 2 full dose.", author=rn)
    return r


# =====================================================================================================
def a_topical_5fu(cid):
    """P5 near miss: fluorouracil 5% cream for actinic keratoses - topical field therapy, not systemic chemotherapy."""
    r = Rec(cid, ORG_A)
    org, payor = setup_A(r)
    derm = prac_A(r, "Ferreira", ["Ana"], "Dermatology", "85540", "female")
    fp = prac_A(r, "Whitford", ["Alan"], "Family medicine", "66352", "male")
    patient_A(r, "Fraser", ["Donald", "James"], "male", "1954-10-02", "146927350", "SS", "NSL0012770",
              "Parry Sound", "P2A 2T3", "+1-705-555-0917")
    coverage_A(r, payor, "146927350")
    htn = r.condition(dx("I10", "Essential (primary) hypertension", "59621000", "Essential hypertension"), onset="2010-01-01")
    r.condition(dx("N40", "Hyperplasia of prostate", "266569009", "Benign prostatic hyperplasia"), onset="2019-01-01")
    r.condition(dx("E78.0", "Pure hypercholesterolaemia", "13644009", "Hypercholesterolemia"), onset="2012-01-01")
    r.condition(dx("C44.3", "Other malignant neoplasm of skin of other and unspecified parts of face", "254701007",
                   "Basal cell carcinoma of skin", text="Basal cell carcinoma, left cheek - excised 2023"),
                onset="2023-03-14", clinical="resolved", abatement="2023-04-20")
    for text, din, rx, rxd, dose in [("Amlodipine 10 mg tablet", "00878936", "17767", "amlodipine", "10 mg PO daily"),
                                     ("Tamsulosin CR 0.4 mg tablet", "02270102", "77492", "tamsulosin", "0.4 mg PO daily"),
                                     ("Rosuvastatin 10 mg tablet", "02247162", "301542", "rosuvastatin", "10 mg PO daily")]:
        r.med_statement(drug(text, din, rx, rxd), "2020-01-01", dosage_text=dose)
    panel(r, "bmp", "2026-08-12", [("na", 140), ("k", 4.3), ("cr", 88), ("egfr", 79)])
    lab(r, "ldl", "2026-08-12", 1.9)
    e1 = r.encounter("2026-10-28", "AMB", enc_type("Dermatology clinic", "DERMCLIN"), practitioner=derm,
                     reason=sct("201101007", "Actinic keratosis"))
    ak = r.condition(dx("L57.0", "Actinic keratosis", "201101007", "Actinic keratosis",
                        text="Multiple actinic keratoses - scalp and forehead"),
                     onset="2026-10-28", encounter=e1, asserter=derm,
                     body_site=sct("41695006", "Scalp structure", "Scalp and forehead"))
    r.procedure(cci("2.YA.71.LA", "Biopsy, skin of scalp, open approach", text="Shave biopsy, vertex scalp"),
                performed=r.dt("2026-10-28", "10:40"), performer=derm, encounter=e1)
    r.report(cc(text="Dermatopathology - shave biopsy vertex scalp"), "2026-11-04",
             category=("SP", "Surgical Pathology"),
             conclusion="Actinic keratosis, hypertrophic type. No invasive squamous cell carcinoma.")
    r.procedure(txt("Liquid nitrogen cryotherapy x 6 lesions"),
                performed=r.dt("2026-10-28", "10:50"), performer=derm, encounter=e1, reason_ref=[ak])
    r.med_request(drug("Fluorouracil 5% cream (Efudex)", "00330582", "4492", "fluorouracil"), "2026-10-28",
                  "Apply thin layer to scalp and forehead twice daily for 3 weeks", requester=derm, reason_ref=[ak],
                  encounter=e1, route=sct("6064005", "Topical route"),
                  dispense=(0, {"value": 40, "unit": "g", "system": "http://unitsofmeasure.org", "code": "g"}))
    r.note("2026-10-28", doc_type(*CONSULT), "Dermatology consultation",
           "72M, outdoor worker, prior BCC L cheek (excised 2023). Numerous rough scaly papules on scalp and "
           "forehead consistent with actinic keratoses; one hypertrophic lesion vertex - shave biopsy.\n"
           "Plan: cryotherapy to thick lesions today; field therapy with topical 5-fluorouracil 5% cream BID for "
           "3 weeks. Expected local redness, crusting and soreness for 2-4 weeks, then healing. Sun protection. "
           "Review 3 months.", author=derm, encounter=e1)
    e2 = r.encounter("2026-11-25", "VR", enc_type("Dermatology telephone follow-up", "DERMTEL"), practitioner=derm)
    r.note("2026-11-25", doc_type(*TELEPHONE), "Telephone follow-up",
           "Completed 3 weeks of topical 5-FU. Expected erythema and crusting, settling with emollient. "
           "Biopsy benign AK. Review February.", author=derm, encounter=e2)
    return r


# =====================================================================================================
def a_migraine_second_opinion_done(cid):
    """P6 near miss: patient asked for a second opinion in March; delivered in May (within 12 months); now improving."""
    r = Rec(cid, ORG_A)
    org, payor = setup_A(r)
    neuro = prac_A(r, "Vasquez", ["Mateo"], "Neurology", "87711", "male")
    ext = prac_A(r, "Abernethy", ["Louise"], "Neurology", "75603", "female")
    ext_org = r.organization("Georgian Shores University Headache Clinic",
                             identifiers=[{"system": "https://fhir.nslrh.example.ca/NamingSystem/external-provider",
                                           "value": "GSUHC"}],
                             address={"city": "Barrie", "state": "ON", "country": "CA"})
    fp = prac_A(r, "Lindqvist", ["Maren"], "Family medicine", "84213", "female")
    patient_A(r, "Mohamed", ["Aisha"], "female", "1990-12-12", "953820416", "PW", "NSL0090388",
              "Parry Sound", "P2A 1K2", "+1-705-555-0560")
    coverage_A(r, payor, "953820416")
    mig = r.condition(dx("G43.7", "Chronic migraine without aura", text="Chronic migraine without aura"), onset="2021-06-01", asserter=neuro)
    r.condition(dx("F41.1", "Generalized anxiety disorder", "21897009", "Generalized anxiety disorder"), onset="2019-01-01")
    e1 = r.encounter("2026-02-17", "AMB", enc_type("Neurology clinic", "NEUROCLIN"), practitioner=neuro)
    r.obs(cc(coding(ORG_A.cs("assessment-scale"), "MHDAYS", "Monthly headache days"), text="Headache days per month"),
          "2026-02-17", 18, category="survey", encounter=e1, value_kind="int")
    r.note("2026-02-17", doc_type(*PROGRESS), "Neurology follow-up - chronic migraine",
           "18 headache days/month despite topiramate (stopped - cognitive side effects) and amitriptyline. "
           "MRI brain 2024 normal. Recommend onabotulinumtoxinA (PREEMPT protocol). Patient hesitant.",
           author=neuro, encounter=e1)
    c1 = r.communication(r.dt("2026-03-04", "20:14"), r.pt, neuro,
                         "Hello Dr Vasquez. I have thought about the Botox plan and I am not comfortable yet. "
                         "Before I start injections I would like a second opinion from another headache specialist. "
                         "Can you refer me to the university headache clinic? Thank you, Aisha",
                         category=("notification", "Notification"),
                         medium=cc(coding("http://terminology.hl7.org/CodeSystem/v3-ParticipationMode", "EMAILWRIT",
                                          "email"), text="Patient portal message"))
    r.communication(r.dt("2026-03-05", "09:02"), neuro, r.pt,
                    "Hi Aisha, of course - I have sent a referral to the Georgian Shores headache clinic today.",
                    in_response_to=c1, category=("notification", "Notification"))
    sr = r.service_request(cc(coding(ORG_A.cs("referral-type"), "2NDOP", "Second opinion consultation"),
                              text="Second opinion - headache medicine"), "2026-03-05", status="completed",
                           intent="order", requester=neuro, performer=ext, reason_ref=[mig],
                           category=sct("3457005", "Patient referral"))
    r.note("2026-05-12", doc_type(*CONSULT), "Second opinion - Georgian Shores University Headache Clinic",
           "Thank you for referring Ms Mohamed for a second opinion regarding chronic migraine.\n"
           "History and examination are consistent with chronic migraine without aura; no red flags; I agree with "
           "the diagnosis and that prior MRI is sufficient. Both onabotulinumtoxinA and a CGRP monoclonal antibody "
           "are reasonable; given her preference to avoid injections into the scalp, I recommend erenumab 70 mg SC "
           "monthly, increasing to 140 mg if needed. Happy to see her again if required.\n"
           "Dr L. Abernethy, Headache Medicine", author=ext, time="14:00")
    e2 = r.encounter("2026-06-09", "AMB", enc_type("Neurology clinic", "NEUROCLIN"), practitioner=neuro)
    r.med_request(drug("Erenumab 70 mg/mL autoinjector", "02479613"), "2026-06-09", "70 mg SC every 4 weeks",
                  requester=neuro, reason_ref=[mig], encounter=e2)
    e3 = r.encounter("2026-10-27", "AMB", enc_type("Neurology clinic", "NEUROCLIN"), practitioner=neuro)
    r.obs(cc(coding(ORG_A.cs("assessment-scale"), "MHDAYS", "Monthly headache days"), text="Headache days per month"),
          "2026-10-27", 8, category="survey", encounter=e3, value_kind="int")
    r.note("2026-10-27", doc_type(*PROGRESS), "Neurology follow-up",
           "On erenumab since June per second-opinion recommendation. Headache days 18 -> 8/month. Pleased. "
           "Continue; review 6 months.", author=neuro, encounter=e3)
    return r


# =====================================================================================================
def a_myasthenia(cid):
    """P8 positive: generalised AChR-antibody-positive myasthenia gravis (rare), stable on pyridostigmine/prednisone/azathioprine."""
    r = Rec(cid, ORG_A)
    org, payor = setup_A(r)
    neuro = prac_A(r, "Vasquez", ["Mateo"], "Neurology", "87711", "male")
    fp = prac_A(r, "Doyle", ["Catherine"], "Family medicine", "60925", "female")
    patient_A(r, "Beaulieu", ["Thomas"], "male", "1974-02-27", "281640953", "VE", "NSL0055619",
              "Burk's Falls", "P0A 1C0", "+1-705-555-0377")
    coverage_A(r, payor, "281640953")
    r.condition(dx("I10", "Essential (primary) hypertension", "59621000", "Essential hypertension"), onset="2016-01-01")
    mg = r.condition(dx("G70.0", "Myasthenia gravis", "91637004", "Myasthenia gravis",
                        text="Myasthenia gravis, generalised, AChR antibody positive (MGFA class IIa)"),
                     onset="2025-08-04", recorded="2025-09-22", asserter=neuro)
    r.condition(dx("R73.0", "Abnormal glucose tolerance", "714628002", "Prediabetes", text="Prediabetes (steroid-related)"),
                onset="2026-04-14")
    local_lab(r, "ACHR", "Acetylcholine receptor binding antibody", "2025-09-10", 18.4, "nmol/L", "nmol/L", high=0.25)
    r.report(cci("3.GY.20.WC", "Computerized tomography [CT], thoracic cavity NEC, with enhancement",
                 text="CT chest with contrast (thymus)"),
             "2025-09-30", category=("RAD", "Radiology"), conclusion="No thymoma. Normal involuted thymus for age.")
    r.med_statement(drug("Pyridostigmine 60 mg tablet (Mestinon)", "00869961"), "2025-09-22",
                    dosage_text="60 mg PO four times daily", reason_ref=[mg])
    r.med_statement(drug("Prednisone 5 mg tablet", "00312770", "8640", "prednisone"), "2025-10-15",
                    dosage_text="20 mg PO daily (tapering to 10 mg)", reason_ref=[mg])
    r.med_statement(drug("Azathioprine 50 mg tablet", "02242907", "1256", "azathioprine"), "2026-03-02",
                    dosage_text="100 mg PO daily", reason_ref=[mg])
    local_lab(r, "TPMT", "Thiopurine methyltransferase activity", "2026-02-20", "Normal activity", interp="N")
    for d, adl, alt_, wbc in [("2026-03-02", 6, 24, 9.8), ("2026-07-07", 4, 31, 7.2), ("2026-11-03", 3, 28, 6.4)]:
        e = r.encounter(d, "AMB", enc_type("Neuromuscular clinic", "NMCLIN"), practitioner=neuro)
        r.vitals(d, e, bp=(132, 82), weight=(91.0 if d < "2026-07" else 92.4, "kg"))
        r.obs(cc(coding(ORG_A.cs("assessment-scale"), "MGADL", "Myasthenia Gravis Activities of Daily Living score"),
                 text="MG-ADL total"), d, adl, category="survey", encounter=e, value_kind="int")
        lab(r, "alt", d, alt_, encounter=e)
        lab(r, "wbc", d, wbc, encounter=e)
    r.note("2026-11-03", doc_type(*PROGRESS), "Neuromuscular clinic",
           "Generalised AChR+ myasthenia gravis, onset Aug 2025 (ptosis, diplopia, then dysphagia and proximal "
           "weakness). No thymoma on CT. Now MG-ADL 3 (from 6), occasional end-of-day ptosis only. "
           "Azathioprine 100 mg since March, LFTs and CBC fine. Prednisone tapering to 10 mg. Steroid-induced "
           "prediabetes, HbA1c 6.2. Bone protection started.\nPlan: continue, taper prednisone by 2.5 mg monthly. "
           "MG emergency card given. Avoid aminoglycosides, fluoroquinolones, magnesium.", author=neuro)
    lab(r, "a1c", "2026-11-03", 6.2)
    r.med_statement(drug("Alendronate 70 mg tablet", "02245329"), "2025-10-15", dosage_text="70 mg PO weekly")
    return r


CASES = [
    dict(key="a-headache-returns", org="A", fn=a_headache_returns, target="PERSISTENT_SYMPTOMS_NORMAL_WORKUP", kind="positive",
         expected=["PERSISTENT_SYMPTOMS_NORMAL_WORKUP"],
         why="Family-practice visit for new daily headache on 2 Nov, then two unscheduled ED visits (7 and 13 Nov) within 14 days, "
             "normal CT and bloods, discharged 'headache NYD' with new visual symptoms - the return-visit e-trigger.",
         summary="New daily headache; FP visit then two ED returns within 11 days, CT normal, 'headache NYD'"),
    dict(key="a-ibs-calprotectin", org="A", fn=a_ibs_calprotectin, target="DIAGNOSIS_SYMPTOM_MISMATCH", kind="positive",
         expected=["DIAGNOSIS_SYMPTOM_MISMATCH"],
         why="IBS-D (K58.0) label active for a year while diarrhoea continues and new nocturnal stools, 7 kg weight loss, "
             "CRP 38 and faecal calprotectin 480 appear - findings a functional label cannot account for; plan unchanged.",
         summary="IBS-D label >1 year with nocturnal diarrhoea, weight loss, high CRP/calprotectin; still managed as IBS"),
    dict(key="a-fatigue-osa", org="A", fn=a_fatigue_osa, target="DIAGNOSIS_SYMPTOM_MISMATCH", kind="near-miss",
         expected=[],
         why="The catch-all R53 fatigue label was replaced by polysomnography-proven severe OSA that explains the symptom; "
             "fatigue resolved on CPAP (ESS 16 to 7).",
         summary="R53 fatigue label superseded by severe OSA on PSG; CPAP; fatigue resolved"),
    dict(key="a-cabg-planned", org="A", fn=a_cabg_planned, target="MAJOR_PROCEDURE_PLANNED", kind="positive",
         expected=["MAJOR_PROCEDURE_PLANNED"],
         why="Active ServiceRequest (CCI 1.IJ.76) for CABG x3 booked 9 Dec 2026 after NSTEMI with left-main and 3-vessel disease.",
         summary="NSTEMI, LM + 3VD; CABG x3 ordered for 9 Dec 2026"),
    dict(key="a-pancreas-palliative", org="A", fn=a_pancreas_palliative, target="UNTREATABLE_PROGNOSIS", kind="positive",
         expected=["UNTREATABLE_PROGNOSIS"],
         why="Stage IV pancreatic cancer; oncology note states there are no treatment options with expected benefit and "
             "an active palliative-care referral is on record, with no second opinion.",
         summary="Stage IV pancreatic cancer, ECOG 3, oncology: no options; palliative referral"),
    dict(key="a-hf-advance-directive", org="A", fn=a_hf_advance_directive, target="UNTREATABLE_PROGNOSIS", kind="near-miss",
         expected=[],
         why="A DNR advance-directive flag is present, but heart failure is on full guideline therapy with improving EF "
             "and NT-proBNP; nobody has stated there is no treatment and there is no palliative plan.",
         summary="HFrEF with DNR flag but full active therapy, EF 30 to 38%"),
    dict(key="a-colon-capox", org="A", fn=a_colon_capox, target="HIGH_IMPACT_TREATMENT", kind="positive",
         expected=["HIGH_IMPACT_TREATMENT"],
         why="Adjuvant CAPOX chemotherapy started 2 Nov 2026 (oxaliplatin administrations, capecitabine, active care plan "
             "for 8 cycles) after colectomy for stage IIIB colon cancer.",
         summary="Stage IIIB sigmoid cancer after colectomy; adjuvant CAPOX cycles 1-2 given"),
    dict(key="a-topical-5fu", org="A", fn=a_topical_5fu, target="HIGH_IMPACT_TREATMENT", kind="near-miss",
         expected=[],
         why="The only 'chemotherapy' agent is topical fluorouracil 5% cream for actinic keratoses - 3 weeks of local "
             "field therapy, not systemic chemotherapy, with no severe quality-of-life impact.",
         summary="Actinic keratoses treated with topical 5-FU cream and cryotherapy; benign biopsy"),
    dict(key="a-migraine-2nd-opinion-done", org="A", fn=a_migraine_second_opinion_done, target="PATIENT_REPORTED_CONCERN",
         kind="near-miss", expected=[],
         why="The patient's portal request for a second opinion (March 2026) was acted on: a headache-clinic second "
             "opinion is on record from May 2026, within 12 months, and headaches have since improved.",
         summary="Chronic migraine; patient asked for second opinion in March, delivered May; improving on erenumab"),
    dict(key="a-myasthenia", org="A", fn=a_myasthenia, target="RARE_OR_COMPLEX_CONDITION", kind="positive",
         expected=["RARE_OR_COMPLEX_CONDITION"],
         why="Active generalised AChR-antibody-positive myasthenia gravis (G70.0), an Orphanet rare disease.",
         summary="Generalised AChR+ myasthenia gravis, stable and improving on immunotherapy"),
]
