"""Reputation: votes, the append-only ledger, rules with a daily cap, privileges."""
from __future__ import annotations

from flask import Flask


def init_app(app: Flask) -> None:
    """Points for what happens to posts, votes, adoptions, awards, and `flask reputation|badges`."""
    from app.core import background
    from app.reputation import hooks
    from app.reputation.adoption_views import adoptions_bp
    from app.reputation.award_views import awards_bp
    from app.reputation.badge_queue import drain_if_pending
    from app.reputation.cli import badges_cli, reputation_cli
    from app.reputation.privileges import has_privilege
    from app.reputation.views import reputation_bp

    hooks.install(app)
    background.register(app, "badges", drain_if_pending)
    app.jinja_env.globals["has_privilege"] = has_privilege
    app.register_blueprint(reputation_bp)
    app.register_blueprint(adoptions_bp)
    app.register_blueprint(awards_bp)
    app.cli.add_command(reputation_cli)
    app.cli.add_command(badges_cli)
