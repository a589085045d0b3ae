"""Demo votes: members support each other's posts, so scores, reputations and rankings look lived-in."""
from __future__ import annotations

from sqlalchemy import select

from app.accounts.models import User
from app.content.models import Post, PostStatus
from app.extensions import db
from app.reputation.badges import badges_deferred
from app.reputation.votes import cast_vote

# How many upvotes a post gets, by kind: a spread, decided by the post's id so it is the same every time.
SPREAD = {"article": 9, "question": 5, "answer": 6, "thread": 5, "reply": 3}


def seed_votes() -> int:
    users = db.session.execute(select(User).order_by(User.id)).scalars().all()
    posts = db.session.execute(select(Post).where(Post.status == PostStatus.PUBLISHED.value)
                               .order_by(Post.id)).scalars().all()
    cast = 0
    with badges_deferred():
        for post in posts:
            wanted = (post.id * 7 + 3) % SPREAD.get(post.kind, 3)
            if post.kind == "answer" and post.id % 4 == 0:
                wanted += 3
            voters = [u for u in users if u.id != post.author_id]
            start = (post.id * 5) % len(voters)
            for voter in (voters[start:] + voters[:start])[:wanted]:
                cast_vote(voter, post, "up")
                cast += 1
    db.session.flush()
    return cast
