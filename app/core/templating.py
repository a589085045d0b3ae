"""Jinja helpers: WIB dates with Indonesian month names, numbers with '.', permissions, roles."""
from __future__ import annotations

from datetime import date, datetime

from flask import Flask, current_app
from flask_babel import format_date, format_datetime, format_decimal, get_locale
from flask_wtf.csrf import generate_csrf

from app.accounts.roles import Permission, role_label
from app.core.permissions import can


def format_datetime_wib(value: datetime | None) -> str:
    if value is None:
        return ""
    return format_datetime(value, "d MMM y, HH.mm") + " WIB"


def format_date_wib(value: datetime | date | None) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return format_datetime(value, "d MMM y")
    return format_date(value, "d MMM y")


def format_number(value) -> str:
    return format_decimal(value or 0)


def register_template_helpers(app: Flask) -> None:
    app.jinja_env.filters["wib"] = format_datetime_wib
    app.jinja_env.filters["tanggal"] = format_date_wib
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
