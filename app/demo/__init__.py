"""Demo data for `flask seed-demo`: written for this project, idempotent."""
from __future__ import annotations

from flask import Flask


def init_app(app: Flask) -> None:
    from app.demo.cli import seed_demo

    app.cli.add_command(seed_demo)
