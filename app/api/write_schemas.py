"""Schemas of the write resources (answers, acceptance, votes, comments, articles and their revisions).

Unknown fields are refused (marshmallow's RAISE); lengths here only bound the request: the services check the
site's own rules (a body's minimum, new-member limits) and answer 400 problems with their messages."""
from __future__ import annotations

from marshmallow import ValidationError, fields, validate, validates_schema

from app.api.messages import Message
from app.api.schemas import PRINTABLE, AuthorSchema, StrictSchema, UtcDateTime

STAGES = ("ide", "uji_coba", "diterapkan", "direplikasi")  # app/articles/facts.py STAGES, as the API names them
NO_NUL = validate.Regexp(r"^[^\x00]*$", error=Message("Karakter NUL tidak diizinkan."))
BODY = [validate.Length(min=1, max=60000), NO_NUL]
TAGS = fields.List(fields.String(validate=[validate.Length(max=40), PRINTABLE]), validate=validate.Length(max=5))
TITLE = [validate.Length(min=5, max=255), PRINTABLE]
# The page's indicator form refuses a name of spaces only (app/articles/forms.py); str.strip drops NBSP too.
NAMED = validate.Predicate("strip", error=Message("Beri nama indikator ini, atau kosongkan barisnya."))


class BodyInSchema(StrictSchema):
    body = fields.String(required=True, validate=BODY)


class CommentInSchema(StrictSchema):
    body = fields.String(required=True, validate=[validate.Length(min=1, max=2000), NO_NUL])


class AcceptSchema(StrictSchema):
    question_id = fields.Integer(required=True)
    accepted_answer_id = fields.Integer(required=True, allow_none=True)
    changed = fields.Boolean(required=True)


class VoteInSchema(StrictSchema):
    value = fields.String(required=True, validate=validate.OneOf(("up", "down", "none")))


class VoteSchema(StrictSchema):
    post_id = fields.Integer(required=True)
    score = fields.Integer(required=True)
    vote = fields.String(required=True)


class IndicatorSchema(StrictSchema):
    """One row of a practice's indicators table: a name, and a value before or after (or both)."""

    name = fields.String(required=True, validate=[validate.Length(min=1, max=120), PRINTABLE, NAMED])
    unit = fields.String(load_default="", validate=[validate.Length(max=40), PRINTABLE])
    before = fields.Float(allow_none=True, load_default=None, validate=validate.Range(min=-1e12, max=1e12))
    after = fields.Float(allow_none=True, load_default=None, validate=validate.Range(min=-1e12, max=1e12))
    source = fields.String(load_default="", validate=[validate.Length(max=255), PRINTABLE])

    @validates_schema
    def _one_value(self, data, **kwargs):
        if data.get("before") is None and data.get("after") is None:
            raise ValidationError(Message("Isi nilai sebelum atau sesudah (angka)."), field_name="before")


class ArticleInSchema(StrictSchema):
    title = fields.String(required=True, validate=TITLE)
    body = fields.String(required=True, validate=BODY)
    tags = TAGS
    stage = fields.String(validate=validate.OneOf(STAGES))
    started_on = fields.Date(allow_none=True)
    indicators = fields.List(fields.Nested(IndicatorSchema), validate=validate.Length(max=10))


class ArticlePatchSchema(StrictSchema):
    """Fields left out keep the article's; `summary` says what changed (as the edit form asks)."""

    title = fields.String(validate=TITLE)
    body = fields.String(validate=BODY)
    tags = TAGS
    stage = fields.String(validate=validate.OneOf(STAGES))
    started_on = fields.Date(allow_none=True)
    indicators = fields.List(fields.Nested(IndicatorSchema), validate=validate.Length(max=10))
    summary = fields.String(required=True, validate=[validate.Length(min=1, max=255), PRINTABLE])
    base_revision = fields.Integer(validate=validate.Range(min=1, max=2147483647))


class ArticleEditSchema(StrictSchema):
    """200: the edit is published (`revision` null when it changed nothing)."""

    article_id = fields.Integer(required=True)
    revision = fields.Integer(required=True, allow_none=True)
    url = fields.String(required=True)


class SuggestionSchema(StrictSchema):
    """202: below the direct-edit threshold the edit waits for review, as on the edit page."""

    article_id = fields.Integer(required=True)
    suggestion_id = fields.Integer(required=True)
    status = fields.String(required=True)
    url = fields.String(required=True)


class RevisionSchema(StrictSchema):
    number = fields.Integer(required=True)
    editor = fields.Nested(AuthorSchema, required=True)
    summary = fields.String(required=True, allow_none=True)
    reverted_from = fields.Integer(required=True, allow_none=True)
    created_at = UtcDateTime(required=True)


class RevisionDetailSchema(RevisionSchema):
    title = fields.String(required=True, allow_none=True)
    body_md = fields.String(required=True)
    tags = fields.List(fields.String(), required=True)
    facts = fields.Dict(required=True, allow_none=True)
