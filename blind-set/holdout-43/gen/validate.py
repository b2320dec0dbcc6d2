#!/usr/bin/env python3
"""Optional: validate every resource against the official FHIR R4 JSON schema (fhir.schema.json, path as argv[1])."""
import glob, json, os, sys
import jsonschema

schema = json.load(open(sys.argv[1]))
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
n = bad = 0
validators = {}
for fn in sorted(glob.glob(os.path.join(root, "cases", "*.json"))):
    b = json.load(open(fn))
    for e in b["entry"]:
        r = e["resource"]
        rt = r["resourceType"]
        if rt not in validators:
            sub = dict(schema)
            sub = {"$ref": f"#/definitions/{rt}", "definitions": schema["definitions"]}
            validators[rt] = jsonschema.Draft6Validator(sub)
        errs = list(validators[rt].iter_errors(r))
        n += 1
        if errs:
            bad += 1
            for er in errs[:3]:
                print(os.path.basename(fn), rt, r["id"], list(er.absolute_path), er.message[:200])
print(f"{n} resources, {bad} invalid")
