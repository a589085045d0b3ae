"""Parsing and validation of the 18-digit NIP (Nomor Induk Pegawai) of PNS and PPPK civil servants."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from flask_babel import gettext as _

# Users copy NIPs from SK documents and ID cards, where they are printed in groups.
_SEPARATORS = re.compile(r"[\s.\-]+")
# ASCII only: str.isdigit() would also accept e.g. Arabic-Indic digits, which int() then silently converts.
_DIGITS = re.compile(r"[0-9]+")

NIP_LENGTH = 18
# Nobody born before this is still in service; it also catches typos in the century.
MIN_BIRTH_YEAR = 1940
# Minimum age at CPNS/PPPK appointment; it also bounds the latest plausible birth year.
MIN_AGE_AT_APPOINTMENT = 15

PNS_MONTHS = range(1, 13)
# For PPPK the two digits after the appointment year are not a month but a code 21-29.
PPPK_CODES = range(21, 30)


class NipError(ValueError):
    """A NIP that cannot be right; str(err) is a clear message in Indonesian for the user."""


@dataclass(frozen=True)
class Nip:
    """A NIP that passed every check, with the facts encoded in it."""

    value: str  # 18 digits, normalised
    birth_date: date
    appointment_year: int
    appointment_month: int | None  # None for PPPK
    kind: str  # "PNS" or "PPPK"
    gender: str  # "L" or "P"


def parse_nip(raw: str | None, *, today: date | None = None) -> Nip | None:
    """Normalise and validate a NIP; None for blank input, NipError for anything invalid.

    `today` exists so tests can pin the "not in the future" and age checks.
    """
    if raw is None:
        return None
    digits = _SEPARATORS.sub("", raw)
    # The field is optional, so blank means "no NIP" rather than an error.
    if not digits:
        return None
    if not _DIGITS.fullmatch(digits):
        raise NipError(
            _("NIP hanya boleh berisi angka (spasi, titik dan tanda hubung diperbolehkan sebagai pemisah).")
        )
    if len(digits) != NIP_LENGTH:
        raise NipError(_("NIP harus terdiri dari 18 angka; Anda memasukkan %(n)d angka.", n=len(digits)))

    today = today or date.today()
    birth_date = _birth_date(digits[:8], today)
    appointment_year = _appointment_year(int(digits[8:12]), birth_date.year, today)

    code = int(digits[12:14])
    if code in PNS_MONTHS:
        kind, appointment_month = "PNS", code
    elif code in PPPK_CODES:
        kind, appointment_month = "PPPK", None
    else:
        raise NipError(
            _(
                "Bulan pengangkatan pada NIP (angka ke-13 dan ke-14) harus 01–12 untuk PNS "
                "atau 21–29 untuk PPPK; tertulis %(code)s.",
                code=digits[12:14],
            )
        )

    gender_digit = digits[14]
    if gender_digit not in ("1", "2"):
        raise NipError(
            _(
                "Angka ke-15 NIP (jenis kelamin) harus 1 atau 2; tertulis %(digit)s.",
                digit=gender_digit,
            )
        )

    if digits[15:] == "000":
        raise NipError(_("Nomor urut pada NIP (3 angka terakhir) tidak boleh 000."))

    return Nip(
        value=digits,
        birth_date=birth_date,
        appointment_year=appointment_year,
        appointment_month=appointment_month,
        kind=kind,
        gender="L" if gender_digit == "1" else "P",
    )


def _birth_date(text: str, today: date) -> date:
    try:
        born = date(int(text[:4]), int(text[4:6]), int(text[6:8]))
    except ValueError:
        raise NipError(
            _(
                "8 angka pertama NIP harus tanggal lahir yang sah (TTTTBBHH); "
                "%(text)s bukan tanggal yang ada.",
                text=text,
            )
        ) from None
    latest = today.year - MIN_AGE_AT_APPOINTMENT
    if not MIN_BIRTH_YEAR <= born.year <= latest:
        raise NipError(
            _(
                "Tahun lahir pada NIP (%(year)d) tidak masuk akal; harus antara %(low)d dan %(high)d.",
                year=born.year,
                low=MIN_BIRTH_YEAR,
                high=latest,
            )
        )
    return born


def _appointment_year(year: int, birth_year: int, today: date) -> int:
    if year > today.year:
        raise NipError(_("Tahun pengangkatan pada NIP (%(year)d) tidak boleh di masa depan.", year=year))
    earliest = birth_year + MIN_AGE_AT_APPOINTMENT
    if year < earliest:
        raise NipError(
            _(
                "Tahun pengangkatan pada NIP (%(year)d) terlalu awal; paling cepat 15 tahun "
                "setelah tahun lahir (%(birth)d), yaitu %(earliest)d.",
                year=year,
                birth=birth_year,
                earliest=earliest,
            )
        )
    return year
