"""Bad input on the API: lone surrogates, the messages' language, blank indicator names, scope before input."""
from __future__ import annotations

import json
import re

from sqlalchemy import func, select

from app.content.models import Comment, Post
from app.extensions import db

BODY = "Kami memindai arsip surat masuk setiap pagi dan mengunggahnya ke aplikasi arsip daring."
ENGLISH = re.compile(r"Must be|Not a valid|Length must|Shorter than|Longer than|Special numeric|Number too|"
                     r"Unknown field|Missing data|may not be null|does not match|Invalid (value|input|type)")


def raw(api, path: str, secret: str, text: str):
    """A body written by hand: json= would never send a lone surrogate escape or NaN."""
    return api.post(path, secret, data=text, content_type="application/json")


def fields_of(response) -> dict[str, str]:
    return {error["field"]: error["message"] for error in response.get_json()["errors"]}


def test_lone_surrogates_are_refused_per_field(member, make_user, make_question, make_token, api):
    question = make_question(make_user())
    _token, secret = make_token(member, scopes=("write",))
    comment = raw(api, f"/api/v1/posts/{question.id}/comments", secret, r'{"body": "\ud800abc"}')
    assert comment.status_code == 422, comment.get_data(as_text=True)
    assert "surrogate" in fields_of(comment)["body"]
    answer = raw(api, f"/api/v1/questions/{question.id}/answers", secret, r'{"body": "' + BODY + r'\udfff"}')
    assert answer.status_code == 422 and list(fields_of(answer)) == ["body"]
    article = raw(api, "/api/v1/articles", secret, json.dumps({
        "title": "Arsip digital", "body": BODY, "tags": ["arsip", "x\\ud800"],
        "indicators": [{"name": "ok", "before": 1}, {"name": "Waktu\\udc00", "before": 1}]}).replace("\\\\", "\\"))
    assert article.status_code == 422, article.get_data(as_text=True)
    assert set(fields_of(article)) == {"tags.1", "indicators.1.name"}
    key = raw(api, "/api/v1/articles", secret, r'{"title": "Arsip digital", "body": "' + BODY + r'", "a\ud800": 1}')
    assert key.status_code == 422 and list(fields_of(key)) == ["a\ufffd"]
    assert db.session.scalar(select(func.count()).select_from(Comment)) == 0
    assert db.session.scalar(select(func.count()).select_from(Post).where(Post.kind != "question")) == 0
    listing = api.get("/api/v1/posts?tag=%ED%A0%80arsip", secret)  # werkzeug decodes bad UTF-8 as U+FFFD
    assert listing.status_code == 404 and fields_of(listing) == {"tag": "Tag tidak ditemukan."}


def test_validation_messages_speak_the_members_language(member, make_user, make_question, make_token, api):
    question = make_question(make_user())
    _token, secret = make_token(member, scopes=("write",))
    bad = [
        (f"/api/v1/posts/{question.id}/vote", '{"value": "sideways"}'),
        (f"/api/v1/posts/{question.id}/comments", '{"body": "", "extra": 1}'),
        ("/api/v1/articles", '{"title": "Arsip", "body": "' + BODY + '", "started_on": "kemarin", "stage": 3,'
                             ' "indicators": [{"name": "a", "before": "banyak"}, {"name": "b", "after": NaN},'
                             ' {"name": "c", "before": 1e13}, {"name": "d", "before": null}]}'),
        ("/api/v1/questions", '{"title": null, "body": "Bagaimana caranya\\u0000?", "tags": "satu"}'),
    ]
    seen = []
    for path, text in bad:
        response = raw(api, path, secret, text)
        assert response.status_code == 422, response.get_data(as_text=True)
        seen += [f"{field}: {message}" for field, message in fields_of(response).items()]
    assert not [line for line in seen if ENGLISH.search(line)], seen
    assert "value: Pilih salah satu dari: up, down, none." in seen
    assert "indicators.2.before: Isian ini harus antara -1000000000000.0 dan 1000000000000.0." in seen
    assert "indicators.3.before: Isi nilai sebelum atau sesudah (angka)." in seen
    assert len(seen) >= 11
    listing = api.get("/api/v1/posts?limit=1000", secret)
    assert fields_of(listing) == {"limit": "Isian ini harus antara 1 dan 100."}
    member.locale = "en"
    db.session.commit()
    english = raw(api, f"/api/v1/posts/{question.id}/vote", secret, '{"value": "sideways"}')
    assert fields_of(english) == {"value": "Choose one of: up, down, none."}
    english = raw(api, f"/api/v1/posts/{question.id}/comments", secret, r'{"body": "\u0000"}')
    assert fields_of(english) == {"body": "NUL characters are not allowed."}


def test_an_indicator_name_of_spaces_is_refused_as_on_the_page(member, make_token, api):
    _token, secret = make_token(member, scopes=("write",))
    response = api.post("/api/v1/articles", secret, json={"title": "Arsip digital", "body": BODY, "indicators": [
        {"name": "Waktu cari surat", "before": 30}, {"name": "\u00a0 ", "before": 1}]})
    assert response.status_code == 422
    assert fields_of(response) == {"indicators.1.name": "Beri nama indikator ini, atau kosongkan barisnya."}
    assert db.session.scalar(select(func.count()).select_from(Post)) == 0


def test_the_scope_is_checked_before_the_input(app, member, make_user, make_question, make_token, api):
    question = make_question(make_user())
    _token, read_only = make_token(member, scopes=("read",))
    for path, text in [(f"/api/v1/posts/{question.id}/comments", '{"body": 5, "x": 1}'),
                       ("/api/v1/articles", "not json"), ("/api/v1/me/notifications/read", "[]")]:
        response = raw(api, path, read_only, text)
        assert response.status_code == 403, (path, response.get_data(as_text=True))
    unscoped = [rule.endpoint for rule in app.url_map.iter_rules() if rule.endpoint.startswith("api_v1.")
                and not getattr(app.view_functions[rule.endpoint], "api_scope", None)]
    assert unscoped == []
