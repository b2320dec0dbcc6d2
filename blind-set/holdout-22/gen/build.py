import json, os, random, sys
sys.path.insert(0, os.path.dirname(__file__))
from stories_h import ALL
OUT = os.path.join(os.path.dirname(__file__), "..")
order = list(range(40))
random.Random(2207).shuffle(order)
cases, rows = [], []
for num, idx in enumerate(order, 1):
    cid = f"cg-{num:02d}"
    b, meta = ALL[idx](cid)
    with open(os.path.join(OUT, "cases", f"{cid}.json"), "w") as f:
        json.dump(b.bundle(), f, indent=1)
    cases.append({"case": cid, "target": meta["target"], "kind": meta["kind"], "expected": meta["expected"], "why": meta["why"]})
    rows.append((cid, meta["target"], meta["kind"], meta["summary"], len(b.res)))
with open(os.path.join(OUT, "expectations.json"), "w") as f:
    json.dump({"anchorDate": "2026-12-01", "cases": cases}, f, indent=1)
with open(os.path.join(OUT, "gen", "rows.json"), "w") as f:
    json.dump(rows, f)
print("built", len(cases))
