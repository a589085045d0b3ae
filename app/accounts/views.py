"""Account pages: register, sign in and out, passwords, the language."""
from __future__ import annotations

from flask import Blueprint, abort, current_app, flash, redirect, render_template, request, session, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user, login_required

from app.accounts import services
from app.accounts.auth_session import end_all_sessions, end_session, start_session
from app.accounts.forms import (
    ChangePasswordForm,
    LocaleForm,
    LoginForm,
    LogoutForm,
    RegisterForm,
    ResetPasswordForm,
    ResetRequestForm,
)
from app.accounts.queries import agency_choices
from app.accounts.signup import send_signup_mail, sign_up
from app.core.links import absolute_url
from app.core.logging import get_logger
from app.core.mail import send_mail_in_background
from app.core.ratelimits import account_exhausted, count_for_account
from app.core.security import safe_next
from app.core.views import committing
from app.extensions import db, limiter

auth_bp = Blueprint("auth", __name__, url_prefix="/auth")
log = get_logger("auth")
# The same words whether or not the Email/NIP belongs to an account.
ACCOUNT_THROTTLED = _l("Terlalu banyak percobaan masuk yang gagal dengan Email/NIP ini. Tunggu beberapa menit "
                       "lalu coba lagi, atau atur ulang kata sandi Anda.")


def _limit(key: str):
    return limiter.limit(lambda: current_app.config[key], methods=["POST"])


@auth_bp.route("/register", methods=["GET", "POST"])
@_limit("RATELIMIT_REGISTER")
def register():
    if current_user.is_authenticated:
        return redirect(url_for("main.home"))
    form = RegisterForm()
    if form.validate_on_submit():
        with committing(form) as attempt:
            signup = sign_up(services.Registration(
                name=form.name.data, email=form.email.data, password=form.password.data,
                agency=form.agency.data, nip=form.nip.data, position=form.position.data,
            ))
        if attempt.ok:
            log.info("sign-up", extra={"user_id": signup.user.id if signup.user else None})
            send_signup_mail(signup)
            # One answer whether or not the e-mail or NIP was taken, so that nobody can probe who is registered.
            flash(_("Terima kasih. Kami telah mengirim email ke alamat yang Anda daftarkan; ikuti petunjuknya, "
                    "lalu masuk dengan email atau NIP dan kata sandi Anda."), "info")
            return redirect(url_for("auth.login"))
    form.agency.choices = agency_choices()
    return render_template("auth/register.html", form=form), 422 if form.errors else 200


@auth_bp.route("/login", methods=["GET", "POST"])
@_limit("RATELIMIT_LOGIN")
def login():
    if current_user.is_authenticated:
        return redirect(safe_next(request.args.get("next")))
    form = LoginForm()
    if form.validate_on_submit():
        account = services.account_key(form.login.data)
        if account_exhausted("RATELIMIT_LOGIN_ACCOUNT", account):
            log.info("sign-in refused", extra={"reason": "AccountThrottled"})
            flash(ACCOUNT_THROTTLED, "danger")
            return render_template("auth/login.html", form=form), 429
        with committing() as attempt:
            user = services.authenticate(form.login.data, form.password.data)
            start_session(user, remember=form.remember.data)
        if not attempt.ok:
            if isinstance(attempt.error, services.AuthenticationFailed):
                count_for_account("RATELIMIT_LOGIN_ACCOUNT", account)
            log.info("sign-in refused", extra={"reason": type(attempt.error).__name__})
            return render_template("auth/login.html", form=form), attempt.status
        log.info("user signed in", extra={"user_id": user.id})
        flash(_("Anda berhasil masuk."), "success")
        return redirect(safe_next(request.args.get("next")))
    return render_template("auth/login.html", form=form), 422 if form.errors else 200


@auth_bp.route("/logout", methods=["POST"])
def logout():
    form = LogoutForm()
    if not form.validate_on_submit():
        abort(400)
    if current_user.is_authenticated:
        end_session(current_user)
        db.session.commit()
    session.clear()
    flash(_("Anda telah keluar."), "info")
    return redirect(url_for("main.home"))


@auth_bp.route("/reset", methods=["GET", "POST"])
@_limit("RATELIMIT_RESET")
def reset_request():
    form = ResetRequestForm()
    if form.validate_on_submit():
        user = services.find_by_login(form.email.data) if "@" in (form.email.data or "") else None
        # Counted for every address typed, known or not; beyond the limit the answer stays the same.
        within_limit = count_for_account("RATELIMIT_RESET_ACCOUNT", services.account_key(form.email.data))
        if user is not None and not user.is_suspended and within_limit:
            link = absolute_url("auth.reset_password", token=services.make_reset_token(user))
            # Sent by a thread: waiting for SMTP here would make a known address answer slower than an unknown.
            send_mail_in_background(user.email, _("Atur ulang kata sandi Simpul ASN"), render_template(
                "auth/email/reset.txt", user=user, link=link,
                minutes=current_app.config["PASSWORD_RESET_MAX_AGE"] // 60))
        # One answer whether or not the account exists, so that nobody can probe who is registered.
        flash(_("Jika email tersebut terdaftar, kami telah mengirim tautan untuk mengatur ulang kata sandi. "
                "Periksa kotak masuk Anda."), "info")
        return redirect(url_for("auth.login"))
    return render_template("auth/reset_request.html", form=form), 422 if form.errors else 200


@auth_bp.route("/reset/<token>", methods=["GET", "POST"])
@_limit("RATELIMIT_RESET")
def reset_password(token: str):
    with committing() as attempt:
        services.user_for_reset_token(token)
    if not attempt.ok:
        return render_template("auth/reset_invalid.html"), 400
    form = ResetPasswordForm()
    if form.validate_on_submit():
        with committing(form) as attempt:
            user = services.reset_password(token, form.password.data)
            end_all_sessions(user)
        if attempt.ok:
            flash(_("Kata sandi Anda telah diganti. Silakan masuk dengan kata sandi baru."), "success")
            return redirect(url_for("auth.login"))
    return render_template("auth/reset_password.html", form=form), 422 if form.errors else 200


@auth_bp.route("/password", methods=["GET", "POST"])
@login_required
def change_password():
    form = ChangePasswordForm()
    if form.validate_on_submit():
        with committing(form) as attempt:
            services.change_password(current_user, form.current_password.data, form.password.data)
            ended = end_all_sessions(current_user, keep_current=True)
        if attempt.ok:
            flash(_("Kata sandi Anda telah diganti. %(n)d sesi lain telah dikeluarkan.", n=ended), "success")
            return redirect(url_for("users.profile", user_id=current_user.id))
    return render_template("auth/change_password.html", form=form), 422 if form.errors else 200


@auth_bp.route("/locale", methods=["POST"])
def set_locale():
    form = LocaleForm()
    if not form.validate_on_submit() or form.locale.data not in current_app.config["LANGUAGES"]:
        abort(400)
    session["locale"] = form.locale.data
    if current_user.is_authenticated and current_user.locale != form.locale.data:
        current_user.locale = form.locale.data
        db.session.commit()
    return redirect(safe_next(request.form.get("next")))
