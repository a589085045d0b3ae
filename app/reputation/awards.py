"""Awards (Penghargaan): a leader recognises a member with a citation, linked posts and a numbered certificate."""
from __future__ import annotations

import re

from flask import current_app
from flask_babel import format_decimal
from flask_babel import gettext as _
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import joinedload

from app.accounts.lookup import find_member
from app.accounts.models import User
from app.content.models import Post, PostStatus
from app.content.permissions import can_view
from app.content.queries import under_published_parent
from app.core.errors import Conflict, PermissionDenied, ValidationFailed
from app.core.links import split_typed_link
from app.core.numbers import parse_id
from app.core.permissions import can
from app.core.roles import Permission
from app.core.timeutil import utcnow, wib_year
from app.extensions import db
from app.reputation import ledger, rules
from app.reputation.models import Award, award_posts
from app.reputation.signals import award_given

TITLE_MAX_LENGTH = 160
CITATION_MAX_LENGTH = 2_000
MAX_LINKED_POSTS = 5
NUMBER_PREFIX = "SIMPUL"
_NUMBER_ATTEMPTS = 5
# /articles/12, /articles/12/slug, /discussions/12, /questions/12, /posts/12 (an anchor or query may follow)
_POST_PATH = re.compile(r"^/(?:articles|discussions|questions|posts)/(\d{1,12})(?:/[^/?#]*)?/?$")


def find_recipient(raw: str | None, hosts: frozenset[str] = frozenset()) -> User:
    """The recipient by name, @handle, profile link or number (the picker fills the number)."""
    return find_member(raw, field="user", hosts=hosts)


def _post_id(item: str, hosts: frozenset[str]) -> int:
    if parse_id(item) is not None:
        return int(item)
    parts = split_typed_link(item)
    if (parts.scheme or parts.netloc) and (parts.scheme not in ("http", "https") or parts.netloc.lower() not in hosts):
        raise ValidationFailed(_("\u201c%(item)s\u201d bukan tautan situs ini.", item=item[:80]), field="posts")
    match = _POST_PATH.match(parts.path)
    if match is None:
        raise ValidationFailed(_("\u201c%(item)s\u201d bukan tautan kiriman. Ketik judulnya lalu pilih dari daftar, "
                                 "atau tempel tautan kiriman dari situs ini.", item=item[:80]), field="posts")
    return int(match.group(1))


def linked_posts(raw: str | None, hosts: frozenset[str] = frozenset()) -> list[Post]:
    """The published posts named by a comma-separated list of ids or links of this site (`hosts`)."""
    items = [item.strip() for item in (raw or "").replace("\n", ",").split(",") if item.strip()]
    ids = list(dict.fromkeys(_post_id(item, frozenset(h.lower() for h in hosts)) for item in items))
    if len(ids) > MAX_LINKED_POSTS:
        raise ValidationFailed(_("Paling banyak %(n)d kiriman terkait.", n=MAX_LINKED_POSTS), field="posts")
    if not ids:
        return []
    # The parent-state rule: an answer under a hidden question is as gone as the question.
    found = {post.id: post for post in db.session.execute(
        select(Post).where(Post.id.in_(ids), Post.status == PostStatus.PUBLISHED.value)).scalars()
        if can_view(None, post)}
    missing = [str(post_id) for post_id in ids if post_id not in found]
    if missing:
        raise ValidationFailed(_("Kiriman %(ids)s tidak ditemukan atau tidak terbit.", ids=", ".join(missing)),
                               field="posts")
    return [found[post_id] for post_id in ids]


def _clean_title(title: str | None) -> str:
    title = " ".join((title or "").split())
    if not title:
        raise ValidationFailed(_("Judul penghargaan wajib diisi."), field="title")
    if len(title) > TITLE_MAX_LENGTH:
        raise ValidationFailed(_("Judul penghargaan paling banyak %(n)d karakter.", n=TITLE_MAX_LENGTH),
                               field="title")
    return title


def _clean_citation(citation: str | None) -> str:
    citation = (citation or "").replace("\r\n", "\n").strip()
    if not citation:
        raise ValidationFailed(_("Tuliskan kutipan penghargaan: apa yang dihargai dan mengapa."), field="citation")
    if len(citation) > CITATION_MAX_LENGTH:
        raise ValidationFailed(_("Kutipan penghargaan paling banyak %(n)s karakter.",
                                 n=format_decimal(CITATION_MAX_LENGTH)), field="citation")
    return citation


def award_year(now) -> int:
    """The year in Medan (WIB, UTC+7): an award given on 31 Dec at 20.00 WIB belongs to that year."""
    return wib_year(now)


def next_number(year: int) -> str:
    prefix = f"{NUMBER_PREFIX}-{year}-"
    last = db.session.execute(
        select(Award.number).where(Award.number.like(prefix + "%"))
        .order_by(func.length(Award.number).desc(), Award.number.desc()).limit(1)).scalar_one_or_none()
    tail = last[len(prefix):] if last else ""
    return f"{prefix}{(parse_id(tail) or 0) + 1:04d}"


def give_award(leader: User, recipient: User, *, title: str, citation: str, posts: str | None = None,
               hosts: frozenset[str] = frozenset()) -> Award:
    """Record the award with the next free number of the year and its points in the recipient's ledger."""
    if not can(leader, Permission.GIVE_AWARDS):
        raise PermissionDenied(_("Hanya pimpinan dan admin yang dapat memberi penghargaan."))
    if recipient.id == leader.id:
        raise ValidationFailed(_("Anda tidak dapat memberi penghargaan kepada diri sendiri."), field="user")
    if recipient.is_suspended:
        raise ValidationFailed(_("Akun ini sedang ditangguhkan; penghargaan dapat diberikan setelah penangguhan "
                                 "berakhir."), field="user")
    if not recipient.is_verified:
        raise ValidationFailed(_("Penghargaan hanya untuk ASN terverifikasi; %(name)s belum diverifikasi oleh "
                                 "operator instansinya.", name=recipient.name), field="user")
    title, citation = _clean_title(title), _clean_citation(citation)
    linked = linked_posts(posts, hosts)
    points = int(current_app.config["REPUTATION_AWARD"])
    ledger.lock_user(recipient.id)
    now = utcnow()
    for _attempt in range(_NUMBER_ATTEMPTS):
        award = Award(number=next_number(award_year(now)), user_id=recipient.id, agency_id=recipient.agency_id,
                      awarded_by_id=leader.id, title=title, citation=citation, points=points, created_at=now)
        award.posts = list(linked)
        try:
            with db.session.begin_nested():
                db.session.add(award)
        except IntegrityError:
            continue  # another award took this number a moment ago: take the next one
        break
    else:
        raise Conflict(_("Nomor sertifikat sedang dipakai oleh penghargaan lain. Kirim ulang formulir."))
    if points:
        ledger.record(recipient.id, points, rules.AWARD, actor_id=leader.id)
    award_given.send(award, actor=leader)
    return award


# -- Read side ------------------------------------------------------------------------------------------


def find_award(number: str) -> Award | None:
    number = (number or "").strip().upper()
    if not number or len(number) > 32:
        return None
    return db.session.execute(
        select(Award).options(joinedload(Award.recipient), joinedload(Award.agency), joinedload(Award.awarded_by))
        .where(Award.number == number)).unique().scalar_one_or_none()


def awards_of(user: User) -> list[Award]:
    """A member's awards, newest first, with who gave them (one query)."""
    return list(db.session.execute(
        select(Award).options(joinedload(Award.awarded_by)).where(Award.user_id == user.id)
        .order_by(Award.created_at.desc(), Award.id.desc())).unique().scalars())


def posts_of(award: Award) -> list[Post]:
    """The award's linked posts that are still published, with the posts above them."""
    return list(db.session.execute(
        select(Post).join(award_posts, award_posts.c.post_id == Post.id)
        .where(award_posts.c.award_id == award.id, Post.status == PostStatus.PUBLISHED.value,
               under_published_parent())
        .order_by(Post.id)).scalars())
