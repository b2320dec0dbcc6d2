"""Organisation 4: Lakeside Headache and Migraine Center (US). ICD-10-CM, CPT, HCPCS, RxNorm/ATC, LOINC; headache
diaries, MIDAS/HIT-6, preventive trials, onabotulinumtoxinA and CGRP antibodies, imaging for red flags."""
from fhirkit import (Case, US, US_LOCAL, cc, coding, SCT, LOINC, ICD10CM, ATC, RXN, CPT, HCPCS, CVX, ORPHA, THO, ACT,
                     qty)

PRO = US_LOCAL + "headache-instruments"
ENC_TYPE = US_LOCAL + "visit-type"


def dx(code, display, text=None, sct=None):
    codings = [(ICD10CM, code, display)]
    if sct:
        codings.append((SCT,) + sct)
    return cc(*codings, text=text or display)


def med(text, atc=None, rxn=None):
    codings = []
    if rxn:
        codings.append((RXN,) + rxn)
    if atc:
        codings.append((ATC,) + atc)
    return cc(*codings, text=text)


def cpt(code, display, text=None):
    return cc((CPT, code, display), text=text or display)


def etype(code, text):
    return cc((CPT, code, text), text=text)


def npi(rng):
    base = "1" + "".join(str(rng.randint(0, 9)) for _ in range(8))
    digits = [int(x) for x in "80840" + base]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return base + str((10 - total % 10) % 10)


def setup(c, docs, payer="Prairie Mutual Health Plan"):
    parent = c.organization("Lakeside Neurological Institute",
                            type_cc=cc((THO + "organization-type", "prov", "Healthcare Provider")),
                            ident={"system": "http://hl7.org/fhir/sid/us-npi", "value": npi(c.rng)})
    c.org = c.organization("Lakeside Headache and Migraine Center",
                           type_cc=cc((THO + "organization-type", "dept", "Hospital Department")),
                           ident={"system": "http://hl7.org/fhir/sid/us-npi", "value": npi(c.rng)},
                           address={"use": "work", "line": ["2200 Lakeshore Drive", "Suite 400"], "city": "Madison",
                                    "state": "WI", "postalCode": "53703", "country": "US"},
                           phone="+1 608 555 0142", part_of=parent)
    c.payer = c.organization(payer, type_cc=cc((THO + "organization-type", "pay", "Payer")),
                             ident={"system": "https://fhir.lakesideheadache.org/Id/payer-id",
                                    "value": f"PMH{c.rng.randint(100, 999)}"})
    prs = []
    for fam, giv, cred, g in docs:
        prs.append(c.practitioner(fam, giv, gender=g, qual=cc(text=cred),
                                  ident={"system": "http://hl7.org/fhir/sid/us-npi", "value": npi(c.rng)}))
    return prs


def us_patient(c, family, given, gender, birth, line, city="Madison", zip_="53704", marital="M"):
    mrn = f"LHM{c.rng.randint(1000000, 9999999)}"
    pat = c.patient(family, given, gender, birth, [
        {"use": "usual", "type": cc((THO + "v2-0203", "MR", "Medical record number")),
         "system": "https://fhir.lakesideheadache.org/Id/mrn", "value": mrn}],
        address={"use": "home", "line": [line], "city": city, "state": "WI", "postalCode": zip_, "country": "US"},
        phone=f"+1 608 555 0{c.rng.randint(100, 199)}", marital=marital)
    c.coverage(c.payer, cc((ACT, "HIP", "health insurance plan policy"), text="Commercial PPO"),
               subscriber_id=f"XPM{c.rng.randint(10 ** 8, 10 ** 9 - 1)}", start="2025-01-01",
               cls=[{"type": cc((THO + "coverage-class", "group", "Group")),
                     "value": f"G{c.rng.randint(10000, 99999)}", "name": "Employer group PPO"}])
    return pat


def diary(c, date, mmd=None, mhd=None, amd=None, enc=None):
    out = []
    if mmd is not None:
        out.append(c.obs(cc((PRO, "MMD", "Monthly migraine days (headache diary, preceding 30 days)"),
                            text="Monthly migraine days"), date, mmd, "days/month", "d/mo", cat="survey", enc=enc))
    if mhd is not None:
        out.append(c.obs(cc((PRO, "MHD", "Monthly headache days (headache diary, preceding 30 days)"),
                            text="Monthly headache days"), date, mhd, "days/month", "d/mo", cat="survey", enc=enc))
    if amd is not None:
        out.append(c.obs(cc((PRO, "AMD", "Acute medication days per month (headache diary)"),
                            text="Acute medication days"), date, amd, "days/month", "d/mo", cat="survey", enc=enc))
    return out


def midas(c, date, v, enc=None):
    return c.score(cc((PRO, "MIDAS", "Migraine Disability Assessment (MIDAS) total score"), text="MIDAS"), date, v,
                   enc=enc)


def hit6(c, date, v, enc=None):
    return c.score(cc((PRO, "HIT-6", "HIT-6 six-item headache impact questionnaire total score"), text="HIT-6"), date, v, enc=enc)


def normal_labs(c, date, enc=None):
    for loinc, disp, text, v, u, uc, lo, hi in [
            ("718-7", "Hemoglobin [Mass/volume] in Blood", "Hemoglobin", 13.6, "g/dL", "g/dL", 12.0, 15.5),
            ("4537-7", "Erythrocyte sedimentation rate by Westergren method", "ESR", 9, "mm/h", "mm/h", None, 20),
            ("1988-5", "C reactive protein [Mass/volume] in Serum or Plasma", "CRP", 1.2, "mg/L", "mg/L", None, 5),
            ("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", "TSH", 1.7, "m[IU]/L", "m[IU]/L", 0.4, 4.0)]:
        c.lab(loinc, disp, date, v, u, uc, lo, hi, enc=enc, text=text)


SUMA = med("Sumatriptan 100 mg tablet", ("N02CC01", "sumatriptan"), ("37418", "sumatriptan"))
NAPROXEN = med("Naproxen sodium 550 mg tablet", ("M01AE02", "naproxen"), ("7258", "naproxen"))
TOPIRAMATE = med("Topiramate 25 mg tablet", ("N03AX11", "topiramate"), ("38404", "topiramate"))
PROPRANOLOL = med("Propranolol ER 80 mg capsule", ("C07AA05", "propranolol"), ("8787", "propranolol"))
AMITRIPTYLINE = med("Amitriptyline 25 mg tablet", ("N06AA09", "amitriptyline"), ("704", "amitriptyline"))
BOTOX = cc((ATC, "M03AX01", "botulinum toxin"), (HCPCS, "J0585", "Injection, onabotulinumtoxinA, 1 unit"),
           text="OnabotulinumtoxinA (Botox) 155 units")


# ------------------------------------------------------------------ D1  PSNW near miss (explained by MOH diagnosis)
def d1(cid):
    c = Case(cid, US)
    md, rn = setup(c, [("Patel", "Anjali", "MD, Headache Medicine", "female"),
                       ("Olson", "Kristin", "RN, Headache Nurse Educator", "female")])
    us_patient(c, "Donovan", "Rachel", "female", "1984-05-14", "418 Willow Street")
    c.condition(dx("F41.1", "Generalized anxiety disorder", sct=("197480006", "Anxiety disorder")),
                onset="2016-01-01", recorder=md)
    c.medstmt(med("Sertraline 50 mg tablet", ("N06AB06", "sertraline"), ("36437", "sertraline")), "active",
              "2016-01-01", dosage="50 mg daily", route="oral", asserted="2026-05-06")
    e1 = c.encounter("2026-05-06", "AMB", etype("99204", "Office visit, new patient"),
                     reason=cc(text="Daily headache since February"), prac=md)
    ha = c.condition(dx("R51.9", "Headache, unspecified", "Daily headache", ("25064002", "Headache")),
                     onset="2026-02-01", recorded="2026-05-06", clinical="resolved", abatement="2026-06-24",
                     recorder=md, enc=e1)
    diary(c, "2026-05-06", mhd=28, amd=24, enc=e1)
    c.medstmt(med("Butalbital/acetaminophen/caffeine 50/325/40 mg", ("N02BE71", "paracetamol, combinations with psycholeptics")),
              "stopped", "2025-11-01", end="2026-06-24", dosage="1-2 tablets most days",
              status_reason=cc(text="Medication overuse - withdrawn"), route="oral", asserted="2026-06-24")
    c.medstmt(SUMA, "active", "2024-01-01", dosage="100 mg at onset, max 2 per day", route="oral",
              asserted="2026-06-24")
    normal_labs(c, "2026-05-06", e1)
    c.report(cpt("70553", "MRI brain without contrast, followed by contrast"), "2026-05-20", cat=("RAD", "Radiology"),
             conclusion="Normal MRI of the brain with and without contrast.",
             conclusion_code=[cc((SCT, "17621005", "Normal"))])
    e2 = c.encounter("2026-06-24", "AMB", etype("99214", "Office visit, established patient"),
                     reason=cc(text="Daily headache - diary review"), prac=md)
    cm = c.condition(dx("G43.709", "Chronic migraine without aura, not intractable, without status migrainosus"),
                     onset="2026-02-01", recorded="2026-06-24", recorder=md, enc=e2)
    moh = c.condition(dx("G44.40", "Drug-induced headache, not elsewhere classified, not intractable",
                         "Medication-overuse headache (butalbital combination and triptan)"), onset="2026-02-01",
                      recorded="2026-06-24", recorder=md, enc=e2)
    diary(c, "2026-06-24", mhd=26, amd=22, enc=e2)
    c.medreq(PROPRANOLOL, "2026-06-24", "80 mg once daily", requester=md, reason_ref=[cm], route="oral", enc=e2)
    c.medreq(NAPROXEN, "2026-06-24", "550 mg twice daily for 10 days (bridge during withdrawal)", status="completed",
             requester=md, reason_ref=[moh], route="oral", enc=e2)
    c.note("Progress note", "2026-06-24", "11:30",
           "Four-week diary: 26 headache days, 15 with migrainous features; acute medication on 22 days "
           "(butalbital combination 14 days, sumatriptan 8 days). MRI brain and labs normal. Neuro exam normal.\n"
           "Assessment: chronic migraine with medication-overuse headache (ICHD-3 8.2) - this explains the daily "
           "headache since February.\nPlan: stop butalbital product, limit triptan to 2 days/week, 10-day naproxen "
           "bridge, start propranolol ER 80 mg. Education by RN.", author=md, enc=e2)
    for d, mhd, amd in [("2026-09-16", 16, 8), ("2026-11-18", 11, 6)]:
        e = c.encounter(d, "AMB", etype("99214", "Office visit, established patient"),
                        reason=cc(text="Chronic migraine follow-up"), prac=md)
        diary(c, d, mhd=mhd, amd=amd, enc=e)
    c.note("Progress note", "2026-11-18", "10:45",
           "Five months after withdrawal of overused medication. Headache days 26 -> 16 -> 11 per month, acute "
           "medication days 6. No butalbital use. Tolerating propranolol. Continue.", author=md)
    return c


# ------------------------------------------------------------------ D2  DSM positive (TTH label, papilledema features)
def d2(cid):
    c = Case(cid, US)
    md, od = setup(c, [("Brennan", "Michael", "DO, Neurology", "male"),
                       ("Yoon", "Grace", "OD, Optometry", "female")])
    us_patient(c, "Keller", "Brianna", "female", "1997-09-22", "77 Lakeview Court, Apt 3", marital="S")
    c.condition(dx("E66.9", "Obesity, unspecified", sct=("414916001", "Obesity")), onset="2020-01-01", recorder=md)
    e1 = c.encounter("2026-04-15", "AMB", etype("99204", "Office visit, new patient"),
                     reason=cc(text="Headaches for three months"), prac=md)
    c.vitals("2026-04-15", e1, weight=98, height=165, bp=(124, 80), hr=78)
    tth = c.condition(dx("G44.229", "Chronic tension-type headache, not intractable",
                         sct=("398057008", "Tension-type headache")), onset="2026-01-10", recorded="2026-04-15",
                      recorder=md, enc=e1)
    hit6(c, "2026-04-15", 62, e1)
    normal_labs(c, "2026-04-15", e1)
    c.medreq(AMITRIPTYLINE, "2026-04-15", "10 mg at bedtime", requester=md, reason_ref=[tth], route="oral", enc=e1,
             status="stopped")
    c.note("New patient note", "2026-04-15", "14:10",
           "28-year-old with bilateral pressing headache since January, most days, no nausea. Stressful new job. "
           "Neuro exam non-focal; fundi not visualized (undilated, photophobic). BMI 36.\n"
           "Impression: chronic tension-type headache. Plan: amitriptyline 10 mg qhs, sleep hygiene, "
           "physical therapy for neck.", author=md, enc=e1)
    e2 = c.encounter("2026-07-08", "AMB", etype("99214", "Office visit, established patient"),
                     reason=cc(text="Headache follow-up"), prac=md)
    c.obs(cc((SCT, "60862001", "Tinnitus"), text="Pulsatile tinnitus ('whooshing'), both ears"), "2026-07-08",
          cc((SCT, "52101004", "Present")), cat="exam", enc=e2)
    c.obs(cc(text="Transient visual obscurations on standing"), "2026-07-08", cc((SCT, "52101004", "Present")),
          cat="exam", enc=e2)
    c.medreq(med("Amitriptyline 25 mg tablet", ("N06AA09", "amitriptyline"), ("704", "amitriptyline")), "2026-07-08",
             "25 mg at bedtime", requester=md, reason_ref=[tth], route="oral", enc=e2)
    c.note("Progress note", "2026-07-08", "15:00",
           "Headaches now daily, worse on waking and when lying flat; new whooshing noise in both ears in time with "
           "pulse; brief graying of vision when standing up. Weight up 4 kg. Exam unchanged; fundi again not seen.\n"
           "Impression: chronic tension-type headache, stress-related. Increase amitriptyline to 25 mg.",
           author=md, enc=e2)
    e3 = c.encounter("2026-10-14", "AMB", etype("99214", "Office visit, established patient"),
                     reason=cc(text="Headache follow-up"), prac=md)
    hit6(c, "2026-10-14", 66, e3)
    c.obs(cc((SCT, "24982008", "Diplopia"), text="Intermittent horizontal double vision"), "2026-10-14",
          cc((SCT, "52101004", "Present")), cat="exam", enc=e3)
    c.note("Progress note", "2026-10-14", "16:20",
           "Persistent daily headache, morning predominance, pulsatile tinnitus, now intermittent horizontal double "
           "vision at distance. Says she is 'told it's stress every time'. Impression: tension-type headache. "
           "Continue amitriptyline; referred to optometry for glasses check.", author=md, enc=e3)
    e4 = c.encounter("2026-11-12", "AMB", etype("92004", "Comprehensive ophthalmological examination"),
                     reason=cc(text="Double vision, headache"), prac=od)
    pap = c.obs(cc((ICD10CM, "H47.10", "Unspecified papilledema"), text="Optic disc appearance, both eyes"),
                "2026-11-12", "Bilateral optic disc swelling, Frisen grade 2, with obscured disc margins and "
                "absent spontaneous venous pulsations.", kind="str", cat="exam", enc=e4, performer=od, interp="A")
    vf = c.obs(cc(text="Automated perimetry (24-2), both eyes"), "2026-11-12",
               "Enlarged physiological scotoma both eyes with mild inferonasal constriction.", kind="str",
               cat="exam", enc=e4, performer=od, interp="A")
    c.obs(cc(text="Left lateral rectus function"), "2026-11-12", "Mild left abduction deficit (partial sixth nerve palsy).",
          kind="str", cat="exam", enc=e4, performer=od, interp="A")
    c.report(cc(text="Optical coherence tomography, optic nerve head, both eyes"), "2026-11-12", results=[pap, vf],
             performer=od, cat=("OTH", "Other"),
             conclusion="Marked peripapillary RNFL thickening both eyes (average 168 / 171 micrometres), consistent "
                        "with optic disc edema.")
    c.servicerequest(cc((CPT, "70553", "MRI brain without contrast, followed by contrast"),
                        (CPT, "70544", "Magnetic resonance angiography, head; without contrast material(s)"),
                        text="MRI brain with and without contrast plus MR venogram"), "2026-11-12", status="active",
                     category=cc((SCT, "363679005", "Imaging")), priority="urgent", occurrence="2026-12-03",
                     requester=md, enc=e4, note="Optometry found bilateral disc swelling.")
    c.note("Optometry report", "2026-11-12", "12:00",
           "Referred for double vision and glasses check. Bilateral optic disc swelling Frisen grade 2, enlarged "
           "physiological scotoma, mild left sixth nerve palsy. VA 20/20 each eye. Findings are not explained by a "
           "tension-type headache; raised intracranial pressure needs exclusion. Report sent to Dr Brennan the same "
           "day.", author=od, enc=e4)
    return c


# ------------------------------------------------------------------ D3  DSM near miss (new aura explained)
def d3(cid):
    c = Case(cid, US)
    md, = setup(c, [("Patel", "Anjali", "MD, Headache Medicine", "female")])
    us_patient(c, "Ortiz", "Daniel", "male", "1991-02-08", "1290 Regent Street")
    e1 = c.encounter("2025-11-12", "AMB", etype("99204", "Office visit, new patient"),
                     reason=cc(text="Recurrent headaches"), prac=md)
    mo = c.condition(dx("G43.009", "Migraine without aura, not intractable, without status migrainosus",
                        sct=("56097005", "Migraine without aura")), onset="2012-01-01", recorded="2025-11-12",
                     recorder=md, enc=e1)
    c.medreq(SUMA, "2025-11-12", "100 mg at onset; may repeat after 2 h; max 200 mg/day", requester=md,
             reason_ref=[mo], route="oral", as_needed=True, enc=e1)
    hit6(c, "2025-11-12", 58, e1)
    diary(c, "2025-11-12", mmd=4, enc=e1)
    e2 = c.encounter("2026-05-20", "AMB", etype("99214", "Office visit, established patient"),
                     reason=cc(text="New visual symptoms before headaches"), prac=md)
    c.obs(cc(text="Neurological examination"), "2026-05-20", "Normal, including fundi, fields and reflexes.",
          kind="str", cat="exam", enc=e2, performer=md, interp="N")
    aura = c.condition(dx("G43.109", "Migraine with aura, not intractable, without status migrainosus",
                          sct=("4473006", "Migraine with aura")), onset="2026-03-01", recorded="2026-05-20",
                       recorder=md, enc=e2)
    c.note("Progress note", "2026-05-20", "10:15",
           "Since March, about one attack in three begins with a flickering zigzag arc that starts near the centre "
           "of vision and spreads outward over 10-15 minutes, lasts 20-30 minutes in total, is fully reversible "
           "and is followed within 30 minutes by his usual migraine headache. No motor, speech or brainstem "
           "symptoms. Examination normal.\nAssessment: typical visual aura (ICHD-3 1.2.1.1); migraine with and "
           "without aura. MRI requested for reassurance given new aura at 35. No change to sumatriptan.",
           author=md, enc=e2)
    c.report(cpt("70553", "MRI brain without contrast, followed by contrast"), "2026-06-10", cat=("RAD", "Radiology"),
             conclusion="Normal MRI of the brain.", conclusion_code=[cc((SCT, "17621005", "Normal"))])
    e3 = c.encounter("2026-09-30", "AMB", etype("99214", "Office visit, established patient"),
                     reason=cc(text="Migraine follow-up"), prac=md)
    hit6(c, "2026-09-30", 54, e3)
    diary(c, "2026-09-30", mmd=3, enc=e3)
    c.vitals("2026-09-30", e3, bp=(118, 74), hr=66)
    c.note("Progress note", "2026-09-30", "09:40",
           "Three migraine days a month, aura with roughly a third of attacks, always the same pattern. Sumatriptan "
           "effective within an hour. MRI normal. Continue current plan; follow up in 6 months.", author=md, enc=e3)
    return c


# ------------------------------------------------------------------ D4  MPP near miss (nerve block, onabotulinumtoxinA)
def d4(cid):
    c = Case(cid, US)
    md, np_ = setup(c, [("Hoffmann", "Lisa", "MD, Headache Medicine", "female"),
                        ("Garcia", "Miguel", "NP, Headache Medicine", "male")])
    us_patient(c, "Harper", "Linda", "female", "1972-06-30", "5 Birch Hollow Road", city="Middleton", zip_="53562")
    c.condition(dx("E78.5", "Hyperlipidemia, unspecified", sct=("55822004", "Hyperlipidemia")), onset="2018-01-01",
                recorder=md)
    cm = c.condition(dx("G43.709", "Chronic migraine without aura, not intractable, without status migrainosus"),
                     onset="2020-03-01", recorder=md)
    c.medstmt(med("Atorvastatin 20 mg tablet", ("C10AA05", "atorvastatin"), ("83367", "atorvastatin")), "active",
              "2018-01-01", dosage="20 mg daily", route="oral", asserted="2026-11-17")
    c.medstmt(med("Rizatriptan 10 mg ODT", ("N02CC04", "rizatriptan")), "active", "2021-01-01",
              dosage="10 mg at onset, max 2 per day", route="oral", asserted="2026-11-17")
    sr_next = None
    for d, mhd, pr in [("2026-06-02", 18, md), ("2026-08-25", 12, np_), ("2026-11-17", 10, md)]:
        e = c.encounter(d, "AMB", etype("99214", "Office visit, established patient"),
                        reason=cc(text="Chronic migraine - onabotulinumtoxinA"), prac=pr)
        diary(c, d, mhd=mhd, enc=e)
        c.procedure(cc((CPT, "64615", "Chemodenervation of muscle(s); muscle(s) innervated by facial, trigeminal, "
                                      "cervical spinal and accessory nerves, bilateral (eg, for chronic migraine)"),
                       text="OnabotulinumtoxinA injections, PREEMPT protocol (31 sites)"),
                    date=c.dt(d, "10:30"), performer=pr, reason_ref=[cm], enc=e)
        c.medadmin(BOTOX, d, "10:30", dose=(155, "units", "{units}"), route="im", performer=pr, enc=e,
                   reason_ref=[cm])
    midas(c, "2026-06-02", 46)
    midas(c, "2026-11-17", 21)
    c.servicerequest(cc((CPT, "64615", "Chemodenervation of muscle(s); muscle(s) innervated by facial, trigeminal, "
                                      "cervical spinal and accessory nerves, bilateral (eg, for chronic migraine)"),
                        text="Next onabotulinumtoxinA cycle"), "2026-11-17", status="active",
                     category=cc(text="Office procedure"), occurrence="2027-02-09", reason_ref=[cm], requester=md)
    c.servicerequest(cc((CPT, "64405", "Injection, anesthetic agent; greater occipital nerve"),
                        text="Bilateral greater occipital nerve block (lidocaine/bupivacaine)"), "2026-11-17",
                     status="active", category=cc(text="Office procedure"), occurrence="2026-12-08",
                     reason_ref=[cm], requester=md, note="10-minute office procedure for occipital-predominant flare.")
    c.note("Progress note", "2026-11-17", "11:15",
           "Fourth onabotulinumtoxinA cycle today. Headache days 18 -> 12 -> 10 per month; MIDAS 46 -> 21. "
           "Recent occipital-predominant flare with scalp tenderness: bilateral greater occipital nerve block "
           "booked for 12/8 (office procedure). Continue rizatriptan. Next Botox 2/9/2027.", author=md)
    return c


# ------------------------------------------------------------------ D5  HIT positive (QoL fall after topiramate)
def d5(cid):
    c = Case(cid, US)
    md, = setup(c, [("Patel", "Anjali", "MD, Headache Medicine", "female")])
    us_patient(c, "Fitzgerald", "Megan", "female", "1988-12-05", "903 Jenifer Street")
    mig = c.condition(dx("G43.009", "Migraine without aura, not intractable, without status migrainosus",
                         sct=("56097005", "Migraine without aura")), onset="2008-01-01", recorder=md)
    c.medstmt(PROPRANOLOL, "stopped", "2024-05-01", end="2025-09-01", dosage="80 mg daily", route="oral",
              status_reason=cc(text="Fatigue and exercise intolerance"), asserted="2026-06-10")
    e1 = c.encounter("2026-06-10", "AMB", etype("99214", "Office visit, established patient"),
                     reason=cc(text="Migraine prevention"), prac=md)
    diary(c, "2026-06-10", mmd=9, enc=e1)
    c.score(cc((PRO, "EQ-VAS", "EQ-5D-5L visual analogue scale (0-100)"), text="EQ-5D VAS"), "2026-06-10", 80, enc=e1)
    c.score(cc((PRO, "EQ-INDEX", "EQ-5D-5L index value (US value set)"), text="EQ-5D-5L index"), "2026-06-10", 0.86,
            enc=e1, unit="{score}")
    c.lab("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", "2026-06-10", 0.8, "mg/dL", "mg/dL", 0.5, 1.1,
          enc=e1, text="Creatinine")
    c.lab("2028-9", "Carbon dioxide, total [Moles/volume] in Serum or Plasma", "2026-06-10", 25, "mmol/L", "mmol/L",
          22, 29, enc=e1, text="Bicarbonate (CO2)")
    topa = c.medreq(TOPIRAMATE, "2026-06-10", "25 mg nightly, increase by 25 mg weekly to 50 mg twice daily",
                    requester=md, reason_ref=[mig], route="oral", enc=e1)
    c.medstmt(TOPIRAMATE, "active", "2026-06-10", dosage="50 mg twice daily since 7/8/2026", route="oral",
              reason_ref=[mig], asserted="2026-10-07")
    e2 = c.encounter("2026-10-07", "AMB", etype("99214", "Office visit, established patient"),
                     reason=cc(text="Topiramate follow-up"), prac=md)
    diary(c, "2026-10-07", mmd=7, enc=e2)
    c.score(cc((PRO, "EQ-VAS", "EQ-5D-5L visual analogue scale (0-100)"), text="EQ-5D VAS"), "2026-10-07", 55, enc=e2)
    c.score(cc((PRO, "EQ-INDEX", "EQ-5D-5L index value (US value set)"), text="EQ-5D-5L index"), "2026-10-07", 0.64,
            enc=e2, unit="{score}")
    c.vitals("2026-10-07", e2, weight=61, bp=(112, 72))
    c.lab("2028-9", "Carbon dioxide, total [Moles/volume] in Serum or Plasma", "2026-10-07", 20, "mmol/L", "mmol/L",
          22, 29, enc=e2, text="Bicarbonate (CO2)")
    c.note("Progress note", "2026-10-07", "15:30",
           "Four months on topiramate (50 mg bid since July). Migraine days down from 9 to 7 a month, but she reports "
           "marked word-finding difficulty, slowed thinking, tingling fingers, 4 kg weight loss and low mood; she "
           "has taken 6 days off work as a paralegal because she 'cannot think straight'. EQ-5D VAS 80 -> 55, index "
           "0.86 -> 0.64. Mild low bicarbonate.\nShe says she feels she has traded migraines for brain fog. She wants "
           "to continue until the insurance decision on a CGRP antibody; review in December.", author=md, enc=e2)
    return c


# ------------------------------------------------------------------ D6  PRC positive (portal message)
def d6(cid):
    c = Case(cid, US)
    md, rn = setup(c, [("Patel", "Anjali", "MD, Headache Medicine", "female"),
                       ("Olson", "Kristin", "RN, Headache Nurse Educator", "female")])
    us_patient(c, "Whitaker", "Samuel", "male", "1979-10-11", "61 North Shore Drive", zip_="53703")
    c.condition(dx("I10", "Essential (primary) hypertension", sct=("38341003", "Hypertensive disorder")),
                onset="2019-01-01", recorder=md)
    c.medstmt(med("Lisinopril 10 mg tablet", ("C09AA03", "lisinopril"), ("29046", "lisinopril")), "active",
              "2019-01-01", dosage="10 mg daily", route="oral", asserted="2026-10-20")
    cm = c.condition(dx("G43.709", "Chronic migraine without aura, not intractable, without status migrainosus"),
                     onset="2021-01-01", recorder=md)
    for name, atc, end, why in [("Topiramate", ("N03AX11", "topiramate"), "2022-06-01", "Cognitive side effects"),
                                ("Amitriptyline", ("N06AA09", "amitriptyline"), "2023-03-01", "Sedation, weight gain"),
                                ("Venlafaxine", ("N06AX16", "venlafaxine"), "2024-08-01", "Insufficient benefit")]:
        c.medstmt(med(name, atc), "stopped", "2021-06-01" if name == "Topiramate" else end[:4] + "-01-01", end=end,
                  route="oral", status_reason=cc(text=why), asserted="2026-01-14")
    fre = c.medstmt(med("Fremanezumab-vfrm 225 mg/1.5 mL autoinjector", ("N02CD03", "fremanezumab")), "active",
                    "2026-01-14", dosage="225 mg subcutaneously monthly", route="sc", reason_ref=[cm],
                    asserted="2026-10-20")
    for d, mmd, h in [("2026-04-22", 12, 64), ("2026-07-22", 10, 63), ("2026-10-20", 11, 63)]:
        e = c.encounter(d, "AMB", etype("99214", "Office visit, established patient"),
                        reason=cc(text="Chronic migraine follow-up"), prac=md)
        diary(c, d, mmd=mmd, enc=e)
        hit6(c, d, h, e)
    c.note("Progress note", "2026-10-20", "14:00",
           "Chronic migraine on fremanezumab since January, migraine days 11-12 a month, roughly stable. "
           "He asked about other options and about his concern that the medicines he has tried have caused side "
           "effects; advised to continue fremanezumab another 3 months.", author=md)
    msg = c.communication(c.dt("2026-11-03", "21:47"), c.pat, md,
                          "Dr. Patel, I have been thinking about my last appointment. I have had migraines most days "
                          "for five years, I have tried four preventives and I still lose about half of every month. "
                          "I felt my questions were brushed aside and that I was just told to keep waiting. I would "
                          "like a second opinion from another headache specialist, ideally at a university center. "
                          "Could you please send a referral and my records? Thank you, Sam Whitaker",
                          medium=("ONLINEWRIT", "online written"), topic=cc(text="Request for second opinion"),
                          about=[cm])
    c.communication(c.dt("2026-11-04", "08:55"), rn, c.pat,
                    "Hi Sam, thanks for your message. I have forwarded it to Dr. Patel and will get back to you.",
                    in_response_to=[msg], medium=("ONLINEWRIT", "online written"))
    c.immunization(cc((CVX, "150", "Influenza, injectable, quadrivalent, preservative free")), "2026-10-20",
                   lot="FL2610Q", performer=rn)
    return c


# ------------------------------------------------------------------ D7  WDT positive (worsening on erenumab)
def d7(cid):
    c = Case(cid, US)
    md, = setup(c, [("Hoffmann", "Lisa", "MD, Headache Medicine", "female")])
    us_patient(c, "Lindqvist", "Jessica", "female", "1986-03-27", "2450 Monroe Street", zip_="53711")
    cm = c.condition(dx("G43.709", "Chronic migraine without aura, not intractable, without status migrainosus"),
                     onset="2019-01-01", recorder=md)
    c.medstmt(TOPIRAMATE, "stopped", "2024-02-01", end="2025-06-01", dosage="50 mg twice daily", route="oral",
              status_reason=cc(text="Ineffective after 4 months at target dose"), asserted="2026-03-04")
    c.medstmt(PROPRANOLOL, "stopped", "2025-06-15", end="2025-11-20", dosage="80 mg daily", route="oral",
              status_reason=cc(text="Ineffective; bradycardia"), asserted="2026-03-04")
    ere = med("Erenumab-aooe 140 mg/mL autoinjector", ("N02CD01", "erenumab"))
    c.medreq(ere, "2026-03-04", "140 mg subcutaneously every 30 days", requester=md, reason_ref=[cm], route="sc",
             dose=(140, "mg"), freq=1, period=1, unit="mo",
             note="Prior authorization approved 2/27/2026; dispensed via specialty pharmacy.")
    c.medstmt(ere, "active", "2026-03-04", dosage="140 mg subcutaneously every 30 days (self-injected)", route="sc",
              reason_ref=[cm], asserted="2026-10-28",
              note="Specialty pharmacy fills on time every month March-October 2026.")
    c.medstmt(SUMA, "active", "2020-01-01", dosage="100 mg at onset, max 2/day", route="oral", asserted="2026-10-28")
    points = [("2026-04-29", 10, 6, 24, 61), ("2026-07-22", 15, 8, 41, 65), ("2026-10-28", 19, 9, 63, 68)]
    for d, mmd, amd, mi, h in points:
        e = c.encounter(d, "AMB", etype("99214", "Office visit, established patient"),
                        reason=cc(text="Chronic migraine - CGRP antibody follow-up"), prac=md)
        diary(c, d, mmd=mmd, amd=amd, enc=e)
        midas(c, d, mi, e)
        hit6(c, d, h, e)
        c.bp(d, 118, 76, e)
    c.note("Progress note", "2026-10-28", "13:20",
           "Eight months on erenumab 140 mg monthly, injections confirmed by pharmacy fills and patient diary. "
           "Migraine days 10 -> 15 -> 19 per month (April, July, October), MIDAS 24 -> 41 -> 63 (grade IV), "
           "HIT-6 61 -> 65 -> 68. Acute medication 9 days/month, below overuse threshold. Worse despite treatment. "
           "Missing work. Options discussed.", author=md)
    return c


# ------------------------------------------------------------------ D8  WDT near miss (changes below MCID)
def d8(cid):
    c = Case(cid, US)
    md, = setup(c, [("Brennan", "Michael", "DO, Neurology", "male")])
    us_patient(c, "Reilly", "Thomas", "male", "1975-08-19", "318 Sherman Avenue")
    mig = c.condition(dx("G43.109", "Migraine with aura, not intractable, without status migrainosus",
                         sct=("4473006", "Migraine with aura")), onset="2001-01-01", recorder=md)
    cand = med("Candesartan 16 mg tablet", ("C09CA06", "candesartan"), ("214354", "candesartan"))
    c.medreq(cand, "2026-02-11", "16 mg once daily", requester=md, reason_ref=[mig], route="oral")
    c.medstmt(cand, "active", "2026-02-11", dosage="16 mg daily", route="oral", reason_ref=[mig],
              asserted="2026-11-18")
    c.medstmt(NAPROXEN, "active", "2019-01-01", dosage="550 mg at onset", route="oral", asserted="2026-11-18")
    points = [("2026-03-18", 6, 12, 59, (124, 78)), ("2026-06-17", 6, 12, 60, (126, 80)),
              ("2026-09-16", 7, 13, 60, (122, 76)), ("2026-11-18", 7, 14, 61, (124, 78))]
    for d, mmd, mi, h, bpv in points:
        e = c.encounter(d, "AMB", etype("99213", "Office visit, established patient"),
                        reason=cc(text="Migraine prevention follow-up"), prac=md)
        diary(c, d, mmd=mmd, enc=e)
        midas(c, d, mi, e)
        hit6(c, d, h, e)
        c.bp(d, bpv[0], bpv[1], e)
    c.lab("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", "2026-03-18", 1.0, "mg/dL", "mg/dL", 0.7, 1.3,
          text="Creatinine")
    c.lab("2823-3", "Potassium [Moles/volume] in Serum or Plasma", "2026-03-18", 4.3, "mmol/L", "mmol/L", 3.5, 5.1,
          text="Potassium")
    c.note("Progress note", "2026-11-18", "10:05",
           "Migraine with aura on candesartan 16 mg since February. Migraine days 6-7/month, MIDAS 12-14, HIT-6 "
           "59-61 across four visits: essentially stable (changes within measurement noise). Tolerating well, BP "
           "normal. Continue; consider dose increase to 32 mg if he wants more benefit.", author=md)
    return c


# ------------------------------------------------------------------ D9  RCC positive (CADASIL)
def d9(cid):
    c = Case(cid, US)
    md, gc = setup(c, [("Hoffmann", "Lisa", "MD, Headache Medicine", "female"),
                       ("Nakamura", "Ellen", "MS, CGC, Genetic Counselor", "female")])
    us_patient(c, "Novak", "Andrea", "female", "1981-07-16", "14 Spaight Street")
    c.add("FamilyMemberHistory", {
        "status": "completed", "patient": c.pat, "date": "2026-03-24",
        "relationship": cc((THO + "v3-RoleCode", "MTH", "mother")),
        "sex": cc(("http://hl7.org/fhir/administrative-gender", "female", "Female")),
        "deceasedAge": qty(61, "a"),
        "condition": [{"code": cc((SCT, "230690007", "Cerebrovascular accident"), text="Stroke"),
                       "onsetAge": qty(52, "a")},
                      {"code": cc(text="Dementia"), "onsetAge": qty(57, "a")}]}, "fmh")
    mwa = c.condition(dx("G43.109", "Migraine with aura, not intractable, without status migrainosus",
                         sct=("4473006", "Migraine with aura")), onset="2003-01-01", recorder=md)
    e1 = c.encounter("2026-03-24", "AMB", etype("99204", "Office visit, new patient"),
                     reason=cc(text="Prolonged aura episode, family history of early stroke"), prac=md)
    c.vitals("2026-03-24", e1, bp=(122, 78), hr=70)
    c.report(cpt("70553", "MRI brain without contrast, followed by contrast"), "2026-05-05", cat=("RAD", "Radiology"),
             conclusion="Confluent T2/FLAIR white-matter hyperintensities involving both anterior temporal poles and "
                        "external capsules, with scattered lacunes and microbleeds. Pattern highly suggestive of "
                        "CADASIL.")
    gen = c.report(cc((US_LOCAL + "genetics", "NOTCH3-SEQ", "NOTCH3 gene sequencing"), text="NOTCH3 sequencing"),
                   "2026-08-12", cat=("GE", "Genetics"),
                   conclusion="Heterozygous pathogenic NOTCH3 variant c.544C>T, p.(Arg182Cys), cysteine-altering, "
                              "exon 4. Confirms CADASIL.")
    cad = c.condition(cc((ICD10CM, "I67.850", "Cerebral autosomal dominant arteriopathy with subcortical infarcts "
                                               "and leukoencephalopathy"),
                         (ORPHA, "136", "CADASIL"), text="CADASIL"),
                      onset="2026-08-12", recorder=md, evidence=[{"detail": [gen]}])
    c.medreq(med("Aspirin 81 mg tablet", ("B01AC06", "acetylsalicylic acid"), ("1191", "aspirin")), "2026-08-26",
             "81 mg daily", requester=md, reason_ref=[cad], route="oral")
    c.medstmt(SUMA, "stopped", "2015-01-01", end="2026-08-26", dosage="50 mg at onset", route="oral",
              status_reason=cc(text="Triptans avoided in CADASIL"), asserted="2026-08-26")
    c.medreq(NAPROXEN, "2026-08-26", "550 mg at onset, max 2 per day, no more than 10 days/month",
             requester=md, reason_ref=[mwa], route="oral", as_needed=True)
    c.servicerequest(cc(text="Genetic counseling - CADASIL, cascade testing of relatives"), "2026-08-26",
                     status="completed", category=cc((SCT, "3457005", "Patient referral")), reason_ref=[cad],
                     requester=md, performer=gc, occurrence="2026-09-23")
    c.servicerequest(cc(text="Referral to vascular neurology (stroke clinic)"), "2026-08-26", status="active",
                     category=cc((SCT, "3457005", "Patient referral")), reason_ref=[cad], requester=md)
    e2 = c.encounter("2026-08-26", "AMB", etype("99215", "Office visit, established patient"),
                     reason=cc(text="Genetic result - CADASIL"), prac=md)
    c.score(cc((LOINC, "72172-0", "Total score [MoCA]"), text="MoCA"), "2026-08-26", 27, enc=e2)
    c.note("Progress note", "2026-08-26", "16:10",
           "NOTCH3 p.(Arg182Cys) confirms CADASIL, explaining migraine with aura since her twenties, the recent "
           "prolonged aura and the MRI pattern; mother had stroke at 52 and dementia. MoCA 27/30. Plan: stop "
           "triptans, naproxen for attacks, aspirin 81 mg, BP goal <130/80, no smoking, genetic counseling for "
           "her two siblings and son, vascular neurology co-management.", author=md, enc=e2)
    return c


# ------------------------------------------------------------------ D10  RCC near miss (hemiplegic migraine refuted)
def d10(cid):
    c = Case(cid, US)
    md, = setup(c, [("Patel", "Anjali", "MD, Headache Medicine", "female")])
    us_patient(c, "Tran", "Kevin", "male", "2001-04-03", "1106 Williamson Street", marital="S")
    e1 = c.encounter("2026-05-13", "AMB", etype("99204", "Office visit, new patient"),
                     reason=cc(text="Headaches with arm tingling and speech difficulty"), prac=md)
    hm = c.condition(dx("G43.409", "Hemiplegic migraine, not intractable, without status migrainosus",
                        "Suspected hemiplegic migraine"), onset="2026-02-01", recorded="2026-05-13",
                     ver="refuted", clinical=None, cat="encounter-diagnosis", recorder=md, enc=e1,
                     note="Refuted 8/19/2026: no motor weakness on video-documented attack; genetic panel negative.")
    c.report(cpt("70553", "MRI brain without contrast, followed by contrast"), "2026-05-27", cat=("RAD", "Radiology"),
             conclusion="Normal MRI brain.", conclusion_code=[cc((SCT, "17621005", "Normal"))])
    c.report(cpt("95816", "Electroencephalogram (EEG); including recording awake and drowsy"), "2026-06-03",
             cat=("EN", "Electroneuro (EEG, EMG,EP,PSG)"), conclusion="Normal awake and drowsy EEG.",
             conclusion_code=[cc((SCT, "17621005", "Normal"))])
    c.report(cc((US_LOCAL + "genetics", "HM-PANEL", "Hemiplegic migraine / episodic neurological gene panel"),
                text="Hemiplegic migraine gene panel (CACNA1A, ATP1A2, SCN1A, PRRT2)"), "2026-08-05",
             cat=("GE", "Genetics"), conclusion="No pathogenic or likely pathogenic variants identified.")
    e2 = c.encounter("2026-08-19", "AMB", etype("99214", "Office visit, established patient"),
                     reason=cc(text="Results review"), prac=md)
    mwa = c.condition(dx("G43.109", "Migraine with aura, not intractable, without status migrainosus",
                         "Migraine with typical aura (sensory and language aura)", ("4473006", "Migraine with aura")),
                      onset="2026-02-01", recorded="2026-08-19", recorder=md, enc=e2)
    diary(c, "2026-08-19", mmd=2, enc=e2)
    c.medreq(med("Rizatriptan 10 mg ODT", ("N02CC04", "rizatriptan")), "2026-08-19", "10 mg at onset of headache",
             requester=md, reason_ref=[mwa], route="oral", as_needed=True, enc=e2)
    c.note("Progress note", "2026-08-19", "11:00",
           "Attacks: tingling spreading from right hand to face over 20 minutes, then word-finding difficulty for "
           "15 minutes, then headache. On the video he recorded during an attack, grip and arm movement are normal - "
           "no weakness. MRI, EEG and gene panel (CACNA1A, ATP1A2, SCN1A, PRRT2) normal.\nAssessment: hemiplegic "
           "migraine ruled out; migraine with typical sensory and language aura. Two attacks a month. Rizatriptan "
           "for attacks; no preventive needed.", author=md, enc=e2)
    e3 = c.encounter("2026-11-11", "VR", etype("99214", "Office visit, established patient (telehealth, audio-video)"),
                     reason=cc(text="Migraine follow-up"), prac=md)
    diary(c, "2026-11-11", mmd=2, enc=e3)
    c.vitals("2026-11-11", e3, weight=70)
    return c


CASES = [
    (d1, "PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "near-miss", [],
     "Daily headache with normal MRI and labs was explained by a later diagnosis (chronic migraine with "
     "medication-overuse headache) and is improving on withdrawal and prevention.",
     "Daily headache, normal MRI, then diagnosed medication overuse; improving"),
    (d2, "DIAGNOSIS_SYMPTOM_MISMATCH", "positive", ["DIAGNOSIS_SYMPTOM_MISMATCH"],
     "A chronic tension-type headache label kept since April while positional morning headache, pulsatile tinnitus, "
     "visual obscurations, diplopia and finally bilateral papilloedema with a sixth-nerve palsy appeared — findings "
     "the label cannot explain.",
     "'Tension-type headache' despite pulsatile tinnitus, diplopia, papilloedema"),
    (d3, "DIAGNOSIS_SYMPTOM_MISMATCH", "near-miss", [],
     "The new visual symptoms are a typical migraine aura fully explained by the migraine diagnosis (updated to "
     "migraine with aura); examination and MRI are normal and attacks are controlled.",
     "New zigzag aura in known migraine, MRI normal, diagnosis updated"),
    (d4, "MAJOR_PROCEDURE_PLANNED", "near-miss", [],
     "Only minor office procedures are planned (greater occipital nerve block, next onabotulinumtoxinA cycle); "
     "nothing major or invasive, and the patient is improving.",
     "Chronic migraine: occipital nerve block and Botox booked"),
    (d5, "HIGH_IMPACT_TREATMENT", "positive", ["HIGH_IMPACT_TREATMENT"],
     "Since topiramate started in June 2026 the patient-reported EQ-5D VAS fell 80 -> 55 and the index 0.86 -> 0.64, "
     "well beyond the MCID, with cognitive side effects and lost work days.",
     "Topiramate: fewer migraines but EQ-5D falls 80 to 55"),
    (d6, "PATIENT_REPORTED_CONCERN", "positive", ["PATIENT_REPORTED_CONCERN"],
     "Patient-authored portal message (2026-11-03) says he feels his questions were brushed aside and explicitly "
     "asks for a second opinion at another headache centre; none has taken place.",
     "Portal message asking for a second opinion"),
    (d7, "WORSENING_DESPITE_TREATMENT", "positive", ["WORSENING_DESPITE_TREATMENT"],
     "Monthly migraine days 10 -> 15 -> 19, MIDAS 24 -> 41 -> 63 and HIT-6 61 -> 65 -> 68 over six months while "
     "erenumab was given monthly throughout (documented fills).",
     "Chronic migraine worsening through 8 months of erenumab"),
    (d8, "WORSENING_DESPITE_TREATMENT", "near-miss", [],
     "Over eight months on candesartan HIT-6 moved 59 -> 61, MIDAS 12 -> 14 and migraine days 6 -> 7 — changes "
     "below their minimal clinically important differences.",
     "Candesartan: small drifts in HIT-6, MIDAS below MCID"),
    (d9, "RARE_OR_COMPLEX_CONDITION", "positive", ["RARE_OR_COMPLEX_CONDITION"],
     "CADASIL (ORPHA:136) confirmed by a cysteine-altering NOTCH3 variant and typical MRI — an active rare disease.",
     "Migraine with aura turns out to be CADASIL (NOTCH3)"),
    (d10, "RARE_OR_COMPLEX_CONDITION", "near-miss", [],
     "Suspected hemiplegic migraine (a rare disease) was refuted — no weakness on recorded attacks, negative gene "
     "panel; the final diagnosis is common migraine with typical aura.",
     "Suspected hemiplegic migraine refuted; typical aura"),
]
