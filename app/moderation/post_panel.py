"""Template helpers for flagging and the moderators' panel on every post."""
from __future__ import annotations

from flask import Flask, g
from flask_login import current_user

from app.core.permissions import can
from app.core.roles import Permission
from app.moderation.actions import available
from app.moderation.flags import REASON_LABELS


def moderation_actions_for(post) -> list:
    """The actions a moderator can take on this post now (empty for everyone else)."""
    if not can(current_user, Permission.MODERATE):
        return []
    return [action for action in available().values() if action.applies(post)]


def flag_reasons() -> list[tuple[str, str]]:
    """The reasons in this request's language (asked once per post on a page: translated once)."""
    if "flag_reasons" not in g:
        g.flag_reasons = [(reason.value, str(label)) for reason, label in REASON_LABELS.items()]
    return g.flag_reasons


def moderation_categories() -> list:
    from app.content.queries import categories

    return categories()


def register_moderation_helpers(app: Flask) -> None:
    app.jinja_env.globals.update(moderation_actions_for=moderation_actions_for, flag_reasons=flag_reasons,
                                 moderation_categories=moderation_categories)
