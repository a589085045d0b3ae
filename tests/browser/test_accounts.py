"""A newcomer registers, confirms the e-mail from the mail, signs out and signs in again, in a real browser."""
from __future__ import annotations

import email
import email.policy
import re
from pathlib import Path

from tests.browser.conftest import sign_in, sign_out, unique

PASSWORD = "Bunga-Tanjung-2026"


def confirmation_link(site, address: str) -> str:
    """The link in the sign-up mail, from the test site's outbox, on the test site's address."""
    for path in sorted(Path(site.env["MAIL_OUTBOX_DIR"]).glob("*.eml")):
        message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
        found = re.search(r"https?://[^/\s]+(/auth/confirm/\S+)", message.get_content())
        if message["To"] == address and found:
            return site.url(found.group(1))
    raise AssertionError(f"no confirmation mail to {address}")


def test_register_then_sign_out_and_in_again(page, site):
    name = unique("Rahmat Hidayat")
    address = f"{name.split()[-1]}@pemkomedan.go.id"
    page.goto(site.url("/"))
    page.get_by_role("link", name="Daftar").first.click()
    page.fill("input[name=name]", name)
    page.fill("input[name=email]", address)
    page.fill("input[name=password]", PASSWORD)
    page.fill("input[name=password_confirm]", PASSWORD)
    page.select_option("select[name=agency]", "dishub")
    page.fill("input[name=position]", "Analis Lalu Lintas")
    page.get_by_role("button", name="Daftar", exact=True).click()
    page.wait_for_load_state()
    # The same answer as for an e-mail or NIP that is taken: look in the mail, then sign in.
    assert "/auth/login" in page.url
    assert page.get_by_text("Kami telah mengirim email ke alamat yang Anda daftarkan").first.is_visible()

    sign_in(page, site, address, PASSWORD)
    assert page.get_by_text(name).first.is_visible()
    # Until the address is confirmed the member reads, and a banner says what to do.
    assert page.locator("[data-confirm-banner]").is_visible()
    page.goto(confirmation_link(site, address))
    page.wait_for_load_state()
    assert page.get_by_text("alamat email Anda telah dikonfirmasi").first.is_visible()
    assert page.locator("[data-confirm-banner]").count() == 0
    sign_out(page)
    sign_in(page, site, address, PASSWORD)
    page.goto(site.url("/users/me"))
    assert name in page.inner_text("h1")


def test_a_wrong_password_is_refused_with_a_message(page, site):
    page.goto(site.url("/auth/login"))
    page.fill("input[name=login]", "moderator@simpul.test")
    page.fill("input[name=password]", "bukan-kata-sandinya")
    page.get_by_role("button", name="Masuk", exact=True).click()
    page.wait_for_load_state()
    assert "/auth/login" in page.url
    assert page.locator(".invalid-feedback, .alert").first.is_visible()
