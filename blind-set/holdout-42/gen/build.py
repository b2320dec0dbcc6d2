#!/usr/bin/env python3
"""Regenerate the blind-42 set: python3 gen/build.py"""
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from fhirkit import Case, BANNED  # noqa: E402
import cases_a as A  # noqa: E402
import cases_b as B  # noqa: E402
import cases_c as C  # noqa: E402

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PS, DSM, MPP, UP = "PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "DIAGNOSIS_SYMPTOM_MISMATCH", "MAJOR_PROCEDURE_PLANNED", "UNTREATABLE_PROGNOSIS"
HIT, PRC, WDT, RC = "HIGH_IMPACT_TREATMENT", "PATIENT_REPORTED_CONCERN", "WORSENING_DESPITE_TREATMENT", "RARE_OR_COMPLEX_CONDITION"

SPECS = [  # (target, kind, org, function)
    (PS, "positive", "NL", A.ps_pos_dizzy_nl), (PS, "positive", "CA", A.ps_pos_returns_ca), (PS, "positive", "EN", A.ps_pos_ida_en),
    (PS, "near-miss", "CA", A.ps_nm_coeliac_ca), (PS, "near-miss", "NL", A.ps_nm_psa_nl),
    (DSM, "positive", "CA", A.dsm_pos_fibro_ca), (DSM, "positive", "NL", A.dsm_pos_ibs_nl), (DSM, "positive", "EN", A.dsm_pos_lada_en),
    (DSM, "near-miss", "NL", A.dsm_nm_viral_nl), (DSM, "near-miss", "PC", C.dsm_nm_fatigue_pc),
    (MPP, "positive", "EN", A.mpp_pos_bypass_en), (MPP, "positive", "NL", A.mpp_pos_hip_nl), (MPP, "positive", "CA", A.mpp_pos_cabg_ca),
    (MPP, "near-miss", "EN", A.mpp_nm_fna_en), (MPP, "near-miss", "NL", A.mpp_nm_chole_nl),
    (UP, "positive", "PC", B.up_pos_lung_pc), (UP, "positive", "NL", B.up_pos_hf_nl), (UP, "positive", "PC", B.up_pos_colon_pc),
    (UP, "near-miss", "PC", B.up_nm_breast_2nd_pc), (UP, "near-miss", "CA", B.up_nm_copd_ca),
    (HIT, "positive", "NL", B.hit_pos_dialysis_nl), (HIT, "positive", "PC", B.hit_pos_chemort_pc), (HIT, "positive", "EN", B.hit_pos_qol_en),
    (HIT, "near-miss", "EN", B.hit_nm_insulin_en), (HIT, "near-miss", "PC", B.hit_nm_declined_pc),
    (PRC, "positive", "NL", B.prc_pos_qr_nl), (PRC, "positive", "CA", B.prc_pos_comm_ca), (PRC, "positive", "EN", B.prc_pos_flag_en),
    (PRC, "near-miss", "CA", B.prc_nm_qr_no_ca), (PRC, "near-miss", "PC", B.prc_nm_msg_pc),
    (WDT, "positive", "EN", C.wdt_pos_a1c_en), (WDT, "positive", "NL", C.wdt_pos_ra_nl), (WDT, "positive", "PC", C.wdt_pos_pain_pc),
    (WDT, "near-miss", "CA", C.wdt_nm_bp_stopped_ca), (WDT, "near-miss", "PC", C.wdt_nm_short_pc),
    (RC, "positive", "EN", C.rc_pos_acro_en), (RC, "positive", "CA", C.rc_pos_multimorbid_ca), (RC, "positive", "NL", C.rc_pos_wilson_nl),
    (RC, "near-miss", "EN", C.rc_nm_four_en), (RC, "near-miss", "NL", C.rc_nm_marfan_nl),
]
ORGNAME = {"NL": "Dutch academic hospital", "CA": "Canadian community hospital", "EN": "Endocrinology and diabetes centre",
           "PC": "Palliative and supportive care service"}


def main():
    nums = list(range(1, len(SPECS) + 1))
    random.Random(4242).shuffle(nums)
    os.makedirs(os.path.join(HERE, "cases"), exist_ok=True)
    for f in os.listdir(os.path.join(HERE, "cases")):
        if f.endswith(".json"):
            os.remove(os.path.join(HERE, "cases", f))
    exp, rows = [], []
    for (target, kind, org, fn), n in zip(SPECS, nums):
        cid = f"da-{n:02d}"
        c = Case(cid, org)
        meta = fn(c)
        raw = json.dumps(c.bundle(), ensure_ascii=False, indent=1)
        assert not BANNED.search(raw), (cid, BANNED.search(raw).group(0))
        assert 15 <= len(c.entries) <= 60, (cid, len(c.entries))
        assert (target in meta["expected"]) == (kind == "positive"), cid
        with open(os.path.join(HERE, "cases", cid + ".json"), "w", encoding="utf-8") as f:
            f.write(raw + "\n")
        exp.append({"case": cid, "target": target, "kind": kind, "expected": meta["expected"], "why": meta["why"]})
        rows.append((cid, target, kind, org, meta["summary"], len(c.entries)))
    exp.sort(key=lambda x: x["case"])
    with open(os.path.join(HERE, "expectations.json"), "w", encoding="utf-8") as f:
        json.dump({"anchorDate": "2026-12-01", "cases": exp}, f, ensure_ascii=False, indent=1)
        f.write("\n")
    rows.sort()
    with open(os.path.join(HERE, "gen", "table.md"), "w", encoding="utf-8") as f:
        f.write("| case | target | kind | summary |\n| --- | --- | --- | --- |\n")
        for cid, target, kind, org, summ, n in rows:
            f.write(f"| {cid} | {target} | {kind} | {summ} |\n")
    for r in rows:
        print(r[0], r[3], r[1], r[2], r[5])


if __name__ == "__main__":
    main()
