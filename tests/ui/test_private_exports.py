"""A document taken out of the vault from the app is owner-only whatever the umask, and
appears complete under its name with nothing beside it."""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Any

from tests.ui.gui_support import make_vault, unlock


def test_a_document_saved_from_the_app_is_owner_only(
    qtbot: Any, window_factory: Any, tmp_path: Path
) -> None:
    window = window_factory(make_vault(tmp_path / "v.cwvault"))
    unlock(qtbot, window)
    controller = window.controller
    case_id = controller.case_rows()[0].case_id
    source = tmp_path / "verdict.txt"
    source.write_bytes(b"Verdict of the Baku Grave Crimes Court\n" * 1000)
    with qtbot.waitSignal(controller.attachment_added, timeout=20_000):
        controller.add_attachment(case_id, source)
    attachment = controller.get_case(case_id).attachments[0]
    out = tmp_path / "out"
    out.mkdir()
    old = os.umask(0o022)
    try:
        with qtbot.waitSignal(controller.attachment_exported, timeout=20_000):
            controller.export_attachment(case_id, attachment.id, out / "copy.txt")
    finally:
        os.umask(old)
    assert [p.name for p in out.iterdir()] == ["copy.txt"]
    assert stat.S_IMODE((out / "copy.txt").stat().st_mode) == 0o600
    assert (out / "copy.txt").read_bytes() == source.read_bytes()
