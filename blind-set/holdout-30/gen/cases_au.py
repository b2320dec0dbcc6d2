"""Australian-style public hospital network exports (national FHIR gateway)."""
from fhirlib import *

AU_CAT = cc((LNC, "11488-4", "Consult note"))


def au_setup(c, hosp, lhd, mrnsys, pt, gp_name=None, gp_practice=None, city="Penrith", state="NSW", postal="2750"):
    h = c.org(hosp, ("prov", "Healthcare Provider"), {"system": "http://ns.electronichealth.net.au/id/hi/hpio/1.0", "value": pt["hpio"]}, city, state, "AU", slug="org-hosp")
    medicare = c.org("Services Australia - Medicare", ("govt", "Government"), None, "Canberra", "ACT", "AU", slug="org-medicare")
    gp = None
    gpo = None
    if gp_name:
        gpo = c.org(gp_practice, ("prov", "Healthcare Provider"), None, city, state, "AU", slug="org-gp")
        gp = c.prac(gp_name[0], gp_name[1], ident={"system": "http://hl7.org.au/id/ahpra-registration-number", "value": gp_name[2]}, qual="FRACGP", slug="pr-gp")
    ids = au_ids(pt["ihi"], pt["medicare"], pt["mrn"], mrnsys)
    c.pat(pt["given"], pt["family"], pt["gender"], pt["dob"], ids, lang=pt.get("lang", ("en-AU", "English (Australia)")),
          city=city, state=state, postal=postal, country="AU", line=pt.get("line"), phone=pt.get("phone"), gp=gp, org=h,
          marital=pt.get("marital"))
    c.cov(medicare, cc(("http://terminology.hl7.org/CodeSystem/v3-ActCode", "PUBLICPOL", "public healthcare"), text="Medicare - public patient"),
          pt["medicare"], "2015-07-01")
    return h, gp, gpo


def med(text, amt=None, rx=None):
    codings = []
    if amt:
        codings.append((SCT, amt[0], amt[1], "au"))
    if rx:
        codings.append((RX, rx[0], rx[1]))
    return cc(*codings, text=text) if codings else txt(text)


# --------------------------------------------------------------------------------------------
def au_syncope(cid):
    c = Case(cid, "https://gateway.health-exchange.example.gov.au/fhir/r4/nbmlhd", tz="+11:00")
    h, gp, gpo = au_setup(c, "Nepean Hospital", "NBMLHD", "http://ns.nbmlhd.health.nsw.gov.au/id/mrn",
                          dict(given="Margaret", family="Kowalczyk", gender="female", dob="1952-03-14", ihi="8003608166690503",
                               medicare="2953117411", mrn="NH0448219", hpio="8003621566684455", line="14 Jamison Rd",
                               marital=("W", "Widowed")),
                          gp_name=("Priya", "Raman", "MED0001734521"), gp_practice="Jamison Road Family Practice")
    ed = c.prac("Thomas", "Nguyen", ident={"system": "http://hl7.org.au/id/ahpra-registration-number", "value": "MED0002219845"}, qual="FACEM")
    gen = c.prac("Helen", "O'Loughlin", ident={"system": "http://hl7.org.au/id/ahpra-registration-number", "value": "MED0000983301"}, qual="FRACP (General Medicine)")
    htn = c.cond(cc((SCT, "38341003", "Hypertensive disorder", "au")), "2009-05-01")
    oa = c.cond(cc((SCT, "239873007", "Osteoarthritis of knee", "au")), "2016-02-01")
    c.cond(cc((SCT, "65966004", "Fracture of lower end of radius", "au")), "2021-06-10", status="resolved", abate="2021-09-01")
    c.med_stmt(med("perindopril arginine 5 mg tablet, 1 daily", rx=("54552", "perindopril")), "active", "2012-01-01", dose="5 mg orally once daily", reason=htn)
    c.med_stmt(med("paracetamol 665 mg modified release tablet, 2 tablets three times daily prn", rx=("161", "acetaminophen")), "active", "2018-01-01", reason=oa)
    e1 = c.enc("2026-11-03", cls="AMB", typ="General practice consultation", reason="Two episodes of light-headedness and near-collapse in the past fortnight", prac=gp, org=gpo)
    c.vitals("2026-11-03", e1, sbp=132, dbp=78, hr=74)
    c.doc(cc((LNC, "57133-1", "Referral note")), "2026-11-03", """
Jamison Road Family Practice - GP consultation 03/11/2026
Mrs Kowalczyk, 74. Two episodes in past 2 weeks of feeling faint while standing at the sink, "went grey", sat down, no LOC witnessed. No chest pain. Lives alone.
O/E BP 132/78 sitting, HR 74 regular. Lying/standing not done today. HS dual, no murmur. Neuro grossly normal.
ECG in rooms: sinus rhythm 72, no acute change.
Imp: presyncope, probably postural. Advised fluids, rise slowly. Bloods ordered. Review 2 weeks or sooner if worse.
Dr P Raman""", author=gp, title="GP consultation note", enc=e1, lang="en-AU")
    c.lab("718-7", "Hemoglobin [Mass/volume] in Blood", "2026-11-04", 131, "g/L", lo=115, hi=165)
    c.lab("2951-2", "Sodium [Moles/volume] in Serum or Plasma", "2026-11-04", 138, "mmol/L", lo=135, hi=145)
    c.lab("2823-3", "Potassium [Moles/volume] in Serum or Plasma", "2026-11-04", 4.3, "mmol/L", lo=3.5, hi=5.2)
    ee = c.enc("2026-11-12T07:40:00+11:00", "2026-11-12T14:30:00+11:00", cls="EMER", typ="Emergency department presentation",
               reason=cc((SCT, "271594007", "Syncope", "au")), prac=ed, org=h, priority=("EM", "emergency"))
    syn = c.cond(cc((SCT, "271594007", "Syncope", "au")), "2026-11-12", cat="encounter-diagnosis", enc=ee,
                 note="Collapse at home with brief LOC, found by neighbour. Laceration to forehead sutured in ED.")
    c.vitals("2026-11-12", ee, sbp=118, dbp=64, hr=68, spo2=97, temp=36.6)
    adm = c.enc("2026-11-12T14:30:00+11:00", "2026-11-15T11:00:00+11:00", cls="IMP", typ="General medicine admission",
                reason_ref=syn, prac=gen, org=h, admit=("emd", "From accident/emergency department"), disp=("home", "Home"), diag=[syn])
    tni = c.lab("89579-7", "Troponin I.cardiac [Mass/volume] in Serum or Plasma by High sensitivity method", "2026-11-12", 6, "ng/L", hi=16, enc=ee)
    c.lab("89579-7", "Troponin I.cardiac [Mass/volume] in Serum or Plasma by High sensitivity method", "2026-11-12T13:00:00+11:00", 7, "ng/L", hi=16, enc=ee)
    c.lab("2339-0", "Glucose [Mass/volume] in Blood", "2026-11-12", 5.9, "mmol/L", lo=3.5, hi=7.7, enc=ee)
    c.obs(txt("Lying and standing blood pressure"), "2026-11-13", cat="exam", enc=adm,
          vstr="Lying 134/80, standing 1 min 128/78, 3 min 130/80. No postural drop.", interp="N")
    echo = c.dr(cc((LNC, "34552-0", "Cardiac 2D echo panel")), "2026-11-13", enc=adm, performer=h,
                conclusion="Normal LV size and systolic function, LVEF 62%. No significant valvular disease. No LVOT obstruction. Normal RV.",
                cat=cc(("http://terminology.hl7.org/CodeSystem/v2-0074", "CUS", "Cardiac Ultrasound")))
    holt = c.dr(txt("24-hour Holter monitor"), "2026-11-14", enc=adm, performer=h,
                conclusion="Sinus rhythm throughout, rate 52-104. Rare isolated VEs. No pauses, no AV block, no sustained arrhythmia. Patient diary: no symptoms.")
    ct = c.dr(cc((LNC, "30799-1", "CT Head WO contrast")), "2026-11-12", enc=ee, performer=h,
              conclusion="No intracranial haemorrhage or acute infarct. Mild small vessel change for age.")
    c.doc(cc((LNC, "18842-5", "Discharge summary")), "2026-11-15", """
NEPEAN HOSPITAL - DISCHARGE SUMMARY
Patient: Margaret KOWALCZYK  MRN NH0448219  Admitted 12/11/2026  Discharged 15/11/2026
Unit: General Medicine (Dr H O'Loughlin)
Principal diagnosis: Syncope and collapse - cause not established
Presentation: Collapse at home with brief LOC and forehead laceration. Seen by her GP 03/11 for presyncopal episodes.
Investigations: hs-troponin 6 -> 7 ng/L. ECG sinus rhythm. Echo: normal LV, no AS. Holter 24h: no arrhythmia. CT brain: no acute findings.
Lying/standing BP: no postural drop. Electrolytes and FBC normal.
Progress: No further events on telemetry. Mobilised independently with physio.
Plan: GP to review in 1 week. No driving for 4 weeks. Outpatient cardiology referral if recurrence.
Medications on discharge: unchanged (perindopril 5 mg mane, paracetamol MR prn).""", author=gen, title="Discharge summary", enc=adm, lang="en-AU", custodian=h)
    c.proc(cc((SCT, "397841006", "Suture of laceration", "au"), text="Suture of forehead laceration"), "completed", c.ts("2026-11-12", "10:20:00"), enc=ee, performer=ed)
    e3 = c.enc("2026-11-24", cls="AMB", typ="General practice consultation", reason="Post-discharge review; ongoing light-headed spells", prac=gp, org=gpo)
    c.vitals("2026-11-24", e3, sbp=128, dbp=76, hr=70)
    c.doc(cc((LNC, "11506-3", "Progress note")), "2026-11-24", """
GP review after Nepean admission. Sutures out. Still 2 light-headed spells since discharge, no further LOC. Hospital says all normal.
Daughter worried she will fall again. Plan: keep diary, review 2/52.""", author=gp, enc=e3, lang="en-AU")
    return c


def au_psa(cid):
    c = Case(cid, "https://gateway.health-exchange.example.gov.au/fhir/r4/metro-south-qld", tz="+10:00")
    h, gp, gpo = au_setup(c, "Princess Alexandra Hospital", "Metro South", "http://ns.metrosouth.health.qld.gov.au/id/urn",
                          dict(given="Graham", family="Whitfield", gender="male", dob="1963-07-22", ihi="8003608833357361",
                               medicare="4105673982", mrn="PA3308871", hpio="8003620833337558", marital=("M", "Married")),
                          gp_name=("Angus", "McLeod", "MED0001123456"), gp_practice="Woolloongabba Medical Centre",
                          city="Woolloongabba", state="QLD", postal="4102")
    uro = c.prac("Deepa", "Venkatesan", ident={"system": "http://hl7.org.au/id/ahpra-registration-number", "value": "MED0001877342"}, qual="FRACS (Urology)")
    rad = c.prac("Liam", "Ferris", qual="FRANZCR")
    htn = c.cond(cc((SCT, "38341003", "Hypertensive disorder", "au")), "2014-03-01")
    gord = c.cond(cc((SCT, "235595009", "Gastroesophageal reflux disease", "au")), "2019-08-01")
    c.cond(cc((SCT, "266474003", "Calculus of kidney", "au"), text="Renal calculus, passed spontaneously"), "2017-02-10", status="resolved", abate="2017-03-01")
    c.med_stmt(med("amlodipine 5 mg tablet", rx=("17767", "amlodipine")), "active", "2014-03-01", dose="5 mg daily", reason=htn)
    c.med_stmt(med("pantoprazole 40 mg enteric tablet", rx=("40790", "pantoprazole")), "active", "2019-08-01", dose="40 mg daily", reason=gord)
    c.lab("2857-1", "Prostate specific Ag [Mass/volume] in Serum or Plasma", "2025-08-12", 3.1, "ug/L", hi=4.0)
    e1 = c.enc("2026-08-04", typ="General practice consultation", reason="Annual health check", prac=gp, org=gpo)
    psa = c.lab("2857-1", "Prostate specific Ag [Mass/volume] in Serum or Plasma", "2026-08-04", 6.8, "ug/L", hi=4.0, enc=e1)
    c.lab("2857-1", "Prostate specific Ag [Mass/volume] in Serum or Plasma", "2026-08-18", 6.5, "ug/L", hi=4.0, note="Repeat PSA")
    ref_ = c.sr(cc((SCT, "183524004", "Referral to urology service", "au")), "completed", "order", "2026-08-19", requester=gp, performer=uro,
                reason=psa, note="Rising PSA 3.1 -> 6.8 -> 6.5 ug/L. DRE: smooth, mildly enlarged. Please assess.")
    mri_sr = c.sr(cc((SCT, "241652004", "MRI of prostate", "au"), text="Multiparametric MRI prostate"), "completed", "order", "2026-08-27", requester=uro, reason=psa)
    e2 = c.enc("2026-08-27", typ="Urology outpatient clinic", reason="Elevated PSA", prac=uro, org=h)
    mri = c.dr(cc((LNC, "30657-1", "MR Pelvis WO contrast"), text="MRI prostate (multiparametric)"), "2026-09-08", performer=rad, based_on=mri_sr,
               conclusion="Prostate volume 58 mL (PSA density 0.11). Diffuse benign prostatic hyperplasia. No focal lesion. PI-RADS 2. No extraprostatic extension or lymphadenopathy.")
    e3 = c.enc("2026-09-22", typ="Urology outpatient clinic", reason="Review of MRI prostate", prac=uro, org=h)
    bph = c.cond(cc((SCT, "266569009", "Benign prostatic hyperplasia", "au")), "2026-09-22", enc=e3, asserter=uro)
    c.doc(AU_CAT, "2026-09-22", """
UROLOGY OUTPATIENTS - PRINCESS ALEXANDRA HOSPITAL
Dear Dr McLeod,
Re: Graham WHITFIELD, 63. Thank you for referring Graham with a PSA of 6.8 ug/L (previously 3.1). Repeat 6.5.
mpMRI prostate 08/09/2026: 58 mL gland, PI-RADS 2, no suspicious lesion. PSA density 0.11.
Mild LUTS (IPSS 9). DRE benign.
Impression: BPH. Given PI-RADS 2 and low PSA density, I have not recommended biopsy. We discussed this in detail and Graham is comfortable with surveillance.
Plan: PSA in 6 months via GP, re-refer if PSA velocity > 0.75/yr or abnormal DRE. Tamsulosin trial for LUTS.
Kind regards, Dr Deepa Venkatesan, Urologist""", author=uro, title="Urology clinic letter", enc=e3, lang="en-AU", custodian=h)
    c.med_req(med("tamsulosin 400 microgram modified release capsule", rx=("77492", "tamsulosin")), "active", "2026-09-22", dose="400 microgram at night", reason=bph, requester=uro, repeats=5)
    c.obs(cc((LNC, "72049-0", "IPSS total score"), text="International Prostate Symptom Score"), "2026-09-22", vint=9, cat="survey", enc=e3)
    e4 = c.enc("2026-11-10", typ="General practice consultation", reason="Review LUTS after tamsulosin", prac=gp, org=gpo)
    c.vitals("2026-11-10", e4, sbp=134, dbp=82, hr=70, wt=88)
    c.doc(cc((LNC, "11506-3", "Progress note")), "2026-11-10", "Urine stream better on tamsulosin, nocturia x1. Mild dizziness on standing first week, settled. Recall PSA March 2027.", author=gp, enc=e4, lang="en-AU")
    c.nka("2014-03-01")
    return c


def au_ibs(cid):
    c = Case(cid, "https://gateway.health-exchange.example.gov.au/fhir/r4/western-health-vic", tz="+11:00")
    h, gp, gpo = au_setup(c, "Sunshine Hospital", "Western Health", "http://ns.wh.org.au/id/urn",
                          dict(given="Chloe", family="Papadopoulos", gender="female", dob="1995-01-30", ihi="8003608000471123",
                               medicare="3381527704", mrn="WH2207719", hpio="8003623099812345", marital=("S", "Never Married")),
                          gp_name=("Marcus", "Hale", "MED0002347781"), gp_practice="Sunshine Village Clinic", city="Sunshine", state="VIC", postal="3020")
    gastro = c.prac("Ruth", "Adeyemi", qual="FRACP (Gastroenterology)")
    c.cond(cc((SCT, "35489007", "Depressive disorder", "au"), text="Depression, postnatal"), "2021-04-01", status="resolved", abate="2022-06-01")
    ibs = c.cond(cc((SCT, "10743008", "Irritable bowel syndrome", "au"), (ICD, "K58.9", "Irritable bowel syndrome without diarrhea")), "2025-09-16",
                 asserter=gp, note="Diagnosed by GP on symptoms (Rome IV). Coeliac serology negative 09/2025.")
    e0 = c.enc("2025-09-16", typ="General practice consultation", reason="Abdominal cramps and loose stools 3 months", prac=gp, org=gpo)
    c.lab("31017-7", "Tissue transglutaminase IgA Ab [Units/volume] in Serum", "2025-09-18", 1.2, "U/mL", hi=7)
    c.lab("718-7", "Hemoglobin [Mass/volume] in Blood", "2025-09-18", 129, "g/L", lo=115, hi=165)
    c.med_stmt(med("mebeverine 135 mg tablet"), "active", "2025-09-16", dose="135 mg three times daily before meals", reason=ibs)
    c.med_stmt(med("loperamide 2 mg capsule", rx=("6468", "loperamide")), "active", "2026-02-01", dose="2 mg up to 4 times daily prn", reason=ibs)
    for d, wt, note in [("2026-02-10", 64.0, "Still 4-5 loose stools daily. Trial low-FODMAP diet via dietitian. Continue IBS plan."),
                        ("2026-06-09", 61.5, "Diarrhoea persists, now waking at night to open bowels 2-3 nights/week. Some urgency. Reassured, IBS flare with stress at work."),
                        ("2026-10-20", 58.1, "Ongoing diarrhoea 6/day incl nocturnal, lost 6 kg since Feb. Occasional blood on paper - ?haemorrhoidal. Calprotectin ordered. Continue IBS management.")]:
        e = c.enc(d, typ="General practice consultation", reason="Irritable bowel syndrome follow up", reason_ref=ibs, prac=gp, org=gpo)
        c.vit("29463-7", "Body weight", d, wt, "kg", enc=e)
        c.doc(cc((LNC, "11506-3", "Progress note")), d, f"GP progress note {d}. {note}", author=gp, enc=e, lang="en-AU")
    c.obs(cc((SCT, "62315008", "Diarrhoea", "au")), "2026-10-20", cat="exam", vstr="6 loose stools per day including 2 nocturnal; Bristol type 6-7")
    cal = c.lab("38445-3", "Calprotectin [Mass/mass] in Stool", "2026-10-27", 410, "ug/g", "ug/g", hi=50)
    c.lab("1988-5", "C reactive protein [Mass/volume] in Serum or Plasma", "2026-10-27", 18, "mg/L", hi=5)
    c.lab("718-7", "Hemoglobin [Mass/volume] in Blood", "2026-10-27", 118, "g/L", lo=115, hi=165)
    c.lab("1751-7", "Albumin [Mass/volume] in Serum or Plasma", "2026-10-27", 33, "g/L", lo=35, hi=50)
    e5 = c.enc("2026-11-17", cls="VR", typ="Telehealth GP consultation", reason="Results", prac=gp, org=gpo)
    c.doc(cc((LNC, "11506-3", "Progress note")), "2026-11-17", """
Telehealth. Calprotectin 410, CRP 18, albumin 33. Discussed - may be IBS with infection? Stool MCS and ova/parasites ordered.
Pt frustrated, still 6 motions/day, tired. Continue mebeverine. Gastro referral if stool culture negative.""", author=gp, enc=e5, lang="en-AU")
    c.nka("2015-01-01")
    c.imm(cc((SCT, "1525391000168104", "Influenza vaccine", "au"), text="Influenza vaccine 2026"), "2026-04-22")
    return c


def au_viral_child(cid):
    c = Case(cid, "https://gateway.health-exchange.example.gov.au/fhir/r4/cahs-wa", tz="+08:00")
    h, gp, gpo = au_setup(c, "Perth Children's Hospital", "Child and Adolescent Health Service", "http://ns.cahs.health.wa.gov.au/id/umrn",
                          dict(given="Jack", family="Tran", gender="male", dob="2019-05-06", ihi="8003608500112894",
                               medicare="5123987641", mrn="PCH0912773", hpio="8003629900017741"),
                          gp_name=("Sophie", "Lindqvist", "MED0001992284"), gp_practice="Nedlands Family Doctors", city="Nedlands", state="WA", postal="6009")
    mum = c.add("RelatedPerson", {"active": True, "patient": ref(c.patient), "relationship": [cc(("http://terminology.hl7.org/CodeSystem/v3-RoleCode", "MTH", "mother"))],
                                  "name": [{"family": "Tran", "given": ["Linh"]}], "telecom": [{"system": "phone", "value": "0412 556 781", "use": "mobile"}]})
    edr = c.prac("Aisha", "Karimi", qual="FACEM (Paediatric Emergency Medicine)")
    asth = c.cond(cc((SCT, "195967001", "Asthma", "au"), text="Episodic (viral-induced) wheeze/asthma"), "2022-07-01")
    c.cond(cc((SCT, "65363002", "Otitis media", "au")), "2023-08-14", status="resolved", abate="2023-08-28")
    c.med_stmt(med("salbutamol 100 microgram/actuation inhaler with spacer", rx=("435", "albuterol")), "active", "2022-07-01", dose="2-6 puffs via spacer prn", reason=asth)
    e1 = c.enc("2026-10-10T19:20:00+08:00", "2026-10-11T01:10:00+08:00", cls="EMER", typ="Emergency department presentation",
               reason="Fever 3 days, sore throat, reduced oral intake", prac=edr, org=h)
    c.vitals("2026-10-10T19:30:00+08:00", e1, hr=132, temp=39.1, spo2=97, rr=26, wt=21.4)
    vir = c.cond(cc((ICD, "B34.9", "Viral infection, unspecified"), (SCT, "34014006", "Viral disease", "au")), "2026-10-08", status="resolved",
                 cat="encounter-diagnosis", abate="2026-10-16", enc=e1, asserter=edr)
    c.lab("1988-5", "C reactive protein [Mass/volume] in Serum or Plasma", "2026-10-10", 12, "mg/L", hi=5)
    c.lab("6690-2", "Leukocytes [#/volume] in Blood by Automated count", "2026-10-10", 7.9, "10*9/L", lo=5.0, hi=14.5)
    c.obs(cc((LNC, "94500-6", "SARS-CoV-2 (COVID-19) RNA [Presence] in Respiratory system specimen by NAA with probe detection"), text="Respiratory PCR panel"),
          "2026-10-10", vcc=cc((SCT, "260385009", "Negative", "au")), interp="NEG", note="SARS-CoV-2, influenza A/B and RSV not detected. Rhinovirus/enterovirus detected.")
    c.obs(cc((LNC, "5803-2", "pH Ur Strip"), text="Urinalysis dipstick"), "2026-10-10", vstr="Leucocytes negative, nitrites negative, ketones 1+", interp="N")
    c.doc(cc((LNC, "18842-5", "Discharge summary")), "2026-10-11", """
PERTH CHILDREN'S HOSPITAL - ED DISCHARGE LETTER
Jack (7y) with 3 days of fever to 39.5, sore throat, runny nose, mild cough. Tolerating fluids in ED after ibuprofen. No rash, no meningism, ears clear, chest clear (no wheeze).
CRP 12, WCC 7.9, urine dipstick negative. Resp PCR: rhinovirus/enterovirus.
Diagnosis: Viral illness. Discharged with mother. Fever advice, paracetamol/ibuprofen, salbutamol if wheezy. GP review if fever beyond day 5.""", author=edr, title="ED discharge letter", enc=e1, lang="en-AU", custodian=h)
    e2 = c.enc("2026-10-16", typ="General practice consultation", reason="Follow up after ED visit", prac=gp, org=gpo)
    c.vitals("2026-10-16", e2, hr=96, temp=36.8)
    c.doc(cc((LNC, "11506-3", "Progress note")), "2026-10-16", "Fever settled day 5. Eating and back at school. Chest clear. Resolved viral illness. Asthma action plan updated. Flu vaccine given today.",
          author=gp, enc=e2, lang="en-AU")
    c.imm(cc((SCT, "1525391000168104", "Influenza vaccine", "au"), text="Influenza vaccine (paediatric) 2026"), "2026-10-16")
    c.imm(txt("Measles-mumps-rubella-varicella vaccine (dose 2)"), "2020-11-10")
    c.careplan("Asthma action plan", "active", "plan", "2026-10-16", category=txt("Asthma action plan"), addresses=[asth], author=gp,
               activities=[{"status": "in-progress", "description": "Salbutamol 6 puffs via spacer for wheeze; seek help if needed more than every 3 hours"}])
    c.nka("2019-06-01")
    return c


def au_hyst(cid):
    c = Case(cid, "https://gateway.health-exchange.example.gov.au/fhir/r4/central-adelaide", tz="+10:30")
    h, gp, gpo = au_setup(c, "The Queen Elizabeth Hospital", "Central Adelaide LHN", "http://ns.calhn.sa.gov.au/id/urn",
                          dict(given="Rebecca", family="Ashworth", gender="female", dob="1979-11-02", ihi="8003608233409918",
                               medicare="2271904563", mrn="QE6104455", hpio="8003621233349901", marital=("M", "Married")),
                          gp_name=("Nadia", "Haddad", "MED0001554398"), gp_practice="Woodville Medical Group", city="Woodville", state="SA", postal="5011")
    gyn = c.prac("Katherine", "Blunden", qual="FRANZCOG")
    anaes = c.prac("Samuel", "Ito", qual="FANZCA")
    fib = c.cond(cc((SCT, "95315005", "Uterine leiomyoma", "au"), text="Multiple uterine fibroids (largest 9 cm intramural)"), "2024-03-01", asserter=gyn)
    hmb = c.cond(cc((SCT, "386692008", "Menorrhagia", "au"), text="Heavy menstrual bleeding"), "2023-09-01")
    c.cond(cc((SCT, "35489007", "Depressive disorder", "au"), text="Anxiety/depression - no current treatment"), "2012-01-01", status="resolved", abate="2015-01-01")
    c.lab("718-7", "Hemoglobin [Mass/volume] in Blood", "2026-09-02", 123, "g/L", lo=115, hi=165)
    c.lab("2276-4", "Ferritin [Mass/volume] in Serum or Plasma", "2026-09-02", 34, "ug/L", lo=30, hi=300)
    c.med_stmt(med("tranexamic acid 500 mg tablet", rx=("10691", "tranexamic acid")), "active", "2023-10-01", dose="1 g three times daily days 1-4 of menses", reason=hmb)
    c.med_stmt(txt("Levonorgestrel-releasing intrauterine system 52 mg"), "stopped", "2024-05-10", "2025-02-03", reason=hmb, note="Expelled twice; fibroid distorting cavity")
    c.med_stmt(med("ulipristal acetate 5 mg tablet"), "completed", "2025-03-01", "2025-06-01", reason=fib)
    us = c.dr(cc((LNC, "30628-2", "US Pelvis"), text="Transvaginal and transabdominal pelvic ultrasound"), "2026-08-19", performer=h,
              conclusion="Bulky uterus 16 x 11 x 10 cm with multiple fibroids; dominant intramural/subserosal fibroid 9.1 cm fundal, 4.2 cm posterior. Endometrium 9 mm, not clearly assessable. Ovaries normal.")
    e1 = c.enc("2026-09-09", typ="Gynaecology outpatient clinic", reason_ref=fib, prac=gyn, org=h)
    c.doc(AU_CAT, "2026-09-09", """
GYNAECOLOGY OUTPATIENTS - THE QUEEN ELIZABETH HOSPITAL
Dear Dr Haddad,
Rebecca (46) reviewed with symptomatic fibroid uterus (16-week size) causing heavy menstrual bleeding and pressure symptoms (urinary frequency). Failed tranexamic acid, LNG-IUS (expelled x2) and ulipristal.
Options discussed: continued medical therapy, uterine artery embolisation, myomectomy, hysterectomy. Family complete. Rebecca has chosen total abdominal hysterectomy with bilateral salpingectomy, conserving ovaries.
Placed on elective surgery waiting list - Category 2. Pre-admission clinic to be booked. Endometrial sampling at pre-admission.
Dr Katherine Blunden, Consultant Gynaecologist""", author=gyn, title="Gynaecology clinic letter", enc=e1, lang="en-AU", custodian=h)
    sr = c.sr(cc((SCT, "116140006", "Total hysterectomy", "au"), text="Total abdominal hysterectomy and bilateral salpingectomy (ovarian conservation)"),
              "active", "order", "2026-09-09", occ="2027-01-20", reason=[fib, hmb], requester=gyn, performer=gyn,
              category=cc((SCT, "387713003", "Surgical procedure", "au")), note="Elective surgery waiting list Category 2 (within 90 days). Booked theatre list 20/01/2027.")
    e2 = c.enc("2026-11-25", typ="Pre-admission clinic", reason="Pre-anaesthetic assessment for hysterectomy", prac=anaes, org=h, reason_ref=fib)
    c.vitals("2026-11-25", e2, sbp=124, dbp=76, hr=72, wt=79.2, bmi=29.1)
    c.lab("718-7", "Hemoglobin [Mass/volume] in Blood", "2026-11-25", 121, "g/L", lo=115, hi=165, enc=e2)
    c.obs(cc((LNC, "882-1", "ABO and Rh group [Type] in Blood")), "2026-11-25", vcc=cc((SCT, "278149003", "Blood group A Rh(D) positive", "au")), enc=e2)
    c.doc(cc((LNC, "34117-2", "History and physical note"), text="Pre-anaesthetic assessment"), "2026-11-25", """
Pre-admission clinic. ASA 2 (BMI 29). No previous anaesthetic problems. Non-smoker. Functional capacity > 4 METs.
Plan: GA + TAP blocks, VTE prophylaxis per protocol, group and hold. Consent signed for TAH + BS. Surgery date confirmed 20/01/2027.""", author=anaes, enc=e2, lang="en-AU")
    c.allergy(cc((SCT, "373270004", "Penicillin", "au")), reaction=cc((SCT, "247472004", "Hives", "au")), recorded="2001-01-01")
    return c


def au_pancreas(cid):
    c = Case(cid, "https://gateway.health-exchange.example.gov.au/fhir/r4/hnelhd", tz="+11:00")
    h, gp, gpo = au_setup(c, "John Hunter Hospital", "Hunter New England LHD", "http://ns.hnehealth.nsw.gov.au/id/mrn",
                          dict(given="Dorothy", family="Simmonds", gender="female", dob="1945-08-19", ihi="8003608722210985",
                               medicare="2089451237", mrn="JH1177340", hpio="8003624455661122", marital=("W", "Widowed")),
                          gp_name=("Peter", "Galloway", "MED0000771203"), gp_practice="Lambton Family Practice", city="New Lambton", state="NSW", postal="2305")
    onc = c.prac("Yusuf", "Ozturk", qual="FRACP (Medical Oncology)")
    hpb = c.prac("Claire", "Donnelly", qual="FRACS (HPB Surgery)")
    c.cond(cc((SCT, "38341003", "Hypertensive disorder", "au")), "2004-01-01")
    c.cond(cc((SCT, "13645005", "Chronic obstructive lung disease", "au"), text="COPD (ex-smoker, mild)"), "2015-06-01")
    c.cond(cc((SCT, "64859006", "Osteoporosis", "au")), "2016-01-01")
    pc = c.cond(cc((SCT, "363418001", "Malignant tumor of pancreas", "au"), text="Adenocarcinoma head of pancreas with liver metastases"), "2026-10-06",
                asserter=onc, stage=txt("Stage IV (cT3 N1 M1 - hepatic)"), body_site=txt("Head of pancreas"))
    e1 = c.enc("2026-10-02T11:00:00+10:00", "2026-10-09T12:00:00+11:00", cls="IMP", typ="General surgery admission",
               reason="Painless jaundice, weight loss 9 kg", prac=hpb, org=h, admit=("gp", "General Practitioner referral"), disp=("home", "Home"), diag=[pc])
    c.lab("1975-2", "Bilirubin.total [Mass/volume] in Serum or Plasma", "2026-10-02", 212, "umol/L", hi=20, enc=e1)
    c.lab("24108-3", "Cancer Ag 19-9 [Units/volume] in Serum or Plasma", "2026-10-03", 2870, "U/mL", "[U]/mL", hi=37, enc=e1)
    ctr = c.dr(cc((LNC, "72253-8", "CT Abdomen and Pelvis W contrast"), text="CT pancreas protocol"), "2026-10-03", performer=h, enc=e1,
               conclusion="3.8 cm hypoenhancing mass pancreatic head with SMV abutment, biliary and pancreatic duct dilatation. Multiple hepatic lesions (largest 2.6 cm, segment 7) consistent with metastases. Small volume ascites.")
    c.proc(cc((SCT, "386831001", "Endoscopic retrograde cholangiopancreatography", "au"), text="ERCP with metal biliary stent and EUS-guided FNB"), "completed", "2026-10-05", enc=e1, performer=hpb,
           reason=pc, outcome="Uncovered SEMS placed; FNB: adenocarcinoma")
    c.lab("1975-2", "Bilirubin.total [Mass/volume] in Serum or Plasma", "2026-11-02", 38, "umol/L", hi=20)
    c.lab("1751-7", "Albumin [Mass/volume] in Serum or Plasma", "2026-11-02", 27, "g/L", lo=35, hi=50)
    c.obs(cc((LNC, "89247-1", "ECOG Performance Status score")), "2026-11-04", vint=3, cat="survey", note="Capable of only limited self-care; in bed/chair > 50% of waking hours")
    e2 = c.enc("2026-11-04", typ="Medical oncology outpatient clinic", reason_ref=pc, prac=onc, org=h)
    mdt = c.doc(cc((LNC, "11488-4", "Consult note"), text="Upper GI / HPB multidisciplinary team meeting outcome"), "2026-10-29", """
HUNTER NEW ENGLAND UPPER GI/HPB MDT - 29/10/2026
Patient: Dorothy SIMMONDS, 81. Metastatic pancreatic adenocarcinoma (head), hepatic mets, CA19-9 2870. Biliary stent in situ.
Discussion: Not resectable (M1). ECOG 3, albumin 27, significant frailty. Not fit for systemic chemotherapy (FOLFIRINOX or gem/nab-paclitaxel) - MDT consensus that risks outweigh benefit.
Outcome: No anticancer treatment options appropriate. Best supportive care. Referral to community specialist palliative care. Oncology to see to discuss.""", author=onc, lang="en-AU", custodian=h)
    c.doc(AU_CAT, "2026-11-04", """
MEDICAL ONCOLOGY CLINIC - JOHN HUNTER HOSPITAL
Dear Dr Galloway, I saw Dorothy with her son Michael. I explained the MDT recommendation that there is no treatment for the cancer itself that would help her, given her frailty. She was tearful and said she had been told "there's nothing more they can do". We discussed focusing on comfort and staying at home. Referral to palliative care made. Goals of care: no CPR, no ICU. Advance care directive to be completed with GP.
Dr Yusuf Ozturk, Medical Oncologist""", author=onc, enc=e2, lang="en-AU", custodian=h)
    c.sr(cc((SCT, "306237005", "Referral to palliative care service", "au")), "active", "order", "2026-11-04", reason=pc, requester=onc,
         note="Community specialist palliative care - Hunter. Pain and symptom management, home support.")
    c.careplan("Goals of care - comfort focus", "active", "plan", "2026-11-04", category=cc((SCT, "736368003", "Coordination of care plan", "au")),
               addresses=[pc], author=onc, desc="Best supportive care. Not for CPR. Not for ICU. Symptom control at home.",
               activities=[{"status": "scheduled", "description": "Community palliative care nurse home visit weekly"}])
    c.med_req(med("oxycodone 5 mg modified release tablet", rx=("7804", "oxycodone")), "active", "2026-11-04", dose="5 mg twice daily", reason=pc, requester=onc)
    c.med_req(med("pancreatin (Creon 25,000) capsule"), "active", "2026-11-04", dose="1 capsule with meals", reason=pc, requester=onc)
    c.vitals("2026-11-04", e2, sbp=108, dbp=64, hr=88, wt=51.3)
    return c


def au_copd_2nd(cid):
    c = Case(cid, "https://gateway.health-exchange.example.gov.au/fhir/r4/sahealth-nalhn", tz="+10:30")
    h, gp, gpo = au_setup(c, "Lyell McEwin Hospital", "Northern Adelaide LHN", "http://ns.nalhn.sa.gov.au/id/urn",
                          dict(given="Kevin", family="Brannigan", gender="male", dob="1951-12-05", ihi="8003608911102233",
                               medicare="2546671298", mrn="LM4402987", hpio="8003627777011223", marital=("M", "Married")),
                          gp_name=("Julia", "Strand", "MED0001441902"), gp_practice="Elizabeth Vale Medical Centre", city="Elizabeth Vale", state="SA", postal="5112")
    resp = c.prac("Anand", "Kapoor", qual="FRACP (Respiratory and Sleep Medicine)")
    resp2 = c.prac("Fiona", "McAllister", qual="FRACP (Respiratory Medicine)")
    uni = c.org("Royal Adelaide Hospital - Thoracic Medicine", ("prov", "Healthcare Provider"), None, "Adelaide", "SA", "AU")
    copd = c.cond(cc((SCT, "313299006", "Severe chronic obstructive pulmonary disease", "au")), "2011-04-01", asserter=resp,
                  note="GOLD 4, FEV1 24% predicted. Home oxygen since 2024. Not a candidate for lung volume reduction (heterogeneous assessment 2025).")
    c.cond(cc((SCT, "38341003", "Hypertensive disorder", "au")), "2008-01-01")
    c.cond(cc((SCT, "233604007", "Pneumonia", "au")), "2026-05-03", status="resolved", abate="2026-05-24")
    c.obs(cc((LNC, "20150-9", "FEV1"), text="FEV1 post-bronchodilator"), "2026-03-10", value=q(0.68, "L"), ref_range=(2.4, None, "L"), interp="L", cat="procedure", note="24% predicted; FEV1/FVC 0.38")
    c.med_stmt(txt("tiotropium/olodaterol 2.5/2.5 microgram inhaler (Spiolto Respimat)"), "active", "2020-01-01", dose="2 inhalations once daily", reason=copd)
    c.med_stmt(txt("fluticasone furoate/umeclidinium/vilanterol 100/62.5/25 microgram (Trelegy Ellipta)"), "stopped", "2023-01-01", "2024-06-01", reason=copd)
    c.med_stmt(txt("Home oxygen 2 L/min via concentrator, 18 h/day"), "active", "2024-02-01", reason=copd)
    c.med_stmt(med("morphine 10 mg modified release tablet", rx=("7052", "morphine")), "active", "2026-08-20", dose="10 mg daily for refractory breathlessness", reason=copd)
    e1 = c.enc("2026-05-03", "2026-05-14", cls="IMP", typ="Respiratory admission", reason="Infective exacerbation of COPD with pneumonia", prac=resp, org=h,
               admit=("emd", "From accident/emergency department"), disp=("home", "Home"))
    e2 = c.enc("2026-06-18", typ="Respiratory outpatient clinic", reason_ref=copd, prac=resp, org=h)
    c.doc(AU_CAT, "2026-06-18", """
RESPIRATORY CLINIC - LYELL MCEWIN HOSPITAL
Kevin (74), very severe COPD, 3 admissions in 12 months, MRC dyspnoea 5, housebound. Not a candidate for lung transplant (age) or LVRS (homogeneous emphysema, FEV1 24%, DLCO 19%).
We discussed that there are no further disease-modifying options. Kevin and his wife asked for another respiratory opinion before accepting a palliative approach - I have referred him to Dr McAllister at RAH Thoracic Medicine.
Dr A Kapoor""", author=resp, enc=e2, lang="en-AU", custodian=h)
    so_sr = c.sr(cc((SCT, "183524004", "Referral to specialist", "au"), text="Referral for second opinion - thoracic medicine"), "completed", "order", "2026-06-18", reason=copd, requester=resp, performer=resp2)
    e3 = c.enc("2026-07-22", typ="Thoracic medicine outpatient clinic - second opinion", reason_ref=copd, prac=resp2, org=uni)
    c.doc(AU_CAT, "2026-07-22", """
ROYAL ADELAIDE HOSPITAL - THORACIC MEDICINE - SECOND OPINION
Dear Dr Kapoor, thank you for asking me to provide a second opinion on Kevin Brannigan. I reviewed his CT (homogeneous panlobular emphysema, no target lobe), full lung function and gas transfer.
I agree he is not suitable for endobronchial valves, LVRS or transplant. Pulmonary rehabilitation completed 2025. Therapy is optimised.
I concur with a palliative approach focused on breathlessness and quality of life and have discussed this with Kevin and Maureen, who are reassured that nothing has been missed.
Dr Fiona McAllister, Respiratory Physician""", author=resp2, enc=e3, title="Second opinion letter", lang="en-AU", custodian=uni)
    pc = c.careplan("Palliative care plan - very severe COPD", "active", "plan", "2026-08-20", category=cc((SCT, "736373009", "End of life care plan", "au")),
                    addresses=[copd], author=resp, desc="Symptom-focused care: breathlessness management, home oxygen, low-dose morphine. Not for intubation; NIV ceiling of care. Advance care directive completed 14/08/2026.",
                    activities=[{"status": "in-progress", "description": "Northern Adelaide palliative care service - home visits fortnightly"}])
    c.sr(cc((SCT, "306237005", "Referral to palliative care service", "au")), "completed", "order", "2026-08-05", reason=copd, requester=resp)
    e4 = c.enc("2026-11-12", cls="HH", typ="Palliative care home visit", reason_ref=copd, org=h)
    c.vitals("2026-11-12", e4, hr=96, spo2=89, rr=22)
    c.doc(cc((LNC, "11506-3", "Progress note")), "2026-11-12", "Palliative care nurse home visit. Breathlessness improved on morphine MR 10 mg. Using fan. Wife coping. No new concerns.", enc=e4, lang="en-AU", custodian=h)
    c.imm(txt("Pneumococcal conjugate vaccine (13vPCV)"), "2024-05-01")
    c.imm(cc((SCT, "1525391000168104", "Influenza vaccine", "au"), text="Influenza vaccine 2026"), "2026-04-10")
    return c


def au_breast_rt(cid):
    c = Case(cid, "https://gateway.health-exchange.example.gov.au/fhir/r4/smhs-wa", tz="+08:00")
    h, gp, gpo = au_setup(c, "Fiona Stanley Hospital", "South Metropolitan Health Service", "http://ns.smhs.health.wa.gov.au/id/umrn",
                          dict(given="Jennifer", family="Okafor-Reid", gender="female", dob="1965-04-11", ihi="8003608344501982",
                               medicare="5098123476", mrn="FSH6612093", hpio="8003622010102002", marital=("M", "Married")),
                          gp_name=("Ben", "Harcourt", "MED0001339902"), gp_practice="Murdoch Family Medical", city="Murdoch", state="WA", postal="6150")
    surg = c.prac("Eleanor", "Vance", qual="FRACS (Breast and Endocrine Surgery)")
    ro = c.prac("Raj", "Mehta", qual="FRANZCR (Radiation Oncology)")
    c.cond(cc((SCT, "40930008", "Hypothyroidism", "au")), "2012-01-01")
    bc = c.cond(cc((SCT, "254837009", "Malignant neoplasm of breast", "au"), text="Invasive ductal carcinoma left breast, grade 2, ER+/PR+/HER2-"), "2026-09-14",
                asserter=surg, stage=txt("pT1c (17 mm) pN0 (0/2 SLN) M0 - Stage IA"), body_site=txt("Left breast, upper outer quadrant"))
    c.med_stmt(med("levothyroxine 100 microgram tablet", rx=("10582", "levothyroxine")), "active", "2012-01-01", dose="100 microgram daily")
    c.dr(txt("BreastScreen WA screening mammogram"), "2026-08-28", performer=h, conclusion="Left UOQ spiculated mass 15 mm. Recall for assessment (BI-RADS 5 after assessment).")
    e1 = c.enc("2026-10-13", "2026-10-13", cls="SS", typ="Day surgery", reason_ref=bc, prac=surg, org=h)
    c.proc(cc((SCT, "392021009", "Lumpectomy of breast", "au"), text="Left wide local excision with sentinel lymph node biopsy"), "completed", "2026-10-13", reason=bc, performer=surg, enc=e1,
           outcome="Margins clear (closest 4 mm); 0/2 sentinel nodes")
    c.doc(cc((LNC, "11488-4", "Consult note"), text="Breast MDT meeting outcome"), "2026-10-22", """
FIONA STANLEY HOSPITAL BREAST MDT 22/10/2026
Jennifer OKAFOR-REID 61. Left IDC 17 mm grade 2, ER 95% PR 80% HER2 negative, Ki67 15%, 0/2 SLN, margins clear.
Recommendation: Adjuvant whole-breast radiotherapy (hypofractionated 40 Gy/15 fractions +/- boost) followed by endocrine therapy (aromatase inhibitor) for 5 years. Oncotype not indicated. No chemotherapy.""", author=surg, lang="en-AU", custodian=h)
    e2 = c.enc("2026-11-18", typ="Radiation oncology consultation", reason_ref=bc, prac=ro, org=h)
    c.doc(AU_CAT, "2026-11-18", """
RADIATION ONCOLOGY - FIONA STANLEY HOSPITAL
Dear Dr Harcourt, I saw Jennifer to discuss adjuvant radiotherapy to the left breast. We discussed acute effects (fatigue, skin reaction) and late effects (fibrosis, change in breast shape, small cardiac and lung dose - deep inspiration breath-hold will be used).
Plan: CT simulation 04/12/2026; commence 40 Gy in 15 fractions to left breast from 14/12/2026 with 10 Gy/5# tumour bed boost. Consent signed. Letrozole to start after radiotherapy.
Dr Raj Mehta, Radiation Oncologist""", author=ro, enc=e2, lang="en-AU", custodian=h)
    c.sr(cc((SCT, "33195004", "Teleradiotherapy procedure", "au"), text="Adjuvant external beam radiotherapy left breast 40 Gy/15# + boost 10 Gy/5#"),
         "active", "order", "2026-11-18", occ_period={"start": "2026-12-14", "end": "2027-01-15"}, reason=bc, requester=ro, performer=ro,
         note="DIBH technique. Simulation 04/12/2026.")
    c.careplan("Adjuvant breast cancer treatment plan", "active", "plan", "2026-11-18", addresses=[bc], author=ro,
               activities=[{"status": "scheduled", "description": "Whole-breast radiotherapy 14/12/2026 - 15/01/2027"},
                           {"status": "not-started", "description": "Letrozole 2.5 mg daily for 5 years after radiotherapy"}])
    c.vitals("2026-11-18", e2, sbp=128, dbp=80, hr=72, wt=70.5)
    c.obs(cc((LNC, "89247-1", "ECOG Performance Status score")), "2026-11-18", vint=0, cat="survey", enc=e2)
    c.lab("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", "2026-09-20", 1.9, "mIU/L", "m[IU]/L", lo=0.4, hi=4.0)
    c.nka("2012-01-01")
    return c


def au_pcos_portal(cid):
    c = Case(cid, "https://gateway.health-exchange.example.gov.au/fhir/r4/canberra-health", tz="+11:00")
    h, gp, gpo = au_setup(c, "Canberra Hospital", "Canberra Health Services", "http://ns.health.act.gov.au/id/mrn",
                          dict(given="Tayla", family="Brennan", gender="female", dob="1997-02-17", ihi="8003608677712390",
                               medicare="2612093847", mrn="CH0981266", hpio="8003620000445566", marital=("S", "Never Married")),
                          gp_name=("Olivia", "Chen", "MED0002001188"), gp_practice="Woden Valley GP", city="Phillip", state="ACT", postal="2606")
    endo = c.prac("Gregory", "Pham", qual="FRACP (Endocrinology)")
    pcos = c.cond(cc((SCT, "69878008", "Polycystic ovaries", "au"), text="Polycystic ovary syndrome"), "2024-06-12", asserter=endo,
                  note="Rotterdam criteria: oligomenorrhoea + biochemical hyperandrogenism + PCO morphology on US.")
    c.cond(cc((SCT, "414916001", "Obesity", "au")), "2023-01-01")
    c.cond(cc((SCT, "37796009", "Migraine", "au"), text="Migraine without aura"), "2014-01-01")
    c.lab("1854-5", "Testosterone.free [Mass/volume] in Serum or Plasma", "2024-05-30", 42, "pmol/L", hi=30)
    c.lab("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "2026-08-11", 5.6, "%", lo=4.0, hi=6.0)
    c.med_stmt(txt("ethinylestradiol 35 microgram / cyproterone acetate 2 mg tablet"), "active", "2024-07-01", dose="1 tablet daily", reason=pcos)
    c.med_stmt(med("metformin 500 mg tablet", amt=("23358011000036102", "metformin hydrochloride 500 mg tablet"), rx=("6809", "metformin")), "active", "2025-02-01", dose="500 mg twice daily", reason=pcos)
    for d, wt in [("2025-11-20", 96.2), ("2026-05-14", 98.0), ("2026-10-29", 99.1)]:
        e = c.enc(d, typ="Endocrinology outpatient clinic", reason_ref=pcos, prac=endo, org=h)
        c.vit("29463-7", "Body weight", d, wt, "kg", enc=e)
        c.bp(d, 122, 78, e)
    c.doc(AU_CAT, "2026-10-29", """
ENDOCRINOLOGY OUTPATIENTS - CANBERRA HOSPITAL
Tayla, 29, PCOS. Cycles regular on COCP. Weight 99 kg (BMI 35). Reports ongoing pelvic pain and pain with periods; advised this is not typical of PCOS, suggested GP review. HbA1c 5.6%.
Plan: continue metformin and COCP, dietitian referral. Discharge to GP care.
Dr G Pham""", author=endo, lang="en-AU", custodian=h)
    c.comm("2026-11-08", """Hi, I'm writing through the portal because I didn't get a chance to say this in clinic. I've been told for two years it's just PCOS and I need to lose weight, but the pelvic pain is getting in the way of work and nobody has actually looked into it. I would like a second opinion - could I please be referred to a different specialist (gynaecologist?) for a second opinion? Thanks, Tayla Brennan""",
           sender=c.patient, recipient=endo, category=txt("Patient portal message"),
           medium=cc(("http://terminology.hl7.org/CodeSystem/v3-ParticipationMode", "ELECTRONIC", "electronic data")))
    c.comm("2026-11-10", "Thanks Tayla, your message has been forwarded to Dr Pham's secretary. Someone will be in touch.", sender=h, recipient=c.patient,
           category=txt("Patient portal message"))
    c.obs(cc((LNC, "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported")), "2026-10-29", vint=6, cat="survey", note="Pelvic pain, worse premenstrually")
    c.nka("2014-01-01")
    return c


def au_declined(cid):
    c = Case(cid, "https://gateway.health-exchange.example.gov.au/fhir/r4/gold-coast", tz="+10:00")
    h, gp, gpo = au_setup(c, "Gold Coast University Hospital", "Gold Coast Health", "http://ns.goldcoast.health.qld.gov.au/id/urn",
                          dict(given="Stavros", family="Lianos", gender="male", dob="1959-09-01", ihi="8003608155008872",
                               medicare="4332190875", mrn="GC7720155", hpio="8003625550009900", marital=("M", "Married")),
                          gp_name=("Hannah", "Booth", "MED0001889012"), gp_practice="Southport Medical Centre", city="Southport", state="QLD", postal="4215")
    neuro = c.prac("Matthew", "Iredale", qual="FRACP (Neurology)")
    pd = c.cond(cc((SCT, "49049000", "Parkinson's disease", "au")), "2025-03-18", asserter=neuro, note="Tremor-dominant, right-sided onset. DaTscan abnormal 02/2025.")
    c.cond(cc((SCT, "38341003", "Hypertensive disorder", "au")), "2010-01-01")
    c.cond(cc((SCT, "55822004", "Hyperlipidemia", "au")), "2012-01-01")
    c.med_stmt(txt("levodopa/carbidopa 100/25 mg tablet (Sinemet)"), "active", "2025-04-01", dose="1 tablet three times daily", reason=pd)
    c.med_stmt(med("rosuvastatin 10 mg tablet", rx=("301542", "rosuvastatin")), "active", "2012-01-01", dose="10 mg daily")
    c.med_stmt(med("irbesartan 150 mg tablet", rx=("83818", "irbesartan")), "active", "2010-01-01", dose="150 mg daily")
    for d, u in [("2025-09-16", 24), ("2026-03-10", 25), ("2026-09-08", 24)]:
        e = c.enc(d, typ="Neurology outpatient clinic", reason_ref=pd, prac=neuro, org=h)
        c.obs(cc((LNC, "77717-7", "MDS-UPDRS Part III motor examination score"), text="MDS-UPDRS part III (ON)"), d, vint=u, cat="exam", enc=e)
    c.doc(AU_CAT, "2026-09-08", """
NEUROLOGY CLINIC - GOLD COAST UNIVERSITY HOSPITAL
Stavros, 67, Parkinson disease 18 months, good response to levodopa, UPDRS III stable at 24. No motor fluctuations, no dyskinesia. Mild constipation, REM sleep behaviour reported by wife.
He asked whether the diagnosis is certain. We reviewed the DaTscan and levodopa response together. I offered referral to the Movement Disorders clinic in Brisbane for a second opinion if he wished; he declined, saying he is satisfied with the explanation and the current plan.
Plan: continue Sinemet 100/25 tds, exercise physiology, review 6 months.
Dr M Iredale""", author=neuro, lang="en-AU", custodian=h)
    c.comm("2026-10-21", "Hello, can I move my February neurology appointment to a Thursday? I drive my granddaughter to school on Tuesdays. Also is my script for Sinemet ready to be sent to the chemist? Thank you, Stavros Lianos",
           sender=c.patient, recipient=h, category=txt("Patient portal message"))
    c.comm("2026-10-22", "Dear Mr Lianos, your appointment has been moved to Thursday 18/02/2027 at 10:30. Your eScript has been sent to your phone.", sender=h, recipient=c.patient,
           category=txt("Patient portal message"))
    e2 = c.enc("2026-11-05", typ="General practice consultation", reason="Blood pressure and lipid review", prac=gp, org=gpo)
    c.bp("2026-11-05", 128, 76, e2)
    c.lab("13457-7", "Cholesterol in LDL [Mass/volume] in Serum or Plasma by calculation", "2026-11-01", 1.9, "mmol/L", hi=2.0)
    c.nka("2010-01-01")
    return c


def au_hba1c(cid):
    c = Case(cid, "https://gateway.health-exchange.example.gov.au/fhir/r4/swslhd", tz="+11:00")
    h, gp, gpo = au_setup(c, "Liverpool Hospital", "South Western Sydney LHD", "http://ns.swslhd.health.nsw.gov.au/id/mrn",
                          dict(given=["Tevita"], family="Fifita", gender="male", dob="1969-06-25", ihi="8003608212984451",
                               medicare="2419076531", mrn="LV5530214", hpio="8003621112223334", marital=("M", "Married"),
                               lang=("to", "Tongan")),
                          gp_name=("Mei", "Lin", "MED0001666234"), gp_practice="Liverpool Health Hub", city="Liverpool", state="NSW", postal="2170")
    endo = c.prac("Sarah", "Kingsford", qual="FRACP (Endocrinology)")
    dm = c.cond(cc((SCT, "44054006", "Diabetes mellitus type 2", "au")), "2016-02-01", asserter=gp)
    c.cond(cc((SCT, "38341003", "Hypertensive disorder", "au")), "2016-02-01")
    c.cond(cc((SCT, "55822004", "Hyperlipidemia", "au")), "2017-01-01")
    c.cond(cc((SCT, "90560007", "Gout", "au")), "2019-03-01", status="inactive")
    c.med_stmt(med("metformin 1000 mg modified release tablet", rx=("6809", "metformin")), "active", "2016-02-01", dose="2 g with evening meal", reason=dm)
    c.med_stmt(med("empagliflozin 25 mg tablet", rx=("1545653", "empagliflozin")), "active", "2024-11-01", dose="25 mg daily", reason=dm)
    c.med_stmt(med("insulin glargine 100 units/mL pen", rx=("274783", "insulin glargine")), "active", "2025-10-14", dose="currently 44 units at night (titrated from 10 units)", reason=dm)
    c.med_stmt(med("atorvastatin 40 mg tablet", rx=("83367", "atorvastatin")), "active", "2017-01-01", dose="40 mg daily")
    c.med_stmt(med("perindopril 10 mg tablet", rx=("54552", "perindopril")), "active", "2016-02-01", dose="10 mg daily")
    vals = [("2025-11-18", 7.4, 57), ("2026-02-24", 8.0, 64), ("2026-06-02", 8.7, 72), ("2026-09-15", 9.3, 78), ("2026-11-24", 9.9, 85)]
    for d, pct, mm in vals:
        c.lab("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", d, pct, "%", lo=4.0, hi=6.0)
        c.lab("59261-8", "Hemoglobin A1c/Hemoglobin.total in Blood by IFCC protocol", d, mm, "mmol/mol", lo=20, hi=42)
    c.lab("62238-1", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI)", "2026-11-24", 78, "mL/min/{1.73_m2}", lo=60)
    c.lab("14959-1", "Microalbumin/Creatinine [Mass Ratio] in Urine", "2026-11-24", 2.1, "mg/mmol", "mg/mmol", hi=2.5)
    e1 = c.enc("2026-06-09", typ="Diabetes outpatient clinic", reason_ref=dm, prac=endo, org=h)
    c.doc(AU_CAT, "2026-06-09", """
DIABETES CENTRE - LIVERPOOL HOSPITAL (Tongan interpreter present)
Tevita, 57, T2DM 10 years. HbA1c 72 mmol/mol (8.7%) despite metformin XR 2 g, empagliflozin 25 mg and glargine titrated to 36 units. Reports good adherence (pharmacy dispensing records confirm), attends church exercise group. No hypos.
Plan: glargine titration +2 units every 3 days to fasting 6-7, CDE review, repeat HbA1c 3 months. Consider GLP-1 RA when supply allows.
Dr S Kingsford""", author=endo, enc=e1, lang="en-AU", custodian=h)
    e2 = c.enc("2026-11-26", typ="General practice consultation", reason="Diabetes review - results", prac=gp, org=gpo)
    c.vitals("2026-11-26", e2, sbp=136, dbp=84, wt=112.4, bmi=36.7)
    c.doc(cc((LNC, "11506-3", "Progress note")), "2026-11-26", """
GP review. HbA1c now 85 mmol/mol (9.9%), steadily up from 57 a year ago despite all three agents and glargine 44 u. Fasting BSLs 10-13. Adherence good - wife manages pens. Weight up 4 kg. Polyuria and tiredness.
Will write to Dr Kingsford re next step.""", author=gp, enc=e2, lang="en-AU")
    c.obs(cc((LNC, "2345-7", "Glucose [Mass/volume] in Serum or Plasma"), text="Fasting glucose (home monitoring, 2-week mean)"), "2026-11-26", value=q(11.6, "mmol/L"), cat="laboratory", interp="H", ref_range=(3.5, 6.0, "mmol/L"))
    c.nka("2016-01-01")
    return c


def au_egfr_small(cid):
    c = Case(cid, "https://gateway.health-exchange.example.gov.au/fhir/r4/barwon-health", tz="+11:00")
    h, gp, gpo = au_setup(c, "University Hospital Geelong", "Barwon Health", "http://ns.barwonhealth.org.au/id/urn",
                          dict(given="Colin", family="Ferguson", gender="male", dob="1958-01-29", ihi="8003608099221147",
                               medicare="3309128745", mrn="BH0556781", hpio="8003626789123450", marital=("M", "Married")),
                          gp_name=("Isabel", "Moreau", "MED0001234987"), gp_practice="Belmont Medical Clinic", city="Geelong", state="VIC", postal="3220")
    neph = c.prac("Christopher", "Lam", qual="FRACP (Nephrology)")
    ckd = c.cond(cc((SCT, "700379002", "Chronic kidney disease stage 3B", "au"), text="CKD stage 3a/3b, diabetic nephropathy suspected"), "2022-05-01", asserter=neph)
    dm = c.cond(cc((SCT, "44054006", "Diabetes mellitus type 2", "au")), "2010-01-01")
    htn = c.cond(cc((SCT, "38341003", "Hypertensive disorder", "au")), "2008-01-01")
    c.cond(cc((SCT, "72892002", "Normal pregnancy", "au")) if False else cc((SCT, "45816000", "Pyelonephritis", "au")), "2019-02-01", status="resolved", abate="2019-02-20")
    c.med_stmt(med("ramipril 10 mg capsule", rx=("35296", "ramipril")), "active", "2018-01-01", dose="10 mg daily", reason=[ckd, htn])
    c.med_stmt(med("dapagliflozin 10 mg tablet", rx=("1488564", "dapagliflozin")), "active", "2023-03-01", dose="10 mg daily", reason=[ckd, dm])
    c.med_stmt(med("metformin 500 mg tablet", amt=("23358011000036102", "metformin hydrochloride 500 mg tablet"), rx=("6809", "metformin")), "active", "2010-01-01", dose="500 mg twice daily (dose reduced for eGFR)", reason=dm)
    for d, eg, cr, acr in [("2026-01-20", 47, 138, 9.8), ("2026-05-12", 46, 140, 9.1), ("2026-08-18", 45, 142, 8.6), ("2026-11-17", 45, 143, 8.2)]:
        c.lab("62238-1", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI)", d, eg, "mL/min/{1.73_m2}", lo=60)
        c.lab("14682-9", "Creatinine [Moles/volume] in Serum or Plasma", d, cr, "umol/L", lo=60, hi=110)
        c.lab("14959-1", "Microalbumin/Creatinine [Mass Ratio] in Urine", d, acr, "mg/mmol", lo=None, hi=2.5)
    c.lab("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "2026-11-17", 6.9, "%", lo=4.0, hi=6.0)
    c.lab("2823-3", "Potassium [Moles/volume] in Serum or Plasma", "2026-11-17", 4.8, "mmol/L", lo=3.5, hi=5.2)
    e1 = c.enc("2026-11-24", typ="Renal outpatient clinic", reason_ref=ckd, prac=neph, org=h)
    c.bp("2026-11-24", 128, 74, e1)
    c.doc(AU_CAT, "2026-11-24", """
RENAL CLINIC - UNIVERSITY HOSPITAL GEELONG
Colin, 68, CKD G3a/G3b A2. eGFR 47 -> 45 over 10 months on maximal ramipril and dapagliflozin - slope about -2.4 mL/min/yr, within expected range for age/diabetes. ACR improving (9.8 -> 8.2). BP 128/74. K 4.8.
Impression: stable CKD, well controlled. No change. Review 6 months with bloods.
Dr C Lam, Nephrologist""", author=neph, enc=e1, lang="en-AU", custodian=h)
    c.nka("2008-01-01")
    return c


def au_nmosd(cid):
    c = Case(cid, "https://gateway.health-exchange.example.gov.au/fhir/r4/metro-north-qld", tz="+10:00")
    h, gp, gpo = au_setup(c, "Royal Brisbane and Women's Hospital", "Metro North Health", "http://ns.metronorth.health.qld.gov.au/id/urn",
                          dict(given="Amani", family="Wekesa", gender="female", dob="1991-10-08", ihi="8003608744102256",
                               medicare="4271093658", mrn="RB2290174", hpio="8003623434343434", marital=("M", "Married")),
                          gp_name=("Lachlan", "Doyle", "MED0002111222"), gp_practice="Herston Road Medical", city="Herston", state="QLD", postal="4006")
    neuro = c.prac("Vanessa", "Kho", qual="FRACP (Neurology - Neuroimmunology)")
    oph = c.prac("Daniel", "Sorensen", qual="FRANZCO")
    nmo = c.cond(cc((SCT, "25044007", "Neuromyelitis optica", "au"), text="Neuromyelitis optica spectrum disorder, AQP4-IgG positive"), "2023-02-14", asserter=neuro,
                 note="Presented 02/2023 with bilateral optic neuritis then longitudinally extensive transverse myelitis (C3-T2) 08/2023.")
    c.cond(cc((SCT, "2761000119106", "Visual impairment", "au") if False else (SCT, "397540003", "Visual impairment", "au"), text="Residual visual impairment left eye after optic neuritis"), "2023-02-14")
    c.obs(cc((LNC, "46718-4", "Aquaporin 4 water channel Ab [Presence] in Serum") if False else (LNC, "53927-5", "Aquaporin 4 water channel Ab [Presence] in Serum"), text="Aquaporin-4 IgG (cell-based assay)"),
          "2023-02-20", vcc=cc((SCT, "10828004", "Positive", "au")), interp="POS")
    c.med_stmt(med("rituximab 500 mg/50 mL injection", rx=("121191", "rituximab")), "active", "2023-09-01", dose="1 g IV every 6 months (last 12/09/2026)", reason=nmo)
    c.med_stmt(med("prednisolone 5 mg tablet", rx=("8638", "prednisolone")), "completed", "2023-08-20", "2024-03-01", reason=nmo)
    c.med_stmt(txt("cotrimoxazole 160/800 mg tablet three times a week (PJP prophylaxis)"), "stopped", "2023-08-20", "2024-04-01")
    c.proc(txt("Rituximab infusion 1 g IV"), "completed", "2026-09-12", reason=nmo, performer=neuro)
    c.lab("8116-7", "CD19 cells/100 cells in Blood", "2026-09-10", 0.3, "%", lo=None, hi=None, interp="L") if False else c.obs(cc((LNC, "8116-7", "CD19 cells/100 cells in Blood")), "2026-09-10", value=q(0.3, "%"), interp="L", ref_range=(6, 27, "%"))
    c.lab("2465-3", "IgG [Mass/volume] in Serum or Plasma", "2026-09-10", 8.1, "g/L", lo=7.0, hi=16.0)
    c.dr(cc((LNC, "24590-2", "MR Brain WO and W contrast"), text="MRI brain and whole spine with gadolinium"), "2026-08-24", performer=h,
         conclusion="No new or enhancing lesions compared with 08/2025. Stable cervicothoracic cord atrophy at previous myelitis site. Left optic nerve atrophy.")
    for d, edss in [("2026-03-09", 3.0), ("2026-09-07", 3.0)]:
        e = c.enc(d, typ="Neuroimmunology outpatient clinic", reason_ref=nmo, prac=neuro, org=h)
        c.obs(cc((LNC, "LA10000-0", "Expanded Disability Status Scale") if False else ("http://ns.metronorth.health.qld.gov.au/codes/neuro", "EDSS", "Kurtzke Expanded Disability Status Scale"), text="EDSS"), d, value={"value": edss}, cat="exam", enc=e)
    c.doc(AU_CAT, "2026-09-07", """
NEUROIMMUNOLOGY CLINIC - RBWH
Dear Dr Doyle, Amani (35) with AQP4-IgG positive NMOSD remains relapse-free since 08/2023 on 6-monthly rituximab. EDSS 3.0 (visual and sensory). CD19 depleted. MRI stable.
Family planning: wishes pregnancy in 2027 - will discuss timing of rituximab with obstetric medicine. Next infusion 03/2027.
Dr Vanessa Kho, Neurologist""", author=neuro, lang="en-AU", custodian=h)
    e3 = c.enc("2026-10-15", typ="Ophthalmology outpatient clinic", prac=oph, org=h)
    c.obs(cc((LNC, "79882-7", "Visual acuity uncorrected Left eye"), text="Visual acuity left eye (Snellen)"), "2026-10-15", vstr="6/18", cat="exam", enc=e3)
    c.obs(cc((LNC, "79883-5", "Visual acuity uncorrected Right eye"), text="Visual acuity right eye (Snellen)"), "2026-10-15", vstr="6/6", cat="exam", enc=e3)
    c.imm(txt("Pneumococcal polysaccharide vaccine 23-valent"), "2023-08-25")
    c.nka("2023-02-14")
    return c


def au_four_chronic(cid):
    c = Case(cid, "https://gateway.health-exchange.example.gov.au/fhir/r4/tas-health-north", tz="+11:00")
    h, gp, gpo = au_setup(c, "Launceston General Hospital", "Tasmanian Health Service - North", "http://ns.health.tas.gov.au/id/urn",
                          dict(given="Beverley", family="Hutchins", gender="female", dob="1956-05-30", ihi="8003608322190087",
                               medicare="6012387459", mrn="LG3340921", hpio="8003629090909091", marital=("D", "Divorced")),
                          gp_name=("Tom", "Wallace", "MED0001456321"), gp_practice="Kings Meadows Medical", city="Launceston", state="TAS", postal="7250")
    dm = c.cond(cc((SCT, "44054006", "Diabetes mellitus type 2", "au")), "2013-01-01")
    htn = c.cond(cc((SCT, "38341003", "Hypertensive disorder", "au")), "2009-01-01")
    lip = c.cond(cc((SCT, "55822004", "Hyperlipidemia", "au")), "2011-01-01")
    ob = c.cond(cc((SCT, "414916001", "Obesity", "au")), "2009-01-01")
    c.cond(cc((SCT, "233604007", "Pneumonia", "au"), text="Community-acquired pneumonia, right lower lobe"), "2025-07-12", status="resolved", abate="2025-08-02")
    c.cond(cc((SCT, "263102004", "Fracture of radius", "au") if False else (SCT, "65966004", "Fracture of lower end of radius", "au"), text="Left distal radius fracture (fall on ice)"), "2024-06-20", status="resolved", abate="2024-09-01")
    c.cond(cc((SCT, "68566005", "Urinary tract infectious disease", "au")), "2026-03-02", status="resolved", abate="2026-03-12")
    c.cond(cc((SCT, "40055000", "Chronic sinusitis", "au") if False else (SCT, "36971009", "Sinusitis", "au"), text="Acute sinusitis"), "2026-08-01", status="resolved", abate="2026-08-20")
    c.med_stmt(med("metformin 500 mg tablet", amt=("23358011000036102", "metformin hydrochloride 500 mg tablet"), rx=("6809", "metformin")), "active", "2013-01-01", dose="1 g twice daily", reason=dm)
    c.med_stmt(med("candesartan 16 mg tablet", rx=("214354", "candesartan")), "active", "2009-01-01", dose="16 mg daily", reason=htn)
    c.med_stmt(med("atorvastatin 20 mg tablet", rx=("83367", "atorvastatin")), "active", "2011-01-01", dose="20 mg daily", reason=lip)
    e1 = c.enc("2025-07-12", "2025-07-16", cls="IMP", typ="General medicine admission", reason="Community-acquired pneumonia", org=h,
               admit=("emd", "From accident/emergency department"), disp=("home", "Home"))
    c.doc(cc((LNC, "18842-5", "Discharge summary")), "2025-07-16", "LGH discharge summary. RLL pneumonia treated IV ceftriaxone/azithromycin then oral amoxicillin. CXR clearance arranged. Comorbidities: T2DM, HTN, dyslipidaemia, obesity.", lang="en-AU", custodian=h, enc=e1)
    for d, a1c in [("2026-02-10", 7.0), ("2026-08-11", 6.8)]:
        e = c.enc(d, typ="General practice chronic disease management review (GPMP)", prac=gp, org=gpo)
        c.lab("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", d, a1c, "%", lo=4.0, hi=6.0, enc=e)
        c.bp(d, 132, 80, e)
    c.lab("13457-7", "Cholesterol in LDL [Mass/volume] in Serum or Plasma by calculation", "2026-08-11", 2.1, "mmol/L", hi=2.5)
    c.lab("62238-1", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI)", "2026-08-11", 82, "mL/min/{1.73_m2}", lo=60)
    c.vit("39156-5", "Body mass index (BMI) [Ratio]", "2026-08-11", 33.8, "kg/m2")
    c.careplan("GP Management Plan (chronic disease)", "active", "plan", "2026-02-10", addresses=[dm, htn, lip, ob], author=gp,
               category=cc((SCT, "736271009", "Outpatient care plan", "au")),
               activities=[{"status": "in-progress", "description": "Diabetes educator and dietitian (Team Care Arrangement)"},
                           {"status": "scheduled", "description": "Annual diabetic eye review - optometrist"}])
    c.doc(cc((LNC, "11506-3", "Progress note")), "2026-11-19", "GP review. Feels well. Sinusitis resolved. Diabetes, BP and lipids at target. Retinal photos normal 10/2026. Feet: monofilament intact. Continue.", author=gp, lang="en-AU")
    c.imm(cc((SCT, "1525391000168104", "Influenza vaccine", "au"), text="Influenza vaccine 2026"), "2026-04-15")
    c.nka("2009-01-01")
    return c
