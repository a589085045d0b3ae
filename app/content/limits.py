"""Limits on a new member's first day: how much they post and how many links a post carries.

A spammer's reach stays small before anyone looks; members who have been here a day, and moderators,
leaders and admins, are never limited. The numbers are config keys (NEW_MEMBER_*).
"""
from __future__ import annotations

import re
from datetime import timedelta

from flask import current_app
from flask_babel import gettext as _
from sqlalchemy import func, select

from app.content.models import Post
from app.content.rendering import render_markdown
from app.core.errors import ValidationFailed
from app.core.roles import Role
from app.core.timeutil import utcnow
from app.extensions import db

_LINK = re.compile(r"(?:https?://|www\.)", re.IGNORECASE)


def count_links(text: str | None) -> int:
    return len(_LINK.findall(text or ""))


def is_new_member(user) -> bool:
    hours = int(current_app.config["NEW_MEMBER_HOURS"])
    if user is None or user.role != Role.MEMBER or hours <= 0 or user.created_at is None:
        return False
    return utcnow() - user.created_at < timedelta(hours=hours)


def check_new_member(user, body: str | None, *, creating: bool) -> None:
    """Raise when a new member's post carries too many links, or when creating one more post is too many."""
    if not is_new_member(user):
        return
    config = current_app.config
    # Count what the reader will be able to click as well as what was typed: entities such as
    # "&#104;ttps://" render as a working link without looking like one.
    links = max(count_links(body), (render_markdown(body or "") or "").count("<a "))
    allowed = int(config["NEW_MEMBER_LINKS_PER_POST"])
    if links > allowed:
        raise ValidationFailed(_(
            "Pada hari pertama, sebuah kiriman paling banyak memuat %(n)d tautan; kiriman ini memuat %(m)d. "
            "Batas ini berakhir %(hours)d jam setelah Anda mendaftar.",
            n=allowed, m=links, hours=int(config["NEW_MEMBER_HOURS"])), field="body")
    if creating:
        posted = db.session.execute(select(func.count(Post.id)).where(
            Post.author_id == user.id, Post.created_at >= user.created_at)).scalar_one()
        if posted >= int(config["NEW_MEMBER_POSTS"]):
            raise ValidationFailed(_(
                "Pada hari pertama Anda dapat mengirim %(n)d kiriman. Batas ini menjaga Simpul ASN dari spam "
                "dan berakhir %(hours)d jam setelah Anda mendaftar.",
                n=int(config["NEW_MEMBER_POSTS"]), hours=int(config["NEW_MEMBER_HOURS"])), field="body")
