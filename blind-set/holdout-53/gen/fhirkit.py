"""Small helpers to write FHIR R4 resources for the blind-53 evaluation set.

Each case is written through a `Case` object: it knows the case id (which prefixes
every resource id), the originating organisation (FHIR base, languages, code
systems) and collects the resources that become one transaction Bundle.
"""
import base64
import collections
import datetime
try:
    from zoneinfo import ZoneInfo
except ImportError:  # pragma: no cover
    ZoneInfo = None

ANCHOR = "2026-12-01"

SYS = {
    "sct": "http://snomed.info/sct",
    "loinc": "http://loinc.org",
    "ucum": "http://unitsofmeasure.org",
    "icd10": "http://hl7.org/fhir/sid/icd-10",
    "icd10cm": "http://hl7.org/fhir/sid/icd-10-cm",
    "icd10fi": "urn:oid:1.2.246.537.6.1.1999",  # THL ICD-10 (Finnish edition)
    "ncsp": "urn:oid:1.2.246.537.6.2.2007",  # THL toimenpideluokitus (NCSP-F)
    "icd10ca": "https://fhir.infoway-inforoute.ca/CodeSystem/icd10ca",
    "cci": "https://fhir.infoway-inforoute.ca/CodeSystem/cci",
    "cpt": "http://www.ama-assn.org/go/cpt",
    "rxnorm": "http://www.nlm.nih.gov/research/umls/rxnorm",
    "atc": "http://www.whocc.no/atc",
    "cvx": "http://hl7.org/fhir/sid/cvx",
    "v3act": "http://terminology.hl7.org/CodeSystem/v3-ActCode",
    "obscat": "http://terminology.hl7.org/CodeSystem/observation-category",
    "interp": "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation",
    "condclin": "http://terminology.hl7.org/CodeSystem/condition-clinical",
    "condver": "http://terminology.hl7.org/CodeSystem/condition-ver-status",
    "condcat": "http://terminology.hl7.org/CodeSystem/condition-category",
    "allclin": "http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical",
    "allver": "http://terminology.hl7.org/CodeSystem/allergyintolerance-verification",
    "v2-0203": "http://terminology.hl7.org/CodeSystem/v2-0203",
    "dischg": "http://terminology.hl7.org/CodeSystem/discharge-disposition",
    "admsrc": "http://terminology.hl7.org/CodeSystem/admit-source",
    "flagcat": "http://terminology.hl7.org/CodeSystem/flag-category",
    "medreqcat": "http://terminology.hl7.org/CodeSystem/medicationrequest-category",
    "v3role": "http://terminology.hl7.org/CodeSystem/v3-RoleCode",
    "v2-0074": "http://terminology.hl7.org/CodeSystem/v2-0074",
    "commcat": "http://terminology.hl7.org/CodeSystem/communication-category",
    "v3actpriority": "http://terminology.hl7.org/CodeSystem/v3-ActPriority",
    "hetu": "urn:oid:1.2.246.21",
    "ramq": "https://fhir.infoway-inforoute.ca/NamingSystem/ca-qc-patient-healthcare-id",
}

INTERP_DISPLAY = {"N": "Normal", "H": "High", "L": "Low", "A": "Abnormal", "HH": "Critical high",
                  "LL": "Critical low", "POS": "Positive", "NEG": "Negative"}

# organisation profiles ---------------------------------------------------------------------
ORGS = {
    "fi": {
        "zone": "Europe/Helsinki",
        "base": "https://fhir.jarvilaakso.example/R4",
        "name": "Järvilaakson keskussairaala",
        "alias": ["Järvilaakso Central Hospital", "Järvilaxens centralsjukhus"],
        "city": "Järvilaakso", "country": "FI", "postal": "60220", "line": "Sairaalantie 4",
        "phone": "+358 6 415 4111", "tz": ("+02:00", "+03:00"), "lang": "fi",
        "local": "https://fhir.jarvilaakso.example/CodeSystem/",
        "org_type": ("prov", "Healthcare Provider"),
        "mrn_system": "https://fhir.jarvilaakso.example/sid/potilasnumero",
    },
    "qc": {
        "zone": "America/Toronto",
        "base": "https://fhir.hcras.example/fhir",
        "name": "Hôpital communautaire de la Rivière-aux-Saules",
        "alias": ["HCRAS"],
        "city": "Rivière-aux-Saules", "country": "CA", "postal": "J0K 2R0", "line": "455, rue Principale",
        "state": "QC", "phone": "+1 450 555 0140", "tz": ("-05:00", "-04:00"), "lang": "fr",
        "local": "https://fhir.hcras.example/CodeSystem/",
        "org_type": ("prov", "Healthcare Provider"),
        "mrn_system": "https://fhir.hcras.example/sid/dossier",
    },
    "pal": {
        "zone": "America/Edmonton",
        "base": "https://fhir.prairieridge-pscs.example/R4",
        "name": "Prairie Ridge Palliative & Supportive Care Service",
        "alias": ["PRPSCS"],
        "city": "Prairie Ridge", "country": "CA", "postal": "T4R 2N8", "line": "1200 Aspen Crescent",
        "state": "AB", "phone": "+1 403 555 0170", "tz": ("-07:00", "-06:00"), "lang": "en",
        "local": "https://fhir.prairieridge-pscs.example/CodeSystem/",
        "org_type": ("prov", "Healthcare Provider"),
        "mrn_system": "https://fhir.prairieridge-pscs.example/sid/mrn",
    },
    "sleep": {
        "zone": "America/Los_Angeles",
        "base": "https://ehr.lakeshore-srm.example/fhir",
        "name": "Lakeshore Sleep & Respiratory Medicine",
        "alias": ["LSRM"],
        "city": "Port Alder", "country": "US", "postal": "98362", "line": "88 Harbor View Drive, Suite 300",
        "state": "WA", "phone": "+1 360 555 0199", "tz": ("-08:00", "-07:00"), "lang": "en",
        "local": "https://ehr.lakeshore-srm.example/CodeSystem/",
        "org_type": ("prov", "Healthcare Provider"),
        "mrn_system": "https://ehr.lakeshore-srm.example/sid/mrn",
    },
}


# coding helpers ----------------------------------------------------------------------------
def coding(system, code, display=None):
    c = {"system": SYS.get(system, system), "code": code}
    if display:
        c["display"] = display
    return c


def cc(*codings, text=None):
    """cc(("sct", "123", "Display"), ("icd10", "X", None), text="...")"""
    out = {}
    if codings:
        out["coding"] = [coding(*c) for c in codings]
    if text:
        out["text"] = text
    return out


def tx(text):
    return {"text": text}


def ref(r, display=None):
    out = {"reference": r}
    if display:
        out["display"] = display
    return out


def qty(value, unit, code=None, system="ucum"):
    q = {"value": value, "unit": unit, "system": SYS.get(system, system), "code": code if code is not None else unit}
    return q


def _b64(text):
    return base64.b64encode(text.encode("utf-8")).decode("ascii")


# case --------------------------------------------------------------------------------------
class Case:
    def __init__(self, cid, org_key):
        self.cid = cid
        self.org_key = org_key
        self.o = ORGS[org_key]
        self.res = []
        self.cnt = collections.Counter()
        self.pat = "Patient/" + cid
        self.org = None
        self.pr = {}

    # -- ids, dates -----------------------------------------------------------------------
    def nid(self, kind):
        self.cnt[kind] += 1
        return f"{self.cid}-{kind}{self.cnt[kind]}"

    def add(self, r):
        self.res.append(r)
        return f"{r['resourceType']}/{r['id']}"

    def local(self, name):
        return self.o["local"] + name

    def dt(self, date, time="09:00"):
        """FHIR dateTime with the organisation's UTC offset on that day (IANA zone; rough Apr-Oct rule as fallback)."""
        if len(time) == 5:
            time += ":00"
        try:
            local = datetime.datetime.fromisoformat(f"{date}T{time}").replace(tzinfo=ZoneInfo(self.o["zone"]))
            secs = int(local.utcoffset().total_seconds())
            off = f"{'+' if secs >= 0 else '-'}{abs(secs) // 3600:02d}:{abs(secs) % 3600 // 60:02d}"
        except Exception:  # no tz database available
            month = int(date[5:7])
            off = self.o["tz"][1] if 4 <= month <= 10 else self.o["tz"][0]
        return f"{date}T{time}{off}"

    # -- setup ------------------------------------------------------------------------------
    def organization(self, name, kind="prov", alias=None, part_of=None, ident=None, city=None, phone=None):
        rid = self.nid("org")
        r = {"resourceType": "Organization", "id": rid, "active": True,
             "type": [cc(("http://terminology.hl7.org/CodeSystem/organization-type", kind,
                          {"prov": "Healthcare Provider", "pay": "Payer", "govt": "Government",
                           "dept": "Hospital Department", "ins": "Insurance Company"}[kind]))],
             "name": name}
        if alias:
            r["alias"] = alias
        if ident:
            r["identifier"] = [{"system": ident[0], "value": ident[1]}]
        if phone:
            r["telecom"] = [{"system": "phone", "value": phone, "use": "work"}]
        if city:
            r["address"] = [{"city": city, "country": self.o["country"]}]
        if part_of:
            r["partOf"] = ref(part_of)
        return self.add(r)

    def main_org(self):
        o = self.o
        rid = self.nid("org")
        addr = {"line": [o["line"]], "city": o["city"], "postalCode": o["postal"], "country": o["country"]}
        if o.get("state"):
            addr["state"] = o["state"]
        r = {"resourceType": "Organization", "id": rid, "active": True,
             "identifier": [{"system": o["local"].replace("CodeSystem/", "sid/organization"), "value": o["alias"][0][:12].upper().replace(" ", "")}],
             "type": [cc(("http://terminology.hl7.org/CodeSystem/organization-type", "prov", "Healthcare Provider"))],
             "name": o["name"], "alias": o["alias"],
             "telecom": [{"system": "phone", "value": o["phone"], "use": "work"}],
             "address": [addr]}
        self.org = self.add(r)
        return self.org

    def practitioner(self, key, family, given, prefix=None, qual=None, gender=None, lang=None):
        rid = self.nid("pr")
        name = {"family": family, "given": given if isinstance(given, list) else [given]}
        if prefix:
            name["prefix"] = [prefix]
        r = {"resourceType": "Practitioner", "id": rid, "active": True,
             "identifier": [{"system": self.o["local"].replace("CodeSystem/", "sid/staff"), "value": rid.split("-")[-1].upper() + str(len(family) * 137)}],
             "name": [name]}
        if gender:
            r["gender"] = gender
        if qual:
            r["qualification"] = [{"code": tx(qual)}]
        if lang:
            r["communication"] = [cc(("urn:ietf:bcp:47", lang, None))]
        self.pr[key] = self.add(r)
        return self.pr[key]

    def patient(self, family, given, gender, birth, ident=None, lang=None, marital=None, phone=None,
                line=None, city=None, postal=None, gp=None, deceased=None):
        o = self.o
        r = {"resourceType": "Patient", "id": self.cid, "active": True, "identifier": []}
        if ident:
            r["identifier"].append(ident)
        r["identifier"].append({"use": "usual", "type": cc(("v2-0203", "MR", "Medical record number")),
                                "system": o["mrn_system"], "value": str(100000 + sum(map(ord, self.cid + family)) * 37)})
        r["name"] = [{"use": "official", "family": family, "given": given if isinstance(given, list) else [given]}]
        if phone:
            r["telecom"] = [{"system": "phone", "value": phone, "use": "mobile"}]
        r["gender"] = gender
        r["birthDate"] = birth
        if deceased is not None:
            r["deceasedBoolean"] = deceased
        addr = {"use": "home", "line": [line or "—"], "city": city or o["city"], "country": o["country"]}
        if postal:
            addr["postalCode"] = postal
        if o.get("state"):
            addr["state"] = o["state"]
        r["address"] = [addr]
        if marital:
            r["maritalStatus"] = cc(("http://terminology.hl7.org/CodeSystem/v3-MaritalStatus", marital,
                                     {"M": "Married", "S": "Never Married", "W": "Widowed", "D": "Divorced"}[marital]))
        lang = lang or o["lang"]
        r["communication"] = [{"language": cc(("urn:ietf:bcp:47", lang, None)), "preferred": True}]
        if gp:
            r["generalPractitioner"] = [ref(gp)]
        if self.org:
            r["managingOrganization"] = ref(self.org)
        self.res.insert(0, r)
        return self.pat

    def coverage(self, payor, type_text, subscriber_id=None, start=None, type_code=None):
        rid = self.nid("cov")
        r = {"resourceType": "Coverage", "id": rid, "status": "active",
             "type": cc(("v3act", type_code, None), text=type_text) if type_code else tx(type_text),
             "beneficiary": ref(self.pat), "payor": [ref(payor)]}
        if subscriber_id:
            r["subscriberId"] = subscriber_id
        if start:
            r["period"] = {"start": start}
        r["relationship"] = cc(("http://terminology.hl7.org/CodeSystem/subscriber-relationship", "self", "Self"))
        return self.add(r)

    # -- clinical ---------------------------------------------------------------------------
    def encounter(self, start, typ, reason=None, cls="AMB", end=None, who=None, provider=None, status="finished",
                  time="09:00", end_time=None, admit=None, discharge=None, priority=None, reason_ref=None,
                  service=None, length_min=None):
        rid = self.nid("enc")
        cls_disp = {"AMB": "ambulatory", "IMP": "inpatient encounter", "EMER": "emergency", "VR": "virtual",
                    "HH": "home health", "SS": "short stay", "OBSENC": "observation encounter"}[cls]
        r = {"resourceType": "Encounter", "id": rid, "status": status,
             "class": coding("v3act", cls, cls_disp),
             "type": [typ if isinstance(typ, dict) else tx(typ)],
             "subject": ref(self.pat)}
        if service:
            r["serviceType"] = service if isinstance(service, dict) else tx(service)
        if priority:
            r["priority"] = cc(("v3actpriority", priority, {"EM": "emergency", "R": "routine", "UR": "urgent", "EL": "elective"}[priority]))
        if who:
            r["participant"] = [{"type": [cc(("http://terminology.hl7.org/CodeSystem/v3-ParticipationType", "PPRF", "primary performer"))],
                                 "individual": ref(who)}]
        per = {"start": self.dt(start, time)}
        if end or status == "finished":
            if end:
                per["end"] = self.dt(end, end_time or "14:00")
            else:
                h, m = map(int, time.split(":"))
                m += length_min or 30
                h += m // 60
                per["end"] = self.dt(start, f"{h:02d}:{m % 60:02d}")
        r["period"] = per
        if reason is not None:
            r["reasonCode"] = reason if isinstance(reason, list) else [reason if isinstance(reason, dict) else tx(reason)]
        if reason_ref:
            r["reasonReference"] = [ref(x) for x in reason_ref]
        if admit or discharge:
            h = {}
            if admit:
                h["admitSource"] = cc(("admsrc", admit, {"emd": "From accident/emergency department", "gp": "General Practitioner referral",
                                                          "outp": "From outpatient department", "hosp-trans": "Transferred from other hospital"}[admit]))
            if discharge:
                h["dischargeDisposition"] = cc(("dischg", discharge, {"home": "Home", "hosp": "Hospice", "snf": "Skilled nursing facility",
                                                                      "other-hcf": "Other healthcare facility"}[discharge]))
            r["hospitalization"] = h
        r["serviceProvider"] = ref(provider or self.org)
        return self.add(r)

    def condition(self, code, onset=None, recorded=None, clin="active", ver="confirmed", cat="problem-list-item",
                  abate=None, enc=None, note=None, severity=None, who=None, stage=None, body=None, evidence=None):
        rid = self.nid("cond")
        r = {"resourceType": "Condition", "id": rid}
        if clin:
            r["clinicalStatus"] = cc(("condclin", clin, clin.capitalize()))
        r["verificationStatus"] = cc(("condver", ver, {"confirmed": "Confirmed", "provisional": "Provisional",
                                                      "differential": "Differential", "refuted": "Refuted",
                                                      "unconfirmed": "Unconfirmed"}[ver]))
        r["category"] = [cc(("condcat", cat, {"problem-list-item": "Problem List Item", "encounter-diagnosis": "Encounter Diagnosis"}[cat]))]
        if severity:
            r["severity"] = severity
        r["code"] = code
        if body:
            r["bodySite"] = [body]
        r["subject"] = ref(self.pat)
        if enc:
            r["encounter"] = ref(enc)
        if onset:
            r["onsetDateTime"] = onset
        if abate:
            r["abatementDateTime"] = abate
        r["recordedDate"] = recorded or onset
        if who:
            r["recorder"] = ref(who)
        if stage:
            r["stage"] = [{"summary": stage}]
        if evidence:
            r["evidence"] = [{"detail": [ref(x) for x in evidence]}]
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    def obs(self, code, date, value=None, unit=None, ucum=None, low=None, high=None, interp=None, cat="laboratory",
            enc=None, time="08:15", text=None, integer=None, concept=None, components=None, note=None, who=None,
            status="final", boolean=None, method=None, ref_text=None, body=None, derived=None):
        rid = self.nid("obs")
        r = {"resourceType": "Observation", "id": rid, "status": status}
        if cat:
            cats = cat if isinstance(cat, list) else [cat]
            r["category"] = [cc(("obscat", c, {"laboratory": "Laboratory", "vital-signs": "Vital Signs", "survey": "Survey",
                                               "exam": "Exam", "procedure": "Procedure", "imaging": "Imaging",
                                               "social-history": "Social History", "activity": "Activity"}[c])) for c in cats]
        r["code"] = code
        r["subject"] = ref(self.pat)
        if enc:
            r["encounter"] = ref(enc)
        r["effectiveDateTime"] = self.dt(date, time) if len(date) == 10 else date
        r["issued"] = self.dt(date, "16:40")
        if who:
            r["performer"] = [ref(who)]
        if value is not None:
            r["valueQuantity"] = qty(value, unit, ucum)
        elif integer is not None:
            r["valueInteger"] = int(integer)
        elif concept is not None:
            r["valueCodeableConcept"] = concept
        elif text is not None:
            r["valueString"] = text
        elif boolean is not None:
            r["valueBoolean"] = boolean
        if interp is None and value is not None and (low is not None or high is not None):
            if low is not None and value < low:
                interp = "L"
            elif high is not None and value > high:
                interp = "H"
            else:
                interp = "N"
        if interp:
            r["interpretation"] = [cc(("interp", interp, INTERP_DISPLAY[interp]))]
        if note:
            r["note"] = [{"text": note}]
        if body:
            r["bodySite"] = body
        if method:
            r["method"] = method if isinstance(method, dict) else tx(method)
        if low is not None or high is not None or ref_text:
            rr = {}
            if low is not None:
                rr["low"] = qty(low, unit, ucum)
            if high is not None:
                rr["high"] = qty(high, unit, ucum)
            if ref_text:
                rr["text"] = ref_text
            r["referenceRange"] = [rr]
        if derived:
            r["derivedFrom"] = [ref(x) for x in derived]
        if components:
            r["component"] = components
        return self.add(r)

    # vital signs ---------------------------------------------------------------------------
    def bp(self, date, s, d, enc=None, time="09:10"):
        comps = [{"code": cc(("loinc", "8480-6", "Systolic blood pressure")), "valueQuantity": qty(s, "mm[Hg]")},
                 {"code": cc(("loinc", "8462-4", "Diastolic blood pressure")), "valueQuantity": qty(d, "mm[Hg]")}]
        return self.obs(cc(("loinc", "85354-9", "Blood pressure panel with all children optional"), text="Blood pressure"),
                        date, cat="vital-signs", enc=enc, time=time, components=comps)

    def vital(self, kind, date, value, enc=None, time="09:10"):
        spec = {
            "hr": ("8867-4", "Heart rate", "/min", "/min"),
            "weight": ("29463-7", "Body weight", "kg", "kg"),
            "height": ("8302-2", "Body height", "cm", "cm"),
            "bmi": ("39156-5", "Body mass index (BMI) [Ratio]", "kg/m2", "kg/m2"),
            "spo2": ("59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry", "%", "%"),
            "temp": ("8310-5", "Body temperature", "Cel", "Cel"),
            "rr": ("9279-1", "Respiratory rate", "/min", "/min"),
            "weight_lb": ("29463-7", "Body weight", "[lb_av]", "[lb_av]"),
        }[kind]
        unit_disp = {"Cel": "°C", "[lb_av]": "lb", "kg/m2": "kg/m2"}.get(spec[2], spec[2])
        r = self.obs(cc(("loinc", spec[0], spec[1])), date, value=value, unit=unit_disp, ucum=spec[3],
                     cat="vital-signs", enc=enc, time=time)
        return r

    # labs ----------------------------------------------------------------------------------
    LABS = {
        # key: (loinc, display, unit, ucum)
        "hb": ("718-7", "Hemoglobin [Mass/volume] in Blood", "g/L", "g/L"),
        "hb_us": ("718-7", "Hemoglobin [Mass/volume] in Blood", "g/dL", "g/dL"),
        "wbc": ("6690-2", "Leukocytes [#/volume] in Blood by Automated count", "10^9/L", "10*9/L"),
        "plt": ("777-3", "Platelets [#/volume] in Blood by Automated count", "10^9/L", "10*9/L"),
        "mcv": ("787-2", "MCV [Entitic volume] by Automated count", "fL", "fL"),
        "crea": ("14682-9", "Creatinine [Moles/volume] in Serum or Plasma", "µmol/L", "umol/L"),
        "crea_us": ("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", "mg/dL", "mg/dL"),
        "egfr": ("98979-8", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI 2021)", "mL/min/1.73m2", "mL/min/{1.73_m2}"),
        "na": ("2951-2", "Sodium [Moles/volume] in Serum or Plasma", "mmol/L", "mmol/L"),
        "k": ("2823-3", "Potassium [Moles/volume] in Serum or Plasma", "mmol/L", "mmol/L"),
        "crp": ("1988-5", "C reactive protein [Mass/volume] in Serum or Plasma", "mg/L", "mg/L"),
        "esr": ("4537-7", "Erythrocyte sedimentation rate by Westergren method", "mm/h", "mm/h"),
        "tsh": ("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", "mU/L", "m[IU]/L"),
        "ft4": ("3024-7", "Thyroxine (T4) free [Mass/volume] in Serum or Plasma", "pmol/L", "pmol/L"),
        "ferritin": ("2276-4", "Ferritin [Mass/volume] in Serum or Plasma", "µg/L", "ug/L"),
        "hba1c": ("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "%", "%"),
        "hba1c_ifcc": ("59261-8", "Hemoglobin A1c/Hemoglobin.total in Blood by IFCC protocol", "mmol/mol", "mmol/mol"),
        "glu": ("2345-7", "Glucose [Mass/volume] in Serum or Plasma", "mg/dL", "mg/dL"),
        "glu_si": ("14749-6", "Glucose [Moles/volume] in Serum or Plasma", "mmol/L", "mmol/L"),
        "alt": ("1742-6", "Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma", "U/L", "U/L"),
        "alp": ("6768-6", "Alkaline phosphatase [Enzymatic activity/volume] in Serum or Plasma", "U/L", "U/L"),
        "bili": ("14631-6", "Bilirubin.total [Moles/volume] in Serum or Plasma", "µmol/L", "umol/L"),
        "alb": ("1751-7", "Albumin [Mass/volume] in Serum or Plasma", "g/L", "g/L"),
        "psa": ("2857-1", "Prostate specific Ag [Mass/volume] in Serum or Plasma", "µg/L", "ug/L"),
        "ntprobnp": ("33762-6", "Natriuretic peptide.B prohormone N-Terminal [Mass/volume] in Serum or Plasma", "ng/L", "ng/L"),
        "bnp": ("30934-4", "Natriuretic peptide B [Mass/volume] in Blood", "pg/mL", "pg/mL"),
        "ldl": ("13457-7", "Cholesterol in LDL [Mass/volume] in Serum or Plasma by calculation", "mmol/L", "mmol/L"),
        "ck": ("2157-6", "Creatine kinase [Enzymatic activity/volume] in Serum or Plasma", "U/L", "U/L"),
        "calpro": ("38445-3", "Calprotectin [Mass/mass] in Stool", "µg/g", "ug/g"),
        "ttg": ("31017-7", "Tissue transglutaminase IgA Ab [Units/volume] in Serum", "U/mL", "[U]/mL"),
        "ca": ("2000-8", "Calcium [Moles/volume] in Serum or Plasma", "mmol/L", "mmol/L"),
        "phos": ("14879-1", "Phosphate [Moles/volume] in Serum or Plasma", "mmol/L", "mmol/L"),
        "pth": ("2731-8", "Parathyrin.intact [Mass/volume] in Serum or Plasma", "pmol/L", "pmol/L"),
        "ddimer": ("48065-7", "Fibrin D-dimer FEU [Mass/volume] in Platelet poor plasma", "mg/L", "mg/L{FEU}"),
        "b12": ("2132-9", "Cobalamin (Vitamin B12) [Mass/volume] in Serum or Plasma", "pmol/L", "pmol/L"),
        "ldh": ("2532-0", "Lactate dehydrogenase [Enzymatic activity/volume] in Serum or Plasma", "U/L", "U/L"),
        "pco2": ("2019-8", "Carbon dioxide [Partial pressure] in Arterial blood", "kPa", "kPa"),
        "pco2_us": ("2019-8", "Carbon dioxide [Partial pressure] in Arterial blood", "mm[Hg]", "mm[Hg]"),
        "hco3": ("1963-8", "Bicarbonate [Moles/volume] in Serum or Plasma", "mmol/L", "mmol/L"),
        "ua_prot": ("2888-6", "Protein [Mass/volume] in Urine", "g/L", "g/L"),
        "acr": ("14959-1", "Microalbumin/Creatinine [Mass Ratio] in Urine", "mg/g", "mg/g"),
        "ca199": ("24108-3", "Cancer Ag 19-9 [Units/volume] in Serum or Plasma", "U/mL", "[U]/mL"),
        "cea": ("2039-6", "Carcinoembryonic Ag [Mass/volume] in Serum or Plasma", "µg/L", "ug/L"),
    }

    def lab(self, key, date, value, low=None, high=None, enc=None, text=None, interp=None, time="08:15", note=None,
            unit=None, ucum=None, who=None):
        loinc, disp, u, uc = self.LABS[key]
        code = cc(("loinc", loinc, disp), text=text)
        return self.obs(code, date, value=value, unit=unit or u, ucum=ucum or uc, low=low, high=high, enc=enc,
                        interp=interp, time=time, note=note, who=who)

    def report(self, code, date, results, conclusion=None, cat="LAB", who=None, enc=None, status="final",
               conclusion_code=None, time="15:30", presented=None):
        rid = self.nid("dr")
        catd = {"LAB": "Laboratory", "RAD": "Radiology", "PAT": "Pathology (gross & histopath, not surgical)",
                "CUS": "Cardiac Ultrasound", "PF": "Pulmonary Function", "EC": "Electrocardiac (e.g., EKG, EEC, Holter)",
                "GE": "Gastroenterology", "SP": "Surgical Pathology", "OTH": "Other", "NRS": "Nursing service measures",
                "CG": "Cytogenetics", "GE2": "Genetics"}
        r = {"resourceType": "DiagnosticReport", "id": rid, "status": status,
             "category": [cc(("http://terminology.hl7.org/CodeSystem/v2-0074", cat, catd[cat]))],
             "code": code, "subject": ref(self.pat)}
        if enc:
            r["encounter"] = ref(enc)
        r["effectiveDateTime"] = self.dt(date, "10:00")
        r["issued"] = self.dt(date, time)
        if who:
            r["performer"] = [ref(who)]
        if results:
            r["result"] = [ref(x) for x in results]
        if conclusion:
            r["conclusion"] = conclusion
        if conclusion_code:
            r["conclusionCode"] = conclusion_code
        return self.add(r)

    # medications ---------------------------------------------------------------------------
    def medreq(self, med, authored, dosage, status="active", intent="order", reason=None, reason_ref=None, who=None,
               enc=None, start=None, end=None, note=None, qty_disp=None, refills=None, category=None, course=None):
        rid = self.nid("mr")
        r = {"resourceType": "MedicationRequest", "id": rid, "status": status, "intent": intent}
        if category:
            r["category"] = [cc(("medreqcat", category, {"outpatient": "Outpatient", "inpatient": "Inpatient",
                                                         "community": "Community", "discharge": "Discharge"}[category]))]
        r["medicationCodeableConcept"] = med
        r["subject"] = ref(self.pat)
        if enc:
            r["encounter"] = ref(enc)
        r["authoredOn"] = authored
        if who:
            r["requester"] = ref(who)
        if reason:
            r["reasonCode"] = [reason]
        if reason_ref:
            r["reasonReference"] = [ref(x) for x in reason_ref]
        if course:
            r["courseOfTherapyType"] = cc(("http://terminology.hl7.org/CodeSystem/medicationrequest-course-of-therapy", course,
                                           {"continuous": "Continuous long term therapy", "acute": "Short course (acute) therapy",
                                            "seasonal": "Seasonal"}[course]))
        if note:
            r["note"] = [{"text": note}]
        r["dosageInstruction"] = [{"text": dosage}]
        if start or end or qty_disp or refills is not None:
            dr = {}
            if start or end:
                dr["validityPeriod"] = {k: v for k, v in (("start", start), ("end", end)) if v}
            if refills is not None:
                dr["numberOfRepeatsAllowed"] = refills
            if qty_disp:
                dr["quantity"] = qty_disp
            r["dispenseRequest"] = dr
        return self.add(r)

    def medstmt(self, med, status, start=None, end=None, dosage=None, reason=None, reason_ref=None, note=None,
                asserted=None, info_source=None):
        rid = self.nid("ms")
        r = {"resourceType": "MedicationStatement", "id": rid, "status": status, "medicationCodeableConcept": med,
             "subject": ref(self.pat)}
        if start or end:
            r["effectivePeriod"] = {k: v for k, v in (("start", start), ("end", end)) if v}
        if asserted:
            r["dateAsserted"] = asserted
        if info_source:
            r["informationSource"] = ref(info_source)
        if reason:
            r["reasonCode"] = [reason]
        if reason_ref:
            r["reasonReference"] = [ref(x) for x in reason_ref]
        if note:
            r["note"] = [{"text": note}]
        if dosage:
            r["dosage"] = [{"text": dosage}]
        return self.add(r)

    def medadmin(self, med, when, dose_value, dose_unit, route=None, req=None, who=None, enc=None, status="completed",
                 reason=None, note=None, end=None, ucum=None):
        rid = self.nid("ma")
        r = {"resourceType": "MedicationAdministration", "id": rid, "status": status, "medicationCodeableConcept": med,
             "subject": ref(self.pat)}
        if enc:
            r["context"] = ref(enc)
        if end:
            r["effectivePeriod"] = {"start": when, "end": end}
        else:
            r["effectiveDateTime"] = when
        if who:
            r["performer"] = [{"actor": ref(who)}]
        if reason:
            r["reasonCode"] = [reason]
        if req:
            r["request"] = ref(req)
        if note:
            r["note"] = [{"text": note}]
        dose = {"dose": qty(dose_value, dose_unit, ucum or dose_unit)}
        if route:
            dose["route"] = route if isinstance(route, dict) else tx(route)
        r["dosage"] = dose
        return self.add(r)

    # orders, procedures, plans -------------------------------------------------------------
    def servicereq(self, code, status, intent, authored, occurrence=None, reason=None, reason_ref=None, who=None,
                   performer=None, category=None, priority=None, note=None, enc=None, body=None, occ_period=None,
                   patient_instruction=None, based_on=None):
        rid = self.nid("sr")
        r = {"resourceType": "ServiceRequest", "id": rid, "status": status, "intent": intent}
        if based_on:
            r["basedOn"] = [ref(based_on)]
        if category:
            r["category"] = [category]
        if priority:
            r["priority"] = priority
        r["code"] = code
        r["subject"] = ref(self.pat)
        if enc:
            r["encounter"] = ref(enc)
        if occurrence:
            r["occurrenceDateTime"] = occurrence
        if occ_period:
            r["occurrencePeriod"] = occ_period
        r["authoredOn"] = authored
        if who:
            r["requester"] = ref(who)
        if performer:
            r["performer"] = [ref(x) for x in (performer if isinstance(performer, list) else [performer])]
        if reason:
            r["reasonCode"] = reason if isinstance(reason, list) else [reason]
        if reason_ref:
            r["reasonReference"] = [ref(x) for x in reason_ref]
        if body:
            r["bodySite"] = [body]
        if note:
            r["note"] = [{"text": note}]
        if patient_instruction:
            r["patientInstruction"] = patient_instruction
        return self.add(r)

    def procedure(self, code, status, date=None, end=None, reason=None, reason_ref=None, who=None, enc=None,
                  outcome=None, note=None, body=None, category=None, based_on=None, report=None, location_text=None):
        rid = self.nid("proc")
        r = {"resourceType": "Procedure", "id": rid, "status": status}
        if based_on:
            r["basedOn"] = [ref(based_on)]
        if category:
            r["category"] = category
        r["code"] = code
        r["subject"] = ref(self.pat)
        if enc:
            r["encounter"] = ref(enc)
        if date and end:
            r["performedPeriod"] = {"start": date, "end": end}
        elif date:
            r["performedDateTime"] = date
        if who:
            r["performer"] = [{"actor": ref(who)}]
        if reason:
            r["reasonCode"] = reason if isinstance(reason, list) else [reason]
        if reason_ref:
            r["reasonReference"] = [ref(x) for x in reason_ref]
        if body:
            r["bodySite"] = [body]
        if outcome:
            r["outcome"] = tx(outcome)
        if report:
            r["report"] = [ref(x) for x in report]
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    def careplan(self, title, status, intent, category, start, end=None, addresses=None, activities=None,
                 description=None, note=None, author=None, created=None, goal=None):
        rid = self.nid("cp")
        r = {"resourceType": "CarePlan", "id": rid, "status": status, "intent": intent,
             "category": category if isinstance(category, list) else [category], "title": title}
        if description:
            r["description"] = description
        r["subject"] = ref(self.pat)
        r["period"] = {"start": start, **({"end": end} if end else {})}
        r["created"] = created or start
        if author:
            r["author"] = ref(author)
        if addresses:
            r["addresses"] = [ref(x) for x in addresses]
        if goal:
            r["goal"] = [ref(x) for x in goal]
        if activities:
            acts = []
            for a in activities:
                d = {"status": a.get("status", "not-started")}
                if "kind" in a:
                    d["kind"] = a["kind"]
                if "code" in a:
                    d["code"] = a["code"]
                if "desc" in a:
                    d["description"] = a["desc"]
                if "when" in a:
                    d["scheduledString"] = a["when"]
                if "period" in a:
                    d["scheduledPeriod"] = a["period"]
                acts.append({"detail": d})
            r["activity"] = acts
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    def goal(self, text, status="active", start=None, addresses=None, target=None):
        rid = self.nid("goal")
        r = {"resourceType": "Goal", "id": rid, "lifecycleStatus": status, "description": tx(text), "subject": ref(self.pat)}
        if start:
            r["startDate"] = start
        if addresses:
            r["addresses"] = [ref(x) for x in addresses]
        if target:
            r["target"] = [target]
        return self.add(r)

    def communication(self, sent, sender, recipients, text, category=None, medium=None, status="completed",
                      in_response_to=None, topic=None, about=None, received=None, reason=None):
        rid = self.nid("comm")
        r = {"resourceType": "Communication", "id": rid, "status": status}
        if in_response_to:
            r["inResponseTo"] = [ref(in_response_to)]
        if category:
            r["category"] = [category]
        if medium:
            r["medium"] = [medium]
        r["subject"] = ref(self.pat)
        if topic:
            r["topic"] = tx(topic)
        if about:
            r["about"] = [ref(x) for x in about]
        r["sent"] = sent
        if received:
            r["received"] = received
        r["recipient"] = [ref(x) for x in recipients]
        r["sender"] = ref(sender)
        if reason:
            r["reasonCode"] = [reason]
        r["payload"] = [{"contentString": text}]
        return self.add(r)

    def flag(self, code, start, author, status="active", category=None, end=None, enc=None):
        rid = self.nid("flag")
        r = {"resourceType": "Flag", "id": rid, "status": status}
        if category:
            r["category"] = [category]
        r["code"] = code
        r["subject"] = ref(self.pat)
        r["period"] = {"start": start, **({"end": end} if end else {})}
        if enc:
            r["encounter"] = ref(enc)
        r["author"] = ref(author)
        return self.add(r)

    def qresponse(self, questionnaire, authored, author, items, status="completed", enc=None, source=None):
        """items: list of (linkId, text, answer) where answer is bool/int/float/str/dict(coding)/list"""
        rid = self.nid("qr")
        r = {"resourceType": "QuestionnaireResponse", "id": rid, "questionnaire": questionnaire, "status": status,
             "subject": ref(self.pat)}
        if enc:
            r["encounter"] = ref(enc)
        r["authored"] = authored
        r["author"] = ref(author)
        r["source"] = ref(source or author)
        out = []
        for link, text, ans in items:
            it = {"linkId": link, "text": text}
            if ans is not None:
                vals = ans if isinstance(ans, list) else [ans]
                alist = []
                for v in vals:
                    if isinstance(v, bool):
                        alist.append({"valueBoolean": v})
                    elif isinstance(v, int):
                        alist.append({"valueInteger": v})
                    elif isinstance(v, float):
                        alist.append({"valueDecimal": v})
                    elif isinstance(v, dict):
                        alist.append({"valueCoding": v})
                    else:
                        alist.append({"valueString": v})
                it["answer"] = alist
            out.append(it)
        r["item"] = out
        return self.add(r)

    def note(self, date, type_code, title, text, author, enc=None, lang=None, time="16:00", category=None,
             status="current", doc_status="final", related=None):
        rid = self.nid("doc")
        types = {
            "progress": ("11506-3", "Progress note"),
            "consult": ("11488-4", "Consult note"),
            "discharge": ("18842-5", "Discharge summary"),
            "ed": ("34111-5", "Emergency department Note"),
            "referral": ("57133-1", "Referral note"),
            "acp": ("42348-3", "Advance healthcare directives"),
            "imaging": ("18748-4", "Diagnostic imaging study"),
            "pathology": ("11526-1", "Pathology study"),
            "hp": ("34117-2", "History and physical note"),
            "procedure": ("28570-0", "Procedure note"),
            "telephone": ("34748-4", "Telephone encounter Note"),
            "nurse": ("34746-8", "Nurse Note"),
        }
        code, disp = types[type_code]
        r = {"resourceType": "DocumentReference", "id": rid, "status": status, "docStatus": doc_status,
             "type": cc(("loinc", code, disp)),
             "subject": ref(self.pat), "date": self.dt(date, time), "author": [ref(author)],
             "description": title,
             "content": [{"attachment": {"contentType": "text/plain", "language": lang or self.o["lang"],
                                         "data": _b64(text), "title": title, "creation": self.dt(date, time)}}]}
        if category:
            r["category"] = [category]
        elif self.org_key == "sleep":
            r["category"] = [cc(("http://hl7.org/fhir/us/core/CodeSystem/us-core-documentreference-category", "clinical-note", "Clinical Note"))]
        if self.org:
            r["custodian"] = ref(self.org)
        if enc:
            r["context"] = {"encounter": [ref(enc)]}
        if related:
            r["context"] = r.get("context", {})
            r["context"]["related"] = [ref(x) for x in related]
        return self.add(r)

    def impression(self, date, description, summary, assessor, problems=None, findings=None, prognosis=None,
                   enc=None, note=None, status="completed", investigations=None):
        rid = self.nid("ci")
        r = {"resourceType": "ClinicalImpression", "id": rid, "status": status, "description": description,
             "subject": ref(self.pat)}
        if enc:
            r["encounter"] = ref(enc)
        r["effectiveDateTime"] = self.dt(date, "11:00")
        r["date"] = self.dt(date, "11:30")
        r["assessor"] = ref(assessor)
        if problems:
            r["problem"] = [ref(x) for x in problems]
        if investigations:
            r["investigation"] = [{"code": tx(investigations[0]), "item": [ref(x) for x in investigations[1]]}]
        r["summary"] = summary
        if findings:
            r["finding"] = [({"itemReference": ref(f)} if isinstance(f, str) else {"itemCodeableConcept": f}) for f in findings]
        if prognosis:
            r["prognosisCodeableConcept"] = [prognosis]
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    def appointment(self, start, end, description, participants, status="booked", service=None, reason=None,
                    based_on=None, created=None):
        rid = self.nid("appt")
        r = {"resourceType": "Appointment", "id": rid, "status": status}
        if service:
            r["serviceType"] = [service if isinstance(service, dict) else tx(service)]
        if reason:
            r["reasonCode"] = [reason]
        r["description"] = description
        r["start"] = start
        r["end"] = end
        if created:
            r["created"] = created
        if based_on:
            r["basedOn"] = [ref(based_on)]
        r["participant"] = [{"actor": ref(p), "status": "accepted"} for p in [self.pat] + participants]
        return self.add(r)

    def allergy(self, code, recorded, reaction=None, criticality="low", category="medication"):
        rid = self.nid("alg")
        r = {"resourceType": "AllergyIntolerance", "id": rid,
             "clinicalStatus": cc(("allclin", "active", "Active")),
             "verificationStatus": cc(("allver", "confirmed", "Confirmed")),
             "type": "allergy", "category": [category], "criticality": criticality,
             "code": code, "patient": ref(self.pat), "recordedDate": recorded}
        if reaction:
            r["reaction"] = [{"manifestation": [reaction]}]
        return self.add(r)

    def immunization(self, vaccine, date, lot=None, site=None, who=None):
        rid = self.nid("imm")
        r = {"resourceType": "Immunization", "id": rid, "status": "completed", "vaccineCode": vaccine,
             "patient": ref(self.pat), "occurrenceDateTime": date, "primarySource": True}
        if lot:
            r["lotNumber"] = lot
        if who:
            r["performer"] = [{"actor": ref(who)}]
        return self.add(r)

    def careteam(self, name, members, status="active", start=None, reason=None):
        rid = self.nid("ct")
        r = {"resourceType": "CareTeam", "id": rid, "status": status, "name": name, "subject": ref(self.pat)}
        if start:
            r["period"] = {"start": start}
        r["participant"] = [{"role": [tx(role)], "member": ref(m)} for role, m in members]
        if reason:
            r["reasonReference"] = [ref(x) for x in reason]
        if self.org:
            r["managingOrganization"] = [ref(self.org)]
        return self.add(r)

    # -- output -----------------------------------------------------------------------------
    def bundle(self):
        base = self.o["base"]
        entries = []
        for r in self.res:
            u = f"{r['resourceType']}/{r['id']}"
            entries.append({"fullUrl": f"{base}/{u}", "resource": r, "request": {"method": "PUT", "url": u}})
        return {"resourceType": "Bundle", "type": "transaction", "entry": entries}


# finnish personal identity code (fictitious: individual numbers 900-999) ----------------------
def hetu(birth, num):
    y, m, d = birth[:4], birth[5:7], birth[8:10]
    sep = "-" if y.startswith("19") else "A"
    n = int(d + m + y[2:] + f"{num:03d}")
    return f"{d}{m}{y[2:]}{sep}{num:03d}" + "0123456789ABCDEFHJKLMNPRSTUVWXY"[n % 31]


def fi_ident(birth, num):
    return {"use": "official", "type": cc(("v2-0203", "NI", "National unique individual identifier")),
            "system": SYS["hetu"], "value": hetu(birth, num)}


def ramq_ident(family, given, birth, gender, seq):
    month = int(birth[5:7]) + (50 if gender == "female" else 0)
    val = f"{family[:3].upper()}{given[0].upper()}{birth[2:4]}{month:02d}{birth[8:10]}{seq:02d}"
    val = (val.replace("É", "E").replace("È", "E").replace("Ê", "E").replace("Ç", "C").replace("Ô", "O")
           .replace("Î", "I").replace("À", "A").replace("'", "X").replace("-", "X"))
    return {"use": "official", "type": cc(("v2-0203", "JHN", "Jurisdictional health number (Canada)")),
            "system": SYS["ramq"], "value": val}
