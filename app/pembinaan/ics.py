"""iCalendar (RFC 5545) for activities: one event per activity, written by hand (CRLF, escaping, folding)."""
from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable
from datetime import datetime

import bleach

from app.pembinaan.models import Activity, ActivityStatus

PRODID = "-//Simpul ASN//Kegiatan Pengembangan Kompetensi//ID"
LINE_OCTETS = 75  # RFC 5545 3.1: lines longer than this are folded
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_LINE_END = re.compile(r"(?i)<br\s*/?>\s*|</li>\s*|</tr>\s*")
_BLOCK_END = re.compile(r"(?i)</(?:p|h[1-6]|pre|blockquote|ul|ol|table)>")


def escape_text(value: str) -> str:
    """A TEXT value (3.3.11): backslash, semicolon and comma escaped, line breaks as \\n, no control characters."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    value = _CONTROL.sub("", value)
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> str:
    """Split a content line into pieces of at most 75 octets, never inside a UTF-8 character (3.1)."""
    pieces: list[str] = []
    current: list[str] = []
    size, limit = 0, LINE_OCTETS
    for char in line:
        octets = len(char.encode("utf-8"))
        if size + octets > limit:
            pieces.append("".join(current))
            current, size, limit = [], 0, LINE_OCTETS - 1  # a continuation line starts with one space
        current.append(char)
        size += octets
    pieces.append("".join(current))
    return "\r\n ".join(pieces)


def utc_stamp(moment: datetime) -> str:
    """A naive UTC datetime as DATE-TIME in UTC form (3.3.5), e.g. 20261201T020000Z."""
    return moment.strftime("%Y%m%dT%H%M%SZ")


def plain_description(description_html: str) -> str:
    """The rendered description as plain text with its paragraphs and list items on lines of their own."""
    text = _LINE_END.sub("\n", description_html or "")
    text = _BLOCK_END.sub("\n\n", re.sub(r"(?i)<li[^>]*>", "- ", text))
    text = html.unescape(bleach.clean(text, tags=set(), strip=True))
    text = "\n".join(line.strip() for line in text.split("\n"))
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def _event(activity: Activity, *, host: str, url: str, stamp: datetime, details: str, category: str) -> list[str]:
    description = plain_description(activity.description_html)
    if details:
        description = f"{description}\n\n{details}" if description else details
    lines = [
        "BEGIN:VEVENT",
        f"UID:kegiatan-{activity.id}@{host}",
        f"DTSTAMP:{utc_stamp(stamp)}",
        f"DTSTART:{utc_stamp(activity.starts_at)}",
        f"DTEND:{utc_stamp(activity.ends_at)}",
        # Each change moves the sequence on, so calendars replace the copy they hold (e.g. with a cancellation).
        f"SEQUENCE:{max(0, int((activity.updated_at - activity.created_at).total_seconds()))}",
        f"LAST-MODIFIED:{utc_stamp(activity.updated_at)}",
        f"SUMMARY:{escape_text(activity.title)}",
        f"DESCRIPTION:{escape_text(description)}",
        f"CATEGORIES:{escape_text(category)}",
    ]
    location = activity.place or activity.link
    if location:
        lines.append(f"LOCATION:{escape_text(location)}")
    lines.append(f"URL:{_CONTROL.sub('', url)}")
    cancelled = activity.status == ActivityStatus.CANCELLED
    lines.append("STATUS:CANCELLED" if cancelled else "STATUS:CONFIRMED")
    lines.append("END:VEVENT")
    return lines


def calendar(activities: Iterable[Activity], *, host: str, name: str, stamp: datetime,
             url_of: Callable[[Activity], str], details_of: Callable[[Activity], str],
             category_of: Callable[[Activity], str]) -> str:
    """A VCALENDAR with one VEVENT per activity; times in UTC, so no VTIMEZONE is needed."""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
             f"X-WR-CALNAME:{escape_text(name)}", "X-WR-TIMEZONE:Asia/Jakarta"]
    for activity in activities:
        lines.extend(_event(activity, host=host, url=url_of(activity), stamp=stamp, details=details_of(activity),
                            category=category_of(activity)))
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)
