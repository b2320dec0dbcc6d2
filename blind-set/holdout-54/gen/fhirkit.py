"""Small helpers to write FHIR R4 resources for the blind-54 evaluation set.

Every builder appends a resource to a Case and returns its relative reference
("Type/id").  Ids are "<case id>-<prefix><n>".  Dates are FHIR dates
(YYYY-MM-DD); dateTimes get the organisation's UTC offset for that day.
"""
import base64
import datetime as _dt
import re

SYS = {
    "sct": "http://snomed.info/sct",
    "loinc": "http://loinc.org",
    "icd10cm": "http://hl7.org/fhir/sid/icd-10-cm",
    "icd10": "http://hl7.org/fhir/sid/icd-10",
    "icd10be": "https://www.health.belgium.be/icd-10-be",
    "cpt": "http://www.ama-assn.org/go/cpt",
    "hcpcs": "http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets",
    "rxnorm": "http://www.nlm.nih.gov/research/umls/rxnorm",
    "atc": "http://www.whocc.no/atc",
    "ucum": "http://unitsofmeasure.org",
    "cvx": "http://hl7.org/fhir/sid/cvx",
    "orpha": "http://www.orpha.net",
    "hgnc": "http://www.genenames.org",
    "hgvs": "http://varnomen.hgvs.org",
    "nihdi": "https://www.ehealth.fgov.be/standards/fhir/core/NamingSystem/be-ns-nihdi-nomenclature",
    "obs-cat": "http://terminology.hl7.org/CodeSystem/observation-category",
    "interp": "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation",
    "cond-clin": "http://terminology.hl7.org/CodeSystem/condition-clinical",
    "cond-ver": "http://terminology.hl7.org/CodeSystem/condition-ver-status",
    "cond-cat": "http://terminology.hl7.org/CodeSystem/condition-category",
    "act": "http://terminology.hl7.org/CodeSystem/v3-ActCode",
    "prio": "http://terminology.hl7.org/CodeSystem/v3-ActPriority",
    "admit": "http://terminology.hl7.org/CodeSystem/admit-source",
    "dischg": "http://terminology.hl7.org/CodeSystem/discharge-disposition",
    "sopt": "https://nahdo.org/sopt",
    "subrel": "http://terminology.hl7.org/CodeSystem/subscriber-relationship",
    "dr-sect": "http://terminology.hl7.org/CodeSystem/v2-0074",
    "flag-cat": "http://terminology.hl7.org/CodeSystem/flag-category",
    "comm-cat": "http://terminology.hl7.org/CodeSystem/communication-category",
    "mr-cat": "http://terminology.hl7.org/CodeSystem/medicationrequest-category",
    "ms-cat": "http://terminology.hl7.org/CodeSystem/medication-statement-category",
    "ai-clin": "http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical",
    "ai-ver": "http://terminology.hl7.org/CodeSystem/allergyintolerance-verification",
    "part": "http://terminology.hl7.org/CodeSystem/v3-ParticipationType",
    "rolecode": "http://terminology.hl7.org/CodeSystem/v3-RoleCode",
    "uscore-doc": "http://hl7.org/fhir/us/core/CodeSystem/us-core-documentreference-category",
    "uscore-cp": "http://hl7.org/fhir/us/core/CodeSystem/careplan-category",
    "v2-0203": "http://terminology.hl7.org/CodeSystem/v2-0203",
    "orgtype": "http://terminology.hl7.org/CodeSystem/organization-type",
    "bcp47": "urn:ietf:bcp:47",
    "npi": "http://hl7.org/fhir/sid/us-npi",
    "be-ssin": "https://www.ehealth.fgov.be/standards/fhir/core/NamingSystem/ssin",
    "be-nihdi-pro": "https://www.ehealth.fgov.be/standards/fhir/core/NamingSystem/nihdi",
    "nhs": "https://fhir.nhs.uk/Id/nhs-number",
    "gmc": "https://fhir.hl7.org.uk/Id/gmc-number",
}


# --------------------------------------------------------------------------- codes
def coding(sys, code, display=None):
    c = {"system": SYS.get(sys, sys), "code": str(code)}
    if display:
        c["display"] = display
    return c


def cc(*codings, text=None):
    """cc(("sct","123","Disp"), ("icd10cm","A00"), text="...")"""
    out = {}
    if codings:
        out["coding"] = [coding(*c) for c in codings]
    if text:
        out["text"] = text
    elif codings and len(codings[0]) > 2:
        out["text"] = codings[0][2]
    return out


def txt(text):
    return {"text": text}


def qty(value, unit, code=None):
    q = {"value": value, "unit": unit, "system": SYS["ucum"], "code": code or unit}
    return q


INTERP = {"N": "Normal", "H": "High", "L": "Low", "A": "Abnormal", "HH": "Critical high",
          "LL": "Critical low", "POS": "Positive", "NEG": "Negative"}


def interp(code):
    return [{"coding": [coding("interp", code, INTERP[code])]}]


YES = ("loinc", "LA33-6", "Yes")
NO = ("loinc", "LA32-8", "No")

SEVERITY = {"mild": ("sct", "255604002", "Mild"), "moderate": ("sct", "6736007", "Moderate"),
            "severe": ("sct", "24484000", "Severe")}
ROUTE = {"oral": ("sct", "26643006", "Oral route"), "iv": ("sct", "47625008", "Intravenous route"),
         "sc": ("sct", "34206005", "Subcutaneous route"), "im": ("sct", "78421000", "Intramuscular route"),
         "it": ("sct", "72607000", "Intrathecal route")}


# --------------------------------------------------------------------------- time
def _last_sunday(year, month):
    d = _dt.date(year, month + 1, 1) - _dt.timedelta(days=1) if month < 12 else _dt.date(year, 12, 31)
    while d.weekday() != 6:
        d -= _dt.timedelta(days=1)
    return d


def _nth_sunday(year, month, n):
    d = _dt.date(year, month, 1)
    while d.weekday() != 6:
        d += _dt.timedelta(days=1)
    return d + _dt.timedelta(days=7 * (n - 1))


def offset(tzkind, datestr):
    d = _dt.date.fromisoformat(datestr[:10])
    if tzkind == "BE":
        summer = _last_sunday(d.year, 3) <= d < _last_sunday(d.year, 10)
        return "+02:00" if summer else "+01:00"
    if tzkind == "UK":
        summer = _last_sunday(d.year, 3) <= d < _last_sunday(d.year, 10)
        return "+01:00" if summer else "+00:00"
    if tzkind == "AZ":
        return "-07:00"
    if tzkind == "CHI":
        summer = _nth_sunday(d.year, 3, 2) <= d < _nth_sunday(d.year, 11, 1)
        return "-05:00" if summer else "-06:00"
    raise ValueError(tzkind)


def add_days(datestr, n):
    return (_dt.date.fromisoformat(datestr) + _dt.timedelta(days=n)).isoformat()


# --------------------------------------------------------------------------- organisations
ORG = {
    "A": {
        "name": "Universitair Ziekenhuis Leiedal",
        "alias": "Hôpital universitaire de la Lys",
        "base": "https://fhir.uzleiedal.be/r4",
        "tz": "BE",
        "city": "Kortrijk", "country": "BE", "postal": "8500", "line": "Universiteitslaan 12",
        "phone": "+32 56 00 41 00",
        "local": "https://fhir.uzleiedal.be/CodeSystem/lab-local",
        "mrn": "https://fhir.uzleiedal.be/NamingSystem/patientnummer",
    },
    "B": {
        "name": "Desert Valley Community Health Center",
        "alias": "Centro de Salud Comunitario Desert Valley",
        "base": "https://ehr.desertvalleychc.org/fhir/R4",
        "tz": "AZ",
        "city": "Tucson", "country": "US", "postal": "85713", "line": "2150 S Mission Vista Rd", "state": "AZ",
        "phone": "+1 520 555 0140",
        "local": "https://ehr.desertvalleychc.org/fhir/CodeSystem/local",
        "mrn": "https://ehr.desertvalleychc.org/fhir/NamingSystem/mrn",
    },
    "C": {
        "name": "Lakeshore Heart & Vascular Institute - Structural Heart and Cardiothoracic Surgery Program",
        "alias": "Lakeshore Heart",
        "base": "https://fhir.lakeshoreheart.org/api/FHIR/R4",
        "tz": "CHI",
        "city": "Chicago", "country": "US", "postal": "60611", "line": "900 N Lakeshore Medical Plaza", "state": "IL",
        "phone": "+1 312 555 0188",
        "local": "https://fhir.lakeshoreheart.org/CodeSystem/structural-heart",
        "mrn": "https://fhir.lakeshoreheart.org/NamingSystem/mrn",
    },
    "D": {
        "name": "Pennine Centre for Neuromuscular and Rare Diseases",
        "alias": "Pennine NMRD Centre",
        "base": "https://fhir.pennine-nmrd.nhs.uk/R4",
        "tz": "UK",
        "city": "Leeds", "country": "GB", "postal": "LS9 7TF", "line": "Beckett Wing, St Aidan's Hospital",
        "phone": "+44 113 496 0730",
        "local": "https://fhir.pennine-nmrd.nhs.uk/CodeSystem/nm-assessments",
        "mrn": "https://fhir.pennine-nmrd.nhs.uk/Id/hospital-number",
    },
}

ALLOWED = {
    "Encounter.status": {"planned", "arrived", "triaged", "in-progress", "onleave", "finished", "cancelled"},
    "Observation.status": {"registered", "preliminary", "final", "amended", "corrected"},
    "MedicationRequest.status": {"active", "on-hold", "cancelled", "completed", "stopped", "draft", "unknown"},
    "MedicationRequest.intent": {"proposal", "plan", "order", "original-order", "reflex-order", "filler-order",
                                 "instance-order", "option"},
    "MedicationStatement.status": {"active", "completed", "stopped", "on-hold", "intended", "not-taken", "unknown"},
    "MedicationAdministration.status": {"in-progress", "not-done", "on-hold", "completed", "stopped", "unknown"},
    "ServiceRequest.status": {"draft", "active", "on-hold", "revoked", "completed", "unknown"},
    "ServiceRequest.intent": {"proposal", "plan", "directive", "order", "original-order", "reflex-order",
                              "filler-order", "instance-order", "option"},
    "Procedure.status": {"preparation", "in-progress", "not-done", "on-hold", "stopped", "completed", "unknown"},
    "CarePlan.status": {"draft", "active", "on-hold", "revoked", "completed", "unknown"},
    "CarePlan.intent": {"proposal", "plan", "order", "option"},
    "Communication.status": {"preparation", "in-progress", "not-done", "on-hold", "stopped", "completed", "unknown"},
    "QuestionnaireResponse.status": {"in-progress", "completed", "amended", "stopped"},
    "Flag.status": {"active", "inactive"},
    "DiagnosticReport.status": {"registered", "partial", "preliminary", "final", "amended", "corrected", "appended"},
    "ClinicalImpression.status": {"in-progress", "completed"},
    "Appointment.status": {"proposed", "pending", "booked", "arrived", "fulfilled", "cancelled", "noshow",
                           "checked-in", "waitlist"},
    "clinical": {"active", "recurrence", "relapse", "inactive", "remission", "resolved"},
}


def _chk(key, val):
    if val not in ALLOWED[key]:
        raise ValueError(f"{key}={val}")


# --------------------------------------------------------------------------- case
class Case:
    PREFIX = {
        "Organization": "org", "Practitioner": "pr", "PractitionerRole": "role", "Encounter": "enc",
        "Condition": "cond", "Observation": "obs", "DiagnosticReport": "dr", "DocumentReference": "doc",
        "MedicationRequest": "mr", "MedicationStatement": "ms", "MedicationAdministration": "ma",
        "MedicationDispense": "md", "ServiceRequest": "sr", "Procedure": "proc", "CarePlan": "cp",
        "Communication": "comm", "QuestionnaireResponse": "qr", "Questionnaire": "q", "Flag": "flag",
        "ClinicalImpression": "ci", "Coverage": "cov", "Immunization": "imm", "AllergyIntolerance": "alg",
        "RiskAssessment": "risk", "Appointment": "appt", "EpisodeOfCare": "eoc", "Goal": "goal",
        "FamilyMemberHistory": "fmh", "CareTeam": "team",
    }

    def __init__(self, cid, org):
        self.cid = cid
        self.org_key = org
        self.o = ORG[org]
        self.entries = []
        self.count = {}
        self.pat = f"Patient/{cid}"
        self.org = None        # main organisation reference
        self.lang = "en"

    # ---- infrastructure
    def new_id(self, rtype):
        p = self.PREFIX[rtype]
        self.count[p] = self.count.get(p, 0) + 1
        return f"{self.cid}-{p}{self.count[p]}"

    def add(self, res, rid=None):
        rt = res["resourceType"]
        if rid is None:
            rid = self.cid if rt == "Patient" else self.new_id(rt)
        res = {"resourceType": rt, "id": rid, **{k: v for k, v in res.items() if k != "resourceType"}}
        self.entries.append({
            "fullUrl": f"{self.o['base']}/{rt}/{rid}",
            "resource": res,
            "request": {"method": "PUT", "url": f"{rt}/{rid}"},
        })
        return f"{rt}/{rid}"

    def dt(self, d, hm="09:00"):
        if len(d) > 10:
            return d
        return f"{d}T{hm}:00{offset(self.o['tz'], d)}"

    def bundle(self):
        return {"resourceType": "Bundle", "type": "transaction", "entry": self.entries}

    # ---- setup shared by every case
    def setup(self, patient, staff, gp=None, insurer=None, extra_orgs=None):
        """patient: kwargs for patient(); staff: list of (family, given, prefix, qual, ident);
        gp: (family, given, practice name, city, ident) or None; insurer: (name, type_cc, member_id, start, plan).
        Returns a dict of references."""
        refs = {"org": self.main_org(), "staff": []}
        if gp:
            refs["gporg"] = self.organization(gp[2], city=gp[3])
            refs["gp"] = self.practitioner(gp[0], gp[1], prefix=gp[5] if len(gp) > 5 else "Dr.",
                                           qual=gp[6] if len(gp) > 6 else "General practitioner", ident=gp[4])
            self.role(refs["gp"], refs["gporg"], gp[7] if len(gp) > 7 else "General practice")
        for s in staff:
            refs["staff"].append(self.practitioner(s[0], s[1], prefix=s[2], qual=s[3], ident=s[4] if len(s) > 4 else None))
        for name in extra_orgs or []:
            refs.setdefault("extra", []).append(self.organization(name))
        refs["patient"] = self.patient(gp=refs.get("gp"), **patient)
        if insurer:
            refs["payor"] = self.organization(insurer[0], kind="pay")
            refs["coverage"] = self.coverage(refs["payor"], insurer[1], insurer[2], insurer[3],
                                             plan=insurer[4] if len(insurer) > 4 else None)
        return refs

    # ---- administrative
    def organization(self, name, kind="prov", alias=None, main=False, city=None, ident=None, phone=None):
        o = self.o
        res = {"resourceType": "Organization", "active": True,
               "type": [cc(("orgtype", kind, {"prov": "Healthcare Provider", "ins": "Insurance Company",
                                              "pay": "Payer", "dept": "Hospital Department",
                                              "other": "Other"}[kind]))],
               "name": name}
        if alias:
            res["alias"] = [alias]
        if ident:
            res["identifier"] = [ident]
        if phone:
            res["telecom"] = [{"system": "phone", "value": phone, "use": "work"}]
        addr = {"city": city or o["city"], "country": o["country"]}
        if main:
            addr = {"line": [o["line"]], "city": o["city"], "postalCode": o["postal"], "country": o["country"]}
            if o.get("state"):
                addr["state"] = o["state"]
        res["address"] = [addr]
        ref = self.add(res)
        if main:
            self.org = ref
        return ref

    def main_org(self):
        return self.organization(self.o["name"], alias=self.o["alias"], main=True, phone=self.o["phone"])

    def practitioner(self, family, given, prefix=None, qual=None, gender=None, ident=None):
        res = {"resourceType": "Practitioner", "active": True,
               "name": [{"use": "official", "family": family, "given": given if isinstance(given, list) else [given]}]}
        if prefix:
            res["name"][0]["prefix"] = [prefix]
        if gender:
            res["gender"] = gender
        if ident:
            res["identifier"] = [{"system": SYS.get(ident[0], ident[0]), "value": ident[1]}]
        if qual:
            res["qualification"] = [{"code": txt(qual)}]
        return self.add(res)

    def role(self, prac, org, specialty):
        return self.add({"resourceType": "PractitionerRole", "active": True,
                         "practitioner": {"reference": prac}, "organization": {"reference": org},
                         "specialty": [specialty if isinstance(specialty, dict) else txt(specialty)]})

    def patient(self, family, given, gender, birth, lang, ident=None, gp=None, city=None, line=None,
                postal=None, marital=None, phone=None, ethnic_note=None):
        o = self.o
        self.lang = lang
        ids = [{"use": "usual", "type": cc(("v2-0203", "MR", "Medical record number")),
                "system": o["mrn"], "value": f"{self.cid.upper().replace('-', '')}{len(family) * 7919 % 100000:05d}"}]
        if ident:
            ids.append({"use": "official", "system": SYS.get(ident[0], ident[0]), "value": ident[1]})
        addr = {"use": "home", "city": city or o["city"], "country": o["country"]}
        if line:
            addr["line"] = [line]
        if postal:
            addr["postalCode"] = postal
        if o.get("state"):
            addr["state"] = o["state"]
        res = {"resourceType": "Patient", "identifier": ids, "active": True,
               "name": [{"use": "official", "family": family, "given": given if isinstance(given, list) else [given]}],
               "gender": gender, "birthDate": birth, "address": [addr],
               "communication": [{"language": cc(("bcp47", lang)), "preferred": True}]}
        if phone:
            res["telecom"] = [{"system": "phone", "value": phone, "use": "mobile"}]
        if marital:
            res["maritalStatus"] = cc(("http://terminology.hl7.org/CodeSystem/v3-MaritalStatus", marital[0], marital[1]))
        if gp:
            res["generalPractitioner"] = [{"reference": r} for r in (gp if isinstance(gp, list) else [gp])]
        if self.org:
            res["managingOrganization"] = {"reference": self.org}
        return self.add(res)

    def coverage(self, payor, type_cc, member_id, start, plan=None):
        res = {"resourceType": "Coverage", "status": "active", "type": type_cc,
               "subscriberId": member_id, "beneficiary": {"reference": self.pat},
               "relationship": cc(("subrel", "self", "Self")),
               "period": {"start": start}, "payor": [{"reference": payor}]}
        if plan:
            res["class"] = [{"type": cc(("http://terminology.hl7.org/CodeSystem/coverage-class", "plan", "Plan")),
                             "value": plan[0], "name": plan[1]}]
        return self.add(res)

    def allergy(self, code_cc, reaction=None, recorded=None, crit="low"):
        res = {"resourceType": "AllergyIntolerance",
               "clinicalStatus": cc(("ai-clin", "active", "Active")),
               "verificationStatus": cc(("ai-ver", "confirmed", "Confirmed")),
               "type": "allergy", "category": ["medication"], "criticality": crit,
               "code": code_cc, "patient": {"reference": self.pat}}
        if recorded:
            res["recordedDate"] = recorded
        if reaction:
            res["reaction"] = [{"manifestation": [reaction]}]
        return self.add(res)

    def immunization(self, vaccine_cc, date, lot=None):
        res = {"resourceType": "Immunization", "status": "completed", "vaccineCode": vaccine_cc,
               "patient": {"reference": self.pat}, "occurrenceDateTime": date, "primarySource": True}
        if lot:
            res["lotNumber"] = lot
        return self.add(res)

    # ---- encounters
    def encounter(self, start, klass="AMB", type_cc=None, reason=None, end=None, prac=None, status="finished",
                  org=None, priority=None, admit=None, discharge=None, hm="09:00", hm_end=None, reason_ref=None,
                  service=None):
        _chk("Encounter.status", status)
        kd = {"AMB": "ambulatory", "IMP": "inpatient encounter", "EMER": "emergency", "VR": "virtual",
              "HH": "home health", "OBSENC": "observation encounter"}[klass]
        res = {"resourceType": "Encounter", "status": status, "class": coding("act", klass, kd),
               "subject": {"reference": self.pat}}
        if type_cc:
            res["type"] = [type_cc]
        if service:
            res["serviceType"] = service
        if priority:
            pd = {"EM": "emergency", "R": "routine", "UR": "urgent", "EL": "elective"}[priority]
            res["priority"] = cc(("prio", priority, pd))
        if prac:
            res["participant"] = [{"type": [cc(("part", "ATND", "attender"))], "individual": {"reference": p}}
                                  for p in (prac if isinstance(prac, list) else [prac])]
        per = {"start": self.dt(start, hm)}
        if end or status == "finished":
            if end:
                per["end"] = self.dt(end, hm_end or "11:00")
            else:
                h, m = map(int, hm.split(":"))
                per["end"] = self.dt(start, hm_end or f"{min(h + 1, 23):02d}:{m:02d}")
        res["period"] = per
        if reason:
            res["reasonCode"] = reason if isinstance(reason, list) else [reason]
        if reason_ref:
            res["reasonReference"] = [{"reference": r} for r in (reason_ref if isinstance(reason_ref, list) else [reason_ref])]
        if admit or discharge:
            h = {}
            if admit:
                ad = {"emd": "From accident/emergency department", "outp": "From outpatient department",
                      "gp": "General Practitioner referral", "hosp-trans": "Transferred from other hospital",
                      "other": "Other"}[admit]
                h["admitSource"] = cc(("admit", admit, ad))
            if discharge:
                dd = {"home": "Home", "hosp": "Hospice", "snf": "Skilled nursing facility",
                      "oth": "Other"}[discharge]
                h["dischargeDisposition"] = cc(("dischg", discharge, dd))
            res["hospitalization"] = h
        res["serviceProvider"] = {"reference": org or self.org}
        return self.add(res)

    # ---- conditions
    def condition(self, code_cc, onset=None, recorded=None, clinical="active", category="problem-list-item",
                  verification="confirmed", abatement=None, severity=None, enc=None, asserter=None, note=None,
                  evidence=None, stage=None, body=None):
        _chk("clinical", clinical)
        cd = {"problem-list-item": "Problem List Item", "encounter-diagnosis": "Encounter Diagnosis"}[category]
        vd = {"confirmed": "Confirmed", "provisional": "Provisional", "differential": "Differential",
              "unconfirmed": "Unconfirmed", "refuted": "Refuted"}[verification]
        res = {"resourceType": "Condition",
               "clinicalStatus": cc(("cond-clin", clinical, clinical.capitalize())),
               "verificationStatus": cc(("cond-ver", verification, vd)),
               "category": [cc(("cond-cat", category, cd))],
               "code": code_cc, "subject": {"reference": self.pat}}
        if severity:
            res["severity"] = cc(SEVERITY[severity])
        if body:
            res["bodySite"] = [body]
        if enc:
            res["encounter"] = {"reference": enc}
        if onset:
            res["onsetDateTime"] = onset
        if abatement:
            if clinical not in ("inactive", "resolved", "remission"):
                raise ValueError("abatement with active condition")
            res["abatementDateTime"] = abatement
        res["recordedDate"] = recorded or onset
        if asserter:
            res["asserter"] = {"reference": asserter}
        if stage:
            res["stage"] = [{"summary": stage}]
        if evidence:
            res["evidence"] = [{"detail": [{"reference": r} for r in evidence]}]
        if note:
            res["note"] = [{"text": note}]
        return self.add(res)

    # ---- observations
    def _obs(self, code_cc, date, cat, enc=None, performer=None, hm="09:30", note=None, status="final",
             method=None, body=None, derived=None, issued=None):
        _chk("Observation.status", status)
        catd = {"laboratory": "Laboratory", "vital-signs": "Vital Signs", "survey": "Survey", "exam": "Exam",
                "imaging": "Imaging", "procedure": "Procedure", "social-history": "Social History",
                "therapy": "Therapy", "activity": "Activity"}[cat]
        res = {"resourceType": "Observation", "status": status,
               "category": [cc(("obs-cat", cat, catd))], "code": code_cc,
               "subject": {"reference": self.pat}, "effectiveDateTime": self.dt(date, hm)}
        if issued:
            res["issued"] = self.dt(issued, "16:00")
        if enc:
            res["encounter"] = {"reference": enc}
        if performer:
            res["performer"] = [{"reference": p} for p in (performer if isinstance(performer, list) else [performer])]
        if method:
            res["method"] = method
        if body:
            res["bodySite"] = body
        if derived:
            res["derivedFrom"] = [{"reference": r} for r in derived]
        if note:
            res["note"] = [{"text": note}]
        return res

    def obs(self, code_cc, date, value, unit, ucum=None, low=None, high=None, flag="auto", cat="laboratory",
            rr_text=None, **kw):
        """Quantity observation with reference range and interpretation."""
        res = self._obs(code_cc, date, cat, **kw)
        res["valueQuantity"] = qty(value, unit, ucum)
        if low is not None or high is not None or rr_text:
            rr = {}
            if low is not None:
                rr["low"] = qty(low, unit, ucum)
            if high is not None:
                rr["high"] = qty(high, unit, ucum)
            if rr_text:
                rr["text"] = rr_text
            res["referenceRange"] = [rr]
        if flag == "auto" and (low is not None or high is not None):
            f = "N"
            if low is not None and value < low:
                f = "L"
            if high is not None and value > high:
                f = "H"
            res["interpretation"] = interp(f)
        elif flag not in ("auto", None):
            res["interpretation"] = interp(flag)
        return self.add(res)

    def obs_int(self, code_cc, date, value, cat="survey", flag=None, rr_text=None, **kw):
        if not isinstance(value, int):
            raise TypeError("valueInteger needs int")
        res = self._obs(code_cc, date, cat, **kw)
        res["valueInteger"] = value
        if flag:
            res["interpretation"] = interp(flag)
        if rr_text:
            res["referenceRange"] = [{"text": rr_text}]
        return self.add(res)

    def obs_cc(self, code_cc, date, value_cc, cat="exam", flag=None, components=None, **kw):
        res = self._obs(code_cc, date, cat, **kw)
        res["valueCodeableConcept"] = value_cc
        if flag:
            res["interpretation"] = interp(flag)
        if components:
            res["component"] = components
        return self.add(res)

    def obs_str(self, code_cc, date, value, cat="exam", flag=None, **kw):
        res = self._obs(code_cc, date, cat, **kw)
        res["valueString"] = value
        if flag:
            res["interpretation"] = interp(flag)
        return self.add(res)

    def lab_str(self, code_cc, date, value, flag=None, **kw):
        return self.obs_str(code_cc, date, value, cat="laboratory", flag=flag, **kw)

    def obs_panel(self, code_cc, date, members, cat="laboratory", **kw):
        res = self._obs(code_cc, date, cat, **kw)
        res["hasMember"] = [{"reference": r} for r in members]
        return self.add(res)

    def obs_components(self, code_cc, date, comps, cat="laboratory", flag=None, **kw):
        res = self._obs(code_cc, date, cat, **kw)
        res["component"] = comps
        if flag:
            res["interpretation"] = interp(flag)
        return self.add(res)

    def symptom(self, code_cc, date, severity="moderate", enc=None, note=None, performer=None):
        """A patient-reported symptom, recorded as an exam-category finding with its severity."""
        return self.obs_cc(code_cc, date, cc(SEVERITY[severity]), cat="exam", enc=enc, note=note,
                           performer=performer)

    # vital signs -------------------------------------------------------
    def bp(self, date, sys_, dia, enc=None, hm="09:10", note=None):
        comp = [
            {"code": cc(("loinc", "8480-6", "Systolic blood pressure")), "valueQuantity": qty(sys_, "mm[Hg]")},
            {"code": cc(("loinc", "8462-4", "Diastolic blood pressure")), "valueQuantity": qty(dia, "mm[Hg]")},
        ]
        res = self._obs(cc(("loinc", "85354-9", "Blood pressure panel with all children optional")), date,
                        "vital-signs", enc=enc, hm=hm, note=note)
        res["component"] = comp
        if sys_ >= 140 or dia >= 90:
            res["interpretation"] = interp("H")
        return self.add(res)

    def vitals(self, date, enc=None, hr=None, bp=None, weight=None, height=None, temp=None, spo2=None, rr=None,
               bmi=None, hm="09:05", metric=True):
        refs = []
        if bp:
            refs.append(self.bp(date, bp[0], bp[1], enc=enc, hm=hm))
        if hr is not None:
            refs.append(self.obs(cc(("loinc", "8867-4", "Heart rate")), date, hr, "/min", cat="vital-signs",
                                 flag=None, enc=enc, hm=hm))
        if rr is not None:
            refs.append(self.obs(cc(("loinc", "9279-1", "Respiratory rate")), date, rr, "/min", cat="vital-signs",
                                 flag=None, enc=enc, hm=hm))
        if temp is not None:
            refs.append(self.obs(cc(("loinc", "8310-5", "Body temperature")), date, temp, "Cel",
                                 cat="vital-signs", flag=("H" if temp >= 38.0 else None), enc=enc, hm=hm))
        if spo2 is not None:
            refs.append(self.obs(cc(("loinc", "59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry")),
                                 date, spo2, "%", cat="vital-signs", flag=None, enc=enc, hm=hm))
        if weight is not None:
            refs.append(self.obs(cc(("loinc", "29463-7", "Body weight")), date, weight, "kg", cat="vital-signs",
                                 flag=None, enc=enc, hm=hm))
        if height is not None:
            refs.append(self.obs(cc(("loinc", "8302-2", "Body height")), date, height, "cm", cat="vital-signs",
                                 flag=None, enc=enc, hm=hm))
        if bmi is not None:
            refs.append(self.obs(cc(("loinc", "39156-5", "Body mass index (BMI) [Ratio]")), date, bmi, "kg/m2",
                                 cat="vital-signs", flag=None, enc=enc, hm=hm))
        return refs

    # ---- reports, notes
    def report(self, code_cc, date, conclusion, results=None, cat=("dr-sect", "LAB", "Laboratory"), performer=None,
               enc=None, status="final", conclusion_code=None, hm="14:00", based_on=None):
        _chk("DiagnosticReport.status", status)
        res = {"resourceType": "DiagnosticReport", "status": status, "category": [cc(cat)], "code": code_cc,
               "subject": {"reference": self.pat}, "effectiveDateTime": self.dt(date, hm),
               "issued": self.dt(date, "17:30")}
        if based_on:
            res["basedOn"] = [{"reference": r} for r in based_on]
        if enc:
            res["encounter"] = {"reference": enc}
        if performer:
            res["performer"] = [{"reference": p} for p in (performer if isinstance(performer, list) else [performer])]
        if results:
            res["result"] = [{"reference": r} for r in results]
        if conclusion:
            res["conclusion"] = conclusion
        if conclusion_code:
            res["conclusionCode"] = conclusion_code
        return self.add(res)

    def note(self, date, type_cc, title, text, author=None, enc=None, lang=None, hm="16:00", category=None,
             custodian=None, desc=None, related=None):
        data = base64.b64encode(text.strip().encode("utf-8")).decode("ascii")
        att = {"contentType": "text/plain", "language": lang or self.lang, "data": data, "title": title,
               "creation": self.dt(date, hm)}
        res = {"resourceType": "DocumentReference", "status": "current", "docStatus": "final", "type": type_cc,
               "subject": {"reference": self.pat}, "date": self.dt(date, hm), "content": [{"attachment": att}]}
        if category:
            res["category"] = [category]
        if author:
            res["author"] = [{"reference": a} for a in (author if isinstance(author, list) else [author])]
        res["custodian"] = {"reference": custodian or self.org}
        if desc:
            res["description"] = desc
        ctx = {}
        if enc:
            ctx["encounter"] = [{"reference": enc}]
        if related:
            ctx["related"] = [{"reference": r} for r in related]
        if ctx:
            res["context"] = ctx
        return self.add(res)

    def impression(self, date, summary, assessor=None, problems=None, findings=None, enc=None, desc=None,
                   note=None, status="completed", prognosis=None):
        _chk("ClinicalImpression.status", status)
        res = {"resourceType": "ClinicalImpression", "status": status, "subject": {"reference": self.pat},
               "date": self.dt(date, "15:00"), "summary": summary}
        if desc:
            res["description"] = desc
        if enc:
            res["encounter"] = {"reference": enc}
        if assessor:
            res["assessor"] = {"reference": assessor}
        if problems:
            res["problem"] = [{"reference": p} for p in problems]
        if findings:
            res["finding"] = [({"itemReference": {"reference": f}} if isinstance(f, str) else {"itemCodeableConcept": f})
                              for f in findings]
        if prognosis:
            res["prognosisCodeableConcept"] = [prognosis]
        if note:
            res["note"] = [{"text": note}]
        return self.add(res)

    # ---- medications
    def _med(self, med):
        return med if isinstance(med, dict) else txt(med)

    def medreq(self, med, authored, dose_text, status="active", intent="order", requester=None, reason=None,
               reason_ref=None, cat="outpatient", route=None, enc=None, note=None, start=None, end=None,
               dose=None, timing=None, refills=None):
        _chk("MedicationRequest.status", status)
        _chk("MedicationRequest.intent", intent)
        res = {"resourceType": "MedicationRequest", "status": status, "intent": intent,
               "category": [cc(("mr-cat", cat, cat.capitalize()))],
               "medicationCodeableConcept": self._med(med), "subject": {"reference": self.pat},
               "authoredOn": self.dt(authored, "10:15")}
        if enc:
            res["encounter"] = {"reference": enc}
        if requester:
            res["requester"] = {"reference": requester}
        if reason:
            res["reasonCode"] = reason if isinstance(reason, list) else [reason]
        if reason_ref:
            res["reasonReference"] = [{"reference": r} for r in (reason_ref if isinstance(reason_ref, list) else [reason_ref])]
        di = {"text": dose_text}
        if timing:
            di["timing"] = timing
        if route:
            di["route"] = cc(ROUTE[route])
        if dose:
            di["doseAndRate"] = [{"doseQuantity": qty(*dose)}]
        res["dosageInstruction"] = [di]
        if start or end or refills is not None:
            dr = {}
            if start or end:
                vp = {}
                if start:
                    vp["start"] = start
                if end:
                    vp["end"] = end
                dr["validityPeriod"] = vp
            if refills is not None:
                dr["numberOfRepeatsAllowed"] = refills
            res["dispenseRequest"] = dr
        if note:
            res["note"] = [{"text": note}]
        return self.add(res)

    def medstmt(self, med, start, status="active", end=None, dose_text=None, reason=None, note=None,
                info_source=None, cat="community", asserted=None, status_reason=None, based_on=None):
        _chk("MedicationStatement.status", status)
        res = {"resourceType": "MedicationStatement", "status": status,
               "category": cc(("ms-cat", cat, {"community": "Community", "patientspecified": "Patient Specified",
                                               "outpatient": "Outpatient", "inpatient": "Inpatient"}[cat])),
               "medicationCodeableConcept": self._med(med), "subject": {"reference": self.pat}}
        if based_on:
            res["basedOn"] = [{"reference": based_on}]
        if status_reason:
            res["statusReason"] = [status_reason]
        per = {"start": start}
        if end:
            per["end"] = end
        res["effectivePeriod"] = per
        res["dateAsserted"] = self.dt(asserted or start, "11:00")
        if info_source:
            res["informationSource"] = {"reference": info_source}
        if reason:
            res["reasonCode"] = reason if isinstance(reason, list) else [reason]
        if dose_text:
            res["dosage"] = [{"text": dose_text}]
        if note:
            res["note"] = [{"text": note}]
        return self.add(res)

    def medadmin(self, med, date, dose=None, route=None, status="completed", performer=None, request=None,
                 reason_ref=None, enc=None, hm="10:00", end_hm=None, note=None):
        _chk("MedicationAdministration.status", status)
        res = {"resourceType": "MedicationAdministration", "status": status,
               "medicationCodeableConcept": self._med(med), "subject": {"reference": self.pat}}
        if enc:
            res["context"] = {"reference": enc}
        if end_hm:
            res["effectivePeriod"] = {"start": self.dt(date, hm), "end": self.dt(date, end_hm)}
        else:
            res["effectiveDateTime"] = self.dt(date, hm)
        if performer:
            res["performer"] = [{"actor": {"reference": performer}}]
        if reason_ref:
            res["reasonReference"] = [{"reference": reason_ref}]
        if request:
            res["request"] = {"reference": request}
        d = {}
        if route:
            d["route"] = cc(ROUTE[route])
        if dose:
            d["dose"] = qty(*dose)
        if d:
            res["dosage"] = d
        if note:
            res["note"] = [{"text": note}]
        return self.add(res)

    def dispense(self, med, date, quantity, days, request=None, note=None):
        res = {"resourceType": "MedicationDispense", "status": "completed", "medicationCodeableConcept": self._med(med),
               "subject": {"reference": self.pat}, "quantity": qty(quantity, "{tbl}"),
               "daysSupply": qty(days, "d"), "whenHandedOver": self.dt(date, "12:00")}
        if request:
            res["authorizingPrescription"] = [{"reference": request}]
        if note:
            res["note"] = [{"text": note}]
        return self.add(res)

    # ---- orders, procedures, plans
    def servicereq(self, code_cc, authored, status="active", intent="order", requester=None, performer=None,
                   reason=None, reason_ref=None, occurrence=None, category=None, priority=None, note=None,
                   enc=None, based_on=None, patient_instruction=None):
        _chk("ServiceRequest.status", status)
        _chk("ServiceRequest.intent", intent)
        res = {"resourceType": "ServiceRequest", "status": status, "intent": intent, "code": code_cc,
               "subject": {"reference": self.pat}, "authoredOn": self.dt(authored, "11:30")}
        if category:
            res["category"] = [category]
        if priority:
            res["priority"] = priority
        if based_on:
            res["basedOn"] = [{"reference": based_on}]
        if enc:
            res["encounter"] = {"reference": enc}
        if occurrence:
            res["occurrenceDateTime"] = occurrence if len(occurrence) <= 10 else occurrence
        if requester:
            res["requester"] = {"reference": requester}
        if performer:
            res["performer"] = [{"reference": p} for p in (performer if isinstance(performer, list) else [performer])]
        if reason:
            res["reasonCode"] = reason if isinstance(reason, list) else [reason]
        if reason_ref:
            res["reasonReference"] = [{"reference": r} for r in (reason_ref if isinstance(reason_ref, list) else [reason_ref])]
        if patient_instruction:
            res["patientInstruction"] = patient_instruction
        if note:
            res["note"] = [{"text": note}]
        return self.add(res)

    def procedure(self, code_cc, status="completed", date=None, end=None, performer=None, reason=None,
                  reason_ref=None, category=None, note=None, enc=None, based_on=None, outcome=None, body=None,
                  location=None, hm="08:30", end_hm="12:00", report=None, status_reason=None):
        _chk("Procedure.status", status)
        res = {"resourceType": "Procedure", "status": status, "code": code_cc, "subject": {"reference": self.pat}}
        if status_reason:
            res["statusReason"] = status_reason
        if category:
            res["category"] = category
        if based_on:
            res["basedOn"] = [{"reference": based_on}]
        if enc:
            res["encounter"] = {"reference": enc}
        if date:
            if end == "open":
                res["performedPeriod"] = {"start": self.dt(date, hm)}
            elif end:
                res["performedPeriod"] = {"start": self.dt(date, hm), "end": self.dt(end, end_hm)}
            else:
                res["performedDateTime"] = self.dt(date, hm)
        if performer:
            res["performer"] = [{"actor": {"reference": p}} for p in (performer if isinstance(performer, list) else [performer])]
        if location:
            pass
        if reason:
            res["reasonCode"] = reason if isinstance(reason, list) else [reason]
        if reason_ref:
            res["reasonReference"] = [{"reference": r} for r in (reason_ref if isinstance(reason_ref, list) else [reason_ref])]
        if body:
            res["bodySite"] = [body]
        if outcome:
            res["outcome"] = txt(outcome)
        if report:
            res["report"] = [{"reference": r} for r in report]
        if note:
            res["note"] = [{"text": note}]
        return self.add(res)

    def careplan(self, title, start, status="active", intent="plan", category=None, description=None,
                 addresses=None, activities=None, author=None, end=None, note=None, goals=None):
        _chk("CarePlan.status", status)
        _chk("CarePlan.intent", intent)
        res = {"resourceType": "CarePlan", "status": status, "intent": intent, "title": title,
               "subject": {"reference": self.pat}}
        if category:
            res["category"] = category if isinstance(category, list) else [category]
        if description:
            res["description"] = description
        per = {"start": start}
        if end:
            per["end"] = end
        res["period"] = per
        res["created"] = self.dt(start, "12:00")
        if author:
            res["author"] = {"reference": author}
        if addresses:
            res["addresses"] = [{"reference": a} for a in addresses]
        if goals:
            res["goal"] = [{"reference": g} for g in goals]
        if activities:
            acts = []
            for a in activities:
                code_cc, st, desc = a
                det = {"status": st, "description": desc}
                if code_cc:
                    det["code"] = code_cc
                acts.append({"detail": det})
            res["activity"] = acts
        if note:
            res["note"] = [{"text": note}]
        return self.add(res)

    def goal(self, description, start=None, status="active", addresses=None, due=None):
        res = {"resourceType": "Goal", "lifecycleStatus": status, "description": txt(description),
               "subject": {"reference": self.pat}}
        if start:
            res["startDate"] = start
        if due:
            res["target"] = [{"dueDate": due}]
        if addresses:
            res["addresses"] = [{"reference": a} for a in addresses]
        return self.add(res)

    def appointment(self, start, minutes, description, practitioner=None, status="booked", reason_ref=None,
                    service_type=None, based_on=None, hm="08:00", created=None):
        _chk("Appointment.status", status)
        s = self.dt(start, hm)
        h, m = map(int, hm.split(":"))
        tot = h * 60 + m + minutes
        e = self.dt(start, f"{min(tot // 60, 23):02d}:{tot % 60:02d}")
        parts = [{"actor": {"reference": self.pat}, "status": "accepted"}]
        if practitioner:
            parts.append({"actor": {"reference": practitioner}, "status": "accepted"})
        res = {"resourceType": "Appointment", "status": status, "description": description, "start": s, "end": e,
               "minutesDuration": minutes, "participant": parts}
        if created:
            res["created"] = self.dt(created, "10:00")
        if service_type:
            res["serviceType"] = [service_type]
        if reason_ref:
            res["reasonReference"] = [{"reference": r} for r in (reason_ref if isinstance(reason_ref, list) else [reason_ref])]
        if based_on:
            res["basedOn"] = [{"reference": based_on}]
        return self.add(res)

    # ---- patient voice
    def communication(self, sent, text, sender, recipient, status="completed", category="notification",
                      about=None, topic=None, in_response_to=None, medium=None, hm="20:15", received=None):
        _chk("Communication.status", status)
        res = {"resourceType": "Communication", "status": status,
               "category": [cc(("comm-cat", category, category.capitalize()))],
               "subject": {"reference": self.pat}, "sent": self.dt(sent, hm),
               "sender": {"reference": sender},
               "recipient": [{"reference": r} for r in (recipient if isinstance(recipient, list) else [recipient])],
               "payload": [{"contentString": text}]}
        if received:
            res["received"] = self.dt(received, "08:40")
        if medium:
            res["medium"] = [medium]
        if topic:
            res["topic"] = topic
        if about:
            res["about"] = [{"reference": a} for a in (about if isinstance(about, list) else [about])]
        if in_response_to:
            res["inResponseTo"] = [{"reference": in_response_to}]
        return self.add(res)

    def questionnaire(self, url, title, items, date, lang=None):
        res = {"resourceType": "Questionnaire", "url": url, "version": "3", "name": re.sub(r"[^A-Za-z0-9]", "", title)[:60],
               "title": title, "status": "active", "subjectType": ["Patient"], "date": date,
               "publisher": self.o["name"], "item": items}
        if lang:
            res["language"] = lang
        return self.add(res)

    def qresponse(self, questionnaire_url, authored, items, status="completed", author=None, source=None, enc=None,
                  lang=None):
        _chk("QuestionnaireResponse.status", status)
        res = {"resourceType": "QuestionnaireResponse", "questionnaire": questionnaire_url, "status": status,
               "subject": {"reference": self.pat}, "authored": self.dt(authored, "08:20"), "item": items}
        if lang:
            res["language"] = lang
        if enc:
            res["encounter"] = {"reference": enc}
        if author:
            res["author"] = {"reference": author}
        if source:
            res["source"] = {"reference": source}
        return self.add(res)

    def flag(self, code_cc, start, author, category=("flag-cat", "clinical", "Clinical"), status="active", end=None,
             enc=None):
        _chk("Flag.status", status)
        res = {"resourceType": "Flag", "status": status, "category": [cc(category)], "code": code_cc,
               "subject": {"reference": self.pat}, "period": {"start": self.dt(start, "19:40")},
               "author": {"reference": author}}
        if end:
            res["period"]["end"] = self.dt(end, "10:00")
        if enc:
            res["encounter"] = {"reference": enc}
        return self.add(res)

    # ---- misc
    def risk(self, date, method_cc, outcome_cc, prob, performer=None, basis=None, condition=None, note=None):
        res = {"resourceType": "RiskAssessment", "status": "final", "subject": {"reference": self.pat},
               "occurrenceDateTime": self.dt(date, "13:00"), "method": method_cc,
               "prediction": [{"outcome": outcome_cc, "probabilityDecimal": prob}]}
        if condition:
            res["condition"] = {"reference": condition}
        if performer:
            res["performer"] = {"reference": performer}
        if basis:
            res["basis"] = [{"reference": b} for b in basis]
        if note:
            res["note"] = [{"text": note}]
        return self.add(res)

    def family(self, relation, relation_display, condition_cc, date, sex=None, note=None, onset_age=None):
        res = {"resourceType": "FamilyMemberHistory", "status": "completed", "patient": {"reference": self.pat},
               "date": date, "relationship": cc(("rolecode", relation, relation_display))}
        if sex:
            res["sex"] = cc(("http://hl7.org/fhir/administrative-gender", sex, sex.capitalize()))
        c = {"code": condition_cc}
        if onset_age:
            c["onsetAge"] = {"value": onset_age, "unit": "a", "system": SYS["ucum"], "code": "a"}
        res["condition"] = [c]
        if note:
            res["note"] = [{"text": note}]
        return self.add(res)

    def careteam(self, name, members, start, org=None):
        res = {"resourceType": "CareTeam", "status": "active", "name": name, "subject": {"reference": self.pat},
               "period": {"start": start},
               "participant": [{"role": [txt(role)], "member": {"reference": ref}} for ref, role in members]}
        if org:
            res["managingOrganization"] = [{"reference": org}]
        return self.add(res)

    def episode(self, type_text, start, conditions=None, care_manager=None, status="active"):
        res = {"resourceType": "EpisodeOfCare", "status": status, "type": [txt(type_text)],
               "patient": {"reference": self.pat}, "managingOrganization": {"reference": self.org},
               "period": {"start": start}}
        if conditions:
            res["diagnosis"] = [{"condition": {"reference": c}} for c in conditions]
        if care_manager:
            res["careManager"] = {"reference": care_manager}
        return self.add(res)


# --------------------------------------------------------------------------- lab shortcuts
LAB_US = {
    # key: (loinc, display, unit, ucum, low, high)
    "hb_f": ("718-7", "Hemoglobin [Mass/volume] in Blood", "g/dL", "g/dL", 12.0, 15.5),
    "hb_m": ("718-7", "Hemoglobin [Mass/volume] in Blood", "g/dL", "g/dL", 13.5, 17.5),
    "wbc": ("6690-2", "Leukocytes [#/volume] in Blood by Automated count", "10*3/uL", "10*3/uL", 4.0, 11.0),
    "plt": ("777-3", "Platelets [#/volume] in Blood by Automated count", "10*3/uL", "10*3/uL", 150, 400),
    "mcv": ("787-2", "MCV [Entitic volume] by Automated count", "fL", "fL", 80, 100),
    "na": ("2951-2", "Sodium [Moles/volume] in Serum or Plasma", "mmol/L", "mmol/L", 135, 145),
    "k": ("2823-3", "Potassium [Moles/volume] in Serum or Plasma", "mmol/L", "mmol/L", 3.5, 5.1),
    "cr": ("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", "mg/dL", "mg/dL", 0.6, 1.2),
    "egfr": ("98979-8", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI 2021)",
             "mL/min/1.73m2", "mL/min/{1.73_m2}", 60, None),
    "glu": ("2345-7", "Glucose [Mass/volume] in Serum or Plasma", "mg/dL", "mg/dL", 70, 99),
    "alt": ("1742-6", "Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma", "U/L", "U/L", 7, 56),
    "ast": ("1920-8", "Aspartate aminotransferase [Enzymatic activity/volume] in Serum or Plasma", "U/L", "U/L", 10, 40),
    "alb": ("1751-7", "Albumin [Mass/volume] in Serum or Plasma", "g/dL", "g/dL", 3.5, 5.0),
    "tsh": ("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", "mIU/L", "m[IU]/L", 0.4, 4.0),
    "a1c": ("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "%", "%", 4.0, 5.6),
    "ferr_f": ("2276-4", "Ferritin [Mass/volume] in Serum or Plasma", "ng/mL", "ng/mL", 15, 150),
    "ferr_m": ("2276-4", "Ferritin [Mass/volume] in Serum or Plasma", "ng/mL", "ng/mL", 30, 400),
    "crp": ("1988-5", "C reactive protein [Mass/volume] in Serum or Plasma", "mg/L", "mg/L", None, 5.0),
    "esr": ("4537-7", "Erythrocyte sedimentation rate by Westergren method", "mm/h", "mm/h", None, 20),
    "ldl": ("13457-7", "Cholesterol in LDL [Mass/volume] in Serum or Plasma by calculation", "mg/dL", "mg/dL", None, 100),
    "lipase": ("3040-3", "Lipase [Enzymatic activity/volume] in Serum or Plasma", "U/L", "U/L", 13, 60),
    "psa": ("2857-1", "Prostate specific Ag [Mass/volume] in Serum or Plasma", "ng/mL", "ng/mL", None, 4.0),
    "ck": ("2157-6", "Creatine kinase [Enzymatic activity/volume] in Serum or Plasma", "U/L", "U/L", 30, 200),
    "b12": ("2132-9", "Cobalamin (Vitamin B12) [Mass/volume] in Serum or Plasma", "pg/mL", "pg/mL", 200, 900),
    "ntprobnp": ("33762-6", "Natriuretic peptide.B prohormone N-Terminal [Mass/volume] in Serum or Plasma", "pg/mL", "pg/mL", None, 450),
    "tsat": ("2502-3", "Iron saturation [Mass Fraction] in Serum or Plasma", "%", "%", 20, 50),
    "ca": ("17861-6", "Calcium [Mass/volume] in Serum or Plasma", "mg/dL", "mg/dL", 8.6, 10.3),
    "bili": ("1975-2", "Bilirubin.total [Mass/volume] in Serum or Plasma", "mg/dL", "mg/dL", 0.2, 1.2),
    "ttg": ("31017-7", "Tissue transglutaminase IgA Ab [Units/volume] in Serum", "U/mL", "U/mL", None, 4.0),
    "calpro": ("38445-3", "Calprotectin [Mass/mass] in Stool", "ug/g", "ug/g", None, 50),
    "ca199": ("24108-3", "Cancer Ag 19-9 [Units/volume] in Serum or Plasma", "U/mL", "U/mL", None, 37),
}


def lab(case, key, date, value, flag="auto", override_unit=None, **kw):
    loinc, disp, unit, ucum, low, high = LAB_US[key]
    if override_unit:
        unit, ucum, low, high = override_unit
    return case.obs(cc(("loinc", loinc, disp)), date, value, unit, ucum, low=low, high=high, flag=flag, **kw)


def local(case, code, display):
    return (case.o["local"], code, display)


# --------------------------------------------------------------------------- light validation
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_DT = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
DT_KEYS = {"effectiveDateTime", "onsetDateTime", "abatementDateTime", "recordedDate", "authoredOn", "sent",
           "received", "authored", "occurrenceDateTime", "performedDateTime", "whenHandedOver", "dateAsserted",
           "start", "end", "issued", "creation", "created"}
INSTANT_KEYS = {"issued"}
REQUIRED = {
    "Encounter": ["status", "class"], "Condition": ["subject"], "Observation": ["status", "code"],
    "MedicationRequest": ["status", "intent", "subject"], "MedicationStatement": ["status", "subject"],
    "MedicationAdministration": ["status", "subject"], "MedicationDispense": ["status"],
    "ServiceRequest": ["status", "intent", "subject"], "Procedure": ["status", "subject"],
    "CarePlan": ["status", "intent", "subject"], "Communication": ["status"],
    "QuestionnaireResponse": ["status"], "Questionnaire": ["status"], "Flag": ["status", "code", "subject"],
    "DocumentReference": ["status", "content"], "DiagnosticReport": ["status", "code"],
    "ClinicalImpression": ["status", "subject"], "Coverage": ["status", "beneficiary", "payor"],
    "Immunization": ["status", "vaccineCode", "patient"], "AllergyIntolerance": ["patient"],
    "RiskAssessment": ["status", "subject"], "Appointment": ["status", "participant"],
    "EpisodeOfCare": ["status", "patient"], "Goal": ["lifecycleStatus", "description", "subject"],
    "FamilyMemberHistory": ["status", "patient", "relationship"], "CareTeam": [],
    "Organization": [], "Practitioner": [], "PractitionerRole": [], "Patient": [],
}


def validate(bundle):
    problems = []

    def walk(node, path):
        if isinstance(node, dict):
            for k, v in node.items():
                p = f"{path}.{k}"
                if k in DT_KEYS and isinstance(v, str):
                    if not (_DATE.match(v) or _DT.match(v)):
                        problems.append(f"{p}: bad date {v}")
                    if k in INSTANT_KEYS and not _DT.match(v):
                        problems.append(f"{p}: instant needs time {v}")
                if k == "valueInteger" and not isinstance(v, int):
                    problems.append(f"{p}: valueInteger not int")
                if k in ("valueQuantity", "doseQuantity", "low", "high", "quantity", "daysSupply", "dose") \
                        and isinstance(v, dict) and "value" in v:
                    if v.get("system") != SYS["ucum"] or "code" not in v:
                        problems.append(f"{p}: quantity without UCUM")
                    if not isinstance(v["value"], (int, float)):
                        problems.append(f"{p}: quantity value not a number")
                if k == "coding":
                    for c in v:
                        if not c.get("system") or not c.get("code"):
                            problems.append(f"{p}: coding without system/code")
                if k == "reasonCode" and not isinstance(v, list):
                    problems.append(f"{p}: reasonCode must be a list")
                if isinstance(v, str) and v == "":
                    problems.append(f"{p}: empty string")
                walk(v, p)
        elif isinstance(node, list):
            if not node:
                problems.append(f"{path}: empty list")
            for i, x in enumerate(node):
                walk(x, f"{path}[{i}]")

    for e in bundle["entry"]:
        r = e["resource"]
        rt = r["resourceType"]
        for req in REQUIRED.get(rt, ["?"]):
            if req == "?":
                problems.append(f"{rt}: unknown type")
            elif req not in r:
                problems.append(f"{rt}/{r['id']}: missing {req}")
        if rt == "Observation":
            vals = [k for k in r if k.startswith("value")]
            if len(vals) > 1:
                problems.append(f"Observation/{r['id']}: several values")
        if rt == "Condition" and "abatementDateTime" in r:
            if r["clinicalStatus"]["coding"][0]["code"] not in ("inactive", "resolved", "remission"):
                problems.append(f"Condition/{r['id']}: abatement but active")
        if rt == "DocumentReference" and not _DT.match(r.get("date", "x")):
            problems.append(f"DocumentReference/{r['id']}: date must be instant")
        if rt == "MedicationDispense" and "medicationCodeableConcept" not in r:
            problems.append("dispense without medication")
        walk(r, f"{rt}/{r['id']}")
    return problems
