import json, glob, re, collections, base64
exp = {c["case"]: c for c in json.load(open("expectations.json"))["cases"]}
for fn in sorted(glob.glob("cases/*.json")):
    b = json.load(open(fn)); cid = fn[6:-5]; e = exp[cid]
    act = []
    late = []
    series = collections.defaultdict(list)
    types = collections.Counter()
    for en in b["entry"]:
        r = en["resource"]; rt = r["resourceType"]; types[rt] += 1
        if rt == "Condition" and r["clinicalStatus"]["coding"][0]["code"] == "active":
            act.append(r["code"].get("text") or r["code"]["coding"][0]["display"])
        s = json.dumps(r)
        for d in re.findall(r'"(20\d\d-\d\d-\d\d)', s):
            if d > "2026-12-01":
                late.append((rt, d))
        if rt == "Observation":
            code = (r["code"].get("coding") or [{}])[0].get("code") or r["code"].get("text")
            if "valueQuantity" in r:
                series[code].append((r["effectiveDateTime"][:10], r["valueQuantity"]["value"]))
            if code == "85354-9":
                series["SBP"].append((r["effectiveDateTime"][:10], r["component"][0]["valueQuantity"]["value"]))
    ser = {k: v for k, v in series.items() if len(v) >= 3 and k not in ("29463-7", "8867-4")}
    print(f"{cid} {e['target'][:10]:10} {e['kind']:9} n={len(b['entry'])} active={len(act)} late={sorted(set(late))}")
    print("    active:", "; ".join(act))
    for k, v in ser.items():
        v = sorted(v); print(f"    series {k}: {[x[1] for x in v]} {v[0][0]}..{v[-1][0]}")
