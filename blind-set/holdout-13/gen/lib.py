import base64, collections, zlib
def h(x): return zlib.crc32(x.encode()) % 10**9

SCT = "http://snomed.info/sct"; ICD = "http://hl7.org/fhir/sid/icd-10-cm"; LN = "http://loinc.org"
CPT = "http://www.ama-assn.org/go/cpt"; HCPCS = "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets"
RX = "http://www.nlm.nih.gov/research/umls/rxnorm"; ORPHA = "http://www.orpha.net"; UCUM = "http://unitsofmeasure.org"
V2_0203 = "http://terminology.hl7.org/CodeSystem/v2-0203"
OBSCAT = "http://terminology.hl7.org/CodeSystem/observation-category"
INTERP = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation"
CSTAT = "http://terminology.hl7.org/CodeSystem/condition-clinical"
VSTAT = "http://terminology.hl7.org/CodeSystem/condition-ver-status"
CCAT = "http://terminology.hl7.org/CodeSystem/condition-category"
ACT = "http://terminology.hl7.org/CodeSystem/v3-ActCode"

ORGS = {
 "sn1": ("Alameda Valley County Medical Center", "https://fhir.avcmc.org/r4", "Eastside Community Health Center (FQHC)"),
 "sn2": ("Riverbend Parish Public Hospital", "https://ehr.riverbendpublic.org/fhir/r4", "La Clinica del Valle Health Center (FQHC)"),
 "sn3": ("Harlan County Health System", "https://fhir-api.harlancountyhealth.org/r4", "Northgate Family Health Center (FQHC)"),
 "sn4": ("Sierra Vista County Hospital", "https://interop.svch.org/fhir/R4", "Pueblo Nuevo Community Clinic (FQHC)"),
 "or1": ("Summit Orthopaedic & Spine Associates", "https://fhir.summitortho.com/r4", "Summit Surgery Center"),
 "or2": ("Lakeshore Bone & Joint Institute", "https://api.lakeshorebj.com/fhir/r4", "Lakeshore Ambulatory Surgery Center"),
 "or3": ("Piedmont Spine & Pain Specialists", "https://fhir.piedmontspine.net/R4", "Piedmont Outpatient Surgery Center"),
 "or4": ("Cascade Orthopedic Group", "https://fhir.cascadeortho.org/r4", "Cascade Surgery Center"),
 "ne1": ("Whitmore University Neuroscience Institute", "https://fhir.whitmore-health.edu/r4", "Whitmore Infusion Center"),
 "ne2": ("Great Plains Academic Medical Center - Rare Disease Program", "https://fhir.gpamc.edu/api/FHIR/R4", "GPAMC Neurology Clinics"),
 "ne3": ("Bayview University Comprehensive Epilepsy & Movement Center", "https://fhirprod.bayviewuniv.edu/R4", "Bayview Neurosurgery"),
}

def c(sys, code, display):
    return {"system": sys, "code": code, "display": display}

def cc(*codings, text=None):
    r = {}
    if codings: r["coding"] = [x if isinstance(x, dict) else c(*x) for x in codings]
    if text: r["text"] = text
    elif codings: r["text"] = r["coding"][0]["display"]
    return r

def b64(s): return base64.b64encode(s.encode("utf-8")).decode("ascii")

class B:
    def __init__(self, cid, org, pt):
        self.cid = cid; self.orgkey = org; self.name, self.base, self.site = ORGS[org]
        self.entries = []; self.n = collections.Counter(); self.P = f"Patient/{cid}"
        self.pracs = {}
        oid = self.nid("org")
        self.add({"resourceType": "Organization", "id": oid, "active": True, "name": self.name,
                  "identifier": [{"system": "http://hl7.org/fhir/sid/us-npi", "value": pt.pop("org_npi", "1" + str(h(self.name)).zfill(9))}],
                  "type": [cc(("http://terminology.hl7.org/CodeSystem/organization-type", "prov", "Healthcare Provider"))]})
        self.ORG = f"Organization/{oid}"
        sid = self.nid("org")
        self.add({"resourceType": "Organization", "id": sid, "active": True, "name": self.site, "partOf": {"reference": self.ORG}})
        self.SITE = f"Organization/{sid}"
        self.patient(**pt)

    def nid(self, kind):
        self.n[kind] += 1; return f"{self.cid}-{kind}-{self.n[kind]}"

    def add(self, r):
        self.entries.append(r); return f"{r['resourceType']}/{r['id']}"

    def prac(self, key, family, given, qual=None, npi=None):
        pid = self.nid("pr")
        r = {"resourceType": "Practitioner", "id": pid, "active": True,
             "name": [{"family": family, "given": given.split(), "prefix": [] if qual in ("RN", "CHW", "PT", "interpreter", "PA-C", "NP", "MA") else ["Dr."]}],
             "identifier": [{"system": "http://hl7.org/fhir/sid/us-npi", "value": npi or ("1" + str(h(family + given)).zfill(9))}]}
        if not r["name"][0]["prefix"]: del r["name"][0]["prefix"]
        if qual: r["qualification"] = [{"code": cc(text=qual)}]
        self.pracs[key] = self.add(r); return self.pracs[key]

    def patient(self, family, given, gender, birth, mrn, lang=None, addr=None, phone=None, race=None, payer=None, member=None):
        r = {"resourceType": "Patient", "id": self.cid, "active": True,
             "identifier": [{"use": "usual", "type": cc(c(V2_0203, "MR", "Medical record number"), text="MRN"), "system": self.base.rsplit("/", 1)[0] + "/mrn", "value": mrn}],
             "name": [{"use": "official", "family": family, "given": given.split()}], "gender": gender, "birthDate": birth,
             "address": [addr or {"use": "home", "line": ["100 Main St"], "city": "Springfield", "state": "IL", "postalCode": "62701"}],
             "managingOrganization": {"reference": self.ORG}}
        if phone: r["telecom"] = [{"system": "phone", "value": phone, "use": "mobile"}]
        if lang:
            r["communication"] = [{"language": cc(c("urn:ietf:bcp:47", lang[0], lang[1])), "preferred": True}]
        self.add(r)
        if payer:
            pid = self.nid("org")
            self.add({"resourceType": "Organization", "id": pid, "name": payer, "type": [cc(("http://terminology.hl7.org/CodeSystem/organization-type", "pay", "Payer"))]})
            self.add({"resourceType": "Coverage", "id": self.nid("cov"), "status": "active", "beneficiary": {"reference": self.P},
                      "subscriberId": member or mrn, "payor": [{"reference": f"Organization/{pid}"}],
                      "type": cc(text="Medicaid" if "Medicaid" in payer or "Medi-Cal" in payer else ("Medicare" if "Medicare" in payer else "Commercial"))})

    def enc(self, date, cls, typ, reason=None, pr=None, end=None, status="finished", interp=None, loc=None, org=None, typecode=None):
        eid = self.nid("enc")
        clsmap = {"AMB": "ambulatory", "EMER": "emergency", "IMP": "inpatient encounter", "VR": "virtual", "HH": "home health", "SS": "short stay", "OBSENC": "observation encounter"}
        r = {"resourceType": "Encounter", "id": eid, "status": status, "class": c(ACT, cls, clsmap[cls]),
             "type": [cc(typecode, text=typ) if typecode else cc(text=typ)], "subject": {"reference": self.P},
             "period": {"start": date if "T" in date else date + "T09:00:00-08:00"}, "serviceProvider": {"reference": org or self.ORG}}
        if end: r["period"]["end"] = end if "T" in end else end + "T17:00:00-08:00"
        parts = []
        if pr: parts.append({"type": [cc(c("http://terminology.hl7.org/CodeSystem/v3-ParticipationType", "PPRF", "primary performer"))], "individual": {"reference": self.pracs[pr]}})
        if interp: parts.append({"type": [cc(c("http://terminology.hl7.org/CodeSystem/v3-ParticipationType", "TRANS", "Translator"))], "individual": {"reference": self.pracs[interp]}})
        if parts: r["participant"] = parts
        if reason: r["reasonCode"] = [reason if isinstance(reason, dict) else cc(text=reason)]
        return self.add(r)

    def cond(self, code, onset, status="active", cat="problem-list-item", abate=None, enc=None, ver="confirmed", note=None, recorded=None, asserter=None, severity=None):
        r = {"resourceType": "Condition", "id": self.nid("cond"),
             "clinicalStatus": cc(c(CSTAT, status, status.capitalize())),
             "verificationStatus": cc(c(VSTAT, ver, ver.capitalize())),
             "category": [cc(c(CCAT, cat, {"problem-list-item": "Problem List Item", "encounter-diagnosis": "Encounter Diagnosis"}[cat]))],
             "code": code, "subject": {"reference": self.P}}
        if onset: r["onsetDateTime"] = onset
        r["recordedDate"] = recorded or onset
        if abate: r["abatementDateTime"] = abate
        if enc: r["encounter"] = {"reference": enc}
        if note: r["note"] = [{"text": note}]
        if asserter: r["asserter"] = {"reference": self.pracs[asserter]}
        if severity: r["severity"] = cc(text=severity)
        return self.add(r)

    def obs(self, code, date, val=None, unit=None, ucum=None, lo=None, hi=None, interp="auto", cat="laboratory", vstr=None, vcc=None, enc=None, comps=None, note=None, status="final", refText=None, performer=None):
        r = {"resourceType": "Observation", "id": self.nid("obs"), "status": status,
             "category": [cc(c(OBSCAT, cat, {"laboratory": "Laboratory", "vital-signs": "Vital Signs", "survey": "Survey", "exam": "Exam", "imaging": "Imaging", "procedure": "Procedure", "social-history": "Social History", "therapy": "Therapy"}[cat]))],
             "code": code, "subject": {"reference": self.P}, "effectiveDateTime": date if "T" in date else date + "T10:30:00-08:00"}
        if val is not None:
            r["valueQuantity"] = {"value": val, "unit": unit or "", "system": UCUM, "code": ucum or unit or "1"}
            if ucum == "" : del r["valueQuantity"]["system"]; del r["valueQuantity"]["code"]
        if vstr is not None: r["valueString"] = vstr
        if vcc is not None: r["valueCodeableConcept"] = vcc
        if lo is not None or hi is not None or refText:
            rr = {}
            if lo is not None: rr["low"] = {"value": lo, "unit": unit, "system": UCUM, "code": ucum or unit}
            if hi is not None: rr["high"] = {"value": hi, "unit": unit, "system": UCUM, "code": ucum or unit}
            if refText: rr["text"] = refText
            r["referenceRange"] = [rr]
        if interp == "auto" and val is not None and (lo is not None or hi is not None):
            interp = "L" if (lo is not None and val < lo) else ("H" if (hi is not None and val > hi) else "N")
        elif interp == "auto":
            interp = None
        if interp:
            d = {"N": "Normal", "H": "High", "L": "Low", "A": "Abnormal", "HH": "Critical high", "LL": "Critical low", "POS": "Positive", "NEG": "Negative"}[interp]
            r["interpretation"] = [cc(c(INTERP, interp, d))]
        if enc: r["encounter"] = {"reference": enc}
        if comps: r["component"] = comps
        if note: r["note"] = [{"text": note}]
        if performer: r["performer"] = [{"reference": self.pracs[performer]}]
        return self.add(r)

    def vitals(self, date, enc, sbp, dbp, hr, wt=None, temp=None, spo2=None, rr=None, bmi=None):
        t = date + "T09:15:00-08:00"
        out = [self.obs(cc(c(LN, "85354-9", "Blood pressure panel with all children optional")), t, cat="vital-signs", enc=enc, interp=None,
                 comps=[{"code": cc(c(LN, "8480-6", "Systolic blood pressure")), "valueQuantity": {"value": sbp, "unit": "mm[Hg]", "system": UCUM, "code": "mm[Hg]"}},
                        {"code": cc(c(LN, "8462-4", "Diastolic blood pressure")), "valueQuantity": {"value": dbp, "unit": "mm[Hg]", "system": UCUM, "code": "mm[Hg]"}}]),
               self.obs(cc(c(LN, "8867-4", "Heart rate")), t, hr, "/min", "/min", cat="vital-signs", enc=enc, interp=None)]
        if wt: out.append(self.obs(cc(c(LN, "29463-7", "Body weight")), t, wt, "kg", "kg", cat="vital-signs", enc=enc, interp=None))
        if temp: out.append(self.obs(cc(c(LN, "8310-5", "Body temperature")), t, temp, "Cel", "Cel", cat="vital-signs", enc=enc, interp=None))
        if spo2: out.append(self.obs(cc(c(LN, "59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry")), t, spo2, "%", "%", cat="vital-signs", enc=enc, interp=None))
        if rr: out.append(self.obs(cc(c(LN, "9279-1", "Respiratory rate")), t, rr, "/min", "/min", cat="vital-signs", enc=enc, interp=None))
        if bmi: out.append(self.obs(cc(c(LN, "39156-5", "Body mass index (BMI) [Ratio]")), t, bmi, "kg/m2", "kg/m2", cat="vital-signs", enc=enc, interp=None))
        return out

    def med(self, code, start, status="active", kind="MedicationRequest", dose=None, reason=None, pr=None, end=None, intent="order", note=None):
        r = {"resourceType": kind, "id": self.nid("med" if kind == "MedicationRequest" else "ms"), "status": status,
             "medicationCodeableConcept": code, "subject": {"reference": self.P}}
        if kind == "MedicationRequest":
            r["intent"] = intent; r["authoredOn"] = start
            if pr: r["requester"] = {"reference": self.pracs[pr]}
            if dose: r["dosageInstruction"] = [{"text": dose}]
            if reason: r["reasonCode"] = [reason]
        else:
            r["effectivePeriod"] = {"start": start}
            if end: r["effectivePeriod"]["end"] = end
            r["dateAsserted"] = end or start
            if dose: r["dosage"] = [{"text": dose}]
            if reason: r["reasonCode"] = [reason]
        if note: r["note"] = [{"text": note}]
        return self.add(r)

    def note(self, date, title, text, pr=None, enc=None, typ=("11506-3", "Progress note")):
        r = {"resourceType": "DocumentReference", "id": self.nid("doc"), "status": "current", "docStatus": "final",
             "type": cc(c(LN, typ[0], typ[1])), "category": [cc(c("http://hl7.org/fhir/us/core/CodeSystem/us-core-documentreference-category", "clinical-note", "Clinical Note"))],
             "subject": {"reference": self.P}, "date": date if "T" in date else date + "T16:00:00-08:00", "description": title,
             "content": [{"attachment": {"contentType": "text/plain", "data": b64(text), "title": title, "creation": date[:10]}}]}
        if pr: r["author"] = [{"reference": self.pracs[pr]}]
        if enc: r["context"] = {"encounter": [{"reference": enc}]}
        return self.add(r)

    def sr(self, code, status, intent, authored, occ=None, reason=None, pr=None, performer=None, note=None, cat=None, priority=None):
        r = {"resourceType": "ServiceRequest", "id": self.nid("sr"), "status": status, "intent": intent, "code": code,
             "subject": {"reference": self.P}, "authoredOn": authored}
        if cat: r["category"] = [cat]
        if occ: r["occurrenceDateTime"] = occ
        if reason: r["reasonCode"] = [reason] if isinstance(reason, dict) else [cc(text=reason)]
        if pr: r["requester"] = {"reference": self.pracs[pr]}
        if performer: r["performer"] = [{"reference": performer}]
        if note: r["note"] = [{"text": note}]
        if priority: r["priority"] = priority
        return self.add(r)

    def proc(self, code, status, date, reason=None, pr=None, note=None, enc=None, body=None, outcome=None):
        r = {"resourceType": "Procedure", "id": self.nid("proc"), "status": status, "code": code, "subject": {"reference": self.P}}
        if date: r["performedDateTime"] = date
        if reason: r["reasonCode"] = [reason] if isinstance(reason, dict) else [cc(text=reason)]
        if pr: r["performer"] = [{"actor": {"reference": self.pracs[pr]}}]
        if note: r["note"] = [{"text": note}]
        if enc: r["encounter"] = {"reference": enc}
        if body: r["bodySite"] = [body]
        if outcome: r["outcome"] = cc(text=outcome)
        return self.add(r)

    def dr(self, code, date, conclusion, results=None, cat=("RAD", "Radiology"), pr=None, status="final", enc=None):
        r = {"resourceType": "DiagnosticReport", "id": self.nid("dr"), "status": status,
             "category": [cc(c("http://terminology.hl7.org/CodeSystem/v2-0074", cat[0], cat[1]))], "code": code,
             "subject": {"reference": self.P}, "effectiveDateTime": date, "issued": date + "T18:00:00-08:00" if "T" not in date else date, "conclusion": conclusion}
        if results: r["result"] = [{"reference": x} for x in results]
        if pr: r["resultsInterpreter"] = [{"reference": self.pracs[pr]}]
        if enc: r["encounter"] = {"reference": enc}
        return self.add(r)

    def careplan(self, title, status, intent, start, desc, cat=None, addresses=None, pr=None, activities=None):
        r = {"resourceType": "CarePlan", "id": self.nid("cp"), "status": status, "intent": intent, "title": title,
             "description": desc, "subject": {"reference": self.P}, "period": {"start": start}, "created": start}
        if cat: r["category"] = [cat]
        if addresses: r["addresses"] = [{"reference": a} for a in addresses]
        if pr: r["author"] = {"reference": self.pracs[pr]}
        if activities: r["activity"] = [{"detail": {"status": st, "description": d, **({"code": code} if code else {})}} for (d, st, code) in activities]
        return self.add(r)

    def comm(self, date, text, sender, recipient, status="completed", medium=None, cat=None, about=None, inResp=None):
        r = {"resourceType": "Communication", "id": self.nid("comm"), "status": status, "subject": {"reference": self.P},
             "sent": date, "sender": {"reference": sender}, "recipient": [{"reference": recipient}], "payload": [{"contentString": text}]}
        if medium: r["medium"] = [cc(c("http://terminology.hl7.org/CodeSystem/v3-ParticipationMode", medium[0], medium[1]))]
        if cat: r["category"] = [cc(text=cat)]
        if inResp: r["inResponseTo"] = [{"reference": inResp}]
        return self.add(r)

    def appt(self, start, desc, status="booked", pr=None, svc=None):
        r = {"resourceType": "Appointment", "id": self.nid("appt"), "status": status, "description": desc,
             "start": start, "end": start[:11] + "17:00:00" + start[19:],
             "participant": [{"actor": {"reference": self.P}, "status": "accepted"}]}
        if pr: r["participant"].append({"actor": {"reference": self.pracs[pr]}, "status": "accepted"})
        if svc: r["serviceType"] = [svc]
        return self.add(r)

    def bundle(self):
        ents = []
        for r in self.entries:
            ents.append({"fullUrl": f"{self.base}/{r['resourceType']}/{r['id']}", "resource": r,
                         "request": {"method": "PUT", "url": f"{r['resourceType']}/{r['id']}"}})
        return {"resourceType": "Bundle", "type": "transaction", "entry": ents}

# common lab shortcuts
def L(code, disp): return cc(c(LN, code, disp))
