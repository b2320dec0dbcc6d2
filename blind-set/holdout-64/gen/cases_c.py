"""Organisation C: Riverside Pelvic Health & Continence Service (UK pelvic floor service).

WHO ICD-10 and SNOMED CT, local codes for bladder diaries, ICIQ scores, POP-Q, urodynamics and procedures,
ATC-coded medicines, notes in British English, NHS-style commissioning (integrated care board) as payer.
"""
from fhirkit import (Rec, cc, icd, loinc, sct, atc, txt, meta, V3ACT, SCT, ICD10)

PUBLIC = cc((V3ACT, "PUBLICPOL", "public healthcare"), text="NHS-commissioned care")


def setup(cid, given, family, birth, mrn, gp_practice, gp_name, line=None, postal=None, phone=None, marital=None):
    r = Rec(cid, "pf")
    r.hospital()
    icb = r.org("Riverside Integrated Care Board", "pay", "Riverside", "GB")
    r.gp_org = r.org(gp_practice, "prov", "Riverside", "GB")
    r.patient(given, family, "female", birth, mrn, line=line, postal=postal, phone=phone, marital=marital,
              extra_ident={"system": "https://fhir.riversidepelvichealth.org.uk/sid/legacy-pas-number",
                           "value": mrn.replace("RPH", "9")})
    r.cov = r.coverage(icb, PUBLIC, subscriber_id=mrn, start="2000-01-01")
    r.gp = r.pract(gp_name[0], gp_name[1], "Dr", "General practitioner", org=r.gp_org)
    return r


def assess(r, code, display):
    return r.local("assessments", code, display, text=display)


def pcode(r, code, display):
    return r.local("procedures", code, display, text=display)


def iciq(r, date, score, enc=None, who=None):
    return r.score(assess(r, "ICIQ-UI-SF", "ICIQ-UI Short Form total score"), date, score, enc=enc, who=who,
                   ref_text="0 (no symptoms) to 21 (very severe)")


def diary(r, date, freq, noct, maxvv, leaks, pads=None, intake=None, enc=None):
    comps = [(assess(r, "BD-FREQ", "Daytime voids per 24 h"), freq),
             (assess(r, "BD-NOCT", "Nocturia episodes per night"), noct),
             (assess(r, "BD-MAXVV", "Maximum voided volume"), maxvv, "mL"),
             (assess(r, "BD-LEAK", "Incontinence episodes per 24 h"), leaks)]
    if pads is not None:
        comps.append((assess(r, "BD-PADS", "Pads used per 24 h"), pads))
    if intake is not None:
        comps.append((assess(r, "BD-INTAKE", "Mean fluid intake per 24 h"), intake, "mL"))
    return r.obs(assess(r, "BD-3DAY", "3-day bladder diary summary"), date, cat="survey", enc=enc, comps=comps)


def pvr(r, date, ml, enc=None):
    return r.obs(assess(r, "PVR-SCAN", "Post-void residual volume (bladder scan)"), date, ml, "mL", high=100,
                 cat="exam", enc=enc)


def popq(r, date, aa, ba, c, ap, bp, tvl, stage, enc=None):
    comps = [(assess(r, "POPQ-AA", "POP-Q point Aa"), aa, "cm"), (assess(r, "POPQ-BA", "POP-Q point Ba"), ba, "cm"),
             (assess(r, "POPQ-C", "POP-Q point C"), c, "cm"), (assess(r, "POPQ-AP", "POP-Q point Ap"), ap, "cm"),
             (assess(r, "POPQ-BP", "POP-Q point Bp"), bp, "cm"), (assess(r, "POPQ-TVL", "POP-Q total vaginal length"), tvl, "cm")]
    return r.obs(assess(r, "POPQ", "Pelvic Organ Prolapse Quantification"), date, f"Stage {stage}", cat="exam", enc=enc,
                 comps=comps)


# ---------------------------------------------------------------------------------------------------------------
def c01(cid):
    """PERSISTENT_SYMPTOMS_NORMAL_WORKUP positive: pelvic pain with frequency/urgency recorded on four dates over 11
    weeks; cultures, urinalysis, ultrasound, urodynamics and cystoscopy all normal; discharged as 'no abnormality'."""
    r = setup(cid, "Laura", "Bennett", "1985-03-19", "RPH-2281947", "Millbrook Surgery", ("Owen", "Pritchard"),
              line="14 Willow Crescent", postal="RV4 7TQ", phone="+44 7700 900412", marital="M")
    cns = r.staff("cns")
    ug = r.staff("ug")
    uds = r.staff("uds")
    r.sr(txt("Referral to pelvic health service – pelvic pain and urinary frequency"), "2026-08-28", status="completed",
         intent="order", cat=[sct("3457005", "Patient referral")], who=r.gp, performer=[r.org_ref],
         reason=[sct("30473006", "Pain in pelvis"), sct("162116003", "Increased frequency of urination")])

    def symptoms(d, e, nrs):
        r.obs(loinc("75325-1", "Symptom"), d, sct("30473006", "Pain in pelvis", text="Suprapubic / pelvic pain"),
              cat="exam", enc=e)
        r.obs(loinc("75325-1", "Symptom"), d, sct("162116003", "Increased frequency of urination"), cat="exam", enc=e)
        r.obs(loinc("75325-1", "Symptom"), d, sct("75088002", "Urgent desire to urinate"), cat="exam", enc=e)
        r.obs(loinc("72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"), d, nrs, cat="survey", enc=e)

    e1 = r.enc("2026-09-07", type="Continence nurse assessment", who=cns, reason="Pelvic pain, frequency, urgency")
    symptoms("2026-09-07", e1, 6)
    r.lab("uwbc", "2026-09-07", 4, ("/[HPF]", "/[HPF]"), None, 10, enc=e1)
    r.lab("urbc", "2026-09-07", 1, ("/[HPF]", "/[HPF]"), None, 3, enc=e1)
    r.obs(loinc("630-4", "Bacteria identified in Urine by Culture"), "2026-09-07", "No significant growth", interp="N",
          enc=e1)
    r.note("2026-09-07", "Continence nurse assessment", """
        41-year-old, two vaginal deliveries. Around 6 weeks of suprapubic/pelvic ache, passing urine 12-14 times a day,
        urgency, no leakage. Pain worse with a full bladder, partly eased by voiding. No haematuria, no fever,
        no change in bowels, periods regular. Pain NRS 6/10.
        Urine microscopy and culture sent. 3-day bladder diary given. Advised reduce caffeine.
        """, author=cns, enc=e1)
    diary(r, "2026-09-21", 13, 1, 380, 0, pads=0, intake=1800)
    e2 = r.enc("2026-10-12", type="Consultant urogynaecology clinic", who=ug, reason="Pelvic pain, frequency")
    symptoms("2026-10-12", e2, 7)
    r.obs(loinc("630-4", "Bacteria identified in Urine by Culture"), "2026-10-12", "No significant growth", interp="N",
          enc=e2)
    r.report(txt("Ultrasound pelvis (transabdominal and transvaginal)"), "2026-10-12",
             conclusion="Normal uterus and ovaries. Bladder wall normal thickness. Post-void residual 20 mL. No pelvic mass.",
             cat="RUS", enc=e2)
    r.obs(txt("Chlamydia trachomatis and Neisseria gonorrhoeae NAAT (vulvovaginal swab)"), "2026-10-12",
          "Not detected", interp="N", enc=e2)
    r.note("2026-10-12", "Consultant urogynaecology clinic", """
        Symptoms unchanged: pelvic pain, frequency 13/day, urgency, voided volumes up to 380 mL. Examination: no
        prolapse, mild tenderness over bladder base, no vulval or vaginal abnormality. Cultures x2 negative,
        urinalysis normal, STI screen negative, pelvic ultrasound normal.
        Plan: urodynamics and flexible cystoscopy to exclude bladder pathology.
        """, author=ug, enc=e2)
    e3 = r.enc("2026-11-02", type="Urodynamics", who=uds, reason="Pelvic pain, frequency")
    uo = [r.obs(assess(r, "UDS-FSENS", "First sensation of filling"), "2026-11-02", 180, "mL", cat="procedure", enc=e3),
          r.obs(assess(r, "UDS-MCC", "Maximum cystometric capacity"), "2026-11-02", 460, "mL", 350, 550, cat="procedure", enc=e3),
          r.obs(assess(r, "UDS-DO", "Detrusor overactivity"), "2026-11-02", "Not demonstrated", cat="procedure", enc=e3,
                interp="N"),
          r.obs(assess(r, "UDS-QMAX", "Maximum flow rate"), "2026-11-02", 26, ("mL/s", "mL/s"), 15, None, cat="procedure", enc=e3),
          r.obs(assess(r, "UDS-USI", "Urodynamic stress incontinence"), "2026-11-02", "Not demonstrated", cat="procedure",
                enc=e3, interp="N")]
    r.report(assess(r, "UDS", "Multichannel cystometry and pressure-flow study"), "2026-11-02", uo,
             "Normal filling sensation and capacity, stable detrusor, no urodynamic stress incontinence, normal voiding.",
             cat="OTH", enc=e3, who=uds)
    e4 = r.enc("2026-11-16", type="Flexible cystoscopy (outpatient)", who=ug, reason="Pelvic pain, frequency")
    r.proc(pcode(r, "FLEXI-CYSTO", "Flexible cystoscopy"), date="2026-11-16", who=ug, enc=e4,
           outcome=txt("Normal urethra and bladder mucosa; no Hunner lesion, no stone, no tumour; normal ureteric orifices"))
    e5 = r.enc("2026-11-23", type="Consultant urogynaecology clinic", who=ug, reason="Results")
    symptoms("2026-11-23", e5, 7)
    r.note("2026-11-23", "Consultant urogynaecology clinic", """
        Results: urine cultures x2 negative, urinalysis normal, pelvic ultrasound normal, urodynamics normal (stable
        detrusor, capacity 460 mL), flexible cystoscopy normal.
        I have reassured Mrs Bennett that there is no abnormality of her bladder or pelvic organs. Discharged back
        to GP.
        Patient says the pain and frequency are no better (NRS 7/10), she is missing about two days of work a month,
        and asked "so what is causing it?" – explained that all investigations are normal.
        """, author=ug, enc=e5)
    return r, meta("PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "positive", ["PERSISTENT_SYMPTOMS_NORMAL_WORKUP"],
                   "Pelvic pain, frequency and urgency recorded on four dates over 11 weeks (07-09 to 23-11-2026); "
                   "cultures, urinalysis, STI screen, ultrasound, urodynamics and cystoscopy all normal; no diagnosis "
                   "made and she was discharged as 'no abnormality' while still symptomatic.",
                   "UK pelvic health: pelvic pain and frequency, all investigations normal, discharged without a "
                   "diagnosis")


# ---------------------------------------------------------------------------------------------------------------
def c02(cid):
    """DIAGNOSIS_SYMPTOM_MISMATCH positive: overactive bladder label (since 02/2026) while retention (PVR 320-410 mL),
    recurrent UTIs, perineal numbness and leg weakness appear; no neurological work-up."""
    r = setup(cid, "Margaret", "Holloway", "1967-06-30", "RPH-1904426", "Elm Park Medical Centre", ("Sunita", "Rao"),
              line="3 Station Road", postal="RV2 1AX", phone="+44 7700 900733", marital="M")
    ug = r.staff("ug2")
    cns = r.staff("cns")
    phy = r.staff("physio")
    e1 = r.enc("2026-02-16", type="Consultant urogynaecology clinic", who=ug, reason="Urgency, frequency")
    oab = r.cond(icd("N32.8", "Other specified disorders of bladder", text="Overactive bladder syndrome"),
                 onset="2026-02-16", who=ug, enc=e1)
    diary(r, "2026-02-09", 11, 2, 290, 1, pads=1, intake=1500, enc=e1)
    r.score(assess(r, "ICIQ-OAB", "ICIQ-OAB total score"), "2026-02-16", 10, enc=e1, ref_text="0-16")
    r.note("2026-02-16", "Consultant urogynaecology clinic", """
        58-year-old with urgency, frequency 11/day, nocturia x2, occasional urge leak. Bladder scan PVR 45 mL.
        Urinalysis normal. Neurological screen not documented.
        Impression: overactive bladder syndrome. Start solifenacin 5 mg, bladder retraining leaflet.
        """, author=ug, enc=e1)
    r.medstmt(atc("G04BD08", "solifenacin", text="Solifenacin 5 mg"), "2026-02-16", "5 mg once daily", status="stopped",
              end="2026-05-18", reason_ref=[oab], status_reason=[txt("Dry mouth, no benefit")])
    r.medstmt(atc("G04BD12", "mirabegron", text="Mirabegron 50 mg"), "2026-05-18", "50 mg once daily", reason_ref=[oab])
    e2 = r.enc("2026-05-18", type="Consultant urogynaecology clinic", who=ug, reason_ref=[oab])
    r.note("2026-05-18", "Urogynaecology clinic", """
        OAB not improved with solifenacin, dry mouth. Switched to mirabegron 50 mg. Bladder retraining.
        """, author=ug, enc=e2)
    back = r.cond(icd("M54.5", "Low back pain"), onset="2026-06-01", recorded="2026-08-24")
    u1 = r.obs(loinc("630-4", "Bacteria identified in Urine by Culture"), "2026-07-30",
               sct("112283007", "Escherichia coli", text="E. coli >10^5 CFU/mL"), interp="A")
    u2 = r.obs(loinc("630-4", "Bacteria identified in Urine by Culture"), "2026-09-25",
               sct("112283007", "Escherichia coli", text="E. coli >10^5 CFU/mL"), interp="A")
    e3 = r.enc("2026-08-24", type="Continence nurse review", who=cns, reason_ref=[oab])
    r.note("2026-08-24", "Continence nurse review", """
        Still urgency, now also hesitancy, poor stream, feeling of incomplete emptying; two UTIs treated by GP
        (July, and now another suspected). New low back ache since June. On mirabegron. Bladder scan not done
        today – machine unavailable.
        """, author=cns, enc=e3)
    e4 = r.enc("2026-10-19", type="Pelvic health physiotherapy", who=phy, reason_ref=[oab])
    pvr(r, "2026-10-19", 320, e4)
    r.note("2026-10-19", "Pelvic health physiotherapy", """
        Pelvic floor assessment. Reduced light-touch sensation perineum/left buttock (pt says "numb when I wipe"),
        weak anal squeeze (Oxford 1/5), left ankle dorsiflexion 4/5 – patient reports tripping on the left foot.
        Bladder scan PVR 320 mL. Back pain radiating to left leg.
        These findings are not typical of OAB alone – for consultant review.
        """, author=phy, enc=e4)
    e5 = r.enc("2026-11-16", type="Consultant urogynaecology clinic", who=ug, reason_ref=[oab])
    pvr(r, "2026-11-16", 410, e5)
    r.score(assess(r, "ICIQ-OAB", "ICIQ-OAB total score"), "2026-11-16", 10, enc=e5, ref_text="0-16")
    r.note("2026-11-16", "Consultant urogynaecology clinic", """
        OAB on mirabegron. PVR 410 mL today, recurrent UTIs.
        Impression: overactive bladder with incomplete emptying. Plan: continue mirabegron, teach clean intermittent
        self-catheterisation, review in 4 months.
        """, author=ug, enc=e5)
    r.sr(txt("Teaching of clean intermittent self-catheterisation"), "2026-11-16", intent="order", reason_ref=[oab], who=ug,
         performer=[cns], enc=e5)
    return r, meta("DIAGNOSIS_SYMPTOM_MISMATCH", "positive", ["DIAGNOSIS_SYMPTOM_MISMATCH"],
                   "The overactive-bladder label (active since 02/2026) cannot explain the urinary retention (PVR "
                   "320-410 mL), recurrent UTIs, perineal numbness, weak anal tone and foot drop that appeared later; "
                   "the label is continued without neurological work-up.",
                   "UK continence: 'overactive bladder' kept despite retention and new neurological signs")


# ---------------------------------------------------------------------------------------------------------------
def c03(cid):
    """MAJOR_PROCEDURE_PLANNED positive: laparoscopic sacrocolpopexy for stage III vault prolapse, Procedure in
    preparation for 26-01-2027 after two failed pessaries."""
    r = setup(cid, "Christine", "Walsh", "1960-11-11", "RPH-1577302", "Millbrook Surgery", ("Owen", "Pritchard"),
              line="88 Chapel Lane", postal="RV4 2LP", phone="+44 7700 900118", marital="M")
    ug = r.staff("ug")
    cns = r.staff("cns")
    anaes = r.staff("anaes")
    vault = r.cond(icd("N99.3", "Prolapse of vaginal vault after hysterectomy", text="Post-hysterectomy vault prolapse, POP-Q stage III"),
                   onset="2025-10-01", who=ug)
    htn = r.cond(icd("I10", "Essential (primary) hypertension"), onset="2014-01-01")
    thy = r.cond(icd("E06.3", "Autoimmune thyroiditis", text="Hashimoto's hypothyroidism"), onset="2009-01-01")
    r.proc(txt("Vaginal hysterectomy (for uterine prolapse)"), date="2012-05-14", reason=[txt("Uterine prolapse")])
    r.medstmt(atc("C09AA05", "ramipril", text="Ramipril 5 mg"), "2014-01-01", "5 mg once daily", reason_ref=[htn])
    r.medstmt(atc("H03AA01", "levothyroxine sodium", text="Levothyroxine 100 micrograms"), "2009-01-01", "100 micrograms daily",
              reason_ref=[thy])
    r.medstmt(atc("G03CA03", "estradiol", text="Estradiol 10 microgram vaginal tablets"), "2026-03-16", "1 twice weekly")
    e1 = r.enc("2026-03-16", type="Consultant urogynaecology clinic", who=ug, reason_ref=[vault])
    popq(r, "2026-03-16", 1, 2, 3, -1, 0, 8, "III", e1)
    r.proc(pcode(r, "PESS-RING", "Fitting of ring pessary"), date="2026-03-16", who=ug, enc=e1, reason_ref=[vault],
           outcome=txt("Expelled after 3 weeks"))
    r.proc(pcode(r, "PESS-GELL", "Fitting of Gellhorn pessary"), date="2026-05-11", who=ug, reason_ref=[vault],
           outcome=txt("Removed 07-2026 – vaginal erosion and bleeding"))
    r.score(assess(r, "PFDI20-POPDI", "POPDI-6 subscale of PFDI-20"), "2026-09-21", 62, ref_text="0-100")
    e2 = r.enc("2026-09-21", type="Consultant urogynaecology clinic", who=ug, reason_ref=[vault])
    r.note("2026-09-21", "Consultant urogynaecology clinic", """
        Vault prolapse stage III (C +3). Ring pessary expelled, Gellhorn caused erosion – pessaries failed.
        Bulge symptoms daily, has to digitate to open bowels. Options discussed: laparoscopic sacrocolpopexy,
        sacrospinous fixation, colpocleisis (not wanted – sexually active). She opts for laparoscopic
        sacrocolpopexy. Leaflet given. For pelvic floor MDT.
        """, author=ug, enc=e2)
    r.note("2026-10-05", "Pelvic floor MDT outcome", """
        MDT (urogynaecology, colorectal, physiotherapy, continence nursing): agree laparoscopic sacrocolpopexy with
        mesh; mesh-specific consent and entry in national pelvic floor registry required.
        """, author=ug, type=("11488-4", "Consult note"))
    e3 = r.enc("2026-11-24", type="Pre-operative assessment clinic", who=[anaes, cns], reason_ref=[vault])
    r.vitals("2026-11-24", e3, bp=(134, 80), hr=72, wt=71.0, ht=163, bmi=26.7)
    r.lab("hb", "2026-11-24", 131, "g/L", 115, 165, enc=e3)
    r.lab("crea_m", "2026-11-24", 74, "umol/L", 45, 84, enc=e3)
    r.lab("tsh", "2026-11-24", 2.1, ("mU/L", "m[IU]/L"), 0.3, 4.2, enc=e3)
    r.proc(pcode(r, "LAP-SCP", "Laparoscopic sacrocolpopexy with polypropylene mesh"), status="preparation",
           reason_ref=[vault], who=ug,
           note="Listed 05-10-2026; date of surgery 26-01-2027 (day of admission). Consent signed 09-11-2026. "
                "ASA 2 at pre-operative assessment 24-11-2026.")
    r.enc("2027-01-26", end="2027-01-28", cls="IMP", status="planned", type="Elective admission – urogynaecology theatre list",
          who=ug, reason_ref=[vault])
    return r, meta("MAJOR_PROCEDURE_PLANNED", "positive", ["MAJOR_PROCEDURE_PLANNED"],
                   "Laparoscopic mesh sacrocolpopexy is in preparation (Procedure status preparation, planned admission "
                   "26-01-2027) after failed pessaries – a major pelvic operation not yet performed.",
                   "UK urogynaecology: vault prolapse, laparoscopic sacrocolpopexy booked for 01/2027")


# ---------------------------------------------------------------------------------------------------------------
def c04(cid):
    """MAJOR_PROCEDURE_PLANNED near miss: only a pessary change (upsizing ring pessary) is in preparation; surgery was
    discussed and declined."""
    r = setup(cid, "Dorothy", "Clarke", "1953-04-08", "RPH-1288510", "Riverside Health Centre", ("James", "Holt"),
              line="5 Orchard Close", postal="RV1 3PE", phone="+44 1632 960455", marital="W")
    cns = r.staff("cns")
    ug = r.staff("ug2")
    cyst = r.cond(icd("N81.1", "Cystocele", text="Anterior vaginal wall prolapse, POP-Q stage II"), onset="2025-09-01", who=ug)
    htn = r.cond(icd("I10", "Essential (primary) hypertension"), onset="2010-01-01")
    hip = r.cond(icd("M16.0", "Primary coxarthrosis, bilateral", text="Hip osteoarthritis"), onset="2018-01-01")
    chol = r.cond(icd("E78.0", "Pure hypercholesterolaemia"), onset="2012-01-01")
    r.medstmt(atc("C08CA01", "amlodipine", text="Amlodipine 5 mg"), "2010-01-01", "5 mg once daily", reason_ref=[htn])
    r.medstmt(atc("C10AA01", "simvastatin", text="Simvastatin 20 mg"), "2012-01-01", "20 mg at night", reason_ref=[chol])
    r.medstmt(atc("N02BE01", "paracetamol", text="Paracetamol 1 g"), "2018-01-01", "1 g up to four times daily", reason_ref=[hip])
    r.medstmt(atc("G03CA04", "estriol", text="Estriol 0.1% vaginal cream"), "2025-11-10", "Twice weekly", reason_ref=[cyst])
    e1 = r.enc("2025-11-10", type="Consultant urogynaecology clinic", who=ug, reason_ref=[cyst])
    popq(r, "2025-11-10", 0, 1, -5, -2, -2, 9, "II", e1)
    r.note("2025-11-10", "Consultant urogynaecology clinic", """
        72-year-old with vaginal bulge. Stage II anterior wall prolapse (Ba +1), no SUI, PVR 30 mL.
        Options: watchful waiting, physiotherapy, pessary, anterior repair. She does not want an operation
        ("not at my age, I've seen enough hospitals") – prefers a pessary. 63 mm ring fitted, comfortable.
        Vaginal oestrogen. Six-monthly changes in nurse-led pessary clinic.
        """, author=ug, enc=e1)
    r.proc(pcode(r, "PESS-RING", "Fitting of ring pessary"), date="2025-11-10", who=ug, enc=e1, reason_ref=[cyst])
    e2 = r.enc("2026-05-18", type="Nurse-led pessary clinic", who=cns, reason_ref=[cyst])
    r.proc(pcode(r, "PESS-CHG", "Change of vaginal pessary"), date="2026-05-18", who=cns, enc=e2, reason_ref=[cyst],
           outcome=txt("63 mm ring replaced; no erosion"))
    e3 = r.enc("2026-11-16", type="Nurse-led pessary clinic", who=cns, reason_ref=[cyst])
    diary(r, "2026-11-09", 7, 1, 350, 0, pads=0, intake=1400, enc=e3)
    r.note("2026-11-16", "Nurse-led pessary clinic", """
        Ring slipping down after long walks, otherwise happy; bulge controlled most of the time. No erosion, no
        discharge. Plan: upsize to 70 mm ring – booked for 08-12-2026. Surgery offered again; she declines and is happy
        with the pessary. Continue estriol cream.
        """, author=cns, enc=e3)
    sr = r.sr(pcode(r, "PESS-CHG", "Change of vaginal pessary (upsizing to 70 mm ring)"), "2026-11-16", intent="order",
              reason_ref=[cyst], who=cns, performer=[r.org_ref], when="2026-12-08", enc=e3)
    r.proc(pcode(r, "PESS-CHG", "Change of vaginal pessary (upsizing to 70 mm ring)"), status="preparation",
           reason_ref=[cyst], who=cns, based_on=[sr], note="Booked nurse-led clinic 08-12-2026.")
    return r, meta("MAJOR_PROCEDURE_PLANNED", "near-miss", [],
                   "The only procedure in preparation is a nurse-led pessary change (upsizing a ring pessary) - a minor, "
                   "non-invasive procedure; prolapse surgery was offered and declined.",
                   "UK pessary clinic: cystocele managed with a ring pessary, upsizing booked, surgery declined")


# ---------------------------------------------------------------------------------------------------------------
def c05(cid):
    """UNTREATABLE_PROGNOSIS positive: 86-year-old with procidentia after three failed pessaries, judged unfit for
    anaesthesia; consultant note states no further treatment options (note only)."""
    r = setup(cid, "Edith", "Marshall", "1940-02-14", "RPH-0912745", "Riverside Health Centre", ("James", "Holt"),
              line="Flat 2, Beech House, Mill Street", postal="RV1 9DD", phone="+44 1632 960781", marital="W")
    ug = r.staff("ug")
    cns = r.staff("cns")
    anaes = r.staff("anaes")
    daughter = r.related("DAU", "natural daughter", "Susan", "Pearce", "female", "+44 7700 900561")
    proc_ = r.cond(icd("N81.3", "Complete uterovaginal prolapse", text="Procidentia with decubitus ulceration"),
                   onset="2025-12-01", who=ug)
    as_ = r.cond(icd("I35.0", "Aortic (valve) stenosis", text="Severe aortic stenosis (AVA 0.8 cm2)"), onset="2021-01-01")
    copd = r.cond(icd("J44.8", "Other specified chronic obstructive pulmonary disease", text="COPD, FEV1 38% predicted"),
                  onset="2008-01-01")
    htn = r.cond(icd("I10", "Essential (primary) hypertension"), onset="2000-01-01")
    for code, disp, text, dose in [("R03AL03", "vilanterol and umeclidinium bromide", "Umeclidinium/vilanterol inhaler", "1 puff daily"),
                                   ("C03CA01", "furosemide", "Furosemide 20 mg", "20 mg each morning"),
                                   ("C07AB07", "bisoprolol", "Bisoprolol 2.5 mg", "2.5 mg daily")]:
        r.medstmt(atc(code, disp, text=text), "2024-01-01", dose)
    e1 = r.enc("2026-05-11", type="Consultant urogynaecology clinic", who=ug, reason_ref=[proc_])
    popq(r, "2026-05-11", 3, 6, 7, 3, 5, 8, "IV", e1)
    r.proc(pcode(r, "PESS-RING", "Fitting of ring pessary"), date="2026-05-11", who=ug, enc=e1, reason_ref=[proc_],
           outcome=txt("Fell out same evening"))
    r.proc(pcode(r, "PESS-GELL", "Fitting of Gellhorn pessary"), date="2026-06-22", who=ug, reason_ref=[proc_],
           outcome=txt("Expelled after 10 days"))
    r.proc(pcode(r, "PESS-SHELF", "Fitting of shelf pessary"), date="2026-07-20", who=ug, reason_ref=[proc_],
           outcome=txt("Removed 03-08-2026 – pain and bleeding"))
    e2 = r.enc("2026-09-14", type="Anaesthetic high-risk assessment clinic", who=anaes, reason_ref=[proc_])
    r.note("2026-09-14", "Anaesthetic assessment", """
        86-year-old. Severe AS (AVA 0.8 cm2, mean gradient 44 mmHg), COPD FEV1 38%, exercise tolerance 20 yards.
        Very high risk for general anaesthesia; neuraxial block also high risk with severe AS.
        Not suitable for a general or spinal anaesthetic for prolapse surgery.
        """, author=anaes, enc=e2, type=("11488-4", "Consult note"))
    r.lab("hb", "2026-09-14", 118, "g/L", 115, 165, enc=e2)
    r.lab("egfr", "2026-09-14", 52, ("mL/min/1.73 m2", "mL/min/{1.73_m2}"), 60, None, enc=e2)
    e3 = r.enc("2026-10-26", type="Consultant urogynaecology clinic", who=[ug, cns], reason_ref=[proc_])
    r.medreq(atc("G03CA04", "estriol", text="Estriol 0.1% vaginal cream"), "2026-10-26", "Apply to prolapse nightly x2 weeks then twice weekly",
             reason_ref=[proc_], who=ug, enc=e3)
    r.note("2026-10-26", "Consultant urogynaecology clinic", """
        Seen with daughter Susan. Procidentia with ulcer on the cervix; three pessaries (ring, Gellhorn, shelf) have
        failed. Anaesthetic opinion: unfit for general or spinal anaesthesia.
        Surgical options including colpocleisis are therefore not possible. There are no further treatment options
        available for her prolapse.
        Plan: conservative management only – pads, barrier cream, vaginal oestrogen to heal the ulcer, district nurse
        support. Palliative approach to the prolapse agreed with Mrs Marshall and her daughter.
        Discharged from the urogynaecology clinic to GP and community nursing.
        """, author=ug, enc=e3)
    return r, meta("UNTREATABLE_PROGNOSIS", "positive", ["UNTREATABLE_PROGNOSIS"],
                   "The consultant's note (only there) states there are no further treatment options for her active "
                   "procidentia and agrees a palliative approach; no second opinion on options such as colpocleisis "
                   "under local anaesthesia is on record.",
                   "UK urogynaecology: frail 86-year-old with procidentia declared untreatable after failed pessaries")


# ---------------------------------------------------------------------------------------------------------------
def c06(cid):
    """HIGH_IMPACT_TREATMENT positive: end colostomy formed 20-10-2026 for refractory faecal incontinence after
    obstetric anal sphincter injury; stoma care ongoing."""
    r = setup(cid, "Rebecca", "Lawson", "1977-08-21", "RPH-1733018", "Elm Park Medical Centre", ("Sunita", "Rao"),
              line="27 Kingfisher Way", postal="RV3 8HN", phone="+44 7700 900264", marital="M")
    crs = r.staff("crs")
    stoma = r.staff("stoma")
    phy = r.staff("physio")
    r.cond(icd("O70.2", "Third degree perineal laceration during delivery", text="OASI grade 3c (2003), primary repair"),
           onset="2003-04-12", status="resolved", abate="2003-06-01")
    fi = r.cond(icd("R15", "Faecal incontinence", text="Severe faecal incontinence, post-OASI"), onset="2015-01-01", who=crs,
                status="resolved", abate="2026-10-20", note="Managed by end colostomy 20-10-2026.")
    r.proc(txt("Overlapping anal sphincteroplasty"), date="2019-03-05", reason_ref=[fi], outcome=txt("Short-lived benefit"))
    r.proc(txt("Sacral nerve stimulator implantation"), date="2023-02-14", reason_ref=[fi],
           outcome=txt("Loss of efficacy; explanted 2025"))
    r.medstmt(atc("A07DA03", "loperamide", text="Loperamide 2 mg"), "2016-01-01", "4 mg twice daily", status="stopped",
              end="2026-10-20", reason_ref=[fi])
    r.score(assess(r, "SMIS", "St Mark's (Vaizey) incontinence score"), "2026-06-08", 21, ref_text="0 (continent) to 24")
    r.note("2026-08-03", "Colorectal / pelvic floor MDT", """
        Refractory faecal incontinence (St Mark's 21/24) after 3c OASI. Failed: conservative (loperamide, diet),
        biofeedback x2, sphincteroplasty 2019, SNS 2023 (explanted 2025), transanal irrigation (not tolerated).
        Housebound, stopped working. MDT: offer end sigmoid colostomy; patient keen after stoma nurse meeting.
        """, author=crs, type=("11488-4", "Consult note"))
    e1 = r.enc("2026-10-20", end="2026-10-24", cls="IMP", type="Elective admission – colorectal surgery", who=crs,
               reason_ref=[fi])
    col = r.proc(pcode(r, "LAP-END-COL", "Laparoscopic formation of end sigmoid colostomy"), date="2026-10-20", who=crs,
                 enc=e1, reason_ref=[fi], outcome=txt("Uncomplicated; stoma functioning day 2"))
    ost = r.cond(icd("Z93.3", "Colostomy status", text="End sigmoid colostomy (permanent)"), onset="2026-10-20", who=crs)
    r.note("2026-10-24", "Discharge summary", """
        Laparoscopic end sigmoid colostomy 20-10-2026 for refractory faecal incontinence. Uneventful recovery,
        stoma active day 2, taught bag changes. Discharged day 4 with stoma supplies, community stoma nurse follow-up.
        """, author=crs, enc=e1, type=("18842-5", "Discharge summary"))
    for d, txt_ in [("2026-10-29", "Community stoma nurse visit"), ("2026-11-12", "Stoma clinic")]:
        e = r.enc(d, cls="HH" if "Community" in txt_ else "AMB", type=txt_, who=stoma, reason_ref=[ost])
        last = e
    r.medreq(txt("One-piece closed colostomy pouches, 38 mm"), "2026-10-24", "Up to 3 per day",
             reason_ref=[ost], who=stoma)
    r.medreq(txt("Adhesive remover spray and barrier film wipes"), "2026-10-24", "As needed with bag changes",
             reason_ref=[ost], who=stoma)
    r.note("2026-11-12", "Stoma clinic", """
        Three weeks post-op. Stoma healthy, 35 mm, output formed. Managing changes independently.
        Finds looking at the stoma hard, body image a struggle, avoiding intimacy; worried about returning to work as
        a teaching assistant. Offered psychology referral and stoma support group. Hernia-prevention advice.
        """, author=stoma, enc=last)
    return r, meta("HIGH_IMPACT_TREATMENT", "positive", ["HIGH_IMPACT_TREATMENT"],
                   "A permanent end colostomy was formed on 20-10-2026 and stoma care is under way - an ostomy is a "
                   "treatment that severely impacts quality of life (already performed, so not a planned procedure).",
                   "UK pelvic floor/colorectal: permanent colostomy formed for refractory faecal incontinence")


# ---------------------------------------------------------------------------------------------------------------
def c07(cid):
    """PATIENT_REPORTED_CONCERN positive (also MAJOR_PROCEDURE_PLANNED): pre-operative questionnaire answers 'Yes'
    to wanting a second opinion before the listed vaginal hysterectomy and repair."""
    r = setup(cid, "Janet", "Harding", "1965-05-05", "RPH-1820663", "Millbrook Surgery", ("Owen", "Pritchard"),
              line="61 Riverside Terrace", postal="RV4 5BS", phone="+44 7700 900907", marital="M")
    ug = r.staff("ug2")
    phy = r.staff("physio")
    cns = r.staff("cns")
    pol = r.cond(icd("N81.2", "Incomplete uterovaginal prolapse", text="Uterovaginal prolapse, POP-Q stage III"),
                 onset="2025-11-01", who=ug)
    sui = r.cond(icd("N39.3", "Stress incontinence", text="Mild stress urinary incontinence"), onset="2024-01-01")
    e1 = r.enc("2026-03-09", type="Pelvic health physiotherapy", who=phy, reason_ref=[pol])
    r.careplan("Supervised pelvic floor muscle training", "2026-03-09", end="2026-06-29", status="completed", addresses=[pol, sui],
               who=phy, activities=[("PFMT 3 sets daily, 6 supervised sessions", "completed", None)])
    e2 = r.enc("2026-09-14", type="Consultant urogynaecology clinic", who=ug, reason_ref=[pol])
    popq(r, "2026-09-14", 1, 2, 2, 0, 1, 9, "III", e2)
    iciq(r, "2026-09-14", 6, e2)
    r.note("2026-09-14", "Consultant urogynaecology clinic", """
        Bulge symptoms despite 4 months of PFMT. Stage III uterovaginal prolapse (C +2).
        Recommend vaginal hysterectomy with anterior and posterior repair. She would like to "get it sorted".
        Listed for surgery.
        """, author=ug, enc=e2)
    op = r.sr(pcode(r, "VH-APR", "Vaginal hysterectomy with anterior and posterior colporrhaphy"), "2026-10-05",
              intent="order", cat=[sct("387713003", "Surgical procedure")], reason_ref=[pol], who=ug,
              performer=[r.org_ref], when="2027-01-14", insurance=[r.cov])
    e3 = r.enc("2026-11-20", type="Pre-operative assessment clinic", who=cns, reason_ref=[pol])
    r.vitals("2026-11-20", e3, bp=(128, 78), hr=70, wt=74.0, ht=165, bmi=27.2)
    r.lab("hb", "2026-11-20", 136, "g/L", 115, 165, enc=e3)
    r.qr("https://fhir.riversidepelvichealth.org.uk/Questionnaire/pre-op-patient-questionnaire", "2026-11-20", [
        ("1", "Do you understand the operation you are listed for?", "Yes"),
        ("2", "Were you given information about other options (for example a pessary or physiotherapy)?",
         "No - I was told surgery was the only thing left"),
        ("3", "Do you feel your concerns have been listened to?", "No"),
        ("4", "Would you like a second opinion from another consultant before your operation?", "Yes"),
        ("5", "Anything else you would like us to know?",
         "I was told I had no other choice. My sister manages with a ring pessary. I would like another consultant "
         "to look at me and tell me whether a pessary or a smaller operation that keeps my womb would work "
         "before I go ahead."),
    ], author=r.pat, source=r.pat, enc=e3, status="completed")
    r.note("2026-11-20", "Pre-operative assessment", """
        Fit for surgery (ASA 1). Patient questionnaire completed - she has asked for a second opinion before
        surgery. Passed to Mr Okafor's secretary. Surgery date 14-01-2027 remains booked for now.
        """, author=cns, enc=e3)
    return r, meta("PATIENT_REPORTED_CONCERN", "positive", ["PATIENT_REPORTED_CONCERN", "MAJOR_PROCEDURE_PLANNED"],
                   "In her pre-operative questionnaire the patient answers 'Yes' to wanting a second opinion and "
                   "'No' to feeling listened to; the vaginal hysterectomy with anterior and posterior repair is still "
                   "ordered for 14-01-2027, so the major procedure criterion is met as well.",
                   "UK urogynaecology: patient asks for a second opinion in the pre-op questionnaire before a booked "
                   "vaginal hysterectomy and repair")


# ---------------------------------------------------------------------------------------------------------------
def c08(cid):
    """WORSENING_DESPITE_TREATMENT positive: urge-predominant incontinence, ICIQ-UI SF 11 -> 18 over 9 months on
    continuous solifenacin plus supervised bladder training/PFMT."""
    r = setup(cid, "Anne-Marie", "Foster", "1972-01-27", "RPH-2044871", "Riverside Health Centre", ("James", "Holt"),
              line="9 Heron Court", postal="RV1 6GG", phone="+44 7700 900390", marital="D")
    ug = r.staff("ug")
    phy = r.staff("physio")
    cns = r.staff("cns")
    uds = r.staff("uds")
    e0 = r.enc("2026-02-23", type="Urodynamics", who=uds, reason="Mixed urinary incontinence, urge predominant")
    do = r.obs(assess(r, "UDS-DO", "Detrusor overactivity"), "2026-02-23", "Phasic detrusor overactivity with leakage at 210 mL",
               cat="procedure", enc=e0, interp="A")
    r.report(assess(r, "UDS", "Multichannel cystometry and pressure-flow study"), "2026-02-23", [do],
             "Detrusor overactivity incontinence; minor urodynamic stress incontinence.", cat="OTH", enc=e0, who=uds)
    ui = r.cond(icd("N39.4", "Other specified urinary incontinence", text="Urge-predominant mixed urinary incontinence (detrusor overactivity)"),
                onset="2026-02-23", who=ug)
    r.cond(icd("E66.0", "Obesity due to excess calories"), onset="2018-01-01")
    r.medstmt(atc("G04BD08", "solifenacin", text="Solifenacin"), "2026-03-02",
              "5 mg once daily from 02-03-2026; increased to 10 mg once daily on 15-06-2026", reason_ref=[ui],
              note="Adherence confirmed at each review and by repeat-prescription record.")
    r.careplan("Bladder training and supervised pelvic floor muscle training", "2026-03-02", addresses=[ui], who=phy,
               activities=[("Bladder retraining - timed voiding, urge suppression", "in-progress", None),
                           ("Supervised PFMT, review every 6-8 weeks", "in-progress", None),
                           ("Fluid and caffeine advice", "in-progress", None)])
    rows = [("2026-03-02", 11, (10, 2, 220, 2, 2)), ("2026-06-15", 14, (11, 2, 210, 3, 3)),
            ("2026-09-07", 16, (12, 3, 190, 5, 4)), ("2026-11-23", 18, (13, 3, 180, 6, 5))]
    encs = []
    for d, score, (f, n, vv, lk, pads) in rows:
        e = r.enc(d, type="Urogynaecology / continence review", who=[ug, phy] if d != "2026-09-07" else [phy],
                  reason_ref=[ui])
        encs.append(e)
        iciq(r, d, score, e)
        diary(r, d, f, n, vv, lk, pads=pads, intake=1600, enc=e)
    r.note("2026-06-15", "Urogynaecology review", """
        Urgency incontinence persisting, ICIQ-UI SF 14 (11 in March). Adherent to solifenacin 5 mg and bladder
        training. Increase solifenacin to 10 mg. Continue physiotherapy.
        """, author=ug, enc=encs[1])
    r.note("2026-11-23", "Urogynaecology review", """
        Worse despite 9 months of solifenacin (10 mg since June) and supervised bladder training/PFMT with good
        adherence: ICIQ-UI SF 18 (11 -> 14 -> 16 -> 18), leaks 6/day, 5 pads/day, nocturia x3.
        Urine culture negative. PVR 40 mL.
        Plan: continue current treatment for now; review in 3 months.
        """, author=ug, enc=encs[3])
    r.obs(loinc("630-4", "Bacteria identified in Urine by Culture"), "2026-11-23", "No significant growth", interp="N",
          enc=encs[3])
    pvr(r, "2026-11-23", 40, encs[3])
    return r, meta("WORSENING_DESPITE_TREATMENT", "positive", ["WORSENING_DESPITE_TREATMENT"],
                   "ICIQ-UI SF rose 11 -> 14 -> 16 -> 18 over 9 months (7 points, above the ~3-point important "
                   "difference) while solifenacin and supervised bladder training/PFMT were active throughout. The "
                   "worsening reflects the disease, not harm from a high-impact treatment.",
                   "UK continence: urge incontinence worsening on four ICIQ scores despite solifenacin and bladder "
                   "training")


# ---------------------------------------------------------------------------------------------------------------
def c09(cid):
    """RARE_OR_COMPLEX_CONDITION positive: adult with classic bladder exstrophy (augmentation, Mitrofanoff) now with
    uterine prolapse; shared care with a national exstrophy centre."""
    r = setup(cid, "Hannah", "Whitlock", "1992-03-08", "RPH-2190337", "Elm Park Medical Centre", ("Sunita", "Rao"),
              line="40 Larch Avenue", postal="RV2 4QW", phone="+44 7700 900845", marital="M")
    ug = r.staff("ug")
    uro = r.staff("uro")
    phy = r.staff("physio")
    nec = r.org("Northern Adult Exstrophy Centre", "prov", "Northbridge", "GB")
    bex = r.cond(icd("Q64.1", "Exstrophy of urinary bladder", text="Classic bladder exstrophy"), onset="1992-03-08",
                 who=uro, note="Primary closure 1992, bladder neck reconstruction 1997, ileal augmentation cystoplasty with "
                               "Mitrofanoff appendicovesicostomy 2001.")
    r.proc(txt("Primary bladder closure and pelvic osteotomy"), date="1992-03-20", reason_ref=[bex])
    r.proc(txt("Ileal augmentation cystoplasty with Mitrofanoff appendicovesicostomy"), date="2001-07-11", reason_ref=[bex])
    mit = r.cond(icd("Z93.8", "Other artificial opening status", text="Continent catheterisable stoma (Mitrofanoff)"),
                 onset="2001-07-11")
    pol = r.cond(icd("N81.2", "Incomplete uterovaginal prolapse", text="Uterine prolapse POP-Q stage II (exstrophy-related)"),
                 onset="2025-12-01", who=ug)
    r.medstmt(txt("Hydrophilic catheters 12 Ch for Mitrofanoff"), "2001-08-01", "Catheterise 5 times daily; bladder washout twice weekly",
              reason_ref=[bex])
    r.medstmt(atc("B03BA03", "hydroxocobalamin", text="Hydroxocobalamin 1 mg injection"), "2020-01-01", "1 mg every 3 months",
              note="B12 replacement after ileal augmentation.")
    e1 = r.enc("2026-06-08", type="Consultant urogynaecology clinic", who=ug, reason_ref=[pol])
    popq(r, "2026-06-08", -1, -1, 0, -2, -2, 7, "II", e1)
    r.lab("egfr", "2026-06-08", 94, ("mL/min/1.73 m2", "mL/min/{1.73_m2}"), 60, None, enc=e1)
    r.lab("b12", "2026-06-08", 312, ("ng/L", "ng/L"), 197, 771, enc=e1)
    r.note("2026-06-08", "Consultant urogynaecology clinic", """
        34-year-old with classic bladder exstrophy (anteriorly displaced vagina, wide pubic diastasis, short
        perineum), augmentation and Mitrofanoff. Uterine prolapse stage II since the birth of her son by caesarean
        in 2025. Prolapse is common in exstrophy because of the abnormal pelvic floor anatomy; standard repairs have
        high failure rates. Wants more children.
        Plan: pelvic health physiotherapy, discuss in joint clinic with the national adult exstrophy service; any
        future uterine suspension to be planned there after family completion.
        """, author=ug, enc=e1)
    e2 = r.enc("2026-09-14", type="Pelvic health physiotherapy", who=phy, reason_ref=[pol])
    r.sr(txt("Shared care - joint clinic, adult exstrophy service"), "2026-06-08", status="completed", intent="order",
         cat=[sct("3457005", "Patient referral")], reason_ref=[bex, pol], who=ug, performer=[nec])
    e3 = r.enc("2026-11-09", type="Joint clinic - urogynaecology and adult exstrophy service", who=[ug, uro],
               reason_ref=[bex, pol])
    r.proc(pcode(r, "PESS-RING", "Fitting of ring pessary"), date="2026-11-09", who=ug, enc=e3, reason_ref=[pol],
           outcome=txt("58 mm ring, retained on standing and coughing"))
    r.note("2026-11-09", "Joint clinic", """
        Joint urogynaecology / exstrophy review. Mitrofanoff catheterising well, dry between catheterisations,
        eGFR 94, B12 replete. Prolapse managed with a ring pessary trial for now. No surgery planned while she
        is hoping for another pregnancy. Annual joint review, upper tract ultrasound yearly.
        """, author=uro, enc=e3)
    return r, meta("RARE_OR_COMPLEX_CONDITION", "positive", ["RARE_OR_COMPLEX_CONDITION"],
                   "Classic bladder exstrophy is an Orphanet rare disease and is active (augmented bladder, "
                   "Mitrofanoff, exstrophy-related prolapse under shared specialist care); no surgery is planned.",
                   "UK urogynaecology: adult bladder exstrophy with uterine prolapse, pessary trial in joint clinic")


# ---------------------------------------------------------------------------------------------------------------
def c10(cid):
    """DIAGNOSIS_SYMPTOM_MISMATCH near miss: 'urinary incontinence, unspecified' (R32) was a 5-week triage label,
    replaced by stress urinary incontinence once the bladder diary and cough stress examination were done."""
    r = setup(cid, "Kelly", "Morgan", "1979-09-15", "RPH-2305516", "Millbrook Surgery", ("Owen", "Pritchard"),
              line="12 Poplar Row", postal="RV4 1JJ", phone="+44 7700 900633", marital="M")
    cns = r.staff("cns")
    phy = r.staff("physio")
    r.sr(txt("Referral to continence service - leakage"), "2026-10-01", status="completed", intent="order",
         cat=[sct("3457005", "Patient referral")], who=r.gp, performer=[r.org_ref])
    e1 = r.enc("2026-10-22", type="Continence nurse triage", who=cns, reason="Urinary leakage")
    ui = r.cond(icd("R32", "Unspecified urinary incontinence"), onset="2026-10-22", status="inactive",
                cat="encounter-diagnosis", enc=e1, who=cns, abate="2026-11-26",
                note="Triage label pending bladder diary; superseded by N39.3 stress incontinence on 26-11-2026.")
    r.lab("uwbc", "2026-10-22", 2, ("/[HPF]", "/[HPF]"), None, 10, enc=e1)
    r.lab("urbc", "2026-10-22", 0, ("/[HPF]", "/[HPF]"), None, 3, enc=e1)
    pvr(r, "2026-10-22", 15, e1)
    iciq(r, "2026-10-22", 9, e1)
    r.note("2026-10-22", "Continence nurse triage", """
        47-year-old, three vaginal births. Leaks with coughing, sneezing and running for 2 years, worse since taking up
        running. No urgency. Urinalysis normal, PVR 15 mL. 3-day bladder diary given; physiotherapy assessment booked.
        """, author=cns, enc=e1)
    diary(r, "2026-11-19", 7, 0, 420, 1, pads=1, intake=1900)
    e2 = r.enc("2026-11-26", type="Pelvic health physiotherapy assessment", who=phy, reason="Urinary leakage")
    r.obs(assess(r, "CST", "Cough stress examination (supine, comfortably full bladder)"), "2026-11-26", "Positive - leakage with cough",
          cat="exam", enc=e2, interp="A")
    r.obs(assess(r, "OXF", "Modified Oxford scale - pelvic floor muscle strength"), "2026-11-26", 2, cat="exam", enc=e2)
    sui = r.cond(icd("N39.3", "Stress incontinence"), onset="2026-11-26", enc=e2, who=phy)
    r.careplan("Supervised pelvic floor muscle training (3 months)", "2026-11-26", addresses=[sui], who=phy, enc=e2,
               activities=[("PFMT 3 x daily with app; review 6-weekly", "in-progress", None)])
    r.note("2026-11-26", "Pelvic health physiotherapy", """
        Bladder diary: 7 voids/day, no nocturia, max voided volume 420 mL, leaks only on exertion.
        Positive cough stress examination, Oxford 2/5. Diagnosis: stress urinary incontinence.
        Plan: 3-month supervised PFMT, return to running with pelvic floor programme.
        """, author=phy, enc=e2)
    return r, meta("DIAGNOSIS_SYMPTOM_MISMATCH", "near-miss", [],
                   "The unspecified 'urinary incontinence' (R32) label lasted only 5 weeks as a triage holding code and "
                   "was replaced by stress urinary incontinence, which fits the diary and examination findings.",
                   "UK continence triage: R32 holding label replaced within 5 weeks by stress incontinence")


CASES = [c01, c02, c03, c04, c05, c06, c07, c08, c09, c10]
