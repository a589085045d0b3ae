"""'Mungkin maksud Anda' on both backends: only words of the index, only when it finds more, never a known word."""
from datetime import datetime

import pytest

from app.search.backend import SearchDocument
from app.search.query import parse_query


def doc(key, title, body):
    return SearchDocument(key=key, kind="article", title=title, body=body, tags=[], agency="diskominfo",
                          author="Siti", author_id=1, created_at=datetime(2026, 5, key), votes=0, accepted=False)


CORPUS = [
    doc(1, "Pelatihan arsip digital", "Pelatihan untuk operator kecamatan setiap sore."),
    doc(2, "Rapat koordinasi sore", "Rapat dimulai sore hari di kantor camat."),
    doc(3, "Pelatihan kearsipan", "Materi pelatihan surat masuk."),
]


@pytest.fixture
def backend(empty_backend):
    empty_backend.index(CORPUS)
    return empty_backend


def suggestion(backend, text):
    return backend.search(parse_query(text).query).suggestion


@pytest.mark.parametrize("typed, proposed", [
    ("pelatihn", "pelatihan"),
    ("pelatiahn", "pelatihan"),
    ("pelatihn arsip", "pelatihan arsip"),
    ('"pelatihn arsip"', '"pelatihan arsip"'),
    ("pelatihn oleh:siti", "pelatihan oleh:siti"),
])
def test_a_misspelt_word_gets_the_indexed_word(backend, typed, proposed):
    assert backend.search(parse_query(typed).query).total == 0
    assert suggestion(backend, typed) == proposed
    assert backend.search(parse_query(proposed).query).total > 0


def test_an_acronym_is_never_rewritten(backend):
    # "spbe" is one letter from "sore", which the index holds: an acronym the analyzer knows stays as typed.
    assert backend.search(parse_query("spbe").query).total == 0
    assert suggestion(backend, "spbe") is None
    assert suggestion(backend, "spbe pelatihn") is None  # "pelatihan spbe" finds nothing more either


def test_a_known_word_is_never_replaced(backend):
    # Both words are in the index, just not in one post: nothing to correct.
    assert backend.search(parse_query("kearsipan rapat").query).total == 0
    assert suggestion(backend, "kearsipan rapat") is None
    # An inflection nobody wrote, but whose stem the index has, is a known word too.
    assert suggestion(backend, "dilatih rapat") is None


def test_no_suggestion_that_finds_no_more(backend):
    # "pelatihan kantor" finds nothing either: proposing it would only waste a click.
    assert suggestion(backend, "pelatihn kantor") is None


def test_no_suggestion_when_a_word_has_no_close_indexed_word(backend):
    assert suggestion(backend, "zyxwvut") is None
