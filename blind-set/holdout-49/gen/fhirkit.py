"""Small helpers to write FHIR R4 transaction bundles for the blind-49 evaluation set.

Everything here is plain dict building plus a light structural validator (required elements,
list-valued elements, primitive formats, Quantity/UCUM, value[x] exclusivity) for the resource
types the cases use.
"""
import base64
import re
from collections import Counter

# --------------------------------------------------------------------------- code systems
SCT = "http://snomed.info/sct"
LOINC = "http://loinc.org"
ICD10 = "http://hl7.org/fhir/sid/icd-10"
ICD10CM = "http://hl7.org/fhir/sid/icd-10-cm"
ICD9CM = "http://hl7.org/fhir/sid/icd-9-cm"
ICD9PL = "http://hl7.org.pl/fhir/CodeSystem/pl-icd9plServiceCode-CS"
CPT = "http://www.ama-assn.org/go/cpt"
HCPCS = "urn:oid:2.16.840.1.113883.6.285"
RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm"
ATC = "http://www.whocc.no/atc"
CVX = "http://hl7.org/fhir/sid/cvx"
UCUM = "http://unitsofmeasure.org"
V3ACT = "http://terminology.hl7.org/CodeSystem/v3-ActCode"
INTERP = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation"
OBSCAT = "http://terminology.hl7.org/CodeSystem/observation-category"
CONDCLIN = "http://terminology.hl7.org/CodeSystem/condition-clinical"
CONDVER = "http://terminology.hl7.org/CodeSystem/condition-ver-status"
CONDCAT = "http://terminology.hl7.org/CodeSystem/condition-category"


def coding(system, code, display=None):
    c = {"system": system, "code": code}
    if display:
        c["display"] = display
    return c


def cc(*codings, text=None):
    out = {}
    if codings:
        out["coding"] = list(codings)
    if text:
        out["text"] = text
    return out


def txt(t):
    return {"text": t}


def sct(code, display, text=None):
    return cc(coding(SCT, code, display), text=text)


def loinc(code, display, text=None):
    return cc(coding(LOINC, code, display), text=text)


def icd10(code, display, text=None):
    return cc(coding(ICD10, code, display), text=text)


def icd10cm(code, display, text=None):
    return cc(coding(ICD10CM, code, display), text=text)


def icd9cm(code, display, text=None):
    return cc(coding(ICD9CM, code, display), text=text)


def icd9pl(code, display, text=None):
    return cc(coding(ICD9PL, code, display), text=text)


def cpt(code, display, text=None):
    return cc(coding(CPT, code, display), text=text)


def rx(code, display, text=None):
    return cc(coding(RXNORM, code, display), text=text or display)


def atc(code, display, text=None):
    return cc(coding(ATC, code, display), text=text or display)


# --------------------------------------------------------------------------- organisations
ORGS = {
    "mx": {
        "base": "https://hgr-valledelsol.salud.example.mx/fhir",
        "name": "Hospital General Regional Valle del Sol",
        "ident_system": "http://www.dgis.salud.gob.mx/clues",
        "ident": "MCSSA099912",
        "local": "https://hgr-valledelsol.salud.example.mx/codigos",
        "city": "Zapopan", "state": "Jalisco", "country": "MX",
        "lang": "es-MX",
        "mrn_system": "https://hgr-valledelsol.salud.example.mx/expediente",
    },
    "pl": {
        "base": "https://ehr.usk-wierzbicki.example.pl/fhir/R4",
        "name": "Uniwersytecki Szpital Kliniczny im. prof. Adama Wierzbickiego",
        "ident_system": "urn:oid:2.16.840.1.113883.3.4424.2.3.1",
        "ident": "000000912345",
        "local": "https://ehr.usk-wierzbicki.example.pl/fhir/CodeSystem/lis-badania",
        "city": "Lublin", "country": "PL",
        "lang": "pl-PL",
        "mrn_system": "https://ehr.usk-wierzbicki.example.pl/fhir/NamingSystem/nr-historii-choroby",
    },
    "rh": {
        "base": "https://fhir.northlake-rheum.example.org/r4",
        "name": "Northlake Center for Rheumatology and Autoimmune Disease",
        "ident_system": "http://hl7.org/fhir/sid/us-npi",
        "ident": "1999912345",
        "local": "https://fhir.northlake-rheum.example.org/CodeSystem/nlr-measures",
        "city": "Milwaukee", "state": "WI", "country": "US",
        "lang": "en-US",
        "mrn_system": "https://fhir.northlake-rheum.example.org/mrn",
    },
    "or": {
        "base": "https://api.summit-ortho.example.com/fhir/R4",
        "name": "Summit Orthopaedic and Sports Medicine Clinic",
        "ident_system": "http://hl7.org/fhir/sid/us-npi",
        "ident": "1888823456",
        "local": "https://api.summit-ortho.example.com/CodeSystem/summit-proms",
        "city": "Boulder", "state": "CO", "country": "US",
        "lang": "en-US",
        "mrn_system": "https://api.summit-ortho.example.com/mrn",
    },
}


def _tz(org, date):
    m = int(date[5:7])
    summer = 4 <= m <= 10
    if org == "mx":
        return "-06:00"
    if org == "pl":
        return "+02:00" if summer else "+01:00"
    if org == "rh":
        return "-05:00" if summer else "-06:00"
    return "-06:00" if summer else "-07:00"


def _mrn(cid, org):
    import hashlib
    h = int(hashlib.sha256(("mrn" + cid).encode()).hexdigest(), 16)
    pre = {"mx": "EXP-", "pl": "HCH/", "rh": "NLR", "or": "SOC-"}[org]
    return f"{pre}{h % 9000000 + 1000000}"


def ref(r):
    return {"reference": r}


# --------------------------------------------------------------------------- the case builder
class Case:
    def __init__(self, cid, org, target, kind, expected, why, summary):
        self.cid = cid
        self.org_key = org
        self.o = ORGS[org]
        self.meta = {"target": target, "kind": kind, "expected": list(expected), "why": why, "summary": summary}
        self.entries = []
        self.counts = Counter()
        self.pt = f"Patient/{cid}"
        self.org = self.organization(self.o["name"], ident=(self.o["ident_system"], self.o["ident"]),
                                     type_code="prov", city=self.o["city"])

    # ---- plumbing
    def nid(self, prefix):
        self.counts[prefix] += 1
        return f"{self.cid}-{prefix}{self.counts[prefix]}"

    def add(self, res, rid=None):
        rt = res["resourceType"]
        if rid is None:
            rid = res.get("id") or self.nid(rt.lower()[:4] + "-")
        res = {"resourceType": rt, "id": rid, **{k: v for k, v in res.items() if k not in ("resourceType", "id")}}
        self.entries.append({
            "fullUrl": f"{self.o['base']}/{rt}/{rid}",
            "resource": res,
            "request": {"method": "PUT", "url": f"{rt}/{rid}"},
        })
        return f"{rt}/{rid}"

    def dt(self, date, time="09:00"):
        if "T" in date:
            return date
        if len(date) != 10:
            return date
        return f"{date}T{time}:00{_tz(self.org_key, date)}"

    def bundle(self):
        return {"resourceType": "Bundle", "id": f"{self.cid}-bundle", "type": "transaction", "entry": self.entries}

    # ---- administrative
    def organization(self, name, ident=None, type_code="prov", city=None, part_of=None, alias=None):
        r = {"resourceType": "Organization", "active": True, "name": name,
             "type": [cc(coding("http://terminology.hl7.org/CodeSystem/organization-type", type_code))]}
        if ident:
            r["identifier"] = [{"system": ident[0], "value": ident[1]}]
        if alias:
            r["alias"] = [alias]
        if city:
            r["address"] = [{"city": city, "country": self.o["country"]}]
        if part_of:
            r["partOf"] = ref(part_of)
        return self.add(r, self.nid("org-"))

    def patient(self, given, family, gender, birth, ident=None, city=None, phone=None, marital=None,
                lang=None, extra_ident=None):
        r = {"resourceType": "Patient", "active": True,
             "identifier": [{"use": "usual", "system": self.o["mrn_system"], "value": ident or _mrn(self.cid, self.org_key)}],
             "name": [{"use": "official", "family": family, "given": given if isinstance(given, list) else [given]}],
             "gender": gender, "birthDate": birth,
             "address": [{"use": "home", "city": city or self.o["city"], "country": self.o["country"]}],
             "communication": [{"language": cc(coding("urn:ietf:bcp:47", lang or self.o["lang"])), "preferred": True}],
             "managingOrganization": ref(self.org)}
        if extra_ident:
            r["identifier"].append({"system": extra_ident[0], "value": extra_ident[1]})
        if phone:
            r["telecom"] = [{"system": "phone", "value": phone, "use": "mobile"}]
        if marital:
            r["maritalStatus"] = cc(coding("http://terminology.hl7.org/CodeSystem/v3-MaritalStatus", marital))
        return self.add(r, self.cid)

    def practitioner(self, given, family, qual_text, prefix=None, qual_code=None):
        r = {"resourceType": "Practitioner", "active": True,
             "name": [{"family": family, "given": given if isinstance(given, list) else [given]}],
             "qualification": [{"code": qual_code or txt(qual_text)}]}
        if prefix:
            r["name"][0]["prefix"] = [prefix]
        if qual_code and qual_text:
            r["qualification"][0]["code"] = dict(qual_code, text=qual_text)
        return self.add(r, self.nid("pract-"))

    def coverage(self, payor, type_cc, subscriber_id, start, end=None):
        r = {"resourceType": "Coverage", "status": "active", "type": type_cc,
             "subscriberId": subscriber_id, "beneficiary": ref(self.pt),
             "relationship": cc(coding("http://terminology.hl7.org/CodeSystem/subscriber-relationship", "self")),
             "period": {"start": start}, "payor": [ref(payor)]}
        if end:
            r["period"]["end"] = end
        return self.add(r, self.nid("cov-"))

    # ---- clinical
    def encounter(self, date, cls="AMB", type_=None, reason=None, pract=None, end=None, status="finished",
                  admit=None, discharge=None, diagnosis=None, service=None, org=None, time="09:00", end_time="10:00",
                  priority=None, location_text=None):
        cls_disp = {"AMB": "ambulatory", "IMP": "inpatient encounter", "EMER": "emergency",
                    "VR": "virtual", "HH": "home health", "SS": "short stay"}[cls]
        r = {"resourceType": "Encounter", "status": status, "class": coding(V3ACT, cls, cls_disp),
             "subject": ref(self.pt), "serviceProvider": ref(org or self.org)}
        if type_:
            r["type"] = [type_]
        if service:
            r["serviceType"] = service
        if priority:
            r["priority"] = cc(coding("http://terminology.hl7.org/CodeSystem/v3-ActPriority", priority))
        if reason:
            r["reasonCode"] = reason if isinstance(reason, list) else [reason]
        if pract:
            r["participant"] = [{"individual": ref(pract)}]
        if status != "planned":
            r["period"] = {"start": self.dt(date, time)}
            if status == "finished":
                r["period"]["end"] = self.dt(end or date, end_time)
        else:
            r["period"] = {"start": self.dt(date, time)}
        if admit or discharge:
            h = {}
            if admit:
                h["admitSource"] = cc(coding("http://terminology.hl7.org/CodeSystem/admit-source", admit))
            if discharge:
                h["dischargeDisposition"] = cc(coding("http://terminology.hl7.org/CodeSystem/discharge-disposition", discharge))
            r["hospitalization"] = h
        if diagnosis:
            r["diagnosis"] = [{"condition": ref(d), "rank": i + 1} for i, d in enumerate(diagnosis)]
        if location_text:
            r["location"] = [{"location": {"display": location_text}}]
        return self.add(r, self.nid("enc-"))

    def condition(self, code, onset=None, status="active", ver="confirmed", cat="problem-list-item",
                  recorded=None, abated=None, note=None, enc=None, severity=None, recorder=None, stage=None,
                  body_site=None, evidence=None, onset_text=None):
        r = {"resourceType": "Condition",
             "clinicalStatus": cc(coding(CONDCLIN, status)),
             "verificationStatus": cc(coding(CONDVER, ver)),
             "category": [cc(coding(CONDCAT, cat))],
             "code": code, "subject": ref(self.pt)}
        if onset:
            r["onsetDateTime"] = onset
        elif onset_text:
            r["onsetString"] = onset_text
        if abated:
            r["abatementDateTime"] = abated
        if recorded or onset:
            r["recordedDate"] = recorded or onset
        if enc:
            r["encounter"] = ref(enc)
        if severity:
            r["severity"] = severity
        if recorder:
            r["recorder"] = ref(recorder)
        if stage:
            r["stage"] = [{"summary": stage}]
        if body_site:
            r["bodySite"] = [body_site]
        if evidence:
            r["evidence"] = [{"code": [e]} if "reference" not in e else {"detail": [e]} for e in evidence]
        if note:
            r["note"] = [{"text": note}]
        return self.add(r, self.nid("cond-"))

    def obs(self, code, date, q=None, s=None, c=None, b=None, i=None, cat="laboratory", low=None, high=None,
            interp=None, enc=None, note=None, comps=None, performer=None, status="final", time="08:00",
            range_text=None, method=None, body_site=None, derived=None, issued=None):
        r = {"resourceType": "Observation", "status": status,
             "category": [cc(coding(OBSCAT, cat))], "code": code, "subject": ref(self.pt),
             "effectiveDateTime": self.dt(date, time)}
        if issued:
            r["issued"] = self.dt(issued, "14:00")
        if q is not None:
            r["valueQuantity"] = quantity(*q)
        elif s is not None:
            r["valueString"] = s
        elif c is not None:
            r["valueCodeableConcept"] = c
        elif b is not None:
            r["valueBoolean"] = b
        elif i is not None:
            r["valueInteger"] = i
        if interp:
            r["interpretation"] = [cc(coding(INTERP, interp))]
        if low is not None or high is not None or range_text:
            rr = {}
            unit = q[1] if q else None
            ucode = q[2] if q and len(q) > 2 else unit
            if low is not None:
                rr["low"] = simple_q(low, unit, ucode)
            if high is not None:
                rr["high"] = simple_q(high, unit, ucode)
            if range_text:
                rr["text"] = range_text
            r["referenceRange"] = [rr]
        if enc:
            r["encounter"] = ref(enc)
        if performer:
            r["performer"] = [ref(performer)]
        if method:
            r["method"] = method
        if body_site:
            r["bodySite"] = body_site
        if derived:
            r["derivedFrom"] = [ref(d) for d in derived]
        if comps:
            r["component"] = comps
        if note:
            r["note"] = [{"text": note}]
        return self.add(r, self.nid("obs-"))

    def lab(self, code, date, value, unit, ucum, low=None, high=None, interp=None, **kw):
        if interp is None and (low is not None or high is not None):
            interp = "N"
            if low is not None and value < low:
                interp = "L"
            if high is not None and value > high:
                interp = "H"
        return self.obs(code, date, q=(value, unit, ucum), low=low, high=high, interp=interp, **kw)

    def vitals(self, date, sys=None, dia=None, hr=None, wt=None, ht=None, temp=None, spo2=None, rr=None, enc=None,
               time="09:10"):
        out = []
        vs = dict(cat="vital-signs", enc=enc, time=time)
        if sys is not None:
            out.append(self.obs(loinc("85354-9", "Blood pressure panel with all children optional"), date, comps=[
                comp(loinc("8480-6", "Systolic blood pressure"), q=(sys, "mmHg", "mm[Hg]")),
                comp(loinc("8462-4", "Diastolic blood pressure"), q=(dia, "mmHg", "mm[Hg]"))], **vs))
        if hr is not None:
            out.append(self.obs(loinc("8867-4", "Heart rate"), date, q=(hr, "/min", "/min"), **vs))
        if wt is not None:
            out.append(self.obs(loinc("29463-7", "Body weight"), date, q=(wt, "kg", "kg"), **vs))
        if ht is not None:
            out.append(self.obs(loinc("8302-2", "Body height"), date, q=(ht, "cm", "cm"), **vs))
        if temp is not None:
            out.append(self.obs(loinc("8310-5", "Body temperature"), date, q=(temp, "Cel", "Cel"), **vs))
        if spo2 is not None:
            out.append(self.obs(loinc("59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry"), date,
                                q=(spo2, "%", "%"), **vs))
        if rr is not None:
            out.append(self.obs(loinc("9279-1", "Respiratory rate"), date, q=(rr, "/min", "/min"), **vs))
        return out

    def med_request(self, med, authored, dosage, status="active", intent="order", reason=None, pract=None,
                    note=None, reason_ref=None, category=None):
        r = {"resourceType": "MedicationRequest", "status": status, "intent": intent,
             "medicationCodeableConcept": med, "subject": ref(self.pt), "authoredOn": authored,
             "dosageInstruction": [{"text": dosage}]}
        if pract:
            r["requester"] = ref(pract)
        if reason:
            r["reasonCode"] = [reason]
        if reason_ref:
            r["reasonReference"] = [ref(reason_ref)]
        if category:
            r["category"] = [category]
        if note:
            r["note"] = [{"text": note}]
        return self.add(r, self.nid("mreq-"))

    def med_statement(self, med, start, dosage=None, status="active", end=None, reason=None, note=None,
                      reason_ref=None, status_reason=None, asserted=None):
        r = {"resourceType": "MedicationStatement", "status": status, "medicationCodeableConcept": med,
             "subject": ref(self.pt), "effectivePeriod": {"start": start}}
        if end:
            r["effectivePeriod"]["end"] = end
        if asserted:
            r["dateAsserted"] = self.dt(asserted)
        if dosage:
            r["dosage"] = [{"text": dosage}]
        if reason:
            r["reasonCode"] = [reason]
        if reason_ref:
            r["reasonReference"] = [ref(reason_ref)]
        if status_reason:
            r["statusReason"] = [status_reason]
        if note:
            r["note"] = [{"text": note}]
        return self.add(r, self.nid("mst-"))

    def med_admin(self, med, when, dose=None, route=None, status="completed", reason_ref=None, enc=None,
                  performer=None, note=None, time="10:00"):
        r = {"resourceType": "MedicationAdministration", "status": status, "medicationCodeableConcept": med,
             "subject": ref(self.pt), "effectiveDateTime": self.dt(when, time)}
        if enc:
            r["context"] = ref(enc)
        if performer:
            r["performer"] = [{"actor": ref(performer)}]
        if reason_ref:
            r["reasonReference"] = [ref(reason_ref)]
        d = {}
        if dose:
            d["dose"] = simple_q(*dose)
        if route:
            d["route"] = route
        if d:
            r["dosage"] = d
        if note:
            r["note"] = [{"text": note}]
        return self.add(r, self.nid("madm-"))

    def service_request(self, code, authored, status="active", intent="order", occurrence=None, reason=None,
                        reason_ref=None, performer=None, requester=None, note=None, category=None, priority=None,
                        instruction=None, occurrence_end=None, enc=None):
        r = {"resourceType": "ServiceRequest", "status": status, "intent": intent, "code": code,
             "subject": ref(self.pt), "authoredOn": self.dt(authored, "11:00")}
        if category:
            r["category"] = [category]
        if priority:
            r["priority"] = priority
        if occurrence and occurrence_end:
            r["occurrencePeriod"] = {"start": occurrence, "end": occurrence_end}
        elif occurrence:
            r["occurrenceDateTime"] = occurrence
        if requester:
            r["requester"] = ref(requester)
        if performer:
            r["performer"] = [ref(p) for p in (performer if isinstance(performer, list) else [performer])]
        if reason:
            r["reasonCode"] = reason if isinstance(reason, list) else [reason]
        if reason_ref:
            r["reasonReference"] = [ref(x) for x in (reason_ref if isinstance(reason_ref, list) else [reason_ref])]
        if enc:
            r["encounter"] = ref(enc)
        if note:
            r["note"] = [{"text": note}]
        if instruction:
            r["patientInstruction"] = instruction
        return self.add(r, self.nid("sr-"))

    def procedure(self, code, status="completed", performed=None, performed_end=None, reason=None, reason_ref=None,
                  note=None, performer=None, enc=None, outcome=None, category=None, body_site=None, based_on=None,
                  report=None):
        r = {"resourceType": "Procedure", "status": status, "code": code, "subject": ref(self.pt)}
        if category:
            r["category"] = category
        if performed and performed_end:
            r["performedPeriod"] = {"start": self.dt(performed, "08:00"), "end": self.dt(performed_end, "12:00")}
        elif performed:
            r["performedDateTime"] = performed
        if based_on:
            r["basedOn"] = [ref(based_on)]
        if performer:
            r["performer"] = [{"actor": ref(performer)}]
        if enc:
            r["encounter"] = ref(enc)
        if reason:
            r["reasonCode"] = reason if isinstance(reason, list) else [reason]
        if reason_ref:
            r["reasonReference"] = [ref(reason_ref)]
        if body_site:
            r["bodySite"] = [body_site]
        if outcome:
            r["outcome"] = outcome
        if report:
            r["report"] = [ref(report)]
        if note:
            r["note"] = [{"text": note}]
        return self.add(r, self.nid("proc-"))

    def care_plan(self, title, status, intent, category, start, end=None, activities=None, addresses=None,
                  description=None, author=None, created=None, note=None):
        r = {"resourceType": "CarePlan", "status": status, "intent": intent, "title": title,
             "category": [category], "subject": ref(self.pt), "period": {"start": start}}
        if end:
            r["period"]["end"] = end
        if created:
            r["created"] = self.dt(created)
        if author:
            r["author"] = ref(author)
        if description:
            r["description"] = description
        if addresses:
            r["addresses"] = [ref(a) for a in addresses]
        if activities:
            acts = []
            for a in activities:
                code, st, desc = a[:3]
                d = {"status": st}
                if code:
                    d["code"] = code
                if desc:
                    d["description"] = desc
                acts.append({"detail": d})
            r["activity"] = acts
        if note:
            r["note"] = [{"text": note}]
        return self.add(r, self.nid("cp-"))

    def communication(self, sent, sender, recipients, text, status="completed", category=None, topic=None,
                      medium=None, in_response_to=None, about=None):
        r = {"resourceType": "Communication", "status": status, "subject": ref(self.pt),
             "sent": self.dt(sent, "19:40"), "sender": ref(sender),
             "recipient": [ref(x) for x in recipients], "payload": [{"contentString": text}]}
        if category:
            r["category"] = [category]
        if medium:
            r["medium"] = [medium]
        if topic:
            r["topic"] = topic
        if in_response_to:
            r["inResponseTo"] = [ref(in_response_to)]
        if about:
            r["about"] = [ref(a) for a in about]
        return self.add(r, self.nid("comm-"))

    def questionnaire_response(self, authored, items, questionnaire=None, author=None, source=None,
                               status="completed", enc=None):
        r = {"resourceType": "QuestionnaireResponse", "status": status, "subject": ref(self.pt),
             "authored": self.dt(authored, "10:15"), "item": items}
        if questionnaire:
            r["questionnaire"] = questionnaire
        if author:
            r["author"] = ref(author)
        if source:
            r["source"] = ref(source)
        if enc:
            r["encounter"] = ref(enc)
        return self.add(r, self.nid("qr-"))

    def flag(self, code, start, author, category="clinical", status="active", end=None):
        r = {"resourceType": "Flag", "status": status,
             "category": [cc(coding("http://terminology.hl7.org/CodeSystem/flag-category", category))],
             "code": code, "subject": ref(self.pt), "period": {"start": self.dt(start, "16:20")}}
        if end:
            r["period"]["end"] = self.dt(end, "16:20")
        if author:
            r["author"] = ref(author)
        return self.add(r, self.nid("flag-"))

    def note(self, date, text, type_code, title=None, author=None, enc=None, category=None, time="13:30",
             custodian=None, status="current"):
        data = base64.b64encode(text.encode("utf-8")).decode("ascii")
        att = {"contentType": "text/plain", "language": self.o["lang"], "data": data}
        if title:
            att["title"] = title
        r = {"resourceType": "DocumentReference", "status": status, "docStatus": "final", "type": type_code,
             "subject": ref(self.pt), "date": self.dt(date, time), "content": [{"attachment": att}]}
        if category:
            r["category"] = [category]
        if author:
            r["author"] = [ref(a) for a in (author if isinstance(author, list) else [author])]
        if title:
            r["description"] = title
        r["custodian"] = ref(custodian or self.org)
        if enc:
            r["context"] = {"encounter": [ref(enc)], "period": {"start": self.dt(date, time)}}
        return self.add(r, self.nid("doc-"))

    def report(self, code, date, results=None, conclusion=None, category="LAB", performer=None, status="final",
               conclusion_code=None, enc=None, time="12:00"):
        cat_disp = {"LAB": "Laboratory", "RAD": "Radiology", "PAT": "Pathology (gross & histopath, not surgical)",
                    "OTH": "Other", "CUS": "Cardiac Ultrasound", "EC": "Electrocardiac (e.g., EKG, EEC, Holter)",
                    "GE": "Genetics", "SP": "Surgical Pathology", "IMM": "Immunology", "HM": "Hematology",
                    "NMR": "Nuclear Magnetic Resonance", "CT": "CAT scan", "US": "Ultrasound"}[category]
        r = {"resourceType": "DiagnosticReport", "status": status,
             "category": [cc(coding("http://terminology.hl7.org/CodeSystem/v2-0074", category, cat_disp))],
             "code": code, "subject": ref(self.pt), "effectiveDateTime": self.dt(date, "08:00"),
             "issued": self.dt(date, time)}
        if performer:
            r["performer"] = [ref(performer)]
        if enc:
            r["encounter"] = ref(enc)
        if results:
            r["result"] = [ref(x) for x in results]
        if conclusion:
            r["conclusion"] = conclusion
        if conclusion_code:
            r["conclusionCode"] = [conclusion_code]
        return self.add(r, self.nid("rep-"))

    def impression(self, date, summary, assessor=None, problems=None, findings=None, description=None,
                   status="completed", prognosis=None, enc=None, note=None):
        r = {"resourceType": "ClinicalImpression", "status": status, "subject": ref(self.pt),
             "date": self.dt(date, "15:00"), "effectiveDateTime": self.dt(date, "15:00"), "summary": summary}
        if description:
            r["description"] = description
        if assessor:
            r["assessor"] = ref(assessor)
        if enc:
            r["encounter"] = ref(enc)
        if problems:
            r["problem"] = [ref(p) for p in problems]
        if findings:
            r["finding"] = [{"itemCodeableConcept": f} for f in findings]
        if prognosis:
            r["prognosisCodeableConcept"] = [prognosis]
        if note:
            r["note"] = [{"text": note}]
        return self.add(r, self.nid("ci-"))

    def allergy(self, code, recorded, reaction=None, criticality="low", category="medication"):
        r = {"resourceType": "AllergyIntolerance",
             "clinicalStatus": cc(coding("http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical", "active")),
             "verificationStatus": cc(coding("http://terminology.hl7.org/CodeSystem/allergyintolerance-verification", "confirmed")),
             "type": "allergy", "category": [category], "criticality": criticality, "code": code,
             "patient": ref(self.pt), "recordedDate": recorded}
        if reaction:
            r["reaction"] = [{"manifestation": [reaction]}]
        return self.add(r, self.nid("alg-"))

    def immunization(self, cvx, display, date, lot=None):
        r = {"resourceType": "Immunization", "status": "completed",
             "vaccineCode": cc(coding(CVX, cvx, display)), "patient": ref(self.pt),
             "occurrenceDateTime": date, "primarySource": True}
        if lot:
            r["lotNumber"] = lot
        return self.add(r, self.nid("imm-"))

    def appointment(self, start, minutes, description, participants, status="booked", service_type=None,
                    reason_ref=None, based_on=None, time="08:00", created=None):
        s = self.dt(start, time)
        h, m = map(int, time.split(":"))
        tot = h * 60 + m + minutes
        e = self.dt(start, f"{tot // 60:02d}:{tot % 60:02d}")
        r = {"resourceType": "Appointment", "status": status, "description": description, "start": s, "end": e,
             "minutesDuration": minutes,
             "participant": [{"actor": ref(p), "status": "accepted"} for p in [self.pt] + participants]}
        if created:
            r["created"] = self.dt(created)
        if service_type:
            r["serviceType"] = [service_type]
        if reason_ref:
            r["reasonReference"] = [ref(x) for x in reason_ref]
        if based_on:
            r["basedOn"] = [ref(based_on)]
        return self.add(r, self.nid("appt-"))

    def episode(self, type_cc, start, status="active", conds=None, end=None, care_manager=None):
        r = {"resourceType": "EpisodeOfCare", "status": status, "type": [type_cc], "patient": ref(self.pt),
             "managingOrganization": ref(self.org), "period": {"start": start}}
        if end:
            r["period"]["end"] = end
        if conds:
            r["diagnosis"] = [{"condition": ref(c)} for c in conds]
        if care_manager:
            r["careManager"] = ref(care_manager)
        return self.add(r, self.nid("eoc-"))


def quantity(value, unit, code=None):
    return {"value": value, "unit": unit, "system": UCUM, "code": code or unit}


def simple_q(value, unit, code=None):
    if unit is None:
        return {"value": value}
    return {"value": value, "unit": unit, "system": UCUM, "code": code or unit}


def comp(code, q=None, i=None, s=None, c=None, interp=None):
    r = {"code": code}
    if q is not None:
        r["valueQuantity"] = quantity(*q)
    elif i is not None:
        r["valueInteger"] = i
    elif s is not None:
        r["valueString"] = s
    elif c is not None:
        r["valueCodeableConcept"] = c
    if interp:
        r["interpretation"] = [cc(coding(INTERP, interp))]
    return r


def qi(link_id, text, **answer):
    """QuestionnaireResponse item with one answer given as valueX=..."""
    item = {"linkId": link_id, "text": text}
    if answer:
        (k, v), = answer.items()
        item["answer"] = [{k: v}]
    return item


# --------------------------------------------------------------------------- light validator
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
DATETIME_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?)?)?$")
INSTANT_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")

SPEC = {
    # type: (required, list-valued, allowed, enums)
    "Patient": ({"resourceType"}, {"identifier", "name", "telecom", "address", "communication", "contact",
                                   "generalPractitioner", "photo", "link"},
                {"id", "resourceType", "active", "identifier", "name", "telecom", "gender", "birthDate", "address",
                 "maritalStatus", "communication", "managingOrganization", "generalPractitioner", "deceasedBoolean",
                 "deceasedDateTime", "contact"},
                {"gender": {"male", "female", "other", "unknown"}}),
    "Organization": (set(), {"identifier", "type", "alias", "telecom", "address"},
                     {"id", "resourceType", "active", "identifier", "type", "name", "alias", "telecom", "address",
                      "partOf"}, {}),
    "Practitioner": (set(), {"identifier", "name", "qualification", "telecom", "address"},
                     {"id", "resourceType", "active", "identifier", "name", "qualification", "telecom", "address",
                      "gender"}, {}),
    "Coverage": ({"status", "beneficiary", "payor"}, {"payor", "identifier"},
                 {"id", "resourceType", "status", "type", "subscriberId", "beneficiary", "relationship", "period",
                  "payor", "identifier"}, {"status": {"active", "cancelled", "draft", "entered-in-error"}}),
    "Encounter": ({"status", "class"}, {"type", "reasonCode", "participant", "diagnosis", "location",
                                        "identifier", "serviceType_list_no"},
                  {"id", "resourceType", "status", "class", "type", "serviceType", "priority", "subject",
                   "participant", "period", "reasonCode", "reasonReference", "diagnosis", "hospitalization",
                   "serviceProvider", "location", "identifier"},
                  {"status": {"planned", "arrived", "triaged", "in-progress", "onleave", "finished", "cancelled"}}),
    "Condition": ({"subject"}, {"category", "bodySite", "stage", "evidence", "note", "identifier"},
                  {"id", "resourceType", "clinicalStatus", "verificationStatus", "category", "severity", "code",
                   "bodySite", "subject", "encounter", "onsetDateTime", "onsetString", "abatementDateTime",
                   "recordedDate", "recorder", "asserter", "stage", "evidence", "note", "identifier"}, {}),
    "Observation": ({"status", "code"}, {"category", "interpretation", "referenceRange", "performer", "component",
                                         "note", "derivedFrom", "identifier", "basedOn"},
                    {"id", "resourceType", "status", "category", "code", "subject", "encounter", "effectiveDateTime",
                     "issued", "performer", "valueQuantity", "valueString", "valueCodeableConcept", "valueBoolean",
                     "valueInteger", "interpretation", "note", "bodySite", "method", "referenceRange",
                     "derivedFrom", "component", "identifier", "basedOn"},
                    {"status": {"registered", "preliminary", "final", "amended", "corrected", "cancelled",
                                "entered-in-error", "unknown"}}),
    "MedicationRequest": ({"status", "intent", "subject", "medicationCodeableConcept"},
                          {"dosageInstruction", "reasonCode", "reasonReference", "note", "category"},
                          {"id", "resourceType", "status", "intent", "medicationCodeableConcept", "subject",
                           "authoredOn", "requester", "reasonCode", "reasonReference", "dosageInstruction", "note",
                           "category"},
                          {"status": {"active", "on-hold", "cancelled", "completed", "entered-in-error", "stopped",
                                      "draft", "unknown"},
                           "intent": {"proposal", "plan", "order", "original-order", "reflex-order", "filler-order",
                                      "instance-order", "option"}}),
    "MedicationStatement": ({"status", "subject", "medicationCodeableConcept"},
                            {"dosage", "reasonCode", "reasonReference", "note", "statusReason"},
                            {"id", "resourceType", "status", "medicationCodeableConcept", "subject",
                             "effectivePeriod", "dateAsserted", "dosage", "reasonCode", "reasonReference", "note",
                             "statusReason"},
                            {"status": {"active", "completed", "entered-in-error", "intended", "stopped", "on-hold",
                                        "unknown", "not-taken"}}),
    "MedicationAdministration": ({"status", "subject", "effectiveDateTime", "medicationCodeableConcept"},
                                 {"performer", "reasonReference", "note"},
                                 {"id", "resourceType", "status", "medicationCodeableConcept", "subject",
                                  "effectiveDateTime", "context", "performer", "reasonReference", "dosage", "note"},
                                 {"status": {"in-progress", "not-done", "on-hold", "completed", "entered-in-error",
                                             "stopped", "unknown"}}),
    "ServiceRequest": ({"status", "intent", "subject"}, {"category", "performer", "reasonCode", "reasonReference",
                                                          "note", "basedOn"},
                       {"id", "resourceType", "status", "intent", "code", "subject", "authoredOn", "category",
                        "priority", "occurrenceDateTime", "occurrencePeriod", "requester", "performer", "reasonCode",
                        "reasonReference", "note", "patientInstruction", "encounter", "basedOn"},
                       {"status": {"draft", "active", "on-hold", "revoked", "completed", "entered-in-error",
                                   "unknown"},
                        "intent": {"proposal", "plan", "directive", "order", "original-order", "reflex-order",
                                   "filler-order", "instance-order", "option"},
                        "priority": {"routine", "urgent", "asap", "stat"}}),
    "Procedure": ({"status", "subject"}, {"performer", "reasonCode", "reasonReference", "bodySite", "note",
                                         "basedOn", "report"},
                  {"id", "resourceType", "status", "code", "subject", "category", "performedDateTime",
                   "performedPeriod", "performer", "encounter", "reasonCode", "reasonReference", "bodySite",
                   "outcome", "note", "basedOn", "report"},
                  {"status": {"preparation", "in-progress", "not-done", "on-hold", "stopped", "completed",
                              "entered-in-error", "unknown"}}),
    "CarePlan": ({"status", "intent", "subject"}, {"category", "addresses", "activity", "note"},
                 {"id", "resourceType", "status", "intent", "title", "category", "subject", "period", "created",
                  "author", "description", "addresses", "activity", "note"},
                 {"status": {"draft", "active", "on-hold", "revoked", "completed", "entered-in-error", "unknown"},
                  "intent": {"proposal", "plan", "order", "option"}}),
    "Communication": ({"status"}, {"recipient", "payload", "category", "medium", "inResponseTo", "about"},
                      {"id", "resourceType", "status", "subject", "sent", "sender", "recipient", "payload",
                       "category", "medium", "topic", "inResponseTo", "about"},
                      {"status": {"preparation", "in-progress", "not-done", "on-hold", "stopped", "completed",
                                  "entered-in-error", "unknown"}}),
    "QuestionnaireResponse": ({"status"}, {"item"},
                              {"id", "resourceType", "status", "subject", "authored", "author", "source", "item",
                               "questionnaire", "encounter"},
                              {"status": {"in-progress", "completed", "amended", "entered-in-error", "stopped"}}),
    "Flag": ({"status", "code", "subject"}, {"category"},
             {"id", "resourceType", "status", "category", "code", "subject", "period", "author"},
             {"status": {"active", "inactive", "entered-in-error"}}),
    "DocumentReference": ({"status", "content"}, {"content", "category", "author"},
                          {"id", "resourceType", "status", "docStatus", "type", "subject", "date", "content",
                           "category", "author", "description", "custodian", "context"},
                          {"status": {"current", "superseded", "entered-in-error"}}),
    "DiagnosticReport": ({"status", "code"}, {"category", "performer", "result", "conclusionCode"},
                         {"id", "resourceType", "status", "category", "code", "subject", "effectiveDateTime",
                          "issued", "performer", "result", "conclusion", "conclusionCode", "encounter"},
                         {"status": {"registered", "partial", "preliminary", "final", "amended", "corrected",
                                     "appended", "cancelled", "entered-in-error", "unknown"}}),
    "ClinicalImpression": ({"status", "subject"}, {"problem", "finding", "prognosisCodeableConcept", "note"},
                           {"id", "resourceType", "status", "subject", "date", "effectiveDateTime", "summary",
                            "description", "assessor", "problem", "finding", "prognosisCodeableConcept", "note",
                            "encounter"},
                           {"status": {"in-progress", "completed", "entered-in-error"}}),
    "AllergyIntolerance": ({"patient"}, {"category", "reaction"},
                           {"id", "resourceType", "clinicalStatus", "verificationStatus", "type", "category",
                            "criticality", "code", "patient", "recordedDate", "reaction"}, {}),
    "Immunization": ({"status", "vaccineCode", "patient"}, set(),
                     {"id", "resourceType", "status", "vaccineCode", "patient", "occurrenceDateTime",
                      "primarySource", "lotNumber"}, {}),
    "Appointment": ({"status", "participant"}, {"participant", "serviceType", "reasonReference", "basedOn"},
                    {"id", "resourceType", "status", "description", "start", "end", "minutesDuration",
                     "participant", "created", "serviceType", "reasonReference", "basedOn"},
                    {"status": {"proposed", "pending", "booked", "arrived", "fulfilled", "cancelled", "noshow",
                                "entered-in-error", "checked-in", "waitlist"}}),
    "EpisodeOfCare": ({"status", "patient"}, {"type", "diagnosis"},
                      {"id", "resourceType", "status", "type", "patient", "managingOrganization", "period",
                       "diagnosis", "careManager"}, {}),
}

DATE_FIELDS = {"birthDate"}
DATETIME_FIELDS = {"onsetDateTime", "abatementDateTime", "recordedDate", "effectiveDateTime", "authoredOn",
                   "performedDateTime", "occurrenceDateTime", "sent", "authored", "created", "dateAsserted",
                   "start", "end", "occurrenceDateTime"}
INSTANT_FIELDS = {"issued"}


def _walk_checks(node, path, errs):
    if isinstance(node, dict):
        for k, v in node.items():
            p = f"{path}.{k}"
            if k in DATETIME_FIELDS and isinstance(v, str) and not DATETIME_RE.match(v):
                errs.append(f"{p}: bad dateTime {v!r}")
            if k in INSTANT_FIELDS and not INSTANT_RE.match(v):
                errs.append(f"{p}: bad instant {v!r}")
            if k in DATE_FIELDS and not DATE_RE.match(v):
                errs.append(f"{p}: bad date {v!r}")
            if k == "valueInteger" and not (isinstance(v, int) and not isinstance(v, bool)):
                errs.append(f"{p}: valueInteger not an int")
            if k in ("valueQuantity",) or (k in ("low", "high", "dose") and isinstance(v, dict)):
                if not isinstance(v.get("value"), (int, float)) or isinstance(v.get("value"), bool):
                    errs.append(f"{p}: quantity value not numeric")
                if "unit" in v and v.get("system") != UCUM:
                    errs.append(f"{p}: quantity without UCUM system")
            if k == "coding":
                if not isinstance(v, list):
                    errs.append(f"{p}: coding not a list")
                else:
                    for cd in v:
                        if set(cd) - {"system", "code", "display", "version", "userSelected"}:
                            errs.append(f"{p}: odd coding keys {set(cd)}")
                        if not cd.get("code") or not cd.get("system"):
                            errs.append(f"{p}: coding without system/code")
                        elif re.search(r"\s", cd["code"]) and cd["system"] != "urn:ietf:bcp:47":
                            errs.append(f"{p}: code with whitespace {cd['code']!r}")
            if k in ("reasonCode", "interpretation", "statusReason", "conclusionCode", "note", "performer_list",
                     "dosageInstruction", "referenceRange", "component") and not isinstance(v, list):
                errs.append(f"{p}: must be a list")
            if k == "reference" and not re.match(r"^[A-Za-z]+/[A-Za-z0-9\-\.]{1,64}$", v):
                errs.append(f"{p}: odd reference {v!r}")
            if isinstance(v, str) and v == "":
                errs.append(f"{p}: empty string")
            if isinstance(v, list) and not v:
                errs.append(f"{p}: empty list")
            if v is None:
                errs.append(f"{p}: null")
            _walk_checks(v, p, errs)
    elif isinstance(node, list):
        for i, x in enumerate(node):
            _walk_checks(x, f"{path}[{i}]", errs)


def validate(res):
    errs = []
    rt = res.get("resourceType")
    if rt not in SPEC:
        return [f"{rt}: no spec"]
    req, lists, allowed, enums = SPEC[rt]
    for k in req:
        if k not in res:
            errs.append(f"{rt}/{res.get('id')}: missing {k}")
    for k, v in res.items():
        if k not in allowed:
            errs.append(f"{rt}/{res.get('id')}: unexpected element {k}")
        if k in lists and not isinstance(v, list):
            errs.append(f"{rt}/{res.get('id')}: {k} must be a list")
        if k in enums and v not in enums[k]:
            errs.append(f"{rt}/{res.get('id')}: {k}={v!r} not allowed")
    vx = [k for k in res if k.startswith("value") and k[5:6].isupper()]
    if len(vx) > 1:
        errs.append(f"{rt}/{res.get('id')}: several value[x]")
    if rt == "Condition":
        ab = "abatementDateTime" in res
        st = res.get("clinicalStatus", {}).get("coding", [{}])[0].get("code")
        if ab and st not in ("inactive", "resolved", "remission"):
            errs.append(f"Condition/{res['id']}: abated but clinicalStatus {st}")
        if st not in {"active", "recurrence", "relapse", "inactive", "remission", "resolved"}:
            errs.append(f"Condition/{res['id']}: bad clinicalStatus {st}")
    if rt == "Encounter" and res.get("status") == "finished" and "end" not in res.get("period", {}):
        errs.append(f"Encounter/{res['id']}: finished without end")
    if rt == "Procedure" and res.get("status") == "completed" and not any(
            k.startswith("performed") for k in res):
        errs.append(f"Procedure/{res['id']}: completed without performed[x]")
    if rt == "DocumentReference":
        if not INSTANT_RE.match(res.get("date", "")):
            errs.append(f"DocumentReference/{res['id']}: date must be an instant")
    if rt == "CarePlan":
        for a in res.get("activity", []):
            if a["detail"]["status"] not in {"not-started", "scheduled", "in-progress", "on-hold", "completed",
                                             "cancelled", "stopped", "unknown", "entered-in-error"}:
                errs.append(f"CarePlan/{res['id']}: bad activity status")
    if rt == "Observation":
        for c in res.get("component", []):
            if "code" not in c:
                errs.append(f"Observation/{res['id']}: component without code")
    if rt == "QuestionnaireResponse":
        def chk(items):
            for it in items:
                if "linkId" not in it:
                    errs.append(f"QuestionnaireResponse/{res['id']}: item without linkId")
                for a in it.get("answer", []):
                    if len(a) != 1 and "item" not in a:
                        errs.append(f"QuestionnaireResponse/{res['id']}: answer with {len(a)} values")
                chk(it.get("item", []))
        chk(res.get("item", []))
    _walk_checks(res, rt, errs)
    return errs
