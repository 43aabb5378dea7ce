"""Deadlines as an iCalendar file (RFC 5545), written by hand: a few lines of a simple,
stable format do not need a runtime dependency (tests read the output with ``icalendar``).

All-day events (``DTSTART;VALUE=DATE``, ``DTEND`` the next day), a stable ``UID`` per
deadline (a hash, so no case id or name is revealed by it), a display alarm a few days
before, CRLF line endings, lines folded at 75 octets without splitting a UTF-8 character,
and TEXT values escaped. Pure; safe on any thread.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta

from app.deadline_kinds import kind_label
from app.deadlines import Deadline

PRODID = "-//Casework//Casework deadlines//EN"


def escape_text(value: str) -> str:
    """RFC 5545 §3.3.11: backslash, semicolon and comma escaped; newlines as ``\\n``."""
    return (
        value.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\n")
        .replace("\r", "\n")
        .replace("\n", "\\n")
    )


def fold_line(line: str) -> bytes:
    """RFC 5545 §3.1: content lines of at most 75 octets, continued after CRLF + space;
    a multi-byte UTF-8 character is never split."""
    data = line.encode("utf-8")
    if len(data) <= 75:
        return data + b"\r\n"
    parts: list[bytes] = []
    limit = 75
    while len(data) > limit:
        cut = limit
        while cut > 0 and (data[cut] & 0xC0) == 0x80:  # inside a UTF-8 sequence
            cut -= 1
        parts.append(data[:cut])
        data = data[cut:]
        limit = 74  # continuation lines start with one space
    parts.append(data)
    return b"\r\n ".join(parts) + b"\r\n"


def _date(value: date) -> str:
    return value.strftime("%Y%m%d")


def uid_for(deadline: Deadline) -> str:
    """A stable UID: the same deadline exported twice replaces itself in a calendar."""
    return hashlib.sha256(deadline.key.encode("utf-8")).hexdigest()[:32] + "@casework"


def summary_for(deadline: Deadline, *, with_names: bool = True, language: str = "en") -> str:
    """The event's title: the kind's name in ``language`` (a reminder's own text after it),
    then the person's name unless ``with_names`` is off."""
    label = kind_label(deadline.kind, language)
    if deadline.kind == "reminder":
        label = f"{label}: {deadline.text}"
    return f"{label} — {deadline.name}" if with_names else label


def deadlines_to_ics(
    deadlines: Iterable[Deadline],
    *,
    now: datetime,
    alarm_days: int = 3,
    with_names: bool = True,
    language: str = "en",
) -> bytes:
    """One VCALENDAR with a VEVENT per deadline. ``now`` is the DTSTAMP (converted to UTC;
    naive means UTC). ``with_names=False`` leaves clients' names out of the file (for a
    calendar synced to a service the user does not trust); ``language`` names the kinds
    (``en``, ``az``, ``ru``)."""
    stamp_time = now if now.tzinfo is None else now.astimezone(UTC)
    stamp = stamp_time.strftime("%Y%m%dT%H%M%SZ")
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ]
    for deadline in deadlines:
        summary = escape_text(summary_for(deadline, with_names=with_names, language=language))
        lines += [
            "BEGIN:VEVENT",
            f"UID:{uid_for(deadline)}",
            f"DTSTAMP:{stamp}",
            f"DTSTART;VALUE=DATE:{_date(deadline.due)}",
            f"DTEND;VALUE=DATE:{_date(deadline.due + timedelta(days=1))}",
            f"SUMMARY:{summary}",
            f"DESCRIPTION:{escape_text(deadline.text)}",
            f"CATEGORIES:{deadline.kind.upper()}",
            "TRANSP:TRANSPARENT",
            "BEGIN:VALARM",
            "ACTION:DISPLAY",
            f"TRIGGER:-P{alarm_days}D",
            f"DESCRIPTION:{summary}",
            "END:VALARM",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return b"".join(fold_line(line) for line in lines)
