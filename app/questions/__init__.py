"""Tanya Jawab: questions, answers, comments and the accepted answer; Tanya OPD (questions to an agency)."""
from __future__ import annotations

from flask import Flask


def init_app(app: Flask) -> None:
    from app.questions import opd_views  # noqa: F401 - its routes join the blueprint
    from app.questions.cli import opd_cli
    from app.questions.views import questions_bp

    app.register_blueprint(questions_bp)
    app.cli.add_command(opd_cli)
