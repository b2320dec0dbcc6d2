"""Small helpers to build FHIR R4 transaction bundles for the case set."""
import base64, collections

SCT = "http://snomed.info/sct"
ICD = "http://hl7.org/fhir/sid/icd-10-cm"
LNC = "http://loinc.org"
RX = "http://www.nlm.nih.gov/research/umls/rxnorm"
CPT = "http://www.ama-assn.org/go/cpt"
HCPCS = "http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets"
UCUM = "http://unitsofmeasure.org"
CVX = "http://hl7.org/fhir/sid/cvx"
NPI = "http://hl7.org/fhir/sid/us-npi"
ACT = "http://terminology.hl7.org/CodeSystem/v3-ActCode"
INTERP = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation"
OBSCAT = "http://terminology.hl7.org/CodeSystem/observation-category"

INTERP_TXT = {"N": "Normal", "H": "High", "L": "Low", "A": "Abnormal", "HH": "Critical high", "LL": "Critical low", "POS": "Positive", "NEG": "Negative"}

# key: (loinc, display, unit, ucum, low, high, local)
LAB = {
    "wbc": ("6690-2", "Leukocytes [#/volume] in Blood by Automated count", "10*3/uL", "10*3/uL", 4.0, 11.0, "WBC"),
    "hgb": ("718-7", "Hemoglobin [Mass/volume] in Blood", "g/dL", "g/dL", 12.0, 15.5, "HGB"),
    "hct": ("4544-3", "Hematocrit [Volume Fraction] of Blood by Automated count", "%", "%", 36.0, 46.0, "HCT"),
    "mcv": ("787-2", "MCV [Entitic volume] by Automated count", "fL", "fL", 80.0, 100.0, "MCV"),
    "plt": ("777-3", "Platelets [#/volume] in Blood by Automated count", "10*3/uL", "10*3/uL", 150, 400, "PLT"),
    "na": ("2951-2", "Sodium [Moles/volume] in Serum or Plasma", "mmol/L", "mmol/L", 136, 145, "NA"),
    "k": ("2823-3", "Potassium [Moles/volume] in Serum or Plasma", "mmol/L", "mmol/L", 3.5, 5.1, "K"),
    "cl": ("2075-0", "Chloride [Moles/volume] in Serum or Plasma", "mmol/L", "mmol/L", 98, 107, "CL"),
    "co2": ("2028-9", "Carbon dioxide, total [Moles/volume] in Serum or Plasma", "mmol/L", "mmol/L", 22, 29, "CO2"),
    "bun": ("3094-0", "Urea nitrogen [Mass/volume] in Serum or Plasma", "mg/dL", "mg/dL", 7, 20, "BUN"),
    "cr": ("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", "mg/dL", "mg/dL", 0.6, 1.2, "CREAT"),
    "egfr": ("98979-8", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI 2021)", "mL/min/1.73m2", "mL/min/{1.73_m2}", 60, None, "EGFR"),
    "glu": ("2345-7", "Glucose [Mass/volume] in Serum or Plasma", "mg/dL", "mg/dL", 70, 99, "GLU"),
    "ca": ("17861-6", "Calcium [Mass/volume] in Serum or Plasma", "mg/dL", "mg/dL", 8.6, 10.3, "CA"),
    "a1c": ("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "%", "%", 4.0, 5.6, "HBA1C"),
    "tsh": ("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", "m[IU]/L", "m[IU]/L", 0.45, 4.5, "TSH"),
    "ft4": ("3024-7", "Thyroxine (T4) free [Mass/volume] in Serum or Plasma", "ng/dL", "ng/dL", 0.8, 1.8, "FT4"),
    "b12": ("2132-9", "Cobalamin (Vitamin B12) [Mass/volume] in Serum or Plasma", "pg/mL", "pg/mL", 232, 1245, "B12"),
    "ferritin": ("2276-4", "Ferritin [Mass/volume] in Serum or Plasma", "ng/mL", "ng/mL", 30, 400, "FERR"),
    "esr": ("4537-7", "Erythrocyte sedimentation rate by Westergren method", "mm/h", "mm/h", 0, 20, "ESR"),
    "crp": ("1988-5", "C reactive protein [Mass/volume] in Serum or Plasma", "mg/L", "mg/L", 0, 10, "CRP"),
    "alt": ("1742-6", "Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma", "U/L", "U/L", 7, 56, "ALT"),
    "ast": ("1920-8", "Aspartate aminotransferase [Enzymatic activity/volume] in Serum or Plasma", "U/L", "U/L", 10, 40, "AST"),
    "alp": ("6768-6", "Alkaline phosphatase [Enzymatic activity/volume] in Serum or Plasma", "U/L", "U/L", 44, 147, "ALKP"),
    "tbili": ("1975-2", "Bilirubin.total [Mass/volume] in Serum or Plasma", "mg/dL", "mg/dL", 0.1, 1.2, "TBILI"),
    "alb": ("1751-7", "Albumin [Mass/volume] in Serum or Plasma", "g/dL", "g/dL", 3.5, 5.0, "ALB"),
    "inr": ("6301-6", "INR in Platelet poor plasma by Coagulation assay", "{INR}", "{INR}", 0.9, 1.1, "INR"),
    "chol": ("2093-3", "Cholesterol [Mass/volume] in Serum or Plasma", "mg/dL", "mg/dL", None, 200, "CHOL"),
    "ldl": ("13457-7", "Cholesterol in LDL [Mass/volume] in Serum or Plasma by calculation", "mg/dL", "mg/dL", None, 100, "LDLC"),
    "hdl": ("2085-9", "Cholesterol in HDL [Mass/volume] in Serum or Plasma", "mg/dL", "mg/dL", 40, None, "HDL"),
    "tg": ("2571-8", "Triglyceride [Mass/volume] in Serum or Plasma", "mg/dL", "mg/dL", None, 150, "TRIG"),
    "ck": ("2157-6", "Creatine kinase [Enzymatic activity/volume] in Serum or Plasma", "U/L", "U/L", 30, 200, "CK"),
    "psa": ("2857-1", "Prostate specific Ag [Mass/volume] in Serum or Plasma", "ng/mL", "ng/mL", 0, 4.0, "PSA"),
    "ntbnp": ("33762-6", "Natriuretic peptide.B prohormone N-Terminal [Mass/volume] in Serum or Plasma", "pg/mL", "pg/mL", None, 450, "NTBNP"),
    "ige": ("19113-0", "IgE [Units/volume] in Serum or Plasma", "[IU]/mL", "[IU]/mL", None, 100, "IGE"),
    "igg": ("2465-3", "IgG [Mass/volume] in Serum or Plasma", "mg/dL", "mg/dL", 700, 1600, "IGG"),
    "iga": ("2458-8", "IgA [Mass/volume] in Serum or Plasma", "mg/dL", "mg/dL", 70, 400, "IGA"),
    "igm": ("2472-9", "IgM [Mass/volume] in Serum or Plasma", "mg/dL", "mg/dL", 40, 230, "IGM"),
    "c4": ("4498-2", "Complement C4 [Mass/volume] in Serum or Plasma", "mg/dL", "mg/dL", 14, 40, "C4"),
    "c3": ("4485-9", "Complement C3 [Mass/volume] in Serum or Plasma", "mg/dL", "mg/dL", 90, 180, "C3"),
    "eos": ("711-2", "Eosinophils [#/volume] in Blood by Automated count", "10*3/uL", "10*3/uL", 0.0, 0.5, "EOSAB"),
    "phos": ("2777-1", "Phosphate [Mass/volume] in Serum or Plasma", "mg/dL", "mg/dL", 2.5, 4.5, "PHOS"),
    "pth": ("2731-8", "Parathyrin.intact [Mass/volume] in Serum or Plasma", "pg/mL", "pg/mL", 15, 65, "PTH"),
}
PANELS = {"bmp": ["na", "k", "cl", "co2", "bun", "cr", "egfr", "glu", "ca"], "cbc": ["wbc", "hgb", "hct", "mcv", "plt"],
          "lipid": ["chol", "ldl", "hdl", "tg"], "lft": ["alt", "ast", "alp", "tbili", "alb"]}
PANEL_CODE = {"bmp": ("51990-0", "Basic metabolic panel - Blood"), "cbc": ("58410-2", "CBC panel - Blood by Automated count"),
              "lipid": ("57698-3", "Lipid panel with direct LDL - Serum or Plasma"), "lft": ("24325-3", "Hepatic function 2000 panel - Serum or Plasma")}
NORMAL = {"wbc": 6.4, "hgb": 13.8, "hct": 41.2, "mcv": 89, "plt": 245, "na": 139, "k": 4.2, "cl": 102, "co2": 25, "bun": 14,
          "cr": 0.86, "egfr": 92, "glu": 91, "ca": 9.4, "chol": 182, "ldl": 104, "hdl": 52, "tg": 118, "alt": 24, "ast": 22,
          "alp": 78, "tbili": 0.6, "alb": 4.3}

NOTE_TYPES = {"progress": ("11506-3", "Progress note"), "consult": ("11488-4", "Consult note"), "hp": ("34117-2", "History and physical note"),
              "discharge": ("18842-5", "Discharge summary"), "procedure": ("28570-0", "Procedure note"), "ed": ("34111-5", "Emergency department note"),
              "telephone": ("34748-4", "Telephone encounter Note"), "nurse": ("34746-8", "Nurse Note"), "plan": ("18776-5", "Plan of care note"),
              "referral": ("57133-1", "Referral note"), "imaging": ("18748-4", "Diagnostic imaging study"), "path": ("11526-1", "Pathology study"),
              "lab": ("11502-2", "Laboratory report")}


def cd(system, code, display=None):
    c = {"system": system, "code": code}
    if display:
        c["display"] = display
    return c


def cc(*codings, text=None):
    out = {}
    cl = [cd(*c) if isinstance(c, tuple) else c for c in codings]
    if cl:
        out["coding"] = cl
    if text:
        out["text"] = text
    elif cl and cl[0].get("display"):
        out["text"] = cl[0]["display"]
    return out


def ref(r):
    return {"reference": r}


def qty(v, unit, code=None):
    return {"value": v, "unit": unit, "system": UCUM, "code": code or unit}


def dt(d, t="09:00:00", tz="-05:00"):
    return d if "T" in d else f"{d}T{t}{tz}"


class Case:
    def __init__(self, cid, org):
        self.cid, self.org = cid, org
        self.tz = org.get("tz", "-05:00")
        self.entries = []
        self.n = collections.Counter()
        self.pat = f"Patient/{cid}"
        self.prov = None
        self.pr = {}

    def nid(self, p):
        self.n[p] += 1
        return f"{self.cid}-{p}-{self.n[p]}"

    def add(self, r):
        self.entries.append(r)
        return f"{r['resourceType']}/{r['id']}"

    def T(self, d, t="09:00:00"):
        return dt(d, t, self.tz)

    def bundle(self):
        base = self.org["base"]
        ent = [{"fullUrl": f"{base}/{r['resourceType']}/{r['id']}", "resource": r,
                "request": {"method": "PUT", "url": f"{r['resourceType']}/{r['id']}"}} for r in self.entries]
        return {"resourceType": "Bundle", "id": f"{self.cid}-bundle", "type": "transaction", "entry": ent}

    # ---------- administrative ----------
    def setup(self, given, family, gender, dob, mrn, line, city, state, zipc, pracs, payer, member, plan=None,
              marital="M", lang="en-US", phone=None, race=None, cov_start="2024-01-01"):
        o = self.org
        orgid = self.nid("org")
        self.prov = self.add({"resourceType": "Organization", "id": orgid, "active": True,
                              "identifier": [{"system": NPI, "value": o["npi"]}],
                              "type": [cc(("http://terminology.hl7.org/CodeSystem/organization-type", "prov", "Healthcare Provider"))],
                              "name": o["name"], "telecom": [{"system": "phone", "value": o["phone"]}],
                              "address": [{"line": [o["line"]], "city": o["city"], "state": o["state"], "postalCode": o["zip"]}]})
        payid = self.nid("org")
        payref = self.add({"resourceType": "Organization", "id": payid, "active": True,
                           "type": [cc(("http://terminology.hl7.org/CodeSystem/organization-type", "pay", "Payer"))], "name": payer})
        for key, (pg, pf, npi, spec, qual) in pracs.items():
            pid = self.nid("pract")
            self.pr[key] = self.add({"resourceType": "Practitioner", "id": pid, "active": True,
                                     "identifier": [{"system": NPI, "value": npi}],
                                     "name": [{"family": pf, "given": [pg], "suffix": [qual]}],
                                     "qualification": [{"code": cc(text=spec)}]})
        p = {"resourceType": "Patient", "id": self.cid,
             "identifier": [{"use": "usual", "type": cc(("http://terminology.hl7.org/CodeSystem/v2-0203", "MR", "Medical record number"), text="MRN"),
                             "system": o["mrn_system"], "value": mrn}],
             "active": True, "name": [{"use": "official", "family": family, "given": given.split()}],
             "telecom": [{"system": "phone", "value": phone or "555-01" + mrn[-2:], "use": "mobile"}],
             "gender": gender, "birthDate": dob,
             "address": [{"use": "home", "line": [line], "city": city, "state": state, "postalCode": zipc, "country": "US"}],
             "maritalStatus": cc(("http://terminology.hl7.org/CodeSystem/v3-MaritalStatus", marital,
                                  {"M": "Married", "S": "Never Married", "D": "Divorced", "W": "Widowed"}[marital])),
             "communication": [{"language": cc(("urn:ietf:bcp:47", lang, {"en-US": "English (United States)", "es-US": "Spanish (United States)"}[lang])), "preferred": True}],
             "managingOrganization": ref(self.prov)}
        if race:
            p["extension"] = [{"url": "http://hl7.org/fhir/us/core/StructureDefinition/us-core-race",
                               "extension": [{"url": "ombCategory", "valueCoding": cd("urn:oid:2.16.840.1.113883.6.238", race[0], race[1])},
                                             {"url": "text", "valueString": race[1]}]}]
        self.add(p)
        cov = {"resourceType": "Coverage", "id": self.nid("cov"), "status": "active",
               "type": cc(("http://terminology.hl7.org/CodeSystem/v3-ActCode", "HIP", "health insurance plan policy")) if "Medicare" not in payer and "Medicaid" not in payer
               else cc(("https://nahdo.org/sopt", "1" if "Medicare" in payer else "2", "MEDICARE" if "Medicare" in payer else "MEDICAID")),
               "subscriberId": member, "beneficiary": ref(self.pat),
               "relationship": cc(("http://terminology.hl7.org/CodeSystem/subscriber-relationship", "self", "Self")),
               "period": {"start": cov_start}, "payor": [ref(payref)]}
        if plan:
            cov["class"] = [{"type": cc(("http://terminology.hl7.org/CodeSystem/coverage-class", "plan", "Plan")), "value": plan.split("|")[0], "name": plan.split("|")[-1]}]
        self.add(cov)

    # ---------- clinical ----------
    def enc(self, date, type_text, pr="a", cls="AMB", cpt=None, reason=None, status="finished", end=None, reason_ref=None, dispo=None):
        codings = [(CPT, cpt[0], cpt[1])] if cpt else []
        r = {"resourceType": "Encounter", "id": self.nid("enc"), "status": status,
             "class": cd(ACT, cls, {"AMB": "ambulatory", "EMER": "emergency", "IMP": "inpatient encounter", "VR": "virtual", "HH": "home health"}[cls]),
             "type": [cc(*codings, text=type_text)], "subject": ref(self.pat)}
        if pr:
            r["participant"] = [{"type": [cc(("http://terminology.hl7.org/CodeSystem/v3-ParticipationType", "ATND", "attender"))], "individual": ref(self.pr[pr])}]
        per = {"start": self.T(date, "08:30:00")}
        if status == "finished":
            per["end"] = self.T(end or date, "10:15:00" if not end else "11:00:00")
        r["period"] = per
        if reason:
            r["reasonCode"] = [reason if isinstance(reason, dict) else cc(text=reason)]
        if reason_ref:
            r["reasonReference"] = [ref(x) for x in reason_ref]
        if dispo:
            r["hospitalization"] = {"dischargeDisposition": cc(text=dispo)}
        r["serviceProvider"] = ref(self.prov)
        return self.add(r)

    def cond(self, codings, onset, text=None, status="active", cat="problem-list-item", abate=None, ver="confirmed", note=None,
             enc=None, pr="a", recorded=None, severity=None, body=None):
        catd = {"problem-list-item": "Problem List Item", "encounter-diagnosis": "Encounter Diagnosis"}[cat]
        r = {"resourceType": "Condition", "id": self.nid("cond"),
             "clinicalStatus": cc(("http://terminology.hl7.org/CodeSystem/condition-clinical", status, status.capitalize())),
             "verificationStatus": cc(("http://terminology.hl7.org/CodeSystem/condition-ver-status", ver, ver.capitalize())),
             "category": [cc(("http://terminology.hl7.org/CodeSystem/condition-category", cat, catd))],
             "code": cc(*codings, text=text), "subject": ref(self.pat)}
        if severity:
            r["severity"] = cc(text=severity)
        if body:
            r["bodySite"] = [cc(text=body)]
        if enc:
            r["encounter"] = ref(enc)
        r["onsetDateTime"] = onset
        if abate:
            r["abatementDateTime"] = abate
        r["recordedDate"] = recorded or onset
        if pr:
            r["recorder"] = ref(self.pr[pr])
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    def obs(self, code, date, v=None, unit=None, ucum=None, vint=None, vcc=None, vstr=None, low=None, high=None, interp="auto",
            cat="laboratory", enc=None, local=None, text=None, note=None, components=None, pr=None, method=None, status="final", reftext=None):
        codings = []
        if isinstance(code, tuple) and len(code) == 2:
            code = (LNC,) + code
        if code:
            codings.append(code if isinstance(code, dict) else cd(*code))
        if local:
            codings.append(cd(self.org["local_lab"], local[0], local[1]))
        r = {"resourceType": "Observation", "id": self.nid("obs"), "status": status,
             "category": [cc((OBSCAT, cat, {"laboratory": "Laboratory", "vital-signs": "Vital Signs", "survey": "Survey", "exam": "Exam", "procedure": "Procedure", "imaging": "Imaging", "social-history": "Social History"}[cat]))],
             "code": {**({"coding": codings} if codings else {}), "text": text or (codings[0].get("display") if codings else None)}, "subject": ref(self.pat)}
        if enc:
            r["encounter"] = ref(enc)
        r["effectiveDateTime"] = self.T(date, "08:45:00") if cat == "laboratory" else date
        if cat == "laboratory":
            r["issued"] = self.T(date, "14:30:00")
        if pr:
            r["performer"] = [ref(self.pr[pr])]
        if v is not None:
            r["valueQuantity"] = qty(v, unit, ucum)
        elif vint is not None:
            r["valueInteger"] = int(vint)
        elif vcc is not None:
            r["valueCodeableConcept"] = vcc
        elif vstr is not None:
            r["valueString"] = vstr
        if interp == "auto" and v is not None and (low is not None or high is not None):
            interp = "L" if low is not None and v < low else "H" if high is not None and v > high else "N"
        if interp and interp != "auto":
            r["interpretation"] = [cc((INTERP, interp, INTERP_TXT[interp]))]
        if note:
            r["note"] = [{"text": note}]
        if method:
            r["method"] = cc(text=method)
        if low is not None or high is not None or reftext:
            rr = {}
            if low is not None:
                rr["low"] = qty(low, unit, ucum)
            if high is not None:
                rr["high"] = qty(high, unit, ucum)
            if reftext:
                rr["text"] = reftext
            r["referenceRange"] = [rr]
        if components:
            r["component"] = components
        return self.add(r)

    def lab(self, key, date, value, enc=None, low="d", high="d", note=None, interp="auto"):
        loinc, disp, unit, ucum, lo, hi, local = LAB[key]
        lo = lo if low == "d" else low
        hi = hi if high == "d" else high
        loc = (local, disp.split(" [")[0]) if self.org.get("style") == "cerner" else None
        return self.obs((LNC, loinc, disp), date, v=value, unit=unit, ucum=ucum, low=lo, high=hi, enc=enc, local=loc, note=note, interp=interp)

    def panel(self, name, date, enc=None, over=None, report=True, pr="a", conclusion=None, ranges=None):
        over = over or {}
        ranges = ranges or {}
        refs = []
        for k in PANELS[name]:
            lo, hi = ranges.get(k, ("d", "d"))
            refs.append(self.lab(k, date, over.get(k, NORMAL[k]), enc=enc, low=lo, high=hi))
        if report:
            self.report(PANEL_CODE[name], date, refs, enc=enc, conclusion=conclusion)
        return refs

    def report(self, code, date, results, enc=None, cat="LAB", conclusion=None, text=None, pr=None, codesys=LNC, ccode=None):
        r = {"resourceType": "DiagnosticReport", "id": self.nid("dr"), "status": "final",
             "category": [cc(("http://terminology.hl7.org/CodeSystem/v2-0074", cat, {"LAB": "Laboratory", "PAT": "Pathology (gross & histopath, not surgical)", "RAD": "Radiology", "CUS": "Cardiac Ultrasound", "NRS": "Nursing service measures", "OTH": "Other", "EC": "Electrocardiac (e.g., EKG, EEC, Holter)", "NMR": "Nuclear Magnetic Resonance", "PF": "Pulmonary Function"}[cat]))],
             "code": cc((codesys, code[0], code[1]), text=text) if code else cc(text=text), "subject": ref(self.pat)}
        if enc:
            r["encounter"] = ref(enc)
        r["effectiveDateTime"] = self.T(date, "08:45:00")
        r["issued"] = self.T(date, "16:00:00")
        r["performer"] = [ref(self.pr[pr]) if pr else ref(self.prov)]
        if results:
            r["result"] = [ref(x) for x in results]
        if conclusion:
            r["conclusion"] = conclusion
        if ccode:
            r["conclusionCode"] = [ccode]
        return self.add(r)

    def vitals(self, date, sbp, dbp, hr=None, wt=None, enc=None, temp=None, spo2=None):
        out = []
        bp_int = "H" if sbp >= 140 or dbp >= 90 else "N"
        out.append(self.obs((LNC, "85354-9", "Blood pressure panel with all children optional"), date, cat="vital-signs", enc=enc, interp=None,
                            text="Blood pressure", components=[
                                {"code": cc((LNC, "8480-6", "Systolic blood pressure")), "valueQuantity": qty(sbp, "mmHg", "mm[Hg]")},
                                {"code": cc((LNC, "8462-4", "Diastolic blood pressure")), "valueQuantity": qty(dbp, "mmHg", "mm[Hg]")}]))
        if hr:
            out.append(self.obs((LNC, "8867-4", "Heart rate"), date, v=hr, unit="/min", cat="vital-signs", enc=enc, interp=None))
        if wt:
            out.append(self.obs((LNC, "29463-7", "Body weight"), date, v=wt, unit="kg", cat="vital-signs", enc=enc, interp=None))
        if temp:
            out.append(self.obs((LNC, "8310-5", "Body temperature"), date, v=temp, unit="Cel", cat="vital-signs", enc=enc, interp=None))
        if spo2:
            out.append(self.obs((LNC, "59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry"), date, v=spo2, unit="%", cat="vital-signs", enc=enc, interp=None))
        return out

    def score(self, code, date, value, text, enc=None, local=None, low=None, high=None, interp=None, note=None, unit=None, pr=None):
        """Survey score: integer -> valueInteger, otherwise valueQuantity with {score}."""
        codings = code
        if local:
            lc = cd(self.org["local_assess"], local[0], local[1])
        r_code = code if code else None
        o = self.obs(r_code, date, vint=value if isinstance(value, int) and not unit else None,
                     v=value if (not isinstance(value, int) or unit) else None, unit=unit or "{score}", ucum=unit or "{score}",
                     cat="survey", enc=enc, text=text, interp=interp, note=note, pr=pr)
        if local:
            self.entries[-1]["code"]["coding"].append(lc)
        return o

    def med(self, rxcode, rxtext, start, status="active", kind="request", end=None, reason=None, reason_ref=None, dose=None, pr="a",
            intent="order", hcpcs=None, note=None):
        codings = []
        if rxcode:
            codings.append(cd(RX, rxcode[0], rxcode[1]))
        if hcpcs:
            codings.append(cd(HCPCS, hcpcs[0], hcpcs[1]))
        mcc = {"coding": codings, "text": rxtext} if codings else {"text": rxtext}
        if kind == "request":
            r = {"resourceType": "MedicationRequest", "id": self.nid("medrx"), "status": status, "intent": intent,
                 "medicationCodeableConcept": mcc, "subject": ref(self.pat), "authoredOn": start, "requester": ref(self.pr[pr])}
            if reason:
                r["reasonCode"] = [cc(*reason[0], text=reason[1])] if isinstance(reason, tuple) else [cc(text=reason)]
            if reason_ref:
                r["reasonReference"] = [ref(reason_ref)]
            if dose:
                r["dosageInstruction"] = [{"text": dose}]
            if end:
                r["dispenseRequest"] = {"validityPeriod": {"start": start, "end": end}}
        else:
            r = {"resourceType": "MedicationStatement", "id": self.nid("medst"), "status": status, "medicationCodeableConcept": mcc,
                 "subject": ref(self.pat), "effectivePeriod": {"start": start, **({"end": end} if end else {})}, "dateAsserted": end or start,
                 "informationSource": ref(self.pr[pr])}
            if reason:
                r["reasonCode"] = [cc(*reason[0], text=reason[1])] if isinstance(reason, tuple) else [cc(text=reason)]
            if reason_ref:
                r["reasonReference"] = [ref(reason_ref)]
            if dose:
                r["dosage"] = [{"text": dose}]
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    def medadmin(self, rxcode, rxtext, date, enc=None, hcpcs=None, dose_text=None, route=None, pr="a", reason_ref=None):
        codings = []
        if rxcode:
            codings.append(cd(RX, rxcode[0], rxcode[1]))
        if hcpcs:
            codings.append(cd(HCPCS, hcpcs[0], hcpcs[1]))
        r = {"resourceType": "MedicationAdministration", "id": self.nid("medadm"), "status": "completed",
             "medicationCodeableConcept": {"coding": codings, "text": rxtext}, "subject": ref(self.pat)}
        if enc:
            r["context"] = ref(enc)
        r["effectiveDateTime"] = self.T(date, "10:30:00")
        r["performer"] = [{"actor": ref(self.pr[pr])}]
        if reason_ref:
            r["reasonReference"] = [ref(reason_ref)]
        ds = {}
        if dose_text:
            ds["text"] = dose_text
        if route:
            ds["route"] = cc(text=route)
        if ds:
            r["dosage"] = ds
        return self.add(r)

    def note(self, date, kind, title, text, enc=None, pr="a", t="16:20:00", status="current"):
        code, disp = NOTE_TYPES[kind]
        r = {"resourceType": "DocumentReference", "id": self.nid("doc"), "status": status, "docStatus": "final",
             "type": cc((LNC, code, disp)),
             "category": [cc(("http://hl7.org/fhir/us/core/CodeSystem/us-core-documentreference-category", "clinical-note", "Clinical Note"))],
             "subject": ref(self.pat), "date": self.T(date, t), "author": [ref(self.pr[pr])], "custodian": ref(self.prov),
             "description": title,
             "content": [{"attachment": {"contentType": "text/plain", "data": base64.b64encode(text.strip().encode()).decode(),
                                         "title": title, "creation": self.T(date, t)}}]}
        ctx = {"period": {"start": self.T(date, t)}}
        if enc:
            ctx["encounter"] = [ref(enc)]
        r["context"] = ctx
        return self.add(r)

    def sr(self, codings, text, status, intent, authored, occ=None, cat="surgery", reason=None, reason_ref=None, pr="a",
           performer=None, note=None, priority="routine", occ_period=None):
        cats = {"surgery": (SCT, "387713003", "Surgical procedure"), "referral": (SCT, "3457005", "Patient referral"),
                "imaging": (SCT, "363679005", "Imaging"), "lab": (SCT, "108252007", "Laboratory procedure"),
                "procedure": (SCT, "71388002", "Procedure"), "counsel": (SCT, "409063005", "Counseling"), "therapy": (SCT, "277132007", "Therapeutic procedure")}
        r = {"resourceType": "ServiceRequest", "id": self.nid("sr"), "status": status, "intent": intent,
             "category": [cc(cats[cat])], "priority": priority, "code": cc(*codings, text=text), "subject": ref(self.pat)}
        if occ:
            r["occurrenceDateTime"] = occ
        if occ_period:
            r["occurrencePeriod"] = {"start": occ_period[0], "end": occ_period[1]}
        r["authoredOn"] = self.T(authored, "11:05:00")
        r["requester"] = ref(self.pr[pr])
        if performer:
            r["performer"] = [performer if isinstance(performer, dict) else ref(self.pr[performer])]
        if reason:
            r["reasonCode"] = [reason if isinstance(reason, dict) else cc(text=reason)]
        if reason_ref:
            r["reasonReference"] = [ref(x) for x in reason_ref]
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    def proc(self, codings, text, status, date=None, enc=None, reason_ref=None, pr="a", note=None, body=None, outcome=None, based_on=None, reason=None):
        r = {"resourceType": "Procedure", "id": self.nid("proc"), "status": status, "code": cc(*codings, text=text), "subject": ref(self.pat)}
        if based_on:
            r["basedOn"] = [ref(based_on)]
        if enc:
            r["encounter"] = ref(enc)
        if date:
            r["performedDateTime"] = self.T(date, "10:00:00")
        if pr:
            r["performer"] = [{"actor": ref(self.pr[pr])}]
        if reason:
            r["reasonCode"] = [cc(text=reason)]
        if reason_ref:
            r["reasonReference"] = [ref(x) for x in reason_ref]
        if body:
            r["bodySite"] = [cc(text=body)]
        if outcome:
            r["outcome"] = cc(text=outcome)
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    def careplan(self, title, desc, start, cats, addresses=None, activities=(), status="active", pr="a", end=None):
        r = {"resourceType": "CarePlan", "id": self.nid("cp"), "status": status, "intent": "plan",
             "category": [c if isinstance(c, dict) else cc(c) for c in cats], "title": title, "description": desc,
             "subject": ref(self.pat), "period": {"start": start, **({"end": end} if end else {})}, "created": start, "author": ref(self.pr[pr])}
        if addresses:
            r["addresses"] = [ref(a) for a in addresses]
        acts = []
        for a in activities:
            det = {"kind": a.get("kind", "ServiceRequest"), "code": a["code"], "status": a.get("status", "in-progress"), "description": a.get("desc", "")}
            if not det["description"]:
                del det["description"]
            acts.append({"detail": det})
        if acts:
            r["activity"] = acts
        return self.add(r)

    def allergy(self, codings, text, recorded, reaction, cat="medication", crit="low", pr="a"):
        return self.add({"resourceType": "AllergyIntolerance", "id": self.nid("alg"),
                         "clinicalStatus": cc(("http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical", "active", "Active")),
                         "verificationStatus": cc(("http://terminology.hl7.org/CodeSystem/allergyintolerance-verification", "confirmed", "Confirmed")),
                         "type": "allergy", "category": [cat], "criticality": crit, "code": cc(*codings, text=text),
                         "patient": ref(self.pat), "recordedDate": recorded, "recorder": ref(self.pr[pr]),
                         "reaction": [{"manifestation": [cc(text=reaction)]}]})

    def nkda(self, recorded, pr="a"):
        return self.add({"resourceType": "AllergyIntolerance", "id": self.nid("alg"),
                         "clinicalStatus": cc(("http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical", "active", "Active")),
                         "verificationStatus": cc(("http://terminology.hl7.org/CodeSystem/allergyintolerance-verification", "confirmed", "Confirmed")),
                         "code": cc((SCT, "716186003", "No known allergy"), text="NKDA"), "patient": ref(self.pat), "recordedDate": recorded,
                         "recorder": ref(self.pr[pr])})

    def imm(self, cvx, text, date):
        return self.add({"resourceType": "Immunization", "id": self.nid("imm"), "status": "completed",
                         "vaccineCode": cc((CVX, cvx, text)), "patient": ref(self.pat), "occurrenceDateTime": date,
                         "primarySource": True})

    def smoking(self, date, code, disp):
        return self.obs((LNC, "72166-2", "Tobacco smoking status"), date, vcc=cc((SCT, code, disp)), cat="social-history", interp=None)

    def qr(self, questionnaire, authored, items, author=None, source=None, enc=None, status="completed"):
        r = {"resourceType": "QuestionnaireResponse", "id": self.nid("qr"), "questionnaire": questionnaire, "status": status,
             "subject": ref(self.pat), "authored": self.T(authored, "07:50:00"),
             "author": ref(author or self.pat), "source": ref(source or self.pat)}
        if enc:
            r["encounter"] = ref(enc)
        its = []
        for link, text, ans in items:
            it = {"linkId": link, "text": text}
            if ans is not None:
                if isinstance(ans, bool):
                    a = {"valueBoolean": ans}
                elif isinstance(ans, int):
                    a = {"valueInteger": ans}
                elif isinstance(ans, tuple):
                    a = {"valueCoding": cd(*ans)}
                else:
                    a = {"valueString": ans}
                it["answer"] = [a]
            its.append(it)
        r["item"] = its
        return self.add(r)

    def comm(self, sent, text, sender=None, recipient="a", status="completed", about=None, cat_text="Patient portal message", in_response=None, topic=None):
        r = {"resourceType": "Communication", "id": self.nid("comm"), "status": status,
             "category": [cc(("http://terminology.hl7.org/CodeSystem/communication-category", "notification", "Notification"), text=cat_text)],
             "subject": ref(self.pat)}
        if in_response:
            r["inResponseTo"] = [ref(in_response)]
        if topic:
            r["topic"] = cc(text=topic)
        if about:
            r["about"] = [ref(about)]
        r["sent"] = self.T(sent, "21:14:00")
        r["recipient"] = [ref(self.pr[recipient]) if recipient in self.pr else ref(recipient)]
        r["sender"] = ref(sender or self.pat)
        r["payload"] = [{"contentString": text}]
        return self.add(r)

    def flag(self, text, start, author=None, cat="admin", code=None, status="active", enc=None):
        r = {"resourceType": "Flag", "id": self.nid("flag"), "status": status,
             "category": [cc(("http://terminology.hl7.org/CodeSystem/flag-category", cat, {"admin": "Administrative", "clinical": "Clinical", "safety": "Safety", "behavioral": "Behavioral", "advance-directive": "Advance Directive"}[cat]))],
             "code": cc(*(code or []), text=text), "subject": ref(self.pat), "period": {"start": start}, "author": ref(author or self.pat)}
        if enc:
            r["encounter"] = ref(enc)
        return self.add(r)

    def impression(self, date, desc, summary, problems=(), findings=(), pr="a", enc=None, status="completed"):
        r = {"resourceType": "ClinicalImpression", "id": self.nid("ci"), "status": status, "description": desc, "subject": ref(self.pat)}
        if enc:
            r["encounter"] = ref(enc)
        r["effectiveDateTime"] = date
        r["date"] = self.T(date, "17:00:00")
        r["assessor"] = ref(self.pr[pr])
        if problems:
            r["problem"] = [ref(p) for p in problems]
        if findings:
            r["finding"] = [{"itemCodeableConcept": f} if isinstance(f, dict) else {"itemReference": ref(f)} for f in findings]
        r["summary"] = summary
        return self.add(r)
