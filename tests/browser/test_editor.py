"""The writer's editor in a real browser (issue 18): a file by the toolbar button, an image by drag-and-drop,
a passage pasted from Word turned into Markdown, the empty-section question before publishing, and the
published article carrying its attachments."""
from __future__ import annotations

import base64
import io
import re

import pytest
from PIL import Image
from playwright.sync_api import expect

from tests.browser.conftest import unique
from tests.browser.test_writing import ARTICLE_URL, MARIA, fill_tags, flash, member_page

# A small but real PDF: the upload endpoint sniffs the bytes, not the name.
PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
       b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")

# What Word puts on the clipboard (trimmed): conditional comments, Mso classes, list paragraphs with a typed
# bullet in a mso-list:Ignore span, <o:p>, a table without a header row.
WORD_HTML = """<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta name=Generator
content="Microsoft Word 15"><style><!-- p.MsoNormal {margin:0cm;} --></style></head><body lang=IN>
<!--StartFragment--><p class=MsoNormal><b><span lang=IN>Waktu layanan</span></b><span lang=IN> turun
<i>drastis</i> setelah antrean daring.<o:p></o:p></span></p>
<p class=MsoListParagraphCxSpFirst style='mso-list:l0 level1 lfo1'><![if !supportLists]><span
style='font-family:Symbol;mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;
</span></span><![endif]><span lang=IN>Daftar di aplikasi<o:p></o:p></span></p>
<p class=MsoListParagraphCxSpLast style='mso-list:l0 level1 lfo1'><![if !supportLists]><span
style='font-family:Symbol;mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;
</span></span><![endif]><span lang=IN>Datang sesuai jam<o:p></o:p></span></p>
<table class=MsoTableGrid border=1><tr><td><p class=MsoNormal>Sebelum<o:p></o:p></p></td>
<td><p class=MsoNormal>Sesudah<o:p></o:p></p></td></tr><tr><td><p class=MsoNormal>3 jam</p></td>
<td><p class=MsoNormal>20 menit</p></td></tr></table><!--EndFragment--></body></html>"""


DOCS_HTML = ('<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-3f1c2a7e-7fff-1b2c">'
             '<h2 dir="ltr" style="line-height:1.38;"><span style="font-size:16pt;font-weight:400;">Kontak Layanan'
             '</span></h2><p dir="ltr" style="line-height:1.38;"><span style="font-weight:400;">Hubungi </span>'
             '<span style="font-weight:700;">Disdukcapil</span><span style="font-weight:400;"> di nomor 061-123.'
             '</span></p></b>')


@pytest.fixture(autouse=True)
def favicon_fetch_cut_short_is_no_failure(watched):
    watched.allow(r"^request failed: other \S+/static/img/favicon\.svg\S* \(net::ERR_ABORTED\)$")


def png_base64() -> str:
    buffer = io.BytesIO()
    Image.new("RGB", (64, 48), (20, 120, 80)).save(buffer, "PNG")
    return base64.b64encode(buffer.getvalue()).decode()


def body_box(page):
    return page.get_by_role("textbox", name="Isi", exact=True)


def test_upload_by_button_and_by_drop_paste_from_word_then_publish(open_page, site):
    page = member_page(open_page, site, MARIA)
    page.goto(site.url("/articles/new"))
    title = unique("Antrean Akta Tanpa Subuh")
    page.get_by_label("Judul").fill(title)
    body = body_box(page)
    value = body.input_value()
    assert "## Latar Belakang" in value and "Apa keadaan sebelum" not in value  # questions are hints only
    expect(page.get_by_text("Apa keadaan sebelum inovasi ini")).to_be_visible()
    toolbar = page.get_by_role("toolbar", name="Alat penyunting")
    expect(toolbar.get_by_role("button", name="Tebal (Ctrl+B)")).to_be_visible()
    toolbar.get_by_role("button", name="Tebal (Ctrl+B)").focus()  # one Tab stop, arrows along the buttons
    page.keyboard.press("ArrowRight")
    expect(toolbar.get_by_role("button", name="Miring (Ctrl+I)")).to_be_focused()
    expect(toolbar.get_by_role("button", name="Tebal (Ctrl+B)")).to_have_attribute("tabindex", "-1")

    # Write under the first heading, leaving the other sections of the outline empty.
    body.click()
    body.press("Control+Home")
    body.press("End")
    body.press("Enter")
    body.press("Enter")
    body.press_sequentially("Warga antre sejak subuh. ")
    body.press("Control+b")  # the shortcut wraps a sample in ** and selects it
    page.keyboard.type("cepat")
    assert "**cepat**" in body.input_value()
    body.press("End")  # past the closing ** before anything else goes in

    # @mention autocomplete: members by handle or name, picked with the keyboard.
    with page.expect_response(lambda r: "/users/suggest.json" in r.url):
        body.press_sequentially(" Dibantu @jona")
    options = page.get_by_role("listbox", name="Saran anggota").get_by_role("option")
    expect(options.first).to_contain_text("Jonathan Hutagalung")
    body.press("ArrowDown")
    body.press("Enter")
    expect(body).to_have_value(re.compile(r"Dibantu @jonathan[a-z.]* "))
    expect(page.get_by_role("listbox", name="Saran anggota")).to_be_hidden()

    # The preview beside the text on a wide screen, following what is typed.
    page.get_by_role("button", name="Berdampingan").click()
    preview = page.get_by_role("region", name="Pratinjau isi")
    expect(preview.get_by_role("heading", name="Latar Belakang")).to_be_visible()
    expect(preview.locator("strong")).to_have_text("cepat")
    expect(body).to_be_visible()
    page.get_by_role("button", name="Tulis").click()
    expect(preview).to_be_hidden()

    # 1. A file by the toolbar's button.
    with page.expect_file_chooser() as chooser:
        toolbar.get_by_role("button", name="Lampirkan berkas").click()
    with page.expect_response(lambda r: r.url.endswith("/uploads") and r.status == 201):
        chooser.value.set_files({"name": "sop-pelayanan-akta.pdf", "mimeType": "application/pdf", "buffer": PDF})
    expect(body).to_have_value(re.compile(r"\[sop-pelayanan-akta\.pdf\]\(/uploads/\d+/sop-pelayanan-akta\.pdf\)"))
    expect(page.locator(".compose-message")).to_contain_text("sop-pelayanan-akta.pdf diunggah")

    # 2. An image dropped on the text box (a DataTransfer built in the page, as a drag from the desktop).
    with page.expect_response(lambda r: r.url.endswith("/uploads") and r.status == 201):
        body.evaluate("""(area, data) => {
            const bytes = Uint8Array.from(atob(data), c => c.charCodeAt(0));
            const transfer = new DataTransfer();
            transfer.items.add(new File([bytes], 'foto-loket.png', {type: 'image/png'}));
            area.dispatchEvent(new DragEvent('dragover', {dataTransfer: transfer, bubbles: true, cancelable: true}));
            area.dispatchEvent(new DragEvent('drop', {dataTransfer: transfer, bubbles: true, cancelable: true}));
        }""", png_base64())
    expect(body).to_have_value(re.compile(r"!\[foto-loket\.png\]\(/uploads/\d+/foto-loket\.png\)"))

    # 3. A refused file: the problem JSON's Indonesian message is shown.
    page.locator('input[type=file][data-compose-input="berkas"]').set_input_files(
        {"name": "skrip.html", "mimeType": "text/html", "buffer": b"<script>alert(1)</script>"})
    expect(page.locator(".compose-message.is-error")).to_contain_text("Gagal mengunggah skrip.html")

    # 4. A passage pasted from Word: clean Markdown, no Word markup.
    body.press("Control+End")
    body.evaluate("""(area, html) => {
        const data = new DataTransfer();
        data.setData('text/html', html);
        data.setData('text/plain', 'Waktu layanan turun drastis');
        area.dispatchEvent(new ClipboardEvent('paste', {clipboardData: data, bubbles: true, cancelable: true}));
    }""", WORD_HTML)
    pasted = body.input_value()
    assert "**Waktu layanan** turun _drastis_ setelah antrean daring." in pasted
    assert "- Daftar di aplikasi" in pasted and "- Datang sesuai jam" in pasted
    assert "| Sebelum | Sesudah |" in pasted and "| 3 jam | 20 menit |" in pasted
    assert "Mso" not in pasted and "<" not in pasted and "·" not in pasted

    # And one from Google Docs: its bold is a styled span inside a wrapper <b> that is not bold at all.
    body.press("Control+End")
    body.evaluate("""(area, html) => {
        const data = new DataTransfer();
        data.setData('text/html', html);
        area.dispatchEvent(new ClipboardEvent('paste', {clipboardData: data, bubbles: true, cancelable: true}));
    }""", DOCS_HTML)
    pasted = body.input_value()
    assert "## Kontak Layanan" in pasted and "Hubungi **Disdukcapil** di nomor 061-123." in pasted
    assert "docs-internal" not in pasted and not pasted.startswith("**")

    fill_tags(page, "pelayanan-publik")
    # The outline's other sections are still empty: the server asks before publishing.
    page.get_by_role("button", name="Simpan").click()
    warning = page.get_by_role("alert").filter(has_text="Bagian berikut masih kosong")
    expect(warning).to_contain_text("Permasalahan")
    page.get_by_label("Ya, terbitkan walau ada bagian yang masih kosong").check()
    page.get_by_role("button", name="Simpan").click()
    page.wait_for_url(ARTICLE_URL)
    expect(flash(page)).to_contain_text("Praktik baik Anda telah diterbitkan.")

    content = page.locator("article .prose")
    expect(content.locator("strong")).to_have_text(["cepat", "Waktu layanan", "Disdukcapil"])
    expect(content.locator("ul > li")).to_have_text(["Daftar di aplikasi", "Datang sesuai jam"])
    expect(content.locator("table th")).to_have_text(["Sebelum", "Sesudah"])
    expect(content).to_contain_text("sop-pelayanan-akta.pdf")  # the attachment's link text
    expect(content).not_to_contain_text("Apa keadaan sebelum")
    match = re.search(r"\((/uploads/\d+/sop-pelayanan-akta\.pdf)\)", pasted)
    assert match
    # The files are now attached to a published article: a visitor may fetch them.
    visitor = open_page()
    response = visitor.request.get(site.url(match.group(1)))
    assert response.status == 200 and response.headers["content-type"] == "application/pdf"
    assert 'attachment' in response.headers["content-disposition"]
    image = re.search(r"\((/uploads/\d+/foto-loket\.png)\)", pasted).group(1)
    assert visitor.request.get(site.url(image)).headers["content-type"] == "image/png"
    # The dropped photo shows in the article: its thumbnail, linking to the full size, and it has loaded.
    photo = content.locator("img").first
    expect(photo).to_have_attribute("src", re.compile(r"/uploads/\d+/thumb$"))
    expect(content.locator(f"a[href='{image}'] img")).to_have_count(1)
    assert photo.evaluate("img => img.complete && img.naturalWidth > 0"), "the photo did not load"

    # Share and print from the article page.
    share = page.locator("#bagikan")
    expect(share.get_by_role("link", name="Bagikan lewat WhatsApp")).to_have_attribute(
        "href", re.compile(r"^https://wa\.me/\?text="))
    share.get_by_role("link", name="Cetak atau simpan PDF").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text(title)
    expect(page.locator(".site-header")).to_have_count(0)
