"""Figures per agency that features offer to the leaders' agency view without being imported (STYLE 13).

A feature registers a provider in its init_app: `fn(start, end) -> {agency_id: value}` for the period
[start, end) in naive UTC (None: open). Leaders read them by name and treat a missing provider as no figure.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from flask import Flask, current_app

Provider = Callable[[datetime | None, datetime | None], dict[int, float]]
EXTENSION = "simpul_agency_figures"


def register(app: Flask, name: str, provider: Provider) -> None:
    app.extensions.setdefault(EXTENSION, {})[name] = provider


def provided(name: str) -> bool:
    return name in current_app.extensions.get(EXTENSION, {})


def figure(name: str, start: datetime | None, end: datetime | None) -> dict[int, float]:
    provider = current_app.extensions.get(EXTENSION, {}).get(name)
    return provider(start, end) if provider is not None else {}
