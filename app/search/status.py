"""What /healthz says of search until the backends arrive: whether the index folder is usable."""
from __future__ import annotations

import os
from pathlib import Path

from flask import current_app


def search_status() -> dict:
    backend = current_app.config["SEARCH_BACKEND"]
    if backend != "whoosh":
        return {"status": "ok", "backend": backend}
    folder = Path(current_app.config["SEARCH_INDEX_DIR"])
    if not folder.exists():
        return {"status": "ok", "backend": backend, "index": "belum dibangun"}
    if not os.access(folder, os.W_OK):
        return {"status": "error", "backend": backend, "index": "tidak dapat ditulis"}
    return {"status": "ok", "backend": backend, "index": "siap"}
