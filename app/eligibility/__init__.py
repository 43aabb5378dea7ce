"""Eligibility rules (docs/rules.md): the TOML format, evaluation with reasons, built-in pack."""

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
from app.eligibility.words import (
    clause_source,
    clause_verify,
    date_words,
    key_reasons,
    reason_words,
    result_words,
    rule_heading,
    rule_source,
    rule_title,
    rule_verify,
    term_words,
    verdict_words,
    verify_flag,
    verify_words,
)

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
    "clause_source",
    "clause_verify",
    "date_words",
    "evaluate_cases",
    "evaluate_rule",
    "evaluation_day",
    "key_reasons",
    "load_builtin_rules",
    "load_rule_file",
    "notes_for_rule",
    "parse_rule_text",
    "read_rule_text",
    "reason_json",
    "reason_words",
    "render_reason",
    "render_result",
    "resolve_rule",
    "result_json",
    "result_words",
    "review",
    "reviewed_json",
    "rule_heading",
    "rule_source",
    "rule_title",
    "rule_verify",
    "stored_rules",
    "term_words",
    "verdict_words",
    "verify_flag",
    "verify_words",
]
