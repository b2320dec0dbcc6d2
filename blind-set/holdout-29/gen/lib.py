"""Small helpers for writing FHIR R4 transaction bundles by hand."""
import base64

SCT = "http://snomed.info/sct"
ICD = "http://hl7.org/fhir/sid/icd-10-cm"
LN = "http://loinc.org"
RX = "http://www.nlm.nih.gov/research/umls/rxnorm"
CPT = "http://www.ama-assn.org/go/cpt"
HCPCS = "http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets"
UCUM = "http://unitsofmeasure.org"
NHSNO = "https://fhir.nhs.uk/Id/nhs-number"
ODS = "https://fhir.nhs.uk/Id/ods-organization-code"
GMC = "https://fhir.hl7.org.uk/Id/gmc-number"
NPI = "http://hl7.org/fhir/sid/us-npi"
V2_0203 = "http://terminology.hl7.org/CodeSystem/v2-0203"
ACT = "http://terminology.hl7.org/CodeSystem/v3-ActCode"
OBSCAT = "http://terminology.hl7.org/CodeSystem/observation-category"
INTERP = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation"
CLIN = "http://terminology.hl7.org/CodeSystem/condition-clinical"
VER = "http://terminology.hl7.org/CodeSystem/condition-ver-status"
CONDCAT = "http://terminology.hl7.org/CodeSystem/condition-category"

INTERP_DISPLAY = {"N": "Normal", "H": "High", "L": "Low", "A": "Abnormal", "HH": "Critical high", "LL": "Critical low"}


def cc(*codings, text=None):
    out = {}
    if codings:
        out["coding"] = [{"system": s, "code": c, "display": d} for (s, c, d) in codings]
    if text:
        out["text"] = text
    elif codings:
        out["text"] = codings[0][2]
    return out


def q(v, unit, code=None):
    return {"value": v, "unit": unit, "system": UCUM, "code": code or unit}


def nhs_number(seed):
    """Valid-format (modulus 11) 10-digit NHS number from a 9-digit seed."""
    s = str(seed).zfill(9)[:9]
    while True:
        tot = sum(int(d) * (10 - i) for i, d in enumerate(s))
        chk = 11 - tot % 11
        if chk == 11:
            chk = 0
        if chk != 10:
            return s + str(chk)
        s = str(int(s) + 1).zfill(9)


class Case:
    def __init__(self, cid, base):
        self.cid = cid
        self.base = base.rstrip("/")
        self.entries = []
        self.pref = f"Patient/{cid}"
        self.subj = {"reference": self.pref}

    def add(self, rtype, suffix, body):
        rid = self.cid if suffix is None else f"{self.cid}-{suffix}"
        res = {"resourceType": rtype, "id": rid}
        res.update(body)
        self.entries.append({
            "fullUrl": f"{self.base}/{rtype}/{rid}",
            "resource": res,
            "request": {"method": "PUT", "url": f"{rtype}/{rid}"},
        })
        return f"{rtype}/{rid}"

    def bundle(self):
        return {"resourceType": "Bundle", "type": "transaction", "entry": self.entries}

    # ---- administrative -------------------------------------------------
    def org(self, suffix, name, ident=None, otype=None, telecom=None, address=None):
        b = {"active": True, "name": name}
        if ident:
            b["identifier"] = [{"system": ident[0], "value": ident[1]}]
        if otype:
            b["type"] = [otype]
        if telecom:
            b["telecom"] = [{"system": "phone", "value": telecom}]
        if address:
            b["address"] = [address]
        return self.add("Organization", suffix, b)

    def prac(self, suffix, given, family, prefix="Dr", ident=None, qual=None):
        b = {"active": True, "name": [{"family": family, "given": given.split(), "prefix": [prefix] if prefix else []}]}
        if ident:
            b["identifier"] = [{"system": ident[0], "value": ident[1]}]
        if qual:
            b["qualification"] = [{"code": {"text": qual}}]
        return self.add("Practitioner", suffix, b)

    def patient(self, given, family, gender, dob, identifiers, address, telecom=None, gp=None, org=None,
                extra=None):
        b = {"identifier": identifiers, "active": True,
             "name": [{"use": "official", "family": family, "given": given.split()}],
             "gender": gender, "birthDate": dob, "address": [address]}
        if telecom:
            b["telecom"] = telecom
        if gp:
            b["generalPractitioner"] = [{"reference": g} for g in gp]
        if org:
            b["managingOrganization"] = {"reference": org}
        if extra:
            b.update(extra)
        return self.add("Patient", None, b)

    def coverage(self, suffix, payor, plan, member, start, rel="self"):
        return self.add("Coverage", suffix, {
            "status": "active",
            "type": cc(("http://terminology.hl7.org/CodeSystem/v3-ActCode", "HIP", "health insurance plan policy")),
            "subscriberId": member, "beneficiary": self.subj,
            "relationship": cc(("http://terminology.hl7.org/CodeSystem/subscriber-relationship", rel, rel.capitalize())),
            "period": {"start": start}, "payor": [{"reference": payor}],
            "class": [{"type": cc(("http://terminology.hl7.org/CodeSystem/coverage-class", "plan", "Plan")),
                       "value": plan.split("|")[0], "name": plan.split("|")[-1]}]})

    # ---- clinical ------------------------------------------------------
    def enc(self, suffix, start, cls, etype, reason=None, end=None, status="finished", provider=None,
            practitioner=None, admit=None, discharge=None):
        clsmap = {"AMB": "ambulatory", "IMP": "inpatient encounter", "EMER": "emergency", "HH": "home health",
                  "VR": "virtual", "SS": "short stay"}
        b = {"status": status, "class": {"system": ACT, "code": cls, "display": clsmap[cls]},
             "type": [etype], "subject": self.subj, "period": {"start": start}}
        if end:
            b["period"]["end"] = end
        elif status == "finished":
            b["period"]["end"] = start
        if reason:
            b["reasonCode"] = [reason]
        if practitioner:
            b["participant"] = [{"individual": {"reference": practitioner}}]
        if provider:
            b["serviceProvider"] = {"reference": provider}
        if admit or discharge:
            b["hospitalization"] = {}
            if admit:
                b["hospitalization"]["admitSource"] = admit
            if discharge:
                b["hospitalization"]["dischargeDisposition"] = discharge
        return self.add("Encounter", suffix, b)

    def cond(self, suffix, code, onset=None, clinical="active", ver="confirmed", cat="problem-list-item",
             abated=None, recorded=None, enc=None, note=None, recorder=None, severity=None, body_site=None,
             evidence=None):
        catdisp = {"problem-list-item": "Problem List Item", "encounter-diagnosis": "Encounter Diagnosis"}
        b = {"clinicalStatus": cc((CLIN, clinical, clinical.capitalize())),
             "verificationStatus": cc((VER, ver, ver.capitalize())),
             "category": [cc((CONDCAT, cat, catdisp[cat]))], "code": code, "subject": self.subj}
        if severity:
            b["severity"] = severity
        if body_site:
            b["bodySite"] = [body_site]
        if enc:
            b["encounter"] = {"reference": enc}
        if onset:
            b["onsetDateTime"] = onset
        if abated:
            b["abatementDateTime"] = abated
        b["recordedDate"] = recorded or onset
        if recorder:
            b["recorder"] = {"reference": recorder}
        if evidence:
            b["evidence"] = [{"detail": [{"reference": r} for r in evidence]}]
        if note:
            b["note"] = [{"text": note}]
        return self.add("Condition", suffix, b)

    def obs(self, suffix, code, date, value=None, ref=None, interp=None, cat="laboratory", enc=None,
            performer=None, note=None, components=None, status="final", ref_text=None, method=None):
        catdisp = {"laboratory": "Laboratory", "vital-signs": "Vital Signs", "survey": "Survey",
                   "exam": "Exam", "imaging": "Imaging", "procedure": "Procedure", "social-history": "Social History",
                   "activity": "Activity"}
        b = {"status": status, "category": [cc((OBSCAT, cat, catdisp[cat]))], "code": code,
             "subject": self.subj, "effectiveDateTime": date}
        if enc:
            b["encounter"] = {"reference": enc}
        if performer:
            b["performer"] = [{"reference": performer}]
        if isinstance(value, tuple):
            b["valueQuantity"] = q(*value)
        elif isinstance(value, str):
            b["valueString"] = value
        elif isinstance(value, dict):
            b["valueCodeableConcept"] = value
        elif isinstance(value, (int, float)) and value is not True:
            b["valueInteger"] = value
        if interp:
            b["interpretation"] = [cc((INTERP, interp, INTERP_DISPLAY[interp]))]
        if ref:
            lo, hi, unit = ref
            rr = {}
            if lo is not None:
                rr["low"] = q(lo, unit)
            if hi is not None:
                rr["high"] = q(hi, unit)
            b["referenceRange"] = [rr]
        if ref_text:
            b.setdefault("referenceRange", [{}])[0]["text"] = ref_text
        if method:
            b["method"] = method
        if components:
            b["component"] = components
        if note:
            b["note"] = [{"text": note}]
        return self.add("Observation", suffix, b)

    def lab(self, suffix, loinc, disp, date, v, unit, lo, hi, enc=None, ucum=None, interp=None):
        if interp is None:
            interp = "N"
            if lo is not None and v < lo:
                interp = "L"
            if hi is not None and v > hi:
                interp = "H"
        b = self.obs(suffix, cc((LN, loinc, disp)), date, (v, unit, ucum), (lo, hi, unit), interp, enc=enc)
        if ucum:
            e = self.entries[-1]["resource"]
            for rr in e["referenceRange"]:
                for k in rr:
                    rr[k]["code"] = ucum
        return b

    def bp(self, suffix, date, sys_, dia, enc=None, interp=None, performer=None, note=None):
        comps = [
            {"code": cc((LN, "8480-6", "Systolic blood pressure")), "valueQuantity": q(sys_, "mm[Hg]")},
            {"code": cc((LN, "8462-4", "Diastolic blood pressure")), "valueQuantity": q(dia, "mm[Hg]")},
        ]
        return self.obs(suffix, cc((LN, "85354-9", "Blood pressure panel with all children optional")), date,
                        interp=interp, cat="vital-signs", enc=enc, components=comps, performer=performer, note=note)

    def vital(self, suffix, kind, date, v, enc=None, interp=None, performer=None):
        k = {"hr": ("8867-4", "Heart rate", "/min", "/min"), "rr": ("9279-1", "Respiratory rate", "/min", "/min"),
             "temp": ("8310-5", "Body temperature", "Cel", "Cel"), "spo2": ("59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry", "%", "%"),
             "wt": ("29463-7", "Body weight", "kg", "kg"), "ht": ("8302-2", "Body height", "cm", "cm"),
             "bmi": ("39156-5", "Body mass index (BMI) [Ratio]", "kg/m2", "kg/m2")}[kind]
        return self.obs(suffix, cc((LN, k[0], k[1])), date, (v, k[2], k[3]), interp=interp, cat="vital-signs",
                        enc=enc, performer=performer)

    def medreq(self, suffix, med, authored, dose, status="active", intent="order", reason=None, requester=None,
               start=None, note=None, course=None):
        b = {"status": status, "intent": intent, "medicationCodeableConcept": med, "subject": self.subj,
             "authoredOn": authored, "dosageInstruction": [{"text": dose}]}
        if requester:
            b["requester"] = {"reference": requester}
        if reason:
            b["reasonReference" if reason.startswith("Condition/") else "reasonCode"] = (
                [{"reference": reason}] if reason.startswith("Condition/") else [{"text": reason}])
        if course:
            b["courseOfTherapyType"] = cc(("http://terminology.hl7.org/CodeSystem/medicationrequest-course-of-therapy", course,
                                           {"continuous": "Continuous long term therapy", "acute": "Short course (acute) therapy"}[course]))
        if start:
            b["dispenseRequest"] = {"validityPeriod": {"start": start}}
        if note:
            b["note"] = [{"text": note}]
        return self.add("MedicationRequest", suffix, b)

    def medstmt(self, suffix, med, start, dose, status="active", end=None, reason=None, asserted=None, note=None,
                source=None):
        b = {"status": status, "medicationCodeableConcept": med, "subject": self.subj,
             "effectivePeriod": {"start": start}, "dateAsserted": asserted or start, "dosage": [{"text": dose}]}
        if end:
            b["effectivePeriod"]["end"] = end
        if reason:
            b["reasonReference"] = [{"reference": reason}]
        if source:
            b["informationSource"] = {"reference": source}
        if note:
            b["note"] = [{"text": note}]
        return self.add("MedicationStatement", suffix, b)

    def sr(self, suffix, code, authored, status="active", intent="order", occurrence=None, reason=None,
           requester=None, performer=None, category=None, note=None, priority="routine", enc=None,
           occ_period=None):
        b = {"status": status, "intent": intent, "priority": priority, "code": code, "subject": self.subj,
             "authoredOn": authored}
        if category:
            b["category"] = [category]
        if enc:
            b["encounter"] = {"reference": enc}
        if occurrence:
            b["occurrenceDateTime"] = occurrence
        if occ_period:
            b["occurrencePeriod"] = {"start": occ_period[0], "end": occ_period[1]}
        if reason:
            if reason.startswith("Condition/"):
                b["reasonReference"] = [{"reference": reason}]
            else:
                b["reasonCode"] = [{"text": reason}]
        if requester:
            b["requester"] = {"reference": requester}
        if performer:
            b["performer"] = [{"reference": performer}]
        if note:
            b["note"] = [{"text": note}]
        return self.add("ServiceRequest", suffix, b)

    def proc(self, suffix, code, status, performed=None, reason=None, performer=None, enc=None, note=None,
             body_site=None, outcome=None, period=None):
        b = {"status": status, "code": code, "subject": self.subj}
        if performed:
            b["performedDateTime"] = performed
        if period:
            b["performedPeriod"] = {"start": period[0]}
            if period[1]:
                b["performedPeriod"]["end"] = period[1]
        if enc:
            b["encounter"] = {"reference": enc}
        if reason:
            b["reasonReference"] = [{"reference": reason}]
        if performer:
            b["performer"] = [{"actor": {"reference": performer}}]
        if body_site:
            b["bodySite"] = [body_site]
        if outcome:
            b["outcome"] = {"text": outcome}
        if note:
            b["note"] = [{"text": note}]
        return self.add("Procedure", suffix, b)

    def note(self, suffix, dtype, date, author, text, enc=None, title=None, custodian=None, category=None,
             security=None):
        data = base64.b64encode(text.strip().encode("utf-8")).decode("ascii")
        b = {"status": "current", "docStatus": "final", "type": dtype, "subject": self.subj, "date": date,
             "author": [{"reference": author}],
             "content": [{"attachment": {"contentType": "text/plain", "language": "en", "data": data,
                                         "title": title or dtype.get("text"), "creation": date}}]}
        if category:
            b["category"] = [category]
        if custodian:
            b["custodian"] = {"reference": custodian}
        if enc:
            b["context"] = {"encounter": [{"reference": enc}]}
        if security:
            b["securityLabel"] = [security]
        return self.add("DocumentReference", suffix, b)

    def dr(self, suffix, code, date, results=None, conclusion=None, cat=None, performer=None, status="final",
           conclusion_code=None):
        b = {"status": status, "code": code, "subject": self.subj, "effectiveDateTime": date, "issued": date}
        if cat:
            b["category"] = [cat]
        if results:
            b["result"] = [{"reference": r} for r in results]
        if performer:
            b["performer"] = [{"reference": performer}]
        if conclusion:
            b["conclusion"] = conclusion
        if conclusion_code:
            b["conclusionCode"] = [conclusion_code]
        return self.add("DiagnosticReport", suffix, b)

    def comm(self, suffix, sent, sender, recipient, text, status="completed", category=None, in_response_to=None,
             medium=None, topic=None, received=None):
        b = {"status": status, "subject": self.subj, "sent": sent, "sender": {"reference": sender},
             "recipient": [{"reference": recipient}], "payload": [{"contentString": text}]}
        if received:
            b["received"] = received
        if category:
            b["category"] = [category]
        if medium:
            b["medium"] = [medium]
        if topic:
            b["topic"] = {"text": topic}
        if in_response_to:
            b["inResponseTo"] = [{"reference": in_response_to}]
        return self.add("Communication", suffix, b)

    def careplan(self, suffix, title, status, intent, start, category, addresses=None, author=None,
                 description=None, activities=None, end=None):
        b = {"status": status, "intent": intent, "category": [category], "title": title, "subject": self.subj,
             "period": {"start": start}, "created": start}
        if end:
            b["period"]["end"] = end
        if description:
            b["description"] = description
        if addresses:
            b["addresses"] = [{"reference": a} for a in addresses]
        if author:
            b["author"] = {"reference": author}
        if activities:
            b["activity"] = [{"detail": {"status": st, "description": d}} for (d, st) in activities]
        return self.add("CarePlan", suffix, b)
