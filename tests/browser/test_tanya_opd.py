"""Tanya OPD in a real browser: a question addressed to Disdukcapil, answered and marked official by the
agency's demo responder, and the asker sees the official answer and the state."""
from __future__ import annotations

import re

from playwright.sync_api import expect

from app.demo.people import demo_email
from tests.browser.conftest import sign_in, unique

ASKER = demo_email("Lestari Wulandari")
RESPONDER = "darmawan.purba@simpul.test"  # Penjawab resmi of Disdukcapil in the demo
QUESTION_URL = re.compile(r"/questions/(\d+)")


def test_a_question_to_disdukcapil_is_answered_officially(open_page, site):
    asker = open_page()
    sign_in(asker, site, ASKER)
    asker.goto(site.url("/questions/ask"))
    title = unique("Bagaimana mengurus surat pindah domisili bagi pegawai baru")
    with asker.expect_request_finished(lambda request: "/questions/similar" in request.url):
        asker.get_by_label("Judul").fill(title)
    asker.get_by_role("textbox", name="Isi", exact=True).fill("Pegawai baru kami pindah dari Binjai ke Medan.")
    asker.get_by_label("Tujukan ke instansi").select_option("disdukcapil")
    asker.get_by_role("button", name="Kirim pertanyaan").click()
    asker.wait_for_url(QUESTION_URL)
    expect(asker.locator("[data-opd-state=waiting]")).to_contain_text("Menunggu jawaban Dinas Kependudukan")
    question_url = asker.url

    responder = open_page()
    sign_in(responder, site, RESPONDER)
    responder.goto(question_url)
    answer_text = unique("Ajukan surat pindah lewat layanan daring kami")
    responder.get_by_role("textbox", name="Isi", exact=True).fill(f"{answer_text}; prosesnya dua hari kerja.")
    responder.get_by_role("button", name="Kirim jawaban").click()
    mine = responder.locator("article.answer").filter(has_text=answer_text)
    mine.get_by_role("button", name="Tandai sebagai jawaban resmi").click()
    expect(responder.locator(".flash-messages")).to_contain_text("jawaban resmi instansi")

    asker.reload()
    official = asker.locator('article.answer[data-official="true"]')
    expect(official).to_contain_text(answer_text)
    expect(official).to_contain_text("Jawaban resmi Dinas Kependudukan dan Pencatatan Sipil Kota Medan")
    expect(asker.locator("[data-opd-state=answered]")).to_contain_text("Dijawab resmi oleh")
    expect(asker.get_by_role("button", name="Tandai sebagai jawaban resmi")).to_have_count(0)
