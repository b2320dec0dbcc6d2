"""Small helpers to write FHIR R4 transaction bundles for the blind-61 set.

Every case is written by a function that receives a Rec (one patient record) and
adds resources through the helpers below.  Ids are '<case id>-<hint>'.
"""
import base64
import re
import datetime as _dt

SYS = {
    "sct": "http://snomed.info/sct",
    "icd10": "http://hl7.org/fhir/sid/icd-10",
    "icd10cm": "http://hl7.org/fhir/sid/icd-10-cm",
    "loinc": "http://loinc.org",
    "rxnorm": "http://www.nlm.nih.gov/research/umls/rxnorm",
    "atc": "http://www.whocc.no/atc",
    "cpt": "http://www.ama-assn.org/go/cpt",
    "hcpcs": "http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets",
    "orpha": "http://www.orpha.net",
    "ucum": "http://unitsofmeasure.org",
    "ncsp": "http://www.nordclass.se/ncsp",
    "cvx": "http://hl7.org/fhir/sid/cvx",
}
CLIN = "http://terminology.hl7.org/CodeSystem/condition-clinical"
VER = "http://terminology.hl7.org/CodeSystem/condition-ver-status"
CCAT = "http://terminology.hl7.org/CodeSystem/condition-category"
OCAT = "http://terminology.hl7.org/CodeSystem/observation-category"
INTERP = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation"
ACT = "http://terminology.hl7.org/CodeSystem/v3-ActCode"
INTERP_DISPLAY = {"N": "Normal", "H": "High", "L": "Low", "A": "Abnormal", "HH": "Critical high",
                  "LL": "Critical low", "POS": "Positive", "NEG": "Negative", "W": "Worse", "B": "Better"}
UNIT_DISPLAY = {"umol/L": "µmol/L", "ug/L": "µg/L", "10*9/L": "×10⁹/L", "10*12/L": "×10¹²/L",
                "mL/min/{1.73_m2}": "mL/min/1.73m²", "m[IU]/L": "mIU/L", "Cel": "°C", "mm[Hg]": "mmHg",
                "{score}": "score", "kg/m2": "kg/m²", "ug/g": "µg/g", "/min": "/min", "{INR}": "INR",
                "10*3/uL": "×10³/µL", "10*6/uL": "×10⁶/µL", "/uL": "cells/µL", "{copies}/mL": "copies/mL"}


def coding(sys, code, display=None):
    c = {"system": SYS.get(sys, sys), "code": code}
    if display:
        c["display"] = display
    return c


def cc(*codings, text=None):
    """cc(('sct','38341003','Hypertensive disorder'), ('icd10','I10','...'), text='...')"""
    out = {}
    if codings:
        out["coding"] = [coding(*c) for c in codings]
    if text:
        out["text"] = text
    elif codings and len(codings[0]) > 2:
        out["text"] = codings[0][2]
    return out


def cct(text):
    return {"text": text}


def ref(r, display=None):
    d = {"reference": r}
    if display:
        d["display"] = display
    return d


def qty(value, unit_code, unit=None):
    return {"value": value, "unit": unit or UNIT_DISPLAY.get(unit_code, unit_code),
            "system": SYS["ucum"], "code": unit_code}


LABS = {
    "hb_gL": ("718-7", "Hemoglobin [Mass/volume] in Blood", "g/L"),
    "hb_gdL": ("718-7", "Hemoglobin [Mass/volume] in Blood", "g/dL"),
    "wbc": ("6690-2", "Leukocytes [#/volume] in Blood by Automated count", "10*9/L"),
    "wbc_us": ("6690-2", "Leukocytes [#/volume] in Blood by Automated count", "10*3/uL"),
    "plt": ("777-3", "Platelets [#/volume] in Blood by Automated count", "10*9/L"),
    "plt_us": ("777-3", "Platelets [#/volume] in Blood by Automated count", "10*3/uL"),
    "mcv": ("787-2", "MCV [Entitic volume] by Automated count", "fL"),
    "crea_umol": ("14682-9", "Creatinine [Moles/volume] in Serum or Plasma", "umol/L"),
    "crea_mg": ("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", "mg/dL"),
    "egfr": ("62238-1", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI)", "mL/min/{1.73_m2}"),
    "gluc_mmol": ("14749-6", "Glucose [Moles/volume] in Serum or Plasma", "mmol/L"),
    "gluc_mg": ("2345-7", "Glucose [Mass/volume] in Serum or Plasma", "mg/dL"),
    "hba1c": ("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "%"),
    "hba1c_ifcc": ("59261-8", "Hemoglobin A1c/Hemoglobin.total in Blood by IFCC protocol", "mmol/mol"),
    "k": ("2823-3", "Potassium [Moles/volume] in Serum or Plasma", "mmol/L"),
    "na": ("2951-2", "Sodium [Moles/volume] in Serum or Plasma", "mmol/L"),
    "alt": ("1742-6", "Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma", "U/L"),
    "ast": ("1920-8", "Aspartate aminotransferase [Enzymatic activity/volume] in Serum or Plasma", "U/L"),
    "crp": ("1988-5", "C reactive protein [Mass/volume] in Serum or Plasma", "mg/L"),
    "esr": ("4537-7", "Erythrocyte sedimentation rate by Westergren method", "mm/h"),
    "tsh": ("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", "m[IU]/L"),
    "ferritin": ("2276-4", "Ferritin [Mass/volume] in Serum or Plasma", "ug/L"),
    "chol": ("14647-2", "Cholesterol [Moles/volume] in Serum or Plasma", "mmol/L"),
    "ntprobnp": ("33762-6", "Natriuretic peptide.B prohormone N-Terminal [Mass/volume] in Serum or Plasma", "pg/mL"),
    "psa": ("2857-1", "Prostate specific Ag [Mass/volume] in Serum or Plasma", "ng/mL"),
    "alb": ("1751-7", "Albumin [Mass/volume] in Serum or Plasma", "g/L"),
    "alb_gdl": ("1751-7", "Albumin [Mass/volume] in Serum or Plasma", "g/dL"),
    "bili": ("14631-6", "Bilirubin.total [Moles/volume] in Serum or Plasma", "umol/L"),
    "urea": ("22664-7", "Urea [Moles/volume] in Serum or Plasma", "mmol/L"),
    "bun": ("3094-0", "Urea nitrogen [Mass/volume] in Serum or Plasma", "mg/dL"),
    "ck": ("2157-6", "Creatine kinase [Enzymatic activity/volume] in Serum or Plasma", "U/L"),
    "b12": ("2132-9", "Cobalamin (Vitamin B12) [Mass/volume] in Serum or Plasma", "pg/mL"),
    "afp": ("1834-1", "Alpha-1-Fetoprotein [Mass/volume] in Serum or Plasma", "ng/mL"),
    "inr": ("6301-6", "INR in Platelet poor plasma by Coagulation assay", "{INR}"),
    "cd4": ("24467-3", "CD3+CD4+ (T4 helper) cells [#/volume] in Blood", "/uL"),
    "ca": ("17861-6", "Calcium [Mass/volume] in Serum or Plasma", "mg/dL"),
    "phos": ("2777-1", "Phosphate [Mass/volume] in Serum or Plasma", "mg/dL"),
    "valproate": ("4086-5", "Valproate [Mass/volume] in Serum or Plasma", "ug/mL"),
}

VITALS = {
    "hr": ("8867-4", "Heart rate", "/min"),
    "rr": ("9279-1", "Respiratory rate", "/min"),
    "temp": ("8310-5", "Body temperature", "Cel"),
    "spo2": ("59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry", "%"),
    "wt": ("29463-7", "Body weight", "kg"),
    "ht": ("8302-2", "Body height", "cm"),
    "bmi": ("39156-5", "Body mass index (BMI) [Ratio]", "kg/m2"),
    "hc": ("9843-4", "Head Occipital-frontal circumference", "cm"),
}


class Org:
    def __init__(self, key, base, region):
        self.key, self.base, self.region = key, base.rstrip("/"), region

    def tz(self, date):
        m = int(date[5:7])
        if self.region == "EE":
            return "+03:00" if 4 <= m <= 10 else "+02:00"
        if self.region == "NG":
            return "+01:00"
        return "-04:00" if 4 <= m <= 10 else "-05:00"


class Rec:
    def __init__(self, cid, org):
        self.cid, self.org = cid, org
        self.entries = []
        self.ids = set()
        self.patient = f"Patient/{cid}"

    # ---- core -------------------------------------------------------------------------------
    def ts(self, date, time="09:00"):
        if "T" in date:
            return date
        return f"{date}T{time}:00{self.org.tz(date)}"

    def add(self, rtype, hint, body):
        rid = self.cid if rtype == "Patient" else f"{self.cid}-{hint}"
        rid = re.sub(r"[^A-Za-z0-9\-]", "-", rid).lower()[:60].rstrip("-")
        base, n = rid, 2
        while rid in self.ids:
            rid = f"{base}-{n}"
            n += 1
        self.ids.add(rid)
        res = {"resourceType": rtype, "id": rid}
        res.update({k: v for k, v in body.items() if v is not None and v != [] and v != {}})
        self.entries.append({"fullUrl": f"{self.org.base}/{rtype}/{rid}", "resource": res,
                             "request": {"method": "PUT", "url": f"{rtype}/{rid}"}})
        return f"{rtype}/{rid}"

    def bundle(self):
        return {"resourceType": "Bundle", "type": "transaction", "entry": self.entries}

    # ---- administrative ---------------------------------------------------------------------
    def patient_res(self, given, family, gender, birth, identifiers, address=None, telecom=None,
                    language=None, marital=None, extra=None):
        body = {
            "identifier": identifiers,
            "active": True,
            "name": [{"use": "official", "family": family, "given": given if isinstance(given, list) else [given]}],
            "telecom": telecom,
            "gender": gender,
            "birthDate": birth,
            "address": [address] if address else None,
            "communication": [{"language": language, "preferred": True}] if language else None,
            "maritalStatus": marital,
        }
        if extra:
            body.update(extra)
        return self.add("Patient", None, body)

    def organization(self, hint, name, type_cc=None, identifier=None, address=None, telecom=None, part_of=None):
        return self.add("Organization", hint, {
            "identifier": identifier, "active": True, "type": [type_cc] if type_cc else None,
            "name": name, "telecom": telecom, "address": [address] if address else None,
            "partOf": ref(part_of) if part_of else None})

    def practitioner(self, hint, given, family, qual_cc, identifier=None, prefix=None, gender=None):
        name = {"family": family, "given": given if isinstance(given, list) else [given]}
        if prefix:
            name["prefix"] = [prefix]
        return self.add("Practitioner", hint, {
            "identifier": identifier, "active": True, "name": [name], "gender": gender,
            "qualification": [{"code": qual_cc}]})

    def related_person(self, hint, given, family, rel_code, rel_display, telecom=None, gender=None):
        return self.add("RelatedPerson", hint, {
            "patient": ref(self.patient), "active": True,
            "relationship": [cc(("http://terminology.hl7.org/CodeSystem/v3-RoleCode", rel_code, rel_display))],
            "name": [{"family": family, "given": [given]}], "telecom": telecom, "gender": gender})

    def coverage(self, hint, payors, type_cc, start, subscriber_id=None, cls=None, end=None, status="active",
                 relationship="self", network=None, identifier=None):
        period = {"start": start}
        if end:
            period["end"] = end
        return self.add("Coverage", hint, {
            "identifier": identifier, "status": status, "type": type_cc,
            "subscriberId": subscriber_id,
            "beneficiary": ref(self.patient),
            "relationship": cc(("http://terminology.hl7.org/CodeSystem/subscriber-relationship", relationship,
                                relationship.capitalize())),
            "period": period, "payor": [ref(p) for p in payors],
            "class": cls, "network": network})

    # ---- clinical ---------------------------------------------------------------------------
    def encounter(self, hint, date, cls="AMB", type_cc=None, reason=None, practitioner=None, org=None,
                  end=None, status="finished", service_type=None, priority=None, hospitalization=None,
                  diagnoses=None, reason_refs=None, time="09:00", end_time="10:00", part_of=None):
        cls_disp = {"AMB": "ambulatory", "IMP": "inpatient encounter", "EMER": "emergency",
                    "VR": "virtual", "HH": "home health", "OBSENC": "observation encounter",
                    "SS": "short stay"}[cls]
        period = {"start": self.ts(date, time)}
        if status == "finished":
            period["end"] = self.ts(end or date, end_time)
        elif end:
            period["end"] = self.ts(end, end_time)
        parts = None
        if practitioner:
            pr = practitioner if isinstance(practitioner, list) else [practitioner]
            parts = [{"type": [cc(("http://terminology.hl7.org/CodeSystem/v3-ParticipationType", "PPRF",
                                   "primary performer"))], "individual": ref(p)} for p in pr]
        return self.add("Encounter", hint, {
            "status": status, "class": coding(ACT, cls, cls_disp),
            "type": [type_cc] if type_cc else None, "serviceType": service_type, "priority": priority,
            "subject": ref(self.patient), "participant": parts, "period": period,
            "reasonCode": reason if isinstance(reason, list) else ([reason] if reason else None),
            "reasonReference": [ref(r) for r in reason_refs] if reason_refs else None,
            "diagnosis": [{"condition": ref(d), "rank": i + 1} for i, d in enumerate(diagnoses)] if diagnoses else None,
            "hospitalization": hospitalization, "serviceProvider": ref(org) if org else None,
            "partOf": ref(part_of) if part_of else None})

    def condition(self, hint, code, onset=None, recorded=None, clinical="active", verification="confirmed",
                  category="problem-list-item", enc=None, recorder=None, abatement=None, severity=None,
                  note=None, evidence=None, stage=None, body_site=None, asserter=None):
        cat_disp = {"problem-list-item": "Problem List Item", "encounter-diagnosis": "Encounter Diagnosis"}
        clin_disp = {"active": "Active", "recurrence": "Recurrence", "relapse": "Relapse", "inactive": "Inactive",
                     "remission": "Remission", "resolved": "Resolved"}
        ver_disp = {"unconfirmed": "Unconfirmed", "provisional": "Provisional", "differential": "Differential",
                    "confirmed": "Confirmed", "refuted": "Refuted"}
        body = {
            "clinicalStatus": cc((CLIN, clinical, clin_disp[clinical])) if clinical else None,
            "verificationStatus": cc((VER, verification, ver_disp[verification])) if verification else None,
            "category": [cc((CCAT, category, cat_disp[category]))],
            "severity": severity, "code": code, "bodySite": [body_site] if body_site else None,
            "subject": ref(self.patient), "encounter": ref(enc) if enc else None,
            "onsetDateTime": onset, "abatementDateTime": abatement, "recordedDate": recorded or onset,
            "recorder": ref(recorder) if recorder else None, "asserter": ref(asserter) if asserter else None,
            "stage": stage, "evidence": evidence,
            "note": [{"text": note}] if note else None}
        return self.add("Condition", hint, body)

    def obs(self, hint, code, date, value=None, category="laboratory", enc=None, performer=None, ref_range=None,
            interp="auto", note=None, components=None, status="final", period=None, method=None,
            body_site=None, has_member=None, derived_from=None, issued=True, time="08:30"):
        cat_disp = {"laboratory": "Laboratory", "vital-signs": "Vital Signs", "survey": "Survey", "exam": "Exam",
                    "imaging": "Imaging", "procedure": "Procedure", "social-history": "Social History",
                    "activity": "Activity", "therapy": "Therapy"}
        body = {"status": status, "category": [cc((OCAT, category, cat_disp[category]))], "code": code,
                "subject": ref(self.patient), "encounter": ref(enc) if enc else None}
        if period:
            body["effectivePeriod"] = {"start": period[0], "end": period[1]}
        else:
            body["effectiveDateTime"] = self.ts(date, time) if category in ("laboratory", "vital-signs") else date
        if issued:
            d = period[1] if period else date
            body["issued"] = self.ts(d[:10], "14:00")
        if performer:
            body["performer"] = [ref(p) for p in (performer if isinstance(performer, list) else [performer])]
        # value
        unit_code = None
        if isinstance(value, tuple):
            unit_code = value[1]
            body["valueQuantity"] = qty(value[0], value[1], value[2] if len(value) > 2 else None)
        elif isinstance(value, bool):
            body["valueBoolean"] = value
        elif isinstance(value, int):
            body["valueInteger"] = value
        elif isinstance(value, str):
            body["valueString"] = value
        elif isinstance(value, dict):
            body["valueCodeableConcept"] = value
        if interp == "auto":
            interp = None
            if ref_range and isinstance(value, tuple):
                lo, hi = ref_range[0], ref_range[1]
                v = value[0]
                interp = "N"
                if lo is not None and v < lo:
                    interp = "L"
                if hi is not None and v > hi:
                    interp = "H"
        if interp:
            body["interpretation"] = [cc((INTERP, interp, INTERP_DISPLAY[interp]))]
        body["note"] = [{"text": note}] if note else None
        body["method"] = method
        body["bodySite"] = body_site
        if ref_range:
            rr = {}
            lo, hi = ref_range[0], ref_range[1]
            rc = unit_code or (ref_range[2] if len(ref_range) > 2 else None)
            if lo is not None:
                rr["low"] = qty(lo, rc)
            if hi is not None:
                rr["high"] = qty(hi, rc)
            if len(ref_range) > 3:
                rr["text"] = ref_range[3]
            body["referenceRange"] = [rr]
        if has_member:
            body["hasMember"] = [ref(m) for m in has_member]
        if derived_from:
            body["derivedFrom"] = [ref(m) for m in derived_from]
        if components:
            body["component"] = components
        return self.add("Observation", hint, body)

    def lab(self, key, value, date, ref_range=None, enc=None, hint=None, interp="auto", note=None,
            performer=None, local=None, text=None, unit=None):
        loinc, disp, ucum = LABS[key]
        ucum = unit or ucum
        codings = [("loinc", loinc, disp)]
        if local:
            codings.append(local)
        code = cc(*codings, text=text or disp)
        rr = None
        if ref_range:
            rr = (ref_range[0], ref_range[1], ucum) + tuple(ref_range[2:])
        return self.obs(hint or f"lab-{key}-{date}", code, date, (value, ucum), "laboratory", enc, performer,
                        rr, interp, note)

    def vital(self, key, value, date, enc=None, hint=None, ref_range=None, interp=None):
        loinc, disp, ucum = VITALS[key]
        return self.obs(hint or f"vs-{key}-{date}", cc(("loinc", loinc, disp)), date, (value, ucum),
                        "vital-signs", enc, None, ref_range, interp, issued=False)

    def bp(self, sys_v, dia_v, date, enc=None, hint=None):
        comps = [
            {"code": cc(("loinc", "8480-6", "Systolic blood pressure")), "valueQuantity": qty(sys_v, "mm[Hg]")},
            {"code": cc(("loinc", "8462-4", "Diastolic blood pressure")), "valueQuantity": qty(dia_v, "mm[Hg]")},
        ]
        return self.obs(hint or f"vs-bp-{date}", cc(("loinc", "85354-9", "Blood pressure panel with all children optional")),
                        date, None, "vital-signs", enc, components=comps, interp=None, issued=False)

    def vitals(self, date, enc=None, bp=None, hr=None, wt=None, temp=None, spo2=None, rr=None, ht=None, bmi=None):
        out = []
        if bp:
            out.append(self.bp(bp[0], bp[1], date, enc))
        for k, v in (("hr", hr), ("wt", wt), ("temp", temp), ("spo2", spo2), ("rr", rr), ("ht", ht), ("bmi", bmi)):
            if v is not None:
                out.append(self.vital(k, v, date, enc))
        return out

    def score(self, hint, code, date, value, enc=None, note=None, performer=None, interp=None, components=None):
        return self.obs(hint, code, date, value, "survey", enc, performer, None, interp, note, components,
                        issued=False)

    def med_request(self, hint, med, authored, dosage, status="active", intent="order", requester=None, enc=None,
                    reason=None, reason_refs=None, note=None, status_reason=None, validity=None, repeats=None,
                    category=None):
        body = {"status": status, "statusReason": status_reason, "intent": intent,
                "category": [category] if category else None,
                "medicationCodeableConcept": med, "subject": ref(self.patient),
                "encounter": ref(enc) if enc else None, "authoredOn": authored,
                "requester": ref(requester) if requester else None,
                "reasonCode": [reason] if reason else None,
                "reasonReference": [ref(r) for r in reason_refs] if reason_refs else None,
                "note": [{"text": note}] if note else None,
                "dosageInstruction": [{"text": dosage}]}
        if validity or repeats is not None:
            dr = {}
            if validity:
                dr["validityPeriod"] = {"start": validity[0], "end": validity[1]} if validity[1] else {"start": validity[0]}
            if repeats is not None:
                dr["numberOfRepeatsAllowed"] = repeats
            body["dispenseRequest"] = dr
        return self.add("MedicationRequest", hint, body)

    def med_statement(self, hint, med, status, start, end=None, dosage=None, reason=None, note=None,
                      source=None, asserted=None, status_reason=None, reason_refs=None):
        eff = {"start": start}
        if end:
            eff["end"] = end
        return self.add("MedicationStatement", hint, {
            "status": status, "statusReason": [status_reason] if status_reason else None,
            "medicationCodeableConcept": med, "subject": ref(self.patient), "effectivePeriod": eff,
            "dateAsserted": asserted, "informationSource": ref(source) if source else None,
            "reasonCode": [reason] if reason else None,
            "reasonReference": [ref(r) for r in reason_refs] if reason_refs else None,
            "note": [{"text": note}] if note else None,
            "dosage": [{"text": dosage}] if dosage else None})

    def med_admin(self, hint, med, date, dose_text, performer=None, request=None, enc=None, status="completed",
                  reason_refs=None, dose=None, route=None, time="10:00", end_time=None):
        body = {"status": status, "medicationCodeableConcept": med, "subject": ref(self.patient),
                "context": ref(enc) if enc else None,
                "performer": [{"actor": ref(performer)}] if performer else None,
                "reasonReference": [ref(r) for r in reason_refs] if reason_refs else None,
                "request": ref(request) if request else None}
        if end_time:
            body["effectivePeriod"] = {"start": self.ts(date, time), "end": self.ts(date, end_time)}
        else:
            body["effectiveDateTime"] = self.ts(date, time)
        dosage = {"text": dose_text}
        if route:
            dosage["route"] = route
        if dose:
            dosage["dose"] = qty(*dose)
        body["dosage"] = dosage
        return self.add("MedicationAdministration", hint, body)

    def service_request(self, hint, code, authored, status="active", intent="order", requester=None, performer=None,
                        reason=None, reason_refs=None, occurrence=None, category=None, priority=None, note=None,
                        enc=None, instruction=None, supporting=None, body_site=None, performer_type=None):
        body = {"status": status, "intent": intent, "category": [category] if category else None,
                "priority": priority, "code": code, "subject": ref(self.patient),
                "encounter": ref(enc) if enc else None, "authoredOn": authored,
                "requester": ref(requester) if requester else None,
                "performerType": performer_type,
                "performer": [ref(p) for p in (performer if isinstance(performer, list) else [performer])] if performer else None,
                "reasonCode": reason if isinstance(reason, list) else ([reason] if reason else None),
                "reasonReference": [ref(r) for r in reason_refs] if reason_refs else None,
                "supportingInfo": [ref(r) for r in supporting] if supporting else None,
                "bodySite": [body_site] if body_site else None,
                "note": [{"text": note}] if note else None, "patientInstruction": instruction}
        if isinstance(occurrence, tuple):
            body["occurrencePeriod"] = {"start": occurrence[0], "end": occurrence[1]}
        elif occurrence:
            body["occurrenceDateTime"] = occurrence
        return self.add("ServiceRequest", hint, body)

    def procedure(self, hint, code, date, status="completed", performer=None, reason=None, reason_refs=None, enc=None,
                  note=None, outcome=None, body_site=None, category=None, based_on=None, report=None, end=None,
                  follow_up=None, location=None):
        body = {"basedOn": [ref(b) for b in based_on] if based_on else None, "status": status,
                "category": category, "code": code, "subject": ref(self.patient),
                "encounter": ref(enc) if enc else None,
                "performer": [{"actor": ref(p)} for p in (performer if isinstance(performer, list) else [performer])] if performer else None,
                "reasonCode": [reason] if reason else None,
                "reasonReference": [ref(r) for r in reason_refs] if reason_refs else None,
                "bodySite": [body_site] if body_site else None, "outcome": outcome,
                "report": [ref(r) for r in report] if report else None,
                "followUp": follow_up, "note": [{"text": note}] if note else None}
        if date and status not in ("preparation", "not-done"):
            if end:
                body["performedPeriod"] = {"start": date, "end": end}
            else:
                body["performedDateTime"] = date
        elif date and status == "preparation":
            pass
        return self.add("Procedure", hint, body)

    def careplan(self, hint, title, status, intent, category, start, activities, addresses=None, author=None,
                 description=None, end=None, note=None, created=None, enc=None):
        acts = []
        for a in activities:
            d = {"status": a.get("status", "scheduled")}
            if a.get("code"):
                d["code"] = a["code"]
            if a.get("kind"):
                d["kind"] = a["kind"]
            if a.get("scheduled"):
                d["scheduledString"] = a["scheduled"]
            if a.get("period"):
                d["scheduledPeriod"] = {"start": a["period"][0], "end": a["period"][1]} if a["period"][1] else {"start": a["period"][0]}
            if a.get("performer"):
                d["performer"] = [ref(a["performer"])]
            if a.get("description"):
                d["description"] = a["description"]
            acts.append({"detail": d})
        period = {"start": start}
        if end:
            period["end"] = end
        return self.add("CarePlan", hint, {
            "status": status, "intent": intent, "category": category if isinstance(category, list) else [category],
            "title": title, "description": description, "subject": ref(self.patient),
            "encounter": ref(enc) if enc else None, "period": period, "created": created or start,
            "author": ref(author) if author else None,
            "addresses": [ref(a) for a in addresses] if addresses else None,
            "activity": acts, "note": [{"text": note}] if note else None})

    def communication(self, hint, sent, sender, recipients, text, status="completed", category=None, topic=None,
                      about=None, in_response_to=None, medium=None, enc=None, reason=None, time="20:15"):
        return self.add("Communication", hint, {
            "inResponseTo": [ref(r) for r in in_response_to] if in_response_to else None,
            "status": status, "category": [category] if category else None,
            "medium": [medium] if medium else None, "subject": ref(self.patient), "topic": topic,
            "about": [ref(a) for a in about] if about else None, "encounter": ref(enc) if enc else None,
            "sent": self.ts(sent, time), "recipient": [ref(r) for r in recipients], "sender": ref(sender),
            "reasonCode": [reason] if reason else None,
            "payload": [{"contentString": text}]})

    def questionnaire_response(self, hint, questionnaire, authored, author, source, items, enc=None,
                               status="completed"):
        return self.add("QuestionnaireResponse", hint, {
            "questionnaire": questionnaire, "status": status, "subject": ref(self.patient),
            "encounter": ref(enc) if enc else None, "authored": self.ts(authored, "08:40"),
            "author": ref(author), "source": ref(source), "item": items})

    def flag(self, hint, code, start, author=None, category=None, status="active", enc=None, end=None):
        period = {"start": start}
        if end:
            period["end"] = end
        return self.add("Flag", hint, {
            "status": status, "category": [category] if category else None, "code": code,
            "subject": ref(self.patient), "period": period, "encounter": ref(enc) if enc else None,
            "author": ref(author) if author else None})

    def note(self, hint, date, type_cc, text, author=None, enc=None, title=None, lang="en", category=None,
             time="16:00", custodian=None, description=None):
        data = base64.b64encode(text.strip().encode("utf-8")).decode("ascii")
        body = {"status": "current", "docStatus": "final", "type": type_cc,
                "category": [category] if category else None,
                "subject": ref(self.patient), "date": self.ts(date, time),
                "author": [ref(a) for a in (author if isinstance(author, list) else [author])] if author else None,
                "custodian": ref(custodian) if custodian else None, "description": description or title,
                "content": [{"attachment": {"contentType": "text/plain", "language": lang, "data": data,
                                            "title": title, "creation": self.ts(date, time)}}]}
        if enc:
            body["context"] = {"encounter": [ref(enc)], "period": {"start": date, "end": date}}
        return self.add("DocumentReference", hint, body)

    def report(self, hint, code, date, conclusion=None, results=None, category=None, performer=None,
               interpreter=None, enc=None, conclusion_code=None, status="final", time="11:00"):
        return self.add("DiagnosticReport", hint, {
            "status": status, "category": [category] if category else None, "code": code,
            "subject": ref(self.patient), "encounter": ref(enc) if enc else None,
            "effectiveDateTime": date, "issued": self.ts(date, time),
            "performer": [ref(performer)] if performer else None,
            "resultsInterpreter": [ref(interpreter)] if interpreter else None,
            "result": [ref(r) for r in results] if results else None,
            "conclusion": conclusion, "conclusionCode": conclusion_code})

    def impression(self, hint, date, summary, assessor=None, problems=None, findings=None, enc=None,
                   description=None, status="completed", prognosis=None, note=None, code=None):
        return self.add("ClinicalImpression", hint, {
            "status": status, "code": code, "description": description, "subject": ref(self.patient),
            "encounter": ref(enc) if enc else None, "effectiveDateTime": date, "date": self.ts(date, "17:00"),
            "assessor": ref(assessor) if assessor else None,
            "problem": [ref(p) for p in problems] if problems else None, "summary": summary,
            "finding": [{"itemCodeableConcept": f} if "coding" in f or "text" in f else f for f in findings] if findings else None,
            "prognosisCodeableConcept": prognosis, "note": [{"text": note}] if note else None})

    def allergy(self, hint, code, recorded, category="medication", criticality="low", reaction=None):
        return self.add("AllergyIntolerance", hint, {
            "clinicalStatus": cc(("http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical", "active", "Active")),
            "verificationStatus": cc(("http://terminology.hl7.org/CodeSystem/allergyintolerance-verification", "confirmed", "Confirmed")),
            "type": "allergy", "category": [category], "criticality": criticality, "code": code,
            "patient": ref(self.patient), "recordedDate": recorded,
            "reaction": [{"manifestation": [reaction]}] if reaction else None})

    def immunization(self, hint, vaccine, date, lot=None, performer=None):
        return self.add("Immunization", hint, {
            "status": "completed", "vaccineCode": vaccine, "patient": ref(self.patient),
            "occurrenceDateTime": date, "primarySource": True, "lotNumber": lot,
            "performer": [{"actor": ref(performer)}] if performer else None})

    def goal(self, hint, text, start, addresses=None, status="active", due=None):
        body = {"lifecycleStatus": status, "description": cct(text), "subject": ref(self.patient),
                "startDate": start, "addresses": [ref(a) for a in addresses] if addresses else None}
        if due:
            body["target"] = [{"dueDate": due}]
        return self.add("Goal", hint, body)


# ---- common code fragments ----------------------------------------------------------------------
LOINC_NOTE = {
    "progress": cc(("loinc", "11506-3", "Progress note")),
    "consult": cc(("loinc", "11488-4", "Consult note")),
    "discharge": cc(("loinc", "18842-5", "Discharge summary")),
    "hp": cc(("loinc", "34117-2", "History and physical note")),
    "referral": cc(("loinc", "57133-1", "Referral note")),
    "nurse": cc(("loinc", "34746-8", "Nurse note")),
    "procedure": cc(("loinc", "28570-0", "Procedure note")),
    "plan": cc(("loinc", "18776-5", "Plan of care note")),
}
DR_CAT = {
    "LAB": cc(("http://terminology.hl7.org/CodeSystem/v2-0074", "LAB", "Laboratory")),
    "RAD": cc(("http://terminology.hl7.org/CodeSystem/v2-0074", "RAD", "Radiology")),
    "NRS": cc(("http://terminology.hl7.org/CodeSystem/v2-0074", "NRS", "Nursing service measures")),
    "PAT": cc(("http://terminology.hl7.org/CodeSystem/v2-0074", "PAT", "Pathology (gross & histopath, not surgical)")),
    "NEU": cc(("http://terminology.hl7.org/CodeSystem/v2-0074", "PHY", "Physician")),
    "CUS": cc(("http://terminology.hl7.org/CodeSystem/v2-0074", "CUS", "Cardiac Ultrasound")),
    "EC": cc(("http://terminology.hl7.org/CodeSystem/v2-0074", "EC", "Electrocardiac (e.g., EKG,  EEC, Holter)")),
    "GE": cc(("http://terminology.hl7.org/CodeSystem/v2-0074", "GE", "Genetics")),
    "OTH": cc(("http://terminology.hl7.org/CodeSystem/v2-0074", "OTH", "Other")),
    "EN": cc(("http://terminology.hl7.org/CodeSystem/v2-0074", "EN", "Electroneuro (EEG, EMG,EP,PSG)")),
    "SP": cc(("http://terminology.hl7.org/CodeSystem/v2-0074", "SP", "Surgical Pathology")),
}


def qual(text, code="MD", display="Doctor of Medicine"):
    return cc(("http://terminology.hl7.org/CodeSystem/v2-0360", code, display), text=text)


def isikukood(birth, gender, serial):
    """Estonian personal identification code with a valid check digit (fictitious person)."""
    y, m, d = birth[:4], birth[5:7], birth[8:10]
    century = 1 if y.startswith("18") else (3 if y.startswith("19") else 5)
    g = century + (1 if gender == "female" else 0)
    base = f"{g}{y[2:]}{m}{d}{serial:03d}"
    w1 = [1, 2, 3, 4, 5, 6, 7, 8, 9, 1]
    w2 = [3, 4, 5, 6, 7, 8, 9, 1, 2, 3]
    c = sum(int(a) * b for a, b in zip(base, w1)) % 11
    if c == 10:
        c = sum(int(a) * b for a, b in zip(base, w2)) % 11
        if c == 10:
            c = 0
    return base + str(c)


ORGS = {
    "EE": Org("EE", "https://fhir.peipsi-rh.example.ee/fhir", "EE"),
    "NG": Org("NG", "https://emr.kuth.example.ng/fhir", "NG"),
    "PE": Org("PE", "https://fhir.riverbend-childrens.example.org/r4", "US"),
    "OC": Org("OC", "https://ehr.tcoha.example.com/fhir/R4", "US"),
}
EOL = None
