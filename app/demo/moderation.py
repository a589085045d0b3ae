"""Demo flags, so that a moderator who opens /moderation/ on a fresh demo finds a realistic queue."""
from __future__ import annotations

from sqlalchemy import select

from app.accounts.models import User
from app.content.models import Post, PostStatus
from app.core.roles import Role
from app.extensions import db
from app.moderation.flags import flag_post
from app.moderation.models import Flag

# (kind of post, reason, note): the newest such posts are flagged, each by members other than its author.
REPORTS = (
    ("reply", "off_topic", "Balasan ini membahas hal lain, bukan topik diskusinya."),
    ("answer", "duplicate", "Isinya sama dengan jawaban di atasnya."),
    ("reply", "spam", "Menawarkan jasa pribadi dengan nomor telepon."),
    ("answer", "other", "Menyebut nama pegawai lain secara kurang pantas; mohon ditinjau."),
)


def seed_flags() -> int:
    """Flag a few demo posts once (nothing when any flag exists); returns how many flags. No commit."""
    if db.session.execute(select(Flag.id).limit(1)).first() is not None:
        return 0
    members = list(db.session.execute(select(User).where(User.role == Role.MEMBER.value).order_by(User.id)).scalars())
    made = 0
    for index, (kind, reason, note) in enumerate(REPORTS):
        post = db.session.execute(select(Post).where(Post.kind == kind, Post.status == PostStatus.PUBLISHED.value)
                                  .order_by(Post.id.desc()).offset(index)).scalars().first()
        reporter = next((m for m in members[index:] if m.id != post.author_id), None) if post else None
        if post is None or reporter is None:
            continue
        flag_post(post, reporter, reason, note)
        made += 1
    return made
