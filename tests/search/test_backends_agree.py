"""Whoosh and PostgreSQL find the same posts for the same search: the same words, phrases and operators on
the same posts give the same matches and the same counts, whichever backend a site runs."""
from datetime import datetime, timedelta

import pytest

from app.search.backend import SearchDocument
from app.search.postgres_backend import PostgresBackend
from app.search.query import parse_query
from app.search.whoosh_backend import WhooshBackend

pytestmark = pytest.mark.postgres_only

POSTS = [  # (kind, title, body, tags, author, parent title)
    ("article", "Tanda tangan", "Elektronik dipakai untuk surat keluar dinas.", ["tte"], "Budi, S.Kom", ""),
    ("answer", "", "Sudah dipakai di kecamatan kami.", [], "Sari Dewi", "Tanda tangan elektronik untuk surat"),
    ("question", "Tanda tangan elektronik untuk surat", "Bagaimana memulai tanda tangan elektronik?", ["tte"],
     "Sari Dewi", ""),
    ("article", "Pemindaian arsip kelurahan", "Arsip surat dipindai setiap pagi oleh petugas.", ["pelatihan"],
     "Budi Santoso", ""),
    ("thread", "Data kepegawaian", "Rekap data dikirim tiap bulan.", ["data-pegawai"], "Andi", ""),
    ("reply", "", "Pelatihan arsip digital untuk pegawai baru.", ["arsip"], "Andi", "Data kepegawaian"),
    ("article", "Pelatihan kearsipan", "Materi pelatihan: surat masuk, surat keluar, dan arsip dinamis.",
     ["pelatihan", "arsip"], "Rina", ""),
]
QUERIES = ['"tanda tangan elektronik"', '"surat keluar"', "pelatihan", "pegawai", "arsip surat", "arsip -pelatihan",
           "tag:pelatihan", "tag:arsip surat", "oleh:budi", "oleh:budi tanda", "jenis:artikel surat",
           "data kepegawaian", '"arsip"', "elektronik jenis:jawaban", "tanda jenis:pertanyaan", "pegawai jenis:diskusi",
           "dipakai", "data"]


ROOTS = {2: 3, 6: 5}  # the answer's question, the reply's discussion


def documents() -> list[SearchDocument]:
    start = datetime(2025, 3, 1)
    return [SearchDocument(key=n, kind=kind, title=title, body=body, tags=tags, agency="diskominfo", author=author,
                           author_id=n, created_at=start + timedelta(days=n), votes=n % 3, accepted=False,
                           parent_title=parent, root=ROOTS.get(n))
            for n, (kind, title, body, tags, author, parent) in enumerate(POSTS, start=1)]


@pytest.mark.parametrize("scored_all_up_to", [500, 0])  # 0: Whoosh's path for many matches (whoosh_counts)
def test_both_backends_find_the_same_posts(app, tmp_path, monkeypatch, scored_all_up_to):
    monkeypatch.setattr("app.search.whoosh_backend.SCORED_ALL_UP_TO", scored_all_up_to)
    whoosh, postgres = WhooshBackend(tmp_path / "index"), PostgresBackend()
    whoosh.clear()
    postgres.clear()
    try:
        whoosh.index(documents())
        postgres.index(documents())
        for text, grouped, sort in [(t, g, s) for t in QUERIES for g in (False, True)
                                    for s in ("relevance", "newest")]:
            parsed = parse_query(text).query
            parsed.sort, parsed.grouped = sort, grouped
            found = {name: backend.search(parsed, per_page=50)
                     for name, backend in (("whoosh", whoosh), ("postgres", postgres))}
            # Grouped, the best part of a root may differ by relevance (scores differ); the roots may not.
            keys = {name: [(hit.root, hit.others) if grouped and sort == "relevance" else hit.key
                           for hit in page.hits] for name, page in found.items()}
            if sort == "relevance":  # scores differ between the backends; the newest first do not
                keys = {name: sorted(found) for name, found in keys.items()}
            assert keys["whoosh"] == keys["postgres"], (text, sort, grouped, keys)
            assert found["whoosh"].total == found["postgres"].total == len(keys["whoosh"]), text
            assert found["whoosh"].counts == found["postgres"].counts, text
            assert found["whoosh"].all_total == found["postgres"].all_total, text
            if grouped:
                assert [h.others for h in found["whoosh"].hits] == [h.others for h in found["postgres"].hits]
    finally:
        postgres.clear()
