"""Praktik Baik on the API: write, improve (a revision, or an edit suggestion as the page makes one), history.

Writes need the write scope, reads the read scope. An editor below the direct-edit threshold gets what the
edit page gives them: the edit is recorded as a suggestion for review, answered 202 with its address.
"""
from __future__ import annotations

from flask import current_app, jsonify
from flask_babel import gettext as _
from flask_login import current_user

from app.api import write_schemas as ws
from app.api.answers import POST_ID, may_act
from app.api.auth import scope
from app.api.blueprint import api_bp, problems
from app.api.resources import post_dict
from app.api.schemas import PostDetailSchema
from app.articles import services, suggestions
from app.articles.facts import make_facts, parse_started_on
from app.articles.models import Article
from app.content import queries
from app.content.permissions import can_edit, ensure_allowed, ensure_visible
from app.core.errors import ValidationFailed
from app.extensions import db

NUMBER = "<int(max=2147483647):number>"


def _article(post_id: int) -> Article:
    return ensure_visible(current_user, queries.load_post(post_id, "article"))


def _started_on(value):
    try:
        return parse_started_on(value)  # not in the future, not before 1945: the form's rule
    except ValueError as err:
        raise ValidationFailed(str(err), field="started_on") from err


def _rows(indicators: list[dict] | None) -> list[dict] | None:
    """Indicator rows as the form stores them (whole numbers as integers)."""
    if indicators is None:
        return None

    def number(value):
        return int(value) if value is not None and value == int(value) else value

    return [{"name": row["name"].strip(), "unit": row["unit"].strip(), "before": number(row["before"]),
             "after": number(row["after"]), "source": row["source"].strip()} for row in indicators]


def _editor(user) -> dict:
    return {"id": user.id, "handle": user.handle, "name": user.name}


@api_bp.route("/articles", methods=["POST"])
@api_bp.arguments(ws.ArticleInSchema, as_kwargs=True)
@api_bp.response(201, PostDetailSchema)
@problems(400, 401, 403, 413, 422, 429)
@scope("write")
def create(title: str, body: str, tags=None, stage=None, started_on=None, indicators=None):
    """Write a practice, published at once (stage Ide unless given; Direplikasi is the site's to give)."""
    may_act("RATELIMIT_POST")
    article = services.create_article(current_user, title=title, body=body, tags=tags or [], stage=stage,
                                      started_on=_started_on(started_on), indicators=_rows(indicators))
    db.session.commit()
    current_app.logger.info("api article created", extra={"post_id": article.id})
    article = queries.load_post(article.id)
    return {**post_dict(article), "body_md": article.body_md, "body_html": article.body_html, "children": [],
            "comments": []}


@api_bp.route(f"/articles/{POST_ID}", methods=["PATCH"])
@api_bp.arguments(ws.ArticlePatchSchema, as_kwargs=True)
@api_bp.response(200, ws.ArticleEditSchema)
@api_bp.alt_response(202, schema=ws.SuggestionSchema, description="Usulan suntingan menunggu tinjauan")
@problems(400, 401, 403, 404, 409, 413, 422, 429)
@scope("write")
def improve(post_id: int, summary: str, base_revision=None, **changes):
    """Improve a practice: a new revision; below the direct-edit threshold, an edit suggestion (202)."""
    article = _article(post_id)
    may_act("RATELIMIT_CONTRIBUTE")
    ensure_allowed(can_edit(current_user, article), current_user, article,
                   _("Anda tidak dapat menyunting artikel ini."))
    text = {"title": changes.get("title", article.title), "body": changes.get("body", article.body_md),
            "tags": changes["tags"] if "tags" in changes else list(article.tag_names), "summary": summary}
    facts = None
    if {"stage", "started_on", "indicators"} & changes.keys():
        facts = make_facts(changes.get("stage", article.stage),
                           _started_on(changes["started_on"]) if "started_on" in changes else article.started_on,
                           _rows(changes["indicators"]) if "indicators" in changes else article.indicators)
    if suggestions.needs_review(current_user, article):
        services.check_base_revision(article, base_revision)
        suggestion = suggestions.suggest_edit(article, current_user, facts=facts, **text)
        db.session.commit()
        if suggestion is not None:
            response = jsonify(ws.SuggestionSchema().dump({
                "article_id": article.id, "suggestion_id": suggestion.id, "status": suggestion.status,
                "url": suggestion.url(_external=True)}))
            response.status_code = 202
            response.headers["Location"] = suggestion.url(_external=True)
            return response
        return {"article_id": article.id, "revision": None, "url": article.url(_external=True)}
    revision = services.improve_article(article, current_user, facts=facts, base_revision=base_revision, **text)
    db.session.commit()
    return {"article_id": article.id, "revision": revision.number if revision else None,
            "url": article.url(_external=True)}


@api_bp.route(f"/articles/{POST_ID}/revisions")
@api_bp.response(200, ws.RevisionSchema(many=True))
@problems(401, 403, 404, 429)
@scope("read")
def revisions(post_id: int):
    """The practice's revisions, newest first (its history page)."""
    return [{"number": r.number, "editor": _editor(r.editor), "summary": r.summary, "reverted_from": r.reverted_from,
             "created_at": r.created_at} for r in queries.revisions_of(_article(post_id))]


@api_bp.route(f"/articles/{POST_ID}/revisions/{NUMBER}")
@api_bp.response(200, ws.RevisionDetailSchema)
@problems(401, 403, 404, 429)
@scope("read")
def revision(post_id: int, number: int):
    """One revision's text, tags and facts (stage, start date, indicators)."""
    found = services.get_revision(_article(post_id), number)
    return {"number": found.number, "editor": _editor(found.editor), "summary": found.summary,
            "reverted_from": found.reverted_from, "created_at": found.created_at, "title": found.title,
            "body_md": found.body_md, "tags": [name.strip() for name in found.tags.split(",") if name.strip()],
            "facts": found.facts}
