"""Cases A: Severnside Haemophilia Comprehensive Care Centre (8) and two memory-clinic cases."""
from fhirkit import case, YES, NO, YN

PS, DM, MP, UP = ("PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "DIAGNOSIS_SYMPTOM_MISMATCH", "MAJOR_PROCEDURE_PLANNED",
                  "UNTREATABLE_PROGNOSIS")
HI, PR, WD, RC = ("HIGH_IMPACT_TREATMENT", "PATIENT_REPORTED_CONCERN", "WORSENING_DESPITE_TREATMENT",
                  "RARE_OR_COMPLEX_CONDITION")

TXA = ("Tranexamic acid 500 mg tablets", [("local:formulary", "TXA500", "Tranexamic acid 500 mg tablet")])
HAEM_A = ("Haemophilia A, severe (FVIII <1 IU/dL)",
          [("sct", "28293008", "Hereditary factor VIII deficiency disease"), ("icd10", "D66", "Hereditary factor VIII "
           "deficiency"), ("orpha", "98878", "Hemophilia A")])


def hc_basics(k, gp=True):
    k.coverage("2020-04-01", sub_id=None)
    return k.pr("haem")


# ================================================================================================
@case("hc", PS, "positive", [PS],
      why="Heavy menstrual bleeding and easy bruising documented at four centre visits over eight months; coagulation "
          "screen, factor levels, repeated VWF studies, platelet aggregation and pelvic ultrasound all normal, no "
          "explanatory diagnosis, discharged with symptoms unchanged.",
      summary="19-year-old with heavy periods and bruising; complete bleeding work-up normal twice; discharged to GP "
              "still bleeding heavily")
def hc_hmb_normal(k):
    k.patient("Barnard", ["Chloe", "Elizabeth"], "female", "2007-04-22", line=["14 Orchard Rise"],
              postcode="SV3 7LD", phone="07700 900412", marital="U")
    haem = hc_basics(k)
    cns, gp = k.pr("cns"), k.pr("gp")
    e0 = k.enc("2026-01-20", "GP consultation", pr=gp, org=k.org("gp"), t="10:20",
               reason=("Heavy periods and bruising", [("sct", "386692008", "Menorrhagia")]))
    ref = k.sreq("Referral to haemophilia centre for bleeding disorder assessment",
                 [("sct", "306206005", "Referral to service")], "completed", "order", "2026-01-20", gp,
                 performer=k.org(), enc=e0, reason=("Heavy menstrual bleeding and easy bruising", []))
    k.lab("hb", "2026-01-20", 127, enc=e0)
    k.lab("plt", "2026-01-20", 271, enc=e0)
    hmb = k.cond("Heavy menstrual bleeding", [("sct", "386692008", "Menorrhagia"),
                                               ("icd10", "N92.0", "Excessive and frequent menstruation with regular "
                                                                  "cycle")],
                 "2025-09", recorded="2026-03-17", asserter=haem,
                 note="Flooding through protection on days 1-3, clots, 7-day periods. Limits college attendance.")
    k.cond("Asthma, mild intermittent", [("sct", "195967001", "Asthma")], "2014", recorded="2014-06-02")
    k.medstmt(TXA, "active", "2026-01-20", asserted="2026-03-17",
              dosage="1 g three times daily on heavy days (days 1-4)",
              note="Reports only slight benefit.", reason=("Heavy menstrual bleeding", []))
    k.medstmt(("Salbutamol 100 micrograms/dose inhaler", []), "active", "2014-06-02", asserted="2026-03-17",
              dosage="2 puffs when required")
    visits = [("2026-03-17", 188, "New patient assessment, bleeding disorders clinic"),
              ("2026-06-16", 204, "Bleeding disorders clinic review"),
              ("2026-09-22", 176, "Bleeding disorders clinic review"),
              ("2026-11-17", 195, "Bleeding disorders clinic review and discharge")]
    encs = []
    for d, pbac, title in visits:
        e = k.enc(d, title, pr=[haem, cns], t="14:00", dur=45,
                  reason=("Heavy menstrual bleeding and bruising", []), based_on=[ref])
        encs.append(e)
        k.score("pbac", d, pbac, enc=e, note="Chart completed by patient for the preceding cycle (>100 suggests "
                                              "heavy menstrual loss).")
        k.symptom("Easy bruising", [("local:findings", "EASYBRUISE", "Easy bruising")], d, enc=e,
                  note={"2026-03-17": "Bruises 2-4 cm on shins and thighs without recalled trauma.",
                        "2026-06-16": "Several new bruises on arms; no haematomas.",
                        "2026-09-22": "Bruises on shins and upper arms, photographs in notes.",
                        "2026-11-17": "Continues to bruise easily; two large thigh bruises this month."}[d])
    e1, e2, e3, e4 = encs
    k.score("isthbat", "2026-03-17", 5, enc=e1, note="Within normal limits for women (<6).")
    k.vitals("2026-03-17", e1, bp=(112, 70), wt=61.4)
    r1 = [k.lab("hb", "2026-03-17", 124, enc=e1), k.lab("plt", "2026-03-17", 262, enc=e1),
          k.lab("pt", "2026-03-17", 11.6, enc=e1), k.lab("aptt", "2026-03-17", 29.4, enc=e1),
          k.lab("fib", "2026-03-17", 3.1, enc=e1), k.lab("fviii", "2026-03-17", 96, enc=e1),
          k.lab("vwfag", "2026-03-17", 88, enc=e1), k.lab("vwfact", "2026-03-17", 84, enc=e1),
          k.lab("ferritin", "2026-03-17", 31, enc=e1)]
    k.report("Coagulation screen and von Willebrand panel", [("local:pathology", "COAGVWF", "Bleeding disorder "
                                                                                           "screen")],
             "2026-03-17", results=r1, cat="HM", performer=k.org(), enc=e1,
             conclusion="Normal coagulation screen, FVIII and VWF antigen/activity. Sample taken day 9 of cycle, not "
                        "on combined hormonal contraception.")
    r2 = [k.lab("vwfag", "2026-06-16", 92, enc=e2), k.lab("vwfact", "2026-06-16", 90, enc=e2),
          k.lab("fviii", "2026-06-16", 101, enc=e2), k.lab("fix", "2026-06-16", 104, enc=e2),
          k.lab("fxi", "2026-06-16", 97, enc=e2)]
    k.report("Repeat VWF studies and factor assays", [("local:pathology", "FACTORS2", "Factor assay panel")],
             "2026-06-16", results=r2, cat="HM", performer=k.org(), enc=e2,
             conclusion="VWF, FVIII, FIX and FXI all within reference intervals on repeat.")
    k.report("Platelet function studies (light transmission aggregometry)",
             [("local:pathology", "LTA", "Platelet aggregation studies")], "2026-06-16", cat="HM",
             performer=k.org(), enc=e2,
             conclusion="Normal aggregation responses to ADP, collagen, adrenaline, arachidonic acid and ristocetin. "
                        "Normal ATP release. No evidence of a platelet function disorder.")
    k.report("Pelvic ultrasound (transabdominal)", [("local:radiology", "USPELV", "Ultrasound pelvis")],
             "2026-07-28", cat="RUS", performer=k.org(),
             conclusion="Normal uterus, endometrial thickness 6 mm, no fibroids or polyps seen. Normal ovaries.")
    k.lab("hb", "2026-09-22", 126, enc=e3)
    k.lab("ferritin", "2026-09-22", 24, enc=e3)
    k.note("2026-03-17", "Bleeding disorders clinic – new patient letter", """
Dear Dr Whitfield,

Re: Chloe Barnard, DOB 22/04/2007

Thank you for referring Chloe, who is 18 and at sixth-form college. Her periods have been heavy since menarche at 12
and have been worse since September: she floods through protection on days 1 to 3, passes clots and bleeds for 7 days.
She bruises without recalled injury, mainly on the legs. No nosebleeds of note, no surgery, one dental filling without
problems. No family history of a bleeding disorder. Tranexamic acid helps a little.

ISTH-BAT score 5. Examination: scattered bruises 2-4 cm on both shins. No petechiae, no joint hypermobility.
We have sent a coagulation screen, FVIII, VWF antigen and activity, FBC and ferritin today.

Dr Catherine Holloway, Consultant Haematologist
""", haem, enc=e1, kind="consult")
    k.note("2026-11-17", "Bleeding disorders clinic – discharge letter", """
Dear Dr Whitfield,

Re: Chloe Barnard, DOB 22/04/2007

I reviewed Chloe today with her mother. Her periods remain very heavy (PBAC 195 this cycle, 176 to 204 over the year)
and she continues to bruise easily; she missed four college days last month.

Over four visits since March we have repeated her VWF studies twice, measured FVIII, FIX and FXI, performed platelet
aggregation studies and arranged a pelvic ultrasound. Every result has been normal and her haemoglobin and ferritin
remain in range. We have not found a bleeding disorder and I explained that, from a haematology point of view,
nothing abnormal has been identified. No further haematology follow-up is planned and I have discharged her to your
care. She and her mother were disappointed and asked what else could be causing the bleeding; I suggested discussing
hormonal options with you.

Dr Catherine Holloway, Consultant Haematologist
""", haem, enc=e4, kind="letter")


# ================================================================================================
@case("hc", DM, "positive", [DM],
      why="A catch-all label, bleeding disorder of unknown cause (D68.9), has stood for 20 months while bleeding "
          "continues, and new findings (marked hypermobility, skin hyperextensibility, atrophic scars, an abnormal "
          "PFA-100 closure time) are not accounted for by it.",
      summary="28-year-old labelled 'bleeding disorder of unknown cause' in 2025; bleeding continues and "
              "connective-tissue features and an abnormal platelet screen have appeared")
def hc_bduc(k):
    k.patient("Haddad", ["Amira"], "female", "1998-02-11", line=["3 Ferry Lane"], postcode="SV2 9PE",
              phone="07700 900533", marital="M")
    haem = hc_basics(k)
    haem2, physio, cns = k.pr("haem2"), k.pr("physio"), k.pr("cns")
    bduc = k.cond("Bleeding disorder of unknown cause (BDUC)",
                  [("icd10", "D68.9", "Coagulation defect, unspecified"),
                   ("local:diagnoses", "BDUC", "Bleeding disorder of unknown cause")],
                  "2025-03-25", recorded="2025-03-25", asserter=haem2,
                  note="Abnormal bleeding score with normal haemostatic assays. Tranexamic acid for procedures and "
                       "heavy menses.")
    k.cond("Primary postpartum haemorrhage (1.8 L) after vaginal delivery",
           [("sct", "47821001", "Postpartum hemorrhage"), ("icd10", "O72.1", "Other immediate postpartum "
                                                                                 "haemorrhage")],
           "2024-06-09", status="resolved", abated="2024-06-10", recorded="2024-06-09")
    k.medstmt(TXA, "active", "2025-03-25", asserted="2026-10-20", dosage="1 g three times daily days 1-4 of "
                                                                         "menses and for dental work")
    k.medstmt(("Desogestrel 75 microgram tablets", [("local:formulary", "DESOG75", "Desogestrel 75 microgram "
                                                                                    "tablet")]),
              "active", "2025-05-01", asserted="2026-10-20", dosage="One tablet daily")
    e1 = k.enc("2026-04-14", "Bleeding disorders clinic review", pr=[haem, cns], t="10:30", dur=40)
    k.score("isthbat", "2026-04-14", 14, enc=e1, note="Abnormal (>=6 in women).")
    k.score("pbac", "2026-04-14", 162, enc=e1)
    k.symptom("Spontaneous bruising", [("local:findings", "SPONTBRUISE", "Spontaneous bruising")], "2026-04-14",
              enc=e1, note="Large bruises on thighs and forearms, some painful.")
    k.labs("2026-04-14", enc=e1, hb=121, plt=244, pt=11.9, aptt=30.2, fib=3.4, fviii=112, vwfag=104, vwfact=98,
           fix=96, fxi=88)
    e2 = k.enc("2026-08-11", "Urgent bleeding disorders clinic review", pr=[haem2], t="15:10", dur=30,
               reason=("Prolonged bleeding after dental extraction", []))
    k.symptom("Prolonged bleeding after dental extraction", [("local:findings", "DENTBLEED", "Post-extraction "
                                                                                             "bleeding")],
              "2026-08-11", enc=e2, note="LR6 extracted 04/08 with tranexamic acid cover; oozed for 5 days, "
                                         "re-sutured by dentist on 07/08.")
    k.lab("hb", "2026-08-11", 118, enc=e2)
    e3 = k.enc("2026-10-20", "Bleeding disorders clinic with physiotherapy", pr=[haem, physio], t="09:30",
               dur=60)
    k.symptom("Epistaxis, recurrent", [("sct", "249366005", "Bleeding from nose")], "2026-10-20", enc=e3,
              note="Nosebleeds 2-3 times a month lasting 20-30 minutes.")
    k.symptom("Spontaneous bruising", [("local:findings", "SPONTBRUISE", "Spontaneous bruising")], "2026-10-20",
              enc=e3)
    beighton = k.obs(k.cc("Beighton hypermobility score", ("local:scores", "BEIGHTON", "Beighton score (0-9)")),
                     "2026-10-20", value=7, vtype="int", cat="exam", enc=e3, performer=physio,
                     interp="H", note="Hyperextensible skin over forearms, atrophic scars over both knees, recurrent "
                                      "right shoulder subluxation since her teens.")
    pfa = k.obs(k.cc("PFA-100 closure time, collagen/epinephrine", ("local:pathology", "PFACEPI",
                                                                    "PFA-100 collagen/epinephrine closure time")),
                "2026-10-20", value=196, unit="s", ucum="s", rng=(82, 150), interp="H", enc=e3, t="10:15")
    pfa2 = k.obs(k.cc("PFA-100 closure time, collagen/ADP", ("local:pathology", "PFACADP",
                                                             "PFA-100 collagen/ADP closure time")),
                 "2026-10-20", value=104, unit="s", ucum="s", rng=(62, 100), interp="H", enc=e3, t="10:15")
    k.labs("2026-10-20", enc=e3, hb=119, plt=251, ferritin=22)
    k.report("Platelet function screen (PFA-100)", [("local:pathology", "PFA", "PFA-100 screen")], "2026-10-20",
             results=[pfa, pfa2], cat="HM", performer=k.org(), enc=e3,
             conclusion="Prolonged closure times with both cartridges. Not previously abnormal. Haematocrit and "
                        "platelet count normal.")
    k.note("2026-10-20", "Bleeding disorders clinic letter", """
Dear Dr Whitfield,

Re: Amira Haddad, DOB 11/02/1998
Diagnosis: Bleeding disorder of unknown cause (since March 2025)

Amira continues to have troublesome bleeding: recurrent nosebleeds lasting up to half an hour, spontaneous bruising
and heavy periods despite desogestrel and tranexamic acid. In August she bled for five days after a lower molar
extraction despite tranexamic acid cover and needed re-suturing.

Mark Ellison (physiotherapy) saw her with me today. Her Beighton score is 7/9, the skin over her forearms is soft and
hyperextensible, she has wide atrophic scars over both knees and reports recurrent right shoulder subluxation.
Today's PFA-100 closure times are prolonged with both cartridges, which has not been seen before; her standard
coagulation assays, VWF studies and factor levels remain normal.

We will continue to manage her as BDUC with tranexamic acid and a procedure plan. I have not arranged further
investigations at this stage. Review in 6 months.

Dr Catherine Holloway, Consultant Haematologist
""", haem, enc=e3, kind="letter")
    k.note("2026-04-14", "Bleeding disorders clinic letter", """
Amira reviewed. Bleeding score 14. PBAC 162 on desogestrel. Repeat haemostatic assays sent and again within normal
limits. Working diagnosis of bleeding disorder of unknown cause is unchanged. Tranexamic acid continues.
Dr C Holloway
""", haem, enc=e1, kind="progress")


# ================================================================================================
@case("hc", MP, "positive", [MP, RC],
      why="An active order for right primary total knee replacement is booked for 19 January 2027 with a "
          "perioperative factor VIII plan; not yet performed. Severe haemophilia A is also a rare disease.",
      summary="52-year-old with severe haemophilia A and end-stage haemophilic arthropathy listed for right total "
              "knee replacement under factor VIII cover in January 2027")
def hc_tkr(k):
    k.patient("Powell", ["Gareth", "Owen"], "male", "1974-05-09", line=["27 Brunel Terrace"], postcode="SV5 2HT",
              phone="07700 900678", marital="M")
    haem = hc_basics(k)
    ortho, physio, cns = k.pr("ortho"), k.pr("physio"), k.pr("cns")
    ha = k.cond(*HAEM_A, "1975-02", recorded="1975-02-14", severity="severe",
                note="Childhood low-titre inhibitor, tolerised 1983. Emicizumab prophylaxis since 2022.")
    knee = k.cond("Haemophilic arthropathy of right knee (end-stage)",
                  [("icd10", "M36.2", "Haemophilic arthropathy"),
                   ("local:diagnoses", "HARTHKNEE", "Haemophilic arthropathy, knee")],
                  "2001", recorded="2001-09-10", body=("Right knee joint", [("sct", "6757004",
                                                                              "Structure of right knee region")]))
    k.cond("Haemophilic arthropathy of left ankle", [("icd10", "M36.2", "Haemophilic arthropathy")], "2006",
           recorded="2006-03-01")
    k.cond("Essential hypertension", [("sct", "59621000", "Essential hypertension"),
                                      ("icd10", "I10", "Essential (primary) hypertension")], "2019",
           recorded="2019-07-18")
    k.cond("Chronic hepatitis C, treated – sustained virological response",
           [("sct", "128302006", "Chronic hepatitis C"), ("icd10", "B18.2", "Chronic viral hepatitis C")],
           "1990", status="resolved", abated="2016-11-30", recorded="1992-05-01")
    k.medstmt(("Emicizumab 150 mg/mL solution for injection", [("local:formulary", "EMI150", "Emicizumab")]),
              "active", "2022-03-01", asserted="2026-10-13", dosage="3 mg/kg subcutaneously every 2 weeks",
              reason=("Haemophilia A prophylaxis", []))
    k.medstmt(("Amlodipine 5 mg tablets", []), "active", "2019-07-18", asserted="2026-10-13",
              dosage="5 mg once daily")
    k.medstmt(("Paracetamol 500 mg tablets", []), "active", "2018-01-01", asserted="2026-10-13",
              dosage="1 g up to four times daily")
    e1 = k.enc("2026-09-29", "Joint haemophilia-orthopaedic clinic", pr=[ortho, haem, physio], t="13:30", dur=60)
    k.score("pain", "2026-09-29", 8, enc=e1, note="Right knee pain at rest and at night.")
    k.score("hjhs", "2026-09-29", 31, enc=e1, performer=physio, note="Right knee 14, left ankle 10, others 7.")
    k.obs(k.cc("Right knee range of motion", ("local:findings", "ROMKNEE", "Knee range of motion")), "2026-09-29",
          value="20-75 degrees (fixed flexion deformity 20 degrees)", cat="exam", enc=e1, performer=physio)
    xr = k.report("X-ray right knee, standing AP and lateral", [("local:radiology", "XRKNEER", "XR knee right")],
                  "2026-09-29", cat="RAD", performer=k.org(), enc=e1,
                  conclusion="Severe tricompartmental haemophilic arthropathy: loss of joint space, subchondral cysts, "
                             "epiphyseal overgrowth and squaring of the patella (Arnold-Hilgartner V).")
    e2 = k.enc("2026-10-13", "Haemophilia review and pre-operative haemostatic planning", pr=[haem, cns], t="10:00",
               dur=45)
    k.vitals("2026-10-13", e2, bp=(138, 84), hr=72, wt=88.6, ht=178)
    k.lab("fviii", "2026-10-13", 0.5, enc=e2, text="Factor VIII activity (chromogenic, bovine reagents)")
    k.obs(k.cc("FVIII inhibitor screen (Nijmegen-Bethesda)", ("local:pathology", "FVIIIINH", "FVIII inhibitor")),
          "2026-10-13", value=0.3, unit="BU/mL", ucum="{Bethesda'U}/mL", rng=(None, 0.6), interp="N", enc=e2)
    k.labs("2026-10-13", enc=e2, hb=148, plt=221, creat=88, alt=31)
    k.obs(k.cc("Hepatitis C RNA", ("local:pathology", "HCVRNA", "HCV RNA PCR")), "2026-10-13",
          value="Not detected", interp="N", enc=e2)
    tkr = k.sreq("Primary total knee replacement, right knee",
                 [("sct", "609588000", "Total knee replacement"),
                  ("local:procedures", "TKR-R", "Primary total knee replacement, right")],
                 "active", "order", "2026-10-06", ortho, performer=ortho, reason_ref=[knee],
                 occurrence=k.dt("2027-01-19", "08:00"), priority="routine", supporting=[xr],
                 note="Listed after joint clinic 29/09/2026. Surgery at Severnside General Hospital under the "
                      "haemophilia centre perioperative plan. Patient consented to proceed.")
    adm = k.enc("2027-01-19", "Elective admission for right total knee replacement", cls="IMP", status="planned",
                t="07:00", priority="EL", based_on=[tkr], pr=[ortho])
    plan = k.careplan("Perioperative haemostatic plan – right TKR", "active", "plan", "2027-01-18", haem,
                      end="2027-02-15", addresses=[ha, knee], category=("Haemostatic cover plan", []),
                      contributors=[ortho, cns],
                      description="Emicizumab continued. Recombinant FVIII 50 IU/kg pre-operatively then twice-daily "
                                  "boluses to keep FVIII 80-100 IU/dL for 3 days and >50 IU/dL to day 14. FVIII "
                                  "monitored by chromogenic assay with bovine reagents (emicizumab interferes with "
                                  "one-stage assays). Tranexamic acid 1 g tds for 14 days. Thromboprophylaxis "
                                  "mechanical only.",
                      activities=[{"text": "Pre-operative FVIII recovery study", "status": "scheduled",
                                   "start": "2027-01-11"},
                                  {"text": "Recombinant FVIII replacement, days 0-14", "status": "not-started",
                                   "kind": "MedicationRequest", "start": "2027-01-19", "end": "2027-02-02"},
                                  {"text": "Daily chromogenic FVIII level, days 0-7", "status": "not-started",
                                   "start": "2027-01-19", "end": "2027-01-26"}])
    k.medreq(("Octocog alfa (recombinant FVIII) powder for injection", [("local:formulary", "OCTOCOG",
                                                                          "Octocog alfa")]),
             "2026-10-13", k.dosage("50 IU/kg IV bolus 30 min before surgery, then per haemostatic plan",
                                    route="iv"), haem, status="active", intent="plan", reason_ref=[ha],
             based_on=[plan], start="2027-01-19", end="2027-02-02")
    k.note("2026-10-13", "Haemophilia centre – pre-operative planning letter", """
Dear Mr Kapoor,

Re: Gareth Powell, DOB 09/05/1974 – severe haemophilia A, right TKR 19/01/2027

Thank you for listing Gareth for a right total knee replacement. He has end-stage haemophilic arthropathy with pain
8/10 at night, a 20 degree fixed flexion deformity and walks less than 200 metres. Inhibitor screen today is negative
(0.3 BU/mL) and his FVIII baseline by chromogenic assay is <1 IU/dL on emicizumab.

Our perioperative plan is attached: a recovery study the week before, recombinant FVIII from induction to day 14,
chromogenic FVIII monitoring, tranexamic acid and mechanical thromboprophylaxis. Please avoid NSAIDs other than
celecoxib and avoid intramuscular injections. Physiotherapy will follow him from day 1.

Dr Catherine Holloway, Consultant Haematologist
""", haem, enc=e2, kind="letter", related=[adm])


# ================================================================================================
@case("hc", MP, "near-miss", [],
      why="The only planned procedure is simple extraction of two lower molars under local anaesthetic with oral "
          "tranexamic acid: a minor dental procedure. She is a haemophilia A carrier with normal FVIII, not a "
          "person with a rare bleeding disorder.",
      summary="Haemophilia A carrier (FVIII 58 IU/dL) booked for two simple dental extractions under local "
              "anaesthetic with tranexamic acid cover")
def hc_dental_carrier(k):
    k.patient("Jenkins", ["Laura", "Anne"], "female", "1990-08-30", line=["9 Kingfisher Close"],
              postcode="SV4 1RB", phone="07700 900741", marital="M")
    haem = hc_basics(k)
    dent, cns = k.pr("dent"), k.pr("cns")
    car = k.cond("Carrier of haemophilia A (son with severe haemophilia A)",
                 [("local:diagnoses", "HACARRIER", "Haemophilia A carrier"),
                  ("icd10", "Z83.2", "Family history of diseases of the blood and blood-forming organs and certain disorders involving the immune mechanism")],
                 "2018-05-02", recorded="2018-05-02", asserter=haem,
                 note="F8 intron 22 inversion carrier, confirmed by genetic analysis 2018. FVIII consistently "
                      "within normal range.")
    k.cond("Migraine without aura", [("sct", "56097005", "Migraine without aura"),
                                     ("icd10", "G43.0", "Migraine without aura [common migraine]")], "2008",
           recorded="2012-01-10")
    tooth = k.cond("Unrestorable caries LL7; recurrent pericoronitis LL8",
                   [("sct", "80967001", "Dental caries"), ("icd10", "K02.1", "Caries of dentine")],
                   "2026-09", recorded="2026-10-27", asserter=dent)
    k.medstmt(("Sumatriptan 50 mg tablets", []), "active", "2015-03-01", asserted="2026-10-27",
              dosage="50 mg at onset of migraine, may repeat once after 2 h")
    e1 = k.enc("2026-10-27", "Special care dentistry assessment", pr=[dent], t="11:00", dur=30)
    k.report("Dental panoramic radiograph", [("local:radiology", "OPG", "Orthopantomogram")], "2026-10-27",
             cat="RAD", performer=k.org(), enc=e1,
             conclusion="Deep distal caries LL7 into pulp. Partially erupted, mesioangular LL8 with associated "
                        "follicular widening. No other pathology.")
    e2 = k.enc("2026-11-10", "Haemophilia centre carrier review", pr=[haem, cns], t="14:30", dur=30)
    k.score("isthbat", "2026-11-10", 2, enc=e2, note="Normal.")
    k.labs("2026-11-10", enc=e2, fviii=58, vwfag=92, vwfact=88, pt=11.4, aptt=30.8, hb=134, plt=238)
    k.vitals("2026-11-10", e2, bp=(118, 74), wt=67.2)
    ext = k.sreq("Simple extraction of LL7 and LL8 under local anaesthetic",
                 [("sct", "55162003", "Tooth extraction"), ("local:dental", "EXT-SIMPLE-2", "Simple extraction, two "
                                                                                             "teeth")],
                 "active", "order", "2026-10-27", dent, performer=dent, reason_ref=[tooth],
                 occurrence=k.dt("2026-12-09", "09:30"), priority="routine",
                 category=("Dental", []), note="Day-case chair-side procedure. Local anaesthetic (buccal "
                                                "infiltration and inferior alveolar block acceptable as FVIII >50).")
    k.enc("2026-12-09", "Special care dentistry – extractions", status="planned", t="09:30", based_on=[ext],
          pr=[dent])
    k.medreq(TXA, "2026-11-10", k.dosage("1 g three times daily for 5 days starting 2 hours before extraction",
                                         route="oral", dose=(1, "g", "g"), freq=3),
             haem, status="active", intent="order", reason_ref=[car], start="2026-12-09", end="2026-12-14")
    k.medreq(("Tranexamic acid 5% mouthwash", [("local:formulary", "TXAMW5", "Tranexamic acid 5% mouthwash")]),
             "2026-11-10", k.dosage("10 mL rinse four times daily for 5 days after extraction", route="top"),
             haem, status="active", intent="order", start="2026-12-09", end="2026-12-14")
    k.note("2026-11-10", "Haemophilia centre letter to special care dentistry", """
Dear Dr Morgan,

Re: Laura Jenkins, DOB 30/08/1990 – haemophilia A carrier

Laura is a carrier of haemophilia A (mother of Alfie, who has severe haemophilia A and is under our care). Her FVIII
today is 58 IU/dL with normal VWF levels and a normal bleeding score. She does not need factor concentrate for the
planned simple extraction of LL7 and LL8.

Please give oral tranexamic acid 1 g three times daily for 5 days starting before the procedure, with tranexamic acid
mouthwash afterwards, and use local haemostatic measures. An inferior alveolar nerve block is fine. No follow-up with
us is needed unless she bleeds.

Dr Catherine Holloway, Consultant Haematologist
""", haem, enc=e2, kind="letter")


# ================================================================================================
@case("hc", HI, "positive", [HI, RC],
      why="After AAV gene therapy (May 2026) and the prolonged steroid course it triggered, his EQ VAS fell from 85 to "
          "60 and Haem-A-QoL worsened from 24 to 41, well beyond the minimal important difference. Severe "
          "haemophilia B is a rare disease.",
      summary="41-year-old with severe haemophilia B given etranacogene dezaparvovec; transaminitis and long "
              "steroid course; patient-reported quality of life has fallen sharply since")
def hc_gene_therapy_qol(k):
    k.patient("Whitaker", ["Daniel", "James"], "male", "1985-03-14", line=["51 Harbour View"], postcode="SV1 8NW",
              phone="07700 900852", marital="M")
    haem = hc_basics(k)
    cns, psych = k.pr("cns"), k.pr("psych")
    hb = k.cond("Haemophilia B, severe (FIX <1 IU/dL)",
                [("sct", "41788008", "Hereditary factor IX deficiency disease"),
                 ("icd10", "D67", "Hereditary factor IX deficiency"), ("orpha", "98879", "Hemophilia B")],
                "1985-09", recorded="1985-09-20", severity="severe")
    k.cond("Haemophilic arthropathy of left ankle", [("icd10", "M36.2", "Haemophilic arthropathy")], "2004",
           recorded="2004-02-11")
    tx = k.cond("Post-gene-therapy transaminitis (immune response to AAV capsid)",
                [("icd10", "K71.6", "Toxic liver disease with hepatitis, not elsewhere classified"),
                 ("local:diagnoses", "AAV-ALT", "Post-AAV gene therapy ALT elevation")],
                "2026-07-07", recorded="2026-07-07", asserter=haem)
    k.medstmt(("Albutrepenonacog alfa (extended half-life rFIX)", [("local:formulary", "ALBUTREP", "rIX-FP")]),
              "stopped", "2019-01-10", end="2026-05-26", asserted="2026-06-23",
              dosage="75 IU/kg IV every 10 days", note="Prophylaxis stopped two weeks after gene therapy once FIX "
                                                       "expression >5 IU/dL.")
    gt_req = k.medreq(("Etranacogene dezaparvovec 1 x 10^13 vector genomes/mL concentrate for infusion",
                       [("local:formulary", "ETRANA", "Etranacogene dezaparvovec")]),
                      "2026-03-24", k.dosage("2 x 10^13 gc/kg as a single intravenous infusion", route="iv"),
                      haem, status="completed", intent="order", reason_ref=[hb])
    pre = k.enc("2026-04-21", "Gene therapy pre-treatment assessment", pr=[haem, cns], t="10:00", dur=60)
    inf = k.enc("2026-05-12", "Gene therapy infusion day-case", pr=[haem, cns], t="08:30", dur=420)
    k.medadmin(("Etranacogene dezaparvovec", [("local:formulary", "ETRANA", "Etranacogene dezaparvovec")]),
               "2026-05-12", t="09:40", route="iv", request=gt_req, performer=cns, enc=inf,
               dose_text="2 x 10^13 gc/kg (total 1.76 x 10^15 gc) over 2 hours; no infusion reaction",
               end_minutes=120)
    pred = k.medreq(("Prednisolone 5 mg tablets", [("local:formulary", "PRED5", "Prednisolone 5 mg tablet")]),
                    "2026-07-08", k.dosage("60 mg daily, tapering by 10 mg every 2 weeks to 10 mg, then slower "
                                           "taper; currently 15 mg daily", route="oral"),
                    haem, status="active", intent="order", reason_ref=[tx],
                    note="Reactive course for ALT rise. Second increase in September after ALT rebound.")
    k.medstmt(("Omeprazole 20 mg capsules", []), "active", "2026-07-08", asserted="2026-11-10",
              dosage="20 mg daily while on prednisolone")
    e = {}
    for d in ("2026-06-23", "2026-08-04", "2026-09-01", "2026-11-10"):
        e[d] = k.enc(d, "Post-gene-therapy review", pr=[haem, cns], t="11:00", dur=40)
    k.lab("fix", "2026-06-23", 34, enc=e["2026-06-23"])
    k.lab("fix", "2026-09-01", 33, enc=e["2026-09-01"])
    k.lab("fix", "2026-11-10", 33, enc=e["2026-11-10"])
    k.lab("alt", "2026-07-07", 112, t="09:00")
    k.lab("alt", "2026-09-01", 64, enc=e["2026-09-01"])
    k.lab("alt", "2026-11-10", 41, enc=e["2026-11-10"])
    k.lab("glucose", "2026-11-10", 9.1, enc=e["2026-11-10"], text="Glucose (random)")
    k.vitals("2026-04-21", pre, bp=(124, 78), wt=79.0)
    k.vitals("2026-11-10", e["2026-11-10"], bp=(136, 86), wt=85.4)
    for d, enc, vas, hq, idx in (("2026-04-21", pre, 85, 24.0, 0.88),
                                 ("2026-08-04", e["2026-08-04"], 72, 33.5, 0.74),
                                 ("2026-11-10", e["2026-11-10"], 60, 41.0, 0.66)):
        k.score("eqvas", d, vas, enc=enc)
        k.score("haemqol", d, hq, enc=enc)
        k.score("eqindex", d, idx, enc=enc)
    k.sreq("Referral to haemophilia clinical psychology", [("sct", "306206005", "Referral to service")],
           "active", "order", "2026-11-10", haem, performer=psych, enc=e["2026-11-10"],
           reason=("Low mood, insomnia and anxiety after gene therapy", []))
    k.note("2026-11-10", "Post-gene-therapy clinic letter (month 6)", """
Dear Dr Whitfield,

Re: Daniel Whitaker, DOB 14/03/1985 – severe haemophilia B, etranacogene dezaparvovec 12/05/2026

FIX activity is stable at 33 IU/dL and he has had no bleeds since stopping prophylaxis. However the last six months
have been very hard for Daniel. His ALT rose to 112 U/L in July and he has needed prednisolone since, with a second
increase in September. He has gained 6 kg, sleeps badly, feels low and irritable, and worries constantly that his
expression will be lost. He has taken four weeks off work.

His patient-reported outcomes have fallen well beyond the minimal important difference: EQ VAS 85 before treatment,
72 in August and 60 today; Haem-A-QoL 24 -> 33.5 -> 41 (higher is worse); EQ-5D index 0.88 -> 0.66. Random glucose
is 9.1 mmol/L on prednisolone 15 mg.

Plan: continue steroid taper, weekly ALT, HbA1c next visit, referral to our clinical psychologist.

Dr Catherine Holloway, Consultant Haematologist
""", haem, enc=e["2026-11-10"], kind="letter")


# ================================================================================================
@case("hc", PR, "near-miss", [],
      why="The patient experience questionnaire explicitly answers 'No' to wanting a second opinion and she reports "
          "feeling listened to; her only message is about an appointment time. Low VWF is not a rare disease.",
      summary="33-year-old with low VWF and heavy menstrual bleeding, well controlled with LNG-IUS; annual "
              "questionnaire declines a second opinion")
def hc_lowvwf_no(k):
    k.patient("Osei", ["Rebecca", "Ama"], "female", "1993-06-02", line=["88 Castle Street"], postcode="SV2 4AF",
              phone="07700 900963", marital="M")
    haem = hc_basics(k)
    cns, gyn = k.pr("cns"), k.pr("gyn")
    lv = k.cond("Low von Willebrand factor (VWF 30-50 IU/dL)",
                [("icd10", "D68.8", "Other specified coagulation defects"),
                 ("local:diagnoses", "LOWVWF", "Low VWF")], "2024-11-05", recorded="2024-11-05",
                asserter=haem, note="Desmopressin trial 2025: good response (VWF activity 35 -> 118 IU/dL).")
    k.cond("Heavy menstrual bleeding", [("sct", "386692008", "Menorrhagia"),
                                        ("icd10", "N92.0", "Excessive and frequent menstruation with regular "
                                                           "cycle")],
           "2019", status="inactive", abated="2026-03", recorded="2024-11-05",
           note="Much improved since LNG-IUS.")
    k.cond("Iron deficiency anaemia due to menstrual loss", [("sct", "87522002", "Iron deficiency anemia"),
                                                             ("icd10", "D50.0", "Iron deficiency anaemia secondary to "
                                                                                "blood loss (chronic)")],
           "2024-10", status="resolved", abated="2025-06", recorded="2024-11-05")
    k.proc("Insertion of levonorgestrel intrauterine system", [("local:procedures", "LNGIUS", "LNG-IUS insertion")],
           "completed", performed="2025-11-18", performer=gyn, reason_ref=[lv],
           note="Inserted in clinic with tranexamic acid cover; no bleeding complications.")
    k.medstmt(TXA, "active", "2024-11-05", asserted="2026-11-03", dosage="1 g three times daily if heavy bleeding; "
                                                                           "used twice this year")
    e1 = k.enc("2026-11-03", "Annual bleeding disorders review", pr=[haem, cns], t="15:00", dur=30)
    k.score("pbac", "2026-11-03", 42, enc=e1)
    k.labs("2026-11-03", enc=e1, vwfag=38, vwfact=35, fviii=62, hb=131, ferritin=46)
    k.vitals("2026-11-03", e1, bp=(116, 72), wt=72.5)
    url = "https://fhir.severnside-haemophilia.example.nhs.uk/Questionnaire/annual-prem"
    k.questionnaire(url, "Severnside Haemophilia Centre – annual patient experience questionnaire", [
        ("q1", "Overall, how would you rate the care you receive from the centre?", "choice",
         [{"system": k.o["local"] + "prem-rating", "code": c, "display": d} for c, d in
          (("5", "Very good"), ("4", "Good"), ("3", "Neither good nor poor"), ("2", "Poor"), ("1", "Very poor"))]),
        ("q2", "Did you feel the team listened to you?", "choice", YN),
        ("q3", "Do you understand the plan for your bleeding disorder?", "choice", YN),
        ("q4", "Would you like a second opinion from another centre about your diagnosis or treatment?", "choice",
         YN),
        ("q5", "Anything else you would like to tell us?", "text")])
    k.qr(url, "2026-11-03", k.pat, [
        ("q1", "Overall, how would you rate the care you receive from the centre?",
         {"valueCoding": {"system": k.o["local"] + "prem-rating", "code": "5", "display": "Very good"}}),
        ("q2", "Did you feel the team listened to you?", YES),
        ("q3", "Do you understand the plan for your bleeding disorder?", YES),
        ("q4", "Would you like a second opinion from another centre about your diagnosis or treatment?", NO),
        ("q5", "Anything else you would like to tell us?", "Happy with the coil - periods are much lighter. "
                                                             "Thank you to Jo for sorting my letters.")], enc=e1)
    k.comm("2026-10-28", k.pat, cns, "Hi, could I move my review on 3 November to the afternoon? I have a work "
                                     "meeting in the morning. Thanks, Rebecca", category=("Appointment", []),
           medium=("Patient portal message", []))
    k.comm("2026-10-29", cns, k.pat, "Hi Rebecca, that is fine - we have moved you to 15:00 on 3 November. "
                                     "Jo (haemophilia nurse)", category=("Appointment", []))
    k.note("2026-11-03", "Annual review letter", """
Dear Dr Whitfield,

Re: Rebecca Osei, DOB 02/06/1993 – low VWF

Rebecca is well. Since the LNG-IUS was inserted last November her periods are light (PBAC 42) and she has used
tranexamic acid only twice this year. Ferritin has recovered to 46 ug/L. VWF activity 35 IU/dL, antigen 38 IU/dL, in
keeping with low VWF; she responds well to desmopressin, which remains the plan for procedures and delivery should
she become pregnant (please let us know early). Annual review.

Dr Olumide Adeyemi for Dr Catherine Holloway
""", k.pr("haem2"), enc=e1, kind="letter")


# ================================================================================================
@case("hc", WD, "positive", [WD, RC],
      why="Left ankle pain rose from 3 to 7 (NRS) and HJHS from 5 to 12 over nine months, beyond the minimal "
          "important difference, while weekly efanesoctocog alfa prophylaxis and analgesia ran throughout. Severe "
          "haemophilia A is also a rare disease.",
      summary="38-year-old with severe haemophilia A on weekly prophylaxis; left-ankle target joint pain and joint "
              "score steadily worse over 2026 despite good adherence")
def hc_ankle_pain(k):
    k.patient("Reardon", ["Thomas", "Patrick"], "male", "1988-01-19", line=["6 Mill Race"], postcode="SV6 3DN",
              phone="07700 901074", marital="S")
    haem = hc_basics(k)
    physio, cns = k.pr("physio"), k.pr("cns")
    ha = k.cond(*HAEM_A, "1988-08", recorded="1988-08-30", severity="severe")
    ank = k.cond("Chronic synovitis and haemophilic arthropathy, left ankle (target joint)",
                 [("icd10", "M36.2", "Haemophilic arthropathy"),
                  ("local:diagnoses", "TARGETJT", "Target joint")], "2019", recorded="2019-05-14",
                 body="Left ankle joint")
    efa = k.medreq(("Efanesoctocog alfa 4000 IU powder and solvent for injection",
                    [("local:formulary", "EFANES", "Efanesoctocog alfa")]),
                   "2025-09-02", k.dosage("50 IU/kg (4000 IU) intravenously once weekly", route="iv", freq=1,
                                          period=1, unit="wk"),
                   haem, status="active", intent="order", reason_ref=[ha], course="continuous")
    k.medstmt(("Efanesoctocog alfa", [("local:formulary", "EFANES", "Efanesoctocog alfa")]), "active",
              "2025-09-02", asserted="2026-11-10", source=k.pat, dosage="4000 IU IV every Sunday",
              note="Home infusion diary via app: 100% of scheduled doses logged Feb-Nov 2026.")
    k.medstmt(("Celecoxib 200 mg capsules", []), "active", "2025-06-01", asserted="2026-11-10",
              dosage="200 mg once daily", reason_ref=[ank])
    k.medstmt(("Paracetamol 500 mg tablets", []), "active", "2024-01-01", asserted="2026-11-10",
              dosage="1 g four times daily")
    rows = [("2026-02-10", 3, 5, "Mild synovial thickening."),
            ("2026-05-12", 5, 8, "Moderate synovial hypertrophy, small effusion, no active bleed."),
            ("2026-08-11", 6, 10, None),
            ("2026-11-10", 7, 12, "Marked synovial hypertrophy with hyperaemia on Doppler; early cartilage loss "
                                  "over talar dome.")]
    for d, pain, hj, us in rows:
        e = k.enc(d, "Haemophilia comprehensive care review", pr=[haem, physio], t="10:30", dur=45)
        k.score("pain", d, pain, enc=e, note="Left ankle, average over past week.")
        k.score("hjhs", d, hj, enc=e, performer=physio, text="HJHS 2.1, left ankle")
        if us:
            k.report("Point-of-care joint ultrasound (HEAD-US), left ankle",
                     [("local:radiology", "HEADUS", "HEAD-US joint ultrasound")], d, cat="RUS", performer=physio,
                     enc=e, conclusion=us)
        if d == "2026-11-10":
            last = e
    k.obs(k.cc("FVIII trough, day 7 after dose (one-stage)", ("loinc", "3209-3", "Coagulation factor VIII activity "
                                                                                 "actual/normal in Platelet poor "
                                                                                 "plasma by Coagulation assay")),
          "2026-08-11", value=14, unit="IU/dL", ucum="[IU]/dL", t="10:00",
          note="Target trough on weekly efanesoctocog alfa >10-15 IU/dL.")
    k.obs(k.cc("FVIII inhibitor screen (Nijmegen-Bethesda)", ("local:pathology", "FVIIIINH", "FVIII inhibitor")),
          "2026-08-11", value=0.2, unit="BU/mL", ucum="{Bethesda'U}/mL", rng=(None, 0.6), interp="N", t="10:00")
    k.obs(k.cc("Treated joint bleeds, left ankle, previous 6 months", ("local:scores", "JBLEED6M",
                                                                        "Joint bleeds in 6 months")),
          "2026-11-10", value=3, vtype="int", cat="survey", enc=last)
    k.vitals("2026-11-10", last, bp=(126, 80), wt=81.2)
    k.note("2026-11-10", "Comprehensive care clinic letter", """
Dear Dr Whitfield,

Re: Thomas Reardon, DOB 19/01/1988 – severe haemophilia A, left ankle target joint

Thomas has been on weekly efanesoctocog alfa since September 2025 with complete adherence on his infusion app. His
day-7 trough in August was 14 IU/dL and the inhibitor screen is negative. Despite this his left ankle is steadily
worse: pain 3/10 in February, 5/10 in May, 6/10 in August and 7/10 today, with three treated ankle bleeds in six
months. Mark's HJHS for the ankle has gone 5 -> 8 -> 10 -> 12 and today's ultrasound shows marked synovial
hypertrophy with early cartilage loss. He is on celecoxib and regular paracetamol and does his physiotherapy
programme. He has stopped five-a-side football and is struggling with his warehouse job.

Plan: continue prophylaxis, intensified physiotherapy, review in 3 months.

Dr Catherine Holloway, Consultant Haematologist
""", haem, enc=last, kind="letter")


# ================================================================================================
@case("hc", RC, "positive", [RC],
      why="Active Glanzmann thrombasthenia (ORPHA:849), a rare inherited platelet disorder, with ongoing bleeding "
          "management and rFVIIa home supply.",
      summary="24-year-old with Glanzmann thrombasthenia type I; heavy menses, epistaxis, home rFVIIa; annual "
              "comprehensive review")
def hc_glanzmann(k):
    k.patient("Rahman", ["Nadia"], "female", "2002-09-07", line=["41 Station Road"], postcode="SV3 2LL",
              phone="07700 901185", marital="S", langs=["en-GB", "ur"])
    haem = hc_basics(k)
    cns, gyn = k.pr("cns"), k.pr("gyn")
    gt = k.cond("Glanzmann thrombasthenia, type I",
                [("icd10", "D69.1", "Qualitative platelet defects"), ("orpha", "849", "Glanzmann thrombasthenia"),
                 ("local:diagnoses", "GT1", "Glanzmann thrombasthenia")], "2003-03", recorded="2003-03-21",
                severity="severe", note="Homozygous pathogenic ITGA2B variant (parents first cousins). Anti-HLA "
                                        "antibodies negative 2025. Platelet transfusion reserved for life-threatening "
                                        "bleeding.")
    hmb = k.cond("Heavy menstrual bleeding secondary to Glanzmann thrombasthenia",
                 [("sct", "386692008", "Menorrhagia"), ("icd10", "N92.0", "Excessive and frequent menstruation with "
                                                                           "regular cycle")],
                 "2015", recorded="2015-11-02")
    k.flag("Inherited bleeding disorder (Glanzmann thrombasthenia): contact the haemophilia centre before any "
           "procedure; no intramuscular injections; avoid aspirin and NSAIDs",
           [("local:alerts", "BLEEDDIS", "Bleeding disorder alert")], "2019-01-01", haem, category="clinical")
    rf7 = k.medreq(("Eptacog alfa (recombinant activated factor VII) 2 mg", [("local:formulary", "RFVIIA",
                                                                               "Eptacog alfa")]),
                   "2026-05-19", k.dosage("90 micrograms/kg IV every 2-3 hours for severe bleeds (home supply 3 "
                                          "doses)", route="iv", prn=True), haem, status="active", reason_ref=[gt])
    k.medstmt(TXA, "active", "2015-11-02", asserted="2026-11-24", dosage="1 g four times daily during menses and "
                                                                           "for epistaxis")
    k.medstmt(("Ethinylestradiol 30 microgram / levonorgestrel 150 microgram tablets", []), "active",
              "2017-02-01", asserted="2026-11-24", dosage="Tricycled", reason_ref=[hmb])
    k.medstmt(("Ferrous fumarate 210 mg tablets", []), "active", "2026-08-03", asserted="2026-11-24",
              dosage="One tablet daily")
    e1 = k.enc("2026-05-19", "Annual comprehensive care review", pr=[haem, cns], t="09:30", dur=60)
    k.score("isthbat", "2026-05-19", 16, enc=e1)
    k.labs("2026-05-19", enc=e1, hb=121, plt=268, ferritin=24, pt=11.7, aptt=31.0)
    e2 = k.enc("2026-08-03", "Urgent review – prolonged epistaxis", pr=[haem], t="17:20", dur=60,
               reason=("Epistaxis lasting 3 hours", [("sct", "249366005", "Bleeding from nose")]))
    k.medadmin(("Eptacog alfa (recombinant activated factor VII)", [("local:formulary", "RFVIIA", "Eptacog alfa")]),
               "2026-08-03", t="17:50", route="iv", request=rf7, performer=haem, enc=e2,
               dose_text="90 micrograms/kg (5.4 mg) IV, single dose with nasal packing; bleeding settled")
    k.lab("hb", "2026-08-03", 108, enc=e2, t="17:40")
    e3 = k.enc("2026-11-24", "Comprehensive care review", pr=[haem, cns, gyn], t="10:00", dur=60)
    k.labs("2026-11-24", enc=e3, hb=124, ferritin=31)
    k.vitals("2026-11-24", e3, bp=(110, 68), hr=78, wt=58.0)
    k.report("Platelet glycoprotein expression by flow cytometry", [("local:pathology", "PLTFLOW", "Platelet "
                                                                                                   "glycoprotein flow "
                                                                                                   "cytometry")],
             "2024-06-11", cat="HM", performer=k.org(),
             conclusion="CD41 and CD61 expression <5% of normal control; CD42b normal. Consistent with type I "
                        "Glanzmann thrombasthenia. LTA (2003, repeated 2024): absent aggregation to ADP, collagen, "
                        "adrenaline and arachidonic acid; normal agglutination with ristocetin.")
    k.note("2026-11-24", "Comprehensive care clinic letter", """
Dear Dr Whitfield,

Re: Nadia Rahman, DOB 07/09/2002 – Glanzmann thrombasthenia type I

Nadia was seen with Miss Darby (gynaecology). Periods are controlled on tricycled combined pill with tranexamic acid.
In August she had a 3-hour nosebleed needing one dose of rFVIIa and nasal packing; Hb fell to 108 g/L and she started
oral iron, with recovery to 124 g/L. She keeps three doses of rFVIIa at home and knows how to use them.

We discussed pregnancy planning for the future, which will need joint obstetric and haemophilia centre care. Her
bleeding disorder alert and emergency card are up to date. Review in 6 months.

Dr Catherine Holloway, Consultant Haematologist
""", haem, enc=e3, kind="letter")


# ================================================================================================
# memory clinic (USA) cases in this file
# ================================================================================================
DONEPEZIL = ("donepezil 10 MG Oral Tablet", [("rxnorm", "135447", "donepezil")])


@case("mc", DM, "positive", [DM],
      why="He carries an Alzheimer's disease diagnosis (2025) but has recurrent well-formed visual hallucinations, "
          "REM sleep behavior disorder, fluctuating alertness, parkinsonism and severe neuroleptic sensitivity, "
          "none of which the label accounts for; the diagnosis has not been revisited.",
      summary="74-year-old labelled Alzheimer's disease by an outside neurologist; hallucinations, dream enactment, "
              "fluctuations, parkinsonism and a severe haloperidol reaction have since appeared")
def mc_ad_dlb(k):
    k.patient("Haines", ["Robert", "Lee"], "male", "1952-03-03", line=["1290 Birch Hollow Rd"], postcode="53521",
              phone="(608) 555-0187", marital="M")
    k.coverage("2017-03-01", sub_id="1EG4-TE5-MK72")
    np_, neuro, pcp = k.pr("np"), k.pr("neuro"), k.pr("pcp")
    wife = k.related("Haines", ["Carol"], "WIFE", "wife", phone="(608) 555-0188",
                     text="Wife, primary caregiver, health care power of attorney", gender="female")
    ad = k.cond("Alzheimer's disease, late onset", [("sct", "26929004", "Alzheimer's disease"),
                                                    ("icd10cm", "G30.1", "Alzheimer's disease with late onset")],
                "2025-06-12", recorded="2025-06-12",
                note="Diagnosed by outside neurologist (Dr. P. Simms, Rock County Neurology) on clinical grounds; "
                     "no amyloid or tau biomarkers obtained.")
    rbd = k.cond("REM sleep behavior disorder", [("icd10cm", "G47.52", "REM sleep behavior disorder")],
                 "2019", recorded="2026-10-07", asserter=wife,
                 note="Wife reports punching and shouting during dreams for about 7 years; fell out of bed twice.")
    vh = k.cond("Visual hallucinations", [("sct", "64269007", "Visual hallucinations"),
                                          ("icd10cm", "R44.1", "Visual hallucinations")],
                "2026-01", recorded="2026-03-18")
    k.cond("Orthostatic hypotension", [("sct", "28651003", "Orthostatic hypotension"),
                                       ("icd10cm", "I95.1", "Orthostatic hypotension")], "2026-05",
           recorded="2026-05-20", note="Lisinopril stopped May 2026.")
    k.allergy("Haloperidol", [("rxnorm", "5093", "haloperidol")], "2026-08-16", criticality="high",
              reaction=("Severe rigidity, somnolence and delirium after single 2 mg dose (neuroleptic sensitivity)",
                        []), severity="severe")
    k.medstmt(DONEPEZIL, "active", "2025-07-01", asserted="2026-10-07", dosage="10 mg at bedtime",
              reason_ref=[ad])
    k.medstmt(("melatonin 3 mg tablet (over the counter)", []), "active", "2026-03-18",
              asserted="2026-10-07", dosage="6 mg at bedtime")
    adm = k.enc("2026-08-14", "Emergency admission – agitation and hallucinations", cls="IMP", t="22:15",
                end="2026-08-17", priority="EM", admit="emd", discharge="home",
                org=k.ext_org("Lakeview Regional Hospital", "Acute care hospital", key="hosp"),
                reason=("Agitation, visual hallucinations", []))
    k.medadmin(("haloperidol 5 MG/ML Injectable Solution", [("rxnorm", "5093", "haloperidol")]), "2026-08-14",
               t="23:05", route="im", dose=(2, "mg", "mg"), enc=adm,
               note="Given in ED for agitation; within hours became rigid and unrousable, CK 1,840 U/L. Recovered "
                    "over 48 h.")
    visits = [("2025-06-12", 24, None), ("2026-03-18", 23, np_), ("2026-10-07", 23, neuro)]
    for d, mmse, who in visits:
        if who:
            e = k.enc(d, "Memory clinic follow-up", pr=[who], t="13:00", dur=60,
                      type_codes=[("cpt", "99215", "Office/outpatient visit, established patient, high MDM")])
            k.score("mmse", d, mmse, enc=e, performer=who)
        else:
            k.score("mmse", d, mmse, note="From outside neurology records.")
    e_last = e
    k.symptom("Fluctuating attention and alertness", [("local:findings", "FLUCT", "Cognitive fluctuations")],
              "2026-10-07", enc=e_last, note="Mayo Fluctuations Scale 4/4: daytime drowsiness >2 h, staring spells, "
                                             "episodes of disorganized speech.")
    k.obs(k.cc("Parkinsonism on examination", ("local:findings", "PARKEXAM", "Parkinsonian signs")), "2026-10-07",
          value="Bilateral bradykinesia, mild cogwheel rigidity (R>L), reduced arm swing, shuffling gait; no tremor",
          cat="exam", enc=e_last, performer=neuro)
    k.vitals("2026-10-07", e_last, bp=(142, 78), hr=68, wt=79.8)
    k.obs(k.cc("Orthostatic blood pressure drop (supine to standing 3 min)", ("local:findings", "ORTHODROP",
                                                                                "Orthostatic BP change")),
          "2026-10-07", value=28, unit="mmHg", ucum="mm[Hg]", cat="vital-signs", enc=e_last, interp="A")
    k.report("MRI brain without contrast (outside study)", [("cpt", "70551", "MRI brain without contrast")],
             "2025-05-22", cat="RAD", performer=k.ext_org("Rock County Imaging", "Imaging center"),
             conclusion="Mild generalized volume loss. Medial temporal lobes relatively preserved (MTA score 1 "
                        "bilaterally). Mild periventricular white matter change.")
    k.labs("2026-03-18", hb=14.1, b12=512, tsh=2.1, creat=1.02, na=139)
    k.note("2026-10-07", "Memory clinic progress note", """
Memory Clinic Progress Note - Robert Haines, 74M
Accompanied by wife Carol (caregiver, HCPOA).

Dx on file: Alzheimer's disease, late onset (outside neurology 06/2025). On donepezil 10 mg.

Interval: Carol reports he sees children and a small dog in the house most evenings since January; he is not
frightened by them. She describes "bad days" when he sleeps much of the day and stares into space, alternating with
good days when he is nearly his old self. He has acted out dreams for years. In August he was taken to Lakeview
Regional ED with agitation, given haloperidol 2 mg IM and became rigid and unresponsive for two days (CK 1,840).
Falls x2 since spring; lisinopril stopped for orthostatic hypotension.

Exam: MMSE 23/30 (lost points on pentagons, serial 7s, recall 2/3). Bilateral bradykinesia, mild rigidity, shuffling
gait. Orthostatic drop 28 mmHg.

Plan: continue donepezil, melatonin for sleep; haloperidol allergy recorded; caregiver support resources given;
return in 6 months.
""", neuro, enc=e_last, kind="progress")


@case("mc", DM, "near-miss", [],
      why="Progressive amnestic decline is fully consistent with biomarker-confirmed Alzheimer's disease (amyloid "
          "PET and p-tau217 positive); no symptom or result falls outside what the diagnosis explains, and MMSE is "
          "stable.",
      summary="71-year-old with biomarker-confirmed mild Alzheimer's dementia on donepezil; typical ongoing memory "
              "symptoms, stable scores")
def mc_ad_typical(k):
    k.patient("Olsen", ["Margaret", "Ruth"], "female", "1955-07-19", line=["77 Wildflower Ct"], postcode="53520",
              phone="(608) 555-0211", marital="W")
    k.coverage("2020-07-01", sub_id="3TR9-HJ2-WQ41")
    neuro, np_, sw = k.pr("neuro"), k.pr("np"), k.pr("sw")
    dau = k.related("Olsen-Bauer", ["Kristin"], "DAU", "daughter", phone="(608) 555-0212",
                    text="Daughter, lives nearby, attends visits", gender="female")
    ad = k.cond("Alzheimer's disease, mild dementia stage", [("sct", "26929004", "Alzheimer's disease"),
                                                             ("icd10cm", "G30.1", "Alzheimer's disease with late "
                                                                                  "onset")],
                "2025-11-05", recorded="2025-11-05", asserter=neuro,
                note="Amnestic onset 2023; MCI 2024; amyloid PET positive 10/2025 (Centiloid 78).")
    af = k.cond("Atrial fibrillation, permanent", [("sct", "49436004", "Atrial fibrillation"),
                                                   ("icd10cm", "I48.21", "Permanent atrial fibrillation")],
                "2019", recorded="2019-04-02")
    k.cond("Essential hypertension", [("sct", "59621000", "Essential hypertension"),
                                      ("icd10cm", "I10", "Essential (primary) hypertension")], "2012",
           recorded="2012-01-15")
    k.medstmt(DONEPEZIL, "active", "2025-12-01", asserted="2026-11-11", dosage="10 mg at bedtime", reason_ref=[ad])
    k.medstmt(("apixaban 5 MG Oral Tablet", [("rxnorm", "1364430", "apixaban")]), "active", "2019-04-02",
              asserted="2026-11-11", dosage="5 mg twice daily", reason_ref=[af])
    k.medstmt(("metoprolol succinate 50 MG Extended Release Oral Tablet", [("rxnorm", "6918", "metoprolol")]),
              "active", "2019-04-02", asserted="2026-11-11", dosage="50 mg daily")
    k.report("Amyloid PET (florbetapir F18)", [("local:imaging", "AMYPET", "Amyloid PET brain")], "2025-10-14",
             cat="NMS", performer=k.pr("rad"),
             conclusion="Positive scan: diffuse cortical tracer uptake with loss of grey-white contrast. Centiloid 78.")
    k.lab("ptau217", "2025-10-01", 0.92)
    k.report("MRI brain without contrast", [("cpt", "70551", "MRI brain without contrast")], "2025-09-23",
             cat="RAD", performer=k.pr("rad"),
             conclusion="Bilateral hippocampal atrophy (MTA 2-3), parietal predominant volume loss. No infarcts, no "
                        "microhemorrhages.")
    for d, mmse, who in (("2025-11-05", 25, neuro), ("2026-05-13", 24, np_), ("2026-11-11", 24, neuro)):
        e = k.enc(d, "Memory clinic follow-up", pr=[who], t="10:00", dur=45,
                  type_codes=[("cpt", "99214", "Office/outpatient visit, established patient, moderate MDM")])
        k.score("mmse", d, mmse, enc=e, performer=who)
    k.score("faq", "2026-11-11", 9, enc=e, note="Daughter manages bills; patient still cooks simple meals.")
    k.vitals("2026-11-11", e, bp=(128, 76), hr=74, wt=63.1)
    k.labs("2025-09-23", b12=688, tsh=1.6, hb=13.2, creat=0.88)
    k.note("2026-11-11", "Memory clinic progress note", """
Memory Clinic Progress Note - Margaret Olsen, 71F, with daughter Kristin.

Dx: Alzheimer's disease, mild dementia stage (amyloid PET positive 10/2025, plasma p-tau217 0.92 pg/mL).
Kristin reports the same pattern as before: repeats questions, forgets recent conversations and appointments,
misplaces items. No hallucinations, no falls, no personality change, sleep normal. Tolerating donepezil.

MMSE 24/30 (25 last year, 24 in May) - stable. FAQ 9. Neuro exam non-focal, normal gait.
Anti-amyloid therapy not pursued: on apixaban for permanent AF (discussed 12/2025).

Plan: continue donepezil; driving retired by family agreement; caregiver support group referral; RTC 6 months.
- Laura Kessler, MD
""", neuro, enc=e, kind="progress")
