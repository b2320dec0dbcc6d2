"""Small FHIR R4 resource builder used by the case scripts (one Bundle per case)."""
import base64
import collections
import zlib


def h(s):
    return zlib.crc32(s.encode("utf-8"))

SCT = "http://snomed.info/sct"
LNC = "http://loinc.org"
ICD = "http://hl7.org/fhir/sid/icd-10-cm"
RXN = "http://www.nlm.nih.gov/research/umls/rxnorm"
CPT = "http://www.ama-assn.org/go/cpt"
UCUM = "http://unitsofmeasure.org"
V3I = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation"
ACT = "http://terminology.hl7.org/CodeSystem/v3-ActCode"
OBSCAT = "http://terminology.hl7.org/CodeSystem/observation-category"
LA = "http://loinc.org"

ORGS = {
    "C": dict(name="Northgate Comprehensive Cancer Centre", base="https://fhir.northgate-cancer.example.org/r4",
              local="https://fhir.northgate-cancer.example.org/CodeSystem/ngcc-local", tz="-05:00",
              mrn="https://fhir.northgate-cancer.example.org/sid/mrn", city="Northgate", state="OH"),
    "B": dict(name="Riverside Behavioral Health Hospital and Outpatient Psychiatry", base="https://ehr.riverside-bh.example.org/fhir",
              local="https://ehr.riverside-bh.example.org/codes/rbh", tz="-06:00",
              mrn="https://ehr.riverside-bh.example.org/identifiers/patient", city="Riverside", state="MN"),
    "O": dict(name="Harbour Women's Health and Maternal-Fetal Medicine", base="https://fhir.harbour-womens.example.org/R4",
              local="https://fhir.harbour-womens.example.org/CodeSystem/hwh", tz="-08:00",
              mrn="https://fhir.harbour-womens.example.org/NamingSystem/mrn", city="Harbour City", state="OR"),
    "S": dict(name="Maplecrest Skilled Nursing and Rehabilitation", base="https://api.maplecrest-care.example.org/fhir/r4",
              local="https://api.maplecrest-care.example.org/fhir/CodeSystem/mc-local", tz="-05:00",
              mrn="https://api.maplecrest-care.example.org/sid/resident", city="Maplecrest", state="PA"),
}


def cod(system, code, display=None):
    c = {"system": system, "code": code}
    if display:
        c["display"] = display
    return c


def cc(*codings, text=None):
    """cc((sys, code, display), ..., text=...) -> CodeableConcept; cc(text='x') -> text only."""
    out = {}
    if codings:
        out["coding"] = [cod(*c) for c in codings]
    if text:
        out["text"] = text
    elif codings and len(codings[0]) > 2:
        out["text"] = codings[0][2]
    return out


def qty(value, unit, code=None):
    return {"value": value, "unit": unit, "system": UCUM, "code": code or unit}


PFX = {"MedicationRequest": "medrx", "MedicationStatement": "medst", "MedicationAdministration": "medadm", "DocumentReference": "note",
       "DiagnosticReport": "dxr", "Observation": "obs", "Condition": "cond", "Encounter": "enc", "Procedure": "proc", "ServiceRequest": "sr",
       "QuestionnaireResponse": "qr", "Communication": "comm", "ClinicalImpression": "ci", "EpisodeOfCare": "eoc", "CarePlan": "cp"}

INTERP = {"N": "Normal", "H": "High", "L": "Low", "A": "Abnormal", "HH": "Critical high", "LL": "Critical low", "POS": "Positive", "NEG": "Negative"}


class Case:
    def __init__(self, cid, org):
        self.cid, self.okey, self.o = cid, org, ORGS[org]
        self.entries = []
        self.n = collections.Counter()
        self.org = self.pt = self.doc = None

    # ---- core -----------------------------------------------------------
    def add(self, res, slug=None):
        rt = res["resourceType"]
        if rt == "Patient":
            rid = self.cid
        else:
            if slug is None:
                self.n[rt] += 1
                slug = f"{PFX.get(rt, rt.lower())}{self.n[rt]}"
            rid = f"{self.cid}-{slug}"
        res = {"resourceType": rt, "id": rid, **{k: v for k, v in res.items() if k != "resourceType"}}
        self.entries.append({"fullUrl": f"{self.o['base']}/{rt}/{rid}", "resource": res,
                             "request": {"method": "PUT", "url": f"{rt}/{rid}"}})
        return f"{rt}/{rid}"

    def ref(self, r, display=None):
        d = {"reference": r}
        if display:
            d["display"] = display
        return d

    def ts(self, d, t="09:30:00"):
        return d if "T" in d else f"{d}T{t}{self.o['tz']}"

    def bundle(self):
        return {"resourceType": "Bundle", "type": "transaction", "entry": self.entries}

    def loc(self, code, display):
        return cc((self.o["local"], code, display))

    # ---- administrative -------------------------------------------------
    def setup(self, given, family, gender, birth, pract=(("Okafor", "Adaeze", "MD"),), payer="Keystone Health Plan",
              plan="commercial", marital=None, lang=None):
        o = self.o
        self.org = self.add({"resourceType": "Organization", "active": True, "name": o["name"],
                             "identifier": [{"system": "http://hl7.org/fhir/sid/us-npi", "value": f"19{(h(o['name'])) % 10**8:08d}"}],
                             "type": [cc(("http://terminology.hl7.org/CodeSystem/organization-type", "prov", "Healthcare Provider"))],
                             "address": [{"city": o["city"], "state": o["state"], "country": "US"}]}, "org")
        self.payer = self.add({"resourceType": "Organization", "active": True, "name": payer,
                               "type": [cc(("http://terminology.hl7.org/CodeSystem/organization-type", "pay", "Payer"))]}, "payer")
        self.pracs = []
        for i, (fam, giv, suf) in enumerate(pract):
            self.pracs.append(self.add({"resourceType": "Practitioner", "active": True,
                                        "identifier": [{"system": "http://hl7.org/fhir/sid/us-npi", "value": f"1{(len(self.cid) * 7919 + i * 104729 + sum(map(ord, fam))) % 10**9:09d}"}],
                                        "name": [{"family": fam, "given": [giv], "suffix": [suf]}]}, f"pr{i + 1}"))
        self.doc = self.pracs[0]
        p = {"resourceType": "Patient", "active": True,
             "identifier": [{"use": "usual", "type": cc(("http://terminology.hl7.org/CodeSystem/v2-0203", "MR", "Medical record number")),
                             "system": o["mrn"], "value": f"{self.okey}{(h(self.cid)) % 10**7:07d}"}],
             "name": [{"use": "official", "family": family, "given": given.split()}],
             "gender": gender, "birthDate": birth,
             "address": [{"use": "home", "line": [f"{(len(family) * 37) % 900 + 10} {['Elm', 'Oak', 'Cedar', 'Birch', 'Willow'][len(given) % 5]} Street"],
                          "city": o["city"], "state": o["state"], "postalCode": f"{(len(family) * 1371) % 90000 + 10000}", "country": "US"}],
             "telecom": [{"system": "phone", "value": f"555-01{len(given) % 10}{len(family) % 10}", "use": "home"}],
             "managingOrganization": self.ref(self.org), "generalPractitioner": [self.ref(self.doc)]}
        if marital:
            p["maritalStatus"] = cc(("http://terminology.hl7.org/CodeSystem/v3-MaritalStatus", marital[0], marital[1]))
        if lang:
            p["communication"] = [{"language": cc(("urn:ietf:bcp:47", lang[0], lang[1])), "preferred": True}]
        self.pt = self.add(p)
        self.add({"resourceType": "Coverage", "status": "active",
                  "type": cc((ACT, {"commercial": "HIP", "medicare": "SUBSIDIZ", "medicaid": "SUBSIDIZ"}.get(plan, "HIP"),
                              {"commercial": "health insurance plan policy"}.get(plan, "subsidized health program"))),
                  "subscriberId": f"{(h(self.cid + 'c')) % 10**9:09d}", "beneficiary": self.ref(self.pt),
                  "relationship": cc(("http://terminology.hl7.org/CodeSystem/subscriber-relationship", "self", "Self")),
                  "payor": [self.ref(self.payer, payer)],
                  "class": [{"type": cc(("http://terminology.hl7.org/CodeSystem/coverage-class", "plan", "Plan")),
                             "value": plan.upper()[:4] + "-01", "name": {"commercial": "PPO Gold", "medicare": "Medicare Part A/B",
                                                                       "medicaid": "Medicaid managed care"}.get(plan, plan)}]}, "cov")
        return self.pt

    # ---- clinical -------------------------------------------------------
    def enc(self, start, typ, cls="AMB", end=None, status="finished", reason=None, slug=None, pract=None, admit=None,
            discharge=None, service=None):
        clsd = {"AMB": "ambulatory", "IMP": "inpatient encounter", "EMER": "emergency", "VR": "virtual", "HH": "home health",
                "ACUTE": "inpatient acute", "NONAC": "inpatient non-acute"}[cls]
        r = {"resourceType": "Encounter", "status": status,
             "class": cod("http://terminology.hl7.org/CodeSystem/v3-ActCode", cls, clsd),
             "type": [typ if isinstance(typ, dict) else cc(text=typ)], "subject": self.ref(self.pt),
             "participant": [{"individual": self.ref(pract or self.doc)}],
             "period": {"start": self.ts(start, "08:45:00")}, "serviceProvider": self.ref(self.org)}
        if end or status == "finished":
            r["period"]["end"] = self.ts(end or start, "10:15:00" if not end else "11:00:00")
        if service:
            r["serviceType"] = service if isinstance(service, dict) else cc(text=service)
        if reason:
            r["reasonCode"] = [x if isinstance(x, dict) and ("coding" in x or "text" in x) else cc(text=x) for x in (reason if isinstance(reason, list) else [reason])]
        if admit or discharge:
            h = {}
            if admit:
                h["admitSource"] = cc(("http://terminology.hl7.org/CodeSystem/admit-source", admit[0], admit[1]))
            if discharge:
                h["dischargeDisposition"] = cc(("http://terminology.hl7.org/CodeSystem/discharge-disposition", discharge[0], discharge[1]))
            r["hospitalization"] = h
        return self.add(r, slug)

    def cond(self, code, onset, status="active", abated=None, cat="problem-list-item", recorded=None, enc=None, note=None,
             severity=None, stage=None, ver="confirmed", slug=None, evidence=None, body=None):
        r = {"resourceType": "Condition",
             "clinicalStatus": cc(("http://terminology.hl7.org/CodeSystem/condition-clinical", status)),
             "verificationStatus": cc(("http://terminology.hl7.org/CodeSystem/condition-ver-status", ver)),
             "category": [cc(("http://terminology.hl7.org/CodeSystem/condition-category", cat,
                              "Problem List Item" if cat == "problem-list-item" else "Encounter Diagnosis"))],
             "code": code, "subject": self.ref(self.pt), "onsetDateTime": onset,
             "recordedDate": recorded or onset, "recorder": self.ref(self.doc)}
        for k in ("clinicalStatus", "verificationStatus"):
            r[k].pop("text", None)
        if abated:
            r["abatementDateTime"] = abated
        if enc:
            r["encounter"] = self.ref(enc)
        if note:
            r["note"] = [{"text": note}]
        if severity:
            r["severity"] = cc((SCT, *severity))
        if stage:
            r["stage"] = [{"summary": stage if isinstance(stage, dict) else cc(text=stage)}]
        if evidence:
            r["evidence"] = [{"detail": [self.ref(e) for e in evidence]}]
        if body:
            r["bodySite"] = [body]
        return self.add(r, slug)

    def obs(self, code, date, v=None, unit=None, ucum=None, lo=None, hi=None, interp=None, cat="laboratory", vint=None,
            vstr=None, vcc=None, enc=None, comps=None, note=None, slug=None, method=None, rtext=None, members=None, status="final"):
        r = {"resourceType": "Observation", "status": status,
             "category": [cc((OBSCAT, cat, {"laboratory": "Laboratory", "vital-signs": "Vital Signs", "survey": "Survey", "exam": "Exam",
                                            "imaging": "Imaging", "social-history": "Social History", "procedure": "Procedure",
                                            "activity": "Activity"}[cat]))],
             "code": code, "subject": self.ref(self.pt), "effectiveDateTime": self.ts(date, "08:10:00")}
        if cat == "laboratory":
            r["issued"] = self.ts(date, "14:05:00")
        r["performer"] = [self.ref(self.doc if cat != "laboratory" else self.org)]
        if v is not None:
            r["valueQuantity"] = qty(v, unit, ucum)
        if vint is not None:
            r["valueInteger"] = vint
        if vstr is not None:
            r["valueString"] = vstr
        if vcc is not None:
            r["valueCodeableConcept"] = vcc
        if interp is None and v is not None and (lo is not None or hi is not None):
            interp = "L" if lo is not None and v < lo else "H" if hi is not None and v > hi else "N"
        if interp:
            r["interpretation"] = [cc((V3I, interp, INTERP[interp]))]
        if lo is not None or hi is not None or rtext:
            rr = {}
            if lo is not None:
                rr["low"] = qty(lo, unit, ucum)
            if hi is not None:
                rr["high"] = qty(hi, unit, ucum)
            if rtext:
                rr["text"] = rtext
            r["referenceRange"] = [rr]
        if enc:
            r["encounter"] = self.ref(enc)
        if comps:
            r["component"] = comps
        if note:
            r["note"] = [{"text": note}]
        if method:
            r["method"] = cc(text=method)
        if members:
            r["hasMember"] = [self.ref(m) for m in members]
        return self.add(r, slug)

    def vitals(self, date, sbp, dbp, hr=None, wt=None, temp=None, spo2=None, enc=None):
        out = [self.obs(cc((LNC, "85354-9", "Blood pressure panel with all children optional")), date, cat="vital-signs", enc=enc,
                        comps=[{"code": cc((LNC, "8480-6", "Systolic blood pressure")), "valueQuantity": qty(sbp, "mm[Hg]")},
                               {"code": cc((LNC, "8462-4", "Diastolic blood pressure")), "valueQuantity": qty(dbp, "mm[Hg]")}])]
        if hr:
            out.append(self.obs(cc((LNC, "8867-4", "Heart rate")), date, hr, "/min", cat="vital-signs", enc=enc))
        if wt:
            out.append(self.obs(cc((LNC, "29463-7", "Body weight")), date, wt, "kg", cat="vital-signs", enc=enc))
        if temp:
            out.append(self.obs(cc((LNC, "8310-5", "Body temperature")), date, temp, "Cel", cat="vital-signs", enc=enc))
        if spo2:
            out.append(self.obs(cc((LNC, "59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry")), date, spo2, "%", cat="vital-signs", enc=enc))
        return out

    def lab(self, key, date, v, interp=None, enc=None, note=None, slug=None):
        code, unit, ucum, lo, hi = LABS[key]
        return self.obs(code, date, v, unit, ucum, lo, hi, interp, enc=enc, note=note, slug=slug)

    def panel(self, name, date, vals, enc=None, conclusion=None, code=None):
        res = [self.lab(k, date, v, enc=enc) for k, v in vals.items()]
        pc = code or PANELS.get(name) or cc(text=name)
        r = {"resourceType": "DiagnosticReport", "status": "final",
             "category": [cc(("http://terminology.hl7.org/CodeSystem/v2-0074", "LAB", "Laboratory"))],
             "code": pc, "subject": self.ref(self.pt), "effectiveDateTime": self.ts(date, "08:10:00"),
             "issued": self.ts(date, "15:20:00"), "performer": [self.ref(self.org)], "result": [self.ref(x) for x in res]}
        if enc:
            r["encounter"] = self.ref(enc)
        if conclusion:
            r["conclusion"] = conclusion
        self.add(r)
        return res

    def report(self, code, date, conclusion, cat=("RAD", "Radiology"), results=(), enc=None, ccode=None, status="final", slug=None):
        r = {"resourceType": "DiagnosticReport", "status": status,
             "category": [cc(("http://terminology.hl7.org/CodeSystem/v2-0074", *cat))], "code": code,
             "subject": self.ref(self.pt), "effectiveDateTime": self.ts(date, "11:00:00"), "issued": self.ts(date, "16:45:00"),
             "performer": [self.ref(self.pracs[-1])], "conclusion": conclusion}
        if results:
            r["result"] = [self.ref(x) for x in results]
        if enc:
            r["encounter"] = self.ref(enc)
        if ccode:
            r["conclusionCode"] = [ccode]
        return self.add(r, slug)

    def _med(self, med):
        return med if isinstance(med, dict) else cc(text=med)

    def medreq(self, med, date, dose, status="active", intent="order", reason=None, reasonref=None, end=None, note=None,
               slug=None, cat="outpatient", course=None, based=None, repeats=None):
        r = {"resourceType": "MedicationRequest", "status": status, "intent": intent,
             "category": [cc(("http://terminology.hl7.org/CodeSystem/medicationrequest-category", cat,
                              {"outpatient": "Outpatient", "inpatient": "Inpatient", "community": "Community"}[cat]))],
             "medicationCodeableConcept": self._med(med), "subject": self.ref(self.pt), "authoredOn": date,
             "requester": self.ref(self.doc), "dosageInstruction": [{"text": dose}]}
        if reason:
            r["reasonCode"] = [reason if isinstance(reason, dict) else cc(text=reason)]
        if reasonref:
            r["reasonReference"] = [self.ref(reasonref)]
        if end or repeats is not None:
            r["dispenseRequest"] = {}
            if end:
                r["dispenseRequest"]["validityPeriod"] = {"start": date, "end": end}
            if repeats is not None:
                r["dispenseRequest"]["numberOfRepeatsAllowed"] = repeats
        if note:
            r["note"] = [{"text": note}]
        if course:
            r["courseOfTherapyType"] = cc(("http://terminology.hl7.org/CodeSystem/medicationrequest-course-of-therapy", course,
                                           {"continuous": "Continuous long term therapy", "acute": "Short course (acute) therapy"}.get(course, course)))
        if based:
            r["basedOn"] = [self.ref(based)]
        return self.add(r, slug)

    def medstmt(self, med, start, end=None, status="active", reasonref=None, dose=None, note=None, slug=None, reason=None):
        r = {"resourceType": "MedicationStatement", "status": status, "medicationCodeableConcept": self._med(med),
             "subject": self.ref(self.pt), "effectivePeriod": {"start": start}, "dateAsserted": end or start,
             "informationSource": self.ref(self.doc)}
        if end:
            r["effectivePeriod"]["end"] = end
        if reasonref:
            r["reasonReference"] = [self.ref(reasonref)]
        if reason:
            r["reasonCode"] = [reason if isinstance(reason, dict) else cc(text=reason)]
        if dose:
            r["dosage"] = [{"text": dose}]
        if note:
            r["note"] = [{"text": note}]
        return self.add(r, slug)

    def medadmin(self, med, date, dose_text, dose=None, status="completed", req=None, enc=None, note=None, slug=None, route=None):
        r = {"resourceType": "MedicationAdministration", "status": status, "medicationCodeableConcept": self._med(med),
             "subject": self.ref(self.pt), "effectiveDateTime": self.ts(date, "10:40:00"),
             "performer": [{"actor": self.ref(self.pracs[-1])}], "dosage": {"text": dose_text}}
        if dose:
            r["dosage"]["dose"] = qty(*dose)
        if route:
            r["dosage"]["route"] = route
        if req:
            r["request"] = self.ref(req)
        if enc:
            r["context"] = self.ref(enc)
        if note:
            r["note"] = [{"text": note}]
        return self.add(r, slug)

    def proc(self, code, date, status="completed", reason=None, reasonref=None, enc=None, note=None, outcome=None, end=None,
             slug=None, cat=None, body=None, based=None):
        r = {"resourceType": "Procedure", "status": status, "code": code, "subject": self.ref(self.pt)}
        if status not in ("preparation", "not-done"):
            r["performedPeriod" if end else "performedDateTime"] = {"start": date, "end": end} if end else date
        if status != "not-done":
            r["performer"] = [{"actor": self.ref(self.pracs[-1] if len(self.pracs) > 1 else self.doc)}]
        if cat:
            r["category"] = cat
        if reason:
            r["reasonCode"] = [reason if isinstance(reason, dict) else cc(text=reason)]
        if reasonref:
            r["reasonReference"] = [self.ref(reasonref)]
        if enc:
            r["encounter"] = self.ref(enc)
        if note:
            r["note"] = [{"text": note}]
        if outcome:
            r["outcome"] = cc(text=outcome)
        if body:
            r["bodySite"] = [body]
        if based:
            r["basedOn"] = [self.ref(based)]
        return self.add(r, slug)

    def sr(self, code, date, status="active", intent="order", when=None, reason=None, reasonref=None, note=None, prio="routine",
           cat=None, slug=None, performer=None, enc=None):
        r = {"resourceType": "ServiceRequest", "status": status, "intent": intent, "priority": prio, "code": code,
             "subject": self.ref(self.pt), "authoredOn": date, "requester": self.ref(self.doc)}
        if cat:
            r["category"] = [cat]
        if when:
            r["occurrenceDateTime"] = when
        if reason:
            r["reasonCode"] = [reason if isinstance(reason, dict) else cc(text=reason)]
        if reasonref:
            r["reasonReference"] = [self.ref(reasonref)]
        if note:
            r["note"] = [{"text": note}]
        if performer:
            r["performer"] = [performer if isinstance(performer, dict) else {"display": performer}]
        if enc:
            r["encounter"] = self.ref(enc)
        return self.add(r, slug)

    def careplan(self, title, start, cat, status="active", intent="plan", desc=None, acts=(), addresses=None, end=None, slug=None):
        r = {"resourceType": "CarePlan", "status": status, "intent": intent, "category": [cat], "title": title,
             "subject": self.ref(self.pt), "period": {"start": start}, "created": start, "author": self.ref(self.doc)}
        if end:
            r["period"]["end"] = end
        if desc:
            r["description"] = desc
        if addresses:
            r["addresses"] = [self.ref(a) for a in addresses]
        if acts:
            r["activity"] = [{"detail": {"status": st, "description": d}} for d, st in acts]
        return self.add(r, slug)

    def comm(self, date, text, sender=None, recipient=None, status="completed", cat=None, medium=None, slug=None, about=None):
        r = {"resourceType": "Communication", "status": status, "subject": self.ref(self.pt), "sent": self.ts(date, "19:12:00"),
             "sender": self.ref(sender or self.pt), "recipient": [self.ref(recipient or self.doc)], "payload": [{"contentString": text}]}
        if cat:
            r["category"] = [cat]
        if medium:
            r["medium"] = [cc(("http://terminology.hl7.org/CodeSystem/v3-ParticipationMode", *medium))]
        if about:
            r["about"] = [self.ref(a) for a in about]
        return self.add(r, slug)

    def qr(self, questionnaire, date, items, author=None, slug=None, enc=None):
        r = {"resourceType": "QuestionnaireResponse", "questionnaire": questionnaire, "status": "completed",
             "subject": self.ref(self.pt), "authored": self.ts(date, "09:05:00"), "author": self.ref(author or self.pt),
             "source": self.ref(self.pt), "item": []}
        if enc:
            r["encounter"] = self.ref(enc)
        for link, text, ans in items:
            it = {"linkId": link, "text": text}
            if ans is not None:
                it["answer"] = [ans]
            r["item"].append(it)
        return self.add(r, slug)

    def flag(self, code, date, author=None, cat=None, status="active", slug=None):
        r = {"resourceType": "Flag", "status": status, "code": code, "subject": self.ref(self.pt),
             "period": {"start": self.ts(date, "14:00:00")}, "author": self.ref(author or self.doc)}
        if cat:
            r["category"] = [cat]
        return self.add(r, slug)

    def note(self, date, title, text, typ=("11506-3", "Progress note"), enc=None, author=None, slug=None):
        data = base64.b64encode(text.strip().encode("utf-8")).decode("ascii")
        r = {"resourceType": "DocumentReference", "status": "current", "docStatus": "final",
             "type": cc((LNC, *typ)),
             "category": [cc(("http://hl7.org/fhir/us/core/CodeSystem/us-core-documentreference-category", "clinical-note", "Clinical Note"))],
             "subject": self.ref(self.pt), "date": self.ts(date, "17:30:00"), "author": [self.ref(author or self.doc)],
             "custodian": self.ref(self.org), "description": title,
             "content": [{"attachment": {"contentType": "text/plain", "language": "en-US", "data": data, "title": title,
                                         "creation": self.ts(date, "17:25:00")}}]}
        if enc:
            r["context"] = {"encounter": [self.ref(enc)], "period": {"start": self.ts(date, "08:45:00")}}
        return self.add(r, slug)

    def impression(self, date, summary, problems=(), findings=(), status="completed", slug=None, enc=None, desc=None):
        r = {"resourceType": "ClinicalImpression", "status": status, "subject": self.ref(self.pt), "date": self.ts(date, "16:00:00"),
             "effectiveDateTime": self.ts(date, "16:00:00"), "assessor": self.ref(self.doc), "summary": summary}
        if desc:
            r["description"] = desc
        if problems:
            r["problem"] = [self.ref(p) for p in problems]
        if findings:
            r["finding"] = [{"itemCodeableConcept": f if isinstance(f, dict) else cc(text=f)} for f in findings]
        if enc:
            r["encounter"] = self.ref(enc)
        return self.add(r, slug)

    def episode(self, typ, start, end=None, status="active", diag=None, slug=None):
        r = {"resourceType": "EpisodeOfCare", "status": status, "type": [typ], "patient": self.ref(self.pt),
             "managingOrganization": self.ref(self.org), "period": {"start": start}, "careManager": self.ref(self.doc)}
        if end:
            r["period"]["end"] = end
        if diag:
            r["diagnosis"] = [{"condition": self.ref(d), "rank": i + 1} for i, d in enumerate(diag)]
        return self.add(r, slug)

    def goal(self, text, start, status="active", addresses=None, due=None, slug=None):
        r = {"resourceType": "Goal", "lifecycleStatus": status, "description": cc(text=text), "subject": self.ref(self.pt),
             "startDate": start, "expressedBy": self.ref(self.doc)}
        if addresses:
            r["addresses"] = [self.ref(a) for a in addresses]
        if due:
            r["target"] = [{"dueDate": due}]
        return self.add(r, slug)

    def allergy(self, text, date, code=None, slug=None):
        r = {"resourceType": "AllergyIntolerance",
             "clinicalStatus": {"coding": [cod("http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical", "active")]},
             "verificationStatus": {"coding": [cod("http://terminology.hl7.org/CodeSystem/allergyintolerance-verification", "confirmed")]},
             "code": code or cc(text=text), "patient": self.ref(self.pt), "recordedDate": date}
        return self.add(r, slug)


def score(b, code, date, val, enc=None, note=None, interp=None, slug=None):
    return b.obs(code, date, vint=val, cat="survey", enc=enc, note=note, interp=interp, slug=slug)


LABS = {
    "hgb": (cc((LNC, "718-7", "Hemoglobin [Mass/volume] in Blood")), "g/dL", None, 12.0, 16.0),
    "hgbm": (cc((LNC, "718-7", "Hemoglobin [Mass/volume] in Blood")), "g/dL", None, 13.5, 17.5),
    "wbc": (cc((LNC, "6690-2", "Leukocytes [#/volume] in Blood by Automated count")), "10*3/uL", None, 4.0, 11.0),
    "plt": (cc((LNC, "777-3", "Platelets [#/volume] in Blood by Automated count")), "10*3/uL", None, 150, 400),
    "mcv": (cc((LNC, "787-2", "MCV [Entitic volume] by Automated count")), "fL", None, 80, 100),
    "na": (cc((LNC, "2951-2", "Sodium [Moles/volume] in Serum or Plasma")), "mmol/L", None, 135, 145),
    "k": (cc((LNC, "2823-3", "Potassium [Moles/volume] in Serum or Plasma")), "mmol/L", None, 3.5, 5.1),
    "cr": (cc((LNC, "2160-0", "Creatinine [Mass/volume] in Serum or Plasma")), "mg/dL", None, 0.5, 1.1),
    "crm": (cc((LNC, "2160-0", "Creatinine [Mass/volume] in Serum or Plasma")), "mg/dL", None, 0.7, 1.3),
    "egfr": (cc((LNC, "98979-8", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI 2021)")),
             "mL/min/{1.73_m2}", None, 60, None),
    "glu": (cc((LNC, "2345-7", "Glucose [Mass/volume] in Serum or Plasma")), "mg/dL", None, 70, 99),
    "a1c": (cc((LNC, "4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood")), "%", None, 4.0, 5.6),
    "tsh": (cc((LNC, "3016-3", "Thyrotropin [Units/volume] in Serum or Plasma")), "m[IU]/L", None, 0.4, 4.5),
    "ft4": (cc((LNC, "3024-7", "Thyroxine (T4) free [Mass/volume] in Serum or Plasma")), "ng/dL", None, 0.8, 1.8),
    "crp": (cc((LNC, "1988-5", "C reactive protein [Mass/volume] in Serum or Plasma")), "mg/L", None, 0, 5),
    "esr": (cc((LNC, "30341-2", "Erythrocyte sedimentation rate")), "mm/h", None, 0, 30),
    "ferr": (cc((LNC, "2276-4", "Ferritin [Mass/volume] in Serum or Plasma")), "ng/mL", None, 15, 150),
    "b12": (cc((LNC, "2132-9", "Cobalamin (Vitamin B12) [Mass/volume] in Serum or Plasma")), "pg/mL", None, 232, 1245),
    "psa": (cc((LNC, "2857-1", "Prostate specific Ag [Mass/volume] in Serum or Plasma")), "ng/mL", None, 0, 4.0),
    "ca125": (cc((LNC, "10334-1", "Cancer Ag 125 [Units/volume] in Serum or Plasma")), "U/mL", None, 0, 35),
    "alp": (cc((LNC, "6768-6", "Alkaline phosphatase [Enzymatic activity/volume] in Serum or Plasma")), "U/L", None, 44, 147),
    "ca": (cc((LNC, "17861-6", "Calcium [Mass/volume] in Serum or Plasma")), "mg/dL", None, 8.6, 10.3),
    "alb": (cc((LNC, "1751-7", "Albumin [Mass/volume] in Serum or Plasma")), "g/dL", None, 3.5, 5.0),
    "alt": (cc((LNC, "1742-6", "Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma")), "U/L", None, 7, 56),
    "anc": (cc((LNC, "751-8", "Neutrophils [#/volume] in Blood by Automated count")), "10*3/uL", None, 1.5, 8.0),
    "li": (cc((LNC, "14334-7", "Lithium [Moles/volume] in Serum or Plasma")), "mmol/L", None, 0.6, 1.2),
    "hcg": (cc((LNC, "21198-7", "Choriogonadotropin.beta subunit [Units/volume] in Serum or Plasma")), "m[IU]/mL", None, 0, 5),
    "ldl": (cc((LNC, "13457-7", "Cholesterol in LDL [Mass/volume] in Serum or Plasma by calculation")), "mg/dL", None, 0, 100),
    "trop": (cc((LNC, "10839-9", "Troponin I.cardiac [Mass/volume] in Serum or Plasma")), "ng/mL", None, 0, 0.04),
    "cea": (cc((LNC, "2039-6", "Carcinoembryonic Ag [Mass/volume] in Serum or Plasma")), "ng/mL", None, 0, 3.0),
    "bnp": (cc((LNC, "33762-6", "Natriuretic peptide.B prohormone N-Terminal [Mass/volume] in Serum or Plasma")), "pg/mL", None, 0, 450),
}
PANELS = {
    "cbc": cc((LNC, "58410-2", "CBC panel - Blood by Automated count")),
    "bmp": cc((LNC, "51990-0", "Basic metabolic panel - Blood")),
    "cmp": cc((LNC, "24323-8", "Comprehensive metabolic 2000 panel - Serum or Plasma")),
    "thyroid": cc((LNC, "24348-5", "Free T4 and TSH panel - Serum or Plasma")),
    "iron": cc(text="Iron studies"),
}

# scales
PHQ9 = cc((LNC, "44261-6", "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]"))
GAD7 = cc((LNC, "70274-6", "Generalized anxiety disorder 7 item (GAD-7) total score [Reported.PHQ]"))
PAIN = cc((LNC, "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"))
ECOG = cc((LNC, "89247-1", "ECOG Performance Status score"))
AUDITC = cc((LNC, "75626-2", "Total score [AUDIT-C]"))


REG = []


def case(org, target, kind, expected, why, summary):
    def deco(f):
        REG.append(dict(fn=f, org=org, target=target, kind=kind, expected=list(expected), why=why, summary=summary))
        return f
    return deco


def S(code, disp, text=None):
    return cc((SCT, code, disp), text=text)


def I(code, disp, text=None):
    return cc((ICD, code, disp), text=text)


def L(code, disp, text=None):
    return cc((LNC, code, disp), text=text)


def R(code, disp, text=None):
    return cc((RXN, code, disp), text=text)


def P(code, disp, text=None):
    return cc((CPT, code, disp), text=text)


YES = {"valueCoding": cod(LNC, "LA33-6", "Yes")}
NO = {"valueCoding": cod(LNC, "LA32-8", "No")}
