"""Organisation 3: Northbridge Hand and Upper Limb Unit (UK NHS hand surgery service). SNOMED CT and ICD-10,
local codes for PROMs and neurophysiology, English notes, nerve conduction studies, QuickDASH, splints, therapy."""
from fhirkit import (Case, UK, UK_LOCAL, cc, coding, nhs_number, SCT, LOINC, ICD10, ATC, THO, ACT, YES, NO)

PROM = UK_LOCAL + "proms"
NP = UK_LOCAL + "neurophysiology"
PROC = UK_LOCAL + "hand-procedures"
ENC_TYPE = UK_LOCAL + "clinic-type"


def dx(icd_code, icd_disp, text, sct=None):
    codings = []
    if sct:
        codings.append((SCT,) + sct)
    codings.append((ICD10, icd_code, icd_disp))
    return cc(*codings, text=text)


def atc(code, display, text):
    return cc((ATC, code, display), text=text)


def etype(code, text):
    return cc((ENC_TYPE, code, text), text=text)


def local(code, text, system=PROC):
    return cc((system, code, text), text=text)


def setup(c, docs):
    trust = c.organization("Northbridge University Hospitals NHS Foundation Trust",
                           type_cc=cc((THO + "organization-type", "prov", "Healthcare Provider")),
                           ident={"system": "https://fhir.nhs.uk/Id/ods-organization-code", "value": "RNB"})
    c.org = c.organization("Northbridge Hand and Upper Limb Unit",
                           type_cc=cc((THO + "organization-type", "dept", "Hospital Department")),
                           ident={"system": "https://fhir.nhs.uk/Id/ods-organization-code", "value": "RNB47"},
                           address={"use": "work", "line": ["Northbridge General Hospital", "Infirmary Road"],
                                    "city": "Northbridge", "postalCode": "NB2 7HS", "country": "GB"},
                           phone="+44 1632 960 400", part_of=trust)
    c.icb = c.organization("NHS Northbridge Integrated Care Board",
                           type_cc=cc((THO + "organization-type", "pay", "Payer")),
                           ident={"system": "https://fhir.nhs.uk/Id/ods-organization-code", "value": "QNB"})
    prs = []
    for fam, giv, role, g, reg in docs:
        if reg == "hcpc":
            ident = {"system": "https://fhir.hl7.org.uk/Id/hcpc-number", "value": f"OT{c.rng.randint(10000, 99999)}"}
            prefix = None
        else:
            ident = {"system": "https://fhir.hl7.org.uk/Id/gmc-number", "value": f"{c.rng.randint(4000000, 7999999)}"}
            prefix = "Mr" if g == "male" and "Consultant" in role else ("Ms" if "Consultant" in role and "Surgeon" in role
                                                                         else "Dr")
        prs.append(c.practitioner(fam, giv, prefix=prefix, gender=g, qual=cc(text=role), ident=ident))
    return prs


def uk_patient(c, family, given, gender, birth, line, city, postcode, gp_name="Dr S. Ahmed", marital="M"):
    nhs = nhs_number(c.rng)
    gp_org = c.organization("Canal Street Medical Practice",
                            type_cc=cc((THO + "organization-type", "prov", "Healthcare Provider"), text="GP practice"),
                            ident={"system": "https://fhir.nhs.uk/Id/ods-organization-code",
                                   "value": f"B8{c.rng.randint(1000, 9999)}"})
    pat = c.patient(family, given, gender, birth, [
        {"use": "official", "system": "https://fhir.nhs.uk/Id/nhs-number", "value": nhs},
        {"use": "usual", "type": cc((THO + "v2-0203", "MR", "Medical record number")),
         "system": "https://fhir.northbridgehand.co.uk/Id/hospital-number", "value": f"NB{c.rng.randint(100000, 999999)}"}],
        address={"use": "home", "line": [line], "city": city, "postalCode": postcode, "country": "GB"},
        phone=f"+44 7700 9{c.rng.randint(10000, 99999)}", marital=marital, gp=[gp_org])
    c.coverage(c.icb, cc((ACT, "PUBLICPOL", "public healthcare"), text="NHS-funded care"), subscriber_id=nhs,
               start="2000-01-01")
    return pat


def qdash(c, date, value, enc=None, note=None):
    return c.score(cc((PROM, "QDASH", "QuickDASH disability/symptom score"), text="QuickDASH"), date, value, enc=enc,
                   unit="{score}", note=note)


def nrs(c, date, value, enc=None, text="Pain"):
    return c.score(cc((LOINC, "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"), text=text),
                   date, value, enc=enc)


def ncs_obs(c, date, code, text, value, unit, lo=None, hi=None):
    interp = "N"
    if lo is not None and value < lo:
        interp = "L"
    if hi is not None and value > hi:
        interp = "H"
    return c.obs(local(code, text, NP), date, value, unit, cat="procedure", rng=(lo, hi), interp=interp)


# ------------------------------------------------------------------ C1  PSNW positive (paraesthesia, all normal)
def c1(cid):
    c = Case(cid, UK)
    cons, np_doc, ot = setup(c, [("Reeve", "Alistair", "Consultant Hand Surgeon", "male", "gmc"),
                                 ("Osei", "Abena", "Consultant Clinical Neurophysiologist", "female", "gmc"),
                                 ("Lister", "Joanne", "Hand Therapist (Occupational Therapist)", "female", "hcpc")])
    uk_patient(c, "Whitfield", "Claire", "female", "1980-02-17", "14 Alder Grove", "Northbridge", "NB4 3QT")
    c.condition(dx("J45.9", "Asthma, unspecified", "Asthma", ("195967001", "Asthma")), onset="1995-01-01",
                recorder=cons)
    c.medstmt(atc("R03AK06", "salmeterol and fluticasone", "Salmeterol/fluticasone 25/125 inhaler"), "active",
              "2018-01-01", dosage="2 puffs twice daily", route="inh", asserted="2026-04-08")
    sym = c.condition(dx("R20.2", "Paraesthesia of skin", "Tingling and numbness of both hands with forearm ache",
                         ("91019004", "Paresthesia")), onset="2026-01-05", recorded="2026-04-08", recorder=cons,
                      cat="problem-list-item",
                      note="Constant tingling all fingers both hands, worse at night and with typing; aching forearms.")
    visits = [("2026-04-08", cons, "New patient - hand surgery", 6), ("2026-06-10", cons, "Review with NCS results", 6),
              ("2026-08-19", ot, "Hand therapy review", 5), ("2026-10-28", cons, "Consultant review", 6)]
    encs = []
    for d, pr, txt, score in visits:
        e = c.encounter(d, "AMB", etype("OPD", txt), reason=cc((SCT, "91019004", "Paresthesia"),
                                                             text="Bilateral hand paraesthesia"), prac=pr)
        encs.append(e)
        c.obs(cc((SCT, "91019004", "Paresthesia"), text="Hand paraesthesia"), d,
              cc((SCT, "52101004", "Present"), text="Present - both hands, all digits"), cat="exam", enc=e,
              performer=pr)
        nrs(c, d, score, e, text="Symptom severity (tingling/ache) 0-10")
    for loinc, disp, text, v, u, uc, lo, hi in [
            ("59261-8", "Hemoglobin A1c/Hemoglobin.total in Blood by IFCC protocol", "HbA1c", 36, "mmol/mol", "mmol/mol", 20, 41),
            ("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", "TSH", 1.9, "mU/L", "m[IU]/L", 0.27, 4.2),
            ("2132-9", "Cobalamin (Vitamin B12) [Mass/volume] in Serum", "Vitamin B12", 412, "ng/L", "ng/L", 197, 771),
            ("1988-5", "C reactive protein [Mass/volume] in Serum or Plasma", "CRP", 2, "mg/L", "mg/L", None, 5),
            ("4537-7", "Erythrocyte sedimentation rate by Westergren method", "ESR", 8, "mm/h", "mm/h", None, 20),
            ("718-7", "Hemoglobin [Mass/volume] in Blood", "Haemoglobin", 134, "g/L", "g/L", 115, 165)]:
        c.lab(loinc, disp, "2026-04-08", v, u, uc, lo, hi, enc=encs[0], text=text)
    res = [ncs_obs(c, "2026-05-12", "MED-DML", "Median motor distal latency (R/L)", 3.4, "ms", None, 4.2),
           ncs_obs(c, "2026-05-12", "MED-SCV", "Median sensory conduction velocity, wrist-digit 2 (R/L)", 54, "m/s", 50),
           ncs_obs(c, "2026-05-12", "MED-SNAP", "Median SNAP amplitude, digit 2 (R/L)", 28, "uV", 15),
           ncs_obs(c, "2026-05-12", "ULN-MCV-E", "Ulnar motor conduction velocity across elbow (R/L)", 58, "m/s", 50),
           ncs_obs(c, "2026-05-12", "ULN-SNAP", "Ulnar SNAP amplitude, digit 5 (R/L)", 19, "uV", 10)]
    c.report(local("NCS-UL-BILAT", "Nerve conduction studies, both upper limbs", NP), "2026-05-12", results=res,
             cat=("EN", "Electroneuro (EEG, EMG,EP,PSG)"), performer=np_doc,
             conclusion="Normal median, ulnar and radial sensory and motor conduction in both upper limbs. "
                        "No evidence of carpal tunnel syndrome, ulnar neuropathy or generalised neuropathy.",
             conclusion_code=[cc((SCT, "17621005", "Normal"))])
    c.report(local("MRI-CSPINE", "MRI cervical spine"), "2026-07-02", cat=("RAD", "Radiology"),
             conclusion="Normal cervical spine MRI. No disc prolapse, no foraminal or canal stenosis, normal cord signal.",
             conclusion_code=[cc((SCT, "17621005", "Normal"))])
    c.procedure(local("SPLINT-WRIST-NIGHT", "Provision of prefabricated night wrist splints, both wrists"),
                date="2026-04-08", performer=ot, reason_ref=[sym],
                outcome=cc(text="No benefit after 8 weeks; discontinued"))
    c.note("Clinic letter - new patient", "2026-04-08", "11:30",
           "Dear Dr Ahmed,\nThank you for referring this 46-year-old office manager with three months of tingling in "
           "all fingers of both hands, worse at night and when typing, with aching forearms. No neck pain, no "
           "weakness, no bladder or bowel symptoms. Examination: normal power, sensation subjectively reduced in a "
           "non-dermatomal pattern, Tinel and Phalen signs negative, no wasting.\n"
           "Plan: bloods, nerve conduction studies, night splints. Review with results.\nMr A. Reeve",
           author=cons, enc=encs[0], type_cc=cc((LOINC, "11488-4", "Consult note"), text="Clinic letter"))
    c.note("Hand therapy note", "2026-08-19", "15:00",
           "Continues to report constant bilateral tingling and forearm ache, 5/10. Night splints gave no relief. "
           "Ergonomic advice given, nerve gliding exercises reviewed. No objective deficit.", author=ot, enc=encs[2])
    c.note("Clinic letter - discharge", "2026-10-28", "12:10",
           "Dear Dr Ahmed,\nI reviewed Mrs Whitfield today. She still has tingling in both hands and aching forearms "
           "(6/10), now for ten months, affecting her work. Nerve conduction studies (May), MRI of the cervical "
           "spine (July) and blood panel were all normal. There is no nerve entrapment and nothing surgical to "
           "address; I have reassured her that there is no serious problem. I have not made a further diagnosis. "
           "She is discharged from the hand clinic back to your care.\nMr A. Reeve",
           author=cons, enc=encs[3], type_cc=cc((LOINC, "11488-4", "Consult note"), text="Clinic letter"))
    return c


# ------------------------------------------------------------------ C2  DSM near miss (catch-all replaced quickly)
def c2(cid):
    c = Case(cid, UK)
    cons, np_doc, ot = setup(c, [("Chandra", "Vikram", "Consultant Hand Surgeon", "male", "gmc"),
                                 ("Osei", "Abena", "Consultant Clinical Neurophysiologist", "female", "gmc"),
                                 ("Lister", "Joanne", "Hand Therapist (Occupational Therapist)", "female", "hcpc")])
    uk_patient(c, "Pryce", "Gareth", "male", "1975-07-07", "3 Millbrook Terrace", "Northbridge", "NB7 1LD")
    e1 = c.encounter("2026-02-18", "AMB", etype("OPD", "New patient - hand surgery"),
                     reason=cc(text="Left forearm pain, numb little finger"), prac=cons)
    limb = c.condition(dx("M79.6", "Pain in limb", "Left forearm pain", ("102556003", "Pain in upper limb")),
                       onset="2025-12-01", recorded="2026-02-18", clinical="resolved", abatement="2026-05-06",
                       recorder=cons, enc=e1)
    c.note("Clinic letter - new patient", "2026-02-18", "10:40",
           "51-year-old plasterer with aching along the inner left forearm and intermittent numbness of the ring "
           "and little fingers, worse when leaning on the elbow and on waking. Elbow flexion provokes tingling. "
           "Working diagnosis pain in limb; ulnar nerve to be assessed with nerve conduction studies.",
           author=cons, enc=e1, type_cc=cc((LOINC, "11488-4", "Consult note"), text="Clinic letter"))
    res = [ncs_obs(c, "2026-04-22", "ULN-MCV-E", "Left ulnar motor conduction velocity across elbow", 38, "m/s", 50),
           ncs_obs(c, "2026-04-22", "ULN-MCV-F", "Left ulnar motor conduction velocity, forearm", 58, "m/s", 50),
           ncs_obs(c, "2026-04-22", "ULN-CMAP", "Left ulnar CMAP amplitude (ADM)", 7.8, "mV", 6),
           ncs_obs(c, "2026-04-22", "ULN-SNAP", "Left ulnar SNAP amplitude, digit 5", 6, "uV", 10),
           ncs_obs(c, "2026-04-22", "MED-DML", "Left median motor distal latency", 3.6, "ms", None, 4.2)]
    c.report(local("NCS-UL-L", "Nerve conduction studies, left upper limb", NP), "2026-04-22", results=res,
             cat=("EN", "Electroneuro (EEG, EMG,EP,PSG)"), performer=np_doc,
             conclusion="Focal slowing of the left ulnar nerve across the elbow with reduced digit 5 SNAP: "
                        "left ulnar neuropathy at the elbow, mild to moderate. Median nerve normal.")
    e2 = c.encounter("2026-05-06", "AMB", etype("OPD", "Review with NCS results"),
                     reason=cc(text="Left ulnar neuropathy at elbow"), prac=cons)
    cub = c.condition(dx("G56.2", "Lesion of ulnar nerve", "Left cubital tunnel syndrome (ulnar neuropathy at the elbow)"),
                      onset="2025-12-01", recorded="2026-05-06", recorder=cons, enc=e2,
                      body_site=cc(text="Left upper limb"))
    qdash(c, "2026-05-06", 34.1, e2)
    c.procedure(local("SPLINT-ELBOW-NIGHT", "Provision of night elbow extension splint"), date="2026-05-06",
                performer=ot, reason_ref=[cub])
    c.careplan("Conservative management - left cubital tunnel syndrome", "active", "plan", "2026-05-06",
               author=cons, addresses=[cub],
               activities=[{"text": "Night elbow extension splint", "status": "in-progress"},
                           {"text": "Avoid leaning on elbow; activity modification at work", "status": "in-progress"},
                           {"text": "Hand therapy nerve-gliding programme", "status": "in-progress"}])
    e3 = c.encounter("2026-09-09", "AMB", etype("OPD", "Consultant review"), reason=cc(text="Cubital tunnel review"),
                     prac=cons)
    qdash(c, "2026-09-09", 20.5, e3)
    c.obs(cc(text="Froment sign, left"), "2026-09-09", cc((SCT, "260385009", "Negative"), text="Negative"),
          cat="exam", enc=e3, interp="NEG")
    c.note("Clinic letter - review", "2026-09-09", "11:15",
           "Left cubital tunnel syndrome, confirmed on nerve conduction studies in April. With night splinting and "
           "activity modification the numbness is now intermittent and the forearm ache much improved. QuickDASH "
           "34.1 -> 20.5. No intrinsic wasting, Froment negative. Continue; discharge if still improving at "
           "patient-initiated follow-up.", author=cons, enc=e3,
           type_cc=cc((LOINC, "11488-4", "Consult note"), text="Clinic letter"))
    c.medstmt(atc("M01AE01", "ibuprofen", "Ibuprofen 400 mg"), "completed", "2026-02-18", end="2026-04-30",
              dosage="400 mg three times daily when needed", route="oral", asserted="2026-05-06", reason_ref=[limb])
    return c


# ------------------------------------------------------------------ C3  MPP positive (four-corner arthrodesis ordered)
def c3(cid):
    c = Case(cid, UK)
    cons, anaes = setup(c, [("Kerr", "Duncan", "Consultant Hand and Wrist Surgeon", "male", "gmc"),
                            ("Whyte", "Fiona", "Consultant Anaesthetist", "female", "gmc")])
    uk_patient(c, "Holloway", "Darren", "male", "1968-11-30", "22 Quarry Lane", "Northbridge", "NB9 6PW")
    c.allergy(cc((SCT, "373270004", "Penicillin -class of antibiotic- (substance)"), text="Penicillin"), "2001-05-14",
              reaction=cc((SCT, "271807003", "Eruption of skin"), text="Rash"))
    c.condition(dx("I10", "Essential (primary) hypertension", "Hypertension", ("38341003", "Hypertensive disorder")),
                onset="2019-01-01", recorder=cons)
    c.obs(cc((LOINC, "72166-2", "Tobacco smoking status")), "2026-03-04", cc((SCT, "8517006", "Ex-smoker")),
          cat="social-history")
    slac = c.condition(dx("M19.1", "Post-traumatic arthrosis of other joints",
                          "Right wrist scapholunate advanced collapse (SLAC), stage II"), onset="2023-01-01",
                       recorded="2026-03-04", recorder=cons, body_site=cc(text="Right wrist"))
    e1 = c.encounter("2026-03-04", "AMB", etype("OPD", "New patient - wrist clinic"),
                     reason=cc(text="Painful stiff right wrist"), prac=cons)
    qdash(c, "2026-03-04", 50.0, e1)
    c.report(local("XR-WRIST-R", "X-ray right wrist, PA and lateral"), "2026-03-04", cat=("RAD", "Radiology"), enc=e1,
             conclusion="Widened scapholunate interval, radioscaphoid joint space loss with styloid beaking; "
                        "midcarpal joint preserved. SLAC stage II.")
    c.procedure(local("INJ-RADIOCARPAL", "Radiocarpal joint corticosteroid injection (ultrasound guided)"),
                date="2026-03-04", performer=cons, reason_ref=[slac], enc=e1,
                outcome=cc(text="Partial relief for about six weeks"))
    c.medstmt(atc("M01AE02", "naproxen", "Naproxen 500 mg"), "active", "2026-03-04", dosage="500 mg twice daily",
              route="oral", asserted="2026-10-14", reason_ref=[slac])
    c.medstmt(atc("A02BC01", "omeprazole", "Omeprazole 20 mg"), "active", "2026-03-04", dosage="20 mg daily",
              route="oral", asserted="2026-10-14")
    c.medstmt(atc("C09AA05", "ramipril", "Ramipril 5 mg"), "active", "2019-01-01", dosage="5 mg daily", route="oral",
              asserted="2026-10-14")
    c.procedure(local("SPLINT-WRIST-WORK", "Provision of custom thermoplastic wrist splint"), date="2026-03-18",
                reason_ref=[slac], outcome=cc(text="Used for work; symptoms persist"))
    c.report(local("CT-WRIST-R", "CT right wrist"), "2026-09-09", cat=("RAD", "Radiology"),
             conclusion="Advanced radioscaphoid arthrosis; capitolunate joint preserved (no midcarpal arthrosis).")
    e2 = c.encounter("2026-10-14", "AMB", etype("OPD", "Consultant review - surgical decision"),
                     reason=cc(text="SLAC wrist, failed conservative treatment"), prac=cons)
    qdash(c, "2026-10-14", 56.8, e2)
    c.obs(cc(text="Right wrist flexion-extension arc (goniometer)"), "2026-10-14", 70, "deg", cat="exam", enc=e2)
    c.obs(cc(text="Grip strength, right (Jamar, position 2)"), "2026-10-14", 18, "kg", cat="exam", enc=e2,
          note="Left 44 kg")
    sr = c.servicerequest(local("WRIST-4CF", "Scaphoid excision and four-corner (capitate-lunate-hamate-triquetrum) arthrodesis"),
                          "2026-10-14", status="active", intent="order",
                          category=cc((SCT, "387713003", "Surgical procedure")), occurrence="2027-01-13",
                          reason_ref=[slac], requester=cons, performer=cons, enc=e2,
                          body_site=cc(text="Right wrist"),
                          note="General anaesthetic plus regional block, day-case with overnight option. "
                               "Plaster 2 weeks then splint; expect 8-12 weeks off manual work.")
    c.servicerequest(local("PREOP-ASSESS", "Pre-operative assessment clinic"), "2026-10-14", status="active",
                     category=cc((SCT, "103693007", "Diagnostic procedure")), occurrence="2026-12-09",
                     requester=cons, performer=anaes, based_on=[sr])
    c.appointment(c.dt("2027-01-13", "08:00"), c.dt("2027-01-13", "12:00"),
                  "Right scaphoid excision and four-corner fusion - Theatre 6", [c.pat, cons], based_on=[sr])
    c.note("Clinic letter - listing for surgery", "2026-10-14", "12:30",
           "Right-hand-dominant 57-year-old warehouse supervisor with SLAC wrist stage II after an untreated "
           "scapholunate injury in 2014. Splinting, naproxen and a steroid injection have failed; QuickDASH 56.8, "
           "grip 18 kg versus 44 kg on the left. CT confirms a preserved capitolunate joint.\n"
           "We discussed proximal row carpectomy, total wrist fusion and four-corner arthrodesis. He has chosen "
           "scaphoid excision and four-corner fusion. Risks explained including nonunion, stiffness (expect about "
           "50 % of motion), infection, CRPS and the possible need for total wrist fusion later. Consent form 1 "
           "signed. Listed for 13 January 2027.", author=cons, enc=e2,
           type_cc=cc((LOINC, "11488-4", "Consult note"), text="Clinic letter"))
    return c


# ------------------------------------------------------------------ C4  MPP near miss (tendon repair already done)
def c4(cid):
    c = Case(cid, UK)
    cons, reg, ot = setup(c, [("Chandra", "Vikram", "Consultant Hand Surgeon", "male", "gmc"),
                              ("Mensah", "Kofi", "Specialty Registrar, Plastic Surgery", "male", "gmc"),
                              ("Lister", "Joanne", "Hand Therapist (Occupational Therapist)", "female", "hcpc")])
    uk_patient(c, "Raman", "Priya", "female", "1993-04-25", "Flat 5, 61 Station Road", "Northbridge", "NB1 2AA",
               marital="S")
    e1 = c.encounter("2026-10-03", "EMER", etype("ED", "Emergency department"),
                     reason=cc(text="Kitchen knife laceration right index finger"), prac=reg, time="19:20",
                     end_time="22:00", priority=("EM", "emergency"))
    inj = c.condition(dx("S66.1", "Injury of flexor muscle and tendon of other finger at wrist and hand level",
                         "Right index finger zone II FDP and FDS laceration with radial digital nerve injury"),
                      onset="2026-10-03", recorder=reg, enc=e1, cat="encounter-diagnosis",
                      body_site=cc(text="Right index finger, flexor zone II"))
    sr = c.servicerequest(local("FTR-Z2", "Primary flexor tendon repair, zone II, with digital nerve repair"),
                          "2026-10-04", status="completed", intent="order",
                          category=cc((SCT, "387713003", "Surgical procedure")), occurrence="2026-10-05",
                          reason_ref=[inj], requester=cons, priority="urgent")
    e2 = c.encounter("2026-10-05", "SS", etype("DSU", "Day surgery - hand trauma list"), reason=cc(text="Tendon repair"),
                     prac=cons, time="08:00", end_time="15:00")
    c.procedure(local("FTR-Z2", "Primary flexor tendon repair, zone II, with digital nerve repair"),
                date=c.dt("2026-10-05", "10:30"), performer=cons, reason_ref=[inj], enc=e2, based_on=[sr],
                outcome=cc(text="FDP 4-strand core + epitendinous repair; FDS repaired; radial digital nerve repaired"))
    c.medreq(atc("J01CR02", "amoxicillin and beta-lactamase inhibitor", "Co-amoxiclav 625 mg"), "2026-10-05",
             "625 mg three times daily for 5 days", status="completed", requester=reg, route="oral", enc=e2,
             category="discharge")
    c.procedure(local("SPLINT-DBS", "Fabrication of dorsal blocking thermoplastic splint"), date="2026-10-08",
                performer=ot, reason_ref=[inj])
    c.servicerequest(local("HT-FTR", "Hand therapy - early active motion flexor tendon protocol"), "2026-10-05",
                     status="active", category=cc(text="Hand therapy"), requester=cons, performer=ot,
                     occurrence_period={"start": "2026-10-08", "end": "2027-01-15"}, reason_ref=[inj])
    c.note("Operation note", "2026-10-05", "11:45",
           "Procedure: exploration right index finger, repair FDP (4-strand core suture + epitendinous) and FDS in "
           "zone II, repair radial digital nerve (9/0). Tourniquet 48 min. WALANT.\n"
           "Post-op: dorsal blocking splint, start early active motion at day 3-5 with hand therapy.",
           author=cons, enc=e2, type_cc=cc((LOINC, "11504-8", "Surgical operation note")))
    for d, tam in [("2026-10-19", 120), ("2026-11-16", 180)]:
        e = c.encounter(d, "AMB", etype("HT", "Hand therapy"), reason=cc(text="Post tendon repair therapy"), prac=ot)
        c.obs(cc(text="Total active motion, right index finger"), d, tam, "deg", cat="exam", enc=e, performer=ot)
    c.note("Hand therapy progress note", "2026-11-16", "14:00",
           "Six weeks after zone II flexor tendon repair. Splint weaned today. Total active motion 180 degrees, no "
           "sign of rupture. Sensation returning in radial pulp. Continue graded strengthening from week 8. "
           "Return to desk work next week.", author=ot)
    return c


# ------------------------------------------------------------------ C5  UP positive (brachial plexus avulsion)
def c5(cid):
    c = Case(cid, UK)
    cons, np_doc, pain = setup(c, [("Ashworth", "Graham", "Consultant Peripheral Nerve Surgeon", "male", "gmc"),
                                   ("Osei", "Abena", "Consultant Clinical Neurophysiologist", "female", "gmc"),
                                   ("Ng", "Wei", "Consultant in Pain Medicine", "female", "gmc")])
    uk_patient(c, "Doyle", "Kieran", "male", "1998-06-14", "9 Heather Close", "Northbridge", "NB3 8RF", marital="S")
    c.condition(dx("S72.3", "Fracture of shaft of femur", "Left femoral shaft fracture (intramedullary nail, Spain)"),
                onset="2025-08-02", clinical="resolved", abatement="2026-02-01", recorder=cons)
    bp = c.condition(dx("S14.3", "Injury of brachial plexus",
                        "Left complete (C5-T1) pre-ganglionic brachial plexus avulsion"), onset="2025-08-02",
                     recorded="2026-09-16", recorder=cons, severity=cc((SCT, "24484000", "Severe")),
                     body_site=cc(text="Left upper limb"))
    np_pain = c.condition(dx("G54.0", "Brachial plexus disorders", "Deafferentation (neuropathic) pain, left arm",
                             ("247398009", "Neuropathic pain")), onset="2025-09-01", recorded="2026-09-16",
                          recorder=cons)
    e1 = c.encounter("2026-09-16", "AMB", etype("OPD", "Peripheral nerve injury clinic - new"),
                     reason=cc(text="Flail left arm after motorcycle accident August 2025"), prac=cons)
    for muscle in ["Deltoid", "Biceps", "Triceps", "Wrist extensors", "Finger flexors"]:
        c.obs(cc(text=f"MRC power, left {muscle.lower()}"), "2026-09-16",
              cc((UK_LOCAL + "mrc-scale", "0", "MRC grade 0"), text="0/5"), cat="exam", enc=e1, performer=cons)
    c.obs(cc(text="Horner syndrome, left"), "2026-09-16", cc((SCT, "52101004", "Present")), cat="exam", enc=e1)
    nrs(c, "2026-09-16", 8, e1, text="Neuropathic pain 0-10")
    c.report(local("MRI-BP", "MRI brachial plexus and cervical spine"), "2026-09-30", cat=("RAD", "Radiology"),
             conclusion="Pseudomeningoceles at C5/6, C6/7, C7/T1 and T1/2 with absent intradural roots; findings of "
                        "root avulsion C5-T1 on the left.")
    res = [c.obs(local("EMG-DENERV", "EMG left upper limb muscles", NP), "2026-10-07",
                 "Profuse fibrillation potentials; no voluntary motor units and no nascent (reinnervation) potentials in "
                 "deltoid, biceps, triceps, EDC, FDI.", cat="procedure", interp="A"),
           ncs_obs(c, "2026-10-07", "MED-SNAP", "Left median SNAP amplitude, digit 2", 24, "uV", 15),
           ncs_obs(c, "2026-10-07", "ULN-CMAP", "Left ulnar CMAP amplitude (ADM)", 0.0, "mV", 6)]
    c.report(local("EMG-NCS-L", "EMG and nerve conduction studies, left upper limb", NP), "2026-10-07", results=res,
             cat=("EN", "Electroneuro (EEG, EMG,EP,PSG)"), performer=np_doc,
             conclusion="Complete denervation of C5-T1 myotomes without reinnervation 14 months after injury; "
                        "preserved SNAPs in an anaesthetic limb, consistent with pre-ganglionic avulsion.")
    e2 = c.encounter("2026-10-21", "AMB", etype("OPD", "Peripheral nerve injury clinic - results"),
                     reason=cc(text="Brachial plexus avulsion - treatment decision"), prac=cons)
    c.impression("2026-10-21", "Complete left C5-T1 pre-ganglionic avulsion presenting 14 months after injury. "
                 "No reconstructive surgical option can be offered; for pain management only.", assessor=cons,
                 enc=e2, problems=[bp, np_pain])
    c.note("Clinic letter - outcome", "2026-10-21", "16:00",
           "Dear Dr Ahmed,\nKieran sustained a left pan-plexus injury in a motorcycle accident in Spain in August "
           "2025; he was referred to us only in September 2026. Imaging and neurophysiology confirm complete "
           "pre-ganglionic avulsion of C5 to T1 with no recovery.\nAt 14 months the window for nerve repair or "
           "nerve transfer has passed and the muscles will not be reinnervated. I am sorry to say there is no "
           "reconstructive surgical option we can offer; the arm will not regain useful function. I have explained "
           "this to Kieran and his mother. The main problem now is deafferentation pain, and I have referred him to "
           "the pain management service. We will not arrange further surgical follow-up.\nMr G. Ashworth",
           author=cons, enc=e2, type_cc=cc((LOINC, "11488-4", "Consult note"), text="Clinic letter"))
    c.servicerequest(local("REF-PAIN", "Referral to pain management service"), "2026-10-21", status="active",
                     category=cc((SCT, "3457005", "Patient referral")), reason_ref=[np_pain], requester=cons,
                     performer=pain, enc=e2)
    c.medreq(atc("N03AX16", "pregabalin", "Pregabalin 150 mg"), "2026-10-21", "150 mg twice daily",
             requester=cons, reason_ref=[np_pain], route="oral", freq=2, enc=e2)
    c.medreq(atc("N06AA09", "amitriptyline", "Amitriptyline 25 mg"), "2026-10-21", "25 mg at night", requester=cons,
             reason_ref=[np_pain], route="oral", enc=e2)
    c.procedure(local("SLING", "Provision of shoulder support sling"), date="2026-10-21", reason_ref=[bp], enc=e2)
    return c


# ------------------------------------------------------------------ C6  UP near miss (early Dupuytren, observe)
def c6(cid):
    c = Case(cid, UK)
    cons, = setup(c, [("Kerr", "Duncan", "Consultant Hand and Wrist Surgeon", "male", "gmc")])
    uk_patient(c, "Fraser", "Malcolm", "male", "1959-03-08", "31 Kirkgate", "Northbridge", "NB6 4DS")
    dm = c.condition(dx("E11.9", "Type 2 diabetes mellitus without complications", "Type 2 diabetes",
                        ("44054006", "Diabetes mellitus type 2")), onset="2017-01-01", recorder=cons)
    c.condition(dx("E78.5", "Hyperlipidaemia, unspecified", "Hyperlipidaemia", ("55822004", "Hyperlipidemia")),
                onset="2017-01-01", recorder=cons)
    c.medstmt(atc("A10BA02", "metformin", "Metformin 500 mg"), "active", "2017-01-01", dosage="1 g twice daily",
              route="oral", asserted="2026-09-23", reason_ref=[dm])
    c.medstmt(atc("C10AA01", "simvastatin", "Simvastatin 40 mg"), "active", "2017-01-01", dosage="40 mg at night",
              route="oral", asserted="2026-09-23")
    c.lab("59261-8", "Hemoglobin A1c/Hemoglobin.total in Blood by IFCC protocol", "2026-03-02", 51, "mmol/mol",
          "mmol/mol", 20, 41, text="HbA1c")
    c.lab("59261-8", "Hemoglobin A1c/Hemoglobin.total in Blood by IFCC protocol", "2026-09-01", 50, "mmol/mol",
          "mmol/mol", 20, 41, text="HbA1c")
    e1 = c.encounter("2026-09-23", "AMB", etype("OPD", "New patient - hand surgery"),
                     reason=cc(text="Lump in right palm"), prac=cons)
    dup = c.condition(dx("M72.0", "Palmar fascial fibromatosis [Dupuytren]",
                         "Dupuytren disease right palm, ring finger ray - nodule only, no contracture"),
                      onset="2026-04-01", recorded="2026-09-23", recorder=cons, enc=e1)
    c.obs(cc(text="MCP joint extension deficit, right ring finger"), "2026-09-23", 0, "deg", cat="exam", enc=e1)
    c.obs(cc(text="PIP joint extension deficit, right ring finger"), "2026-09-23", 0, "deg", cat="exam", enc=e1)
    c.obs(cc(text="Hueston tabletop sign, right hand"), "2026-09-23", cc((SCT, "260385009", "Negative")),
          cat="exam", enc=e1, interp="NEG")
    qdash(c, "2026-09-23", 4.5, e1)
    c.impression("2026-09-23", "Early Dupuytren disease (nodule only). No treatment indicated at present; "
                 "effective treatments exist if a contracture develops.", assessor=cons, enc=e1, problems=[dup])
    c.note("Clinic letter", "2026-09-23", "10:20",
           "Dear Dr Ahmed,\nMr Fraser has a firm nodule at the base of the right ring finger, present for about six "
           "months and occasionally tender when gripping. There is no cord and no contracture; the tabletop sign is "
           "negative and QuickDASH is 4.5.\nThis is early Dupuytren disease. No surgical or needle treatment is "
           "indicated at this stage, as intervention on a nodule alone does not help. The condition is benign and, "
           "should a contracture develop (MCP joint over 30 degrees or any PIP joint contracture), needle "
           "fasciotomy or fasciectomy would be very effective. He can self-refer through patient-initiated "
           "follow-up for 2 years.\nMr D. Kerr", author=cons, enc=e1,
           type_cc=cc((LOINC, "11488-4", "Consult note"), text="Clinic letter"))
    return c


# ------------------------------------------------------------------ C7  HIT near miss (fingertip terminalisation done)
def c7(cid):
    c = Case(cid, UK)
    reg, cons, nurse = setup(c, [("Mensah", "Kofi", "Specialty Registrar, Plastic Surgery", "male", "gmc"),
                                 ("Chandra", "Vikram", "Consultant Hand Surgeon", "male", "gmc"),
                                 ("Hughes", "Bethan", "Hand Trauma Nurse Practitioner", "female", "hcpc")])
    uk_patient(c, "Nowak", "Tomasz", "male", "1985-10-19", "48 Weaver Street", "Northbridge", "NB5 9JH")
    e1 = c.encounter("2026-09-28", "EMER", etype("ED", "Emergency department"),
                     reason=cc(text="Circular saw injury left middle fingertip"), prac=reg, time="15:40",
                     end_time="18:10", priority=("EM", "emergency"))
    c.report(local("XR-FINGER-L3", "X-ray left middle finger"), "2026-09-28", cat=("RAD", "Radiology"), enc=e1,
             conclusion="Loss of the distal third of the distal phalanx tuft; DIP joint intact.")
    amp = c.condition(dx("S68.1", "Traumatic amputation of other single finger (complete)(partial)",
                         "Left middle fingertip amputation distal to the lunula (Allen type III)"),
                      onset="2026-09-28", recorder=reg, enc=e1, clinical="resolved", abatement="2026-10-27",
                      cat="encounter-diagnosis")
    c.immunization(cc((UK_LOCAL + "vaccines", "TD-IPV", "Tetanus, diphtheria and poliomyelitis vaccine (Td/IPV)"),
                      text="Tetanus booster (Td/IPV)"), c.dt("2026-09-28", "16:30"), lot="TD2604A", performer=nurse)
    e2 = c.encounter("2026-09-29", "AMB", etype("HTC", "Hand trauma clinic - procedure room"),
                     reason=cc(text="Fingertip injury"), prac=reg)
    c.procedure(local("TIP-TERM", "Terminalisation of fingertip (revision amputation distal phalanx tuft)"),
                date=c.dt("2026-09-29", "11:00"), performer=reg, reason_ref=[amp], enc=e2,
                note="Digital ring block. Bone nibbled back 2 mm, nail bed remnant ablated, primary closure. "
                     "Length preserved distal to DIP joint.")
    c.medreq(atc("J01DB01", "cefalexin", "Cefalexin 500 mg"), "2026-09-29", "500 mg four times daily for 5 days",
             status="completed", requester=reg, route="oral", enc=e2)
    c.note("Procedure note", "2026-09-29", "11:40",
           "Left middle fingertip amputation, Allen III, sustained at work on a circular saw. Under digital block "
           "the tip was terminalised with primary closure. DIP joint and FDP insertion preserved. Dressings clinic "
           "in 1 week.", author=reg, enc=e2, type_cc=cc((LOINC, "28570-0", "Procedure note")))
    for d in ["2026-10-06", "2026-10-13"]:
        c.encounter(d, "AMB", etype("DRS", "Hand trauma dressings clinic"), reason=cc(text="Wound check"), prac=nurse)
    e5 = c.encounter("2026-10-27", "AMB", etype("DRS", "Hand trauma dressings clinic"), reason=cc(text="Wound check"),
                     prac=nurse)
    c.obs(cc(text="Wound status, left middle fingertip"), "2026-10-27", "Healed, sutures out, stump well padded.",
          cat="exam", enc=e5, performer=nurse)
    e6 = c.encounter("2026-11-10", "AMB", etype("OPD", "Hand trauma review"), reason=cc(text="Six-week review"),
                     prac=cons)
    qdash(c, "2026-11-10", 9.1, e6)
    c.obs(cc(text="Two-point discrimination, left middle finger stump"), "2026-11-10", 5, "mm", cat="exam", enc=e6)
    c.note("Clinic letter - discharge", "2026-11-10", "10:30",
           "Six weeks after terminalisation of the left middle fingertip. Healed, mild cold sensitivity only, "
           "full DIP movement, good pinch. QuickDASH 9.1. Back at work as a joiner since 3 November. "
           "Discharged.", author=cons, enc=e6, type_cc=cc((LOINC, "11488-4", "Consult note"), text="Clinic letter"))
    return c


# ------------------------------------------------------------------ C8  PRC positive (questionnaire: wants 2nd opinion)
def c8(cid):
    c = Case(cid, UK)
    cons, np_doc = setup(c, [("Reeve", "Alistair", "Consultant Hand Surgeon", "male", "gmc"),
                             ("Osei", "Abena", "Consultant Clinical Neurophysiologist", "female", "gmc")])
    uk_patient(c, "Marsh", "Helen", "female", "1964-12-12", "7 Orchard Way", "Northbridge", "NB8 2EX", marital="D")
    c.condition(dx("E03.9", "Hypothyroidism, unspecified", "Hypothyroidism", ("40930008", "Hypothyroidism")),
                onset="2010-01-01", recorder=cons)
    c.medstmt(atc("H03AA01", "levothyroxine sodium", "Levothyroxine 100 micrograms"), "active", "2010-01-01",
              dosage="100 micrograms each morning", route="oral", asserted="2026-11-18")
    cts = c.condition(dx("G56.0", "Carpal tunnel syndrome", "Right carpal tunnel syndrome, moderate",
                         ("57406009", "Carpal tunnel syndrome")), onset="2025-10-01", recorded="2026-03-11",
                      recorder=cons)
    e1 = c.encounter("2026-03-11", "AMB", etype("OPD", "New patient - hand surgery"),
                     reason=cc(text="Right hand numbness at night"), prac=cons)
    c.procedure(local("SPLINT-WRIST-NIGHT", "Provision of prefabricated night wrist splint"), date="2026-03-11",
                reason_ref=[cts], enc=e1, outcome=cc(text="Partial improvement of night waking"))
    res = [ncs_obs(c, "2026-05-20", "MED-DML", "Right median motor distal latency", 5.8, "ms", None, 4.2),
           ncs_obs(c, "2026-05-20", "MED-SCV", "Right median sensory conduction velocity, wrist-digit 2", 38, "m/s", 50),
           ncs_obs(c, "2026-05-20", "MED-SNAP", "Right median SNAP amplitude, digit 2", 9, "uV", 15),
           ncs_obs(c, "2026-05-20", "ULN-SNAP", "Right ulnar SNAP amplitude, digit 5", 17, "uV", 10)]
    c.report(local("NCS-UL-R", "Nerve conduction studies, right upper limb", NP), "2026-05-20", results=res,
             cat=("EN", "Electroneuro (EEG, EMG,EP,PSG)"), performer=np_doc,
             conclusion="Right median neuropathy at the wrist, moderate (Bland grade 3). Ulnar normal.")
    c.procedure(local("INJ-CT", "Carpal tunnel corticosteroid injection"), date="2026-06-24", performer=cons,
                reason_ref=[cts], outcome=cc(text="Relief for about six weeks, symptoms returned"))
    c.score(cc((PROM, "BCTQ-SSS", "Boston Carpal Tunnel Questionnaire - symptom severity scale"), text="BCTQ SSS"),
            "2026-03-11", 2.9, enc=e1, unit="{score}")
    e2 = c.encounter("2026-11-18", "AMB", etype("OPD", "Consultant review"), reason=cc(text="Carpal tunnel review"),
                     prac=cons)
    c.score(cc((PROM, "BCTQ-SSS", "Boston Carpal Tunnel Questionnaire - symptom severity scale"), text="BCTQ SSS"),
            "2026-11-18", 3.0, enc=e2, unit="{score}")
    c.note("Clinic letter", "2026-11-18", "11:00",
           "Right carpal tunnel syndrome, moderate on nerve conduction studies. Night splint and one steroid "
           "injection gave only temporary relief. I have recommended open carpal tunnel release under local "
           "anaesthetic. Mrs Marsh is uncertain and would like time to think; she has not been listed yet.",
           author=cons, enc=e2, type_cc=cc((LOINC, "11488-4", "Consult note"), text="Clinic letter"))
    c.questionnaire_response("https://fhir.northbridgehand.co.uk/Questionnaire/clinic-experience-v3",
                             c.dt("2026-11-18", "11:20"), author=c.pat, source=c.pat, enc=e2, items=[
        {"linkId": "q1", "text": "Did you understand the treatment options explained to you today?",
         "answer": [{"valueCoding": coding(*YES)}]},
        {"linkId": "q2", "text": "Did you feel your concerns were listened to?",
         "answer": [{"valueString": "Partly"}]},
        {"linkId": "q3", "text": "Would you like a second opinion from another consultant before deciding on treatment?",
         "answer": [{"valueCoding": coding(*YES)}]},
        {"linkId": "q4", "text": "Anything else you would like us to know?",
         "answer": [{"valueString": "My mother had this operation and never got the feeling back. I would like "
                                    "another surgeon to look at my hand before I agree to anything."}]}])
    return c


# ------------------------------------------------------------------ C9  WDT positive (thumb CMC OA, QuickDASH rising)
def c9(cid):
    c = Case(cid, UK)
    cons, ot = setup(c, [("Kerr", "Duncan", "Consultant Hand and Wrist Surgeon", "male", "gmc"),
                         ("Lister", "Joanne", "Hand Therapist (Occupational Therapist)", "female", "hcpc")])
    uk_patient(c, "Okafor", "Susan", "female", "1967-08-03", "12 Beech Avenue", "Northbridge", "NB2 5TR")
    c.condition(dx("K21.9", "Gastro-oesophageal reflux disease without oesophagitis", "Reflux",
                   ("235595009", "Gastroesophageal reflux disease")), onset="2015-01-01", recorder=cons)
    oa = c.condition(dx("M18.1", "Other primary arthrosis of first carpometacarpal joint",
                        "Right thumb base (trapeziometacarpal) osteoarthritis, Eaton stage III"),
                     onset="2025-06-01", recorded="2026-04-15", recorder=cons)
    cp = c.careplan("Thumb base osteoarthritis - conservative management", "active", "plan", "2026-04-15",
                    author=ot, addresses=[oa],
                    activities=[{"text": "Custom thermoplastic hand-based thumb spica splint, day and night",
                                 "status": "in-progress"},
                                {"text": "Hand therapy: joint protection, dorsal interosseous strengthening, "
                                         "fortnightly then monthly", "status": "in-progress"},
                                {"text": "Regular naproxen with omeprazole cover", "status": "in-progress"}])
    c.medstmt(atc("M01AE02", "naproxen", "Naproxen 500 mg"), "active", "2026-04-15", dosage="500 mg twice daily",
              route="oral", reason_ref=[oa], asserted="2026-10-21")
    c.medstmt(atc("A02BC01", "omeprazole", "Omeprazole 20 mg"), "active", "2026-04-15", dosage="20 mg daily",
              route="oral", asserted="2026-10-21")
    c.procedure(local("SPLINT-THUMB", "Fabrication of custom thumb spica splint"), date="2026-04-15", performer=ot,
                reason_ref=[oa])
    pts = [("2026-04-15", 36.4, 5, 4.5, cons), ("2026-07-08", 47.7, 6, 3.8, ot), ("2026-10-21", 61.4, 8, 2.9, cons)]
    for d, q, p, pinch, pr in pts:
        e = c.encounter(d, "AMB", etype("OPD" if pr == cons else "HT",
                                         "Consultant clinic" if pr == cons else "Hand therapy review"),
                        reason=cc(text="Right thumb base pain"), prac=pr)
        qdash(c, d, q, e)
        nrs(c, d, p, e, text="Thumb base pain on activity 0-10")
        c.obs(cc(text="Key pinch strength, right (pinch gauge)"), d, pinch, "kg", cat="exam", enc=e, performer=pr)
    c.procedure(local("INJ-CMC", "Thumb CMC joint corticosteroid injection (ultrasound guided)"), date="2026-08-12",
                performer=cons, reason_ref=[oa], outcome=cc(text="No meaningful benefit"))
    c.note("Hand therapy note", "2026-07-08", "14:30",
           "Wearing splint consistently (day and night), doing exercise programme. Pain and function worse than at "
           "baseline. QuickDASH 47.7. Key pinch 3.8 kg. Continue programme; request consultant review re injection.",
           author=ot)
    c.note("Clinic letter", "2026-10-21", "12:00",
           "Dear Dr Ahmed,\nMrs Okafor's right thumb base osteoarthritis continues to worsen despite six months of "
           "consistent splinting, hand therapy, regular naproxen and a steroid injection in August. QuickDASH has "
           "risen from 36.4 in April to 47.7 in July and 61.4 today; pain is 8/10 and key pinch has fallen to "
           "2.9 kg. She can no longer open jars or work her full shifts as a care assistant. Further options were "
           "discussed and she would like time to consider them. Review in 8 weeks.\nMr D. Kerr",
           author=cons, type_cc=cc((LOINC, "11488-4", "Consult note"), text="Clinic letter"))
    return c


# ------------------------------------------------------------------ C10  PRC near miss (second opinion already done)
def c10(cid):
    c = Case(cid, UK)
    cons, ot = setup(c, [("Reeve", "Alistair", "Consultant Hand Surgeon", "male", "gmc"),
                         ("Lister", "Joanne", "Hand Therapist (Occupational Therapist)", "female", "hcpc")])
    uk_patient(c, "Bennett", "Oliver", "male", "1990-01-21", "2 Foundry Mews", "Northbridge", "NB1 6GG")
    riv = c.organization("Riverside Hand Centre, Eastvale Hospital",
                         type_cc=cc((THO + "organization-type", "prov", "Healthcare Provider")),
                         ident={"system": "https://fhir.nhs.uk/Id/ods-organization-code", "value": "REV12"})
    lau = c.practitioner("Lau", "Fiona", prefix="Ms", gender="female", qual=cc(text="Consultant Hand Surgeon"),
                         ident={"system": "https://fhir.hl7.org.uk/Id/gmc-number", "value": "6120453"})
    dq = c.condition(dx("M65.4", "Radial styloid tenosynovitis [de Quervain]", "Right de Quervain tenosynovitis"),
                     onset="2025-10-01", recorded="2026-01-14", clinical="resolved", abatement="2026-08-05",
                     recorder=cons)
    e1 = c.encounter("2026-01-14", "AMB", etype("OPD", "New patient - hand surgery"),
                     reason=cc(text="Radial wrist pain"), prac=cons)
    c.procedure(local("INJ-DQ", "First extensor compartment corticosteroid injection"), date="2026-01-14",
                performer=cons, reason_ref=[dq], enc=e1, outcome=cc(text="Temporary relief"))
    c.procedure(local("SPLINT-THUMB", "Provision of thumb spica splint"), date="2026-01-14", performer=ot,
                reason_ref=[dq], enc=e1)
    c.procedure(local("INJ-DQ", "First extensor compartment corticosteroid injection (second)"), date="2026-02-25",
                performer=cons, reason_ref=[dq], outcome=cc(text="Relief for three weeks"))
    e2 = c.encounter("2026-03-11", "AMB", etype("OPD", "Consultant review"), reason=cc(text="de Quervain review"),
                     prac=cons)
    qdash(c, "2026-03-11", 43.2, e2)
    c.note("Clinic letter", "2026-03-11", "10:00",
           "Persistent right de Quervain tenosynovitis after splinting and two injections. I have recommended "
           "surgical release of the first extensor compartment under local anaesthetic.", author=cons, enc=e2,
           type_cc=cc((LOINC, "11488-4", "Consult note"), text="Clinic letter"))
    msg = c.communication(c.dt("2026-03-20", "21:05"), c.pat, cons,
                          "Hello, before I agree to the operation on my wrist I would like a second opinion from "
                          "another hand surgeon, if that is possible. Thank you, Oliver Bennett",
                          medium=("ONLINEWRIT", "online written"), topic=cc(text="Request for second opinion"))
    c.communication(c.dt("2026-03-23", "09:30"), cons, c.pat,
                    "Of course. I have referred you to Ms Lau at the Riverside Hand Centre for an independent opinion.",
                    in_response_to=[msg], medium=("ONLINEWRIT", "online written"))
    c.servicerequest(local("REF-2ND-OP", "Referral for independent second opinion - hand surgery"), "2026-03-23",
                     status="completed", category=cc((SCT, "3457005", "Patient referral")), reason_ref=[dq],
                     requester=cons, performer=lau, occurrence="2026-04-29")
    e3 = c.encounter("2026-04-29", "AMB", etype("2OP", "Second opinion consultation"),
                     reason=cc(text="Second opinion - de Quervain tenosynovitis"), prac=lau, org=riv)
    c.note("Second opinion letter", "2026-04-29", "15:20",
           "Dear Mr Reeve,\nThank you for asking me to see Mr Bennett for a second opinion. I agree with the "
           "diagnosis of right de Quervain tenosynovitis (positive Finkelstein manoeuvre, tender first "
           "compartment, ultrasound shows a septated compartment). After two injections, release of the first "
           "extensor compartment is reasonable and I have told him so. He is happy to proceed with you.\n"
           "Ms F. Lau, Riverside Hand Centre", author=lau, enc=e3,
           type_cc=cc((LOINC, "11488-4", "Consult note"), text="Second opinion letter"))
    e4 = c.encounter("2026-06-17", "SS", etype("DSU", "Day surgery"), reason=cc(text="de Quervain release"),
                     prac=cons, time="08:00", end_time="12:00")
    c.procedure(local("DQ-REL", "Release of first extensor compartment (de Quervain release)"),
                date=c.dt("2026-06-17", "09:15"), performer=cons, reason_ref=[dq], enc=e4,
                note="Local anaesthetic. Separate EPB subsheath released. Superficial radial nerve protected.")
    e5 = c.encounter("2026-08-05", "AMB", etype("OPD", "Post-operative review"), reason=cc(text="Post-op review"),
                     prac=cons)
    qdash(c, "2026-08-05", 2.3, e5)
    c.note("Clinic letter - discharge", "2026-08-05", "10:40",
           "Seven weeks after right de Quervain release. Pain free, scar settled, no superficial radial nerve "
           "symptoms. QuickDASH 2.3. Discharged.", author=cons, enc=e5,
           type_cc=cc((LOINC, "11488-4", "Consult note"), text="Clinic letter"))
    return c


CASES = [
    (c1, "PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "positive", ["PERSISTENT_SYMPTOMS_NORMAL_WORKUP"],
     "Bilateral hand paraesthesia recorded at four visits over 29 weeks; nerve conduction studies, cervical MRI and "
     "blood panel all normal, no explanatory diagnosis, discharged with symptoms ongoing.",
     "Ten months of hand tingling, every study normal, discharged without diagnosis"),
    (c2, "DIAGNOSIS_SYMPTOM_MISMATCH", "near-miss", [],
     "The catch-all 'pain in limb' (M79.6) was replaced after 11 weeks by NCS-confirmed cubital tunnel syndrome, which "
     "explains the symptoms, and they are improving on splinting.",
     "'Pain in limb' replaced by NCS-proven cubital tunnel syndrome, improving"),
    (c3, "MAJOR_PROCEDURE_PLANNED", "positive", ["MAJOR_PROCEDURE_PLANNED"],
     "Scaphoid excision and four-corner arthrodesis of the dominant wrist is ordered for 2027-01-13 under general "
     "anaesthesia after failed conservative care — major wrist reconstruction not yet performed.",
     "SLAC wrist listed for four-corner fusion in January 2027"),
    (c4, "MAJOR_PROCEDURE_PLANNED", "near-miss", [],
     "The zone II flexor tendon repair was already performed on 2026-10-05 (request completed); only hand therapy and "
     "splinting remain planned.",
     "Flexor tendon repair already done; therapy only"),
    (c5, "UNTREATABLE_PROGNOSIS", "positive", ["UNTREATABLE_PROGNOSIS"],
     "Complete brachial plexus avulsion declared to have 'no reconstructive surgical option' at late presentation and "
     "discharged from surgical follow-up to pain management, with no second opinion on record.",
     "Late-presenting pan-plexus avulsion told nothing can be done"),
    (c6, "UNTREATABLE_PROGNOSIS", "near-miss", [],
     "'No treatment indicated' refers to early, benign Dupuytren nodules without contracture, for which effective "
     "treatment is available if it progresses; not an untreatable condition.",
     "Early Dupuytren nodule, observe; treatment available later"),
    (c7, "HIGH_IMPACT_TREATMENT", "near-miss", [],
     "The 'amputation' was a minor, already completed fingertip terminalisation under digital block; healed with "
     "QuickDASH 9.1 and return to work, so no severe quality-of-life impact.",
     "Fingertip terminalisation under block, healed, back at work"),
    (c8, "PATIENT_REPORTED_CONCERN", "positive", ["PATIENT_REPORTED_CONCERN"],
     "In the clinic questionnaire she answers 'Yes' to wanting a second opinion from another consultant before "
     "deciding on the recommended carpal tunnel release, and feels only partly listened to.",
     "Carpal tunnel: questionnaire answer 'Yes' to second opinion"),
    (c9, "WORSENING_DESPITE_TREATMENT", "positive", ["WORSENING_DESPITE_TREATMENT"],
     "QuickDASH rose 36.4 -> 47.7 -> 61.4 and pain 5 -> 8 over six months while splinting, hand therapy and naproxen "
     "ran throughout (change well above the QuickDASH MCID).",
     "Thumb base OA worsening through 6 months of splint, therapy, NSAID"),
    (c10, "PATIENT_REPORTED_CONCERN", "near-miss", [],
     "The patient's March 2026 request for a second opinion was met by an independent hand surgeon in April 2026 "
     "(within 12 months); surgery followed and he has recovered.",
     "Asked for a second opinion, got it, had release, recovered"),
]
