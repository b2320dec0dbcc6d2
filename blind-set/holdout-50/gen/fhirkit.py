"""Small helpers to write FHIR R4 transaction bundles for the blind-50 evaluation set.

Every case is built with one `Case` object: it knows the case id, the originating
organisation (TR, CN, PO, CL) and hands out ids that start with the case id.
"""
import base64
import re

ANCHOR = "2026-12-01"

SYS = {
    "icd10": "http://hl7.org/fhir/sid/icd-10",
    "icd10cm": "http://hl7.org/fhir/sid/icd-10-cm",
    "icd10cn": "http://www.nhc.gov.cn/fhir/CodeSystem/icd-10-clinical-2.0",
    "icd9cn": "http://www.nhc.gov.cn/fhir/CodeSystem/icd-9-cm-3-clinical-3.0",
    "sut": "https://www.sgk.gov.tr/fhir/CodeSystem/sut-ek-2b",
    "sct": "http://snomed.info/sct",
    "loinc": "http://loinc.org",
    "rxnorm": "http://www.nlm.nih.gov/research/umls/rxnorm",
    "atc": "http://www.whocc.no/atc",
    "cpt": "http://www.ama-assn.org/go/cpt",
    "hcpcs": "urn:oid:2.16.840.1.113883.6.285",
    "ucum": "http://unitsofmeasure.org",
    "cvx": "http://hl7.org/fhir/sid/cvx",
    "actcode": "http://terminology.hl7.org/CodeSystem/v3-ActCode",
    "interp": "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation",
    "obscat": "http://terminology.hl7.org/CodeSystem/observation-category",
    "condclin": "http://terminology.hl7.org/CodeSystem/condition-clinical",
    "condver": "http://terminology.hl7.org/CodeSystem/condition-ver-status",
    "condcat": "http://terminology.hl7.org/CodeSystem/condition-category",
    "v2-0074": "http://terminology.hl7.org/CodeSystem/v2-0074",
    "v2-0203": "http://terminology.hl7.org/CodeSystem/v2-0203",
    "rolecode": "http://terminology.hl7.org/CodeSystem/v3-RoleCode",
    "flagcat": "http://terminology.hl7.org/CodeSystem/flag-category",
    "commcat": "http://terminology.hl7.org/CodeSystem/communication-category",
    "medreqcat": "http://terminology.hl7.org/CodeSystem/medicationrequest-category",
    "subrel": "http://terminology.hl7.org/CodeSystem/subscriber-relationship",
    "dischdisp": "http://terminology.hl7.org/CodeSystem/discharge-disposition",
    "admitsrc": "http://terminology.hl7.org/CodeSystem/admit-source",
    "diagrole": "http://terminology.hl7.org/CodeSystem/diagnosis-role",
    "parttype": "http://terminology.hl7.org/CodeSystem/v3-ParticipationType",
    "bcp47": "urn:ietf:bcp:47",
}

ORGS = {
    "TR": {
        "base": "https://fhir.kuzeyege-uh.example.tr/fhir/",
        "tz": "+03:00", "lang": "tr",
        "name": "Kuzey Ege Üniversitesi Tıp Fakültesi Hastanesi",
        "alias": "KEÜ Hastanesi",
        "city": "İzmir", "country": "TR", "line": "Bornova Kampüsü, Ankara Caddesi No: 142",
        "mrn": "https://fhir.kuzeyege-uh.example.tr/sid/hasta-protokol-no",
        "local": "https://fhir.kuzeyege-uh.example.tr/CodeSystem/lab-tetkik",
        "localproc": "https://fhir.kuzeyege-uh.example.tr/CodeSystem/yerel-islem",
        "payor": "Sosyal Güvenlik Kurumu (SGK)",
        "plan": "Genel Sağlık Sigortası",
    },
    "CN": {
        "base": "https://fhir.jnmu-fah.example.cn/r4/",
        "tz": "+08:00", "lang": "zh-CN",
        "name": "江南医科大学附属第一医院",
        "alias": "江南医大一附院",
        "city": "无锡市", "country": "CN", "line": "梁溪区人民中路299号",
        "mrn": "https://fhir.jnmu-fah.example.cn/sid/mzh",
        "mrn_ip": "https://fhir.jnmu-fah.example.cn/sid/zyh",
        "local": "https://fhir.jnmu-fah.example.cn/CodeSystem/lis-item",
        "localproc": "https://fhir.jnmu-fah.example.cn/CodeSystem/his-item",
        "localdrug": "https://fhir.jnmu-fah.example.cn/CodeSystem/his-drug",
        "payor": "无锡市医疗保障局",
        "plan": "城镇职工基本医疗保险",
    },
    "PO": {
        "base": "https://fhir.northmoor-childrens.example.uk/fhir/",
        "tz": "+00:00", "lang": "en-GB",
        "name": "Northmoor Children's Hospital",
        "alias": "Paediatric Oncology and Haematology Unit",
        "city": "Leeds", "country": "GB", "line": "Clarendon Way",
        "mrn": "https://fhir.northmoor-childrens.example.uk/sid/hospital-number",
        "local": "https://fhir.northmoor-childrens.example.uk/CodeSystem/pathology-local",
        "localproc": "https://fhir.northmoor-childrens.example.uk/CodeSystem/poh-protocol",
        "payor": "NHS England",
        "plan": "NHS commissioned paediatric cancer services",
    },
    "CL": {
        "base": "https://ehr.riverbend-health.example.org/fhir/R4/",
        "tz": "-05:00", "lang": "en-US",
        "name": "Riverbend University Medical Center",
        "alias": "Consultation-Liaison Psychiatry and Neuropsychiatry Service",
        "city": "Columbus", "country": "US", "line": "410 West Riverbend Parkway", "state": "OH",
        "mrn": "https://ehr.riverbend-health.example.org/sid/mrn",
        "local": "https://ehr.riverbend-health.example.org/CodeSystem/cl-local",
        "localproc": "https://ehr.riverbend-health.example.org/CodeSystem/cl-local",
        "payor": "Buckeye Mutual Health Plan",
        "plan": "Commercial PPO",
    },
}

# staff pools: key -> (family, given, prefix, qualification text, gender)
STAFF = {
    "TR": {
        "dahiliye": ("Aydın", "Mehmet", "Prof. Dr.", "İç Hastalıkları Uzmanı", "male"),
        "kardiyo": ("Korkmaz", "Elif", "Doç. Dr.", "Kardiyoloji Uzmanı", "female"),
        "gastro": ("Şahin", "Burak", "Doç. Dr.", "Gastroenteroloji Yan Dal Uzmanı", "male"),
        "endo": ("Yıldırım", "Zeynep", "Prof. Dr.", "Endokrinoloji ve Metabolizma Yan Dal Uzmanı", "female"),
        "nefro": ("Demir", "Hakan", "Doç. Dr.", "Nefroloji Yan Dal Uzmanı", "male"),
        "gogus": ("Öztürk", "Ayşe", "Dr. Öğr. Üyesi", "Göğüs Hastalıkları Uzmanı", "female"),
        "noro": ("Çelik", "Murat", "Prof. Dr.", "Nöroloji Uzmanı", "male"),
        "uro": ("Arslan", "Kemal", "Uzm. Dr.", "Üroloji Uzmanı", "male"),
        "bcerrahi": ("Kaya", "Serkan", "Doç. Dr.", "Beyin ve Sinir Cerrahisi Uzmanı", "male"),
        "onko": ("Koç", "Deniz", "Prof. Dr.", "Tıbbi Onkoloji Yan Dal Uzmanı", "female"),
        "palyatif": ("Erdoğan", "Selin", "Uzm. Dr.", "Palyatif Bakım Servisi Sorumlusu", "female"),
        "aile": ("Polat", "Hüseyin", "Uzm. Dr.", "Aile Hekimliği Uzmanı", "male"),
        "fizik": ("Güneş", "Nermin", "Uzm. Dr.", "Fiziksel Tıp ve Rehabilitasyon Uzmanı", "female"),
        "hemsire": ("Kılıç", "Gülay", "Hemşire", "Diyaliz Hemşiresi", "female"),
    },
    "CN": {
        "xinnei": ("王", "建国", "主任医师", "心血管内科", "male"),
        "xinwai": ("陈", "立峰", "主任医师", "心脏大血管外科", "male"),
        "xiaohua": ("李", "静", "副主任医师", "消化内科", "female"),
        "zhongliu": ("张", "伟", "主任医师", "肿瘤内科", "male"),
        "fengshi": ("刘", "敏", "副主任医师", "风湿免疫科", "female"),
        "shennei": ("赵", "红梅", "主任医师", "肾内科", "female"),
        "guke": ("孙", "强", "主治医师", "骨科", "male"),
        "xueye": ("周", "晓燕", "副主任医师", "血液科", "female"),
        "quanke": ("吴", "磊", "主治医师", "全科医学科", "male"),
        "miniao": ("郑", "海涛", "主任医师", "泌尿外科", "male"),
        "weichang": ("黄", "志刚", "主任医师", "胃肠外科", "male"),
        "fangliao": ("马", "丽", "副主任医师", "放射治疗科", "female"),
        "anning": ("何", "芳", "主治医师", "安宁疗护科", "female"),
        "chanke": ("林", "雪", "主治医师", "妇产科（婚前保健门诊）", "female"),
    },
    "PO": {
        "onc": ("Whitaker", "Helen", "Dr", "Consultant Paediatric Oncologist", "female"),
        "haem": ("Okafor", "Chidi", "Dr", "Consultant Paediatric Haematologist", "male"),
        "late": ("Brennan", "Siobhan", "Dr", "Consultant, Late Effects Clinic", "female"),
        "cns": ("Patel", "Anjali", "Ms", "Paediatric Oncology Clinical Nurse Specialist", "female"),
        "surg": ("Hughes", "Gareth", "Mr", "Consultant Paediatric Surgeon", "male"),
        "gp": ("Lowe", "Martin", "Dr", "General Practitioner", "male"),
        "psych": ("Finch", "Rebecca", "Dr", "Clinical Psychologist", "female"),
        "pall": ("Ashworth", "Paul", "Dr", "Consultant in Paediatric Palliative Medicine", "male"),
        "cardio": ("Murray", "Fiona", "Dr", "Consultant Paediatric Cardiologist", "female"),
        "reg": ("Singh", "Harpreet", "Dr", "Specialty Registrar, Paediatric Haematology", "male"),
    },
    "CL": {
        "clpsych": ("Alvarez", "Maria", "Dr.", "Consultation-Liaison Psychiatrist, MD", "female"),
        "neuropsych": ("Goldberg", "Nathan", "Dr.", "Neuropsychiatrist, MD", "male"),
        "neuro": ("Chen", "David", "Dr.", "Neurologist, MD", "male"),
        "nsurg": ("Okonkwo", "Ifeanyi", "Dr.", "Functional Neurosurgeon, MD", "male"),
        "psychol": ("Harper", "Lauren", "Dr.", "Clinical Neuropsychologist, PhD", "female"),
        "pcp": ("Bennett", "Sarah", "Dr.", "Internal Medicine / Primary Care, MD", "female"),
        "hospice": ("Novak", "Thomas", "Dr.", "Hospice and Palliative Medicine, MD", "male"),
        "rheum": ("Iyer", "Priya", "Dr.", "Rheumatologist, MD", "female"),
        "hep": ("Stein", "Robert", "Dr.", "Hepatologist, MD", "male"),
        "sw": ("Reyes", "Carmen", "", "Licensed Clinical Social Worker", "female"),
        "ext": ("Lindqvist", "Erik", "Dr.", "Neuropsychiatrist, MD (external)", "male"),
    },
}


def coding(sys, code, display=None):
    c = {"system": SYS.get(sys, sys), "code": code}
    if display:
        c["display"] = display
    return c


def cc(*codings, text=None):
    """CodeableConcept from tuples (sys, code, display) or coding dicts."""
    out = {}
    cs = []
    for c in codings:
        if isinstance(c, dict):
            cs.append(c)
        else:
            cs.append(coding(*c))
    if cs:
        out["coding"] = cs
    if text:
        out["text"] = text
    return out


def txt(text):
    return {"text": text}


def q(value, unit, code=None):
    return {"value": value, "unit": unit, "system": SYS["ucum"], "code": code or unit}


def ref(r, display=None):
    d = {"reference": r}
    if display:
        d["display"] = display
    return d


def refs(items):
    if items is None:
        return None
    if isinstance(items, str):
        items = [items]
    return [ref(x) for x in items]


def as_cc(x):
    """Accept a CodeableConcept dict, a (sys, code, display) tuple, a list of tuples or plain text."""
    if x is None:
        return None
    if isinstance(x, dict):
        return x
    if isinstance(x, str):
        return txt(x)
    if isinstance(x, tuple):
        return cc(x)
    if isinstance(x, list):
        return cc(*x)
    raise TypeError(x)


def as_cc_list(x):
    if x is None:
        return None
    if isinstance(x, list) and x and isinstance(x[0], (dict, str)) and not (isinstance(x[0], dict) and "system" in x[0]):
        return [as_cc(i) for i in x]
    return [as_cc(x)]


INTERP = {
    "N": "Normal", "H": "High", "L": "Low", "HH": "Critical high", "LL": "Critical low",
    "A": "Abnormal", "POS": "Positive", "NEG": "Negative",
}


def interp_cc(code):
    return cc(("interp", code, INTERP[code]))


DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
DT_RE = re.compile(r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$")


class Case:
    """Builds one transaction Bundle."""

    def __init__(self, cid, org):
        self.cid = cid
        self.org = org
        self.o = ORGS[org]
        self.entries = []
        self.counters = {}
        self.staff_refs = {}
        self.pat = f"Patient/{cid}"
        self.hosp = None
        self.depts = {}
        self.payor = None
        self.sex = None

    # ----- basic plumbing -------------------------------------------------
    def nid(self, prefix):
        n = self.counters.get(prefix, 0) + 1
        self.counters[prefix] = n
        return f"{self.cid}-{prefix}{n:02d}"

    def add(self, rtype, body, prefix=None, rid=None):
        rid = rid or self.nid(prefix)
        res = {"resourceType": rtype, "id": rid}
        res.update({k: v for k, v in body.items() if v is not None and v != [] and v != {}})
        self.entries.append({
            "fullUrl": f"{self.o['base']}{rtype}/{rid}",
            "resource": res,
            "request": {"method": "PUT", "url": f"{rtype}/{rid}"},
        })
        return f"{rtype}/{rid}"

    def get(self, reference):
        for e in self.entries:
            r = e["resource"]
            if f"{r['resourceType']}/{r['id']}" == reference:
                return r
        raise KeyError(reference)

    def dt(self, s):
        """'2026-03-02 10:15' -> dateTime with the organisation's offset; dates pass through."""
        if s is None:
            return None
        if DT_RE.match(s):
            return s.replace(" ", "T") + ":00" + self.o["tz"]
        if DATE_RE.match(s) or "T" in s:
            return s
        raise ValueError(s)

    def inst(self, s):
        """instant: needs a time and a zone."""
        if DT_RE.match(s):
            return self.dt(s)
        if re.match(r"^\d{4}-\d{2}-\d{2}$", s):
            return s + "T12:00:00" + self.o["tz"]
        if "T" in s:
            return s
        raise ValueError(s)

    def bundle(self):
        return {"resourceType": "Bundle", "type": "transaction", "entry": self.entries}

    # ----- organisations, staff, patient ----------------------------------
    def _setup_orgs(self):
        o = self.o
        addr = {"line": [o["line"]], "city": o["city"], "country": o["country"]}
        if o.get("state"):
            addr["state"] = o["state"]
        self.hosp = self.add("Organization", {
            "identifier": [{"system": o["base"] + "sid/org", "value": self.org + "-HOSP"}],
            "active": True,
            "type": [cc(("http://terminology.hl7.org/CodeSystem/organization-type", "prov", "Healthcare Provider"))],
            "name": o["name"], "alias": [o["alias"]], "address": [addr],
        }, "org")
        self.payor = self.add("Organization", {
            "active": True,
            "type": [cc(("http://terminology.hl7.org/CodeSystem/organization-type", "pay", "Payer"))],
            "name": o["payor"],
        }, "org")

    def dept(self, name, key=None):
        key = key or name
        if key not in self.depts:
            self.depts[key] = self.add("Organization", {
                "active": True,
                "type": [cc(("http://terminology.hl7.org/CodeSystem/organization-type", "dept", "Hospital Department"))],
                "name": name, "partOf": ref(self.hosp),
            }, "org")
        return self.depts[key]

    def staff(self, key):
        if key not in self.staff_refs:
            fam, giv, pre, qual, g = STAFF[self.org][key]
            name = {"family": fam, "given": [giv]}
            if pre:
                name["prefix"] = [pre]
            if self.org == "CN":
                name = {"text": fam + giv, "family": fam, "given": [giv], "suffix": [pre]}
            self.staff_refs[key] = self.add("Practitioner", {
                "identifier": [{"system": self.o["base"] + "sid/staff", "value": f"{self.org}-{key}"}],
                "active": True, "name": [name], "gender": g,
                "qualification": [{"code": txt(qual)}],
            }, "pr")
        return self.staff_refs[key]

    def patient(self, family, given, gender, birth, mrn, phone=None, lang=None, extra_ids=None,
                marital=None, contact=None, gp=None, line=None, city=None, deceased=None):
        self._setup_orgs()
        self.sex = gender
        ids = [{"use": "usual", "type": cc(("v2-0203", "MR", "Medical record number")),
                "system": self.o["mrn"], "value": mrn}]
        for sysurl, val, label in (extra_ids or []):
            ids.append({"use": "secondary", "type": txt(label), "system": sysurl, "value": val})
        if self.org == "CN":
            name = {"use": "official", "text": family + given, "family": family, "given": [given]}
        else:
            name = {"use": "official", "family": family, "given": given.split(" ")}
        addr = {"use": "home", "line": [line] if line else None, "city": city or self.o["city"], "country": self.o["country"]}
        addr = {k: v for k, v in addr.items() if v}
        body = {
            "identifier": ids, "active": True, "name": [name], "gender": gender, "birthDate": birth,
            "telecom": [{"system": "phone", "value": phone, "use": "mobile"}] if phone else None,
            "address": [addr],
            "maritalStatus": cc(("http://terminology.hl7.org/CodeSystem/v3-MaritalStatus", marital,
                                 {"M": "Married", "S": "Never Married", "W": "Widowed", "D": "Divorced"}[marital])) if marital else None,
            "communication": [{"language": cc(("bcp47", lang or self.o["lang"])), "preferred": True}],
            "managingOrganization": ref(self.hosp),
        }
        if deceased:
            body["deceasedDateTime"] = deceased
        if contact:
            rel, cname, cphone = contact
            body["contact"] = [{"relationship": [txt(rel)],
                                "name": {"text": cname},
                                "telecom": [{"system": "phone", "value": cphone}] if cphone else None}]
            body["contact"][0] = {k: v for k, v in body["contact"][0].items() if v}
        if gp:
            body["generalPractitioner"] = [ref(gp)]
        self.add("Patient", body, rid=self.cid)
        self.cov = self.add("Coverage", {
            "status": "active",
            "type": cc(("actcode", "PUBLICPOL" if self.org != "CL" else "EHCPOL",
                        "public healthcare" if self.org != "CL" else "extended healthcare"), text=self.o["plan"]),
            "beneficiary": ref(self.pat), "payor": [ref(self.payor)],
            "subscriberId": f"{self.org}{mrn}",
            "relationship": cc(("subrel", "self", "Self")) if self.org != "PO" else cc(("subrel", "child", "Child")),
            "period": {"start": "2024-01-01"},
        }, "cov")
        return self.pat

    def related(self, relationship_code, display, name, phone=None, gender=None):
        return self.add("RelatedPerson", {
            "active": True, "patient": ref(self.pat),
            "relationship": [cc(("rolecode", relationship_code, display))],
            "name": [{"text": name}], "gender": gender,
            "telecom": [{"system": "phone", "value": phone}] if phone else None,
        }, "rp")

    # ----- encounters -----------------------------------------------------
    def enc(self, start, end=None, cls="AMB", type_=None, reason=None, pract=None, dept=None,
            status="finished", ident=None, diagnosis=None, admit=None, discharge=None, reason_ref=None,
            priority=None):
        cls_disp = {"AMB": "ambulatory", "IMP": "inpatient encounter", "EMER": "emergency",
                    "VR": "virtual", "HH": "home health", "SS": "short stay"}[cls]
        body = {
            "identifier": [{"system": ident[0], "value": ident[1]}] if ident else None,
            "status": status,
            "class": coding("actcode", cls, cls_disp),
            "type": [as_cc(type_)] if type_ else None,
            "priority": as_cc(priority),
            "subject": ref(self.pat),
            "participant": [{"type": [cc(("parttype", "ATND", "attender"))], "individual": ref(pract)}] if pract else None,
            "period": {k: v for k, v in {"start": self.dt(start), "end": self.dt(end)}.items() if v},
            "reasonCode": as_cc_list(reason),
            "reasonReference": refs(reason_ref),
            "diagnosis": [{"condition": ref(d), "rank": i + 1} for i, d in enumerate(diagnosis or [])] or None,
            "serviceProvider": ref(dept or self.hosp),
        }
        if cls in ("IMP", "SS") or admit or discharge:
            h = {}
            if admit:
                h["admitSource"] = as_cc(admit)
            if discharge:
                h["dischargeDisposition"] = as_cc(discharge)
            body["hospitalization"] = h or None
        return self.add("Encounter", body, "enc")

    # ----- conditions -----------------------------------------------------
    def cond(self, code, onset=None, clinical="active", verification="confirmed", cat="problem-list-item",
             abatement=None, enc=None, recorded=None, recorder=None, asserter=None, note=None, severity=None,
             stage=None, evidence=None, body_site=None):
        cat_disp = {"problem-list-item": "Problem List Item", "encounter-diagnosis": "Encounter Diagnosis"}
        cats = [cc(("condcat", cat, cat_disp[cat]))]
        body = {
            "clinicalStatus": cc(("condclin", clinical, clinical.capitalize())),
            "verificationStatus": cc(("condver", verification, verification.capitalize())),
            "category": cats,
            "severity": as_cc(severity),
            "code": as_cc(code),
            "bodySite": as_cc_list(body_site),
            "subject": ref(self.pat),
            "encounter": ref(enc) if enc else None,
            "onsetDateTime": self.dt(onset) if onset and (DATE_RE.match(onset) or DT_RE.match(onset)) else None,
            "onsetString": onset if onset and not (DATE_RE.match(onset) or DT_RE.match(onset)) else None,
            "abatementDateTime": self.dt(abatement) if abatement else None,
            "recordedDate": self._recorded(recorded, onset, enc),
            "recorder": ref(recorder) if recorder else None,
            "asserter": ref(asserter) if asserter else None,
            "stage": [{"summary": as_cc(stage)}] if stage else None,
            "evidence": evidence,
            "note": [{"text": n} for n in ([note] if isinstance(note, str) else note)] if note else None,
        }
        return self.add("Condition", body, "cond")

    def _recorded(self, recorded, onset, enc):
        if recorded:
            return self.dt(recorded)
        if enc:
            start = self.get(enc)["period"]["start"]
            if onset and (DATE_RE.match(onset) or DT_RE.match(onset)) and len(onset) >= 10 and onset[:10] > start[:10]:
                return self.dt(onset)
            return start
        if onset and (DATE_RE.match(onset) or DT_RE.match(onset)):
            return self.dt(onset)
        return None

    # ----- observations ---------------------------------------------------
    def obs(self, code, when, value=None, cat="laboratory", enc=None, perf=None, interp=None, rng=None,
            note=None, components=None, method=None, body_site=None, status="final", derived=None,
            has_member=None, issued=None, specimen_text=None):
        cat_disp = {"laboratory": "Laboratory", "vital-signs": "Vital Signs", "survey": "Survey",
                    "exam": "Exam", "imaging": "Imaging", "procedure": "Procedure",
                    "social-history": "Social History", "therapy": "Therapy", "activity": "Activity"}
        body = {
            "status": status,
            "category": [cc(("obscat", cat, cat_disp[cat]))],
            "code": as_cc(code),
            "subject": ref(self.pat),
            "encounter": ref(enc) if enc else None,
            "effectiveDateTime": self.dt(when),
            "issued": self.inst(issued) if issued else None,
            "performer": refs(perf),
        }
        body.update(value_x(value))
        body.update({
            "interpretation": [interp_cc(interp)] if isinstance(interp, str) else interp,
            "note": [{"text": note}] if note else None,
            "method": as_cc(method),
            "bodySite": as_cc(body_site),
            "referenceRange": rng,
            "hasMember": refs(has_member),
            "derivedFrom": refs(derived),
            "component": components,
        })
        return self.add("Observation", body, "obs")

    # ----- medications ----------------------------------------------------
    def medreq(self, med, when, status="active", intent="order", dose=None, reason=None, reason_ref=None,
               enc=None, requester=None, note=None, course=None, category=None):
        body = {
            "status": status, "intent": intent,
            "category": [as_cc(category)] if category else None,
            "medicationCodeableConcept": as_cc(med),
            "subject": ref(self.pat), "encounter": ref(enc) if enc else None,
            "authoredOn": self.dt(when), "requester": ref(requester) if requester else None,
            "reasonCode": as_cc_list(reason), "reasonReference": refs(reason_ref),
            "courseOfTherapyType": cc(("http://terminology.hl7.org/CodeSystem/medicationrequest-course-of-therapy",
                                       course, {"continuous": "Continuous long term therapy", "acute": "Short course (acute) therapy"}[course])) if course else None,
            "note": [{"text": note}] if note else None,
            "dosageInstruction": [{"text": dose}] if dose else None,
        }
        return self.add("MedicationRequest", body, "mr")

    def medstmt(self, med, start, end=None, status="active", dose=None, reason=None, reason_ref=None,
                note=None, asserted=None, source=None, status_reason=None):
        eff = {"effectivePeriod": {k: v for k, v in {"start": self.dt(start), "end": self.dt(end)}.items() if v}}
        body = {
            "status": status,
            "statusReason": [as_cc(status_reason)] if status_reason else None,
            "medicationCodeableConcept": as_cc(med), "subject": ref(self.pat),
            **eff,
            "dateAsserted": self.dt(asserted) if asserted else None,
            "informationSource": ref(source) if source else None,
            "reasonCode": as_cc_list(reason), "reasonReference": refs(reason_ref),
            "note": [{"text": note}] if note else None,
            "dosage": [{"text": dose}] if dose else None,
        }
        return self.add("MedicationStatement", body, "ms")

    def medadmin(self, med, when, dose_qty=None, route=None, status="completed", reason_ref=None, enc=None,
                 request=None, note=None, perf=None, end=None, dose_text=None):
        dosage = {}
        if dose_text:
            dosage["text"] = dose_text
        if route:
            dosage["route"] = as_cc(route)
        if dose_qty:
            dosage["dose"] = dose_qty
        eff = {"effectivePeriod": {"start": self.dt(when), "end": self.dt(end)}} if end else {"effectiveDateTime": self.dt(when)}
        body = {
            "status": status, "medicationCodeableConcept": as_cc(med), "subject": ref(self.pat),
            "context": ref(enc) if enc else None, **eff,
            "performer": [{"actor": ref(perf)}] if perf else None,
            "reasonReference": refs(reason_ref), "request": ref(request) if request else None,
            "note": [{"text": note}] if note else None, "dosage": dosage or None,
        }
        return self.add("MedicationAdministration", body, "ma")

    # ----- procedures and orders ----------------------------------------
    def proc(self, code, when=None, status="completed", reason_ref=None, reason=None, enc=None, perf=None,
             note=None, outcome=None, report=None, body_site=None, category=None, end=None, based_on=None):
        body = {
            "basedOn": refs(based_on),
            "status": status, "category": as_cc(category), "code": as_cc(code), "subject": ref(self.pat),
            "encounter": ref(enc) if enc else None,
            "performer": [{"actor": ref(p)} for p in ([perf] if isinstance(perf, str) else perf)] if perf else None,
            "reasonCode": as_cc_list(reason), "reasonReference": refs(reason_ref),
            "bodySite": as_cc_list(body_site), "outcome": as_cc(outcome), "report": refs(report),
            "note": [{"text": note}] if note else None,
        }
        if when and end:
            body["performedPeriod"] = {"start": self.dt(when), "end": self.dt(end)}
        elif when:
            body["performedDateTime"] = self.dt(when)
        return self.add("Procedure", body, "proc")

    def sreq(self, code, authored, status="active", intent="order", occurrence=None, reason_ref=None, reason=None,
             enc=None, requester=None, performer=None, note=None, category=None, priority=None,
             performer_type=None, occurrence_end=None, patient_instruction=None):
        body = {
            "status": status, "intent": intent, "category": [as_cc(category)] if category else None,
            "priority": priority, "code": as_cc(code), "subject": ref(self.pat),
            "encounter": ref(enc) if enc else None,
            "authoredOn": self.dt(authored), "requester": ref(requester) if requester else None,
            "performerType": as_cc(performer_type), "performer": refs(performer),
            "reasonCode": as_cc_list(reason), "reasonReference": refs(reason_ref),
            "note": [{"text": note}] if note else None,
            "patientInstruction": patient_instruction,
        }
        if occurrence and occurrence_end:
            body["occurrencePeriod"] = {"start": self.dt(occurrence), "end": self.dt(occurrence_end)}
        elif occurrence:
            body["occurrenceDateTime"] = self.dt(occurrence)
        return self.add("ServiceRequest", body, "sr")

    def careplan(self, title, created, status="active", intent="plan", category=None, addresses=None,
                 activities=None, author=None, period_start=None, period_end=None, description=None, note=None, enc=None):
        body = {
            "status": status, "intent": intent, "category": as_cc_list(category), "title": title,
            "description": description, "subject": ref(self.pat), "encounter": ref(enc) if enc else None,
            "period": {k: v for k, v in {"start": self.dt(period_start), "end": self.dt(period_end)}.items() if v} or None,
            "created": self.dt(created), "author": ref(author) if author else None,
            "addresses": refs(addresses),
            "activity": [{"detail": {k: v for k, v in a.items() if v is not None}} for a in (activities or [])] or None,
            "note": [{"text": note}] if note else None,
        }
        return self.add("CarePlan", body, "cp")

    # ----- patient voice ----------------------------------------------------
    def comm(self, sent, text, sender, recipient=None, category=None, status="completed", about=None,
             in_response_to=None, medium=None, topic=None, received=None, reason=None):
        body = {
            "inResponseTo": refs(in_response_to),
            "status": status, "category": [as_cc(category)] if category else None,
            "medium": [as_cc(medium)] if medium else None,
            "subject": ref(self.pat), "topic": as_cc(topic), "about": refs(about),
            "sent": self.dt(sent), "received": self.dt(received) if received else None,
            "recipient": refs(recipient), "sender": ref(sender),
            "reasonCode": as_cc_list(reason),
            "payload": [{"contentString": text}],
        }
        return self.add("Communication", body, "comm")

    def qr(self, questionnaire, authored, items, author=None, source=None, status="completed", enc=None):
        body = {
            "questionnaire": questionnaire, "status": status, "subject": ref(self.pat),
            "encounter": ref(enc) if enc else None, "authored": self.dt(authored),
            "author": ref(author or self.pat), "source": ref(source or author or self.pat),
            "item": items,
        }
        return self.add("QuestionnaireResponse", body, "qr")

    def flag(self, code, start, author=None, status="active", category=None, end=None, enc=None):
        body = {
            "status": status, "category": [as_cc(category)] if category else None,
            "code": as_cc(code), "subject": ref(self.pat),
            "period": {k: v for k, v in {"start": self.dt(start), "end": self.dt(end)}.items() if v},
            "encounter": ref(enc) if enc else None, "author": ref(author) if author else None,
        }
        return self.add("Flag", body, "flag")

    # ----- notes, reports, impressions -------------------------------------
    NOTE_TYPES = {
        "progress": ("11506-3", "Progress note"), "consult": ("11488-4", "Consult note"),
        "discharge": ("18842-5", "Discharge summary"), "hp": ("34117-2", "History and physical note"),
        "referral": ("57133-1", "Referral note"), "procedure": ("28570-0", "Procedure note"),
        "nurse": ("34746-8", "Nurse note"),
    }

    def note(self, when, author, text, kind="progress", enc=None, title=None, category=None, status="current",
             doc_status="final", type_text=None):
        code, disp = self.NOTE_TYPES[kind]
        body = {
            "status": status, "docStatus": doc_status,
            "type": cc(("loinc", code, disp), text=type_text),
            "category": [as_cc(category)] if category else None,
            "subject": ref(self.pat), "date": self.inst(when),
            "author": [ref(author)] if author else None, "custodian": ref(self.hosp),
            "description": title,
            "content": [{"attachment": {
                "contentType": "text/plain", "language": self.o["lang"],
                "data": base64.b64encode(text.strip().encode("utf-8")).decode("ascii"),
                "title": title, "creation": self.dt(when)}}],
            "context": {"encounter": [ref(enc)]} if enc else None,
        }
        body["content"][0]["attachment"] = {k: v for k, v in body["content"][0]["attachment"].items() if v}
        return self.add("DocumentReference", body, "doc")

    def report(self, code, when, results=None, conclusion=None, category=None, enc=None, perf=None,
               conclusion_code=None, status="final", issued=None, interpreter=None):
        body = {
            "status": status, "category": [as_cc(category)] if category else None, "code": as_cc(code),
            "subject": ref(self.pat), "encounter": ref(enc) if enc else None,
            "effectiveDateTime": self.dt(when), "issued": self.inst(issued or when),
            "performer": refs(perf), "resultsInterpreter": refs(interpreter),
            "result": refs(results), "conclusion": conclusion,
            "conclusionCode": as_cc_list(conclusion_code),
        }
        return self.add("DiagnosticReport", body, "dr")

    def impression(self, when, assessor, summary, problems=None, findings=None, status="completed",
                   enc=None, description=None, code=None, prognosis=None, note=None, supporting=None):
        body = {
            "status": status, "code": as_cc(code), "description": description, "subject": ref(self.pat),
            "encounter": ref(enc) if enc else None, "effectiveDateTime": self.dt(when), "date": self.dt(when),
            "assessor": ref(assessor), "problem": refs(problems), "summary": summary,
            "finding": [f if isinstance(f, dict) and ("itemCodeableConcept" in f or "itemReference" in f)
                        else {"itemCodeableConcept": as_cc(f)} for f in (findings or [])] or None,
            "prognosisCodeableConcept": as_cc_list(prognosis),
            "supportingInfo": refs(supporting),
            "note": [{"text": note}] if note else None,
        }
        return self.add("ClinicalImpression", body, "ci")

    def allergy(self, code, recorded, crit="low", reaction=None, category="medication"):
        body = {
            "clinicalStatus": cc(("http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical", "active", "Active")),
            "verificationStatus": cc(("http://terminology.hl7.org/CodeSystem/allergyintolerance-verification", "confirmed", "Confirmed")),
            "type": "allergy", "category": [category], "criticality": crit, "code": as_cc(code),
            "patient": ref(self.pat), "recordedDate": self.dt(recorded),
            "reaction": [{"manifestation": [as_cc(reaction)]}] if reaction else None,
        }
        return self.add("AllergyIntolerance", body, "ai")

    def immunization(self, vaccine, when, note=None, lot=None):
        body = {"status": "completed", "vaccineCode": as_cc(vaccine), "patient": ref(self.pat),
                "occurrenceDateTime": self.dt(when), "primarySource": True, "lotNumber": lot,
                "note": [{"text": note}] if note else None}
        return self.add("Immunization", body, "imm")


def value_x(value):
    """Map a python value to the right Observation value[x]."""
    if value is None:
        return {}
    if isinstance(value, bool):
        return {"valueBoolean": value}
    if isinstance(value, int):
        return {"valueInteger": value}
    if isinstance(value, float):
        raise TypeError("bare float: give a Quantity with q()")
    if isinstance(value, str):
        return {"valueString": value}
    if isinstance(value, dict) and "value" in value and ("unit" in value or "code" in value):
        return {"valueQuantity": value}
    if isinstance(value, dict) and ("coding" in value or "text" in value):
        return {"valueCodeableConcept": value}
    if isinstance(value, dict) and ("low" in value or "high" in value):
        return {"valueRange": value}
    raise TypeError(value)


# ---------------------------------------------------------------------------
# catalogues
# ---------------------------------------------------------------------------
# lab key -> loinc per unit style ("conv": TR/CL, "si": CN/PO), display, local names, unit, range
# each style: (loinc, loinc display, ucum unit, low, high); ranges may be (F) / (M) tuples
LAB = {
    "hb": {"tr": "Hemoglobin (HGB)", "zh": "血红蛋白", "en": "Haemoglobin",
           "conv": ("718-7", "Hemoglobin [Mass/volume] in Blood", "g/dL", {"F": (12.0, 15.5), "M": (13.5, 17.5)}),
           "si": ("718-7", "Hemoglobin [Mass/volume] in Blood", "g/L", {"F": (115, 150), "M": (130, 175)})},
    "wbc": {"tr": "Lökosit (WBC)", "zh": "白细胞计数", "en": "White cell count",
            "conv": ("6690-2", "Leukocytes [#/volume] in Blood by Automated count", "10*3/uL", (4.0, 10.5)),
            "si": ("6690-2", "Leukocytes [#/volume] in Blood by Automated count", "10*9/L", (3.5, 9.5))},
    "plt": {"tr": "Trombosit (PLT)", "zh": "血小板计数", "en": "Platelet count",
            "conv": ("777-3", "Platelets [#/volume] in Blood by Automated count", "10*3/uL", (150, 400)),
            "si": ("777-3", "Platelets [#/volume] in Blood by Automated count", "10*9/L", (125, 350))},
    "mcv": {"tr": "Ortalama Eritrosit Hacmi (MCV)", "zh": "平均红细胞体积", "en": "MCV",
            "conv": ("787-2", "MCV [Entitic volume] by Automated count", "fL", (80, 100)),
            "si": ("787-2", "MCV [Entitic volume] by Automated count", "fL", (82, 100))},
    "mch": {"tr": "MCH", "zh": "平均红细胞血红蛋白含量", "en": "MCH",
            "conv": ("785-6", "MCH [Entitic mass] by Automated count", "pg", (27, 33)),
            "si": ("785-6", "MCH [Entitic mass] by Automated count", "pg", (27, 34))},
    "rbc": {"tr": "Eritrosit (RBC)", "zh": "红细胞计数", "en": "Red cell count",
            "conv": ("789-8", "Erythrocytes [#/volume] in Blood by Automated count", "10*6/uL", {"F": (3.9, 5.1), "M": (4.3, 5.8)}),
            "si": ("789-8", "Erythrocytes [#/volume] in Blood by Automated count", "10*12/L", {"F": (3.8, 5.1), "M": (4.3, 5.8)})},
    "anc": {"tr": "Nötrofil (#)", "zh": "中性粒细胞绝对值", "en": "Neutrophils",
            "conv": ("751-8", "Neutrophils [#/volume] in Blood by Automated count", "10*3/uL", (1.8, 7.5)),
            "si": ("751-8", "Neutrophils [#/volume] in Blood by Automated count", "10*9/L", (1.8, 6.3))},
    "lym": {"tr": "Lenfosit (#)", "zh": "淋巴细胞绝对值", "en": "Lymphocytes",
            "conv": ("731-0", "Lymphocytes [#/volume] in Blood by Automated count", "10*3/uL", (1.0, 4.0)),
            "si": ("731-0", "Lymphocytes [#/volume] in Blood by Automated count", "10*9/L", (1.1, 3.2))},
    "eos": {"tr": "Eozinofil (#)", "zh": "嗜酸性粒细胞绝对值", "en": "Eosinophils",
            "conv": ("711-2", "Eosinophils [#/volume] in Blood by Automated count", "10*3/uL", (0.0, 0.5)),
            "si": ("711-2", "Eosinophils [#/volume] in Blood by Automated count", "10*9/L", (0.02, 0.52))},
    "retic": {"tr": "Retikülosit", "zh": "网织红细胞百分比", "en": "Reticulocytes",
              "conv": ("17849-1", "Reticulocytes/100 erythrocytes in Blood by Automated count", "%", (0.5, 2.5)),
              "si": ("17849-1", "Reticulocytes/100 erythrocytes in Blood by Automated count", "%", (0.5, 2.5))},
    "ferritin": {"tr": "Ferritin", "zh": "铁蛋白", "en": "Ferritin",
                 "conv": ("2276-4", "Ferritin [Mass/volume] in Serum or Plasma", "ng/mL", {"F": (13, 150), "M": (30, 400)}),
                 "si": ("2276-4", "Ferritin [Mass/volume] in Serum or Plasma", "ug/L", {"F": (15, 150), "M": (30, 400)})},
    "iron": {"tr": "Demir (Serum)", "zh": "血清铁", "en": "Serum iron",
             "conv": ("2498-4", "Iron [Mass/volume] in Serum or Plasma", "ug/dL", (50, 170)),
             "si": ("14798-3", "Iron [Moles/volume] in Serum or Plasma", "umol/L", (9, 30))},
    "tsat": {"tr": "Transferrin satürasyonu", "zh": "转铁蛋白饱和度", "en": "Transferrin saturation",
             "conv": ("2502-3", "Iron saturation [Mass Fraction] in Serum or Plasma", "%", (20, 50)),
             "si": ("2502-3", "Iron saturation [Mass Fraction] in Serum or Plasma", "%", (20, 50))},
    "crp": {"tr": "C-reaktif protein (CRP)", "zh": "C反应蛋白", "en": "CRP",
            "conv": ("1988-5", "C reactive protein [Mass/volume] in Serum or Plasma", "mg/L", (0, 5)),
            "si": ("1988-5", "C reactive protein [Mass/volume] in Serum or Plasma", "mg/L", (0, 5))},
    "esr": {"tr": "Sedimantasyon (ESH)", "zh": "红细胞沉降率", "en": "ESR",
            "conv": ("4537-7", "Erythrocyte sedimentation rate by Westergren method", "mm/h", (0, 20)),
            "si": ("4537-7", "Erythrocyte sedimentation rate by Westergren method", "mm/h", (0, 20))},
    "creat": {"tr": "Kreatinin", "zh": "肌酐", "en": "Creatinine",
              "conv": ("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", "mg/dL", {"F": (0.5, 0.9), "M": (0.7, 1.2)}),
              "si": ("14682-9", "Creatinine [Moles/volume] in Serum or Plasma", "umol/L", {"F": (41, 73), "M": (57, 111)})},
    "egfr": {"tr": "eGFR (CKD-EPI)", "zh": "估算肾小球滤过率(CKD-EPI)", "en": "eGFR",
             "conv": ("62238-1", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI)", "mL/min/{1.73_m2}", (60, None)),
             "si": ("62238-1", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI)", "mL/min/{1.73_m2}", (60, None))},
    "urea": {"tr": "Üre", "zh": "尿素", "en": "Urea",
             "conv": ("3091-6", "Urea [Mass/volume] in Serum or Plasma", "mg/dL", (17, 43)),
             "si": ("22664-7", "Urea [Moles/volume] in Serum or Plasma", "mmol/L", (2.5, 7.8))},
    "bun": {"tr": "BUN", "zh": "尿素氮", "en": "BUN",
            "conv": ("3094-0", "Urea nitrogen [Mass/volume] in Serum or Plasma", "mg/dL", (7, 20)),
            "si": ("3094-0", "Urea nitrogen [Mass/volume] in Serum or Plasma", "mg/dL", (7, 20))},
    "na": {"tr": "Sodyum", "zh": "钠", "en": "Sodium",
           "conv": ("2951-2", "Sodium [Moles/volume] in Serum or Plasma", "mmol/L", (136, 145)),
           "si": ("2951-2", "Sodium [Moles/volume] in Serum or Plasma", "mmol/L", (137, 147))},
    "k": {"tr": "Potasyum", "zh": "钾", "en": "Potassium",
          "conv": ("2823-3", "Potassium [Moles/volume] in Serum or Plasma", "mmol/L", (3.5, 5.1)),
          "si": ("2823-3", "Potassium [Moles/volume] in Serum or Plasma", "mmol/L", (3.5, 5.3))},
    "glu": {"tr": "Glukoz (açlık)", "zh": "空腹血糖", "en": "Fasting glucose",
            "conv": ("1558-6", "Fasting glucose [Mass/volume] in Serum or Plasma", "mg/dL", (70, 100)),
            "si": ("14771-0", "Fasting glucose [Moles/volume] in Serum or Plasma", "mmol/L", (3.9, 6.1))},
    "hba1c": {"tr": "HbA1c", "zh": "糖化血红蛋白", "en": "HbA1c",
              "conv": ("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "%", (4.0, 5.6)),
              "si": ("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "%", (4.0, 6.0))},
    "tsh": {"tr": "TSH", "zh": "促甲状腺激素", "en": "TSH",
            "conv": ("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", "m[IU]/L", (0.27, 4.2)),
            "si": ("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", "m[IU]/L", (0.35, 4.94))},
    "ft4": {"tr": "Serbest T4 (sT4)", "zh": "游离甲状腺素", "en": "Free T4",
            "conv": ("3024-7", "Thyroxine (T4) free [Mass/volume] in Serum or Plasma", "ng/dL", (0.93, 1.7)),
            "si": ("14920-3", "Thyroxine (T4) free [Moles/volume] in Serum or Plasma", "pmol/L", (9.0, 19.0))},
    "alt": {"tr": "ALT", "zh": "丙氨酸氨基转移酶", "en": "ALT",
            "conv": ("1742-6", "Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma", "U/L", (0, 41)),
            "si": ("1742-6", "Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma", "U/L", (9, 50))},
    "ast": {"tr": "AST", "zh": "天门冬氨酸氨基转移酶", "en": "AST",
            "conv": ("1920-8", "Aspartate aminotransferase [Enzymatic activity/volume] in Serum or Plasma", "U/L", (0, 40)),
            "si": ("1920-8", "Aspartate aminotransferase [Enzymatic activity/volume] in Serum or Plasma", "U/L", (15, 40))},
    "alp": {"tr": "ALP", "zh": "碱性磷酸酶", "en": "Alkaline phosphatase",
            "conv": ("6768-6", "Alkaline phosphatase [Enzymatic activity/volume] in Serum or Plasma", "U/L", (40, 130)),
            "si": ("6768-6", "Alkaline phosphatase [Enzymatic activity/volume] in Serum or Plasma", "U/L", (45, 125))},
    "bili": {"tr": "Total bilirubin", "zh": "总胆红素", "en": "Bilirubin",
             "conv": ("1975-2", "Bilirubin.total [Mass/volume] in Serum or Plasma", "mg/dL", (0.1, 1.2)),
             "si": ("14631-6", "Bilirubin.total [Moles/volume] in Serum or Plasma", "umol/L", (3.4, 20.5))},
    "alb": {"tr": "Albümin", "zh": "白蛋白", "en": "Albumin",
            "conv": ("1751-7", "Albumin [Mass/volume] in Serum or Plasma", "g/dL", (3.5, 5.2)),
            "si": ("1751-7", "Albumin [Mass/volume] in Serum or Plasma", "g/L", (40, 55))},
    "tp": {"tr": "Total protein", "zh": "总蛋白", "en": "Total protein",
           "conv": ("2885-2", "Protein [Mass/volume] in Serum or Plasma", "g/dL", (6.4, 8.3)),
           "si": ("2885-2", "Protein [Mass/volume] in Serum or Plasma", "g/L", (65, 85))},
    "glob": {"tr": "Globülin", "zh": "球蛋白", "en": "Globulin",
             "conv": ("10834-0", "Globulin [Mass/volume] in Serum by calculation", "g/dL", (2.0, 3.5)),
             "si": ("10834-0", "Globulin [Mass/volume] in Serum by calculation", "g/L", (20, 40))},
    "ca": {"tr": "Kalsiyum", "zh": "钙", "en": "Calcium",
           "conv": ("17861-6", "Calcium [Mass/volume] in Serum or Plasma", "mg/dL", (8.6, 10.2)),
           "si": ("2000-8", "Calcium [Moles/volume] in Serum or Plasma", "mmol/L", (2.11, 2.52))},
    "phos": {"tr": "Fosfor", "zh": "磷", "en": "Phosphate",
             "conv": ("2777-1", "Phosphate [Mass/volume] in Serum or Plasma", "mg/dL", (2.5, 4.5)),
             "si": ("14879-1", "Phosphate [Moles/volume] in Serum or Plasma", "mmol/L", (0.85, 1.51))},
    "pth": {"tr": "Parathormon (PTH)", "zh": "甲状旁腺激素", "en": "PTH",
            "conv": ("2731-8", "Parathyrin.intact [Mass/volume] in Serum or Plasma", "pg/mL", (15, 65)),
            "si": ("2731-8", "Parathyrin.intact [Mass/volume] in Serum or Plasma", "pg/mL", (15, 65))},
    "uric": {"tr": "Ürik asit", "zh": "尿酸", "en": "Urate",
             "conv": ("3084-1", "Urate [Mass/volume] in Serum or Plasma", "mg/dL", (3.5, 7.2)),
             "si": ("14933-6", "Urate [Moles/volume] in Serum or Plasma", "umol/L", (208, 428))},
    "psa": {"tr": "Total PSA", "zh": "总前列腺特异性抗原", "en": "PSA",
            "conv": ("2857-1", "Prostate specific Ag [Mass/volume] in Serum or Plasma", "ng/mL", (0, 4.0)),
            "si": ("2857-1", "Prostate specific Ag [Mass/volume] in Serum or Plasma", "ng/mL", (0, 4.0))},
    "fpsa": {"tr": "Serbest PSA", "zh": "游离前列腺特异性抗原", "en": "Free PSA",
             "conv": ("10886-0", "Prostate Specific Ag Free [Mass/volume] in Serum or Plasma", "ng/mL", (None, None)),
             "si": ("10886-0", "Prostate Specific Ag Free [Mass/volume] in Serum or Plasma", "ng/mL", (None, None))},
    "ldh": {"tr": "LDH", "zh": "乳酸脱氢酶", "en": "LDH",
            "conv": ("2532-0", "Lactate dehydrogenase [Enzymatic activity/volume] in Serum or Plasma", "U/L", (135, 225)),
            "si": ("2532-0", "Lactate dehydrogenase [Enzymatic activity/volume] in Serum or Plasma", "U/L", (120, 250))},
    "hstni": {"tr": "hs-Troponin I", "zh": "高敏肌钙蛋白I", "en": "hs troponin I",
              "conv": ("89579-7", "Troponin I.cardiac [Mass/volume] in Serum or Plasma by High sensitivity method", "ng/L", (0, 19)),
              "si": ("89579-7", "Troponin I.cardiac [Mass/volume] in Serum or Plasma by High sensitivity method", "ng/L", (0, 15.6))},
    "ntprobnp": {"tr": "NT-proBNP", "zh": "N末端B型利钠肽原", "en": "NT-proBNP",
                 "conv": ("33762-6", "Natriuretic peptide.B prohormone N-Terminal [Mass/volume] in Serum or Plasma", "pg/mL", (0, 125)),
                 "si": ("33762-6", "Natriuretic peptide.B prohormone N-Terminal [Mass/volume] in Serum or Plasma", "pg/mL", (0, 125))},
    "ldl": {"tr": "LDL kolesterol", "zh": "低密度脂蛋白胆固醇", "en": "LDL cholesterol",
            "conv": ("13457-7", "Cholesterol in LDL [Mass/volume] in Serum or Plasma by calculation", "mg/dL", (0, 130)),
            "si": ("22748-8", "Cholesterol in LDL [Moles/volume] in Serum or Plasma", "mmol/L", (0, 3.4))},
    "chol": {"tr": "Total kolesterol", "zh": "总胆固醇", "en": "Total cholesterol",
             "conv": ("2093-3", "Cholesterol [Mass/volume] in Serum or Plasma", "mg/dL", (0, 200)),
             "si": ("14647-2", "Cholesterol [Moles/volume] in Serum or Plasma", "mmol/L", (0, 5.2))},
    "b12": {"tr": "Vitamin B12", "zh": "维生素B12", "en": "Vitamin B12",
            "conv": ("2132-9", "Cobalamin (Vitamin B12) [Mass/volume] in Serum or Plasma", "pg/mL", (197, 771)),
            "si": ("2132-9", "Cobalamin (Vitamin B12) [Mass/volume] in Serum or Plasma", "pg/mL", (197, 771))},
    "folate": {"tr": "Folat", "zh": "叶酸", "en": "Folate",
               "conv": ("2284-8", "Folate [Mass/volume] in Serum or Plasma", "ng/mL", (3.9, 26.8)),
               "si": ("2284-8", "Folate [Mass/volume] in Serum or Plasma", "ng/mL", (3.9, 26.8))},
    "calpro": {"tr": "Fekal kalprotektin", "zh": "粪便钙卫蛋白", "en": "Faecal calprotectin",
               "conv": ("38445-3", "Calprotectin [Mass/mass] in Stool", "ug/g", (0, 50)),
               "si": ("38445-3", "Calprotectin [Mass/mass] in Stool", "ug/g", (0, 50))},
    "igg": {"tr": "IgG", "zh": "免疫球蛋白G", "en": "IgG",
            "conv": ("2465-3", "IgG [Mass/volume] in Serum or Plasma", "mg/dL", (700, 1600)),
            "si": ("2465-3", "IgG [Mass/volume] in Serum or Plasma", "g/L", (8.6, 17.4))},
    "ige": {"tr": "Total IgE", "zh": "总IgE", "en": "Total IgE",
            "conv": ("19113-0", "IgE [Units/volume] in Serum or Plasma", "[IU]/mL", (0, 100)),
            "si": ("19113-0", "IgE [Units/volume] in Serum or Plasma", "[IU]/mL", (0, 100))},
    "rf": {"tr": "Romatoid faktör (RF)", "zh": "类风湿因子", "en": "Rheumatoid factor",
           "conv": ("11572-5", "Rheumatoid factor [Units/volume] in Serum or Plasma", "[IU]/mL", (0, 14)),
           "si": ("11572-5", "Rheumatoid factor [Units/volume] in Serum or Plasma", "[IU]/mL", (0, 20))},
    "cea": {"tr": "CEA", "zh": "癌胚抗原", "en": "CEA",
            "conv": ("2039-6", "Carcinoembryonic Ag [Mass/volume] in Serum or Plasma", "ng/mL", (0, 5)),
            "si": ("2039-6", "Carcinoembryonic Ag [Mass/volume] in Serum or Plasma", "ng/mL", (0, 5))},
    "ca199": {"tr": "CA 19-9", "zh": "糖类抗原19-9", "en": "CA 19-9",
              "conv": ("24108-3", "Cancer Ag 19-9 [Units/volume] in Serum or Plasma", "[iU]/mL", (0, 37)),
              "si": ("24108-3", "Cancer Ag 19-9 [Units/volume] in Serum or Plasma", "[iU]/mL", (0, 37))},
    "hba2": {"tr": "HbA2", "zh": "血红蛋白A2", "en": "HbA2",
             "conv": ("4551-8", "Hemoglobin A2/Hemoglobin.total in Blood", "%", (2.0, 3.3)),
             "si": ("4551-8", "Hemoglobin A2/Hemoglobin.total in Blood", "%", (2.5, 3.5))},
    "hbf": {"tr": "HbF", "zh": "胎儿血红蛋白", "en": "HbF",
            "conv": ("4576-5", "Hemoglobin F/Hemoglobin.total in Blood", "%", (0, 1.0)),
            "si": ("4576-5", "Hemoglobin F/Hemoglobin.total in Blood", "%", (0, 2.0))},
    "inr": {"tr": "INR", "zh": "国际标准化比值", "en": "INR",
            "conv": ("6301-6", "INR in Platelet poor plasma by Coagulation assay", "{INR}", (0.8, 1.2)),
            "si": ("6301-6", "INR in Platelet poor plasma by Coagulation assay", "{INR}", (0.8, 1.2))},
    "aptt": {"tr": "aPTT", "zh": "活化部分凝血活酶时间", "en": "APTT",
             "conv": ("14979-9", "aPTT in Platelet poor plasma by Coagulation assay", "s", (25, 37)),
             "si": ("14979-9", "aPTT in Platelet poor plasma by Coagulation assay", "s", (25, 37))},
    "fib": {"tr": "Fibrinojen", "zh": "纤维蛋白原", "en": "Fibrinogen",
            "conv": ("3255-7", "Fibrinogen [Mass/volume] in Platelet poor plasma by Coagulation assay", "mg/dL", (200, 400)),
            "si": ("3255-7", "Fibrinogen [Mass/volume] in Platelet poor plasma by Coagulation assay", "g/L", (1.5, 4.0))},
    "cerulo": {"tr": "Seruloplazmin", "zh": "铜蓝蛋白", "en": "Ceruloplasmin",
               "conv": ("2064-4", "Ceruloplasmin [Mass/volume] in Serum or Plasma", "mg/dL", (20, 60)),
               "si": ("2064-4", "Ceruloplasmin [Mass/volume] in Serum or Plasma", "g/L", (0.2, 0.6))},
    "cu": {"tr": "Bakır (serum)", "zh": "血清铜", "en": "Serum copper",
           "conv": ("5631-7", "Copper [Mass/volume] in Serum or Plasma", "ug/dL", (70, 140)),
           "si": ("5631-7", "Copper [Mass/volume] in Serum or Plasma", "ug/dL", (70, 140))},
    "ck": {"tr": "CK", "zh": "肌酸激酶", "en": "Creatine kinase",
           "conv": ("2157-6", "Creatine kinase [Enzymatic activity/volume] in Serum or Plasma", "U/L", (30, 200)),
           "si": ("2157-6", "Creatine kinase [Enzymatic activity/volume] in Serum or Plasma", "U/L", (40, 200))},
    "vitd": {"tr": "25-OH Vitamin D", "zh": "25-羟维生素D", "en": "25-OH vitamin D",
             "conv": ("1989-3", "25-hydroxyvitamin D3+25-hydroxyvitamin D2 [Mass/volume] in Serum or Plasma", "ng/mL", (30, 100)),
             "si": ("1989-3", "25-hydroxyvitamin D3+25-hydroxyvitamin D2 [Mass/volume] in Serum or Plasma", "ng/mL", (30, 100))},
    "acr": {"tr": "İdrar albümin/kreatinin oranı", "zh": "尿白蛋白/肌酐比值", "en": "Urine ACR",
            "conv": ("9318-7", "Albumin/Creatinine [Mass Ratio] in Urine", "mg/g", (0, 30)),
            "si": ("9318-7", "Albumin/Creatinine [Mass Ratio] in Urine", "mg/g", (0, 30))},
}

STYLE = {"TR": "conv", "CL": "conv", "CN": "si", "PO": "si"}

# local LIS codes (per organisation) so that some results carry a hospital code beside LOINC
LOCAL_PREFIX = {"TR": "KEU-", "CN": "LIS", "PO": "NCH-", "CL": "RB-"}


def _range(r, sex):
    if isinstance(r, dict):
        return r["M" if sex == "male" else "F"]
    return r


def _interp(v, lo, hi):
    if hi is not None and v > hi:
        return "H"
    if lo is not None and v < lo:
        return "L"
    return "N"


def _lab(self, key, value, when, enc=None, rng=None, interp="auto", unit=None, note=None, perf=None,
         local=True, issued=None, loinc=True, name=None):
    """One laboratory result from the catalogue. value is a number in the organisation's unit style."""
    spec = LAB[key]
    style = STYLE[self.org]
    lcode, ldisp, u, r = spec[style]
    u = unit or u
    lo, hi = rng if rng else _range(r, self.sex)
    codings = []
    if loinc:
        codings.append(coding("loinc", lcode, ldisp))
    label = name or {"TR": spec["tr"], "CN": spec["zh"]}.get(self.org, spec["en"])
    if local:
        codings.append({"system": self.o["local"], "code": LOCAL_PREFIX[self.org] + key.upper(), "display": label})
    code = {"coding": codings, "text": label}
    val = q(value, u.replace("{1.73_m2}", "{1.73_m2}"))
    if u == "{INR}":
        val = {"value": value, "system": SYS["ucum"], "code": "{INR}", "unit": "INR"}
    if u == "m[IU]/L":
        val = {"value": value, "system": SYS["ucum"], "code": "m[IU]/L", "unit": "mIU/L"}
    rr = {}
    if lo is not None:
        rr["low"] = q(lo, val["unit"], val["code"])
    if hi is not None:
        rr["high"] = q(hi, val["unit"], val["code"])
    if lo is None and hi is not None:
        rr["text"] = f"< {hi}"
    if hi is None and lo is not None:
        rr["text"] = f">= {lo}"
    if interp == "auto":
        interp = _interp(value, lo, hi) if (lo is not None or hi is not None) else None
    return self.obs(code, when, val, cat="laboratory", enc=enc, perf=perf, interp=interp,
                    rng=[rr] if rr else None, note=note, issued=issued)


Case.lab = _lab


def _labs(self, when, enc=None, report=None, conclusion=None, perf=None, rng=None, **values):
    """Several results at once; optionally grouped in a DiagnosticReport (report = code or key)."""
    out = []
    rng = rng or {}
    for k, v in values.items():
        out.append(self.lab(k, v, when, enc=enc, rng=rng.get(k), perf=perf))
    if report:
        self.report(report, when, results=out, conclusion=conclusion, enc=enc,
                    category=cc(("http://terminology.hl7.org/CodeSystem/v2-0074", "LAB", "Laboratory")))
    return out


Case.labs = _labs

PANELS = {
    "cbc": (("loinc", "58410-2", "CBC panel - Blood by Automated count"), {"TR": "Hemogram (Tam kan sayımı)", "CN": "血常规", "PO": "Full blood count", "CL": "CBC"}),
    "bmp": (("loinc", "24323-8", "Comprehensive metabolic 2000 panel - Serum or Plasma"), {"TR": "Biyokimya paneli", "CN": "生化全套", "PO": "Renal, liver and bone profile", "CL": "Comprehensive metabolic panel"}),
    "iron": (("loinc", "50190-8", "Iron and Iron binding capacity panel - Serum or Plasma"), {"TR": "Demir paneli", "CN": "铁代谢", "PO": "Iron studies", "CL": "Iron panel"}),
    "lipid": (("loinc", "57698-3", "Lipid panel with direct LDL - Serum or Plasma"), {"TR": "Lipid paneli", "CN": "血脂", "PO": "Lipid profile", "CL": "Lipid panel"}),
    "thyroid": (("loinc", "24348-5", "Free T4 and TSH panel - Serum or Plasma"), {"TR": "Tiroid fonksiyon", "CN": "甲功", "PO": "Thyroid function", "CL": "Thyroid panel"}),
    "coag": (("loinc", "34528-0", "PT and aPTT and fibrinogen panel - Platelet poor plasma"), {"TR": "Koagülasyon paneli", "CN": "凝血功能", "PO": "Coagulation screen", "CL": "Coagulation panel"}),
}


def _panel(self, key, when, enc=None, conclusion=None, perf=None, rng=None, **values):
    c, names = PANELS[key]
    code = cc(c, text=names[self.org])
    return self.labs(when, enc=enc, report=code, conclusion=conclusion, perf=perf, rng=rng, **values)


Case.panel = _panel


# vital signs ---------------------------------------------------------------
def _vitals(self, when, enc=None, bp=None, hr=None, wt=None, ht=None, temp=None, spo2=None, rr=None, bmi=None, perf=None):
    out = []
    vs = "vital-signs"
    if bp:
        s, d = bp
        comps = [
            {"code": cc(("loinc", "8480-6", "Systolic blood pressure")), "valueQuantity": q(s, "mm[Hg]", "mm[Hg]"),
             "interpretation": [interp_cc("H" if s >= 140 else "N")]},
            {"code": cc(("loinc", "8462-4", "Diastolic blood pressure")), "valueQuantity": q(d, "mm[Hg]", "mm[Hg]"),
             "interpretation": [interp_cc("H" if d >= 90 else "N")]},
        ]
        out.append(self.obs(cc(("loinc", "85354-9", "Blood pressure panel with all children optional")), when,
                            cat=vs, enc=enc, components=comps, perf=perf))
    for val, code, disp, unit in (
        (hr, "8867-4", "Heart rate", "/min"), (wt, "29463-7", "Body weight", "kg"),
        (ht, "8302-2", "Body height", "cm"), (temp, "8310-5", "Body temperature", "Cel"),
        (spo2, "59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry", "%"),
        (rr, "9279-1", "Respiratory rate", "/min"), (bmi, "39156-5", "Body mass index (BMI) [Ratio]", "kg/m2")):
        if val is not None:
            unit_disp = {"Cel": "°C", "/min": "/min"}.get(unit, unit)
            out.append(self.obs(cc(("loinc", code, disp)), when, {"value": val, "unit": unit_disp, "system": SYS["ucum"], "code": unit},
                                cat=vs, enc=enc, perf=perf))
    return out


Case.vitals = _vitals

# scores --------------------------------------------------------------------
SCORES = {
    "phq9": ("loinc", "44261-6", "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]", "PHQ-9 total score"),
    "gad7": ("loinc", "70274-6", "Generalized anxiety disorder 7 item (GAD-7) total score [Reported.PHQ]", "GAD-7 total score"),
    "phq15": ("loinc", "70273-8", "Patient Health Questionnaire 15 item (PHQ-15) total score [Reported]", "PHQ-15 total score"),
    "pain": ("loinc", "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported", "Pain NRS 0-10"),
    "ecog": ("loinc", "89247-1", "ECOG Performance Status score", "ECOG performance status"),
    "mmse": ("loinc", "72107-6", "Mini-Mental State Examination [MMSE]", "MMSE total"),
    "moca": ("loinc", "72172-0", "Total score [MoCA]", "MoCA total"),
}


def _score(self, key, value, when, enc=None, perf=None, note=None, interp=None, derived=None, name=None, unit=None):
    if key in SCORES:
        s, c, d, label = SCORES[key]
        code = cc((s, c, d), text=name or label)
    else:
        # local instrument: key is (code, display)
        c, d = key
        code = cc((self.o["local"], c, d), text=name or d)
    if isinstance(value, float):
        value = q(value, unit or "{score}", unit or "{score}")
    return self.obs(code, when, value, cat="survey", enc=enc, perf=perf, note=note, interp=interp, derived=derived)


Case.score = _score

# drugs ---------------------------------------------------------------------
# key -> (ATC, RxNorm ingredient or None, English name)
DRUG = {
    "metformin": ("A10BA02", "6809", "metformin"), "empagliflozin": ("A10BK03", "1545653", "empagliflozin"),
    "gliclazide": ("A10BB09", None, "gliclazide"), "glargine": ("A10AE04", "274783", "insulin glargine"),
    "dapagliflozin": ("A10BK01", "1488564", "dapagliflozin"), "sitagliptin": ("A10BH01", "593411", "sitagliptin"),
    "amlodipine": ("C08CA01", "17767", "amlodipine"), "valsartan": ("C09CA03", "69749", "valsartan"),
    "ramipril": ("C09AA05", "35296", "ramipril"), "perindopril": ("C09AA04", "54552", "perindopril"),
    "bisoprolol": ("C07AB07", "19484", "bisoprolol"), "metoprolol": ("C07AB02", "6918", "metoprolol"),
    "furosemide": ("C03CA01", "4603", "furosemide"), "spironolactone": ("C03DA01", "9997", "spironolactone"),
    "atorvastatin": ("C10AA05", "83367", "atorvastatin"), "rosuvastatin": ("C10AA07", "301542", "rosuvastatin"),
    "apixaban": ("B01AF02", "1364430", "apixaban"), "aspirin": ("B01AC06", "1191", "aspirin"),
    "clopidogrel": ("B01AC04", "32968", "clopidogrel"), "isosorbide": ("C01DA14", "6058", "isosorbide mononitrate"),
    "levothyroxine": ("H03AA01", "10582", "levothyroxine"), "pantoprazole": ("A02BC02", "40790", "pantoprazole"),
    "omeprazole": ("A02BC01", "7646", "omeprazole"), "trimebutine": ("A03AA05", None, "trimebutine"),
    "mebeverine": ("A03AA04", None, "mebeverine"), "ferrous_sulfate": ("B03AA07", "4521", "ferrous sulfate"),
    "ferrous_fumarate": ("B03AA02", "24947", "ferrous fumarate"), "tiotropium": ("R03BB04", "69120", "tiotropium"),
    "salbutamol": ("R03AC02", "435", "albuterol"), "budesonide_formoterol": ("R03AK07", None, "budesonide/formoterol"),
    "montelukast": ("R03DC03", "88249", "montelukast"),
    "levodopa_benserazide": ("N04BA02", None, "levodopa/benserazide"), "levodopa_carbidopa": ("N04BA02", "103990", "carbidopa/levodopa"),
    "pramipexole": ("N04BC05", "35200", "pramipexole"), "entacapone": ("N04BX02", "4273", "entacapone"),
    "allopurinol": ("M04AA01", "519", "allopurinol"), "methotrexate": ("L04AX03", "6851", "methotrexate"),
    "leflunomide": ("L04AA13", "27169", "leflunomide"), "folic_acid": ("B03BB01", "4511", "folic acid"),
    "hcq": ("P01BA02", "5521", "hydroxychloroquine"), "prednisolone": ("H02AB06", "8638", "prednisolone"),
    "capecitabine": ("L01BC06", "194000", "capecitabine"), "vincristine": ("L01CA02", "11202", "vincristine"),
    "dexamethasone": ("H02AB02", "3264", "dexamethasone"), "doxorubicin": ("L01DB01", "3639", "doxorubicin"),
    "pegaspargase": ("L01XX24", None, "pegaspargase"), "mercaptopurine": ("L01BB02", "103", "mercaptopurine"),
    "cotrimoxazole": ("J01EE01", "10831", "sulfamethoxazole/trimethoprim"), "gabapentin": ("N03AX12", "25480", "gabapentin"),
    "pregabalin": ("N03AX16", "187832", "pregabalin"), "epoetin": ("B03XA01", None, "epoetin beta"),
    "sevelamer": ("V03AE02", None, "sevelamer"), "calcitriol": ("A11CC04", "1894", "calcitriol"),
    "tamsulosin": ("G04CA02", "77492", "tamsulosin"), "tranexamic": ("B02AA02", "10691", "tranexamic acid"),
    "morphine": ("N02AA01", "7052", "morphine"), "oxycodone": ("N02AA05", "7804", "oxycodone"),
    "fentanyl": ("N02AB03", "4337", "fentanyl"), "ondansetron": ("A04AA01", "26225", "ondansetron"),
    "celecoxib": ("M01AH01", "140587", "celecoxib"), "paracetamol": ("N02BE01", "161", "acetaminophen"),
    "diclofenac": ("M01AB05", "3355", "diclofenac"), "tramadol": ("N02AX02", "10689", "tramadol"),
    "sertraline": ("N06AB06", "36437", "sertraline"), "escitalopram": ("N06AB10", "321988", "escitalopram"),
    "venlafaxine": ("N06AX16", "39786", "venlafaxine"), "duloxetine": ("N06AX21", "72625", "duloxetine"),
    "mirtazapine": ("N06AX11", "15996", "mirtazapine"), "lithium": ("N05AN01", "42351", "lithium carbonate"),
    "quetiapine": ("N05AH04", "51272", "quetiapine"), "aripiprazole": ("N05AX12", "89013", "aripiprazole"),
    "donepezil": ("N06DA02", "135447", "donepezil"), "memantine": ("N06DX01", "6719", "memantine"),
    "trientine": ("A16AX12", None, "trientine"), "zinc_acetate": ("A16AX05", None, "zinc acetate"),
    "amitriptyline": ("N06AA09", "704", "amitriptyline"), "topiramate": ("N03AX11", "38404", "topiramate"),
    "sumatriptan": ("N02CC01", "37418", "sumatriptan"), "propranolol": ("C07AA05", "8787", "propranolol"),
    "lamotrigine": ("N03AX09", "28439", "lamotrigine"), "melatonin": ("N05CH01", None, "melatonin"),
    "clonazepam": ("N03AE01", "2598", "clonazepam"), "lorazepam": ("N05BA06", "6470", "lorazepam"),
    "oxaliplatin": ("L01XA03", "32592", "oxaliplatin"), "deferasirox": ("V03AC03", None, "deferasirox"),
    "ivig": ("J06BA02", None, "immunoglobulin, normal human, intravascular"),
    "enoxaparin": ("B01AB05", "67108", "enoxaparin"), "heparin": ("B01AB01", "5224", "heparin"),
    "sacubitril_valsartan": ("C09DX04", "1656339", "sacubitril/valsartan"),
    "lactulose": ("A06AD11", "6218", "lactulose"), "pancreatin": ("A09AA02", None, "pancrelipase"),
    "megestrol": ("L02AB01", None, "megestrol"), "erenumab": ("N02CD01", None, "erenumab"),
    "carbamazepine": ("N03AF01", "2002", "carbamazepine"), "citalopram": ("N06AB04", "2556", "citalopram"),
}


def _drug(self, key, text):
    atc, rx, en = DRUG[key]
    codings = []
    if self.org == "CL" and rx:
        codings.append(coding("rxnorm", rx, en))
    elif self.org == "CN":
        codings.append({"system": self.o["localdrug"], "code": "YP" + atc, "display": text.split(" ")[0]})
        codings.append(coding("atc", atc, en))
    else:
        codings.append(coding("atc", atc, en))
    return {"coding": codings, "text": text}


Case.drug = _drug


# diagnoses -----------------------------------------------------------------
# key -> {"icd10": (code, en), "tr": text, "cn": (code, zh), "cm": (code, en), "sct": (code, en)}
DX = {
    "htn": {"icd10": ("I10", "Essential (primary) hypertension"), "tr": "Esansiyel (primer) hipertansiyon",
            "cn": ("I10.x00x002", "原发性高血压"), "cm": ("I10", "Essential (primary) hypertension"),
            "sct": ("59621000", "Essential hypertension")},
    "t2dm": {"icd10": ("E11.9", "Type 2 diabetes mellitus without complications"), "tr": "Tip 2 diabetes mellitus, komplikasyonsuz",
             "cn": ("E11.900", "2型糖尿病"), "cm": ("E11.9", "Type 2 diabetes mellitus without complications"),
             "sct": ("44054006", "Diabetes mellitus type 2")},
    "hchol": {"icd10": ("E78.0", "Pure hypercholesterolaemia"), "tr": "Saf hiperkolesterolemi",
              "cn": ("E78.000", "纯高胆固醇血症"), "cm": ("E78.2", "Mixed hyperlipidemia"),
              "sct": ("13644009", "Hypercholesterolemia")},
    "obesity": {"icd10": ("E66.0", "Obesity due to excess calories"), "tr": "Aşırı kaloriye bağlı obezite",
                "cn": ("E66.000", "肥胖"), "cm": ("E66.09", "Other obesity due to excess calories"),
                "sct": ("414916001", "Obesity")},
    "hypothyroid": {"icd10": ("E03.8", "Other specified hypothyroidism"), "tr": "Hipotiroidi",
                    "cn": ("E03.900", "甲状腺功能减退症"), "cm": ("E03.8", "Other specified hypothyroidism"),
                    "sct": ("40930008", "Hypothyroidism")},
    "hashimoto": {"icd10": ("E06.3", "Autoimmune thyroiditis"), "tr": "Otoimmün tiroidit (Hashimoto)",
                  "cn": ("E06.300", "桥本甲状腺炎"), "cm": ("E06.3", "Autoimmune thyroiditis"),
                  "sct": ("21983002", "Hashimoto thyroiditis")},
    "oa_knee": {"icd10": ("M17.0", "Primary gonarthrosis, bilateral"), "tr": "Primer gonartroz, bilateral",
                "cn": ("M17.000", "双侧原发性膝关节病"), "cm": ("M17.0", "Bilateral primary osteoarthritis of knee"),
                "sct": ("239873007", "Osteoarthritis of knee")},
    "gerd": {"icd10": ("K21.0", "Gastro-oesophageal reflux disease with oesophagitis"), "tr": "Özofajitli gastroözofageal reflü hastalığı",
             "cn": ("K21.000", "胃食管反流病伴食管炎"), "cm": ("K21.00", "Gastro-esophageal reflux disease with esophagitis, without bleeding"),
             "sct": ("235595009", "Gastroesophageal reflux disease")},
    "asthma_allergic": {"icd10": ("J45.0", "Predominantly allergic asthma"), "tr": "Alerjik astım",
                        "cn": ("J45.000", "过敏性哮喘"), "cm": ("J45.30", "Mild persistent asthma, uncomplicated"),
                        "sct": ("389145006", "Allergic asthma")},
    "copd": {"icd10": ("J44.8", "Other specified chronic obstructive pulmonary disease"), "tr": "Kronik obstrüktif akciğer hastalığı",
             "cn": ("J44.800", "慢性阻塞性肺疾病"), "cm": ("J44.89", "Other forms of chronic obstructive pulmonary disease"),
             "sct": ("13645005", "Chronic obstructive lung disease")},
    "af": {"icd10": ("I48.2", "Chronic atrial fibrillation"), "tr": "Kalıcı atriyal fibrilasyon",
           "cn": ("I48.x02", "持续性心房颤动"), "cm": ("I48.21", "Permanent atrial fibrillation"),
           "sct": ("49436004", "Atrial fibrillation")},
    "gout": {"icd10": ("M10.0", "Idiopathic gout"), "tr": "İdiyopatik gut",
             "cn": ("M10.000", "痛风"), "cm": ("M10.072", "Idiopathic gout, left ankle and foot"),
             "sct": ("90560007", "Gout")},
    "depression_mild": {"icd10": ("F32.0", "Mild depressive episode"), "tr": "Hafif depresif epizod",
                        "cn": ("F32.000", "轻度抑郁发作"), "cm": ("F32.0", "Major depressive disorder, single episode, mild"),
                        "sct": ("310495003", "Mild depression")},
    "migraine": {"icd10": ("G43.0", "Migraine without aura"), "tr": "Aurasız migren",
                 "cn": ("G43.000", "无先兆偏头痛"), "cm": ("G43.009", "Migraine without aura, not intractable, without status migrainosus"),
                 "sct": ("56097005", "Migraine without aura")},
    "osteoporosis": {"icd10": ("M81.0", "Postmenopausal osteoporosis"), "tr": "Postmenopozal osteoporoz",
                     "cn": ("M81.000", "绝经后骨质疏松"), "cm": ("M81.0", "Age-related osteoporosis without current pathological fracture"),
                     "sct": ("102447009", "Postmenopausal osteoporosis")},
    "bph": {"icd10": ("N40", "Hyperplasia of prostate"), "tr": "Benign prostat hiperplazisi",
            "cn": ("N40.x00", "前列腺增生"), "cm": ("N40.1", "Benign prostatic hyperplasia with lower urinary tract symptoms"),
            "sct": ("266569009", "Benign prostatic hyperplasia")},
    "fatty_liver": {"icd10": ("K76.0", "Fatty (change of) liver, not elsewhere classified"), "tr": "Karaciğer yağlanması",
                    "cn": ("K76.000", "非酒精性脂肪性肝病"), "cm": ("K76.0", "Fatty (change of) liver, not elsewhere classified"),
                    "sct": ("197321007", "Steatosis of liver")},
    "insomnia": {"icd10": ("F51.0", "Nonorganic insomnia"), "tr": "Organik olmayan uykusuzluk",
                 "cn": ("F51.000", "非器质性失眠症"), "cm": ("F51.01", "Primary insomnia"),
                 "sct": ("193462001", "Insomnia")},
}


def _dx(self, key, **kw):
    d = DX[key]
    if self.org == "TR":
        c, en = d["icd10"]
        code = cc(("icd10", c, d["tr"]), text=d["tr"])
    elif self.org == "CN":
        c, zh = d["cn"]
        code = cc(("icd10cn", c, zh), text=zh)
    elif self.org == "PO":
        sc, sen = d["sct"]
        c, en = d["icd10"]
        code = cc(("sct", sc, sen), ("icd10", c, en), text=sen)
    else:
        c, en = d["cm"]
        sc, sen = d["sct"]
        code = cc(("icd10cm", c, en), ("sct", sc, sen), text=sen)
    return self.cond(code, **kw)


Case.dx = _dx


def registry(store):
    """Decorator factory: @case(key=..., org=..., target=..., kind=..., expected=[...], why=..., summary=...)."""
    def case(**meta):
        def deco(fn):
            store.append({**meta, "build": fn})
            return fn
        return deco
    return case
