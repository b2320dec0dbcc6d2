import sys, os, json, random
sys.path.insert(0, os.path.dirname(__file__))
from common import REG, H
from lib import Case
import c12, c34, c56, c78
OUT = os.path.join(os.path.dirname(__file__), "..")
assert len(REG) == 40, len(REG)
order = list(range(40)); random.Random(20261201).shuffle(order)
cases = []
os.makedirs(os.path.join(OUT, "cases"), exist_ok=True)
for num, idx in enumerate(order, 1):
    m = REG[idx]; cid = f"bu-{num:02d}"
    c = Case(cid, H[m["base"]]); m["fn"](c)
    b = c.bundle()
    with open(os.path.join(OUT, "cases", cid + ".json"), "w") as f:
        json.dump(b, f, indent=1)
    cases.append({"case": cid, "target": m["target"], "kind": m["kind"], "expected": m["expected"], "why": m["why"], "_summary": m["summary"], "_n": len(c.entries)})
cases.sort(key=lambda x: x["case"])
with open(os.path.join(OUT, "expectations.json"), "w") as f:
    json.dump({"anchorDate": "2026-12-01", "cases": [{k: v for k, v in x.items() if not k.startswith("_")} for x in cases]}, f, indent=1)
json.dump(cases, open(os.path.join(os.path.dirname(__file__), "summary.json"), "w"), indent=1)
for x in cases: print(x["case"], x["_n"], x["target"], x["kind"])
