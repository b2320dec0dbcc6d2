import json, os, random, sys
sys.path.insert(0, os.path.dirname(__file__))
from cases_c import CASES
from lib import Case
OUT = os.path.join(os.path.dirname(__file__), "..")
assert len(CASES) == 40
order = list(range(40))
random.Random(20261201).shuffle(order)
exp = []
for num, idx in enumerate(order, 1):
    cid = f"bp-{num:02d}"
    spec = CASES[idx]
    c = Case(cid, spec["site"])
    spec["fn"](c)
    n = c.write(os.path.join(OUT, "cases", cid + ".json"))
    exp.append({"case": cid, "target": spec["target"], "kind": spec["kind"], "expected": spec["expected"], "why": spec["why"],
                "_summary": spec["summary"], "_n": n})
rows = "\n".join(f"| {e['case']} | {e['target']} | {e['kind']} | {e['_summary']} |" for e in exp)
with open(os.path.join(OUT, "gen", "table.md"), "w") as f:
    f.write(rows + "\n")
for e in exp:
    print(e["case"], e["_n"], e["target"], e["kind"])
    del e["_summary"], e["_n"]
with open(os.path.join(OUT, "expectations.json"), "w") as f:
    json.dump({"anchorDate": "2026-12-01", "cases": exp}, f, indent=1)
