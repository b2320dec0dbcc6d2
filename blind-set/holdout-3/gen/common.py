import hashlib
from fhirlib import *

SITES = {
    "riverside": dict(name="Riverside Regional Medical Center", base="https://fhir.riversideregional.org/r4", tz="-05:00", city="Dayton", state="OH"),
    "cascade": dict(name="Cascade Valley Health", base="https://api.cascadevalleyhealth.org/fhir/r4", tz="-08:00", city="Everett", state="WA"),
    "lakeshore": dict(name="Lakeshore University Hospital", base="https://ehr.lakeshoreuh.edu/fhir/R4", tz="-06:00", city="Chicago", state="IL"),
    "prairie": dict(name="Prairie Family Medicine Associates", base="https://fhir.prairiefm.com/api/FHIR/R4", tz="-06:00", city="Wichita", state="KS"),
    "bayside": dict(name="Bayside Children's Hospital", base="https://fhir.baysidechildrens.org/r4", tz="-08:00", city="Oakland", state="CA"),
    "summit": dict(name="Summit Orthopedic & Spine Center", base="https://summitortho.example.net/fhir/r4", tz="-07:00", city="Denver", state="CO"),
    "desertsun": dict(name="Desert Sun Health", base="https://fhir.desertsunhealth.com/R4", tz="-07:00", city="Tucson", state="AZ", no_dst=True),
    "northgate": dict(name="Northgate Kidney Care", base="https://fhir.northgatekidney.org/r4", tz="-05:00", city="Grand Rapids", state="MI"),
    "magnolia": dict(name="Magnolia Health System", base="https://interconnect.magnoliahealth.org/FHIR/api/FHIR/R4", tz="-06:00", city="Jackson", state="MS"),
    "pinecrest": dict(name="Pinecrest Behavioral Health", base="https://fhir.pinecrestbh.org/r4", tz="-07:00", city="Colorado Springs", state="CO"),
    "harbor": dict(name="Harbor Heart & Vascular Institute", base="https://fhir.harborheart.org/r4", tz="-05:00", city="Baltimore", state="MD"),
    "evergreen": dict(name="Evergreen Community Clinics", base="https://fhir.evergreencc.org/baseR4", tz="-08:00", city="Salem", state="OR"),
    "stbrendan": dict(name="St. Brendan's Medical Center", base="https://fhir.stbrendans.org/r4", tz="-05:00", city="Worcester", state="MA"),
    "blueridge": dict(name="Blue Ridge Dermatology Associates", base="https://fhir.blueridgederm.com/r4", tz="-05:00", city="Roanoke", state="VA"),
    "clearview": dict(name="Clearview Eye Institute", base="https://fhir.clearvieweye.com/r4", tz="-06:00", city="Austin", state="TX"),
}
for k, s in SITES.items():
    host = s["base"].split("/")[2]
    s["mrn_system"] = f"https://{host}/identifiers/mrn"
    s["local_codes"] = f"https://{host}/codesystem/local-results"


def npi(seed):
    h = int(hashlib.sha1(seed.encode()).hexdigest(), 16)
    body = str(1000000000 + h % 999999999)[1:9]
    body = ("1" if h % 2 else "2") + body  # 9 digits
    digits = "80840" + body
    total = 0
    for i, d in enumerate(reversed(digits)):
        n = int(d)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    check = (10 - total % 10) % 10
    return body + str(check)


def new_case(cid, site_key):
    site = SITES[site_key]
    c = Case(cid, site)
    c.main_org = c.org(site["name"], npi=npi(site["name"]), city=site["city"], state=site["state"])
    return c


def doc(c, given, family, suffix="MD", gender=None):
    return c.pract(given, family, npi(given + family), suffix=suffix, gender=gender)


def payer(c, name, plan, member, start, kind=("HIP", "health insurance plan policy"), group=None):
    p = c.org(name, kind="pay")
    return c.coverage(p, plan, member, start, kind=kind, group=group)


MEDICARE = ("SUBSIDIZ", "subsidized health program")

# frequent codes
SYM_PRESENT = cc((SCT, "52101004", "Present"))
E_ESTAB = lambda code="99214": enc_type(code, {"99213": "Office or other outpatient visit, established patient, low MDM",
                                                "99214": "Office or other outpatient visit, established patient, moderate MDM",
                                                "99215": "Office or other outpatient visit, established patient, high MDM",
                                                "99204": "Office or other outpatient visit, new patient, moderate MDM",
                                                "99205": "Office or other outpatient visit, new patient, high MDM",
                                                "99203": "Office or other outpatient visit, new patient, low MDM",
                                                "99244": "Office or other outpatient consultation, moderate MDM",
                                                "99245": "Office or other outpatient consultation, high MDM",
                                                "99284": "Emergency department visit, moderate MDM",
                                                "99285": "Emergency department visit, high MDM",
                                                "99223": "Initial hospital inpatient or observation care, high MDM",
                                                "99396": "Periodic comprehensive preventive medicine, established patient, 40-64 years",
                                                "99397": "Periodic comprehensive preventive medicine, established patient, 65 years and older",
                                                "99394": "Periodic comprehensive preventive medicine, established patient, adolescent (12-17 years)",
                                                "99393": "Periodic comprehensive preventive medicine, established patient, late childhood (5-11 years)",
                                                "G0439": "Annual wellness visit, subsequent",
                                                "99442": "Telephone evaluation and management service, 11-20 minutes",
                                                "99213-95": "Office visit via synchronous telemedicine"}[code],
                                          HCPCS if code.startswith("G") else CPT)
