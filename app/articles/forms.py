"""Article forms."""
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import BooleanField, TextAreaField
from wtforms.validators import Length, Optional

from app.content.forms import PostForm


class ArticleForm(PostForm):
    """title, body, tags, summary (edits), publish (drafts); confirm_empty once sections are found empty."""

    confirm_empty = BooleanField(_l("Ya, terbitkan walau ada bagian yang masih kosong"))


class RejectSuggestionForm(FlaskForm):
    """A reason is optional, but the member who suggested the edit reads it."""

    note = TextAreaField(_l("Alasan (opsional)"), validators=[Optional(), Length(max=500, message=_l(
        "Alasan paling banyak 500 karakter."))])
