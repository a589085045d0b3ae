"""On PostgreSQL, as with Whoosh, one drainer writes the index at a time; the others skip instead of writing an
older copy of a post over a newer one (or bringing back a post just hidden)."""
import re

import pytest
from sqlalchemy import text

from app.extensions import db
from app.search.indexing import drain, get_backend, pending_count

pytestmark = pytest.mark.postgres_only


@pytest.fixture
def app_config(app_config):
    return {**app_config, "SEARCH_BACKEND": "postgres"}


@pytest.fixture
def backend(app):
    engine = get_backend(app)
    engine.clear()  # the backend's tables outlive a test's truncated data
    yield engine
    engine.clear()


def found(client, query: str) -> bool:
    page = client.get("/search", query_string={"q": query}).get_data(as_text=True)
    return "Pemindaian arsip kelurahan" in re.sub(r"<[^>]+>", "", page)  # titles come highlighted


def test_a_drainer_skips_while_another_writes_the_index(app, client, backend, member, make_article):
    make_article(member, title="Pemindaian arsip kelurahan", body="Arsip surat dipindai setiap pagi.")
    db.session.commit()
    queued = pending_count()
    assert queued > 0
    with db.engine.connect() as other:  # another worker's drainer, in the middle of its batch
        other.execute(text("SELECT pg_advisory_lock(724312)"))
        assert drain() == -1
        assert pending_count() == queued and not found(client, "kelurahan")
        other.execute(text("SELECT pg_advisory_unlock(724312)"))
        other.commit()
    assert drain() == queued
    assert pending_count() == 0 and found(client, "kelurahan")


def test_search_pages_on_postgresql_are_kept_until_the_index_changes(client, backend, member, make_article,
                                                                     monkeypatch):
    monkeypatch.setattr("app.core.cache._minute", lambda: 29_000_000)  # no minute boundary mid-test
    make_article(member, title="Pemindaian arsip kelurahan", body="Arsip surat dipindai setiap pagi.")
    db.session.commit()
    assert client.get("/search", query_string={"q": "kelurahan"}).headers["X-Page-Cache"] == "miss"
    assert client.get("/search", query_string={"q": "kelurahan"}).headers["X-Page-Cache"] == "hit"
    assert not found(client, "kelurahan")  # kept before the drainer indexed the article
    drain()
    page = client.get("/search", query_string={"q": "kelurahan"})
    assert page.headers["X-Page-Cache"] == "miss" and found(client, "kelurahan")


def test_documents_stored_in_an_older_format_are_rebuilt(app, client, backend, member, make_article):
    from app.search.indexing import repair_if_needed

    make_article(member, title="Pemindaian arsip kelurahan", body="Arsip surat dipindai setiap pagi.")
    db.session.commit()
    drain()
    with db.engine.begin() as conn:  # as left by a version that wrote the tsvectors another way
        conn.execute(text("UPDATE search_state SET format = 1"))
    assert repair_if_needed() and pending_count() == 1
    assert drain() == 1
    assert not repair_if_needed() and found(client, "kelurahan")


def test_a_word_too_long_for_postgresql_does_not_stop_the_indexing(client, backend, member, make_article):
    """PostgreSQL refuses a lexeme of 2,047 bytes or more; one pasted run of letters must not keep every post
    queued after it out of search (the batch would fail and be retried for ever)."""
    make_article(member, title="Catatan rapat", body="a" * 2100 + " lampiran rapat pagi")
    make_article(member, title="Pemindaian arsip kelurahan", body="Arsip surat dipindai setiap pagi.")
    db.session.commit()
    assert drain() > 0
    assert pending_count() == 0 and found(client, "kelurahan")
    page = client.get("/search", query_string={"q": "a" * 2100}).status_code
    assert page == 200


def test_a_rebuild_leaves_statistics_for_the_planner(app, client, backend, member, make_article):
    """Without them PostgreSQL takes a common word for a rare one and reads its newest matches the slow way."""
    from app.search.indexing import rebuild

    make_article(member, title="Pemindaian arsip kelurahan", body="Arsip surat dipindai setiap pagi.")
    db.session.commit()
    with db.engine.connect() as conn:
        conn.execute(text("SELECT pg_stat_reset()"))  # forget any earlier ANALYZE of these tables
    assert rebuild() >= 1
    with db.engine.connect() as conn:
        analyzed = conn.execute(text(
            "SELECT count(*) FROM pg_stat_user_tables WHERE last_analyze IS NOT NULL AND relname IN "
            "('search_documents', 'search_words', 'search_document_words')")).scalar_one()
    assert analyzed == 3
    assert found(client, "kelurahan")
