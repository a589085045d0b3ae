"""`flask search sync` says what it did in words an operator can check against the site."""
from __future__ import annotations

import pytest

from app.extensions import db
from app.search.indexing import pending_count
from app.search.models import SearchOutbox


def test_sync_counts_queue_entries_and_the_documents_in_the_index(app, member, make_article, search_sync):
    first = make_article(member, title="Arsip digital kelurahan")
    make_article(member, title="Layanan antrean daring")
    search_sync()
    for _ in range(3):  # three edits of one post: three entries in the queue, one document
        db.session.add(SearchOutbox(post_id=first.id, action="upsert"))
    db.session.commit()
    assert pending_count() == 3

    result = app.test_cli_runner().invoke(args=["search", "sync"])
    assert result.exit_code == 0, result.output
    assert "3 entri antrean diproses" in result.output
    assert "indeks berisi 2 dokumen" in result.output


def test_the_drainer_writes_the_index_outside_any_database_transaction(app, member, make_article, search_sync,
                                                                       monkeypatch):
    """Writing and committing the index takes a while: no transaction (on SQLite, no lock) is held meanwhile, so
    every other worker's writes go on; the done queue entries are forgotten in a short transaction after."""
    from app.search.whoosh_backend import WhooshBackend

    during, write = [], WhooshBackend.write

    def watched(self, writer, documents, forget):
        during.append(db.session().in_transaction())
        write(self, writer, documents, forget)

    monkeypatch.setattr(WhooshBackend, "write", watched)
    make_article(member, title="Arsip digital kelurahan")
    assert search_sync() > 0
    assert during == [False] and pending_count() == 0


def test_the_search_worker_indexes_what_waits_and_leaves_an_idle_index_alone(app, client, member, make_article,
                                                                            monkeypatch):
    """`flask search worker` (one round with --once) makes a new post findable; with nothing queued it does not
    open the index for writing at all (it looks a few times a second, SEARCH_DRAIN_INTERVAL)."""
    from app.search.indexing import get_backend
    from app.search.whoosh_backend import WhooshBackend

    make_article(member, title="Pemutakhiran data kependudukan")
    runner = app.test_cli_runner()
    assert runner.invoke(args=["search", "worker", "--once"]).exit_code == 0
    assert pending_count() == 0
    assert "Pemutakhiran" in client.get("/search?q=kependudukan").get_data(as_text=True)

    opened = []
    monkeypatch.setattr(WhooshBackend, "writer", lambda self: opened.append(self) or pytest.fail("index opened"))
    result = runner.invoke(args=["search", "worker", "--once"])
    assert result.exit_code == 0, result.output
    assert opened == [] and get_backend().document_count() == 1
    assert app.config["SEARCH_DRAIN_INTERVAL"] == 0.25


@pytest.mark.parametrize("interval", ["0", "-1", "sebentar"])
def test_the_search_worker_refuses_a_bad_interval(app, interval):
    result = app.test_cli_runner().invoke(args=["search", "worker", "--once", "--interval", interval])
    assert result.exit_code == 2 and "--interval" in result.output
