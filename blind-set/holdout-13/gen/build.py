import json, os, random, sys
sys.path.insert(0, os.path.dirname(__file__))
import sn, orth, neuro
funcs = []
for m in (sn, orth, neuro):
    for name in sorted(dir(m)):
        if name.split("_")[0] in ("sn", "or", "ne") and callable(getattr(m, name)) and name.count("_") >= 2:
            funcs.append((name, getattr(m, name)))
assert len(funcs) == 40, len(funcs)
rng = random.Random(20261201)
rng.shuffle(funcs)
out = os.path.join(os.path.dirname(__file__), "..")
os.makedirs(os.path.join(out, "cases"), exist_ok=True)
cases = []
orgtype = {"sn": "County safety-net hospital / FQHC", "or": "Orthopaedic, spine & pain group / ASC", "ne": "Academic neuroscience & rare-disease centre"}
for i, (name, f) in enumerate(funcs, 1):
    cid = f"bx-{i:02d}"
    b, meta = f(cid)
    with open(os.path.join(out, "cases", cid + ".json"), "w") as fh:
        json.dump(b.bundle(), fh, indent=1, ensure_ascii=False)
    cases.append({"case": cid, "target": meta["target"], "kind": meta["kind"], "expected": meta["expected"], "why": meta["why"],
                  "_summary": meta["summary"], "_org": orgtype[name[:2]] + " (" + b.name + ")", "_n": len(b.entries), "_src": name})
with open(os.path.join(out, "expectations.json"), "w") as fh:
    json.dump({"anchorDate": "2026-12-01", "cases": [{k: v for k, v in c.items() if not k.startswith("_")} for c in cases]}, fh, indent=1)
rows = "\n".join(f"| {c['case']} | `{c['target']}` | {c['kind']} | {c['_org']} | {c['_n']} | {c['_summary']} |" for c in cases)
readme = open(os.path.join(os.path.dirname(__file__), "README.tmpl")).read().replace("{{ROWS}}", rows)
with open(os.path.join(out, "README.md"), "w") as fh:
    fh.write(readme)
print("built", len(cases))
