"""Hybrid logical clocks: a timestamp that orders edits across devices whose clocks disagree.

A stamp is ``(wall milliseconds, counter, device id)``, written as a string that sorts in the
same order as the tuple, so the greater string is the later edit and the device id breaks
ties deterministically (docs/bundle-format.md, merge).
"""

from __future__ import annotations

import time
from dataclasses import dataclass

_WALL_DIGITS = 15
_COUNTER_DIGITS = 6


@dataclass(frozen=True, order=True)
class Stamp:
    wall_ms: int
    counter: int
    device: str

    def __str__(self) -> str:
        return f"{self.wall_ms:0{_WALL_DIGITS}d}-{self.counter:0{_COUNTER_DIGITS}d}-{self.device}"

    @classmethod
    def parse(cls, text: str) -> Stamp:
        """Raises ``ValueError`` for anything but ``<15 digits>-<6 digits>-<device>``."""
        wall, counter, device = text.split("-", 2)
        if len(wall) != _WALL_DIGITS or len(counter) != _COUNTER_DIGITS or not device:
            raise ValueError(f"not a clock stamp: {text!r}")
        return cls(int(wall), int(counter), device)


class Clock:
    """The clock of one device. ``now()`` is strictly increasing; ``observe()`` moves it past
    stamps received from others so later local edits win over what was seen."""

    def __init__(self, device: str, *, wall: int = 0, counter: int = 0) -> None:
        self.device = device
        self._wall = wall
        self._counter = counter

    def now(self) -> Stamp:
        physical = int(time.time() * 1000)
        if physical > self._wall:
            self._wall, self._counter = physical, 0
        else:
            self._counter += 1
        return Stamp(self._wall, self._counter, self.device)

    def observe(self, stamp: Stamp) -> None:
        if (stamp.wall_ms, stamp.counter) > (self._wall, self._counter):
            self._wall, self._counter = stamp.wall_ms, stamp.counter

    @property
    def state(self) -> tuple[int, int]:
        return self._wall, self._counter
