"""Coverage-guided fuzzing of the age reader with atheris (libFuzzer) — run by hand, not in CI.

    .venv/bin/python -m pip install atheris          # a wheel exists for CPython 3.11 on Linux
    mkdir -p /tmp/age-new-inputs
    .venv/bin/python tests/fuzz/atheris_age.py -max_total_time=300 \
        -dict=tests/fuzz/age.dict /tmp/age-new-inputs/ tests/fuzz/corpus/age/

libFuzzer reads the seeds from every folder given and writes the new inputs it finds
interesting into the first one: keep a scratch folder first, as above, so the checked-in
corpus stays as it is. It mutates with coverage feedback and stops at the first input that
raises anything other than ``AgeError``, writing it as ``crash-<sha1>`` in the current
folder. Copy such a file into ``tests/fuzz/corpus/age/`` once the bug is fixed, so the
hypothesis replay keeps it.
"""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path

import atheris

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

with atheris.instrument_imports():
    from app.crypto.age import (
        AgeError,
        AgeReader,
        Identity,
        ScryptIdentity,
        X25519Identity,
        X25519Recipient,
        parse_identity_file,
    )

KEY_FILE = ROOT / "tests" / "fuzz" / "keys" / "age-identity.txt"
IDENTITIES: list[Identity] = [
    parse_identity_file(KEY_FILE.read_text(encoding="utf-8"))[0],
    ScryptIdentity("fuzz", max_work_factor=12),  # bounded: a mutated work factor stays cheap
]


def test_one_input(data: bytes) -> None:
    import io

    try:
        reader = AgeReader(io.BytesIO(data), IDENTITIES)
        while reader.read(16384):
            pass
    except AgeError:
        pass
    text = data.decode("utf-8", errors="replace")
    for parse in (parse_identity_file, X25519Identity.parse, X25519Recipient.parse):
        with contextlib.suppress(AgeError):
            parse(text)


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
