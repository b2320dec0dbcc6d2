from lib import Case, cc, tx

SITES = {
 "lakeshore": dict(base="https://fhir.lakeshore-umc.org/r4", name="Lakeshore University Medical Center - Department of Neurology and Neurosurgery",
                   city="Milwaukee", state="WI", tz="-06:00", mrn="urn:oid:2.16.840.1.113883.3.4721.1.1", npi="1568432190"),
 "gpuh": dict(base="https://ehr.gpuh.edu/fhir/R4", name="Great Plains University Hospital Neurosciences Institute",
              city="Omaha", state="NE", tz="-06:00", mrn="https://ehr.gpuh.edu/identifiers/mrn", npi="1730295518"),
 "allegheny": dict(base="https://fhir.arnmc.org/api/FHIR/R4", name="Allegheny Ridge Academic Medical Center - Neurological Institute",
                   city="Pittsburgh", state="PA", tz="-05:00", mrn="urn:oid:1.2.840.114350.1.13.412.2.7.5.737384.14", npi="1093817264"),
 "prairie": dict(base="https://ehr.prairiehollow-cah.org/fhir/R4", name="Prairie Hollow Community Hospital and Clinic",
                 city="Hollister", state="KS", tz="-06:00", mrn="https://ehr.prairiehollow-cah.org/mrn", npi="1386702213"),
 "tamarack": dict(base="https://fhir.tamarackmemorial.org/r4", name="Tamarack County Memorial Hospital",
                  city="Grand Marais", state="MN", tz="-06:00", mrn="urn:oid:2.16.840.1.113883.3.9090.2", npi="1952467130"),
 "sawtooth": dict(base="https://fhir.sawtoothvalleyhealth.org/R4", name="Sawtooth Valley Critical Access Hospital",
                  city="Challis", state="ID", tz="-07:00", mrn="https://fhir.sawtoothvalleyhealth.org/id/mrn", npi="1215039874"),
 "redclay": dict(base="https://ehr.redclayhospital.org/fhir/r4", name="Red Clay Regional Hospital (Critical Access)",
                 city="Cuthbert", state="GA", tz="-05:00", mrn="https://ehr.redclayhospital.org/mrn", npi="1669547021"),
 "bayview": dict(base="https://api.bayviewwomens.com/fhir/r4", name="Bayview Women's Health and Maternal-Fetal Medicine",
                 city="San Diego", state="CA", tz="-08:00", mrn="https://api.bayviewwomens.com/mrn", npi="1407923385"),
 "magnolia": dict(base="https://fhir.magnoliaperinatal.com/R4", name="Magnolia Perinatal Partners",
                  city="Baton Rouge", state="LA", tz="-06:00", mrn="urn:oid:2.16.840.1.113883.3.7741.10", npi="1588164730"),
 "riverbend": dict(base="https://fhir.riverbendobgyn.org/r4", name="Riverbend OB/GYN and Gynecologic Oncology",
                   city="Columbus", state="OH", tz="-05:00", mrn="https://fhir.riverbendobgyn.org/identifier/mrn", npi="1124087553"),
}

PAYERS = {
 "medicare": ("Centers for Medicare and Medicaid Services - Medicare Part B", ("MCPOL", "Medicare policy")),
 "medicaid": ("State Medicaid Program", ("SUBSIDIZ", "subsidized health program")),
 "bcbs": ("Blue Cross Blue Shield", ("HIP", "health insurance plan policy")),
 "aetna": ("Aetna Health Inc.", ("HIP", "health insurance plan policy")),
 "uhc": ("UnitedHealthcare", ("HIP", "health insurance plan policy")),
 "humana": ("Humana Medicare Advantage", ("MCPOL", "Medicare policy")),
 "tricare": ("TRICARE West", ("HIP", "health insurance plan policy")),
}


def setup(cid, site, payer, member, pracs, given, family, gender, birth, mrn, line, phone=None, lang=None, marital=None):
    s = SITES[site]
    c = Case(cid, s["base"], s["tz"])
    c.site = s
    c.o = c.org(s["name"], city=s["city"], state=s["state"], npi=s["npi"])
    c.pr = [c.prac(*p) for p in pracs]
    c.patient(given, family, gender, birth, s["mrn"], mrn, s["city"], s["state"], line=line, phone=phone, lang=lang, marital=marital, org=c.o, gp=c.pr[0])
    pname, ptype = PAYERS[payer]
    if payer == "medicaid":
        pname = {"KS": "KanCare (Kansas Medicaid)", "MN": "Minnesota Medical Assistance", "ID": "Idaho Medicaid", "GA": "Georgia Medicaid",
                 "CA": "Medi-Cal", "LA": "Louisiana Medicaid - Healthy Louisiana", "OH": "Ohio Medicaid", "WI": "Wisconsin BadgerCare Plus",
                 "NE": "Nebraska Heritage Health", "PA": "Pennsylvania Medical Assistance"}[s["state"]]
    payer_ref = c.org(pname, typ="pay")
    c.coverage(payer_ref, member, pname, typ=ptype)
    return c
