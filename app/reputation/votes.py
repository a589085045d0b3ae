"""Voting: one vote per member per post, written atomically, with its points in the ledger."""
from __future__ import annotations

from dataclasses import dataclass

from flask import current_app
from flask_babel import gettext as _
from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError

from app.accounts.models import User
from app.content.models import Post
from app.content.permissions import ensure_open_locked
from app.core.errors import PermissionDenied, ValidationFailed
from app.core.timeutil import utcnow
from app.extensions import db
from app.reputation import ledger, rules
from app.reputation.badges import award_badges
from app.reputation.models import Vote
from app.reputation.privileges import has_privilege
from app.reputation.signals import vote_cast
from app.search.outbox import queue_posts

VALUES = {"up": 1, "down": -1, "none": 0}


@dataclass
class VoteOutcome:
    score: int
    value: int
    changed: bool


def _vote_row(voter: User, post: Post) -> Vote:
    """The voter's row for this post, locked; made when missing (a concurrent twin wins, we reuse it)."""
    query = select(Vote).where(Vote.user_id == voter.id, Vote.post_id == post.id).with_for_update()
    vote = db.session.execute(query).scalar_one_or_none()
    if vote is not None:
        return vote
    try:
        with db.session.begin_nested():
            vote = Vote(user_id=voter.id, post_id=post.id, value=0)
            db.session.add(vote)
    except IntegrityError:
        vote = db.session.execute(query.execution_options(populate_existing=True)).scalar_one()
    return vote


def cast_vote(voter: User, post: Post, choice: str) -> VoteOutcome:
    if choice not in VALUES:
        raise ValidationFailed(_("Suara harus up, down atau none."), field="value")
    value = VALUES[choice]
    if voter.is_suspended:
        raise PermissionDenied(_("Akun Anda sedang ditangguhkan."))
    ensure_open_locked(voter, post)  # no points for posts under hidden, deleted or locked ones
    if post.author_id == voter.id:
        raise PermissionDenied(_("Anda tidak dapat memberi suara pada kiriman Anda sendiri."))
    if value < 0 and not has_privilege(voter, "vote_down"):
        raise PermissionDenied(_("Menolak kiriman memerlukan reputasi %(n)d.",
                                 n=current_app.config["PRIVILEGE_THRESHOLDS"]["vote_down"]))
    # Lock order: the author's ledger, then the vote row; every vote takes them in this order.
    ledger.lock_user(post.author_id)
    vote = _vote_row(voter, post)
    old = vote.value
    if old == value:
        return VoteOutcome(_current_score(post), value, False)
    vote.value, vote.updated_at = value, utcnow()
    add_to_score(post.id, value - old)
    _settle(vote, voter, post, value)
    db.session.flush()
    db.session.expire(post, ["score"])
    if value > 0:
        award_badges([post.author_id])
    vote_cast.send(post, voter=voter, value=value, old=old)
    return VoteOutcome(_current_score(post), value, True)


def add_to_score(post_id: int, delta: int) -> None:
    """Every change of a post's cached score goes through here: one atomic UPDATE, and the post queued for
    the search index in the same transaction (the flush listener does not see a bulk UPDATE)."""
    db.session.execute(update(Post).where(Post.id == post_id).values(score=Post.score + delta)
                       .execution_options(synchronize_session=False))
    queue_posts(db.session, [post_id])


def _settle(vote: Vote, voter: User, post: Post, value: int) -> None:
    """Undo what the previous value of this vote gave, then grant what the new one gives."""
    author_net = ledger.net(post.author_id, vote_id=vote.id)
    if author_net:
        ledger.record(post.author_id, -author_net, rules.VOTE_UNDONE, post_id=post.id, actor_id=voter.id,
                      vote_id=vote.id)
    voter_net = ledger.net(voter.id, vote_id=vote.id)
    if voter_net:
        ledger.record(voter.id, -voter_net, rules.VOTE_UNDONE, post_id=post.id, actor_id=voter.id, vote_id=vote.id)
    if value > 0:
        ledger.record(post.author_id, rules.upvote_points(post.kind), rules.UPVOTE, post_id=post.id,
                      actor_id=voter.id, vote_id=vote.id)
    elif value < 0:
        ledger.record(post.author_id, rules.downvote_points(), rules.DOWNVOTE, post_id=post.id,
                      actor_id=voter.id, vote_id=vote.id)
        if post.kind == "answer":
            ledger.record(voter.id, int(current_app.config["REPUTATION_DOWNVOTE_ANSWER_VOTER"]),
                          rules.DOWNVOTE_COST, post_id=post.id, actor_id=voter.id, vote_id=vote.id)


def _current_score(post: Post) -> int:
    return db.session.execute(select(Post.score).where(Post.id == post.id)).scalar_one()


def votes_of(user, post_ids: list[int]) -> dict[int, int]:
    """The signed-in member's votes on these posts, in one query (for the vote buttons)."""
    if not post_ids or not getattr(user, "is_authenticated", False):
        return {}
    rows = db.session.execute(select(Vote.post_id, Vote.value).where(
        Vote.user_id == user.id, Vote.post_id.in_(post_ids), Vote.value != 0)).all()
    return dict(rows)
