"""Activity pages: the list and the month calendar, the iCalendar feed, announce and edit, register, attendance."""
from __future__ import annotations

import re
from datetime import date

from flask import Blueprint, Response, abort, current_app, flash, redirect, render_template, request
from flask_babel import format_date
from flask_babel import gettext as _
from flask_login import current_user, login_required
from sqlalchemy import select

from app.accounts.confirmation import confirmed_required
from app.accounts.models import Agency
from app.core.forms import options
from app.core.links import site_hosts
from app.core.numbers import parse_id
from app.core.pagination import paginate
from app.core.ratelimits import per_member
from app.core.timeutil import to_wib, utcnow
from app.core.views import REFUSAL_PAGES, committing
from app.extensions import db, limiter
from app.pembinaan import activities as services
from app.pembinaan import activity_queries as queries
from app.pembinaan import picks
from app.pembinaan.activity_display import calendar_response
from app.pembinaan.activity_forms import ActionForm, ActivityForm
from app.pembinaan.activity_rules import KIND_LABELS
from app.pembinaan.permissions import can_organise

activities_bp = Blueprint("activities", __name__, url_prefix="/activities")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")


def _load(activity_id: int):
    return queries.get_activity(activity_id) or abort(404, description=_("Kegiatan tidak ditemukan."))


def _agencies() -> list[Agency]:
    return list(db.session.execute(select(Agency).where(Agency.active.is_(True)).order_by(Agency.name)).scalars())


def _filters() -> tuple[str | None, Agency | None]:
    kind = request.args.get("kind") or None
    if kind is not None and kind not in KIND_LABELS:
        abort(400, description=_("Jenis kegiatan tidak dikenal."))
    agency = None
    if request.args.get("agency"):
        code = request.args["agency"][:64]
        agency = db.session.execute(select(Agency).where(Agency.code == code)).scalar_one_or_none()
        if agency is None:
            abort(404, description=_("Instansi dengan kode \u201c%(code)s\u201d tidak ada.", code=code))
    return kind, agency


@activities_bp.route("/")
def index():
    kind, agency = _filters()
    common = {"kind": kind, "agency": agency, "kinds": KIND_LABELS, "agencies": _agencies(),
              "may_announce": can_organise(current_user)}
    view = request.args.get("view") or "daftar"
    if view == "kalender":
        return _calendar(common)
    if view != "daftar":
        abort(400, description=_("Tampilan tidak dikenal: pilih daftar atau kalender."))
    if request.args.get("when") == "lalu":
        return render_template("activities/index.html", upcoming=None, past_page=paginate(
            queries.past(kind, agency)), past=None, **common)
    return render_template("activities/index.html", upcoming=paginate(queries.upcoming(kind, agency)),
                           past=queries.latest_past(kind, agency), past_page=None, **common)


@activities_bp.route("/suggest.json")
@login_required
@limiter.limit("60 per minute")
def suggest():
    """Activities for the pickers by title; mine=1 keeps the ones the member ran (a JP claim)."""
    mine = request.args.get("mine") == "1"
    return {"items": picks.suggest_activities(request.args.get("q"), organiser=current_user if mine else None)}


def _calendar(common: dict):
    raw = request.args.get("month")
    if raw:
        match = _MONTH.match(raw)
        if match is None or not 2000 <= int(match.group(1)) <= 2100 or not 1 <= int(match.group(2)) <= 12:
            abort(400, description=_("Bulan tidak valid; gunakan bentuk 2026-12."))
        year, month = int(match.group(1)), int(match.group(2))
    else:
        today = to_wib(utcnow()).date()
        year, month = today.year, today.month
    first = date(year, month, 1)
    previous = date(year - (month == 1), (month - 2) % 12 + 1, 1)
    following = date(year + (month == 12), month % 12 + 1, 1)
    return render_template("activities/calendar.html", first=first, month_label=format_date(first, "MMMM y"),
                           previous=previous, following=following, weeks=queries.month_weeks(year, month),
                           today=to_wib(utcnow()).date(),
                           days=queries.month_activities(year, month, common["kind"], common["agency"]), **common)


@activities_bp.route("/calendar.ics")
def calendar_feed():
    kind, agency = _filters()
    return calendar_response(queries.feed(kind, agency), "kegiatan-simpul-asn.ics",
                              _("Kegiatan Pengembangan Kompetensi · %(site)s", site=current_app.config["SITE_NAME"]))


@activities_bp.route("/<int:activity_id>.ics")
def activity_ics(activity_id: int):
    activity = _load(activity_id)
    return calendar_response([activity], f"kegiatan-{activity.id}.ics", activity.title)


def _show(activity, status: int = 200):
    organising = can_organise(current_user, activity.agency_id)
    now = utcnow()
    return render_template(
        "activities/show.html", activity=activity, now=now, action_form=ActionForm(),
        registration=queries.registration_of(activity, current_user),
        refusal=services.registration_refusal(activity, now), organising=organising,
        registrants=queries.registrants(activity) if organising else [],
        related=queries.related_articles(activity)), status


@activities_bp.route("/<int:activity_id>")
@activities_bp.route("/<int:activity_id>/<slug>")
def show(activity_id: int, slug: str | None = None):
    activity = _load(activity_id)
    if slug != activity.slug:
        return redirect(activity.url(), 301)
    return _show(activity)


def _save_form(activity):
    """Announce (`activity` None) or change an activity; a refusal goes under its field, a missing right is 403."""
    form = ActivityForm()
    form.agency.choices = options((a.code, a.name) for a in _agencies())
    if request.method == "GET" and activity is not None:
        _fill(form, activity)
    elif request.method == "GET":
        form.agency.data = current_user.agency.code
    pick = services.may_pick_agency(current_user)
    if form.validate_on_submit():
        fields = form.fields_for_service(pick_agency=pick)
        with committing(form, pages=(403,)) as attempt:
            if activity is None:
                saved = services.announce_activity(current_user, fields, site_hosts())
            else:
                saved = services.update_activity(activity, current_user, fields, site_hosts())
        if not attempt.ok:
            activity = activity and _load(activity.id)  # reread after the rollback, with what the page shows
        else:
            flash(_("Perubahan kegiatan disimpan.") if activity else _("Kegiatan telah diumumkan."), "success")
            return redirect(saved.url()), 303
    return render_template("activities/form.html", form=form, activity=activity,
                           pick_agency=pick), 422 if form.errors else 200


@activities_bp.route("/new", methods=["GET", "POST"])
@login_required
@confirmed_required
@per_member("RATELIMIT_POST")
def new():
    if not can_organise(current_user):
        abort(403, description=_("Hanya penyelenggara, pimpinan dan admin yang dapat mengumumkan kegiatan."))
    return _save_form(None)


@activities_bp.route("/<int:activity_id>/edit", methods=["GET", "POST"])
@login_required
@confirmed_required
@per_member("RATELIMIT_POST")
def edit(activity_id: int):
    activity = _load(activity_id)
    if not can_organise(current_user, activity.agency_id):
        abort(403, description=_("Anda tidak dapat mengubah kegiatan instansi lain."))
    return _save_form(activity)


def _fill(form: ActivityForm, activity) -> None:
    form.title.data, form.kind.data, form.agency.data = activity.title, activity.kind, activity.agency.code
    form.partner.data, form.description.data = activity.partner, activity.description_md
    form.starts_at.data, form.ends_at.data = to_wib(activity.starts_at), to_wib(activity.ends_at)
    form.place.data, form.link.data, form.capacity.data, form.jp.data = (activity.place, activity.link,
                                                                         activity.capacity, activity.jp)
    form.tags.data = ", ".join(tag.name for tag in activity.tags)
    form.articles.data = ", ".join(map(str, queries.related_article_ids(activity)))


def _act(activity_id: int, verb):
    """Run one action on the activity (`verb` returns the message and its kind); a refusal is shown on the
    activity page with its status (409 for a conflict), a missing right is a 403 page."""
    activity = _load(activity_id)
    ActionForm().validate_on_submit() or abort(400)
    with committing(pages=REFUSAL_PAGES) as attempt:
        message, category = verb(activity)
    if not attempt.ok:
        return _show(_load(activity_id), attempt.status)
    flash(message, category)
    return redirect(activity.url()), 303


@activities_bp.route("/<int:activity_id>/register", methods=["POST"])
@login_required
@confirmed_required
@limiter.limit("30 per minute")
def register(activity_id: int):
    def verb(activity):
        services.register(activity, current_user)
        return _("Anda terdaftar pada kegiatan ini."), "success"

    return _act(activity_id, verb)


@activities_bp.route("/<int:activity_id>/cancel", methods=["POST"])
@login_required
@limiter.limit("30 per minute")
def cancel(activity_id: int):
    def verb(activity):
        if services.cancel_registration(activity, current_user):
            return _("Pendaftaran Anda dibatalkan."), "success"
        return _("Anda tidak terdaftar pada kegiatan ini."), "info"

    return _act(activity_id, verb)


def _ensure_organiser(activity_id: int, message: str) -> None:
    if not can_organise(current_user, _load(activity_id).agency_id):
        abort(403, description=message)


@activities_bp.route("/<int:activity_id>/cancel-activity", methods=["POST"])
@login_required
def cancel_activity(activity_id: int):
    _ensure_organiser(activity_id, _("Anda tidak dapat membatalkan kegiatan instansi lain."))

    def verb(activity):
        if services.cancel_activity(activity, current_user):
            return _("Kegiatan dibatalkan. Pendaftar melihat statusnya di halaman kegiatan."), "success"
        return _("Kegiatan ini sudah dibatalkan."), "info"

    return _act(activity_id, verb)


def _attended_ids() -> set[int]:
    raw = request.form.getlist("attended")
    ids = [parse_id(value) for value in raw[:10_001]]
    if len(raw) > 10_000 or any(value is None for value in ids):
        abort(400, description=_("Daftar hadir tidak valid."))
    return set(ids)


@activities_bp.route("/<int:activity_id>/attendance", methods=["POST"])
@login_required
@confirmed_required
def attendance(activity_id: int):
    _ensure_organiser(activity_id, _("Hanya penyelenggara instansi ini, pimpinan dan admin yang dapat mencatat "
                                     "kehadiran."))
    ids = _attended_ids()

    def verb(activity):
        marked, withdrawn = services.mark_attendance(activity, current_user, ids)
        if not marked and not withdrawn:
            return _("Daftar hadir tidak berubah."), "info"
        return _("Daftar hadir disimpan: %(marked)d ditandai hadir, %(withdrawn)d dibatalkan.",
                 marked=marked, withdrawn=withdrawn), "success"

    return _act(activity_id, verb)


@activities_bp.route("/<int:activity_id>/registrants.csv")
@login_required
def registrants_csv(activity_id: int):
    activity = _load(activity_id)
    if not can_organise(current_user, activity.agency_id):
        abort(403, description=_("Hanya penyelenggara instansi ini, pimpinan dan admin yang dapat mengunduh "
                                 "daftar peserta."))
    body = queries.registrants_csv(queries.registrants(activity, with_cancelled=True), current_user)
    return Response(body, mimetype="text/csv", headers={
        "Content-Disposition": f'attachment; filename="peserta-kegiatan-{activity.id}.csv"'})
