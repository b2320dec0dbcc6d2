import json, os, random, sys, glob
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cases_a
mods = [cases_a]
for m in ("cases_b", "cases_c"):
    try:
        mods.append(__import__(m))
    except ImportError:
        pass
allc = {}
for m in mods:
    allc.update(m.CASES)
keys = sorted(allc)
rng = random.Random(2611)
rng.shuffle(keys)
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
for f in glob.glob(os.path.join(HERE, "cases", "*.json")):
    os.remove(f)
rows = []
for i, k in enumerate(keys, 1):
    cid = f"ck-{i:02d}"
    target, kind, fn, summary, why = allc[k][:5]
    extra = allc[k][5] if len(allc[k]) > 5 else []
    c = fn(cid)
    n = c.write()
    expected = ([target] if kind == "positive" else []) + list(extra)
    rows.append({"case": cid, "target": target, "kind": kind, "expected": expected, "why": why, "_summary": summary, "_n": n, "_key": k})
exp = {"anchorDate": "2026-12-01", "cases": [{k: v for k, v in r.items() if not k.startswith("_")} for r in rows]}
with open(os.path.join(HERE, "expectations.json"), "w") as f:
    json.dump(exp, f, indent=2)
with open(os.path.join(HERE, "gen", "index.json"), "w") as f:
    json.dump([{"case": r["case"], "key": r["_key"], "n": r["_n"]} for r in rows], f, indent=1)
for r in rows:
    print(r["case"], r["_key"], r["_n"])
