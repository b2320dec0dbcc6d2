from fhirlib import *

NOTE_PROGRESS = cc((LN, "11506-3", "Progress note"))
NOTE_CONSULT = cc((LN, "11488-4", "Consult note"))
NOTE_DISCHARGE = cc((LN, "18842-5", "Discharge summary"))
NOTE_HP = cc((LN, "34117-2", "History and physical note"))
NOTE_PROC = cc((LN, "28570-0", "Procedure note"))
NOTE_TELEPHONE = cc((LN, "34748-4", "Telephone encounter note"))
NOTE_NURSE = cc((LN, "34746-8", "Nurse note"))

OFFICE_EST = cc((CPT, "99214", "Office or other outpatient visit, established patient, moderate MDM"))
OFFICE_EST3 = cc((CPT, "99213", "Office or other outpatient visit, established patient, low MDM"))
OFFICE_NEW = cc((CPT, "99204", "Office or other outpatient visit, new patient, moderate MDM"))
ED_VISIT = cc((CPT, "99285", "Emergency department visit, high MDM"))
TELE = cc((CPT, "99442", "Telephone evaluation and management service, 11-20 minutes"))

ACTIVE = "active"


def clin(code, display):
    return cc((SCT, code, display))


def P_setup(c, given, family, gender, birth, mrn, parent, parent_rel=("MTH", "mother"), payer=("Great Lakes Medicaid Health Plan", "Child Medicaid managed care"), clinicians=(), address_city="Milwaukee", second_parent=None):
    c.organization(alias="LCH")
    c.patient(given, family, gender, birth, mrn,
              address={"line": [f"{(sum(map(ord, mrn)) % 8000) + 100} {['Oak', 'Maple', 'Cedar', 'Lake', 'Prairie'][len(given[0]) % 5]} St"], "city": address_city, "state": "WI", "postalCode": "532" + mrn[-2:]},
              phone="414-555-0" + mrn[-3:])
    rp = c.related(parent[0], parent[1], parent_rel[0], parent_rel[1], phone="414-555-0" + mrn[-3:])
    rp2 = c.related(second_parent[0], second_parent[1], second_parent[2], second_parent[3]) if second_parent else None
    cov = c.coverage(payer[0], payer[1], "M" + mrn[::-1], "2024-01-01", subscriber=rp, rel="child")
    prs = [c.practitioner(*p) for p in clinicians]
    return rp, prs, rp2


def V_setup(c, given, family, gender, birth, mrn, clinicians=(), marital="M", city="Omaha", state="NE", era="Gulf War"):
    c.organization(alias="NPVHCS")
    c.patient(given, family, gender, birth, mrn, marital=marital,
              address={"line": [f"{(sum(map(ord, mrn)) % 9000) + 100} {['County Road 12', 'Elm Ave', 'W Dodge Rd', 'Pine Ridge Dr', 'N 72nd St'][len(family) % 5]}"], "city": city, "state": state, "postalCode": "681" + mrn[-2:]},
              phone="402-555-0" + mrn[-3:],
              extra_ids=[{"use": "official", "type": {"text": "Integration Control Number"}, "system": "https://vhs-northplains.example.gov/fhir/sid/icn", "value": "10" + mrn + "V" + mrn[::-1][:6]}])
    c.coverage("Veterans Health Administration", "VA Medical Benefits Package", "VHA" + mrn, "2009-06-01",
               typ=("https://nahdo.org/sopt", "32", "Department of Veterans Affairs"))
    prs = [c.practitioner(*p) for p in clinicians]
    return prs


def W_setup(c, given, family, birth, mrn, clinicians=(), payer=("Coastal Blue Commercial PPO", "Employer PPO"), marital="M", city="Portland", state="ME"):
    c.organization(alias="HWHM")
    c.patient(given, family, "female", birth, mrn, marital=marital,
              address={"line": [f"{(sum(map(ord, mrn)) % 700) + 10} {['Fore St', 'Congress St', 'Brackett St', 'Ocean Ave', 'Forest Ave'][len(given[0]) % 5]}"], "city": city, "state": state, "postalCode": "041" + mrn[-2:]},
              phone="207-555-0" + mrn[-3:])
    c.coverage(payer[0], payer[1], "HW" + mrn, "2023-01-01")
    prs = [c.practitioner(*p) for p in clinicians]
    return prs
