from lib import *

MIL_SITES = {
    "hartwell": ("https://fhir.hartwell-amc.example.mil/r4", "Hartwell Army Medical Center", "-07:00",
                 {"line": ["1650 Cochrane Circle"], "city": "Fort Hartwell", "state": "CO", "postalCode": "80913"}),
    "cedar": ("https://ehr.nh-cedarpoint.example.mil/fhir/r4", "Naval Hospital Cedar Point", "-05:00",
              {"line": ["2080 Child Street"], "city": "Cedar Point", "state": "NC", "postalCode": "28533"}),
    "tallmadge": ("https://fhir.88mdg-tallmadge.example.mil/r4", "88th Medical Group, Tallmadge AFB", "-06:00",
                  {"line": ["4881 Sugar Maple Drive"], "city": "Tallmadge AFB", "state": "TX", "postalCode": "78236"}),
}
PULM_SITES = {
    "cascade": ("https://fhir.cascadepulm.example.org/r4", "Cascade Pulmonary, Sleep & Critical Care Associates", "-08:00",
                {"line": ["2455 NW Marshall St, Suite 300"], "city": "Portland", "state": "OR", "postalCode": "97210"}),
    "lakeshore": ("https://api.lakeshorechest.example.org/fhir/R4", "Lakeshore Chest, Sleep & ICU Physicians", "-06:00",
                  {"line": ["676 N St Clair St, Suite 1400"], "city": "Chicago", "state": "IL", "postalCode": "60611"}),
    "sonoran": ("https://ehr.sonoranlung.example.org/fhir/r4", "Sonoran Lung & Sleep Institute", "-07:00",
                {"line": ["1300 N 12th St, Suite 520"], "city": "Phoenix", "state": "AZ", "postalCode": "85006"}),
}
PEDS_SITES = {
    "brightpath": ("https://fhir.brightpathpeds.example.org/r4", "BrightPath Pediatrics Network", "-05:00",
                   {"line": ["3100 Cleveland Ave"], "city": "Columbus", "state": "OH", "postalCode": "43224"}),
    "riverbend": ("https://fhir.riverbendchildrens.example.org/api/FHIR/R4", "Riverbend Children's Primary Care", "-05:00",
                  {"line": ["5855 Bremo Rd, Suite 201"], "city": "Richmond", "state": "VA", "postalCode": "23226"}),
    "prairie": ("https://fhir.prairieskypeds.example.org/r4", "Prairie Sky Pediatrics & Adolescent Medicine", "-06:00",
                {"line": ["9350 E Central Ave"], "city": "Wichita", "state": "KS", "postalCode": "67206"}),
}


def new(cid, kind, site):
    base, name, tz, addr = {"M": MIL_SITES, "P": PULM_SITES, "K": PEDS_SITES}[kind][site]
    b = Bundle(cid, base, tz)
    b.site_name, b.site_addr, b.kind = name, addr, kind
    return b


def mrn_sys(b):
    return b.base.split("/fhir")[0].split("/r4")[0].split("/api")[0] + "/sid/mrn"


def home(line, city, state, zipc):
    return {"use": "home", "line": [line], "city": city, "state": state, "postalCode": zipc}


def mil_patient(b, family, given, gender, birth, mrn, dodid, addr, phone, rank=None, branch=None, sponsor_rel=None):
    extra = [("http://health.mil/fhir/sid/dod-id", dodid, "DoD ID (EDIPI)")]
    b.patient(family, given, gender, birth, mrn_sys(b), mrn, addr, phone, extra)
    org = b.org(b.site_name, typ="govt", addr=b.site_addr)
    return org


def tricare(b, plan, region="East", rel="self", member=None, start="2023-10-01", subscriber=None):
    payor = b.org({"East": "TRICARE East Region - Humana Military", "West": "TRICARE West Region - TriWest Healthcare Alliance",
                   "TFL": "TRICARE For Life - WPS Military and Veterans Health"}[region], typ="pay")
    return b.coverage(payor, plan, member or ("T" + b.cid.replace("-", "").upper()[-4:] + "48812"), typ=("MCPOL", "managed care policy"), rel=rel, start=start, subscriber=subscriber)
