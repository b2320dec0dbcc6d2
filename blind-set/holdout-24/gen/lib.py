import base64, json

SCT = "http://snomed.info/sct"
ICD = "http://hl7.org/fhir/sid/icd-10-cm"
LNC = "http://loinc.org"
CPT = "http://www.ama-assn.org/go/cpt"
HCPCS = "http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets"
RXN = "http://www.nlm.nih.gov/research/umls/rxnorm"
UCUM = "http://unitsofmeasure.org"
INTERP = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation"
ACT = "http://terminology.hl7.org/CodeSystem/v3-ActCode"

ORGS = {
 "A1": ("Alder County Medical Center", "https://fhir.aldercountyhealth.org/r4", "urn:oid:2.16.840.1.113883.3.7721.1", "Alder, WA"),
 "A2": ("Riverside County Health System", "https://ehr.rivcohs.org/fhir/R4", "urn:oid:2.16.840.1.113883.3.6410.2", "Riverside, CA"),
 "A3": ("Bexley Regional Public Hospital", "https://api.bexleypublichealth.org/fhir/r4", "urn:oid:2.16.840.1.113883.3.5102.7", "Bexley, OH"),
 "A4": ("Mesa Verde Community Health Network", "https://fhir.mvchn.org/R4", "urn:oid:2.16.840.1.113883.3.8830.4", "Las Cruces, NM"),
 "B1": ("Lakeshore Endocrine & Metabolic Surgery Center", "https://fhir.lakeshore-endo.com/r4", "https://lakeshore-endo.com/mrn", "Chicago, IL"),
 "B2": ("Summit Center for Thyroid and Adrenal Disease", "https://summit-thyroid.org/fhir/R4", "https://summit-thyroid.org/id/mrn", "Denver, CO"),
 "B3": ("Pinecrest Obesity & Metabolic Institute", "https://interop.pinecrest-metabolic.com/fhir/r4", "https://pinecrest-metabolic.com/mrn", "Raleigh, NC"),
 "B4": ("Capitol Diabetes and Endocrine Associates", "https://fhir.capitolendo.net/api/r4", "https://capitolendo.net/patient-id", "Sacramento, CA"),
 "C1": ("Tri-Valley Urology & Nephrology Associates", "https://fhir.trivalleyuro.com/r4", "https://trivalleyuro.com/mrn", "Pleasanton, CA"),
 "C2": ("Great Plains Kidney & Urology Group", "https://ehr.gpkug.net/fhir/R4", "https://gpkug.net/ids/mrn", "Omaha, NE"),
 "C3": ("Bayside Urology Partners", "https://fhir.baysideuro.org/api/FHIR/R4", "https://baysideuro.org/mrn", "Tampa, FL"),
 "C4": ("Central Ohio Nephrology Consultants", "https://fhir.conc-kidney.com/r4", "https://conc-kidney.com/mrn", "Columbus, OH"),
}


def cc(*codings, text=None):
    out = {}
    cs = []
    for c in codings:
        if c is None:
            continue
        sysu, code, disp = c
        cs.append({"system": sysu, "code": code, "display": disp})
    if cs:
        out["coding"] = cs
    if text:
        out["text"] = text
    elif cs:
        out["text"] = cs[0]["display"]
    return out


def tx(text):
    return {"text": text}


class Case:
    def __init__(self, cid, org):
        self.cid = cid
        self.orgkey = org
        self.orgname, self.base, self.mrnsys, self.city = ORGS[org]
        self.entries = []
        self.seq = {}
        self.pt = f"Patient/{cid}"
        self.org = None

    def nid(self, prefix):
        n = self.seq.get(prefix, 0) + 1
        self.seq[prefix] = n
        return f"{self.cid}-{prefix}{n}"

    def add(self, res, prefix):
        rid = self.nid(prefix)
        res = dict(res)
        rt = res["resourceType"]
        res = {"resourceType": rt, "id": rid, **{k: v for k, v in res.items() if k != "resourceType"}}
        self.entries.append({"fullUrl": f"{self.base}/{rt}/{rid}", "resource": res,
                             "request": {"method": "PUT", "url": f"{rt}/{rid}"}})
        return f"{rt}/{rid}"

    def bundle(self):
        return {"resourceType": "Bundle", "type": "transaction", "entry": self.entries}

    # ---- admin
    def organization(self, name=None, typ="prov", prefix="org", npi=None):
        r = {"resourceType": "Organization", "active": True, "name": name or self.orgname,
             "type": [cc(("http://terminology.hl7.org/CodeSystem/organization-type", typ, {"prov": "Healthcare Provider", "pay": "Payer", "dept": "Hospital Department", "other": "Other"}[typ]))]}
        if npi:
            r["identifier"] = [{"system": "http://hl7.org/fhir/sid/us-npi", "value": npi}]
        if typ != "pay":
            r["address"] = [{"city": self.city.split(",")[0], "state": self.city.split(", ")[1], "country": "US"}]
        ref = self.add(r, prefix)
        if self.org is None and typ == "prov":
            self.org = ref
        return ref

    def practitioner(self, family, given, qual="MD", npi=None, prefix="pr"):
        r = {"resourceType": "Practitioner", "active": True,
             "name": [{"family": family, "given": [given], "suffix": [qual]}]}
        if npi:
            r["identifier"] = [{"system": "http://hl7.org/fhir/sid/us-npi", "value": npi}]
        return self.add(r, prefix)

    def patient(self, family, given, gender, birth, mrn, lang=("en", "English"), line="", postal="", phone=None,
                race=None, ethnicity=None, marital=None, extra_ids=None, interpreter=False, deceased=None):
        idents = [{"use": "usual", "type": cc(("http://terminology.hl7.org/CodeSystem/v2-0203", "MR", "Medical record number"), text="MRN"),
                   "system": self.mrnsys, "value": mrn}]
        for s, v, t in (extra_ids or []):
            idents.append({"use": "secondary", "type": tx(t), "system": s, "value": v})
        r = {"resourceType": "Patient", "identifier": idents, "active": True,
             "name": [{"use": "official", "family": family, "given": given if isinstance(given, list) else [given]}],
             "gender": gender, "birthDate": birth,
             "address": [{"use": "home", "line": [line] if line else [], "city": self.city.split(",")[0],
                          "state": self.city.split(", ")[1], "postalCode": postal, "country": "US"}],
             "communication": [{"language": cc(("urn:ietf:bcp:47", lang[0], lang[1])), "preferred": True}],
             "managingOrganization": {"reference": self.org}}
        ext = []
        if race:
            ext.append({"url": "http://hl7.org/fhir/us/core/StructureDefinition/us-core-race",
                        "extension": [{"url": "ombCategory", "valueCoding": {"system": "urn:oid:2.16.840.1.113883.6.238", "code": race[0], "display": race[1]}},
                                      {"url": "text", "valueString": race[1]}]})
        if ethnicity:
            ext.append({"url": "http://hl7.org/fhir/us/core/StructureDefinition/us-core-ethnicity",
                        "extension": [{"url": "ombCategory", "valueCoding": {"system": "urn:oid:2.16.840.1.113883.6.238", "code": ethnicity[0], "display": ethnicity[1]}},
                                      {"url": "text", "valueString": ethnicity[1]}]})
        if interpreter:
            ext.append({"url": "http://hl7.org/fhir/StructureDefinition/patient-interpreterRequired", "valueBoolean": True})
        if ext:
            r["extension"] = ext
        if phone:
            r["telecom"] = [{"system": "phone", "value": phone, "use": "mobile"}]
        if marital:
            r["maritalStatus"] = cc(("http://terminology.hl7.org/CodeSystem/v3-MaritalStatus", marital[0], marital[1]))
        self.entries.insert(0, None)  # placeholder for ordering
        self.entries.pop(0)
        rid = self.cid
        res = {"resourceType": "Patient", "id": rid, **{k: v for k, v in r.items() if k != "resourceType"}}
        self.entries.insert(0, {"fullUrl": f"{self.base}/Patient/{rid}", "resource": res,
                                "request": {"method": "PUT", "url": f"Patient/{rid}"}})
        return self.pt

    def coverage(self, payer_name, plan, member, start, end=None, status="active", kind="Medicaid"):
        payer = self.organization(payer_name, typ="pay", prefix="payer")
        typ = {"Medicaid": ("2", "MEDICAID"), "Medicare": ("1", "MEDICARE"), "Commercial": ("5", "PRIVATE HEALTH INSURANCE"),
               "Self": ("81", "Self-pay"), "Charity": ("82", "No Charge")}[kind]
        r = {"resourceType": "Coverage", "status": status,
             "type": cc(("urn:oid:2.16.840.1.113883.3.221.5", typ[0], typ[1])),
             "subscriberId": member, "beneficiary": {"reference": self.pt}, "relationship": cc(("http://terminology.hl7.org/CodeSystem/subscriber-relationship", "self", "Self")),
             "period": {"start": start, **({"end": end} if end else {})}, "payor": [{"reference": payer}],
             "class": [{"type": cc(("http://terminology.hl7.org/CodeSystem/coverage-class", "plan", "Plan")), "value": plan.split(" ")[0].upper(), "name": plan}]}
        return self.add(r, "cov")

    # ---- clinical
    def encounter(self, start, end=None, cls="AMB", typ=None, reason=None, status="finished", prac=None, org=None,
                  svc=None, hosp=None, interpreter=None, loc_text=None):
        clsd = {"AMB": "ambulatory", "EMER": "emergency", "IMP": "inpatient encounter", "VR": "virtual", "HH": "home health", "OBSENC": "observation encounter"}[cls]
        r = {"resourceType": "Encounter", "status": status, "class": {"system": ACT, "code": cls, "display": clsd},
             "subject": {"reference": self.pt}, "period": {"start": start, **({"end": end} if end else {})},
             "serviceProvider": {"reference": org or self.org}}
        if typ:
            r["type"] = [typ if isinstance(typ, dict) else tx(typ)]
        if svc:
            r["serviceType"] = svc if isinstance(svc, dict) else tx(svc)
        if reason:
            r["reasonCode"] = [reason if isinstance(reason, dict) else tx(reason)]
        if prac:
            r["participant"] = [{"individual": {"reference": prac}}]
        if interpreter:
            r.setdefault("participant", []).append({"type": [tx("Interpreter")], "individual": None})
            r["participant"][-1] = {"type": [cc(("http://terminology.hl7.org/CodeSystem/v3-ParticipationType", "TRANS", "Translator"), text=f"Interpreter ({interpreter})")]}
        if hosp:
            r["hospitalization"] = hosp
        if loc_text:
            r["location"] = [{"location": {"display": loc_text}}]
        return self.add(r, "enc")

    def condition(self, code, onset, status="active", abated=None, cat="problem-list-item", enc=None, recorder=None,
                  recorded=None, ver="confirmed", note=None, severity=None, body=None, stage=None):
        catd = {"problem-list-item": "Problem List Item", "encounter-diagnosis": "Encounter Diagnosis"}[cat]
        r = {"resourceType": "Condition",
             "clinicalStatus": cc(("http://terminology.hl7.org/CodeSystem/condition-clinical", status, status.capitalize())),
             "verificationStatus": cc(("http://terminology.hl7.org/CodeSystem/condition-ver-status", ver, ver.capitalize())),
             "category": [cc(("http://terminology.hl7.org/CodeSystem/condition-category", cat, catd))],
             "code": code, "subject": {"reference": self.pt}}
        if onset:
            r["onsetDateTime"] = onset
        if abated:
            r["abatementDateTime"] = abated
        r["recordedDate"] = recorded or onset
        if enc:
            r["encounter"] = {"reference": enc}
        if recorder:
            r["recorder"] = {"reference": recorder}
        if note:
            r["note"] = [{"text": note}]
        if severity:
            r["severity"] = severity
        if body:
            r["bodySite"] = [body]
        if stage:
            r["stage"] = [{"summary": stage}]
        return self.add(r, "cond")

    def obs(self, code, date, value=None, unit=None, ucum=None, low=None, high=None, interp=None, cat="laboratory",
            enc=None, note=None, vstr=None, vcc=None, comps=None, status="final", ref_text=None, performer=None,
            period=None):
        catd = {"laboratory": "Laboratory", "vital-signs": "Vital Signs", "survey": "Survey", "social-history": "Social History",
                "exam": "Exam", "imaging": "Imaging", "procedure": "Procedure"}[cat]
        r = {"resourceType": "Observation", "status": status,
             "category": [cc(("http://terminology.hl7.org/CodeSystem/observation-category", cat, catd))],
             "code": code, "subject": {"reference": self.pt}}
        if period:
            r["effectivePeriod"] = period
        else:
            r["effectiveDateTime"] = date
        r["issued"] = (date if "T" in date else date + "T16:00:00Z") if date else period["end"] + "T16:00:00Z"
        if value is not None:
            q = {"value": value}
            if unit:
                q["unit"] = unit
                q["system"] = UCUM
                q["code"] = ucum or unit
            r["valueQuantity"] = q
        if vstr is not None:
            r["valueString"] = vstr
        if vcc is not None:
            r["valueCodeableConcept"] = vcc
        if comps:
            r["component"] = comps
        if interp:
            d = {"N": "Normal", "H": "High", "L": "Low", "A": "Abnormal", "HH": "Critical high", "LL": "Critical low", "POS": "Positive", "NEG": "Negative"}[interp]
            r["interpretation"] = [cc((INTERP, interp, d))]
        if low is not None or high is not None or ref_text:
            rr = {}
            if low is not None:
                rr["low"] = {"value": low, **({"unit": unit, "system": UCUM, "code": ucum or unit} if unit else {})}
            if high is not None:
                rr["high"] = {"value": high, **({"unit": unit, "system": UCUM, "code": ucum or unit} if unit else {})}
            if ref_text:
                rr["text"] = ref_text
            r["referenceRange"] = [rr]
        if enc:
            r["encounter"] = {"reference": enc}
        if note:
            r["note"] = [{"text": note}]
        if performer:
            r["performer"] = [{"reference": performer}]
        return self.add(r, "obs")

    def lab(self, loinc, disp, date, value, unit, low=None, high=None, interp=None, ucum=None, enc=None, note=None):
        if interp is None and (low is not None or high is not None):
            interp = "N"
            if low is not None and value < low:
                interp = "L"
            if high is not None and value > high:
                interp = "H"
        return self.obs(cc((LNC, loinc, disp)), date, value, unit, ucum, low, high, interp, enc=enc, note=note)

    def vitals(self, date, enc=None, sbp=None, dbp=None, hr=None, wt=None, bmi=None, temp=None, spo2=None, rr=None):
        out = []
        if sbp:
            out.append(self.obs(cc((LNC, "85354-9", "Blood pressure panel with all children optional")), date, cat="vital-signs", enc=enc,
                                comps=[{"code": cc((LNC, "8480-6", "Systolic blood pressure")), "valueQuantity": {"value": sbp, "unit": "mmHg", "system": UCUM, "code": "mm[Hg]"}},
                                       {"code": cc((LNC, "8462-4", "Diastolic blood pressure")), "valueQuantity": {"value": dbp, "unit": "mmHg", "system": UCUM, "code": "mm[Hg]"}}]))
        if hr:
            out.append(self.obs(cc((LNC, "8867-4", "Heart rate")), date, hr, "beats/minute", "/min", cat="vital-signs", enc=enc))
        if wt:
            out.append(self.obs(cc((LNC, "29463-7", "Body weight")), date, wt, "kg", cat="vital-signs", enc=enc))
        if bmi:
            out.append(self.obs(cc((LNC, "39156-5", "Body mass index (BMI) [Ratio]")), date, bmi, "kg/m2", "kg/m2", cat="vital-signs", enc=enc))
        if temp:
            out.append(self.obs(cc((LNC, "8310-5", "Body temperature")), date, temp, "Cel", cat="vital-signs", enc=enc))
        if spo2:
            out.append(self.obs(cc((LNC, "59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry")), date, spo2, "%", cat="vital-signs", enc=enc))
        if rr:
            out.append(self.obs(cc((LNC, "9279-1", "Respiratory rate")), date, rr, "breaths/minute", "/min", cat="vital-signs", enc=enc))
        return out

    def medreq(self, med, authored, dose, status="active", intent="order", requester=None, reason=None, start=None,
               end=None, note=None, enc=None, refills=None, status_reason=None, category="outpatient"):
        r = {"resourceType": "MedicationRequest", "status": status, "intent": intent,
             "category": [cc(("http://terminology.hl7.org/CodeSystem/medicationrequest-category", category, category.capitalize()))],
             "medicationCodeableConcept": med, "subject": {"reference": self.pt}, "authoredOn": authored,
             "dosageInstruction": [{"text": dose}]}
        if requester:
            r["requester"] = {"reference": requester}
        if reason:
            r["reasonReference" if isinstance(reason, str) else "reasonCode"] = [{"reference": reason} if isinstance(reason, str) else reason]
        if start or end or refills is not None:
            dr = {}
            if start or end:
                dr["validityPeriod"] = {**({"start": start} if start else {}), **({"end": end} if end else {})}
            if refills is not None:
                dr["numberOfRepeatsAllowed"] = refills
            r["dispenseRequest"] = dr
        if note:
            r["note"] = [{"text": note}]
        if enc:
            r["encounter"] = {"reference": enc}
        if status_reason:
            r["statusReason"] = tx(status_reason)
        return self.add(r, "mr")

    def medstmt(self, med, status, start, end=None, dose=None, reason=None, note=None, asserted=None, source=None):
        r = {"resourceType": "MedicationStatement", "status": status, "medicationCodeableConcept": med,
             "subject": {"reference": self.pt}, "effectivePeriod": {"start": start, **({"end": end} if end else {})},
             "dateAsserted": asserted or start}
        if dose:
            r["dosage"] = [{"text": dose}]
        if reason:
            r["reasonReference" if isinstance(reason, str) else "reasonCode"] = [{"reference": reason} if isinstance(reason, str) else reason]
        if note:
            r["note"] = [{"text": note}]
        if source:
            r["informationSource"] = {"reference": source}
        return self.add(r, "ms")

    def servreq(self, code, authored, status="active", intent="order", occ=None, reason=None, requester=None,
                performer=None, cat=None, note=None, priority="routine", enc=None, occ_period=None, status_txt=None):
        r = {"resourceType": "ServiceRequest", "status": status, "intent": intent, "priority": priority,
             "code": code, "subject": {"reference": self.pt}, "authoredOn": authored}
        if cat:
            r["category"] = [cat]
        if occ:
            r["occurrenceDateTime"] = occ
        if occ_period:
            r["occurrencePeriod"] = occ_period
        if reason:
            r["reasonReference" if isinstance(reason, str) else "reasonCode"] = [{"reference": reason} if isinstance(reason, str) else reason]
        if requester:
            r["requester"] = {"reference": requester}
        if performer:
            r["performer"] = [performer if isinstance(performer, dict) else {"reference": performer}]
        if note:
            r["note"] = [{"text": note}]
        if enc:
            r["encounter"] = {"reference": enc}
        return self.add(r, "sr")

    def procedure(self, code, status="completed", date=None, period=None, reason=None, performer=None, note=None,
                  enc=None, outcome=None, based_on=None, body=None, cat=None):
        r = {"resourceType": "Procedure", "status": status, "code": code, "subject": {"reference": self.pt}}
        if cat:
            r["category"] = cat
        if date:
            r["performedDateTime"] = date
        if period:
            r["performedPeriod"] = period
        if reason:
            r["reasonReference" if isinstance(reason, str) else "reasonCode"] = [{"reference": reason} if isinstance(reason, str) else reason]
        if performer:
            r["performer"] = [{"actor": {"reference": performer}}]
        if note:
            r["note"] = [{"text": note}]
        if enc:
            r["encounter"] = {"reference": enc}
        if outcome:
            r["outcome"] = tx(outcome)
        if based_on:
            r["basedOn"] = [{"reference": based_on}]
        if body:
            r["bodySite"] = [body]
        return self.add(r, "proc")

    def note(self, loinc, disp, date, author, text, enc=None, title=None, status="current", doc_status="final"):
        r = {"resourceType": "DocumentReference", "status": status, "docStatus": doc_status,
             "type": cc((LNC, loinc, disp)),
             "category": [cc(("http://hl7.org/fhir/us/core/CodeSystem/us-core-documentreference-category", "clinical-note", "Clinical Note"))],
             "subject": {"reference": self.pt}, "date": date if "T" in date else date + "T17:00:00Z",
             "author": [{"reference": author}],
             "content": [{"attachment": {"contentType": "text/plain", "language": "en-US",
                                         "data": base64.b64encode(text.strip().encode("utf-8")).decode("ascii"),
                                         "title": title or disp, "creation": date if "T" in date else date + "T17:00:00Z"}}]}
        if enc:
            r["context"] = {"encounter": [{"reference": enc}]}
        return self.add(r, "doc")

    def report(self, code, date, conclusion, results=None, cat=("LAB", "Laboratory"), performer=None, enc=None, status="final", ccode=None):
        r = {"resourceType": "DiagnosticReport", "status": status,
             "category": [cc(("http://terminology.hl7.org/CodeSystem/v2-0074", cat[0], cat[1]))],
             "code": code, "subject": {"reference": self.pt}, "effectiveDateTime": date,
             "issued": (date if "T" in date else date + "T18:00:00Z"), "conclusion": conclusion}
        if results:
            r["result"] = [{"reference": x} for x in results]
        if performer:
            r["performer"] = [{"reference": performer}]
        if enc:
            r["encounter"] = {"reference": enc}
        if ccode:
            r["conclusionCode"] = [ccode]
        return self.add(r, "dr")

    def careplan(self, title, status, intent, start, cat, desc=None, addresses=None, activities=None, author=None, end=None, note=None):
        r = {"resourceType": "CarePlan", "status": status, "intent": intent, "title": title, "category": [cat],
             "subject": {"reference": self.pt}, "period": {"start": start, **({"end": end} if end else {})}}
        if desc:
            r["description"] = desc
        if addresses:
            r["addresses"] = [{"reference": a} for a in addresses]
        if activities:
            r["activity"] = [{"detail": a} for a in activities]
        if author:
            r["author"] = {"reference": author}
        if note:
            r["note"] = [{"text": note}]
        return self.add(r, "cp")

    def qresp(self, questionnaire, authored, items, author=None, status="completed", enc=None, source=None):
        r = {"resourceType": "QuestionnaireResponse", "questionnaire": questionnaire, "status": status,
             "subject": {"reference": self.pt}, "authored": authored, "item": items}
        if author:
            r["author"] = {"reference": author}
        if source:
            r["source"] = {"reference": source}
        if enc:
            r["encounter"] = {"reference": enc}
        return self.add(r, "qr")

    def comm(self, sent, sender, recipient, text, status="completed", cat=None, in_response=None, medium=None, topic=None, about=None):
        r = {"resourceType": "Communication", "status": status, "subject": {"reference": self.pt}, "sent": sent,
             "sender": {"reference": sender}, "recipient": [{"reference": recipient}], "payload": [{"contentString": text}]}
        if cat:
            r["category"] = [cat]
        if medium:
            r["medium"] = [medium]
        if topic:
            r["topic"] = tx(topic)
        if in_response:
            r["inResponseTo"] = [{"reference": in_response}]
        if about:
            r["about"] = [{"reference": about}]
        return self.add(r, "comm")

    def flag(self, code, start, author, status="active", cat=None, end=None, enc=None):
        r = {"resourceType": "Flag", "status": status, "code": code, "subject": {"reference": self.pt},
             "period": {"start": start, **({"end": end} if end else {})}, "author": {"reference": author}}
        if cat:
            r["category"] = [cat]
        if enc:
            r["encounter"] = {"reference": enc}
        return self.add(r, "flag")

    def impression(self, date, assessor, summary, problems=None, status="completed", findings=None, desc=None, enc=None):
        r = {"resourceType": "ClinicalImpression", "status": status, "subject": {"reference": self.pt},
             "effectiveDateTime": date, "date": date, "assessor": {"reference": assessor}, "summary": summary}
        if desc:
            r["description"] = desc
        if problems:
            r["problem"] = [{"reference": p} for p in problems]
        if findings:
            r["finding"] = [{"itemCodeableConcept": f} for f in findings]
        if enc:
            r["encounter"] = {"reference": enc}
        return self.add(r, "ci")


def rx(code, disp, text=None):
    return cc((RXN, code, disp), text=text or disp)

YES = {"valueCoding": {"system": LNC, "code": "LA33-6", "display": "Yes"}}
NO = {"valueCoding": {"system": LNC, "code": "LA32-8", "display": "No"}}
