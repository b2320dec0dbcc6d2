"""Small FHIR R4 transaction-bundle builder used to write the case records."""
import base64, json

SCT = "http://snomed.info/sct"
ICD = "http://hl7.org/fhir/sid/icd-10-cm"
LN = "http://loinc.org"
CPT = "http://www.ama-assn.org/go/cpt"
HCPCS = "http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets"
RX = "http://www.nlm.nih.gov/research/umls/rxnorm"
CVX = "http://hl7.org/fhir/sid/cvx"
UCUM = "http://unitsofmeasure.org"
OBSCAT = "http://terminology.hl7.org/CodeSystem/observation-category"
INTERP = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation"
ACT = "http://terminology.hl7.org/CodeSystem/v3-ActCode"

TZ = {"M": "-06:00", "P": "-08:00", "K": "-05:00"}


def cc(*codings, text=None):
    out = {}
    cs = [{"system": s, "code": c, "display": d} for (s, c, d) in codings]
    if cs:
        out["coding"] = cs
    if text:
        out["text"] = text
    elif cs:
        out["text"] = cs[0]["display"]
    return out


def ref(rid_type, rid):
    return {"reference": f"{rid_type}/{rid}"}


class Bundle:
    def __init__(self, cid, base, tz="-05:00"):
        self.cid, self.base, self.tz = cid, base.rstrip("/"), tz
        self.entries = []
        self.counts = {}
        self.pat = None

    # ---- core ---------------------------------------------------------
    def add(self, rt, short, body):
        self.counts[short] = self.counts.get(short, 0) + 1
        rid = f"{self.cid}-{short}-{self.counts[short]}"
        res = {"resourceType": rt, "id": rid}
        res.update({k: v for k, v in body.items() if v is not None})
        self.entries.append({"fullUrl": f"{self.base}/{rt}/{rid}", "resource": res,
                             "request": {"method": "PUT", "url": f"{rt}/{rid}"}})
        return f"{rt}/{rid}"

    def dt(self, d, t="09:00"):
        return d if "T" in d else f"{d}T{t}:00{self.tz}"

    def to_json(self):
        return {"resourceType": "Bundle", "type": "transaction", "entry": self.entries}

    # ---- administrative -------------------------------------------------
    def patient(self, family, given, gender, birth, mrn_sys, mrn, addr, phone=None, extra_ids=(), lang=None, deceased=None):
        ids = [{"use": "usual", "type": cc((("http://terminology.hl7.org/CodeSystem/v2-0203", "MR", "Medical record number")),),
                "system": mrn_sys, "value": mrn}]
        for s, v, t in extra_ids:
            ids.append({"type": {"text": t}, "system": s, "value": v})
        rid = self.cid
        res = {"resourceType": "Patient", "id": rid, "identifier": ids, "active": True,
               "name": [{"use": "official", "family": family, "given": given}], "gender": gender, "birthDate": birth,
               "address": [addr]}
        if phone:
            res["telecom"] = [{"system": "phone", "value": phone, "use": "mobile"}]
        if lang:
            res["communication"] = [{"language": cc(("urn:ietf:bcp:47", lang[0], lang[1])), "preferred": True}]
        self.entries.insert(0, {"fullUrl": f"{self.base}/Patient/{rid}", "resource": res,
                                "request": {"method": "PUT", "url": f"Patient/{rid}"}})
        self.pat = f"Patient/{rid}"
        return self.pat

    def org(self, name, npi=None, typ="prov", addr=None):
        body = {"active": True, "name": name,
                "type": [cc(("http://terminology.hl7.org/CodeSystem/organization-type", typ,
                             {"prov": "Healthcare Provider", "ins": "Insurance Company", "pay": "Payer", "govt": "Government"}[typ]))]}
        if npi:
            body["identifier"] = [{"system": "http://hl7.org/fhir/sid/us-npi", "value": npi}]
        if addr:
            body["address"] = [addr]
        return self.add("Organization", "org", body)

    def pract(self, family, given, prefix="Dr.", npi=None, qual=None):
        body = {"active": True, "name": [{"family": family, "given": given, "prefix": [prefix] if prefix else None}]}
        if npi:
            body["identifier"] = [{"system": "http://hl7.org/fhir/sid/us-npi", "value": npi}]
        if qual:
            body["qualification"] = [{"code": {"text": qual}}]
        return self.add("Practitioner", "pr", body)

    def related(self, rel_code, rel_disp, family, given, phone=None):
        body = {"patient": ref("Patient", self.cid), "active": True,
                "relationship": [cc(("http://terminology.hl7.org/CodeSystem/v3-RoleCode", rel_code, rel_disp))],
                "name": [{"family": family, "given": given}]}
        if phone:
            body["telecom"] = [{"system": "phone", "value": phone}]
        return self.add("RelatedPerson", "rp", body)

    def coverage(self, payor, plan, member_id, typ=("HIP", "health insurance plan policy"), rel="self", start="2024-01-01", subscriber=None, group=None):
        body = {"status": "active", "type": cc((ACT, typ[0], typ[1])), "subscriberId": member_id,
                "beneficiary": {"reference": self.pat}, "relationship": cc(("http://terminology.hl7.org/CodeSystem/subscriber-relationship", rel, rel.capitalize())),
                "period": {"start": start}, "payor": [{"reference": payor}],
                "class": [{"type": cc(("http://terminology.hl7.org/CodeSystem/coverage-class", "plan", "Plan")), "value": plan.split(":")[0], "name": plan.split(":")[-1]}]}
        if group:
            body["class"].append({"type": cc(("http://terminology.hl7.org/CodeSystem/coverage-class", "group", "Group")), "value": group})
        if subscriber:
            body["subscriber"] = {"reference": subscriber}
        return self.add("Coverage", "cov", body)

    # ---- clinical ---------------------------------------------------------
    def enc(self, date, typ, cls="AMB", org=None, pract=None, reason=None, end=None, status="finished", hosp=None, t="09:00"):
        body = {"status": status,
                "class": {"system": ACT, "code": cls, "display": {"AMB": "ambulatory", "IMP": "inpatient encounter", "EMER": "emergency", "VR": "virtual", "HH": "home health", "OBSENC": "observation encounter"}[cls]},
                "type": [typ if isinstance(typ, dict) else {"text": typ}],
                "subject": {"reference": self.pat},
                "period": {"start": self.dt(date, t), "end": self.dt(end or date, "10:00" if not end else "11:00")}}
        if status in ("planned",):
            body["period"] = {"start": self.dt(date, t)}
        if pract:
            body["participant"] = [{"type": [cc(("http://terminology.hl7.org/CodeSystem/v3-ParticipationType", "PPRF", "primary performer"))], "individual": {"reference": pract}}]
        if reason:
            body["reasonCode"] = [reason if isinstance(reason, dict) else {"text": reason}]
        if org:
            body["serviceProvider"] = {"reference": org}
        if hosp:
            body["hospitalization"] = hosp
        return self.add("Encounter", "enc", body)

    def cond(self, code, onset, status="active", cat="problem-list-item", abate=None, recorded=None, enc=None,
             recorder=None, note=None, ver="confirmed", severity=None, body_site=None):
        body = {"clinicalStatus": cc(("http://terminology.hl7.org/CodeSystem/condition-clinical", status, status.capitalize())),
                "verificationStatus": cc(("http://terminology.hl7.org/CodeSystem/condition-ver-status", ver, ver.capitalize())),
                "category": [cc(("http://terminology.hl7.org/CodeSystem/condition-category", cat,
                                 "Problem List Item" if cat == "problem-list-item" else "Encounter Diagnosis"))],
                "code": code, "subject": {"reference": self.pat}}
        if severity:
            body["severity"] = severity
        if body_site:
            body["bodySite"] = [body_site]
        if enc:
            body["encounter"] = {"reference": enc}
        if onset:
            body["onsetDateTime"] = onset
        if abate:
            body["abatementDateTime"] = abate
        body["recordedDate"] = recorded or onset
        if recorder:
            body["recorder"] = {"reference": recorder}
        if note:
            body["note"] = [{"text": note}]
        return self.add("Condition", "cond", body)

    def obs(self, code, date, value=None, unit=None, ucum=None, low=None, high=None, interp=None, cat="laboratory",
            enc=None, performer=None, text_range=None, comps=None, value_cc=None, value_str=None, note=None, status="final", method=None):
        body = {"status": status, "category": [cc((OBSCAT, cat, {"laboratory": "Laboratory", "vital-signs": "Vital Signs", "survey": "Survey",
                                                                  "exam": "Exam", "imaging": "Imaging", "procedure": "Procedure", "social-history": "Social History", "activity": "Activity"}[cat]))],
                "code": code, "subject": {"reference": self.pat}, "effectiveDateTime": self.dt(date, "08:30"),
                "issued": self.dt(date, "14:10")}
        if enc:
            body["encounter"] = {"reference": enc}
        if performer:
            body["performer"] = [{"reference": performer}]
        if value is not None:
            q = {"value": value}
            if unit:
                q.update({"unit": unit, "system": UCUM, "code": ucum or unit})
            body["valueQuantity"] = q
        if value_cc:
            body["valueCodeableConcept"] = value_cc
        if value_str:
            body["valueString"] = value_str
        if interp:
            disp = {"N": "Normal", "H": "High", "L": "Low", "A": "Abnormal", "HH": "Critical high", "LL": "Critical low", "NEG": "Negative", "POS": "Positive"}[interp]
            body["interpretation"] = [cc((INTERP, interp, disp))]
        if low is not None or high is not None or text_range:
            rr = {}
            if low is not None:
                rr["low"] = {"value": low, "unit": unit, "system": UCUM, "code": ucum or unit}
            if high is not None:
                rr["high"] = {"value": high, "unit": unit, "system": UCUM, "code": ucum or unit}
            if text_range:
                rr["text"] = text_range
            body["referenceRange"] = [rr]
        if comps:
            body["component"] = comps
        if note:
            body["note"] = [{"text": note}]
        if method:
            body["method"] = method
        return self.add("Observation", "obs", body)

    def bp(self, date, sys_, dia, enc=None):
        comps = [{"code": cc((LN, "8480-6", "Systolic blood pressure")), "valueQuantity": {"value": sys_, "unit": "mm[Hg]", "system": UCUM, "code": "mm[Hg]"}},
                 {"code": cc((LN, "8462-4", "Diastolic blood pressure")), "valueQuantity": {"value": dia, "unit": "mm[Hg]", "system": UCUM, "code": "mm[Hg]"}}]
        return self.obs(cc((LN, "85354-9", "Blood pressure panel with all children optional")), date, cat="vital-signs", enc=enc, comps=comps)

    def vital(self, kind, date, value, enc=None):
        table = {"hr": ("8867-4", "Heart rate", "/min"), "rr": ("9279-1", "Respiratory rate", "/min"),
                 "spo2": ("59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry", "%"),
                 "temp": ("8310-5", "Body temperature", "Cel"), "wt": ("29463-7", "Body weight", "kg"),
                 "ht": ("8302-2", "Body height", "cm"), "bmi": ("39156-5", "Body mass index (BMI) [Ratio]", "kg/m2"),
                 "bmipct": ("59576-9", "Body mass index (BMI) [Percentile] Per age and sex", "%"),
                 "wtpct": ("77606-2", "Weight-for-length Per age and sex", "%"),
                 "hc": ("9843-4", "Head Occipital-frontal circumference", "cm"),
                 "pain": ("72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported", "{score}")}
        c, d, u = table[kind]
        return self.obs(cc((LN, c, d)), date, value, u, cat="vital-signs" if kind != "pain" else "survey", enc=enc)

    def medreq(self, med, date, status="active", dose=None, reason=None, requester=None, enc=None, end=None, note=None, intent="order", category=None):
        body = {"status": status, "intent": intent, "medicationCodeableConcept": med, "subject": {"reference": self.pat},
                "authoredOn": date}
        if category:
            body["category"] = [cc(("http://terminology.hl7.org/CodeSystem/medicationrequest-category", category, category.capitalize()))]
        if enc:
            body["encounter"] = {"reference": enc}
        if requester:
            body["requester"] = {"reference": requester}
        if reason:
            body["reasonReference" if isinstance(reason, str) else "reasonCode"] = [{"reference": reason}] if isinstance(reason, str) else [reason]
        if dose:
            body["dosageInstruction"] = [{"text": dose}]
        if end:
            body["dispenseRequest"] = {"validityPeriod": {"start": date, "end": end}}
        if note:
            body["note"] = [{"text": note}]
        return self.add("MedicationRequest", "mrx", body)

    def medstmt(self, med, start, status="active", end=None, dose=None, reason=None, note=None, asserted=None):
        body = {"status": status, "medicationCodeableConcept": med, "subject": {"reference": self.pat},
                "effectivePeriod": {"start": start, **({"end": end} if end else {})}, "dateAsserted": asserted or start}
        if dose:
            body["dosage"] = [{"text": dose}]
        if reason:
            body["reasonReference"] = [{"reference": reason}]
        if note:
            body["note"] = [{"text": note}]
        return self.add("MedicationStatement", "ms", body)

    def note(self, date, title, text, author=None, enc=None, typ=("11506-3", "Progress note"), t="16:00"):
        body = {"status": "current", "docStatus": "final", "type": cc((LN, typ[0], typ[1])),
                "category": [cc(("http://hl7.org/fhir/us/core/CodeSystem/us-core-documentreference-category", "clinical-note", "Clinical Note"))],
                "subject": {"reference": self.pat}, "date": self.dt(date, t), "description": title,
                "content": [{"attachment": {"contentType": "text/plain", "language": "en-US", "title": title,
                                            "data": base64.b64encode(text.strip().encode("utf-8")).decode("ascii"),
                                            "creation": self.dt(date, t)}}]}
        if author:
            body["author"] = [{"reference": author}]
        if enc:
            body["context"] = {"encounter": [{"reference": enc}]}
        return self.add("DocumentReference", "doc", body)

    def sr(self, code, authored, status="active", intent="order", occ=None, reason=None, requester=None, performer=None,
           note=None, cat=None, priority=None, reason_code=None, enc=None):
        body = {"status": status, "intent": intent, "code": code, "subject": {"reference": self.pat}, "authoredOn": authored}
        if cat:
            body["category"] = [cat]
        if priority:
            body["priority"] = priority
        if occ:
            body["occurrenceDateTime" if len(occ) > 10 or "T" in occ else "occurrenceDateTime"] = occ
        if enc:
            body["encounter"] = {"reference": enc}
        if requester:
            body["requester"] = {"reference": requester}
        if performer:
            body["performer"] = [{"reference": performer}]
        if reason:
            body["reasonReference"] = [{"reference": r} for r in (reason if isinstance(reason, list) else [reason])]
        if reason_code:
            body["reasonCode"] = [reason_code]
        if note:
            body["note"] = [{"text": note}]
        return self.add("ServiceRequest", "sr", body)

    def proc(self, code, status="completed", date=None, reason=None, performer=None, based_on=None, note=None, enc=None, outcome=None, body_site=None):
        body = {"status": status, "code": code, "subject": {"reference": self.pat}}
        if based_on:
            body["basedOn"] = [{"reference": based_on}]
        if date:
            body["performedDateTime"] = self.dt(date, "11:00")
        if enc:
            body["encounter"] = {"reference": enc}
        if performer:
            body["performer"] = [{"actor": {"reference": performer}}]
        if reason:
            body["reasonReference"] = [{"reference": reason}]
        if outcome:
            body["outcome"] = {"text": outcome}
        if body_site:
            body["bodySite"] = [body_site]
        if note:
            body["note"] = [{"text": note}]
        return self.add("Procedure", "proc", body)

    def imm(self, cvx, disp, date, lot, site=None, performer=None):
        body = {"status": "completed", "vaccineCode": cc((CVX, cvx, disp)), "patient": {"reference": self.pat},
                "occurrenceDateTime": date, "primarySource": True, "lotNumber": lot}
        if performer:
            body["performer"] = [{"actor": {"reference": performer}}]
        return self.add("Immunization", "imm", body)

    def allergy(self, code, crit="low", reaction=None, status="active"):
        body = {"clinicalStatus": cc(("http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical", status, status.capitalize())),
                "verificationStatus": cc(("http://terminology.hl7.org/CodeSystem/allergyintolerance-verification", "confirmed", "Confirmed")),
                "type": "allergy", "criticality": crit, "code": code, "patient": {"reference": self.pat}}
        if reaction:
            body["reaction"] = [{"manifestation": [reaction]}]
        return self.add("AllergyIntolerance", "alg", body)

    def dr(self, code, date, results, conclusion, cat=("LAB", "Laboratory"), performer=None, enc=None, concl_code=None):
        body = {"status": "final", "category": [cc(("http://terminology.hl7.org/CodeSystem/v2-0074", cat[0], cat[1]))],
                "code": code, "subject": {"reference": self.pat}, "effectiveDateTime": self.dt(date, "08:30"),
                "issued": self.dt(date, "17:00"), "result": [{"reference": r} for r in results], "conclusion": conclusion}
        if performer:
            body["performer"] = [{"reference": performer}]
        if enc:
            body["encounter"] = {"reference": enc}
        if concl_code:
            body["conclusionCode"] = [concl_code]
        return self.add("DiagnosticReport", "dr", body)

    def careplan(self, title, created, cat, activities, status="active", intent="plan", addresses=None, author=None, desc=None, period_start=None):
        body = {"status": status, "intent": intent, "category": [cat], "title": title, "subject": {"reference": self.pat},
                "created": created, "period": {"start": period_start or created}}
        if desc:
            body["description"] = desc
        if addresses:
            body["addresses"] = [{"reference": a} for a in addresses]
        if author:
            body["author"] = {"reference": author}
        body["activity"] = [{"detail": {"code": c, "status": s, "description": d}} for (c, s, d) in activities]
        return self.add("CarePlan", "cp", body)

    def comm(self, sent, sender, recipient, text, status="completed", cat=None, medium=None, about=None, topic=None, in_response_to=None):
        body = {"status": status, "subject": {"reference": self.pat}, "sent": self.dt(sent, "20:14"),
                "sender": {"reference": sender}, "recipient": [{"reference": r} for r in (recipient if isinstance(recipient, list) else [recipient])],
                "payload": [{"contentString": text}]}
        if cat:
            body["category"] = [cat]
        if medium:
            body["medium"] = [medium]
        if topic:
            body["topic"] = {"text": topic}
        if about:
            body["about"] = [{"reference": a} for a in about]
        if in_response_to:
            body["inResponseTo"] = [{"reference": in_response_to}]
        return self.add("Communication", "com", body)

    def qr(self, questionnaire, authored, author, items, source=None, enc=None):
        body = {"questionnaire": questionnaire, "status": "completed", "subject": {"reference": self.pat},
                "authored": self.dt(authored, "10:20"), "author": {"reference": author}, "source": {"reference": source or author}, "item": items}
        if enc:
            body["encounter"] = {"reference": enc}
        return self.add("QuestionnaireResponse", "qr", body)

    def flag(self, code, start, author, cat=None, status="active", end=None):
        body = {"status": status, "code": code, "subject": {"reference": self.pat}, "period": {"start": start, **({"end": end} if end else {})},
                "author": {"reference": author}}
        if cat:
            body["category"] = [cat]
        return self.add("Flag", "flag", body)

    def impression(self, date, assessor, summary, findings=(), problems=(), status="completed", desc=None, enc=None):
        body = {"status": status, "subject": {"reference": self.pat}, "date": self.dt(date, "15:00"), "assessor": {"reference": assessor},
                "summary": summary}
        if desc:
            body["description"] = desc
        if enc:
            body["encounter"] = {"reference": enc}
        if problems:
            body["problem"] = [{"reference": p} for p in problems]
        if findings:
            body["finding"] = [{"itemCodeableConcept": f} if isinstance(f, dict) else {"itemReference": {"reference": f}} for f in findings]
        return self.add("ClinicalImpression", "ci", body)


def qitem(link, text, answer):
    """answer: ('coding', sys, code, disp) | ('int', n) | ('str', s) | ('bool', b)"""
    kind = answer[0]
    if kind == "coding":
        a = {"valueCoding": {"system": answer[1], "code": answer[2], "display": answer[3]}}
    elif kind == "int":
        a = {"valueInteger": answer[1]}
    elif kind == "bool":
        a = {"valueBoolean": answer[1]}
    elif kind == "date":
        a = {"valueDate": answer[1]}
    else:
        a = {"valueString": answer[1]}
    return {"linkId": link, "text": text, "answer": [a]}


YES = ("coding", LN, "LA33-6", "Yes")
NO = ("coding", LN, "LA32-8", "No")
