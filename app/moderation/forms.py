"""Moderation forms; field names follow DESIGN's contract (`days`, `reason`)."""
from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import RadioField, SelectField, SelectMultipleField, StringField, TextAreaField
from wtforms.validators import DataRequired, Length, Optional

from app.core.forms import options
from app.moderation.flags import REASON_LABELS

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


class FlagForm(FlaskForm):
    """Laporkan: `reason` and `note` (DESIGN's field names)."""

    reason = RadioField(_l("Alasan"), choices=options(list(REASON_LABELS.items())), validate_choice=False)
    note = TextAreaField(_l("Catatan untuk moderator"), validators=[
        Optional(), Length(max=500, message=_l("Catatan paling banyak 500 karakter."))])


class ModerationActionForm(FlaskForm):
    """`reason` for every action; the parameters of close-as-duplicate, merge and move."""

    reason = TextAreaField(_l("Alasan"), validators=[
        Optional(), Length(max=500, message=_l("Alasan paling banyak 500 karakter."))])
    duplicate_of = StringField(_l("Pertanyaan asli (nomor atau alamat)"), validators=[Optional(), Length(max=300)])
    into = StringField(_l("Diskusi tujuan (nomor atau alamat)"), validators=[Optional(), Length(max=300)])
    category = StringField(_l("Kategori"), validators=[Optional(), Length(max=80)])
    next = StringField(validators=[Optional(), Length(max=500)])


class QueueForm(FlaskForm):
    items = SelectMultipleField(coerce=str, validate_choice=False)
    decision = StringField(validators=[Optional(), Length(max=20)])
    reason = TextAreaField(_l("Alasan"), validators=[
        Optional(), Length(max=500, message=_l("Alasan paling banyak 500 karakter."))])


class UserNoteForm(FlaskForm):
    body = TextAreaField(_l("Catatan moderator"), validators=[
        DataRequired(_l("Tuliskan catatannya.")),
        Length(max=1000, message=_l("Catatan paling banyak 1.000 karakter."))])
