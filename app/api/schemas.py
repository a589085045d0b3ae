"""The API's schemas (marshmallow): the same classes validate requests, shape responses and make the
OpenAPI document. Unknown fields are refused everywhere (marshmallow's RAISE, also for query strings)."""
from __future__ import annotations

import re
from datetime import UTC, datetime

from marshmallow import Schema, ValidationError, fields, pre_load, validate

from app.api import messages
from app.api.messages import SURROGATE_CHARACTERS, Message

messages.install()  # marshmallow's messages in the member's language, for every schema below
KINDS = ("question", "article", "thread")
PRINTABLE = validate.Regexp(r"^[^\x00-\x1f\x7f]*$", error=Message("Karakter kendali tidak diizinkan."))
SURROGATES = re.compile(f"[{SURROGATE_CHARACTERS}]")
EARLIEST, LATEST = datetime(2000, 1, 1, tzinfo=UTC), datetime(2100, 1, 1, tzinfo=UTC)


class UtcDateTime(fields.DateTime):
    """The database keeps naive UTC; the API says so (RFC 3339 with an offset)."""

    def _serialize(self, value, attr, obj, **kwargs):
        if value is not None and value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return super()._serialize(value, attr, obj, **kwargs)


def surrogate_errors(value):
    """Where a lone surrogate hides in decoded JSON (keys too), as marshmallow's nested error messages."""
    if isinstance(value, str):
        return [messages.SURROGATE] if SURROGATES.search(value) else None
    if isinstance(value, dict):
        found = {}
        for key, item in value.items():
            bad_key = isinstance(key, str) and SURROGATES.search(key)
            error = [messages.SURROGATE] if bad_key else surrogate_errors(item)
            if error:
                found[SURROGATES.sub("\ufffd", key) if bad_key else key] = error
        return found or None
    if isinstance(value, list):
        return {index: error for index, item in enumerate(value) if (error := surrogate_errors(item))} or None
    return None


class StrictSchema(Schema):
    """Every API schema: Indonesian messages, and no lone surrogate anywhere (the database cannot store one;
    query strings never carry one, werkzeug decodes bad UTF-8 as U+FFFD)."""

    error_messages = messages.SCHEMA_MESSAGES

    class Meta:
        ordered = True

    @pre_load
    def _no_surrogates(self, data, **kwargs):
        errors = surrogate_errors(data) if isinstance(data, dict) else None
        if errors:
            raise ValidationError(errors)
        return data


class ProblemFieldSchema(StrictSchema):
    field = fields.String(required=True)
    location = fields.String()
    message = fields.String(required=True)


class ProblemSchema(StrictSchema):
    type = fields.String(required=True)
    title = fields.String(required=True)
    status = fields.Integer(required=True)
    detail = fields.String(required=True)
    errors = fields.List(fields.Nested(ProblemFieldSchema))


class AgencySchema(StrictSchema):
    id = fields.Integer(required=True)
    code = fields.String(required=True)
    name = fields.String(required=True)
    short_name = fields.String(required=True)
    kind = fields.String(required=True)


class TagSchema(StrictSchema):
    name = fields.String(required=True)
    description = fields.String(allow_none=True)
    is_value = fields.Boolean(required=True)
    post_count = fields.Integer(required=True)


class PublicUserSchema(StrictSchema):
    """What the profile page shows a visitor: never the e-mail or the NIP."""

    id = fields.Integer(required=True)
    handle = fields.String(required=True)
    name = fields.String(required=True)
    position = fields.String(allow_none=True)
    bio = fields.String(allow_none=True)
    role = fields.String(required=True)
    reputation = fields.Integer(required=True)
    agency = fields.Nested(AgencySchema, required=True)
    created_at = UtcDateTime(required=True)


class MeSchema(PublicUserSchema):
    email = fields.String(required=True)
    scopes = fields.List(fields.String(), required=True)


class AuthorSchema(StrictSchema):
    id = fields.Integer(required=True)
    handle = fields.String(required=True)
    name = fields.String(required=True)


class PostSchema(StrictSchema):
    id = fields.Integer(required=True)
    kind = fields.String(required=True)
    title = fields.String(allow_none=True)
    status = fields.String(required=True)
    parent_id = fields.Integer(allow_none=True)
    author = fields.Nested(AuthorSchema, required=True)
    agency = fields.Nested(AgencySchema, required=True)
    tags = fields.List(fields.String(), required=True)
    score = fields.Integer(required=True)
    child_count = fields.Integer(required=True)
    comment_count = fields.Integer(required=True)
    accepted_answer_id = fields.Integer(allow_none=True)
    created_at = UtcDateTime(required=True)
    last_activity_at = UtcDateTime(required=True)
    url = fields.String(required=True)


class CommentSchema(StrictSchema):
    id = fields.Integer(required=True)
    post_id = fields.Integer(required=True)
    author = fields.Nested(AuthorSchema, required=True)
    body_md = fields.String(required=True)
    body_html = fields.String(required=True)
    created_at = UtcDateTime(required=True)


class PostDetailSchema(PostSchema):
    body_md = fields.String(required=True)
    body_html = fields.String(required=True)
    children = fields.List(fields.Nested(PostSchema), required=True)
    comments = fields.List(fields.Nested(CommentSchema))  # the post's and its children's, by post_id


class PostPageSchema(StrictSchema):
    items = fields.List(fields.Nested(PostSchema), required=True)
    next_cursor = fields.String(allow_none=True, required=True)


class PostQuerySchema(StrictSchema):
    kind = fields.String(validate=validate.OneOf(KINDS))
    stage = fields.String(validate=validate.OneOf(("ide", "uji_coba", "diterapkan", "direplikasi")))  # articles
    tag = fields.String(validate=[validate.Length(min=1, max=40), PRINTABLE])
    agency = fields.String(validate=[validate.Length(min=1, max=64), PRINTABLE])
    since = fields.AwareDateTime(default_timezone=UTC)
    cursor = fields.String(validate=validate.Regexp(r"^[0-9]{1,10}$"))
    limit = fields.Integer(load_default=20, validate=validate.Range(min=1, max=100))


class QuestionInSchema(StrictSchema):
    title = fields.String(required=True, validate=[validate.Length(min=5, max=255), PRINTABLE])
    body = fields.String(required=True, validate=[validate.Length(min=10, max=60000), validate.Regexp(r"^[^\x00]*$")])
    tags = fields.List(fields.String(validate=[validate.Length(max=40), PRINTABLE]), load_default=list,
                       validate=validate.Length(max=5))
