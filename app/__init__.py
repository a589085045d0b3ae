"""Simpul ASN: the application factory, which reads like a table of contents."""
from __future__ import annotations

from flask import Flask

from app import config as config_module
from app.extensions import babel, csrf, db, limiter, login_manager, migrate


def create_app(config: dict | None = None) -> Flask:
    app = Flask(
        __name__,
        template_folder=str(config_module.BASE_DIR / "templates"),
        static_folder=str(config_module.BASE_DIR / "static"),
        instance_path=str(config_module.INSTANCE_DIR),
    )
    load_config(app, config)
    trust_proxies(app)
    register_logging(app)
    register_extensions(app)
    register_blueprints(app)
    register_errors(app)
    register_request_hooks(app)
    register_templating(app)
    register_commands(app)
    register_search(app)
    register_reputation(app)
    register_moderation(app)
    register_pembinaan(app)
    return app


def load_config(app: Flask, overrides: dict | None) -> None:
    app.config.from_object(config_module.Config)
    app.config.update(config_module.from_environment())
    if overrides:
        app.config.update(overrides)
    config_module.finalise(app.config)


def trust_proxies(app: Flask) -> None:
    """Behind TRUSTED_PROXIES reverse proxies, take the visitor's address and scheme from their headers.

    Without it every visitor behind nginx would share one address, and so one set of rate limits. A
    header is only believed from as many proxies as are configured: a visitor cannot forge their address.
    """
    hops = app.config["TRUSTED_PROXIES"]
    if hops > 0:
        from werkzeug.middleware.proxy_fix import ProxyFix

        # Not X-Forwarded-Host: nginx passes the Host it accepted, and a forwarded host a visitor could set
        # would let them point password-reset links at their own site.
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=hops, x_proto=hops)


def register_logging(app: Flask) -> None:
    from app.core.logging import configure_logging

    configure_logging(app)


def register_extensions(app: Flask) -> None:
    from app.core import database
    from app.core.i18n import select_locale, select_timezone

    db.init_app(app)
    database.configure_engine(app)
    migrate.init_app(app, db, directory=str(config_module.BASE_DIR / "migrations"))
    csrf.init_app(app)
    babel.init_app(app, locale_selector=select_locale, timezone_selector=select_timezone,
                   default_translation_directories=str(config_module.BASE_DIR / "app" / "translations"))
    from app.core import ratelimit_storage  # noqa: F401 - registers the shared-sqlite:// storage scheme

    limiter.init_app(app)
    from app.accounts import auth_session

    auth_session.init_login_manager(app, login_manager)


def register_blueprints(app: Flask) -> None:
    from app.accounts.views import auth_bp
    from app.admin.views import admin_bp
    from app.articles.views import articles_bp
    from app.content.views import content_bp
    from app.leaders.views import leaders_bp
    from app.main.views import main_bp
    from app.moderation.views import moderation_bp
    from app.notifications.views import notifications_bp
    from app.privacy.views import privacy_bp
    from app.profiles.views import agencies_bp, users_bp
    from app.questions.views import questions_bp
    from app.search.views import search_bp
    from app.threads.views import threads_bp

    for blueprint in (main_bp, auth_bp, users_bp, agencies_bp, content_bp, articles_bp, threads_bp, questions_bp,
                      search_bp, leaders_bp, admin_bp, moderation_bp, notifications_bp, privacy_bp):
        app.register_blueprint(blueprint)


def register_errors(app: Flask) -> None:
    from app.errors import register_error_handlers

    register_error_handlers(app)


def register_request_hooks(app: Flask) -> None:
    from app.core import cache, static_files
    from app.core.security import register_security_headers

    register_security_headers(app)
    cache.init_app(app)
    static_files.init_app(app)


def register_templating(app: Flask) -> None:
    from app.content.post_helpers import register_content_helpers
    from app.core.jinja_env import register_template_helpers

    register_template_helpers(app)
    register_content_helpers(app)


def register_reputation(app: Flask) -> None:
    from app.reputation import hooks
    from app.reputation.adoption_views import adoptions_bp
    from app.reputation.award_views import awards_bp
    from app.reputation.cli import badges_cli, reputation_cli
    from app.reputation.privileges import has_privilege
    from app.reputation.views import reputation_bp

    hooks.install(app)
    app.jinja_env.globals["has_privilege"] = has_privilege
    app.register_blueprint(reputation_bp)
    app.register_blueprint(adoptions_bp)
    app.register_blueprint(awards_bp)
    app.cli.add_command(reputation_cli)
    app.cli.add_command(badges_cli)


def register_moderation(app: Flask) -> None:
    from app.articles.review_queue import register_review
    from app.moderation import hooks
    from app.moderation.action_views import flags_bp, post_actions_bp
    from app.moderation.post_panel import register_moderation_helpers
    from app.threads.moderation import register_moderation_actions

    hooks.install(app)
    register_review()  # edit suggestions in the review queue
    register_moderation_actions()  # merge and move for discussions
    register_moderation_helpers(app)
    app.register_blueprint(flags_bp)
    app.register_blueprint(post_actions_bp)


def register_pembinaan(app: Flask) -> None:
    from app.pembinaan import models  # noqa: F401  (the tables register with the metadata)
    from app.pembinaan.activity_views import activities_bp
    from app.pembinaan.admin_views import pembinaan_admin_bp
    from app.pembinaan.compliance_views import compliance_bp
    from app.pembinaan.jp_views import jp_bp

    app.register_blueprint(activities_bp)
    app.register_blueprint(jp_bp)
    app.register_blueprint(compliance_bp)
    app.register_blueprint(pembinaan_admin_bp)


def register_search(app: Flask) -> None:
    from app.search.setup import init_search

    init_search(app)


def register_commands(app: Flask) -> None:
    from app.backup.cli import backup_cli
    from app.cli import register_cli

    register_cli(app)
    app.cli.add_command(backup_cli)
