"""Harbourview Adolescent & Young-Adult Transition Clinic: 10 cases."""
from fhirkit import (cc, coding, txt, sct, loinc, icd10cm, cpt, rx, orpha, SOPT, COMMCAT)

AYA = "https://ehr.harbourview-aya.example/CodeSystem/"
YES = coding("http://loinc.org", "LA33-6", "Yes")
NO = coding("http://loinc.org", "LA32-8", "No")


def ntype(kind):
    return {"progress": cc(loinc("11506-3", "Progress note"), text="Transition clinic note"),
            "consult": cc(loinc("11488-4", "Consult note")),
            "handover": cc(loinc("34133-9", "Summary of episode note"),
                           coding(AYA + "doc", "PEDS-HANDOVER", "Pediatric-to-adult handover summary")),
            "school": cc(loinc("34109-9", "Note"), coding(AYA + "doc", "SCHOOL-ABS", "School/college absence note")),
            "procedure": cc(loinc("28570-0", "Procedure note"))}[kind]


def aya_base(c, family, given, gender, birth, city, docs, parent=None, payor="commercial"):
    top = c.organization("Harbourview Health", city="Portland", country="US", key="org")
    clinic = c.organization("Harbourview Adolescent & Young-Adult Transition Clinic", part_of=top, city="Portland",
                            country="US", key="org")
    peds = c.organization("Harbourview Children's Hospital", part_of=top, city="Portland", country="US", key="org")
    out = {"top": top, "clinic": clinic, "peds": peds}
    for key, fam, giv, q, spec in docs:
        out[key] = c.practitioner(fam, giv, qual=q, specialty=spec)
    c.patient(family, given, gender, birth, city, state="ME", country="US", managing=clinic,
              mrn=f"HV{birth.replace('-', '')}{len(given)}", phone=f"207-555-01{len(family):02d}")
    if parent:
        out["parent"] = c.related(family, parent[0], parent[1],
                                  {"MTH": "mother", "FTH": "father"}[parent[1]])
    if payor == "medicaid":
        pay = c.organization("MaineCare", type_code="govt", type_display="Government", country="US", key="org")
        c.coverage(pay, cc(coding(SOPT, "2", "MEDICAID"), text="MaineCare"), "2015-01-01", member_id=f"MC{birth[:4]}77")
    else:
        pay = c.organization("Casco Bay Health Plan", type_code="ins", type_display="Insurance Company",
                             country="US", key="org")
        c.coverage(pay, cc(coding(SOPT, "5", "PRIVATE HEALTH INSURANCE"), text="Family PPO plan"), "2019-01-01",
                   member_id=f"CBH{birth[:4]}{len(family)}", relationship="child",
                   subscriber=out.get("parent"))
    return out


def symptom(c, date, sct_code, disp, enc, who, note=None):
    return c.obs(cc(loinc("75325-1", "Symptom")), date, value_cc=cc(sct(sct_code, disp)), category="exam",
                 enc=enc, performer=who, note=note)


# ------------------------------------------------------------------------------------------------
def aya_psnw_pos(c):
    b = aya_base(c, "Thibodeau", "Maya", "female", "2009-09-14", "Westbrook",
                 [("am", "Reardon", "Kathleen", ("MD", "Doctor of Medicine"), "Adolescent Medicine"),
                  ("rh", "Osei", "Kwame", ("MD", "Doctor of Medicine"), "Pediatric Rheumatology")],
                 parent=("Claire", "MTH"))
    am, rh, mom = b["am"], b["rh"], b["parent"]
    c.condition(cc(icd10cm("J45.20", "Mild intermittent asthma, uncomplicated"), sct("195967001", "Asthma")),
                "2015-05-01", recorder=am)
    c.medreq(cc(rx("435", "albuterol"), text="albuterol HFA 90 mcg inhaler"), "2026-01-10", am,
             "2 puffs every 4 hours as needed", as_needed=True)
    visits = [("2026-04-14", 6, "knees and ankles, worse after school, no swelling noticed"),
              ("2026-06-09", 6, "knees, ankles and now wrists; stopped volleyball"),
              ("2026-08-18", 7, "daily pain, knees/wrists; morning stiffness < 15 min"),
              ("2026-10-20", 7, "unchanged; missing school days")]
    encs = []
    for d, pain, note in visits:
        who = am if d != "2026-08-18" else rh
        e = c.encounter(d, who=who, provider=b["clinic"],
                        type_cc=cc(text="Adolescent medicine visit" if d != "2026-08-18" else
                                   "Pediatric rheumatology consult"), reason=cc(text="Joint pains"))
        symptom(c, d, "57676002", "Joint pain", e, who, note)
        if d == "2026-04-14":
            c.vitals(d, e, bp=(108, 66), wt=57.0, ht=166)
        c.score(cc(loinc("72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported")), d, pain,
                enc=e)
        encs.append(e)
    labs = [c.lab(k, v, "2026-04-14", encs[0]) for k, v in (("hgb", 13.1), ("wbc", 6.2), ("plt", 265), ("crp", 1.2),
                                                           ("esr", 8), ("ck", 96), ("tsh", 1.7))]
    c.report(cc(text="Initial joint pain panel"), "2026-04-14", "LAB", results=labs, enc=encs[0])
    imm = [c.obs(cc(coding(AYA + "lab", code, disp)), "2026-06-09", value_str=val, interp="N", enc=encs[1],
                 ref_text=ref)
           for code, disp, val, ref in (("ANA", "Antinuclear antibodies, IFA", "Negative (< 1:80)", "< 1:80"),
                                        ("HLAB27", "HLA-B27", "Not detected", "Not detected"),
                                        ("LYME", "Lyme disease antibodies, total", "Negative", "Negative"))]
    imm.append(c.lab("rf", 4, "2026-06-09", encs[1]))
    c.report(cc(text="Rheumatologic serology"), "2026-06-09", "LAB", results=imm, enc=encs[1])
    xr = c.obs(cc(coding(AYA + "rad", "XR-KNEE-ANKLE", "XR knees and ankles, bilateral")), "2026-08-18",
               value_str="Normal", category="imaging", enc=encs[2])
    us = c.obs(cc(coding(AYA + "rad", "US-JOINTS", "Musculoskeletal ultrasound, knees and wrists")), "2026-08-18",
               value_str="No effusion, no synovitis", category="imaging", enc=encs[2])
    c.report(cc(text="Joint imaging"), "2026-08-18", "RAD", results=[xr, us], enc=encs[2],
             conclusion="Normal radiographs of knees and ankles. No effusion or synovial thickening on ultrasound.")
    c.obs(cc(coding(AYA + "exam", "BEIGHTON", "Beighton hypermobility score")), "2026-08-18", value_int=3,
          category="exam", enc=encs[2], performer=rh, ref_text="0-9; >= 5 suggests generalized hypermobility in "
                                                               "adolescents")
    c.note("2026-08-18", ntype("consult"), "Pediatric rheumatology consult", """
HARBOURVIEW CHILDREN'S - PEDIATRIC RHEUMATOLOGY CONSULT      08/18/2026
16 yo girl with 4 months of knee, ankle and wrist pain. No rash, fevers, mouth ulcers or eye symptoms.
Exam: no joint swelling, full range of motion, no enthesitis. Beighton 3/9.
Labs: CBC, CRP, ESR, CK, TSH normal. ANA, RF, HLA-B27, Lyme serology negative.
Imaging: XR knees/ankles normal; MSK ultrasound without effusion or synovitis.
Impression: no evidence of inflammatory arthritis or connective tissue disease. No rheumatologic
diagnosis. Reassurance given. Return to adolescent medicine.""", rh, enc=encs[2], custodian=b["peds"])
    for d, days in (("2026-05-22", 3), ("2026-09-30", 4), ("2026-10-21", 2)):
        c.note(d, ntype("school"), "School absence note", f"""
To whom it may concern (Westbrook High School, attendance office):
Maya Thibodeau was seen by our clinic and was unable to attend school for {days} day(s) this month because of
ongoing joint pain. Please excuse these absences. She may take the elevator and be excused from PE as needed.
K. Reardon, MD - Harbourview Adolescent & Young-Adult Transition Clinic""", am, custodian=b["clinic"])
    c.qresp("https://ehr.harbourview-aya.example/Questionnaire/parent-pain-impact|1.1", "2026-10-20", mom, [
        ("1", "How many school days has your child missed this term because of pain?", 9),
        ("2", "Has pain stopped your child from doing sports or activities?", YES),
        ("3", "Which activities?", "Quit volleyball team, stopped babysitting job"),
        ("4", "How worried are you about your child's pain (0-10)?", 8)], source=mom, enc=encs[3])
    c.sreq(cc(sct("91251008", "Physical therapy procedure"), text="Physical therapy for chronic joint pain"),
           "active", "order", "2026-10-20", am, enc=encs[3])
    c.note("2026-10-20", ntype("progress"), "Adolescent medicine follow-up", """
HARBOURVIEW AYA TRANSITION CLINIC - FOLLOW-UP      10/20/2026
17 yo with 6 months of migratory joint pain (knees, ankles, wrists), pain 7/10, 9 missed school days this
term, quit volleyball. Exam today normal, no synovitis. Complete work-up normal including rheumatology
review (08/18): no diagnosis found.
Plan: reassurance, physical therapy, sleep hygiene, school accommodations. RTC 2 months.""", am, enc=encs[3],
           custodian=b["clinic"])


def aya_psnw_nm(c):
    b = aya_base(c, "Caron", "Ethan", "male", "2009-02-03", "Saco",
                 [("am", "Reardon", "Kathleen", ("MD", "Doctor of Medicine"), "Adolescent Medicine"),
                  ("gi", "Haddad", "Rami", ("MD", "Doctor of Medicine"), "Pediatric Gastroenterology")],
                 parent=("Marc", "FTH"), payor="medicaid")
    am, gi = b["am"], b["gi"]
    for d, note, labs in (("2026-05-05", "periumbilical pain after meals, 3-4 loose stools/day, tired",
                           (("hgb", 13.9), ("crp", 4), ("esr", 12), ("albumin", 4.3))),
                          ("2026-06-16", "pain persisting, lost 2 kg", (("hgb", 13.6),)),
                          ("2026-08-11", "night-time pain, 5 stools/day, mouth ulcers",
                           (("hgb", 11.2), ("crp", 24), ("esr", 38), ("albumin", 3.3), ("calpro", 850)))):
        e = c.encounter(d, who=am if d != "2026-08-11" else gi, provider=b["clinic"],
                        type_cc=cc(text="Adolescent medicine visit" if d != "2026-08-11" else
                                   "Pediatric GI clinic"), reason=cc(text="Abdominal pain"))
        symptom(c, d, "21522001", "Abdominal pain", e, am, note)
        for k, v in labs:
            c.lab(k, v, d, e)
        c.vitals(d, e, wt={"2026-05-05": 61.0, "2026-06-16": 59.0, "2026-08-11": 57.4}[d])
    cd = c.condition(cc(icd10cm("K50.00", "Crohn's disease of small intestine without complications"),
                        sct("34000006", "Crohn's disease"), text="Ileal Crohn's disease (Paris A1b L1 B1)"),
                     "2026-09-10", recorder=gi)
    colo = c.proc(cc(cpt("45380", "Colonoscopy, flexible; with biopsy, single or multiple"),
                     text="Ileocolonoscopy with biopsies"), "completed", "2026-09-10", performer=gi,
                  note="Deep ulcers terminal ileum 15 cm; colon normal. Histology: chronic active ileitis with "
                       "non-caseating granulomas.")
    c.report(cc(loinc("60568-3", "Pathology Synoptic report"), text="Ileal and colonic biopsies"), "2026-09-14", "SP",
             conclusion="Chronic active ileitis with non-caseating granulomas, consistent with Crohn's disease. "
                        "Colonic biopsies unremarkable.", performer=b["peds"])
    for d, v in (("2026-09-10", 37.5), ("2026-11-17", 10.0)):
        c.score(cc(coding(AYA + "ibd", "PCDAI", "Pediatric Crohn's Disease Activity Index")), d, v, unit="{score}")
    c.medreq(cc(text="Exclusive enteral nutrition (polymeric formula), 8 weeks"), "2026-09-18", gi,
             "2,600 kcal/day polymeric formula orally, no other food", status="completed", reason_ref=[cd],
             course="acute")
    c.medreq(cc(rx("327361", "adalimumab"), text="adalimumab 40 mg/0.4 mL pen"), "2026-10-15", gi,
             "160 mg week 0, 80 mg week 2, then 40 mg subcutaneously every 2 weeks", reason_ref=[cd],
             route=cc(sct("34206005", "Subcutaneous route")), course="continuous")
    e4 = c.encounter("2026-11-17", who=gi, provider=b["clinic"], type_cc=cc(text="Pediatric GI clinic"),
                     reason=cc(text="Crohn's follow-up"), diagnoses=[cd])
    c.lab("crp", 3, "2026-11-17", e4)
    c.lab("hgb", 12.8, "2026-11-17", e4)
    c.vitals("2026-11-17", e4, wt=60.2)
    c.note("2026-11-17", ntype("progress"), "Pediatric GI follow-up", """
HARBOURVIEW PEDIATRIC GI - FOLLOW-UP      11/17/2026
Ileal Crohn's disease diagnosed 09/10/2026 (ileocolonoscopy, granulomas). Completed 8 weeks EEN, on
adalimumab since 10/15. Abdominal pain resolved, 1-2 formed stools/day, back at school full time.
Weight 60.2 kg (+2.8 kg). CRP 3. PCDAI 10 (37.5 at diagnosis) - clinical remission.
Plan: continue adalimumab, trough level before 4th maintenance dose. Transition readiness checklist started.""",
           gi, enc=e4, custodian=b["clinic"], related=[colo])
    c.note("2026-08-12", ntype("school"), "School absence note", """
Ethan Caron was seen in our clinic and has been unwell with abdominal symptoms under investigation.
Please excuse his absences during summer school (6 days). Harbourview Pediatric GI.""", gi, custodian=b["clinic"])


def aya_dsm_nm(c):
    b = aya_base(c, "Pelletier", "Olivia", "female", "2008-05-22", "Portland",
                 [("endo", "Marchetti", "Laura", ("MD", "Doctor of Medicine"), "Pediatric Endocrinology"),
                  ("gi", "Haddad", "Rami", ("MD", "Doctor of Medicine"), "Pediatric Gastroenterology")],
                 parent=("Anne", "MTH"))
    endo, gi = b["endo"], b["gi"]
    t1 = c.condition(cc(icd10cm("E10.9", "Type 1 diabetes mellitus without complications"),
                        sct("46635009", "Diabetes mellitus type 1")), "2017-03-04", recorder=endo)
    fat = c.condition(cc(icd10cm("R53.83", "Other fatigue"), sct("84229001", "Fatigue")), "2026-01-20",
                      recorded="2026-02-10", status="resolved", abated="2026-04-30", recorder=endo,
                      note="Resolved: explained by celiac disease (dx 04/2026).")
    cel = c.condition(cc(icd10cm("K90.0", "Celiac disease"), sct("396331005", "Celiac disease")), "2026-04-22",
                      recorder=gi)
    c.medreq(cc(text="insulin lispro via insulin pump, with continuous glucose monitor"),
             "2025-09-01", endo, "Basal-bolus via pump per settings", reason_ref=[t1], course="continuous")
    e1 = c.encounter("2026-02-10", who=endo, provider=b["clinic"], type_cc=cc(text="Diabetes transition clinic"),
                     reason=cc(text="Tiredness"), diagnoses=[fat])
    c.lab("a1c", 7.8, "2026-02-10", e1)
    c.lab("tsh", 2.0, "2026-02-10", e1)
    c.vitals("2026-02-10", e1, wt=54.0, ht=165)
    e2 = c.encounter("2026-03-20", who=endo, provider=b["clinic"], type_cc=cc(text="Diabetes transition clinic"),
                     reason=cc(text="Fatigue follow-up, annual celiac screen"))
    ttg = c.lab("ttg", 148, "2026-03-20", e2)
    ema = c.obs(cc(coding(AYA + "lab", "EMA", "Endomysial antibody IgA")), "2026-03-20", value_str="Positive 1:160",
                interp="POS", enc=e2)
    c.lab("hgb", 11.6, "2026-03-20", e2)
    c.lab("ferritin", 9, "2026-03-20", e2)
    egd = c.proc(cc(cpt("43239", "Esophagogastroduodenoscopy, flexible, transoral; with biopsy, single or multiple")),
                 "completed", "2026-04-22", performer=gi, reason_ref=[ttg, ema])
    c.report(cc(loinc("60568-3", "Pathology Synoptic report"), text="Duodenal biopsies"), "2026-04-24", "SP",
             conclusion="Villous atrophy with crypt hyperplasia and intraepithelial lymphocytosis, Marsh 3b, "
                        "consistent with celiac disease.", performer=b["peds"])
    c.note("2026-04-30", ntype("consult"), "Pediatric GI consult - celiac disease", """
HARBOURVIEW PEDIATRIC GI - CONSULT      04/30/2026
17 yo with T1D, fatigue since January, tTG-IgA 148 (>10x ULN), EMA positive, iron deficiency (ferritin 9).
EGD 04/22: Marsh 3b. Diagnosis: celiac disease, explains fatigue and iron deficiency.
Plan: strict gluten-free diet with dietitian, oral iron, repeat tTG in 6 months.""", gi, custodian=b["clinic"],
           related=[egd])
    c.medreq(cc(text="ferrous sulfate 325 mg tablet"), "2026-04-30", gi, "325 mg by mouth every other day",
             reason_ref=[cel], status="completed", course="acute")
    e3 = c.encounter("2026-09-15", who=endo, provider=b["clinic"], type_cc=cc(text="Diabetes transition clinic"),
                     reason=cc(text="T1D and celiac follow-up"))
    c.lab("ttg", 32, "2026-09-15", e3)
    c.lab("hgb", 12.9, "2026-09-15", e3)
    c.lab("ferritin", 34, "2026-09-15", e3)
    c.lab("a1c", 7.4, "2026-09-15", e3)
    c.vitals("2026-09-15", e3, wt=56.1)
    c.note("2026-09-15", ntype("progress"), "Diabetes transition clinic note", """
HARBOURVIEW AYA TRANSITION CLINIC - DIABETES      09/15/2026
Energy back to normal since starting gluten-free diet (May). Back on the track team.
tTG-IgA 32 (148 in March), Hgb 12.9, ferritin 34. A1c 7.4% (7.8%). Weight +2 kg.
Problems: T1D on pump/CGM; celiac disease on GFD. Fatigue resolved.
Transition: turned 18 in May; first adult endocrinology visit 01/2027; self-management checklist 8/10.""", endo, enc=e3,
           custodian=b["clinic"])


def aya_mpp_nm(c):
    b = aya_base(c, "Gagnon", "Noah", "male", "2008-11-30", "Biddeford",
                 [("am", "Reardon", "Kathleen", ("MD", "Doctor of Medicine"), "Adolescent Medicine"),
                  ("derm", "Sato", "Emily", ("MD", "Doctor of Medicine"), "Dermatology"),
                  ("orth", "Brennan", "Patrick", ("MD", "Doctor of Medicine"), "Pediatric Orthopedics")],
                 parent=("Michelle", "MTH"))
    am, derm, orth = b["am"], b["derm"], b["orth"]
    adhd = c.condition(cc(icd10cm("F90.0", "Attention-deficit hyperactivity disorder, predominantly inattentive type")),
                       "2016-02-01", recorder=am)
    c.condition(cc(icd10cm("M41.125", "Adolescent idiopathic scoliosis, thoracolumbar region")), "2021-09-01",
                recorder=orth, note="Cobb 18 degrees, Risser 5 (06/2026): no bracing or surgery indicated.")
    nev = c.condition(cc(icd10cm("D22.5", "Melanocytic nevi of trunk"), text="Atypical melanocytic nevus, upper back"),
                      "2026-10-27", recorder=derm)
    c.medreq(cc(rx("6901", "methylphenidate"), text="methylphenidate ER 36 mg tablet"), "2026-06-01", am,
             "36 mg by mouth every morning", reason_ref=[adhd], course="continuous")
    xr = c.obs(cc(coding(AYA + "rad", "COBB", "Cobb angle, thoracolumbar curve")), "2026-06-16", value=18, unit="deg",
               ucum="deg", category="imaging")
    c.report(cc(coding(AYA + "rad", "XR-SCOLI", "XR spine scoliosis series")), "2026-06-16", "RAD", results=[xr],
             conclusion="Thoracolumbar curve 18 degrees, unchanged from 2024. Risser 5 (skeletally mature).")
    c.note("2026-06-16", ntype("progress"), "Pediatric orthopedics note", """
HARBOURVIEW CHILDREN'S - PEDIATRIC ORTHOPEDICS      06/16/2026
Adolescent idiopathic scoliosis, thoracolumbar curve 18 degrees, stable over 2 years, skeletally mature.
No bracing and no surgery indicated. Discharged from orthopedic follow-up; core strengthening encouraged.""",
           orth, custodian=b["peds"])
    e1 = c.encounter("2026-10-27", who=derm, provider=b["clinic"], type_cc=cc(text="Dermatology clinic"),
                     reason=cc(text="Changing mole on back"))
    c.obs(cc(coding(AYA + "derm", "DERMOSCOPY", "Dermoscopy of pigmented lesion")), "2026-10-27",
          value_str="7 mm, asymmetric pigment network, irregular border; no regression structures", category="exam",
          enc=e1, performer=derm)
    sr = c.sreq(cc(cpt("11402", "Excision, benign lesion including margins, trunk, arms or legs; excised diameter "
                                "1.1 to 2.0 cm"),
                   text="Excisional biopsy of atypical nevus, upper back, under local anesthesia (clinic procedure "
                        "room)"), "active", "order", "2026-10-27", derm, occurrence="2026-12-15", reason_ref=[nev],
                enc=e1, performer=derm,
                note="Office procedure, lidocaine 1% with epinephrine, 2 mm margins, simple closure. No sedation.")
    c.appointment("2026-12-15", "2026-12-15", "Skin excision (procedure room, 30 min)", [derm], based_on=[sr],
                  start_time="14:00", end_time="14:30")
    c.note("2026-10-27", ntype("consult"), "Dermatology consult", """
HARBOURVIEW DERMATOLOGY      10/27/2026
17 yo with changing mole on upper back noticed by mother. Fitzpatrick II, > 50 nevi.
Dermoscopy: 7 mm lesion with asymmetric network and irregular border. Other nevi benign-appearing.
Plan: excisional biopsy under local anesthesia in clinic procedure room on 12/15. Sun protection counselling.
Total-body skin check yearly.""", derm, enc=e1, custodian=b["clinic"])
    e2 = c.encounter("2026-11-10", who=am, provider=b["clinic"], type_cc=cc(text="Transition clinic visit"),
                     reason=cc(text="Transition planning, ADHD"))
    c.vitals("2026-11-10", e2, bp=(118, 70), hr=76, wt=68.0, ht=180)
    c.note("2026-11-10", ntype("progress"), "Transition clinic note", """
HARBOURVIEW AYA TRANSITION CLINIC      11/10/2026
Almost 18. ADHD well controlled on methylphenidate ER 36 mg, senior year going well, plans community
college. Scoliosis: discharged from orthopedics (stable 18 degrees). Mole excision booked 12/15.
Transition: adult primary care identified; medication self-management reviewed.""", am, enc=e2,
           custodian=b["clinic"])


def aya_hit_nm(c):
    b = aya_base(c, "Okoro", "Jasmine", "female", "2007-03-09", "South Portland",
                 [("derm", "Sato", "Emily", ("MD", "Doctor of Medicine"), "Dermatology"),
                  ("am", "Reardon", "Kathleen", ("MD", "Doctor of Medicine"), "Adolescent Medicine")])
    derm = b["derm"]
    pso = c.condition(cc(icd10cm("L40.0", "Psoriasis vulgaris"), sct("9014002", "Psoriasis")),
                      "2021-04-01", recorder=derm)
    c.condition(cc(icd10cm("J30.2", "Other seasonal allergic rhinitis")), "2016-04-01", recorder=b["am"])
    c.medstmt(cc(text="clobetasol 0.05% ointment"), "completed", "2021-04-01", "twice daily to plaques",
              end="2026-08-20", reason_ref=[pso])
    c.medstmt(cc(text="ethinyl estradiol / levonorgestrel tablets"), "active", "2025-02-01", "1 tablet daily")
    e1 = c.encounter("2026-08-18", who=derm, provider=b["clinic"], type_cc=cc(text="Dermatology clinic"),
                     reason=cc(text="Psoriasis not controlled with topicals"))
    c.vitals("2026-08-18", e1, bp=(114, 72), wt=70.5, ht=168)
    c.score(cc(coding(AYA + "derm", "PASI", "Psoriasis Area and Severity Index")), "2026-08-18", 14.2, enc=e1,
            category="exam")
    c.score(cc(coding(AYA + "derm", "DLQI", "Dermatology Life Quality Index total score")), "2026-08-18", 18, enc=e1,
            ref_text="0-30; higher is worse")
    for k, v in (("alt", 18), ("ast", 20), ("creat", 0.7), ("hgb", 13.4), ("wbc", 6.8), ("plt", 254)):
        c.lab(k, v, "2026-08-18", e1)
    c.obs(cc(coding(AYA + "lab", "HCG", "hCG, serum, qualitative")), "2026-08-18", value_str="Negative",
          interp="NEG", enc=e1)
    mtx = c.medreq(cc(rx("6851", "methotrexate"), text="methotrexate 25 mg/mL prefilled syringe"), "2026-08-20",
                   derm, "15 mg subcutaneously once weekly (Sundays)", reason_ref=[pso],
                   route=cc(sct("34206005", "Subcutaneous route")), dose=(15, "mg", "mg"), freq=1, period=1,
                   unit="wk", course="continuous")
    c.medreq(cc(rx("4511", "folic acid"), text="folic acid 5 mg tablet"), "2026-08-20", derm,
             "5 mg by mouth once weekly, 48 h after methotrexate", reason_ref=[pso], course="continuous")
    c.note("2026-08-18", ntype("consult"), "Dermatology note - systemic therapy", """
HARBOURVIEW DERMATOLOGY      08/18/2026
19 yo with chronic plaque psoriasis since age 14. PASI 14.2, BSA 12%, DLQI 18 (avoids swimming, stopped
wearing shorts). Topical steroids and vitamin D analogue insufficient.
Plan: low-dose weekly methotrexate 15 mg SC (immunomodulatory dose for psoriasis) + folic acid weekly.
Counselled: no alcohol, reliable contraception (on COC), labs every 4 weeks x3 then every 3 months.
Biologic if inadequate response at 16 weeks.""", derm, enc=e1, custodian=b["clinic"])
    for d, alt in (("2026-09-17", 24), ("2026-10-15", 31)):
        c.lab("alt", alt, d)
    e2 = c.encounter("2026-11-17", who=derm, provider=b["clinic"], type_cc=cc(text="Dermatology clinic"),
                     reason=cc(text="Methotrexate follow-up"))
    c.score(cc(coding(AYA + "derm", "PASI", "Psoriasis Area and Severity Index")), "2026-11-17", 5.1, enc=e2,
            category="exam")
    c.score(cc(coding(AYA + "derm", "DLQI", "Dermatology Life Quality Index total score")), "2026-11-17", 7, enc=e2,
            ref_text="0-30; higher is worse")
    c.lab("alt", 34, "2026-11-17", e2)
    c.lab("wbc", 6.1, "2026-11-17", e2)
    c.note("2026-11-17", ntype("progress"), "Dermatology follow-up", """
HARBOURVIEW DERMATOLOGY      11/17/2026
13 weeks on methotrexate 15 mg SC weekly. Mild nausea day after injection, otherwise well.
PASI 5.1 (14.2), DLQI 7 (18). ALT 34, CBC normal. Plan: continue, labs every 3 months.""", derm, enc=e2,
           custodian=b["clinic"])


def aya_prc_pos(c):
    b = aya_base(c, "Leclerc", "Sophie", "female", "2008-01-17", "Portland",
                 [("achd", "Varga", "Miklos", ("MD", "Doctor of Medicine"), "Adult Congenital Heart Disease"),
                  ("am", "Reardon", "Kathleen", ("MD", "Doctor of Medicine"), "Adolescent Medicine")])
    achd = b["achd"]
    pedcard = c.practitioner("Ouellette", "Renee", qual=("MD", "Doctor of Medicine"), specialty="Pediatric Cardiology")
    bav = c.condition(cc(icd10cm("Q23.81", "Bicuspid aortic valve"), text="Bicuspid aortic valve (R-L fusion) with "
                                                                         "moderate aortic stenosis"),
                      "2012-06-01", recorder=achd)
    c.note("2026-01-15", ntype("handover"), "Pediatric cardiology handover summary", """
HARBOURVIEW CHILDREN'S - PEDIATRIC CARDIOLOGY HANDOVER SUMMARY      01/15/2026
Diagnosis: bicuspid aortic valve (right-left coronary cusp fusion), found at age 4 for a murmur.
Course: mild AS through childhood (peak velocity 2.6 m/s in 2022, 3.0 m/s in 2025). No intervention.
Activities: plays varsity soccer. Handed over to adult congenital heart disease (ACHD) clinic.
R. Ouellette, MD""", pedcard, custodian=b["peds"])
    tte = c.obs(cc(coding(AYA + "echo", "AV-VMAX", "Aortic valve peak velocity")), "2026-10-06", value=3.4,
                unit="m/s", ucum="m/s", high=2.5, category="imaging")
    mg = c.obs(cc(coding(AYA + "echo", "AV-MG", "Aortic valve mean gradient")), "2026-10-06", value=25,
               unit="mm[Hg]", ucum="mm[Hg]", high=20, category="imaging")
    asc = c.obs(cc(coding(AYA + "echo", "ASC-AO", "Ascending aorta diameter")), "2026-10-06", value=36, unit="mm",
                ucum="mm", category="imaging", note="Z-score 2.1")
    ef = c.obs(cc(loinc("10230-1", "Left ventricular Ejection fraction")), "2026-10-06", value=64, unit="%",
               ucum="%", low=52, category="imaging")
    c.report(cc(loinc("34552-0", "Cardiac 2D echo panel"), text="Transthoracic echocardiogram"), "2026-10-06", "CUS",
             results=[tte, mg, asc, ef], interpreter=achd,
             conclusion="Bicuspid aortic valve with moderate stenosis (Vmax 3.4 m/s, MG 25 mmHg), mild AR. "
                        "Mildly dilated ascending aorta 36 mm. Normal LV size and function.")
    c.obs(cc(coding(AYA + "cpet", "VO2PEAK", "Peak oxygen uptake (CPET)")), "2026-10-20", value=42,
                 unit="mL/kg/min", ucum="mL/kg/min", category="procedure",
                 note="Cardiopulmonary exercise study: normal BP response, no arrhythmia, no ST changes.")
    e1 = c.encounter("2026-10-27", who=achd, provider=b["clinic"], type_cc=cc(text="ACHD clinic"),
                     reason=cc(text="BAV follow-up, sports participation"))
    c.vitals("2026-10-27", e1, bp=(112, 68), hr=58, wt=60.0, ht=170)
    c.lab("hgb", 13.2, "2026-10-27", e1)
    c.lab("ferritin", 38, "2026-10-27", e1)
    c.note("2026-10-27", ntype("consult"), "ACHD clinic note", """
HARBOURVIEW ACHD CLINIC      10/27/2026
18 yo soccer player with BAV. Echo 10/06: moderate AS (Vmax 3.4 m/s, MG 25 mmHg), mild AR, ascending aorta
36 mm. CPET 10/20 normal (peak VO2 42, normal BP response, no arrhythmia). Asymptomatic.
Recommendation: given moderate AS with progression, advise against high-intensity competitive sport
(varsity/college soccer); low-to-moderate intensity activity fine. Repeat echo in 12 months.
She is upset; wants to play college soccer next year.""", achd, enc=e1, custodian=b["clinic"])
    c.communication("2026-11-08", c.patient_ref, achd,
                    "Hi Dr. Varga, I've been thinking about what you said at my last visit. My exercise study was "
                    "normal and I feel totally fine. Before I give up soccer I would really like a second opinion "
                    "from another heart doctor, maybe a sports cardiologist. It feels like nobody is listening to "
                    "what matters to me. Can you refer me? - Sophie",
                    category=cc(coding(COMMCAT, "notification", "Notification"), text="Patient portal message"),
                    topic=txt("Request for second opinion"), about=[bav],
                    medium=cc(coding("http://terminology.hl7.org/CodeSystem/v3-ParticipationMode", "ELECTRONIC",
                                     "electronic data")))


def aya_prc_nm(c):
    b = aya_base(c, "Bouchard", "Lucas", "male", "2009-06-25", "Westbrook",
                 [("neuro", "Kaplan", "Deborah", ("MD", "Doctor of Medicine"), "Pediatric Neurology"),
                  ("am", "Reardon", "Kathleen", ("MD", "Doctor of Medicine"), "Adolescent Medicine")],
                 parent=("Julie", "MTH"))
    neuro, mom = b["neuro"], b["parent"]
    epi = c.condition(cc(icd10cm("G40.009", "Localization-related (focal) (partial) idiopathic epilepsy and epileptic "
                                            "syndromes with seizures of localized onset, not intractable, without "
                                            "status epilepticus"), sct("84757009", "Epilepsy")),
                      "2021-03-10", recorder=neuro, note="Last seizure 05/2024.")
    c.medreq(cc(rx("114477", "levetiracetam"), text="levetiracetam 750 mg tablet"), "2026-01-05", neuro,
             "750 mg by mouth twice daily", reason_ref=[epi], course="continuous")
    eeg = c.obs(cc(coding(AYA + "neuro", "EEG-RESULT", "EEG interpretation")), "2026-06-02",
                value_str="Normal awake and drowsy EEG", category="procedure")
    c.report(cc(loinc("11523-8", "EEG study"), text="Routine EEG"), "2026-06-02", "OTH", results=[eeg],
             interpreter=neuro, conclusion="Normal EEG. No epileptiform discharges.")
    e1 = c.encounter("2026-10-28", who=neuro, provider=b["clinic"], type_cc=cc(text="Neurology transition visit"),
                     reason=cc(text="Epilepsy follow-up and transition planning"))
    c.vitals("2026-10-28", e1, bp=(116, 70), wt=66.0, ht=176)
    c.lab("hgb", 14.8, "2026-10-28", e1)
    c.lab("plt", 231, "2026-10-28", e1)
    c.lab("alt", 21, "2026-10-28", e1)
    c.qresp("https://ehr.harbourview-aya.example/Questionnaire/transition-readiness-patient|2.0", "2026-10-28",
            c.patient_ref, [
                ("1", "Do you know the name and dose of your medicines?", YES),
                ("2", "Do you refill your own prescriptions?", NO),
                ("3", "Do you feel listened to by your care team?", YES),
                ("4", "Would you like a second opinion about your diagnosis or treatment?", NO),
                ("5", "What would you like to talk about today?", "Getting my driver's license and college")],
            source=c.patient_ref, enc=e1)
    c.qresp("https://ehr.harbourview-aya.example/Questionnaire/transition-readiness-parent|2.0", "2026-10-28", mom, [
        ("1", "Does your child manage their own medicines?", YES),
        ("2", "Would you like a second opinion about your child's diagnosis or treatment?", NO),
        ("3", "Any concerns about moving to adult care?", "Who to call if he has a seizure at college")],
        source=mom, enc=e1)
    c.note("2026-10-28", ntype("progress"), "Neurology transition note", """
HARBOURVIEW AYA TRANSITION CLINIC - NEUROLOGY      10/28/2026
17 yo with focal epilepsy, seizure-free since 05/2024 on levetiracetam 750 mg BID. EEG 06/2026 normal.
Mood fine on levetiracetam. Transition readiness questionnaires (patient and mother) reviewed: both satisfied
with care, no request for second opinion; questions about driving and college.
Plan: continue levetiracetam; eligible for driver's license per state rules (seizure-free > 6 months);
seizure action plan for college; adult neurology referral at 18.""", neuro, enc=e1, custodian=b["clinic"])


def aya_wdt_pos(c):
    b = aya_base(c, "Morin", "Tyler", "male", "2007-04-12", "Portland",
                 [("gi", "Haddad", "Rami", ("MD", "Doctor of Medicine"), "Gastroenterology (pediatric/transition)"),
                  ("rn", "Pike", "Laurie", ("RN", "Registered Nurse"), "IBD nurse")], payor="medicaid")
    gi, rn = b["gi"], b["rn"]
    cd = c.condition(cc(icd10cm("K50.80", "Crohn's disease of both small and large intestine without complications"),
                        sct("34000006", "Crohn's disease"), text="Ileocolonic Crohn's disease (Paris A1b L3 B1)"),
                     "2021-11-15", recorder=gi)
    c.medstmt(cc(rx("327361", "adalimumab"), text="adalimumab 40 mg/0.4 mL pen"), "active", "2024-03-01",
              "40 mg subcutaneously every 2 weeks", reason_ref=[cd], asserted="2026-11-10",
              note="Self-injects; pharmacy dispensing on schedule; no missed doses reported.")
    mrq = c.medreq(cc(rx("327361", "adalimumab"), text="adalimumab 40 mg/0.4 mL pen"), "2026-03-01", gi,
                   "40 mg subcutaneously every 2 weeks", reason_ref=[cd], course="continuous", refills=11,
                   route=cc(sct("34206005", "Subcutaneous route")))
    c.note("2025-06-10", ntype("handover"), "Pediatric IBD handover summary", """
HARBOURVIEW CHILDREN'S - PEDIATRIC IBD HANDOVER      06/10/2025
Ileocolonic Crohn's disease diagnosed 11/2021 (age 14). Induction EEN, azathioprine 2022-2023 (stopped: 
pancreatitis). Adalimumab since 03/2024 with clinical and biochemical remission (calprotectin 90 in 2025).
Handed over to the AYA transition IBD clinic.""", gi, custodian=b["peds"])
    for d, hbi, cal, crp, hgb, wt in (("2026-05-06", 4, 180, 6, 13.8, 68.0), ("2026-08-12", 8, 620, 14, 13.1, 66.2),
                                      ("2026-11-10", 12, 1150, 27, 12.1, 64.5)):
        e = c.encounter(d, who=gi, provider=b["clinic"], type_cc=cc(text="IBD transition clinic"),
                        reason=cc(text="Crohn's disease follow-up"))
        c.score(cc(coding(AYA + "ibd", "HBI", "Harvey-Bradshaw Index")), d, hbi, enc=e,
                ref_text="< 5 remission; 5-7 mild; 8-16 moderate; > 16 severe")
        c.lab("calpro", cal, d, e)
        c.lab("crp", crp, d, e)
        c.lab("hgb", hgb, d, e)
        c.vitals(d, e, wt=wt)
        c.medadmin(cc(rx("327361", "adalimumab"), text="adalimumab 40 mg pen"), d, (40, "mg", "mg"),
                   route=cc(sct("34206005", "Subcutaneous route")), request=mrq, performer=rn, enc=e,
                   note="Scheduled dose self-injected in clinic under IBD nurse observation.", time="11:00")
        last = e
    c.obs(cc(coding(AYA + "lab", "ADA-TROUGH", "Adalimumab trough level")), "2026-11-10", value=2.1, unit="ug/mL",
          ucum="ug/mL", low=5, enc=last)
    c.obs(cc(coding(AYA + "lab", "ADA-AB", "Anti-adalimumab antibodies")), "2026-11-10", value=14, unit="U/mL",
          ucum="U/mL", high=10, enc=last, interp="POS")
    c.note("2026-11-10", ntype("progress"), "IBD transition clinic note", """
HARBOURVIEW AYA TRANSITION CLINIC - IBD      11/10/2026
19 yo college sophomore, ileocolonic Crohn's on adalimumab 40 mg every 2 weeks since 03/2024, adherent
(observed injections today, pharmacy records on time).
Since the summer: 5-6 liquid stools/day, abdominal cramps, fatigue, weight 64.5 kg (68 in May).
HBI 12 (8 in Aug, 4 in May). Calprotectin 1150 (620, 180). CRP 27. Hgb 12.1.
Adalimumab trough 2.1 ug/mL with anti-drug antibodies.
Assessment: worsening Crohn's disease despite ongoing adalimumab - secondary loss of response.
Plan: MR enterography, switch of advanced therapy to be discussed at IBD conference; college letter.""",
           gi, enc=last, custodian=b["clinic"])
    c.note("2026-11-11", ntype("school"), "College absence letter", """
To the Office of Student Accessibility Services:
Tyler Morin is under our care for a chronic inflammatory bowel condition that is currently active. He missed
classes on several days in October and November for medical reasons. Please allow extensions and a seat near
the exit during exams. R. Haddad, MD""", gi, custodian=b["clinic"])


def aya_roc_pos(c):
    b = aya_base(c, "Dufresne", "Emma", "female", "2008-08-08", "Portland",
                 [("cf", "Whitaker", "Jonathan", ("MD", "Doctor of Medicine"), "Pulmonology (Cystic Fibrosis Center)"),
                  ("endo", "Marchetti", "Laura", ("MD", "Doctor of Medicine"), "Endocrinology")],
                 parent=("Nicole", "MTH"))
    cfdoc, endo = b["cf"], b["endo"]
    cf = c.condition(cc(icd10cm("E84.0", "Cystic fibrosis with pulmonary manifestations"),
                        sct("190905008", "Cystic fibrosis"), orpha("586", "Cystic fibrosis")),
                     "2008-08-20", recorder=cfdoc, note="Newborn screening positive; sweat chloride 112 mmol/L. "
                                                         "CFTR F508del/F508del.")
    pi = c.condition(cc(icd10cm("K86.81", "Exocrine pancreatic insufficiency")), "2008-09-01", recorder=cfdoc)
    cfrd = c.condition(cc(icd10cm("E13.9", "Other specified diabetes mellitus without complications"),
                          text="Cystic fibrosis-related diabetes (CFRD)"), "2023-05-01", recorder=endo)
    c.condition(cc(icd10cm("B96.5", "Pseudomonas (aeruginosa) (mallei) (pseudomallei) as the cause of diseases "
                                    "classified elsewhere"), text="Chronic Pseudomonas aeruginosa airway infection"),
                "2019-01-01", recorder=cfdoc)
    c.obs(cc(coding(AYA + "genetics", "CFTR", "CFTR genotype")), "2008-09-05", value_str="F508del / F508del",
          category="laboratory", interp="A")
    for text_, dose, reason in (("elexacaftor/tezacaftor/ivacaftor + ivacaftor tablets",
                                 "2 orange tablets in the morning, 1 blue tablet in the evening, with fat-containing "
                                 "food", cf),
                                ("pancrelipase 24,000 lipase units capsules", "3 capsules with meals, 2 with snacks", pi),
                                ("dornase alfa 2.5 mg nebulized", "2.5 mg inhaled once daily", cf),
                                ("insulin lispro via pen", "carbohydrate ratio 1:12 with meals", cfrd),
                                ("ADEK multivitamin", "1 capsule daily", pi)):
        c.medreq(cc(text=text_), "2026-10-14", cfdoc if reason is not cfrd else endo, dose, reason_ref=[reason],
                 course="continuous")
    c.note("2026-08-25", ntype("handover"), "Pediatric CF center handover summary", """
HARBOURVIEW CHILDREN'S CYSTIC FIBROSIS CENTER - TRANSFER SUMMARY      08/25/2026
Diagnosis: cystic fibrosis (F508del homozygous), pancreatic insufficient, CFRD since 2023, chronic
P. aeruginosa. Elexacaftor/tezacaftor/ivacaftor since 2021: FEV1 rose from 68% to 82-85% predicted, sweat
chloride 38. Last pulmonary exacerbation requiring IV antibiotics: 2022.
Transfer to adult CF program (transition clinic) 10/2026. Care team: CF pulmonology, endocrine, dietitian,
social work, respiratory therapy.""", cfdoc, custodian=b["peds"])
    e1 = c.encounter("2026-10-14", who=cfdoc, provider=b["clinic"], type_cc=cc(text="Adult CF program - first visit"),
                     reason=cc(text="Transfer of care, cystic fibrosis"))
    c.obs(cc(coding(AYA + "pft", "FEV1-PCT", "FEV1 percent predicted (GLI)")), "2026-10-14", value=84, unit="%",
          ucum="%", low=80, category="procedure", enc=e1)
    c.vitals("2026-10-14", e1, wt=55.0, ht=164, bmi=20.4, spo2=98)
    c.lab("a1c", 6.4, "2026-10-14", e1)
    c.obs(cc(coding(AYA + "micro", "SPUTUM", "Sputum culture")), "2026-10-14", value_str="Pseudomonas aeruginosa, "
                                                                                         "non-mucoid", enc=e1,
          interp="A")
    c.note("2026-10-14", ntype("progress"), "Adult CF program note", """
HARBOURVIEW AYA TRANSITION CLINIC - ADULT CF PROGRAM      10/14/2026
18 yo with CF (F508del/F508del) transferring from the pediatric CF center. Well on ETI.
FEV1 84% predicted, BMI 20.4, A1c 6.4% on prandial insulin. Sputum: P. aeruginosa.
Plan: continue ETI, airway clearance, dornase; CFRD per endocrine; quarterly CF clinic; college
accommodation letter.""", cfdoc, enc=e1, custodian=b["clinic"])


def aya_roc_nm(c):
    b = aya_base(c, "Fortier", "Owen", "male", "2010-03-03", "Saco",
                 [("gen", "Lindqvist-Moore", "Hannah", ("MD", "Doctor of Medicine"), "Medical Genetics"),
                  ("card", "Varga", "Miklos", ("MD", "Doctor of Medicine"), "Pediatric Cardiology"),
                  ("am", "Reardon", "Kathleen", ("MD", "Doctor of Medicine"), "Adolescent Medicine")],
                 parent=("Sarah", "MTH"))
    gen, card = b["gen"], b["card"]
    mfs = c.condition(cc(icd10cm("Q87.40", "Marfan's syndrome, unspecified"), orpha("558", "Marfan syndrome")),
                      "2026-04-14", status=None, ver="refuted", cat="encounter-diagnosis", recorder=gen,
                      recorded="2026-06-30",
                      note="Suspected 04/2026 (tall stature, hypermobility). Excluded 06/30/2026: revised Ghent "
                           "criteria not met, FBN1/HTAD panel negative.")
    c.condition(cc(icd10cm("E34.4", "Constitutional tall stature")), "2026-06-30", recorder=gen)
    c.condition(cc(coding(AYA + "problem", "GJH", "Generalized joint hypermobility, non-syndromic"),
                   text="Generalized joint hypermobility (Beighton 6/9), non-syndromic"), "2026-06-30", recorder=gen)
    e0 = c.encounter("2026-04-14", who=b["am"], provider=b["clinic"], type_cc=cc(text="Adolescent medicine visit"),
                     reason=cc(text="Tall stature, sports physical"))
    c.vitals("2026-04-14", e0, ht=193, wt=72.0, bp=(118, 66))
    ao = c.obs(cc(coding(AYA + "echo", "AO-ROOT-Z", "Aortic root diameter Z-score (sinuses of Valsalva)")),
               "2026-05-19", value=0.8, unit="{Z-score}", ucum="{Z-score}", high=2.0, category="imaging")
    c.report(cc(loinc("34552-0", "Cardiac 2D echo panel"), text="Transthoracic echocardiogram"), "2026-05-19", "CUS",
             results=[ao], interpreter=card, conclusion="Normal aortic root (31 mm, Z 0.8). No mitral valve prolapse. "
                                                        "Normal biventricular function.")
    c.obs(cc(coding(AYA + "eye", "SLITLAMP", "Slit-lamp examination for ectopia lentis")), "2026-05-26",
          value_str="No ectopia lentis; axial length normal", category="exam", interp="N")
    c.obs(cc(coding(AYA + "genetics", "GHENT-SYS", "Revised Ghent systemic score")), "2026-06-30", value_int=4,
          category="exam", ref_text=">= 7 contributes to diagnosis")
    gene = c.obs(cc(coding(AYA + "genetics", "HTAD-PANEL", "Heritable thoracic aortic disease gene panel incl. FBN1, "
                                                            "TGFBR1, TGFBR2, SMAD3, COL3A1")), "2026-06-24",
                 value_str="No pathogenic or likely pathogenic variant detected", category="laboratory", interp="N")
    c.report(cc(coding(AYA + "genetics", "HTAD-PANEL", "Heritable thoracic aortic disease gene panel")), "2026-06-24",
             "GE", results=[gene], conclusion="Negative.")
    e1 = c.encounter("2026-06-30", who=gen, provider=b["clinic"], type_cc=cc(text="Genetics clinic"),
                     reason=cc(text="Evaluation for Marfan syndrome"), diagnoses=[mfs])
    c.note("2026-06-30", ntype("consult"), "Medical genetics consult", """
HARBOURVIEW MEDICAL GENETICS      06/30/2026
16 yo referred for possible Marfan syndrome (height 193 cm, long arms, flexible joints). Father 190 cm, healthy.
Findings: aortic root Z 0.8 (echo 05/19), no ectopia lentis (05/26), systemic score 4 (wrist and thumb signs,
mild pectus), Beighton 6/9. FBN1 and HTAD panel negative.
Conclusion: Marfan syndrome excluded by revised Ghent criteria; no other heritable connective tissue disorder
identified. Constitutional tall stature with non-syndromic joint hypermobility.
Plan: no further cardiology surveillance required; sports without restriction; discharge.""", gen, enc=e1,
           custodian=b["clinic"])
    e2 = c.encounter("2026-09-08", who=b["am"], provider=b["clinic"], type_cc=cc(text="Adolescent medicine visit"),
                     reason=cc(text="Sports clearance"))
    c.vitals("2026-09-08", e2, ht=194, wt=73.5, bp=(116, 68), hr=62)


def _case(key, fn, target, kind, expected, why, summary):
    return {"key": key, "org": "aya", "build": fn, "target": target, "kind": kind, "expected": expected,
            "why": why, "summary": summary}


CASES = [
    _case("aya-01", aya_psnw_pos, "PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "positive", ["PERSISTENT_SYMPTOMS_NORMAL_WORKUP"],
          "Joint pain recorded at four visits over 6 months (2026-04 to 2026-10) with school absences; labs, "
          "serology, radiographs, ultrasound and rheumatology review all normal and no diagnosis made.",
          "6 months of polyarthralgia, school absences, entirely normal work-up, 'no diagnosis'"),
    _case("aya-02", aya_psnw_nm, "PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "near-miss", [],
          "Abdominal pain on three dates over > 8 weeks, but calprotectin and CRP became abnormal and ileocolonoscopy "
          "on 2026-09-10 diagnosed ileal Crohn's disease, which explains the symptoms; now in remission.",
          "abdominal pain explained by newly diagnosed Crohn's disease"),
    _case("aya-03", aya_dsm_nm, "DIAGNOSIS_SYMPTOM_MISMATCH", "near-miss", [],
          "The catch-all 'fatigue' label (R53.83, recorded 2026-02-10) was resolved after 79 days when celiac "
          "disease was confirmed (tTG-IgA, EMA, Marsh 3b); the fatigue resolved on a gluten-free diet.",
          "type 1 diabetes; fatigue label replaced by confirmed celiac disease"),
    _case("aya-04", aya_mpp_nm, "MAJOR_PROCEDURE_PLANNED", "near-miss", [],
          "The only planned procedure is a minor clinic excisional biopsy of a naevus under local anaesthesia "
          "(CPT 11402); the scoliosis (18 degrees, skeletally mature) has no surgical indication.",
          "minor naevus excision under local anaesthesia booked; scoliosis without surgical indication"),
    _case("aya-05", aya_hit_nm, "HIGH_IMPACT_TREATMENT", "near-miss", [],
          "Low-dose weekly methotrexate (15 mg SC) for psoriasis is an immunomodulator, not chemotherapy; no other "
          "high-impact treatment and quality of life improved (DLQI 18 -> 7).",
          "psoriasis started on low-dose weekly methotrexate; DLQI improving"),
    _case("aya-06", aya_prc_pos, "PATIENT_REPORTED_CONCERN", "positive", ["PATIENT_REPORTED_CONCERN"],
          "Patient-authored portal message (2026-11-08) asks for a second opinion from another cardiologist before "
          "giving up soccer and says nobody is listening; no second opinion on record.",
          "bicuspid aortic valve, told to stop competitive soccer; portal message asking for a second opinion"),
    _case("aya-07", aya_prc_nm, "PATIENT_REPORTED_CONCERN", "near-miss", [],
          "Patient and parent transition questionnaires both answer 'No' to wanting a second opinion and report "
          "feeling listened to; no patient-authored request.",
          "well-controlled epilepsy; questionnaires answer 'No' to second opinion"),
    _case("aya-08", aya_wdt_pos, "WORSENING_DESPITE_TREATMENT", "positive", ["WORSENING_DESPITE_TREATMENT"],
          "Harvey-Bradshaw Index 4 -> 8 -> 12 (>= 3-point MCID per step, 2026-05 to 2026-11) with rising "
          "calprotectin and CRP while adalimumab was given throughout (observed doses).",
          "Crohn's disease worsening on adalimumab (HBI 4->8->12, calprotectin 1150)"),
    _case("aya-09", aya_roc_pos, "RARE_OR_COMPLEX_CONDITION", "positive", ["RARE_OR_COMPLEX_CONDITION"],
          "Active cystic fibrosis (ORPHA:586, F508del homozygous) with CF-related diabetes and pancreatic "
          "insufficiency: a rare disease.",
          "cystic fibrosis transferring from the paediatric CF centre"),
    _case("aya-10", aya_roc_nm, "RARE_OR_COMPLEX_CONDITION", "near-miss", [],
          "Suspected Marfan syndrome was refuted (aortic root Z 0.8, no ectopia lentis, systemic score 4, FBN1/HTAD "
          "panel negative); the remaining findings (tall stature, joint hypermobility) are benign.",
          "Marfan syndrome suspected and excluded; benign tall stature"),
]
