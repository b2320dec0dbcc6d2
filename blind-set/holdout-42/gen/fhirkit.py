"""Small helpers to write FHIR R4 transaction bundles for the blind-42 set."""
import base64
import zlib
import re
from collections import Counter

SCT = "http://snomed.info/sct"
LNC = "http://loinc.org"
RXN = "http://www.nlm.nih.gov/research/umls/rxnorm"
CPT = "http://www.ama-assn.org/go/cpt"
UCUM = "http://unitsofmeasure.org"
ATC = "http://www.whocc.no/atc"
V3I = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation"
ACT = "http://terminology.hl7.org/CodeSystem/v3-ActCode"
OBSCAT = "http://terminology.hl7.org/CodeSystem/observation-category"
BANNED = re.compile(r"\btest\b|scenario|blind|near[ -]?miss", re.I)

ORGS = {
    "NL": dict(name="Universitair Medisch Centrum Lindenhoven", short="umcl",
               base="https://fhir.umc-lindenhoven.nl/fhir/R4/", cs="https://terminologie.umc-lindenhoven.nl/CodeSystem/",
               icd="http://hl7.org/fhir/sid/icd-10", lang="nl-NL", country="NL", city="Lindenhoven",
               tz=("+01:00", "+02:00"), units="nl", payer="Zorgverzekeraar Polderzorg U.A.", cov="EHCPOL",
               mrn="https://fhir.umc-lindenhoven.nl/NamingSystem/patientnummer", prefix="dr."),
    "CA": dict(name="St. Brendan's Community Hospital", short="sbch",
               base="https://fhir.stbrendans.on.ca/fhir/", cs="https://fhir.stbrendans.on.ca/CodeSystem/",
               icd="https://fhir.infoway-inforoute.ca/CodeSystem/icd10ca", lang="en-CA", country="CA", city="Riverton, ON",
               tz=("-05:00", "-04:00"), units="si", payer="Provincial Health Insurance Plan", cov="PUBLICPOL",
               mrn="https://fhir.stbrendans.on.ca/NamingSystem/mrn", prefix="Dr."),
    "EN": dict(name="Northlake Endocrinology and Diabetes Center", short="nedc",
               base="https://ehr.northlake-endo.org/fhir/r4/", cs="https://ehr.northlake-endo.org/CodeSystem/",
               icd="http://hl7.org/fhir/sid/icd-10-cm", lang="en-US", country="US", city="Northlake, IL",
               tz=("-06:00", "-05:00"), units="us", payer="Lakeshore Mutual Health", cov="EHCPOL",
               mrn="https://ehr.northlake-endo.org/NamingSystem/mrn", prefix="Dr."),
    "PC": dict(name="Harbour Cancer Institute - Palliative and Supportive Care Service", short="hci",
               base="https://fhir.harbourcancer.org/R4/", cs="https://fhir.harbourcancer.org/CodeSystem/",
               icd="http://hl7.org/fhir/sid/icd-10-cm", lang="en-US", country="US", city="Port Harbour, WA",
               tz=("-08:00", "-07:00"), units="us", payer="Coastal Health Plan", cov="EHCPOL",
               mrn="https://fhir.harbourcancer.org/NamingSystem/mrn", prefix="Dr."),
}

UDISP = {"10*9/L": "x10^9/L", "10*3/uL": "x10^3/uL", "10*12/L": "x10^12/L", "Cel": "°C", "{score}": "score",
         "mL/min/{1.73_m2}": "mL/min/1.73m2", "kg/m2": "kg/m2", "[iU]/L": "IU/L", "m[IU]/L": "mIU/L"}

# key -> dict(us=(loinc, display, unit, range), si=..., nl=(localcode, dutch display, unit, range, loinc or None))
# range = (lo, hi) or {"F": (lo, hi), "M": (lo, hi)}
LAB = {
    "hb": dict(us=("718-7", "Hemoglobin [Mass/volume] in Blood", "g/dL", {"F": (12.0, 16.0), "M": (13.5, 17.5)}),
               si=("718-7", "Hemoglobin [Mass/volume] in Blood", "g/L", {"F": (120, 160), "M": (135, 175)}),
               nl=("HB", "Hemoglobine", "mmol/L", {"F": (7.5, 10.0), "M": (8.5, 11.0)}, None)),
    "mcv": dict(us=("787-2", "MCV [Entitic volume] by Automated count", "fL", (80, 100)),
                nl=("MCV", "MCV", "fL", (80, 100), "787-2")),
    "wbc": dict(us=("6690-2", "Leukocytes [#/volume] in Blood by Automated count", "10*3/uL", (4.0, 10.5)),
                si=("6690-2", "Leukocytes [#/volume] in Blood by Automated count", "10*9/L", (4.0, 10.5)),
                nl=("LEUKO", "Leukocyten", "10*9/L", (4.0, 10.0), "6690-2")),
    "plt": dict(us=("777-3", "Platelets [#/volume] in Blood by Automated count", "10*3/uL", (150, 400)),
                si=("777-3", "Platelets [#/volume] in Blood by Automated count", "10*9/L", (150, 400)),
                nl=("TROMBO", "Trombocyten", "10*9/L", (150, 400), "777-3")),
    "ferr": dict(us=("2276-4", "Ferritin [Mass/volume] in Serum or Plasma", "ng/mL", {"F": (15, 150), "M": (30, 400)}),
                 si=("2276-4", "Ferritin [Mass/volume] in Serum or Plasma", "ug/L", {"F": (15, 150), "M": (30, 400)}),
                 nl=("FERRI", "Ferritine", "ug/L", {"F": (15, 150), "M": (30, 400)}, None)),
    "crp": dict(us=("1988-5", "C reactive protein [Mass/volume] in Serum or Plasma", "mg/L", (None, 5)),
                nl=("CRP", "C-reactief proteïne", "mg/L", (None, 10), None)),
    "esr": dict(us=("4537-7", "Erythrocyte sedimentation rate by Westergren method", "mm/h", (None, 20)),
                nl=("BSE", "Bezinking (BSE)", "mm/h", (None, 20), None)),
    "tsh": dict(us=("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", "m[IU]/L", (0.4, 4.0)),
                nl=("TSH", "TSH", "m[IU]/L", (0.5, 4.0), None)),
    "ft4": dict(us=("3024-7", "Thyroxine (T4) free [Mass/volume] in Serum or Plasma", "ng/dL", (0.8, 1.8)),
                si=("14920-3", "Thyroxine (T4) free [Moles/volume] in Serum or Plasma", "pmol/L", (12, 22)),
                nl=("FT4", "Vrij T4", "pmol/L", (11, 22), None)),
    "gluc": dict(us=("2345-7", "Glucose [Mass/volume] in Serum or Plasma", "mg/dL", (70, 99)),
                 si=("14749-6", "Glucose [Moles/volume] in Serum or Plasma", "mmol/L", (3.9, 6.0)),
                 nl=("GLUC", "Glucose (nuchter)", "mmol/L", (4.0, 6.0), None)),
    "a1c": dict(us=("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "%", (4.0, 5.6)),
                nl=("HBA1C", "HbA1c (IFCC)", "mmol/mol", (20, 42), "59261-8")),
    "creat": dict(us=("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", "mg/dL", {"F": (0.5, 1.1), "M": (0.7, 1.3)}),
                  si=("14682-9", "Creatinine [Moles/volume] in Serum or Plasma", "umol/L", {"F": (45, 90), "M": (60, 110)}),
                  nl=("KREA", "Kreatinine", "umol/L", {"F": (45, 90), "M": (60, 110)}, None)),
    "egfr": dict(us=("98979-8", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI 2021)", "mL/min/{1.73_m2}", (60, None)),
                 nl=("EGFR", "eGFR (CKD-EPI)", "mL/min/{1.73_m2}", (60, None), "98979-8")),
    "na": dict(us=("2951-2", "Sodium [Moles/volume] in Serum or Plasma", "mmol/L", (135, 145)),
               nl=("NA", "Natrium", "mmol/L", (135, 145), None)),
    "k": dict(us=("2823-3", "Potassium [Moles/volume] in Serum or Plasma", "mmol/L", (3.5, 5.1)),
              nl=("K", "Kalium", "mmol/L", (3.5, 5.0), None)),
    "alt": dict(us=("1742-6", "Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma", "U/L", (None, 45)),
                nl=("ALAT", "ALAT", "U/L", (None, 45), None)),
    "alb": dict(us=("1751-7", "Albumin [Mass/volume] in Serum or Plasma", "g/dL", (3.5, 5.0)),
                si=("1751-7", "Albumin [Mass/volume] in Serum or Plasma", "g/L", (35, 50)),
                nl=("ALB", "Albumine", "g/L", (35, 50), None)),
    "psa": dict(us=("2857-1", "Prostate specific Ag [Mass/volume] in Serum or Plasma", "ng/mL", (None, 4.0)),
                nl=("PSA", "PSA totaal", "ug/L", (None, 4.0), None)),
    "calpro": dict(us=("38445-3", "Calprotectin [Mass/mass] in Stool", "ug/g", (None, 50)),
                   nl=("CALPRO", "Calprotectine (feces)", "ug/g", (None, 50), None)),
    "ttg": dict(us=("31017-7", "Tissue transglutaminase Ab.IgA [Units/volume] in Serum", "U/mL", (None, 10))),
    "lipase": dict(us=("3040-3", "Lipase [Enzymatic activity/volume] in Serum or Plasma", "U/L", (None, 60))),
    "bili": dict(us=("1975-2", "Bilirubin.total [Mass/volume] in Serum or Plasma", "mg/dL", (0.2, 1.2)),
                 si=("14631-6", "Bilirubin.total [Moles/volume] in Serum or Plasma", "umol/L", (3, 21))),
    "trop": dict(us=("89579-7", "Troponin I.cardiac [Mass/volume] in Serum or Plasma by High sensitivity method", "ng/L", (None, 26))),
    "gad": dict(us=("56540-8", "Glutamate decarboxylase 65 Ab [Units/volume] in Serum", "[iU]/mL", (None, 5))),
    "cpep": dict(us=("1986-9", "C peptide [Mass/volume] in Serum or Plasma", "ng/mL", (0.8, 3.5))),
    "igf1": dict(us=("2484-4", "Insulin-like growth factor-I [Mass/volume] in Serum or Plasma", "ng/mL", (90, 250))),
    "ca": dict(us=("17861-6", "Calcium [Mass/volume] in Serum or Plasma", "mg/dL", (8.6, 10.3))),
    "pth": dict(us=("2731-8", "Parathyrin.intact [Mass/volume] in Serum or Plasma", "pg/mL", (15, 65))),
    "iron": dict(us=("2498-4", "Iron [Mass/volume] in Serum or Plasma", "ug/dL", (60, 170))),
    "tsat": dict(us=("2502-3", "Iron saturation [Mass Fraction] in Serum or Plasma", "%", (20, 50))),
    "b12": dict(nl=("VITB12", "Vitamine B12", "pmol/L", (150, 700), None)),
    "ntbnp": dict(us=("33762-6", "Natriuretic peptide.B prohormone N-Terminal [Mass/volume] in Serum or Plasma", "pg/mL", (None, 125)),
                  si=("33762-6", "Natriuretic peptide.B prohormone N-Terminal [Mass/volume] in Serum or Plasma", "ng/L", (None, 125)),
                  nl=("NTBNP", "NT-proBNP", "ng/L", (None, 125), "33762-6")),
    "cerulo": dict(nl=("CERUL", "Ceruloplasmine", "g/L", (0.20, 0.60), "2064-4")),
    "ucu": dict(nl=("CU24U", "Koper (24-uurs urine)", "umol/(24.h)", (None, 0.6), None)),
    "hgb_a": dict(us=("718-7", "Hemoglobin [Mass/volume] in Blood", "g/dL", (12.0, 17.5))),
    "ldl": dict(us=("13457-7", "Cholesterol in LDL [Mass/volume] in Serum or Plasma by calculation", "mg/dL", (None, 100)),
                si=("39469-2", "Cholesterol in LDL [Moles/volume] in Serum or Plasma by calculation", "mmol/L", (None, 2.0))),
    "cea": dict(us=("2039-6", "Carcinoembryonic Ag [Mass/volume] in Serum or Plasma", "ng/mL", (None, 3.0))),
}


def cd(system, code, display=None):
    c = {"system": system, "code": code}
    if display:
        c["display"] = display
    return c


def cc(*codings, text=None):
    r = {}
    if codings:
        r["coding"] = list(codings)
    if text:
        r["text"] = text
    elif codings and codings[0].get("display"):
        r["text"] = codings[0]["display"]
    return r


def S(code, display):
    return cd(SCT, code, display)


def LN(code, display):
    return cd(LNC, code, display)


def RX(code, display):
    return cd(RXN, code, display)


def T(text):
    return {"text": text}


def qty(v, unit):
    return {"value": v, "unit": UDISP.get(unit, unit), "system": UCUM, "code": unit}


INTERP = {"N": "Normal", "H": "High", "L": "Low", "A": "Abnormal", "HH": "Critical high", "LL": "Critical low",
          "POS": "Positive", "NEG": "Negative"}


def interp(code):
    return [cc(cd(V3I, code, INTERP[code]))]


class Case:
    def __init__(self, cid, org):
        self.cid, self.okey, self.o = cid, org, ORGS[org]
        self.cnt = Counter()
        self.entries = []
        self.P = {"reference": f"Patient/{cid}"}
        self.sex = "F"

    # ---- basics
    def add(self, rt, p, body, rid=None):
        if rid is None:
            self.cnt[p] += 1
            rid = f"{self.cid}-{p}{self.cnt[p]}"
        res = {"resourceType": rt, "id": rid}
        res.update(body)
        self.entries.append({"fullUrl": self.o["base"] + f"{rt}/{rid}", "resource": res,
                             "request": {"method": "PUT", "url": f"{rt}/{rid}"}})
        return f"{rt}/{rid}"

    def R(self, ref):
        return {"reference": ref}

    def I(self, code, display):
        return cd(self.o["icd"], code, display)

    def L(self, cs, code, display):
        return cd(self.o["cs"] + cs, code, display)

    def dt(self, date, time="10:00"):
        m = int(date[5:7])
        tz = self.o["tz"][1] if 4 <= m <= 10 else self.o["tz"][0]
        return f"{date}T{time}:00{tz}"

    def base(self, given, family, gender, birth, pracs, phone="555-0100", extra=None):
        o = self.o
        self.sex = "F" if gender == "female" else "M"
        self.org = self.add("Organization", "org", {
            "identifier": [{"system": o["cs"] + "organization", "value": o["short"].upper()}], "active": True,
            "type": [cc(cd("http://terminology.hl7.org/CodeSystem/organization-type", "prov", "Healthcare Provider"))],
            "name": o["name"], "address": [{"city": o["city"], "country": o["country"]}]})
        self.payer = self.add("Organization", "org", {
            "active": True,
            "type": [cc(cd("http://terminology.hl7.org/CodeSystem/organization-type", "ins", "Insurance Company"))],
            "name": o["payer"]})
        self.pr = []
        for g, f, spec in pracs:
            self.pr.append(self.add("Practitioner", "prac", {
                "active": True, "name": [{"family": f, "given": [g], "prefix": [o["prefix"]]}],
                "qualification": [{"code": T(spec)}]}))
        pat = {"identifier": [{"system": o["mrn"], "value": f"{o['short'].upper()}{zlib.crc32((self.cid + family).encode()) % 10**7:07d}"}],
               "active": True, "name": [{"use": "official", "family": family, "given": given.split()}],
               "telecom": [{"system": "phone", "value": phone, "use": "home"}],
               "gender": gender, "birthDate": birth,
               "address": [{"use": "home", "city": o["city"], "country": o["country"]}],
               "communication": [{"language": cc(cd("urn:ietf:bcp:47", extra or o["lang"])), "preferred": True}],
               "managingOrganization": self.R(self.org)}
        self.add("Patient", None, pat, rid=self.cid)
        self.add("Coverage", "cov", {
            "status": "active", "type": cc(cd(ACT, o["cov"], "extended healthcare" if o["cov"] == "EHCPOL" else "public healthcare")),
            "subscriberId": f"{zlib.crc32(family.encode()) % 10**9:09d}", "beneficiary": self.P,
            "relationship": cc(cd("http://terminology.hl7.org/CodeSystem/subscriber-relationship", "self", "Self")),
            "period": {"start": "2024-01-01"}, "payor": [self.R(self.payer)]})

    def _reasons(self, b, reasons, code_key="reasonCode", ref_key="reasonReference"):
        for r in reasons or []:
            if isinstance(r, str):
                b.setdefault(ref_key, []).append(self.R(r))
            else:
                b.setdefault(code_key, []).append(r)

    # ---- clinical resources
    def enc(self, date, cls="AMB", typ="Outpatient visit", reasons=None, end=None, status="finished", prac=0,
            prio=None, admit=None, service=None):
        clsd = {"AMB": "ambulatory", "EMER": "emergency", "IMP": "inpatient encounter", "VR": "virtual",
                "HH": "home health"}[cls]
        b = {"status": status, "class": cd(ACT, cls, clsd), "type": [T(typ) if isinstance(typ, str) else typ],
             "subject": self.P, "period": {"start": date}}
        if service:
            b["serviceType"] = T(service)
        if prio:
            b["priority"] = cc(cd("http://terminology.hl7.org/CodeSystem/v3-ActPriority", prio,
                                  {"EM": "emergency", "EL": "elective", "R": "routine", "UR": "urgent"}[prio]))
        if end:
            b["period"]["end"] = end
        elif status == "finished":
            b["period"]["end"] = date
        if prac is not None:
            b["participant"] = [{"individual": self.R(self.pr[prac])}]
        self._reasons(b, reasons)
        if admit:
            b["hospitalization"] = {"admitSource": cc(cd("http://terminology.hl7.org/CodeSystem/admit-source", admit,
                                                         {"emd": "From accident/emergency department", "gp": "General Practitioner referral",
                                                          "outp": "From outpatient department"}[admit]))}
        b["serviceProvider"] = self.R(self.org)
        return self.add("Encounter", "enc", b)

    def cond(self, code, onset, status="active", ver="confirmed", cat="problem-list-item", abate=None, note=None,
             enc=None, prac=0, recorded=None, severity=None, evidence=None):
        b = {}
        if status:
            b["clinicalStatus"] = cc(cd("http://terminology.hl7.org/CodeSystem/condition-clinical", status, status.capitalize()))
        b["verificationStatus"] = cc(cd("http://terminology.hl7.org/CodeSystem/condition-ver-status", ver, ver.capitalize()))
        b["category"] = [cc(cd("http://terminology.hl7.org/CodeSystem/condition-category", cat,
                               {"problem-list-item": "Problem List Item", "encounter-diagnosis": "Encounter Diagnosis"}[cat]))]
        if severity:
            b["severity"] = severity
        b["code"] = code
        b["subject"] = self.P
        if enc:
            b["encounter"] = self.R(enc)
        b["onsetDateTime"] = onset
        if abate:
            b["abatementDateTime"] = abate
        b["recordedDate"] = recorded or onset
        if prac is not None:
            b["recorder"] = self.R(self.pr[prac])
        if evidence:
            b["evidence"] = [{"detail": [self.R(e) for e in evidence]}]
        if note:
            b["note"] = [{"text": note}]
        return self.add("Condition", "cond", b)

    def _obs(self, code, date, cat, value, enc=None, itp=None, rng=None, note=None, prac=None, status="final"):
        b = {"status": status, "category": [cc(cd(OBSCAT, cat, {"laboratory": "Laboratory", "vital-signs": "Vital Signs",
                                                               "survey": "Survey", "exam": "Exam", "imaging": "Imaging",
                                                               "procedure": "Procedure", "social-history": "Social History"}[cat]))],
             "code": code, "subject": self.P}
        if enc:
            b["encounter"] = self.R(enc)
        b["effectiveDateTime"] = date
        if prac is not None:
            b["performer"] = [self.R(self.pr[prac])]
        b.update(value)
        if itp:
            b["interpretation"] = interp(itp)
        if note:
            b["note"] = [{"text": note}]
        if rng:
            b["referenceRange"] = rng
        return self.add("Observation", "obs", b)

    def lab(self, key, v, date, enc=None, itp=None, note=None):
        spec = LAB[key]
        u = self.o["units"]
        if u == "nl" and "nl" in spec:
            lc, disp, unit, rng, loinc = spec["nl"]
            codings = [self.L("lab", lc, disp)]
            if loinc:
                codings.append(LN(loinc, None))
            code = cc(*codings, text=disp)
        else:
            loinc, disp, unit, rng = spec.get("si" if u in ("si", "nl") else "us") or spec["us"]
            code = cc(LN(loinc, disp))
        if isinstance(rng, dict):
            rng = rng[self.sex]
        lo, hi = rng
        rr = {}
        if lo is not None:
            rr["low"] = qty(lo, unit)
        if hi is not None:
            rr["high"] = qty(hi, unit)
        if itp is None:
            itp = "L" if (lo is not None and v < lo) else "H" if (hi is not None and v > hi) else "N"
        return self._obs(code, date, "laboratory", {"valueQuantity": qty(v, unit)}, enc=enc, itp=itp, rng=[rr], note=note)

    def panel(self, date, items, enc=None, title=None, conclusion=None, code=None):
        refs = [self.lab(k, v, date, enc=enc) for k, v in items]
        if code is None:
            code = cc(self.L("lab", "KCL", "Klinisch-chemisch onderzoek")) if self.okey == "NL" else cc(LN("11502-2", "Laboratory report"))
        b = {"status": "final", "category": [cc(cd("http://terminology.hl7.org/CodeSystem/v2-0074", "LAB", "Laboratory"))],
             "code": code, "subject": self.P}
        if enc:
            b["encounter"] = self.R(enc)
        b.update({"effectiveDateTime": date, "issued": self.dt(date, "16:30"), "performer": [self.R(self.org)],
                  "result": [self.R(r) for r in refs]})
        if conclusion:
            b["conclusion"] = conclusion
        if title:
            b["code"] = dict(b["code"], text=title)
        self.add("DiagnosticReport", "dr", b)
        return refs

    def report(self, code, date, conclusion, results=(), cat=("RAD", "Radiology"), enc=None, status="final"):
        b = {"status": status, "category": [cc(cd("http://terminology.hl7.org/CodeSystem/v2-0074", cat[0], cat[1]))],
             "code": code, "subject": self.P}
        if enc:
            b["encounter"] = self.R(enc)
        b.update({"effectiveDateTime": date, "issued": self.dt(date, "17:00"), "performer": [self.R(self.org)]})
        if results:
            b["result"] = [self.R(r) for r in results]
        b["conclusion"] = conclusion
        return self.add("DiagnosticReport", "dr", b)

    def vitals(self, date, sbp=None, dbp=None, hr=None, wt=None, bmi=None, temp=None, spo2=None, enc=None):
        out = []
        if sbp:
            itp = "H" if sbp >= 140 or dbp >= 90 else "N"
            out.append(self._obs(cc(LN("85354-9", "Blood pressure panel with all children optional"), text="Blood pressure"), date,
                                 "vital-signs", {"component": [
                                     {"code": cc(LN("8480-6", "Systolic blood pressure")), "valueQuantity": qty(sbp, "mm[Hg]")},
                                     {"code": cc(LN("8462-4", "Diastolic blood pressure")), "valueQuantity": qty(dbp, "mm[Hg]")}]},
                                 enc=enc, itp=itp))
        for v, code, disp, unit in ((hr, "8867-4", "Heart rate", "/min"), (wt, "29463-7", "Body weight", "kg"),
                                    (bmi, "39156-5", "Body mass index (BMI) [Ratio]", "kg/m2"),
                                    (temp, "8310-5", "Body temperature", "Cel"),
                                    (spo2, "59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry", "%")):
            if v is not None:
                out.append(self._obs(cc(LN(code, disp)), date, "vital-signs", {"valueQuantity": qty(v, unit)}, enc=enc))
        return out

    def score(self, code, v, date, unit="{score}", enc=None, itp=None, note=None, rng=None, cat="survey"):
        val = {"valueInteger": v} if isinstance(v, int) and unit == "{score}" else {"valueQuantity": qty(v, unit)}
        return self._obs(code, date, cat, val, enc=enc, itp=itp, note=note, rng=rng)

    def finding(self, code, date, value=None, enc=None, itp=None, note=None, cat="exam"):
        val = {"valueCodeableConcept": value or cc(S("52101004", "Present"))}
        if isinstance(value, str):
            val = {"valueString": value}
        return self._obs(code, date, cat, val, enc=enc, itp=itp, note=note)

    def med(self, code, start, dose, status="active", reasons=None, intent="order", prac=0, note=None, status_reason=None,
            enc=None):
        b = {"status": status}
        if status_reason:
            b["statusReason"] = T(status_reason)
        b.update({"intent": intent, "medicationCodeableConcept": code, "subject": self.P})
        if enc:
            b["encounter"] = self.R(enc)
        b["authoredOn"] = start
        if prac is not None:
            b["requester"] = self.R(self.pr[prac])
        self._reasons(b, reasons)
        if note:
            b["note"] = [{"text": note}]
        b["dosageInstruction"] = [{"text": dose}]
        return self.add("MedicationRequest", "medrx", b)

    def medst(self, code, start, status="active", end=None, reasons=None, note=None, dose=None, asserted=None):
        b = {"status": status, "medicationCodeableConcept": code, "subject": self.P,
             "effectivePeriod": {"start": start, **({"end": end} if end else {})},
             "dateAsserted": asserted or end or start}
        self._reasons(b, reasons)
        if note:
            b["note"] = [{"text": note}]
        if dose:
            b["dosage"] = [{"text": dose}]
        return self.add("MedicationStatement", "medst", b)

    def note(self, date, title, text, kind="progress", prac=0, enc=None, time="11:00", lang=None):
        assert not BANNED.search(text) and not BANNED.search(title), (self.cid, title)
        types = {"progress": ("11506-3", "Progress note"), "consult": ("11488-4", "Consult note"),
                 "discharge": ("18842-5", "Discharge summary"), "ed": ("34111-5", "Emergency department Note"),
                 "hp": ("34117-2", "History and physical note"), "nurse": ("34746-8", "Nurse Note"),
                 "referral": ("57133-1", "Referral note"), "plan": ("18776-5", "Plan of care note")}
        lc, ld = types[kind]
        b = {"status": "current", "docStatus": "final", "type": cc(LN(lc, ld)),
             "category": [cc(self.L("document-category", "clinical-note", "Clinical note"))],
             "subject": self.P, "date": self.dt(date, time), "description": title}
        if prac is not None:
            b["author"] = [self.R(self.pr[prac])]
        b["custodian"] = self.R(self.org)
        b["content"] = [{"attachment": {"contentType": "text/plain", "language": lang or self.o["lang"],
                                        "data": base64.b64encode(text.encode("utf-8")).decode("ascii"),
                                        "title": title, "creation": self.dt(date, time)}}]
        if enc:
            b["context"] = {"encounter": [self.R(enc)], "period": {"start": date}}
        return self.add("DocumentReference", "doc", b)

    def sr(self, code, authored, status="active", intent="order", occ=None, reasons=None, note=None, prac=0,
           cat=None, prio=None, enc=None, performer=None):
        b = {"status": status, "intent": intent}
        if cat:
            b["category"] = [cat]
        if prio:
            b["priority"] = prio
        b.update({"code": code, "subject": self.P})
        if enc:
            b["encounter"] = self.R(enc)
        if occ:
            b["occurrenceDateTime"] = occ
        b["authoredOn"] = authored
        if prac is not None:
            b["requester"] = self.R(self.pr[prac])
        if performer:
            b["performer"] = [performer]
        self._reasons(b, reasons)
        if note:
            b["note"] = [{"text": note}]
        return self.add("ServiceRequest", "sr", b)

    def proc(self, code, status, date=None, reasons=None, note=None, prac=0, enc=None, based=None, outcome=None):
        b = {"status": status}
        if based:
            b["basedOn"] = [self.R(based)]
        b.update({"code": code, "subject": self.P})
        if enc:
            b["encounter"] = self.R(enc)
        if date:
            b["performedDateTime"] = date
        if prac is not None:
            b["performer"] = [{"actor": self.R(self.pr[prac])}]
        self._reasons(b, reasons)
        if outcome:
            b["outcome"] = T(outcome)
        if note:
            b["note"] = [{"text": note}]
        return self.add("Procedure", "proc", b)

    def bundle(self):
        return {"resourceType": "Bundle", "type": "transaction", "entry": self.entries}
