"""The ledger: append events (with the daily cap), keep the cached reputation and the rollups true, rebuild and
check them. `record()` is the only writer of ledger rows (the benchmark loader aside, which rebuilds the rollups)."""
from __future__ import annotations

from flask import current_app
from sqlalchemy import DateTime, Integer, bindparam, case, func, insert, select, update
from sqlalchemy.orm.util import identity_key

from app.accounts.models import User
from app.content.models import Post
from app.core.timeutil import utcnow
from app.extensions import db
from app.reputation import rollups, rules
from app.reputation.models import ReputationEvent, ReputationRollup, Vote
from app.search.outbox import queue_posts

# Reasons whose positive points count against the daily cap (compensations restore, they are never capped).
_CAP_GRANTS = frozenset({rules.UPVOTE, rules.EDIT})
_CAP_COUNTED = frozenset({rules.UPVOTE, rules.EDIT, rules.VOTE_UNDONE})


def lock_user(user_id: int) -> None:
    """Serialise ledger writes for one user (PostgreSQL row lock; SQLite writers are serial already, so no
    statement there). The agency read under the lock is kept for the rollups of this transaction."""
    if db.session.get_bind().dialect.name != "postgresql":
        return
    agency_id = db.session.execute(select(User.agency_id).where(User.id == user_id).with_for_update()).scalar_one()
    rollups.remember_agencies({user_id: agency_id})


def net(user_id: int, *, post_id: int | None = None, vote_id: int | None = None, reasons=None) -> int:
    query = select(func.coalesce(func.sum(ReputationEvent.delta), 0)).where(ReputationEvent.user_id == user_id)
    if post_id is not None:
        query = query.where(ReputationEvent.post_id == post_id)
    if vote_id is not None:
        query = query.where(ReputationEvent.vote_id == vote_id)
    if reasons is not None:
        query = query.where(ReputationEvent.reason.in_(list(reasons)))
    return db.session.execute(query).scalar_one()


def record(user_id: int, delta: int, reason: str, *, post_id: int | None = None, actor_id: int | None = None,
           vote_id: int | None = None) -> ReputationEvent:
    """Append one event (the caller holds the user's lock); refresh the cached reputation and the rollups.

    One INSERT: a capped grant is an INSERT ... SELECT that computes what is left of the daily cap in the
    same statement (read under the user's lock, so no other grant of this user is missed); a capped event is
    still recorded, with the points it really gave. Returns the event as written (not in the session)."""
    values = {"user_id": user_id, "reason": reason, "post_id": post_id, "actor_id": actor_id, "vote_id": vote_id,
              "created_at": utcnow()}
    db.session.flush()  # what the caller added goes first, as with an ORM flush
    if reason in _CAP_GRANTS and delta > 0:
        params = {**values, "delta": delta, "cap": int(current_app.config["REPUTATION_DAILY_CAP"]),
                  "since": rules.day_start_utc(values["created_at"])}
        event_id, delta = db.session.execute(_CAPPED_INSERT, params).one()
    else:
        event_id, delta = db.session.execute(_INSERT, {**values, "delta": delta}).one()
    event = ReputationEvent(id=event_id, delta=delta, **values)
    if rollups.add(event, with_reputation=True):
        _forget_reputation(user_id)
    else:
        refresh_reputation(user_id)
    return event


def _capped_insert():
    """INSERT ... SELECT: the event with what is left of the user's daily cap (the points counted since the
    start of the day: `since`), at most `delta`. Built once, on the table (the ORM's INSERT path costs more)."""
    table = ReputationEvent.__table__
    earned = select(func.coalesce(func.sum(table.c.delta), 0).label("earned")).where(
        table.c.user_id == bindparam("user_id"), table.c.created_at >= bindparam("since", type_=DateTime()),
        table.c.reason.in_(sorted(_CAP_COUNTED))).subquery()
    cap, delta = bindparam("cap", type_=Integer()), bindparam("delta", type_=Integer())
    given = case((earned.c.earned >= cap, 0), (cap - earned.c.earned < delta, cap - earned.c.earned), else_=delta)
    columns = ("user_id", "delta", "reason", "post_id", "actor_id", "vote_id", "created_at")
    row = select(*(given.label(name) if name == "delta" else bindparam(name, type_=table.c[name].type).label(name)
                   for name in columns)).select_from(earned)
    return insert(table).from_select(list(columns), row).returning(table.c.id, table.c.delta)


_CAPPED_INSERT = _capped_insert()
_INSERT = insert(ReputationEvent.__table__).returning(ReputationEvent.__table__.c.id,
                                                      ReputationEvent.__table__.c.delta)


def _reputation_expression(user_id_column):
    total = (select(func.coalesce(func.sum(ReputationEvent.delta), 0))
             .where(ReputationEvent.user_id == user_id_column).scalar_subquery())
    # Reputation never falls below 1: a new member has 1, and the ledger adds to that.
    return case((1 + total < 1, 1), else_=1 + total)


def refresh_reputation(user_id: int) -> None:
    """The cached reputation from the user's all-time rollup row (kept in step with the ledger by `record()`,
    and checked against it by `flask reputation check`): one row read instead of the user's whole ledger."""
    db.session.execute(_REFRESH, {"user_id": user_id})
    _forget_reputation(user_id)


def _forget_reputation(user_id: int) -> None:
    loaded = db.session.identity_map.get(identity_key(User, user_id))
    if loaded is not None:
        db.session.expire(loaded, ["reputation"])


def _refresh_statement():
    # On the tables, not the entities, and built once: an ORM-enabled UPDATE costs more than the statement.
    users, rollup = User.__table__, ReputationRollup.__table__
    total = (select(func.coalesce(func.sum(rollup.c.gained), 0))
             .where(rollup.c.user_id == users.c.id, rollup.c.span == rollups.ALL).scalar_subquery())
    return update(users).where(users.c.id == bindparam("user_id")).values(
        reputation=case((1 + total < 1, 1), else_=1 + total))


_REFRESH = _refresh_statement()


def recompute_all() -> int:
    """Rebuild every cached reputation, post score and rollup from the ledger and the votes; returns the rows
    changed (reputations and scores; the rollups are rewritten whole)."""
    changed = db.session.execute(update(User).values(reputation=_reputation_expression(User.id))
                                 .execution_options(synchronize_session=False)).rowcount or 0
    score = select(func.coalesce(func.sum(Vote.value), 0)).where(Vote.post_id == Post.id).scalar_subquery()
    stale = list(db.session.execute(select(Post.id).where(Post.score != score)).scalars())
    changed += db.session.execute(update(Post).values(score=score)
                                  .execution_options(synchronize_session=False)).rowcount or 0
    queue_posts(db.session, stale)  # the index keeps the votes too
    rollups.rebuild_rollups()
    return changed


def mismatches(limit: int = 50) -> list[str]:
    """Cached values and rollups that disagree with the ledger and the votes (empty when all is well)."""
    problems = []
    expected = _reputation_expression(User.id)
    for user_id, cached, wanted in db.session.execute(
            select(User.id, User.reputation, expected).where(User.reputation != expected).limit(limit)):
        problems.append(f"pengguna {user_id}: reputasi {cached}, menurut buku besar {wanted}")
    score = select(func.coalesce(func.sum(Vote.value), 0)).where(Vote.post_id == Post.id).scalar_subquery()
    for post_id, cached, wanted in db.session.execute(
            select(Post.id, Post.score, score).where(Post.score != score).limit(limit)):
        problems.append(f"kiriman {post_id}: skor {cached}, menurut suara {wanted}")
    return problems + rollups.mismatches(limit)
