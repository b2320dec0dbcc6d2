"""St. Brigid's Children's Hospital (paediatric and adolescent): 10 cases."""
from common import (setup, visit, note, med, rxo, vit, lab, panel, score, CBC, BMP, CMP, imaging_cat, cardio_cat,
                    nkda, drug_allergy)
from fhirkit import cc, coding, sct, icd, lnc, cpt, hcpcs, qty, text_cc, dt, qitem, YES, NO, RXNORM
from orgs import pd_problem, pd_growth, PD_SYS

PEDSQL = cc(coding(PD_SYS + "/pro", "PEDSQL-TOT-CH", "PedsQL 4.0 Generic Core total scale score - child self-report"),
            text="PedsQL total (child self-report)")
PEDSQL_P = cc(coding(PD_SYS + "/pro", "PEDSQL-TOT-PR", "PedsQL 4.0 Generic Core total scale score - parent proxy"),
              text="PedsQL total (parent proxy)")
PHQA = cc(coding(PD_SYS + "/pro", "PHQA-TOT", "PHQ-A (PHQ-9 modified for adolescents) total score"), text="PHQ-A total score")


def _pb(c, local, code, text, icd_c=None, icd_d=None, sct_c=None, sct_d=None, **kw):
    return c.condition(local, pd_problem(code, text, icd_c, icd_d, sct_c, sct_d), **kw)


def growth(c, prefix, date, enc, **kw):
    return pd_growth(c, prefix, dt(date, "09:05"), enc=enc, **kw)


def dev_history(c, local, date, text):
    return c.observation(local, cc(coding(PD_SYS + "/history", "DEV-HX", "Developmental history"), text="Developmental history"),
                         dt(date, "09:10"), category="social-history", value=text)


def celiac_explains_pain(cid):
    c, P = setup(cid, "peds", given="Aubrey J", family="Lindahl", gender="female", birth="2014-03-22",
                 addr=("4120 Bryant Ave S", "Minneapolis", "55409"), phone="612-555-0114", mrn="SBC-3340871",
                 pracs=[("ped", "Hannah", "Greenberg", "MD, General Pediatrics", "1427730194", "female"),
                        ("gi", "Tobias", "Ekdahl", "MD, Pediatric Gastroenterology", "1962108374", "male"),
                        ("rd", "Maya", "Solberg", "RD, Pediatric Dietitian", "1033847291", "female")],
                 payer_name="Medica", plan=("MED-CHO-MN", "Medica Choice Regional"), member="MD44102873",
                 parent=("Kristin", "Lindahl", "MTH", "mother", "female", "612-555-0115"))
    nkda(c, "2026-05-12")
    pain = _pb(c, "pl-pain", "P10441", "Recurrent abdominal pain", "R10.84", "Generalized abdominal pain", "21522001",
               "Abdominal pain", onset="2026-03", recorded=dt("2026-05-12"), clinical="resolved", abatement="2026-10-01")
    e1 = visit(c, "enc-0512", "2026-05-12", "clinic", reason="Tummy aches after meals x 2 months, bloating", prac=P["ped"], diag=[pain])
    growth(c, "g0512", "2026-05-12", e1, wt=35.2, ht=147.0, bmi=16.3, wt_pct=44, ht_pct=52, bmi_pct=38)
    panel(c, "cbc0512", dt("2026-05-12", "10:00"), CBC, [("hgb", 12.3, 11.5, 15.5), ("wbc", 6.9, 4.5, 13.5), ("plt", 310)], enc=e1)
    panel(c, "cmp0512", dt("2026-05-12", "10:00"), CMP, [("na", 139), ("k", 4.1), ("alt", 19), ("alb", 4.2)], enc=e1)
    e2 = visit(c, "enc-0623", "2026-06-23", "clinic", reason="Abdominal pain persists, looser stools", prac=P["ped"], diag=[pain])
    growth(c, "g0623", "2026-06-23", e2, wt=34.6, ht=147.6, wt_pct=36, ht_pct=51)
    ttg = lab(c, "ttg0623", dt("2026-06-23", "10:00"), "ttg", 128, enc=e2)
    c.observation("iga0623", cc(lnc("2458-8", "IgA [Mass/volume] in Serum or Plasma"), text="IgA, total"), dt("2026-06-23", "10:00"),
                  value=qty(142, "mg/dL"), low=57, high=300, encounter=e2, performer=c.org_ref)
    e3 = visit(c, "enc-0728", "2026-07-28", "clinic", reason="GI consult: positive tTG-IgA", prac=P["gi"], minutes=45, diag=[pain])
    egd = c.procedure("egd", cc(coding(PD_SYS + "/procedure", "EGD-BX", "Upper endoscopy with biopsies"),
                                cpt("43239", "Esophagogastroduodenoscopy, flexible, transoral; with biopsy, single or multiple"),
                                text="EGD with duodenal biopsies"), performed=dt("2026-08-11", "08:30"), performer=P["gi"],
                      reason_ref=[pain], note="Scalloped duodenal folds; 6 biopsies (4 D2, 2 bulb). Propofol sedation.")
    c.report("path0814", cc(lnc("60567-5", "Comprehensive pathology report panel"), text="Surgical pathology"),
             dt("2026-08-14", "15:00"), category=cc(coding("http://terminology.hl7.org/CodeSystem/v2-0074", "SP", "Surgical Pathology")),
             conclusion="Duodenum: total villous atrophy, crypt hyperplasia, intraepithelial lymphocytes 60/100 enterocytes "
                        "(Marsh-Oberhuber 3c), consistent with celiac disease.")
    cel = _pb(c, "pl-celiac", "P20118", "Celiac disease", "K90.0", "Celiac disease", "396331005", "Celiac disease",
              onset="2026-08-14", recorded=dt("2026-08-18"))
    c.careplan("cp-gfd", "Strict gluten-free diet", start=dt("2026-08-18"), created=dt("2026-08-18", "11:00"), author=P["rd"],
               addresses=[cel], description="Gluten-free diet education with family; school lunch plan; repeat tTG in 3 and 6 months.")
    e4 = visit(c, "enc-0818", "2026-08-18", "clinic", reason="New celiac disease - diet teaching", prac=P["rd"], minutes=60, diag=[cel])
    e5 = visit(c, "enc-1110", "2026-11-10", "clinic", reason="Celiac follow-up", prac=P["gi"], diag=[cel])
    growth(c, "g1110", "2026-11-10", e5, wt=37.4, ht=149.5, bmi=16.7, wt_pct=49, ht_pct=52, bmi_pct=44)
    lab(c, "ttg1110", dt("2026-11-10", "10:00"), "ttg", 22, enc=e5)
    lab(c, "fer1110", dt("2026-11-10", "10:00"), "ferritin", 28, low=10, high=140, enc=e5)
    note(c, "n-1110", "2026-11-10", "progress", P["gi"], """
Pediatric GI follow-up
12-year-old girl with biopsy-confirmed celiac disease (Marsh 3c, 8/2026). Strict gluten-free diet since 8/18 with mom's
help. Abdominal pain resolved by early October, stools normal, appetite good, back at dance. Weight 34.6 -> 37.4 kg,
back on her curve (49th percentile). tTG-IgA 128 -> 22 U/mL, falling as expected. Plan: continue GFD, tTG in 3 months,
first-degree relatives screening offered.
""", enc=e5)
    return c


def fatigue_label_abnormal_labs(cid):
    c, P = setup(cid, "peds", given="Sofia R", family="Castaneda", gender="female", birth="2011-01-30",
                 addr=("2806 Lyndale Ave N", "Minneapolis", "55411"), phone="612-555-0167", mrn="SBC-2981554",
                 pracs=[("ped", "Nathan", "Albrecht", "MD, Adolescent Medicine", "1528830219", "male"),
                        ("rn", "Jessica", "Thao", "RN, Adolescent Clinic", "1447203918", "female")],
                 payer_name="Minnesota Medical Assistance (UCare)", plan=("UCARE-PMAP", "UCare Prepaid Medical Assistance"),
                 member="UC30918842", parent=("Adriana", "Castaneda", "MTH", "mother", "female", "612-555-0168"))
    nkda(c, "2026-03-03")
    fat = _pb(c, "pl-fat", "P30017", "Fatigue", "R53.83", "Other fatigue", "84229001", "Fatigue", onset="2026-01",
              recorded=dt("2026-03-03"), note="Chronic fatigue, likely post-viral and sleep-related.")
    asth = _pb(c, "pl-asth", "P11020", "Mild intermittent asthma", "J45.20", "Mild intermittent asthma, uncomplicated",
               onset="2016", recorded=dt("2018-04-02"))
    rows = (("2026-03-03", 55.1, 63, 37.9, None), ("2026-06-09", 53.8, 55, 38.1, None), ("2026-09-15", 52.4, 47, 37.8, None),
            ("2026-11-17", 51.6, 42, 38.2, None))
    for d, wt, wpct, temp, _ in rows:
        k = d[5:7]
        e = visit(c, f"enc-{k}", d, "clinic", reason={"03": "Tired all the time since January, missing school",
                                                      "06": "Fatigue follow-up, achy knees and wrists",
                                                      "09": "Still exhausted, low fevers in the evening per mom",
                                                      "11": "Fatigue, joint aches, weight down"}[k], prac=P["ped"], diag=[fat])
        growth(c, f"g{k}", d, e, wt=wt, ht=162.0, wt_pct=wpct)
        c.observation(f"t{k}", cc(lnc("8310-5", "Body temperature")), dt(d, "09:05"), category="vital-signs",
                      value=qty(temp, "Cel"), encounter=e)
        if k in ("06", "11"):
            when = dt(d, "10:00")
            panel(c, f"cbc{k}", when, CBC, [("hgb", 11.6 if k == "06" else 10.9, 12.0, 16.0), ("wbc", 5.1, 4.5, 13.0),
                                            ("plt", 412 if k == "06" else 455)], enc=e)
            lab(c, f"esr{k}", when, "esr", 34 if k == "06" else 46, enc=e)
            lab(c, f"crp{k}", when, "crp", 12 if k == "06" else 18, enc=e)
            lab(c, f"alt{k}", when, "alt", 58 if k == "06" else 71, high=30, enc=e)
            lab(c, f"tsh{k}", when, "tsh", 1.7, enc=e)
    c.observation("ebv", cc(coding(PD_SYS + "/lab-component", "EBV-PNL", "EBV serology panel"), text="EBV serology"),
                  dt("2026-03-03", "10:00"), value=text_cc("VCA IgG positive, VCA IgM negative, EBNA positive - past infection"),
                  performer=c.org_ref)
    c.qr("qr-sleep", "https://fhir.stbrigids-children.example.org/Questionnaire/adolescent-sleep-energy|2",
         dt("2026-11-17", "08:55"), [qitem("sleep", "Hours of sleep on school nights", 9),
                                      qitem("school", "School days missed this month", 7),
                                      qitem("sports", "Still doing sports?", "Quit volleyball in September - knees and too tired")],
         author=c.pt, source=c.pt)
    note(c, "n-1117", "2026-11-17", "progress", P["ped"], """
Adolescent Medicine follow-up
15F with fatigue since January (post-viral?). Continues exhausted, 7 school days missed this month, evening temps
37.8-38.2 per mom's log, aching knees/wrists in the morning, weight 55.1 -> 51.6 kg this year.
Labs: ESR 46, CRP 18, ALT 71, Hgb 10.9, plt 455 (ESR/ALT also up in June). TSH normal.
A: Chronic fatigue - likely post-viral, sleep hygiene and deconditioning; some school avoidance. Labs mildly abnormal.
P: Sleep hygiene, graded activity, school note, counselling referral. Recheck in 3 months.
""")
    return c


def ibs_in_remission(cid):
    c, P = setup(cid, "peds", given="Elliot M", family="Brandvold", gender="male", birth="2010-06-15",
                 addr=("5312 Xerxes Ave S", "Minneapolis", "55410"), phone="612-555-0131", mrn="SBC-2750392",
                 pracs=[("gi", "Tobias", "Ekdahl", "MD, Pediatric Gastroenterology", "1962108374", "male"),
                        ("psy", "Leah", "Nordquist", "PsyD, Pediatric Psychology", "1811903745", "female")],
                 payer_name="HealthPartners", plan=("HP-OAP", "HealthPartners Open Access"), member="HP77310284",
                 parent=("Marcus", "Brandvold", "FTH", "father", "male", "612-555-0132"))
    nkda(c, "2025-09-09")
    ibs = _pb(c, "pl-ibs", "P21004", "Irritable bowel syndrome with diarrhea", "K58.0", "Irritable bowel syndrome with diarrhea",
              "10743008", "Irritable bowel syndrome", onset="2025-06", recorded=dt("2025-09-09"))
    anx = _pb(c, "pl-anx", "P40013", "Generalized anxiety disorder", "F41.1", "Generalized anxiety disorder", onset="2024",
              recorded=dt("2025-09-09"), clinical="remission")
    e0 = visit(c, "enc-250909", "2025-09-09", "clinic", reason="Cramping and urgent loose stools before school", prac=P["gi"],
               minutes=45, diag=[ibs])
    lab(c, "cal2509", dt("2025-09-09", "10:00"), "calpro", 22, enc=e0)
    lab(c, "ttg2509", dt("2025-09-09", "10:00"), "ttg", 0.8, enc=e0)
    panel(c, "cbc2509", dt("2025-09-09", "10:00"), CBC, [("hgb", 14.2, 12.5, 16.1), ("wbc", 6.6, 4.5, 13.0), ("plt", 266)], enc=e0)
    lab(c, "crp2509", dt("2025-09-09", "10:00"), "crp", 1.2, enc=e0)
    c.careplan("cp-ibs", "IBS management", start=dt("2025-09-09"), created=dt("2025-09-09", "11:00"), author=P["gi"], addresses=[ibs],
               description="Low-FODMAP trial with dietitian, peppermint oil, CBT for gut-directed anxiety.")
    c.med_statement("ms-pep", med(c, None, "peppermint oil 180 mg enteric-coated capsule"), status="completed",
                    start="2025-09-10", end="2026-04-01", dosage_text="1 capsule three times daily before meals")
    sessions = ("2025-10-07", "2025-11-04", "2025-12-02")
    for i, d in enumerate(sessions):
        visit(c, f"enc-cbt{i}", d, "telehealth", reason="Gut-directed CBT", prac=P["psy"], minutes=50, diag=[ibs])
    for d, stools, pain in (("2026-03-17", 2, 2), ("2026-07-14", 1, 0), ("2026-11-03", 1, 0)):
        k = d[5:7]
        e = visit(c, f"enc-{k}", d, "clinic", reason="IBS follow-up", prac=P["gi"], diag=[ibs])
        growth(c, f"g{k}", d, e, wt={"03": 56.0, "07": 58.3, "11": 60.1}[k], ht={"03": 170.2, "07": 172.0, "11": 173.1}[k],
               wt_pct={"03": 48, "07": 52, "11": 53}[k])
        c.qr(f"qr{k}", "https://fhir.stbrigids-children.example.org/Questionnaire/gi-symptom-diary|1", dt(d, "08:50"),
             [qitem("stools", "Average stools per day this past month", stools),
              qitem("pain", "Belly pain this past week (0-10)", pain),
              qitem("urgency", "Any urgent trips to the bathroom this month?", YES if k == "03" else NO),
              qitem("school", "Missed school because of your stomach this month?", NO)], author=c.pt, source=c.pt, encounter=e)
    note(c, "n-1103", "2026-11-03", "progress", P["gi"], """
Pediatric GI follow-up
16M with IBS-D diagnosed 9/2025 (calprotectin, celiac serology, CBC, CRP normal then). After low-FODMAP reintroduction,
peppermint oil (stopped April) and 3 CBT sessions: no abdominal pain, no urgency, 1 formed stool/day since spring.
No school missed. Growth on track. IBS in remission; problem kept on list for reference. Follow up as needed.
""")
    return c


def scoliosis_fusion_planned(cid):
    c, P = setup(cid, "peds", given="Madeline K", family="Sorensen", gender="female", birth="2012-05-09",
                 addr=("1715 Emerson Ave N", "Minneapolis", "55411"), phone="612-555-0152", mrn="SBC-3118720",
                 pracs=[("ortho", "Daniel", "Okonkwo", "MD, Pediatric Orthopaedic Surgery - Spine", "1659201837", "male"),
                        ("ped", "Hannah", "Greenberg", "MD, General Pediatrics", "1427730194", "female"),
                        ("orth", "Greta", "Haugen", "CO, Orthotist", "1104938211", "female")],
                 payer_name="Blue Cross and Blue Shield of Minnesota", plan=("BCBSMN-AWARE", "Aware Gold PPO"),
                 member="XZM220938174", parent=("Ingrid", "Sorensen", "MTH", "mother", "female", "612-555-0153"))
    nkda(c, "2025-10-14")
    ais = _pb(c, "pl-ais", "P50221", "Adolescent idiopathic scoliosis, thoracic", "M41.124",
              "Adolescent idiopathic scoliosis, thoracic region", onset="2025-09", recorded=dt("2025-10-14"))
    e0 = visit(c, "enc-251014", "2025-10-14", "clinic", reason="Scoliosis referral from school screening", prac=P["ortho"],
               minutes=45, diag=[ais])
    growth(c, "g2510", "2025-10-14", e0, wt=44.0, ht=156.0, wt_pct=46, ht_pct=60)
    dev_history(c, "dev", "2025-10-14", "Term birth, normal milestones; menarche 9/2025; no neuromuscular or connective tissue history.")
    c.observation("cobb2510", cc(coding(PD_SYS + "/imaging-measure", "COBB-T", "Cobb angle, main thoracic curve"), text="Cobb angle thoracic"),
                  dt("2025-10-14", "10:00"), category="imaging", value=qty(32, "deg"), encounter=e0,
                  note="Right thoracic T5-T12. Risser 1.")
    c.procedure("brace", cc(coding(PD_SYS + "/procedure", "TLSO-FIT", "TLSO scoliosis brace fitting"),
                            hcpcs("L1300", "Other scoliosis procedure, body jacket molded to patient model"), text="Boston brace fitting"),
                performed=dt("2025-11-04", "13:00"), performer=P["orth"], reason_ref=[ais], note="Prescribed 18-20 h/day.")
    for d, cobb, risser in (("2026-04-21", 41, 2), ("2026-09-22", 54, 3)):
        k = d[5:7]
        e = visit(c, f"enc-{k}", d, "clinic", reason="Scoliosis follow-up in brace", prac=P["ortho"], diag=[ais])
        growth(c, f"g{k}", d, e, wt={"04": 46.1, "09": 48.0}[k], ht={"04": 159.3, "09": 161.8}[k], wt_pct=47, ht_pct=61)
        c.observation(f"cobb{k}", cc(coding(PD_SYS + "/imaging-measure", "COBB-T", "Cobb angle, main thoracic curve"),
                                     text="Cobb angle thoracic"), dt(d, "10:00"), category="imaging", value=qty(cobb, "deg"),
                      encounter=e, note=f"Risser {risser}. Brace wear log average 17 h/day.")
    c.report("mri0929", cc(coding(PD_SYS + "/imaging", "MRI-SPINE", "MRI total spine without contrast"),
                           cpt("72156", "Magnetic resonance imaging, spinal canal and contents, without contrast; cervical"),
                           cpt("72157", "Magnetic resonance imaging, spinal canal and contents, without contrast; thoracic"),
                           cpt("72158", "Magnetic resonance imaging, spinal canal and contents, without contrast; lumbar"),
                           text="MRI total spine"),
             dt("2026-09-29", "09:00"), category=imaging_cat(), conclusion="No syrinx, Chiari or tethered cord. Right thoracic scoliosis.")
    note(c, "n-0922", "2026-09-22", "consult", P["ortho"], """
Pediatric Spine Clinic
14F AIS, right thoracic curve progressed 32 -> 41 -> 54 degrees despite good brace compliance (17 h/day), Risser 3.
Rib prominence 14 degrees on scoliometer. Neuro exam normal; MRI ordered to exclude intraspinal anomaly.
Recommend posterior spinal fusion with instrumentation T4-L1 (10 levels). Discussed with Madeline and her mother:
risks incl. neurologic injury (<1%), infection, blood loss, hardware problems; 4-5 day admission, 6-12 weeks off sports.
Family wishes to proceed over winter break. Pre-op: CBC, type and screen, PFTs, anesthesia clinic.
""")
    sr = c.service_request("sr-psf", cc(coding(PD_SYS + "/procedure", "PSF-INSTR", "Posterior spinal fusion with instrumentation"),
                                        cpt("22802", "Arthrodesis, posterior, for spinal deformity, with or without cast; 7 to 12 vertebral segments"),
                                        cpt("22843", "Posterior segmental instrumentation; 7 to 12 vertebral segments"),
                                        text="Posterior spinal fusion T4-L1 with instrumentation"),
                           dt("2026-09-22", "11:30"), status="active", intent="order", requester=P["ortho"], performer=P["ortho"],
                           reason_ref=[ais], occurrence=dt("2026-12-21", "07:00"), priority="routine",
                           note="Neuromonitoring (SSEP/MEP), cell saver, TXA. Admit to ortho floor.")
    c.appointment("ap-psf", dt("2026-12-21", "07:00"), dt("2026-12-21", "13:00"), description="Posterior spinal fusion T4-L1",
                  participants=[P["ortho"]], based_on=sr, created=dt("2026-09-22", "11:40"))
    e3 = visit(c, "enc-1116", "2026-11-16", "clinic", reason="Pre-anesthesia and pre-op evaluation", prac=P["ped"], diag=[ais])
    panel(c, "cbc1116", dt("2026-11-16", "10:00"), CBC, [("hgb", 13.1, 11.5, 15.5), ("wbc", 6.2, 4.5, 13.0), ("plt", 281)], enc=e3)
    c.report("pft1116", cc(coding(PD_SYS + "/procedure", "PFT-SPIRO", "Spirometry"), cpt("94010", "Spirometry"), text="Spirometry"),
             dt("2026-11-16", "11:00"), category=cc(coding("http://terminology.hl7.org/CodeSystem/v2-0074", "PF", "Pulmonary Function")),
             conclusion="FVC 86% predicted, FEV1 88%, ratio normal. Mild reduction consistent with thoracic deformity.")
    return c


def nuss_revoked(cid):
    c, P = setup(cid, "peds", given="Owen T", family="Kjellberg", gender="male", birth="2011-02-03",
                 addr=("3420 46th Ave S", "Minneapolis", "55406"), phone="612-555-0176", mrn="SBC-2894106",
                 pracs=[("surg", "Abigail", "Mortensen", "MD, Pediatric Surgery", "1780293847", "female"),
                        ("card", "Luis", "Ferreira", "MD, Pediatric Cardiology", "1518930274", "male")],
                 payer_name="Medica", plan=("MED-CHO-MN", "Medica Choice Regional"), member="MD55201938",
                 parent=("Erik", "Kjellberg", "FTH", "father", "male", "612-555-0177"))
    nkda(c, "2026-03-10")
    pex = _pb(c, "pl-pex", "P52001", "Pectus excavatum", "Q67.6", "Pectus excavatum",
              onset="2019", recorded=dt("2026-03-10"))
    e1 = visit(c, "enc-0310", "2026-03-10", "clinic", reason="Chest wall deformity, mild exercise intolerance", prac=P["surg"],
               minutes=45, diag=[pex])
    growth(c, "g0310", "2026-03-10", e1, wt=52.0, ht=172.0, bmi=17.6, wt_pct=50, ht_pct=78, bmi_pct=30)
    c.report("ct0317", cc(coding(PD_SYS + "/imaging", "CT-CHEST-LD", "CT chest low dose without contrast"),
                          cpt("71250", "Computed tomography, thorax, diagnostic; without contrast material"), text="CT chest"),
             dt("2026-03-17", "09:00"), category=imaging_cat(),
             conclusion="Pectus excavatum, Haller index 3.6, correction index 24%. Mild leftward cardiac displacement.")
    c.report("echo0317", cc(coding(PD_SYS + "/cardio", "ECHO-TTE", "Transthoracic echocardiogram"), cpt("93306", "Echocardiography, transthoracic, complete"),
                            text="Echocardiogram"), dt("2026-03-17", "11:00"), category=cardio_cat(),
             conclusion="Normal biventricular size and function. No mitral valve prolapse. No RV compression.")
    c.report("pft0317", cc(coding(PD_SYS + "/procedure", "PFT-SPIRO", "Spirometry"), cpt("94010", "Spirometry"), text="Spirometry"),
             dt("2026-03-17", "13:00"), category=cc(coding("http://terminology.hl7.org/CodeSystem/v2-0074", "PF", "Pulmonary Function")),
             conclusion="FVC 92%, FEV1 90%. Normal.")
    e2 = visit(c, "enc-0414", "2026-04-14", "clinic", reason="Pectus results review", prac=P["surg"], diag=[pex])
    sr = c.service_request("sr-nuss", cc(coding(PD_SYS + "/procedure", "NUSS", "Minimally invasive pectus repair (Nuss)"),
                                         cpt("21743", "Reconstructive repair of pectus excavatum or carinatum; minimally invasive approach (Nuss procedure), with thoracoscopy"),
                                         text="Nuss procedure"), dt("2026-04-14", "10:30"), status="revoked", intent="proposal",
                           requester=P["surg"], reason_ref=[pex], encounter=e2,
                           note="Proposed as an option 4/14/2026. Withdrawn 6/30/2026: family chose vacuum bell therapy; "
                                "no surgery planned.")
    c.careplan("cp-vb", "Vacuum bell therapy", start=dt("2026-07-01"), created=dt("2026-06-30", "14:00"), author=P["surg"],
               addresses=[pex], description="Vacuum bell 30 min twice daily increasing to 2 h/day; posture and breathing exercises; "
                                           "reassess depth every 6 months.")
    e3 = visit(c, "enc-0630", "2026-06-30", "clinic", reason="Pectus treatment decision", prac=P["surg"], diag=[pex])
    note(c, "n-0630", "2026-06-30", "progress", P["surg"], """
Pediatric Surgery
15M pectus excavatum, Haller 3.6, normal echo and spirometry; mainly cosmetic concern and mild dyspnea with hockey.
In April we discussed Nuss repair vs vacuum bell. After thinking it over, Owen and his dad prefer a non-operative
approach. Nuss request withdrawn. Vacuum bell fitted today, teaching done. Recheck in 5 months.
""", enc=e3)
    e4 = visit(c, "enc-1124", "2026-11-24", "clinic", reason="Vacuum bell follow-up", prac=P["surg"], diag=[pex])
    growth(c, "g1124", "2026-11-24", e4, wt=55.4, ht=175.1, wt_pct=53, ht_pct=79)
    c.observation("depth1124", cc(coding(PD_SYS + "/exam", "PECTUS-DEPTH", "Pectus depth (caliper)"), text="Pectus depth"),
                  dt("2026-11-24", "10:00"), category="exam", value=qty(2.1, "cm"), encounter=e4,
                  note="2.8 cm at fitting in June; using bell ~90 min/day.")
    note(c, "n-1124", "2026-11-24", "progress", P["surg"], """
Pediatric Surgery follow-up
Using the vacuum bell about 90 min/day. Depth 2.8 -> 2.1 cm. Happy with progress. Continue; recheck 6 months.
No surgery planned.
""", enc=e4)
    return c


def t1d_pump_pedsql(cid):
    c, P = setup(cid, "peds", given="Noah J", family="Vang", gender="male", birth="2015-08-19",
                 addr=("870 Jackson St NE", "Minneapolis", "55413"), phone="612-555-0183", mrn="SBC-3502217",
                 pracs=[("endo", "Priya", "Anand", "MD, Pediatric Endocrinology", "1295083746", "female"),
                        ("cde", "Kelsey", "Moua", "RN, CDCES", "1730298461", "female")],
                 payer_name="Blue Cross and Blue Shield of Minnesota", plan=("BCBSMN-AWARE", "Aware Gold PPO"),
                 member="XZM330127764", parent=("Mai", "Vang", "MTH", "mother", "female", "612-555-0184"))
    nkda(c, "2022-05-02")
    t1d = _pb(c, "pl-t1d", "P60012", "Type 1 diabetes mellitus", "E10.65", "Type 1 diabetes mellitus with hyperglycemia",
              "46635009", "Diabetes mellitus type 1", onset="2022-04-28", recorded=dt("2022-05-02"))
    pump = c.procedure("pump", cc(coding(PD_SYS + "/procedure", "PUMP-START", "Insulin pump initiation (automated insulin delivery)"),
                                  text="Insulin pump start"), performed=dt("2026-06-16", "09:00"), performer=P["cde"],
                       reason_ref=[t1d], note="Hybrid closed-loop pump with CGM; settings weight-based (TDD 0.8 u/kg).")
    c.condition("pl-pump", cc(icd("Z96.41", "Presence of insulin pump (external) (internal)")), onset="2026-06-16",
                recorded=dt("2026-06-16"))
    rxo(c, "mr-lispro", med(c, "86009", "insulin lispro 100 unit/mL (pump)", "F2210"), "2026-06-16", P["endo"],
        "Via pump per settings; TDD ~0.8 units/kg/day (30 units at 37.5 kg)", reason_ref=[t1d])
    rxo(c, "mr-glucagon", med(c, None, "glucagon nasal powder 3 mg", "F2290"), "2026-06-16", P["endo"],
        "3 mg intranasally once for severe hypoglycemia", course="acute", reason_ref=[t1d])
    data = (("2026-03-10", 8.1, 82.6, 78.3), ("2026-06-16", 7.9, 81.5, 77.2), ("2026-09-15", 7.4, 79.3, 75.0),
            ("2026-11-17", 7.2, 80.4, 76.1))
    for d, a1c, ch, pr in data:
        k = d[5:7]
        e = visit(c, f"enc-{k}", d, "clinic", reason="Diabetes follow-up" + (" / pump start" if k == "06" else ""),
                  prac=P["endo"], diag=[t1d])
        growth(c, f"g{k}", d, e, wt={"03": 36.4, "06": 37.5, "09": 38.6, "11": 39.2}[k],
               ht={"03": 143.0, "06": 144.6, "09": 146.1, "11": 147.0}[k], wt_pct=55, ht_pct=58)
        lab(c, f"a1c{k}", dt(d, "09:30"), "a1c", a1c, enc=e)
        score(c, f"pq{k}", d, PEDSQL, ch, enc=e)
        score(c, f"pqp{k}", d, PEDSQL_P, pr, enc=e)
    note(c, "n-1117", "2026-11-17", "progress", P["endo"], """
Pediatric Endocrinology follow-up
11M with T1D since 2022, on hybrid closed-loop pump since 6/16/2026. A1c 7.9 -> 7.2; CGM time in range 58% -> 71%;
no severe lows. Some site-change frustration at school early on, better now.
PedsQL total (child) 81.5 at pump start -> 79.3 -> 80.4; parent proxy 77.2 -> 76.1: small fluctuation, within the
minimal important difference (~4.5 points). Family very satisfied with pump. Continue; RTC 3 months.
""")
    return c


def epilepsy_parent_second_opinion(cid):
    c, P = setup(cid, "peds", given="Lucas A", family="Haddad", gender="male", birth="2017-10-02",
                 addr=("2100 Cedar Ave S Apt 14", "Minneapolis", "55404"), phone="612-555-0142", mrn="SBC-3688019",
                 pracs=[("neuro", "Carolyn", "Whitmore", "MD, Child Neurology", "1841920374", "female"),
                        ("rn", "Abdi", "Warsame", "RN, Neurology Clinic", "1023847612", "male")],
                 payer_name="Minnesota Medical Assistance (Hennepin Health)", plan=("HH-PMAP", "Hennepin Health PMAP"),
                 member="HH88120374", parent=("Rania", "Haddad", "MTH", "mother", "female", "612-555-0143"))
    nkda(c, "2026-02-17")
    epi = _pb(c, "pl-epi", "P70031", "Focal epilepsy", "G40.109",
              "Localization-related (focal) (partial) symptomatic epilepsy and epileptic syndromes with simple partial seizures, not intractable, without status epilepticus",
              "84757009", "Epilepsy", onset="2026-01", recorded=dt("2026-02-17"))
    adhd = _pb(c, "pl-adhd", "P41002", "ADHD, combined type (query)", "F90.2", "Attention-deficit hyperactivity disorder, combined type",
               onset="2025", recorded=dt("2025-06-10"), verification="provisional")
    dev_history(c, "dev", "2026-02-17", "Term, normal early milestones; mild speech delay resolved with therapy by age 4; grade 3, IEP for reading.")
    e1 = visit(c, "enc-0217", "2026-02-17", "clinic", reason="New-onset staring spells and right arm jerking", prac=P["neuro"],
               minutes=60, diag=[epi])
    growth(c, "g0217", "2026-02-17", e1, wt=28.0, ht=132.0, wt_pct=52, ht_pct=48)
    c.report("eeg0224", cc(coding(PD_SYS + "/procedure", "EEG-RTN", "EEG routine, awake and drowsy"),
                           cpt("95816", "Electroencephalogram (EEG); including recording awake and drowsy"), text="EEG"),
             dt("2026-02-24", "10:00"), category=text_cc("Neurophysiology"),
             conclusion="Occasional left centrotemporal sharp waves in drowsiness. No electrographic seizures.")
    c.report("mri0310", cc(coding(PD_SYS + "/imaging", "MRI-BRAIN-EPI", "MRI brain epilepsy protocol"),
                           cpt("70551", "Magnetic resonance imaging, brain, without contrast material"), text="MRI brain"),
             dt("2026-03-10", "08:00"), category=imaging_cat(), conclusion="Normal MRI brain.")
    lev = rxo(c, "mr-lev", med(c, "114477", "levetiracetam 100 mg/mL oral solution", "F3310"), "2026-03-12", P["neuro"],
              "20 mg/kg/day: 280 mg (2.8 mL) by mouth twice daily", reason_ref=[epi])
    c.med_request("mr-lev2", med(c, "114477", "levetiracetam 100 mg/mL oral solution", "F3310"), dt("2026-06-09", "10:00"),
                  requester=P["neuro"], dosage_text="40 mg/kg/day: 580 mg (5.8 mL) by mouth twice daily", reason_ref=[epi],
                  prior=lev)
    for d, sz in (("2026-06-09", 4), ("2026-09-08", 2), ("2026-11-03", 1)):
        k = d[5:7]
        e = visit(c, f"enc-{k}", d, "clinic", reason="Epilepsy follow-up", prac=P["neuro"], diag=[epi])
        growth(c, f"g{k}", d, e, wt={"06": 28.8, "09": 29.5, "11": 29.9}[k], ht={"06": 133.4, "09": 134.7, "11": 135.5}[k])
        c.observation(f"sz{k}", cc(coding(PD_SYS + "/neuro", "SZ-COUNT-30D", "Seizures in last 30 days (parent diary)"),
                                   text="Seizure count, past 30 days"), dt(d, "09:15"), category="survey", value=sz, encounter=e)
    note(c, "n-1103", "2026-11-03", "progress", P["neuro"], """
Child Neurology follow-up
9M focal epilepsy on levetiracetam 40 mg/kg/day. Seizures down to 1 in the past month. Mother reports marked
irritability, aggression at school and poor sleep since the dose increase; asks whether this is really epilepsy
and whether another medicine would be better. I explained levetiracetam is effective and behavior may relate to ADHD.
Continue current dose; add pyridoxine trial. RTC 3 months.
""")
    e5 = visit(c, "enc-msg1105", "2026-11-05", "message", reason="Parent portal message", prac=P["neuro"], minutes=5,
               time="22:31")
    m = c.communication("msg-mom", dt("2026-11-05", "22:31"), P["parent"], [P["neuro"]],
                        "Dr. Whitmore, this is Lucas's mom. I left Tuesday's appointment feeling that nobody is listening to us. "
                        "Lucas is angry and crying every day since the medicine went up and his teacher says he is a different "
                        "child. We were told it is ADHD, but this started with the medicine. We would like a second opinion "
                        "from another epilepsy center about his diagnosis and treatment. Please send his EEG and MRI and a "
                        "referral. Thank you, Rania Haddad", encounter=e5,
                        medium=cc(coding("http://terminology.hl7.org/CodeSystem/v3-ParticipationMode", "ELECTRONIC", "electronic data"),
                                  text="Patient portal (proxy)"), topic=text_cc("Second opinion request"))
    c.communication("msg-rn", dt("2026-11-06", "09:12"), P["rn"], [P["parent"]],
                    "Hi Mrs. Haddad, Dr. Whitmore has your message and will call you. Please keep the seizure diary.",
                    in_response_to=m, encounter=e5)
    return c


def adolescent_depression_worsening(cid):
    c, P = setup(cid, "peds", given="Chloe E", family="Nygaard", gender="female", birth="2011-04-26",
                 addr=("6011 Portland Ave", "Minneapolis", "55417"), phone="612-555-0121", mrn="SBC-2960733",
                 pracs=[("psy", "Marisa", "Delgado", "MD, Child and Adolescent Psychiatry", "1457093821", "female"),
                        ("ther", "Ben", "Lundqvist", "LICSW, Therapist", "1689302745", "male")],
                 payer_name="HealthPartners", plan=("HP-OAP", "HealthPartners Open Access"), member="HP90218347",
                 parent=("Julie", "Nygaard", "MTH", "mother", "female", "612-555-0122"))
    nkda(c, "2026-03-24")
    mdd = _pb(c, "pl-mdd", "P40021", "Major depressive disorder, single episode, moderate", "F32.1",
              "Major depressive disorder, single episode, moderate", "370143000", "Major depressive disorder",
              onset="2025-12", recorded=dt("2026-03-24"))
    flu = rxo(c, "mr-flx", med(c, "4493", "fluoxetine 20 mg capsule", "F4401"), "2026-05-12", P["psy"],
              "20 mg by mouth every morning (started 10 mg 4/14/2026, increased 5/12/2026)", reason_ref=[mdd])
    c.procedure("cbt", cc(coding(PD_SYS + "/procedure", "CBT-IND", "Individual CBT"), cpt("90837", "Psychotherapy, 60 minutes with patient"),
                          text="Weekly individual CBT"), status="in-progress",
                performed_period={"start": dt("2026-04-08")}, performer=P["ther"], reason_ref=[mdd],
                note="Weekly sessions; attendance 26/30 sessions.")
    rows = (("2026-04-14", 14), ("2026-06-16", 16), ("2026-08-18", 19), ("2026-10-20", 21), ("2026-11-17", 22))
    for d, phq in rows:
        k = d[5:7]
        e = visit(c, f"enc-{k}", d, "clinic", reason="Medication management, depression", prac=P["psy"], diag=[mdd])
        score(c, f"phq{k}", d, PHQA, phq, enc=e)
        if k in ("04", "11"):
            growth(c, f"g{k}", d, e, wt=58.0 if k == "04" else 55.6, ht=163.0, wt_pct=62 if k == "04" else 51)
    c.observation("cssrs1117", cc(coding(PD_SYS + "/pro", "CSSRS-SCREEN", "Columbia Suicide Severity Rating Scale - screen"),
                                  text="C-SSRS screen"), dt("2026-11-17", "09:25"), category="survey",
                  value=text_cc("Passive ideation in past month; no plan, intent or behavior"), interp="A")
    c.careplan("cp-safety", "Safety plan", start=dt("2026-11-17"), created=dt("2026-11-17", "11:00"), author=P["psy"],
               addresses=[mdd], description="Safety plan reviewed with patient and mother; means restriction; crisis line 988.")
    note(c, "n-1117", "2026-11-17", "progress", P["psy"], """
Child & Adolescent Psychiatry - medication management
15F MDD. Fluoxetine 20 mg daily since 5/12 (10 mg from 4/14), adherence confirmed by mom (pill box) and pharmacy.
Weekly CBT since April, attending. Despite this PHQ-A has climbed 14 -> 16 -> 19 -> 21 -> 22. Grades falling,
withdrawn from friends, weight down 2.4 kg. C-SSRS: passive ideation only; safety plan updated.
Plan: increase fluoxetine to 30 mg, consider augmentation / switch; intensive outpatient program referral.
""")
    return c


def cystic_fibrosis(cid):
    c, P = setup(cid, "peds", given="Henry L", family="Aldridge", gender="male", birth="2014-01-12",
                 addr=("4507 Upton Ave S", "Minneapolis", "55410"), phone="612-555-0109", mrn="SBC-3207715",
                 pracs=[("pulm", "Siobhan", "Garvey", "MD, Pediatric Pulmonology (CF Center)", "1063928471", "female"),
                        ("rd", "Maya", "Solberg", "RD, Pediatric Dietitian", "1033847291", "female"),
                        ("rt", "Jorge", "Ibarra", "RRT, CF Center", "1902837461", "male")],
                 payer_name="Blue Cross and Blue Shield of Minnesota", plan=("BCBSMN-AWARE", "Aware Gold PPO"),
                 member="XZM118203947", parent=("Claire", "Aldridge", "MTH", "mother", "female", "612-555-0110"))
    drug_allergy(c, "alg-tob", "10627", "tobramycin", "2019-02-01", ("60862001", "Tinnitus"))
    cf = _pb(c, "pl-cf", "P80001", "Cystic fibrosis (F508del homozygous)", "E84.0", "Cystic fibrosis with pulmonary manifestations",
             "190905008", "Cystic fibrosis", onset="2014-01-20", recorded=dt("2014-02-04"),
             note="Newborn screen positive; sweat chloride 108 mmol/L (2014). CFTR F508del/F508del.")
    c.find(cf)["code"]["coding"].append(coding("http://www.orpha.net", "ORPHA:586", "Cystic fibrosis"))
    pi = _pb(c, "pl-pi", "P80002", "Exocrine pancreatic insufficiency", "K86.81", "Exocrine pancreatic insufficiency",
             onset="2014-02", recorded=dt("2014-02-04"))
    sin = _pb(c, "pl-sin", "P80004", "Chronic pansinusitis", "J32.4", "Chronic pansinusitis", onset="2020", recorded=dt("2020-05-12"))
    rxo(c, "mr-eti", med(c, None, "elexacaftor-tezacaftor-ivacaftor 100-50-75 mg + ivacaftor 150 mg tablets", "F8801"),
        "2021-06-01", P["pulm"], "2 orange tablets every morning and 1 blue tablet every evening with fat-containing food",
        reason_ref=[cf])
    rxo(c, "mr-panc", med(c, None, "pancrelipase 24,000 lipase units capsule", "F8810"), "2024-01-15", P["pulm"],
        "2 capsules with meals, 1 with snacks (~1,800 lipase units/kg/meal)", reason_ref=[pi])
    rxo(c, "mr-dorn", med(c, None, "dornase alfa 2.5 mg/2.5 mL inhalation solution", "F8820"), "2016-03-01", P["pulm"],
        "2.5 mg nebulized once daily", reason_ref=[cf])
    rxo(c, "mr-adek", med(c, None, "CF multivitamin (vitamins A, D, E, K) chewable", "F8830"), "2014-03-01", P["pulm"],
        "2 tablets daily", reason_ref=[pi])
    fev1 = cc(sct("313223002", "Percent predicted forced expired volume in one second"),
              coding(PD_SYS + "/pft", "FEV1-PP", "FEV1 % predicted (GLI)"), text="FEV1 % predicted")
    for d, fev, wt, ht, bpct in (("2026-03-03", 98, 39.8, 152.0, 48), ("2026-06-02", 101, 41.0, 153.4, 50),
                                 ("2026-09-01", 99, 42.1, 155.0, 51), ("2026-11-24", 97, 42.8, 156.3, 50)):
        k = d[5:7]
        e = visit(c, f"enc-{k}", d, "clinic", reason="Quarterly CF clinic", prac=[P["pulm"], P["rd"], P["rt"]], minutes=120,
                  diag=[cf, pi])
        growth(c, f"g{k}", d, e, wt=wt, ht=ht, bmi_pct=bpct)
        c.observation(f"fev{k}", fev1, dt(d, "10:00"), category="procedure", value=qty(fev, "%"), encounter=e, performer=P["rt"])
        if k == "09":
            c.observation("cx09", cc(coding(PD_SYS + "/micro", "CF-RESP-CX", "CF respiratory culture (oropharyngeal)"),
                                     text="Respiratory culture"), dt(d, "10:10"), value=text_cc("Normal oropharyngeal flora; no "
                                                                                                 "Pseudomonas, MRSA or Burkholderia"),
                          encounter=e, performer=c.org_ref)
            c.observation("sw09", cc(coding(PD_SYS + "/lab-component", "SWT-CL", "Sweat chloride"), text="Sweat chloride"),
                          dt(d, "10:30"), value=qty(41, "mmol/L"), encounter=e, performer=c.org_ref,
                          note="On elexacaftor/tezacaftor/ivacaftor (108 at diagnosis).")
            panel(c, "cmp09", dt(d, "10:00"), CMP, [("alt", 24), ("ast", 27), ("tbili", 0.4), ("alb", 4.4)], enc=e)
            lab(c, "a1c09", dt(d, "10:00"), "a1c", 5.3, enc=e)
    note(c, "n-1124", "2026-11-24", "progress", P["pulm"], """
CF Center quarterly visit (pulmonology, nutrition, respiratory therapy)
12M, CF F508del homozygous, pancreatic insufficient. On elexacaftor/tezacaftor/ivacaftor since 6/2021 with sustained
response: FEV1 97-101% predicted this year, no pulmonary exacerbations in 2026, cultures negative, BMI ~50th pct.
Sweat chloride 41. LFTs normal; annual OGTT due in March. Continue ETI, enzymes, dornase, ADEK, airway clearance
(vest BID). RTC 3 months.
""")
    return c


def kawasaki_resolved(cid):
    c, P = setup(cid, "peds", given="Isla M", family="Fairbanks", gender="female", birth="2020-07-08",
                 addr=("3916 Colfax Ave S", "Minneapolis", "55409"), phone="612-555-0188", mrn="SBC-4022791",
                 pracs=[("ped", "Hannah", "Greenberg", "MD, General Pediatrics", "1427730194", "female"),
                        ("card", "Luis", "Ferreira", "MD, Pediatric Cardiology", "1518930274", "male")],
                 payer_name="HealthPartners", plan=("HP-OAP", "HealthPartners Open Access"), member="HP40182736",
                 parent=("Megan", "Fairbanks", "MTH", "mother", "female", "612-555-0189"))
    nkda(c, "2025-04-06")
    kd = _pb(c, "pl-kd", "P90012", "Kawasaki disease (complete), treated", "M30.3", "Mucocutaneous lymph node syndrome [Kawasaki]",
             onset="2025-04-01", recorded=dt("2025-04-06"),
             clinical="resolved", abatement="2025-05-20",
             note="IVIG 2 g/kg 4/6/2025 (day 6 of fever) + aspirin. Coronary arteries normal throughout (max Z-score +1.1).")
    ec = _pb(c, "pl-ecz", "P12001", "Atopic dermatitis", "L20.9", "Atopic dermatitis, unspecified", onset="2021", recorded=dt("2021-09-01"))
    c.med_statement("ms-asa", med(c, "1191", "aspirin 81 mg chewable tablet"), status="completed", start="2025-04-06", end="2025-05-20",
                    dosage_text="3-5 mg/kg/day (81 mg) once daily until 6-week echo")
    c.med_statement("ms-ivig", med(c, None, "immune globulin intravenous (human) 10%"), status="completed", start="2025-04-06",
                    end="2025-04-06", dosage_text="2 g/kg (34 g) IV once")
    for d, z in (("2025-04-20", 1.1), ("2025-05-18", 0.6), ("2026-04-14", 0.4)):
        c.report(f"echo{d[:7]}", cc(coding(PD_SYS + "/cardio", "ECHO-TTE", "Transthoracic echocardiogram"),
                                    cpt("93306", "Echocardiography, transthoracic, complete"), text="Echocardiogram"),
                 dt(d, "10:00"), category=cardio_cat(),
                 conclusion=f"Normal coronary arteries (LAD max Z-score {z:+.1f}). Normal function. No effusion.")
    e1 = visit(c, "enc-card0414", "2026-04-14", "clinic", reason="1-year Kawasaki follow-up", prac=P["card"], diag=[kd])
    note(c, "n-0414", "2026-04-14", "consult", P["card"], """
Pediatric Cardiology
1 year after Kawasaki disease treated with IVIG on day 6. Echocardiograms at 2 weeks, 6 weeks and today all normal
(no coronary involvement at any time). AHA risk level 1. Discharged from cardiology; no restrictions, no further
imaging or treatment needed.
""", enc=e1)
    e2 = visit(c, "enc-wcc1006", "2026-10-06", "wcc", reason="6-year well child check", prac=P["ped"], minutes=40, diag=[ec])
    growth(c, "g1006", "2026-10-06", e2, wt=21.0, ht=117.5, bmi=15.2, wt_pct=55, ht_pct=58, bmi_pct=52)
    vit(c, "v1006", "2026-10-06", e2, bp=(98, 60), hr=92)
    dev_history(c, "dev1006", "2026-10-06", "Kindergarten, reading simple words, rides bike, draws person with 6 parts. Meets milestones.")
    c.observation("vis1006", cc(coding(PD_SYS + "/screen", "VIS-SNELLEN", "Visual acuity screen"), text="Vision screen"),
                  dt("2026-10-06", "09:20"), category="exam", value="20/25 both eyes", encounter=e2)
    c.observation("hear1006", cc(coding(PD_SYS + "/screen", "HEAR-AUD", "Audiometry screen"), text="Hearing screen"),
                  dt("2026-10-06", "09:25"), category="exam", value=text_cc("Pass bilaterally"), encounter=e2)
    c.immunization("imm-mmr", "94", "MMRV", dt("2026-03-10", "10:00"), lot="R041792", dose_ml=0.5, encounter=None)
    c.immunization("imm-dtap", "130", "DTaP-IPV", dt("2026-10-06", "10:10"), lot="U7730AA", dose_ml=0.5, encounter=e2)
    c.immunization("imm-flu", "150", "Influenza, injectable, quadrivalent, preservative free", dt("2026-10-06", "10:12"), lot="FL2604", dose_ml=0.5, encounter=e2)
    note(c, "n-1006", "2026-10-06", "progress", P["ped"], """
Well Child Check - 6 years
Healthy. History of Kawasaki disease 4/2025, fully resolved, normal coronaries, discharged by cardiology 4/2026.
MMRV given 3/2026 (deferred 11 months after IVIG). Eczema mild, emollients. Growth and development normal.
DTaP-IPV and influenza today. RTC 1 year.
""", enc=e2)
    return c


CASES = [
    dict(target="PERSISTENT_SYMPTOMS_NORMAL_WORKUP", kind="near-miss", expected=[],
         why="Recurrent abdominal pain over several visits, but tTG-IgA came back strongly positive and biopsy confirmed "
             "celiac disease, which explains it; pain resolved on a gluten-free diet.",
         summary="12F recurrent abdominal pain May-Jul 2026, celiac disease confirmed on biopsy, resolved on gluten-free diet",
         build=celiac_explains_pain),
    dict(target="DIAGNOSIS_SYMPTOM_MISMATCH", kind="positive", expected=["DIAGNOSIS_SYMPTOM_MISMATCH"],
         why="Catch-all 'other fatigue' (R53.83) active since March while symptoms continue, and the label cannot account "
             "for low-grade fevers, arthralgia, weight loss, raised ESR/CRP, raised ALT and anaemia.",
         summary="15F labelled 'fatigue' (R53.83) since March 2026; evening fevers, arthralgia, weight loss, ESR 46, ALT 71",
         build=fatigue_label_abnormal_labs),
    dict(target="DIAGNOSIS_SYMPTOM_MISMATCH", kind="near-miss", expected=[],
         why="IBS-D label has been on the list for over a year, but symptoms have resolved since spring 2026 (symptom "
             "diaries show no pain or urgency) after a normal initial work-up.",
         summary="16M IBS-D since 2025, normal work-up, symptom-free on diary questionnaires through Nov 2026",
         build=ibs_in_remission),
    dict(target="MAJOR_PROCEDURE_PLANNED", kind="positive",
         expected=["MAJOR_PROCEDURE_PLANNED", "WORSENING_DESPITE_TREATMENT"],
         why="Active order (CPT 22802/22843) and appointment for posterior spinal fusion T4-L1 on 2026-12-21. Deliberate "
             "extra: Cobb angle 32 -> 41 -> 54 degrees over 11 months (>> 5 degree progression threshold) despite "
             "full-time bracing throughout.",
         summary="14F adolescent idiopathic scoliosis 32 to 54 degrees in brace, posterior spinal fusion booked 2026-12-21",
         build=scoliosis_fusion_planned),
    dict(target="MAJOR_PROCEDURE_PLANNED", kind="near-miss", expected=[],
         why="Nuss procedure was only proposed; the proposal was revoked in June 2026 when the family chose vacuum bell "
             "therapy. No surgery is planned.",
         summary="15M pectus excavatum, Nuss proposal revoked in favour of vacuum bell therapy, improving",
         build=nuss_revoked),
    dict(target="HIGH_IMPACT_TREATMENT", kind="near-miss", expected=[],
         why="Insulin pump started June 2026; PedsQL total fell only 1-2 points (below the ~4.4-4.5 point MCID) while "
             "HbA1c improved. Not a severely quality-of-life-impacting treatment.",
         summary="11M type 1 diabetes, insulin pump started 6/2026, PedsQL 81.5 to 80.4, HbA1c 7.9 to 7.2",
         build=t1d_pump_pedsql),
    dict(target="PATIENT_REPORTED_CONCERN", kind="positive", expected=["PATIENT_REPORTED_CONCERN"],
         why="Mother (RelatedPerson) writes a portal message saying nobody is listening and explicitly asks for a second "
             "opinion from another epilepsy centre.",
         summary="9M focal epilepsy on levetiracetam, behaviour change; mother's message requests second opinion",
         build=epilepsy_parent_second_opinion),
    dict(target="WORSENING_DESPITE_TREATMENT", kind="positive", expected=["WORSENING_DESPITE_TREATMENT"],
         why="PHQ-A 14 -> 16 -> 19 -> 21 -> 22 over 7 months (rise 8, MCID 5) while fluoxetine and weekly CBT were "
             "active throughout with confirmed adherence.",
         summary="15F major depression on fluoxetine 20 mg + weekly CBT, PHQ-A rising 14 to 22 Apr-Nov 2026",
         build=adolescent_depression_worsening),
    dict(target="RARE_OR_COMPLEX_CONDITION", kind="positive", expected=["RARE_OR_COMPLEX_CONDITION"],
         why="Active cystic fibrosis (Orphanet ORPHA:586), F508del homozygous, followed in a CF centre on CFTR modulator "
             "therapy.",
         summary="12M cystic fibrosis F508del/F508del, stable on elexacaftor/tezacaftor/ivacaftor",
         build=cystic_fibrosis),
    dict(target="RARE_OR_COMPLEX_CONDITION", kind="near-miss", expected=[],
         why="Kawasaki disease (in Orphanet) was a single episode in 2025, resolved with normal coronaries throughout and "
             "discharged by cardiology; it is not active. Otherwise only mild eczema.",
         summary="6F well child check; Kawasaki disease 2025 resolved, normal echocardiograms, discharged by cardiology",
         build=kawasaki_resolved),
]
