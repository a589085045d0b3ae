"""Queue every change to a post for the index, in the same transaction as the change itself."""
from __future__ import annotations

from sqlalchemy import event, insert, inspect, select
from sqlalchemy.orm import Session

from app.content.models import Post
from app.extensions import db
from app.files.signals import uploads_attached
from app.search.models import SearchOutbox

# A change to these on a question or thread changes what its answers and replies show or whether they show.
_PARENT_FIELDS = ("status", "title")
_installed = False


def _history(obj, attr: str):
    return inspect(obj).attrs[attr].history


def _after_flush(session: Session, _context) -> None:
    ids: set[int] = set()
    parents: set[int] = set()
    for obj in (*session.new, *session.dirty, *session.deleted):
        if not isinstance(obj, Post) or obj.id is None:
            continue
        if obj in session.dirty and not session.is_modified(obj, include_collections=True):
            continue
        ids.add(obj.id)
        if obj in session.dirty:
            accepted = _history(obj, "accepted_answer_id")
            ids.update(v for v in (*accepted.added, *accepted.deleted) if v)
            if obj.parent_id is None and any(_history(obj, f).has_changes() for f in _PARENT_FIELDS):
                parents.add(obj.id)
    if not ids:
        return
    connection = session.connection()
    if parents:
        ids.update(connection.execute(select(Post.id).where(Post.parent_id.in_(parents))).scalars())
    connection.execute(insert(SearchOutbox), [{"post_id": pid, "action": "upsert"} for pid in sorted(ids)])


def _on_uploads_attached(post_id: int, **_) -> None:
    # The bulk UPDATE that attaches uploads is no flush of a Post: the post is queued here, in the same
    # transaction, so the drainer reads the new attachments' text.
    queue_posts(db.session, [post_id])


def install() -> None:
    """Listen on every session once (idempotent: the factory may run many times in one process)."""
    global _installed
    if not _installed:
        event.listen(Session, "after_flush", _after_flush)
        uploads_attached.connect(_on_uploads_attached, weak=False)
        _installed = True


def queue_posts(session: Session, post_ids) -> None:
    """Queue these posts, in the session's transaction, for a change the flush never sees: a bulk UPDATE
    (a vote's score: the index keeps the votes for `sort=votes` and for boosting)."""
    ids = sorted(set(post_ids))
    if ids:
        # On the table, not the entity: the ORM's bulk INSERT path costs several times the statement.
        session.execute(insert(SearchOutbox.__table__), [{"post_id": pid, "action": "upsert"} for pid in ids])
