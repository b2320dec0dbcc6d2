"""Org D: a rural general practice in Scotland (SNOMED CT + legacy Read v2, GP notes, long secondary-care waits, repeats)."""
from fhirkit import (Case, Org, cc, txt, qty, ref, SCT, LOINC, READ2)

ORG = Org("strathdon-gp", "https://fhir.strathdon-practice.scot/r4", "+00:00", "en-GB")
CHI = "https://fhir.nhs.scot/Id/chi-number"
GMC = "https://fhir.hl7.org.uk/Id/gmc-number"
ODS = "https://fhir.nhs.uk/Id/ods-organization-code"
LOCAL = "https://fhir.strathdon-practice.scot/CodeSystem/practice-local"


def sct(code, display, read=None, read_display=None, text=None):
    codings = [(SCT, code, display)]
    if read:
        codings.append((READ2, read, read_display or display))
    return cc(*codings, text=text or display)


def readonly(code, display, text=None):
    return cc((READ2, code, display), text=text or display)


def drug(name):
    return txt(name)


def doc(loinc, label):
    return cc((LOINC, loinc, None), text=label)


CONSULT = sct("185317003", "Telephone encounter", text="Telephone consultation")


def practice(k):
    hb = k.organization("NHS Grampian", {"system": ODS, "value": "SN9"},
                        cc(("http://terminology.hl7.org/CodeSystem/organization-type", "govt", "Government")), {"city": "Aberdeen", "country": "GB"})
    gp = k.organization("Strathdon & Glenbuchat Medical Practice", {"system": ODS, "value": "38217"},
                        cc(("http://terminology.hl7.org/CodeSystem/organization-type", "prov", "Healthcare Provider")),
                        {"line": ["Bridge of Buchat"], "city": "Strathdon", "district": "Aberdeenshire", "postalCode": "AB36 8UL", "country": "GB"},
                        part_of=hb)
    return gp, hb


def doctor(k, family, given, gmc, gender="male", role="General Practitioner"):
    return k.practitioner(family, given, "Dr", role, {"system": GMC, "value": gmc}, gender)


def patient(k, family, given, gender, birth, chi, gp_org, gp_doc, phone="01975 651234", marital="M"):
    return k.patient(family, given, gender, birth, {"system": CHI, "value": chi},
                     {"line": ["Glenkindie"], "city": "Strathdon", "district": "Aberdeenshire", "country": "GB"}, phone, "en-GB",
                     cc(("http://terminology.hl7.org/CodeSystem/v3-MaritalStatus", marital, None)), gp=gp_doc, org=gp_org)


def cover(k, hb):
    return k.coverage(hb, cc(("http://terminology.hl7.org/CodeSystem/v3-ActCode", "PUBLICPOL", "public healthcare"),
                             text="NHS Scotland (publicly funded)"), None, "1990-01-01")


def consult(k, date, gp, org, reason, cls="AMB", text="GP surgery consultation"):
    return k.encounter(date, cls, type_cc=sct("185345009", "Encounter for symptom", text=text) if cls == "AMB" else CONSULT,
                       reason=reason, practitioner=gp, org=org)


def gpnote(k, date, gp, enc, text, title="GP consultation"):
    return k.note(date, text, doc("11506-3", "GP consultation note"), gp, enc, title)


# ---------------------------------------------------------------------------------------------------------------
def d01(cid):
    """Seven months of fatigue, myalgia and poor concentration, five GP contacts, two rounds of normal bloods, no diagnosis."""
    k = Case(cid, ORG)
    org, hb = practice(k)
    gp = doctor(k, "Mackie", "Catriona", "6039471", "female")
    gp2 = doctor(k, "Ogilvie", "Stuart", "7012385")
    patient(k, "Mackintosh", "Morag", "female", "1985-01-29", "2901853364", org, gp)
    cover(k, hb)
    ast = k.condition(sct("195967001", "Asthma", "H33..", "Asthma"), "2002-01-01", recorded="2002-05-14")
    k.med_request(drug("Salbutamol 100micrograms/dose inhaler CFC free"), "2026-02-03", "active", dosage="2 puffs when required",
                  requester=gp, reason_ref=[ast], repeats=6)
    fat = k.condition(sct("84229001", "Fatigue", text="Tired all the time"), "2026-03-01", recorded="2026-04-14", recorder=gp,
                      category="encounter-diagnosis")
    mya = k.condition(sct("68962001", "Muscle pain", text="Generalised muscle aches"), "2026-03-15", recorded="2026-04-14", recorder=gp,
                      category="encounter-diagnosis")
    conc = k.condition(sct("26329005", "Poor concentration", text="Poor concentration / 'brain fog'"), "2026-05-01", recorded="2026-06-02",
                       recorder=gp, category="encounter-diagnosis")
    e1 = consult(k, "2026-04-14", gp, org, "Tiredness")
    k.vitals("2026-04-14", 118, 72, 74, 64, bmi=23.4, temp=36.6, encounter=e1)
    gpnote(k, "2026-04-14", gp, e1, (
        "S: 6/52 exhausted, sleeping 9h and waking unrefreshed. Aches in thighs/arms. No wt loss, no night sweats, no fevers. "
        "Periods regular. Mood 'fine, just fed up'. Works as school administrator.\n"
        "O: Looks well. No LN. Chest clear. No synovitis. Thyroid not palpable.\nA: TATT.\n"
        "P: Bloods. Sleep hygiene. Review with results."))
    k.labs("2026-04-21", {"hbgl": 134, "ferritin": 64, "b12": 380, "tsh": 1.8, "crp": 2.0, "esr": 8, "creat": 68, "egfr": 98,
                          "alt": 18, "ca": 2.36, "ck": 110, "ttg": 0.8, "hba1cmm": 34},
           "FBC, U&E, LFT, bone, TSH, ferritin, B12, CRP, ESR, CK, coeliac screen, HbA1c", conclusion="All within normal limits.")
    e2 = consult(k, "2026-06-02", gp, org, "Tiredness and aches - results")
    k.vitals("2026-06-02", 116, 70, 72, 64, encounter=e2)
    k.score(cc((LOINC, "44261-6", "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]"), text="PHQ-9"), "2026-06-02", 5, e2,
            interp="N")
    k.score(cc((LOINC, "70274-6", "Generalized anxiety disorder 7 item (GAD-7) total score [Reported.PHQ]"), text="GAD-7"), "2026-06-02", 4, e2,
            interp="N")
    gpnote(k, "2026-06-02", gp, e2, (
        "S: No better. Aches worse after a day at work. Now struggling to concentrate ('brain fog'), forgetting words. "
        "Off sick 1/52.\nO: Well. Neuro exam normal.\nPHQ-9 5, GAD-7 4 - not depressed.\n"
        "A: Bloods all normal - reassured. ?post-viral (had flu-like illness Feb).\nP: Graded return to activity. Review 8/52."))
    e3 = consult(k, "2026-08-11", gp2, org, "Ongoing fatigue")
    k.vitals("2026-08-11", 120, 74, 76, 63, temp=36.7, encounter=e3)
    gpnote(k, "2026-08-11", gp2, e3, (
        "S: Still exhausted, aches daily, fog. Pt tearful - 'everyone says my bloods are normal so there's nothing wrong'. "
        "Reduced hours at work.\nO: Looks well. Full exam NAD.\nA: Persistent fatigue, cause not found.\n"
        "P: Repeat bloods incl. ferritin, TFT, CRP; consider referral if no better."))
    k.labs("2026-09-01", {"hbgl": 132, "ferritin": 58, "tsh": 2.1, "crp": 1.5, "esr": 10},
           "Repeat bloods", conclusion="Normal.")
    e4 = consult(k, "2026-10-20", gp, org, "Fatigue, aches, poor concentration")
    k.vitals("2026-10-20", 118, 72, 74, 62, encounter=e4)
    gpnote(k, "2026-10-20", gp, e4, (
        "S: Seventh month of symptoms. Fatigue, diffuse muscle pain, cognitive fog. Lost job hours. Husband doing most childcare.\n"
        "O: NAD.\nA: Bloods x2 normal. No diagnosis. Not depressed on screening.\n"
        "P: Discussed - nothing found on tests so far. Fit note 4/52. Advice re pacing. Review 6/52."))
    e5 = consult(k, "2026-11-24", gp, org, "Telephone review - fatigue", cls="VR", text="Telephone consultation")
    gpnote(k, "2026-11-24", gp, e5, (
        "Tel: no change. Still unable to work full time. Asking 'what is wrong with me'. Plan: F2F review next week."), "Telephone consultation")
    return k


def d02(cid):
    """Raised PSA 6.8 in a man with LUTS: urgent referral within 2 days, MRI PI-RADS 2, urology: BPH, no biopsy; PSA stable."""
    k = Case(cid, ORG)
    org, hb = practice(k)
    gp = doctor(k, "Ogilvie", "Stuart", "7012385")
    uro = doctor(k, "Farquhar", "Neil", "4821736", role="Consultant Urologist, Aberdeen Royal Infirmary")
    patient(k, "Forbes", "Alasdair", "male", "1960-03-18", "1803608813", org, gp)
    cover(k, hb)
    htn = k.condition(sct("59621000", "Essential hypertension", "G20..", "Essential hypertension"), "2014-01-01", recorded="2014-03-11")
    k.med_request(drug("Ramipril 5mg capsules"), "2026-09-02", "active", dosage="One daily", requester=gp, reason_ref=[htn], repeats=6,
                  supply_days=56)
    luts = k.condition(txt("Lower urinary tract symptoms - nocturia x3, poor stream"), "2026-01-01",
                       recorded="2026-05-05", recorder=gp, category="encounter-diagnosis")
    e1 = consult(k, "2026-05-05", gp, org, "Nocturia, poor stream")
    k.vitals("2026-05-05", 138, 82, 70, 86, encounter=e1)
    gpnote(k, "2026-05-05", gp, e1, (
        "S: 4/12 nocturia x3, poor stream, hesitancy. No haematuria, no bone pain, no wt loss.\n"
        "O: DRE - smooth, moderately enlarged, benign feeling. Urine dip NAD.\nA: LUTS ?BPH.\nP: PSA, U&E. IPSS."))
    k.score(cc((LOCAL, "IPSS", "International Prostate Symptom Score"), text="IPSS"), "2026-05-05", 16, e1)
    psa1 = k.lab("psa", "2026-05-12", 6.8, high=4.5)
    k.labs("2026-05-12", {"creat": 84, "egfr": 82}, "U&E")
    sr = k.service_request(cc((LOCAL, "REF-USOC-URO", "Urgent suspicion of cancer referral - urology"), text="Urgent suspicion of cancer referral - urology (prostate)"),
                           "2026-05-14", "completed", "order", requester=gp, performer=uro, reason_ref=[luts], priority="urgent",
                           note="PSA 6.8 ug/L, benign-feeling DRE. SCI Gateway USOC referral.")
    k.report(cc((LOCAL, "MRI-PROSTATE", "Multiparametric MRI prostate"), text="mpMRI prostate"), "2026-06-10",
             "Prostate volume 68 mL (PSA density 0.10). Benign prostatic hyperplasia. No focal lesion. PI-RADS 2.",
             cc(("http://terminology.hl7.org/CodeSystem/v2-0074", "RAD", "Radiology")), performer=uro)
    bph = k.condition(sct("266569009", "Benign prostatic hyperplasia", "K20..", "Benign prostatic hypertrophy"), "2026-06-10",
                      recorded="2026-06-24", recorder=uro)
    k.note("2026-06-24", (
        "Urology clinic letter - Aberdeen Royal Infirmary\nDear Dr Ogilvie, seen in the urgent prostate clinic. PSA 6.8, mpMRI PI-RADS 2, "
        "volume 68 mL, PSA density 0.10. Low risk - biopsy not indicated. LUTS due to BPH: started tamsulosin. "
        "Please repeat PSA in 6 months; re-refer if PSA rises >20% or density >0.15. Discharged to GP."),
        doc("11488-4", "Urology clinic letter"), uro, None, "Urology letter 24/06/2026")
    k.med_request(drug("Tamsulosin 400microgram modified-release capsules"), "2026-06-24", "active", dosage="One daily", requester=gp,
                  reason_ref=[bph], repeats=6, supply_days=56)
    e2 = consult(k, "2026-11-25", gp, org, "PSA recheck and LUTS review")
    k.lab("psa", "2026-11-18", 6.1, high=4.5, note="Stable/decreasing vs 6.8 in May 2026.")
    k.score(cc((LOCAL, "IPSS", "International Prostate Symptom Score"), text="IPSS"), "2026-11-25", 8, e2)
    k.vitals("2026-11-25", 134, 80, 68, 86, encounter=e2)
    gpnote(k, "2026-11-25", gp, e2, (
        "S: Much better on tamsulosin, nocturia x1. IPSS 16 -> 8.\nO: -\nA: BPH. PSA 6.1 (6.8 in May) - stable per urology plan.\n"
        "P: Continue tamsulosin. Annual PSA."))
    return k


def d03(cid):
    """'Mechanical low back pain' label kept for five months while night pain, weight loss, ESR 72, hypercalcaemia and raised globulin appear."""
    k = Case(cid, ORG)
    org, hb = practice(k)
    gp = doctor(k, "Mackie", "Catriona", "6039471", "female")
    loc = doctor(k, "Adeyemi", "Tunde", "7330942", role="Locum General Practitioner")
    patient(k, "Grant", "Ewan", "male", "1957-08-02", "0208574417", org, gp)
    cover(k, hb)
    htn = k.condition(sct("59621000", "Essential hypertension", "G20..", "Essential hypertension"), "2012-01-01", recorded="2012-10-02")
    k.med_request(drug("Amlodipine 5mg tablets"), "2026-07-21", "active", dosage="One daily", requester=gp, reason_ref=[htn], repeats=6,
                  supply_days=56)
    lbp = k.condition(sct("279039007", "Low back pain", "N142.", "Pain in lumbar spine", text="Mechanical low back pain"), "2026-05-15",
                      recorded="2026-06-09", recorder=gp)
    e1 = consult(k, "2026-06-09", gp, org, "Back pain")
    k.vitals("2026-06-09", 136, 84, 72, 84, encounter=e1)
    gpnote(k, "2026-06-09", gp, e1, (
        "S: 3/52 lower back pain after lifting fence posts. No leg sx, no saddle anaesthesia, bladder/bowel normal.\n"
        "O: Paraspinal tenderness L3-5, SLR 80 bilat, neuro intact.\nA: Mechanical LBP (N142.).\n"
        "P: Naproxen 500mg bd 2/52 with omeprazole. Physio self-referral. Safety net."))
    k.med_request(drug("Naproxen 500mg tablets"), "2026-06-09", "completed", dosage="One twice daily for 14 days", requester=gp,
                  reason_ref=[lbp], course="acute")
    e2 = consult(k, "2026-07-21", gp, org, "Back pain ongoing")
    k.vitals("2026-07-21", 138, 82, 74, 82, encounter=e2)
    k.med_request(drug("Co-codamol 30mg/500mg tablets"), "2026-07-21", "active", dosage="1-2 four times daily when required", requester=gp,
                  reason_ref=[lbp], repeats=3)
    sr = k.service_request(cc((LOCAL, "REF-MSK-PHYSIO", "Referral to MSK physiotherapy"), text="MSK physiotherapy referral"), "2026-07-21", "active", "order",
                           requester=gp, reason_ref=[lbp], note="Routine. Current wait approx. 16 weeks.")
    gpnote(k, "2026-07-21", gp, e2, (
        "S: Back pain no better, physio self-referral waiting list. Using paracetamol.\nO: As before, neuro intact.\n"
        "A: Mechanical LBP.\nP: Co-codamol. Formal physio referral (wait ~16 wks)."))
    e3 = consult(k, "2026-09-15", loc, org, "Back pain - worse at night")
    k.vitals("2026-09-15", 134, 80, 80, 80, encounter=e3)
    gpnote(k, "2026-09-15", loc, e3, (
        "S: Back pain now also at night, wakes him 2-3 am, can't get comfortable. Appetite down, lost ~4 kg. More tired.\n"
        "O: Diffuse thoracolumbar tenderness. Neuro intact.\nA: Mechanical back pain, poor sleep.\n"
        "P: Continue co-codamol, add amitriptyline 10mg nocte. Still awaiting physio."))
    k.med_request(drug("Amitriptyline 10mg tablets"), "2026-09-15", "active", dosage="One at night", requester=loc, reason_ref=[lbp], repeats=2)
    rep, obs = k.labs("2026-11-10", {"hbgl": 118, "mcv": 92, "ferritin": 180, "esr": 72, "crp": 12, "ca": 2.74, "alp": 160,
                                     "creat": 118, "egfr": 55, "alb": 38},
                      "Bloods requested at nurse appointment", ranges={"hbgl": (130, 170)},
                      conclusion="Normocytic anaemia, raised ESR, hypercalcaemia, raised ALP, mild renal impairment.")
    k.obs(cc((LOINC, "10834-0", "Globulin [Mass/volume] in Serum by calculation"), text="Globulin"), "2026-11-10", qty(46, "g/L"), interp="H",
          rr=[{"low": qty(20, "g/L"), "high": qty(35, "g/L")}])
    e4 = consult(k, "2026-11-17", loc, org, "Back pain review", cls="VR", text="Telephone consultation")
    k.obs(cc((LOINC, "29463-7", "Body weight"), text="Weight (patient-reported)"), "2026-11-17", qty(78, "kg"), "vital-signs", encounter=e4)
    gpnote(k, "2026-11-17", loc, e4, (
        "Tel: ongoing back pain, night pain, weight now 78 kg (84 kg in June). Bloods back - some abnormal.\n"
        "A: Mechanical back pain.\nP: Continue co-codamol + amitriptyline, physio appointment awaited. Review 4/52."),
        "Telephone consultation")
    return k


def d04(cid):
    """Recurrently inflamed epidermoid cyst booked for excision under local anaesthetic at the practice minor-surgery list."""
    k = Case(cid, ORG)
    org, hb = practice(k)
    gp = doctor(k, "Ogilvie", "Stuart", "7012385")
    patient(k, "Reid", "Fiona", "female", "1974-10-03", "0310742286", org, gp)
    cover(k, hb)
    hypo = k.condition(sct("40930008", "Hypothyroidism", "C04..", "Acquired hypothyroidism"), "2011-01-01", recorded="2011-06-20")
    k.med_request(drug("Levothyroxine sodium 100microgram tablets"), "2026-08-18", "active", dosage="One daily", requester=gp,
                  reason_ref=[hypo], repeats=6, supply_days=56)
    k.labs("2026-08-11", {"tsh": 1.9, "ft4": 16.1}, "Thyroid function")
    cyst = k.condition(txt("Epidermoid (sebaceous) cyst, upper back, 2.5 cm"), "2024-01-01",
                       recorded="2026-09-29", recorder=gp)
    e1 = consult(k, "2026-09-29", gp, org, "Lump on back")
    k.vitals("2026-09-29", 124, 78, 70, 72, temp=37.4, encounter=e1)
    k.med_request(drug("Flucloxacillin 500mg capsules"), "2026-09-29", "completed", dosage="One four times daily for 7 days",
                  requester=gp, reason_ref=[cyst], course="acute")
    gpnote(k, "2026-09-29", gp, e1, (
        "S: Cyst between shoulder blades for 2 yrs, third time inflamed this year. Catches on bra strap.\n"
        "O: 2.5 cm epidermoid cyst with punctum, mildly inflamed, no abscess.\nA: Inflamed epidermoid cyst.\n"
        "P: Fluclox 7/7. Book minor ops excision once settled."))
    e2 = consult(k, "2026-11-10", gp, org, "Cyst review")
    gpnote(k, "2026-11-10", gp, e2, (
        "Cyst settled. Consented for excision under local anaesthetic at Thursday minor ops list 14/12/2026. "
        "Risks discussed: scar, infection, recurrence. Stop nothing. Allow 30 min."))
    k.service_request(cc((LOCAL, "MINOP-EXC-CYST", "Minor surgery: excision of skin cyst under local anaesthetic"),
                         text="Excision of epidermoid cyst, upper back, under local anaesthetic (practice minor ops)"),
                      "2026-11-10", "active", "order", requester=gp, performer=gp, reason_ref=[cyst], occurrence="2026-12-14",
                      encounter=e2, note="GP minor surgery list, treatment room 2.")
    k.appointment("2026-12-14", "Minor ops - excision of cyst (30 min)", [gp], minutes=30)
    k.immunization("141", "Influenza, seasonal, injectable", "2026-10-08")
    return k


def d05(cid):
    """Severe aortic stenosis turned down for TAVI and surgery (frailty); 'no interventional options'; palliative care register."""
    k = Case(cid, ORG)
    org, hb = practice(k)
    gp = doctor(k, "Mackie", "Catriona", "6039471", "female")
    card = doctor(k, "Buchan", "Iain", "3981205", role="Consultant Cardiologist, Aberdeen Royal Infirmary")
    patient(k, "Cruickshank", "Donald", "male", "1940-04-11", "1104404459", org, gp, marital="W")
    cover(k, hb)
    k.related("DAU", "daughter", "Cruickshank", "Alison", "female", "07700 900415")
    as_ = k.condition(sct("60573004", "Aortic valve stenosis", text="Severe calcific aortic stenosis"), "2022-01-01", recorded="2022-03-08",
                      severity=cc((SCT, "24484000", "Severe"), text="Severe"),
                      note="AVA 0.6 cm2, mean gradient 52 mmHg (echo 07/2026).")
    hf = k.condition(sct("84114007", "Heart failure", "G58..", "Heart failure"), "2025-06-01", recorded="2025-06-20")
    af = k.condition(sct("49436004", "Atrial fibrillation", "G573.", "Atrial fibrillation and flutter"), "2021-01-01", recorded="2021-02-09")
    k.condition(sct("433144002", "Chronic kidney disease stage 3", "1Z12.", "Chronic kidney disease stage 3"), "2019-01-01", recorded="2019-05-15")
    for name, dose, r in (("Furosemide 40mg tablets", "One each morning", hf), ("Bisoprolol 2.5mg tablets", "One daily", af),
                          ("Apixaban 2.5mg tablets", "One twice daily", af)):
        k.med_request(drug(name), "2026-10-06", "active", dosage=dose, requester=gp, reason_ref=[r], repeats=6, supply_days=28)
    k.obs(cc((LOINC, "10230-1", "Left ventricular Ejection fraction"), text="LVEF (echo)"), "2026-07-14", qty(40, "%"), "imaging", "L",
          [{"low": qty(50, "%")}])
    k.note("2026-09-22", (
        "Cardiology letter - Structural Heart MDT, Aberdeen Royal Infirmary\nRe: Donald Cruickshank, 86.\n"
        "Severe symptomatic aortic stenosis (AVA 0.6 cm2, MG 52 mmHg), LVEF 40%, AF, CKD 3, Clinical Frailty Scale 7.\n"
        "MDT outcome: not a candidate for surgical AVR or TAVI - frailty and comorbidity mean intervention would not improve "
        "his quality or length of life. No interventional options. Recommend medical management of heart failure and referral "
        "to palliative care. Discussed with Mr Cruickshank and his daughter."),
        doc("11488-4", "Cardiology clinic letter"), card, None, "Structural heart MDT letter")
    e1 = consult(k, "2026-10-06", gp, org, "Home visit after cardiology letter", cls="HH", text="Home visit")
    k.vitals("2026-10-06", 108, 64, 78, 61, spo2=93, encounter=e1)
    gpnote(k, "2026-10-06", gp, e1, (
        "Home visit. Breathless walking to the bathroom, ankles swollen, dozes most of the day. Daughter present.\n"
        "Cardiology: not for TAVI/AVR, no interventional options.\nDiscussed what matters: wants to stay at home at the farm. "
        "Anticipatory care plan (ACP/KIS) completed. DNACPR discussed and agreed. Added to palliative care register (8CM1.). "
        "District nurses informed. Just-in-case meds prescribed."), "Home visit")
    k.obs(readonly("8CM1.", "On gold standards palliative care framework", text="Palliative care register"), "2026-10-06", True, "exam",
          encounter=e1)
    k.flag(readonly("8CM1.", "On gold standards palliative care framework",
                    text="Palliative care register - not for valve intervention (structural heart MDT 22/09/2026); DNACPR; KIS shared"),
           "2026-10-06", gp, category=cc(("http://terminology.hl7.org/CodeSystem/flag-category", "clinical", "Clinical")))
    k.careplan("Anticipatory care plan (palliative)", "2026-10-06", category=cc((SCT, "103735009", "Palliative care"), text="Palliative care"),
               addresses=[as_, hf], author=gp,
               activities=[(None, "in-progress", "Preferred place of care: home. DNACPR in place."),
                           (None, "in-progress", "District nurse weekly visits; GP review monthly")],
               description="Symptom control at home; no valve intervention.")
    k.med_request(drug("Morphine sulfate 10mg/5ml oral solution"), "2026-10-06", "active", dosage="1.25-2.5 ml up to 4-hourly for breathlessness",
                  requester=gp, reason_ref=[hf], course="acute")
    k.med_request(drug("Midazolam 10mg/2ml solution for injection ampoules (just in case)"), "2026-10-06", "active",
                  dosage="2.5-5 mg SC hourly as required for agitation", requester=gp, course="acute")
    e2 = consult(k, "2026-11-12", gp, org, "Palliative review", cls="HH", text="Home visit")
    gpnote(k, "2026-11-12", gp, e2, "Settled. Oramorph helping breathlessness. Daughter coping. Continue plan.", "Home visit")
    return k


def d06(cid):
    """Actinic keratoses treated with fluorouracil 5% cream ('topical chemotherapy') in general practice."""
    k = Case(cid, ORG)
    org, hb = practice(k)
    gp = doctor(k, "Ogilvie", "Stuart", "7012385")
    patient(k, "Paterson", "Hamish", "male", "1952-12-09", "0912525573", org, gp)
    cover(k, hb)
    htn = k.condition(sct("59621000", "Essential hypertension", "G20..", "Essential hypertension"), "2010-01-01", recorded="2010-08-17")
    k.med_request(drug("Losartan 50mg tablets"), "2026-09-14", "active", dosage="One daily", requester=gp, reason_ref=[htn], repeats=6,
                  supply_days=56)
    ak = k.condition(sct("201101007", "Actinic keratosis", text="Actinic keratoses, scalp and forehead (multiple)"), "2025-06-01",
                     recorded="2026-10-13", recorder=gp)
    e1 = consult(k, "2026-10-13", gp, org, "Rough patches on scalp")
    k.vitals("2026-10-13", 136, 80, 68, 80, encounter=e1)
    k.labs("2026-09-07", {"creat": 92, "egfr": 72, "k": 4.4, "na": 140}, "U&E (hypertension review)")
    gpnote(k, "2026-10-13", gp, e1, (
        "S: Retired farmer. Rough scaly patches on bald scalp for a year, sometimes bleed when scratched.\n"
        "O: 6-7 gritty erythematous scaly macules on scalp/forehead, none thick, tender or ulcerated. No suspicious lesion elsewhere.\n"
        "A: Multiple actinic keratoses (field change).\n"
        "P: Efudix (fluorouracil 5%) cream - a topical chemotherapy cream - once daily for 3 weeks to the area. Warned: will go "
        "red, sore and crusty before it heals. Sun protection, hat. Review 8/52; refer derm if any lesion persists."))
    k.med_request(drug("Fluorouracil 5% cream (Efudix) 40 g"), "2026-10-13", "active", dosage="Apply thinly once daily to affected area for 3 weeks",
                  requester=gp, reason_ref=[ak], course="acute", repeats=0)
    e2 = consult(k, "2026-11-24", gp, org, "Review after Efudix")
    gpnote(k, "2026-11-24", gp, e2, (
        "Completed 3/52 Efudix. Expected inflammatory reaction, now settling. Most AKs cleared. Happy. "
        "Sun protection advice. Review spring."))
    k.immunization("141", "Influenza, seasonal, injectable", "2026-10-02")
    k.immunization("33", "pneumococcal polysaccharide vaccine, 23 valent", "2018-10-10")
    return k


def d07(cid):
    """Polymyalgia rheumatica improving on prednisolone; at the GP she asks to be referred for a second opinion (note only)."""
    k = Case(cid, ORG)
    org, hb = practice(k)
    gp = doctor(k, "Mackie", "Catriona", "6039471", "female")
    rh = doctor(k, "Duthie", "Karen", "5120774", "female", "Consultant Rheumatologist, Aberdeen Royal Infirmary")
    patient(k, "Munro", "Isla", "female", "1968-05-21", "2105685540", org, gp)
    cover(k, hb)
    k.condition(sct("55822004", "Hyperlipidemia", text="Hypercholesterolaemia"), "2018-01-01", recorded="2018-09-10")
    pmr = k.condition(sct("65409004", "Polymyalgia rheumatica", "N20..", "Polymyalgia rheumatica"), "2026-03-01", recorded="2026-04-16",
                      recorder=rh)
    k.med_request(drug("Prednisolone 5mg tablets"), "2026-10-27", "active", dosage="Reducing course: currently 7.5 mg daily", requester=gp,
                  reason_ref=[pmr], repeats=2)
    k.med_request(drug("Alendronic acid 70mg tablets"), "2026-04-20", "active", dosage="One weekly", requester=gp, repeats=6)
    k.med_request(drug("Adcal-D3 chewable tablets"), "2026-04-20", "active", dosage="One twice daily", requester=gp, repeats=6)
    for d, esr, crp in (("2026-04-02", 54, 38), ("2026-06-25", 14, 4), ("2026-10-20", 12, 3)):
        k.labs(d, {"esr": esr, "crp": crp}, "Inflammatory markers")
    k.note("2026-04-16", (
        "Rheumatology clinic letter - ARI\nDear Dr Mackie, 57F with 6 weeks bilateral shoulder and hip girdle pain and stiffness, "
        "ESR 54, CRP 38. No headache or visual symptoms. Clinical diagnosis PMR. Prednisolone 15 mg with standard taper; bone protection. "
        "Discharged to GP care with taper plan."),
        doc("11488-4", "Rheumatology clinic letter"), rh, None, "Rheumatology letter")
    e1 = consult(k, "2026-07-07", gp, org, "PMR review")
    k.vitals("2026-07-07", 128, 78, 72, 71, encounter=e1)
    e2 = consult(k, "2026-11-05", gp, org, "PMR - wants second opinion")
    k.vitals("2026-11-05", 130, 80, 74, 73, encounter=e2)
    gpnote(k, "2026-11-05", gp, e2, (
        "S: Stiffness much better on pred 7.5 mg, hips still ache at night. Unhappy with rheumatology appointment in April: "
        "'he looked at the bloods and not at me, it was 10 minutes'. Worried it might be something else as her sister has RA. "
        "Feels not listened to. Explicitly asks to be referred for a second opinion with a different rheumatologist.\n"
        "O: Good shoulder ROM, no synovitis.\nA: PMR responding to steroids. Patient requests second opinion.\n"
        "P: Explained, but happy to support - will write to rheumatology requesting second opinion (different consultant). "
        "Continue taper."))
    return k


def d08(cid):
    """Type 2 diabetes: HbA1c 58 -> 66 -> 75 mmol/mol over 11 months on metformin + gliclazide repeats collected regularly."""
    k = Case(cid, ORG)
    org, hb = practice(k)
    gp = doctor(k, "Ogilvie", "Stuart", "7012385")
    dn = doctor(k, "Strachan", "Eilidh", "8810244", "female", "Practice Nurse (diabetes)")
    patient(k, "Stewart", "Callum", "male", "1965-02-14", "1402651190", org, gp)
    cover(k, hb)
    dm = k.condition(sct("44054006", "Diabetes mellitus type 2", "C10F.", "Type 2 diabetes mellitus"), "2016-01-01", recorded="2016-04-05")
    htn = k.condition(sct("59621000", "Essential hypertension", "G20..", "Essential hypertension"), "2017-01-01", recorded="2017-11-14")
    k.condition(sct("414916001", "Obesity", "C380.", "Obesity"), "2010-01-01", recorded="2016-04-05")
    for name, dose, r in (("Metformin 500mg tablets", "Two tablets twice daily", dm), ("Gliclazide 80mg tablets", "One twice daily", dm),
                          ("Ramipril 10mg capsules", "One daily", htn), ("Atorvastatin 20mg tablets", "One at night", dm)):
        k.med_request(drug(name), "2023-05-02", "active", dosage=dose, requester=gp, reason_ref=[r], repeats=12, supply_days=28,
                      note="Repeat issued every 28 days; issue history regular (last issued 02/11/2026).")
    hba = []
    for d, v, w in (("2025-11-18", 58, 101), ("2026-04-21", 66, 101.5), ("2026-10-13", 75, 100.8)):
        hba.append(k.lab("hba1cmm", d, v, high=48))
        k.vitals(d, 134, 82, 76, w)
    k.labs("2026-10-13", {"creat": 88, "egfr": 84, "chol": 4.1}, "Diabetes annual bloods", interp_over={"chol": "N"})
    e1 = consult(k, "2026-10-20", dn, org, "Diabetes annual review", text="Practice nurse chronic disease review")
    k.vitals("2026-10-20", 132, 80, 76, 100.6, bmi=33.1, encounter=e1)
    k.note("2026-10-20", (
        "Diabetes annual review (practice nurse)\nHbA1c 75 (66 in April, 58 last Nov) despite metformin 1 g bd + gliclazide 80 mg bd. "
        "Says he takes them every day - dosette box, repeat issue dates regular. Diet unchanged, weight stable ~101 kg. "
        "Thirsty, nocturia x2. Feet: sensation intact. Retinal screening up to date.\nPlan: discuss with GP re intensification."),
        doc("11506-3", "Practice nurse note"), dn, e1, "Diabetes review")
    e2 = consult(k, "2026-11-03", gp, org, "Rising HbA1c")
    gpnote(k, "2026-11-03", gp, e2, (
        "S: Rising HbA1c over the year on dual therapy, adherent. Osmotic symptoms.\nA: T2DM, worsening control despite treatment.\n"
        "P: Add empagliflozin 10 mg. Referred to diabetes clinic (routine wait ~20 wks). Recheck HbA1c 3/12."))
    k.med_request(drug("Empagliflozin 10mg tablets"), "2026-11-03", "active", dosage="One daily", requester=gp, reason_ref=[dm], repeats=6)
    k.service_request(sct("3457005", "Patient referral", text="Referral to diabetes clinic, Aberdeen Royal Infirmary"), "2026-11-03",
                      "active", "order", requester=gp, reason_ref=[dm], note="Routine; expected wait about 20 weeks.")
    return k


def d09(cid):
    """Blood pressure rising 146 -> 158 -> 166 mmHg after the patient stopped amlodipine in April (ankle swelling)."""
    k = Case(cid, ORG)
    org, hb = practice(k)
    gp = doctor(k, "Mackie", "Catriona", "6039471", "female")
    patient(k, "Fraser", "Agnes", "female", "1958-09-30", "3009584402", org, gp, marital="W")
    cover(k, hb)
    htn = k.condition(sct("59621000", "Essential hypertension", "G20..", "Essential hypertension"), "2019-01-01", recorded="2019-06-04")
    k.condition(sct("40930008", "Hypothyroidism", "C04..", "Acquired hypothyroidism"), "2015-01-01", recorded="2015-02-10")
    k.med_request(drug("Levothyroxine sodium 75microgram tablets"), "2026-06-01", "active", dosage="One daily", requester=gp, repeats=6)
    k.med_request(drug("Amlodipine 10mg tablets"), "2025-10-01", "stopped", dosage="One daily", requester=gp, reason_ref=[htn], repeats=6,
                  status_reason="Patient stopped taking it in April 2026 because of ankle swelling; not re-ordered since March 2026.")
    k.med_statement(drug("Amlodipine 10mg tablets"), "stopped", "2019-07-01", "2026-04-05", asserted="2026-07-14", reason_ref=[htn],
                    status_reason="Ankle oedema", info_source=k.patient_ref)
    for d, s, di in (("2026-03-10", 146, 88), ("2026-07-14", 158, 92), ("2026-10-27", 166, 96)):
        e = consult(k, d, gp, org, "Hypertension review")
        k.vitals(d, s, di, 74, 68, encounter=e)
    k.labs("2026-10-20", {"creat": 70, "egfr": 80, "k": 4.2, "na": 139, "tsh": 2.4}, "U&E, TFT")
    k.note("2026-07-14", (
        "S: BP review. Admits she stopped amlodipine in April - ankles 'like balloons'. Hasn't ordered it since.\n"
        "O: BP 158/92. Mild ankle oedema resolved.\nA: HTN, off treatment.\n"
        "P: Discussed alternatives; she wants to think about it. Home BP monitor loaned. Review 3/12."),
        doc("11506-3", "GP consultation note"), gp, None, "BP review 14/07/2026")
    k.note("2026-10-27", (
        "S: Home readings average 162/94. Not on any antihypertensive since April.\nO: BP 166/96. Fundi normal. Urine ACR normal.\n"
        "A: Hypertension uncontrolled off treatment (not treatment failure).\nP: Start losartan 25 mg, U&E 2/52, review 4/52."),
        doc("11506-3", "GP consultation note"), gp, None, "BP review 27/10/2026")
    k.med_request(drug("Losartan 25mg tablets"), "2026-10-27", "active", dosage="One daily", requester=gp, reason_ref=[htn], repeats=2)
    return k


def d10(cid):
    """78-year-old with four active chronic conditions (HTN, hypothyroidism, knee OA, osteoporosis); past problems resolved."""
    k = Case(cid, ORG)
    org, hb = practice(k)
    gp = doctor(k, "Ogilvie", "Stuart", "7012385")
    ph = doctor(k, "Gordon", "Rhona", "2209318", "female", "Practice Pharmacist")
    patient(k, "Robertson", "Elspeth", "female", "1948-01-07", "0701483318", org, gp, marital="W")
    cover(k, hb)
    htn = k.condition(sct("59621000", "Essential hypertension", "G20..", "Essential hypertension"), "2006-01-01", recorded="2006-09-12")
    hyp = k.condition(sct("40930008", "Hypothyroidism", "C04..", "Acquired hypothyroidism"), "2001-01-01", recorded="2001-03-20")
    oa = k.condition(sct("239873007", "Osteoarthritis of knee", "N05..", "Osteoarthritis and allied disorders"), "2012-01-01", recorded="2013-05-07")
    op = k.condition(sct("64859006", "Osteoporosis", "N330.", "Osteoporosis"), "2019-11-01", recorded="2019-12-03")
    k.condition(txt("Colles fracture, left wrist"), "2019-11-02", clinical="resolved", abatement="2020-01-15",
                recorded="2019-11-04")
    k.condition(sct("385093006", "Community acquired pneumonia"), "2024-02-10", clinical="resolved", abatement="2024-03-05", recorded="2024-02-10")
    k.condition(sct("4740000", "Herpes zoster"), "2023-08-01", clinical="resolved", abatement="2023-09-10", recorded="2023-08-03")
    for name, dose, r in (("Indapamide 2.5mg tablets", "One each morning", htn), ("Levothyroxine sodium 100microgram tablets", "One daily", hyp),
                          ("Paracetamol 500mg tablets", "Two up to four times daily", oa), ("Alendronic acid 70mg tablets", "One weekly", op),
                          ("Adcal-D3 chewable tablets", "One twice daily", op)):
        k.med_request(drug(name), "2026-08-04", "active", dosage=dose, requester=gp, reason_ref=[r], repeats=6, supply_days=56)
    k.labs("2026-07-28", {"creat": 78, "egfr": 64, "na": 137, "k": 4.0, "tsh": 2.6, "ca": 2.40, "hbgl": 128}, "Annual bloods",
           ranges={"hbgl": (115, 155)})
    e1 = consult(k, "2026-08-04", ph, org, "Annual medication review", text="Pharmacist medication review")
    k.vitals("2026-08-04", 136, 78, 70, 62, bmi=25.8, encounter=e1)
    k.note("2026-08-04", (
        "Practice pharmacist - annual polypharmacy review\nActive problems: hypertension, hypothyroidism, OA knees, osteoporosis. "
        "Past: Colles fracture 2019, CAP 2024, shingles 2023 - all resolved.\nBloods satisfactory. BP 136/78. "
        "Alendronate since 12/2019 - due for drug holiday review at 5 years (Dec 2024 passed): discuss with GP. No changes otherwise."),
        doc("11506-3", "Medication review"), ph, e1, "Medication review 04/08/2026")
    e2 = consult(k, "2026-09-22", gp, org, "Knee pain review")
    k.vitals("2026-09-22", 134, 80, 72, 62, encounter=e2)
    gpnote(k, "2026-09-22", gp, e2, (
        "S: Knees stiff in the morning, manages with paracetamol, walks the dog daily. Keen to avoid surgery.\n"
        "O: Crepitus both knees, no effusion.\nA: OA knees, stable.\nP: Physio exercises leaflet. Continue alendronate for now, DEXA requested."))
    k.immunization("141", "Influenza, seasonal, injectable", "2026-10-01")
    return k


CASES = [
    dict(key="D01", build=d01, target="PERSISTENT_SYMPTOMS_NORMAL_WORKUP", kind="positive", expected=["PERSISTENT_SYMPTOMS_NORMAL_WORKUP"],
         why="Fatigue, myalgia and poor concentration recorded at five contacts from April to November 2026 (over 8 weeks); two rounds of "
             "broad bloods all normal, depression screen negative, no diagnosis made.",
         summary="Scottish GP: seven months of fatigue and aches, bloods normal twice, 'nothing wrong'"),
    dict(key="D02", build=d02, target="PERSISTENT_SYMPTOMS_NORMAL_WORKUP", kind="near-miss", expected=[],
         why="The raised PSA was followed up within two days (urgent urology referral, MRI PI-RADS 2) and LUTS are explained by BPH "
             "and improved on tamsulosin.",
         summary="Scottish GP: PSA 6.8 promptly referred, MRI benign, BPH treated, PSA stable"),
    dict(key="D03", build=d03, target="DIAGNOSIS_SYMPTOM_MISMATCH", kind="positive", expected=["DIAGNOSIS_SYMPTOM_MISMATCH"],
         why="'Mechanical low back pain' kept for five months while night pain, 6 kg weight loss, ESR 72, hypercalcaemia, raised "
             "globulin/ALP and anaemia appeared - findings the label cannot explain.",
         summary="Scottish GP: 'mechanical' back pain label despite red flags and abnormal bloods (possible myeloma)"),
    dict(key="D04", build=d04, target="MAJOR_PROCEDURE_PLANNED", kind="near-miss", expected=[],
         why="The only planned procedure is excision of a skin cyst under local anaesthetic on the practice minor-surgery list - a minor procedure.",
         summary="Scottish GP: epidermoid cyst excision booked at the practice minor ops list"),
    dict(key="D05", build=d05, target="UNTREATABLE_PROGNOSIS", kind="positive", expected=["UNTREATABLE_PROGNOSIS"],
         why="Structural-heart MDT letter states no interventional options (not for TAVI or AVR), patient placed on the palliative care "
             "register with a palliative anticipatory care plan; no second opinion on record.",
         summary="Scottish GP: severe aortic stenosis declined for TAVI/AVR, palliative register, home care"),
    dict(key="D06", build=d06, target="HIGH_IMPACT_TREATMENT", kind="near-miss", expected=[],
         why="The 'chemotherapy' is topical fluorouracil cream for actinic keratoses - a short, minor field treatment, not a treatment "
             "that severely affects quality of life.",
         summary="Scottish GP: actinic keratoses treated with Efudix cream"),
    dict(key="D07", build=d07, target="PATIENT_REPORTED_CONCERN", kind="positive", expected=["PATIENT_REPORTED_CONCERN"],
         why="The GP note records that the patient feels not listened to and explicitly asks to be referred for a second opinion "
             "from a different rheumatologist (signal only in the note).",
         summary="Scottish GP: PMR on prednisolone; patient asks in consultation for a second rheumatology opinion"),
    dict(key="D08", build=d08, target="WORSENING_DESPITE_TREATMENT", kind="positive", expected=["WORSENING_DESPITE_TREATMENT"],
         why="HbA1c rose 58 -> 66 -> 75 mmol/mol (17 mmol/mol, well above the ~5 mmol/mol MCID) over 11 months while metformin and "
             "gliclazide repeats were issued and taken throughout.",
         summary="Scottish GP: HbA1c rising over a year despite adherent metformin + gliclazide"),
    dict(key="D09", build=d09, target="WORSENING_DESPITE_TREATMENT", kind="near-miss", expected=[],
         why="Blood pressure rose 146 -> 166 systolic, but the patient stopped amlodipine in April 2026, so the treatment was not running "
             "during the worsening.",
         summary="Scottish GP: BP rising after the patient stopped amlodipine; losartan started"),
    dict(key="D10", build=d10, target="RARE_OR_COMPLEX_CONDITION", kind="near-miss", expected=[],
         why="Only four active chronic conditions (hypertension, hypothyroidism, knee OA, osteoporosis); the fracture, pneumonia and "
             "shingles are resolved, so the five-condition complexity threshold is not reached.",
         summary="Scottish GP: elderly woman with four stable chronic conditions and several resolved past problems"),
]
