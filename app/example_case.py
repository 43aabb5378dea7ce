"""The reference example of a case in case JSON (docs/case-json.md): one place for it.

The self-test, the test suite, the fuzz corpus and the old-version vault fixtures all start
from this case, each changing only what it needs.
"""

from __future__ import annotations

import copy
from typing import Any

_EXAMPLE: dict[str, Any] = {
    "person": {
        "full_name": "Əli Həsənov",
        "aliases": ["Ali Hasanov", "Али Гасанов"],
        "birth_date": "1985-03-02",
        "sex": "male",
        "groups": ["religious_believers"],
    },
    "status": "imprisoned",
    "arrested_on": "2023-02-01",
    "facility": "Penitentiary Service institution No. 13",
    "custody": [{"from": "2023-02-01", "to": "2023-04-14", "kind": "pretrial_detention"}],
    "sentence": {
        "verdict_date": "2023-10-01",
        "articles": ["234.1-1"],
        "category": "less_serious",
        "term": "P3Y",
        "start_date": "2023-04-15",
        "regime": "general",
    },
    "notes": [{"text": "Defence strategy: challenge the search.", "visibility": "privileged"}],
    "events": [{"date": "2025-03-01", "kind": "hearing", "text": "Appeal hearing"}],
}


def example_case_json(**overrides: Any) -> dict[str, Any]:
    """A fresh copy of the example case; each keyword replaces a top-level field."""
    case = copy.deepcopy(_EXAMPLE)
    case.update(copy.deepcopy(overrides))
    return case
