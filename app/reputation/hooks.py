"""Ledger rows for what other packages do: accepting an answer, deleting or restoring a post, approved edits."""
from __future__ import annotations

from flask import Flask, current_app
from sqlalchemy import select

from app.content.models import Post, PostStatus
from app.content.permissions import chain
from app.content.signals import accepted_answer_changed, edit_suggestion_reviewed, post_status_changed
from app.extensions import db
from app.reputation import ledger, rules
from app.reputation.badges import award_badges

_installed = False


def on_accepted_answer_changed(question: Post, old: int | None, new: int | None, actor=None, **_) -> None:
    config = current_app.config
    if old:
        previous = db.session.get(Post, old)
        for user_id in {previous.author_id, question.author_id}:
            ledger.lock_user(user_id)
            undo = ledger.net(user_id, post_id=old, reasons=(rules.ACCEPTED, rules.ACCEPTED_ASKER, rules.ACCEPT_UNDONE))
            if undo:
                ledger.record(user_id, -undo, rules.ACCEPT_UNDONE, post_id=old, actor_id=question.author_id)
    if new:
        answer = db.session.get(Post, new)
        if answer.author_id != question.author_id:  # no points for accepting one's own answer
            ledger.lock_user(answer.author_id)
            ledger.record(answer.author_id, int(config["REPUTATION_ACCEPTED_ANSWERER"]), rules.ACCEPTED,
                          post_id=new, actor_id=question.author_id)
            ledger.lock_user(question.author_id)
            ledger.record(question.author_id, int(config["REPUTATION_ACCEPTED_ASKER"]), rules.ACCEPTED_ASKER,
                          post_id=new, actor_id=question.author_id)
            award_badges([answer.author_id])


# Points that belong to a post: its votes, its adoptions by other agencies, and its acceptance (the answerer's
# ACCEPTED and the asker's ACCEPTED_ASKER are both recorded on the answer).
_BELONGS = (*rules.VOTE_REASONS, rules.ADOPTED, rules.ACCEPTED, rules.ACCEPT_UNDONE)
_ASKER_BELONGS = (rules.ACCEPTED_ASKER, rules.ACCEPT_UNDONE)
_COMPENSATIONS = (rules.POST_DELETED, rules.POST_RESTORED)


def _is_live(post: Post) -> bool:
    """Published, and every post above it too (the parent-state rule: points follow what members can see)."""
    return all(link.status == PostStatus.PUBLISHED for link in chain(post))


def _settle(user_id: int, post_id: int, belongs, live: bool, actor_id: int | None) -> None:
    """Bring the user's points on this post to what it earned (live) or to nothing (gone), with one row."""
    current = ledger.net(user_id, post_id=post_id, reasons=(*belongs, *_COMPENSATIONS))
    earned = ledger.net(user_id, post_id=post_id, reasons=belongs)
    delta = (earned if live else 0) - current
    if delta:
        ledger.record(user_id, delta, rules.POST_RESTORED if live else rules.POST_DELETED, post_id=post_id,
                      actor_id=actor_id)


def _settle_post(post: Post, live: bool, asker_id: int | None, actor_id: int | None) -> None:
    _settle(post.author_id, post.id, _BELONGS, live, actor_id)
    if asker_id is not None and asker_id != post.author_id:  # one cannot earn points accepting one's own answer
        _settle(asker_id, post.id, _ASKER_BELONGS, live, actor_id)


def on_post_status_changed(post: Post, old: str, new: str, actor=None, **_) -> None:
    """A post that leaves the site takes its points with it, and so do the answers or replies under it; they
    come back when it returns (children that are themselves hidden or deleted stay without)."""
    if (old == PostStatus.PUBLISHED) == (new == PostStatus.PUBLISHED):
        return
    live = _is_live(post)
    children = list(db.session.execute(select(Post).where(Post.parent_id == post.id).order_by(Post.id)).scalars())
    parent = db.session.get(Post, post.parent_id) if post.parent_id else None
    # The asker's acceptance points sit on the answer; settled even after the acceptance was withdrawn, since
    # a withdrawal under a hidden question takes back points the hiding had already taken.
    asker = parent.author_id if parent is not None else None
    # Lock every ledger touched, in id order, so two status changes never wait on each other in a circle.
    for user_id in sorted({post.author_id, *(c.author_id for c in children), *filter(None, [asker])}):
        ledger.lock_user(user_id)
    actor_id = actor.id if actor else None
    _settle_post(post, live, asker, actor_id)
    for child in children:
        _settle_post(child, live and child.status == PostStatus.PUBLISHED, post.author_id, actor_id)


def on_edit_suggestion_reviewed(suggestion, post: Post, actor=None, approved: bool = False, revision=None,
                                **_) -> None:
    """+2 to the member whose edit of someone else's article was approved, up to a lifetime cap."""
    if not approved or revision is None:
        return  # rejected, or approved when the article already read the same: nothing was improved
    config = current_app.config
    ledger.lock_user(suggestion.editor_id)
    room = int(config["REPUTATION_EDIT_LIFETIME_CAP"]) - ledger.net(suggestion.editor_id, reasons=(rules.EDIT,))
    points = max(0, min(int(config["REPUTATION_EDIT_ACCEPTED"]), room))
    ledger.record(suggestion.editor_id, points, rules.EDIT, post_id=post.id, actor_id=actor.id if actor else None)


def install(app: Flask) -> None:
    global _installed
    if not _installed:
        accepted_answer_changed.connect(on_accepted_answer_changed)
        post_status_changed.connect(on_post_status_changed)
        edit_suggestion_reviewed.connect(on_edit_suggestion_reviewed)
        _installed = True
