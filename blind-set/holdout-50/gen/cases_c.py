"""Cases from the paediatric oncology and haematology unit (PO): SNOMED CT + ICD-10, protocol-driven chemotherapy,
MRD, transfusions, parents' questionnaires, late-effects clinic."""
from fhirkit import Case, cc, txt, q, ref, coding, SYS, registry  # noqa: F401

CASES = []
case = registry(CASES)

NHS = "https://fhir.nhs.uk/Id/nhs-number"
LOC = "https://fhir.northmoor-childrens.example.uk/CodeSystem/pathology-local"
PROT = "https://fhir.northmoor-childrens.example.uk/CodeSystem/poh-protocol"
QBASE = "https://fhir.northmoor-childrens.example.uk/Questionnaire/"
ORPHA = "http://www.orpha.net"
PEDSQL = ("PEDSQL-PP-TOTAL", "PedsQL 4.0 Generic Core Scales, parent proxy report, total scale score (0-100)")
RAD = cc(("v2-0074", "RAD", "Radiology"))
LABCAT = cc(("v2-0074", "LAB", "Laboratory"))
# paediatric reference ranges (SI)
CHILD = {"hb": (115, 155), "wbc": (4.5, 13.5), "plt": (150, 450), "anc": (1.5, 8.0), "lym": (1.5, 6.5),
         "ldh": (150, 300), "alp": (150, 420), "creat": (25, 60), "mcv": (77, 95)}
TEEN = {"hb": (120, 160), "wbc": (4.5, 11.0), "plt": (150, 450), "anc": (1.8, 7.5), "ldh": (120, 250),
        "alp": (60, 300), "creat": (40, 90), "mcv": (78, 98)}


def nhs_number(stem9):
    """A 10-digit NHS number in the 999 reserved range with a valid modulus-11 check digit."""
    s = sum(int(d) * w for d, w in zip(stem9, range(10, 1, -1)))
    c = 11 - s % 11
    c = 0 if c == 11 else c
    if c == 10:
        return nhs_number(str(int(stem9) + 1))
    return stem9 + str(c)


def child(b, family, given, gender, birth, hosp_no, nhs_stem, parent, parent_phone, gp=True):
    gpr = b.staff("gp") if gp else None
    b.patient(family, given, gender, birth, hosp_no, extra_ids=[(NHS, nhs_number(nhs_stem), "NHS number")],
              contact=(parent.split(":")[0], parent.split(":")[1], parent_phone), gp=gpr)
    return gpr


def clinic(b, when, name, pract, reason=None, cls="AMB", end=None, **kw):
    return b.enc(when, end, cls=cls, type_=txt(name), pract=pract, dept=b.dept(name), reason=reason, **kw)


def pedsql(b, value, when, enc=None, author_note=None):
    return b.score(PEDSQL, value, when, enc, name="PedsQL parent proxy total score", note=author_note)


# ---------------------------------------------------------------------------
@case(key="po-limb-pain-normal-counts", org="PO", target="PERSISTENT_SYMPTOMS_NORMAL_WORKUP", kind="positive",
      expected=["PERSISTENT_SYMPTOMS_NORMAL_WORKUP"],
      why="Night-waking leg pain with low-grade fevers recorded at three visits over eleven weeks; three blood counts and "
          "films, CRP, ESR, LDH, urate, ALP and leg radiographs all normal; no diagnosis, reassured and discharged while "
          "the pain continues.",
      summary="8 y girl with 4 months of night leg pain and low-grade fevers; counts, films, inflammatory markers and X-rays normal; discharged, no diagnosis.")
def po_limb(b: Case):
    gp = child(b, "Morgan", "Lily", "female", "2018-05-12", "NCH1184207", "999402118", "Mother:Rachel Morgan", "07700 900412")
    haem = b.staff("haem")
    reg = b.staff("reg")
    sym = cc(("sct", "10601006", "Pain in lower limb"), ("icd10", "M79.66", "Pain in limb, lower leg"),
             text="Bilateral lower leg pain, wakes at night")
    e1 = clinic(b, "2026-08-25 10:10", "Ashgrove Medical Practice (GP)", gp, reason=sym)
    pain = b.cond(sym, onset="2026-07-20", enc=e1, recorder=gp,
                  note="Shins and knees, both legs, wakes her 3-4 nights a week. Intermittent temperatures to 37.9.")
    b.vitals("2026-08-25 10:15", e1, temp=37.6, wt=25.4, ht=127)
    b.obs(cc(("sct", "12584003", "Bone pain"), text="Leg pain (parent report)"), "2026-08-25 10:20",
          "Night pain in both lower legs, 3-4 nights per week, limping on some mornings", cat="exam", enc=e1)
    b.panel("cbc", "2026-08-25 11:00", e1, rng=CHILD, hb=124, wbc=7.1, anc=3.2, lym=3.1, plt=296)
    b.lab("crp", 3, "2026-08-25 11:00", e1)
    b.lab("esr", 8, "2026-08-25 11:00", e1, rng=(0, 10))
    e2 = clinic(b, "2026-09-29 14:00", "Paediatric Rapid Access Clinic", reg, reason=sym)
    b.obs(cc(("sct", "12584003", "Bone pain"), text="Leg pain (parent report)"), "2026-09-29 14:05",
          "Ongoing night pain both legs, now also left thigh; two further evenings of 37.8-38.0", cat="exam", enc=e2)
    b.panel("cbc", "2026-09-29 14:40", e2, rng=CHILD, hb=121, wbc=6.4, anc=2.8, lym=2.9, plt=311)
    b.labs("2026-09-29 14:40", e2, rng=CHILD, ldh=242, alp=236, uric=231, crp=4)
    film = b.obs(cc(("loinc", "18314-9", "Morphology [Interpretation] in Blood Narrative"), text="Blood film"),
                 "2026-09-29 15:30", "Normal red cell, white cell and platelet morphology. No blasts seen.", enc=e2, interp="N")
    xr = b.obs(cc((LOC, "XR-LEGS", "XR both tibiae and fibulae and knees"), text="X-ray both lower legs and knees"),
               "2026-09-29 16:00", "No lytic or sclerotic lesion, no periosteal reaction, growth plates normal.", cat="imaging",
               enc=e2, interp="N")
    b.report(cc((LOC, "XR-LEGS", "XR both tibiae and fibulae and knees"), text="Radiology report"), "2026-09-29 16:00",
             results=[xr], category=RAD, enc=e2, conclusion="Normal radiographs.")
    b.medstmt(b.drug("paracetamol", "Paracetamol 250 mg/5 mL oral suspension"), "2026-08-01", dose="240 mg when required at night")
    e3 = clinic(b, "2026-11-10 09:30", "Paediatric Haematology Clinic", haem, reason=sym)
    b.obs(cc(("sct", "12584003", "Bone pain"), text="Leg pain (parent report)"), "2026-11-10 09:35",
          "Pain continues most nights; missed 6 school days this half-term", cat="exam", enc=e3)
    b.score("pain", 5, "2026-11-10 09:40", e3, name="Pain score (0-10, self-report)")
    b.panel("cbc", "2026-11-10 10:20", e3, rng=CHILD, hb=123, wbc=6.9, anc=3.0, lym=3.2, plt=288)
    b.labs("2026-11-10 10:20", e3, rng=CHILD, ldh=228, crp=2)
    b.note("2026-11-10 12:00", haem, """
PAEDIATRIC HAEMATOLOGY CLINIC - Dr C Okafor
Referred by GP via rapid access clinic: ?leukaemia. 4 months of bilateral lower leg pain waking her at night, intermittent
temperatures to 38.0, limping some mornings. No weight loss, no bruising, no lymphadenopathy, no hepatosplenomegaly.
Joints: no effusion, full range. Gait normal in clinic.
Investigations: FBC and film normal on three occasions (Aug, Sep, Nov); no blasts. CRP 2-4, ESR 8, LDH 228-242,
urate and ALP normal for age. Radiographs of both legs normal.
Impression: No haematological abnormality; nothing to suggest leukaemia. No diagnosis made for the pain.
Plan: Parents reassured. Discharged back to GP. No further haematology follow-up.
""", kind="consult", enc=e3, title="Haematology clinic letter")


# ---------------------------------------------------------------------------
@case(key="po-node-excision-done", org="PO", target="MAJOR_PROCEDURE_PLANNED", kind="near-miss",
      expected=[],
      why="The excision biopsy of the cervical node was performed on 2026-10-20 (request completed); histology showed "
          "reactive follicular hyperplasia and nothing further is planned.",
      summary="13 y boy with persistent neck node; excision biopsy already done in October, reactive hyperplasia, discharged.")
def po_node(b: Case):
    gp = child(b, "Hart", "Oliver", "male", "2013-02-19", "NCH1190336", "999411207", "Father:Daniel Hart", "07700 900587")
    onc = b.staff("onc")
    surg = b.staff("surg")
    e1 = clinic(b, "2026-09-22 11:00", "Paediatric Oncology Clinic", onc,
                reason=cc(("sct", "30746006", "Lymphadenopathy"), text="Left cervical lymph node, 6 weeks"))
    lad = b.cond(cc(("sct", "30746006", "Lymphadenopathy"), ("icd10", "R59.0", "Localized enlarged lymph nodes"),
                    text="Left level II cervical lymphadenopathy (2.6 cm)"), onset="2026-08-10", clinical="resolved",
                 abatement="2026-11-17", enc=e1, recorder=onc)
    b.vitals("2026-09-22 11:05", e1, temp=36.8, wt=47.2, ht=158)
    b.panel("cbc", "2026-09-22 11:40", e1, rng=TEEN, hb=138, wbc=7.4, anc=3.9, lym=2.6, plt=274)
    b.labs("2026-09-22 11:40", e1, rng=TEEN, ldh=198, crp=6, esr=12)
    us = b.obs(cc((LOC, "US-NECK", "US neck"), text="Ultrasound neck"), "2026-09-22 13:00",
               "Left level II node 26 x 14 mm, rounded, effaced fatty hilum, increased vascularity. Several small oval nodes.",
               cat="imaging", enc=e1, interp="A")
    sr = b.sreq(cc(("sct", "274331003", "Excision biopsy of lymph node"), text="Excision biopsy left cervical lymph node"),
                "2026-09-22 14:00", status="completed", intent="order", occurrence="2026-10-20", reason_ref=[lad, us],
                requester=onc, performer=[surg], priority="urgent")
    e2 = clinic(b, "2026-10-20 07:30", "Day Surgery Unit", surg, end="2026-10-20 15:00")
    b.proc(cc(("sct", "274331003", "Excision biopsy of lymph node"), text="Excision biopsy left level II cervical node under GA"),
           "2026-10-20 09:15", enc=e2, perf=surg, reason_ref=lad, based_on=[sr],
           outcome=cc(("sct", "385669000", "Successful"), text="Uncomplicated"))
    histo = b.obs(cc(("loinc", "22637-3", "Pathology report final diagnosis Narrative"), text="Histopathology"),
                  "2026-10-26 16:00", "Reactive follicular hyperplasia with paracortical expansion. No Reed-Sternberg cells, "
                  "no features of lymphoma; flow cytometry polyclonal. Mycobacterial culture negative.", enc=e2, interp="N")
    b.report(cc(("loinc", "60567-5", "Comprehensive pathology report panel"), text="Histopathology report"),
             "2026-10-26 16:00", results=[histo], category=cc(("v2-0074", "SP", "Surgical Pathology")), enc=e2,
             conclusion="Reactive lymphadenopathy; no malignancy.")
    b.cond(cc(("icd10", "I88.1", "Chronic lymphadenitis, except mesenteric"), text="Reactive cervical lymphadenitis"),
           onset="2026-10-26", clinical="resolved", abatement="2026-11-17", enc=e2, recorder=onc)
    e3 = clinic(b, "2026-11-17 10:00", "Paediatric Oncology Clinic", onc)
    b.note("2026-11-17 10:30", onc, """
PAEDIATRIC ONCOLOGY CLINIC - Dr H Whitaker
Review after excision biopsy (20/10/2026). Histology: reactive follicular hyperplasia, no lymphoma, cultures negative.
Wound healed. No new nodes, no B symptoms. Remaining small nodes < 1 cm.
Plan: No further investigation or procedure needed. Discharged to GP with advice to re-refer if a node enlarges.
""", kind="progress", enc=e3, title="Clinic letter")


# ---------------------------------------------------------------------------
@case(key="po-all-delayed-intensification", org="PO", target="HIGH_IMPACT_TREATMENT", kind="positive",
      expected=["HIGH_IMPACT_TREATMENT", "RARE_OR_COMPLEX_CONDITION"],
      why="Multi-agent ALL chemotherapy is running (delayed intensification since 2026-11-02) and the parent-proxy "
          "PedsQL total fell 68.5 -> 61.0 -> 52.2 (16 points, MCID about 4.5) after treatment began; childhood B-ALL "
          "is itself a rare disease.",
      summary="6 y girl with standard-risk B-ALL, MRD-negative; now in delayed intensification with transfusions; parent-reported quality of life falling.")
def po_all(b: Case):
    child(b, "Khan", "Amelia", "female", "2020-03-08", "NCH1201774", "999437710", "Mother:Sana Khan", "07700 900733")
    onc = b.staff("onc")
    cns = b.staff("cns")
    mum = b.related("MTH", "mother", "Sana Khan", "07700 900733", "female")
    e0 = clinic(b, "2026-06-22 15:00", "Paediatric Oncology Ward", onc, cls="IMP", end="2026-07-10 12:00")
    all_ = b.cond(cc(("sct", "91857003", "Acute lymphoid leukemia"), ("icd10", "C91.0", "Acute lymphoblastic leukaemia"),
                     text="B-cell precursor ALL, NCI standard risk, ETV6::RUNX1 positive, CNS1"), onset="2026-06-22",
                  enc=e0, recorder=onc, stage=txt("NCI standard risk; MRD risk group: standard (day 29 MRD < 0.01%)"))
    b.panel("cbc", "2026-06-22 16:00", e0, rng=CHILD, hb=71, wbc=18.4, anc=0.6, plt=38)
    b.proc(cc((PROT, "CVAD", "Insertion of totally implantable venous access device"), text="Port-a-cath insertion (right IJ)"),
           "2026-06-24 10:00", enc=e0, perf=b.staff("surg"))
    b.careplan("ALL treatment: ALLTogether-style regimen, standard risk (Regimen A)", "2026-06-23 09:00",
               category=[cc(("sct", "367336001", "Chemotherapy"), text="Chemotherapy protocol")], addresses=[all_],
               author=onc, period_start="2026-06-24", period_end="2028-09-30",
               description="Induction (3-drug), consolidation, interim maintenance, delayed intensification, maintenance to "
                           "about 2 years from diagnosis.",
               activities=[{"code": txt("Induction"), "status": "completed", "scheduledPeriod": {"start": "2026-06-24", "end": "2026-07-21"}},
                           {"code": txt("Consolidation"), "status": "completed", "scheduledPeriod": {"start": "2026-07-22", "end": "2026-08-18"}},
                           {"code": txt("Interim maintenance"), "status": "completed", "scheduledPeriod": {"start": "2026-08-19", "end": "2026-11-01"}},
                           {"code": txt("Delayed intensification"), "status": "in-progress",
                            "scheduledPeriod": {"start": "2026-11-02", "end": "2026-12-27"},
                            "description": "Dexamethasone, vincristine, doxorubicin, pegaspargase, then cyclophosphamide/cytarabine"},
                           {"code": txt("Maintenance"), "status": "not-started", "scheduledString": "From January 2027"}])
    mrd = b.obs(cc((LOC, "MRD-FCM", "Minimal residual disease, bone marrow, flow cytometry"), text="MRD day 29 (flow)"),
                "2026-07-21 11:00", {"value": 0.008, "comparator": "<", "unit": "%", "system": SYS["ucum"], "code": "%"},
                enc=e0, interp="N", rng=[{"high": q(0.01, "%"), "text": "MRD negative < 0.01%"}])
    pedsql(b, 68.5, "2026-07-01", e0)
    pedsql(b, 61.0, "2026-09-01")
    e1 = clinic(b, "2026-11-02 09:00", "Paediatric Oncology Day Unit", onc, reason_ref=[all_])
    for key, text, dose in (("dexamethasone", "Dexamethasone 10 mg/m2/day oral (days 1-7, 15-21)", q(8, "mg")),
                            ("vincristine", "Vincristine 1.5 mg/m2 IV", q(1.2, "mg")),
                            ("doxorubicin", "Doxorubicin 25 mg/m2 IV", q(20, "mg"))):
        mr = b.medreq(b.drug(key, text), "2026-11-02 09:30", dose=text, reason_ref=all_, enc=e1, requester=onc,
                      category=cc(("medreqcat", "inpatient", "Inpatient")))
        if key != "dexamethasone":
            b.medadmin(b.drug(key, text), "2026-11-02 11:00", dose_qty=dose, route=cc(("sct", "47625008", "Intravenous route")),
                       enc=e1, request=mr, reason_ref=all_, perf=cns)
    b.medadmin(b.drug("pegaspargase", "Pegaspargase 1000 units/m2 IV"), "2026-11-05 10:00", dose_qty=q(800, "[iU]"),
               route=cc(("sct", "47625008", "Intravenous route")), reason_ref=all_, perf=cns, note="Delayed intensification day 4")
    e2 = clinic(b, "2026-11-16 09:00", "Paediatric Oncology Day Unit", onc)
    b.panel("cbc", "2026-11-16 09:30", e2, rng=CHILD, hb=84, wbc=1.9, anc=0.4, plt=62)
    pedsql(b, 52.2, "2026-11-16", e2)
    b.medadmin(b.drug("vincristine", "Vincristine 1.5 mg/m2 IV"), "2026-11-16 11:00", dose_qty=q(1.2, "mg"),
               route=cc(("sct", "47625008", "Intravenous route")), enc=e2, reason_ref=all_, perf=cns, note="DI day 15")
    e3 = clinic(b, "2026-11-20 08:30", "Paediatric Oncology Day Unit", cns)
    b.lab("hb", 72, "2026-11-20 08:45", e3, rng=CHILD["hb"])
    b.proc(cc(("sct", "116863004", "Transfusion of red blood cells"), text="Red cell transfusion 15 mL/kg (irradiated)"),
           "2026-11-20 10:00", end="2026-11-20 13:30", enc=e3, perf=cns, note="Hb 72 g/L, symptomatic. No reaction.")
    b.qr(QBASE + "parent-wellbeing-checkin", "2026-11-16 08:50", author=mum, source=mum, enc=e2, items=[
        {"linkId": "1", "text": "How is your child managing this treatment block?",
         "answer": [{"valueString": "Very tired, not eating, crying with leg pains, off school completely."}]},
        {"linkId": "2", "text": "Would you like to talk to the psychology team?", "answer": [{"valueBoolean": True}]}])
    b.note("2026-11-16 14:00", onc, """
PAEDIATRIC ONCOLOGY - DAY UNIT REVIEW (Dr H Whitaker)
Amelia, 6 y, B-ALL standard risk, day 29 MRD < 0.01%. Delayed intensification day 15.
Steroid side effects: mood swings, poor sleep, hyperphagia then anorexia; vincristine jaw and leg pain; fatigue.
Mum reports a marked drop in quality of life: PedsQL parent proxy 52 (68 in induction, 61 in September).
FBC: Hb 84, neutrophils 0.4, platelets 62. Continue DI per protocol. Psychology referral made. Transfusion if Hb < 80 or symptomatic.
""", kind="progress", enc=e2, title="Day unit review")


# ---------------------------------------------------------------------------
@case(key="po-wilms-late-effects", org="PO", target="HIGH_IMPACT_TREATMENT", kind="near-miss",
      expected=[],
      why="Nephrectomy and vincristine/dactinomycin were completed in 2019; he is in long-term remission with normal "
          "renal function and blood pressure, no treatment running or planned, and PedsQL is stable to improving.",
      summary="11 y boy seven years after Wilms tumour (nephrectomy + AV chemo); annual late-effects review, all normal.")
def po_wilms(b: Case):
    child(b, "Bennett", "Noah", "male", "2015-01-27", "NCH1102285", "999452301", "Mother:Claire Bennett", "07700 900156")
    late = b.staff("late")
    onc = b.staff("onc")
    w = b.cond(cc(("sct", "302849000", "Nephroblastoma"), ("icd10", "C64", "Malignant neoplasm of kidney, except renal pelvis"),
                  text="Left Wilms tumour, stage II, intermediate risk (treated 2019)"), onset="2019-03-04",
               clinical="resolved", abatement="2019-10-15", recorder=onc)
    b.proc(cc(("sct", "175905003", "Nephrectomy"), text="Left radical nephrectomy"), "2019-04-02", reason_ref=w,
           perf=b.staff("surg"))
    b.medstmt(b.drug("vincristine", "Vincristine (AV2 regimen, 27 weeks)"), "2019-04-20", end="2019-10-15",
              status="completed", reason_ref=w)
    b.medstmt({"coding": [coding("atc", "L01DA01", "dactinomycin")], "text": "Dactinomycin (AV2 regimen, 27 weeks)"},
              "2019-04-20", end="2019-10-15", status="completed", reason_ref=w)
    b.cond(cc(("icd10", "Z90.5", "Acquired absence of kidney"), text="Solitary right kidney after nephrectomy"),
           onset="2019-04-02", recorder=late)
    b.cond(cc(("icd10", "Z85.5", "Personal history of malignant neoplasm of urinary tract"), text="History of Wilms tumour"),
           onset="2019-10-15", recorder=late)
    e1 = clinic(b, "2025-11-05 10:00", "Late Effects Clinic", late)
    b.vitals("2025-11-05 10:05", e1, bp=(102, 62), wt=33.8, ht=141)
    b.labs("2025-11-05 10:30", e1, rng=CHILD, creat=48)
    pedsql(b, 84.0, "2025-11-05", e1)
    e2 = clinic(b, "2026-11-04 10:00", "Late Effects Clinic", late)
    b.vitals("2026-11-04 10:05", e2, bp=(104, 62), wt=37.5, ht=147)
    b.labs("2026-11-04 10:30", e2, rng=CHILD, creat=51, acr=6)
    b.obs(cc(("loinc", "62238-1", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI)"),
             text="eGFR (bedside Schwartz)"), "2026-11-04 10:30", q(118, "mL/min/{1.73_m2}"), enc=e2, interp="N",
          rng=[{"low": q(90, "mL/min/{1.73_m2}")}])
    pedsql(b, 86.5, "2026-11-04", e2)
    b.obs(cc((LOC, "US-RENAL", "US kidney"), text="Renal ultrasound"), "2026-11-04 11:30",
          "Solitary right kidney 10.8 cm, compensatory hypertrophy, no mass, no hydronephrosis.", cat="imaging", enc=e2,
          interp="N")
    b.note("2026-11-04 12:00", late, """
LATE EFFECTS CLINIC - Dr S Brennan
Noah, 11 y. Left Wilms tumour stage II 2019: nephrectomy + vincristine/dactinomycin (27 weeks), no radiotherapy.
Off treatment 7 years, in continuous remission.
Well, Year 7 at secondary school, plays football. BP 104/62 (50th centile), eGFR 118, urine ACR normal.
Renal US: healthy solitary kidney. Growth on 50th centile. PedsQL parent proxy 86.5 (84 last year).
No current treatment; no treatment planned. Plan: annual BP and urinalysis via GP, late-effects review in 2 years.
""", kind="progress", enc=e2, title="Late effects clinic letter")


# ---------------------------------------------------------------------------
@case(key="po-all-survivor-parents-want-second-opinion", org="PO", target="PATIENT_REPORTED_CONCERN", kind="positive",
      expected=["PATIENT_REPORTED_CONCERN"],
      why="In the pre-clinic questionnaire his mother answered 'No' to feeling listened to and 'Yes' to wanting a second "
          "opinion about his neurocognitive problems; no second opinion is on record.",
      summary="12 y boy five years after ALL therapy with neurocognitive late effects; parent questionnaire asks for a second opinion.")
def po_prc(b: Case):
    child(b, "Reid", "Jacob", "male", "2014-07-11", "NCH1099812", "999461120", "Mother:Laura Reid", "07700 900698")
    late = b.staff("late")
    psy = b.staff("psych")
    mum = b.related("MTH", "mother", "Laura Reid", "07700 900698", "female")
    all_ = b.cond(cc(("sct", "91857003", "Acute lymphoid leukemia"), ("icd10", "C91.0", "Acute lymphoblastic leukaemia"),
                     text="B-ALL, intermediate risk (treated 2019-2021)"), onset="2019-03-11", clinical="resolved",
                  abatement="2021-06-30", recorder=late)
    cog = b.cond(cc(("icd10", "F06.7", "Mild cognitive disorder"),
                    text="Neurocognitive late effects after CNS-directed therapy (processing speed, working memory)"),
                 onset="2024-02", recorder=psy)
    e0 = clinic(b, "2025-09-16 09:30", "Paediatric Psychology", psy)
    b.score(("WISC-PSI", "WISC-V Processing Speed Index"), 78, "2025-09-16 11:00", e0)
    b.score(("WISC-WMI", "WISC-V Working Memory Index"), 81, "2025-09-16 11:00", e0)
    b.note("2025-09-16 15:00", psy, """
NEUROPSYCHOLOGY ASSESSMENT SUMMARY - Dr R Finch
Jacob (11 y), ALL treated 2019-2021 including intrathecal chemotherapy. Full-scale IQ average; processing speed (78) and
working memory (81) below average, consistent with treatment-related late effects. Recommendations sent to school (extra
time, written instructions). Re-assessment in 2 years.
""", kind="consult", enc=e0, title="Neuropsychology report")
    e1 = clinic(b, "2026-04-15 14:00", "Late Effects Clinic", late)
    b.vitals("2026-04-15 14:05", e1, wt=41.2, ht=152)
    b.panel("thyroid", "2026-04-15 14:30", e1, tsh=2.1, ft4=14.8)
    b.obs(cc(("loinc", "10230-1", "Left ventricular Ejection fraction"), text="LVEF (echo, anthracycline surveillance)"),
          "2026-04-15 15:00", q(62, "%"), cat="imaging", enc=e1, interp="N", rng=[{"low": q(55, "%")}])
    e2 = clinic(b, "2026-10-14 14:00", "Late Effects Clinic", late)
    b.qr(QBASE + "late-effects-pre-clinic-parent", "2026-10-12 20:41", author=mum, source=mum, enc=e2, items=[
        {"linkId": "1", "text": "What is your main worry about your child at the moment?",
         "answer": [{"valueString": "His memory and concentration are getting worse. School says he is lazy. We have raised "
                                    "this at the last three appointments and nothing has changed."}]},
        {"linkId": "2", "text": "Do you feel your concerns about your child are being listened to?",
         "answer": [{"valueCoding": coding("http://terminology.hl7.org/CodeSystem/v2-0136", "N", "No")}]},
        {"linkId": "3", "text": "Would you like us to arrange a second opinion or a referral to another specialist?",
         "answer": [{"valueCoding": coding("http://terminology.hl7.org/CodeSystem/v2-0136", "Y", "Yes")}]},
        {"linkId": "3.1", "text": "If yes, please tell us more",
         "answer": [{"valueString": "A second opinion from a neuropsychology or neurology team outside this hospital."}]},
        {"linkId": "4", "text": "PedsQL parent proxy total score", "answer": [{"valueDecimal": 63.0}]}])
    pedsql(b, 63.0, "2026-10-12", e2)
    b.note("2026-10-14 15:30", late, """
LATE EFFECTS CLINIC - Dr S Brennan
Jacob, 12 y, 5 years off ALL treatment, continuous remission. Growth, thyroid and cardiac surveillance normal.
Mother concerned about memory, concentration and school performance. Neuropsychology 2025 showed reduced processing speed and
working memory. Advised school support plan continues; re-assessment due 2027.
""", kind="progress", enc=e2, title="Late effects clinic letter")


# ---------------------------------------------------------------------------
@case(key="po-hmb-iron-deficiency-parent-no", org="PO", target="PATIENT_REPORTED_CONCERN", kind="near-miss",
      expected=[],
      why="The parent questionnaire answers 'Yes' to feeling listened to and 'No' to wanting a second opinion; the "
          "iron-deficiency anaemia was investigated (normal bleeding-disorder screen), is explained by heavy menstrual "
          "bleeding and is correcting on iron.",
      summary="15 y girl with heavy periods and iron-deficiency anaemia; bleeding screen normal, Hb recovering; parent questionnaire declines a second opinion.")
def po_hmb(b: Case):
    gp = child(b, "O'Neill", "Grace", "female", "2011-03-29", "NCH1210453", "999478824", "Mother:Aoife O'Neill", "07700 900249")
    haem = b.staff("haem")
    cns = b.staff("reg")
    mum = b.related("MTH", "mother", "Aoife O'Neill", "07700 900249", "female")
    hmb = b.cond(cc(("sct", "386692008", "Menorrhagia"), ("icd10", "N92.0", "Excessive and frequent menstruation with regular cycle"),
                    text="Heavy menstrual bleeding since menarche"), onset="2024-01", recorder=gp)
    e1 = clinic(b, "2026-06-08 16:00", "Ashgrove Medical Practice (GP)", gp, reason=txt("Tiredness, breathless on stairs"))
    b.panel("cbc", "2026-06-08 16:40", e1, rng=TEEN, hb=86, mcv=66, wbc=6.2, plt=412)
    b.lab("ferritin", 4, "2026-06-08 16:40", e1, rng=(15, 150))
    ida = b.cond(cc(("sct", "87522002", "Iron deficiency anemia"), ("icd10", "D50.0", "Iron deficiency anaemia secondary to blood loss (chronic)"),
                    text="Iron deficiency anaemia secondary to heavy menstrual bleeding"), onset="2026-06-08", enc=e1, recorder=gp)
    b.medreq(b.drug("ferrous_fumarate", "Ferrous fumarate 210 mg tablets"), "2026-06-15 09:00", dose="One tablet once daily",
             reason_ref=ida, requester=haem)
    e2 = clinic(b, "2026-06-15 09:00", "Paediatric Haematology Clinic", haem, reason_ref=[ida])
    b.panel("coag", "2026-06-15 09:40", e2, inr=1.0, aptt=31, fib=3.1)
    vwf = b.obs(cc((LOC, "VWF-PANEL", "Von Willebrand screen"), text="Von Willebrand screen (VWF:Ag, VWF activity, FVIII)"),
                "2026-06-15 09:40", "VWF:Ag 92 IU/dL, VWF:GPIbM 88 IU/dL, FVIII:C 105 IU/dL (all within 50-150)", enc=e2,
                interp="N")
    b.medreq(b.drug("tranexamic", "Tranexamic acid 500 mg tablets"), "2026-06-15 10:00",
             dose="1 g three times daily for up to 4 days during menses", reason_ref=hmb, enc=e2, requester=haem)
    e3 = clinic(b, "2026-08-10 09:30", "Paediatric Haematology Clinic", cns)
    b.lab("hb", 108, "2026-08-10 10:00", e3, rng=TEEN["hb"])
    b.lab("ferritin", 11, "2026-08-10 10:00", e3, rng=(15, 150))
    e4 = clinic(b, "2026-10-19 09:30", "Paediatric Haematology Clinic", haem)
    b.lab("hb", 124, "2026-10-19 10:00", e4, rng=TEEN["hb"])
    b.lab("mcv", 81, "2026-10-19 10:00", e4, rng=TEEN["mcv"])
    b.lab("ferritin", 26, "2026-10-19 10:00", e4, rng=(15, 150))
    b.qr(QBASE + "haematology-clinic-parent-feedback", "2026-10-19 09:10", author=mum, source=mum, enc=e4, items=[
        {"linkId": "1", "text": "Do you feel your concerns about your child are being listened to?",
         "answer": [{"valueCoding": coding("http://terminology.hl7.org/CodeSystem/v2-0136", "Y", "Yes")}]},
        {"linkId": "2", "text": "Would you like us to arrange a second opinion or a referral to another specialist?",
         "answer": [{"valueCoding": coding("http://terminology.hl7.org/CodeSystem/v2-0136", "N", "No")}]},
        {"linkId": "3", "text": "Anything else you would like to tell us?",
         "answer": [{"valueString": "Grace has much more energy and is back at netball. Thank you."}]}])
    b.note("2026-10-19 11:00", haem, """
PAEDIATRIC HAEMATOLOGY CLINIC - Dr C Okafor
Grace, 15 y. Iron deficiency anaemia (Hb 86, ferritin 4 in June) from heavy menstrual bleeding.
Bleeding-disorder screen normal (coagulation, fibrinogen, VWF panel, FVIII). Tranexamic acid during periods has reduced flow.
Hb 124, ferritin 26 on oral iron. Feels well. Adolescent gynaecology to discuss hormonal options.
Plan: continue iron 3 more months to replete stores, then discharge to GP.
""", kind="progress", enc=e4, title="Haematology clinic letter")


# ---------------------------------------------------------------------------
@case(key="po-diamond-blackfan", org="PO", target="RARE_OR_COMPLEX_CONDITION", kind="positive",
      expected=["RARE_OR_COMPLEX_CONDITION"],
      why="Active Diamond-Blackfan anaemia (ORPHA:124, RPS19 variant), steroid-dependent after transfusion dependence in "
          "infancy: an Orphanet rare disease. Haemoglobin is stable, and low-dose steroids are not a high-impact treatment.",
      summary="5 y boy with genetically confirmed Diamond-Blackfan anaemia, steroid-responsive; stable haemoglobin, growth monitoring.")
def po_dba(b: Case):
    child(b, "Adeyemi", "Samuel", "male", "2021-08-03", "NCH1170629", "999489905", "Father:Tunde Adeyemi", "07700 900871")
    haem = b.staff("haem")
    dba = b.cond(cc((ORPHA, "124", "Blackfan-Diamond anemia"), ("icd10", "D61.0", "Constitutional aplastic anaemia"),
                    text="Diamond-Blackfan anaemia (RPS19 c.3G>A, heterozygous)"), onset="2022-01-12", recorder=haem,
                 note="Presented at 5 months with macrocytic anaemia (Hb 52 g/L), reticulocytopenia, raised eADA. Bone marrow: "
                      "erythroid hypoplasia. Transfusion-dependent until 2023; steroid-responsive since.")
    gen = b.obs(cc((LOC, "GEN-DBA", "Diamond-Blackfan anaemia gene panel"), text="DBA gene panel"), "2022-02-20",
                "RPS19 c.3G>A p.(Met1?) heterozygous, pathogenic (ACMG class 5).", enc=None, interp="A")
    b.proc(cc(("sct", "116863004", "Transfusion of red blood cells"), text="Regular red cell transfusions (every 4 weeks)"),
           "2022-01-14", end="2023-05-20", reason_ref=dba, status="completed")
    b.medstmt(b.drug("prednisolone", "Prednisolone 5 mg/5 mL oral solution"), "2023-05-01", dose="0.3 mg/kg on alternate days",
              reason_ref=dba)
    vals = [("2026-03-17", 99, 104, 0.4), ("2026-07-14", 101, 103, 0.5), ("2026-11-10", 98, 105, 0.4)]
    for d, hb, mcv, ret in vals:
        e = clinic(b, d + " 10:00", "Paediatric Haematology Clinic", haem)
        b.lab("hb", hb, d + " 10:30", e, rng=(110, 140))
        b.lab("mcv", mcv, d + " 10:30", e, rng=CHILD["mcv"])
        b.lab("retic", ret, d + " 10:30", e)
        b.vitals(d + " 10:05", e, wt={"2026-03-17": 17.1, "2026-07-14": 17.6, "2026-11-10": 18.0}[d],
                 ht={"2026-03-17": 103.0, "2026-07-14": 104.5, "2026-11-10": 105.8}[d], bp=(96, 58))
    b.lab("hbf", 6.8, "2026-11-10 10:30", e)
    b.lab("ferritin", 210, "2026-11-10 10:30", e, rng=(15, 150))
    b.note("2026-11-10 12:00", haem, """
PAEDIATRIC HAEMATOLOGY CLINIC - Dr C Okafor
Samuel, 5 y. Diamond-Blackfan anaemia (RPS19), steroid-responsive since May 2023 on prednisolone 0.3 mg/kg alternate days.
Hb 98 g/L (99-101 this year), MCV 105, retics 0.4%. No transfusions since 2023.
Height 9th-25th centile, growth velocity satisfactory. BP normal. Ferritin 210 (historic transfusion load), no chelation needed.
Bone health and cancer-predisposition surveillance discussed with parents. HLA typing of family on file; transplant not indicated
while steroid-responsive at this dose. Review 4 months.
""", kind="progress", enc=e, title="Haematology clinic letter")


# ---------------------------------------------------------------------------
@case(key="po-kawasaki-resolved-duffy-null", org="PO", target="RARE_OR_COMPLEX_CONDITION", kind="near-miss",
      expected=[],
      why="Kawasaki disease (rare) in 2024 resolved after IVIG with normal echocardiograms and cardiology discharge; "
          "the current low neutrophil count is a Duffy-null associated normal variant, not a disease.",
      summary="6 y girl with Kawasaki disease in 2024, fully resolved; now referred for low neutrophils, Duffy-null variant, reassured.")
def po_kd(b: Case):
    gp = child(b, "Mensah", "Zara", "female", "2020-02-14", "NCH1158812", "999495517", "Mother:Efua Mensah", "07700 900364")
    haem = b.staff("haem")
    card = b.staff("cardio")
    kd = b.cond(cc(("sct", "75053002", "Acute febrile mucocutaneous lymph node syndrome"), (ORPHA, "2331", "Kawasaki disease"),
                   ("icd10", "M30.3", "Mucocutaneous lymph node syndrome [Kawasaki]"), text="Kawasaki disease (complete)"),
                onset="2024-03-02", clinical="resolved", abatement="2024-04-20", recorder=card,
                note="IVIG 2 g/kg day 6 of fever, aspirin. Echocardiograms at 2 and 6 weeks and 12 months normal (coronary Z < 2).")
    b.medadmin(b.drug("ivig", "Human normal immunoglobulin 2 g/kg IV"), "2024-03-08 14:00", dose_qty=q(28, "g"),
               route=cc(("sct", "47625008", "Intravenous route")), reason_ref=kd)
    b.obs(cc((LOC, "ECHO-COR", "Echocardiogram, coronary arteries"), text="Echocardiogram (12-month review)"),
          "2025-03-11 10:00", "Normal coronary arteries (LMCA Z +0.6, LAD Z +0.8, RCA Z +0.4). Normal function.",
          cat="imaging", interp="N")
    b.note("2025-03-11 12:00", card, """
PAEDIATRIC CARDIOLOGY - Dr F Murray
Zara, 5 y, 12 months after complete Kawasaki disease treated with IVIG on day 6. Coronary arteries normal throughout.
Aspirin stopped at 6 weeks. Discharged from cardiology follow-up; no restrictions on activity.
""", kind="progress", title="Cardiology discharge letter")
    e1 = clinic(b, "2026-10-05 15:00", "Ashgrove Medical Practice (GP)", gp, reason=txt("Cough and fever for 3 days"))
    b.panel("cbc", "2026-10-05 15:30", e1, rng=CHILD, hb=121, wbc=3.9, anc=1.0, lym=2.4, plt=262)
    e2 = clinic(b, "2026-10-27 10:00", "Paediatric Haematology Clinic", haem, reason=txt("Low neutrophil count"))
    b.panel("cbc", "2026-10-27 10:30", e2, rng=CHILD, hb=123, wbc=4.1, anc=1.1, lym=2.5, plt=255)
    fy = b.obs(cc((LOC, "DUFFY", "Duffy blood group phenotype"), text="Duffy phenotype"), "2026-10-27 10:30",
               "Fy(a-b-) (Duffy-null)", enc=e2)
    b.cond(cc(("icd10", "D72.8", "Other specified disorders of white blood cells"),
              text="Duffy-null associated neutrophil count (benign normal variant)"), onset="2026-10-27", enc=e2, recorder=haem)
    b.note("2026-10-27 12:00", haem, """
PAEDIATRIC HAEMATOLOGY CLINIC - Dr C Okafor
Referred with neutrophils 1.0 during a viral illness; repeat 1.1 when well. Otherwise normal FBC and film. No history of
serious or recurrent bacterial infection, no mouth ulcers. Duffy-null phenotype.
Impression: Duffy-null associated neutrophil count, a normal variant; no further investigation. Kawasaki disease in 2024
fully resolved with normal coronaries. Discharged; letter to GP with advice on interpreting future counts.
""", kind="consult", enc=e2, title="Haematology clinic letter")


# ---------------------------------------------------------------------------
@case(key="po-hodgkin-neuropathy-stable-pain", org="PO", target="WORSENING_DESPITE_TREATMENT", kind="near-miss",
      expected=[],
      why="Neuropathic foot pain scores 4 -> 5 -> 5 -> 5 over nine months on gabapentin: a one-point change, below the "
          "two-point minimal important difference; the Hodgkin lymphoma itself is in remission.",
      summary="16 y girl, Hodgkin lymphoma survivor with vincristine neuropathy on gabapentin; pain scores essentially flat.")
def po_hl(b: Case):
    child(b, "Turner", "Chloe", "female", "2010-06-21", "NCH1133076", "999503348", "Mother:Joanne Turner", "07700 900902")
    late = b.staff("late")
    onc = b.staff("onc")
    hl = b.cond(cc(("sct", "118599009", "Hodgkin's disease"), ("icd10", "C81.1", "Nodular sclerosis classical Hodgkin lymphoma"),
                   text="Classical Hodgkin lymphoma, nodular sclerosis, stage IIA"), onset="2023-02-06", clinical="resolved",
                abatement="2023-07-14", recorder=onc,
                note="OEPA x2 + COPDAC-28 x2; adequate response on PET, no radiotherapy.")
    neur = b.cond(cc(("icd10", "G62.0", "Drug-induced polyneuropathy"), text="Vincristine-induced painful peripheral neuropathy (feet)"),
                  onset="2023-05", recorder=late)
    b.medstmt(b.drug("gabapentin", "Gabapentin 300 mg capsules"), "2025-06-10", dose="300 mg three times daily",
              reason_ref=neur, note="Taking regularly; dose unchanged since August 2025")
    scores = [("2026-03-04", 4), ("2026-06-03", 5), ("2026-09-02", 5), ("2026-11-25", 5)]
    for d, s in scores:
        e = clinic(b, d + " 14:00", "Late Effects Clinic" if d in ("2026-03-04", "2026-09-02") else "Paediatric Oncology Clinic",
                   late if d in ("2026-03-04", "2026-09-02") else onc)
        b.score("pain", s, d + " 14:10", e, name="Neuropathic foot pain (NRS 0-10)")
    b.panel("thyroid", "2026-09-02 14:30", e, tsh=1.8, ft4=15.2)
    b.lab("hb", 131, "2026-09-02 14:30", e, rng=TEEN["hb"])
    b.note("2026-11-25 15:00", onc, """
PAEDIATRIC ONCOLOGY CLINIC
Chloe, 16 y, 3 years 4 months off treatment for stage IIA Hodgkin lymphoma, in remission (PET/CT 2025 clear).
Burning pain in both feet from vincristine neuropathy, NRS 5 (4-5 all year). Sleeping well, at college, walking to school.
Gabapentin 300 mg tds continues. No motor weakness. Physiotherapy exercises.
Plan: no change; annual late-effects review.
""", kind="progress", enc=e, title="Clinic letter")


# ---------------------------------------------------------------------------
@case(key="po-neuroblastoma-second-opinion-done", org="PO", target="UNTREATABLE_PROGNOSIS", kind="near-miss",
      expected=[],
      why="Second relapse of high-risk neuroblastoma with a palliative care plan and no curative options, but a second "
          "opinion from another principal treatment centre (2026-08-20) concurred: the untreatable flag, and the rare-"
          "disease flag for the same problem, are suppressed.",
      summary="7 y boy with second relapse of high-risk neuroblastoma; palliative plan; external second opinion in August agreed.")
def po_nb(b: Case):
    child(b, "Clarke", "Ethan", "male", "2019-09-09", "NCH1149920", "999512277", "Mother:Hannah Clarke", "07700 900517")
    onc = b.staff("onc")
    pall = b.staff("pall")
    cns = b.staff("cns")
    nb = b.cond(cc(("icd10", "C74.1", "Malignant neoplasm: Medulla of adrenal gland"),
                   text="High-risk neuroblastoma, left adrenal primary, MYCN amplified; second relapse (bone, marrow) June 2026"),
                onset="2022-11-14", clinical="relapse", recorder=onc, stage=txt("INRG stage M, high risk"),
                note="Front-line: induction chemotherapy, surgery, high-dose busulfan/melphalan with autologous rescue, "
                     "radiotherapy, anti-GD2 immunotherapy (completed May 2024). First relapse Sept 2025: relapse regimen "
                     "completed March 2026. Second relapse June 2026.")
    e1 = clinic(b, "2026-07-15 14:00", "Paediatric Oncology Clinic", onc)
    b.obs(cc((LOC, "MIBG", "MIBG scan"), text="123I-mIBG scintigraphy"), "2026-07-08 11:00",
          "Multifocal skeletal uptake (SIOPEN score 28) including pelvis, femora, spine and skull.", cat="imaging",
          interp="A")
    b.obs(cc((LOC, "BM-ASP", "Bone marrow aspirate"), text="Bone marrow aspirates (bilateral)"), "2026-07-09 10:00",
          "Infiltration by neuroblastoma cells, approx. 30%.", interp="A")
    b.note("2026-07-15 16:00", onc, """
PAEDIATRIC ONCOLOGY - MDT OUTCOME (15/07/2026)
Ethan, 6 y, high-risk MYCN-amplified neuroblastoma, second relapse (bone, marrow 30%) 4 months after completing relapse therapy.
Options reviewed: no further treatment with curative intent; not eligible for open early-phase trials (marrow involvement,
prior agents). Recommendation: focus on comfort and quality of life with the palliative care team; transfusion support.
Parents wish to have a second opinion before accepting this; referral made to Dr A. Fraser, neuroblastoma lead,
Northern Principal Treatment Centre.
""", kind="consult", enc=e1, title="MDT outcome letter")
    ext_org = b.add("Organization", {"active": True, "name": "Northern Principal Treatment Centre for Children's Cancer",
                                     "type": [cc(("http://terminology.hl7.org/CodeSystem/organization-type", "prov",
                                                  "Healthcare Provider"))]}, "org")
    ext = b.add("Practitioner", {"active": True, "name": [{"family": "Fraser", "given": ["Alison"], "prefix": ["Dr"]}],
                                 "qualification": [{"code": txt("Consultant Paediatric Oncologist, neuroblastoma lead"),
                                                    "issuer": ref(ext_org)}]}, "pr")
    so = b.sreq(cc((PROT, "SECOND-OPINION", "Referral for second opinion"), text="Second opinion: relapsed neuroblastoma"),
                "2026-07-15 16:30", status="completed", intent="order", reason_ref=[nb], requester=onc, performer=[ext],
                note="External second opinion, Northern Principal Treatment Centre")
    b.note("2026-08-20 17:00", ext, """
SECOND OPINION - Northern Principal Treatment Centre, Paediatric Oncology (Dr A. Fraser)
Re: Ethan Clarke, DOB 09/09/2019. Reviewed records, imaging and marrow results; met Ethan and his parents by video on 20/08/2026.
Opinion: I agree with the Northmoor MDT. There is no further therapy with a realistic chance of cure; he is not eligible
for current early-phase studies. I support palliative care with symptom-directed measures. Happy to review again if circumstances
change.
""", kind="consult", title="External second opinion letter", type_text="Second opinion letter")
    cp = b.careplan("Palliative care plan and advance care plan", "2026-08-26 10:00", addresses=[nb], author=pall,
                    category=[cc(("sct", "103735009", "Palliative care"), text="Palliative care")], period_start="2026-08-26",
                    description="No curative options (confirmed by external second opinion). Symptom control, transfusion "
                                "support for symptomatic anaemia, home care with community children's nursing team.",
                    activities=[{"code": txt("Pain management (oral morphine)"), "status": "in-progress"},
                                {"code": txt("Red cell and platelet transfusion support"), "status": "in-progress"},
                                {"code": txt("Advance care plan discussions"), "status": "in-progress"}])
    b.medreq(b.drug("morphine", "Morphine sulfate oral solution 10 mg/5 mL"), "2026-08-26 10:30",
             dose="2 mg every 4 hours when required", reason_ref=nb, requester=pall)
    e2 = clinic(b, "2026-11-12 10:00", "Paediatric Oncology Day Unit", cns)
    b.panel("cbc", "2026-11-12 10:20", e2, rng=CHILD, hb=74, wbc=3.1, anc=1.2, plt=21)
    b.proc(cc(("sct", "116863004", "Transfusion of red blood cells"), text="Red cell transfusion (palliative support)"),
           "2026-11-12 12:00", end="2026-11-12 15:00", enc=e2, perf=cns)
    b.score("pain", 3, "2026-11-12 10:10", e2, name="Pain (FACES scale 0-10)")
