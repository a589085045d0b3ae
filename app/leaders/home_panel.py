"""The leaders' panel on their home (app/core/home_panels.py): their agency this month, as the agency view
counts it (active ASN, posts, adoptions, JP compliance), with links to the full pages."""
from __future__ import annotations

from app.core import home_panels
from app.core.permissions import can
from app.core.roles import Permission
from app.leaders.agencies import agency_rows
from app.leaders.periods import period


def agency(user) -> dict | None:
    if not can(user, Permission.VIEW_LEADERS_EXPORT):
        return None
    code = user.agency.code
    row = next((row for row in agency_rows(period("bulan").start) if row.code == code), None)
    return {"row": row, "agency": user.agency}


def register(app) -> None:
    home_panels.register(app, "agency", "home/agency.html", agency, 15)
