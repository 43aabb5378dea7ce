"""``casework --self-test``: check that this installation works, end to end, headless.

In a temporary folder it creates a vault (small KDF), adds a case, checks its computed dates
against known values, verifies the vault, loads the built-in rules, exports a bundle to a
second vault's identity and imports it there, renders a summary PDF, then removes
everything. Each step prints ``OK``, ``FAILED: <why>`` or ``SKIPPED (not built)`` — the last
for subsystems this build does not contain yet. Nothing outside the temporary folder is
read or written (no user vault, no settings). Qt runs on the ``offscreen`` platform unless
``QT_QPA_PLATFORM`` says otherwise, so no display is needed.

Exit status: 0 when no step failed, 1 otherwise. Main thread only.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import sys
import tempfile
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from app.example_case import example_case_json

PASSPHRASE = "self-test — Əli Həsənov"
KDF_MEMORY_MIB = 8
ON = date(2025, 1, 1)
# docs/case-json.md's example: 73 days of pretrial detention credited against P3Y from 2023-04-15.
EXPECTED = {"last_day": date(2026, 1, 31), "credited_days": 73, "unserved_days": 395}

CASE_JSON: dict[str, Any] = example_case_json(
    notes=[{"text": "Self-test note: ş ç ğ ı ö ü ə — щ ж ы", "visibility": "privileged"}],
)
CASE_JSON["person"]["full_name"] = "Əli Həsənov (self-test)"
del CASE_JSON["facility"]


class Skipped(Exception):
    """A step whose subsystem is not part of this build."""


class StepFailed(Exception):
    """A check inside a step did not hold; the message says which."""


def expect(condition: bool, message: str) -> None:
    if not condition:
        raise StepFailed(message)


def needs(state: SelfTest, *names: str) -> Any:
    """The values earlier steps made (one, or a tuple); fails the step when one is missing."""
    missing = [name for name in names if name not in state.values]
    if missing:
        raise StepFailed(f"an earlier step failed (no {', '.join(missing)})")
    found = tuple(state.values[name] for name in names)
    return found[0] if len(found) == 1 else found


def require_modules(*names: str) -> None:
    """Raise :class:`Skipped` unless every module exists in this build."""
    for name in names:
        try:
            found = importlib.util.find_spec(name) is not None
        except ModuleNotFoundError:
            found = False
        if not found:
            raise Skipped(name)


@dataclass
class SelfTest:
    """State shared by the steps: the temporary folder and what earlier steps made."""

    folder: Path
    sessions: list[Any] = field(default_factory=list)
    values: dict[str, Any] = field(default_factory=dict)

    # ---------------------------------------------------------------- steps

    def create_vault(self) -> None:
        from app.session import Session

        session, recovery = Session.create(
            self.folder / "first.cwvault", PASSPHRASE, kdf_memory_mib=KDF_MEMORY_MIB
        )
        self.sessions.append(session)
        self.values["first"] = session
        expect(bool(recovery), "no recovery code was given")

    def add_case(self) -> None:
        from app.case_json import parse_case

        session = needs(self, "first")
        stored = session.add_case(parse_case(CASE_JSON))
        self.values["case_id"] = stored.id
        # Lock and unlock again, so the case is read back from the encrypted file.
        self.sessions.remove(session)
        del self.values["first"]
        session.close()
        from app.session import Session

        reopened = Session.open(self.folder / "first.cwvault", PASSPHRASE)
        self.sessions.append(reopened)
        self.values["first"] = reopened
        case = reopened.get_case(stored.id)
        expect(case.person.full_name == CASE_JSON["person"]["full_name"], "the name differs")
        expect(len(case.notes) == 1, "the note was not kept")

    def compute_dates(self) -> None:
        from app.sentence import compute_sentence

        session, case_id = needs(self, "first", "case_id")
        case = session.get_case(case_id)
        computation = compute_sentence(case, on=ON)
        expect(computation is not None, "no computation for a sentenced case")
        assert computation is not None
        got = {
            "last_day": computation.last_day,
            "credited_days": computation.credited_days,
            "unserved_days": computation.unserved_days,
        }
        for key, wanted in EXPECTED.items():
            expect(got[key] == wanted, f"{key} is {got[key]}, expected {wanted}")

    def check_vault(self) -> None:
        problems = needs(self, "first").check()
        expect(not problems, f"{len(problems)} problem(s): {problems[0] if problems else ''}")

    def builtin_rules(self) -> None:
        require_modules("app.eligibility")
        from app.eligibility import evaluate_rule, load_builtin_rules

        rules = load_builtin_rules()
        expect(len(rules) > 0, "no built-in rules were found in this build")
        session, case_id = needs(self, "first", "case_id")
        case = session.get_case(case_id)
        for rule in rules:
            evaluate_rule(rule, case, on=ON, today=ON)

    def export_bundle(self) -> None:
        require_modules("app.bundle", "app.identity", "app.contacts", "app.sync")
        export_to_second_vault(self)

    def import_bundle(self) -> None:
        require_modules("app.bundle", "app.identity", "app.contacts", "app.sync")
        import_in_second_vault(self)

    def qt_pdf(self) -> None:
        target = self.folder / "qt.pdf"
        render_test_pdf(target)
        expect(target.read_bytes().startswith(b"%PDF"), "the file is not a PDF")

    def translations(self) -> None:
        require_modules("ui.desktop.i18n")
        from PySide6.QtCore import QTranslator

        from ui.desktop.i18n import I18N_DIR, LANGUAGES

        files = [I18N_DIR / f"casework_{code}.qm" for code in LANGUAGES if code != "en"]
        if not any(path.is_file() for path in files):
            raise Skipped("translations")
        qt_application()
        for path in files:
            translator = QTranslator()
            expect(path.is_file(), f"{path.name} is missing")
            expect(translator.load(str(path)) and not translator.isEmpty(), f"{path.name} is empty")

    def summary_pdf(self) -> None:
        require_modules("app.reports", "ui.printing.summaries")
        target = self.folder / "summary.pdf"
        session, case_id = needs(self, "first", "case_id")
        render_summary_pdf(session, case_id, target)
        data = target.read_bytes()
        expect(data.startswith(b"%PDF"), "the summary is not a PDF")
        expect(len(data) > 1000, f"the summary PDF is only {len(data)} bytes")

    def close_all(self) -> None:
        while self.sessions:
            self.sessions.pop().close()


# ---------------------------------------------------------------- bundles


def export_to_second_vault(state: SelfTest) -> None:
    """Both vaults get a named identity and each other's verified card (as two people
    would after comparing fingerprints), then the first exports its case to the second."""
    from app.contacts import add_contact
    from app.identity import ensure_identity, make_card, set_identity_name
    from app.session import Session
    from app.sync import export_to

    first = needs(state, "first")
    second, _ = Session.create(
        state.folder / "second.cwvault", PASSPHRASE, kdf_memory_mib=KDF_MEMORY_MIB
    )
    state.sessions.append(second)
    state.values["second"] = second
    ensure_identity(first)
    ensure_identity(second)
    sender = set_identity_name(first, "Self-test sender")
    recipient = set_identity_name(second, "Self-test recipient")
    add_contact(first, make_card(recipient), verified=True)
    add_contact(second, make_card(sender), verified=True)
    target = state.folder / "outgoing.cwb"
    written = export_to(first, [recipient.name], target, profile="colleague")
    expect(target.is_file() and written.size > 0, "no bundle file was written")
    expect(b"self-test" not in target.read_bytes(), "the bundle holds readable case text")
    state.values["bundle"] = target


def import_in_second_vault(state: SelfTest) -> None:
    from app.bundle import import_bundle
    from app.case_json import case_to_json

    first, second, bundle, case_id = needs(state, "first", "second", "bundle", "case_id")
    expect(not second.has_case(case_id), "the second vault already had the case")
    plan = import_bundle(second, bundle)
    report = plan.to_json()
    expect(report["sender"] == "Self-test sender", f"the sender is {report['sender']!r}")
    expect([c["id"] for c in report["new_cases"]] == [case_id], f"new cases: {report}")
    sent = case_to_json(first.get_case(case_id))
    received = case_to_json(second.get_case(case_id))
    for key in ("person", "custody", "sentence", "events", "notes"):
        expect(received[key] == sent[key], f"the imported case differs in {key!r}")
    expect(second.check() == [], "the second vault fails its check after the import")


# ---------------------------------------------------------------- PDF


def qt_application() -> Any:
    """The running Qt application, or a new headless ``QGuiApplication``."""
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if app is None:
        app = QGuiApplication(["casework-self-test"])
    return app


def render_test_pdf(target: Path) -> None:
    """A one-page A4 PDF with Azerbaijani and Cyrillic text, through Qt's PDF writer: this
    proves the Qt platform plugin, fonts and painting are in the build."""
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter

    qt_application()
    writer = QPdfWriter(str(target))
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(15, 15, 15, 15),
        )
    )
    writer.setTitle("Casework self-test")
    painter = QPainter()
    expect(painter.begin(writer), "Qt could not start painting the PDF")
    try:
        painter.drawText(100, 200, "Casework self-test: Əli Həsənov — Али Гасанов")
    finally:
        painter.end()


def render_summary_pdf(session: Any, case_id: str, target: Path) -> None:
    """The colleague-profile summary of the case, as ``casework summary`` renders it."""
    from app.reports import build_summaries
    from ui.printing.summaries import render_summaries_pdf

    summaries = build_summaries(session, [case_id], profile="colleague", printed_on=ON)
    target.write_bytes(render_summaries_pdf(summaries, page_size="A4"))


STEPS: tuple[tuple[str, Callable[[SelfTest], None]], ...] = (
    ("create a vault", SelfTest.create_vault),
    ("add a case and read it back", SelfTest.add_case),
    ("compute its dates", SelfTest.compute_dates),
    ("check the vault", SelfTest.check_vault),
    ("load the built-in rules", SelfTest.builtin_rules),
    ("export a bundle to a second vault", SelfTest.export_bundle),
    ("import the bundle there", SelfTest.import_bundle),
    ("render a PDF with Qt (offscreen)", SelfTest.qt_pdf),
    ("load the translations", SelfTest.translations),
    ("render a case summary PDF", SelfTest.summary_pdf),
)


def _report(name: str, status: str, width: int) -> None:
    print(f"  {name} {'.' * (width - len(name))} {status}", flush=True)


def run_self_test() -> int:
    """Run every step, print one line each, remove everything; 0 when nothing failed."""
    from ui.cli.about import version

    # Headless: the PDF steps need a Qt platform, and no window must appear.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    print(f"Casework {version()} self-test ({sys.platform}, Python {sys.version.split()[0]})")
    width = max(len(name) for name, _ in STEPS) + 3
    failures = 0
    folder = Path(tempfile.mkdtemp(prefix="casework-self-test-"))
    state = SelfTest(folder)
    try:
        for name, step in STEPS:
            try:
                step(state)
            except Skipped:
                _report(name, "SKIPPED (not built)", width)
            except Exception as exc:
                failures += 1
                _report(name, f"FAILED: {type(exc).__name__}: {exc}", width)
                if os.environ.get("CASEWORK_SELF_TEST_DEBUG"):
                    traceback.print_exc()
            else:
                _report(name, "OK", width)
    finally:
        removed = _remove(state)
    if removed is None:
        _report("remove everything", "OK", width)
    else:
        failures += 1
        _report("remove everything", f"FAILED: {removed}", width)
    print("Self-test passed." if not failures else f"Self-test FAILED: {failures} step(s).")
    return 1 if failures else 0


def _remove(state: SelfTest) -> str | None:
    """Lock every vault and delete the temporary folder; the reason when that fails."""
    try:
        state.close_all()
    except Exception as exc:
        return f"could not lock a vault: {exc}"
    shutil.rmtree(state.folder, ignore_errors=True)
    if state.folder.exists():
        return f"{state.folder} is still there"
    return None
