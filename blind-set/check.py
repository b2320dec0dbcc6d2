#!/usr/bin/env python3
"""Structural checker for the blind evaluation set.

Usage: python3 check.py            (run from anywhere)
Exit code 0 when every check passes, 1 otherwise.
"""
import base64, glob, json, os, re, sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ANCHOR = "2026-12-01"
CRITERIA = ["PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "DIAGNOSIS_SYMPTOM_MISMATCH", "MAJOR_PROCEDURE_PLANNED", "UNTREATABLE_PROGNOSIS",
            "HIGH_IMPACT_TREATMENT", "PATIENT_REPORTED_CONCERN", "WORSENING_DESPITE_TREATMENT", "RARE_OR_COMPLEX_CONDITION"]
ID_RE = re.compile(r"^[A-Za-z0-9\-]{1,64}$")
REF_RE = re.compile(r"^([A-Z][A-Za-z]+)/([A-Za-z0-9\-\.]{1,64})$")
FORBIDDEN = re.compile(r"\btest(s|ed|ing)?\b|scenario|\bblind|near[\s\-_]?miss", re.I)
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}")
REQUIRED = {
    "Patient": ["identifier", "name", "birthDate", "gender"],
    "Encounter": ["status", "class", "subject"],
    "Condition": ["code", "subject"],
    "Observation": ["status", "code", "subject"],
    "MedicationRequest": ["status", "intent", "medicationCodeableConcept", "subject"],
    "Procedure": ["status", "code", "subject"],
    "ServiceRequest": ["status", "intent", "code", "subject"],
    "CarePlan": ["status", "intent", "subject"],
    "Coverage": ["status", "beneficiary", "payor"],
    "QuestionnaireResponse": ["status", "subject", "item"],
    "Communication": ["status", "subject", "payload"],
    "Flag": ["status", "code", "subject"],
    "DocumentReference": ["status", "subject", "content"],
}
# places where a date after the anchor date is legitimate (planned / scheduled things)
FUTURE_OK = [("ServiceRequest", "occurrence"), ("Procedure", "performed"), ("Encounter", "period"),
             ("CarePlan", "period.end"), ("Coverage", "period.end"), ("Flag", "period.end")]

errors, warnings = [], []

def err(msg): errors.append(msg)

def walk(obj, path=""):
    if isinstance(obj, dict):
        for k, v in obj.items():
            yield from walk(v, f"{path}.{k}" if path else k)
    elif isinstance(obj, list):
        for v in obj:
            yield from walk(v, path)
    else:
        yield path, obj

def check_case(fn, all_ids):
    cid = os.path.basename(fn)[:-5]
    try:
        with open(fn, encoding="utf-8") as f:
            b = json.load(f)
    except Exception as e:
        err(f"{cid}: invalid JSON ({e})"); return None
    if b.get("resourceType") != "Bundle" or b.get("type") != "transaction":
        err(f"{cid}: not a transaction Bundle")
    entries = b.get("entry") or []
    if not 15 <= len(entries) <= 60:
        err(f"{cid}: {len(entries)} resources (expected 15-60)")
    local = {}
    types = Counter()
    for i, e in enumerate(entries):
        r = e.get("resource") or {}
        rt, rid = r.get("resourceType"), r.get("id")
        fu = e.get("fullUrl") or ""
        if not (fu.startswith("urn:uuid:") or (fu.startswith("http") and rt and rid and fu.endswith(f"/{rt}/{rid}"))):
            err(f"{cid}: entry {i} fullUrl {fu!r} is neither urn:uuid nor the resource URL")
        if not rt or not rid:
            err(f"{cid}: entry {i} resource without type/id"); continue
        if not ID_RE.match(rid) or rid.isdigit():
            err(f"{cid}: bad id {rid!r}")
        if rt == "Patient":
            if rid != cid:
                err(f"{cid}: Patient id {rid} != case id")
        elif not rid.startswith(cid + "-"):
            err(f"{cid}: id {rid} does not start with {cid}-")
        req = e.get("request") or {}
        if req.get("method") != "PUT" or req.get("url") != f"{rt}/{rid}":
            err(f"{cid}: entry {rt}/{rid} request must be PUT {rt}/{rid}")
        key = f"{rt}/{rid}"
        if key in local:
            err(f"{cid}: duplicate {key} in bundle")
        local[key] = r
        if rid in all_ids:
            err(f"{cid}: id {rid} also used in {all_ids[rid]}")
        all_ids[rid] = cid
        types[rt] += 1
        if "meta" in r and ("tag" in r["meta"] or "security" in r["meta"]):
            err(f"{cid}: {key} carries meta tags")
        for fld in REQUIRED.get(rt, []):
            if fld not in r:
                err(f"{cid}: {key} missing required element {fld}")
    if types["Patient"] != 1:
        err(f"{cid}: expected exactly one Patient, found {types['Patient']}")
    # references, dates, forbidden words, attachments
    for key, r in local.items():
        rt = r["resourceType"]
        for path, val in walk(r):
            if path.endswith("reference") and isinstance(val, str):
                m = REF_RE.match(val)
                if not m:
                    err(f"{cid}: {key} has non-relative reference {val!r}")
                elif val not in local:
                    err(f"{cid}: {key} reference {val} does not resolve inside the bundle")
            if isinstance(val, str) and DATE_RE.match(val) and val[:10] > ANCHOR and path not in ("birthDate",):
                ok = any(rt == t and path.startswith(p) for t, p in FUTURE_OK)
                if rt == "Procedure" and r.get("status") not in ("preparation",):
                    ok = False
                if rt == "Encounter" and r.get("status") not in ("planned", "arrived", "triaged"):
                    ok = False
                if not ok:
                    err(f"{cid}: {key}.{path} = {val} is after {ANCHOR}")
            if isinstance(val, str) and FORBIDDEN.search(val):
                err(f"{cid}: {key}.{path} contains a forbidden word: {val[:80]!r}")
            if path.endswith("attachment.data"):
                try:
                    txt = base64.b64decode(val, validate=True).decode("utf-8")
                except Exception as ex:
                    err(f"{cid}: {key} attachment is not base64 UTF-8 ({ex})"); continue
                if FORBIDDEN.search(txt):
                    err(f"{cid}: {key} note text contains a forbidden word")
        if rt == "DocumentReference":
            for ct in r.get("content", []):
                if ct.get("attachment", {}).get("contentType") != "text/plain":
                    err(f"{cid}: {key} attachment is not text/plain")
    return types

def main():
    files = sorted(glob.glob(os.path.join(HERE, "cases", "bc-*.json")))
    if not files:
        err("no case files found")
    all_ids = {}
    stats = {}
    for fn in files:
        stats[os.path.basename(fn)[:-5]] = check_case(fn, all_ids)
    try:
        with open(os.path.join(HERE, "expectations.json"), encoding="utf-8") as f:
            ex = json.load(f)
    except Exception as e:
        err(f"expectations.json invalid ({e})"); ex = {"cases": []}
    if ex.get("anchorDate") != ANCHOR:
        err("expectations.json anchorDate must be " + ANCHOR)
    listed = Counter(c.get("case") for c in ex.get("cases", []))
    for cid, n in listed.items():
        if n > 1:
            err(f"{cid} listed {n} times in expectations.json")
        if cid not in stats:
            err(f"{cid} listed in expectations.json but has no case file")
    for cid in stats:
        if cid not in listed:
            err(f"{cid} has no entry in expectations.json")
    tally = defaultdict(Counter)
    for c in ex.get("cases", []):
        cid, t, k, exp = c.get("case"), c.get("target"), c.get("kind"), c.get("expected")
        if t not in CRITERIA:
            err(f"{cid}: unknown target {t}")
        if k not in ("positive", "near-miss"):
            err(f"{cid}: bad kind {k}")
        if not isinstance(exp, list) or any(x not in CRITERIA for x in exp) or len(set(exp)) != len(exp):
            err(f"{cid}: bad expected list {exp}")
        elif k == "positive" and t not in exp:
            err(f"{cid}: positive but target not in expected")
        elif k == "near-miss" and t in exp:
            err(f"{cid}: near-miss but target in expected")
        if not (c.get("why") or "").strip():
            err(f"{cid}: empty why")
        tally[t][k] += 1
    for t in CRITERIA:
        if tally[t]["positive"] < 3 or tally[t]["near-miss"] < 3:
            err(f"{t}: {tally[t]['positive']} positives / {tally[t]['near-miss']} near misses (need >= 3 each)")
    print(f"{len(files)} case files, {sum(sum(v.values()) for v in stats.values() if v)} resources, {len(all_ids)} unique ids")
    for t in CRITERIA:
        print(f"  {t:36s} positive={tally[t]['positive']} near-miss={tally[t]['near-miss']}")
    if errors:
        print(f"\n{len(errors)} problem(s):")
        for e in errors:
            print("  - " + e)
        return 1
    print("\nAll checks passed.")
    return 0

if __name__ == "__main__":
    sys.exit(main())
