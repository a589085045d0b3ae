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


def options(pairs) -> list[SelectChoice]:
    """(value, label) pairs as WTForms select choices."""
    return [SelectChoice(str(value), label) for value, label in pairs]
