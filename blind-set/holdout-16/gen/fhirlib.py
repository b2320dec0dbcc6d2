"""Small helper for writing FHIR R4 transaction bundles for the case set."""
import base64
import collections

SCT = "http://snomed.info/sct"
ICD = "http://hl7.org/fhir/sid/icd-10-cm"
LOINC = "http://loinc.org"
CPT = "http://www.ama-assn.org/go/cpt"
HCPCS = "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets"
RXN = "http://www.nlm.nih.gov/research/umls/rxnorm"
UCUM = "http://unitsofmeasure.org"
NPI = "http://hl7.org/fhir/sid/us-npi"
V2_0203 = "http://terminology.hl7.org/CodeSystem/v2-0203"
INTERP = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation"
CLIN = "http://terminology.hl7.org/CodeSystem/condition-clinical"
VER = "http://terminology.hl7.org/CodeSystem/condition-ver-status"
CONDCAT = "http://terminology.hl7.org/CodeSystem/condition-category"
OBSCAT = "http://terminology.hl7.org/CodeSystem/observation-category"
ACT = "http://terminology.hl7.org/CodeSystem/v3-ActCode"

INTERP_DISPLAY = {"N": "Normal", "H": "High", "L": "Low", "A": "Abnormal", "HH": "Critical high",
                  "LL": "Critical low", "POS": "Positive", "NEG": "Negative", "W": "Worse", "B": "Better"}


def cc(*codings, text=None):
    """codings: tuples (system, code, display)."""
    out = {}
    if codings:
        out["coding"] = [{"system": s, "code": c, "display": d} for (s, c, d) in codings]
    if text:
        out["text"] = text
    elif codings:
        out["text"] = codings[0][2]
    return out


def sct(code, display):
    return (SCT, code, display)


def icd(code, display):
    return (ICD, code, display)


def loinc(code, display):
    return (LOINC, code, display)


def cpt(code, display):
    return (CPT, code, display)


def hcpcs(code, display):
    return (HCPCS, code, display)


def rx(code, display):
    return (RXN, code, display)


class Case:
    def __init__(self, cid, base, org_name, org_npi, org_sys, local_sys, tz="-05:00"):
        self.cid = cid
        self.tz = tz
        self.base = base.rstrip("/")
        self.entries = []
        self.counters = collections.Counter()
        self.local = local_sys  # local code system URL for the organisation
        self.org_sys = org_sys  # MRN system
        self.org = self.add("Organization", "org", {
            "identifier": [{"system": NPI, "value": org_npi}],
            "active": True,
            "type": [cc((("http://terminology.hl7.org/CodeSystem/organization-type"), "prov", "Healthcare Provider"))],
            "name": org_name,
        })

    # ------------------------------------------------------------------ core
    def nid(self, short):
        self.counters[short] += 1
        return f"{self.cid}-{short}-{self.counters[short]}"

    def add(self, rt, short, body, rid=None):
        rid = rid or self.nid(short)
        res = {"resourceType": rt, "id": rid}
        res.update(body)
        self.entries.append({"fullUrl": f"{self.base}/{rt}/{rid}", "resource": res,
                             "request": {"method": "PUT", "url": f"{rt}/{rid}"}})
        return f"{rt}/{rid}"

    def bundle(self):
        return {"resourceType": "Bundle", "type": "transaction", "entry": self.entries}

    def lc(self, code, display):
        return (self.local, code, display)

    # ------------------------------------------------------------- people
    def patient(self, given, family, gender, birth, mrn, line, city, state, zip_, phone,
                race=None, lang="en", marital="M", member_id=None):
        body = {
            "identifier": [{"use": "usual", "type": cc((V2_0203, "MR", "Medical record number")),
                            "system": self.org_sys, "value": mrn}],
            "active": True,
            "name": [{"use": "official", "family": family, "given": given}],
            "telecom": [{"system": "phone", "value": phone, "use": "home"}],
            "gender": gender, "birthDate": birth,
            "address": [{"use": "home", "line": [line], "city": city, "state": state, "postalCode": zip_,
                         "country": "US"}],
            "maritalStatus": cc(("http://terminology.hl7.org/CodeSystem/v3-MaritalStatus", marital,
                                 {"M": "Married", "S": "Never Married", "W": "Widowed", "D": "Divorced"}[marital])),
            "communication": [{"language": cc(("urn:ietf:bcp:47", lang,
                                               {"en": "English", "es": "Spanish", "vi": "Vietnamese"}.get(lang, lang)))}],
            "managingOrganization": {"reference": self.org},
        }
        if race:
            body["extension"] = [{"url": "http://hl7.org/fhir/us/core/StructureDefinition/us-core-race",
                                  "extension": [{"url": "text", "valueString": race}]}]
        self.add("Patient", None, body, rid=self.cid)
        self.pt = f"Patient/{self.cid}"
        return self.pt

    def practitioner(self, given, family, npi, qual, prefix="Dr."):
        return self.add("Practitioner", "prac", {
            "identifier": [{"system": NPI, "value": npi}],
            "active": True,
            "name": [{"family": family, "given": [given], "prefix": [prefix] if prefix else [],
                      "text": f"{given} {family}, {qual}"}],
            "qualification": [{"code": cc(text=qual)}],
        })

    def payer(self, name, plan, member, start="2024-01-01", kind="HIP"):
        porg = self.add("Organization", "payer", {
            "active": True,
            "type": [cc(("http://terminology.hl7.org/CodeSystem/organization-type", "pay", "Payer"))],
            "name": name,
        })
        return self.add("Coverage", "cov", {
            "status": "active",
            "type": cc((ACT, kind, {"HIP": "health insurance plan policy", "MCPOL": "managed care policy",
                                    "SUBSIDIZ": "subsidized health program", "PUBLICPOL": "public healthcare"}[kind])),
            "subscriberId": member,
            "beneficiary": {"reference": self.pt},
            "relationship": cc(("http://terminology.hl7.org/CodeSystem/subscriber-relationship", "self", "Self")),
            "period": {"start": start},
            "payor": [{"reference": porg}],
            "class": [{"type": cc(("http://terminology.hl7.org/CodeSystem/coverage-class", "plan", "Plan")),
                       "value": plan.replace(" ", "-").upper()[:20], "name": plan}],
        })

    # ----------------------------------------------------------- clinical
    def enc(self, date, text, cls="AMB", prac=None, reason=None, codes=(), end=None, status="finished",
            stype=None):
        cls_disp = {"AMB": "ambulatory", "IMP": "inpatient encounter", "EMER": "emergency",
                    "VR": "virtual", "HH": "home health", "OBSENC": "observation encounter"}[cls]
        body = {
            "status": status,
            "class": {"system": ACT, "code": cls, "display": cls_disp},
            "type": [cc(*codes, text=text)],
            "subject": {"reference": self.pt},
            "period": {"start": date if "T" in date else date + "T09:00:00" + self.tz},
            "serviceProvider": {"reference": self.org},
        }
        if stype:
            body["serviceType"] = cc(text=stype)
        if end:
            body["period"]["end"] = end if "T" in end else end + "T16:00:00" + self.tz
        elif status == "finished":
            body["period"]["end"] = body["period"]["start"].replace("T09:00", "T09:40")
        if prac:
            body["participant"] = [{"individual": {"reference": prac}}]
        if reason:
            body["reasonCode"] = [cc(*reason) if isinstance(reason, (list, tuple)) and reason and isinstance(reason[0], tuple)
                                  else cc(text=reason)]
        return self.add("Encounter", "enc", body)

    def cond(self, codings, onset, text=None, status="active", ver="confirmed", cat="problem-list-item",
             abated=None, recorded=None, enc=None, note=None, severity=None, asserter=None, stage=None):
        body = {
            "clinicalStatus": cc((CLIN, status, status.capitalize())),
            "verificationStatus": cc((VER, ver, ver.capitalize())),
            "category": [cc((CONDCAT, cat, "Problem List Item" if cat == "problem-list-item" else "Encounter Diagnosis"))],
            "code": cc(*codings, text=text),
            "subject": {"reference": self.pt},
            "onsetDateTime": onset,
            "recordedDate": recorded or onset,
        }
        if abated:
            body["abatementDateTime"] = abated
        if enc:
            body["encounter"] = {"reference": enc}
        if note:
            body["note"] = [{"text": note}]
        if severity:
            body["severity"] = cc(*severity) if isinstance(severity, tuple) and isinstance(severity[0], tuple) else cc(text=severity)
        if asserter:
            body["asserter"] = {"reference": asserter}
        if stage:
            body["stage"] = [{"summary": cc(text=stage)}]
        return self.add("Condition", "cond", body)

    def obs(self, code, date, value=None, unit=None, low=None, high=None, interp=None, cat="laboratory",
            enc=None, text_value=None, code_value=None, comps=None, note=None, ref_text=None, status="final",
            performer=None, method=None, body_site=None):
        if isinstance(code, tuple) and isinstance(code[0], tuple):
            codecc = cc(*code)
        elif isinstance(code, tuple):
            codecc = cc(code)
        else:
            codecc = cc(text=code)
        body = {
            "status": status,
            "category": [cc((OBSCAT, cat, {"laboratory": "Laboratory", "vital-signs": "Vital Signs",
                                           "survey": "Survey", "imaging": "Imaging", "exam": "Exam",
                                           "procedure": "Procedure", "social-history": "Social History",
                                           "therapy": "Therapy"}[cat]))],
            "code": codecc,
            "subject": {"reference": self.pt},
            "effectiveDateTime": date,
            "issued": (date if "T" in date else date + "T14:00:00" + self.tz),
        }
        if value is not None:
            q = {"value": value}
            if unit:
                q.update({"unit": unit, "system": UCUM, "code": unit})
            body["valueQuantity"] = q
        elif text_value is not None:
            body["valueString"] = text_value
        elif code_value is not None:
            body["valueCodeableConcept"] = cc(*code_value) if isinstance(code_value[0], tuple) else cc(code_value)
        if interp:
            body["interpretation"] = [cc((INTERP, interp, INTERP_DISPLAY[interp]))]
        if low is not None or high is not None or ref_text:
            rr = {}
            if low is not None:
                rr["low"] = {"value": low, "unit": unit, "system": UCUM, "code": unit} if unit else {"value": low}
            if high is not None:
                rr["high"] = {"value": high, "unit": unit, "system": UCUM, "code": unit} if unit else {"value": high}
            if ref_text:
                rr["text"] = ref_text
            body["referenceRange"] = [rr]
        if enc:
            body["encounter"] = {"reference": enc}
        if comps:
            body["component"] = comps
        if note:
            body["note"] = [{"text": note}]
        if performer:
            body["performer"] = [{"reference": performer}]
        if method:
            body["method"] = cc(text=method)
        if body_site:
            body["bodySite"] = cc(*body_site) if isinstance(body_site, tuple) and isinstance(body_site[0], tuple) else cc(text=body_site)
        return self.add("Observation", "obs", body)

    def comp(self, code, value, unit=None, interp=None, text_value=None):
        c = {"code": cc(code) if isinstance(code, tuple) else cc(text=code)}
        if value is not None:
            c["valueQuantity"] = {"value": value}
            if unit:
                c["valueQuantity"].update({"unit": unit, "system": UCUM, "code": unit})
        else:
            c["valueString"] = text_value
        if interp:
            c["interpretation"] = [cc((INTERP, interp, INTERP_DISPLAY[interp]))]
        return c

    def vitals(self, date, enc, sbp, dbp, hr, wt=None, temp=None, spo2=None):
        self.obs(loinc("85354-9", "Blood pressure panel with all children optional"), date, cat="vital-signs",
                 enc=enc, comps=[self.comp(loinc("8480-6", "Systolic blood pressure"), sbp, "mm[Hg]"),
                                 self.comp(loinc("8462-4", "Diastolic blood pressure"), dbp, "mm[Hg]")])
        self.obs(loinc("8867-4", "Heart rate"), date, hr, "/min", cat="vital-signs", enc=enc)
        if wt is not None:
            self.obs(loinc("29463-7", "Body weight"), date, wt, "kg", cat="vital-signs", enc=enc)
        if temp is not None:
            self.obs(loinc("8310-5", "Body temperature"), date, temp, "Cel", cat="vital-signs", enc=enc)
        if spo2 is not None:
            self.obs(loinc("59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry"), date, spo2, "%",
                     cat="vital-signs", enc=enc)

    def med(self, coding, date, status="active", intent="order", dose=None, rt="MedicationRequest", prac=None,
            reason=None, text=None, end=None, supply_days=None, note=None):
        mcc = cc(*coding, text=text) if isinstance(coding, tuple) and isinstance(coding[0], tuple) else (
            cc(coding, text=text) if isinstance(coding, tuple) else cc(text=coding))
        if rt == "MedicationRequest":
            body = {"status": status, "intent": intent, "medicationCodeableConcept": mcc,
                    "subject": {"reference": self.pt}, "authoredOn": date}
            if prac:
                body["requester"] = {"reference": prac}
            if dose:
                body["dosageInstruction"] = [{"text": dose}]
            if supply_days:
                body["dispenseRequest"] = {"expectedSupplyDuration": {"value": supply_days, "unit": "days",
                                                                      "system": UCUM, "code": "d"},
                                           "numberOfRepeatsAllowed": 5}
            if reason:
                body["reasonReference"] = [{"reference": r} for r in reason]
            if note:
                body["note"] = [{"text": note}]
            return self.add("MedicationRequest", "mrx", body)
        if rt == "MedicationStatement":
            body = {"status": status, "medicationCodeableConcept": mcc, "subject": {"reference": self.pt},
                    "effectivePeriod": {"start": date}, "dateAsserted": date}
            if end:
                body["effectivePeriod"]["end"] = end
            if dose:
                body["dosage"] = [{"text": dose}]
            if reason:
                body["reasonReference"] = [{"reference": r} for r in reason]
            if note:
                body["note"] = [{"text": note}]
            return self.add("MedicationStatement", "mst", body)
        if rt == "MedicationDispense":
            body = {"status": "completed", "medicationCodeableConcept": mcc, "subject": {"reference": self.pt},
                    "whenHandedOver": date,
                    "quantity": {"value": supply_days or 30, "unit": "each"},
                    "daysSupply": {"value": supply_days or 30, "unit": "days", "system": UCUM, "code": "d"}}
            if dose:
                body["dosageInstruction"] = [{"text": dose}]
            if prac:
                body["authorizingPrescription"] = [{"reference": prac}]
            return self.add("MedicationDispense", "mdisp", body)
        raise ValueError(rt)

    def sr(self, codings, date, status="active", intent="order", occ=None, prac=None, reason=None, cat=None,
           text=None, note=None, priority="routine", performer=None, rtext=None):
        body = {"status": status, "intent": intent, "priority": priority,
                "code": cc(*codings, text=text) if codings else cc(text=text),
                "subject": {"reference": self.pt}, "authoredOn": date}
        if cat:
            body["category"] = [cc(*cat) if isinstance(cat[0], tuple) else cc(text=cat)]
        if occ:
            body["occurrenceDateTime"] = occ
        if prac:
            body["requester"] = {"reference": prac}
        if performer:
            body["performer"] = [{"reference": performer}]
        if reason:
            body["reasonReference"] = [{"reference": r} for r in reason]
        if rtext:
            body["reasonCode"] = [cc(text=rtext)]
        if note:
            body["note"] = [{"text": note}]
        return self.add("ServiceRequest", "sr", body)

    def proc(self, codings, date, status="completed", text=None, prac=None, reason=None, enc=None, note=None,
             based_on=None, outcome=None, body_site=None, end=None):
        body = {"status": status, "code": cc(*codings, text=text) if codings else cc(text=text),
                "subject": {"reference": self.pt}}
        if status in ("completed", "in-progress", "stopped"):
            if end:
                body["performedPeriod"] = {"start": date, "end": end}
            else:
                body["performedDateTime"] = date
        if prac:
            body["performer"] = [{"actor": {"reference": prac}}]
        if reason:
            body["reasonReference"] = [{"reference": r} for r in reason]
        if enc:
            body["encounter"] = {"reference": enc}
        if note:
            body["note"] = [{"text": note}]
        if based_on:
            body["basedOn"] = [{"reference": based_on}]
        if outcome:
            body["outcome"] = cc(text=outcome)
        if body_site:
            body["bodySite"] = [cc(*body_site) if isinstance(body_site[0], tuple) else cc(text=body_site)]
        return self.add("Procedure", "proc", body)

    def note(self, date, title, text, author=None, enc=None, loinc_type=("11506-3", "Progress note"),
             status="current"):
        body = {"status": status, "docStatus": "final",
                "type": cc(loinc(*loinc_type)),
                "category": [cc(("http://hl7.org/fhir/us/core/CodeSystem/us-core-documentreference-category",
                                 "clinical-note", "Clinical Note"))],
                "subject": {"reference": self.pt}, "date": date if "T" in date else date + "T17:00:00" + self.tz,
                "description": title,
                "content": [{"attachment": {"contentType": "text/plain", "title": title,
                                            "data": base64.b64encode(text.encode("utf-8")).decode("ascii"),
                                            "creation": date if "T" in date else date + "T17:00:00" + self.tz}}]}
        if author:
            body["author"] = [{"reference": author}]
        if enc:
            body["context"] = {"encounter": [{"reference": enc}]}
        return self.add("DocumentReference", "doc", body)

    def careplan(self, title, date, status="active", intent="plan", cats=(), addresses=None, desc=None,
                 activities=(), author=None, end=None):
        body = {"status": status, "intent": intent, "title": title,
                "category": [cc(*c) if isinstance(c[0], tuple) else cc(text=c) for c in cats],
                "subject": {"reference": self.pt}, "period": {"start": date}, "created": date}
        if end:
            body["period"]["end"] = end
        if desc:
            body["description"] = desc
        if addresses:
            body["addresses"] = [{"reference": a} for a in addresses]
        if author:
            body["author"] = {"reference": author}
        acts = []
        for a in activities:
            codings, st, txt = a[0], a[1], a[2]
            det = {"status": st, "description": txt}
            if codings:
                det["code"] = cc(*codings)
            if len(a) > 3 and a[3]:
                det["scheduledString"] = a[3]
            acts.append({"detail": det})
        if acts:
            body["activity"] = acts
        return self.add("CarePlan", "cp", body)

    def dr(self, codings, date, conclusion, results=(), cat=("LAB", "Laboratory"), status="final", prac=None,
           text=None, codes_concl=None):
        body = {"status": status,
                "category": [cc(("http://terminology.hl7.org/CodeSystem/v2-0074", cat[0], cat[1]))],
                "code": cc(*codings, text=text) if codings else cc(text=text),
                "subject": {"reference": self.pt}, "effectiveDateTime": date,
                "issued": date if "T" in date else date + "T18:00:00" + self.tz,
                "conclusion": conclusion}
        if results:
            body["result"] = [{"reference": r} for r in results]
        if prac:
            body["performer"] = [{"reference": prac}]
        if codes_concl:
            body["conclusionCode"] = [cc(*codes_concl)]
        return self.add("DiagnosticReport", "dr", body)

    def comm(self, date, text, sender, recipient, cat_text="Patient portal message", status="completed",
             about=None, topic=None, in_response_to=None, medium=None):
        body = {"status": status, "category": [cc(text=cat_text)], "subject": {"reference": self.pt},
                "sent": date, "sender": {"reference": sender}, "recipient": [{"reference": recipient}],
                "payload": [{"contentString": text}]}
        if medium:
            body["medium"] = [cc(("http://terminology.hl7.org/CodeSystem/v3-ParticipationMode", medium[0], medium[1]))]
        if topic:
            body["topic"] = cc(text=topic)
        if about:
            body["about"] = [{"reference": a} for a in about]
        if in_response_to:
            body["inResponseTo"] = [{"reference": in_response_to}]
        return self.add("Communication", "comm", body)

    def qr(self, date, questionnaire, items, author=None, status="completed", enc=None):
        its = []
        for link, text, ans in items:
            if isinstance(ans, bool):
                a = {"valueBoolean": ans}
            elif isinstance(ans, (int, float)):
                a = {"valueInteger": ans} if isinstance(ans, int) else {"valueDecimal": ans}
            elif isinstance(ans, tuple):
                a = {"valueCoding": {"system": ans[0], "code": ans[1], "display": ans[2]}}
            else:
                a = {"valueString": ans}
            its.append({"linkId": link, "text": text, "answer": [a]})
        body = {"questionnaire": questionnaire, "status": status, "subject": {"reference": self.pt},
                "authored": date, "author": {"reference": author or self.pt}, "source": {"reference": self.pt},
                "item": its}
        if enc:
            body["encounter"] = {"reference": enc}
        return self.add("QuestionnaireResponse", "qr", body)

    def flag(self, text, date, author, status="active", cat=None, codings=()):
        body = {"status": status, "code": cc(*codings, text=text), "subject": {"reference": self.pt},
                "period": {"start": date}, "author": {"reference": author}}
        if cat:
            body["category"] = [cc(("http://terminology.hl7.org/CodeSystem/flag-category", cat[0], cat[1]))]
        return self.add("Flag", "flag", body)

    def impression(self, date, summary, assessor, problems=(), status="completed", findings=(), desc=None):
        body = {"status": status, "subject": {"reference": self.pt}, "effectiveDateTime": date, "date": date,
                "assessor": {"reference": assessor}, "summary": summary}
        if desc:
            body["description"] = desc
        if problems:
            body["problem"] = [{"reference": p} for p in problems]
        if findings:
            body["finding"] = [{"itemCodeableConcept": cc(*f) if isinstance(f[0], tuple) else cc(text=f)} for f in findings]
        return self.add("ClinicalImpression", "ci", body)

    def allergy(self, text, date, codings=()):
        return self.add("AllergyIntolerance", "alg", {
            "clinicalStatus": cc(("http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical", "active", "Active")),
            "verificationStatus": cc(("http://terminology.hl7.org/CodeSystem/allergyintolerance-verification", "confirmed", "Confirmed")),
            "code": cc(*codings, text=text), "patient": {"reference": self.pt}, "recordedDate": date})

    def immunization(self, cvx, display, date):
        return self.add("Immunization", "imm", {
            "status": "completed", "vaccineCode": cc(("http://hl7.org/fhir/sid/cvx", cvx, display)),
            "patient": {"reference": self.pt}, "occurrenceDateTime": date, "primarySource": True})
