"""Account forms. Field names follow DESIGN's contract; domain rules live in the services."""
from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import BooleanField, EmailField, PasswordField, SelectField, StringField, TextAreaField
from wtforms.validators import DataRequired, EqualTo, Length, Optional

from app.core.forms import options

REQUIRED = _l("Kolom ini wajib diisi.")
LANGUAGE_CHOICES = (("id", "Bahasa Indonesia"), ("en", "English"))


def _password(label):
    return PasswordField(label, validators=[DataRequired(REQUIRED), Length(max=256)])


def _confirm(label=_l("Ulangi kata sandi")):
    return PasswordField(label, validators=[
        DataRequired(REQUIRED), EqualTo("password", message=_l("Kedua kata sandi tidak sama.")),
    ])


class RegisterForm(FlaskForm):
    name = StringField(_l("Nama lengkap"), validators=[DataRequired(REQUIRED), Length(
        max=120, message=_l("Nama paling banyak 120 karakter."))])
    email = EmailField(_l("Email"), validators=[DataRequired(REQUIRED), Length(
        max=254, message=_l("Email paling banyak 254 karakter."))])
    password = _password(_l("Kata sandi"))
    password_confirm = _confirm()
    agency = SelectField(_l("Instansi"), validators=[DataRequired(_l("Pilih instansi Anda."))],
                         validate_choice=False)
    nip = StringField(_l("NIP (opsional)"), validators=[Optional(), Length(
        max=40, message=_l("NIP terlalu panjang."))])
    position = StringField(_l("Jabatan (opsional)"), validators=[Optional(), Length(
        max=120, message=_l("Jabatan paling banyak 120 karakter."))])


class LoginForm(FlaskForm):
    login = StringField(_l("Email atau NIP"), validators=[DataRequired(REQUIRED), Length(max=254)])
    password = PasswordField(_l("Kata sandi"), validators=[DataRequired(REQUIRED), Length(max=256)])
    remember = BooleanField(_l("Ingat saya di perangkat ini"))


class LogoutForm(FlaskForm):
    """Only the CSRF token: signing out is a POST."""


class ResetRequestForm(FlaskForm):
    email = EmailField(_l("Email"), validators=[DataRequired(REQUIRED), Length(max=254)])


class ResendConfirmationForm(FlaskForm):
    """Signed-in members send only the token (the mail goes to their address); visitors type the address."""
    email = EmailField(_l("Email"), validators=[Optional(), Length(max=254)])


class ResetPasswordForm(FlaskForm):
    password = _password(_l("Kata sandi baru"))
    password_confirm = _confirm()


class ChangePasswordForm(FlaskForm):
    current_password = PasswordField(_l("Kata sandi saat ini"), validators=[DataRequired(REQUIRED)])
    password = _password(_l("Kata sandi baru"))
    password_confirm = _confirm()


class ProfileForm(FlaskForm):
    name = StringField(_l("Nama lengkap"), validators=[DataRequired(REQUIRED), Length(
        max=120, message=_l("Nama paling banyak 120 karakter."))])
    # Left out or empty keeps the handle as it is.
    handle = StringField(_l("Nama pengguna (@)"), validators=[Optional(), Length(
        max=60, message=_l("Nama pengguna paling banyak 40 karakter."))])
    # Left out or empty keeps the address; a new one must be confirmed again.
    email = EmailField(_l("Email"), validators=[Optional(), Length(max=254)])
    agency = SelectField(_l("Instansi"), validators=[DataRequired(_l("Pilih instansi Anda."))],
                         validate_choice=False)
    nip = StringField(_l("NIP (opsional)"), validators=[Optional(), Length(max=40)])
    position = StringField(_l("Jabatan"), validators=[Optional(), Length(
        max=120, message=_l("Jabatan paling banyak 120 karakter."))])
    bio = TextAreaField(_l("Tentang saya"), validators=[Optional(), Length(
        max=1000, message=_l("Paling banyak 1.000 karakter."))])
    locale = SelectField(_l("Bahasa tampilan"), choices=options(LANGUAGE_CHOICES),
                         validate_choice=False)


class LocaleForm(FlaskForm):
    locale = SelectField(_l("Bahasa"), choices=options(LANGUAGE_CHOICES),
                         validate_choice=False)
