"""Byte-level mutation of seed inputs, as a hypothesis strategy, and the fuzz budget.

Every fuzzer draws from :func:`mutated` (a seed from the corpus changed by a few random
operations: bit flips, interesting bytes, insertions, deletions, truncation, duplication,
splicing with another seed, and replacement by tokens that often break parsers) and from
plain random input. Budgets are fixed numbers of examples, scaled by ``CASEWORK_FUZZ_SCALE``
(default 1; e.g. 20 for a long local run), so CI time is bounded.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from hypothesis import HealthCheck, event, settings
from hypothesis import strategies as st
from hypothesis.control import currently_in_test_context

CORPUS = Path(__file__).resolve().parent / "corpus"
SCALE = float(os.environ.get("CASEWORK_FUZZ_SCALE", "1"))

INTERESTING_BYTES = (0x00, 0x01, 0x7F, 0x80, 0xFF, 0x0A, 0x0D, 0x20, 0x22, 0x2C, 0x3D, 0x5B)
TOKENS: tuple[bytes, ...] = (
    b"",
    b"\x00",
    b"\xff\xfe",
    b"\xef\xbb\xbf",
    b"\xc3",
    b"\xed\xa0\x80",  # an encoded surrogate: not valid UTF-8
    b"-1",
    b"0",
    b"1e309",
    b"NaN",
    b"-Infinity",
    b"99999999999999999999999999",
    b"null",
    b"true",
    b"[]",
    b"{}",
    b'""',
    b"[[[[[[[[[[",
    b"0000-00-00",
    b"9999-12-31",
    b"0001-01-01",
    b"2023-02-29",
    b"P99999Y",
    b"P0D",
    b"PT1H",
    b"P-1M",
    b"234.1*",
    b"1/0",
    b'"""',
    b"'''",
    b"\n[[clauses]]\n",
    b"=",
    b";",
    b"\t",
    b"\r\n",
    "Əli Həsənov".encode(),
    "Али Гасанов".encode(),
    b"A" * 300,
)


def budget(examples: int) -> settings:
    """Hypothesis settings for a fuzzer: ``examples`` runs (times the scale), no deadline,
    no shrinking-time surprises, no stored-example database (CI starts clean anyway)."""
    return settings(
        max_examples=max(1, int(examples * SCALE)),
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )


def note(outcome: str) -> None:
    """Count an outcome (``accepted``/``refused``) in hypothesis' statistics, so
    ``--hypothesis-show-statistics`` tells whether a fuzzer gets past the first checks."""
    if currently_in_test_context():
        event(outcome)


def load_seeds(folder: str, suffixes: Sequence[str] = ()) -> list[tuple[str, bytes]]:
    """``(name, bytes)`` of every seed file in ``corpus/<folder>`` (sorted by name)."""
    path = CORPUS / folder
    files = sorted(p for p in path.iterdir() if p.is_file() and not p.name.startswith("."))
    if suffixes:
        files = [p for p in files if p.name.endswith(tuple(suffixes))]
    return [(p.name, p.read_bytes()) for p in files]


@st.composite
def _operation(draw: st.DrawFn, data: bytes, others: Sequence[bytes]) -> bytes:
    size = len(data)
    kind = draw(
        st.sampled_from(
            ("flip", "byte", "insert", "delete", "truncate", "duplicate", "splice", "token")
        )
    )
    at = draw(st.integers(0, size)) if size else 0
    if kind == "flip" and size:
        index = min(at, size - 1)
        mask = draw(st.integers(1, 255))
        return data[:index] + bytes([data[index] ^ mask]) + data[index + 1 :]
    if kind == "byte" and size:
        index = min(at, size - 1)
        value = draw(st.sampled_from(INTERESTING_BYTES))
        return data[:index] + bytes([value]) + data[index + 1 :]
    if kind == "insert":
        return data[:at] + draw(st.binary(min_size=1, max_size=16)) + data[at:]
    if kind == "delete" and size:
        length = draw(st.integers(1, max(1, min(64, size - min(at, size - 1)))))
        return data[:at] + data[at + length :]
    if kind == "truncate":
        return data[:at]
    if kind == "duplicate" and size:
        length = draw(st.integers(1, min(256, size)))
        start = min(at, size - length)
        return data[:at] + data[start : start + length] + data[at:]
    if kind == "splice" and others:
        other = draw(st.sampled_from(list(others)))
        if other:
            cut = draw(st.integers(0, len(other)))
            return data[:at] + other[cut:]
    # token: replace a short run at ``at`` with a token that breaks many parsers
    token = draw(st.sampled_from(TOKENS))
    length = draw(st.integers(0, 8))
    return data[:at] + token + data[at + length :]


@st.composite
def mutated(draw: st.DrawFn, seeds: Sequence[bytes], max_operations: int = 4) -> bytes:
    """A seed changed by 1..``max_operations`` random operations."""
    data = draw(st.sampled_from(list(seeds)))
    for _ in range(draw(st.integers(1, max_operations))):
        data = draw(_operation(data, seeds))
    return data


def fuzz_input(seeds: Sequence[bytes], max_random: int = 512) -> st.SearchStrategy[bytes]:
    """Mostly mutated seeds, sometimes raw random bytes."""
    return st.one_of(mutated(seeds), st.binary(max_size=max_random))


def vault_state(path: Path) -> bytes:
    """A vault file's bytes and its write-ahead log's: any write shows in one of them, so
    equal states before and after a refused input prove nothing was written."""
    wal = Path(str(path) + "-wal")
    return path.read_bytes() + b"|wal|" + (wal.read_bytes() if wal.exists() else b"")
