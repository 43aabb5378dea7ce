"""Objects that a ``with`` block closes: ``with`` gives the object itself, and leaving the
block, by an error or not, calls its ``close``."""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import Self


class ClosedOnExit(ABC):
    """Base of the objects that hold something open until :meth:`close` (an unlocked vault's
    session, its search index, a bundle being read)."""

    @abstractmethod
    def close(self) -> None:
        """Release what the object holds; safe to call twice."""

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
