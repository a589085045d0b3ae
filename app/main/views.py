"""Home page and /healthz."""
from __future__ import annotations

from functools import cached_property

from flask import Blueprint, render_template, session
from flask_login import current_user
from sqlalchemy import func, select, text

from app.accounts.models import Agency, User
from app.content import queries
from app.core import home_panels
from app.core.logging import get_logger
from app.core.timeutil import to_wib, utcnow
from app.extensions import db
from app.search.indexing import get_backend, pending_count

main_bp = Blueprint("main", __name__)
log = get_logger("health")


class HomeLists:
    """What the home page lists, read only when its kept piece is stale (app/core/fragments.py)."""

    @cached_property
    def stats(self) -> dict:
        return {
            "members": db.session.execute(select(func.count(User.id))).scalar_one(),
            "agencies": db.session.execute(select(func.count(Agency.id)).where(Agency.active.is_(True))).scalar_one(),
        }

    @cached_property
    def practices(self) -> list:
        return queries.latest("article", limit=6)

    @cached_property
    def featured(self) -> list:
        return queries.latest("article", limit=3, featured=True, sort="aktif")

    @cached_property
    def discussions(self) -> list:
        return queries.latest("thread", limit=6, sort="aktif")

    @cached_property
    def unanswered(self) -> list:
        return queries.latest("question", limit=6, unanswered=True)

    @cached_property
    def panels(self) -> list:
        """The signed-in member's own panels (app/core/home_panels.py), read only when their kept piece is
        stale: it is keyed on the member, the content version and the hour in WIB (upcoming activities end,
        a new month begins)."""
        return home_panels.panels_for(current_user)

    @property
    def watches(self) -> str:
        """When the member last followed or stopped following something here (notifications.watch)."""
        return session.get("watches_changed", "")

    @property
    def hour(self) -> str:
        return to_wib(utcnow()).strftime("%Y%m%d%H")


@main_bp.route("/")
def home():
    return render_template("main/home.html", home=HomeLists())


@main_bp.route("/healthz")
def healthz():
    body: dict = {"status": "ok"}
    try:
        db.session.execute(text("SELECT 1"))
        body["database"] = {"status": "ok", "engine": db.engine.dialect.name}
    except Exception as err:  # noqa: BLE001 - any failure is reported, never raised
        log.warning("health check: database down", extra={"error": type(err).__name__})
        db.session.rollback()
        body["database"] = {"status": "error"}
        body["status"] = "error"
    try:
        body["search"] = {**get_backend().status(), "pending": pending_count()}
    except Exception as err:  # noqa: BLE001 - any failure is reported, never raised
        db.session.rollback()
        body["search"] = {"status": "error", "error": type(err).__name__}
    if body["search"]["status"] == "error":
        body["status"] = "error"
    return body, 200 if body["status"] == "ok" else 503
