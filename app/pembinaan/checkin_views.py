"""Self check-in from the QR code, the organiser's confirmation of it, and attendance certificates (PDF, the
public verification page and its JSON)."""
from __future__ import annotations

import segno
from flask import Blueprint, Response, abort, current_app, flash, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required
from markupsafe import Markup

from app.accounts.confirmation import confirmed_required
from app.core.links import absolute_url
from app.core.ratelimits import member_key
from app.core.timeutil import utcnow, wib_date
from app.core.views import EVERY_REFUSAL, committing
from app.extensions import limiter
from app.pembinaan import activity_queries as queries
from app.pembinaan import certificates, checkin
from app.pembinaan.activity_display import activity_kind, activity_when
from app.pembinaan.activity_forms import ActionForm
from app.pembinaan.permissions import can_organise

checkin_bp = Blueprint("activity_checkin", __name__, url_prefix="/activities")


def _load(activity_id: int):
    return queries.get_activity(activity_id) or abort(404, description=_("Kegiatan tidak ditemukan."))


@checkin_bp.route("/<int:activity_id>/checkin/<token>", methods=["GET"])
@login_required
def checkin_page(activity_id: int, token: str):
    """A confirmation page with one button: opening the link changes nothing."""
    activity = _load(activity_id)
    checkin.check_link(activity, token)  # a refusal is its own 404 or 409 page
    return render_template("activities/checkin.html", activity=activity, token=token, form=ActionForm(),
                           already=checkin.checked_in(activity, current_user))


@checkin_bp.route("/<int:activity_id>/checkin/<token>", methods=["POST"])
@login_required
@confirmed_required
# Counted per member: a whole room checks in from one Wi-Fi address within a minute.
@limiter.limit("10 per minute", key_func=member_key)
def checkin_submit(activity_id: int, token: str):
    activity = _load(activity_id)
    ActionForm().validate_on_submit() or abort(400)
    with committing(pages=EVERY_REFUSAL):
        fresh = checkin.check_in(activity, current_user, token)
    if fresh:
        flash(_("Check-in berhasil: Anda tercatat hadir. Penyelenggara akan mengonfirmasi daftar hadir, lalu JP "
                "masuk ke catatan Anda."), "success")
    else:
        flash(_("Anda sudah tercatat hadir pada kegiatan ini."), "info")
    return redirect(activity.url()), 303


@checkin_bp.route("/<int:activity_id>/checkins/confirm", methods=["POST"])
@login_required
@confirmed_required
def confirm_checkins(activity_id: int):
    activity = _load(activity_id)
    if not can_organise(current_user, activity.agency_id):
        abort(403, description=_("Hanya penyelenggara instansi ini, pimpinan dan admin yang dapat mencatat "
                                 "kehadiran."))
    ActionForm().validate_on_submit() or abort(400)
    with committing(pages=EVERY_REFUSAL):
        marked = checkin.confirm_checkins(activity, current_user)
    flash(_("%(n)d check-in mandiri dikonfirmasi sebagai hadir.", n=marked), "success")
    return redirect(activity.url()), 303


def qr_svg(url: str) -> Markup:
    """The QR code of a link as inline SVG (segno: no image file, no outside request)."""
    svg = segno.make(url, error="m").svg_inline(scale=6, border=2, title=_("Kode QR check-in"))
    return Markup(svg)  # noqa: S704 - path data and the title, which segno escapes


def checkin_panel(activity) -> dict | None:
    """What the organiser's card shows about check-in: the link and its QR code while the window is open."""
    if activity.review_status is not None or activity.status == "cancelled":
        return None
    opens, closes = checkin.window(activity)
    if not checkin.is_open(activity):
        return {"open": False, "opens": opens, "over": utcnow() >= closes}
    url = absolute_url("activity_checkin.checkin_page", activity_id=activity.id,
                       token=checkin.checkin_token(activity))
    return {"open": True, "url": url, "svg": qr_svg(url), "closes": closes}


# -- Certificates ---------------------------------------------------------------------------------------------

def _labels(certificate) -> dict[str, str]:
    return {"title": _("Sertifikat Kehadiran"), "number": _("Nomor"), "given_to": _("diberikan kepada"),
            "for": _("atas kehadirannya pada kegiatan pengembangan kompetensi"), "organiser": _("Penyelenggara"),
            "jp": _("%(n)s JP", n=certificate.activity.jp),
            "verify": _("Periksa keaslian sertifikat ini dengan memindai kode QR atau membuka:")}


@checkin_bp.route("/<int:activity_id>/certificate.pdf")
@login_required
def certificate_pdf(activity_id: int):
    """The signed-in attendee's own certificate; nobody downloads another member's."""
    activity = _load(activity_id)
    certificate = certificates.certificate_of(activity, current_user) or abort(
        404, description=_("Anda tidak memiliki sertifikat kehadiran untuk kegiatan ini. Sertifikat tersedia "
                           "setelah kehadiran Anda dikonfirmasi."))
    body = certificates.certificate_pdf(
        certificate, verify_url=absolute_url("activity_checkin.certificate_page", number=certificate.number),
        site_name=current_app.config["SITE_NAME"], kind_label=activity_kind(activity.kind),
        when=activity_when(activity), labels=_labels(certificate))
    return Response(body, mimetype="application/pdf", headers={
        "Content-Disposition": f'attachment; filename="sertifikat-{certificate.number}.pdf"'})


def _find(number: str):
    return certificates.find_certificate(number) or abort(404, description=_("Sertifikat kehadiran tidak "
                                                                               "ditemukan atau tidak berlaku."))


@checkin_bp.route("/certificates/<number>")
def certificate_page(number: str):
    certificate = _find(number)
    if certificate.number != number:
        return redirect(url_for("activity_checkin.certificate_page", number=certificate.number), 301)
    return render_template("activities/certificate.html", certificate=certificate)


@checkin_bp.route("/certificates/<number>/verify.json")
def certificate_verify(number: str):
    certificate = certificates.find_certificate(number)
    if certificate is None:
        return {"valid": False, "number": number[:32]}, 404
    activity = certificate.activity
    return {"valid": True, "number": certificate.number, "attendee": certificate.member.name,
            "agency": certificate.member.agency.name, "activity": activity.title,
            "organiser": activity.agency.name, "date": wib_date(activity.starts_at).isoformat(), "jp": activity.jp}
