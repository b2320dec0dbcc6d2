"""Small helpers that build FHIR R4 transaction bundles for the evaluation set."""
import base64

LOINC = "http://loinc.org"
SCT = "http://snomed.info/sct"
ICD10 = "http://hl7.org/fhir/sid/icd-10"
ICD10CM = "http://hl7.org/fhir/sid/icd-10-cm"
PCS = "http://www.cms.gov/Medicare/Coding/ICD10"
CPT = "http://www.ama-assn.org/go/cpt"
HCPCS = "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets"
RXN = "http://www.nlm.nih.gov/research/umls/rxnorm"
UCUM = "http://unitsofmeasure.org"
ORPHA = "http://www.orpha.net"
THO = "http://terminology.hl7.org/CodeSystem/"
INTERP = THO + "v3-ObservationInterpretation"

ORGS = {
    "IN": dict(
        name="Sanjeevani Multispeciality Hospitals Pvt Ltd", base="https://fhir.sanjeevanihospitals.in/r4",
        local="https://fhir.sanjeevanihospitals.in/CodeSystem/", tz="+05:30", country="IN",
        payor="Suraksha General Insurance Co. Ltd (TPA: MediAssist)",
    ),
    "CL": dict(
        name="Keystone Mutual Health Plan", base="https://fhir.keystonemutual.org/bluebutton/r4",
        local="https://fhir.keystonemutual.org/CodeSystem/", tz="-05:00", country="US",
        payor="Keystone Mutual Health Plan",
    ),
    "PS": dict(
        name="Riverbend Behavioral Health and Addiction Medicine", base="https://fhir.riverbend-bh.org/R4",
        local="https://fhir.riverbend-bh.org/CodeSystem/", tz="-06:00", country="US",
        payor="Prairie State Medicaid Managed Care",
    ),
    "CA": dict(
        name="Lakeside Heart & Vascular Associates", base="https://fhir.lakesideheart.org/R4",
        local="https://fhir.lakesideheart.org/CodeSystem/", tz="-05:00", country="US",
        payor="Great Lakes Health Assurance",
    ),
}


def c(system, code, display=None):
    d = {"system": system, "code": code}
    if display:
        d["display"] = display
    return d


def cc(*codings, text=None):
    """CodeableConcept from coding tuples (system, code, display) and/or text."""
    out = {}
    cods = [c(*x) for x in codings]
    if cods:
        out["coding"] = cods
    if text or cods:
        out["text"] = text or cods[0].get("display", cods[0]["code"])
    return out


def T(text):
    return {"text": text}


def ref(r, display=None):
    d = {"reference": r}
    if display:
        d["display"] = display
    return d


def q(value, unit, code=None):
    return {"value": value, "unit": unit, "system": UCUM, "code": code or unit}


CLIN = cc((THO + "condition-clinical", "active", "Active"))
VER = cc((THO + "condition-ver-status", "confirmed", "Confirmed"))


class B:
    def __init__(self, cid, org):
        self.cid, self.okey, self.o = cid, org, ORGS[org]
        self.entries, self.n = [], {}
        self.pt = "Patient/" + cid

    # ---------- generic ----------
    def add(self, rtype, abbr, body, rid=None):
        if rid is None:
            self.n[abbr] = self.n.get(abbr, 0) + 1
            rid = f"{self.cid}-{abbr}{self.n[abbr]}"
        res = {"resourceType": rtype, "id": rid}
        res.update(body)
        self.entries.append({"fullUrl": f"{self.o['base']}/{rtype}/{rid}", "resource": res,
                             "request": {"method": "PUT", "url": f"{rtype}/{rid}"}})
        return f"{rtype}/{rid}"

    def bundle(self):
        return {"resourceType": "Bundle", "id": self.cid + "-bundle", "type": "transaction", "entry": self.entries}

    def dt(self, d, t="10:00:00"):
        return d if "T" in d else f"{d}T{t}{self.o['tz']}"

    # ---------- administrative ----------
    def base(self, given, family, gender, birth, city, state, postal, practs, extra_orgs=(), phone=None):
        o = self.o
        ident = []
        if self.okey == "IN":
            ident = [{"type": cc((THO + "v2-0203", "MR", "Medical record number")), "system": o["local"] + "uhid",
                      "value": "SMH" + self.cid[-2:] + "40" + str(len(family) * 731 + 10000)}]
        elif self.okey == "CL":
            ident = [{"type": cc((THO + "v2-0203", "MB", "Member Number")), "system": o["local"] + "member-id",
                      "value": "KMH" + str(len(given) * 1000003 + len(family) * 7919 + 300000000)}]
        else:
            ident = [{"type": cc((THO + "v2-0203", "MR", "Medical record number")), "system": o["local"] + "mrn",
                      "value": "MRN" + str(len(family) * 40123 + len(given) * 77 + 5100000)}]
        self.org = self.add("Organization", "org", {
            "identifier": [{"system": o["local"] + "org", "value": self.okey + "-MAIN"}],
            "active": True, "type": [cc((THO + "organization-type", "ins" if self.okey == "CL" else "prov",
                                         "Insurance Company" if self.okey == "CL" else "Healthcare Provider"))],
            "name": o["name"]})
        self.payor = self.org if self.okey == "CL" else self.add("Organization", "org", {
            "active": True, "type": [cc((THO + "organization-type", "ins", "Insurance Company"))], "name": o["payor"]})
        self.orgs = {}
        for key, nm in extra_orgs:
            self.orgs[key] = self.add("Organization", "org", {
                "active": True, "type": [cc((THO + "organization-type", "prov", "Healthcare Provider"))], "name": nm})
        self.pr = {}
        for key, (g, f, role) in practs.items():
            body = {"active": True, "name": [{"family": f, "given": [g], "prefix": ["Dr"]}]}
            if role:
                body["qualification"] = [{"code": T(role)}]
            if self.okey == "CL":
                body["identifier"] = [{"system": "http://hl7.org/fhir/sid/us-npi",
                                       "value": str(1000000000 + (len(f) * 98765431 + len(g) * 1237) % 899999999)}]
            self.pr[key] = self.add("Practitioner", "pr", body)
        addr = {"use": "home", "city": city, "state": state, "postalCode": postal, "country": o["country"]}
        pat = {"identifier": ident, "active": True, "name": [{"use": "official", "family": family, "given": given.split()}],
               "gender": gender, "birthDate": birth, "address": [addr]}
        if phone:
            pat["telecom"] = [{"system": "phone", "value": phone, "use": "mobile"}]
        pat["managingOrganization"] = ref(self.org)
        self.add("Patient", None, pat, rid=self.cid)
        cov = {"status": "active", "type": cc((THO + "v3-ActCode", "HIP", "health insurance plan policy")),
               "subscriberId": "SUB-" + self.cid.upper().replace("-", ""), "beneficiary": ref(self.pt),
               "relationship": cc((THO + "subscriber-relationship", "self", "Self")),
               "period": {"start": "2025-01-01"}, "payor": [ref(self.payor)]}
        if self.okey == "CL":
            cov.update({"subscriber": ref(self.pt), "dependent": "00", "order": 1, "network": "Keystone Select PPO",
                        "class": [{"type": cc((THO + "coverage-class", "group", "Group")), "value": "KM-40217",
                                   "name": "Tri-County Manufacturers Association"},
                                  {"type": cc((THO + "coverage-class", "plan", "Plan")), "value": "PPO-GOLD-26",
                                   "name": "Keystone Gold PPO 2026"},
                                  {"type": cc((THO + "coverage-class", "rxgroup", "Rx Group")), "value": "RXKM26"}],
                        "costToBeneficiary": [{"type": cc((THO + "coverage-copay-type", "gpvisit", "GP Office Visit")),
                                               "valueMoney": {"value": 25, "currency": "USD"}},
                                              {"type": cc((THO + "coverage-copay-type", "spvisit", "Specialist Office Visit")),
                                               "valueMoney": {"value": 50, "currency": "USD"}}]})
        self.cov = self.add("Coverage", "cov", cov)

    # ---------- encounters ----------
    def enc(self, start, kind="AMB", reason=None, typ=None, end=None, status="finished", pr=None, admit=None,
            org=None, disch=None):
        disp = {"AMB": "ambulatory", "IMP": "inpatient encounter", "EMER": "emergency", "VR": "virtual",
                "HH": "home health"}[kind]
        body = {"status": status, "class": c(THO + "v3-ActCode", kind, disp), "subject": ref(self.pt)}
        if typ:
            body["type"] = [typ if isinstance(typ, dict) else T(typ)]
        if pr or self.pr:
            body["participant"] = [{"individual": ref(pr or next(iter(self.pr.values())))}]
        body["period"] = {"start": self.dt(start)}
        if end:
            body["period"]["end"] = self.dt(end, "17:00:00")
        elif status == "finished":
            body["period"]["end"] = self.dt(start, "10:30:00")
        if reason:
            body["reasonCode"] = reason if isinstance(reason, list) else [reason]
        if admit or disch:
            body["hospitalization"] = {}
            if admit:
                body["hospitalization"]["admitSource"] = cc((THO + "admit-source", admit[0], admit[1]))
            if disch:
                body["hospitalization"]["dischargeDisposition"] = cc((THO + "discharge-disposition", disch[0], disch[1]))
        body["serviceProvider"] = ref(org or self.org)
        return self.add("Encounter", "enc", body)

    # ---------- clinical ----------
    def cond(self, code, onset, status="active", cat="problem-list-item", abate=None, enc=None, recorded=None,
             note=None, ver="confirmed", severity=None, evidence=None, stage=None):
        body = {"clinicalStatus": cc((THO + "condition-clinical", status, status.capitalize())),
                "verificationStatus": cc((THO + "condition-ver-status", ver, ver.capitalize())),
                "category": [cc((THO + "condition-category", cat,
                                 "Problem List Item" if cat == "problem-list-item" else "Encounter Diagnosis"))]}
        if severity:
            body["severity"] = severity
        body["code"] = code
        body["subject"] = ref(self.pt)
        if enc:
            body["encounter"] = ref(enc)
        if onset:
            body["onsetDateTime"] = onset
        if abate:
            body["abatementDateTime"] = abate
        body["recordedDate"] = recorded or onset
        if stage:
            body["stage"] = [{"summary": stage}]
        if evidence:
            body["evidence"] = [{"detail": [ref(x) for x in evidence]}]
        if note:
            body["note"] = [{"text": note}]
        return self.add("Condition", "cond", body)

    def obs(self, code, date, value=None, cat="laboratory", rng=None, interp=None, enc=None, note=None,
            comps=None, unit=None, performer=None, method=None, status="final"):
        body = {"status": status, "category": [cc((THO + "observation-category", cat, {
            "laboratory": "Laboratory", "vital-signs": "Vital Signs", "survey": "Survey", "exam": "Exam",
            "imaging": "Imaging", "procedure": "Procedure", "social-history": "Social History"}[cat]))],
                "code": code, "subject": ref(self.pt)}
        if enc:
            body["encounter"] = ref(enc)
        body["effectiveDateTime"] = date
        if performer:
            body["performer"] = [ref(performer)]
        if isinstance(value, bool):
            body["valueBoolean"] = value
        elif isinstance(value, int) and unit is None:
            body["valueInteger"] = value
        elif isinstance(value, (int, float)):
            body["valueQuantity"] = q(value, *unit) if isinstance(unit, tuple) else q(value, unit)
        elif isinstance(value, str):
            body["valueString"] = value
        elif isinstance(value, dict):
            body["valueCodeableConcept"] = value
        if interp:
            names = {"N": "Normal", "H": "High", "L": "Low", "A": "Abnormal", "HH": "Critical high",
                     "LL": "Critical low", "POS": "Positive", "NEG": "Negative"}
            body["interpretation"] = [cc((INTERP, interp, names[interp]))]
        if note:
            body["note"] = [{"text": note}]
        if method:
            body["method"] = method
        if rng:
            u = body.get("valueQuantity", {})
            rr = {}
            if rng[0] is not None:
                rr["low"] = {k: v for k, v in u.items() if k != "value"} | {"value": rng[0]}
            if rng[1] is not None:
                rr["high"] = {k: v for k, v in u.items() if k != "value"} | {"value": rng[1]}
            if len(rng) > 2:
                rr["text"] = rng[2]
            body["referenceRange"] = [rr]
        if comps:
            body["component"] = comps
        return self.add("Observation", "obs", body)

    def lab(self, code, date, v, unit, lo=None, hi=None, enc=None, note=None):
        interp = "N"
        if lo is not None and v < lo:
            interp = "L"
        if hi is not None and v > hi:
            interp = "H"
        return self.obs(code, date, v, unit=unit, rng=(lo, hi), interp=interp, enc=enc, note=note)

    def score(self, code, date, v, enc=None, note=None, interp=None):
        return self.obs(code, date, v, cat="survey", enc=enc, note=note, interp=interp)

    def symptom(self, code, date, enc=None, note=None):
        return self.obs(code, date, cc((SCT, "52101004", "Present")), cat="exam", enc=enc, note=note)

    def vitals(self, date, enc=None, bp=None, hr=None, wt=None, temp=None, spo2=None):
        out = []
        if bp:
            out.append(self.obs(cc((LOINC, "85354-9", "Blood pressure panel with all children optional")), date,
                                cat="vital-signs", enc=enc, comps=[
                    {"code": cc((LOINC, "8480-6", "Systolic blood pressure")), "valueQuantity": q(bp[0], "mm[Hg]")},
                    {"code": cc((LOINC, "8462-4", "Diastolic blood pressure")), "valueQuantity": q(bp[1], "mm[Hg]")}]))
        if hr:
            out.append(self.obs(cc((LOINC, "8867-4", "Heart rate")), date, hr, cat="vital-signs", enc=enc,
                                unit=("beats/minute", "/min")))
        if wt:
            out.append(self.obs(cc((LOINC, "29463-7", "Body weight")), date, wt, cat="vital-signs", enc=enc, unit="kg"))
        if temp:
            out.append(self.obs(cc((LOINC, "8310-5", "Body temperature")), date, temp, cat="vital-signs", enc=enc,
                                unit="Cel"))
        if spo2:
            out.append(self.obs(cc((LOINC, "59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry")), date,
                                spo2, cat="vital-signs", enc=enc, unit="%"))
        return out

    def medreq(self, med, date, dose, status="active", intent="order", reason=None, pr=None, enc=None, note=None,
               course=None):
        body = {"status": status, "intent": intent, "medicationCodeableConcept": med, "subject": ref(self.pt)}
        if enc:
            body["encounter"] = ref(enc)
        body["authoredOn"] = date
        body["requester"] = ref(pr or next(iter(self.pr.values())))
        if reason:
            body["reasonReference" if isinstance(reason, str) else "reasonCode"] = \
                [ref(reason)] if isinstance(reason, str) else [reason]
        if course:
            body["courseOfTherapyType"] = cc((THO + "medicationrequest-course-of-therapy", course,
                                              {"continuous": "Continuous long term therapy", "acute": "Short course (acute) therapy"}[course]))
        if note:
            body["note"] = [{"text": note}]
        body["dosageInstruction"] = [{"text": dose}]
        return self.add("MedicationRequest", "mrq", body)

    def medstmt(self, med, start, dose, status="active", end=None, asserted=None, reason=None, note=None):
        body = {"status": status, "medicationCodeableConcept": med, "subject": ref(self.pt),
                "effectivePeriod": {"start": start} | ({"end": end} if end else {}),
                "dateAsserted": asserted or start, "informationSource": ref(self.pt)}
        if reason:
            body["reasonReference"] = [ref(reason)]
        if note:
            body["note"] = [{"text": note}]
        body["dosage"] = [{"text": dose}]
        return self.add("MedicationStatement", "mst", body)

    def disp(self, med, date, qty, days, pharmacy=None):
        body = {"status": "completed", "medicationCodeableConcept": med, "subject": ref(self.pt),
                "type": cc((THO + "v3-ActCode", "RF" if date > "2025-01-01" else "FF", "Refill")),
                "quantity": {"value": qty, "unit": "tablet", "system": "http://terminology.hl7.org/CodeSystem/v3-orderableDrugForm", "code": "TAB"},
                "daysSupply": q(days, "day", "d"), "whenHandedOver": date}
        if pharmacy:
            body["performer"] = [{"actor": ref(pharmacy)}]
        return self.add("MedicationDispense", "mdp", body)

    def medadmin(self, med, date, dose_text, enc=None, dose=None, route=None, reason=None):
        body = {"status": "completed", "medicationCodeableConcept": med, "subject": ref(self.pt)}
        if enc:
            body["context"] = ref(enc)
        body["effectiveDateTime"] = self.dt(date, "11:00:00")
        body["performer"] = [{"actor": ref(next(iter(self.pr.values())))}]
        if reason:
            body["reasonReference"] = [ref(reason)]
        dg = {"text": dose_text}
        if route:
            dg["route"] = route
        if dose:
            dg["dose"] = dose
        body["dosage"] = dg
        return self.add("MedicationAdministration", "mad", body)

    def sr(self, code, authored, status="active", intent="order", when=None, reason=None, reason_ref=None,
           cat=None, note=None, pr=None, performer=None, priority="routine", enc=None):
        body = {"status": status, "intent": intent}
        if cat:
            body["category"] = [cat]
        body.update({"priority": priority, "code": code, "subject": ref(self.pt)})
        if enc:
            body["encounter"] = ref(enc)
        if when:
            body["occurrenceDateTime"] = when
        body["authoredOn"] = authored
        body["requester"] = ref(pr or next(iter(self.pr.values())))
        if performer:
            body["performer"] = [ref(performer)]
        if reason:
            body["reasonCode"] = [reason]
        if reason_ref:
            body["reasonReference"] = [ref(x) for x in reason_ref]
        if note:
            body["note"] = [{"text": note}]
        return self.add("ServiceRequest", "sr", body)

    def proc(self, code, date, status="completed", reason=None, reason_ref=None, enc=None, note=None, pr=None,
             outcome=None, body_site=None, end=None):
        body = {"status": status, "code": code, "subject": ref(self.pt)}
        if enc:
            body["encounter"] = ref(enc)
        if status != "preparation" and date:
            if end:
                body["performedPeriod"] = {"start": date, "end": end}
            else:
                body["performedDateTime"] = date
        if pr or (self.pr and status == "completed"):
            body["performer"] = [{"actor": ref(pr or next(iter(self.pr.values())))}]
        if reason:
            body["reasonCode"] = [reason]
        if reason_ref:
            body["reasonReference"] = [ref(x) for x in reason_ref]
        if body_site:
            body["bodySite"] = [body_site]
        if outcome:
            body["outcome"] = T(outcome)
        if note:
            body["note"] = [{"text": note}]
        return self.add("Procedure", "proc", body)

    def careplan(self, title, cat, start, status="active", intent="plan", acts=(), desc=None, addresses=(), end=None,
                 pr=None):
        body = {"status": status, "intent": intent, "category": [cat], "title": title}
        if desc:
            body["description"] = desc
        body["subject"] = ref(self.pt)
        body["period"] = {"start": start} | ({"end": end} if end else {})
        body["author"] = ref(pr or next(iter(self.pr.values())))
        if addresses:
            body["addresses"] = [ref(a) for a in addresses]
        if acts:
            body["activity"] = [{"detail": {"code": a[0], "status": a[1]} | ({"description": a[2]} if len(a) > 2 else {})}
                                for a in acts]
        return self.add("CarePlan", "cp", body)

    def comm(self, date, text, sender=None, recipient=None, topic=None, in_response=None, medium=None):
        body = {"status": "completed"}
        if in_response:
            body["inResponseTo"] = [ref(in_response)]
        body["category"] = [cc((THO + "communication-category", "notification", "Notification"))]
        if medium:
            body["medium"] = [medium]
        body["subject"] = ref(self.pt)
        if topic:
            body["topic"] = T(topic)
        body["sent"] = self.dt(date, "21:14:00")
        body["recipient"] = [ref(recipient or next(iter(self.pr.values())))]
        body["sender"] = ref(sender or self.pt)
        body["payload"] = [{"contentString": text}]
        return self.add("Communication", "comm", body)

    def qr(self, date, questionnaire, items, author=None, enc=None):
        body = {"questionnaire": questionnaire, "status": "completed", "subject": ref(self.pt)}
        if enc:
            body["encounter"] = ref(enc)
        body["authored"] = self.dt(date, "09:40:00")
        body["author"] = ref(author or self.pt)
        body["source"] = ref(self.pt)
        its = []
        for link, text, ans in items:
            if isinstance(ans, bool):
                a = {"valueCoding": c(LOINC, "LA33-6", "Yes") if ans else c(LOINC, "LA32-8", "No")}
            elif isinstance(ans, int):
                a = {"valueInteger": ans}
            elif isinstance(ans, dict):
                a = {"valueCoding": ans}
            else:
                a = {"valueString": ans}
            its.append({"linkId": link, "text": text, "answer": [a]})
        body["item"] = its
        return self.add("QuestionnaireResponse", "qr", body)

    def flag(self, code, start, author=None, cat="clinical", status="active", end=None):
        body = {"status": status, "category": [cc((THO + "flag-category", cat, {
            "clinical": "Clinical", "admin": "Administrative", "safety": "Safety", "behavioral": "Behavioral",
            "advance-directive": "Advance Directive", "drug": "Drug"}[cat]))], "code": code, "subject": ref(self.pt),
                "period": {"start": start} | ({"end": end} if end else {})}
        if author:
            body["author"] = ref(author)
        return self.add("Flag", "flag", body)

    def note(self, date, title, text, typ=("11506-3", "Progress note"), enc=None, pr=None, org=None):
        data = base64.b64encode(text.encode("utf-8")).decode("ascii")
        body = {"status": "current", "docStatus": "final", "type": cc((LOINC, typ[0], typ[1])),
                "subject": ref(self.pt), "date": self.dt(date, "18:05:00"),
                "author": [ref(pr or next(iter(self.pr.values())))], "custodian": ref(org or self.org),
                "description": title,
                "content": [{"attachment": {"contentType": "text/plain", "language": "en", "data": data, "title": title,
                                            "creation": self.dt(date, "18:00:00")}}]}
        if enc:
            body["context"] = {"encounter": [ref(enc)]}
        return self.add("DocumentReference", "doc", body)

    def dr(self, code, date, conclusion, results=(), cat=("LAB", "Laboratory"), enc=None, pr=None, concl_code=None):
        body = {"status": "final", "category": [cc((THO + "v2-0074", cat[0], cat[1]))], "code": code,
                "subject": ref(self.pt)}
        if enc:
            body["encounter"] = ref(enc)
        body["effectiveDateTime"] = date
        body["issued"] = self.dt(date, "16:30:00")
        body["performer"] = [ref(pr or self.org)]
        if results:
            body["result"] = [ref(r) for r in results]
        body["conclusion"] = conclusion
        if concl_code:
            body["conclusionCode"] = [concl_code]
        return self.add("DiagnosticReport", "dr", body)

    def ci(self, date, desc, summary, findings=(), problems=(), enc=None, pr=None, status="completed"):
        body = {"status": status, "description": desc, "subject": ref(self.pt)}
        if enc:
            body["encounter"] = ref(enc)
        body["effectiveDateTime"] = date
        body["date"] = self.dt(date, "17:00:00")
        body["assessor"] = ref(pr or next(iter(self.pr.values())))
        if problems:
            body["problem"] = [ref(p) for p in problems]
        body["summary"] = summary
        if findings:
            body["finding"] = [{"itemCodeableConcept": f} for f in findings]
        return self.add("ClinicalImpression", "ci", body)

    def eob(self, date, enc, dx, lines, provider=None, ctype="professional", end=None, paid=None):
        """dx: list of CodeableConcept; lines: list of (CodeableConcept productOrService, charge, modifiers)."""
        body = {"status": "active",
                "type": cc((THO + "claim-type", ctype, ctype.capitalize())), "use": "claim", "patient": ref(self.pt),
                "billablePeriod": {"start": date, "end": end or date}, "created": self.dt(end or date, "08:00:00"),
                "insurer": ref(self.org), "provider": ref(provider or next(iter(self.pr.values()))),
                "outcome": "complete"}
        body["diagnosis"] = [{"sequence": i + 1, "diagnosisCodeableConcept": d} for i, d in enumerate(dx)]
        body["diagnosis"][0]["type"] = [cc((THO + "ex-diagnosistype", "principal", "Principal Diagnosis"))]
        body["insurance"] = [{"focal": True, "coverage": ref(self.cov)}]
        items, total = [], 0
        for i, ln in enumerate(lines):
            code, charge = ln[0], ln[1]
            it = {"sequence": i + 1, "diagnosisSequence": [1], "productOrService": code}
            if len(ln) > 2 and ln[2]:
                it["modifier"] = [cc((CPT, m, None)) for m in ln[2]]
            it["servicedDate"] = date
            it["net"] = {"value": charge, "currency": "USD"}
            total += charge
            items.append(it)
        body["item"] = items
        if enc:
            body["item"][0]["encounter"] = [ref(enc)]
        body["total"] = [{"category": cc((THO + "adjudication", "submitted", "Submitted Amount")),
                          "amount": {"value": round(total, 2), "currency": "USD"}},
                         {"category": cc((THO + "adjudication", "benefit", "Benefit Amount")),
                          "amount": {"value": round(paid if paid is not None else total * 0.62, 2), "currency": "USD"}}]
        return self.add("ExplanationOfBenefit", "eob", body)

    def visit(self, date, dx, cpts, kind="AMB", typ=None, end=None, provider=None, org=None, ctype=None, admit=None,
              disch=None, pr=None):
        """Claims-style encounter + EOB. dx: list of (system, code, display) tuples; cpts: list of (sys, code, display, charge[, modifiers])."""
        e = self.enc(date, kind, reason=[cc(d) for d in dx[:1]], typ=typ, end=end, pr=pr, org=org, admit=admit,
                     disch=disch)
        lines = [(cc(x[:3]), x[3], x[4] if len(x) > 4 else None) for x in cpts]
        self.eob(date, e, [cc(d) for d in dx], lines, provider=provider or pr,
                 ctype=ctype or ("institutional" if kind == "IMP" else "professional"), end=end)
        return e
def M(text, rx=None, disp=None):
    return cc((RXN, rx, disp), text=text) if rx else T(text)


def IC(code, disp, text=None):          # WHO ICD-10 (India)
    return cc((ICD10, code, disp), text=text)


def CM(code, disp):
    return (ICD10CM, code, disp)


def LN(code, disp):
    return cc((LOINC, code, disp))


def S(code, disp, text=None):
    return cc((SCT, code, disp), text=text)


def LOC(b, system, code, disp):
    return cc((b.o["local"] + system, code, disp))


HB = ("718-7", "Hemoglobin [Mass/volume] in Blood")
A1C = ("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood")
CREAT = ("2160-0", "Creatinine [Mass/volume] in Serum or Plasma")
EGFR = ("62238-1", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI)")
TSH = ("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma")
NTP = ("33762-6", "Natriuretic peptide.B prohormone N-Terminal [Mass/volume] in Serum or Plasma")
LVEF = ("10230-1", "Left ventricular Ejection fraction")
PHQ9 = ("44261-6", "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]")
GAD7 = ("70274-6", "Generalized anxiety disorder 7 item (GAD-7) total score [Reported.PHQ]")
K = ("2823-3", "Potassium [Moles/volume] in Serum or Plasma")
NA = ("2951-2", "Sodium [Moles/volume] in Serum or Plasma")
FER = ("2276-4", "Ferritin [Mass/volume] in Serum or Plasma")
MCV = ("787-2", "MCV [Entitic volume] by Automated count")
ANC = ("751-8", "Neutrophils [#/volume] in Blood by Automated count")
EGFR_U = ("mL/min/{1.73_m2}", "mL/min/{1.73_m2}")


def lab(b, code, date, v, unit, lo=None, hi=None, enc=None, note=None):
    return b.lab(LN(*code), date, v, unit, lo, hi, enc=enc, note=note)


def kccq(b, date, v, enc=None):
    return b.score(LOC(b, "questionnaire-score", "KCCQ12-OSS", "KCCQ-12 overall summary score (0-100)"), date, v, enc=enc)


def nyha(b, date, cls, enc=None):
    return b.obs(LOC(b, "assessment", "NYHA", "NYHA functional classification"), date,
                 T(f"NYHA class {cls}"), cat="exam", enc=enc)


# =====================================================================================================
# PERSISTENT_SYMPTOMS_NORMAL_WORKUP
# =====================================================================================================
def psnw_p1(b):
    """IN: burning/tingling feet on 4 OPD visits over 15 weeks, every investigation normal, no diagnosis."""
    b.base("Lakshmi", "Venkataraman", "female", "1980-03-14", "Chennai", "Tamil Nadu", "600040",
           {"gp": ("Arvind", "Subramanian", "MD (General Medicine)"), "neuro": ("Farah", "Qureshi", "DM (Neurology)")},
           phone="+91-98400-31122")
    htn = b.cond(IC("I10", "Essential (primary) hypertension"), "2019-06-01")
    b.cond(IC("E78.5", "Hyperlipidaemia, unspecified", "Dyslipidaemia"), "2021-02-10")
    b.medreq(T("Tab. Telma 40 (telmisartan 40 mg)"), "2024-05-02", "1-0-0 before breakfast, to continue", reason=htn)
    b.medreq(T("Tab. Rosuvas 10 (rosuvastatin 10 mg)"), "2024-05-02", "0-0-1 after dinner")
    dates = ["2026-08-04", "2026-09-08", "2026-10-13", "2026-11-17"]
    par = S("91019004", "Paresthesia", "Burning and tingling in both feet")
    encs = []
    for i, d in enumerate(dates):
        e = b.enc(d, "AMB", reason=IC("R20.2", "Paraesthesia of skin"), typ="OPD consultation",
                  pr=b.pr["gp"] if i < 2 else b.pr["neuro"])
        encs.append(e)
        b.symptom(par, d, enc=e, note=["Burning/tingling both soles x 3 weeks, worse at night.",
                                       "Symptoms persisting, now up to ankles. Sleep disturbed.",
                                       "No improvement on Pregeb. Numbness both feet, no weakness.",
                                       "Ongoing burning feet, unable to walk barefoot. Ankle jerks present."][i])
        b.vitals(d, e, bp=(132 - i, 84), hr=78, wt=64.0)
    r = [lab(b, A1C, "2026-08-04", 5.6, "%", 4.0, 5.6, encs[0]),
         lab(b, HB, "2026-08-04", 12.8, "g/dL", 12.0, 15.0, encs[0]),
         lab(b, ("2132-9", "Cobalamin (Vitamin B12) [Mass/volume] in Serum or Plasma"), "2026-08-04", 412, "pg/mL", 211, 911, encs[0]),
         lab(b, TSH, "2026-08-04", 2.1, ("uIU/mL", "u[IU]/mL"), 0.4, 4.5, encs[0]),
         lab(b, CREAT, "2026-08-04", 0.8, "mg/dL", 0.6, 1.1, encs[0])]
    b.dr(cc((b.o["local"] + "lab-investigation", "PKG-MHC-01", "Master health check panel")), "2026-08-04",
         "All parameters within normal limits.", r, enc=encs[0])
    v = b.lab(LOC(b, "lab-investigation", "VITD-25", "25-OH Vitamin D, serum"), "2026-09-08", 32, "ng/mL", 30, 100, enc=encs[1])
    b.dr(LOC(b, "neurophysiology", "NCV-LL", "Nerve conduction study, both lower limbs"), "2026-09-08",
         "Sural, peroneal and tibial nerve conduction parameters within normal limits. No electrophysiological evidence of large-fibre neuropathy.",
         cat=("OTH", "Other"), enc=encs[1], pr=b.pr["neuro"])
    b.obs(LOC(b, "lab-investigation", "ANA-IFA", "ANA by IFA (HEp-2)"), "2026-10-13", T("Negative at 1:80"), interp="NEG", enc=encs[2])
    b.lab(LOC(b, "lab-investigation", "SPEP-MB", "Serum protein electrophoresis - M band"), "2026-10-13", 0, "g/dL", None, 0.1, enc=encs[2])
    b.dr(LOC(b, "radiology", "MRI-LS", "MRI lumbosacral spine (plain)"), "2026-10-20",
         "Normal MRI of the lumbosacral spine. No canal or foraminal stenosis. No nerve root compression.",
         cat=("RAD", "Radiology"), pr=b.pr["neuro"])
    b.medreq(T("Tab. Pregeb M 75 (pregabalin 75 mg + methylcobalamin 750 mcg)"), "2026-09-08", "0-0-1 x 1 month",
             status="completed", pr=b.pr["gp"])
    b.medreq(T("Tab. Neurobion Forte"), "2026-08-04", "1-0-0 after food x 3 months", status="active")
    b.note("2026-11-17", "Neurology OPD note",
           "OPD Neurology. 46F, known HTN on Telma 40. c/o burning and tingling both feet since early July 2026, "
           "now 4th visit. Seen by Dr Subramanian twice. No diabetes (HbA1c 5.6), B12 412, TSH 2.1, Vit D 32, "
           "ANA negative, no M band, NCV both lower limbs normal, MRI LS spine normal.\n"
           "O/E: ankle jerks present, vibration and JPS intact, no wasting.\n"
           "Impression: all reports within normal limits; no neuropathy on NCV. Reassured patient. "
           "Pregabalin stopped (drowsiness, no benefit). Patient still complains of burning feet daily and "
           "difficulty sleeping; attendant (husband) asking 'what is the cause'.\n"
           "Plan: continue Neurobion Forte, foot care, review SOS.", typ=("11488-4", "Consult note"), enc=encs[3],
           pr=b.pr["neuro"])


def psnw_p2(b):
    """CL: primary-care visit for dyspnoea/chest pain, unplanned admission 9 days later (return-visit e-trigger)."""
    b.base("Gerald", "Kowalczyk", "male", "1959-01-22", "Toledo", "OH", "43606",
           {"pcp": ("Susan", "Ferreira", "Family Medicine"), "hosp": ("Rahul", "Menon", "Hospitalist")},
           extra_orgs=[("hosp", "St. Anselm Regional Medical Center"), ("pcp", "Maumee Valley Family Practice"),
                       ("rx", "Riverside Pharmacy #0412")])
    for d, code in [("2019-04-11", CM("I10", "Essential (primary) hypertension")),
                    ("2020-09-02", CM("E78.5", "Hyperlipidemia, unspecified")),
                    ("2021-05-18", CM("E11.9", "Type 2 diabetes mellitus without complications"))]:
        b.cond(cc(code), d, cat="encounter-diagnosis")
    p, h = b.orgs["pcp"], b.orgs["hosp"]
    b.visit("2026-03-17", [CM("E11.9", "Type 2 diabetes mellitus without complications"), CM("I10", "Essential (primary) hypertension")],
            [(CPT, "99214", "Office/outpatient visit est, moderate MDM", 168.0), (CPT, "83036", "Hemoglobin; glycosylated (A1C)", 18.0)],
            provider=p, org=p, pr=b.pr["pcp"])
    b.visit("2026-06-23", [CM("E11.9", "Type 2 diabetes mellitus without complications")],
            [(CPT, "99213", "Office/outpatient visit est, low MDM", 118.0)], provider=p, org=p, pr=b.pr["pcp"])
    v = b.visit("2026-10-06", [CM("R06.02", "Shortness of breath"), CM("R07.89", "Other chest pain")],
                [(CPT, "99214", "Office/outpatient visit est, moderate MDM", 168.0),
                 (CPT, "93000", "Electrocardiogram, routine ECG with at least 12 leads; with interpretation and report", 42.0),
                 (CPT, "71046", "Radiologic examination, chest; 2 views", 64.0)], provider=p, org=p, pr=b.pr["pcp"])
    b.cond(cc(CM("R06.02", "Shortness of breath")), "2026-10-06", cat="encounter-diagnosis", enc=v)
    ed = b.visit("2026-10-15", [CM("I26.99", "Other pulmonary embolism without acute cor pulmonale"),
                                CM("R06.02", "Shortness of breath")],
                 [(CPT, "99285", "Emergency department visit, high MDM", 1450.0),
                  (CPT, "71275", "Computed tomographic angiography, chest (noncoronary)", 2100.0),
                  (b.o["local"] + "revenue-code", "0120", "Room & board - semi-private", 9800.0)],
                 kind="IMP", end="2026-10-19", provider=h, org=h, pr=b.pr["hosp"], typ="Inpatient admission via ED",
                 admit=("emd", "From accident/emergency department"), disch=("home", "Home"))
    b.cond(cc(CM("I26.99", "Other pulmonary embolism without acute cor pulmonale")), "2026-10-15",
           cat="encounter-diagnosis", enc=ed)
    b.lab(LN("48065-7", "Fibrin D-dimer FEU [Mass/volume] in Platelet poor plasma"), "2026-10-15", 3.8, ("ug/mL FEU", "ug/mL{FEU}"), None, 0.5,
          note="Result from regional health information exchange")
    rx = b.orgs["rx"]
    for d in ["2026-07-01", "2026-08-01", "2026-09-01", "2026-10-01", "2026-11-01"]:
        b.disp(M("metformin hydrochloride 500 MG Oral Tablet", "861007", "metformin hydrochloride 500 MG Oral Tablet"), d, 60, 30, rx)
    b.disp(M("lisinopril 10 MG Oral Tablet", "314076", "lisinopril 10 MG Oral Tablet"), "2026-09-01", 90, 90, rx)
    for d in ["2026-10-19", "2026-11-18"]:
        b.disp(M("apixaban 5 MG Oral Tablet", "1364445", "apixaban 5 MG Oral Tablet"), d, 60, 30, rx)


def psnw_p3(b):
    """CA: iron-deficiency anaemia on apixaban flagged July 2026, no GI work-up or referral > 60 days."""
    b.base("Walter", "Brennan", "male", "1954-08-09", "Evanston", "IL", "60201",
           {"ep": ("Nadia", "Haddad", "Cardiology - Electrophysiology"), "np": ("Kevin", "Olsen", "Nurse Practitioner")})
    af = b.cond(S("282825002", "Paroxysmal atrial fibrillation"), "2023-02-14")
    b.cond(S("59621000", "Essential hypertension"), "2015-01-01")
    b.cond(cc(CM("K21.9", "Gastro-esophageal reflux disease without esophagitis")), "2018-05-01")
    b.medreq(M("apixaban 5 MG Oral Tablet", "1364445", "apixaban 5 MG Oral Tablet"), "2023-02-14", "5 mg by mouth twice daily", reason=af)
    b.medreq(M("metoprolol succinate 50 MG 24HR Extended Release Oral Tablet"), "2023-02-14", "50 mg by mouth daily")
    b.medreq(M("amlodipine 5 MG Oral Tablet", "197361", "amlodipine 5 MG Oral Tablet"), "2020-03-01", "5 mg daily")
    e1 = b.enc("2026-01-20", "AMB", reason=S("282825002", "Paroxysmal atrial fibrillation"), typ="Electrophysiology follow-up")
    b.vitals("2026-01-20", e1, bp=(134, 80), hr=66, wt=88.5)
    lab(b, HB, "2026-01-20", 13.9, "g/dL", 13.5, 17.5, e1)
    e2 = b.enc("2026-07-14", "AMB", reason=S("282825002", "Paroxysmal atrial fibrillation"), typ="Electrophysiology follow-up",
               pr=b.pr["np"])
    b.vitals("2026-07-14", e2, bp=(122, 74), hr=84, wt=86.0)
    r = [lab(b, HB, "2026-07-14", 10.1, "g/dL", 13.5, 17.5, e2), lab(b, MCV, "2026-07-14", 74, "fL", 80, 100, e2),
         lab(b, FER, "2026-07-14", 9, "ng/mL", 30, 400, e2),
         lab(b, ("2500-7", "Iron binding capacity [Mass/volume] in Serum or Plasma"), "2026-07-14", 468, "ug/dL", 250, 450, e2)]
    b.dr(LN("58410-2", "CBC panel - Blood by Automated count"), "2026-07-14",
         "Microcytic anaemia with low ferritin - iron deficiency pattern. Hb fallen from 13.9 in January.", r, enc=e2)
    b.cond(S("87522002", "Iron deficiency anemia"), "2026-07-14", cat="encounter-diagnosis", enc=e2)
    b.note("2026-07-14", "EP clinic visit",
           "72M with paroxysmal AF on apixaban, CHA2DS2-VASc 3. Reports more fatigue and exertional breathlessness.\n"
           "Labs today: Hb 10.1 (13.9 in Jan), MCV 74, ferritin 9. Iron deficiency anaemia, new. On anticoagulation "
           "so occult GI blood loss needs to be excluded.\nPlan: continue apixaban for now. Letter to PCP recommending "
           "GI evaluation (EGD/colonoscopy) and iron replacement. Recheck CBC at next visit.",
           enc=e2, pr=b.pr["np"])
    e3 = b.enc("2026-10-20", "AMB", reason=S("282825002", "Paroxysmal atrial fibrillation"), typ="Electrophysiology follow-up")
    b.vitals("2026-10-20", e3, bp=(118, 70), hr=88, wt=85.1)
    lab(b, HB, "2026-10-20", 9.6, "g/dL", 13.5, 17.5, e3)
    lab(b, CREAT, "2026-10-20", 1.0, "mg/dL", 0.7, 1.3, e3)
    b.obs(LN("8601-7", "EKG impression"), "2026-10-20", "Sinus rhythm 86 bpm, no acute changes", cat="procedure", enc=e3)
    b.note("2026-10-20", "EP clinic visit",
           "AF follow-up. No palpitations, sinus rhythm on ECG. Remains on apixaban 5 mg bid, tolerating. "
           "Ongoing fatigue. Hb 9.6 today. No record of GI evaluation received from PCP; patient unsure whether "
           "a referral was made. Continue current management. RTC 6 months.", enc=e3)


def psnw_n1(b):
    """PS: palpitations/chest tightness > 8 weeks with normal cardiac work-up, then explained by GAD diagnosis and improving."""
    b.base("Brianna", "Castillo", "female", "1997-05-30", "Omaha", "NE", "68105",
           {"psy": ("Tomasz", "Wierzbicki", "Psychiatry"), "pcp": ("Helen", "Marsh", "Internal Medicine"),
            "th": ("Dana", "Whitfield", "LCSW")}, extra_orgs=[("pcp", "Dundee Internal Medicine Clinic")])
    pal = S("80313002", "Palpitations")
    for d in ["2026-04-09", "2026-05-14", "2026-06-25"]:
        e = b.enc(d, "AMB", reason=pal, typ="Primary care visit (HIE record)", pr=b.pr["pcp"], org=b.orgs["pcp"])
        b.symptom(pal, d, enc=e, note="Episodes of racing heart and chest tightness, worse at work, poor sleep.")
        b.vitals(d, e, bp=(118, 76), hr=92)
    lab(b, TSH, "2026-04-09", 1.7, ("uIU/mL", "u[IU]/mL"), 0.4, 4.5)
    lab(b, HB, "2026-04-09", 13.1, "g/dL", 12.0, 15.5)
    b.dr(LN("11524-6", "EKG study"), "2026-04-09", "Sinus tachycardia 102 bpm, otherwise normal ECG.", cat=("EC", "Electrocardiac"))
    b.dr(cc((b.o["local"] + "hie-procedure", "HOLTER-48", "48-hour Holter monitor")), "2026-05-20",
         "Sinus rhythm throughout, rate 58-128 bpm. Symptom diary events correlate with sinus tachycardia. No arrhythmia.",
         cat=("EC", "Electrocardiac"), pr=b.orgs["pcp"])
    e = b.enc("2026-07-20", "AMB", reason=S("21897009", "Generalized anxiety disorder"), typ="Psychiatric intake evaluation",
              pr=b.pr["psy"])
    gad = b.cond(cc((SCT, "21897009", "Generalized anxiety disorder"), (ICD10CM, "F41.1", "Generalized anxiety disorder")),
                 "2026-07-20", enc=e, note="Palpitations, chest tightness and insomnia since spring 2026 are autonomic features of GAD.")
    b.score(LN(*GAD7), "2026-07-20", 16, enc=e)
    b.score(LN(*PHQ9), "2026-07-20", 8, enc=e)
    b.medreq(M("sertraline 50 MG Oral Tablet", "312941", "sertraline 50 MG Oral Tablet"), "2026-07-20",
             "25 mg daily x 1 week then 50 mg daily", reason=gad, pr=b.pr["psy"])
    b.note("2026-07-20", "Psychiatric intake",
           "29F referred by PCP after 3 months of palpitations, chest tightness, restlessness and initial insomnia. "
           "Normal ECG, Holter (sinus tachycardia only) and TSH. Excessive uncontrollable worry about work and health "
           "most days for > 6 months, muscle tension, irritability. GAD-7 16.\nDx: generalized anxiety disorder. "
           "Psychoeducation given: somatic symptoms explained by anxiety. Start sertraline, refer for CBT.",
           typ=("11488-4", "Consult note"), enc=e, pr=b.pr["psy"])
    for d, g in [("2026-08-31", 12), ("2026-10-05", 9), ("2026-11-10", 6)]:
        e2 = b.enc(d, "AMB", reason=S("21897009", "Generalized anxiety disorder"), typ="Psychotherapy (CBT) session",
                   pr=b.pr["th"])
        b.score(LN(*GAD7), d, g, enc=e2)
    b.note("2026-11-10", "CBT session 6",
           "Attending weekly. Practising interoceptive exposure. Palpitations now brief and infrequent; sleeping 7 h. "
           "GAD-7 6. Continue sertraline 50 mg per Dr Wierzbicki.", enc=e2, pr=b.pr["th"])


def psnw_n2(b):
    """IN: cough on 3 visits over 5 weeks only, CXR/AFB normal, resolved (post-viral)."""
    b.base("Rohan", "Deshpande", "male", "1992-11-02", "Pune", "Maharashtra", "411038",
           {"gp": ("Meenal", "Kulkarni", "MD (General Medicine)"), "pulm": ("Sameer", "Joshi", "DNB (Respiratory Medicine)")})
    b.cond(IC("J30.4", "Allergic rhinitis, unspecified"), "2015-01-01")
    cough = S("49727002", "Cough")
    es = []
    for i, d in enumerate(["2026-09-22", "2026-10-06", "2026-10-27"]):
        e = b.enc(d, "AMB", reason=IC("R05", "Cough"), typ="OPD consultation", pr=b.pr["gp"] if i == 0 else b.pr["pulm"])
        es.append(e)
        b.symptom(cough, d, enc=e, note=["Dry cough 10 days after febrile URTI.", "Cough persisting, worse at night, no fever, no weight loss.",
                                         "Cough much reduced, occasional only."][i])
        b.vitals(d, e, bp=(118, 76), hr=74, temp=36.8 if i else 37.4, spo2=98)
    r = [lab(b, HB, "2026-10-06", 14.6, "g/dL", 13.0, 17.0, es[1]),
         lab(b, ("6690-2", "Leukocytes [#/volume] in Blood by Automated count"), "2026-10-06", 7.2, ("10^3/uL", "10*3/uL"), 4.0, 11.0, es[1]),
         b.lab(LOC(b, "lab-investigation", "ESR-W", "ESR (Westergren)"), "2026-10-06", 12, ("mm/1st hr", "mm/h"), 0, 15, enc=es[1])]
    b.dr(LOC(b, "lab-investigation", "CBC-ESR", "CBC with ESR"), "2026-10-06", "Within normal limits.", r, enc=es[1])
    b.obs(LOC(b, "lab-investigation", "CBNAAT-MTB", "Sputum CBNAAT (Xpert MTB/RIF)"), "2026-10-06",
          T("MTB not detected"), interp="NEG", enc=es[1])
    b.dr(LOC(b, "radiology", "XR-CHEST-PA", "X-ray chest PA view"), "2026-10-06", "Lung fields clear. Normal cardiac silhouette. No active lesion.",
         cat=("RAD", "Radiology"), enc=es[1])
    b.medreq(T("Syp. Ascoril LS"), "2026-09-22", "10 ml TDS x 5 days", status="completed", pr=b.pr["gp"])
    b.medreq(T("Tab. Montair LC (montelukast 10 mg + levocetirizine 5 mg)"), "2026-10-06", "0-0-1 x 3 weeks", status="completed",
             pr=b.pr["pulm"])
    b.medreq(T("Budecort 200 Rotacap"), "2026-10-06", "1 puff BD x 3 weeks, rinse mouth", status="completed", pr=b.pr["pulm"])
    b.note("2026-10-27", "Pulmonology OPD review",
           "34M, IT professional, non-smoker. Post-viral cough since mid-Sept 2026. CXR clear, CBNAAT negative, CBC/ESR normal. "
           "Now occasional cough only, sleeping well, no breathlessness.\nImpression: post-infectious cough, resolving. "
           "Stop inhalers after course. Review SOS.", enc=es[2], pr=b.pr["pulm"])
    b.enc("2026-11-10", "VR", reason=IC("Z09", "Follow-up examination after treatment for conditions other than malignant neoplasms"),
          typ="Teleconsultation", pr=b.pr["pulm"])
    b.note("2026-11-10", "Teleconsultation",
           "Tele-review: cough completely resolved. No further visits needed.", pr=b.pr["pulm"])


# =====================================================================================================
# DIAGNOSIS_SYMPTOM_MISMATCH
# =====================================================================================================
def dsm_p1(b):
    """CL: IBS (K58.9) label for 2 years; now rectal bleeding, weight loss, iron deficiency and raised calprotectin."""
    b.base("Deborah", "Lindqvist", "female", "1974-02-17", "Lancaster", "PA", "17601",
           {"pcp": ("Michael", "Tran", "Family Medicine"), "gi": ("Olga", "Petrenko", "Gastroenterology")},
           extra_orgs=[("pcp", "Conestoga Family Health"), ("gi", "Susquehanna Digestive Care"), ("rx", "Main Street Pharmacy")])
    p, g = b.orgs["pcp"], b.orgs["gi"]
    ibs = CM("K58.9", "Irritable bowel syndrome without diarrhea")
    b.cond(cc(ibs), "2024-11-05", cat="encounter-diagnosis", recorded="2024-11-05")
    b.cond(cc(CM("E03.9", "Hypothyroidism, unspecified")), "2016-03-01", cat="encounter-diagnosis")
    b.visit("2024-11-05", [ibs, CM("R19.7", "Diarrhea, unspecified")], [(CPT, "99244", "Office consultation, moderate MDM", 310.0)],
            provider=g, org=g, pr=b.pr["gi"])
    for d in ["2025-04-15", "2025-10-02", "2026-03-10", "2026-07-08"]:
        b.visit(d, [ibs, CM("R10.84", "Generalized abdominal pain")], [(CPT, "99213", "Office/outpatient visit est, low MDM", 118.0)],
                provider=p, org=p, pr=b.pr["pcp"])
    v = b.visit("2026-10-28", [ibs, CM("K62.5", "Hemorrhage of anus and rectum"), CM("R63.4", "Abnormal weight loss")],
                [(CPT, "99214", "Office/outpatient visit est, moderate MDM", 168.0),
                 (CPT, "83993", "Calprotectin, fecal", 54.0), (CPT, "85025", "Blood count; complete (CBC), automated", 21.0)],
                provider=p, org=p, pr=b.pr["pcp"])
    b.cond(cc(CM("K62.5", "Hemorrhage of anus and rectum")), "2026-10-28", cat="encounter-diagnosis", enc=v)
    b.cond(cc(CM("R63.4", "Abnormal weight loss")), "2026-10-28", cat="encounter-diagnosis", enc=v)
    lab(b, HB, "2026-10-28", 10.4, "g/dL", 12.0, 15.5)
    lab(b, FER, "2026-10-28", 11, "ng/mL", 15, 150)
    b.lab(cc((b.o["local"] + "hie-lab", "CALPRO-F", "Calprotectin [Mass/mass] in Stool"), text="Fecal calprotectin"),
          "2026-10-28", 380, ("ug/g", "ug/g"), None, 50, note="Result from regional health information exchange")
    b.obs(LN("29463-7", "Body weight"), "2026-10-28", 61.2, cat="vital-signs", unit="kg", note="72.0 kg in March 2026 (HIE)")
    rx = b.orgs["rx"]
    for d in ["2026-05-02", "2026-08-01", "2026-11-01"]:
        b.disp(M("dicyclomine hydrochloride 20 MG Oral Tablet"), d, 90, 30, rx)
    b.disp(M("levothyroxine sodium 0.075 MG Oral Tablet"), "2026-09-14", 90, 90, rx)


def dsm_p2(b):
    """IN: 'viral fever' (B34.9) label for 5+ months with ongoing fever, weight loss, raised ESR and nodes."""
    b.base("Mohammed", "Irfan Siddiqui", "male", "1985-07-19", "Hyderabad", "Telangana", "500034",
           {"gp": ("Srinivas", "Reddy", "MD (General Medicine)")})
    vf = b.cond(IC("B34.9", "Viral infection, unspecified", "Viral fever"), "2026-06-10", cat="encounter-diagnosis")
    b.cond(IC("K29.7", "Gastritis, unspecified", "APD / gastritis"), "2022-01-01")
    rows = [("2026-06-10", 38.4, 68.0), ("2026-07-15", 38.1, 66.5), ("2026-08-26", 38.6, 64.8),
            ("2026-10-07", 38.2, 62.9), ("2026-11-18", 38.5, 61.0)]
    es = []
    for d, t, w in rows:
        e = b.enc(d, "AMB", reason=IC("B34.9", "Viral infection, unspecified", "Viral fever"), typ="OPD consultation")
        es.append(e)
        b.vitals(d, e, bp=(116, 72), hr=98, wt=w, temp=t)
    b.lab(LOC(b, "lab-investigation", "ESR-W", "ESR (Westergren)"), "2026-07-15", 68, ("mm/1st hr", "mm/h"), 0, 15, enc=es[1])
    b.lab(LOC(b, "lab-investigation", "CRP-Q", "C-reactive protein, quantitative"), "2026-07-15", 48, "mg/L", 0, 6, enc=es[1])
    b.obs(LOC(b, "lab-investigation", "WIDAL", "Widal (slide agglutination)"), "2026-06-10", T("Non-reactive"), interp="NEG", enc=es[0])
    b.obs(LOC(b, "lab-investigation", "DENG-NS1", "Dengue NS1 antigen"), "2026-06-10", T("Negative"), interp="NEG", enc=es[0])
    b.obs(LOC(b, "lab-investigation", "MP-QBC", "Malaria parasite (QBC)"), "2026-06-10", T("Not seen"), interp="NEG", enc=es[0])
    lab(b, HB, "2026-08-26", 11.2, "g/dL", 13.0, 17.0, es[2])
    b.lab(LOC(b, "lab-investigation", "LDH", "LDH, serum"), "2026-08-26", 486, "U/L", 140, 280, enc=es[2])
    b.lab(LOC(b, "lab-investigation", "ESR-W", "ESR (Westergren)"), "2026-10-07", 84, ("mm/1st hr", "mm/h"), 0, 15, enc=es[3])
    b.dr(LOC(b, "radiology", "USG-ABD", "USG whole abdomen"), "2026-08-26",
         "Mild splenomegaly (13.4 cm). Few enlarged para-aortic lymph nodes, largest 1.4 x 1.1 cm. Liver normal.",
         cat=("RAD", "Radiology"), enc=es[2])
    for d in ["2026-06-10", "2026-08-26", "2026-11-18"]:
        b.medreq(T("Tab. Dolo 650 (paracetamol 650 mg)"), d, "1 tab SOS for fever, max 3/day", status="active" if d > "2026-11" else "completed")
    b.medreq(T("Cap. Becosules Z"), "2026-11-18", "1-0-0 x 1 month")
    b.note("2026-11-18", "OPD review",
           "41M, driver. Evening rise of temperature with drenching night sweats since June 2026, on and off. "
           "Appetite reduced, weight 68 -> 61 kg. ESR 84, CRP 48, LDH 486. USG: splenomegaly, para-aortic nodes. "
           "Widal/NS1/MP negative earlier.\nDx: Viral fever.\nAdv: Dolo 650 SOS, Becosules, plenty of oral fluids, "
           "review after 1 month.", enc=es[4])


def dsm_p3(b):
    """CA: 'hypertensive heart disease' label that cannot explain low-voltage ECG with thick walls, troponin leak,
    carpal tunnel history and low BP off antihypertensives (amyloid red flags), dyspnoea progressing."""
    b.base("Harold", "Whitcombe", "male", "1950-04-03", "Grand Rapids", "MI", "49503",
           {"hf": ("Priya", "Natarajan", "Cardiology - Heart Failure"), "np": ("Jill", "Brandt", "Nurse Practitioner")})
    hhd = b.cond(cc((ICD10CM, "I11.0", "Hypertensive heart disease with heart failure"),
                    text="Hypertensive heart disease with HFpEF"), "2025-05-12")
    b.cond(cc((ICD10CM, "N18.31", "Chronic kidney disease, stage 3a")), "2024-09-01")
    b.cond(cc((ICD10CM, "G56.03", "Carpal tunnel syndrome, bilateral upper limbs")), "2018-01-01", status="resolved",
           abate="2019-06-01", note="Bilateral carpal tunnel release 2019.")
    b.cond(cc((ICD10CM, "M48.061", "Spinal stenosis, lumbar region without neurogenic claudication")), "2021-01-01")
    b.medreq(M("furosemide 40 MG Oral Tablet", "313988", "furosemide 40 MG Oral Tablet"), "2025-05-12", "40 mg daily", reason=hhd)
    b.medreq(M("empagliflozin 10 MG Oral Tablet"), "2025-08-01", "10 mg daily", reason=hhd)
    b.medreq(M("amlodipine 10 MG Oral Tablet"), "2019-01-01", "10 mg daily", status="stopped",
             note="Stopped 2026-02 for symptomatic hypotension.")
    b.dr(LN("34552-0", "2D echocardiogram panel"), "2025-05-12",
         "Concentric LVH, IVS 17 mm, posterior wall 16 mm. LVEF 55%. Grade II diastolic dysfunction. Biatrial enlargement. "
         "Small pericardial effusion. Conclusion: hypertensive heart disease.", cat=("CUS", "Cardiac Ultrasound"))
    rows = [("2025-11-18", (112, 66), 2650, 46, "II"), ("2026-04-21", (106, 64), 2890, 52, "II-III"),
            ("2026-10-27", (104, 62), 2810, 55, "III")]
    for d, bp, bnp, tn, ny in rows:
        e = b.enc(d, "AMB", reason=S("84114007", "Heart failure"), typ="Heart failure clinic")
        b.vitals(d, e, bp=bp, hr=72, wt=77.0)
        lab(b, NTP, d, bnp, "pg/mL", None, 450, e)
        lab(b, ("67151-1", "Troponin T.cardiac [Mass/volume] in Serum or Plasma by High sensitivity method"), d, tn, "ng/L", None, 14, e)
    nyha(b, "2026-10-27", "II-III", e)
    b.obs(LN("8601-7", "EKG impression"), "2026-10-27", "Sinus rhythm, first-degree AV block, low QRS voltage in limb leads, pseudo-infarct Q waves V1-V3",
          cat="procedure")
    b.note("2026-10-27", "Heart failure clinic",
           "76M, HHD/HFpEF. Progressive exertional dyspnoea, now 1 block. Orthostatic light-headedness. "
           "BP 104/62 off amlodipine since Feb (was hypertensive for years). Hx bilateral CTR 2019, lumbar canal stenosis.\n"
           "Echo 2025: IVS 17 mm. ECG: low limb-lead voltage. hs-TnT persistently 46-55, NT-proBNP ~2800.\n"
           "A/P: Hypertensive heart disease with HFpEF. Continue furosemide 40, empagliflozin. Salt restriction. "
           "RTC 6 months.", enc=e)


def dsm_n1(b):
    """CL: catch-all R10.9 for 8 weeks, then gallstones found and laparoscopic cholecystectomy; symptoms gone."""
    b.base("Tamara", "Okafor", "female", "1982-09-25", "Columbus", "OH", "43215",
           {"pcp": ("Leah", "Goldberg", "Family Medicine"), "surg": ("Victor", "Almeida", "General Surgery")},
           extra_orgs=[("pcp", "Clintonville Family Physicians"), ("asc", "Olentangy Surgery Center"), ("rx", "Kroger Pharmacy #221")])
    p, a = b.orgs["pcp"], b.orgs["asc"]
    r109 = CM("R10.9", "Unspecified abdominal pain")
    b.cond(cc(CM("E66.9", "Obesity, unspecified")), "2019-01-01", cat="encounter-diagnosis")
    b.cond(cc(CM("E03.9", "Hypothyroidism, unspecified")), "2017-06-01", cat="encounter-diagnosis")
    b.cond(cc(r109), "2026-02-10", status="resolved", abate="2026-04-14", cat="encounter-diagnosis")
    b.visit("2026-02-10", [r109], [(CPT, "99213", "Office/outpatient visit est, low MDM", 118.0)], provider=p, org=p, pr=b.pr["pcp"])
    b.visit("2026-03-05", [r109, CM("K80.20", "Calculus of gallbladder without cholecystitis without obstruction")],
            [(CPT, "99214", "Office/outpatient visit est, moderate MDM", 168.0),
             (CPT, "76705", "Ultrasound, abdominal, real time with image documentation; limited", 210.0)], provider=p, org=p, pr=b.pr["pcp"])
    gs = b.cond(cc(CM("K80.20", "Calculus of gallbladder without cholecystitis without obstruction")), "2026-03-05",
                status="resolved", abate="2026-04-14", cat="encounter-diagnosis")
    b.visit("2026-03-24", [CM("K80.20", "Calculus of gallbladder without cholecystitis without obstruction")],
            [(CPT, "99203", "Office/outpatient visit new, low MDM", 190.0)], pr=b.pr["surg"], provider=a, org=a)
    e = b.visit("2026-04-14", [CM("K80.20", "Calculus of gallbladder without cholecystitis without obstruction")],
                [(CPT, "47562", "Laparoscopy, surgical; cholecystectomy", 4200.0)], pr=b.pr["surg"], provider=a, org=a,
                typ="Ambulatory surgery", ctype="institutional")
    b.proc(cc((CPT, "47562", "Laparoscopy, surgical; cholecystectomy"), (PCS, "0FT44ZZ", "Resection of Gallbladder, Percutaneous Endoscopic Approach")),
           "2026-04-14", reason_ref=[gs], enc=e, pr=b.pr["surg"])
    b.visit("2026-05-01", [CM("Z48.815", "Encounter for surgical aftercare following surgery on the digestive system")],
            [(CPT, "99024", "Postoperative follow-up visit, included in global service", 0.0)], pr=b.pr["surg"], provider=a, org=a)
    b.visit("2026-09-15", [CM("E03.9", "Hypothyroidism, unspecified"), CM("Z00.00", "Encounter for general adult medical examination without abnormal findings")],
            [(CPT, "99396", "Periodic comprehensive preventive medicine, 40-64 years", 240.0)], provider=p, org=p, pr=b.pr["pcp"])
    lab(b, TSH, "2026-09-15", 2.4, ("uIU/mL", "u[IU]/mL"), 0.4, 4.5)
    lab(b, ("1742-6", "Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma"), "2026-09-15", 22, "U/L", 7, 35)
    rx = b.orgs["rx"]
    for d in ["2026-03-01", "2026-06-01", "2026-09-01"]:
        b.disp(M("levothyroxine sodium 0.1 MG Oral Tablet", "892246", "levothyroxine sodium 0.1 MG Oral Tablet"), d, 90, 90, rx)


def dsm_n2(b):
    """PS: bipolar I on lithium; new tremor, fatigue and raised TSH explained by lithium-induced hypothyroidism, treated, resolving."""
    b.base("Marcus", "Delacroix", "male", "1988-12-12", "Wichita", "KS", "67203",
           {"psy": ("Anjali", "Raman", "Psychiatry"), "np": ("Cole", "Barrett", "Psychiatric NP")})
    bp = b.cond(cc((SCT, "371596008", "Bipolar I disorder"), (ICD10CM, "F31.73", "Bipolar disorder, in partial remission, most recent episode manic")),
                "2019-03-01")
    b.cond(cc((SCT, "55822004", "Hyperlipidemia")), "2023-01-01")
    b.medreq(M("lithium carbonate 300 MG Oral Capsule"), "2023-05-10", "600 mg twice daily", reason=bp, pr=b.pr["psy"])
    e1 = b.enc("2026-05-12", "AMB", reason=S("371596008", "Bipolar I disorder"), typ="Medication management")
    lab(b, ("14334-7", "Lithium [Moles/volume] in Serum or Plasma"), "2026-05-12", 0.8, "mmol/L", 0.6, 1.2, e1)
    lab(b, TSH, "2026-05-12", 3.9, ("uIU/mL", "u[IU]/mL"), 0.4, 4.5, e1)
    lab(b, CREAT, "2026-05-12", 1.0, "mg/dL", 0.7, 1.3, e1)
    e2 = b.enc("2026-08-18", "AMB", reason=S("26079004", "Tremor"), typ="Medication management", pr=b.pr["np"])
    b.symptom(S("26079004", "Tremor"), "2026-08-18", enc=e2, note="Fine postural tremor both hands, worse with coffee.")
    b.symptom(S("84229001", "Fatigue"), "2026-08-18", enc=e2, note="Tired, cold intolerant, gained 4 kg.")
    b.vitals("2026-08-18", e2, bp=(124, 80), hr=58, wt=96.4)
    lab(b, TSH, "2026-08-18", 8.9, ("uIU/mL", "u[IU]/mL"), 0.4, 4.5, e2)
    lab(b, ("3024-7", "Thyroxine (T4) free [Mass/volume] in Serum or Plasma"), "2026-08-18", 0.8, "ng/dL", 0.8, 1.8, e2)
    lab(b, ("14334-7", "Lithium [Moles/volume] in Serum or Plasma"), "2026-08-18", 0.9, "mmol/L", 0.6, 1.2, e2)
    hypo = b.cond(cc((SCT, "40930008", "Hypothyroidism"), (ICD10CM, "E03.2", "Hypothyroidism due to medicaments and other exogenous substances"),
                     text="Lithium-induced hypothyroidism"), "2026-08-18", enc=e2)
    b.medreq(M("levothyroxine sodium 0.05 MG Oral Tablet"), "2026-08-18", "50 mcg every morning", reason=hypo, pr=b.pr["np"])
    b.medreq(M("propranolol hydrochloride 10 MG Oral Tablet"), "2026-08-18", "10 mg twice daily as needed for tremor", pr=b.pr["np"])
    b.note("2026-08-18", "Medication management",
           "Mood euthymic, YMRS 3. New fine tremor, fatigue, cold intolerance, 4 kg weight gain. Li 0.9, TSH 8.9, fT4 0.8. "
           "Assessment: lithium-induced hypothyroidism plus benign lithium tremor. Lithium is working well - continue. "
           "Start levothyroxine 50 mcg, propranolol prn. Recheck TSH 8-10 weeks.", enc=e2, pr=b.pr["np"])
    e3 = b.enc("2026-11-03", "AMB", reason=S("371596008", "Bipolar I disorder"), typ="Medication management")
    lab(b, TSH, "2026-10-27", 3.1, ("uIU/mL", "u[IU]/mL"), 0.4, 4.5, e3)
    b.vitals("2026-11-03", e3, bp=(122, 78), hr=64, wt=94.8)
    b.note("2026-11-03", "Medication management",
           "Euthymic. Energy back to baseline, tremor mild and only with stress. TSH 3.1 on levothyroxine 50 mcg. "
           "Continue lithium 600 mg bid, levothyroxine. RTC 3 months.", enc=e3)
# =====================================================================================================
# MAJOR_PROCEDURE_PLANNED
# =====================================================================================================
SURG = cc((SCT, "387713003", "Surgical procedure"))


def mpp_p1(b):
    """CA: severe symptomatic aortic stenosis, heart team consensus, TF-TAVI ordered for January 2027."""
    b.base("Eleanor", "Vasquez", "female", "1945-06-21", "Milwaukee", "WI", "53202",
           {"sh": ("Robert", "Nakamura", "Interventional Cardiology - Structural Heart"),
            "cts": ("Irene", "Kowalski", "Cardiothoracic Surgery"), "gen": ("Samuel", "Osei", "General Cardiology")})
    asx = b.cond(cc((SCT, "60573004", "Aortic valve stenosis"), (ICD10CM, "I35.0", "Nonrheumatic aortic (valve) stenosis"),
                    text="Severe calcific aortic stenosis"), "2024-03-11")
    b.cond(S("59621000", "Essential hypertension"), "2005-01-01")
    b.cond(cc((ICD10CM, "N18.31", "Chronic kidney disease, stage 3a")), "2022-01-01")
    b.cond(cc((ICD10CM, "M81.0", "Age-related osteoporosis without current pathological fracture")), "2018-01-01")
    b.medreq(M("furosemide 20 MG Oral Tablet", "310429", "furosemide 20 MG Oral Tablet"), "2026-06-01", "20 mg daily", pr=b.pr["gen"])
    b.medreq(M("losartan potassium 25 MG Oral Tablet"), "2020-01-01", "25 mg daily", pr=b.pr["gen"])
    e1 = b.enc("2026-09-08", "AMB", reason=S("60573004", "Aortic valve stenosis"), typ="Structural heart clinic", pr=b.pr["sh"])
    b.vitals("2026-09-08", e1, bp=(138, 70), hr=74, wt=63.0)
    nyha(b, "2026-09-08", "III", e1)
    ec = [b.obs(LOC(b, "echo", "AV-VMAX", "Aortic valve peak velocity"), "2026-09-08", 4.4, cat="imaging", unit="m/s", enc=e1),
          b.obs(LOC(b, "echo", "AV-MG", "Aortic valve mean gradient"), "2026-09-08", 48, cat="imaging", unit="mm[Hg]", enc=e1),
          b.obs(LOC(b, "echo", "AVA", "Aortic valve area (continuity)"), "2026-09-08", 0.7, cat="imaging", unit="cm2", enc=e1),
          b.obs(LN(*LVEF), "2026-09-08", 58, cat="imaging", unit="%", enc=e1)]
    b.dr(LN("34552-0", "2D echocardiogram panel"), "2026-09-08", "Severe calcific aortic stenosis, preserved LV function.", ec,
         cat=("CUS", "Cardiac Ultrasound"), enc=e1)
    b.proc(cc((CPT, "93458", "Catheter placement in coronary artery(s) for coronary angiography, with left heart catheterization")),
           "2026-10-06", reason_ref=[asx], pr=b.pr["sh"], outcome="Mild non-obstructive coronary disease")
    b.dr(LOC(b, "imaging", "CT-TAVI", "CT TAVI protocol (chest/abdomen/pelvis angiography)"), "2026-10-13",
         "Tricuspid aortic valve, annulus perimeter 72 mm (area 405 mm2). Iliofemoral vessels >= 6.5 mm bilaterally, suitable for transfemoral access.",
         cat=("RAD", "Radiology"))
    lab(b, CREAT, "2026-10-13", 1.2, "mg/dL", 0.6, 1.1)
    b.obs(LOC(b, "risk", "STS-PROM", "STS predicted risk of mortality"), "2026-10-20", 5.8, cat="exam", unit="%")
    e2 = b.enc("2026-11-10", "AMB", reason=S("60573004", "Aortic valve stenosis"), typ="Multidisciplinary heart team conference",
               pr=b.pr["cts"])
    b.note("2026-11-10", "Heart team conference",
           "Heart team (Nakamura - structural, Kowalski - CT surgery, Osei - referring cardiologist).\n"
           "81F, severe symptomatic AS (Vmax 4.4, MG 48, AVA 0.7), NYHA III, STS 5.8%, frail (5 m gait 7.1 s), CKD 3a. "
           "Coronaries: mild non-obstructive disease. CT: suitable TF access, 23 mm balloon-expandable valve.\n"
           "Consensus: transfemoral TAVI. Patient and daughter agree. Scheduled January 2027.", enc=e2, pr=b.pr["sh"])
    b.sr(cc((CPT, "33361", "Transcatheter aortic valve replacement (TAVR/TAVI) with prosthetic valve; percutaneous femoral artery approach"),
            text="Transfemoral TAVI, 23 mm balloon-expandable valve"), "2026-11-10", when="2027-01-12", reason_ref=[asx],
       cat=SURG, pr=b.pr["sh"], enc=e2)
    b.enc("2027-01-12", "IMP", reason=S("60573004", "Aortic valve stenosis"), typ="Elective admission - TAVI", status="planned")


def mpp_p2(b):
    """IN: triple vessel disease, CABG package advised and scheduled."""
    b.base("Ravi", "Shankar Gowda", "male", "1968-01-15", "Bengaluru", "Karnataka", "560011",
           {"card": ("Anand", "Rao", "DM (Cardiology)"), "ctvs": ("Kiran", "Hegde", "MCh (CTVS)")})
    dm = b.cond(IC("E11.9", "Type 2 diabetes mellitus without complications"), "2012-01-01")
    b.cond(IC("I10", "Essential (primary) hypertension"), "2014-01-01")
    ua = b.cond(IC("I20.0", "Unstable angina"), "2026-10-21", cat="encounter-diagnosis")
    tvd = b.cond(IC("I25.1", "Atherosclerotic heart disease", "CAD - Triple vessel disease"), "2026-10-23")
    e1 = b.enc("2026-10-21", "IMP", reason=IC("I20.0", "Unstable angina"), typ="Emergency admission - CCU", end="2026-10-25",
               admit=("emd", "From accident/emergency department"), disch=("home", "Home"))
    b.vitals("2026-10-21", e1, bp=(152, 94), hr=96, wt=79.0, spo2=97)
    lab(b, ("10839-9", "Troponin I.cardiac [Mass/volume] in Serum or Plasma"), "2026-10-21", 0.02, "ng/mL", None, 0.04, e1)
    lab(b, A1C, "2026-10-21", 8.1, "%", 4.0, 5.6, e1)
    lab(b, CREAT, "2026-10-21", 1.0, "mg/dL", 0.7, 1.3, e1)
    b.proc(LOC(b, "procedure-package", "CATH-CAG-01", "Coronary angiography (CAG) package"), "2026-10-23", enc=e1,
           pr=b.pr["card"], outcome="Triple vessel disease: LAD 90% proximal, LCx 80%, RCA 95% mid. SYNTAX score 33.")
    b.dr(LOC(b, "radiology", "ECHO-2D", "2D Echo with colour Doppler"), "2026-10-22",
         "LVEF 50%. Hypokinesia of inferior wall. No MR. Normal valves.", cat=("CUS", "Cardiac Ultrasound"), enc=e1)
    b.note("2026-10-25", "Discharge summary",
           "Mr Ravi Shankar Gowda, 58M, DM/HTN, admitted with unstable angina. CAG: TVD, SYNTAX 33. Echo EF 50%.\n"
           "CTVS opinion (Dr Kiran Hegde): CABG advised in view of diabetes and TVD. Patient and family counselled, consent for "
           "surgery taken. Insurance pre-authorisation (CABG package) submitted to TPA.\n"
           "Discharge meds: Tab Ecosprin 75 0-1-0, Tab Clopitab 75 0-1-0 (stop 5 days before surgery), Tab Rosuvas 20 0-0-1, "
           "Tab Met XL 25 1-0-0, Tab Glycomet GP 2 1-0-1, Tab Sorbitrate 5 SL SOS.\nAdmission for CABG on 14/12/2026.",
           typ=("18842-5", "Discharge summary"), enc=e1, pr=b.pr["card"])
    for med, dose in [("Tab. Ecosprin 75 (aspirin 75 mg)", "0-1-0 after lunch"), ("Tab. Clopitab 75 (clopidogrel 75 mg)", "0-1-0, stop 09/12/2026"),
                      ("Tab. Rosuvas 20 (rosuvastatin 20 mg)", "0-0-1"), ("Tab. Met XL 25 (metoprolol succinate 25 mg)", "1-0-0"),
                      ("Tab. Glycomet GP 2 (metformin 500 mg + glimepiride 2 mg)", "1-0-1 before food")]:
        b.medreq(T(med), "2026-10-25", dose, pr=b.pr["card"])
    b.sr(LOC(b, "procedure-package", "CTVS-CABG-01", "CABG (off-pump/on-pump) package"), "2026-10-25", status="active",
         intent="plan", when="2026-12-14", reason_ref=[tvd], cat=SURG, pr=b.pr["ctvs"],
         note="Elective CABG x 3 (LIMA-LAD, SVG-OM, SVG-RCA). Pre-authorisation approved by TPA on 10/11/2026.")
    e2 = b.enc("2026-11-24", "AMB", reason=IC("I25.1", "Atherosclerotic heart disease"), typ="Pre-anaesthetic check-up", pr=b.pr["ctvs"])
    b.vitals("2026-11-24", e2, bp=(134, 84), hr=68, wt=78.0)
    b.obs(LOC(b, "assessment", "ASA", "ASA physical status"), "2026-11-24", T("ASA III"), cat="exam", enc=e2)


def mpp_p3(b):
    """CL: lumbar stenosis with spondylolisthesis, failed conservative care; L4-5 fusion ordered (HIE ServiceRequest)."""
    b.base("Dennis", "Harrington", "male", "1965-10-08", "Allentown", "PA", "18102",
           {"pcp": ("Karen", "Liu", "Family Medicine"), "spine": ("Ahmed", "Farouk", "Orthopaedic Spine Surgery"),
            "pain": ("Lisa", "Moreau", "Pain Medicine")},
           extra_orgs=[("pcp", "Lehigh Family Practice"), ("spine", "Valley Spine Institute"), ("rx", "CVS Pharmacy #3310")])
    st = CM("M48.062", "Spinal stenosis, lumbar region with neurogenic claudication")
    sp = CM("M43.16", "Spondylolisthesis, lumbar region")
    sten = b.cond(cc(st), "2025-11-04", cat="encounter-diagnosis")
    b.cond(cc(sp), "2026-02-12", cat="encounter-diagnosis")
    b.cond(cc(CM("I10", "Essential (primary) hypertension")), "2015-01-01", cat="encounter-diagnosis")
    p, s = b.orgs["pcp"], b.orgs["spine"]
    b.visit("2025-11-04", [st], [(CPT, "99214", "Office/outpatient visit est, moderate MDM", 168.0)], provider=p, org=p, pr=b.pr["pcp"])
    b.visit("2026-02-12", [st, sp], [(CPT, "72148", "Magnetic resonance imaging, spinal canal, lumbar; without contrast", 980.0)],
            provider=s, org=s, pr=b.pr["spine"])
    for d in ["2026-03-03", "2026-03-24", "2026-04-14"]:
        b.visit(d, [st], [(CPT, "97110", "Therapeutic exercises, each 15 minutes", 55.0), (CPT, "97140", "Manual therapy techniques", 48.0)],
                provider=s, org=s, pr=b.pr["spine"])
    for d in ["2026-06-09", "2026-08-18"]:
        b.visit(d, [st], [(CPT, "62323", "Injection, interlaminar epidural, lumbar or sacral; with imaging guidance", 890.0)],
                provider=s, org=s, pr=b.pr["pain"])
    v = b.visit("2026-10-20", [st, sp], [(CPT, "99204", "Office/outpatient visit new, moderate MDM", 260.0)], provider=s, org=s,
                pr=b.pr["spine"])
    b.sr(cc((CPT, "22633", "Arthrodesis, combined posterior or posterolateral technique with posterior interbody technique; single interspace, lumbar")),
         "2026-10-20", status="active", intent="order", when="2027-01-18", reason_ref=[sten], cat=SURG, pr=b.pr["spine"],
         performer=s, enc=v, note="L4-L5 decompression and TLIF. Prior authorization approved 2026-11-12 (auth # PA-26-118734).")
    b.visit("2026-11-30", [CM("Z01.818", "Encounter for other preprocedural examination")],
            [(CPT, "99214", "Office/outpatient visit est, moderate MDM", 168.0), (CPT, "93000", "Electrocardiogram, routine ECG with at least 12 leads; with interpretation and report", 42.0)],
            provider=p, org=p, pr=b.pr["pcp"])
    rx = b.orgs["rx"]
    for d in ["2026-08-01", "2026-09-01", "2026-10-01", "2026-11-01"]:
        b.disp(M("gabapentin 300 MG Oral Capsule", "310431", "gabapentin 300 MG Oral Capsule"), d, 90, 30, rx)
    b.disp(M("meloxicam 15 MG Oral Tablet", "311702", "meloxicam 15 MG Oral Tablet"), "2026-10-01", 30, 30, rx)
    b.disp(M("amlodipine 5 MG Oral Tablet", "197361", "amlodipine 5 MG Oral Tablet"), "2026-09-05", 90, 90, rx)


def mpp_n1(b):
    """CA: stable angina, PCI to LAD already performed Aug 2026; now angina-free; only cardiac rehab referral open."""
    b.base("Frank", "DiMarco", "male", "1963-02-27", "Cleveland", "OH", "44113",
           {"ic": ("Grace", "Adeyemi", "Interventional Cardiology"), "gen": ("Paul", "Lindgren", "General Cardiology")})
    cad = b.cond(cc((SCT, "53741008", "Coronary arteriosclerosis"), (ICD10CM, "I25.10", "Atherosclerotic heart disease of native coronary artery without angina pectoris")),
                 "2026-07-02")
    b.cond(S("55822004", "Hyperlipidemia"), "2016-01-01")
    b.cond(S("59621000", "Essential hypertension"), "2016-01-01")
    e1 = b.enc("2026-07-02", "AMB", reason=S("29857009", "Chest pain"), typ="Cardiology consultation", pr=b.pr["gen"])
    b.vitals("2026-07-02", e1, bp=(142, 88), hr=76, wt=92.0)
    b.dr(LOC(b, "imaging", "ECHO-STRESS-EX", "Exercise stress echocardiogram"), "2026-07-16",
         "Inducible anterior and apical ischaemia at 8 METs. Positive for ischaemia.", cat=("CUS", "Cardiac Ultrasound"))
    sr = b.sr(cc((CPT, "92928", "Percutaneous transcatheter placement of intracoronary stent(s), with coronary angioplasty when performed; single major coronary artery or branch")),
              "2026-07-20", status="completed", when="2026-08-19", reason_ref=[cad], cat=SURG, pr=b.pr["ic"])
    e2 = b.enc("2026-08-19", "AMB", reason=S("53741008", "Coronary arteriosclerosis"), typ="Cath lab - same-day PCI",
               pr=b.pr["ic"])
    b.proc(cc((CPT, "92928", "Percutaneous transcatheter placement of intracoronary stent(s), with coronary angioplasty when performed; single major coronary artery or branch"),
              text="PCI proximal LAD, 3.0 x 28 mm drug-eluting stent"), "2026-08-19", reason_ref=[cad], enc=e2, pr=b.pr["ic"],
           outcome="TIMI 3 flow, 0% residual stenosis, no complications")
    b.note("2026-08-19", "Procedure note - PCI",
           "Right radial access. Proximal LAD 85% -> DES 3.0 x 28 mm, post-dilated. LCx and RCA mild disease. "
           "Excellent result. DAPT aspirin + ticagrelor 12 months. Same-day discharge.", typ=("28570-0", "Procedure note"),
           enc=e2, pr=b.pr["ic"])
    for med, rx, dose in [("aspirin 81 MG Delayed Release Oral Tablet", None, "81 mg daily"), ("ticagrelor 90 MG Oral Tablet", None, "90 mg twice daily until 2027-08"),
                          ("atorvastatin 80 MG Oral Tablet", "259255", "80 mg nightly"), ("metoprolol succinate 25 MG 24HR Extended Release Oral Tablet", None, "25 mg daily")]:
        b.medreq(M(med, rx, med if rx else None), "2026-08-19", dose, pr=b.pr["ic"])
    b.sr(cc((CPT, "93798", "Outpatient cardiac rehabilitation; with continuous ECG monitoring (per session)"), text="Phase II cardiac rehabilitation, 36 sessions"), "2026-08-19", status="active",
         when="2026-09-08", reason_ref=[cad], cat=cc((SCT, "3457005", "Patient referral")), pr=b.pr["ic"])
    e3 = b.enc("2026-10-30", "AMB", reason=S("53741008", "Coronary arteriosclerosis"), typ="Post-PCI follow-up", pr=b.pr["gen"])
    b.vitals("2026-10-30", e3, bp=(126, 78), hr=62, wt=89.5)
    lab(b, ("13457-7", "Cholesterol in LDL [Mass/volume] in Serum or Plasma by calculation"), "2026-10-30", 58, "mg/dL", None, 70, e3)
    b.note("2026-10-30", "Post-PCI follow-up",
           "No angina since PCI, walking 3 miles, in cardiac rehab session 12 of 36. LDL 58. Continue DAPT, statin. "
           "No further revascularisation indicated. RTC 6 months.", enc=e3, pr=b.pr["gen"])


def mpp_n2(b):
    """IN: minor day-care excision of sebaceous cyst under local anaesthesia planned."""
    b.base("Priyanka", "Bhattacharya", "female", "1990-04-11", "Kolkata", "West Bengal", "700019",
           {"surg": ("Sourav", "Mitra", "MS (General Surgery)"), "gp": ("Ananya", "Sen", "MBBS")})
    b.cond(IC("E03.9", "Hypothyroidism, unspecified"), "2018-01-01")
    cyst = b.cond(IC("L72.1", "Trichilemmal cyst", "Sebaceous cyst, upper back, 2.5 cm"), "2026-08-01")
    b.medreq(T("Tab. Thyronorm 50 mcg (levothyroxine)"), "2018-01-01", "1-0-0 empty stomach", pr=b.pr["gp"])
    e0 = b.enc("2026-07-08", "AMB", reason=IC("E03.9", "Hypothyroidism, unspecified"), typ="OPD consultation", pr=b.pr["gp"])
    lab(b, TSH, "2026-07-08", 2.8, ("uIU/mL", "u[IU]/mL"), 0.4, 4.5, e0)
    lab(b, HB, "2026-07-08", 12.4, "g/dL", 12.0, 15.0, e0)
    b.vitals("2026-07-08", e0, bp=(112, 72), hr=76, wt=58.0)
    e1 = b.enc("2026-11-19", "AMB", reason=IC("L72.1", "Trichilemmal cyst"), typ="Surgery OPD", pr=b.pr["surg"])
    b.vitals("2026-11-19", e1, bp=(110, 70), hr=78)
    b.medreq(T("Cap. Mox 500 (amoxicillin 500 mg)"), "2026-09-02", "1-1-1 x 5 days", status="completed", pr=b.pr["gp"],
             note="For infected cyst (resolved)")
    b.note("2026-11-19", "Surgery OPD",
           "36F. Swelling upper back x 1 yr, 2.5 x 2 cm, punctum present, got infected in Sept, settled with antibiotics. "
           "No current signs of infection.\nPlan: excision under local anaesthesia as day-care procedure, 08/12/2026. "
           "No fasting required. Consent taken.", enc=e1, pr=b.pr["surg"])
    b.sr(LOC(b, "procedure-package", "DC-EXC-SEB-LA", "Excision of sebaceous cyst under LA - day care package"), "2026-11-19",
         status="active", intent="order", when="2026-12-08", reason_ref=[cyst], cat=SURG, pr=b.pr["surg"], enc=e1)
    b.enc("2026-12-08", "AMB", reason=IC("L72.1", "Trichilemmal cyst"), typ="Day care procedure", status="planned", pr=b.pr["surg"])


# =====================================================================================================
# UNTREATABLE_PROGNOSIS
# =====================================================================================================
PALL = cc((SCT, "103735009", "Palliative care"))
HOSP = cc((SCT, "385763009", "Hospice care"))


def up_p1(b):
    """IN: metastatic pancreatic cancer, PS 3; tumour board: no disease-directed options; palliative referral."""
    b.base("Subhash", "Chandra Ghosh", "male", "1958-03-02", "Kolkata", "West Bengal", "700029",
           {"onc": ("Debashis", "Roy", "DM (Medical Oncology)"), "gi": ("Naveen", "Agarwal", "DM (Gastroenterology)"),
            "pall": ("Rekha", "Nair", "MD (Palliative Medicine)")})
    ca = b.cond(IC("C25.0", "Malignant neoplasm: Head of pancreas", "Adenocarcinoma head of pancreas with liver metastases"),
                "2026-09-12", stage=T("cT3N1M1 (Stage IV)"))
    b.cond(IC("C78.7", "Secondary malignant neoplasm of liver and intrahepatic bile duct"), "2026-09-12")
    b.cond(IC("E11.9", "Type 2 diabetes mellitus without complications"), "2016-01-01")
    e1 = b.enc("2026-09-10", "IMP", reason=IC("R17", "Unspecified jaundice"), typ="Admission - Gastroenterology", end="2026-09-22",
               pr=b.pr["gi"])
    lab(b, ("1975-2", "Bilirubin.total [Mass/volume] in Serum or Plasma"), "2026-09-10", 14.2, "mg/dL", 0.2, 1.2, e1)
    b.lab(LOC(b, "lab-investigation", "CA199", "CA 19-9"), "2026-09-11", 2450, ("U/mL", "U/mL"), None, 37, enc=e1)
    b.dr(LOC(b, "radiology", "CECT-ABD", "CECT abdomen (triple phase)"), "2026-09-11",
         "4.1 cm hypodense mass head of pancreas encasing SMA (>180 deg). Multiple liver metastases, largest 3.2 cm. Dilated CBD.",
         cat=("RAD", "Radiology"), enc=e1)
    b.proc(LOC(b, "procedure-package", "GI-ERCP-STENT", "ERCP with biliary stenting package"), "2026-09-14", enc=e1, pr=b.pr["gi"],
           reason_ref=[ca], outcome="Metal stent placed, good drainage")
    b.dr(LOC(b, "pathology", "EUS-FNA", "EUS-guided FNA cytology"), "2026-09-14", "Adenocarcinoma, pancreaticobiliary type.",
         cat=("CP", "Cytopathology"), enc=e1)
    e2 = b.enc("2026-10-15", "AMB", reason=IC("C25.0", "Malignant neoplasm: Head of pancreas"), typ="Oncology OPD / tumour board",
               pr=b.pr["onc"])
    b.vitals("2026-10-15", e2, bp=(104, 66), hr=102, wt=49.0)
    b.obs(LOC(b, "assessment", "ECOG", "ECOG performance status"), "2026-10-15", 3, cat="exam", enc=e2)
    lab(b, ("1751-7", "Albumin [Mass/volume] in Serum or Plasma"), "2026-10-15", 2.6, "g/dL", 3.5, 5.0, e2)
    b.note("2026-10-15", "Multidisciplinary tumour board",
           "68M, Ca head of pancreas with multiple liver mets (stage IV), s/p ERCP stenting. ECOG 3, weight 58 -> 49 kg, "
           "albumin 2.6. Bilirubin improving.\nDecision: not a candidate for surgery. Not fit for systemic chemotherapy "
           "(FOLFIRINOX/gem-nab-paclitaxel) given PS 3 and cachexia. No disease-directed treatment options available. "
           "Best supportive care. Refer palliative medicine. Family (son) informed of prognosis in weeks to few months.",
           enc=e2, pr=b.pr["onc"])
    b.sr(cc((SCT, "306237005", "Referral to palliative care service")), "2026-10-15", status="active", intent="order",
         when="2026-10-20", reason_ref=[ca], cat=cc((SCT, "3457005", "Patient referral")), pr=b.pr["onc"], performer=b.pr["pall"])
    b.careplan("Palliative care plan", PALL, "2026-10-20", addresses=[ca], pr=b.pr["pall"],
               desc="Symptom control (pain, anorexia, pruritus), home care support, advance care planning.",
               acts=[(cc((SCT, "182964004", "Terminal care")), "in-progress", "Home-based palliative care visits weekly"),
                     (T("Pain management with oral morphine"), "in-progress")])
    for med, dose in [("Tab. Morcontin 10 (morphine sulphate SR 10 mg)", "1-0-1"), ("Syp. Morphine 5 mg/5 ml", "5 ml SOS for breakthrough pain"),
                      ("Cap. Creon 25000 (pancrelipase)", "1 with each meal"), ("Tab. Emeset 4 (ondansetron)", "SOS"),
                      ("Tab. Lactihep / lactulose", "15 ml HS")]:
        b.medreq(T(med), "2026-10-20", dose, pr=b.pr["pall"])
    b.enc("2026-11-17", "HH", reason=IC("Z51.5", "Palliative care"), typ="Home palliative care visit", pr=b.pr["pall"])
    b.note("2026-11-17", "Home palliative care visit",
           "Pain controlled on Morcontin 10 bd, 1-2 rescue doses/day. Bedbound most of the day, eating small amounts. "
           "Family coping. Discussed preferred place of care: home.", pr=b.pr["pall"])


def up_p2(b):
    """CA: stage D ischaemic HFrEF, not LVAD/transplant candidate; hospice care plan; DNR."""
    b.base("George", "Abernathy", "male", "1947-11-30", "Dayton", "OH", "45402",
           {"ahf": ("Miriam", "Cohen", "Advanced Heart Failure & Transplant Cardiology"), "np": ("Tyler", "Reese", "Nurse Practitioner"),
            "hos": ("Laura", "Simmons", "Hospice & Palliative Medicine")}, extra_orgs=[("hos", "Miami Valley Hospice")])
    hf = b.cond(cc((SCT, "703272007", "Heart failure with reduced ejection fraction"), (ICD10CM, "I50.22", "Chronic systolic (congestive) heart failure"),
                   text="Ischaemic cardiomyopathy, HFrEF, ACC/AHA stage D"), "2019-04-01")
    b.cond(cc((SCT, "53741008", "Coronary arteriosclerosis")), "2012-01-01", note="CABG x4 2012")
    b.cond(cc((SCT, "49436004", "Atrial fibrillation")), "2020-01-01")
    b.cond(cc((ICD10CM, "N18.4", "Chronic kidney disease, stage 4 (severe)")), "2024-06-01")
    e1 = b.enc("2026-09-28", "IMP", reason=S("84114007", "Heart failure"), typ="Heart failure admission", end="2026-10-06",
               admit=("emd", "From accident/emergency department"), disch=("home", "Home"))
    b.obs(LN(*LVEF), "2026-09-30", 15, cat="imaging", unit="%", enc=e1, note="Prior LVEF 20% (2025-06)")
    lab(b, NTP, "2026-09-28", 18400, "pg/mL", None, 450, e1)
    lab(b, CREAT, "2026-09-28", 2.9, "mg/dL", 0.7, 1.3, e1)
    lab(b, NA, "2026-09-28", 128, "mmol/L", 135, 145, e1)
    b.note("2026-10-06", "Advanced heart failure evaluation",
           "Third HF admission in 6 months, needed milrinone. Evaluated by advanced HF team.\n"
           "Not a candidate for LVAD or heart transplantation: age 78, frailty, CKD 4 with eGFR 21, RV dysfunction. "
           "Already has CRT-D (2021). GDMT limited by hypotension and renal function.\n"
           "There are no further advanced therapies appropriate. Goals of care discussed with patient and wife: comfort-focused. "
           "DNR/DNI. Referral to hospice.", typ=("11488-4", "Consult note"), enc=e1, pr=b.pr["ahf"])
    b.sr(cc((SCT, "306205009", "Referral to hospice")), "2026-10-06", status="completed", when="2026-10-08",
         reason_ref=[hf], cat=cc((SCT, "3457005", "Patient referral")), pr=b.pr["ahf"], performer=b.orgs["hos"])
    b.careplan("Hospice plan of care", HOSP, "2026-10-08", addresses=[hf], pr=b.pr["hos"],
               desc="Home hospice. Comfort-focused: oral diuretics for congestion, morphine for dyspnoea, CRT-D shocks to be deactivated.",
               acts=[(cc((SCT, "182964004", "Terminal care")), "in-progress"),
                     (T("ICD shock therapy deactivation"), "completed")])
    b.flag(T("DNR / DNI - comfort care only"), "2026-10-06", author=b.pr["ahf"], cat="advance-directive")
    for med, dose in [("torsemide 20 MG Oral Tablet", "40 mg daily"), ("metoprolol succinate 25 MG 24HR Extended Release Oral Tablet", "12.5 mg daily"),
                      ("morphine sulfate 20 MG/ML Oral Solution", "2.5 mg every 4 hours as needed for breathlessness"),
                      ("apixaban 2.5 MG Oral Tablet", "2.5 mg twice daily")]:
        b.medreq(M(med), "2026-10-08", dose, pr=b.pr["hos"])
    b.enc("2026-11-12", "AMB", reason=S("84114007", "Heart failure"), typ="Device clinic - ICD deactivation", pr=b.pr["np"])
    b.note("2026-11-12", "Device clinic",
           "CRT-D: tachy therapies disabled at patient's request per hospice plan. Pacing left on. Patient comfortable at rest.",
           pr=b.pr["np"])
    lab(b, NTP, "2026-11-12", 21600, "pg/mL", None, 450)


def up_p3(b):
    """CL: metastatic NSCLC (bone, brain), no treatment, hospice routine home care claims since October."""
    b.base("Marjorie", "Eckhardt", "female", "1952-07-07", "Erie", "PA", "16501",
           {"pcp": ("David", "Sorensen", "Internal Medicine"), "onc": ("Carmen", "Ruiz", "Medical Oncology"),
            "pulm": ("James", "O'Leary", "Pulmonology")},
           extra_orgs=[("hosp", "Lake Erie Medical Center"), ("onc", "Presque Isle Cancer Center"), ("hos", "Bayfront Home Hospice")])
    c1 = CM("C34.11", "Malignant neoplasm of upper lobe, right bronchus or lung")
    b.cond(cc(CM("J44.9", "Chronic obstructive pulmonary disease, unspecified")), "2015-01-01", cat="encounter-diagnosis")
    ca = b.cond(cc(c1), "2026-08-12", cat="encounter-diagnosis")
    b.cond(cc(CM("C79.51", "Secondary malignant neoplasm of bone")), "2026-08-25", cat="encounter-diagnosis")
    b.cond(cc(CM("C79.31", "Secondary malignant neoplasm of brain")), "2026-08-25", cat="encounter-diagnosis")
    b.cond(cc(CM("Z51.5", "Encounter for palliative care")), "2026-10-01", cat="encounter-diagnosis")
    h, o, hs = b.orgs["hosp"], b.orgs["onc"], b.orgs["hos"]
    b.visit("2026-07-29", [CM("R05.1", "Acute cough"), CM("R91.1", "Solitary pulmonary nodule")],
            [(CPT, "71260", "Computed tomography, thorax; with contrast", 820.0)], provider=h, org=h, pr=b.pr["pcp"])
    b.visit("2026-08-12", [c1], [(CPT, "31652", "Bronchoscopy with EBUS guided transtracheal/transbronchial sampling, 1 or 2 structures", 3100.0)],
            provider=h, org=h, pr=b.pr["pulm"], ctype="institutional")
    b.visit("2026-08-25", [c1, CM("C79.51", "Secondary malignant neoplasm of bone")],
            [(CPT, "78815", "PET with concurrently acquired CT; skull base to mid-thigh", 3600.0),
             (CPT, "70553", "MRI brain without contrast, followed by contrast", 1900.0)], provider=h, org=h, pr=b.pr["onc"])
    b.visit("2026-09-03", [c1, CM("C79.31", "Secondary malignant neoplasm of brain")],
            [(CPT, "99205", "Office/outpatient visit new, high MDM", 380.0)], provider=o, org=o, pr=b.pr["onc"])
    b.visit("2026-09-17", [c1, CM("Z71.89", "Other specified counseling")],
            [(CPT, "99497", "Advance care planning, first 30 minutes", 160.0)], provider=o, org=o, pr=b.pr["onc"])
    for st, en in [("2026-10-01", "2026-10-31"), ("2026-11-01", "2026-11-30")]:
        b.visit(st, [c1, CM("Z51.5", "Encounter for palliative care")],
                [(HCPCS, "Q5001", "Hospice or home health care provided in patient's home/residence", 5880.0),
                 (b.o["local"] + "revenue-code", "0651", "Hospice - routine home care", 0.0)],
                kind="HH", end=en, typ="Hospice - routine home care", provider=hs, org=hs, ctype="institutional")
    b.note("2026-09-28", "Hospice certification of terminal illness (HIE document)",
           "Certification of terminal illness. Diagnosis: non-small cell lung cancer, adenocarcinoma RUL, with bone and brain "
           "metastases. PS 3. Patient declined chemo-immunotherapy and radiotherapy after discussion with oncology; oncology "
           "confirms prognosis of 6 months or less if the illness runs its normal course. Patient elects the hospice benefit "
           "effective 10/01/2026.", typ=("11488-4", "Consult note"), pr=b.pr["onc"], org=o)
    b.disp(M("oxycodone hydrochloride 5 MG Oral Tablet"), "2026-10-02", 60, 15)
    b.disp(M("dexamethasone 4 MG Oral Tablet"), "2026-10-02", 30, 30)
    b.disp(M("tiotropium 18 MCG Inhalation Capsule"), "2026-09-05", 30, 30)


def up_n1(b):
    """CL: HCC on decompensated cirrhosis, palliative/hospice, but second opinion at transplant centre July 2026 (modifier 32)."""
    b.base("Curtis", "Pemberton", "male", "1960-05-14", "Scranton", "PA", "18503",
           {"gi": ("Sanjay", "Kapoor", "Gastroenterology/Hepatology"), "tx": ("Ingrid", "Halvorsen", "Transplant Hepatology"),
            "pal": ("Monica", "Greene", "Hospice & Palliative Medicine")},
           extra_orgs=[("gi", "Lackawanna Digestive Health"), ("tx", "University Transplant Institute"), ("hos", "Endless Mountains Hospice")])
    hcc = CM("C22.0", "Liver cell carcinoma")
    cir = CM("K70.31", "Alcoholic cirrhosis of liver with ascites")
    b.cond(cc(cir), "2023-03-01", cat="encounter-diagnosis")
    b.cond(cc(hcc), "2026-05-19", cat="encounter-diagnosis")
    b.cond(cc(CM("F10.21", "Alcohol dependence, in remission")), "2023-09-01", cat="encounter-diagnosis")
    b.cond(cc(CM("Z51.5", "Encounter for palliative care")), "2026-09-10", cat="encounter-diagnosis")
    g, t, hs = b.orgs["gi"], b.orgs["tx"], b.orgs["hos"]
    b.visit("2026-05-19", [hcc, cir], [(CPT, "74183", "MRI abdomen without contrast followed by contrast", 1650.0)], provider=g, org=g, pr=b.pr["gi"])
    b.visit("2026-06-02", [hcc, cir], [(CPT, "99215", "Office/outpatient visit est, high MDM", 250.0)], provider=g, org=g, pr=b.pr["gi"])
    b.visit("2026-06-24", [cir], [(CPT, "49083", "Abdominal paracentesis with imaging guidance", 620.0)], provider=g, org=g, pr=b.pr["gi"])
    b.visit("2026-07-22", [hcc, cir], [(CPT, "99245", "Office consultation, high MDM", 480.0, ["32"])], provider=t, org=t,
            pr=b.pr["tx"], typ="Second opinion consultation - transplant hepatology")
    b.note("2026-07-22", "Transplant hepatology consultation - second opinion (HIE document)",
           "Requested by patient and referring hepatologist for a second opinion on HCC management. "
           "Child-Pugh C11, MELD 24, HCC 4 lesions (largest 6.8 cm) with right portal vein tumour thrombus. Beyond Milan and UCSF; "
           "not a transplant candidate. Not suitable for resection, TACE or Y-90 given portal vein invasion and Child C; "
           "systemic therapy not recommended at Child C. Agree with referring team: best supportive care and early palliative care.",
           typ=("11488-4", "Consult note"), pr=b.pr["tx"], org=t)
    b.visit("2026-09-10", [hcc, CM("Z51.5", "Encounter for palliative care")], [(CPT, "99205", "Office/outpatient visit new, high MDM", 380.0)],
            provider=hs, org=hs, pr=b.pr["pal"])
    b.visit("2026-11-01", [hcc, CM("Z51.5", "Encounter for palliative care")],
            [(HCPCS, "Q5001", "Hospice or home health care provided in patient's home/residence", 5880.0)],
            kind="HH", end="2026-11-30", typ="Hospice - routine home care", provider=hs, org=hs, ctype="institutional")
    lab(b, ("1975-2", "Bilirubin.total [Mass/volume] in Serum or Plasma"), "2026-07-20", 4.1, "mg/dL", 0.2, 1.2)
    lab(b, ("6301-6", "INR in Platelet poor plasma by Coagulation assay"), "2026-07-20", 1.9, "{INR}", 0.8, 1.2)
    b.lab(cc((LOINC, "1834-1", "Alpha-1-Fetoprotein [Mass/volume] in Serum or Plasma")), "2026-07-20", 1840, "ng/mL", None, 8.3)
    for d in ["2026-09-01", "2026-10-01", "2026-11-01"]:
        b.disp(M("spironolactone 100 MG Oral Tablet", "198222", "spironolactone 100 MG Oral Tablet"), d, 30, 30)
        b.disp(M("furosemide 40 MG Oral Tablet", "313988", "furosemide 40 MG Oral Tablet"), d, 30, 30)
    b.disp(M("lactulose 10 GM/15ML Oral Solution"), "2026-10-01", 900, 30)


def up_n2(b):
    """CA: severe AS once judged inoperable with palliative referral (2025); TAVI done April 2026; palliative plan revoked; NYHA I."""
    b.base("Arthur", "Lindholm", "male", "1938-09-14", "Toledo", "OH", "43620",
           {"sh": ("Robert", "Nakamura", "Interventional Cardiology - Structural Heart"), "gen": ("Beatriz", "Santos", "General Cardiology")},
           extra_orgs=[("pal", "Northwest Ohio Palliative Care Service")])
    asx = b.cond(cc((SCT, "60573004", "Aortic valve stenosis"), (ICD10CM, "I35.0", "Nonrheumatic aortic (valve) stenosis")),
                 "2025-10-02", status="resolved", abate="2026-04-16", note="Treated by TAVI 2026-04-16")
    b.cond(cc((ICD10CM, "Z95.2", "Presence of prosthetic heart valve")), "2026-04-16")
    b.cond(S("59621000", "Essential hypertension"), "2000-01-01")
    b.cond(cc((ICD10CM, "H35.30", "Unspecified macular degeneration")), "2019-01-01")
    b.sr(cc((SCT, "306237005", "Referral to palliative care service")), "2025-11-20", status="completed", when="2025-12-02",
         reason_ref=[asx], cat=cc((SCT, "3457005", "Patient referral")), pr=b.pr["gen"], performer=b.orgs["pal"])
    b.careplan("Palliative care - symptom management", PALL, "2025-12-02", status="revoked", end="2026-05-20", addresses=[asx],
               desc="Initially: severe AS felt too high risk for SAVR; palliative symptom management. Revoked after successful TAVI.",
               acts=[(T("Symptom management - dyspnoea"), "stopped")])
    b.note("2026-02-03", "Structural heart clinic - second review",
           "87M referred back after palliative team noted good cognition and independence. Re-evaluated: frailty moderate, "
           "CT shows suitable transfemoral access. TAVI offered as symptom-relieving and prognostic treatment; patient keen.",
           pr=b.pr["sh"])
    e1 = b.enc("2026-04-16", "IMP", reason=S("60573004", "Aortic valve stenosis"), typ="Elective admission - TAVI", end="2026-04-18",
               pr=b.pr["sh"])
    b.proc(cc((CPT, "33361", "Transcatheter aortic valve replacement (TAVR/TAVI) with prosthetic valve; percutaneous femoral artery approach")),
           "2026-04-16", reason_ref=[asx], enc=e1, pr=b.pr["sh"], outcome="26 mm valve, mean gradient 8 mmHg, no paravalvular leak")
    e2 = b.enc("2026-10-22", "AMB", reason=cc((ICD10CM, "Z95.2", "Presence of prosthetic heart valve")), typ="Post-TAVI 6-month review",
               pr=b.pr["gen"])
    b.vitals("2026-10-22", e2, bp=(132, 72), hr=68, wt=74.0)
    nyha(b, "2026-10-22", "I", e2)
    b.obs(LOC(b, "echo", "AV-MG", "Aortic valve mean gradient"), "2026-10-22", 9, cat="imaging", unit="mm[Hg]", enc=e2)
    b.obs(LN(*LVEF), "2026-10-22", 60, cat="imaging", unit="%", enc=e2)
    lab(b, NTP, "2026-10-22", 310, "pg/mL", None, 450, e2)
    b.note("2026-10-22", "Post-TAVI review",
           "Walking daily, gardening. NYHA I. Echo: well-seated TAVI, MG 9 mmHg, trivial AR, EF 60%. Palliative service "
           "discharged him in May. Continue aspirin. Annual echo.", enc=e2, pr=b.pr["gen"])
    b.medreq(M("aspirin 81 MG Delayed Release Oral Tablet"), "2026-04-18", "81 mg daily", pr=b.pr["sh"])
    b.medreq(M("lisinopril 10 MG Oral Tablet", "314076", "lisinopril 10 MG Oral Tablet"), "2020-01-01", "10 mg daily", pr=b.pr["gen"])
# =====================================================================================================
# HIGH_IMPACT_TREATMENT
# =====================================================================================================
def hit_p1(b):
    """CL: diabetic/hypertensive CKD progressed to ESRD; AV fistula July, in-centre haemodialysis since September."""
    b.base("Luis", "Baptiste", "male", "1967-03-03", "Philadelphia", "PA", "19140",
           {"neph": ("Aisha", "Bello", "Nephrology"), "vasc": ("Thomas", "Grady", "Vascular Surgery")},
           extra_orgs=[("neph", "Delaware Valley Kidney Associates"), ("dial", "Northeast Philadelphia Dialysis Unit"),
                       ("hosp", "Temple Heights Hospital"), ("rx", "Walgreens #7720")])
    n, d_, h = b.orgs["neph"], b.orgs["dial"], b.orgs["hosp"]
    dm = CM("E11.22", "Type 2 diabetes mellitus with diabetic chronic kidney disease")
    i12 = CM("I12.0", "Hypertensive chronic kidney disease with stage 5 chronic kidney disease or end stage renal disease")
    esrd = CM("N18.6", "End stage renal disease")
    b.cond(cc(dm), "2014-01-01", cat="encounter-diagnosis")
    b.cond(cc(i12), "2026-09-01", cat="encounter-diagnosis")
    es = b.cond(cc(esrd), "2026-09-01", cat="encounter-diagnosis")
    b.cond(cc(CM("N18.5", "Chronic kidney disease, stage 5")), "2025-11-01", status="inactive", cat="encounter-diagnosis",
           note="Superseded by N18.6 when dialysis started")
    b.visit("2026-05-12", [CM("N18.5", "Chronic kidney disease, stage 5"), dm],
            [(CPT, "99215", "Office/outpatient visit est, high MDM", 250.0), (CPT, "90989", "Dialysis training, patient, completed course", 0.0)],
            provider=n, org=n, pr=b.pr["neph"])
    b.visit("2026-07-21", [CM("N18.5", "Chronic kidney disease, stage 5")],
            [(CPT, "36821", "Arteriovenous anastomosis, open; direct, any site", 2900.0)], provider=h, org=h, pr=b.pr["vasc"],
            ctype="institutional")
    b.proc(cc((CPT, "36821", "Arteriovenous anastomosis, open; direct, any site"), text="Left radiocephalic AV fistula creation"),
           "2026-07-21", pr=b.pr["vasc"])
    for st, en in [("2026-09-02", "2026-09-30"), ("2026-10-01", "2026-10-31"), ("2026-11-02", "2026-11-30")]:
        b.visit(st, [esrd, i12, CM("Z99.2", "Dependence on renal dialysis")],
                [(CPT, "90935", "Hemodialysis procedure with single evaluation by a physician", 3900.0),
                 (HCPCS, "Q4081", "Injection, epoetin alfa, 100 units (for ESRD on dialysis)", 420.0),
                 (CPT, "90960", "ESRD related services monthly, 20 years and older; 4 or more face-to-face visits per month", 310.0)],
                end=en, typ="Outpatient in-centre haemodialysis, 3 sessions/week", provider=d_, org=d_, pr=b.pr["neph"],
                ctype="institutional")
    b.proc(cc((CPT, "90935", "Hemodialysis procedure with single evaluation by a physician"), text="In-centre haemodialysis 3x/week"),
           "2026-09-02", status="in-progress", reason_ref=[es], pr=b.pr["neph"], end=None)
    lab(b, CREAT, "2026-08-25", 7.9, "mg/dL", 0.7, 1.3)
    lab(b, K, "2026-08-25", 5.9, "mmol/L", 3.5, 5.1)
    lab(b, HB, "2026-10-14", 9.4, "g/dL", 13.5, 17.5)
    lab(b, A1C, "2026-10-14", 7.0, "%", 4.0, 5.6)
    rx = b.orgs["rx"]
    for d in ["2026-09-04", "2026-10-04", "2026-11-04"]:
        b.disp(M("sevelamer carbonate 800 MG Oral Tablet"), d, 270, 30, rx)
        b.disp(M("insulin glargine 100 UNT/ML Injectable Solution"), d, 1, 30, rx)


def hit_p2(b):
    """IN: triple-negative breast cancer, neoadjuvant AC chemotherapy started October 2026 (2 of 4 cycles given)."""
    b.base("Sunita", "Patil", "female", "1979-08-22", "Mumbai", "Maharashtra", "400012",
           {"onc": ("Vikram", "Malhotra", "DM (Medical Oncology)"), "surg": ("Neha", "Kapadia", "MCh (Surgical Oncology)")})
    ca = b.cond(IC("C50.4", "Malignant neoplasm: Upper-outer quadrant of breast", "Ca left breast UOQ, triple negative, cT3N1M0"),
                "2026-09-18", stage=T("cT3 N1 M0, Stage IIIA"))
    b.cond(IC("E03.9", "Hypothyroidism, unspecified"), "2015-01-01")
    b.dr(LOC(b, "pathology", "HPE-CORE", "Core needle biopsy - histopathology with IHC"), "2026-09-18",
         "Invasive ductal carcinoma, grade 3. ER 0%, PR 0%, HER2 1+ (negative). Ki-67 70%.", cat=("SP", "Surgical Pathology"))
    b.dr(LOC(b, "radiology", "PET-CT", "Whole-body PET-CT"), "2026-09-25", "Left breast mass 5.6 cm, ipsilateral axillary nodes. No distant metastasis.",
         cat=("RAD", "Radiology"))
    b.obs(LN(*LVEF), "2026-10-05", 62, cat="imaging", unit="%", note="Baseline 2D echo before anthracycline")
    b.note("2026-10-08", "Tumour board",
           "47F, TNBC left breast cT3N1M0. Plan: neoadjuvant chemotherapy AC x 4 (3-weekly) followed by weekly paclitaxel x 12, "
           "then response assessment. Germline BRCA sent. Chemo port insertion. Patient counselled regarding alopecia, nausea, "
           "infection risk, fatigue and infertility; consent taken.", typ=("11488-4", "Consult note"), pr=b.pr["onc"])
    b.proc(LOC(b, "procedure-package", "ONC-PORT", "Chemoport insertion package"), "2026-10-15", reason_ref=[ca], pr=b.pr["surg"])
    b.careplan("Neoadjuvant chemotherapy: AC x 4 -> paclitaxel weekly x 12", cc((SCT, "367336001", "Chemotherapy")), "2026-10-20",
               addresses=[ca], pr=b.pr["onc"],
               acts=[(T("AC cycle 1"), "completed"), (T("AC cycle 2"), "completed"), (T("AC cycle 3 (01/12/2026)"), "scheduled"),
                     (T("AC cycle 4"), "scheduled"), (T("Paclitaxel 80 mg/m2 weekly x 12"), "not-started")])
    dox = M("Inj. Doxorubicin 60 mg/m2 (Adriamycin)", "3639", "doxorubicin")
    cyc = M("Inj. Cyclophosphamide 600 mg/m2 (Endoxan)", "3002", "cyclophosphamide")
    b.medreq(dox, "2026-10-20", "96 mg IV over 15 min, day 1 every 21 days x 4 cycles", reason=ca, pr=b.pr["onc"])
    b.medreq(cyc, "2026-10-20", "960 mg IV over 30 min, day 1 every 21 days x 4 cycles", reason=ca, pr=b.pr["onc"])
    for d, w in [("2026-10-20", 61.0), ("2026-11-10", 59.5)]:
        e = b.enc(d, "AMB", reason=IC("Z51.1", "Chemotherapy session for neoplasm"), typ="Day care chemotherapy", pr=b.pr["onc"])
        b.vitals(d, e, bp=(118, 76), hr=88, wt=w)
        b.medadmin(dox, d, "Doxorubicin 96 mg IV", enc=e, dose=q(96, "mg"), reason=ca)
        b.medadmin(cyc, d, "Cyclophosphamide 960 mg IV", enc=e, dose=q(960, "mg"), reason=ca)
        lab(b, ANC, d, 3.1 if d < "2026-11" else 1.6, ("10^3/uL", "10*3/uL"), 1.5, 7.5, e)
    b.medreq(T("Inj. Pegfilgrastim 6 mg (Peg-grafeel)"), "2026-11-11", "6 mg SC day 2 of each cycle", pr=b.pr["onc"])
    b.medreq(T("Tab. Emeset 8 (ondansetron)"), "2026-10-20", "1-0-1 x 3 days after each cycle", pr=b.pr["onc"])
    b.medreq(T("Tab. Thyronorm 75 mcg"), "2015-01-01", "1-0-0 empty stomach", pr=b.pr["onc"])
    b.note("2026-11-24", "Chemo day care - toxicity review",
           "Post C2 AC day 14. Grade 2 nausea, grade 2 fatigue, complete alopecia, one episode of mucositis. Not able to work. "
           "Counselled. Continue as planned; C3 on 01/12/2026 if counts permit.", pr=b.pr["onc"])


def hit_p3(b):
    """PS: treatment-resistant schizophrenia; clozapine since May 2026; EQ VAS falls 65 -> 48 -> 42 (MCID ~7-10)."""
    b.base("Jamal", "Whitaker", "male", "1995-01-19", "Kansas City", "MO", "64106",
           {"psy": ("Elena", "Moroz", "Psychiatry"), "np": ("Brandon", "Ivey", "Psychiatric NP"), "peer": ("Shawna", "Tillman", "Peer Support Specialist")})
    scz = b.cond(cc((SCT, "58214004", "Schizophrenia"), (ICD10CM, "F20.0", "Paranoid schizophrenia")), "2016-08-01",
                 note="Treatment resistant: failed risperidone, olanzapine, aripiprazole at adequate dose and duration.")
    b.cond(cc((SCT, "89765005", "Tobacco dependence syndrome")), "2013-01-01")
    b.medstmt(M("risperidone 4 MG Oral Tablet"), "2024-01-10", "4 mg nightly", status="stopped", end="2026-05-30")
    cloz = M("clozapine 100 MG Oral Tablet", "2626", "clozapine")
    b.medreq(cloz, "2026-05-12", "Titrated: 12.5 mg -> 300 mg nightly (reached 2026-06-20)", reason=scz, pr=b.pr["psy"])
    b.medreq(M("docusate sodium 100 MG Oral Capsule"), "2026-07-01", "100 mg twice daily", pr=b.pr["np"])
    b.medreq(M("glycopyrrolate 1 MG Oral Tablet"), "2026-08-04", "1 mg at bedtime for hypersalivation", pr=b.pr["np"])
    eq = LOC(b, "questionnaire-score", "EQ5D5L-VAS", "EQ-5D-5L visual analogue scale (0-100, patient-reported health today)")
    rows = [("2026-04-28", 65, 82.0), ("2026-08-04", 48, 89.5), ("2026-11-03", 42, 93.0)]
    for d, v, w in rows:
        e = b.enc(d, "AMB", reason=S("58214004", "Schizophrenia"), typ="Clozapine clinic")
        b.score(eq, d, v, enc=e)
        b.vitals(d, e, bp=(128, 82), hr=104 if d > "2026-06" else 84, wt=w)
    b.obs(LOC(b, "questionnaire-score", "BPRS", "Brief Psychiatric Rating Scale total (18-126)"), "2026-04-28", 58, cat="survey")
    b.obs(LOC(b, "questionnaire-score", "BPRS", "Brief Psychiatric Rating Scale total (18-126)"), "2026-11-03", 36, cat="survey")
    for d, a in [("2026-06-02", 4.2), ("2026-07-07", 3.8), ("2026-09-01", 3.5), ("2026-11-03", 3.6)]:
        lab(b, ANC, d, a, ("10^3/uL", "10*3/uL"), 1.5, 7.5)
    b.note("2026-11-03", "Clozapine clinic",
           "Voices much quieter, no longer paranoid about neighbours (BPRS 58 -> 36). But says: 'I sleep 14 hours, I drool on "
           "my pillow, I've put on 11 kilos, I can't get up for my job training - what kind of life is this.' EQ VAS 42 "
           "(65 before clozapine). Tachycardia 104. ANC fine. Plan: keep clozapine 300 mg; consider dose reduction to 250 mg, "
           "metformin for weight, discuss with Dr Moroz.", enc=e, pr=b.pr["np"])
    b.note("2026-11-10", "Peer support contact",
           "Met with Jamal at the drop-in. He says the meds 'stopped the noise but took everything else'. Misses playing "
           "basketball, too tired. Encouraged him to tell his team how much the tiredness is affecting him.", pr=b.pr["peer"])


def hit_n1(b):
    """CA: cardio-oncology surveillance; breast cancer chemotherapy/radiotherapy completed 2021-22; LVEF stable; on letrozole only."""
    b.base("Patricia", "Hollis", "female", "1971-12-05", "Ann Arbor", "MI", "48104",
           {"co": ("Rachel", "Stein", "Cardio-Oncology"), "np": ("Megan", "Doyle", "Nurse Practitioner")})
    b.cond(cc((ICD10CM, "Z85.3", "Personal history of malignant neoplasm of breast")), "2022-06-01")
    b.cond(cc((ICD10CM, "Z92.21", "Personal history of antineoplastic chemotherapy")), "2021-11-01")
    b.cond(cc((ICD10CM, "Z92.3", "Personal history of irradiation")), "2022-03-01")
    b.cond(S("59621000", "Essential hypertension"), "2019-01-01")
    b.cond(cc((ICD10CM, "M85.80", "Other specified disorders of bone density and structure, unspecified site"), text="Osteopenia"), "2024-01-01")
    b.medstmt(M("letrozole 2.5 MG Oral Tablet"), "2022-04-01", "2.5 mg daily (adjuvant endocrine therapy, planned 5 years)")
    b.medstmt(M("doxorubicin / cyclophosphamide then paclitaxel + trastuzumab"), "2021-03-01", "Adjuvant AC-TH, completed", status="completed",
              end="2022-03-01")
    b.medreq(M("lisinopril 10 MG Oral Tablet", "314076", "lisinopril 10 MG Oral Tablet"), "2022-05-01", "10 mg daily", pr=b.pr["co"])
    for d, ef, gls, bnp in [("2024-11-05", 61, -20.1, 88), ("2025-11-11", 59, -19.6, 95), ("2026-11-09", 60, -19.8, 91)]:
        e = b.enc(d, "AMB", reason=cc((ICD10CM, "Z85.3", "Personal history of malignant neoplasm of breast")), typ="Cardio-oncology surveillance")
        b.vitals(d, e, bp=(128, 78), hr=70, wt=70.0)
        r = [b.obs(LN(*LVEF), d, ef, cat="imaging", unit="%", enc=e),
             b.obs(LOC(b, "echo", "GLS", "LV global longitudinal strain"), d, gls, cat="imaging", unit="%", enc=e)]
        b.dr(LN("34552-0", "2D echocardiogram panel"), d, f"Normal LV size and function, LVEF {ef}%, GLS {gls}%. No change from prior.", r,
             cat=("CUS", "Cardiac Ultrasound"), enc=e)
        lab(b, NTP, d, bnp, "pg/mL", None, 125, e)
    b.note("2026-11-09", "Cardio-oncology follow-up",
           "55F, left breast cancer 2021 (HER2+), adjuvant AC-TH completed 03/2022 and left chest wall RT completed 2022. "
           "On letrozole, tolerating well. Asymptomatic, cycling 3x/week. LVEF 60%, GLS -19.8% stable since 2024. "
           "No cancer therapy-related cardiac dysfunction. Continue annual surveillance; BP controlled.", enc=e)


def hit_n2(b):
    """IN: seropositive RA, methotrexate + HCQ since June 2026; DAS28 improving; EQ VAS change 4 points (< MCID)."""
    b.base("Kavita", "Sharma", "female", "1984-06-09", "Jaipur", "Rajasthan", "302004",
           {"rh": ("Manish", "Gupta", "DM (Rheumatology)")})
    ra = b.cond(IC("M05.8", "Other seropositive rheumatoid arthritis", "Seropositive RA"), "2026-05-20")
    b.cond(IC("D50.9", "Iron deficiency anaemia, unspecified"), "2025-01-01", status="resolved", abate="2025-08-01")
    b.medreq(T("Tab. Folitrax 15 (methotrexate 15 mg)"), "2026-06-02", "1 tab once weekly on Sunday", reason=ra)
    b.medreq(T("Tab. Folvite 5 (folic acid 5 mg)"), "2026-06-02", "1 tab weekly on Tuesday")
    b.medreq(T("Tab. HCQS 200 (hydroxychloroquine 200 mg)"), "2026-06-02", "1-0-1 after food", reason=ra)
    b.medreq(T("Tab. Omnacortil 5 (prednisolone 5 mg)"), "2026-06-02", "1-0-0 x 6 weeks then taper", status="completed", reason=ra)
    eq = LOC(b, "questionnaire-score", "EQ-VAS", "EQ-5D VAS (patient-reported health today, 0-100)")
    das = LOC(b, "assessment", "DAS28-ESR", "DAS28-ESR disease activity score")
    for d, v, ds, esr, alt in [("2026-06-02", 70, 5.4, 48, 22), ("2026-08-25", 66, 3.9, 28, 31), ("2026-11-17", 67, 3.2, 20, 28)]:
        e = b.enc(d, "AMB", reason=IC("M05.8", "Other seropositive rheumatoid arthritis"), typ="Rheumatology OPD")
        b.score(eq, d, v, enc=e)
        b.obs(das, d, ds, cat="exam", unit=("{score}", "{score}"), enc=e)
        b.lab(LOC(b, "lab-investigation", "ESR-W", "ESR (Westergren)"), d, esr, ("mm/1st hr", "mm/h"), 0, 20, enc=e)
        lab(b, ("1742-6", "Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma"), d, alt, "U/L", 7, 35, e)
        b.vitals(d, e, bp=(118, 74), wt=57.0)
    b.note("2026-11-17", "Rheumatology OPD",
           "RA on MTX 15/wk + HCQS. Morning stiffness 20 min (was 2 h). Mild nausea day after MTX, manageable. "
           "DAS28 3.2 (moderate -> low). LFT normal. Patient says she feels 'about the same overall, joints better, tired on Mondays'. "
           "Plan: shift MTX to SC if nausea persists, continue.", enc=e)


# =====================================================================================================
# PATIENT_REPORTED_CONCERN
# =====================================================================================================
PEXQ = "https://fhir.riverbend-bh.org/Questionnaire/patient-experience-v2"


def prc_p1(b):
    """PS: recurrent MDD, PHQ-9 stable; patient-experience questionnaire: feels unheard and answers Yes to a second opinion."""
    b.base("Christine", "Nowak", "female", "1981-10-14", "Lincoln", "NE", "68508",
           {"psy": ("Omar", "Haddad", "Psychiatry"), "th": ("Rebecca", "Young", "LPC")})
    mdd = b.cond(cc((SCT, "66344007", "Recurrent major depression"), (ICD10CM, "F33.1", "Major depressive disorder, recurrent, moderate")),
                 "2018-02-01")
    b.cond(cc((SCT, "40930008", "Hypothyroidism")), "2016-01-01")
    b.cond(cc((SCT, "414916001", "Obesity")), "2019-01-01")
    b.medreq(M("venlafaxine 150 MG 24HR Extended Release Oral Capsule"), "2025-09-02", "150 mg daily", reason=mdd, pr=b.pr["psy"])
    b.medreq(M("levothyroxine sodium 0.1 MG Oral Tablet", "892246", "levothyroxine sodium 0.1 MG Oral Tablet"), "2016-01-01", "100 mcg daily",
             pr=b.pr["psy"])
    es = []
    for d, p in [("2026-05-19", 14), ("2026-08-11", 13), ("2026-11-03", 14)]:
        e = b.enc(d, "AMB", reason=S("66344007", "Recurrent major depression"), typ="Medication management")
        es.append(e)
        b.score(LN(*PHQ9), d, p, enc=e)
        b.vitals(d, e, bp=(124, 80), wt=98.0)
    lab(b, TSH, "2026-08-11", 2.2, ("uIU/mL", "u[IU]/mL"), 0.4, 4.5, es[1])
    b.note("2026-11-03", "Medication management",
           "Mood low-moderate, unchanged. PHQ-9 14. Sleeping poorly. Discussed options: venlafaxine dose increase vs augmentation. "
           "Patient frustrated, says she has 'been on the same plan for a year'. Will increase venlafaxine to 225 mg.", enc=es[2])
    b.qr("2026-11-03", PEXQ, [
        ("1", "Do you feel your care team listens to your concerns?", "Not really - appointments are 15 minutes and it's always 'let's give it more time'."),
        ("2", "Do you understand your current treatment plan?", True),
        ("3", "Would you like a second opinion about your diagnosis or treatment?", True),
        ("3.1", "If yes, please tell us more", "I would like another psychiatrist to review my medicines and whether something else could help."),
    ], enc=es[2])


def prc_p2(b):
    """CA: paroxysmal AF post-ablation; patient portal message asks for another electrophysiologist's second opinion."""
    b.base("Victor", "Pham", "male", "1968-04-25", "Columbus", "OH", "43210",
           {"ep": ("Nadia", "Haddad", "Cardiology - Electrophysiology"), "rn": ("Amy", "Kessler", "Registered Nurse")})
    af = b.cond(cc((SCT, "282825002", "Paroxysmal atrial fibrillation"), (ICD10CM, "I48.0", "Paroxysmal atrial fibrillation")), "2023-06-01")
    b.cond(S("59621000", "Essential hypertension"), "2017-01-01")
    b.cond(cc((SCT, "78275009", "Obstructive sleep apnea syndrome")), "2022-01-01")
    b.proc(cc((CPT, "93656", "Comprehensive EP evaluation with transseptal catheterization, ablation of atrial fibrillation by pulmonary vein isolation")),
           "2025-03-18", reason_ref=[af], pr=b.pr["ep"], outcome="Pulmonary vein isolation achieved")
    b.medreq(M("apixaban 5 MG Oral Tablet", "1364445", "apixaban 5 MG Oral Tablet"), "2023-06-01", "5 mg twice daily", reason=af, pr=b.pr["ep"])
    b.medreq(M("flecainide acetate 100 MG Oral Tablet"), "2026-06-15", "100 mg twice daily", reason=af, pr=b.pr["ep"])
    b.medreq(M("diltiazem hydrochloride 120 MG 24HR Extended Release Oral Capsule"), "2023-06-01", "120 mg daily", pr=b.pr["ep"])
    for d, hr in [("2026-06-15", 78), ("2026-10-13", 72)]:
        e = b.enc(d, "AMB", reason=S("282825002", "Paroxysmal atrial fibrillation"), typ="Electrophysiology follow-up")
        b.vitals(d, e, bp=(136, 84), hr=hr, wt=101.0)
    b.dr(cc((b.o["local"] + "ep", "ZIO-14D", "14-day ambulatory ECG patch")), "2026-09-20",
         "AF burden 6%, longest episode 9 h. Symptom triggers correlate with AF.", cat=("EC", "Electrocardiac"))
    lab(b, K, "2026-10-13", 4.3, "mmol/L", 3.5, 5.1, e)
    b.note("2026-10-13", "EP follow-up",
           "Recurrent PAF after PVI 2025, 6% burden on flecainide. Options discussed: continue AAD, redo ablation, or accept burden. "
           "Recommended continue flecainide and treat OSA (CPAP adherence poor) before considering redo. Patient not convinced.",
           enc=e)
    b.comm("2026-11-19", "Dr Haddad, I've been thinking about our last visit. I still have AF episodes 2-3 times a week and I feel "
           "like I'm being told to just live with it. I would like a second opinion from another electrophysiologist about whether "
           "a redo ablation is right for me. Can you send my records to the EP group at the university hospital? Thank you, Victor Pham",
           topic="Request for second opinion", recipient=b.pr["ep"],
           medium=cc((THO + "v3-ParticipationMode", "EMAILWRIT", "email")))
    b.comm("2026-11-20", "Message received. Forwarded to Dr Haddad for review; our office will call you this week.",
           sender=b.pr["rn"], recipient=b.pt, topic="Request for second opinion")


def prc_p3(b):
    """IN: T2DM with CKD advised insulin; patient-authored flag asking for a second opinion before starting insulin."""
    b.base("Ramesh", "Chandra Tiwari", "male", "1963-12-01", "Lucknow", "Uttar Pradesh", "226010",
           {"endo": ("Shalini", "Verma", "DM (Endocrinology)"), "neph": ("Rajeev", "Saxena", "DM (Nephrology)")})
    dm = b.cond(IC("E11.2", "Type 2 diabetes mellitus with renal complications", "T2DM with diabetic kidney disease"), "2010-01-01")
    b.cond(IC("N18.3", "Chronic kidney disease, stage 3"), "2023-01-01")
    b.cond(IC("I10", "Essential (primary) hypertension"), "2012-01-01")
    for med, dose in [("Tab. Glycomet GP 1 (metformin 500 mg + glimepiride 1 mg)", "1-0-1 before food"),
                      ("Tab. Istavel 50 (sitagliptin 50 mg)", "1-0-0"), ("Tab. Telma 40", "1-0-0"), ("Tab. Jardiance 10", "1-0-0")]:
        b.medreq(T(med), "2025-06-01", dose, reason=dm, pr=b.pr["endo"])
    es = []
    for d, a, eg in [("2026-05-19", 8.9, 49), ("2026-10-27", 9.1, 47)]:
        e = b.enc(d, "AMB", reason=IC("E11.2", "Type 2 diabetes mellitus with renal complications"), typ="Diabetes OPD")
        es.append(e)
        lab(b, A1C, d, a, "%", 4.0, 5.6, e)
        lab(b, EGFR, d, eg, EGFR_U, 60, None, e)
        b.vitals(d, e, bp=(138, 86), wt=74.0)
    b.lab(LOC(b, "lab-investigation", "UACR", "Urine albumin/creatinine ratio"), "2026-10-27", 142, ("mg/g", "mg/g"), None, 30, enc=es[1])
    b.note("2026-10-27", "Diabetes OPD",
           "63M, T2DM 16 yrs, DKD (eGFR 47, UACR 142). HbA1c 9.1 on 4 oral agents. Advised basal insulin (Inj. Basalog 10 U HS) "
           "and stop glimepiride. Patient and son hesitant - fear of injections, 'once insulin, always insulin'. Counselled. "
           "They wish to think over.", enc=es[1])
    b.flag(cc((b.o["local"] + "patient-flag", "PT-REQ-2OP", "Patient request: second opinion"),
              text="Patient requests second opinion from another diabetologist before starting insulin"),
           "2026-11-05", author=b.pt, cat="admin")
    b.note("2026-11-05", "Front office / patient relations note",
           "Patient came to the help desk with his son and asked that his request be recorded: he would like a second opinion "
           "from another senior diabetologist before starting insulin, and wants his reports shared. Flag added at patient's request; "
           "informed Dr Shalini Verma.", pr=b.pr["endo"])


def prc_n1(b):
    """PS: alcohol use disorder improving on naltrexone; patient-experience questionnaire answers No to a second opinion."""
    b.base("Kevin", "Sorensen", "male", "1974-03-08", "Des Moines", "IA", "50309",
           {"add": ("Hannah", "Lee", "Addiction Medicine"), "peer": ("Marcus", "Bell", "Certified Peer Recovery Specialist")})
    aud = b.cond(cc((SCT, "7200002", "Alcoholism"), (ICD10CM, "F10.20", "Alcohol dependence, uncomplicated")), "2026-04-14")
    b.cond(cc((SCT, "235595009", "Gastroesophageal reflux disease")), "2020-01-01")
    b.medreq(M("naltrexone hydrochloride 50 MG Oral Tablet"), "2026-04-21", "50 mg daily", reason=aud, pr=b.pr["add"])
    b.medreq(M("acamprosate calcium 333 MG Delayed Release Oral Tablet"), "2026-04-21", "666 mg three times daily", reason=aud, pr=b.pr["add"])
    au = LN("75624-7", "Total score [AUDIT]")
    for d, s_, ggt in [("2026-04-14", 28, 142), ("2026-07-14", 12, 78), ("2026-10-13", 6, 44)]:
        e = b.enc(d, "AMB", reason=S("7200002", "Alcoholism"), typ="Addiction medicine visit")
        b.score(au, d, s_, enc=e)
        lab(b, ("2324-2", "Gamma glutamyl transferase [Enzymatic activity/volume] in Serum or Plasma"), d, ggt, "U/L", 8, 61, e)
        b.vitals(d, e, bp=(136, 86), hr=76, wt=88.0)
    b.note("2026-10-13", "Peer recovery support",
           "Kevin has attended SMART Recovery weekly for 4 months. 41 days since last drink. Back at work full time. "
           "Says the team 'actually listens'. Goals: reconnect with daughter.", pr=b.pr["peer"])
    b.qr("2026-10-13", PEXQ, [
        ("1", "Do you feel your care team listens to your concerns?", "Yes, very much."),
        ("2", "Do you understand your current treatment plan?", True),
        ("3", "Would you like a second opinion about your diagnosis or treatment?", False),
    ], enc=e)


def prc_n2(b):
    """IN: fibroid uterus; hysterectomy advised; patient asked for a second opinion in May, obtained June 2026 -> medical management."""
    b.base("Anitha", "Menon", "female", "1975-02-14", "Kochi", "Kerala", "682016",
           {"gyn": ("Suresh", "Pillai", "MS (Obstetrics & Gynaecology)"), "gyn2": ("Leela", "Thomas", "DNB (Obstetrics & Gynaecology)")},
           extra_orgs=[("other", "Lakeshore Women's Hospital, Kochi")])
    fib = b.cond(IC("D25.1", "Intramural leiomyoma of uterus", "Fibroid uterus (intramural, 6 cm)"), "2026-04-10")
    b.cond(IC("D50.0", "Iron deficiency anaemia secondary to blood loss (chronic)"), "2026-04-10", status="resolved", abate="2026-09-30")
    e1 = b.enc("2026-04-10", "AMB", reason=IC("N92.0", "Excessive and frequent menstruation with regular cycle"), typ="Gynaecology OPD")
    lab(b, HB, "2026-04-10", 8.9, "g/dL", 12.0, 15.0, e1)
    b.dr(LOC(b, "radiology", "USG-PELVIS", "USG pelvis (TAS + TVS)"), "2026-04-10", "Bulky uterus with 6.1 x 5.4 cm intramural fibroid, posterior wall. Ovaries normal.",
         cat=("RAD", "Radiology"), enc=e1)
    b.sr(LOC(b, "procedure-package", "GYN-TLH", "Total laparoscopic hysterectomy package"), "2026-05-05", status="revoked", intent="plan",
         when="2026-06-20", reason_ref=[fib], cat=SURG, pr=b.pr["gyn"], note="Revoked 2026-07-01: patient opted for medical management after second opinion.")
    b.comm("2026-05-20", "Doctor, I am not comfortable with removal of the uterus without another opinion. I would like to consult another "
           "gynaecologist before deciding. Kindly share my scan and blood reports.", topic="Second opinion before hysterectomy",
           recipient=b.pr["gyn"])
    b.note("2026-06-18", "Second opinion consultation - Lakeshore Women's Hospital",
           "Second opinion at patient's request. 51F, perimenopausal, single 6 cm intramural fibroid, menorrhagia, Hb 8.9 -> 10.2 on iron. "
           "Opinion: as she is close to menopause, a trial of medical management (dienogest + tranexamic acid, IV iron) is reasonable; "
           "surgery if it fails. Copy to Dr Suresh Pillai.", typ=("11488-4", "Consult note"), pr=b.pr["gyn2"], org=b.orgs["other"])
    b.medreq(T("Tab. Visanne (dienogest 2 mg)"), "2026-07-01", "1-0-0 continuous", reason=fib, pr=b.pr["gyn"])
    b.medreq(T("Tab. Pause 500 (tranexamic acid 500 mg)"), "2026-07-01", "1-1-1 during heavy days", reason=fib, pr=b.pr["gyn"])
    b.medreq(T("Inj. Ferric carboxymaltose 1000 mg (Orofer FCM)"), "2026-07-01", "1000 mg IV single dose", status="completed", pr=b.pr["gyn"])
    es = []
    for d, h in [("2026-07-01", 10.2), ("2026-09-30", 12.6), ("2026-11-20", 12.9)]:
        e = b.enc(d, "AMB", reason=IC("D25.1", "Intramural leiomyoma of uterus"), typ="Gynaecology OPD")
        es.append(e)
        lab(b, HB, d, h, "g/dL", 12.0, 15.0, e)
        b.vitals(d, e, bp=(120, 78), wt=63.0)
    b.note("2026-11-20", "Gynaecology OPD",
           "On dienogest 4 months. Amenorrhoeic since August, Hb 12.9. Happy with the plan agreed after the second opinion. "
           "Repeat USG in 6 months.", enc=es[2])


# =====================================================================================================
# WORSENING_DESPITE_TREATMENT
# =====================================================================================================
def wdt_p1(b):
    """PS: MDD on sertraline (titrated, continuous since April); PHQ-9 13 -> 16 -> 19 -> 22 over 6.5 months."""
    b.base("Alyssa", "Grant", "female", "1993-07-02", "Springfield", "MO", "65806",
           {"psy": ("Daniel", "Okoye", "Psychiatry"), "th": ("Sara", "Lindgren", "LCSW")})
    mdd = b.cond(cc((SCT, "370143000", "Major depressive disorder"), (ICD10CM, "F32.2", "Major depressive disorder, single episode, severe without psychotic features")),
                 "2026-03-20")
    b.cond(cc((SCT, "195967001", "Asthma")), "2005-01-01")
    sert = M("sertraline 100 MG Oral Tablet", "36437", "sertraline")
    b.medreq(sert, "2026-04-02", "50 mg daily; 100 mg from 2026-06-04; 150 mg from 2026-08-13; 200 mg from 2026-10-22", reason=mdd,
             pr=b.pr["psy"], course="continuous")
    b.medstmt(sert, "2026-04-02", "Taking daily as prescribed, confirmed by pharmacy refill history", asserted="2026-10-22",
              reason=mdd)
    b.medreq(M("albuterol 90 MCG/ACTUATION Metered Dose Inhaler"), "2024-01-01", "2 puffs every 4-6 h as needed", pr=b.pr["psy"])
    for d, p, g in [("2026-04-02", 13, 10), ("2026-06-04", 16, 12), ("2026-08-13", 19, 14), ("2026-10-22", 22, 15)]:
        e = b.enc(d, "AMB", reason=S("370143000", "Major depressive disorder"), typ="Medication management")
        b.score(LN(*PHQ9), d, p, enc=e)
        b.score(LN(*GAD7), d, g, enc=e)
    b.qr("2026-10-22", "http://loinc.org/q/44249-1", [
        ("44250-9", "Little interest or pleasure in doing things", c(LOINC, "LA6570-1", "More than half the days")),
        ("44255-8", "Feeling down, depressed, or hopeless", c(LOINC, "LA6571-9", "Nearly every day")),
        ("44259-0", "Trouble falling or staying asleep, or sleeping too much", c(LOINC, "LA6571-9", "Nearly every day")),
        ("44260-8", "Thoughts that you would be better off dead, or of hurting yourself in some way", c(LOINC, "LA6568-5", "Not at all")),
        ("44261-6", "PHQ-9 total score", 22)], enc=e)
    for d in ["2026-05-06", "2026-06-17", "2026-07-29", "2026-09-09"]:
        b.enc(d, "AMB", reason=S("370143000", "Major depressive disorder"), typ="Psychotherapy (behavioural activation)", pr=b.pr["th"])
    b.note("2026-10-22", "Medication management",
           "33F, MDD since spring. Despite sertraline titrated to 150 mg for 10 weeks (adherent, refills on time) and fortnightly "
           "behavioural activation, worse: PHQ-9 13 -> 22. On leave from work, staying in bed, no SI. "
           "Increase sertraline to 200 mg; discuss augmentation/switch at next visit.", enc=e)


def wdt_p2(b):
    """CA: ischaemic HFrEF on full GDMT since 2025; LVEF 35 -> 31 -> 26, NT-proBNP up, KCCQ 68 -> 55 -> 44 over 8 months."""
    b.base("Douglas", "Ferguson", "male", "1960-09-17", "Chicago", "IL", "60614",
           {"hf": ("Priya", "Natarajan", "Cardiology - Heart Failure"), "pharm": ("Lina", "Qasem", "Clinical Pharmacist")})
    hf = b.cond(cc((SCT, "703272007", "Heart failure with reduced ejection fraction"), (ICD10CM, "I50.22", "Chronic systolic (congestive) heart failure"),
                   text="HFrEF, ischaemic cardiomyopathy (anterior MI 2024)"), "2024-08-01")
    b.cond(S("53741008", "Coronary arteriosclerosis"), "2024-08-01")
    b.cond(S("55822004", "Hyperlipidemia"), "2018-01-01")
    for med, dose in [("sacubitril 97 MG / valsartan 103 MG Oral Tablet", "1 tablet twice daily"),
                      ("carvedilol 25 MG Oral Tablet", "25 mg twice daily"), ("spironolactone 25 MG Oral Tablet", "25 mg daily"),
                      ("dapagliflozin 10 MG Oral Tablet", "10 mg daily"), ("furosemide 40 MG Oral Tablet", "40 mg daily")]:
        b.medstmt(M(med), "2025-10-01", dose, asserted="2026-10-20", reason=hf,
                  note="Continuous; adherence confirmed by clinical pharmacist pill count.")
    rows = [("2026-02-17", 35, 1450, 68, "II"), ("2026-06-09", 31, 2300, 55, "II-III"), ("2026-10-20", 26, 3900, 44, "III")]
    for d, ef, bnp, kc, ny in rows:
        e = b.enc(d, "AMB", reason=S("703272007", "Heart failure with reduced ejection fraction"), typ="Heart failure clinic")
        b.obs(LN(*LVEF), d, ef, cat="imaging", unit="%", enc=e)
        lab(b, NTP, d, bnp, "pg/mL", None, 125, e)
        kccq(b, d, kc, e)
        nyha(b, d, ny, e)
        b.vitals(d, e, bp=(104, 66), hr=72, wt=84.0 + (ef < 30) * 3)
    lab(b, K, "2026-10-20", 4.8, "mmol/L", 3.5, 5.1, e)
    lab(b, EGFR, "2026-10-20", 58, EGFR_U, 60, None, e)
    b.note("2026-10-20", "Heart failure clinic",
           "66M, ischaemic HFrEF. On quadruple GDMT at target doses since Oct 2025, adherence verified. Progressive decline: "
           "EF 35 -> 26%, NT-proBNP 1450 -> 3900, KCCQ-12 68 -> 44, now NYHA III. QRS 102 ms (no CRT indication). "
           "Primary-prevention ICD discussed again; patient declines for now. Increase furosemide; RTC 4 weeks.", enc=e)


def wdt_p3(b):
    """IN: T2DM on 3 oral agents continuously, good adherence; HbA1c 7.9 -> 8.5 -> 9.0 -> 9.6 over 9 months."""
    b.base("Hemlata", "Patel", "female", "1970-05-28", "Ahmedabad", "Gujarat", "380015",
           {"dm": ("Jignesh", "Shah", "MD (Medicine), Diabetologist")})
    dm = b.cond(IC("E11.9", "Type 2 diabetes mellitus without complications"), "2014-01-01")
    b.cond(IC("I10", "Essential (primary) hypertension"), "2016-01-01")
    b.cond(IC("E03.9", "Hypothyroidism, unspecified"), "2012-01-01")
    for med, dose in [("Tab. Glycomet GP 2 Forte (metformin 1000 mg + glimepiride 2 mg)", "1-0-1 before food"),
                      ("Tab. Jardiance 25 (empagliflozin 25 mg)", "1-0-0"), ("Tab. Januvia 100 (sitagliptin 100 mg)", "0-0-1")]:
        b.medreq(T(med), "2025-11-04", dose, reason=dm, note="Continued at every visit; patient brings strip - all tablets taken.")
    b.medreq(T("Tab. Telma-AM 40/5"), "2020-01-01", "1-0-0")
    b.medreq(T("Tab. Thyronorm 75 mcg"), "2012-01-01", "1-0-0 empty stomach")
    for d, a, fbs, w in [("2026-02-10", 7.9, 148, 71.0), ("2026-05-12", 8.5, 162, 71.5), ("2026-08-11", 9.0, 181, 72.0), ("2026-11-10", 9.6, 204, 72.4)]:
        e = b.enc(d, "AMB", reason=IC("E11.9", "Type 2 diabetes mellitus without complications"), typ="Diabetes OPD")
        lab(b, A1C, d, a, "%", 4.0, 5.6, e)
        lab(b, ("1558-6", "Fasting glucose [Mass/volume] in Serum or Plasma"), d, fbs, "mg/dL", 70, 100, e)
        b.vitals(d, e, bp=(134, 82), wt=w)
    lab(b, CREAT, "2026-11-10", 0.9, "mg/dL", 0.6, 1.1, e)
    lab(b, TSH, "2026-11-10", 2.6, ("uIU/mL", "u[IU]/mL"), 0.4, 4.5, e)
    b.note("2026-11-10", "Diabetes OPD",
           "56F, DM 12 yrs. On Glycomet GP2 Forte bd + Jardiance 25 + Januvia 100 since Nov 2025, compliance good (husband supervises). "
           "Diet followed, walks 30 min. HbA1c 7.9 -> 8.5 -> 9.0 -> 9.6. No infection, no steroid use, TSH normal. "
           "Adv: continue, reinforce diet; consider insulin / GLP-1 next visit.", enc=e)


def wdt_n1(b):
    """CL: HbA1c rising 7.4 -> 9.5, but pharmacy claims stop after January 2026 (cost-related non-adherence): treatment not running."""
    b.base("Anthony", "Russo", "male", "1977-08-14", "Reading", "PA", "19601",
           {"pcp": ("Julie", "Becker", "Family Medicine")}, extra_orgs=[("pcp", "Berks Family Medicine"), ("rx", "Rite Aid #1187")])
    p, rx = b.orgs["pcp"], b.orgs["rx"]
    dm = CM("E11.65", "Type 2 diabetes mellitus with hyperglycemia")
    b.cond(cc(dm), "2021-04-01", cat="encounter-diagnosis")
    b.cond(cc(CM("I10", "Essential (primary) hypertension")), "2021-04-01", cat="encounter-diagnosis")
    b.cond(cc(CM("Z91.120", "Patient's intentional underdosing of medication regimen due to financial hardship")), "2026-08-12",
           cat="encounter-diagnosis")
    for d, a in [("2025-12-09", 7.4), ("2026-04-14", 8.1), ("2026-08-12", 8.9), ("2026-11-17", 9.5)]:
        dx = [dm] + ([CM("Z91.120", "Patient's intentional underdosing of medication regimen due to financial hardship")] if d >= "2026-08" else [])
        b.visit(d, dx, [(CPT, "99214", "Office/outpatient visit est, moderate MDM", 168.0), (CPT, "83036", "Hemoglobin; glycosylated (A1C)", 18.0)],
                provider=p, org=p, pr=b.pr["pcp"])
        lab(b, A1C, d, a, "%", 4.0, 5.6, note="HIE result")
    for d in ["2025-09-02", "2025-10-01", "2025-11-03", "2025-12-09", "2026-01-08"]:
        b.disp(M("metformin hydrochloride 1000 MG Oral Tablet", "861004", "metformin hydrochloride 1000 MG Oral Tablet"), d, 60, 30, rx)
        b.disp(M("empagliflozin 25 MG Oral Tablet"), d, 30, 30, rx)
    b.disp(M("lisinopril 20 MG Oral Tablet", "314077", "lisinopril 20 MG Oral Tablet"), "2026-01-08", 90, 90, rx)
    b.medreq(M("metformin hydrochloride 1000 MG Oral Tablet", "861004", "metformin hydrochloride 1000 MG Oral Tablet"), "2025-09-02",
             "1000 mg twice daily", status="stopped", pr=b.pr["pcp"],
             note="HIE medication list 2026-08-12: patient reports not taking since early 2026 - lost employer coverage for 6 months, could not afford.")


def wdt_n2(b):
    """PS: PTSD on sertraline + prazosin + CPT therapy; PCL-5 48 -> 50 -> 52 -> 51 (change < MCID of ~10)."""
    b.base("Rafael", "Ortega", "male", "1986-02-02", "Topeka", "KS", "66603",
           {"psy": ("Grace", "Whitman", "Psychiatry"), "th": ("Noah", "Klein", "Psychologist")})
    pt = b.cond(cc((SCT, "47505003", "Posttraumatic stress disorder"), (ICD10CM, "F43.12", "Post-traumatic stress disorder, chronic")), "2025-11-01")
    b.cond(cc((SCT, "193462001", "Insomnia")), "2025-11-01")
    b.medreq(M("sertraline 100 MG Oral Tablet", "36437", "sertraline"), "2025-12-01", "150 mg daily", reason=pt, pr=b.pr["psy"])
    b.medreq(M("prazosin hydrochloride 2 MG Oral Capsule"), "2026-01-12", "4 mg at bedtime", reason=pt, pr=b.pr["psy"])
    pcl = LOC(b, "questionnaire-score", "PCL5-TOT", "PTSD Checklist for DSM-5 (PCL-5) total score (0-80)")
    for d, s_, ph in [("2026-05-05", 48, 12), ("2026-07-07", 50, 12), ("2026-09-08", 52, 13), ("2026-11-10", 51, 12)]:
        e = b.enc(d, "AMB", reason=S("47505003", "Posttraumatic stress disorder"), typ="Psychiatry follow-up")
        b.score(pcl, d, s_, enc=e)
        b.score(LN(*PHQ9), d, ph, enc=e)
    for d in ["2026-06-02", "2026-06-16", "2026-06-30", "2026-07-14", "2026-07-28"]:
        b.enc(d, "AMB", reason=S("47505003", "Posttraumatic stress disorder"), typ="Cognitive processing therapy session", pr=b.pr["th"])
    b.note("2026-11-10", "Psychiatry follow-up",
           "PTSD after 2024 workplace assault. PCL-5 51 (48-52 over 6 months - essentially unchanged, no clinically meaningful change). "
           "Nightmares fewer on prazosin. Completed 12 CPT sessions. No SI. Continue; consider prolonged exposure.", enc=e)


# =====================================================================================================
# RARE_OR_COMPLEX_CONDITION
# =====================================================================================================
def rare_p1(b):
    """CA: arrhythmogenic right ventricular cardiomyopathy (PKP2), ICD in place, sotalol; family screening."""
    b.base("Natalie", "Brooks", "female", "1992-03-30", "Indianapolis", "IN", "46202",
           {"ep": ("Nadia", "Haddad", "Cardiology - Electrophysiology"), "gc": ("Joanna", "Price", "Genetic Counselor")})
    arvc = b.cond(cc((ORPHA, "ORPHA:247", "Arrhythmogenic right ventricular cardiomyopathy"),
                     (ICD10CM, "I42.8", "Other cardiomyopathies"), text="Arrhythmogenic right ventricular cardiomyopathy (definite, 2010 TFC)"),
                  "2024-01-15")
    b.cond(cc((SCT, "25569003", "Ventricular tachycardia")), "2024-01-10")
    b.proc(cc((CPT, "33249", "Insertion or replacement of permanent implantable defibrillator system, with transvenous lead(s)")),
           "2024-03-05", reason_ref=[arvc], pr=b.pr["ep"], outcome="Single-chamber transvenous ICD")
    b.obs(LOC(b, "genomics", "VARIANT", "Genetic variant assessment"), "2024-02-20",
          "PKP2 c.2146-1G>C, heterozygous - pathogenic", cat="laboratory", interp="A")
    b.medreq(M("sotalol hydrochloride 80 MG Oral Tablet"), "2024-03-05", "80 mg twice daily", reason=arvc, pr=b.pr["ep"])
    for d, ev in [("2026-03-10", 0), ("2026-09-15", 1)]:
        e = b.enc(d, "AMB", reason=cc((ORPHA, "ORPHA:247", "Arrhythmogenic right ventricular cardiomyopathy")), typ="Device clinic")
        b.vitals(d, e, bp=(112, 70), hr=62, wt=61.0)
        b.obs(LOC(b, "device", "ICD-VT-EPIS", "ICD treated ventricular arrhythmia episodes since last check"), d, ev, cat="procedure", enc=e)
    b.obs(LN(*LVEF), "2026-09-15", 55, cat="imaging", unit="%")
    b.obs(LOC(b, "echo", "RVFAC", "RV fractional area change"), "2026-09-15", 28, cat="imaging", unit="%", note="Reference > 35%")
    b.note("2026-09-15", "EP / inherited cardiomyopathy clinic",
           "34F, ARVC (PKP2), ICD 2024. One appropriate ATP for VT 190 bpm in July during a run; no shock. RV FAC 28%. "
           "Exercise restriction reinforced. Continue sotalol. Cascade screening: brother genotype-positive, to start surveillance. "
           "Discussed pregnancy planning with genetic counselling.", pr=b.pr["ep"])
    b.note("2026-10-06", "Genetic counselling",
           "Family cascade screening for PKP2 variant. Brother (31) positive, mother negative. Pre-conception counselling: 50% "
           "transmission risk; options discussed.", pr=b.pr["gc"])


def rare_p2(b):
    """PS: 22q11.2 deletion syndrome with schizophrenia, hypoparathyroidism, hypothyroidism and repaired tetralogy of Fallot."""
    b.base("Ethan", "Marsh", "male", "2003-06-11", "Lawrence", "KS", "66044",
           {"psy": ("Isabel", "Fuentes", "Psychiatry"), "np": ("Rita", "Campos", "Psychiatric NP")})
    dg = b.cond(cc((ORPHA, "ORPHA:567", "22q11.2 deletion syndrome"), (ICD10CM, "D82.1", "Di George's syndrome"),
                   text="22q11.2 deletion syndrome (confirmed by chromosomal microarray 2005)"), "2003-06-11")
    scz = b.cond(cc((SCT, "58214004", "Schizophrenia"), (ICD10CM, "F20.9", "Schizophrenia, unspecified")), "2022-02-01")
    b.cond(cc((ICD10CM, "E20.8", "Other hypoparathyroidism"), text="Hypoparathyroidism (22q11.2)"), "2003-07-01")
    b.cond(cc((SCT, "40930008", "Hypothyroidism")), "2019-01-01")
    b.cond(cc((ICD10CM, "Z87.74", "Personal history of (corrected) congenital malformations of heart and circulatory system"),
              text="Tetralogy of Fallot, repaired 2004"), "2004-02-01")
    b.cond(cc((SCT, "110359009", "Intellectual disability")), "2010-01-01", note="Mild")
    b.medreq(M("aripiprazole 15 MG Oral Tablet"), "2024-05-01", "15 mg daily", reason=scz, pr=b.pr["psy"])
    b.medreq(M("calcitriol 0.25 MCG Oral Capsule"), "2015-01-01", "0.25 mcg daily", pr=b.pr["psy"])
    b.medreq(M("calcium carbonate 1250 MG Oral Tablet"), "2015-01-01", "1 tablet twice daily", pr=b.pr["psy"])
    b.medreq(M("levothyroxine sodium 0.05 MG Oral Tablet"), "2019-01-01", "50 mcg daily", pr=b.pr["psy"])
    for d in ["2026-06-16", "2026-10-20"]:
        e = b.enc(d, "AMB", reason=S("58214004", "Schizophrenia"), typ="Medication management")
        lab(b, ("17861-6", "Calcium [Mass/volume] in Serum or Plasma"), d, 8.6 if d < "2026-09" else 8.8, "mg/dL", 8.6, 10.3, e)
        b.vitals(d, e, bp=(116, 72), hr=80, wt=68.0)
    b.note("2026-10-20", "Medication management",
           "23M with 22q11.2DS. Psychosis stable on aripiprazole 15 mg; no seizures (Ca monitored given hypoparathyroidism - "
           "antipsychotics lower seizure threshold). Sees adult congenital cardiology yearly for repaired TOF, endocrine for "
           "hypoparathyroidism. Lives with parents, supported employment. Care coordination across 4 services.", enc=e)


def rare_p3(b):
    """CL: complexity - HFrEF, T2DM with neuropathy, CKD 4, COPD, seropositive RA, osteoporosis; 5 specialties billing."""
    b.base("Dolores", "McAllister", "female", "1955-01-27", "Harrisburg", "PA", "17104",
           {"pcp": ("Brian", "Yoder", "Internal Medicine"), "card": ("Esther", "Kim", "Cardiology"), "neph": ("Omar", "Siddiqui", "Nephrology"),
            "pulm": ("Gail", "Fischer", "Pulmonology"), "rheum": ("Pradeep", "Iyer", "Rheumatology")},
           extra_orgs=[("clin", "Capital Area Multispecialty Group"), ("rx", "Giant Pharmacy #6045")])
    o = b.orgs["clin"]
    dx = [("card", CM("I50.22", "Chronic systolic (congestive) heart failure"), "2021-03-01", "93306", "Echocardiography, transthoracic, complete, with Doppler and color flow"),
          ("pcp", CM("E11.42", "Type 2 diabetes mellitus with diabetic polyneuropathy"), "2009-01-01", "83036", "Hemoglobin; glycosylated (A1C)"),
          ("neph", CM("N18.4", "Chronic kidney disease, stage 4 (severe)"), "2023-05-01", "80069", "Renal function panel"),
          ("pulm", CM("J44.9", "Chronic obstructive pulmonary disease, unspecified"), "2017-01-01", "94010", "Spirometry"),
          ("rheum", CM("M05.79", "Rheumatoid arthritis with rheumatoid factor of multiple sites without organ or systems involvement"), "2012-01-01", "86431", "Rheumatoid factor; quantitative")]
    for sp, code, onset, cpt, cdisp in dx:
        b.cond(cc(code), onset, cat="encounter-diagnosis")
    b.cond(cc(CM("M81.0", "Age-related osteoporosis without current pathological fracture")), "2020-01-01", cat="encounter-diagnosis")
    months = ["2026-02", "2026-04", "2026-06", "2026-08", "2026-10"]
    for i, (sp, code, onset, cpt, cdisp) in enumerate(dx):
        b.visit(f"{months[i]}-1{i}", [code], [(CPT, "99214", "Office/outpatient visit est, moderate MDM", 168.0), (CPT, cpt, cdisp, 150.0)],
                provider=o, org=o, pr=b.pr[sp])
    b.visit("2026-09-03", [CM("J44.1", "Chronic obstructive pulmonary disease with (acute) exacerbation"), CM("I50.22", "Chronic systolic (congestive) heart failure")],
            [(CPT, "99223", "Initial hospital inpatient care, high MDM", 420.0)], kind="IMP", end="2026-09-07", provider=o, org=o,
            pr=b.pr["pulm"], admit=("emd", "From accident/emergency department"), disch=("home", "Home"))
    lab(b, EGFR, "2026-06-14", 24, EGFR_U, 60, None, note="HIE result")
    lab(b, A1C, "2026-04-11", 7.6, "%", 4.0, 5.6, note="HIE result")
    rx = b.orgs["rx"]
    for med, rxc, disp_ in [("carvedilol 12.5 MG Oral Tablet", None, None), ("insulin glargine 100 UNT/ML Injectable Solution", None, None),
                            ("hydroxychloroquine sulfate 200 MG Oral Tablet", None, None), ("fluticasone furoate / umeclidinium / vilanterol inhalation powder", None, None),
                            ("torsemide 20 MG Oral Tablet", None, None), ("alendronate sodium 70 MG Oral Tablet", None, None)]:
        b.disp(M(med), "2026-10-15", 30, 30, rx)
def rare_n1(b):
    """IN: Gilbert syndrome and beta-thalassaemia trait - common, benign findings, not rare disease."""
    b.base("Aditya", "Rao", "male", "1999-09-09", "Bengaluru", "Karnataka", "560034",
           {"gp": ("Deepa", "Iyengar", "MD (General Medicine)"), "gi": ("Naveen", "Agarwal", "DM (Gastroenterology)")})
    e1 = b.enc("2026-08-12", "AMB", reason=IC("Z02.1", "Pre-employment examination"), typ="Executive health check")
    b.vitals("2026-08-12", e1, bp=(118, 74), hr=68, wt=70.0)
    r = [lab(b, ("1975-2", "Bilirubin.total [Mass/volume] in Serum or Plasma"), "2026-08-12", 2.4, "mg/dL", 0.2, 1.2, e1),
         lab(b, ("1968-7", "Bilirubin.direct [Mass/volume] in Serum or Plasma"), "2026-08-12", 0.3, "mg/dL", 0.0, 0.3, e1),
         lab(b, ("1742-6", "Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma"), "2026-08-12", 24, "U/L", 7, 45, e1),
         lab(b, ("6768-6", "Alkaline phosphatase [Enzymatic activity/volume] in Serum or Plasma"), "2026-08-12", 78, "U/L", 40, 129, e1)]
    b.dr(LOC(b, "lab-investigation", "LFT", "Liver function panel"), "2026-08-12", "Isolated unconjugated hyperbilirubinaemia.", r, enc=e1)
    h = [lab(b, HB, "2026-08-12", 12.6, "g/dL", 13.0, 17.0, e1), lab(b, MCV, "2026-08-12", 66, "fL", 80, 100, e1),
         lab(b, FER, "2026-08-12", 96, "ng/mL", 30, 400, e1),
         b.lab(LOC(b, "lab-investigation", "RBC-CNT", "RBC count"), "2026-08-12", 6.1, ("million/cumm", "10*6/uL"), 4.5, 5.9, enc=e1)]
    b.dr(LOC(b, "lab-investigation", "CBC", "Complete blood count"), "2026-08-12", "Microcytosis with high RBC count, normal ferritin. Mentzer index 10.8 - suggests thalassaemia trait.",
         h, enc=e1)
    e2 = b.enc("2026-09-02", "AMB", reason=IC("R17", "Unspecified jaundice"), typ="Gastroenterology OPD", pr=b.pr["gi"])
    b.lab(LOC(b, "lab-investigation", "HPLC-A2", "Hb HPLC - HbA2"), "2026-09-02", 5.4, "%", 2.0, 3.5, enc=e2)
    b.lab(LOC(b, "lab-investigation", "RETIC", "Reticulocyte count"), "2026-09-02", 1.2, "%", 0.5, 2.5, enc=e2)
    b.lab(LOC(b, "lab-investigation", "LDH", "LDH, serum"), "2026-09-02", 190, "U/L", 140, 280, enc=e2)
    b.dr(LOC(b, "radiology", "USG-ABD", "USG whole abdomen"), "2026-09-02", "Normal liver, gall bladder and spleen.", cat=("RAD", "Radiology"), enc=e2)
    b.cond(IC("E80.4", "Gilbert syndrome"), "2026-09-02", enc=e2)
    b.cond(IC("D56.3", "Thalassaemia trait", "Beta-thalassaemia trait (carrier)"), "2026-09-02", enc=e2,
           note="Heterozygous carrier (HbA2 5.4%), not thalassaemia major/intermedia")
    b.note("2026-09-02", "Gastroenterology OPD",
           "27M, software engineer, found to have bilirubin 2.4 (indirect) on pre-employment check; mild yellowish eyes after fasting. "
           "No haemolysis (retic, LDH normal), LFT otherwise normal, USG normal. Microcytosis with HbA2 5.4% - beta-thal trait.\n"
           "Impression: 1) Gilbert syndrome - benign, no treatment needed. 2) Beta-thalassaemia trait - carrier; no iron needed. "
           "Advised partner screening before marriage. No follow-up required.", enc=e2, pr=b.pr["gi"])
    b.enc("2026-10-14", "VR", reason=IC("E80.4", "Gilbert syndrome"), typ="Teleconsultation")
    b.note("2026-10-14", "Teleconsultation", "Reports explained to patient and parents. Fit for employment. Review SOS.")


def rare_n2(b):
    """PS: five chronic conditions but across two specialties only (psychiatry/addiction and primary care); stable."""
    b.base("Dwayne", "Hollister", "male", "1969-04-04", "Joplin", "MO", "64801",
           {"psy": ("Lorraine", "Abbott", "Psychiatry"), "add": ("Hannah", "Lee", "Addiction Medicine"),
            "peer": ("Marcus", "Bell", "Certified Peer Recovery Specialist"), "pcp": ("Chris", "Delgado", "Family Medicine")},
           extra_orgs=[("pcp", "Joplin Community Health Center")])
    scz = b.cond(cc((SCT, "58214004", "Schizophrenia"), (ICD10CM, "F20.0", "Paranoid schizophrenia")), "1994-01-01")
    oud = b.cond(cc((SCT, "75544000", "Opioid dependence"), (ICD10CM, "F11.20", "Opioid dependence, uncomplicated")), "2015-01-01")
    b.cond(cc((SCT, "7200002", "Alcoholism"), (ICD10CM, "F10.21", "Alcohol dependence, in remission")), "2005-01-01",
           note="Sustained remission since 2019")
    b.cond(cc((SCT, "89765005", "Tobacco dependence syndrome"), (ICD10CM, "F17.210", "Nicotine dependence, cigarettes, uncomplicated")), "1985-01-01")
    b.cond(cc((SCT, "59621000", "Essential hypertension"), (ICD10CM, "I10", "Essential (primary) hypertension")), "2016-01-01")
    b.cond(cc((SCT, "233604007", "Pneumonia")), "2025-02-10", status="resolved", abate="2025-03-01")
    b.enc("2024-03-02", "IMP", reason=S("58214004", "Schizophrenia"), typ="Involuntary psychiatric admission (96-hour hold)", end="2024-03-19",
          admit=("other", "Other"), disch=("home", "Home"))
    b.note("2024-03-19", "Discharge summary - involuntary admission",
           "Admitted on emergency detention after stopping oral antipsychotic; paranoid, not eating. Restarted paliperidone, "
           "transitioned to monthly LAI. Discharged to supported housing.", typ=("18842-5", "Discharge summary"), pr=b.pr["psy"])
    b.medreq(M("paliperidone palmitate 156 MG/ML Prefilled Syringe"), "2024-03-18", "156 mg IM every 4 weeks", reason=scz, pr=b.pr["psy"])
    for d in ["2026-09-15", "2026-10-13", "2026-11-10"]:
        b.medadmin(M("paliperidone palmitate 156 MG/ML Prefilled Syringe"), d, "156 mg IM deltoid", dose=q(156, "mg"))
    b.medreq(M("methadone hydrochloride 10 MG/ML Oral Solution"), "2015-06-01", "90 mg once daily, observed dosing; take-homes x 6",
             reason=oud, pr=b.pr["add"])
    b.medreq(M("nicotine 21 MG/24HR Transdermal System"), "2026-06-01", "1 patch daily", pr=b.pr["add"])
    b.medreq(M("amlodipine 10 MG Oral Tablet"), "2020-01-01", "10 mg daily", pr=b.pr["pcp"])
    for d in ["2026-06-09", "2026-09-08"]:
        e = b.enc(d, "AMB", reason=S("75544000", "Opioid dependence"), typ="Opioid treatment program review", pr=b.pr["add"])
        b.obs(LOC(b, "lab-investigation", "UDS-FENT", "Urine drug screen - fentanyl"), d, T("Negative"), interp="NEG", enc=e)
        b.obs(LOC(b, "lab-investigation", "UDS-MTD", "Urine drug screen - methadone"), d, T("Positive (expected)"), interp="POS", enc=e)
        b.vitals(d, e, bp=(132, 82), hr=74, wt=94.0)
    b.obs(LN("8601-7", "EKG impression"), "2026-09-08", "Sinus rhythm, QTc 438 ms", cat="procedure")
    b.note("2026-11-10", "Peer recovery support",
           "Dwayne picked up his take-homes and came to group. 11 years on methadone, no illicit use this year. Cut down to "
           "5 cigarettes/day with patch. Enjoys volunteering at the food pantry.", pr=b.pr["peer"])


# =====================================================================================================
# Case table
# =====================================================================================================
P, N = "positive", "near-miss"
PS_, DS, MP, UP, HI, PR, WD, RA = ("PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "DIAGNOSIS_SYMPTOM_MISMATCH", "MAJOR_PROCEDURE_PLANNED",
                                   "UNTREATABLE_PROGNOSIS", "HIGH_IMPACT_TREATMENT", "PATIENT_REPORTED_CONCERN",
                                   "WORSENING_DESPITE_TREATMENT", "RARE_OR_COMPLEX_CONDITION")
CASES = [
    (psnw_p1, "IN", PS_, P, [PS_], "Burning feet recorded on 4 visits over 15 weeks; HbA1c, B12, TSH, vitamin D, ANA, SPEP, NCV and MRI all normal; no diagnosis made, patient reassured."),
    (psnw_p2, "CL", PS_, P, [PS_], "Primary-care visit for dyspnoea/chest pain on 2026-10-06 followed 9 days later by an unplanned inpatient admission via ED (pulmonary embolism) - Singh return-visit e-trigger."),
    (psnw_p3, "CA", PS_, P, [PS_], "New iron-deficiency anaemia on apixaban (Hb 10.1, ferritin 9) in July 2026; no GI evaluation or referral on record by October (> 60 days) and Hb still falling - Murphy red-flag without follow-up."),
    (psnw_n1, "PS", PS_, N, [], "Palpitations over 11 weeks with normal ECG/Holter/TSH, but then explained by a GAD diagnosis and improving on treatment."),
    (psnw_n2, "IN", PS_, N, [], "Cough on 3 visits over only 5 weeks after a viral URTI, normal work-up, resolved: too short and self-limiting."),
    (dsm_p1, "CL", DS, P, [DS], "IBS (K58.9) label active since 2024 while new rectal bleeding, weight loss, iron deficiency and calprotectin 380 appear, which IBS cannot explain."),
    (dsm_p2, "IN", DS, P, [DS], "Catch-all 'viral fever' (B34.9) for over 5 months with persistent fever, night sweats, 7 kg weight loss, ESR 84, LDH rise, splenomegaly and nodes."),
    (dsm_p3, "CA", DS, P, [DS], "'Hypertensive heart disease' label cannot account for low-voltage ECG with 17 mm walls, persistent troponin leak, bilateral carpal tunnel and hypotension off antihypertensives (amyloid red flags)."),
    (dsm_n1, "CL", DS, N, [], "Unspecified abdominal pain lasted 8 weeks, then gallstones diagnosed and cholecystectomy done; R10.9 resolved, no symptoms afterwards."),
    (dsm_n2, "PS", DS, N, [], "New tremor, fatigue and raised TSH in a lithium-treated bipolar patient are explained by lithium-induced hypothyroidism, treated and normalised."),
    (mpp_p1, "CA", MP, P, [MP], "Severe symptomatic aortic stenosis; heart-team consensus and an active order for transfemoral TAVI in January 2027."),
    (mpp_p2, "IN", MP, P, [MP], "Triple-vessel disease; CABG package planned (active ServiceRequest) for 14/12/2026 with TPA pre-authorisation."),
    (mpp_p3, "CL", MP, P, [MP], "Lumbar stenosis with spondylolisthesis after failed PT and injections; L4-5 TLIF (CPT 22633) ordered for January 2027, prior authorisation approved."),
    (mpp_n1, "CA", MP, N, [], "PCI to LAD was already performed in August 2026 (order completed); only cardiac rehabilitation is open."),
    (mpp_n2, "IN", MP, N, [], "Only a minor day-care excision of a sebaceous cyst under local anaesthesia is planned."),
    (up_p1, "IN", UP, P, [UP], "Stage IV pancreatic cancer, ECOG 3; tumour board states no disease-directed treatment options; palliative referral and care plan; no second opinion."),
    (up_p2, "CA", UP, P, [UP], "Stage D HFrEF, not a candidate for LVAD/transplant, 'no further advanced therapies appropriate', hospice care plan and DNR; no second opinion."),
    (up_p3, "CL", UP, P, [UP], "Metastatic NSCLC (bone, brain) with hospice routine home care claims from October 2026 and a terminal-illness certification; no second opinion."),
    (up_n1, "CL", UP, N, [], "HCC on Child C cirrhosis in hospice, but a transplant-centre second opinion (consultation with modifier 32, July 2026) is on record and concurred."),
    (up_n2, "CA", UP, N, [], "Palliative plan for 'inoperable' aortic stenosis was revoked after a successful TAVI in April 2026; now NYHA I."),
    (hit_p1, "CL", HI, P, [HI], "End-stage renal disease; AV fistula in July and in-centre haemodialysis three times a week since September 2026."),
    (hit_p2, "IN", HI, P, [HI], "Triple-negative breast cancer on neoadjuvant AC chemotherapy since October 2026 (2 cycles given, more scheduled) with marked toxicity."),
    (hit_p3, "PS", HI, P, [HI], "Clozapine started May 2026; patient-reported EQ VAS fell 65 -> 48 -> 42 (beyond the MCID) with sedation, hypersalivation and weight gain."),
    (hit_n1, "CA", HI, N, [], "Chemotherapy and radiotherapy were completed in 2021-22; only letrozole now and stable cardio-oncology surveillance."),
    (hit_n2, "IN", HI, N, [], "Low-dose weekly methotrexate for RA (not a high-impact treatment) and EQ VAS change of 3-4 points, below the MCID, with disease improving."),
    (prc_p1, "PS", PR, P, [PR], "Patient-experience QuestionnaireResponse: feels not listened to and answers Yes to wanting a second opinion."),
    (prc_p2, "CA", PR, P, [PR], "Patient-authored portal Communication explicitly asks for a second opinion from another electrophysiologist."),
    (prc_p3, "IN", PR, P, [PR], "Flag authored by the patient requesting a second opinion from another diabetologist before starting insulin."),
    (prc_n1, "PS", PR, N, [], "Patient-experience questionnaire answered No to a second opinion; feels listened to; AUD improving."),
    (prc_n2, "IN", PR, N, [], "Patient asked for a second opinion in May 2026 and it was obtained in June 2026 (on record), leading to medical management; hysterectomy order revoked."),
    (wdt_p1, "PS", WD, P, [WD], "PHQ-9 13 -> 16 -> 19 -> 22 over 6.5 months while sertraline has been taken continuously and titrated, plus psychotherapy."),
    (wdt_p2, "CA", WD, P, [WD], "On quadruple GDMT throughout, LVEF 35 -> 31 -> 26%, NT-proBNP 1450 -> 3900 and KCCQ-12 68 -> 44 over 8 months (NYHA II -> III)."),
    (wdt_p3, "IN", WD, P, [WD], "HbA1c 7.9 -> 8.5 -> 9.0 -> 9.6% over 9 months on three oral agents taken reliably throughout."),
    (wdt_n1, "CL", WD, N, [], "HbA1c rose 7.4 -> 9.5, but pharmacy claims stop after January 2026 and underdosing due to cost is coded: treatment not running."),
    (wdt_n2, "PS", WD, N, [], "PCL-5 48 -> 51 over 6 months on treatment: change well below the MCID (about 10 points)."),
    (rare_p1, "CA", RA, P, [RA], "Arrhythmogenic right ventricular cardiomyopathy (PKP2, Orphanet 247) with ICD and VT."),
    (rare_p2, "PS", RA, P, [RA], "22q11.2 deletion syndrome (Orphanet 567) with schizophrenia, hypoparathyroidism, hypothyroidism and repaired tetralogy of Fallot."),
    (rare_p3, "CL", RA, P, [RA], "Six active chronic conditions billed by five specialties (cardiology, endocrinology, nephrology, pulmonology, rheumatology)."),
    (rare_n1, "IN", RA, N, [], "Gilbert syndrome and beta-thalassaemia trait: common, benign carrier/variant states, not rare disease; no other chronic conditions."),
    (rare_n2, "PS", RA, N, [], "Five chronic conditions but from only two specialties (psychiatry/addiction and primary care hypertension), all stable."),
]


def main():
    import json, os, random
    here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    out = os.path.join(here, "cases")
    os.makedirs(out, exist_ok=True)
    for f in os.listdir(out):
        if f.endswith(".json"):
            os.remove(os.path.join(out, f))
    nums = list(range(1, len(CASES) + 1))
    random.Random(3701).shuffle(nums)
    exp, rows = [], []
    for (fn, org, target, kind, expected, why), n in sorted(zip(CASES, nums), key=lambda x: x[1]):
        cid = f"cv-{n:02d}"
        b = B(cid, org)
        fn(b)
        with open(os.path.join(out, cid + ".json"), "w") as f:
            json.dump(b.bundle(), f, indent=1, ensure_ascii=False)
        exp.append({"case": cid, "target": target, "kind": kind, "expected": expected, "why": why})
        rows.append((cid, target, kind, f"[{org}] " + fn.__doc__.strip().split(": ", 1)[1].replace("\n", " ").replace("  ", "")))
    with open(os.path.join(here, "expectations.json"), "w") as f:
        json.dump({"anchorDate": "2026-12-01", "cases": exp}, f, indent=1, ensure_ascii=False)
    with open(os.path.join(here, "README.md"), "w") as f:
        f.write(README_HEAD)
        f.write("| case | target | kind | summary |\n| --- | --- | --- | --- |\n")
        for r in rows:
            f.write("| " + " | ".join(r) + " |\n")
    print(f"wrote {len(CASES)} cases")


README_HEAD = """# Evaluation set blind-37: 40 synthetic FHIR R4 patient records

## How it was written
Written **blind**: the only inputs were the task brief (the eight published criteria and their default definitions),
the FHIR R4 specification, public terminologies (SNOMED CT, WHO ICD-10, ICD-10-CM, ICD-10-PCS, CPT, HCPCS, LOINC and
LOINC answer lists, RxNorm, UCUM, Orphanet, HL7 code systems) and clinical knowledge. No product code, rules or other
evaluation sets were read. All people, organisations and identifiers are fictitious.

For each criterion there are 3 positives (a careful clinician would say the criterion is met) and 2 near misses
(similar-looking, but not met for a clinical reason: already done, explained by a later diagnosis, change below the
minimal important difference, treatment not running, a "No" answer, a second opinion already on record, too short,
minor procedure, benign/common finding, too few specialties). `expected` in `expectations.json` lists every criterion
the whole record meets (no deliberate extras in this set).

**Anchor date: 2026-12-01.** History lies before it; planned operations, admissions and treatment cycles after it.

## Format
- `cases/cv-NN.json`: one FHIR R4 `Bundle` of type `transaction` per patient (15-60 entries), every entry with a
  `fullUrl` on the originating organisation's FHIR base and `request: PUT <Type>/<id>`. Patient id = case id; all
  other ids start with the case id. References are relative and resolve within the bundle. Notes are
  `DocumentReference` with base64 `text/plain` attachments.
- Case numbers are shuffled with a fixed seed, so they carry no information about the expectation.
- `expectations.json`: `{anchorDate, cases: [{case, target, kind, expected, why}]}`.
- `gen/build.py` regenerates everything (`python3 gen/build.py`); `check.py` verifies the structure.

## Organisations and their styles
- **[IN] Sanjeevani Multispeciality Hospitals (India)** - WHO ICD-10 (`http://hl7.org/fhir/sid/icd-10`), local
  procedure-package codes, local lab codes mixed with LOINC, brand-name medicines with free-text dosing
  (`1-0-1 after food`), Indian clinical usage in notes (OPD, TPA, SOS, c/o, Adv).
- **[CL] Keystone Mutual Health Plan (claims-derived, CARIN Blue Button style)** - ExplanationOfBenefit with CPT,
  HCPCS and revenue codes, ICD-10-CM encounter diagnoses, ICD-10-PCS, dates of service only, MedicationDispense
  from pharmacy claims with RxNorm, rich Coverage; a few results/documents from a health-information exchange.
- **[PS] Riverbend Behavioral Health and Addiction Medicine** - SNOMED CT + ICD-10-CM, PHQ-9, GAD-7, AUDIT, PCL-5,
  EQ-5D VAS, clozapine/ANC monitoring, opioid treatment programme, involuntary admission, peer-support notes,
  patient-experience questionnaires.
- **[CA] Lakeside Heart & Vascular Associates** - heart-failure clinic (NYHA, NT-proBNP, LVEF series, KCCQ-12),
  electrophysiology (ablation, ICD/CRT-D), structural heart (TAVI, heart-team notes), cardio-oncology; SNOMED CT,
  ICD-10-CM, CPT, LOINC, RxNorm and local echo/score codes.

## Cases
"""

if __name__ == "__main__":
    main()
