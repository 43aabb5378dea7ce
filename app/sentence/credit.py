"""Credit for custody before the sentence (docs/sentence-conventions.md), on its own: what
:func:`~app.sentence.compute_core` counts, also for a sentence it gives no dates for (a life
term). Pure; safe on any thread.
"""

from __future__ import annotations

from app.model import Case
from app.sentence.core import _credit
from app.sentence.profile import AZ, JurisdictionProfile


def credited_days(case: Case, profile: JurisdictionProfile = AZ) -> int:
    """Days of custody before the sentence's start date credited against the sentence: each
    period's days times its kind's ratio in ``profile``, rounded down, a day covered twice
    counted once. 0 without a sentence, a start date or custody."""
    start = getattr(case.sentence, "start_date", None)
    if start is None or not case.custody:
        return 0
    return _credit(case.custody, start, profile, None)
