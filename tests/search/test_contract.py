"""One contract for every search backend: the same documents and queries give the same keys."""
from datetime import datetime

import pytest

from app.search.backend import SearchDocument
from app.search.query import parse_query


def doc(key, title, body, kind="article", tags=(), agency="diskominfo", author="Siti Aminah", votes=0,
        accepted=False, created=datetime(2026, 5, 1), stage="", root=None):
    return SearchDocument(key=key, kind=kind, title=title, body=body, tags=list(tags), agency=agency, author=author,
                          author_id=key, created_at=created, votes=votes, accepted=accepted, stage=stage, root=root)


CORPUS = [
    doc(1, "Pelatihan tanda tangan elektronik", "Kami melatih operator di setiap kecamatan.", tags=["tte"],
        stage="uji_coba"),
    doc(2, "Arsip surat masuk", "Sesudah pelatihan, surat masuk dipindai setiap pagi.", tags=["arsip"],
        agency="bkpsdm", author="Budi Santoso", created=datetime(2026, 8, 1), stage="diterapkan"),
    doc(3, "Bagaimana memakai tanda tangan elektronik?", "Tangan kami gemetar, tanda apa ini?", kind="question",
        accepted=True),
    doc(4, "Rapat daring", "Pegawai kepegawaian membahas jadwal rapat.", kind="thread", votes=9),
    doc(5, "Jawaban tentang arsip", "Gunakan aplikasi arsip daring.", kind="answer", tags=[], votes=1, root=3),
    doc(6, "Layanan Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "Penjelasan layanan.",
        agency="bkpsdm"),
]


@pytest.fixture
def backend(empty_backend):
    empty_backend.index(CORPUS)
    return empty_backend


def keys(backend, text, **options):
    parsed = parse_query(text).query
    for name, value in options.items():
        setattr(parsed, name, value)
    return [hit.key for hit in backend.search(parsed).hits]


def test_words_match_in_any_inflection(backend):
    assert set(keys(backend, "latihan")) == {1, 2}
    assert set(keys(backend, "dilatih")) == {1, 2}


def test_title_matches_rank_above_body_matches(backend):
    assert keys(backend, "pelatihan")[0] == 1


def test_phrases_need_the_words_together(backend):
    assert set(keys(backend, '"tanda tangan elektronik"')) == {1, 3}
    assert 3 not in keys(backend, '"tangan tanda"')


def test_exclusions(backend):
    assert set(keys(backend, "tanda -pelatihan")) == {3}


def test_every_word_must_match(backend):
    assert keys(backend, "arsip pelatihan") == [2]


@pytest.mark.parametrize("text, option, value, expected", [
    ("tanda", "kind", "question", {3}),
    ("pelatihan", "tag", "arsip", {2}),
    ("pelatihan", "agency", "bkpsdm", {2}),
    ("pelatihan", "author", "budi", {2}),
    ("pelatihan", "date_from", datetime(2026, 7, 1), {2}),
])
def test_filters(backend, text, option, value, expected):
    assert set(keys(backend, text, **{option: value})) == expected


def test_operators_in_the_query_text(backend):
    assert set(keys(backend, "arsip tag:arsip")) == {2}
    assert set(keys(backend, "arsip instansi:bkpsdm")) == {2}
    assert set(keys(backend, "tanda jenis:pertanyaan")) == {3}
    assert set(keys(backend, 'pelatihan oleh:"Budi Santoso"')) == {2}


def test_the_stage_operator_keeps_practices_at_that_stage(backend):
    assert keys(backend, "latihan tahap:uji_coba") == [1]
    assert keys(backend, "tahap:diterapkan") == [2]
    assert keys(backend, "arsip tahap:ide") == []


def test_counts_by_kind_ignore_the_kind_filter(backend):
    parsed = parse_query("arsip").query
    parsed.kind = "answer"
    page = backend.search(parsed)
    assert [h.key for h in page.hits] == [5]
    # An answer counts for its question too: counts by kind count questions and discussions, not their parts.
    assert page.counts == {"article": 1, "question": 1, "answer": 1}


def test_sorting(backend):
    assert keys(backend, "arsip", sort="newest")[0] == 2
    assert keys(backend, "pegawai", sort="votes")[0] == 4


def test_accepted_and_voted_content_rises(backend):
    backend.index([doc(10, "Surat dinas", "Contoh surat dinas."), doc(11, "Surat dinas", "Contoh surat dinas.",
                                                                      votes=25, accepted=True)])
    assert keys(backend, "surat dinas")[:2] == [11, 10]


def test_agency_acronyms_find_the_spelled_out_name(backend):
    assert 6 in keys(backend, "bkpsdm")


def test_delete_and_clear(backend):
    backend.delete([1])
    assert 1 not in keys(backend, "pelatihan")
    backend.clear()
    assert keys(backend, "arsip") == []


def test_misspellings_get_a_suggestion(backend):
    page = backend.search(parse_query("pelatiahn").query)
    assert page.total == 0 and page.suggestion == "pelatihan"


def test_pagination_reports_the_total(backend):
    backend.index([doc(100 + n, f"Inovasi layanan {n}", "Inovasi pelayanan publik.") for n in range(25)])
    parsed = parse_query("inovasi").query
    first, second = backend.search(parsed, page=1, per_page=10), backend.search(parsed, page=3, per_page=10)
    assert first.total == 25 and len(first.hits) == 10 and len(second.hits) == 5
    assert not {h.key for h in first.hits} & {h.key for h in second.hits}


def test_empty_and_syntax_only_queries_find_nothing_quickly(backend):
    for text in ("", "*", "?" * 60, "(" * 5000, "email:*", '"><svg onload=alert(1)>'):
        assert backend.search(parse_query(text).query).hits == []
