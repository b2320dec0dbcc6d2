"""Helpers to write FHIR R4 transaction bundles for the case set."""
import base64
import collections

SYS = dict(
    sct="http://snomed.info/sct",
    icd="http://hl7.org/fhir/sid/icd-10-cm",
    cpt="http://www.ama-assn.org/go/cpt",
    hcpcs="urn:oid:2.16.840.1.113883.6.285",
    loinc="http://loinc.org",
    rx="http://www.nlm.nih.gov/research/umls/rxnorm",
    npi="http://hl7.org/fhir/sid/us-npi",
)
UCUM = "http://unitsofmeasure.org"
INTERP = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation"
INTERP_D = {"N": "Normal", "H": "High", "L": "Low", "A": "Abnormal", "HH": "Critical high", "LL": "Critical low"}

ORGS = {
    "MCM": dict(name="Mercy County Medical Center", base="https://ehr.mercycountymc.org/fhir/R4", city="San Antonio", state="TX", zip="78207", phone="210-555-0100", mrn="urn:oid:2.16.840.1.113883.3.4412.1"),
    "KCH": dict(name="Kings Crossing Hospital Center", base="https://fhir.kingscrossing-hc.org/r4", city="Brooklyn", state="NY", zip="11213", phone="718-555-0142", mrn="urn:oid:2.16.840.1.113883.3.7781.2"),
    "HCG": dict(name="Harbor City General Hospital", base="https://fhir.harborcitygeneral.org/r4", city="Oakland", state="CA", zip="94607", phone="510-555-0190", mrn="https://harborcitygeneral.org/mrn"),
    "RPH": dict(name="Riverside Public Hospital", base="https://api.riversidepublic.org/fhir/r4", city="Chicago", state="IL", zip="60612", phone="312-555-0133", mrn="urn:oid:2.16.840.1.113883.3.9021.5"),
    "CRE": dict(name="Carolina Rhythm & Electrophysiology Associates", base="https://fhir.carolinarhythm.com/r4", city="Charlotte", state="NC", zip="28204", phone="704-555-0177", mrn="https://carolinarhythm.com/patient-id"),
    "SSH": dict(name="Summit Structural Heart & Valve Center", base="https://interop.summitvalve.com/fhir/r4", city="Denver", state="CO", zip="80218", phone="303-555-0160", mrn="urn:oid:2.16.840.1.113883.3.6110.1"),
    "LHVI": dict(name="Lakeshore Heart & Vascular Institute", base="https://fhir.lakeshoreheart.org/r4", city="Grand Rapids", state="MI", zip="49503", phone="616-555-0118", mrn="urn:oid:2.16.840.1.113883.3.5530.7"),
    "PVCT": dict(name="Pioneer Valley Cardiothoracic Surgery", base="https://fhir.pvcardio.org/R4", city="Springfield", state="MA", zip="01199", phone="413-555-0125", mrn="https://pvcardio.org/mrn"),
    "CHC": dict(name="Cedar Hill Collaborative Care", base="https://fhir.cedarhillcc.org/R4", city="Columbus", state="OH", zip="43205", phone="614-555-0171", mrn="urn:oid:2.16.840.1.113883.3.8890.3"),
    "NBH": dict(name="Northgate Behavioral Health", base="https://fhir.northgatebh.org/r4", city="Portland", state="OR", zip="97217", phone="503-555-0104", mrn="https://northgatebh.org/chart"),
    "CRP": dict(name="Clearwater Recovery & Psychiatry", base="https://ehr.clearwaterrecovery.com/fhir/r4", city="Clearwater", state="FL", zip="33756", phone="727-555-0149", mrn="urn:oid:2.16.840.1.113883.3.3312.9"),
    "DMH": dict(name="Desert Mesa Psychiatric Associates", base="https://fhir.desertmesapsych.com/r4", city="Mesa", state="AZ", zip="85201", phone="480-555-0163", mrn="https://desertmesapsych.com/mrn"),
}


def C(s, code, display):
    return (s, code, display)


def cc(*codings, text=None):
    out = {}
    if codings:
        out["coding"] = [{"system": SYS.get(s, s), "code": c, "display": d} for s, c, d in codings]
    if text:
        out["text"] = text
    elif codings:
        out["text"] = codings[0][2]
    return out


def tx(text):
    return {"text": text}


def b64(s):
    return base64.b64encode(s.strip().encode("utf-8")).decode("ascii")


def dt(d):
    """date -> dateTime with local offset if only a date is given"""
    if len(d) == 10:
        return d + "T09:00:00-05:00"
    return d


class Case:
    def __init__(self, cid, org):
        self.cid = cid
        self.o = ORGS[org]
        self.base = self.o["base"]
        self.entries = []
        self.cnt = collections.Counter()
        self.P = f"Patient/{cid}"
        self.org = self.add("Organization", "org", {
            "identifier": [{"system": "http://hl7.org/fhir/sid/us-npi", "value": str(1000000000 + abs(hash(org)) % 899999999)}],
            "active": True, "type": [cc(C("http://terminology.hl7.org/CodeSystem/organization-type", "prov", "Healthcare Provider"))],
            "name": self.o["name"], "telecom": [{"system": "phone", "value": self.o["phone"]}],
            "address": [{"city": self.o["city"], "state": self.o["state"], "postalCode": self.o["zip"], "country": "US"}]})

    # ---- plumbing
    def add(self, rt, key, body):
        rid = self.cid if rt == "Patient" else f"{self.cid}-{key}"
        res = {"resourceType": rt, "id": rid}
        res.update(body)
        self.entries.append({"fullUrl": f"{self.base}/{rt}/{rid}", "resource": res,
                             "request": {"method": "PUT", "url": f"{rt}/{rid}"}})
        return f"{rt}/{rid}"

    def key(self, prefix):
        self.cnt[prefix] += 1
        return f"{prefix}-{self.cnt[prefix]}"

    def bundle(self):
        return {"resourceType": "Bundle", "type": "transaction", "entry": self.entries}

    # ---- people / admin
    def patient(self, given, family, gender, birth, mrn, line, lang=None, marital=None, phone=None, race=None):
        body = {
            "identifier": [{"use": "usual", "type": cc(C("http://terminology.hl7.org/CodeSystem/v2-0203", "MR", "Medical record number")),
                            "system": self.o["mrn"], "value": mrn, "assigner": {"reference": self.org}}],
            "active": True,
            "name": [{"use": "official", "family": family, "given": given.split()}],
            "telecom": [{"system": "phone", "value": phone or "555-01%02d" % (len(self.cid) * 7 % 100), "use": "mobile"}],
            "gender": gender, "birthDate": birth,
            "address": [{"use": "home", "line": [line], "city": self.o["city"], "state": self.o["state"], "postalCode": self.o["zip"]}],
            "managingOrganization": {"reference": self.org},
        }
        if marital:
            body["maritalStatus"] = cc(C("http://terminology.hl7.org/CodeSystem/v3-MaritalStatus", marital[0], marital[1]))
        if lang:
            body["communication"] = [{"language": cc(C("urn:ietf:bcp:47", lang[0], lang[1])), "preferred": True}]
        return self.add("Patient", None, body)

    def pract(self, given, family, qual, suffix="MD"):
        k = self.key("pr")
        return self.add("Practitioner", k, {
            "identifier": [{"system": SYS["npi"], "value": str(1100000000 + (abs(hash(given + family)) % 800000000))}],
            "active": True, "name": [{"family": family, "given": [given], "suffix": [suffix]}],
            "qualification": [{"code": tx(qual)}]})

    def coverage(self, payer, plan, ctype=("HIP", "health insurance plan policy"), member=None, rel="self"):
        po = self.add("Organization", "payer", {"active": True, "type": [cc(C("http://terminology.hl7.org/CodeSystem/organization-type", "ins", "Insurance Company"))], "name": payer})
        return self.add("Coverage", "cov", {
            "status": "active",
            "type": cc(C("http://terminology.hl7.org/CodeSystem/v3-ActCode", ctype[0], ctype[1])),
            "subscriberId": member or f"{self.cid.upper().replace('-', '')}77{len(payer)}",
            "beneficiary": {"reference": self.P},
            "relationship": cc(C("http://terminology.hl7.org/CodeSystem/subscriber-relationship", rel, rel.capitalize())),
            "payor": [{"reference": po}],
            "class": [{"type": cc(C("http://terminology.hl7.org/CodeSystem/coverage-class", "plan", "Plan")), "value": plan[:12].upper().replace(" ", ""), "name": plan}]})

    def allergy(self, text, code=None, reaction=None):
        body = {"clinicalStatus": cc(C("http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical", "active", "Active")),
                "verificationStatus": cc(C("http://terminology.hl7.org/CodeSystem/allergyintolerance-verification", "confirmed", "Confirmed")),
                "code": cc(code, text=text) if code else tx(text), "patient": {"reference": self.P}}
        if reaction:
            body["reaction"] = [{"manifestation": [tx(reaction)]}]
        return self.add("AllergyIntolerance", self.key("alg"), body)

    # ---- clinical
    def enc(self, start, cls, typ, reason=None, end=None, pract=None, status="finished", disp=None, service=None, reason_ref=None, prio=None):
        cls_d = {"AMB": "ambulatory", "EMER": "emergency", "IMP": "inpatient encounter", "OBSENC": "observation encounter", "VR": "virtual", "HH": "home health"}[cls]
        body = {"status": status, "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": cls, "display": cls_d},
                "type": [cc(*typ[1:], text=typ[0]) if isinstance(typ, tuple) else tx(typ)],
                "subject": {"reference": self.P}, "period": {"start": dt(start)},
                "serviceProvider": {"reference": self.org}}
        if end:
            body["period"]["end"] = dt(end)
        elif status == "finished":
            body["period"]["end"] = dt(start).replace("T09:00", "T10:10")
        if pract:
            body["participant"] = [{"type": [cc(C("http://terminology.hl7.org/CodeSystem/v3-ParticipationType", "ATND", "attender"))], "individual": {"reference": pract}}]
        if reason:
            body["reasonCode"] = [reason if isinstance(reason, dict) else tx(reason)]
        if reason_ref:
            body["reasonReference"] = [{"reference": r} for r in reason_ref]
        if disp:
            body["hospitalization"] = {"dischargeDisposition": tx(disp)}
        if service:
            body["serviceType"] = tx(service)
        if prio:
            body["priority"] = cc(C("http://terminology.hl7.org/CodeSystem/v3-ActPriority", prio[0], prio[1]))
        return self.add("Encounter", self.key("enc"), body)

    def cond(self, code, onset, status="active", ver="confirmed", cat="problem-list-item", enc=None, abate=None, recorded=None, note=None, severity=None, asserter=None, stage=None):
        body = {"clinicalStatus": cc(C("http://terminology.hl7.org/CodeSystem/condition-clinical", status, status.capitalize())),
                "verificationStatus": cc(C("http://terminology.hl7.org/CodeSystem/condition-ver-status", ver, ver.capitalize())),
                "category": [cc(C("http://terminology.hl7.org/CodeSystem/condition-category", cat, "Problem List Item" if cat == "problem-list-item" else "Encounter Diagnosis"))],
                "code": code, "subject": {"reference": self.P}}
        if onset:
            body["onsetDateTime"] = onset
        if abate:
            body["abatementDateTime"] = abate
        body["recordedDate"] = recorded or onset or "2020-01-01"
        if enc:
            body["encounter"] = {"reference": enc}
        if note:
            body["note"] = [{"text": note}]
        if severity:
            body["severity"] = tx(severity)
        if asserter:
            body["asserter"] = {"reference": asserter}
        if stage:
            body["stage"] = [{"summary": tx(stage)}]
        return self.add("Condition", self.key("cond"), body)

    def obs(self, code, date, value=None, unit=None, ucum=None, low=None, high=None, interp=None, cat="laboratory", enc=None,
            vstr=None, vcc=None, comps=None, note=None, rtext=None, status="final", performer=None, key="obs"):
        body = {"status": status,
                "category": [cc(C("http://terminology.hl7.org/CodeSystem/observation-category", cat, {"laboratory": "Laboratory", "vital-signs": "Vital Signs", "survey": "Survey", "imaging": "Imaging", "procedure": "Procedure", "exam": "Exam", "social-history": "Social History"}[cat]))],
                "code": code, "subject": {"reference": self.P}, "effectiveDateTime": dt(date)}
        if cat == "laboratory":
            body["issued"] = dt(date).replace("T09:00", "T11:42")
        if enc:
            body["encounter"] = {"reference": enc}
        if value is not None:
            q = {"value": value, "unit": unit or ucum}
            if ucum:
                q["system"] = UCUM
                q["code"] = ucum
            body["valueQuantity"] = q
        if vstr is not None:
            body["valueString"] = vstr
        if vcc is not None:
            body["valueCodeableConcept"] = vcc
        if interp:
            body["interpretation"] = [cc(C(INTERP, interp, INTERP_D[interp]))]
        if low is not None or high is not None or rtext:
            rr = {}
            if low is not None:
                rr["low"] = {"value": low, "unit": unit or ucum, **({"system": UCUM, "code": ucum} if ucum else {})}
            if high is not None:
                rr["high"] = {"value": high, "unit": unit or ucum, **({"system": UCUM, "code": ucum} if ucum else {})}
            if rtext:
                rr["text"] = rtext
            body["referenceRange"] = [rr]
        if comps:
            body["component"] = comps
        if note:
            body["note"] = [{"text": note}]
        if performer:
            body["performer"] = [{"reference": performer}]
        return self.add("Observation", self.key(key), body)

    def lab(self, name, date, value, enc=None, interp=None):
        """common labs by short name"""
        L = LABS[name]
        code = cc(C("loinc", L[0], L[1]))
        lo, hi = L[3], L[4]
        if interp is None and value is not None:
            interp = "N"
            if lo is not None and value < lo:
                interp = "L"
            if hi is not None and value > hi:
                interp = "H"
        return self.obs(code, date, value, L[2], L[2], lo, hi, interp, enc=enc, key="lab")

    def vitals(self, date, enc=None, bp=None, hr=None, wt=None, spo2=None, temp=None, rr=None):
        out = []
        if bp:
            out.append(self.obs(cc(C("loinc", "85354-9", "Blood pressure panel with all children optional")), date, cat="vital-signs", enc=enc, key="vs",
                                comps=[{"code": cc(C("loinc", "8480-6", "Systolic blood pressure")), "valueQuantity": {"value": bp[0], "unit": "mmHg", "system": UCUM, "code": "mm[Hg]"}},
                                       {"code": cc(C("loinc", "8462-4", "Diastolic blood pressure")), "valueQuantity": {"value": bp[1], "unit": "mmHg", "system": UCUM, "code": "mm[Hg]"}}]))
        if hr:
            out.append(self.obs(cc(C("loinc", "8867-4", "Heart rate")), date, hr, "/min", "/min", cat="vital-signs", enc=enc, key="vs"))
        if wt:
            out.append(self.obs(cc(C("loinc", "29463-7", "Body weight")), date, wt, "kg", "kg", cat="vital-signs", enc=enc, key="vs"))
        if spo2:
            out.append(self.obs(cc(C("loinc", "59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry")), date, spo2, "%", "%", cat="vital-signs", enc=enc, key="vs"))
        if temp:
            out.append(self.obs(cc(C("loinc", "8310-5", "Body temperature")), date, temp, "Cel", "Cel", cat="vital-signs", enc=enc, key="vs"))
        if rr:
            out.append(self.obs(cc(C("loinc", "9279-1", "Respiratory rate")), date, rr, "/min", "/min", cat="vital-signs", enc=enc, key="vs"))
        return out

    def score(self, code, date, value, enc=None, interp_text=None, items=None):
        comps = None
        if items:
            comps = [{"code": tx(t), "valueInteger": v} for t, v in items]
        return self._score(code, date, value, enc, interp_text, comps)

    def _score(self, code, date, value, enc, note, comps):
        body = {"status": "final",
                "category": [cc(C("http://terminology.hl7.org/CodeSystem/observation-category", "survey", "Survey"))],
                "code": code, "subject": {"reference": self.P}, "effectiveDateTime": dt(date),
                "valueInteger": value}
        if enc:
            body["encounter"] = {"reference": enc}
        if note:
            body["note"] = [{"text": note}]
        if comps:
            body["component"] = comps
        return self.add("Observation", self.key("score"), body)

    def med(self, code, date, dose, status="active", reason=None, kind="MedicationRequest", enc=None, end=None, requester=None, note=None):
        if kind == "MedicationRequest":
            body = {"status": status, "intent": "order", "medicationCodeableConcept": code, "subject": {"reference": self.P},
                    "authoredOn": date, "dosageInstruction": [{"text": dose}]}
            if requester:
                body["requester"] = {"reference": requester}
            if enc:
                body["encounter"] = {"reference": enc}
            if reason:
                body["reasonReference"] = [{"reference": reason}]
            if end:
                body["dispenseRequest"] = {"validityPeriod": {"start": date, "end": end}}
        else:
            body = {"status": status, "medicationCodeableConcept": code, "subject": {"reference": self.P},
                    "effectivePeriod": {"start": date, **({"end": end} if end else {})}, "dateAsserted": end or date,
                    "dosage": [{"text": dose}]}
            if reason:
                body["reasonReference"] = [{"reference": reason}]
        if note:
            body["note"] = [{"text": note}]
        return self.add(kind, self.key("med"), body)

    def note(self, date, typ, title, text, enc=None, author=None, cat=None):
        body = {"status": "current", "docStatus": "final", "type": typ, "subject": {"reference": self.P}, "date": dt(date),
                "description": title,
                "content": [{"attachment": {"contentType": "text/plain", "language": "en-US", "title": title, "data": b64(text), "creation": dt(date)}}]}
        body["category"] = [cat or cc(C("http://hl7.org/fhir/us/core/CodeSystem/us-core-documentreference-category", "clinical-note", "Clinical Note"))]
        if author:
            body["author"] = [{"reference": author}]
        body["custodian"] = {"reference": self.org}
        if enc:
            body["context"] = {"encounter": [{"reference": enc}]}
        return self.add("DocumentReference", self.key("doc"), body)

    def sr(self, code, date, status, intent, occ=None, reason=None, performer=None, cat=None, note=None, priority=None, requester=None, enc=None, reason_code=None):
        body = {"status": status, "intent": intent, "code": code, "subject": {"reference": self.P}, "authoredOn": dt(date)}
        if cat:
            body["category"] = [cat]
        if priority:
            body["priority"] = priority
        if occ:
            if isinstance(occ, tuple):
                body["occurrencePeriod"] = {"start": dt(occ[0]), "end": dt(occ[1])}
            else:
                body["occurrenceDateTime"] = dt(occ)
        if reason:
            body["reasonReference"] = [{"reference": r} for r in (reason if isinstance(reason, list) else [reason])]
        if reason_code:
            body["reasonCode"] = [reason_code]
        if performer:
            body["performer"] = [{"reference": performer}]
        if requester:
            body["requester"] = {"reference": requester}
        if enc:
            body["encounter"] = {"reference": enc}
        if note:
            body["note"] = [{"text": note}]
        return self.add("ServiceRequest", self.key("sr"), body)

    def proc(self, code, date, status="completed", reason=None, performer=None, note=None, enc=None, based_on=None, outcome=None):
        body = {"status": status, "code": code, "subject": {"reference": self.P}}
        if date:
            body["performedDateTime"] = dt(date)
        if reason:
            body["reasonReference"] = [{"reference": r} for r in (reason if isinstance(reason, list) else [reason])]
        if performer:
            body["performer"] = [{"actor": {"reference": performer}}]
        if enc:
            body["encounter"] = {"reference": enc}
        if based_on:
            body["basedOn"] = [{"reference": based_on}]
        if note:
            body["note"] = [{"text": note}]
        if outcome:
            body["outcome"] = tx(outcome)
        return self.add("Procedure", self.key("proc"), body)

    def report(self, code, date, conclusion, results=(), cat=("LAB", "Laboratory"), enc=None, performer=None):
        body = {"status": "final", "category": [cc(C("http://terminology.hl7.org/CodeSystem/v2-0074", cat[0], cat[1]))],
                "code": code, "subject": {"reference": self.P}, "effectiveDateTime": dt(date), "issued": dt(date).replace("T09:00", "T15:30"),
                "conclusion": conclusion}
        if results:
            body["result"] = [{"reference": r} for r in results]
        if enc:
            body["encounter"] = {"reference": enc}
        if performer:
            body["performer"] = [{"reference": performer}]
        return self.add("DiagnosticReport", self.key("dr"), body)


LABS = {
    # name: (loinc, display, ucum, low, high)
    "hgb_m": ("718-7", "Hemoglobin [Mass/volume] in Blood", "g/dL", 13.5, 17.5),
    "hgb_f": ("718-7", "Hemoglobin [Mass/volume] in Blood", "g/dL", 12.0, 15.5),
    "wbc": ("6690-2", "Leukocytes [#/volume] in Blood by Automated count", "10*3/uL", 4.0, 11.0),
    "plt": ("777-3", "Platelets [#/volume] in Blood by Automated count", "10*3/uL", 150, 400),
    "mcv": ("787-2", "MCV [Entitic volume] by Automated count", "fL", 80, 100),
    "na": ("2951-2", "Sodium [Moles/volume] in Serum or Plasma", "mmol/L", 135, 145),
    "k": ("2823-3", "Potassium [Moles/volume] in Serum or Plasma", "mmol/L", 3.5, 5.1),
    "cr_m": ("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", "mg/dL", 0.7, 1.3),
    "cr_f": ("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", "mg/dL", 0.5, 1.1),
    "bun": ("3094-0", "Urea nitrogen [Mass/volume] in Serum or Plasma", "mg/dL", 7, 20),
    "egfr": ("98979-8", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI 2021)", "mL/min/{1.73_m2}", 60, None),
    "glu": ("2345-7", "Glucose [Mass/volume] in Serum or Plasma", "mg/dL", 70, 99),
    "a1c": ("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "%", 4.0, 5.6),
    "tsh": ("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", "m[IU]/L", 0.4, 4.5),
    "ferritin": ("2276-4", "Ferritin [Mass/volume] in Serum or Plasma", "ng/mL", 24, 336),
    "trop": ("89579-7", "Troponin I.cardiac [Mass/volume] in Serum or Plasma by High sensitivity method", "ng/L", None, 34),
    "bnp": ("30934-4", "Natriuretic peptide B [Mass/volume] in Serum or Plasma", "pg/mL", None, 100),
    "ntbnp": ("33762-6", "Natriuretic peptide.B prohormone N-Terminal [Mass/volume] in Serum or Plasma", "pg/mL", None, 450),
    "lipase": ("3040-3", "Lipase [Enzymatic activity/volume] in Serum or Plasma", "U/L", 13, 60),
    "alt": ("1742-6", "Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma", "U/L", 7, 56),
    "ast": ("1920-8", "Aspartate aminotransferase [Enzymatic activity/volume] in Serum or Plasma", "U/L", 10, 40),
    "alp": ("6768-6", "Alkaline phosphatase [Enzymatic activity/volume] in Serum or Plasma", "U/L", 44, 147),
    "tbili": ("1975-2", "Bilirubin.total [Mass/volume] in Serum or Plasma", "mg/dL", 0.1, 1.2),
    "alb": ("1751-7", "Albumin [Mass/volume] in Serum or Plasma", "g/dL", 3.5, 5.0),
    "inr": ("6301-6", "INR in Platelet poor plasma by Coagulation assay", "{INR}", 0.9, 1.1),
    "psa": ("2857-1", "Prostate specific Ag [Mass/volume] in Serum or Plasma", "ng/mL", None, 4.0),
    "crp": ("1988-5", "C reactive protein [Mass/volume] in Serum or Plasma", "mg/L", None, 10),
    "ck": ("2157-6", "Creatine kinase [Enzymatic activity/volume] in Serum or Plasma", "U/L", 39, 308),
    "mg": ("19123-9", "Magnesium [Mass/volume] in Serum or Plasma", "mg/dL", 1.7, 2.2),
    "ldl": ("13457-7", "Cholesterol in LDL [Mass/volume] in Serum or Plasma by calculation", "mg/dL", None, 99),
    "hco3": ("1963-8", "Bicarbonate [Moles/volume] in Serum or Plasma", "mmol/L", 22, 29),
    "phos": ("2777-1", "Phosphate [Mass/volume] in Serum or Plasma", "mg/dL", 2.5, 4.5),
    "iron": ("2498-4", "Iron [Mass/volume] in Serum or Plasma", "ug/dL", 60, 170),
    "lithium": ("14334-7", "Lithium [Moles/volume] in Serum or Plasma", "mmol/L", 0.6, 1.2),
    "ddimer": ("48065-7", "Fibrin D-dimer FEU [Mass/volume] in Platelet poor plasma", "ng/mL{FEU}", None, 500),
    "b12": ("2132-9", "Cobalamin (Vitamin B12) [Mass/volume] in Serum or Plasma", "pg/mL", 200, 900),
    "ammonia": ("16362-6", "Ammonia [Moles/volume] in Plasma", "umol/L", 11, 51),
}

# frequently used code shortcuts
LN = lambda code, disp: cc(C("loinc", code, disp))
NOTE_PROGRESS = cc(C("loinc", "11506-3", "Progress note"))
NOTE_DC = cc(C("loinc", "18842-5", "Discharge summary"))
NOTE_ED = cc(C("loinc", "34111-5", "Emergency department Note"))
NOTE_HP = cc(C("loinc", "34117-2", "History and physical note"))
NOTE_CONSULT = cc(C("loinc", "11488-4", "Consult note"))
NOTE_PROC = cc(C("loinc", "28570-0", "Procedure note"))
NOTE_PHONE = cc(C("loinc", "34748-4", "Telephone encounter Note"))
NOTE_GENERIC = cc(C("loinc", "34109-9", "Note"))
PHQ9 = LN("44261-6", "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]")
GAD7 = LN("70274-6", "Generalized anxiety disorder 7 item (GAD-7) total score [Reported.PHQ]")
AUDITC = LN("75626-2", "Total score [AUDIT-C]")
