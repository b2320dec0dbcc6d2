from stories_a import *

# ===================================================================== P2 positive: IBS with red flags
def p2_ibs(cid):
    b = Bundle(cid, "lakeshore")
    b.patient("Melissa Ann", "Droste", "female", "1988-11-02", "1420 Lake Michigan Dr NW", "L3308217", "616-555-3184", "M")
    pcp = b.practitioner("Craig", "Huizenga", "MD, Family Medicine", "1174839205")
    gi = b.practitioner("Elena", "Marchetti", "MD, Gastroenterology", "1093472816")
    b.coverage("Blue Cross Blue Shield of Michigan", "Simply Blue PPO", "XYJ881024567")
    ibs = b.condition(problem("10743008", "Irritable bowel syndrome", "K58.0", "Irritable bowel syndrome with diarrhea"), "2025-02-14", recorder=pcp)
    b.condition(problem("35489007", "Depressive disorder", None, None, text="Postpartum depression (resolved)"), "2019-06-01", status="resolved", abate="2020-08-01")
    b.condition(problem("195662009", "Acute viral pharyngitis", "J02.9", "Acute pharyngitis"), "2025-10-06", status="resolved", abate="2025-10-12", cat="encounter-diagnosis")
    e1 = b.encounter("2025-02-14", cc(text="Office Visit"), pract=pcp, reason="Loose stools, cramping")
    b.vitals("2025-02-14", e1, 114, 72, 74, 68.0, 24.9)
    b.obs(cc(ln("31017-7", "Tissue transglutaminase IgA Ab [Units/volume] in Serum")), "2025-02-14", 1.2, "U/mL", "U/mL", "N", None, 4, enc=e1)
    b.note("progress", "2025-02-14", "3 mo intermittent loose stools 3-4/day with cramping relieved by BM, no blood, no weight loss, no nocturnal sx. tTG neg. Meets Rome IV. Dx IBS-D. Low FODMAP, dicyclomine prn.", pcp, e1)
    b.med(cc(rx("3361", "dicyclomine"), text="dicyclomine 20 mg tablet"), "2025-02-14", dose="20 mg four times daily as needed for cramping", requester=pcp, reason=ibs)
    e2 = b.encounter("2025-08-20", cc(text="Office Visit"), pract=pcp, reason="IBS follow-up")
    b.vitals("2025-08-20", e2, 112, 70, 76, 67.4)
    b.note("progress", "2025-08-20", "IBS-D partly better with diet. Continue dicyclomine, add loperamide prn.", pcp, e2)
    b.med(cc(rx("6468", "loperamide"), text="loperamide 2 mg capsule"), "2025-08-20", dose="2 mg after each loose stool, max 8 mg/day", requester=pcp, reason=ibs)
    e3 = b.encounter("2026-06-09", cc(text="Office Visit"), pract=pcp, reason="Diarrhea worse")
    b.vitals("2026-06-09", e3, 110, 70, 82, 64.1)
    e4 = b.encounter("2026-10-14", cc(text="New Patient Consult - Gastroenterology"), pract=gi, reason="IBS-D, refractory")
    b.vitals("2026-10-14", e4, 108, 68, 90, 61.2, 22.4)
    b.obs(cc(sct("62315008", "Diarrhea")), "2026-10-14", vcc=cc(sct("52101004", "Present")), cat="exam", enc=e4, note="6-8 watery stools/day, wakes at night 2-3x to defecate.")
    b.obs(cc(sct("89362005", "Weight loss")), "2026-10-14", vcc=cc(sct("52101004", "Present")), cat="exam", enc=e4, note="68.0 kg (02/2025) -> 61.2 kg, unintentional.")
    calp = b.obs(cc(ln("38445-3", "Calprotectin [Mass/mass] in Stool")), "2026-10-20", 410, "ug/g", "ug/g", "H", None, 50)
    crp = b.obs(cc(ln("1988-5", "C reactive protein [Mass/volume] in Serum or Plasma")), "2026-10-20", 14.2, "mg/L", "mg/L", "H", None, 5.0)
    alb = b.obs(cc(ln("1751-7", "Albumin [Mass/volume] in Serum or Plasma")), "2026-10-20", 3.3, "g/dL", "g/dL", "L", 3.5, 5.0)
    cbc(b, "2026-10-20", None, hgb=11.6)
    b.report(cc(text="GI labs"), "2026-10-20", [calp, crp, alb], "Elevated fecal calprotectin and CRP, low albumin.")
    b.note("consult", "2026-10-14", """GASTROENTEROLOGY CONSULT
Referred for IBS-D not responding. Now 6-8 stools/day incl nocturnal, 7 kg unintentional weight loss since 2/2025. Occasional streaks of blood.
Assessment: IBS with diarrhea, refractory. Will check calprotectin, CRP. Trial of rifaximin. Consider colonoscopy if not improving.""", gi, e4)
    b.med(cc(rx("35619", "rifaximin"), text="rifaximin 550 mg tablet"), "2026-10-14", dose="550 mg three times daily x 14 days", status="completed", requester=gi, reason=ibs)
    b.note("telephone", "2026-10-23", "Result note (GI RN): Calprotectin 410, CRP 14. Per Dr. Marchetti, continue IBS plan, finish rifaximin, f/u clinic 3 months.", gi)
    return b, dict(target=P2, kind="positive", expected=[P2],
        why="IBS-D (K58.0) on the problem list for 21 months while symptoms continue, and new nocturnal diarrhoea, 7 kg weight loss, rectal bleeding, calprotectin 410 and raised CRP are not explained by IBS.",
        summary="38F long-standing IBS-D label with weight loss, nocturnal diarrhoea, calprotectin 410 (Epic, Michigan)")

# ===================================================================== P2 positive: somatic symptom disorder with neuro signs
def p2_somatic(cid):
    b = Bundle(cid, "cedarvalley")
    b.patient("Dale Robert", "Mikkelsen", "male", "1974-05-21", "612 Franklin St", "CV-0048812", "319-555-4470", "M")
    psy = b.practitioner("Imani", "Okafor", "MD, Psychiatry", "1386294017")
    lisw = b.practitioner("Carrie", "Jensen", "LISW", "1720938461")
    peer = b.practitioner("Mark", "Vogel", "Certified Peer Support Specialist", "1932018475")
    b.coverage("Iowa Total Care (Medicaid)", "IA Health Link", "IAM300419982", kind="PUBLICPOL")
    ssd = b.condition(cc(icd("F45.1", "Undifferentiated somatoform disorder"), sct("720449001", "Somatic symptom disorder"), text="Somatic symptom disorder, persistent, moderate"), "2025-06-12", recorder=psy,
                      note="Referred by PCP after negative workup for fatigue and 'weak hands'.")
    b.condition(cc(icd("F41.1", "Generalized anxiety disorder"), text="Generalized anxiety disorder"), "2025-06-12", recorder=psy)
    b.condition(cc(icd("I10", "Essential (primary) hypertension")), "2017-01-01")
    e1 = b.encounter("2025-06-12", cc(text="Psychiatric Diagnostic Evaluation (90792)", *[cpt("90792", "Psychiatric diagnostic evaluation with medical services")]), pract=psy, reason="Somatic complaints")
    b.note("consult", "2025-06-12", """PSYCHIATRIC DIAGNOSTIC EVALUATION
51M referred by PCP. Reports 6 months fatigue, 'weak grip', muscle cramps, worry about ALS after uncle's illness. PCP labs reportedly normal. Excessive time researching symptoms.
MSE: anxious, linear, no SI.
Dx: Somatic symptom disorder, persistent, moderate (F45.1); GAD.
Plan: sertraline 50 mg, CBT for somatic symptoms with LISW.""", psy, e1)
    b.med(cc(rx("36437", "sertraline"), text="sertraline 100 mg tablet"), "2025-06-12", dose="100 mg daily (titrated from 50 mg 7/2025)", requester=psy, reason=ssd)
    for d, s in [("2025-09-10", 9), ("2026-03-11", 8), ("2026-09-16", 9)]:
        b.score(GAD7, d, s)
    e2 = b.encounter("2026-03-11", cc(text="Medication management (99214)"), pract=psy, reason="Follow-up")
    b.note("progress", "2026-03-11", "Anxiety somewhat better. Still preoccupied with hand weakness, says he drops coffee cups. Reassured that prior workup was negative. Continue sertraline, CBT.", psy, e2)
    e3 = b.encounter("2026-08-05", cc(text="Individual psychotherapy 53 min (90837)"), pract=lisw, reason="CBT")
    b.note("progress", "2026-08-05", "CBT session 18. Client reports he had to stop fishing - can't tie hooks, buttons are hard. Wife says his speech is 'thick' at end of day. Worked on catastrophizing. Encouraged to share with PCP.", lisw, e3)
    ck = b.obs(cc(ln("2157-6", "Creatine kinase [Enzymatic activity/volume] in Serum or Plasma")), "2026-10-08", 486, "U/L", "U/L", "H", 39, 308,
               note="Outside result (Cedar Valley Family Practice), scanned into chart.")
    b.obs(cc(ln("29463-7", "Body weight")), "2025-06-12", 88.5, "kg", cat="vital-signs")
    b.obs(cc(ln("29463-7", "Body weight")), "2026-10-21", 79.2, "kg", cat="vital-signs")
    e4 = b.encounter("2026-10-21", cc(text="Peer support (H0038)", *[hcpcs("H0038", "Self-help/peer services, per 15 minutes")]), pract=peer, reason="Peer support")
    b.note("note", "2026-10-21", """PEER SUPPORT NOTE
Met Dale at clinic. He showed me his hands - thumb muscles look sunken, twitching under the skin of his forearms while we sat. He has lost about 20 lb and is choking on thin liquids sometimes. He said 'everyone says it's in my head.' Informed his psychiatrist and therapist.""", peer, e4, title="Peer Support Progress Note")
    e5 = b.encounter("2026-11-18", cc(text="Medication management (99214)"), pract=psy, reason="Follow-up")
    b.vitals("2026-11-18", e5, 136, 84, 80, 78.6)
    b.note("progress", "2026-11-18", """PSYCHIATRY F/U
Dx: somatic symptom disorder, GAD - continuing.
Pt reports progressive hand weakness, muscle twitching, swallowing difficulty with water, 9 kg weight loss. Speech mildly slurred on my interview. Outside CK 486 (H).
Continue sertraline 100 mg, continue CBT. Pt asked to discuss physical symptoms with PCP.""", psy, e5)
    return b, dict(target=P2, kind="positive", expected=[P2],
        why="Somatic symptom disorder (F45.1) active 17 months while symptoms continue; progressive weakness, thenar wasting, fasciculations, dysarthria, dysphagia, weight loss and raised CK appear after the label and are not explained by it.",
        summary="52M somatic symptom disorder label with wasting, fasciculations, dysphagia and raised CK (community mental health, Iowa)")

# ===================================================================== P2 positive: migraine with papilledema
def p2_migraine(cid):
    b = Bundle(cid, "northwoods")
    b.patient("Alyssa Rae", "Bergstrom", "female", "1995-08-08", "2711 Birch St", "N5520943", "715-555-1208", "S")
    pcp = b.practitioner("Peter", "Halvorsen", "MD, Family Medicine", "1548203967")
    neuro = b.practitioner("Grace", "Yoon", "MD, Neurology", "1649302857")
    b.coverage("Security Health Plan of Wisconsin", "Choice PPO", "SHP00928451")
    mig = b.condition(cc(sct("56097005", "Migraine without aura"), text="Migraine without aura"), "2026-03-04", recorder=pcp)
    b.condition(cc(sct("414916001", "Obesity"), text="Obesity, BMI 38"), "2021-05-01")
    b.condition(cc(sct("237055002", "Polycystic ovary syndrome"), text="PCOS"), "2016-09-01")
    e1 = b.encounter("2026-03-04", cc(text="Office Visit"), pract=pcp, reason="Headaches")
    b.vitals("2026-03-04", e1, 126, 80, 78, 104.3, 38.1)
    b.note("progress", "2026-03-04", "Headaches x 2 mo, bifrontal, pressure-like, some nausea. Neuro exam nonfocal (fundi not well seen, undilated). Dx migraine without aura. Sumatriptan prn, amitriptyline 10 mg qhs.", pcp, e1)
    b.med(cc(rx("37418", "sumatriptan"), text="sumatriptan 50 mg tablet"), "2026-03-04", dose="50 mg at onset, may repeat x1 in 2 h", requester=pcp, reason=mig)
    b.med(cc(rx("704", "amitriptyline"), text="amitriptyline 25 mg tablet"), "2026-03-04", dose="25 mg at bedtime (titrated from 10 mg)", requester=pcp, reason=mig)
    e2 = b.encounter("2026-07-15", cc(text="Office Visit"), pract=pcp, reason="Headache not improved")
    b.vitals("2026-07-15", e2, 128, 82, 80, 106.0)
    b.obs(cc(sct("60862001", "Tinnitus")), "2026-07-15", vcc=cc(sct("52101004", "Present")), cat="exam", enc=e2, note="Whooshing in both ears in time with heartbeat.")
    b.note("progress", "2026-07-15", "Daily headache now, worse lying down and in morning. New whooshing pulsatile noise both ears. Brief graying of vision when standing up, seconds. Increase amitriptyline to 25 mg. Neuro referral.", pcp, e2)
    eye = b.obs(cc(text="Dilated fundus examination"), "2026-10-14", vstr="Bilateral optic disc edema with blurred margins and peripapillary hemorrhage OD; Frisen grade 2 OU. VA 20/25 OU.", interp="A", cat="exam",
                note="Outside optometry report (Chippewa Vision Care) scanned 10/16/2026; letter recommends urgent neuro-ophthalmology/neuroimaging.")
    e3 = b.encounter("2026-11-05", cc(text="New Patient Consult - Neurology"), pract=neuro, reason="Migraine")
    b.vitals("2026-11-05", e3, 130, 84, 76, 106.8, 39.0)
    b.note("consult", "2026-11-05", """NEUROLOGY CONSULT
CC: headache. Referred for migraine.
Daily headaches, positional, pulsatile tinnitus, transient visual obscurations. Optometry note in media reviewed.
Exam: nonfocal. Fundoscopy limited (pt photophobic).
Impression: Chronic migraine without aura, medication overuse possible.
Plan: stop sumatriptan overuse, start topiramate 25 mg for prophylaxis, headache diary, RTC 3 mo.""", neuro, e3)
    b.med(cc(rx("38404", "topiramate"), text="topiramate 25 mg tablet"), "2026-11-05", dose="25 mg nightly, increase by 25 mg weekly to 50 mg bid", requester=neuro, reason=mig)
    b.impression("2026-11-05", "Chronic migraine without aura; continue preventive therapy.", neuro, [mig], enc=e3)
    b.obs(cc(ln("2345-7", "Glucose [Mass/volume] in Serum or Plasma")), "2026-03-04", 94, "mg/dL", "mg/dL", "N", 70, 99, enc=e1)
    return b, dict(target=P2, kind="positive", expected=[P2],
        why="A migraine diagnosis does not explain the later positional daily headache, pulsatile tinnitus, transient visual obscurations and bilateral optic disc oedema (papilloedema); the label has been carried forward without accounting for them.",
        summary="31F labelled migraine, later pulsatile tinnitus, visual obscurations and papilloedema only in a scanned optometry note (Epic, Wisconsin)")

# ===================================================================== P2 near-miss: fatigue explained by OSA
def p2n_fatigue(cid):
    b = Bundle(cid, "greatrivers")
    b.patient("Steven Wayne", "Pruitt", "male", "1971-10-12", "905 Spring St", "G7731092", "217-555-0926", "M")
    pcp = b.practitioner("Allison", "Mertz", "MD, Internal Medicine", "1467092834")
    sleep = b.practitioner("Raymond", "Okoye", "MD, Sleep Medicine", "1285039472")
    b.coverage("UnitedHealthcare", "Choice Plus", "UHC918273645")
    fat = b.condition(problem("84229001", "Fatigue", "R53.83", "Other fatigue"), "2025-11-04", status="resolved", abate="2026-07-21", recorder=pcp)
    htn = b.condition(problem("38341003", "Hypertensive disorder, systemic arterial", "I10", "Essential (primary) hypertension"), "2020-06-01")
    b.condition(problem("414916001", "Obesity", "E66.811", "Obesity, class 1"), "2020-06-01")
    e1 = b.encounter("2025-11-04", cc(text="Office Visit"), pract=pcp, reason="Tired all the time")
    b.vitals("2025-11-04", e1, 142, 88, 80, 112.0, 33.4)
    cbc(b, "2025-11-04", e1, 14.9, sex="M")
    b.obs(cc(ln("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma")), "2025-11-04", 2.4, "u[IU]/mL", "u[IU]/mL", "N", 0.45, 4.5, enc=e1)
    b.note("progress", "2025-11-04", "Fatigue, falls asleep watching TV and once at a red light. Wife reports loud snoring and pauses. STOP-BANG 6. Labs nl. Dx fatigue; sleep study ordered.", pcp, e1)
    b.obs(cc(text="Epworth Sleepiness Scale total score"), "2026-02-10", vint=15, cat="survey")
    psg = b.obs(cc(text="Apnea-hypopnea index (AHI), polysomnography"), "2026-04-20", 34, "/h", "/h", "H", None, 5, cat="procedure")
    b.report(cc(ln("28633-6", "Polysomnography (sleep) study"), text="Attended diagnostic polysomnogram"), "2026-04-20", [psg], "Severe obstructive sleep apnea, AHI 34/h, nadir SpO2 79%.", cat="OTH", performer=sleep)
    osa = b.condition(problem("78275009", "Obstructive sleep apnea syndrome", "G47.33", "Obstructive sleep apnea (adult) (pediatric)"), "2026-04-20", recorder=sleep)
    b.service_request(cc(hcpcs("E0601", "Continuous positive airway pressure (CPAP) device"), text="Auto-CPAP 5-15 cm H2O"), "2026-05-01", status="completed", reason=osa, requester=sleep)
    e2 = b.encounter("2026-07-21", cc(text="Follow-up - Sleep Medicine"), pract=sleep, reason="CPAP follow-up")
    b.obs(cc(text="CPAP adherence: % nights >= 4 h"), "2026-07-21", 91, "%", cat="procedure", enc=e2)
    b.obs(cc(text="Epworth Sleepiness Scale total score"), "2026-07-21", vint=7, cat="survey", enc=e2)
    b.note("progress", "2026-07-21", "CPAP 91% adherence, residual AHI 2.1. Energy much better, no drowsy driving. ESS 15 -> 7. Fatigue resolved.", sleep, e2)
    e3 = b.encounter("2026-10-13", cc(text="Office Visit"), pract=pcp, reason="Hypertension follow-up")
    b.vitals("2026-10-13", e3, 128, 80, 72, 108.5, 32.3)
    b.obs(cc(text="Epworth Sleepiness Scale total score"), "2026-10-13", vint=6, cat="survey", enc=e3)
    b.med(cc(rx("17767", "amlodipine"), text="amlodipine 10 mg tablet"), "2020-06-01", dose="10 mg daily", requester=pcp, reason=htn)
    return b, dict(target=P2, kind="near-miss", expected=[],
        why="The catch-all fatigue code (R53.83) was replaced by a diagnosis that explains it (severe OSA on polysomnography); fatigue resolved on CPAP and the R53.83 entry is resolved.",
        summary="54M fatigue R53.83 -> severe OSA on PSG, resolved with CPAP (Epic, Illinois)")

# ===================================================================== P2 near-miss: child viral syndrome resolved
def p2n_viral(cid):
    b = Bundle(cid, "twinrivers")
    b.patient("Owen James", "Thorsgaard", "male", "2019-06-23", "145 Hickory St", "T4408215", "507-555-3362")
    ped = b.practitioner("Rebecca", "Lindahl", "MD, Pediatrics", "1912834705")
    rn = b.practitioner("Jenna", "Koenig", "RN", "1366104928")
    b.coverage("Medica", "Medica Choice Passport (dependent)", "MED22019387")
    ast = b.condition(problem("427679007", "Mild intermittent asthma", "J45.20", "Mild intermittent asthma, uncomplicated"), "2023-02-01")
    b.condition(problem("65363002", "Otitis media", "H66.91", "Otitis media, right ear"), "2025-01-14", status="resolved", abate="2025-01-24", cat="encounter-diagnosis")
    e1 = b.encounter("2026-11-09", cc(text="Office Visit - Sick"), pract=ped, reason="Fever, body aches")
    b.vitals("2026-11-09", e1, 98, 60, 118, 23.4, temp=38.6, spo2=98)
    b.obs(cc(ln("78012-2", "Streptococcus pyogenes Ag [Presence] in Throat by Rapid immunoassay")), "2026-11-09", vcc=cc(sct("260385009", "Negative")), interp="N", enc=e1)
    b.obs(cc(ln("80382-9", "Influenza virus A Ag [Presence] in Upper respiratory specimen by Rapid immunoassay")), "2026-11-09", vcc=cc(sct("260385009", "Negative")), interp="N", enc=e1)
    b.obs(cc(ln("94500-6", "SARS-CoV-2 (COVID-19) RNA [Presence] in Respiratory specimen by NAA with probe detection")), "2026-11-09", vcc=cc(sct("260415000", "Not detected")), interp="N", enc=e1)
    vir = b.condition(problem("34014006", "Viral disease", "B34.9", "Viral infection, unspecified"), "2026-11-08", status="resolved", abate="2026-11-14", cat="encounter-diagnosis", enc=e1)
    b.note("progress", "2026-11-09", "7 yo M, 1 day fever 38.6, myalgias, runny nose, mild cough. Siblings sick. Lungs clear, no wheeze. TMs nl. Rapid strep neg, flu neg, COVID neg. Dx viral illness. Supportive care, acetaminophen/ibuprofen. Call if fever >5 d or breathing trouble.", ped, e1)
    e2 = b.encounter("2026-11-16", cc(text="Telephone"), cls="VR", pract=rn, reason="Follow-up call")
    b.note("telephone", "2026-11-16", "Mom reports fever gone since 11/12, back at school 11/14, eating well. No wheezing, did not need albuterol. No further concerns.", rn, e2)
    e3 = b.encounter("2026-06-30", cc(text="Well Child Visit 7 yr"), pract=ped, reason="Well child")
    b.vitals("2026-06-30", e3, 96, 58, 92, 22.8, 15.9)
    b.obs(cc(ln("8302-2", "Body height")), "2026-06-30", 120.1, "cm", cat="vital-signs", enc=e3)
    b.med(cc(rx("435", "albuterol"), text="albuterol HFA 90 mcg/actuation with spacer"), "2023-02-01", dose="2 puffs q4h prn wheeze", requester=ped, reason=ast)
    b.immunization(cc(c("http://hl7.org/fhir/sid/cvx", "150", "Influenza, injectable, quadrivalent, preservative free"), text="Influenza vaccine"), "2026-10-02")
    b.immunization(cc(c("http://hl7.org/fhir/sid/cvx", "94", "MMRV"), text="MMRV"), "2023-07-11")
    return b, dict(target=P2, kind="near-miss", expected=[],
        why="B34.9 viral infection recorded for 6 days only, with a clinical picture that fits it; resolved - not a catch-all persisting > 90 days with continuing symptoms.",
        summary="7M viral illness B34.9, negative strep/flu/COVID, resolved in a week (Epic, Minnesota paediatrics)")
