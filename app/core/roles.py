"""Roles and the permissions each grants: every rule is written here once."""
from __future__ import annotations

from enum import StrEnum

from flask_babel import lazy_gettext as _l


class Role(StrEnum):
    MEMBER = "member"
    MODERATOR = "moderator"
    LEADER = "leader"
    ADMIN = "admin"


ROLE_LABELS = {
    Role.MEMBER: _l("Anggota"),
    Role.MODERATOR: _l("Moderator"),
    Role.LEADER: _l("Pimpinan"),
    Role.ADMIN: _l("Admin"),
}


class Permission(StrEnum):
    MANAGE_USERS = "manage_users"
    MANAGE_AGENCIES = "manage_agencies"
    SUSPEND_USERS = "suspend_users"
    MODERATE = "moderate"
    VIEW_LEADERS_EXPORT = "view_leaders_export"
    GIVE_AWARDS = "give_awards"
    MANAGE_WEBHOOKS = "manage_webhooks"


GRANTS: dict[Permission, frozenset[Role]] = {
    Permission.MANAGE_USERS: frozenset({Role.ADMIN}),
    Permission.MANAGE_AGENCIES: frozenset({Role.ADMIN}),
    Permission.SUSPEND_USERS: frozenset({Role.MODERATOR, Role.ADMIN}),
    Permission.MODERATE: frozenset({Role.MODERATOR, Role.ADMIN}),
    Permission.VIEW_LEADERS_EXPORT: frozenset({Role.LEADER, Role.ADMIN}),
    Permission.GIVE_AWARDS: frozenset({Role.LEADER, Role.ADMIN}),
    Permission.MANAGE_WEBHOOKS: frozenset({Role.ADMIN}),
}


def role_label(role: str) -> str:
    try:
        return str(ROLE_LABELS[Role(role)])
    except ValueError:
        return role
