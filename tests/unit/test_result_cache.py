"""The session's eligibility results are the one place they are kept: what was evaluated is
read back as it is, a saved case's result is read back once it is evaluated again, a
deleted case's is gone, and nothing is read back for another day or another version of the
rule."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from app.demo import generate_cases
from app.eligibility import evaluate_rule, load_builtin_rules
from app.session import Session
from app.terms import Term
from tests.conftest import FAST_KDF_MIB

TODAY = date(2026, 6, 1)


def test_results_read_back_are_those_evaluated_for_the_cases_as_they_are(
    tmp_path: Path,
) -> None:
    path = tmp_path / "v.cwvault"
    session, _code = Session.create(path, "pw", kdf_memory_mib=FAST_KDF_MIB)
    with session:
        ids = [c.id for c in session.add_cases(generate_cases(12, seed=3, today=TODAY))]
        rule = next(r for r in load_builtin_rules() if r.kind == "parole")
        assert session.results.kept(rule, on=None, today=TODAY) == {}  # nothing evaluated yet
        first = session.evaluate_rule(rule, ids[:5], today=TODAY)
        assert session.results.kept(rule, on=None, today=TODAY) == first
        everything = session.evaluate_rule(rule, today=TODAY)
        kept = session.results.kept(rule, on=None, today=TODAY)
        assert kept == everything and list(kept) == ids

        sentenced = next(i for i in ids if session.light_cases([i])[0].sentence is not None)
        case = session.get_case(sentenced)
        assert case.sentence is not None
        session.update_case(replace(case, sentence=replace(case.sentence, term=Term(years=25))))
        session.evaluate_rule(rule, [sentenced], today=TODAY)  # as the desktop does on save
        assert session.results.kept(rule, on=None, today=TODAY)[sentenced] == evaluate_rule(
            rule, session.get_case(sentenced), on=None, today=TODAY
        )

        session.delete_case(ids[0])
        assert ids[0] not in session.results.kept(rule, on=None, today=TODAY)
        assert session.results.kept(rule, on=None, today=date(2026, 6, 2)) == {}
        other = replace(rule, title="Another version")
        assert session.results.kept(other, on=None, today=TODAY) == {}
