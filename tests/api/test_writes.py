"""The write resources: answers, acceptance, votes, comments (through the services and rules the pages use)."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from app.content.models import Comment, Post, PostStatus
from app.extensions import db
from app.webhooks.models import EVENTS, Webhook, WebhookDelivery

ANSWER = "Gunakan pemindai dan beri nama berkas dengan nomor agenda surat."


def send(client, method: str, path: str, secret: str, **kwargs):
    return client._request(method, path, headers={"Authorization": f"Bearer {secret}"}, **kwargs)


def test_answer_shows_on_the_question_page(member, make_user, make_question, make_token, api, client):
    question = make_question(make_user())
    _token, secret = make_token(member, scopes=("write",))
    response = api.post(f"/api/v1/questions/{question.id}/answers", secret, json={"body": ANSWER})
    assert response.status_code == 201, response.get_data(as_text=True)
    answer = response.get_json()
    assert answer["kind"] == "answer" and answer["parent_id"] == question.id and answer["author"]["id"] == member.id
    assert ANSWER in client.get(question.url()).get_data(as_text=True)
    shown = api.get(f"/api/v1/posts/{question.id}", secret).get_json()
    assert [child["id"] for child in shown["children"]] == [answer["id"]]


def test_writes_need_the_write_scope_and_a_confirmed_email(member, make_user, make_question, make_token, api):
    question = make_question(make_user())
    _token, read_only = make_token(member, scopes=("read",))
    refused = api.post(f"/api/v1/questions/{question.id}/answers", read_only, json={"body": ANSWER})
    assert refused.status_code == 403 and refused.content_type == "application/problem+json"
    assert "write" in refused.get_json()["detail"]
    _token, secret = make_token(make_user(email_confirmed_at=None, verified_at=None), scopes=("write",))
    unconfirmed = api.post(f"/api/v1/posts/{question.id}/comments", secret, json={"body": "Setuju sekali."})
    assert unconfirmed.status_code == 403 and "Konfirmasi alamat email" in unconfirmed.get_json()["detail"]
    assert db.session.execute(select(Comment)).first() is None


def test_locked_hidden_and_bad_input(member, moderator, make_user, make_question, make_token, api):
    author = make_user()
    locked = make_question(author, title="Pertanyaan yang dikunci moderator?")
    hidden = make_question(author, title="Pertanyaan yang disembunyikan moderator?")
    locked.locked = True
    hidden.status = PostStatus.HIDDEN.value
    db.session.commit()
    _token, secret = make_token(member, scopes=("write",))
    response = api.post(f"/api/v1/questions/{locked.id}/answers", secret, json={"body": ANSWER})
    assert response.status_code == 403 and "dikunci" in response.get_json()["detail"]
    assert api.post(f"/api/v1/posts/{locked.id}/comments", secret, json={"body": "Boleh?"}).status_code == 403
    assert api.post(f"/api/v1/questions/{hidden.id}/answers", secret, json={"body": ANSWER}).status_code == 404
    assert api.post(f"/api/v1/posts/{hidden.id}/vote", secret, json={"value": "up"}).status_code == 404
    unknown = api.post(f"/api/v1/posts/{locked.id}/vote", secret, json={"value": "up", "bobot": 2})
    assert unknown.status_code == 422 and unknown.get_json()["errors"][0]["field"] == "bobot"
    assert api.post(f"/api/v1/posts/{locked.id}/vote", secret, json={"value": "naik"}).status_code == 422
    big = api.post(f"/api/v1/questions/{locked.id}/answers", secret, json={"body": "x" * (3 * 1024 * 1024)})
    assert big.status_code == 413 and big.content_type == "application/problem+json"
    assert db.session.execute(select(Post).where(Post.kind == "answer")).first() is None


def test_only_the_asker_accepts_and_a_webhook_hears_it(member, make_user, admin, make_question, make_answer,
                                                       make_token, api, client):
    db.session.add(Webhook(url="http://127.0.0.1:9/terima", secret="rahasia-penerima-uji-0123456789",
                           events=" ".join(EVENTS), active=True, created_by_id=admin.id))
    db.session.commit()
    question = make_question(member)
    answerer = make_user()
    answer = make_answer(question, answerer)
    _token, other = make_token(answerer, scopes=("write",))
    refused = api.post(f"/api/v1/answers/{answer.id}/accept", other)
    assert refused.status_code == 403 and refused.get_json()["detail"] == "Hanya penanya yang dapat memilih jawaban."
    _token, secret = make_token(member, scopes=("write",))
    accepted = api.post(f"/api/v1/answers/{answer.id}/accept", secret).get_json()
    assert accepted == {"question_id": question.id, "accepted_answer_id": answer.id, "changed": True}
    again = api.post(f"/api/v1/answers/{answer.id}/accept", secret).get_json()
    assert again["accepted_answer_id"] == answer.id and again["changed"] is False  # a set, not a toggle
    events = db.session.execute(select(WebhookDelivery.event)).scalars().all()
    assert events.count("answer.accepted") == 1
    withdrawn = send(client, "DELETE", f"/api/v1/answers/{answer.id}/accept", secret).get_json()
    assert withdrawn["accepted_answer_id"] is None and withdrawn["changed"] is True
    db.session.expire_all()
    assert db.session.get(Post, question.id).accepted_answer_id is None


def test_votes_follow_the_page_rules(member, make_user, make_question, make_token, api):
    author = make_user()
    question = make_question(author)
    _token, secret = make_token(member, scopes=("write",))
    up = api.post(f"/api/v1/posts/{question.id}/vote", secret, json={"value": "up"})
    assert up.status_code == 200 and up.get_json() == {"post_id": question.id, "score": 1, "vote": "up"}
    down = api.post(f"/api/v1/posts/{question.id}/vote", secret, json={"value": "down"})
    assert down.status_code == 403 and "reputasi 125" in down.get_json()["detail"]
    assert api.post(f"/api/v1/posts/{question.id}/vote", secret, json={"value": "none"}).get_json()["score"] == 0
    _token, own = make_token(author, scopes=("write",))
    mine = api.post(f"/api/v1/posts/{question.id}/vote", own, json={"value": "up"})
    assert mine.status_code == 403 and "kiriman Anda sendiri" in mine.get_json()["detail"]


def test_comment_shows_on_the_post(member, make_user, make_question, make_answer, make_token, api):
    question = make_question(make_user())
    answer = make_answer(question, make_user())
    _token, secret = make_token(member, scopes=("write",))
    response = api.post(f"/api/v1/posts/{answer.id}/comments", secret, json={"body": "Terima kasih, membantu."})
    assert response.status_code == 201, response.get_data(as_text=True)
    assert response.get_json()["post_id"] == answer.id
    shown = api.get(f"/api/v1/posts/{question.id}", secret).get_json()
    assert [(c["post_id"], c["body_md"]) for c in shown["comments"]] == [(answer.id, "Terima kasih, membantu.")]
    too_long = api.post(f"/api/v1/posts/{answer.id}/comments", secret, json={"body": "panjang " * 100})
    assert too_long.status_code == 400 and too_long.content_type == "application/problem+json"


class TestVoteLimit:
    @pytest.fixture
    def app_config(self, app_config):
        return {**app_config, "RATELIMIT_ENABLED": True, "RATELIMIT_VOTE": "1 per minute"}

    def test_votes_per_member_as_on_the_page(self, member, make_user, make_question, make_token, api):
        question = make_question(make_user())
        _token, secret = make_token(member, scopes=("write",))
        assert api.post(f"/api/v1/posts/{question.id}/vote", secret, json={"value": "up"}).status_code == 200
        second = api.post(f"/api/v1/posts/{question.id}/vote", secret, json={"value": "none"})
        assert second.status_code == 429 and second.content_type == "application/problem+json"
        assert api.get(f"/api/v1/posts/{question.id}", secret).get_json()["score"] == 1
