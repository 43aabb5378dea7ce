"""Sentence arithmetic (DESIGN §4): jurisdiction profiles, computation, trace."""

from app.sentence.calendar import add, add_months_days, fraction_offset
from app.sentence.compute import MILESTONES, Computation, compute_sentence, computed_json
from app.sentence.core import SentenceCore, SentenceDates, compute_core
from app.sentence.profile import AZ, CreditRatio, JurisdictionProfile, ParoleFractions
from app.sentence.trace import TraceStep, render_step, render_trace

__all__ = [
    "AZ",
    "MILESTONES",
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
    "fraction_offset",
    "render_step",
    "render_trace",
]
