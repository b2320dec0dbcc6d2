import base64, json

SCT = "http://snomed.info/sct"
ICD = "http://hl7.org/fhir/sid/icd-10-cm"
LNC = "http://loinc.org"
CPT = "http://www.ama-assn.org/go/cpt"
HCPCS = "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets"
RXN = "http://www.nlm.nih.gov/research/umls/rxnorm"
NDC = "http://hl7.org/fhir/sid/ndc"
UCUM = "http://unitsofmeasure.org"
NPI = "http://hl7.org/fhir/sid/us-npi"
OBSCAT = "http://terminology.hl7.org/CodeSystem/observation-category"
INTERP = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation"
CONDCLIN = "http://terminology.hl7.org/CodeSystem/condition-clinical"
CONDVER = "http://terminology.hl7.org/CodeSystem/condition-ver-status"
CONDCAT = "http://terminology.hl7.org/CodeSystem/condition-category"
ACT = "http://terminology.hl7.org/CodeSystem/v3-ActCode"

INTERP_DISPLAY = {"N": "Normal", "H": "High", "L": "Low", "A": "Abnormal", "HH": "Critical high",
                  "LL": "Critical low", "POS": "Positive", "NEG": "Negative"}


def cc(*codings, text=None):
    out = {}
    cods = []
    for c in codings:
        if c is None:
            continue
        sys_, code, disp = c
        d = {"system": sys_, "code": code}
        if disp:
            d["display"] = disp
        cods.append(d)
    if cods:
        out["coding"] = cods
    if text:
        out["text"] = text
    elif cods:
        out["text"] = cods[0].get("display", cods[0]["code"])
    return out


def ref(r):
    return {"reference": f"{r['resourceType']}/{r['id']}"}


class Case:
    def __init__(self, cid, base):
        self.cid = cid
        self.base = base.rstrip("/")
        self.entries = []
        self.n = {}
        self.patient = None

    def nid(self, abbr):
        self.n[abbr] = self.n.get(abbr, 0) + 1
        return f"{self.cid}-{abbr}-{self.n[abbr]}"

    def add(self, res, abbr=None, rid=None):
        if rid is None:
            rid = self.nid(abbr)
        res = dict(res)
        res["id"] = rid
        rt = res["resourceType"]
        # put resourceType, id first
        ordered = {"resourceType": rt, "id": rid}
        ordered.update({k: v for k, v in res.items() if k not in ("resourceType", "id")})
        self.entries.append({"fullUrl": f"{self.base}/{rt}/{rid}", "resource": ordered,
                             "request": {"method": "PUT", "url": f"{rt}/{rid}"}})
        return ordered

    @property
    def P(self):
        return ref(self.patient)

    # ---------- resources -------------
    def org(self, name, npi=None, typ="prov", phone=None, city=None, state=None, alias=None):
        r = {"resourceType": "Organization", "active": True, "name": name,
             "type": [cc(("http://terminology.hl7.org/CodeSystem/organization-type", typ,
                          {"prov": "Healthcare Provider", "pay": "Payer", "dept": "Hospital Department"}[typ]))]}
        if npi:
            r["identifier"] = [{"system": NPI, "value": npi}]
        if alias:
            r["alias"] = [alias]
        if phone:
            r["telecom"] = [{"system": "phone", "value": phone, "use": "work"}]
        if city:
            r["address"] = [{"city": city, "state": state, "country": "US"}]
        return self.add(r, "org")

    def pract(self, family, given, npi, prefix="Dr.", suffix="MD", qual=None):
        r = {"resourceType": "Practitioner", "active": True,
             "identifier": [{"system": NPI, "value": npi}],
             "name": [{"family": family, "given": [given], "prefix": [prefix] if prefix else [], "suffix": [suffix]}]}
        if qual:
            r["qualification"] = [{"code": cc(text=qual)}]
        return self.add(r, "pr")

    def pat(self, family, given, gender, birth, mrn_sys, mrn, city, state, line, postal, phone=None,
            lang=None, race_text=None, marital=None, org=None, deceased=None, contact=None):
        r = {"resourceType": "Patient",
             "identifier": [{"use": "usual", "type": cc(("http://terminology.hl7.org/CodeSystem/v2-0203", "MR", "Medical record number")),
                             "system": mrn_sys, "value": mrn}],
             "active": True,
             "name": [{"use": "official", "family": family, "given": given if isinstance(given, list) else [given]}],
             "gender": gender, "birthDate": birth,
             "address": [{"use": "home", "line": [line], "city": city, "state": state, "postalCode": postal, "country": "US"}]}
        if phone:
            r["telecom"] = [{"system": "phone", "value": phone, "use": "home"}]
        if marital:
            r["maritalStatus"] = cc(("http://terminology.hl7.org/CodeSystem/v3-MaritalStatus", marital,
                                      {"M": "Married", "S": "Never Married", "W": "Widowed", "D": "Divorced"}[marital]))
        if lang:
            r["communication"] = [{"language": cc(("urn:ietf:bcp:47", lang[0], lang[1])), "preferred": True}]
        if race_text:
            r["extension"] = [{"url": "http://hl7.org/fhir/us/core/StructureDefinition/us-core-race",
                               "extension": [{"url": "text", "valueString": race_text}]}]
        if org:
            r["managingOrganization"] = ref(org)
        if contact:
            r["contact"] = contact
        self.patient = self.add(r, rid=self.cid)
        return self.patient

    def coverage(self, payor, kind, member, start, plan=None):
        types = {"medicare": ("http://terminology.hl7.org/CodeSystem/v3-ActCode", "SUBSIDIZ", "subsidized health program"),
                 "medicaid": ("http://terminology.hl7.org/CodeSystem/v3-ActCode", "SUBSIDIZ", "subsidized health program"),
                 "commercial": ("http://terminology.hl7.org/CodeSystem/v3-ActCode", "EHCPOL", "extended healthcare"),
                 "ma": ("http://terminology.hl7.org/CodeSystem/v3-ActCode", "MANDPOL", "mandatory health program")}
        r = {"resourceType": "Coverage", "status": "active", "type": cc(types[kind], text=plan or kind.title()),
             "subscriberId": member, "beneficiary": self.P, "relationship": cc(("http://terminology.hl7.org/CodeSystem/subscriber-relationship", "self", "Self")),
             "period": {"start": start}, "payor": [ref(payor)]}
        return self.add(r, "cov")

    def enc(self, start, cls="AMB", typ=None, reason=None, pract=None, org=None, end=None, status="finished",
            admit=None, discharge=None, text=None):
        clsd = {"AMB": "ambulatory", "IMP": "inpatient encounter", "EMER": "emergency", "VR": "virtual",
                "HH": "home health", "OBSENC": "observation encounter"}[cls]
        r = {"resourceType": "Encounter", "status": status,
             "class": {"system": ACT, "code": cls, "display": clsd}, "subject": self.P,
             "period": {"start": start}}
        if end:
            r["period"]["end"] = end
        elif status == "finished":
            r["period"]["end"] = start
        if typ:
            r["type"] = [typ if isinstance(typ, dict) else cc(text=typ)]
        if reason:
            r["reasonCode"] = [reason if isinstance(reason, dict) else cc(text=reason)]
        if pract:
            r["participant"] = [{"type": [cc(("http://terminology.hl7.org/CodeSystem/v3-ParticipationType", "ATND", "attender"))],
                                 "individual": ref(pract)}]
        if org:
            r["serviceProvider"] = ref(org)
        if admit or discharge:
            r["hospitalization"] = {}
            if admit:
                r["hospitalization"]["admitSource"] = cc(text=admit)
            if discharge:
                r["hospitalization"]["dischargeDisposition"] = cc(text=discharge)
        return self.add(r, "enc")

    def cond(self, code, onset=None, status="active", ver="confirmed", cat="problem-list-item", abate=None,
             recorded=None, enc=None, note=None, severity=None, asserter=None, body=None):
        r = {"resourceType": "Condition",
             "clinicalStatus": cc((CONDCLIN, status, status.title())),
             "verificationStatus": cc((CONDVER, ver, ver.title())),
             "category": [cc((CONDCAT, cat, "Problem List Item" if cat == "problem-list-item" else "Encounter Diagnosis"))],
             "code": code, "subject": self.P}
        if severity:
            r["severity"] = severity
        if body:
            r["bodySite"] = [body]
        if enc:
            r["encounter"] = ref(enc)
        if onset:
            r["onsetDateTime"] = onset
        if abate:
            r["abatementDateTime"] = abate
        r["recordedDate"] = recorded or onset
        if asserter:
            r["asserter"] = ref(asserter)
        if note:
            r["note"] = [{"text": note}]
        return self.add(r, "cond")

    def obs(self, code, date, value=None, unit=None, ucum=None, low=None, high=None, interp=None, cat="laboratory",
            enc=None, vstring=None, vcc=None, components=None, note=None, status="final", rtext=None, perf=None,
            vint=None):
        r = {"resourceType": "Observation", "status": status,
             "category": [cc((OBSCAT, cat, {"laboratory": "Laboratory", "vital-signs": "Vital Signs", "survey": "Survey",
                                          "exam": "Exam", "imaging": "Imaging", "procedure": "Procedure",
                                          "social-history": "Social History"}[cat]))],
             "code": code, "subject": self.P, "effectiveDateTime": date}
        if date and "T" not in date:
            pass
        if enc:
            r["encounter"] = ref(enc)
        if perf:
            r["performer"] = [ref(perf)]
        if value is not None:
            q = {"value": value}
            if unit is not None:
                q["unit"] = unit
                q["system"] = UCUM
                q["code"] = ucum or unit
            r["valueQuantity"] = q
        elif vint is not None:
            r["valueInteger"] = vint
        elif vstring is not None:
            r["valueString"] = vstring
        elif vcc is not None:
            r["valueCodeableConcept"] = vcc
        if components:
            r["component"] = components
        if interp:
            r["interpretation"] = [cc((INTERP, interp, INTERP_DISPLAY[interp]))]
        if low is not None or high is not None or rtext:
            rr = {}
            if low is not None:
                rr["low"] = {"value": low, "unit": unit, "system": UCUM, "code": ucum or unit}
            if high is not None:
                rr["high"] = {"value": high, "unit": unit, "system": UCUM, "code": ucum or unit}
            if rtext:
                rr["text"] = rtext
            r["referenceRange"] = [rr]
        if note:
            r["note"] = [{"text": note}]
        return self.add(r, "obs")

    def lab(self, loinc, disp, date, value, unit, ucum=None, low=None, high=None, enc=None, interp=None, note=None):
        if interp is None:
            interp = "N"
            if low is not None and value < low:
                interp = "L"
            if high is not None and value > high:
                interp = "H"
        return self.obs(cc((LNC, loinc, disp)), date, value, unit, ucum, low, high, interp, "laboratory", enc, note=note)

    def bp(self, date, sys_, dia, enc=None):
        comps = [{"code": cc((LNC, "8480-6", "Systolic blood pressure")), "valueQuantity": {"value": sys_, "unit": "mmHg", "system": UCUM, "code": "mm[Hg]"}},
                 {"code": cc((LNC, "8462-4", "Diastolic blood pressure")), "valueQuantity": {"value": dia, "unit": "mmHg", "system": UCUM, "code": "mm[Hg]"}}]
        return self.obs(cc((LNC, "85354-9", "Blood pressure panel with all children optional")), date, cat="vital-signs",
                        enc=enc, components=comps)

    def vital(self, loinc, disp, date, value, unit, ucum=None, enc=None):
        return self.obs(cc((LNC, loinc, disp)), date, value, unit, ucum, cat="vital-signs", enc=enc)

    def survey(self, code, date, value, enc=None, note=None, interp=None, unit="{score}"):
        return self.obs(code, date, value, unit, "{score}", cat="survey", enc=enc, note=note, interp=interp)

    def medstmt(self, med, start=None, status="active", dosage=None, end=None, reason=None, asserted=None, note=None, info_src=None):
        r = {"resourceType": "MedicationStatement", "status": status, "medicationCodeableConcept": med,
             "subject": self.P}
        if start or end:
            r["effectivePeriod"] = {}
            if start:
                r["effectivePeriod"]["start"] = start
            if end:
                r["effectivePeriod"]["end"] = end
        r["dateAsserted"] = asserted or start
        if info_src:
            r["informationSource"] = ref(info_src)
        if reason:
            r["reasonReference"] = [ref(reason)] if isinstance(reason, dict) and "resourceType" in reason else None
            if r["reasonReference"] is None:
                del r["reasonReference"]
                r["reasonCode"] = [reason]
        if dosage:
            r["dosage"] = [{"text": dosage}]
        if note:
            r["note"] = [{"text": note}]
        return self.add(r, "ms")

    def medreq(self, med, authored, requester, status="active", intent="order", dosage=None, reason=None, enc=None,
               start=None, end=None, note=None, category=None):
        r = {"resourceType": "MedicationRequest", "status": status, "intent": intent, "medicationCodeableConcept": med,
             "subject": self.P, "authoredOn": authored, "requester": ref(requester)}
        if category:
            r["category"] = [cc(("http://terminology.hl7.org/CodeSystem/medicationrequest-category", category,
                                 {"outpatient": "Outpatient", "inpatient": "Inpatient", "community": "Community"}[category]))]
        if enc:
            r["encounter"] = ref(enc)
        if reason is not None:
            if "resourceType" in reason:
                r["reasonReference"] = [ref(reason)]
            else:
                r["reasonCode"] = [reason]
        if dosage:
            r["dosageInstruction"] = [{"text": dosage}]
        if start or end:
            r["dispenseRequest"] = {"validityPeriod": {k: v for k, v in (("start", start), ("end", end)) if v}}
        if note:
            r["note"] = [{"text": note}]
        return self.add(r, "mr")

    def note(self, date, title, text, author, typ=("11506-3", "Progress note"), enc=None, custodian=None, status="current"):
        r = {"resourceType": "DocumentReference", "status": status, "docStatus": "final",
             "type": cc((LNC, typ[0], typ[1])),
             "category": [cc(("http://hl7.org/fhir/us/core/CodeSystem/us-core-documentreference-category", "clinical-note", "Clinical Note"))],
             "subject": self.P, "date": date + ("T10:00:00-06:00" if "T" not in date else ""),
             "author": [ref(author)], "description": title,
             "content": [{"attachment": {"contentType": "text/plain", "title": title, "creation": date[:10],
                                         "data": base64.b64encode(text.encode("utf-8")).decode("ascii")}}]}
        if custodian:
            r["custodian"] = ref(custodian)
        if enc:
            r["context"] = {"encounter": [ref(enc)], "period": {"start": date}}
        return self.add(r, "doc")

    def sr(self, code, status, intent, authored, requester, occurrence=None, reason=None, performer=None,
           priority=None, note=None, category=None, enc=None):
        r = {"resourceType": "ServiceRequest", "status": status, "intent": intent, "code": code,
             "subject": self.P, "authoredOn": authored, "requester": ref(requester)}
        if category:
            r["category"] = [category]
        if priority:
            r["priority"] = priority
        if enc:
            r["encounter"] = ref(enc)
        if occurrence:
            r["occurrenceDateTime"] = occurrence
        if reason is not None:
            if "resourceType" in reason:
                r["reasonReference"] = [ref(reason)]
            else:
                r["reasonCode"] = [reason]
        if performer:
            r["performer"] = [ref(performer)]
        if note:
            r["note"] = [{"text": note}]
        return self.add(r, "sr")

    def proc(self, code, status, date=None, performer=None, reason=None, enc=None, note=None, based_on=None,
             outcome=None, body=None, category=None):
        r = {"resourceType": "Procedure", "status": status, "code": code, "subject": self.P}
        if category:
            r["category"] = category
        if based_on:
            r["basedOn"] = [ref(based_on)]
        if enc:
            r["encounter"] = ref(enc)
        if date:
            if isinstance(date, tuple):
                r["performedPeriod"] = {"start": date[0], "end": date[1]}
            else:
                r["performedDateTime"] = date
        if performer:
            r["performer"] = [{"actor": ref(performer)}]
        if reason is not None:
            if "resourceType" in reason:
                r["reasonReference"] = [ref(reason)]
            else:
                r["reasonCode"] = [reason]
        if body:
            r["bodySite"] = [body]
        if outcome:
            r["outcome"] = cc(text=outcome)
        if note:
            r["note"] = [{"text": note}]
        return self.add(r, "proc")

    def careplan(self, title, status, intent, start, author, categories, addresses=None, desc=None, activities=None, end=None):
        r = {"resourceType": "CarePlan", "status": status, "intent": intent, "title": title,
             "category": categories, "subject": self.P, "period": {"start": start}, "author": ref(author)}
        if end:
            r["period"]["end"] = end
        if desc:
            r["description"] = desc
        if addresses:
            r["addresses"] = [ref(a) for a in addresses]
        if activities:
            r["activity"] = [{"detail": {"code": a[0], "status": a[1], "description": a[2]} if len(a) > 2 else {"code": a[0], "status": a[1]}} for a in activities]
        return self.add(r, "cp")

    def diagrep(self, code, date, results, performer=None, conclusion=None, cat=("LAB", "Laboratory"), status="final"):
        r = {"resourceType": "DiagnosticReport", "status": status,
             "category": [cc(("http://terminology.hl7.org/CodeSystem/v2-0074", cat[0], cat[1]))],
             "code": code, "subject": self.P, "effectiveDateTime": date, "issued": date + ("T16:00:00-06:00" if "T" not in date else "")}
        if performer:
            r["performer"] = [ref(performer)]
        if results:
            r["result"] = [ref(x) for x in results]
        if conclusion:
            r["conclusion"] = conclusion
        return self.add(r, "dr")

    def bundle(self):
        return {"resourceType": "Bundle", "type": "transaction", "entry": self.entries}


def med(rx=None, disp=None, text=None, ndc=None):
    cods = []
    if rx:
        cods.append((RXN, rx, disp))
    if ndc:
        cods.append((NDC, ndc[0], ndc[1]))
    return cc(*cods, text=text or disp)
