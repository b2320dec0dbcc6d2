from lib import *

TRUSTS = {
    "calder": dict(name="North Calder Hospitals NHS Foundation Trust", ods="RQ4", base="https://fhir-gateway.northcalder.nhs.uk/R4",
                   mrn="https://fhir.northcalder.nhs.uk/Id/hospital-number", town="Halstead Bridge", county="West Yorkshire"),
    "severn": dict(name="Severn Vale University Hospitals NHS Trust", ods="RV7", base="https://interop.severnvale.nhs.uk/fhir/r4",
                   mrn="https://fhir.severnvale.nhs.uk/Id/mrn", town="Upton Severn", county="Worcestershire"),
    "tamar": dict(name="Tamar and Moor Healthcare NHS Foundation Trust", ods="RT9", base="https://fhir.tamarmoor.nhs.uk/api/R4",
                  mrn="https://fhir.tamarmoor.nhs.uk/Id/pas-number", town="Okebridge", county="Devon"),
}
HH = {
    "bayview": dict(name="Bayview Home Health & Hospital-at-Home", base="https://api.bayviewhh.com/fhir/R4",
                    mrn="https://bayviewhh.com/fhir/mrn", city="Vallejo", state="CA", npi="1467503921"),
    "prairie": dict(name="Prairie Lakes Visiting Nurse Association", base="https://ehr.prairielakesvna.org/fhir/r4",
                    mrn="urn:oid:2.16.840.1.113883.3.7781.1", city="Mankato", state="MN", npi="1093817264"),
    "hearth": dict(name="HearthPoint Hospital at Home", base="https://fhir.hearthpoint-health.com/r4",
                   mrn="https://hearthpoint-health.com/id/patient", city="Columbus", state="OH", npi="1952408716"),
}
AYA = {
    "cedar": dict(name="Cedar Ridge Adolescent & Young Adult Medicine", base="https://fhir.cedarridge-aya.org/r4",
                  mrn="https://cedarridge-aya.org/fhir/sid/mrn", city="Asheville", state="NC", npi="1730294186"),
    "lake": dict(name="Lakeshore Center for Eating Disorders & Gender Health", base="https://ehr.lakeshore-edgh.com/fhir/R4",
                 mrn="https://lakeshore-edgh.com/identifiers/mrn", city="Evanston", state="IL", npi="1285736410"),
}

NOTE_CLINIC_LETTER = cc((SCT, "371530004", "Clinical consultation report"), text="Clinic letter")
NOTE_DISCHARGE = cc((SCT, "373942005", "Discharge summary"), text="Discharge summary")
NOTE_REFERRAL = {"text": "Referral letter"}
NOTE_GP = {"text": "GP consultation record"}
NOTE_MDT = {"text": "MDT outcome"}
L_PROGRESS = cc((LN, "11506-3", "Progress note"))
L_CONSULT = cc((LN, "11488-4", "Consult note"))
L_NURSE = cc((LN, "34746-8", "Nurse note"))
L_HP = cc((LN, "34117-2", "History and physical note"))
L_DISCH = cc((LN, "18842-5", "Discharge summary"))
L_PLAN = cc((LN, "18776-5", "Plan of care note"))
L_COUNSEL = cc((LN, "28653-4", "Social work note"), text="Care coordination / social work note")

ENC_GP = cc((SCT, "185317003", "Telephone encounter"), text="GP surgery consultation")
ENC_OP = cc((SCT, "185389009", "Follow-up visit"), text="Outpatient clinic attendance")
ENC_NEW = cc((SCT, "11429006", "Consultation"), text="New outpatient consultation")
ENC_ADM = cc((SCT, "32485007", "Hospital admission"))
ENC_HOMEVISIT = cc((CPT, "99349", "Home or residence visit, established patient, moderate MDM"), text="Home visit")
ENC_SN = cc((HCPCS, "G0299", "Direct skilled nursing services of a registered nurse (RN) in the home health or hospice setting"), text="Skilled nursing visit")
ENC_PT = cc((HCPCS, "G0151", "Services performed by a qualified physical therapist in the home health or hospice setting"), text="Home physical therapy visit")
ENC_OFFICE = cc((CPT, "99214", "Office or other outpatient visit, established patient, moderate MDM"), text="Office visit")
ENC_OFFICE3 = cc((CPT, "99213", "Office or other outpatient visit, established patient, low MDM"), text="Office visit")
ENC_NEWPT = cc((CPT, "99204", "Office or other outpatient visit, new patient, moderate MDM"), text="New patient visit")
ENC_TELE = cc((CPT, "98016", "Brief communication technology-based service"), text="Portal / telephone contact")
ENC_PSY = cc((CPT, "90837", "Psychotherapy, 60 minutes with patient"), text="Psychotherapy session")

YES = (LN, "LA33-6", "Yes")
NO = (LN, "LA32-8", "No")


def sct(code, disp, text=None):
    return cc((SCT, code, disp), text=text)


def icd(code, disp, text=None):
    return cc((ICD, code, disp), text=text)


def rx(code, disp, text=None):
    return cc((RX, code, disp), text=text)


def dmd(text, sct_code=None, sct_disp=None):
    """UK medicines: dm+d description as text, SNOMED substance code where known."""
    if sct_code:
        return cc((SCT, sct_code, sct_disp), text=text)
    return {"text": text}


def nhs_setup(c, trust_key, given, family, gender, dob, nhs_seed, hospno, street, postcode, gp_name, gp_ods,
              gp_doc, cons=None, prefix_title=None, phone=None):
    t = TRUSTS[trust_key]
    trust = c.org("org-trust", t["name"], (ODS, t["ods"]),
                  cc(("http://terminology.hl7.org/CodeSystem/organization-type", "prov", "Healthcare Provider")),
                  address={"line": ["Infirmary Road"], "city": t["town"], "country": "GB"})
    surgery = c.org("org-gp", gp_name, (ODS, gp_ods),
                    {"text": "GP practice"}, address={"city": t["town"], "district": t["county"], "country": "GB"})
    gp = c.prac("gp", gp_doc[0], gp_doc[1], ident=(GMC, gp_doc[2]), qual="MRCGP")
    out = dict(trust=trust, surgery=surgery, gp=gp)
    if cons:
        out["cons"] = c.prac("cons", cons[0], cons[1], prefix=cons[3] if len(cons) > 3 else "Dr",
                             ident=(GMC, cons[2]), qual=cons[4] if len(cons) > 4 else "FRCP")
    tel = [{"system": "phone", "value": phone or "07700 900" + str(sum(map(ord, family)) % 900 + 100), "use": "mobile"}]
    c.patient(given, family, gender, dob,
              [{"system": NHSNO, "value": nhs_number(nhs_seed)},
               {"type": cc((V2_0203, "MR", "Medical record number")), "system": t["mrn"], "value": hospno}],
              {"use": "home", "line": [street], "city": t["town"], "district": t["county"], "postalCode": postcode,
               "country": "GB"}, telecom=tel, gp=[surgery, gp], org=trust,
              extra={"name": [{"use": "official", "family": family, "given": given.split(),
                               **({"prefix": [prefix_title]} if prefix_title else {})}]})
    return out


def us_setup(c, kind, key, given, family, gender, dob, mrn, street, zipc, payor, plan, member, cov_start,
             docs, extra=None, phone="555-0100"):
    t = (HH if kind == "hh" else AYA)[key]
    org = c.org("org", t["name"], (NPI, t["npi"]),
                cc(("http://terminology.hl7.org/CodeSystem/organization-type", "prov", "Healthcare Provider")),
                address={"city": t["city"], "state": t["state"], "country": "US"})
    pay = c.org("org-payer", payor, None, cc(("http://terminology.hl7.org/CodeSystem/organization-type", "pay", "Payer")))
    out = dict(org=org, payer=pay)
    for i, d in enumerate(docs):
        key2 = d[0]
        out[key2] = c.prac(key2, d[1], d[2], prefix=d[3], ident=(NPI, d[4]), qual=d[5])
    c.patient(given, family, gender, dob,
              [{"type": cc((V2_0203, "MR", "Medical record number")), "system": t["mrn"], "value": mrn}],
              {"use": "home", "line": [street], "city": t["city"], "state": t["state"], "postalCode": zipc, "country": "US"},
              telecom=[{"system": "phone", "value": phone, "use": "mobile"}], org=org, extra=extra)
    c.coverage("cov", pay, plan, member, cov_start)
    return out
