"""Small helpers that build FHIR R4 resources for one transaction Bundle (US Core flavoured)."""
import base64
import datetime
import zlib

SCT = "http://snomed.info/sct"
LOINC = "http://loinc.org"
ICD10 = "http://hl7.org/fhir/sid/icd-10-cm"
RXN = "http://www.nlm.nih.gov/research/umls/rxnorm"
CPT = "http://www.ama-assn.org/go/cpt"
HCPCS = "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets"
UCUM = "http://unitsofmeasure.org"
NPI = "http://hl7.org/fhir/sid/us-npi"
V2_0203 = "http://terminology.hl7.org/CodeSystem/v2-0203"
OBSCAT = "http://terminology.hl7.org/CodeSystem/observation-category"
INTERP = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation"
CONDCLIN = "http://terminology.hl7.org/CodeSystem/condition-clinical"
CONDVER = "http://terminology.hl7.org/CodeSystem/condition-ver-status"
CONDCAT = "http://terminology.hl7.org/CodeSystem/condition-category"
ACTCODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode"
USCORE = "http://hl7.org/fhir/us/core/StructureDefinition/"

INTERP_TXT = {"H": "High", "L": "Low", "N": "Normal", "A": "Abnormal", "POS": "Positive", "NEG": "Negative",
              "HH": "Critical high", "LL": "Critical low"}


def cc(system=None, code=None, display=None, text=None, extra=None):
    c = {}
    codings = []
    if system and code:
        d = {"system": system, "code": code}
        if display:
            d["display"] = display
        codings.append(d)
    for (s, k, dsp) in (extra or []):
        codings.append({"system": s, "code": k, "display": dsp})
    if codings:
        c["coding"] = codings
    c["text"] = text or display
    return c


def sct(code, display, text=None):
    return cc(SCT, code, display, text)


def loinc(code, display, text=None):
    return cc(LOINC, code, display, text)


def icd(code, display, text=None):
    return cc(ICD10, code, display, text)


def rx(code, display, text=None):
    return cc(RXN, code, display, text)


def cpt(code, display, text=None):
    return cc(CPT, code, display, text)


def textcc(text):
    return {"text": text}


class Bundle:
    def __init__(self, cid, base, tz="-05:00"):
        self.cid = cid
        self.base = base.rstrip("/") + "/"
        self.tz = tz
        self.entries = []
        self.n = {}
        self.patient = f"Patient/{cid}"

    def nid(self, abbr):
        self.n[abbr] = self.n.get(abbr, 0) + 1
        return f"{self.cid}-{abbr}-{self.n[abbr]}"

    def dt(self, d, t="09:00"):
        if "T" in d or len(d) < 10:
            return d
        return f"{d}T{t}:00{self.tz}"

    def add(self, res):
        rt, rid = res["resourceType"], res["id"]
        self.entries.append({"fullUrl": f"{self.base}{rt}/{rid}", "resource": res,
                             "request": {"method": "PUT", "url": f"{rt}/{rid}"}})
        return f"{rt}/{rid}"

    def bundle(self):
        return {"resourceType": "Bundle", "type": "transaction", "entry": self.entries}

    # ---------------- administrative ----------------
    def patient_(self, given, family, gender, birth, mrn, mrn_system, city, state, zipc, line,
                 phone, org=None, gp=None, lang="en", marital=None, race=None, ethnicity=None, extra_ident=None):
        ext = []
        if race:
            ext.append({"url": "http://hl7.org/fhir/us/core/StructureDefinition/us-core-race", "extension": [
                {"url": "ombCategory", "valueCoding": {"system": "urn:oid:2.16.840.1.113883.6.238",
                                                        "code": race[0], "display": race[1]}},
                {"url": "text", "valueString": race[1]}]})
        if ethnicity:
            ext.append({"url": "http://hl7.org/fhir/us/core/StructureDefinition/us-core-ethnicity", "extension": [
                {"url": "ombCategory", "valueCoding": {"system": "urn:oid:2.16.840.1.113883.6.238",
                                                        "code": ethnicity[0], "display": ethnicity[1]}},
                {"url": "text", "valueString": ethnicity[1]}]})
        ext.append({"url": "http://hl7.org/fhir/us/core/StructureDefinition/us-core-birthsex",
                    "valueCode": "F" if gender == "female" else "M"})
        idents = [{"use": "usual", "type": cc(V2_0203, "MR", "Medical record number", "MRN"),
                   "system": mrn_system, "value": mrn}]
        idents += extra_ident or []
        p = {"resourceType": "Patient", "id": self.cid, "meta": {"profile": [USCORE + "us-core-patient"]},
             "extension": ext, "identifier": idents, "active": True,
             "name": [{"use": "official", "family": family, "given": given if isinstance(given, list) else [given]}],
             "telecom": [{"system": "phone", "value": phone, "use": "home"}],
             "gender": gender, "birthDate": birth,
             "address": [{"use": "home", "line": [line], "city": city, "state": state, "postalCode": zipc,
                          "country": "US"}],
             "communication": [{"language": cc("urn:ietf:bcp:47", lang,
                                                {"en": "English", "es": "Spanish", "vi": "Vietnamese",
                                                 "pl": "Polish", "ar": "Arabic"}.get(lang, lang)),
                                "preferred": True}]}
        if marital:
            p["maritalStatus"] = cc("http://terminology.hl7.org/CodeSystem/v3-MaritalStatus", marital[0], marital[1])
        if org:
            p["managingOrganization"] = {"reference": org}
        if gp:
            p["generalPractitioner"] = [{"reference": gp}]
        return self.add(p)

    def org(self, name, npi=None, kind="prov", city=None, state=None, phone=None):
        o = {"resourceType": "Organization", "id": self.nid("org"),
             "meta": {"profile": [USCORE + "us-core-organization"]}, "active": True, "name": name,
             "type": [cc("http://terminology.hl7.org/CodeSystem/organization-type", kind,
                         {"prov": "Healthcare Provider", "pay": "Payer", "dept": "Hospital Department"}[kind])]}
        if npi:
            o["identifier"] = [{"system": NPI, "value": npi}]
        if city:
            o["address"] = [{"city": city, "state": state, "country": "US"}]
        if phone:
            o["telecom"] = [{"system": "phone", "value": phone}]
        return self.add(o)

    def prac(self, given, family, suffix, npi, qual=None):
        p = {"resourceType": "Practitioner", "id": self.nid("pract"),
             "meta": {"profile": [USCORE + "us-core-practitioner"]},
             "identifier": [{"system": NPI, "value": npi}], "active": True,
             "name": [{"family": family, "given": [given], "suffix": [suffix], "prefix": ["Dr."] if suffix in ("MD", "DO") else []}]}
        if qual:
            p["qualification"] = [{"code": textcc(qual)}]
        return self.add(p)

    def related(self, given, family, rel_code, rel_display, phone):
        r = {"resourceType": "RelatedPerson", "id": self.nid("relp"), "active": True, "patient": {"reference": self.patient},
             "relationship": [cc("http://terminology.hl7.org/CodeSystem/v3-RoleCode", rel_code, rel_display)],
             "name": [{"family": family, "given": [given]}], "telecom": [{"system": "phone", "value": phone}]}
        return self.add(r)

    def coverage(self, payer, plan, member, start, kind="commercial", relationship="self", subscriber=None):
        types = {"commercial": ("PPO", "preferred provider organization policy"),
                 "hmo": ("HMO", "health maintenance organization policy"),
                 "medicare": ("SUBSIDIZ", "subsidized health program"),
                 "medicaid": ("SUBSIDIZ", "subsidized health program"),
                 "ma": ("HMO", "health maintenance organization policy")}
        t = types[kind]
        c = {"resourceType": "Coverage", "id": self.nid("cov"), "meta": {"profile": [USCORE + "us-core-coverage"]},
             "status": "active", "type": cc(ACTCODE, t[0], t[1], plan),
             "subscriberId": member, "beneficiary": {"reference": self.patient},
             "relationship": cc("http://terminology.hl7.org/CodeSystem/subscriber-relationship", relationship,
                                relationship.capitalize()),
             "period": {"start": start}, "payor": [{"reference": payer}],
             "identifier": [{"type": cc(V2_0203, "MB", "Member Number"), "system": "urn:oid:2.16.840.1.113883.3.4.5.1", "value": member}],
             "class": [{"type": cc("http://terminology.hl7.org/CodeSystem/coverage-class", "plan", "Plan"),
                        "value": plan.split()[0].upper()[:10], "name": plan}]}
        if subscriber:
            c["subscriber"] = {"reference": subscriber}
        return self.add(c)

    # ---------------- clinical ----------------
    def enc(self, date, type_cc, prac, org, cls="AMB", reason=None, end=None, status="finished", dx=None,
            admit=None, discharge=None, priority=None, service=None, t="09:00", minutes=30):
        clsd = {"AMB": "ambulatory", "IMP": "inpatient encounter", "EMER": "emergency", "VR": "virtual",
                "HH": "home health", "OBSENC": "observation encounter"}[cls]
        e = {"resourceType": "Encounter", "id": self.nid("enc"), "meta": {"profile": [USCORE + "us-core-encounter"]},
             "identifier": [{"system": "urn:oid:1.2.840.114350.1.13.0.1.7.3.698084.8", "value": f"{zlib.crc32((self.cid + date + str(self.n.get('enc'))).encode())%10**9:09d}"}],
             "status": status, "class": {"system": ACTCODE, "code": cls, "display": clsd},
             "type": [type_cc], "subject": {"reference": self.patient},
             "participant": [{"type": [cc("http://terminology.hl7.org/CodeSystem/v3-ParticipationType", "ATND", "attender")],
                              "individual": {"reference": prac}}],
             "period": {"start": self.dt(date, t)}, "serviceProvider": {"reference": org}}
        if status == "finished":
            if end:
                e["period"]["end"] = self.dt(end, "14:00")
            else:
                hh, mm = map(int, t.split(":"))
                ends = datetime.datetime.fromisoformat(date) + datetime.timedelta(hours=hh, minutes=mm + minutes)
                e["period"]["end"] = self.dt(ends.date().isoformat(), ends.strftime("%H:%M"))
        if priority:
            e["priority"] = cc(ACTCODE, priority[0], priority[1])
        if service:
            e["serviceType"] = textcc(service)
        if reason:
            e["reasonCode"] = [reason]
        if admit or discharge:
            h = {}
            if admit:
                h["admitSource"] = cc("http://terminology.hl7.org/CodeSystem/admit-source", admit[0], admit[1])
            if discharge:
                h["dischargeDisposition"] = cc("http://terminology.hl7.org/CodeSystem/discharge-disposition",
                                               discharge[0], discharge[1])
            e["hospitalization"] = h
        ref = self.add(e)
        for d in dx or []:
            self.cond(d, onset=date, cat="encounter-diagnosis", enc=ref,
                      clin=("resolved" if d.get("_resolved") else "active") if isinstance(d, dict) else "active")
        return ref

    def cond(self, code, onset=None, cat="problem-list-item", clin="active", ver="confirmed", abated=None,
             enc=None, recorded=None, note=None, severity=None, body=None, asserter=None):
        code = {k: v for k, v in code.items() if not k.startswith("_")}
        c = {"resourceType": "Condition", "id": self.nid("cond"),
             "meta": {"profile": [USCORE + ("us-core-condition-problems-health-concerns" if cat != "encounter-diagnosis"
                                            else "us-core-condition-encounter-diagnosis")]},
             "clinicalStatus": cc(CONDCLIN, clin, clin.capitalize()),
             "verificationStatus": cc(CONDVER, ver, ver.capitalize()),
             "category": [cc(CONDCAT, cat, {"problem-list-item": "Problem List Item",
                                            "encounter-diagnosis": "Encounter Diagnosis",
                                            "health-concern": "Health Concern"}[cat])],
             "code": code, "subject": {"reference": self.patient}}
        if severity:
            c["severity"] = severity
        if body:
            c["bodySite"] = [body]
        if enc:
            c["encounter"] = {"reference": enc}
        if onset:
            c["onsetDateTime"] = onset
        if abated:
            c["abatementDateTime"] = abated
        c["recordedDate"] = recorded or onset
        if asserter:
            c["asserter"] = {"reference": asserter}
        if note:
            c["note"] = [{"text": note}]
        return self.add(c)

    def obs(self, date, code, value=None, unit=None, ucum=None, low=None, high=None, interp=None, cat="laboratory",
            enc=None, comps=None, vcc=None, vstr=None, ref_text=None, note=None, body=None, method=None,
            members=None, performer=None, t="08:30", status="final", derived=None, vint=None, issued=True):
        o = {"resourceType": "Observation", "id": self.nid("obs"), "status": status,
             "category": [cc(OBSCAT, cat, {"laboratory": "Laboratory", "vital-signs": "Vital Signs",
                                           "survey": "Survey", "exam": "Exam", "imaging": "Imaging",
                                           "procedure": "Procedure", "social-history": "Social History",
                                           "activity": "Activity"}[cat])],
             "code": code, "subject": {"reference": self.patient}, "effectiveDateTime": self.dt(date, t)}
        if cat == "laboratory":
            o["meta"] = {"profile": [USCORE + "us-core-observation-lab"]}
        elif cat == "vital-signs":
            o["meta"] = {"profile": ["http://hl7.org/fhir/StructureDefinition/vitalsigns"]}
        elif cat == "survey":
            o["meta"] = {"profile": [USCORE + "us-core-observation-survey"]}
        if issued and cat == "laboratory":
            o["issued"] = self.dt(date, "15:10")
        if enc:
            o["encounter"] = {"reference": enc}
        if performer:
            o["performer"] = [{"reference": performer}]
        if value is not None:
            o["valueQuantity"] = {"value": value, "unit": unit, "system": UCUM, "code": ucum or unit}
            if interp is None and (low is not None or high is not None):
                interp = "N"
                if high is not None and value > high:
                    interp = "H"
                if low is not None and value < low:
                    interp = "L"
        if vint is not None:
            o["valueInteger"] = vint
        if vcc:
            o["valueCodeableConcept"] = vcc
        if vstr:
            o["valueString"] = vstr
        if interp:
            o["interpretation"] = [cc(INTERP, interp, INTERP_TXT[interp])]
        if low is not None or high is not None or ref_text:
            rr = {}
            if low is not None:
                rr["low"] = {"value": low, "unit": unit, "system": UCUM, "code": ucum or unit}
            if high is not None:
                rr["high"] = {"value": high, "unit": unit, "system": UCUM, "code": ucum or unit}
            if ref_text:
                rr["text"] = ref_text
            o["referenceRange"] = [rr]
        if comps:
            o["component"] = comps
        if members:
            o["hasMember"] = [{"reference": m} for m in members]
        if derived:
            o["derivedFrom"] = [{"reference": d} for d in derived]
        if body:
            o["bodySite"] = body
        if method:
            o["method"] = method
        if note:
            o["note"] = [{"text": note}]
        return self.add(o)

    def lab(self, date, lcode, disp, value, unit, low=None, high=None, ucum=None, enc=None, t="08:30", interp=None, text=None):
        return self.obs(date, loinc(lcode, disp, text), value, unit, ucum, low, high, enc=enc, t=t, interp=interp)

    def bp(self, date, sys_, dia, enc=None, t="09:10", note=None):
        def q(v):
            return {"value": v, "unit": "mmHg", "system": UCUM, "code": "mm[Hg]"}
        comps = [{"code": loinc("8480-6", "Systolic blood pressure"), "valueQuantity": q(sys_)},
                 {"code": loinc("8462-4", "Diastolic blood pressure"), "valueQuantity": q(dia)}]
        interp = "H" if (sys_ >= 130 or dia >= 80) else ("L" if sys_ < 90 else "N")
        o = self.obs(date, loinc("85354-9", "Blood pressure panel with all children optional", "Blood pressure"),
                     cat="vital-signs", enc=enc, comps=comps, t=t, interp=interp, note=note)
        return o

    def vitals(self, date, enc, sys_=None, dia=None, hr=None, wt=None, temp=None, spo2=None, rr=None, ht=None, t="09:10"):
        out = []
        if sys_:
            out.append(self.bp(date, sys_, dia, enc, t))
        if hr:
            out.append(self.obs(date, loinc("8867-4", "Heart rate"), hr, "beats/minute", "/min", cat="vital-signs", enc=enc, t=t))
        if wt:
            out.append(self.obs(date, loinc("29463-7", "Body weight"), wt, "kg", cat="vital-signs", enc=enc, t=t))
        if ht:
            out.append(self.obs(date, loinc("8302-2", "Body height"), ht, "cm", cat="vital-signs", enc=enc, t=t))
        if temp:
            out.append(self.obs(date, loinc("8310-5", "Body temperature"), temp, "Cel", cat="vital-signs", enc=enc, t=t))
        if spo2:
            out.append(self.obs(date, loinc("59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry"), spo2, "%", cat="vital-signs", enc=enc, t=t))
        if rr:
            out.append(self.obs(date, loinc("9279-1", "Respiratory rate"), rr, "breaths/minute", "/min", cat="vital-signs", enc=enc, t=t))
        return out

    def smoking(self, date, code, display, enc=None):
        return self.obs(date, loinc("72166-2", "Tobacco smoking status"), cat="social-history",
                        vcc=sct(code, display), enc=enc)

    def medreq(self, med, dosage, authored, prac, status="active", intent="order", reason=None, enc=None,
               note=None, refills=None, qty=None, end=None):
        m = {"resourceType": "MedicationRequest", "id": self.nid("medrx"),
             "meta": {"profile": [USCORE + "us-core-medicationrequest"]},
             "status": status, "intent": intent, "medicationCodeableConcept": med,
             "subject": {"reference": self.patient}, "authoredOn": authored, "requester": {"reference": prac},
             "dosageInstruction": [{"text": dosage}]}
        if reason:
            m["reasonCode"] = [reason] if not isinstance(reason, list) else reason
        if enc:
            m["encounter"] = {"reference": enc}
        if note:
            m["note"] = [{"text": note}]
        if refills is not None or qty or end:
            d = {}
            if refills is not None:
                d["numberOfRepeatsAllowed"] = refills
            if qty:
                d["quantity"] = {"value": qty[0], "unit": qty[1]}
            if end:
                d["validityPeriod"] = {"start": authored[:10], "end": end}
            m["dispenseRequest"] = d
        return self.add(m)

    def medstmt(self, med, dosage, start, status="active", end=None, reason=None, note=None, source=None, asserted=None):
        m = {"resourceType": "MedicationStatement", "id": self.nid("medst"), "status": status,
             "medicationCodeableConcept": med, "subject": {"reference": self.patient},
             "effectivePeriod": {"start": start}, "dateAsserted": asserted or start,
             "dosage": [{"text": dosage}]}
        if end:
            m["effectivePeriod"]["end"] = end
        if reason:
            m["reasonCode"] = [reason]
        if note:
            m["note"] = [{"text": note}]
        if source:
            m["informationSource"] = {"reference": source}
        return self.add(m)

    def note(self, date, text, author, enc=None, kind="progress", title=None, t="16:30", status="current"):
        kinds = {"progress": ("11506-3", "Progress note"), "consult": ("11488-4", "Consult note"),
                 "discharge": ("18842-5", "Discharge summary"), "hp": ("34117-2", "History and physical note"),
                 "procedure": ("28570-0", "Procedure note"), "telephone": ("34748-4", "Telephone encounter Note"),
                 "ed": ("34111-5", "Emergency department Note"), "goc": ("11506-3", "Progress note")}
        k = kinds[kind]
        d = {"resourceType": "DocumentReference", "id": self.nid("doc"),
             "meta": {"profile": [USCORE + "us-core-documentreference"]},
             "status": status, "docStatus": "final", "type": loinc(k[0], k[1], title or k[1]),
             "category": [cc("http://hl7.org/fhir/us/core/CodeSystem/us-core-documentreference-category",
                             "clinical-note", "Clinical Note")],
             "subject": {"reference": self.patient}, "date": self.dt(date, t), "author": [{"reference": author}],
             "description": title or k[1],
             "content": [{"attachment": {"contentType": "text/plain", "language": "en-US",
                                         "data": base64.b64encode(text.strip().encode("utf-8")).decode("ascii"),
                                         "title": title or k[1], "creation": self.dt(date, t)}}]}
        if enc:
            d["context"] = {"encounter": [{"reference": enc}], "period": {"start": self.dt(date, t)}}
        return self.add(d)

    def sreq(self, code, status, intent, authored, requester, occurrence=None, occ_period=None, reason=None,
             performer=None, category=None, note=None, priority=None, enc=None, reason_ref=None, abbr="sr"):
        s = {"resourceType": "ServiceRequest", "id": self.nid(abbr),
             "meta": {"profile": [USCORE + "us-core-servicerequest"]},
             "status": status, "intent": intent, "code": code, "subject": {"reference": self.patient},
             "authoredOn": self.dt(authored, "11:00"), "requester": {"reference": requester}}
        if category:
            s["category"] = [category]
        if priority:
            s["priority"] = priority
        if occurrence:
            s["occurrenceDateTime"] = occurrence
        if occ_period:
            s["occurrencePeriod"] = {"start": occ_period[0], "end": occ_period[1]}
        if reason:
            s["reasonCode"] = [reason] if not isinstance(reason, list) else reason
        if reason_ref:
            s["reasonReference"] = [{"reference": r} for r in reason_ref]
        if performer:
            s["performer"] = [{"reference": performer}]
        if note:
            s["note"] = [{"text": note}]
        if enc:
            s["encounter"] = {"reference": enc}
        return self.add(s)

    def proc(self, code, status, date=None, performer=None, reason=None, enc=None, note=None, body=None,
             outcome=None, reason_ref=None, period=None, based_on=None):
        p = {"resourceType": "Procedure", "id": self.nid("proc"),
             "meta": {"profile": [USCORE + "us-core-procedure"]},
             "status": status, "code": code, "subject": {"reference": self.patient}}
        if date:
            p["performedDateTime"] = self.dt(date, "10:15")
        if period:
            p["performedPeriod"] = {"start": period[0], "end": period[1]}
        if performer:
            p["performer"] = [{"actor": {"reference": performer}}]
        if reason:
            p["reasonCode"] = [reason]
        if reason_ref:
            p["reasonReference"] = [{"reference": r} for r in reason_ref]
        if enc:
            p["encounter"] = {"reference": enc}
        if body:
            p["bodySite"] = [body]
        if outcome:
            p["outcome"] = textcc(outcome)
        if based_on:
            p["basedOn"] = [{"reference": based_on}]
        if note:
            p["note"] = [{"text": note}]
        return self.add(p)

    def report(self, date, code, conclusion, performer, results=None, cat=("LAB", "Laboratory"), enc=None,
               status="final", conc_code=None):
        cats = {"LAB": "http://terminology.hl7.org/CodeSystem/v2-0074", "RAD": "http://terminology.hl7.org/CodeSystem/v2-0074",
                "CG": "http://terminology.hl7.org/CodeSystem/v2-0074", "OTH": "http://terminology.hl7.org/CodeSystem/v2-0074",
                "AU": "http://terminology.hl7.org/CodeSystem/v2-0074", "EC": "http://terminology.hl7.org/CodeSystem/v2-0074",
                "PAT": "http://terminology.hl7.org/CodeSystem/v2-0074", "NRS": "http://terminology.hl7.org/CodeSystem/v2-0074",
                "SP": "http://terminology.hl7.org/CodeSystem/v2-0074", "OUS": "http://terminology.hl7.org/CodeSystem/v2-0074",
                "CT": "http://terminology.hl7.org/CodeSystem/v2-0074", "NMR": "http://terminology.hl7.org/CodeSystem/v2-0074",
                "CUS": "http://terminology.hl7.org/CodeSystem/v2-0074", "PF": "http://terminology.hl7.org/CodeSystem/v2-0074",
                "CTH": "http://terminology.hl7.org/CodeSystem/v2-0074", "MB": "http://terminology.hl7.org/CodeSystem/v2-0074"}
        r = {"resourceType": "DiagnosticReport", "id": self.nid("dr"),
             "meta": {"profile": [USCORE + ("us-core-diagnosticreport-lab" if cat[0] == "LAB" else "us-core-diagnosticreport-note")]},
             "status": status, "category": [cc(cats.get(cat[0]), cat[0], cat[1])], "code": code,
             "subject": {"reference": self.patient}, "effectiveDateTime": self.dt(date, "10:00"),
             "issued": self.dt(date, "17:45"), "performer": [{"reference": performer}], "conclusion": conclusion}
        if results:
            r["result"] = [{"reference": x} for x in results]
        if enc:
            r["encounter"] = {"reference": enc}
        if conc_code:
            r["conclusionCode"] = [conc_code]
        return self.add(r)

    def allergy(self, substance, reaction, recorded, crit="low", clin="active", nka=False):
        a = {"resourceType": "AllergyIntolerance", "id": self.nid("alg"),
             "meta": {"profile": [USCORE + "us-core-allergyintolerance"]},
             "clinicalStatus": cc("http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical", clin, clin.capitalize()),
             "verificationStatus": cc("http://terminology.hl7.org/CodeSystem/allergyintolerance-verification", "confirmed", "Confirmed"),
             "code": substance, "patient": {"reference": self.patient}, "recordedDate": recorded}
        if not nka:
            a["criticality"] = crit
            a["reaction"] = [{"manifestation": [reaction]}]
        return self.add(a)

    def immunization(self, cvx, display, date, lot=None):
        i = {"resourceType": "Immunization", "id": self.nid("imm"),
             "meta": {"profile": [USCORE + "us-core-immunization"]}, "status": "completed",
             "vaccineCode": cc("http://hl7.org/fhir/sid/cvx", cvx, display), "patient": {"reference": self.patient},
             "occurrenceDateTime": date, "primarySource": True}
        if lot:
            i["lotNumber"] = lot
        return self.add(i)

    def careplan(self, title, status, intent, start, author, cat_text, activities, addresses=None, desc=None,
                 cat_code=None, end=None):
        cats = [cc("http://hl7.org/fhir/us/core/CodeSystem/careplan-category", "assess-plan",
                   "Assessment and Plan of Treatment")]
        if cat_code:
            cats.append(cat_code)
        else:
            cats.append(textcc(cat_text))
        c = {"resourceType": "CarePlan", "id": self.nid("cp"), "meta": {"profile": [USCORE + "us-core-careplan"]},
             "text": {"status": "generated", "div": f"<div xmlns=\"http://www.w3.org/1999/xhtml\">{title}</div>"},
             "status": status, "intent": intent, "category": cats, "title": title,
             "subject": {"reference": self.patient}, "period": {"start": start}, "author": {"reference": author},
             "activity": [{"detail": {"status": a[1], "description": a[0], **({"code": a[2]} if len(a) > 2 and a[2] else {})}}
                          for a in activities]}
        if end:
            c["period"]["end"] = end
        if desc:
            c["description"] = desc
        if addresses:
            c["addresses"] = [{"reference": r} for r in addresses]
        return self.add(c)

    def comm(self, sent, sender, recipient, text, category=None, about=None, in_response=None, status="completed",
             medium=None, topic=None):
        c = {"resourceType": "Communication", "id": self.nid("comm"), "status": status,
             "subject": {"reference": self.patient}, "sent": self.dt(sent, "20:14") if len(sent) == 10 else sent,
             "sender": {"reference": sender}, "recipient": [{"reference": r} for r in recipient],
             "payload": [{"contentString": text}]}
        if category:
            c["category"] = [category]
        if medium:
            c["medium"] = [medium]
        if topic:
            c["topic"] = textcc(topic)
        if about:
            c["about"] = [{"reference": a} for a in about]
        if in_response:
            c["inResponseTo"] = [{"reference": in_response}]
        return self.add(c)

    def qr(self, questionnaire, authored, items, author=None, source=None, enc=None, status="completed"):
        q = {"resourceType": "QuestionnaireResponse", "id": self.nid("qr"), "questionnaire": questionnaire,
             "status": status, "subject": {"reference": self.patient}, "authored": self.dt(authored, "07:45"),
             "item": items}
        if author:
            q["author"] = {"reference": author}
        if source:
            q["source"] = {"reference": source}
        if enc:
            q["encounter"] = {"reference": enc}
        return self.add(q)

    def flag(self, code, start, author, status="active", cat=("admin", "Administrative")):
        f = {"resourceType": "Flag", "id": self.nid("flag"), "status": status,
             "category": [cc("http://terminology.hl7.org/CodeSystem/flag-category", cat[0], cat[1])],
             "code": code, "subject": {"reference": self.patient}, "period": {"start": start},
             "author": {"reference": author}}
        return self.add(f)

    def appt(self, start, minutes, desc, prac, status="booked", service=None, reason_ref=None, loc_text=None):
        from datetime import datetime, timedelta
        s = datetime.fromisoformat(start)
        e = s + timedelta(minutes=minutes)
        a = {"resourceType": "Appointment", "id": self.nid("appt"), "status": status, "description": desc,
             "start": s.isoformat(), "end": e.isoformat(), "minutesDuration": minutes,
             "participant": [{"actor": {"reference": self.patient}, "status": "accepted"},
                             {"actor": {"reference": prac}, "status": "accepted"}]}
        if service:
            a["serviceType"] = [service]
        if reason_ref:
            a["reasonReference"] = [{"reference": r} for r in reason_ref]
        if loc_text:
            a["comment"] = loc_text
        return self.add(a)

    def device_req(self, code, authored, prac, status="completed", reason_ref=None, note=None):
        d = {"resourceType": "DeviceRequest", "id": self.nid("devrq"), "status": status, "intent": "order",
             "codeCodeableConcept": code, "subject": {"reference": self.patient}, "authoredOn": authored,
             "requester": {"reference": prac}}
        if reason_ref:
            d["reasonReference"] = [{"reference": r} for r in reason_ref]
        if note:
            d["note"] = [{"text": note}]
        return self.add(d)

    def impression(self, date, summary, assessor, status="completed", problems=None, findings=None, enc=None):
        c = {"resourceType": "ClinicalImpression", "id": self.nid("ci"), "status": status,
             "subject": {"reference": self.patient}, "effectiveDateTime": self.dt(date, "15:00"),
             "date": self.dt(date, "15:00"), "assessor": {"reference": assessor}, "summary": summary}
        if problems:
            c["problem"] = [{"reference": p} for p in problems]
        if findings:
            c["finding"] = [{"itemCodeableConcept": f} for f in findings]
        if enc:
            c["encounter"] = {"reference": enc}
        return self.add(c)


def enc_type(code, display, system=CPT):
    return cc(system, code, display)


OFFICE_EST = lambda lvl=4: cpt(f"9921{lvl}", f"Office or other outpatient visit for the evaluation and management of an established patient, level {lvl}", "Office visit, established patient")
OFFICE_NEW = lambda lvl=4: cpt(f"9920{lvl}", f"Office or other outpatient visit for the evaluation and management of a new patient, level {lvl}", "Office visit, new patient")
CONSULT = lambda: cpt("99244", "Office or other outpatient consultation for a new or established patient", "Outpatient consultation")
TELE = lambda: cc(SCT, "185317003", "Telephone encounter", "Telephone visit")
VIDEO = lambda: cc(SCT, "448337001", "Telemedicine consultation with patient", "Video visit")
EDV = lambda: cpt("99285", "Emergency department visit for the evaluation and management of a patient, high MDM", "Emergency department visit")
INPT = lambda: cc(SCT, "32485007", "Hospital admission", "Hospital admission")
