"""Training outside Simpul in a real browser: a member records a diklat with its certificate file, a BKPSDM
verifier sees the file on the queue item and verifies it, and the member's year counts it."""
from __future__ import annotations

from datetime import timedelta

from playwright.sync_api import expect

from app.core.timeutil import utcnow, wib_date
from app.demo.people import demo_email
from tests.browser.conftest import sign_in, unique
from tests.files import samples

MEMBER = demo_email("Lestari Wulandari")
VERIFIER = demo_email("Ahmad Fauzi Harahap")  # the demo's JP verifier (BKPSDM)


def test_a_member_records_training_outside_simpul_and_a_verifier_verifies_it(open_page, site):
    member = open_page()
    sign_in(member, site, MEMBER)
    member.goto(site.url("/jp/external/new"))
    title = unique("Pelatihan Analisis Kebijakan")
    day = (wib_date(utcnow()) - timedelta(days=1)).isoformat()
    member.get_by_label("Jenis pengembangan").select_option("diklat")
    member.get_by_label("Nama pelatihan").fill(title)
    member.get_by_label("Penyelenggara").fill("LAN RI")
    member.get_by_label("Tanggal mulai").fill(day)
    member.get_by_label("Tanggal selesai").fill(day)
    member.get_by_label("Jumlah jam").fill("3")
    member.get_by_label("Nomor sertifikat").fill(unique("LAN/PAK"))
    member.get_by_label("Berkas sertifikat").set_input_files(
        {"name": "sertifikat-lan.pdf", "mimeType": "application/pdf", "buffer": samples.pdf()})
    member.get_by_role("button", name="Catat dan ajukan verifikasi").click()
    expect(member.locator(".flash-messages")).to_contain_text("(4 JP) telah dicatat dan menunggu verifikasi")

    verifier = open_page()
    sign_in(verifier, site, VERIFIER)
    verifier.goto(site.url("/jp/verifikasi"))
    item = verifier.locator("[data-jp-claim]").filter(has_text=title)
    expect(item.locator("[data-jp-external]")).to_contain_text("LAN RI")
    expect(item.get_by_role("link", name="sertifikat-lan.pdf")).to_be_visible()
    item.get_by_role("button", name="Verifikasi").click()
    expect(verifier.locator(".flash-messages")).to_contain_text("telah diverifikasi")

    member.reload()
    line = member.locator("[data-jp-line]").filter(has_text=title)
    expect(line.locator("[data-jp-status]")).to_have_attribute("data-jp-status", "diverifikasi")
