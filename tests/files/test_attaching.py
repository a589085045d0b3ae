"""Saving a post attaches the uploads of the one who wrote it that its body links to; `flask uploads clean`
removes the uploads nobody attached within 24 hours, rows and files."""
from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from sqlalchemy import update

from app.core.timeutil import utcnow
from app.extensions import db
from app.files.models import Upload
from tests.files import samples
from tests.files.conftest import send

QUESTION = {"title": "Format SOP pelayanan akta kelahiran yang baku?", "tags": "arsip"}


def upload_row(body: dict) -> Upload:
    db.session.expire_all()
    return db.session.get(Upload, body["id"])


def test_asking_a_question_attaches_the_askers_upload(uploader):
    body = send(uploader, samples.pdf(), "sop.pdf").get_json()
    response = uploader.post("/questions/ask", {**QUESTION, "body": f"Contoh kami terlampir: {body['markdown']}"})
    assert response.status_code in (302, 303), response.get_data(as_text=True)
    row = upload_row(body)
    assert row.post_id is not None and row.attached_at is not None


def test_an_edit_attaches_the_editors_upload(uploader, member, make_thread):
    thread = make_thread(member)
    body = send(uploader, samples.jpeg(), "foto.jpg").get_json()
    assert upload_row(body).post_id is None
    response = uploader.post(f"/posts/{thread.id}/edit", {"title": thread.title, "body": f"{thread.body_md}\n\n"
                                                          f"{body['markdown']}", "category": "transformasi-digital",
                                                          "summary": "foto"})
    assert response.status_code in (302, 303), response.get_data(as_text=True)
    assert upload_row(body).post_id == thread.id


def test_a_reply_attaches_its_upload(uploader, member, make_user, make_thread, make_reply):
    thread = make_thread(make_user())
    body = send(uploader, samples.pdf(), "jadwal.pdf").get_json()
    reply = make_reply(thread, member, body=f"Jadwalnya di sini: {body['url']}")
    assert upload_row(body).post_id == reply.id


def test_someone_elses_upload_is_not_attached_by_linking_it(uploader, login_as, make_user, make_article):
    body = send(uploader, samples.pdf(), "pribadi.pdf").get_json()
    other = make_user()
    make_article(other, body=f"Saya menautkan berkas orang lain: {body['markdown']}")
    assert upload_row(body).post_id is None
    assert login_as(other).get(body["url"]).status_code == 404  # still the owner's alone


def test_an_attached_upload_stays_with_its_first_post(uploader, member, make_article):
    body = send(uploader, samples.pdf(), "sop.pdf").get_json()
    first = make_article(member, body=f"Pertama: {body['markdown']}")
    make_article(member, title="Artikel kedua tentang arsip", body=f"Kedua: {body['markdown']}")
    assert upload_row(body).post_id == first.id


def age(upload_id: int, hours: int) -> None:
    db.session.execute(update(Upload).where(Upload.id == upload_id)
                       .values(created_at=utcnow() - timedelta(hours=hours)))
    db.session.commit()


def test_clean_removes_uploads_unattached_after_a_day(app, uploader, member, make_article):
    old = send(uploader, samples.jpeg(), "lama.jpg").get_json()
    fresh = send(uploader, samples.pdf(), "baru.pdf").get_json()
    used = send(uploader, samples.pdf(), "dipakai.pdf").get_json()
    make_article(member, body=f"Lampiran: {used['markdown']}")
    for body in (old, used):
        age(body["id"], 25)
    age(fresh["id"], 23)
    root = Path(app.config["UPLOAD_DIR"])
    old_row = upload_row(old)
    old_files = [root / old_row.key, root / old_row.thumb_key]
    assert all(path.is_file() for path in old_files)

    result = app.test_cli_runner().invoke(args=["uploads", "clean"])
    assert result.exit_code == 0, result.output
    assert "1 unggahan" in result.output
    assert upload_row(old) is None and not any(path.exists() for path in old_files)
    assert uploader.get(old["url"]).status_code == 404
    assert uploader.get(fresh["url"]).status_code == 200
    assert uploader.get(used["url"]).status_code == 200
    again = app.test_cli_runner().invoke(args=["uploads", "clean"])
    assert "0 unggahan" in again.output
