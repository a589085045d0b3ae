"""Indonesian first, English on request; dates in WIB with Indonesian month names."""
from datetime import datetime

from flask_babel import force_locale

from app.core.jinja_env import format_date_wib, format_datetime_wib, format_number


def test_the_site_speaks_indonesian_by_default(client):
    page = client.get("/").get_data(as_text=True)
    assert '<html lang="id">' in page
    for label in ("Praktik Baik", "Diskusi", "Tanya Jawab", "Peringkat", "Masuk", "Daftar"):
        assert label in page


def test_the_switcher_changes_the_language_for_visitors(client):
    response = client.post("/auth/locale", {"locale": "en", "next": "/agencies/"})
    assert response.status_code == 302 and response.headers["Location"] == "/agencies/"
    page = client.get("/").get_data(as_text=True)
    assert '<html lang="en">' in page and "Sign in" in page and "Best practices" in page


def test_the_switcher_refuses_unknown_languages_and_foreign_redirects(client):
    assert client.post("/auth/locale", {"locale": "fr"}).status_code == 400
    response = client.post("/auth/locale", {"locale": "id", "next": "https://evil.example/"})
    assert response.headers["Location"] == "/"


def test_times_are_shown_in_wib_with_indonesian_months(app):
    with app.test_request_context():
        # 26 Aug 2026 20:30 UTC is 27 Aug 03:30 in Medan.
        assert format_datetime_wib(datetime(2026, 8, 26, 20, 30)) == "27 Agu 2026, 03.30 WIB"
        assert format_date_wib(datetime(2026, 5, 1, 1, 0)) == "1 Mei 2026"
        assert [format_date_wib(datetime(2026, m, 10)) .split()[1] for m in range(1, 13)] == \
            ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]
        assert format_number(1234567) == "1.234.567"
        with force_locale("en"):
            assert format_number(1234567) == "1,234,567"


def test_every_interface_string_has_an_english_translation(tmp_path):
    """`make messages` then translate: a string added without its English would show Indonesian in English."""
    import subprocess
    import sys
    from pathlib import Path

    from babel.messages.pofile import read_po

    root = Path(__file__).resolve().parents[2]
    pot = tmp_path / "messages.pot"
    subprocess.run([sys.executable, "-m", "babel.messages.frontend", "extract", "--no-location", "--ignore-dirs",
                    ".*", "-F", "babel.cfg", "-k", "_l", "-o", str(pot), "."], cwd=root, check=True,
                   capture_output=True)
    catalogue = read_po((root / "app/translations/en/LC_MESSAGES/messages.po").open("rb"))
    missing = [m.id for m in read_po(pot.open("rb")) if m.id and not (m.id in catalogue and catalogue[m.id].string)]
    assert missing == []


def test_the_fast_formatters_say_exactly_what_babel_says(app):
    """Dates and counts are formatted without Babel's pattern engine (a page shows dozens): same text."""
    from datetime import timedelta

    from flask_babel import format_datetime, format_decimal

    moments = [datetime(2026, 1, 1, 0, 0) + timedelta(days=29 * k, hours=5 * k, minutes=7 * k) for k in range(40)]
    numbers = [0, 7, -3, 999, 1000, -1234, 65536, 1234567, 10**9]
    with app.test_request_context():
        for locale in ("id", "en"):
            with force_locale(locale):
                for moment in moments:
                    assert format_datetime_wib(moment) == format_datetime(moment, "d MMM y, HH.mm") + " WIB"
                    assert format_date_wib(moment) == format_datetime(moment, "d MMM y")
                for number in numbers:
                    assert format_number(number) == format_decimal(number)
