"""Tanya Jawab: questions, answers, comments and the accepted answer."""
from __future__ import annotations

from flask import Flask


def init_app(app: Flask) -> None:
    from app.questions.views import questions_bp

    app.register_blueprint(questions_bp)
