from lib import *

SITES = {
    "VA1": dict(base="https://fhir.vhaprairie.example.org/r4", name="VA Prairie Plains Health Care System",
                city="Sioux Falls", state="SD", zip="57105", npi="1386701234", phone="605-555-0140",
                dfn="https://vhaprairie.example.org/vista/dfn"),
    "VA2": dict(base="https://fhir.vacascade.example.org/r4", name="VA Cascade Coast Medical Center",
                city="Tacoma", state="WA", zip="98493", npi="1518902345", phone="253-555-0188",
                dfn="https://vacascade.example.org/vista/dfn"),
    "VA3": dict(base="https://ehr.vagulfbayou.example.org/fhir/r4", name="Gulf Bayou VA Health Care System",
                city="Biloxi", state="MS", zip="39531", npi="1629013456", phone="228-555-0102",
                dfn="https://vagulfbayou.example.org/vista/dfn"),
    "H1": dict(base="https://fhir.lakeshore-bmt.example.org/r4", name="Lakeshore Blood and Marrow Transplant Program",
               city="Milwaukee", state="WI", zip="53226", npi="1730124567", phone="414-555-0177",
               mrn="https://lakeshore-bmt.example.org/mrn"),
    "H2": dict(base="https://api.midvalleyheme.example.com/fhir/R4", name="Mid-Valley Hematology Associates",
               city="Fresno", state="CA", zip="93720", npi="1841235678", phone="559-555-0123",
               mrn="https://midvalleyheme.example.com/patient-id"),
    "H3": dict(base="https://fhir.piedmontblood.example.org/r4", name="Piedmont Cancer and Blood Institute",
               city="Greenville", state="SC", zip="29607", npi="1952346789", phone="864-555-0150",
               mrn="https://piedmontblood.example.org/mrn"),
    "E1": dict(base="https://fhir.tricounty-eye-ent.example.com/r4", name="Tri-County Eye, Ear and Hearing Associates",
               city="Lancaster", state="PA", zip="17601", npi="1063457890", phone="717-555-0166",
               mrn="https://tricounty-eye-ent.example.com/chart"),
    "E2": dict(base="https://fhir.summit-ent.example.com/r4", name="Summit Otolaryngology and Audiology",
               city="Boulder", state="CO", zip="80303", npi="1174568901", phone="303-555-0119",
               mrn="https://summit-ent.example.com/acct"),
    "E3": dict(base="https://ehr.riverbend-eye.example.com/fhir/r4", name="Riverbend Retina and Glaucoma Specialists",
               city="Chattanooga", state="TN", zip="37421", npi="1285679012", phone="423-555-0191",
               mrn="https://riverbend-eye.example.com/mrn"),
    "E4": dict(base="https://fhir.northgate-eye.example.com/r4", name="Northgate Eye Physicians",
               city="Columbus", state="OH", zip="43229", npi="1396780123", phone="614-555-0134",
               mrn="https://northgate-eye.example.com/pid"),
    "E5": dict(base="https://api.bayside-ent.example.com/fhir/r4", name="Bayside ENT and Head and Neck Surgery",
               city="Tampa", state="FL", zip="33609", npi="1407891234", phone="813-555-0172",
               mrn="https://bayside-ent.example.com/mrn"),
}


def addr(line, s):
    return {"use": "home", "line": [line], "city": s["city"], "state": s["state"], "postalCode": s["zip"], "country": "US"}


def setup(b, site, fam, given, gender, birth, line, mrn, payer, member, cov_start, plan=None, marital=None,
          lang="en", icn=None, medicare=None):
    s = SITES[site]
    o = b.org(s["name"], "prov", s["npi"],
              {"line": ["100 Medical Center Dr"], "city": s["city"], "state": s["state"], "postalCode": s["zip"]},
              s["phone"])
    extra = []
    if site.startswith("VA"):
        extra.append({"use": "official", "type": cc(c("http://terminology.hl7.org/CodeSystem/v2-0203", "NI",
                                                      "National unique individual identifier"), text="ICN"),
                      "system": "urn:oid:2.16.840.1.113883.4.349", "value": icn or ("10" + "".join(ch for ch in mrn if ch.isdigit())[:8].rjust(8, "4") + "V" + str(sum(map(ord, mrn)) * 37 % 900000 + 100000))})
        mrn_sys = s["dfn"]
    else:
        mrn_sys = s["mrn"]
    p = b.patient(fam, given, gender, birth, mrn_sys, mrn, addr(line, s), phone=s["phone"][:4] + "555-01" + mrn[-2:],
                  org=o, extra_ids=extra, marital=marital, lang=lang)
    pay = b.org(payer, "pay")
    b.coverage(pay, payer if not plan else plan, member, cov_start, plan=plan)
    if medicare:
        m = b.org("Centers for Medicare and Medicaid Services", "pay")
        b.coverage(m, "Medicare Part A and B", medicare, "2015-01-01")
    return o


def va_payer():
    return "Department of Veterans Affairs - Veterans Health Administration"
