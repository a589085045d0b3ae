"""The mail preference form; the service checks the value and says what is wrong in Indonesian."""
from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import RadioField

from app.core.forms import options
from app.notifications.models import EmailChoice

EMAIL_CHOICES = [
    (EmailChoice.IMMEDIATE.value, _l("Langsung: satu email tak lama setelah ada kabar baru")),
    (EmailChoice.DIGEST.value, _l("Ringkasan harian: satu email sehari berisi yang belum Anda baca")),
    (EmailChoice.OFF.value, _l("Mati: tanpa email; pemberitahuan tetap tampil di situs")),
]


class SettingsForm(FlaskForm):
    email = RadioField(_l("Email pemberitahuan"), choices=options(EMAIL_CHOICES), validate_choice=False)
