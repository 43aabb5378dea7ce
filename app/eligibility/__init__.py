"""Eligibility rules (DESIGN §5): the TOML format, evaluation with reasons, built-in pack."""

from app.eligibility.criteria import article_matches
from app.eligibility.evaluate import (
    STATUSES,
    Reason,
    RuleResult,
    evaluate_cases,
    evaluate_rule,
    evaluation_day,
)
from app.eligibility.notes import ReviewedResult, notes_for_rule, review, reviewed_json
from app.eligibility.parse import (
    load_builtin_rules,
    load_rule_file,
    parse_rule_text,
    read_rule_text,
)
from app.eligibility.render import reason_json, render_reason, render_result, result_json
from app.eligibility.rules import CRITERIA, Clause, Criterion, Rule, RuleError
from app.eligibility.store import add_rule_file, all_rules, resolve_rule, stored_rules

__all__ = [
    "CRITERIA",
    "STATUSES",
    "Clause",
    "Criterion",
    "Reason",
    "ReviewedResult",
    "Rule",
    "RuleError",
    "RuleResult",
    "add_rule_file",
    "all_rules",
    "article_matches",
    "evaluate_cases",
    "evaluate_rule",
    "evaluation_day",
    "load_builtin_rules",
    "load_rule_file",
    "notes_for_rule",
    "parse_rule_text",
    "read_rule_text",
    "reason_json",
    "render_reason",
    "render_result",
    "resolve_rule",
    "result_json",
    "review",
    "reviewed_json",
    "stored_rules",
]
