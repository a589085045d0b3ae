"""Voting: one vote per member per post, written atomically, with its points in the ledger."""
from __future__ import annotations

from dataclasses import dataclass

from flask import current_app
from flask_babel import gettext as _
from sqlalchemy import DateTime, Integer, bindparam, func, or_, select, text, update
from sqlalchemy.orm import aliased
from sqlalchemy.orm.attributes import set_committed_value

from app.accounts.models import User
from app.content.models import Post
from app.content.permissions import ensure_open, ensure_open_locked
from app.core.errors import PermissionDenied, ValidationFailed
from app.core.timeutil import utcnow
from app.extensions import db
from app.reputation import ledger, rollups, rules
from app.reputation.badge_queue import queue_badge_check
from app.reputation.badges import SCORE_BADGES
from app.reputation.models import ReputationEvent, Vote
from app.reputation.privileges import has_privilege
from app.reputation.signals import vote_cast
from app.search.outbox import queue_posts

VALUES = {"up": 1, "down": -1, "none": 0}


@dataclass
class VoteOutcome:
    score: int
    value: int
    changed: bool


# The same SQL on both engines, as text: SQLAlchemy keeps no compiled form of an ON CONFLICT construct, and
# compiling it on every vote cost more than running it.
_UPSERT = text(
    "INSERT INTO votes (user_id, post_id, value, created_at, updated_at) "
    "VALUES (:user_id, :post_id, :value, :now, :now) "
    "ON CONFLICT (user_id, post_id) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at "
    "WHERE votes.value = 0 RETURNING id"
).bindparams(bindparam("now", type_=DateTime())).columns(id=Integer())
_CHILD = aliased(Post)  # built once: an alias of a wide table costs a proxy per column each time it is made


def load_for_vote(post_id: int) -> Post | None:
    """The post and its parent in one statement, with their authors' agencies (for the rollups), read afresh
    and locked bottom-up, the order a status change takes them (PostgreSQL; SQLite writers are serial)."""
    parent = select(_CHILD.parent_id).where(_CHILD.id == post_id).scalar_subquery()
    query = (select(Post, User.agency_id).join(User, User.id == Post.author_id)
             .where(or_(Post.id == post_id, Post.id == parent)).order_by(Post.id.desc())
             .with_for_update(of=Post).execution_options(populate_existing=True))
    rows = db.session.execute(query).all()

    rollups.remember_agencies({post.author_id: agency_id for post, agency_id in rows})
    # The session holds objects weakly: keep the parent alive, so the chain checks find it without a query.
    db.session().info["vote_chain"] = [post for post, _ in rows]
    return next((post for post, _ in rows if post.id == post_id), None)


def _vote_row(voter: User, post: Post, value: int) -> tuple[int | None, int, dict[int, int]]:
    """(vote id, previous value, points it gave per user) for the voter's vote on this post, locked.

    An up or down vote where there is none yet, or where it was withdrawn (value 0, whose points are undone
    already: nothing to settle), is one upsert. A withdrawal, or a change from up to down, reads the row and
    what it gave first; without a row there is nothing to withdraw."""
    now = utcnow()
    if value != 0:
        vote_id = db.session.execute(_UPSERT, {"user_id": voter.id, "post_id": post.id, "value": value,
                                               "now": now}).scalar_one_or_none()
        if vote_id is not None:
            return vote_id, 0, {}

    def given(user_id: int):  # read under the author's ledger lock, so no other vote's settling is missed
        return (select(func.coalesce(func.sum(ReputationEvent.delta), 0))
                .where(ReputationEvent.vote_id == Vote.__table__.c.id, ReputationEvent.user_id == user_id)
                .scalar_subquery())

    votes = Vote.__table__
    row = db.session.execute(select(votes.c.id, votes.c.value, given(post.author_id), given(voter.id)).where(
        votes.c.user_id == voter.id, votes.c.post_id == post.id).with_for_update(of=votes)).first()
    if row is None:
        return None, 0, {}
    vote_id, old, author_points, voter_points = row
    if old != value:
        db.session.execute(update(votes).where(votes.c.id == vote_id).values(value=value, updated_at=now))
    return vote_id, old, {post.author_id: author_points, voter.id: voter_points}


def cast_vote(voter: User, post: Post, choice: str, *, chain_locked: bool = False) -> VoteOutcome:
    """Cast or change a vote. `chain_locked`: the caller loaded the post with `load_for_vote()`."""
    if choice not in VALUES:
        raise ValidationFailed(_("Suara harus up, down atau none."), field="value")
    value = VALUES[choice]
    if voter.is_suspended:
        raise PermissionDenied(_("Akun Anda sedang ditangguhkan."))
    # no points for posts under hidden, deleted or locked ones
    (ensure_open if chain_locked else ensure_open_locked)(voter, post)
    if post.author_id == voter.id:
        raise PermissionDenied(_("Anda tidak dapat memberi suara pada kiriman Anda sendiri."))
    if value < 0 and not has_privilege(voter, "vote_down"):
        raise PermissionDenied(_("Menolak kiriman memerlukan reputasi %(n)d.",
                                 n=current_app.config["PRIVILEGE_THRESHOLDS"]["vote_down"]))
    # Lock order: the post and its parent, the author's ledger, then the vote row; every vote takes them so.
    ledger.lock_user(post.author_id)
    rollups.remember_agencies({voter.id: voter.agency_id})
    vote_id, old, given = _vote_row(voter, post, value)
    if old == value:
        return VoteOutcome(post.score, value, False)  # read with the lock just taken
    score = add_to_score(post.id, value - old)
    set_committed_value(post, "score", score)
    _settle(vote_id, given, voter, post, value)
    if value > old and any(score - (value - old) < threshold <= score for _, threshold in SCORE_BADGES):
        queue_badge_check([post.author_id])  # a score badge may be earned: checked a moment later
    vote_cast.send(post, voter=voter, value=value, old=old)
    return VoteOutcome(score, value, True)


def add_to_score(post_id: int, delta: int) -> int:
    """Every change of a post's cached score goes through here: one atomic UPDATE, and the post queued for
    the search index in the same transaction (the flush listener does not see a bulk UPDATE). Returns the
    new score."""
    posts = Post.__table__  # the table, not the entity: an ORM-enabled UPDATE costs more than the statement
    score = db.session.execute(update(posts).where(posts.c.id == post_id).values(score=posts.c.score + delta)
                               .returning(posts.c.score)).scalar_one()
    queue_posts(db.session, [post_id])
    return score


def _settle(vote_id: int, given: dict[int, int], voter: User, post: Post, value: int) -> None:
    """Undo what the previous value of this vote gave (`given`, per user), then grant what the new one gives."""
    for user_id in (post.author_id, voter.id):
        if given.get(user_id):
            ledger.record(user_id, -given[user_id], rules.VOTE_UNDONE, post_id=post.id, actor_id=voter.id,
                          vote_id=vote_id)
    if value > 0:
        ledger.record(post.author_id, rules.upvote_points(post.kind), rules.UPVOTE, post_id=post.id,
                      actor_id=voter.id, vote_id=vote_id)
    elif value < 0:
        ledger.record(post.author_id, rules.downvote_points(), rules.DOWNVOTE, post_id=post.id,
                      actor_id=voter.id, vote_id=vote_id)
        if post.kind == "answer":
            ledger.record(voter.id, int(current_app.config["REPUTATION_DOWNVOTE_ANSWER_VOTER"]),
                          rules.DOWNVOTE_COST, post_id=post.id, actor_id=voter.id, vote_id=vote_id)


def votes_of(user, post_ids: list[int]) -> dict[int, int]:
    """The signed-in member's votes on these posts, in one query (for the vote buttons)."""
    if not post_ids or not getattr(user, "is_authenticated", False):
        return {}
    rows = db.session.execute(select(Vote.post_id, Vote.value).where(
        Vote.user_id == user.id, Vote.post_id.in_(post_ids), Vote.value != 0)).all()
    return dict(rows)
