"""The Indonesian analyzer: word families meet, stopwords go, acronyms match their names, Whoosh finds them."""
from __future__ import annotations

import pickle
import time
from pathlib import Path

import pytest
from whoosh import index
from whoosh.analysis import StopFilter
from whoosh.fields import ID, TEXT, Schema
from whoosh.qparser import QueryParser

from app.search import analysis
from app.search.analysis import (
    ACRONYMS,
    STEM_EXCEPTIONS,
    STOPWORDS,
    AcronymFilter,
    IndonesianStemFilter,
    analyze,
    indonesian_analyzer,
    stem,
)

WORDS_FILE = Path(__file__).parent / "data" / "asn_words.txt"


def load_words() -> tuple[list[list[str]], list[tuple[str, str]]]:
    groups, apart = [], []
    for line in WORDS_FILE.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("!"):
            first, second = line[1:].split()
            apart.append((first, second))
        else:
            groups.append(line.split())
    return groups, apart


GROUPS, APART = load_words()


def test_word_list_is_substantial():
    assert sum(len(group) for group in GROUPS) >= 300
    assert len(APART) >= 10


@pytest.mark.parametrize("group", GROUPS, ids=lambda group: group[0])
def test_each_word_family_meets(group):
    analysed = {word: tuple(analyze(word)) for word in group}
    assert all(analysed.values()), analysed  # no word of a family may vanish as a stopword
    assert len(set(analysed.values())) == 1, analysed


@pytest.mark.parametrize("pair", APART, ids=lambda pair: "-".join(pair))
def test_different_meanings_stay_apart(pair):
    first, second = pair
    assert analyze(first) != analyze(second)


def test_training_words_are_one_word():
    assert {tuple(analyze(word)) for word in ("melatih", "latihan", "pelatihan", "dilatih")} == {("latih",)}


def test_stopwords_vanish():
    assert analyze("yang dan di ke dari untuk dengan pada ini itu atau juga dalam akan oleh sebagai adalah") == []
    assert all(analyze(word) == [] for word in STOPWORDS)


@pytest.mark.parametrize(
    "word", ["baik", "bagian", "tanya", "jawab", "layanan", "data", "kerja", "kinerja", "umum", "hari", "kota", "cara"]
)
def test_domain_words_stay(word):
    assert word not in STOPWORDS
    assert analyze(word)


def test_stopwords_go_before_stemming():
    # peserta stems to serta (a stopword) and pengadaan to ada: they must survive as content words.
    assert analyze("peserta pengadaan pendapatan") == ["peserta", "pengadaan", "pendapatan"]
    assert analyze("serta ada dapat") == []


def test_stem_rules():
    assert stem("kinerja") == "kinerja" == STEM_EXCEPTIONS["kinerja"]
    assert stem("pemerintahnya") == "pemerintah"  # exceptions hold with a clitic attached
    assert stem("covid19") == "covid19"
    assert stem("2025") == "2025"
    assert stem("ber") == "ber"
    assert stem("pelatihannya") == "latih"
    assert stem.cache_info().maxsize == 200_000


def test_reduplication_keeps_the_base_once():
    assert analyze("kegiatan-kegiatan") == analyze("kegiatan") == ["giat"]
    assert analyze("pegawai-pegawai") == ["pegawai"]
    assert analyze("surat-menyurat") == ["surat"]
    assert analyze("masing-masing") == []
    assert analyze("sop-nya") == analyze("SOP")
    assert analyze("e-kinerja") == ["kinerja"]
    assert analyze("undang-undang") != analyze("undangan")


def test_acronym_and_its_name_share_tokens():
    assert analyze("Diskominfo") == analyze("dinas komunikasi dan informatika")
    assert analyze("BKPSDM") == analyze("Badan Kepegawaian dan Pengembangan Sumber Daya Manusia")
    assert analyze("Satpol PP") == analyze("satpolpp") == analyze("Satuan Polisi Pamong Praja")
    assert analyze("PP 94") == analyze("peraturan pemerintah 94")  # PP alone is a regulation


@pytest.mark.parametrize("compound", sorted(analysis.COMPOUNDS))
def test_closed_compounds_meet_their_spaced_spelling(compound):
    assert analyze(compound) == analyze(analysis.COMPOUNDS[compound])


def test_agency_acronyms_come_from_the_csv():
    for key in ("diskominfo", "bkpsdm", "bappeda", "disdukcapil", "dinkes", "disdikbud", "dishub", "dlh", "damkar"):
        assert key in ACRONYMS
    assert "inspektorat" not in ACRONYMS  # a plain word, not an abbreviation


@pytest.mark.parametrize("key", sorted(ACRONYMS))
def test_acronyms_are_case_insensitive_and_expand(key):
    expanded = analyze(key)
    assert expanded and key not in expanded
    assert analyze(key.upper()) == analyze(key.capitalize()) == expanded


def test_positions_stay_consecutive_and_chars_point_at_the_source():
    text = "Pelatihan Satpol PP di Diskominfo untuk pegawai-pegawai, kegiatan e-kinerja"
    tokens = [(t.text, t.pos, t.startchar, t.endchar) for t in indonesian_analyzer()(text, positions=True, chars=True)]
    assert [text for text, *_ in tokens] == analyze(text)
    assert [pos for _, pos, *_ in tokens] == list(range(len(tokens)))
    spans = {text[start:end] for word, _, start, end in tokens if word in {"dinas", "komunikasi", "informatika"}}
    assert spans == {"Diskominfo"}


def test_analyzer_pickles_small_without_a_stemmer():
    analyzer = indonesian_analyzer()
    assert [type(item) for item in analyzer.items][2:] == [
        analysis.IndonesianStopFilter,
        IndonesianStemFilter,
        AcronymFilter,
    ]
    assert isinstance(analyzer.items[2], StopFilter)
    data = pickle.dumps(analyzer)
    assert len(data) < 2048
    assert b"Sastrawi" not in data and b"pelatihan" not in data
    restored = pickle.loads(data)
    text = "Pelatihan BKPSDM untuk pegawai-pegawai Diskominfo"
    assert restored == analyzer
    assert [t.text for t in restored(text)] == analyze(text)


DOCUMENTS = {
    "pelatihan": "Jadwal pelatihan pranata komputer dibuka bulan depan.",
    "pegawai": "Data pegawai diperbarui setiap semester oleh operator.",
    "bkpsdm": "Surat edaran Badan Kepegawaian dan Pengembangan Sumber Daya Manusia tentang cuti tahunan.",
    "diskominfo": "Diskominfo membuka layanan tanda tangan elektronik bagi perangkat daerah.",
    "kominfo": "Pelatihan Dinas Komunikasi dan Informatika tentang arsip digital untuk kelurahan.",
    "perintah": "Kepala dinas memerintahkan rapat ulang minggu depan.",
}


@pytest.fixture
def index_dir(tmp_path):
    schema = Schema(key=ID(stored=True, unique=True), body=TEXT(analyzer=indonesian_analyzer()))
    ix = index.create_in(str(tmp_path), schema)
    with ix.writer() as writer:
        for key, body in DOCUMENTS.items():
            writer.add_document(key=key, body=body)
    ix.close()
    return tmp_path


def found(index_dir, query: str) -> set[str]:
    ix = index.open_dir(str(index_dir))  # the schema, analyzer included, comes back from the pickled TOC
    try:
        with ix.searcher() as searcher:
            parsed = QueryParser("body", ix.schema).parse(query)
            return {hit["key"] for hit in searcher.search(parsed, limit=None)}
    finally:
        ix.close()


def test_whoosh_finds_inflections(index_dir):
    assert "pelatihan" in found(index_dir, "melatih")
    assert "pegawai" in found(index_dir, "kepegawaian")


def test_whoosh_finds_acronyms_both_ways(index_dir):
    assert found(index_dir, "bkpsdm") == {"bkpsdm"}
    assert found(index_dir, "komunikasi informatika") == {"diskominfo", "kominfo"}
    assert found(index_dir, "DISKOMINFO") == {"diskominfo", "kominfo"}
    # Expansions take consecutive positions, so phrases work across either spelling.
    assert found(index_dir, '"pelatihan diskominfo"') == {"kominfo"}
    assert found(index_dir, '"informatika membuka layanan"') == {"diskominfo"}


def test_whoosh_keeps_government_apart_from_command(index_dir):
    assert "perintah" not in found(index_dir, "pemerintah")


def test_twenty_thousand_words_analyse_quickly():
    words = [word for group in GROUPS for word in group]
    text = " ".join(words[i % len(words)] for i in range(20_000))
    stem.cache_clear()
    start = time.perf_counter()
    tokens = analyze(text)
    elapsed = time.perf_counter() - start
    assert len(tokens) > 15_000
    assert elapsed < 2.0, f"{elapsed:.2f} s"
