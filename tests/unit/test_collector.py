"""Bulk work pauses the cyclic garbage collector and puts it back as it was; what it keeps
can be frozen out of the collector's way and given back on lock."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from app.collector import collector_paused, release_frozen


@pytest.fixture(autouse=True)
def collector_as_it_was() -> Iterator[None]:
    running = gc.isenabled()
    yield
    gc.unfreeze()
    if running:
        gc.enable()
    else:
        gc.disable()


def test_the_collector_is_paused_inside_and_running_again_after() -> None:
    gc.enable()
    with collector_paused():
        assert not gc.isenabled()
        with collector_paused():  # nested: the outer pause turns it back on
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


def test_a_collector_that_was_off_stays_off() -> None:
    gc.disable()
    with collector_paused():
        assert not gc.isenabled()
    assert not gc.isenabled()


def test_an_error_inside_still_turns_the_collector_back_on() -> None:
    gc.enable()
    with pytest.raises(ValueError), collector_paused(freeze=True):
        raise ValueError("bad row")
    assert gc.isenabled()


def test_what_was_kept_is_frozen_until_released() -> None:
    gc.unfreeze()
    with collector_paused(freeze=True):
        kept = [[i] for i in range(1000)]
    assert gc.get_freeze_count() >= len(kept)
    release_frozen()
    assert gc.get_freeze_count() == 0
