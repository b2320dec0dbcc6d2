#!/usr/bin/env python3
"""Structural check of the held-out evaluation set.

Checks every cases/bh-NN.json file and expectations.json:
  * valid JSON, Bundle of type "transaction"
  * every entry has fullUrl, resource with explicit id, request PUT <Type>/<id>
  * ids: alphanumeric + dashes, not purely numeric, <= 64 chars, unique across the set,
    Patient id == case id, all other ids start with "<case id>-"
  * every reference inside a bundle resolves to a resource in the same bundle
  * DocumentReference attachments are text/plain and base64-decodable
  * no meta.tag, no give-away words in the records
  * 15-60 resources per record
  * expectations.json lists every case exactly once; per criterion 3 positives and 2 near misses;
    positives list their target in "expected", near misses do not
Exit status 0 when everything passes.
"""
import base64
import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
CASES_DIR = os.path.join(HERE, "cases")
ANCHOR = "2026-12-01"
CRITERIA = [
    "PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "DIAGNOSIS_SYMPTOM_MISMATCH", "MAJOR_PROCEDURE_PLANNED", "UNTREATABLE_PROGNOSIS",
    "HIGH_IMPACT_TREATMENT", "PATIENT_REPORTED_CONCERN", "WORSENING_DESPITE_TREATMENT", "RARE_OR_COMPLEX_CONDITION",
]
ID_RE = re.compile(r"^[A-Za-z0-9\-]{1,64}$")
FORBIDDEN = re.compile(r"test|scenario|blind|near[ -]?miss", re.I)

errors = []
warnings = []


def err(msg):
    errors.append(msg)


def walk(obj, path=""):
    if isinstance(obj, dict):
        for k, v in obj.items():
            yield from walk(v, f"{path}.{k}" if path else k)
        yield path, obj
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            yield from walk(v, f"{path}[{i}]")


def strings(obj):
    if isinstance(obj, dict):
        for k, v in obj.items():
            if k == "data":
                continue
            yield from strings(v)
    elif isinstance(obj, list):
        for v in obj:
            yield from strings(v)
    elif isinstance(obj, str):
        yield obj


all_ids = Counter()
case_files = sorted(f for f in os.listdir(CASES_DIR) if f.endswith(".json"))
case_ids = []
for fname in case_files:
    cid = fname[:-5]
    case_ids.append(cid)
    fpath = os.path.join(CASES_DIR, fname)
    try:
        with open(fpath, encoding="utf-8") as f:
            bundle = json.load(f)
    except Exception as e:  # noqa
        err(f"{fname}: invalid JSON ({e})")
        continue
    if not re.fullmatch(r"bh-\d{2}", cid):
        err(f"{fname}: file name is not bh-NN.json")
    if bundle.get("resourceType") != "Bundle" or bundle.get("type") != "transaction":
        err(f"{fname}: not a Bundle of type transaction")
    entries = bundle.get("entry") or []
    if not 15 <= len(entries) <= 60:
        err(f"{fname}: {len(entries)} resources (expected 15-60)")
    keys = set()
    patients = 0
    for i, e in enumerate(entries):
        r = e.get("resource") or {}
        rt, rid = r.get("resourceType"), r.get("id")
        if not e.get("fullUrl"):
            err(f"{fname}: entry {i} has no fullUrl")
        if not rt or not rid:
            err(f"{fname}: entry {i} resource without resourceType/id")
            continue
        if not ID_RE.match(rid) or rid.isdigit():
            err(f"{fname}: bad id {rid!r}")
        if rt == "Patient":
            patients += 1
            if rid != cid:
                err(f"{fname}: Patient id {rid} != case id {cid}")
        elif not rid.startswith(cid + "-"):
            err(f"{fname}: id {rid} does not start with {cid}-")
        req = e.get("request") or {}
        if req.get("method") != "PUT" or req.get("url") != f"{rt}/{rid}":
            err(f"{fname}: entry {i} request is not PUT {rt}/{rid}")
        if e.get("fullUrl") and not e["fullUrl"].endswith(f"/{rt}/{rid}"):
            err(f"{fname}: fullUrl {e['fullUrl']} does not end with {rt}/{rid}")
        if (r.get("meta") or {}).get("tag"):
            err(f"{fname}: {rt}/{rid} carries meta.tag")
        keys.add(f"{rt}/{rid}")
        all_ids[rid] += 1
        if rt == "DocumentReference":
            for c in r.get("content", []):
                a = c.get("attachment", {})
                if a.get("contentType", "").split(";")[0] != "text/plain":
                    err(f"{fname}: {rid} attachment not text/plain")
                try:
                    txt = base64.b64decode(a.get("data", ""), validate=True).decode("utf-8")
                except Exception:  # noqa
                    err(f"{fname}: {rid} attachment data is not valid base64 UTF-8")
                    continue
                if FORBIDDEN.search(txt):
                    err(f"{fname}: {rid} note text contains a give-away word")
        for s in strings(r):
            if FORBIDDEN.search(s):
                err(f"{fname}: {rt}/{rid} contains a give-away word in {s[:60]!r}")
    if patients != 1:
        err(f"{fname}: {patients} Patient resources (expected 1)")
    for e in entries:
        r = e.get("resource") or {}
        for path, node in walk(r):
            ref = node.get("reference") if isinstance(node, dict) else None
            if isinstance(ref, str) and ref not in keys:
                err(f"{fname}: {r.get('resourceType')}/{r.get('id')} {path}: unresolved reference {ref}")
    # informational: dated content after the anchor date
    for e in entries:
        r = e.get("resource") or {}
        for s in strings({k: v for k, v in r.items() if k not in ("text",)}):
            m = re.match(r"^(\d{4}-\d{2}-\d{2})", s)
            if m and m.group(1) > ANCHOR:
                allowed = r["resourceType"] in ("ServiceRequest", "Procedure", "CarePlan", "MedicationRequest")
                if not allowed:
                    warnings.append(f"{fname}: {r['resourceType']}/{r['id']} has a date after the anchor: {s}")

dups = [i for i, n in all_ids.items() if n > 1]
if dups:
    err(f"ids not unique across the set: {dups[:10]}")

with open(os.path.join(HERE, "expectations.json"), encoding="utf-8") as f:
    exp = json.load(f)
if exp.get("anchorDate") != ANCHOR:
    err("expectations.json anchorDate is not 2026-12-01")
listed = [c["case"] for c in exp.get("cases", [])]
if sorted(listed) != sorted(case_ids) or len(set(listed)) != len(listed):
    err(f"expectations.json cases do not match case files (missing {sorted(set(case_ids) - set(listed))}, extra {sorted(set(listed) - set(case_ids))})")
tally = defaultdict(Counter)
for c in exp.get("cases", []):
    t, kind, expected = c.get("target"), c.get("kind"), c.get("expected")
    if t not in CRITERIA:
        err(f"{c.get('case')}: unknown target {t}")
    if kind not in ("positive", "near-miss"):
        err(f"{c.get('case')}: bad kind {kind}")
    if not isinstance(expected, list) or any(x not in CRITERIA for x in expected):
        err(f"{c.get('case')}: bad expected {expected}")
    elif kind == "positive" and t not in expected:
        err(f"{c.get('case')}: positive but target not in expected")
    elif kind == "near-miss" and t in expected:
        err(f"{c.get('case')}: near miss but target in expected")
    if not c.get("why"):
        err(f"{c.get('case')}: missing why")
    tally[t][kind] += 1
for t in CRITERIA:
    if tally[t]["positive"] != 3 or tally[t]["near-miss"] != 2:
        err(f"{t}: {tally[t]['positive']} positives / {tally[t]['near-miss']} near misses (expected 3/2)")

print(f"{len(case_files)} case files checked")
for t in CRITERIA:
    print(f"  {t:36s} positive={tally[t]['positive']} near-miss={tally[t]['near-miss']}")
for w in warnings:
    print("WARN", w)
if errors:
    for e in errors:
        print("ERROR", e)
    sys.exit(1)
print("OK")
