"""The /api/v1 blueprint (flask-smorest) and the Api object that writes its OpenAPI 3.1 document."""
from __future__ import annotations

import threading

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
    """flask-smorest's Api without its app-wide error handler (`app.errors` answers for the whole site and
    gives API paths problem responses, app/core/problems.py), and with its document written when it is first
    asked for: flask-smorest writes it while registering the routes, which cost every app (each test's
    included) about as much as the rest of create_app."""

    DEFAULT_ERROR_RESPONSE_NAME = None

    def __init__(self, app=None, **kwargs):
        self._undocumented: list[tuple[Blueprint, str, list | None]] = []
        self._document: dict | None = None
        self._document_lock = threading.Lock()
        super().__init__(app, **kwargs)

    def _register_error_handlers(self):
        return None

    def register_blueprint(self, blp, *, parameters=None, **options):
        """The routes now; their description in the document at the first `document()`."""
        name = options.get("name", blp.name)
        self._app.extensions["flask-smorest"]["blp_name_to_api"][name] = self
        self._app.register_blueprint(blp, **options)
        self._undocumented.append((blp, name, parameters))

    def document(self) -> dict:
        """The OpenAPI document (a dict), written once per app."""
        with self._document_lock:
            if self._document is None:
                for blp, name, parameters in self._undocumented:
                    blp.register_views_in_doc(self, self._app, self.spec, name=name, parameters=parameters)
                    self.spec.tag({"name": name, "description": blp.description})
                self._undocumented.clear()
                self._document = self.spec.to_dict()
            return self._document


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
