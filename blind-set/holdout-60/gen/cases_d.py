"""Organisation D: a UK hospital-at-home and community paramedic service (fictitious NHS trust).

SNOMED CT, NEWS2, remote-monitoring readings from home devices, virtual-ward
admissions, scheduled and unscheduled paramedic visits, GP records from the
shared care record, escalation notes, NHS numbers, local formulary codes.
"""
import zlib

from fhirkit import (LOINC, ORGTYPE, SCT, V20074, cc, qty, txt, OrgProfile)

BASE = "https://fhir.riverside-hah.example.org/fhir/R4/"
LOCAL = "https://fhir.riverside-hah.example.org/fhir/CodeSystem/"
LAB_SYS = LOCAL + "pathology-tests"
FORM = LOCAL + "formulary"
ETYPE = LOCAL + "encounter-type"
RM = LOCAL + "remote-monitoring"

LAB_NAMES = {
    "hb_gl": ("FBC-HB", "Haemoglobin"), "hb_gl_m": ("FBC-HB", "Haemoglobin"), "wbc": ("FBC-WCC", "White cell count"),
    "plt": ("FBC-PLT", "Platelets"), "na": ("UE-NA", "Sodium"), "k": ("UE-K", "Potassium"),
    "creat_umol": ("UE-CREA", "Creatinine"), "egfr": ("UE-EGFR", "eGFR"), "crp": ("CRP", "C-reactive protein"),
    "tsh": ("TFT-TSH", "TSH"), "hba1c": ("HBA1C", "HbA1c"), "ntprobnp": ("NTPRO", "NT-proBNP"), "ferritin": ("FERR", "Ferritin"),
    "alb_gl": ("LFT-ALB", "Albumin"), "bili": ("LFT-BIL", "Bilirubin"), "alp": ("LFT-ALP", "Alkaline phosphatase"),
    "alt": ("LFT-ALT", "ALT"), "ca199": ("CA199", "CA 19-9"), "mg": ("MG", "Magnesium"), "glucose": ("GLU", "Glucose"),
}

ORG = OrgProfile("D", BASE, "Europe/London", "en-GB", LAB_NAMES, LAB_SYS)

STAFF = {
    "geri": ("Cole", "Hannah", "Dr", "Consultant Geriatrician, Virtual Ward Clinical Lead", "gmc", "female"),
    "app": ("Ellis", "Mark", None, "Advanced Paramedic Practitioner", "hcpc", "male"),
    "para": ("Turner", "Chloe", None, "Community Paramedic", "hcpc", "female"),
    "matron": ("Grant", "Sophie", None, "Community Matron", "nmc", "female"),
    "gp": ("Whitaker", "James", "Dr", "General Practitioner, Millbrook Surgery", "gmc", "male"),
    "palm": ("Rahman", "Aisha", "Dr", "Consultant in Palliative Medicine", "gmc", "female"),
    "card": ("Hughes", "Owen", "Dr", "Consultant Cardiologist (Heart Failure)", "gmc", "male"),
    "hfn": ("Barnes", "Lucy", None, "Heart Failure Specialist Nurse", "nmc", "female"),
    "resp": ("Nair", "Priya", "Dr", "Consultant Respiratory Physician", "gmc", "female"),
    "pod": ("Reid", "Tom", None, "Podiatrist, Community Podiatry", "hcpc", "male"),
    "onc": ("McLeod", "Fiona", "Dr", "Consultant Medical Oncologist", "gmc", "female"),
    "stroke": ("Adams", "Ben", "Dr", "Consultant Stroke Physician", "gmc", "male"),
    "physio": ("Moore", "Daniel", None, "Physiotherapist, Early Supported Discharge", "hcpc", "male"),
    "rmn": ("Simmons", "Kate", None, "Remote Monitoring Nurse", "nmc", "female"),
    "endo": ("Mehta", "Sanjay", "Dr", "Consultant Gastroenterologist", "gmc", "male"),
    "msk": ("Hall", "Grace", None, "First Contact MSK Physiotherapist", "hcpc", "female"),
}
IDSYS = {"gmc": "https://fhir.hl7.org.uk/Id/gmc-number", "hcpc": "https://fhir.hl7.org.uk/Id/hcpc-number",
         "nmc": "https://fhir.hl7.org.uk/Id/nmc-number"}


def sct(code, display, text=None):
    return cc((SCT, code, display), text=text or display)


def med(code, text):
    return cc((FORM, code, text), text=text)


def etype(code):
    labels = {"VW": "Virtual ward (hospital at home) admission", "HAH": "Hospital at home scheduled visit",
              "CPU": "Unscheduled community paramedic attendance (999/111)", "CPS": "Scheduled community paramedic review",
              "GP": "General practice face-to-face consultation", "GPT": "General practice telephone consultation",
              "ED": "Emergency department attendance", "ADM": "Emergency admission, Riverside General Hospital",
              "RMR": "Remote monitoring review", "OPD": "Outpatient clinic", "HFN": "Heart failure nurse home visit",
              "POD": "Community podiatry appointment", "MAT": "Community matron home visit", "PAL": "Hospital at home palliative care visit",
              "ESD": "Early supported discharge (stroke) home visit", "EXT": "External specialist opinion", "ENDO": "Endoscopy unit attendance",
              "MSK": "MSK physiotherapy review"}
    return cc((ETYPE, code, labels[code]), text=labels[code])


NOTE_TYPES = {
    "gp": ((LOINC, "11506-3", "Progress note"), "GP consultation record (shared care record)"),
    "epcr": ((LOINC, "34109-9", "Note"), "Paramedic patient care record"),
    "ds": ((LOINC, "18842-5", "Discharge summary"), "Discharge summary"),
    "vw": ((LOINC, "11506-3", "Progress note"), "Hospital at home review"),
    "esc": ((LOINC, "11506-3", "Progress note"), "Escalation note"),
    "letter": ((LOINC, "11488-4", "Consult note"), "Clinic letter"),
    "nurse": ((LOINC, "34746-8", "Nurse note"), "Community nursing note"),
    "ed": ((LOINC, "34111-5", "Emergency department Note"), "Emergency department record"),
}


def note(c, key, kind, when, text, author, enc=None, custodian="org-trust"):
    code, label = NOTE_TYPES[kind]
    return c.note(key, cc(code, text=label), when, text, label, author=author, enc=enc, custodian=c.ref("Organization", custodian))


def setup(c, fam, given, sex, birth, nhs, street, town, staff, acute=False, gp=True, phone=None, extra_org=None):
    c.organization("org-trust", "Riverside Community Health NHS Trust", ident=[{"system": "https://fhir.nhs.uk/Id/ods-organization-code", "value": "R9X"}],
                   typ=cc((ORGTYPE, "prov", "Healthcare Provider")),
                   address={"line": ["Riverside House, 2 Quay Street"], "city": "Riverside", "postalCode": "RV1 4QS", "country": "GB"})
    c.organization("org-hah", "Riverside Hospital at Home & Community Paramedic Service", typ=cc((ORGTYPE, "dept", "Hospital Department")),
                   part_of=c.ref("Organization", "org-trust"), telecom=[{"system": "phone", "value": "+44 1632 960 410"}])
    c.organization("org-icb", "NHS Riverside Integrated Care Board", typ=cc((ORGTYPE, "pay", "Payer")))
    if acute:
        c.organization("org-rgh", "Riverside General Hospital", typ=cc((ORGTYPE, "prov", "Healthcare Provider")),
                       part_of=c.ref("Organization", "org-trust"))
    if gp:
        c.organization("org-gp", "Millbrook Surgery", ident=[{"system": "https://fhir.nhs.uk/Id/ods-organization-code", "value": "Y09431"}],
                       typ=cc((ORGTYPE, "prov", "Healthcare Provider")), address={"city": "Riverside", "country": "GB"})
    if extra_org:
        for key, name in extra_org:
            c.organization(key, name, typ=cc((ORGTYPE, "prov", "Healthcare Provider")))
    for k in staff:
        fam_p, given_p, prefix, role, reg, g = STAFF[k]
        c.practitioner(f"pr-{k}", fam_p, given_p, prefix=prefix, gender=g,
                       ident=[{"system": IDSYS[reg], "value": f"{zlib.crc32((fam_p + k).encode()) % 10**7:07d}"}],
                       qual=cc(text=role))
    c.patient(fam, given, sex, birth,
              ident=[{"system": "https://fhir.nhs.uk/Id/nhs-number", "value": nhs},
                     {"use": "usual", "type": cc(("http://terminology.hl7.org/CodeSystem/v2-0203", "MR", "Medical record number")),
                      "system": "https://fhir.riverside-hah.example.org/Id/local-patient-id", "value": "RCH" + nhs[-6:]}],
              address={"use": "home", "line": [street], "city": town, "country": "GB"},
              telecom=[{"system": "phone", "value": phone or "+44 1632 960 000", "use": "home"}], language="en-GB",
              gp=[c.ref("Organization", "org-gp")] if gp else None, org=c.ref("Organization", "org-trust"))
    c.coverage("cov-nhs", c.ref("Organization", "org-icb"), cc(text="NHS-funded care"), "2000-01-01", subscriber_id=nhs)
    return c.ref("Organization", "org-hah")


def P(c, k):
    return c.ref("Practitioner", f"pr-{k}")


def news2(c, key, when, score, enc=None, performer=None, note=None):
    return c.observation(key, cc((SCT, "1104051000000101", "Royal College of Physicians National Early Warning Score 2 (NEWS2) total score"),
                                 text="NEWS2"), when, score,
                         cat="survey", enc=enc, performer=performer, note=note)


# =====================================================================================
def d01(c):
    """GP visit, two unscheduled paramedic attendances and an emergency admission within eight days; cause not established."""
    hah = setup(c, "Whitfield", "Doreen", "female", "1944-02-08", "9990413275", "14 Orchard Row", "Millbrook",
                ("gp", "para", "app", "geri"), acute=True, phone="+44 1632 960 118")
    gp, para, app, geri = P(c, "gp"), P(c, "para"), P(c, "app"), P(c, "geri")
    gp_org, rgh = c.ref("Organization", "org-gp"), c.ref("Organization", "org-rgh")
    htn = c.condition("cond-htn", sct("38341003", "Hypertensive disorder, systemic arterial"), onset="2005", recorded="2005-06-01")
    c.condition("cond-oa", sct("239873007", "Osteoarthritis of knee"), onset="2012", recorded="2012-03-01")
    c.condition("cond-hypo", sct("40930008", "Hypothyroidism"), onset="2010", recorded="2010-09-01")
    e1 = c.encounter("enc-gp", "AMB", "2026-11-02 10:10", "2026-11-02 10:25", typ=etype("GP"), pract=gp, provider=gp_org,
                     reason=sct("84229001", "Fatigue", "Tired and 'off her legs' for a week"))
    note(c, "doc-gp", "gp", "2026-11-02 10:25", """
Millbrook Surgery - Dr J Whitaker - 02/11/2026 (face to face)
82F, attends with daughter. Tired and off her legs for about a week, eating less. Daughter thinks she is "a bit muddled" at times. No falls, no fever, no urinary symptoms.
O/E: alert, orientated. BP 128/74, HR 84 reg, T 36.8, SpO2 96% RA. Chest clear. Abdo soft. Urine dip negative.
Impression: probable viral illness / post-viral fatigue.
Plan: fluids, rest, paracetamol. Routine bloods booked for 16/11. Safety-netted: call 111 if worse or falls.
""", gp, e1, custodian="org-gp")
    c.service_request("sr-bloods", cc(text="FBC, U&E, LFT, TFT, CRP (routine)"), "2026-11-02 10:24", status="revoked", intent="order",
                      requester=gp, occurrence="2026-11-16", enc=e1, note="Cancelled: patient admitted 10/11/2026; bloods done in hospital.")
    e2 = c.encounter("enc-cp1", "EMER", "2026-11-05 19:40", "2026-11-05 21:05", typ=etype("CPU"), priority="UR", pract=para, provider=hah,
                     reason=sct("217082002", "Accidental fall", "Fall at home, found on floor by daughter"))
    news2(c, "news-cp1", "2026-11-05 19:55", 2, enc=e2, performer=para)
    c.observation("lsbp-cp1", cc((LOCAL + "obs", "LSBP", "Lying and standing blood pressure"), text="Lying/standing BP"), "2026-11-05 20:05",
                  "Lying 132/76; standing (3 min) 112/64 with light-headedness", cat="vital-signs", enc=e2, performer=para, interp="A")
    note(c, "doc-cp1", "epcr", "2026-11-05 21:05", """
COMMUNITY PARAMEDIC - UNSCHEDULED ATTENDANCE (111 referral) - 05/11/2026 19:40
PC: fall in kitchen, on floor ~20 min until daughter arrived. No head injury, no LOC reported. Felt "swimmy" on standing.
Obs: RR 18, SpO2 96%, BP 132/76 lying / 112/64 standing, HR 88, T 36.9, alert. NEWS2 2. No injuries on secondary survey. Mobilised with frame.
Impression: fall, possible postural component.
Outcome: not conveyed. Falls team referral. Advised to rise slowly. Information shared with GP.
C Turner, Community Paramedic
""", para, e2, custodian="org-trust")
    e3 = c.encounter("enc-cp2", "EMER", "2026-11-08 08:15", "2026-11-08 09:30", typ=etype("CPU"), priority="UR", pract=app, provider=hah,
                     reason=sct("404640003", "Dizziness", "Dizzy, second fall overnight"))
    news2(c, "news-cp2", "2026-11-08 08:25", 2, enc=e3, performer=app)
    note(c, "doc-cp2", "epcr", "2026-11-08 09:30", """
COMMUNITY PARAMEDIC - UNSCHEDULED ATTENDANCE (999, category 4) - 08/11/2026 08:15
Second fall in 3 days, overnight going to toilet. Dizzy, tired, poor oral intake. Daughter says "not herself".
Obs: RR 18, SpO2 95%, BP 124/70, HR 92, T 37.0, alert (no new confusion on 4AT screen score 2). NEWS2 2. Small skin tear left forearm dressed.
Impression: recurrent falls, general decline - cause unclear.
Outcome: not conveyed after discussion with patient. Same-day GP telephone review requested; GP surgery closed (Sunday) - passed to Monday list.
M Ellis, Advanced Paramedic Practitioner
""", app, e3, custodian="org-trust")
    fall = c.condition("cond-falls", sct("161898004", "Falls", "Recurrent falls with delirium - cause not established"), onset="2026-11-05",
                       recorded="2026-11-10", cat="encounter-diagnosis", asserter=geri)
    e4 = c.encounter("enc-adm", "IMP", "2026-11-10 06:30", "2026-11-14 12:00", typ=etype("ADM"), priority="EM", pract=geri, provider=rgh,
                     admit=("emd", "From accident/emergency department"), discharge=("alt-home", "Alternative home"),
                     reason=sct("2776000", "Delirium", "Found on floor, confused"), diagnoses=[(fall, "DD")])
    news2(c, "news-adm", "2026-11-10 06:40", 5, enc=e4, note="New confusion (3), HR 104 (1), SBP 108 (1)")
    c.labs("lab-adm", "2026-11-10 07:00", [("na", 129), ("k", 3.6), ("creat_umol", 96, {"low": 45, "high": 84}), ("hb_gl", 124),
                                            ("crp", 7), ("tsh", 2.4)], enc=e4, performer=rgh, report="Admission bloods",
           conclusion="Mild hyponatraemia; otherwise unremarkable.")
    c.report("ct-head", cc((LOCAL + "imaging", "CTHEAD", "CT head without contrast"), text="CT head non-contrast"), "2026-11-10 09:10",
             conclusion="No acute intracranial abnormality. Age-appropriate involutional change.",
             cat=cc((V20074, "RAD", "Radiology")), enc=e4, performer=rgh)
    note(c, "doc-ds", "ds", "2026-11-14 12:00", """
DISCHARGE SUMMARY - Riverside General Hospital, Frailty Unit - 10/11/2026 to 14/11/2026
Presenting complaint: found on floor by daughter, confused. Third fall in 5 days; seen by GP on 02/11 (viral illness) and by community paramedics on 05/11 and 08/11.
Findings: delirium on admission (4AT 6), resolved by day 3. Na 129 (corrected to 134 with fluid restriction and stopping indapamide). CT head normal. CXR clear. Urine culture no growth. ECG sinus rhythm, normal intervals. Postural BP drop 20 mmHg.
Diagnosis: recurrent falls and delirium - no single cause established; possible contribution of postural hypotension and mild hyponatraemia.
Changes: indapamide stopped.
Discharge: to Hospital at Home (virtual ward) for monitoring of sodium, lying/standing BP and mobility.
Dr H Cole, Consultant Geriatrician
""", geri, e4)
    e5 = c.encounter("enc-vw", "HH", "2026-11-14 14:00", "2026-11-24 12:00", typ=etype("VW"), pract=[geri, app], provider=hah,
                     admit=("hosp-trans", "Transferred from other hospital"), discharge=("home", "Home"), part_of=None,
                     reason=sct("161898004", "Falls"))
    c.lab("na-vw1", "na", "2026-11-17 09:00", 132, enc=e5, performer=hah)
    c.lab("na-vw2", "na", "2026-11-21 09:00", 135, enc=e5, performer=hah)
    note(c, "doc-vw", "vw", "2026-11-24 12:00", """
HOSPITAL AT HOME - DISCHARGE FROM VIRTUAL WARD - 24/11/2026
10 days of monitoring after admission with falls and delirium. No further falls. Na 132 -> 135. Postural drop now 10 mmHg. Mobilising with frame, daughter visiting daily.
Still tired and not back to her baseline; cause of the initial decline remains unexplained.
Plan: GP review in 2 weeks with repeat U&E; falls clinic appointment pending.
Dr H Cole
""", geri, e5)
    c.med_statement("ms-indap", med("F-INDAP25", "Indapamide 2.5 mg tablets"), "stopped", start="2015-01-01", end="2026-11-10",
                    dosage="2.5 mg each morning", reason_ref=htn, asserted="2026-11-14", status_reason=cc(text="Stopped on admission: hyponatraemia, falls"))
    c.med_statement("ms-amlo", med("F-AMLO5", "Amlodipine 5 mg tablets"), "active", start="2015-01-01", dosage="5 mg daily", reason_ref=htn,
                    asserted="2026-11-14")
    c.med_statement("ms-levo", med("F-LEVO75", "Levothyroxine 75 microgram tablets"), "active", start="2010-09-01", dosage="75 micrograms daily",
                    asserted="2026-11-14")
    c.med_statement("ms-para", med("F-PARA500", "Paracetamol 500 mg tablets"), "active", start="2012-03-01", dosage="1 g up to four times daily",
                    asserted="2026-11-14")
    return c


# =====================================================================================
def d02(c):
    """Positive FIT in July with colonoscopy within four weeks (haemorrhoids, hyperplastic polyp); current virtual-ward stay for pneumonia."""
    hah = setup(c, "Baxter", "Leonard", "male", "1949-06-21", "9991207364", "7 Canal Cottages", "Riverside",
                ("gp", "endo", "geri", "para"), acute=True, phone="+44 1632 960 244")
    gp, endo, geri, para = P(c, "gp"), P(c, "endo"), P(c, "geri"), P(c, "para")
    gp_org, rgh = c.ref("Organization", "org-gp"), c.ref("Organization", "org-rgh")
    c.condition("cond-htn", sct("38341003", "Hypertensive disorder, systemic arterial"), onset="2009", recorded="2009-04-01")
    c.condition("cond-bph", sct("266569009", "Benign prostatic hyperplasia"), onset="2016", recorded="2016-02-01")
    c.condition("cond-chol", sct("13644009", "Hypercholesterolemia"), onset="2012", recorded="2012-05-01")
    e1 = c.encounter("enc-gp", "AMB", "2026-07-14 11:00", "2026-07-14 11:15", typ=etype("GP"), pract=gp, provider=gp_org,
                     reason=cc(text="Looser stools for 6 weeks"))
    fit = c.observation("fit", cc((LOINC, "29771-3", "Hemoglobin.gastrointestinal.lower [Presence] in Stool by Immunoassay"),
                                  (LAB_SYS, "FIT-Q", "Faecal immunochemical (FIT) haemoglobin"), text="FIT"),
                        "2026-07-20 10:00", sct("10828004", "Positive"), interp="POS", performer=gp_org,
                        note="Quantitative result 142 micrograms Hb/g faeces (threshold 10).")
    c.labs("lab-0714", "2026-07-14 11:30", [("hb_gl_m", 139), ("ferritin", 84), ("creat_umol", 82, {"low": 59, "high": 104})], enc=e1,
           performer=gp_org)
    sr = c.service_request("sr-2ww", cc(text="Urgent suspected lower GI cancer referral (FIT >= 10)"), "2026-07-21 09:00",
                           status="completed", intent="order", priority="urgent", requester=gp, performer=rgh, reason_ref=[fit])
    e2 = c.encounter("enc-endo", "AMB", "2026-08-11 13:30", "2026-08-11 15:00", typ=etype("ENDO"), pract=endo, provider=rgh, based_on=[sr],
                     reason=cc(text="FIT-positive, change in bowel habit"))
    colo = c.procedure("colono", sct("73761001", "Colonoscopy"), performed="2026-08-11 14:00", performer=endo, enc=e2, based_on=[sr],
                       reason_ref=[fit], outcome=txt("Complete to caecum (TI intubated). Sigmoid diverticulosis. 4 mm sigmoid polyp removed by cold snare. Grade 2 internal haemorrhoids. No neoplasia."))
    c.report("histo", cc((LOINC, "11526-1", "Pathology study"), text="Histology - sigmoid polyp"), "2026-08-19",
             conclusion="Hyperplastic polyp. No dysplasia.", cat=cc((V20074, "SP", "Surgical Pathology")), performer=rgh)
    note(c, "doc-endo", "letter", "2026-08-25 09:00", """
Endoscopy / Lower GI clinic letter - 25/08/2026
Dear Dr Whitaker, re Leonard Baxter. Referred on the urgent suspected cancer pathway (FIT 142). Colonoscopy 11/08/2026: complete, diverticulosis, 4 mm hyperplastic polyp removed, grade 2 haemorrhoids. No cancer found. Haemoglobin and ferritin normal. Bowel habit already settling.
No surveillance colonoscopy required. Discharged from the pathway.
Dr S Mehta, Consultant Gastroenterologist
""", endo, e2)
    c.immunization("flu", cc((FORM, "F-FLUVAX", "Influenza vaccine (adjuvanted, 2026/27 season)"), text="Influenza vaccine 2026/27"), "2026-10-20", lot="FLU26-4471")
    e3 = c.encounter("enc-ed", "EMER", "2026-11-16 10:20", "2026-11-16 15:30", typ=etype("ED"), pract=geri, provider=rgh, priority="UR",
                     reason=sct("233604007", "Pneumonia", "Cough, fever, breathless 3 days"))
    cap = c.condition("cond-cap", sct("385093006", "Community acquired pneumonia"), onset="2026-11-13", recorded="2026-11-16",
                      cat="encounter-diagnosis", clinical="resolved", abate="2026-11-23", enc=e3)
    c.labs("lab-ed", "2026-11-16 10:50", [("crp", 96), ("wbc", 13.8), ("creat_umol", 90, {"low": 59, "high": 104}), ("hb_gl_m", 137)],
           enc=e3, performer=rgh)
    e4 = c.encounter("enc-vw", "HH", "2026-11-16 15:30", "2026-11-23 11:00", typ=etype("VW"), pract=[geri, para], provider=hah,
                     admit=("emd", "From accident/emergency department"), discharge=("home", "Home"), diagnoses=[(cap, "DD")],
                     reason=sct("385093006", "Community acquired pneumonia"))
    for i, (d, score, spo2) in enumerate([("2026-11-17 09:00", 3, 93), ("2026-11-19 09:00", 1, 95), ("2026-11-22 09:00", 0, 96)], 1):
        news2(c, f"news-{i}", d, score, enc=e4, performer=para)
        c.observation(f"spo2-{i}", cc((LOINC, "59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry")), d, qty(spo2, "%"),
                      cat="vital-signs", enc=e4, device_text="Home pulse oximeter (remote monitoring kit)")
    c.med_request("rx-amox", med("F-AMOX500", "Amoxicillin 500 mg capsules"), "2026-11-16 15:00", "500 mg three times daily for 5 days",
                  status="completed", requester=geri, enc=e4, reason_ref=cap, category="community")
    note(c, "doc-vw", "vw", "2026-11-23 11:00", """
HOSPITAL AT HOME - DISCHARGE - 23/11/2026
Community-acquired pneumonia (CURB-65 1), managed on the virtual ward after ED assessment on 16/11. NEWS2 3 -> 0, SpO2 96% on air, afebrile since day 3. Completed amoxicillin.
Background noted: FIT-positive in July, colonoscopy 11/08/2026 benign (hyperplastic polyp, haemorrhoids), discharged by gastroenterology.
Discharged to GP care. Repeat chest X-ray in 6 weeks.
Dr H Cole
""", geri, e4)
    c.med_statement("ms-ramipril", med("F-RAMI5", "Ramipril 5 mg capsules"), "active", start="2009-04-01", dosage="5 mg daily", asserted="2026-11-16")
    c.med_statement("ms-tams", med("F-TAMS400", "Tamsulosin 400 microgram MR capsules"), "active", start="2016-02-01", dosage="400 micrograms daily",
                    asserted="2026-11-16")
    c.med_statement("ms-ator", med("F-ATOR20", "Atorvastatin 20 mg tablets"), "active", start="2012-05-01", dosage="20 mg at night",
                    asserted="2026-11-16")
    return c


# =====================================================================================
def d03(c):
    """Two 'COPD exacerbations' that were heart failure: NT-proBNP and echo revised the diagnosis; improving on HF treatment."""
    hah = setup(c, "Marsh", "Gordon", "male", "1951-12-03", "9993385012", "22 Weavers Lane", "Riverside",
                ("gp", "card", "hfn", "geri"), acute=True, phone="+44 1632 960 355")
    gp, card, hfn, geri = P(c, "gp"), P(c, "card"), P(c, "hfn"), P(c, "geri")
    gp_org, rgh = c.ref("Organization", "org-gp"), c.ref("Organization", "org-rgh")
    copd = c.condition("cond-copd", sct("13645005", "Chronic obstructive lung disease"), onset="2019", recorded="2019-03-11",
                       note="GOLD 2 (FEV1 62% predicted, 2024).")
    c.condition("cond-htn", sct("38341003", "Hypertensive disorder, systemic arterial"), onset="2010", recorded="2010-01-01")
    ex1 = c.condition("cond-aecopd1", sct("195951007", "Acute exacerbation of chronic obstructive airways disease"), onset="2026-07-10",
                      recorded="2026-07-14", clinical="resolved", abate="2026-07-28", cat="encounter-diagnosis", asserter=gp)
    ex2 = c.condition("cond-aecopd2", sct("195951007", "Acute exacerbation of chronic obstructive airways disease"), onset="2026-08-20",
                      recorded="2026-08-25", clinical=None, ver="refuted", cat="encounter-diagnosis", asserter=gp,
                      note="Retrospectively refuted 29/09/2026: breathlessness and ankle swelling were due to decompensated heart failure.")
    for i, (d, key) in enumerate([("2026-07-14", "enc-gp1"), ("2026-08-25", "enc-gp2")], 1):
        c.encounter(key, "AMB", f"{d} 09:30", f"{d} 09:45", typ=etype("GP"), pract=gp, provider=gp_org,
                    reason=cc(text="Breathless, ankle swelling, cough"), diagnoses=[(ex1 if i == 1 else ex2, "DD")])
        c.med_request(f"rx-rescue{i}", med("F-PRED5", "Prednisolone 5 mg tablets"), f"{d} 09:44", "30 mg once daily for 5 days",
                      status="completed", requester=gp, enc=c.ref("Encounter", key), category="community",
                      reason_ref=ex1 if i == 1 else ex2)
    note(c, "doc-gp2", "gp", "2026-08-25 09:45", """
Millbrook Surgery - Dr J Whitaker - 25/08/2026
Second episode since July: more breathless, sleeping on 3 pillows, ankles swollen. Wheeze ++. SpO2 93%.
Impression: further exacerbation of COPD. Rescue pack: prednisolone 30 mg 5/7 and doxycycline. Review if not improving.
""", gp, c.ref("Encounter", "enc-gp2"), custodian="org-gp")
    e3 = c.encounter("enc-ed", "EMER", "2026-09-21 11:00", "2026-09-21 16:00", typ=etype("ED"), pract=geri, provider=rgh, priority="UR",
                     reason=sct("267036007", "Dyspnea", "Breathless at rest, orthopnoea, leg oedema"))
    c.lab("bnp-ed", "ntprobnp", "2026-09-21 11:30", 3400, enc=e3, performer=rgh)
    c.report("cxr", sct("399208008", "Plain chest X-ray"), "2026-09-21 12:10",
             conclusion="Cardiomegaly, upper lobe venous diversion, small bilateral pleural effusions. Hyperinflation.",
             cat=cc((V20074, "RAD", "Radiology")), enc=e3, performer=rgh)
    hf = c.condition("cond-hf", sct("84114007", "Heart failure", "Heart failure with reduced ejection fraction (LVEF 32%)"), onset="2026-07",
                     recorded="2026-09-29", asserter=card)
    e4 = c.encounter("enc-vw", "HH", "2026-09-21 16:00", "2026-10-05 12:00", typ=etype("VW"), pract=[geri, hfn], provider=hah,
                     admit=("emd", "From accident/emergency department"), discharge=("home", "Home"), diagnoses=[(hf, "DD"), (copd, "CM")],
                     reason=sct("267036007", "Dyspnea"))
    c.med_admin("adm-furo", med("F-FURO-IV", "Furosemide 10 mg/mL injection"), "2026-09-21 18:00", "2026-09-26 10:00",
                dose_text="40 mg IV twice daily (hospital at home nurses)", route=sct("47625008", "Intravenous route"), enc=e4, performer=hfn)
    c.report("echo", sct("40701008", "Echocardiography", "Transthoracic echocardiogram"), "2026-09-29 14:00",
             conclusion="Dilated LV with global hypokinesia, LVEF 32% (biplane). Moderate functional MR. RV normal size, mildly impaired. Estimated PASP 45 mmHg.",
             cat=cc((V20074, "CUS", "Cardiac Ultrasound")), performer=card)
    note(c, "doc-card", "letter", "2026-09-30 16:00", """
Cardiology (heart failure) - Dr O Hughes - 30/09/2026
Mr Marsh's recurrent "COPD exacerbations" since July were, in my view, episodes of decompensated heart failure: orthopnoea, oedema, NT-proBNP 3400, cardiomegaly with effusions, and now an echo with LVEF 32%.
Diagnosis: heart failure with reduced ejection fraction, probably ischaemic - coronary angiography to be arranged electively. COPD remains but was not the main driver.
Started: bisoprolol 1.25 mg, ramipril 1.25 mg, dapagliflozin 10 mg, spironolactone 25 mg; oral furosemide 40 mg after IV diuresis. HF nurse titration at home.
""", card, e4)
    for key, code, text, dose in [("ms-biso", "F-BISO", "Bisoprolol 2.5 mg tablets", "2.5 mg daily (titrated)"),
                                  ("ms-rami", "F-RAMI", "Ramipril 2.5 mg capsules", "2.5 mg daily (titrated)"),
                                  ("ms-dapa", "F-DAPA10", "Dapagliflozin 10 mg tablets", "10 mg daily"),
                                  ("ms-spiro", "F-SPIRO25", "Spironolactone 25 mg tablets", "25 mg daily"),
                                  ("ms-furo", "F-FURO40", "Furosemide 40 mg tablets", "40 mg each morning")]:
        c.med_statement(key, med(code, text), "active", start="2026-09-30", dosage=dose, reason_ref=hf, asserted="2026-11-17")
    c.med_statement("ms-inh", med("F-TRELEGY", "Fluticasone furoate/umeclidinium/vilanterol 92/55/22 inhaler"), "active", start="2023-01-01",
                    dosage="1 inhalation daily", reason_ref=copd, asserted="2026-11-17")
    e5 = c.encounter("enc-hfn", "HH", "2026-11-17 10:00", "2026-11-17 10:50", typ=etype("HFN"), pract=hfn, provider=hah,
                     reason=sct("84114007", "Heart failure", "Heart failure titration visit"))
    c.lab("bnp-1117", "ntprobnp", "2026-11-17 10:10", 980, enc=e5, performer=hah)
    c.vitals("v-1117", "2026-11-17 10:05", bp=(118, 70), hr=64, spo2=95, weight=80.2, enc=e5)
    note(c, "doc-hfn", "nurse", "2026-11-17 10:50", """
HEART FAILURE NURSE HOME VISIT - 17/11/2026
Feels "a different man": walks to the shop, sleeps on one pillow, no ankle swelling. Weight 84.5 kg (21/09) -> 80.2 kg. NYHA II. BP 118/70, HR 64. NT-proBNP 980 (from 3400).
Plan: continue titration (bisoprolol to 3.75 mg next visit), U&E in 1 week. Angiography date awaited.
L Barnes, HF Specialist Nurse
""", hfn, e5)
    return c


# =====================================================================================
def d04(c):
    """Frail woman on the community caseload: partial nail avulsion under local anaesthetic ordered by podiatry."""
    hah = setup(c, "Price", "Evelyn", "female", "1939-04-12", "9994471620", "3 Almshouse Close", "Millbrook",
                ("matron", "pod", "gp"), phone="+44 1632 960 471")
    matron, pod, gp = P(c, "matron"), P(c, "pod"), P(c, "gp")
    c.condition("cond-dm", sct("44054006", "Diabetes mellitus type 2", "Type 2 diabetes (diet-controlled)"), onset="2015", recorded="2015-01-01")
    c.condition("cond-htn", sct("38341003", "Hypertensive disorder, systemic arterial"), onset="2000", recorded="2000-01-01")
    c.condition("cond-oa", sct("239873007", "Osteoarthritis of knee"), onset="2008", recorded="2008-01-01")
    c.condition("cond-mci", sct("386806002", "Impaired cognition", "Mild cognitive impairment"), onset="2024", recorded="2024-06-01")
    nail = c.condition("cond-nail", cc(text="Ingrowing toenail, left hallux, recurrent, with paronychia"), onset="2026-08",
                       recorded="2026-10-06", asserter=matron)
    for i, d in enumerate(["2026-10-06", "2026-11-03"], 1):
        c.encounter(f"enc-mat{i}", "HH", f"{d} 10:00", f"{d} 10:40", typ=etype("MAT"), pract=matron, provider=hah, priority="R",
                    reason=cc(text="Planned community matron review (frailty caseload)"))
    c.med_request("rx-fluclox", med("F-FLUC500", "Flucloxacillin 500 mg capsules"), "2026-10-06 10:35", "500 mg four times daily for 7 days",
                  status="completed", requester=gp, category="community", reason_ref=nail)
    note(c, "doc-mat1", "nurse", "2026-10-06 10:40", """
COMMUNITY MATRON - planned visit 06/10/2026
87F, lives alone with daily carers. Mobility with stick. Left big toe red and sore at the medial nail fold with some pus - second episode this year. Discussed with GP: flucloxacillin 7 days. Refer community podiatry.
Obs: BP 138/78, HR 76, T 36.9. BM 6.8. Skin otherwise intact; pedal pulses palpable.
S Grant, Community Matron
""", matron, c.ref("Encounter", "enc-mat1"))
    e3 = c.encounter("enc-pod", "AMB", "2026-11-18 14:00", "2026-11-18 14:40", typ=etype("POD"), pract=pod, provider=hah, priority="R",
                     reason=cc(text="Recurrent ingrowing toenail, left hallux"))
    c.observation("abpi", cc((LOCAL + "obs", "ABPI-L", "Ankle brachial pressure index, left"), text="ABPI left (Doppler)"), "2026-11-18 14:15",
                  qty(1.02, "ratio"), cat="exam", enc=e3, performer=pod, interp="N", low=0.9, high=1.3, unit="ratio")
    c.lab("hba1c", "hba1c", "2026-10-20 09:00", 6.4, performer=c.ref("Organization", "org-gp"),
          note="Diet-controlled diabetes; adequate for minor foot procedure.")
    c.service_request("sr-pna", cc((LOCAL + "procedures", "POD-PNA-PH", "Partial nail avulsion with phenolisation"),
                                   text="Partial nail avulsion (medial edge) with phenolisation, left hallux, under digital ring block (local anaesthetic)"),
                      "2026-11-18 14:35", status="active", intent="order", priority="routine", requester=pod, performer=pod,
                      occurrence="2026-12-09 14:00", reason_ref=[nail], enc=e3,
                      note="Community podiatry clinic, 30-minute slot. Post-procedure dressing checks by district nurses day 2 and day 7.")
    c.service_request("sr-footcheck", cc(text="Annual diabetic foot risk assessment"), "2026-11-18 14:36", status="active", intent="order",
                      requester=pod, occurrence="2027-11-18", enc=e3)
    note(c, "doc-pod", "letter", "2026-11-18 14:40", """
COMMUNITY PODIATRY - 18/11/2026
Recurrent ingrowing nail, medial border left hallux, two infected episodes this year. Currently settled after antibiotics. Foot pulses palpable, ABPI 1.02, sensation intact to 10 g monofilament. HbA1c 6.4%.
Plan: partial nail avulsion with phenolisation under local anaesthetic ring block at the community podiatry clinic on 09/12/2026. Minor procedure, patient walks home. Consent obtained; daughter will accompany.
T Reid, Podiatrist
""", pod, e3)
    for key, code, text, dose in [("ms-amlo", "F-AMLO5", "Amlodipine 5 mg tablets", "5 mg daily"),
                                  ("ms-para", "F-PARA500", "Paracetamol 500 mg tablets", "1 g up to four times daily"),
                                  ("ms-vitd", "F-VITD", "Colecalciferol 800 unit capsules", "800 units daily")]:
        c.med_statement(key, med(code, text), "active", start="2020-01-01", dosage=dose, asserted="2026-11-18")
    c.vitals("v-mat2", "2026-11-03 10:10", bp=(136, 76), hr=74, weight=58.0, enc=c.ref("Encounter", "enc-mat2"))
    return c


# =====================================================================================
def d05(c):
    """Metastatic pancreatic cancer, ECOG 3: oncology letter says no anti-cancer treatment options; palliative care at home."""
    hah = setup(c, "Hargreaves", "Peter", "male", "1950-08-30", "9995530841", "61 Mill Hill Road", "Riverside",
                ("onc", "palm", "app", "gp"), acute=True, phone="+44 1632 960 553")
    onc, palm, app, gp = P(c, "onc"), P(c, "palm"), P(c, "app"), P(c, "gp")
    rgh = c.ref("Organization", "org-rgh")
    pc = c.condition("cond-pdac", sct("363418001", "Malignant tumor of pancreas", "Adenocarcinoma of head of pancreas"), onset="2026-09",
                     recorded="2026-09-18", asserter=onc, stage=cc(text="Stage IV (liver metastases)"))
    c.condition("cond-liver", sct("94381002", "Secondary malignant neoplasm of liver"), onset="2026-09", recorded="2026-09-08")
    c.condition("cond-htn", sct("38341003", "Hypertensive disorder, systemic arterial"), onset="2011", recorded="2011-01-01")
    c.condition("cond-jaund", sct("18165001", "Jaundice", "Obstructive jaundice"), onset="2026-08-28", recorded="2026-09-02",
                clinical="resolved", abate="2026-10-01", note="Resolved after biliary stent.")
    c.report("ct", cc((LOCAL + "imaging", "CTCAP", "CT chest, abdomen and pelvis with contrast"), text="CT chest/abdomen/pelvis"), "2026-09-08 11:00",
             conclusion="3.4 cm hypodense mass in the pancreatic head with biliary and pancreatic duct dilatation, SMV abutment. Multiple hepatic metastases (largest 3.1 cm). Small-volume ascites.",
             cat=cc((V20074, "RAD", "Radiology")), performer=rgh)
    c.procedure("ercp", cc(text="EUS-guided fine needle biopsy of pancreatic mass and ERCP with metal biliary stent"),
                performed="2026-09-18 10:00", performer=rgh, reason_ref=[pc],
                outcome=txt("Histology: adenocarcinoma, pancreatobiliary type."))
    c.labs("lab-1006", "2026-10-06 09:00", [("alp", 310), ("alb_gl", 27), ("ca199", 2850), ("hb_gl_m", 112)],
           performer=rgh)
    e1 = c.encounter("enc-onc", "AMB", "2026-10-06 10:00", "2026-10-06 10:45", typ=etype("OPD"), pract=onc, provider=rgh,
                     reason=sct("363418001", "Malignant tumor of pancreas"))
    c.observation("ecog", cc((LOINC, "89247-1", "ECOG Performance Status score"), text="WHO/ECOG performance status"), "2026-10-06 10:05",
                  3, cat="survey", enc=e1, performer=onc)
    c.vitals("v-1006", "2026-10-06 10:03", weight=64.0, enc=e1)
    note(c, "doc-onc", "letter", "2026-10-06 10:45", """
Oncology clinic letter - Dr F McLeod - 06/10/2026
Dear Dr Whitaker, re Peter Hargreaves, 76.
Diagnosis: metastatic adenocarcinoma of the pancreatic head with liver metastases (stage IV). Biliary stent 18/09/2026, bilirubin now near normal.
He has lost 12 kg since the summer, spends more than half the day in bed or chair (performance status 3), albumin 27.
I discussed palliative chemotherapy in detail. In his current condition he is not fit for any chemotherapy regimen, and I explained honestly that there are no active anti-cancer treatment options for him. He and his wife understood; their priority is to be at home and comfortable.
Plan: referral to the specialist palliative care team and Hospice at Home; Creon with meals; pain management as below. No further oncology follow-up planned unless his condition changes.
""", onc, e1)
    for i, (d, nrs) in enumerate([("2026-10-14", 4), ("2026-10-28", 5), ("2026-11-18", 4)], 1):
        e = c.encounter(f"enc-pal{i}", "HH", f"{d} 11:00", f"{d} 11:50", typ=etype("PAL"), pract=palm if i == 1 else app, provider=hah,
                        priority="R", reason=cc(text="Palliative symptom review at home"))
        c.observation(f"nrs-{i}", cc((LOINC, "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"), text="Pain score (0-10)"),
                      f"{d} 11:10", nrs, cat="survey", enc=e)
    note(c, "doc-pal1", "vw", "2026-10-14 11:50", """
SPECIALIST PALLIATIVE CARE - first home visit - 14/10/2026
Epigastric/back pain 4/10 on MST 10 mg bd, occasional Oramorph. Nausea mild. Eating small amounts with Creon. Wife coping, daughter visiting.
Advance care planning: ReSPECT form completed - for symptom-directed care at home, not for CPR, preferred place of death home.
Anticipatory ("just in case") medicines prescribed and delivered.
Dr A Rahman, Consultant in Palliative Medicine
""", palm, c.ref("Encounter", "enc-pal1"))
    c.med_request("rx-mst", med("F-MST10", "Morphine sulfate 10 mg modified-release tablets"), "2026-10-14 11:40", "10 mg twice daily",
                  requester=palm, category="community", reason_ref=pc)
    c.med_request("rx-oramorph", med("F-ORAM", "Morphine sulfate 10 mg/5 mL oral solution"), "2026-10-14 11:40",
                  "2.5-5 mg every 2 hours as needed for pain", requester=palm, category="community", reason_ref=pc)
    c.med_request("rx-creon", med("F-CREON25", "Pancreatin 25,000 unit capsules"), "2026-10-06 10:40", "2 capsules with meals, 1 with snacks",
                  requester=onc, category="community", reason_ref=pc)
    c.med_request("rx-jic", med("F-JIC", "Anticipatory medicines pack: morphine, midazolam, levomepromazine, hyoscine butylbromide injections"),
                  "2026-10-14 11:45", "Subcutaneous as per community anticipatory prescribing chart", requester=palm, category="community",
                  reason_ref=pc)
    return c


# =====================================================================================
def d06(c):
    """End-stage heart failure on a palliative pathway; an advanced heart failure centre gave a second opinion in June."""
    hah = setup(c, "Lloyd", "Bernard", "male", "1945-01-19", "9996624158", "5 Chapel Terrace", "Riverside",
                ("card", "hfn", "palm", "geri"), acute=True, phone="+44 1632 960 662",
                extra_org=[("org-ahf", "Northern Advanced Heart Failure & Transplant Centre")])
    card, hfn, palm, geri = P(c, "card"), P(c, "hfn"), P(c, "palm"), P(c, "geri")
    rgh, ahf = c.ref("Organization", "org-rgh"), c.ref("Organization", "org-ahf")
    c.practitioner("pr-ext", "Lang", "Richard", prefix="Prof", qual=cc(text="Consultant Cardiologist, Advanced Heart Failure and Transplantation"),
                   gender="male")
    ext = P(c, "ext")
    hf = c.condition("cond-hf", sct("84114007", "Heart failure", "Heart failure with reduced ejection fraction, ischaemic cardiomyopathy (LVEF 20%), NYHA IV"),
                     onset="2018", recorded="2018-05-01", asserter=card, severity=cc(text="Advanced (stage D)"))
    c.condition("cond-af", sct("49436004", "Atrial fibrillation"), onset="2019", recorded="2019-02-01")
    c.condition("cond-ckd", sct("709044004", "Chronic kidney disease", "Chronic kidney disease stage 3b"), onset="2021", recorded="2021-01-01")
    c.condition("cond-ihd", sct("414545008", "Ischemic heart disease"), onset="2012", recorded="2012-01-01", note="CABG 2012.")
    e1 = c.encounter("enc-card", "AMB", "2026-05-12 14:00", "2026-05-12 14:30", typ=etype("OPD"), pract=card, provider=rgh,
                     reason=sct("84114007", "Heart failure"))
    sr = c.service_request("sr-so", cc((LOCAL + "referrals", "AHF-2ND-OPINION", "Referral for second opinion - advanced heart failure therapies"),
                                       text="Referral for second opinion: advanced heart failure therapies (transplant / LVAD assessment)"),
                           "2026-05-12 14:25", status="completed", intent="order", requester=card, performer=ahf, reason_ref=[hf], enc=e1,
                           note="Patient and family asked whether anything more could be done.")
    e2 = c.encounter("enc-ahf", "AMB", "2026-06-18 10:00", "2026-06-18 12:00", typ=etype("EXT"), pract=ext, provider=ahf, based_on=[sr],
                     reason=sct("84114007", "Heart failure", "Second opinion - advanced heart failure"))
    note(c, "doc-ahf", "letter", "2026-06-18 12:00", """
Northern Advanced Heart Failure & Transplant Centre - second opinion - 18/06/2026
Dear Dr Hughes, thank you for referring Mr Lloyd (81) for an opinion on advanced therapies.
Ischaemic cardiomyopathy, LVEF 20%, NYHA IV despite optimised therapy (sacubitril/valsartan limited by hypotension, bisoprolol, dapagliflozin, spironolactone) and CRT-D. Peak VO2 not feasible. eGFR 34. Clinical Frailty Scale 6.
Opinion: he is not a candidate for heart transplantation or durable LVAD (age, frailty, renal function). There are no further disease-modifying options we can offer. I agree with a palliative, home-based approach with diuretic management and discussion of ICD shock deactivation.
I have explained this to Mr Lloyd and his daughter, who found it helpful to hear it confirmed.
Prof R Lang
""", ext, e2, custodian="org-ahf")
    cp = c.careplan("cp-pal", "Heart failure supportive and palliative care plan", "active", "plan",
                    [sct("103735009", "Palliative care"), cc(text="Heart failure supportive care pathway")], "2026-07-01",
                    addresses=[hf], author=palm, created="2026-07-01",
                    description="Home-based care: HF nurse visits fortnightly, IV/SC diuretics at home via virtual ward when congested, symptom control, ICD shock therapy deactivated (15/07/2026), ReSPECT: not for CPR, preferred place of care and death home.",
                    activities=[{"code": cc(text="ICD shock deactivation"), "status": "completed"},
                                {"code": cc(text="Fortnightly HF nurse home visits"), "status": "in-progress"}])
    c.procedure("icd-off", cc(text="Deactivation of ICD shock therapy (pacing function retained)"), performed="2026-07-15 11:00",
                performer=card, reason_ref=[hf], note="Following agreed ReSPECT plan.")
    e3 = c.encounter("enc-vw", "HH", "2026-10-12 14:00", "2026-10-16 12:00", typ=etype("VW"), pract=[geri, hfn], provider=hah,
                     admit=("other", "Other"), discharge=("home", "Home"), reason=cc(text="Congestion - IV diuretics at home"))
    c.labs("lab-1012", "2026-10-12 14:30", [("ntprobnp", 8900), ("creat_umol", 168, {"low": 59, "high": 104}), ("egfr", 34), ("na", 133),
                                            ("k", 4.9)], enc=e3, performer=hah, report="Virtual ward admission bloods")
    c.med_admin("adm-furo", med("F-FURO-IV", "Furosemide 10 mg/mL injection"), "2026-10-12 15:00", "2026-10-15 15:00",
                dose_text="80 mg IV twice daily (hospital at home)", route=sct("47625008", "Intravenous route"), enc=e3, performer=hfn)
    for i, (d, wt) in enumerate([("2026-09-14", 71.2), ("2026-10-26", 70.4), ("2026-11-23", 70.9)], 1):
        e = c.encounter(f"enc-hfn{i}", "HH", f"{d} 10:00", f"{d} 10:45", typ=etype("HFN"), pract=hfn, provider=hah, priority="R",
                        reason=cc(text="Scheduled HF nurse home visit"))
        c.vitals(f"v-hfn{i}", f"{d} 10:05", bp=(94, 58), hr=72, weight=wt, enc=e)
    note(c, "doc-hfn3", "nurse", "2026-11-23 10:45", """
HEART FAILURE NURSE - HOME VISIT - 23/11/2026
Breathless walking to the bathroom, sleeps in recliner. Weight stable 70.9 kg. BP 94/58. Comfortable at rest.
Following the palliative HF plan agreed after the advanced HF centre opinion in June. Family well supported.
Plan: continue furosemide 80 mg bd oral, metolazone if weight up > 2 kg. Next visit 2 weeks.
L Barnes, HF Specialist Nurse
""", hfn, c.ref("Encounter", "enc-hfn3"))
    for key, code, text, dose in [("ms-furo", "F-FURO40", "Furosemide 40 mg tablets", "80 mg twice daily"),
                                  ("ms-biso", "F-BISO", "Bisoprolol 1.25 mg tablets", "1.25 mg daily"),
                                  ("ms-apix", "F-APIX", "Apixaban 2.5 mg tablets", "2.5 mg twice daily"),
                                  ("ms-dapa", "F-DAPA10", "Dapagliflozin 10 mg tablets", "10 mg daily")]:
        c.med_statement(key, med(code, text), "active", start="2025-01-01", dosage=dose, asserted="2026-11-23")
    return c


# =====================================================================================
def d07(c):
    """Severe COPD: roflumilast + azithromycin started June; SGRQ worsens by 3 points (below the 4-point MCID)."""
    hah = setup(c, "Jennings", "Carol", "female", "1957-11-26", "9997718304", "19 Heron Way", "Riverside",
                ("resp", "rmn", "physio"), acute=True, phone="+44 1632 960 771")
    resp, rmn, physio = P(c, "resp"), P(c, "rmn"), P(c, "physio")
    rgh = c.ref("Organization", "org-rgh")
    copd = c.condition("cond-copd", sct("13645005", "Chronic obstructive lung disease", "COPD, GOLD 3 (FEV1 41% predicted), frequent exacerbator"),
                       onset="2014", recorded="2014-05-01", asserter=resp)
    c.condition("cond-osteo", sct("64859006", "Osteoporosis"), onset="2020", recorded="2020-03-01")
    c.condition("cond-anx", sct("197480006", "Anxiety disorder"), onset="2016", recorded="2016-01-01")
    sgrq = cc((RM, "SGRQ-TOTAL", "St George's Respiratory Questionnaire total score (0-100, higher = worse)"), text="SGRQ total score")
    e1 = c.encounter("enc-resp", "AMB", "2026-06-10 09:30", "2026-06-10 10:15", typ=etype("OPD"), pract=resp, provider=rgh,
                     reason=sct("13645005", "Chronic obstructive lung disease", "Three exacerbations in 12 months"))
    c.observation("sgrq-1", sgrq, "2026-06-10 09:20", qty(52, "score"), cat="survey", enc=e1,
                  note="Baseline before roflumilast/azithromycin. MCID 4 points.")
    c.observation("ecg", cc((LOINC, "11524-6", "EKG study"), text="12-lead ECG (pre-azithromycin)"), "2026-06-10 09:50",
                  "Sinus rhythm 82, QTc 428 ms", cat="procedure", interp="N", enc=e1)
    c.med_request("rx-roflu", med("F-ROFLU500", "Roflumilast 500 microgram tablets"), "2026-06-10 10:10",
                  "250 micrograms daily for 28 days, then 500 micrograms daily", requester=resp, enc=e1, reason_ref=copd, category="community",
                  course="continuous")
    c.med_request("rx-azi", med("F-AZI250", "Azithromycin 250 mg tablets"), "2026-06-10 10:10", "250 mg three times a week (Mon/Wed/Fri)",
                  requester=resp, enc=e1, reason_ref=copd, category="community", course="continuous")
    c.med_statement("ms-trimbow", med("F-TRIM", "Beclometasone/formoterol/glycopyrronium 87/5/9 inhaler"), "active", start="2024-02-01",
                    dosage="2 puffs twice daily", reason_ref=copd, asserted="2026-11-24")
    c.procedure("prehab", cc(text="Pulmonary rehabilitation programme, 8 weeks (16 sessions)"), performed=("2026-07-06", "2026-08-28"),
                performer=physio, reason_ref=[copd], outcome=txt("Completed 14/16 sessions. ISWT 210 -> 270 m."))
    note(c, "doc-resp", "letter", "2026-06-10 10:15", """
Respiratory clinic - Dr P Nair - 10/06/2026
Severe COPD (FEV1 41%), 3 moderate exacerbations in the last year despite triple inhaled therapy; eosinophils 0.1. Chronic bronchitic phenotype.
Starting roflumilast (dose escalation) and azithromycin prophylaxis 3x/week (QTc 428, hearing normal). Referred for pulmonary rehabilitation. Remote monitoring with the COPD virtual ward team (SpO2, symptoms, quarterly SGRQ).
""", resp, e1)
    for i, (d, score) in enumerate([("2026-09-08", 54), ("2026-11-24", 55)], 2):
        e = c.encounter(f"enc-rm{i}", "VR", f"{d} 11:00", f"{d} 11:20", typ=etype("RMR"), pract=rmn, provider=hah,
                        reason=cc(text="COPD remote monitoring review"))
        c.observation(f"sgrq-{i}", sgrq, f"{d} 10:40", qty(score, "score"), cat="survey", enc=e)
        c.observation(f"spo2-{i}", cc((LOINC, "59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry")), f"{d} 10:30",
                      qty(93 if i == 2 else 92, "%"), cat="vital-signs", enc=e, device_text="Home pulse oximeter (remote monitoring)")
    c.observation("wt-3", cc((LOINC, "29463-7", "Body weight")), "2026-11-24 10:35", qty(61.2, "kg"), cat="vital-signs",
                  enc=c.ref("Encounter", "enc-rm3"), device_text="Home scales (remote monitoring)")
    note(c, "doc-rm3", "vw", "2026-11-24 11:20", """
COPD VIRTUAL WARD - remote monitoring review - 24/11/2026
No exacerbations since starting roflumilast/azithromycin in June (previously 3 in 12 months). Mild nausea in the first month on roflumilast, now settled; weight stable (61.2 kg). SpO2 92-93% on air, unchanged.
SGRQ 52 (June) -> 54 (Sept) -> 55 (Nov): +3, below the minimal clinically important difference of 4; she feels "about the same, a bit more tired in the cold".
Plan: continue current treatment; flu and COVID vaccines given in October. Next review February.
K Simmons, Remote Monitoring Nurse
""", rmn, c.ref("Encounter", "enc-rm3"))
    c.med_statement("ms-alen", med("F-ALEN70", "Alendronic acid 70 mg tablets"), "active", start="2020-03-01", dosage="70 mg once weekly",
                    asserted="2026-11-24")
    return c


# =====================================================================================
def d08(c):
    """After a stroke: hemiplegic shoulder pain; the patient raises a flag in the remote-monitoring app asking for a second opinion."""
    hah = setup(c, "Campbell", "Moira", "female", "1960-03-03", "9998836217", "40 Kingfisher Drive", "Riverside",
                ("stroke", "physio", "gp"), acute=True, phone="+44 1632 960 883")
    stroke, physio, gp = P(c, "stroke"), P(c, "physio"), P(c, "gp")
    rgh = c.ref("Organization", "org-rgh")
    cva = c.condition("cond-stroke", sct("422504002", "Ischemic stroke", "Left MCA territory ischaemic stroke with right hemiparesis"),
                      onset="2026-08-12", recorded="2026-08-12", asserter=stroke)
    c.condition("cond-htn", sct("38341003", "Hypertensive disorder, systemic arterial"), onset="2014", recorded="2014-01-01")
    c.condition("cond-chol", sct("13644009", "Hypercholesterolemia"), onset="2018", recorded="2018-01-01")
    hsp = c.condition("cond-hsp", sct("45326000", "Shoulder pain", "Hemiplegic shoulder pain, right"), onset="2026-09", recorded="2026-09-15",
                      asserter=physio, note="Inferior subluxation of right glenohumeral joint on X-ray; no fracture.")
    e1 = c.encounter("enc-adm", "IMP", "2026-08-12 15:20", "2026-08-26 11:00", typ=etype("ADM"), priority="EM", pract=stroke, provider=rgh,
                     admit=("emd", "From accident/emergency department"), discharge=("home", "Home"), diagnoses=[(cva, "DD")],
                     reason=cc(text="Sudden right-sided weakness and word-finding difficulty"))
    note(c, "doc-ds", "ds", "2026-08-26 11:00", """
DISCHARGE SUMMARY - Hyperacute Stroke Unit - 12/08/2026 to 26/08/2026
Left MCA ischaemic stroke (thrombolysed), residual right arm weakness (MRC 2/5 shoulder, 3/5 hand), mild expressive dysphasia. Cause: large-artery, left ICA 60% stenosis - not for endarterectomy after vascular review.
Secondary prevention: clopidogrel 75 mg, atorvastatin 80 mg, ramipril titration.
Discharged home with the Early Supported Discharge (hospital at home stroke) team.
Dr B Adams, Consultant Stroke Physician
""", stroke, e1)
    e2 = c.encounter("enc-esd", "HH", "2026-08-26 14:00", "2026-10-21 12:00", typ=etype("ESD"), pract=physio, provider=hah,
                     reason=sct("422504002", "Ischemic stroke", "Early supported discharge rehabilitation"))
    nrs = cc((LOINC, "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"), text="Right shoulder pain (0-10)")
    for i, (d, score) in enumerate([("2026-09-15", 6), ("2026-10-20", 6), ("2026-11-17", 7)], 1):
        c.observation(f"nrs-{i}", nrs, f"{d} 10:00", score, cat="survey", enc=e2 if i < 3 else None,
                      device_text="Patient app (remote monitoring)" if i == 3 else None)
    c.report("xr-shoulder", cc((LOCAL + "imaging", "XRSHO", "X-ray shoulder"), text="X-ray right shoulder"), "2026-10-05 11:00",
             conclusion="Mild inferior subluxation of the humeral head. No fracture or dislocation. Mild AC joint degeneration.",
             cat=cc((V20074, "RAD", "Radiology")), performer=rgh)
    note(c, "doc-esd", "vw", "2026-10-21 12:00", """
EARLY SUPPORTED DISCHARGE - discharge from ESD - 21/10/2026
8 weeks of home rehabilitation. Walking independently indoors, stick outdoors. Right arm: shoulder 3/5, grip 4/5.
Right hemiplegic shoulder pain 6/10, worse at night; X-ray: mild subluxation. Managed with positioning, strapping, paracetamol; amitriptyline 10 mg nocte started today.
Discharged to community neuro-rehab physiotherapy (waiting list ~8 weeks) and the stroke remote-monitoring app.
D Moore, Physiotherapist
""", physio, e2)
    c.flag("flag-pt", cc((LOCAL + "patient-flags", "PT-2ND-OPINION", "Patient requests a second opinion"),
                         text="I would like a second opinion about my right shoulder. I have said many times that the pain stops me sleeping and I feel nobody is listening - I was just told it is normal after a stroke."),
           "2026-11-18 22:47", author=c.pt, category=cc(("http://terminology.hl7.org/CodeSystem/flag-category", "clinical", "Clinical"),
                                                        text="Raised by patient in remote monitoring app"))
    c.communication("ack", "2026-11-19 09:15", physio, "Flag received from the app. Shoulder pain to be discussed at the next community stroke MDT (02/12/2026).",
                    recipient=c.pt, category=cc(text="App acknowledgement"), about=[hsp])
    for key, code, text, dose in [("ms-clop", "F-CLOP75", "Clopidogrel 75 mg tablets", "75 mg daily"),
                                  ("ms-ator", "F-ATOR80", "Atorvastatin 80 mg tablets", "80 mg at night"),
                                  ("ms-rami", "F-RAMI5", "Ramipril 5 mg capsules", "5 mg daily"),
                                  ("ms-amit", "F-AMIT10", "Amitriptyline 10 mg tablets", "10 mg at night"),
                                  ("ms-para", "F-PARA500", "Paracetamol 500 mg tablets", "1 g four times daily")]:
        c.med_statement(key, med(code, text), "active", start="2026-08-26" if key != "ms-amit" else "2026-10-21", dosage=dose,
                        asserted="2026-11-18", reason_ref=hsp if key in ("ms-amit", "ms-para") else None)
    c.vitals("v-1020", "2026-10-20 10:05", bp=(134, 80), hr=70, enc=e2)
    return c


# =====================================================================================
def d09(c):
    """Home blood pressure telemonitoring: 7-day mean SBP 141 -> 163 over five and a half months on three antihypertensives."""
    hah = setup(c, "Osei", "Kwame", "male", "1962-09-14", "9999024571", "88 Riverside Avenue", "Riverside",
                ("rmn", "gp", "geri"), phone="+44 1632 960 902")
    rmn, gp, geri = P(c, "rmn"), P(c, "gp"), P(c, "geri")
    htn = c.condition("cond-htn", sct("59621000", "Essential hypertension"), onset="2015", recorded="2015-03-01", asserter=gp)
    c.condition("cond-dm", sct("44054006", "Diabetes mellitus type 2"), onset="2019", recorded="2019-06-01")
    c.condition("cond-chol", sct("13644009", "Hypercholesterolemia"), onset="2019", recorded="2019-06-01")
    for key, code, text, dose, reason in [("ms-amlo", "F-AMLO10", "Amlodipine 10 mg tablets", "10 mg daily", htn),
                                          ("ms-rami", "F-RAMI10", "Ramipril 10 mg capsules", "10 mg daily", htn),
                                          ("ms-indap", "F-INDAP15", "Indapamide 1.5 mg modified-release tablets", "1.5 mg daily", htn),
                                          ("ms-metf", "F-METF500", "Metformin 500 mg tablets", "500 mg twice daily", None),
                                          ("ms-ator", "F-ATOR20", "Atorvastatin 20 mg tablets", "20 mg at night", None)]:
        c.med_statement(key, med(code, text), "active", start="2024-01-15", dosage=dose, reason_ref=reason, asserted="2026-11-16",
                        note="Repeat dispensing collected on time every month (community pharmacy record); pill count at home visit 16/11 consistent." if key == "ms-amlo" else None)
    c.episode("ep-rm", cc((RM, "BP-TELE", "Home blood pressure telemonitoring programme"), text="Home BP telemonitoring"), "active",
              "2026-05-20", org=hah, diagnoses=[htn])
    readings = [("2026-06-01", 141, 86), ("2026-07-27", 146, 88), ("2026-09-21", 152, 91), ("2026-11-16", 163, 97)]
    for i, (d, sbp, dbp) in enumerate(readings, 1):
        e = c.encounter(f"enc-rm{i}", "VR", f"{d} 10:00", f"{d} 10:20", typ=etype("RMR"), pract=rmn, provider=hah,
                        reason=cc(text="Home BP telemonitoring review"))
        c.observation(f"hbpm-{i}", cc((LOINC, "85354-9", "Blood pressure panel with all children optional"),
                                      (RM, "HBPM-7D-MEAN", "Home blood pressure, 7-day mean (days 2-7, morning and evening)"),
                                      text="Home BP 7-day mean"), f"{d} 09:00", cat="vital-signs", enc=e,
                      device_text="Validated upper-arm home BP monitor (Bluetooth)",
                      comps=[{"code": cc((LOINC, "8480-6", "Systolic blood pressure")), "valueQuantity": qty(sbp, "mmHg")},
                             {"code": cc((LOINC, "8462-4", "Diastolic blood pressure")), "valueQuantity": qty(dbp, "mmHg")}],
                      note=f"Mean of {24 if i != 3 else 22} readings.")
    c.labs("lab-1110", "2026-11-10 09:00", [("na", 139), ("k", 4.1), ("creat_umol", 88, {"low": 59, "high": 104}), ("egfr", 82),
                                            ("hba1c", 6.8)], performer=c.ref("Organization", "org-gp"))
    c.observation("uacr", cc((LAB_SYS, "UACR", "Urine albumin:creatinine ratio"), text="Urine ACR"), "2026-11-10 09:00",
                  qty(2.1, "mg/mmol"), unit="mg/mmol", high=3.0, interp="N")
    e5 = c.encounter("enc-home", "HH", "2026-11-16 14:00", "2026-11-16 14:40", typ=etype("CPS"), pract=geri, provider=hah,
                     reason=cc(text="Home review - rising home BP"))
    c.vitals("v-home", "2026-11-16 14:10", bp=(166, 98), hr=78, weight=92.5, enc=e5)
    note(c, "doc-esc", "esc", "2026-11-16 15:00", """
ESCALATION NOTE - Remote monitoring - 16/11/2026
Home BP 7-day means: 141/86 (Jun) -> 146/88 (Jul) -> 152/91 (Sep) -> 163/97 (Nov). Sustained rise of 22 mmHg systolic over five and a half months.
On amlodipine 10 mg, ramipril 10 mg and indapamide 1.5 mg since January 2024. Adherence verified: pharmacy collections on time, pill count correct, technique of home monitoring checked at home visit today (clinic BP 166/98). No NSAIDs, decongestants or liquorice. Alcohol 4 units/week.
U&E normal, K 4.1, uACR normal.
Plan: escalated to Dr Whitaker and hypertension clinic; aldosterone/renin ratio requested; spironolactone to be considered.
K Simmons, Remote Monitoring Nurse (reviewed with Dr H Cole)
""", rmn, e5)
    c.service_request("sr-arr", cc(text="Aldosterone/renin ratio"), "2026-11-16 15:00", status="active", intent="order", requester=geri,
                      reason_ref=[htn], enc=e5)
    c.service_request("sr-htnclinic", cc(text="Referral to specialist hypertension clinic (resistant hypertension)"), "2026-11-16 15:05",
                      status="active", intent="order", requester=geri, reason_ref=[htn], enc=e5)
    return c


# =====================================================================================
def d10(c):
    """Knee osteoarthritis: pain score 3 -> 5 -> 7 over six weeks after enrolment in app monitoring; no earlier scores."""
    hah = setup(c, "Fletcher", "Janet", "female", "1952-05-05", "9990356182", "12 Primrose Gardens", "Millbrook",
                ("msk", "gp"), acute=True, phone="+44 1632 960 035")
    msk, gp = P(c, "msk"), P(c, "gp")
    rgh = c.ref("Organization", "org-rgh")
    oa = c.condition("cond-oa", sct("239873007", "Osteoarthritis of knee", "Osteoarthritis of right knee"), onset="2019", recorded="2019-04-01",
                     asserter=gp)
    c.condition("cond-htn", sct("38341003", "Hypertensive disorder, systemic arterial"), onset="2012", recorded="2012-01-01")
    c.condition("cond-hypo", sct("40930008", "Hypothyroidism"), onset="2008", recorded="2008-01-01")
    c.med_statement("ms-para", med("F-PARA500", "Paracetamol 500 mg tablets"), "active", start="2023-02-01", dosage="1 g four times daily",
                    reason_ref=oa, asserted="2026-11-26")
    e1 = c.encounter("enc-msk1", "AMB", "2026-10-15 09:00", "2026-10-15 09:40", typ=etype("MSK"), pract=msk, provider=hah,
                     reason=cc(text="Right knee pain flare for 2 weeks after a walking holiday"))
    c.med_request("rx-napro", med("F-NAPRO250", "Naproxen 250 mg tablets"), "2026-10-15 09:35", "250 mg twice daily with food",
                  requester=gp, enc=e1, reason_ref=oa, category="community")
    c.med_request("rx-omep", med("F-OMEP20", "Omeprazole 20 mg capsules"), "2026-10-15 09:35", "20 mg daily while on naproxen",
                  requester=gp, enc=e1, category="community")
    c.episode("ep-app", cc((RM, "MSK-APP", "MSK remote monitoring app programme"), text="MSK app monitoring"), "active", "2026-10-15",
              org=hah, diagnoses=[oa])
    nrs = cc((LOINC, "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"), text="Right knee pain (0-10), weekly app entry")
    for i, (d, score) in enumerate([("2026-10-15", 3), ("2026-11-05", 5), ("2026-11-26", 7)], 1):
        c.observation(f"nrs-{i}", nrs, f"{d} 19:00", score, cat="survey", enc=e1 if i == 1 else None,
                      device_text="Patient app (MSK remote monitoring)")
    c.observation("koos", cc((RM, "KOOS-JR", "KOOS JR interval score (0-100, higher = better)"), text="KOOS JR"), "2026-10-15 09:10",
                  qty(58, "score"), cat="survey", enc=e1)
    c.report("xr-knee", cc((LOCAL + "imaging", "XRKNEE", "X-ray knee"), text="X-ray right knee (weight-bearing)"), "2026-11-10 11:00",
             conclusion="Moderate medial compartment joint space narrowing with osteophytes (Kellgren-Lawrence 3). No fracture. Small effusion.",
             cat=cc((V20074, "RAD", "Radiology")), performer=rgh)
    e2 = c.encounter("enc-msk2", "AMB", "2026-11-26 10:00", "2026-11-26 10:40", typ=etype("MSK"), pract=msk, provider=hah,
                     reason=cc(text="Review - knee pain worse"))
    c.vitals("v-1126", "2026-11-26 10:05", bp=(138, 82), hr=72, weight=74.0, enc=e2)
    note(c, "doc-msk2", "letter", "2026-11-26 10:40", """
MSK physiotherapy review - 26/11/2026
Right knee OA flare. Pain scores in the app since enrolment on 15/10: 3 -> 5 -> 7. Started naproxen 6 weeks ago; minimal benefit so far. Mild effusion, no locking, no red flags. X-ray: KL grade 3 medial OA, no fracture.
Only six weeks of monitoring and a recent flare - too early to judge the treatment.
Plan: structured exercise programme (ESCAPE-pain class from 03/12), continue paracetamol and naproxen, consider intra-articular steroid injection if no better in 4 weeks. Review 4 weeks.
G Hall, First Contact MSK Physiotherapist
""", msk, e2)
    c.med_statement("ms-levo", med("F-LEVO100", "Levothyroxine 100 microgram tablets"), "active", start="2008-01-01", dosage="100 micrograms daily",
                    asserted="2026-11-26")
    c.med_statement("ms-cand", med("F-CAND8", "Candesartan 8 mg tablets"), "active", start="2012-01-01", dosage="8 mg daily", asserted="2026-11-26")
    c.lab("tsh", "tsh", "2026-09-02 09:00", 1.9, performer=c.ref("Organization", "org-gp"))
    return c


CASES = [
    dict(fn=d01, target="PERSISTENT_SYMPTOMS_NORMAL_WORKUP", kind="positive", expected=["PERSISTENT_SYMPTOMS_NORMAL_WORKUP"],
         why="Return-visit e-triggers (Singh): after a GP visit on 2 Nov 2026 ('viral illness'), two unscheduled paramedic attendances (5 and 8 Nov) and an unplanned emergency admission on 10 Nov, all within 8 days; the cause of the decline is still not established.",
         summary="Hospital at home: 82-year-old woman, GP says viral, two falls attended by paramedics, emergency admission within 8 days, cause unclear."),
    dict(fn=d02, target="PERSISTENT_SYMPTOMS_NORMAL_WORKUP", kind="near-miss", expected=[],
         why="The red-flag finding (FIT 142 on 20 Jul 2026) was followed up promptly: urgent referral the next day and colonoscopy on 11 Aug (22 days) showing only a hyperplastic polyp and haemorrhoids; the later virtual-ward stay for pneumonia followed an ED visit, not a GP visit.",
         summary="Hospital at home: 77-year-old man with positive FIT, colonoscopy within 4 weeks benign; now a short virtual-ward stay for pneumonia."),
    dict(fn=d03, target="DIAGNOSIS_SYMPTOM_MISMATCH", kind="near-miss", expected=[],
         why="The 'COPD exacerbation' label did not explain orthopnoea and oedema, but it was revised: NT-proBNP 3400 and echo (LVEF 32%) established heart failure in September; the second label is refuted and he is much better on HF treatment.",
         summary="Hospital at home: 74-year-old man with COPD whose 'exacerbations' turned out to be heart failure; diagnosis revised, improving."),
    dict(fn=d04, target="MAJOR_PROCEDURE_PLANNED", kind="near-miss", expected=[],
         why="The only planned procedure is a partial toenail avulsion with phenolisation under a local ring block by community podiatry, a minor procedure; nothing major or invasive is planned.",
         summary="Hospital at home: 87-year-old woman on the matron caseload; podiatry books a minor toenail procedure for December."),
    dict(fn=d05, target="UNTREATABLE_PROGNOSIS", kind="positive", expected=["UNTREATABLE_PROGNOSIS"],
         why="Stage IV pancreatic cancer, PS 3: the oncology clinic letter (a note; nothing structured says it) states there are no active anti-cancer treatment options; care is palliative at home with anticipatory medicines; no second opinion on record.",
         summary="Hospital at home: 76-year-old man with metastatic pancreatic cancer, not fit for chemotherapy, palliative care at home."),
    dict(fn=d06, target="UNTREATABLE_PROGNOSIS", kind="near-miss", expected=[],
         why="End-stage heart failure with a palliative care plan, but a second opinion from an advanced heart failure and transplant centre (18 Jun 2026, within 12 months, same problem) is on record and confirmed no further options.",
         summary="Hospital at home: 81-year-old man with stage D heart failure on a palliative pathway after an advanced HF centre's second opinion."),
    dict(fn=d07, target="HIGH_IMPACT_TREATMENT", kind="near-miss", expected=[],
         why="After roflumilast and azithromycin were started, the SGRQ worsened only 52 -> 55 (3 points, below the MCID of 4); neither drug is a high-impact treatment, and exacerbations stopped.",
         summary="Hospital at home: 69-year-old woman with severe COPD on new roflumilast/azithromycin; quality-of-life score essentially unchanged."),
    dict(fn=d08, target="PATIENT_REPORTED_CONCERN", kind="positive", expected=["PATIENT_REPORTED_CONCERN"],
         why="A Flag authored by the patient in the remote-monitoring app (18 Nov 2026) asks for a second opinion about her shoulder and says nobody is listening; the reply only defers to an MDT.",
         summary="Hospital at home: 66-year-old woman after stroke with hemiplegic shoulder pain; raises a second-opinion flag in the app."),
    dict(fn=d09, target="WORSENING_DESPITE_TREATMENT", kind="positive", expected=["WORSENING_DESPITE_TREATMENT"],
         why="Home BP 7-day means rose 141/86 -> 146/88 -> 152/91 -> 163/97 from Jun to Nov 2026 (+22 mmHg systolic over 5.5 months) while three antihypertensives, taken since Jan 2024 with verified adherence, were active throughout.",
         summary="Hospital at home: 64-year-old man on BP telemonitoring; home readings climb steadily on triple therapy."),
    dict(fn=d10, target="WORSENING_DESPITE_TREATMENT", kind="near-miss", expected=[],
         why="Knee pain rose 3 -> 5 -> 7, but all three scores fall within six weeks (15 Oct to 26 Nov 2026) of a flare, well short of the 90 days the criterion needs; there are no earlier scores.",
         summary="Hospital at home: 74-year-old woman with knee OA flare; app pain scores rise over six weeks after enrolment."),
]
