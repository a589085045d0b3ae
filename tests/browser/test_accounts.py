"""A newcomer registers, signs out and signs in again, in a real browser."""
from __future__ import annotations

from tests.browser.conftest import sign_in, sign_out, unique

PASSWORD = "Bunga-Tanjung-2026"


def test_register_then_sign_out_and_in_again(page, site):
    name = unique("Rahmat Hidayat")
    email = f"{name.split()[-1]}@pemkomedan.go.id"
    page.goto(site.url("/"))
    page.get_by_role("link", name="Daftar").first.click()
    page.fill("input[name=name]", name)
    page.fill("input[name=email]", email)
    page.fill("input[name=password]", PASSWORD)
    page.fill("input[name=password_confirm]", PASSWORD)
    page.select_option("select[name=agency]", "dishub")
    page.fill("input[name=position]", "Analis Lalu Lintas")
    page.get_by_role("button", name="Daftar", exact=True).click()
    page.wait_for_load_state()
    # The same answer as for an e-mail or NIP that is taken: look in the mail, then sign in.
    assert "/auth/login" in page.url
    assert page.get_by_text("Kami telah mengirim email ke alamat yang Anda daftarkan").first.is_visible()

    sign_in(page, site, email, PASSWORD)
    assert page.get_by_text(name).first.is_visible()
    sign_out(page)
    sign_in(page, site, email, PASSWORD)
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
