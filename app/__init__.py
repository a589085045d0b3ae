"""Simpul ASN: the application factory, which reads like a table of contents."""
from __future__ import annotations

from flask import Flask

from app import (
    accounts,
    admin,
    api,
    articles,
    backup,
    content,
    core,
    demo,
    errors,
    files,
    leaders,
    main,
    moderation,
    notifications,
    pembinaan,
    privacy,
    profiles,
    questions,
    reports,
    reputation,
    search,
    telegram,
    threads,
    webhooks,
)
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
    # The packages, bottom floor first (docs/architecture.md); each plugs itself in with its init_app.
    core.init_app(app)  # security headers, page cache, static files, template helpers
    errors.init_app(app)  # error pages and JSON errors
    accounts.init_app(app)  # sign-in and sign-up, create-admin
    content.init_app(app)  # tags, comments, revisions, post helpers
    files.init_app(app)  # uploads: checks, storage, serving, `flask uploads`
    reputation.init_app(app)  # votes, points, badges, adoptions, awards
    search.init_app(app)  # search pages, outbox, drainer, `flask search`
    notifications.init_app(app)  # notices, watches, mail, `flask mail`
    webhooks.init_app(app)  # /admin/webhooks, the deliveries' outbox and sender, `flask webhooks`
    articles.init_app(app)  # Praktik Baik, edit suggestions in the review queue
    threads.init_app(app)  # Diskusi, merge and move for moderators
    questions.init_app(app)  # Tanya Jawab
    moderation.init_app(app)  # flags, the queue, actions on posts
    pembinaan.init_app(app)  # activities, the JP record, compliance
    leaders.init_app(app)  # the leaders' rankings
    admin.init_app(app)  # roles, agencies, `flask agencies import`
    telegram.init_app(app)  # /users/me/telegram, the messages' outbox, `flask telegram`
    main.init_app(app)  # home page and health check
    backup.init_app(app)  # `flask backup`
    profiles.init_app(app)  # /users/ and /agencies/, gathered from the features
    api.init_app(app)  # /api/v1 JSON API and personal access tokens, over the features
    privacy.init_app(app)  # /privacy, a member's export and deletion
    reports.init_app(app)  # monthly PDF reports, `flask reports monthly`
    demo.init_app(app)  # `flask seed-demo`
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
