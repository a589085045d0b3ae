"""The JSON API (/api/v1, issue 9/9): personal access tokens, problem responses, the OpenAPI 3.1 document.

Floor 7 (with profiles and reports): it gathers from the features (answers, articles, rankings, the JP
record), so it calls their services the way their pages do; no feature imports it.
"""
from __future__ import annotations

from flask import Flask, jsonify, render_template


def init_app(app: Flask) -> None:
    from app.api import (
        answers,  # noqa: F401 - answers, acceptance, votes and comments
        articles,  # noqa: F401 - Praktik Baik: write, improve, revisions
        me_reads,  # noqa: F401 - GET /api/v1/me/jp, /me/notifications; POST /me/notifications/read
        models,  # noqa: F401 - the api_tokens table
        reads,  # noqa: F401 - GET /api/v1/search, /leaders/rankings
        resources,  # noqa: F401 - the routes of api_bp, its hooks and rate limit
        writing,  # noqa: F401 - POST /api/v1/questions
    )
    from app.api.blueprint import SimpulApi, api_bp
    from app.api.token_views import tokens_bp

    app.config.setdefault("API_TITLE", "Simpul ASN API")
    app.config.setdefault("API_VERSION", "1")
    app.config.setdefault("OPENAPI_VERSION", "3.1.0")
    app.config.setdefault("API_SPEC_OPTIONS", {
        "servers": [{"url": "/"}],
        "security": [{"bearer": []}],
        "components": {"securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}}},
    })
    api = SimpulApi(app)
    app.extensions["simpul_api"] = api
    api.register_blueprint(api_bp)
    # On the app, not the blueprint: the document is public and does not describe itself.
    app.add_url_rule("/api/v1/openapi.json", "api_openapi", lambda: jsonify(api.document()))
    # Public too: the document read in the browser (swagger-ui vendored under static/vendor/, no CDN).
    app.add_url_rule("/api/docs", "api_docs", lambda: render_template("api/docs.html"))
    app.register_blueprint(tokens_bp)
