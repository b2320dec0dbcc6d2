"""Cases from the Nigerian teaching hospital (Kainji University Teaching Hospital, New Bussa): WHO ICD-10,
local procedure/tariff codes, notes in Nigerian English, NHIA coverage or out-of-pocket payment."""
from fhirkit import cc, cct, ref, qty, qual, LOINC_NOTE, DR_CAT

HOSPNO = "https://emr.kuth.example.ng/sid/hospital-number"
FOLIO = "https://emr.kuth.example.ng/sid/mdcn-folio"
LPROC = "https://emr.kuth.example.ng/fhir/CodeSystem/procedure-tariff"
LLAB = "https://emr.kuth.example.ng/fhir/CodeSystem/lab-services"
LDEPT = "https://emr.kuth.example.ng/fhir/CodeSystem/clinic"
YES = {"system": "http://loinc.org", "code": "LA33-6", "display": "Yes"}
NO = {"system": "http://loinc.org", "code": "LA32-8", "display": "No"}


def icd(code, display, text=None):
    return cc(("icd10", code, display), text=text or display)


def atc(code, display, text):
    return cc(("atc", code, display), text=text)


def setup(R, nhia=True):
    o = {"h": R.organization("org-kuth", "Kainji University Teaching Hospital",
                             cc(("http://terminology.hl7.org/CodeSystem/organization-type", "prov", "Healthcare Provider")),
                             [{"system": "https://emr.kuth.example.ng/sid/facility", "value": "NG-NIG-FTH-0117"}],
                             {"line": ["Kainji Road, PMB 1012"], "city": "New Bussa", "state": "Niger", "country": "NG"},
                             [{"system": "phone", "value": "+234 803 555 0117"}])}
    if nhia:
        o["nhia"] = R.organization("org-nhia", "National Health Insurance Authority",
                                   cc(("http://terminology.hl7.org/CodeSystem/organization-type", "govt", "Government")),
                                   address={"city": "Abuja", "country": "NG"})
        o["hmo"] = R.organization("org-hmo", "Clearwater Health Maintenance Organisation Ltd",
                                  cc(("http://terminology.hl7.org/CodeSystem/organization-type", "pay", "Payer")),
                                  address={"city": "Minna", "state": "Niger", "country": "NG"})
    return o


def patient(R, given, family, gender, birth, hospno, street, town, phone, occupation=None):
    R.patient_res(given, family, gender, birth, [{"system": HOSPNO, "value": hospno}],
                  {"line": [street], "city": town, "state": "Niger", "country": "NG"},
                  [{"system": "phone", "value": phone, "use": "mobile"}],
                  cc(("urn:ietf:bcp:47", "en", "English")))


def cover(R, o, enrollee, start, nhia=True):
    if nhia:
        return R.coverage("cov", [o["hmo"], o["nhia"]],
                          cc(("http://terminology.hl7.org/CodeSystem/v3-ActCode", "PUBLICPOL", "public healthcare"),
                             text="NHIA Formal Sector Social Health Insurance Programme"),
                          start, subscriber_id=enrollee,
                          cls=[{"type": cc(("http://terminology.hl7.org/CodeSystem/coverage-class", "plan", "Plan")),
                                "value": "FSSHIP", "name": "NHIA Formal Sector (via Clearwater HMO)"}])
    return R.coverage("cov", [R.patient], cc(("http://terminology.hl7.org/CodeSystem/coverage-selfpay", "pay", "PAY"),
                                             text="Out-of-pocket (self-paying patient)"), start)


def doc(R, hint, given, family, role, folio):
    return R.practitioner(hint, given, family, qual(role), [{"system": FOLIO, "value": folio}], prefix="Dr.")


def clinic(R, hint, date, who, o, clinic_name, reason=None, cls="AMB", **kw):
    return R.encounter(hint, date, cls, cc((LDEPT, clinic_name.split()[0], clinic_name), text=clinic_name),
                       cct(reason) if reason else None, who, o["h"], **kw)


def film(R, hint, date, enc, text="Malaria parasite, thick film", result="No malaria parasites seen"):
    return R.obs(hint, cc((LLAB, "MP-TF", "Malaria parasite - thick blood film"), text=text), date,
                 cc(("sct", "260385009", "Negative"), text=result), enc=enc, interp="NEG")


def rdt(R, hint, date, enc):
    return R.obs(hint, cc((LLAB, "MP-RDT", "Malaria rapid diagnostic (HRP2/pLDH)"), text="Malaria RDT"), date,
                 cc(("sct", "260385009", "Negative"), text="Negative"), enc=enc, interp="NEG")


def rvs(R, hint, date, enc):
    return R.obs(hint, cc((LLAB, "RVS", "Retroviral screening (Determine/Unigold)"), text="Retroviral screening (RVS)"), date,
                 cc(("sct", "260385009", "Negative"), text="Non-reactive"), enc=enc, interp="NEG")


# --------------------------------------------------------------------------------------------------------------
def ng_ida_no_followup(R):
    """PERSISTENT_SYMPTOMS_NORMAL_WORKUP positive (Murphy e-trigger): iron-deficiency anaemia, no GI work-up > 60 days."""
    o = setup(R)
    patient(R, "Musa", "Garba", "male", "1963-04-09", "KUTH/2014/02871", "No. 12 Emir's Road", "New Bussa", "+234 806 555 2871")
    cover(R, o, "NHIA/FS/NG/0092871", "2014-02-01")
    gp = doc(R, "dr-adeleke", "Oluwaseun", "Adeleke", "Family Physician (GOPD)", "MDCN/R/41266")
    mo = doc(R, "dr-ogundipe", "Kunle", "Ogundipe", "Physician (MOPD)", "MDCN/R/35802")
    c_htn = R.condition("cond-htn", icd("I10", "Essential (primary) hypertension"), "2014-02-10")
    R.condition("cond-bph", icd("N40", "Hyperplasia of prostate", "Benign prostatic enlargement"), "2022-06-14")
    e1 = clinic(R, "enc-gopd1", "2026-07-14", gp, o, "GOPD General Outpatient Clinic", "Easy fatigability, dizziness on exertion")
    R.vitals("2026-07-14", e1, bp=(136, 82), hr=96, wt=71, temp=36.8)
    R.note("note-gopd1", "2026-07-14", LOINC_NOTE["progress"], """
GOPD. 63yr old retired civil servant, known hypertensive on amlodipine, c/o easy fatigability and dizziness on exertion of 2/12 duration. No fever. No haematemesis, no melaena noticed, no haematochezia. No weight loss noticed. Appetite fair. Not a known peptic ulcer disease patient. Takes diclofenac occasionally for knee pains.
O/E: Middle-aged man, not in distress, moderately pale, anicteric, acyanosed, not dehydrated. PR 96/min regular, BP 136/82mmHg. Chest clinically clear. Abdomen full, moves with respiration, no organomegaly, no mass. DRE not done.
Imp: ?Anaemia for evaluation. Plan: FBC, serum ferritin, malaria RDT. Review with results.
""", gp, e1, "GOPD clinic note")
    R.lab("hb_gdL", 9.1, "2026-07-14", (13.0, 17.0), e1, text="Haemoglobin")
    R.lab("mcv", 68, "2026-07-14", (80, 100), e1, text="MCV")
    R.lab("wbc", 5.6, "2026-07-14", (4.0, 11.0), e1, text="WBC")
    R.lab("plt", 410, "2026-07-14", (150, 450), e1, text="Platelets")
    rdt(R, "lab-rdt", "2026-07-14", e1)
    fer = R.lab("ferritin", 8, "2026-07-16", (30, 400), e1, text="Serum ferritin")
    e2 = clinic(R, "enc-gopd2", "2026-07-17", gp, o, "GOPD General Outpatient Clinic", "Result review")
    c_ida = R.condition("cond-ida", icd("D50.9", "Iron deficiency anaemia, unspecified"), "2026-07-17", recorder=gp, enc=e2,
                        evidence=[{"detail": [ref(fer)]}])
    R.note("note-gopd2", "2026-07-17", LOINC_NOTE["progress"], """
GOPD review. Results: Hb 9.1g/dl, MCV 68fl, ferritin 8ug/L. Malaria RDT negative.
Imp: Iron deficiency anaemia.
Plan: Tab ferrous sulphate 200mg tds, tab folic acid 5mg daily, tab vitamin C. Advised on diet (beans, green vegetables, liver). Review in 2/12 at MOPD with BP.
""", gp, e2, "GOPD clinic note")
    R.med_request("mr-fe", atc("B03AA07", "ferrous sulfate", "Tab ferrous sulphate 200mg"), "2026-07-17", "1 tab three times daily x 3/12",
                  requester=gp, reason_refs=[c_ida])
    R.med_request("mr-fol", atc("B03BB01", "folic acid", "Tab folic acid 5mg"), "2026-07-17", "1 tab daily", requester=gp, reason_refs=[c_ida])
    R.med_request("mr-amlo", atc("C08CA01", "amlodipine", "Tab amlodipine 10mg"), "2025-03-02", "1 tab daily", requester=mo, reason_refs=[c_htn])
    R.med_request("mr-tams", atc("G04CA02", "tamsulosin", "Cap tamsulosin 0.4mg"), "2022-06-14", "1 cap nocte", requester=mo)
    e3 = clinic(R, "enc-mopd", "2026-09-22", mo, o, "MOPD Medical Outpatient Clinic", "Hypertension review")
    R.vitals("2026-09-22", e3, bp=(138, 84), hr=88, wt=70)
    R.note("note-mopd", "2026-09-22", LOINC_NOTE["progress"], """
MOPD. Known hypertensive, BP controlled on amlodipine 10mg. Also on haematinics for anaemia from GOPD, says he is still getting tired but better. Still mildly pale.
Plan: Continue medications. Refill haematinics. Repeat FBC at next visit. TCA 2/12.
""", mo, e3, "MOPD clinic note")
    e4 = clinic(R, "enc-gopd3", "2026-11-24", gp, o, "GOPD General Outpatient Clinic", "Drug refill")
    R.vitals("2026-11-24", e4, bp=(134, 80), hr=90, wt=69)
    R.note("note-gopd3", "2026-11-24", LOINC_NOTE["progress"], """
GOPD. Came for drug refill. Still on haematinics, tolerating. Mild pallor persists. No new complaints. FBC not done (patient did not go to the lab due to cost). Refill given. TCA 3/12.
""", gp, e4, "GOPD clinic note")
    R.lab("psa", 2.1, "2025-06-10", (None, 4.0), text="PSA (total)")


def ng_fit_followed(R):
    """PERSISTENT_SYMPTOMS_NORMAL_WORKUP near miss: positive faecal occult blood followed by colonoscopy within 4 weeks."""
    o = setup(R)
    patient(R, "Funmilayo", "Adeyemi", "female", "1968-01-26", "KUTH/2017/11402", "Market Road, Shop 44", "New Bussa", "+234 803 555 1402")
    cover(R, o, "NHIA/FS/NG/0111402", "2017-05-01")
    gp = doc(R, "dr-adeleke", "Oluwaseun", "Adeleke", "Family Physician (GOPD)", "MDCN/R/41266")
    gi = doc(R, "dr-eze", "Emeka", "Eze", "Gastroenterologist", "MDCN/R/29117")
    R.condition("cond-htn", icd("I10", "Essential (primary) hypertension"), "2015-08-03")
    R.condition("cond-oa", icd("M17.0", "Primary gonarthrosis, bilateral", "Bilateral knee osteoarthritis"), "2020-01-20")
    e1 = clinic(R, "enc-gopd1", "2026-05-12", gp, o, "GOPD General Outpatient Clinic", "Constipation and streaks of blood on stool")
    R.vitals("2026-05-12", e1, bp=(132, 84), hr=78, wt=82)
    c_sym = R.condition("cond-rb", icd("K62.5", "Haemorrhage of anus and rectum", "Bright red blood per rectum"), "2026-04-20",
                        clinical="resolved", abatement="2026-08-04", category="encounter-diagnosis")
    fit = R.obs("lab-fit", cc(("loinc", "29771-3", "Hemoglobin.gastrointestinal [Presence] in Stool by Immunoassay"), text="Faecal occult blood (FIT)"),
                "2026-05-12", cc(("sct", "10828004", "Positive"), text="Positive"), enc=e1, interp="POS")
    R.lab("hb_gdL", 12.6, "2026-05-12", (12.0, 16.0), e1, text="Haemoglobin")
    R.lab("mcv", 86, "2026-05-12", (80, 100), e1, text="MCV")
    R.note("note-gopd1", "2026-05-12", LOINC_NOTE["progress"], """
GOPD. 58yr old trader, c/o hard stools and streaks of fresh blood on stool of 3/52. No weight loss, no change in appetite. No family hx of colon cancer.
O/E: Not pale. Abdomen soft, non-tender, no mass. 
FOBT (FIT): POSITIVE.
Imp: Rectal bleeding with positive FOBT - to r/o colorectal malignancy.
Plan: Refer Gastroenterology for colonoscopy (urgent). High fibre diet, increase fluid intake.
""", gp, e1, "GOPD clinic note")
    R.service_request("sr-colo", cc((LPROC, "GI-COLO-01", "Colonoscopy (diagnostic)"), text="Colonoscopy"), "2026-05-12", "completed", "order",
                      gp, gi, reason_refs=[c_sym], supporting=[fit], priority="urgent", enc=e1)
    e2 = clinic(R, "enc-endo", "2026-06-09", gi, o, "Endoscopy Suite", "Colonoscopy")
    R.procedure("proc-colo", cc((LPROC, "GI-COLO-01", "Colonoscopy (diagnostic)"), ("sct", "73761001", "Colonoscopy"), text="Colonoscopy"),
                "2026-06-09", performer=gi, enc=e2, reason_refs=[c_sym],
                note="Caecum reached, good bowel prep. Grade II internal haemorrhoids. Few sigmoid diverticula. No polyp, no mass.")
    R.condition("cond-haem", icd("K64.1", "Second degree haemorrhoids"), "2026-06-09", recorder=gi)
    R.condition("cond-div", icd("K57.3", "Diverticular disease of large intestine without perforation or abscess", "Sigmoid diverticulosis"),
                "2026-06-09", recorder=gi)
    R.note("note-colo", "2026-06-09", LOINC_NOTE["procedure"], """
COLONOSCOPY REPORT. Indication: rectal bleeding, positive FOBT.
Findings: Caecum reached, ileocaecal valve identified. Good preparation. Few small diverticula in the sigmoid colon. Grade II internal haemorrhoids on retroflexion. No polyp, no mass, no colitis.
Conclusion: Haemorrhoids and sigmoid diverticulosis account for the bleeding. No evidence of malignancy.
Plan: High fibre diet, stool softener, sitz bath. Review in GOPD.
""", gi, e2, "Colonoscopy report")
    R.med_request("mr-lact", atc("A06AD11", "lactulose", "Lactulose syrup"), "2026-06-09", "15ml twice daily", requester=gi)
    e3 = clinic(R, "enc-gopd2", "2026-08-04", gp, o, "GOPD General Outpatient Clinic", "Review after colonoscopy")
    R.lab("hb_gdL", 12.9, "2026-08-04", (12.0, 16.0), e3, text="Haemoglobin")
    R.note("note-gopd2", "2026-08-04", LOINC_NOTE["progress"], """
GOPD review. Colonoscopy done 09/06/2026: haemorrhoids and diverticulosis, no malignancy. No more bleeding since she started high fibre diet. Stools soft. Hb 12.9.
Plan: Continue diet. Discharged from this problem. Continue HTN care.
""", gp, e3, "GOPD clinic note")
    R.med_request("mr-lisin", atc("C09AA03", "lisinopril", "Tab lisinopril 10mg"), "2024-02-01", "1 tab daily", requester=gp)


def ng_malaria_label(R):
    """DIAGNOSIS_SYMPTOM_MISMATCH positive: 'malaria' label for 6 months with negative films, weight loss, lymphadenopathy, ESR 92."""
    o = setup(R, nhia=False)
    patient(R, "Chukwuemeka", "Nwosu", "male", "1992-11-03", "KUTH/2026/05533", "Behind Central Mosque, Kainji Road", "New Bussa",
            "+234 813 555 5533")
    cover(R, o, None, "2026-05-20", nhia=False)
    gp = doc(R, "dr-bamidele", "Tunde", "Bamidele", "Medical Officer (GOPD)", "MDCN/R/52019")
    gp2 = doc(R, "dr-yusuf", "Zainab", "Yusuf", "Medical Officer (GOPD)", "MDCN/R/55730")
    c_mal = R.condition("cond-mal", icd("B54", "Unspecified malaria", "Malaria"), "2026-05-20", recorder=gp, category="problem-list-item",
                        note="Recurrent malaria - treated 4 times (May, June, Aug, Oct 2026).")
    al = atc("P01BF01", "artemether and lumefantrine", "Tab artemether-lumefantrine 80/480mg")
    visits = [("2026-05-20", gp, 38.6, 68), ("2026-06-24", gp2, 38.2, 66), ("2026-08-19", gp, 38.4, 63), ("2026-10-07", gp2, 38.1, 61),
              ("2026-11-18", gp, 38.4, 60)]
    encs = []
    for i, (d, who, t, w) in enumerate(visits, 1):
        e = clinic(R, f"enc-gopd{i}", d, who, o, "GOPD General Outpatient Clinic", "Fever")
        encs.append(e)
        R.vitals(d, e, temp=t, wt=w, hr=[96, 92, 100, 98, 102][i - 1])
    rdt(R, "lab-rdt1", "2026-05-20", encs[0])
    R.med_request("mr-al1", al, "2026-05-20", "4 tabs stat, 4 tabs after 8hrs, then 4 tabs bd for 2 days", status="completed",
                  requester=gp, reason_refs=[c_mal])
    R.note("note-1", "2026-05-20", LOINC_NOTE["progress"], """
GOPD. 33yr old motorcycle mechanic, c/o fever x 2/52, headache, body weakness. No cough. No urinary symptoms.
O/E: febrile 38.6C, not pale, anicteric. No lymphadenopathy noted. Chest clear. No organomegaly.
mRDT negative.
Imp: Malaria.
Plan: Tab artemether-lumefantrine (Coartem) x 3/7, Tab PCM 1g tds. Return if no improvement.
""", gp, encs[0], "GOPD clinic note")
    film(R, "lab-mp2", "2026-06-24", encs[1])
    R.med_request("mr-al2", al, "2026-06-24", "Standard 3-day course", status="completed", requester=gp2, reason_refs=[c_mal])
    R.med_request("mr-art", atc("P01BE02", "artemether", "Inj artemether 80mg"), "2026-06-24", "160mg IM stat then 80mg daily x 4 days",
                  status="completed", requester=gp2, reason_refs=[c_mal])
    R.note("note-2", "2026-06-24", LOINC_NOTE["progress"], """
GOPD. Fever recurred 1/52 after completing Coartem. Now with night sweats. MP thick film: no parasites seen.
Imp: Recurrent malaria ?partially treated.
Plan: Inj artemether 160mg IM stat then 80mg daily x 4/7, then repeat ACT. PCM.
""", gp2, encs[1], "GOPD clinic note")
    film(R, "lab-mp3", "2026-08-19", encs[2])
    R.lab("esr", 92, "2026-08-19", (0, 15), encs[2], text="ESR (Westergren)")
    R.lab("hb_gdL", 11.4, "2026-08-19", (13.0, 17.0), encs[2], text="Haemoglobin")
    R.lab("mcv", 84, "2026-08-19", (80, 100), encs[2], text="MCV")
    R.lab("wbc", 4.1, "2026-08-19", (4.0, 11.0), encs[2], text="WBC")
    rvs(R, "lab-rvs", "2026-08-19", encs[2])
    R.med_request("mr-al3", al, "2026-08-19", "Standard 3-day course", status="completed", requester=gp, reason_refs=[c_mal])
    R.note("note-3", "2026-08-19", LOINC_NOTE["progress"], """
GOPD. Persistent evening fevers and drenching night sweats. Weight down from 68kg (May) to 63kg. Appetite reduced. No cough reported.
MP: no parasites seen. ESR 92mm/hr. Hb 11.4g/dl. RVS non-reactive.
Imp: Malaria (recurrent).
Plan: Repeat ACT. Haematinics. Review 4/52.
""", gp, encs[2], "GOPD clinic note")
    film(R, "lab-mp4", "2026-10-07", encs[3])
    R.obs("exam-ln", cc(("sct", "30746006", "Lymphadenopathy"), text="Cervical lymph node examination"), "2026-10-07",
          "Right posterior cervical lymph node 2.5 x 2cm, firm, non-tender, matted.", category="exam", enc=encs[3], interp="A")
    R.med_request("mr-al4", al, "2026-10-07", "Standard 3-day course", status="completed", requester=gp2, reason_refs=[c_mal])
    R.note("note-4", "2026-10-07", LOINC_NOTE["progress"], """
GOPD. Still having fever on and off, night sweats. Weight 61kg. Now noticed swelling on right side of neck x 3/52.
O/E: Febrile 38.1C. Right posterior cervical lymph node 2.5cm, firm, non-tender.
MP: no parasites.
Imp: Recurrent malaria. ?Typhoid.
Plan: ACT again, PCM, Tab ciprofloxacin 500mg bd x 7/7. Review 6/52.
""", gp2, encs[3], "GOPD clinic note")
    R.med_request("mr-cipro", atc("J01MA02", "ciprofloxacin", "Tab ciprofloxacin 500mg"), "2026-10-07", "1 tab bd x 7 days",
                  status="completed", requester=gp2)
    R.note("note-5", "2026-11-18", LOINC_NOTE["progress"], """
GOPD. Fever persists. Patient says he has spent a lot of money on malaria drugs and he is not getting better, has stopped going to work at the mechanic workshop. Weight 60kg (8kg loss since May). Neck swelling still present.
Imp: Malaria - not responding.
Plan: Change ACT to dihydroartemisinin-piperaquine. PCM. Review 4/52.
""", gp, encs[4], "GOPD clinic note")
    R.med_request("mr-dhap", atc("P01BF05", "artenimol and piperaquine", "Tab dihydroartemisinin-piperaquine 40/320mg"), "2026-11-18",
                  "3 tabs daily x 3 days", requester=gp, reason_refs=[c_mal])


def ng_minor_excision(R):
    """MAJOR_PROCEDURE_PLANNED near miss: only a minor excision of an epidermal cyst under local anaesthesia is planned."""
    o = setup(R)
    patient(R, "Ngozi", "Okafor", "female", "1985-06-17", "KUTH/2019/08844", "Staff Quarters, Govt. Secondary School", "New Bussa",
            "+234 809 555 8844")
    cover(R, o, "NHIA/FS/NG/0188440", "2019-09-01")
    gp = doc(R, "dr-adeleke", "Oluwaseun", "Adeleke", "Family Physician (GOPD)", "MDCN/R/41266")
    su = doc(R, "dr-ajibola", "Femi", "Ajibola", "General Surgeon", "MDCN/R/30655")
    c_htn = R.condition("cond-htn", icd("I10", "Essential (primary) hypertension"), "2023-03-15")
    c_ast = R.condition("cond-asthma", icd("J45.9", "Asthma, unspecified", "Mild intermittent asthma"), "2004-07-01")
    e1 = clinic(R, "enc-gopd", "2026-10-13", gp, o, "GOPD General Outpatient Clinic", "Swelling on the back")
    R.vitals("2026-10-13", e1, bp=(128, 82), hr=76, wt=74, temp=36.6)
    c_cyst = R.condition("cond-cyst", icd("L72.0", "Epidermal cyst", "Epidermal (sebaceous) cyst, upper back"), "2026-10-13", recorder=gp)
    R.note("note-gopd", "2026-10-13", LOINC_NOTE["progress"], """
GOPD. 41yr old teacher, known hypertensive and asthmatic, c/o painless swelling on the upper back x 3yrs, occasional cheesy discharge. No fever.
O/E: 3 x 2cm cystic swelling, central punctum, mobile, not tender, no signs of inflammation.
Imp: Epidermal (sebaceous) cyst.
Plan: Refer General Surgery for excision.
""", gp, e1, "GOPD clinic note")
    e2 = clinic(R, "enc-sopd", "2026-11-03", su, o, "SOPD Surgical Outpatient Clinic", "Sebaceous cyst")
    R.lab("hb_gdL", 12.4, "2026-11-03", (12.0, 16.0), e2, text="Haemoglobin")
    R.lab("gluc_mmol", 4.9, "2026-11-03", (3.9, 6.1), e2, text="Fasting blood sugar")
    rvs(R, "lab-rvs", "2026-11-03", e2)
    R.obs("lab-hbsag", cc(("loinc", "5196-1", "Hepatitis B virus surface Ag [Presence] in Serum or Plasma by Immunoassay"), text="HBsAg"),
          "2026-11-03", cc(("sct", "260385009", "Negative"), text="Negative"), enc=e2, interp="NEG")
    R.service_request("sr-exc", cc((LPROC, "MS-014", "Excision of subcutaneous cyst under local anaesthesia (minor theatre)"),
                                   text="Excision of epidermal cyst under local anaesthesia"),
                      "2026-11-03", "active", "order", su, o["h"], reason_refs=[c_cyst], occurrence="2026-12-08",
                      category=cc((LPROC, "MINOR", "Minor surgical procedure"), text="Minor surgery (day case)"), enc=e2,
                      note="Day case, minor theatre. Lignocaine 1% with adrenaline. No admission.")
    R.note("note-sopd", "2026-11-03", LOINC_NOTE["consult"], """
SOPD. Seen with epidermal cyst of upper back 3 x 2cm. Not infected.
Plan: Excision under local anaesthesia in the minor theatre as a day case on 08/12/2026. Consent obtained. Pre-op: PCV, FBS, RVS, HBsAg - all normal/non-reactive. Continue antihypertensives on the morning of procedure. Bring inhaler. Stitches off in 10 days at GOPD.
""", su, e2, "Surgical outpatient note")
    R.med_request("mr-amlo", atc("C08CA01", "amlodipine", "Tab amlodipine 5mg"), "2023-03-15", "1 tab daily", requester=gp, reason_refs=[c_htn])
    R.med_request("mr-salb", atc("R03AC02", "salbutamol", "Salbutamol inhaler 100mcg/dose"), "2024-01-10", "2 puffs as needed",
                  requester=gp, reason_refs=[c_ast])


def ng_cervix_palliative(R):
    """UNTREATABLE_PROGNOSIS positive: stage IVB cervical cancer, no treatment option, palliative care."""
    o = setup(R, nhia=False)
    patient(R, "Hauwa", "Abdullahi", "female", "1978-02-14", "KUTH/2026/03318", "Gidan Dogo Village, via Wawa", "Wawa", "+234 703 555 3318")
    cover(R, o, None, "2026-07-14", nhia=False)
    gy = doc(R, "dr-ajayi", "Folake", "Ajayi", "Consultant Obstetrician & Gynaecologist (Gynae-oncology)", "MDCN/R/27740")
    pc = doc(R, "dr-mohammed", "Aisha", "Mohammed", "Palliative Care Physician", "MDCN/R/38812")
    nu = R.practitioner("nurse-audu", "Rahila", "Audu", qual("Palliative care nurse", "RN", "Registered Nurse"))
    e1 = clinic(R, "enc-gopd", "2026-07-14", gy, o, "Gynaecology Clinic", "Offensive vaginal discharge, contact bleeding")
    R.vitals("2026-07-14", e1, bp=(118, 74), hr=102, wt=49, temp=37.2)
    c_ca = R.condition("cond-ca", icd("C53.9", "Malignant neoplasm: Cervix uteri, unspecified",
                                      "Squamous cell carcinoma of the cervix, FIGO stage IVB (lung metastases, para-aortic nodes)"),
                       "2026-07-21", recorder=gy, stage=[{"summary": cct("FIGO IVB")}])
    R.condition("cond-hydro", icd("N13.3", "Other and unspecified hydronephrosis", "Bilateral hydronephrosis (tumour obstruction)"),
                "2026-08-04")
    R.procedure("proc-bx", cc((LPROC, "GYN-BX-02", "Cervical punch biopsy"), text="Cervical punch biopsy"), "2026-07-14", performer=gy, enc=e1)
    R.report("dr-histo", cc((LLAB, "HISTO", "Histopathology"), text="Histopathology - cervical biopsy"), "2026-07-21",
             "Invasive moderately differentiated keratinising squamous cell carcinoma of the cervix.", category=DR_CAT["SP"], enc=e1)
    R.report("dr-ct", cc((LLAB, "CT-CAP", "CT chest/abdomen/pelvis"), text="CT scan chest, abdomen and pelvis"), "2026-08-04",
             "Bulky cervical mass extending to pelvic side walls and lower third of vagina. Bilateral hydroureteronephrosis. "
             "Para-aortic lymphadenopathy. Multiple bilateral pulmonary nodules in keeping with metastases.", category=DR_CAT["RAD"])
    R.lab("crea_umol", 310, "2026-08-04", (53, 97), text="Serum creatinine")
    R.lab("urea", 17.8, "2026-08-04", (2.5, 7.1), text="Serum urea")
    R.lab("hb_gdL", 8.9, "2026-08-04", (12.0, 16.0), text="Haemoglobin")
    rvs(R, "lab-rvs", "2026-07-14", e1)
    e2 = clinic(R, "enc-mdt", "2026-08-25", gy, o, "Gynae-oncology MDT", "Treatment planning")
    R.note("note-mdt", "2026-08-25", LOINC_NOTE["plan"], """
GYNAE-ONCOLOGY MDT (Gynaecology, Radiology, Pathology, Palliative care) 25/08/2026.
Mrs H.A., 48yrs, P7+0. SCC cervix FIGO IVB with lung metastases, para-aortic nodes and bilateral hydronephrosis, creatinine 310umol/L. ECOG 3.
Discussion: Not a candidate for chemoradiation or systemic chemotherapy (renal failure, poor performance status). Percutaneous nephrostomy considered but not feasible here and would not change outcome. No curative or life-prolonging treatment option is available for her.
Decision: For palliative care - pain control, management of bleeding and discharge, psychosocial support. Husband and first son counselled in Hausa, they understand.
""", gy, e2, "MDT decision")
    R.service_request("sr-pall", cc(("sct", "306237005", "Referral to palliative care service"), text="Referral to Palliative Care Unit"),
                      "2026-08-25", "completed", "order", gy, pc, reason_refs=[c_ca], enc=e2)
    R.careplan("cp-pall", "Palliative care plan", "active", "plan", cc(("sct", "103735009", "Palliative care"), text="Palliative care"),
               "2026-08-28", [{"description": "Oral morphine for pain, titrate to effect", "status": "in-progress"},
                              {"description": "Metronidazole vaginal pessaries/tranexamic acid for discharge and bleeding", "status": "in-progress"},
                              {"description": "Home visits by palliative care nurse every 2 weeks", "status": "in-progress", "performer": nu},
                              {"description": "Spiritual and family support; advance care planning", "status": "in-progress"}],
               [c_ca], pc, "Comfort-focused care at home in Wawa.")
    R.med_request("mr-morph", atc("N02AA01", "morphine", "Oral morphine solution 5mg/5ml"), "2026-08-28", "5mg 4-hourly and as needed for breakthrough pain",
                  requester=pc, reason_refs=[c_ca])
    R.med_request("mr-txa", atc("B02AA02", "tranexamic acid", "Tab tranexamic acid 500mg"), "2026-08-28", "1g tds when bleeding", requester=pc)
    R.med_request("mr-metro", atc("G01AF01", "metronidazole", "Metronidazole 500mg vaginal pessary"), "2026-08-28", "1 pessary nocte",
                  requester=pc)
    R.procedure("proc-tx", cc((LPROC, "BT-01", "Blood transfusion"), text="Transfusion of 2 units whole blood"), "2026-08-26",
                performer=gy, note="For Hb 8.9g/dl with ongoing vaginal bleeding.")
    e3 = R.encounter("enc-home", "2026-10-20", "HH", cct("Palliative care home visit"), cct("Palliative care"), [pc, nu], o["h"])
    R.note("note-home", "2026-10-20", LOINC_NOTE["progress"], """
PALLIATIVE CARE HOME VISIT, Wawa. Patient bedbound most of the day, pain controlled on oral morphine 10mg 4-hourly, bowels opened with lactulose. Vaginal bleeding reduced. Eating small amounts. Family caring well.
Plan: continue comfort care; morphine supply given; next visit 2/52.
""", pc, e3, "Palliative care home visit")


def ng_haemodialysis(R):
    """HIGH_IMPACT_TREATMENT positive: maintenance haemodialysis started November 2026."""
    o = setup(R)
    patient(R, "Ibrahim", "Ndagi", "male", "1982-09-30", "KUTH/2017/06610", "Ndayako Street", "New Bussa", "+234 806 555 6610")
    cover(R, o, "NHIA/FS/NG/0166100", "2012-01-01")
    ne = doc(R, "dr-usman", "Sani", "Usman", "Consultant Nephrologist", "MDCN/R/26903")
    mo = doc(R, "dr-ogundipe", "Kunle", "Ogundipe", "Physician (MOPD)", "MDCN/R/35802")
    c_htn = R.condition("cond-htn", icd("I10", "Essential (primary) hypertension"), "2017-04-11")
    c_ckd = R.condition("cond-ckd", icd("N18.5", "Chronic kidney disease, stage 5", "End-stage kidney disease (hypertensive nephrosclerosis)"),
                        "2025-12-02", recorder=ne, note="CKD stage 4 in Dec 2025; progressed to stage 5 with uraemia Oct 2026.")
    c_an = R.condition("cond-anaemia", icd("D63.8", "Anaemia in other chronic diseases classified elsewhere", "Anaemia of CKD"), "2026-10-29")
    e0 = clinic(R, "enc-mopd0", "2025-12-02", mo, o, "MOPD Renal Clinic", "Raised creatinine")
    R.lab("egfr", 18, "2025-12-02", (60, None), e0, text="eGFR (CKD-EPI)")
    R.lab("crea_umol", 354, "2025-12-02", (62, 106), e0, text="Serum creatinine")
    R.note("note-mopd0", "2025-12-02", LOINC_NOTE["progress"], """
Renal clinic. 43yr old civil servant, hypertensive x 8yrs, poorly compliant. Creatinine 354umol/L, eGFR 18. USS: small echogenic kidneys.
Imp: CKD stage 4 from hypertensive nephrosclerosis. Counselled on renal replacement therapy options and the need for regular follow up.
Plan: Amlodipine 10mg, low salt diet, TCA 6/52.
""", mo, e0, "Renal clinic note")
    e1 = R.encounter("enc-adm", "2026-10-29", "IMP", cct("Emergency admission, medical ward"), cct("Vomiting, breathlessness, reduced urine"),
                     ne, o["h"], end="2026-11-14", time="21:40", end_time="11:00",
                     hospitalization={"admitSource": cc(("http://terminology.hl7.org/CodeSystem/admit-source", "emd", "From accident/emergency department")),
                                      "dischargeDisposition": cc(("http://terminology.hl7.org/CodeSystem/discharge-disposition", "home", "Home"))})
    R.vitals("2026-10-29", e1, bp=(198, 118), hr=108, rr=28, spo2=91)
    R.lab("crea_umol", 1120, "2026-10-29", (62, 106), e1, text="Serum creatinine")
    R.lab("urea", 38.2, "2026-10-29", (2.5, 7.1), e1, text="Serum urea")
    R.lab("k", 6.4, "2026-10-29", (3.5, 5.1), e1, text="Serum potassium")
    R.lab("egfr", 5, "2026-10-29", (60, None), e1, text="eGFR (CKD-EPI)")
    R.lab("hb_gdL", 7.2, "2026-10-29", (13.0, 17.0), e1, text="Haemoglobin")
    R.procedure("proc-cath", cc((LPROC, "REN-CVC-01", "Insertion of temporary femoral haemodialysis catheter"), text="Right femoral dialysis catheter insertion"),
                "2026-10-29", performer=ne, enc=e1, reason_refs=[c_ckd])
    for i, d in enumerate(["2026-10-29", "2026-10-31", "2026-11-03", "2026-11-07", "2026-11-11", "2026-11-25"], 1):
        R.procedure(f"proc-hd{i}", cc(("sct", "302497006", "Hemodialysis"), (LPROC, "REN-HD-01", "Haemodialysis session (4 hours)"),
                                      text="Haemodialysis session"), d, performer=ne, enc=e1 if i <= 5 else None, reason_refs=[c_ckd])
    R.careplan("cp-hd", "Maintenance haemodialysis", "active", "plan", cc(("sct", "302497006", "Hemodialysis"), text="Renal replacement therapy"),
               "2026-11-14", [{"description": "Haemodialysis 4 hours twice weekly (Tue/Fri) via tunnelled/femoral catheter", "status": "in-progress",
                               "performer": ne},
                              {"description": "Subcutaneous erythropoietin 4000 IU twice weekly after dialysis", "status": "in-progress"},
                              {"description": "Renal diet, fluid restriction 1 litre/day", "status": "in-progress"}],
               [c_ckd], ne, "Lifelong dialysis unless transplanted; family counselled on cost (NHIA covers part of the sessions).")
    R.note("note-dc", "2026-11-14", LOINC_NOTE["discharge"], """
DISCHARGE SUMMARY. Adm 29/10/2026 - Disch 14/11/2026. Medical ward.
Dx: End-stage kidney disease (hypertensive nephrosclerosis), uraemic syndrome, hyperkalaemia, anaemia of CKD.
Patient defaulted from renal clinic after Dec 2025 and stopped his drugs because of cost. Presented via emergency with vomiting, breathlessness and reduced urine output. Creatinine 1120, K 6.4.
Mx: Emergency haemodialysis via right femoral catheter, 5 sessions on admission. Transfused 2 units. Now stable, uraemic symptoms resolved.
Plan: Maintenance haemodialysis twice weekly as outpatient (started), erythropoietin, antihypertensives. Counselled patient and wife that he will need dialysis for life unless he gets a kidney transplant; work as a civil servant will need to be adjusted around dialysis days.
""", ne, e1, "Discharge summary")
    R.med_request("mr-amlo", atc("C08CA01", "amlodipine", "Tab amlodipine 10mg"), "2026-11-14", "1 tab daily", requester=ne, reason_refs=[c_htn])
    R.med_request("mr-epo", atc("B03XA01", "erythropoietin", "Inj erythropoietin 4000 IU"), "2026-11-14", "4000 IU SC twice weekly after dialysis",
                  requester=ne, reason_refs=[c_an])
    R.med_request("mr-caco3", atc("A12AA04", "calcium carbonate", "Tab calcium carbonate 500mg"), "2026-11-14", "1 tab tds with meals", requester=ne)


def ng_ckd_no_dialysis(R):
    """HIGH_IMPACT_TREATMENT near miss: dialysis only asked about; stable CKD 3a, explicitly not indicated."""
    o = setup(R)
    patient(R, "Grace", "Etim", "female", "1959-05-05", "KUTH/2013/00977", "Nurses' Quarters Extension", "New Bussa", "+234 802 555 0977")
    cover(R, o, "NHIA/FS/NG/0009770", "2013-01-01")
    ne = doc(R, "dr-usman", "Sani", "Usman", "Consultant Nephrologist", "MDCN/R/26903")
    en = doc(R, "dr-chukwu", "Ifeoma", "Chukwu", "Consultant Endocrinologist", "MDCN/R/31456")
    c_dm = R.condition("cond-dm", icd("E11.9", "Type 2 diabetes mellitus without complications"), "2011-08-10")
    c_htn = R.condition("cond-htn", icd("I10", "Essential (primary) hypertension"), "2009-02-03")
    c_ckd = R.condition("cond-ckd", icd("N18.3", "Chronic kidney disease, stage 3", "CKD stage 3a (diabetic/hypertensive)"), "2023-05-16", recorder=ne)
    for i, (d, eg, a1c, bp) in enumerate([("2026-02-10", 52, 6.9, (134, 78)), ("2026-06-09", 50, 7.0, (132, 80)),
                                           ("2026-10-13", 51, 6.8, (130, 76))], 1):
        e = clinic(R, f"enc-renal{i}", d, ne, o, "MOPD Renal Clinic", "CKD follow-up")
        R.lab("egfr", eg, d, (60, None), e, text="eGFR (CKD-EPI)")
        R.lab("hba1c", a1c, d, (4.0, 6.0), e, text="HbA1c")
        R.vitals(d, e, bp=bp, wt=[76, 75, 76][i - 1])
    R.lab("k", 4.6, "2026-10-13", (3.5, 5.1), text="Serum potassium")
    R.lab("hb_gdL", 12.3, "2026-10-13", (12.0, 16.0), text="Haemoglobin")
    R.note("note-renal3", "2026-10-13", LOINC_NOTE["progress"], """
RENAL CLINIC. 67yr old retired nurse, T2DM and HTN, CKD 3a. Came with her daughter.
eGFR 52 -> 50 -> 51 over this year, stable for 3 years. BP 130/76. HbA1c 6.8%. K 4.6. Hb 12.3.
The patient and daughter asked if she will need dialysis like her late brother. Counselled: her kidney function has been stable; there is no indication for dialysis now and none is anticipated in the near future with good BP and sugar control. Not for renal replacement therapy planning at this stage.
Plan: Continue lisinopril, amlodipine, metformin (dose reduced), atorvastatin. Avoid NSAIDs and herbal concoctions. TCA 4/12.
""", ne, None, "Renal clinic note")
    R.med_request("mr-met", atc("A10BA02", "metformin", "Tab metformin 500mg"), "2023-05-16", "1 tab bd", requester=en, reason_refs=[c_dm])
    R.med_request("mr-lisin", atc("C09AA03", "lisinopril", "Tab lisinopril 10mg"), "2019-01-15", "1 tab daily", requester=ne, reason_refs=[c_htn, c_ckd])
    R.med_request("mr-amlo", atc("C08CA01", "amlodipine", "Tab amlodipine 5mg"), "2019-01-15", "1 tab daily", requester=ne, reason_refs=[c_htn])
    R.med_request("mr-ator", atc("C10AA05", "atorvastatin", "Tab atorvastatin 20mg"), "2020-04-02", "1 tab nocte", requester=en)


def ng_survey_no(R):
    """PATIENT_REPORTED_CONCERN near miss: patient-experience questionnaire answered 'No' to a second opinion."""
    o = setup(R)
    patient(R, "Yetunde", "Bakare", "female", "1990-03-08", "KUTH/2026/04120", "GRA Phase 2, Plot 7", "New Bussa", "+234 817 555 4120")
    cover(R, o, "NHIA/FS/NG/0241200", "2024-02-01")
    mo = doc(R, "dr-ogundipe", "Kunle", "Ogundipe", "Physician (MOPD)", "MDCN/R/35802")
    c_htn = R.condition("cond-htn", icd("I10", "Essential (primary) hypertension", "Essential hypertension (young onset, secondary causes excluded)"),
                        "2026-06-23", recorder=mo)
    R.condition("cond-ob", icd("E66.9", "Obesity, unspecified", "Obesity (BMI 32)"), "2026-06-23")
    bps = [("2026-06-23", (158, 100)), ("2026-08-18", (142, 92)), ("2026-10-20", (132, 84))]
    encs = []
    for i, (d, bp) in enumerate(bps, 1):
        e = clinic(R, f"enc-mopd{i}", d, mo, o, "MOPD Medical Outpatient Clinic", "Hypertension")
        encs.append(e)
        R.vitals(d, e, bp=bp, wt=[88, 87, 85][i - 1], hr=[84, 80, 78][i - 1])
    R.lab("k", 4.1, "2026-06-23", (3.5, 5.1), encs[0], text="Serum potassium")
    R.lab("na", 139, "2026-06-23", (135, 145), encs[0], text="Serum sodium")
    R.lab("crea_umol", 68, "2026-06-23", (53, 97), encs[0], text="Serum creatinine")
    R.lab("tsh", 2.2, "2026-06-23", (0.4, 4.0), encs[0], text="TSH")
    R.report("dr-uss", cc((LLAB, "USS-RENAL", "Renal ultrasound"), text="Abdominal/renal ultrasound scan"), "2026-07-02",
             "Both kidneys normal in size and echotexture. No renal artery abnormality on Doppler. Adrenals not visualised as enlarged.",
             category=DR_CAT["RAD"])
    R.med_request("mr-amlo", atc("C08CA01", "amlodipine", "Tab amlodipine 5mg"), "2026-06-23", "1 tab daily", requester=mo, reason_refs=[c_htn])
    R.note("note-mopd3", "2026-10-20", LOINC_NOTE["progress"], """
MOPD. 36yr old banker, essential hypertension diagnosed 06/2026. Secondary causes screened: electrolytes, creatinine, TSH, renal USS - all normal. On amlodipine 5mg. BP now 132/84 (from 158/100). Lost 3kg with diet and walking.
She asked whether she can stop the drugs some day - explained lifestyle measures may allow dose reduction but BP must be monitored.
Plan: Continue. Home BP monitoring. TCA 3/12. Patient experience survey given.
""", mo, encs[2], "MOPD clinic note")
    R.questionnaire_response("qr-exp", "https://emr.kuth.example.ng/fhir/Questionnaire/patient-experience-opd|2.1", "2026-10-20",
                             R.patient, R.patient, [
                                 {"linkId": "1", "text": "Did the doctor listen carefully to you?",
                                  "answer": [{"valueCoding": YES}]},
                                 {"linkId": "2", "text": "Were your questions answered in a way you understood?",
                                  "answer": [{"valueCoding": YES}]},
                                 {"linkId": "3", "text": "Would you like a second medical opinion about your diagnosis or treatment?",
                                  "answer": [{"valueCoding": NO}]},
                                 {"linkId": "4", "text": "How long did you wait before seeing the doctor?",
                                  "answer": [{"valueString": "About 2 hours"}]},
                                 {"linkId": "5", "text": "Any other comment?",
                                  "answer": [{"valueString": "The doctor explained well. I just want to know if I can stop the drugs after some time."}]},
                             ], enc=encs[2])


def ng_diabetes_worsening(R):
    """WORSENING_DESPITE_TREATMENT positive: HbA1c 7.6 -> 10.1 % over 10 months on metformin + glibenclamide with adherence."""
    o = setup(R)
    patient(R, "Adebayo", "Ogunleye", "male", "1970-12-19", "KUTH/2019/07718", "Federal Low-cost Housing, Block C", "New Bussa",
            "+234 805 555 7718")
    cover(R, o, "NHIA/FS/NG/0177180", "2015-01-01")
    en = doc(R, "dr-chukwu", "Ifeoma", "Chukwu", "Consultant Endocrinologist", "MDCN/R/31456")
    mo = doc(R, "dr-ogundipe", "Kunle", "Ogundipe", "Physician (MOPD)", "MDCN/R/35802")
    c_dm = R.condition("cond-dm", icd("E11.9", "Type 2 diabetes mellitus without complications"), "2019-03-04")
    c_htn = R.condition("cond-htn", icd("I10", "Essential (primary) hypertension"), "2018-07-20")
    R.condition("cond-lip", icd("E78.5", "Hyperlipidaemia, unspecified", "Dyslipidaemia"), "2021-03-15")
    met = atc("A10BA02", "metformin", "Tab metformin 1g")
    gli = atc("A10BB01", "glibenclamide", "Tab glibenclamide 5mg")
    R.med_request("mr-met", met, "2026-01-20", "1 tab twice daily with meals", requester=mo, reason_refs=[c_dm],
                  note="Continued (on this dose since March 2021).")
    R.med_request("mr-gli", gli, "2026-01-20", "1 tab twice daily before meals", requester=mo, reason_refs=[c_dm],
                  note="Continued (on this dose since March 2021).")
    R.med_statement("ms-met", met, "active", "2021-03-15", dosage="1g bd", reason_refs=[c_dm], source=R.patient, asserted="2026-11-23",
                    note="Pill count at each visit consistent with adherence; wife supervises.")
    R.med_statement("ms-gli", gli, "active", "2021-03-15", dosage="5mg bd", reason_refs=[c_dm], source=R.patient, asserted="2026-11-23")
    R.med_request("mr-lisin", atc("C09AA03", "lisinopril", "Tab lisinopril 20mg"), "2026-01-20", "1 tab daily", requester=mo, reason_refs=[c_htn])
    R.med_request("mr-ator", atc("C10AA05", "atorvastatin", "Tab atorvastatin 20mg"), "2026-01-20", "1 tab nocte", requester=mo)
    vals = [("2026-01-20", 7.6, 7.8, (134, 82)), ("2026-05-18", 8.4, 9.1, (132, 80)), ("2026-09-21", 9.5, 10.6, (130, 82)),
            ("2026-11-23", 10.1, 11.9, (132, 78))]
    encs = []
    for i, (d, a1c, fbg, bp) in enumerate(vals, 1):
        e = clinic(R, f"enc-dm{i}", d, mo if i < 4 else en, o, "MOPD Diabetes Clinic", "Diabetes review")
        encs.append(e)
        R.lab("hba1c", a1c, d, (4.0, 6.0), e, text="HbA1c")
        R.lab("gluc_mmol", fbg, d, (3.9, 6.1), e, text="Fasting blood sugar")
        R.vitals(d, e, bp=bp, wt=[92, 91, 90, 89][i - 1])
    R.lab("egfr", 88, "2026-09-21", (60, None), encs[2], text="eGFR (CKD-EPI)")
    R.note("note-dm3", "2026-09-21", LOINC_NOTE["progress"], """
DIABETES CLINIC. HbA1c 9.5% (was 7.6% in Jan, 8.4% in May). FBS 10.6mmol/L. Pt insists he takes his drugs, pill count correct, wife confirms. Seen by dietitian in June, following diet. No steroid use, no herbal mixtures.
Imp: Poorly controlled T2DM despite adherence to metformin 1g bd + glibenclamide 5mg bd.
Plan: Counselled on insulin - pt reluctant. Continue for now, recheck in 2/12.
""", mo, encs[2], "Diabetes clinic note")
    R.note("note-dm4", "2026-11-23", LOINC_NOTE["consult"], """
ENDOCRINE REVIEW. HbA1c now 10.1%, FBS 11.9mmol/L. Weight down 3kg this year, polyuria and nocturia x 2/12. Adherence confirmed again.
Imp: T2DM with progressive loss of glycaemic control on maximal oral therapy (metformin + SU) over the last 10 months.
Plan: Start basal insulin (NPH 10 units nocte) - pt to think about it and discuss with wife. Diabetic foot and eye review. TCA 4/52.
""", en, encs[3], "Endocrinology note")
    R.service_request("sr-eye", cc((LPROC, "OPH-FUNDUS", "Dilated fundoscopy (diabetic eye screening)"), text="Diabetic eye screening"),
                      "2026-11-23", "active", "order", en, reason_refs=[c_dm], occurrence="2026-12-14", enc=encs[3])


def ng_multimorbidity(R):
    """RARE_OR_COMPLEX_CONDITION positive: six active chronic conditions across infectious disease, endocrine, nephrology, cardiology, orthopaedics."""
    o = setup(R)
    patient(R, "Kehinde", "Oladipo", "female", "1964-08-11", "KUTH/2008/00318", "Ansarul Islam Street", "New Bussa", "+234 803 555 0318")
    cover(R, o, "NHIA/FS/NG/0003180", "2010-01-01")
    idp = doc(R, "dr-bello", "Aminu", "Bello", "Consultant Physician (Infectious Diseases / ART clinic)", "MDCN/R/24019")
    en = doc(R, "dr-chukwu", "Ifeoma", "Chukwu", "Consultant Endocrinologist", "MDCN/R/31456")
    ne = doc(R, "dr-usman", "Sani", "Usman", "Consultant Nephrologist", "MDCN/R/26903")
    orth = doc(R, "dr-okon", "Bassey", "Okon", "Orthopaedic Surgeon", "MDCN/R/33390")
    c_hiv = R.condition("cond-hiv", cc(("sct", "86406008", "Human immunodeficiency virus infection"),
                                       ("icd10", "B24", "Unspecified human immunodeficiency virus [HIV] disease"),
                                       text="HIV-1 infection on ART, virally suppressed"),
                        "2008-03-12", recorder=idp)
    c_hbv = R.condition("cond-hbv", icd("B18.1", "Chronic viral hepatitis B without delta-agent", "Chronic hepatitis B (HIV co-infection)"),
                        "2008-03-12", recorder=idp)
    c_htn = R.condition("cond-htn", icd("I10", "Essential (primary) hypertension"), "2012-06-01")
    c_dm = R.condition("cond-dm", icd("E11.9", "Type 2 diabetes mellitus without complications"), "2016-09-20", recorder=en)
    c_ckd = R.condition("cond-ckd", icd("N18.3", "Chronic kidney disease, stage 3", "CKD stage 3a"), "2022-04-05", recorder=ne)
    c_oa = R.condition("cond-oa", icd("M17.0", "Primary gonarthrosis, bilateral", "Bilateral knee osteoarthritis"), "2019-11-11", recorder=orth)
    e1 = clinic(R, "enc-art", "2026-06-02", idp, o, "ART Clinic", "ART refill and monitoring")
    R.lab("cd4", 612, "2026-06-02", (500, 1500), e1, text="CD4 count")
    R.obs("lab-vl", cc(("loinc", "20447-9", "HIV 1 RNA [#/volume] (viral load) in Serum or Plasma by NAA with probe detection"), text="HIV-1 viral load"),
          "2026-06-02", "<50 copies/mL (target not detected)", enc=e1, interp="N")
    R.lab("alt", 28, "2026-06-02", (None, 40), e1, text="ALT")
    e2 = clinic(R, "enc-dm", "2026-07-14", en, o, "MOPD Diabetes Clinic", "Diabetes review")
    R.lab("hba1c", 7.1, "2026-07-14", (4.0, 6.0), e2, text="HbA1c")
    R.vitals("2026-07-14", e2, bp=(134, 80), wt=79)
    e3 = clinic(R, "enc-renal", "2026-09-08", ne, o, "MOPD Renal Clinic", "CKD follow-up")
    R.lab("egfr", 54, "2026-09-08", (60, None), e3, text="eGFR (CKD-EPI)")
    R.lab("k", 4.5, "2026-09-08", (3.5, 5.1), e3, text="Serum potassium")
    R.vitals("2026-09-08", e3, bp=(132, 78), wt=79)
    e4 = clinic(R, "enc-orth", "2026-10-06", orth, o, "Orthopaedic Clinic", "Knee pains")
    e5 = clinic(R, "enc-art2", "2026-11-10", idp, o, "ART Clinic", "ART refill")
    R.lab("hba1c", 7.0, "2026-11-10", (4.0, 6.0), e5, text="HbA1c")
    R.lab("egfr", 53, "2026-11-10", (60, None), e5, text="eGFR (CKD-EPI)")
    R.note("note-art2", "2026-11-10", LOINC_NOTE["progress"], """
ART CLINIC. 62yr old woman, HIV-1 on TLD since 2019 (previously TDF/3TC/EFV since 2008), VL <50, CD4 612. HBV co-infection covered by TDF/3TC, ALT normal. Also attends diabetes, renal and orthopaedic clinics: T2DM (HbA1c 7.0%), HTN (BP 132/78), CKD 3a (eGFR 53 - stable, TDF reviewed with renal team, benefit for HBV outweighs risk, creatinine monitored 3-monthly), bilateral knee OA on physiotherapy.
All conditions stable. Multiple clinic appointments - we discussed combining visits. 
Plan: Continue TLD, 6-month refill, labs in 3/12.
""", idp, e5, "ART clinic note")
    R.med_request("mr-tld", cct("Tenofovir disoproxil fumarate 300mg / lamivudine 300mg / dolutegravir 50mg (TLD) tablet"), "2026-11-10",
                  "1 tab daily", requester=idp, reason_refs=[c_hiv, c_hbv])
    R.med_request("mr-met", atc("A10BA02", "metformin", "Tab metformin 500mg"), "2026-07-14", "1 tab bd", requester=en, reason_refs=[c_dm],
                  note="Dose limited because of CKD and dolutegravir interaction.")
    R.med_request("mr-losar", atc("C09CA01", "losartan", "Tab losartan 50mg"), "2026-09-08", "1 tab daily", requester=ne, reason_refs=[c_htn, c_ckd])
    R.med_request("mr-amlo", atc("C08CA01", "amlodipine", "Tab amlodipine 5mg"), "2026-09-08", "1 tab daily", requester=ne, reason_refs=[c_htn])
    R.med_request("mr-pcm", atc("N02BE01", "paracetamol", "Tab paracetamol 500mg"), "2026-10-06", "1g tds as needed for knee pain (avoid NSAIDs)",
                  requester=orth, reason_refs=[c_oa])


CASES = [
    dict(key="ng_ida_no_followup", fn=ng_ida_no_followup, org="NG", target="PERSISTENT_SYMPTOMS_NORMAL_WORKUP", kind="positive",
         expected=["PERSISTENT_SYMPTOMS_NORMAL_WORKUP"],
         why="Red-flag e-trigger (Murphy 2014): iron-deficiency anaemia (Hb 9.1, MCV 68, ferritin 8) in a 63-year-old man in July 2026 with no GI evaluation, referral or repeat blood count in the 4+ months since; only haematinic refills.",
         summary="63-y man, new iron-deficiency anaemia treated with iron only; no endoscopy/referral in >60 days."),
    dict(key="ng_fit_followed", fn=ng_fit_followed, org="NG", target="PERSISTENT_SYMPTOMS_NORMAL_WORKUP", kind="near-miss",
         expected=[],
         why="The positive faecal occult blood result was followed by colonoscopy within 4 weeks, which explained the bleeding (haemorrhoids, diverticulosis); symptoms resolved.",
         summary="58-y woman, rectal bleeding with positive FIT; colonoscopy within 4 weeks benign; resolved."),
    dict(key="ng_malaria_label", fn=ng_malaria_label, org="NG", target="DIAGNOSIS_SYMPTOM_MISMATCH", kind="positive",
         expected=["DIAGNOSIS_SYMPTOM_MISMATCH"],
         why="A 'malaria' label has persisted six months with negative RDT/films while fevers, night sweats, 8 kg weight loss, cervical lymphadenopathy and ESR 92 continue - findings the label cannot account for.",
         summary="34-y self-paying mechanic treated five times for 'malaria' with negative films; B symptoms, node, ESR 92."),
    dict(key="ng_minor_excision", fn=ng_minor_excision, org="NG", target="MAJOR_PROCEDURE_PLANNED", kind="near-miss",
         expected=[],
         why="The only planned procedure is a day-case excision of an epidermal cyst under local anaesthesia in the minor theatre - a minor procedure.",
         summary="41-y teacher, epidermal cyst of the back; minor excision under LA booked for 8 Dec 2026."),
    dict(key="ng_cervix_palliative", fn=ng_cervix_palliative, org="NG", target="UNTREATABLE_PROGNOSIS", kind="positive",
         expected=["UNTREATABLE_PROGNOSIS"],
         why="MDT note states no curative or life-prolonging treatment option for FIGO IVB cervical cancer; palliative-care referral and active palliative CarePlan; no second opinion on record.",
         summary="48-y woman, stage IVB cervical cancer with renal failure; MDT: no treatment option, home palliative care."),
    dict(key="ng_haemodialysis", fn=ng_haemodialysis, org="NG", target="HIGH_IMPACT_TREATMENT", kind="positive",
         expected=["HIGH_IMPACT_TREATMENT"],
         why="Maintenance haemodialysis was started in Oct/Nov 2026 for end-stage kidney disease (dialysis Procedures, active dialysis CarePlan).",
         summary="44-y civil servant, ESKD after defaulting care; emergency then maintenance haemodialysis twice weekly."),
    dict(key="ng_ckd_no_dialysis", fn=ng_ckd_no_dialysis, org="NG", target="HIGH_IMPACT_TREATMENT", kind="near-miss",
         expected=[],
         why="Dialysis is only mentioned because the family asked; the nephrologist documents it is not indicated, eGFR is stable (52/50/51) and only conservative treatment is running.",
         summary="67-y woman, stable CKD 3a with diabetes/HTN; family asks about dialysis, told not indicated."),
    dict(key="ng_survey_no", fn=ng_survey_no, org="NG", target="PATIENT_REPORTED_CONCERN", kind="near-miss",
         expected=[],
         why="The patient-experience QuestionnaireResponse answers 'No' to wanting a second opinion and 'Yes' to being listened to; her comment is a question about stopping drugs.",
         summary="36-y banker, new essential hypertension improving on amlodipine; survey: no second opinion wanted."),
    dict(key="ng_diabetes_worsening", fn=ng_diabetes_worsening, org="NG", target="WORSENING_DESPITE_TREATMENT", kind="positive",
         expected=["WORSENING_DESPITE_TREATMENT"],
         why="HbA1c rose 7.6 -> 8.4 -> 9.5 -> 10.1% over 10 months (+2.5, MCID 0.5) with metformin and glibenclamide active throughout and adherence confirmed.",
         summary="55-y man, type 2 diabetes; HbA1c steadily worsening on adherent dual oral therapy."),
    dict(key="ng_multimorbidity", fn=ng_multimorbidity, org="NG", target="RARE_OR_COMPLEX_CONDITION", kind="positive",
         expected=["RARE_OR_COMPLEX_CONDITION"],
         why="Six active chronic conditions (HIV, chronic hepatitis B, hypertension, type 2 diabetes, CKD 3a, knee OA) followed by infectious disease, endocrinology, nephrology and orthopaedics.",
         summary="62-y woman with HIV/HBV, HTN, T2DM, CKD 3a and knee OA across four clinics; all stable."),
]
