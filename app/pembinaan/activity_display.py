"""How an activity is shown: its kind and its time in WIB on pages, and activities as an iCalendar file."""
from __future__ import annotations

from flask import Response
from flask_babel import format_datetime
from flask_babel import gettext as _

from app.core.links import absolute, site_host
from app.core.timeutil import to_wib, utcnow
from app.pembinaan import ics
from app.pembinaan.activity_rules import KIND_LABELS


def activity_kind(value: str) -> str:
    return str(KIND_LABELS.get(value, value))


def activity_when(activity) -> str:
    """"1 Des 2026, 09.00–12.00 WIB", or both ends in full when it spans several days (in WIB)."""
    start = format_datetime(activity.starts_at, "d MMM y, HH.mm")
    if to_wib(activity.starts_at).date() == to_wib(activity.ends_at).date():
        return f"{start}–{format_datetime(activity.ends_at, 'HH.mm')} WIB"
    return f"{start} WIB – {format_datetime(activity.ends_at, 'd MMM y, HH.mm')} WIB"


def activity_time(moment) -> str:
    return format_datetime(moment, "HH.mm")


def calendar_response(activities, filename: str, name: str) -> Response:
    """These activities as an iCalendar file, each with its organiser, JP, partner and link in the details."""
    def details(activity) -> str:
        lines = [_("Penyelenggara: %(agency)s", agency=activity.agency.name),
                 _("Nilai: %(n)d JP", n=activity.jp)]
        if activity.partner:
            lines.append(_("Mitra: %(partner)s", partner=activity.partner))
        if activity.link:
            lines.append(_("Tautan: %(link)s", link=activity.link))
        return "\n".join(lines)

    body = ics.calendar(activities, host=site_host(), name=name, stamp=utcnow(), details_of=details,
                        url_of=lambda a: absolute(a.url()), category_of=lambda a: activity_kind(a.kind))
    return Response(body, content_type="text/calendar; charset=utf-8",
                    headers={"Content-Disposition": f'inline; filename="{filename}"'})
