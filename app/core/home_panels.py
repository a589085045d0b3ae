"""The panels of a signed-in member's home: each feature offers its own without being imported (STYLE 13).

A feature registers a panel in its init_app: `register(app, name, template, load, order)`. `load(user)`
returns what the panel's template reads (as `panel`), or None when the panel is not for this member (a
verifier's claims for a member without the duty). The home (app/main) asks `panels_for(user)` and includes
each template in `order`; it imports no feature. The home keeps the rendered panels per member, keyed on the
content version and the hour (app/core/fragments.py), so the loads run once per change, not per visit.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from flask import Flask, current_app

EXTENSION = "simpul_home_panels"


@dataclass(frozen=True)
class Panel:
    name: str
    template: str
    load: Callable[[Any], Any]
    order: int = 50


@dataclass(frozen=True)
class Shown:
    name: str
    template: str
    data: Any


def register(app: Flask, name: str, template: str, load: Callable[[Any], Any], order: int = 50) -> None:
    app.extensions.setdefault(EXTENSION, {})[name] = Panel(name, template, load, order)


def registered() -> list[Panel]:
    return sorted(current_app.extensions.get(EXTENSION, {}).values(), key=lambda p: (p.order, p.name))


def panels_for(user) -> list[Shown]:
    """The panels this member sees, in order, each with its data."""
    shown = []
    for panel in registered():
        data = panel.load(user)
        if data is not None:
            shown.append(Shown(panel.name, panel.template, data))
    return shown
