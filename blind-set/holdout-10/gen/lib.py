import base64, json, re
SCT = "http://snomed.info/sct"; ICD = "http://hl7.org/fhir/sid/icd-10-cm"; LOINC = "http://loinc.org"
CPT = "http://www.ama-assn.org/go/cpt"; HCPCS = "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets"
RX = "http://www.nlm.nih.gov/research/umls/rxnorm"; UCUM = "http://unitsofmeasure.org"
SYS = {"sct": SCT, "icd": ICD, "loinc": LOINC, "cpt": CPT, "hcpcs": HCPCS, "rx": RX}
BANNED = re.compile(r"\btest\b|scenario|blind|near[ -]?miss", re.I)

def cc(*codes, text=None):
    """codes: tuples (sys, code, display); sys may be a key of SYS or a URL."""
    out = {}
    cod = []
    for s, c, d in codes:
        cod.append({"system": SYS.get(s, s), "code": c, "display": d})
    if cod:
        out["coding"] = cod
    out["text"] = text or (codes[0][2] if codes else "")
    return out

def b64(t):
    return base64.b64encode(t.encode("utf-8")).decode()

def interp_of(v, lo, hi):
    if lo is not None and v < lo:
        return "L"
    if hi is not None and v > hi:
        return "H"
    return "N"

INTERP = {"N": "Normal", "H": "High", "L": "Low", "A": "Abnormal", "HH": "Critical high", "LL": "Critical low", "POS": "Positive", "NEG": "Negative"}

class Case:
    def __init__(self, cid, base):
        self.cid = cid; self.base = base.rstrip("/"); self.entries = []; self.n = {}
        self.pat = f"Patient/{cid}"
    def nid(self, k):
        self.n[k] = self.n.get(k, 0) + 1
        return f"{self.cid}-{k}-{self.n[k]}"
    def add(self, r):
        rt, rid = r["resourceType"], r["id"]
        self.entries.append({"fullUrl": f"{self.base}/{rt}/{rid}", "resource": r,
                             "request": {"method": "PUT", "url": f"{rt}/{rid}"}})
        return f"{rt}/{rid}"
    def bundle(self):
        b = {"resourceType": "Bundle", "id": f"{self.cid}-bundle", "type": "transaction", "entry": self.entries}
        s = json.dumps(b)
        m = BANNED.search(s)
        assert not m, (self.cid, m.group(0), s[max(0, m.start()-80):m.end()+80])
        for e in self.entries:
            r = e["resource"]
            if r["resourceType"] == "DocumentReference":
                t = base64.b64decode(r["content"][0]["attachment"]["data"]).decode()
                m = BANNED.search(t)
                assert not m, (self.cid, t)
        return b

    # ---- admin
    def patient(self, family, given, gender, birth, mrn, city, state, zipc, line, phone, oid="1.2.840.114350.1.13.0.1.7.5.737384.14", race=("2106-3", "White"), eth=("2186-5", "Not Hispanic or Latino"), deceased=None, marital=None, lang=("en", "English")):
        r = {"resourceType": "Patient", "id": self.cid,
             "extension": [
                 {"url": "http://hl7.org/fhir/us/core/StructureDefinition/us-core-race", "extension": [
                     {"url": "ombCategory", "valueCoding": {"system": "urn:oid:2.16.840.1.113883.6.238", "code": race[0], "display": race[1]}},
                     {"url": "text", "valueString": race[1]}]},
                 {"url": "http://hl7.org/fhir/us/core/StructureDefinition/us-core-ethnicity", "extension": [
                     {"url": "ombCategory", "valueCoding": {"system": "urn:oid:2.16.840.1.113883.6.238", "code": eth[0], "display": eth[1]}},
                     {"url": "text", "valueString": eth[1]}]},
                 {"url": "http://hl7.org/fhir/us/core/StructureDefinition/us-core-birthsex", "valueCode": "F" if gender == "female" else "M"}],
             "identifier": [{"use": "usual", "type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MR", "display": "Medical Record Number"}], "text": "MRN"},
                             "system": f"urn:oid:{oid}", "value": mrn}],
             "active": True,
             "name": [{"use": "official", "family": family, "given": given.split()}],
             "telecom": [{"system": "phone", "value": phone, "use": "home"}],
             "gender": gender, "birthDate": birth,
             "address": [{"use": "home", "line": [line], "city": city, "state": state, "postalCode": zipc, "country": "US"}],
             "communication": [{"language": {"coding": [{"system": "urn:ietf:bcp:47", "code": lang[0], "display": lang[1]}], "text": lang[1]}, "preferred": True}]}
        if marital:
            r["maritalStatus"] = {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v3-MaritalStatus", "code": marital[0], "display": marital[1]}], "text": marital[1]}
        self.add(r)
        return self.pat
    def org(self, name, npi=None, kind="prov"):
        r = {"resourceType": "Organization", "id": self.nid("org"), "active": True, "name": name,
             "type": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/organization-type", "code": kind, "display": {"prov": "Healthcare Provider", "ins": "Insurance Company"}[kind]}]}]}
        if npi:
            r["identifier"] = [{"system": "http://hl7.org/fhir/sid/us-npi", "value": npi}]
        return self.add(r)
    def prac(self, family, given, npi, qual="MD"):
        r = {"resourceType": "Practitioner", "id": self.nid("pr"), "active": True,
             "identifier": [{"system": "http://hl7.org/fhir/sid/us-npi", "value": npi}],
             "name": [{"family": family, "given": [given], "suffix": [qual], "text": f"{given} {family}, {qual}"}]}
        return self.add(r)
    def coverage(self, payer, kind, member, start, plan=None):
        types = {"medicare": ("1", "MEDICARE"), "medicaid": ("2", "MEDICAID"), "commercial": ("5", "PRIVATE HEALTH INSURANCE"), "ma": ("111", "Medicare HMO")}
        t = types[kind]
        r = {"resourceType": "Coverage", "id": self.nid("cov"), "status": "active",
             "type": {"coding": [{"system": "urn:oid:2.16.840.1.113883.3.221.5", "code": t[0], "display": t[1]}], "text": t[1].title()},
             "subscriberId": member, "beneficiary": {"reference": self.pat},
             "relationship": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/subscriber-relationship", "code": "self"}]},
             "period": {"start": start}, "payor": [{"reference": payer}]}
        if plan:
            r["class"] = [{"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/coverage-class", "code": "plan"}]}, "value": plan[0], "name": plan[1]}]
        return self.add(r)

    # ---- clinical
    def enc(self, start, typ, cls="AMB", end=None, reason=None, prac=None, org=None, status="finished", cpt=None, dx=None, disp=None):
        clsd = {"AMB": "ambulatory", "EMER": "emergency", "IMP": "inpatient encounter", "VR": "virtual", "HH": "home health", "OBSENC": "observation encounter"}[cls]
        t = cc(("cpt", cpt, typ), text=typ) if cpt else {"text": typ}
        r = {"resourceType": "Encounter", "id": self.nid("enc"), "status": status,
             "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": cls, "display": clsd},
             "type": [t], "subject": {"reference": self.pat},
             "period": {"start": start, "end": end or start}}
        if status == "planned":
            r["period"] = {"start": start}
        if prac:
            r["participant"] = [{"type": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ParticipationType", "code": "ATND", "display": "attender"}]}], "individual": {"reference": prac}}]
        if reason:
            r["reasonCode"] = [reason if isinstance(reason, dict) else {"text": reason}]
        if dx:
            r["diagnosis"] = [{"condition": {"reference": d}, "rank": i + 1} for i, d in enumerate(dx)]
        if org:
            r["serviceProvider"] = {"reference": org}
        if disp:
            r["hospitalization"] = {"dischargeDisposition": {"text": disp}}
        return self.add(r)
    def cond(self, code, onset=None, status="active", ver="confirmed", cat="problem-list-item", abate=None, recorded=None, enc=None, note=None, severity=None, asserter=None, stage=None):
        catc = {"problem-list-item": ("http://terminology.hl7.org/CodeSystem/condition-category", "Problem List Item"),
                "encounter-diagnosis": ("http://terminology.hl7.org/CodeSystem/condition-category", "Encounter Diagnosis"),
                "health-concern": ("http://hl7.org/fhir/us/core/CodeSystem/condition-category", "Health Concern")}[cat]
        r = {"resourceType": "Condition", "id": self.nid("cond")}
        if status:
            r["clinicalStatus"] = {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-clinical", "code": status}]}
        r["verificationStatus"] = {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-ver-status", "code": ver}]}
        r["category"] = [{"coding": [{"system": catc[0], "code": cat, "display": catc[1]}]}]
        if severity:
            r["severity"] = {"coding": [{"system": SCT, "code": {"mild": "255604002", "moderate": "6736007", "severe": "24484000"}[severity], "display": severity.title()}]}
        r["code"] = code
        r["subject"] = {"reference": self.pat}
        if enc: r["encounter"] = {"reference": enc}
        if onset: r["onsetDateTime"] = onset
        if abate: r["abatementDateTime"] = abate
        r["recordedDate"] = recorded or onset or "2026-01-01"
        if asserter: r["asserter"] = {"reference": asserter}
        if stage: r["stage"] = [{"summary": {"text": stage}}]
        if note: r["note"] = [{"text": note}]
        return self.add(r)
    def obs(self, code, date, val=None, unit=None, lo=None, hi=None, interp="auto", cat="laboratory", enc=None, status="final", vstr=None, vcc=None, note=None, ucum=None, members=None, comps=None, perf=None, refText=None):
        if isinstance(code, tuple):
            code = cc(("loinc",) + code) if len(code) == 2 else cc(code)
        r = {"resourceType": "Observation", "id": self.nid("obs"), "status": status,
             "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/observation-category", "code": cat, "display": {"laboratory": "Laboratory", "vital-signs": "Vital Signs", "survey": "Survey", "imaging": "Imaging", "exam": "Exam", "procedure": "Procedure", "social-history": "Social History"}[cat]}]}],
             "code": code, "subject": {"reference": self.pat}, "effectiveDateTime": date, "issued": date + ("T16:20:00-05:00" if len(date) == 10 else "")}
        if enc: r["encounter"] = {"reference": enc}
        if perf: r["performer"] = [{"reference": perf}]
        if val is not None:
            r["valueQuantity"] = {"value": val, "unit": unit, "system": UCUM, "code": ucum or unit}
        if vstr is not None: r["valueString"] = vstr
        if vcc is not None: r["valueCodeableConcept"] = vcc
        if interp == "auto":
            interp = interp_of(val, lo, hi) if (val is not None and (lo is not None or hi is not None)) else None
        if interp:
            r["interpretation"] = [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation", "code": interp, "display": INTERP[interp]}]}]
        if lo is not None or hi is not None or refText:
            rr = {}
            if lo is not None: rr["low"] = {"value": lo, "unit": unit, "system": UCUM, "code": ucum or unit}
            if hi is not None: rr["high"] = {"value": hi, "unit": unit, "system": UCUM, "code": ucum or unit}
            if refText: rr["text"] = refText
            r["referenceRange"] = [rr]
        if members: r["hasMember"] = [{"reference": m} for m in members]
        if comps: r["component"] = comps
        if note: r["note"] = [{"text": note}]
        return self.add(r)
    def bp(self, date, s, d, enc=None):
        comps = [{"code": cc(("loinc", "8480-6", "Systolic blood pressure")), "valueQuantity": {"value": s, "unit": "mmHg", "system": UCUM, "code": "mm[Hg]"}},
                 {"code": cc(("loinc", "8462-4", "Diastolic blood pressure")), "valueQuantity": {"value": d, "unit": "mmHg", "system": UCUM, "code": "mm[Hg]"}}]
        return self.obs(cc(("loinc", "85354-9", "Blood pressure panel with all children optional")), date, cat="vital-signs", enc=enc, comps=comps, interp=None)
    def vit(self, date, s, d, hr=None, wt=None, enc=None, spo2=None, temp=None):
        out = [self.bp(date, s, d, enc)]
        if hr: out.append(self.obs(("8867-4", "Heart rate"), date, hr, "/min", cat="vital-signs", enc=enc, interp=None))
        if wt: out.append(self.obs(("29463-7", "Body weight"), date, wt, "kg", cat="vital-signs", enc=enc, interp=None))
        if spo2: out.append(self.obs(cc(("loinc", "59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry"), ("loinc", "2708-6", "Oxygen saturation in Arterial blood")), date, spo2, "%", cat="vital-signs", enc=enc, interp=None))
        if temp: out.append(self.obs(("8310-5", "Body temperature"), date, temp, "Cel", cat="vital-signs", enc=enc, interp=None))
        return out
    def panel(self, pcode, pdisp, date, members, enc=None, conclusion=None, perf=None, dr=True, status="final"):
        """members: list of (loinc, display, value, unit, lo, hi[, interp])"""
        refs = []
        for m in members:
            code, disp, v, u, lo, hi = m[:6]
            it = m[6] if len(m) > 6 else "auto"
            refs.append(self.obs((code, disp), date, v, u, lo, hi, interp=it, enc=enc, status=status))
        p = self.obs((pcode, pdisp), date, enc=enc, members=refs, interp=None, status=status)
        if dr:
            return self.report(cc(("loinc", pcode, pdisp)), date, refs, conclusion, cat="LAB", enc=enc, perf=perf, status=status)
        return p
    def report(self, code, date, results=None, conclusion=None, cat="LAB", enc=None, perf=None, ccode=None, status="final", presented=None):
        catd = {"LAB": "Laboratory", "RAD": "Radiology", "CUS": "Cardiac Ultrasound", "PAT": "Pathology (gross & histopath, not surgical)", "CG": "Cytogenetics", "GE": "Genetics", "EC": "Electrocardiac", "OTH": "Other", "PF": "Pulmonary Function", "GI": "Gastrointestinal", "SP": "Surgical Pathology"}[cat]
        r = {"resourceType": "DiagnosticReport", "id": self.nid("dr"), "status": status,
             "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0074", "code": cat, "display": catd}]}],
             "code": code, "subject": {"reference": self.pat}, "effectiveDateTime": date, "issued": date + "T18:00:00-05:00"}
        if enc: r["encounter"] = {"reference": enc}
        if perf: r["performer"] = [{"reference": perf}]
        if results: r["result"] = [{"reference": x} for x in results]
        if conclusion: r["conclusion"] = conclusion
        if ccode: r["conclusionCode"] = [ccode]
        if presented:
            r["presentedForm"] = [{"contentType": "text/plain", "data": b64(presented)}]
        return self.add(r)
    def medrq(self, med, authored, sig, status="active", intent="order", reason=None, qty=None, unit="tablet", days=30, refills=3, prac=None, route=("26643006", "Oral route"), timing=None, dose=None, start=None, end=None, note=None, reasonRef=None):
        r = {"resourceType": "MedicationRequest", "id": self.nid("mrq"), "status": status, "intent": intent,
             "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/medicationrequest-category", "code": "outpatient", "display": "Outpatient"}]}],
             "medicationCodeableConcept": med, "subject": {"reference": self.pat}, "authoredOn": authored}
        if prac: r["requester"] = {"reference": prac}
        if reason: r["reasonCode"] = [reason]
        if reasonRef: r["reasonReference"] = [{"reference": reasonRef}]
        di = {"text": sig, "route": cc(("sct",) + route)}
        if timing: di["timing"] = timing
        if dose: di["doseAndRate"] = [{"doseQuantity": {"value": dose[0], "unit": dose[1], "system": UCUM, "code": dose[2] if len(dose) > 2 else dose[1]}}]
        if start or end:
            di.setdefault("timing", {}).setdefault("repeat", {})["boundsPeriod"] = {k: v for k, v in (("start", start), ("end", end)) if v}
        r["dosageInstruction"] = [di]
        if qty:
            r["dispenseRequest"] = {"validityPeriod": {"start": authored[:10]}, "numberOfRepeatsAllowed": refills,
                                    "quantity": {"value": qty, "unit": unit}, "expectedSupplyDuration": {"value": days, "unit": "days", "system": UCUM, "code": "d"}}
        if note: r["note"] = [{"text": note}]
        return self.add(r)
    def medst(self, med, status, start, end=None, sig=None, asserted=None, reason=None, note=None):
        r = {"resourceType": "MedicationStatement", "id": self.nid("ms"), "status": status,
             "medicationCodeableConcept": med, "subject": {"reference": self.pat},
             "effectivePeriod": {"start": start, **({"end": end} if end else {})}, "dateAsserted": asserted or start,
             "informationSource": {"reference": self.pat}}
        if sig: r["dosage"] = [{"text": sig}]
        if reason: r["reasonCode"] = [reason]
        if note: r["note"] = [{"text": note}]
        return self.add(r)
    def sr(self, code, authored, status="active", intent="order", occ=None, occp=None, reason=None, reasonRef=None, cat=None, prac=None, performer=None, priority="routine", note=None, enc=None):
        r = {"resourceType": "ServiceRequest", "id": self.nid("sr"), "status": status, "intent": intent, "priority": priority}
        if cat: r["category"] = [cat]
        r.update({"code": code, "subject": {"reference": self.pat}, "authoredOn": authored})
        if enc: r["encounter"] = {"reference": enc}
        if occ: r["occurrenceDateTime"] = occ
        if occp: r["occurrencePeriod"] = {"start": occp[0], "end": occp[1]}
        if prac: r["requester"] = {"reference": prac}
        if performer: r["performer"] = [{"reference": performer}]
        if reason: r["reasonCode"] = [reason]
        if reasonRef: r["reasonReference"] = [{"reference": reasonRef}]
        if note: r["note"] = [{"text": note}]
        return self.add(r)
    def proc(self, code, status, start=None, end=None, reasonRef=None, reason=None, performer=None, enc=None, note=None, outcome=None, basedOn=None, body=None):
        r = {"resourceType": "Procedure", "id": self.nid("proc"), "status": status, "code": code, "subject": {"reference": self.pat}}
        if basedOn: r["basedOn"] = [{"reference": basedOn}]
        if enc: r["encounter"] = {"reference": enc}
        if start: r["performedPeriod"] = {"start": start, **({"end": end} if end else {})}
        if performer: r["performer"] = [{"actor": {"reference": performer}}]
        if reasonRef: r["reasonReference"] = [{"reference": reasonRef}]
        if reason: r["reasonCode"] = [reason]
        if body: r["bodySite"] = [body]
        if outcome: r["outcome"] = {"text": outcome}
        if note: r["note"] = [{"text": note}]
        return self.add(r)
    def careplan(self, title, created, status="active", intent="plan", cats=None, acts=None, addresses=None, period=None, author=None, goals=None, desc=None, careTeam=None):
        r = {"resourceType": "CarePlan", "id": self.nid("cp"), "status": status, "intent": intent,
             "category": [{"coding": [{"system": "http://hl7.org/fhir/us/core/CodeSystem/careplan-category", "code": "assess-plan"}]}] + (cats or []),
             "title": title, "subject": {"reference": self.pat}, "created": created,
             "text": {"status": "generated", "div": f"<div xmlns=\"http://www.w3.org/1999/xhtml\">{desc or title}</div>"}}
        if desc: r["description"] = desc
        if period: r["period"] = {"start": period[0], **({"end": period[1]} if period[1] else {})}
        if author: r["author"] = {"reference": author}
        if careTeam: r["careTeam"] = [{"reference": careTeam}]
        if addresses: r["addresses"] = [{"reference": a} for a in addresses]
        if goals: r["goal"] = [{"reference": g} for g in goals]
        if acts:
            r["activity"] = []
            for a in acts:
                if isinstance(a, str) and "/" in a and a.split("/")[0] in ("ServiceRequest", "MedicationRequest", "Appointment"):
                    r["activity"].append({"reference": {"reference": a}})
                else:
                    code, st = a
                    r["activity"].append({"detail": {"code": code, "status": st}})
        return self.add(r)
    def goal(self, text, start, status="active", target=None, addresses=None, ach=None):
        r = {"resourceType": "Goal", "id": self.nid("goal"), "lifecycleStatus": status,
             "description": {"text": text}, "subject": {"reference": self.pat}, "startDate": start}
        if ach: r["achievementStatus"] = {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/goal-achievement", "code": ach}]}
        if target: r["target"] = [target]
        if addresses: r["addresses"] = [{"reference": a} for a in addresses]
        return self.add(r)
    def careteam(self, name, members, start):
        r = {"resourceType": "CareTeam", "id": self.nid("ct"), "status": "active", "name": name,
             "subject": {"reference": self.pat}, "period": {"start": start},
             "participant": [{"role": [{"text": role}], "member": {"reference": m}} for m, role in members]}
        return self.add(r)
    def note(self, loinc, disp, date, text, author=None, enc=None, desc=None, status="current", docStatus="final", custodian=None):
        r = {"resourceType": "DocumentReference", "id": self.nid("doc"), "status": status, "docStatus": docStatus,
             "type": cc(("loinc", loinc, disp)),
             "category": [{"coding": [{"system": "http://hl7.org/fhir/us/core/CodeSystem/us-core-documentreference-category", "code": "clinical-note", "display": "Clinical Note"}]}],
             "subject": {"reference": self.pat}, "date": date + "T17:00:00-05:00" if len(date) == 10 else date}
        if author: r["author"] = [{"reference": author}]
        if custodian: r["custodian"] = {"reference": custodian}
        if desc: r["description"] = desc
        r["content"] = [{"attachment": {"contentType": "text/plain", "data": b64(text), "title": desc or disp, "creation": date}}]
        if enc: r["context"] = {"encounter": [{"reference": enc}], "period": {"start": date}}
        return self.add(r)
    def comm(self, sent, text, sender, recipient, status="completed", cat=None, topic=None, inResponseTo=None, medium="portal"):
        r = {"resourceType": "Communication", "id": self.nid("comm"), "status": status,
             "category": [cat or {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/communication-category", "code": "notification", "display": "Notification"}], "text": "Patient portal message"}],
             "medium": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ParticipationMode", "code": "ELECTRONIC", "display": "electronic data"}], "text": "MyChart message" if medium == "portal" else medium}],
             "subject": {"reference": self.pat}, "sent": sent, "received": sent,
             "recipient": [{"reference": x} for x in (recipient if isinstance(recipient, list) else [recipient])],
             "sender": {"reference": sender}, "payload": [{"contentString": text}]}
        if topic: r["topic"] = {"text": topic}
        if inResponseTo: r["inResponseTo"] = [{"reference": inResponseTo}]
        return self.add(r)
    def qr(self, questionnaire, authored, items, author=None, source=None, status="completed"):
        r = {"resourceType": "QuestionnaireResponse", "id": self.nid("qr"), "questionnaire": questionnaire, "status": status,
             "subject": {"reference": self.pat}, "authored": authored, "author": {"reference": author or self.pat},
             "source": {"reference": source or self.pat}, "item": items}
        return self.add(r)
    def flag(self, code, start, status="active", author=None, cat=None, end=None):
        r = {"resourceType": "Flag", "id": self.nid("flag"), "status": status,
             "category": [cat or {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/flag-category", "code": "clinical", "display": "Clinical"}]}],
             "code": code, "subject": {"reference": self.pat}, "period": {"start": start, **({"end": end} if end else {})}}
        if author: r["author"] = {"reference": author}
        return self.add(r)
    def impression(self, date, summary, assessor=None, problems=None, status="completed", findings=None, desc=None, enc=None):
        r = {"resourceType": "ClinicalImpression", "id": self.nid("ci"), "status": status,
             "subject": {"reference": self.pat}, "effectiveDateTime": date, "date": date, "summary": summary}
        if desc: r["description"] = desc
        if enc: r["encounter"] = {"reference": enc}
        if assessor: r["assessor"] = {"reference": assessor}
        if problems: r["problem"] = [{"reference": p} for p in problems]
        if findings: r["finding"] = [{"itemCodeableConcept": f} for f in findings]
        return self.add(r)
    def allergy(self, code, date, crit="low", reaction=None):
        r = {"resourceType": "AllergyIntolerance", "id": self.nid("alg"),
             "clinicalStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical", "code": "active"}]},
             "verificationStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/allergyintolerance-verification", "code": "confirmed"}]},
             "code": code, "patient": {"reference": self.pat}, "recordedDate": date, "criticality": crit}
        if reaction: r["reaction"] = [{"manifestation": [{"text": reaction}]}]
        return self.add(r)

# common lab shortcuts
def BMP(cr=0.9, crhi=1.2, egfr=85, na=139, k=4.2, glu=96, bun=15):
    m = [("2951-2", "Sodium [Moles/volume] in Serum or Plasma", na, "mmol/L", 136, 145),
         ("2823-3", "Potassium [Moles/volume] in Serum or Plasma", k, "mmol/L", 3.5, 5.1),
         ("3094-0", "Urea nitrogen [Mass/volume] in Serum or Plasma", bun, "mg/dL", 7, 20),
         ("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", cr, "mg/dL", 0.6, crhi),
         ("2345-7", "Glucose [Mass/volume] in Serum or Plasma", glu, "mg/dL", 70, 99)]
    if egfr is not None:
        m.append(("98979-8", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI 2021)", egfr, "mL/min/{1.73_m2}", 60, None))
    return m
def CBC(wbc=6.8, hgb=13.9, plt=245, mcv=89, hlo=12.0, hhi=15.5):
    return [("6690-2", "Leukocytes [#/volume] in Blood by Automated count", wbc, "10*3/uL", 4.0, 11.0),
            ("718-7", "Hemoglobin [Mass/volume] in Blood", hgb, "g/dL", hlo, hhi),
            ("777-3", "Platelets [#/volume] in Blood by Automated count", plt, "10*3/uL", 150, 400),
            ("787-2", "MCV [Entitic volume] by Automated count", mcv, "fL", 80, 100)]
BMP_CODE = ("51990-0", "Basic metabolic panel - Blood")
CMP_CODE = ("24323-8", "Comprehensive metabolic 2000 panel - Serum or Plasma")
CBC_CODE = ("58410-2", "CBC panel - Blood by Automated count")

def med(rx, disp, ndc=None):
    codes = [("rx", rx, disp)]
    return cc(*codes)

CAT_SPECIALTY = lambda text: cc(("sct", "409063005", "Counseling"), text=text)
