def _o(key, name, domain, style, npi, city, state, zipc, line, tz, phone):
    base = f"https://fhir.{domain}/r4"
    return key, {"name": name, "base": base, "style": style, "npi": npi, "city": city, "state": state, "zip": zipc, "line": line,
                 "tz": tz, "phone": phone, "mrn_system": f"urn:oid:2.16.840.1.113883.3.{npi[-4:]}.1.1",
                 "local_lab": f"https://fhir.{domain}/codeSet/72" if style == "cerner" else f"https://fhir.{domain}/codes/lab",
                 "local_assess": f"https://fhir.{domain}/codes/assessment"}

ORGS = dict([
    # Cerner / Oracle Health style multispecialty groups
    _o("lakeshore", "Lakeshore Health Partners", "lakeshorehealthpartners.org", "cerner", "1538204417", "Evanston", "IL", "60201", "2650 Ridge Ave", "-06:00", "847-555-0100"),
    _o("piedmont", "Piedmont Valley Medical Group", "piedmontvalleymg.org", "cerner", "1326051843", "Greensboro", "NC", "27401", "1200 N Elm St", "-05:00", "336-555-0140"),
    _o("sierra", "Sierra Vista Multispecialty Clinic", "sierravistaclinic.org", "cerner", "1891773521", "Fresno", "CA", "93720", "7075 N Cedar Ave", "-08:00", "559-555-0122"),
    _o("heartland", "Heartland Regional Physicians Group", "heartlandrpg.org", "cerner", "1467590212", "Omaha", "NE", "68114", "8601 W Dodge Rd", "-06:00", "402-555-0177"),
    _o("tidewater", "Tidewater Medical Associates", "tidewatermed.org", "cerner", "1174629930", "Norfolk", "VA", "23507", "600 Gresham Dr", "-05:00", "757-555-0190"),
    # pain management / PM&R practices
    _o("summit", "Summit Spine & Pain Institute", "summitspinepain.com", "pain", "1750418826", "Colorado Springs", "CO", "80907", "2222 N Nevada Ave Ste 300", "-07:00", "719-555-0133"),
    _o("gulf", "Gulf Coast Pain and Rehabilitation", "gulfcoastpainrehab.com", "pain", "1285967341", "Corpus Christi", "TX", "78411", "5402 S Staples St", "-06:00", "361-555-0164"),
    _o("riverbend", "Riverbend Physical Medicine & Rehabilitation", "riverbendpmr.com", "pain", "1609112754", "Dayton", "OH", "45409", "1 Elizabeth Pl Ste 210", "-05:00", "937-555-0118"),
    _o("keystone", "Keystone Interventional Pain Center", "keystonepaincenter.com", "pain", "1932205586", "Harrisburg", "PA", "17110", "3780 Trindle Rd", "-05:00", "717-555-0151"),
    # dermatology / allergy & immunology with infusion centre
    _o("bayview", "Bayview Dermatology, Allergy & Immunology", "bayviewdai.com", "derm", "1043377265", "Tacoma", "WA", "98405", "1802 S Yakima Ave", "-08:00", "253-555-0125"),
    _o("prairie", "Prairie Skin & Allergy Center", "prairieskinallergy.com", "derm", "1396848029", "Wichita", "KS", "67206", "9300 E 29th St N", "-06:00", "316-555-0188"),
    _o("magnolia", "Magnolia Dermatology and Infusion", "magnoliaderm.com", "derm", "1801964437", "Macon", "GA", "31201", "770 Pine St", "-05:00", "478-555-0169"),
])
