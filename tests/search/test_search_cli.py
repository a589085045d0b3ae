"""`flask search sync` says what it did in words an operator can check against the site."""
from __future__ import annotations

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
