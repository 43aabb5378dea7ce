"""Reports as data (docs/reports.md): case summaries (document model and HTML, no Qt), batches of
summaries, the rules reports evaluate, and printing profiles. Statistics: :mod:`app.stats`.
Rendering to PDF and printing live in ``ui/printing``.
"""

from app.reports.batch import build_summaries
from app.reports.profiles import (
    DEFAULT_PROFILE,
    PROFILES,
    ProfileError,
    case_for_profile,
    check_profile,
    default_profile,
    owner_is_family,
    shows,
)
from app.reports.rules import active_rules, is_active
from app.reports.summary import Item, Row, RuleBlock, Section, Summary, Table, build_summary
from app.reports.summary_html import summaries_html, summary_body, summary_html

__all__ = [
    "DEFAULT_PROFILE",
    "PROFILES",
    "Item",
    "ProfileError",
    "Row",
    "RuleBlock",
    "Section",
    "Summary",
    "Table",
    "active_rules",
    "build_summaries",
    "build_summary",
    "case_for_profile",
    "check_profile",
    "default_profile",
    "is_active",
    "owner_is_family",
    "shows",
    "summaries_html",
    "summary_body",
    "summary_html",
]
