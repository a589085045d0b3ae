"""Monthly reports in PDF for leaders (issue #21): `flask reports monthly`, and /leaders/reports to download.

Floor 7: a report gathers what the features count (leaders' queries, pembinaan's JP compliance).
"""
from __future__ import annotations

from flask import Flask


def init_app(app: Flask) -> None:
    from app.reports import models  # noqa: F401  (the table registers with the metadata)
    from app.reports.cli import reports_cli
    from app.reports.views import reports_bp

    app.register_blueprint(reports_bp)
    app.cli.add_command(reports_cli)
