"""The /api/v1 blueprint (flask-smorest) and the Api object that writes its OpenAPI 3.1 document."""
from __future__ import annotations

from flask_smorest import Api, Blueprint
from webargs.flaskparser import FlaskParser

from app.api.schemas import ProblemSchema
from app.core.problems import MEDIA_TYPE


class StrictParser(FlaskParser):
    """Unknown fields are refused in every location (webargs would drop unknown query parameters)."""

    DEFAULT_UNKNOWN_BY_LOCATION: dict = {}


class ApiBlueprint(Blueprint):
    ARGUMENTS_PARSER = StrictParser()


class SimpulApi(Api):
    """flask-smorest's Api without its app-wide error handler: `app.errors` answers for the whole site and
    gives API paths problem responses (app/core/problems.py)."""

    DEFAULT_ERROR_RESPONSE_NAME = None

    def _register_error_handlers(self):
        return None


api_bp = ApiBlueprint("api_v1", __name__, url_prefix="/api/v1",
                      description="Simpul ASN JSON API (token Bearer; galat application/problem+json).")


def problems(*codes: int):
    """Document the problem responses an operation may give."""

    def decorator(view):
        for code in codes:
            view = api_bp.alt_response(code, schema=ProblemSchema, content_type=MEDIA_TYPE,
                                       description=f"Problem ({code})")(view)
        return view

    return decorator
