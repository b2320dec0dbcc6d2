"""Collects the case definitions from cases_a.py ... cases_d.py."""
import importlib

from registry import CASES  # noqa: F401

for _m in ("cases_a", "cases_b", "cases_c", "cases_d"):
    try:
        importlib.import_module(_m)
    except ModuleNotFoundError as e:
        if e.name != _m:
            raise
