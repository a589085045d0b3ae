"""My JP record at /jp/: progress toward the yearly target, the lines of a year, the CSV export and the print page."""
import csv
import io
import re
from datetime import date

import pytest

from app.core.timeutil import utcnow
from app.extensions import db
from app.pembinaan import records
from app.pembinaan.models import JpRecord
from tests.support.clock import this_year, today

PNS_NIP = "198503122010011002"
PPPK_NIP = "199001152022212005"


def line(user, jp, status="diverifikasi", year=None, title="Pelatihan arsip", verifier=None, **fields):
    year = year or this_year()
    record = JpRecord(user_id=user.id, year=year, source=fields.pop("source", "claim"), title=title, jp=jp,
                      happened_on=fields.pop("happened_on", date(year, 3, 1)), status=status,
                      verifier_id=verifier.id if verifier else None,
                      verified_at=utcnow() if verifier else None, **fields)
    db.session.add(record)
    db.session.commit()
    return record


def progress(page: str) -> tuple[int, int]:
    match = re.search(r'data-jp-total="(\d+)" data-jp-target="(\d+)"', page)
    assert match, "the progress bar carries data-jp-total and data-jp-target"
    return int(match.group(1)), int(match.group(2))


@pytest.fixture
def attended(organiser, member, make_activity):
    """The member attended a 4 JP workshop three days ago; the organiser marked it."""
    activity = make_activity(organiser, title="Lokakarya Naskah Dinas", days_ahead=-3 if today().day > 3 else 0, jp=4)
    records.record_attendance(activity, member, organiser)
    db.session.commit()
    return activity


def test_progress_counts_verified_jp_only_and_shows_the_rest_apart(login_as, member, verifier, attended):
    year = this_year()
    line(member, 6, verifier=verifier, title="Klaim artikel")
    line(member, 5, status="diajukan", title="Klaim sesi berbagi")
    line(member, 3, status="ditolak", title="Klaim ditolak", verifier=verifier, reason="Bukti tidak dapat dibuka.")
    line(member, 30, year=year - 1, verifier=verifier)  # last year does not count
    page = login_as(member).get("/jp/").get_data(as_text=True)
    assert progress(page) == (10, 20)
    assert 'data-jp-submitted="5"' in page and "5 JP diajukan dan menunggu verifikasi" in page
    assert "Bukti tidak dapat dibuka." in page and "Vera Verifikator" in page
    assert "Kurang 10 JP lagi" in page
    assert "Lokakarya Naskah Dinas" in page and "Kehadiran kegiatan" in page


def test_attendance_makes_a_verified_line_with_the_organiser_as_verifier(login_as, member, organiser, attended):
    page = login_as(member).get("/jp/").get_data(as_text=True)
    row = re.search(r'<tr data-jp-line="\d+">.*?</tr>', page, re.S).group(0)
    assert "Lokakarya Naskah Dinas" in row and 'data-jp-status="diverifikasi"' in row and organiser.name in row
    assert f"/activities/{attended.id}" in row
    assert progress(page) == (4, 20)


def test_reaching_the_target_is_said(login_as, member, verifier):
    line(member, 12, verifier=verifier)
    line(member, 9, verifier=verifier)
    page = login_as(member).get("/jp/").get_data(as_text=True)
    assert progress(page) == (21, 20) and "Target tahun ini telah tercapai." in page


def test_a_pppk_member_sees_the_pppk_target_with_a_word_why(login_as, make_user, verifier):
    pppk = make_user(name="Citra PPPK", nip=PPPK_NIP)
    line(pppk, 8, verifier=verifier)
    page = login_as(pppk).get("/jp/").get_data(as_text=True)
    assert progress(page) == (8, 24)
    assert "status PPPK" in page and "24 JP per tahun kontrak" in page


def test_a_pns_sees_the_pns_rule(login_as, make_user):
    pns = make_user(name="Dodi PNS", nip=PNS_NIP)
    page = login_as(pns).get("/jp/").get_data(as_text=True)
    assert progress(page) == (0, 20) and "paling sedikit 20 JP setahun" in page


def test_the_target_comes_from_config(app, login_as, member):
    app.config["JP_TARGET_PNS"] = 30
    assert progress(login_as(member).get("/jp/").get_data(as_text=True)) == (0, 30)


def test_the_year_selector(login_as, member, verifier):
    year = this_year()
    line(member, 7, year=year - 1, verifier=verifier, title="Seminar tahun lalu")
    line(member, 2, verifier=verifier, title="Lokakarya tahun ini")
    client = login_as(member)
    this = client.get("/jp/").get_data(as_text=True)
    assert progress(this) == (2, 20) and "Seminar tahun lalu" not in this
    assert f'<option value="{year - 1}"' in this and f'<option value="{year}" selected' in this
    last = client.get(f"/jp/?year={year - 1}").get_data(as_text=True)
    assert progress(last) == (7, 20) and "Seminar tahun lalu" in last and "Lokakarya tahun ini" not in last
    for bad in ("abc", "1999", str(year + 5), "20266"):
        response = client.get(f"/jp/?year={bad}")
        assert response.status_code == 400 and "Tahun tidak valid" in response.get_data(as_text=True)


def test_visitors_are_sent_to_sign_in(client):
    for url in ("/jp/", "/jp/export.csv", "/jp/cetak", "/jp/claims/new"):
        response = client.get(url)
        assert response.status_code == 302 and "/auth/login" in response.headers["Location"]


def test_others_lines_are_not_mine(login_as, member, make_user, verifier):
    line(make_user(name="Orang Lain"), 9, verifier=verifier, title="Punya orang lain")
    page = login_as(member).get("/jp/").get_data(as_text=True)
    assert progress(page) == (0, 20) and "Punya orang lain" not in page


# -- Export and print -------------------------------------------------------------------------------------


def read_csv(response) -> list[list[str]]:
    body = response.get_data(as_text=True)
    assert body.startswith("\ufeff")
    return list(csv.reader(io.StringIO(body[1:])))


def test_the_csv_holds_my_verified_lines_a_total_and_safe_cells(login_as, member, verifier, attended):
    year = this_year()
    line(member, 2, verifier=verifier, title="=HYPERLINK(\"http://evil.example\",\"klik\")",
         proof="@SUM(A1:A9)", happened_on=date(year, 1, 2))
    line(member, 5, status="diajukan", title="Masih menunggu")
    line(member, 3, status="ditolak", title="Ditolak saja", verifier=verifier, reason="Tidak relevan")
    line(member, 9, year=year - 1, verifier=verifier, title="Tahun lalu")
    response = login_as(member).get("/jp/export.csv")
    assert response.status_code == 200 and response.mimetype == "text/csv"
    assert f'filename="catatan-jp-{year}.csv"' in response.headers["Content-Disposition"]
    rows = read_csv(response)
    assert rows[0] == ["No", "Nama", "NIP", "Kegiatan", "Jenis", "Penyelenggara", "Tanggal mulai", "Tanggal selesai",
                       "Jumlah jam", "JP", "Diverifikasi oleh", "Nomor sertifikat"]
    first, second, total = rows[1], rows[2], rows[3]
    assert first == ["1", "Siti Anggota", "", "'=HYPERLINK(\"http://evil.example\",\"klik\")", "Berbagi pengetahuan",
                     "", f"{year}-01-02", f"{year}-01-02", "", "2", "Vera Verifikator", ""]
    assert second[3:6] == ["Lokakarya Naskah Dinas", "lokakarya", "Badan Kepegawaian dan Pengembangan Sumber Daya "
                           "Manusia Kota Medan"] and second[8:10] == ["3", "4"]
    assert total[3] == f"Jumlah JP terverifikasi tahun {year}" and total[9] == "6"
    assert len(rows) == 4
    body = response.get_data(as_text=True)
    assert "Masih menunggu" not in body and "Ditolak saja" not in body and "Tahun lalu" not in body


def test_the_csv_of_last_year_and_an_empty_year(login_as, member, verifier):
    year = this_year()
    line(member, 9, year=year - 1, verifier=verifier, title="Tahun lalu", happened_on=date(year - 1, 5, 5))
    client = login_as(member)
    rows = read_csv(client.get(f"/jp/export.csv?year={year - 1}"))
    assert rows[1][3] == "Tahun lalu" and rows[-1][9] == "9"
    empty = read_csv(client.get("/jp/export.csv"))
    assert len(empty) == 2 and empty[1][9] == "0"
    assert client.get("/jp/export.csv?year=x").status_code == 400


def test_the_print_page_has_who_what_and_the_totals(login_as, make_user, verifier):
    year = this_year()
    pppk = make_user(name="Citra PPPK", nip=PPPK_NIP, agency_code="dlh", position="Analis Lingkungan")
    line(pppk, 8, verifier=verifier, title="Seminar Persampahan")
    line(pppk, 4, status="diajukan", title="Belum diverifikasi")
    page = login_as(pppk).get(f"/jp/cetak?year={year}").get_data(as_text=True)
    assert "Citra PPPK" in page and PPPK_NIP in page and "Analis Lingkungan" in page
    assert "Dinas Lingkungan Hidup" in page and f"Tahun {year}" in page and "PPPK" in page
    assert "Seminar Persampahan" in page and "Belum diverifikasi" not in page
    assert 'data-jp-total="8"' in page and 'data-jp-target="24"' in page and "Kurang 16 JP" in page
    assert "4 JP lain masih menunggu verifikasi" in page and " WIB" in page
