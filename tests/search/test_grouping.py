"""One result per question or discussion: its best matching part, how many other parts match, counts of roots."""
from datetime import datetime

import pytest

from app.search.backend import SearchDocument
from app.search.query import parse_query

# "whoosh-many": Whoosh's path for many matches (no match scored, whoosh_counts) gives the same groups.
pytestmark = pytest.mark.parametrize(
    "empty_backend", ["whoosh", "whoosh-many", pytest.param("postgres", marks=pytest.mark.postgres_only)],
    indirect=True)


def doc(key, kind, title, body, root=None, day=1):
    return SearchDocument(key=key, kind=kind, title=title, body=body, tags=[], agency="diskominfo", author="Siti",
                          author_id=1, created_at=datetime(2026, 5, day), votes=0, accepted=False, root=root,
                          parent_title="")


CORPUS = [
    doc(10, "question", "Cara memakai tanda tangan elektronik", "Mulai dari mana?", day=1),
    doc(11, "answer", "", "Tanda tangan elektronik lewat aplikasi BSrE.", root=10, day=2),
    doc(12, "answer", "", "Kami memakai tanda tangan elektronik sejak 2024.", root=10, day=3),
    doc(13, "answer", "", "Tanyakan ke bagian umum.", root=10, day=4),
    doc(20, "thread", "Rapat daring", "Jadwal rapat bulanan.", day=5),
    doc(21, "reply", "", "Notulen rapat ditandatangani secara elektronik.", root=20, day=6),
    doc(30, "article", "Surat dengan tanda tangan elektronik", "Praktik baik kelurahan.", day=7),
]


@pytest.fixture
def backend(empty_backend):
    empty_backend.index(CORPUS)
    return empty_backend


def search(backend, text, grouped=True, **options):
    parsed = parse_query(text).query
    parsed.grouped = grouped
    for name, value in options.items():
        setattr(parsed, name, value)
    return backend.search(parsed, per_page=options.pop("per_page", 20))


def test_one_result_per_question_or_discussion(backend):
    page = search(backend, "elektronik")
    assert sorted(h.root for h in page.hits) == [10, 20, 30]
    assert page.total == page.all_total == 3
    by_root = {h.root: h for h in page.hits}
    assert by_root[10].key in (10, 11, 12) and by_root[10].others == 2  # the question and two answers match
    assert by_root[20].key == 21 and by_root[20].others == 0  # only the reply matches: it stands for the thread
    assert by_root[30].others == 0


def test_counts_by_kind_count_roots_and_parts_for_answers(backend):
    page = search(backend, "elektronik")
    assert page.counts == {"question": 1, "thread": 1, "article": 1, "answer": 2, "reply": 1}


def test_a_kind_filter_keeps_the_roots_of_that_kind(backend):
    page = search(backend, "elektronik", kind="thread")
    assert [(h.key, h.root) for h in page.hits] == [(21, 20)]
    assert page.total == 1 and page.all_total == 3
    assert [h.root for h in search(backend, "elektronik", kind="question").hits] == [10]


def test_answer_and_reply_filters_list_the_parts_themselves(backend):
    page = search(backend, "elektronik", kind="answer")
    assert sorted(h.key for h in page.hits) == [11, 12] and page.total == 2
    assert [h.key for h in search(backend, "elektronik", kind="reply").hits] == [21]


def test_newest_first_orders_roots_by_their_newest_matching_part(backend):
    page = search(backend, "elektronik", sort="newest")
    assert [(h.key, h.root) for h in page.hits] == [(30, 30), (21, 20), (12, 10)]


def test_pages_of_roots(backend):
    parsed = parse_query("elektronik").query
    parsed.grouped, parsed.sort = True, "newest"
    first, second = backend.search(parsed, per_page=2), backend.search(parsed, page=2, per_page=2)
    assert first.total == second.total == 3
    assert [h.root for h in first.hits] == [30, 20] and [h.root for h in second.hits] == [10]


def test_ungrouped_search_lists_every_part(backend):
    page = search(backend, "elektronik", grouped=False)
    assert sorted(h.key for h in page.hits) == [10, 11, 12, 21, 30] and page.total == 5
