import base64, json, os, collections

SYS = {
    "sct": "http://snomed.info/sct",
    "icd": "http://hl7.org/fhir/sid/icd-10-cm",
    "cpt": "http://www.ama-assn.org/go/cpt",
    "hcpcs": "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets",
    "loinc": "http://loinc.org",
    "rx": "http://www.nlm.nih.gov/research/umls/rxnorm",
    "ucum": "http://unitsofmeasure.org",
    "cvx": "http://hl7.org/fhir/sid/cvx",
}
OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "cases")
INTERP = {"N": "Normal", "H": "High", "L": "Low", "A": "Abnormal", "HH": "Critical high", "LL": "Critical low", "POS": "Positive", "NEG": "Negative"}
TZ = "-06:00"


# codes not confirmed against the public terminology browsers while writing: carried as text only
UNSURE = {("rx", c) for c in ["24941", "2272608", "2379011", "1000063", "151227", "313586", "311372", "617311", "966247", "904419", "197444",
                              "1001366", "863671", "809814", "197582", "1656328", "26225", "198052"]} | \
         {("sct", c) for c in ["230456007", "232209005", "230303006", "277577000", "204317008", "263225007", "44169009"]} | \
         {("loinc", c) for c in ["77717-7", "24969-8", "24967-2", "30597-9"]}


def cc(*codings, text=None):
    """codings: tuples (sys, code, display); sys may be a key of SYS or a URL"""
    out = {}
    cs = []
    for s, code, disp in codings:
        if (s, code) in UNSURE:
            text = text or disp
            continue
        d = {"system": SYS.get(s, s), "code": code}
        if disp:
            d["display"] = disp
        cs.append(d)
    if cs:
        out["coding"] = cs
    if text:
        out["text"] = text
    elif cs:
        out["text"] = cs[0].get("display", cs[0]["code"])
    return out


def tx(text):
    return {"text": text}


def dt(d, t="09:00:00"):
    return d if "T" in d else f"{d}T{t}{TZ}"


class Case:
    def __init__(self, cid, base, tz="-06:00"):
        global TZ
        TZ = tz
        self.cid = cid
        self.base = base.rstrip("/")
        self.entries = []
        self.n = collections.Counter()
        self.pt = f"Patient/{cid}"

    def add(self, rtype, res, key):
        if rtype == "Patient":
            rid = self.cid
        else:
            self.n[key] += 1
            rid = f"{self.cid}-{key}-{self.n[key]}"
        r = {"resourceType": rtype, "id": rid}
        r.update(res)
        self.entries.append({"fullUrl": f"{self.base}/{rtype}/{rid}", "resource": r,
                             "request": {"method": "PUT", "url": f"{rtype}/{rid}"}})
        return f"{rtype}/{rid}"

    # ---------- administrative
    def org(self, name, typ="prov", city=None, state=None, npi=None, phone=None):
        r = {"active": True, "name": name,
             "type": [cc(("http://terminology.hl7.org/CodeSystem/organization-type", typ,
                          {"prov": "Healthcare Provider", "pay": "Payer", "dept": "Hospital Department"}[typ]))]}
        if npi:
            r["identifier"] = [{"system": "http://hl7.org/fhir/sid/us-npi", "value": npi}]
        if city:
            r["address"] = [{"city": city, "state": state, "country": "US"}]
        if phone:
            r["telecom"] = [{"system": "phone", "value": phone}]
        return self.add("Organization", r, "org")

    def prac(self, given, family, cred="MD", npi=None, prefix="Dr."):
        if prefix == "Dr." and cred not in ("MD", "DO", "PhD", "PsyD", "OD", "PharmD"):
            prefix = None
        r = {"active": True, "name": [{"family": family, "given": given.split(), "prefix": [prefix] if prefix else [], "suffix": [cred]}]}
        if npi:
            r["identifier"] = [{"system": "http://hl7.org/fhir/sid/us-npi", "value": npi}]
        return self.add("Practitioner", r, "pr")

    def patient(self, given, family, gender, birth, mrn_sys, mrn, city, state, line=None, phone=None, lang=None,
                marital=None, org=None, gp=None):
        r = {"identifier": [{"use": "usual", "type": cc(("http://terminology.hl7.org/CodeSystem/v2-0203", "MR", "Medical record number")),
                             "system": mrn_sys, "value": mrn}],
             "active": True,
             "name": [{"use": "official", "family": family, "given": given.split()}],
             "gender": gender, "birthDate": birth,
             "address": [{"use": "home", "line": [line or "1 Main St"], "city": city, "state": state, "country": "US"}]}
        if phone:
            r["telecom"] = [{"system": "phone", "value": phone, "use": "mobile"}]
        if lang:
            r["communication"] = [{"language": cc(("urn:ietf:bcp:47", lang[0], lang[1])), "preferred": True}]
        if marital:
            r["maritalStatus"] = cc(("http://terminology.hl7.org/CodeSystem/v3-MaritalStatus", marital[0], marital[1]))
        if org:
            r["managingOrganization"] = {"reference": org}
        if gp:
            r["generalPractitioner"] = [{"reference": gp}]
        return self.add("Patient", r, "pt")

    def coverage(self, payer_ref, member, plan_text, start="2026-01-01", typ=("HIP", "health insurance plan policy")):
        r = {"status": "active", "type": cc(("http://terminology.hl7.org/CodeSystem/v3-ActCode",) + typ),
             "subscriberId": member, "beneficiary": {"reference": self.pt},
             "relationship": cc(("http://terminology.hl7.org/CodeSystem/subscriber-relationship", "self", "Self")),
             "period": {"start": start}, "payor": [{"reference": payer_ref}],
             "class": [{"type": cc(("http://terminology.hl7.org/CodeSystem/coverage-class", "plan", "Plan")), "value": member[:6], "name": plan_text}]}
        return self.add("Coverage", r, "cov")

    def enc(self, date, typ, cls="AMB", reason=None, who=None, org=None, end=None, status="finished", typ_code=None, priority=None):
        clsd = {"AMB": "ambulatory", "EMER": "emergency", "IMP": "inpatient encounter", "VR": "virtual", "OBSENC": "observation encounter", "HH": "home health"}
        r = {"status": status, "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": cls, "display": clsd[cls]},
             "type": [typ_code if typ_code else tx(typ)], "subject": {"reference": self.pt}}
        if typ_code and "text" not in typ_code:
            r["type"][0]["text"] = typ
        if priority:
            r["priority"] = cc(("http://terminology.hl7.org/CodeSystem/v3-ActPriority",) + priority)
        p = {"start": dt(date)}
        if end:
            p["end"] = dt(end, "15:00:00")
        elif status == "finished":
            p["end"] = dt(date, "10:00:00")
        r["period"] = p
        if reason:
            r["reasonCode"] = [reason if isinstance(reason, dict) else tx(reason)]
        if who:
            r["participant"] = [{"individual": {"reference": who}}]
        if org:
            r["serviceProvider"] = {"reference": org}
        return self.add("Encounter", r, "enc")

    # ---------- clinical
    def cond(self, code, onset, status="active", ver="confirmed", cat="problem-list-item", abated=None, recorded=None,
             who=None, enc=None, note=None, severity=None, onset_string=None, stage=None):
        r = {"clinicalStatus": cc(("http://terminology.hl7.org/CodeSystem/condition-clinical", status, None)),
             "verificationStatus": cc(("http://terminology.hl7.org/CodeSystem/condition-ver-status", ver, None)),
             "category": [cc(("http://terminology.hl7.org/CodeSystem/condition-category", cat,
                              {"problem-list-item": "Problem List Item", "encounter-diagnosis": "Encounter Diagnosis"}[cat]))],
             "code": code, "subject": {"reference": self.pt}}
        del r["clinicalStatus"]["text"], r["verificationStatus"]["text"]
        if severity:
            r["severity"] = cc(("sct",) + severity)
        if onset_string:
            r["onsetString"] = onset_string
        elif onset:
            r["onsetDateTime"] = onset
        if abated:
            r["abatementDateTime"] = abated
        r["recordedDate"] = recorded or onset or "2026-01-01"
        if who:
            r["recorder"] = {"reference": who}
        if enc:
            r["encounter"] = {"reference": enc}
        if note:
            r["note"] = [{"text": note}]
        if stage:
            r["stage"] = [{"summary": tx(stage)}]
        return self.add("Condition", r, "cond")

    def obs(self, code, date, value=None, unit=None, ucum=None, low=None, high=None, interp=None, cat="laboratory",
            enc=None, vstr=None, vcc=None, ref_text=None, who=None, note=None, status="final", components=None, method=None):
        if isinstance(code, tuple):
            code = cc(("loinc",) + code)
        r = {"status": status, "category": [cc(("http://terminology.hl7.org/CodeSystem/observation-category", cat,
                                                   {"laboratory": "Laboratory", "vital-signs": "Vital Signs", "survey": "Survey", "exam": "Exam", "imaging": "Imaging", "procedure": "Procedure", "social-history": "Social History"}[cat]))],
             "code": code, "subject": {"reference": self.pt}, "effectiveDateTime": dt(date, "08:15:00")}
        if enc:
            r["encounter"] = {"reference": enc}
        if who:
            r["performer"] = [{"reference": who}]
        if value is not None:
            q = {"value": value}
            if unit:
                q["unit"] = unit
                q["system"] = SYS["ucum"]
                q["code"] = ucum or unit
            r["valueQuantity"] = q
        elif vstr is not None:
            r["valueString"] = vstr
        elif vcc is not None:
            r["valueCodeableConcept"] = vcc
        if interp:
            r["interpretation"] = [cc(("http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation", interp, INTERP[interp]))]
        if low is not None or high is not None or ref_text:
            rr = {}
            if low is not None:
                rr["low"] = {"value": low, "unit": unit, "system": SYS["ucum"], "code": ucum or unit}
            if high is not None:
                rr["high"] = {"value": high, "unit": unit, "system": SYS["ucum"], "code": ucum or unit}
            if ref_text:
                rr["text"] = ref_text
            r["referenceRange"] = [rr]
        if components:
            r["component"] = components
        if note:
            r["note"] = [{"text": note}]
        if method:
            r["method"] = tx(method)
        return self.add("Observation", r, "obs")

    def vitals(self, date, enc=None, sbp=None, dbp=None, hr=None, wt=None, temp=None, spo2=None, rr=None, bmi=None):
        out = []
        if sbp:
            comp = [{"code": cc(("loinc", "8480-6", "Systolic blood pressure")), "valueQuantity": {"value": sbp, "unit": "mmHg", "system": SYS["ucum"], "code": "mm[Hg]"}},
                    {"code": cc(("loinc", "8462-4", "Diastolic blood pressure")), "valueQuantity": {"value": dbp, "unit": "mmHg", "system": SYS["ucum"], "code": "mm[Hg]"}}]
            out.append(self.obs(cc(("loinc", "85354-9", "Blood pressure panel with all children optional")), date, cat="vital-signs", enc=enc, components=comp))
        if hr:
            out.append(self.obs(("8867-4", "Heart rate"), date, hr, "beats/min", "/min", cat="vital-signs", enc=enc))
        if wt:
            out.append(self.obs(("29463-7", "Body weight"), date, wt, "kg", cat="vital-signs", enc=enc))
        if bmi:
            out.append(self.obs(("39156-5", "Body mass index (BMI) [Ratio]"), date, bmi, "kg/m2", "kg/m2", cat="vital-signs", enc=enc))
        if temp:
            out.append(self.obs(("8310-5", "Body temperature"), date, temp, "Cel", cat="vital-signs", enc=enc))
        if spo2:
            out.append(self.obs(("59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry"), date, spo2, "%", cat="vital-signs", enc=enc))
        if rr:
            out.append(self.obs(("9279-1", "Respiratory rate"), date, rr, "breaths/min", "/min", cat="vital-signs", enc=enc))
        return out

    def lab(self, loinc, disp, date, value, unit, low, high, ucum=None, enc=None, interp=None):
        if interp is None:
            interp = "N"
            if low is not None and value < low:
                interp = "L"
            if high is not None and value > high:
                interp = "H"
        return self.obs((loinc, disp), date, value, unit, ucum, low, high, interp, enc=enc)

    def note(self, date, title, text, author=None, enc=None, typ=("11506-3", "Progress note"), cat=None, status="current", custodian=None, desc=None):
        data = base64.b64encode(text.strip().encode("utf-8")).decode()
        r = {"status": status, "docStatus": "final", "type": cc(("loinc",) + typ) if typ[0][0].isdigit() else tx(typ[1]),
             "category": [cat or cc(("http://hl7.org/fhir/us/core/CodeSystem/us-core-documentreference-category", "clinical-note", "Clinical Note"))],
             "subject": {"reference": self.pt}, "date": dt(date, "16:30:00"), "description": desc or title,
             "content": [{"attachment": {"contentType": "text/plain", "language": "en-US", "data": data, "title": title, "creation": dt(date, "16:00:00")}}]}
        if author:
            r["author"] = [{"reference": author}]
        if custodian:
            r["custodian"] = {"reference": custodian}
        if enc:
            r["context"] = {"encounter": [{"reference": enc}], "period": {"start": dt(date)}}
        return self.add("DocumentReference", r, "doc")

    def med(self, code, date, dose, status="active", intent="order", reason=None, who=None, enc=None, start=None, end=None, note=None, cat="outpatient"):
        r = {"status": status, "intent": intent,
             "category": [cc(("http://terminology.hl7.org/CodeSystem/medicationrequest-category", cat, {"outpatient": "Outpatient", "inpatient": "Inpatient", "community": "Community"}[cat]))],
             "medicationCodeableConcept": code, "subject": {"reference": self.pt}, "authoredOn": date,
             "dosageInstruction": [{"text": dose}]}
        if who:
            r["requester"] = {"reference": who}
        if enc:
            r["encounter"] = {"reference": enc}
        if reason:
            r["reasonReference" if isinstance(reason, str) else "reasonCode"] = [{"reference": reason} if isinstance(reason, str) else reason]
        if start or end:
            vp = {}
            if start:
                vp["start"] = start
            if end:
                vp["end"] = end
            r["dispenseRequest"] = {"validityPeriod": vp}
        if note:
            r["note"] = [{"text": note}]
        return self.add("MedicationRequest", r, "mr")

    def medstmt(self, code, start, status="active", dose=None, end=None, reason=None, note=None, asserted=None):
        r = {"status": status, "medicationCodeableConcept": code, "subject": {"reference": self.pt},
             "effectivePeriod": {"start": start}, "dateAsserted": asserted or start}
        if end:
            r["effectivePeriod"]["end"] = end
        if dose:
            r["dosage"] = [{"text": dose}]
        if reason:
            r["reasonReference" if isinstance(reason, str) else "reasonCode"] = [{"reference": reason} if isinstance(reason, str) else reason]
        if note:
            r["note"] = [{"text": note}]
        return self.add("MedicationStatement", r, "ms")

    def sr(self, code, authored, status="active", intent="order", occ=None, reason=None, who=None, performer=None, cat=None, enc=None, note=None, priority="routine"):
        r = {"status": status, "intent": intent, "priority": priority, "code": code, "subject": {"reference": self.pt}, "authoredOn": authored}
        if cat:
            r["category"] = [cat]
        if occ:
            r["occurrenceDateTime"] = occ
        if reason:
            r["reasonReference" if isinstance(reason, str) else "reasonCode"] = [{"reference": reason} if isinstance(reason, str) else reason]
        if who:
            r["requester"] = {"reference": who}
        if performer:
            r["performer"] = [{"reference": performer}]
        if enc:
            r["encounter"] = {"reference": enc}
        if note:
            r["note"] = [{"text": note}]
        return self.add("ServiceRequest", r, "sr")

    def proc(self, code, date, status="completed", reason=None, who=None, enc=None, note=None, body=None, end=None):
        r = {"status": status, "code": code, "subject": {"reference": self.pt}}
        if status != "preparation" or date:
            if end:
                r["performedPeriod"] = {"start": dt(date, "07:30:00"), "end": dt(end, "11:00:00")}
            elif date:
                r["performedDateTime"] = date
        if reason:
            r["reasonReference" if isinstance(reason, str) else "reasonCode"] = [{"reference": reason} if isinstance(reason, str) else reason]
        if who:
            r["performer"] = [{"actor": {"reference": who}}]
        if enc:
            r["encounter"] = {"reference": enc}
        if note:
            r["note"] = [{"text": note}]
        if body:
            r["bodySite"] = [body]
        return self.add("Procedure", r, "proc")

    def careplan(self, title, start, cat, status="active", intent="plan", addresses=None, author=None, desc=None, activities=None):
        r = {"status": status, "intent": intent, "category": [cat], "title": title, "subject": {"reference": self.pt},
             "period": {"start": start}, "created": start}
        if desc:
            r["description"] = desc
        if addresses:
            r["addresses"] = [{"reference": a} for a in addresses]
        if author:
            r["author"] = {"reference": author}
        if activities:
            r["activity"] = [{"detail": {"status": s, "description": d, **({"code": c} if c else {})}} for (d, s, c) in activities]
        return self.add("CarePlan", r, "cp")

    def dr(self, code, date, conclusion, status="final", results=None, cat=("RAD", "Radiology"), who=None, enc=None, concl_code=None):
        r = {"status": status, "category": [cc(("http://terminology.hl7.org/CodeSystem/v2-0074",) + cat)], "code": code,
             "subject": {"reference": self.pt}, "effectiveDateTime": dt(date, "11:00:00"), "issued": dt(date, "17:45:00"), "conclusion": conclusion}
        if results:
            r["result"] = [{"reference": x} for x in results]
        if who:
            r["performer"] = [{"reference": who}]
        if enc:
            r["encounter"] = {"reference": enc}
        if concl_code:
            r["conclusionCode"] = [concl_code]
        return self.add("DiagnosticReport", r, "dr")

    def qr(self, questionnaire, date, items, author=None, status="completed", enc=None):
        def item(i):
            link, text, ans = i
            d = {"linkId": link, "text": text}
            if isinstance(ans, tuple):
                d["answer"] = [{"valueCoding": {"system": SYS.get(ans[0], ans[0]), "code": ans[1], "display": ans[2]}}]
            elif isinstance(ans, bool):
                d["answer"] = [{"valueBoolean": ans}]
            elif isinstance(ans, int):
                d["answer"] = [{"valueInteger": ans}]
            else:
                d["answer"] = [{"valueString": ans}]
            return d
        r = {"questionnaire": questionnaire, "status": status, "subject": {"reference": self.pt}, "authored": dt(date, "19:20:00"),
             "author": {"reference": author or self.pt}, "source": {"reference": self.pt}, "item": [item(i) for i in items]}
        if enc:
            r["encounter"] = {"reference": enc}
        return self.add("QuestionnaireResponse", r, "qr")

    def comm(self, date, text, sender=None, recipient=None, cat="Patient message", status="completed", about=None, in_resp=None, topic=None):
        r = {"status": status, "category": [tx(cat)],
             "medium": [cc(("http://terminology.hl7.org/CodeSystem/v3-ParticipationMode", "WRITTEN", "written"))],
             "subject": {"reference": self.pt}, "sent": dt(date, "21:04:00"),
             "sender": {"reference": sender or self.pt}, "payload": [{"contentString": text}]}
        if recipient:
            r["recipient"] = [{"reference": recipient}]
        if about:
            r["about"] = [{"reference": about}]
        if in_resp:
            r["inResponseTo"] = [{"reference": in_resp}]
        if topic:
            r["topic"] = tx(topic)
        return self.add("Communication", r, "comm")

    def flag(self, date, text, author=None, status="active", cat=("admin", "Administrative")):
        r = {"status": status, "category": [cc(("http://terminology.hl7.org/CodeSystem/flag-category",) + cat)],
             "code": tx(text), "subject": {"reference": self.pt}, "period": {"start": date}}
        if author:
            r["author"] = {"reference": author}
        return self.add("Flag", r, "flag")

    def ci(self, date, summary, assessor=None, problems=None, findings=None, desc=None, enc=None):
        r = {"status": "completed", "subject": {"reference": self.pt}, "date": dt(date, "14:00:00"), "effectiveDateTime": date, "summary": summary}
        if desc:
            r["description"] = desc
        if assessor:
            r["assessor"] = {"reference": assessor}
        if problems:
            r["problem"] = [{"reference": p} for p in problems]
        if findings:
            r["finding"] = [{"itemCodeableConcept": f} for f in findings]
        if enc:
            r["encounter"] = {"reference": enc}
        return self.add("ClinicalImpression", r, "ci")

    def write(self):
        os.makedirs(OUT, exist_ok=True)
        b = {"resourceType": "Bundle", "type": "transaction", "entry": self.entries}
        with open(os.path.join(OUT, f"{self.cid}.json"), "w") as f:
            json.dump(b, f, indent=1)
        return len(self.entries)
