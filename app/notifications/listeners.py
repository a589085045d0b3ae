"""Who hears of what: receivers of the content and reputation signals that turn events into notices.

Each receiver runs inside the writer's transaction after its change was flushed: it adds rows, never commits.
"""
from __future__ import annotations

from flask import Flask, current_app
from sqlalchemy import func, select

from app.accounts.models import Agency
from app.content import signals as content_signals
from app.content.models import Post, PostStatus, post_tags
from app.extensions import db
from app.notifications import mail
from app.notifications.mentions import mentioned_user_ids
from app.notifications.models import Kind, Notification, Watch
from app.notifications.services import (
    Event,
    deliver,
    follow_post,
    mark_subject_read,
    post_followers,
    unfollowed,
    watch_states,
)
from app.reputation import signals as reputation_signals

_installed = False
CHILD_KINDS = {"answer": Kind.ANSWER, "reply": Kind.REPLY}


def _published(post: Post | None) -> bool:
    return post is not None and post.status == PostStatus.PUBLISHED


def _topic_of(post: Post) -> Post | None:
    return post if post.parent_id is None else db.session.get(Post, post.parent_id)


def _id(user) -> int | None:
    return user.id if user is not None else None


def _followers_of_tags_and_category(post: Post) -> list[int]:
    by_tag = (select(Watch.user_id).join(post_tags, post_tags.c.tag_id == Watch.tag_id)
              .where(post_tags.c.post_id == post.id, Watch.watching.is_(True)))
    found = list(db.session.execute(by_tag.order_by(Watch.id)).scalars())
    if post.category_id is not None:
        found += db.session.execute(select(Watch.user_id).where(
            Watch.category_id == post.category_id, Watch.watching.is_(True)).order_by(Watch.id)).scalars()
    return found


def announce(post: Post, actor_id: int) -> None:
    """A post that has just become public: its author follows it, and those it concerns hear of it."""
    topic = _topic_of(post)
    if not _published(post) or not _published(topic):
        return
    mention = Event(Kind.MENTION, actor_id, post_id=post.id, topic_id=topic.id)
    mentioned = [(uid, mention) for uid in mentioned_user_ids(post.body_md)]
    if post.parent_id is None:
        follow_post(post.author_id, post.id)
        new = Event(Kind.NEW_POST, actor_id, post_id=post.id, topic_id=post.id)
        deliver([*mentioned, *((uid, new) for uid in _followers_of_tags_and_category(post))])
        return
    event = Event(CHILD_KINDS.get(post.kind, Kind.REPLY), actor_id, post_id=post.id, topic_id=topic.id)
    watches = watch_states(topic.id)  # one read: who follows the topic, and whether its author stopped
    owner = [] if watches.get(topic.author_id) is False else [(topic.author_id, event)]
    deliver([*owner, *mentioned, *((uid, event) for uid, watching in watches.items() if watching)])
    follow_post(post.author_id, topic.id)  # answering or replying follows the question or the thread


def on_post_created(post: Post, author=None, **_) -> None:
    announce(post, _id(author) or post.author_id)


def on_post_status_changed(post: Post, old: str, new: str, actor=None, **_) -> None:
    if old == PostStatus.DRAFT and new == PostStatus.PUBLISHED:
        announce(post, post.author_id)  # a draft published later is new to everyone else


def on_post_edited(post: Post, editor=None, revision=None, **_) -> None:
    """Members newly @mentioned by an edit hear of it; who was already told about this post is not told again."""
    topic = _topic_of(post)
    if not _published(post) or not _published(topic):
        return
    named = mentioned_user_ids(post.body_md)
    if not named:
        return
    told = set(db.session.execute(select(Notification.user_id).where(
        Notification.post_id == post.id, Notification.comment_id.is_(None),
        Notification.user_id.in_(named))).scalars())
    # The cap holds for the post over all its edits: swapping names in and out reaches nobody new.
    mentioned_before = db.session.execute(select(func.count(func.distinct(Notification.user_id))).where(
        Notification.post_id == post.id, Notification.comment_id.is_(None),
        Notification.kind == Kind.MENTION.value)).scalar_one()
    room = max(0, int(current_app.config["MENTION_LIMIT"]) - mentioned_before)
    event = Event(Kind.MENTION, _id(editor), post_id=post.id, topic_id=topic.id)
    deliver((uid, event) for uid in [uid for uid in named if uid not in told][:room])


def on_comment_added(comment, post: Post = None, author=None, **_) -> None:
    topic = _topic_of(post)
    if not _published(post) or not _published(topic):
        return
    fields = {"post_id": post.id, "topic_id": topic.id, "comment_id": comment.id}
    event = Event(Kind.COMMENT, _id(author), **fields)
    mention = Event(Kind.MENTION, _id(author), **fields)
    owner = [] if unfollowed(post.author_id, post.id) else [(post.author_id, event)]
    followers = post_followers(post.id) if post.parent_id is None else []
    deliver([*owner, *((uid, mention) for uid in mentioned_user_ids(comment.body_md)),
             *((uid, event) for uid in followers)])


def on_accepted_answer_changed(question: Post, old: int | None, new: int | None, actor=None, **_) -> None:
    answer = db.session.get(Post, new) if new else None
    if answer is None or answer.author_id == question.author_id:
        return
    # Accepting, undoing and accepting again tells the answerer once.
    if db.session.execute(select(Notification.id).where(
            Notification.user_id == answer.author_id, Notification.kind == Kind.ACCEPTED.value,
            Notification.post_id == answer.id)).first():
        return
    deliver([(answer.author_id, Event(Kind.ACCEPTED, _id(actor) or question.author_id, post_id=answer.id,
                                      topic_id=question.id))])


def on_post_moderated(post: Post, action: str = "", actor=None, reason: str | None = None, **_) -> None:
    topic = _topic_of(post)
    deliver([(post.author_id, Event(Kind.MODERATION, _id(actor), post_id=post.id,
                                    topic_id=topic.id if topic is not None else post.id, ref=action, text=reason))])


def on_edit_suggested(suggestion, post: Post = None, actor=None, **_) -> None:
    # Sending the suggestion again updates it: the author is told once while the first notice is unread.
    if db.session.execute(select(Notification.id).where(
            Notification.user_id == post.author_id, Notification.kind == Kind.EDIT_REVIEW.value,
            Notification.subject_id == suggestion.id, Notification.read_at.is_(None))).first():
        return
    deliver([(post.author_id, Event(Kind.EDIT_REVIEW, _id(actor), post_id=post.id, topic_id=post.id,
                                    subject_id=suggestion.id))])


def on_edit_suggestion_reviewed(suggestion, post: Post = None, actor=None, approved: bool = False, revision=None,
                                **_) -> None:
    mark_subject_read(Kind.EDIT_REVIEW, suggestion.id)
    deliver([(suggestion.editor_id, Event(
        Kind.EDIT_REVIEWED, _id(actor), post_id=post.id, topic_id=post.id, subject_id=suggestion.id,
        ref="approved" if approved else "rejected", text=None if approved else suggestion.review_note))])


def on_adoption_recorded(adoption, post: Post = None, actor=None, **_) -> None:
    agency = db.session.get(Agency, adoption.agency_id)
    deliver([(post.author_id, Event(Kind.ADOPTED, _id(actor), post_id=post.id, topic_id=post.id,
                                    subject_id=adoption.id, text=agency.name if agency else None))])


def on_award_given(award, actor=None, **_) -> None:
    deliver([(award.user_id, Event(Kind.AWARD, _id(actor), ref=award.number, text=award.title,
                                   subject_id=award.id))])


def on_badge_awarded(row, badge=None, **_) -> None:
    deliver([(row.user_id, Event(Kind.BADGE, None, ref=row.badge, subject_id=row.id))])


RECEIVERS = (
    (content_signals.post_created, on_post_created),
    (content_signals.post_status_changed, on_post_status_changed),
    (content_signals.post_edited, on_post_edited),
    (content_signals.comment_added, on_comment_added),
    (content_signals.accepted_answer_changed, on_accepted_answer_changed),
    (content_signals.post_moderated, on_post_moderated),
    (content_signals.edit_suggested, on_edit_suggested),
    (content_signals.edit_suggestion_reviewed, on_edit_suggestion_reviewed),
    (reputation_signals.adoption_recorded, on_adoption_recorded),
    (reputation_signals.award_given, on_award_given),
    (reputation_signals.badge_awarded, on_badge_awarded),
)


def install(app: Flask) -> None:
    """Connect the receivers once per process (signals are module-level; apps come and go in tests)."""
    global _installed
    if not _installed:
        for signal, receiver in RECEIVERS:
            signal.connect(receiver)
        mail.install_session_hooks()
        _installed = True
