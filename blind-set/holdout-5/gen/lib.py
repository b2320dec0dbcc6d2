import base64, json

SCT = "http://snomed.info/sct"
ICD = "http://hl7.org/fhir/sid/icd-10-cm"
LOINC = "http://loinc.org"
RX = "http://www.nlm.nih.gov/research/umls/rxnorm"
CPT = "http://www.ama-assn.org/go/cpt"
HCPCS = "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets"
UCUM = "http://unitsofmeasure.org"
OBSCAT = "http://terminology.hl7.org/CodeSystem/observation-category"
ACT = "http://terminology.hl7.org/CodeSystem/v3-ActCode"


def cc(*codings, text=None):
    out = {}
    if codings:
        out["coding"] = [{"system": s, "code": c, "display": d} for (s, c, d) in codings]
    if text:
        out["text"] = text
    elif codings:
        out["text"] = codings[0][2]
    return out


class Case:
    def __init__(self, cid, site):
        self.cid = cid
        self.base = site["base"]
        self.site = site
        self.entries = []
        self.n = {}
        self.pid = None

    def nid(self, prefix):
        self.n[prefix] = self.n.get(prefix, 0) + 1
        return f"{self.cid}-{prefix}-{self.n[prefix]}"

    def add(self, r, prefix=None, rid=None):
        rid = rid or self.nid(prefix)
        r = {"resourceType": r.pop("resourceType"), "id": rid, **r}
        self.entries.append({"fullUrl": f"{self.base}/{r['resourceType']}/{rid}", "resource": r,
                             "request": {"method": "PUT", "url": f"{r['resourceType']}/{rid}"}})
        return f"{r['resourceType']}/{rid}"

    # ---- base ----
    def setup(self, given, family, gender, dob, city, state, payer, plan="PPO", lang=None, clinicians=()):
        s = self.site
        self.org = self.add({"resourceType": "Organization", "active": True, "name": s["name"],
                             "identifier": [{"system": "http://hl7.org/fhir/sid/us-npi", "value": s["npi"]}],
                             "type": [cc(("http://terminology.hl7.org/CodeSystem/organization-type", "prov", "Healthcare Provider"))],
                             "address": [{"city": city, "state": state, "country": "US"}]}, "org")
        self.payer = self.add({"resourceType": "Organization", "active": True, "name": payer,
                               "type": [cc(("http://terminology.hl7.org/CodeSystem/organization-type", "pay", "Payer"))]}, "org")
        mrn = str(abs(hash((self.cid, family))) % 10**8).zfill(8)
        p = {"resourceType": "Patient",
             "identifier": [{"use": "usual", "type": cc(("http://terminology.hl7.org/CodeSystem/v2-0203", "MR", "Medical record number")),
                             "system": s["mrn"], "value": ("M" if len(given) % 2 else "") + mrn}],
             "active": True, "name": [{"use": "official", "family": family, "given": given.split()}],
             "gender": gender, "birthDate": dob,
             "telecom": [{"system": "phone", "value": f"555-{mrn[:3]}-{mrn[3:7]}", "use": "mobile"}],
             "address": [{"use": "home", "line": [f"{int(mrn[:3])+100} {s['street']}"], "city": city, "state": state,
                          "postalCode": s["zip"], "country": "US"}],
             "managingOrganization": {"reference": self.org}}
        if lang:
            p["communication"] = [{"language": cc(("urn:ietf:bcp:47", lang[0], lang[1])), "preferred": True}]
        self.pid = self.add(p, rid=self.cid)
        self.pr = []
        for (nm, spec) in clinicians:
            fam, giv = nm.split(",")
            ref = self.add({"resourceType": "Practitioner", "active": True,
                            "name": [{"family": fam.strip(), "given": [giv.strip()], "prefix": ["Dr."]}],
                            "qualification": [{"code": cc(text=spec)}]}, "pract")
            self.pr.append(ref)
        self.add({"resourceType": "Coverage", "status": "active",
                  "type": cc(("http://terminology.hl7.org/CodeSystem/v3-ActCode", "HIP", "health insurance plan policy"), text=plan),
                  "subscriberId": "W" + mrn[::-1], "beneficiary": {"reference": self.pid},
                  "relationship": cc(("http://terminology.hl7.org/CodeSystem/subscriber-relationship", "self", "Self")),
                  "period": {"start": "2025-01-01"}, "payor": [{"reference": self.payer}]}, "cov")
        return self.pid

    def P(self):
        return {"reference": self.pid}

    def enc(self, date, typ, cls="AMB", end=None, who=0, reason=None, status="finished", admit=None, svc=None):
        clsd = {"AMB": "ambulatory", "IMP": "inpatient encounter", "EMER": "emergency", "VR": "virtual", "HH": "home health"}[cls]
        r = {"resourceType": "Encounter", "status": status,
             "class": {"system": ACT, "code": cls, "display": clsd},
             "type": [typ if isinstance(typ, dict) else cc(text=typ)], "subject": self.P(),
             "participant": [{"individual": {"reference": self.pr[who]}}],
             "period": {"start": date + ("T09:00:00-05:00" if len(date) == 10 else "")},
             "serviceProvider": {"reference": self.org}}
        if end or status == "finished":
            e = end or date
            r["period"]["end"] = e + ("T10:00:00-05:00" if len(e) == 10 else "")
        if status == "planned":
            r["period"] = {"start": date}
        if reason:
            r["reasonCode"] = [reason if isinstance(reason, dict) else cc(text=reason)]
        if admit:
            r["hospitalization"] = {"admitSource": cc(("http://terminology.hl7.org/CodeSystem/admit-source", admit[0], admit[1]))}
        if svc:
            r["serviceType"] = cc(text=svc)
        return self.add(r, "enc")

    def cond(self, code, onset, status="active", cat="problem-list-item", ver="confirmed", abate=None, note=None,
             enc=None, recorded=None, severity=None, who=None):
        r = {"resourceType": "Condition",
             "clinicalStatus": cc(("http://terminology.hl7.org/CodeSystem/condition-clinical", status, status.capitalize())),
             "verificationStatus": cc(("http://terminology.hl7.org/CodeSystem/condition-ver-status", ver, ver.capitalize())),
             "category": [cc(("http://terminology.hl7.org/CodeSystem/condition-category", cat,
                              "Problem List Item" if cat == "problem-list-item" else "Encounter Diagnosis"))],
             "code": code, "subject": self.P(), "onsetDateTime": onset, "recordedDate": recorded or onset}
        if severity:
            r["severity"] = cc(text=severity)
        if abate:
            r["abatementDateTime"] = abate
        if enc:
            r["encounter"] = {"reference": enc}
        if note:
            r["note"] = [{"text": note}]
        if who is not None:
            r["recorder"] = {"reference": self.pr[who]}
        return self.add(r, "cond")

    def obs(self, code, date, value=None, unit=None, ucum=None, low=None, high=None, cat="laboratory", enc=None,
            interp=None, text_value=None, coded=None, comps=None, note=None, status="final", reftext=None):
        if isinstance(code, tuple):
            code = cc((LOINC, code[0], code[1]))
        r = {"resourceType": "Observation", "status": status,
             "category": [cc((OBSCAT, cat, {"laboratory": "Laboratory", "vital-signs": "Vital Signs", "survey": "Survey",
                                             "exam": "Exam", "imaging": "Imaging", "procedure": "Procedure"}[cat]))],
             "code": code, "subject": self.P(), "effectiveDateTime": date, "issued": date + "T16:00:00-05:00" if len(date) == 10 else date}
        if enc:
            r["encounter"] = {"reference": enc}
        if value is not None:
            r["valueQuantity"] = {"value": value, "unit": unit, "system": UCUM, "code": ucum or unit}
        if text_value is not None:
            r["valueString"] = text_value
        if coded is not None:
            r["valueCodeableConcept"] = coded
        if comps:
            r["component"] = comps
        if low is not None or high is not None:
            rr = {}
            if low is not None:
                rr["low"] = {"value": low, "unit": unit, "system": UCUM, "code": ucum or unit}
            if high is not None:
                rr["high"] = {"value": high, "unit": unit, "system": UCUM, "code": ucum or unit}
            r["referenceRange"] = [rr]
            if interp is None and value is not None:
                interp = "L" if (low is not None and value < low) else "H" if (high is not None and value > high) else "N"
        if reftext:
            r.setdefault("referenceRange", [{}])[0]["text"] = reftext
        if interp:
            disp = {"N": "Normal", "H": "High", "L": "Low", "A": "Abnormal", "POS": "Positive", "NEG": "Negative", "HH": "Critical high", "LL": "Critical low"}[interp]
            r["interpretation"] = [cc(("http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation", interp, disp))]
        if note:
            r["note"] = [{"text": note}]
        return self.add(r, "obs")

    def vitals(self, date, enc, sbp, dbp, hr, wt=None, temp=None, spo2=None):
        comps = [{"code": cc((LOINC, "8480-6", "Systolic blood pressure")), "valueQuantity": {"value": sbp, "unit": "mmHg", "system": UCUM, "code": "mm[Hg]"}},
                 {"code": cc((LOINC, "8462-4", "Diastolic blood pressure")), "valueQuantity": {"value": dbp, "unit": "mmHg", "system": UCUM, "code": "mm[Hg]"}}]
        self.obs(("85354-9", "Blood pressure panel with all children optional"), date, cat="vital-signs", enc=enc, comps=comps)
        self.obs(("8867-4", "Heart rate"), date, hr, "/min", cat="vital-signs", enc=enc)
        if wt:
            self.obs(("29463-7", "Body weight"), date, wt, "kg", cat="vital-signs", enc=enc)
        if temp:
            self.obs(("8310-5", "Body temperature"), date, temp, "Cel", cat="vital-signs", enc=enc)
        if spo2:
            self.obs(("59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry"), date, spo2, "%", cat="vital-signs", enc=enc)

    def med(self, code, text, authored, status="active", dose=None, reason=None, who=0, stmt=False, period=None, note=None):
        mc = cc((RX, code, text)) if code else cc(text=text)
        if stmt:
            r = {"resourceType": "MedicationStatement", "status": status, "medicationCodeableConcept": mc,
                 "subject": self.P(), "dateAsserted": authored,
                 "effectivePeriod": period or {"start": authored}}
            if dose:
                r["dosage"] = [{"text": dose}]
            if reason:
                r["reasonReference"] = [{"reference": reason}]
            if note:
                r["note"] = [{"text": note}]
            return self.add(r, "medstmt")
        r = {"resourceType": "MedicationRequest", "status": status, "intent": "order", "medicationCodeableConcept": mc,
             "subject": self.P(), "authoredOn": authored, "requester": {"reference": self.pr[who]}}
        if dose:
            r["dosageInstruction"] = [{"text": dose}]
        if reason:
            r["reasonReference"] = [{"reference": reason}]
        if note:
            r["note"] = [{"text": note}]
        return self.add(r, "medrx")

    def note(self, date, title, text, who=0, enc=None, typ=("11506-3", "Progress note")):
        r = {"resourceType": "DocumentReference", "status": "current", "docStatus": "final",
             "type": cc((LOINC, typ[0], typ[1])), "category": [cc(("http://hl7.org/fhir/us/core/CodeSystem/us-core-documentreference-category", "clinical-note", "Clinical Note"))],
             "subject": self.P(), "date": date + "T17:00:00-05:00", "author": [{"reference": self.pr[who]}],
             "description": title,
             "content": [{"attachment": {"contentType": "text/plain", "title": title,
                                         "data": base64.b64encode(text.strip().encode()).decode()}}]}
        if enc:
            r["context"] = {"encounter": [{"reference": enc}]}
        return self.add(r, "doc")

    def sr(self, code, authored, status="active", intent="order", occ=None, reason=None, who=0, cat=None, note=None,
           performer=None, priority=None, reason_code=None):
        r = {"resourceType": "ServiceRequest", "status": status, "intent": intent, "code": code,
             "subject": self.P(), "authoredOn": authored, "requester": {"reference": self.pr[who]}}
        if cat:
            r["category"] = [cat]
        if priority:
            r["priority"] = priority
        if occ:
            r["occurrenceDateTime"] = occ
        if reason:
            r["reasonReference"] = [{"reference": x} for x in (reason if isinstance(reason, list) else [reason])]
        if reason_code:
            r["reasonCode"] = reason_code
        if performer is not None:
            r["performer"] = [{"reference": self.pr[performer]}] if isinstance(performer, int) else [{"display": performer}]
        if note:
            r["note"] = [{"text": note}]
        return self.add(r, "sr")

    def proc(self, code, date, status="completed", reason=None, who=0, note=None, enc=None, outcome=None):
        r = {"resourceType": "Procedure", "status": status, "code": code, "subject": self.P(),
             "performer": [{"actor": {"reference": self.pr[who]}}]}
        if status in ("completed", "in-progress"):
            r["performedDateTime"] = date
        else:
            r["extension"] = [{"url": "http://hl7.org/fhir/StructureDefinition/procedure-targetBodyStructure", "valueReference": {"display": "planned"}}] if False else []
            if not r["extension"]:
                del r["extension"]
            r["performedPeriod"] = {"start": date}
        if reason:
            r["reasonReference"] = [{"reference": reason}]
        if enc:
            r["encounter"] = {"reference": enc}
        if note:
            r["note"] = [{"text": note}]
        if outcome:
            r["outcome"] = cc(text=outcome)
        return self.add(r, "proc")

    def dr(self, code, date, results, conclusion, cat=("LAB", "Laboratory"), who=0, enc=None):
        r = {"resourceType": "DiagnosticReport", "status": "final",
             "category": [cc(("http://terminology.hl7.org/CodeSystem/v2-0074", cat[0], cat[1]))],
             "code": code if isinstance(code, dict) else cc((LOINC, code[0], code[1])),
             "subject": self.P(), "effectiveDateTime": date, "issued": date + "T18:00:00-05:00",
             "performer": [{"reference": self.pr[who]}], "result": [{"reference": x} for x in results],
             "conclusion": conclusion}
        if enc:
            r["encounter"] = {"reference": enc}
        return self.add(r, "dr")

    def careplan(self, title, cat, start, status="active", intent="plan", addresses=None, desc=None, who=0, end=None, activities=()):
        r = {"resourceType": "CarePlan", "status": status, "intent": intent, "title": title,
             "category": [cat], "subject": self.P(), "period": {"start": start}, "created": start,
             "author": {"reference": self.pr[who]}}
        if end:
            r["period"]["end"] = end
        if desc:
            r["description"] = desc
        if addresses:
            r["addresses"] = [{"reference": a} for a in addresses]
        if activities:
            r["activity"] = [{"detail": {"status": st, "description": d, "kind": "ServiceRequest" if False else None}} for d, st in activities]
            for a in r["activity"]:
                del a["detail"]["kind"]
        return self.add(r, "cp")

    def write(self, path):
        b = {"resourceType": "Bundle", "id": f"{self.cid}-bundle", "type": "transaction",
             "timestamp": "2026-12-01T08:00:00-05:00", "entry": self.entries}
        with open(path, "w") as f:
            json.dump(b, f, indent=1)
        return len(self.entries)
