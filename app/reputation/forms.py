"""Forms for adoptions and awards; the services check lengths and meaning, these caps only stop absurd input."""
from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import StringField, TextAreaField
from wtforms.validators import Length, Optional

HARD_CAP = 20_000
TOO_LONG = _l("Isian ini terlalu panjang.")


class AdoptionForm(FlaskForm):
    note = TextAreaField(_l("Catatan penerapan"), validators=[Optional(), Length(max=HARD_CAP, message=TOO_LONG)],
                         description=_l("Di unit mana, sejak kapan, dan apa yang Anda sesuaikan."))


class OutcomeForm(FlaskForm):
    outcome = TextAreaField(_l("Hasil penerapan"), validators=[Optional(), Length(max=HARD_CAP, message=TOO_LONG)])


class AwardForm(FlaskForm):
    user = StringField(_l("Penerima"), validators=[Optional(), Length(max=254, message=TOO_LONG)])
    title = StringField(_l("Judul penghargaan"), validators=[Optional(), Length(max=HARD_CAP, message=TOO_LONG)],
                        description=_l("Paling banyak 160 karakter, misalnya \u201cPelopor Arsip Digital 2026\u201d."))
    citation = TextAreaField(_l("Kutipan penghargaan"), validators=[Optional(), Length(max=HARD_CAP, message=TOO_LONG)],
                             description=_l("Apa yang dihargai dan mengapa; paling banyak 2.000 karakter."))
    posts = StringField(_l("Kiriman terkait (opsional)"), validators=[Optional(), Length(max=2_000, message=TOO_LONG)],
                        description=_l("Paling banyak 5. Ketik judul lalu pilih dari daftar, atau tempel tautan "
                                       "kiriman situs ini dipisahkan koma, misalnya /articles/34/arsip-digital"))
