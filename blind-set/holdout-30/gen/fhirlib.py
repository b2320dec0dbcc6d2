"""Small helpers to build FHIR R4 transaction bundles."""
import base64, collections

SCT = "http://snomed.info/sct"
SCTAU = "http://snomed.info/sct/32506021000036107"
ICD = "http://hl7.org/fhir/sid/icd-10-cm"
LNC = "http://loinc.org"
RX = "http://www.nlm.nih.gov/research/umls/rxnorm"
CPT = "http://www.ama-assn.org/go/cpt"
HCPCS = "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets"
UCUM = "http://unitsofmeasure.org"
PBS = "http://pbs.gov.au/code/item"
V2_0203 = "http://terminology.hl7.org/CodeSystem/v2-0203"
ACT = "http://terminology.hl7.org/CodeSystem/v3-ActCode"
INTERP = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation"
OBSCAT = "http://terminology.hl7.org/CodeSystem/observation-category"

ABBR = {"Organization": "org", "Practitioner": "pr", "Coverage": "cov", "Encounter": "enc",
        "Condition": "cond", "Observation": "obs", "MedicationStatement": "ms", "MedicationRequest": "mr",
        "ServiceRequest": "sr", "Procedure": "proc", "DocumentReference": "doc", "DiagnosticReport": "dr",
        "CarePlan": "cp", "Communication": "comm", "QuestionnaireResponse": "qr", "Flag": "flag",
        "Immunization": "imm", "AllergyIntolerance": "alg", "ClinicalImpression": "ci",
        "RelatedPerson": "rp", "CareTeam": "ct"}


def cc(*codings, text=None):
    out = {}
    cs = []
    for c in codings:
        d = {"system": c[0], "code": c[1]}
        if len(c) > 2 and c[2]:
            d["display"] = c[2]
        if c[0] == SCT and len(c) > 3 and c[3] == "au":
            d["version"] = SCTAU
        cs.append(d)
    if cs:
        out["coding"] = cs
    if text:
        out["text"] = text
    elif cs and len(codings[0]) > 2:
        out["text"] = codings[0][2]
    return out


def txt(t):
    return {"text": t}


def ref(r, display=None):
    d = {"reference": r}
    if display:
        d["display"] = display
    return d


def q(v, unit, code=None):
    return {"value": v, "unit": unit, "system": UCUM, "code": code or unit}


class Case:
    def __init__(self, cid, base, tz="-05:00"):
        self.cid = cid
        self.base = base.rstrip("/")
        self.tz = tz
        self.entries = []
        self.n = collections.Counter()
        self.patient = f"Patient/{cid}"

    def add(self, rt, body, slug=None):
        if rt == "Patient":
            rid = self.cid
        else:
            self.n[rt] += 1
            rid = f"{self.cid}-{slug or ABBR[rt] + str(self.n[rt])}"
        res = {"resourceType": rt, "id": rid}
        res.update({k: v for k, v in body.items() if v is not None})
        self.entries.append({"fullUrl": f"{self.base}/{rt}/{rid}", "resource": res,
                             "request": {"method": "PUT", "url": f"{rt}/{rid}"}})
        return f"{rt}/{rid}"

    def ts(self, d, t="09:00:00"):
        return d if "T" in d else f"{d}T{t}{self.tz}"

    # ---- administrative
    def pat(self, given, family, gender, dob, ids, lang=None, city=None, state=None, postal=None, country=None,
            line=None, phone=None, marital=None, gp=None, org=None, interp=False, extra=None):
        b = {"identifier": ids, "active": True,
             "name": [{"use": "official", "family": family, "given": given if isinstance(given, list) else [given]}],
             "gender": gender, "birthDate": dob}
        if phone:
            b["telecom"] = [{"system": "phone", "value": phone, "use": "mobile"}]
        if city:
            a = {"use": "home", "city": city}
            if line: a["line"] = [line]
            if state: a["state"] = state
            if postal: a["postalCode"] = postal
            if country: a["country"] = country
            b["address"] = [a]
        if marital:
            b["maritalStatus"] = cc(("http://terminology.hl7.org/CodeSystem/v3-MaritalStatus", marital[0], marital[1]))
        if lang:
            comm = {"language": cc(("urn:ietf:bcp:47", lang[0], lang[1])), "preferred": True}
            b["communication"] = [comm]
            if interp:
                b.setdefault("extension", []).append({"url": "http://hl7.org/fhir/StructureDefinition/patient-interpreterRequired", "valueBoolean": True})
        if gp:
            b["generalPractitioner"] = [ref(gp)]
        if org:
            b["managingOrganization"] = ref(org)
        if extra:
            b.update(extra)
        return self.add("Patient", b)

    def org(self, name, typ=None, ident=None, city=None, state=None, country=None, slug=None):
        b = {"active": True, "name": name}
        if ident:
            b["identifier"] = [ident]
        if typ:
            b["type"] = [cc(("http://terminology.hl7.org/CodeSystem/organization-type", typ[0], typ[1]))]
        if city:
            a = {"city": city}
            if state: a["state"] = state
            if country: a["country"] = country
            b["address"] = [a]
        return self.add("Organization", b, slug)

    def prac(self, given, family, prefix="Dr", ident=None, qual=None, slug=None):
        b = {"active": True, "name": [{"family": family, "given": [given], "prefix": [prefix] if prefix else None}]}
        if not prefix:
            del b["name"][0]["prefix"]
        if ident:
            b["identifier"] = [ident]
        if qual:
            b["qualification"] = [{"code": txt(qual)}]
        return self.add("Practitioner", b, slug)

    def cov(self, payor, typ, member, start, plan=None, rel="self"):
        b = {"status": "active", "type": typ, "subscriberId": member, "beneficiary": ref(self.patient),
             "relationship": cc(("http://terminology.hl7.org/CodeSystem/subscriber-relationship", rel, rel.capitalize())),
             "period": {"start": start}, "payor": [ref(payor)]}
        if plan:
            b["class"] = [{"type": cc(("http://terminology.hl7.org/CodeSystem/coverage-class", "plan", "Plan")), "value": plan[0], "name": plan[1]}]
        return self.add("Coverage", b)

    # ---- clinical
    def enc(self, start, end=None, cls="AMB", typ=None, reason=None, reason_ref=None, prac=None, org=None,
            status="finished", admit=None, disp=None, diag=None, loc_text=None, slug=None, priority=None):
        clsdisp = {"AMB": "ambulatory", "IMP": "inpatient encounter", "EMER": "emergency", "VR": "virtual",
                   "HH": "home health", "SS": "short stay", "PRENC": "pre-admission"}[cls]
        b = {"status": status, "class": {"system": ACT, "code": cls, "display": clsdisp}}
        if typ:
            b["type"] = [typ if isinstance(typ, dict) else txt(typ)]
        if priority:
            b["priority"] = cc(("http://terminology.hl7.org/CodeSystem/v3-ActPriority", priority[0], priority[1]))
        b["subject"] = ref(self.patient)
        if prac:
            b["participant"] = [{"individual": ref(p)} for p in (prac if isinstance(prac, list) else [prac])]
        per = {"start": self.ts(start)}
        if end:
            per["end"] = self.ts(end, "17:00:00")
        elif status == "finished":
            per["end"] = self.ts(start, "09:40:00")
        b["period"] = per
        if reason:
            b["reasonCode"] = [reason if isinstance(reason, dict) else txt(reason)]
        if reason_ref:
            b["reasonReference"] = [ref(r) for r in (reason_ref if isinstance(reason_ref, list) else [reason_ref])]
        if diag:
            b["diagnosis"] = [{"condition": ref(c), "rank": i + 1} for i, c in enumerate(diag)]
        if admit or disp:
            h = {}
            if admit:
                h["admitSource"] = cc(("http://terminology.hl7.org/CodeSystem/admit-source", admit[0], admit[1]))
            if disp:
                h["dischargeDisposition"] = cc(("http://terminology.hl7.org/CodeSystem/discharge-disposition", disp[0], disp[1]))
            b["hospitalization"] = h
        if org:
            b["serviceProvider"] = ref(org)
        return self.add("Encounter", b, slug)

    def cond(self, code, onset=None, status="active", ver="confirmed", cat="problem-list-item", abate=None,
             recorded=None, note=None, enc=None, severity=None, asserter=None, body_site=None, onset_str=None, stage=None, slug=None):
        b = {"clinicalStatus": cc(("http://terminology.hl7.org/CodeSystem/condition-clinical", status, status.capitalize())),
             "verificationStatus": cc(("http://terminology.hl7.org/CodeSystem/condition-ver-status", ver, ver.capitalize())),
             "category": [cc(("http://terminology.hl7.org/CodeSystem/condition-category", cat,
                              "Problem List Item" if cat == "problem-list-item" else "Encounter Diagnosis"))]}
        if severity:
            b["severity"] = cc((SCT, severity[0], severity[1]))
        b["code"] = code
        if body_site:
            b["bodySite"] = [body_site]
        b["subject"] = ref(self.patient)
        if enc:
            b["encounter"] = ref(enc)
        if onset:
            b["onsetDateTime"] = onset
        if onset_str:
            b["onsetString"] = onset_str
        if abate:
            b["abatementDateTime"] = abate
        b["recordedDate"] = recorded or onset
        if asserter:
            b["asserter"] = ref(asserter)
        if stage:
            b["stage"] = [{"summary": stage}]
        if note:
            b["note"] = [{"text": note}]
        return self.add("Condition", b, slug)

    def obs(self, code, date, value=None, vstr=None, vcc=None, vint=None, ref_range=None, interp=None, cat="laboratory",
            enc=None, comps=None, note=None, performer=None, status="final", method=None, body_site=None, slug=None, issued=True):
        catdisp = {"laboratory": "Laboratory", "vital-signs": "Vital Signs", "survey": "Survey", "exam": "Exam",
                   "imaging": "Imaging", "procedure": "Procedure", "social-history": "Social History",
                   "activity": "Activity"}[cat]
        b = {"status": status, "category": [cc((OBSCAT, cat, catdisp))], "code": code, "subject": ref(self.patient)}
        if enc:
            b["encounter"] = ref(enc)
        b["effectiveDateTime"] = self.ts(date, "08:30:00")
        if issued and cat == "laboratory":
            b["issued"] = self.ts(date, "14:10:00")
        if performer:
            b["performer"] = [ref(performer)]
        if value is not None:
            b["valueQuantity"] = value
        if vstr is not None:
            b["valueString"] = vstr
        if vcc is not None:
            b["valueCodeableConcept"] = vcc
        if vint is not None:
            b["valueInteger"] = vint
        if interp:
            disp = {"N": "Normal", "H": "High", "L": "Low", "A": "Abnormal", "HH": "Critical high", "LL": "Critical low",
                    "POS": "Positive", "NEG": "Negative", "IND": "Indeterminate"}[interp]
            b["interpretation"] = [cc((INTERP, interp, disp))]
        if note:
            b["note"] = [{"text": note}]
        if body_site:
            b["bodySite"] = body_site
        if method:
            b["method"] = method
        if ref_range:
            rr = {}
            if isinstance(ref_range, str):
                rr["text"] = ref_range
            else:
                lo, hi, unit = ref_range[0], ref_range[1], ref_range[2]
                ucode = ref_range[3] if len(ref_range) > 3 else unit
                if lo is not None:
                    rr["low"] = q(lo, unit, ucode)
                if hi is not None:
                    rr["high"] = q(hi, unit, ucode)
            b["referenceRange"] = [rr]
        if comps:
            b["component"] = comps
        return self.add("Observation", b, slug)

    def lab(self, loinc, disp, date, v, unit, ucode=None, lo=None, hi=None, interp=None, enc=None, note=None, slug=None):
        if interp is None and (lo is not None or hi is not None):
            interp = "L" if (lo is not None and v < lo) else "H" if (hi is not None and v > hi) else "N"
        rr = (lo, hi, unit, ucode or unit) if (lo is not None or hi is not None) else None
        return self.obs(cc((LNC, loinc, disp)), date, value=q(v, unit, ucode), ref_range=rr, interp=interp, enc=enc, note=note, slug=slug)

    def bp(self, date, s, d, enc=None):
        interp = "H" if (s >= 140 or d >= 90) else "N"
        return self.obs(cc((LNC, "85354-9", "Blood pressure panel with all children optional")), date, cat="vital-signs", enc=enc,
                        interp=interp,
                        comps=[{"code": cc((LNC, "8480-6", "Systolic blood pressure")), "valueQuantity": q(s, "mmHg", "mm[Hg]")},
                               {"code": cc((LNC, "8462-4", "Diastolic blood pressure")), "valueQuantity": q(d, "mmHg", "mm[Hg]")}])

    def vit(self, loinc, disp, date, v, unit, ucode=None, enc=None):
        return self.obs(cc((LNC, loinc, disp)), date, value=q(v, unit, ucode), cat="vital-signs", enc=enc)

    def vitals(self, date, enc=None, sbp=None, dbp=None, hr=None, wt=None, bmi=None, temp=None, spo2=None, rr=None):
        if sbp: self.bp(date, sbp, dbp, enc)
        if hr: self.vit("8867-4", "Heart rate", date, hr, "/min", enc=enc)
        if wt: self.vit("29463-7", "Body weight", date, wt, "kg", enc=enc)
        if bmi: self.vit("39156-5", "Body mass index (BMI) [Ratio]", date, bmi, "kg/m2", enc=enc)
        if temp: self.vit("8310-5", "Body temperature", date, temp, "Cel", enc=enc)
        if spo2: self.vit("59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry", date, spo2, "%", enc=enc)
        if rr: self.vit("9279-1", "Respiratory rate", date, rr, "/min", enc=enc)

    def med_stmt(self, med, status, start, end=None, dose=None, reason=None, asserted=None, note=None, slug=None):
        b = {"status": status, "medicationCodeableConcept": med, "subject": ref(self.patient)}
        per = {"start": start}
        if end:
            per["end"] = end
        b["effectivePeriod"] = per
        b["dateAsserted"] = asserted or start
        if reason:
            b["reasonReference"] = [ref(r) for r in (reason if isinstance(reason, list) else [reason])]
        if note:
            b["note"] = [{"text": note}]
        if dose:
            b["dosage"] = [{"text": dose}]
        return self.add("MedicationStatement", b, slug)

    def med_req(self, med, status, authored, dose=None, reason=None, requester=None, intent="order", enc=None,
                reason_cc=None, note=None, repeats=None, slug=None, course=None):
        b = {"status": status, "intent": intent, "medicationCodeableConcept": med, "subject": ref(self.patient)}
        if course:
            b["courseOfTherapyType"] = cc(("http://terminology.hl7.org/CodeSystem/medicationrequest-course-of-therapy", course[0], course[1]))
        if enc:
            b["encounter"] = ref(enc)
        b["authoredOn"] = authored
        if requester:
            b["requester"] = ref(requester)
        if reason_cc:
            b["reasonCode"] = [reason_cc]
        if reason:
            b["reasonReference"] = [ref(r) for r in (reason if isinstance(reason, list) else [reason])]
        if note:
            b["note"] = [{"text": note}]
        if dose:
            b["dosageInstruction"] = [{"text": dose}]
        if repeats is not None:
            b["dispenseRequest"] = {"numberOfRepeatsAllowed": repeats}
        return self.add("MedicationRequest", b, slug)

    def sr(self, code, status, intent, authored, occ=None, reason=None, reason_cc=None, requester=None, performer=None,
           note=None, category=None, priority=None, enc=None, occ_period=None, slug=None, based_on=None):
        b = {"status": status, "intent": intent}
        if based_on:
            b["basedOn"] = [ref(based_on)]
        if category:
            b["category"] = [category]
        if priority:
            b["priority"] = priority
        b["code"] = code
        b["subject"] = ref(self.patient)
        if enc:
            b["encounter"] = ref(enc)
        if occ:
            b["occurrenceDateTime"] = occ
        if occ_period:
            b["occurrencePeriod"] = occ_period
        b["authoredOn"] = authored
        if requester:
            b["requester"] = ref(requester)
        if performer:
            b["performer"] = [ref(p) for p in (performer if isinstance(performer, list) else [performer])]
        if reason_cc:
            b["reasonCode"] = [reason_cc]
        if reason:
            b["reasonReference"] = [ref(r) for r in (reason if isinstance(reason, list) else [reason])]
        if note:
            b["note"] = [{"text": note}]
        return self.add("ServiceRequest", b, slug)

    def proc(self, code, status, performed=None, reason=None, performer=None, note=None, enc=None, based_on=None,
             body_site=None, outcome=None, period=None, slug=None, category=None):
        b = {"status": status}
        if based_on:
            b["basedOn"] = [ref(based_on)]
        if category:
            b["category"] = category
        b["code"] = code
        b["subject"] = ref(self.patient)
        if enc:
            b["encounter"] = ref(enc)
        if performed:
            b["performedDateTime"] = performed
        if period:
            b["performedPeriod"] = period
        if performer:
            b["performer"] = [{"actor": ref(p)} for p in (performer if isinstance(performer, list) else [performer])]
        if reason:
            b["reasonReference"] = [ref(r) for r in (reason if isinstance(reason, list) else [reason])]
        if body_site:
            b["bodySite"] = [body_site]
        if outcome:
            b["outcome"] = txt(outcome)
        if note:
            b["note"] = [{"text": note}]
        return self.add("Procedure", b, slug)

    def doc(self, typ, date, text, author=None, title=None, enc=None, category=None, lang="en-US", custodian=None, slug=None):
        b = {"status": "current", "docStatus": "final", "type": typ}
        b["category"] = [category or cc(("http://hl7.org/fhir/us/core/CodeSystem/us-core-documentreference-category", "clinical-note", "Clinical Note"))]
        b["subject"] = ref(self.patient)
        b["date"] = self.ts(date, "16:20:00")
        if author:
            b["author"] = [ref(a) for a in (author if isinstance(author, list) else [author])]
        if custodian:
            b["custodian"] = ref(custodian)
        att = {"contentType": "text/plain", "language": lang,
               "data": base64.b64encode(text.strip().encode("utf-8")).decode("ascii"),
               "title": title or typ.get("text", "Note"), "creation": self.ts(date, "16:20:00")}
        b["content"] = [{"attachment": att}]
        if enc:
            b["context"] = {"encounter": [ref(enc)], "period": {"start": self.ts(date, "09:00:00")}}
        return self.add("DocumentReference", b, slug)

    def dr(self, code, date, conclusion=None, results=None, cat=None, performer=None, enc=None, concl_code=None,
           status="final", slug=None, based_on=None):
        b = {"status": status}
        if based_on:
            b["basedOn"] = [ref(based_on)]
        if cat:
            b["category"] = [cat]
        b["code"] = code
        b["subject"] = ref(self.patient)
        if enc:
            b["encounter"] = ref(enc)
        b["effectiveDateTime"] = self.ts(date, "10:00:00")
        b["issued"] = self.ts(date, "15:30:00")
        if performer:
            b["performer"] = [ref(performer)]
        if results:
            b["result"] = [ref(r) for r in results]
        if conclusion:
            b["conclusion"] = conclusion
        if concl_code:
            b["conclusionCode"] = [concl_code]
        return self.add("DiagnosticReport", b, slug)

    def careplan(self, title, status, intent, created, category=None, addresses=None, author=None, desc=None,
                 activities=None, period=None, note=None, slug=None):
        b = {"status": status, "intent": intent}
        if category:
            b["category"] = [category]
        b["title"] = title
        if desc:
            b["description"] = desc
        b["subject"] = ref(self.patient)
        if period:
            b["period"] = period
        b["created"] = created
        if author:
            b["author"] = ref(author)
        if addresses:
            b["addresses"] = [ref(a) for a in addresses]
        if activities:
            b["activity"] = [{"detail": a} for a in activities]
        if note:
            b["note"] = [{"text": note}]
        return self.add("CarePlan", b, slug)

    def comm(self, sent, text, sender, recipient=None, category=None, medium=None, status="completed", about=None, in_response=None, slug=None):
        b = {"status": status}
        if in_response:
            b["inResponseTo"] = [ref(in_response)]
        if category:
            b["category"] = [category]
        if medium:
            b["medium"] = [medium]
        b["subject"] = ref(self.patient)
        if about:
            b["about"] = [ref(a) for a in about]
        b["sent"] = self.ts(sent, "20:15:00")
        if recipient:
            b["recipient"] = [ref(r) for r in (recipient if isinstance(recipient, list) else [recipient])]
        b["sender"] = ref(sender)
        b["payload"] = [{"contentString": text}]
        return self.add("Communication", b, slug)

    def qr(self, questionnaire, authored, items, author=None, source=None, enc=None, status="completed", slug=None):
        b = {"questionnaire": questionnaire, "status": status, "subject": ref(self.patient)}
        if enc:
            b["encounter"] = ref(enc)
        b["authored"] = self.ts(authored, "10:05:00")
        if author:
            b["author"] = ref(author)
        if source:
            b["source"] = ref(source)
        b["item"] = items
        return self.add("QuestionnaireResponse", b, slug)

    def flag(self, code, start, author=None, category=None, status="active", enc=None, slug=None):
        b = {"status": status}
        if category:
            b["category"] = [category]
        b["code"] = code
        b["subject"] = ref(self.patient)
        b["period"] = {"start": start}
        if enc:
            b["encounter"] = ref(enc)
        if author:
            b["author"] = ref(author)
        return self.add("Flag", b, slug)

    def imm(self, vaccine, date, lot=None, note=None, slug=None):
        b = {"status": "completed", "vaccineCode": vaccine, "patient": ref(self.patient), "occurrenceDateTime": date,
             "primarySource": True}
        if lot:
            b["lotNumber"] = lot
        if note:
            b["note"] = [{"text": note}]
        return self.add("Immunization", b, slug)

    def allergy(self, code, reaction=None, recorded=None, crit="low", cat="medication", slug=None):
        b = {"clinicalStatus": cc(("http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical", "active", "Active")),
             "verificationStatus": cc(("http://terminology.hl7.org/CodeSystem/allergyintolerance-verification", "confirmed", "Confirmed")),
             "type": "allergy", "category": [cat], "criticality": crit, "code": code, "patient": ref(self.patient)}
        if recorded:
            b["recordedDate"] = recorded
        if reaction:
            b["reaction"] = [{"manifestation": [reaction]}]
        return self.add("AllergyIntolerance", b, slug)

    def nka(self, recorded):
        b = {"clinicalStatus": cc(("http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical", "active", "Active")),
             "verificationStatus": cc(("http://terminology.hl7.org/CodeSystem/allergyintolerance-verification", "confirmed", "Confirmed")),
             "code": cc((SCT, "716186003", "No known allergy")), "patient": ref(self.patient), "recordedDate": recorded}
        return self.add("AllergyIntolerance", b)

    def clin_imp(self, date, summary, assessor=None, problems=None, findings=None, enc=None, status="completed", slug=None):
        b = {"status": status, "subject": ref(self.patient)}
        if enc:
            b["encounter"] = ref(enc)
        b["effectiveDateTime"] = self.ts(date, "11:00:00")
        b["date"] = self.ts(date, "11:00:00")
        if assessor:
            b["assessor"] = ref(assessor)
        if problems:
            b["problem"] = [ref(p) for p in problems]
        b["summary"] = summary
        if findings:
            b["finding"] = [{"itemCodeableConcept": f} for f in findings]
        return self.add("ClinicalImpression", b, slug)

    def bundle(self):
        return {"resourceType": "Bundle", "type": "transaction", "entry": self.entries}


# ---- organisation-style identifier helpers
def au_ids(ihi, medicare, mrn, hosp_sys):
    return [
        {"use": "official", "type": cc((V2_0203, "NI", "National unique individual identifier"), text="IHI"),
         "system": "http://ns.electronichealth.net.au/id/hi/ihi/1.0", "value": ihi},
        {"type": cc((V2_0203, "MC", "Patient's Medicare number"), text="Medicare Number"),
         "system": "http://ns.electronichealth.net.au/id/medicare-number", "value": medicare},
        {"use": "usual", "type": cc((V2_0203, "MR", "Medical record number"), text="MRN"), "system": hosp_sys, "value": mrn},
    ]


def us_ids(mrn, sys_, extra=None):
    out = [{"use": "usual", "type": cc((V2_0203, "MR", "Medical record number")), "system": sys_, "value": mrn}]
    if extra:
        out.append(extra)
    return out
