"""Helpers for the notification tests: what a member was told, what the mail outbox holds."""
from __future__ import annotations

import email
import email.policy

import pytest
from sqlalchemy import select

from app.extensions import db
from app.notifications.models import EmailChoice, Notification, NotificationSetting


@pytest.fixture
def notices(app):
    """`notices(user)`: (kind, post_id) of every notice the member got, oldest first."""

    def told(user, *, full: bool = False):
        db.session.commit()
        rows = db.session.execute(select(Notification).where(Notification.user_id == user.id)
                                  .order_by(Notification.id)).scalars().all()
        return list(rows) if full else [(n.kind, n.post_id) for n in rows]

    return told


@pytest.fixture
def mails(outbox):
    """`mails()`: the messages in the outbox, oldest first; `mails(to=user)` only theirs."""

    def read(to=None):
        if not outbox.exists():
            return []
        paths = sorted(outbox.glob("*.eml"), key=lambda p: (p.stat().st_mtime_ns, p.name))
        found = [email.message_from_bytes(p.read_bytes(), policy=email.policy.default) for p in paths]
        return [m for m in found if to is None or m["To"] == to.email]

    return read


@pytest.fixture
def prefer(app):
    """`prefer(user, "langsung")`: set a member's mail preference directly."""

    def choose(user, value: str):
        setting = db.session.get(NotificationSetting, user.id)
        if setting is None:
            db.session.add(NotificationSetting(user_id=user.id, email=EmailChoice(value).value))
        else:
            setting.email = EmailChoice(value).value
        db.session.commit()
        return user

    return choose
