"""Small FHIR R4 builder used to write the case bundles."""
import base64, json

SYS = {
    "sct": "http://snomed.info/sct",
    "icd": "http://hl7.org/fhir/sid/icd-10-cm",
    "cpt": "http://www.ama-assn.org/go/cpt",
    "hcpcs": "http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets",
    "loinc": "http://loinc.org",
    "rx": "http://www.nlm.nih.gov/research/umls/rxnorm",
    "ucum": "http://unitsofmeasure.org",
    "la": "http://loinc.org",
}
INTERP = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation"
INTERP_D = {"N": "Normal", "H": "High", "L": "Low", "A": "Abnormal", "POS": "Positive", "NEG": "Negative",
            "HH": "Critical high", "LL": "Critical low"}

ORGS = {
    "ihs1": dict(base="https://fhir.redmesa.ihs.example.org/r4", name="Red Mesa Indian Health Center",
                 ref="Four Rivers Regional Medical Center", mrn="urn:oid:2.16.840.1.113883.3.4503.1.101", local="https://redmesa.ihs.example.org/codes"),
    "ihs2": dict(base="https://ehr.sweetgrass-tribalhealth.example.org/fhir/r4", name="Sweetgrass Tribal Health Center",
                 ref="Big Sky Mercy Hospital", mrn="https://sweetgrass-tribalhealth.example.org/mrn", local="https://sweetgrass-tribalhealth.example.org/codes"),
    "ihs3": dict(base="https://fhir.cedarriver-su.example.org/r4", name="Cedar River Service Unit - Whitehorse Clinic",
                 ref="Cedar River Indian Hospital", mrn="urn:oid:2.16.840.1.113883.3.4503.7.22", local="https://cedarriver-su.example.org/codes"),
    "cv1": dict(base="https://fhir.lakeshoreheart.example.org/r4", name="Lakeshore Heart & Vascular Institute",
                ref="Lakeshore University Hospital", mrn="https://lakeshoreheart.example.org/mrn", local="https://lakeshoreheart.example.org/fhir/CodeSystem/local"),
    "cv2": dict(base="https://api.piedmontcardio.example.com/fhir/R4", name="Piedmont Cardiovascular & Vascular Institute",
                ref="Piedmont Baptist Medical Center", mrn="urn:oid:1.2.840.114350.1.13.622.2.7.5.737384.14", local="https://piedmontcardio.example.com/codes"),
    "cv3": dict(base="https://fhir.desertsunheart.example.org/r4", name="Desert Sun Heart and Vascular Institute",
                ref="Desert Sun Regional Hospital", mrn="https://desertsunheart.example.org/mrn", local="https://desertsunheart.example.org/codes"),
    "dr1": dict(base="https://fhir.cascade-dra.example.com/r4", name="Cascade Dermatology, Rheumatology & Allergy",
                ref="Cascade Infusion Center", mrn="https://cascade-dra.example.com/mrn", local="https://cascade-dra.example.com/codes"),
    "dr2": dict(base="https://ehr.gulfcoastskinjoint.example.com/fhir/r4", name="Gulf Coast Skin, Joint & Allergy Specialists",
                ref="Gulf Coast Dermatopathology Laboratory", mrn="https://gulfcoastskinjoint.example.com/mrn", local="https://gulfcoastskinjoint.example.com/codes"),
    "dr3": dict(base="https://fhir.northstar-dermrheum.example.org/R4", name="Northstar Dermatology & Rheumatology Group",
                ref="Northstar Ambulatory Infusion Suite", mrn="urn:oid:2.16.840.1.113883.3.9921.4", local="https://northstar-dermrheum.example.org/codes"),
}

LAB = {  # key: loinc, display, unit, lo, hi
    "hba1c": ("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "%", 4.0, 5.6),
    "glu": ("2345-7", "Glucose [Mass/volume] in Serum or Plasma", "mg/dL", 70, 99),
    "creat": ("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", "mg/dL", 0.6, 1.3),
    "egfr": ("98979-8", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI 2021)", "mL/min/{1.73_m2}", 60, None),
    "bun": ("3094-0", "Urea nitrogen [Mass/volume] in Serum or Plasma", "mg/dL", 7, 20),
    "k": ("2823-3", "Potassium [Moles/volume] in Serum or Plasma", "mmol/L", 3.5, 5.1),
    "na": ("2951-2", "Sodium [Moles/volume] in Serum or Plasma", "mmol/L", 136, 145),
    "co2": ("1963-8", "Bicarbonate [Moles/volume] in Serum or Plasma", "mmol/L", 22, 29),
    "hgb": ("718-7", "Hemoglobin [Mass/volume] in Blood", "g/dL", 12.0, 15.5),
    "hgbm": ("718-7", "Hemoglobin [Mass/volume] in Blood", "g/dL", 13.5, 17.5),
    "wbc": ("6690-2", "Leukocytes [#/volume] in Blood by Automated count", "10*3/uL", 4.0, 11.0),
    "plt": ("777-3", "Platelets [#/volume] in Blood by Automated count", "10*3/uL", 150, 400),
    "mcv": ("787-2", "MCV [Entitic volume] by Automated count", "fL", 80, 100),
    "ferritin": ("2276-4", "Ferritin [Mass/volume] in Serum or Plasma", "ng/mL", 15, 150),
    "iron": ("2498-4", "Iron [Mass/volume] in Serum or Plasma", "ug/dL", 50, 170),
    "tsat": ("2502-3", "Iron saturation [Mass Fraction] in Serum or Plasma", "%", 20, 50),
    "tsh": ("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", "m[IU]/L", 0.4, 4.5),
    "ft4": ("3024-7", "Thyroxine (T4) free [Mass/volume] in Serum or Plasma", "ng/dL", 0.8, 1.8),
    "esr": ("4537-7", "Erythrocyte sedimentation rate by Westergren method", "mm/h", 0, 20),
    "crp": ("1988-5", "C reactive protein [Mass/volume] in Serum or Plasma", "mg/L", 0, 5),
    "alt": ("1742-6", "Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma", "U/L", 7, 56),
    "ast": ("1920-8", "Aspartate aminotransferase [Enzymatic activity/volume] in Serum or Plasma", "U/L", 10, 40),
    "alb": ("1751-7", "Albumin [Mass/volume] in Serum or Plasma", "g/dL", 3.5, 5.0),
    "tbili": ("1975-2", "Bilirubin.total [Mass/volume] in Serum or Plasma", "mg/dL", 0.1, 1.2),
    "inr": ("6301-6", "INR in Platelet poor plasma by Coagulation assay", "{INR}", 0.9, 1.1),
    "ntprobnp": ("33762-6", "Natriuretic peptide.B prohormone N-Terminal [Mass/volume] in Serum or Plasma", "pg/mL", 0, 125),
    "bnp": ("30934-4", "Natriuretic peptide B [Mass/volume] in Serum or Plasma", "pg/mL", 0, 100),
    "hstni": ("89579-7", "Troponin I.cardiac [Mass/volume] in Serum or Plasma by High sensitivity method", "ng/L", 0, 34),
    "ck": ("2157-6", "Creatine kinase [Enzymatic activity/volume] in Serum or Plasma", "U/L", 30, 200),
    "rf": ("11572-5", "Rheumatoid factor [Units/volume] in Serum or Plasma", "[IU]/mL", 0, 14),
    "ccp": ("32218-0", "Cyclic citrullinated peptide Ab [Units/volume] in Serum", "U/mL", 0, 19),
    "uacr": ("9318-7", "Albumin/Creatinine [Mass Ratio] in Urine", "mg/g{creat}", 0, 30),
    "ldl": ("13457-7", "Cholesterol in LDL [Mass/volume] in Serum or Plasma by calculation", "mg/dL", 0, 99),
    "ddimer": ("48065-7", "Fibrin D-dimer FEU [Mass/volume] in Platelet poor plasma", "ng/mL{FEU}", 0, 500),
    "lipase": ("3040-3", "Lipase [Enzymatic activity/volume] in Serum or Plasma", "U/L", 0, 160),
    "b12": ("2132-9", "Cobalamin (Vitamin B12) [Mass/volume] in Serum or Plasma", "pg/mL", 200, 900),
    "ca": ("17861-6", "Calcium [Mass/volume] in Serum or Plasma", "mg/dL", 8.5, 10.5),
    "phos": ("2777-1", "Phosphate [Mass/volume] in Serum or Plasma", "mg/dL", 2.5, 4.5),
    "pth": ("2731-8", "Parathyrin.intact [Mass/volume] in Serum or Plasma", "pg/mL", 15, 65),
    "ige": ("19113-0", "IgE [Units/volume] in Serum or Plasma", "[IU]/mL", 0, 100),
    "eos": ("711-2", "Eosinophils [#/volume] in Blood by Automated count", "10*3/uL", 0, 0.5),
    "uric": ("3084-1", "Urate [Mass/volume] in Serum or Plasma", "mg/dL", 3.5, 7.2),
    "c3": ("4485-9", "Complement C3 [Mass/volume] in Serum or Plasma", "mg/dL", 90, 180),
    "c4": ("4498-2", "Complement C4 [Mass/volume] in Serum or Plasma", "mg/dL", 10, 40),
    "psa": ("2857-1", "Prostate specific Ag [Mass/volume] in Serum or Plasma", "ng/mL", 0, 4.0),
    "ldh": ("14804-9", "Lactate dehydrogenase [Enzymatic activity/volume] in Serum or Plasma by Lactate to pyruvate reaction", "U/L", 140, 280),
    "aldolase": ("1753-3", "Aldolase [Enzymatic activity/volume] in Serum or Plasma", "U/L", 1.0, 8.1),
    "vitd": ("1989-3", "25-hydroxyvitamin D3+25-hydroxyvitamin D2 [Mass/volume] in Serum or Plasma", "ng/mL", 30, 100),
}


def coding(t):
    s, c, d = t
    return {"system": SYS.get(s, s), "code": c, "display": d}


def cc(*codings, text=None):
    out = {}
    if codings:
        out["coding"] = [coding(t) for t in codings]
    if text:
        out["text"] = text
    elif codings:
        out["text"] = codings[0][2]
    return out


def q(v, unit, code=None):
    return {"value": v, "unit": unit, "system": SYS["ucum"], "code": code or unit}


class B:
    def __init__(self, cid, orgkey):
        self.cid = cid
        self.o = ORGS[orgkey]
        self.entries = []
        self.n = {}
        self.org = self.add("Organization", {"name": self.o["name"], "active": True,
                                             "type": [cc(("http://terminology.hl7.org/CodeSystem/organization-type", "prov", "Healthcare Provider"))]}, "org")
        self.pat = None

    # ---- generic
    def add(self, rt, body, abbr=None):
        abbr = abbr or "".join(ch for ch in rt if ch.isupper()).lower()
        self.n[abbr] = self.n.get(abbr, 0) + 1
        rid = f"{self.cid}-{abbr}-{self.n[abbr]}" if rt != "Patient" else self.cid
        res = {"resourceType": rt, "id": rid}
        res.update(body)
        self.entries.append({"fullUrl": f"{self.o['base']}/{rt}/{rid}", "resource": res,
                             "request": {"method": "PUT", "url": f"{rt}/{rid}"}})
        return f"{rt}/{rid}"

    def local(self, code, display):
        return (self.o["local"], code, display)

    def bundle(self):
        return {"resourceType": "Bundle", "type": "transaction", "entry": self.entries}

    # ---- admin
    def organization(self, name, typ="prov", ident=None):
        body = {"name": name, "active": True,
                "type": [cc(("http://terminology.hl7.org/CodeSystem/organization-type", typ,
                             {"prov": "Healthcare Provider", "pay": "Payer", "govt": "Government", "ins": "Insurance Company"}[typ]))]}
        if ident:
            body["identifier"] = [{"system": "http://hl7.org/fhir/sid/us-npi", "value": ident}]
        return self.add("Organization", body, "org")

    def prac(self, family, given, npi, qual=None):
        body = {"identifier": [{"system": "http://hl7.org/fhir/sid/us-npi", "value": npi}], "active": True,
                "name": [{"family": family, "given": given.split(), "prefix": [] if qual in ("RN", "CHR", "PA-C", "NP", "RD", "CDCES") else ["Dr."]}]}
        if qual:
            body["qualification"] = [{"code": {"text": qual}}]
        return self.add("Practitioner", body, "pr")

    def patient(self, family, given, gender, birth, mrn, city, state, zip_, race=None, phone=None, gp=None, lang=None):
        body = {"identifier": [{"use": "usual", "type": cc(("http://terminology.hl7.org/CodeSystem/v2-0203", "MR", "Medical record number")),
                                "system": self.o["mrn"], "value": mrn}],
                "active": True, "name": [{"use": "official", "family": family, "given": given.split()}],
                "gender": gender, "birthDate": birth,
                "address": [{"use": "home", "city": city, "state": state, "postalCode": zip_, "country": "US"}],
                "managingOrganization": {"reference": self.org}}
        if phone:
            body["telecom"] = [{"system": "phone", "value": phone, "use": "mobile"}]
        if race:
            body["extension"] = [{"url": "http://hl7.org/fhir/us/core/StructureDefinition/us-core-race", "extension": [
                {"url": "ombCategory", "valueCoding": {"system": "urn:oid:2.16.840.1.113883.6.238", "code": race[0], "display": race[1]}},
                {"url": "text", "valueString": race[1]}]}]
        if gp:
            body["generalPractitioner"] = [{"reference": gp}]
        if lang:
            body["communication"] = [{"language": cc(("urn:ietf:bcp:47", lang[0], lang[1])), "preferred": True}]
        self.pat = self.add("Patient", body)
        return self.pat

    def coverage(self, payor, typ, member, start="2026-01-01", plan=None):
        body = {"status": "active", "type": cc(("http://terminology.hl7.org/CodeSystem/v3-ActCode", typ[0], typ[1])),
                "subscriberId": member, "beneficiary": {"reference": self.pat}, "relationship": cc(("http://terminology.hl7.org/CodeSystem/subscriber-relationship", "self", "Self")),
                "period": {"start": start}, "payor": [{"reference": payor}]}
        if plan:
            body["class"] = [{"type": cc(("http://terminology.hl7.org/CodeSystem/coverage-class", "plan", "Plan")), "value": plan[0], "name": plan[1]}]
        return self.add("Coverage", body, "cov")

    # ---- clinical
    def enc(self, start, cls, typ, reason=None, end=None, prac=None, status="finished", org=None, cpt=None, hosp=None):
        clsd = {"AMB": "ambulatory", "EMER": "emergency", "IMP": "inpatient encounter", "VR": "virtual", "HH": "home health", "OBSENC": "observation encounter"}
        t = cc(("cpt", cpt[0], cpt[1]), text=typ) if cpt else {"text": typ}
        body = {"status": status, "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": cls, "display": clsd[cls]},
                "type": [t], "subject": {"reference": self.pat},
                "period": {"start": start, **({"end": end} if end else ({"end": start} if status == "finished" else {}))},
                "serviceProvider": {"reference": org or self.org}}
        if prac:
            body["participant"] = [{"individual": {"reference": prac}}]
        if reason:
            body["reasonCode"] = [reason if isinstance(reason, dict) else {"text": reason}]
        if hosp:
            body["hospitalization"] = hosp
        return self.add("Encounter", body, "enc")

    def cond(self, code, onset, status="active", cat="problem-list-item", verif="confirmed", abate=None, recorded=None, enc=None, note=None, severity=None, asserter=None):
        body = {"clinicalStatus": cc(("http://terminology.hl7.org/CodeSystem/condition-clinical", status, status.capitalize()), text=None),
                "verificationStatus": cc(("http://terminology.hl7.org/CodeSystem/condition-ver-status", verif, verif.capitalize())),
                "category": [cc(("http://terminology.hl7.org/CodeSystem/condition-category", cat, {"problem-list-item": "Problem List Item", "encounter-diagnosis": "Encounter Diagnosis"}[cat]))],
                "code": code, "subject": {"reference": self.pat}}
        del body["clinicalStatus"]["text"]; del body["verificationStatus"]["text"]; del body["category"][0]["text"]
        if onset:
            body["onsetDateTime"] = onset
        if abate:
            body["abatementDateTime"] = abate
        body["recordedDate"] = recorded or onset
        if enc:
            body["encounter"] = {"reference": enc}
        if note:
            body["note"] = [{"text": note}]
        if severity:
            body["severity"] = severity
        if asserter:
            body["asserter"] = {"reference": asserter}
        return self.add("Condition", body, "cond")

    def obs(self, date, code, value=None, unit=None, ucum=None, ref=None, interp=None, cat="laboratory", enc=None, comps=None, note=None, perf=None, status="final", reftext=None):
        body = {"status": status, "category": [cc(("http://terminology.hl7.org/CodeSystem/observation-category", cat,
                                                  {"laboratory": "Laboratory", "vital-signs": "Vital Signs", "survey": "Survey", "exam": "Exam", "imaging": "Imaging", "procedure": "Procedure", "social-history": "Social History"}[cat]))],
                "code": code, "subject": {"reference": self.pat}, "effectiveDateTime": date}
        del body["category"][0]["text"]
        if enc:
            body["encounter"] = {"reference": enc}
        if perf:
            body["performer"] = [{"reference": perf}]
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            body["valueQuantity"] = q(value, unit, ucum) if unit else {"value": value}
        elif isinstance(value, dict):
            body["valueCodeableConcept"] = value
        elif isinstance(value, str):
            body["valueString"] = value
        if ref or reftext:
            rr = {}
            if ref:
                lo, hi = ref
                if lo is not None:
                    rr["low"] = q(lo, unit, ucum)
                if hi is not None:
                    rr["high"] = q(hi, unit, ucum)
            if reftext:
                rr["text"] = reftext
            body["referenceRange"] = [rr]
        if interp:
            body["interpretation"] = [cc((INTERP, interp, INTERP_D[interp]))]
            del body["interpretation"][0]["text"]
        if comps:
            body["component"] = comps
        if note:
            body["note"] = [{"text": note}]
        return self.add("Observation", body, "obs")

    def lab(self, date, key, value, enc=None, ref=None, interp=None):
        loinc, disp, unit, lo, hi = LAB[key]
        lo, hi = ref if ref else (lo, hi)
        if interp is None:
            interp = "L" if (lo is not None and value < lo) else "H" if (hi is not None and value > hi) else "N"
        return self.obs(date, cc(("loinc", loinc, disp)), value, unit, ref=(lo, hi), interp=interp, enc=enc)

    def labs(self, date, enc, **kv):
        out = []
        for k, v in kv.items():
            if isinstance(v, tuple):
                out.append(self.lab(date, k, v[0], enc, ref=v[1] if len(v) > 1 else None, interp=v[2] if len(v) > 2 else None))
            else:
                out.append(self.lab(date, k, v, enc))
        return out

    def qual(self, date, code, result, enc=None, interp=None):
        val = {"Negative": cc(("sct", "260385009", "Negative")), "Positive": cc(("sct", "10828004", "Positive")),
               "Not detected": cc(("sct", "260415000", "Not detected"))}.get(result, {"text": result})
        if interp is None:
            interp = {"Negative": "NEG", "Positive": "POS", "Not detected": "NEG"}.get(result)
        return self.obs(date, code, val, interp=interp, enc=enc)

    def vitals(self, date, enc, sbp=None, dbp=None, hr=None, wt=None, bmi=None, spo2=None, temp=None, rr=None):
        out = []
        if sbp:
            out.append(self.obs(date, cc(("loinc", "85354-9", "Blood pressure panel with all children optional"), text="Blood pressure"), cat="vital-signs", enc=enc, comps=[
                {"code": cc(("loinc", "8480-6", "Systolic blood pressure")), "valueQuantity": q(sbp, "mm[Hg]")},
                {"code": cc(("loinc", "8462-4", "Diastolic blood pressure")), "valueQuantity": q(dbp, "mm[Hg]")}]))
        if hr:
            out.append(self.obs(date, cc(("loinc", "8867-4", "Heart rate")), hr, "/min", cat="vital-signs", enc=enc))
        if rr:
            out.append(self.obs(date, cc(("loinc", "9279-1", "Respiratory rate")), rr, "/min", cat="vital-signs", enc=enc))
        if wt:
            out.append(self.obs(date, cc(("loinc", "29463-7", "Body weight")), wt, "kg", cat="vital-signs", enc=enc))
        if bmi:
            out.append(self.obs(date, cc(("loinc", "39156-5", "Body mass index (BMI) [Ratio]")), bmi, "kg/m2", cat="vital-signs", enc=enc))
        if spo2:
            out.append(self.obs(date, cc(("loinc", "59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry")), spo2, "%", cat="vital-signs", enc=enc))
        if temp:
            out.append(self.obs(date, cc(("loinc", "8310-5", "Body temperature")), temp, "Cel", cat="vital-signs", enc=enc))
        return out

    def score(self, date, code, value, enc=None, unit=None, note=None, interp=None, cat="survey"):
        return self.obs(date, code, value, unit or "{score}", cat=cat, enc=enc, note=note, interp=interp)

    def med(self, rx, start, status="active", dose=None, reason=None, prac=None, kind="MedicationRequest", end=None, note=None, intent="order"):
        mc = cc(("rx", rx[0], rx[1]), text=rx[2] if len(rx) > 2 else rx[1]) if rx[0] else {"text": rx[1]}
        if kind == "MedicationRequest":
            body = {"status": status, "intent": intent, "medicationCodeableConcept": mc, "subject": {"reference": self.pat}, "authoredOn": start}
            if prac:
                body["requester"] = {"reference": prac}
            if dose:
                body["dosageInstruction"] = [{"text": dose}]
            if end:
                body["dispenseRequest"] = {"validityPeriod": {"start": start, "end": end}}
        else:
            body = {"status": status, "medicationCodeableConcept": mc, "subject": {"reference": self.pat},
                    "effectivePeriod": {"start": start, **({"end": end} if end else {})}, "dateAsserted": start}
            if dose:
                body["dosage"] = [{"text": dose}]
        if reason:
            body["reasonCode"] = [reason if isinstance(reason, dict) else {"text": reason}]
        if note:
            body["note"] = [{"text": note}]
        return self.add(kind, body, "mr" if kind == "MedicationRequest" else "ms")

    def admin(self, date, rx, dose_text, reason=None, enc=None, prac=None):
        mc = cc(("rx", rx[0], rx[1]), text=rx[2] if len(rx) > 2 else rx[1]) if rx[0] else {"text": rx[1]}
        body = {"status": "completed", "medicationCodeableConcept": mc, "subject": {"reference": self.pat},
                "effectiveDateTime": date, "dosage": {"text": dose_text}}
        if enc:
            body["context"] = {"reference": enc}
        if prac:
            body["performer"] = [{"actor": {"reference": prac}}]
        if reason:
            body["reasonReference"] = [{"reference": reason}]
        return self.add("MedicationAdministration", body, "madm")

    def sr(self, code, authored, status="active", intent="order", occ=None, reason=None, requester=None, performer=None, category=None, note=None, priority=None, enc=None, reasonref=None):
        body = {"status": status, "intent": intent, "code": code, "subject": {"reference": self.pat}, "authoredOn": authored}
        if category:
            body["category"] = [category]
        if priority:
            body["priority"] = priority
        if occ:
            body["occurrenceDateTime" if len(occ) <= 25 and "/" not in occ else "occurrenceDateTime"] = occ
        if reason:
            body["reasonCode"] = [reason if isinstance(reason, dict) else {"text": reason}]
        if reasonref:
            body["reasonReference"] = [{"reference": reasonref}]
        if requester:
            body["requester"] = {"reference": requester}
        if performer:
            body["performer"] = [{"reference": performer}]
        if note:
            body["note"] = [{"text": note}]
        if enc:
            body["encounter"] = {"reference": enc}
        return self.add("ServiceRequest", body, "sr")

    def proc(self, code, date, status="completed", reason=None, performer=None, enc=None, note=None, bodysite=None, outcome=None, reasonref=None):
        body = {"status": status, "code": code, "subject": {"reference": self.pat}}
        if date:
            body["performedDateTime"] = date
        if reason:
            body["reasonCode"] = [reason if isinstance(reason, dict) else {"text": reason}]
        if reasonref:
            body["reasonReference"] = [{"reference": reasonref}]
        if performer:
            body["performer"] = [{"actor": {"reference": performer}}]
        if enc:
            body["encounter"] = {"reference": enc}
        if note:
            body["note"] = [{"text": note}]
        if bodysite:
            body["bodySite"] = [bodysite]
        if outcome:
            body["outcome"] = {"text": outcome}
        return self.add("Procedure", body, "proc")

    def note(self, date, doctype, text, author=None, enc=None, title=None):
        dt = {"progress": ("11506-3", "Progress note"), "consult": ("11488-4", "Consult note"), "hp": ("34117-2", "History and physical note"),
              "discharge": ("18842-5", "Discharge summary"), "path": ("11526-1", "Pathology study"), "procnote": ("28570-0", "Procedure note"),
              "referral": ("57133-1", "Referral note"), "imaging": ("18748-4", "Diagnostic imaging study"), "nurse": ("34746-8", "Nurse note"),
              "ed": ("34111-5", "Emergency department note"), "telephone": ("34748-4", "Telephone encounter Note"), "note": ("34109-9", "Note")}[doctype]
        body = {"status": "current", "docStatus": "final", "type": cc(("loinc", dt[0], dt[1])),
                "category": [cc(("http://hl7.org/fhir/us/core/CodeSystem/us-core-documentreference-category", "clinical-note", "Clinical Note"))],
                "subject": {"reference": self.pat}, "date": date + ("T12:00:00-07:00" if len(date) == 10 else ""),
                "content": [{"attachment": {"contentType": "text/plain", "data": base64.b64encode(text.encode()).decode(),
                                            "title": title or dt[1], "creation": date}}]}
        if author:
            body["author"] = [{"reference": author}]
        if enc:
            body["context"] = {"encounter": [{"reference": enc}]}
        if title:
            body["description"] = title
        return self.add("DocumentReference", body, "doc")

    def dr(self, date, code, conclusion, results=None, cat=("RAD", "Radiology"), enc=None, performer=None, concl_code=None):
        cpt = next((c["code"] for c in code.get("coding", []) if c["system"] == SYS["cpt"]), "")
        if cat == ("RAD", "Radiology") and cpt.startswith("933"):
            cat = ("CUS", "Cardiac Ultrasound")
        elif cat == ("RAD", "Radiology") and cpt.startswith("932"):
            cat = ("EC", "Electrocardiac")
        body = {"status": "final", "category": [cc(("http://terminology.hl7.org/CodeSystem/v2-0074", cat[0], cat[1]))],
                "code": code, "subject": {"reference": self.pat}, "effectiveDateTime": date, "issued": date + "T17:00:00Z",
                "conclusion": conclusion}
        if results:
            body["result"] = [{"reference": r} for r in results]
        if enc:
            body["encounter"] = {"reference": enc}
        if performer:
            body["performer"] = [{"reference": performer}]
        if concl_code:
            body["conclusionCode"] = [concl_code]
        return self.add("DiagnosticReport", body, "dr")

    def allergy(self, code, crit="low", reaction=None, date="2015-01-01"):
        body = {"clinicalStatus": cc(("http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical", "active", "Active")),
                "verificationStatus": cc(("http://terminology.hl7.org/CodeSystem/allergyintolerance-verification", "confirmed", "Confirmed")),
                "code": code, "patient": {"reference": self.pat}, "criticality": crit, "recordedDate": date}
        if reaction:
            body["reaction"] = [{"manifestation": [{"text": reaction}]}]
        return self.add("AllergyIntolerance", body, "ai")

    def imm(self, date, cvx, disp):
        return self.add("Immunization", {"status": "completed", "vaccineCode": cc(("http://hl7.org/fhir/sid/cvx", cvx, disp)),
                                         "patient": {"reference": self.pat}, "occurrenceDateTime": date}, "imm")


def write(b, path):
    with open(path, "w") as f:
        json.dump(b.bundle(), f, indent=1)
