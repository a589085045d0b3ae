"""Journeys of the roles in a real browser: a member searching with filters, a flag a moderator acts on,
a leader's ranking and its export, and an activity whose attendance becomes JP in the member's record.

Demo accounts (app/demo/people.py) sign in as first.last@simpul.test; Dewi Kartika Siregar (BKPSDM) holds
the organiser duty for activities (app/demo/activities.py).
"""
from __future__ import annotations

import csv
import re
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from playwright.sync_api import expect
from sqlalchemy import create_engine, update

from tests.browser.conftest import LEADER, MODERATOR, sign_in, unique

SITI = "siti.lubis@simpul.test"  # Siti Aminah Lubis, Diskominfo
BUDI = "budi.nasution@simpul.test"  # Budi Santoso Nasution, Diskominfo
PUTRI = "putri.lestari@simpul.test"  # Putri Ayu Lestari, DKPPP
ORGANISER = "dewi.siregar@simpul.test"  # Dewi Kartika Siregar, BKPSDM: the demo organiser
BKPSDM = "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kota Medan"
WIB = timedelta(hours=7)


# --- helpers of this file -------------------------------------------------------------------------

_SIGNED_IN: dict[tuple[str, str], dict] = {}


def signed_in_page(open_page, site, login: str):
    """A fresh browser of `login` on the home page: signed in through the form the first time in this
    session, afterwards with the cookies that sign-in left (a person who stays signed in), since the
    argon2 check makes signing in the slowest step of a journey."""
    key = (site.base_url, login)
    if key in _SIGNED_IN:
        page = open_page(storage_state=_SIGNED_IN[key])
        page.goto(site.url("/"))
        if page.locator("header .dropdown-toggle[href$='/users/me']").count() == 1:
            return page
    page = open_page()
    sign_in(page, site, login)
    _SIGNED_IN[key] = page.context.storage_state()
    return page


def nav(page, name: str) -> None:
    """Follow a link of the main navigation (desktop width: it is not folded away)."""
    page.get_by_role("navigation", name="Navigasi utama").get_by_role("link", name=name).click()


def made_up_word() -> str:
    """A word no post contains (letters only, so the analyser keeps it one token)."""
    return "zq" + uuid.uuid4().hex[:8].translate(str.maketrans("0123456789", "ghijkmnprs"))


def query_of(page) -> dict[str, list[str]]:
    return parse_qs(urlsplit(page.url).query)


def flash(page):
    """The flash messages after a form was sent (role=status)."""
    return page.get_by_role("status")


def type_and_read_hints(page, field, text: str, hint_path: str) -> None:
    """Type into a field that offers hints (similar questions, tag suggestions) and let them arrive, as a
    person reads them before going on: leaving the page mid-lookup would cut the request off."""
    with page.expect_response(lambda r: hint_path in r.url):
        field.fill(text)


def ask_question(page, title: str, body: str) -> str:
    """Through Tanya Jawab and its "Ajukan Pertanyaan" button; returns the question's address."""
    nav(page, "Tanya Jawab")
    page.get_by_role("link", name=re.compile("Ajukan Pertanyaan", re.I)).first.click()
    type_and_read_hints(page, page.get_by_label("Judul", exact=True), title, "/questions/similar")
    page.get_by_label("Isi", exact=True).fill(body)
    page.get_by_role("button", name="Kirim pertanyaan").click()
    page.wait_for_url(re.compile(r"/questions/\d+"))
    expect(page.get_by_role("heading", level=1)).to_contain_text(title)
    return page.url


def hit_titles(page) -> list[str]:
    return [t.strip() for t in page.locator(".search-hit h2").all_inner_texts()]


def wait_until_found(page, word: str, expected: int, timeout: float = 15.0) -> list[str]:
    """Reload the results until `expected` hits carry the word (the drainer indexes within a second)."""
    deadline = time.monotonic() + timeout
    while True:
        titles = hit_titles(page)
        if sum(word in t for t in titles) >= expected or time.monotonic() > deadline:
            return titles
        page.wait_for_timeout(300)
        page.reload()


def column(page, number: int) -> list[str]:
    cells = page.locator("table").first.locator(f"tbody tr td:nth-child({number})")
    return [t.strip() for t in cells.all_inner_texts()]


# --- 1. search with filters -----------------------------------------------------------------------

def test_a_member_searches_and_narrows_the_results_by_kind_and_tag(open_page, site):
    word = made_up_word()
    tag = "uji-" + word[2:8]
    question = f"Bagaimana menerapkan {word} di kelurahan?"
    article = f"Praktik {word} di Diskominfo Medan"
    page = signed_in_page(open_page, site, SITI)
    ask_question(page, question, f"Kami ingin mencoba {word} untuk layanan surat. Ada yang sudah berhasil?")

    nav(page, "Praktik Baik")
    page.get_by_role("link", name=re.compile("Tulis praktik baik", re.I)).first.click()
    page.get_by_label("Judul", exact=True).fill(article)
    page.get_by_label("Isi", exact=True).fill(f"## Inovasi\n\nKami memakai {word} untuk arsip surat masuk sejak Juli.")
    type_and_read_hints(page, page.get_by_role("combobox", name="Tag", exact=True), tag, "/tags/suggest")
    page.get_by_role("button", name="Simpan").click()
    page.wait_for_url(re.compile(r"/articles/\d+"))
    expect(flash(page)).to_contain_text("Praktik baik Anda telah diterbitkan")

    # The search box in the header, as anyone would use it.
    box = page.locator("header").get_by_role("searchbox", name="Cari")
    box.fill(word)
    box.press("Enter")
    page.wait_for_url(re.compile(r"/search\?"))
    titles = wait_until_found(page, word, 2)
    assert sorted(titles) == sorted([question, article]), titles
    kinds = page.get_by_role("list", name="Jenis kiriman")
    expect(kinds.get_by_role("link", name=re.compile(r"^Semua"))).to_have_attribute("aria-current", "page")

    # Only questions: the article leaves the list, and the address carries the filter.
    kinds.get_by_role("link", name=re.compile(r"^Pertanyaan")).click()
    page.wait_for_url(re.compile(r"kind=question"))
    expect(page.locator(".search-hit")).to_have_count(1)
    assert hit_titles(page) == [question]
    expect(page.locator(".search-hit").first).to_contain_text("Pertanyaan")
    expect(kinds.get_by_role("link", name=re.compile(r"^Pertanyaan"))).to_have_attribute("aria-current", "page")

    # Back to everything, then the tag field of "Cara mencari dan saringan": only the tagged article.
    kinds.get_by_role("link", name=re.compile(r"^Semua")).click()
    page.wait_for_url(lambda url: "kind=" not in url)
    expect(page.locator(".search-hit")).to_have_count(2)
    page.get_by_text("Cara mencari dan saringan").click()
    page.get_by_role("textbox", name="Tag", exact=True).fill(tag)
    page.get_by_role("main").get_by_role("button", name="Cari").click()
    page.wait_for_url(re.compile(r"tag="))
    assert query_of(page).get("tag") == [tag] and query_of(page).get("q") == [word], page.url
    expect(page.locator(".search-hit")).to_have_count(1)
    assert hit_titles(page) == [article]
    expect(page.locator(".search-hit").first.get_by_role("link", name=tag)).to_be_visible()


# --- 2. flag and moderate -------------------------------------------------------------------------

def test_a_flagged_question_is_hidden_by_the_moderator_and_logged(open_page, site):
    title = unique("Jual pulsa murah hubungi saya")
    author = signed_in_page(open_page, site, BUDI)
    address = ask_question(author, title, "Pulsa murah untuk semua ASN, hubungi saya segera ya.")

    member = signed_in_page(open_page, site, SITI)
    member.goto(address)
    member.get_by_text("Laporkan", exact=True).first.click()
    report = member.locator("form", has=member.get_by_role("button", name="Kirim laporan")).first
    report.get_by_label("Spam atau iklan").check()
    note = "Iklan pulsa, bukan pertanyaan kedinasan."
    report.get_by_label("Catatan untuk moderator").fill(note)
    report.get_by_role("button", name="Kirim laporan").click()
    expect(flash(member)).to_contain_text("Laporan Anda diteruskan kepada moderator")

    moderator = signed_in_page(open_page, site, MODERATOR)
    moderator.locator("header .dropdown-toggle[href$='/users/me']").click()
    moderator.get_by_role("link", name="Antrean tinjauan").click()
    moderator.wait_for_url(re.compile(r"/moderation/$"))
    entry = moderator.locator("li[data-review-item]", has_text=title)
    expect(entry).to_have_count(1)
    expect(entry.locator(".badge").first).to_have_text("Laporan")
    expect(entry.locator("[data-reporters]")).to_contain_text(f"Siti Aminah Lubis · Spam atau iklan: {note}")
    expect(entry).to_contain_text("Penulis: Budi")
    entry.get_by_role("checkbox").check()
    moderator.get_by_label("Keputusan").select_option(label="Sembunyikan kiriman — laporan diterima")
    reason = f"Spam iklan pulsa ({title[-6:]})"
    moderator.get_by_label("Alasan (tercatat di log)").fill(reason)
    moderator.get_by_role("button", name="Terapkan").click()
    expect(flash(moderator)).to_contain_text("1 entri antrean diproses")
    expect(moderator.locator("li[data-review-item]", has_text=title)).to_have_count(0)

    # Gone for the member who flagged it and for a visitor.
    response = member.goto(address)
    assert response.status == 404
    expect(member.get_by_role("heading", level=1)).to_have_text("Halaman tidak ditemukan")
    expect(member.get_by_role("main")).to_contain_text("Kiriman tidak ditemukan")
    visitor = open_page()
    assert visitor.goto(address).status == 404
    expect(visitor.get_by_role("main")).not_to_contain_text(title)

    # In the log: who, what and why.
    moderator.get_by_role("main").get_by_role("link", name="Log moderasi").click()
    moderator.wait_for_url(re.compile(r"/moderation/log"))
    row = moderator.locator("tr[data-log-action=hide]", has_text=title)
    expect(row).to_have_count(1)
    cells = [c.strip() for c in row.locator("td").all_inner_texts()]
    assert cells[1:3] == ["Rina Marpaung", "Sembunyikan"] and cells[4] == reason, cells
    assert cells[3].splitlines() == [title, "Budi Santoso Nasution"], cells  # the post and its author


# --- 3. a leader's ranking and its export ---------------------------------------------------------

def test_a_leader_filters_the_ranking_and_downloads_it_a_member_may_not(open_page, site):
    leader = signed_in_page(open_page, site, LEADER)
    nav(leader, "Peringkat")
    leader.wait_for_url(re.compile(r"/leaders/"))
    expect(leader.get_by_role("heading", level=1)).to_have_text("Peringkat Kontributor")
    everyone = column(leader, 2)
    assert len(everyone) >= 10 and "Siti Aminah Lubis" in everyone, everyone

    leader.get_by_label("Periode").select_option(label="Semua waktu")
    leader.get_by_label("Instansi", exact=True).select_option(label=BKPSDM)
    leader.get_by_role("button", name="Tampilkan").click()
    leader.wait_for_url(re.compile(r"agency=bkpsdm"))
    query = query_of(leader)
    assert query.get("period") == ["semua"] and query.get("agency") == ["bkpsdm"], leader.url
    expect(leader.get_by_label("Periode")).to_have_value("semua")
    names = column(leader, 2)
    assert {"Dewi Kartika Siregar", "Ahmad Fauzi Harahap"} <= set(names), names
    assert "Siti Aminah Lubis" not in names and set(column(leader, 3)) == {"BKPSDM"}, names

    with leader.expect_download() as info:
        leader.get_by_role("group", name="Unduh peringkat").get_by_role("link", name="CSV").click()
    download = info.value
    assert download.suggested_filename == "peringkat-orang-semua-bkpsdm.csv"
    with Path(download.path()).open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["Peringkat", "Nama", "Instansi", "Poin", "Dari instansi sendiri", "Dari instansi lain",
                       "Kiriman"]
    assert [r[1] for r in rows[1:]] == names and {r[2] for r in rows[1:]} == {"BKPSDM"}
    ranks = [int(r[0]) for r in rows[1:]]
    assert ranks[0] == 1 and ranks == sorted(ranks), ranks

    member = signed_in_page(open_page, site, SITI)
    nav(member, "Peringkat")
    expect(member.get_by_role("heading", level=1)).to_have_text("Peringkat Kontributor")
    expect(member.get_by_role("group", name="Unduh peringkat")).to_have_count(0)
    response = member.goto(site.url("/leaders/export.csv"))
    assert response.status == 403
    expect(member.get_by_role("heading", level=1)).to_have_text("Akses ditolak")
    expect(member.get_by_role("main")).to_contain_text("Anda tidak memiliki izin")


# --- 4. an activity, attendance and the JP record -------------------------------------------------

def starts_now(site, activity_id: int) -> None:
    """The day of the activity arrives: its start moves to a few minutes ago. Registration closes at the
    start and attendance opens then, and a new activity must start in the future, so a journey of seconds
    moves the clock of the activity (the one thing no page can do)."""
    from app.core.cache import CONTENT, CacheVersion
    from app.pembinaan.models import Activity

    now = datetime.now(UTC).replace(tzinfo=None)
    engine = create_engine(site.database_url)
    try:
        with engine.begin() as conn:
            conn.execute(update(Activity).where(Activity.id == activity_id)
                         .values(starts_at=now - timedelta(minutes=5), ends_at=now + timedelta(hours=2)))
            # As every write of the site does: pages kept for visitors are no longer current.
            conn.execute(update(CacheVersion).where(CacheVersion.name == CONTENT)
                         .values(version=CacheVersion.version + 1))
    finally:
        engine.dispose()


def open_my_jp_record(page) -> int:
    """Through the account menu; returns the verified JP of this year as the progress bar shows it."""
    page.locator("header .dropdown-toggle[href$='/users/me']").click()
    page.get_by_role("link", name="Catatan JP saya").click()
    page.wait_for_url(re.compile(r"/jp/"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Catatan Pengembangan Kompetensi")
    return int(page.locator("#kemajuan-jp").get_attribute("data-jp-total"))


def test_attendance_at_an_activity_adds_its_jp_to_the_members_record(open_page, site):
    member = signed_in_page(open_page, site, PUTRI)
    before = open_my_jp_record(member)

    organiser = signed_in_page(open_page, site, ORGANISER)
    nav(organiser, "Kegiatan")
    organiser.get_by_role("link", name="Umumkan kegiatan").click()
    title = unique("Sesi Berbagi Tata Naskah Dinas Elektronik")
    tomorrow = (datetime.now(UTC).replace(tzinfo=None) + WIB + timedelta(days=1)).date().isoformat()
    organiser.get_by_label("Judul kegiatan").fill(title)
    organiser.get_by_label("Jenis kegiatan").select_option(label="Sesi berbagi (komunitas belajar)")
    organiser.get_by_label("Deskripsi").fill("Berbagi cara menyusun naskah dinas elektronik dan tanda tangannya.")
    organiser.get_by_label("Mulai (WIB)").fill(f"{tomorrow}T09:00")
    organiser.get_by_label("Selesai (WIB)").fill(f"{tomorrow}T12:00")
    organiser.get_by_label("Tempat", exact=True).fill("Aula BKPSDM Kota Medan")
    organiser.get_by_label("Nilai JP").fill("3")
    organiser.get_by_role("button", name="Umumkan").click()
    expect(flash(organiser)).to_contain_text("Kegiatan telah diumumkan")
    activity_id = int(organiser.locator("article[data-activity-id]").get_attribute("data-activity-id"))
    expect(organiser.get_by_role("region", name=re.compile("Pendaftar"))).to_contain_text("Belum ada pendaftar")

    # The member finds it among the coming activities and registers.
    nav(member, "Kegiatan")
    member.get_by_role("link", name=title).click()
    expect(member.locator("dd[data-jp]")).to_have_text("3 JP")
    member.get_by_role("button", name="Daftar", exact=True).click()
    expect(flash(member)).to_contain_text("Anda terdaftar pada kegiatan ini")

    # On the day the organiser ticks her present.
    starts_now(site, activity_id)
    organiser.reload()
    present = organiser.get_by_role("checkbox", name="Putri Ayu Lestari")
    present.check()
    organiser.get_by_role("button", name="Simpan daftar hadir").click()
    expect(flash(organiser)).to_contain_text("1 ditandai hadir")
    expect(present).to_be_checked()

    # Her "Catatan JP saya" counts the three hours, verified by the organiser.
    member.reload()
    expect(member.locator(".registration")).to_contain_text("Kehadiran Anda tercatat: 3 JP")
    assert open_my_jp_record(member) == before + 3
    line = member.locator("tr[data-jp-line]", has_text=title)
    expect(line).to_have_count(1)
    cells = [c.strip() for c in line.locator("td").all_inner_texts()]
    assert cells[2] == "3" and "Diverifikasi" in cells[4] and "Dewi Kartika Siregar" in cells[5], cells
