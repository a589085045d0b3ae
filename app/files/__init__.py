"""Uploads: type checks from the bytes, re-encoded images, storage, serving, attachment to posts."""
from __future__ import annotations

from flask import Flask


def init_app(app: Flask) -> None:
    """The upload and serving routes, `flask uploads`, and the listener that attaches uploads to saved posts."""
    from app.files.cli import uploads_cli
    from app.files.listeners import connect_listeners
    from app.files.views import files_bp

    app.register_blueprint(files_bp)
    app.cli.add_command(uploads_cli)
    connect_listeners()
