"""The read resources: scopes, visibility, problem responses in Indonesian, rate-limit headers."""
from __future__ import annotations

import pytest

from app.content.models import Post, PostStatus
from app.extensions import db


def test_no_token_and_a_session_cookie_do_not_authenticate(login_as, member, api):
    browser = login_as(member)  # signed in: the cookie must not count on the API
    response = browser.get("/api/v1/me")
    assert response.status_code == 401
    assert response.content_type == "application/problem+json"
    body = response.get_json()
    assert body["status"] == 401 and body["title"] == "Token tidak valid" and "Bearer" in body["detail"]
    assert api.get("/api/v1/me", "simpul_tidak-ada").status_code == 401


def test_me_public_user_and_scopes(member, make_user, make_token, api):
    _token, secret = make_token(member, scopes=("write",))  # write includes read
    response = api.get("/api/v1/me", secret)
    assert "Set-Cookie" not in response.headers  # no session is started by an API call
    me = response.get_json()
    assert me["email"] == member.email and me["scopes"] == ["write"]
    other = make_user(nip="198001012005011001")
    public = api.get(f"/api/v1/users/{other.id}", secret).get_json()
    assert public["name"] == other.name and "email" not in public and "nip" not in public
    missing = api.get("/api/v1/users/999999", secret)
    assert missing.status_code == 404 and missing.get_json()["detail"] == "Anggota tidak ditemukan."


def test_agencies_and_tags(member, make_token, make_article, api):
    make_article(member)
    _token, secret = make_token(member)
    assert any(row["code"] == "diskominfo" for row in api.get("/api/v1/agencies", secret).get_json())
    assert "arsip" in [row["name"] for row in api.get("/api/v1/tags", secret).get_json()]


def test_hidden_and_draft_posts_of_others_are_not_shown(member, make_user, make_token, make_question,
                                                        make_article, api):
    author = make_user()
    shown = make_question(author, title="Pertanyaan yang terlihat oleh semua?")
    hidden = make_question(author, title="Pertanyaan yang disembunyikan moderator?")
    hidden.status = PostStatus.HIDDEN.value
    draft = make_article(author, title="Draf praktik baik yang belum terbit", publish=False)
    db.session.commit()
    _token, secret = make_token(member)
    ids = [row["id"] for row in api.get("/api/v1/posts", secret).get_json()["items"]]
    assert shown.id in ids and hidden.id not in ids and draft.id not in ids
    assert api.get(f"/api/v1/posts/{hidden.id}", secret).status_code == 404
    assert api.get(f"/api/v1/posts/{draft.id}", secret).status_code == 404
    one = api.get(f"/api/v1/posts/{shown.id}", secret).get_json()
    assert one["title"] == shown.title and one["children"] == []


def test_filters_and_cursor_pagination(member, make_token, make_question, make_article, api):
    questions = [make_question(member, title=f"Pertanyaan nomor {n} tentang arsip?") for n in range(3)]
    make_article(member)
    _token, secret = make_token(member)
    first = api.get("/api/v1/posts?kind=question&limit=2", secret).get_json()
    assert [row["id"] for row in first["items"]] == [questions[2].id, questions[1].id]
    second = api.get(f"/api/v1/posts?kind=question&limit=2&cursor={first['next_cursor']}", secret).get_json()
    assert [row["id"] for row in second["items"]] == [questions[0].id] and second["next_cursor"] is None
    tagged = api.get("/api/v1/posts?tag=adaptif", secret).get_json()["items"]
    assert [row["kind"] for row in tagged] == ["article"]
    assert api.get("/api/v1/posts?agency=diskominfo&since=2020-01-01T00:00:00Z", secret).get_json()["items"]


@pytest.mark.parametrize("query, field", [("kind=resep", "kind"), ("limit=abc", "limit"), ("warna=biru", "warna")])
def test_bad_query_is_a_422_problem_naming_the_field(member, make_token, api, query, field):
    _token, secret = make_token(member)
    response = api.get(f"/api/v1/posts?{query}", secret)
    assert response.status_code == 422 and response.content_type == "application/problem+json"
    body = response.get_json()
    assert body["title"] == "Isian belum benar" and field in [row["field"] for row in body["errors"]]


def test_unknown_tag_is_a_404_problem(member, make_token, api):
    _token, secret = make_token(member)
    response = api.get("/api/v1/posts?tag=tidak-ada", secret)
    assert response.status_code == 404 and response.get_json()["errors"][0]["field"] == "tag"


def test_unknown_api_path_is_a_problem(member, make_token, api):
    _token, secret = make_token(member)
    response = api.get("/api/v1/tidak-ada", secret)
    assert response.status_code == 404 and response.content_type == "application/problem+json"


def test_openapi_document_is_3_1(client):
    document = client.get("/api/v1/openapi.json").get_json()
    assert document["openapi"] == "3.1.0"
    assert {"/api/v1/me", "/api/v1/posts", "/api/v1/posts/{post_id}"} <= set(document["paths"])


class TestRateLimit:
    @pytest.fixture
    def app_config(self, app_config):
        return {**app_config, "RATELIMIT_ENABLED": True, "RATELIMIT_API": "3 per minute"}

    def test_limit_per_token_with_headers(self, member, make_user, make_token, api):
        _token, secret = make_token(member)
        first = api.get("/api/v1/me", secret)
        assert first.headers["RateLimit-Policy"] == '"token";q=3;w=60'
        assert first.headers["RateLimit"].startswith('"token";r=2;')
        api.get("/api/v1/me", secret)
        api.get("/api/v1/me", secret)
        refused = api.get("/api/v1/me", secret)
        assert refused.status_code == 429 and refused.content_type == "application/problem+json"
        assert refused.get_json()["title"] == "Terlalu banyak permintaan"
        _other, other_secret = make_token(make_user())
        assert api.get("/api/v1/me", other_secret).status_code == 200  # another token, its own budget


def test_ask_a_question_with_a_write_token(member, make_token, api, search_sync):
    _token, secret = make_token(member, scopes=("write",))
    response = api.post("/api/v1/questions", secret,
                        json={"title": "Bagaimana cara mengajukan cuti lewat SIASN?",
                              "body": "Saya mencoba mengajukan cuti tahunan lewat SIASN tetapi tombolnya tidak muncul.",
                              "tags": ["siasn"]})
    assert response.status_code == 201, response.get_data(as_text=True)
    created = response.get_json()
    assert created["kind"] == "question" and created["tags"] == ["siasn"] and created["author"]["id"] == member.id
    assert api.get(f"/api/v1/posts/{created['id']}", secret).status_code == 200


def test_ask_needs_write_scope_and_a_confirmed_email(member, make_user, make_token, api):
    _token, secret = make_token(member, scopes=("read",))
    body = {"title": "Pertanyaan yang cukup panjang untuk lolos?", "body": "Isi pertanyaan yang cukup panjang di sini."}
    refused = api.post("/api/v1/questions", secret, json=body)
    assert refused.status_code == 403 and refused.get_json()["title"] == "Cakupan token kurang"
    unconfirmed = make_user(email_confirmed_at=None, verified_at=None)
    _token, secret = make_token(unconfirmed, scopes=("write",))
    assert api.post("/api/v1/questions", secret, json=body).status_code == 403


@pytest.mark.parametrize("body, field", [
    ({"title": "Judul", "body": "Isi", "warna": "biru"}, "warna"),
    ({"body": "Isi pertanyaan"}, "title"),
    ({"title": 5, "body": "Isi pertanyaan"}, "title"),
])
def test_bad_question_body_is_a_422_naming_the_field(member, make_token, api, body, field):
    _token, secret = make_token(member, scopes=("write",))
    response = api.post("/api/v1/questions", secret, json=body)
    assert response.status_code == 422 and field in [row["field"] for row in response.get_json()["errors"]]
    assert db.session.execute(db.select(Post)).first() is None


def test_malformed_json_is_a_400_problem(member, make_token, api):
    _token, secret = make_token(member, scopes=("write",))
    response = api.post("/api/v1/questions", secret, data="{bukan json", content_type="application/json")
    assert response.status_code == 400 and response.content_type == "application/problem+json"


def test_oversized_body_is_a_413_problem(member, make_token, api):
    _token, secret = make_token(member, scopes=("write",))
    body = {"title": "Pertanyaan yang terlalu besar?", "body": "x" * (3 * 1024 * 1024)}
    response = api.post("/api/v1/questions", secret, json=body)
    assert response.status_code == 413 and response.content_type == "application/problem+json"
    assert db.session.execute(db.select(Post)).first() is None


class TestWriteLimit:
    @pytest.fixture
    def app_config(self, app_config):
        return {**app_config, "RATELIMIT_ENABLED": True, "RATELIMIT_POST": "1 per minute"}

    def test_questions_per_member_as_on_the_ask_form(self, member, make_token, api):
        _token, secret = make_token(member, scopes=("write",))
        for n, expected in ((1, 201), (2, 429)):
            response = api.post("/api/v1/questions", secret, json={
                "title": f"Pertanyaan ke-{n} tentang tunjangan kinerja?",
                "body": "Isi pertanyaan yang cukup panjang untuk diterima."})
            assert response.status_code == expected, response.get_data(as_text=True)
        assert response.get_json()["title"] == "Terlalu banyak permintaan"
