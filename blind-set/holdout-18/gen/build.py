import json, os, random, sys
sys.path.insert(0, os.path.dirname(__file__))
import cases1, cases2, cases3
fs = cases1.C + cases2.C + cases3.C
assert len(fs) == 40, len(fs)
rnd = random.Random(1826)
nums = list(range(1, 41)); rnd.shuffle(nums)
out = os.path.join(os.path.dirname(__file__), "..")
exp = []; rows = []
for f, n in sorted(zip(fs, nums), key=lambda x: x[1]):
    cid = f"cc-{n:02d}"
    b, (target, kind, expected, why, summ) = f(cid)
    with open(os.path.join(out, "cases", cid + ".json"), "w") as fh:
        json.dump(b.done(), fh, indent=1)
    exp.append({"case": cid, "target": target, "kind": kind, "expected": expected, "why": why})
    rows.append((cid, target, kind, summ, b.name, len(b.entries)))
json.dump({"anchorDate": "2026-12-01", "cases": exp}, open(os.path.join(out, "expectations.json"), "w"), indent=1)
import pickle; pickle.dump(rows, open("/tmp/rows18.pkl", "wb"))
print(len(exp))
