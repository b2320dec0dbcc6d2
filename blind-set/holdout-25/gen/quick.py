from lib import *
from orgs import *


def L(c, d): return cc((LN, c, d))
def S(c, d, icd=None, idisp=None, text=None):
    cs = [(SCT, c, d)] + ([(ICD, icd, idisp)] if icd else [])
    return cc(*cs, text=text)
def I(c, d, text=None): return cc((ICD, c, d), text=text)
def R(c, d): return cc((RX, c, d))
def P(c, d, text=None): return cc((CPT, c, d), text=text)


def base(cid, kind, site, fam, given, sex, dob, mrn, addr, pracs, cov=None, dodid=None, parent=None, phone="555-0100"):
    b = new(cid, kind, site)
    extra = [("http://health.mil/fhir/sid/dod-id", dodid, "DoD ID (EDIPI)")] if dodid else []
    b.patient(fam, given, sex, dob, mrn_sys(b), mrn, addr, phone, extra)
    org = b.org(b.site_name, typ="govt" if kind == "M" else "prov", addr=b.site_addr)
    prs = [b.pract(*p) for p in pracs]
    rp = None
    if parent:
        rp = b.related(*parent)
    if cov:
        if cov[0] == "TRICARE":
            tricare(b, cov[1], cov[2], rel=cov[3] if len(cov) > 3 else "self")
        else:
            payor = b.org(cov[0], typ="pay")
            b.coverage(payor, cov[1], cov[2], rel=cov[3] if len(cov) > 3 else "self", subscriber=rp if (rp and len(cov) > 3 and cov[3] == "child") else None)
    return b, org, prs, rp


def visit(b, date, org, pr, reason, code="99214", disp="Office or other outpatient visit, established patient", cls="AMB"):
    return b.enc(date, cc((CPT, code, disp)), cls=cls, org=org, pract=pr, reason=reason)


def lab(b, date, code, disp, v, u, lo=None, hi=None, interp="N", enc=None, note=None):
    return b.obs(L(code, disp), date, v, u, low=lo, high=hi, interp=interp, enc=enc, note=note)
