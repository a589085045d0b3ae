"""The PostgreSQL backend's "did you mean" counts: a post indexed again (every vote does) or forgotten
changes them by what it holds, never adds its words once more."""
import pytest
from sqlalchemy import text

from app.extensions import db
from app.search.query import parse_query
from tests.search.test_contract import doc

pytestmark = pytest.mark.postgres_only


@pytest.fixture
def backend(app):
    from app.search.postgres_backend import PostgresBackend

    engine = PostgresBackend()
    engine.clear()
    yield engine
    engine.clear()


def frequency(word: str) -> int:
    with db.engine.connect() as conn:
        return conn.execute(text("SELECT coalesce(sum(freq), 0) FROM search_words WHERE word = :w"),
                            {"w": word}).scalar_one()


def suggestion(backend, typed: str) -> str | None:
    return backend.search(parse_query(typed).query).suggestion


def test_indexing_a_post_again_keeps_its_word_counts(backend):
    post = doc(1, "Pelatihan arsip", "Pelatihan arsip digital, pelatihan setiap minggu.")
    backend.index([post, doc(2, "Rapat pelatihan", "Jadwal rapat.")])
    assert frequency("pelatihan") == 4
    for votes in range(1, 6):  # five votes: five re-indexings of the same text
        backend.index([doc(1, post.title, post.body, votes=votes)])
    assert frequency("pelatihan") == 4
    backend.index([doc(1, "Pelatihan arsip", "Sudah diubah.")])
    assert frequency("pelatihan") == 2


def test_a_forgotten_post_no_longer_feeds_suggestions(backend):
    backend.index([doc(1, "Kearsipan", "Kearsipan dinamis."), doc(2, "Rapat", "Jadwal rapat daring.")])
    assert suggestion(backend, "kearsipna") == "kearsipan"
    backend.delete([1])
    assert frequency("kearsipan") == 0
    assert suggestion(backend, "kearsipna") is None
