"""Trust in a real browser: a newcomer signs up, confirms the e-mail, asks, is upvoted, and appears in the
leaders' ranking only once the agency's operator has approved the account."""
from __future__ import annotations

import email
import random
import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from app.demo.people import demo_email
from tests.browser.conftest import sign_in, unique
from tests.browser.test_writing import QUESTION_URL, fill_question_title, fill_tags, flash

PASSWORD = "Bunga-Tanjung-2026"
CONFIRM_LINK = re.compile(r"https?://\S+(/auth/confirm/[A-Za-z0-9._\-]+)")


@pytest.fixture(autouse=True)
def favicon_fetch_cut_short_is_no_failure(watched):
    watched.allow(r"^request failed: other \S+/static/img/favicon\.svg\S* \(net::ERR_ABORTED\)$")


def confirmation_path(site, address: str) -> str:
    """The confirmation link of the newest mail to `address` in the test site's outbox."""
    for path in sorted(Path(site.env["MAIL_OUTBOX_DIR"]).glob("*.eml"), reverse=True):
        message = email.message_from_bytes(path.read_bytes())
        if message["To"] == address:
            body = message.get_payload(decode=True).decode("utf-8")
            found = CONFIRM_LINK.search(body)
            assert found, body
            return found.group(1)
    raise AssertionError(f"no mail to {address}")


def ranked_names(page, site) -> list[str]:
    page.goto(site.url("/leaders/?view=orang&period=bulan&agency=diskominfo"))
    return page.locator("table tbody tr").all_inner_texts()


def test_sign_up_confirm_approval_then_the_ranking(open_page, site):
    name = unique("Rahmat Hidayat")
    address = f"rahmat.{name.split()[-1]}@gmail.com"  # not a city address: the operator must approve
    nip = f"19900101201503{random.choice('12')}{random.randint(100, 999)}"

    newcomer = open_page()
    newcomer.goto(site.url("/auth/register"))
    newcomer.fill("input[name=name]", name)
    newcomer.fill("input[name=email]", address)
    newcomer.fill("input[name=password]", PASSWORD)
    newcomer.fill("input[name=password_confirm]", PASSWORD)
    newcomer.select_option("select[name=agency]", "diskominfo")
    newcomer.fill("input[name=nip]", nip)
    newcomer.fill("input[name=position]", "Pranata Komputer Ahli Pertama")
    newcomer.get_by_role("button", name="Daftar", exact=True).click()
    newcomer.wait_for_load_state()
    sign_in(newcomer, site, address, PASSWORD)

    # Before confirming, the form to ask explains what to do instead.
    newcomer.goto(site.url("/questions/ask"))
    expect(newcomer.locator("main [data-confirmation-needed]")).to_be_visible()
    expect(newcomer.get_by_role("button", name="Kirim pertanyaan")).to_have_count(0)
    newcomer.goto(site.url(confirmation_path(site, address)))
    expect(flash(newcomer)).to_contain_text("alamat email Anda telah dikonfirmasi")

    newcomer.goto(site.url("/questions/ask"))
    title = unique("Bagaimana menyusun SOP layanan aduan daring")
    fill_question_title(newcomer, title)
    newcomer.get_by_role("textbox", name="Isi", exact=True).fill(
        "Unit kami baru membuka kanal aduan daring. Apa isi minimal SOP-nya?")
    fill_tags(newcomer, "sop")
    newcomer.get_by_role("button", name="Kirim pertanyaan").click()
    newcomer.wait_for_url(QUESTION_URL)
    question_url = newcomer.url
    question_id = int(QUESTION_URL.search(question_url).group(1))

    voter = open_page()
    sign_in(voter, site, demo_email("Siti Aminah Lubis"))
    voter.goto(question_url)
    box = voter.locator(f"#kiriman-{question_id} [data-vote-box]").first
    box.get_by_role("button", name="Dukung").click()
    expect(voter.locator(f"[data-post-id='{question_id}'][data-score]").first).to_have_attribute("data-score", "1")

    leader = open_page()
    sign_in(leader, site, "pimpinan@simpul.test")
    assert not any(name in row for row in ranked_names(leader, site)), "an unverified member is ranked"

    operator = open_page()
    sign_in(operator, site, demo_email("Budi Santoso Nasution"))
    operator.goto(site.url("/admin/approvals/"))
    row = operator.locator("[data-approval-user]").filter(has_text=name)
    expect(row.locator(".nip-decoded")).to_contain_text("1990")  # the NIP decoded beside the account
    expect(row).to_contain_text(address)
    row.get_by_role("button", name="Setujui").click()
    expect(flash(operator)).to_contain_text(f"{name} kini ASN terverifikasi")

    assert any(name in row for row in ranked_names(leader, site)), "the approved member is not ranked"
    newcomer.goto(site.url("/users/me"))
    expect(newcomer.locator(".profile[data-verified]")).to_have_attribute("data-verified", "true")
    expect(newcomer.locator("main")).to_contain_text("ASN terverifikasi")
