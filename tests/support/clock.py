"""Today and this year in Medan (WIB), read when a test runs, not when its module is imported.

A constant computed at import goes stale when a test run crosses midnight in Jakarta (17:00 UTC): the app then
dates a claim a day after the test's `TODAY`. Call these inside the test, or pass a callable in a parametrize
list and resolve it with `at_today`.
"""
from __future__ import annotations

from datetime import date

from app.core.timeutil import utcnow
from app.pembinaan.records import wib_date


def today() -> date:
    return wib_date(utcnow())


def this_year() -> int:
    return today().year


def at_today(fields: dict) -> dict:
    """The parametrized fields with every callable given today's date."""
    now = today()
    return {key: value(now) if callable(value) else value for key, value in fields.items()}
