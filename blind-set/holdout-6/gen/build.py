import json, os, random, sys
sys.path.insert(0, os.path.dirname(__file__))
import lib
allc = []
for m in ["cases_a", "cases_b", "cases_c", "cases_d"]:
    try:
        mod = __import__(m)
    except ModuleNotFoundError:
        continue
    allc += mod.CASES
rng = random.Random(6061)
order = list(range(len(allc)))
rng.shuffle(order)
out = os.path.join(os.path.dirname(__file__), "..", "cases")
for f in os.listdir(out):
    os.remove(os.path.join(out, f))
exp = []
rows = []
for n, idx in enumerate(order, 1):
    c = allc[idx]
    cid = f"bq-{n:02d}"
    case = c["fn"]()
    with open(os.path.join(out, cid + ".json"), "w") as f:
        f.write(case.build(cid))
    exp.append({"case": cid, "target": c["target"], "kind": c["kind"], "expected": c["expected"], "why": c["why"]})
    rows.append((cid, c["target"], c["kind"], c["summary"], len(case.items)))
with open(os.path.join(out, "..", "expectations.json"), "w") as f:
    json.dump({"anchorDate": "2026-12-01", "cases": exp}, f, indent=1)
with open(os.path.join(out, "..", "gen", "table.md"), "w") as f:
    f.write("| case | target | kind | summary |\n| --- | --- | --- | --- |\n")
    for r in rows:
        f.write(f"| {r[0]} | `{r[1]}` | {r[2]} | {r[3]} |\n")
for r in rows:
    print(r[0], r[1][:20], r[2], r[4])
