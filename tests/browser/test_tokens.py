"""A member creates an API token in the browser, uses it once with curl's part played by urllib, and revokes it."""
from __future__ import annotations

import json
import urllib.error
import urllib.request

from playwright.sync_api import expect

from app.demo.people import demo_email
from tests.browser.conftest import sign_in, unique

MEMBER = demo_email("Lestari Wulandari")


def api_status(site, secret: str) -> int:
    request = urllib.request.Request(site.url("/api/v1/me"), headers={"Authorization": f"Bearer {secret}"})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310 - the test's own server
            assert json.loads(response.read())["email"] == MEMBER
            return response.status
    except urllib.error.HTTPError as err:
        assert err.headers["Content-Type"] == "application/problem+json"
        return err.code


def test_create_use_and_revoke_a_token(page, site):
    sign_in(page, site, MEMBER)
    page.goto(site.url("/users/me/tokens"))
    name = unique("Skrip e-Kinerja")
    page.get_by_label("Nama token").fill(name)
    page.get_by_label("Berlaku (hari)").fill("30")
    page.get_by_role("button", name="Buat token").click()
    secret_box = page.locator("[data-token-secret]")
    expect(secret_box).to_be_visible()
    secret = secret_box.inner_text().strip()
    assert secret.startswith("simpul_")
    assert api_status(site, secret) == 200

    page.goto(site.url("/users/me/tokens"))  # shown once: never again
    expect(page.locator("[data-token-secret]")).to_have_count(0)
    row = page.locator("[data-token-list] tr", has_text=name)
    expect(row).to_contain_text("Aktif")
    row.get_by_role("button", name="Cabut").click()
    expect(page.locator("[data-token-list] tr", has_text=name)).to_contain_text("Dicabut")
    assert api_status(site, secret) == 401
