"""Case registry shared by the cases_*.py files."""
CASES = {}


def case(key, org, target, kind, expected, why, summary):
    def deco(fn):
        assert key not in CASES, key
        CASES[key] = (fn, org, target, kind, list(expected), why, summary)
        return fn
    return deco
