"""The month calendar and the iCalendar output (RFC 5545: CRLF, folding at 75 octets, escaping, UTC times)."""
from datetime import datetime

import pytest

from app.extensions import db
from app.pembinaan import ics
from app.pembinaan.models import Activity


def text(response) -> str:
    return response.get_data(as_text=True)


def unfold(body: str) -> list[str]:
    """The content lines of an iCalendar body, each physical line checked first."""
    assert body.endswith("\r\n")
    physical = body[:-2].split("\r\n")
    for line in physical:
        assert "\n" not in line and "\r" not in line
        assert len(line.encode("utf-8")) <= 75, line
    lines: list[str] = []
    for line in physical:
        if line.startswith(" "):
            lines[-1] += line[1:]
        else:
            lines.append(line)
    return lines


def events(body: str) -> list[dict[str, str]]:
    found, current = [], None
    for line in unfold(body):
        if line == "BEGIN:VEVENT":
            current = {}
        elif line == "END:VEVENT":
            found.append(current)
            current = None
        elif current is not None:
            name, _, value = line.partition(":")
            current[name] = value
    return found


def place(activity: Activity, start: datetime, end: datetime) -> Activity:
    activity.starts_at, activity.ends_at = start, end
    db.session.commit()
    return activity


def test_text_values_are_escaped():
    assert ics.escape_text("Aula, Lt. 2; Gedung \\A\\\nBaris baru\r\nlagi") == \
        "Aula\\, Lt. 2\\; Gedung \\\\A\\\\\\nBaris baru\\nlagi"
    assert ics.escape_text("tanpa\x07kontrol") == "tanpakontrol"


@pytest.mark.parametrize("value", ["a" * 200, "é" * 100, "Lokakarya 🎓 " * 20, "x" * 74 + "é" + "y" * 80])
def test_long_lines_fold_at_75_octets_without_splitting_characters(value):
    folded = ics.fold("SUMMARY:" + value)
    pieces = folded.split("\r\n")
    assert all(len(piece.encode("utf-8")) <= 75 for piece in pieces)
    assert all(piece.startswith(" ") for piece in pieces[1:])
    assert "".join([pieces[0], *(piece[1:] for piece in pieces[1:])]) == "SUMMARY:" + value
    assert ics.fold("SUMMARY:pendek") == "SUMMARY:pendek"


def test_the_feed_is_valid_icalendar(client, organiser, make_activity):
    workshop = make_activity(organiser, title="Lokakarya Arsip, Surat; dan \\Naskah\\ " + "panjang " * 12,
                             description="**Tebal** dan [tautan](https://contoh.example).\n\n- satu\n- dua",
                             partner="Universitas Sumatera Utara")
    place(workshop, datetime(2026, 12, 3, 2, 0), datetime(2026, 12, 3, 5, 30))
    called_off = make_activity(organiser, title="Seminar Dibatalkan", kind="seminar", status="cancelled",
                               place=None, link="https://zoom.us/j/42")
    response = client.get("/activities/calendar.ics")
    assert response.status_code == 200 and response.mimetype == "text/calendar"
    body = text(response)
    lines = unfold(body)
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-1] == "END:VCALENDAR"
    assert "VERSION:2.0" in lines and any(line.startswith("PRODID:") for line in lines)
    found = {event["UID"]: event for event in events(body)}
    assert set(found) == {f"kegiatan-{workshop.id}@localhost", f"kegiatan-{called_off.id}@localhost"}
    event = found[f"kegiatan-{workshop.id}@localhost"]
    assert event["DTSTART"] == "20261203T020000Z" and event["DTEND"] == "20261203T053000Z"
    assert event["SUMMARY"].startswith("Lokakarya Arsip\\, Surat\\; dan \\\\Naskah\\\\ panjang")
    assert event["LOCATION"] == "Aula BKPSDM" and event["STATUS"] == "CONFIRMED"
    assert event["URL"] == f"http://localhost/activities/{workshop.id}/lokakarya"
    assert event["DTSTAMP"].endswith("Z") and len(event["DTSTAMP"]) == 16
    description = event["DESCRIPTION"]
    assert "<" not in description and "Tebal dan tautan." in description and "\\n\\n- satu\\n- dua" in description
    assert "4 JP" in description and "Universitas Sumatera Utara" in description
    cancelled = found[f"kegiatan-{called_off.id}@localhost"]
    assert cancelled["STATUS"] == "CANCELLED" and cancelled["LOCATION"] == "https://zoom.us/j/42"


def test_one_activity_as_ics_and_the_feed_filtered(client, organiser, make_activity):
    seminar = make_activity(organiser, title="Seminar Pelayanan Publik", kind="seminar")
    make_activity(organiser, title="Lokakarya Lain")
    response = client.get(f"/activities/{seminar.id}.ics")
    assert response.status_code == 200 and response.mimetype == "text/calendar"
    assert [e["SUMMARY"] for e in events(text(response))] == ["Seminar Pelayanan Publik"]
    assert [e["SUMMARY"] for e in events(text(client.get("/activities/calendar.ics?kind=seminar")))] == \
        ["Seminar Pelayanan Publik"]
    assert client.get("/activities/424242.ics").status_code == 404


class TestLinksComeFromTheSite:
    """A feed fetched with a forged Host or X-Forwarded-Host still names the site in its UIDs and URLs."""

    @pytest.fixture
    def app_config(self, app_config):
        return {**app_config, "SERVER_NAME": None, "SITE_URL": "https://simpul.medan.go.id"}

    @pytest.mark.parametrize("path", ["/activities/calendar.ics", "/activities/{id}.ics"])
    def test_uid_and_url_ignore_the_requested_host(self, client, organiser, make_activity, path):
        workshop = make_activity(organiser)
        headers = {"Host": "evil.example", "X-Forwarded-Host": "evil.example"}
        body = text(client.get(path.format(id=workshop.id), headers=headers))
        [event] = events(body)
        assert event["UID"] == f"kegiatan-{workshop.id}@simpul.medan.go.id"
        assert event["URL"] == f"https://simpul.medan.go.id/activities/{workshop.id}/lokakarya"
        assert "evil.example" not in body


def test_the_month_calendar_places_activities_on_their_wib_days(client, organiser, make_activity):
    # 23.30 WIB on 4 December is 16.30 UTC: the activity belongs to the 4th in Medan.
    late = place(make_activity(organiser, title="Diskusi Malam"), datetime(2026, 12, 4, 16, 30),
                 datetime(2026, 12, 4, 16, 45))
    long = place(make_activity(organiser, title="Pelatihan Tiga Hari", kind="pelatihan_daring"),
                 datetime(2026, 12, 30, 1, 0), datetime(2027, 1, 1, 9, 0))
    place(make_activity(organiser, title="Bulan Lain"), datetime(2026, 11, 3, 2, 0), datetime(2026, 11, 3, 5, 0))
    response = client.get("/activities/?view=kalender&month=2026-12")
    assert response.status_code == 200
    page = text(response)
    assert "Desember 2026" in page and '<table' in page and 'scope="col"' in page and "Senin" in page
    assert "Bulan Lain" not in page

    def cell(day: str) -> str:
        start = page.index(f'data-date="{day}"')
        return page[start:page.index("</td>", start)]

    assert "Diskusi Malam" in cell("2026-12-04") and "23.30" in cell("2026-12-04")
    assert "Diskusi Malam" not in cell("2026-12-05")
    assert "Pelatihan Tiga Hari" in cell("2026-12-30") and "Pelatihan Tiga Hari" in cell("2026-12-31")
    assert "(lanjutan)" in cell("2026-12-31") and f'href="/activities/{long.id}/lokakarya"' in cell("2026-12-31")
    assert f"/activities/{late.id}/lokakarya" in page
    january = text(client.get("/activities/?view=kalender&month=2027-01"))
    assert "Pelatihan Tiga Hari" in january and "Januari 2027" in january
    assert 'month=2026-11' in page and 'month=2027-01' in page  # previous and next month


@pytest.mark.parametrize("month", ["2026-13", "26-12", "2026-1", "abc", "1999-12", "2026-00"])
def test_a_bad_month_is_400(client, month):
    response = client.get(f"/activities/?view=kalender&month={month}")
    assert response.status_code == 400 and "Bulan tidak valid" in text(response)


def test_the_calendar_opens_on_this_month(client):
    response = client.get("/activities/?view=kalender")
    assert response.status_code == 200 and "activity-calendar" in text(response)
