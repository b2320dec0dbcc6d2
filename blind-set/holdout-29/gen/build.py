import json, os, random, sys
sys.path.insert(0, os.path.dirname(__file__))
from lib import Case
from common import TRUSTS, HH, AYA
import nhs_cases, hh_cases, aya_cases

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
specs = [("nhs", *s) for s in nhs_cases.NHS_CASES] + [("hh", *s) for s in hh_cases.HH_CASES] + [("aya", *s) for s in aya_cases.AYA_CASES]
assert len(specs) == 40, len(specs)
order = list(range(40))
random.Random(2926).shuffle(order)

BASES = {}
for k, v in TRUSTS.items():
    BASES[k] = v["base"]
for k, v in HH.items():
    BASES[k] = v["base"]
for k, v in AYA.items():
    BASES[k] = v["base"]

def base_for(fn):
    import inspect
    src = inspect.getsource(fn)
    for k in BASES:
        if f'"{k}"' in src:
            return BASES[k]
    raise ValueError(fn.__name__)

os.makedirs(os.path.join(OUT, "cases"), exist_ok=True)
rows = []
for n, idx in enumerate(order, 1):
    org, target, kind, fn, extra = specs[idx]
    cid = f"cn-{n:02d}"
    c = Case(cid, base_for(fn))
    summary = fn(c)
    with open(os.path.join(OUT, "cases", f"{cid}.json"), "w") as f:
        json.dump(c.bundle(), f, indent=2, ensure_ascii=False)
    expected = ([target] if kind == "positive" else []) + list(extra)
    rows.append({"case": cid, "target": target, "kind": kind, "expected": expected, "why": summary,
                 "_org": org, "_n": len(c.entries)})

with open(os.path.join(OUT, "expectations.json"), "w") as f:
    json.dump({"anchorDate": "2026-12-01",
               "cases": [{k: v for k, v in r.items() if not k.startswith("_")} for r in rows]}, f, indent=2, ensure_ascii=False)

ORGN = {"nhs": "NHS trust (FHIR gateway)", "hh": "Home health / hospital-at-home", "aya": "AYA / eating-disorder / gender clinic"}
with open(os.path.join(OUT, "gen", "table.md"), "w") as f:
    f.write("| case | target | kind | source | resources | summary |\n| --- | --- | --- | --- | --- | --- |\n")
    for r in rows:
        f.write(f"| {r['case']} | `{r['target']}` | {r['kind']} | {ORGN[r['_org']]} | {r['_n']} | {r['why']} |\n")
print("built", len(rows), "cases; entries min/max", min(r['_n'] for r in rows), max(r['_n'] for r in rows))
