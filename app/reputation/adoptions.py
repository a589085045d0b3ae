"""Adoptions ("Diterapkan oleh"): another agency records that it adopted an article, later with its outcome."""
from __future__ import annotations

from dataclasses import dataclass

from flask import current_app
from flask_babel import format_decimal
from flask_babel import gettext as _
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import joinedload

from app.accounts.models import Agency, User
from app.accounts.trust import confirmation_refusal
from app.content.models import Post, PostStatus
from app.content.permissions import lock_chain, parent_state_refusal
from app.content.queries import with_people
from app.core.errors import Conflict, PermissionDenied, ValidationFailed
from app.core.roles import Role
from app.core.timeutil import utcnow
from app.extensions import db
from app.reputation import ledger, rules
from app.reputation.badges import award_badges
from app.reputation.models import Adoption
from app.reputation.signals import adoption_recorded

NOTE_MAX_LENGTH = 1_000
OUTCOME_MAX_LENGTH = 2_000


def _active(user) -> bool:
    return bool(user is not None and getattr(user, "is_authenticated", False) and not user.is_suspended)


def _duplicate() -> Conflict:
    return Conflict(_("Instansi Anda sudah mencatat penerapan praktik ini."), field="note")


def _clean(text: str | None, *, limit: int, empty: str, too_long: str, field: str) -> str:
    text = (text or "").replace("\r\n", "\n").strip()
    if not text:
        raise ValidationFailed(empty, field=field)
    if len(text) > limit:
        raise ValidationFailed(too_long, field=field)
    return text


def adoption_of(article: Post, agency_id: int) -> Adoption | None:
    return db.session.execute(select(Adoption).where(
        Adoption.post_id == article.id, Adoption.agency_id == agency_id)).scalar_one_or_none()


def adoption_refusal(article: Post, member) -> str | None:
    """Why this member cannot record an adoption of this article (None when they can), without queries."""
    if not _active(member):
        return _("Masuk dengan akun aktif untuk mencatat penerapan praktik ini.")
    unconfirmed = confirmation_refusal(member)
    if unconfirmed is not None:
        return unconfirmed.message
    if article.kind != "article" or article.status != PostStatus.PUBLISHED:
        return _("Hanya praktik baik yang sudah terbit yang dapat dicatat penerapannya.")
    refusal = parent_state_refusal(member, article)
    if refusal is not None:
        return refusal.message
    if member.agency_id == article.agency_id:
        return _("Praktik ini berasal dari instansi Anda sendiri.")
    if member.id == article.author_id:
        return _("Anda tidak dapat mencatat penerapan praktik yang Anda tulis sendiri.")
    return None


def record_adoption(article: Post, member: User, note: str) -> Adoption:
    """The member's agency adopted this article: one row per agency, +50 to the author in the ledger."""
    if not _active(member):
        raise PermissionDenied(_("Akun Anda sedang ditangguhkan."))
    lock_chain(article)  # judged on the article as it stands, not as it was read before a hide committed
    refusal = adoption_refusal(article, member)
    if refusal:
        raise ValidationFailed(refusal, field="note")
    note = _clean(note, limit=NOTE_MAX_LENGTH, field="note",
                  empty=_("Tuliskan catatan singkat tentang cara instansi Anda menerapkan praktik ini."),
                  too_long=_("Catatan paling banyak %(n)s karakter.", n=format_decimal(NOTE_MAX_LENGTH)))
    # Lock order as in voting: the author's ledger first. A concurrent twin from the same agency waits
    # here and then finds the row; the unique constraint catches whatever still slips through.
    ledger.lock_user(article.author_id)
    if adoption_of(article, member.agency_id) is not None:
        raise _duplicate()
    adoption = Adoption(post_id=article.id, agency_id=member.agency_id, recorded_by_id=member.id, note=note,
                        created_at=utcnow())
    try:
        with db.session.begin_nested():
            db.session.add(adoption)
    except IntegrityError as err:
        raise _duplicate() from err
    points = int(current_app.config["REPUTATION_ADOPTED"])
    if points:
        ledger.record(article.author_id, points, rules.ADOPTED, post_id=article.id, actor_id=member.id)
    award_badges([article.author_id])
    adoption_recorded.send(adoption, post=article, actor=member)
    return adoption


def can_add_outcome(user, adoption: Adoption) -> bool:
    """Only the adopting agency tells how it went (admins may help)."""
    if not _active(user):
        return False
    return user.agency_id == adoption.agency_id or user.role == Role.ADMIN


def add_outcome(adoption: Adoption, member: User, outcome: str) -> bool:
    """Add or update the outcome of an adoption; False when the text is unchanged."""
    if not can_add_outcome(member, adoption):
        raise PermissionDenied(_("Hanya anggota instansi yang menerapkan praktik ini yang dapat menuliskan hasilnya."))
    post = db.session.get(Post, adoption.post_id)
    if post is None or post.status != PostStatus.PUBLISHED:
        raise ValidationFailed(_("Praktik ini tidak lagi terbit."))
    outcome = _clean(outcome, limit=OUTCOME_MAX_LENGTH, field="outcome",
                     empty=_("Tuliskan hasil penerapan praktik ini di instansi Anda."),
                     too_long=_("Hasil penerapan paling banyak %(n)s karakter.",
                                        n=format_decimal(OUTCOME_MAX_LENGTH)))
    if outcome == adoption.outcome:
        return False
    adoption.outcome, adoption.outcome_at = outcome, utcnow()
    return True


# -- Read side ------------------------------------------------------------------------------------------


def adoptions_of(article: Post) -> list[Adoption]:
    """Every adoption of one article with its agency, oldest first, in one query."""
    return list(db.session.execute(
        select(Adoption).options(joinedload(Adoption.agency))
        .where(Adoption.post_id == article.id).order_by(Adoption.created_at, Adoption.id)).unique().scalars())


@dataclass
class AdoptedPractice:
    adoption: Adoption
    post: Post


def adopted_by(agency: Agency, limit: int = 10) -> list[AdoptedPractice]:
    """Published articles this agency adopted, newest adoption first (one query)."""
    rows = db.session.execute(
        with_people(select(Adoption, Post).join(Post, Post.id == Adoption.post_id))
        .where(Adoption.agency_id == agency.id, Post.status == PostStatus.PUBLISHED.value)
        .order_by(Adoption.created_at.desc(), Adoption.id.desc()).limit(limit)).unique().all()
    return [AdoptedPractice(adoption, post) for adoption, post in rows]


def adopted_from(agency: Agency, limit: int = 10) -> list[tuple[Post, int]]:
    """This agency's published articles that other agencies adopted, most adopted first, with the count."""
    counts = (select(Adoption.post_id, func.count(Adoption.id).label("n"))
              .where(Adoption.agency_id != agency.id).group_by(Adoption.post_id).subquery())
    rows = db.session.execute(
        with_people(select(Post, counts.c.n).join(counts, counts.c.post_id == Post.id))
        .where(Post.agency_id == agency.id, Post.kind == "article", Post.status == PostStatus.PUBLISHED.value)
        .order_by(counts.c.n.desc(), Post.id.desc()).limit(limit)).unique().all()
    return [(post, n) for post, n in rows]
