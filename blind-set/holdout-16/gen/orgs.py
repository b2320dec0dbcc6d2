from fhirlib import Case

ORGS = {
    "cascade": dict(tz="-08:00", base="https://fhir.cascadevalleyhealth.org/r4", org_name="Cascade Valley Health Plan and Medical Group",
                    org_npi="1427063318", org_sys="https://cascadevalleyhealth.org/fhir/sid/mrn",
                    local_sys="https://cascadevalleyhealth.org/fhir/CodeSystem/cvh-local"),
    "prairie": dict(tz="-06:00", base="https://api.prairiemutual.org/fhir/R4", org_name="Prairie Mutual Health Network",
                    org_npi="1093847712", org_sys="urn:oid:2.16.840.1.113883.3.7719.1.2",
                    local_sys="urn:oid:2.16.840.1.113883.3.7719.5.88"),
    "sunbelt": dict(tz="-07:00", base="https://fhir.sunbeltintegrated.com/r4", org_name="Sunbelt Integrated Care",
                    org_npi="1578240091", org_sys="https://sunbeltintegrated.com/mrn",
                    local_sys="https://sunbeltintegrated.com/fhir/CodeSystem/local-order-codes"),
    "glbmt": dict(tz="-06:00", base="https://ehr.glbmt.org/fhir/r4", org_name="Great Lakes Blood and Marrow Transplant Program",
                  org_npi="1316093542", org_sys="https://glbmt.org/identifiers/mrn",
                  local_sys="https://glbmt.org/fhir/CodeSystem/heme-lab-local"),
    "swcti": dict(tz="-07:00", base="https://fhir.swcti.org/R4", org_name="Southwest Cellular Therapy and Hematology Institute",
                  org_npi="1750482266", org_sys="urn:oid:2.16.840.1.113883.3.9021.2",
                  local_sys="urn:oid:2.16.840.1.113883.3.9021.7.1"),
    "bayview": dict(tz="-08:00", base="https://fhir.bayvieweyeear.org/r4", org_name="Bayview Eye and Ear Hospital",
                    org_npi="1881736250", org_sys="https://bayvieweyeear.org/mrn",
                    local_sys="https://bayvieweyeear.org/fhir/CodeSystem/eent-local"),
    "piedmont": dict(tz="-05:00", base="https://fhir.piedmontent.org/api/FHIR/R4", org_name="Piedmont Ear, Nose, Throat and Eye Specialty Hospital",
                     org_npi="1265539018", org_sys="urn:oid:1.2.840.114350.1.13.551.2.7.5.737384.14",
                     local_sys="urn:oid:1.2.840.114350.1.13.551.2.7.2.768282"),
    "rockymtn": dict(tz="-07:00", base="https://ehr.rmeyeent.org/fhir/r4", org_name="Rocky Mountain Eye and ENT Institute",
                     org_npi="1639277410", org_sys="https://rmeyeent.org/ids/mrn",
                     local_sys="https://rmeyeent.org/fhir/CodeSystem/local"),
}


def make(cid, key):
    return Case(cid, **ORGS[key])
