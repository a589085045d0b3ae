"""Demo content: the practices, revisions, questions and discussions of app/demo/data/, made through the services."""
from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from sqlalchemy import select

from app.accounts.models import User
from app.articles.services import create_article, improve_article
from app.content.models import Post, Revision, Tag
from app.content.services import add_comment
from app.core.timeutil import utcnow
from app.demo.content_files import DemoContent, load_content
from app.extensions import db
from app.questions.services import accept_answer, add_answer, ask_question
from app.threads.services import add_reply, start_thread

COUNT_KEYS = ("articles", "revisions", "questions", "answers", "accepted", "comments", "threads", "replies")

SPAN_DAYS = 120  # top-level posts are spread over this many days before now
NEWEST_DAYS = 2  # ... the newest of them this many days ago, so that every answer and reply is in the past
PHASE_DAYS = {"article": 0.0, "question": 0.35, "thread": 0.7}  # so that the three kinds interleave

_BLOCK_START = re.compile(r"(#{1,6}\s|[-*+]\s|\d+\.\s|>|\|)")


def unwrap(text: str) -> str:
    """Join the data's wrapped lines into paragraphs again (the renderer turns every newline into a <br>).

    A line continues the one before it unless either is blank, it starts a block (heading, list item,
    quote, table row) or the one before is a heading or a table row.
    """
    lines: list[str] = []
    for raw in text.strip().splitlines():
        line = raw.strip()
        if lines and line and lines[-1] and not _BLOCK_START.match(line) and not lines[-1].startswith(("#", "|")):
            lines[-1] += " " + line
        else:
            lines.append(line)
    return "\n".join(lines)


def posted_at(now: datetime, kind: str, index: int, total: int) -> datetime:
    """When the index-th of `total` top-level posts of a kind was written: oldest first, in office hours (WIB)."""
    step = (SPAN_DAYS - NEWEST_DAYS) / max(total - 1, 1)
    day = now - timedelta(days=NEWEST_DAYS + (total - 1 - index) * step + PHASE_DAYS[kind])
    # 01:00-08:59 UTC is 08:00-15:59 WIB
    return day.replace(hour=1 + (index * 5 + len(kind)) % 8, minute=(index * 23 + 7) % 60, second=0, microsecond=0)


def _stamp(post: Post, when: datetime) -> None:
    post.created_at = post.updated_at = post.last_activity_at = when


class _People:
    def __init__(self):
        self.by_email = {user.email: user for user in db.session.execute(select(User)).scalars()}

    def __call__(self, email: str) -> User:
        try:
            return self.by_email[email]
        except KeyError:
            raise LookupError(f"demo user {email} is missing: seed the demo people first") from None


def _ensure_tags(data: DemoContent) -> None:
    """Add the topic tags the data uses, so that seeding does not depend on who may create a tag."""
    names = {name for item in (*data.articles, *data.questions) for name in item.tags}
    have = set(db.session.execute(select(Tag.name).where(Tag.name.in_(names))).scalars())
    db.session.add_all(Tag(name=name) for name in sorted(names - have))
    db.session.flush()


def seed_content() -> dict[str, int]:
    """Write the demo content once (nothing when any article exists); returns what was made. No commit."""
    counts = dict.fromkeys(COUNT_KEYS, 0)
    if db.session.execute(select(Post.id).where(Post.kind == "article").limit(1)).first() is not None:
        return counts
    person = _People()
    content = load_content()
    _ensure_tags(content)
    now = utcnow()
    latest_allowed = now - timedelta(minutes=5)
    first_versions: dict[int, datetime] = {}  # post id -> created_at, for its revision 1

    def stamp(post: Post, when: datetime) -> datetime:
        when = min(when, latest_allowed)
        _stamp(post, when)
        first_versions[post.id] = when
        return when

    articles = {}
    for index, data in enumerate(content.articles):
        article = create_article(person(data.author), title=data.title, body=unwrap(data.body), tags=list(data.tags),
                                 stage=data.stage, indicators=[dict(row) for row in data.indicators],
                                 started_on=date.fromisoformat(data.started_on) if data.started_on else None)
        stamp(article, posted_at(now, "article", index, len(content.articles)))
        articles[data.title] = article
        counts["articles"] += 1

    rounds: dict[str, int] = {}
    for data in content.revisions:
        article = articles[data.article]
        revision = improve_article(article, person(data.editor), title=article.title, body=unwrap(data.body),
                                   tags=article.tag_names, summary=data.summary)
        if revision is None:
            raise ValueError(f"the revision of {data.article!r} by {data.editor} changes nothing")
        rounds[data.article] = number = rounds.get(data.article, 0) + 1
        when = min(article.created_at + timedelta(days=4 + 9 * number, hours=number),
                   now - timedelta(hours=6) + timedelta(minutes=10 * number))
        revision.created_at = article.edited_at = article.updated_at = article.last_activity_at = when
        counts["revisions"] += 1

    for index, data in enumerate(content.questions):
        asker = person(data.author)
        question = ask_question(asker, title=data.title, body=unwrap(data.body), tags=list(data.tags))
        asked = stamp(question, posted_at(now, "question", index, len(content.questions)))
        latest = asked
        answers = []
        for number, answer_data in enumerate(data.answers):
            answer = add_answer(question, person(answer_data.author), unwrap(answer_data.body))
            latest = stamp(answer, asked + timedelta(hours=1.5 + 5 * number + index % 3,
                                                     minutes=(index * 13 + number * 7) % 50))
            answers.append(answer)
        counts["questions"] += 1
        counts["answers"] += len(answers)
        if data.accepted is not None:
            accept_answer(question, answers[data.accepted], asker)
            latest = min(latest + timedelta(hours=2), latest_allowed)
            counts["accepted"] += 1
        for number, comment_data in enumerate(data.comments):
            target = question if comment_data.answer is None else answers[comment_data.answer]
            comment = add_comment(target, person(comment_data.author), unwrap(comment_data.body))
            comment.created_at = min(target.created_at + timedelta(minutes=40 + 25 * number), latest_allowed)
            target.last_activity_at = max(target.created_at, comment.created_at)
            latest = max(latest, comment.created_at)
            counts["comments"] += 1
        question.last_activity_at = latest

    for index, data in enumerate(content.threads):
        thread = start_thread(person(data.author), title=data.title, body=unwrap(data.body), category=data.category)
        started = stamp(thread, posted_at(now, "thread", index, len(content.threads)))
        latest = started
        for number, reply_data in enumerate(data.replies):
            reply = add_reply(thread, person(reply_data.author), unwrap(reply_data.body))
            latest = stamp(reply, started + timedelta(hours=1 + 4 * number + index % 3,
                                                      minutes=(index * 17 + number * 11) % 60))
            counts["replies"] += 1
        thread.last_activity_at = latest
        counts["threads"] += 1

    db.session.flush()
    # Every post's first revision was recorded "now" by the services; date it with the post.
    for revision in db.session.execute(
            select(Revision).where(Revision.number == 1, Revision.post_id.in_(list(first_versions)))).scalars():
        revision.created_at = first_versions[revision.post_id]
    db.session.flush()
    return counts
