"""Write resources of /api/v1 (write scope), through the same content services and rules as the pages."""
from __future__ import annotations

from flask import current_app
from flask_babel import gettext as _
from flask_login import current_user

from app.accounts.trust import confirmation_refusal
from app.api import schemas
from app.api.auth import scope
from app.api.blueprint import api_bp, problems
from app.api.resources import post_dict
from app.content import services as content
from app.content.models import Post
from app.content.queries import load_post
from app.core.errors import Throttled
from app.core.ratelimits import count_for_account
from app.extensions import db


def post_class(kind: str) -> type[Post]:
    """The mapped class of a kind, from content's polymorphic map: the API imports no feature package."""
    return Post.__mapper__.polymorphic_map[kind].class_


@api_bp.route("/questions", methods=["POST"])
@api_bp.arguments(schemas.QuestionInSchema, as_kwargs=True)
@api_bp.response(201, schemas.PostDetailSchema)
@problems(400, 401, 403, 409, 413, 422, 429)
@scope("write")
def ask(title: str, body: str, tags: list[str]):
    """Ask a question, as the form /questions/ask does: a confirmed e-mail, the same limits and checks."""
    refusal = confirmation_refusal(current_user)
    if refusal is not None:
        raise refusal
    if not count_for_account("RATELIMIT_POST", f"member:{current_user.id}"):
        raise Throttled(_("Anda terlalu sering mengirim. Tunggu sebentar lalu coba lagi."))
    question = content.create_post(post_class("question"), current_user, title=title, body=body, tags=tags)
    db.session.commit()
    current_app.logger.info("api question created", extra={"post_id": question.id})
    question = load_post(question.id)  # with its author, agency and tags, as stored
    return {**post_dict(question), "body_md": question.body_md, "body_html": question.body_html, "children": []}
