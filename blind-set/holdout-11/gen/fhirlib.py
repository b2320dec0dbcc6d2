"""Small helpers to build FHIR R4 transaction bundles for the evaluation set."""
import base64, json

SCT = "http://snomed.info/sct"
ICD = "http://hl7.org/fhir/sid/icd-10-cm"
LN = "http://loinc.org"
CPT = "http://www.ama-assn.org/go/cpt"
HCPCS = "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets"
RX = "http://www.nlm.nih.gov/research/umls/rxnorm"
UCUM = "http://unitsofmeasure.org"
OBSCAT = "http://terminology.hl7.org/CodeSystem/observation-category"
INTERP = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation"
CCLIN = "http://terminology.hl7.org/CodeSystem/condition-clinical"
CVER = "http://terminology.hl7.org/CodeSystem/condition-ver-status"
CCAT = "http://terminology.hl7.org/CodeSystem/condition-category"
ACT = "http://terminology.hl7.org/CodeSystem/v3-ActCode"

ORGS = {
    "P": dict(base="https://fhir.lakeshore-childrens.org/r4/", name="Lakeshore Children's Hospital",
              mrn="https://lakeshore-childrens.org/fhir/sid/mrn", local="https://lakeshore-childrens.org/fhir/CodeSystem/"),
    "V": dict(base="https://fhir.vhs-northplains.example.gov/r4/", name="North Plains Veterans Health Care System",
              mrn="https://vhs-northplains.example.gov/fhir/sid/mrn", local="https://vhs-northplains.example.gov/fhir/CodeSystem/"),
    "W": dict(base="https://fhir.harbourview-womens.org/r4/", name="Harbourview Women's Health & Maternity",
              mrn="https://harbourview-womens.org/fhir/sid/mrn", local="https://harbourview-womens.org/fhir/CodeSystem/"),
}


def cc(*codings, text=None):
    out = {}
    if codings:
        out["coding"] = [dict(system=s, code=c, display=d) for (s, c, d) in codings]
    if text:
        out["text"] = text
    elif codings:
        out["text"] = codings[0][2]
    return out


def q(value, unit, code=None):
    return {"value": value, "unit": unit, "system": UCUM, "code": code or unit}


class Case:
    def __init__(self, cid, org):
        self.cid, self.org = cid, org
        self.o = ORGS[org]
        self.entries = []
        self.counts = {}
        self.pref = f"Patient/{cid}"

    def nid(self, short):
        self.counts[short] = self.counts.get(short, 0) + 1
        return f"{self.cid}-{short}-{self.counts[short]}"

    def add(self, res, short=None, rid=None):
        rt = res["resourceType"]
        if rid is None:
            rid = self.nid(short or rt.lower()[:4])
        res = dict(res)
        res = {"resourceType": rt, "id": rid, **{k: v for k, v in res.items() if k != "resourceType"}}
        self.entries.append({"fullUrl": self.o["base"] + f"{rt}/{rid}", "resource": res,
                             "request": {"method": "PUT", "url": f"{rt}/{rid}"}})
        return f"{rt}/{rid}"

    def local(self, name, code, display):
        return (self.o["local"] + name, code, display)

    # ----- administrative -----
    def patient(self, given, family, gender, birth, mrn, address=None, phone=None, extra_ids=None,
                marital=None, lang="en-US", deceased=None):
        ids = [{"use": "usual", "type": cc(("http://terminology.hl7.org/CodeSystem/v2-0203", "MR", "Medical record number")),
                "system": self.o["mrn"], "value": mrn}]
        ids += extra_ids or []
        res = {"resourceType": "Patient", "identifier": ids, "active": True,
               "name": [{"use": "official", "family": family, "given": given}],
               "gender": gender, "birthDate": birth,
               "communication": [{"language": cc(("urn:ietf:bcp:47", lang, "English (United States)")), "preferred": True}]}
        if phone:
            res["telecom"] = [{"system": "phone", "value": phone, "use": "home"}]
        if address:
            res["address"] = [address]
        if marital:
            res["maritalStatus"] = cc(("http://terminology.hl7.org/CodeSystem/v3-MaritalStatus", marital,
                                       {"M": "Married", "S": "Never Married", "D": "Divorced", "W": "Widowed"}[marital]))
        res["managingOrganization"] = {"reference": f"Organization/{self.cid}-org"}
        self.add(res, rid=self.cid)
        return self.pref

    def organization(self, name=None, rid_suffix="org", typ="prov", alias=None):
        res = {"resourceType": "Organization", "active": True,
               "type": [cc(("http://terminology.hl7.org/CodeSystem/organization-type", typ,
                            {"prov": "Healthcare Provider", "pay": "Payer", "dept": "Hospital Department"}[typ]))],
               "name": name or self.o["name"]}
        if alias:
            res["alias"] = [alias]
        return self.add(res, rid=f"{self.cid}-{rid_suffix}")

    def practitioner(self, given, family, prefix="Dr.", qual=None, npi=None):
        res = {"resourceType": "Practitioner", "active": True,
               "name": [{"family": family, "given": given, "prefix": [prefix] if prefix else []}]}
        if npi:
            res["identifier"] = [{"system": "http://hl7.org/fhir/sid/us-npi", "value": npi}]
        if qual:
            res["qualification"] = [{"code": {"text": qual}}]
        return self.add(res, "pract")

    def related(self, given, family, rel_code, rel_display, phone=None):
        res = {"resourceType": "RelatedPerson", "active": True, "patient": {"reference": self.pref},
               "relationship": [cc(("http://terminology.hl7.org/CodeSystem/v3-RoleCode", rel_code, rel_display))],
               "name": [{"family": family, "given": given}]}
        if phone:
            res["telecom"] = [{"system": "phone", "value": phone}]
        return self.add(res, "rp")

    def coverage(self, payor_name, plan_text, member, start, typ=("http://terminology.hl7.org/CodeSystem/v3-ActCode", "HIP", "health insurance plan policy"), subscriber=None, rel="self"):
        pay = self.organization(payor_name, rid_suffix="payer", typ="pay")
        res = {"resourceType": "Coverage", "status": "active", "type": cc(typ),
               "beneficiary": {"reference": self.pref}, "subscriberId": member,
               "relationship": cc(("http://terminology.hl7.org/CodeSystem/subscriber-relationship", rel, rel.capitalize())),
               "period": {"start": start}, "payor": [{"reference": pay}],
               "class": [{"type": cc(("http://terminology.hl7.org/CodeSystem/coverage-class", "plan", "Plan")), "value": plan_text[:20].replace(" ", "-"), "name": plan_text}]}
        if subscriber:
            res["subscriber"] = {"reference": subscriber}
        return self.add(res, "cov")

    # ----- clinical -----
    def encounter(self, start, end=None, cls="AMB", typ=None, reason=None, pract=None, status="finished",
                  service=None, admit_source=None, discharge=None, reason_ref=None):
        disp = {"AMB": "ambulatory", "EMER": "emergency", "IMP": "inpatient encounter", "VR": "virtual", "HH": "home health", "OBSENC": "observation encounter"}[cls]
        res = {"resourceType": "Encounter", "status": status,
               "class": {"system": ACT, "code": cls, "display": disp},
               "subject": {"reference": self.pref},
               "period": {"start": start, **({"end": end} if end else ({"end": start} if status == "finished" else {}))},
               "serviceProvider": {"reference": f"Organization/{self.cid}-org"}}
        if typ:
            res["type"] = [typ]
        if service:
            res["serviceType"] = service
        if reason:
            res["reasonCode"] = [reason]
        if reason_ref:
            res["reasonReference"] = [{"reference": r} for r in reason_ref]
        if pract:
            res["participant"] = [{"individual": {"reference": pract}}]
        if admit_source or discharge:
            h = {}
            if admit_source:
                h["admitSource"] = cc(("http://terminology.hl7.org/CodeSystem/admit-source", admit_source,
                                       {"emd": "From accident/emergency department", "outp": "From outpatient department", "hosp-trans": "Transferred from other hospital"}[admit_source]))
            if discharge:
                h["dischargeDisposition"] = cc(("http://terminology.hl7.org/CodeSystem/discharge-disposition", discharge,
                                                {"home": "Home", "hosp": "Hospice", "snf": "Skilled nursing facility"}[discharge]))
            res["hospitalization"] = h
        return self.add(res, "enc")

    def condition(self, code, onset=None, clinical="active", ver="confirmed", cat="problem-list-item", abated=None,
                  recorded=None, note=None, enc=None, asserter=None, severity=None, stage=None, body=None, evidence=None):
        res = {"resourceType": "Condition",
               "clinicalStatus": cc((CCLIN, clinical, clinical.capitalize())),
               "verificationStatus": cc((CVER, ver, ver.capitalize())),
               "category": [cc((CCAT, cat, "Problem List Item" if cat == "problem-list-item" else "Encounter Diagnosis"))],
               "code": code, "subject": {"reference": self.pref}}
        if severity:
            res["severity"] = severity
        if body:
            res["bodySite"] = [body]
        if onset:
            res["onsetDateTime"] = onset
        if abated:
            res["abatementDateTime"] = abated
        res["recordedDate"] = recorded or onset
        if enc:
            res["encounter"] = {"reference": enc}
        if asserter:
            res["asserter"] = {"reference": asserter}
        if stage:
            res["stage"] = [{"summary": stage}]
        if evidence:
            res["evidence"] = [{"detail": [{"reference": r} for r in evidence]}]
        if note:
            res["note"] = [{"text": note}]
        return self.add(res, "cond")

    def obs(self, code, date, value=None, unit=None, ucum=None, low=None, high=None, interp=None, cat="laboratory",
            enc=None, text_value=None, concept=None, ref_text=None, note=None, components=None, status="final",
            performer=None, derived=None):
        res = {"resourceType": "Observation", "status": status,
               "category": [cc((OBSCAT, cat, {"laboratory": "Laboratory", "vital-signs": "Vital Signs", "survey": "Survey", "exam": "Exam", "imaging": "Imaging", "procedure": "Procedure", "social-history": "Social History"}[cat]))],
               "code": code, "subject": {"reference": self.pref}, "effectiveDateTime": date, "issued": date + ("T16:00:00Z" if len(date) == 10 else "")}
        if enc:
            res["encounter"] = {"reference": enc}
        if performer:
            res["performer"] = [{"reference": performer}]
        if value is not None:
            if unit is None:
                res["valueInteger" if isinstance(value, int) else "valueQuantity"] = value if isinstance(value, int) else {"value": value}
            else:
                res["valueQuantity"] = q(value, unit, ucum)
        if text_value:
            res["valueString"] = text_value
        if concept:
            res["valueCodeableConcept"] = concept
        if components:
            res["component"] = components
        if interp:
            dd = {"N": "Normal", "H": "High", "L": "Low", "A": "Abnormal", "HH": "Critical high", "LL": "Critical low", "POS": "Positive", "NEG": "Negative"}
            res["interpretation"] = [cc((INTERP, interp, dd[interp]))]
        if low is not None or high is not None or ref_text:
            rr = {}
            if low is not None:
                rr["low"] = q(low, unit, ucum) if unit else {"value": low}
            if high is not None:
                rr["high"] = q(high, unit, ucum) if unit else {"value": high}
            if ref_text:
                rr["text"] = ref_text
            res["referenceRange"] = [rr]
        if derived:
            res["derivedFrom"] = [{"reference": r} for r in derived]
        if note:
            res["note"] = [{"text": note}]
        return self.add(res, "obs")

    def vitals(self, date, enc=None, sbp=None, dbp=None, hr=None, temp=None, wt=None, ht=None, bmi=None, spo2=None, rr=None):
        out = []
        if sbp:
            out.append(self.obs(cc((LN, "85354-9", "Blood pressure panel with all children optional")), date, cat="vital-signs", enc=enc,
                                components=[{"code": cc((LN, "8480-6", "Systolic blood pressure")), "valueQuantity": q(sbp, "mm[Hg]")},
                                            {"code": cc((LN, "8462-4", "Diastolic blood pressure")), "valueQuantity": q(dbp, "mm[Hg]")}]))
        if hr:
            out.append(self.obs(cc((LN, "8867-4", "Heart rate")), date, hr, "/min", cat="vital-signs", enc=enc))
        if rr:
            out.append(self.obs(cc((LN, "9279-1", "Respiratory rate")), date, rr, "/min", cat="vital-signs", enc=enc))
        if temp:
            out.append(self.obs(cc((LN, "8310-5", "Body temperature")), date, temp, "Cel", cat="vital-signs", enc=enc))
        if spo2:
            out.append(self.obs(cc((LN, "59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry")), date, spo2, "%", cat="vital-signs", enc=enc))
        if wt:
            out.append(self.obs(cc((LN, "29463-7", "Body weight")), date, wt, "kg", cat="vital-signs", enc=enc))
        if ht:
            out.append(self.obs(cc((LN, "8302-2", "Body height")), date, ht, "cm", cat="vital-signs", enc=enc))
        if bmi:
            out.append(self.obs(cc((LN, "39156-5", "Body mass index (BMI) [Ratio]")), date, bmi, "kg/m2", cat="vital-signs", enc=enc))
        return out

    def medreq(self, med, authored, status="active", intent="order", dosage=None, reason=None, reason_ref=None,
               requester=None, start=None, end=None, note=None, enc=None, status_reason=None, category=None):
        res = {"resourceType": "MedicationRequest", "status": status, "intent": intent,
               "medicationCodeableConcept": med, "subject": {"reference": self.pref}, "authoredOn": authored}
        if category:
            res["category"] = [cc(("http://terminology.hl7.org/CodeSystem/medicationrequest-category", category, category.capitalize()))]
        if status_reason:
            res["statusReason"] = {"text": status_reason}
        if enc:
            res["encounter"] = {"reference": enc}
        if requester:
            res["requester"] = {"reference": requester}
        if reason:
            res["reasonCode"] = [reason]
        if reason_ref:
            res["reasonReference"] = [{"reference": reason_ref}]
        if dosage:
            res["dosageInstruction"] = [{"text": dosage}]
        if start or end:
            res["dispenseRequest"] = {"validityPeriod": {k: v for k, v in (("start", start), ("end", end)) if v}}
        if note:
            res["note"] = [{"text": note}]
        return self.add(res, "mrx")

    def medstmt(self, med, status, start=None, end=None, asserted=None, dosage=None, reason_ref=None, note=None, source=None):
        res = {"resourceType": "MedicationStatement", "status": status, "medicationCodeableConcept": med,
               "subject": {"reference": self.pref}}
        if start or end:
            res["effectivePeriod"] = {k: v for k, v in (("start", start), ("end", end)) if v}
        res["dateAsserted"] = asserted or start
        if source:
            res["informationSource"] = {"reference": source}
        if dosage:
            res["dosage"] = [{"text": dosage}]
        if reason_ref:
            res["reasonReference"] = [{"reference": reason_ref}]
        if note:
            res["note"] = [{"text": note}]
        return self.add(res, "mst")

    def servicereq(self, code, authored, status="active", intent="order", occurrence=None, reason=None, reason_ref=None,
                   requester=None, performer=None, note=None, category=None, priority="routine", enc=None, based_on=None):
        res = {"resourceType": "ServiceRequest", "status": status, "intent": intent, "priority": priority,
               "code": code, "subject": {"reference": self.pref}, "authoredOn": authored}
        if category:
            res["category"] = [category]
        if enc:
            res["encounter"] = {"reference": enc}
        if occurrence:
            res["occurrenceDateTime"] = occurrence
        if requester:
            res["requester"] = {"reference": requester}
        if performer:
            res["performer"] = [{"reference": performer}]
        if reason:
            res["reasonCode"] = [reason]
        if reason_ref:
            res["reasonReference"] = [{"reference": r} for r in (reason_ref if isinstance(reason_ref, list) else [reason_ref])]
        if based_on:
            res["basedOn"] = [{"reference": based_on}]
        if note:
            res["note"] = [{"text": note}]
        return self.add(res, "sr")

    def procedure(self, code, status, date=None, reason_ref=None, performer=None, note=None, enc=None, based_on=None,
                  body=None, outcome=None, category=None):
        res = {"resourceType": "Procedure", "status": status, "code": code, "subject": {"reference": self.pref}}
        if category:
            res["category"] = category
        if based_on:
            res["basedOn"] = [{"reference": based_on}]
        if enc:
            res["encounter"] = {"reference": enc}
        if date:
            if isinstance(date, tuple):
                res["performedPeriod"] = {"start": date[0], "end": date[1]}
            else:
                res["performedDateTime"] = date
        if performer:
            res["performer"] = [{"actor": {"reference": performer}}]
        if reason_ref:
            res["reasonReference"] = [{"reference": r} for r in (reason_ref if isinstance(reason_ref, list) else [reason_ref])]
        if body:
            res["bodySite"] = [body]
        if outcome:
            res["outcome"] = {"text": outcome}
        if note:
            res["note"] = [{"text": note}]
        return self.add(res, "proc")

    def note(self, date, typ, author, text, title=None, enc=None, status="current"):
        res = {"resourceType": "DocumentReference", "status": status, "docStatus": "final",
               "type": typ, "category": [cc(("http://hl7.org/fhir/us/core/CodeSystem/us-core-documentreference-category", "clinical-note", "Clinical Note"))],
               "subject": {"reference": self.pref}, "date": date + ("T17:30:00Z" if len(date) == 10 else ""),
               "author": [{"reference": author}],
               "content": [{"attachment": {"contentType": "text/plain", "language": "en-US",
                                           "data": base64.b64encode(text.strip().encode("utf-8")).decode("ascii"),
                                           "title": title or typ.get("text", "Clinical note"), "creation": date}}]}
        if enc:
            res["context"] = {"encounter": [{"reference": enc}]}
        return self.add(res, "doc")

    def diagreport(self, code, date, results, conclusion=None, cat=("http://terminology.hl7.org/CodeSystem/v2-0074", "LAB", "Laboratory"),
                   performer=None, status="final", conclusion_code=None, enc=None):
        res = {"resourceType": "DiagnosticReport", "status": status, "category": [cc(cat)], "code": code,
               "subject": {"reference": self.pref}, "effectiveDateTime": date, "issued": date + "T18:00:00Z"}
        if enc:
            res["encounter"] = {"reference": enc}
        if performer:
            res["performer"] = [{"reference": performer}]
        if results:
            res["result"] = [{"reference": r} for r in results]
        if conclusion:
            res["conclusion"] = conclusion
        if conclusion_code:
            res["conclusionCode"] = [conclusion_code]
        return self.add(res, "dr")

    def careplan(self, title, status, intent, start, categories, activities=None, addresses=None, author=None, description=None, note=None, end=None):
        res = {"resourceType": "CarePlan", "status": status, "intent": intent, "title": title,
               "category": categories, "subject": {"reference": self.pref}, "period": {"start": start, **({"end": end} if end else {})},
               "created": start}
        if description:
            res["description"] = description
        if author:
            res["author"] = {"reference": author}
        if addresses:
            res["addresses"] = [{"reference": a} for a in addresses]
        if activities:
            res["activity"] = [{"detail": a} for a in activities]
        if note:
            res["note"] = [{"text": note}]
        return self.add(res, "cp")

    def communication(self, sent, sender, recipient, text, status="completed", category=None, about=None, in_response_to=None, medium=None, topic=None):
        res = {"resourceType": "Communication", "status": status, "subject": {"reference": self.pref},
               "sent": sent, "sender": {"reference": sender}, "recipient": [{"reference": recipient}],
               "payload": [{"contentString": text}]}
        if category:
            res["category"] = [category]
        if medium:
            res["medium"] = [medium]
        if topic:
            res["topic"] = topic
        if about:
            res["about"] = [{"reference": a} for a in about]
        if in_response_to:
            res["inResponseTo"] = [{"reference": in_response_to}]
        return self.add(res, "comm")

    def bundle(self):
        return {"resourceType": "Bundle", "type": "transaction", "entry": self.entries}


def write(case, path):
    with open(path, "w") as f:
        json.dump(case.bundle(), f, indent=2, ensure_ascii=False)
