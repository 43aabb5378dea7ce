"""Convergence through real vaults (hypothesis, few examples: vaults are slow): three people
edit offline, exchange bundles in any order, and in the end every vault shows the same
values, clocks and conflicts — whatever the session stores, the merge state survives it."""

from __future__ import annotations

import itertools
import shutil
import tempfile
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.bundle import import_bundle
from app.bundle.conflicts import list_conflicts
from app.sync import export_to
from tests.unit.test_bundle_helpers import (
    Person,
    Template,
    add_case,
    build_template,
    merge_view,
    open_template,
)

NAMES = ["Lawyer", "Colleague", "Partner"]


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Template:
    return build_template(
        tmp_path_factory.mktemp("trio"),
        NAMES,
        [(0, 1, "colleague", "colleague"), (0, 2, "colleague", "colleague"),
         (1, 2, "colleague", "colleague")],
    )  # fmt: skip


operation = st.one_of(
    st.tuples(
        st.just("edit"),
        st.integers(0, 2),
        st.sampled_from(["facility", "status"]),
        st.sampled_from(["A", "B", "released", "imprisoned"]),
    ),
    st.tuples(st.just("note"), st.integers(0, 2)),
    st.tuples(st.just("drop-note"), st.integers(0, 2)),
    st.tuples(st.just("send"), st.integers(0, 2), st.integers(0, 2)),
    st.tuples(st.just("deliver"), st.integers(0, 2), st.integers(0, 20)),
)


def _edit(person: Person, case_id: str, field: str, value: str) -> None:
    case = person.session.get_case(case_id)
    if field == "status":
        value = value if value in ("released", "imprisoned") else "pretrial"
        person.session.update_case(replace(case, status=value))
    else:
        person.session.update_case(replace(case, facility=value))


@settings(
    max_examples=5,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(st.lists(operation, min_size=4, max_size=12), st.randoms(use_true_random=False))
def test_vaults_converge_whatever_the_order(template: Template, ops, rng) -> None:  # type: ignore[no-untyped-def]
    root = Path(tempfile.mkdtemp(prefix="converge-"))
    people = open_template(template, root)
    counter = itertools.count()
    inbox: list[list[Path]] = [[], [], []]

    def send(a: int, b: int) -> None:
        if a != b:
            path = root / f"b{next(counter)}.cwb"
            export_to(people[a].session, [people[b].name], path)
            inbox[b].append(path)

    def deliver(b: int, which: int) -> None:
        if inbox[b]:
            path = inbox[b].pop(which % len(inbox[b]))
            import_bundle(people[b].session, path)

    try:
        case_id = add_case(people[0])
        for b in (1, 2):
            send(0, b)
            deliver(b, 0)
        for op in ops:
            who = int(op[1])  # type: ignore[call-overload]
            if op[0] == "edit":
                _edit(people[who], case_id, str(op[2]), str(op[3]))
            elif op[0] == "note":
                people[who].session.add_note(case_id, f"note {next(counter)}", "family")
            elif op[0] == "drop-note":
                case = people[who].session.get_case(case_id)
                if case.notes:
                    people[who].session.update_case(replace(case, notes=case.notes[1:]))
            elif op[0] == "send":
                send(who, int(op[2]))  # type: ignore[call-overload]
            else:
                deliver(who, int(op[2]))  # type: ignore[call-overload]
        # Everyone sends everything to everyone; everything is delivered in a random order.
        for a, b in itertools.permutations(range(3), 2):
            send(a, b)
        for b in range(3):
            rng.shuffle(inbox[b])
            for path in inbox[b]:
                import_bundle(people[b].session, path)
        views = [merge_view(p.session) for p in people]
        assert views[0] == views[1] == views[2]
        conflicts = [[c.to_json() for c in list_conflicts(p.session)] for p in people]
        assert conflicts[0] == conflicts[1] == conflicts[2]
    finally:
        for person in people:
            person.session.close()
        shutil.rmtree(root, ignore_errors=True)
