"""Small helpers to write synthetic FHIR R4 transaction bundles (no third-party packages).

A Case collects resources for one patient record; every id is '<case id>-<tag><n>'.
Organisation profiles (ORGS) carry the base URL, time zone, identifier and code-system
habits of the four fictitious organisations.
"""
import base64
import collections
import json
import re

ANCHOR = "2026-12-01"

SYS = {
    "sct": "http://snomed.info/sct",
    "loinc": "http://loinc.org",
    "icd10": "http://hl7.org/fhir/sid/icd-10",
    "icd10cm": "http://hl7.org/fhir/sid/icd-10-cm",
    "icd10am": "http://hl7.org/fhir/sid/icd-10-am",
    "achi": "http://hl7.org/fhir/sid/achi",
    "cpt": "http://www.ama-assn.org/go/cpt",
    "rxnorm": "http://www.nlm.nih.gov/research/umls/rxnorm",
    "cvx": "http://hl7.org/fhir/sid/cvx",
    "ucum": "http://unitsofmeasure.org",
    "v3act": "http://terminology.hl7.org/CodeSystem/v3-ActCode",
    "interp": "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation",
    "obscat": "http://terminology.hl7.org/CodeSystem/observation-category",
    "clin": "http://terminology.hl7.org/CodeSystem/condition-clinical",
    "ver": "http://terminology.hl7.org/CodeSystem/condition-ver-status",
    "condcat": "http://terminology.hl7.org/CodeSystem/condition-category",
    "orgtype": "http://terminology.hl7.org/CodeSystem/organization-type",
    "prio": "http://terminology.hl7.org/CodeSystem/v3-ActPriority",
    "admit": "http://terminology.hl7.org/CodeSystem/admit-source",
    "dispo": "http://terminology.hl7.org/CodeSystem/discharge-disposition",
    "diagrole": "http://terminology.hl7.org/CodeSystem/diagnosis-role",
    "flagcat": "http://terminology.hl7.org/CodeSystem/flag-category",
    "commcat": "http://terminology.hl7.org/CodeSystem/communication-category",
    "v2_0074": "http://terminology.hl7.org/CodeSystem/v2-0074",
    "v2_0203": "http://terminology.hl7.org/CodeSystem/v2-0203",
    "marital": "http://terminology.hl7.org/CodeSystem/v3-MaritalStatus",
    "rolecode": "http://terminology.hl7.org/CodeSystem/v3-RoleCode",
    "subrel": "http://terminology.hl7.org/CodeSystem/subscriber-relationship",
    "aiclin": "http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical",
    "aiver": "http://terminology.hl7.org/CodeSystem/allergyintolerance-verification",
    "lang": "urn:ietf:bcp:47",
    "route": "http://snomed.info/sct",
}

# ---------------------------------------------------------------- organisations
ORGS = {
    "za": {
        "label": "South African public hospital",
        "name": "Nqadu Provincial Hospital",
        "base": "https://fhir.nqadu-hospital.example.org.za/r4",
        "local": "https://fhir.nqadu-hospital.example.org.za/CodeSystem/",
        "tz": lambda m: "+02:00",
        "dx": "icd10",
        "country": "ZA", "city": "Mthatha", "state": "Eastern Cape", "postal": "5099",
        "mrn": "https://fhir.nqadu-hospital.example.org.za/NamingSystem/folder-number",
        "prac_id": "https://www.hpcsa.co.za/NamingSystem/registration-number",
        "payer": "Eastern Cape Department of Health",
        "cov_type": ("PUBLICPOL", "public healthcare", "State patient (means-tested H1 tariff)"),
        "units": "si", "hba1c": "pct", "labcode": "local",
    },
    "ie": {
        "label": "Irish acute hospital",
        "name": "Cois Abhann University Hospital",
        "base": "https://fhir.coisabhann-hospital.example.ie/r4",
        "local": "https://fhir.coisabhann-hospital.example.ie/CodeSystem/",
        "tz": lambda m: "+01:00" if 4 <= m <= 10 else "+00:00",
        "dx": "icd10am",
        "country": "IE", "city": "Kilkenny", "state": "Co. Kilkenny", "postal": "R95 X2K7",
        "mrn": "https://fhir.coisabhann-hospital.example.ie/NamingSystem/mrn",
        "prac_id": "https://www.medicalcouncil.ie/NamingSystem/registration-number",
        "payer": "Health Service Executive",
        "cov_type": ("PUBLICPOL", "public healthcare", "GMS medical card"),
        "units": "si", "hba1c": "ifcc", "labcode": "local+loinc",
    },
    "ger": {
        "label": "Geriatric medicine and frailty service",
        "name": "Riverbend Geriatric Medicine and Frailty Service",
        "base": "https://fhir.riverbend-geriatrics.example.org/r4",
        "local": "https://fhir.riverbend-geriatrics.example.org/CodeSystem/",
        "tz": lambda m: "-04:00" if 4 <= m <= 10 else "-05:00",
        "dx": "icd10cm",
        "country": "US", "city": "Dayton", "state": "OH", "postal": "45402",
        "mrn": "https://fhir.riverbend-geriatrics.example.org/NamingSystem/mrn",
        "prac_id": "http://hl7.org/fhir/sid/us-npi",
        "payer": "Centers for Medicare & Medicaid Services",
        "cov_type": ("PUBLICPOL", "public healthcare", "Medicare Part A and B"),
        "units": "us", "hba1c": "pct", "labcode": "loinc",
    },
    "neu": {
        "label": "Neurosurgery and neuro-oncology centre",
        "name": "Halstead Neuroscience Institute",
        "base": "https://fhir.halstead-neuro.example.org/r4",
        "local": "https://fhir.halstead-neuro.example.org/CodeSystem/",
        "tz": lambda m: "-06:00" if 4 <= m <= 10 else "-07:00",
        "dx": "icd10cm",
        "country": "US", "city": "Denver", "state": "CO", "postal": "80218",
        "mrn": "https://fhir.halstead-neuro.example.org/NamingSystem/mrn",
        "prac_id": "http://hl7.org/fhir/sid/us-npi",
        "payer": "Front Range Health Plan",
        "cov_type": ("EHCPOL", "extended healthcare", "Commercial PPO"),
        "units": "us", "hba1c": "pct", "labcode": "loinc",
    },
}

# ---------------------------------------------------------------- codeable concepts


def coding(system, code, display=None):
    c = {"system": SYS.get(system, system), "code": code}
    if display:
        c["display"] = display
    return c


def cc(system, code, display=None, text=None):
    out = {"coding": [coding(system, code, display)]}
    if text:
        out["text"] = text
    return out


def ccm(*codings, text=None):
    out = {"coding": [coding(*c) for c in codings]}
    if text:
        out["text"] = text
    return out


def txt(text):
    return {"text": text}


def sct(code, display, text=None):
    return cc("sct", code, display, text)


def loinc(code, display, text=None):
    return cc("loinc", code, display, text)


def rx(code, display, text):
    return cc("rxnorm", code, display, text)


# ---------------------------------------------------------------- laboratory catalogue
# key: (loinc code, loinc display, local name, {units: (unit, ucum, low, high)}); ranges may be per sex
LABS = {
    "hb": ("718-7", "Hemoglobin [Mass/volume] in Blood", "Haemoglobin",
           {"si": ("g/dL", "g/dL", {"M": (13.0, 17.0), "F": (12.0, 15.5)}),
            "us": ("g/dL", "g/dL", {"M": (13.5, 17.5), "F": (12.0, 15.5)})}),
    "wcc": ("6690-2", "Leukocytes [#/volume] in Blood by Automated count", "White cell count",
            {"si": ("x10^9/L", "10*9/L", (4.0, 11.0)), "us": ("K/uL", "10*3/uL", (4.0, 11.0))}),
    "plt": ("777-3", "Platelets [#/volume] in Blood by Automated count", "Platelets",
            {"si": ("x10^9/L", "10*9/L", (150, 400)), "us": ("K/uL", "10*3/uL", (150, 400))}),
    "mcv": ("787-2", "MCV [Entitic volume] by Automated count", "MCV",
            {"si": ("fL", "fL", (80, 100)), "us": ("fL", "fL", (80, 100))}),
    "na": ("2951-2", "Sodium [Moles/volume] in Serum or Plasma", "Sodium",
           {"si": ("mmol/L", "mmol/L", (135, 145)), "us": ("mmol/L", "mmol/L", (136, 145))}),
    "k": ("2823-3", "Potassium [Moles/volume] in Serum or Plasma", "Potassium",
          {"si": ("mmol/L", "mmol/L", (3.5, 5.1)), "us": ("mmol/L", "mmol/L", (3.5, 5.1))}),
    "creat_si": ("14682-9", "Creatinine [Moles/volume] in Serum or Plasma", "Creatinine",
                 {"si": ("umol/L", "umol/L", {"M": (64, 104), "F": (49, 90)})}),
    "creat_us": ("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", "Creatinine",
                 {"us": ("mg/dL", "mg/dL", {"M": (0.74, 1.35), "F": (0.59, 1.04)})}),
    "egfr": ("62238-1", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI)",
             "eGFR (CKD-EPI)", {"si": ("mL/min/1.73m2", "mL/min/{1.73_m2}", (60, None)),
                                "us": ("mL/min/1.73m2", "mL/min/{1.73_m2}", (60, None))}),
    "hba1c_pct": ("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "HbA1c",
                  {"si": ("%", "%", (4.0, 6.0)), "us": ("%", "%", (4.0, 5.6))}),
    "hba1c_ifcc": ("59261-8", "Hemoglobin A1c/Hemoglobin.total in Blood by IFCC protocol", "HbA1c (IFCC)",
                   {"si": ("mmol/mol", "mmol/mol", (20, 42))}),
    "crp": ("1988-5", "C reactive protein [Mass/volume] in Serum or Plasma", "CRP",
            {"si": ("mg/L", "mg/L", (0, 5)), "us": ("mg/L", "mg/L", (0, 10))}),
    "esr": ("30341-2", "Erythrocyte sedimentation rate", "ESR",
            {"si": ("mm/h", "mm/h", (0, 20)), "us": ("mm/h", "mm/h", (0, 20))}),
    "ferritin": ("2276-4", "Ferritin [Mass/volume] in Serum or Plasma", "Ferritin",
                 {"si": ("ug/L", "ug/L", {"M": (30, 400), "F": (15, 150)}),
                  "us": ("ng/mL", "ng/mL", {"M": (30, 400), "F": (15, 150)})}),
    "tsh": ("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", "TSH",
            {"si": ("mIU/L", "m[IU]/L", (0.4, 4.0)), "us": ("mIU/L", "m[IU]/L", (0.45, 4.5))}),
    "ft4_si": ("14920-3", "Thyroxine (T4) free [Moles/volume] in Serum or Plasma", "Free T4",
               {"si": ("pmol/L", "pmol/L", (12, 22))}),
    "alt": ("1742-6", "Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma", "ALT",
            {"si": ("U/L", "U/L", (0, 40)), "us": ("U/L", "U/L", (7, 56))}),
    "alp": ("6768-6", "Alkaline phosphatase [Enzymatic activity/volume] in Serum or Plasma", "ALP",
            {"si": ("U/L", "U/L", (40, 130)), "us": ("U/L", "U/L", (44, 147))}),
    "alb": ("1751-7", "Albumin [Mass/volume] in Serum or Plasma", "Albumin",
            {"si": ("g/L", "g/L", (35, 50)), "us": ("g/dL", "g/dL", (3.5, 5.0))}),
    "psa": ("2857-1", "Prostate specific Ag [Mass/volume] in Serum or Plasma", "PSA",
            {"si": ("ug/L", "ug/L", (0, 4.0)), "us": ("ng/mL", "ng/mL", (0, 4.0))}),
    "b12": ("2132-9", "Cobalamin (Vitamin B12) [Mass/volume] in Serum or Plasma", "Vitamin B12",
            {"us": ("pg/mL", "pg/mL", (232, 1245))}),
    "ntprobnp": ("33762-6", "Natriuretic peptide.B prohormone N-Terminal [Mass/volume] in Serum or Plasma", "NT-proBNP",
                 {"si": ("ng/L", "ng/L", (0, 125)), "us": ("pg/mL", "pg/mL", (0, 450))}),
    "glu_si": ("14749-6", "Glucose [Moles/volume] in Serum or Plasma", "Glucose",
               {"si": ("mmol/L", "mmol/L", (3.9, 7.8))}),
    "glu_us": ("2345-7", "Glucose [Mass/volume] in Serum or Plasma", "Glucose",
               {"us": ("mg/dL", "mg/dL", (70, 99))}),
    "calpro": ("38445-3", "Calprotectin [Mass/mass] in Stool", "Faecal calprotectin",
               {"si": ("ug/g", "ug/g", (0, 50))}),
    "cd4": ("24467-3", "CD3+CD4+ (T4 helper) cells [#/volume] in Blood", "CD4 count",
            {"si": ("cells/uL", "/uL", (500, 1500))}),
    "vl": ("20447-9", "HIV 1 RNA [#/volume] (viral load) in Serum or Plasma by NAA with probe detection", "HIV viral load",
           {"si": ("copies/mL", "{copies}/mL", (None, 50))}),
    "ca_si": ("2000-8", "Calcium [Moles/volume] in Serum or Plasma", "Calcium",
              {"si": ("mmol/L", "mmol/L", (2.15, 2.55))}),
    "igf1": ("2484-4", "Insulin-like growth factor-I [Mass/volume] in Serum or Plasma", "IGF-1",
             {"us": ("ng/mL", "ng/mL", (70, 260))}),
    "prl": ("2842-3", "Prolactin [Mass/volume] in Serum or Plasma", "Prolactin",
            {"us": ("ng/mL", "ng/mL", (4, 15.2))}),
    "inr": ("6301-6", "INR in Platelet poor plasma by Coagulation assay", "INR",
            {"si": ("INR", "{INR}", (0.8, 1.2)), "us": ("INR", "{INR}", (0.8, 1.2))}),
    "folate": ("2284-8", "Folate [Mass/volume] in Serum or Plasma", "Folate",
               {"us": ("ng/mL", "ng/mL", (3.9, 26.8))}),
}

SNOMED_POS = ("10828004", "Positive")
SNOMED_NEG = ("260385009", "Negative")
SNOMED_DET = ("260373001", "Detected")
SNOMED_ND = ("260415000", "Not detected")


def b64(text):
    return base64.b64encode(text.encode("utf-8")).decode("ascii")


_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class Case:
    """One patient record being assembled."""

    def __init__(self, cid, org_key):
        self.cid = cid
        self.ok = org_key
        self.o = ORGS[org_key]
        self.entries = []
        self.n = collections.Counter()
        self.sex = None
        self.pat = None
        self.org = self._add("Organization", "org", {
            "identifier": [{"system": self.o["local"] + "facility", "value": org_key.upper() + "-001"}],
            "active": True,
            "type": [cc("orgtype", "prov", "Healthcare Provider")],
            "name": self.o["name"],
            "address": [self._addr()],
        })

    # ---------------------------------------------------------- basics
    def _addr(self, line=None):
        a = {"city": self.o["city"], "state": self.o["state"], "postalCode": self.o["postal"], "country": self.o["country"]}
        if line:
            a = {"line": [line], **a}
        return a

    def _add(self, rtype, tag, body):
        self.n[tag] += 1
        rid = f"{self.cid}-{tag}{self.n[tag]}"
        res = {"resourceType": rtype, "id": rid}
        res.update({k: v for k, v in body.items() if v is not None and v != [] and v != {}})
        self.entries.append(res)
        return f"{rtype}/{rid}"

    def local(self, cs, code, display, text=None):
        return cc(self.o["local"] + cs, code, display, text)

    def dx(self, code, display, text=None):
        return cc(self.o["dx"], code, display, text)

    def dt(self, d, t="09:00"):
        if "T" in d:
            return d
        assert _DATE_RE.match(d), d
        return f"{d}T{t}:00{self.o['tz'](int(d[5:7]))}"

    @property
    def subj(self):
        return {"reference": self.pat}

    # ---------------------------------------------------------- administrative resources
    def patient(self, given, family, gender, birth, mrn, marital=None, lang="en", line=None, phone=None,
                gp=None, extra_ids=None, deceased=None):
        self.sex = "M" if gender == "male" else "F"
        ids = [{"use": "usual", "type": cc("v2_0203", "MR", "Medical record number"), "system": self.o["mrn"], "value": mrn}]
        ids += extra_ids or []
        body = {
            "identifier": ids, "active": True,
            "name": [{"use": "official", "family": family, "given": given if isinstance(given, list) else [given]}],
            "telecom": [{"system": "phone", "value": phone, "use": "mobile"}] if phone else None,
            "gender": gender, "birthDate": birth,
            "address": [self._addr(line)],
            "maritalStatus": cc("marital", *marital) if marital else None,
            "communication": [{"language": cc("lang", lang[0], lang[1]) if isinstance(lang, tuple) else cc("lang", lang, "English"), "preferred": True}],
            "generalPractitioner": [{"reference": gp}] if gp else None,
            "managingOrganization": {"reference": self.org},
        }
        # Patient id is the case id itself
        res = {"resourceType": "Patient", "id": self.cid}
        res.update({k: v for k, v in body.items() if v})
        self.entries.insert(0, res)
        self.pat = f"Patient/{self.cid}"
        return self.pat

    def organization(self, name, kind="prov", kind_display="Healthcare Provider", line=None, city=None, part_of=None):
        addr = self._addr(line)
        if city:
            addr["city"] = city
        return self._add("Organization", "org", {
            "active": True, "type": [cc("orgtype", kind, kind_display)], "name": name, "address": [addr],
            "partOf": {"reference": part_of} if part_of else None,
        })

    def prac(self, given, family, prefix="Dr", reg=None, qual=None, org=None):
        body = {
            "identifier": [{"system": self.o["prac_id"], "value": reg}] if reg else None,
            "active": True,
            "name": [{"family": family, "given": [given], "prefix": [prefix] if prefix else None}],
            "qualification": [{"code": txt(qual)}] if qual else None,
        }
        body["name"] = [{k: v for k, v in body["name"][0].items() if v}]
        return self._add("Practitioner", "pr", body)

    def coverage(self, subscriber_id, start, payer_name=None, type_override=None):
        payer = self.organization(payer_name or self.o["payer"], "pay", "Payer")
        t = type_override or self.o["cov_type"]
        return self._add("Coverage", "cov", {
            "status": "active",
            "type": cc("v3act", t[0], t[1], t[2]),
            "subscriberId": subscriber_id,
            "beneficiary": self.subj,
            "relationship": cc("subrel", "self", "Self"),
            "period": {"start": start},
            "payor": [{"reference": payer}],
        })

    def related(self, given, family, rel_code, rel_display, phone=None):
        return self._add("RelatedPerson", "rp", {
            "active": True, "patient": self.subj,
            "relationship": [cc("rolecode", rel_code, rel_display)],
            "name": [{"family": family, "given": [given]}],
            "telecom": [{"system": "phone", "value": phone}] if phone else None,
        })

    # ---------------------------------------------------------- encounters and episodes
    ENC_CLASS = {"AMB": "ambulatory", "IMP": "inpatient encounter", "EMER": "emergency",
                 "HH": "home health", "VR": "virtual", "SS": "short stay", "PRENC": "pre-admission"}

    def enc(self, cls, start, end=None, type_=None, reason=None, pr=None, status="finished", prio=None,
            admit=None, dispo=None, diags=None, service=None, t0="09:00", t1=None, org=None, part_of=None):
        period = {"start": self.dt(start, t0)}
        if status == "finished":
            if t1 is None:
                t1 = "11:00" if (end and end != start) else "%02d:%s" % (int(t0[:2]) + 1, t0[3:])
            period["end"] = self.dt(end or start, t1)
        hosp = None
        if admit or dispo:
            hosp = {}
            if admit:
                hosp["admitSource"] = cc("admit", *admit)
            if dispo:
                hosp["dischargeDisposition"] = cc("dispo", *dispo)
        dg = None
        if diags:
            dg = []
            for i, d in enumerate(diags):
                ref, use = (d if isinstance(d, tuple) else (d, "DD"))
                dg.append({"condition": {"reference": ref}, "use": cc("diagrole", use, {"DD": "Discharge diagnosis", "AD": "Admission diagnosis", "CC": "Chief complaint", "CM": "Comorbidity diagnosis", "billing": "Billing"}[use]), "rank": i + 1})
        return self._add("Encounter", "enc", {
            "status": status,
            "class": coding("v3act", cls, self.ENC_CLASS[cls]),
            "type": [type_] if type_ else None,
            "serviceType": service,
            "priority": cc("prio", *prio) if prio else None,
            "subject": self.subj,
            "participant": [{"individual": {"reference": pr}}] if pr else None,
            "period": period,
            "reasonCode": reason if isinstance(reason, list) else ([reason] if reason else None),
            "diagnosis": dg,
            "hospitalization": hosp,
            "serviceProvider": {"reference": org or self.org},
            "partOf": {"reference": part_of} if part_of else None,
        })

    def episode(self, type_, start, status="active", end=None, care_manager=None, diags=None):
        return self._add("EpisodeOfCare", "eoc", {
            "status": status, "type": [type_], "patient": self.subj,
            "diagnosis": [{"condition": {"reference": d}} for d in diags] if diags else None,
            "managingOrganization": {"reference": self.org},
            "period": {k: v for k, v in {"start": start, "end": end}.items() if v},
            "careManager": {"reference": care_manager} if care_manager else None,
        })

    def appointment(self, start, minutes, desc, pr=None, status="booked", service=None, reason=None, created=None, t="09:00"):
        from datetime import datetime, timedelta
        s = self.dt(start, t)
        st = datetime.fromisoformat(s)
        e = (st + timedelta(minutes=minutes)).isoformat()
        parts = [{"actor": {"reference": self.pat}, "status": "accepted"}]
        if pr:
            parts.append({"actor": {"reference": pr}, "status": "accepted"})
        return self._add("Appointment", "apt", {
            "status": status, "serviceType": [service] if service else None,
            "reasonCode": [reason] if reason else None, "description": desc,
            "start": s, "end": e, "minutesDuration": minutes, "created": created,
            "participant": parts,
        })

    # ---------------------------------------------------------- clinical statements
    def cond(self, code, onset=None, clin="active", ver="confirmed", cat="problem-list-item", abate=None,
             recorded=None, note=None, severity=None, stage=None, enc=None, by=None, evidence=None, body_site=None):
        clin_disp = {"active": "Active", "recurrence": "Recurrence", "relapse": "Relapse", "inactive": "Inactive",
                     "remission": "Remission", "resolved": "Resolved"}
        ver_disp = {"unconfirmed": "Unconfirmed", "provisional": "Provisional", "differential": "Differential",
                    "confirmed": "Confirmed", "refuted": "Refuted"}
        cat_disp = {"problem-list-item": "Problem List Item", "encounter-diagnosis": "Encounter Diagnosis"}
        body = {
            "clinicalStatus": cc("clin", clin, clin_disp[clin]) if clin else None,
            "verificationStatus": cc("ver", ver, ver_disp[ver]),
            "category": [cc("condcat", cat, cat_disp[cat])],
            "severity": severity,
            "code": code,
            "bodySite": [body_site] if body_site else None,
            "subject": self.subj,
            "encounter": {"reference": enc} if enc else None,
            "onsetDateTime": onset,
            "abatementDateTime": abate,
            "recordedDate": recorded or onset,
            "recorder": {"reference": by} if by else None,
            "stage": [stage] if stage else None,
            "evidence": evidence,
            "note": [{"text": note}] if note else None,
        }
        return self._add("Condition", "cond", body)

    def allergy(self, code, manifestation, recorded, crit="low", category="medication", note=None, by=None):
        return self._add("AllergyIntolerance", "alg", {
            "clinicalStatus": cc("aiclin", "active", "Active"),
            "verificationStatus": cc("aiver", "confirmed", "Confirmed"),
            "type": "allergy" if category != "medication" else "intolerance",
            "category": [category], "criticality": crit, "code": code, "patient": self.subj,
            "recordedDate": recorded, "recorder": {"reference": by} if by else None,
            "reaction": [{"manifestation": [manifestation]}],
            "note": [{"text": note}] if note else None,
        })

    def famhx(self, rel_code, rel_display, cond_code, note=None, onset_age=None, deceased=None):
        c = {"code": cond_code}
        if onset_age is not None:
            c["onsetAge"] = {"value": onset_age, "unit": "a", "system": SYS["ucum"], "code": "a"}
        return self._add("FamilyMemberHistory", "fmh", {
            "status": "completed", "patient": self.subj,
            "relationship": cc("rolecode", rel_code, rel_display),
            "deceasedBoolean": deceased, "condition": [c],
            "note": [{"text": note}] if note else None,
        })

    def immunization(self, cvx, display, date, lot=None):
        return self._add("Immunization", "imm", {
            "status": "completed", "vaccineCode": cc("cvx", cvx, display), "patient": self.subj,
            "occurrenceDateTime": date, "primarySource": True, "lotNumber": lot,
        })

    # ---------------------------------------------------------- observations
    def _interp(self, code):
        disp = {"N": "Normal", "H": "High", "L": "Low", "HH": "Critical high", "LL": "Critical low",
                "A": "Abnormal", "POS": "Positive", "NEG": "Negative", "DET": "Detected", "ND": "Not detected"}
        return [cc("interp", code, disp[code])]

    def obs(self, code, date, value=None, unit=None, ucum=None, rng=None, interp=None, cat="laboratory",
            enc=None, perf=None, note=None, comparator=None, components=None, t="09:00", rng_text=None,
            method=None, body_site=None, derived=None, issued=True, status="final"):
        body = {"status": status, "category": [cc("obscat", cat, {
            "laboratory": "Laboratory", "vital-signs": "Vital Signs", "survey": "Survey", "exam": "Exam",
            "social-history": "Social History", "imaging": "Imaging", "procedure": "Procedure",
            "activity": "Activity", "therapy": "Therapy"}[cat])],
            "code": code, "subject": self.subj}
        if enc:
            body["encounter"] = {"reference": enc}
        body["effectiveDateTime"] = self.dt(date, t)
        if issued and cat == "laboratory":
            body["issued"] = self.dt(date, "16:30")
        if perf:
            body["performer"] = [{"reference": perf}]
        if isinstance(value, bool):
            body["valueBoolean"] = value
        elif isinstance(value, dict):
            body["valueCodeableConcept"] = value
        elif isinstance(value, str):
            body["valueString"] = value
        elif isinstance(value, int) and unit is None:
            body["valueInteger"] = value
        elif value is not None:
            q = {"value": value}
            if comparator:
                q["comparator"] = comparator
            if unit:
                q["unit"] = unit
            if ucum:
                q["system"] = SYS["ucum"]
                q["code"] = ucum
            body["valueQuantity"] = q
        if interp is None and rng is not None and isinstance(value, (int, float)) and not isinstance(value, bool):
            lo, hi = rng
            if comparator == "<":
                interp = "N" if hi is None or value <= hi else "H"
            elif lo is not None and value < lo:
                interp = "L"
            elif hi is not None and value > hi:
                interp = "H"
            else:
                interp = "N"
        if interp:
            body["interpretation"] = self._interp(interp)
        if note:
            body["note"] = [{"text": note}]
        if method:
            body["method"] = method
        if body_site:
            body["bodySite"] = body_site
        if rng is not None or rng_text:
            rr = {}
            if rng is not None:
                lo, hi = rng
                if lo is not None:
                    rr["low"] = {"value": lo, "unit": unit, "system": SYS["ucum"], "code": ucum} if ucum else {"value": lo}
                if hi is not None:
                    rr["high"] = {"value": hi, "unit": unit, "system": SYS["ucum"], "code": ucum} if ucum else {"value": hi}
            if rng_text:
                rr["text"] = rng_text
            body["referenceRange"] = [rr]
        if components:
            body["component"] = components
        if derived:
            body["derivedFrom"] = [{"reference": r} for r in derived]
        return self._add("Observation", "obs", body)

    def lab(self, key, date, value, enc=None, interp=None, note=None, comparator=None, t="08:30"):
        code, disp, name, units = LABS[key]
        fam = self.o["units"] if self.o["units"] in units else list(units)[0]
        unit, ucum, rng = units[fam]
        if isinstance(rng, dict):
            rng = rng[self.sex]
        lc = self.o["labcode"]
        lab_local = self.o["local"] + "lab"
        if lc == "local":
            concept = cc(lab_local, key.split("_")[0].upper(), name, name)
        elif lc == "local+loinc":
            concept = {"coding": [coding(lab_local, key.split("_")[0].upper(), name), coding("loinc", code, disp)], "text": name}
        else:
            concept = cc("loinc", code, disp, name)
        return self.obs(concept, date, value, unit, ucum, rng, interp=interp, enc=enc, note=note, comparator=comparator, t=t)

    def labs(self, date, enc=None, t="08:30", **vals):
        return [self.lab(k, date, v, enc=enc, t=t) for k, v in vals.items()]

    def creat(self, date, value, enc=None):
        return self.lab("creat_si" if self.o["units"] == "si" else "creat_us", date, value, enc=enc)

    def hba1c(self, date, value, enc=None):
        return self.lab("hba1c_ifcc" if self.o["hba1c"] == "ifcc" else "hba1c_pct", date, value, enc=enc)

    def report(self, code, date, results, conclusion=None, cat=("LAB", "Laboratory"), enc=None, perf=None,
               conclusion_code=None, status="final", t="17:00"):
        return self._add("DiagnosticReport", "dr", {
            "status": status, "category": [cc("v2_0074", *cat)], "code": code, "subject": self.subj,
            "encounter": {"reference": enc} if enc else None,
            "effectiveDateTime": self.dt(date, "08:30"), "issued": self.dt(date, t),
            "performer": [{"reference": perf}] if perf else None,
            "result": [{"reference": r} for r in results] if results else None,
            "conclusion": conclusion,
            "conclusionCode": [conclusion_code] if conclusion_code else None,
        })

    def vitals(self, date, sbp=None, dbp=None, hr=None, temp=None, rr=None, spo2=None, wt=None, ht=None,
               bmi=None, enc=None, t="09:10"):
        out = []
        V = lambda c, d: loinc(c, d)
        if sbp is not None:
            out.append(self.obs(V("85354-9", "Blood pressure panel with all children optional"), date, cat="vital-signs", enc=enc, t=t,
                                components=[
                                    {"code": V("8480-6", "Systolic blood pressure"), "valueQuantity": {"value": sbp, "unit": "mmHg", "system": SYS["ucum"], "code": "mm[Hg]"}},
                                    {"code": V("8462-4", "Diastolic blood pressure"), "valueQuantity": {"value": dbp, "unit": "mmHg", "system": SYS["ucum"], "code": "mm[Hg]"}}]))
        for val, c, d, u, uc in [(hr, "8867-4", "Heart rate", "beats/minute", "/min"),
                                 (rr, "9279-1", "Respiratory rate", "breaths/minute", "/min"),
                                 (temp, "8310-5", "Body temperature", "C", "Cel"),
                                 (spo2, "59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry", "%", "%"),
                                 (wt, "29463-7", "Body weight", "kg", "kg"),
                                 (ht, "8302-2", "Body height", "cm", "cm"),
                                 (bmi, "39156-5", "Body mass index (BMI) [Ratio]", "kg/m2", "kg/m2")]:
            if val is not None:
                out.append(self.obs(V(c, d), date, val, u, uc, cat="vital-signs", enc=enc, t=t))
        return out

    def score(self, code, date, value, cat="survey", enc=None, perf=None, note=None, unit=None, ucum=None, interp=None, t="10:00"):
        return self.obs(code, date, value, unit=unit, ucum=ucum, cat=cat, enc=enc, perf=perf, note=note, interp=interp, t=t)

    # ---------------------------------------------------------- medications
    def medreq(self, med, authored, dose_text, status="active", reason=None, reason_ref=None, by=None,
               freq=None, period=1, period_unit="d", dose=None, route=None, note=None, enc=None, intent="order",
               validity=None, status_reason=None, course=None):
        dosage = {"text": dose_text}
        if freq:
            dosage["timing"] = {"repeat": {"frequency": freq, "period": period, "periodUnit": period_unit}}
        if route:
            dosage["route"] = route
        if dose:
            dosage["doseAndRate"] = [{"doseQuantity": {"value": dose[0], "unit": dose[1], "system": SYS["ucum"], "code": dose[2]}}]
        return self._add("MedicationRequest", "mr", {
            "status": status, "statusReason": txt(status_reason) if status_reason else None,
            "intent": intent,
            "courseOfTherapyType": course,
            "medicationCodeableConcept": med, "subject": self.subj,
            "encounter": {"reference": enc} if enc else None,
            "authoredOn": authored, "requester": {"reference": by} if by else None,
            "reasonCode": reason if isinstance(reason, list) else ([reason] if reason else None),
            "reasonReference": [{"reference": r} for r in reason_ref] if reason_ref else None,
            "note": [{"text": note}] if note else None,
            "dosageInstruction": [dosage],
            "dispenseRequest": {"validityPeriod": validity} if validity else None,
        })

    def medstmt(self, med, status, start, end=None, asserted=None, reason=None, reason_ref=None, note=None,
                source=None, dose_text=None, status_reason=None):
        per = {"start": start}
        if end:
            per["end"] = end
        return self._add("MedicationStatement", "ms", {
            "status": status, "statusReason": [txt(status_reason)] if status_reason else None,
            "medicationCodeableConcept": med, "subject": self.subj,
            "effectivePeriod": per, "dateAsserted": asserted,
            "informationSource": {"reference": source} if source else None,
            "reasonCode": [reason] if reason else None,
            "reasonReference": [{"reference": r} for r in reason_ref] if reason_ref else None,
            "note": [{"text": note}] if note else None,
            "dosage": [{"text": dose_text}] if dose_text else None,
        })

    def medadmin(self, med, when, dose_text, enc=None, by=None, reason_ref=None, status="completed"):
        return self._add("MedicationAdministration", "ma", {
            "status": status, "medicationCodeableConcept": med, "subject": self.subj,
            "context": {"reference": enc} if enc else None,
            "effectiveDateTime": self.dt(when) if "T" not in when else when,
            "performer": [{"actor": {"reference": by}}] if by else None,
            "reasonReference": [{"reference": r} for r in reason_ref] if reason_ref else None,
            "dosage": {"text": dose_text},
        })

    # ---------------------------------------------------------- orders, procedures, plans
    def sr(self, code, status, intent, authored, by=None, occurrence=None, cat=None, prio="routine",
           reason=None, reason_ref=None, performer=None, note=None, enc=None, body_site=None, based_on=None,
           occ_period=None, supporting=None):
        return self._add("ServiceRequest", "sr", {
            "basedOn": [{"reference": based_on}] if based_on else None,
            "status": status, "intent": intent, "category": [cat] if cat else None, "priority": prio,
            "code": code, "subject": self.subj, "encounter": {"reference": enc} if enc else None,
            "occurrenceDateTime": occurrence, "occurrencePeriod": occ_period,
            "authoredOn": authored, "requester": {"reference": by} if by else None,
            "performer": [{"reference": p} for p in performer] if performer else None,
            "reasonCode": reason if isinstance(reason, list) else ([reason] if reason else None),
            "reasonReference": [{"reference": r} for r in reason_ref] if reason_ref else None,
            "supportingInfo": [{"reference": r} for r in supporting] if supporting else None,
            "bodySite": [body_site] if body_site else None,
            "note": [{"text": note}] if note else None,
        })

    def proc(self, code, status, date=None, by=None, reason=None, reason_ref=None, note=None, enc=None,
             body_site=None, outcome=None, based_on=None, period=None, category=None, status_reason=None):
        return self._add("Procedure", "proc", {
            "basedOn": [{"reference": based_on}] if based_on else None,
            "status": status, "statusReason": txt(status_reason) if status_reason else None,
            "category": category, "code": code, "subject": self.subj,
            "encounter": {"reference": enc} if enc else None,
            "performedDateTime": date, "performedPeriod": period,
            "performer": [{"actor": {"reference": by}}] if by else None,
            "reasonCode": reason if isinstance(reason, list) else ([reason] if reason else None),
            "reasonReference": [{"reference": r} for r in reason_ref] if reason_ref else None,
            "bodySite": [body_site] if body_site else None,
            "outcome": outcome,
            "note": [{"text": note}] if note else None,
        })

    def careplan(self, title, status, intent, start, cat, desc=None, addresses=None, activities=None,
                 by=None, end=None, note=None, created=None, goals=None):
        acts = []
        for a in activities or []:
            d = {"status": a.get("status", "in-progress")}
            if a.get("code"):
                d["code"] = a["code"]
            if a.get("desc"):
                d["description"] = a["desc"]
            if a.get("kind"):
                d["kind"] = a["kind"]
            acts.append({"detail": d})
        per = {"start": start}
        if end:
            per["end"] = end
        return self._add("CarePlan", "cp", {
            "status": status, "intent": intent, "category": [cat], "title": title, "description": desc,
            "subject": self.subj, "period": per, "created": created or start,
            "author": {"reference": by} if by else None,
            "addresses": [{"reference": r} for r in addresses] if addresses else None,
            "goal": [{"reference": g} for g in goals] if goals else None,
            "activity": acts or None,
            "note": [{"text": note}] if note else None,
        })

    def goal(self, desc, status="active", start=None, addresses=None, note=None):
        return self._add("Goal", "goal", {
            "lifecycleStatus": status, "description": txt(desc), "subject": self.subj, "startDate": start,
            "addresses": [{"reference": r} for r in addresses] if addresses else None,
            "note": [{"text": note}] if note else None,
        })

    # ---------------------------------------------------------- communication, questionnaires, flags, notes
    def comm(self, sent, text, sender, recipient, status="completed", cat=None, about=None, topic=None, medium=None,
             in_response_to=None):
        return self._add("Communication", "comm", {
            "inResponseTo": [{"reference": in_response_to}] if in_response_to else None,
            "status": status, "category": [cat] if cat else None, "medium": [medium] if medium else None,
            "subject": self.subj, "topic": topic,
            "about": [{"reference": a} for a in about] if about else None,
            "sent": self.dt(sent, "19:40") if "T" not in sent else sent,
            "recipient": [{"reference": r} for r in (recipient if isinstance(recipient, list) else [recipient])],
            "sender": {"reference": sender},
            "payload": [{"contentString": text}],
        })

    def qr(self, questionnaire, authored, items, author=None, source=None, status="completed", enc=None):
        """items: list of (linkId, text, answer) where answer is str|int|bool|float|dict(Coding)|None."""
        out = []
        for link, q, a in items:
            it = {"linkId": link, "text": q}
            if a is not None:
                if isinstance(a, bool):
                    ans = {"valueBoolean": a}
                elif isinstance(a, int):
                    ans = {"valueInteger": a}
                elif isinstance(a, float):
                    ans = {"valueDecimal": a}
                elif isinstance(a, dict):
                    ans = {"valueCoding": a}
                else:
                    ans = {"valueString": a}
                it["answer"] = [ans]
            out.append(it)
        return self._add("QuestionnaireResponse", "qr", {
            "questionnaire": questionnaire, "status": status, "subject": self.subj,
            "encounter": {"reference": enc} if enc else None,
            "authored": self.dt(authored, "11:15") if "T" not in authored else authored,
            "author": {"reference": author or self.pat}, "source": {"reference": source or author or self.pat},
            "item": out,
        })

    def flag(self, code, start, author, cat=("clinical", "Clinical"), status="active", end=None, enc=None):
        per = {"start": start}
        if end:
            per["end"] = end
        return self._add("Flag", "flag", {
            "status": status, "category": [cc("flagcat", *cat)], "code": code, "subject": self.subj,
            "period": per, "encounter": {"reference": enc} if enc else None,
            "author": {"reference": author},
        })

    NOTE_TYPES = {
        "progress": ("11506-3", "Progress note"),
        "consult": ("11488-4", "Consult note"),
        "discharge": ("18842-5", "Discharge summary"),
        "referral": ("57133-1", "Referral note"),
        "hp": ("34117-2", "History and physical note"),
        "procedure": ("28570-0", "Procedure note"),
        "operative": ("11504-8", "Surgical operation note"),
        "plan": ("18776-5", "Plan of care note"),
        "nurse": ("34746-8", "Nurse note"),
        "note": ("34109-9", "Note"),
    }

    def note(self, date, kind, title, text, author, enc=None, t="12:00", custodian=None, status="current"):
        code, disp = self.NOTE_TYPES[kind]
        when = self.dt(date, t)
        return self._add("DocumentReference", "doc", {
            "status": status, "docStatus": "final",
            "type": cc("loinc", code, disp, title),
            "category": [txt("Clinical note")],
            "subject": self.subj, "date": when,
            "author": [{"reference": a} for a in (author if isinstance(author, list) else [author])],
            "custodian": {"reference": custodian or self.org},
            "description": title,
            "content": [{"attachment": {"contentType": "text/plain", "language": "en", "data": b64(text.strip() + "\n"),
                                        "title": title, "creation": when}}],
            "context": {"encounter": [{"reference": enc}]} if enc else {"period": {"start": date}},
        })

    def impression(self, date, summary, assessor, status="completed", problems=None, findings=None, enc=None, desc=None,
                   prognosis=None, note=None):
        return self._add("ClinicalImpression", "ci", {
            "status": status, "description": desc, "subject": self.subj,
            "encounter": {"reference": enc} if enc else None,
            "effectiveDateTime": self.dt(date, "15:00"), "date": self.dt(date, "15:00"),
            "assessor": {"reference": assessor},
            "problem": [{"reference": p} for p in problems] if problems else None,
            "summary": summary,
            "finding": [{"itemCodeableConcept": f} for f in findings] if findings else None,
            "prognosisCodeableConcept": [prognosis] if prognosis else None,
            "note": [{"text": note}] if note else None,
        })

    # ---------------------------------------------------------- output
    def bundle(self):
        out = []
        for r in self.entries:
            url = f"{r['resourceType']}/{r['id']}"
            out.append({"fullUrl": f"{self.o['base']}/{url}", "resource": r, "request": {"method": "PUT", "url": url}})
        return {"resourceType": "Bundle", "type": "transaction", "entry": out}


def dumps(obj):
    return json.dumps(obj, indent=2, ensure_ascii=False) + "\n"


# ---------------------------------------------------------------- case registry
CASES = []
CRITERIA = [
    "PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "DIAGNOSIS_SYMPTOM_MISMATCH", "MAJOR_PROCEDURE_PLANNED",
    "UNTREATABLE_PROGNOSIS", "HIGH_IMPACT_TREATMENT", "PATIENT_REPORTED_CONCERN",
    "WORSENING_DESPITE_TREATMENT", "RARE_OR_COMPLEX_CONDITION",
]
ABBR = {"PS": CRITERIA[0], "DSM": CRITERIA[1], "MPP": CRITERIA[2], "UP": CRITERIA[3],
        "HIT": CRITERIA[4], "PRC": CRITERIA[5], "WDT": CRITERIA[6], "RARE": CRITERIA[7]}


def case(key, org, target, kind, expected, why, summary):
    """Register a case builder. target/expected use the short names in ABBR."""
    def deco(fn):
        CASES.append({"key": key, "org": org, "target": ABBR[target], "kind": kind,
                      "expected": [ABBR[x] for x in expected], "why": why, "summary": summary, "build": fn})
        return fn
    return deco
