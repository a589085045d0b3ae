"""How a view runs one unit of work: commit on success, a domain error mapped onto the form, a page or JSON."""
from __future__ import annotations

from collections.abc import Collection, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from flask import abort, flash, make_response, request
from flask_wtf import FlaskForm

from app.core.errors import DomainError
from app.core.forms import show_error
from app.extensions import db

REFUSAL_PAGES = (403, 404)  # a refused action posted from another page is shown as a page of its own
EVERY_REFUSAL = range(400, 500)  # every refusal is an error page of its own


def wants_json() -> bool:
    """The caller is a script: an API path, a JSON body, the site's own fetch() calls, or an Accept header that
    prefers JSON to HTML."""
    if request.path.startswith(("/api/", "/healthz")) or request.is_json \
            or request.headers.get("X-Requested-With") == "fetch":
        return True
    accept = request.accept_mimetypes
    if accept.best == "application/json":
        return True
    best = accept.best_match(["text/html", "application/json"])
    return best == "application/json" and accept[best] > accept["text/html"]


def json_error(err: DomainError, status: int | None = None):
    code = status or err.status_code
    return {"error": {"code": code, "message": err.message}}, code


@dataclass
class Attempt:
    """What became of the block: `error` is the domain error that refused it, None when it was committed."""

    error: DomainError | None = None

    @property
    def ok(self) -> bool:
        return self.error is None

    @property
    def status(self) -> int:
        """The refusal's HTTP status (200 when nothing was refused)."""
        return self.error.status_code if self.error else 200


@contextmanager
def committing(form: FlaskForm | None = None, *, pages: Collection[int] = (), as_json: bool = False,
               flash_message: bool = True) -> Iterator[Attempt]:
    """Run the block as one unit of work and commit it. On a DomainError: roll back, then

    - answer JSON ({"error": {"code", "message"}} with its status) when `as_json` and the caller wants JSON;
    - show a status listed in `pages` (403, 404) as an error page of its own;
    - else put the message under its field of `form` (or at the top of the page), or flash it when there is
      no form (unless `flash_message` is False), and go on after the block with `attempt.error` set.
    """
    attempt = Attempt()
    try:
        yield attempt
        db.session.commit()
    except DomainError as err:
        db.session.rollback()
        attempt.error = err
        if as_json and wants_json():
            abort(make_response(*json_error(err)))
        if err.status_code in pages:
            abort(err.status_code, description=err.message)
        if form is not None:
            show_error(form, err)
        elif flash_message:
            flash(err.message, "danger")
