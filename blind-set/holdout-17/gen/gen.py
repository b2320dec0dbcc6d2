import json, os, random, sys
sys.path.insert(0, os.path.dirname(__file__))
import ed, ed2, ed3, cardio, cardio2, rest, psych
FUNCS = [ed.psnw_singh, ed.psnw_ida, ed.psnw_gall, ed.psnw_psa, ed.dsm_gerd, ed.dsm_syncope, ed.dsm_viral,
         ed2.hit_nsclc, ed2.hit_hd_plan, ed2.hit_nm_rhabdo, ed2.mpp_fusion, ed2.prc_ankle, ed2.rcc_complex, ed2.rcc_nm_fourconds,
         ed3.up_cirrhosis, ed3.up_nm_graduate,
         cardio.psnw_palp, cardio.dsm_nm_vvs, cardio.mpp_nm_ablation, cardio.prc_flag, cardio.rcc_nm_mvp,
         cardio2.mpp_tavr, cardio2.up_nm_mr, cardio2.wdt_nm_a1c, cardio2.mpp_nm_cabg, cardio2.up_advhf, cardio2.hit_nm_kccq, cardio2.wdt_bp,
         rest.mpp_aorta, rest.hit_postcabg_hd, rest.rcc_brugada,
         psych.dsm_ssd, psych.wdt_phq, psych.prc_nm_done, psych.prc_qr_yes, psych.wdt_pcl5, psych.prc_qr_no, psych.up_dementia, psych.wdt_nm_stopped, psych.rcc_hd]
assert len(FUNCS) == 40
order = list(range(40))
random.Random(1717).shuffle(order)
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
out = []
for n, idx in enumerate(order, 1):
    cid = f"cb-{n:02d}"
    c, meta = FUNCS[idx](cid)
    with open(os.path.join(HERE, "cases", cid + ".json"), "w") as f:
        json.dump(c.bundle(), f, indent=1, ensure_ascii=False)
    out.append(dict(case=cid, target=meta["target"], kind=meta["kind"], expected=meta["expected"], why=meta["why"], _summary=meta["summary"], _n=len(c.entries)))
exp = {"anchorDate": "2026-12-01", "cases": [{k: v for k, v in o.items() if not k.startswith("_")} for o in out]}
json.dump(exp, open(os.path.join(HERE, "expectations.json"), "w"), indent=1, ensure_ascii=False)
rows = "\n".join(f"| {o['case']} | `{o['target']}` | {o['kind']} | {o['_summary']} |" for o in out)
readme = f"""# Held-out evaluation set blind-17 (40 synthetic FHIR R4 records)

Written blind: only from the eight criterion descriptions in the brief, the FHIR R4 specification and public
terminology references (SNOMED CT, ICD-10-CM, CPT, HCPCS, LOINC, RxNorm, UCUM). No product code, rules, value sets,
tests, docs or other evaluation sets were read.

- Anchor date: **2026-12-01** (history before it; planned operations/treatments 1-10 weeks after it).
- Format: `cases/cb-NN.json`, one FHIR R4 `Bundle` of type `transaction` per patient; every entry has a `fullUrl` on
  the originating organisation's FHIR base, an explicit `id` and `request: PUT <Type>/<id>`. Patient id = case id;
  all other ids start with the case id. References are relative and resolve inside the bundle. Clinical notes are
  `DocumentReference`s with base64 `text/plain` attachments.
- Sources of the records: urban public teaching hospitals (ED, observation unit, hospitalist service; Mercy County,
  Kings Crossing, Harbor City, Riverside), cardiothoracic / structural heart / electrophysiology centres (Carolina
  Rhythm, Summit Structural Heart, Lakeshore Heart & Vascular, Pioneer Valley Cardiothoracic) and outpatient
  psychiatry / addiction / behavioural-health clinics (Cedar Hill, Northgate, Clearwater, Desert Mesa).
- Case numbers are shuffled and say nothing about the expectation. `expectations.json` lists, per case, the target
  criterion, kind (positive / near-miss), every criterion the record meets (`expected`), and a short reason.
- Generator: `gen/gen.py` (Python; `python3 gen/gen.py` rewrites cases, expectations and this README).
- 3 positives + 2 near misses per criterion; `python3 check.py` validates structure.

| case | target | kind | summary |
| --- | --- | --- | --- |
{rows}
"""
open(os.path.join(HERE, "README.md"), "w").write(readme)
print("written", len(out), "min/max entries", min(o['_n'] for o in out), max(o['_n'] for o in out))
