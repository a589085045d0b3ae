"""The query log: each search counted once per request, per day, without who searched; kept 90 days; the admins'
page of top queries and queries with no result."""
from datetime import timedelta

import pytest
from sqlalchemy import select

from app.core.timeutil import utcnow
from app.extensions import db
from app.search import querylog
from app.search.models import SearchQuery


@pytest.fixture(autouse=True)
def empty_log(app):
    querylog._pending.clear()
    yield
    querylog._pending.clear()


def logged() -> dict:
    querylog.flush()
    db.session.expire_all()
    return {(r.query, r.kind): (r.count, r.results) for r in db.session.execute(select(SearchQuery)).scalars()}


def test_each_search_is_counted_with_its_results(client, member, make_article, search_sync):
    make_article(member, title="Pelatihan arsip digital", body="Pelatihan untuk arsiparis.")
    search_sync()
    client.get("/search?q=Pelatihan")
    client.get("/search?q=  pelatihan ")  # the same words, normalised
    client.get("/search?q=pelatihan&kind=question")
    client.get("/search?q=gempa+bumi")
    client.get("/search?q=")  # an empty search is not a search
    client.get("/search?q=pelatihan&page=2")  # the next page is not a new search
    rows = logged()
    assert rows == {("pelatihan", ""): (2, 1), ("pelatihan", "question"): (1, 0), ("gempa bumi", ""): (1, 0)}
    row = db.session.execute(select(SearchQuery).limit(1)).scalar_one()
    assert row.day == utcnow().date()
    assert {c.name for c in SearchQuery.__table__.columns} == {"id", "day", "query", "kind", "results", "count"}


def test_a_page_served_from_the_page_cache_is_counted_too(client, member, make_article, search_sync):
    make_article(member, title="Pelatihan arsip digital", body="Pelatihan untuk arsiparis.")
    search_sync()
    first, second = client.get("/search?q=arsip"), client.get("/search?q=arsip")
    assert first.headers.get("X-Page-Cache") == "miss" and second.headers.get("X-Page-Cache") == "hit"
    assert logged() == {("arsip", ""): (2, 1)}


def test_counts_gather_in_memory_and_add_up_in_the_table(client, search_sync):
    search_sync()
    client.get("/search?q=kepegawaian")
    assert logged() == {("kepegawaian", ""): (1, 0)}
    client.get("/search?q=kepegawaian&sort=newest")
    client.get("/search?q=kepegawaian&sort=votes")
    assert logged() == {("kepegawaian", ""): (3, 0)}


def test_days_older_than_90_are_pruned(app):
    today = utcnow().date()
    for days_ago in (0, 89, 90, 91, 400):
        db.session.add(SearchQuery(day=today - timedelta(days=days_ago), query=f"kata {days_ago}", kind="", count=1,
                                   results=0))
    db.session.commit()
    assert querylog.prune(force=True) == 2
    assert sorted(logged()) == [("kata 0", ""), ("kata 89", ""), ("kata 90", "")]


def test_the_worker_prunes_through_the_registered_drains(app):
    assert "search_queries" in app.extensions["background_drains"]


@pytest.mark.parametrize("role", ["member", "moderator", "leader"])
def test_only_admins_see_the_query_log(request, login_as, client, role):
    assert login_as(request.getfixturevalue(role)).get("/admin/search-queries").status_code == 403
    assert client.get("/admin/search-queries").status_code in (302, 401)


def test_admins_see_top_queries_and_queries_without_results(login_as, admin, member, make_article, search_sync):
    make_article(member, title="Pelatihan arsip digital", body="Pelatihan untuk arsiparis.")
    search_sync()
    today = utcnow().date()
    db.session.add_all([
        SearchQuery(day=today, query="pelatihan", kind="", count=12, results=1),
        SearchQuery(day=today - timedelta(days=1), query="tunjangan kinerja", kind="", count=5, results=0),
        SearchQuery(day=today - timedelta(days=20), query="cuti melahirkan", kind="question", count=9, results=0),
    ])
    db.session.commit()
    client = login_as(admin)
    week = client.get("/admin/search-queries?days=7").get_data(as_text=True)
    assert 'data-query="pelatihan"' in week and 'data-query="tunjangan kinerja"' in week
    assert 'data-query="cuti melahirkan"' not in week  # 20 days ago
    empty_part = week.split("Paling sering dicari")[0]
    assert "tunjangan kinerja" in empty_part and 'data-query="pelatihan"' not in empty_part
    month = client.get("/admin/search-queries").get_data(as_text=True)
    assert 'data-query="cuti melahirkan"' in month
    assert client.get("/admin/search-queries?days=365").status_code == 400
    assert client.get("/admin/search-queries?days=abc").status_code == 400


def test_a_flush_falling_due_during_a_write_waits_for_a_request_without_one(login_as, member, search_sync, monkeypatch):
    search_sync()
    client = login_as(member)
    token = client.csrf_token()
    client.get("/search?q=anggaran")
    monkeypatch.setattr(querylog, "_last_flush", float("-inf"))  # the next response finds the flush due
    # A write request (SQLite: BEGIN IMMEDIATE at its first statement) leaves a due flush to the next read request.
    refused = client.post("/questions/ask", data={
        "csrf_token": token, "title": "Bagaimana mengarsip surat dinas elektronik di kecamatan?", "tags": "arsip",
        "agency": "tidak-ada",
        "body": "Kami ingin tahu cara mengarsip surat dinas elektronik yang masuk ke kantor kecamatan setiap hari."})
    assert refused.status_code == 422
    assert querylog._pending, "the write request flushed while it could hold the write lock"
    client.get("/questions/")  # a request that holds no write lock writes what was counted
    db.session.expire_all()
    assert [(r.query, r.count) for r in db.session.execute(select(SearchQuery)).scalars()] == [("anggaran", 1)]
