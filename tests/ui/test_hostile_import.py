"""A bundle made by a stranger who only knows this vault's public age recipient: the import
dialog reports it refused (it never stays on "Checking the bundle…"), and so does the CLI
(one line, no traceback)."""

from __future__ import annotations

import io
import struct
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import pytest

from app import identity
from app.crypto.age import X25519Recipient, encrypt_bytes
from app.session import Session
from tests.conftest import PASSPHRASE, REPO
from tests.ui.gui_support import make_vault, unlock
from ui.desktop.dialogs.import_dialog import ImportDialog

UNSUPPORTED_METHOD = 99  # zip's AES marker: Python's zipfile raises NotImplementedError


def unsupported_zip() -> bytes:
    """A zip whose manifest claims a compression method Python cannot read."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("manifest.json", b"{}")
        archive.writestr("manifest.json.minisig", b"x")
    data = bytearray(out.getvalue())
    local = data.index(b"PK\x03\x04")
    central = data.index(b"PK\x01\x02")
    struct.pack_into("<H", data, local + 8, UNSUPPORTED_METHOD)
    struct.pack_into("<H", data, central + 10, UNSUPPORTED_METHOD)
    return bytes(data)


@pytest.fixture
def stranger_bundle(tmp_path: Path) -> tuple[Path, Path]:
    vault = make_vault(tmp_path / "mother.cwvault", cases=[])
    with Session.open(vault, PASSPHRASE) as session:
        recipient = identity.ensure_identity(session).age_recipient
    bundle = tmp_path / "stranger.cwb"
    bundle.write_bytes(encrypt_bytes([X25519Recipient.parse(recipient)], unsupported_zip()))
    return vault, bundle


def test_import_dialog_reports_a_bundle_the_checks_cannot_read(
    qtbot: Any, window_factory: Any, stranger_bundle: tuple[Path, Path]
) -> None:
    vault, bundle = stranger_bundle
    window = window_factory(vault)
    unlock(qtbot, window)
    page = window.contacts_page
    dialog = ImportDialog(page.bridge, str(bundle), page)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not window.controller.session_busy, timeout=20_000)
    assert dialog.state.text().startswith("Refused: ")
    assert "unsupported feature" in dialog.state.text()
    assert not dialog.apply_button.isEnabled()


def test_cli_import_of_the_same_bundle_is_one_line(
    stranger_bundle: tuple[Path, Path], cli_env: dict[str, str]
) -> None:
    vault, bundle = stranger_bundle
    proc = subprocess.run(
        [sys.executable, "-m", "ui.cli.main", "--vault", str(vault), "import", str(bundle)],
        capture_output=True,
        text=True,
        env={**cli_env, "CASEWORK_PASSPHRASE": PASSPHRASE},
        cwd=REPO,
        timeout=120,
    )
    assert proc.returncode == 1
    assert proc.stderr.count("\n") == 1 and "Traceback" not in proc.stderr
    assert "not a valid Casework bundle: the zip archive uses an unsupported feature" in (
        proc.stderr
    )
