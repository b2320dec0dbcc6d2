"""Small FHIR R4 builder used to write the case bundles."""
import base64, collections

SCT = "http://snomed.info/sct"
ICD = "http://hl7.org/fhir/sid/icd-10-cm"
LN = "http://loinc.org"
CPT = "http://www.ama-assn.org/go/cpt"
HCPCS = "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets"
RX = "http://www.nlm.nih.gov/research/umls/rxnorm"
UCUM = "http://unitsofmeasure.org"
INTERP = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation"
OBSCAT = "http://terminology.hl7.org/CodeSystem/observation-category"
CONDCAT = "http://terminology.hl7.org/CodeSystem/condition-category"
CLIN = "http://terminology.hl7.org/CodeSystem/condition-clinical"
VER = "http://terminology.hl7.org/CodeSystem/condition-ver-status"
ACT = "http://terminology.hl7.org/CodeSystem/v3-ActCode"

def c(system, code, display):
    return {"system": system, "code": code, "display": display}

def cc(*codings, text=None):
    out = {}
    cods = [x for x in codings if x]
    if cods:
        out["coding"] = cods
    out["text"] = text or (cods[0]["display"] if cods else "")
    return out

def sct(code, d): return c(SCT, code, d)
def icd(code, d): return c(ICD, code, d)
def ln(code, d): return c(LN, code, d)
def cpt(code, d): return c(CPT, code, d)
def hcpcs(code, d): return c(HCPCS, code, d)
def rx(code, d): return c(RX, code, d)

ORGS = {
  # Epic-based Midwest multispecialty clinics
  "lakeshore": dict(name="Lakeshore Health Clinics", base="https://fhir.lakeshorehealth.org/api/FHIR/R4", oid="1.2.840.114350.1.13.482", city="Grand Rapids", state="MI", zip="49503", phone="616-555-0100"),
  "prairie": dict(name="Prairie Ridge Clinic", base="https://epicproxy.prairieridge.org/FHIR/api/FHIR/R4", oid="1.2.840.114350.1.13.517", city="Cedar Rapids", state="IA", zip="52402", phone="319-555-0140"),
  "northwoods": dict(name="Northwoods Medical Group", base="https://fhir.northwoodsmg.com/interconnect-prd/api/FHIR/R4", oid="1.2.840.114350.1.13.338", city="Eau Claire", state="WI", zip="54701", phone="715-555-0120"),
  "greatrivers": dict(name="Great Rivers Health", base="https://ic.greatrivershealth.org/FHIRProxy/api/FHIR/R4", oid="1.2.840.114350.1.13.611", city="Quincy", state="IL", zip="62301", phone="217-555-0190"),
  "heartland": dict(name="Heartland Family Medicine Associates", base="https://fhir.heartlandfma.org/api/FHIR/R4", oid="1.2.840.114350.1.13.702", city="Wichita", state="KS", zip="67208", phone="316-555-0177"),
  "twinrivers": dict(name="Twin Rivers Clinic", base="https://fhir.twinriversclinic.org/api/FHIR/R4", oid="1.2.840.114350.1.13.745", city="Mankato", state="MN", zip="56001", phone="507-555-0133"),
  "cuyahoga": dict(name="Cuyahoga Valley Clinic", base="https://epic-fhir.cvclinic.org/api/FHIR/R4", oid="1.2.840.114350.1.13.290", city="Akron", state="OH", zip="44304", phone="330-555-0162"),
  # cancer centres
  "ridgeview": dict(name="Ridgeview Cancer Institute", base="https://fhir.ridgeviewcancer.org/r4", oid=None, city="Columbus", state="OH", zip="43210", phone="614-555-0211"),
  "bayfield": dict(name="Bayfield Regional Cancer Center", base="https://api.bayfieldcancer.org/fhir/r4", oid=None, city="Duluth", state="MN", zip="55805", phone="218-555-0250"),
  "summit": dict(name="Summit Oncology Associates", base="https://fhir.summitoncology.net/R4", oid=None, city="Fort Wayne", state="IN", zip="46802", phone="260-555-0234"),
  # community mental health and addiction network
  "harbor": dict(name="Harbor Community Behavioral Health", base="https://ehr.harborcbh.org/fhir/R4", oid=None, city="Toledo", state="OH", zip="43604", phone="419-555-0301"),
  "tricounty": dict(name="Tri-County Recovery Network", base="https://fhir.tricountyrecovery.org/r4", oid=None, city="Springfield", state="MO", zip="65806", phone="417-555-0322"),
  "cedarvalley": dict(name="Cedar Valley Behavioral Health", base="https://cvbh-fhir.cedarvalleybh.org/R4", oid=None, city="Waterloo", state="IA", zip="50703", phone="319-555-0366"),
}

class Bundle:
    def __init__(self, cid, org):
        self.cid = cid
        self.o = ORGS[org]
        self.orgkey = org
        self.res = []
        self.n = collections.Counter()
        self.org = self.organization(self.o["name"], main=True)
        self.pt = None

    def nid(self, p):
        self.n[p] += 1
        return f"{self.cid}-{p}{self.n[p]}"

    def add(self, r):
        self.res.append(r)
        return f"{r['resourceType']}/{r['id']}"

    def mrn_system(self):
        if self.o["oid"]:
            return f"urn:oid:{self.o['oid']}.2.7.5.737384.14"
        return self.o["base"].split("/fhir")[0].split("/api")[0].split("/r4")[0].split("/R4")[0] + "/identifiers/mrn"

    # ---------------------------------------------------------- admin
    def organization(self, name, main=False, kind="prov", city=None, state=None):
        r = {"resourceType": "Organization", "id": self.nid("org"), "active": True, "name": name,
             "type": [cc(c("http://terminology.hl7.org/CodeSystem/organization-type", kind,
                            {"prov": "Healthcare Provider", "ins": "Insurance Company", "dept": "Hospital Department"}[kind]))]}
        if main:
            r["address"] = [{"city": self.o["city"], "state": self.o["state"], "postalCode": self.o["zip"], "country": "US"}]
            r["telecom"] = [{"system": "phone", "value": self.o["phone"]}]
        elif city:
            r["address"] = [{"city": city, "state": state, "country": "US"}]
        return self.add(r)

    def patient(self, given, family, gender, birth, line, mrn, phone, marital=None, lang="en", extra_ident=None):
        r = {"resourceType": "Patient", "id": self.cid, "active": True,
             "identifier": [{"use": "usual", "type": cc(c("http://terminology.hl7.org/CodeSystem/v2-0203", "MR", "Medical record number")),
                             "system": self.mrn_system(), "value": mrn}],
             "name": [{"use": "official", "family": family, "given": given.split()}],
             "telecom": [{"system": "phone", "value": phone, "use": "mobile"}],
             "gender": gender, "birthDate": birth,
             "address": [{"use": "home", "line": [line], "city": self.o["city"], "state": self.o["state"], "postalCode": self.o["zip"], "country": "US"}],
             "communication": [{"language": cc(c("urn:ietf:bcp:47", lang, {"en": "English", "es": "Spanish"}[lang])), "preferred": True}],
             "managingOrganization": {"reference": self.org}}
        if marital:
            r["maritalStatus"] = cc(c("http://terminology.hl7.org/CodeSystem/v3-MaritalStatus", marital,
                                      {"M": "Married", "S": "Never Married", "D": "Divorced", "W": "Widowed"}[marital]))
        if extra_ident:
            r["identifier"].append(extra_ident)
        self.res.insert(0, r)
        self.pt = f"Patient/{self.cid}"
        return self.pt

    def practitioner(self, given, family, qual, npi):
        r = {"resourceType": "Practitioner", "id": self.nid("pr"), "active": True,
             "identifier": [{"system": "http://hl7.org/fhir/sid/us-npi", "value": npi}],
             "name": [{"family": family, "given": given.split(), "suffix": [qual.split(",")[0]]}],
             "qualification": [{"code": cc(text=qual)}]}
        return self.add(r)

    def coverage(self, payer, plan, member, start="2026-01-01", kind="EHCPOL"):
        ins = self.organization(payer, kind="ins")
        r = {"resourceType": "Coverage", "id": self.nid("cov"), "status": "active",
             "type": cc(c("http://terminology.hl7.org/CodeSystem/v3-ActCode", kind,
                          {"EHCPOL": "extended healthcare", "PUBLICPOL": "public healthcare", "MCPOL": "managed care policy"}[kind])),
             "subscriberId": member, "beneficiary": {"reference": self.pt}, "relationship": cc(c("http://terminology.hl7.org/CodeSystem/subscriber-relationship", "self", "Self")),
             "period": {"start": start}, "payor": [{"reference": ins}],
             "class": [{"type": cc(c("http://terminology.hl7.org/CodeSystem/coverage-class", "plan", "Plan")), "value": member[:6], "name": plan}]}
        return self.add(r)

    # ---------------------------------------------------------- clinical
    def encounter(self, date, typ, cls="AMB", pract=None, reason=None, end=None, status="finished", dept=None, hosp=None):
        clsd = {"AMB": "ambulatory", "EMER": "emergency", "IMP": "inpatient encounter", "VR": "virtual", "HH": "home health", "OBSENC": "observation encounter"}[cls]
        r = {"resourceType": "Encounter", "id": self.nid("enc"), "status": status,
             "class": c(ACT, cls, clsd), "type": [typ if isinstance(typ, dict) else cc(text=typ)],
             "subject": {"reference": self.pt},
             "period": {"start": date if "T" in date else date + "T09:00:00-06:00"},
             "serviceProvider": {"reference": dept or self.org}}
        if end:
            r["period"]["end"] = end if "T" in end else end + "T17:00:00-06:00"
        elif status == "finished":
            r["period"]["end"] = r["period"]["start"].replace("T09:00", "T09:40")
        if pract:
            r["participant"] = [{"type": [cc(c("http://terminology.hl7.org/CodeSystem/v3-ParticipationType", "PPRF", "primary performer"))], "individual": {"reference": pract}}]
        if reason:
            r["reasonCode"] = [reason if isinstance(reason, dict) else cc(text=reason)]
        if hosp:
            r["hospitalization"] = hosp
        return self.add(r)

    def condition(self, code, onset, status="active", cat="problem-list-item", ver="confirmed", abate=None, enc=None, recorded=None, note=None, severity=None, stage=None, recorder=None):
        r = {"resourceType": "Condition", "id": self.nid("cond"),
             "clinicalStatus": cc(c(CLIN, status, status.capitalize())),
             "verificationStatus": cc(c(VER, ver, ver.capitalize())),
             "category": [cc(c(CONDCAT, cat, {"problem-list-item": "Problem List Item", "encounter-diagnosis": "Encounter Diagnosis"}[cat]))],
             "code": code, "subject": {"reference": self.pt}}
        if onset:
            r["onsetDateTime"] = onset
        r["recordedDate"] = recorded or onset
        if abate:
            r["abatementDateTime"] = abate
        if enc:
            r["encounter"] = {"reference": enc}
        if recorder:
            r["recorder"] = {"reference": recorder}
        if severity:
            r["severity"] = severity
        if stage:
            r["stage"] = [stage]
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    def obs(self, code, date, value=None, unit=None, ucum=None, interp=None, low=None, high=None, cat="laboratory", enc=None, text_range=None, comps=None, vstr=None, vcc=None, note=None, status="final", performer=None, vint=None):
        r = {"resourceType": "Observation", "id": self.nid("obs"), "status": status,
             "category": [cc(c(OBSCAT, cat, {"laboratory": "Laboratory", "vital-signs": "Vital Signs", "survey": "Survey", "exam": "Exam", "imaging": "Imaging", "procedure": "Procedure", "social-history": "Social History"}[cat]))],
             "code": code, "subject": {"reference": self.pt},
             "effectiveDateTime": date if "T" in date else date + "T10:15:00-06:00"}
        if value is not None:
            r["valueQuantity"] = {"value": value, "unit": unit, "system": UCUM, "code": ucum or unit}
        if vint is not None:
            r["valueInteger"] = vint
        if vstr is not None:
            r["valueString"] = vstr
        if vcc is not None:
            r["valueCodeableConcept"] = vcc
        if interp:
            dd = {"N": "Normal", "H": "High", "L": "Low", "A": "Abnormal", "HH": "Critical high", "LL": "Critical low", "POS": "Positive", "NEG": "Negative"}
            r["interpretation"] = [cc(c(INTERP, interp, dd[interp]))]
        if low is not None or high is not None:
            rr = {}
            if low is not None:
                rr["low"] = {"value": low, "unit": unit, "system": UCUM, "code": ucum or unit}
            if high is not None:
                rr["high"] = {"value": high, "unit": unit, "system": UCUM, "code": ucum or unit}
            if text_range:
                rr["text"] = text_range
            r["referenceRange"] = [rr]
        elif text_range:
            r["referenceRange"] = [{"text": text_range}]
        if comps:
            r["component"] = comps
        if enc:
            r["encounter"] = {"reference": enc}
        if performer:
            r["performer"] = [{"reference": performer}]
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    def vitals(self, date, enc, sbp, dbp, hr, wt=None, bmi=None, temp=None, spo2=None):
        comps = [{"code": cc(ln("8480-6", "Systolic blood pressure")), "valueQuantity": {"value": sbp, "unit": "mm[Hg]", "system": UCUM, "code": "mm[Hg]"}},
                 {"code": cc(ln("8462-4", "Diastolic blood pressure")), "valueQuantity": {"value": dbp, "unit": "mm[Hg]", "system": UCUM, "code": "mm[Hg]"}}]
        refs = [self.obs(cc(ln("85354-9", "Blood pressure panel with all children optional")), date, cat="vital-signs", enc=enc, comps=comps)]
        refs.append(self.obs(cc(ln("8867-4", "Heart rate")), date, hr, "/min", cat="vital-signs", enc=enc))
        if wt is not None:
            refs.append(self.obs(cc(ln("29463-7", "Body weight")), date, wt, "kg", cat="vital-signs", enc=enc))
        if bmi is not None:
            refs.append(self.obs(cc(ln("39156-5", "Body mass index (BMI) [Ratio]")), date, bmi, "kg/m2", "kg/m2", cat="vital-signs", enc=enc))
        if temp is not None:
            refs.append(self.obs(cc(ln("8310-5", "Body temperature")), date, temp, "Cel", cat="vital-signs", enc=enc))
        if spo2 is not None:
            refs.append(self.obs(cc(ln("59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry")), date, spo2, "%", cat="vital-signs", enc=enc))
        return refs

    def score(self, code, date, val, enc=None, note=None, interp_text=None):
        r = self.obs(code, date, vint=val, cat="survey", enc=enc, note=note)
        if interp_text:
            self.res[-1]["interpretation"] = [cc(text=interp_text)]
        return r

    def med(self, code, start, status="active", intent="order", dose=None, requester=None, reason=None, end=None, kind="MedicationRequest", note=None, bounds=None):
        if kind == "MedicationRequest":
            r = {"resourceType": "MedicationRequest", "id": self.nid("mr"), "status": status, "intent": intent,
                 "medicationCodeableConcept": code, "subject": {"reference": self.pt}, "authoredOn": start}
            if requester:
                r["requester"] = {"reference": requester}
            if dose or bounds:
                di = {"text": dose or ""}
                if bounds:
                    di["timing"] = {"repeat": {"boundsPeriod": bounds}}
                r["dosageInstruction"] = [di]
            if end:
                r["dispenseRequest"] = {"validityPeriod": {"start": start, "end": end}}
        else:
            r = {"resourceType": "MedicationStatement", "id": self.nid("ms"), "status": status,
                 "medicationCodeableConcept": code, "subject": {"reference": self.pt},
                 "effectivePeriod": {"start": start}, "dateAsserted": end or start}
            if end:
                r["effectivePeriod"]["end"] = end
            if dose:
                r["dosage"] = [{"text": dose}]
        if reason:
            r["reasonReference" if reason.startswith("Condition/") else "reasonCode"] = [{"reference": reason}] if reason.startswith("Condition/") else [cc(text=reason)]
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    def service_request(self, code, authored, status="active", intent="order", occ=None, priority=None, reason=None, requester=None, performer=None, category=None, note=None, occ_end=None):
        r = {"resourceType": "ServiceRequest", "id": self.nid("sr"), "status": status, "intent": intent,
             "code": code, "subject": {"reference": self.pt}, "authoredOn": authored}
        if category:
            r["category"] = [category]
        if priority:
            r["priority"] = priority
        if occ and occ_end:
            r["occurrencePeriod"] = {"start": occ, "end": occ_end}
        elif occ:
            r["occurrenceDateTime"] = occ
        if requester:
            r["requester"] = {"reference": requester}
        if performer:
            r["performer"] = [{"reference": performer}]
        if reason:
            if reason.startswith("Condition/"):
                r["reasonReference"] = [{"reference": reason}]
            else:
                r["reasonCode"] = [cc(text=reason)]
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    def procedure(self, code, date, status="completed", reason=None, performer=None, note=None, enc=None, basedOn=None):
        r = {"resourceType": "Procedure", "id": self.nid("proc"), "status": status, "code": code, "subject": {"reference": self.pt}}
        if date:
            r["performedDateTime"] = date
        if reason:
            r["reasonReference"] = [{"reference": reason}]
        if performer:
            r["performer"] = [{"actor": {"reference": performer}}]
        if enc:
            r["encounter"] = {"reference": enc}
        if basedOn:
            r["basedOn"] = [{"reference": basedOn}]
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    def careplan(self, title, cat, created, status="active", intent="plan", start=None, end=None, addresses=None, author=None, desc=None, activities=None):
        r = {"resourceType": "CarePlan", "id": self.nid("cp"), "status": status, "intent": intent,
             "category": [cat], "title": title, "subject": {"reference": self.pt}, "created": created,
             "period": {"start": start or created}}
        if end:
            r["period"]["end"] = end
        if addresses:
            r["addresses"] = [{"reference": a} for a in addresses]
        if author:
            r["author"] = {"reference": author}
        if desc:
            r["description"] = desc
        if activities:
            r["activity"] = [{"detail": {"status": s, "description": d, **({"code": code} if code else {})}} for (d, s, code) in activities]
        return self.add(r)

    def note(self, typ, date, text, author=None, enc=None, title=None, status="current"):
        types = {"progress": ln("11506-3", "Progress note"), "consult": ln("11488-4", "Consult note"),
                 "discharge": ln("18842-5", "Discharge summary"), "ed": ln("34111-5", "Emergency department note"),
                 "procedure": ln("28570-0", "Procedure note"), "hp": ln("34117-2", "History and physical note"),
                 "nurse": ln("34746-8", "Nurse note"), "pathology": ln("11526-1", "Pathology study"),
                 "note": ln("34109-9", "Note"), "telephone": ln("34748-4", "Telephone encounter Note"),
                 "plan": ln("18776-5", "Plan of care note"), "radiology": ln("18748-4", "Diagnostic imaging study")}
        r = {"resourceType": "DocumentReference", "id": self.nid("doc"), "status": status, "docStatus": "final",
             "type": cc(types[typ], text=title) if title else cc(types[typ]),
             "category": [cc(c("http://hl7.org/fhir/us/core/CodeSystem/us-core-documentreference-category", "clinical-note", "Clinical Note"))],
             "subject": {"reference": self.pt}, "date": date if "T" in date else date + "T16:30:00-06:00",
             "content": [{"attachment": {"contentType": "text/plain", "data": base64.b64encode(text.strip().encode()).decode(), "title": title or types[typ]["display"], "creation": date}}]}
        if author:
            r["author"] = [{"reference": author}]
        if enc:
            r["context"] = {"encounter": [{"reference": enc}]}
        return self.add(r)

    def report(self, code, date, results=None, conclusion=None, cat="LAB", performer=None, status="final", enc=None):
        catd = {"LAB": "Laboratory", "RAD": "Radiology", "CG": "Cardiac Catheterization", "PAT": "Pathology (gross & histopath, not surgical)", "EC": "Electrocardiac (e.g., EKG, EEC, Holter)", "CUS": "Cardiac Ultrasound", "SP": "Surgical Pathology", "PF": "Pulmonary Function", "OTH": "Other"}
        r = {"resourceType": "DiagnosticReport", "id": self.nid("dr"), "status": status,
             "category": [cc(c("http://terminology.hl7.org/CodeSystem/v2-0074", cat, catd[cat]))],
             "code": code, "subject": {"reference": self.pt}, "effectiveDateTime": date, "issued": date + "T18:00:00-06:00" if "T" not in date else date}
        if results:
            r["result"] = [{"reference": x} for x in results]
        if conclusion:
            r["conclusion"] = conclusion
        if performer:
            r["performer"] = [{"reference": performer}]
        if enc:
            r["encounter"] = {"reference": enc}
        return self.add(r)

    def communication(self, date, text, sender, recipient, category=None, status="completed", medium=None, inResponseTo=None, topic=None):
        r = {"resourceType": "Communication", "id": self.nid("comm"), "status": status, "subject": {"reference": self.pt},
             "sent": date, "sender": {"reference": sender}, "recipient": [{"reference": recipient}],
             "payload": [{"contentString": text}]}
        if category:
            r["category"] = [category]
        if medium:
            r["medium"] = [medium]
        if inResponseTo:
            r["inResponseTo"] = [{"reference": inResponseTo}]
        if topic:
            r["topic"] = cc(text=topic)
        return self.add(r)

    def qr(self, questionnaire, date, items, author=None, status="completed"):
        r = {"resourceType": "QuestionnaireResponse", "id": self.nid("qr"), "questionnaire": questionnaire, "status": status,
             "subject": {"reference": self.pt}, "authored": date, "author": {"reference": author or self.pt},
             "source": {"reference": self.pt}, "item": items}
        return self.add(r)

    def flag(self, code, start, author, status="active", cat=None):
        r = {"resourceType": "Flag", "id": self.nid("flag"), "status": status, "code": code,
             "subject": {"reference": self.pt}, "period": {"start": start}, "author": {"reference": author}}
        if cat:
            r["category"] = [cat]
        return self.add(r)

    def impression(self, date, summary, assessor=None, problems=None, status="completed", findings=None, enc=None):
        r = {"resourceType": "ClinicalImpression", "id": self.nid("ci"), "status": status, "subject": {"reference": self.pt},
             "effectiveDateTime": date, "date": date, "summary": summary}
        if assessor:
            r["assessor"] = {"reference": assessor}
        if problems:
            r["problem"] = [{"reference": p} for p in problems]
        if findings:
            r["finding"] = [{"itemCodeableConcept": f} for f in findings]
        if enc:
            r["encounter"] = {"reference": enc}
        return self.add(r)

    def appointment(self, start, desc, participants, status="booked", reason=None, sr=None):
        r = {"resourceType": "Appointment", "id": self.nid("appt"), "status": status, "description": desc,
             "start": start, "end": start.replace("T07:30", "T12:30"),
             "participant": [{"actor": {"reference": self.pt}, "status": "accepted"}] + [{"actor": {"reference": p}, "status": "accepted"} for p in participants]}
        if reason:
            r["reasonReference"] = [{"reference": reason}]
        if sr:
            r["basedOn"] = [{"reference": sr}]
        return self.add(r)

    def immunization(self, code, date):
        r = {"resourceType": "Immunization", "id": self.nid("imm"), "status": "completed", "vaccineCode": code,
             "patient": {"reference": self.pt}, "occurrenceDateTime": date, "primarySource": True}
        return self.add(r)

    def allergy(self, code, date, crit="low", reaction=None):
        r = {"resourceType": "AllergyIntolerance", "id": self.nid("alg"),
             "clinicalStatus": cc(c("http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical", "active", "Active")),
             "verificationStatus": cc(c("http://terminology.hl7.org/CodeSystem/allergyintolerance-verification", "confirmed", "Confirmed")),
             "code": code, "patient": {"reference": self.pt}, "recordedDate": date, "criticality": crit}
        if reaction:
            r["reaction"] = [{"manifestation": [cc(text=reaction)]}]
        return self.add(r)

    def bundle(self):
        base = self.o["base"]
        entries = []
        for r in self.res:
            u = f"{r['resourceType']}/{r['id']}"
            entries.append({"fullUrl": f"{base}/{u}", "resource": r, "request": {"method": "PUT", "url": u}})
        return {"resourceType": "Bundle", "id": f"{self.cid}-bundle", "type": "transaction", "timestamp": "2026-12-01T07:00:00-06:00", "entry": entries}

# -------- shared code snippets
def problem(snomed, sdisp, icdc, idisp, text=None):
    return cc(sct(snomed, sdisp) if snomed else None, icd(icdc, idisp) if icdc else None, text=text)

INTERP_TXT = {"N": "Normal"}
