"""Writing in a real browser: a practice with its preview, an improvement and its differences, and a
question that is answered, accepted and voted on without a page reload."""
from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from app.demo.people import demo_email
from tests.browser.conftest import sign_in, unique

# Demo members who joined months ago (no first-day limits), none of them with the reputation to edit
# someone else's article directly: their improvements go through review, as most members' do.
MARIA = demo_email("Maria Theresia Simanjuntak")
JONATHAN = demo_email("Jonathan Hutagalung")
KRISTINA = demo_email("Kristina Situmorang")

_SIGNED_IN: dict[tuple[str, str], dict] = {}


@pytest.fixture(autouse=True)
def favicon_fetch_cut_short_is_no_failure(watched):
    """Chromium fetches the favicon after the page has loaded; leaving the page (or closing the browser
    at the end of a test) while it is on its way aborts it. That is not a failed asset."""
    watched.allow(r"^request failed: other \S+/static/img/favicon\.svg\S* \(net::ERR_ABORTED\)$")


def member_page(open_page, site, login: str):
    """A browser of its own, signed in as `login`.

    The first time through the sign-in form; later browsers start with the cookies that sign-in gave
    (each sign-in is a session of its own on the server, so reusing one is what a person's browser does).
    """
    key = (site.base_url, login)
    if key in _SIGNED_IN:
        return open_page(storage_state=_SIGNED_IN[key])
    page = open_page()
    sign_in(page, site, login)
    _SIGNED_IN[key] = page.context.storage_state()
    return page


ARTICLE_URL = re.compile(r"/articles/(\d+)/[^/?#]+$")
QUESTION_URL = re.compile(r"/questions/(\d+)")


def flash(page):
    return page.locator(".flash-messages")


def fill_tags(page, tags: str) -> None:
    """Type tags, let the suggestions arrive (as a person sees them), then dismiss them with Escape.

    Waiting for the lookup also makes the test deterministic: the list cannot open after Escape.
    """
    with page.expect_request_finished(lambda request: "/tags/suggest.json" in request.url):
        page.get_by_label("Tag", exact=True).fill(tags)
    page.keyboard.press("Escape")


def fill_question_title(page, title: str) -> None:
    """Type a question's title and wait for the "Pertanyaan serupa" lookup it starts."""
    with page.expect_request_finished(lambda request: "/questions/similar" in request.url):
        page.get_by_label("Judul").fill(title)


def write_article(page, site, title: str, body: str, tags: str) -> int:
    """Open the editor, type a practice and publish it; returns the new article's id."""
    page.goto(site.url("/articles/new"))
    page.get_by_label("Judul").fill(title)
    page.get_by_role("textbox", name="Isi", exact=True).fill(body)
    fill_tags(page, tags)
    page.get_by_role("button", name="Simpan").click()
    page.wait_for_url(ARTICLE_URL)
    expect(flash(page)).to_contain_text("Praktik baik Anda telah diterbitkan.")
    return int(ARTICLE_URL.search(page.url).group(1))


PRACTICE = """## Langkah Penerapan

Antrean daring memangkas waktu tunggu dari **tiga jam** menjadi _dua puluh menit_.

- Daftarkan loket di aplikasi
- Umumkan nomor WhatsApp layanan
- Pantau antrean setiap pagi
"""


def test_write_a_practice_with_its_preview_then_publish_it(open_page, site):
    page = member_page(open_page, site, MARIA)
    title = unique("Antrean Daring Puskesmas")
    page.goto(site.url("/articles/new"))
    expect(page.get_by_role("heading", name="Tulis praktik baik")).to_be_visible()
    page.get_by_label("Judul").fill(title)
    body = page.get_by_role("textbox", name="Isi", exact=True)
    expect(body).to_contain_text("## Latar Belakang")  # the outline a newcomer starts from
    body.fill(PRACTICE)
    fill_tags(page, "pelayanan-publik, antrean-daring")

    page.get_by_role("button", name="Pratinjau").click()
    preview = page.get_by_role("region", name="Pratinjau isi")
    expect(preview).to_be_visible()
    expect(body).to_be_hidden()
    expect(preview.get_by_role("heading", name="Langkah Penerapan")).to_be_visible()
    expect(preview.locator("h2")).to_have_text("Langkah Penerapan")
    expect(preview.locator("strong")).to_have_text("tiga jam")
    expect(preview.locator("em")).to_have_text("dua puluh menit")
    expect(preview.locator("ul > li")).to_have_text(
        ["Daftarkan loket di aplikasi", "Umumkan nomor WhatsApp layanan", "Pantau antrean setiap pagi"])
    expect(preview).not_to_contain_text("**")

    page.get_by_role("button", name="Tulis").click()  # back to writing: the text is still there
    expect(body).to_be_visible()
    expect(body).to_have_value(PRACTICE)
    page.get_by_role("button", name="Simpan").click()

    page.wait_for_url(ARTICLE_URL)
    expect(flash(page)).to_contain_text("Praktik baik Anda telah diterbitkan.")
    expect(page.get_by_role("heading", level=1)).to_have_text(title)
    content = page.locator("article .prose")
    expect(content.get_by_role("heading", level=2)).to_have_text("Langkah Penerapan")
    expect(content.locator("strong")).to_have_text("tiga jam")
    expect(content.locator("em")).to_have_text("dua puluh menit")
    expect(content.locator("ul > li")).to_have_count(3)
    expect(content).not_to_contain_text("**")
    tags = page.get_by_role("list", name="Tag")
    expect(tags.get_by_role("link", name="pelayanan-publik")).to_be_visible()
    expect(tags.get_by_role("link", name="antrean-daring")).to_be_visible()
    expect(page.get_by_role("link", name="Riwayat revisi")).to_be_visible()


ORIGINAL = """Arsip surat masuk dipindai setiap hari.

Pemindaian dilakukan oleh petugas piket.

Berkas disimpan di server dinas."""
IMPROVED = """Arsip surat masuk dipindai setiap hari.

Pemindaian dilakukan oleh dua petugas arsip secara bergiliran.

Berkas disimpan di server dinas."""


def test_a_member_improves_an_article_and_everyone_sees_the_differences(open_page, site):
    author = member_page(open_page, site, MARIA)
    title = unique("Digitalisasi Arsip Kelurahan")
    article_id = write_article(author, site, title, ORIGINAL, "arsip, transformasi-digital")

    # Another member improves it: below the reputation for direct edits, the edit becomes a suggestion.
    improver = member_page(open_page, site, JONATHAN)
    improver.goto(site.url(f"/articles/{article_id}"))
    improver.get_by_role("link", name="Usulkan suntingan").click()
    expect(improver.get_by_role("heading", level=1)).to_contain_text("Usulkan suntingan")
    body = improver.get_by_role("textbox", name="Isi", exact=True)
    expect(body).to_have_value(ORIGINAL)
    body.fill(IMPROVED)
    summary = "memperjelas siapa yang memindai"
    improver.get_by_label("Ringkasan perubahan").fill(summary)
    improver.get_by_role("button", name="Kirim usulan").click()
    expect(flash(improver)).to_contain_text("Usulan suntingan Anda dikirim.")
    expect(improver.locator("dl[data-status=pending]")).to_contain_text(summary)
    expect(improver.locator(".diff-line.diff-removed del")).to_have_text(["piket."])

    # The author reviews it from the article page and accepts it.
    author.reload()
    author.get_by_role("link", name="1 usulan suntingan menunggu tinjauan").click()
    row = author.get_by_role("row").filter(has_text=summary)
    expect(row).to_contain_text("Menunggu tinjauan")
    row.get_by_role("link", name="Tinjau").click()
    expect(author.locator(".diff-line.diff-added ins")).to_have_text(["dua", "arsip secara bergiliran."])
    author.get_by_role("button", name="Terima usulan").click()
    expect(flash(author)).to_contain_text("Usulan diterima dan terbit sebagai revisi 2.")
    expect(author.get_by_role("row").filter(has_text=summary)).to_contain_text("Diterima")

    # Anyone (here the improver) reads the new text, the history and the differences.
    improver.goto(site.url(f"/articles/{article_id}"))
    expect(improver.locator("article .prose")).to_contain_text("dua petugas arsip secara bergiliran")
    expect(improver.locator("article .prose")).not_to_contain_text("petugas piket")
    improver.get_by_role("link", name="Riwayat revisi").click()
    expect(improver).to_have_url(re.compile(rf"/articles/{article_id}/revisions$"))
    rows = improver.get_by_role("row")
    expect(rows.filter(has_text="#2")).to_contain_text(summary)
    expect(rows.filter(has_text="#2")).to_contain_text("Jonathan Hutagalung")
    expect(rows.filter(has_text="#1")).to_contain_text("Versi pertama")
    improver.get_by_role("button", name="Bandingkan revisi terpilih").click()
    expect(improver).to_have_url(re.compile(rf"/articles/{article_id}/diff\?(?=.*\bfrom=1\b)(?=.*\bto=2\b)"))
    expect(improver.get_by_role("heading", name="Perbedaan")).to_be_visible()
    changes = improver.get_by_role("region", name="Isi", exact=True)
    removed, added = changes.locator(".diff-line.diff-removed"), changes.locator(".diff-line.diff-added")
    expect(removed).to_contain_text("Pemindaian dilakukan oleh petugas piket.")
    expect(removed.locator("del")).to_have_text(["piket."])
    expect(added).to_contain_text("Pemindaian dilakukan oleh dua petugas arsip secara bergiliran.")
    expect(added.locator("ins")).to_have_text(["dua", "arsip secara bergiliran."])
    expect(changes.locator(".diff-same").first).to_contain_text("Arsip surat masuk dipindai setiap hari.")
    expect(improver.get_by_text("+1 baris ditambahkan")).to_be_visible()
    expect(improver.get_by_text("−1 baris dihapus")).to_be_visible()


def vote_score(page, post_id: int):
    return page.locator(f"[data-post-id='{post_id}'][data-score]").first


def test_ask_answer_accept_and_vote_without_a_reload(open_page, site):
    asker = member_page(open_page, site, JONATHAN)
    asker.goto(site.url("/questions/ask"))
    title = unique("Bagaimana cara mengarsipkan surat masuk secara digital")
    fill_question_title(asker, title)
    asker.get_by_role("textbox", name="Isi", exact=True).fill(
        "Kantor kami masih menyimpan surat di lemari. Apa langkah awalnya?")
    fill_tags(asker, "arsip")
    asker.get_by_role("button", name="Kirim pertanyaan").click()
    asker.wait_for_url(QUESTION_URL)
    expect(flash(asker)).to_contain_text("Pertanyaan Anda telah diajukan.")
    expect(asker.get_by_role("heading", level=1)).to_have_text(title)
    question_id = int(QUESTION_URL.search(asker.url).group(1))
    question_url = asker.url

    helper = member_page(open_page, site, MARIA)
    helper.goto(question_url)
    answer_text = unique("Mulailah dengan memindai surat bulan berjalan")
    helper.get_by_role("textbox", name="Isi", exact=True).fill(f"{answer_text}, lalu beri nomor agenda elektronik.")
    helper.get_by_role("button", name="Kirim jawaban").click()
    expect(flash(helper)).to_contain_text("Jawaban Anda telah dikirim.")
    answer = helper.locator("article.answer").filter(has_text=answer_text)
    expect(answer).to_be_visible()
    answer_id = int(answer.get_attribute("id").removeprefix("kiriman-"))

    asker.reload()
    mine = asker.locator(f"#kiriman-{answer_id}")
    mine.get_by_role("button", name="Pilih sebagai jawaban").click()
    expect(flash(asker)).to_contain_text("Jawaban terpilih telah ditandai.")
    chosen = asker.locator(f"#kiriman-{answer_id}")
    expect(chosen).to_have_class(re.compile(r"\baccepted-answer\b"))
    expect(chosen.get_by_text("Jawaban terpilih", exact=True)).to_be_visible()
    expect(chosen.get_by_role("button", name="Batalkan pilihan")).to_be_visible()

    voter = member_page(open_page, site, KRISTINA)
    voter.goto(question_url)
    expect(voter.locator(f"#kiriman-{answer_id}").get_by_text("Jawaban terpilih", exact=True)).to_be_visible()
    question_score, answer_score = vote_score(voter, question_id), vote_score(voter, answer_id)
    expect(question_score).to_have_attribute("data-score", "0")
    expect(answer_score).to_have_attribute("data-score", "0")
    voter.evaluate("window.__tanpaMuatUlang = 1")
    url_before = voter.url
    question_box = voter.locator(f"#kiriman-{question_id} [data-vote-box]").first
    answer_box = voter.locator(f"#kiriman-{answer_id} [data-vote-box]")
    question_box.get_by_role("button", name="Dukung").click()
    expect(question_score).to_have_attribute("data-score", "1")
    expect(question_score).to_have_text("1")
    expect(question_box.get_by_role("button", name="Dukung")).to_have_attribute("aria-pressed", "true")
    answer_box.get_by_role("button", name="Dukung").click()
    expect(answer_score).to_have_attribute("data-score", "1")
    expect(answer_box.get_by_role("button", name="Dukung")).to_have_attribute("aria-pressed", "true")
    assert voter.evaluate("window.__tanpaMuatUlang") == 1, "voting reloaded the page"
    assert voter.url == url_before

    voter.reload()
    assert voter.evaluate("window.__tanpaMuatUlang") is None
    expect(vote_score(voter, question_id)).to_have_attribute("data-score", "1")
    expect(vote_score(voter, answer_id)).to_have_attribute("data-score", "1")
    expect(voter.locator(f"#kiriman-{question_id} [data-vote-box]").first.get_by_role("button", name="Dukung")
           ).to_have_attribute("aria-pressed", "true")
    # The author of the question sees the same score after a reload of their own.
    asker.reload()
    expect(vote_score(asker, question_id)).to_have_attribute("data-score", "1")
    expect(vote_score(asker, answer_id)).to_have_attribute("data-score", "1")
