"""GET /uploads/<id>/<name> and /thumb: the sniffed type, headers that keep a file from acting as a page,
caching with an ETag, and who may see an upload (its owner until attached, then whoever may see the post)."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from app.content.models import PostStatus
from app.content.services import change_status
from app.extensions import db
from app.files.models import Upload
from tests.files import samples
from tests.files.conftest import send

PUBLIC = "public, max-age=31536000, immutable"


def attached(upload_body: dict, post) -> Upload:
    upload = db.session.get(Upload, upload_body["id"])
    assert upload.post_id == post.id, "the post's body links the upload: it should be attached"
    return upload


def test_an_image_is_served_inline_with_its_sniffed_type_and_guarding_headers(uploader):
    body = send(uploader, samples.jpeg(), "foto.jpg").get_json()
    response = uploader.get(body["url"])
    assert response.status_code == 200 and response.mimetype == "image/jpeg"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Content-Security-Policy"] == "sandbox"
    assert response.headers["Content-Disposition"] == "inline; filename=\"foto.jpg\"; filename*=UTF-8''foto.jpg"
    assert response.headers["Cache-Control"] == "private, no-cache"  # not attached yet: the owner's alone
    assert response.headers["ETag"] == f"\"{db.session.get(Upload, body['id']).sha256}\""
    thumb = uploader.get(body["thumb_url"])
    assert thumb.mimetype == "image/webp" and thumb.headers["Content-Security-Policy"] == "sandbox"


def test_documents_are_downloads_with_the_name_in_both_forms(uploader):
    body = send(uploader, samples.pdf(), "SOP pelayanan akta – Kafé 2026.pdf").get_json()
    response = uploader.get(body["url"])
    assert response.mimetype == "application/pdf"
    assert response.headers["Content-Disposition"] == (
        "attachment; filename=\"SOP pelayanan akta - Kaf_ 2026.pdf\"; "
        "filename*=UTF-8''SOP%20pelayanan%20akta%20-%20Kaf%C3%A9%202026.pdf")
    assert uploader.get(body["url"].rsplit("/", 1)[0] + "/thumb").status_code == 404  # documents have none
    text = send(uploader, b"Catatan: <b>tebal</b> di tengah", "catatan.txt")
    assert text.status_code == 201
    response = uploader.get(text.get_json()["url"])
    assert response.mimetype == "text/plain" and response.headers["Content-Disposition"].startswith("attachment;")


def test_the_etag_answers_304(uploader):
    body = send(uploader, samples.png(), "bagan.png").get_json()
    etag = uploader.get(body["url"]).headers["ETag"]
    again = uploader.get(body["url"], headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.get_data() == b""
    assert again.headers["ETag"] == etag and again.headers["Cache-Control"] == "private, no-cache"
    assert uploader.get(body["url"], headers={"If-None-Match": '"lain"'}).status_code == 200


def test_a_wrong_name_redirects_to_the_right_one_only_for_those_who_may_see_it(uploader, client):
    body = send(uploader, samples.pdf(), "sop.pdf").get_json()
    wrong = f"/uploads/{body['id']}/nama-lain.pdf"
    response = uploader.get(wrong)
    assert response.status_code == 301 and response.headers["Location"].endswith(body["url"])
    assert client.get(wrong).status_code == 404  # a visitor learns nothing, not even the name
    assert uploader.get("/uploads/999999/sop.pdf").status_code == 404


def test_an_unattached_upload_is_its_owners_alone(uploader, login_as, make_user, client):
    body = send(uploader, samples.jpeg(), "foto.jpg").get_json()
    assert uploader.get(body["url"]).status_code == 200
    assert login_as(make_user()).get(body["url"]).status_code == 404
    assert client.get(body["url"]).status_code == 404
    assert client.get(body["thumb_url"]).status_code == 404


def test_an_upload_of_a_published_post_is_public_and_cached_for_a_year(uploader, member, make_article, client):
    body = send(uploader, samples.jpeg(), "foto.jpg").get_json()
    article = make_article(member, body=f"Sebelum dan sesudah:\n\n{body['markdown']}")
    attached(body, article)
    response = client.get(body["url"])
    assert response.status_code == 200 and response.headers["Cache-Control"] == PUBLIC
    assert client.get(body["thumb_url"]).headers["Cache-Control"] == PUBLIC


def test_an_upload_of_a_draft_is_seen_by_its_author_only(uploader, member, make_article, login_as, make_user,
                                                         moderator, client):
    body = send(uploader, samples.pdf(), "sop.pdf").get_json()
    draft = make_article(member, body=f"Lampiran: {body['markdown']}", publish=False)
    attached(body, draft)
    mine = uploader.get(body["url"])
    assert mine.status_code == 200 and mine.headers["Cache-Control"] == "private, no-cache"
    assert login_as(make_user()).get(body["url"]).status_code == 404
    assert login_as(moderator).get(body["url"]).status_code == 404  # a draft is its author's, as the post is
    assert client.get(body["url"]).status_code == 404


@pytest.mark.parametrize("status", [PostStatus.HIDDEN, PostStatus.DELETED])
def test_an_upload_of_a_hidden_or_deleted_post_is_seen_by_moderators_only(uploader, member, make_article, login_as,
                                                                           make_user, moderator, client, status):
    body = send(uploader, samples.jpeg(), "foto.jpg").get_json()
    article = make_article(member, body=f"Foto: {body['markdown']}")
    attached(body, article)
    change_status(article, status, moderator)
    db.session.commit()
    for who in (uploader, login_as(make_user()), client):
        assert who.get(body["url"]).status_code == 404
        assert who.get(body["thumb_url"]).status_code == 404
    seen = login_as(moderator).get(body["url"])
    assert seen.status_code == 200 and seen.headers["Cache-Control"] == "private, no-cache"


def test_an_answer_under_a_hidden_question_hides_its_upload(make_user, login_as, make_question, moderator, client):
    asker, answerer = make_user(), make_user()
    question = make_question(asker)
    writer = login_as(answerer)
    body = send(writer, samples.pdf(), "jawaban.pdf").get_json()
    response = writer.post(f"/questions/{question.id}/answers", {"body": f"Lihat lampiran {body['markdown']} ini."})
    assert response.status_code == 303, response.get_data(as_text=True)
    assert db.session.get(Upload, body["id"]).post_id is not None
    assert client.get(body["url"]).status_code == 200
    change_status(question, PostStatus.HIDDEN, moderator)
    db.session.commit()
    assert client.get(body["url"]).status_code == 404  # the parent-state rule: hidden with its question
    assert writer.get(body["url"]).status_code == 404
    assert login_as(moderator).get(body["url"]).status_code == 200


def test_a_file_missing_from_the_storage_is_not_found(app, uploader):
    body = send(uploader, samples.pdf(), "sop.pdf").get_json()
    upload = db.session.execute(select(Upload)).scalar_one()
    from pathlib import Path

    (Path(app.config["UPLOAD_DIR"]) / upload.key).unlink()
    assert uploader.get(body["url"]).status_code == 404
