from lib import *
REG = []
def case(target, kind, expected, why, summary, base):
    def deco(fn):
        REG.append(dict(fn=fn, target=target, kind=kind, expected=expected, why=why, summary=summary, base=base))
        return fn
    return deco
H = {
 "mv": "https://fhir.mercyvalley-health.org/r4",
 "nl": "https://epicfhir.northlakemed.org/api/FHIR/R4",
 "sr": "https://fhir-ehr.summitridge-health.com/r4/ec2458f2-1e24-41c8-b71b-0e701af7583d",
 "gp": "https://fhir.greatplainsclinic.org/r4",
 "bh": "https://api.bayharbor-health.org/fhir/r4",
 "cw": "https://fhir.cumberlandwest.org/R4",
 "ps": "https://ehr.pinesoundmedical.com/FHIR/R4",
 "rv": "https://fhir.riverviewuniversityhealth.edu/r4",
 "dm": "https://interconnect.desertmesa-health.org/api/FHIR/R4",
 "lh": "https://fhir.lakehavenpractice.com/r4",
 "cr": "https://fhir.cascaderegional.org/r4",
 "ok": "https://epic.oakcountyhealth.org/FHIR/api/FHIR/R4",
}
SC = lambda c, d: ("sct", c, d)
IC = lambda c, d: ("icd", c, d)
CP = lambda c, d: ("cpt", c, d)
LN = lambda c, d: ("loinc", c, d)
def rxm(code, disp):
    return cc(("rx", code, disp))
YES = {"valueCoding": {"system": "http://loinc.org", "code": "LA33-6", "display": "Yes"}}
NO = {"valueCoding": {"system": "http://loinc.org", "code": "LA32-8", "display": "No"}}
