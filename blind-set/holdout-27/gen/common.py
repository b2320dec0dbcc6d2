from lib import B, cc, T, rx, SYS

SITES = {
    # gastroenterology & hepatology centres
    'g1': ('https://fhir.lakeshore-digestive.org/r4', 'urn:oid:2.16.840.1.113883.3.7104.1', 'Lakeshore Digestive Health Institute', 'Chicago', 'IL'),
    'g2': ('https://ehr.mountainview-gi.com/fhir/R4', 'https://mountainview-gi.com/mrn', 'Mountain View Gastroenterology & Hepatology', 'Denver', 'CO'),
    'g3': ('https://fhir.carolina-liver.org/api/r4', 'urn:oid:2.16.840.1.113883.3.9921.2', 'Carolina Liver and Digestive Center', 'Charlotte', 'NC'),
    'g4': ('https://fhir.riverbend-ibd.org/r4', 'https://riverbend-ibd.org/patient-id', 'Riverbend Digestive Disease Center', 'Columbus', 'OH'),
    'g5': ('https://api.gulfcoast-gastro.net/fhir/r4', 'https://gulfcoast-gastro.net/mrn', 'Gulf Coast Gastroenterology Associates', 'Houston', 'TX'),
    # geriatric & palliative practices
    'p1': ('https://fhir.eldercare-partners.org/r4', 'https://eldercare-partners.org/mrn', 'ElderCare Partners Geriatric Medicine', 'Tampa', 'FL'),
    'p2': ('https://fhir.homevisit-geriatrics.com/R4', 'urn:oid:2.16.840.1.113883.3.5510.7', 'HomeVisit Geriatrics & Palliative Care', 'Phoenix', 'AZ'),
    'p3': ('https://fhir.sunrise-seniorhealth.org/fhir', 'https://sunrise-seniorhealth.org/id/mrn', 'Sunrise Senior Health Medical Group', 'Portland', 'OR'),
    'p4': ('https://fhir.oakhaven-postacute.org/r4', 'https://oakhaven-postacute.org/mrn', 'Oakhaven Post-Acute & SNF Physicians', 'Worcester', 'MA'),
    # occupational health / workers' comp
    'o1': ('https://fhir.workwell-occmed.com/r4', 'https://workwell-occmed.com/mrn', 'WorkWell Occupational Medicine', 'Sacramento', 'CA'),
    'o2': ('https://fhir.ironbridge-occhealth.org/R4', 'urn:oid:2.16.840.1.113883.3.6677.3', 'Ironbridge Occupational Health Network', 'Pittsburgh', 'PA'),
    'o3': ('https://fhir.compcare-ime.net/fhir/r4', 'https://compcare-ime.net/claimant-id', 'CompCare Independent Medical Evaluations', 'Atlanta', 'GA'),
    'o4': ('https://fhir.harborline-workhealth.org/r4', 'https://harborline-workhealth.org/mrn', 'Harborline WorkHealth Clinics', 'Tacoma', 'WA'),
}


def start(cid, site):
    base, mrn_sys, name, city, state = SITES[site]
    b = B(cid, base, mrn_sys)
    b.site = site
    b.city, b.state = city, state
    b.orgname = name
    return b


def b64note(b):
    pass
