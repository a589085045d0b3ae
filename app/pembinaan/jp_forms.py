"""Forms of the JP record: claims, decisions on claims, the conversion table and duties.

The services check meaning and lengths; the caps here only stop absurd input.
"""
from __future__ import annotations

from datetime import date

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from flask_wtf.file import FileField
from wtforms import BooleanField, HiddenField, SelectField, StringField, TextAreaField
from wtforms.validators import Length, Optional, ValidationError

from app.core.forms import options
from app.pembinaan.duties import DUTY_LABELS

TOO_LONG = _l("Isian ini terlalu panjang.")


class ClaimForm(FlaskForm):
    conversion = SelectField(_l("Jenis berbagi pengetahuan"), validate_choice=False)
    article = StringField(_l("Artikel Anda"), validators=[Optional(), Length(max=500, message=TOO_LONG)],
                          description=_l("Untuk klaim artikel: ketik judul artikel Anda yang sudah terbit lalu pilih "
                                         "dari daftar, atau tempel tautannya."))
    activity = StringField(_l("Kegiatan"), validators=[Optional(), Length(max=500, message=TOO_LONG)],
                           description=_l("Untuk klaim narasumber atau mentor: ketik judul kegiatan yang sudah "
                                          "berlangsung yang Anda selenggarakan atau pandu lalu pilih dari daftar, "
                                          "atau tempel tautannya."))
    happened_on = StringField(_l("Tanggal"), render_kw={"type": "date"},
                              validators=[Optional(), Length(max=10, message=TOO_LONG)])
    proof = TextAreaField(_l("Bukti"), validators=[Optional(), Length(max=5_000, message=TOO_LONG)],
                          description=_l("Tautan atau uraian singkat yang dapat diperiksa verifikator; "
                                         "paling banyak 1.000 karakter."))
    certificate = FileField(_l("Sertifikat atau berkas bukti (opsional)"),
                            description=_l("PDF, gambar, atau dokumen kantor; hanya Anda, verifikator JP, dan admin "
                                           "yang dapat membukanya."))
    year = HiddenField(validators=[Optional(), Length(max=4)])
    day: date | None = None  # the parsed date, once validated

    def validate_happened_on(self, field):
        self.day = None
        if field.data:
            try:
                self.day = date.fromisoformat(field.data.strip())
            except ValueError:
                raise ValidationError(_l("Tanggal tidak valid; gunakan format tahun-bulan-tanggal.")) from None

    def validate_year(self, field):
        if field.data and not (field.data.isascii() and field.data.isdecimal() and len(field.data) == 4):
            raise ValidationError(_l("Tahun tidak valid."))

    @property
    def year_value(self) -> int | None:
        return int(self.year.data) if self.year.data else None


class RejectForm(FlaskForm):
    reason = TextAreaField(_l("Alasan penolakan"), validators=[Optional(), Length(max=5_000, message=TOO_LONG)],
                           description=_l("Wajib diisi; pengaju membaca alasan ini. Paling banyak 500 karakter."))


class VerifyForm(FlaskForm):
    """Only the CSRF token: the decision is the address."""


class ConversionForm(FlaskForm):
    label = StringField(_l("Nama"), validators=[Optional(), Length(max=1_000, message=TOO_LONG)])
    jp = StringField(_l("JP"), validators=[Optional(), Length(max=10, message=TOO_LONG)])
    active = BooleanField(_l("Dapat diklaim"))


class DutyForm(FlaskForm):
    user = StringField(_l("Anggota"), validators=[Optional(), Length(max=254, message=TOO_LONG)],
                       description=_l("Ketik nama atau @nama pengguna lalu pilih dari daftar; email atau NIP juga "
                                      "diterima."))
    duty = SelectField(_l("Tugas"), choices=options(DUTY_LABELS.items()), validate_choice=False)


def _parsed_date(field) -> date | None:
    if not field.data:
        return None
    try:
        return date.fromisoformat(field.data.strip())
    except ValueError:
        raise ValidationError(_l("Tanggal tidak valid; gunakan format tahun-bulan-tanggal.")) from None


class ExternalTrainingForm(FlaskForm):
    """Pengembangan di luar Simpul: the checks of meaning are app/pembinaan/external.py's."""

    kind = SelectField(_l("Jenis pengembangan"), validate_choice=False)
    title = StringField(_l("Nama pelatihan"), validators=[Optional(), Length(max=1_000, message=TOO_LONG)])
    organiser = StringField(_l("Penyelenggara"), validators=[Optional(), Length(max=1_000, message=TOO_LONG)],
                            description=_l("Misalnya BPSDM Provinsi Sumatera Utara, LAN RI, atau universitas."))
    starts_on = StringField(_l("Tanggal mulai"), render_kw={"type": "date"},
                            validators=[Optional(), Length(max=10, message=TOO_LONG)])
    ends_on = StringField(_l("Tanggal selesai"), render_kw={"type": "date"},
                          validators=[Optional(), Length(max=10, message=TOO_LONG)])
    hours = StringField(_l("Jumlah jam"), render_kw={"inputmode": "decimal"},
                        validators=[Optional(), Length(max=10, message=TOO_LONG)],
                        description=_l("Jam pelatihan sesuai sertifikat, misalnya 6 atau 1,5; paling banyak 12 jam "
                                       "per hari. Tiap 45 menit (satu jam pelajaran) dikonversi menurut tabel "
                                       "konversi."))
    certificate_number = StringField(_l("Nomor sertifikat"),
                                     validators=[Optional(), Length(max=1_000, message=TOO_LONG)])
    certificate = FileField(_l("Berkas sertifikat"),
                            description=_l("PDF atau gambar sertifikat; hanya Anda, verifikator JP, dan admin yang "
                                           "dapat membukanya."))
    starts_day: date | None = None
    ends_day: date | None = None

    def validate_starts_on(self, field):
        self.starts_day = _parsed_date(field)

    def validate_ends_on(self, field):
        self.ends_day = _parsed_date(field)
