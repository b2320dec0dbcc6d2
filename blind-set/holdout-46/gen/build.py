#!/usr/bin/env python3
"""Regenerate blind-46: cases/de-NN.json, expectations.json and README.md.

Usage: python3 gen/build.py   (from <this set> or anywhere)
Cases are written by functions in gen/cases_*.py (each takes the case id);
their order is shuffled with a fixed seed so that case numbers say nothing
about the expectation.
"""
import importlib
import json
import os
import random
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from fhirkit import ANCHOR, BANNED  # noqa: E402

MODULES = ["cases_a", "cases_b", "cases_c", "cases_d"]
SEED = 46046


def collect():
    fns = []
    for m in MODULES:
        try:
            mod = importlib.import_module(m)
        except ModuleNotFoundError as e:
            if e.name == m:
                continue
            raise
        fns.extend(mod.CASES)
    return fns


def main():
    fns = collect()
    order = list(range(len(fns)))
    random.Random(SEED).shuffle(order)
    outdir = os.path.join(ROOT, "cases")
    os.makedirs(outdir, exist_ok=True)
    for f in os.listdir(outdir):
        if f.endswith(".json"):
            os.remove(os.path.join(outdir, f))
    metas = []
    for num, idx in enumerate(order, start=1):
        cid = f"de-{num:02d}"
        case = fns[idx](cid)
        b = case.bundle()
        n = len(b["entry"])
        if not 15 <= n <= 60:
            raise SystemExit(f"{cid} ({fns[idx].__name__}): {n} resources")
        raw = json.dumps(b, ensure_ascii=False, indent=1)
        m = BANNED.search(raw)
        if m:
            raise SystemExit(f"{cid} ({fns[idx].__name__}): banned word {m.group(0)!r}")
        with open(os.path.join(outdir, f"{cid}.json"), "w", encoding="utf-8") as f:
            f.write(raw + "\n")
        meta = dict(case.meta)
        meta["fn"] = fns[idx].__name__
        meta["n"] = n
        metas.append(meta)
    metas.sort(key=lambda m: m["case"])
    exp = {"anchorDate": ANCHOR,
           "cases": [{k: m[k] for k in ("case", "target", "kind", "expected", "why")} for m in metas]}
    with open(os.path.join(ROOT, "expectations.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=1)
        f.write("\n")
    import readme
    readme.write(ROOT, metas)
    print(f"built {len(metas)} cases, {sum(m['n'] for m in metas)} resources")
    rc = subprocess.call([sys.executable, os.path.join(HERE, "validate.py")])
    sys.exit(rc)


if __name__ == "__main__":
    main()
