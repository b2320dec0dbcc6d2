"""Organisation B: US federally qualified community health center (Desert Valley CHC, Tucson AZ).
ICD-10-CM diagnoses, CPT visit/procedure codes, RxNorm, LOINC; notes in English and Spanish; social-needs
screening and patient-reported outcome forms filled in at the front desk."""
from fhirkit import Case, cc, txt, lab, local, YES, NO, coding

CM = "icd10cm"
FORM_URL = "https://ehr.desertvalleychc.org/fhir/Questionnaire/front-desk-experience"
PROMIS_URL = "https://ehr.desertvalleychc.org/fhir/Questionnaire/promis-global-10"


def dx(code, display, sct=None):
    codings = [(CM, code, display)]
    if sct:
        codings.append(("sct",) + sct)
    return cc(*codings, text=display)


def rx(code, name, text=None):
    return cc(("rxnorm", code, name), text=text or name)


def visit(code, text):
    return cc(("cpt", code, text), text=text)


OFFICE_EST = "99213"
OFFICE_EST4 = "99214"
PAYORS = {
    "medicaid": ("Arizona Health Care Cost Containment System (AHCCCS)", cc(("sopt", "2", "Medicaid"))),
    "medicare": ("Centers for Medicare & Medicaid Services - Medicare Part B", cc(("sopt", "1", "Medicare"))),
    "private": ("Sun Valley Health Plan", cc(("sopt", "5", "Private Health Insurance"))),
}
NOTE = {
    "progress": cc(("loinc", "11506-3", "Progress note"), text="Progress note"),
    "consult": cc(("loinc", "11488-4", "Consult note"), text="Consult note"),
    "discharge": cc(("loinc", "18842-5", "Discharge summary"), text="Discharge summary"),
    "ed": cc(("loinc", "34111-5", "Emergency department note"), text="ED provider note"),
}
DOC_CAT = cc(("uscore-doc", "clinical-note", "Clinical Note"))


def setup_b(c, family, given, gender, birth, lang, payor, member, since, staff=None, phone=None, line=None):
    staff = staff or [("Morales", "Ana Sofía", None, "FNP-C, Family Nurse Practitioner", ("npi", "1427051938"))]
    r = c.setup(patient=dict(family=family, given=given, gender=gender, birth=birth, lang=lang,
                             line=line or "1140 W Ajo Way", postal="85713", phone=phone),
                staff=staff,
                insurer=(PAYORS[payor][0], PAYORS[payor][1], member, since) if payor else None)
    return r


def hvs(c, date, positive, enc=None):
    ans_pos = cc(("loinc", "LA6729-3", "Sometimes true"))
    ans_neg = cc(("loinc", "LA28398-8", "Never true"))
    a = c.obs_cc(cc(("loinc", "88122-7", "Within the past 12 months we worried whether our food would run out "
                                         "before we got money to buy more [U.S. FSS]")), date,
                 ans_pos if positive else ans_neg, cat="social-history", enc=enc)
    b = c.obs_cc(cc(("loinc", "88123-5", "Within the past 12 months the food we bought just didn't last and we "
                                         "didn't have money to get more [U.S. FSS]")), date,
                 ans_pos if positive else ans_neg, cat="social-history", enc=enc)
    return c.obs_cc(cc(("loinc", "88124-3", "Food insecurity risk [HVS]")), date,
                    cc(("loinc", "LA19952-3", "At risk")) if positive else cc(("loinc", "LA19983-8", "No risk")),
                    cat="social-history", enc=enc, derived=[a, b])


def phq9(c, date, score, enc=None):
    return c.obs_int(cc(("loinc", "44261-6", "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]")),
                     date, score, enc=enc, rr_text="0-4 minimal, 5-9 mild, 10-14 moderate, 15-19 moderately severe, 20-27 severe")


def promis(c, date, phys, ment, enc=None):
    p = c.obs(cc(local(c, "PROMIS10-GPH", "PROMIS Global-10 Global Physical Health T-score"),
                 text="PROMIS-10 Global Physical Health (T-score)"), date, phys, "{T-score}", flag=None, cat="survey",
              enc=enc, rr_text="Population mean 50, SD 10; higher is better")
    m = c.obs(cc(local(c, "PROMIS10-GMH", "PROMIS Global-10 Global Mental Health T-score"),
                 text="PROMIS-10 Global Mental Health (T-score)"), date, ment, "{T-score}", flag=None, cat="survey",
              enc=enc, rr_text="Population mean 50, SD 10; higher is better")
    return p, m


def front_desk_form(c, lang):
    if lang == "es":
        items = [("lang", "¿En qué idioma prefiere recibir atención?", "string"),
                 ("heard", "¿Siente que su proveedor escucha sus preocupaciones?", "choice"),
                 ("second-opinion", "¿Le gustaría obtener una segunda opinión sobre su diagnóstico o tratamiento?",
                  "choice"),
                 ("comments", "Comentarios para su equipo de salud", "text")]
        title = "Formulario de recepción - experiencia del paciente"
    else:
        items = [("lang", "What language do you prefer for your care?", "string"),
                 ("heard", "Do you feel your provider listens to your concerns?", "choice"),
                 ("second-opinion", "Would you like a second opinion about your diagnosis or treatment?", "choice"),
                 ("comments", "Comments for your care team", "text")]
        title = "Front desk form - patient experience"
    qitems = []
    for lid, text, typ in items:
        it = {"linkId": lid, "text": text, "type": typ}
        if typ == "choice":
            it["answerOption"] = [{"valueCoding": coding(*YES)}, {"valueCoding": coding(*NO)}]
        qitems.append(it)
    c.questionnaire(FORM_URL, title, qitems, "2025-01-15", lang=lang)
    return {lid: text for lid, text, _ in items}


def fill_form(c, date, lang, pref, heard, second, comment, enc=None):
    texts = front_desk_form(c, lang)
    yn = lambda v: {"valueCoding": coding(*(YES if v else NO))}
    if lang == "es":
        yn_text = lambda v: "Sí" if v else "No"
    else:
        yn_text = lambda v: "Yes" if v else "No"
    items = [{"linkId": "lang", "text": texts["lang"], "answer": [{"valueString": pref}]},
             {"linkId": "heard", "text": texts["heard"], "answer": [yn(heard)]},
             {"linkId": "second-opinion", "text": texts["second-opinion"], "answer": [yn(second)]}]
    for it, v in ((items[1], heard), (items[2], second)):
        it["answer"][0]["valueCoding"]["display"] = yn_text(v)
    if comment:
        items.append({"linkId": "comments", "text": texts["comments"], "answer": [{"valueString": comment}]})
    return c.qresponse(FORM_URL + "|3", date, items, author=c.pat, source=c.pat, enc=enc, lang=lang)


def basic_labs(c, date, sex, enc=None, **over):
    vals = {"hb": 13.1 if sex == "f" else 14.6, "wbc": 6.4, "plt": 248, "na": 139, "k": 4.1, "cr": 0.8 if sex == "f" else 1.0,
            "glu": 92, "alt": 24, "ast": 22}
    vals.update(over)
    refs = [lab(c, "hb_f" if sex == "f" else "hb_m", date, vals["hb"], enc=enc), lab(c, "wbc", date, vals["wbc"], enc=enc),
            lab(c, "plt", date, vals["plt"], enc=enc), lab(c, "na", date, vals["na"], enc=enc),
            lab(c, "k", date, vals["k"], enc=enc), lab(c, "cr", date, vals["cr"], enc=enc),
            lab(c, "glu", date, vals["glu"], enc=enc), lab(c, "alt", date, vals["alt"], enc=enc),
            lab(c, "ast", date, vals["ast"], enc=enc)]
    return refs


# =============================================================================== B1
def b_return_visits(cid):
    """PERSISTENT_SYMPTOMS_NORMAL_WORKUP positive via e-triggers: walk-in + ED visit and an unplanned admission
    within 14 days of a primary-care visit; symptoms continue after a negative work-up."""
    c = Case(cid, "B")
    r = setup_b(c, "Ramírez Luna", ["Guadalupe"], "female", "1988-02-19", "es", "medicaid", "A71830452", "2021-03-01",
                staff=[("Morales", "Ana Sofía", None, "FNP-C, Family Nurse Practitioner", ("npi", "1427051938")),
                       ("Okafor", "Daniel", "Dr.", "MD, Family Medicine", ("npi", "1861593027")),
                       ("Tran", "Kevin", "Dr.", "MD, Hospitalist", ("npi", "1578206431")),
                       ("Brennan", "Claire", "Dr.", "MD, Emergency Medicine", ("npi", "1093827465"))],
                phone="+1 520 555 0191")
    np_, md, hosp_md, ed_md = r["staff"]
    hosp = c.organization("Pima Vista Medical Center", city="Tucson")
    c.condition(dx("R73.03", "Prediabetes", ("714628002", "Prediabetes")), onset="2024-06-11")
    c.condition(dx("Z59.41", "Food insecurity"), onset="2026-03-03", note="Referred to community food bank 03/2026.")
    pain = dx("R10.13", "Epigastric pain", ("79922009", "Epigastric pain"))
    e1 = c.encounter("2026-10-27", type_cc=visit(OFFICE_EST, "Office visit, established patient, low complexity"),
                     prac=np_, priority="R", reason=pain)
    c.vitals("2026-10-27", enc=e1, temp=37.0, hr=84, bp=(118, 72), weight=71, bmi=29.6)
    hvs(c, "2026-10-27", True, enc=e1)
    sym = cc(("sct", "79922009", "Epigastric pain"), text="Epigastric pain after meals")
    c.symptom(sym, "2026-10-27", "moderate", enc=e1)
    labs = [lab(c, "hb_f", "2026-10-27", 13.2, enc=e1), lab(c, "wbc", "2026-10-27", 7.4, enc=e1),
            lab(c, "alt", "2026-10-27", 32, enc=e1), lab(c, "cr", "2026-10-27", 0.7, enc=e1),
            lab(c, "lipase", "2026-10-27", 34, enc=e1), lab(c, "bili", "2026-10-27", 0.6, enc=e1)]
    c.report(cc(("loinc", "24323-8", "Comprehensive metabolic 2000 panel - Serum or Plasma"), text="CBC, CMP, lipase"),
             "2026-10-27", "All results within reference ranges.", results=labs)
    cond = c.condition(pain, onset="2026-10-22", recorded="2026-10-27", asserter=np_, enc=e1)
    c.condition(dx("K30", "Functional dyspepsia"), onset="2026-10-27", enc=e1, asserter=np_,
                category="encounter-diagnosis")
    c.medreq(rx("7646", "omeprazole", "Omeprazole 20 mg capsule"), "2026-10-27", "1 capsule by mouth daily before breakfast",
             requester=np_, reason_ref=cond)
    c.note("2026-10-27", NOTE["progress"], "Office visit - epigastric pain", """
S: 38 y/o F, Spanish-speaking (visit in Spanish), 5 days of epigastric/RUQ pain after meals with nausea.
   Pt states: "Me duele mucho después de comer, sobre todo en la noche." No fever, no vomiting, no melena.
O: T 37.0, BP 118/72, HR 84. Abd soft, mild epigastric tenderness, Murphy sign negative.
   CBC, CMP, lipase normal. Urine hCG negative.
A: Dyspepsia, likely functional/gastritis.
P: Omeprazole 20 mg daily x 8 weeks, avoid NSAIDs, bland diet. Return in 4 weeks or sooner if worse.
   Food insecurity screen positive again - food bank list provided.
A. S. Morales, FNP-C
""", author=np_, enc=e1, category=DOC_CAT, lang="en")
    e2 = c.encounter("2026-10-31", type_cc=visit(OFFICE_EST, "Same-day walk-in visit"), prac=md, priority="UR",
                     reason=pain, reason_ref=cond)
    c.vitals("2026-10-31", enc=e2, temp=37.2, hr=96, bp=(122, 78))
    c.symptom(sym, "2026-10-31", "severe", enc=e2, note="Vomited 3 times since yesterday.")
    c.medreq(rx("26225", "ondansetron", "Ondansetron 4 mg ODT"), "2026-10-31", "1 tablet every 8 hours as needed for nausea",
             requester=md, reason_ref=cond)
    c.note("2026-10-31", NOTE["progress"], "Walk-in visit", """
Unscheduled walk-in. Pain worse, vomiting x3 since yesterday. Exam unchanged, no peritoneal signs.
Likely gastritis; PPI started 4 days ago, needs time. Ondansetron added. Return precautions given in Spanish.
D. Okafor, MD
""", author=md, enc=e2, category=DOC_CAT, lang="en")
    e3 = c.encounter("2026-11-04", klass="EMER", type_cc=visit("99284", "Emergency department visit, moderate severity"),
                     prac=ed_md, org=hosp, priority="EM", reason=pain, hm="22:10", hm_end="23:55")
    ed_labs = [lab(c, "lipase", "2026-11-04", 29, enc=e3, hm="22:40"), lab(c, "wbc", "2026-11-04", 8.1, enc=e3, hm="22:40")]
    c.report(cc(("loinc", "18748-4", "Diagnostic imaging study"), text="US abdomen limited (RUQ)"), "2026-11-04",
             "Normal gallbladder without stones or wall thickening. CBD 4 mm. Normal liver.", enc=e3,
             cat=("dr-sect", "RAD", "Radiology"), hm="23:20")
    c.note("2026-11-04", NOTE["ed"], "ED note - Pima Vista Medical Center", """
ED visit 11/04 22:10. Epigastric pain 8/10 and vomiting for ~2 weeks. Labs incl. lipase normal. RUQ US normal.
Given IV fluids, famotidine, ondansetron; tolerated PO. Dx: epigastric pain. Discharged home, follow up with PCP.
C. Brennan, MD
""", author=ed_md, enc=e3, custodian=hosp, category=DOC_CAT, lang="en", hm="23:58")
    e4 = c.encounter("2026-11-06", klass="IMP", type_cc=visit("99223", "Initial hospital inpatient care, high complexity"),
                     prac=hosp_md, org=hosp, priority="EM", admit="emd", discharge="home", end="2026-11-08",
                     hm="14:30", hm_end="12:00", reason=cc(("icd10cm", "R11.2", "Nausea with vomiting, unspecified"),
                                                          text="Intractable nausea/vomiting with abdominal pain"))
    ip = [lab(c, "lipase", "2026-11-06", 31, enc=e4, hm="15:00"), lab(c, "na", "2026-11-06", 136, enc=e4, hm="15:00"),
          lab(c, "hb_f", "2026-11-06", 13.4, enc=e4, hm="15:00")]
    c.report(cc(("loinc", "18748-4", "Diagnostic imaging study"), text="CT abdomen and pelvis with IV contrast"),
             "2026-11-06", "No acute abdominal or pelvic abnormality. Normal pancreas, gallbladder and bowel.",
             enc=e4, cat=("dr-sect", "RAD", "Radiology"), hm="18:10")
    c.procedure(cc(("cpt", "43239", "Esophagogastroduodenoscopy, flexible, transoral; with biopsy, single or multiple"),
                   text="EGD with biopsy"), date="2026-11-07", enc=e4, hm="10:00",
                outcome="Mild erythematous gastropathy; biopsies negative for H. pylori.")
    c.note("2026-11-08", NOTE["discharge"], "Discharge summary - Pima Vista Medical Center", """
Admitted 11/06 via ED for intractable nausea, vomiting and epigastric pain (3rd visit in 10 days).
Work-up: CBC, CMP, lipase normal; CT abdomen/pelvis normal; RUQ US (11/04) normal; EGD 11/07 mild
gastropathy, H. pylori negative.
Discharge diagnoses: abdominal pain, etiology unclear; nausea with vomiting.
Symptoms improved with IV fluids and antiemetics but not resolved. Discharged home on PPI BID.
Follow up with PCP in 1-2 weeks.
K. Tran, MD (hospitalist)
""", author=hosp_md, enc=e4, custodian=hosp, category=DOC_CAT, lang="en")
    e5 = c.encounter("2026-11-19", type_cc=visit(OFFICE_EST4, "Office visit, established patient, moderate complexity"),
                     prac=np_, reason_ref=cond)
    c.vitals("2026-11-19", enc=e5, temp=36.8, hr=82, bp=(116, 74), weight=68)
    c.symptom(sym, "2026-11-19", "moderate", enc=e5, note="Daily pain 6/10, eating small amounts.")
    c.note("2026-11-19", NOTE["progress"], "Hospital follow-up", """
Post-discharge follow-up. Still daily epigastric pain 6/10, early satiety, weight down 3 kg (71 -> 68).
Hospital work-up negative (CT, US, EGD, labs). Pt tearful: "Nadie me dice qué tengo."
A: Persistent epigastric pain, work-up negative - likely functional. Reassured; continue PPI BID.
P: Recheck in 6 weeks.
A. S. Morales, FNP-C
""", author=np_, enc=e5, category=DOC_CAT, lang="en")
    meta = dict(target="PERSISTENT_SYMPTOMS_NORMAL_WORKUP", kind="positive",
                expected=["PERSISTENT_SYMPTOMS_NORMAL_WORKUP"],
                why="After a primary-care visit on 10/27 she had a walk-in visit, an ED visit and an unplanned admission "
                    "within 10 days (Singh return-visit e-triggers); all results normal and pain persists unexplained.",
                summary="FQHC: epigastric pain, walk-in + ED + unplanned admission within 10 days of PCP visit, work-up negative.")
    return c, meta


# =============================================================================== B2
def b_celiac(cid):
    """PERSISTENT_SYMPTOMS_NORMAL_WORKUP near miss: diarrhoea/bloating with initially normal results, explained by
    celiac disease diagnosed on serology and biopsy; symptoms resolved on gluten-free diet."""
    c = Case(cid, "B")
    r = setup_b(c, "Nguyen", ["Brittany"], "female", "1997-05-08", "en", "medicaid", "A80244197", "2022-08-01",
                staff=[("Haskins", "Robert", "Dr.", "MD, Family Medicine", ("npi", "1730582946")),
                       ("Delgado", "Marisol", None, "RDN, Registered Dietitian", None),
                       ("Feldman", "Eric", "Dr.", "MD, Gastroenterology", ("npi", "1508829317"))])
    md, rd, gi = r["staff"]
    gi_org = c.organization("Catalina Foothills Gastroenterology", city="Tucson")
    c.condition(dx("F41.1", "Generalized anxiety disorder", ("21897009", "Generalized anxiety disorder")),
                onset="2020-09-01")
    c.medstmt(rx("36437", "sertraline", "Sertraline 50 mg tablet"), "2021-01-15", dose_text="50 mg daily")
    sym = cc(("sct", "62315008", "Diarrhea"), text="Loose stools 3-4/day with bloating")
    diar = c.condition(dx("R19.7", "Diarrhea, unspecified", ("62315008", "Diarrhea")), onset="2026-04-01",
                       recorded="2026-05-12", clinical="resolved", abatement="2026-08-27", asserter=md)
    e1 = c.encounter("2026-05-12", type_cc=visit(OFFICE_EST4, "Office visit, established patient"), prac=md,
                     reason_ref=diar)
    c.symptom(sym, "2026-05-12", "moderate", enc=e1)
    c.vitals("2026-05-12", enc=e1, weight=58, bp=(112, 70), hr=76, bmi=21.3)
    lr = basic_labs(c, "2026-05-12", "f", enc=e1, hb=12.6) + [lab(c, "tsh", "2026-05-12", 2.1, enc=e1),
                                                              lab(c, "ferr_f", "2026-05-12", 28, enc=e1)]
    c.report(cc(("loinc", "24323-8", "Comprehensive metabolic 2000 panel - Serum or Plasma"), text="CBC, CMP, TSH, ferritin"),
             "2026-05-12", "Within normal limits.", results=lr)
    e2 = c.encounter("2026-06-16", type_cc=visit(OFFICE_EST, "Office visit, established patient"), prac=md,
                     reason_ref=diar)
    c.symptom(sym, "2026-06-16", "moderate", enc=e2)
    c.lab_str(cc(local(c, "GIPCR", "GI pathogen panel, stool (PCR)"), text="Stool GI pathogen panel"), "2026-06-16",
              "Not detected", flag="NEG", enc=e2)
    lab(c, "calpro", "2026-06-16", 38, enc=e2)
    e3 = c.encounter("2026-07-21", type_cc=visit(OFFICE_EST, "Office visit, established patient"), prac=md,
                     reason_ref=diar)
    c.symptom(sym, "2026-07-21", "moderate", enc=e3)
    ttg = lab(c, "ttg", "2026-07-21", 86, enc=e3)
    c.obs(cc(("loinc", "2458-8", "IgA [Mass/volume] in Serum or Plasma"), text="Total IgA"), "2026-07-21", 212, "mg/dL",
          low=70, high=400, enc=e3)
    c.servicereq(cc(("sct", "3457005", "Patient referral"), text="Referral to gastroenterology - positive tTG-IgA"),
                 "2026-07-21", status="completed", requester=md, performer=gi, reason_ref=diar)
    c.procedure(cc(("cpt", "43239", "Esophagogastroduodenoscopy, flexible, transoral; with biopsy, single or multiple"),
                   text="EGD with duodenal biopsies"), date="2026-08-20", performer=gi)
    path = c.report(cc(("loinc", "60567-5", "Comprehensive pathology report panel"), text="Duodenal biopsies"),
                    "2026-08-21", "Duodenum, biopsies: villous atrophy with crypt hyperplasia and increased "
                    "intraepithelial lymphocytes (Marsh 3b), consistent with celiac disease.",
                    cat=("dr-sect", "SP", "Surgical Pathology"), performer=gi)
    e4 = c.encounter("2026-08-27", type_cc=visit(OFFICE_EST4, "Office visit, established patient"), prac=md)
    cel = c.condition(dx("K90.0", "Celiac disease", ("396331005", "Celiac disease")), onset="2026-08-21",
                      recorded="2026-08-27", asserter=md, enc=e4, evidence=[ttg, path])
    c.servicereq(cc(("sct", "103699006", "Patient referral to dietitian"), text="Medical nutrition therapy - gluten-free diet"),
                 "2026-08-27", status="completed", requester=md, performer=rd, reason_ref=cel)
    c.note("2026-08-27", NOTE["progress"], "Results visit - celiac disease", """
tTG-IgA 86 U/mL (normal total IgA); EGD biopsies Marsh 3b. Diagnosis: celiac disease, which explains the
4 months of diarrhea, bloating and fatigue. Strict gluten-free diet; dietitian referral placed.
Recheck tTG in 3-6 months. Bone density at 1 year.
R. Haskins, MD
""", author=md, enc=e4, category=DOC_CAT, lang="en")
    e5 = c.encounter("2026-11-10", type_cc=visit(OFFICE_EST, "Office visit, established patient"), prac=md,
                     reason_ref=cel)
    c.vitals("2026-11-10", enc=e5, weight=60.5, bp=(110, 68), hr=70)
    lab(c, "ttg", "2026-11-10", 18, enc=e5)
    c.note("2026-11-10", NOTE["progress"], "Celiac follow-up", """
Strict gluten-free diet since late August (dietitian x2). Stools now formed 1/day, no bloating, energy back.
Weight up 2.5 kg. tTG-IgA down to 18 U/mL. Continue GFD; repeat tTG in 6 months.
R. Haskins, MD
""", author=md, enc=e5, category=DOC_CAT, lang="en")
    meta = dict(target="PERSISTENT_SYMPTOMS_NORMAL_WORKUP", kind="near-miss", expected=[],
                why="Symptoms on several dates with initially normal results, but a later work-up found and confirmed "
                    "celiac disease (tTG-IgA, Marsh 3b) that explains them; symptoms resolved on a gluten-free diet.",
                summary="FQHC: 4 months of diarrhoea explained by celiac disease; resolved on gluten-free diet.")
    return c, meta


# =============================================================================== B3
def b_ibs_red_flags(cid):
    """DIAGNOSIS_SYMPTOM_MISMATCH positive: IBS-D label since 03/2025 while nocturnal diarrhoea, weight loss,
    iron-deficiency anaemia and raised calprotectin appear."""
    c = Case(cid, "B")
    r = setup_b(c, "Castillo Méndez", ["Roberto"], "male", "1974-09-03", "es", "medicaid", "A62019874", "2019-01-01",
                staff=[("Okafor", "Daniel", "Dr.", "MD, Family Medicine", ("npi", "1861593027")),
                       ("Ybarra", "Lucía", None, "LCSW, Behavioral Health Consultant", None)])
    md, bh = r["staff"]
    c.condition(dx("I10", "Essential (primary) hypertension", ("59621000", "Essential hypertension")), onset="2018-05-01")
    c.medstmt(rx("29046", "lisinopril", "Lisinopril 10 mg tablet"), "2018-05-01", dose_text="10 mg daily")
    ibs = c.condition(dx("K58.0", "Irritable bowel syndrome with diarrhea", ("10743008", "Irritable bowel syndrome")),
                      onset="2025-01-15", recorded="2025-03-18", asserter=md,
                      note="Diagnosed clinically; loose stools with cramping, worse with stress.")
    c.medreq(rx("3361", "dicyclomine", "Dicyclomine 20 mg tablet"), "2025-03-18", "20 mg by mouth up to 4 times daily as needed",
             requester=md, reason_ref=ibs)
    c.medreq(rx("6468", "loperamide", "Loperamide 2 mg capsule"), "2025-03-18", "2 mg after each loose stool, max 8 mg/day",
             requester=md, reason_ref=ibs)
    sym = cc(("sct", "62315008", "Diarrhea"), text="Diarrhea")
    rows = [("2026-03-10", 82, "moderate", "4-5 loose stools/day, cramping."),
            ("2026-07-14", 79, "moderate", "5-6 loose stools/day, now also waking at night to pass stool."),
            ("2026-11-10", 76, "severe", "6-8 stools/day including 2 at night; occasional dark red streaks reported.")]
    encs = []
    for d, w, sev, txt_ in rows:
        e = c.encounter(d, type_cc=visit(OFFICE_EST, "Office visit, established patient"), prac=md, reason_ref=ibs)
        encs.append(e)
        c.vitals(d, enc=e, weight=w, bp=(128, 80), hr=78)
        c.symptom(sym, d, sev, enc=e, note=txt_)
    phq9(c, "2026-07-14", 4, enc=encs[1])
    c.note("2026-07-14", NOTE["progress"], "IBS follow-up", """
Known IBS-D. More stools lately, some at night. Work stress (new job at warehouse). Weight 79 kg (82 in March).
Exam benign. PHQ-9 4. A: IBS flare, stress related. P: continue loperamide/dicyclomine, BH consult for stress,
fiber. RTC 4 months.
D. Okafor, MD
""", author=md, enc=encs[1], category=DOC_CAT, lang="en")
    e = encs[2]
    labs = [lab(c, "hb_m", "2026-11-10", 11.2, enc=e), lab(c, "mcv", "2026-11-10", 76, enc=e),
            lab(c, "ferr_m", "2026-11-10", 9, enc=e), lab(c, "crp", "2026-11-10", 14, enc=e),
            lab(c, "calpro", "2026-11-10", 480, enc=e), lab(c, "alb", "2026-11-10", 3.4, enc=e)]
    c.report(cc(("loinc", "58410-2", "CBC panel - Blood by Automated count"), text="CBC, ferritin, CRP, stool calprotectin"),
             "2026-11-10", "Microcytic anemia with low ferritin; elevated CRP and fecal calprotectin.", results=labs)
    c.medreq(txt("Ferrous sulfate 325 mg tablet"), "2026-11-10",
             "325 mg by mouth daily", requester=md, reason_ref=ibs)
    c.impression("2026-11-10", "IBS with diarrhea - flare. Mild anemia, probably dietary.", assessor=md, problems=[ibs],
                 enc=e, findings=labs[:3])
    c.note("2026-11-10", NOTE["progress"], "IBS follow-up", """
S: Sigue con diarrea: 6-8 stools/day incl. 2 at night, some dark red streaks on paper (thinks hemorrhoids).
   Appetite OK. Weight down to 76 kg (82 in March).
O: BP 128/80. Abd mildly tender LLQ. Hb 11.2, MCV 76, ferritin 9, CRP 14, fecal calprotectin 480.
A: IBS-D flare. Mild anemia, probably dietary iron.
P: Continue loperamide, start ferrous sulfate, recheck CBC in 3 months. Discussed stress management.
D. Okafor, MD
""", author=md, enc=e, category=DOC_CAT, lang="en")
    meta = dict(target="DIAGNOSIS_SYMPTOM_MISMATCH", kind="positive", expected=["DIAGNOSIS_SYMPTOM_MISMATCH"],
                why="Catch-all IBS (K58.0) label active since 03/2025 while nocturnal diarrhoea, 6 kg weight loss, "
                    "iron-deficiency anaemia and calprotectin 480 appear - findings IBS cannot explain. The anaemia "
                    "is under 60 days old so the red-flag follow-up clock has not run out.",
                summary="FQHC: IBS label kept despite nocturnal diarrhoea, weight loss, iron-deficiency anaemia, calprotectin 480.")
    return c, meta


# =============================================================================== B4
def b_tka(cid):
    """MAJOR_PROCEDURE_PLANNED positive: right total knee arthroplasty ordered for 01/2027."""
    c = Case(cid, "B")
    r = setup_b(c, "Kowalski", ["Linda", "Marie"], "female", "1960-04-22", "en", "medicare", "7JK4-TR2-MQ61",
                "2025-05-01",
                staff=[("Haskins", "Robert", "Dr.", "MD, Family Medicine", ("npi", "1730582946")),
                       ("Ellison", "Mark", "Dr.", "MD, Orthopaedic Surgery", ("npi", "1346290875"))])
    md, ortho = r["staff"]
    ortho_org = c.organization("Sonoran Orthopaedic Associates", city="Tucson")
    oa = c.condition(dx("M17.11", "Unilateral primary osteoarthritis, right knee",
                        ("239873007", "Osteoarthritis of knee")), onset="2021-02-01")
    dm = c.condition(dx("E11.9", "Type 2 diabetes mellitus without complications",
                        ("44054006", "Diabetes mellitus type 2")), onset="2017-08-01")
    c.condition(dx("I10", "Essential (primary) hypertension", ("59621000", "Essential hypertension")), onset="2015-03-01")
    c.medstmt(rx("6809", "metformin", "Metformin 500 mg tablet"), "2017-08-01", dose_text="500 mg twice daily")
    c.medstmt(rx("29046", "lisinopril", "Lisinopril 20 mg tablet"), "2015-03-01", dose_text="20 mg daily")
    c.medreq(rx("41493", "meloxicam", "Meloxicam 15 mg tablet"), "2025-06-10", "15 mg daily with food", requester=md,
             reason_ref=oa)
    for d in ("2025-11-12", "2026-04-08"):
        c.procedure(cc(("cpt", "20610", "Arthrocentesis, aspiration and/or injection, major joint or bursa"),
                       text="Right knee corticosteroid injection (triamcinolone 40 mg)"), date=d, performer=md,
                    reason_ref=oa, outcome="Relief about 6 weeks" if d < "2026" else "Relief less than 2 weeks")
    xr = c.report(cc(("loinc", "18748-4", "Diagnostic imaging study"), text="XR knee right 3 views, weight-bearing"),
                  "2026-08-11", "Severe tricompartmental osteoarthritis, bone-on-bone medial compartment, large "
                  "osteophytes (Kellgren-Lawrence grade 4).", cat=("dr-sect", "RAD", "Radiology"))
    c.servicereq(cc(("sct", "3457005", "Patient referral"), text="Referral to orthopaedic surgery - knee OA"),
                 "2026-08-11", status="completed", requester=md, performer=ortho, reason_ref=oa)
    pain = cc(("loinc", "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"))
    c.obs_int(pain, "2026-08-11", 8)
    c.note("2026-10-15", NOTE["consult"], "Orthopaedic consultation - Sonoran Orthopaedic Associates", """
66 y/o F with end-stage right knee OA (KL 4), failed PT, NSAIDs, 2 steroid injections and weight loss attempts.
Walks <1 block, uses cane, night pain 8/10. Varus 8 degrees, ROM 5-105, stable ligaments.
Recommend right total knee arthroplasty. Risks/benefits discussed; patient wishes to proceed.
Surgery scheduled 01/20/2027 at Pima Vista Medical Center. Needs PCP pre-op clearance and A1c < 8.
M. Ellison, MD
""", author=ortho, custodian=ortho_org, category=DOC_CAT, lang="en")
    tka = c.servicereq(cc(("cpt", "27447", "Arthroplasty, knee, condyle and plateau; medial AND lateral compartments "
                                          "with or without patella resurfacing (total knee arthroplasty)"),
                          text="Right total knee arthroplasty"), "2026-10-15", status="active", intent="order",
                       requester=ortho, performer=ortho_org, reason_ref=[oa], occurrence="2027-01-20",
                       category=cc(("sct", "387713003", "Surgical procedure")), priority="routine")
    e = c.encounter("2026-11-18", type_cc=visit(OFFICE_EST4, "Pre-operative evaluation"), prac=md, reason_ref=oa)
    c.vitals("2026-11-18", enc=e, bp=(132, 78), hr=74, weight=91, height=166, bmi=33.0, spo2=97)
    c.obs_int(pain, "2026-11-18", 8, enc=e)
    labs = basic_labs(c, "2026-11-18", "f", enc=e, glu=118) + [lab(c, "a1c", "2026-11-18", 6.6, enc=e)]
    c.report(cc(("loinc", "24323-8", "Comprehensive metabolic 2000 panel - Serum or Plasma"), text="Pre-op labs"),
             "2026-11-18", "Pre-op labs acceptable. A1c 6.6%.", results=labs)
    c.obs_str(cc(("loinc", "11524-6", "EKG study"), text="12-lead ECG (CPT 93000)"), "2026-11-18",
              "Normal sinus rhythm 72, normal axis, no ischemic changes.", flag="N", enc=e)
    c.note("2026-11-18", NOTE["progress"], "Pre-operative clearance", """
Pre-op evaluation for right TKA scheduled 01/20/2027 (Dr. Ellison).
DM2 controlled (A1c 6.6), HTN controlled, ECG normal, functional capacity limited by knee only.
RCRI 0 (no insulin). Hold metformin morning of surgery, hold meloxicam 7 days prior.
Medically optimized for surgery.
R. Haskins, MD
""", author=md, enc=e, category=DOC_CAT, lang="en")
    meta = dict(target="MAJOR_PROCEDURE_PLANNED", kind="positive", expected=["MAJOR_PROCEDURE_PLANNED"],
                why="Active order (CPT 27447) for a right total knee arthroplasty scheduled 01/20/2027, with pre-operative "
                    "clearance done; major surgery not yet performed.",
                summary="FQHC: end-stage knee OA, total knee arthroplasty ordered for January 2027.")
    return c, meta


# =============================================================================== B5
def b_adt_qol(cid):
    """HIGH_IMPACT_TREATMENT positive: radiotherapy + androgen deprivation for high-risk prostate cancer, with
    PROMIS-10 physical health falling 10 points after ADT began."""
    c = Case(cid, "B")
    r = setup_b(c, "Begay", ["Raymond"], "male", "1958-11-30", "en", "medicare", "3TR8-PQ9-KW27", "2023-12-01",
                staff=[("Haskins", "Robert", "Dr.", "MD, Family Medicine", ("npi", "1730582946")),
                       ("Ortiz", "Javier", "Dr.", "MD, Urology", ("npi", "1184736290")),
                       ("Patel", "Nisha", "Dr.", "MD, Radiation Oncology", ("npi", "1659302847")),
                       ("Ruiz", "Carmen", None, "RN, Care Coordinator", None)])
    md, uro, rad_onc, rn = r["staff"]
    uro_org = c.organization("Catalina Urology Associates", city="Tucson")
    c.condition(dx("I10", "Essential (primary) hypertension", ("59621000", "Essential hypertension")), onset="2010-01-01")
    c.condition(dx("E78.2", "Mixed hyperlipidemia", ("55822004", "Hyperlipidemia")), onset="2012-01-01")
    c.medstmt(rx("17767", "amlodipine", "Amlodipine 10 mg tablet"), "2010-01-01", dose_text="10 mg daily")
    c.medstmt(rx("83367", "atorvastatin", "Atorvastatin 40 mg tablet"), "2012-01-01", dose_text="40 mg daily")
    lab(c, "psa", "2026-02-17", 18.2)
    path = c.report(cc(("loinc", "60567-5", "Comprehensive pathology report panel"), text="Prostate needle biopsy, 12 cores"),
                    "2026-03-24", "Prostatic adenocarcinoma, Gleason 4+4=8 (Grade Group 4) in 7/12 cores, bilateral.",
                    cat=("dr-sect", "SP", "Surgical Pathology"), performer=uro)
    pca = c.condition(dx("C61", "Malignant neoplasm of prostate", ("399068003", "Malignant tumor of prostate")),
                      onset="2026-03-24", stage=txt("cT2c N0 M0, Gleason 4+4, PSA 18.2 - NCCN high risk"),
                      evidence=[path])
    c.note("2026-04-14", NOTE["consult"], "Urology consultation - treatment plan", """
High-risk localized prostate cancer (cT2c, GG4, PSA 18.2; bone scan and CT negative).
Options discussed incl. radical prostatectomy vs radiation. Patient chose EBRT with androgen deprivation therapy
(leuprolide q3 months for 18-24 months). Side effects of ADT reviewed (hot flashes, fatigue, loss of libido,
weight gain, bone loss, mood).
J. Ortiz, MD
""", author=uro, custodian=uro_org, category=DOC_CAT, lang="en")
    e0 = c.encounter("2026-05-06", type_cc=visit(OFFICE_EST, "Office visit, established patient"), prac=md)
    promis(c, "2026-05-06", 50.8, 48.3, enc=e0)
    phq9(c, "2026-05-06", 3, enc=e0)
    adt = c.medreq(rx("42375", "leuprolide", "Leuprolide acetate 22.5 mg depot injection (3-month)"), "2026-05-20",
                   "22.5 mg IM every 3 months", requester=uro, reason_ref=pca, route="im", start="2026-05-20")
    for d in ("2026-05-20", "2026-08-19", "2026-11-18"):
        c.medadmin(rx("42375", "leuprolide", "Leuprolide acetate 22.5 mg depot"), d, dose=(22.5, "mg"), route="im",
                   request=adt, performer=rn, reason_ref=pca)
    c.procedure(cc(("cpt", "77385", "Intensity modulated radiation treatment delivery (IMRT), includes guidance and "
                                   "tracking, when performed; simple"), text="EBRT prostate IMRT 70 Gy in 28 fractions"),
                date="2026-07-06", end="2026-08-13", performer=rad_onc, reason_ref=pca,
                category=cc(("sct", "108290001", "Radiation oncology AND/OR radiotherapy")))
    e1 = c.encounter("2026-10-28", type_cc=visit(OFFICE_EST4, "Office visit, established patient"), prac=md,
                     reason_ref=pca)
    promis(c, "2026-10-28", 40.4, 41.1, enc=e1)
    phq9(c, "2026-10-28", 9, enc=e1)
    c.vitals("2026-10-28", enc=e1, weight=93, bp=(138, 82), hr=76)
    lab(c, "psa", "2026-10-21", 0.4)
    c.note("2026-10-28", NOTE["progress"], "PCP visit - on ADT", """
On leuprolide since 05/20, EBRT completed 08/13. PSA 0.4.
Since ADT: daily hot flashes (6-8/day), fatigue, no libido, weight +4 kg, low mood, stopped going to church choir.
Front-desk PROMIS-10: physical health T 50.8 -> 40.4, mental health 48.3 -> 41.1. PHQ-9 3 -> 9.
A/P: marked decline in quality of life on ADT. Discussed with Dr. Ortiz: continue ADT as planned (high risk,
18 months). Exercise program, calcium/vit D, DEXA ordered, BH referral.
R. Haskins, MD
""", author=md, enc=e1, category=DOC_CAT, lang="en")
    meta = dict(target="HIGH_IMPACT_TREATMENT", kind="positive", expected=["HIGH_IMPACT_TREATMENT"],
                why="Radiotherapy plus ongoing androgen deprivation for prostate cancer; PROMIS-10 physical health fell "
                    "10.4 T-score points (mental 7.2) after ADT began, well beyond the minimal important difference.",
                summary="FQHC: prostate cancer on ADT after radiotherapy, PROMIS global health down ~10 points.")
    return c, meta


# =============================================================================== B6
def b_insulin_qol(cid):
    """HIGH_IMPACT_TREATMENT near miss: basal insulin started; PROMIS-10 change < 1 point; not a high-impact
    treatment."""
    c = Case(cid, "B")
    r = setup_b(c, "Soto Aguilar", ["María", "Elena"], "female", "1969-07-14", "es", "medicaid", "A55301862",
                "2016-04-01",
                staff=[("Morales", "Ana Sofía", None, "FNP-C, Family Nurse Practitioner", ("npi", "1427051938")),
                       ("Vega", "Rosa", None, "RN, CDCES - Diabetes Educator", None)])
    np_, cde = r["staff"]
    dm = c.condition(dx("E11.65", "Type 2 diabetes mellitus with hyperglycemia", ("44054006", "Diabetes mellitus type 2")),
                     onset="2015-02-01")
    c.condition(dx("I10", "Essential (primary) hypertension", ("59621000", "Essential hypertension")), onset="2016-01-01")
    c.condition(dx("E78.2", "Mixed hyperlipidemia", ("55822004", "Hyperlipidemia")), onset="2016-01-01")
    c.medstmt(rx("6809", "metformin", "Metformin 1000 mg tablet"), "2015-02-01", dose_text="1000 mg twice daily")
    c.medstmt(rx("29046", "lisinopril", "Lisinopril 10 mg tablet"), "2016-01-01", dose_text="10 mg daily")
    c.medstmt(rx("83367", "atorvastatin", "Atorvastatin 20 mg tablet"), "2016-01-01", dose_text="20 mg daily")
    lab(c, "a1c", "2026-04-21", 9.8)
    e1 = c.encounter("2026-04-28", type_cc=visit(OFFICE_EST4, "Office visit, established patient"), prac=np_,
                     reason_ref=dm)
    promis(c, "2026-04-28", 44.9, 46.8, enc=e1)
    hvs(c, "2026-04-28", True, enc=e1)
    c.servicereq(cc(("sct", "3457005", "Patient referral"), text="Referral to community food bank (Community Food Bank "
                    "of Southern Arizona) and SNAP enrollment assistance"), "2026-04-28", status="completed",
                 requester=np_)
    ins = c.medreq(rx("274783", "insulin glargine", "Insulin glargine 100 units/mL pen"), "2026-05-05",
                   "Start 10 units subcutaneously at bedtime; increase 2 units every 3 days until fasting glucose 80-130",
                   requester=np_, reason_ref=dm, route="sc", start="2026-05-05")
    e2 = c.encounter("2026-05-05", type_cc=visit("98960", "Education and training for patient self-management"),
                     prac=cde, reason_ref=dm)
    c.note("2026-05-05", NOTE["progress"], "Educación de diabetes / insulin start", """
Inicio de insulina glargina 10 unidades en la noche. Enseñanza de la pluma, sitios de inyección,
hipoglucemia (regla de 15), glucómetro. Paciente demostró técnica correcta.
Insulin start teaching completed in Spanish. Teach-back done.
R. Vega, RN, CDCES
""", author=cde, enc=e2, category=DOC_CAT, lang="es")
    lab(c, "a1c", "2026-08-18", 8.4)
    lab(c, "a1c", "2026-11-17", 7.6)
    e3 = c.encounter("2026-10-27", type_cc=visit(OFFICE_EST, "Office visit, established patient"), prac=np_,
                     reason_ref=dm)
    promis(c, "2026-10-27", 44.2, 47.5, enc=e3)
    hvs(c, "2026-10-27", False, enc=e3)
    c.vitals("2026-10-27", enc=e3, weight=78, bp=(128, 78), hr=74)
    c.note("2026-11-17", NOTE["progress"], "Diabetes follow-up", """
Glargine now 18 units qHS. A1c 9.8 -> 8.4 -> 7.6. No hypoglycemia (lowest 84). "Me siento igual, la
insulina no me molesta." PROMIS-10 essentially unchanged (physical 44.9 -> 44.2, mental 46.8 -> 47.5).
Food insecurity resolved with SNAP. Continue current regimen; retinal exam due.
A. S. Morales, FNP-C
""", author=np_, category=DOC_CAT, lang="en")
    meta = dict(target="HIGH_IMPACT_TREATMENT", kind="near-miss", expected=[],
                why="Basal insulin is not a quality-of-life-devastating treatment and the PROMIS-10 scores changed by "
                    "less than one T-score point after it began (below the minimal important difference).",
                summary="FQHC: basal insulin started, A1c improving, PROMIS-10 unchanged.")
    return c, meta


# =============================================================================== B7
def b_form_yes(cid):
    """PATIENT_REPORTED_CONCERN positive: front-desk form (Spanish) - 'Sí' to wanting a second opinion."""
    c = Case(cid, "B")
    r = setup_b(c, "Valenzuela", ["Yesenia"], "female", "1977-01-25", "es", "medicaid", "A49930215", "2018-07-01",
                staff=[("Okafor", "Daniel", "Dr.", "MD, Family Medicine", ("npi", "1861593027")),
                       ("Ybarra", "Lucía", None, "LCSW, Behavioral Health Consultant", None)])
    md, bh = r["staff"]
    mig = c.condition(dx("G43.709", "Chronic migraine without aura, not intractable, without status migrainosus",
                         ("37796009", "Migraine")), onset="2024-03-01", asserter=md)
    gad = c.condition(dx("F41.1", "Generalized anxiety disorder", ("21897009", "Generalized anxiety disorder")),
                      onset="2022-06-01")
    c.medreq(rx("38404", "topiramate", "Topiramate 50 mg tablet"), "2025-02-11", "50 mg by mouth twice daily",
             requester=md, reason_ref=mig)
    c.medreq(rx("37418", "sumatriptan", "Sumatriptan 50 mg tablet"), "2024-03-01",
             "50 mg at migraine onset, may repeat in 2 h, max 200 mg/day", requester=md, reason_ref=mig)
    c.medstmt(rx("36437", "sertraline", "Sertraline 100 mg tablet"), "2022-07-01", dose_text="100 mg daily")
    hd = cc(local(c, "HA-DAYS", "Headache days in last 30 days (patient diary)"), text="Headache days per month")
    for d, n in (("2026-02-09", 15), ("2026-06-08", 12), ("2026-10-05", 10)):
        e = c.encounter(d, type_cc=visit(OFFICE_EST, "Office visit, established patient"), prac=md, reason_ref=mig)
        c.obs_int(hd, d, n, enc=e)
        c.obs_int(cc(("loinc", "70274-6", "Generalized anxiety disorder 7 item (GAD-7) total score [Reported.PHQ]")),
                  d, 8, enc=e)
    e = c.encounter("2026-11-09", type_cc=visit(OFFICE_EST4, "Office visit, established patient"), prac=md,
                    reason_ref=mig)
    c.vitals("2026-11-09", enc=e, bp=(118, 76), hr=72, weight=64)
    qr = fill_form(c, "2026-11-09", "es", "Español", heard=False, second=True, enc=e,
                   comment="Llevo casi tres años con dolores de cabeza y siento que solo me dicen que es estrés. "
                           "Quiero que otro especialista (neurólogo) revise mi caso.")
    c.note("2026-11-09", NOTE["progress"], "Migraine follow-up", """
Headache days 15 -> 12 -> 10/month on topiramate. GAD stable on sertraline.
On today's front-desk form the patient answered that she does not feel heard and would like a second opinion
on her diagnosis and treatment. Discussed in Spanish; she would like a neurologist to review.
Referral to neurology placed.
D. Okafor, MD
""", author=md, enc=e, category=DOC_CAT, lang="en")
    c.servicereq(cc(("sct", "3457005", "Patient referral"), text="Referral to neurology - patient requests second opinion on migraine"),
                 "2026-11-09", status="active", requester=md, reason_ref=mig, enc=e)
    meta = dict(target="PATIENT_REPORTED_CONCERN", kind="positive", expected=["PATIENT_REPORTED_CONCERN"],
                why="Front-desk QuestionnaireResponse (Spanish): 'Sí' to wanting a second opinion and 'No' to feeling "
                    "heard, with a free-text comment; headache frequency is improving so no worsening criterion.",
                summary="FQHC: migraine patient answers 'Sí' to second opinion on the front-desk form.")
    return c, meta


# =============================================================================== B8
def b_form_no(cid):
    """PATIENT_REPORTED_CONCERN near miss: same front-desk form, 'No' to second opinion, feels heard."""
    c = Case(cid, "B")
    r = setup_b(c, "Thompson", ["Gary", "Lee"], "male", "1965-03-11", "en", "medicaid", "A31845590", "2020-02-01",
                staff=[("Haskins", "Robert", "Dr.", "MD, Family Medicine", ("npi", "1730582946")),
                       ("Chee", "Darren", None, "PT, DPT - Physical Therapist", None)])
    md, pt = r["staff"]
    lss = c.condition(dx("M48.062", "Spinal stenosis, lumbar region with neurogenic claudication",
                         ("18347007", "Spinal stenosis of lumbar region")), onset="2025-09-01", asserter=md)
    c.condition(dx("I10", "Essential (primary) hypertension", ("59621000", "Essential hypertension")), onset="2014-01-01")
    c.condition(dx("E78.2", "Mixed hyperlipidemia", ("55822004", "Hyperlipidemia")), onset="2014-01-01")
    c.medstmt(rx("17767", "amlodipine", "Amlodipine 5 mg tablet"), "2014-01-01", dose_text="5 mg daily")
    c.medstmt(rx("83367", "atorvastatin", "Atorvastatin 20 mg tablet"), "2014-01-01", dose_text="20 mg daily")
    c.medreq(rx("25480", "gabapentin", "Gabapentin 300 mg capsule"), "2025-11-20", "300 mg three times daily",
             requester=md, reason_ref=lss)
    c.report(cc(("loinc", "18748-4", "Diagnostic imaging study"), text="MRI lumbar spine without contrast"), "2025-11-14",
             "Moderate central canal stenosis L4-L5 due to disc bulge and facet hypertrophy. No high-grade compression.",
             cat=("dr-sect", "RAD", "Radiology"))
    c.servicereq(cc(("sct", "91251008", "Physical therapy procedure"), text="Physical therapy - lumbar stenosis, 12 visits"),
                 "2026-06-02", status="completed", requester=md, performer=pt, reason_ref=lss)
    pain = cc(("loinc", "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"))
    walk = cc(local(c, "WALK-MIN", "Walking tolerance before leg symptoms (minutes)"), text="Walking tolerance")
    for d, p, w in (("2026-05-19", 6, 5), ("2026-08-18", 4, 15), ("2026-11-12", 3, 25)):
        e = c.encounter(d, type_cc=visit(OFFICE_EST, "Office visit, established patient"), prac=md, reason_ref=lss)
        c.obs_int(pain, d, p, enc=e)
        c.obs(walk, d, w, "min", flag=None, cat="survey", enc=e)
        c.vitals(d, enc=e, bp=(130, 80), hr=70)
    qr = fill_form(c, "2026-11-12", "en", "English", heard=True, second=False, enc=e,
                   comment="PT is helping a lot, I can walk the dog again. Happy with the plan.")
    c.note("2026-11-12", NOTE["progress"], "Lumbar stenosis follow-up", """
Completed 12 PT sessions, continues home program. Leg pain 3/10 (was 6), walks 25 min before leg symptoms (was 5).
Front-desk form: feels heard, does not want a second opinion. Continue gabapentin and home exercise; revisit in
6 months. Surgery not indicated at this time.
R. Haskins, MD
""", author=md, enc=e, category=DOC_CAT, lang="en")
    meta = dict(target="PATIENT_REPORTED_CONCERN", kind="near-miss", expected=[],
                why="The patient answered 'No' to wanting a second opinion and 'Yes' to feeling heard on the front-desk "
                    "form; symptoms are improving with physical therapy.",
                summary="FQHC: lumbar stenosis improving with PT; front-desk form answers 'No' to second opinion.")
    return c, meta


# =============================================================================== B9
def b_a1c_rising(cid):
    """WORSENING_DESPITE_TREATMENT positive: HbA1c 7.4 -> 9.6 over 9 months on metformin + glipizide with regular
    pharmacy fills."""
    c = Case(cid, "B")
    r = setup_b(c, "Ortega Ruiz", ["Jesús"], "male", "1968-10-02", "es", "medicaid", "A26674031", "2019-05-01",
                staff=[("Morales", "Ana Sofía", None, "FNP-C, Family Nurse Practitioner", ("npi", "1427051938")),
                       ("Lin", "Grace", None, "PharmD, Clinical Pharmacist", None)])
    np_, pharm = r["staff"]
    dm = c.condition(dx("E11.65", "Type 2 diabetes mellitus with hyperglycemia", ("44054006", "Diabetes mellitus type 2")),
                     onset="2019-04-01", asserter=np_)
    c.condition(dx("I10", "Essential (primary) hypertension", ("59621000", "Essential hypertension")), onset="2019-04-01")
    c.medstmt(rx("29046", "lisinopril", "Lisinopril 20 mg tablet"), "2019-04-01", dose_text="20 mg daily")
    met = c.medreq(rx("6809", "metformin", "Metformin 1000 mg tablet"), "2024-01-09", "1000 mg by mouth twice daily with meals",
                   requester=np_, reason_ref=dm, start="2024-01-09", refills=11)
    gli = c.medreq(rx("4821", "glipizide", "Glipizide 10 mg tablet"), "2024-01-09", "10 mg by mouth twice daily before meals",
                   requester=np_, reason_ref=dm, start="2024-01-09", refills=11)
    for d in ("2026-08-03", "2026-09-02", "2026-10-01"):
        c.dispense(rx("6809", "metformin", "Metformin 1000 mg tablet"), d, 60, 30, request=met)
        c.dispense(rx("4821", "glipizide", "Glipizide 10 mg tablet"), d, 60, 30, request=gli)
    for d, v, g in (("2026-02-10", 7.4, 142), ("2026-05-19", 8.1, 168), ("2026-08-18", 8.8, 187), ("2026-11-17", 9.6, 214)):
        e = c.encounter(d, type_cc=visit(OFFICE_EST, "Office visit, established patient"), prac=np_, reason_ref=dm)
        lab(c, "a1c", d, v, enc=e)
        lab(c, "glu", d, g, enc=e)
        c.vitals(d, enc=e, weight=88, bp=(128, 78))
    lab(c, "cr", "2026-11-17", 0.98)
    c.note("2026-10-20", NOTE["progress"], "Clinical pharmacist visit", """
Medication review (in Spanish). Pill box reviewed: taking metformin 1000 mg BID and glipizide 10 mg BID,
no missed doses in past 2 weeks; 340B pharmacy fills on time every 30 days. No GI side effects.
Diet: tortillas/rice portions discussed. Recommend adding GLP-1 RA if A1c still rising.
G. Lin, PharmD
""", author=pharm, category=DOC_CAT, lang="en")
    c.note("2026-11-17", NOTE["progress"], "Diabetes follow-up", """
A1c continues to rise despite confirmed adherence: 7.4 (Feb) -> 8.1 (May) -> 8.8 (Aug) -> 9.6 (today).
Fasting glucose 214. Weight stable. Polyuria and nocturia x2. No hypoglycemia.
Plan: add semaglutide (AHCCCS prior authorization submitted), nutrition referral, recheck in 3 months.
A. S. Morales, FNP-C
""", author=np_, category=DOC_CAT, lang="en")
    meta = dict(target="WORSENING_DESPITE_TREATMENT", kind="positive", expected=["WORSENING_DESPITE_TREATMENT"],
                why="HbA1c rose 7.4 -> 8.1 -> 8.8 -> 9.6 % over 9 months (well beyond the 0.5 % minimal important change) "
                    "while metformin and glipizide were taken throughout, confirmed by monthly fills and pharmacist review.",
                summary="FQHC: type 2 diabetes, A1c rising 7.4 to 9.6 despite adherent metformin + glipizide.")
    return c, meta


# =============================================================================== B10
def b_bp_stopped(cid):
    """WORSENING_DESPITE_TREATMENT near miss: blood pressure rose after the patient stopped her medicines
    (cost) - treatment not running."""
    c = Case(cid, "B")
    r = setup_b(c, "Miller", ["Deborah", "Ann"], "female", "1963-06-17", "en", None, None, None,
                staff=[("Haskins", "Robert", "Dr.", "MD, Family Medicine", ("npi", "1730582946")),
                       ("Acosta", "Miguel", None, "Certified Application Counselor (enrollment)", None)])
    md, cac = r["staff"]
    c.coverage(c.pat, cc(("sopt", "81", "Self-pay"), text="Self-pay - sliding fee discount program (Tier B)"),
               "SFD-204417", "2026-08-11")
    htn = c.condition(dx("I10", "Essential (primary) hypertension", ("59621000", "Essential hypertension")),
                      onset="2019-03-01", asserter=md)
    c.condition(dx("E66.811", "Obesity, class 1"), onset="2020-01-01")
    lis = c.medreq(rx("29046", "lisinopril", "Lisinopril 20 mg tablet"), "2025-11-04", "20 mg daily", requester=md,
                   reason_ref=htn, status="stopped", note="Patient stopped ~05/25/2026 (could not afford after losing insurance).")
    aml = c.medreq(rx("17767", "amlodipine", "Amlodipine 5 mg tablet"), "2025-11-04", "5 mg daily", requester=md,
                   reason_ref=htn, status="stopped", note="Patient stopped ~05/25/2026 (cost).")
    c.dispense(rx("29046", "lisinopril", "Lisinopril 20 mg tablet"), "2026-04-20", 30, 30, request=lis)
    c.dispense(rx("17767", "amlodipine", "Amlodipine 5 mg tablet"), "2026-04-20", 30, 30, request=aml)
    for med, code, name in ((lis, "29046", "lisinopril"), (aml, "17767", "amlodipine")):
        c.medstmt(rx(code, name), "2019-03-01", status="stopped", end="2026-05-25", based_on=med,
                  status_reason=txt("Cost - lost employer insurance"), asserted="2026-11-10", info_source=c.pat,
                  cat="patientspecified", note="Patient reports not taking since late May 2026.")
    rows = (("2026-05-12", 136, 84), ("2026-08-11", 152, 94), ("2026-11-10", 166, 98))
    encs = []
    for d, s, di in rows:
        e = c.encounter(d, type_cc=visit(OFFICE_EST, "Office visit, established patient"), prac=md, reason_ref=htn)
        encs.append(e)
        c.bp(d, s, di, enc=e)
    c.note("2026-08-11", NOTE["progress"], "HTN follow-up", """
BP 152/94. Lost her job and employer insurance in May; ran out of lisinopril and amlodipine about 2 months ago
and did not refill because of cost. New prescriptions given; referred to enrollment counselor for AHCCCS and the
sliding-fee program; 340B pharmacy pricing explained.
R. Haskins, MD
""", author=md, enc=encs[1], category=DOC_CAT, lang="en")
    c.servicereq(cc(("sct", "3457005", "Patient referral"), text="Eligibility and enrollment assistance (AHCCCS / sliding fee)"),
                 "2026-08-11", status="completed", requester=md, performer=cac)
    c.condition(dx("Z91.120", "Patient's intentional underdosing of medication regimen due to financial hardship"),
                onset="2026-05-25", recorded="2026-08-11", asserter=md)
    c.medreq(rx("29046", "lisinopril", "Lisinopril 20 mg tablet"), "2026-11-10", "20 mg daily", requester=md,
             reason_ref=htn, note="Restarted; 340B pharmacy, sliding fee.")
    c.medreq(rx("17767", "amlodipine", "Amlodipine 5 mg tablet"), "2026-11-10", "5 mg daily", requester=md,
             reason_ref=htn, note="Restarted; 340B pharmacy, sliding fee.")
    basic_labs(c, "2026-11-10", "f", enc=encs[2])
    c.note("2026-11-10", NOTE["progress"], "HTN follow-up", """
BP 166/98. Still has not taken either medicine since late May (did not fill the August prescriptions; AHCCCS
application still pending). No chest pain, headache or vision change. Labs normal.
Enrolled today in sliding-fee program; both medicines restarted through 340B pharmacy ($4 each).
Recheck BP in 2 weeks with nurse.
R. Haskins, MD
""", author=md, enc=encs[2], category=DOC_CAT, lang="en")
    meta = dict(target="WORSENING_DESPITE_TREATMENT", kind="near-miss", expected=[],
                why="Blood pressure rose 136/84 -> 166/98, but the patient stopped both antihypertensives in May 2026 "
                    "because of cost, so treatment was not active during the worsening.",
                summary="FQHC: BP rising after patient stopped lisinopril/amlodipine for cost; now restarted.")
    return c, meta


# =============================================================================== B11
def b_multimorbidity(cid):
    """RARE_OR_COMPLEX_CONDITION positive (complexity): seven active chronic conditions across six specialties."""
    c = Case(cid, "B")
    r = setup_b(c, "Jenkins", ["Walter", "Ray"], "male", "1959-01-08", "en", "medicare", "9HF2-WE3-TT84",
                "2024-01-01",
                staff=[("Haskins", "Robert", "Dr.", "MD, Family Medicine", ("npi", "1730582946")),
                       ("Ybarra", "Lucía", None, "LCSW, Behavioral Health Consultant", None),
                       ("Abadi", "Farid", "Dr.", "MD, Cardiology", ("npi", "1295037461")),
                       ("Whitaker", "Joan", "Dr.", "MD, Nephrology", ("npi", "1912638405")),
                       ("Ruiz", "Carmen", None, "RN, Care Coordinator", None)])
    md, bh, cardio, neph, rn = r["staff"]
    conds = [
        dx("E11.22", "Type 2 diabetes mellitus with diabetic chronic kidney disease", ("44054006", "Diabetes mellitus type 2")),
        dx("N18.32", "Chronic kidney disease, stage 3b", ("700379002", "Chronic kidney disease stage 3B")),
        dx("I50.22", "Chronic systolic (congestive) heart failure", ("703272007", "Heart failure with reduced ejection fraction")),
        dx("J44.9", "Chronic obstructive pulmonary disease, unspecified", ("13645005", "Chronic obstructive lung disease")),
        dx("F33.1", "Major depressive disorder, recurrent, moderate", ("370143000", "Major depressive disorder")),
        dx("M1A.0710", "Idiopathic chronic gout, right ankle and foot, without tophus (tophi)", ("90560007", "Gout")),
        dx("G47.33", "Obstructive sleep apnea (adult) (pediatric)", ("78275009", "Obstructive sleep apnea syndrome")),
    ]
    onsets = ["2011-05-01", "2021-09-01", "2022-03-01", "2016-01-01", "2019-08-01", "2018-06-01", "2020-02-01"]
    crefs = [c.condition(cd, onset=o, asserter=md) for cd, o in zip(conds, onsets)]
    meds = [("6809", "metformin", "Metformin 500 mg tablet", "500 mg twice daily (renal dose)"),
            ("1545653", "empagliflozin", "Empagliflozin 10 mg tablet", "10 mg daily"),
            ("1656339", "sacubitril / valsartan", "Sacubitril/valsartan 49/51 mg tablet", "1 tablet twice daily"),
            ("20352", "carvedilol", "Carvedilol 12.5 mg tablet", "12.5 mg twice daily"),
            ("4603", "furosemide", "Furosemide 40 mg tablet", "40 mg every morning"),
            ("69120", "tiotropium", "Tiotropium 18 mcg inhalation capsule", "inhale 1 capsule daily"),
            ("435", "albuterol", "Albuterol HFA 90 mcg/actuation", "2 puffs every 4-6 h as needed"),
            ("36437", "sertraline", "Sertraline 100 mg tablet", "100 mg daily"),
            ("519", "allopurinol", "Allopurinol 100 mg tablet", "100 mg daily")]
    for code, ing, name, dose in meds:
        c.medreq(rx(code, ing, name), "2026-06-09", dose, requester=md)
    c.careteam("Complex care team", [(md, "Primary care physician"), (cardio, "Cardiology"), (neph, "Nephrology"),
                                     (bh, "Behavioral health"), (rn, "Care coordinator")], "2024-02-01", org=c.org)
    for d, a1c, egfr, bnp, phq in (("2026-05-12", 7.2, 38, 610, 7), ("2026-11-10", 7.1, 37, 640, 6)):
        e = c.encounter(d, type_cc=visit(OFFICE_EST4, "Office visit, established patient - chronic care management"),
                        prac=md)
        c.vitals(d, enc=e, bp=(124, 72), hr=68, weight=104, spo2=94)
        lab(c, "a1c", d, a1c, enc=e)
        lab(c, "egfr", d, egfr, enc=e)
        lab(c, "ntprobnp", d, bnp, enc=e)
        phq9(c, d, phq, enc=e)
    c.report(cc(("loinc", "18748-4", "Diagnostic imaging study"), text="Transthoracic echocardiogram (outside, cardiology)"),
             "2026-03-04", "LVEF 35 %, moderate global hypokinesis, mild MR. Unchanged from 2025.",
             cat=("dr-sect", "CUS", "Cardiac Ultrasound"), performer=cardio)
    c.obs(cc(local(c, "FEV1FVC", "FEV1/FVC post-bronchodilator"), text="FEV1/FVC"), "2025-12-02", 0.62, "{ratio}",
          high=0.70, flag="L", cat="exam")
    c.note("2026-11-10", NOTE["progress"], "Chronic care management visit", """
67 y/o M with DM2 with CKD 3b, HFrEF (EF 35 %), COPD, recurrent MDD, chronic gout, OSA on CPAP.
Followed by cardiology (Dr. Abadi), nephrology (Dr. Whitaker), integrated behavioral health (L. Ybarra).
Stable today: A1c 7.1, eGFR 37 (38 in May), NT-proBNP 640, PHQ-9 6, no gout flare since March, CPAP nightly.
9 chronic medications reconciled; pill organizer filled by care coordinator weekly.
Transportation assistance arranged for specialist visits.
R. Haskins, MD
""", author=md, category=DOC_CAT, lang="en")
    meta = dict(target="RARE_OR_COMPLEX_CONDITION", kind="positive", expected=["RARE_OR_COMPLEX_CONDITION"],
                why="Seven active chronic conditions (diabetes, CKD 3b, HFrEF, COPD, recurrent depression, chronic gout, "
                    "OSA) across at least five specialties; all measures stable, so no worsening.",
                summary="FQHC: multimorbid patient, 7 chronic conditions across cardiology/nephrology/pulmonary/psychiatry.")
    return c, meta


CASES = [b_return_visits, b_celiac, b_ibs_red_flags, b_tka, b_adt_qol, b_insulin_qol, b_form_yes, b_form_no,
         b_a1c_rising, b_bp_stopped, b_multimorbidity]
