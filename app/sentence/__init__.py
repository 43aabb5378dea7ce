"""Sentence arithmetic (docs/sentence-conventions.md): jurisdiction profiles, computation,
trace."""

from app.sentence.calendar import add, add_months_days, fraction_offset
from app.sentence.compute import (
    MILESTONES,
    Computation,
    compute_sentence,
    computed_json,
    computed_json_for,
)
from app.sentence.core import NEVER, SentenceCore, SentenceDates, compute_core, is_life
from app.sentence.profile import AZ, CreditRatio, JurisdictionProfile, ParoleFractions
from app.sentence.trace import TraceStep, render_step, render_trace

__all__ = [
    "AZ",
    "MILESTONES",
    "NEVER",
    "Computation",
    "CreditRatio",
    "JurisdictionProfile",
    "ParoleFractions",
    "SentenceCore",
    "SentenceDates",
    "TraceStep",
    "add",
    "add_months_days",
    "compute_core",
    "compute_sentence",
    "computed_json",
    "computed_json_for",
    "fraction_offset",
    "is_life",
    "render_step",
    "render_trace",
]
