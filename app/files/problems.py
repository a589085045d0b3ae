"""Refusals of the upload endpoint as problem JSON (RFC 9457), with an Indonesian title and detail."""
from __future__ import annotations

from flask import Response, json

from app.errors import MESSAGES, TITLES


def problem(status: int, detail: str | None = None, **extra) -> Response:
    body = {"type": "about:blank", "title": str(TITLES.get(status, TITLES[500])), "status": status,
            "detail": str(detail or MESSAGES.get(status, MESSAGES[500])), **extra}
    return Response(json.dumps(body, ensure_ascii=False), status=status, mimetype="application/problem+json")
