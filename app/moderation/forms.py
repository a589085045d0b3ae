"""Moderation forms; field names follow DESIGN's contract (`days`, `reason`)."""
from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import SelectField, TextAreaField
from wtforms.validators import DataRequired, Length

from app.core.forms import options

SUSPENSION_CHOICES = [
    ("1", _l("1 hari")), ("3", _l("3 hari")), ("7", _l("7 hari")), ("30", _l("30 hari")), ("0", _l("Permanen")),
]


class SuspendForm(FlaskForm):
    days = SelectField(_l("Lama penangguhan"), choices=options(SUSPENSION_CHOICES), validate_choice=False)
    reason = TextAreaField(_l("Alasan (ditampilkan kepada pengguna)"), validators=[
        DataRequired(_l("Tuliskan alasan penangguhan; alasan ini ditampilkan kepada pengguna.")),
        Length(max=500, message=_l("Alasan paling banyak 500 karakter.")),
    ])


class LiftSuspensionForm(FlaskForm):
    """Only the CSRF token."""
