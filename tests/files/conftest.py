"""Upload helpers: send a file as a signed-in member's browser would (the multipart field `file`)."""
from __future__ import annotations

import io

import pytest


def send(client, data: bytes, name: str, *, csrf: bool = True, header_token: bool = False):
    form = {"file": (io.BytesIO(data), name)}
    if header_token:
        return client.post("/uploads", form, csrf=False, headers={"X-CSRFToken": client.csrf_token()})
    return client.post("/uploads", form, csrf=csrf)


@pytest.fixture
def uploader(login_as, member):
    """The member's signed-in client."""
    return login_as(member)
