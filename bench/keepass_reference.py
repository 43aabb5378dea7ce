"""KeePassXC's command line over as many entries as Casework has cases, where it is
installed: ``keepassxc-cli ls -R`` on a database of one entry per case (the name as its
title, the case's JSON as its notes, so entries weigh what cases do) against the same
command on an empty database, medians of whole processes taken in turns. Both databases
are made with ``keepassxc-cli import`` from a KeePass XML file and their key derivation
calibrated to the same time, which the difference cancels."""

from __future__ import annotations

import base64
import shutil
import statistics
import subprocess
import time
import uuid
from pathlib import Path
from xml.sax.saxutils import escape

PASSWORD = "benchmark passphrase"
KDF_MILLISECONDS = 300


def _entry(title: str, notes: str) -> str:
    uid = base64.b64encode(uuid.uuid4().bytes).decode()
    return (
        f"<Entry><UUID>{uid}</UUID>"
        f"<String><Key>Title</Key><Value>{escape(title)}</Value></String>"
        f"<String><Key>Notes</Key><Value>{escape(notes)}</Value></String></Entry>"
    )


def _database(program: str, entries: list[tuple[str, str]], target: Path) -> None:
    root = base64.b64encode(uuid.uuid4().bytes).decode()
    xml = target.with_suffix(".xml")
    xml.write_text(
        '<?xml version="1.0" encoding="utf-8" standalone="yes"?>'
        "<KeePassFile><Meta><Generator>casework bench</Generator></Meta><Root><Group>"
        f"<UUID>{root}</UUID><Name>Root</Name>"
        + "".join(_entry(title, notes) for title, notes in entries)
        + "</Group></Root></KeePassFile>",
        encoding="utf-8",
    )
    subprocess.run(
        [program, "import", "-q", "-p", "-t", str(KDF_MILLISECONDS), str(xml), str(target)],
        input=f"{PASSWORD}\n{PASSWORD}\n",
        text=True,
        check=True,
        capture_output=True,
    )
    xml.unlink()


def _listed(program: str, database: Path) -> float:
    started = time.perf_counter()
    subprocess.run(
        [program, "ls", "-q", "-R", str(database)],
        input=f"{PASSWORD}\n",
        text=True,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return time.perf_counter() - started


def keepassxc_list_extra(entries: list[tuple[str, str]], folder: Path, runs: int) -> str | None:
    """What listing ``entries`` costs ``keepassxc-cli`` beyond an empty database, as a
    phrase for a benchmark's reference column; None where the program is not installed."""
    program = shutil.which("keepassxc-cli")
    if program is None:
        return None
    full, empty = folder / "full.kdbx", folder / "empty.kdbx"
    _database(program, entries, full)
    _database(program, [], empty)
    on_full: list[float] = []
    on_empty: list[float] = []
    for _ in range(runs):
        on_empty.append(_listed(program, empty))
        on_full.append(_listed(program, full))
    extra = statistics.median(on_full) - statistics.median(on_empty)
    return (
        f"keepassxc-cli ls -R over {len(entries):,} entries of the same size: "
        f"{extra:.2f} s extra (empty database {statistics.median(on_empty):.2f} s)"
    )
