"""Forms for writing posts. Field names follow DESIGN's contract: title, body, tags, summary, category."""
from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import BooleanField, SelectField, StringField, TextAreaField
from wtforms.validators import Length, Optional

# Lengths are checked by the services (with the configured limits); these caps only stop absurd input early.
HARD_CAP = 200_000


class _FromPost:
    """Filled from a post (or a suggestion) for editing: the form's `body` is the object's `body_md`."""

    def process(self, formdata=None, obj=None, data=None, extra_filters=None, **kwargs):
        if obj is not None and "body" not in kwargs and hasattr(obj, "body_md"):
            kwargs["body"] = obj.body_md
        super().process(formdata, obj, data=data, extra_filters=extra_filters, **kwargs)


class PostForm(_FromPost, FlaskForm):
    title = StringField(_l("Judul"), validators=[Optional(), Length(max=2000)])
    body = TextAreaField(_l("Isi"), validators=[Optional(), Length(max=HARD_CAP)])
    tags = StringField(_l("Tag"), validators=[Optional(), Length(max=500)],
                       description=_l("Pisahkan dengan koma, paling banyak 5. Contoh: transformasi-digital, arsip"))
    category = SelectField(_l("Kategori"), validate_choice=False)
    summary = StringField(
        _l("Ringkasan perubahan"), validators=[Optional(), Length(max=255)],
        description=_l("Apa yang Anda ubah dan mengapa, misalnya \u201cmenambah langkah penerapan\u201d."))
    publish = BooleanField(_l("Terbitkan sekarang"), default=True)


class BodyForm(_FromPost, FlaskForm):
    """Reply, answer and comment: only `body`."""

    body = TextAreaField(_l("Isi"), validators=[Optional(), Length(max=HARD_CAP)])


class ActionForm(FlaskForm):
    """Only the CSRF token: delete, restore, accept, revert."""
