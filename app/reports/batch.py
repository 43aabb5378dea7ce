"""Summaries of several cases at once (one PDF with a page break between cases).

Reads each case whole (notes included) from the session, evaluates the rules active on the
print day once per case, and returns the summaries in the order asked. Runs on the
session's thread; ``progress(done, total)`` after each case.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING

from app.eligibility import Rule
from app.reports.profiles import check_profile
from app.reports.rules import active_rules
from app.reports.summary import Summary, build_summary

if TYPE_CHECKING:
    from app.session import Session

Progress = Callable[[int, int], None]


def build_summaries(
    session: Session,
    case_ids: Sequence[str],
    *,
    profile: str,
    printed_on: date,
    rules: Sequence[Rule] | None = None,
    progress: Progress | None = None,
    lang: str = "en",
) -> list[Summary]:
    """The summary of each case (ids or unique prefixes), in order. ``rules`` defaults to
    the rules active on ``printed_on``; ``lang`` is the summaries' language (en, az, ru).
    Raises ``KeyError`` for an unknown id (nothing is
    built) and :class:`~app.reports.profiles.ProfileError` for an unknown profile."""
    check_profile(profile)
    ids = [session.resolve_id(case_id) for case_id in case_ids]
    chosen = list(rules) if rules is not None else active_rules(session, printed_on)
    summaries = []
    for done, case_id in enumerate(ids, start=1):
        case = session.get_case(case_id)
        summaries.append(
            build_summary(case, chosen, profile=profile, printed_on=printed_on, lang=lang)
        )
        if progress is not None:
            progress(done, len(ids))
    return summaries
