"""Small builder for FHIR R4 transaction bundles (synthetic records)."""
import base64

SCT = "http://snomed.info/sct"
ICD = "http://hl7.org/fhir/sid/icd-10-cm"
LOINC = "http://loinc.org"
CPT = "http://www.ama-assn.org/go/cpt"
HCPCS = "urn:oid:2.16.840.1.113883.6.285"
RX = "http://www.nlm.nih.gov/research/umls/rxnorm"
UCUM = "http://unitsofmeasure.org"
CVX = "http://hl7.org/fhir/sid/cvx"
NPI = "http://hl7.org/fhir/sid/us-npi"
V3INT = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation"
ACT = "http://terminology.hl7.org/CodeSystem/v3-ActCode"
OBSCAT = "http://terminology.hl7.org/CodeSystem/observation-category"

INTERP_TEXT = {"N": "Normal", "H": "High", "L": "Low", "A": "Abnormal", "HH": "Critical high",
               "LL": "Critical low", "POS": "Positive", "NEG": "Negative"}

ABBR = {"Organization": "org", "Practitioner": "pr", "Encounter": "enc", "Condition": "cond",
        "Observation": "obs", "DiagnosticReport": "dr", "MedicationRequest": "mr",
        "MedicationStatement": "ms", "ServiceRequest": "sr", "Procedure": "proc", "CarePlan": "cp",
        "DocumentReference": "doc", "Coverage": "cov", "QuestionnaireResponse": "qr",
        "Communication": "comm", "Flag": "flag", "ClinicalImpression": "ci",
        "AllergyIntolerance": "alg", "Immunization": "imm", "Appointment": "appt"}


RXING = {
    "acetaminophen": ("161", "acetaminophen"), "albuterol": ("435", "albuterol"), "amlodipine": ("17767", "amlodipine"),
    "anastrozole": ("84857", "anastrozole"), "apixaban": ("1364430", "apixaban"), "atorvastatin": ("83367", "atorvastatin"),
    "bupropion": ("42347", "bupropion"), "buspirone": ("1827", "buspirone"), "carvedilol": ("20352", "carvedilol"),
    "cetirizine": ("20610", "cetirizine"), "chlorthalidone": ("2409", "chlorthalidone"), "cisplatin": ("2555", "cisplatin"),
    "cyclobenzaprine": ("21949", "cyclobenzaprine"), "dapagliflozin": ("1488564", "dapagliflozin"), "diclofenac": ("3355", "diclofenac"),
    "doxycycline": ("3640", "doxycycline"), "duloxetine": ("72625", "duloxetine"), "empagliflozin": ("1545653", "empagliflozin"),
    "escitalopram": ("321988", "escitalopram"), "fluticasone propionate": ("41126", "fluticasone"), "folic acid": ("4511", "folic acid"),
    "gabapentin": ("25480", "gabapentin"), "hydrochlorothiazide": ("5487", "hydrochlorothiazide"),
    "hydroxychloroquine": ("5521", "hydroxychloroquine"), "hydroxyzine": ("5553", "hydroxyzine"), "lactulose": ("6218", "lactulose"),
    "leuprolide": ("42375", "leuprolide"), "levothyroxine": ("10582", "levothyroxine"), "lisinopril": ("29046", "lisinopril"),
    "losartan": ("52175", "losartan"), "meloxicam": ("41493", "meloxicam"), "metformin": ("6809", "metformin"),
    "methotrexate": ("6851", "methotrexate"), "mirtazapine": ("15996", "mirtazapine"), "morphine": ("7052", "morphine"),
    "naproxen": ("7258", "naproxen"), "omeprazole": ("7646", "omeprazole"), "oxycodone": ("7804", "oxycodone"),
    "pantoprazole": ("40790", "pantoprazole"), "prednisone": ("8640", "prednisone"), "rifaximin": ("35619", "rifaximin"),
    "rizatriptan": ("88014", "rizatriptan"), "rosuvastatin": ("301542", "rosuvastatin"), "semaglutide": ("1991302", "semaglutide"),
    "sertraline": ("36437", "sertraline"), "spironolactone": ("9997", "spironolactone"), "sumatriptan": ("37418", "sumatriptan"),
    "tamsulosin": ("77492", "tamsulosin"), "topiramate": ("38404", "topiramate"), "torsemide": ("38413", "torsemide"),
    "tramadol": ("10689", "tramadol"), "trazodone": ("10737", "trazodone"), "valsartan": ("69749", "valsartan"),
    "vedolizumab": ("1538097", "vedolizumab"), "venlafaxine": ("39786", "venlafaxine"), "insulin glargine": ("274783", "insulin glargine"),
    "adalimumab": ("327361", "adalimumab"), "acamprosate": ("82819", "acamprosate"), "methimazole": ("6835", "methimazole"),
    "octreotide": ("7617", "octreotide"), "ursodiol": ("62427", "ursodiol"), "levonorgestrel": ("6373", "levonorgestrel"),
    "aspirin": ("1191", "aspirin"), "furosemide": ("4603", "furosemide"), "tiotropium": ("69120", "tiotropium"),
    "propranolol": ("8787", "propranolol"), "metoprolol": ("6918", "metoprolol"),
}


def rx_coding(text):
    """Ingredient-level RxNorm coding for single-ingredient products; None for combinations/unknown."""
    t = text.lower()
    if " / " in t or " + " in t:
        return None
    hits = [v for k, v in RXING.items() if k in t]
    if len(hits) != 1:
        return None
    return (RX, hits[0][0], hits[0][1])


def cc(*codings, text=None):
    out = {"coding": [{"system": s, "code": c, "display": d} for (s, c, d) in codings]}
    if text:
        out["text"] = text
    elif codings:
        out["text"] = codings[0][2]
    if not codings:
        out = {"text": text}
    return out


class Rec:
    def __init__(self, cid, site):
        self.cid = cid
        self.site = site
        self.entries = []
        self.n = {}
        self.tz = site.get("tz", "-05:00")
        self.org = None
        self.pt = None

    # ---------- infrastructure
    def tzfor(self, d):
        tz = self.tz
        if self.site.get("state") != "AZ" and "03-09" <= d[5:10] < "11-01":
            h = int(tz[1:3]) - 1
            tz = f"-{h:02d}:00"
        return tz

    def dt(self, d, t="09:00"):
        if "T" in d:
            return d
        return f"{d}T{t}:00{self.tzfor(d)}"

    def nid(self, rtype):
        a = ABBR[rtype]
        self.n[a] = self.n.get(a, 0) + 1
        return f"{self.cid}-{a}-{self.n[a]}"

    def add(self, res, rid=None):
        rt = res["resourceType"]
        rid = rid or self.nid(rt)
        r = {"resourceType": rt, "id": rid}
        r.update({k: v for k, v in res.items() if k != "resourceType"})
        self.entries.append({"fullUrl": f"{self.site['base']}/{rt}/{rid}", "resource": r,
                             "request": {"method": "PUT", "url": f"{rt}/{rid}"}})
        return f"{rt}/{rid}"

    def ref(self, r, display=None):
        if r is None:
            return None
        o = {"reference": r}
        if display:
            o["display"] = display
        return o

    def bundle(self):
        return {"resourceType": "Bundle", "type": "transaction", "entry": self.entries}

    @property
    def P(self):
        return {"reference": self.pt}

    # ---------- actors
    def organization(self, name, city, state, npi=None, kind="prov", phone=None, line=None):
        o = {"resourceType": "Organization", "active": True,
             "type": [cc(("http://terminology.hl7.org/CodeSystem/organization-type", kind,
                          {"prov": "Healthcare Provider", "ins": "Insurance Company",
                           "dept": "Hospital Department"}[kind]))],
             "name": name,
             "address": [{"line": [line or "1 Medical Center Drive"], "city": city, "state": state,
                          "country": "US"}]}
        if npi:
            o["identifier"] = [{"system": NPI, "value": npi}]
        if phone:
            o["telecom"] = [{"system": "phone", "value": phone, "use": "work"}]
        return self.add(o)

    def main_org(self):
        s = self.site
        self.org = self.organization(s["name"], s["city"], s["state"], s.get("npi"), phone=s.get("phone"),
                                     line=s.get("line"))
        return self.org

    def practitioner(self, given, family, qual="MD", npi=None, gender=None):
        p = {"resourceType": "Practitioner", "active": True,
             "name": [{"family": family, "given": given.split(), "suffix": [qual]}]}
        if npi:
            p["identifier"] = [{"system": NPI, "value": npi}]
        if gender:
            p["gender"] = gender
        return self.add(p)

    def patient(self, given, family, gender, birth, mrn, line, city, state, zipc, phone,
                marital=("M", "Married"), lang=("en", "English"), gp=None, deceased=None, email=None):
        p = {"resourceType": "Patient",
             "identifier": [{"use": "usual",
                             "type": cc(("http://terminology.hl7.org/CodeSystem/v2-0203", "MR",
                                         "Medical record number")),
                             "system": self.site["mrn"], "value": mrn}],
             "active": True,
             "name": [{"use": "official", "family": family, "given": given.split()}],
             "telecom": [{"system": "phone", "value": phone, "use": "home"}],
             "gender": gender, "birthDate": birth,
             "address": [{"use": "home", "line": [line], "city": city, "state": state,
                          "postalCode": zipc, "country": "US"}],
             "maritalStatus": cc(("http://terminology.hl7.org/CodeSystem/v3-MaritalStatus", marital[0],
                                  marital[1])),
             "communication": [{"language": cc(("urn:ietf:bcp:47", lang[0], lang[1])),
                                "preferred": True}],
             "managingOrganization": {"reference": self.org}}
        if email:
            p["telecom"].append({"system": "email", "value": email})
        if gp:
            p["generalPractitioner"] = [{"reference": gp}]
        self.pt = self.add(p, rid=self.cid)
        return self.pt

    def coverage(self, payer_name, plan, member, ptype=("HIP", "health insurance plan policy"),
                 start="2026-01-01", state=None):
        payer = self.organization(payer_name, self.site["city"], state or self.site["state"], kind="ins")
        c = {"resourceType": "Coverage", "status": "active",
             "type": cc((ACT, ptype[0], ptype[1])),
             "subscriberId": member, "beneficiary": self.P,
             "relationship": cc(("http://terminology.hl7.org/CodeSystem/subscriber-relationship", "self",
                                 "Self")),
             "period": {"start": start},
             "payor": [{"reference": payer}],
             "class": [{"type": cc(("http://terminology.hl7.org/CodeSystem/coverage-class", "plan",
                                    "Plan")), "value": plan.split()[0].upper(), "name": plan}]}
        return self.add(c)

    # ---------- clinical
    def encounter(self, date, cls, type_text, cpt=None, reason=None, reasons=None, prac=None, end=None,
                  status="finished", admit=None, dispo=None, loc_text=None, sct=None, tstart="09:00",
                  tend=None, org=None):
        clsmap = {"AMB": "ambulatory", "EMER": "emergency", "IMP": "inpatient encounter",
                  "VR": "virtual", "HH": "home health", "OBSENC": "observation encounter"}
        codings = []
        if cpt:
            codings.append((CPT, cpt[0], cpt[1]))
        if sct:
            codings.append((SCT, sct[0], sct[1]))
        e = {"resourceType": "Encounter", "status": status,
             "class": {"system": ACT, "code": cls, "display": clsmap[cls]},
             "type": [cc(*codings, text=type_text)],
             "subject": self.P,
             "period": {"start": self.dt(date, tstart)},
             "serviceProvider": {"reference": org or self.org}}
        if status == "finished":
            e["period"]["end"] = self.dt(end or date, tend or ("10:00" if not end else "11:00"))
        if prac:
            e["participant"] = [{"type": [cc(("http://terminology.hl7.org/CodeSystem/v3-ParticipationType",
                                              "ATND" if cls == "IMP" else "PPRF",
                                              "attender" if cls == "IMP" else "primary performer"))],
                                 "individual": {"reference": prac}}]
        if reason:
            e["reasonCode"] = [reason if isinstance(reason, dict) else {"text": reason}]
        if reasons:
            e["reasonReference"] = [{"reference": r} for r in reasons]
        if admit or dispo:
            h = {}
            if admit:
                h["admitSource"] = cc(("http://terminology.hl7.org/CodeSystem/admit-source", admit[0], admit[1]))
            if dispo:
                h["dischargeDisposition"] = cc(("http://terminology.hl7.org/CodeSystem/discharge-disposition",
                                                dispo[0], dispo[1]))
            e["hospitalization"] = h
        if loc_text:
            e["location"] = [{"location": {"display": loc_text}}]
        return self.add(e)

    def condition(self, text, icd=None, sct=None, onset=None, clinical="active", ver="confirmed",
                  cat="problem-list-item", abate=None, recorded=None, enc=None, note=None, recorder=None,
                  severity=None, local=None, stage=None, evidence=None, bodysite=None):
        codings = []
        if sct:
            codings.append((SCT, sct[0], sct[1]))
        if icd:
            codings.append((ICD, icd[0], icd[1]))
        if local:
            codings.append(local)
        c = {"resourceType": "Condition",
             "clinicalStatus": cc(("http://terminology.hl7.org/CodeSystem/condition-clinical", clinical,
                                   clinical.capitalize())),
             "verificationStatus": cc(("http://terminology.hl7.org/CodeSystem/condition-ver-status", ver,
                                       ver.capitalize())),
             "category": [cc(("http://terminology.hl7.org/CodeSystem/condition-category", cat,
                              "Problem List Item" if cat == "problem-list-item" else "Encounter Diagnosis"))],
             "code": cc(*codings, text=text),
             "subject": self.P}
        if severity:
            c["severity"] = cc((SCT, severity[0], severity[1]))
        if bodysite:
            c["bodySite"] = [cc((SCT, bodysite[0], bodysite[1]))]
        if enc:
            c["encounter"] = {"reference": enc}
        if onset:
            c["onsetDateTime"] = onset
        if abate:
            c["abatementDateTime"] = abate
        c["recordedDate"] = recorded or onset
        if recorder:
            c["recorder"] = {"reference": recorder}
        if stage:
            c["stage"] = [{"summary": {"text": stage}}]
        if evidence:
            c["evidence"] = [{"detail": [{"reference": r} for r in evidence]}]
        if note:
            c["note"] = [{"text": note}]
        return self.add(c)

    def _interp(self, value, low, high):
        if value is None or not isinstance(value, (int, float)):
            return None
        if low is not None and value < low:
            return "L"
        if high is not None and value > high:
            return "H"
        return "N"

    def obs(self, code, value=None, unit=None, date=None, low=None, high=None, interp="auto", cat="laboratory",
            enc=None, vcc=None, vstr=None, ucum=None, extra_codes=(), note=None, performer=None, components=None,
            method=None, rr_text=None, status="final", tt="08:30"):
        codes = [code] + list(extra_codes)
        o = {"resourceType": "Observation", "status": status,
             "category": [cc((OBSCAT, cat, {"laboratory": "Laboratory", "vital-signs": "Vital Signs",
                                            "survey": "Survey", "exam": "Exam", "imaging": "Imaging",
                                            "procedure": "Procedure", "social-history": "Social History"}[cat]))],
             "code": cc(*[c if len(c) == 3 else (LOINC, c[0], c[1]) for c in codes]),
             "subject": self.P,
             "effectiveDateTime": self.dt(date, tt)}
        if cat == "laboratory":
            o["issued"] = self.dt(date, "14:05").replace("T14:05:00", "T14:05:00.000")
        if enc:
            o["encounter"] = {"reference": enc}
        if performer:
            o["performer"] = [{"reference": performer}]
        if value is not None:
            q = {"value": value, "unit": unit}
            if unit is not None:
                q["system"] = UCUM
                q["code"] = ucum or unit
            o["valueQuantity"] = q
        elif vcc is not None:
            o["valueCodeableConcept"] = vcc
        elif vstr is not None:
            o["valueString"] = vstr
        if interp == "auto":
            interp = self._interp(value, low, high) if (low is not None or high is not None) else None
        if interp:
            o["interpretation"] = [cc((V3INT, interp, INTERP_TEXT[interp]))]
        if low is not None or high is not None or rr_text:
            rr = {}
            if low is not None:
                rr["low"] = {"value": low, "unit": unit, "system": UCUM, "code": ucum or unit}
            if high is not None:
                rr["high"] = {"value": high, "unit": unit, "system": UCUM, "code": ucum or unit}
            if rr_text:
                rr["text"] = rr_text
            o["referenceRange"] = [rr]
        if method:
            o["method"] = {"text": method}
        if components:
            o["component"] = components
        if note:
            o["note"] = [{"text": note}]
        return self.add(o)

    def score(self, code, value, date, enc=None, note=None, unit="{score}"):
        """Survey instrument score. code: (system, code, display) or (loinc, display)."""
        return self.obs(code, value, unit, date, cat="survey", enc=enc, interp=None, note=note, ucum=unit)

    def vitals(self, date, enc=None, sbp=None, dbp=None, hr=None, wt=None, ht=None, temp=None, spo2=None,
               rr=None, t="09:10"):
        out = []
        if sbp is not None:
            out.append(self.obs(("85354-9", "Blood pressure panel with all children optional"), date=date,
                                cat="vital-signs", enc=enc, tt=t, interp=None,
                                components=[
                                    {"code": cc((LOINC, "8480-6", "Systolic blood pressure")),
                                     "valueQuantity": {"value": sbp, "unit": "mmHg", "system": UCUM,
                                                       "code": "mm[Hg]"}},
                                    {"code": cc((LOINC, "8462-4", "Diastolic blood pressure")),
                                     "valueQuantity": {"value": dbp, "unit": "mmHg", "system": UCUM,
                                                       "code": "mm[Hg]"}}]))
        if hr is not None:
            out.append(self.obs(("8867-4", "Heart rate"), hr, "/min", date, cat="vital-signs", enc=enc, tt=t,
                                interp=None))
        if wt is not None:
            out.append(self.obs(("29463-7", "Body weight"), wt, "kg", date, cat="vital-signs", enc=enc, tt=t,
                                interp=None))
        if ht is not None:
            out.append(self.obs(("8302-2", "Body height"), ht, "cm", date, cat="vital-signs", enc=enc, tt=t,
                                interp=None))
            if wt is not None and self.site.get("bmi", True) and len(self.entries) < 30:
                bmi = round(wt / ((ht / 100) ** 2), 1)
                out.append(self.obs(("39156-5", "Body mass index (BMI) [Ratio]"), bmi, "kg/m2", date,
                                    cat="vital-signs", enc=enc, tt=t, interp=None))
        if temp is not None:
            out.append(self.obs(("8310-5", "Body temperature"), temp, "Cel", date, cat="vital-signs", enc=enc,
                                tt=t, interp=None))
        if spo2 is not None:
            out.append(self.obs(("59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry"), spo2, "%",
                                date, cat="vital-signs", enc=enc, tt=t, interp=None))
        if rr is not None:
            out.append(self.obs(("9279-1", "Respiratory rate"), rr, "/min", date, cat="vital-signs", enc=enc,
                                tt=t, interp=None))
        return out

    def report(self, code, date, results, enc=None, cat=("LAB", "Laboratory"), conclusion=None, performer=None,
               status="final", conclusion_code=None):
        """results: list of dicts passed to obs() or existing refs (str)."""
        refs = []
        for r in results:
            if isinstance(r, str):
                refs.append(r)
            else:
                kw = dict(r)
                kw.setdefault("date", date)
                kw.setdefault("enc", enc)
                refs.append(self.obs(**kw))
        d = {"resourceType": "DiagnosticReport", "status": status,
             "category": [cc(("http://terminology.hl7.org/CodeSystem/v2-0074", cat[0], cat[1]))],
             "code": cc(code if len(code) == 3 else (LOINC, code[0], code[1])),
             "subject": self.P,
             "effectiveDateTime": self.dt(date, "08:30"),
             "issued": self.dt(date, "15:00").replace("T15:00:00", "T15:00:00.000"),
             "performer": [{"reference": performer or self.org}],
             "result": [{"reference": r} for r in refs]}
        if enc:
            d["encounter"] = {"reference": enc}
        if conclusion:
            d["conclusion"] = conclusion
        if conclusion_code:
            d["conclusionCode"] = [conclusion_code]
        return self.add(d)

    def med(self, text, rx=None, status="active", intent="order", authored=None, dose=None, reasons=None,
            requester=None, enc=None, end=None, note=None, local=None, category="outpatient", hcpcs=None):
        codings = []
        rxc = rx_coding(text)
        if rxc:
            codings.append(rxc)
        if hcpcs:
            codings.append((HCPCS, hcpcs[0], hcpcs[1]))
        if local:
            codings.append(local)
        m = {"resourceType": "MedicationRequest", "status": status, "intent": intent,
             "category": [cc(("http://terminology.hl7.org/CodeSystem/medicationrequest-category", category,
                              {"outpatient": "Outpatient", "inpatient": "Inpatient",
                               "community": "Community"}[category]))],
             "medicationCodeableConcept": cc(*codings, text=text),
             "subject": self.P, "authoredOn": authored}
        if enc:
            m["encounter"] = {"reference": enc}
        if requester:
            m["requester"] = {"reference": requester}
        if reasons:
            m["reasonReference"] = [{"reference": r} for r in reasons]
        if dose:
            m["dosageInstruction"] = [{"text": dose}]
        if end:
            m["dispenseRequest"] = {"validityPeriod": {"start": authored[:10], "end": end}}
        if note:
            m["note"] = [{"text": note}]
        return self.add(m)

    def medstmt(self, text, rx=None, status="active", start=None, end=None, reasons=None, note=None, dose=None,
                asserted=None):
        rxc = rx_coding(text)
        codings = [rxc] if rxc else []
        m = {"resourceType": "MedicationStatement", "status": status,
             "medicationCodeableConcept": cc(*codings, text=text), "subject": self.P}
        if start or end:
            m["effectivePeriod"] = {k: v for k, v in (("start", start), ("end", end)) if v}
        if asserted:
            m["dateAsserted"] = asserted
        if reasons:
            m["reasonReference"] = [{"reference": r} for r in reasons]
        if dose:
            m["dosage"] = [{"text": dose}]
        if note:
            m["note"] = [{"text": note}]
        return self.add(m)

    def service_request(self, text, codings=(), status="active", intent="order", authored=None, occurrence=None,
                        reasons=None, requester=None, performer=None, category=None, note=None, priority="routine",
                        enc=None, reason_text=None, occ_period=None):
        s = {"resourceType": "ServiceRequest", "status": status, "intent": intent, "priority": priority,
             "code": cc(*codings, text=text), "subject": self.P, "authoredOn": authored}
        if category:
            s["category"] = [cc((SCT, category[0], category[1]))]
        if occurrence:
            s["occurrenceDateTime"] = occurrence
        if occ_period:
            s["occurrencePeriod"] = occ_period
        if enc:
            s["encounter"] = {"reference": enc}
        if requester:
            s["requester"] = {"reference": requester}
        if performer:
            s["performer"] = [{"reference": performer}] if isinstance(performer, str) else [performer]
        if reasons:
            s["reasonReference"] = [{"reference": r} for r in reasons]
        if reason_text:
            s["reasonCode"] = [{"text": reason_text}]
        if note:
            s["note"] = [{"text": note}]
        return self.add(s)

    def procedure(self, text, codings=(), status="completed", date=None, period=None, reasons=None, performer=None,
                  enc=None, note=None, outcome=None, based_on=None, body=None, reason_text=None):
        p = {"resourceType": "Procedure", "status": status, "code": cc(*codings, text=text), "subject": self.P}
        if based_on:
            p["basedOn"] = [{"reference": based_on}]
        if date:
            p["performedDateTime"] = date
        if period:
            p["performedPeriod"] = period
        if enc:
            p["encounter"] = {"reference": enc}
        if performer:
            p["performer"] = [{"actor": {"reference": performer}}]
        if reasons:
            p["reasonReference"] = [{"reference": r} for r in reasons]
        if reason_text:
            p["reasonCode"] = [{"text": reason_text}]
        if body:
            p["bodySite"] = [cc((SCT, body[0], body[1]))]
        if outcome:
            p["outcome"] = {"text": outcome}
        if note:
            p["note"] = [{"text": note}]
        return self.add(p)

    def careplan(self, title, desc, category, status="active", intent="plan", start=None, end=None, addresses=None,
                 author=None, activities=None, created=None):
        c = {"resourceType": "CarePlan", "status": status, "intent": intent,
             "category": [category if isinstance(category, dict) else cc(category)],
             "title": title, "description": desc, "subject": self.P,
             "period": {k: v for k, v in (("start", start), ("end", end)) if v},
             "created": created or start}
        if author:
            c["author"] = {"reference": author}
        if addresses:
            c["addresses"] = [{"reference": r} for r in addresses]
        if activities:
            c["activity"] = [{"detail": {"status": st, "description": d}} for (d, st) in activities]
        return self.add(c)

    def note(self, text, date, loinc=("11506-3", "Progress note"), author=None, enc=None, title=None,
             custodian=None, t="16:30"):
        data = base64.b64encode(text.strip().encode("utf-8")).decode("ascii")
        d = {"resourceType": "DocumentReference", "status": "current", "docStatus": "final",
             "type": cc((LOINC, loinc[0], loinc[1])),
             "category": [cc(("http://hl7.org/fhir/us/core/CodeSystem/us-core-documentreference-category",
                              "clinical-note", "Clinical Note"))],
             "subject": self.P, "date": self.dt(date, t),
             "custodian": {"reference": custodian or self.org},
             "content": [{"attachment": {"contentType": "text/plain", "language": "en-US", "data": data,
                                         "title": title or loinc[1], "creation": self.dt(date, t)}}]}
        if author:
            d["author"] = [{"reference": author}]
        if enc:
            d["context"] = {"encounter": [{"reference": enc}], "period": {"start": self.dt(date, t)}}
        return self.add(d)

    def allergy(self, text, sct=None, rx=None, reaction=None, recorded="2019-03-01", crit="low"):
        codings = []
        if rx:
            codings.append((RX, rx, text))
        if sct:
            codings.append((SCT, sct[0], sct[1]))
        a = {"resourceType": "AllergyIntolerance",
             "clinicalStatus": cc(("http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical", "active",
                                   "Active")),
             "verificationStatus": cc(("http://terminology.hl7.org/CodeSystem/allergyintolerance-verification",
                                       "confirmed", "Confirmed")),
             "type": "allergy", "category": ["medication"], "criticality": crit,
             "code": cc(*codings, text=text), "patient": self.P, "recordedDate": recorded}
        if reaction:
            a["reaction"] = [{"manifestation": [{"text": reaction}]}]
        return self.add(a)

    def immunization(self, cvx, text, date, lot="UJ482AA"):
        i = {"resourceType": "Immunization", "status": "completed",
             "vaccineCode": cc((CVX, cvx, text)), "patient": self.P,
             "occurrenceDateTime": self.dt(date, "10:15"), "primarySource": True, "lotNumber": lot}
        return self.add(i)

    def qr(self, questionnaire, authored, items, author_patient=True, enc=None, status="completed"):
        q = {"resourceType": "QuestionnaireResponse", "questionnaire": questionnaire, "status": status,
             "subject": self.P, "authored": self.dt(authored, "19:42"), "item": items}
        if author_patient:
            q["author"] = self.P
            q["source"] = self.P
        if enc:
            q["encounter"] = {"reference": enc}
        return self.add(q)

    def communication(self, text, sent, sender, recipient, status="completed", category=None, topic=None,
                      about=None, in_response_to=None, medium=None):
        c = {"resourceType": "Communication", "status": status, "subject": self.P,
             "sent": self.dt(sent, "21:17"), "sender": {"reference": sender},
             "recipient": [{"reference": recipient}], "payload": [{"contentString": text}]}
        if category:
            c["category"] = [category]
        if topic:
            c["topic"] = {"text": topic}
        if about:
            c["about"] = [{"reference": a} for a in about]
        if in_response_to:
            c["inResponseTo"] = [{"reference": in_response_to}]
        if medium:
            c["medium"] = [medium]
        return self.add(c)

    def flag(self, text, start, author, category=("admin", "Administrative"), status="active", codings=()):
        f = {"resourceType": "Flag", "status": status,
             "category": [cc(("http://terminology.hl7.org/CodeSystem/flag-category", category[0], category[1]))],
             "code": cc(*codings, text=text), "subject": self.P, "period": {"start": self.dt(start, "20:05")},
             "author": {"reference": author}}
        return self.add(f)

    def impression(self, date, summary, assessor=None, problems=None, enc=None, findings=None, status="completed",
                   description=None):
        c = {"resourceType": "ClinicalImpression", "status": status, "subject": self.P,
             "date": self.dt(date, "17:00"), "effectiveDateTime": self.dt(date, "17:00"), "summary": summary}
        if description:
            c["description"] = description
        if assessor:
            c["assessor"] = {"reference": assessor}
        if enc:
            c["encounter"] = {"reference": enc}
        if problems:
            c["problem"] = [{"reference": p} for p in problems]
        if findings:
            c["finding"] = [{"itemCodeableConcept": f} if isinstance(f, dict) else {"itemReference": {"reference": f}}
                            for f in findings]
        return self.add(c)


# ---------- common lab panels (values dict -> results list)
def cbc(hgb, wct=6.8, plt=245, mcv=None, hct=None, sex="F", extra=()):
    lo, hi = (12.0, 15.5) if sex == "F" else (13.5, 17.5)
    hct = hct or round(hgb * 3, 1)
    hlo, hhi = (35.5, 44.9) if sex == "F" else (38.3, 48.6)
    r = [dict(code=("6690-2", "Leukocytes [#/volume] in Blood by Automated count"), value=wct, unit="10*3/uL",
              low=3.4, high=10.8),
         dict(code=("718-7", "Hemoglobin [Mass/volume] in Blood"), value=hgb, unit="g/dL", low=lo, high=hi)]
    if mcv is not None:
        r.append(dict(code=("787-2", "MCV [Entitic volume] by Automated count"), value=mcv, unit="fL", low=80, high=100))
    r.append(dict(code=("777-3", "Platelets [#/volume] in Blood by Automated count"), value=plt, unit="10*3/uL",
                  low=150, high=400))
    return r + list(extra)


def bmp(na=139, k=4.2, cl=103, co2=25, bun=14, cr=0.9, glu=92, ca=9.4, egfr=None, extra=(), full=False):
    r = [dict(code=("2951-2", "Sodium [Moles/volume] in Serum or Plasma"), value=na, unit="mmol/L", ucum="mmol/L",
              low=135, high=145),
         dict(code=("2823-3", "Potassium [Moles/volume] in Serum or Plasma"), value=k, unit="mmol/L", low=3.5,
              high=5.1),
         dict(code=("2075-0", "Chloride [Moles/volume] in Serum or Plasma"), value=cl, unit="mmol/L", low=98,
              high=107),
         dict(code=("2028-9", "Carbon dioxide, total [Moles/volume] in Serum or Plasma"), value=co2, unit="mmol/L",
              low=22, high=29),
         dict(code=("3094-0", "Urea nitrogen [Mass/volume] in Serum or Plasma"), value=bun, unit="mg/dL", low=7,
              high=20),
         dict(code=("2160-0", "Creatinine [Mass/volume] in Serum or Plasma"), value=cr, unit="mg/dL", low=0.57,
              high=1.25),
         dict(code=("2345-7", "Glucose [Mass/volume] in Serum or Plasma"), value=glu, unit="mg/dL", low=70,
              high=99),
         dict(code=("17861-6", "Calcium [Mass/volume] in Serum or Plasma"), value=ca, unit="mg/dL", low=8.6,
              high=10.3)]
    if not full:
        r = [r[0], r[1], r[4], r[5], r[6]]
    if egfr is not None:
        r.append(dict(code=("98979-8", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in "
                                       "Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI 2021)"),
                      value=egfr, unit="mL/min/1.73m2", ucum="mL/min/{1.73_m2}", low=60, high=None))
    return r + list(extra)


def hepatic(alt=22, ast=24, alp=78, tbil=0.6, alb=4.2, extra=(), short=False):
    if short:
        return [dict(code=("1742-6", "Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma"),
                     value=alt, unit="U/L", low=7, high=52),
                dict(code=("6768-6", "Alkaline phosphatase [Enzymatic activity/volume] in Serum or Plasma"),
                     value=alp, unit="U/L", low=34, high=104),
                dict(code=("1975-2", "Bilirubin.total [Mass/volume] in Serum or Plasma"), value=tbil, unit="mg/dL",
                     low=0.2, high=1.2)] + list(extra)
    return [dict(code=("1742-6", "Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma"),
                 value=alt, unit="U/L", low=7, high=52),
            dict(code=("1920-8", "Aspartate aminotransferase [Enzymatic activity/volume] in Serum or Plasma"),
                 value=ast, unit="U/L", low=13, high=39),
            dict(code=("6768-6", "Alkaline phosphatase [Enzymatic activity/volume] in Serum or Plasma"),
                 value=alp, unit="U/L", low=34, high=104),
            dict(code=("1975-2", "Bilirubin.total [Mass/volume] in Serum or Plasma"), value=tbil, unit="mg/dL",
                 low=0.2, high=1.2),
            dict(code=("1751-7", "Albumin [Mass/volume] in Serum or Plasma"), value=alb, unit="g/dL", low=3.5,
                 high=5.0)] + list(extra)


def tsh(v):
    return dict(code=("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma"), value=v, unit="m[IU]/L",
                low=0.45, high=4.5)


def a1c(v):
    return dict(code=("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood"), value=v, unit="%", low=4.0, high=5.6)


def lipids(tc=182, ldl=104, hdl=52, tg=130):
    return [dict(code=("2093-3", "Cholesterol [Mass/volume] in Serum or Plasma"), value=tc, unit="mg/dL", high=199,
                 low=None),
            dict(code=("2571-8", "Triglyceride [Mass/volume] in Serum or Plasma"), value=tg, unit="mg/dL",
                 high=149, low=None),
            dict(code=("2085-9", "Cholesterol in HDL [Mass/volume] in Serum or Plasma"), value=hdl, unit="mg/dL",
                 low=40, high=None),
            dict(code=("13457-7", "Cholesterol in LDL [Mass/volume] in Serum or Plasma by calculation"), value=ldl,
                 unit="mg/dL", high=99, low=None)]


def yesno(yes=True):
    return {"valueCoding": {"system": LOINC, "code": "LA33-6" if yes else "LA32-8", "display": "Yes" if yes else "No"}}
