"""Moderation: flags, the review queue, audited actions on posts, suspensions, notes on members, and the
approval of verified ASN by agency operators."""
from __future__ import annotations

from flask import Flask


def init_app(app: Flask) -> None:
    """The queue and the log, flags, actions on posts, the moderators' panel on every post."""
    from app.accounts.operators import waiting_count
    from app.moderation import hooks
    from app.moderation.action_views import flags_bp, post_actions_bp
    from app.moderation.approval_views import approvals_bp
    from app.moderation.home_panel import register as register_home_panel
    from app.moderation.post_panel import register_moderation_helpers
    from app.moderation.views import moderation_bp

    hooks.install(app)
    register_moderation_helpers(app)
    app.register_blueprint(moderation_bp)
    app.register_blueprint(flags_bp)
    app.register_blueprint(post_actions_bp)
    app.register_blueprint(approvals_bp)
    app.jinja_env.globals["approvals_waiting"] = waiting_count
    register_home_panel(app)  # the queue's counts on a moderator's home
