"""Write resources on posts (write scope): answer, accept, vote, comment, through the services the pages use.

Each operation checks what the page's decorators check (a confirmed e-mail, the page's per-member rate limit),
then calls the same service, whose rules (only the asker accepts, not on one's own post, locked or hidden
chains, the down-vote privilege) answer with the same Indonesian messages as problems.
"""
from __future__ import annotations

from flask import current_app
from flask_babel import gettext as _
from flask_login import current_user

from app.accounts.trust import confirmation_refusal
from app.api import write_schemas as ws
from app.api.auth import scope
from app.api.blueprint import api_bp, problems
from app.api.resources import comment_dict, post_dict
from app.api.schemas import CommentSchema, PostSchema
from app.content import queries
from app.content import services as content
from app.content.permissions import ensure_visible
from app.core.errors import Throttled
from app.core.ratelimits import count_for_account
from app.extensions import db
from app.questions import services as questions
from app.reputation.votes import VALUES, cast_vote, load_for_vote

POST_ID = "<int(max=2147483647):post_id>"
CHOICES = {value: name for name, value in VALUES.items()}


def may_act(rate_key: str | None) -> None:
    """What the page's `confirmed_required` and `per_member(rate_key)` check, for the token's member."""
    refusal = confirmation_refusal(current_user)
    if refusal is not None:
        raise refusal
    if rate_key is not None and not count_for_account(rate_key, f"member:{current_user.id}"):
        raise Throttled(_("Anda terlalu sering mengirim. Tunggu sebentar lalu coba lagi."))


@api_bp.route(f"/questions/{POST_ID}/answers", methods=["POST"])
@api_bp.arguments(ws.BodyInSchema, as_kwargs=True)
@api_bp.response(201, PostSchema)
@problems(400, 401, 403, 404, 413, 422, 429)
@scope("write")
def answer(post_id: int, body: str):
    """Answer a question, as the answer form on its page does."""
    question = ensure_visible(current_user, queries.load_post(post_id, "question"))
    may_act("RATELIMIT_CONTRIBUTE")
    added = questions.add_answer(question, current_user, body)
    db.session.commit()
    current_app.logger.info("api answer created", extra={"post_id": added.id})
    return post_dict(queries.load_post(added.id))


def _accept(post_id: int, accept: bool) -> dict:
    answer = ensure_visible(current_user, queries.load_post(post_id, "answer"))
    question = ensure_visible(current_user, queries.load_post(answer.parent_id, "question"))
    may_act(None)  # the page's accept has no limit of its own (the API's per-token limit applies)
    changed = questions.accept_answer(question, answer, current_user, accept=accept)
    db.session.commit()
    return {"question_id": question.id, "accepted_answer_id": question.accepted_answer_id, "changed": changed}


@api_bp.route(f"/answers/{POST_ID}/accept", methods=["POST"])
@api_bp.response(200, ws.AcceptSchema)
@problems(400, 401, 403, 404, 429)
@scope("write")
def accept(post_id: int):
    """Mark the answer "Jawaban terpilih" (only the asker; another accepted answer gives way)."""
    return _accept(post_id, True)


@api_bp.route(f"/answers/{POST_ID}/accept", methods=["DELETE"])
@api_bp.response(200, ws.AcceptSchema)
@problems(400, 401, 403, 404, 429)
@scope("write")
def unaccept(post_id: int):
    """Withdraw the mark from this answer (the page's second click on "Jawaban terpilih")."""
    return _accept(post_id, False)


@api_bp.route(f"/posts/{POST_ID}/vote", methods=["POST"])
@api_bp.arguments(ws.VoteInSchema, as_kwargs=True)
@api_bp.response(200, ws.VoteSchema)
@problems(400, 401, 403, 404, 413, 422, 429)
@scope("write")
def vote(post_id: int, value: str):
    """Vote up, down (a reputation privilege) or withdraw ("none"); not on one's own post."""
    post = ensure_visible(current_user, load_for_vote(post_id))
    may_act("RATELIMIT_VOTE")
    outcome = cast_vote(current_user, post, value, chain_locked=True)
    db.session.commit()
    return {"post_id": post_id, "score": outcome.score, "vote": CHOICES[outcome.value]}


@api_bp.route(f"/posts/{POST_ID}/comments", methods=["POST"])
@api_bp.arguments(ws.CommentInSchema, as_kwargs=True)
@api_bp.response(201, CommentSchema)
@problems(400, 401, 403, 404, 413, 422, 429)
@scope("write")
def comment(post_id: int, body: str):
    """Comment under a post (COMMENT_MAX_LENGTH characters at most, as on the page)."""
    post = ensure_visible(current_user, queries.load_post(post_id))
    may_act("RATELIMIT_CONTRIBUTE")
    added = content.add_comment(post, current_user, body)
    db.session.commit()
    return comment_dict(added)
