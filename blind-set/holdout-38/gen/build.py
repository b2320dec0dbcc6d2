#!/usr/bin/env python3
"""Generate set blind-38: 40 synthetic FHIR R4 transaction bundles + expectations.json.
Run: python3 gen/build.py  (from <this set> or anywhere)."""
import base64, json, os, random

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LN, SCT, RX, UCUM = "http://loinc.org", "http://snomed.info/sct", "http://www.nlm.nih.gov/research/umls/rxnorm", "http://unitsofmeasure.org"
ICD, ICDW, CPT = "http://hl7.org/fhir/sid/icd-10-cm", "http://hl7.org/fhir/sid/icd-10", "http://www.ama-assn.org/go/cpt"
CID = "http://www.saude.gov.br/fhir/r4/CodeSystem/BRCID10"
TUSS = "https://fhir.hospitalaurora.example.br/CodeSystem/tuss-22"
V3ACT = "http://terminology.hl7.org/CodeSystem/v3-ActCode"
INTERP = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation"
OBSCAT = "http://terminology.hl7.org/CodeSystem/observation-category"
Y_N = "http://terminology.hl7.org/CodeSystem/v2-0136"

ORGS = {
    "A": dict(base="https://fhir.hospitalaurora.example.br/r4", name="Hospital Aurora Paulista", tz="-03:00",
              local="https://fhir.hospitalaurora.example.br/CodeSystem/exames-locais",
              meds="https://fhir.hospitalaurora.example.br/CodeSystem/medicamentos",
              addr={"line": ["Av. Brigadeiro Faria Lima, 4100"], "city": "São Paulo", "state": "SP", "country": "BR"},
              ident="https://fhir.hospitalaurora.example.br/sid/prontuario", lang="pt-BR",
              orgsys="https://fhir.hospitalaurora.example.br/sid/cnes", staffsys="https://fhir.hospitalaurora.example.br/sid/crm"),
    "B": dict(base="https://ehr.prairiecounty-cah.example.org/fhir/R4", name="Prairie County Critical Access Hospital",
              tz="-06:00", local="urn:oid:2.16.840.1.113883.3.7777.1.2", meds="urn:oid:2.16.840.1.113883.3.7777.1.3",
              addr={"line": ["410 Elm Street"], "city": "Harlan", "state": "KS", "country": "US"},
              ident="urn:oid:2.16.840.1.113883.3.7777.1.1", lang="en-US",
              orgsys="urn:oid:2.16.840.1.113883.3.7777.1.4", staffsys="urn:oid:2.16.840.1.113883.3.7777.1.5"),
    "C": dict(base="https://fhir.lakeside-childrens-oncohaem.example.org/R4", name="Lakeside Children's Oncology and Haematology Centre",
              tz="-05:00", local="https://fhir.lakeside-childrens-oncohaem.example.org/CodeSystem/local",
              meds="https://fhir.lakeside-childrens-oncohaem.example.org/CodeSystem/formulary",
              addr={"line": ["1200 Shoreline Drive"], "city": "Cleveland", "state": "OH", "country": "US"},
              ident="https://fhir.lakeside-childrens-oncohaem.example.org/sid/mrn", lang="en-US",
              orgsys="https://fhir.lakeside-childrens-oncohaem.example.org/sid/org", staffsys="https://fhir.lakeside-childrens-oncohaem.example.org/sid/staff"),
    "D": dict(base="https://fhir.northgate-liver-bariatric.example.org/fhir", name="Northgate Liver Transplant and Bariatric Surgery Centre",
              tz="+00:00", local="https://fhir.northgate-liver-bariatric.example.org/CodeSystem/local-codes",
              meds="https://fhir.northgate-liver-bariatric.example.org/CodeSystem/pharmacy",
              addr={"line": ["Northgate Road 7"], "city": "Leeds", "country": "GB"},
              ident="https://fhir.northgate-liver-bariatric.example.org/sid/hospital-number", lang="en-GB",
              orgsys="https://fhir.northgate-liver-bariatric.example.org/sid/ods", staffsys="https://fhir.northgate-liver-bariatric.example.org/sid/gmc"),
}

# key: (loinc or None, display_en, display_pt, ucum)
LAB = {
    "hb": ("718-7", "Hemoglobin [Mass/volume] in Blood", "Hemoglobina", "g/dL"),
    "wbc": ("6690-2", "Leukocytes [#/volume] in Blood by Automated count", "Leucócitos", "10*3/uL"),
    "plt": ("777-3", "Platelets [#/volume] in Blood by Automated count", "Plaquetas", "10*3/uL"),
    "anc": ("751-8", "Neutrophils [#/volume] in Blood by Automated count", "Neutrófilos", "10*3/uL"),
    "mcv": ("787-2", "MCV [Entitic volume] by Automated count", "VCM", "fL"),
    "cr": ("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", "Creatinina", "mg/dL"),
    "glu": ("2345-7", "Glucose [Mass/volume] in Serum or Plasma", "Glicose", "mg/dL"),
    "a1c": ("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "Hemoglobina glicada (HbA1c)", "%"),
    "tsh": ("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", "TSH", "m[IU]/L"),
    "crp": ("1988-5", "C reactive protein [Mass/volume] in Serum or Plasma", "Proteína C reativa", "mg/L"),
    "esr": ("4537-7", "Erythrocyte sedimentation rate by Westergren method", "VHS", "mm/h"),
    "ferr": ("2276-4", "Ferritin [Mass/volume] in Serum or Plasma", "Ferritina", "ng/mL"),
    "alt": ("1742-6", "Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma", "TGP (ALT)", "U/L"),
    "ast": ("1920-8", "Aspartate aminotransferase [Enzymatic activity/volume] in Serum or Plasma", "TGO (AST)", "U/L"),
    "bili": ("1975-2", "Bilirubin.total [Mass/volume] in Serum or Plasma", "Bilirrubina total", "mg/dL"),
    "alb": ("1751-7", "Albumin [Mass/volume] in Serum or Plasma", "Albumina", "g/dL"),
    "inr": ("6301-6", "INR in Platelet poor plasma by Coagulation assay", "INR", "{INR}"),
    "na": ("2951-2", "Sodium [Moles/volume] in Serum or Plasma", "Sódio", "mmol/L"),
    "k": ("2823-3", "Potassium [Moles/volume] in Serum or Plasma", "Potássio", "mmol/L"),
    "egfr": ("62238-1", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI)", "TFG estimada (CKD-EPI)", "mL/min/{1.73_m2}"),
    "psa": ("2857-1", "Prostate specific Ag [Mass/volume] in Serum or Plasma", "PSA total", "ng/mL"),
    "b12": ("2132-9", "Cobalamin (Vitamin B12) [Mass/volume] in Serum or Plasma", "Vitamina B12", "pg/mL"),
    "ldh": ("14804-9", "Lactate dehydrogenase [Enzymatic activity/volume] in Serum or Plasma by Lactate to pyruvate reaction", "LDH", "U/L"),
    "calpro": ("38445-3", "Calprotectin [Mass/mass] in Stool", "Calprotectina fecal", "ug/g"),
    "ldl": ("13457-7", "Cholesterol in LDL [Mass/volume] in Serum or Plasma by calculation", "Colesterol LDL", "mg/dL"),
    "afp": ("1834-1", "Alpha-1-Fetoprotein [Mass/volume] in Serum or Plasma", "Alfafetoproteína", "ng/mL"),
    "alp": ("6768-6", "Alkaline phosphatase [Enzymatic activity/volume] in Serum or Plasma", "Fosfatase alcalina", "U/L"),
    "ggt": ("2324-2", "Gamma glutamyl transferase [Enzymatic activity/volume] in Serum or Plasma", "Gama-GT", "U/L"),
    "cerulo": ("2064-4", "Ceruloplasmin [Mass/volume] in Serum or Plasma", "Ceruloplasmina", "mg/dL"),
    "tsat": ("2502-3", "Iron saturation [Mass Fraction] in Serum or Plasma", "Saturação de transferrina", "%"),
    "phq9": ("44261-6", "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]", "PHQ-9 escore total", None),
    "pain": ("72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported", "Escala numérica de dor (0-10)", None),
}
UNITDISP = {"g/dL": "g/dL", "10*3/uL": "10^3/µL", "fL": "fL", "mg/dL": "mg/dL", "%": "%", "m[IU]/L": "mIU/L", "mg/L": "mg/L",
            "mm/h": "mm/h", "ng/mL": "ng/mL", "U/L": "U/L", "{INR}": "INR", "mmol/L": "mmol/L", "mL/min/{1.73_m2}": "mL/min/1.73m2",
            "pg/mL": "pg/mL", "ug/g": "µg/g", "g/L": "g/L", "umol/L": "µmol/L", "kg": "kg", "cm": "cm", "kg/m2": "kg/m2",
            "mm[Hg]": "mmHg", "/min": "/min", "{score}": "score", "%{LVEF}": "%"}


def cc(codes=(), text=None):
    if isinstance(codes, tuple):
        codes = [codes] if codes else []
    d = {}
    if codes:
        d["coding"] = [{"system": s, "code": c, "display": t} for s, c, t in codes]
    if text:
        d["text"] = text
    return d


def qty(v, u):
    if u is None:
        return {"value": v}
    return {"value": v, "unit": UNITDISP.get(u, u), "system": UCUM, "code": u}


class Case:
    def __init__(s, cid, org):
        s.cid, s.org, s.o, s.E, s.k = cid, org, ORGS[org], [], 0

    def add(s, rt, body, tag=None):
        s.k += 1
        rid = s.cid if rt == "Patient" else f"{s.cid}-{tag or rt.lower()[:12]}-{s.k}"
        res = {"resourceType": rt, "id": rid}
        res.update(body)
        s.E.append({"fullUrl": f"{s.o['base']}/{rt}/{rid}", "resource": res, "request": {"method": "PUT", "url": f"{rt}/{rid}"}})
        return {"reference": f"{rt}/{rid}"}

    def inst(s, d, t="10:00:00"):
        return d if "T" in d else f"{d}T{t}{s.o['tz']}"

    # ---------- base ----------
    def setup(s, given, family, gender, birth, docs, payer, cov_start="2020-01-01", extra=None):
        o = s.o
        s.orgref = s.add("Organization", {"identifier": [{"system": o["orgsys"], "value": s.org + "-MAIN"}],
                                           "active": True, "type": [cc(("http://terminology.hl7.org/CodeSystem/organization-type", "prov", "Healthcare Provider"))],
                                           "name": o["name"], "address": [o["addr"]]}, "org")
        s.docs = []
        for i, (g, f, spec) in enumerate(docs):
            s.docs.append(s.add("Practitioner", {"identifier": [{"system": o["staffsys"], "value": f"{s.org}{(sum(map(ord, s.cid + f)) * 37) % 90000 + 10000}"}],
                                                 "active": True, "name": [{"family": f, "given": g.split(), "prefix": ["Dra." if g.endswith("a") and s.org == "A" else ("Dr." if s.org != "C" or i else "Dr.")]}],
                                                 "qualification": [{"code": cc(text=spec)}]}, "pract"))
        p = {"identifier": [{"system": o["ident"], "value": f"{s.org}{int(s.cid[3:]) * 7919 + 100000}"}], "active": True,
             "name": [{"use": "official", "family": family, "given": given.split()}], "gender": gender, "birthDate": birth,
             "address": [{"city": o["addr"]["city"], "country": o["addr"]["country"]}],
             "communication": [{"language": cc(("urn:ietf:bcp:47", o["lang"], {"pt-BR": "Portuguese (Brazil)", "en-US": "English (United States)", "en-GB": "English (United Kingdom)"}[o["lang"]])), "preferred": True}],
             "generalPractitioner": [s.docs[0]], "managingOrganization": s.orgref}
        if s.org == "A":
            p["identifier"].append({"system": "http://rnds.saude.gov.br/fhir/r4/NamingSystem/cpf", "value": f"{(int(s.cid[3:]) * 123457891) % 99999999999:011d}"})
        if extra:
            p.update(extra)
        s.pat = s.add("Patient", p)
        s.add("Coverage", {"status": "active", "type": cc(text={"A": "Plano de saúde suplementar", "B": "Medicare/Medicaid", "C": "Commercial / CHIP", "D": "NHS commissioned"}[s.org]),
                           "beneficiary": s.pat, "payor": [{"display": payer}], "period": {"start": cov_start}}, "cov")

    def enc(s, date, text, cls="AMB", end=None, status="finished", doc=0, reason=None, prio=None, typ=()):
        disp = {"AMB": "ambulatory", "EMER": "emergency", "IMP": "inpatient encounter", "VR": "virtual", "HH": "home health"}[cls]
        b = {"status": status, "class": {"system": V3ACT, "code": cls, "display": disp}, "type": [cc(typ, text)], "subject": s.pat,
             "participant": [{"individual": s.docs[doc]}], "period": {"start": s.inst(date, "08:30:00")}, "serviceProvider": s.orgref}
        if status == "finished":
            b["period"]["end"] = s.inst(end or date, "09:10:00" if not end else "11:00:00")
        if status == "planned":
            b["period"] = {"start": s.inst(date, "08:00:00")}
        if reason:
            b["reasonCode"] = [cc(text=reason) if isinstance(reason, str) else cc(*reason)]
        if prio:
            b["priority"] = cc(("http://terminology.hl7.org/CodeSystem/v3-ActPriority", prio, {"EM": "emergency", "R": "routine", "EL": "elective"}[prio]))
        return s.add("Encounter", b, "enc")

    def cond(s, codes, text, onset, status="active", ver="confirmed", cat="problem-list-item", abate=None, note=None, rec=None, enc=None, doc=0, sev=None):
        b = {"clinicalStatus": cc(("http://terminology.hl7.org/CodeSystem/condition-clinical", status, status.capitalize())),
             "verificationStatus": cc(("http://terminology.hl7.org/CodeSystem/condition-ver-status", ver, ver.capitalize())),
             "category": [cc(("http://terminology.hl7.org/CodeSystem/condition-category", cat, {"problem-list-item": "Problem List Item", "encounter-diagnosis": "Encounter Diagnosis"}[cat]))],
             "code": cc(codes, text), "subject": s.pat, "onsetDateTime": onset, "recordedDate": rec or onset, "recorder": s.docs[doc]}
        if sev:
            b["severity"] = cc(text=sev)
        if abate:
            b["abatementDateTime"] = abate
        if enc:
            b["encounter"] = enc
        if note:
            b["note"] = [{"text": note}]
        return s.add("Condition", b, "cond")

    def obs(s, key, date, value, low=None, high=None, interp=None, cat="laboratory", enc=None, unit=None, code=None, text=None, note=None, comps=None):
        if key in LAB:
            loinc, en, pt, u = LAB[key]
            unit = unit or u
            code = code or cc((LN, loinc, en), pt if s.org == "A" else None)
        b = {"status": "final", "category": [cc((OBSCAT, cat, {"laboratory": "Laboratory", "vital-signs": "Vital Signs", "survey": "Survey", "exam": "Exam", "imaging": "Imaging", "procedure": "Procedure"}[cat]))],
             "code": code if isinstance(code, dict) else cc(code, text), "subject": s.pat, "effectiveDateTime": date, "performer": [s.orgref]}
        if enc:
            b["encounter"] = enc
        if isinstance(value, str):
            b["valueString"] = value
        elif isinstance(value, dict):
            b["valueCodeableConcept"] = value
        elif isinstance(value, bool):
            b["valueBoolean"] = value
        elif value is not None and unit is None and isinstance(value, int):
            b["valueInteger"] = value
        elif value is not None:
            b["valueQuantity"] = qty(value, unit or "1")
        if low is not None or high is not None:
            rr = {}
            if low is not None:
                rr["low"] = qty(low, unit)
            if high is not None:
                rr["high"] = qty(high, unit)
            b["referenceRange"] = [rr]
            if interp is None and isinstance(value, (int, float)):
                interp = "L" if low is not None and value < low else ("H" if high is not None and value > high else "N")
        if interp:
            b["interpretation"] = [cc((INTERP, interp, {"N": "Normal", "H": "High", "L": "Low", "A": "Abnormal", "POS": "Positive", "NEG": "Negative", "HH": "Critical high", "LL": "Critical low"}[interp]))]
        if note:
            b["note"] = [{"text": note}]
        if comps:
            b["component"] = comps
        return s.add("Observation", b, "obs")

    def vitals(s, date, sbp=None, dbp=None, wt=None, hr=None, bmi=None, ht=None, enc=None):
        if sbp:
            s.obs(None, date, None, cat="vital-signs", enc=enc, code=cc((LN, "85354-9", "Blood pressure panel with all children optional")),
                  comps=[{"code": cc((LN, "8480-6", "Systolic blood pressure")), "valueQuantity": qty(sbp, "mm[Hg]")},
                         {"code": cc((LN, "8462-4", "Diastolic blood pressure")), "valueQuantity": qty(dbp, "mm[Hg]")}])
        for v, c, d, u in ((wt, "29463-7", "Body weight", "kg"), (ht, "8302-2", "Body height", "cm"), (hr, "8867-4", "Heart rate", "/min"), (bmi, "39156-5", "Body mass index (BMI) [Ratio]", "kg/m2")):
            if v:
                s.obs(None, date, v, cat="vital-signs", enc=enc, unit=u, code=cc((LN, c, d)))

    def local(s, code, disp, date, value, unit=None, low=None, high=None, interp=None, cat="laboratory", loinc=None, enc=None, note=None):
        codes = [(s.o["local"], code, disp)] + ([loinc] if loinc else [])
        return s.obs(None, date, value, low, high, interp, cat, enc, unit, cc(codes, disp), note=note)

    def med(s, codes, text, start, kind="req", status="active", dose=None, reason=None, end=None, doc=0, enc=None):
        if isinstance(codes, str):
            codes = [(s.o["meds"], codes, text)]
        m = cc(codes, text)
        if kind == "req":
            b = {"status": status, "intent": "order", "medicationCodeableConcept": m, "subject": s.pat, "authoredOn": start,
                 "requester": s.docs[doc], "dosageInstruction": [{"text": dose or "as directed"}]}
            if reason:
                b["reasonCode"] = [cc(text=reason)]
            if enc:
                b["encounter"] = enc
            return s.add("MedicationRequest", b, "medreq")
        if kind == "stmt":
            b = {"status": status, "medicationCodeableConcept": m, "subject": s.pat, "effectivePeriod": {"start": start}, "dateAsserted": s.inst(start),
                 "dosage": [{"text": dose or "as directed"}]}
            if end:
                b["effectivePeriod"]["end"] = end
            if reason:
                b["reasonCode"] = [cc(text=reason)]
            return s.add("MedicationStatement", b, "medstmt")
        b = {"status": status, "medicationCodeableConcept": m, "subject": s.pat, "effectiveDateTime": s.inst(start, "11:00:00"),
             "performer": [{"actor": s.docs[doc]}], "dosage": {"text": dose or "as ordered"}}
        if enc:
            b["context"] = enc
        if reason:
            b["reasonCode"] = [cc(text=reason)]
        return s.add("MedicationAdministration", b, "medadm")

    def note(s, date, title, text, typ=(LN, "11506-3", "Progress note"), enc=None, doc=0, lang=None):
        b = {"status": "current", "docStatus": "final", "type": cc(typ, title), "category": [cc(text="Clinical note")], "subject": s.pat,
             "date": s.inst(date, "17:45:00"), "author": [s.docs[doc]], "custodian": s.orgref, "description": title,
             "content": [{"attachment": {"contentType": "text/plain", "language": lang or s.o["lang"], "title": title,
                                         "data": base64.b64encode(text.strip().encode("utf-8")).decode("ascii"), "creation": s.inst(date, "17:40:00")}}]}
        if enc:
            b["context"] = {"encounter": [enc]}
        return s.add("DocumentReference", b, "doc")

    def sr(s, codes, text, authored, status="active", intent="order", occ=None, reason=None, doc=0, note=None, cat=None, performer=None):
        b = {"status": status, "intent": intent, "code": cc(codes, text), "subject": s.pat, "authoredOn": authored, "requester": s.docs[doc]}
        if cat:
            b["category"] = [cc(text=cat)]
        if occ:
            b["occurrenceDateTime"] = occ
        if isinstance(reason, dict):
            b["reasonReference"] = [reason]
        elif reason:
            b["reasonCode"] = [cc(text=reason) if isinstance(reason, str) else cc(*reason)]
        if note:
            b["note"] = [{"text": note}]
        if performer:
            b["performer"] = [performer]
        return s.add("ServiceRequest", b, "sr")

    def proc(s, codes, text, date, status="completed", reason=None, doc=0, note=None, enc=None):
        b = {"status": status, "code": cc(codes, text), "subject": s.pat, "performer": [{"actor": s.docs[doc]}]}
        if date:
            b["performedDateTime"] = date
        if reason:
            b["reasonCode"] = [cc(text=reason)]
        if note:
            b["note"] = [{"text": note}]
        if enc:
            b["encounter"] = enc
        return s.add("Procedure", b, "proc")

    def report(s, codes, text, date, concl, results=(), cat="RAD", doc=0):
        b = {"status": "final", "category": [cc(("http://terminology.hl7.org/CodeSystem/v2-0074", cat, {"RAD": "Radiology", "LAB": "Laboratory", "PAT": "Pathology (gross & histopath, not surgical)", "GE": "Genetics", "SP": "Surgical Pathology", "CG": "Cytogenetics", "OTH": "Other"}[cat]))],
             "code": cc(codes, text), "subject": s.pat, "effectiveDateTime": date, "issued": s.inst(date, "16:00:00"),
             "performer": [s.docs[doc]], "conclusion": concl}
        if results:
            b["result"] = list(results)
        return s.add("DiagnosticReport", b, "dr")

    def careplan(s, title, desc, start, status="active", cat=None, acts=(), doc=0, end=None, addresses=None):
        b = {"status": status, "intent": "plan", "category": [cc(cat or (), title)], "title": title, "description": desc, "subject": s.pat,
             "period": {"start": start}, "author": s.docs[doc],
             }
        if acts:
            b["activity"] = [{"detail": {"status": st, "description": d}} for d, st in acts]
        if end:
            b["period"]["end"] = end
        if addresses:
            b["addresses"] = [addresses]
        return s.add("CarePlan", b, "careplan")

    def comm(s, sender, recipient, sent, text, cat="patient message", topic=None):
        b = {"status": "completed", "category": [cc(text=cat)], "subject": s.pat, "sender": sender, "recipient": [recipient],
             "sent": s.inst(sent, "21:14:00"), "payload": [{"contentString": text}]}
        if topic:
            b["topic"] = cc(text=topic)
        return s.add("Communication", b, "comm")

    def qr(s, title, date, items, author=None):
        its = []
        for i, (q, a) in enumerate(items, 1):
            if isinstance(a, bool):
                ans = {"valueBoolean": a}
            elif isinstance(a, int):
                ans = {"valueInteger": a}
            elif isinstance(a, tuple):
                ans = {"valueCoding": {"system": a[0], "code": a[1], "display": a[2]}}
            else:
                ans = {"valueString": a}
            its.append({"linkId": str(i), "text": q, "answer": [ans]})
        return s.add("QuestionnaireResponse", {"status": "completed", "subject": s.pat, "authored": s.inst(date, "14:20:00"),
                                               "author": author or s.pat, "source": s.pat, "item": its}, "qr")

    def bundle(s):
        return {"resourceType": "Bundle", "id": f"{s.cid}-bundle", "type": "transaction", "entry": s.E}


README_HEAD = """# Evaluation set blind-38: 40 synthetic FHIR R4 patient records

Written **blind**: the only inputs were the task brief (the eight published criteria and their default definitions),
the FHIR R4 specification, public terminologies (ICD-10-CM, WHO ICD-10, Brazilian CID-10, SNOMED CT, LOINC, RxNorm,
CPT, UCUM, HL7 code systems, Orphanet) and clinical knowledge. No product code, rules or other evaluation sets were read.
All people, organisations and identifiers are fictitious.

- **Anchor date:** 2026-12-01 (history before it; planned operations/treatments/admissions after it).
- **Format:** `cases/cw-NN.json`, one FHIR R4 `Bundle` (`type: transaction`) per case; every entry has a `fullUrl` on its
  organisation's FHIR base, a resource with an explicit id (Patient id = case id, all others prefixed with it) and
  `request: PUT <Type>/<id>`. References are relative and resolve inside the bundle. Notes are `DocumentReference`s with
  base64 `text/plain` attachments. 18-38 entries per case.
- **Expectations:** `expectations.json` (`target`, `kind` positive / near-miss, `expected` = every criterion a careful
  clinician would say the whole record meets, `why`).
- **Regenerate:** `python3 gen/build.py` (case numbers are shuffled with a fixed seed); `python3 check.py` checks the
  structure; `python3 gen/lint.py` checks datatypes and required elements (Python only, no JVM validator was run).

## Organisations and their styles

| org | organisation | style |
| --- | --- | --- |
| A | Hospital Aurora Paulista (Brazilian private hospital) | CID-10 (BRCID10 URI), TUSS consult/procedure codes (hospital URI), LOINC with Portuguese display text or local lab codes, brand + active ingredient medication names on a local formulary, Portuguese notes with some English summaries |
| B | Prairie County Critical Access Hospital (US rural, older EHR) | free-text or vague ICD-10-CM problems, CPT visit codes, RxNorm ingredients, few structured results, scanned notes transcribed in capitals, long gaps |
| C | Lakeside Children's Oncology and Haematology Centre | SNOMED CT / ICD-10-CM / Orphanet, protocol chemotherapy administrations, transfusions, marrow procedures, ports, growth, parents' portal messages (RelatedPerson senders) |
| D | Northgate Liver Transplant and Bariatric Surgery Centre | WHO ICD-10 + SNOMED CT, SI units, local MELD-Na codes, MDT outcomes as ClinicalImpression, bariatric pathway (dietetics, psychology, OGD) |

Signals sit in different places: Condition, Observation series, ServiceRequest, Procedure (preparation), CarePlan,
MedicationAdministration, Communication, QuestionnaireResponse, Flag, DocumentReference, DiagnosticReport,
ClinicalImpression and Encounter. Extra criteria are listed deliberately where a record genuinely meets them
(active childhood leukaemia is an Orphanet rare disease).

## Cases

"""


CASES = []


def case(target, kind, org, expected, why, summary):
    def deco(fn):
        CASES.append(dict(fn=fn, target=target, kind=kind, org=org, expected=expected, why=why, summary=summary))
        return fn
    return deco


# ======================= Organisation A: Brazilian private hospital (CID-10, TUSS, Portuguese) =======================
CONS = (TUSS, "10101012", "Consulta em consultório (no horário normal ou preestabelecido)")
CONS_PS = (TUSS, "10101039", "Consulta em pronto socorro")
NOTE_PT = (LN, "11506-3", "Progress note")
DISCH = (LN, "18842-5", "Discharge summary")


@case("PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "positive", "A", ["PERSISTENT_SYMPTOMS_NORMAL_WORKUP"],
      "Primary-care visit on 2026-11-02 for exertional dyspnoea and palpitations followed by two unscheduled emergency visits (11-07, 11-11) and an unplanned admission on 11-13, all within 14 days (Singh return-visit e-triggers); every study was normal and no explaining diagnosis was made.",
      "Dyspnoea/palpitations: primary-care visit, two ED returns and an unplanned admission within 14 days; normal work-up, discharged 'dispneia a esclarecer'.")
def a_return(c):
    c.setup("Luciana Aparecida", "Ferreira Lima", "female", "1979-04-22", [("Renata", "Moraes Pacheco", "Medicina de família e comunidade"), ("Eduardo", "Tanaka", "Clínica médica / Emergência")], "Bradesco Saúde")
    c.cond((CID, "E03.9", "Hipotireoidismo não especificado"), "Hipotireoidismo", "2019-05-10")
    c.med("LEVO50", "Puran T4 50 mcg (levotiroxina sódica)", "2019-05-10", dose="1 comprimido em jejum, 1x/dia")
    c.enc("2026-03-18", "Consulta ambulatorial de rotina", typ=CONS)
    c.obs("tsh", "2026-03-18", 2.1, 0.4, 4.5)
    c.vitals("2026-03-18", 118, 76, wt=64.0, hr=72)
    e1 = c.enc("2026-11-02", "Consulta na atenção primária", typ=CONS, reason="Dispneia aos esforços e palpitações há 3 semanas")
    c.cond((CID, "R06.0", "Dispnéia"), "Dispneia aos esforços a esclarecer", "2026-10-12", rec="2026-11-02", cat="encounter-diagnosis", enc=e1)
    c.obs("hb", "2026-11-02", 13.2, 12.0, 16.0, enc=e1)
    c.obs("tsh", "2026-11-02", 1.9, 0.4, 4.5, enc=e1)
    c.local("ECG12", "Eletrocardiograma de repouso (laudo)", "2026-11-02", "Ritmo sinusal, FC 84 bpm, sem alterações de repolarização", interp="N", cat="procedure", enc=e1)
    c.note("2026-11-02", "Evolução - atenção primária", """Paciente 47 anos refere cansaço ao subir escadas e palpitações há cerca de 3 semanas. Nega dor torácica, febre.
Exame físico sem alterações. SpO2 98%. ECG normal. Hemograma e TSH normais.
Impressão: sintomas provavelmente relacionados a ansiedade/estresse; sem sinais de gravidade. Orientada. Retorno se piora.""", NOTE_PT, e1)
    e2 = c.enc("2026-11-07", "Atendimento não agendado no pronto-socorro", cls="EMER", prio="EM", doc=1, typ=CONS_PS, reason="Dispneia e palpitações")
    c.local("TROPUS", "Troponina I ultrassensível", "2026-11-07", 4, "ng/L", None, 34, enc=e2)
    c.local("DDIM", "D-dímero", "2026-11-07", 0.31, "ug/mL", None, 0.5, enc=e2)
    e3 = c.enc("2026-11-11", "Atendimento não agendado no pronto-socorro", cls="EMER", prio="EM", doc=1, typ=CONS_PS, reason="Dispneia persistente, sensação de desmaio")
    c.obs("hb", "2026-11-11", 13.0, 12.0, 16.0, enc=e3)
    e4 = c.enc("2026-11-13", "Internação não programada (via pronto-socorro)", cls="IMP", end="2026-11-17", prio="EM", doc=1, reason="Dispneia a esclarecer")
    c.report((), "Angiotomografia de tórax", "2026-11-14", "Sem sinais de tromboembolismo pulmonar. Parênquima pulmonar normal.", doc=1)
    lvef = c.obs(None, "2026-11-15", 64, 55, 70, cat="imaging", unit="%", code=cc((LN, "10230-1", "Left ventricular Ejection fraction"), "FEVE (ecocardiograma)"), enc=e4)
    c.report((), "Ecocardiograma transtorácico", "2026-11-15", "Função sistólica biventricular preservada (FEVE 64%). Sem valvopatias. PSAP normal.", [lvef], doc=1)
    c.local("HOLTER", "Holter 24 horas (laudo)", "2026-11-16", "Ritmo sinusal, raras extrassístoles supraventriculares isoladas, sem pausas", interp="N", cat="procedure", enc=e4)
    c.note("2026-11-17", "Resumo de alta", """Internação 13/11 a 17/11/2026. Motivo: dispneia aos esforços e palpitações, 3o atendimento em 11 dias.
Angio-TC de tórax, ecocardiograma, Holter, troponina e D-dímero normais. Diagnóstico de alta: dispneia a esclarecer (R06.0).
Conduta: alta, seguimento com médica de família.
English summary: unplanned admission 11 days after a primary-care visit and two ED returns; full cardiopulmonary work-up normal; no diagnosis; symptoms persist.""", DISCH, e4, doc=1)
    c.enc("2026-11-26", "Teleconsulta de retorno", cls="VR", reason="Persiste cansaço ao subir um lance de escada")


@case("PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "near-miss", "A", [],
      "Fatigue and morning headaches on three visits over 12 weeks with normal labs, but polysomnography on 2026-10-05 showed severe obstructive sleep apnoea, which explains them; symptoms improved on CPAP.",
      "Fatigue and morning headache with normal labs, explained by severe OSA on polysomnography; better on CPAP.")
def a_osa(c):
    c.setup("Carlos Henrique", "Bastos Nogueira", "male", "1974-09-02", [("Paulo", "Siqueira Rocha", "Clínica médica"), ("Beatriz", "Ohara", "Medicina do sono")], "SulAmérica Saúde")
    c.cond((CID, "I10", "Hipertensão essencial (primária)"), "Hipertensão arterial sistêmica", "2018-02-01")
    c.med("LOSA50", "Losartana potássica 50 mg (Cozaar)", "2018-02-01", dose="1 comprimido 12/12h")
    c.enc("2026-06-10", "Consulta clínica", typ=CONS, reason="Cansaço e cefaleia matinal")
    c.cond((CID, "R51", "Cefaléia"), "Cefaleia matinal", "2026-05-01", status="resolved", abate="2026-11-20", rec="2026-06-10")
    c.vitals("2026-06-10", 142, 90, wt=104.0, bmi=33.6)
    for k, v, lo, hi in (("hb", 14.6, 13.0, 17.0), ("tsh", 2.4, 0.4, 4.5), ("glu", 96, 70, 99), ("b12", 480, 200, 900), ("ferr", 180, 30, 400)):
        c.obs(k, "2026-06-10", v, lo, hi)
    c.enc("2026-07-22", "Consulta clínica", typ=CONS, reason="Persistem cansaço e cefaleia; roncos relatados pela esposa")
    c.obs("cr", "2026-07-22", 0.98, 0.7, 1.3)
    c.enc("2026-09-02", "Consulta medicina do sono", typ=CONS, doc=1, reason="Sonolência diurna, roncos, cefaleia matinal")
    c.local("EPW", "Escala de sonolência de Epworth", "2026-09-02", 15, None, 0, 10, cat="survey")
    psg = c.local("PSG-IAH", "Índice de apneia-hipopneia (polissonografia)", "2026-10-05", 38, "/h", None, 5, cat="procedure")
    c.report([(TUSS, "40103480", "Polissonografia de noite inteira")], "Polissonografia basal", "2026-10-05", "SAOS grave: IAH 38/h, nadir de SpO2 79%.", [psg], cat="OTH", doc=1)
    c.cond((CID, "G47.3", "Apnéia de sono"), "Síndrome da apneia obstrutiva do sono grave", "2026-10-05", doc=1)
    c.proc(text="Titulação e início de CPAP domiciliar", codes=(), date="2026-10-20", reason="SAOS grave", doc=1)
    c.enc("2026-11-20", "Retorno medicina do sono", typ=CONS, doc=1)
    c.local("EPW", "Escala de sonolência de Epworth", "2026-11-20", 6, None, 0, 10, cat="survey")
    c.note("2026-11-20", "Evolução - medicina do sono", """Em uso de CPAP 6h/noite há 1 mês (adesão 92%). Refere melhora importante do cansaço; cefaleia matinal resolvida.
Epworth 15 -> 6. Manter CPAP, reavaliar perda de peso.""", NOTE_PT, doc=1)


@case("DIAGNOSIS_SYMPTOM_MISMATCH", "positive", "A", ["DIAGNOSIS_SYMPTOM_MISMATCH"],
      "Irritable bowel syndrome (K58.0) active for over a year while the patient develops nocturnal diarrhoea, 6 kg weight loss, anaemia, raised CRP and a faecal calprotectin of 480 ug/g, which IBS cannot account for; the label was kept unchanged.",
      "IBS label kept for 13 months despite nocturnal diarrhoea, weight loss, anaemia and calprotectin 480.")
def a_ibs(c):
    c.setup("Juliana", "Prado Viana", "female", "1992-01-30", [("Marcelo", "Antunes Brandão", "Gastroenterologia"), ("Camila", "Reis", "Nutrição")], "Amil")
    c.cond((CID, "K58.0", "Síndrome do cólon irritável com diarréia"), "Síndrome do intestino irritável", "2025-10-14", rec="2025-10-14")
    c.med("DUSP200", "Duspatalin 200 mg (cloridrato de mebeverina)", "2025-10-14", dose="1 cápsula 12/12h")
    c.enc("2025-10-14", "Consulta gastroenterologia", typ=CONS, reason="Dor abdominal e diarreia intermitentes")
    c.obs("hb", "2025-10-14", 12.9, 12.0, 16.0)
    c.enc("2026-02-10", "Consulta gastroenterologia", typ=CONS, reason="Diarreia persistente")
    c.vitals("2026-02-10", 110, 70, wt=62.0)
    c.enc("2026-03-03", "Consulta nutrição", typ=CONS, doc=1, reason="Dieta low FODMAP")
    c.enc("2026-06-16", "Consulta gastroenterologia", typ=CONS, reason="Diarreia com despertar noturno")
    c.vitals("2026-06-16", 108, 68, wt=58.5)
    c.enc("2026-09-22", "Consulta gastroenterologia", typ=CONS, reason="Diarreia noturna, perda de peso")
    c.vitals("2026-09-22", 104, 66, wt=56.8)
    e = c.enc("2026-11-10", "Consulta gastroenterologia", typ=CONS, reason="Diarreia noturna 3-4x/noite, perda de peso")
    c.vitals("2026-11-10", 102, 64, wt=56.0, enc=e)
    c.obs("hb", "2026-11-10", 11.1, 12.0, 16.0, enc=e)
    c.obs("crp", "2026-11-10", 14.0, None, 5.0, enc=e)
    c.obs("calpro", "2026-11-10", 480, None, 50, enc=e)
    c.note("2026-11-10", "Evolução - gastroenterologia", """Paciente com SII em acompanhamento. Refere diarreia com despertar noturno 3-4 vezes por noite, perda de 6 kg desde fevereiro.
Calprotectina fecal 480 ug/g, Hb 11,1, PCR 14.
Conduta: manter mebeverina e dieta low FODMAP, retorno em 6 meses.
English summary: IBS label maintained despite nocturnal diarrhoea, weight loss, anaemia and high calprotectin; no further work-up ordered.""", NOTE_PT, e)


@case("MAJOR_PROCEDURE_PLANNED", "positive", "A", ["MAJOR_PROCEDURE_PLANNED"],
      "Total knee arthroplasty ordered (ServiceRequest active/order, TUSS) and admission planned for 2027-02-09 after failed conservative management; not yet performed.",
      "Bilateral knee osteoarthritis; total knee arthroplasty scheduled Feb 2027.")
def a_tka(c):
    c.setup("Maria das Graças", "Oliveira Santos", "female", "1958-07-11", [("Ricardo", "Mendes Falcão", "Ortopedia e traumatologia"), ("Sílvia", "Amaral", "Anestesiologia")], "Unimed Paulistana")
    oa = c.cond((CID, "M17.0", "Gonartrose primária bilateral"), "Gonartrose bilateral, pior à direita", "2019-03-20")
    c.cond((CID, "I10", "Hipertensão essencial (primária)"), "Hipertensão arterial", "2012-06-01")
    c.med("HCTZ25", "Hidroclorotiazida 25 mg (Clorana)", "2012-06-01", dose="1 comprimido pela manhã")
    c.med("DIPI1G", "Novalgina 1 g (dipirona monoidratada)", "2024-05-10", dose="1 comprimido até 6/6h se dor")
    c.enc("2025-05-06", "Consulta ortopedia", typ=CONS, reason="Dor no joelho direito")
    c.obs("pain", "2025-05-06", 7, cat="survey")
    c.proc([(TUSS, "20103093", "Reabilitação do paciente com dor articular")], "Fisioterapia 20 sessões", "2025-08-30", note="Concluída sem melhora funcional sustentada")
    c.proc((), "Infiltração intra-articular com ácido hialurônico, joelho direito", "2026-01-20")
    e = c.enc("2026-10-14", "Consulta ortopedia", typ=CONS, reason="Falha do tratamento conservador")
    c.obs("pain", "2026-10-14", 8, cat="survey", enc=e)
    c.report((), "Radiografia de joelhos com carga", "2026-10-14", "Artrose tricompartimental, Kellgren-Lawrence grau IV à direita, III à esquerda.")
    c.sr([(TUSS, "30725160", "Artroplastia total de joelho com implantes")], "Artroplastia total do joelho direito", "2026-10-14", occ="2027-02-09", reason=([(CID, "M17.0", "Gonartrose primária bilateral")], "Gonartrose"), note="Cirurgia eletiva agendada; internação prevista 3 dias.")
    c.sr((), "Avaliação pré-anestésica", "2026-10-14", occ="2027-01-19", doc=0)
    c.enc("2027-02-09", "Internação eletiva - artroplastia total de joelho", cls="IMP", status="planned", prio="EL")
    c.obs("hb", "2026-10-20", 13.4, 12.0, 16.0)
    c.obs("cr", "2026-10-20", 0.84, 0.5, 1.1)
    c.obs("glu", "2026-10-20", 92, 70, 99)
    c.vitals("2026-10-14", 134, 82, wt=78.0, bmi=30.5)
    c.note("2026-10-14", "Evolução - ortopedia", """Gonartrose grau IV à direita, dor 8/10, limitação para marcha > 200 m. Falha de fisioterapia, analgésicos e viscossuplementação.
Indicada artroplastia total do joelho direito. Paciente de acordo, termo de consentimento assinado. Cirurgia agendada para 09/02/2027.""", NOTE_PT, e)


@case("MAJOR_PROCEDURE_PLANNED", "near-miss", "A", [],
      "The only planned procedure is a minor office excision of a benign-looking naevus under local anaesthesia; no major or invasive procedure is proposed.",
      "Minor excision of a dermatoscopically benign naevus under local anaesthesia planned.")
def a_nevus(c):
    c.setup("Gustavo", "Lins Carvalho", "male", "1997-12-05", [("Fernanda", "Cavalcanti", "Dermatologia"), ("André", "Queiroz", "Clínica médica")], "Porto Seguro Saúde")
    c.cond((CID, "J45.9", "Asma não especificada"), "Asma leve intermitente", "2008-04-01")
    c.med("AERO100", "Aerolin 100 mcg/dose (sulfato de salbutamol) spray", "2020-01-10", dose="2 jatos se falta de ar")
    c.enc("2026-03-02", "Consulta clínica anual", typ=CONS, doc=1)
    c.vitals("2026-03-02", 122, 74, wt=76.0, hr=66)
    for k, v, lo, hi in (("hb", 15.1, 13.0, 17.0), ("glu", 88, 70, 99), ("cr", 1.02, 0.7, 1.3), ("ldl", 112, None, 130)):
        c.obs(k, "2026-03-02", v, lo, hi)
    e = c.enc("2026-11-09", "Consulta dermatologia", typ=CONS, reason="Mapeamento de nevos")
    c.cond((CID, "D22.5", "Nevo melanocítico do tronco"), "Nevo melanocítico no dorso, 6 mm", "2026-11-09", enc=e)
    c.local("DERMATO", "Dermatoscopia digital (laudo)", "2026-11-09", "Padrão reticular regular, sem critérios de malignidade", interp="N", cat="exam", enc=e)
    c.sr([(TUSS, "30101921", "Exérese e sutura simples de pequenas lesões")], "Exérese de nevo no dorso sob anestesia local (ambulatorial)", "2026-11-09", occ="2026-12-15", reason="Nevo com atrito na alça da mochila; pedido estético/conforto")
    c.sr((), "Exame anatomopatológico da peça", "2026-11-09", occ="2026-12-15")
    c.note("2026-11-09", "Evolução - dermatologia", """Mapeamento corporal: 22 nevos, todos com padrão benigno à dermatoscopia. Nevo dorsal de 6 mm traumatizado pela mochila.
Programada exérese simples em consultório sob anestesia local em 15/12. Orientações dadas.""", NOTE_PT, e)


@case("UNTREATABLE_PROGNOSIS", "near-miss", "A", [],
      "Stage IV lung cancer on exclusive palliative care, but a second opinion at an outside cancer institute on 2026-08-25 (within 12 months) confirmed best supportive care, so the flag is suppressed.",
      "Stage IV NSCLC, palliative care only; outside second opinion already on record (Aug 2026).")
def a_nsclc(c):
    c.setup("José Roberto", "Almeida Prado", "male", "1955-03-14", [("Helena", "Vasconcelos", "Oncologia clínica"), ("Tiago", "Barreto", "Cuidados paliativos"), ("Otávio", "Lemos Guimarães", "Oncologia clínica (instituto externo)")], "Bradesco Saúde")
    ext = c.add("Organization", {"active": True, "name": "Instituto de Oncologia Vale do Tietê", "address": [{"city": "Campinas", "state": "SP", "country": "BR"}]}, "org")
    ca = c.cond((CID, "C34.1", "Neoplasia maligna do lobo superior, brônquio ou pulmão"), "Adenocarcinoma de pulmão estádio IV (metástases ósseas e hepáticas), sem mutação acionável, PD-L1 < 1%", "2026-05-20", sev="Grave")
    c.cond((CID, "J44.9", "Doença pulmonar obstrutiva crônica não especificada"), "DPOC", "2015-01-01")
    c.report((), "TC de tórax e abdome", "2026-05-18", "Massa de 5,8 cm no lobo superior direito, múltiplas metástases hepáticas e ósseas.")
    c.report((), "Anatomopatológico e painel molecular (biópsia)", "2026-05-28", "Adenocarcinoma pulmonar. EGFR, ALK, ROS1, KRAS G12C, BRAF negativos. PD-L1 < 1%.", cat="SP")
    c.enc("2026-06-02", "Consulta oncologia", typ=CONS, reason="Definição terapêutica")
    c.local("ECOG", "Escala de desempenho ECOG", "2026-06-02", 3, None, cat="survey")
    sp = c.enc("2026-08-25", "Consulta de segunda opinião (instituto externo)", typ=CONS, doc=2, reason="Segunda opinião sobre indicação de quimioterapia")
    c.E[-1]["resource"]["serviceProvider"] = ext
    c.note("2026-08-25", "Parecer de segunda opinião - oncologia", """Paciente avaliado a pedido da família para segunda opinião. ECOG 3, hipoalbuminemia, sem alvo molecular.
Concordo com a equipe assistente: sem benefício esperado de quimioterapia ou imunoterapia; recomendo cuidados paliativos exclusivos.
English summary: outside second opinion agrees with best supportive care.""", (LN, "11488-4", "Consult note"), sp, doc=2)
    c.careplan("Cuidados paliativos exclusivos", "Controle de dor e dispneia, suporte familiar, sem tratamento antineoplásico.", "2026-09-01", acts=[("Morfina de horário e resgate", "in-progress"), ("Visita domiciliar quinzenal da equipe de paliativos", "in-progress")], doc=1, addresses=ca)
    c.med("MORF10", "Dimorf 10 mg (sulfato de morfina)", "2026-09-01", dose="10 mg VO 4/4h + resgates", doc=1)
    c.med("DEXA4", "Decadron 4 mg (dexametasona)", "2026-09-01", dose="4 mg pela manhã", doc=1)
    c.enc("2026-11-18", "Consulta cuidados paliativos", typ=CONS, doc=1)
    c.obs("alb", "2026-11-18", 2.8, 3.5, 5.2)
    c.obs("hb", "2026-11-18", 10.9, 13.0, 17.0)
    c.note("2026-11-18", "Evolução - cuidados paliativos", "Dor controlada (3/10). Dispneia aos mínimos esforços. Família ciente do prognóstico e do parecer externo. Mantido plano.", NOTE_PT, doc=1)


@case("HIGH_IMPACT_TREATMENT", "positive", "A", ["HIGH_IMPACT_TREATMENT"],
      "Modified radical mastectomy performed on 2026-10-06 and adjuvant doxorubicin-cyclophosphamide chemotherapy started on 2026-11-12 (administrations on record, cycle 2 ordered), with radiotherapy planned.",
      "Breast cancer: mastectomy done, adjuvant AC chemotherapy started Nov 2026, radiotherapy planned.")
def a_breast(c):
    c.setup("Patrícia", "Monteiro Sales", "female", "1982-08-19", [("Cláudia", "Rangel", "Oncologia clínica"), ("Fábio", "Damasceno", "Mastologia")], "SulAmérica Saúde")
    ca = c.cond((CID, "C50.4", "Neoplasia maligna do quadrante superior externo da mama"), "Carcinoma ductal invasivo mama esquerda, RE+/RP+/HER2-, Ki-67 35%, pT2N1", "2026-08-28")
    c.report((), "Anatomopatológico - core biopsy mama esquerda", "2026-08-28", "Carcinoma invasivo de tipo não especial, grau 2.", cat="SP", doc=1)
    c.proc([(TUSS, "30602238", "Mastectomia radical ou radical modificada - qualquer técnica")], "Mastectomia radical modificada à esquerda", "2026-10-06", reason="Carcinoma de mama", doc=1)
    c.proc((), "Implante de cateter totalmente implantável (port-a-cath)", "2026-11-05", doc=1)
    e = c.enc("2026-11-12", "Sessão de quimioterapia - ciclo 1 AC", typ=[(TUSS, "20104065", "Terapia oncológica - planejamento e 1º dia de tratamento")])
    c.med("ADRI", "Adriblastina RD (cloridrato de doxorrubicina) 60 mg/m2", "2026-11-12", kind="adm", status="completed", dose="102 mg IV", enc=e, reason="Quimioterapia adjuvante")
    c.med("GENU", "Genuxal (ciclofosfamida) 600 mg/m2", "2026-11-12", kind="adm", status="completed", dose="1020 mg IV", enc=e, reason="Quimioterapia adjuvante")
    c.med("ONDA8", "Vonau Flash 8 mg (ondansetrona)", "2026-11-12", dose="8 mg 8/8h por 3 dias")
    c.med("AC-C2", "Protocolo AC ciclo 2 (doxorrubicina + ciclofosfamida)", "2026-11-26", dose="D1 a cada 21 dias, ciclo 2 em 03/12/2026")
    c.sr((), "Radioterapia adjuvante de parede torácica e drenagem", "2026-11-12", occ="2027-04-05", reason="Carcinoma de mama pT2N1")
    for d, hb, anc in (("2026-11-11", 12.8, 4.1), ("2026-11-26", 10.9, 1.2)):
        c.obs("hb", d, hb, 12.0, 16.0)
        c.obs("anc", d, anc, 1.5, 7.5)
    c.note("2026-11-26", "Evolução - oncologia", """D14 do ciclo 1 de AC. Náuseas grau 2, alopecia iniciada, fadiga importante, afastada do trabalho. Neutrófilos 1.200.
Manter ciclo 2 em 03/12. Após 4 AC, paclitaxel semanal x12; depois radioterapia e hormonioterapia.""", NOTE_PT)


@case("HIGH_IMPACT_TREATMENT", "near-miss", "A", [],
      "DCIS treated with lumpectomy and tamoxifen (no chemotherapy, radiotherapy omitted); EORTC QLQ-C30 global health fell only 8.3 points, below the ~10-point minimal important difference.",
      "DCIS after lumpectomy on tamoxifen; QLQ-C30 global health 75 -> 66.7 (below MID).")
def a_dcis(c):
    c.setup("Regina Célia", "Fontes Duarte", "female", "1965-02-27", [("Fábio", "Damasceno", "Mastologia"), ("Lúcia", "Harada", "Oncologia clínica")], "Amil")
    c.cond((CID, "D05.1", "Carcinoma intraductal in situ"), "Carcinoma ductal in situ mama direita, grau 1, 9 mm, RE+", "2025-08-20")
    c.cond((CID, "E78.5", "Hiperlipidemia não especificada"), "Dislipidemia", "2016-01-01")
    c.med("SINV20", "Sinvastatina 20 mg (Zocor)", "2016-01-01", dose="1 comprimido à noite")
    c.proc([(TUSS, "30602130", "Setorectomia - quadrantectomia")], "Setorectomia mama direita com margens livres", "2025-09-16", doc=0)
    c.note("2025-10-20", "Decisão terapêutica", "CDIS grau 1, 9 mm, margens > 5 mm, 60 anos: radioterapia adjuvante omitida em decisão compartilhada. Iniciar tamoxifeno 20 mg por 5 anos.", NOTE_PT, doc=1)
    c.med("TAMO", "Nolvadex 20 mg (citrato de tamoxifeno)", "2025-11-03", dose="1 comprimido ao dia", doc=1)
    qol = ("EORTC-GHS", "EORTC QLQ-C30 - estado global de saúde/qualidade de vida (0-100)")
    for d, v in (("2025-10-20", 75.0), ("2026-04-14", 70.8), ("2026-10-13", 66.7)):
        c.enc(d, "Consulta oncologia", typ=CONS, doc=1)
        c.local(qol[0], qol[1], d, v, "{score}", cat="survey")
    c.obs("ldl", "2026-10-13", 98, None, 130)
    c.obs("hb", "2026-10-13", 13.6, 12.0, 16.0)
    c.report((), "Mamografia bilateral", "2026-09-28", "BI-RADS 2. Alterações pós-cirúrgicas à direita.")
    c.note("2026-10-13", "Evolução - oncologia", "Fogachos leves, sono razoável. Qualidade de vida global 66,7 (basal 75). Sem sinais de recidiva. Manter tamoxifeno.", NOTE_PT, doc=1)


@case("PATIENT_REPORTED_CONCERN", "positive", "A", ["PATIENT_REPORTED_CONCERN"],
      "In the hospital's patient-experience questionnaire (2026-11-05) the patient answered 'Sim' to wanting a second medical opinion and wrote that she does not feel heard.",
      "Migraine patient answers 'Yes' to wanting a second opinion in a patient-experience questionnaire.")
def a_prc(c):
    c.setup("Tatiane", "Rocha Menezes", "female", "1995-06-08", [("Rodrigo", "Farias Lobo", "Neurologia"), ("Ana Paula", "Sena", "Clínica médica")], "Hapvida")
    c.cond((CID, "G43.0", "Enxaqueca sem aura [enxaqueca comum]"), "Enxaqueca sem aura", "2022-03-15")
    c.med("TOPI50", "Topamax 50 mg (topiramato)", "2025-02-10", dose="1 comprimido 12/12h")
    c.med("NARA", "Naramig 2,5 mg (naratriptana)", "2022-03-15", dose="1 comprimido na crise, máx. 2/dia")
    for d, days in (("2026-03-09", 6), ("2026-07-13", 5), ("2026-10-26", 6)):
        c.enc(d, "Consulta neurologia", typ=CONS)
        c.local("DIASENX", "Dias de enxaqueca no mês (diário de cefaleia)", d, days, None, cat="survey")
    c.vitals("2026-10-26", 112, 72, wt=61.0)
    c.obs("hb", "2026-03-09", 13.3, 12.0, 16.0)
    c.obs("tsh", "2026-03-09", 1.7, 0.4, 4.5)
    c.qr("Pesquisa de experiência do paciente - ambulatório", "2026-11-05", [
        ("Como você avalia o atendimento na recepção?", "Bom"),
        ("Você sente que suas preocupações foram ouvidas pelo médico?", (Y_N, "N", "No")),
        ("Você gostaria de uma segunda opinião médica sobre seu diagnóstico ou tratamento?", (Y_N, "Y", "Yes")),
        ("Comentários", "As consultas são muito rápidas, sinto que o médico não leva a sério o quanto as crises atrapalham meu trabalho. Quero ouvir outro neurologista."),
    ])
    c.note("2026-10-26", "Evolução - neurologia", "Enxaqueca sem aura, 6 dias/mês, sem sinais de alarme, exame neurológico normal. Mantido topiramato. Paciente questiona tratamento; orientada.", NOTE_PT)


@case("WORSENING_DESPITE_TREATMENT", "positive", "A", ["WORSENING_DESPITE_TREATMENT"],
      "PHQ-9 rose from 11 to 14 to 19 between April and October 2026 (+8, above the 5-point MCID, over 189 days) while sertraline was taken continuously at increasing doses plus psychotherapy.",
      "Moderate depression on sertraline since March 2026; PHQ-9 11 -> 14 -> 19.")
def a_phq(c):
    c.setup("Felipe", "Arruda Coelho", "male", "1987-10-17", [("Marina", "Toledo", "Psiquiatria"), ("Vinícius", "Prates", "Psicologia")], "Unimed Paulistana")
    dep = c.cond((CID, "F32.1", "Episódio depressivo moderado"), "Episódio depressivo moderado", "2026-03-10")
    c.med("ZOL", "Zoloft (cloridrato de sertralina)", "2026-03-10", kind="stmt", dose="50 mg/dia (mar), 100 mg/dia (mai), 150 mg/dia (ago)", reason="Episódio depressivo moderado")
    c.med("ZOL150", "Zoloft 50 mg (cloridrato de sertralina)", "2026-08-04", dose="3 comprimidos pela manhã")
    c.careplan("Psicoterapia cognitivo-comportamental semanal", "TCC semanal desde abril/2026", "2026-04-07", doc=1, acts=[("Sessões semanais de TCC", "in-progress")], addresses=dep)
    for d, v in (("2026-03-10", 13), ("2026-04-14", 11), ("2026-07-07", 14), ("2026-10-20", 19)):
        c.enc(d, "Consulta psiquiatria", typ=CONS)
        c.obs("phq9", d, v, cat="survey")
    c.obs("tsh", "2026-03-10", 2.2, 0.4, 4.5)
    c.obs("hb", "2026-03-10", 15.0, 13.0, 17.0)
    c.note("2026-10-20", "Evolução - psiquiatria", """Piora do humor, anedonia, insônia terminal, afastado do trabalho há 3 semanas. Nega ideação suicida estruturada.
Adesão confirmada (sertralina 150 mg desde agosto, TCC semanal). PHQ-9 19 (abril 11).
English summary: depression worsening over 6 months despite adherent sertraline and CBT.""", NOTE_PT)


@case("WORSENING_DESPITE_TREATMENT", "near-miss", "A", [],
      "HbA1c drifted 7.1 -> 7.3 -> 7.4 % over eight months on metformin, a 0.3-point change below the ~0.5 % minimal important difference.",
      "Type 2 diabetes on metformin; HbA1c 7.1 -> 7.4 % (below MID).")
def a_a1c_nm(c):
    c.setup("Sônia Maria", "Pacheco Ribeiro", "female", "1964-05-03", [("Alberto", "Kawasaki", "Endocrinologia"), ("Larissa", "Pinto", "Nutrição")], "Notre Dame Intermédica")
    dm = c.cond((CID, "E11.9", "Diabetes mellitus não-insulino-dependente - sem complicações"), "Diabetes mellitus tipo 2", "2017-09-12")
    c.cond((CID, "I10", "Hipertensão essencial (primária)"), "Hipertensão arterial", "2014-01-01")
    c.med("GLIF500", "Glifage XR 500 mg (cloridrato de metformina)", "2017-09-12", dose="2 comprimidos no jantar", reason="DM2")
    c.med("ENAL10", "Enalapril 10 mg (Renitec)", "2014-01-01", dose="1 comprimido 12/12h")
    for d, v, w in (("2026-02-10", 7.1, 71.0), ("2026-06-09", 7.3, 71.5), ("2026-10-13", 7.4, 72.0)):
        c.enc(d, "Consulta endocrinologia", typ=CONS)
        c.obs("a1c", d, v, 4.0, 5.6)
        c.vitals(d, 128, 80, wt=w)
    c.obs("cr", "2026-10-13", 0.9, 0.5, 1.1)
    c.obs("egfr", "2026-10-13", 72, 60, None)
    c.note("2026-10-13", "Evolução - endocrinologia", "HbA1c 7,4% (meta < 7,5% pela idade e risco de hipoglicemia aceitável). Controle estável. Reforçada dieta. Manter metformina.", NOTE_PT)


@case("RARE_OR_COMPLEX_CONDITION", "near-miss", "A", [],
      "Four common chronic conditions (hypertension, dyslipidaemia, type 2 diabetes, hypothyroidism) across two specialties, below the 5-condition/3-specialty complexity threshold; past pneumonia is resolved; no rare disease.",
      "Four common chronic conditions in two specialties; resolved pneumonia; not complex.")
def a_complex_nm(c):
    c.setup("Antônio Carlos", "Mesquita Filho", "male", "1956-11-21", [("Luís", "Fagundes", "Clínica médica / Cardiologia"), ("Alberto", "Kawasaki", "Endocrinologia")], "Cassi")
    for code, disp, txt, on in (("I10", "Hipertensão essencial (primária)", "Hipertensão arterial", "2005-04-01"), ("E78.5", "Hiperlipidemia não especificada", "Dislipidemia", "2009-06-01"),
                                ("E11.9", "Diabetes mellitus não-insulino-dependente - sem complicações", "DM2", "2016-08-01"), ("E03.9", "Hipotireoidismo não especificado", "Hipotireoidismo", "2020-02-01")):
        c.cond((CID, code, disp), txt, on)
    c.cond((CID, "J18.9", "Pneumonia não especificada"), "Pneumonia comunitária", "2025-06-02", status="resolved", abate="2025-06-20", cat="encounter-diagnosis")
    c.proc((), "Colecistectomia videolaparoscópica", "2015-09-10")
    for code, txt, dose in (("ATOR20", "Lipitor 20 mg (atorvastatina cálcica)", "1 comprimido à noite"), ("LOSA50", "Losartana potássica 50 mg", "1 comprimido 12/12h"),
                            ("GLIF850", "Glifage 850 mg (cloridrato de metformina)", "1 comprimido 2x/dia"), ("PURAN75", "Puran T4 75 mcg (levotiroxina)", "1 comprimido em jejum")):
        c.med(code, txt, "2025-01-15", dose=dose)
    e = c.enc("2026-09-15", "Consulta clínica semestral", typ=CONS)
    c.vitals("2026-09-15", 132, 80, wt=84.0, hr=70, enc=e)
    for k, v, lo, hi in (("a1c", 6.8, 4.0, 5.6), ("ldl", 84, None, 100), ("tsh", 2.6, 0.4, 4.5), ("cr", 1.05, 0.7, 1.3), ("k", 4.4, 3.5, 5.1)):
        c.obs(k, "2026-09-15", v, lo, hi, enc=e)
    c.enc("2026-03-10", "Consulta endocrinologia", typ=CONS, doc=1)
    c.note("2026-09-15", "Evolução - clínica médica", "Paciente assintomático, boa adesão. Condições crônicas compensadas. Vacinação em dia. Retorno em 6 meses.", NOTE_PT, e)


# ======================= Organisation B: US rural critical-access hospital, older EHR =======================
OV = (CPT, "99213", "Office or other outpatient visit, established patient, low level of medical decision making")
ED = (CPT, "99284", "Emergency department visit, moderate level of medical decision making")
SCAN = (LN, "34109-9", "Note")


def scan(c, date, title, text, doc=0, enc=None):
    return c.note(date, title, "[SCANNED DOCUMENT - TRANSCRIBED]\n" + text.upper() + "\n[END OF SCANNED PAGE]", SCAN, enc, doc)


@case("PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "positive", "B", ["PERSISTENT_SYMPTOMS_NORMAL_WORKUP"],
      "Dizziness and hand/foot paraesthesia recorded at four visits from May to October 2026 (21 weeks); CBC, CMP, TSH, B12, HbA1c and brain MRI all normal; no explaining disorder diagnosed and the patient was told nothing is wrong.",
      "Dizziness and tingling for five months, four visits, all studies normal, 'reassured'.")
def b_dizzy(c):
    c.setup("Kayla Marie", "Brandt", "female", "1988-02-14", [("Dale", "Hoffman", "Family medicine"), ("Priya", "Raman", "Neurology (visiting)")], "Kansas Medicaid (KanCare)")
    c.cond((ICD, "J30.2", "Other seasonal allergic rhinitis"), "SEASONAL ALLERGIES", "2015-04-01")
    c.med([(RX, "20610", "cetirizine")], "cetirizine 10 mg tab", "2015-04-01", kind="stmt", dose="daily prn spring")
    c.cond((ICD, "R42", "Dizziness and giddiness"), "dizzy spells, lightheaded", "2026-05-12")
    c.cond((ICD, "R20.2", "Paresthesia of skin"), "tingling hands and feet", "2026-05-12")
    for d, r in (("2026-05-12", "dizzy spells x 3 wks, tingling hands"), ("2026-06-30", "still dizzy, tingling feet now too"), ("2026-08-18", "dizziness ongoing, missed work"), ("2026-10-06", "same sx, no better")):
        c.enc(d, "Office visit", typ=OV, reason=r)
    c.vitals("2026-05-12", 116, 74, wt=68.0, hr=76)
    c.local("ORTHO", "Orthostatic vitals", "2026-05-12", "Lying 116/74 HR 72, standing 3 min 114/76 HR 80 - negative", interp="N", cat="exam")
    for k, v, lo, hi in (("hb", 13.4, 12.0, 15.5), ("wbc", 6.2, 4.0, 10.5), ("glu", 88, 70, 99), ("na", 139, 135, 145), ("tsh", 1.8, 0.45, 4.5)):
        c.obs(k, "2026-05-12", v, lo, hi)
    c.obs("b12", "2026-06-30", 512, 232, 1245)
    c.obs("a1c", "2026-06-30", 5.2, 4.0, 5.6)
    c.report((), "MRI BRAIN W/WO", "2026-08-04", "Normal MRI of the brain. No demyelinating lesions.", doc=1)
    c.enc("2026-09-01", "Neurology outreach clinic", typ=OV, doc=1, reason="dizziness/paresthesia")
    c.note("2026-09-01", "Neurology outreach consult", "Normal neuro exam, normal MRI, normal labs. No neurological disorder identified. Return to PCP.", (LN, "11488-4", "Consult note"), doc=1)
    scan(c, "2026-10-06", "Office visit note", """pt seen 4th time for dizzy spells + tingling. all labs wnl, mri wnl, neuro says nothing neuro.
told pt workup normal, nothing wrong found. reassured. f/u prn. pt tearful, says sx are real and daily.""")


@case("PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "near-miss", "B", [],
      "A raised PSA (6.8 ng/mL) was a red flag but was followed up within 60 days (urology referral in 1 week, MRI, biopsy showing benign hyperplasia); repeat PSA is falling.",
      "Raised PSA promptly followed up (urology, MRI, benign biopsy).")
def b_psa(c):
    c.setup("Gerald Wayne", "Kowalski", "male", "1962-06-03", [("Dale", "Hoffman", "Family medicine"), ("Martin", "Oyelaran", "Urology (visiting)")], "Medicare Part B")
    c.cond((ICD, "I10", "Essential (primary) hypertension"), "HTN", "2010-01-01")
    c.med([(RX, "29046", "lisinopril")], "LISINOPRIL 20MG TAB", "2010-01-01", kind="stmt", dose="1 tab daily")
    c.enc("2026-03-03", "Annual wellness visit", typ=(CPT, "99396", "Periodic comprehensive preventive medicine reevaluation, age 40-64 years"))
    c.obs("psa", "2026-03-03", 6.8, None, 4.0)
    c.obs("cr", "2026-03-03", 1.0, 0.7, 1.3)
    c.obs("glu", "2026-03-03", 101, 70, 99)
    c.sr((), "Referral to urology - elevated PSA", "2026-03-03", status="completed", reason="Elevated PSA 6.8")
    c.enc("2026-03-10", "Urology outreach visit", typ=OV, doc=1)
    c.report((), "MRI PROSTATE", "2026-03-30", "PI-RADS 3 lesion left peripheral zone. Gland volume 62 mL.", doc=1)
    c.proc((CPT, "55700", "Biopsy, prostate; needle or punch, single or multiple, any approach"), "Transrectal prostate biopsy, 12 cores + targeted", "2026-04-14", doc=1)
    c.report((), "SURGICAL PATHOLOGY - PROSTATE BX", "2026-04-20", "Benign prostatic tissue with nodular hyperplasia and chronic inflammation. No carcinoma in 14 cores.", cat="SP", doc=1)
    c.cond((ICD, "N40.0", "Benign prostatic hyperplasia without lower urinary tract symptoms"), "BPH", "2026-04-20", doc=1)
    c.obs("psa", "2026-09-15", 5.1, None, 4.0)
    c.vitals("2026-09-15", 136, 84, wt=92.0)
    c.enc("2026-09-15", "Office visit", typ=OV, reason="PSA recheck")
    scan(c, "2026-09-15", "Office note", "psa down to 5.1. bx benign april. urology: repeat psa q6-12 mo. pt feels fine, no urinary sx.")


@case("DIAGNOSIS_SYMPTOM_MISMATCH", "positive", "B", ["DIAGNOSIS_SYMPTOM_MISMATCH"],
      "'Viral syndrome' (B34.9) kept active for nearly six months while fevers and joint pains continue and ESR and CRP stay markedly raised, which a self-limited viral illness cannot account for.",
      "Catch-all 'viral syndrome' B34.9 since June 2026 with ongoing fevers, arthralgia, ESR 58, CRP 42.")
def b_viral(c):
    c.setup("Denise Lynn", "Harper", "female", "1981-09-27", [("Ruth", "Ellison", "Family medicine (NP)"), ("Dale", "Hoffman", "Family medicine")], "Blue Cross Blue Shield of Kansas")
    c.cond((ICD, "E66.9", "Obesity, unspecified"), "obesity", "2018-01-01")
    c.cond((ICD, "B34.9", "Viral infection, unspecified"), "viral syndrome", "2026-06-08", rec="2026-06-08")
    for d, r in (("2026-06-08", "fever 101, achy joints"), ("2026-07-20", "still fevers at night, knees/wrists hurt"), ("2026-09-14", "fever on and off, hands stiff"), ("2026-11-09", "fevers continue, lost 8 lb")):
        c.enc(d, "Office visit", typ=OV, reason=r)
    c.obs(None, "2026-07-20", 38.4, cat="vital-signs", unit="Cel", code=cc((LN, "8310-5", "Body temperature")))
    for d, esr, crp in (("2026-07-20", 52, 38.0), ("2026-09-14", 58, 42.0)):
        c.obs("esr", d, esr, 0, 20)
        c.obs("crp", d, crp, None, 10.0)
    c.obs("hb", "2026-09-14", 11.3, 12.0, 15.5)
    c.obs("wbc", "2026-09-14", 11.8, 4.0, 10.5)
    c.med([(RX, "5640", "ibuprofen")], "IBUPROFEN 600MG TAB", "2026-06-08", dose="1 tab q8h prn")
    c.vitals("2026-11-09", 124, 78, wt=96.0)
    scan(c, "2026-11-09", "Office visit note", """dx: viral syndrome (b34.9) - continuing since june.
pt c/o night fevers, morning stiffness hands 1 hr, wrist swelling, 8 lb wt loss. esr 58 crp 42 in sept.
plan: continue ibuprofen, fluids, rest. recheck 3 mo.""", doc=1)


@case("DIAGNOSIS_SYMPTOM_MISMATCH", "near-miss", "B", [],
      "Fibromyalgia (M79.7) was diagnosed by rheumatology in 2023 after a full work-up and has been in remission since 2025 (pain 2/10, no complaints), so no catch-all label persists with continuing symptoms.",
      "Fibromyalgia in remission, pain 2/10, no ongoing symptoms.")
def b_fibro(c):
    c.setup("Sherry Ann", "McAllister", "female", "1976-12-09", [("Dale", "Hoffman", "Family medicine"), ("Linda", "Voss", "Rheumatology (visiting)")], "Aetna")
    c.cond((ICD, "M79.7", "Fibromyalgia"), "FIBROMYALGIA", "2023-04-11", status="remission", abate="2025-06-01", doc=1,
           note="Dx by rheumatology 2023 (ACR 2016 criteria met; CBC/ESR/CRP/CK/TSH/ANA normal). In remission with exercise program.")
    c.cond((ICD, "E78.5", "Hyperlipidemia, unspecified"), "high cholesterol", "2019-01-01")
    c.med([(RX, "72625", "duloxetine")], "DULOXETINE 30MG CAP", "2023-04-11", kind="stmt", dose="1 cap daily")
    c.med([(RX, "36567", "simvastatin")], "SIMVASTATIN 20MG", "2019-01-01", kind="stmt", dose="1 tab qhs")
    for d, p in (("2026-02-17", 3), ("2026-06-16", 2), ("2026-10-20", 2)):
        c.enc(d, "Office visit", typ=OV, reason="routine follow-up")
        c.obs("pain", d, p, cat="survey")
    c.obs("ldl", "2026-06-16", 108, None, 130)
    c.obs("tsh", "2026-06-16", 2.0, 0.45, 4.5)
    c.vitals("2026-10-20", 118, 76, wt=70.0)
    scan(c, "2026-10-20", "Office note", "fibromyalgia - doing well. walks 30 min daily, pool 2x/wk. pain 2/10. sleeping ok. no new sx. continue duloxetine. rtc 6 mo.")


@case("MAJOR_PROCEDURE_PLANNED", "positive", "B", ["MAJOR_PROCEDURE_PLANNED"],
      "Lumbar decompressive laminectomy L3-L5 with posterior instrumented fusion is in preparation (Procedure status 'preparation'), scheduled for 2026-12-14 at the regional centre.",
      "Lumbar stenosis; laminectomy with instrumented fusion in preparation for Dec 2026.")
def b_spine(c):
    c.setup("Randall Lee", "Stutzman", "male", "1969-05-28", [("Dale", "Hoffman", "Family medicine"), ("Craig", "Nakamura", "Neurosurgery (regional)")], "Medicare Advantage - Humana")
    c.cond((ICD, "M48.062", "Spinal stenosis, lumbar region with neurogenic claudication"), "LUMBAR SPINAL STENOSIS W NEUROGENIC CLAUDICATION", "2024-02-01")
    c.cond((), "back pain - chronic", "2019-01-01")
    c.cond((ICD, "E11.9", "Type 2 diabetes mellitus without complications"), "DM2", "2017-01-01")
    c.med([(RX, "6809", "metformin")], "METFORMIN 1000MG", "2017-01-01", kind="stmt", dose="1 tab bid")
    c.med([(RX, "25480", "gabapentin")], "GABAPENTIN 300MG", "2024-02-01", kind="stmt", dose="1 cap tid")
    c.proc((CPT, "64483", "Injection(s), anesthetic agent(s) and/or steroid; transforaminal epidural, with imaging guidance, lumbar or sacral, single level"), "L4-5 TFESI", "2025-05-12", doc=1)
    c.enc("2026-04-02", "Office visit", typ=OV, reason="back and leg pain worse, can walk 1 block")
    c.report((), "MRI L-SPINE", "2026-05-20", "Severe central canal stenosis L3-4 and L4-5 with grade 1 degenerative spondylolisthesis L4-5.")
    c.enc("2026-10-28", "Neurosurgery consult (regional)", typ=OV, doc=1)
    c.proc([(CPT, "63047", "Laminectomy, facetectomy and foraminotomy; single vertebral segment; lumbar"), (CPT, "22612", "Arthrodesis, posterior or posterolateral technique, single interspace; lumbar")],
           "Decompressive laminectomy L3-L5 with posterior instrumented fusion L4-5", None, status="preparation", reason="Lumbar stenosis with neurogenic claudication", doc=1,
           note="Scheduled 2026-12-14 at regional medical center; pre-op clearance done 11/18.")
    for k, v, lo, hi in (("a1c", 6.9, 4.0, 5.6), ("hb", 14.2, 13.5, 17.5), ("cr", 0.95, 0.7, 1.3), ("k", 4.3, 3.5, 5.1)):
        c.obs(k, "2026-11-18", v, lo, hi)
    c.enc("2026-11-18", "Pre-operative clearance", typ=OV)
    c.vitals("2026-11-18", 132, 80, wt=101.0)
    scan(c, "2026-11-18", "Pre-op clearance", "pt cleared for lumbar laminectomy/fusion 12/14 w dr nakamura. hold metformin day of surgery. a1c 6.9.")


@case("UNTREATABLE_PROGNOSIS", "positive", "B", ["UNTREATABLE_PROGNOSIS"],
      "End-stage heart failure (EF 15%, NYHA IV) judged not a candidate for LVAD, transplant or further device therapy; hospice referral placed and the note states no further treatment options beyond comfort care; no second opinion on record.",
      "End-stage HFrEF, 'no further options', hospice referral, no second opinion.")
def b_hf(c):
    c.setup("Harold Eugene", "Lindqvist", "male", "1945-01-30", [("Dale", "Hoffman", "Family medicine"), ("Sanjay", "Mehra", "Cardiology (telehealth)")], "Medicare Part A/B")
    hf = c.cond((ICD, "I50.22", "Chronic systolic (congestive) heart failure"), "CHF - ischemic cardiomyopathy EF 15%", "2014-01-01")
    c.cond((ICD, "I48.91", "Unspecified atrial fibrillation"), "A FIB", "2016-01-01")
    c.cond((ICD, "N18.32", "Chronic kidney disease, stage 3b"), "CKD 3", "2019-01-01")
    for rx, t in ((("4603", "furosemide"), "FUROSEMIDE 80MG BID"), (("20352", "carvedilol"), "CARVEDILOL 3.125MG BID"), (("11289", "warfarin"), "WARFARIN per INR")):
        c.med([(RX, rx[0], rx[1])], t, "2024-01-01", kind="stmt")
    e1 = c.enc("2026-08-12", "Admission - CHF exacerbation", cls="IMP", end="2026-08-19", prio="EM", reason="acute on chronic CHF")
    e2 = c.enc("2026-10-21", "Admission - CHF exacerbation", cls="IMP", end="2026-10-29", prio="EM", reason="acute on chronic CHF, hypotension")
    c.obs(None, "2026-10-22", 15, 50, 70, cat="imaging", unit="%", code=cc((LN, "10230-1", "Left ventricular Ejection fraction")))
    for d, cr, bnp in (("2026-08-12", 2.1, 2850), ("2026-10-21", 2.6, 4120)):
        c.obs("cr", d, cr, 0.7, 1.3)
        c.local("BNP", "BNP", d, bnp, "pg/mL", None, 100, loinc=(LN, "30934-4", "Natriuretic peptide B [Mass/volume] in Serum or Plasma"))
    c.enc("2026-11-10", "Cardiology telehealth", cls="VR", doc=1)
    c.note("2026-11-10", "Cardiology telehealth note", """81M ischemic CM, EF 15%, NYHA IV, 2 admissions in 3 months, symptomatic hypotension limiting GDMT, CKD 3b.
Not a candidate for LVAD or transplant (age, frailty, renal function). ICD in place; CRT not indicated (QRS 100).
No further treatment options beyond comfort-focused care. Recommend hospice. Discussed with patient and daughter.""", (LN, "11488-4", "Consult note"), doc=1)
    c.sr([(SCT, "305336008", "Admission to hospice")], "Hospice referral - home hospice", "2026-11-18", reason="End-stage heart failure", note="Daughter to arrange home hospice intake.")
    c.enc("2026-11-18", "Office visit", typ=OV, reason="goals of care")
    scan(c, "2026-11-18", "Office note - goals of care", "end stage chf. cards: nothing more to offer. pt wants to be home. dnr/polst signed. hospice referral sent.")


@case("HIGH_IMPACT_TREATMENT", "positive", "B", ["HIGH_IMPACT_TREATMENT"],
      "Abdominoperineal resection with permanent end colostomy performed on 2026-09-15 for rectal cancer, and adjuvant FOLFOX chemotherapy ordered to start 2026-12-10.",
      "Rectal cancer: APR with permanent colostomy (Sept 2026), adjuvant chemo ordered.")
def b_ostomy(c):
    c.setup("Wayne Douglas", "Pruitt", "male", "1963-03-19", [("Dale", "Hoffman", "Family medicine"), ("Angela", "Brightwater", "General surgery"), ("Omar", "Haddad", "Oncology (visiting)")], "BCBS Kansas")
    c.cond((ICD, "C20", "Malignant neoplasm of rectum"), "RECTAL CA - LOW, T3N1", "2026-05-22")
    c.cond((ICD, "Z93.3", "Colostomy status"), "colostomy status", "2026-09-15")
    c.cond((ICD, "I10", "Essential (primary) hypertension"), "HTN", "2012-01-01")
    c.med([(RX, "17767", "amlodipine")], "AMLODIPINE 5MG", "2012-01-01", kind="stmt")
    c.proc((CPT, "45378", "Colonoscopy, flexible; diagnostic"), "colonoscopy with biopsy - low rectal mass", "2026-05-22")
    c.proc([(CPT, "45110", "Proctectomy; complete, combined abdominoperineal, with colostomy")], "Abdominoperineal resection with end colostomy", "2026-09-15", doc=1, reason="Low rectal adenocarcinoma")
    c.report((), "SURGICAL PATHOLOGY - APR", "2026-09-19", "Adenocarcinoma, moderately differentiated, ypT3 N1a (1/18), margins negative.", cat="SP", doc=1)
    c.enc("2026-09-15", "Surgical admission", cls="IMP", end="2026-09-22", doc=1, prio="EL")
    c.enc("2026-10-06", "Ostomy nurse visit", typ=OV, doc=1)
    c.sr((), "Adjuvant FOLFOX chemotherapy x 8 cycles (regional infusion center)", "2026-11-12", occ="2026-12-10", doc=2, reason="Rectal adenocarcinoma ypT3N1a")
    for k, v, lo, hi in (("hb", 11.6, 13.5, 17.5), ("cr", 0.9, 0.7, 1.3), ("alb", 3.4, 3.5, 5.0)):
        c.obs(k, "2026-11-12", v, lo, hi)
    c.local("CEA", "CEA", "2026-11-12", 2.1, "ng/mL", None, 3.0, loinc=(LN, "2039-6", "Carcinoembryonic Ag [Mass/volume] in Serum or Plasma"))
    scan(c, "2026-11-12", "Oncology outreach note", "s/p apr with permanent colostomy 9/15. struggling with ostomy, not going out, stopped bowling league. adjuvant folfox to start 12/10.", doc=2)


@case("PATIENT_REPORTED_CONCERN", "positive", "B", ["PATIENT_REPORTED_CONCERN"],
      "An active Flag authored by the patient on 2026-11-04 requests a cardiology second opinion before continuing warfarin.",
      "Atrial fibrillation on warfarin; patient-authored Flag asking for a second opinion.")
def b_flag(c):
    c.setup("Leonard James", "Eckert", "male", "1960-07-22", [("Dale", "Hoffman", "Family medicine"), ("Sanjay", "Mehra", "Cardiology (telehealth)")], "Medicare Part B")
    c.cond((ICD, "I48.91", "Unspecified atrial fibrillation"), "AFIB", "2024-03-01")
    c.cond((), "osteoarthritis hands", "2018-01-01")
    c.med([(RX, "11289", "warfarin")], "WARFARIN 5MG", "2024-03-01", kind="stmt", dose="per INR clinic")
    c.med([(RX, "6918", "metoprolol")], "METOPROLOL SUCC ER 50MG", "2024-03-01", kind="stmt")
    for d, inr in (("2026-08-04", 2.4), ("2026-09-08", 3.4), ("2026-10-06", 1.7), ("2026-11-03", 2.6)):
        c.obs("inr", d, inr, 2.0, 3.0, note="Anticoagulation target 2.0-3.0")
    c.enc("2026-11-03", "Anticoagulation clinic", typ=OV)
    c.vitals("2026-11-03", 128, 78, hr=74)
    c.add("Flag", {"status": "active", "category": [cc(("http://terminology.hl7.org/CodeSystem/flag-category", "admin", "Administrative"))],
                   "code": cc(text="PATIENT REQUESTS 2ND OPINION - wants another cardiologist to review warfarin vs newer blood thinner before he keeps taking it"),
                   "subject": c.pat, "period": {"start": "2026-11-04"}, "author": c.pat}, "flag")
    scan(c, "2026-11-03", "Anticoag clinic note", "inr labile 1.7-3.4. pt frustrated w weekly pokes, feels nobody listens re switching. asked front desk to flag chart for 2nd opinion.")


@case("PATIENT_REPORTED_CONCERN", "near-miss", "B", [],
      "The patient's message reports the second opinion he already obtained (university movement-disorders clinic, September 2026) and that he agrees with the plan; no open request.",
      "Parkinson's disease; patient message confirms second opinion already done and agrees.")
def b_pd(c):
    c.setup("Russell Dean", "Fairbanks", "male", "1957-04-11", [("Dale", "Hoffman", "Family medicine"), ("Elena", "Markovic", "Neurology - movement disorders (university)")], "Medicare Part B")
    c.cond((ICD, "G20", "Parkinson's disease"), "PARKINSONS", "2026-04-20")
    c.cond((ICD, "K21.9", "Gastro-esophageal reflux disease without esophagitis"), "GERD", "2015-01-01")
    c.med([(RX, "2019", "carbidopa"), (RX, "6375", "levodopa")], "CARBIDOPA-LEVODOPA 25/100 TAB", "2026-05-01", kind="stmt", dose="1 tab tid")
    c.med([(RX, "7646", "omeprazole")], "OMEPRAZOLE 20MG", "2015-01-01", kind="stmt")
    c.enc("2026-04-20", "Office visit", typ=OV, reason="right hand tremor, slow walking")
    c.enc("2026-09-17", "Second opinion - movement disorders clinic (university)", typ=OV, doc=1, reason="second opinion re new PD diagnosis")
    c.note("2026-09-17", "Movement disorders consult (second opinion)", "Asked to give a second opinion. Findings typical of idiopathic Parkinson's disease, H&Y 1.5, good levodopa response. Agree with diagnosis and current plan.", (LN, "11488-4", "Consult note"), doc=1)
    c.comm(c.pat, c.docs[0], "2026-10-02", "Dr Hoffman - got the letter from the university neuro doc. She agreed with you on the Parkinson's and the meds. Glad I went. See you in January. - Russ", topic="second opinion result")
    c.obs("hb", "2026-04-20", 14.5, 13.5, 17.5)
    c.obs("tsh", "2026-04-20", 1.6, 0.45, 4.5)
    c.obs("b12", "2026-04-20", 610, 232, 1245)
    c.vitals("2026-10-13", 124, 76, wt=80.0)
    c.enc("2026-10-13", "Office visit", typ=OV)
    scan(c, "2026-10-13", "Office note", "pd stable, tremor better on sinemet. 2nd opinion u of k concurs. pt satisfied. rtc 3 mo.")


@case("WORSENING_DESPITE_TREATMENT", "positive", "B", ["WORSENING_DESPITE_TREATMENT"],
      "HbA1c rose 7.4 -> 8.3 -> 9.1 % from January to September 2026 (+1.7 over 245 days, above the 0.5 % MID) while metformin and glipizide were active throughout with confirmed adherence.",
      "Type 2 diabetes on metformin + glipizide; HbA1c 7.4 -> 8.3 -> 9.1 %.")
def b_a1c(c):
    c.setup("Curtis Allen", "Vogel", "male", "1968-08-30", [("Ruth", "Ellison", "Family medicine (NP)"), ("Dale", "Hoffman", "Family medicine")], "UnitedHealthcare")
    c.cond((ICD, "E11.65", "Type 2 diabetes mellitus with hyperglycemia"), "DM TYPE 2 UNCONTROLLED", "2015-06-01")
    c.cond((), "high blood pressure", "2015-06-01")
    c.med([(RX, "6809", "metformin")], "METFORMIN 1000MG TAB", "2024-01-10", dose="1 tab bid", reason="DM2")
    c.med([(RX, "4815", "glipizide")], "GLIPIZIDE 10MG TAB", "2024-01-10", dose="1 tab bid", reason="DM2")
    c.med([(RX, "29046", "lisinopril")], "LISINOPRIL 10MG", "2015-06-01", dose="1 tab daily")
    for d, v, w in (("2026-01-20", 7.4, 98.0), ("2026-05-19", 8.3, 99.0), ("2026-09-22", 9.1, 100.5)):
        c.enc(d, "Office visit - diabetes", typ=OV)
        c.obs("a1c", d, v, 4.0, 5.6)
        c.vitals(d, 138, 84, wt=w)
    c.obs("cr", "2026-09-22", 1.0, 0.7, 1.3)
    c.local("UACR", "Microalbumin/creatinine ratio urine", "2026-09-22", 42, "mg/g", None, 30, loinc=(LN, "9318-7", "Albumin/Creatinine [Mass Ratio] in Urine"))
    scan(c, "2026-09-22", "Office note", "a1c 9.1 up from 7.4 in jan. pt taking metformin + glipizide as rx'd - pharmacy fill hx confirms on time refills. dietary review done. discussed adding basal insulin vs glp1 - cost issue.")


@case("RARE_OR_COMPLEX_CONDITION", "positive", "B", ["RARE_OR_COMPLEX_CONDITION"],
      "Seven active chronic conditions across cardiology, pulmonology, endocrinology, nephrology, orthopaedics and psychiatry (heart failure, COPD, diabetes, CKD 3, knee OA, depression, hypothyroidism).",
      "Multimorbidity: CHF, COPD, DM2, CKD 3, knee OA, depression, hypothyroidism.")
def b_multi(c):
    c.setup("Betty Jo", "Albrecht", "female", "1952-10-05", [("Dale", "Hoffman", "Family medicine"), ("Ruth", "Ellison", "Family medicine (NP)")], "Medicare Part A/B + Medicaid")
    for codes, txt, on in (((ICD, "I50.9", "Heart failure, unspecified"), "CHF", "2017-01-01"), ((ICD, "J44.9", "Chronic obstructive pulmonary disease, unspecified"), "COPD", "2012-01-01"),
                           ((ICD, "E11.9", "Type 2 diabetes mellitus without complications"), "DM2", "2010-01-01"), ((ICD, "N18.30", "Chronic kidney disease, stage 3 unspecified"), "CKD stage 3", "2020-01-01"),
                           ((ICD, "M17.0", "Bilateral primary osteoarthritis of knee"), "DJD knees", "2014-01-01"), ((ICD, "F32.A", "Depression, unspecified"), "depression", "2019-01-01"),
                           ((), "low thyroid", "2008-01-01")):
        c.cond(codes, txt, on)
    for rx, t in ((("4603", "furosemide"), "FUROSEMIDE 40MG"), (("6809", "metformin"), "METFORMIN 500MG BID"), (("10582", "levothyroxine"), "LEVOTHYROXINE 88MCG"),
                  (("36437", "sertraline"), "SERTRALINE 50MG"), (("1191", "aspirin"), "ASPIRIN 81MG")):
        c.med([(RX, rx[0], rx[1])], t, "2023-01-01", kind="stmt")
    c.med((), "TIOTROPIUM 18MCG INHALER (SPIRIVA)", "2023-01-01", kind="stmt")
    c.enc("2026-02-09", "Office visit", typ=OV)
    c.enc("2026-08-24", "Office visit", typ=OV)
    for k, v, lo, hi in (("a1c", 7.0, 4.0, 5.6), ("cr", 1.4, 0.5, 1.1), ("egfr", 38, 60, None), ("tsh", 3.1, 0.45, 4.5), ("k", 4.8, 3.5, 5.1)):
        c.obs(k, "2026-08-24", v, lo, hi)
    c.vitals("2026-08-24", 134, 72, wt=88.0)
    scan(c, "2026-08-24", "Office visit note", "74f multiple chronic problems: chf, copd, dm2, ckd3, oa knees, depression, hypothyroid. stable today. sees cards q6mo, pulm yearly. 11 meds. rtc 6 mo.")


# ======================= Organisation C: paediatric oncology and haematology centre =======================
ORPHA = "http://www.orpha.net"
PROG = (LN, "11506-3", "Progress note")
PEDSQL = ("PEDSQL-TOT-PP", "PedsQL 4.0 Generic Core total scale score (parent proxy)")
ONC = (CPT, "99214", "Office or other outpatient visit, established patient, moderate level of medical decision making")


def parent(c, given, family, rel=("MTH", "mother")):
    return c.add("RelatedPerson", {"active": True, "patient": c.pat, "relationship": [cc(("http://terminology.hl7.org/CodeSystem/v3-RoleCode", rel[0], rel[1]))],
                                   "name": [{"family": family, "given": [given]}], "telecom": [{"system": "email", "value": f"{given.lower()}.{family.lower()}@mail.example.com"}]}, "relperson")


def growth(c, d, wt, ht):
    c.vitals(d, wt=wt, ht=ht)


@case("DIAGNOSIS_SYMPTOM_MISMATCH", "positive", "C", ["DIAGNOSIS_SYMPTOM_MISMATCH"],
      "Leg pains labelled 'growing pains' since July 2026 (over 4 months) while night pain, limp, fevers and pallor appear and the November CBC shows pancytopenia with raised LDH and ESR, which growing pains cannot explain; the label was kept.",
      "Wilms survivor: 'growing pains' label kept despite night pain, fevers, pancytopenia and high LDH.")
def c_growing(c):
    c.setup("Sophia Grace", "Whitfield", "female", "2018-03-12", [("Megan", "Adeyemi", "Paediatric oncology - late effects clinic"), ("Jason", "Park", "Paediatric nurse practitioner")], "Medical Mutual of Ohio")
    mom = parent(c, "Rachel", "Whitfield")
    c.cond([(ICD, "C64.1", "Malignant neoplasm of right kidney, except renal pelvis")], "Wilms tumour right kidney, stage II, favourable histology", "2021-04-06", status="remission", abate="2021-11-20")
    c.proc((CPT, "50220", "Nephrectomy, including partial ureterectomy, any open approach including rib resection"), "Right radical nephrectomy", "2021-04-12")
    c.cond([(ICD, "Z90.5", "Acquired absence of kidney")], "Solitary left kidney", "2021-04-12")
    gp = c.cond([(ICD, "M79.606", "Pain in leg, unspecified")], "Growing pains", "2026-07-08", rec="2026-07-08", note="Benign nocturnal limb pains of childhood; reassurance.")
    for d, r in (("2026-07-08", "Annual late-effects review; evening leg pains"), ("2026-08-26", "Leg pain waking her at night, intermittent limp")):
        c.enc(d, "Late-effects clinic visit", typ=ONC, reason=r)
    growth(c, "2026-07-08", 26.1, 128.0)
    c.obs("cr", "2026-07-08", 0.48, 0.3, 0.7, unit="mg/dL")
    c.obs("hb", "2026-07-08", 12.4, 11.5, 15.5)
    c.vitals("2026-07-08", 102, 64)
    c.med([(RX, "5640", "ibuprofen")], "ibuprofen 100 mg/5 mL oral suspension", "2026-08-26", dose="10 mL every 8 hours as needed for leg pain")
    c.comm(mom, c.docs[1], "2026-10-14", "Hi, Sophia has had fevers up to 38.3 on and off for 10 days, she looks pale and is so tired she comes home from school and sleeps. Her legs still hurt at night. Should we come in?", cat="portal message")
    c.enc("2026-10-14", "Nurse telephone triage", cls="VR", doc=1, reason="Fever, pallor, fatigue")
    e = c.enc("2026-11-18", "Late-effects clinic visit", typ=ONC, reason="Ongoing leg pains, fevers, pallor")
    growth(c, "2026-11-18", 24.9, 128.6)
    for k, v, lo, hi in (("hb", 9.4, 11.5, 15.5), ("wbc", 3.1, 4.5, 13.5), ("anc", 0.9, 1.5, 8.0), ("plt", 96, 150, 450), ("ldh", 610, 140, 280), ("esr", 48, 0, 20)):
        c.obs(k, "2026-11-18", v, lo, hi, enc=e)
    c.note("2026-11-18", "Late-effects clinic note", """8 y/o girl, 5 years off therapy for stage II FH Wilms. Leg pains since July, now waking at night with intermittent limp; fevers on and off for a month, pale.
Exam: pale, mild tenderness distal femora, no masses. Weight 24.9 kg (26.1 kg in July).
CBC: Hb 9.4, WBC 3.1, ANC 0.9, plt 96; LDH 610; ESR 48.
Assessment: leg pains consistent with growing pains; mild cytopenias probably post-viral.
Plan: continue ibuprofen as needed, repeat CBC in 6 weeks.""", PROG, e)


@case("MAJOR_PROCEDURE_PLANNED", "near-miss", "C", [],
      "The port was already removed on 2026-10-08; what remains planned is non-invasive late-effects surveillance (echocardiogram, audiology, bloods) in a child in remission.",
      "Burkitt survivor: port removal already done; only echo/audiology surveillance planned.")
def c_port(c):
    c.setup("Ethan Michael", "Sorensen", "male", "2014-05-21", [("Aaron", "Delgado", "Paediatric oncology"), ("Kim", "Tran", "Interventional radiology")], "Anthem Blue Cross")
    parent(c, "Laura", "Sorensen")
    c.cond([(ICD, "C83.72", "Burkitt lymphoma, intra-abdominal lymph nodes")], "Burkitt lymphoma, abdominal, stage III", "2024-01-15", status="remission", abate="2024-06-30")
    c.proc((CPT, "36561", "Insertion of tunneled centrally inserted central venous access device, with subcutaneous port; age 5 years or older"), "Port insertion", "2024-01-18", doc=1)
    c.proc((CPT, "36590", "Removal of tunneled central venous access device, with subcutaneous port or pump, central or peripheral insertion"), "Port removal under sedation", "2026-10-08", doc=1, note="Uncomplicated; end of therapy + 2 years in remission.")
    c.enc("2026-10-08", "Day-case procedure", typ=(), doc=1, reason="Port removal")
    e = c.enc("2026-11-04", "Oncology follow-up", typ=ONC, reason="Off-therapy surveillance, 2 years 4 months")
    growth(c, "2026-11-04", 41.2, 152.0)
    for k, v, lo, hi in (("hb", 13.6, 11.5, 15.5), ("wbc", 6.4, 4.5, 13.5), ("plt", 280, 150, 450), ("ldh", 190, 140, 280), ("cr", 0.6, 0.3, 0.9)):
        c.obs(k, "2026-11-04", v, lo, hi, enc=e)
    c.report((), "Ultrasound abdomen", "2026-10-20", "No lymphadenopathy or masses. Liver and spleen normal.")
    c.sr((), "Echocardiogram (anthracycline late-effects surveillance)", "2026-11-04", occ="2027-04-14", reason="Prior doxorubicin exposure")
    c.sr((), "Audiology - pure tone audiometry", "2026-11-04", occ="2027-04-14")
    c.enc("2027-04-14", "Late-effects surveillance visit", status="planned")
    c.note("2026-11-04", "Oncology follow-up note", "Well. No B symptoms. Port site healed. Remains in CR. Next visit April 2027 with echo and audiology; transition to late-effects clinic at 3 years off therapy.", PROG, e)


@case("UNTREATABLE_PROGNOSIS", "positive", "C", ["UNTREATABLE_PROGNOSIS", "RARE_OR_COMPLEX_CONDITION"],
      "Second relapse of AML after stem-cell transplant, refractory to re-induction; the tumour board recorded no further curative options and a palliative care plan and referral are active, with no second opinion on record. Childhood AML is also an active rare disease (Orphanet).",
      "Refractory second relapse of AML post-HSCT; 'no further curative options', palliative care plan.")
def c_aml(c):
    c.setup("Noah Alexander", "Kaminski", "male", "2017-02-08", [("Megan", "Adeyemi", "Paediatric oncology"), ("Hannah", "Brooks", "Paediatric palliative care")], "Medicaid (Ohio)")
    mom = parent(c, "Joanna", "Kaminski")
    aml = c.cond([(SCT, "91861009", "Acute myeloid leukemia"), (ICD, "C92.02", "Acute myeloblastic leukemia, in relapse"), (ORPHA, "519", "Acute myeloid leukemia")],
                 "AML with FLT3-ITD, second relapse after allogeneic HSCT, refractory", "2024-09-03")
    c.proc((), "Allogeneic haematopoietic stem cell transplant (matched unrelated donor)", "2025-03-11")
    c.proc((CPT, "38221", "Diagnostic bone marrow; biopsy(ies)"), "Bone marrow aspirate and trephine", "2026-10-20")
    bl = c.local("BM-BLAST", "Bone marrow blasts (morphology)", "2026-10-20", 62, "%", None, 5)
    c.report((), "Bone marrow morphology and flow cytometry", "2026-10-20", "Refractory AML: 62% myeloblasts after second re-induction (FLAG-Ida + gilteritinib).", [bl], cat="PAT")
    for d, hb, plt in (("2026-11-10", 6.9, 8), ("2026-11-24", 7.1, 11)):
        c.obs("hb", d, hb, 11.5, 15.5)
        c.obs("plt", d, plt, 150, 450)
        c.proc((CPT, "36430", "Transfusion, blood or blood components"), "Irradiated red cell and platelet transfusion", d)
    c.add("ClinicalImpression", {"status": "completed", "subject": c.pat, "date": "2026-10-28", "assessor": c.docs[0],
                                 "description": "Paediatric tumour board", "summary": "Second relapse of AML refractory to re-induction 6 months after HSCT. No further curative treatment options; not eligible for open trials. Recommend transition to comfort-focused care.",
                                 "finding": [{"itemCodeableConcept": cc([(SCT, "91861009", "Acute myeloid leukemia")], "Refractory relapsed AML")}]}, "impression")
    c.careplan("Palliative and end-of-life care plan", "Comfort-focused care at home; transfusions for symptomatic anaemia/bleeding only; no further chemotherapy.", "2026-11-02",
               cat=(SCT, "103735009", "Palliative care"), doc=1, addresses=aml, acts=[("Home palliative nursing visits twice weekly", "in-progress"), ("Symptom control: oral morphine, ondansetron", "in-progress"), ("Advance care plan and memory-making with family", "in-progress")])
    c.sr([(SCT, "103735009", "Palliative care")], "Referral to community paediatric palliative care / hospice", "2026-11-02", doc=1, reason="Refractory relapsed AML")
    c.med([(RX, "7052", "morphine")], "morphine oral solution 10 mg/5 mL", "2026-11-02", dose="2.5 mg every 4 hours as needed for pain", doc=1)
    c.enc("2026-11-02", "Family meeting", typ=(), reason="Goals of care")
    c.comm(mom, c.docs[1], "2026-11-20", "Thank you for the meeting. Noah wants to be at home for his birthday. Can the nurses come on the weekend too?", cat="portal message")
    c.note("2026-11-02", "Family meeting note", "Discussed tumour board conclusion: there are no further curative options. Parents understand. Plan for home-based comfort care, transfusion support while it helps quality of life. DNAR discussed and agreed.", PROG, doc=1)


@case("HIGH_IMPACT_TREATMENT", "positive", "C", ["HIGH_IMPACT_TREATMENT", "RARE_OR_COMPLEX_CONDITION"],
      "Induction chemotherapy for newly diagnosed B-ALL started on 2026-11-05 (vincristine, dexamethasone, pegaspargase administrations), with parent-proxy PedsQL falling 82 -> 61 (well beyond the ~4.5-point MID). Childhood ALL is an active rare disease (Orphanet).",
      "New B-ALL, induction chemotherapy started Nov 2026; PedsQL 82 -> 61.")
def c_all(c):
    c.setup("Ava Lucia", "Moreno", "female", "2020-06-17", [("Aaron", "Delgado", "Paediatric oncology"), ("Priya", "Shah", "Paediatric anaesthesia")], "CareSource (Medicaid)")
    parent(c, "Daniel", "Moreno", ("FTH", "father"))
    c.cond([(SCT, "91857003", "Acute lymphoid leukemia"), (ICD, "C91.00", "Acute lymphoblastic leukemia not having achieved remission"), (ORPHA, "513", "Acute lymphoblastic leukemia")],
           "Precursor B-cell ALL, NCI standard risk, CNS1", "2026-11-02")
    c.enc("2026-11-01", "Emergency department - referred for abnormal CBC", cls="EMER", end="2026-11-01", prio="EM", reason="Pallor, bruising, bone pain")
    c.enc("2026-11-02", "Oncology admission - new diagnosis", cls="IMP", end="2026-11-09", reason="New leukaemia")
    c.obs("wbc", "2026-11-01", 24.6, 5.0, 14.5)
    c.obs("hb", "2026-11-01", 7.2, 11.5, 13.5)
    c.obs("plt", "2026-11-01", 34, 150, 450)
    c.proc((CPT, "38221", "Diagnostic bone marrow; biopsy(ies)"), "Diagnostic bone marrow aspirate and biopsy under anaesthesia", "2026-11-02", doc=1)
    c.report((), "Bone marrow flow cytometry", "2026-11-02", "Precursor B-ALL, 88% blasts (CD19+, CD10+, CD34+). Cytogenetics pending.", cat="PAT")
    c.proc((CPT, "36561", "Insertion of tunneled centrally inserted central venous access device, with subcutaneous port; age 5 years or older"), "Port insertion", "2026-11-04", doc=1)
    cp = c.careplan("Induction chemotherapy - standard-risk B-ALL", "Three-drug induction (vincristine weekly x4, dexamethasone 28 days, pegaspargase day 4) per institutional standard-risk protocol.", "2026-11-05",
                    acts=[("Vincristine 1.5 mg/m2 IV weekly (days 1, 8, 15, 22)", "in-progress"), ("Dexamethasone 6 mg/m2/day PO days 1-28", "in-progress"), ("Pegaspargase day 4", "completed"), ("End-of-induction MRD assessment day 29", "scheduled")])
    for d in ("2026-11-05", "2026-11-12", "2026-11-19", "2026-11-26"):
        c.med([(RX, "11202", "vincristine")], "vincristine sulfate 1.1 mg IV push", d, kind="adm", status="completed", dose="1.1 mg IV (1.5 mg/m2)")
    c.med((), "pegaspargase 2500 IU/m2 IM", "2026-11-08", kind="adm", status="completed", dose="1850 IU IM")
    c.med([(RX, "3264", "dexamethasone")], "dexamethasone 1 mg/mL oral solution", "2026-11-05", dose="2.2 mg twice daily days 1-28")
    c.med((), "co-trimoxazole (sulfamethoxazole-trimethoprim) oral suspension", "2026-11-05", dose="PJP prophylaxis, twice daily Sat/Sun")
    c.local(PEDSQL[0], PEDSQL[1], "2026-11-03", 82.0, "{score}", cat="survey")
    c.local(PEDSQL[0], PEDSQL[1], "2026-11-28", 60.9, "{score}", cat="survey")
    growth(c, "2026-11-26", 18.1, 112.0)
    c.obs("anc", "2026-11-26", 0.3, 1.5, 8.0)
    c.note("2026-11-26", "Induction day 22 note", "Tolerating induction. Steroid-related mood swings, poor sleep, constipation, jaw pain after vincristine; not walking far. Parents report she stopped playing and cries at clinic. Plan: continue induction, day 29 MRD assessment.", PROG)


@case("PATIENT_REPORTED_CONCERN", "positive", "C", ["PATIENT_REPORTED_CONCERN"],
      "The patient's mother wrote through the portal on 2026-11-09 asking explicitly for a second opinion from another cardio-oncology team about the 'watch and wait' plan for his reduced ejection fraction.",
      "Hodgkin survivor with borderline LVEF; mother's portal message asks for a second opinion.")
def c_hl(c):
    c.setup("Lucas James", "Bernstein", "male", "2011-01-25", [("Megan", "Adeyemi", "Paediatric oncology - late effects clinic"), ("Victor", "Osei", "Cardio-oncology")], "Aetna")
    mom = parent(c, "Miriam", "Bernstein")
    c.cond([(ICD, "Z85.71", "Personal history of Hodgkin lymphoma")], "Classical Hodgkin lymphoma stage IIA, treated 2022-2023 (4 cycles, doxorubicin cumulative 200 mg/m2), no radiotherapy", "2023-03-20")
    c.cond([(ICD, "I51.89", "Other ill-defined heart diseases")], "Borderline LV systolic function after anthracycline", "2026-10-19", doc=1)
    for d, ef in (("2025-10-14", 58), ("2026-10-19", 52)):
        c.obs(None, d, ef, 55, 70, cat="imaging", unit="%", code=cc((LN, "10230-1", "Left ventricular Ejection fraction")))
    c.enc("2026-10-19", "Cardio-oncology clinic", typ=ONC, doc=1)
    c.note("2026-10-19", "Cardio-oncology note", "Asymptomatic. LVEF 52% (58% last year), GLS -17%. NT-proBNP normal. No treatment at present; repeat echo in 12 months. Encourage exercise.", (LN, "11488-4", "Consult note"), doc=1)
    c.local("NTPROBNP", "NT-proBNP", "2026-10-19", 64, "pg/mL", None, 125, loinc=(LN, "33762-6", "Natriuretic peptide.B prohormone N-Terminal [Mass/volume] in Serum or Plasma"))
    for k, v, lo, hi in (("tsh", 2.3, 0.5, 4.3), ("hb", 14.8, 13.0, 16.0)):
        c.obs(k, "2026-10-19", v, lo, hi)
    growth(c, "2026-10-19", 58.0, 171.0)
    c.comm(mom, c.docs[1], "2026-11-09", "Dear Dr Osei, we have read the echo report. His heart function has gone down two years in a row and we are told to just wait another year. We don't feel comfortable with that. We would like a second opinion from another cardio-oncology team. Can you send a referral and his records?", cat="portal message", topic="Request for second opinion")
    c.enc("2026-06-08", "Late-effects clinic", typ=ONC)
    c.note("2026-06-08", "Late-effects clinic note", "3 years off therapy, in CR. Growing well, plays basketball. Thyroid normal. Continue annual surveillance.", PROG)


@case("WORSENING_DESPITE_TREATMENT", "near-miss", "C", [],
      "PHQ-9 rose 9 -> 13 -> 16 over five months, but no treatment has been running: psychology referral wait-listed and the family declined medication, so it is not worsening despite treatment.",
      "Neuroblastoma survivor with depression worsening, but untreated (wait-listed, medication declined).")
def c_phq(c):
    c.setup("Chloe Ann", "Dubois", "female", "2010-09-14", [("Megan", "Adeyemi", "Paediatric oncology - late effects clinic"), ("Grace", "Liu", "Psychosocial oncology (social work)")], "Medical Mutual of Ohio")
    mom = parent(c, "Nadine", "Dubois")
    c.cond([(ICD, "Z85.858", "Personal history of malignant neoplasm of other endocrine glands")], "Neuroblastoma left adrenal, L1, surgery only (2012)", "2012-03-01")
    dep = c.cond([(SCT, "35489007", "Depressive disorder"), (ICD, "F32.1", "Major depressive disorder, single episode, moderate")], "Depression, moderate", "2026-06-02")
    for d, v in (("2026-06-02", 9), ("2026-08-18", 13), ("2026-11-03", 16)):
        c.enc(d, "Late-effects clinic", typ=ONC)
        c.obs("phq9", d, v, cat="survey")
    c.sr((), "Referral to adolescent psychology (CBT)", "2026-06-02", status="active", doc=1, reason="Depression", note="Wait-list approx. 6 months; no appointment yet.")
    c.obs("tsh", "2026-06-02", 2.9, 0.5, 4.3)
    c.obs("hb", "2026-06-02", 12.9, 12.0, 16.0)
    growth(c, "2026-11-03", 54.0, 163.0)
    c.note("2026-08-18", "Psychosocial note", "Discussed SSRI option with Chloe and mother; they prefer to wait for therapy and declined medication. Safety plan reviewed. Remains on psychology wait-list.", PROG, doc=1)
    c.comm(mom, c.docs[1], "2026-10-02", "Any news on the psychology appointment? Still nothing from them.", cat="portal message")
    c.note("2026-11-03", "Late-effects clinic note", "Mood lower, PHQ-9 16. No self-harm. Not on any treatment yet (wait-list; medication declined). Chased referral. Medical late effects: none.", PROG)


@case("RARE_OR_COMPLEX_CONDITION", "positive", "C", ["RARE_OR_COMPLEX_CONDITION"],
      "Active Diamond-Blackfan anaemia (Orphanet rare disease), steroid-unresponsive and transfusion-dependent with iron overload on chelation.",
      "Diamond-Blackfan anaemia, transfusion-dependent, on deferasirox.")
def c_dba(c):
    c.setup("Oliver Thomas", "Nguyen", "male", "2021-04-02", [("Samuel", "Okafor", "Paediatric haematology"), ("Jason", "Park", "Paediatric nurse practitioner")], "UnitedHealthcare Community Plan")
    parent(c, "Linh", "Nguyen")
    dba = c.cond([(ORPHA, "124", "Blackfan-Diamond anemia"), (ICD, "D61.01", "Constitutional (pure) red blood cell aplasia")], "Diamond-Blackfan anaemia (RPS19 pathogenic variant), steroid-unresponsive, transfusion-dependent", "2021-08-10")
    c.cond([(ICD, "E83.111", "Hemochromatosis due to repeated red blood cell transfusions")], "Transfusional iron overload", "2023-05-01")
    c.report((), "Genetic panel - inherited bone marrow failure", "2021-09-15", "Heterozygous pathogenic RPS19 variant, consistent with Diamond-Blackfan anaemia.", cat="GE")
    for d, hb in (("2026-10-12", 7.2), ("2026-11-09", 7.5)):
        c.enc(d, "Day unit - transfusion", typ=(), reason="Scheduled transfusion")
        c.obs("hb", d, hb, 11.0, 14.0)
        c.proc((CPT, "36430", "Transfusion, blood or blood components"), "Packed red cell transfusion 15 mL/kg", d)
    c.obs("ferr", "2026-05-11", 1450, 10, 140)
    c.obs("ferr", "2026-11-09", 1380, 10, 140)
    c.obs("cr", "2026-11-09", 0.32, 0.2, 0.5)
    c.obs("alt", "2026-11-09", 28, 5, 45)
    c.med((), "deferasirox 90 mg film-coated tablets", "2024-02-01", dose="14 mg/kg once daily", reason="Transfusional iron overload")
    c.careplan("Chronic transfusion and chelation programme", "Red cells every 3-4 weeks aiming pre-transfusion Hb > 8; deferasirox; annual T2* MRI from age 8.", "2022-01-01", addresses=dba,
               acts=[("Transfusion every 3-4 weeks", "in-progress"), ("Deferasirox", "in-progress")])
    c.local("HLA-SIB", "HLA typing - sibling donor search", "2025-03-10", "Only sibling not HLA-identical", cat="laboratory")
    growth(c, "2026-11-09", 17.2, 106.0)
    c.note("2026-11-09", "Haematology clinic note", "DBA, transfusion-dependent. Tolerating deferasirox; ferritin 1380. No matched sibling; unrelated HSCT not currently recommended. Growth 10th centile. Continue programme.", PROG)


# ======================= Organisation D: liver transplant and bariatric surgery centre =======================
HEP = (LN, "11488-4", "Consult note")
CLIN = ("CLINIC", "Outpatient clinic attendance")
MELD = ("MELD-NA", "MELD-Na score (calculated)")


def dlab(c, d, **kw):
    """D uses SI units."""
    spec = {"hb": ("g/L", 130, 170), "bili": ("umol/L", 0, 21), "cr": ("umol/L", 60, 110), "alb": ("g/L", 35, 50), "na": ("mmol/L", 133, 146),
            "inr": (None, 0.8, 1.2), "alt": ("U/L", 0, 45), "alp": ("U/L", 30, 130), "plt": ("10*3/uL", 150, 400), "mcv": ("fL", 80, 100), "ferr": ("ug/L", 30, 400),
            "tsat": ("%", 20, 50), "a1c": ("mmol/mol", 20, 41), "afp": ("ug/L", 0, 7), "ggt": ("U/L", 0, 55), "wbc": ("10*3/uL", 4.0, 11.0), "cerulo": ("g/L", 0.2, 0.6)}
    for k, v in kw.items():
        u, lo, hi = spec[k]
        if k == "inr":
            c.obs(k, d, v, lo, hi)
        elif k == "a1c":
            c.obs(None, d, v, lo, hi, unit=u, code=cc((LN, "59261-8", "Hemoglobin A1c/Hemoglobin.total in Blood by IFCC protocol")))
        else:
            c.obs(k, d, v, lo, hi, unit=u)


def clinic(c, d, text, doc=0, reason=None):
    return c.enc(d, text, typ=[(c.o["local"],) + CLIN], doc=doc, reason=reason)


@case("PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "positive", "D", ["PERSISTENT_SYMPTOMS_NORMAL_WORKUP"],
      "Iron-deficiency anaemia (Hb 102 g/L, MCV 74, ferritin 9) in a 61-year-old man found on 2026-07-14 and still present in November, with oral iron only and no endoscopy, colonoscopy or GI referral in over 60 days (Murphy red-flag e-trigger).",
      "MASLD follow-up: new iron-deficiency anaemia in a 61-year-old man, only oral iron, no GI investigation after 4 months.")
def d_ida(c):
    c.setup("Graham Peter", "Holloway", "male", "1965-01-19", [("Fiona", "McLeod", "Hepatology"), ("Imran", "Qureshi", "Hepatology specialist registrar")], "NHS England")
    c.cond([(SCT, "197315008", "Non-alcoholic fatty liver disease"), (ICDW, "K76.0", "Fatty (change of) liver, not elsewhere classified")], "MASLD, fibrosis F2 (elastography 9.1 kPa)", "2021-06-01")
    c.cond([(SCT, "44054006", "Diabetes mellitus type 2"), (ICDW, "E11.9", "Type 2 diabetes mellitus without complications")], "Type 2 diabetes", "2016-01-01")
    c.med([(RX, "6809", "metformin")], "Metformin 500 mg tablets", "2016-01-01", kind="stmt", dose="1 g twice daily")
    clinic(c, "2026-01-13", "Hepatology clinic")
    dlab(c, "2026-01-13", hb=141, mcv=88, alt=52, plt=210)
    c.local("FIBROSCAN", "Liver stiffness (transient elastography)", "2026-01-13", 9.1, "kPa", None, 7.0, cat="exam")
    clinic(c, "2026-07-14", "Hepatology clinic", doc=1, reason="Routine MASLD review; reports tiredness")
    dlab(c, "2026-07-14", hb=102, mcv=74, ferr=9, tsat=8, alt=48, plt=240)
    c.cond([(SCT, "87522002", "Iron deficiency anemia"), (ICDW, "D50.9", "Iron deficiency anaemia, unspecified")], "Iron deficiency anaemia", "2026-07-14", doc=1)
    c.med((), "Ferrous sulfate 200 mg tablets", "2026-07-20", dose="1 tablet once daily", reason="Iron deficiency anaemia", doc=1)
    c.note("2026-07-15", "Clinic letter to GP", """Dear Dr Baines, Mr Holloway attended hepatology clinic. MASLD with F2 fibrosis, ALT stable. Of note Hb 102 g/L, MCV 74, ferritin 9.
I would be grateful if you could start oral iron. We will see him again in 4 months. Kind regards, Dr I Qureshi""", (LN, "34109-9", "Note"), doc=1)
    clinic(c, "2026-11-20", "Hepatology clinic")
    dlab(c, "2026-11-20", hb=100, mcv=73, ferr=11, alt=46)
    c.vitals("2026-11-20", 136, 82, wt=94.0, bmi=30.9)
    c.note("2026-11-20", "Hepatology clinic note", "MASLD stable. Reports tiredness, some breathlessness on stairs. Hb 100, still microcytic despite oral iron (some GI upset). Continue iron. Review 6 months.", HEP)


@case("DIAGNOSIS_SYMPTOM_MISMATCH", "near-miss", "D", [],
      "The catch-all 'abdominal pain, unspecified' label after sleeve gastrectomy was replaced within 3 months by gallstones on ultrasound; cholecystectomy was performed and the pain resolved.",
      "Post-sleeve abdominal pain explained by gallstones; cholecystectomy done, resolved.")
def d_gall(c):
    c.setup("Kelly Anne", "Marsden", "female", "1981-10-30", [("Oliver", "Grant", "Bariatric and upper GI surgery"), ("Sian", "Pritchard", "Bariatric specialist dietitian")], "NHS England")
    c.proc((), "Laparoscopic sleeve gastrectomy", "2024-03-12")
    c.cond([(ICDW, "E66.0", "Obesity due to excess calories")], "Obesity (pre-op BMI 46), post sleeve gastrectomy", "2019-01-01")
    c.cond([(ICDW, "R10.4", "Other and unspecified abdominal pain")], "Abdominal pain, unspecified", "2026-07-06", status="resolved", abate="2026-09-22", cat="encounter-diagnosis")
    clinic(c, "2026-07-06", "Bariatric follow-up clinic", reason="Intermittent upper abdominal pain after meals")
    c.vitals("2026-07-06", 124, 78, wt=82.0, bmi=30.1)
    dlab(c, "2026-07-06", hb=128, alt=38, alp=110, bili=12, wbc=7.1)
    c.report((), "Ultrasound abdomen", "2026-07-20", "Multiple gallstones up to 14 mm. Gallbladder wall 3 mm. CBD 5 mm. Liver normal.")
    c.cond([(ICDW, "K80.2", "Calculus of gallbladder without cholecystitis")], "Symptomatic gallstones after rapid weight loss", "2026-07-20")
    c.proc((), "Laparoscopic cholecystectomy", "2026-09-22", reason="Symptomatic cholelithiasis")
    c.enc("2026-09-22", "Day-case surgery", cls="AMB", end="2026-09-22")
    clinic(c, "2026-10-27", "Post-operative review", reason="Post cholecystectomy")
    c.vitals("2026-10-27", 120, 76, wt=79.5, bmi=29.2)
    clinic(c, "2026-08-11", "Dietetic review", doc=1)
    c.med((), "Forceval multivitamin and mineral capsules", "2024-03-20", kind="stmt", dose="1 daily (lifelong after bariatric surgery)")
    c.obs(None, "2026-10-27", 0, cat="survey", code=cc((LN, "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported")))
    c.note("2026-10-27", "Post-operative clinic note", "Pain-free since cholecystectomy. Histology chronic cholecystitis with stones. Wounds healed. Eating well. Discharge to bariatric annual review.", HEP)


@case("MAJOR_PROCEDURE_PLANNED", "positive", "D", ["MAJOR_PROCEDURE_PLANNED"],
      "Laparoscopic Roux-en-Y gastric bypass approved by the bariatric MDT and ordered for 2027-01-18 after the pre-operative pathway (dietitian, psychology, endoscopy); not yet performed.",
      "Bariatric pathway complete; Roux-en-Y gastric bypass scheduled Jan 2027.")
def d_rygb(c):
    c.setup("Dawn Elizabeth", "Ackroyd", "female", "1984-05-07", [("Oliver", "Grant", "Bariatric and upper GI surgery"), ("Sian", "Pritchard", "Bariatric specialist dietitian"), ("Helen", "Fairweather", "Clinical psychology")], "NHS England")
    ob = c.cond([(SCT, "238136002", "Morbid obesity"), (ICDW, "E66.0", "Obesity due to excess calories")], "Severe obesity, BMI 44", "2012-01-01")
    c.cond([(SCT, "44054006", "Diabetes mellitus type 2")], "Type 2 diabetes", "2019-03-01")
    c.cond([(SCT, "78275009", "Obstructive sleep apnea syndrome")], "OSA on CPAP", "2021-05-01")
    c.cond([(SCT, "38341003", "Hypertensive disorder, systemic arterial")], "Hypertension", "2018-01-01")
    c.med([(RX, "6809", "metformin")], "Metformin 1 g tablets", "2019-03-01", kind="stmt", dose="1 g twice daily")
    c.med([(RX, "29046", "lisinopril")], "Lisinopril 10 mg tablets", "2018-01-01", kind="stmt")
    for d, w, bmi in (("2026-03-09", 121.0, 44.4), ("2026-06-08", 118.5, 43.5), ("2026-09-07", 117.0, 43.0)):
        clinic(c, d, "Tier 4 bariatric dietetic clinic", doc=1)
        c.vitals(d, wt=w, bmi=bmi)
    c.enc("2026-07-21", "Psychological assessment for bariatric surgery", typ=(), doc=2)
    c.add("ClinicalImpression", {"status": "completed", "subject": c.pat, "date": "2026-07-21", "assessor": c.docs[2], "description": "Pre-bariatric psychological assessment",
                                 "summary": "No binge-eating disorder or active psychiatric contraindication. Good understanding of post-operative lifestyle. Suitable to proceed."}, "impression")
    c.report((), "Oesophagogastroduodenoscopy (pre-operative)", "2026-09-29", "Normal oesophagus, small hiatus hernia 2 cm, CLO negative.")
    dlab(c, "2026-09-29", hb=131, a1c=58, alt=40, alb=41)
    c.sr([(CPT, "43644", "Laparoscopy, surgical, gastric restrictive procedure; with gastric bypass and Roux-en-Y gastroenterostomy (roux limb 150 cm or less)")],
         "Laparoscopic Roux-en-Y gastric bypass", "2026-10-14", occ="2027-01-18", reason=ob, note="Approved at bariatric MDT 2026-10-14. Pre-op liver-reducing diet from 2027-01-04.")
    c.enc("2027-01-18", "Elective admission - bariatric surgery", cls="IMP", status="planned", prio="EL")
    c.note("2026-10-14", "Bariatric MDT outcome", "Discussed at MDT: completed tier 3/4 pathway, weight loss 4 kg pre-op, psychology and dietetics supportive, OGD done. Outcome: proceed to laparoscopic RYGB; listed for 18/01/2027.", HEP)


@case("UNTREATABLE_PROGNOSIS", "positive", "D", ["UNTREATABLE_PROGNOSIS"],
      "Multifocal hepatocellular carcinoma with portal vein invasion in Child-Pugh C cirrhosis (BCLC D): the MDT found no transplant, locoregional or systemic option and an active best-supportive-care plan and palliative referral are on record, without any second opinion.",
      "HCC beyond Milan with portal vein thrombus in Child C cirrhosis; MDT 'no treatment options', palliative plan.")
def d_hcc(c):
    c.setup("Malcolm John", "Fletcher", "male", "1959-08-23", [("Fiona", "McLeod", "Hepatology"), ("Rajesh", "Iyer", "HPB / liver transplant surgery"), ("Claire", "Dunmore", "Palliative medicine")], "NHS England")
    c.cond([(SCT, "19943007", "Cirrhosis of liver"), (ICDW, "K70.3", "Alcoholic cirrhosis of liver")], "Alcohol-related cirrhosis, Child-Pugh C, abstinent since 2024", "2020-02-01")
    hcc = c.cond([(ICDW, "C22.0", "Liver cell carcinoma")], "Hepatocellular carcinoma, multifocal (3 lesions, largest 6.2 cm) with right portal vein tumour thrombus, BCLC D", "2026-09-15")
    c.report((), "MRI liver (multiphase)", "2026-09-15", "Three arterially enhancing lesions with washout (6.2, 3.8, 2.9 cm), tumour thrombus in right portal vein. LI-RADS 5 / LR-TIV.")
    for d, m, bili, inr, cr, alb, na in (("2026-09-15", 22, 68, 1.8, 98, 26, 131), ("2026-11-10", 24, 84, 1.9, 104, 25, 130)):
        dlab(c, d, bili=bili, inr=inr, cr=cr, alb=alb, na=na)
        c.local(MELD[0], MELD[1], d, m, None, cat="survey")
    dlab(c, "2026-09-15", afp=1850)
    c.add("ClinicalImpression", {"status": "completed", "subject": c.pat, "date": "2026-09-24", "assessor": c.docs[1], "description": "Liver cancer / transplant MDT",
                                 "summary": "Outside Milan and UCSF criteria with macrovascular invasion: not a transplant candidate. Not suitable for resection, ablation or TACE (Child C, PVTT). Child-Pugh C precludes systemic therapy. No treatment options: best supportive care.",
                                 "finding": [{"itemCodeableConcept": cc([(ICDW, "C22.0", "Liver cell carcinoma")])}]}, "impression")
    c.careplan("Best supportive care", "Symptom control, ascites management by paracentesis as needed, community palliative care.", "2026-09-28", cat=(SCT, "103735009", "Palliative care"), doc=2, addresses=hcc,
               acts=[("Community palliative care nurse", "in-progress"), ("Therapeutic paracentesis as required", "in-progress")])
    c.sr([(SCT, "103735009", "Palliative care")], "Referral to community palliative care team", "2026-09-28", doc=2, reason="HCC BCLC D")
    c.med([(RX, "9997", "spironolactone")], "Spironolactone 100 mg tablets", "2024-05-01", kind="stmt")
    c.med([(RX, "6218", "lactulose")], "Lactulose 3.35 g/5 mL oral solution", "2024-05-01", kind="stmt", dose="15 mL twice daily")
    clinic(c, "2026-09-28", "Hepatology clinic - results and plan")
    c.note("2026-09-28", "Hepatology clinic letter", "I explained the MDT outcome to Mr Fletcher and his wife: the liver cancer has spread into the portal vein and with the degree of liver failure there are no treatments that would help. We have agreed to focus on comfort.", HEP)
    clinic(c, "2026-11-10", "Hepatology clinic", doc=2)


@case("UNTREATABLE_PROGNOSIS", "near-miss", "D", [],
      "The 'no treatment required' statement concerns benign simple hepatic cysts and a typical haemangioma on MRI; the patient was discharged reassured, with no serious condition and no palliative signal.",
      "Incidental simple liver cysts and haemangioma: 'no treatment required', discharged.")
def d_cyst(c):
    c.setup("Priya", "Chandrasekar", "female", "1988-12-02", [("Fiona", "McLeod", "Hepatology"), ("Tom", "Ashworth", "Radiology")], "NHS England")
    c.cond([(ICDW, "J45.9", "Asthma, unspecified")], "Asthma", "2002-01-01")
    c.med((), "Clenil Modulite 100 micrograms inhaler (beclometasone)", "2015-01-01", kind="stmt", dose="2 puffs twice daily")
    c.report((), "Ultrasound abdomen (GP direct access)", "2026-08-03", "Several anechoic liver lesions up to 3 cm and a 2.4 cm echogenic lesion segment VI. Further characterisation with MRI suggested.", doc=1)
    clinic(c, "2026-08-25", "Hepatology clinic - new referral", reason="Incidental liver lesions")
    dlab(c, "2026-08-25", hb=128, alt=22, alp=74, bili=9, plt=260, inr=1.0, alb=44)
    c.report((), "MRI liver with contrast", "2026-09-14", "Four simple hepatic cysts (max 3.1 cm). 2.4 cm typical haemangioma segment VI with peripheral nodular enhancement. No suspicious lesion. Liver otherwise normal.", doc=1)
    c.cond([(ICDW, "K76.8", "Other specified diseases of liver")], "Simple hepatic cysts", "2026-09-14")
    c.cond([(ICDW, "D18.0", "Haemangioma, any site")], "Hepatic haemangioma segment VI", "2026-09-14")
    c.add("ClinicalImpression", {"status": "completed", "subject": c.pat, "date": "2026-10-06", "assessor": c.docs[0], "description": "Hepatology review of imaging",
                                 "summary": "Benign incidental findings. No treatment required and no follow-up imaging needed."}, "impression")
    clinic(c, "2026-10-06", "Hepatology clinic - results")
    c.vitals("2026-10-06", 112, 70, wt=63.0)
    c.note("2026-10-06", "Clinic letter", "Reassured. The liver lesions are simple cysts and a haemangioma, both benign. No treatment is required and we do not need to repeat scans. Discharged to GP.", HEP)


@case("HIGH_IMPACT_TREATMENT", "near-miss", "D", [],
      "Liver transplant assessment was stopped (ServiceRequest revoked) because the patient recompensated after sustained abstinence (MELD 19 -> 10); no transplant or other high-impact treatment is planned or running.",
      "Alcohol-related cirrhosis recompensated; transplant assessment discontinued.")
def d_recomp(c):
    c.setup("Stephen Paul", "Greenhalgh", "male", "1972-02-16", [("Fiona", "McLeod", "Hepatology"), ("Rajesh", "Iyer", "HPB / liver transplant surgery"), ("Nicola", "Barr", "Alcohol liaison nurse")], "NHS England")
    c.cond([(SCT, "19943007", "Cirrhosis of liver"), (ICDW, "K70.3", "Alcoholic cirrhosis of liver")], "Alcohol-related cirrhosis, recompensated", "2025-09-10")
    c.cond([(ICDW, "F10.2", "Mental and behavioural disorders due to use of alcohol: dependence syndrome")], "Alcohol dependence, in sustained remission", "2015-01-01", status="remission", abate="2025-10-01")
    c.sr((), "Liver transplant assessment", "2025-12-02", status="revoked", doc=1, reason="Decompensated alcohol-related cirrhosis", note="Assessment stood down at MDT 2026-10-28: recompensated, MELD 10, no current indication.")
    for d, m, bili, inr, cr, alb, na in (("2025-12-02", 19, 58, 1.7, 92, 27, 130), ("2026-04-14", 14, 34, 1.4, 84, 32, 134), ("2026-10-20", 10, 19, 1.2, 80, 37, 138)):
        clinic(c, d, "Hepatology clinic")
        dlab(c, d, bili=bili, inr=inr, cr=cr, alb=alb, na=na)
        c.local(MELD[0], MELD[1], d, m, None, cat="survey")
    c.local("PETH", "Phosphatidylethanol (PEth) blood", "2026-10-20", "< 10 ng/mL (not detected)", interp="N")
    c.med([(RX, "9997", "spironolactone")], "Spironolactone 100 mg tablets", "2025-09-15", kind="stmt", status="completed", end="2026-05-01")
    c.med([(RX, "8787", "propranolol")], "Propranolol 40 mg tablets", "2025-09-15", kind="stmt", dose="40 mg twice daily")
    c.report((), "Ultrasound liver", "2026-10-14", "Cirrhotic morphology, no ascites, no focal lesion, patent portal vein.")
    c.note("2026-10-28", "Transplant MDT outcome", "Recompensated after 13 months abstinence: no ascites off diuretics, MELD 10, Child-Pugh A6. Transplant assessment stood down. Continue hepatology surveillance with 6-monthly HCC ultrasound.", HEP, doc=1)


@case("PATIENT_REPORTED_CONCERN", "near-miss", "D", [],
      "The patient-experience questionnaire one year after sleeve gastrectomy answers 'No' to wanting a second opinion and reports high satisfaction.",
      "One year after sleeve gastrectomy; questionnaire answers 'No' to second opinion.")
def d_qr_no(c):
    c.setup("Jodie Louise", "Pickering", "female", "1990-07-29", [("Oliver", "Grant", "Bariatric and upper GI surgery"), ("Sian", "Pritchard", "Bariatric specialist dietitian")], "NHS England")
    c.proc((), "Laparoscopic sleeve gastrectomy", "2025-10-20")
    c.cond([(ICDW, "E66.0", "Obesity due to excess calories")], "Obesity (pre-op BMI 42)", "2014-01-01")
    c.cond([(ICDW, "K21.9", "Gastro-oesophageal reflux disease without oesophagitis")], "Reflux, mild", "2026-02-01")
    c.med([(RX, "7646", "omeprazole")], "Omeprazole 20 mg capsules", "2026-02-01", kind="stmt")
    c.med((), "Forceval multivitamin and mineral capsules", "2025-10-25", kind="stmt", dose="1 daily")
    for d, w, bmi in (("2026-01-19", 104.0, 37.3), ("2026-05-18", 92.0, 33.0), ("2026-10-30", 79.0, 28.3)):
        clinic(c, d, "Bariatric follow-up clinic", doc=1)
        c.vitals(d, wt=w, bmi=bmi)
    dlab(c, "2026-10-30", hb=133, ferr=64, alb=42)
    c.obs("b12", "2026-10-30", 420, 180, 900, unit="ng/L")
    c.obs("phq9", "2026-10-30", 4, cat="survey")
    c.qr("Bariatric patient experience questionnaire (12 months)", "2026-10-30", [
        ("Overall, how satisfied are you with your care? (0-10)", 9),
        ("Did you feel listened to by the team?", (Y_N, "Y", "Yes")),
        ("Would you like a second opinion about your diagnosis or treatment?", (Y_N, "N", "No")),
        ("Any comments", "Life-changing, I can play with my kids now. Dietitian was brilliant."),
    ])
    c.note("2026-10-30", "12-month bariatric review", "Total weight loss 38 kg (32%). Eating 3 small meals, protein 70 g/day. Mild reflux controlled on PPI. Bloods satisfactory. Annual review.", HEP)


@case("WORSENING_DESPITE_TREATMENT", "positive", "D", ["WORSENING_DESPITE_TREATMENT"],
      "MELD-Na rose 13 -> 16 -> 19 -> 22 between March and November 2026 (+9 over 8 months, a clinically important rise) while diuretics, lactulose and rifaximin for decompensated MASH cirrhosis were taken throughout.",
      "Decompensated MASH cirrhosis; MELD-Na 13 -> 22 over 8 months on full medical therapy.")
def d_meld(c):
    c.setup("Brian Edward", "Whitworth", "male", "1952-11-04", [("Fiona", "McLeod", "Hepatology"), ("Imran", "Qureshi", "Hepatology specialist registrar")], "NHS England")
    cir = c.cond([(SCT, "19943007", "Cirrhosis of liver"), (ICDW, "K74.6", "Other and unspecified cirrhosis of liver")], "MASH cirrhosis, decompensated (ascites, hepatic encephalopathy)", "2025-11-03")
    c.cond([(SCT, "44054006", "Diabetes mellitus type 2")], "Type 2 diabetes", "2010-01-01")
    c.cond([(ICDW, "I25.1", "Atherosclerotic heart disease")], "Coronary artery disease, PCI 2019", "2019-06-01")
    for rx, t, dose in ((("9997", "spironolactone"), "Spironolactone 100 mg tablets", "200 mg once daily"), (("4603", "furosemide"), "Furosemide 40 mg tablets", "40 mg once daily"),
                        (("6218", "lactulose"), "Lactulose 3.35 g/5 mL oral solution", "20 mL three times daily, titrate to 2-3 soft stools"), (("35619", "rifaximin"), "Rifaximin 550 mg tablets", "550 mg twice daily")):
        c.med([(RX, rx[0], rx[1])], t, "2025-11-10", dose=dose, reason="Decompensated cirrhosis")
    for d, m, bili, inr, cr, na in (("2026-03-10", 13, 28, 1.3, 96, 136), ("2026-06-09", 16, 39, 1.5, 108, 134), ("2026-08-25", 19, 52, 1.6, 121, 132), ("2026-11-17", 22, 71, 1.8, 138, 130)):
        clinic(c, d, "Hepatology clinic")
        dlab(c, d, bili=bili, inr=inr, cr=cr, na=na)
        c.local(MELD[0], MELD[1], d, m, None, cat="survey")
    c.proc((), "Large-volume paracentesis 6 L with albumin", "2026-10-02")
    c.note("2026-11-17", "Hepatology clinic note", """Progressive decline despite adherence to diuretics, lactulose and rifaximin (pharmacy records and stool chart confirm). Two paracenteses since September. MELD-Na 22 (13 in March).
Age 74 with coronary disease: transplant not considered. Optimise diuretics, dietetic review, continue current therapy; review in 6 weeks.""", HEP)


@case("RARE_OR_COMPLEX_CONDITION", "positive", "D", ["RARE_OR_COMPLEX_CONDITION"],
      "Active primary sclerosing cholangitis (Orphanet rare disease) with associated ulcerative colitis under surveillance.",
      "Primary sclerosing cholangitis with ulcerative colitis, stable on surveillance.")
def d_psc(c):
    c.setup("Thomas William", "Ainsworth", "male", "1997-03-08", [("Fiona", "McLeod", "Hepatology"), ("Naomi", "Kerr", "Gastroenterology - IBD")], "NHS England")
    c.cond([(ORPHA, "171", "Primary sclerosing cholangitis"), (ICDW, "K83.0", "Cholangitis")], "Primary sclerosing cholangitis (large duct)", "2022-05-10")
    c.cond([(SCT, "64766004", "Ulcerative colitis"), (ICDW, "K51.0", "Ulcerative (chronic) pancolitis")], "Ulcerative pancolitis, in remission", "2021-02-01", doc=1)
    c.med((), "Mesalazine 1.2 g gastro-resistant tablets (Mezavant XL)", "2021-02-15", kind="stmt", dose="2.4 g once daily", reason="Ulcerative colitis")
    for d, alp, ggt, bili in (("2026-02-10", 296, 180, 15), ("2026-08-11", 284, 172, 14)):
        clinic(c, d, "Hepatology - PSC clinic")
        dlab(c, d, alp=alp, ggt=ggt, bili=bili, alt=58, plt=230)
    c.local("CA19-9", "CA 19-9", "2026-08-11", 18, "U/mL", None, 37, loinc=(LN, "24108-3", "Cancer Ag 19-9 [Units/volume] in Serum or Plasma"))
    c.report((), "MRCP", "2026-05-19", "Multifocal intra- and extrahepatic biliary strictures and beading, unchanged from 2025. No dominant stricture or mass.")
    c.report((), "Surveillance colonoscopy with chromoendoscopy", "2026-06-16", "Quiescent pancolitis (Mayo 0). No dysplasia on targeted biopsies.", doc=1)
    c.local("FIBROSCAN", "Liver stiffness (transient elastography)", "2026-08-11", 7.8, "kPa", None, 7.0, cat="exam")
    c.note("2026-08-11", "PSC clinic letter", "Stable PSC, no cholangitis episodes, pruritus mild. Colitis quiescent. Annual MRCP and colonoscopy; 6-monthly bloods. No indication for transplant.", HEP)


@case("RARE_OR_COMPLEX_CONDITION", "near-miss", "D", [],
      "Wilson disease was suspected but refuted (normal ceruloplasmin and 24-hour urinary copper, no Kayser-Fleischer rings); raised ALT is explained by common MASLD.",
      "Suspected Wilson disease refuted; MASLD.")
def d_wilson(c):
    c.setup("Ryan Christopher", "Dobson", "male", "2002-06-21", [("Imran", "Qureshi", "Hepatology specialist registrar"), ("Anita", "Bose", "Ophthalmology")], "NHS England")
    c.enc("2026-06-15", "GP referral received", typ=(), reason="Persistently raised ALT")
    dlab(c, "2026-04-02", alt=88)
    clinic(c, "2026-07-07", "Hepatology clinic - new patient", reason="Raised ALT, ? Wilson disease")
    dlab(c, "2026-07-07", alt=94, ggt=70, bili=11, alb=45, plt=250, cerulo=0.28)
    c.local("UCU24", "Copper 24 hour urine", "2026-07-10", 32, "ug/(24.h)", None, 40, loinc=(LN, "5632-5", "Copper [Mass/time] in 24 hour Urine"))
    c.local("SLITLAMP", "Slit-lamp examination for Kayser-Fleischer rings", "2026-07-21", "No Kayser-Fleischer rings", interp="N", cat="exam")
    c.cond([(SCT, "88518009", "Wilson's disease"), (ICDW, "E83.0", "Disorders of copper metabolism")], "Wilson disease (suspected)", "2026-07-07", status="inactive", ver="refuted", cat="encounter-diagnosis",
           note="Excluded: ceruloplasmin 0.28 g/L, urinary copper 32 ug/24h, no KF rings.")
    c.cond([(SCT, "197315008", "Non-alcoholic fatty liver disease"), (ICDW, "K76.0", "Fatty (change of) liver, not elsewhere classified")], "MASLD", "2026-08-04")
    c.report((), "Ultrasound liver", "2026-07-21", "Diffusely echogenic liver in keeping with steatosis. No focal lesion.")
    c.local("FIBROSCAN", "Liver stiffness (transient elastography)", "2026-08-04", 5.6, "kPa", None, 7.0, cat="exam")
    c.vitals("2026-08-04", 128, 80, wt=101.0, bmi=31.2)
    clinic(c, "2026-08-04", "Hepatology clinic - results")
    c.note("2026-08-04", "Clinic letter", "Wilson disease excluded. Raised ALT due to MASLD (BMI 31, steatosis on ultrasound, stiffness 5.6 kPa). Lifestyle advice and weight-loss support; discharge to GP with annual ALT.", HEP)




def main():
    assert len(CASES) == 40, len(CASES)
    nums = list(range(1, 41))
    random.Random(3838).shuffle(nums)
    out = os.path.join(HERE, "cases")
    os.makedirs(out, exist_ok=True)
    for f in os.listdir(out):
        if f.endswith(".json"):
            os.remove(os.path.join(out, f))
    exp, rows = [], []
    for spec, n in zip(CASES, nums):
        cid = f"cw-{n:02d}"
        c = Case(cid, spec["org"])
        spec["fn"](c)
        with open(os.path.join(out, cid + ".json"), "w", encoding="utf-8") as f:
            json.dump(c.bundle(), f, ensure_ascii=False, indent=1)
        exp.append({"case": cid, "target": spec["target"], "kind": spec["kind"], "expected": spec["expected"], "why": spec["why"]})
        rows.append((cid, spec["target"], spec["kind"], f"[{spec['org']}] " + spec["summary"], len(c.E)))
    exp.sort(key=lambda x: x["case"])
    with open(os.path.join(HERE, "expectations.json"), "w", encoding="utf-8") as f:
        json.dump({"anchorDate": "2026-12-01", "cases": exp}, f, ensure_ascii=False, indent=1)
    rows.sort()
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(README_HEAD)
        f.write("| case | target | kind | summary |\n| --- | --- | --- | --- |\n")
        for r in rows:
            f.write(f"| {r[0]} | {r[1]} | {r[2]} | {r[3]} |\n")
    print("wrote", len(rows), "cases;", "entries min/max", min(r[4] for r in rows), max(r[4] for r in rows))


if __name__ == "__main__":
    main()
