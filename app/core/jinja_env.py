"""The Jinja environment: filters for WIB dates, numbers and roles, and the globals every page uses."""
from __future__ import annotations

import functools
from datetime import date, datetime

from babel import Locale
from babel import numbers as babel_numbers
from flask import Flask, current_app
from flask_babel import format_decimal, get_locale
from flask_wtf.csrf import generate_csrf

from app.core.permissions import can
from app.core.roles import Permission, role_label
from app.core.timeutil import aware_wib, wib_date


@functools.cache
def _month_abbreviations(locale: str) -> tuple[str, ...]:
    months = Locale.parse(locale).months["format"]["abbreviated"]
    return tuple(months[number] for number in range(1, 13))


def _day_month_year(value: date) -> str:
    months = _month_abbreviations(str(get_locale() or "id"))
    return f"{value.day} {months[value.month - 1]} {value.year}"


def format_datetime_wib(value: datetime | None) -> str:
    """'28 Nov 2026, 20.03 WIB' (the same as Babel's d MMM y, HH.mm in WIB)."""
    if value is None:
        return ""
    local = aware_wib(value)
    return f"{_day_month_year(local)}, {local.hour:02d}.{local.minute:02d} WIB"


def format_date_wib(value: datetime | date | None) -> str:
    if value is None:
        return ""
    return _day_month_year(aware_wib(value) if isinstance(value, datetime) else value)


@functools.cache
def _group_separator(locale: str) -> str:
    return babel_numbers.format_decimal(1000, locale=locale)[1]


def format_number(value) -> str:
    """1.234 in Indonesian, 1,234 in English; whole numbers (scores, counts) without Babel's formatter."""
    if isinstance(value, int) or value is None:
        grouped = f"{value or 0:,}"
        return grouped.replace(",", _group_separator(str(get_locale() or "id")))
    return format_decimal(value)


def register_template_helpers(app: Flask) -> None:
    app.jinja_env.filters["wib"] = format_datetime_wib
    app.jinja_env.filters["tanggal"] = format_date_wib
    app.jinja_env.filters["wib_iso_date"] = lambda moment: wib_date(moment).isoformat()  # data attributes
    app.jinja_env.filters["angka"] = format_number
    app.jinja_env.filters["role_label"] = role_label
    app.jinja_env.trim_blocks = True
    app.jinja_env.lstrip_blocks = True

    @app.context_processor
    def _globals():
        return {
            "site_name": current_app.config["SITE_NAME"],
            "can": can,
            "Permission": Permission,
            "current_locale": str(get_locale() or current_app.config["BABEL_DEFAULT_LOCALE"]),
            "csrf_token_value": generate_csrf,
        }
