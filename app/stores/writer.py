"""What every store writes through: the vault, one transaction at a time, and this device's
hybrid logical clock (saved with the transaction that used it)."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from typing import Any

from app.case_json import new_id
from app.hlc import Clock
from storage.vault import Vault


class Writer:
    """Transactions over one open vault. In-memory updates registered with
    :meth:`after_commit` run only once the vault transaction has committed, so a rolled-back
    write leaves every store exactly as the vault is. Not thread-safe."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        device = self._load_or_create_device()
        self.device_id: str = device["device_id"]
        self.clock = Clock(self.device_id, wall=device["wall"], counter=device["counter"])
        self._pending: list[Callable[[], None]] | None = None
        self._device_dirty = False
        self._on_commit: list[Callable[[], None]] = []
        self._before_commit: list[Callable[[], None]] = []
        self._on_rollback: list[Callable[[], None]] = []

    @property
    def in_transaction(self) -> bool:
        return self._pending is not None

    def on_every_commit(self, hook: Callable[[], None]) -> None:
        """Run ``hook`` after each outermost commit (after the registered updates)."""
        self._on_commit.append(hook)

    def before_every_commit(self, hook: Callable[[], None]) -> None:
        """Run ``hook`` at the end of each outermost transaction, inside it (to write
        what was gathered during the transaction once)."""
        self._before_commit.append(hook)

    def on_every_rollback(self, hook: Callable[[], None]) -> None:
        self._on_rollback.append(hook)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """Writes inside commit together; nested use joins the outer transaction."""
        if self._pending is not None:
            yield
            return
        self._pending = []
        self._device_dirty = False
        try:
            with self.vault.transaction():
                yield
                for before in self._before_commit:
                    before()
                if self._device_dirty:
                    self.save_device()
        except BaseException:
            self._pending = None
            for undo in self._on_rollback:
                undo()
            raise
        pending, self._pending = self._pending, None
        for apply in pending:
            apply()
        for hook in self._on_commit:
            hook()

    def after_commit(self, apply: Callable[[], None]) -> None:
        if self._pending is None:
            apply()
        else:
            self._pending.append(apply)

    def clock_used(self) -> None:
        """The clock moved: save it with the current transaction."""
        self._device_dirty = True

    def save_device(self) -> None:
        wall, counter = self.clock.state
        self.vault.put(
            self.vault.named_id("device"),
            "device",
            {"device_id": self.device_id, "wall": wall, "counter": counter},
        )

    def _load_or_create_device(self) -> dict[str, Any]:
        record = self.vault.get(self.vault.named_id("device"))
        if record is not None:
            payload: dict[str, Any] = record.payload
            return payload
        device = {"device_id": new_id()[:16], "wall": 0, "counter": 0}
        self.vault.put(self.vault.named_id("device"), "device", device)
        return device
