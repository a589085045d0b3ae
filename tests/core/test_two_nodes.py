"""Two app nodes on one database (docs/operations.md, section 2): what one node writes, the other's kept
pages show at once, because the page cache is keyed on a content version stored in the database, not in a
process. bench/two_nodes.py measures the same with two gunicorn instances, PostgreSQL search and Redis."""
from __future__ import annotations

import pytest

from app import create_app
from tests.conftest import Client


@pytest.fixture(autouse=True)
def same_minute(monkeypatch):
    monkeypatch.setattr("app.core.cache._minute", lambda: 29_000_000)


def test_an_answer_through_one_node_shows_at_once_on_the_other_nodes_kept_page(
        app, app_config, member, make_user, make_question, login_as):
    question = make_question(member)
    page = f"/questions/{question.id}/{question.slug}"
    node_b = create_app(app_config)  # a second process: its own page cache, the same database
    visitor_b = Client(node_b)
    assert visitor_b.get(page).headers["X-Page-Cache"] == "miss"
    assert visitor_b.get(page).headers["X-Page-Cache"] == "hit"

    member_a = login_as(make_user(name="Penjawab Node A"))
    answer = member_a.post(f"/questions/{question.id}/answers", {"body": "Jawaban lewat node A: pakai Srikandi."})
    assert answer.status_code in (302, 303)

    shown = visitor_b.get(page)
    assert shown.headers["X-Page-Cache"] == "miss"
    assert "Jawaban lewat node A: pakai Srikandi." in shown.get_data(as_text=True)
