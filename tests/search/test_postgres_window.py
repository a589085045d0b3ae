"""The PostgreSQL backend ranks by relevance only the RANKED newest matches (the rest follow them, newest
first), and counts every match, whichever way the planner reads the window."""
from datetime import datetime

import pytest

from app.search.backend import SearchDocument
from app.search.query import parse_query

pytestmark = pytest.mark.parametrize("empty_backend", [pytest.param("postgres", marks=pytest.mark.postgres_only)],
                                     indirect=True)


@pytest.fixture(params=["walk", "list"], autouse=True)
def window_read(request, monkeypatch):
    """Both ways of reading the window give the same page: walking the newest documents, listing the matches."""
    monkeypatch.setattr("app.search.postgres_backend.WALK_COST", 0 if request.param == "walk" else 10**9)
    return request.param


def doc(key, kind, title, body, day, root=None):
    return SearchDocument(key=key, kind=kind, title=title, body=body, tags=[], agency="diskominfo", author="Siti",
                          author_id=1, created_at=datetime(2026, 5, day), votes=0, accepted=False, root=root)


CORPUS = [
    doc(1, "article", "Arsip arsip arsip digital", "Arsip kelurahan, arsip kecamatan, arsip dinas.", day=1),
    doc(2, "article", "Panduan rapat", "Notulen disimpan di arsip.", day=2),
    doc(3, "question", "Rapat daring", "Di mana arsip notulen?", day=3),
    doc(4, "answer", "", "Arsip notulen ada di folder bersama.", day=4, root=3),
    doc(5, "article", "Layanan perizinan", "Salinan izin masuk arsip.", day=5),
    doc(6, "article", "Rapat koordinasi", "Tanpa kata yang dicari.", day=6),
]


def search(backend, text, page=1, per_page=20, **options):
    parsed = parse_query(text).query
    parsed.sort = "relevance"
    for name, value in options.items():
        setattr(parsed, name, value)
    return backend.search(parsed, page=page, per_page=per_page)


def test_relevance_ranks_the_window_and_the_rest_follow_newest_first(empty_backend, monkeypatch):
    empty_backend.index(CORPUS)
    assert search(empty_backend, "arsip").hits[0].key == 1  # the oldest, but the most relevant by far
    monkeypatch.setattr("app.search.postgres_backend.RANKED", 2)
    first = search(empty_backend, "arsip", per_page=2)
    assert sorted(h.key for h in first.hits) == [4, 5]  # the two newest matches, ranked
    assert first.total == 5 and first.counts == {"article": 3, "question": 1, "answer": 1}
    following = [search(empty_backend, "arsip", page=n, per_page=2) for n in (2, 3)]
    assert [h.key for p in following for h in p.hits] == [3, 2, 1]  # then the others, newest first
    assert all(p.total == 5 for p in following)


def test_a_small_window_still_counts_every_match_and_every_part(empty_backend, monkeypatch):
    empty_backend.index(CORPUS)
    monkeypatch.setattr("app.search.postgres_backend.RANKED", 3)
    page = search(empty_backend, "arsip", grouped=True, per_page=3)
    assert page.total == page.all_total == 4  # articles 1, 2, 5 and question 3 (with its answer)
    assert page.counts == {"article": 3, "question": 1, "answer": 1}
    by_root = {h.root: h for h in page.hits}
    assert sorted(by_root) == [3, 5]  # the window (answer 4, article 5, question 3): two roots
    assert by_root[3].others == 1  # the question and its answer both match
    only_questions = search(empty_backend, "arsip", grouped=True, kind="question")
    assert [h.root for h in only_questions.hits] == [3] and only_questions.total == 1
