"""When Python's cyclic garbage collector runs: paused during bulk work, and what that work
made and keeps moved out of its way (docs/architecture.md, "How an unlock travels").

Unlock, a CLI command over every case, the desktop's eligibility evaluation and demo data
make objects by the hundred thousand and no reference cycles. The cyclic collector has
nothing to find in them, yet it would scan them again and again as they pile up (most of
the unlock's time for 100,000 cases; pauses that stall typing in the desktop). Reference
counting still frees everything while the collector is paused.

The collector is process-wide: pausing it on one thread pauses it for all. Pauses nest (the
outermost one that found it running turns it back on), so any caller may pause it.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def collector_paused(*, freeze: bool = False) -> Iterator[None]:
    """Pause the cyclic collector while the block runs, then turn it back on if it was on.

    With ``freeze``, everything alive when the block ends (what it made and keeps, and
    whatever lived before) goes into the collector's permanent generation (``gc.freeze``),
    which it never scans; :func:`release_frozen` gives it back. Use it for what lives as
    long as the vault is open. Any thread."""
    running = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if freeze:
            gc.freeze()
        if running:
            gc.enable()


def release_frozen() -> None:
    """Let the collector scan again what :func:`collector_paused` froze (on lock: what the
    open vault kept may hold cycles once dropped). Any thread."""
    gc.unfreeze()
