#!/usr/bin/env python3
"""Structural check of one held-out evaluation set (holdout-2 and later): the directory given, else this one.

Verifies: every case file is valid JSON; a FHIR R4 Bundle of type "transaction";
every entry has fullUrl, resource.id and request PUT <Type>/<id>; ids are
alphanumeric-with-dashes, not purely numeric, <= 64 chars and unique across the
whole set; the Patient id equals the case id and every other id starts with it;
every relative reference resolves inside its bundle; clinical notes are
base64 text/plain; expectations.json lists every case exactly once, and each
criterion has exactly 3 positives and 2 near misses.

Run:  python3 check_holdout.py <set directory>, or python3 <set directory>/check.py      (exit status 0 = pass)
"""
import base64
import collections
import json
import os
import re
import sys

HERE = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
CRITERIA = [
    "PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "DIAGNOSIS_SYMPTOM_MISMATCH", "MAJOR_PROCEDURE_PLANNED",
    "UNTREATABLE_PROGNOSIS", "HIGH_IMPACT_TREATMENT", "PATIENT_REPORTED_CONCERN",
    "WORSENING_DESPITE_TREATMENT", "RARE_OR_COMPLEX_CONDITION",
]
ID_RE = re.compile(r"^[A-Za-z0-9\-]{1,64}$")
BANNED = re.compile(r"\btest\b|scenario|blind|near[ -]?miss", re.I)

errors = []


def err(msg):
    errors.append(msg)


def walk_refs(node, out):
    if isinstance(node, dict):
        for k, v in node.items():
            if k == "reference" and isinstance(v, str):
                out.append(v)
            else:
                walk_refs(v, out)
    elif isinstance(node, list):
        for x in node:
            walk_refs(x, out)


all_ids = {}
files = sorted(f for f in os.listdir(CASES) if f.endswith(".json"))
case_ids = []
for fn in files:
    cid = fn[:-5]
    case_ids.append(cid)
    path = os.path.join(CASES, fn)
    try:
        with open(path) as f:
            raw = f.read()
        b = json.loads(raw)
    except Exception as e:  # noqa
        err(f"{fn}: invalid JSON ({e})")
        continue
    if b.get("resourceType") != "Bundle" or b.get("type") != "transaction":
        err(f"{fn}: not a transaction Bundle")
    entries = b.get("entry") or []
    if not (15 <= len(entries) <= 60):
        err(f"{fn}: {len(entries)} entries (expected 15-60)")
    present = set()
    patients = 0
    for i, e in enumerate(entries):
        r = e.get("resource") or {}
        rt, rid = r.get("resourceType"), r.get("id")
        if not e.get("fullUrl"):
            err(f"{fn}[{i}]: missing fullUrl")
        if not rt or not rid:
            err(f"{fn}[{i}]: resource without resourceType/id")
            continue
        if not ID_RE.match(rid) or rid.isdigit():
            err(f"{fn}: bad id {rid!r}")
        if rid in all_ids:
            err(f"{fn}: id {rid} duplicated (also in {all_ids[rid]})")
        all_ids[rid] = fn
        req = e.get("request") or {}
        if req.get("method") != "PUT" or req.get("url") != f"{rt}/{rid}":
            err(f"{fn}: entry {rt}/{rid} request must be PUT {rt}/{rid}")
        if not e["fullUrl"].endswith(f"{rt}/{rid}"):
            err(f"{fn}: fullUrl {e['fullUrl']} does not end with {rt}/{rid}")
        if rt == "Patient":
            patients += 1
            if rid != cid:
                err(f"{fn}: Patient id {rid} != case id {cid}")
        elif not rid.startswith(cid + "-"):
            err(f"{fn}: id {rid} does not start with {cid}-")
        if "meta" in r and "tag" in (r.get("meta") or {}):
            err(f"{fn}: {rt}/{rid} carries meta.tag")
        present.add(f"{rt}/{rid}")
        if rt == "DocumentReference":
            for c in r.get("content", []):
                att = c.get("attachment", {})
                if att.get("contentType") != "text/plain":
                    err(f"{fn}: {rid} attachment not text/plain")
                try:
                    txt = base64.b64decode(att.get("data", ""), validate=True).decode("utf-8")
                    if not txt.strip():
                        err(f"{fn}: {rid} empty note")
                    if BANNED.search(txt):
                        err(f"{fn}: {rid} note contains a banned word")
                except Exception:
                    err(f"{fn}: {rid} attachment data not base64 UTF-8")
    if patients != 1:
        err(f"{fn}: {patients} Patient resources")
    refs = []
    walk_refs(b, refs)
    for ref in refs:
        if ref.startswith("#"):
            continue
        if ref not in present:
            err(f"{fn}: unresolved reference {ref}")
    if BANNED.search(raw):
        err(f"{fn}: contains a banned word")

with open(os.path.join(HERE, "expectations.json")) as f:
    exp = json.load(f)
if exp.get("anchorDate") != "2026-12-01":
    err("expectations.json: anchorDate must be 2026-12-01")
listed = [c["case"] for c in exp.get("cases", [])]
if sorted(listed) != sorted(case_ids):
    err(f"expectations.json cases {sorted(set(listed) ^ set(case_ids))} differ from case files")
if len(listed) != len(set(listed)):
    err("expectations.json lists a case twice")
tally = collections.Counter()
for c in exp.get("cases", []):
    if c.get("target") not in CRITERIA:
        err(f"{c.get('case')}: unknown target {c.get('target')}")
    if c.get("kind") not in ("positive", "near-miss"):
        err(f"{c.get('case')}: bad kind {c.get('kind')}")
    if any(x not in CRITERIA for x in c.get("expected", [])):
        err(f"{c.get('case')}: unknown code in expected")
    if c.get("kind") == "positive" and c.get("target") not in c.get("expected", []):
        err(f"{c.get('case')}: positive whose target is not expected")
    if c.get("kind") == "near-miss" and c.get("target") in c.get("expected", []):
        err(f"{c.get('case')}: near miss whose target is expected")
    if not c.get("why"):
        err(f"{c.get('case')}: missing why")
    tally[(c.get("target"), c.get("kind"))] += 1
for crit in CRITERIA:
    if tally[(crit, "positive")] != 3 or tally[(crit, "near-miss")] != 2:
        err(f"{crit}: {tally[(crit, 'positive')]} positives / {tally[(crit, 'near-miss')]} near misses (want 3/2)")

if errors:
    print("FAIL")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print(f"OK: {len(files)} cases, {len(all_ids)} resources, ids unique, references resolve, 3 positives + 2 near misses per criterion")
