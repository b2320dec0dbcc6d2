import json, os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cases_m, cases_p, cases_k  # noqa
from cases_m import CASES

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
keys = sorted(CASES)
random.Random(2512).shuffle(keys)
exp = {"anchorDate": "2026-12-01", "cases": []}
rows = []
for f in os.listdir(os.path.join(OUT, "cases")):
    os.remove(os.path.join(OUT, "cases", f))
for i, k in enumerate(keys, 1):
    cid = f"cj-{i:02d}"
    fn, target, kind, expected, why, summary = CASES[k]
    b = fn(cid)
    with open(os.path.join(OUT, "cases", cid + ".json"), "w") as fh:
        json.dump(b.to_json(), fh, indent=1)
    exp["cases"].append({"case": cid, "target": target, "kind": kind, "expected": expected, "why": why})
    rows.append((cid, target, kind, summary, b.kind, len(b.entries)))
with open(os.path.join(OUT, "expectations.json"), "w") as fh:
    json.dump(exp, fh, indent=1)
json.dump(rows, open(os.path.join(OUT, "gen", "rows.json"), "w"))
print(len(rows))
