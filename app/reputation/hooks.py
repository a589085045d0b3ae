"""Ledger rows for what other packages do: accepting an answer, deleting or restoring a post, approved edits."""
from __future__ import annotations

from flask import Flask, current_app

from app.content.models import Post, PostStatus
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


def on_post_status_changed(post: Post, old: str, new: str, actor=None, **_) -> None:
    """A post that leaves the site takes its vote points with it; they come back if it returns."""
    was_live, is_live = old == PostStatus.PUBLISHED, new == PostStatus.PUBLISHED
    if was_live == is_live:
        return
    ledger.lock_user(post.author_id)
    # Points that belong to the post itself: its votes and its adoptions by other agencies.
    belongs = (*rules.VOTE_REASONS, rules.ADOPTED)
    kept = (*belongs, rules.POST_DELETED, rules.POST_RESTORED)
    current = ledger.net(post.author_id, post_id=post.id, reasons=kept)
    earned = ledger.net(post.author_id, post_id=post.id, reasons=belongs)
    delta = earned - current if is_live else -current
    if delta:
        ledger.record(post.author_id, delta, rules.POST_RESTORED if is_live else rules.POST_DELETED,
                      post_id=post.id, actor_id=actor.id if actor else None)


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
