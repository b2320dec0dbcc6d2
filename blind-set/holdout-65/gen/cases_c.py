"""Org C: an interstitial lung disease clinic (HRCT, PFTs, 6-minute walk, antifibrotics, MDT, transplant referral)."""
from fhirkit import (Case, Org, cc, txt, qty, ref, SCT, LOINC, ICD10CM, CPT, RXNORM)

ORG = Org("lakeshore-ild", "https://fhir.lakeshore-ild.org/r4", "-06:00", "en-US")
NPI = "http://hl7.org/fhir/sid/us-npi"
MRN = "https://fhir.lakeshore-ild.org/NamingSystem/mrn"
LOCAL = "https://fhir.lakeshore-ild.org/CodeSystem/ild-local"
RAD = cc(("http://terminology.hl7.org/CodeSystem/v2-0074", "RAD", "Radiology"))
PF = cc(("http://terminology.hl7.org/CodeSystem/v2-0074", "PF", "Pulmonary Function"))


def cm(code, display):
    return cc((ICD10CM, code, display), text=display)


def rx(code, name):
    return cc((RXNORM, code, None), text=name)


def doc(loinc, label):
    return cc((LOINC, loinc, None), text=label)


def center(k):
    parent = k.organization("Lakeshore University Health", {"system": "https://fhir.lakeshore-ild.org/NamingSystem/org", "value": "LUH"},
                            cc(("http://terminology.hl7.org/CodeSystem/organization-type", "prov", "Healthcare Provider")),
                            {"city": "Milwaukee", "state": "WI", "country": "US"})
    return k.organization("Lakeshore Interstitial Lung Disease Center", {"system": NPI, "value": "1598743201"},
                          cc(("http://terminology.hl7.org/CodeSystem/organization-type", "dept", "Hospital Department")),
                          {"line": ["2300 N Lake Dr, Pavilion C"], "city": "Milwaukee", "state": "WI", "postalCode": "53211", "country": "US"},
                          part_of=parent)


def doctor(k, family, given, spec, npi, gender="male"):
    return k.practitioner(family, given, "Dr.", spec, {"system": NPI, "value": npi}, gender)


def patient(k, family, given, gender, birth, mrn, phone, org, marital="M"):
    return k.patient(family, given, gender, birth, {"system": MRN, "value": mrn},
                     {"city": "Milwaukee", "state": "WI", "country": "US"}, phone, "en-US",
                     cc(("http://terminology.hl7.org/CodeSystem/v3-MaritalStatus", marital, None)), org=org)


def cover(k, kind):
    names = {"medicare": ("Centers for Medicare & Medicaid Services", "Medicare Part B", "MEDICARE"),
             "bcbs": ("Blue Cross Blue Shield of Wisconsin", "Commercial PPO", "PPO"),
             "medicaid": ("Wisconsin Medicaid (BadgerCare Plus)", "Medicaid", "MCPOL")}
    name, plan, code = names[kind]
    p = k.organization(name, None, cc(("http://terminology.hl7.org/CodeSystem/organization-type", "ins", "Insurance Company")))
    return k.coverage(p, cc(("http://terminology.hl7.org/CodeSystem/v3-ActCode", "PUBLICPOL" if kind != "bcbs" else "EHCPOL",
                             None), text=plan), f"{code}-{k.cid[-2:]}8841", "2023-01-01")


def pft(k, date, fvc, fvc_pct, dlco=None, dlco_pct=None, fev1=None, ratio=None, enc=None, conclusion=None):
    res = []
    res.append(k.obs(cc((LOINC, "19870-5", "Forced vital capacity [Volume] Respiratory system"), text="FVC"), date, qty(fvc, "L"),
                     "procedure", "L" if fvc_pct < 80 else "N", encounter=enc,
                     components=[{"code": cc((LOCAL, "FVC-PP", "FVC percent predicted (GLI)"), text="FVC % predicted"),
                                  "valueQuantity": qty(fvc_pct, "%")}]))
    if fev1 is not None:
        res.append(k.obs(cc((LOINC, "20150-9", "FEV1"), text="FEV1"), date, qty(fev1, "L"), "procedure", encounter=enc))
    if ratio is not None:
        res.append(k.obs(cc((LOINC, "19926-5", "FEV1/FVC"), text="FEV1/FVC"), date, qty(ratio, "%"), "procedure",
                         "L" if ratio < 70 else "N", encounter=enc))
    if dlco is not None:
        res.append(k.obs(cc((LOINC, "19911-7", "Diffusion capacity.carbon monoxide"), text="DLCO"), date, qty(dlco, "mL/min/mmHg", "mL/min/mm[Hg]"),
                         "procedure", "L" if dlco_pct < 75 else "N", encounter=enc,
                         components=[{"code": cc((LOCAL, "DLCO-PP", "DLCO percent predicted (GLI)"), text="DLCO % predicted"),
                                      "valueQuantity": qty(dlco_pct, "%")}]))
    k.report(cc((CPT, "94729", None), (LOCAL, "PFT-FULL", "Pulmonary function study: spirometry, lung volumes, diffusing capacity"),
                text="Pulmonary function study"), date, conclusion, PF, res, encounter=enc)
    return res


def walk(k, date, metres, nadir, enc=None, note=None):
    return k.obs(cc((LOINC, "64098-7", None), (LOCAL, "6MWD", "Six-minute walk distance"), text="6-minute walk distance"), date,
                 qty(metres, "m"), "activity", encounter=enc, note=note,
                 components=[{"code": cc((LOINC, "59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry"), text="Nadir SpO2 during walk"),
                              "valueQuantity": qty(nadir, "%")}])


def hrct(k, date, conclusion, perf=None, enc=None):
    return k.report(cc((CPT, "71250", None), (LOCAL, "HRCT-CHEST", "High-resolution CT chest, prone and expiratory images"), text="HRCT chest"),
                    date, conclusion, RAD, performer=perf, encounter=enc)


# ---------------------------------------------------------------------------------------------------------------
def c01(cid):
    """Chronic cough referred to exclude ILD: normal HRCT/PFT, but FeNO high and methacholine positive - cough-variant asthma, resolving."""
    k = Case(cid, ORG)
    c = center(k)
    pul = doctor(k, "Okonkwo", "Adaeze", "Pulmonology - ILD", "1730482291", "female")
    pcp = doctor(k, "Brandt", "Thomas", "Family Medicine", "1467329905")
    patient(k, "Kowalczyk", "Denise", "female", "1979-03-30", "LK-4408172", "+1-414-555-0142", c)
    cover(k, "bcbs")
    k.condition(cm("J30.2", "Other seasonal allergic rhinitis"), "2005-01-01", recorded="2018-04-02")
    cough = k.condition(cm("R05.3", "Chronic cough"), "2026-04-01", clinical="resolved", abatement="2026-10-20",
                        category="encounter-diagnosis", recorded="2026-05-12", recorder=pcp,
                        note="Explained by cough-variant asthma (methacholine positive, FeNO 58 ppb); resolved on ICS/LABA.")
    k.note("2026-05-12", (
        "Referral letter - Brandt Family Medicine\nDear ILD clinic, 47F with dry cough for 6 weeks, worse at night and with cold air. "
        "Non-smoker. I thought I heard fine basal crackles. CXR clear. Please assess to exclude interstitial lung disease."),
        doc("57133-1", "Referral note"), pcp, None, "PCP referral")
    e1 = k.encounter("2026-07-14", "AMB", type_text="ILD new patient visit", reason="Chronic cough, ? ILD", practitioner=pul, org=c)
    k.vitals("2026-07-14", 122, 76, 72, 70, bmi=26.1, spo2=98, encounter=e1)
    hrct(k, "2026-07-20", "Normal lung parenchyma. No interstitial abnormality, no air-trapping, no bronchiectasis.", c)
    pft(k, "2026-07-20", 3.42, 98, 24.1, 92, fev1=2.71, ratio=79, conclusion="Normal spirometry, lung volumes and DLCO.")
    k.obs(cc((LOCAL, "FENO", "Fractional exhaled nitric oxide"), text="FeNO"), "2026-07-20", qty(58, "[ppb]"), "procedure", "H",
          [{"high": qty(25, "[ppb]")}])
    k.labs("2026-07-20", {"eos": 0.62, "ige": 240, "hb": 13.4}, "CBC with differential, IgE", ranges={"hb": (12.0, 16.0)})
    k.report(cc((CPT, "94070", None), (LOCAL, "METHACHOLINE", "Methacholine bronchoprovocation"), text="Methacholine challenge"),
             "2026-08-11", "Positive: PC20 1.2 mg/mL, consistent with airway hyperresponsiveness.", PF)
    cva = k.condition(cm("J45.991", "Cough variant asthma"), "2026-08-11", recorded="2026-09-01", recorder=pul)
    e2 = k.encounter("2026-09-01", "AMB", type_text="ILD follow-up", reason="Results", practitioner=pul, org=c, diagnosis=[cva])
    k.med_request(txt("Budesonide 160 mcg / formoterol 4.5 mcg inhaler (Symbicort 160/4.5)"), "2026-09-01", "active",
                  dosage="2 puffs twice daily", requester=pul, reason_ref=[cva], repeats=5)
    k.note("2026-09-01", (
        "ILD clinic follow-up\nCough persists, nocturnal. HRCT and PFTs normal - no ILD. FeNO 58 ppb, eosinophils 0.62, "
        "methacholine PC20 1.2 mg/mL.\nAssessment: cough-variant asthma explains the cough; the crackles were not reproduced.\n"
        "Plan: budesonide/formoterol 160/4.5 two puffs BID; review 6-8 weeks with Leicester Cough Questionnaire."),
        doc("11506-3", "Progress note"), pul, e2, "ILD clinic 01/09/2026")
    lcq = cc((LOCAL, "LCQ", "Leicester Cough Questionnaire total score"), text="LCQ total (3-21)")
    k.score(lcq, "2026-09-01", 11.2, e2)
    e3 = k.encounter("2026-10-20", "AMB", type_text="ILD follow-up", reason="Cough review", practitioner=pul, org=c)
    k.score(lcq, "2026-10-20", 18.6, e3)
    k.vitals("2026-10-20", 118, 74, 70, 70, spo2=99, encounter=e3)
    k.note("2026-10-20", (
        "ILD clinic follow-up\nCough almost gone after 7 weeks of ICS/LABA, sleeping through. LCQ 11.2 -> 18.6.\n"
        "Diagnosis: cough-variant asthma, controlled. Discharged back to PCP with asthma action plan."),
        doc("11506-3", "Progress note"), pul, e3, "ILD clinic 20/10/2026")
    return k


def c02(cid):
    """Amiodarone pulmonary toxicity: diagnosis fits the findings; drug stopped, improving on prednisone."""
    k = Case(cid, ORG)
    c = center(k)
    pul = doctor(k, "Ferraro", "Luca", "Pulmonology - ILD", "1841299367")
    card = doctor(k, "Nakamura", "Kenji", "Cardiology", "1295837461")
    patient(k, "Jensen", "Harold", "male", "1954-02-17", "LK-3391024", "+1-414-555-0177", c)
    cover(k, "medicare")
    af = k.condition(cm("I48.19", "Other persistent atrial fibrillation"), "2024-11-01", recorded="2024-11-20", recorder=card)
    htn = k.condition(cm("I10", "Essential (primary) hypertension"), "2010-01-01", recorded="2012-05-08")
    ild = k.condition(cm("J70.4", "Drug-induced interstitial lung disorders, unspecified"), "2026-06-01", recorded="2026-07-02",
                      recorder=pul, note="Amiodarone pulmonary toxicity; HRCT high-attenuation consolidation, BAL foamy macrophages.")
    k.med_statement(rx("703", "Amiodarone 200 mg tablet"), "stopped", "2025-01-10", "2026-07-02", reason_ref=[af],
                    status_reason="Stopped for pulmonary toxicity")
    k.med_request(rx("6918", "Metoprolol succinate 100 mg ER tablet"), "2026-07-02", "active", dosage="100 mg daily", requester=card,
                  reason_ref=[af], repeats=5)
    k.med_request(rx("1364430", "Apixaban 5 mg tablet"), "2025-01-10", "active", dosage="5 mg twice daily", requester=card, reason_ref=[af], repeats=5)
    k.med_request(rx("8640", "Prednisone 10 mg tablet"), "2026-10-15", "active", dosage="Taper: 10 mg daily, reduce by 2.5 mg every 2 weeks",
                  requester=pul, reason_ref=[ild], course="acute", note="Started 40 mg daily on 02/07/2026.")
    e1 = k.encounter("2026-07-02", "AMB", type_text="ILD urgent new patient", reason="Progressive dyspnea and cough on amiodarone",
                     practitioner=pul, org=c)
    k.vitals("2026-07-02", 128, 78, 64, 84, spo2=91, encounter=e1)
    hrct(k, "2026-06-26", "Bilateral peripheral consolidation and ground-glass opacities, upper-lobe predominant, with high attenuation; "
                          "high-attenuation liver. Pattern consistent with amiodarone pulmonary toxicity.", c)
    k.procedure(cc((CPT, "31624", None), text="Bronchoscopy with bronchoalveolar lavage"), "completed", "2026-06-30", pul, [ild],
                outcome="BAL: lipid-laden (foamy) macrophages, lymphocytes 14%, cultures negative.")
    pft(k, "2026-06-30", 2.61, 70, 11.8, 48, conclusion="Mild restriction, moderately reduced DLCO.")
    k.note("2026-07-02", (
        "ILD clinic\n72M on amiodarone 200 mg since Jan 2025 for persistent AF. 6 weeks of dyspnea, dry cough, low-grade fever. "
        "HRCT, high-attenuation consolidation; BAL foamy macrophages, no infection.\nAssessment: amiodarone pulmonary toxicity - "
        "fits the clinical picture. Amiodarone stopped (cardiology agrees, rate control with metoprolol). Prednisone 40 mg with taper."),
        doc("11488-4", "Consult note"), pul, e1, "ILD consult 02/07/2026")
    for d, f, fp, dl, dp, w in (("2026-08-27", 2.84, 76, 13.9, 56, 410), ("2026-10-15", 2.97, 80, 15.2, 61, 445)):
        e = k.encounter(d, "AMB", type_text="ILD follow-up", reason="Amiodarone toxicity follow-up", practitioner=pul, org=c)
        k.vitals(d, 126, 76, 70, 85, spo2=95, encounter=e)
        pft(k, d, f, fp, dl, dp, enc=e, conclusion="Improving restriction and DLCO.")
        walk(k, d, w, 92 if w < 420 else 94, e)
    k.note("2026-10-15", (
        "ILD clinic follow-up\nMuch better. Mild exertional dyspnea on hills only, expected at this stage of recovery; cough resolved. "
        "FVC 80%, DLCO 61% (48% in June). Repeat HRCT: marked regression of consolidation.\nPlan: continue prednisone taper, "
        "avoid amiodarone permanently (allergy list updated), PFTs in 3 months."),
        doc("11506-3", "Progress note"), pul, None, "ILD clinic 15/10/2026")
    k.allergy(rx("703", "Amiodarone"), "2026-07-02", "Pulmonary toxicity", "high")
    return k


def c03(cid):
    """Fibrotic ILD of undetermined type: MDT recommends VATS surgical lung biopsy, booked 12 January 2027."""
    k = Case(cid, ORG)
    c = center(k)
    pul = doctor(k, "Sato", "Mariko", "Pulmonology - ILD", "1003928475", "female")
    ts = doctor(k, "Whitaker", "James", "Thoracic Surgery", "1558012934")
    patient(k, "Herrera", "Miguel", "male", "1967-12-03", "LK-5120447", "+1-414-555-0110", c)
    cover(k, "bcbs")
    k.condition(cm("K21.9", "Gastro-esophageal reflux disease without esophagitis"), "2018-01-01", recorded="2019-03-14")
    k.condition(cm("E78.5", "Hyperlipidemia, unspecified"), "2016-01-01", recorded="2016-08-09")
    ild = k.condition(cm("J84.89", "Other specified interstitial pulmonary diseases"), "2026-05-01", verification="provisional",
                      recorded="2026-08-18", recorder=pul,
                      note="Fibrotic ILD, pattern indeterminate for UIP; differential fibrotic hypersensitivity pneumonitis vs IPF vs fibrotic NSIP.")
    k.med_request(rx("40790", "Pantoprazole 40 mg tablet"), "2026-01-05", "active", dosage="40 mg daily", repeats=5)
    e1 = k.encounter("2026-08-18", "AMB", type_text="ILD new patient visit", reason="Abnormal CT, exertional dyspnea",
                     practitioner=pul, org=c)
    k.vitals("2026-08-18", 130, 80, 78, 91, bmi=28.4, spo2=95, encounter=e1)
    hrct(k, "2026-08-04", "Subpleural basal-predominant reticulation with traction bronchiectasis, mild mosaic attenuation and air-trapping; "
                          "no honeycombing. Indeterminate for UIP (ATS/ERS 2022).", c)
    pft(k, "2026-08-18", 3.05, 74, 15.6, 58, enc=e1, conclusion="Mild restriction with moderately reduced DLCO.")
    walk(k, "2026-08-18", 440, 89, e1)
    k.labs("2026-08-18", {"crp": 4.0, "hb": 14.8, "creatmg": 0.9}, "Baseline labs", ranges={"hb": (13.0, 17.0)})
    k.obs(cc((LOCAL, "HP-PANEL", "Hypersensitivity pneumonitis precipitin panel"), text="HP precipitins"), "2026-08-18",
          "Negative for avian, mold and bacterial antigens", interp="NEG")
    k.procedure(cc((CPT, "31624", None), text="Bronchoscopy with bronchoalveolar lavage"), "completed", "2026-09-10", pul, [ild],
                outcome="BAL lymphocytes 18%; non-diagnostic.")
    e2 = k.encounter("2026-10-21", "AMB", type_text="ILD multidisciplinary discussion", reason="MDD", practitioner=pul, org=c)
    k.note("2026-10-21", (
        "ILD multidisciplinary discussion\n58M, former smoker (15 pack-years, quit 2005), down duvet at home until 2025. "
        "HRCT indeterminate for UIP with air-trapping; BAL lymphocytes 18%; precipitins negative; serologies negative.\n"
        "Consensus: no confident diagnosis (fibrotic HP vs IPF vs fibrotic NSIP); management differs materially.\n"
        "Recommendation: surgical lung biopsy by VATS (3 lobes, right side). FVC 74% / DLCO 58%: acceptable operative risk. "
        "Refer to thoracic surgery."),
        doc("11488-4", "MDD summary"), pul, e2, "MDD 21/10/2026")
    e3 = k.encounter("2026-11-20", "AMB", type_text="Thoracic surgery consult", reason="Surgical lung biopsy", practitioner=ts, org=c)
    k.vitals("2026-11-20", 128, 78, 76, 90, spo2=95, encounter=e3)
    k.note("2026-11-20", (
        "Thoracic surgery consult\nDiscussed VATS wedge biopsies of RUL, RML and RLL under general anesthesia, chest drain, 1-3 night stay; "
        "risk of acute exacerbation of ILD (~2%), air leak, pain. Patient and wife wish to proceed.\nBooked 12/01/2027."),
        doc("11488-4", "Consult note"), ts, e3, "Thoracic surgery 20/11/2026")
    k.service_request(cc((CPT, "32607", None), (LOCAL, "VATS-SLB", "Video-assisted thoracoscopic surgical lung biopsy"),
                         text="VATS surgical lung biopsy, right (3 lobes)"),
                      "2026-11-20", "active", "order", requester=ts, performer=ts, reason_ref=[ild], occurrence="2027-01-12",
                      encounter=e3, priority="routine")
    return k


def c04(cid):
    """End-stage asbestosis: no disease-directed options, not a transplant candidate, hospice referral."""
    k = Case(cid, ORG)
    c = center(k)
    pul = doctor(k, "Lindgren", "Erik", "Pulmonology - ILD", "1386640922")
    pal = doctor(k, "Mbeki", "Naledi", "Palliative Medicine", "1912045587", "female")
    patient(k, "Novak", "Gerald", "male", "1948-06-05", "LK-2087351", "+1-414-555-0199", c, marital="W")
    cover(k, "medicare")
    asb = k.condition(cm("J61", "Pneumoconiosis due to asbestos and other mineral fibers"), "2015-01-01", recorded="2017-02-21",
                      recorder=pul, note="Shipyard pipefitter 1966-1998. Bilateral calcified pleural plaques.",
                      severity=cc((SCT, "24484000", "Severe"), text="Severe"))
    rf = k.condition(cm("J96.11", "Chronic respiratory failure with hypoxia"), "2025-03-01", recorded="2025-03-18")
    k.condition(cm("I10", "Essential (primary) hypertension"), "2005-01-01", recorded="2010-01-12")
    k.med_request(rx("7806", "Oxygen gas for inhalation"), "2025-03-18", "active", dosage="4 L/min at rest, 6 L/min on exertion, 24 h/day",
                  requester=pul, reason_ref=[rf])
    k.med_request(rx("29046", "Lisinopril 10 mg tablet"), "2024-05-02", "active", dosage="10 mg daily", repeats=5)
    for d, f, fp, dl, dp in (("2025-10-09", 1.88, 53, 8.1, 34), ("2026-04-14", 1.74, 49, 7.2, 30), ("2026-09-29", 1.62, 46, 6.6, 28)):
        pft(k, d, f, fp, dl, dp, conclusion="Severe restriction, severely reduced DLCO.")
    walk(k, "2026-09-29", 150, 78, note="Stopped twice; on 6 L/min oxygen.")
    k.labs("2026-09-29", {"ntprobnp": 980, "hb": 14.9, "creatmg": 1.3, "alb": 31}, "Clinic labs",
           ranges={"hb": (13.0, 17.0)}, interp_over={"creatmg": "H"})
    e1 = k.encounter("2026-10-08", "AMB", type_text="ILD clinic with family", reason="Goals of care", practitioner=pul, org=c)
    k.vitals("2026-10-08", 112, 68, 96, 58, spo2=88, encounter=e1)
    k.note("2026-10-08", (
        "ILD clinic - goals of care\n78M, advanced asbestosis with chronic hypoxic respiratory failure (O2 4-6 L/min), FVC 46%, DLCO 28%, "
        "6MWD 150 m, weight loss 7 kg this year, cor pulmonale on echo.\n"
        "There are no further disease-directed treatment options: asbestosis has no disease-modifying therapy; antifibrotic therapy "
        "was reviewed at MDD and judged not appropriate given frailty and weight loss; he is not a lung transplant candidate "
        "(age 78, frailty).\nDiscussed with patient and daughter. He wishes to stay at home. Hospice referral placed; DNR/POLST completed."),
        doc("11506-3", "Progress note"), pul, e1, "Goals of care 08/10/2026")
    k.service_request(cc((LOCAL, "REF-HOSPICE", "Referral to home hospice program"), text="Referral to home hospice"), "2026-10-08", "active", "order",
                      requester=pul, performer=pal, reason_ref=[asb, rf])
    k.careplan("Home hospice plan of care", "2026-10-20", category=cc((SCT, "385763009", "Hospice care"), text="Hospice care"),
               addresses=[asb, rf], author=pal,
               activities=[(cc((SCT, "385763009", "Hospice care"), text="Home hospice nursing visits"), "in-progress", None),
                           (None, "in-progress", "Morphine for breathlessness; oxygen; anxiety management")],
               description="Comfort-focused care for end-stage asbestosis.")
    k.med_request(rx("7052", "Morphine sulfate oral solution 10 mg/5 mL"), "2026-10-20", "active",
                  dosage="2.5 mg every 4 h as needed for dyspnea", requester=pal, reason_ref=[asb])
    return k


def c05(cid):
    """Interstitial lung abnormality found at lung-cancer screening; normal physiology; 'no treatment required', surveillance only."""
    k = Case(cid, ORG)
    c = center(k)
    pul = doctor(k, "Okonkwo", "Adaeze", "Pulmonology - ILD", "1730482291", "female")
    patient(k, "Lindqvist", "Patricia", "female", "1960-09-14", "LK-6022390", "+1-414-555-0163", c)
    cover(k, "medicare")
    k.condition(cm("E78.5", "Hyperlipidemia, unspecified"), "2012-01-01", recorded="2014-06-30")
    k.condition(cm("M85.80", "Other specified disorders of bone density and structure, unspecified site"), "2021-01-01", recorded="2021-03-11")
    k.obs(cc((LOINC, "72166-2", "Tobacco smoking status"), text="Smoking status"), "2026-08-25",
          cc((SCT, "8517006", "Ex-smoker"), text="Former smoker, 32 pack-years, quit 2016"), "social-history")
    k.report(cc((CPT, "71271", None), text="Low-dose CT chest for lung cancer screening"), "2026-06-10",
             "Lung-RADS 2. Incidental subpleural reticular opacities at both bases. Recommend ILD evaluation.", RAD)
    ila = k.condition(cc((ICD10CM, "R91.8", "Other nonspecific abnormal finding of lung field"), text="Interstitial lung abnormality (subpleural, non-fibrotic)"),
                      "2026-06-10", recorded="2026-08-25", recorder=pul)
    e1 = k.encounter("2026-08-25", "AMB", type_text="ILD new patient visit", reason="Interstitial lung abnormality on screening CT",
                     practitioner=pul, org=c)
    k.vitals("2026-08-25", 126, 78, 70, 64, bmi=24.2, spo2=97, encounter=e1)
    hrct(k, "2026-08-18", "Subpleural non-fibrotic reticular and ground-glass abnormality at both bases, <5% of lung zones; no traction "
                          "bronchiectasis, no honeycombing. Interstitial lung abnormality (ILA), subpleural non-fibrotic.", c)
    pft(k, "2026-08-25", 3.01, 96, 19.4, 84, fev1=2.38, ratio=79, enc=e1, conclusion="Normal.")
    walk(k, "2026-08-25", 480, 95, e1)
    k.obs(cc((LOCAL, "MMRC", "mMRC dyspnea scale"), text="mMRC dyspnea grade"), "2026-08-25", 0, "survey", encounter=e1)
    k.labs("2026-08-25", {"crp": 1.2, "hb": 13.8, "creatmg": 0.8}, "Baseline labs")
    k.note("2026-08-25", (
        "ILD clinic\n66F, former smoker, asymptomatic, walks 3 miles daily. Screening LDCT showed basal subpleural changes.\n"
        "HRCT: subpleural non-fibrotic ILA, <5%. PFTs and 6MWD normal. Serologies negative.\n"
        "Assessment: interstitial lung abnormality - no treatment is required. Not ILD at present.\n"
        "Plan: surveillance HRCT with annual screening CT; PFTs in 12 months; return sooner if symptoms."),
        doc("11488-4", "Consult note"), pul, e1, "ILD clinic 25/08/2026")
    k.careplan("ILA surveillance", "2026-08-25", addresses=[ila], author=pul,
               activities=[(cc((CPT, "71271", None), text="Annual low-dose CT"), "scheduled", "June 2027"),
                           (None, "scheduled", "PFT and 6MWD in 12 months")],
               description="No treatment indicated; imaging and physiology surveillance.")
    return k


def c06(cid):
    """RA-ILD started on nintedanib: K-BILD falls 62 -> 55 -> 48 within 10 weeks (diarrhoea, weight loss) while FVC is stable."""
    k = Case(cid, ORG)
    c = center(k)
    pul = doctor(k, "Ferraro", "Luca", "Pulmonology - ILD", "1841299367")
    rh = doctor(k, "Abernathy", "Claire", "Rheumatology", "1023847560", "female")
    patient(k, "Marchetti", "Linda", "female", "1963-04-08", "LK-4719285", "+1-414-555-0120", c)
    cover(k, "bcbs")
    ra = k.condition(cm("M05.79", "Rheumatoid arthritis with rheumatoid factor of multiple sites without organ or systems involvement"),
                     "2019-01-01", recorded="2019-06-12", recorder=rh)
    rail = k.condition(cm("M05.10", "Rheumatoid lung disease with rheumatoid arthritis of unspecified site"), "2026-05-01",
                       recorded="2026-07-28", recorder=pul, note="RA-ILD, probable UIP pattern, ~15% extent, radiological progression since 2025.")
    k.condition(cm("I10", "Essential (primary) hypertension"), "2015-01-01", recorded="2016-02-03")
    k.med_request(rx("5521", "Hydroxychloroquine 200 mg tablet"), "2024-01-10", "active", dosage="200 mg twice daily", requester=rh,
                  reason_ref=[ra], repeats=5)
    k.med_request(rx("29046", "Lisinopril 20 mg tablet"), "2024-01-10", "active", dosage="20 mg daily", repeats=5)
    hrct(k, "2026-07-21", "Basal subpleural reticulation with traction bronchiectasis, probable UIP pattern, ~15% extent; "
                          "progressed compared with outside CT of 05/2025.", c)
    pft(k, "2026-07-28", 2.21, 74, 13.2, 55, conclusion="Mild restriction, moderately reduced DLCO (outside FVC 2.45 L in 05/2025).")
    e1 = k.encounter("2026-08-24", "AMB", type_text="ILD clinic", reason="Start antifibrotic", practitioner=pul, org=c)
    k.vitals("2026-08-24", 132, 80, 74, 71, spo2=95, encounter=e1)
    nin = k.med_request(cc((LOCAL, "FORM-NINTEDANIB-150", "Nintedanib 150 mg capsule (Ofev)"), text="Nintedanib 150 mg capsule"), "2026-08-24", "active", dosage="150 mg twice daily with food",
                        requester=pul, reason_ref=[rail], repeats=11,
                        note="Dose reduced to 100 mg twice daily on 02/11/2026 for diarrhea.")
    kbild = cc((LOCAL, "KBILD-TOTAL", "King's Brief Interstitial Lung Disease questionnaire total score (0-100)"), text="K-BILD total")
    k.score(kbild, "2026-08-24", 62.0, e1, note="Baseline before nintedanib.")
    k.labs("2026-08-24", {"alt": 21, "bili": 8, "hb": 12.9}, "Pre-antifibrotic labs", ranges={"hb": (12.0, 16.0)})
    e2 = k.encounter("2026-09-28", "VR", type_text="ILD nurse telehealth", reason="Nintedanib tolerability", practitioner=pul, org=c)
    k.score(kbild, "2026-09-28", 55.0, e2)
    k.vitals("2026-09-28", wt=68, encounter=e2)
    e3 = k.encounter("2026-11-02", "AMB", type_text="ILD clinic", reason="Nintedanib follow-up", practitioner=pul, org=c)
    k.score(kbild, "2026-11-02", 48.0, e3, note="Fall of 14 points since starting nintedanib (MCID about 5-8).")
    k.vitals("2026-11-02", 128, 78, 80, 66, spo2=95, encounter=e3)
    pft(k, "2026-11-02", 2.19, 73, 13.0, 54, enc=e3, conclusion="Stable versus July 2026.")
    k.labs("2026-11-02", {"alt": 58, "bili": 10}, "Nintedanib monitoring", e3)
    k.note("2026-11-02", (
        "ILD clinic\n63F, RA-ILD, nintedanib 150 mg BID since 24/08/2026. Since starting: diarrhea 5-7 times a day despite loperamide, "
        "nausea, 5 kg weight loss (71 -> 66 kg), fatigue; has stopped volunteering and avoids going out. ALT 58.\n"
        "K-BILD 62 -> 55 -> 48. FVC stable at 2.19 L.\nPlan: reduce nintedanib to 100 mg BID, dietitian, recheck LFTs in 4 weeks; "
        "discuss with rheumatology."),
        doc("11506-3", "Progress note"), pul, e3, "ILD clinic 02/11/2026")
    k.med_request(rx("6468", "Loperamide 2 mg capsule"), "2026-09-28", "active", dosage="2 mg after each loose stool, max 8 mg/day",
                  requester=pul, course="acute")
    return k


def c07(cid):
    """Recovered post-COVID organising pneumonia; pre-visit questionnaire answers No to second opinion; normal PFTs."""
    k = Case(cid, ORG)
    c = center(k)
    pul = doctor(k, "Sato", "Mariko", "Pulmonology - ILD", "1003928475", "female")
    patient(k, "Okafor", "Dennis", "male", "1969-11-22", "LK-3877104", "+1-414-555-0131", c)
    cover(k, "bcbs")
    k.condition(cm("E11.9", "Type 2 diabetes mellitus without complications"), "2017-01-01", recorded="2017-09-05")
    k.condition(cm("I10", "Essential (primary) hypertension"), "2015-01-01", recorded="2017-09-05")
    op = k.condition(cm("J84.116", "Cryptogenic organizing pneumonia"), "2025-01-20", clinical="resolved", abatement="2025-07-30",
                     recorded="2025-02-11", recorder=pul, note="Secondary organizing pneumonia after COVID-19 (not cryptogenic); resolved on prednisone.")
    k.condition(cm("U09.9", "Post COVID-19 condition, unspecified"), "2025-01-20", clinical="resolved", abatement="2025-09-30", recorded="2025-02-11")
    k.med_request(rx("6809", "Metformin 1000 mg tablet"), "2025-06-01", "active", dosage="1000 mg twice daily", repeats=5)
    k.med_request(rx("17767", "Amlodipine 5 mg tablet"), "2025-06-01", "active", dosage="5 mg daily", repeats=5)
    for d, f, fp, dl, dp in (("2025-07-30", 3.71, 86, 22.0, 78), ("2026-10-26", 3.95, 92, 24.3, 86)):
        pft(k, d, f, fp, dl, dp, conclusion="Normal." if fp > 90 else "Low-normal, improving.")
    hrct(k, "2026-10-19", "Minor residual subpleural linear bands in both lower lobes; no active consolidation; no fibrosis progression.", c)
    e1 = k.encounter("2026-10-26", "AMB", type_text="ILD follow-up", reason="Annual review after organizing pneumonia",
                     practitioner=pul, org=c)
    k.vitals("2026-10-26", 128, 80, 68, 92, bmi=29.1, spo2=98, encounter=e1)
    walk(k, "2026-10-26", 540, 96, e1)
    k.questionnaire_response("2026-10-26", [
        {"linkId": "mmrc", "text": "Breathlessness (mMRC grade 0-4)", "answer": [{"valueInteger": 0}]},
        {"linkId": "concern", "text": "Do you have concerns about your diagnosis or care that you want to discuss today?",
         "answer": [{"valueCoding": {"system": "http://loinc.org", "code": "LA32-8", "display": "No"}}]},
        {"linkId": "second-opinion", "text": "Would you like us to arrange a second opinion from another specialist?",
         "answer": [{"valueCoding": {"system": "http://loinc.org", "code": "LA32-8", "display": "No"}}]},
        {"linkId": "comments", "text": "Anything else?", "answer": [{"valueString": "Feeling great, back to coaching soccer."}]},
    ], questionnaire="https://fhir.lakeshore-ild.org/Questionnaire/ild-previsit-v3", author=k.patient_ref, source=k.patient_ref, encounter=e1)
    k.note("2026-10-26", (
        "ILD clinic - annual review\n57M, post-COVID organizing pneumonia Jan 2025, treated with prednisone, resolved. Asymptomatic. "
        "PFTs normal (FVC 92%, DLCO 86%), 6MWD 540 m without desaturation. HRCT minor residual bands only.\n"
        "Pre-visit questionnaire: no concerns. Plan: discharge from ILD clinic to PCP."),
        doc("11506-3", "Progress note"), pul, e1, "ILD clinic 26/10/2026")
    return k


def c08(cid):
    """IPAF (NSIP) on mycophenolate since Sept 2025: FVC 2.96 -> 2.84 -> 2.66 -> 2.52 L (-15%), DLCO and 6MWD falling."""
    k = Case(cid, ORG)
    c = center(k)
    pul = doctor(k, "Lindgren", "Erik", "Pulmonology - ILD", "1386640922")
    rh = doctor(k, "Abernathy", "Claire", "Rheumatology", "1023847560", "female")
    patient(k, "Delgado", "Rosa", "female", "1972-07-19", "LK-5560218", "+1-414-555-0188", c)
    cover(k, "medicaid")
    ipaf = k.condition(cm("J84.89", "Other specified interstitial pulmonary diseases"), "2025-06-01", recorded="2025-09-15", recorder=pul,
                       note="Interstitial pneumonia with autoimmune features (IPAF): fibrotic NSIP pattern, Raynaud, ANA 1:320 speckled, anti-Ro52+.")
    k.condition(cm("I73.00", "Raynaud's syndrome without gangrene"), "2023-01-01", recorded="2025-09-15")
    k.condition(cm("E03.9", "Hypothyroidism, unspecified"), "2014-01-01", recorded="2015-05-20")
    k.med_statement(rx("68149", "Mycophenolate mofetil 500 mg tablet"), "active", "2025-09-15", asserted="2026-10-19",
                    dosage="1500 mg twice daily (target reached 11/2025)", reason_ref=[ipaf],
                    note="Adherent per pharmacy refill records and MPA trough levels 2.1-3.4 mg/L.")
    k.med_statement(rx("8640", "Prednisone 5 mg tablet"), "active", "2025-09-15", asserted="2026-10-19", dosage="5 mg daily (tapered from 20 mg)",
                    reason_ref=[ipaf])
    k.med_statement(rx("10582", "Levothyroxine 100 mcg tablet"), "active", "2014-06-01", dosage="100 mcg daily")
    for d, f, fp, dl, dp, w, n in (("2025-09-10", 2.96, 84, 15.1, 62, 462, 93), ("2026-01-13", 2.84, 80, 14.2, 58, 445, 92),
                                   ("2026-05-12", 2.66, 75, 13.0, 54, 418, 90), ("2026-10-19", 2.52, 71, 12.3, 51, 390, 88)):
        e = k.encounter(d, "AMB", type_text="ILD follow-up", reason="IPAF monitoring", practitioner=pul, org=c)
        k.vitals(d, 118, 74, 78, 60, spo2=95, encounter=e)
        pft(k, d, f, fp, dl, dp, enc=e, conclusion=f"FVC {fp}% predicted, DLCO {dp}% predicted.")
        walk(k, d, w, n, e)
    hrct(k, "2026-10-12", "Fibrotic NSIP pattern with increased reticulation and traction bronchiectasis in the lower lobes compared with 09/2025.", c)
    k.labs("2026-10-19", {"wbc": 5.1, "alt": 19, "creatmg": 0.7, "hb": 12.6}, "MMF monitoring", ranges={"hb": (12.0, 16.0)})
    e5 = k.encounter("2026-10-29", "AMB", type_text="ILD multidisciplinary discussion", reason="Progression on therapy", practitioner=pul, org=c)
    k.note("2026-10-29", (
        "ILD multidisciplinary discussion\n54F, IPAF (fibrotic NSIP), mycophenolate 3 g/day since Sept 2025 with confirmed adherence and "
        "therapeutic MPA levels, prednisone 5 mg.\nFVC 2.96 -> 2.84 -> 2.66 -> 2.52 L (relative decline 15% in 13 months), DLCO 62 -> 51%, "
        "6MWD 462 -> 390 m, worse dyspnea and radiological progression.\n"
        "Consensus: progressive pulmonary fibrosis despite immunosuppression. Add nintedanib; rheumatology to consider rituximab; "
        "refer to pulmonary rehabilitation; transplant discussion if further decline."),
        doc("11488-4", "MDD summary"), pul, e5, "MDD 29/10/2026")
    return k


def c09(cid):
    """Sporadic lymphangioleiomyomatosis on sirolimus; lung function stable."""
    k = Case(cid, ORG)
    c = center(k)
    pul = doctor(k, "Okonkwo", "Adaeze", "Pulmonology - ILD / LAM clinic", "1730482291", "female")
    patient(k, "Tran", "Emily", "female", "1990-02-11", "LK-6630841", "+1-414-555-0156", c)
    cover(k, "bcbs")
    lam = k.condition(cc((ICD10CM, "J84.81", "Lymphangioleiomyomatosis"), (SCT, "277844007", "Pulmonary lymphangioleiomyomatosis"),
                         text="Sporadic lymphangioleiomyomatosis"), "2022-09-01", recorded="2023-03-07", recorder=pul,
                      note="Diagnosed after second pneumothorax; diffuse thin-walled cysts, VEGF-D 1450 pg/mL; no TSC features.")
    k.condition(cm("J93.11", "Primary spontaneous pneumothorax"), "2022-09-01", clinical="resolved", abatement="2022-10-15",
                recorded="2022-09-02", note="Left pneumothorax x2, pleurodesis 10/2022.")
    aml = k.condition(cm("D30.01", "Benign neoplasm of right kidney"), "2023-03-01", recorded="2023-03-07",
                      note="Right renal angiomyolipoma 2.1 cm, stable.")
    sir = k.med_request(rx("35302", "Sirolimus 1 mg tablet"), "2026-06-02", "active", dosage="2 mg daily (trough 5-15 ng/mL)",
                        requester=pul, reason_ref=[lam], repeats=5, note="On sirolimus since 04/2023.")
    k.obs(cc((LOCAL, "VEGFD", "VEGF-D, serum"), text="VEGF-D"), "2023-02-20", qty(1450, "pg/mL"), interp="H", rr=[{"high": qty(800, "pg/mL")}])
    for d, fev1, fvc, fp, dl, dp, tr in (("2025-11-18", 2.41, 3.52, 95, 17.1, 71, 7.8), ("2026-05-19", 2.44, 3.55, 96, 17.4, 72, 8.4),
                                         ("2026-11-10", 2.39, 3.50, 95, 17.0, 71, 9.1)):
        e = k.encounter(d, "AMB", type_text="LAM clinic", reason="LAM monitoring", practitioner=pul, org=c)
        k.vitals(d, 112, 70, 68, 58, spo2=98, encounter=e)
        pft(k, d, fvc, fp, dl, dp, fev1=fev1, ratio=round(fev1 / fvc * 100), enc=e, conclusion="Stable.")
        k.obs(cc((LOCAL, "SIRO-TROUGH", "Sirolimus trough, whole blood"), text="Sirolimus trough"), d, qty(tr, "ng/mL"), interp="N",
              rr=[{"low": qty(5, "ng/mL"), "high": qty(15, "ng/mL")}])
    k.note("2026-11-10", (
        "LAM clinic\n36F, sporadic LAM, sirolimus since 2023. No pneumothorax since pleurodesis. FEV1 stable (2.39-2.44 L) over 12 months, "
        "DLCO 71%. Trough 9.1 ng/mL. Renal AML stable on MRI.\nCounselled again on avoiding estrogen-containing contraception; "
        "flight advice. Registered with the LAM Foundation patient registry. Review 6 months."),
        doc("11506-3", "Progress note"), pul, None, "LAM clinic 10/11/2026")
    return k


def c10(cid):
    """Referred for suspected LAM / PLCH: HRCT shows emphysema without true cysts, VEGF-D normal - rare disease refuted."""
    k = Case(cid, ORG)
    c = center(k)
    pul = doctor(k, "Sato", "Mariko", "Pulmonology - ILD", "1003928475", "female")
    pcp = doctor(k, "Reyes", "Antonio", "Internal Medicine", "1639201847")
    patient(k, "Whitfield", "Karen", "female", "1982-05-27", "LK-6901273", "+1-414-555-0105", c)
    cover(k, "medicaid")
    k.report(cc((CPT, "71275", None), text="CT angiography chest"), "2026-06-30",
             "No pulmonary embolism. Several small thin-walled lucencies in both upper lobes - ? cysts; consider LAM or Langerhans cell histiocytosis.",
             RAD)
    k.note("2026-07-06", (
        "Referral - Reyes Internal Medicine\n44F smoker with chest pain, CTA negative for PE but shows possible lung cysts. "
        "Please evaluate for LAM / PLCH."), doc("57133-1", "Referral note"), pcp, None, "Referral for possible cystic lung disease")
    lam = k.condition(cc((ICD10CM, "J84.81", "Lymphangioleiomyomatosis"), text="Lymphangioleiomyomatosis - suspected, excluded"),
                      "2026-06-30", clinical=None, verification="refuted", category="encounter-diagnosis", recorded="2026-09-08",
                      recorder=pul, note="Refuted: no true cysts on HRCT, VEGF-D normal.")
    k.condition(cc((ICD10CM, "J84.82", "Adult pulmonary Langerhans cell histiocytosis"), text="PLCH - suspected, excluded"), "2026-06-30",
                clinical=None, verification="refuted", category="encounter-diagnosis", recorded="2026-09-08", recorder=pul)
    emph = k.condition(cm("J43.2", "Centrilobular emphysema"), "2026-08-25", recorded="2026-09-08", recorder=pul)
    tob = k.condition(cm("F17.210", "Nicotine dependence, cigarettes, uncomplicated"), "2000-01-01", recorded="2026-09-08")
    e1 = k.encounter("2026-08-25", "AMB", type_text="ILD new patient visit", reason="Possible cystic lung disease", practitioner=pul, org=c)
    k.vitals("2026-08-25", 124, 80, 82, 66, bmi=23.5, spo2=97, encounter=e1)
    hrct(k, "2026-08-20", "Mild upper-zone centrilobular and paraseptal emphysema with two small apical bullae. No thin-walled cysts, "
                          "no nodules. No interstitial abnormality.", c)
    pft(k, "2026-08-25", 3.38, 97, 18.8, 72, fev1=2.30, ratio=68, enc=e1, conclusion="Mild airflow obstruction, mildly reduced DLCO.")
    k.obs(cc((LOCAL, "VEGFD", "VEGF-D, serum"), text="VEGF-D"), "2026-08-25", qty(410, "pg/mL"), interp="N", rr=[{"high": qty(800, "pg/mL")}])
    e2 = k.encounter("2026-09-08", "AMB", type_text="ILD follow-up", reason="Results", practitioner=pul, org=c, diagnosis=[emph])
    k.note("2026-09-08", (
        "ILD clinic\nHRCT reviewed with thoracic radiology: lucencies are centrilobular/paraseptal emphysema and small bullae, not cysts. "
        "No nodules. VEGF-D 410 pg/mL (normal).\nLAM and PLCH excluded. Diagnosis: early emphysema/COPD from smoking (30 pack-years).\n"
        "Plan: smoking cessation (varenicline), PRN albuterol, discharge to PCP; no ILD follow-up needed."),
        doc("11506-3", "Progress note"), pul, e2, "ILD clinic 08/09/2026")
    k.med_request(rx("591622", "Varenicline 1 mg tablet"), "2026-09-08", "active", dosage="Titration pack then 1 mg twice daily for 12 weeks",
                  requester=pul, reason_ref=[tob], course="acute")
    k.med_request(rx("435", "Albuterol 90 mcg/actuation inhaler"), "2026-09-08", "active", dosage="2 puffs as needed", requester=pul,
                  reason_ref=[emph])
    return k


CASES = [
    dict(key="C01", build=c01, target="PERSISTENT_SYMPTOMS_NORMAL_WORKUP", kind="near-miss", expected=[],
         why="The chronic cough was recorded over several months with normal HRCT and PFTs, but raised FeNO/eosinophils and a positive "
             "methacholine challenge established cough-variant asthma, which explains it and resolved on ICS/LABA.",
         summary="ILD clinic: chronic cough referred as ?ILD; ILD excluded, cough-variant asthma diagnosed and treated"),
    dict(key="C02", build=c02, target="DIAGNOSIS_SYMPTOM_MISMATCH", kind="near-miss", expected=[],
         why="Amiodarone pulmonary toxicity is supported by HRCT and BAL and accounts for the dyspnoea and cough; residual mild exertional "
             "dyspnoea is expected and FVC/DLCO are improving after the drug was stopped.",
         summary="ILD clinic: amiodarone lung toxicity, diagnosis fits, improving on prednisone"),
    dict(key="C03", build=c03, target="MAJOR_PROCEDURE_PLANNED", kind="positive", expected=["MAJOR_PROCEDURE_PLANNED"],
         why="The MDD recommended a VATS surgical lung biopsy under general anaesthesia; an active ServiceRequest (CPT 32607) books it "
             "for 12 January 2027.",
         summary="ILD clinic: unclassifiable fibrotic ILD, VATS surgical lung biopsy booked January 2027"),
    dict(key="C04", build=c04, target="UNTREATABLE_PROGNOSIS", kind="positive", expected=["UNTREATABLE_PROGNOSIS"],
         why="Note states there are no further disease-directed treatment options for end-stage asbestosis and he is not a transplant "
             "candidate; hospice referral and hospice CarePlan are active, with no second opinion on record.",
         summary="ILD clinic: end-stage asbestosis on oxygen, 'no further options', home hospice"),
    dict(key="C05", build=c05, target="UNTREATABLE_PROGNOSIS", kind="near-miss", expected=[],
         why="'No treatment is required' refers to a benign interstitial lung abnormality with normal physiology under surveillance, "
             "not to an untreatable disease.",
         summary="ILD clinic: incidental interstitial lung abnormality, normal PFTs, surveillance only"),
    dict(key="C06", build=c06, target="HIGH_IMPACT_TREATMENT", kind="positive", expected=["HIGH_IMPACT_TREATMENT"],
         why="After nintedanib began in August 2026 the patient-reported K-BILD total fell 62 -> 48 (14 points, above the MCID) with "
             "diarrhoea and weight loss, while FVC stayed stable - a treatment severely affecting quality of life.",
         summary="ILD clinic: RA-ILD, K-BILD quality of life falls 14 points after starting nintedanib"),
    dict(key="C07", build=c07, target="PATIENT_REPORTED_CONCERN", kind="near-miss", expected=[],
         why="The pre-visit QuestionnaireResponse answers No to both 'concerns about diagnosis or care' and 'would you like a second "
             "opinion'; the patient has recovered.",
         summary="ILD clinic: resolved post-COVID organising pneumonia, questionnaire says No to second opinion"),
    dict(key="C08", build=c08, target="WORSENING_DESPITE_TREATMENT", kind="positive", expected=["WORSENING_DESPITE_TREATMENT"],
         why="FVC fell 2.96 -> 2.84 -> 2.66 -> 2.52 L (15% relative, above the 5-10% MCID) over 13 months, with DLCO and 6MWD also "
             "falling, while mycophenolate with confirmed adherence ran throughout.",
         summary="ILD clinic: IPAF/fibrotic NSIP progressing on mycophenolate over four PFT visits"),
    dict(key="C09", build=c09, target="RARE_OR_COMPLEX_CONDITION", kind="positive", expected=["RARE_OR_COMPLEX_CONDITION"],
         why="Active sporadic lymphangioleiomyomatosis, an Orphanet rare disease, on sirolimus (stable, so no worsening criterion).",
         summary="ILD clinic: sporadic LAM on sirolimus, stable FEV1"),
    dict(key="C10", build=c10, target="RARE_OR_COMPLEX_CONDITION", kind="near-miss", expected=[],
         why="LAM and PLCH were suspected on an outside CT but refuted (no true cysts, VEGF-D normal); the real diagnosis is "
             "smoking-related emphysema.",
         summary="ILD clinic: suspected LAM/PLCH excluded, early emphysema in a smoker"),
]
