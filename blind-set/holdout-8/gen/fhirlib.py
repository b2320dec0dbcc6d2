"""Small helper library to write FHIR R4 transaction bundles by hand-authored stories."""
import base64
import collections

SCT = "http://snomed.info/sct"
ICD = "http://hl7.org/fhir/sid/icd-10-cm"
LOINC = "http://loinc.org"
CPT = "http://www.ama-assn.org/go/cpt"
HCPCS = "http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets"
RX = "http://www.nlm.nih.gov/research/umls/rxnorm"
UCUM = "http://unitsofmeasure.org"
NPI = "http://hl7.org/fhir/sid/us-npi"
INTERP = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation"
ACT = "http://terminology.hl7.org/CodeSystem/v3-ActCode"


def coding(system, code, display=None):
    c = {"system": system, "code": code}
    if display:
        c["display"] = display
    return c


def cc(*codings, text=None):
    out = {}
    if codings:
        out["coding"] = [coding(*c) if isinstance(c, tuple) else c for c in codings]
    if text:
        out["text"] = text
    elif codings:
        first = out["coding"][0]
        if first.get("display"):
            out["text"] = first["display"]
    return out


def txt(text):
    return {"text": text}


def sct(code, display, text=None):
    return cc((SCT, code, display), text=text)


def icd(code, display, text=None):
    return cc((ICD, code, display), text=text)


def qty(value, unit, code=None):
    q = {"value": value, "unit": unit, "system": UCUM, "code": code or unit}
    return q


class Case:
    def __init__(self, cid, base):
        self.cid = cid
        self.base = base.rstrip("/")
        self.entries = []
        self.counter = collections.Counter()
        self.patient_ref = f"Patient/{cid}"

    # ------------------------------------------------------------------ core
    def add(self, rtype, res, suffix=None):
        if suffix is None:
            key = {
                "Observation": "obs", "Condition": "cond", "Encounter": "enc",
                "MedicationRequest": "mrx", "MedicationStatement": "ms",
                "DocumentReference": "note", "Practitioner": "pr", "Organization": "org",
                "ServiceRequest": "sr", "Procedure": "proc", "CarePlan": "cp",
                "Communication": "msg", "QuestionnaireResponse": "qr", "Flag": "flag",
                "ClinicalImpression": "ci", "DiagnosticReport": "dr", "Coverage": "cov",
                "AllergyIntolerance": "alg", "Immunization": "imm", "RelatedPerson": "rp",
                "Appointment": "appt", "Location": "loc", "Goal": "goal",
                "EpisodeOfCare": "eoc",
            }.get(rtype, rtype.lower())
            self.counter[key] += 1
            suffix = f"{key}-{self.counter[key]}"
        rid = self.cid if rtype == "Patient" else f"{self.cid}-{suffix}"
        body = {"resourceType": rtype, "id": rid}
        body.update(res)
        self.entries.append({
            "fullUrl": f"{self.base}/{rtype}/{rid}",
            "resource": body,
            "request": {"method": "PUT", "url": f"{rtype}/{rid}"},
        })
        return f"{rtype}/{rid}"

    def bundle(self):
        return {"resourceType": "Bundle", "type": "transaction", "entry": self.entries}

    # ------------------------------------------------------------------ admin
    def org(self, name, kind="prov", npi=None, city=None, state=None, phone=None, suffix=None):
        r = {"active": True, "name": name,
             "type": [cc(("http://terminology.hl7.org/CodeSystem/organization-type", kind,
                          {"prov": "Healthcare Provider", "pay": "Payer", "dept": "Hospital Department",
                           "other": "Other"}[kind]))]}
        if npi:
            r["identifier"] = [{"system": NPI, "value": npi}]
        if city:
            r["address"] = [{"city": city, "state": state, "country": "US"}]
        if phone:
            r["telecom"] = [{"system": "phone", "value": phone, "use": "work"}]
        return self.add("Organization", r, suffix)

    def prac(self, given, family, qual="MD", npi=None, suffix=None):
        r = {"active": True,
             "name": [{"use": "official", "family": family, "given": given.split(), "suffix": [qual]}]}
        if npi:
            r["identifier"] = [{"system": NPI, "value": npi}]
        return self.add("Practitioner", r, suffix)

    def patient(self, given, family, gender, dob, mrn, mrn_system, city, state, zipc,
                line, phone, org_ref, gp_ref=None, marital=None, lang="en", race=None, extra=None):
        r = {
            "identifier": [{
                "use": "usual",
                "type": cc(("http://terminology.hl7.org/CodeSystem/v2-0203", "MR", "Medical record number")),
                "system": mrn_system, "value": mrn}],
            "active": True,
            "name": [{"use": "official", "family": family, "given": given.split()}],
            "telecom": [{"system": "phone", "value": phone, "use": "mobile" if not phone.startswith("(") else "home"}],
            "gender": gender, "birthDate": dob,
            "address": [{"use": "home", "line": [line], "city": city, "state": state, "postalCode": zipc, "country": "US"}],
            "communication": [{"language": cc(("urn:ietf:bcp:47", lang, {"en": "English", "es": "Spanish", "en-US": "English"}.get(lang, lang))), "preferred": True}],
            "managingOrganization": {"reference": org_ref},
        }
        if gp_ref:
            r["generalPractitioner"] = [{"reference": gp_ref}]
        if marital:
            r["maritalStatus"] = cc(("http://terminology.hl7.org/CodeSystem/v3-MaritalStatus", marital,
                                     {"M": "Married", "S": "Never Married", "W": "Widowed", "D": "Divorced"}[marital]))
        if extra:
            r.update(extra)
        return self.add("Patient", r)

    def coverage(self, payer_ref, plan, member_id, relationship="self", subscriber=None, start="2026-01-01",
                 cov_type=("HIP", "health insurance plan policy")):
        r = {"status": "active",
             "type": cc((ACT, cov_type[0], cov_type[1])),
             "subscriberId": member_id,
             "beneficiary": {"reference": self.patient_ref},
             "relationship": cc(("http://terminology.hl7.org/CodeSystem/subscriber-relationship", relationship,
                                 {"self": "Self", "child": "Child", "spouse": "Spouse"}[relationship])),
             "period": {"start": start},
             "payor": [{"reference": payer_ref}],
             "class": [{"type": cc(("http://terminology.hl7.org/CodeSystem/coverage-class", "plan", "Plan")),
                        "value": member_id[:6], "name": plan}]}
        if subscriber:
            r["subscriber"] = {"reference": subscriber}
        return self.add("Coverage", r)

    def related(self, given, family, rel_code, rel_display, phone=None):
        r = {"active": True, "patient": {"reference": self.patient_ref},
             "relationship": [cc(("http://terminology.hl7.org/CodeSystem/v3-RoleCode", rel_code, rel_display))],
             "name": [{"family": family, "given": given.split()}]}
        if phone:
            r["telecom"] = [{"system": "phone", "value": phone}]
        return self.add("RelatedPerson", r)

    # ------------------------------------------------------------------ clinical
    def enc(self, start, type_cc, cls="AMB", prac=None, org=None, reason=None, end=None, status="finished",
            priority=None, admit_source=None, discharge=None, diagnoses=None):
        cls_disp = {"AMB": "ambulatory", "EMER": "emergency", "IMP": "inpatient encounter", "VR": "virtual",
                    "HH": "home health", "OBSENC": "observation encounter"}[cls]
        r = {"status": status, "class": coding(ACT, cls, cls_disp),
             "type": [type_cc], "subject": {"reference": self.patient_ref},
             "period": {"start": start}}
        if end:
            r["period"]["end"] = end
        elif status == "finished" and "T" in start:
            pass
        if prac:
            r["participant"] = [{"type": [cc(("http://terminology.hl7.org/CodeSystem/v3-ParticipationType", "ATND", "attender"))],
                                 "individual": {"reference": prac}}]
        if org:
            r["serviceProvider"] = {"reference": org}
        if reason:
            r["reasonCode"] = [reason if isinstance(reason, dict) else txt(reason)]
        if priority:
            r["priority"] = cc(("http://terminology.hl7.org/CodeSystem/v3-ActPriority", priority, {"EL": "elective", "EM": "emergency", "UR": "urgent", "R": "routine"}[priority]))
        if admit_source or discharge:
            h = {}
            if admit_source:
                h["admitSource"] = cc(("http://terminology.hl7.org/CodeSystem/admit-source", admit_source,
                                       {"emd": "From accident/emergency department", "outp": "From outpatient department",
                                        "gp": "General Practitioner referral", "other": "Other",
                                        "nursing": "From nursing home", "hosp-trans": "Transferred from other hospital"}[admit_source]))
            if discharge:
                h["dischargeDisposition"] = cc(("http://terminology.hl7.org/CodeSystem/discharge-disposition", discharge,
                                                {"home": "Home", "snf": "Skilled nursing facility", "hosp": "Hospice",
                                                 "long": "Long-term care", "other-hcf": "Other healthcare facility"}[discharge]))
            r["hospitalization"] = h
        if diagnoses:
            r["diagnosis"] = [{"condition": {"reference": d}, "rank": i + 1} for i, d in enumerate(diagnoses)]
        return self.add("Encounter", r)

    def cond(self, code, onset=None, recorded=None, clinical="active", verification="confirmed",
             category="problem-list-item", abatement=None, enc=None, note=None, recorder=None, severity=None):
        r = {"clinicalStatus": cc(("http://terminology.hl7.org/CodeSystem/condition-clinical", clinical, clinical.capitalize())),
             "verificationStatus": cc(("http://terminology.hl7.org/CodeSystem/condition-ver-status", verification, verification.capitalize())),
             "category": [cc(("http://terminology.hl7.org/CodeSystem/condition-category", category,
                              {"problem-list-item": "Problem List Item", "encounter-diagnosis": "Encounter Diagnosis"}[category]))],
             "code": code, "subject": {"reference": self.patient_ref}}
        if severity:
            r["severity"] = severity
        if onset:
            r["onsetDateTime"] = onset
        if abatement:
            r["abatementDateTime"] = abatement
        if recorded:
            r["recordedDate"] = recorded
        if enc:
            r["encounter"] = {"reference": enc}
        if recorder:
            r["recorder"] = {"reference": recorder}
        if note:
            r["note"] = [{"text": note}]
        return self.add("Condition", r)

    def obs(self, code, date, value=None, category="laboratory", low=None, high=None, interp=None,
            enc=None, ref_text=None, components=None, performer=None, note=None, status="final", method=None):
        cat_disp = {"laboratory": "Laboratory", "vital-signs": "Vital Signs", "survey": "Survey",
                    "exam": "Exam", "imaging": "Imaging", "procedure": "Procedure", "social-history": "Social History"}[category]
        r = {"status": status,
             "category": [cc(("http://terminology.hl7.org/CodeSystem/observation-category", category, cat_disp))],
             "code": code, "subject": {"reference": self.patient_ref}, "effectiveDateTime": date}
        if "T" not in date:
            pass
        if enc:
            r["encounter"] = {"reference": enc}
        if performer:
            r["performer"] = [{"reference": performer}]
        if value is not None:
            if isinstance(value, dict) and "value" in value:
                r["valueQuantity"] = value
            elif isinstance(value, dict):
                r["valueCodeableConcept"] = value
            elif isinstance(value, bool):
                r["valueBoolean"] = value
            elif isinstance(value, int) and category == "survey":
                r["valueInteger"] = value
            else:
                r["valueString"] = str(value)
        if interp:
            disp = {"N": "Normal", "H": "High", "L": "Low", "A": "Abnormal", "HH": "Critical high",
                    "LL": "Critical low", "POS": "Positive", "NEG": "Negative", "AA": "Critical abnormal"}[interp]
            r["interpretation"] = [cc((INTERP, interp, disp))]
        if low is not None or high is not None or ref_text:
            rr = {}
            unit = r.get("valueQuantity", {})
            if low is not None:
                rr["low"] = {"value": low, "unit": unit.get("unit"), "system": UCUM, "code": unit.get("code")}
            if high is not None:
                rr["high"] = {"value": high, "unit": unit.get("unit"), "system": UCUM, "code": unit.get("code")}
            if ref_text:
                rr["text"] = ref_text
            r["referenceRange"] = [rr]
        if components:
            r["component"] = components
        if note:
            r["note"] = [{"text": note}]
        if method:
            r["method"] = method
        return self.add("Observation", r)

    def lab(self, loinc, display, date, value, unit, ucum, low=None, high=None, interp=None, enc=None, ref_text=None, note=None):
        if interp is None and (low is not None or high is not None):
            interp = "N"
            if low is not None and value < low:
                interp = "L"
            if high is not None and value > high:
                interp = "H"
        return self.obs(cc((LOINC, loinc, display)), date, qty(value, unit, ucum), low=low, high=high,
                        interp=interp, enc=enc, ref_text=ref_text, note=note)

    def vitals(self, date, enc=None, bp=None, hr=None, wt=None, temp=None, spo2=None, rr=None, ht=None, bmi=None):
        out = []
        if bp:
            out.append(self.obs(cc((LOINC, "85354-9", "Blood pressure panel with all children optional")), date,
                                category="vital-signs", enc=enc, components=[
                                    {"code": cc((LOINC, "8480-6", "Systolic blood pressure")), "valueQuantity": qty(bp[0], "mmHg", "mm[Hg]")},
                                    {"code": cc((LOINC, "8462-4", "Diastolic blood pressure")), "valueQuantity": qty(bp[1], "mmHg", "mm[Hg]")}]))
        if hr:
            out.append(self.obs(cc((LOINC, "8867-4", "Heart rate")), date, qty(hr, "/min", "/min"), category="vital-signs", enc=enc))
        if rr:
            out.append(self.obs(cc((LOINC, "9279-1", "Respiratory rate")), date, qty(rr, "/min", "/min"), category="vital-signs", enc=enc))
        if temp:
            out.append(self.obs(cc((LOINC, "8310-5", "Body temperature")), date, qty(temp, "Cel", "Cel"), category="vital-signs", enc=enc))
        if spo2:
            out.append(self.obs(cc((LOINC, "59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry")), date, qty(spo2, "%", "%"), category="vital-signs", enc=enc))
        if ht:
            out.append(self.obs(cc((LOINC, "8302-2", "Body height")), date, qty(ht, "cm", "cm"), category="vital-signs", enc=enc))
        if wt:
            out.append(self.obs(cc((LOINC, "29463-7", "Body weight")), date, qty(wt, "kg", "kg"), category="vital-signs", enc=enc))
        if bmi:
            out.append(self.obs(cc((LOINC, "39156-5", "Body mass index (BMI) [Ratio]")), date, qty(bmi, "kg/m2", "kg/m2"), category="vital-signs", enc=enc))
        return out

    def score(self, code, date, value, enc=None, unit="{score}", note=None, interp=None):
        return self.obs(code, date, qty(value, "{score}", unit), category="survey", enc=enc, note=note, interp=interp)

    def medreq(self, med, authored, dosage, requester=None, status="active", intent="order", reason=None,
               enc=None, start=None, end=None, note=None, dispense=None, category=None):
        r = {"status": status, "intent": intent, "medicationCodeableConcept": med,
             "subject": {"reference": self.patient_ref}, "authoredOn": authored,
             "dosageInstruction": [{"text": dosage}]}
        if category:
            r["category"] = [category]
        if start or end:
            b = {}
            if start:
                b["start"] = start
            if end:
                b["end"] = end
            r["dosageInstruction"][0]["timing"] = {"repeat": {"boundsPeriod": b}}
        if requester:
            r["requester"] = {"reference": requester}
        if reason:
            if isinstance(reason, str) and "/" in reason:
                r["reasonReference"] = [{"reference": reason}]
            else:
                r["reasonCode"] = [reason if isinstance(reason, dict) else txt(reason)]
        if enc:
            r["encounter"] = {"reference": enc}
        if note:
            r["note"] = [{"text": note}]
        if dispense:
            r["dispenseRequest"] = dispense
        return self.add("MedicationRequest", r)

    def medstmt(self, med, status, asserted, start=None, end=None, dosage=None, note=None, reason=None, source=None):
        r = {"status": status, "medicationCodeableConcept": med, "subject": {"reference": self.patient_ref},
             "dateAsserted": asserted}
        if start or end:
            p = {}
            if start:
                p["start"] = start
            if end:
                p["end"] = end
            r["effectivePeriod"] = p
        if dosage:
            r["dosage"] = [{"text": dosage}]
        if note:
            r["note"] = [{"text": note}]
        if reason:
            if isinstance(reason, str) and "/" in reason:
                r["reasonReference"] = [{"reference": reason}]
            else:
                r["reasonCode"] = [reason if isinstance(reason, dict) else txt(reason)]
        if source:
            r["informationSource"] = {"reference": source}
        return self.add("MedicationStatement", r)

    def note(self, date, title, text, author=None, enc=None, loinc=("11506-3", "Progress note"), custodian=None):
        data = base64.b64encode(text.strip().encode("utf-8")).decode("ascii")
        r = {"status": "current", "docStatus": "final",
             "type": cc((LOINC, loinc[0], loinc[1])),
             "category": [cc(("http://hl7.org/fhir/us/core/CodeSystem/us-core-documentreference-category", "clinical-note", "Clinical Note"))],
             "subject": {"reference": self.patient_ref}, "date": date + ("T12:00:00-05:00" if "T" not in date else ""),
             "description": title,
             "content": [{"attachment": {"contentType": "text/plain", "title": title, "data": data,
                                         "creation": date + ("T12:00:00-05:00" if "T" not in date else "")}}]}
        if author:
            r["author"] = [{"reference": author}]
        if custodian:
            r["custodian"] = {"reference": custodian}
        if enc:
            r["context"] = {"encounter": [{"reference": enc}]}
        return self.add("DocumentReference", r)

    def sr(self, code, authored, status="active", intent="order", requester=None, reason=None, occurrence=None,
           performer=None, category=None, priority=None, note=None, enc=None, reason_ref=None):
        r = {"status": status, "intent": intent, "code": code, "subject": {"reference": self.patient_ref},
             "authoredOn": authored}
        if category:
            r["category"] = [category]
        if priority:
            r["priority"] = priority
        if requester:
            r["requester"] = {"reference": requester}
        if performer:
            r["performer"] = [{"reference": performer}]
        if reason:
            r["reasonCode"] = [reason if isinstance(reason, dict) else txt(reason)]
        if reason_ref:
            r["reasonReference"] = [{"reference": reason_ref}]
        if occurrence:
            if isinstance(occurrence, tuple):
                r["occurrencePeriod"] = {"start": occurrence[0], "end": occurrence[1]}
            else:
                r["occurrenceDateTime"] = occurrence
        if note:
            r["note"] = [{"text": note}]
        if enc:
            r["encounter"] = {"reference": enc}
        return self.add("ServiceRequest", r)

    def proc(self, code, status, performed=None, performer=None, reason=None, enc=None, note=None,
             period_end=None, outcome=None, body_site=None, based_on=None, category=None, reason_ref=None):
        r = {"status": status, "code": code, "subject": {"reference": self.patient_ref}}
        if category:
            r["category"] = category
        if performed:
            if period_end is not None or status == "in-progress":
                p = {"start": performed}
                if period_end:
                    p["end"] = period_end
                r["performedPeriod"] = p
            else:
                r["performedDateTime"] = performed
        if performer:
            r["performer"] = [{"actor": {"reference": performer}}]
        if reason:
            r["reasonCode"] = [reason if isinstance(reason, dict) else txt(reason)]
        if reason_ref:
            r["reasonReference"] = [{"reference": reason_ref}]
        if enc:
            r["encounter"] = {"reference": enc}
        if note:
            r["note"] = [{"text": note}]
        if outcome:
            r["outcome"] = txt(outcome)
        if body_site:
            r["bodySite"] = [body_site]
        if based_on:
            r["basedOn"] = [{"reference": based_on}]
        return self.add("Procedure", r)

    def dr(self, code, date, conclusion, status="final", results=None, performer=None, enc=None,
           category=None, conclusion_code=None):
        r = {"status": status, "code": code, "subject": {"reference": self.patient_ref},
             "effectiveDateTime": date, "issued": date + ("T16:00:00-05:00" if "T" not in date else ""),
             "conclusion": conclusion}
        if category:
            r["category"] = [category]
        if results:
            r["result"] = [{"reference": x} for x in results]
        if performer:
            r["performer"] = [{"reference": performer}]
        if enc:
            r["encounter"] = {"reference": enc}
        if conclusion_code:
            r["conclusionCode"] = [conclusion_code]
        return self.add("DiagnosticReport", r)

    def allergy(self, code, recorded, reaction=None, criticality="low", category="medication"):
        r = {"clinicalStatus": cc(("http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical", "active", "Active")),
             "verificationStatus": cc(("http://terminology.hl7.org/CodeSystem/allergyintolerance-verification", "confirmed", "Confirmed")),
             "type": "allergy", "category": [category], "criticality": criticality,
             "code": code, "patient": {"reference": self.patient_ref}, "recordedDate": recorded}
        if reaction:
            r["reaction"] = [{"manifestation": [txt(reaction)]}]
        return self.add("AllergyIntolerance", r)

    def imm(self, cvx, display, date, lot=None):
        r = {"status": "completed", "vaccineCode": cc(("http://hl7.org/fhir/sid/cvx", cvx, display)),
             "patient": {"reference": self.patient_ref}, "occurrenceDateTime": date, "primarySource": True}
        if lot:
            r["lotNumber"] = lot
        return self.add("Immunization", r)


BASE_DIAG = {"system": "http://terminology.hl7.org/CodeSystem/v2-0074"}
