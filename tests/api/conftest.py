from __future__ import annotations

import pytest

from app.api import tokens
from app.extensions import db


@pytest.fixture
def make_token(app):
    """A live token for a member, made with the service the page uses; returns (token, secret)."""

    def make(user, scopes=("read",), days=30, name="skrip uji"):
        token, secret = tokens.create_token(user, name, list(scopes), days)
        db.session.commit()
        return token, secret

    return make


@pytest.fixture
def api(client):
    """GET/POST on the API with a bearer token (no cookies, no CSRF)."""

    class Api:
        def get(self, path, secret=None, **kwargs):
            headers = {"Authorization": f"Bearer {secret}"} if secret else {}
            return client.get(path, headers=headers, **kwargs)

        def post(self, path, secret=None, **kwargs):
            headers = {"Authorization": f"Bearer {secret}"} if secret else {}
            return client._request("POST", path, headers=headers, **kwargs)

    return Api()
