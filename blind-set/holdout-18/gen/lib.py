import base64, json
SCT="http://snomed.info/sct"; ICD="http://hl7.org/fhir/sid/icd-10-cm"; LNC="http://loinc.org"
RX="http://www.nlm.nih.gov/research/umls/rxnorm"; CPT="http://www.ama-assn.org/go/cpt"
HCPCS="https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets"; UCUM="http://unitsofmeasure.org"
OBSINT="http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation"
def cc(*codings, text=None):
    d={}
    if codings: d["coding"]=[{"system":s,"code":c,"display":dsp} for (s,c,dsp) in codings]
    if text: d["text"]=text
    elif codings: d["text"]=codings[0][2]
    return d
ORGS={
 "A1":("Great Lakes Regional Health","https://fhir.glrhealth.org/r4","urn:oid:2.16.840.1.113883.3.7721.1"),
 "A2":("Mercy Valley Health System","https://ehr-api.mercyvalley.org/fhir/r4","urn:oid:2.16.840.1.113883.3.5102.2"),
 "A3":("Sunbelt Community Health Partners","https://interop.sunbelthealth.net/fhir/R4","urn:oid:2.16.840.1.113883.3.9140.7"),
 "A4":("Prairie Ridge Medical Group","https://fhir.prairieridgemed.com/r4","urn:oid:2.16.840.1.113883.3.3318.4"),
 "B1":("Piedmont Digestive & Liver Associates","https://fhir.piedmontdigestive.com/r4","urn:oid:2.16.840.1.113883.3.6620.3"),
 "B2":("Bayview Gastroenterology & Colorectal Surgery","https://api.bayviewgi.org/fhir/r4","urn:oid:2.16.840.1.113883.3.8871.1"),
 "C1":("Cascadia Congenital Heart & Genetics Program","https://fhir.cascadiachildrens.org/r4","urn:oid:2.16.840.1.113883.3.4410.9"),
 "C2":("Heartland Children's Heart Center","https://fhir.heartlandchildrens.org/R4","urn:oid:2.16.840.1.113883.3.2207.5"),
}
class B:
    def __init__(s, cid, org):
        s.cid=cid; s.org=org; s.name,s.base,s.oid=ORGS[org]; s.entries=[]; s.n={}
        s.style=org[0]
    def nid(s, kind):
        s.n[kind]=s.n.get(kind,0)+1; return f"{s.cid}-{kind}-{s.n[kind]}"
    def add(s, r):
        s.entries.append({"fullUrl":f"{s.base}/{r['resourceType']}/{r['id']}","resource":r,
                          "request":{"method":"PUT","url":f"{r['resourceType']}/{r['id']}"}})
        return f"{r['resourceType']}/{r['id']}"
    @property
    def P(s): return {"reference":f"Patient/{s.cid}"}
    def ref(s, x): return {"reference":x}
    def setup(s, family, given, gender, birth, mrn, addr_city, addr_state, pracs, payer="Blue Cross Blue Shield", member=None, lang=None, contact=None, extra_pat=None):
        s.orgref=s.add({"resourceType":"Organization","id":f"{s.cid}-org","identifier":[{"system":s.oid,"value":s.org+"01"}],
            "active":True,"type":[cc(("http://terminology.hl7.org/CodeSystem/organization-type","prov","Healthcare Provider"))],"name":s.name})
        s.pr=[]
        for (fam,giv,spec) in pracs:
            pid=s.nid("pract")
            s.pr.append(s.add({"resourceType":"Practitioner","id":pid,"name":[{"family":fam,"given":[giv],"prefix":["Dr."]}],
                "qualification":[{"code":cc(text=spec)}]}))
        p={"resourceType":"Patient","id":s.cid,"identifier":[{"use":"usual","type":cc(("http://terminology.hl7.org/CodeSystem/v2-0203","MR","Medical record number")),
            "system":s.oid+".100","value":mrn}],"active":True,"name":[{"use":"official","family":family,"given":given}],
            "gender":gender,"birthDate":birth,"address":[{"city":addr_city,"state":addr_state,"country":"US"}],
            "managingOrganization":{"reference":s.orgref}}
        if lang: p["communication"]=[{"language":cc(("urn:ietf:bcp:47",lang[0],lang[1])),"preferred":True}]
        if contact: p["contact"]=contact
        if extra_pat: p.update(extra_pat)
        s.add(p)
        s.payorg=s.add({"resourceType":"Organization","id":f"{s.cid}-payer","name":payer,
            "type":[cc(("http://terminology.hl7.org/CodeSystem/organization-type","ins","Insurance Company"))]})
        s.add({"resourceType":"Coverage","id":f"{s.cid}-cov","status":"active","beneficiary":s.P,
            "subscriberId":member or (mrn[-6:]+"A"),"payor":[{"reference":s.payorg}],
            "type":cc(("http://terminology.hl7.org/CodeSystem/v3-ActCode","HIP","health insurance plan policy"))})
    def enc(s, date, typ, cls="AMB", reason=None, end=None, status="finished", pr=0, diag=None, hosp=None):
        eid=s.nid("enc")
        clsd={"AMB":"ambulatory","IMP":"inpatient encounter","EMER":"emergency","VR":"virtual"}[cls]
        r={"resourceType":"Encounter","id":eid,"status":status,
           "class":{"system":"http://terminology.hl7.org/CodeSystem/v3-ActCode","code":cls,"display":clsd},
           "type":[typ if isinstance(typ,dict) else cc(text=typ)],"subject":s.P,
           "participant":[{"individual":{"reference":s.pr[pr]}}],
           "period":{"start":date, "end":end or date},"serviceProvider":{"reference":s.orgref}}
        if reason: r["reasonCode"]=[reason if isinstance(reason,dict) else cc(text=reason)]
        if diag: r["diagnosis"]=[{"condition":{"reference":d}} for d in diag]
        if hosp: r["hospitalization"]=hosp
        s.add(r); return f"Encounter/{eid}"
    def cond(s, code, onset=None, clin="active", ver="confirmed", cat="problem-list-item", abate=None, recorded=None, enc=None, note=None, sev=None, bodysite=None, noonset=False):
        cid=s.nid("cond")
        r={"resourceType":"Condition","id":cid}
        if clin is not None:
            r["clinicalStatus"]=cc(("http://terminology.hl7.org/CodeSystem/condition-clinical",clin,clin.capitalize()))
        if ver is not None:
            r["verificationStatus"]=cc(("http://terminology.hl7.org/CodeSystem/condition-ver-status",ver,ver.capitalize()))
        catd={"problem-list-item":"Problem List Item","encounter-diagnosis":"Encounter Diagnosis"}[cat]
        r["category"]=[cc(("http://terminology.hl7.org/CodeSystem/condition-category",cat,catd))]
        if sev: r["severity"]=sev
        r["code"]=code; r["subject"]=s.P
        if bodysite: r["bodySite"]=[bodysite]
        if enc: r["encounter"]={"reference":enc}
        if onset and not noonset: r["onsetDateTime"]=onset
        if abate: r["abatementDateTime"]=abate
        if recorded: r["recordedDate"]=recorded
        elif onset and not noonset: r["recordedDate"]=onset
        if note: r["note"]=[{"text":note}]
        s.add(r); return f"Condition/{cid}"
    def obs(s, code, date, val=None, unit=None, ucode=None, lo=None, hi=None, interp="auto", cat="laboratory", vstr=None, vcc=None, comps=None, enc=None, note=None, status="final", reftext=None):
        oid=s.nid("obs")
        r={"resourceType":"Observation","id":oid,"status":status,
           "category":[cc(("http://terminology.hl7.org/CodeSystem/observation-category",cat,{"laboratory":"Laboratory","vital-signs":"Vital Signs","survey":"Survey","exam":"Exam","imaging":"Imaging","procedure":"Procedure","social-history":"Social History"}[cat]))],
           "code":code if isinstance(code,dict) else cc(text=code),"subject":s.P,"effectiveDateTime":date}
        if enc: r["encounter"]={"reference":enc}
        if val is not None:
            r["valueQuantity"]={"value":val,"unit":unit,"system":UCUM,"code":ucode or unit} if unit else {"value":val}
        if vstr is not None: r["valueString"]=vstr
        if vcc is not None: r["valueCodeableConcept"]=vcc
        if comps: r["component"]=comps
        if interp=="auto" and val is not None and (lo is not None or hi is not None):
            if lo is not None and val<lo: interp="L"
            elif hi is not None and val>hi: interp="H"
            else: interp="N"
        if interp and interp!="auto":
            dd={"N":"Normal","H":"High","L":"Low","A":"Abnormal","HH":"Critical high","LL":"Critical low","POS":"Positive","NEG":"Negative"}[interp]
            r["interpretation"]=[cc((OBSINT,interp,dd))]
        if lo is not None or hi is not None or reftext:
            rr={}
            if lo is not None: rr["low"]={"value":lo,"unit":unit,"system":UCUM,"code":ucode or unit}
            if hi is not None: rr["high"]={"value":hi,"unit":unit,"system":UCUM,"code":ucode or unit}
            if reftext: rr["text"]=reftext
            r["referenceRange"]=[rr]
        if note: r["note"]=[{"text":note}]
        s.add(r); return f"Observation/{oid}"
    def lab(s, key, date, val, **kw):
        L=LABS[key]; return s.obs(cc((LNC,L[0],L[1])), date, val, L[2], L[3], L[4], L[5], **kw)
    def vitals(s, date, sbp, dbp, hr, wt=None, enc=None, bmi=None, temp=None, spo2=None):
        out=[]
        out.append(s.obs(cc((LNC,"85354-9","Blood pressure panel with all children optional")),date,cat="vital-signs",enc=enc,interp=None,
            comps=[{"code":cc((LNC,"8480-6","Systolic blood pressure")),"valueQuantity":{"value":sbp,"unit":"mm[Hg]","system":UCUM,"code":"mm[Hg]"}},
                   {"code":cc((LNC,"8462-4","Diastolic blood pressure")),"valueQuantity":{"value":dbp,"unit":"mm[Hg]","system":UCUM,"code":"mm[Hg]"}}]))
        out.append(s.obs(cc((LNC,"8867-4","Heart rate")),date,hr,"/min",cat="vital-signs",enc=enc,interp=None))
        if wt is not None: out.append(s.obs(cc((LNC,"29463-7","Body weight")),date,wt,"kg",cat="vital-signs",enc=enc,interp=None))
        if bmi is not None: out.append(s.obs(cc((LNC,"39156-5","Body mass index (BMI) [Ratio]")),date,bmi,"kg/m2",cat="vital-signs",enc=enc,interp=None))
        if temp is not None: out.append(s.obs(cc((LNC,"8310-5","Body temperature")),date,temp,"Cel",cat="vital-signs",enc=enc,interp=None))
        if spo2 is not None: out.append(s.obs(cc((LNC,"59408-5","Oxygen saturation in Arterial blood by Pulse oximetry")),date,spo2,"%",cat="vital-signs",enc=enc,interp=None))
        return out
    def med(s, code, authored, status="active", intent="order", dose=None, reason=None, start=None, end=None, pr=0, note=None):
        mid=s.nid("medrx")
        r={"resourceType":"MedicationRequest","id":mid,"status":status,"intent":intent,
           "medicationCodeableConcept":code,"subject":s.P,"authoredOn":authored,"requester":{"reference":s.pr[pr]}}
        if dose: r["dosageInstruction"]=[{"text":dose}]
        if reason: r["reasonReference"]=[{"reference":x} for x in reason]
        if start or end:
            vp={}
            if start: vp["start"]=start
            if end: vp["end"]=end
            r["dispenseRequest"]={"validityPeriod":vp}
        if note: r["note"]=[{"text":note}]
        s.add(r); return f"MedicationRequest/{mid}"
    def medstmt(s, code, start, status="active", end=None, dose=None, reason=None, asserted=None):
        mid=s.nid("medst")
        r={"resourceType":"MedicationStatement","id":mid,"status":status,"medicationCodeableConcept":code,"subject":s.P,
           "effectivePeriod":{"start":start, **({"end":end} if end else {})},"dateAsserted":asserted or start}
        if dose: r["dosage"]=[{"text":dose}]
        if reason: r["reasonReference"]=[{"reference":x} for x in reason]
        s.add(r); return f"MedicationStatement/{mid}"
    def sr(s, code, status, intent, authored, occ=None, reason=None, cat=None, pr=0, note=None, priority=None, performer=None):
        sid=s.nid("sr")
        r={"resourceType":"ServiceRequest","id":sid,"status":status,"intent":intent}
        if cat: r["category"]=[cat]
        if priority: r["priority"]=priority
        r.update({"code":code,"subject":s.P,"authoredOn":authored,"requester":{"reference":s.pr[pr]}})
        if occ: r["occurrenceDateTime"]=occ
        if reason: r["reasonReference"]=[{"reference":x} for x in reason]
        if performer: r["performer"]=[{"reference":performer}]
        if note: r["note"]=[{"text":note}]
        s.add(r); return f"ServiceRequest/{sid}"
    def proc(s, code, status, date=None, reason=None, pr=0, note=None, basedOn=None, outcome=None, enc=None):
        pid=s.nid("proc")
        r={"resourceType":"Procedure","id":pid,"status":status,"code":code,"subject":s.P}
        if basedOn: r["basedOn"]=[{"reference":basedOn}]
        if enc: r["encounter"]={"reference":enc}
        if date: r["performedDateTime"]=date
        r["performer"]=[{"actor":{"reference":s.pr[pr]}}]
        if reason: r["reasonReference"]=[{"reference":x} for x in reason]
        if outcome: r["outcome"]=cc(text=outcome)
        if note: r["note"]=[{"text":note}]
        s.add(r); return f"Procedure/{pid}"
    def note(s, date, title, text, typ=("11506-3","Progress note"), pr=0, enc=None, status="current"):
        did=s.nid("doc")
        r={"resourceType":"DocumentReference","id":did,"status":status,"docStatus":"final",
           "type":cc((LNC,typ[0],typ[1])),"category":[cc(("http://hl7.org/fhir/us/core/CodeSystem/us-core-documentreference-category","clinical-note","Clinical Note"))],
           "subject":s.P,"date":date+"T12:00:00Z" if "T" not in date else date,"author":[{"reference":s.pr[pr]}],"description":title,
           "content":[{"attachment":{"contentType":"text/plain","title":title,"creation":date,
                "data":base64.b64encode(text.encode()).decode()}}]}
        if enc: r["context"]={"encounter":[{"reference":enc}]}
        s.add(r); return f"DocumentReference/{did}"
    def report(s, code, date, conclusion, results=None, cat=("LAB","Laboratory"), pr=0, status="final", concl_code=None):
        rid=s.nid("dr")
        r={"resourceType":"DiagnosticReport","id":rid,"status":status,
           "category":[cc(("http://terminology.hl7.org/CodeSystem/v2-0074",cat[0],cat[1]))],"code":code,"subject":s.P,
           "effectiveDateTime":date,"issued":date+"T18:00:00Z","performer":[{"reference":s.pr[pr]}],"conclusion":conclusion}
        if results: r["result"]=[{"reference":x} for x in results]
        if concl_code: r["conclusionCode"]=[concl_code]
        s.add(r); return f"DiagnosticReport/{rid}"
    def careplan(s, cat, title, status, intent, start, desc=None, addresses=None, acts=None, end=None):
        pid=s.nid("cp")
        r={"resourceType":"CarePlan","id":pid,"status":status,"intent":intent,"category":[cat],"title":title,"subject":s.P,
           "period":{"start":start, **({"end":end} if end else {})},"created":start,"author":{"reference":s.pr[0]}}
        if desc: r["description"]=desc
        if addresses: r["addresses"]=[{"reference":x} for x in addresses]
        if acts: r["activity"]=[{"detail":{"code":a[0] if isinstance(a[0],dict) else cc(text=a[0]),"status":a[1],"description":a[2]}} for a in acts]
        s.add(r); return f"CarePlan/{pid}"
    def comm(s, date, text, sender, recipient, status="completed", cat=None, topic=None, inreply=None, medium=None):
        mid=s.nid("comm")
        r={"resourceType":"Communication","id":mid,"status":status}
        if cat: r["category"]=[cat]
        if inreply: r["inResponseTo"]=[{"reference":inreply}]
        if medium: r["medium"]=[medium]
        r.update({"subject":s.P,"sent":date,"sender":{"reference":sender},"recipient":[{"reference":recipient}],
           "payload":[{"contentString":text}]})
        if topic: r["topic"]=cc(text=topic)
        s.add(r); return f"Communication/{mid}"
    def qr(s, qurl, date, items, author=None, status="completed"):
        qid=s.nid("qr")
        r={"resourceType":"QuestionnaireResponse","id":qid,"questionnaire":qurl,"status":status,"subject":s.P,
           "authored":date,"author":{"reference":author or f"Patient/{s.cid}"},"source":{"reference":author or f"Patient/{s.cid}"},"item":items}
        s.add(r); return f"QuestionnaireResponse/{qid}"
    def done(s): return {"resourceType":"Bundle","id":f"{s.cid}-bundle","type":"transaction","entry":s.entries}

def qi(linkId, text, ans):
    a=[]
    for x in (ans if isinstance(ans,list) else [ans]):
        if isinstance(x,tuple): a.append({"valueCoding":{"system":x[0],"code":x[1],"display":x[2]}})
        elif isinstance(x,bool): a.append({"valueBoolean":x})
        elif isinstance(x,int): a.append({"valueInteger":x})
        elif isinstance(x,float): a.append({"valueDecimal":x})
        else: a.append({"valueString":x})
    return {"linkId":linkId,"text":text,"answer":a}
YES=(LNC,"LA33-6","Yes"); NO=(LNC,"LA32-8","No")
LABS={ # key: loinc, display, unit, ucum, lo, hi
 "hgbF":("718-7","Hemoglobin [Mass/volume] in Blood","g/dL","g/dL",12.0,15.5),
 "hgbM":("718-7","Hemoglobin [Mass/volume] in Blood","g/dL","g/dL",13.5,17.5),
 "wbc":("6690-2","Leukocytes [#/volume] in Blood by Automated count","10*3/uL","10*3/uL",4.0,11.0),
 "plt":("777-3","Platelets [#/volume] in Blood by Automated count","10*3/uL","10*3/uL",150,400),
 "mcv":("787-2","MCV [Entitic volume] by Automated count","fL","fL",80,100),
 "cr":("2160-0","Creatinine [Mass/volume] in Serum or Plasma","mg/dL","mg/dL",0.6,1.3),
 "egfr":("98979-8","Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI 2021)","mL/min/1.73m2","mL/min/{1.73_m2}",60,None),
 "k":("2823-3","Potassium [Moles/volume] in Serum or Plasma","mmol/L","mmol/L",3.5,5.1),
 "na":("2951-2","Sodium [Moles/volume] in Serum or Plasma","mmol/L","mmol/L",135,145),
 "tsh":("3016-3","Thyrotropin [Units/volume] in Serum or Plasma","m[IU]/L","m[IU]/L",0.4,4.5),
 "alt":("1742-6","Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma","U/L","U/L",7,56),
 "ast":("1920-8","Aspartate aminotransferase [Enzymatic activity/volume] in Serum or Plasma","U/L","U/L",10,40),
 "alp":("6768-6","Alkaline phosphatase [Enzymatic activity/volume] in Serum or Plasma","U/L","U/L",44,147),
 "bili":("1975-2","Bilirubin.total [Mass/volume] in Serum or Plasma","mg/dL","mg/dL",0.1,1.2),
 "alb":("1751-7","Albumin [Mass/volume] in Serum or Plasma","g/dL","g/dL",3.5,5.0),
 "inr":("6301-6","INR in Platelet poor plasma by Coagulation assay","{INR}","{INR}",0.8,1.2),
 "ferr":("2276-4","Ferritin [Mass/volume] in Serum or Plasma","ng/mL","ng/mL",15,150),
 "crp":("1988-5","C reactive protein [Mass/volume] in Serum or Plasma","mg/L","mg/L",0,10),
 "calpro":("38445-3","Calprotectin [Mass/mass] in Stool","ug/g","ug/g",None,50),
 "a1c":("4548-4","Hemoglobin A1c/Hemoglobin.total in Blood","%","%",4.0,5.6),
 "ck":("2157-6","Creatine kinase [Enzymatic activity/volume] in Serum or Plasma","U/L","U/L",30,200),
 "ntbnp":("33762-6","Natriuretic peptide.B prohormone N-Terminal [Mass/volume] in Serum or Plasma","pg/mL","pg/mL",None,125),
 "ca":("17861-6","Calcium [Mass/volume] in Serum or Plasma","mg/dL","mg/dL",8.5,10.5),
 "ldl":("13457-7","Cholesterol in LDL [Mass/volume] in Serum or Plasma by calculation","mg/dL","mg/dL",None,100),
 "lipase":("3040-3","Lipase [Enzymatic activity/volume] in Serum or Plasma","U/L","U/L",13,60),
 "esr":("4537-7","Erythrocyte sedimentation rate by Westergren method","mm/h","mm/h",0,20),
 "ttg":("31017-7","Tissue transglutaminase Ab.IgA [Units/volume] in Serum","U/mL","U/mL",None,4),
 "uacr":("9318-7","Albumin/Creatinine [Mass Ratio] in Urine","mg/g","mg/g{creat}",None,30),
 "hgbPed":("718-7","Hemoglobin [Mass/volume] in Blood","g/dL","g/dL",11.5,15.5),
 "plt2":("777-3","Platelets [#/volume] in Blood by Automated count","10*3/uL","10*3/uL",150,450),
 "trop":("89579-7","Troponin I.cardiac [Mass/volume] in Serum or Plasma by High sensitivity method","ng/L","ng/L",None,14),
 "dimer":("48065-7","Fibrin D-dimer FEU [Mass/volume] in Platelet poor plasma","ug/mL{FEU}","ug/mL{FEU}",None,0.5),
 "psa":("2857-1","Prostate specific Ag [Mass/volume] in Serum or Plasma","ng/mL","ng/mL",None,4.0),
}
