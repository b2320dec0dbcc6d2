import json, os, random, sys
sys.path.insert(0, os.path.dirname(__file__))
import c1, c2, c3, c4
ALL = c1.CASES + c2.CASES + c3.CASES + c4.CASES
order = list(range(len(ALL)))
random.Random(4417).shuffle(order)
OUT = os.path.join(os.path.dirname(__file__), "..")
rows = []
for num, idx in enumerate(order, 1):
    cid = f"bn-{num:02d}"
    b, target, kind, expected, why, summary = ALL[idx](cid)
    with open(os.path.join(OUT, "cases", cid + ".json"), "w") as f:
        json.dump(b.bundle(), f, indent=2)
    rows.append({"case": cid, "target": target, "kind": kind, "expected": expected, "why": why, "_summary": summary, "_n": len(b.entries)})
with open(os.path.join(OUT, "expectations.json"), "w") as f:
    json.dump({"anchorDate": "2026-12-01", "cases": [{k: v for k, v in r.items() if not k.startswith("_")} for r in rows]}, f, indent=2)
with open(os.path.join(OUT, "gen", "table.json"), "w") as f:
    json.dump(rows, f, indent=2)
for r in rows:
    print(r["case"], r["_n"], r["target"], r["kind"])
