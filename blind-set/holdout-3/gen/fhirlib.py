"""Small helpers to write FHIR R4 transaction bundles by hand-ish."""
import base64

SCT = "http://snomed.info/sct"
ICD = "http://hl7.org/fhir/sid/icd-10-cm"
CPT = "http://www.ama-assn.org/go/cpt"
HCPCS = "http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets"
LN = "http://loinc.org"
RX = "http://www.nlm.nih.gov/research/umls/rxnorm"
UCUM = "http://unitsofmeasure.org"
NPI = "http://hl7.org/fhir/sid/us-npi"
V3ACT = "http://terminology.hl7.org/CodeSystem/v3-ActCode"
OBSCAT = "http://terminology.hl7.org/CodeSystem/observation-category"
INTERP = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation"
CLIN = "http://terminology.hl7.org/CodeSystem/condition-clinical"
VER = "http://terminology.hl7.org/CodeSystem/condition-ver-status"
CONDCAT = "http://terminology.hl7.org/CodeSystem/condition-category"
V20203 = "http://terminology.hl7.org/CodeSystem/v2-0203"
V20336 = "http://terminology.hl7.org/CodeSystem/v2-0336"

INTERP_DISPLAY = {"N": "Normal", "H": "High", "L": "Low", "HH": "Critical high", "LL": "Critical low",
                  "A": "Abnormal", "POS": "Positive", "NEG": "Negative"}

ABBR = {"Organization": "org", "Practitioner": "pr", "Encounter": "enc", "Condition": "cond",
        "Observation": "obs", "MedicationRequest": "rx", "MedicationStatement": "ms",
        "DocumentReference": "doc", "ServiceRequest": "sr", "Procedure": "proc", "CarePlan": "cp",
        "Communication": "msg", "QuestionnaireResponse": "qr", "Flag": "flag", "DiagnosticReport": "dr",
        "ClinicalImpression": "ci", "Appointment": "appt", "Coverage": "cov", "RelatedPerson": "rp",
        "AllergyIntolerance": "alg", "Immunization": "imm", "MedicationAdministration": "madm",
        "CareTeam": "ct", "Location": "loc"}

# common labs: key -> (loinc, display, ucum unit)
LAB = {
    "hb": ("718-7", "Hemoglobin [Mass/volume] in Blood", "g/dL"),
    "wbc": ("6690-2", "Leukocytes [#/volume] in Blood by Automated count", "10*3/uL"),
    "plt": ("777-3", "Platelets [#/volume] in Blood by Automated count", "10*3/uL"),
    "mcv": ("787-2", "MCV [Entitic volume] by Automated count", "fL"),
    "ferritin": ("2276-4", "Ferritin [Mass/volume] in Serum or Plasma", "ng/mL"),
    "na": ("2951-2", "Sodium [Moles/volume] in Serum or Plasma", "mmol/L"),
    "k": ("2823-3", "Potassium [Moles/volume] in Serum or Plasma", "mmol/L"),
    "cr": ("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", "mg/dL"),
    "bun": ("3094-0", "Urea nitrogen [Mass/volume] in Serum or Plasma", "mg/dL"),
    "glu": ("2345-7", "Glucose [Mass/volume] in Serum or Plasma", "mg/dL"),
    "egfr": ("98979-8", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI 2021)", "mL/min/{1.73_m2}"),
    "a1c": ("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "%"),
    "tsh": ("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", "m[IU]/L"),
    "ft4": ("3024-7", "Thyroxine (T4) free [Mass/volume] in Serum or Plasma", "ng/dL"),
    "crp": ("1988-5", "C reactive protein [Mass/volume] in Serum or Plasma", "mg/L"),
    "esr": ("4537-7", "Erythrocyte sedimentation rate by Westergren method", "mm/h"),
    "ck": ("2157-6", "Creatine kinase [Enzymatic activity/volume] in Serum or Plasma", "U/L"),
    "alt": ("1742-6", "Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma", "U/L"),
    "ast": ("1920-8", "Aspartate aminotransferase [Enzymatic activity/volume] in Serum or Plasma", "U/L"),
    "alb": ("1751-7", "Albumin [Mass/volume] in Serum or Plasma", "g/dL"),
    "tbili": ("1975-2", "Bilirubin.total [Mass/volume] in Serum or Plasma", "mg/dL"),
    "inr": ("6301-6", "INR in Platelet poor plasma by Coagulation assay", "{INR}"),
    "psa": ("2857-1", "Prostate specific Ag [Mass/volume] in Serum or Plasma", "ng/mL"),
    "ldl": ("13457-7", "Cholesterol in LDL [Mass/volume] in Serum or Plasma by calculation", "mg/dL"),
    "uacr": ("9318-7", "Albumin/Creatinine [Mass Ratio] in Urine", "mg/g{creat}"),
    "ntbnp": ("33762-6", "Natriuretic peptide.B prohormone N-Terminal [Mass/volume] in Serum or Plasma", "pg/mL"),
    "mg": ("19123-9", "Magnesium [Mass/volume] in Serum or Plasma", "mg/dL"),
    "b12": ("2132-9", "Cobalamin (Vitamin B12) [Mass/volume] in Serum or Plasma", "pg/mL"),
    "hstnI": ("89579-7", "Troponin I.cardiac [Mass/volume] in Serum or Plasma by High sensitivity method", "ng/L"),
    "cea": ("2039-6", "Carcinoembryonic Ag [Mass/volume] in Serum or Plasma", "ng/mL"),
    "ca199": ("24108-3", "Cancer Ag 19-9 [Units/volume] in Serum or Plasma", "[U]/mL"),
    "ttg": ("31017-7", "Tissue transglutaminase Ab.IgA [Units/volume] in Serum", "[U]/mL"),
    "lvef": ("10230-1", "Left ventricular Ejection fraction", "%"),
    "phq9": ("44261-6", "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]", "{score}"),
    "gad7": ("70274-6", "Generalized anxiety disorder 7 item (GAD-7) total score [Reported.PHQ]", "{score}"),
    "pain": ("72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported", "{score}"),
    "hct": ("4544-3", "Hematocrit [Volume Fraction] of Blood by Automated count", "%"),
    "iron": ("2498-4", "Iron [Mass/volume] in Serum or Plasma", "ug/dL"),
    "tsat": ("2502-3", "Iron saturation [Mass Fraction] in Serum or Plasma", "%"),
    "alp": ("6768-6", "Alkaline phosphatase [Enzymatic activity/volume] in Serum or Plasma", "U/L"),
    "lipase": ("3040-3", "Lipase [Enzymatic activity/volume] in Serum or Plasma", "U/L"),
    "rf": ("11572-5", "Rheumatoid factor [Units/volume] in Serum or Plasma", "[IU]/mL"),
    "ccp": ("53027-9", "Cyclic citrullinated peptide Ab [Units/volume] in Serum", "[U]/mL"),
    "chol": ("2093-3", "Cholesterol [Mass/volume] in Serum or Plasma", "mg/dL"),
    "phos": ("2777-1", "Phosphate [Mass/volume] in Serum or Plasma", "mg/dL"),
    "pth": ("2731-8", "Parathyrin.intact [Mass/volume] in Serum or Plasma", "pg/mL"),
}


def b64(text):
    return base64.b64encode(text.strip().encode("utf-8")).decode("ascii")


def coding(system, code, display):
    return {"system": system, "code": code, "display": display}


def cc(*codings, text=None):
    d = {}
    if codings:
        d["coding"] = [coding(*c) for c in codings]
    if text:
        d["text"] = text
    elif codings:
        d["text"] = codings[0][2]
    return d


def R(ref, display=None):
    d = {"reference": ref}
    if display:
        d["display"] = display
    return d


def qty(v, unit, code=None):
    return {"value": v, "unit": unit, "system": UCUM, "code": code or unit}


class Case:
    def __init__(self, cid, site):
        self.cid = cid
        self.site = site
        self.base = site["base"].rstrip("/")
        self.tz = site.get("tz", "-05:00")
        self.entries = []
        self.counts = {}
        self.pid = None
        self.patient_ref = None
        self.org_ref = None

    # ---------- plumbing ----------
    def t(self, d, hm="09:30"):
        if "T" in d or len(d) < 10:
            return d
        return f"{d}T{hm}:00{self.tz}"

    def nid(self, kind):
        self.counts[kind] = self.counts.get(kind, 0) + 1
        return f"{self.cid}-{kind}{self.counts[kind]}"

    def add(self, res, kind=None):
        rt = res["resourceType"]
        if "id" not in res:
            res["id"] = self.nid(kind or ABBR[rt])
        ordered = {"resourceType": rt, "id": res["id"]}
        ordered.update({k: v for k, v in res.items() if k not in ("resourceType", "id")})
        self.entries.append({
            "fullUrl": f"{self.base}/{rt}/{res['id']}",
            "resource": ordered,
            "request": {"method": "PUT", "url": f"{rt}/{res['id']}"},
        })
        return f"{rt}/{res['id']}"

    def bundle(self):
        """Local times are written with the site's standard offset; relabel those that fall in US daylight time."""
        import re
        dst = {"2024": ("2024-03-10", "2024-11-03"), "2025": ("2025-03-09", "2025-11-02"),
               "2026": ("2026-03-08", "2026-11-01"), "2027": ("2027-03-14", "2027-11-07")}
        pat = re.compile(r"^(\d{4})-(\d\d-\d\d)T(\d\d:\d\d:\d\d(?:\.\d+)?)([+-])(\d\d):00$")
        no_dst = self.site.get("no_dst", False)

        def fix(v):
            m = pat.match(v)
            if not m or no_dst or m.group(1) not in dst:
                return v
            day = f"{m.group(1)}-{m.group(2)}"
            lo, hi = dst[m.group(1)]
            if lo <= day < hi and f"{m.group(4)}{m.group(5)}:00" == self.tz:
                return f"{day}T{m.group(3)}-{int(m.group(5)) - 1:02d}:00"
            return v

        def walk(n):
            if isinstance(n, dict):
                return {k: walk(v) for k, v in n.items()}
            if isinstance(n, list):
                return [walk(x) for x in n]
            if isinstance(n, str):
                return fix(n)
            return n
        return {"resourceType": "Bundle", "type": "transaction", "entry": walk(self.entries)}

    @property
    def subj(self):
        return R(self.patient_ref)

    # ---------- actors ----------
    def org(self, name, npi=None, kind="prov", city=None, state=None, alias=None):
        r = {"resourceType": "Organization", "active": True, "name": name,
             "type": [cc(("http://terminology.hl7.org/CodeSystem/organization-type", kind,
                          {"prov": "Healthcare Provider", "pay": "Payer", "dept": "Hospital Department"}[kind]))]}
        if npi:
            r["identifier"] = [{"system": NPI, "value": npi}]
        if city:
            r["address"] = [{"city": city, "state": state, "country": "US"}]
        if alias:
            r["alias"] = [alias]
        ref = self.add(r)
        if self.org_ref is None and kind == "prov":
            self.org_ref = ref
        return ref

    def pract(self, given, family, npi, suffix="MD", gender=None):
        r = {"resourceType": "Practitioner", "active": True,
             "identifier": [{"system": NPI, "value": npi}],
             "name": [{"use": "official", "family": family, "given": given.split(), "suffix": [suffix]}]}
        if gender:
            r["gender"] = gender
        return self.add(r)

    def patient(self, given, family, gender, dob, mrn, line, city, state, zipc, phone,
                gp=None, marital=None, lang=("en", "English"), deceased=None):
        r = {"resourceType": "Patient", "id": self.cid, "active": True,
             "identifier": [{"use": "usual",
                             "type": cc(("http://terminology.hl7.org/CodeSystem/v2-0203", "MR", "Medical record number"), text="MRN"),
                             "system": self.site["mrn_system"], "value": mrn}],
             "name": [{"use": "official", "family": family, "given": given.split()}],
             "telecom": [{"system": "phone", "value": phone, "use": "home"}],
             "gender": gender, "birthDate": dob,
             "address": [{"use": "home", "line": [line], "city": city, "state": state, "postalCode": zipc, "country": "US"}],
             "communication": [{"language": cc(("urn:ietf:bcp:47", lang[0], lang[1])), "preferred": True}]}
        if marital:
            codes = {"M": "Married", "S": "Never Married", "W": "Widowed", "D": "Divorced"}
            r["maritalStatus"] = cc(("http://terminology.hl7.org/CodeSystem/v3-MaritalStatus", marital, codes[marital]))
        if gp:
            r["generalPractitioner"] = [R(gp)]
        if self.org_ref:
            r["managingOrganization"] = R(self.org_ref)
        self.pid = self.cid
        self.patient_ref = self.add(r)
        return self.patient_ref

    def related(self, given, family, rel_code, rel_display, phone=None, gender=None):
        r = {"resourceType": "RelatedPerson", "active": True, "patient": self.subj,
             "relationship": [cc(("http://terminology.hl7.org/CodeSystem/v3-RoleCode", rel_code, rel_display))],
             "name": [{"family": family, "given": given.split()}]}
        if phone:
            r["telecom"] = [{"system": "phone", "value": phone}]
        if gender:
            r["gender"] = gender
        return self.add(r)

    def coverage(self, payer, plan, member_id, start, kind=("HIP", "health insurance plan policy"), group=None):
        r = {"resourceType": "Coverage", "status": "active",
             "type": cc(("http://terminology.hl7.org/CodeSystem/v3-ActCode", kind[0], kind[1])),
             "subscriberId": member_id, "beneficiary": self.subj,
             "relationship": cc(("http://terminology.hl7.org/CodeSystem/subscriber-relationship", "self", "Self")),
             "period": {"start": start}, "payor": [R(payer)],
             "class": [{"type": cc(("http://terminology.hl7.org/CodeSystem/coverage-class", "plan", "Plan")),
                        "value": group or member_id[:6], "name": plan}]}
        return self.add(r)

    # ---------- clinical ----------
    def enc(self, date, cls="AMB", etype=None, reason=None, pract=None, end=None, status="finished",
            org=None, hm="09:00", minutes=30, diagnoses=None, service_type=None, priority=None,
            admit_source=None, discharge=None, reason_ref=None):
        cls_disp = {"AMB": "ambulatory", "EMER": "emergency", "IMP": "inpatient encounter",
                    "VR": "virtual", "HH": "home health", "OBSENC": "observation encounter"}[cls]
        start = self.t(date, hm)
        if end is None:
            h, m = map(int, hm.split(":"))
            m2 = h * 60 + m + minutes
            end_t = self.t(date, f"{m2 // 60:02d}:{m2 % 60:02d}")
        else:
            end_t = self.t(end, "11:00")
        r = {"resourceType": "Encounter", "status": status,
             "class": {"system": V3ACT, "code": cls, "display": cls_disp},
             "subject": self.subj, "period": {"start": start}}
        if status == "finished":
            r["period"]["end"] = end_t
        if etype:
            r["type"] = [etype]
        if service_type:
            r["serviceType"] = service_type
        if priority:
            r["priority"] = priority
        if pract:
            r["participant"] = [{"type": [cc(("http://terminology.hl7.org/CodeSystem/v3-ParticipationType", "ATND", "attender"))],
                                 "individual": R(pract)}]
        if reason:
            r["reasonCode"] = reason if isinstance(reason, list) else [reason]
        if reason_ref:
            r["reasonReference"] = [R(x) for x in reason_ref]
        if diagnoses:
            r["diagnosis"] = [{"condition": R(d), "rank": i + 1} for i, d in enumerate(diagnoses)]
        if admit_source or discharge:
            h = {}
            if admit_source:
                h["admitSource"] = cc(("http://terminology.hl7.org/CodeSystem/admit-source", admit_source[0], admit_source[1]))
            if discharge:
                h["dischargeDisposition"] = cc(("http://terminology.hl7.org/CodeSystem/discharge-disposition", discharge[0], discharge[1]))
            r["hospitalization"] = h
        r["serviceProvider"] = R(org or self.org_ref)
        ref = self.add(r)
        self.__dict__.setdefault("enc_times", {})[ref] = (date, hm)
        return ref

    def _hm_for(self, enc, date, hm, offset):
        """Time-stamp results taken during an encounter shortly after it starts."""
        et = self.__dict__.get("enc_times", {}).get(enc)
        if et and et[0] == date[:10] and "T" not in date:
            h, m = map(int, et[1].split(":"))
            t = h * 60 + m + offset
            return f"{t // 60:02d}:{t % 60:02d}"
        return hm

    def cond(self, code, onset=None, clinical="active", ver="confirmed", cat="problem-list-item",
             abated=None, recorded=None, enc=None, note=None, severity=None, asserter=None, onset_text=None,
             body_site=None, stage=None):
        r = {"resourceType": "Condition",
             "clinicalStatus": cc((CLIN, clinical, clinical.capitalize())),
             "verificationStatus": cc((VER, ver, ver.capitalize())),
             "category": [cc((CONDCAT, cat, {"problem-list-item": "Problem List Item",
                                             "encounter-diagnosis": "Encounter Diagnosis"}[cat]))],
             "code": code, "subject": self.subj}
        if severity:
            r["severity"] = severity
        if body_site:
            r["bodySite"] = [body_site]
        if enc:
            r["encounter"] = R(enc)
        if onset:
            r["onsetDateTime"] = onset
        elif onset_text:
            r["onsetString"] = onset_text
        if abated:
            r["abatementDateTime"] = abated
        r["recordedDate"] = recorded or onset or "2026-01-01"
        if asserter:
            r["asserter"] = R(asserter)
        if stage:
            r["stage"] = [{"summary": stage}]
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    def obs(self, code, date, value=None, unit=None, low=None, high=None, interp=None, cat="laboratory",
            enc=None, status="final", note=None, components=None, value_cc=None, value_str=None,
            hm=None, ref_text=None, performer=None, ucum=None, method=None, issued=True, body_site=None):
        if hm is None:
            hm = self._hm_for(enc, date, "08:15", 5 if cat == "vital-signs" else 20)
        r = {"resourceType": "Observation", "status": status,
             "category": [cc((OBSCAT, cat, {"laboratory": "Laboratory", "vital-signs": "Vital Signs",
                                            "survey": "Survey", "exam": "Exam", "imaging": "Imaging",
                                            "procedure": "Procedure", "social-history": "Social History",
                                            "activity": "Activity"}[cat]))],
             "code": code, "subject": self.subj}
        if enc:
            r["encounter"] = R(enc)
        r["effectiveDateTime"] = self.t(date, hm)
        if issued and cat == "laboratory":
            r["issued"] = self.t(date[:10], "16:40")
        if performer:
            r["performer"] = [R(performer)]
        if value is not None:
            r["valueQuantity"] = qty(value, unit, ucum)
        elif value_cc is not None:
            r["valueCodeableConcept"] = value_cc
        elif value_str is not None:
            r["valueString"] = value_str
        if interp:
            r["interpretation"] = [cc((INTERP, interp, INTERP_DISPLAY[interp]))]
        if low is not None or high is not None or ref_text:
            rr = {}
            if low is not None:
                rr["low"] = qty(low, unit, ucum)
            if high is not None:
                rr["high"] = qty(high, unit, ucum)
            if ref_text:
                rr["text"] = ref_text
            r["referenceRange"] = [rr]
        if method:
            r["method"] = method
        if body_site:
            r["bodySite"] = body_site
        if components:
            r["component"] = components
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    def lab(self, key, date, value, low=None, high=None, interp=None, enc=None, hm=None, ref_text=None, note=None):
        code, disp, unit = LAB[key]
        if interp is None and (low is not None or high is not None):
            interp = "N"
            if low is not None and value < low:
                interp = "L"
            if high is not None and value > high:
                interp = "H"
        cat = "survey" if key in ("phq9", "gad7", "pain") else ("imaging" if key == "lvef" else "laboratory")
        return self.obs(cc((LN, code, disp)), date, value, unit, low, high, interp, cat=cat, enc=enc, hm=hm,
                        ref_text=ref_text, note=note)

    def local_lab(self, code, text, date, value, unit, ucum=None, low=None, high=None, interp=None, enc=None, note=None, ref_text=None):
        sysu = self.site["local_codes"]
        if interp is None and (low is not None or high is not None):
            interp = "N"
            if low is not None and value < low:
                interp = "L"
            if high is not None and value > high:
                interp = "H"
        return self.obs({"coding": [{"system": sysu, "code": code, "display": text}], "text": text}, date, value, unit,
                        low, high, interp, enc=enc, note=note, ucum=ucum, ref_text=ref_text)

    def vitals(self, date, enc=None, sbp=None, dbp=None, hr=None, wt=None, bmi=None, temp=None, spo2=None, rr=None, hm=None):
        refs = []
        if hm is None:
            hm = self._hm_for(enc, date, "09:05", 5)
        if sbp is not None:
            refs.append(self.obs(cc((LN, "85354-9", "Blood pressure panel with all children optional")), date, cat="vital-signs",
                                 enc=enc, hm=hm, components=[
                                     {"code": cc((LN, "8480-6", "Systolic blood pressure")), "valueQuantity": qty(sbp, "mm[Hg]")},
                                     {"code": cc((LN, "8462-4", "Diastolic blood pressure")), "valueQuantity": qty(dbp, "mm[Hg]")}]))
        if hr is not None:
            refs.append(self.obs(cc((LN, "8867-4", "Heart rate")), date, hr, "/min", cat="vital-signs", enc=enc, hm=hm))
        if wt is not None:
            refs.append(self.obs(cc((LN, "29463-7", "Body weight")), date, wt, "kg", cat="vital-signs", enc=enc, hm=hm))
        if bmi is not None:
            refs.append(self.obs(cc((LN, "39156-5", "Body mass index (BMI) [Ratio]")), date, bmi, "kg/m2", cat="vital-signs", enc=enc, hm=hm))
        if temp is not None:
            refs.append(self.obs(cc((LN, "8310-5", "Body temperature")), date, temp, "Cel", cat="vital-signs", enc=enc, hm=hm))
        if spo2 is not None:
            refs.append(self.obs(cc((LN, "59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry")), date, spo2, "%", cat="vital-signs", enc=enc, hm=hm))
        if rr is not None:
            refs.append(self.obs(cc((LN, "9279-1", "Respiratory rate")), date, rr, "/min", cat="vital-signs", enc=enc, hm=hm))
        return refs

    def med(self, rxcode, ingredient, text):
        return cc((RX, rxcode, ingredient), text=text)

    def medreq(self, med, authored, status="active", intent="order", dosage=None, reason=None, requester=None,
               enc=None, reason_ref=None, start=None, end=None, note=None, category="outpatient", refills=None):
        r = {"resourceType": "MedicationRequest", "status": status, "intent": intent,
             "category": [cc(("http://terminology.hl7.org/CodeSystem/medicationrequest-category", category,
                              {"outpatient": "Outpatient", "inpatient": "Inpatient", "community": "Community",
                               "discharge": "Discharge"}[category]))],
             "medicationCodeableConcept": med, "subject": self.subj, "authoredOn": authored}
        if enc:
            r["encounter"] = R(enc)
        if requester:
            r["requester"] = R(requester)
        if reason:
            r["reasonCode"] = [reason]
        if reason_ref:
            r["reasonReference"] = [R(reason_ref)]
        if dosage:
            r["dosageInstruction"] = [{"text": dosage}]
        if start or refills is not None:
            dr = {}
            if start:
                dr["validityPeriod"] = {"start": start}
                if end:
                    dr["validityPeriod"]["end"] = end
            if refills is not None:
                dr["numberOfRepeatsAllowed"] = refills
            r["dispenseRequest"] = dr
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    def medstmt(self, med, status, start, end=None, dosage=None, reason=None, note=None, asserted=None, reason_ref=None):
        r = {"resourceType": "MedicationStatement", "status": status, "medicationCodeableConcept": med,
             "subject": self.subj, "effectivePeriod": {"start": start}}
        if end:
            r["effectivePeriod"]["end"] = end
        r["dateAsserted"] = asserted or start
        if reason:
            r["reasonCode"] = [reason]
        if reason_ref:
            r["reasonReference"] = [R(reason_ref)]
        if dosage:
            r["dosage"] = [{"text": dosage}]
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    def note(self, ntype, date, author, text, enc=None, title=None, hm="16:20", status="current", org=None):
        codes = {"progress": ("11506-3", "Progress note"), "consult": ("11488-4", "Consult note"),
                 "discharge": ("18842-5", "Discharge summary"), "hp": ("34117-2", "History and physical note"),
                 "procedure": ("28570-0", "Procedure note"), "ed": ("34111-5", "Emergency department Note"),
                 "nurse": ("34746-8", "Nurse Note"), "telephone": ("34748-4", "Telephone encounter Note"),
                 "plan": ("18776-5", "Plan of care note"), "pathology": ("11526-1", "Pathology study"),
                 "imaging": ("18748-4", "Diagnostic imaging study"), "referral": ("57133-1", "Referral note")}
        code, disp = codes[ntype]
        r = {"resourceType": "DocumentReference", "status": status, "docStatus": "final",
             "type": cc((LN, code, disp)),
             "category": [cc(("http://hl7.org/fhir/us/core/CodeSystem/us-core-documentreference-category", "clinical-note", "Clinical Note"))],
             "subject": self.subj, "date": self.t(date, hm), "author": [R(author)],
             "custodian": R(org or self.org_ref)}
        if title:
            r["description"] = title
        r["content"] = [{"attachment": {"contentType": "text/plain", "language": "en-US", "data": b64(text),
                                        "title": title or disp, "creation": self.t(date, hm)}}]
        if enc:
            r["context"] = {"encounter": [R(enc)], "period": {"start": self.t(date, hm)}}
        return self.add(r)

    def sr(self, code, status, intent, authored, requester, occurrence=None, performer=None, reason=None,
           reason_ref=None, category=None, note=None, priority="routine", enc=None, occ_period=None, body_site=None,
           performer_type=None):
        r = {"resourceType": "ServiceRequest", "status": status, "intent": intent}
        if category:
            r["category"] = [category]
        r["priority"] = priority
        r["code"] = code
        r["subject"] = self.subj
        if enc:
            r["encounter"] = R(enc)
        if occurrence:
            r["occurrenceDateTime"] = occurrence
        if occ_period:
            r["occurrencePeriod"] = occ_period
        r["authoredOn"] = authored
        r["requester"] = R(requester)
        if performer_type:
            r["performerType"] = performer_type
        if performer:
            r["performer"] = [R(performer)]
        if reason:
            r["reasonCode"] = reason if isinstance(reason, list) else [reason]
        if reason_ref:
            r["reasonReference"] = [R(x) for x in reason_ref]
        if body_site:
            r["bodySite"] = [body_site]
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    def proc(self, code, status, date=None, performer=None, reason_ref=None, enc=None, body_site=None, note=None,
             period=None, category=None, outcome=None, based_on=None, reason=None, location_text=None):
        r = {"resourceType": "Procedure", "status": status}
        if based_on:
            r["basedOn"] = [R(based_on)]
        if category:
            r["category"] = category
        r["code"] = code
        r["subject"] = self.subj
        if enc:
            r["encounter"] = R(enc)
        if date:
            r["performedDateTime"] = date
        if period:
            r["performedPeriod"] = period
        if performer:
            r["performer"] = [{"actor": R(performer)}]
        if reason:
            r["reasonCode"] = [reason]
        if reason_ref:
            r["reasonReference"] = [R(x) for x in reason_ref]
        if body_site:
            r["bodySite"] = [body_site]
        if outcome:
            r["outcome"] = outcome
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    def careplan(self, status, intent, title, description, start, author, category, addresses=None, activities=None,
                 end=None, created=None):
        r = {"resourceType": "CarePlan", "status": status, "intent": intent, "category": category,
             "title": title, "description": description, "subject": self.subj,
             "period": {"start": start}, "created": created or start, "author": R(author)}
        if end:
            r["period"]["end"] = end
        if addresses:
            r["addresses"] = [R(a) for a in addresses]
        if activities:
            r["activity"] = activities
        return self.add(r)

    def comm(self, sent, sender, recipient, text, status="completed", category=None, topic=None, medium=None,
             in_response_to=None, received=None):
        r = {"resourceType": "Communication", "status": status}
        if in_response_to:
            r["inResponseTo"] = [R(in_response_to)]
        if category:
            r["category"] = [category]
        if medium:
            r["medium"] = [medium]
        r["subject"] = self.subj
        if topic:
            r["topic"] = topic
        r["sent"] = sent
        if received:
            r["received"] = received
        r["recipient"] = [R(recipient)]
        r["sender"] = R(sender)
        r["payload"] = [{"contentString": text}]
        return self.add(r)

    def qr(self, questionnaire, authored, author, items, status="completed", enc=None, source=None):
        r = {"resourceType": "QuestionnaireResponse", "questionnaire": questionnaire, "status": status,
             "subject": self.subj, "authored": authored, "author": R(author)}
        if enc:
            r["encounter"] = R(enc)
        if source:
            r["source"] = R(source)
        r["item"] = items
        return self.add(r)

    def flag(self, code, start, author, status="active", category=None, end=None, enc=None):
        r = {"resourceType": "Flag", "status": status}
        if category:
            r["category"] = [category]
        r["code"] = code
        r["subject"] = self.subj
        r["period"] = {"start": start}
        if end:
            r["period"]["end"] = end
        if enc:
            r["encounter"] = R(enc)
        r["author"] = R(author)
        return self.add(r)

    def dr(self, code, date, performer, results=None, conclusion=None, cat=("LAB", "Laboratory"), enc=None,
           conclusion_code=None, status="final", hm="14:00"):
        r = {"resourceType": "DiagnosticReport", "status": status,
             "category": [cc(("http://terminology.hl7.org/CodeSystem/v2-0074", cat[0], cat[1]))],
             "code": code, "subject": self.subj}
        if enc:
            r["encounter"] = R(enc)
        r["effectiveDateTime"] = self.t(date, hm)
        r["issued"] = self.t(date, "17:05")
        r["performer"] = [R(performer)]
        if results:
            r["result"] = [R(x) for x in results]
        if conclusion:
            r["conclusion"] = conclusion
        if conclusion_code:
            r["conclusionCode"] = conclusion_code
        return self.add(r)

    def ci(self, date, assessor, summary, status="completed", problems=None, findings=None, enc=None, description=None):
        r = {"resourceType": "ClinicalImpression", "status": status, "subject": self.subj}
        if description:
            r["description"] = description
        if enc:
            r["encounter"] = R(enc)
        r["effectiveDateTime"] = self.t(date, "15:00")
        r["date"] = self.t(date, "15:10")
        r["assessor"] = R(assessor)
        if problems:
            r["problem"] = [R(p) for p in problems]
        if findings:
            r["finding"] = findings
        r["summary"] = summary
        return self.add(r)

    def appt(self, start, minutes, status, description, participants, service_type=None, reason_ref=None, based_on=None):
        h = start
        r = {"resourceType": "Appointment", "status": status}
        if service_type:
            r["serviceType"] = [service_type]
        if reason_ref:
            r["reasonReference"] = [R(x) for x in reason_ref]
        r["description"] = description
        r["start"] = self.t(start, "07:30")
        end_min = 7 * 60 + 30 + minutes
        r["end"] = self.t(start, f"{end_min // 60:02d}:{end_min % 60:02d}")
        if based_on:
            r["basedOn"] = [R(based_on)]
        r["participant"] = [{"actor": R(p), "status": "accepted"} for p in [self.patient_ref] + participants]
        return self.add(r)

    def allergy(self, code, recorded, reaction=None, crit="low"):
        r = {"resourceType": "AllergyIntolerance",
             "clinicalStatus": cc(("http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical", "active", "Active")),
             "verificationStatus": cc(("http://terminology.hl7.org/CodeSystem/allergyintolerance-verification", "confirmed", "Confirmed")),
             "criticality": crit, "code": code, "patient": self.subj, "recordedDate": recorded}
        if reaction:
            r["reaction"] = [{"manifestation": [reaction]}]
        return self.add(r)

    def imm(self, cvx, display, date, status="completed"):
        r = {"resourceType": "Immunization", "status": status,
             "vaccineCode": cc(("http://hl7.org/fhir/sid/cvx", cvx, display)),
             "patient": self.subj, "occurrenceDateTime": date, "primarySource": True}
        return self.add(r)


def enc_type(code, display, system=CPT):
    return cc((system, code, display))


def yes_no(yes):
    return {"valueCoding": coding(LN, "LA33-6", "Yes") if yes else coding(LN, "LA32-8", "No")}
