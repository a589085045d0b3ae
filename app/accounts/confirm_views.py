"""E-mail confirmation pages on the auth blueprint: opening the link, and asking for it again."""
from __future__ import annotations

from flask import current_app, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from app.accounts import services, trust
from app.accounts.confirmation import (
    ConfirmationLinkRefused,
    confirmation_hours,
    send_confirmation_mail,
    user_for_confirmation_token,
)
from app.accounts.forms import ResendConfirmationForm
from app.accounts.views import auth_bp, log
from app.core.database import writes_on_get
from app.core.ratelimits import count_for_account
from app.core.security import safe_next
from app.extensions import db, limiter


def _landing():
    return redirect(url_for("main.home") if current_user.is_authenticated else url_for("auth.login"))


@auth_bp.route("/confirm/<token>")
@writes_on_get
def confirm_email(token: str):
    try:
        user = user_for_confirmation_token(token)
    except ConfirmationLinkRefused as err:
        return render_template("auth/confirm_invalid.html", message=err.message), 400
    if not trust.confirm_email(user):
        flash(_("Alamat email ini sudah dikonfirmasi sebelumnya. Tautan ini tidak mengubah apa pun."), "info")
        return _landing()
    db.session.commit()
    log.info("e-mail confirmed", extra={"user_id": user.id, "verified": user.is_verified})
    if user.is_verified and user.verified_via == trust.VerifiedVia.EMAIL:
        flash(_("Terima kasih, alamat email Anda telah dikonfirmasi. Karena alamat ini milik Pemerintah Kota "
                "Medan, akun Anda kini juga berstatus ASN terverifikasi."), "success")
    else:
        flash(_("Terima kasih, alamat email Anda telah dikonfirmasi. Kini Anda dapat menulis, memberi suara, "
                "menandai, dan mengajukan JP."), "success")
    return _landing()


def _account_key(email: str) -> str:
    # The same counter whether the member asks signed in or types the address as a visitor.
    return "confirm:" + services.account_key(email)


@auth_bp.route("/confirm", methods=["GET", "POST"])
@limiter.limit(lambda: current_app.config["RATELIMIT_CONFIRM_IP"], methods=["POST"])
def resend_confirmation():
    form = ResendConfirmationForm()
    if request.method == "GET" or not form.validate_on_submit():
        status = 422 if form.errors else 200
        return render_template("auth/confirm_resend.html", hours=confirmation_hours()), status
    if current_user.is_authenticated:
        return _resend_to_member()
    if not (form.email.data or "").strip():
        flash(_("Masukkan alamat email akun Anda."), "danger")
        return render_template("auth/confirm_resend.html", hours=confirmation_hours()), 422
    user = services.find_by_login(form.email.data) if "@" in (form.email.data or "") else None
    # Counted for every address typed, known or not; beyond the limit the answer stays the same.
    within_limit = count_for_account("RATELIMIT_CONFIRM", _account_key(form.email.data or ""))
    if user is not None and not user.email_confirmed and not user.is_suspended and within_limit:
        send_confirmation_mail(user, background=True)  # a known address must not answer slower
    # One answer whether or not the address has an account, so that nobody can probe who is registered.
    flash(_("Jika alamat tersebut terdaftar dan belum dikonfirmasi, kami telah mengirim tautan konfirmasi. "
            "Periksa kotak masuk Anda."), "info")
    return redirect(url_for("auth.login"))


def _resend_to_member():
    back = redirect(safe_next(request.form.get("next")))
    if current_user.email_confirmed:
        flash(_("Alamat email Anda sudah dikonfirmasi; tidak ada email yang dikirim."), "info")
        return back
    if not count_for_account("RATELIMIT_CONFIRM", _account_key(current_user.email)):
        message = _("Anda sudah beberapa kali meminta tautan konfirmasi. Periksa kotak masuk dan folder spam "
                    "Anda, atau coba lagi nanti.")
        return render_template("auth/confirm_needed.html", message=message), 429
    send_confirmation_mail(current_user)
    flash(_("Kami telah mengirim tautan konfirmasi baru ke %(email)s.", email=current_user.email), "success")
    return back
