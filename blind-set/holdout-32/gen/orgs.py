"""The four fictitious organisations and the way each one's exporter writes things."""
from fhirkit import (Case, cc, coding, sct, icd, lnc, cpt, qty, text_cc, NPI, V2_0203, LOINC, CDC_RACE, dt,
                     instant)

# ---------------------------------------------------------------- 1. Epic-style academic medical centre
EPIC_ROOT = "urn:oid:1.2.840.114350.1.13.5521.1.7"
EPIC_MRN = EPIC_ROOT + ".5.737384.14"
EPIC_EPI = EPIC_ROOT + ".5.737384.0"
EPIC_DX = EPIC_ROOT + ".2.728286"          # EDG diagnosis / problem ids
EPIC_EAP = EPIC_ROOT + ".2.696580"         # procedure master (EAP)
EPIC_LRR = EPIC_ROOT + ".2.768282"         # lab components
EPIC_FLO = EPIC_ROOT + ".2.707679"         # flowsheet rows
EPIC_ERX = EPIC_ROOT + ".2.698288"         # medication ids
EPIC_NOTE = EPIC_ROOT + ".4.737880.5010"   # note types
EPIC_ENC = EPIC_ROOT + ".4.698084.10110"   # encounter types
EPIC_DEP = EPIC_ROOT + ".2.686980"         # departments

EPIC = {
    "key": "epic",
    "name": "Lakeshore University Medical Center",
    "base": "https://fhir.lakeshore-umc.example.org/api/FHIR/R4/",
    "city": "Chicago", "state": "IL",
}

# ---------------------------------------------------------------- 2. urgent-care and ED network
ED_SYS = "https://terminology.summitridge-er.example.net/CodeSystem"
ED = {
    "key": "ed",
    "name": "Summit Ridge Emergency & Urgent Care Network",
    "base": "https://interop.summitridge-er.example.net/fhir/r4/",
    "city": "Aurora", "state": "CO",
}

# ---------------------------------------------------------------- 3. rheumatology and infusion centre
RH_SYS = "https://ehr.northbank-rheum.example.com/fhir/CodeSystem"
RHEUM = {
    "key": "rheum",
    "name": "Northbank Rheumatology & Infusion Center",
    "base": "https://ehr.northbank-rheum.example.com/fhir/",
    "city": "Columbus", "state": "OH",
}

# ---------------------------------------------------------------- 4. paediatric and adolescent hospital
PD_SYS = "https://fhir.stbrigids-children.example.org/CodeSystem"
PEDS = {
    "key": "peds",
    "name": "St. Brigid's Children's Hospital",
    "base": "https://fhir.stbrigids-children.example.org/R4/",
    "city": "Minneapolis", "state": "MN",
}

ORGS = {"epic": EPIC, "ed": ED, "rheum": RHEUM, "peds": PEDS}

ORG_ADDR = {
    "epic": {"line": ["1200 N Lake Shore Dr"], "city": "Chicago", "state": "IL", "postalCode": "60611", "country": "US"},
    "ed": {"line": ["14550 E Alameda Pkwy"], "city": "Aurora", "state": "CO", "postalCode": "80012", "country": "US"},
    "rheum": {"line": ["3300 Olentangy River Rd", "Suite 210"], "city": "Columbus", "state": "OH", "postalCode": "43202", "country": "US"},
    "peds": {"line": ["2525 Chicago Ave S"], "city": "Minneapolis", "state": "MN", "postalCode": "55404", "country": "US"},
}
ORG_NPI = {"epic": "1588012345", "ed": "1730456789", "rheum": "1255398712", "peds": "1992876541"}
ORG_PHONE = {"epic": "312-555-0100", "ed": "303-555-0142", "rheum": "614-555-0175", "peds": "612-555-0190"}


def new_case(cid, org_key):
    org = ORGS[org_key]
    c = Case(cid, org)
    c.org_key = org_key
    ident = [{"system": NPI, "value": ORG_NPI[org_key]}]
    c.org_ref = c.organization("org", org["name"], identifier=ident, address=ORG_ADDR[org_key],
                               telecom=[{"system": "phone", "value": ORG_PHONE[org_key], "use": "work"}])
    return c


def patient(c, given, family, gender, birth, *, line, city, postal, phone, mrn, race=None, ethnicity=None,
            marital=None, gp=None, language="en", deceased=None, contact=None, multiple_birth=None):
    st = c.org["state"]
    body = {}
    if c.org_key == "epic":
        if race or ethnicity:
            body["extension"] = []
        if race:
            body["extension"].append({"url": "http://hl7.org/fhir/us/core/StructureDefinition/us-core-race",
                                      "extension": [{"url": "ombCategory", "valueCoding": coding(CDC_RACE, race[0], race[1])},
                                                    {"url": "text", "valueString": race[1]}]})
        if ethnicity:
            body["extension"].append({"url": "http://hl7.org/fhir/us/core/StructureDefinition/us-core-ethnicity",
                                      "extension": [{"url": "ombCategory", "valueCoding": coding(CDC_RACE, ethnicity[0], ethnicity[1])},
                                                    {"url": "text", "valueString": ethnicity[1]}]})
        body["extension"] = body.get("extension", []) + [
            {"url": "http://hl7.org/fhir/us/core/StructureDefinition/us-core-birthsex",
             "valueCode": {"male": "M", "female": "F"}[gender]}]
        body["identifier"] = [
            {"use": "usual", "type": cc(coding(V2_0203, "MR", "Medical Record Number"), text="MRN"),
             "system": EPIC_MRN, "value": mrn},
            {"use": "usual", "type": text_cc("EPI"), "system": EPIC_EPI, "value": "E" + mrn[-7:]},
        ]
    elif c.org_key == "ed":
        body["identifier"] = [
            {"use": "usual", "type": cc(coding(V2_0203, "MR", "Medical Record Number")),
             "system": "https://summitridge-er.example.net/id/enterprise-mrn", "value": mrn}]
    elif c.org_key == "rheum":
        body["identifier"] = [
            {"use": "usual", "type": cc(coding(V2_0203, "MR", "Medical Record Number")),
             "system": "https://northbank-rheum.example.com/id/chart", "value": mrn}]
    else:
        body["identifier"] = [
            {"use": "usual", "type": cc(coding(V2_0203, "MR", "Medical Record Number")),
             "system": "https://stbrigids-children.example.org/id/mrn", "value": mrn}]
    body["active"] = True
    body["name"] = [{"use": "official", "family": family, "given": given.split()}]
    body["telecom"] = [{"system": "phone", "value": phone, "use": "mobile" if c.org_key != "peds" else "home"}]
    body["gender"] = gender
    body["birthDate"] = birth
    if deceased is not None:
        body["deceasedBoolean"] = deceased
    body["address"] = [{"use": "home", "line": [line], "city": city, "state": st, "postalCode": postal,
                        "country": "US"}]
    if marital:
        mcodes = {"M": "Married", "S": "Never Married", "D": "Divorced", "W": "Widowed"}
        body["maritalStatus"] = cc(coding("http://terminology.hl7.org/CodeSystem/v3-MaritalStatus", marital,
                                          mcodes[marital]))
    if multiple_birth is not None:
        body["multipleBirthBoolean"] = multiple_birth
    if contact:
        body["contact"] = [contact]
    body["communication"] = [{"language": cc(coding("urn:ietf:bcp:47", language,
                                                    {"en": "English", "es": "Spanish"}[language])),
                              "preferred": True}]
    if gp:
        body["generalPractitioner"] = [gp]
    body["managingOrganization"] = c.org_ref
    c.pt = c.add("Patient", None, body, rid=c.cid)
    return c.pt


def payer(c, local, name):
    return c.organization(local, name, type_code="ins")


# ---------------------------------------------------------------- Epic-style coding helpers
def epic_dx(dx_id, text, icd_code=None, icd_disp=None, sct_code=None, sct_disp=None):
    cods = [coding(EPIC_DX, dx_id, text)]
    if icd_code:
        cods.append(icd(icd_code, icd_disp or text))
    if sct_code:
        cods.append(sct(sct_code, sct_disp or text))
    return cc(*cods, text=text)


def epic_proc(eap, text, cpt_code=None, cpt_disp=None, sct_code=None, sct_disp=None):
    cods = [coding(EPIC_EAP, eap, text)]
    if cpt_code:
        cods.append(cpt(cpt_code, cpt_disp or text))
    if sct_code:
        cods.append(sct(sct_code, sct_disp or text))
    return cc(*cods, text=text)


def epic_lab_code(comp_id, name, loinc_code=None, loinc_disp=None):
    cods = [coding(EPIC_LRR, comp_id, name)]
    if loinc_code:
        cods.append(lnc(loinc_code, loinc_disp or name))
    return cc(*cods, text=name)


def epic_flo(row, name, loinc_code=None, loinc_disp=None):
    cods = [coding(EPIC_FLO, row, name)]
    if loinc_code:
        cods.append(lnc(loinc_code, loinc_disp or name))
    return cc(*cods, text=name)


def epic_note_type(kind):
    m = {"progress": ("11506-3", "Progress note", "1", "Progress Notes"),
         "consult": ("11488-4", "Consult note", "4", "Consults"),
         "discharge": ("18842-5", "Discharge summary", "5", "Discharge Summary"),
         "hp": ("34117-2", "History and physical note", "2", "H&P"),
         "procedure": ("28570-0", "Procedure note", "9", "Procedures"),
         "telephone": ("34109-9", "Note", "1000", "Telephone Encounter")}
    lc, ld, ec, ed = m[kind]
    return cc(lnc(lc, ld), coding(EPIC_NOTE, ec, ed), text=ed)


def epic_enc_type(kind):
    m = {"office": ("101", "Office Visit"), "consult": ("102", "Consult"), "procedure": ("105", "Procedure Visit"),
         "hov": ("50", "Hospital Encounter"), "telephone": ("70", "Telephone"), "infusion": ("110", "Infusion Visit"),
         "mychart": ("2", "Patient Message"), "video": ("76", "Video Visit"), "surgery": ("51", "Surgery"),
         "lab": ("106", "Lab Visit"), "imaging": ("107", "Imaging")}
    code, disp = m[kind]
    return cc(coding(EPIC_ENC, code, disp), text=disp)


# ---------------------------------------------------------------- ED network helpers
def ed_cc(text):
    """Chief complaint, free text as typed at triage."""
    return text_cc(text)


def ed_enc_type(kind):
    m = {"ed": ("ED", "Emergency department visit", "99284", "Emergency department visit, moderate MDM"),
         "ed5": ("ED", "Emergency department visit", "99285", "Emergency department visit, high MDM"),
         "ed3": ("ED", "Emergency department visit", "99283", "Emergency department visit, low MDM"),
         "uc": ("UC", "Urgent care visit", "99213", "Office/outpatient visit, established, low MDM"),
         "uc_new": ("UC", "Urgent care visit", "99203", "Office/outpatient visit, new, low MDM"),
         "recheck": ("RCK", "Scheduled recheck visit", "99212", "Office/outpatient visit, established, straightforward MDM"),
         "inpt": ("ADM", "Inpatient admission", "99223", "Initial hospital inpatient care, high MDM"),
         "obs": ("OBS", "Observation stay", "99222", "Initial hospital inpatient or observation care, moderate MDM"),
         "proc": ("PROC", "Procedure clinic visit", None, None)}
    lc, ld, cp, cd = m[kind]
    cods = [coding(ED_SYS + "/visit-type", lc, ld)]
    if cp:
        cods.append(cpt(cp, cd))
    return cc(*cods, text=ld)


def ed_dx(code, disp):
    return cc(icd(code, disp), text=disp)


def ed_order(code, text, cpt_code=None, cpt_disp=None):
    cods = [coding(ED_SYS + "/order-code", code, text)]
    if cpt_code:
        cods.append(cpt(cpt_code, cpt_disp or text))
    return cc(*cods, text=text)


def ed_note_type(kind):
    m = {"ed": ("34111-5", "Emergency department note"), "uc": ("11506-3", "Progress note"),
         "discharge": ("18842-5", "Discharge summary"), "consult": ("11488-4", "Consult note"),
         "hp": ("34117-2", "History and physical note"), "nursing": ("34746-8", "Nurse note"),
         "instructions": ("8653-8", "Hospital Discharge instructions")}
    code, disp = m[kind]
    return cc(lnc(code, disp), text=disp)


# ---------------------------------------------------------------- rheumatology centre helpers
def rh_measure(code, text, loinc_code=None, loinc_disp=None):
    cods = [coding(RH_SYS + "/disease-activity", code, text)]
    if loinc_code:
        cods.append(lnc(loinc_code, loinc_disp or text))
    return cc(*cods, text=text)


def rh_visit(kind):
    m = {"followup": ("FU", "Rheumatology follow-up visit"), "new": ("NP", "Rheumatology new patient visit"),
         "infusion": ("INF", "Infusion chair visit"), "telehealth": ("TH", "Telehealth visit"),
         "nurse": ("RN", "Nurse visit")}
    code, disp = m[kind]
    return cc(coding(RH_SYS + "/visit-type", code, disp), text=disp)


def rh_note_type(kind):
    m = {"progress": ("11506-3", "Progress note"), "consult": ("11488-4", "Consult note"),
         "infusion": ("28570-0", "Procedure note"), "letter": ("57133-1", "Referral note")}
    code, disp = m[kind]
    return cc(lnc(code, disp), text={"progress": "Rheumatology progress note", "consult": "Rheumatology consult",
                                     "infusion": "Infusion nursing note", "letter": "Referral letter"}[kind])


RH_QUESTIONNAIRE = "https://ehr.northbank-rheum.example.com/fhir/Questionnaire/visit-intake|4.2"


# ---------------------------------------------------------------- paediatric hospital helpers
def pd_problem(code, text, icd_code=None, icd_disp=None, sct_code=None, sct_disp=None):
    cods = [coding(PD_SYS + "/problem-list", code, text)]
    if icd_code:
        cods.append(icd(icd_code, icd_disp or text))
    if sct_code:
        cods.append(sct(sct_code, sct_disp or text))
    return cc(*cods, text=text)


def pd_visit(kind):
    m = {"clinic": ("CLN", "Outpatient clinic visit"), "wcc": ("WCC", "Well child check"),
         "ed": ("PED", "Paediatric emergency visit"), "telehealth": ("TEL", "Telehealth visit"),
         "proc": ("PRC", "Day procedure"), "message": ("MSG", "Portal message")}
    code, disp = m[kind]
    return cc(coding(PD_SYS + "/visit-type", code, disp), text=disp)


def pd_note_type(kind):
    m = {"progress": ("11506-3", "Progress note"), "consult": ("11488-4", "Consult note"),
         "hp": ("34117-2", "History and physical note"), "procedure": ("28570-0", "Procedure note"),
         "discharge": ("18842-5", "Discharge summary"), "telephone": ("34109-9", "Note")}
    code, disp = m[kind]
    return cc(lnc(code, disp), text=disp)


def pd_growth(c, prefix, when, *, enc=None, wt=None, ht=None, bmi=None, bmi_pct=None, wt_pct=None, ht_pct=None,
              hc=None, performer=None):
    refs = c.vitals(prefix, when, enc=enc, wt=wt, ht=ht, bmi=bmi, head=hc, performer=performer)
    if bmi_pct is not None:
        refs.append(c.observation(f"{prefix}-bmipct", cc(lnc("59576-9", "Body mass index (BMI) [Percentile] Per age and sex")),
                                  when, category="vital-signs", value=qty(bmi_pct, "%"), encounter=enc))
    if wt_pct is not None:
        refs.append(c.observation(f"{prefix}-wtpct", cc(coding(PD_SYS + "/growth", "WT-PCT", "Weight-for-age percentile (CDC)"),
                                                         text="Weight-for-age percentile"),
                                  when, category="vital-signs", value=qty(wt_pct, "%"), encounter=enc))
    if ht_pct is not None:
        refs.append(c.observation(f"{prefix}-htpct", cc(coding(PD_SYS + "/growth", "HT-PCT", "Stature-for-age percentile (CDC)"),
                                                         text="Stature-for-age percentile"),
                                  when, category="vital-signs", value=qty(ht_pct, "%"), encounter=enc))
    return refs
