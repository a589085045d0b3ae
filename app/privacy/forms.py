"""The form that deletes one's own account: the password again, and CSRF."""
from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import PasswordField
from wtforms.validators import DataRequired, Length


class DeleteAccountForm(FlaskForm):
    password = PasswordField(_l("Kata sandi Anda"), validators=[
        DataRequired(_l("Masukkan kata sandi Anda untuk menghapus akun.")), Length(max=256)])
