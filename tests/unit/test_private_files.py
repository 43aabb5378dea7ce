"""Files written for the user: owner-only, complete or absent, nothing left beside them."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from app.private_files import private_output, write_private_file


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_written_file_is_owner_only_even_over_a_world_readable_one(tmp_path: Path) -> None:
    target = tmp_path / "summary.pdf"
    target.write_bytes(b"old")
    target.chmod(0o644)
    old = os.umask(0o022)
    try:
        for _ in range(2):  # the second write may take another path (named temporary file)
            write_private_file(target, b"%PDF new")
            assert mode(target) == 0o600
    finally:
        os.umask(old)
    assert target.read_bytes() == b"%PDF new"
    assert [p.name for p in tmp_path.iterdir()] == ["summary.pdf"]


def test_an_error_while_writing_leaves_the_old_file_and_nothing_beside_it(
    tmp_path: Path,
) -> None:
    target = tmp_path / "list.csv"
    target.write_bytes(b"name\nAli\n")
    with pytest.raises(RuntimeError), private_output(target) as out:
        out.write(b"half of a new list")
        raise RuntimeError("the export failed half-way")
    assert target.read_bytes() == b"name\nAli\n"
    assert [p.name for p in tmp_path.iterdir()] == ["list.csv"]


def test_a_missing_folder_is_an_error_naming_the_target(tmp_path: Path) -> None:
    target = tmp_path / "no such folder" / "out.ics"
    with pytest.raises(OSError) as caught:
        write_private_file(target, b"BEGIN:VCALENDAR")
    assert caught.value.filename == str(target)
