"""The activity form: WIB date-times and whole numbers parsed here, the rules checked by the services."""
from __future__ import annotations

from datetime import datetime

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import Field, SelectField, StringField, TextAreaField
from wtforms.validators import Length, Optional
from wtforms.widgets import DateTimeLocalInput, NumberInput, TextInput, URLInput

from app.content.forms import HARD_CAP
from app.core.forms import options
from app.core.timeutil import from_wib
from app.pembinaan.activity_rules import KIND_LABELS, ActivityFields

_FORMATS = ("%Y-%m-%dT%H:%M", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M")


class WibDateTimeField(Field):
    """A `datetime-local` input read as WIB wall-clock time; `data` is that naive local time or None."""

    widget = DateTimeLocalInput()

    def _value(self) -> str:
        if self.raw_data:
            return self.raw_data[0][:40]
        return self.data.strftime("%Y-%m-%dT%H:%M") if self.data else ""

    def process_formdata(self, valuelist) -> None:
        raw = (valuelist[0] if valuelist else "").strip()
        self.data = None
        if not raw:
            return
        for layout in _FORMATS:
            try:
                value = datetime.strptime(raw[:40], layout)
            except ValueError:
                continue
            if 2000 <= value.year <= 2100:  # also keeps WIB -> UTC arithmetic away from year 1 and 9999
                self.data = value
                return
            break
        raise ValueError(_("Tanggal dan jam tidak valid; isi seperti 2026-12-01T09:00."))


class WholeNumberField(Field):
    """A whole number, or None when left empty; the range is the service's rule."""

    widget = NumberInput(step=1)

    def _value(self) -> str:
        if self.raw_data:
            return self.raw_data[0][:20]
        return "" if self.data is None else str(self.data)

    def process_formdata(self, valuelist) -> None:
        raw = (valuelist[0] if valuelist else "").strip()
        self.data = None
        if not raw:
            return
        if len(raw) > 9 or not raw.lstrip("-").isdigit():
            raise ValueError(_("Isi dengan bilangan bulat, misalnya 4."))
        self.data = int(raw)


class ActivityForm(FlaskForm):
    title = StringField(_l("Judul kegiatan"), validators=[Optional(), Length(max=2000)])
    kind = SelectField(_l("Jenis kegiatan"), choices=options(KIND_LABELS.items()), validate_choice=False)
    agency = SelectField(_l("Instansi penyelenggara"), validate_choice=False)
    partner = StringField(_l("Mitra (opsional)"), validators=[Optional(), Length(max=2000)],
                          description=_l("Misalnya Universitas Sumatera Utara."))
    description = TextAreaField(_l("Deskripsi"), validators=[Optional(), Length(max=HARD_CAP)])
    starts_at = WibDateTimeField(_l("Mulai (WIB)"))
    ends_at = WibDateTimeField(_l("Selesai (WIB)"))
    place = StringField(_l("Tempat"), validators=[Optional(), Length(max=2000)],
                        description=_l("Misalnya Aula BKPSDM Kota Medan. Isi tempat, tautan, atau keduanya."))
    link = StringField(_l("Tautan kegiatan daring"), widget=URLInput(), validators=[Optional(), Length(max=2000)],
                       description=_l("Alamat Zoom, YouTube atau LMS, diawali https://."))
    capacity = WholeNumberField(_l("Kapasitas peserta (opsional)"),
                                description=_l("1 sampai 10.000; kosongkan bila tanpa batas."))
    jp = WholeNumberField(_l("Nilai JP"))
    tags = StringField(_l("Tag"), widget=TextInput(), validators=[Optional(), Length(max=500)],
                       description=_l("Pisahkan dengan koma, paling banyak 5. Contoh: arsip, transformasi-digital"))
    articles = StringField(_l("Praktik baik terkait (opsional)"), validators=[Optional(), Length(max=5000)],
                           description=_l("Ketik judul praktik baik lalu pilih dari daftar, atau tempel tautan "
                                          "artikelnya (pisahkan dengan koma)."))

    def fields_for_service(self, *, pick_agency: bool) -> ActivityFields:
        def utc(value):
            return from_wib(value) if value else None

        return ActivityFields(
            title=self.title.data, kind=self.kind.data, description=self.description.data,
            starts_at=utc(self.starts_at.data), ends_at=utc(self.ends_at.data), jp=self.jp.data,
            place=self.place.data, link=self.link.data, partner=self.partner.data, capacity=self.capacity.data,
            tags=self.tags.data, articles=self.articles.data,
            agency_code=(self.agency.data or None) if pick_agency else None)


class ActionForm(FlaskForm):
    """Only the CSRF token: register, cancel, call off."""
