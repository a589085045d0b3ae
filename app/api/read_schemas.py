"""Schemas of the read resources that gather from the features (issue 9/9): search, rankings, my JP record,
my notices. Unknown fields are refused, as everywhere in the API (app/api/blueprint.py)."""
from __future__ import annotations

from datetime import date

from flask_babel import lazy_gettext as _l
from marshmallow import fields, validate

from app.api.schemas import PRINTABLE, AuthorSchema, StrictSchema, UtcDateTime
from app.leaders.periods import PERIODS
from app.search.query import KINDS as SEARCH_KINDS
from app.search.query import MAX_QUERY_LENGTH

SORTS = ("relevance", "newest", "votes")
RANKINGS = ("people", "agencies")
MAX_ID = 2**31 - 1
EARLIEST, LATEST = date(2000, 1, 1), date(2100, 1, 1)


# -- GET /search ------------------------------------------------------------------------------------------------

class SearchQuerySchema(StrictSchema):
    q = fields.String(required=True, validate=[
        validate.Length(min=1, max=MAX_QUERY_LENGTH,
                        error=_l("Kata pencarian harus berisi 1 sampai {max} karakter.")), PRINTABLE])
    kind = fields.String(validate=validate.OneOf(SEARCH_KINDS))
    sort = fields.String(load_default="relevance", validate=validate.OneOf(SORTS))
    date_from = fields.Date(data_key="from", validate=validate.Range(min=EARLIEST, max=LATEST))
    date_to = fields.Date(data_key="to", validate=validate.Range(min=EARLIEST, max=LATEST))
    page = fields.Integer(load_default=1, validate=validate.Range(min=1, max=500))
    limit = fields.Integer(load_default=20, validate=validate.Range(min=1, max=50))


class SearchAgencySchema(StrictSchema):
    code = fields.String(required=True)
    short_name = fields.String(required=True)


class SearchResultSchema(StrictSchema):
    id = fields.Integer(required=True)
    kind = fields.String(required=True)
    title = fields.String(required=True)
    snippet = fields.String(required=True, metadata={"description": "Plain text, no HTML."})
    url = fields.String(required=True)
    parent_id = fields.Integer(allow_none=True, required=True)
    score = fields.Float(required=True, metadata={"description": "Relevance given by the search engine."})
    votes = fields.Integer(required=True)
    accepted = fields.Boolean(required=True)
    tags = fields.List(fields.String(), required=True)
    author = fields.Nested(AuthorSchema, required=True)
    agency = fields.Nested(SearchAgencySchema, required=True)
    created_at = UtcDateTime(required=True)
    other_matches = fields.Integer(required=True)


class SearchPageSchema(StrictSchema):
    q = fields.String(required=True)
    notices = fields.List(fields.String(), required=True)
    total = fields.Integer(required=True)
    all_total = fields.Integer(required=True)
    counts = fields.Dict(keys=fields.String(), values=fields.Integer(), required=True)
    suggestion = fields.String(allow_none=True, required=True)
    page = fields.Integer(required=True)
    pages = fields.Integer(required=True)
    items = fields.List(fields.Nested(SearchResultSchema), required=True)


# -- GET /leaders/rankings --------------------------------------------------------------------------------------

class RankingQuerySchema(StrictSchema):
    period = fields.String(load_default="bulan", validate=validate.OneOf(tuple(PERIODS)))
    by = fields.String(load_default="people", validate=validate.OneOf(RANKINGS))
    agency = fields.String(validate=[validate.Length(min=1, max=64), PRINTABLE])
    tag = fields.String(validate=[validate.Length(min=1, max=40), PRINTABLE])


class RankingRowSchema(StrictSchema):
    rank = fields.Integer(required=True)
    points = fields.Integer(required=True)
    posts = fields.Integer(required=True)
    url = fields.String(required=True)
    # people
    user_id = fields.Integer()
    name = fields.String(required=True)
    agency_code = fields.String()
    agency = fields.String()
    from_own_agency = fields.Integer()
    from_other_agencies = fields.Integer()
    other_share = fields.Integer(metadata={"description": "Percent of points from other agencies."})
    # agencies
    code = fields.String()
    contributors = fields.Integer()


class RankingSchema(StrictSchema):
    by = fields.String(required=True)
    period = fields.String(required=True)
    period_label = fields.String(required=True)
    since = UtcDateTime(allow_none=True, required=True)
    agency = fields.String(allow_none=True, required=True)
    tag = fields.String(allow_none=True, required=True)
    items = fields.List(fields.Nested(RankingRowSchema), required=True)


# -- GET /me/jp -------------------------------------------------------------------------------------------------

class JpQuerySchema(StrictSchema):
    year = fields.Integer(validate=validate.Range(min=2000, max=2100))


class JpLineSchema(StrictSchema):
    id = fields.Integer(required=True)
    date = fields.Date(required=True)
    source = fields.String(required=True)
    source_label = fields.String(required=True)
    title = fields.String(required=True)
    jp = fields.Integer(required=True)
    hours = fields.String(allow_none=True, required=True,
                          metadata={"description": "Hours entered for training outside Simpul, e.g. '1,5'."})
    status = fields.String(required=True)
    status_label = fields.String(required=True)
    verifier = fields.String(allow_none=True, required=True)
    verified_at = UtcDateTime(allow_none=True, required=True)
    reason = fields.String(allow_none=True, required=True)
    activity_url = fields.String(allow_none=True, required=True)


class JpRecordSchema(StrictSchema):
    year = fields.Integer(required=True)
    employee_kind = fields.String(required=True)
    target = fields.Integer(required=True)
    verified = fields.Integer(required=True)
    submitted = fields.Integer(required=True)
    percent = fields.Integer(required=True)
    reached = fields.Boolean(required=True)
    years = fields.List(fields.Integer(), required=True)
    items = fields.List(fields.Nested(JpLineSchema), required=True)


# -- /me/notifications ------------------------------------------------------------------------------------------

class NoticeQuerySchema(StrictSchema):
    unread = fields.Boolean(load_default=False)
    cursor = fields.String(validate=validate.Regexp(r"^[0-9]{1,10}$"))
    limit = fields.Integer(load_default=20, validate=validate.Range(min=1, max=100))


class NoticeSchema(StrictSchema):
    id = fields.Integer(required=True, metadata={"description": "The latest notice of the group."})
    kind = fields.String(required=True)
    text = fields.String(required=True)
    detail = fields.String(allow_none=True, required=True)
    url = fields.String(allow_none=True, required=True)
    created_at = UtcDateTime(required=True)
    read = fields.Boolean(required=True)
    count = fields.Integer(required=True, metadata={"description": "Notices collapsed into this line."})
    unread_count = fields.Integer(required=True)


class NoticePageSchema(StrictSchema):
    unread = fields.Integer(required=True, metadata={"description": "Unread lines, as the bell counts them."})
    items = fields.List(fields.Nested(NoticeSchema), required=True)
    next_cursor = fields.String(allow_none=True, required=True)


class MarkReadInSchema(StrictSchema):
    ids = fields.List(fields.Integer(strict=True, validate=validate.Range(min=1, max=MAX_ID)),
                      validate=validate.Length(min=1, max=100))
    everything = fields.Boolean(truthy={True}, falsy={False}, data_key="all")


class MarkReadOutSchema(StrictSchema):
    marked = fields.Integer(required=True)
    unread = fields.Integer(required=True)
