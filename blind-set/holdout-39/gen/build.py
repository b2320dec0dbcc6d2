#!/usr/bin/env python3
"""Generate the blind-39 evaluation set: 40 synthetic FHIR R4 transaction bundles + expectations.json.

python3 gen/build.py   (from <this set> or anywhere)
"""
import base64, json, os, random

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ANCHOR = "2026-12-01"

SYS = {
    "sct": "http://snomed.info/sct", "ln": "http://loinc.org", "icdse": "urn:oid:1.2.752.116.1.1.1.1.3",
    "kva": "urn:oid:1.2.752.116.1.3.2.1.4", "npu": "http://npu-terminology.org", "atc": "http://www.whocc.no/atc",
    "cm": "http://hl7.org/fhir/sid/icd-10-cm", "rx": "http://www.nlm.nih.gov/research/umls/rxnorm",
    "cpt": "http://www.ama-assn.org/go/cpt", "hcpcs": "http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets",
    "cvx": "http://hl7.org/fhir/sid/cvx",
    "se-lab": "https://fhir.norrvik.example.se/CodeSystem/lab-analyskod",
    "se-local": "https://fhir.norrvik.example.se/CodeSystem/lokala-koder",
    "rk": "https://fhir.riverbendkidney.example.org/CodeSystem/local-measures",
    "cv": "https://ehr.cedarvascular.example.com/CodeSystem/wound-vascular",
    "mc": "https://fhir.larkfieldmemory.example.org/CodeSystem/clinic-codes",
}
UCUM = "http://unitsofmeasure.org"
INTERP = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation"
ACT = "http://terminology.hl7.org/CodeSystem/v3-ActCode"


def C(sys, code, disp=None, text=None):
    cod = {"system": SYS[sys], "code": code}
    if disp:
        cod["display"] = disp
    cc = {"coding": [cod]}
    if text or disp:
        cc["text"] = text or disp
    return cc


def CC(*codings, text=None):
    cc = {"coding": [c["coding"][0] for c in codings]}
    cc["text"] = text or codings[0].get("text")
    return cc


def T(text):
    return {"text": text}


# ---------------------------------------------------------------- organisations
ORGS = {
    "se": dict(base="https://fhir.norrvik.example.se/fhir", name="Länssjukhuset Norrvik",
               alias="Region Norrvik, Länssjukhuset", city="Norrvik", country="SE", lang="sv",
               payer="Region Norrvik (offentligt finansierad vård)",
               idsys="urn:oid:1.2.752.129.2.1.3.1",
               staff=[("Karin", "Lindqvist", "Överläkare, internmedicin"), ("Johan", "Bergström", "Specialistläkare"),
                      ("Maria", "Nyström", "Distriktsläkare, Vårdcentralen Norrvik"), ("Erik", "Sandberg", "Överläkare, kirurgi")]),
    "rk": dict(base="https://fhir.riverbendkidney.example.org/fhir", name="Riverbend Kidney Care Network",
               alias="Riverbend Dialysis & Transplant", city="Dayton", country="US", lang="en",
               payer="Medicare Part A/B (ESRD entitlement)", idsys="https://fhir.riverbendkidney.example.org/mrn",
               staff=[("Priya", "Raman", "Nephrologist"), ("Thomas", "Okafor", "Transplant nephrologist"),
                      ("Linda", "Hurst", "Dialysis nurse manager"), ("Samuel", "Greer", "Vascular access surgeon")]),
    "cv": dict(base="https://ehr.cedarvascular.example.com/fhir/R4", name="Cedar Vascular & Wound Center",
               alias="Cedar VWC", city="Lexington", country="US", lang="en",
               payer="BlueRiver Health Plan (commercial PPO)", idsys="https://ehr.cedarvascular.example.com/mrn",
               staff=[("Daniel", "Whitfield", "Vascular surgeon"), ("Aisha", "Mensah", "Wound care nurse practitioner"),
                      ("Robert", "Klein", "Podiatrist"), ("Helen", "Cho", "Hyperbaric medicine physician")]),
    "mc": dict(base="https://fhir.larkfieldmemory.example.org/fhir", name="Larkfield Geriatric Memory Clinic",
               alias="Larkfield Memory", city="Columbus", country="US", lang="en",
               payer="Medicare Advantage (Buckeye Senior Plan)", idsys="https://fhir.larkfieldmemory.example.org/mrn",
               staff=[("Margaret", "Doyle", "Geriatrician"), ("Victor", "Alvarez", "Old-age psychiatrist"),
                      ("Nora", "Feld", "Clinical neuropsychologist"), ("Grace", "Ibe", "Clinical pharmacist")]),
}


class B:
    """Bundle builder for one case."""

    def __init__(self, cid, org):
        self.cid, self.o, self.ok = cid, ORGS[org], org
        self.entries, self.n = [], {}
        self.pat = "Patient/" + cid

    def add(self, rt, body, suffix=None):
        if suffix is None:
            k = rt.lower()[:4]
            self.n[k] = self.n.get(k, 0) + 1
            suffix = f"{k}{self.n[k]}"
        rid = self.cid if rt == "Patient" else f"{self.cid}-{suffix}"
        res = {"resourceType": rt, "id": rid}
        res.update(body)
        self.entries.append({"fullUrl": f"{self.o['base']}/{rt}/{rid}", "resource": res,
                             "request": {"method": "PUT", "url": f"{rt}/{rid}"}})
        return f"{rt}/{rid}"

    # ---- administrative background
    def setup(self, given, family, gender, birth, ident, phone=None, marital=None, extra_pract=()):
        o = self.o
        addr = {"city": o["city"], "country": o["country"]}
        self.org = self.add("Organization", {"active": True, "name": o["name"], "alias": [o["alias"]],
                                             "type": [C("sct", "22232009", "Hospital") if self.ok == "se" else
                                                      T("Specialty outpatient provider")],
                                             "address": [addr]}, "org")
        self.payer = self.add("Organization", {"active": True, "name": o["payer"],
                                               "type": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/organization-type",
                                                                      "code": "pay" if self.ok != "se" else "govt",
                                                                      "display": "Payer" if self.ok != "se" else "Government"}]}]},
                              "payer")
        self.pr = []
        for i, (g, f, role) in enumerate(o["staff"][:2] + list(extra_pract)):
            self.pr.append(self.add("Practitioner", {"active": True, "name": [{"family": f, "given": [g], "text": f"{g} {f}"}],
                                                     "qualification": [{"code": T(role)}]}, f"pr{i+1}"))
        pat = {"identifier": [{"system": o["idsys"], "value": ident}], "active": True,
               "name": [{"use": "official", "family": family, "given": [given]}], "gender": gender,
               "birthDate": birth, "address": [addr], "managingOrganization": {"reference": self.org},
               "generalPractitioner": [{"reference": self.pr[0]}]}
        if phone:
            pat["telecom"] = [{"system": "phone", "value": phone, "use": "home"}]
        if marital:
            pat["maritalStatus"] = {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v3-MaritalStatus", "code": marital}]}
        pat["communication"] = [{"language": {"coding": [{"system": "urn:ietf:bcp:47", "code": "sv" if self.ok == "se" else "en"}]},
                                 "preferred": True}]
        self.add("Patient", pat)
        self.add("Coverage", {"status": "active", "beneficiary": {"reference": self.pat},
                              "type": T("Regional public health care" if self.ok == "se" else "Medical insurance"),
                              "relationship": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/subscriber-relationship", "code": "self"}]},
                              "payor": [{"reference": self.payer}]}, "cov")
        return self

    def P(self, i=0):
        return {"reference": self.pr[i]}

    def pract(self, given, family, role, org_name=None):
        body = {"active": True, "name": [{"family": family, "given": [given], "text": f"{given} {family}"}],
                "qualification": [{"code": T(role + (f", {org_name}" if org_name else ""))}]}
        r = self.add("Practitioner", body, f"pr{len(self.pr)+1}")
        self.pr.append(r)
        return len(self.pr) - 1

    # ---- clinical resources
    def enc(self, date, typ, cls="AMB", end=None, status="finished", reason=None, pr=0, admit=None, note=None, dx=None):
        names = {"AMB": "ambulatory", "IMP": "inpatient encounter", "EMER": "emergency", "VR": "virtual", "HH": "home health"}
        body = {"status": status, "class": {"system": ACT, "code": cls, "display": names[cls]},
                "type": [typ if isinstance(typ, dict) else T(typ)], "subject": {"reference": self.pat},
                "participant": [{"individual": self.P(pr)}], "period": {"start": date},
                "serviceProvider": {"reference": self.org}}
        if status == "finished":
            body["period"]["end"] = end or date
        if reason:
            body["reasonCode"] = [reason if isinstance(reason, dict) else T(reason)]
        if admit:
            body["hospitalization"] = {"admitSource": T(admit)}
        if dx:
            body["diagnosis"] = [{"condition": {"reference": d}} for d in dx]
        return self.add("Encounter", body)

    def cond(self, code, onset, status="active", abate=None, cat="problem-list-item", ver="confirmed", note=None,
             enc=None, recorded=None, severity=None, pr=0):
        body = {"clinicalStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-clinical", "code": status}]},
                "verificationStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-ver-status", "code": ver}]},
                "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-category", "code": cat}]}],
                "code": code if isinstance(code, dict) else T(code), "subject": {"reference": self.pat}}
        if severity:
            body["severity"] = T(severity)
        if enc:
            body["encounter"] = {"reference": enc}
        if onset:
            body["onsetDateTime"] = onset
        if abate:
            body["abatementDateTime"] = abate
        body["recordedDate"] = recorded or onset or "2026-01-01"
        body["recorder"] = self.P(pr)
        if note:
            body["note"] = [{"text": note}]
        return self.add("Condition", body)

    def obs(self, code, date, value=None, unit=None, ucum=None, lo=None, hi=None, interp="auto", cat="laboratory",
            enc=None, note=None, ref_text=None, comps=None, status="final", method=None, body_site=None):
        body = {"status": status,
                "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/observation-category", "code": cat}]}],
                "code": code if isinstance(code, dict) else T(code), "subject": {"reference": self.pat},
                "effectiveDateTime": date, "performer": [self.P(0) if cat != "laboratory" else {"reference": self.org}]}
        if enc:
            body["encounter"] = {"reference": enc}
        if isinstance(value, bool):
            raise ValueError
        if isinstance(value, (int, float)) and unit is not None:
            body["valueQuantity"] = {"value": value, "unit": unit, "system": UCUM, "code": ucum or unit}
        elif isinstance(value, int):
            body["valueInteger"] = value
        elif isinstance(value, str):
            body["valueString"] = value
        elif isinstance(value, dict):
            body["valueCodeableConcept"] = value
        if lo is not None or hi is not None or ref_text:
            rr = {}
            if lo is not None:
                rr["low"] = {"value": lo, "unit": unit, "system": UCUM, "code": ucum or unit}
            if hi is not None:
                rr["high"] = {"value": hi, "unit": unit, "system": UCUM, "code": ucum or unit}
            if ref_text:
                rr["text"] = ref_text
            body["referenceRange"] = [rr]
        if interp == "auto":
            interp = None
            if isinstance(value, (int, float)) and (lo is not None or hi is not None):
                interp = "L" if lo is not None and value < lo else "H" if hi is not None and value > hi else "N"
        if interp:
            disp = {"N": "Normal", "H": "High", "L": "Low", "A": "Abnormal", "HH": "Critical high", "LL": "Critical low",
                    "POS": "Positive", "NEG": "Negative"}[interp]
            body["interpretation"] = [{"coding": [{"system": INTERP, "code": interp, "display": disp}]}]
        if comps:
            body["component"] = comps
        if method:
            body["method"] = T(method)
        if body_site:
            body["bodySite"] = body_site
        if note:
            body["note"] = [{"text": note}]
        return self.add("Observation", body)

    def bp(self, date, sys_, dia, enc=None):
        comps = [{"code": C("ln", "8480-6", "Systolic blood pressure"),
                  "valueQuantity": {"value": sys_, "unit": "mmHg", "system": UCUM, "code": "mm[Hg]"}},
                 {"code": C("ln", "8462-4", "Diastolic blood pressure"),
                  "valueQuantity": {"value": dia, "unit": "mmHg", "system": UCUM, "code": "mm[Hg]"}}]
        return self.obs(C("ln", "85354-9", "Blood pressure panel with all children optional"), date, cat="vital-signs",
                        enc=enc, comps=comps, interp=None)

    def vit(self, date, sys_, dia, hr=None, wt=None, enc=None):
        self.bp(date, sys_, dia, enc)
        if hr:
            self.obs(C("ln", "8867-4", "Heart rate"), date, hr, "beats/min", "/min", cat="vital-signs", enc=enc, interp=None)
        if wt:
            self.obs(C("ln", "29463-7", "Body weight"), date, wt, "kg", cat="vital-signs", enc=enc, interp=None)

    def score(self, code, date, value, note=None, enc=None, interp=None):
        return self.obs(code, date, value, cat="survey", note=note, enc=enc, interp=interp)

    def med(self, code, start, status="active", dose=None, reason=None, kind="MedicationRequest", end=None, note=None, pr=0):
        body = {"status": status, "medicationCodeableConcept": code, "subject": {"reference": self.pat}}
        if kind == "MedicationRequest":
            body.update({"intent": "order", "authoredOn": start, "requester": self.P(pr)})
            if end:
                body["dispenseRequest"] = {"validityPeriod": {"start": start, "end": end}}
        elif kind == "MedicationStatement":
            body["effectivePeriod"] = {"start": start, **({"end": end} if end else {})}
            body["dateAsserted"] = end or start
        if dose:
            body["dosage" if kind == "MedicationStatement" else "dosageInstruction"] = [{"text": dose}]
        if reason:
            if isinstance(reason, str) and reason.split("/")[0] in ("Condition", "Observation") and reason.startswith(self.cid, len(reason.split("/")[0]) + 1):
                body["reasonReference"] = [{"reference": reason}]
            else:
                body["reasonCode"] = [reason if isinstance(reason, dict) else T(reason)]
        if note:
            body["note"] = [{"text": note}]
        return self.add(kind, body)

    def madmin(self, code, date, dose_text, qty=None, unit=None, status="completed", reason=None):
        body = {"status": status, "medicationCodeableConcept": code, "subject": {"reference": self.pat},
                "effectiveDateTime": date, "performer": [{"actor": self.P(0)}], "dosage": {"text": dose_text}}
        if qty is not None:
            body["dosage"]["dose"] = {"value": qty, "unit": unit, "system": UCUM, "code": unit}
        if reason:
            body["reasonReference"] = [{"reference": reason}]
        return self.add("MedicationAdministration", body)

    def note(self, date, title, text, typ=("11506-3", "Progress note"), enc=None, pr=0, author_patient=False):
        body = {"status": "current", "docStatus": "final", "type": C("ln", typ[0], typ[1]),
                "category": [T("Clinical note")], "subject": {"reference": self.pat},
                "date": date + "T10:30:00+01:00" if self.ok == "se" else date + "T10:30:00-05:00",
                "author": [{"reference": self.pat} if author_patient else self.P(pr)], "description": title,
                "content": [{"attachment": {"contentType": "text/plain", "language": "sv" if self.ok == "se" and not text.startswith("EN:") else "en",
                                            "data": base64.b64encode(text.encode("utf-8")).decode("ascii"),
                                            "title": title, "creation": date}}]}
        if self.ok == "se":
            body["content"][0]["attachment"]["language"] = "sv"
        if enc:
            body["context"] = {"encounter": [{"reference": enc}]}
        return self.add("DocumentReference", body)

    def sr(self, code, authored, status="active", intent="order", occ=None, reason=None, reason_ref=None, pr=0,
           performer=None, note=None, cat=None, priority=None):
        body = {"status": status, "intent": intent, "code": code if isinstance(code, dict) else T(code),
                "subject": {"reference": self.pat}, "authoredOn": authored, "requester": self.P(pr)}
        if cat:
            body["category"] = [cat if isinstance(cat, dict) else T(cat)]
        if priority:
            body["priority"] = priority
        if occ:
            body["occurrenceDateTime"] = occ
        if performer is not None:
            body["performer"] = [self.P(performer)]
        if reason:
            body["reasonCode"] = [reason if isinstance(reason, dict) else T(reason)]
        if reason_ref:
            body["reasonReference"] = [{"reference": r} for r in reason_ref]
        if note:
            body["note"] = [{"text": note}]
        return self.add("ServiceRequest", body)

    def proc(self, code, status, date=None, reason_ref=None, note=None, pr=0, outcome=None, enc=None, reason=None):
        body = {"status": status, "code": code if isinstance(code, dict) else T(code), "subject": {"reference": self.pat},
                "performer": [{"actor": self.P(pr)}]}
        if date:
            body["performedDateTime"] = date
        if enc:
            body["encounter"] = {"reference": enc}
        if reason:
            body["reasonCode"] = [reason if isinstance(reason, dict) else T(reason)]
        if reason_ref:
            body["reasonReference"] = [{"reference": r} for r in reason_ref]
        if outcome:
            body["outcome"] = T(outcome)
        if note:
            body["note"] = [{"text": note}]
        return self.add("Procedure", body)

    def dr(self, code, date, conclusion, results=(), status="final", cat="RAD", conc_code=None):
        body = {"status": status, "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0074", "code": cat}]}],
                "code": code if isinstance(code, dict) else T(code), "subject": {"reference": self.pat},
                "effectiveDateTime": date,
                "issued": date + ("T15:00:00+01:00" if self.ok == "se" else "T15:00:00-05:00"),
                "performer": [{"reference": self.org}], "conclusion": conclusion}
        if results:
            body["result"] = [{"reference": r} for r in results]
        if conc_code:
            body["conclusionCode"] = [conc_code]
        return self.add("DiagnosticReport", body)

    def careplan(self, title, start, status="active", intent="plan", cat=None, addresses=(), activities=(), desc=None, note=None):
        body = {"status": status, "intent": intent, "title": title, "subject": {"reference": self.pat},
                "period": {"start": start}, "author": self.P(0)}
        if cat:
            body["category"] = [cat]
        if desc:
            body["description"] = desc
        if addresses:
            body["addresses"] = [{"reference": a} for a in addresses]
        if activities:
            body["activity"] = [{"detail": {"code": a if isinstance(a, dict) else T(a), "status": st}} for a, st in activities]
        if note:
            body["note"] = [{"text": note}]
        return self.add("CarePlan", body)

    def comm(self, date, text, from_patient=True, to=0, status="completed", topic=None):
        tz = "+01:00" if self.ok == "se" else "-05:00"
        body = {"status": status, "subject": {"reference": self.pat}, "sent": date + "T19:12:00" + tz,
                "sender": {"reference": self.pat} if from_patient else self.P(to),
                "recipient": [self.P(to)] if from_patient else [{"reference": self.pat}],
                "medium": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ParticipationMode", "code": "WRITTEN",
                                        "display": "written"}]}],
                "payload": [{"contentString": text}]}
        if topic:
            body["topic"] = T(topic)
        return self.add("Communication", body)

    def qr(self, date, questionnaire, items, author_patient=True):
        tz = "+01:00" if self.ok == "se" else "-05:00"
        body = {"questionnaire": questionnaire, "status": "completed", "subject": {"reference": self.pat},
                "authored": date + "T09:00:00" + tz, "author": {"reference": self.pat} if author_patient else self.P(0),
                "source": {"reference": self.pat}, "item": []}
        for link, txt, ans in items:
            if isinstance(ans, bool):
                a = {"valueBoolean": ans}
            elif isinstance(ans, int):
                a = {"valueInteger": ans}
            elif isinstance(ans, dict):
                a = {"valueCoding": ans}
            else:
                a = {"valueString": ans}
            body["item"].append({"linkId": link, "text": txt, "answer": [a]})
        return self.add("QuestionnaireResponse", body)

    def flag(self, code, start, author_patient=False, status="active", cat="clinical"):
        body = {"status": status,
                "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/flag-category", "code": cat}]}],
                "code": code if isinstance(code, dict) else T(code), "subject": {"reference": self.pat},
                "period": {"start": start}, "author": {"reference": self.pat} if author_patient else self.P(0)}
        return self.add("Flag", body)

    def ci(self, date, summary, problems=(), findings=(), status="completed", desc=None, pr=0):
        body = {"status": status, "subject": {"reference": self.pat}, "effectiveDateTime": date, "date": date,
                "assessor": self.P(pr), "summary": summary}
        if desc:
            body["description"] = desc
        if problems:
            body["problem"] = [{"reference": p} for p in problems]
        if findings:
            body["finding"] = [{"itemCodeableConcept": f if isinstance(f, dict) else T(f)} for f in findings]
        return self.add("ClinicalImpression", body)

    def goal(self, text, start, status="active"):
        return self.add("Goal", {"lifecycleStatus": status, "description": T(text), "subject": {"reference": self.pat},
                                 "startDate": start})

    def allergy(self, code, crit="low"):
        return self.add("AllergyIntolerance", {
            "clinicalStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical", "code": "active"}]},
            "verificationStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/allergyintolerance-verification", "code": "confirmed"}]},
            "code": code if isinstance(code, dict) else T(code), "criticality": crit, "patient": {"reference": self.pat}})

    def imm(self, cvx, disp, date):
        return self.add("Immunization", {"status": "completed", "vaccineCode": C("cvx", cvx, disp), "patient": {"reference": self.pat},
                                         "occurrenceDateTime": date, "primarySource": True})

    def bundle(self):
        return {"resourceType": "Bundle", "type": "transaction", "entry": self.entries}


# ---------------------------------------------------------------- code shortcuts
def SE_DX(code, disp):
    return C("icdse", code, disp)


def CM(code, disp):
    return C("cm", code, disp)


def SCT(code, disp):
    return C("sct", code, disp)


def LN(code, disp):
    return C("ln", code, disp)


def ATC(code, disp, text=None):
    return C("atc", code, disp, text)


def RX(code, disp, text=None):
    return C("rx", code, disp, text)


def NPU(code, disp):
    return C("npu", code, disp)


def SELAB(code, disp):
    return C("se-lab", code, disp)


# Swedish laboratory helpers (NPU where known, otherwise local analysis codes)
SE_HB = NPU("NPU02319", "B-Hemoglobin (Hb)")
SE_KREA = NPU("NPU18016", "P-Kreatinin")
SE_CRP = NPU("NPU19748", "P-CRP")
SE_HBA1C = NPU("NPU27300", "B-HbA1c (IFCC)")
SE_TSH = NPU("NPU03577", "S-TSH")
SE_LPK = SELAB("LPK", "B-Leukocyter (LPK)")
SE_K = SELAB("KALIUM", "P-Kalium")
SE_NA = SELAB("NATRIUM", "P-Natrium")
SE_FERR = SELAB("FERRITIN", "P-Ferritin")
SE_ALAT = SELAB("ALAT", "P-ALAT")
SE_GLUK = SELAB("GLUKOS", "P-Glukos (fastande)")
SE_B12 = SELAB("KOBALAMIN", "P-Kobalamin (B12)")
SE_EGFR = SELAB("EGFR-CKDEPI", "eGFR (CKD-EPI), beräknat")


def se_basic_labs(b, date, hb=138, krea=72, crp=2, lpk=6.1, female=True, enc=None):
    b.obs(SE_HB, date, hb, "g/L", lo=117 if female else 134, hi=153 if female else 170, enc=enc)
    b.obs(SE_KREA, date, krea, "µmol/L", "umol/L", lo=45 if female else 60, hi=90 if female else 105, enc=enc)
    b.obs(SE_CRP, date, crp, "mg/L", lo=None, hi=5, enc=enc)
    b.obs(SE_LPK, date, lpk, "10*9/L", lo=3.5, hi=8.8, enc=enc)


def us_bmp(b, date, creat=0.9, k=4.2, na=139, glu=96, enc=None, egfr=None):
    b.obs(LN("2160-0", "Creatinine [Mass/volume] in Serum or Plasma"), date, creat, "mg/dL", lo=0.6, hi=1.3, enc=enc)
    b.obs(LN("2823-3", "Potassium [Moles/volume] in Serum or Plasma"), date, k, "mmol/L", lo=3.5, hi=5.1, enc=enc)
    b.obs(LN("2951-2", "Sodium [Moles/volume] in Serum or Plasma"), date, na, "mmol/L", lo=135, hi=145, enc=enc)
    b.obs(LN("2345-7", "Glucose [Mass/volume] in Serum or Plasma"), date, glu, "mg/dL", lo=70, hi=99, enc=enc)
    if egfr is not None:
        b.obs(LN("98979-8", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI 2021)"),
              date, egfr, "mL/min/{1.73_m2}", lo=60, enc=enc)


def us_hgb(b, date, v, female=True, enc=None):
    return b.obs(LN("718-7", "Hemoglobin [Mass/volume] in Blood"), date, v, "g/dL", lo=12.0 if female else 13.5,
                 hi=15.5 if female else 17.5, enc=enc)


def egfr(b, date, v, enc=None, interp="auto"):
    return b.obs(LN("98979-8", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI 2021)"),
                 date, v, "mL/min/{1.73_m2}", lo=60, enc=enc, interp=interp)


def albumin(b, date, v, enc=None):
    return b.obs(LN("1751-7", "Albumin [Mass/volume] in Serum or Plasma"), date, v, "g/dL", lo=3.5, hi=5.0, enc=enc)


def ktv(b, date, v, modality="HD"):
    code = C("rk", "KTV-SP" if modality == "HD" else "KTV-WEEKLY-PD",
             "Single-pool Kt/V (urea)" if modality == "HD" else "Weekly total Kt/V (urea), peritoneal + renal")
    return b.obs(code, date, v, "1", "1", lo=1.2 if modality == "HD" else 1.7, interp="auto")


CASES = []


def case(key, org, target, kind, expected, why, summary):
    def deco(fn):
        CASES.append(dict(key=key, org=org, target=target, kind=kind, expected=expected, why=why, summary=summary, fn=fn))
        return fn
    return deco


def note_text(*lines):
    return "\n".join(lines)


PSN, DSM, MPP, UTP = "PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "DIAGNOSIS_SYMPTOM_MISMATCH", "MAJOR_PROCEDURE_PLANNED", "UNTREATABLE_PROGNOSIS"
HIT, PRC, WDT, RCC = "HIGH_IMPACT_TREATMENT", "PATIENT_REPORTED_CONCERN", "WORSENING_DESPITE_TREATMENT", "RARE_OR_COMPLEX_CONDITION"

# ============================================================== PERSISTENT_SYMPTOMS_NORMAL_WORKUP
@case("psn-p1", "se", PSN, "positive", [PSN],
      "Dizziness and nausea recorded at four visits over six months (Apr-Oct 2026); blood panels, ECG, Holter and brain MRI all normal and no explaining diagnosis made.",
      "Recurrent dizziness, four visits over 6 months, all examinations normal, no diagnosis")
def _(b):
    b.setup("Anna", "Sjögren", "female", "1980-02-11", "19800211-2386", "+46 70 123 45 67", "M")
    dz = b.cond(CC(SE_DX("R42", "Yrsel och svindel"), SCT("404640003", "Dizziness")), "2026-04-14", cat="problem-list-item",
                note="Återkommande yrselattacker med illamående, ej rotatorisk.")
    dates = ["2026-04-14", "2026-06-02", "2026-08-25", "2026-10-20"]
    encs = [b.enc(d, "Mottagningsbesök, medicinmottagning", reason=T("Yrsel"), pr=i % 2) for i, d in enumerate(dates)]
    for d, e, s in zip(dates, encs, [(124, 78), (118, 76), (121, 79), (119, 74)]):
        b.bp(d, *s, enc=e)
    se_basic_labs(b, "2026-04-14", hb=134, krea=66, crp=1, enc=encs[0])
    b.obs(SE_TSH, "2026-04-14", 1.8, "mIU/L", "m[IU]/L", lo=0.4, hi=4.0)
    b.obs(SE_B12, "2026-06-02", 410, "pmol/L", lo=140, hi=650)
    b.obs(SE_GLUK, "2026-06-02", 5.2, "mmol/L", lo=4.0, hi=6.0)
    b.obs(SE_HB, "2026-08-25", 136, "g/L", lo=117, hi=153)
    b.obs(C("se-lab", "EKG-VILO", "Vilo-EKG"), "2026-04-14", "Sinusrytm 68/min, normala intervall, inga ST-förändringar", interp="N", cat="procedure")
    b.obs(C("se-lab", "HOLTER-24H", "Långtids-EKG 24 h"), "2026-06-20", "Sinusrytm, inga pauser, enstaka VES, inga arytmier", interp="N", cat="procedure")
    b.dr(C("se-local", "MR-HJARNA", "MR hjärna utan och med kontrast"), "2026-07-15",
         "Normal MR hjärna. Inga tecken på ischemi, tumör eller demyeliniserande sjukdom. Normala inneröregångar.")
    b.obs(C("se-local", "ORTOSTATISK-PROV", "Ortostatisk blodtrycksmätning"), "2026-08-25", "Inget ortostatiskt blodtrycksfall", interp="N", cat="exam")
    b.med(ATC("N07CA01", "Betahistin"), "2026-06-02", status="stopped", dose="8 mg x 3", reason=dz, note="Utsatt 2026-08-25, ingen effekt.")
    b.note("2026-10-20", "Journalanteckning medicinmottagning", note_text(
        "Besöksorsak: Fortsatt yrsel.",
        "Anamnes: Patienten har sedan april återkommande yrselattacker 3-4 gånger/vecka med illamående, ibland med ostadighetskänsla. Ingen hörselnedsättning.",
        "Status: Allmäntillstånd gott. Neurologiskt status utan anmärkning. Dix-Hallpike negativ.",
        "Bedömning: Samtliga undersökningar (blodprover, EKG, Holter, MR hjärna, ortostatiskt prov) normala. Ingen förklaring till besvären funnen.",
        "Planering: Åter vid behov. Ingen ytterligare utredning planerad.",
        "EN summary: ongoing dizziness since April 2026, all examinations normal, no diagnosis, discharged to return as needed."), enc=encs[-1])


@case("psn-p2", "se", PSN, "positive", [PSN],
      "Primary-care visit for exertional dyspnoea (6 Oct) and an unscheduled return (13 Oct) both labelled viral infection, then an unplanned emergency admission within 14 days (16 Oct) with pulmonary embolism: Singh return-visit e-trigger.",
      "Two primary-care visits for dyspnoea called viral infection, emergency admission 10 days later with PE")
def _(b):
    b.setup("Lars", "Holmgren", "male", "1965-07-23", "19650723-4512", "+46 70 555 12 34", "M",
            extra_pract=[ORGS["se"]["staff"][2]])
    htn = b.cond(CC(SE_DX("I10", "Essentiell hypertoni"), SCT("38341003", "Hypertensive disorder")), "2019-03-01")
    b.med(ATC("C09AA05", "Ramipril"), "2019-03-01", dose="5 mg x 1", reason=htn)
    e0 = b.enc("2026-03-12", "Årskontroll hypertoni, vårdcentral", pr=2)
    b.vit("2026-03-12", 134, 82, 72, 88, enc=e0)
    se_basic_labs(b, "2026-03-12", hb=148, krea=84, crp=1, female=False, enc=e0)
    e1 = b.enc("2026-10-06", "Akut besök, Vårdcentralen Norrvik", reason=T("Andfåddhet vid ansträngning"), pr=2)
    b.vit("2026-10-06", 142, 88, 96, enc=e1)
    b.obs(LN("59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry"), "2026-10-06", 94, "%", lo=95, cat="vital-signs", enc=e1)
    b.obs(SE_CRP, "2026-10-06", 8, "mg/L", hi=5, enc=e1)
    vi = b.cond(CC(SE_DX("B34.9", "Virusinfektion, ospecificerad")), "2026-10-06", status="resolved", abate="2026-10-16",
                cat="encounter-diagnosis", enc=e1, pr=2)
    b.note("2026-10-06", "Vårdcentral, akut besök", note_text(
        "Söker för andfåddhet sedan en vecka, värre i trappor. Lätt torrhosta. Ingen feber.",
        "Status: Saturation 94 %, puls 96. Lungor: vesikulärt andningsljud bilateralt.",
        "Bedömning: Sannolikt virusinfektion. Råd om vila, åter om försämring."), enc=e1, pr=2)
    e2 = b.enc("2026-10-13", "Oplanerat återbesök, Vårdcentralen Norrvik (jour)", reason=T("Fortsatt andfåddhet, bröstsmärta vid djupandning"), pr=2)
    b.vit("2026-10-13", 138, 86, 104, enc=e2)
    b.note("2026-10-13", "Vårdcentral, jourbesök", note_text(
        "Återkommer oplanerat, fortsatt andfåddhet och nu stickande smärta vid djupa andetag höger sida.",
        "Status: Puls 104. Lungor utan rassel. Vaden ua.",
        "Bedömning: Postviral hosta, muskulär bröstsmärta. Ipren vid behov."), enc=e2, pr=2)
    e3 = b.enc("2026-10-16", "Akutmottagning, inläggning medicinklinik", cls="IMP", end="2026-10-21", admit="Akutmottagningen (oplanerad)",
               reason=T("Akut dyspné, synkope"))
    b.obs(LN("48065-7", "Fibrin D-dimer FEU [Mass/volume] in Platelet poor plasma"), "2026-10-16", 4.8, "mg/L", "mg/L", hi=0.5, enc=e3)
    pe = b.cond(CC(SE_DX("I26.9", "Lungemboli utan uppgift om akut cor pulmonale"), SCT("59282003", "Pulmonary embolism")),
                "2026-10-16", cat="encounter-diagnosis", enc=e3)
    b.dr(C("se-local", "DT-LUNGANGIO", "DT lungartärer (lungangiografi)"), "2026-10-16",
         "Bilaterala centrala och segmentella lungembolier. Lätt högerkammarbelastning.", conc_code=T("Bilaterala lungembolier"))
    b.med(ATC("B01AF02", "Apixaban"), "2026-10-17", dose="10 mg x 2 i 7 dagar, därefter 5 mg x 2", reason=pe)
    b.note("2026-10-21", "Epikris medicinklinik", note_text(
        "Inkom akut via ambulans efter synkope och tilltagande dyspné sedan två veckor. Två tidigare besök på vårdcentral (6/10 och 13/10) med bedömning virusinfektion.",
        "DT lungangio: bilaterala lungembolier. Behandlad med apixaban. Förbättrad, utskrivs till hemmet.",
        "EN summary: unplanned admission 16 Oct with bilateral PE ten days after a primary-care visit and three days after an unscheduled return visit."),
        typ=("18842-5", "Discharge summary"), enc=e3)


@case("psn-p3", "rk", PSN, "positive", [PSN],
      "PSA 9.6 ng/mL (ref <4.0) flagged high in June 2026 in a CKD clinic patient; no repeat, urology referral or mention in the following 165 days (Murphy red-flag without follow-up).",
      "Raised PSA on routine CKD bloods, never acted on in over 5 months")
def _(b):
    b.setup("Harold", "Jennings", "male", "1958-04-02", "RK-448120", "937-555-0142", "M")
    ckd = b.cond(CC(CM("N18.4", "Chronic kidney disease, stage 4 (severe)"), SCT("431857002", "Chronic kidney disease stage 4")), "2023-05-10")
    dm = b.cond(CC(CM("E11.22", "Type 2 diabetes mellitus with diabetic chronic kidney disease")), "2009-01-01")
    htn = b.cond(CM("I10", "Essential (primary) hypertension"), "2006-01-01")
    b.med(RX("29046", "lisinopril", "lisinopril 20 mg tablet"), "2015-02-01", dose="20 mg daily", reason=htn)
    b.med(RX("274783", "insulin glargine", "insulin glargine 100 unit/mL pen"), "2021-06-01", dose="22 units at bedtime", reason=dm)
    b.med(RX("4603", "furosemide", "furosemide 40 mg tablet"), "2024-03-01", dose="40 mg daily", reason=ckd)
    for d, eg, bp_ in [("2026-06-18", 24, (142, 80)), ("2026-09-10", 23, (138, 78)), ("2026-11-12", 25, (136, 76))]:
        e = b.enc(d, "CKD clinic follow-up", reason=CM("N18.4", "Chronic kidney disease, stage 4 (severe)"))
        b.bp(d, *bp_, enc=e)
        egfr(b, d, eg, enc=e)
        us_hgb(b, d, 11.2, female=False, enc=e)
        if d == "2026-06-18":
            psa = b.obs(LN("2857-1", "Prostate specific Ag [Mass/volume] in Serum or Plasma"), d, 9.6, "ng/mL", lo=0, hi=4.0, enc=e)
            b.obs(LN("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood"), d, 7.1, "%", lo=4.0, hi=5.6, enc=e)
    b.note("2026-09-10", "Nephrology progress note", note_text(
        "CKD 4 secondary to diabetic nephropathy. eGFR 23, stable. K 4.9, bicarbonate 21.",
        "BP slightly above goal; continue lisinopril, low-sodium diet reinforced.",
        "Anemia of CKD: Hgb 11.2, no ESA needed. Return in 8 weeks with labs."))
    b.note("2026-11-12", "Nephrology progress note", note_text(
        "Feels well. Mild nocturia, otherwise no new complaints.",
        "eGFR 25, stable. Labs reviewed. Continue current regimen. Return in 3 months."))


@case("psn-n1", "mc", PSN, "near-miss", [],
      "Positive faecal immunochemical result (June 2026) was followed within 28 days by colonoscopy with polypectomy; the red flag was acted on, and memory symptoms are under ordinary review.",
      "Positive FIT followed by colonoscopy within 4 weeks")
def _(b):
    b.setup("Dorothy", "Kessler", "female", "1947-09-19", "LM-20931", "614-555-0177", "W")
    mci = b.cond(CC(CM("G31.84", "Mild cognitive impairment of uncertain or known etiology"), SCT("386806002", "Impaired cognition")), "2025-11-04")
    htn = b.cond(CM("I10", "Essential (primary) hypertension"), "2010-01-01")
    hypo = b.cond(CC(CM("E03.9", "Hypothyroidism, unspecified"), SCT("40930008", "Hypothyroidism")), "2004-01-01")
    b.med(RX("17767", "amlodipine", "amlodipine 5 mg tablet"), "2012-01-01", dose="5 mg daily", reason=htn)
    b.med(RX("10582", "levothyroxine", "levothyroxine 75 mcg tablet"), "2004-01-01", dose="75 mcg daily", reason=hypo)
    e1 = b.enc("2026-05-28", "Memory clinic follow-up", reason=T("Mild cognitive impairment review"))
    b.score(LN("72172-0", "Total score [MoCA]"), "2026-05-28", 24, enc=e1)
    b.vit("2026-05-28", 132, 74, 70, 63.5, enc=e1)
    us_hgb(b, "2026-05-28", 12.6, enc=e1)
    b.obs(LN("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma"), "2026-05-28", 2.1, "m[IU]/L", lo=0.4, hi=4.5)
    fit = b.obs(LN("29771-3", "Hemoglobin.gastrointestinal [Presence] in Stool by Immunoassay"), "2026-06-10",
                C("sct", "10828004", "Positive"), interp="POS")
    b.sr(CC(SCT("73761001", "Colonoscopy"), C("cpt", "45385", "Colonoscopy, flexible; with removal of tumor(s), polyp(s), or other lesion(s) by snare technique")),
         "2026-06-12", status="completed", reason_ref=[fit], performer=None, note="GI referral for positive FIT.")
    b.proc(CC(C("cpt", "45385", "Colonoscopy, flexible; with removal of tumor(s), polyp(s), or other lesion(s) by snare technique")),
           "completed", "2026-07-08", reason_ref=[fit], outcome="12 mm sigmoid polyp removed en bloc; no other lesions",
           note="Performed by Columbus Digestive Health (outside endoscopy unit).")
    b.dr(T("Surgical pathology, colon polyp"), "2026-07-10", "Tubular adenoma, low-grade dysplasia, margins clear. Surveillance colonoscopy in 3 years.", cat="SP")
    e2 = b.enc("2026-11-05", "Memory clinic follow-up", reason=T("Mild cognitive impairment review"))
    b.score(LN("72172-0", "Total score [MoCA]"), "2026-11-05", 24, enc=e2)
    b.vit("2026-11-05", 128, 72, 68, 63.8, enc=e2)
    b.note("2026-11-05", "Geriatric memory clinic note", note_text(
        "MoCA stable at 24/30. Independent in IADLs with some calendar reminders.",
        "Interval: positive FIT in June, colonoscopy 7/8 with removal of tubular adenoma, low-grade. Surveillance in 3 years per GI.",
        "Plan: continue cognitive stimulation, BP control, recheck in 6 months."), enc=e2)


@case("psn-n2", "cv", PSN, "near-miss", [],
      "Exertional calf pain with initially normal resting examination and labs was explained in July 2026 by a low ankle-brachial index and a diagnosis of peripheral arterial disease with claudication, now treated and improving.",
      "Calf pain first unexplained, then explained by PAD on ABI")
def _(b):
    b.setup("Gerald", "Pruitt", "male", "1960-01-30", "CV-77013", "859-555-0190", "M")
    hld = b.cond(CM("E78.5", "Hyperlipidemia, unspecified"), "2015-01-01")
    b.cond(CC(CM("F17.210", "Nicotine dependence, cigarettes, uncomplicated")), "1980-01-01")
    sym = b.cond(T("Exertional right calf pain"), "2026-03-03", status="resolved", abate="2026-07-14",
                 note="Resolved as a symptom entry: explained by PAD diagnosis 2026-07-14.")
    e1 = b.enc("2026-03-03", "New patient visit, referred by PCP", reason=T("Right calf pain on walking"))
    b.vit("2026-03-03", 146, 84, 76, 91, enc=e1)
    b.obs(LN("2157-6", "Creatine kinase [Enzymatic activity/volume] in Serum or Plasma"), "2026-03-03", 110, "U/L", lo=39, hi=308)
    us_bmp(b, "2026-03-03", creat=1.0, enc=e1)
    e2 = b.enc("2026-05-12", "Follow-up visit", reason=T("Persistent right calf pain on walking"))
    b.dr(T("Venous duplex ultrasound, right lower extremity"), "2026-05-12", "No deep vein thrombosis. No Baker cyst.")
    e3 = b.enc("2026-07-14", "Follow-up visit with vascular lab", reason=T("Calf claudication"))
    abi = b.obs(C("cv", "ABI-R", "Ankle-brachial index, right"), "2026-07-14", 0.58, "{ratio}", lo=0.9, hi=1.3, enc=e3)
    b.obs(C("cv", "ABI-L", "Ankle-brachial index, left"), "2026-07-14", 0.94, "{ratio}", lo=0.9, hi=1.3, enc=e3)
    pad = b.cond(CC(CM("I70.211", "Atherosclerosis of native arteries of extremities with intermittent claudication, right leg"),
                    SCT("840580004", "Peripheral arterial disease")), "2026-07-14", enc=e3)
    b.med(RX("21107", "cilostazol", "cilostazol 100 mg tablet"), "2026-07-14", dose="100 mg twice daily", reason=pad)
    b.med(RX("83367", "atorvastatin", "atorvastatin 40 mg tablet"), "2026-07-14", dose="40 mg daily", reason=hld)
    b.sr(T("Supervised exercise therapy for PAD, 36 sessions"), "2026-07-14", status="active", reason_ref=[pad])
    for d, m in [("2026-07-14", 150), ("2026-10-20", 320)]:
        b.obs(C("cv", "WALK-PFWD", "Pain-free walking distance, treadmill"), d, m, "m", cat="exam", interp=None)
    b.note("2026-10-20", "Vascular clinic follow-up", note_text(
        "Claudication improving with supervised exercise and cilostazol; pain-free walking distance 150 m -> 320 m.",
        "Smoking reduced to 5/day; cessation counselling continued. No rest pain, no tissue loss.",
        "Plan: continue conservative management, repeat ABI in 6 months."))


# ============================================================== DIAGNOSIS_SYMPTOM_MISMATCH
@case("dsm-p1", "se", DSM, "positive", [DSM],
      "Irritable bowel syndrome (K58.9) label active for 14 months while abdominal pain continues, with new nocturnal diarrhoea, 7 kg weight loss and a raised faecal calprotectin that IBS cannot explain.",
      "IBS label for 14 months despite weight loss, nocturnal diarrhoea and raised calprotectin")
def _(b):
    b.setup("Eva", "Lundgren", "female", "1974-05-30", "19740530-6648", "+46 73 210 44 21", "G",
            extra_pract=[ORGS["se"]["staff"][2]])
    ibs = b.cond(CC(SE_DX("K58.9", "Colon irritabile utan diarré"), SCT("10743008", "Irritable bowel syndrome")), "2025-09-15", pr=2)
    b.med(ATC("A03AX13", "Silikoner (dimetikon)", "Dimetikon"), "2025-09-15", dose="vid behov", reason=ibs, pr=2)
    b.med(ATC("A06AC01", "Ispaghula (loppfröskal)", "Vi-Siblin"), "2026-01-20", dose="1 dospåse x 2", reason=ibs, pr=2)
    rows = [("2025-09-15", 68.2, "Buksmärta och uppblåsthet sedan ett halvår, lös avföring ibland. Bedöms som IBS."),
            ("2026-01-20", 67.0, "Fortsatt buksmärta. Ökad fiberintag. Fortsatt IBS-bedömning."),
            ("2026-05-26", 64.9, "Buksmärta kvarstår, nu också nattliga diarréer 2-3 ggr/vecka. Viktnedgång noteras."),
            ("2026-11-05", 61.3, "Fortsatt buksmärta och nattliga diarréer. Viktnedgång 7 kg på 14 månader. F-kalprotektin förhöjt. Bedömning: IBS, stressrelaterat. Öka loppfröskal.")]
    for d, w, txt in rows:
        e = b.enc(d, "Besök Vårdcentralen Norrvik", reason=T("Buksmärta"), pr=2)
        b.obs(C("ln", "29463-7", "Body weight", "Vikt"), d, w, "kg", cat="vital-signs", enc=e, interp=None)
        b.note(d, "Journalanteckning vårdcentral", "Kontaktorsak: Buksmärta.\n" + txt, enc=e, pr=2)
    se_basic_labs(b, "2025-09-15", hb=131, krea=64, crp=3)
    b.obs(SE_HB, "2026-11-05", 119, "g/L", lo=117, hi=153)
    b.obs(SE_CRP, "2026-11-05", 9, "mg/L", hi=5)
    b.obs(SELAB("F-KALPRO", "F-Kalprotektin"), "2026-11-05", 310, "µg/g", "ug/g", hi=50)
    b.obs(SELAB("TTG-IGA", "S-Transglutaminas IgA-ak"), "2025-09-15", 1.2, "U/mL", "U/mL", hi=7)


@case("dsm-p2", "mc", DSM, "positive", [DSM],
      "Alzheimer's disease diagnosis kept since 2025 while visual hallucinations, marked fluctuation, REM sleep behaviour and new parkinsonism have emerged; the label does not account for these core Lewy-body features and the impression simply attributes them to progression.",
      "Alzheimer's label does not explain hallucinations, fluctuation, RBD and parkinsonism")
def _(b):
    b.setup("Walter", "Brandt", "male", "1952-03-14", "LM-19044", "614-555-0123", "M")
    ad = b.cond(CC(CM("G30.1", "Alzheimer's disease with late onset"), SCT("26929004", "Alzheimer's disease")), "2025-10-02")
    htn = b.cond(CM("I10", "Essential (primary) hypertension"), "2008-01-01")
    b.med(RX("135447", "donepezil", "donepezil 10 mg tablet"), "2025-10-02", dose="10 mg at bedtime", reason=ad)
    b.med(RX("29046", "lisinopril", "lisinopril 10 mg tablet"), "2010-01-01", dose="10 mg daily", reason=htn)
    b.med(RX("51272", "quetiapine", "quetiapine 25 mg tablet"), "2026-07-15", dose="12.5 mg at bedtime", reason="Visual hallucinations")
    for d, moca, bp_ in [("2026-01-20", 23, (136, 78)), ("2026-05-18", 19, (130, 76)), ("2026-09-22", 22, (112, 64))]:
        e = b.enc(d, "Memory clinic follow-up", reason=CM("G30.1", "Alzheimer's disease with late onset"))
        b.score(LN("72172-0", "Total score [MoCA]"), d, moca, enc=e)
        b.bp(d, *bp_, enc=e)
    b.obs(T("Visual hallucinations (well-formed, people and animals)"), "2026-03-10", C("sct", "373066001", "Yes"), cat="exam")
    b.obs(T("Parkinsonism on examination: bradykinesia, bilateral cogwheel rigidity, shuffling gait"), "2026-09-22",
          C("sct", "373066001", "Yes"), cat="exam")
    b.obs(C("mc", "FALLS-6M", "Falls in past 6 months"), "2026-09-22", 3, cat="survey")
    b.note("2026-05-18", "Caregiver report (wife)", note_text(
        "Wife reports he 'sees children in the garden' several evenings a week since February.",
        "Some days he is bright and conversational, other days drowsy and confused for hours.",
        "For about two years he has been shouting and kicking in his sleep, once fell out of bed.",
        "Recorded by clinic nurse during visit."))
    b.ci("2026-09-22", "Alzheimer's disease, progressing. Hallucinations and fluctuating alertness attributed to disease progression. Orthostatic BP drop noted. Continue donepezil; quetiapine low dose for hallucinations.",
         problems=[ad], findings=["Visual hallucinations", "Fluctuating cognition", "REM sleep behaviour (dream enactment)", "Bradykinesia and rigidity", "Orthostatic hypotension", "Recurrent falls"])
    b.note("2026-09-22", "Geriatrician progress note", note_text(
        "MoCA 22 (19 in May, 23 in January), fluctuates between visits.",
        "New on exam: bradykinesia, cogwheel rigidity both arms, reduced arm swing. Orthostatic drop 24 mmHg systolic.",
        "Three falls since May. Hallucinations persist on quetiapine 12.5 mg.",
        "Assessment: Alzheimer's disease, progressing. Plan: continue current medications, PT referral for gait."))


@case("dsm-p3", "cv", DSM, "positive", [DSM],
      "Leg ulcer labelled venous since March 2026 and treated with compression, but ABI 0.52 and toe pressure 38 mmHg show significant arterial disease and the patient has rest pain; the label cannot account for these findings and the ulcer is not healing.",
      "Venous-ulcer label despite ABI 0.52, rest pain and a static ulcer under compression")
def _(b):
    b.setup("Patricia", "Owens", "female", "1955-12-08", "CV-80244", "859-555-0133", "W")
    vu = b.cond(CC(CM("I83.022", "Varicose veins of left lower extremity with ulcer of calf"), text="Venous leg ulcer, left calf"),
                "2026-03-09", note="Left medial calf ulcer, considered venous.")
    dm = b.cond(CM("E11.9", "Type 2 diabetes mellitus without complications"), "2012-01-01")
    htn = b.cond(CM("I10", "Essential (primary) hypertension"), "2011-01-01")
    b.med(RX("6809", "metformin", "metformin 1000 mg tablet"), "2012-01-01", dose="1000 mg twice daily", reason=dm)
    b.med(RX("17767", "amlodipine", "amlodipine 10 mg tablet"), "2014-01-01", dose="10 mg daily", reason=htn)
    for d, area in [("2026-03-09", 6.1), ("2026-06-15", 5.9), ("2026-09-14", 6.3), ("2026-11-16", 6.2)]:
        e = b.enc(d, "Wound clinic visit", reason=T("Left calf ulcer"), pr=1)
        b.obs(C("cv", "WOUND-AREA", "Wound area (length x width)"), d, area, "cm2", "cm2", cat="exam", enc=e, interp=None,
              body_site=T("Left medial calf"))
        b.proc(C("cpt", "29581", "Application of multi-layer compression system; leg (below knee), including ankle and foot"),
               "completed", d, reason_ref=[vu], pr=1, enc=e)
    b.obs(C("cv", "ABI-L", "Ankle-brachial index, left"), "2026-08-12", 0.52, "{ratio}", lo=0.9, hi=1.3)
    b.obs(C("cv", "TOE-P-L", "Toe systolic pressure, left hallux"), "2026-08-12", 38, "mmHg", "mm[Hg]", lo=60)
    b.obs(T("Rest pain, left foot, worse at night, relieved by dangling leg"), "2026-09-14", C("sct", "373066001", "Yes"), cat="exam")
    b.obs(LN("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood"), "2026-06-15", 7.4, "%", lo=4.0, hi=5.6)
    b.note("2026-11-16", "Wound care progress note", note_text(
        "Venous ulcer left calf, 6.2 cm2, essentially unchanged since March. Pale wound bed, minimal granulation.",
        "Patient reports night pain in the left foot relieved by hanging leg off the bed.",
        "ABI from August 0.52 noted. Assessment: venous leg ulcer, slow healing. Continue multilayer compression weekly."), pr=1)


@case("dsm-n1", "se", DSM, "near-miss", [],
      "Unspecified fatigue label (R53) was replaced within ten weeks by coeliac disease confirmed on serology and biopsy; symptoms and anaemia improved on a gluten-free diet, so the diagnosis now explains the picture.",
      "Catch-all fatigue label replaced by coeliac disease, improving on diet")
def _(b):
    b.setup("Sara", "Ekström", "female", "1992-08-17", "19920817-3321", "+46 76 410 22 19", "U",
            extra_pract=[ORGS["se"]["staff"][2]])
    b.cond(SE_DX("R53", "Sjukdomskänsla och trötthet"), "2025-10-01", status="resolved", abate="2025-12-08", pr=2)
    e1 = b.enc("2025-10-01", "Besök vårdcentral", reason=T("Trötthet"), pr=2)
    b.obs(SE_HB, "2025-10-01", 109, "g/L", lo=117, hi=153, enc=e1)
    b.obs(SE_FERR, "2025-10-01", 6, "µg/L", "ug/L", lo=13, hi=150, enc=e1)
    b.obs(SE_TSH, "2025-10-01", 2.2, "mIU/L", "m[IU]/L", lo=0.4, hi=4.0, enc=e1)
    e2 = b.enc("2025-11-12", "Besök medicinmottagning", reason=T("Trötthet, järnbrist"))
    ttg = b.obs(SELAB("TTG-IGA", "S-Transglutaminas IgA-ak"), "2025-11-12", 128, "U/mL", "U/mL", hi=7, enc=e2)
    gs = b.proc(CC(C("kva", "UJD02", "Esofagogastroduodenoskopi"), text="Gastroskopi med duodenalbiopsier"), "completed", "2025-12-04",
                reason_ref=[ttg])
    b.dr(T("PAD duodenalbiopsier"), "2025-12-08", "Totalt villusatrofi, kryptahyperplasi, ökat antal intraepiteliala lymfocyter (Marsh 3c). Förenligt med celiaki.", cat="SP")
    cel = b.cond(CC(SE_DX("K90.0", "Celiaki"), SCT("396331005", "Coeliac disease")), "2025-12-08")
    b.med(ATC("B03AA07", "Järnsulfat", "Duroferon"), "2025-10-01", dose="100 mg x 1", reason="Järnbrist", status="completed", kind="MedicationStatement", end="2026-08-30")
    b.careplan("Glutenfri kost", "2025-12-08", addresses=[cel], activities=[(T("Dietistkontakt, glutenfri kost"), "in-progress")])
    for d, hb, ferr, t in [("2026-03-10", 121, 15, 58), ("2026-06-10", 125, 22, 34), ("2026-10-28", 132, 41, 9)]:
        e = b.enc(d, "Återbesök medicinmottagning", reason=T("Celiaki, uppföljning"))
        b.obs(SE_HB, d, hb, "g/L", lo=117, hi=153, enc=e)
        b.obs(SE_FERR, d, ferr, "µg/L", "ug/L", lo=13, hi=150, enc=e)
        b.obs(SELAB("TTG-IGA", "S-Transglutaminas IgA-ak"), d, t, "U/mL", "U/mL", hi=7, enc=e)
    b.note("2026-10-28", "Återbesök celiaki", note_text(
        "Följsam till glutenfri kost sedan december 2025. Mycket piggare, orkar arbeta heltid igen.",
        "Hb 132, ferritin 41, transglutaminas-ak sjunkande. Järntabletter avslutade.",
        "Bedömning: Celiaki i god följsamhet, trötthet och järnbristanemi förklarade och i regress. Åter om 12 mån."))


@case("dsm-n2", "rk", DSM, "near-miss", [],
      "Unspecified viral infection (B34.9) in a peritoneal dialysis patient lasted under two weeks and resolved; far short of 90 days, with no persisting symptoms.",
      "Short, resolved unspecified viral illness in a PD patient")
def _(b):
    b.setup("Marcus", "Delgado", "male", "1968-11-21", "RK-530077", "937-555-0188", "M")
    esrd = b.cond(CC(CM("I12.0", "Hypertensive chronic kidney disease with stage 5 chronic kidney disease or end stage renal disease"),
                     SCT("46177005", "End-stage renal disease")), "2023-02-01")
    b.cond(CM("Z99.2", "Dependence on renal dialysis"), "2023-04-10")
    b.med(RX("17767", "amlodipine", "amlodipine 10 mg tablet"), "2019-01-01", dose="10 mg daily", reason=esrd)
    b.med(T("Calcium acetate 667 mg capsule"), "2023-04-10", dose="2 capsules with meals", reason=esrd)
    b.careplan("Peritoneal dialysis prescription (CCPD)", "2023-04-10", addresses=[esrd],
               activities=[(SCT("71192002", "Peritoneal dialysis"), "in-progress")], desc="CCPD 4 exchanges overnight, 2 L, 1.5%/2.5% dextrose; icodextrin day dwell.")
    for d, k, a in [("2026-05-20", 1.9, 3.7), ("2026-08-19", 1.8, 3.6), ("2026-11-18", 1.9, 3.6)]:
        e = b.enc(d, "Monthly home dialysis clinic visit", reason=T("PD follow-up"))
        ktv(b, d, k, "PD")
        albumin(b, d, a, enc=e)
        b.bp(d, 134, 80, enc=e)
    e = b.enc("2026-10-28", "Unscheduled PD clinic visit", reason=T("Fever, myalgia, sore throat"))
    b.obs(C("ln", "8310-5", "Body temperature"), "2026-10-28", 38.3, "Cel", "Cel", cat="vital-signs", enc=e, interp=None)
    b.obs(T("PD effluent cell count"), "2026-10-28", 22, "/uL", "/uL", hi=100, enc=e)
    b.cond(CC(CM("B34.9", "Viral infection, unspecified")), "2026-10-28", status="resolved", abate="2026-11-09", cat="encounter-diagnosis", enc=e)
    b.note("2026-10-28", "PD clinic note", note_text(
        "2 days of fever, sore throat and myalgia; household contacts with similar illness. Effluent clear, cell count 22.",
        "Assessment: viral URI, peritonitis excluded. Fluids, acetaminophen. Call if cloudy effluent."), enc=e)
    b.note("2026-11-18", "PD clinic note", note_text(
        "Viral illness resolved by 11/9. Feeling back to baseline.",
        "Weekly Kt/V 1.9, albumin 3.6. Continue current PD prescription."))


# ============================================================== MAJOR_PROCEDURE_PLANNED
@case("mpp-p1", "se", MPP, "positive", [MPP],
      "Active surgical order (KVÅ NFB49) for a cemented total hip arthroplasty booked for January 2027 for primary coxarthrosis, with pre-operative assessment done.",
      "Total hip replacement ordered and booked for January 2027")
def _(b):
    b.setup("Birgitta", "Karlsson", "female", "1957-06-04", "19570604-7720", "+46 70 887 65 43", "W",
            extra_pract=[ORGS["se"]["staff"][3]])
    oa = b.cond(CC(SE_DX("M16.1", "Annan primär koxartros"), SCT("239872002", "Osteoarthritis of hip")), "2022-04-01",
                note="Höger höft, uttalad ledspaltsförsmalning.", pr=2)
    htn = b.cond(CC(SE_DX("I10", "Essentiell hypertoni")), "2015-01-01")
    b.med(ATC("N02BE01", "Paracetamol", "Alvedon 665 mg"), "2022-04-01", dose="2 tabl x 3", reason=oa)
    b.med(ATC("C08CA01", "Amlodipin"), "2015-01-01", dose="5 mg x 1", reason=htn)
    e1 = b.enc("2026-09-08", "Besök ortopedmottagning", reason=T("Höftsmärta höger"), pr=2)
    b.dr(C("se-local", "RTG-HOFT", "Slätröntgen höft och bäcken"), "2026-09-08", "Uttalad artros höger höftled med bentäthet och subkondrala cystor. Vänster höft lätt artros.")
    b.obs(C("se-local", "NRS-SMARTA", "Smärta NRS 0-10"), "2026-09-08", 7, cat="survey", enc=e1)
    sr = b.sr(CC(C("kva", "NFB49", "Primär total protes i höftled, med cement"), text="Total höftledsplastik höger (TPH)"),
              "2026-09-08", status="active", intent="order", occ="2027-01-18", reason_ref=[oa], pr=2, performer=2,
              cat=SCT("387713003", "Surgical procedure"), note="Operationsanmälan. Väntetid cirka 4 månader.")
    e2 = b.enc("2026-11-20", "Preoperativ bedömning, anestesimottagning", reason=T("Inför höftplastik"))
    b.vit("2026-11-20", 138, 82, 74, 79, enc=e2)
    se_basic_labs(b, "2026-11-20", hb=132, krea=71, crp=2, enc=e2)
    b.obs(SE_K, "2026-11-20", 4.1, "mmol/L", lo=3.5, hi=4.6, enc=e2)
    b.obs(C("se-lab", "EKG-VILO", "Vilo-EKG"), "2026-11-20", "Sinusrytm, normalt EKG", interp="N", cat="procedure", enc=e2)
    b.note("2026-11-20", "Preoperativ anestesibedömning", note_text(
        "Planerad för total höftledsplastik höger 2027-01-18. ASA 2. Tidigare opererad för appendicit, ingen anestesikomplikation.",
        "Plan: spinalanestesi, tromboprofylax enligt rutin. Fortsätt amlodipin operationsdagen.",
        "EN summary: cleared for right total hip arthroplasty scheduled 18 Jan 2027."), enc=e2)


@case("mpp-p2", "rk", MPP, "positive", [MPP],
      "Subtotal parathyroidectomy for tertiary hyperparathyroidism (calcium 11.2, PTH 412) in a long-standing kidney transplant recipient is in preparation status and booked for 15 December 2026.",
      "Parathyroidectomy booked (Procedure in preparation) in a stable transplant recipient")
def _(b):
    b.setup("Yolanda", "Price", "female", "1971-02-27", "RK-302215", "937-555-0159", "D", extra_pract=[ORGS["rk"]["staff"][3]])
    tx = b.cond(CC(CM("Z94.0", "Kidney transplant status")), "2016-08-14")
    hpt = b.cond(CC(CM("E21.2", "Other hyperparathyroidism"), text="Tertiary hyperparathyroidism after kidney transplant"), "2025-06-01")
    b.cond(CM("N18.31", "Chronic kidney disease, stage 3a"), "2019-01-01")
    b.med(RX("42316", "tacrolimus", "tacrolimus 1 mg capsule"), "2016-08-14", dose="3 mg twice daily", reason=tx, pr=1)
    b.med(RX("68149", "mycophenolate mofetil", "mycophenolate mofetil 500 mg tablet"), "2016-08-14", dose="500 mg twice daily", reason=tx, pr=1)
    b.med(RX("8640", "prednisone", "prednisone 5 mg tablet"), "2016-08-14", dose="5 mg daily", reason=tx, pr=1)
    b.med(T("cinacalcet 30 mg tablet"), "2025-07-01", dose="30 mg daily", reason=hpt, status="stopped",
          note="Stopped 2026-05: persistent hypercalcaemia and nausea; surgical referral instead.")
    for d, ca, pth, eg in [("2026-03-04", 10.9, 388, 54), ("2026-06-10", 11.1, 402, 53), ("2026-09-16", 11.2, 412, 55)]:
        e = b.enc(d, "Transplant clinic follow-up", pr=1)
        b.obs(LN("17861-6", "Calcium [Mass/volume] in Serum or Plasma"), d, ca, "mg/dL", lo=8.6, hi=10.3, enc=e)
        b.obs(LN("2731-8", "Parathyrin.intact [Mass/volume] in Serum or Plasma"), d, pth, "pg/mL", lo=15, hi=65, enc=e)
        egfr(b, d, eg, enc=e)
    b.dr(T("Tc-99m sestamibi SPECT/CT parathyroid scan"), "2026-10-05", "Four-gland hyperplasia pattern; no single adenoma.")
    b.proc(CC(C("cpt", "60500", "Parathyroidectomy or exploration of parathyroid(s)"), text="Subtotal (3.5-gland) parathyroidectomy"),
           "preparation", reason_ref=[hpt], pr=2,
           note="Scheduled 2026-12-15 under general anaesthesia, Riverbend Surgical Pavilion. Pre-op labs and anesthesia consult completed 2026-11-24.")
    b.note("2026-11-24", "Surgical consult / pre-operative note", note_text(
        "Tertiary hyperparathyroidism 10 years after deceased-donor kidney transplant. Ca 11.2, PTH 412, graft function stable (eGFR 55).",
        "Sestamibi: four-gland hyperplasia. Plan: subtotal parathyroidectomy with cervical thymectomy on 12/15/2026.",
        "Risks discussed including recurrent laryngeal nerve injury and hypocalcaemia; consent signed."), pr=2)


@case("mpp-p3", "cv", MPP, "positive", [MPP],
      "Open infrarenal abdominal aortic aneurysm repair (CPT 35081) planned for January 2027 for a 5.9 cm aneurysm that grew 0.8 cm in a year; cardiac and pulmonary pre-operative work-up requested.",
      "Open AAA repair planned for a 5.9 cm growing aneurysm")
def _(b):
    b.setup("Frank", "Mercer", "male", "1954-10-11", "CV-66120", "859-555-0101", "M")
    aaa = b.cond(CC(CM("I71.40", "Abdominal aortic aneurysm, without rupture, unspecified"), SCT("233985008", "Abdominal aortic aneurysm")), "2023-09-12")
    copd = b.cond(CC(CM("J44.9", "Chronic obstructive pulmonary disease, unspecified"), SCT("13645005", "Chronic obstructive lung disease")), "2018-01-01")
    htn = b.cond(CM("I10", "Essential (primary) hypertension"), "2012-01-01")
    b.med(RX("6918", "metoprolol", "metoprolol succinate 50 mg ER tablet"), "2015-01-01", dose="50 mg daily", reason=htn)
    b.med(RX("83367", "atorvastatin", "atorvastatin 40 mg tablet"), "2023-09-12", dose="40 mg daily", reason=aaa)
    b.med(T("tiotropium 18 mcg inhalation capsule"), "2018-01-01", dose="1 capsule inhaled daily", reason=copd)
    for d, dia in [("2024-10-01", 4.6), ("2025-10-07", 5.1), ("2026-10-13", 5.9)]:
        o = b.obs(C("cv", "AAA-DIAM", "Maximum abdominal aortic diameter (imaging)"), d, dia, "cm", hi=3.0, cat="imaging")
    b.dr(T("CT angiography abdomen and pelvis"), "2026-10-13",
         "Infrarenal AAA, maximum diameter 5.9 cm (5.1 cm in 10/2025). Short infrarenal neck (8 mm) with 70-degree angulation; unfavourable for EVAR.", results=[o])
    e = b.enc("2026-10-27", "Vascular surgery consult", reason=CM("I71.40", "Abdominal aortic aneurysm, without rupture, unspecified"))
    b.vit("2026-10-27", 144, 86, 64, 84, enc=e)
    us_bmp(b, "2026-10-27", creat=1.1, enc=e)
    b.sr(CC(C("cpt", "35081", "Direct repair of aneurysm, pseudoaneurysm, or excision (partial or total) and graft insertion, with or without patch graft; for aneurysm and associated occlusive disease, abdominal aorta"),
            text="Open infrarenal AAA repair with tube graft"), "2026-10-27", status="active", intent="plan", occ="2027-01-12",
         reason_ref=[aaa], performer=0, note="EVAR anatomy unfavourable; open repair recommended.")
    b.sr(T("Pre-operative cardiology evaluation and pulmonary function studies"), "2026-10-27", status="active", intent="order", reason_ref=[aaa])
    b.note("2026-10-27", "Vascular surgery consult note", note_text(
        "5.9 cm infrarenal AAA, growth 0.8 cm in 12 months. Asymptomatic.",
        "Neck anatomy hostile for EVAR. Recommended open repair via retroperitoneal approach, tentatively 1/12/2027 pending cardiac and pulmonary clearance.",
        "Patient agrees with plan."), enc=e)


@case("mpp-n1", "rk", MPP, "near-miss", [],
      "The only planned procedure is an outpatient carpal tunnel release under local anaesthesia, a minor procedure; dialysis itself is long established (since 2014) and unchanged.",
      "Minor hand surgery booked in a long-term haemodialysis patient")
def _(b):
    b.setup("Leon", "Whitaker", "male", "1963-05-15", "RK-110984", "937-555-0107", "M", extra_pract=[ORGS["rk"]["staff"][2]])
    esrd = b.cond(CC(CM("E11.22", "Type 2 diabetes mellitus with diabetic chronic kidney disease")), "2005-01-01")
    b.cond(CC(CM("N18.6", "End stage renal disease"), SCT("46177005", "End-stage renal disease")), "2014-03-01")
    cts = b.cond(CC(CM("G56.01", "Carpal tunnel syndrome, right upper limb"), SCT("57406009", "Carpal tunnel syndrome")), "2026-04-01")
    b.med(T("Epoetin alfa 4000 units IV with dialysis"), "2015-01-01", dose="4000 units three times weekly", reason=esrd)
    b.med(T("Sevelamer carbonate 800 mg tablet"), "2014-06-01", dose="1600 mg with meals", reason=esrd)
    for d, k, a in [("2026-08-04", 1.42, 3.8), ("2026-09-01", 1.35, 3.7), ("2026-10-06", 1.44, 3.9), ("2026-11-03", 1.40, 3.8)]:
        e = b.enc(d, "In-center hemodialysis session", pr=2)
        b.proc(C("cpt", "90935", "Hemodialysis procedure with single evaluation by a physician or other qualified health care professional"),
               "completed", d, pr=2, enc=e)
        ktv(b, d, k)
        albumin(b, d, a, enc=e)
    b.obs(T("Nerve conduction study, right median nerve"), "2026-05-20", "Prolonged distal motor latency 5.9 ms; consistent with moderate carpal tunnel syndrome", interp="A", cat="procedure")
    b.sr(CC(C("cpt", "64721", "Neuroplasty and/or transposition; median nerve at carpal tunnel"), text="Open carpal tunnel release, right, under local anaesthesia"),
         "2026-10-20", status="active", intent="order", occ="2026-12-09", reason_ref=[cts],
         note="Outpatient hand surgery, local anaesthesia, left-arm fistula side avoided; scheduled on a non-dialysis day.")
    b.note("2026-11-03", "Monthly dialysis progress note", note_text(
        "Stable on in-center HD MWF since 2014 via left brachiocephalic fistula. spKt/V 1.40, albumin 3.8.",
        "Right carpal tunnel release booked 12/9 (outpatient, local). No change to dialysis prescription."), pr=0)


@case("mpp-n2", "se", MPP, "near-miss", [],
      "Laparoscopic cholecystectomy was already performed in September 2026 (Procedure completed, order completed) with uneventful follow-up; nothing remains planned.",
      "Cholecystectomy already done in September")
def _(b):
    b.setup("Maja", "Persson", "female", "1982-03-09", "19820309-1187", "+46 72 301 55 90", "M", extra_pract=[ORGS["se"]["staff"][3]])
    gs = b.cond(CC(SE_DX("K80.2", "Gallsten utan kolecystit"), SCT("266474003", "Calculus of gallbladder")), "2026-04-18",
                status="resolved", abate="2026-09-12")
    e1 = b.enc("2026-04-18", "Akutbesök kirurgen", cls="EMER", reason=T("Smärta höger arcus efter måltid"))
    b.dr(C("se-local", "UL-BUK", "Ultraljud övre buk"), "2026-04-18", "Multipla gallstenar, ingen väggförtjockning, normala gallvägar.")
    se_basic_labs(b, "2026-04-18", hb=128, krea=61, crp=4, enc=e1)
    b.obs(SE_ALAT, "2026-04-18", 0.5, "µkat/L", "ukat/L", hi=0.76, enc=e1)
    b.sr(CC(C("kva", "JKA21", "Laparoskopisk kolecystektomi")), "2026-05-05", status="completed", intent="order", reason_ref=[gs], pr=2)
    e2 = b.enc("2026-09-12", "Dagkirurgi", cls="IMP", reason=T("Planerad kolecystektomi"), pr=2)
    b.proc(CC(C("kva", "JKA21", "Laparoskopisk kolecystektomi")), "completed", "2026-09-12", reason_ref=[gs], pr=2, enc=e2,
           outcome="Okomplicerat förlopp")
    b.dr(T("PAD gallblåsa"), "2026-09-16", "Kronisk kolecystit med gallstenar. Ingen malignitet.", cat="SP")
    b.note("2026-09-12", "Operationsberättelse", note_text(
        "Laparoskopisk kolecystektomi. Fyra portar. Critical view of safety uppnådd. Blödning minimal.",
        "Hem samma dag."), typ=("28570-0", "Procedure note"), enc=e2, pr=2)
    e3 = b.enc("2026-10-10", "Telefonuppföljning", cls="VR", pr=2)
    b.note("2026-10-10", "Telefonuppföljning efter kolecystektomi", note_text(
        "Mår bra, inga smärtor, sårläkning ua. Åter i arbete.",
        "Ingen ytterligare uppföljning planerad."), enc=e3, pr=2)
    b.vit("2026-04-18", 126, 78, 88, 66, enc=e1)


# ============================================================== UNTREATABLE_PROGNOSIS
@case("utp-p1", "mc", UTP, "positive", [UTP],
      "Advanced Alzheimer's dementia (FAST 7c, MMSE 3) with an active palliative care plan and a hospice referral; no second opinion on record.",
      "Advanced dementia on a palliative care plan with hospice referral")
def _(b):
    b.setup("Ruth", "Abernathy", "female", "1938-07-30", "LM-10277", "614-555-0166", "W")
    ad = b.cond(CC(CM("G30.1", "Alzheimer's disease with late onset"), SCT("26929004", "Alzheimer's disease")), "2018-05-01", severity="Severe")
    dys = b.cond(CC(CM("R13.12", "Dysphagia, oropharyngeal phase")), "2026-06-01")
    b.cond(CC(CM("J69.0", "Pneumonitis due to inhalation of food and vomit"), text="Aspiration pneumonia"), "2026-08-03", status="resolved", abate="2026-08-20")
    b.med(RX("6719", "memantine", "memantine 10 mg tablet"), "2020-01-01", dose="10 mg twice daily", reason=ad, status="stopped",
          note="Discontinued 2026-09 as part of comfort-focused plan.")
    b.med(RX("161", "acetaminophen", "acetaminophen 500 mg tablet"), "2026-09-01", dose="500 mg every 6 hours as needed", reason="Pain/discomfort")
    for d, mmse, wt in [("2025-11-10", 8, 52.0), ("2026-05-12", 5, 48.5), ("2026-09-15", 3, 45.2)]:
        e = b.enc(d, "Memory clinic follow-up", reason=CM("G30.1", "Alzheimer's disease with late onset"))
        b.score(C("ln", "72106-8", "Total score [MMSE]"), d, mmse, enc=e)
        b.obs(C("ln", "29463-7", "Body weight"), d, wt, "kg", cat="vital-signs", enc=e, interp=None)
    b.obs(C("mc", "FAST", "Functional Assessment Staging Tool (FAST) stage"), "2026-09-15", "7c", cat="survey")
    cp = b.careplan("Palliative care plan - advanced dementia", "2026-09-15", addresses=[ad, dys],
                    cat=SCT("103735009", "Palliative care"),
                    activities=[(T("Comfort feeding only"), "in-progress"), (T("No hospital transfer unless for comfort"), "in-progress"),
                                (T("Discontinue non-comfort medications"), "completed")],
                    desc="Goals of care: comfort. Family agrees; DNR/DNI on file.")
    b.sr(T("Referral to hospice care"), "2026-09-15", status="active", intent="order", reason_ref=[ad], occ="2026-12-03")
    b.note("2026-09-15", "Goals of care conference", note_text(
        "Advanced Alzheimer's disease, FAST 7c, nonverbal, bed-to-chair, recurrent aspiration (pneumonia 8/2026), weight loss 7 kg in 10 months.",
        "No disease-modifying treatment options remain. Daughter (health care POA) agrees with comfort-focused care.",
        "Plan: palliative care plan, comfort feeding only, hospice referral, memantine stopped."))


@case("utp-p2", "rk", UTP, "positive", [UTP],
      "CKD stage 5 (eGFR 9) in a frail 84-year-old managed conservatively: conservative kidney management care plan and referral to palliative/hospice care, team states dialysis and transplant are not options; no second opinion on record.",
      "Conservative kidney management, no dialysis or transplant option, hospice referral")
def _(b):
    b.setup("Eugene", "Farrow", "male", "1942-01-19", "RK-090331", "937-555-0112", "W")
    ckd = b.cond(CC(CM("N18.5", "Chronic kidney disease, stage 5"), SCT("433146000", "Chronic kidney disease stage 5")), "2025-02-01")
    hf = b.cond(CC(CM("I50.22", "Chronic systolic (congestive) heart failure"), SCT("84114007", "Heart failure")), "2019-06-01")
    dm = b.cond(CM("E11.22", "Type 2 diabetes mellitus with diabetic chronic kidney disease"), "2001-01-01")
    b.med(RX("4603", "furosemide", "furosemide 80 mg tablet"), "2020-01-01", dose="80 mg twice daily", reason=hf)
    b.med(RX("6918", "metoprolol", "metoprolol succinate 25 mg ER tablet"), "2019-06-01", dose="25 mg daily", reason=hf)
    b.med(T("sodium bicarbonate 650 mg tablet"), "2025-02-01", dose="1300 mg twice daily", reason=ckd)
    for d, eg, hb in [("2026-04-08", 12, 9.8), ("2026-07-15", 10, 9.5), ("2026-10-21", 9, 9.3)]:
        e = b.enc(d, "CKD clinic visit")
        egfr(b, d, eg, enc=e)
        us_hgb(b, d, hb, female=False, enc=e)
    b.obs(C("rk", "CFS", "Clinical Frailty Scale"), "2026-10-21", 7, cat="survey")
    cp = b.careplan("Conservative kidney management (no dialysis)", "2026-07-15", addresses=[ckd, hf],
                    cat=SCT("103735009", "Palliative care"),
                    activities=[(T("Symptom control: pruritus, nausea, fluid"), "in-progress"), (T("Advance care planning"), "completed")],
                    desc="Shared decision: dialysis not expected to extend or improve life given frailty and heart failure; not a transplant candidate.")
    b.sr(T("Referral to community palliative care / hospice"), "2026-10-21", status="active", intent="order", reason_ref=[ckd])
    b.note("2026-10-21", "Nephrology note - conservative care", note_text(
        "eGFR 9. Increasing fatigue, poor appetite, pruritus. CFS 7, EF 25%.",
        "Team consensus: no renal replacement options appropriate (not a dialysis or transplant candidate). Patient and son agree with conservative kidney management.",
        "Hospice referral placed today. DNR confirmed."))


@case("utp-p3", "se", UTP, "positive", [UTP],
      "Stage IV non-small-cell lung cancer progressing after second-line therapy; the multidisciplinary conference note states there are no further tumour-directed treatment options and a palliative home-care (ASIH) referral is active; no second opinion on record.",
      "Metastatic lung cancer: MDK note says no further treatment options, palliative referral")
def _(b):
    b.setup("Göran", "Axelsson", "male", "1955-09-25", "19550925-5532", "+46 70 666 77 88", "M")
    ca = b.cond(CC(SE_DX("C34.1", "Malign tumör i övre lobens bronk eller lunga"), SCT("254637007", "Non-small cell lung cancer")),
                "2024-11-20", note="Adenokarcinom, EGFR exon 19-deletion, stadium IV (skelett, lever).")
    b.cond(SE_DX("J44.9", "Kroniskt obstruktiv lungsjukdom, ospecificerad"), "2016-01-01")
    b.med(ATC("L01EB04", "Osimertinib"), "2024-12-10", status="stopped", dose="80 mg x 1", reason=ca, kind="MedicationStatement",
          end="2025-12-15", note="Progress december 2025.")
    b.med(T("Amivantamab + lazertinib (andra linjen)"), "2026-01-12", status="stopped",
          reason=ca, kind="MedicationStatement", end="2026-10-30", note="Avslutad pga progress och försämrat allmäntillstånd.")
    b.med(ATC("N02AA05", "Oxikodon"), "2026-10-30", dose="10 mg x 2 + vid behov", reason=ca)
    b.dr(C("se-local", "DT-THORAX-BUK", "DT thorax-buk med kontrast"), "2026-10-22",
         "Progress av primärtumör och levermetastaser, nytillkomna skelettmetastaser i bäckenet.")
    e = b.enc("2026-11-12", "Besök onkologmottagning", reason=T("Progress lungcancer"))
    b.vit("2026-11-12", 118, 72, 96, 61, enc=e)
    se_basic_labs(b, "2026-11-12", hb=104, krea=88, crp=46, female=False, enc=e)
    b.obs(C("se-local", "ECOG", "ECOG funktionsstatus"), "2026-11-12", 3, cat="survey", enc=e)
    b.sr(T("Remiss till ASIH (avancerad sjukvård i hemmet), palliativ enhet"), "2026-11-12", status="active", intent="order", reason_ref=[ca])
    b.note("2026-11-12", "MDK / onkologanteckning", note_text(
        "Multidisciplinär konferens 2026-11-10: Progress efter andra linjens behandling. ECOG 3.",
        "Bedömning: Inga ytterligare tumörspecifika behandlingsalternativ. Fortsatt symtomlindrande vård.",
        "Planering: Remiss ASIH. Brytpunktssamtal genomfört med patient och hustru.",
        "EN summary: MDT concluded no further tumour-directed treatment options; referral to palliative home care."), enc=e)


@case("utp-n1", "cv", UTP, "near-miss", [],
      "Non-reconstructable limb ischaemia managed with palliative wound care, but an independent second-opinion consultation at a university vascular centre in August 2026 confirmed the plan; the flag is suppressed. Primary amputation was declined and nothing is planned.",
      "Palliative wound care after a second opinion already obtained (Aug 2026)")
def _(b):
    b.setup("Irene", "Vasquez", "female", "1945-04-16", "CV-59021", "859-555-0150", "W")
    cl = b.cond(CC(CM("I70.245", "Atherosclerosis of native arteries of left leg with ulceration of other part of foot"),
                   text="Chronic limb-threatening ischaemia, left, non-reconstructable"), "2025-12-02")
    ul = b.cond(CM("L97.521", "Non-pressure chronic ulcer of other part of left foot limited to breakdown of skin"), "2025-12-02")
    ckd = b.cond(CM("N18.31", "Chronic kidney disease, stage 3a"), "2020-01-01")
    b.med(RX("1191", "aspirin", "aspirin 81 mg tablet"), "2015-01-01", dose="81 mg daily", reason=cl)
    b.med(RX("83367", "atorvastatin", "atorvastatin 20 mg tablet"), "2015-01-01", dose="20 mg daily", reason=cl)
    b.med(T("oxycodone 5 mg tablet"), "2026-06-01", dose="5 mg every 6 hours as needed", reason=cl)
    b.dr(T("Lower extremity angiography, left"), "2026-05-20", "Diffuse tibial occlusions with no target vessel at ankle or foot. Not amenable to bypass or endovascular repair.")
    e1 = b.enc("2026-06-03", "Vascular surgery visit")
    b.note("2026-06-03", "Vascular surgery note", note_text(
        "Angiography: no revascularisation target. Options discussed: primary below-knee amputation vs palliative wound care.",
        "Patient declines amputation. Requests independent opinion before final decision; referral made to University Vascular Center."), enc=e1)
    b.sr(T("Referral for second opinion, University Vascular Center"), "2026-06-03", status="completed", intent="order", reason_ref=[cl])
    so = b.pract("Leah", "Goldstein", "Vascular surgeon", "University Vascular Center")
    e2 = b.enc("2026-08-20", T("Second opinion consultation (external vascular surgery)"), pr=so)
    b.note("2026-08-20", "Second opinion consultation - University Vascular Center", note_text(
        "Independent review of angiography and duplex. Agree: no revascularisation option (no pedal target).",
        "Palliative wound care with analgesia is reasonable; amputation can be reconsidered if infection or uncontrolled pain."),
           typ=("11488-4", "Consult note"), enc=e2, pr=so)
    b.careplan("Palliative wound care - left foot", "2026-08-25", addresses=[cl, ul], cat=SCT("103735009", "Palliative care"),
               activities=[(T("Dry dressings, offloading, pain control"), "in-progress")])
    for d, a in [("2026-08-25", 2.2), ("2026-10-06", 2.4), ("2026-11-17", 2.3)]:
        e = b.enc(d, "Wound clinic visit", pr=1)
        b.obs(C("cv", "WOUND-AREA", "Wound area (length x width)"), d, a, "cm2", "cm2", cat="exam", enc=e, interp=None)


@case("utp-n2", "mc", UTP, "near-miss", [],
      "Advance care planning documented for a patient with mild Alzheimer's disease who remains on active treatment (donepezil, stable MMSE); planning ahead is not a no-treatment or palliative signal.",
      "Advance care planning only, patient on active treatment")
def _(b):
    b.setup("Henry", "Oduya", "male", "1950-06-06", "LM-22816", "614-555-0190", "M")
    ad = b.cond(CC(CM("G30.1", "Alzheimer's disease with late onset"), SCT("26929004", "Alzheimer's disease")), "2025-04-22", severity="Mild")
    htn = b.cond(CM("I10", "Essential (primary) hypertension"), "2009-01-01")
    b.med(RX("135447", "donepezil", "donepezil 10 mg tablet"), "2025-04-22", dose="10 mg daily", reason=ad)
    b.med(RX("17767", "amlodipine", "amlodipine 5 mg tablet"), "2010-01-01", dose="5 mg daily", reason=htn)
    for d, m, bp_ in [("2025-10-20", 25, (134, 80)), ("2026-04-14", 25, (130, 78)), ("2026-10-13", 24, (128, 76))]:
        e = b.enc(d, "Memory clinic follow-up")
        b.score(C("ln", "72106-8", "Total score [MMSE]"), d, m, enc=e)
        b.bp(d, *bp_, enc=e)
    b.obs(C("mc", "CAPACITY", "Decision-making capacity assessment"), "2026-09-08", "Has capacity for health care decisions and appointment of agent", cat="exam")
    b.note("2026-09-08", "Advance care planning conversation", note_text(
        "Mild Alzheimer's disease, MMSE 25, living independently with wife.",
        "Discussed future care preferences while he has capacity. He names wife as health care agent. Full treatment at present; would not want prolonged mechanical ventilation if severe dementia in the future.",
        "Continue donepezil and current follow-up. Living will and POA forms completed."), typ=("42348-3", "Advance healthcare directives"))
    b.goal("Maintain independence at home and continue volunteering", "2026-09-08")
    us_bmp(b, "2026-04-14", creat=1.0)


# ============================================================== HIGH_IMPACT_TREATMENT
@case("hit-p1", "rk", HIT, "positive", [HIT],
      "Start of in-centre haemodialysis three times weekly ordered for 8 December 2026 (CKD 5, eGFR 9, uraemic symptoms) through a fistula created in August: dialysis is a planned high-impact treatment.",
      "Haemodialysis start ordered for December 2026")
def _(b):
    b.setup("Carla", "Benedetti", "female", "1964-08-12", "RK-620448", "937-555-0175", "M", extra_pract=[ORGS["rk"]["staff"][3]])
    ckd = b.cond(CC(CM("N18.5", "Chronic kidney disease, stage 5"), SCT("433146000", "Chronic kidney disease stage 5")), "2025-09-01")
    dm = b.cond(CM("E11.22", "Type 2 diabetes mellitus with diabetic chronic kidney disease"), "2003-01-01")
    b.med(RX("274783", "insulin glargine", "insulin glargine 100 unit/mL pen"), "2015-01-01", dose="18 units daily", reason=dm)
    b.med(RX("4603", "furosemide", "furosemide 80 mg tablet"), "2025-09-01", dose="80 mg twice daily", reason=ckd)
    b.proc(CC(C("cpt", "36821", "Arteriovenous anastomosis, open; direct, any site (eg, Cimino type) (separate procedure)"),
              text="Left radiocephalic AV fistula creation"), "completed", "2026-08-05", reason_ref=[ckd], pr=2)
    b.dr(T("Duplex ultrasound, AV fistula maturation"), "2026-10-14", "Fistula flow 720 mL/min, vein diameter 6.5 mm, depth 4 mm: mature.")
    for d, eg, k, bic in [("2026-05-13", 10, 5.0, 20), ("2026-08-19", 9, 5.3, 18), ("2026-11-18", 9, 5.6, 17)]:
        e = b.enc(d, "Advanced CKD clinic")
        egfr(b, d, eg, enc=e)
        b.obs(LN("2823-3", "Potassium [Moles/volume] in Serum or Plasma"), d, k, "mmol/L", lo=3.5, hi=5.1, enc=e)
        b.obs(LN("1963-8", "Bicarbonate [Moles/volume] in Serum or Plasma"), d, bic, "mmol/L", lo=22, hi=29, enc=e)
    b.sr(CC(SCT("302497006", "Hemodialysis"), text="Initiate in-center hemodialysis, 3x/week, 4 h, via left AVF"),
         "2026-11-18", status="active", intent="order", occ="2026-12-08", reason_ref=[ckd],
         note="Chair reserved MWF first shift, Riverbend East unit.")
    b.note("2026-11-18", "Advanced CKD clinic note", note_text(
        "eGFR 9. Nausea, pruritus, 3 kg fluid gain despite furosemide 160 mg/day. K 5.6.",
        "Fistula mature on duplex. Patient chose in-center HD after modality education.",
        "Plan: start hemodialysis 12/8/2026. Transplant referral to be discussed after dialysis is established."))


@case("hit-p2", "cv", HIT, "positive", [HIT, MPP],
      "Right below-knee amputation (CPT 27880) ordered for 8 December 2026 for forefoot gangrene with osteomyelitis after failed angioplasty: a high-impact treatment that is also a major procedure not yet performed.",
      "Below-knee amputation booked after failed revascularisation")
def _(b):
    b.setup("Dwayne", "Harlan", "male", "1959-02-03", "CV-71540", "859-555-0182", "M", extra_pract=[ORGS["cv"]["staff"][2]])
    gang = b.cond(CC(CM("I70.261", "Atherosclerosis of native arteries of extremities with gangrene, right leg")), "2026-08-18")
    dm = b.cond(CC(CM("E11.52", "Type 2 diabetes mellitus with diabetic peripheral angiopathy with gangrene")), "2026-08-18")
    osteo = b.cond(CC(CM("M86.671", "Other chronic osteomyelitis, right ankle and foot")), "2026-10-02")
    b.med(RX("274783", "insulin glargine", "insulin glargine 100 unit/mL pen"), "2018-01-01", dose="30 units daily", reason=dm)
    b.med(RX("32968", "clopidogrel", "clopidogrel 75 mg tablet"), "2026-09-10", dose="75 mg daily", reason=gang)
    b.med(T("piperacillin-tazobactam 4.5 g IV"), "2026-10-02", dose="4.5 g every 8 hours", reason=osteo, status="completed")
    b.obs(C("cv", "ABI-R", "Ankle-brachial index, right"), "2026-08-18", 0.41, "{ratio}", lo=0.9, hi=1.3)
    b.proc(CC(C("cpt", "37228", "Revascularization, endovascular, open or percutaneous, tibial/peroneal artery, unilateral, initial vessel; with transluminal angioplasty")),
           "completed", "2026-09-10", reason_ref=[gang], outcome="Early re-occlusion of anterior tibial artery on 10/1 duplex")
    b.dr(T("MRI right foot"), "2026-10-02", "Osteomyelitis of 1st-3rd metatarsals with forefoot soft tissue necrosis.")
    e = b.enc("2026-11-10", "Vascular surgery visit")
    b.vit("2026-11-10", 150, 84, 92, 97, enc=e)
    us_hgb(b, "2026-11-10", 10.9, female=False, enc=e)
    b.obs(LN("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood"), "2026-11-10", 8.6, "%", lo=4.0, hi=5.6, enc=e)
    b.sr(CC(C("cpt", "27880", "Amputation, leg, through tibia and fibula"), text="Right below-knee amputation"),
         "2026-11-10", status="active", intent="order", occ="2026-12-08", reason_ref=[gang, osteo], performer=0)
    b.note("2026-11-10", "Vascular surgery note", note_text(
        "Right forefoot gangrene with osteomyelitis of metatarsals 1-3, re-occlusion after tibial angioplasty; no further revascularisation option.",
        "Heel not salvageable for transmetatarsal level. Recommended right below-knee amputation; patient consents.",
        "Booked 12/8/2026. Prosthetics and rehab consult ordered."), enc=e)


@case("hit-p3", "se", HIT, "positive", [HIT],
      "After androgen-deprivation therapy started in April 2026, the EORTC QLQ-C30 global health status fell from 75 to 58 to 50 (drop 25, MCID about 10): quality of life falling by more than its minimal important difference after treatment began.",
      "Quality-of-life score fell 25 points after hormone therapy began")
def _(b):
    b.setup("Bengt", "Olofsson", "male", "1959-01-17", "19590117-2954", "+46 70 332 18 80", "M")
    ca = b.cond(CC(SE_DX("C61", "Malign tumör i prostata"), SCT("399068003", "Malignant tumor of prostate")), "2026-02-24",
                note="Gleason 4+4, cT3a, högrisk, ingen fjärrmetastasering.")
    b.med(ATC("L02AE02", "Leuprorelin"), "2026-04-02", dose="22,5 mg s.c. var 3:e månad", reason=ca)
    b.med(ATC("L02BB03", "Bikalutamid"), "2026-03-20", status="completed", dose="50 mg x 1 i 4 veckor", reason=ca, kind="MedicationStatement", end="2026-04-17")
    qol = C("se-local", "EORTC-QLQC30-GHS", "EORTC QLQ-C30 global hälsostatus/livskvalitet (0-100)")
    for d, v, psa in [("2026-03-20", 75.0, 14.2), ("2026-07-01", 58.3, 1.1), ("2026-10-15", 50.0, 0.4)]:
        e = b.enc(d, "Besök urologmottagning", reason=T("Prostatacancer"))
        b.obs(qol, d, v, "{score}", cat="survey", enc=e, interp=None)
        b.obs(C("se-lab", "PSA", "S-PSA"), d, psa, "µg/L", "ug/L", hi=4.0, enc=e)
    b.obs(C("se-local", "VARMEVALLNINGAR", "Värmevallningar per dygn"), "2026-10-15", 9, cat="survey")
    b.note("2026-10-15", "Urologmottagning", note_text(
        "Hormonbehandling sedan april. PSA sjunkit till 0,4.",
        "Besvärliga värmevallningar 8-10/dygn, uttalad trötthet, nedstämdhet och förlorad lust. Har slutat spela golf.",
        "EORTC QLQ-C30 global livskvalitet 50 (75 före behandling).",
        "Plan: fortsatt leuprorelin, kontakt med uroterapeut, överväg venlafaxin mot vallningar.",
        "EN summary: marked decline in quality of life since androgen deprivation started."))
    b.vit("2026-10-15", 136, 84, 70, 88)


@case("hit-n1", "mc", HIT, "near-miss", [],
      "Mastectomy, radiotherapy and anastrozole for breast cancer were all completed years ago (2012-2017); no high-impact treatment is planned or running now.",
      "Remote, completed breast-cancer treatment only")
def _(b):
    b.setup("Edith", "Marlow", "female", "1945-11-02", "LM-18233", "614-555-0144", "W")
    vd = b.cond(CC(CM("F01.50", "Vascular dementia, unspecified severity, without behavioral disturbance, psychotic disturbance, mood disturbance, and anxiety")),
                "2025-07-09")
    htn = b.cond(CM("I10", "Essential (primary) hypertension"), "2000-01-01")
    b.cond(CC(CM("Z85.3", "Personal history of malignant neoplasm of breast")), "2012-03-01")
    b.proc(CC(C("cpt", "19303", "Mastectomy, simple, complete"), text="Left simple mastectomy"), "completed", "2012-04-10")
    b.proc(T("Adjuvant chest wall radiotherapy, 50 Gy in 25 fractions"), "completed", "2012-06-20")
    b.med(RX("84857", "anastrozole", "anastrozole 1 mg tablet"), "2012-07-01", status="completed", dose="1 mg daily",
          kind="MedicationStatement", end="2017-07-01", reason="Breast cancer, adjuvant")
    b.med(RX("29046", "lisinopril", "lisinopril 10 mg tablet"), "2005-01-01", dose="10 mg daily", reason=htn)
    b.med(RX("1191", "aspirin", "aspirin 81 mg tablet"), "2025-07-09", dose="81 mg daily", reason=vd)
    for d, m, bp_ in [("2025-07-09", 23, (142, 84)), ("2026-01-13", 23, (136, 80)), ("2026-07-14", 22, (134, 78))]:
        e = b.enc(d, "Memory clinic visit")
        b.score(C("ln", "72106-8", "Total score [MMSE]"), d, m, enc=e)
        b.bp(d, *bp_, enc=e)
    b.note("2026-07-14", "Geriatric memory clinic note", note_text(
        "Vascular dementia, mild. MMSE 22. Lives with daughter, attends day program.",
        "Oncology: left breast cancer 2012 treated with mastectomy, radiotherapy, anastrozole to 2017; annual mammogram of right breast normal 3/2026, oncology discharged.",
        "Plan: BP control, aspirin, cognitive activities. Review 6 months."))
    us_bmp(b, "2026-07-14", creat=0.9)


@case("hit-n2", "rk", HIT, "near-miss", [],
      "Temporary haemodialysis (four sessions) for septic acute tubular necrosis in June 2026 ended with renal recovery (eGFR 55) and catheter removal; the treatment is no longer running or planned.",
      "Short acute haemodialysis for AKI, finished with recovery")
def _(b):
    b.setup("Raymond", "Tolliver", "male", "1967-03-28", "RK-701356", "937-555-0196", "M", extra_pract=[ORGS["rk"]["staff"][2]])
    aki = b.cond(CC(CM("N17.0", "Acute kidney failure with tubular necrosis"), SCT("14669001", "Acute renal failure syndrome")),
                 "2026-06-07", status="resolved", abate="2026-07-20")
    b.cond(CM("A41.9", "Sepsis, unspecified organism"), "2026-06-05", status="resolved", abate="2026-06-20")
    htn = b.cond(CM("I10", "Essential (primary) hypertension"), "2014-01-01")
    b.med(RX("17767", "amlodipine", "amlodipine 5 mg tablet"), "2014-01-01", dose="5 mg daily", reason=htn)
    for d in ["2026-06-10", "2026-06-12", "2026-06-15", "2026-06-18"]:
        b.proc(C("cpt", "90935", "Hemodialysis procedure with single evaluation by a physician or other qualified health care professional"),
               "completed", d, reason_ref=[aki], pr=2)
    b.proc(T("Removal of tunneled hemodialysis catheter, right internal jugular"), "completed", "2026-06-25", reason_ref=[aki])
    for d, eg in [("2026-06-09", 8), ("2026-06-25", 24), ("2026-07-20", 46), ("2026-09-15", 53), ("2026-11-17", 55)]:
        egfr(b, d, eg)
    e = b.enc("2026-11-17", "Post-AKI nephrology follow-up")
    b.bp("2026-11-17", 128, 78, enc=e)
    b.note("2026-11-17", "Nephrology follow-up", note_text(
        "AKI (septic ATN) in June requiring four sessions of HD; dialysis independent since 6/18, catheter removed 6/25.",
        "eGFR now 55, urine ACR normal. Avoid nephrotoxins. Annual kidney function check with PCP; discharged from nephrology."), enc=e)


# ============================================================== PATIENT_REPORTED_CONCERN
@case("prc-p1", "mc", PRC, "positive", [PRC],
      "Patient-authored portal message (October 2026) explicitly asks for a second opinion on her new Alzheimer's diagnosis before starting medication; no second opinion on record.",
      "Patient portal message asking for a second opinion on her dementia diagnosis")
def _(b):
    b.setup("Judith", "Carrington", "female", "1954-01-25", "LM-23390", "614-555-0118", "M", extra_pract=[ORGS["mc"]["staff"][2]])
    ad = b.cond(CC(CM("G30.1", "Alzheimer's disease with late onset"), SCT("26929004", "Alzheimer's disease")), "2026-10-06", severity="Mild")
    htn = b.cond(CM("I10", "Essential (primary) hypertension"), "2012-01-01")
    b.cond(CC(CM("G47.00", "Insomnia, unspecified")), "2024-05-01")
    b.med(RX("29046", "lisinopril", "lisinopril 20 mg tablet"), "2012-01-01", dose="20 mg daily", reason=htn)
    b.med(RX("135447", "donepezil", "donepezil 5 mg tablet"), "2026-10-06", status="on-hold", dose="5 mg at bedtime", reason=ad,
          note="On hold at patient's request pending her questions.")
    e1 = b.enc("2026-08-11", "New patient evaluation, memory clinic")
    b.score(LN("72172-0", "Total score [MoCA]"), "2026-08-11", 23, enc=e1)
    b.score(LN("44261-6", "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]"), "2026-08-11", 9, enc=e1)
    b.vit("2026-08-11", 138, 82, 74, 70, enc=e1)
    us_bmp(b, "2026-08-11")
    b.obs(LN("2132-9", "Cobalamin (Vitamin B12) [Mass/volume] in Serum or Plasma"), "2026-08-11", 420, "pg/mL", lo=200, hi=900)
    b.obs(T("Neuropsychological battery"), "2026-09-15", "Amnestic pattern, mild impairment in delayed recall and naming", cat="exam")
    b.dr(T("MRI brain without contrast"), "2026-09-02", "Mild bilateral hippocampal volume loss, mild small-vessel change.")
    e2 = b.enc("2026-10-06", "Diagnosis feedback visit")
    b.note("2026-10-06", "Geriatrician note - diagnosis feedback", note_text(
        "Findings reviewed: MoCA 23, amnestic profile on neuropsychology, hippocampal atrophy on MRI.",
        "Diagnosis: mild Alzheimer's disease. Donepezil offered. Patient tearful, wants time to think."), enc=e2)
    b.comm("2026-10-28", "Dr. Doyle, I have thought a lot about our last visit. I don't feel my sleep problems and low mood were really "
                         "considered before I was told I have Alzheimer's. Before I start any medication I would like a second opinion "
                         "from another memory specialist. Can you please arrange a referral? - Judith Carrington",
           topic="Request for second opinion")


@case("prc-p2", "se", PRC, "positive", [PRC],
      "In the hospital's patient survey (October 2026) the patient answered that she does not feel listened to and 'Ja' to wanting a renewed medical assessment (second opinion).",
      "Patient survey: not listened to, wants a second opinion (förnyad medicinsk bedömning)")
def _(b):
    b.setup("Linnea", "Åberg", "female", "1968-12-01", "19681201-6404", "+46 70 224 90 13", "M")
    mig = b.cond(CC(SE_DX("G43.9", "Migrän, ospecificerad"), SCT("37796009", "Migraine")), "2010-01-01")
    b.med(ATC("N02CC01", "Sumatriptan"), "2012-01-01", dose="50 mg vid behov", reason=mig)
    b.med(ATC("N03AX11", "Topiramat"), "2025-03-01", dose="50 mg x 2", reason=mig)
    for d, days in [("2026-03-17", 8), ("2026-06-16", 9), ("2026-10-06", 8)]:
        e = b.enc(d, "Besök neurologmottagning", reason=T("Migrän"))
        b.obs(C("se-local", "MIGRAN-DAGAR", "Migrändagar per månad (huvudvärksdagbok)"), d, days, cat="survey", enc=e)
        b.bp(d, 122, 76, enc=e)
    se_basic_labs(b, "2026-03-17", hb=130, krea=68, crp=1)
    b.note("2026-10-06", "Neurologmottagning", note_text(
        "Fortsatt 8-9 migrändagar/månad trots topiramat. Patienten önskar diskutera CGRP-hämmare.",
        "Bedömning: Fortsätt nuvarande behandling ytterligare 3 månader."))
    b.qr("2026-10-12", "https://fhir.norrvik.example.se/fhir/Questionnaire/patientenkat-oppenvard",
         [("1", "Hur nöjd är du med ditt besök? (1-5)", 2),
          ("2", "Kände du dig lyssnad på av läkaren?", {"system": "http://terminology.hl7.org/CodeSystem/v2-0136", "code": "N", "display": "Nej"}),
          ("3", "Önskar du en förnyad medicinsk bedömning (second opinion)?", {"system": "http://terminology.hl7.org/CodeSystem/v2-0136", "code": "Y", "display": "Ja"}),
          ("4", "Övriga synpunkter", "Jag har haft samma behandling i ett och ett halvt år utan förbättring och vill att någon annan neurolog bedömer mig.")])


@case("prc-p3", "cv", PRC, "positive", [PRC],
      "A patient-authored Flag (November 2026) records her request for a second opinion on the wound management plan because her pain is not being addressed; no second opinion on record.",
      "Patient-entered flag requesting a second opinion on wound care")
def _(b):
    b.setup("Denise", "Fairbanks", "female", "1963-07-07", "CV-84417", "859-555-0163", "D", extra_pract=[ORGS["cv"]["staff"][2]])
    dfu = b.cond(CC(CM("E11.621", "Type 2 diabetes mellitus with foot ulcer"), SCT("280137006", "Diabetic foot ulcer")), "2026-05-04")
    b.cond(CM("L97.412", "Non-pressure chronic ulcer of right heel and midfoot with fat layer exposed"), "2026-05-04")
    neu = b.cond(CM("E11.42", "Type 2 diabetes mellitus with diabetic polyneuropathy"), "2019-01-01")
    b.med(RX("6809", "metformin", "metformin 1000 mg tablet"), "2014-01-01", dose="1000 mg twice daily", reason=dfu)
    b.med(RX("25480", "gabapentin", "gabapentin 300 mg capsule"), "2020-01-01", dose="300 mg three times daily", reason=neu)
    for d, a in [("2026-06-01", 4.2), ("2026-08-03", 3.8), ("2026-10-05", 3.1), ("2026-11-02", 2.9)]:
        e = b.enc(d, "Wound clinic visit", pr=1)
        b.obs(C("cv", "WOUND-AREA", "Wound area (length x width)"), d, a, "cm2", "cm2", cat="exam", enc=e, interp=None, body_site=T("Right midfoot, plantar"))
        b.obs(LN("72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"), d, 6, cat="survey", enc=e)
    b.proc(CC(C("cpt", "11042", "Debridement, subcutaneous tissue (includes epidermis and dermis, if performed); first 20 sq cm or less")),
           "completed", "2026-10-05", reason_ref=[dfu], pr=1)
    b.obs(C("cv", "ABI-R", "Ankle-brachial index, right"), "2026-06-01", 1.02, "{ratio}", lo=0.9, hi=1.3)
    b.flag(T("Patient requests a second opinion on her wound management plan; feels her ongoing foot pain is not being addressed"),
           "2026-11-02", author_patient=True, cat="admin")
    b.note("2026-11-02", "Wound clinic note", note_text(
        "Plantar midfoot ulcer 2.9 cm2, slowly improving with offloading boot and debridement.",
        "Patient upset about ongoing burning pain; entered a request for another specialist's opinion at check-in kiosk.",
        "Plan: continue offloading, follow up in 4 weeks."), pr=1)


@case("prc-n1", "rk", PRC, "near-miss", [],
      "Annual patient-experience questionnaire: the patient answered 'No' to wanting a second opinion and 'Yes' to feeling listened to; no other patient signal.",
      "Survey answer 'No' to wanting a second opinion")
def _(b):
    b.setup("Gloria", "Ashford", "female", "1956-09-09", "RK-221870", "937-555-0131", "W", extra_pract=[ORGS["rk"]["staff"][2]])
    esrd = b.cond(CC(CM("N18.6", "End stage renal disease"), SCT("46177005", "End-stage renal disease")), "2020-02-01")
    b.cond(CM("Z99.2", "Dependence on renal dialysis"), "2020-02-10")
    htn = b.cond(CM("I12.0", "Hypertensive chronic kidney disease with stage 5 chronic kidney disease or end stage renal disease"), "2012-01-01")
    b.med(T("Epoetin alfa 3000 units IV with dialysis"), "2020-03-01", dose="3000 units three times weekly", reason=esrd)
    b.med(RX("17767", "amlodipine", "amlodipine 10 mg tablet"), "2012-01-01", dose="10 mg daily", reason=htn)
    for d, k, a, hb in [("2026-08-05", 1.38, 3.9, 10.6), ("2026-09-02", 1.41, 3.8, 10.9), ("2026-10-07", 1.36, 3.9, 11.0), ("2026-11-04", 1.40, 4.0, 10.8)]:
        e = b.enc(d, "In-center hemodialysis, monthly evaluation", pr=2)
        ktv(b, d, k)
        albumin(b, d, a, enc=e)
        us_hgb(b, d, hb, enc=e)
    b.qr("2026-10-15", "https://fhir.riverbendkidney.example.org/fhir/Questionnaire/annual-patient-experience",
         [("1", "Overall, how would you rate your kidney doctor? (0-10)", 9),
          ("2", "Does your kidney doctor listen carefully to you?", {"system": "http://terminology.hl7.org/CodeSystem/v2-0136", "code": "Y", "display": "Yes"}),
          ("3", "Would you like a second opinion about your kidney care?", {"system": "http://terminology.hl7.org/CodeSystem/v2-0136", "code": "N", "display": "No"}),
          ("4", "Comments", "Staff are great. Parking is difficult on Mondays.")])
    b.note("2026-11-04", "Monthly dialysis note", note_text(
        "Stable on HD since 2020. spKt/V 1.40, albumin 4.0, Hgb 10.8. Dry weight unchanged.",
        "No complaints. Annual survey completed - satisfied with care."), pr=0)


@case("prc-n2", "mc", PRC, "near-miss", [],
      "The patient's request for a second opinion (February 2026) was fulfilled: an external memory centre consultation in April 2026 confirmed Alzheimer's disease and he accepted the plan; a second opinion is on record within 12 months.",
      "Second opinion already requested and completed in April 2026")
def _(b):
    b.setup("Peter", "Lindahl", "male", "1957-04-04", "LM-21102", "614-555-0109", "M")
    ad = b.cond(CC(CM("G30.0", "Alzheimer's disease with early onset"), SCT("26929004", "Alzheimer's disease")), "2026-01-20", severity="Mild")
    b.cond(CM("E78.5", "Hyperlipidemia, unspecified"), "2015-01-01")
    b.med(RX("135447", "donepezil", "donepezil 10 mg tablet"), "2026-05-05", dose="10 mg at bedtime", reason=ad)
    b.med(RX("83367", "atorvastatin", "atorvastatin 20 mg tablet"), "2015-01-01", dose="20 mg daily", reason="Hyperlipidemia")
    e1 = b.enc("2026-01-20", "Diagnosis feedback visit")
    b.score(LN("72172-0", "Total score [MoCA]"), "2026-01-20", 22, enc=e1)
    b.comm("2026-02-14", "I would like a second opinion about my diagnosis at the university memory center before I accept it. Thank you. - Peter Lindahl",
           topic="Second opinion request")
    b.sr(T("Referral for second opinion, University Memory and Alzheimer's Center"), "2026-02-16", status="completed", intent="order", reason_ref=[ad])
    so = b.pract("Samuel", "Reyes", "Cognitive neurologist", "University Memory and Alzheimer's Center")
    e2 = b.enc("2026-04-22", T("Second opinion consultation (external cognitive neurology)"), pr=so)
    b.dr(T("Amyloid PET (florbetapir)"), "2026-04-15", "Positive: diffuse cortical amyloid deposition.")
    b.note("2026-04-22", "Second opinion consultation", note_text(
        "Independent review of history, neuropsychology, MRI and amyloid PET.",
        "Conclusion: agree with diagnosis of early-onset Alzheimer's disease, mild stage. Recommend cholinesterase inhibitor.",
        "Patient and wife satisfied with explanation."), typ=("11488-4", "Consult note"), enc=e2, pr=so)
    for d, m in [("2026-05-05", 22), ("2026-11-03", 22)]:
        e = b.enc(d, "Memory clinic follow-up")
        b.score(LN("72172-0", "Total score [MoCA]"), d, m, enc=e)
        b.bp(d, 128, 80, enc=e)
    b.note("2026-11-03", "Memory clinic note", note_text(
        "Tolerating donepezil. MoCA 22, stable. Patient reports he is reassured after the second opinion in April and has no further questions.",
        "Plan: continue, review in 6 months."))


# ============================================================== WORSENING_DESPITE_TREATMENT
@case("wdt-p1", "rk", WDT, "positive", [WDT],
      "eGFR fell 38 -> 33 -> 29 -> 24 (a 37% decline) over nine months while lisinopril, dapagliflozin and finerenone for diabetic kidney disease were active throughout; albuminuria also rose.",
      "eGFR falling 37% over 9 months on full renoprotective therapy")
def _(b):
    b.setup("Curtis", "Whelan", "male", "1962-06-19", "RK-408812", "937-555-0124", "M")
    dkd = b.cond(CC(CM("E11.22", "Type 2 diabetes mellitus with diabetic chronic kidney disease"), SCT("127013003", "Disorder of kidney due to diabetes mellitus")), "2019-04-01")
    ckd = b.cond(CC(CM("N18.4", "Chronic kidney disease, stage 4 (severe)")), "2026-07-22")
    b.med(RX("29046", "lisinopril", "lisinopril 40 mg tablet"), "2019-04-01", dose="40 mg daily", reason=dkd)
    b.med(RX("1488564", "dapagliflozin", "dapagliflozin 10 mg tablet"), "2025-06-10", dose="10 mg daily", reason=dkd)
    b.med(T("finerenone 10 mg tablet"), "2025-11-18", dose="10 mg daily", reason=dkd)
    b.med(RX("274783", "insulin glargine", "insulin glargine 100 unit/mL pen"), "2017-01-01", dose="26 units daily", reason=dkd)
    for d, eg, acr, bp_ in [("2026-01-15", 38, 480, (136, 80)), ("2026-04-20", 33, 620, (134, 78)),
                            ("2026-07-22", 29, 790, (138, 80)), ("2026-10-28", 24, 910, (136, 82))]:
        e = b.enc(d, "Nephrology clinic follow-up", reason=CM("E11.22", "Type 2 diabetes mellitus with diabetic chronic kidney disease"))
        egfr(b, d, eg, enc=e)
        b.obs(LN("9318-7", "Albumin/Creatinine [Mass Ratio] in Urine"), d, acr, "mg/g", "mg/g{creat}", hi=30, enc=e)
        b.bp(d, *bp_, enc=e)
    b.obs(LN("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood"), "2026-10-28", 7.0, "%", lo=4.0, hi=5.6)
    b.note("2026-10-28", "Nephrology progress note", note_text(
        "Diabetic kidney disease on maximal RAAS blockade, SGLT2 inhibitor since 6/2025 and finerenone since 11/2025; adherent per pharmacy fill data.",
        "eGFR 38 -> 24 over 9 months, UACR 480 -> 910 mg/g. BP at goal, HbA1c 7.0.",
        "Assessment: progressive CKD despite optimal therapy. Repeat labs in 6 weeks."))


@case("wdt-p2", "mc", WDT, "positive", [WDT],
      "PHQ-9 rose 11 -> 14 -> 17 -> 19 (8 points, MCID 5) over seven months while sertraline for recurrent depression was taken throughout (dose increased in June).",
      "Depression scores worsening by 8 PHQ-9 points on sertraline")
def _(b):
    b.setup("Marjorie", "Quinlan", "female", "1949-02-22", "LM-17765", "614-555-0137", "W", extra_pract=[ORGS["mc"]["staff"][3]])
    dep = b.cond(CC(CM("F33.1", "Major depressive disorder, recurrent, moderate"), SCT("35489007", "Depressive disorder")), "2026-03-10")
    mci = b.cond(CM("G31.84", "Mild cognitive impairment of uncertain or known etiology"), "2025-09-01")
    b.med(RX("36437", "sertraline", "sertraline 50 mg tablet"), "2026-03-10", status="stopped", dose="50 mg daily", reason=dep, pr=1,
          note="Replaced by 100 mg dose 2026-06-24.")
    b.med(RX("36437", "sertraline", "sertraline 100 mg tablet"), "2026-06-24", dose="100 mg daily", reason=dep, pr=1)
    phq = LN("44261-6", "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]")
    for d, v in [("2026-04-08", 11), ("2026-06-24", 14), ("2026-09-09", 17), ("2026-11-18", 19)]:
        e = b.enc(d, "Old-age psychiatry follow-up", pr=1)
        b.score(phq, d, v, enc=e)
        if d != "2026-06-24":
            b.obs(C("ln", "29463-7", "Body weight"), d, {"2026-04-08": 61.0, "2026-09-09": 58.4, "2026-11-18": 57.1}[d], "kg", cat="vital-signs", enc=e, interp=None)
    b.score(LN("72172-0", "Total score [MoCA]"), "2026-04-08", 25)
    b.obs(LN("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma"), "2026-06-24", 1.9, "m[IU]/L", lo=0.4, hi=4.5)
    b.note("2026-11-18", "Old-age psychiatry note", note_text(
        "PHQ-9 19 (11 in April). Low mood, early waking, poor appetite, weight down 4 kg, withdrawing from church group.",
        "Adherence confirmed by daughter and blister packs. Sertraline 100 mg since June.",
        "Plan: continue, recheck in 6 weeks."), pr=1)
    b.obs(C("mc", "MED-COUNT", "Number of regular medications"), "2026-11-18", 4, cat="survey")


@case("wdt-p3", "se", WDT, "positive", [WDT],
      "HbA1c rose 56 -> 63 -> 71 -> 78 mmol/mol over eleven months (22 mmol/mol, MCID about 5) while metformin and insulin glargine for type 2 diabetes were active throughout.",
      "HbA1c climbing 22 mmol/mol over 11 months on metformin + insulin")
def _(b):
    b.setup("Mikael", "Johansson", "male", "1969-10-03", "19691003-8877", "+46 70 412 73 26", "M", extra_pract=[ORGS["se"]["staff"][2]])
    dm = b.cond(CC(SE_DX("E11.9", "Diabetes mellitus typ 2 utan komplikationer"), SCT("44054006", "Diabetes mellitus type 2")), "2019-02-01", pr=2)
    b.cond(SE_DX("E78.0", "Ren hyperkolesterolemi"), "2019-02-01", pr=2)
    b.med(ATC("A10BA02", "Metformin"), "2019-02-01", dose="1 g x 2", reason=dm, pr=2)
    b.med(ATC("A10AE04", "Insulin glargin"), "2025-11-20", dose="24 E till natten, titreras", reason=dm, pr=2)
    b.med(ATC("C10AA05", "Atorvastatin"), "2019-02-01", dose="20 mg x 1", pr=2, reason=T("Hyperkolesterolemi"))
    for d, a, w in [("2025-12-10", 56, 94), ("2026-04-14", 63, 95), ("2026-08-18", 71, 94), ("2026-11-10", 78, 93)]:
        e = b.enc(d, "Diabetesmottagning, vårdcentral", reason=T("Diabeteskontroll"), pr=2)
        b.obs(SE_HBA1C, d, a, "mmol/mol", lo=27, hi=42, enc=e)
        b.obs(C("ln", "29463-7", "Body weight", "Vikt"), d, w, "kg", cat="vital-signs", enc=e, interp=None)
    b.obs(SE_KREA, "2026-11-10", 82, "µmol/L", "umol/L", lo=60, hi=105)
    b.note("2026-11-10", "Diabetessköterska/läkare", note_text(
        "HbA1c 78 (56 i december). Tar metformin och insulin enligt ordination, egen glukosmätning stöder följsamhet.",
        "Glargin upptitrerat till 40 E. Ingen hypoglykemi.",
        "Bedömning: Försämrad glukoskontroll trots behandling. Fortsätt titrering.",
        "EN summary: HbA1c worsening despite metformin and basal insulin for 11 months."), pr=2)


@case("wdt-n1", "cv", WDT, "near-miss", [],
      "Ankle-brachial index drifted 0.71 -> 0.69 -> 0.68 over eight months on cilostazol, statin and aspirin, far below a clinically important change (about 0.15), and walking distance was stable.",
      "ABI change of 0.03 on PAD therapy, below the important difference")
def _(b):
    b.setup("Albert", "Kowalski", "male", "1956-08-29", "CV-62288", "859-555-0119", "M")
    pad = b.cond(CC(CM("I70.212", "Atherosclerosis of native arteries of extremities with intermittent claudication, left leg"),
                    SCT("840580004", "Peripheral arterial disease")), "2024-09-10")
    hld = b.cond(CM("E78.5", "Hyperlipidemia, unspecified"), "2014-01-01")
    b.med(RX("21107", "cilostazol", "cilostazol 100 mg tablet"), "2024-09-10", dose="100 mg twice daily", reason=pad)
    b.med(RX("83367", "atorvastatin", "atorvastatin 80 mg tablet"), "2024-09-10", dose="80 mg daily", reason=pad)
    b.med(RX("1191", "aspirin", "aspirin 81 mg tablet"), "2024-09-10", dose="81 mg daily", reason=pad)
    for d, abi, walk in [("2026-02-10", 0.71, 200), ("2026-06-09", 0.69, 190), ("2026-10-13", 0.68, 210)]:
        e = b.enc(d, "Vascular clinic follow-up")
        b.obs(C("cv", "ABI-L", "Ankle-brachial index, left"), d, abi, "{ratio}", lo=0.9, hi=1.3, enc=e)
        b.obs(C("cv", "WALK-PFWD", "Pain-free walking distance, treadmill"), d, walk, "m", cat="exam", enc=e, interp=None)
        b.bp(d, 132, 78, enc=e)
    b.obs(LN("2089-1", "Cholesterol in LDL [Mass/volume] in Serum or Plasma"), "2026-06-09", 68, "mg/dL", hi=100)
    b.note("2026-10-13", "Vascular clinic note", note_text(
        "Stable left calf claudication at ~200 m. ABI 0.68 (0.71 in February) - within measurement variability.",
        "No rest pain, no wounds. LDL 68. Continue best medical therapy and walking program. Review 6 months."))


@case("wdt-n2", "mc", WDT, "near-miss", [],
      "Blood pressure rose from 128/74 to 156/84 only after amlodipine was deliberately stopped in May 2026 for orthostatic hypotension and falls; no antihypertensive treatment has been running during the rise.",
      "BP rising after antihypertensive deprescribed")
def _(b):
    b.setup("Mildred", "Haskins", "female", "1941-12-15", "LM-15510", "614-555-0181", "W", extra_pract=[ORGS["mc"]["staff"][3]])
    dem = b.cond(CC(CM("F03.90", "Unspecified dementia, unspecified severity, without behavioral disturbance, psychotic disturbance, mood disturbance, and anxiety"),
                    SCT("52448006", "Dementia")), "2023-03-01", note="Mixed Alzheimer/vascular picture.")
    htn = b.cond(CM("I10", "Essential (primary) hypertension"), "1998-01-01")
    falls = b.cond(CC(CM("R29.6", "Repeated falls")), "2026-03-01")
    b.med(RX("17767", "amlodipine", "amlodipine 10 mg tablet"), "2010-01-01", status="stopped", dose="10 mg daily", reason=htn, pr=1,
          note="Stopped 2026-05-12 at medication review: orthostatic hypotension, 3 falls.")
    b.med(RX("135447", "donepezil", "donepezil 5 mg tablet"), "2023-03-01", dose="5 mg daily", reason=dem)
    b.med(RX("161", "acetaminophen", "acetaminophen 500 mg tablet"), "2024-01-01", dose="1 g twice daily", reason="Knee osteoarthritis pain")
    for d, s, di in [("2026-05-12", 128, 74), ("2026-08-18", 142, 80), ("2026-11-17", 156, 84)]:
        e = b.enc(d, "Memory clinic follow-up")
        b.bp(d, s, di, enc=e)
    b.obs(C("mc", "ORTHO-BP", "Orthostatic systolic drop (lying to standing, 3 min)"), "2026-05-12", 28, "mmHg", "mm[Hg]", hi=20)
    b.obs(C("mc", "ORTHO-BP", "Orthostatic systolic drop (lying to standing, 3 min)"), "2026-11-17", 6, "mmHg", "mm[Hg]", hi=20)
    b.note("2026-05-12", "Clinical pharmacist - polypharmacy review", note_text(
        "12 regular medicines reduced to 8. Stopped: amlodipine (orthostatic drop 28 mmHg, falls x3), oxybutynin (anticholinergic burden), zolpidem, omeprazole (no indication).",
        "Monitor BP every 3 months; restart low-dose antihypertensive if SBP persistently >150."), pr=2)
    b.note("2026-11-17", "Memory clinic note", note_text(
        "No falls since May. BP 156/84, no orthostatic drop now. Off antihypertensives since May review.",
        "Plan: consider restarting low-dose antihypertensive; family to do home BP readings."))
    b.score(C("ln", "72106-8", "Total score [MMSE]"), "2026-11-17", 19)


# ============================================================== RARE_OR_COMPLEX_CONDITION
@case("rcc-p1", "rk", RCC, "positive", [RCC],
      "Active Fabry disease (E75.21, an Orphanet rare disease) with CKD stage 3b and cardiac involvement, on fortnightly agalsidase beta infusions.",
      "Fabry disease with kidney involvement on enzyme replacement")
def _(b):
    b.setup("Nathan", "Pryor", "male", "1980-05-08", "RK-515230", "937-555-0170", "S")
    fab = b.cond(CC(CM("E75.21", "Fabry (-Anderson) disease"), SCT("16652001", "Fabry's disease")), "2019-11-05",
                 note="GLA c.644A>G; classic phenotype, family history (maternal uncle on dialysis).")
    ckd = b.cond(CM("N18.32", "Chronic kidney disease, stage 3b"), "2023-01-01")
    b.cond(CC(CM("I51.7", "Cardiomegaly"), text="Left ventricular hypertrophy due to Fabry disease"), "2022-06-01")
    b.med(T("agalsidase beta 1 mg/kg IV every 2 weeks"), "2019-12-01", dose="1 mg/kg IV every 2 weeks", reason=fab)
    b.med(RX("29046", "lisinopril", "lisinopril 10 mg tablet"), "2021-01-01", dose="10 mg daily", reason=ckd)
    for d in ["2026-10-07", "2026-10-21", "2026-11-04", "2026-11-18"]:
        b.madmin(CC(C("hcpcs", "J0180", "Injection, agalsidase beta, 1 mg"), text="agalsidase beta"), d, "80 mg IV over 2 h", 80, "mg", reason=fab)
    for d, eg, lyso in [("2026-03-11", 42, 18.5), ("2026-07-08", 41, 17.9), ("2026-11-04", 43, 17.2)]:
        e = b.enc(d, "Nephrology / rare disease clinic")
        egfr(b, d, eg, enc=e)
        b.obs(C("rk", "LYSO-GB3", "Globotriaosylsphingosine (lyso-Gb3), plasma"), d, lyso, "nmol/L", hi=1.8, enc=e)
    b.obs(LN("9318-7", "Albumin/Creatinine [Mass Ratio] in Urine"), "2026-11-04", 210, "mg/g", "mg/g{creat}", hi=30)
    b.note("2026-11-04", "Rare kidney disease clinic note", note_text(
        "Classic Fabry disease on agalsidase beta since 2019; infusions tolerated.",
        "eGFR stable 41-43, UACR 210. LVH on echo stable. Neuropathic pain controlled.",
        "Plan: continue ERT, ACE inhibitor; cardiology review with MRI in spring."))


@case("rcc-p2", "mc", RCC, "positive", [RCC],
      "Seven active chronic conditions across neurology, cardiology, endocrinology, pulmonology, nephrology and bone health (Alzheimer's, AF, heart failure, diabetes, COPD, CKD 3a, osteoporosis) with 11 regular medicines: complexity threshold met.",
      "Multimorbidity: 7 chronic conditions across 5 specialties")
def _(b):
    b.setup("Clarence", "Abbott", "male", "1943-03-03", "LM-14098", "614-555-0102", "M", extra_pract=[ORGS["mc"]["staff"][3]])
    ad = b.cond(CC(CM("G30.1", "Alzheimer's disease with late onset"), SCT("26929004", "Alzheimer's disease")), "2024-02-12")
    af = b.cond(CC(CM("I48.20", "Chronic atrial fibrillation, unspecified"), SCT("49436004", "Atrial fibrillation")), "2017-01-01")
    hf = b.cond(CC(CM("I50.22", "Chronic systolic (congestive) heart failure"), SCT("84114007", "Heart failure")), "2019-01-01")
    dm = b.cond(CC(CM("E11.9", "Type 2 diabetes mellitus without complications"), SCT("44054006", "Diabetes mellitus type 2")), "2008-01-01")
    copd = b.cond(CC(CM("J44.9", "Chronic obstructive pulmonary disease, unspecified"), SCT("13645005", "Chronic obstructive lung disease")), "2012-01-01")
    ckd = b.cond(CC(CM("N18.31", "Chronic kidney disease, stage 3a")), "2020-01-01")
    op = b.cond(CC(CM("M81.0", "Age-related osteoporosis without current pathological fracture"), SCT("64859006", "Osteoporosis")), "2021-01-01")
    meds = [(RX("135447", "donepezil"), ad), (RX("1364430", "apixaban"), af), (RX("6918", "metoprolol"), hf), (RX("4603", "furosemide"), hf),
            (T("sacubitril/valsartan 24/26 mg tablet"), hf), (RX("6809", "metformin"), dm), (T("tiotropium/olodaterol inhaler"), copd),
            (RX("1488564", "dapagliflozin"), hf), (T("alendronate 70 mg weekly"), op), (T("calcium carbonate/vitamin D3"), op)]
    for code, r in meds:
        b.med(code, "2025-06-01", reason=r, kind="MedicationStatement", dose="as prescribed")
    e = b.enc("2026-10-20", "Comprehensive geriatric assessment")
    b.score(LN("72172-0", "Total score [MoCA]"), "2026-10-20", 20, enc=e)
    egfr(b, "2026-10-20", 51, enc=e)
    b.obs(LN("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood"), "2026-10-20", 7.2, "%", lo=4.0, hi=5.6, enc=e)
    b.vit("2026-10-20", 122, 70, 74, 78.5, enc=e)
    b.note("2026-10-20", "Comprehensive geriatric assessment", note_text(
        "Problems: Alzheimer's disease (mild-moderate, MoCA 20), permanent AF on apixaban, HFrEF (EF 35%), type 2 diabetes, COPD GOLD 2, CKD 3a, osteoporosis.",
        "Followed by cardiology, pulmonology, endocrinology and nephrology in addition to this clinic; 11 regular medicines.",
        "Pharmacist review: no interactions requiring change; pill organiser filled weekly by daughter."), enc=e)


@case("rcc-p3", "cv", RCC, "positive", [RCC],
      "Thromboangiitis obliterans (Buerger disease, an Orphanet rare disease), active with digital ulcers in a 38-year-old smoker; recorded as a text-only diagnosis plus I73.1.",
      "Buerger disease with active digital ulcers")
def _(b):
    b.setup("Tyler", "Cassidy", "male", "1988-04-21", "CV-90215", "859-555-0147", "S", extra_pract=[ORGS["cv"]["staff"][3]])
    tao = b.cond(CC(CM("I73.1", "Thromboangiitis obliterans [Buerger's disease]"), text="Thromboangiitis obliterans (Buerger disease)"), "2026-05-19")
    b.cond(T("Digital ulcers, right 2nd and 3rd fingers and left hallux"), "2026-04-02")
    smk = b.cond(CM("F17.210", "Nicotine dependence, cigarettes, uncomplicated"), "2005-01-01")
    b.obs(LN("72166-2", "Tobacco smoking status"), "2026-11-10", C("sct", "449868002", "Smokes tobacco daily"), cat="social-history", interp=None)
    b.dr(T("Digital subtraction angiography, upper and lower extremities"), "2026-05-12",
         "Segmental occlusions of distal radial, ulnar and tibial arteries with corkscrew collaterals; proximal arteries normal. Consistent with thromboangiitis obliterans.")
    b.obs(LN("1988-5", "C reactive protein [Mass/volume] in Serum or Plasma"), "2026-05-12", 2.1, "mg/L", hi=5.0)
    b.obs(T("Antinuclear antibody screen"), "2026-05-12", C("sct", "260385009", "Negative"), interp="NEG")
    b.obs(T("Antiphospholipid antibody panel"), "2026-05-12", C("sct", "260385009", "Negative"), interp="NEG")
    b.med(T("iloprost IV infusion"), "2026-06-02", status="completed", dose="0.5-2 ng/kg/min 6 h daily x 28 days", reason=tao)
    b.med(T("varenicline 1 mg tablet"), "2026-05-19", dose="1 mg twice daily", reason=smk)
    b.med(RX("1191", "aspirin", "aspirin 81 mg tablet"), "2026-05-19", dose="81 mg daily", reason=tao)
    for d, a in [("2026-06-30", 1.4), ("2026-09-01", 1.1), ("2026-11-10", 0.9)]:
        e = b.enc(d, "Vascular clinic visit")
        b.obs(C("cv", "WOUND-AREA", "Wound area (length x width)"), d, a, "cm2", "cm2", cat="exam", enc=e, interp=None, body_site=T("Left hallux"))
    b.note("2026-11-10", "Vascular medicine note", note_text(
        "Buerger disease diagnosed 5/2026 (angiography, negative autoimmune and thrombophilia screen). Still smoking 5 cigarettes/day despite varenicline.",
        "Digital ulcers slowly healing. Counselled that complete tobacco abstinence is the only disease-modifying measure."))


@case("rcc-n1", "cv", RCC, "near-miss", [],
      "Only four active chronic conditions (PAD, hypertension, hyperlipidaemia, type 2 diabetes); cellulitis and a provoked DVT are resolved, so the count is below five and nothing rare is present.",
      "Four active chronic conditions plus two resolved ones")
def _(b):
    b.setup("Bernice", "Logan", "female", "1958-01-12", "CV-57702", "859-555-0175", "M")
    pad = b.cond(CC(CM("I70.213", "Atherosclerosis of native arteries of extremities with intermittent claudication, bilateral legs")), "2023-03-14")
    htn = b.cond(CM("I10", "Essential (primary) hypertension"), "2009-01-01")
    hld = b.cond(CM("E78.5", "Hyperlipidemia, unspecified"), "2009-01-01")
    dm = b.cond(CM("E11.51", "Type 2 diabetes mellitus with diabetic peripheral angiopathy without gangrene"), "2011-01-01")
    b.cond(CM("L03.116", "Cellulitis of left lower limb"), "2025-04-02", status="resolved", abate="2025-04-20")
    b.cond(CM("I82.402", "Acute embolism and thrombosis of unspecified deep veins of left lower extremity"), "2024-08-10", status="resolved", abate="2024-11-10",
           note="Provoked (post knee arthroscopy), 3 months apixaban, completed.")
    b.med(RX("6809", "metformin", "metformin 500 mg tablet"), "2011-01-01", dose="1000 mg twice daily", reason=dm)
    b.med(RX("29046", "lisinopril", "lisinopril 20 mg tablet"), "2009-01-01", dose="20 mg daily", reason=htn)
    b.med(RX("83367", "atorvastatin", "atorvastatin 40 mg tablet"), "2009-01-01", dose="40 mg daily", reason=hld)
    b.med(RX("1191", "aspirin", "aspirin 81 mg tablet"), "2023-03-14", dose="81 mg daily", reason=pad)
    e = b.enc("2026-09-22", "Vascular clinic annual review")
    b.obs(C("cv", "ABI-R", "Ankle-brachial index, right"), "2026-09-22", 0.82, "{ratio}", lo=0.9, hi=1.3, enc=e)
    b.obs(C("cv", "ABI-L", "Ankle-brachial index, left"), "2026-09-22", 0.85, "{ratio}", lo=0.9, hi=1.3, enc=e)
    b.vit("2026-09-22", 134, 80, 72, 82, enc=e)
    b.obs(LN("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood"), "2026-09-22", 6.8, "%", lo=4.0, hi=5.6, enc=e)
    b.note("2026-09-22", "Vascular clinic annual review", note_text(
        "Mild bilateral claudication, stable. ABI 0.82/0.85. Foot exam: intact skin, monofilament normal.",
        "Past: cellulitis 2025 and provoked DVT 2024, both resolved. Continue risk-factor management; annual review."), enc=e)


@case("rcc-n2", "cv", RCC, "near-miss", [],
      "Guillain-Barré syndrome (a rare disease) was in 2019 and is resolved with full recovery; the active problems are common (chronic venous insufficiency, hypertension).",
      "Rare disease in the past only (GBS 2019, resolved)")
def _(b):
    b.setup("Victor", "Hensley", "male", "1969-09-30", "CV-68844", "859-555-0128", "M", extra_pract=[ORGS["cv"]["staff"][1]])
    cvi = b.cond(CC(CM("I87.2", "Venous insufficiency (chronic) (peripheral)"), text="Chronic venous insufficiency"), "2024-06-01")
    htn = b.cond(CM("I10", "Essential (primary) hypertension"), "2016-01-01")
    b.cond(CC(CM("G61.0", "Guillain-Barre syndrome"), SCT("40956001", "Guillain-Barré syndrome")), "2019-03-04", status="resolved", abate="2019-10-01",
           note="AIDP after gastroenteritis; IVIG; full recovery by 10/2019, no residual weakness.")
    b.med(RX("29046", "lisinopril", "lisinopril 10 mg tablet"), "2016-01-01", dose="10 mg daily", reason=htn)
    b.med(T("Class II compression stockings, knee-high"), "2024-06-01", dose="daytime wear", reason=cvi)
    b.dr(T("Venous duplex ultrasound, bilateral lower extremities"), "2024-06-01", "Great saphenous vein reflux bilaterally, no DVT.")
    for d, leg in [("2026-02-17", "mild ankle oedema, haemosiderin staining"), ("2026-08-18", "mild ankle oedema, skin intact")]:
        e = b.enc(d, "Vein clinic follow-up", pr=1)
        b.obs(T("Leg examination"), d, leg, cat="exam", enc=e)
        b.bp(d, 132, 82, enc=e)
    b.obs(C("cv", "CEAP", "CEAP clinical class"), "2026-08-18", "C4a", cat="exam")
    b.note("2026-08-18", "Vein clinic note", note_text(
        "Chronic venous insufficiency C4a, symptoms controlled with compression. No ulceration.",
        "History of Guillain-Barre syndrome 2019 with complete recovery; normal strength and reflexes today.",
        "Plan: continue compression, leg elevation, review in 12 months."), pr=1)
    us_bmp(b, "2026-08-18")


# ============================================================== main
ORG_DESC = {
    "se": "Swedish regional hospital (Länssjukhuset Norrvik): ICD-10-SE diagnoses, KVÅ procedure codes, NPU or local analysis codes with Swedish display names, ATC medicines, notes in Swedish (some with an English summary).",
    "rk": "Dialysis and kidney transplant network (Riverbend Kidney Care Network, US): ICD-10-CM, CPT/HCPCS, LOINC, RxNorm, local Kt/V and lyso-Gb3 codes; HD/PD sessions, Kt/V and albumin series, access surgery, transplant follow-up, conservative kidney management.",
    "cv": "Vascular surgery and wound-care clinic (Cedar Vascular & Wound Center, US): ICD-10-CM, CPT, local codes for ABI, toe pressure, wound area and walking distance, many text-only concepts.",
    "mc": "Geriatric memory clinic (Larkfield Geriatric Memory Clinic, US): ICD-10-CM + SNOMED CT, LOINC MMSE/MoCA/PHQ-9, RxNorm, caregiver reports, polypharmacy reviews, capacity and advance care planning.",
}


def validate(bundle, cid):
    """Light Python checks of required elements and datatypes."""
    import re
    date_re = re.compile(r"^\d{4}-\d{2}-\d{2}$")
    inst_re = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$")
    req = {"Patient": [], "Organization": [], "Practitioner": [], "Coverage": ["status", "beneficiary", "payor"],
           "Encounter": ["status", "class"], "Condition": ["subject", "clinicalStatus", "verificationStatus"],
           "Observation": ["status", "code", "subject"], "MedicationRequest": ["status", "intent", "medicationCodeableConcept", "subject"],
           "MedicationStatement": ["status", "medicationCodeableConcept", "subject"],
           "MedicationAdministration": ["status", "medicationCodeableConcept", "subject", "effectiveDateTime"],
           "DocumentReference": ["status", "content"], "ServiceRequest": ["status", "intent", "subject"],
           "Procedure": ["status", "subject"], "DiagnosticReport": ["status", "code"], "CarePlan": ["status", "intent", "subject"],
           "Communication": ["status"], "QuestionnaireResponse": ["status"], "Flag": ["status", "code", "subject"],
           "ClinicalImpression": ["status", "subject"], "Goal": ["lifecycleStatus", "description", "subject"],
           "AllergyIntolerance": ["patient"], "Immunization": ["status", "vaccineCode", "patient", "occurrenceDateTime"]}
    for e in bundle["entry"]:
        r = e["resource"]
        rt = r["resourceType"]
        assert rt in req, rt
        for k in req[rt]:
            assert k in r, (cid, rt, r["id"], k)
        if "reasonCode" in r:
            assert isinstance(r["reasonCode"], list) and all(isinstance(x, dict) for x in r["reasonCode"])
        for k in ("onsetDateTime", "abatementDateTime", "recordedDate", "effectiveDateTime", "authoredOn", "performedDateTime",
                  "occurrenceDateTime", "birthDate", "date" if rt not in ("DocumentReference",) else "_x"):
            if k in r:
                assert date_re.match(r[k]), (cid, rt, k, r[k])
        for k in ("issued",) + (("date",) if rt == "DocumentReference" else ()):
            if k in r:
                assert inst_re.match(r[k]), (cid, rt, k, r[k])
        if rt == "Observation":
            vals = [k for k in r if k.startswith("value")]
            assert len(vals) <= 1
            if "valueInteger" in r:
                assert isinstance(r["valueInteger"], int)
            if "valueQuantity" in r:
                q = r["valueQuantity"]
                assert isinstance(q["value"], (int, float)) and q["system"] == UCUM and q["code"]
            assert vals or r.get("component"), (cid, r["id"])
        if rt == "Condition" and "abatementDateTime" in r:
            assert r["clinicalStatus"]["coding"][0]["code"] in ("resolved", "inactive", "remission")
        if rt == "Encounter":
            assert r["class"]["system"] and r["class"]["code"]
        for cc_key in ("code",):
            v = r.get(cc_key)
            if isinstance(v, dict):
                assert v.get("coding") or v.get("text"), (cid, rt, r["id"])


def main():
    rng = random.Random(3939)
    nums = list(range(1, len(CASES) + 1))
    rng.shuffle(nums)
    out = os.path.join(HERE, "cases")
    os.makedirs(out, exist_ok=True)
    for f in os.listdir(out):
        if f.endswith(".json"):
            os.remove(os.path.join(out, f))
    exp, rows = [], []
    for spec, n in sorted(zip(CASES, nums), key=lambda x: x[1]):
        cid = f"cx-{n:02d}"
        b = B(cid, spec["org"])
        spec["fn"](b)
        bun = b.bundle()
        assert 15 <= len(bun["entry"]) <= 60, (cid, spec["key"], len(bun["entry"]))
        validate(bun, cid)
        with open(os.path.join(out, cid + ".json"), "w", encoding="utf-8") as f:
            json.dump(bun, f, ensure_ascii=False, indent=1)
        exp.append({"case": cid, "target": spec["target"], "kind": spec["kind"], "expected": spec["expected"], "why": spec["why"]})
        rows.append((cid, spec["target"], spec["kind"], f"[{spec['org']}] {spec['summary']}", len(bun["entry"])))
    with open(os.path.join(HERE, "expectations.json"), "w", encoding="utf-8") as f:
        json.dump({"anchorDate": ANCHOR, "cases": exp}, f, ensure_ascii=False, indent=1)
    readme = [
        "# blind-39: held-out evaluation set (40 synthetic FHIR R4 patient records)", "",
        "Written blind: the only inputs were the task brief (criterion table and format), the FHIR R4 specification, public terminology",
        "references (SNOMED CT, ICD-10-CM, ICD-10-SE, KVÅ, NPU, LOINC, RxNorm, CPT, HCPCS, ATC, UCUM, CVX, HL7 code systems) and clinical",
        "knowledge. No product code, rules or other evaluation sets were read.", "",
        f"Anchor date: **{ANCHOR}**. History lies before it; planned operations, treatments and admissions after it.", "",
        "## Format", "",
        "- `cases/cx-NN.json`: one FHIR R4 `Bundle` of type `transaction` per patient; every entry has a `fullUrl` on the originating",
        "  organisation's FHIR base, a resource with explicit id (`cx-NN` for the Patient, `cx-NN-...` otherwise) and `request: PUT Type/id`.",
        "  References are relative and resolve inside the bundle. Notes are `DocumentReference` with base64 `text/plain` (UTF-8).",
        "- `expectations.json`: for each case the target criterion, kind (`positive` / `near-miss`), every criterion a careful clinician",
        "  would say the whole record meets (`expected`), and a one- or two-sentence reason.",
        "- Case numbers are shuffled with a fixed seed (3939) so they carry no information.",
        "- `gen/build.py` regenerates everything (`python3 gen/build.py`); it also runs light Python checks of required elements and datatypes.",
        "- `check.py` is the structural check supplied with the brief.", "",
        "## Organisations and their styles", "",
    ] + [f"- **{k}**: {v}" for k, v in ORG_DESC.items()] + [
        "", "## Cases", "", "| case | target | kind | summary |", "| --- | --- | --- | --- |",
    ] + [f"| {c} | {t} | {k} | {s} |" for c, t, k, s, _ in rows] + [
        "", "## Notes and uncertainties", "",
        "- Code-system URIs for ICD-10-SE (`urn:oid:1.2.752.116.1.1.1.1.3`) and KVÅ (`urn:oid:1.2.752.116.1.3.2.1.4`) are the OIDs as",
        "  remembered, not verified; NPU uses `http://npu-terminology.org`. Some NPU/KVÅ/LOINC codes (e.g. MMSE 72106-8) were written from",
        "  memory; every coded concept also carries a display and text.",
        "- Long-established maintenance dialysis (years) was not treated as a *planned or started* high-impact treatment; only a newly",
        "  ordered dialysis start counts as HIGH_IMPACT_TREATMENT.",
    ]
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(readme) + "\n")
    for c, t, k, s, n in rows:
        print(c, t, k, n)


if __name__ == "__main__":
    main()
