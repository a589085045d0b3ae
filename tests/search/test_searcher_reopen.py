"""A search after a commit sees exactly that commit: the Whoosh backend reopens only the segments that changed
(whoosh_backend.open_searcher), and what it keeps must never show a document as it was before, a deleted one,
or one twice after segments are merged. Whoosh's own reuse (Searcher.refresh) fails each of these in 2.7.5."""
from datetime import datetime

import pytest

from app.search.backend import SearchDocument
from app.search.query import parse_query
from app.search.whoosh_backend import WhooshBackend


def doc(key, title, body="Panduan kerja.", kind="article", root=None):
    return SearchDocument(key=key, kind=kind, title=title, body=body, tags=[], agency="diskominfo", author="Siti",
                          author_id=1, created_at=datetime(2026, 5, 1 + key % 27), votes=0, accepted=False,
                          root=root)


@pytest.fixture(params=["few", "many"])
def backend(request, tmp_path, monkeypatch):
    """A Whoosh index of its own; "many": the path for many matches (whoosh_counts, no match scored)."""
    if request.param == "many":
        monkeypatch.setattr("app.search.whoosh_backend.SCORED_ALL_UP_TO", 0)
    engine = WhooshBackend(tmp_path / "index")
    engine.ensure_index()
    return engine


def search(engine, text, **options):
    parsed = parse_query(text).query
    for name, value in options.items():
        setattr(parsed, name, value)
    return engine.search(parsed, per_page=50)


def keys(engine, text, **options) -> list[int]:
    return sorted(h.key for h in search(engine, text, **options).hits)


def leaf_readers(engine) -> list:
    return [reader for reader, _offset in engine._get_searcher().reader().leaf_readers()]


def test_an_edited_post_is_found_by_its_new_words_only(backend):
    backend.index([doc(1, "Arsip digital kelurahan"), doc(2, "Arsip surat masuk"), doc(3, "Rapat bulanan")])
    assert keys(backend, "arsip") == [1, 2]
    backend.index([doc(4, "Arsip kepegawaian")])  # a second segment beside the first
    assert keys(backend, "arsip") == [1, 2, 4]
    backend.index([doc(1, "Layanan perizinan daring")])  # post 1 edited: its old version in the first segment
    assert keys(backend, "arsip") == [2, 4]
    assert keys(backend, "perizinan") == [1]
    assert search(backend, "arsip").total == 2


def test_a_deleted_post_leaves_results_and_counts(backend):
    backend.index([doc(10, "Tanda tangan elektronik", kind="question"),
                   doc(11, "", "Tanda tangan elektronik lewat BSrE.", kind="answer", root=10),
                   doc(20, "Surat elektronik", kind="article")])
    page = search(backend, "elektronik", grouped=True)
    assert page.counts == {"question": 1, "answer": 1, "article": 1}
    backend.index([doc(30, "Surat edaran")])
    backend.delete([11])
    page = search(backend, "elektronik", grouped=True)
    assert sorted(h.key for h in page.hits) == [10, 20]
    assert page.counts == {"question": 1, "article": 1}
    backend.delete([10])
    assert keys(backend, "elektronik", grouped=True) == [20]
    assert search(backend, "elektronik", grouped=True).counts == {"article": 1}


def test_merged_segments_show_each_post_once(backend):
    backend.index([doc(1, "Arsip pertama")])
    assert keys(backend, "arsip") == [1]
    for key in range(2, 12):  # enough commits for Whoosh to merge the small segments
        backend.index([doc(key, f"Arsip ke {key}")])
        assert keys(backend, "arsip") == list(range(1, key + 1))
    writer = backend.writer()
    writer.commit(optimize=True)  # every segment into one
    assert len(leaf_readers(backend)) == 1
    assert keys(backend, "arsip") == list(range(1, 12))
    assert search(backend, "arsip").total == 11


def test_an_unchanged_segment_is_not_reopened(backend):
    backend.index([doc(key, f"Arsip nomor {key}") for key in range(1, 6)])
    search(backend, "arsip")
    (first,) = leaf_readers(backend)
    backend.index([doc(6, "Arsip baru")])  # a new post: a new small segment, the first one untouched
    assert keys(backend, "arsip") == [1, 2, 3, 4, 5, 6]
    readers = leaf_readers(backend)
    assert len(readers) == 2 and readers[0] is first and not first.is_closed
    backend.index([doc(2, "Rapat koordinasi")])  # an edit deletes in the first segment: it is read anew
    assert keys(backend, "arsip") == [1, 3, 4, 5, 6]
    assert all(reader is not first for reader in leaf_readers(backend)) and first.is_closed


def test_a_rebuild_is_seen_at_once(backend):
    backend.index([doc(1, "Arsip lama")])
    assert keys(backend, "arsip") == [1]
    folder = backend.new_generation()
    writer = backend.writer(folder)
    backend.write(writer, [doc(2, "Arsip hasil bangun ulang")], [])
    writer.commit()
    backend.switch_to(folder)
    assert keys(backend, "arsip") == [2]
