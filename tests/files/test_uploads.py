"""POST /uploads: every allowed kind is taken (images re-encoded without their metadata), who may upload,
CSRF, limits and quota, each refusal as Indonesian problem JSON, nothing half-stored."""
from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import event, func, select
from sqlalchemy.orm import Session

from app.extensions import db
from app.files.models import Upload
from tests.files import samples
from tests.files.conftest import send
from tests.fixtures.people import PASSWORD

MB = 1024 * 1024


def stored_files(app) -> list[Path]:
    root = Path(app.config["UPLOAD_DIR"])
    return sorted(path for path in root.rglob("*") if path.is_file()) if root.exists() else []


def served(client, body: dict) -> bytes:
    response = client.get(body["url"])
    assert response.status_code == 200
    return response.get_data()


def assert_problem(response, status: int, *words: str) -> dict:
    assert response.status_code == status, response.get_data(as_text=True)
    assert response.mimetype == "application/problem+json"
    body = response.get_json(force=True)
    assert body["status"] == status and body["title"] and body["detail"]
    for word in words:
        assert word in body["detail"], body["detail"]
    return body


@pytest.mark.parametrize(("maker", "name", "mime"), [
    (samples.jpeg, "foto.jpg", "image/jpeg"),
    (samples.png, "bagan.png", "image/png"),
    (samples.webp, "layanan.webp", "image/webp"),
    (samples.gif, "antrean.gif", "image/gif"),
])
def test_images_are_reencoded_without_exif_gps_or_comments(app, uploader, maker, name, mime):
    original = maker()
    assert b"rahasia-kantor" in original or Image.open(io.BytesIO(original)).getexif().get_ifd(samples.GPS_IFD)
    response = send(uploader, original, name)
    assert response.status_code == 201, response.get_data(as_text=True)
    body = response.get_json()
    assert body["mime"] == mime and body["name"] == name
    assert body["markdown"] == f"![{name}]({body['url']})"
    data = served(uploader, body)
    assert data != original and body["size"] == len(data)
    assert b"rahasia-kantor" not in data and b"KameraDinas" not in data
    image = Image.open(io.BytesIO(data))
    assert image.format == Image.open(io.BytesIO(original)).format
    assert not image.getexif().get_ifd(samples.GPS_IFD) and samples.MAKE not in image.getexif()
    assert not any(key in image.info for key in ("exif", "xmp", "icc_profile", "comment", "Comment"))
    assert uploader.get(body["thumb_url"]).mimetype == "image/webp"


def test_a_turned_photo_is_stored_upright(uploader):
    body = send(uploader, samples.jpeg(rotate=True), "miring.jpg").get_json()
    image = Image.open(io.BytesIO(served(uploader, body)))
    assert image.size == (600, 800)  # orientation 6 applied: the 800 x 600 picture stands upright
    assert image.getexif().get(samples.ORIENTATION) is None
    thumb = Image.open(io.BytesIO(uploader.get(body["thumb_url"]).get_data()))
    assert thumb.size == (480, 640)


def test_an_animation_keeps_its_frames_and_loses_its_comment(uploader):
    body = send(uploader, samples.gif(frames=3), "animasi.gif").get_json()
    image = Image.open(io.BytesIO(served(uploader, body)))
    assert image.n_frames == 3 and "comment" not in image.info


@pytest.mark.parametrize(("data", "name", "mime"), [
    (samples.pdf(), "sop-akta.pdf", "application/pdf"),
    (samples.office("docx"), "sop.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    (samples.office("xlsx"), "data.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    (samples.office("pptx"), "paparan.pptx",
     "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
    (samples.office("odt"), "sop.odt", "application/vnd.oasis.opendocument.text"),
    (samples.office("ods"), "data.ods", "application/vnd.oasis.opendocument.spreadsheet"),
    (samples.office("odp"), "paparan.odp", "application/vnd.oasis.opendocument.presentation"),
    ("Catatan rapat: antrean turun 40% — “cepat”.\n".encode(), "catatan.txt", "text/plain"),
    (b"kecamatan;antrean\nMedan Kota;12\n", "antrean.csv", "text/csv"),
    ("kecamatan;jumlah\nMedan Timur;\xe9\n".encode("cp1252"), "excel.csv", "text/csv"),
])
def test_documents_are_kept_byte_for_byte(uploader, data, name, mime):
    response = send(uploader, data, name, header_token=True)  # the token in X-CSRFToken, as fetch() sends it
    assert response.status_code == 201, response.get_data(as_text=True)
    body = response.get_json()
    assert (body["mime"], body["name"], body["size"]) == (mime, name, len(data))
    assert body["markdown"] == f"[{name}]({body['url']})" and "thumb_url" not in body
    assert served(uploader, body) == data


def test_a_name_that_disagrees_with_the_bytes_gets_the_right_extension(uploader):
    body = send(uploader, samples.jpeg(), "../../etc/foto kantor (1).PNG").get_json()
    assert body["name"] == "foto kantor -1.jpg" and body["mime"] == "image/jpeg"
    body = send(uploader, samples.pdf(), "laporan.docx").get_json()
    assert body["name"] == "laporan.pdf" and body["mime"] == "application/pdf"


@pytest.mark.parametrize(("data", "name"), [
    (samples.SVG_WITH_SCRIPT, "logo.svg"),
    (samples.SVG_WITH_SCRIPT, "logo.png"),
    (samples.HTML_PAGE, "laporan.pdf"),
    (samples.HTML_PAGE, "halaman.txt"),
    (b"#!/bin/sh\nrm -rf /\n", "skrip.txt"),
    (b"console.log('hai');\n", "skrip.js"),
    (b"Catatan biasa", "catatan.md"),
    (samples.EXE, "setup.pdf"),
    (samples.ELF, "program"),
    (samples.plain_zip(), "arsip.zip"),
    (samples.plain_zip(), "arsip.docx"),
    (samples.office("docx", {"word/vbaProject.bin": b"macro"}), "makro.docx"),
    (b"%!PS-Adobe-3.0\n", "cetak.pdf"),
    (b"\x00\x01binary", "data.txt"),
])
def test_hostile_and_unknown_types_are_refused_with_the_allowed_list(app, uploader, data, name):
    body = assert_problem(send(uploader, data, name), 415, "JPEG", "PDF", "DOCX", "CSV")
    assert "PDF" in body["allowed"]
    assert db.session.scalar(select(func.count(Upload.id))) == 0 and stored_files(app) == []


SCRIPT = b"<html><script>alert(document.domain)</script></html>"


@pytest.mark.parametrize(("polyglot", "name"), [
    (samples.gif(comment=SCRIPT), "komentar.gif"),  # the page hidden in a GIF comment block
    (samples.gif() + SCRIPT, "ekor.gif"),  # the page after the GIF's trailer
    (samples.jpeg() + SCRIPT, "ekor.jpg"),
])
def test_an_image_html_polyglot_is_served_as_a_clean_image(uploader, polyglot, name):
    assert b"<script>" in polyglot
    body = send(uploader, polyglot, name).get_json()
    assert body["mime"].startswith("image/")
    assert b"<script" not in served(uploader, body)


def test_a_gif_header_before_html_is_unreadable(uploader):
    assert_problem(send(uploader, b"GIF89a" + samples.HTML_PAGE, "trik.gif"), 422, "rusak")


def test_a_truncated_image_is_refused(app, uploader):
    data = samples.jpeg()
    assert_problem(send(uploader, data[: len(data) // 2], "potong.jpg"), 422, "rusak")
    assert stored_files(app) == []


def test_a_decompression_bomb_is_refused(app, uploader):
    assert_problem(send(uploader, samples.png_header_only(30000, 30000), "bom.png"), 422, "megapiksel")
    assert stored_files(app) == []


def test_an_image_over_the_configured_pixels_is_refused_with_the_figures(app, uploader):
    app.config["UPLOAD_MAX_PIXELS"] = 1_000_000
    response = send(uploader, samples.jpeg(width=1200, height=1000), "besar.jpg")
    assert_problem(response, 422, "1,2 megapiksel", "1 megapiksel")


def test_a_zip_bomb_dressed_as_docx_is_refused(app, uploader):
    bomb = samples.zip_bomb_docx()
    assert len(bomb) < 2 * MB
    assert_problem(send(uploader, bomb, "sop.docx"), 422, "bom zip")
    assert stored_files(app) == []


def test_an_empty_file_and_a_missing_field_are_refused(uploader):
    assert_problem(send(uploader, b"", "kosong.txt"), 400, "kosong")
    assert_problem(uploader.post("/uploads", {}), 400, "file")


# -- who may upload ----------------------------------------------------------------------------------------
def test_a_visitor_may_not_upload(app, client):
    assert_problem(send(client, samples.pdf(), "sop.pdf"), 401, "Masuk")
    assert stored_files(app) == []


def test_an_unconfirmed_member_may_not_upload(app, make_user, make_client):
    user = make_user(email_confirmed_at=None, verified_at=None)
    client = make_client()
    assert client.login(user.email, PASSWORD).status_code == 302
    assert_problem(send(client, samples.pdf(), "sop.pdf"), 403, "konfirmasi")
    assert stored_files(app) == []


def test_an_upload_without_the_csrf_token_is_refused(app, uploader):
    assert_problem(send(uploader, samples.pdf(), "sop.pdf", csrf=False), 400, "kedaluwarsa")
    assert stored_files(app) == [] and db.session.scalar(select(func.count(Upload.id))) == 0


# -- limits --------------------------------------------------------------------------------------------------
def test_a_file_over_the_limit_is_refused_with_the_figures(app, uploader):
    app.config["UPLOAD_MAX_MB"] = 1
    just_over = b"a" * (MB + 50 * 1024)  # within the form's envelope: refused once the file is read
    assert_problem(send(uploader, just_over, "besar.txt"), 413, "1,0 MB", "1 MB per berkas")
    far_over = b"a" * (3 * MB)  # beyond the whole request's limit: refused while the form is read
    assert_problem(send(uploader, far_over, "besar.txt"), 413, "3,0 MB", "1 MB per berkas")
    assert stored_files(app) == []


def test_the_default_limit_takes_20_mb_and_refuses_one_byte_more(app, uploader):
    assert app.config["UPLOAD_MAX_MB"] == 20
    assert send(uploader, b"a" * (20 * MB), "tepat.txt").status_code == 201
    assert_problem(send(uploader, b"a" * (20 * MB + 1), "lebih.txt"), 413, "20 MB per berkas")


def test_the_quota_is_refused_with_the_figures(app, uploader, member):
    app.config["UPLOAD_QUOTA_MB"] = 1
    assert send(uploader, b"a" * (600 * 1024), "satu.txt").status_code == 201
    body = assert_problem(send(uploader, b"b" * (600 * 1024), "dua.txt"), 422, "0,6 MB dari 1 MB")
    assert "Kuota" in body["detail"]
    assert db.session.scalar(select(func.count(Upload.id)).where(Upload.owner_id == member.id)) == 1
    assert len(stored_files(app)) == 1


def test_a_failed_commit_leaves_no_file(app, uploader):
    """The row and the file appear together: when the commit fails, the file written before it is removed."""

    def refuse(session):
        if any(isinstance(obj, Upload) for obj in session.identity_map.values()):
            raise RuntimeError("the database went away")

    event.listen(Session, "before_commit", refuse)
    try:
        response = send(uploader, samples.pdf(), "sop.pdf")
    finally:
        event.remove(Session, "before_commit", refuse)
    assert response.status_code == 500
    assert stored_files(app) == []
