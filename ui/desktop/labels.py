"""Words the desktop app shows for the core's codes, and dates and durations in the locale.

The core returns codes (``imprisoned``, ``pretrial_detention``, ``eligible_from``); this module
turns them into the current language: the codes a printed page also names (statuses,
categories, custody, events, eligibility results...) with the words of :mod:`app.words`, the
screen's own ones (milestones, sharing profiles) through ``QCoreApplication.translate`` (context
``Labels``). Tables are rebuilt after a language change (:func:`refresh`). Safe to call from a
worker thread once built (reads only).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from app import deadline_kinds, groups, words
from app.sentence.calendar import add_months_days

translate = QCoreApplication.translate

# The codes whose words the screen shares with printed pages, exports and the CLI: the one
# table of app/words.py, in all three languages. The other tables are the screen's own,
# translated with Qt.
SHARED_TABLES = (
    "status",
    "category",
    "custody",
    "visibility",
    "sex",
    "event",
    "rule_kind",
    "result",
    "effect",
    "recidivism",
    "regime",
)

_tables: dict[str, dict[str, str]] = {}
_date_format: list[str] = []
_date_texts: dict[int, str] = {}  # ordinal -> text in the current locale (cleared on refresh)
_group_texts: dict[tuple[str, ...], str] = {}  # groups -> "A, B" (cleared on refresh)
_group_names: dict[str, dict[str, str]] = {}  # the open vault's own names (app.group_store)
_groups_in_use: list[str] = []  # ids the open vault's cases use


def set_group_names(
    names: dict[str, dict[str, str]], in_use: list[str] | tuple[str, ...] = ()
) -> None:
    """The open vault's group names and the ids in use (empty when locked); rebuilds the
    group table in the current language."""
    _group_names.clear()
    _group_names.update(names)
    _groups_in_use[:] = list(in_use)
    if _tables:
        _tables["group"] = groups.names_in(language(), _group_names, _groups_in_use)
    _group_texts.clear()


def group_ids() -> list[str]:
    """The built-in groups, the vault's named ones and those in use, for pickers."""
    if not _tables:
        refresh()
    return list(_tables["group"])


def refresh() -> None:
    """Rebuild every table in the current language (call after installing translators)."""
    lang = language()
    for table in SHARED_TABLES:
        _tables[table] = {code: words.pick(say, lang) for code, say in words.TABLES[table].items()}
    _tables["group"] = groups.names_in(lang, _group_names, _groups_in_use)
    _tables["deadline"] = deadline_kinds.labels_for(lang)
    _tables["milestone"] = {
        "half": translate("Labels", "½ served"),
        "two_thirds": translate("Labels", "⅔ served"),
        "three_quarters": translate("Labels", "¾ served"),
        "last_day": translate("Labels", "Last day"),
    }
    _tables["profile"] = {
        "colleague": translate("Labels", "Lawyer or colleague: everything"),
        "family": translate("Labels", "Family: family and public notes"),
        "public": translate("Labels", "Public: public facts only"),
    }
    locale = QLocale()
    fmt = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in fmt:
        fmt = fmt.replace("yy", "yyyy")  # two-digit years are ambiguous in legal dates
    _date_format[:] = [fmt]
    _date_texts.clear()
    _group_texts.clear()


def language() -> str:
    """The app's current language (``en``, ``az`` or ``ru``), from the default locale that
    :func:`ui.desktop.i18n.install_language` sets."""
    spoken = QLocale().language()
    if spoken == QLocale.Language.Azerbaijani:
        return "az"
    if spoken == QLocale.Language.Russian:
        return "ru"
    return "en"


def label(table: str, code: str | None) -> str:
    """The word for ``code`` in ``table`` (``status``, ``group``, ``category``, ``custody``,
    ``visibility``, ``sex``, ``result``, ``effect``, ``milestone``, ``event``,
    ``rule_kind``, ``recidivism``, ``profile``); an unknown code is shown as it is (an
    unknown group made readable)."""
    if code is None:
        return ""
    if not _tables:
        refresh()
    found = _tables.get(table, {}).get(code)
    if found is not None:
        return found
    if table == "group":
        return groups.display_name(code, language(), _group_names)
    return code.replace("_", " ")


def groups_text(groups: tuple[str, ...]) -> str:
    """The groups' words joined with commas (memoised: few distinct combinations)."""
    text = _group_texts.get(groups)
    if text is None:
        text = ", ".join(label("group", g) for g in groups)
        _group_texts[groups] = text
    return text


def choices(table: str) -> list[tuple[str, str]]:
    """``(code, word)`` pairs of a table, in the core's order."""
    if not _tables:
        refresh()
    return list(_tables[table].items())


def date_format() -> str:
    if not _date_format:
        refresh()
    return _date_format[0]


def format_decimal(value: float, digits: int = 1) -> str:
    """A number with the current locale's decimal sign (``83.5``, ``83,5``)."""
    return QLocale().toString(float(value), "f", digits)


def format_date(value: date | None) -> str:
    """A date in the current locale's short format, with a four-digit year."""
    if value is None:
        return ""
    ordinal = value.toordinal()
    text = _date_texts.get(ordinal)
    if text is None:
        text = QLocale().toString(QDate(value.year, value.month, value.day), date_format())
        _date_texts[ordinal] = text
    return text


def format_span(start: date, end: date) -> str:
    """The time from ``start`` to ``end`` as years and months (``1 y 3 m``), or months and days
    under a year, or days under a month; empty when ``end`` is not after ``start``."""
    if end <= start:
        return ""
    months = (end.year - start.year) * 12 + end.month - start.month
    anchor = add_months_days(start, months)
    if anchor > end:
        months -= 1
        anchor = add_months_days(start, months)
    years, months, days = months // 12, months % 12, (end - anchor).days
    if years:
        return translate("Labels", "%1 y %2 m").replace("%1", str(years)).replace("%2", str(months))
    if months:
        return translate("Labels", "%1 m %2 d").replace("%1", str(months)).replace("%2", str(days))
    return translate("Labels", "%1 d").replace("%1", str(days))


def format_term(years: int, months: int, weeks: int, days: int) -> str:
    """A sentence term (``3 y 6 m``) in the current language."""
    parts = []
    if years:
        parts.append(translate("Labels", "%1 y").replace("%1", str(years)))
    if months:
        parts.append(translate("Labels", "%1 m").replace("%1", str(months)))
    if weeks:
        parts.append(translate("Labels", "%1 w").replace("%1", str(weeks)))
    if days:
        parts.append(translate("Labels", "%1 d").replace("%1", str(days)))
    return " ".join(parts) if parts else translate("Labels", "%1 d").replace("%1", "0")


def media_type_words(media_type: str, name: str = "") -> str:
    """A file's kind in words ("PDF document", "JPEG image"), never a MIME type."""
    kinds = {
        "application/pdf": translate("Labels", "PDF document"),
        "image/jpeg": translate("Labels", "JPEG image"),
        "image/png": translate("Labels", "PNG image"),
        "image/gif": translate("Labels", "GIF image"),
        "image/tiff": translate("Labels", "TIFF image"),
        "image/webp": translate("Labels", "WebP image"),
        "image/heic": translate("Labels", "Photo (HEIC)"),
        "text/plain": translate("Labels", "Text"),
        "application/msword": translate("Labels", "Word document"),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document": translate(
            "Labels", "Word document"
        ),
        "application/vnd.oasis.opendocument.text": translate("Labels", "Text document"),
        "application/vnd.ms-excel": translate("Labels", "Spreadsheet"),
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": translate(
            "Labels", "Spreadsheet"
        ),
        "application/zip": translate("Labels", "ZIP archive"),
        "audio/mpeg": translate("Labels", "Audio recording"),
        "video/mp4": translate("Labels", "Video"),
    }
    words = kinds.get(media_type)
    if words:
        return words
    head = media_type.split("/", 1)[0]
    generic = {
        "image": translate("Labels", "Image"),
        "audio": translate("Labels", "Audio recording"),
        "video": translate("Labels", "Video"),
        "text": translate("Labels", "Text"),
    }.get(head)
    if generic:
        return generic
    extension = name.rsplit(".", 1)[-1].upper() if "." in name else ""
    if extension:
        return translate("Labels", "%1 file").replace("%1", extension)
    return translate("Labels", "File")
