"""Praktik Baik on the API: write, improve (revision, conflict, suggestion), history, the stage filter."""
from __future__ import annotations

from sqlalchemy import select

from app.articles.models import EditSuggestion
from app.content.models import Post
from app.extensions import db

BODY = "Kami memindai arsip surat masuk setiap pagi dan mengunggahnya ke aplikasi arsip daring."


def patch(client, path: str, secret: str, body: dict):
    return client._request("PATCH", path, headers={"Authorization": f"Bearer {secret}"}, json=body)


def test_write_an_article_and_filter_by_stage(member, make_token, api, client):
    _token, secret = make_token(member, scopes=("write",))
    response = api.post("/api/v1/articles", secret, json={
        "title": "Arsip surat masuk digital", "body": BODY, "tags": ["arsip"], "stage": "uji_coba",
        "started_on": "2024-03-01", "indicators": [{"name": "Waktu cari surat", "unit": "menit", "before": 30,
                                                    "after": 2.5}]})
    assert response.status_code == 201, response.get_data(as_text=True)
    created = response.get_json()
    assert created["kind"] == "article" and created["tags"] == ["arsip"] and created["comments"] == []
    article = db.session.get(Post, created["id"])
    assert article.stage == "uji_coba" and article.indicators[0]["before"] == 30
    assert "Waktu cari surat" in client.get(article.url()).get_data(as_text=True)
    ids = [row["id"] for row in api.get("/api/v1/posts?stage=uji_coba", secret).get_json()["items"]]
    assert ids == [article.id]
    assert api.get("/api/v1/posts?stage=ide", secret).get_json()["items"] == []
    replicated = api.post("/api/v1/articles", secret, json={"title": "Praktik kedua", "body": BODY,
                                                           "stage": "direplikasi"})
    assert replicated.status_code == 400 and "otomatis" in replicated.get_json()["detail"]
    future = api.post("/api/v1/articles", secret, json={"title": "Praktik ketiga", "body": BODY,
                                                       "started_on": "2999-01-01"})
    assert future.status_code == 400 and future.get_json()["errors"][0]["field"] == "started_on"
    no_value = api.post("/api/v1/articles", secret, json={"title": "Praktik keempat", "body": BODY,
                                                         "indicators": [{"name": "Tanpa angka"}]})
    assert no_value.status_code == 422


def test_improve_with_a_base_revision_and_read_the_history(member, make_article, make_token, api, client):
    article = make_article(member)
    _token, secret = make_token(member, scopes=("write",))
    path = f"/api/v1/articles/{article.id}"
    edited = patch(client, path, secret, {"body": BODY + " Kini juga surat keluar.", "summary": "Surat keluar",
                                          "stage": "diterapkan", "base_revision": 1})
    assert edited.status_code == 200, edited.get_data(as_text=True)
    assert edited.get_json()["revision"] == 2
    stale = patch(client, path, secret, {"title": "Judul dari revisi lama", "summary": "Judul",
                                         "base_revision": 1})
    assert stale.status_code == 409 and stale.content_type == "application/problem+json"
    assert "revisi 2" in stale.get_json()["detail"]
    db.session.expire_all()
    assert db.session.get(Post, article.id).title == article.title and article.stage == "diterapkan"
    history = api.get(f"{path}/revisions", secret).get_json()
    assert [(row["number"], row["summary"]) for row in history] == [(2, "Surat keluar"), (1, None)]
    second = api.get(f"{path}/revisions/2", secret).get_json()
    assert second["body_md"].endswith("Kini juga surat keluar.") and second["facts"]["stage"] == "diterapkan"
    assert api.get(f"{path}/revisions/9", secret).status_code == 404
    assert patch(client, path, secret, {"body": BODY}).status_code == 422  # the summary is asked for


def test_a_member_below_the_threshold_suggests(member, make_user, make_article, make_token, api, client):
    article = make_article(make_user())
    draft = make_article(make_user(), title="Draf praktik orang lain", publish=False)
    _token, secret = make_token(member, scopes=("write",))
    response = patch(client, f"/api/v1/articles/{article.id}", secret,
                     {"body": BODY + " Dengan nomor agenda.", "summary": "Nomor agenda"})
    assert response.status_code == 202, response.get_data(as_text=True)
    body = response.get_json()
    assert body["status"] == "pending" and response.headers["Location"] == body["url"]
    suggestion = db.session.get(EditSuggestion, body["suggestion_id"])
    assert suggestion.editor_id == member.id and suggestion.summary == "Nomor agenda"
    assert db.session.get(Post, article.id).revision_count == 1  # nothing published yet
    assert patch(client, f"/api/v1/articles/{draft.id}", secret, {"summary": "x"}).status_code == 404
    assert api.get(f"/api/v1/articles/{draft.id}/revisions", secret).status_code == 404
    _token, read_only = make_token(member, scopes=("read",))
    assert patch(client, f"/api/v1/articles/{article.id}", read_only, {"summary": "x"}).status_code == 403
    assert db.session.execute(select(EditSuggestion)).scalars().all() == [suggestion]
