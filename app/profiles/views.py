"""Pages that gather from several features: a member's profile with its tabs, and the agencies' pages."""
from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, request, session, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user, login_required
from sqlalchemy import func, select

from app.accounts import profile_edit, trust
from app.accounts.confirmation import send_confirmation_mail
from app.accounts.forms import ProfileForm
from app.accounts.handle_changes import change_handle, handle_owner
from app.accounts.handles import normalise_chosen
from app.accounts.lookup import suggest_members
from app.accounts.models import Agency, User
from app.accounts.operators import is_admin, operated_agencies
from app.accounts.queries import agency_choices, agency_directory
from app.content import queries as content_queries
from app.core.pagination import paginate
from app.core.permissions import can
from app.core.ratelimits import per_member
from app.core.roles import Permission
from app.core.views import committing
from app.extensions import db, limiter
from app.moderation import audit as moderation_audit
from app.moderation.approval_forms import DecisionForm as AskAgainForm
from app.moderation.forms import SuspendForm, UserNoteForm
from app.reputation import adoptions
from app.reputation.awards import awards_of
from app.reputation.badges import badges_of
from app.reputation.queries import reputation_history
from app.reputation.rules import REASON_LABELS

users_bp = Blueprint("users", __name__, url_prefix="/users")
agencies_bp = Blueprint("agencies", __name__, url_prefix="/agencies")


@users_bp.route("/me")
@login_required
def me():
    return redirect(url_for("users.profile", user_id=current_user.id))


@users_bp.route("/@<handle>")
def by_handle(handle: str):
    """Where an @mention leads: the member's profile, by their handle or one they had before."""
    owner = handle_owner(normalise_chosen(handle)[:40]) or abort(404, description=_(
        "Tidak ada anggota dengan nama pengguna @%(handle)s.", handle=handle[:40]))
    return redirect(url_for("users.profile", user_id=owner))


@users_bp.route("/suggest.json")
@login_required
@limiter.limit("60 per minute")
def suggest():
    """Members for the @mention autocomplete and the pickers: handle or name starts with q; signed-in only."""
    return {"users": suggest_members(request.args.get("q"))}


PROFILE_TABS = {
    "praktik": ("article", _l("Praktik baik")),
    "pertanyaan": ("question", _l("Pertanyaan")),
    "jawaban": ("answer", _l("Jawaban")),
    "diskusi": ("thread", _l("Diskusi")),
    "balasan": ("reply", _l("Balasan")),
}


@users_bp.route("/<int:user_id>")
def profile(user_id: int):
    user = db.session.get(User, user_id) or abort(404)
    tab = request.args.get("tab", "praktik")
    if tab not in PROFILE_TABS and tab != "reputasi":
        abort(400, description=_("Tab profil tidak dikenal."))
    if tab == "reputasi":
        page = paginate(reputation_history(user), per_page=30)
        parents = content_queries.posts_by_id({event.post_id for event in page.items if event.post_id})
        parents.update(content_queries.parents_of(list(parents.values())))
    else:
        page = paginate(content_queries.list_query(PROFILE_TABS[tab][0], author=user), per_page=15)
        parents = content_queries.parents_of(page.items)
    watching = can(current_user, Permission.MODERATE) and current_user.id != user.id
    return render_template("users/profile.html", user=user, suspend_form=SuspendForm(), tabs=PROFILE_TABS,
                           tab=tab, page=page, parents=parents, counts=content_queries.activity_counts(user),
                           reason_labels=REASON_LABELS, badges=badges_of(user),
                           awards=awards_of(user), note_form=UserNoteForm() if watching else None,
                           notes=moderation_audit.notes_of(user.id) if watching else [],
                           recent_actions=moderation_audit.recent_for_user(user.id, 10) if watching else [],
                           action_label=moderation_audit.action_label, operator_of=operated_agencies(user),
                           may_withdraw=is_admin(current_user) and user.is_verified and user.id != current_user.id,
                           ask_form=AskAgainForm())


@users_bp.route("/me/verification", methods=["POST"])
@login_required
def ask_verification():
    """A refused member asks again: the refusal is cleared and they are back in their agency's queue."""
    if not AskAgainForm().validate_on_submit():
        abort(400)
    user = current_user._get_current_object()
    if user.is_verified:
        abort(409, description=_("Akun Anda sudah ASN terverifikasi."))
    if not user.email_confirmed:
        abort(409, description=_("Konfirmasi alamat email Anda dahulu; setelah itu operator instansi dapat "
                                 "memverifikasi akun Anda."))
    with committing():
        asked = trust.ask_again(user)
    if asked:
        flash(_("Permintaan verifikasi Anda kembali masuk antrean operator %(agency)s.", agency=user.agency.name),
              "success")
    return redirect(url_for("users.profile", user_id=user.id)), 303


@users_bp.route("/<int:user_id>/edit", methods=["GET", "POST"])
@login_required
@per_member("RATELIMIT_CONTRIBUTE")
def edit_profile(user_id: int):
    user = db.session.get(User, user_id) or abort(404)
    if user.id != current_user.id:
        abort(403)
    form = ProfileForm(obj=user)
    form.agency.choices = agency_choices()
    if request.method == "GET":
        form.agency.data = user.agency.code
    if form.validate_on_submit():
        was_verified = user.is_verified
        with committing(form) as attempt:
            email_changed = profile_edit.change_email(user, form.email.data)
            change_handle(user, form.handle.data)
            profile_edit.update_profile(user, profile_edit.ProfileChanges(
                name=form.name.data, agency=form.agency.data, nip=form.nip.data,
                position=form.position.data, bio=form.bio.data, locale=form.locale.data,
            ))
        if attempt.ok:
            session["locale"] = user.locale
            flash(_("Profil Anda telah disimpan."), "success")
            if email_changed:
                send_confirmation_mail(user)
                flash(_("Kami telah mengirim tautan konfirmasi ke %(email)s. Sampai alamat baru ini dikonfirmasi, "
                        "Anda belum dapat menulis, memberi suara, menandai, atau mengajukan JP.", email=user.email),
                      "warning")
            if was_verified and not user.is_verified and not email_changed:
                flash(_("Karena instansi atau NIP Anda berubah, status ASN terverifikasi dicabut. Operator "
                        "%(agency)s akan memeriksa akun Anda kembali.", agency=user.agency.name), "warning")
            return redirect(url_for("users.profile", user_id=user.id))
    return render_template("users/edit.html", form=form, user=user), 422 if form.errors else 200


@agencies_bp.route("/")
def index():
    return render_template("agencies/index.html", groups=agency_directory())


@agencies_bp.route("/<code>")
def show(code: str):
    agency = db.session.execute(select(Agency).where(Agency.code == code)).scalar_one_or_none() or abort(404)
    members = db.session.execute(select(User).where(User.agency_id == agency.id)
                                 .order_by(User.name, User.id).limit(12)).scalars().all()
    member_count = db.session.execute(
        select(func.count(User.id)).where(User.agency_id == agency.id)).scalar_one()
    page = paginate(content_queries.list_query("article", agency=agency), per_page=15)
    return render_template("agencies/show.html", agency=agency, page=page, members=members,
                           member_count=member_count, counts=content_queries.agency_counts(agency),
                           adopted_here=adoptions.adopted_by(agency), adopted_elsewhere=adoptions.adopted_from(agency))
