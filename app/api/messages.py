"""marshmallow's validation messages in Indonesian (English for a member who chose it), set once for the API.

marshmallow keeps its messages as class attributes and formats them with `str.format` (a validator's bounds,
some when the validator is made, at import). `Message` is a str whose `format` only remembers the values:
the text is looked up with gettext and filled in when `str()` is called on it, in the request, by
app/core/problems.py's `field_errors`. Templates here never repeat the input (it may be long or odd).
"""
from __future__ import annotations

from flask_babel import gettext
from marshmallow import fields, validate

SURROGATE_CHARACTERS = r"\ud800-\udfff"  # lone UTF-16 halves: valid in JSON text, not storable as UTF-8


class Message(str):
    """A message id (Indonesian) translated when shown; `format` keeps it lazy."""

    values: dict

    def __new__(cls, msgid: str, values: dict | None = None):
        message = super().__new__(cls, msgid)
        message.values = values or {}
        return message

    def format(self, *args, **values):  # noqa: A003 - marshmallow calls str.format on its messages
        return Message(str.__str__(self), {**self.values, **values})

    def __str__(self) -> str:
        text = gettext(str.__str__(self))
        return text.format(**self.values) if self.values else text


_ = Message  # the message ids below are in app/translations/en/LC_MESSAGES/messages.po

SCHEMA_MESSAGES = {"unknown": _("Isian ini tidak dikenal."), "type": _("Jenis isian tidak valid.")}
SURROGATE = _("Teks ini memuat karakter yang tidak valid (separuh pasangan surrogate UTF-16).")

FIELD_MESSAGES = {
    fields.Field: {"required": _("Isian ini wajib diisi."), "null": _("Isian ini tidak boleh kosong."),
                   "validator_failed": _("Nilai isian ini tidak valid.")},
    fields.Nested: {"type": _("Isian ini harus berupa objek.")},
    fields.List: {"invalid": _("Isian ini harus berupa daftar.")},
    fields.Tuple: {"invalid": _("Isian ini harus berupa daftar.")},
    fields.String: {"invalid": _("Isian ini harus berupa teks."), "invalid_utf8": _("Isian ini harus berupa teks.")},
    fields.Number: {"invalid": _("Isian ini harus berupa angka."), "too_large": _("Angka ini terlalu besar.")},
    fields.Integer: {"invalid": _("Isian ini harus berupa bilangan bulat.")},
    fields.Float: {"special": _("Isian ini harus berupa angka biasa (bukan NaN atau tak hingga).")},
    fields.Decimal: {"special": _("Isian ini harus berupa angka biasa (bukan NaN atau tak hingga).")},
    fields.Boolean: {"invalid": _("Isian ini harus berupa ya atau tidak.")},
    fields.DateTime: {"invalid": _("Isian ini harus berupa waktu ISO 8601."),
                      "invalid_awareness": _("Isian ini harus berupa waktu ISO 8601."),
                      "format": _("Isian ini harus berupa waktu ISO 8601.")},
    fields.Date: {"invalid": _("Isian ini harus berupa tanggal (TTTT-BB-HH)."),
                  "format": _("Isian ini harus berupa tanggal (TTTT-BB-HH).")},
    fields.Mapping: {"invalid": _("Isian ini harus berupa objek.")},
    fields.Enum: {"unknown": _("Pilih salah satu dari: {choices}.")},
}

VALIDATOR_MESSAGES = {
    validate.Length: {"message_min": _("Isian ini paling sedikit {min} karakter atau butir."),
                      "message_max": _("Isian ini paling banyak {max} karakter atau butir."),
                      "message_all": _("Panjang isian ini harus {min} sampai {max} karakter atau butir."),
                      "message_equal": _("Panjang isian ini harus tepat {equal} karakter atau butir.")},
    # Range puts its operator in at once (format(min_op=...), ignored here): our ranges include their ends.
    validate.Range: {"message_min": _("Isian ini paling kecil {min}."),
                     "message_max": _("Isian ini paling besar {max}."),
                     "message_all": _("Isian ini harus antara {min} dan {max}.")},
    validate.OneOf: {"default_message": _("Pilih salah satu dari: {choices}.")},
    validate.Regexp: {"default_message": _("Bentuk isian ini tidak valid.")},
    validate.Equal: {"default_message": _("Nilai isian ini tidak valid.")},
    validate.Predicate: {"default_message": _("Nilai isian ini tidak valid.")},
    validate.NoneOf: {"default_message": _("Nilai isian ini tidak valid.")},
    validate.ContainsOnly: {"default_message": _("Pilih hanya dari: {choices}.")},
    validate.ContainsNoneOf: {"default_message": _("Nilai isian ini tidak valid.")},
    validate.URL: {"default_message": _("Isian ini harus berupa URL yang valid.")},
    validate.Email: {"default_message": _("Isian ini harus berupa alamat email yang valid.")},
}


def install() -> None:
    """Replace marshmallow's English defaults (idempotent; marshmallow is used by the API only)."""
    for field_class, messages in FIELD_MESSAGES.items():
        field_class.default_error_messages = {**field_class.default_error_messages, **messages}
    for validator_class, messages in VALIDATOR_MESSAGES.items():
        for name, message in messages.items():
            setattr(validator_class, name, message)
