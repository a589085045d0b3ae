"""Small glue between domain errors and forms."""
from __future__ import annotations

from flask import flash
from flask_wtf import FlaskForm
from wtforms.fields.choices import SelectChoice

from app.core.errors import DomainError


def show_error(form: FlaskForm, err: DomainError) -> None:
    """Put the message under the field it concerns, or at the top of the page."""
    field = getattr(form, err.field, None) if err.field else None
    if field is not None:
        field.errors = [*field.errors, err.message] if isinstance(field.errors, list) else [err.message]
    else:
        flash(err.message, "danger")


def form_messages(form: FlaskForm) -> list[str]:
    return [message for errors in form.errors.values() for message in errors]


def flash_form_errors(form: FlaskForm) -> None:
    """A small form posted from another page: its errors go back with the redirect.

    A missing or stale CSRF token never gets here: CSRFProtect answers 400 before any view runs.
    """
    for message in form_messages(form):
        flash(message, "danger")


def options(pairs) -> list[SelectChoice]:
    """(value, label) pairs as WTForms select choices."""
    return [SelectChoice(str(value), label) for value, label in pairs]
