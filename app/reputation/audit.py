"""Serial voting: many upvotes from one member to one author in a short time are reversed.

The votes are withdrawn (value 0), the scores follow, and the ledger gets compensating rows with the
reason `serial_reversed`, so the history shows what happened and nothing is deleted.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta

from flask import current_app
from sqlalchemy import select

from app.content.models import Post
from app.core.logging import get_logger
from app.core.timeutil import utcnow
from app.extensions import db
from app.reputation import ledger, rules
from app.reputation.models import Vote
from app.reputation.votes import add_to_score

log = get_logger("reputation.audit")


@dataclass
class SerialCase:
    voter_id: int
    author_id: int
    vote_ids: list[int] = field(default_factory=list)
    points: int = 0


def find_serial_votes(since_hours: int = 24 * 7) -> list[SerialCase]:
    """Groups of live upvotes from one voter to one author that fall within one window."""
    threshold = int(current_app.config["SERIAL_VOTE_THRESHOLD"])
    window = timedelta(hours=int(current_app.config["SERIAL_VOTE_WINDOW_HOURS"]))
    rows = db.session.execute(
        select(Vote.id, Vote.user_id, Post.author_id, Vote.updated_at)
        .join(Post, Post.id == Vote.post_id)
        .where(Vote.value == 1, Vote.updated_at >= utcnow() - timedelta(hours=since_hours))
        .order_by(Vote.user_id, Post.author_id, Vote.updated_at)
    ).all()
    cases: list[SerialCase] = []
    group: list = []
    for row in [*rows, None]:
        if group and (row is None or (row.user_id, row.author_id) != (group[0].user_id, group[0].author_id)):
            cases.extend(_windows(group, threshold, window))
            group = []
        if row is not None:
            group.append(row)
    return cases


def _windows(votes: list, threshold: int, window: timedelta) -> list[SerialCase]:
    flagged: set[int] = set()
    start = 0
    for end in range(len(votes)):
        while votes[end].updated_at - votes[start].updated_at > window:
            start += 1
        if end - start + 1 >= threshold:
            flagged.update(v.id for v in votes[start:end + 1])
    if not flagged:
        return []
    return [SerialCase(votes[0].user_id, votes[0].author_id, sorted(flagged))]


def reverse(cases: list[SerialCase]) -> int:
    """Withdraw the votes of these cases with compensating ledger rows; returns the votes reversed."""
    reversed_votes = 0
    for case in cases:
        ledger.lock_user(case.author_id)
        for vote in db.session.execute(select(Vote).where(Vote.id.in_(case.vote_ids)).with_for_update()).scalars():
            if vote.value != 1:
                continue
            vote.value, vote.updated_at = 0, utcnow()
            add_to_score(vote.post_id, -1)
            owed = ledger.net(case.author_id, vote_id=vote.id)
            if owed:
                ledger.record(case.author_id, -owed, rules.SERIAL_REVERSED, post_id=vote.post_id,
                              actor_id=case.voter_id, vote_id=vote.id)
                case.points += owed
            reversed_votes += 1
        log.warning("serial votes reversed", extra={"voter_id": case.voter_id, "author_id": case.author_id,
                                                    "votes": len(case.vote_ids), "points": case.points})
    return reversed_votes
