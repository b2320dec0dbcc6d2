"""Small helpers to write FHIR R4 transaction bundles for the blind-65 set."""
import base64
import json

SCT = "http://snomed.info/sct"
LOINC = "http://loinc.org"
ICD10 = "http://hl7.org/fhir/sid/icd-10"
ICD10CM = "http://hl7.org/fhir/sid/icd-10-cm"
ICD10AM = "http://hl7.org/fhir/sid/icd-10-am"
ACHI = "http://hl7.org/fhir/sid/achi"
CPT = "http://www.ama-assn.org/go/cpt"
RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm"
ATC = "http://www.whocc.no/atc"
READ2 = "http://read.info/readv2"
UCUM = "http://unitsofmeasure.org"
V3ACT = "http://terminology.hl7.org/CodeSystem/v3-ActCode"
INTERP = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation"
OBSCAT = "http://terminology.hl7.org/CodeSystem/observation-category"
CONDCLIN = "http://terminology.hl7.org/CodeSystem/condition-clinical"
CONDVER = "http://terminology.hl7.org/CodeSystem/condition-ver-status"
CONDCAT = "http://terminology.hl7.org/CodeSystem/condition-category"
LOINC_ANS = "http://loinc.org"


def cc(*codings, text=None):
    """CodeableConcept from (system, code, display) triples; text only if no coding."""
    out = {}
    if codings:
        out["coding"] = [{"system": s, "code": c, **({"display": d} if d else {})} for (s, c, d) in codings]
    if text:
        out["text"] = text
    return out


def txt(text):
    return {"text": text}


def qty(value, unit, code=None):
    return {"value": value, "unit": unit, "system": UCUM, "code": code or unit}


def ref(r, display=None):
    out = {"reference": r}
    if display:
        out["display"] = display
    return out


# key: (loinc, display, ucum, low, high, french, english-short)
LAB = {
    "hb": ("718-7", "Hemoglobin [Mass/volume] in Blood", "g/dL", 12.0, 16.0, "Hémoglobine", "Haemoglobin"),
    "hbgl": ("718-7", "Hemoglobin [Mass/volume] in Blood", "g/L", 120, 160, "Hémoglobine", "Haemoglobin"),
    "wbc": ("6690-2", "Leukocytes [#/volume] in Blood by Automated count", "10*9/L", 4.0, 11.0, "Leucocytes", "White cell count"),
    "plt": ("777-3", "Platelets [#/volume] in Blood by Automated count", "10*9/L", 150, 400, "Plaquettes", "Platelets"),
    "mcv": ("787-2", "MCV [Entitic volume] by Automated count", "fL", 80, 100, "VGM", "MCV"),
    "ferritin": ("2276-4", "Ferritin [Mass/volume] in Serum or Plasma", "ug/L", 30, 400, "Ferritine", "Ferritin"),
    "crp": ("1988-5", "C reactive protein [Mass/volume] in Serum or Plasma", "mg/L", 0, 5, "CRP", "CRP"),
    "esr": ("4537-7", "Erythrocyte sedimentation rate by Westergren method", "mm/h", 0, 20, "Vitesse de sédimentation", "ESR"),
    "tsh": ("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", "m[IU]/L", 0.4, 4.0, "TSH", "TSH"),
    "ft4": ("14920-3", "Thyroxine (T4) free [Moles/volume] in Serum or Plasma", "pmol/L", 9.0, 25.0, "T4 libre", "Free T4"),
    "creat": ("14682-9", "Creatinine [Moles/volume] in Serum or Plasma", "umol/L", 60, 110, "Créatinine", "Creatinine"),
    "creatmg": ("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", "mg/dL", 0.6, 1.2, "Créatinine", "Creatinine"),
    "egfr": ("98979-8", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI 2021)", "mL/min/{1.73_m2}", 60, None, "DFG estimé (CKD-EPI)", "eGFR"),
    "na": ("2951-2", "Sodium [Moles/volume] in Serum or Plasma", "mmol/L", 135, 145, "Sodium", "Sodium"),
    "k": ("2823-3", "Potassium [Moles/volume] in Serum or Plasma", "mmol/L", 3.5, 5.1, "Potassium", "Potassium"),
    "alt": ("1742-6", "Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma", "U/L", 7, 40, "ALAT", "ALT"),
    "alp": ("6768-6", "Alkaline phosphatase [Enzymatic activity/volume] in Serum or Plasma", "U/L", 30, 130, "Phosphatases alcalines", "Alkaline phosphatase"),
    "bili": ("14631-6", "Bilirubin.total [Moles/volume] in Serum or Plasma", "umol/L", 3, 21, "Bilirubine totale", "Bilirubin"),
    "alb": ("1751-7", "Albumin [Mass/volume] in Serum or Plasma", "g/L", 35, 50, "Albumine", "Albumin"),
    "ca": ("2000-8", "Calcium [Moles/volume] in Serum or Plasma", "mmol/L", 2.20, 2.60, "Calcémie", "Calcium (adjusted)"),
    "hba1c": ("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "%", 4.0, 5.6, "HbA1c", "HbA1c"),
    "hba1cmm": ("59261-8", "Hemoglobin A1c/Hemoglobin.total in Blood by IFCC protocol", "mmol/mol", 20, 41, "HbA1c", "HbA1c"),
    "glu": ("14771-0", "Fasting glucose [Moles/volume] in Serum or Plasma", "mmol/L", 3.9, 5.5, "Glycémie à jeun", "Fasting glucose"),
    "chol": ("14647-2", "Cholesterol [Moles/volume] in Serum or Plasma", "mmol/L", None, 5.0, "Cholestérol total", "Total cholesterol"),
    "b12": ("14685-2", "Cobalamin (Vitamin B12) [Moles/volume] in Serum or Plasma", "pmol/L", 140, 650, "Vitamine B12", "Vitamin B12"),
    "folate": ("14732-2", "Folate [Moles/volume] in Serum or Plasma", "nmol/L", 7, 45, "Folates", "Folate"),
    "ttg": ("31017-7", "Tissue transglutaminase Ab.IgA [Units/volume] in Serum", "U/mL", 0, 7, "Ac anti-transglutaminase IgA", "tTG IgA"),
    "psa": ("2857-1", "Prostate specific Ag [Mass/volume] in Serum or Plasma", "ug/L", 0, 4.0, "PSA total", "PSA"),
    "ck": ("2157-6", "Creatine kinase [Enzymatic activity/volume] in Serum or Plasma", "U/L", 26, 192, "CPK", "Creatine kinase"),
    "calpro": ("38445-3", "Calprotectin [Mass/mass] in Stool", "ug/g", 0, 50, "Calprotectine fécale", "Faecal calprotectin"),
    "ntprobnp": ("33762-6", "Natriuretic peptide.B prohormone N-Terminal [Mass/volume] in Serum or Plasma", "pg/mL", 0, 125, "NT-proBNP", "NT-proBNP"),
    "rf": ("11572-5", "Rheumatoid factor [Units/volume] in Serum or Plasma", "[IU]/mL", 0, 14, "Facteur rhumatoïde", "Rheumatoid factor"),
    "ldh": ("2532-0", "Lactate dehydrogenase [Enzymatic activity/volume] in Serum or Plasma", "U/L", 135, 225, "LDH", "LDH"),
    "ca199": ("24108-3", "Cancer Ag 19-9 [Units/volume] in Serum or Plasma", "U/mL", 0, 37, "CA 19-9", "CA 19-9"),
    "lipase": ("3040-3", "Lipase [Enzymatic activity/volume] in Serum or Plasma", "U/L", 13, 60, "Lipase", "Lipase"),
    "fit": ("29771-3", "Hemoglobin.gastrointestinal.lower [Mass/volume] in Stool by Immunoassay", "ug/g", 0, 10, "Hémoglobine fécale (FIT)", "Faecal immunochemical haemoglobin"),
    "ggt": ("2324-2", "Gamma glutamyl transferase [Enzymatic activity/volume] in Serum or Plasma", "U/L", 8, 61, "Gamma GT", "GGT"),
    "tsat": ("2502-3", "Iron saturation [Mass Fraction] in Serum or Plasma", "%", 20, 50, "Coefficient de saturation", "Transferrin saturation"),
    "urate": ("14933-6", "Urate [Moles/volume] in Serum or Plasma", "umol/L", 200, 430, "Acide urique", "Urate"),
    "chitotriosidase": ("24085-3", "Chitotriosidase [Enzymatic activity/volume] in Serum or Plasma", "nmol/h/mL", 4, 120, "Chitotriosidase", "Chitotriosidase"),
    "phos": ("14879-1", "Phosphate [Moles/volume] in Serum or Plasma", "mmol/L", 0.8, 1.5, "Phosphore", "Phosphate"),
    "pth": ("14866-8", "Parathyrin.intact [Moles/volume] in Serum or Plasma", "pmol/L", 1.6, 6.9, "PTH", "PTH"),
    "ige": ("19113-0", "IgE [Units/volume] in Serum or Plasma", "[IU]/mL", 0, 100, "IgE totales", "Total IgE"),
    "eos": ("711-2", "Eosinophils [#/volume] in Blood by Automated count", "10*9/L", 0.0, 0.5, "Éosinophiles", "Eosinophils"),
}

VITAL = {
    "sbp": ("8480-6", "Systolic blood pressure", "mm[Hg]"),
    "dbp": ("8462-4", "Diastolic blood pressure", "mm[Hg]"),
    "hr": ("8867-4", "Heart rate", "/min"),
    "wt": ("29463-7", "Body weight", "kg"),
    "bmi": ("39156-5", "Body mass index (BMI) [Ratio]", "kg/m2"),
    "temp": ("8310-5", "Body temperature", "Cel"),
    "rr": ("9279-1", "Respiratory rate", "/min"),
    "spo2": ("59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry", "%"),
    "ht": ("8302-2", "Body height", "cm"),
}


class Org:
    """Profile of an originating organisation."""

    def __init__(self, key, base, tz, lang):
        self.key, self.base, self.tz, self.lang = key, base, tz, lang


class Case:
    def __init__(self, cid, org):
        self.cid = cid
        self.org = org
        self.entries = []
        self.counts = {}
        self.ids = set()
        self.patient_ref = f"Patient/{cid}"

    # ---- plumbing -------------------------------------------------------
    def _id(self, rtype, suffix=None):
        if suffix is None:
            abbrev = {"Observation": "obs", "Encounter": "enc", "Condition": "cond", "Practitioner": "pr",
                      "Organization": "org", "DocumentReference": "note", "MedicationRequest": "mrx",
                      "MedicationStatement": "mst", "MedicationAdministration": "mad", "ServiceRequest": "sr",
                      "Procedure": "proc", "CarePlan": "cp", "Communication": "comm", "QuestionnaireResponse": "qr",
                      "Flag": "flag", "DiagnosticReport": "dr", "ClinicalImpression": "ci", "Coverage": "cov",
                      "AllergyIntolerance": "alg", "Immunization": "imm", "RelatedPerson": "rp",
                      "EpisodeOfCare": "eoc", "CareTeam": "ct", "Appointment": "appt"}.get(rtype, rtype.lower())
            n = self.counts.get(abbrev, 0) + 1
            self.counts[abbrev] = n
            suffix = f"{abbrev}{n}"
        rid = f"{self.cid}-{suffix}"
        assert rid not in self.ids, rid
        self.ids.add(rid)
        return rid

    def add(self, resource, suffix=None):
        rt = resource["resourceType"]
        rid = self._id(rt, suffix) if rt != "Patient" else self.cid
        res = {"resourceType": rt, "id": rid}
        res.update({k: v for k, v in resource.items() if k != "resourceType" and v is not None})
        self.entries.append({
            "fullUrl": f"{self.org.base}/{rt}/{rid}",
            "resource": res,
            "request": {"method": "PUT", "url": f"{rt}/{rid}"},
        })
        return f"{rt}/{rid}"

    def bundle(self):
        return {"resourceType": "Bundle", "id": f"{self.cid}-bundle", "type": "transaction", "entry": self.entries}

    def inst(self, date, time="10:00:00"):
        if "T" in date:
            return date
        return f"{date}T{time}{self.org.tz}"

    # ---- administrative -------------------------------------------------
    def organization(self, name, ident=None, type_=None, address=None, telecom=None, part_of=None, alias=None):
        return self.add({"resourceType": "Organization", "active": True,
                         "identifier": [ident] if ident else None,
                         "type": [type_] if type_ else None, "name": name,
                         "alias": alias, "telecom": telecom,
                         "address": [address] if address else None,
                         "partOf": ref(part_of) if part_of else None})

    def practitioner(self, family, given, prefix=None, qual=None, ident=None, gender=None):
        name = {"family": family, "given": given if isinstance(given, list) else [given]}
        if prefix:
            name["prefix"] = [prefix]
        return self.add({"resourceType": "Practitioner", "active": True,
                         "identifier": [ident] if ident else None, "name": [name], "gender": gender,
                         "qualification": [{"code": qual if isinstance(qual, dict) else txt(qual)}] if qual else None})

    def patient(self, family, given, gender, birth, ident=None, address=None, phone=None, lang=None,
                marital=None, gp=None, org=None, contact=None, extra_ident=None):
        idents = [i for i in [ident, extra_ident] if i]
        return self.add({"resourceType": "Patient", "identifier": idents or None, "active": True,
                         "name": [{"use": "official", "family": family,
                                   "given": given if isinstance(given, list) else [given]}],
                         "telecom": [{"system": "phone", "value": phone, "use": "mobile"}] if phone else None,
                         "gender": gender, "birthDate": birth,
                         "address": [address] if address else None,
                         "maritalStatus": marital,
                         "contact": contact,
                         "communication": [{"language": cc(("urn:ietf:bcp:47", lang, None)), "preferred": True}] if lang else None,
                         "generalPractitioner": [ref(gp)] if gp else None,
                         "managingOrganization": ref(org) if org else None})

    def related(self, rel_code, rel_display, family, given, gender=None, phone=None, text=None):
        return self.add({"resourceType": "RelatedPerson", "active": True, "patient": ref(self.patient_ref),
                         "relationship": [cc(("http://terminology.hl7.org/CodeSystem/v3-RoleCode", rel_code, rel_display), text=text)],
                         "name": [{"family": family, "given": [given]}], "gender": gender,
                         "telecom": [{"system": "phone", "value": phone}] if phone else None})

    def coverage(self, payor, type_cc, member_id=None, start=None, end=None, cls=None):
        res = {"resourceType": "Coverage", "status": "active", "type": type_cc,
               "subscriberId": member_id, "beneficiary": ref(self.patient_ref),
               "relationship": cc(("http://terminology.hl7.org/CodeSystem/subscriber-relationship", "self", "Self")),
               "period": {k: v for k, v in (("start", start), ("end", end)) if v} or None,
               "payor": [ref(payor)]}
        if cls:
            res["class"] = [{"type": cc(("http://terminology.hl7.org/CodeSystem/coverage-class", "plan", "Plan")),
                             "value": cls[0], "name": cls[1]}]
        return self.add(res)

    # ---- clinical -------------------------------------------------------
    def encounter(self, date, cls="AMB", type_text=None, type_cc=None, reason=None, practitioner=None, org=None,
                  status="finished", end=None, admit_source=None, discharge=None, diagnosis=None, location_text=None,
                  priority=None):
        res = {"resourceType": "Encounter", "status": status,
               "class": {"system": V3ACT, "code": cls,
                         "display": {"AMB": "ambulatory", "IMP": "inpatient encounter", "EMER": "emergency",
                                     "VR": "virtual", "HH": "home health", "SS": "short stay"}.get(cls, cls)},
               "type": [type_cc or txt(type_text)] if (type_cc or type_text) else None,
               "priority": priority,
               "subject": ref(self.patient_ref),
               "participant": [{"individual": ref(practitioner)}] if practitioner else None,
               "period": {"start": self.inst(date, "09:00:00") if status != "planned" else date,
                          **({"end": self.inst(end, "17:00:00")} if end else ({"end": self.inst(date, "09:40:00")} if status == "finished" else {}))},
               "reasonCode": [r if isinstance(r, dict) else txt(r) for r in (reason if isinstance(reason, list) else [reason])] if reason else None,
               "serviceProvider": ref(org) if org else None}
        if admit_source or discharge:
            h = {}
            if admit_source:
                h["admitSource"] = admit_source
            if discharge:
                h["dischargeDisposition"] = discharge
            res["hospitalization"] = h
        if diagnosis:
            res["diagnosis"] = [{"condition": ref(c), "rank": i + 1} for i, c in enumerate(diagnosis)]
        return self.add(res)

    def condition(self, code, onset=None, clinical="active", verification="confirmed", category="problem-list-item",
                  recorded=None, abatement=None, note=None, severity=None, encounter=None, recorder=None,
                  evidence=None, body_site=None, stage=None):
        return self.add({"resourceType": "Condition",
                         "clinicalStatus": cc((CONDCLIN, clinical, None)) if clinical else None,
                         "verificationStatus": cc((CONDVER, verification, None)),
                         "category": [cc((CONDCAT, category, {"problem-list-item": "Problem List Item", "encounter-diagnosis": "Encounter Diagnosis"}[category]))],
                         "severity": severity, "code": code, "bodySite": [body_site] if body_site else None,
                         "subject": ref(self.patient_ref), "encounter": ref(encounter) if encounter else None,
                         "onsetDateTime": onset, "abatementDateTime": abatement,
                         "recordedDate": recorded or onset, "recorder": ref(recorder) if recorder else None,
                         "stage": [{"summary": stage}] if stage else None,
                         "evidence": [{"detail": [ref(e) for e in evidence]}] if evidence else None,
                         "note": [{"text": note}] if note else None})

    def obs(self, code, date, value=None, category="laboratory", interp=None, rr=None, encounter=None,
            performer=None, components=None, note=None, status="final", method=None, derived=None, issued=True,
            body_site=None):
        res = {"resourceType": "Observation", "status": status,
               "category": [cc((OBSCAT, category, {"laboratory": "Laboratory", "vital-signs": "Vital Signs",
                                                   "survey": "Survey", "exam": "Exam", "imaging": "Imaging",
                                                   "procedure": "Procedure", "social-history": "Social History",
                                                   "activity": "Activity"}[category]))],
               "code": code, "subject": ref(self.patient_ref),
               "encounter": ref(encounter) if encounter else None,
               "effectiveDateTime": date,
               "issued": self.inst(date, "16:00:00") if issued and category in ("laboratory", "imaging", "procedure") else None,
               "performer": [ref(performer)] if performer else None,
               "bodySite": body_site, "method": method}
        if isinstance(value, dict) and "value" in value and "unit" in value:
            res["valueQuantity"] = value
        elif isinstance(value, dict) and ("coding" in value or "text" in value):
            res["valueCodeableConcept"] = value
        elif isinstance(value, bool):
            res["valueBoolean"] = value
        elif isinstance(value, int):
            res["valueInteger"] = value
        elif isinstance(value, str):
            res["valueString"] = value
        if interp:
            res["interpretation"] = [cc((INTERP, interp, {"N": "Normal", "H": "High", "L": "Low", "A": "Abnormal",
                                                         "HH": "Critical high", "LL": "Critical low", "POS": "Positive",
                                                         "NEG": "Negative", "W": "Worse", "B": "Better"}.get(interp)))]
        if note:
            res["note"] = [{"text": note}]
        if rr:
            res["referenceRange"] = rr
        if components:
            res["component"] = components
        if derived:
            res["derivedFrom"] = [ref(d) for d in derived]
        return self.add(res)

    def lab(self, key, date, value, encounter=None, interp=None, low=None, high=None, performer=None, note=None):
        loinc, disp, unit, lo, hi, fr, en = LAB[key]
        lo = lo if low is None else low
        hi = hi if high is None else high
        rng = {}
        if lo is not None:
            rng["low"] = qty(lo, unit)
        if hi is not None:
            rng["high"] = qty(hi, unit)
        if interp is None:
            interp = "N"
            if lo is not None and value < lo:
                interp = "L"
            if hi is not None and value > hi:
                interp = "H"
        label = fr if self.org.lang.startswith("fr") else en
        return self.obs(cc((LOINC, loinc, disp), text=label), date, qty(value, unit), "laboratory", interp,
                        [rng] if rng else None, encounter, performer, note=note)

    def labs(self, date, values, title=None, encounter=None, performer=None, conclusion=None, code=None,
             interp_over=None, ranges=None):
        """values: {key: value}; returns (report ref, list of obs refs)."""
        refs = []
        interp_over = interp_over or {}
        ranges = ranges or {}
        for k, v in values.items():
            lo, hi = ranges.get(k, (None, None))
            refs.append(self.lab(k, date, v, encounter, interp_over.get(k), lo, hi, performer))
        rep = self.add({"resourceType": "DiagnosticReport", "status": "final",
                        "category": [cc(("http://terminology.hl7.org/CodeSystem/v2-0074", "LAB", "Laboratory"))],
                        "code": code or txt(title or "Laboratory panel"),
                        "subject": ref(self.patient_ref), "encounter": ref(encounter) if encounter else None,
                        "effectiveDateTime": date, "issued": self.inst(date, "17:30:00"),
                        "performer": [ref(performer)] if performer else None,
                        "result": [ref(r) for r in refs], "conclusion": conclusion})
        return rep, refs

    def vitals(self, date, sbp=None, dbp=None, hr=None, wt=None, bmi=None, temp=None, spo2=None, rr=None,
               encounter=None, ht=None):
        out = []
        if sbp is not None:
            out.append(self.obs(cc((LOINC, "85354-9", "Blood pressure panel with all children optional"), text="Blood pressure"),
                                date, None, "vital-signs", encounter=encounter,
                                components=[{"code": cc((LOINC, "8480-6", "Systolic blood pressure")), "valueQuantity": qty(sbp, "mmHg", "mm[Hg]")},
                                            {"code": cc((LOINC, "8462-4", "Diastolic blood pressure")), "valueQuantity": qty(dbp, "mmHg", "mm[Hg]")}]))
        for key, val in (("hr", hr), ("wt", wt), ("bmi", bmi), ("temp", temp), ("spo2", spo2), ("rr", rr), ("ht", ht)):
            if val is None:
                continue
            code, disp, unit = VITAL[key]
            u = {"mm[Hg]": "mmHg", "/min": "/min", "Cel": "Cel"}.get(unit, unit)
            out.append(self.obs(cc((LOINC, code, disp)), date, qty(val, u if key != "hr" and key != "rr" else "/min", unit),
                                "vital-signs", encounter=encounter))
        return out

    def score(self, code, date, value, encounter=None, interp=None, note=None, unit="{score}", rr=None, derived=None):
        v = value if isinstance(value, int) else qty(value, unit)
        if isinstance(value, int):
            v = value
        return self.obs(code, date, v, "survey", interp, rr, encounter, note=note, derived=derived)

    def med_request(self, med, authored, status="active", intent="order", dosage=None, requester=None, reason=None,
                    reason_ref=None, repeats=None, quantity=None, supply_days=None, course="continuous",
                    start=None, end=None, note=None, encounter=None, status_reason=None, category=None):
        dr = {}
        if repeats is not None:
            dr["numberOfRepeatsAllowed"] = repeats
        if quantity:
            dr["quantity"] = quantity
        if supply_days:
            dr["expectedSupplyDuration"] = {"value": supply_days, "unit": "days", "system": UCUM, "code": "d"}
        if start or end:
            dr["validityPeriod"] = {k: v for k, v in (("start", start), ("end", end)) if v}
        return self.add({"resourceType": "MedicationRequest", "status": status, "intent": intent,
                         "statusReason": txt(status_reason) if status_reason else None,
                         "category": [category] if category else None,
                         "medicationCodeableConcept": med, "subject": ref(self.patient_ref),
                         "encounter": ref(encounter) if encounter else None,
                         "authoredOn": authored, "requester": ref(requester) if requester else None,
                         "reasonCode": [reason if isinstance(reason, dict) else txt(reason)] if reason else None,
                         "reasonReference": [ref(r) for r in reason_ref] if reason_ref else None,
                         "courseOfTherapyType": cc(("http://terminology.hl7.org/CodeSystem/medicationrequest-course-of-therapy", course,
                                                     {"continuous": "Continuous long term therapy", "acute": "Short course (acute) therapy",
                                                      "seasonal": "Seasonal"}[course])) if course else None,
                         "note": [{"text": note}] if note else None,
                         "dosageInstruction": [{"text": dosage}] if dosage else None,
                         "dispenseRequest": dr or None})

    def med_statement(self, med, status="active", start=None, end=None, asserted=None, dosage=None, reason=None,
                      reason_ref=None, note=None, status_reason=None, info_source=None):
        eff = {k: v for k, v in (("start", start), ("end", end)) if v}
        return self.add({"resourceType": "MedicationStatement", "status": status,
                         "statusReason": [txt(status_reason)] if status_reason else None,
                         "medicationCodeableConcept": med, "subject": ref(self.patient_ref),
                         "effectivePeriod": eff or None, "dateAsserted": asserted,
                         "informationSource": ref(info_source) if info_source else None,
                         "reasonCode": [reason if isinstance(reason, dict) else txt(reason)] if reason else None,
                         "reasonReference": [ref(r) for r in reason_ref] if reason_ref else None,
                         "note": [{"text": note}] if note else None,
                         "dosage": [{"text": dosage}] if dosage else None})

    def med_admin(self, med, date, status="completed", dose_text=None, dose=None, route=None, reason_ref=None,
                  performer=None, request=None, encounter=None):
        dosage = {}
        if dose_text:
            dosage["text"] = dose_text
        if route:
            dosage["route"] = route
        if dose:
            dosage["dose"] = dose
        return self.add({"resourceType": "MedicationAdministration", "status": status,
                         "medicationCodeableConcept": med, "subject": ref(self.patient_ref),
                         "context": ref(encounter) if encounter else None,
                         "effectiveDateTime": self.inst(date, "11:00:00"),
                         "performer": [{"actor": ref(performer)}] if performer else None,
                         "reasonReference": [ref(r) for r in reason_ref] if reason_ref else None,
                         "request": ref(request) if request else None,
                         "dosage": dosage or None})

    def service_request(self, code, authored, status="active", intent="order", category=None, occurrence=None,
                        requester=None, performer=None, reason=None, reason_ref=None, note=None, priority=None,
                        encounter=None, occurrence_period=None, patient_instruction=None, based_on=None):
        return self.add({"resourceType": "ServiceRequest", "status": status, "intent": intent,
                         "basedOn": [ref(b) for b in based_on] if based_on else None,
                         "category": [category] if category else None, "priority": priority,
                         "code": code, "subject": ref(self.patient_ref),
                         "encounter": ref(encounter) if encounter else None,
                         "occurrenceDateTime": occurrence,
                         "occurrencePeriod": occurrence_period,
                         "authoredOn": authored, "requester": ref(requester) if requester else None,
                         "performer": [ref(performer)] if performer else None,
                         "reasonCode": [r if isinstance(r, dict) else txt(r) for r in (reason if isinstance(reason, list) else [reason])] if reason else None,
                         "reasonReference": [ref(r) for r in reason_ref] if reason_ref else None,
                         "note": [{"text": note}] if note else None,
                         "patientInstruction": patient_instruction})

    def procedure(self, code, status="completed", date=None, performer=None, reason_ref=None, reason=None,
                  note=None, based_on=None, encounter=None, outcome=None, category=None, body_site=None,
                  status_reason=None):
        return self.add({"resourceType": "Procedure", "status": status,
                         "statusReason": txt(status_reason) if status_reason else None,
                         "basedOn": [ref(b) for b in based_on] if based_on else None,
                         "category": category, "code": code, "subject": ref(self.patient_ref),
                         "encounter": ref(encounter) if encounter else None,
                         "performedDateTime": date,
                         "performer": [{"actor": ref(performer)}] if performer else None,
                         "reasonCode": [reason if isinstance(reason, dict) else txt(reason)] if reason else None,
                         "reasonReference": [ref(r) for r in reason_ref] if reason_ref else None,
                         "bodySite": [body_site] if body_site else None,
                         "outcome": txt(outcome) if outcome else None,
                         "note": [{"text": note}] if note else None})

    def careplan(self, title, created, status="active", intent="plan", category=None, addresses=None,
                 activities=None, description=None, author=None, start=None, end=None, note=None):
        acts = []
        for a in activities or []:
            code, st, desc = a
            d = {"status": st}
            if code:
                d["code"] = code
            if desc:
                d["description"] = desc
            acts.append({"detail": d})
        return self.add({"resourceType": "CarePlan", "status": status, "intent": intent,
                         "category": [category] if category else None, "title": title,
                         "description": description, "subject": ref(self.patient_ref),
                         "period": {k: v for k, v in (("start", start or created), ("end", end)) if v},
                         "created": created, "author": ref(author) if author else None,
                         "addresses": [ref(a) for a in addresses] if addresses else None,
                         "activity": acts or None,
                         "note": [{"text": note}] if note else None})

    def communication(self, sent, text, sender, recipient=None, category=None, medium=None, status="completed",
                      about=None, in_response_to=None, topic=None):
        return self.add({"resourceType": "Communication", "status": status,
                         "category": [category] if category else None,
                         "medium": [medium] if medium else None,
                         "subject": ref(self.patient_ref), "topic": topic,
                         "about": [ref(a) for a in about] if about else None,
                         "inResponseTo": [ref(i) for i in in_response_to] if in_response_to else None,
                         "sent": self.inst(sent, "20:15:00"),
                         "recipient": [ref(r) for r in (recipient if isinstance(recipient, list) else [recipient])] if recipient else None,
                         "sender": ref(sender), "payload": [{"contentString": text}]})

    def questionnaire_response(self, authored, items, questionnaire=None, author=None, source=None, encounter=None):
        return self.add({"resourceType": "QuestionnaireResponse", "questionnaire": questionnaire,
                         "status": "completed", "subject": ref(self.patient_ref),
                         "encounter": ref(encounter) if encounter else None,
                         "authored": self.inst(authored, "11:20:00"),
                         "author": ref(author) if author else None,
                         "source": ref(source) if source else None, "item": items})

    def flag(self, code, start, author=None, status="active", category=None, end=None):
        return self.add({"resourceType": "Flag", "status": status,
                         "category": [category] if category else None, "code": code,
                         "subject": ref(self.patient_ref),
                         "period": {k: v for k, v in (("start", start), ("end", end)) if v},
                         "author": ref(author) if author else None})

    def note(self, date, text, type_cc, author=None, encounter=None, title=None, lang=None, description=None,
             category=None, related=None):
        data = base64.b64encode(text.encode("utf-8")).decode("ascii")
        att = {"contentType": "text/plain", "language": lang or self.org.lang, "data": data,
               "title": title, "creation": self.inst(date, "12:00:00")}
        att = {k: v for k, v in att.items() if v}
        ctx = {}
        if encounter:
            ctx["encounter"] = [ref(encounter)]
        ctx["period"] = {"start": date}
        if related:
            ctx["related"] = [ref(r) for r in related]
        return self.add({"resourceType": "DocumentReference", "status": "current", "docStatus": "final",
                         "type": type_cc, "category": [category] if category else None,
                         "subject": ref(self.patient_ref), "date": self.inst(date, "12:00:00"),
                         "author": [ref(author)] if author else None, "description": description or title,
                         "content": [{"attachment": att}], "context": ctx})

    def report(self, code, date, conclusion=None, category=None, results=None, performer=None, conclusion_code=None,
               encounter=None, status="final", based_on=None, presented_text=None):
        res = {"resourceType": "DiagnosticReport", "status": status,
               "basedOn": [ref(b) for b in based_on] if based_on else None,
               "category": [category] if category else None, "code": code,
               "subject": ref(self.patient_ref), "encounter": ref(encounter) if encounter else None,
               "effectiveDateTime": date, "issued": self.inst(date, "18:00:00"),
               "performer": [ref(performer)] if performer else None,
               "result": [ref(r) for r in results] if results else None,
               "conclusion": conclusion,
               "conclusionCode": conclusion_code}
        if presented_text:
            res["presentedForm"] = [{"contentType": "text/plain",
                                     "data": base64.b64encode(presented_text.encode("utf-8")).decode("ascii")}]
        return self.add(res)

    def impression(self, date, description, summary, assessor=None, problems=None, findings=None, status="completed",
                   encounter=None, note=None):
        return self.add({"resourceType": "ClinicalImpression", "status": status, "description": description,
                         "subject": ref(self.patient_ref), "encounter": ref(encounter) if encounter else None,
                         "effectiveDateTime": date, "date": self.inst(date, "15:00:00"),
                         "assessor": ref(assessor) if assessor else None,
                         "problem": [ref(p) for p in problems] if problems else None,
                         "summary": summary,
                         "finding": [{"itemCodeableConcept": f} for f in findings] if findings else None,
                         "note": [{"text": note}] if note else None})

    def allergy(self, code, recorded, reaction=None, criticality="low"):
        return self.add({"resourceType": "AllergyIntolerance",
                         "clinicalStatus": cc(("http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical", "active", "Active")),
                         "verificationStatus": cc(("http://terminology.hl7.org/CodeSystem/allergyintolerance-verification", "confirmed", "Confirmed")),
                         "criticality": criticality, "code": code, "patient": ref(self.patient_ref),
                         "recordedDate": recorded,
                         "reaction": [{"manifestation": [txt(reaction)]}] if reaction else None})

    def immunization(self, cvx, display, date, lot=None):
        return self.add({"resourceType": "Immunization", "status": "completed",
                         "vaccineCode": cc(("http://hl7.org/fhir/sid/cvx", cvx, display)),
                         "patient": ref(self.patient_ref), "occurrenceDateTime": date,
                         "primarySource": True, "lotNumber": lot})

    def appointment(self, start, description, participants, status="booked", service_type=None, reason_ref=None,
                    minutes=30):
        end_h = f"{start}T09:{minutes:02d}:00{self.org.tz}" if minutes < 60 else f"{start}T10:00:00{self.org.tz}"
        return self.add({"resourceType": "Appointment", "status": status,
                         "serviceType": [service_type] if service_type else None,
                         "reasonReference": [ref(r) for r in reason_ref] if reason_ref else None,
                         "description": description, "start": f"{start}T09:00:00{self.org.tz}", "end": end_h,
                         "participant": [{"actor": ref(p), "status": "accepted"} for p in [self.patient_ref] + participants]})


def write_json(path, obj):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=2)
        f.write("\n")
