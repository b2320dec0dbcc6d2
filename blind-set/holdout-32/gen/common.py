"""Shared per-organisation helpers: case set-up, labs, visits, notes, medications."""
import datetime as _dt

from fhirkit import *  # noqa: F401,F403
from fhirkit import (Case, cc, coding, sct, icd, lnc, rx, cpt, hcpcs, qty, text_cc, dt, add_days, V3_ACT, DIAG_ROLE,
                     V2_0074, NPI, OBS_CAT, ADMIT_SRC, DISCH_DISP)
from orgs import (new_case, patient, payer, epic_dx, epic_proc, epic_lab_code, epic_flo, epic_note_type,
                  epic_enc_type, ed_enc_type, ed_dx, ed_order, ed_note_type, rh_measure, rh_visit, rh_note_type,
                  pd_problem, pd_visit, pd_note_type, EPIC_ERX, ED_SYS, RH_SYS, PD_SYS)

# key: (LOINC, LOINC long name, short name, unit display, UCUM, low, high, local component id)
LABS = {
    "hgb": ("718-7", "Hemoglobin [Mass/volume] in Blood", "Hemoglobin", "g/dL", "g/dL", 12.0, 15.5, "1230000061"),
    "wbc": ("6690-2", "Leukocytes [#/volume] in Blood by Automated count", "WBC", "K/uL", "10*3/uL", 4.0, 11.0, "1230000058"),
    "plt": ("777-3", "Platelets [#/volume] in Blood by Automated count", "Platelets", "K/uL", "10*3/uL", 150, 400, "1230000067"),
    "mcv": ("787-2", "MCV [Entitic volume] by Automated count", "MCV", "fL", "fL", 80, 100, "1230000064"),
    "na": ("2951-2", "Sodium [Moles/volume] in Serum or Plasma", "Sodium", "mmol/L", "mmol/L", 136, 145, "1230000101"),
    "k": ("2823-3", "Potassium [Moles/volume] in Serum or Plasma", "Potassium", "mmol/L", "mmol/L", 3.5, 5.1, "1230000102"),
    "cl": ("2075-0", "Chloride [Moles/volume] in Serum or Plasma", "Chloride", "mmol/L", "mmol/L", 98, 107, "1230000103"),
    "co2": ("2028-9", "Carbon dioxide, total [Moles/volume] in Serum or Plasma", "CO2", "mmol/L", "mmol/L", 22, 29, "1230000104"),
    "bun": ("3094-0", "Urea nitrogen [Mass/volume] in Serum or Plasma", "BUN", "mg/dL", "mg/dL", 7, 20, "1230000105"),
    "cr": ("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", "Creatinine", "mg/dL", "mg/dL", 0.6, 1.2, "1230000106"),
    "egfr": ("98979-8", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI 2021)",
             "eGFR (CKD-EPI 2021)", "mL/min/1.73m2", "mL/min/{1.73_m2}", 60, None, "1230000107"),
    "glu": ("2345-7", "Glucose [Mass/volume] in Serum or Plasma", "Glucose", "mg/dL", "mg/dL", 70, 99, "1230000108"),
    "ca": ("17861-6", "Calcium [Mass/volume] in Serum or Plasma", "Calcium", "mg/dL", "mg/dL", 8.6, 10.3, "1230000109"),
    "alt": ("1742-6", "Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma", "ALT", "U/L", "U/L", 7, 45, "1230000110"),
    "ast": ("1920-8", "Aspartate aminotransferase [Enzymatic activity/volume] in Serum or Plasma", "AST", "U/L", "U/L", 10, 40, "1230000111"),
    "alb": ("1751-7", "Albumin [Mass/volume] in Serum or Plasma", "Albumin", "g/dL", "g/dL", 3.5, 5.0, "1230000112"),
    "tp": ("2885-2", "Protein [Mass/volume] in Serum or Plasma", "Total protein", "g/dL", "g/dL", 6.0, 8.3, "1230000113"),
    "tbili": ("1975-2", "Bilirubin.total [Mass/volume] in Serum or Plasma", "Bilirubin, total", "mg/dL", "mg/dL", 0.1, 1.2, "1230000114"),
    "alp": ("6768-6", "Alkaline phosphatase [Enzymatic activity/volume] in Serum or Plasma", "Alkaline phosphatase", "U/L", "U/L", 40, 130, "1230000115"),
    "tsh": ("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", "TSH", "mIU/L", "m[IU]/L", 0.4, 4.0, "1230000201"),
    "crp": ("1988-5", "C reactive protein [Mass/volume] in Serum or Plasma", "CRP", "mg/L", "mg/L", None, 10, "1230000301"),
    "esr": ("30341-2", "Erythrocyte sedimentation rate", "ESR", "mm/hr", "mm/h", 0, 20, "1230000302"),
    "ferritin": ("2276-4", "Ferritin [Mass/volume] in Serum or Plasma", "Ferritin", "ng/mL", "ng/mL", 24, 336, "1230000303"),
    "iron": ("2498-4", "Iron [Mass/volume] in Serum or Plasma", "Iron", "ug/dL", "ug/dL", 60, 170, "1230000304"),
    "tsat": ("2502-3", "Iron saturation [Mass Fraction] in Serum or Plasma", "Iron saturation", "%", "%", 20, 50, "1230000305"),
    "a1c": ("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "Hemoglobin A1c", "%", "%", 4.0, 5.6, "1230000401"),
    "ldl": ("13457-7", "Cholesterol in LDL [Mass/volume] in Serum or Plasma by calculation", "LDL cholesterol (calc)", "mg/dL", "mg/dL", None, 100, "1230000402"),
    "psa": ("2857-1", "Prostate specific Ag [Mass/volume] in Serum or Plasma", "PSA", "ng/mL", "ng/mL", None, 4.0, "1230000501"),
    "trop": ("89579-7", "Troponin I.cardiac [Mass/volume] in Serum or Plasma by High sensitivity method", "Troponin I, high sensitivity", "ng/L", "ng/L", None, 34, "1230000601"),
    "ntbnp": ("33762-6", "Natriuretic peptide.B prohormone N-Terminal [Mass/volume] in Serum or Plasma", "NT-proBNP", "pg/mL", "pg/mL", None, 125, "1230000602"),
    "ddimer": ("48065-7", "Fibrin D-dimer FEU [Mass/volume] in Platelet poor plasma", "D-dimer", "ug/mL FEU", "ug/mL{FEU}", None, 0.50, "1230000603"),
    "lipase": ("3040-3", "Lipase [Enzymatic activity/volume] in Serum or Plasma", "Lipase", "U/L", "U/L", 13, 60, "1230000701"),
    "calpro": ("38445-3", "Calprotectin [Mass/mass] in Stool", "Fecal calprotectin", "ug/g", "ug/g", None, 50, "1230000702"),
    "ttg": ("31017-7", "Tissue transglutaminase IgA Ab [Units/volume] in Serum", "tTG IgA", "U/mL", "U/mL", None, 4, "1230000703"),
    "b12": ("2132-9", "Cobalamin (Vitamin B12) [Mass/volume] in Serum or Plasma", "Vitamin B12", "pg/mL", "pg/mL", 232, 1245, "1230000704"),
    "ck": ("2157-6", "Creatine kinase [Enzymatic activity/volume] in Serum or Plasma", "CK", "U/L", "U/L", 30, 200, "1230000705"),
    "uacr": ("9318-7", "Albumin/Creatinine [Mass Ratio] in Urine", "Urine albumin/creatinine", "mg/g", "mg/g", None, 30, "1230000801"),
}

CBC = ("58410-2", "CBC panel - Blood by Automated count", "CBC")
BMP = ("51990-0", "Basic metabolic panel - Blood", "Basic metabolic panel")
CMP = ("24323-8", "Comprehensive metabolic 2000 panel - Serum or Plasma", "Comprehensive metabolic panel")


def lab_code(c, key):
    loinc, ldisp, short, _, _, _, _, lid = LABS[key]
    k = c.org_key
    if k == "epic":
        return epic_lab_code(lid, short.upper(), loinc, ldisp)
    if k == "peds":
        return cc(coding(PD_SYS + "/lab-component", "L" + lid[-4:], short), lnc(loinc, ldisp), text=short)
    if k == "ed":
        return cc(lnc(loinc, ldisp), coding(ED_SYS + "/result-code", lid[-5:], short), text=short)
    return cc(lnc(loinc, ldisp), text=short)


def lab(c, local, when, key, value, *, enc=None, low=None, high=None, interp=None, note=None, no_range=False):
    loinc, ldisp, short, udisp, ucum, lo, hi, lid = LABS[key]
    lo = lo if low is None else low
    hi = hi if high is None else high
    if no_range:
        lo = hi = None
    return c.observation(local, lab_code(c, key), when, value=qty(value, udisp, ucum), low=lo, high=hi,
                         interp=interp, encounter=enc, note=note, performer=c.org_ref)


def panel(c, local, when, panel_def, values, *, enc=None, performer=None, conclusion=None, ranges=None):
    """values: list of (key, value) or (key, value, low, high).  Returns the DiagnosticReport reference."""
    refs = []
    for v in values:
        key, val = v[0], v[1]
        lo = v[2] if len(v) > 2 else None
        hi = v[3] if len(v) > 3 else None
        refs.append(lab(c, f"{local}-{key}", when, key, val, enc=enc, low=lo, high=hi))
    code = cc(lnc(panel_def[0], panel_def[1]), text=panel_def[2])
    if c.org_key == "epic":
        code = cc(coding(EPIC_ROOT_EAP(), "LAB" + panel_def[0].replace("-", ""), panel_def[2].upper()),
                  lnc(panel_def[0], panel_def[1]), text=panel_def[2].upper())
    return c.report(local, code, when, results=refs, encounter=enc, performer=performer or c.org_ref,
                    conclusion=conclusion)


def EPIC_ROOT_EAP():
    from orgs import EPIC_EAP
    return EPIC_EAP


# ---------------------------------------------------------------- set-up
def setup(cid, org_key, *, given, family, gender, birth, addr, phone, mrn, pracs, payer_name, plan, member,
          cov_start="2024-01-01", marital=None, race=None, ethnicity=None, language="en", contact=None,
          subscriber_rel=None, parent=None):
    """pracs: list of (local, given, family, qualification text, npi, gender). First is the generalPractitioner."""
    import fhirkit
    fhirkit.STD_OFFSET[0] = {"epic": -6, "ed": -7, "rheum": -5, "peds": -6}[org_key]
    c = new_case(cid, org_key)
    P = {}
    for (local, pg, pf, qual, npi, pgender) in pracs:
        suffix = "RN" if qual.startswith("RN") else ("PA-C" if qual.startswith("PA") else ("NP" if qual.startswith("NP") else "MD"))
        prefix = None if suffix in ("RN", "PA-C", "NP") else "Dr."
        P[local] = c.practitioner("pr-" + local, pg, pf, prefix=prefix, suffix=suffix, npi=npi, qual=qual, gender=pgender)
    line, city, postal = addr
    patient(c, given, family, gender, birth, line=line, city=city, postal=postal, phone=phone, mrn=mrn, race=race,
            ethnicity=ethnicity, marital=marital, gp=P[pracs[0][0]], language=language, contact=contact)
    pay = payer(c, "payer", payer_name)
    sub = None
    if parent:
        pg, pf, code, disp, pgender, pphone = parent
        sub = c.related_person("rp-parent", pg, pf, code, disp, gender=pgender, phone=pphone,
                               address={"use": "home", "line": [line], "city": city, "state": c.org["state"],
                                        "postalCode": postal, "country": "US"})
        P["parent"] = sub
    c.coverage("cov", pay, plan=plan, member_id=member, start=cov_start,
               relationship=subscriber_rel or ("child" if parent else "self"), subscriber=sub)
    return c, P


def visit(c, local, date, kind, *, reason=None, prac=None, time="09:00", minutes=30, cls=None, diag=None,
          status="finished", end_date=None, hosp=None, priority=None, location=None):
    k = c.org_key
    if k == "epic":
        tcc = epic_enc_type(kind)
    elif k == "ed":
        tcc = ed_enc_type(kind)
    elif k == "rheum":
        tcc = rh_visit(kind)
    else:
        tcc = pd_visit(kind)
    if cls is None:
        cls = {"ed": "EMER", "ed3": "EMER", "ed5": "EMER", "inpt": "IMP", "hov": "IMP", "obs": "OBSENC",
               "telephone": "VR", "mychart": "VR", "video": "VR", "telehealth": "VR", "message": "VR"}.get(kind, "AMB")
        if k == "peds" and kind == "ed":
            cls = "EMER"
    h, m = map(int, time.split(":"))
    start_dt = _dt.datetime.fromisoformat(f"{date}T{time}:00")
    end_dt = start_dt + _dt.timedelta(minutes=minutes)
    if end_date:
        end = dt(end_date, "11:00")
    else:
        end = dt(end_dt.date().isoformat(), end_dt.strftime("%H:%M"))
    rs = None
    if reason is not None:
        rs = [r if isinstance(r, dict) else text_cc(r) for r in (reason if isinstance(reason, list) else [reason])]
    dg = None
    if diag:
        dg = []
        for i, d in enumerate(diag if isinstance(diag, list) else [diag]):
            use = ("AD", "Admission diagnosis") if (cls == "IMP" and i == 0 and hosp) else ("billing", "Billing")
            if isinstance(d, tuple):
                d, use = d
            dg.append({"condition": d, "use": cc(coding(DIAG_ROLE, use[0], use[1])), "rank": i + 1})
    return c.encounter(local, dt(date, time), end, cls=cls, type_cc=tcc, reason=rs, practitioner=prac,
                       status=status, diagnoses=dg, hosp=hosp, priority=priority, location_text=location)


def hosp(admit="emd", disch="home"):
    a = {"emd": "From accident/emergency department", "gp": "General Practitioner referral",
         "outp": "From outpatient department", "hosp-trans": "Transferred from other hospital"}[admit]
    d = {"home": "Home", "hosp": "Hospice", "snf": "Skilled nursing facility", "oth": "Other",
         "other-hcf": "Other healthcare facility"}[disch]
    return {"admitSource": cc(coding(ADMIT_SRC, admit, a)),
            "dischargeDisposition": cc(coding(DISCH_DISP, disch, d))}


def note(c, local, date, kind, author, text, *, enc=None, time="16:30", title=None):
    k = c.org_key
    tcc = {"epic": epic_note_type, "ed": ed_note_type, "rheum": rh_note_type, "peds": pd_note_type}[k](kind)
    return c.note(local, tcc, dt(date, time), author, text, enc=enc, title=title or tcc.get("text"))


def med(c, rxcode, text, local_id=None):
    cods = []
    if c.org_key == "epic" and local_id:
        cods.append(coding(EPIC_ERX, local_id, text.upper()))
    if rxcode:
        cods.append(rx(rxcode, text))
    if c.org_key == "peds" and local_id:
        cods.append(coding(PD_SYS + "/formulary", local_id, text))
    return cc(*cods, text=text)


def rxo(c, local, med_cc, date, prac, sig, *, status="active", reason=None, reason_ref=None, enc=None,
        category="outpatient", course="continuous", note=None, status_reason=None, repeats=3, qty_disp=None):
    disp = {"numberOfRepeatsAllowed": repeats}
    if qty_disp:
        disp["quantity"] = qty_disp
    return c.med_request(local, med_cc, dt(date, "10:00"), status=status, requester=prac, dosage_text=sig,
                         reason=reason, reason_ref=reason_ref, encounter=enc, category=category, course=course,
                         note=note, status_reason=status_reason, dispense=disp)


def vit(c, prefix, date, enc=None, time="09:05", **kw):
    return c.vitals(prefix, dt(date, time), enc=enc, **kw)


def score(c, local, date, code_cc, value, *, enc=None, performer=None, note=None, unit="{score}", category="survey",
          components=None, derived=None):
    """Patient-reported / disease activity score; ints as valueInteger, decimals as valueQuantity."""
    if isinstance(value, float):
        v = qty(value, "score" if unit == "{score}" else unit, unit)
    else:
        v = value
    return c.observation(local, code_cc, dt(date, "09:20"), category=category, value=v, encounter=enc,
                         performer=performer, note=note, components=components, derived_from=derived)


def ask(c, local, code_cc, text):
    """A bare symptom observation (category exam), value as free text."""
    return code_cc


def cond_use(ref, code, disp):
    return (ref, (code, disp))


def imaging_cat():
    return cc(coding(V2_0074, "RAD", "Radiology"))


def cardio_cat():
    return cc(coding(V2_0074, "CUS", "Cardiac Ultrasound"))


def nkda(c, date):
    return c.allergy("alg", cc(sct("716186003", "No known allergy")), recorded=dt(date, "09:00"), nkda=True)


def drug_allergy(c, local, rxcode, text, date, reaction, sev="moderate"):
    return c.allergy(local, cc(rx(rxcode, text)), recorded=dt(date, "09:00"), category="medication",
                     criticality="low", reaction=(cc(sct(*reaction)), sev))
