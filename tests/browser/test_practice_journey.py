"""A practice in a real browser: written at the stage Ide with two indicators, moved to Uji coba and then
Diterapkan by its author, adopted by another agency and so Direplikasi, with every stage change in its
history; and a due demo practice confirmed "Masih berlaku" by its author from /articles/review."""
from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from app.core.timeutil import utcnow, wib_date
from app.demo.people import demo_email
from tests.browser.conftest import sign_in, unique

# Demo members who joined months ago, of two different agencies (Dinas Kesehatan, Dinas SDABMBK).
AUTHOR = demo_email("Wahyuni Siregar")
ADOPTER = demo_email("Hendrik Manurung")
# A demo practice the demo seeds due for review (app/demo/practices.py DUE), and its author (Dishub).
DUE_TITLE = "Jadwal Uji Berkala Kendaraan yang Dapat Dipesan Secara Daring"
DUE_AUTHOR = demo_email("Andi Saputra Ginting")

ARTICLE_URL = re.compile(r"/articles/(\d+)/[^/?#]+$")

BODY = """## Latar Belakang

Warga menunggu KTP elektronik hampir dua minggu.

## Inovasi/Solusi

Berkas diperiksa di kelurahan sebelum dikirim, sehingga tidak ada yang kembali.
"""

INDICATORS = (
    ("Waktu layanan KTP", "hari", "12,5", "3", "Laporan SIAK"),
    ("Antrean harian", "orang", "180", "45", "Buku tamu loket"),
)


@pytest.fixture(autouse=True)
def favicon_fetch_cut_short_is_no_failure(watched):
    """Leaving a page while Chromium still fetches the favicon aborts it: not a failed asset."""
    watched.allow(r"^request failed: other \S+/static/img/favicon\.svg\S* \(net::ERR_ABORTED\)$")


def flash(page):
    return page.locator(".flash-messages")


def fill_indicator(page, row: int, values: tuple[str, ...]) -> None:
    for label, value in zip(("Nama indikator", "Satuan", "Sebelum", "Sesudah", "Sumber data"), values):
        page.get_by_label(f"{label} {row}", exact=True).fill(value)


def move_to_stage(page, stage: str, summary: str, revision: int) -> None:
    """The author opens the editor from the article, picks the stage and saves."""
    page.get_by_role("link", name="Sunting", exact=True).click()
    expect(page.get_by_label("Sebelum 1", exact=True)).to_have_value("12,5")  # the decimal comma comes back
    page.get_by_label("Tahap", exact=True).select_option(label=stage)
    page.get_by_label("Ringkasan perubahan").fill(summary)
    page.get_by_role("button", name="Simpan").click()
    page.wait_for_url(ARTICLE_URL)
    expect(flash(page)).to_contain_text(f"Suntingan disimpan sebagai revisi {revision}.")


def test_a_practice_goes_from_idea_to_replicated_with_its_indicators(open_page, site):
    author = open_page()
    sign_in(author, site, AUTHOR)
    author.goto(site.url("/articles/new"))
    title = unique("Pemeriksaan Berkas KTP di Kelurahan")
    author.get_by_label("Judul").fill(title)
    author.get_by_role("textbox", name="Isi", exact=True).fill(BODY)
    with author.expect_request_finished(lambda request: "/tags/suggest.json" in request.url):
        author.get_by_label("Tag", exact=True).fill("berorientasi-pelayanan, pelayanan-publik")
    author.keyboard.press("Escape")
    expect(author.get_by_label("Tahap", exact=True)).to_have_value("ide")  # a new practice starts as an idea
    for row, values in enumerate(INDICATORS, start=1):
        fill_indicator(author, row, values)
    author.get_by_role("button", name="Simpan").click()
    author.wait_for_url(ARTICLE_URL)
    expect(flash(author)).to_contain_text("Praktik baik Anda telah diterbitkan.")
    article_url = author.url

    # The stage badge, the indicator table (Indonesian numbers) and the chart.
    expect(author.locator("header [data-stage=ide]")).to_have_text("Tahap: Ide")  # beside the title
    table = author.get_by_role("table", name="Indikator")
    expect(table.get_by_role("row")).to_have_count(3)
    first = table.get_by_role("row").filter(has_text="Waktu layanan KTP")
    expect(first.get_by_role("cell")).to_have_text(["hari", "12,5", "3", "Laporan SIAK"])
    expect(table.get_by_role("row").filter(has_text="Antrean harian").get_by_role("cell")).to_have_text(
        ["orang", "180", "45", "Buku tamu loket"])
    chart = author.locator("figure.indicator-chart")
    expect(chart.locator("svg")).to_have_count(2)
    expect(chart.locator("rect.bar-before").first).to_have_attribute("width", "100.0%")  # 12,5 is the larger
    expect(chart.locator("rect.bar-after").first).to_have_attribute("width", "24.0%")  # 3 of 12,5
    expect(chart).to_contain_text("Sebelum: 12,5")

    # The author moves it forward: Uji coba, then Diterapkan; the differences show the stage moving.
    move_to_stage(author, "Uji coba", "uji coba di tiga kelurahan", 2)
    expect(author.locator("header [data-stage=uji_coba]")).to_have_text("Tahap: Uji coba")
    move_to_stage(author, "Diterapkan", "berlaku di semua kelurahan", 3)
    expect(author.locator("header [data-stage=diterapkan]")).to_have_text("Tahap: Diterapkan")
    author.get_by_role("link", name="Perbedaan terakhir").click()
    facts = author.get_by_role("region", name="Tahap dan indikator")
    expect(facts.locator(".diff-removed", has_text="Tahap: Uji coba")).to_have_count(1)
    expect(facts.locator(".diff-added", has_text="Tahap: Diterapkan")).to_have_count(1)

    # A member of another agency records that it adopted the practice: it becomes Direplikasi.
    adopter = open_page()
    sign_in(adopter, site, ADOPTER)
    adopter.goto(article_url)
    expect(adopter.locator("header [data-stage=diterapkan]")).to_be_visible()
    adopter.get_by_label("Kami menerapkan praktik ini").fill(
        "Bidang perizinan kami memeriksa berkas di loket kecamatan sejak bulan lalu.")
    adopter.get_by_role("button", name="Catat penerapan").click()
    expect(flash(adopter)).to_contain_text("Penerapan praktik ini oleh")
    expect(adopter.locator("[data-adoption-count]")).to_have_text("Diterapkan oleh 1 instansi")
    expect(adopter.locator("header [data-stage=direplikasi]")).to_have_text("Tahap: Direplikasi")

    # Everyone (here the author) sees it replicated, and the history says when and why.
    author.goto(article_url)
    expect(author.locator("header [data-stage=direplikasi]")).to_have_text("Tahap: Direplikasi")
    expect(author.locator("[data-stage]")).to_have_count(2)  # the title's badge and the facts panel's
    author.get_by_role("link", name="Riwayat revisi").click()
    rows = author.get_by_role("row")
    expect(rows.filter(has_text="#4")).to_contain_text("Tahap otomatis menjadi Direplikasi")
    expect(rows.filter(has_text="#4")).to_contain_text("Hendrik Manurung")
    expect(rows.filter(has_text="#3")).to_contain_text("berlaku di semua kelurahan")
    expect(rows.filter(has_text="#2")).to_contain_text("uji coba di tiga kelurahan")
    author.get_by_label("Bandingkan dari revisi 1").check()
    author.get_by_role("button", name="Bandingkan revisi terpilih").click()
    facts = author.get_by_role("region", name="Tahap dan indikator")
    expect(facts.locator(".diff-removed", has_text="Tahap: Ide")).to_have_count(1)
    expect(facts.locator(".diff-added", has_text="Tahap: Direplikasi")).to_have_count(1)


def test_the_author_confirms_a_due_practice_is_still_current(open_page, site):
    page = open_page()
    sign_in(page, site, DUE_AUTHOR)
    page.goto(site.url("/articles/review"))
    expect(page.get_by_role("heading", name="Praktik yang perlu ditinjau")).to_be_visible()
    due = page.locator("li.review-item").filter(has_text=DUE_TITLE)
    expect(due).to_contain_text("Jatuh tempo")
    due.get_by_role("link", name=DUE_TITLE).click()
    review = page.get_by_role("region", name="Tinjauan praktik")
    expect(review).to_contain_text("Perlu ditinjau")
    review.get_by_role("button", name="Masih berlaku").click()
    expect(flash(page)).to_contain_text("Terima kasih: praktik ditandai masih berlaku.")

    today = wib_date(utcnow())  # the site's dates are Medan's (WIB)
    review = page.get_by_role("region", name="Tinjauan praktik")
    expect(review).to_contain_text(re.compile(
        rf"Terakhir ditinjau {today.day} \S+ {today.year} oleh Andi Saputra Ginting"))
    expect(review).not_to_contain_text("Perlu ditinjau")
    expect(page.locator("#tinjauan")).not_to_have_attribute("data-review-state", "due")

    page.goto(site.url("/articles/review"))
    expect(page.locator("li.review-item").filter(has_text=DUE_TITLE)).to_have_count(0)
