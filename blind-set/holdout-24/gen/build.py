import json, os, random, sys
sys.path.insert(0, os.path.dirname(__file__))
import stories_a, stories_b, stories_c  # noqa
from stories_a import STORIES
OUT = os.path.join(os.path.dirname(__file__), "..")
assert len(STORIES) == 40, len(STORIES)
order = list(range(40))
random.Random(2412).shuffle(order)
cases, rows = [], []
os.makedirs(os.path.join(OUT, "cases"), exist_ok=True)
for i, si in enumerate(order):
    s = STORIES[si]
    cid = f"ci-{i+1:02d}"
    c = s["fn"](cid)
    with open(os.path.join(OUT, "cases", cid + ".json"), "w") as f:
        json.dump(c.bundle(), f, indent=1, ensure_ascii=False)
    cases.append({"case": cid, "target": s["target"], "kind": s["kind"], "expected": s["expected"], "why": s["why"]})
    rows.append((cid, s["target"], s["kind"], s["summary"], c.orgname, len(c.entries)))
with open(os.path.join(OUT, "expectations.json"), "w") as f:
    json.dump({"anchorDate": "2026-12-01", "cases": cases}, f, indent=1, ensure_ascii=False)
with open(os.path.join(OUT, "gen", "table.json"), "w") as f:
    json.dump(rows, f, indent=1)
print("written", len(cases))
