"""Problem responses (RFC 9457, `application/problem+json`) for the JSON API under /api/v1/.

The error handlers of `app.errors` answer in this form for API paths; validation messages of the request
parser are given in the member's language (Indonesian by default), one entry per field.
"""
from __future__ import annotations

import json

from flask import current_app, request
from flask_babel import lazy_gettext as _l

API_PREFIX = "/api/v1/"
MEDIA_TYPE = "application/problem+json"

# webargs' own messages -> ours; marshmallow's are Indonesian already (app/api/messages.py), shown with str().
FIELD_MESSAGES = {
    "Invalid JSON body.": _l("Isi permintaan bukan JSON yang valid."),
}


def is_api_request() -> bool:
    return request.path.startswith(API_PREFIX)


def problem(status: int, title: str, detail: str, errors: list[dict] | None = None, headers: dict | None = None):
    body = {"type": "about:blank", "title": title, "status": status, "detail": detail}
    if errors:
        body["errors"] = errors
    text = json.dumps(body, ensure_ascii=False).encode("utf-8", "replace")  # a lone surrogate never makes a 500
    response = current_app.response_class(text, status=status, mimetype=MEDIA_TYPE)
    response.headers.update(headers or {})
    return response


def field_errors(messages) -> list[dict]:
    """webargs' {"json": {"field": ["message"]}} (nested for lists and objects) as a flat list of fields."""
    found: list[dict] = []

    def walk(node, path: list[str]) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                walk(value, [*path, str(key)])
        elif isinstance(node, list) and not any(isinstance(item, dict | list) for item in node):
            for text in node:
                found.append({"field": ".".join(path[1:]) or path[0] if path else "",
                              "location": path[0] if path else "",
                              "message": str(FIELD_MESSAGES.get(text, text))})
        elif isinstance(node, list):
            for index, item in enumerate(node):
                walk(item, [*path, str(index)])
        else:
            found.append({"field": ".".join(path[1:]), "location": path[0] if path else "", "message": str(node)})

    walk(messages or {}, [])
    return found
