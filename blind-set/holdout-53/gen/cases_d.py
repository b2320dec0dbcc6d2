"""Cases from the sleep & respiratory medicine clinic (Lakeshore, WA, USA): ICD-10-CM, CPT, LOINC, RxNorm;
polysomnography, PAP adherence downloads, spirometry / DLCO, questionnaire scores under local codes."""
from fhirkit import cc, tx

PSN, DSM, MPP, UNT = ("PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "DIAGNOSIS_SYMPTOM_MISMATCH",
                      "MAJOR_PROCEDURE_PLANNED", "UNTREATABLE_PROGNOSIS")
HIT, PRC, WDT, RARE = ("HIGH_IMPACT_TREATMENT", "PATIENT_REPORTED_CONCERN",
                       "WORSENING_DESPITE_TREATMENT", "RARE_OR_COMPLEX_CONDITION")
LOC = "https://ehr.lakeshore-srm.example/CodeSystem/"


def dx(code, display, text=None):
    return cc(("icd10cm", code, display), text=text or display)


def rx(code, text):
    return cc(("rxnorm", code, None), text=text) if code else tx(text)


def score(code, display):
    return cc((LOC + "scores", code, display), text=display)


ESS = score("ESS", "Epworth Sleepiness Scale total score (0-24)")
CAT = score("CAT", "COPD Assessment score (CAT, 0-40)")
ACT = score("ACT", "Asthma control score (ACT, 5-25)")
MMRC = score("mMRC", "Modified MRC dyspnea grade (0-4)")
ISI = score("ISI", "Insomnia Severity Index (0-28)")
SRI = score("SRI", "Severe Respiratory Insufficiency questionnaire summary score (0-100)")


def sl_base(c, fam, given, gender, birth, pracs, line, payer="Cascade Mutual Health Plan", marital=None, pcp=None):
    c.main_org()
    pay = c.organization(payer, kind="govt" if payer.startswith("Medicare") else "ins")
    pr = {}
    for key, pf, pg, qual in pracs:
        pr[key] = c.practitioner(key, pf, pg, qual=qual)
    c.patient(fam, given, gender, birth, line=line, postal="98362", marital=marital, lang="en", gp=pr[pcp or pracs[0][0]])
    c.coverage(pay, payer, subscriber_id="LSM" + birth.replace("-", "")[2:] + fam[:3].upper(), start="2020-01-01")
    return pr


def spiro(c, date, enc, fev1, fev1pp, fvc, fvcpp, ratio, dlco=None, dlcopp=None, conclusion=None, who=None, post=None):
    res = [c.obs(cc(("loinc", "20150-9", "FEV1")), date, value=fev1, unit="L", ucum="L", cat="procedure", enc=enc,
                 components=[{"code": cc(("loinc", "20152-5", "FEV1 measured/predicted")), "valueQuantity": {"value": fev1pp, "unit": "%", "system": "http://unitsofmeasure.org", "code": "%"}}]),
           c.obs(cc(("loinc", "19868-9", "FVC")), date, value=fvc, unit="L", ucum="L", cat="procedure", enc=enc,
                 components=[{"code": cc((LOC + "pft", "FVC-PP", "FVC percent predicted")), "valueQuantity": {"value": fvcpp, "unit": "%", "system": "http://unitsofmeasure.org", "code": "%"}}]),
           c.obs(cc(("loinc", "19926-5", "FEV1/FVC")), date, value=ratio, unit="%", ucum="%", cat="procedure", enc=enc)]
    if dlco is not None:
        res.append(c.obs(cc(("loinc", "19911-7", "Diffusion capacity.carbon monoxide")), date, value=dlco, unit="mL/min/mmHg",
                         ucum="mL/min/mm[Hg]", cat="procedure", enc=enc,
                         interp="L" if dlcopp < 70 else "N",
                         components=[{"code": cc((LOC + "pft", "DLCO-PP", "DLCO percent predicted")), "valueQuantity": {"value": dlcopp, "unit": "%", "system": "http://unitsofmeasure.org", "code": "%"}}]))
    codings = [("cpt", "94060", "Bronchodilation responsiveness, spirometry as in 94010, pre- and post-bronchodilator administration")]
    if dlco is not None:
        codings.append(("cpt", "94729", None))
    return c.report(cc(*codings, text="Pulmonary function study"), date, res, cat="PF", who=who, enc=enc,
                    conclusion=conclusion)


def psg(c, date, cpt, vals, who, conclusion, enc=None):
    names = {"AHI": ("Apnea-hypopnea index", "/h", "/h"), "ODI": ("Oxygen desaturation index (3 %)", "/h", "/h"),
             "NADIR": ("SpO2 nadir", "%", "%"), "PLMI": ("Periodic limb movement index", "/h", "/h"),
             "SE": ("Sleep efficiency", "%", "%"), "SOL": ("Sleep onset latency", "min", "min"),
             "WASO": ("Wake after sleep onset", "min", "min"), "TST": ("Total sleep time", "min", "min")}
    res = []
    for k, v in vals.items():
        n, u, uc = names[k]
        res.append(c.obs(cc((LOC + "psg", k, n), text=n), date, value=v, unit=u, ucum=uc, cat="procedure", enc=enc, time="06:00"))
    disp = {"95810": "Polysomnography; age 6 years or older, sleep staging with 4 or more additional parameters of sleep, attended by a technologist",
            "95811": "Polysomnography; age 6 years or older, with initiation of continuous positive airway pressure therapy or bilevel ventilation, attended by a technologist"}[cpt]
    return c.report(cc(("cpt", cpt, disp), text="Polysomnography"), date, res, cat="OTH", who=who, enc=enc, conclusion=conclusion)


# ------------------------------------------------------------------------------------------
def sl_dyspnea_normal(c):
    pr = sl_base(c, "Moreno", "Jessica", "female", "1984-07-19",
                 [("pul", "Whitford", "Alan", "Pulmonologist"), ("pcp", "Kim", "Grace", "Family physician"),
                  ("rt", "Reyes", "Tom", "Respiratory therapist")], "2214 Madrona St", marital="M", pcp="pcp")
    c.condition(dx("J30.2", "Other seasonal allergic rhinitis"), onset="2005-04-01", who=pr["pcp"])
    c.medstmt(rx("41126", "Fluticasone propionate 50 mcg/actuation nasal spray"), "active", start="2015-04-01",
              dosage="2 sprays each nostril daily in spring")
    c.servicereq(tx("Referral to pulmonology: exertional dyspnea for 2 months"), "completed", "order", "2026-04-28",
                 reason=cc(("icd10cm", "R06.09", "Other forms of dyspnea")), who=pr["pcp"], performer=pr["pul"])
    sym = cc(("loinc", "75325-1", "Symptom"))
    dys = cc(("sct", "267036007", "Dyspnea"), text="Exertional dyspnea")
    visits = [("2026-05-12", "Onset around early March; breathless after one flight of stairs or brisk walking."),
              ("2026-07-21", "Unchanged: breathless on hills and stairs, stops after two flights."),
              ("2026-09-29", "Persists; has reduced her running, feels she cannot get a full breath on exertion."),
              ("2026-11-17", "Still breathless on exertion, about the same as in May.")]
    encs = []
    for d, t in visits:
        e = c.encounter(d, "Pulmonary clinic visit", who=pr["pul"], time="09:30", reason=cc(("icd10cm", "R06.09", "Other forms of dyspnea")))
        encs.append(e)
        c.obs(sym, d, concept=dys, cat="exam", enc=e, note=t)
        c.obs(MMRC, d, integer=2, cat="survey", enc=e)
        c.vital("spo2", d, 98, enc=e)
    c.vital("weight_lb", "2026-05-12", 141, enc=encs[0])
    c.vital("bmi", "2026-05-12", 23.4, enc=encs[0])
    spiro(c, "2026-05-12", encs[0], 2.95, 98, 3.62, 101, 81, dlco=23.9, dlcopp=92, who=pr["pul"],
          conclusion="Normal spirometry without bronchodilator response. Normal lung volumes and diffusing capacity.")
    labs = [c.lab("hb_us", "2026-05-12", 13.4, 12.0, 16.0, text="Hemoglobin"), c.lab("tsh", "2026-05-12", 1.9, 0.4, 4.0, text="TSH"),
            c.lab("bnp", "2026-05-12", 18, high=100, text="BNP"), c.lab("ddimer", "2026-05-12", 0.3, high=0.5, text="D-dimer"),
            c.lab("ferritin", "2026-05-12", 64, 15, 150, text="Ferritin")]
    c.report(cc((LOC + "lab", "DYSP", "Dyspnea laboratory panel"), text="Dyspnea work-up labs"), "2026-05-12", labs,
             who=pr["pul"], conclusion="All within reference ranges.")
    c.note("2026-05-12", "imaging", "Chest X-ray, 2 views", "Lungs clear. Normal heart size and mediastinum. No effusion.", pr["pul"], enc=encs[0])
    c.note("2026-07-14", "imaging", "Transthoracic echocardiogram with agitated saline; high-resolution chest CT",
           "Echo: LVEF 62 %, normal valves, normal RV size and function, estimated RVSP 24 mmHg, no intracardiac shunt.\n"
           "HRCT (inspiratory/expiratory, prone): no interstitial abnormality, no air trapping, no emphysema, no "
           "pulmonary embolism on the contrast phase.", pr["pul"])
    c.note("2026-09-22", "procedure", "Cardiopulmonary exercise study",
           "Maximal effort (RER 1.18). Peak VO2 92 % predicted, normal anaerobic threshold, normal breathing reserve, "
           "no desaturation, normal heart-rate and blood-pressure response, no ECG changes. Normal study: no "
           "ventilatory, gas-exchange or cardiac limitation identified.", pr["pul"])
    c.note("2026-11-17", "progress", "Pulmonary clinic – follow-up",
           "42-year-old with exertional dyspnea since March 2026, now about eight months. Spirometry, lung volumes, "
           "DLCO, chest X-ray, HRCT, echocardiogram with bubble study, cardiopulmonary exercise study, overnight "
           "oximetry and labs (Hb, TSH, BNP, D-dimer, ferritin) are all normal. No pulmonary or cardiac diagnosis. "
           "Reassured that her heart and lungs are healthy; discharged back to Dr. Kim. She remains frustrated "
           "that no cause has been found; symptoms unchanged.", pr["pul"], enc=encs[-1])
    c.impression("2026-11-17", "Exertional dyspnea evaluation",
                 "Exertional dyspnea for about eight months with a complete, normal cardiopulmonary evaluation. No "
                 "pulmonary, cardiac or hematologic cause identified. Reassurance; no pulmonary follow-up.",
                 pr["pul"], enc=encs[-1], investigations=("Dyspnea work-up labs", labs),
                 findings=[cc(("sct", "267036007", "Dyspnea"), text="Exertional dyspnea, unexplained")])


def sl_asthma_ild(c):
    pr = sl_base(c, "Kline", "Robert", "male", "1963-02-11",
                 [("np", "Morales", "Jenna", "Nurse practitioner, respiratory clinic"), ("pul", "Whitford", "Alan", "Pulmonologist"),
                  ("rt", "Reyes", "Tom", "Respiratory therapist")], "18 Old Mill Rd", marital="M")
    asthma = c.condition(dx("J45.909", "Unspecified asthma, uncomplicated"), onset="2025-09-03", who=pr["np"])
    c.condition(dx("I10", "Essential (primary) hypertension"), onset="2014-01-01", who=pr["np"])
    c.condition(dx("E78.2", "Mixed hyperlipidemia"), onset="2016-01-01", who=pr["np"])
    c.medreq(tx("Fluticasone propionate/salmeterol 250/50 mcg inhalation powder"), "2025-09-03", "1 inhalation BID",
             who=pr["np"], reason_ref=[asthma], course="continuous")
    c.medreq(rx("435", "Albuterol 90 mcg/actuation inhaler"), "2025-09-03", "2 puffs q4-6h PRN", who=pr["np"], reason_ref=[asthma])
    c.medreq(rx("88249", "Montelukast 10 mg tablet"), "2026-02-10", "10 mg at bedtime", who=pr["np"], reason_ref=[asthma])
    c.medstmt(rx("29046", "Lisinopril 20 mg tablet"), "active", start="2014-01-01", dosage="20 mg daily")
    c.medstmt(rx("83367", "Atorvastatin 40 mg tablet"), "active", start="2016-01-01", dosage="40 mg daily")
    e1 = c.encounter("2025-09-03", "Respiratory clinic – new patient", who=pr["np"], time="14:00", reason=tx("Cough and shortness of breath"))
    c.note("2025-09-03", "hp", "Respiratory clinic – new patient",
           "62-year-old retired dairy farmer, ex-smoker (10 pack-years, quit 1995). Dry cough and breathlessness on "
           "exertion for 6 months. Lungs: no wheeze today. Spirometry machine unavailable. Presentation most consistent "
           "with adult-onset asthma. Start fluticasone/salmeterol and albuterol PRN; spirometry at follow-up.", pr["np"], enc=e1)
    e2 = c.encounter("2026-02-10", "Respiratory clinic – follow-up", who=pr["np"], time="14:30", reason_ref=[asthma])
    c.note("2026-02-10", "progress", "Respiratory clinic – asthma follow-up",
           "Still short of breath walking the yard and dry cough. Using albuterol daily with little relief. "
           "Asthma not well controlled; montelukast added. Spirometry rescheduled.", pr["np"], enc=e2)
    e3 = c.encounter("2026-11-10", "Respiratory clinic – follow-up", who=pr["np"], time="10:00", reason_ref=[asthma])
    c.vital("spo2", "2026-11-10", 95, enc=e3)
    c.obs(cc((LOC + "exam", "6MW", "Six-minute walk"), text="Six-minute walk distance"), "2026-11-10", value=380, unit="m",
          ucum="m", cat="exam", enc=e3, components=[{"code": cc((LOC + "exam", "6MW-NADIR", "SpO2 nadir during six-minute walk")),
                                                      "valueQuantity": {"value": 87, "unit": "%", "system": "http://unitsofmeasure.org", "code": "%"}}],
          interp="A")
    c.obs(cc((LOC + "exam", "CRACKLES", "Lung auscultation")), "2026-11-10", text="Fine bibasilar inspiratory (velcro-like) crackles",
          cat="exam", enc=e3)
    c.obs(cc((LOC + "exam", "CLUBBING", "Digital clubbing")), "2026-11-10", boolean=True, cat="exam", enc=e3)
    spiro(c, "2026-11-10", e3, 2.31, 74, 2.78, 68, 83, dlco=14.6, dlcopp=52, who=pr["rt"],
          conclusion="No airflow obstruction (FEV1/FVC 83 %), no significant bronchodilator response. Reduced FVC (68 % "
                     "predicted) suggesting restriction. Moderately reduced DLCO (52 % predicted).")
    c.lab("hb_us", "2026-11-10", 14.8, 13.5, 17.5, text="Hemoglobin")
    c.note("2026-11-10", "progress", "Respiratory clinic – asthma follow-up",
           "Breathlessness and dry cough continue 14 months after starting asthma treatment; now breathless after "
           "100 yards. Fine crackles at both bases, mild clubbing. Desaturated to 87 % on six-minute walk.\n"
           "Spirometry without obstruction or reversibility, FVC 68 %, DLCO 52 %: possibly suboptimal effort.\n"
           "Assessment: asthma, poorly controlled. Plan: add tiotropium, prednisone 40 mg x 5 days, repeat spirometry "
           "in 3 months.", pr["np"], enc=e3)
    c.medreq(rx("69120", "Tiotropium 2.5 mcg/actuation inhalation spray"), "2026-11-10", "2 inhalations once daily",
             who=pr["np"], enc=e3, reason_ref=[asthma])
    c.medreq(rx("8640", "Prednisone 20 mg tablet"), "2026-11-10", "40 mg daily x 5 days", who=pr["np"], enc=e3,
             reason_ref=[asthma], course="acute", status="completed")


def sl_vats(c):
    pr = sl_base(c, "Carver", "Linda", "female", "1969-10-02",
                 [("pul", "Whitford", "Alan", "Pulmonologist (ILD program)"), ("ts", "Brooks", "Nathan", "Thoracic surgeon"),
                  ("rad", "Osei", "Kwame", "Thoracic radiologist")], "740 Cedar Ridge Ct", marital="M")
    ild = c.condition(dx("J84.89", "Other specified interstitial pulmonary diseases",
                         "Fibrotic interstitial lung disease, unclassifiable pending tissue diagnosis"), onset="2026-06-02", who=pr["pul"])
    c.condition(dx("K21.9", "Gastro-esophageal reflux disease without esophagitis"), onset="2015-01-01", who=pr["pul"])
    c.medstmt(rx("7646", "Omeprazole 20 mg capsule"), "active", start="2015-01-01", dosage="20 mg daily")
    e1 = c.encounter("2026-06-02", "ILD clinic – new patient", who=pr["pul"], time="09:00", reason_ref=[ild])
    c.note("2026-06-02", "imaging", "High-resolution CT chest",
           "Subpleural, basal-predominant reticulation with traction bronchiectasis; mosaic attenuation and air "
           "trapping in the upper lobes; no honeycombing. Pattern indeterminate for UIP; fibrotic hypersensitivity "
           "pneumonitis in the differential.", pr["rad"], enc=e1)
    spiro(c, "2026-06-02", e1, 2.05, 81, 2.49, 80, 82, dlco=13.9, dlcopp=63, who=pr["pul"],
          conclusion="Mild restriction with moderately reduced DLCO.")
    c.lab("hb_us", "2026-06-02", 13.1, 12.0, 16.0, text="Hemoglobin")
    c.obs(cc(("loinc", "5048-4", "Nuclear Ab [Titer] in Serum by Immunofluorescence"), text="ANA titer"), "2026-06-02",
          text="<1:80", interp="N")
    c.procedure(tx("Bronchoscopy with bronchoalveolar lavage"), "completed", date="2026-08-11", who=pr["pul"], reason_ref=[ild],
                outcome="BAL: macrophages 70 %, lymphocytes 18 %, neutrophils 10 %. Cultures negative.")
    e2 = c.encounter("2026-10-15", "ILD multidisciplinary discussion", who=pr["pul"], time="12:00", length_min=60, reason_ref=[ild])
    c.note("2026-10-15", "consult", "ILD multidisciplinary discussion",
           "Participants: pulmonology, thoracic radiology, pathology, thoracic surgery. Fibrotic ILD with an indeterminate "
           "HRCT pattern; no convincing antigen exposure; BAL lymphocytosis 18 %; negative serologies. Unable to "
           "distinguish IPF from fibrotic hypersensitivity pneumonitis, which would change treatment (antifibrotic "
           "versus antigen avoidance and immunosuppression). Recommendation: surgical lung biopsy by VATS, wedge "
           "biopsies from the right upper and lower lobes. Patient fit for surgery.", pr["pul"], enc=e2)
    e3 = c.encounter("2026-11-03", "Thoracic surgery clinic", who=pr["ts"], time="13:30", reason_ref=[ild])
    spiro(c, "2026-11-03", e3, 2.01, 80, 2.41, 78, 82, dlco=13.5, dlcopp=61, who=pr["pul"],
          conclusion="Stable mild restriction and moderately reduced DLCO compared with June.")
    c.vital("weight_lb", "2026-11-03", 156, enc=e3)
    c.servicereq(cc(("cpt", "32607", "Thoracoscopy; with diagnostic biopsy(ies) of lung infiltrate(s) (eg, wedge, lobe), unilateral"),
                    text="Right VATS wedge lung biopsies (upper and lower lobes) under general anesthesia"),
                 "active", "order", "2026-11-03", occurrence="2027-01-13", reason_ref=[ild], who=pr["ts"], performer=pr["ts"],
                 enc=e3, category=cc(("sct", "387713003", "Surgical procedure")),
                 note="Scheduled 2027-01-13, main OR. Expected 1–2 night admission with chest drain.")
    c.note("2026-11-03", "consult", "Thoracic surgery consultation",
           "Referred by the ILD board for surgical lung biopsy. FVC 78 %, DLCO 61 %, resting SpO2 96 %, no pulmonary "
           "hypertension on echo. Risks discussed (air leak, acute exacerbation of ILD, infection, ~1 % mortality). "
           "She consents. Right VATS wedge biopsies booked for 13 January 2027, general anesthesia, 1–2 nights in "
           "hospital.", pr["ts"], enc=e3)


def sl_copd_palliative(c):
    pr = sl_base(c, "Delgado", "Frank", "male", "1951-03-30",
                 [("pul", "Whitford", "Alan", "Pulmonologist"), ("pal", "Quinn", "Sarah", "Hospice and palliative medicine physician"),
                  ("rt", "Reyes", "Tom", "Respiratory therapist")], "39 Bayview Terrace", payer="Medicare Part B", marital="M")
    hospice = c.organization("Olympic Hospice & Palliative Care", kind="prov", city="Port Alder")
    copd = c.condition(dx("J43.1", "Panlobular emphysema", "COPD GOLD 4 (E), homogeneous panlobular emphysema"),
                       onset="2012-01-01", who=pr["pul"])
    crf = c.condition(dx("J96.11", "Chronic respiratory failure with hypoxia"), onset="2023-05-01", who=pr["pul"])
    c.condition(dx("I10", "Essential (primary) hypertension"), onset="2008-01-01", who=pr["pul"])
    for code, text, dose in ((None, "Budesonide/glycopyrrolate/formoterol 160/9/4.8 mcg inhaler", "2 puffs BID"),
                             ("435", "Albuterol 2.5 mg/3 mL nebulizer solution", "1 vial q4h PRN"),
                             ("18631", "Azithromycin 250 mg tablet", "250 mg Mon/Wed/Fri"),
                             ("7806", "Oxygen", "3 L/min continuous via nasal cannula, 4 L/min on exertion")):
        c.medreq(rx(code, text), "2024-01-15", dose, who=pr["pul"], reason_ref=[copd], course="continuous")
    e0 = c.encounter("2026-08-03", "Hospital admission – COPD exacerbation", cls="IMP", who=pr["pul"], time="04:20",
                     end="2026-08-09", admit="emd", discharge="home", priority="EM", reason_ref=[copd])
    c.lab("pco2_us", "2026-08-03", 62, 35, 45, text="PaCO2", time="04:40")
    e1 = c.encounter("2026-05-19", "Pulmonary clinic", who=pr["pul"], time="10:00", reason_ref=[copd])
    spiro(c, "2026-05-19", e1, 0.62, 22, 2.21, 62, 28, who=pr["rt"], conclusion="Very severe obstruction, no bronchodilator response.")
    c.note("2026-05-19", "consult", "Pulmonary clinic – advanced therapies review",
           "GOLD 4 COPD, three hospitalizations in the past 12 months, hypercapnic (PaCO2 56). CT: homogeneous "
           "panlobular emphysema without a target lobe: not a candidate for endobronchial valves or lung volume "
           "reduction surgery. Lung transplant: not a candidate (age 75, BMI 17, frailty). "
           "Home NIV trialled 2025, not tolerated.", pr["pul"], enc=e1)
    e2 = c.encounter("2026-10-28", "Pulmonary clinic – goals of care", who=pr["pul"], time="11:00", length_min=60, reason_ref=[copd])
    c.vital("spo2", "2026-10-28", 87, enc=e2)
    c.vital("weight_lb", "2026-10-28", 119, enc=e2)
    c.obs(MMRC, "2026-10-28", integer=4, cat="survey", enc=e2)
    c.note("2026-10-28", "progress", "Pulmonary clinic – goals-of-care conversation",
           "Breathless dressing and on minimal exertion despite maximal inhaled therapy, azithromycin and continuous "
           "oxygen. There are no further disease-modifying treatment options for his COPD: he is not a candidate for "
           "valves, volume reduction or transplant and did not tolerate NIV. Prognosis discussed with Frank and his "
           "wife; he does not want further ICU admissions or intubation. Transition to comfort-focused care. "
           "POLST completed (DNR, comfort measures). Referral to hospice.", pr["pul"], enc=e2)
    c.note("2026-10-28", "acp", "POLST", "Section A: Do not attempt resuscitation. Section B: Comfort measures only; "
           "transfer to hospital only if comfort cannot be achieved. Section C: No artificial nutrition.", pr["pul"], enc=e2)
    c.careplan("Palliative care plan – end-stage COPD", "active", "plan",
               cc((LOC + "care-plan", "palliative", "Palliative care plan"), text="Palliative care"), "2026-10-28",
               addresses=[copd, crf], author=pr["pul"],
               description="Comfort-focused care at home; no further disease-directed escalation.",
               activities=[{"code": rx("7052", "Morphine oral solution 2.5 mg q4h PRN dyspnea"), "status": "in-progress"},
                           {"desc": "Hospice enrollment and home visits", "status": "scheduled"}])
    c.servicereq(cc(("sct", "306237005", "Referral to palliative care service"), text="Referral to hospice (home hospice enrollment)"),
                 "active", "order", "2026-11-02", reason_ref=[copd], who=pr["pul"], performer=hospice)
    c.medreq(rx("7052", "Morphine sulfate 10 mg/5 mL oral solution"), "2026-10-28", "2.5 mg PO q4h PRN dyspnea",
             who=pr["pul"], enc=e2, reason_ref=[copd])
    c.medreq(rx("6470", "Lorazepam 0.5 mg tablet"), "2026-10-28", "0.5 mg SL q8h PRN anxiety/breathlessness crisis",
             who=pr["pul"], enc=e2)


def sl_niv(c):
    pr = sl_base(c, "Whitfield", "Gary", "male", "1967-05-08",
                 [("sleep", "Raman", "Priya", "Sleep medicine physician"), ("rt", "Reyes", "Tom", "Respiratory therapist")],
                 "5510 Alder Loop", marital="M")
    ohs = c.condition(dx("E66.2", "Morbid (severe) obesity with alveolar hypoventilation", "Obesity hypoventilation syndrome"),
                      onset="2026-04-20", who=pr["sleep"])
    osa = c.condition(dx("G47.33", "Obstructive sleep apnea (adult) (pediatric)", "Severe obstructive sleep apnea"),
                      onset="2026-04-20", who=pr["sleep"])
    c.condition(dx("E11.9", "Type 2 diabetes mellitus without complications"), onset="2016-01-01", who=pr["sleep"])
    c.condition(dx("I10", "Essential (primary) hypertension"), onset="2012-01-01", who=pr["sleep"])
    c.medstmt(rx("6809", "Metformin 1000 mg tablet"), "active", start="2016-01-01", dosage="1000 mg BID")
    c.medstmt(rx("17767", "Amlodipine 10 mg tablet"), "active", start="2012-01-01", dosage="10 mg daily")
    psg(c, "2026-04-14", "95810", {"AHI": 62, "ODI": 58, "NADIR": 71, "TST": 352}, pr["sleep"],
        "Severe obstructive sleep apnea (AHI 62/h) with sustained hypoventilation (TcCO2 rise > 10 mmHg to 61 mmHg).")
    c.lab("pco2_us", "2026-04-20", 58, 35, 45, text="PaCO2 (awake, room air)")
    c.lab("hco3", "2026-04-20", 32, 22, 29, text="Bicarbonate")
    psg(c, "2026-05-20", "95811", {"AHI": 4, "NADIR": 88, "TST": 371}, pr["sleep"],
        "Bilevel ST titration: IPAP 18 / EPAP 10 cmH2O, backup rate 14 eliminated events and normalized TcCO2.")
    c.servicereq(tx("Home noninvasive ventilation (bilevel ST) – device setup and mask fitting"), "completed", "order",
                 "2026-05-27", reason_ref=[ohs, osa], who=pr["sleep"], performer=pr["rt"])
    c.procedure(tx("Initiation of home noninvasive ventilation (bilevel positive airway pressure, ST mode)"), "completed",
                date="2026-06-02", who=pr["rt"], reason_ref=[ohs])
    for d, ess, sri, use, pco2, wt in (("2026-06-02", 15, 48, None, None, 335), ("2026-08-18", 9, 57, 6.6, 49, 329),
                                       ("2026-11-10", 7, 63, 6.9, 46, 324)):
        e = c.encounter(d, "Sleep clinic – NIV follow-up" if use else "Sleep clinic – NIV start", who=pr["sleep"], time="08:30",
                        reason_ref=[ohs])
        c.obs(ESS, d, integer=ess, cat="survey", enc=e)
        c.obs(SRI, d, value=sri, unit="{score}", ucum="{score}", cat="survey", enc=e)
        c.vital("weight_lb", d, wt, enc=e)
        if use:
            c.obs(cc((LOC + "pap", "USE-AVG", "Average PAP usage per night (30-day download)")), d, value=use, unit="h", ucum="h",
                  cat="procedure", enc=e)
            c.obs(cc((LOC + "pap", "USE-4H", "Nights with PAP usage >= 4 h (30-day download)")), d, value=94 if d > "2026-09" else 90,
                  unit="%", ucum="%", cat="procedure", enc=e)
            c.lab("pco2_us", d, pco2, 35, 45, text="PaCO2 (awake, room air)")
    c.note("2026-11-10", "progress", "Sleep clinic – NIV follow-up",
           "Five months on home bilevel ST. Uses it every night, 6.9 h on average. Wakes refreshed, no morning "
           "headaches, no longer dozes at the wheel; back to fishing trips. ESS 15 → 7, SRI 48 → 63, awake PaCO2 58 → 46. "
           "Lost 11 lb. Minor nasal bridge redness, mask cushion changed. Continue current settings.", pr["sleep"])


def sl_insomnia_flag(c):
    pr = sl_base(c, "O'Riley", "Megan", "female", "1991-12-03",
                 [("sleep", "Raman", "Priya", "Sleep medicine physician"), ("psy", "Hart", "Kevin", "Psychologist (behavioral sleep medicine)"),
                  ("pcp", "Kim", "Grace", "Family physician")], "1207 Pine St, Apt 4B", marital="S", pcp="pcp")
    ins = c.condition(dx("F51.01", "Primary insomnia"), onset="2025-06-01", recorded="2026-06-09", who=pr["sleep"])
    gad = c.condition(dx("F41.1", "Generalized anxiety disorder"), onset="2024-02-01", who=pr["pcp"])
    c.medstmt(rx("36437", "Sertraline 50 mg tablet"), "active", start="2024-03-01", dosage="50 mg daily", reason_ref=[gad])
    c.medstmt(rx("10737", "Trazodone 50 mg tablet"), "stopped", start="2025-09-01", end="2026-01-15", dosage="50 mg at bedtime",
              note="Stopped: morning grogginess, no benefit.")
    e1 = c.encounter("2026-06-09", "Sleep clinic – new patient", who=pr["sleep"], time="15:00", reason_ref=[ins])
    c.obs(ISI, "2026-06-09", integer=22, cat="survey", enc=e1)
    c.obs(ESS, "2026-06-09", integer=6, cat="survey", enc=e1)
    c.note("2026-06-09", "consult", "Sleep medicine consultation",
           "34-year-old with one year of difficulty initiating and maintaining sleep, 4–5 h per night, exhausted "
           "during the day. Snores occasionally, some leg discomfort in the evenings. GAD on sertraline. ISI 22. "
           "Plan: sleep diary, in-lab polysomnography to exclude sleep apnea and periodic limb movements, ferritin.",
           pr["sleep"], enc=e1)
    c.lab("ferritin", "2026-06-12", 58, 15, 150, text="Ferritin")
    psg(c, "2026-08-04", "95810", {"AHI": 2.1, "PLMI": 4, "SE": 68, "SOL": 54, "WASO": 96, "TST": 298}, pr["sleep"],
        "No sleep-disordered breathing (AHI 2.1/h) and no periodic limb movement disorder. Prolonged sleep latency and "
        "fragmented sleep with reduced efficiency, consistent with insomnia.")
    e2 = c.encounter("2026-09-15", "Sleep clinic – follow-up", who=pr["sleep"], time="15:30", reason_ref=[ins])
    c.servicereq(tx("Cognitive behavioral therapy for insomnia (CBT-I), 6 sessions"), "active", "order", "2026-09-15",
                 reason_ref=[ins], who=pr["sleep"], performer=pr["psy"], enc=e2)
    e3 = c.encounter("2026-10-27", "Sleep clinic – follow-up", who=pr["sleep"], time="16:00", reason_ref=[ins])
    c.obs(ISI, "2026-10-27", integer=21, cat="survey", enc=e3)
    c.note("2026-10-27", "progress", "Sleep clinic – follow-up",
           "Three CBT-I sessions done, finds sleep restriction very hard. ISI 21. My impression remains that anxiety "
           "is the main driver of her insomnia; discussed with her. She became upset and said she feels her sleep "
           "problem is being brushed off as 'just anxiety'. Continue CBT-I; PCP to review sertraline dose.",
           pr["sleep"], enc=e3)
    c.flag(cc((LOC + "flag", "SECOND-OPINION-REQ", "Patient request: second opinion"),
              text="Patient requests a second opinion from another sleep specialist; feels her sleep problem is being "
                   "dismissed as anxiety and that she is not being listened to."),
           c.dt("2026-11-03", "19:05"), c.pat, category=cc(("flagcat", "admin", "Administrative")))
    c.communication(c.dt("2026-11-03", "19:05"), c.pat, [pr["sleep"]],
                    "I filled in the check-in form. Please see the note I added for Dr. Raman.",
                    medium=cc((LOC + "channel", "portal", "Patient portal"), text="Patient portal"))


def sl_copd_cat(c):
    pr = sl_base(c, "Lindqvist", "Barbara", "female", "1956-08-15",
                 [("pul", "Whitford", "Alan", "Pulmonologist"), ("np", "Morales", "Jenna", "Nurse practitioner, respiratory clinic"),
                  ("rt", "Reyes", "Tom", "Respiratory therapist")], "301 Spruce Hollow", payer="Medicare Part B", marital="W")
    copd = c.condition(dx("J43.2", "Centrilobular emphysema", "COPD GOLD 3, centrilobular emphysema"), onset="2018-03-01", who=pr["pul"])
    c.condition(dx("I10", "Essential (primary) hypertension"), onset="2010-01-01", who=pr["np"])
    c.condition(dx("M81.0", "Age-related osteoporosis without current pathological fracture"), onset="2021-01-01", who=pr["np"])
    c.medreq(tx("Budesonide/glycopyrrolate/formoterol 160/9/4.8 mcg/actuation inhaler"), "2025-11-04", "2 puffs BID",
             who=pr["pul"], reason_ref=[copd], course="continuous")
    c.medreq(rx("435", "Albuterol 90 mcg/actuation inhaler"), "2018-03-01", "2 puffs q4-6h PRN", who=pr["pul"], reason_ref=[copd])
    c.medstmt(rx("29046", "Lisinopril 10 mg tablet"), "active", start="2010-01-01", dosage="10 mg daily")
    c.medstmt(rx("46041", "Alendronate 70 mg tablet"), "active", start="2021-01-01", dosage="70 mg weekly")
    c.servicereq(tx("Pulmonary rehabilitation, 8-week outpatient program"), "completed", "order", "2025-12-02",
                 reason_ref=[copd], who=pr["pul"], note="Completed March 2026.")
    series = (("2026-02-10", 15, 1.21, 52), ("2026-05-19", 19, None, None), ("2026-08-25", 22, 1.08, 46), ("2026-11-10", 26, 0.98, 42))
    last = None
    for d, cat, fev1, pp in series:
        e = c.encounter(d, "Respiratory clinic – COPD follow-up", who=pr["pul"] if d in ("2026-02-10", "2026-11-10") else pr["np"],
                        time="09:00", reason_ref=[copd])
        c.obs(CAT, d, integer=cat, cat="survey", enc=e)
        c.vital("spo2", d, 93 if d < "2026-08" else 91, enc=e)
        if fev1:
            spiro(c, d, e, fev1, pp, 2.32 if d == "2026-02-10" else 2.21, 78 if d == "2026-02-10" else 74,
                  round(100 * fev1 / (2.32 if d == "2026-02-10" else 2.21)), who=pr["rt"],
                  conclusion=f"Severe obstruction, FEV1 {pp} % predicted.")
        last = e
    c.medreq(rx("8640", "Prednisone 40 mg tablet"), "2026-07-06", "40 mg daily x 5 days", status="completed", who=pr["np"],
             reason_ref=[copd], course="acute", note="Moderate exacerbation July 2026, treated as outpatient.")
    c.note("2026-08-25", "progress", "Respiratory clinic – COPD follow-up (NP)",
           "One moderate exacerbation in July treated with prednisone. Inhaler technique correct, dose counter "
           "consistent with twice-daily use. CAT 22 (15 in February).", pr["np"], enc=None)
    c.note("2026-11-10", "progress", "Respiratory clinic – COPD follow-up",
           "Symptoms progressively worse over the past nine months despite triple inhaled therapy since November "
           "2025 and completed pulmonary rehabilitation: CAT 15 → 19 → 22 → 26, FEV1 1.21 → 0.98 L. Adherence and "
           "technique confirmed. Now breathless walking to the mailbox.\n"
           "Plan: add azithromycin for exacerbation prevention after ECG; echocardiogram for pulmonary hypertension; "
           "ambulatory oxygen assessment.", pr["pul"], enc=last)


def sl_asthma_act(c):
    pr = sl_base(c, "Adeyemi", "Rachel", "female", "1980-04-25",
                 [("np", "Morales", "Jenna", "Nurse practitioner, respiratory clinic"), ("pul", "Whitford", "Alan", "Pulmonologist")],
                 "66 Kestrel Way", marital="M")
    asthma = c.condition(dx("J45.40", "Moderate persistent asthma, uncomplicated"), onset="2012-05-01", who=pr["pul"])
    c.condition(dx("J30.1", "Allergic rhinitis due to pollen"), onset="2000-04-01", who=pr["np"])
    c.medreq(tx("Fluticasone propionate/salmeterol 250/50 mcg inhalation powder"), "2024-01-09", "1 inhalation BID",
             who=pr["pul"], reason_ref=[asthma], course="continuous")
    c.medreq(rx("88249", "Montelukast 10 mg tablet"), "2025-02-11", "10 mg at bedtime", who=pr["pul"], reason_ref=[asthma],
             course="continuous")
    c.medreq(rx("435", "Albuterol 90 mcg/actuation inhaler"), "2024-01-09", "2 puffs q4-6h PRN", who=pr["pul"], reason_ref=[asthma])
    c.medstmt(rx("20610", "Cetirizine 10 mg tablet"), "active", start="2010-01-01", dosage="10 mg daily in spring and summer")
    for d, act, fev1, pp in (("2026-03-17", 19, 2.61, 86), ("2026-07-14", 18, 2.58, 85), ("2026-11-10", 17, 2.63, 87)):
        e = c.encounter(d, "Respiratory clinic – asthma follow-up", who=pr["np"], time="11:00", reason_ref=[asthma])
        c.obs(ACT, d, integer=act, cat="survey", enc=e)
        spiro(c, d, e, fev1, pp, 3.30, 92, round(100 * fev1 / 3.30), who=pr["np"], conclusion="No obstruction; FEV1 stable.")
        if d == "2026-07-14":
            c.obs(cc((LOC + "pft", "FENO", "Fractional exhaled nitric oxide"), text="FeNO"), d,
                  value=22, unit="ppb", ucum="[ppb]", high=25, enc=e, cat="procedure")
        if d == "2026-11-10":
            c.note(d, "progress", "Respiratory clinic – asthma follow-up",
                   "Asthma control score 17 (19 in March, 18 in July). A little more albuterol during the late-summer "
                   "smoke and pollen season, now settling. No exacerbations, no oral steroids, no night waking this "
                   "month. FEV1 2.63 L, unchanged. Technique good. No change in treatment; review in 6 months.",
                   pr["np"], enc=e)


def sl_lam(c):
    pr = sl_base(c, "Tran", "Emily", "female", "1988-01-22",
                 [("pul", "Whitford", "Alan", "Pulmonologist (LAM clinic)"), ("rt", "Reyes", "Tom", "Respiratory therapist")],
                 "918 Harbor Heights Blvd", marital="M")
    lam = c.condition(dx("J84.81", "Lymphangioleiomyomatosis", "Sporadic lymphangioleiomyomatosis (LAM)"), onset="2024-03-12",
                      who=pr["pul"])
    c.condition(dx("D30.01", "Benign neoplasm of right kidney", "Right renal angiomyolipoma (2.1 cm)"), onset="2024-03-12", who=pr["pul"])
    c.condition(dx("J93.11", "Primary spontaneous pneumothorax", "Left pneumothorax 2023 (led to LAM diagnosis)"),
                onset="2023-11-02", clin="resolved", abate="2023-11-20", who=pr["pul"])
    c.obs(cc((LOC + "lab", "VEGFD", "Vascular endothelial growth factor D [Mass/volume] in Serum"), text="VEGF-D"), "2024-02-27",
          value=1420, unit="pg/mL", ucum="pg/mL", high=600)
    c.medreq(rx("35302", "Sirolimus 1 mg tablet"), "2024-09-10", "2 mg daily, target trough 5–15 ng/mL", who=pr["pul"],
             reason_ref=[lam], course="continuous")
    for d, fev1, pp, dl, dlpp, trough in (("2025-10-14", 2.42, 78, 17.9, 68, 7.2), ("2026-04-21", 2.45, 79, 18.1, 69, 6.8),
                                          ("2026-10-20", 2.44, 79, 18.0, 68, 6.5)):
        e = c.encounter(d, "LAM clinic follow-up", who=pr["pul"], time="09:00", reason_ref=[lam])
        spiro(c, d, e, fev1, pp, 3.40, 93, round(100 * fev1 / 3.40), dlco=dl, dlcopp=dlpp, who=pr["rt"],
              conclusion="Mild obstruction and mildly reduced DLCO, stable.")
        c.obs(cc(("loinc", "29247-4", "Sirolimus [Mass/volume] in Blood"), text="Sirolimus trough"), d, value=trough, unit="ng/mL",
              ucum="ng/mL", low=5, high=15, enc=e)
    c.lab("alt", "2026-10-20", 24, 7, 35, text="ALT")
    c.obs(cc(("loinc", "2093-3", "Cholesterol [Mass/volume] in Serum or Plasma"), text="Total cholesterol"), "2026-10-20",
          value=214, unit="mg/dL", ucum="mg/dL", high=200)
    c.note("2026-10-20", "progress", "LAM clinic – follow-up",
           "38-year-old with sporadic lymphangioleiomyomatosis diagnosed 2024 (cystic lung disease on CT, VEGF-D 1420 "
           "pg/mL, renal angiomyolipoma) after a left pneumothorax. On sirolimus since September 2024: FEV1 and DLCO "
           "stable for a year, trough 6.5. Mild hypercholesterolemia on sirolimus. Renal AML stable on MRI. Reminded "
           "to avoid estrogen-containing medications and about pneumothorax symptoms before flying. Registered with "
           "the LAM Foundation patient registry.", pr["pul"])


def sl_sarcoid_resolved(c):
    pr = sl_base(c, "Becker", "Thomas", "male", "1974-06-06",
                 [("sleep", "Raman", "Priya", "Sleep medicine physician"), ("rt", "Reyes", "Tom", "Respiratory therapist")],
                 "4420 Elm Park Rd", marital="M")
    c.condition(dx("D86.0", "Sarcoidosis of lung", "Pulmonary sarcoidosis stage II (2017), resolved"), onset="2017-03-01",
                clin="resolved", abate="2019-06-01", who=pr["sleep"],
                note="Treated with prednisone 2017–2018; chest imaging normal since 2019; no treatment since.")
    osa = c.condition(dx("G47.33", "Obstructive sleep apnea (adult) (pediatric)", "Moderate obstructive sleep apnea"),
                      onset="2025-11-18", who=pr["sleep"])
    c.condition(dx("I10", "Essential (primary) hypertension"), onset="2015-01-01", who=pr["sleep"])
    c.medstmt(rx("29046", "Lisinopril 10 mg tablet"), "active", start="2015-01-01", dosage="10 mg daily")
    psg(c, "2025-11-18", "95810", {"AHI": 24, "ODI": 19, "NADIR": 84, "TST": 389}, pr["sleep"],
        "Moderate obstructive sleep apnea (AHI 24/h), supine-predominant.")
    c.servicereq(tx("Auto-CPAP 6–14 cmH2O with heated humidifier, nasal pillows; setup and education"), "completed", "order",
                 "2025-12-02", reason_ref=[osa], who=pr["sleep"], performer=pr["rt"])
    for d, ess, use, pct, res in (("2026-03-10", 9, 6.6, 90, 2.8), ("2026-09-15", 6, 6.8, 92, 2.3)):
        e = c.encounter(d, "Sleep clinic – CPAP follow-up", who=pr["sleep"], time="08:45", reason_ref=[osa])
        c.obs(ESS, d, integer=ess, cat="survey", enc=e)
        c.obs(cc((LOC + "pap", "USE-AVG", "Average PAP usage per night (30-day download)")), d, value=use, unit="h", ucum="h",
              cat="procedure", enc=e)
        c.obs(cc((LOC + "pap", "USE-4H", "Nights with PAP usage >= 4 h (30-day download)")), d, value=pct, unit="%", ucum="%",
              cat="procedure", enc=e)
        c.obs(cc((LOC + "pap", "AHI-RES", "Residual AHI on PAP (device-reported)")), d, value=res, unit="/h", ucum="/h",
              cat="procedure", enc=e)
        c.bp(d, 128 if d > "2026-06" else 134, 80, enc=e)
    c.obs(ESS, "2025-11-18", integer=12, cat="survey")
    c.note("2026-09-15", "imaging", "Chest X-ray, 2 views",
           "Clear lungs. No hilar or mediastinal lymphadenopathy. No interstitial abnormality.", pr["sleep"])
    c.obs(cc(("loinc", "2742-5", "Angiotensin converting enzyme [Enzymatic activity/volume] in Serum or Plasma"), text="ACE"),
          "2026-09-15", value=38, unit="U/L", ucum="U/L", low=8, high=52)
    c.lab("ca", "2026-09-15", 9.4, 8.6, 10.3, text="Calcium", unit="mg/dL", ucum="mg/dL")
    c.note("2026-09-15", "progress", "Sleep clinic – CPAP follow-up",
           "Excellent CPAP adherence (6.8 h/night, 92 % of nights ≥ 4 h), residual AHI 2.3, ESS 12 → 6. Feels rested. "
           "History of pulmonary sarcoidosis 2017, treated, in remission since 2019 without treatment; chest X-ray "
           "and ACE normal today. BP improved. Annual review.", pr["sleep"])


CASES = [
    dict(key="sl_dyspnea_normal", org="sleep", target=PSN, kind="positive", expected=[PSN], build=sl_dyspnea_normal,
         why="Exertional dyspnea recorded at four visits over six months; spirometry, DLCO, HRCT, echo, exercise study and labs all normal, no explaining diagnosis, and she was reassured and discharged with ongoing symptoms.",
         summary="Unexplained exertional dyspnea with an entirely normal cardiopulmonary work-up"),
    dict(key="sl_asthma_ild", org="sleep", target=DSM, kind="positive", expected=[DSM], build=sl_asthma_ild,
         why="Asthma (J45.909, unspecified) was labelled without spirometry; 14 months later symptoms persist and new findings (no obstruction, restrictive FVC 68 %, DLCO 52 %, exertional desaturation, velcro crackles, clubbing) cannot be explained by asthma, yet the label is kept and treatment escalated.",
         summary="Asthma label kept despite restrictive physiology, low DLCO, crackles and clubbing"),
    dict(key="sl_vats", org="sleep", target=MPP, kind="positive", expected=[MPP], build=sl_vats,
         why="Surgical lung biopsy by VATS under general anaesthesia (CPT 32607) is ordered and scheduled for 2027-01-13; not yet performed.",
         summary="VATS surgical lung biopsy booked for unclassifiable fibrotic ILD"),
    dict(key="sl_copd_palliative", org="sleep", target=UNT, kind="positive", expected=[UNT], build=sl_copd_palliative,
         why="End-stage COPD: the pulmonologist documents no further disease-modifying options (not a candidate for valves, volume reduction or transplant), palliative care plan, POLST and hospice referral; no second opinion.",
         summary="End-stage COPD with no remaining options, comfort care and hospice referral"),
    dict(key="sl_niv", org="sleep", target=HIT, kind="near-miss", expected=[], build=sl_niv,
         why="Home non-invasive ventilation started in June 2026 is not a severe-impact treatment, and the patient-reported SRI quality-of-life score improved (48 → 63) with ESS 15 → 7.",
         summary="Home NIV for obesity hypoventilation, quality of life improving"),
    dict(key="sl_insomnia_flag", org="sleep", target=PRC, kind="positive", expected=[PRC], build=sl_insomnia_flag,
         why="A patient-authored Flag records her request for a second opinion from another sleep specialist because she feels dismissed ('just anxiety'); no second opinion on record.",
         summary="Insomnia patient flags a request for a second opinion, feels dismissed"),
    dict(key="sl_copd_cat", org="sleep", target=WDT, kind="positive", expected=[WDT], build=sl_copd_cat,
         why="CAT score rose 15 → 19 → 22 → 26 over nine months (minimal important difference 2) with FEV1 1.21 → 0.98 L while triple inhaled therapy was active throughout and adherence confirmed.",
         summary="COPD symptoms and FEV1 worsening for nine months on triple therapy"),
    dict(key="sl_asthma_act", org="sleep", target=WDT, kind="near-miss", expected=[], build=sl_asthma_act,
         why="The asthma control score fell only 19 → 18 → 17 over eight months, below its 3-point minimal important difference, with stable FEV1 and no exacerbations.",
         summary="Asthma control dipping by less than the minimal important difference"),
    dict(key="sl_lam", org="sleep", target=RARE, kind="positive", expected=[RARE], build=sl_lam,
         why="Sporadic lymphangioleiomyomatosis (J84.81), an Orphanet rare disease, active and treated with sirolimus.",
         summary="Sporadic LAM on sirolimus, stable lung function"),
    dict(key="sl_sarcoid_resolved", org="sleep", target=RARE, kind="near-miss", expected=[], build=sl_sarcoid_resolved,
         why="Pulmonary sarcoidosis (a rare disease) resolved in 2019 and is inactive (normal chest X-ray and ACE); the active problems are CPAP-treated moderate OSA and hypertension.",
         summary="Resolved sarcoidosis in a patient now treated for sleep apnea"),
]
