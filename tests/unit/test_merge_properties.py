"""Merge properties (hypothesis) over simulated devices that edit offline, with clocks that
disagree, and exchange snapshots (bundles) in any order:

- any import order of the same bundles gives the same state;
- importing a bundle twice equals importing it once;
- no edit is lost: every version in any bundle is either present or was seen by (known to
  the author of) a version that is present.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import reduce

from hypothesis import given, settings
from hypothesis import strategies as st

from app.merge import CaseState, Versions, edit, merge_case

DEVICES = ("aaaa", "bbbb", "cccc")
PATHS = ("status", "facility", "notes/n1", "notes/n2")
VALUES = (None, "x", "y", "z")


@dataclass
class Device:
    name: str
    skew: int
    wall: int = 0
    counter: int = 0
    state: dict[str, Versions] = field(default_factory=dict)

    def now(self, step: int) -> str:
        physical = step * 10 + self.skew
        if physical > self.wall:
            self.wall, self.counter = physical, 0
        else:
            self.counter += 1
        return f"{self.wall:015d}-{self.counter:06d}-{self.name}"

    def receive(self, bundle: CaseState) -> None:
        self.state = merge_case(self.state, bundle)
        for versions in bundle.values():
            for version in versions:
                wall, counter, _ = version.stamp.split("-", 2)
                if (int(wall), int(counter)) > (self.wall, self.counter):
                    self.wall, self.counter = int(wall), int(counter)


action = st.one_of(
    st.tuples(
        st.just("edit"),
        st.sampled_from(range(len(DEVICES))),
        st.sampled_from(PATHS),
        st.sampled_from(VALUES),
    ),
    st.tuples(st.just("snapshot"), st.sampled_from(range(len(DEVICES)))),
    st.tuples(st.just("receive"), st.sampled_from(range(len(DEVICES))), st.integers(0, 50)),
)


def simulate(
    skews: Sequence[int], actions: Sequence[tuple[object, ...]]
) -> tuple[list[CaseState], list[Device]]:
    devices = [Device(name, skew) for name, skew in zip(DEVICES, skews, strict=True)]
    bundles: list[CaseState] = []
    for step, act in enumerate(actions, start=1):
        device = devices[int(act[1])]  # type: ignore[call-overload]
        if act[0] == "edit":
            path, value = str(act[2]), act[3]
            device.state = dict(device.state)
            device.state[path] = edit(device.state.get(path, ()), value, device.now(step))
        elif act[0] == "snapshot":
            bundles.append(dict(device.state))
        elif bundles:
            device.receive(bundles[int(act[2]) % len(bundles)])  # type: ignore[call-overload]
    for device in devices:  # everyone hands in a final bundle
        bundles.append(dict(device.state))
    return bundles, devices


def import_all(bundles: Sequence[CaseState], start: CaseState | None = None) -> CaseState:
    return reduce(merge_case, bundles, dict(start or {}))


scenario = st.tuples(
    st.lists(st.integers(-30, 30), min_size=3, max_size=3),
    st.lists(action, max_size=40),
)


@settings(max_examples=100, deadline=None)
@given(scenario, st.randoms(use_true_random=False))
def test_any_import_order_gives_the_same_state(data: tuple, rng) -> None:  # type: ignore[no-untyped-def]
    bundles, _ = simulate(*data)
    shuffled = list(bundles)
    rng.shuffle(shuffled)
    assert import_all(shuffled) == import_all(bundles)


@settings(max_examples=100, deadline=None)
@given(scenario, st.data())
def test_importing_twice_equals_importing_once(data: tuple, draw) -> None:  # type: ignore[no-untyped-def]
    bundles, devices = simulate(*data)
    target = devices[draw.draw(st.integers(0, len(devices) - 1))].state
    once = import_all(bundles, target)
    assert import_all(bundles, once) == once
    for bundle in bundles:
        assert merge_case(once, bundle) == once


@settings(max_examples=100, deadline=None)
@given(scenario)
def test_no_edit_is_lost(data: tuple) -> None:  # type: ignore[no-untyped-def]
    bundles, _ = simulate(*data)
    final = import_all(bundles)
    for bundle in bundles:
        for path, versions in bundle.items():
            present = final[path]
            for version in versions:
                assert version in present or any(p.has_seen(version) for p in present), (
                    f"{path}: {version} vanished"
                )
