"""Static files for slow office networks: fingerprinted URLs cached for a year, and gzip for text.

Every `url_for('static', filename=...)` gets `?v=<hash of the file>`, so a changed file has a new URL and
browsers may keep the old one forever. Files are read once per worker (again when they change on disk)
and text is served gzipped to browsers that accept it. Pages are not compressed: they carry a CSRF token
next to text a visitor can choose (a search query), which is what the BREACH attack needs.
"""
from __future__ import annotations

import gzip
import hashlib
import mimetypes
import os
import threading
from dataclasses import dataclass

from flask import Flask, abort, current_app, request
from werkzeug.security import safe_join

YEAR = 365 * 24 * 3600
COMPRESSIBLE = ("text/", "application/javascript", "application/json", "image/svg+xml")


@dataclass(frozen=True)
class StaticFile:
    mtime: float
    body: bytes
    gzipped: bytes | None
    mimetype: str
    fingerprint: str


class StaticFiles:
    def __init__(self, folder: str):
        self.folder = folder
        self._files: dict[str, StaticFile] = {}
        self._lock = threading.Lock()

    def get(self, filename: str) -> StaticFile | None:
        path = safe_join(self.folder, filename)
        if path is None or not os.path.isfile(path):
            return None
        mtime = os.path.getmtime(path)
        known = self._files.get(path)
        if known is not None and known.mtime == mtime:
            return known
        with open(path, "rb") as handle:
            body = handle.read()
        mimetype = mimetypes.guess_type(path)[0] or "application/octet-stream"
        gzipped = None
        if mimetype.startswith(COMPRESSIBLE) and len(body) > 1024:
            gzipped = gzip.compress(body, compresslevel=9, mtime=0)
        loaded = StaticFile(mtime, body, gzipped, mimetype, hashlib.sha256(body).hexdigest()[:12])
        with self._lock:
            self._files[path] = loaded
        return loaded


def _serve(filename: str):
    found = current_app.extensions["static_files"].get(filename)
    if found is None:
        abort(404)
    accepts_gzip = found.gzipped is not None and "gzip" in request.headers.get("Accept-Encoding", "")
    response = current_app.response_class(found.gzipped if accepts_gzip else found.body, mimetype=found.mimetype)
    if accepts_gzip:
        response.headers["Content-Encoding"] = "gzip"
    if found.gzipped is not None:
        response.headers["Vary"] = "Accept-Encoding"
    response.set_etag(found.fingerprint + ("-gz" if accepts_gzip else ""))
    if request.args.get("v") == found.fingerprint:
        response.headers["Cache-Control"] = f"public, max-age={YEAR}, immutable"
    else:
        response.headers["Cache-Control"] = "public, no-cache"
    return response.make_conditional(request)


def init_app(app: Flask) -> None:
    files = StaticFiles(app.static_folder)
    app.extensions["static_files"] = files
    app.view_functions["static"] = _serve

    @app.url_defaults
    def _fingerprint(endpoint: str, values: dict) -> None:
        if endpoint == "static" and "filename" in values and "v" not in values:
            found = files.get(values["filename"])
            if found is not None:
                values["v"] = found.fingerprint
