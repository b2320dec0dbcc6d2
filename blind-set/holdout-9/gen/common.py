from fhirlib import *

SITES = {
    "lakeshore": ("https://fhir.lakeshorehealth.org/r4", "Lakeshore Health System", "Milwaukee", "WI", "-06:00", "1548293016"),
    "mesaverde": ("https://api.mesaverdemedical.com/fhir/r4", "Mesa Verde Medical Group", "Albuquerque", "NM", "-07:00", "1730184452"),
    "cumberland": ("https://ehr.cvrmc.org/fhir/R4", "Cumberland Valley Regional Medical Center", "Chambersburg", "PA", "-05:00", "1962507311"),
    "northernpines": ("https://fhir.northernpineshealth.org/api/FHIR/R4", "Northern Pines Health", "Duluth", "MN", "-06:00", "1285730649"),
    "gulfcoast": ("https://fhir.gulfcoasteyeent.com/r4", "Gulf Coast Eye & ENT Associates", "Mobile", "AL", "-06:00", "1427061395"),
    "riverbend": ("https://fhir.riverbendkidney.org/R4", "Riverbend Kidney & Transplant Center", "Louisville", "KY", "-05:00", "1093847215"),
    "prairiesky": ("https://fhir.prairieskywomens.org/r4", "Prairie Sky Women's Health", "Wichita", "KS", "-06:00", "1659372840"),
    "summit": ("https://fhir.summitsportsortho.com/r4", "Summit Sports Medicine & Orthopedics", "Boulder", "CO", "-07:00", "1376594028"),
    "bayside": ("https://fhir.baysidederm.com/r4", "Bayside Dermatology Partners", "Tampa", "FL", "-05:00", "1811265937"),
    "granite": ("https://fhir.granitehemonc.org/r4", "Granite State Hematology & Oncology", "Manchester", "NH", "-05:00", "1528049361"),
    "appalachian": ("https://fhir.appheartvascular.org/r4", "Appalachian Heart & Vascular Institute", "Roanoke", "VA", "-05:00", "1346287105"),
    "willowcreek": ("https://fhir.willowcreekfm.org/r4", "Willow Creek Family Medicine", "Boise", "ID", "-07:00", "1205938476"),
    "tririver": ("https://fhir.tririverhealth.org/r4", "Tri-River Health Partners", "Pittsburgh", "PA", "-05:00", "1437260981"),
    "sonoran": ("https://fhir.sonoranchildrens.org/r4", "Sonoran Children's Clinic", "Tucson", "AZ", "-07:00", "1770462913"),
    "cascade": ("https://fhir.cascadeendocrine.org/r4", "Cascade Endocrinology & Diabetes", "Tacoma", "WA", "-08:00", "1912873054"),
}

PAYERS = {
    "bcbs": ("Blue Cross Blue Shield", "commercial"),
    "aetna": ("Aetna", "commercial"),
    "uhc": ("UnitedHealthcare", "commercial"),
    "cigna": ("Cigna Healthcare", "commercial"),
    "humana": ("Humana Medicare Advantage", "ma"),
    "medicare": ("Medicare Part A and B", "medicare"),
    "medicaid": ("State Medicaid", "medicaid"),
    "kaiser": ("Kaiser Permanente", "hmo"),
}


class Ctx:
    pass


def setup(cid, site, patient, pracs, payer, plan, member, cov_start, extra_orgs=()):
    base, oname, city, state, tz, npi = SITES[site]
    b = Bundle(cid, base, tz)
    x = Ctx()
    x.b = b
    x.org = b.org(oname, npi, "prov", city, state)
    x.orgs = [b.org(o[0], o[1], "prov", o[2], o[3]) for o in extra_orgs]
    x.pr = [b.prac(*p) for p in pracs]
    pname, pkind = PAYERS[payer]
    x.payer = b.org(pname, None, "pay")
    domain = base.split("/")[2]
    b.patient_(mrn_system=f"https://{domain}/identifiers/mrn", org=x.org, gp=x.pr[0], **patient)
    x.cov = b.coverage(x.payer, plan, member, cov_start, pkind)
    return x


def cases_meta(target, kind, expected, why, summary, specialty):
    return {"target": target, "kind": kind, "expected": expected, "why": why, "summary": summary, "specialty": specialty}
