"""Admin forms."""
from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import BooleanField, SelectField, StringField
from wtforms.validators import DataRequired, Length, Regexp

from app.accounts.queries import AGENCY_KIND_LABELS
from app.core.forms import options
from app.core.roles import ROLE_LABELS

REQUIRED = _l("Kolom ini wajib diisi.")


class RoleForm(FlaskForm):
    role = SelectField(_l("Peran"), choices=options((role.value, label) for role, label in ROLE_LABELS.items()),
                       validate_choice=False)


class AgencyForm(FlaskForm):
    code = StringField(_l("Kode"), validators=[
        DataRequired(REQUIRED), Length(max=64),
        Regexp(r"^[a-z0-9]+(?:-[a-z0-9]+)*$", message=_l(
            "Kode hanya huruf kecil, angka dan tanda hubung, misalnya dinas-kominfo.")),
    ])
    name = StringField(_l("Nama resmi"), validators=[DataRequired(REQUIRED), Length(max=255)])
    short_name = StringField(_l("Nama singkat"), validators=[DataRequired(REQUIRED), Length(max=100)])
    kind = SelectField(_l("Jenis"), choices=options(AGENCY_KIND_LABELS.items()),
                       validate_choice=False)
    active = BooleanField(_l("Aktif (dapat dipilih saat mendaftar)"), default=True)
    headcount = StringField(_l("Jumlah ASN (pegawai)"), validators=[Length(max=12)])


class SizeSourceForm(FlaskForm):
    source = SelectField(_l("Jumlah ASN tiap instansi dihitung dari"), choices=options([
        ("verified", _l("Anggota yang terverifikasi sebagai ASN")),
        ("headcount", _l("Jumlah pegawai yang dimasukkan admin"))]), validate_choice=False)
