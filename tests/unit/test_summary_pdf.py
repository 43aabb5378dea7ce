"""Summaries rendered to PDF through Qt, read back with poppler's pdftotext / pdftoppm."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from app.reports import active_rules, build_summary
from tests.unit.test_summary import (
    FAMILY_NOTE,
    LAWYER_ASSESSMENT,
    PRINTED,
    PRIVILEGED_EVENT,
    PRIVILEGED_NOTE,
    PUBLIC_NOTE,
    rich_case,
)

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdftoppm") is None,
    reason="poppler-utils (pdftotext, pdftoppm) is not installed",
)


def render(tmp_path: Path, profile: str, page_size: str = "A4", name: str = "") -> Path:
    from ui.printing.summaries import render_summaries_pdf

    summary = build_summary(
        rich_case(), active_rules(None, PRINTED), profile=profile, printed_on=PRINTED
    )
    path = tmp_path / f"{name or profile}.pdf"
    path.write_bytes(render_summaries_pdf([summary], page_size=page_size))
    return path


def pdf_text(path: Path, *args: str) -> str:
    return subprocess.run(
        ["pdftotext", *args, str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def page_count(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    return int(next(line for line in info.stdout.splitlines() if line.startswith("Pages:"))
               .split()[1])  # fmt: skip


def test_family_pdf_never_shows_a_privileged_note(qapp: object, tmp_path: Path) -> None:
    text = pdf_text(render(tmp_path, "family"))
    assert PRIVILEGED_NOTE not in text
    assert PRIVILEGED_EVENT not in text
    assert LAWYER_ASSESSMENT not in text
    assert FAMILY_NOTE in text
    assert "Profile: family" in text


def test_colleague_pdf_has_person_sentence_eligibility_and_footer(
    qapp: object, tmp_path: Path
) -> None:
    path = render(tmp_path, "colleague")
    text = " ".join(pdf_text(path).split())
    for expected in (
        "Əli Həsənov",
        "Али Гасанов",
        "Imprisoned",
        "234.1-1",
        "3 July 2026",  # last day
        "169 days (about 6 months)",
        "eligible on 15 January 2026 (right to apply, clause 3)",  # parole
        "Upcoming deadlines",
        PRIVILEGED_NOTE,
        LAWYER_ASSESSMENT,
        "Printed 15 January 2026 · Profile: colleague",
    ):
        assert expected in text
    pages = page_count(path)
    assert pages in (1, 2)
    for page in range(1, pages + 1):
        assert f"Page {page} of {pages}" in pdf_text(path, "-f", str(page), "-l", str(page))


def test_public_pdf_shows_only_public_notes(qapp: object, tmp_path: Path) -> None:
    text = pdf_text(render(tmp_path, "public"))
    assert PUBLIC_NOTE in text
    assert FAMILY_NOTE not in text
    assert PRIVILEGED_NOTE not in text
    assert "Profile: public" in text


def test_letter_paper_is_letter_sized(qapp: object, tmp_path: Path) -> None:
    path = render(tmp_path, "family", "Letter", "letter")
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    assert "612 x 792 pts (letter)" in info.stdout
    a4 = subprocess.run(
        ["pdfinfo", str(render(tmp_path, "family"))], capture_output=True, text=True, check=True
    )
    assert "595" in a4.stdout and "842" in a4.stdout


def test_one_page_of_each_profile_renders_to_an_image(qapp: object, tmp_path: Path) -> None:
    """The PNGs were looked at while writing this (title, Azerbaijani and Cyrillic letters,
    two-column facts, tables, footer); here: each renders, and is not blank."""
    for profile in ("colleague", "family", "public"):
        pdf = render(tmp_path, profile)
        subprocess.run(
            ["pdftoppm", "-r", "50", "-f", "1", "-l", "1", "-png", str(pdf),
             str(tmp_path / profile)],
            check=True,
        )  # fmt: skip
        (png,) = tmp_path.glob(f"{profile}-*1.png")
        assert png.stat().st_size > 5_000


def test_batch_pdf_starts_each_case_on_a_new_page(qapp: object, tmp_path: Path) -> None:
    from ui.printing.summaries import render_summaries_pdf

    cases = [rich_case(), rich_case(person={"full_name": "Лейла Алиева"})]
    summaries = [build_summary(c, [], profile="family", printed_on=PRINTED) for c in cases]
    path = tmp_path / "batch.pdf"
    path.write_bytes(render_summaries_pdf(summaries))
    pages = page_count(path)
    first_pages = [n for n in range(1, pages + 1) if "Page 1 of" in pdf_text(
        path, "-f", str(n), "-l", str(n))]  # fmt: skip
    assert len(first_pages) == 2
    second = pdf_text(path, "-f", str(first_pages[1]), "-l", str(first_pages[1]))
    assert "Лейла Алиева" in second
    assert "Əli Həsənov" not in second
