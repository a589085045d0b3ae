"""Tests for NIP parsing and validation; plain functions, no app or database."""

import dataclasses
from datetime import date

import pytest

from app.accounts.nip import Nip, NipError, parse_nip

# Pinned so the "not in the future" and age bounds don't drift with the calendar.
TODAY = date(2025, 6, 1)


def _error(raw: str, today: date = TODAY) -> str:
    with pytest.raises(NipError) as excinfo:
        parse_nip(raw, today=today)
    return str(excinfo.value)


@pytest.mark.parametrize(
    "raw",
    [
        "198503122010011002",
        "19850312 201001 1 002",
        "  19850312 201001 1 002  ",
        "19850312.201001.1.002",
        "19850312-201001-1-002",
        "19850312 - 201001 . 1 . 002",
        "19850312\t201001\u00a01 002",
    ],
)
def test_valid_pns_is_normalised(raw):
    nip = parse_nip(raw, today=TODAY)
    assert nip == Nip(
        value="198503122010011002",
        birth_date=date(1985, 3, 12),
        appointment_year=2010,
        appointment_month=1,
        kind="PNS",
        gender="L",
    )


@pytest.mark.parametrize(
    ("raw", "gender", "birth"),
    [
        ("199001152022212005", "P", date(1990, 1, 15)),
        ("19900115 2022 21 2 005", "P", date(1990, 1, 15)),
        ("198807072023291999", "L", date(1988, 7, 7)),
    ],
)
def test_valid_pppk(raw, gender, birth):
    nip = parse_nip(raw, today=TODAY)
    assert nip is not None
    assert nip.kind == "PPPK"
    assert nip.appointment_month is None
    assert nip.gender == gender
    assert nip.birth_date == birth
    assert len(nip.value) == 18 and nip.value.isdigit()


@pytest.mark.parametrize(("code", "kind"), [("01", "PNS"), ("12", "PNS"), ("21", "PPPK"), ("29", "PPPK")])
def test_code_boundaries_decide_the_kind(code, kind):
    nip = parse_nip(f"198503122010{code}2001", today=TODAY)
    assert nip is not None and nip.kind == kind


@pytest.mark.parametrize("raw", [None, "", "   ", "\t\n", " - . "])
def test_blank_means_no_nip(raw):
    assert parse_nip(raw, today=TODAY) is None


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("19850312201001100", ["18 angka", "17 angka"]),
        ("1985031220100110021", ["18 angka", "19 angka"]),
        ("1985", ["18 angka", "4 angka"]),
        ("19850312 20100A 1 002", ["hanya boleh berisi angka"]),
        ("19850312/201001/1/002", ["hanya boleh berisi angka"]),
        # Non-ASCII digits would be accepted by str.isdigit() and int().
        ("١٩٨٥٠٣١٢٢٠١٠٠١١٠٠٢", ["hanya boleh berisi angka"]),
        ("198502312010011002", ["tanggal", "19850231"]),
        ("198500122010011002", ["tanggal", "19850012"]),
        ("198713012010011002", ["tanggal", "19871301"]),
        ("185003122010011002", ["Tahun lahir", "1850"]),
        ("193912312010011002", ["Tahun lahir", "1939"]),
        ("201101012025011002", ["Tahun lahir", "2011"]),
        ("198503122010131002", ["01–12", "21–29", "tertulis 13"]),
        ("198503122010001002", ["01–12", "tertulis 00"]),
        ("198503122010201002", ["01–12", "tertulis 20"]),
        ("198503122010301002", ["01–12", "tertulis 30"]),
        ("198503122050011002", ["2050", "masa depan"]),
        ("198503121999011002", ["1999", "15 tahun", "1985"]),
        ("198503122010013002", ["1 atau 2", "tertulis 3"]),
        ("198503122010010002", ["1 atau 2", "tertulis 0"]),
        ("198503122010011000", ["000"]),
    ],
)
def test_error_messages_name_the_problem(raw, expected):
    message = _error(raw)
    for fragment in expected:
        assert fragment in message
    # gettext outside an app context must still interpolate, not leak placeholders.
    assert "%(" not in message


def test_length_message_is_exact_without_app_context():
    assert _error("19850312201001100") == "NIP harus terdiri dari 18 angka; Anda memasukkan 17 angka."


def test_leap_day_birth_dates():
    nip = parse_nip("198802292010011002", today=TODAY)
    assert nip is not None and nip.birth_date == date(1988, 2, 29)
    assert "19870229" in _error("198702292010011002")


@pytest.mark.parametrize(("year", "ok"), [(1999, False), (2000, True), (2001, True)])
def test_appointment_at_least_15_years_after_birth(year, ok):
    raw = f"19850312{year}011002"
    if ok:
        nip = parse_nip(raw, today=TODAY)
        assert nip is not None and nip.appointment_year == year
    else:
        assert "15 tahun" in _error(raw)


@pytest.mark.parametrize(
    ("today", "ok"),
    [(date(2025, 12, 31), False), (date(2026, 1, 1), True), (date(2030, 6, 1), True)],
)
def test_future_appointment_year_depends_on_today(today, ok):
    raw = "199001152026011002"
    if ok:
        nip = parse_nip(raw, today=today)
        assert nip is not None and nip.appointment_year == 2026
    else:
        assert "masa depan" in _error(raw, today=today)


def test_latest_birth_year_moves_with_today():
    raw = "201001012025011002"
    assert "Tahun lahir" in _error(raw, today=date(2024, 12, 31))
    assert parse_nip(raw, today=date(2025, 1, 1)) is not None


def test_default_today_is_the_real_date():
    assert parse_nip("19850312 201001 1 002") is not None


def test_nip_error_is_a_value_error():
    # Form validators and callers catching ValueError must see it.
    assert issubclass(NipError, ValueError)


def test_nip_is_immutable():
    nip = parse_nip("198503122010011002", today=TODAY)
    with pytest.raises(dataclasses.FrozenInstanceError):
        nip.value = "x"  # type: ignore[misc]
