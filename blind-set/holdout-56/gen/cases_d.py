"""Cases from the spinal cord injury and neurorehabilitation unit (Northfield Regional Spinal Injuries Centre).

SNOMED CT and WHO ICD-10, ATC medication, local assessment codes (SCIM III, ISNCSCI, MAS, NRS, EQ-5D-5L), English notes.
"""
from fhirkit import *  # noqa: F401,F403

NHS = "https://fhir.nhs.uk/Id/nhs-number"


def nhs_number(seed):
    """A 999-range NHS number (reserved, never issued) with a valid modulus-11 check digit."""
    n = seed
    while True:
        digits = [9, 9, 9] + [int(x) for x in f"{n % 1000000:06d}"]
        total = sum(d * w for d, w in zip(digits, range(10, 1, -1)))
        check = 11 - total % 11
        if check == 11:
            check = 0
        if check != 10:
            return "".join(map(str, digits)) + str(check)
        n += 1


def sci_base(r, given, family, gender, birth, seed, *, phone=None, town="Northfield"):
    r.patient(given, family, gender, birth, lang="en-GB", phone=phone,
              address={"use": "home", "line": [f"{seed % 90 + 3} Station Road"], "city": town, "country": "GB"})
    r.add_identifier(NHS, nhs_number(seed), "NH", "National Health Plan Identifier")
    r.coverage("NICB-" + nhs_number(seed)[-6:], "2010-04-01", kind=("PUBLICPOL", "public healthcare"))


def icd(code, display, *more, text=None):
    return cc((ICD10, code, display), *more, text=text or display)


def sct(code, display, text=None):
    return cc((SCT, code, display), text=text or display)


def atc(code, name, text):
    return cc((ATC, code, name), text=text)


def loc(r, system, code, display, text=None):
    return cc((r.org["local"] + "/" + system, code, display), text=text or display)


def scim(r, date, total, enc=None):
    return r.score(loc(r, "assessment", "SCIM3", "Spinal Cord Independence Measure III total (0-100)", "SCIM III total"), date, total,
                   integer=True, enc=enc, performer="ot")


def nrs(r, date, value, enc=None, note=None):
    return r.score(cc((LNC, "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"), text="Pain NRS (average, past week)"),
                   date, value, integer=True, enc=enc, note=note)


def sci_condition(r, text, level_icd, onset, recorder="sci", note=None):
    return r.cond(cc((ICD10, level_icd[0], level_icd[1]), (ICD10, "T91.3", "Sequelae of injury of spinal cord"), text=text),
                  onset, recorded=onset, recorder=recorder, note=note)


# ---------------------------------------------------------------------------------------------
@case("PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "positive", ["PERSISTENT_SYMPTOMS_NORMAL_WORKUP"], "SCI",
      "60-year-old man with T6 AIS A paraplegia whose bowel-screening FIT came back positive on 20 August 2026; "
      "the annual-review note says colonoscopy is 'to arrange', but no referral or colonoscopy follows in over 100 days.",
      "Red-flag finding (positive faecal immunochemical screening for blood) with no follow-up within 60 days "
      "(Murphy et al. e-trigger).")
def sci_fit_no_followup(cid):
    r = Rec(cid, "SCI")
    sci_base(r, "Gareth", "Morgan", "male", "1966-02-04", 441207, phone="+44 7700 900441")
    sc = sci_condition(r, "Traumatic paraplegia T6 AIS A (fall from scaffolding 2009)", ("G82.1", "Spastic paraplegia"), "2009-05-18")
    bowel = r.cond(icd("K59.2", "Neurogenic bowel, not elsewhere classified"), "2009-05-18", recorded="2009-07-01", recorder="sci",
                   note="Reflex bowel; alternate-day digital stimulation and suppository.")
    r.cond(icd("N31.1", "Reflex neuropathic bladder, not elsewhere classified"), "2009-05-18", recorded="2009-07-01", recorder="uro",
           note="Intermittent self-catheterisation 5x/day, mirabegron.")
    r.medstmt(atc("G04BD12", "mirabegron", "Mirabegron 50 mg tablets"), "2021-03-01", dosage="50 mg once daily", source="uro")
    r.medstmt(atc("A06AB02", "bisacodyl", "Bisacodyl 10 mg suppositories"), "2009-08-01", dosage="10 mg alternate mornings", source="sci")
    r.medstmt(atc("M03BX01", "baclofen", "Baclofen 10 mg tablets"), "2010-01-01", dosage="10 mg three times daily", source="sci")
    e1 = r.enc("2026-08-11", "Annual spinal cord injury review", prac="sci", reason_ref=sc)
    r.bp("2026-08-11", 112, 70, enc=e1)
    r.vital("wt", "2026-08-11", 78.4, enc=e1)
    labs = r.labs("2026-08-11", [("hb", 13.9), ("mcv", 88), ("ferritin", 85), ("crea", 0.72), ("alt", 21), ("crp", 3.0)], enc=e1)
    r.report(cc((LNC, "58410-2", "CBC panel - Blood by Automated count"), text="Annual review bloods"), "2026-08-11", results=labs,
             performer=r.org_ref, conclusion="No abnormality.")
    fit = r.obs(loc(r, "lab", "FIT-SCR", "Faecal haemoglobin by immunochemical assay (bowel cancer screening)",
                    "FIT - bowel cancer screening programme"), "2026-08-20", 142, unit="ug Hb/g", ucum="ug/g", ref_range=(0, 119),
                interp="H", performer=r.org_ref, note="Screening threshold 120 ug Hb/g faeces: POSITIVE. Colonoscopy indicated.")
    r.report(loc(r, "lab", "BCSP", "Bowel cancer screening programme result"), "2026-08-24", results=[fit], performer=r.org_ref,
             conclusion="Abnormal FIT result (142 ug Hb/g). Referral for colonoscopy required.")
    r.note("""Spinal Injuries Outpatients - Annual Review addendum (24/08/2026)
Bowel screening FIT result received: positive (142 ug Hb/g). No change in bowel habit per patient, no visible bleeding; known small haemorrhoids.
Colonoscopy will need inpatient bowel preparation in view of neurogenic bowel - to arrange.""", "2026-08-24", "progress", "sci",
           title="Annual review addendum", enc=e1)
    e2 = r.enc("2026-10-13", "Urology outpatient review", prac="uro", reason=icd("N39.0", "Urinary tract infection, site not specified"))
    r.obs(cc((LNC, "630-4", "Bacteria identified in Urine by Culture"), text="Catheter specimen urine culture"), "2026-10-13",
          "Escherichia coli >10^5 CFU/mL, sensitive to nitrofurantoin", interp="A", enc=e2)
    r.medreq(atc("J01XE01", "nitrofurantoin", "Nitrofurantoin 100 mg MR capsules"), "2026-10-13", "100 mg twice daily for 7 days",
             prac="uro", status="completed")
    r.note("""Urology Outpatients
Symptomatic UTI (cloudy urine, increased spasms). Treated with nitrofurantoin. Continue ISC 5x/day, mirabegron.
Renal ultrasound 09/2026: no hydronephrosis, no stones.""", "2026-10-13", "outpatient", "uro", title="Urology clinic letter", enc=e2)
    e3 = r.enc("2026-11-17", "Telephone review - skin check", cls="VR", prac="tvn", reason=sct("399912005", "Pressure ulcer", "Skin check"))
    r.note("""Tissue Viability - Telephone Review
Category 1 erythema over left ischium noted by carer last week has resolved with pressure relief and cushion check. No broken skin.
Advice re: pressure relief every 30 min. No further action.""", "2026-11-17", "nursing", "tvn", title="Tissue viability call", enc=e3)
    return r


# ---------------------------------------------------------------------------------------------
@case("DIAGNOSIS_SYMPTOM_MISMATCH", "positive", ["DIAGNOSIS_SYMPTOM_MISMATCH"], "SCI",
      "38-year-old man with T8 AIS B injury whose new upper-trunk/arm pain was labelled 'neuropathic pain' in April 2026; "
      "since then the sensory level has risen from T8 to T2 with new left hand weakness, still attributed to the pain "
      "label and without imaging.",
      "The diagnosis given for the new symptoms (neuropathic pain) does not explain the ascending sensory level and new "
      "hand weakness that followed (red flags for post-traumatic syrinx).")
def sci_ascending_level(cid):
    r = Rec(cid, "SCI")
    sci_base(r, "Liam", "O'Connor", "male", "1988-10-12", 553019, phone="+44 7700 900553")
    sc = sci_condition(r, "Traumatic paraplegia T8 AIS B (motorcycle collision 2018)", ("G82.1", "Spastic paraplegia"), "2018-06-02")
    r.cond(icd("N31.1", "Reflex neuropathic bladder, not elsewhere classified"), "2018-06-02", recorded="2018-08-01", recorder="uro")
    r.cond(icd("K59.2", "Neurogenic bowel, not elsewhere classified"), "2018-06-02", recorded="2018-08-01", recorder="sci")
    np = r.cond(sct("247398009", "Neuropathic pain", "Neuropathic pain (at/above level)"), "2026-03-01", recorded="2026-04-21", recorder="sci2",
                note="Burning pain and tingling upper chest and left arm.")
    r.medreq(atc("N03AX16", "pregabalin", "Pregabalin 150 mg capsules"), "2026-04-21", "75 mg twice daily, increased to 150 mg twice daily 07/2026",
             prac="sci2", reason_ref=np)
    r.medstmt(atc("G04BD08", "solifenacin", "Solifenacin 10 mg tablets"), "2019-01-01", dosage="10 mg daily", source="uro")
    lvl = loc(r, "isncsci", "SENS-LVL", "ISNCSCI sensory level (pin prick), left", "Sensory level (ISNCSCI)")
    uems = loc(r, "isncsci", "UEMS", "ISNCSCI upper extremity motor score (0-50)", "Upper extremity motor score")
    e0 = r.enc("2026-01-13", "Spinal injuries outpatient review", prac="sci2", reason_ref=sc)
    r.obs(lvl, "2026-01-13", "T8", cat="exam", interp="N", enc=e0, issued=False, performer="sci2", note="Unchanged since 2018")
    nrs(r, "2026-01-13", 2, enc=e0)
    e1 = r.enc("2026-04-21", "Spinal injuries outpatient review", prac="sci2", reason=sct("247398009", "Neuropathic pain", "New pain upper trunk and left arm"))
    nrs(r, "2026-04-21", 6, enc=e1)
    r.note("""Spinal Injuries Outpatients
New burning pain across upper chest and down the left arm with tingling for 6-8 weeks. Sleep disturbed.
Assessment: at/above-level neuropathic pain. Start pregabalin 75 mg BD.""", "2026-04-21", "outpatient", "sci2", title="Outpatient letter", enc=e1)
    e2 = r.enc("2026-07-14", "Spinal injuries outpatient review", prac="sci2", reason_ref=np)
    r.obs(lvl, "2026-07-14", "T4", cat="exam", interp="A", enc=e2, issued=False, performer="sci2", note="Ascended from T8")
    r.score(uems, "2026-07-14", 50, integer=True, enc=e2, performer="sci2", cat="exam")
    nrs(r, "2026-07-14", 6, enc=e2)
    r.obs(sct("52613005", "Excessive sweating", "Hyperhidrosis above level of injury"), "2026-07-14", "New episodes of sweating face and upper chest",
          cat="exam", interp="A", enc=e2, issued=False)
    r.note("""Spinal Injuries Outpatients
Pain persists (NRS 6). On examination pin-prick sensory level now T4 on the left (previously T8). New sweating over face/upper chest.
Assessment: neuropathic pain, partial response. Increase pregabalin to 150 mg BD.""", "2026-07-14", "outpatient", "sci2", title="Outpatient letter", enc=e2)
    e3 = r.enc("2026-10-20", "Spinal injuries outpatient review", prac="sci2", reason_ref=np)
    r.obs(lvl, "2026-10-20", "T2", cat="exam", interp="A", enc=e3, issued=False, performer="sci2", note="Ascended further")
    r.score(uems, "2026-10-20", 46, integer=True, enc=e3, performer="sci2", cat="exam")
    nrs(r, "2026-10-20", 6, enc=e3)
    r.obs(txt("Left hand intrinsic power (MRC)"), "2026-10-20", "Left FDI 3/5, ADM 3/5; grip reduced; left triceps reflex diminished",
          cat="exam", interp="A", enc=e3, issued=False)
    r.note("""Spinal Injuries Outpatients
Dropping objects from the left hand, difficulty with catheter handling. Pin-prick level T2 on the left. Left intrinsic hand muscles 3/5, UEMS 46 (50 in July).
Pain NRS 6.
Assessment: neuropathic pain, ongoing. Add amitriptyline 10 mg nocte, OT for hand function.
Review in 4 months.""", "2026-10-20", "outpatient", "sci2", title="Outpatient letter", enc=e3)
    r.medreq(atc("N06AA09", "amitriptyline", "Amitriptyline 10 mg tablets"), "2026-10-20", "10 mg at night", prac="sci2", reason_ref=np)
    return r


# ---------------------------------------------------------------------------------------------
@case("MAJOR_PROCEDURE_PLANNED", "positive", ["MAJOR_PROCEDURE_PLANNED", "HIGH_IMPACT_TREATMENT"], "SCI",
      "47-year-old woman with T4 AIS A injury and severe neurogenic bowel dysfunction after failed transanal irrigation; "
      "the colorectal MDT listed her for elective laparoscopic end colostomy on 26 January 2027.",
      "An active order for laparoscopic colostomy (major abdominal surgery, not yet performed); as a planned ostomy it "
      "is also a high-impact treatment (deliberate second criterion).")
def sci_colostomy(cid):
    r = Rec(cid, "SCI")
    sci_base(r, "Rebecca", "Hale", "female", "1979-05-05", 612884, phone="+44 7700 900612")
    sc = sci_condition(r, "Traumatic paraplegia T4 AIS A (road traffic collision 2011)", ("G82.1", "Spastic paraplegia"), "2011-09-10")
    nbd = r.cond(icd("K59.2", "Neurogenic bowel, not elsewhere classified"), "2011-09-10", recorded="2011-11-01", recorder="sci",
                 severity=sct("24484000", "Severe"), note="Bowel care 2-3 h daily, faecal incontinence 2-3 times a week.")
    r.cond(icd("N31.1", "Reflex neuropathic bladder, not elsewhere classified"), "2011-09-10", recorded="2011-11-01", recorder="uro",
           note="Suprapubic catheter since 2015.")
    r.cond(sct("399912005", "Pressure ulcer", "Category 3 pressure ulcer, sacrum"), "2025-02-01", recorded="2025-02-10", clinical="resolved",
           abated="2025-08-20", recorder="tvn")
    nbds = loc(r, "assessment", "NBD", "Neurogenic Bowel Dysfunction score (0-47)", "NBD score")
    r.score(nbds, "2026-02-10", 17, integer=True, note="Severe (>13)")
    r.proc(loc(r, "procedure", "TAI", "Transanal irrigation programme", "Transanal irrigation (trial and training)"), "2025-10-07",
           performer="sci", reason_ref=nbd, outcome="Discontinued 05/2026: autonomic dysreflexia during irrigation and persistent leakage.")
    r.medstmt(atc("A06AD65", "macrogol, combinations", "Macrogol compound oral powder sachets"), "2012-01-01", dosage="1 sachet daily", source="sci")
    r.medstmt(atc("M03BX01", "baclofen", "Baclofen 20 mg tablets"), "2012-01-01", dosage="20 mg three times daily", source="sci")
    e1 = r.enc("2026-09-08", "Spinal injuries bowel clinic", prac="sci", reason_ref=nbd)
    r.score(nbds, "2026-09-08", 19, integer=True, enc=e1, note="Severe")
    r.note("""Bowel Clinic
Conservative options exhausted: digital stimulation, suppositories, oral laxatives, transanal irrigation (stopped because of dysreflexia).
Bowel care still 2-3 h every day; incontinence limits work and social life. Patient keen to discuss colostomy.
Plan: refer to colorectal surgery.""", "2026-09-08", "outpatient", "sci", title="Bowel clinic letter", enc=e1)
    e2 = r.enc("2026-10-15", "Colorectal surgery clinic", prac="colorectal", reason_ref=nbd)
    r.report(loc(r, "imaging", "CTCOL", "CT colonography"), "2026-09-30", category="RAD", performer=r.org_ref,
             conclusion="Redundant, faecally loaded sigmoid and descending colon; no mass lesion.")
    r.note("""Colorectal Surgery Clinic
Discussed at colorectal MDT 15/10/2026. Recommendation: elective laparoscopic end (sigmoid) colostomy.
Risks explained incl. anaesthesia with high thoracic injury (autonomic dysreflexia), parastomal hernia, diversion proctitis. Patient wishes to proceed.
Listed for surgery 26/01/2027. Stoma nurse siting pre-operatively.""", "2026-10-15", "consult", "colorectal", title="Colorectal clinic letter", enc=e2)
    col = r.sreq(loc(r, "procedure", "LAP-COL", "Laparoscopic end colostomy", "Laparoscopic end (sigmoid) colostomy"), "2026-10-15",
                 status="active", intent="order", occurrence="2027-01-26", prac="colorectal", reason_ref=nbd,
                 category=sct("387713003", "Surgical procedure"), priority="routine")
    r.appt("2027-01-12", "2027-01-12", "Stoma nurse pre-operative siting and education", service="Stoma care", based_on=col,
           time=("10:00", "11:00"))
    r.appt("2027-01-26", "2027-01-26", "Laparoscopic end colostomy", service="Colorectal surgery", prac="colorectal", based_on=col,
           time=("08:00", "12:00"))
    r.labs("2026-10-15", [("hb", 12.6), ("crea", 0.55), ("alb", 3.9), ("crp", 4.0)], enc=e2)
    return r


# ---------------------------------------------------------------------------------------------
@case("MAJOR_PROCEDURE_PLANNED", "near-miss", [], "SCI",
      "54-year-old man with C6 AIS C tetraplegia and severe spasticity whose intrathecal baclofen pump was implanted in "
      "April 2026; the only pending order is a routine pump refill and reprogramming in December.",
      "The invasive operation is already done; the planned pump refill is a minor outpatient procedure.")
def sci_itb_refill(cid):
    r = Rec(cid, "SCI")
    sci_base(r, "Stuart", "Kendall", "male", "1972-09-17", 730455, phone="+44 7700 900730")
    sc = sci_condition(r, "Traumatic tetraplegia C6 AIS C (diving injury 2013)", ("G82.4", "Spastic tetraplegia"), "2013-07-21")
    spas = r.cond(sct("221360009", "Spasticity", "Severe lower limb spasticity"), "2014-01-01", recorded="2014-03-01", recorder="sci")
    r.cond(icd("N31.1", "Reflex neuropathic bladder, not elsewhere classified"), "2013-07-21", recorded="2013-10-01", recorder="uro")
    r.cond(icd("K59.2", "Neurogenic bowel, not elsewhere classified"), "2013-07-21", recorded="2013-10-01", recorder="sci")
    mas = loc(r, "assessment", "MAS-HIPADD", "Modified Ashworth Scale, hip adductors", "Modified Ashworth Scale (hip adductors)")
    r.obs(mas, "2026-01-20", loc(r, "mas", "3", "Considerable increase in tone, passive movement difficult", "3"), cat="exam", interp=None, issued=False)
    r.proc(loc(r, "procedure", "ITB-TRIAL", "Intrathecal baclofen bolus trial", "Intrathecal baclofen trial (50 mcg bolus)"), "2026-03-10",
           performer="sci", reason_ref=spas, outcome="Marked reduction in tone for 6 h (MAS 3 to 1). Positive trial.")
    implant_req = r.sreq(loc(r, "procedure", "ITB-IMPL", "Implantation of intrathecal drug delivery pump and catheter",
                             "Intrathecal baclofen pump implantation"), "2026-03-12", status="completed", prac="sci",
                         performer="neurosurg", reason_ref=spas)
    r.proc(cc((CPT, "62362", "Implantation or replacement of device for intrathecal or epidural drug infusion; programmable pump"),
              (r.org["local"] + "/procedure", "ITB-IMPL", "Implantation of intrathecal drug delivery pump and catheter"),
              text="Intrathecal baclofen pump implantation (programmable pump, T10 catheter tip)"), "2026-04-22", performer="neurosurg",
           reason_ref=spas, based_on=implant_req, outcome="Uncomplicated; wound healed.")
    r.medstmt(atc("M03BX01", "baclofen", "Baclofen intrathecal 2 mg/mL"), "2026-04-22", dosage="180 micrograms/day simple continuous",
              reason_ref=spas, source="sci")
    r.medstmt(atc("M03BX01", "baclofen", "Baclofen 20 mg tablets"), "2015-01-01", end="2026-06-30", status="completed", dosage="20 mg four times daily",
              source="sci", note="Weaned off after ITB.")
    refill = loc(r, "procedure", "ITB-REFILL", "Intrathecal pump refill and reprogramming", "ITB pump refill and reprogramming")
    for d, m in (("2026-07-14", "1+"), ("2026-10-13", "1+")):
        e = r.enc(d, "Spasticity clinic - pump refill", prac="sci", reason_ref=spas)
        r.proc(refill, d, performer="sci", reason_ref=spas, enc=e, outcome="Refilled 20 mL, reservoir alarm date reset.")
        r.obs(mas, d, loc(r, "mas", m, "Slight increase in tone, catch followed by minimal resistance", m), cat="exam", interp=None, enc=e, issued=False)
    r.sreq(cc((CPT, "95990", "Refilling and maintenance of implantable pump or reservoir for drug delivery, spinal (intrathecal, epidural) or brain (intraventricular)"),
              (r.org["local"] + "/procedure", "ITB-REFILL", "Intrathecal pump refill and reprogramming"), text="ITB pump refill and reprogramming"),
           "2026-10-13", status="active", occurrence="2026-12-15", prac="sci", reason_ref=spas)
    scim(r, "2026-01-20", 38)
    scim(r, "2026-10-13", 44)
    r.note("""Spasticity Clinic
ITB pump implanted 22/04/2026. Excellent response: spasms reduced, transfers easier, sleeping through the night. Oral baclofen weaned.
Today: refill 20 mL, dose unchanged 180 mcg/day. Next refill 15/12/2026 (outpatient, 20 minutes).""", "2026-10-13", "outpatient", "sci",
           title="Spasticity clinic letter")
    r.medstmt(atc("G04BD08", "solifenacin", "Solifenacin 5 mg tablets"), "2014-01-01", dosage="5 mg daily", source="uro")
    return r


# ---------------------------------------------------------------------------------------------
@case("UNTREATABLE_PROGNOSIS", "positive", ["UNTREATABLE_PROGNOSIS"], "SCI",
      "73-year-old man admitted for rehabilitation with T9 AIS A paraplegia from metastatic spinal cord compression due to "
      "lung adenocarcinoma; the oncology MDT finds no further tumour-directed options and he is referred to hospice.",
      "Active metastatic cancer with an explicit no-further-treatment statement and hospice referral, without a second "
      "opinion on record.")
def sci_mscc_hospice(cid):
    r = Rec(cid, "SCI")
    sci_base(r, "Brian", "Holloway", "male", "1953-06-21", 884120, phone="+44 7700 900884")
    wife = r.related("Margaret", "Holloway", "WIFE", "wife", "female", phone="+44 7700 900885")
    ca = r.cond(cc((ICD10, "C34.1", "Malignant neoplasm: Upper lobe, bronchus or lung"), (SCT, "363358000", "Malignant tumor of lung"),
                   text="Adenocarcinoma right upper lobe lung, stage IV"), "2026-07-30", recorded="2026-08-06", recorder="onc",
                stage=txt("cT3 N2 M1c (bone, liver)"), note="EGFR, ALK, ROS1 negative; PD-L1 TPS <1%.")
    mets = r.cond(icd("C79.5", "Secondary malignant neoplasm of bone and bone marrow"), "2026-07-30", recorded="2026-08-06", recorder="onc",
                  note="T9 vertebral metastasis with cord compression; further deposits T4, L2, pelvis.")
    sc = r.cond(cc((ICD10, "G82.0", "Flaccid paraplegia"), (SCT, "60389000", "Paraplegia"),
                   text="Paraplegia T9 AIS A secondary to metastatic spinal cord compression"), "2026-07-30", recorded="2026-08-20", recorder="sci")
    r.cond(icd("N31.2", "Flaccid neuropathic bladder, not elsewhere classified"), "2026-07-30", recorded="2026-08-20", recorder="sci",
           note="Indwelling urethral catheter.")
    r.proc(loc(r, "procedure", "SP-DECOMP", "Posterior spinal decompression and instrumented stabilisation",
               "Emergency posterior decompression and stabilisation T8-T10"), "2026-07-31", performer="neurosurg", reason_ref=mets,
           outcome="No neurological recovery post-operatively.")
    adm = r.enc("2026-08-20", "Spinal injuries unit admission (rehabilitation)", cls="IMP", prac="sci", status="in-progress",
                reason_ref=sc, admit=("hosp-trans", "Transferred from other hospital"))
    ecog = cc((LNC, "89247-1", "ECOG Performance Status score"), text="ECOG performance status")
    r.score(ecog, "2026-09-08", 3, integer=True, enc=adm)
    r.score(ecog, "2026-10-27", 4, integer=True, enc=adm)
    r.report(loc(r, "imaging", "CT-CAP", "CT chest abdomen pelvis with contrast"), "2026-10-22", category="RAD", performer=r.org_ref, enc=adm,
             conclusion="Progression: enlarging right upper lobe mass, new multiple liver metastases, new adrenal deposit.")
    r.labs("2026-10-22", [("hb", 9.8), ("alb", 2.7), ("ca", 10.9), ("alp", 312), ("crp", 64)], enc=adm)
    r.note("""Lung Cancer MDT Outcome - 27/10/2026
Diagnosis: Adenocarcinoma RUL, stage IV (bone, liver, adrenal). No actionable mutation, PD-L1 <1%.
Status: ECOG 4 (was 3 in September), paraplegic after MSCC, weight loss, hypercalcaemia.
Outcome: Not fit for systemic anti-cancer therapy. Post-operative spinal radiotherapy was deferred for wound healing and is no longer of benefit given systemic progression.
There are no further tumour-directed treatment options. Recommend best supportive care and referral to hospice / specialist palliative care.
Discussed with patient and his wife Margaret on 28/10; both understand and wish to focus on comfort.""", "2026-10-27", "consult", "onc",
           title="Oncology MDT outcome", enc=adm)
    r.sreq(cc((SCT, "306237005", "Referral to palliative care service"), text="Referral to St Aidan's Hospice (inpatient unit)"), "2026-10-28",
           status="active", intent="order", prac="pall", reason_ref=ca, priority="urgent", enc=adm)
    r.careplan("Palliative care - rehabilitation goals revised", "2026-10-29", category=sct("103735009", "Palliative care"),
               addresses=[ca, sc], author="pall",
               activities=[(txt("Symptom control: pain, hypercalcaemia, breathlessness"), "in-progress", None),
                           (txt("Transfer to hospice when bed available"), "scheduled", None),
                           (txt("Wheelchair and seating for comfort"), "in-progress", None)])
    r.medreq(atc("N02AA05", "oxycodone", "Oxycodone MR 20 mg tablets"), "2026-10-29", "20 mg twice daily", prac="pall", reason_ref=ca, enc=adm)
    r.medreq(atc("M05BA08", "zoledronic acid", "Zoledronic acid 4 mg infusion"), "2026-10-24", "4 mg IV once for hypercalcaemia", prac="onc",
             status="completed", enc=adm)
    r.medreq(atc("H02AB02", "dexamethasone", "Dexamethasone 2 mg tablets"), "2026-10-29", "4 mg once daily (appetite, bone pain)", prac="pall", enc=adm)
    r.comm("Brian is tired but comfortable. We would like to know when the hospice bed might be available.", "2026-11-24", sender=wife,
           recipient="pall", lang="en")
    return r


# ---------------------------------------------------------------------------------------------
@case("HIGH_IMPACT_TREATMENT", "near-miss", [], "SCI",
      "35-year-old woman with C7 AIS D injury receiving three-monthly botulinum toxin injections for spasticity; tone is "
      "better and her EQ-5D-5L index moves only from 0.68 to 0.65.",
      "Botulinum toxin injections are not a high-impact treatment, and the 0.03 fall in EQ-5D index is below the minimal "
      "important difference (about 0.07).")
def sci_botox(cid):
    r = Rec(cid, "SCI")
    sci_base(r, "Natalie", "Brooks", "female", "1991-11-23", 918336, phone="+44 7700 900918")
    sc = sci_condition(r, "Incomplete tetraplegia C7 AIS D (sports injury 2021)", ("G82.4", "Spastic tetraplegia"), "2021-02-14")
    spas = r.cond(sct("221360009", "Spasticity", "Lower limb spasticity (right > left)"), "2021-06-01", recorded="2021-09-01", recorder="sci")
    r.cond(icd("N31.0", "Uninhibited neuropathic bladder, not elsewhere classified"), "2021-02-14", recorded="2021-05-01", recorder="uro")
    r.medstmt(atc("M03BX01", "baclofen", "Baclofen 10 mg tablets"), "2021-09-01", dosage="10 mg three times daily", source="sci", reason_ref=spas)
    r.medstmt(atc("G04BD12", "mirabegron", "Mirabegron 50 mg tablets"), "2021-05-01", dosage="50 mg daily", source="uro")
    mas = loc(r, "assessment", "MAS-GASTROC", "Modified Ashworth Scale, right gastrocnemius-soleus", "Modified Ashworth Scale (right calf)")
    eq = loc(r, "pro", "EQ5D5L-INDEX", "EQ-5D-5L index value (England value set)", "EQ-5D-5L index")
    bont = atc("M03AX01", "botulinum toxin", "Botulinum toxin type A 500 unit vial (abobotulinumtoxinA)")
    for d, m, idx in (("2026-05-12", "3", 0.68), ("2026-08-18", "2", 0.66), ("2026-11-17", "1+", 0.65)):
        e = r.enc(d, "Spasticity clinic - botulinum toxin", prac="sci", reason_ref=spas)
        r.obs(mas, d, loc(r, "mas", m, f"MAS grade {m}", m), cat="exam", interp=None, enc=e, issued=False)
        r.score(eq, d, idx, enc=e, note="Patient-completed")
        r.proc(loc(r, "procedure", "BONT-INJ", "Ultrasound-guided botulinum toxin injection to muscle",
                   "Ultrasound-guided botulinum toxin A injection, right gastrocnemius/soleus and tibialis posterior"), d,
               performer="sci", reason_ref=spas, enc=e)
        r.medadmin(bont, d, time="11:00", dose=(500, "U", "[arb'U]"), route=IM, performer="sci", reason_ref=spas)
    r.note("""Spasticity Clinic - 17/11/2026
Third cycle of botulinum toxin to right calf. Tone improved (MAS 3 to 1+), fewer night spasms, walking with one crutch indoors.
EQ-5D-5L 0.65 (0.68 in May) - essentially stable; mild low mood around work stress.
Plan: continue 3-monthly injections with physiotherapy stretching programme.""", "2026-11-17", "outpatient", "sci", title="Spasticity clinic letter")
    scim(r, "2026-05-12", 78)
    scim(r, "2026-11-17", 80)
    return r


# ---------------------------------------------------------------------------------------------
@case("PATIENT_REPORTED_CONCERN", "near-miss", [], "SCI",
      "27-year-old man with T11 AIS A injury who asked in May 2026 for a second opinion on walking prognosis and "
      "epidural stimulation; he was referred, seen at another spinal centre in August, and later thanked the team.",
      "The patient's request was acted on: a second opinion on the same problem is on record within 12 months, so the "
      "flag is suppressed; his later message raises no new concern.")
def sci_second_opinion_done(cid):
    r = Rec(cid, "SCI")
    sci_base(r, "Daniel", "Fraser", "male", "1999-04-30", 301774, phone="+44 7700 900301")
    sc = sci_condition(r, "Traumatic paraplegia T11 AIS A (climbing fall 2025)", ("G82.1", "Spastic paraplegia"), "2025-09-06")
    r.cond(icd("N31.1", "Reflex neuropathic bladder, not elsewhere classified"), "2025-09-06", recorded="2025-11-01", recorder="uro")
    r.cond(icd("K59.2", "Neurogenic bowel, not elsewhere classified"), "2025-09-06", recorded="2025-11-01", recorder="sci")
    r.medstmt(atc("G04BD08", "solifenacin", "Solifenacin 5 mg tablets"), "2025-11-01", dosage="5 mg daily", source="uro")
    r.medstmt(atc("B01AB05", "enoxaparin", "Enoxaparin 40 mg injection"), "2025-09-07", end="2025-12-07", status="completed",
              dosage="40 mg daily", source="sci")
    for d, s in (("2026-01-13", 38), ("2026-05-05", 52), ("2026-10-06", 61)):
        scim(r, d, s)
    ask = r.comm("Dr Marsh, I've been reading about epidural stimulation studies and I'd like a second opinion on whether I'll ever walk again "
                 "and whether I'd be a candidate. Could you refer me to another spinal centre for a second opinion?", "2026-05-06",
                 recipient="sci", lang="en", category=cc((COMMCAT, "notification", "Notification"), text="Patient portal message"))
    r.comm("Of course - I have referred you to the Thameside Spinal Injuries Unit for a second opinion. They will contact you.", "2026-05-07",
           sender="sci", recipient=r.patient_ref, in_response_to=ask, time="12:30", lang="en")
    ext = r.org_ext("Thameside Spinal Injuries Unit", "Thameside", "GB", kind="Spinal injuries centre")
    so_req = r.sreq(txt("Referral for second opinion - prognosis and neuromodulation candidacy"), "2026-05-07", status="completed",
                    prac="sci", performer=ext, reason_ref=sc, reason=[cc((V2_0336, "S", "Second Opinion"))])
    so_enc = r.enc("2026-08-11", "Second opinion consultation (external)", service_provider=ext, reason_ref=sc)
    r.note("""Thameside Spinal Injuries Unit - Second Opinion
Thank you for referring this 27-year-old man, 11 months after a T11 AIS A injury, for a second opinion on prognosis and neuromodulation.
Examination: AIS A, no sacral sparing, zone of partial preservation to T12.
Opinion: We agree with the prognosis given by your team; meaningful return of independent walking is very unlikely. He is not currently eligible for our
epidural stimulation research study (inclusion requires an incomplete injury or at least 1 year post injury with specific criteria). We would be happy to
re-assess eligibility in 2027. Continue current rehabilitation.""", "2026-08-14", "consult", ext, title="Second opinion letter", enc=so_enc,
           related=[so_req])
    r.comm("Thanks for arranging the second opinion in Thameside - it helped to hear it from them too. See you at my October review.",
           "2026-09-02", recipient="sci", lang="en")
    e1 = r.enc("2026-10-06", "Spinal injuries outpatient review", prac="sci", reason_ref=sc)
    r.note("""Spinal Injuries Outpatients
Independent wheelchair user, driving adapted car, back at university part-time. SCIM III 61.
Second opinion (Thameside, 08/2026) concurred with prognosis; research eligibility to be reviewed 2027. Patient content with plan.""",
           "2026-10-06", "outpatient", "sci", title="Outpatient letter", enc=e1)
    r.bp("2026-10-06", 108, 66, enc=e1)
    return r


# ---------------------------------------------------------------------------------------------
@case("WORSENING_DESPITE_TREATMENT", "positive", ["WORSENING_DESPITE_TREATMENT"], "SCI",
      "51-year-old woman with T10 AIS A paraplegia and below-level neuropathic pain whose pain NRS rises 4 → 6 → 8 "
      "from May to November 2026 on full-dose pregabalin and duloxetine; repeat MRI shows no new cause.",
      "Pain worsened by 4 points (MCID 2) over 175 days across three values while pregabalin and duloxetine were both "
      "active throughout.")
def sci_pain_worsening(cid):
    r = Rec(cid, "SCI")
    sci_base(r, "Karen", "Whitlock", "female", "1975-08-08", 662091, phone="+44 7700 900662")
    sc = sci_condition(r, "Traumatic paraplegia T10 AIS A (horse-riding fall 2020)", ("G82.1", "Spastic paraplegia"), "2020-04-19")
    np = r.cond(sct("247398009", "Neuropathic pain", "Below-level neuropathic pain (burning, both legs and perineum)"), "2021-01-01",
                recorded="2021-03-09", recorder="sci")
    r.cond(icd("N31.1", "Reflex neuropathic bladder, not elsewhere classified"), "2020-04-19", recorded="2020-07-01", recorder="uro")
    r.cond(icd("K59.2", "Neurogenic bowel, not elsewhere classified"), "2020-04-19", recorded="2020-07-01", recorder="sci")
    r.medstmt(atc("N03AX16", "pregabalin", "Pregabalin 300 mg capsules"), "2025-11-04", dosage="300 mg twice daily", reason_ref=np,
              source="sci", asserted="2026-11-10", note="Maximum dose since 11/2025; adherent.")
    r.medstmt(atc("N06AX21", "duloxetine", "Duloxetine 60 mg capsules"), "2026-01-13", dosage="60 mg once daily", reason_ref=np,
              source="sci", asserted="2026-11-10")
    r.medstmt(atc("G04BD08", "solifenacin", "Solifenacin 10 mg tablets"), "2020-07-01", dosage="10 mg daily", source="uro")
    sleep = loc(r, "assessment", "PAIN-SLEEP", "Pain interference with sleep (0-10)", "Pain interference with sleep")
    for d, v, s in (("2026-05-19", 4, 3), ("2026-08-11", 6, 6), ("2026-11-10", 8, 8)):
        e = r.enc(d, "Spinal pain clinic", prac="sci", reason_ref=np)
        nrs(r, d, v, enc=e)
        r.score(sleep, d, s, integer=True, enc=e)
    r.report(loc(r, "imaging", "MR-TSPINE", "MRI thoracic spine"), "2026-09-15", category="RAD", performer=r.org_ref,
             conclusion="Stable post-traumatic myelomalacia at T10. No syrinx, no cord tethering, no new compression.")
    r.labs("2026-08-11", [("crea", 0.6), ("alt", 19), ("hb", 12.8)])
    r.note("""Spinal Pain Clinic - 10/11/2026
Below-level burning pain steadily worse: NRS 8 (6 in August, 4 in May) despite pregabalin 600 mg/day (since 11/2025) and duloxetine 60 mg (since 01/2026), taken regularly.
Sleep badly disturbed, stopped volunteering. MRI thoracic spine 09/2026: no syrinx or new structural cause.
Plan: discuss options incl. referral to tertiary pain service; CBT-based pain management programme.""", "2026-11-10", "outpatient", "sci",
           title="Pain clinic letter")
    return r


# ---------------------------------------------------------------------------------------------
@case("WORSENING_DESPITE_TREATMENT", "near-miss", [], "SCI",
      "64-year-old man with T12 AIS A paraplegia whose neuropathic pain rose from NRS 3 to 7 after he stopped pregabalin "
      "in June 2026 because of dizziness; no neuropathic treatment has been running since.",
      "The worsening follows withdrawal of treatment: pregabalin was stopped in June and nothing replaced it, so the "
      "measure did not worsen while treatment was active throughout.")
def sci_pain_after_stop(cid):
    r = Rec(cid, "SCI")
    sci_base(r, "Peter", "Lawson", "male", "1962-12-05", 129457, phone="+44 7700 900129")
    sc = sci_condition(r, "Traumatic paraplegia T12 AIS A (industrial accident 2016)", ("G82.1", "Spastic paraplegia"), "2016-03-03")
    np = r.cond(sct("247398009", "Neuropathic pain", "Below-level neuropathic pain"), "2017-01-01", recorded="2017-04-11", recorder="sci")
    r.cond(icd("N31.1", "Reflex neuropathic bladder, not elsewhere classified"), "2016-03-03", recorded="2016-06-01", recorder="uro")
    r.medstmt(atc("N03AX16", "pregabalin", "Pregabalin 150 mg capsules"), "2025-10-07", end="2026-06-02", status="stopped",
              dosage="150 mg twice daily", reason_ref=np, source="sci", status_reason="Dizziness and weight gain - stopped by patient",
              note="Stopped by patient 02/06/2026 because of dizziness and 6 kg weight gain.")
    r.medstmt(atc("N02BE01", "paracetamol", "Paracetamol 500 mg tablets"), "2026-06-02", dosage="1 g up to four times daily as needed", source="sci")
    r.medstmt(atc("G04BD08", "solifenacin", "Solifenacin 5 mg tablets"), "2016-06-01", dosage="5 mg daily", source="uro")
    for d, v in (("2026-03-10", 3), ("2026-07-14", 5), ("2026-10-27", 7)):
        e = r.enc(d, "Spinal injuries outpatient review", prac="sci2", reason_ref=np)
        nrs(r, d, v, enc=e)
        r.vital("wt", d, {"2026-03-10": 92.0, "2026-07-14": 88.5, "2026-10-27": 87.6}[d], enc=e)
    r.note("""Spinal Injuries Outpatients - 14/07/2026
Stopped pregabalin on 02/06 because of dizziness and weight gain. Pain drifting up (NRS 5). Declines another agent for now; paracetamol only.""",
           "2026-07-14", "outpatient", "sci2", title="Outpatient letter")
    r.note("""Spinal Injuries Outpatients - 27/10/2026
Neuropathic pain NRS 7 since stopping pregabalin in June; no regular neuropathic medication since. No new neurological signs; level unchanged T12.
Plan: offered gabapentin titration or amitriptyline - patient will think about it and let us know.""", "2026-10-27", "outpatient", "sci2",
           title="Outpatient letter")
    r.medreq(atc("N03AX12", "gabapentin", "Gabapentin 300 mg capsules"), "2026-10-27", "300 mg at night, titrate to 600 mg three times daily",
             status="draft", intent="proposal", prac="sci2", reason_ref=np, note="Awaiting patient decision.")
    r.labs("2026-10-27", [("crea", 0.84), ("hb", 14.1), ("alt", 23)])
    return r


# ---------------------------------------------------------------------------------------------
@case("RARE_OR_COMPLEX_CONDITION", "positive", ["RARE_OR_COMPLEX_CONDITION"], "SCI",
      "42-year-old woman with genetically confirmed hereditary spastic paraplegia (SPG4, SPAST) admitted to "
      "neurorehabilitation for gait deterioration, with urinary urgency; scores stable between the last two visits.",
      "Active rare disease (hereditary spastic paraplegia, an Orphanet rare disease).")
def sci_hsp(cid):
    r = Rec(cid, "SCI")
    sci_base(r, "Emma", "Thornton", "female", "1984-01-17", 475560, phone="+44 7700 900475")
    hsp = r.cond(icd("G11.4", "Hereditary spastic paraplegia", text="Hereditary spastic paraplegia type 4 (SPG4, SPAST-related)"),
                 "2012-01-01", recorded="2019-06-18", recorder="neurorehab",
                 note="Pure HSP; father affected. Heterozygous pathogenic SPAST variant.")
    r.cond(icd("N31.0", "Uninhibited neuropathic bladder, not elsewhere classified"), "2020-01-01", recorded="2021-02-10", recorder="uro",
           note="Neurogenic detrusor overactivity with urgency.")
    r.report(cc((LNC, "51969-4", "Genetic analysis report"), text="SPAST gene analysis"), "2019-06-11", category="GE", performer=r.org_ref,
             conclusion="Heterozygous pathogenic SPAST variant c.1245+1G>A, consistent with SPG4 hereditary spastic paraplegia.")
    r.medstmt(atc("M03BX01", "baclofen", "Baclofen 10 mg tablets"), "2019-07-01", dosage="10 mg three times daily", reason_ref=hsp, source="neurorehab")
    r.medstmt(atc("G04BD12", "mirabegron", "Mirabegron 50 mg tablets"), "2021-02-10", dosage="50 mg daily", source="uro")
    sprs = loc(r, "assessment", "SPRS", "Spastic Paraplegia Rating Scale (0-52)", "SPRS")
    walk = loc(r, "function", "10MW", "10-metre walk speed", "10-metre walk speed")
    r.score(sprs, "2025-11-04", 18, integer=True, performer="neurorehab", cat="exam")
    r.obs(walk, "2025-11-04", 0.66, unit="m/s", ucum="m/s", cat="exam", interp=None, issued=False)
    adm = r.enc("2026-10-05", "Neurorehabilitation admission (gait and spasticity programme)", cls="IMP", prac="neurorehab", end="2026-10-30",
                reason_ref=hsp, admit=("outp", "From outpatient department"), discharge=("home", "Home"))
    r.score(sprs, "2026-10-06", 19, integer=True, performer="neurorehab", cat="exam", enc=adm)
    r.obs(walk, "2026-10-06", 0.62, unit="m/s", ucum="m/s", cat="exam", interp=None, issued=False, enc=adm)
    r.obs(loc(r, "assessment", "MAS-HIPADD", "Modified Ashworth Scale, hip adductors", "Modified Ashworth Scale (hip adductors)"), "2026-10-06",
          loc(r, "mas", "2", "MAS grade 2", "2"), cat="exam", interp=None, issued=False, enc=adm)
    r.labs("2026-10-06", [("hb", 13.2), ("crea", 0.66), ("vitd", 24), ("ck", 110)], enc=adm)
    r.proc(loc(r, "procedure", "GAIT-REHAB", "Intensive gait rehabilitation programme", "Intensive gait and spasticity rehabilitation (4 weeks)"),
           "2026-10-06", performer="physio", reason_ref=hsp, enc=adm)
    r.note("""Neurorehabilitation Discharge Summary (05/10/2026 - 30/10/2026)
Diagnosis: Hereditary spastic paraplegia (SPG4), genetically confirmed 2019; neurogenic detrusor overactivity.
Admitted for gait deterioration (more tripping, reduced walking distance). Programme: gait training, stretching, orthotic review (bilateral AFOs), baclofen unchanged.
SPRS 19 (18 in 11/2025). 10-m walk 0.62 m/s with 2 sticks.
Follow-up: HSP clinic 6-monthly; genetic counselling offered to her daughter (aged 16).""", "2026-10-30", "discharge", "neurorehab",
           title="Discharge summary", enc=adm)
    r.allergy(sct("387458008", "Aspirin", "Aspirin"), "2010-01-01", reaction=sct("126485001", "Urticaria", "Urticaria"))
    return r
