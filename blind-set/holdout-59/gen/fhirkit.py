"""Small helpers to write FHIR R4 transaction bundles for the blind-59 evaluation set."""
import base64
import re

LOINC = "http://loinc.org"
SCT = "http://snomed.info/sct"
UCUM = "http://unitsofmeasure.org"
RXN = "http://www.nlm.nih.gov/research/umls/rxnorm"
ICD10 = "http://hl7.org/fhir/sid/icd-10"
ICD10CM = "http://hl7.org/fhir/sid/icd-10-cm"
ICD9CM = "http://hl7.org/fhir/sid/icd-9-cm"
CPT = "http://www.ama-assn.org/go/cpt"
HCPCS = "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets"
CVX = "http://hl7.org/fhir/sid/cvx"
NUCC = "http://nucc.org/provider-taxonomy"
T = "http://terminology.hl7.org/CodeSystem/"
ACT = T + "v3-ActCode"
INTERP = T + "v3-ObservationInterpretation"

UNIT_DISPLAY = {
    "mL/min/{1.73_m2}": "mL/min/1.73m2", "10*3/uL": "10^3/uL", "10*6/uL": "10^6/uL", "m[IU]/L": "mIU/L",
    "mm[Hg]": "mmHg", "/min": "/min", "Cel": "°C", "{score}": "score", "[iU]/mL": "IU/mL", "10*9/L": "10^9/L",
    "10*12/L": "10^12/L", "/[HPF]": "/HPF", "kg/m2": "kg/m2", "mg/g{creat}": "mg/g",
}


def coding(system, code, display=None):
    c = {"system": system, "code": str(code)}
    if display:
        c["display"] = display
    return c


def cc(*codings, text=None):
    """cc((system, code, display), ..., text=...)"""
    out = {}
    if codings:
        out["coding"] = [coding(*c) for c in codings]
    if text:
        out["text"] = text
    if not out:
        raise ValueError("empty CodeableConcept")
    return out


def q(value, code, unit=None):
    d = {"value": value, "unit": unit or UNIT_DISPLAY.get(code, code), "system": UCUM, "code": code}
    return d


def b64(text):
    return base64.b64encode(text.encode("utf-8")).decode("ascii")


CLIN = {"active", "recurrence", "relapse", "inactive", "remission", "resolved"}
INTERP_DISPLAY = {"N": "Normal", "H": "High", "L": "Low", "HH": "Critical high", "LL": "Critical low",
                  "A": "Abnormal", "POS": "Positive", "NEG": "Negative", "IND": "Indeterminate"}
OBS_CAT = {"vital-signs": "Vital Signs", "laboratory": "Laboratory", "survey": "Survey", "exam": "Exam",
           "imaging": "Imaging", "social-history": "Social History", "procedure": "Procedure",
           "therapy": "Therapy", "activity": "Activity"}
ENC_CLASS = {"AMB": "ambulatory", "EMER": "emergency", "IMP": "inpatient encounter", "HH": "home health",
             "VR": "virtual", "ACUTE": "inpatient acute", "SS": "short stay", "OBSENC": "observation encounter"}

DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
DT_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$")


class Case:
    """Collects resources for one case. Ids are '<cid>-<local>'; the Patient id is the case id."""

    def __init__(self, cid, org):
        self.cid = cid
        self.org = org  # profile dict from orgs.py
        self.entries = []
        self.counters = {}
        self.ids = set()
        self.pat = None
        self.org_ref = None
        self.pr = {}  # practitioner key -> reference

    # ---------- basics ----------
    def _id(self, rt, local):
        if local is None:
            pref = {"Observation": "obs", "Condition": "cond", "Encounter": "enc", "DocumentReference": "note",
                    "MedicationRequest": "mrx", "MedicationStatement": "mst", "MedicationAdministration": "mad",
                    "DiagnosticReport": "dr", "ServiceRequest": "sr", "Procedure": "proc", "CarePlan": "cp",
                    "Communication": "comm", "QuestionnaireResponse": "qr", "Flag": "flag",
                    "ClinicalImpression": "ci", "Organization": "org", "Practitioner": "pract",
                    "Coverage": "cov", "AllergyIntolerance": "alg", "Immunization": "imm",
                    "EpisodeOfCare": "eoc", "Goal": "goal", "RelatedPerson": "rp", "PractitionerRole": "role",
                    "Location": "loc", "ImagingStudy": "img", "FamilyMemberHistory": "fmh",
                    "CareTeam": "team", "Appointment": "appt"}.get(rt, rt.lower())
            n = self.counters.get(pref, 0) + 1
            self.counters[pref] = n
            local = f"{pref}-{n}"
        rid = f"{self.cid}-{local}"
        if rid in self.ids:
            raise ValueError(f"duplicate id {rid}")
        self.ids.add(rid)
        return rid

    def add(self, rt, body, local=None, patient=False):
        rid = self.cid if patient else self._id(rt, local)
        res = {"resourceType": rt, "id": rid}
        res.update({k: v for k, v in body.items() if v is not None})
        self.entries.append({
            "fullUrl": f"{self.org['base']}/{rt}/{rid}",
            "resource": res,
            "request": {"method": "PUT", "url": f"{rt}/{rid}"},
        })
        return f"{rt}/{rid}"

    def ref(self, r, display=None):
        d = {"reference": r}
        if display:
            d["display"] = display
        return d

    def dt(self, d, t="09:00"):
        """FHIR dateTime with the organisation's offset."""
        if "T" in d:
            return d
        if len(t) == 5:
            t += ":00"
        return f"{d}T{t}{self.org['tz'](d)}"

    def bundle(self):
        return {"resourceType": "Bundle", "id": None, "type": "transaction", "entry": self.entries}

    # ---------- administrative ----------
    def setup(self, patient, coverage=None, practitioners=None, extra_orgs=None):
        """patient: dict body for Patient (without resourceType/id). Adds org, payor, practitioners, coverage."""
        o = self.org
        self.org_ref = self.add("Organization", o["organization"], local="org")
        for key in (practitioners or list(o["practitioners"].keys())):
            body = dict(o["practitioners"][key])
            self.pr[key] = self.add("Practitioner", body, local=f"pr-{key}")
        for key, body in (extra_orgs or {}).items():
            self.pr[key] = self.add("Organization", body, local=f"org-{key}")
        body = dict(patient)
        body.setdefault("managingOrganization", self.ref(self.org_ref))
        self.pat = self.add("Patient", body, patient=True)
        if coverage is not None:
            cov = coverage
            payor_ref = self.add("Organization", cov["payor"], local="payor")
            cbody = {"status": "active", "type": cov["type"], "subscriberId": cov.get("subscriberId"),
                     "beneficiary": self.ref(self.pat), "relationship": cc((T + "subscriber-relationship", "self", "Self")),
                     "period": cov.get("period"), "payor": [self.ref(payor_ref)], "class": cov.get("class")}
            self.add("Coverage", cbody, local="coverage")
        return self.pat

    # ---------- clinical ----------
    def enc(self, start, end=None, cls="AMB", type_=None, reason=None, who=None, status="finished", local=None,
            service=None, hosp=None, location_text=None, part_of=None, provider=None):
        body = {
            "status": status,
            "class": coding(ACT, cls, ENC_CLASS.get(cls)),
            "type": [type_] if type_ else None,
            "serviceType": service,
            "subject": self.ref(self.pat),
            "participant": [{"individual": self.ref(self.pr[w])} for w in ([who] if isinstance(who, str) else (who or []))] or None,
            "period": {"start": self.dt(start, "08:30"), **({"end": self.dt(end, "17:00") if "T" not in end else end} if end else {})},
            "reasonCode": reason if reason is None or isinstance(reason, list) else [reason],
            "hospitalization": hosp,
            "serviceProvider": self.ref(provider or self.org_ref),
            "partOf": self.ref(part_of) if part_of else None,
        }
        if status == "finished" and not end:
            body["period"]["end"] = self.dt(start, "10:00")
        if status == "planned":
            body["period"] = {"start": self.dt(start, "08:00")}
        return self.add("Encounter", body, local)

    def cond(self, code, onset=None, clinical="active", ver="confirmed", category="problem-list-item",
             recorded=None, enc=None, abatement=None, note=None, severity=None, who=None, local=None,
             body_site=None, stage=None, evidence=None, extension=None):
        cat_disp = {"problem-list-item": "Problem List Item", "encounter-diagnosis": "Encounter Diagnosis"}
        cats = [cc((T + "condition-category", category, cat_disp[category]))]
        body = {
            "extension": extension,
            "clinicalStatus": cc((T + "condition-clinical", clinical, clinical.capitalize())),
            "verificationStatus": cc((T + "condition-ver-status", ver, ver.capitalize())),
            "category": cats,
            "severity": severity,
            "code": code,
            "bodySite": body_site,
            "subject": self.ref(self.pat),
            "encounter": self.ref(enc) if enc else None,
            "onsetDateTime": onset,
            "abatementDateTime": abatement,
            "recordedDate": recorded or onset,
            "recorder": self.ref(self.pr[who]) if who else None,
            "stage": stage,
            "evidence": evidence,
            "note": [{"text": note}] if note else None,
        }
        if clinical in ("resolved", "inactive", "remission") and abatement is None and clinical == "resolved":
            raise ValueError("resolved condition without abatement")
        return self.add("Condition", body, local)

    def obs(self, code, date, value=None, category="laboratory", low=None, high=None, interp=None, enc=None,
            ref_text=None, status="final", local=None, components=None, note=None, performer=None,
            method=None, body_site=None, derived=None, members=None, issued=True, specimen_text=None):
        body = {
            "status": status,
            "category": [cc((T + "observation-category", category, OBS_CAT[category]))],
            "code": code,
            "subject": self.ref(self.pat),
            "encounter": self.ref(enc) if enc else None,
            "effectiveDateTime": self.dt(date, "08:15") if len(date) == 10 else date,
            "performer": [self.ref(self.pr[performer])] if performer else None,
        }
        if issued:
            body["issued"] = self.dt(date[:10], "14:20")
        if value is not None:
            if isinstance(value, dict) and "code" in value and "system" in value and "value" in value:
                body["valueQuantity"] = value
            elif isinstance(value, dict):
                body["valueCodeableConcept"] = value
            elif isinstance(value, bool):
                body["valueBoolean"] = value
            elif isinstance(value, int):
                body["valueInteger"] = value
            elif isinstance(value, str):
                body["valueString"] = value
            else:
                raise ValueError(f"bad value {value!r}")
        if interp:
            body["interpretation"] = [cc((INTERP, interp, INTERP_DISPLAY[interp]))]
        if note:
            body["note"] = [{"text": note}]
        if body_site:
            body["bodySite"] = body_site
        if method:
            body["method"] = method
        if low is not None or high is not None or ref_text:
            rr = {}
            unit = value["code"] if isinstance(value, dict) and "code" in value else None
            if low is not None:
                rr["low"] = q(low, unit) if unit else None
            if high is not None:
                rr["high"] = q(high, unit) if unit else None
            rr = {k: v for k, v in rr.items() if v is not None}
            if ref_text:
                rr["text"] = ref_text
            body["referenceRange"] = [rr]
        if components:
            body["component"] = components
        if members:
            body["hasMember"] = [self.ref(m) for m in members]
        if derived:
            body["derivedFrom"] = [self.ref(m) for m in derived]
        return self.add("Observation", body, local)

    def lab(self, loinc, display, date, value, unit, low=None, high=None, interp=None, enc=None, text=None,
            ref_text=None, local=None, note=None, system=LOINC):
        code = cc((system, loinc, display), text=text) if loinc else cc(text=text or display)
        if interp is None and low is not None and high is not None and isinstance(value, (int, float)):
            interp = "L" if value < low else "H" if value > high else "N"
        elif interp is None and high is not None and low is None and isinstance(value, (int, float)):
            interp = "H" if value > high else "N"
        elif interp is None and low is not None and high is None and isinstance(value, (int, float)):
            interp = "L" if value < low else "N"
        return self.obs(code, date, q(value, unit), low=low, high=high, interp=interp, enc=enc,
                        ref_text=ref_text, local=local, note=note)

    def vitals(self, date, enc=None, sbp=None, dbp=None, hr=None, temp=None, wt=None, spo2=None, rr=None,
               ht=None, bmi=None):
        refs = []
        d = self.dt(date, "08:40") if len(date) == 10 else date
        if sbp is not None:
            refs.append(self.obs(cc((LOINC, "85354-9", "Blood pressure panel with all children optional"),
                                    text="Blood pressure"), d, category="vital-signs", enc=enc, issued=False,
                                 components=[
                                     {"code": cc((LOINC, "8480-6", "Systolic blood pressure")), "valueQuantity": q(sbp, "mm[Hg]")},
                                     {"code": cc((LOINC, "8462-4", "Diastolic blood pressure")), "valueQuantity": q(dbp, "mm[Hg]")}]))
        for val, code, disp, unit in ((hr, "8867-4", "Heart rate", "/min"), (temp, "8310-5", "Body temperature", "Cel"),
                                      (wt, "29463-7", "Body weight", "kg"), (spo2, "59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry", "%"),
                                      (rr, "9279-1", "Respiratory rate", "/min"), (ht, "8302-2", "Body height", "cm"),
                                      (bmi, "39156-5", "Body mass index (BMI) [Ratio]", "kg/m2")):
            if val is not None:
                refs.append(self.obs(cc((LOINC, code, disp)), d, q(val, unit), category="vital-signs", enc=enc,
                                     issued=False))
        return refs

    def report(self, code, date, results, conclusion=None, enc=None, category=("LAB", "Laboratory"), who=None,
               local=None, status="final", conclusion_code=None):
        body = {
            "status": status,
            "category": [cc((T + "v2-0074", category[0], category[1]))],
            "code": code,
            "subject": self.ref(self.pat),
            "encounter": self.ref(enc) if enc else None,
            "effectiveDateTime": self.dt(date, "08:15") if len(date) == 10 else date,
            "issued": self.dt(date[:10], "16:00"),
            "performer": [self.ref(self.pr[who] if who else self.org_ref)],
            "result": [self.ref(r) for r in results] if results else None,
            "conclusion": conclusion,
            "conclusionCode": conclusion_code,
        }
        return self.add("DiagnosticReport", body, local)

    def note(self, date, title, text, who, type_=None, enc=None, local=None, lang=None, time="16:30",
             category=None, author_ref=None, description=None):
        ty = type_ or cc((LOINC, "11506-3", "Progress note"))
        body = {
            "status": "current",
            "docStatus": "final",
            "type": ty,
            "category": category,
            "subject": self.ref(self.pat),
            "date": self.dt(date, time) if len(date) == 10 else date,
            "author": [self.ref(author_ref or self.pr[who])],
            "custodian": self.ref(self.org_ref),
            "description": description or title,
            "content": [{"attachment": {"contentType": "text/plain", "language": lang or self.org["lang"],
                                        "data": b64(text), "title": title,
                                        "creation": self.dt(date, time) if len(date) == 10 else date}}],
            "context": {"encounter": [self.ref(enc)]} if enc else None,
        }
        return self.add("DocumentReference", body, local)

    def med_request(self, med, authored, dosage_text, who, status="active", intent="order", reason=None,
                    enc=None, local=None, timing=None, dose=None, route=None, note=None, validity=None,
                    reason_ref=None, category=None):
        dos = {"text": dosage_text}
        if timing:
            dos["timing"] = timing
        if route:
            dos["route"] = route
        if dose:
            dos["doseAndRate"] = [{"doseQuantity": dose}]
        body = {
            "status": status, "intent": intent,
            "category": category,
            "medicationCodeableConcept": med,
            "subject": self.ref(self.pat),
            "encounter": self.ref(enc) if enc else None,
            "authoredOn": authored,
            "requester": self.ref(self.pr[who]),
            "reasonCode": [reason] if reason else None,
            "reasonReference": [self.ref(r) for r in reason_ref] if reason_ref else None,
            "dosageInstruction": [dos],
            "dispenseRequest": {"validityPeriod": validity} if validity else None,
            "note": [{"text": note}] if note else None,
        }
        return self.add("MedicationRequest", body, local)

    def med_statement(self, med, status, start, dosage_text, end=None, asserted=None, info_source=None,
                      reason=None, note=None, local=None, status_reason=None, date_asserted=None):
        body = {
            "status": status,
            "statusReason": [status_reason] if status_reason else None,
            "medicationCodeableConcept": med,
            "subject": self.ref(self.pat),
            "effectivePeriod": {"start": start, **({"end": end} if end else {})},
            "dateAsserted": date_asserted,
            "informationSource": self.ref(info_source) if info_source else None,
            "reasonCode": [reason] if reason else None,
            "note": [{"text": note}] if note else None,
            "dosage": [{"text": dosage_text}],
        }
        return self.add("MedicationStatement", body, local)

    def service_request(self, code, authored, who, status="active", intent="order", reason=None, category=None,
                        occurrence=None, priority=None, note=None, local=None, enc=None, performer=None,
                        reason_ref=None, patient_instruction=None, based_on=None, requisition=None):
        body = {
            "requisition": requisition,
            "basedOn": [self.ref(b) for b in based_on] if based_on else None,
            "status": status, "intent": intent,
            "category": [category] if category else None,
            "priority": priority,
            "code": code,
            "subject": self.ref(self.pat),
            "encounter": self.ref(enc) if enc else None,
            "occurrenceDateTime": occurrence if occurrence and "/" not in occurrence else None,
            "authoredOn": authored,
            "requester": self.ref(self.pr[who]),
            "performer": [self.ref(p) for p in performer] if performer else None,
            "reasonCode": [reason] if reason else None,
            "reasonReference": [self.ref(r) for r in reason_ref] if reason_ref else None,
            "note": [{"text": note}] if note else None,
            "patientInstruction": patient_instruction,
        }
        return self.add("ServiceRequest", body, local)

    def procedure(self, code, status, date=None, who=None, reason=None, enc=None, note=None, local=None,
                  outcome=None, category=None, based_on=None, reason_ref=None, body_site=None, end=None):
        body = {
            "basedOn": [self.ref(b) for b in based_on] if based_on else None,
            "status": status,
            "category": category,
            "code": code,
            "subject": self.ref(self.pat),
            "encounter": self.ref(enc) if enc else None,
            "performer": [{"actor": self.ref(self.pr[who])}] if who else None,
            "reasonCode": [reason] if reason else None,
            "reasonReference": [self.ref(r) for r in reason_ref] if reason_ref else None,
            "bodySite": [body_site] if body_site else None,
            "outcome": outcome,
            "note": [{"text": note}] if note else None,
        }
        if date and end:
            body["performedPeriod"] = {"start": date, "end": end}
        elif date:
            body["performedDateTime"] = date
        return self.add("Procedure", body, local)

    def careplan(self, title, status, intent, start, who, category=None, addresses=None, activities=None,
                 description=None, note=None, local=None, end=None):
        body = {
            "status": status, "intent": intent,
            "category": [category] if category else None,
            "title": title, "description": description,
            "subject": self.ref(self.pat),
            "period": {"start": start, **({"end": end} if end else {})},
            "created": start,
            "author": self.ref(self.pr[who]),
            "addresses": [self.ref(a) for a in addresses] if addresses else None,
            "activity": activities,
            "note": [{"text": note}] if note else None,
        }
        return self.add("CarePlan", body, local)

    def comm(self, sent, text, sender, recipient, status="completed", category=None, medium=None, about=None,
             in_response_to=None, local=None, topic=None, received=None, reason=None):
        body = {
            "inResponseTo": [self.ref(in_response_to)] if in_response_to else None,
            "status": status,
            "category": [category] if category else None,
            "medium": [medium] if medium else None,
            "subject": self.ref(self.pat),
            "topic": topic,
            "about": [self.ref(a) for a in about] if about else None,
            "sent": self.dt(sent, "19:42") if len(sent) == 10 else sent,
            "received": received,
            "recipient": [self.ref(r) for r in recipient],
            "sender": self.ref(sender),
            "reasonCode": [reason] if reason else None,
            "payload": [{"contentString": text}],
        }
        return self.add("Communication", body, local)

    def qr(self, questionnaire, authored, items, author=None, source=None, status="completed", enc=None, local=None):
        """items: list of (linkId, text, answer) with answer a dict like {"valueCoding": ...} or list of them."""
        out = []
        for link, text, ans in items:
            it = {"linkId": link, "text": text}
            if ans is not None:
                it["answer"] = ans if isinstance(ans, list) else [ans]
            out.append(it)
        body = {
            "questionnaire": questionnaire,
            "status": status,
            "subject": self.ref(self.pat),
            "encounter": self.ref(enc) if enc else None,
            "authored": self.dt(authored, "10:05") if len(authored) == 10 else authored,
            "author": self.ref(author) if author else None,
            "source": self.ref(source) if source else None,
            "item": out,
        }
        return self.add("QuestionnaireResponse", body, local)

    def flag(self, code, start, author, category=None, status="active", end=None, enc=None, local=None):
        body = {
            "status": status,
            "category": [category] if category else None,
            "code": code,
            "subject": self.ref(self.pat),
            "period": {"start": start, **({"end": end} if end else {})},
            "encounter": self.ref(enc) if enc else None,
            "author": self.ref(author),
        }
        return self.add("Flag", body, local)

    def med_admin(self, med, date, dose, who, status="completed", request=None, route=None, reason=None,
                  note=None, local=None, enc=None, end=None):
        dosage = {"dose": dose}
        if route:
            dosage["route"] = route
        body = {
            "status": status,
            "medicationCodeableConcept": med,
            "subject": self.ref(self.pat),
            "context": self.ref(enc) if enc else None,
            "performer": [{"actor": self.ref(self.pr[who])}],
            "request": self.ref(request) if request else None,
            "reasonCode": [reason] if reason else None,
            "note": [{"text": note}] if note else None,
            "dosage": dosage,
        }
        if end:
            body["effectivePeriod"] = {"start": self.dt(date, "09:30"), "end": self.dt(date, end)}
        else:
            body["effectiveDateTime"] = self.dt(date, "09:30") if len(date) == 10 else date
        return self.add("MedicationAdministration", body, local)

    def impression(self, date, who, description, summary, problems=None, findings=None, status="completed",
                   enc=None, local=None, investigation=None, prognosis=None, code=None):
        body = {
            "status": status,
            "code": code,
            "description": description,
            "subject": self.ref(self.pat),
            "encounter": self.ref(enc) if enc else None,
            "effectiveDateTime": self.dt(date, "11:00") if len(date) == 10 else date,
            "date": self.dt(date, "11:00") if len(date) == 10 else date,
            "assessor": self.ref(self.pr[who]),
            "problem": [self.ref(p) for p in problems] if problems else None,
            "investigation": investigation,
            "summary": summary,
            "finding": findings,
            "prognosisCodeableConcept": prognosis,
        }
        return self.add("ClinicalImpression", body, local)

    def related(self, name, relationship, telecom=None, local="caregiver", gender=None):
        body = {
            "active": True,
            "patient": self.ref(self.pat),
            "relationship": [relationship],
            "name": [name],
            "telecom": telecom,
            "gender": gender,
        }
        r = self.add("RelatedPerson", body, local)
        return r

    def allergy(self, code, recorded, who=None, reaction=None, criticality=None, local=None, category=None):
        body = {
            "clinicalStatus": cc((T + "allergyintolerance-clinical", "active", "Active")),
            "verificationStatus": cc((T + "allergyintolerance-verification", "confirmed", "Confirmed")),
            "type": "allergy",
            "category": category or ["medication"],
            "criticality": criticality,
            "code": code,
            "patient": self.ref(self.pat),
            "recordedDate": recorded,
            "recorder": self.ref(self.pr[who]) if who else None,
            "reaction": [{"manifestation": [reaction]}] if reaction else None,
        }
        return self.add("AllergyIntolerance", body, local)

    def immunization(self, vaccine, date, status="completed", who=None, local=None, lot=None):
        body = {
            "status": status,
            "vaccineCode": vaccine,
            "patient": self.ref(self.pat),
            "occurrenceDateTime": date,
            "primarySource": True,
            "lotNumber": lot,
            "performer": [{"actor": self.ref(self.pr[who])}] if who else None,
        }
        return self.add("Immunization", body, local)

    def validate_all(self):
        errs = []
        for e in self.entries:
            _walk_check(e["resource"], e["resource"]["resourceType"] + "/" + e["resource"]["id"], errs)
            r = e["resource"]
            req = REQUIRED.get(r["resourceType"], ())
            for k in req:
                if k not in r:
                    errs.append(f"{r['id']}: missing {k}")
        return errs


REQUIRED = {
    "Observation": ("status", "code"), "Condition": ("subject",), "Encounter": ("status", "class"),
    "MedicationRequest": ("status", "intent", "subject"), "MedicationStatement": ("status", "subject"),
    "ServiceRequest": ("status", "intent", "subject"), "Procedure": ("status", "subject"),
    "CarePlan": ("status", "intent", "subject"), "Communication": ("status",),
    "QuestionnaireResponse": ("status",), "Flag": ("status", "code", "subject"),
    "DocumentReference": ("status", "content"), "DiagnosticReport": ("status", "code"),
    "ClinicalImpression": ("status", "subject"), "Coverage": ("status", "beneficiary", "payor"),
    "MedicationAdministration": ("status", "subject"), "Immunization": ("status", "vaccineCode", "patient"),
    "AllergyIntolerance": ("patient",), "EpisodeOfCare": ("status", "patient"),
    "Goal": ("lifecycleStatus", "description", "subject"), "RelatedPerson": ("patient",),
    "CareTeam": (), "Appointment": ("status", "participant"),
}

DT_KEYS = ("DateTime", "authoredOn", "recordedDate", "authored", "sent", "received", "created", "start", "end",
           "date", "issued", "occurrenceDateTime", "dateAsserted", "recorded", "lastOccurrence", "onsetDateTime")


def _walk_check(node, where, errs):
    if isinstance(node, dict):
        for k, v in node.items():
            if v is None or v == [] or v == {}:
                errs.append(f"{where}: empty {k}")
                continue
            if k == "valueInteger" and not (isinstance(v, int) and not isinstance(v, bool)):
                errs.append(f"{where}: valueInteger {v!r}")
            if k in ("birthDate",) and not DATE_RE.match(v):
                errs.append(f"{where}: bad date {k}={v}")
            if isinstance(v, str) and (k.endswith("DateTime") or k in DT_KEYS) and k not in ("date",) or k == "date" and isinstance(v, str):
                if not (DATE_RE.match(v) or DT_RE.match(v)):
                    errs.append(f"{where}: bad dateTime {k}={v}")
            if k == "issued" and not DT_RE.match(v):
                errs.append(f"{where}: issued must be an instant: {v}")
            if k == "valueQuantity" or (k in ("low", "high", "doseQuantity") and isinstance(v, dict)):
                if not isinstance(v.get("value"), (int, float)):
                    errs.append(f"{where}: quantity without numeric value")
            if k == "reasonCode" and not isinstance(v, list):
                errs.append(f"{where}: reasonCode not a list")
            _walk_check(v, where, errs)
    elif isinstance(node, list):
        for x in node:
            if x is None:
                errs.append(f"{where}: None in list")
            _walk_check(x, where, errs)


REGISTRY = []


def case(key, org, target, kind, expected, why, summary):
    """Register a case-building function fn(cid) -> Case."""
    def deco(fn):
        REGISTRY.append(dict(key=key, org=org, target=target, kind=kind, expected=list(expected), why=why,
                             summary=summary, fn=fn))
        return fn
    return deco


# ---------------------------------------------------------------- organisation profiles
def _nth_sunday(year, month, n):
    import datetime
    d = datetime.date(year, month, 1)
    d += datetime.timedelta(days=(6 - d.weekday()) % 7)
    return d + datetime.timedelta(days=7 * (n - 1))


def tz_chile(d):
    import datetime
    y, m, dd = (int(x) for x in d[:10].split("-"))
    day = datetime.date(y, m, dd)
    # mainland Chile: UTC-3 from the first Sunday of September to the first Sunday of April, UTC-4 otherwise
    if _nth_sunday(y, 4, 1) <= day < _nth_sunday(y, 9, 1):
        return "-04:00"
    return "-03:00"


def tz_us(std):
    def f(d):
        import datetime
        y, m, dd = (int(x) for x in d[:10].split("-"))
        day = datetime.date(y, m, dd)
        dst = _nth_sunday(y, 3, 2) <= day < _nth_sunday(y, 11, 1)
        off = std - 1 if dst else std
        return f"-{off:02d}:00"
    return f


def tz_thai(d):
    return "+07:00"


def run_dv(num):
    s, f = 0, 2
    for ch in reversed(str(num)):
        s += int(ch) * f
        f = 2 if f == 7 else f + 1
    r = 11 - s % 11
    return "0" if r == 11 else "K" if r == 10 else str(r)


def run(num):
    return f"{num}-{run_dv(num)}"


def thai_cid(first12):
    s = sum(int(c) * (13 - i) for i, c in enumerate(first12))
    return first12 + str((11 - s % 11) % 10)


def npi(first9):
    digits = "80840" + first9
    total = 0
    for i, ch in enumerate(reversed(digits)):
        n = int(ch)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return first9 + str((10 - total % 10) % 10)


def _prac(family, given, prefix, qual, ident_sys, ident, gender, suffix=None, lang_name=None, telecom=None):
    name = {"use": "official", "family": family, "given": given}
    if prefix:
        name["prefix"] = prefix
    if suffix:
        name["suffix"] = suffix
    names = [name]
    if lang_name:
        names.append(lang_name)
    body = {"identifier": [{"system": ident_sys, "value": ident}], "active": True, "name": names,
            "gender": gender, "qualification": [{"code": qual}]}
    if telecom:
        body["telecom"] = telecom
    return body


# 1. Chilean public hospital -------------------------------------------------------------
CL_BASE = "https://fhir.hospitalsangregorio.cl/fhir/R4"
CL_FONASA = "https://fhir.hospitalsangregorio.cl/CodeSystem/arancel-fonasa-mai"
CL_GES = "https://fhir.hospitalsangregorio.cl/CodeSystem/problemas-salud-ges"
CL_LOCAL = "https://fhir.hospitalsangregorio.cl/CodeSystem/prestaciones-locales"
CL_RNPI = "https://rnpi.superdesalud.gob.cl"
CL_RUN = "http://regcivil.cl/Validacion/RUN"
CL_FARMA = "https://fhir.hospitalsangregorio.cl/CodeSystem/arsenal-farmacologico"


def _cl_prac(family, given, prefix, esp, run_num, gender):
    return _prac(family, given, prefix, cc((CL_LOCAL, "ESP-" + esp[:4].upper(), esp), text=esp), CL_RNPI,
                 run(run_num), gender)


CHILE = {
    "key": "chile",
    "label": "Hospital Clínico Regional San Gregorio (Chile, public)",
    "base": CL_BASE, "tz": tz_chile, "lang": "es-CL",
    "organization": {
        "identifier": [{"system": "https://deis.minsal.cl/establecimientos", "value": "114105"},
                       {"system": "http://www.sii.cl/RUT", "value": "61.607.300-4"}],
        "active": True,
        "type": [cc((T + "organization-type", "prov", "Healthcare Provider"), text="Hospital público de alta complejidad")],
        "name": "Hospital Clínico Regional San Gregorio",
        "telecom": [{"system": "phone", "value": "+56 63 226 4000"}],
        "address": [{"line": ["Av. Simpson 850"], "city": "Valdivia", "state": "Región de Los Ríos", "country": "CL"}],
    },
    "practitioners": {
        "mi": _cl_prac("Rojas Fuentes", ["Camila", "Andrea"], ["Dra."], "Medicina Interna", 15234876, "female"),
        "tr": _cl_prac("Soto Vergara", ["Matías", "Ignacio"], ["Dr."], "Traumatología y Ortopedia", 13876201, "male"),
        "on": _cl_prac("Muñoz Lagos", ["Francisca"], ["Dra."], "Oncología Médica", 14420987, "female"),
        "ne": _cl_prac("Alarcón Pizarro", ["Rodrigo"], ["Dr."], "Nefrología", 12998345, "male"),
        "ps": _cl_prac("Contreras Vidal", ["Javiera"], ["Dra."], "Psiquiatría Adultos", 16011234, "female"),
        "gs": _cl_prac("Araya Toro", ["Felipe", "Antonio"], ["Dr."], "Medicina Familiar (CESFAM)", 17345002, "male"),
        "en": _cl_prac("Paredes Ulloa", ["Daniela"], ["EU"], "Enfermería", 17899321, "female"),
        "ca": _cl_prac("Henríquez Bustos", ["Sebastián"], ["Dr."], "Cardiología", 13450776, "male"),
        "br": _cl_prac("Leiva Sanhueza", ["Constanza"], ["Dra."], "Enfermedades Respiratorias", 15678902, "female"),
        "ur": _cl_prac("Figueroa Oyarzún", ["Cristián"], ["Dr."], "Urología", 12567345, "male"),
        "cp": _cl_prac("Navarrete Kusch", ["Isabel"], ["Dra."], "Cuidados Paliativos", 11876543, "female"),
        "ne2": _cl_prac("Catrileo Ñancupil", ["Marcela"], ["Dra."], "Neurología", 16543870, "female"),
    },
}


def cl_patient(C, given, family, gender, birth, run_num, comuna="Valdivia", line="Pasaje Los Notros 1432",
               phone="+56 9 8765 4321", marital=None, prais=False):
    body = {
        "identifier": [{"use": "official", "system": CL_RUN, "value": run(run_num),
                        "type": cc((T + "v2-0203", "NNCHL", "National Person Identifier"), text="RUN")},
                       {"use": "usual", "system": "https://fhir.hospitalsangregorio.cl/NamingSystem/ficha-clinica",
                        "value": f"FC-{run_num % 1000003:07d}"}],
        "active": True,
        "name": [{"use": "official", "family": family, "given": given,
                  "_family": None}],
        "telecom": [{"system": "phone", "value": phone, "use": "mobile"}],
        "gender": gender,
        "birthDate": birth,
        "address": [{"use": "home", "line": [line], "city": comuna, "district": "Valdivia",
                     "state": "Región de Los Ríos", "country": "CL"}],
        "communication": [{"language": cc(("urn:ietf:bcp:47", "es-CL", "Spanish (Chile)")), "preferred": True}],
    }
    del body["name"][0]["_family"]
    if marital:
        body["maritalStatus"] = cc((T + "v3-MaritalStatus", marital, {"M": "Married", "S": "Never Married", "W": "Widowed", "D": "Divorced"}[marital]))
    return body


def cl_coverage(tramo, run_num):
    return {
        "payor": {"identifier": [{"system": "http://www.sii.cl/RUT", "value": "61.603.000-0"}], "active": True,
                  "type": [cc((T + "organization-type", "pay", "Payer"))],
                  "name": "Fondo Nacional de Salud (FONASA)"},
        "type": cc(("https://fhir.hospitalsangregorio.cl/CodeSystem/prevision", f"FONASA-{tramo}",
                    f"FONASA tramo {tramo}"), text=f"FONASA tramo {tramo} (Modalidad Atención Institucional)"),
        "subscriberId": run(run_num),
        "class": [{"type": cc((T + "coverage-class", "plan", "Plan")), "value": f"MAI-{tramo}",
                   "name": f"Modalidad de Atención Institucional, tramo {tramo}"}],
    }


def ges(C, num, name):
    """GES programme reference as a Condition category coding."""
    return cc((CL_GES, f"GES-{num:02d}", name), text=f"Problema de salud GES N° {num}: {name}")


# 2. Thai university hospital -------------------------------------------------------------
TH_BASE = "https://fhir.cpuh.ac.th/r4"
ICD10TM = "http://www.thcc.or.th/CodeSystem/icd-10-tm"
TH_LOCAL = "https://fhir.cpuh.ac.th/CodeSystem/cpuh-lab"
TH_DRUG = "https://fhir.cpuh.ac.th/CodeSystem/cpuh-drug"
TMT = "http://www.this.or.th/CodeSystem/tmt"
TH_MC = "https://www.tmc.or.th/license"


def _th_prac(th_name, family, given, prefix, spec, lic, gender):
    return _prac(family, given, prefix, cc(("https://fhir.cpuh.ac.th/CodeSystem/specialty", spec[:6].upper(), spec), text=spec),
                 TH_MC, lic, gender, lang_name={"use": "usual", "text": th_name})


THAI = {
    "key": "thai",
    "label": "Chao Phraya University Hospital (Thailand, university)",
    "base": TH_BASE, "tz": tz_thai, "lang": "th",
    "organization": {
        "identifier": [{"system": "https://bps.moph.go.th/hcode", "value": "13781"}],
        "active": True,
        "type": [cc((T + "organization-type", "prov", "Healthcare Provider"), text="University hospital")],
        "name": "Chao Phraya University Hospital",
        "alias": ["โรงพยาบาลมหาวิทยาลัยเจ้าพระยา"],
        "telecom": [{"system": "phone", "value": "+66 2 419 7000"}],
        "address": [{"line": ["2 Wang Lang Road"], "district": "Bangkok Noi", "city": "Bangkok", "postalCode": "10700",
                     "country": "TH"}],
    },
    "practitioners": {
        "im": _th_prac("นพ.ธนากร ศรีสวัสดิ์", "Srisawat", ["Thanakorn"], ["Dr."], "Internal Medicine", "ว.28841", "male"),
        "fm": _th_prac("พญ.กมลชนก อินทร์แก้ว", "Inkaew", ["Kamonchanok"], ["Dr."], "Family Medicine", "ว.41275", "female"),
        "er": _th_prac("นพ.ภาคภูมิ รัตนพันธ์", "Rattanaphan", ["Phakphum"], ["Dr."], "Emergency Medicine", "ว.45012", "male"),
        "cd": _th_prac("พญ.ปิยะนุช วงศ์ใหญ่", "Wongyai", ["Piyanuch"], ["Assoc. Prof. Dr."], "Cardiology", "ว.19984", "female"),
        "ct": _th_prac("นพ.สมชาย เรืองศรี", "Ruangsri", ["Somchai"], ["Asst. Prof. Dr."], "Cardiothoracic Surgery", "ว.21456", "male"),
        "gi": _th_prac("นพ.วิทยา ตั้งจิตร", "Tangjit", ["Wittaya"], ["Dr."], "Gastroenterology and Hepatology", "ว.30112", "male"),
        "sg": _th_prac("พญ.ศิริพร เจริญผล", "Charoenphon", ["Siriporn"], ["Dr."], "General Surgery", "ว.33890", "female"),
        "on": _th_prac("พญ.อัญชลี ธรรมรักษ์", "Thammarak", ["Anchalee"], ["Dr."], "Medical Oncology", "ว.29567", "female"),
        "rh": _th_prac("นพ.กิตติพงษ์ แสงทอง", "Saengthong", ["Kittipong"], ["Dr."], "Rheumatology", "ว.35521", "male"),
        "ne": _th_prac("พญ.รัชนี บุญเรือง", "Boonruang", ["Ratchanee"], ["Dr."], "Nephrology", "ว.27743", "female"),
        "ns": _th_prac("พว.สุนิสา คำภา", "Khampha", ["Sunisa"], ["RN"], "Registered Nurse", "พย.4511223344", "female"),
        "or": _th_prac("นพ.อนุชา ปัญญาดี", "Panyadee", ["Anucha"], ["Dr."], "Orthopaedics", "ว.31190", "male"),
        "pc": _th_prac("พญ.นันทนา ชื่นใจ", "Chuenjai", ["Nantana"], ["Dr."], "Palliative Care", "ว.38810", "female"),
        "nu": _th_prac("นพ.ชยพล วิเศษสุข", "Wisetsuk", ["Chayaphon"], ["Dr."], "Neurology", "ว.36654", "male"),
    },
}


def th_patient(C, th_name, family, given, prefix_en, gender, birth, cid12, hn, address_th, phone="+66 81 234 5678",
               marital=None):
    body = {
        "identifier": [{"use": "official", "system": "https://www.dopa.go.th/citizen-id",
                        "type": cc((T + "v2-0203", "NI", "National unique individual identifier"), text="เลขประจำตัวประชาชน"),
                        "value": thai_cid(cid12)},
                       {"use": "usual", "system": "https://fhir.cpuh.ac.th/NamingSystem/hn",
                        "type": cc((T + "v2-0203", "MR", "Medical record number"), text="HN"), "value": hn}],
        "active": True,
        "name": [{"use": "official", "text": th_name},
                 {"use": "usual", "family": family, "given": given, "prefix": [prefix_en]}],
        "telecom": [{"system": "phone", "value": phone, "use": "mobile"}],
        "gender": gender,
        "birthDate": birth,
        "address": [{"use": "home", "text": address_th, "country": "TH"}],
        "communication": [{"language": cc(("urn:ietf:bcp:47", "th", "Thai")), "preferred": True}],
    }
    if marital:
        body["maritalStatus"] = cc((T + "v3-MaritalStatus", marital, {"M": "Married", "S": "Never Married", "W": "Widowed", "D": "Divorced"}[marital]))
    return body


def th_coverage(cid12, hosp_main="Chao Phraya University Hospital"):
    return {
        "payor": {"identifier": [{"system": "https://www.nhso.go.th", "value": "NHSO"}], "active": True,
                  "type": [cc((T + "organization-type", "pay", "Payer"))],
                  "name": "สำนักงานหลักประกันสุขภาพแห่งชาติ (National Health Security Office, NHSO)"},
        "type": cc(("https://fhir.cpuh.ac.th/CodeSystem/insurance-scheme", "UCS",
                    "Universal Coverage Scheme"), text="สิทธิหลักประกันสุขภาพแห่งชาติ (UCS, บัตรทอง)"),
        "subscriberId": thai_cid(cid12),
        "class": [{"type": cc((T + "coverage-class", "plan", "Plan")), "value": "UCS-REF",
                   "name": f"UCS, main contractor unit: {hosp_main}"}],
    }


# 3. Urology and men's health service (US) --------------------------------------------------
UR_BASE = "https://ehr.riverbendurology.com/fhir/r4"
UR_LOCAL = "https://ehr.riverbendurology.com/fhir/CodeSystem/riverbend-observations"
NPI_SYS = "http://hl7.org/fhir/sid/us-npi"


def _us_prac(family, given, suffix, taxonomy, tax_disp, npi9, gender):
    return _prac(family, given, None, cc((NUCC, taxonomy, tax_disp)), NPI_SYS, npi(npi9), gender, suffix=suffix)


UROLOGY = {
    "key": "urology",
    "label": "Riverbend Urology & Men's Health (USA, specialty group)",
    "base": UR_BASE, "tz": tz_us(5), "lang": "en-US",
    "organization": {
        "identifier": [{"system": NPI_SYS, "value": npi("174855102")}],
        "active": True,
        "type": [cc((T + "organization-type", "prov", "Healthcare Provider"), text="Urology and men's health group practice")],
        "name": "Riverbend Urology & Men's Health",
        "telecom": [{"system": "phone", "value": "+1 614 555 0182"}],
        "address": [{"line": ["4100 Riverside Parkway", "Suite 300"], "city": "Columbus", "state": "OH",
                     "postalCode": "43221", "country": "US"}],
    },
    "practitioners": {
        "wh": _us_prac("Whitaker", ["Daniel", "K."], ["MD"], "208800000X", "Urology", "154782390", "male"),
        "ra": _us_prac("Raman", ["Priya"], ["MD"], "208800000X", "Urology", "166209431", "female"),
        "np": _us_prac("Bell", ["Marcus"], ["NP"], "363L00000X", "Nurse Practitioner", "130497752", "male"),
        "ro": _us_prac("Ruiz", ["Elena"], ["MD"], "2085R0001X", "Radiation Oncology", "188602214", "female"),
        "rd": _us_prac("Okafor", ["Samuel"], ["MD"], "2085R0202X", "Diagnostic Radiology", "121845566", "male"),
        "pa": _us_prac("Lindgren", ["Hanna"], ["MD"], "207ZP0102X", "Anatomic Pathology & Clinical Pathology", "143378809", "female"),
        "an": _us_prac("Cho", ["Jennifer"], ["MD"], "207L00000X", "Anesthesiology", "199055018", "female"),
    },
}


def us_patient(C, given, family, gender, birth, mrn, line, city, state, zip_, phone, marital=None, race=None):
    body = {
        "identifier": [{"use": "usual", "type": cc((T + "v2-0203", "MR", "Medical record number")),
                        "system": C.org["base"].rsplit("/fhir", 1)[0] + "/mrn", "value": mrn}],
        "active": True,
        "name": [{"use": "official", "family": family, "given": given}],
        "telecom": [{"system": "phone", "value": phone, "use": "home"}],
        "gender": gender,
        "birthDate": birth,
        "address": [{"use": "home", "line": [line], "city": city, "state": state, "postalCode": zip_, "country": "US"}],
        "communication": [{"language": cc(("urn:ietf:bcp:47", "en-US", "English (United States)")), "preferred": True}],
    }
    if marital:
        body["maritalStatus"] = cc((T + "v3-MaritalStatus", marital, {"M": "Married", "S": "Never Married", "W": "Widowed", "D": "Divorced"}[marital]))
    return body


def medicare(mbi, part="Part A and Part B", start="2016-01-01"):
    return {
        "payor": {"identifier": [{"system": "http://hl7.org/fhir/sid/us-npi", "value": npi("100000000")}],
                  "active": True, "type": [cc((T + "organization-type", "pay", "Payer"))],
                  "name": "Centers for Medicare & Medicaid Services"},
        "type": cc(("https://nahdo.org/sopt", "1", "MEDICARE"), text=f"Medicare {part}"),
        "subscriberId": mbi,
        "period": {"start": start},
        "class": [{"type": cc((T + "coverage-class", "plan", "Plan")), "value": "MEDICARE-FFS", "name": f"Original Medicare {part}"}],
    }


def commercial(member, plan="Buckeye Choice PPO", payer="Buckeye Mutual Health Plan"):
    return {
        "payor": {"active": True, "type": [cc((T + "organization-type", "pay", "Payer"))], "name": payer},
        "type": cc(("https://nahdo.org/sopt", "5", "PRIVATE HEALTH INSURANCE"), text="Commercial PPO"),
        "subscriberId": member,
        "class": [{"type": cc((T + "coverage-class", "plan", "Plan")), "value": plan.upper().replace(" ", "-"), "name": plan}],
    }


# 4. US home-health and community nursing agency ----------------------------------------
HH_BASE = "https://fhir.prairiehearthhomehealth.org/api/R4"
OASIS = "https://fhir.prairiehearthhomehealth.org/CodeSystem/oasis-e-items"
OASIS_ANS = "https://fhir.prairiehearthhomehealth.org/CodeSystem/oasis-e-responses"
HH_LOCAL = "https://fhir.prairiehearthhomehealth.org/CodeSystem/visit-observations"

HOMEHEALTH = {
    "key": "homehealth",
    "label": "Prairie Hearth Home Health & Community Nursing (USA, Medicare-certified agency)",
    "base": HH_BASE, "tz": tz_us(6), "lang": "en-US",
    "organization": {
        "identifier": [{"system": NPI_SYS, "value": npi("162900471")},
                       {"system": "https://www.cms.gov/ccn", "value": "167042"}],
        "active": True,
        "type": [cc((T + "organization-type", "prov", "Healthcare Provider"), text="Medicare-certified home health agency")],
        "name": "Prairie Hearth Home Health & Community Nursing",
        "telecom": [{"system": "phone", "value": "+1 515 555 0147"}],
        "address": [{"line": ["2210 Ingersoll Ave"], "city": "Des Moines", "state": "IA", "postalCode": "50312",
                     "country": "US"}],
    },
    "practitioners": {
        "am": _us_prac("Morales", ["Angela"], ["RN", "BSN"], "163WH0200X", "Registered Nurse, Home Health", "132205871", "female"),
        "tl": _us_prac("Lindqvist", ["Trevor"], ["RN"], "163WH0200X", "Registered Nurse, Home Health", "145580236", "male"),
        "pt": _us_prac("Abernathy", ["Kelsey"], ["PT", "DPT"], "225100000X", "Physical Therapist", "176612044", "female"),
        "wc": _us_prac("Oyelaran", ["Funmi"], ["RN", "CWOCN"], "163WW0101X", "Registered Nurse, Wound Care", "118854390", "female"),
        "md": _us_prac("Haines", ["Robert", "T."], ["MD"], "207Q00000X", "Family Medicine", "159933027", "male"),
        "im": _us_prac("Desai", ["Nikhil"], ["MD"], "207R00000X", "Internal Medicine", "190267763", "male"),
        "cd": _us_prac("Brennan", ["Colleen"], ["MD"], "207RC0000X", "Cardiovascular Disease", "127730845", "female"),
        "sw": _us_prac("Garza", ["Luis"], ["LMSW"], "1041C0700X", "Clinical Social Worker", "134471190", "male"),
        "ot": _us_prac("Pham", ["Linh"], ["OTR/L"], "225X00000X", "Occupational Therapist", "151188342", "female"),
        "ne": _us_prac("Albrecht", ["Jonas"], ["MD"], "2084N0400X", "Neurology", "182239956", "male"),
    },
}

ORGS = {"chile": CHILE, "thai": THAI, "urology": UROLOGY, "homehealth": HOMEHEALTH}


def oasis_item(code, text, ans_code, ans_text):
    return (code, text, {"valueCoding": coding(OASIS_ANS, f"{code}-{ans_code}", ans_text)})


def score_obs(C, code_cc, date, value, enc=None, note=None, members=None, interp=None):
    return C.obs(code_cc, date, value, category="survey", enc=enc, note=note, issued=False, members=members,
                 interp=interp)


def sym_obs(C, sct, display, text, date, enc=None, note=None, severity=None):
    """A reported symptom: LOINC 75325-1 'Symptom' with a SNOMED value."""
    comps = None
    if severity:
        comps = [{"code": cc((LOINC, "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported")),
                  "valueInteger": severity}] if isinstance(severity, int) else None
    return C.obs(cc((LOINC, "75325-1", "Symptom")), date, cc((SCT, sct, display), text=text), category="exam",
                 enc=enc, note=note, issued=False, components=comps)
