"""Search inside attachments: the drainer reads the text of a post's PDF, docx ... (never the request), the
post is found by a word only its attachment holds, on both backends, and the hit says which attachment; a
file that cannot be parsed is kept, served, not indexed, and breaks nothing."""
from __future__ import annotations

import io
import logging
import re
import zipfile

import pytest
from sqlalchemy import func, select

from app.demo.attachments import text_pdf
from app.extensions import db
from app.files.models import Upload
from app.files.services import attach_from_body
from app.search.indexing import get_backend
from app.search.models import SearchOutbox
from tests.files.conftest import send

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def docx(*paragraphs: str, document: bytes | None = None) -> bytes:
    """A minimal Word document: the content types, the relationships and word/document.xml."""
    body = "".join(f"<w:p><w:r><w:t>{p}</w:t></w:r></w:p>" for p in paragraphs)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/'
                         'package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>')
        archive.writestr("_rels/.rels", "<Relationships/>")
        archive.writestr("word/document.xml", document or
                         f'<?xml version="1.0"?><w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document>')
    return out.getvalue()


BILLION_LAUGHS = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
                  + b"".join(b'<!ENTITY lol%d "%s">' % (n, (b"&lol%d;" % (n - 1) if n > 1 else b"&lol;") * 10)
                             for n in range(1, 10))
                  + b']><w:document xmlns:w="' + W.encode() + b'"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p>'
                  + b"</w:body></w:document>")


@pytest.fixture(params=["whoosh", pytest.param("postgres", marks=pytest.mark.postgres_only)])
def app_config(request, app_config):
    return {**app_config, "SEARCH_BACKEND": request.param}


@pytest.fixture(autouse=True)
def fresh_index(app):
    backend = get_backend(app)
    if backend.name == "postgres":
        backend.clear()  # the backend's tables outlive a test's truncated data
    yield
    if backend.name == "postgres":
        backend.clear()


@pytest.fixture
def uploader(login_as, member):
    return login_as(member)


def plain(response) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", response.get_data(as_text=True)))


def post_with(uploader, member, make_article, data: bytes, name: str, title: str) -> dict:
    sent = send(uploader, data, name)
    assert sent.status_code == 201, sent.get_data(as_text=True)
    body = sent.get_json()
    make_article(member, title=title, body=f"Berkas pendukung terlampir di bawah.\n\n{body['markdown']}")
    return body


def test_a_pdfs_inner_word_finds_the_post_and_says_where(client, uploader, member, make_article, search_sync):
    post_with(uploader, member, make_article, text_pdf(["Prosedur legalisir ijazah di loket terpadu"]),
              "sop-legalisir.pdf", "Pelayanan cepat di kantor camat")
    search_sync()
    page = plain(client.get("/search?q=legalisir"))
    assert "Pelayanan cepat di kantor camat" in page
    assert "ditemukan di lampiran: sop-legalisir.pdf" in page
    assert "Prosedur legalisir ijazah" in page  # the lines around the match


def test_a_docx_word_finds_the_post(client, uploader, member, make_article, search_sync):
    post_with(uploader, member, make_article, docx("Daftar periksa", "Retribusi pasar tradisional dibayar nontunai."),
              "panduan.docx", "Panduan petugas pasar")
    search_sync()
    page = plain(client.get("/search", query_string={"q": "retribusi nontunai"}))
    assert "Panduan petugas pasar" in page and "ditemukan di lampiran: panduan.docx" in page
    assert "Panduan petugas pasar" in plain(client.get("/search", query_string={"q": '"retribusi pasar"'}))


def test_a_post_matched_in_its_body_shows_no_attachment_line(client, uploader, member, make_article, search_sync):
    post_with(uploader, member, make_article, text_pdf(["Jadwal piket bulanan"]), "jadwal.pdf",
              "Berkas pendukung rapat")
    search_sync()
    page = plain(client.get("/search?q=pendukung"))
    assert "Berkas pendukung rapat" in page and "ditemukan di lampiran" not in page


def test_a_broken_pdf_is_kept_served_and_not_indexed(client, uploader, member, make_article, search_sync, caplog):
    broken = b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\nxref\n0 9\ngarbage rusak\n"
    body = post_with(uploader, member, make_article, broken, "rusak.pdf", "Praktik dengan lampiran rusak")
    with caplog.at_level(logging.WARNING):
        search_sync()  # no exception: the drain goes on
    assert db.session.execute(select(func.count(SearchOutbox.id))).scalar_one() == 0
    assert "Praktik dengan lampiran rusak" in plain(client.get("/search?q=rusak"))  # the post itself is found
    assert "ditemukan di lampiran" not in plain(client.get("/search?q=rusak"))
    assert uploader.get(body["url"]).status_code == 200  # the file is kept
    warnings = [r for r in caplog.records if "unreadable" in r.getMessage()]
    assert len(warnings) == 1
    db.session.expire_all()
    assert db.session.get(Upload, body["id"]).text_state == "failed"
    caplog.clear()
    upload = db.session.get(Upload, body["id"])
    db.session.add(SearchOutbox(post_id=upload.post_id, action="upsert"))  # the post is indexed again
    with caplog.at_level(logging.WARNING):
        search_sync()
    assert not [r for r in caplog.records if "unreadable" in r.getMessage()]  # logged once, never read again


def test_a_billion_laughs_docx_is_not_expanded(client, uploader, member, make_article, search_sync):
    body = post_with(uploader, member, make_article, docx(document=BILLION_LAUGHS), "tawa.docx", "Praktik tawa")
    search_sync()
    db.session.expire_all()
    assert db.session.get(Upload, body["id"]).text_state == "failed"
    assert "Praktik tawa" not in plain(client.get("/search?q=lol"))


def test_attaching_queues_the_post_in_the_same_transaction(uploader, member, make_article, search_sync):
    article = make_article(member, title="Praktik tanpa lampiran", body="Belum ada berkas.")
    search_sync()
    sent = send(uploader, text_pdf(["Notulen rapat koordinasi"]), "notulen.pdf").get_json()
    assert attach_from_body(article.id, member.id, sent["markdown"]) == 1
    queued = db.session.execute(select(SearchOutbox.post_id)).scalars().all()  # before any commit
    assert queued == [article.id]
    db.session.commit()


def test_an_index_built_before_the_attachments_field_is_rebuilt_with_it(app, client, uploader, member, make_article,
                                                                        search_sync):
    from whoosh import index as whoosh_index

    from app.search.indexing import repair_if_needed
    from app.search.whoosh_query import build_schema

    backend = get_backend(app)
    if backend.name != "whoosh":
        pytest.skip("Whoosh's own schema")
    post_with(uploader, member, make_article, text_pdf(["Rekap absensi apel pagi"]), "absensi.pdf", "Apel pagi")
    old = build_schema()
    old.remove("attachments")  # an index made by the release before search inside attachments
    folder = backend.new_generation()
    whoosh_index.create_in(str(folder), old)
    backend.switch_to(folder)
    search_sync()  # writing to the old index leaves the new field out instead of failing
    assert "Apel pagi" not in plain(client.get("/search?q=rekap"))
    assert repair_if_needed() is True
    search_sync()
    assert "ditemukan di lampiran: absensi.pdf" in plain(client.get("/search?q=rekap"))
