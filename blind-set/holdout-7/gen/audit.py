"""Cross-criterion sanity audit of generated cases (author's aid, not a product rule set)."""
import json, glob, os, re, datetime
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
exp = {c["case"]: c for c in json.load(open(os.path.join(HERE, "expectations.json")))["cases"]}
CATCH = re.compile(r"^(R69|R53\.8|R10\.9|K58|M79\.7|F45|B34\.9|R50\.9|F41\.9|E03\.9|R10\.1|R42)")
def d(s): return datetime.date.fromisoformat(s[:10])
for f in sorted(glob.glob(os.path.join(HERE, "cases", "*.json"))):
    b = json.load(open(f)); cid = os.path.basename(f)[:-5]
    R = [e["resource"] for e in b["entry"]]
    out = []
    chronic = [r for r in R if r["resourceType"] == "Condition" and r["clinicalStatus"]["coding"][0]["code"] == "active"
               and r["category"][0]["coding"][0]["code"] == "problem-list-item"]
    if len(chronic) >= 5: out.append(f"active problems={len(chronic)}")
    for r in R:
        t = r["resourceType"]
        if t == "Condition" and r["clinicalStatus"]["coding"][0]["code"] == "active":
            for c in r["code"].get("coding", []):
                if "icd" in c["system"] and CATCH.match(c["code"]): out.append(f"catch-all {c['code']}")
        if t == "ServiceRequest" and r["status"] in ("active", "draft", "on-hold"):
            codes = ",".join(c["code"] for c in r["code"].get("coding", []))
            out.append(f"SR[{r['status']}] {r['code']['text'][:50]} ({codes})")
        if t == "Procedure" and r["status"] in ("preparation", "in-progress"):
            out.append(f"PROC[{r['status']}] {r['code']['text'][:50]}")
        if t == "MedicationRequest" and r["status"] in ("active", "draft", "on-hold") and re.search(r"platin|taxel|leuprolide|methotrexate|cyclophos", r["medicationCodeableConcept"]["text"], re.I):
            out.append(f"MED {r['medicationCodeableConcept']['text'][:40]}")
        if t == "CarePlan": out.append(f"CarePlan {r['title']}")
        if t in ("Communication", "Flag", "QuestionnaireResponse"): out.append(t)
    # score trends
    series = {}
    for r in R:
        if r["resourceType"] == "Observation" and "valueQuantity" in r and r["category"][0]["coding"][0]["code"] in ("survey", "laboratory"):
            k = r["code"]["coding"][0]["code"]
            series.setdefault(k, []).append((r["effectiveDateTime"][:10], r["valueQuantity"]["value"], r["code"].get("text", "")[:30]))
    for k, v in series.items():
        if len(v) >= 3:
            v.sort(); span = (d(v[-1][0]) - d(v[0][0])).days
            out.append(f"series {v[0][2]}: {[x[1] for x in v]} over {span}d")
    # return visits
    encs = sorted((r["period"]["start"][:10], r["class"]["code"]) for r in R if r["resourceType"] == "Encounter")
    for i, (dt, cl) in enumerate(encs):
        if cl in ("EMER", "IMP"):
            prior = [p for p, c in encs if c == "AMB" and 0 < (d(dt) - d(p)).days <= 14]
            if prior: out.append(f"{cl} {dt} within 14d of AMB {prior}")
    txt = json.dumps(b).lower()
    if "second opinion" in txt: out.append("mentions 'second opinion'")
    e = exp[cid]
    print(f"{cid} {e['target'][:14]:14} {e['kind']:9} {e['expected']}")
    for o in out: print("     ", o)
