"""The token member's own records (issue 9/9): the JP record as /jp/ shows it, the notices as /notifications/
words them, and marking notices read. Always the token's member: there is no way to name another one."""
from __future__ import annotations

from urllib.parse import urljoin

from flask import request, url_for
from flask_babel import gettext as _
from flask_login import current_user
from sqlalchemy import case, func, select

from app.api import read_schemas as rs
from app.api.auth import scope
from app.api.blueprint import api_bp, problems
from app.core.problems import problem
from app.extensions import db
from app.notifications import queries as notice_queries
from app.notifications import services as notice_services
from app.notifications.models import Notification
from app.notifications.texts import describe, detail, target_url
from app.pembinaan.external import external_details, format_hours
from app.pembinaan.jp_views import jp_source_label, jp_status_label
from app.pembinaan.records import MIN_YEAR, current_year, record_years, year_record


def _invalid(field: str, message: str, location: str = "query"):
    return problem(422, _("Isian belum benar"), message, [{"field": field, "location": location, "message": message}])


@api_bp.route("/me/jp")
@api_bp.arguments(rs.JpQuerySchema, location="query", as_kwargs=True)
@api_bp.response(200, rs.JpRecordSchema)
@problems(401, 403, 422, 429)
@scope("read")
def my_jp(year: int | None = None):
    """My Catatan Pengembangan Kompetensi of a year (this year in WIB by default): the verified total against
    the target, what waits for a verifier, and every line, newest first."""
    this = current_year()
    if year is None:
        year = this
    elif not MIN_YEAR <= year <= this + 1:
        return _invalid("year", _("Tahun tidak valid: pilih tahun antara %(min)d dan %(max)d.",
                                  min=MIN_YEAR, max=this + 1))
    record = year_record(current_user, year)
    details = external_details(record.lines)
    items = []
    for line in record.lines:
        facts = details.get(line.id)
        items.append({
            "id": line.id, "date": line.happened_on, "source": line.source,
            "source_label": jp_source_label(line.source), "title": line.title, "jp": line.jp,
            "hours": format_hours(facts.minutes) if facts else None,
            "status": line.status, "status_label": jp_status_label(line.status),
            "verifier": line.verifier.name if line.verifier else None, "verified_at": line.verified_at,
            "reason": line.reason,
            "activity_url": url_for("activities.show", activity_id=line.activity_id, _external=True)
            if line.activity_id is not None else None})
    return {"year": record.year, "employee_kind": record.kind, "target": record.target, "verified": record.verified,
            "submitted": record.submitted, "percent": record.percent, "reached": record.reached,
            "years": record_years(current_user), "items": items}


@api_bp.route("/me/notifications")
@api_bp.arguments(rs.NoticeQuerySchema, location="query", as_kwargs=True)
@api_bp.response(200, rs.NoticePageSchema)
@problems(401, 403, 422, 429)
@scope("read")
def my_notifications(unread: bool = False, cursor: str | None = None, limit: int = 20):
    """My notices, newest first, one line per group as the page lists them (`count` notices collapsed into
    its text); `unread=true` keeps the lines with an unread notice; `next_cursor` gives the next page."""
    latest = func.max(Notification.id)
    unread_in_group = func.sum(case((Notification.read_at.is_(None), 1), else_=0))
    groups = notice_queries.visible(select(
        Notification.group_key, latest.label("latest_id"), func.count(Notification.id).label("total"),
        unread_in_group.label("unread"),
    ).select_from(Notification).where(Notification.user_id == current_user.id)).group_by(Notification.group_key)
    if unread:
        groups = groups.having(unread_in_group > 0)
    if cursor is not None:
        groups = groups.having(latest < min(int(cursor), rs.MAX_ID))
    rows = db.session.execute(groups.order_by(latest.desc()).limit(limit + 1)).all()
    more = len(rows) > limit
    rows = rows[:limit]
    notices = {n.id: n for n in notice_queries.load(row.latest_id for row in rows)}
    items = []
    for row in rows:
        notice, total, waiting = notices[row.latest_id], int(row.total), int(row.unread or 0)
        link = target_url(notice)
        items.append({"id": notice.id, "kind": notice.kind, "text": describe(notice, waiting or total),
                      "detail": detail(notice), "url": urljoin(request.host_url, link) if link else None,
                      "created_at": notice.created_at, "read": waiting == 0, "count": total,
                      "unread_count": waiting})
    return {"unread": notice_queries.unread_count(current_user.id), "items": items,
            "next_cursor": str(rows[-1].latest_id) if more else None}


@api_bp.route("/me/notifications/read", methods=["POST"])
@api_bp.arguments(rs.MarkReadInSchema, as_kwargs=True)
@api_bp.response(200, rs.MarkReadOutSchema)
@problems(400, 401, 403, 404, 422, 429)
@scope("write")
def mark_notifications_read(ids: list[int] | None = None, everything: bool | None = None):
    """Mark notices read as the page does: `{"ids": [...]}` marks each one's whole line (its group),
    `{"all": true}` everything. Either all the ids are the member's or nothing is marked (404). `marked`:
    the lines (groups) that were unread and are read now."""
    if (ids is None) == (everything is None) or everything is False:
        return _invalid("ids", _("Kirim salah satu: daftar \"ids\" atau \"all\": true."), "json")
    before = notice_queries.unread_count(current_user.id)
    if everything:
        notice_services.mark_all_read(current_user)
    else:
        for notice_id in dict.fromkeys(ids):
            notice_services.mark_read(current_user, notice_id)  # NotFound for another's: rolled back, 404
    after = notice_queries.unread_count(current_user.id)
    db.session.commit()
    return {"marked": before - after, "unread": after}
