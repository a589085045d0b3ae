"""Uploads are counted per member (RATELIMIT_UPLOAD); beyond the limit, problem JSON with 429."""
from __future__ import annotations

import pytest

from tests.files.conftest import send


@pytest.fixture
def app_config(app_config):
    return {**app_config, "RATELIMIT_ENABLED": True, "RATELIMIT_UPLOAD": "3 per minute"}


def test_uploads_are_rate_limited_per_member(uploader, login_as, make_user):
    for n in range(3):
        assert send(uploader, b"catatan", f"c{n}.txt").status_code == 201
    refused = send(uploader, b"catatan", "c4.txt")
    assert refused.status_code == 429 and refused.mimetype == "application/problem+json"
    assert refused.get_json(force=True)["title"] == "Terlalu banyak permintaan"
    # Another member of the same office (the same address) still uploads.
    assert send(login_as(make_user()), b"catatan", "lain.txt").status_code == 201
