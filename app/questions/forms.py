"""The new-question form: the common post fields and, for Tanya OPD, the agency the question is addressed to."""
from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import SelectField, StringField
from wtforms.validators import DataRequired, Length

from app.content.forms import PostForm


class QuestionForm(PostForm):
    # Checked by the service (an unknown code is a field error there), so that nothing is stored half.
    agency = SelectField(_l("Tujukan ke instansi"), validate_choice=False, default="",
                         description=_l("Opsional. Penjawab resmi instansi itu diberi tahu dan dapat memberi "
                                        "jawaban resmi."))


class ResponderForm(FlaskForm):
    login = StringField(_l("Email atau NIP anggota"), validators=[DataRequired(), Length(max=254)])
