"""Forms of the approvals pages: a reason to refuse or withdraw, and the operator's duty."""
from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import SelectField, StringField, TextAreaField
from wtforms.validators import DataRequired, Length, Optional

TOO_LONG = _l("Alasan paling banyak 500 karakter.")


class DecisionForm(FlaskForm):
    """Only the CSRF token: the decision is the address."""


class ReasonForm(FlaskForm):
    # Required by the service, so that the message is the same with or without the browser's check.
    reason = TextAreaField(_l("Alasan"), validators=[Optional(), Length(max=500, message=TOO_LONG)],
                           description=_l("Wajib diisi; anggota membaca alasan ini."))


class OperatorForm(FlaskForm):
    login = StringField(_l("Email atau NIP anggota"), validators=[
        DataRequired(_l("Tuliskan email atau NIP anggota.")), Length(max=254)])
    agency = SelectField(_l("Instansi"), validators=[DataRequired(_l("Pilih instansi dari daftar."))],
                         validate_choice=False)
