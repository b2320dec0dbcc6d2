from lib import *
from sites import setup

LLAB = "https://lab.example.org/local-order-codes"


def I(code, disp, *more, text=None):
    return cc(icd(code, disp), *more, text=text)


# ---------------------------------------------------------------- PSNW positive: easy bruising, normal haemostasis work-up
def heme_bruising(b):
    o = setup(b, "H2", "Arceneaux", "Jolene Marie", "female", "1992-04-18", "5520 N Palm Ave Apt 12", "MV0048812",
              "Blue Shield of California", "XEH48812001", "2024-01-01", plan="Blue Shield PPO Silver 70", marital="M")
    pcp = b.prac("Sandhu", "Harjit", npi="1841239901")
    hem = b.prac("Moreau", "Celeste", npi="1841239955")
    P = lambda *a, **k: b.cond(*a, **k)
    P(I("J45.20", "Mild intermittent asthma, uncomplicated"), onset="2004-01-01", recorded="2024-02-01")
    P(I("K35.80", "Unspecified acute appendicitis"), status="resolved", onset="2012-08-03", abated="2012-08-20", recorded="2024-02-01")
    br = P(I("R23.3", "Spontaneous ecchymoses", text="Easy bruising"), onset="2026-09-06",
           recorded="2026-09-10", asserter=hem)
    visits = [("2026-09-10", "99204", "New patient - easy bruising, referred by PCP"), ("2026-10-15", "99214", "Follow-up bruising, results review"),
              ("2026-11-19", "99214", "Follow-up persistent bruising")]
    encs = []
    for d, code, why in visits:
        e = b.enc(d, type_=cc(cpt(code)), prac=hem, org=o, reason=txt(why), service=txt("Hematology"), dx=[br])
        encs.append(e)
        b.cond(I("R23.3", "Spontaneous ecchymoses"), onset="2026-09-06", recorded=d, cat="encounter-diagnosis", enc=e)
    b.vitals("2026-09-10", encs[0], 114, 70, 76, wt=61.5)
    b.cbc("2026-09-10", encs[0], 13.4, 6.8, 246, mcv=89, sex="F")
    b.lab("5902-2", "Prothrombin time (PT)", "2026-09-10", 12.2, "s", 11.0, 13.5, encs[0])
    b.lab("6301-6", "INR in Platelet poor plasma by Coagulation assay", "2026-09-10", 1.0, "{INR}", 0.9, 1.1, encs[0])
    b.lab("14979-9", "aPTT in Platelet poor plasma by Coagulation assay", "2026-09-10", 29, "s", 25, 37, encs[0])
    b.lab("3255-7", "Fibrinogen [Mass/volume] in Platelet poor plasma by Coagulation assay", "2026-09-10", 312, "mg/dL", 200, 400, encs[0])
    vw = [b.obs(cc(c(LLAB, "VWFAG", "von Willebrand factor antigen"), text="VWF antigen"), "2026-09-24", 104, "%", 50, 160),
          b.obs(cc(c(LLAB, "VWFRCO", "von Willebrand factor activity (GP1bM)"), text="VWF activity"), "2026-09-24", 96, "%", 50, 160),
          b.obs(cc(c(LLAB, "F8", "Factor VIII activity"), text="Factor VIII activity"), "2026-09-24", 118, "%", 50, 150),
          b.obs(cc(c(LLAB, "F9", "Factor IX activity"), text="Factor IX activity"), "2026-09-24", 102, "%", 50, 150),
          b.obs(cc(c(LLAB, "F11", "Factor XI activity"), text="Factor XI activity"), "2026-09-24", 95, "%", 50, 150)]
    b.dr(cc(c(LLAB, "VWDPNL", "Von Willebrand panel with factor assays"), text="Bleeding disorder evaluation panel"), "2026-09-24", vw,
         conclusion="All values within reference intervals. Blood group O.")
    b.dr(cc(c(LLAB, "PLTAGG", "Platelet aggregation study"), text="Platelet aggregation (light transmission) and PFA-100"), "2026-10-08",
         cat="HM", conclusion="PFA-100 collagen/epinephrine 128 s (ref 82-150), collagen/ADP 88 s (ref 62-100). Aggregation normal with ADP, collagen, epinephrine, arachidonic acid and ristocetin. No platelet function defect identified.")
    b.cbc("2026-11-19", encs[2], 13.1, 7.1, 258, sex="F")
    b.lab("1975-2", "Bilirubin.total [Mass/volume] in Serum or Plasma", "2026-09-10", 0.6, "mg/dL", 0.1, 1.2, encs[0])
    b.lab("1742-6", "Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma", "2026-09-10", 19, "U/L", 7, 45, encs[0])
    b.medstmt(cc(rx("7514", "norethindrone"), text="Norethindrone 0.35 mg tablet"), "2024-06-01", dose_text="0.35 mg daily")
    b.medstmt(cc(text="Fish oil 1000 mg capsule (OTC)"), "2025-01-01", status="stopped", end="2026-09-10",
              note="Stopped at first hematology visit - no change in bruising")
    b.medreq(cc(rx("435", "albuterol"), text="Albuterol HFA 90 mcg/actuation"), "2024-02-01", "2 puffs every 4-6 h as needed", requester=pcp)
    b.note("2026-09-10", """HEMATOLOGY NEW PATIENT
34F referred for bruising since early September: multiple 2-5 cm bruises on thighs, upper arms and flanks without recalled trauma. No epistaxis, gum bleeding, menorrhagia (on progestin-only pill), no bleeding with appendectomy (2012), dental extractions or childbirth (2021). No NSAIDs or anticoagulants. Takes fish oil. Family history negative.
Exam: 6 ecchymoses of varying age on thighs/arms, no petechiae, no hepatosplenomegaly, joints normal, skin elasticity normal.
ISTH-BAT score 2.
Plan: CBC, PT/INR, aPTT, fibrinogen normal today. VWF panel and factor levels, platelet function. Stop fish oil. Photos in media tab.
C. Moreau, MD""", type_=("11488-4", "Consult note"), author=hem, enc=encs[0])
    b.note("2026-10-15", """HEMATOLOGY FOLLOW-UP
Bruising continues despite stopping fish oil; 4 new bruises this month. VWF antigen/activity, FVIII, FIX, FXI normal; PFA-100 and light transmission aggregometry normal.
Assessment: easy bruising, no bleeding disorder identified so far.
Plan: Observe; return 4-5 weeks with diary.""", author=hem, enc=encs[1])
    b.note("2026-11-19", """HEMATOLOGY FOLLOW-UP
Still bruising easily, 3-4 new bruises weekly, now also on shins and forearms; now > 10 weeks. CBC normal again. Entire haemostatic evaluation (CBC, PT, aPTT, fibrinogen, VWF panel, FVIII/IX/XI, PFA-100, aggregometry) normal.
Assessment: Easy bruising with normal hemostatic evaluation. No hematologic diagnosis to explain symptoms. Reassurance given.
Plan: No further hematologic workup planned. Return as needed. Patient asked why she keeps bruising; explained that no cause was found on our studies.""", author=hem, enc=encs[2])
    b.impression("2026-11-19", "Easy bruising for about 10 weeks with normal CBC, coagulation screen, VWF panel, factor VIII/IX/XI and platelet function studies. No bleeding disorder identified.",
                 assessor=hem, problems=[br], findings=[cc(icd("R23.3", "Spontaneous ecchymoses"))])


# ---------------------------------------------------------------- DSM positive: "anemia, unspecified" with progressive macrocytic cytopenias
def heme_anemia(b):
    o = setup(b, "H3", "Caldwell", "Rupert Lee", "male", "1955-06-30", "19 Pelham Woods Ct", "PCB220917",
              "Centers for Medicare and Medicaid Services", "9QT5WX2LM81", "2020-07-01", plan="Medicare Part B", marital="M")
    np_ = b.prac("Hollis", "Dana", prefix=None, suffix="NP", npi="1952341188")
    hem = b.prac("Varga", "Istvan", npi="1952341122")
    pcp = b.prac("Moody", "Everett", npi="1952341300")
    P = lambda *a, **k: b.cond(*a, **k)
    an = P(I("D64.9", "Anemia, unspecified"), onset="2026-03-05", recorded="2026-03-05", asserter=np_,
           note="Mild normocytic-macrocytic anemia; likely multifactorial/chronic disease. Observe.")
    P(I("I10", "Essential (primary) hypertension"), onset="2010-01-01", recorded="2020-07-01")
    P(I("E78.5", "Hyperlipidemia, unspecified"), onset="2012-01-01", recorded="2020-07-01")
    fat = P(I("R53.83", "Other fatigue"), onset="2026-02-01", recorded="2026-03-05", cat="encounter-diagnosis")
    P(I("J06.9", "Acute upper respiratory infection, unspecified"), status="resolved", onset="2025-12-02", abated="2025-12-16")
    series = [("2026-03-05", 11.2, 4.1, 168, 101, 2.0), ("2026-06-11", 10.5, 3.2, 132, 103, 1.4), ("2026-09-10", 9.6, 2.8, 108, 105, 1.1),
              ("2026-10-22", 8.1, 2.5, 94, 106, 0.9)]
    encs = []
    for i, (d, hb, wbc, plt, mcv, anc) in enumerate(series):
        who = np_ if i < 3 else hem
        e = b.enc(d, type_=cc(cpt("99214" if i else "99204")), prac=who, org=o, service=txt("Hematology"), dx=[an],
                  reason=txt(["Anemia referral", "Anemia recheck", "Anemia recheck, fatigue", "Symptomatic anemia - transfusion"][i]))
        encs.append(e)
        b.cbc(d, e, hb, wbc, plt, mcv=mcv, anc=anc)
    b.lab("2132-9", "Cobalamin (Vitamin B12) [Mass/volume] in Serum or Plasma", "2026-03-05", 612, "pg/mL", 232, 1245, encs[0])
    b.lab("2284-8", "Folate [Mass/volume] in Serum or Plasma", "2026-03-05", 14.8, "ng/mL", 5.9, None, encs[0])
    b.lab("2276-4", "Ferritin [Mass/volume] in Serum or Plasma", "2026-03-05", 486, "ng/mL", 24, 336, encs[0])
    b.lab("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", "2026-03-05", 1.9, "m[IU]/L", 0.4, 4.5, encs[0])
    b.lab("17849-1", "Reticulocytes/100 erythrocytes in Blood by Automated count", "2026-09-10", 0.6, "%", 0.5, 2.2, encs[2], interp="N")
    b.lab("2532-0", "Lactate dehydrogenase [Enzymatic activity/volume] in Serum or Plasma", "2026-09-10", 198, "U/L", 122, 222, encs[2])
    b.dr(cc(c(LLAB, "SMEAR-PATH", "Peripheral smear, pathologist review"), text="Peripheral smear review"), "2026-09-10", cat="HM", enc=encs[2],
         conclusion="Macrocytic red cells with oval macrocytes. Neutrophils with hypogranular cytoplasm and occasional bilobed pseudo-Pelger-Huet forms. Platelets mildly decreased with occasional giant forms. No blasts seen.")
    b.proc(cc(hcpcs("P9016", "Red blood cells, leukocytes reduced, each unit"), cpt("36430", "Transfusion, blood or blood components"),
              text="Transfusion 1 unit leukoreduced RBC"), date="2026-10-22", performer=hem, enc=encs[3], reason=an,
           outcome="Post-transfusion Hgb 9.0; no reaction")
    b.note("2026-03-05", """HEMATOLOGY NEW PATIENT (NP)
70M referred by PCP for Hgb 11.2. Fatigue for about a month. MCV 101. B12, folate, TSH normal; ferritin 486. No alcohol excess. No bleeding.
Assessment: Anemia, unspecified - mild, likely anemia of chronic disease/age-related.
Plan: Observe, recheck CBC 3 months.
D. Hollis, NP""", type_=("11488-4", "Consult note"), author=np_, enc=encs[0])
    b.note("2026-09-10", """HEMATOLOGY FOLLOW-UP (NP)
Fatigue persists, now dyspnea climbing one flight. Hgb 9.6, MCV 105, WBC 2.8, ANC 1.1, Plt 108. Retic 0.6%. Smear: hypogranular neutrophils, pseudo-Pelger forms, oval macrocytes.
Assessment: Anemia, unspecified - persistent.
Plan: Continue to monitor. Recheck CBC 6-8 weeks. Consider further evaluation if worse.""", author=np_, enc=encs[2])
    b.note("2026-10-22", """HEMATOLOGY / INFUSION
Symptomatic anemia, Hgb 8.1. Transfused 1 unit leukoreduced PRBC without reaction. Post Hgb 9.0. WBC 2.5, ANC 0.9, Plt 94.
Assessment: Anemia, unspecified.
Plan: CBC in 4 weeks; transfuse for Hgb < 8 or symptoms. Return visit with MD in January.
I. Varga, MD""", type_=("28570-0", "Procedure note"), author=hem, enc=encs[3])
    b.medreq(cc(rx("17767", "amlodipine"), text="Amlodipine 5 mg tablet"), "2015-03-01", "5 mg daily", requester=pcp)
    b.medreq(cc(rx("36567", "simvastatin"), text="Simvastatin 20 mg tablet"), "2014-03-01", "20 mg at bedtime", requester=pcp)


# ---------------------------------------------------------------- UP near miss: provoked DVT treated, "no further treatment needed"
def heme_dvt(b):
    o = setup(b, "H2", "Vasquez", "Andres Felipe", "male", "1981-10-12", "2740 E Shields Ave", "MV0061290",
              "Aetna", "W228190034", "2022-01-01", plan="Aetna Choice POS II", marital="M", lang="es")
    hem = b.prac("Moreau", "Celeste", npi="1841239955")
    ortho = b.prac("Castaneda", "Ruben", npi="1841230044")
    P = lambda *a, **k: b.cond(*a, **k)
    acl = P(I("S83.512A", "Sprain of anterior cruciate ligament of left knee, initial encounter"), status="resolved",
            onset="2026-01-24", abated="2026-08-01", asserter=ortho)
    b.proc(cc(cpt("29888", "Arthroscopically aided anterior cruciate ligament repair/augmentation or reconstruction"), text="Left ACL reconstruction, hamstring autograft"),
           date="2026-03-20", performer=ortho, reason=acl)
    dvt = P(I("I82.412", "Acute embolism and thrombosis of left femoral vein", sct("404223003", "Deep venous thrombosis of lower extremity")),
            status="resolved", onset="2026-04-02", abated="2026-07-05", asserter=hem, note="Provoked (post-operative, immobilization in brace).")
    P(I("Z86.718", "Personal history of other venous thrombosis and embolism"), onset="2026-07-05", recorded="2026-08-12")
    P(I("E78.5", "Hyperlipidemia, unspecified"), onset="2020-05-01")
    b.dr(cc(cpt("93971"), text="Venous duplex left lower extremity"), "2026-04-02", cat="RUS",
         conclusion="Occlusive thrombus left common femoral and femoral veins. Popliteal patent.")
    b.medreq(cc(rx("1114195", "rivaroxaban"), text="Rivaroxaban 15 mg then 20 mg tablets"), "2026-04-02",
             "15 mg twice daily x 21 days, then 20 mg daily with evening meal", status="completed", start="2026-04-02", end="2026-07-05",
             requester=hem, reason=dvt)
    e1 = b.enc("2026-04-09", type_=cc(cpt("99204")), prac=hem, org=o, service=txt("Hematology - Thrombosis"), dx=[dvt], reason=txt("New DVT"))
    b.cbc("2026-04-09", e1, 14.6, 8.1, 288)
    b.lab("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", "2026-04-09", 0.94, "mg/dL", 0.74, 1.35, e1)
    b.dr(cc(cpt("93971"), text="Venous duplex left lower extremity"), "2026-07-01", cat="RUS",
         conclusion="Left common femoral and femoral veins fully compressible with phasic flow. No residual thrombus.")
    e2 = b.enc("2026-07-08", type_=cc(cpt("99214")), prac=hem, org=o, service=txt("Hematology - Thrombosis"), dx=[dvt], reason=txt("End of anticoagulation"))
    b.vitals("2026-07-08", e2, 124, 78, 68, wt=86.2)
    e3 = b.enc("2026-08-12", type_=cc(cpt("99213")), prac=hem, org=o, service=txt("Hematology - Thrombosis"), reason=txt("Post-anticoagulation check"))
    b.lab("48065-7", "Fibrin D-dimer FEU [Mass/volume] in Platelet poor plasma", "2026-08-12", 0.31, "ug/mL{FEU}", None, 0.50, e3)
    b.cbc("2026-08-12", e3, 15.0, 7.4, 264)
    b.medstmt(cc(rx("83367", "atorvastatin"), text="Atorvastatin 10 mg tablet"), "2020-05-01", dose_text="10 mg daily")
    b.note("2026-07-08", """HEMATOLOGY - THROMBOSIS CLINIC
44M, left femoral DVT 4/2/26, 13 days after left ACL reconstruction with brace immobilization. Completed 3 months rivaroxaban, last dose 7/5. Swelling resolved. Duplex 7/1: recanalized, no residual thrombus.
Assessment: Provoked DVT (major transient risk factor), adequately treated.
Plan: Stop anticoagulation. Thrombophilia evaluation not indicated for a provoked event. D-dimer in one month off therapy.""", author=hem, enc=e2)
    b.note("2026-08-12", """HEMATOLOGY - THROMBOSIS CLINIC
Off rivaroxaban 5 weeks. No leg swelling or pain, back to running. D-dimer 0.31 (normal).
Assessment: Provoked DVT, resolved. No further treatment is needed. Recurrence risk low (< 1%/yr).
Plan: Discharged from hematology clinic. Thromboprophylaxis advised for future surgery or long-haul flights > 8 h. Return if new symptoms.
C. Moreau, MD""", author=hem, enc=e3)


# ---------------------------------------------------------------- HIT positive: AML CR1, allogeneic HCT with Bu/Flu conditioning planned
def heme_aml(b):
    o = setup(b, "H1", "Szymanski", "Renata Helena", "female", "1974-02-09", "8811 W Wisconsin Ave", "LBMT-0072215",
              "UnitedHealthcare", "UHC917330021", "2019-01-01", plan="UHC Choice Plus PPO", marital="M")
    leuk = b.prac("Baptiste", "Odile", npi="1730128811")
    bmt = b.prac("Rasmussen", "Nils", npi="1730128844")
    pat = b.prac("Iyer", "Lakshmi", npi="1730128870")
    P = lambda *a, **k: b.cond(*a, **k)
    aml = P(I("C92.01", "Acute myeloid leukemia, in remission", sct("91861009", "Acute myeloid leukemia")), onset="2026-06-22",
            recorded="2026-06-24", asserter=leuk, stage=txt("ELN 2022 adverse risk (complex karyotype); CR1 MRD-negative 10/2026"))
    P(I("E03.9", "Hypothyroidism, unspecified"), onset="2015-03-01", recorded="2019-01-01")
    P(I("D70.1", "Agranulocytosis secondary to cancer chemotherapy"), status="resolved", onset="2026-06-28", abated="2026-07-24")
    P(I("R50.81", "Fever presenting with conditions classified elsewhere"), status="resolved", onset="2026-07-06", abated="2026-07-10",
      note="Neutropenic fever, blood cultures negative, treated with cefepime")
    ind_enc = b.enc("2026-06-22", cls="IMP", end="2026-07-28", type_=txt("Inpatient - induction chemotherapy"), prac=leuk, org=o, dx=[aml],
                    service=txt("Leukemia service"))
    b.cbc("2026-06-22", ind_enc, 7.9, 48.6, 41, sex="F", conclusion="Leukocytosis with 62% circulating blasts. Anemia, thrombocytopenia.")
    b.dr(cc(c(LLAB, "FLOWLEUK", "Flow cytometry leukemia/lymphoma panel"), text="Flow cytometry - bone marrow"), "2026-06-24", cat="HM",
         conclusion="Abnormal myeloid blast population 58% of events: CD34+, CD117+, CD13+, CD33+, HLA-DR+, CD38+, partial CD7, MPO+; negative for CD3, CD19, CD79a. Consistent with acute myeloid leukemia.")
    b.note("2026-06-25", """BONE MARROW PATHOLOGY REPORT
Specimen: right posterior iliac crest aspirate and core biopsy, 6/24/2026.
Aspirate: 61% myeloblasts (500-cell differential), dysgranulopoiesis.
Core: 90% cellular, sheets of blasts.
Cytogenetics: 46,XX,del(5)(q22q35),-7,+8,der(17)[15]/46,XX[5] - complex karyotype.
NGS myeloid panel: RUNX1 p.R201Q (VAF 38%); FLT3-ITD, NPM1, TP53 not detected.
DIAGNOSIS: ACUTE MYELOID LEUKEMIA, MYELODYSPLASIA-RELATED (complex karyotype). ELN 2022 adverse risk.
L. Iyer, MD, Hematopathology""", type_=("11526-1", "Pathology study"), author=pat, title="Bone marrow pathology report")
    b.medreq(cc(rx("3041", "cytarabine")), "2026-06-26", "Cytarabine 100 mg/m2/day continuous IV infusion days 1-7 (7+3)", status="completed",
             start="2026-06-26", end="2026-07-02", requester=leuk, reason=aml, category="inpatient")
    b.medreq(cc(rx("3109", "daunorubicin")), "2026-06-26", "Daunorubicin 60 mg/m2 IV days 1-3 (7+3)", status="completed",
             start="2026-06-26", end="2026-06-28", requester=leuk, reason=aml, category="inpatient")
    b.proc(cc(hcpcs("P9016", "Red blood cells, leukocytes reduced, each unit"), text="RBC transfusion - 6 units during induction"),
           date="2026-07-15", enc=ind_enc, reason=aml, note="Units given 6/23, 6/30, 7/4, 7/9, 7/15 (x2). Irradiated, leukoreduced.")
    b.proc(cc(hcpcs("P9035", "Platelets, pheresis, leukocytes reduced, each unit"), text="Platelet transfusion - 8 apheresis units during induction"),
           date="2026-07-18", enc=ind_enc, reason=aml, note="Transfused for platelets < 10K or bleeding. No refractoriness.")
    e2 = b.enc("2026-08-03", type_=cc(cpt("99215")), prac=leuk, org=o, service=txt("Leukemia clinic"), dx=[aml], reason=txt("Day 35 marrow results"))
    b.cbc("2026-08-03", e2, 10.4, 4.2, 162, anc=2.1, sex="F")
    b.medreq(cc(rx("3041", "cytarabine")), "2026-08-10", "High-dose cytarabine 3 g/m2 IV q12h days 1, 3, 5 - consolidation x2 cycles",
             status="completed", start="2026-08-10", end="2026-10-02", requester=leuk, reason=aml)
    b.dr(cc(c(LLAB, "FLOWMRD", "Flow cytometry measurable residual disease"), text="Bone marrow MRD by flow cytometry"), "2026-10-20", cat="HM",
         conclusion="No aberrant myeloid blast population detected (sensitivity 0.01%). Marrow 40% cellular, trilineage hematopoiesis, 2% blasts. Morphologic CR, MRD-negative. Karyotype 46,XX[20].")
    e3 = b.enc("2026-11-24", type_=cc(cpt("99215")), prac=bmt, org=o, service=txt("Blood and Marrow Transplant"), dx=[aml], reason=txt("Pre-transplant evaluation"))
    b.cbc("2026-11-24", e3, 11.6, 5.0, 198, anc=3.0, sex="F")
    b.vitals("2026-11-24", e3, 118, 72, 80, wt=70.2)
    b.dr(cc(cpt("93306"), text="Transthoracic echocardiogram"), "2026-11-18", cat="CUS", conclusion="LVEF 58%. Normal valves.")
    b.dr(cc(cpt("94729"), text="Pulmonary function with DLCO"), "2026-11-18", cat="PF", conclusion="FEV1 94% pred, DLCO (Hb-corrected) 81% pred.")
    hct = b.sr(cc(cpt("38240", "Hematopoietic progenitor cell (HPC); allogeneic transplantation per donor"), sct("234336002", "Hemopoietic stem cell transplant"),
                  text="Allogeneic peripheral blood stem cell transplant - 10/10 HLA-matched unrelated donor"),
               "2026-11-24", when="2027-01-12T09:00:00Z", reason=aml, requester=bmt, priority="urgent",
               note="Day 0 1/12/2027. Admission 1/5/2027 for conditioning. Donor collection confirmed by NMDP.")
    b.careplan("Allogeneic HCT - myeloablative Bu/Flu, MUD", txt("Transplant treatment plan"), "2026-11-24",
               addresses=[aml], author=bmt,
               desc="Conditioning busulfan (AUC-targeted) days -5 to -2 with fludarabine 40 mg/m2 days -5 to -2; ATG; GVHD prophylaxis tacrolimus + methotrexate. Hickman line placement 1/4/2027.",
               activities=[{"status": "scheduled", "description": "Conditioning chemotherapy Bu/Flu/ATG from 1/7/2027"},
                           {"status": "scheduled", "description": "Stem cell infusion day 0 1/12/2027"}])
    b.medreq(cc(rx("1828", "busulfan")), "2026-11-24", "Busulfan IV, AUC-targeted, days -5 to -2", status="active", intent="plan",
             start="2027-01-07", end="2027-01-10", requester=bmt, reason=aml, category="inpatient")
    b.medreq(cc(rx("24698", "fludarabine")), "2026-11-24", "Fludarabine 40 mg/m2 IV daily days -5 to -2", status="active", intent="plan",
             start="2027-01-07", end="2027-01-10", requester=bmt, reason=aml, category="inpatient")
    b.medreq(cc(rx("10582", "levothyroxine"), text="Levothyroxine 88 mcg"), "2019-01-01", "88 mcg daily", requester=leuk)
    b.note("2026-11-24", """BMT CONSULT / PRE-TRANSPLANT VISIT
52F with AML-MR, complex karyotype (ELN 2022 adverse), CR1 after 7+3 (6/2026) and HiDAC x2; marrow 10/20 MRD-negative. ECOG 0, HCT-CI 0.
Donor: 10/10 matched unrelated donor (male, 29, CMV-negative), PBSC.
Recommendation: Myeloablative allogeneic HCT in CR1 given adverse-risk cytogenetics. Conditioning busulfan/fludarabine with ATG; tacrolimus/methotrexate GVHD prophylaxis.
Discussed: transplant-related mortality ~15-20% at 1 year, acute/chronic GVHD, infertility (post-menopausal), infections, prolonged hospitalization ~4 weeks, caregiver 24/7 for 100 days (husband).
Patient consents to proceed. Admit 1/5/2027; day 0 1/12/2027.
N. Rasmussen, MD""", type_=("11488-4", "Consult note"), author=bmt, enc=e3)


# ---------------------------------------------------------------- HIT near miss: IDA from menorrhagia, IV iron infusions
def heme_ida(b):
    o = setup(b, "H2", "Okafor-Bell", "Nneka Adaeze", "female", "1985-08-27", "1630 W Bullard Ave", "MV0073355",
              "Anthem Blue Cross", "ANB775533012", "2021-01-01", plan="Anthem Blue Cross PPO", marital="M")
    hem = b.prac("Tran", "Minh", npi="1841239977")
    gyn = b.prac("Whitaker", "Lauren", npi="1841230088")
    P = lambda *a, **k: b.cond(*a, **k)
    ida = P(I("D50.0", "Iron deficiency anemia secondary to blood loss (chronic)", sct("87522002", "Iron deficiency anemia")),
            onset="2026-05-01", recorded="2026-07-22", asserter=hem)
    men = P(I("N92.0", "Excessive and frequent menstruation with regular cycle"), onset="2024-01-01", recorded="2026-05-01", asserter=gyn)
    P(I("D25.1", "Intramural leiomyoma of uterus"), onset="2026-05-20", asserter=gyn)
    P(I("O24.419", "Gestational diabetes mellitus in pregnancy, unspecified control"), status="resolved", onset="2015-03-01", abated="2015-07-10")
    b.medstmt(cc(text="Ferrous sulfate 325 mg tablet"), "2026-05-05", status="stopped", end="2026-06-20",
              note="Stopped - nausea and constipation")
    e1 = b.enc("2026-07-22", type_=cc(cpt("99204")), prac=hem, org=o, service=txt("Hematology"), dx=[ida], reason=txt("Iron deficiency anemia, oral iron intolerance"))
    b.cbc("2026-07-22", e1, 8.9, 6.1, 402, mcv=71, sex="F")
    b.lab("2276-4", "Ferritin [Mass/volume] in Serum or Plasma", "2026-07-22", 4, "ng/mL", 11, 307, e1)
    b.lab("2502-3", "Iron saturation [Mass Fraction] in Serum or Plasma", "2026-07-22", 4, "%", 15, 50, e1)
    b.lab("31017-7", "Tissue transglutaminase IgA Ab [Units/volume] in Serum", "2026-07-22", 1.2, "U/mL", None, 4.0, e1)
    for d in ("2026-07-29", "2026-08-05"):
        e = b.enc(d, type_=txt("Infusion visit"), org=o, service=txt("Infusion center"), dx=[ida])
        b.proc(cc(hcpcs("J1439", "Injection, ferric carboxymaltose, 1 mg"), cpt("96365", "Intravenous infusion, for therapy, prophylaxis, or diagnosis; initial, up to 1 hour"),
                  text="Ferric carboxymaltose 750 mg IV"), date=d, enc=e, reason=ida, outcome="Tolerated without reaction")
    b.proc(cc(cpt("58300", "Insertion of intrauterine device (IUD)"), text="Levonorgestrel 52 mg IUD insertion"), date="2026-08-20", performer=gyn, reason=men)
    e4 = b.enc("2026-10-21", type_=cc(cpt("99214")), prac=hem, org=o, service=txt("Hematology"), dx=[ida], reason=txt("Follow-up after IV iron"))
    b.cbc("2026-10-21", e4, 12.6, 5.8, 276, mcv=84, sex="F")
    b.lab("2276-4", "Ferritin [Mass/volume] in Serum or Plasma", "2026-10-21", 188, "ng/mL", 11, 307, e4)
    b.lab("2777-1", "Phosphate [Mass/volume] in Serum or Plasma", "2026-10-21", 3.1, "mg/dL", 2.5, 4.5, e4)
    b.vitals("2026-10-21", e4, 112, 68, 72, wt=74.0)
    b.sr(cc(ln("58410-2", "CBC panel - Blood by Automated count"), text="CBC and ferritin - 3-month recheck"), "2026-10-21", when="2027-01-20T09:00:00Z",
         requester=hem, reason=ida)
    b.note("2026-07-22", """HEMATOLOGY CONSULT
41F with heavy menses (changing pad hourly on days 1-2, clots), fibroid on US 5/2026, Hgb 8.9, MCV 71, ferritin 4. Fatigue, pica (ice). Oral iron stopped for GI intolerance. Celiac serology negative. No GI bleeding symptoms, no family history of colon cancer.
Assessment: Iron deficiency anemia secondary to menorrhagia.
Plan: IV ferric carboxymaltose 750 mg x2. Gynecology managing bleeding (LNG-IUD planned). Recheck 8-12 weeks.""", type_=("11488-4", "Consult note"), author=hem, enc=e1)
    b.note("2026-10-21", """HEMATOLOGY FOLLOW-UP
Energy much improved, pica resolved. Menses lighter since LNG-IUD 8/20. Hgb 12.6, ferritin 188, phosphate normal.
Assessment: IDA - responded to IV iron.
Plan: CBC/ferritin in 3 months; repeat IV iron only if ferritin < 30.""", author=hem, enc=e4)


# ---------------------------------------------------------------- PRC positive: MGUS, patient-entered flag requesting second opinion
def heme_mgus(b):
    o = setup(b, "H3", "Abernethy", "Calvin Ray", "male", "1963-01-14", "402 Augusta Rd", "PCB118840",
              "BlueCross BlueShield of South Carolina", "ZCS661884001", "2018-01-01", plan="BCBS SC State Health Plan", marital="M")
    hem = b.prac("Varga", "Istvan", npi="1952341122")
    P = lambda *a, **k: b.cond(*a, **k)
    mg = P(I("D47.2", "Monoclonal gammopathy", text="Monoclonal gammopathy of undetermined significance (MGUS), IgG kappa"), onset="2024-10-15",
           recorded="2024-11-05", asserter=hem, note="IgG kappa, M-spike 0.9 g/dL at diagnosis; low-intermediate risk (Mayo)")
    P(I("I10", "Essential (primary) hypertension"), onset="2011-01-01")
    P(I("K21.9", "Gastro-esophageal reflux disease without esophagitis"), onset="2016-01-01")
    P(I("M54.16", "Radiculopathy, lumbar region"), status="resolved", onset="2022-03-01", abated="2022-06-01")
    b.dr(txt("Whole-body low-dose CT skeletal survey"), "2024-11-20", cat="CT", conclusion="No lytic or destructive osseous lesions.")
    mspike = cc(c(LLAB, "SPEP-MSPIKE", "M-spike, serum protein electrophoresis"), text="M-spike (monoclonal protein), SPEP")
    for d, ms, ratio, hb, cr, ca in (("2025-05-13", 0.9, 1.8, 14.4, 0.98, 9.4), ("2025-11-11", 1.0, 1.9, 14.2, 1.01, 9.5), ("2026-11-17", 1.0, 1.9, 14.3, 1.00, 9.3)):
        e = b.enc(d, type_=cc(cpt("99213")), prac=hem, org=o, service=txt("Hematology"), dx=[mg], reason=txt("MGUS surveillance"))
        b.obs(mspike, d, ms, "g/dL", enc=e, interp="A")
        b.lab("48378-4", "Kappa/Lambda free light chain ratio in Serum", d, ratio, "{ratio}", 0.26, 1.65, e)
        b.lab("718-7", "Hemoglobin [Mass/volume] in Blood", d, hb, "g/dL", 13.2, 16.6, e)
        b.lab("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", d, cr, "mg/dL", 0.74, 1.35, e)
        b.lab("17861-6", "Calcium [Mass/volume] in Serum or Plasma", d, ca, "mg/dL", 8.6, 10.3, e)
    b.medstmt(cc(rx("29046", "lisinopril"), text="Lisinopril 10 mg tablet"), "2011-01-01", dose_text="10 mg daily")
    b.medstmt(cc(rx("7646", "omeprazole"), text="Omeprazole 20 mg capsule"), "2016-01-01", dose_text="20 mg daily")
    b.note("2026-11-17", """HEMATOLOGY - MGUS SURVEILLANCE
63M with IgG-kappa MGUS since 10/2024. M-spike stable 1.0 g/dL, FLC ratio 1.9, Hgb/Cr/Ca normal. No bone pain. No CRAB features.
Assessment: MGUS, stable; annual progression risk ~1%.
Plan: Annual SPEP/FLC/CBC/CMP. Patient voiced worry that "nobody is doing anything" and asked about treating it early; explained observation is standard of care.
I. Varga, MD""", author=hem, enc=e)
    b.flag(cc(c("https://piedmontblood.example.org/portal-flag", "PT-2ND-OP", "Patient request: second opinion"),
              text="Patient request (portal): second opinion on monoclonal gammopathy plan - wants review at a myeloma center"),
           "2026-11-20", b.pt, cat="admin")


# ---------------------------------------------------------------- ROC positive: PNH on ravulizumab
def heme_pnh(b):
    o = setup(b, "H1", "Oyelowo", "Daniel Ayodeji", "male", "1999-05-03", "3120 N Downer Ave", "LBMT-0068812",
              "Anthem Blue Cross and Blue Shield Wisconsin", "WIA5588120", "2023-06-01", plan="Anthem Blue Preferred PPO", marital="S")
    hem = b.prac("Baptiste", "Odile", npi="1730128811")
    P = lambda *a, **k: b.cond(*a, **k)
    pnh = P(I("D59.5", "Paroxysmal nocturnal hemoglobinuria [Marchiafava-Micheli]"),
            onset="2025-01-20", recorded="2025-02-11", asserter=hem)
    P(I("K13.79", "Other lesions of oral mucosa"), status="resolved", onset="2024-11-01", abated="2024-12-01")
    P(I("J45.20", "Mild intermittent asthma, uncomplicated"), onset="2008-01-01")
    b.dr(cc(c(LLAB, "PNHFLOW", "PNH high-sensitivity flow cytometry (FLAER)"), text="PNH flow cytometry, peripheral blood"), "2025-02-07", cat="HM",
         conclusion="GPI-deficient clone: granulocytes (FLAER/CD24) 78.4%, monocytes (FLAER/CD14) 81.2%, red cells type III 33.6%, type II 4.1%. Large PNH clone.")
    b.note("2025-02-11", """HEMATOLOGY - NEW DIAGNOSIS
25M with 3 months of fatigue, dark morning urine and abdominal pain episodes. Hgb 7.8, LDH 1,940 (8x ULN), haptoglobin < 10, retic 6.2%, DAT negative. High-sensitivity flow: large PNH clone (granulocytes 78%).
Marrow: normocellular for age, erythroid hyperplasia, no aplasia or dysplasia. Karyotype normal.
Diagnosis: Classic (hemolytic) paroxysmal nocturnal hemoglobinuria.
Plan: Meningococcal ACWY and B vaccination, then ravulizumab. Penicillin prophylaxis during first 2 weeks. Patient safety card issued.""", type_=("11488-4", "Consult note"), author=hem)
    b.imm("136", "Meningococcal oligosaccharide (groups A, C, Y and W-135) conjugate vaccine (MenACWY-CRM)", "2025-02-13")
    b.imm("163", "Meningococcal B vaccine, recombinant, OMV, adjuvanted", "2025-02-13")
    b.medreq(cc(text="Ravulizumab-cwvz IV (Ultomiris)"), "2025-02-27",
             "Loading 2700 mg IV, then 3300 mg IV every 8 weeks", requester=hem, reason=pnh)
    for d, hb, ldh, ret in (("2026-05-19", 11.4, 268, 3.9), ("2026-07-14", 11.9, 251, 3.6), ("2026-09-08", 11.7, 259, 3.8), ("2026-11-03", 12.0, 247, 3.5)):
        e = b.enc(d, type_=txt("Infusion visit - ravulizumab"), prac=hem, org=o, service=txt("Hematology infusion"), dx=[pnh])
        b.cbc(d, e, hb, 5.4, 168, report=False)
        b.lab("2532-0", "Lactate dehydrogenase [Enzymatic activity/volume] in Serum or Plasma", d, ldh, "U/L", 122, 222, e)
        b.lab("17849-1", "Reticulocytes/100 erythrocytes in Blood by Automated count", d, ret, "%", 0.5, 2.2, e)
    b.medreq(cc(rx("7984", "penicillin V"), text="Penicillin VK 500 mg tablet"), "2025-02-13", "500 mg twice daily x 2 weeks",
                 status="completed", start="2025-02-13", end="2025-02-27", requester=hem)
    b.medreq(cc(rx("4511", "folic acid"), text="Folic acid 1 mg tablet"), "2025-02-11", "1 mg daily", requester=hem, reason=pnh)
    b.note("2026-11-03", """HEMATOLOGY - PNH FOLLOW-UP
27M with classic PNH on ravulizumab q8 weeks since 2/2025. Fatigue much improved, no dark urine, no thrombosis, no breakthrough hemolysis episodes. Hgb 12.0 (stable 11.4-12.0 over 6 months), LDH 247 (1.1x ULN), retic 3.5% - mild extravascular hemolysis on C5 inhibition, transfusion-independent since 4/2025.
Plan: Continue ravulizumab q8 weeks. Annual PNH clone size. Meningococcal booster per schedule. Keep safety card.
O. Baptiste, MD""", author=hem, enc=e)


# ---------------------------------------------------------------- ROC near miss: Duffy-null associated neutrophil count
def heme_danc(b):
    o = setup(b, "H3", "Mensah", "Abena Serwaa", "female", "1990-09-30", "77 Woodruff Rd", "PCB230561",
              "Cigna", "U58830561", "2022-01-01", plan="Cigna Open Access Plus", marital="M")
    hem = b.prac("Hollis", "Dana", prefix=None, suffix="NP", npi="1952341188")
    pcp = b.prac("Moody", "Everett", npi="1952341300")
    P = lambda *a, **k: b.cond(*a, **k)
    dn = P(I("D70.8", "Other neutropenia", text="Duffy-null associated neutrophil count (benign)"), onset="2026-08-11", recorded="2026-09-15", asserter=hem)
    P(I("J30.9", "Allergic rhinitis, unspecified"), onset="2010-01-01")
    P(I("O99.89", "Other specified diseases and conditions complicating pregnancy, childbirth and the puerperium"), status="resolved",
      onset="2023-03-01", abated="2023-10-01")
    series = [("2026-08-11", 4.0, 1.1), ("2026-09-15", 3.6, 1.0), ("2026-11-10", 3.9, 1.2)]
    for i, (d, wbc, anc) in enumerate(series):
        e = b.enc(d, type_=cc(cpt(["99213", "99204", "99213"][i])), prac=[pcp, hem, hem][i], org=o,
                  service=txt(["Primary care", "Hematology", "Hematology"][i]), dx=[dn] if i else None,
                  reason=txt(["Annual physical", "Low neutrophil count", "Follow-up neutrophil count"][i]))
        b.cbc(d, e, 12.8, wbc, 241, anc=anc, sex="F")
    b.obs(cc(c(LLAB, "FYPHEN", "Duffy blood group phenotype"), text="Duffy (Fy) antigen phenotype"), "2026-09-15", string="Fy(a-b-)",
          interp=None, note="Duffy-null phenotype")
    b.dr(cc(c(LLAB, "SMEAR-PATH", "Peripheral smear, pathologist review"), text="Peripheral smear review"), "2026-09-15", cat="HM",
         conclusion="Neutrophils decreased in number, normal morphology. No blasts, no dysplasia. Red cells and platelets unremarkable.")
    b.lab("2132-9", "Cobalamin (Vitamin B12) [Mass/volume] in Serum or Plasma", "2026-09-15", 488, "pg/mL", 232, 1245)
    b.obs(cc(ln("8061-4", "Nuclear Ab [Presence] in Serum"), text="ANA screen"), "2026-09-15", vcc=cc(sct("260385009", "Negative")), interp="N")
    b.medstmt(cc(rx("20610", "cetirizine"), text="Cetirizine 10 mg tablet"), "2015-01-01", dose_text="10 mg daily as needed")
    b.note("2026-09-15", """HEMATOLOGY CONSULT (NP)
35F of Ghanaian ancestry referred for ANC 1.1 on routine labs. No recurrent infections, mouth ulcers, fevers, or weight loss. No medications causing neutropenia. Two uncomplicated pregnancies. Hgb, platelets, MCV normal. Smear: normal neutrophil morphology, no blasts. Duffy phenotype Fy(a-b-). B12 normal, ANA negative.
Assessment: Duffy-null associated neutrophil count - a normal variant common in people of West African ancestry (approx. two-thirds), not a disease. No marrow evaluation indicated.
Plan: Letter for patient/PCP explaining normal ANC range for Duffy-null individuals (~0.8-1.2 x10^9/L lower limit). Recheck once in 2 months.""", type_=("11488-4", "Consult note"), author=hem)
    b.note("2026-11-10", """HEMATOLOGY FOLLOW-UP (NP)
ANC 1.2, stable. Well. Discharged to PCP. No restrictions, no further hematology follow-up needed.""", author=hem)
