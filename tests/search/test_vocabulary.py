"""The search word lists are data files: a mistake in one is refused when the app starts, not read wrongly."""
import pytest

from app.search.vocabulary import DATA_DIR, read_mapping


def test_every_shipped_list_reads():
    for name in ("stem_exceptions.txt", "acronyms.txt", "compounds.txt"):
        assert read_mapping(DATA_DIR / name)


def test_comments_and_blank_lines_are_ignored(tmp_path):
    listing = tmp_path / "list.txt"
    listing.write_text("# a comment\n\nijin = izin  # a spelling variant\nwalikota = wali kota\n", encoding="utf-8")
    assert read_mapping(listing) == {"ijin": "izin", "walikota": "wali kota"}


@pytest.mark.parametrize("text, problem", [
    ("ijin = izin\nijin = ijin\n", "listed twice"),
    ("ijin izin\n", "expected `key = value`"),
    ("ijin =\n", "expected `key = value`"),
])
def test_a_broken_line_is_refused(tmp_path, text, problem):
    listing = tmp_path / "list.txt"
    listing.write_text(text, encoding="utf-8")
    with pytest.raises(ValueError, match=problem):
        read_mapping(listing)
