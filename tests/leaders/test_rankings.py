"""The leaders' view: who gained reputation, when, where from; exports for leaders and admins only."""
import csv
import io
from datetime import datetime, timedelta

import pytest
from openpyxl import load_workbook

from app.core.timeutil import utcnow
from app.extensions import db
from app.leaders.periods import period
from app.reputation.models import ReputationEvent
from app.reputation.rollups import rebuild_rollups


def vote(client, post, value="up"):
    return client.post(f"/posts/{post.id}/vote", {"value": value})


@pytest.fixture
def busy(login_as, make_user, make_article, make_question, make_answer):
    """Two authors in different agencies; votes from the same and from other agencies."""
    siti = make_user(name="Siti Kominfo", agency_code="diskominfo")
    budi = make_user(name="Budi Dinkes", agency_code="dinkes")
    article = make_article(siti, tags="arsip")
    question = make_question(budi, tags="kesehatan")
    answer = make_answer(question, siti)
    same_agency = make_user(agency_code="diskominfo")
    others = [make_user(agency_code=code) for code in ("bkpsdm", "dishub", "dlh")]
    vote(login_as(same_agency), article)
    for voter in others:
        vote(login_as(voter), article)
    vote(login_as(others[0]), question)
    vote(login_as(others[1]), answer)
    return {"siti": siti, "budi": budi, "article": article, "answer": answer}


def rows(page: str) -> list[str]:
    return [line for line in page.split("<tr>")[1:]]


def test_people_ranking_with_the_share_from_other_agencies(client, busy):
    page = client.get("/leaders/?period=bulan").get_data(as_text=True)
    assert page.index("Siti Kominfo") < page.index("Budi Dinkes")
    siti_row = next(r for r in rows(page) if "Siti Kominfo" in r)
    assert ">50<" in siti_row and "80%" in siti_row  # 40 of the 50 points came from other agencies


def test_agency_ranking(client, busy):
    page = client.get("/leaders/?view=instansi&period=tahun").get_data(as_text=True)
    assert page.index("Dinas Komunikasi dan Informatika") < page.index("Dinas Kesehatan")


def test_filters_by_agency_and_tag(client, busy):
    only_dinkes = client.get("/leaders/?agency=dinkes").get_data(as_text=True)
    assert "Budi Dinkes" in only_dinkes and "Siti Kominfo" not in only_dinkes
    arsip = client.get("/leaders/?tag=arsip&period=semua").get_data(as_text=True)
    assert "Siti Kominfo" in arsip and "Budi Dinkes" not in arsip
    kesehatan = client.get("/leaders/?tag=kesehatan&period=semua").get_data(as_text=True)
    assert "Budi Dinkes" in kesehatan and "Siti Kominfo" in kesehatan  # her answer carries the question's tag


def test_periods_leave_out_older_points(client, busy):
    for event in db.session.query(ReputationEvent).all():
        event.created_at = utcnow() - timedelta(days=400)
    rebuild_rollups()  # the ledger was rewritten behind record(): sum it again, as `flask reputation recompute` does
    db.session.commit()
    assert "Belum ada poin" in client.get("/leaders/?period=tahun").get_data(as_text=True)
    assert "Siti Kominfo" in client.get("/leaders/?period=semua").get_data(as_text=True)


def test_periods_start_at_midnight_in_medan():
    # Wednesday 2026-11-25 18:00 UTC is Thursday 01:00 in Medan: the week began Monday 23 Nov, 00:00 WIB.
    now = datetime(2026, 11, 25, 18, 0)
    assert period("minggu", now).start == datetime(2026, 11, 22, 17, 0)
    assert period("bulan", now).start == datetime(2026, 10, 31, 17, 0)
    assert period("kuartal", now).start == datetime(2026, 9, 30, 17, 0)
    assert period("tahun", now).start == datetime(2025, 12, 31, 17, 0)
    assert period("semua", now).start is None


@pytest.mark.parametrize("query, status", [("?period=dekade", 400), ("?view=kota", 400), ("?agency=tidak-ada", 404),
                                           ("?tag=tidak-ada", 404)])
def test_bad_parameters(client, query, status):
    assert client.get(f"/leaders/{query}").status_code == status


def test_chart_with_a_table_for_screen_readers(client, busy):
    page = client.get("/leaders/").get_data(as_text=True)
    assert '<svg class="chart"' in page and 'role="img"' in page and "Data grafik" in page
    month = (utcnow() + timedelta(hours=7)).month
    assert ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"][month - 1] in page


def test_export_is_for_leaders_and_admins(client, login_as, member, moderator, leader, admin, busy):
    assert "/auth/login" in client.get("/leaders/export.csv").headers["Location"]
    for user in (member, moderator):
        assert login_as(user).get("/leaders/export.csv").status_code == 403
        assert login_as(user).get("/leaders/export.xlsx").status_code == 403
        assert "export.csv" not in login_as(user).get("/leaders/").get_data(as_text=True)
    for user in (leader, admin):
        assert login_as(user).get("/leaders/export.csv").status_code == 200
    assert "export.csv" in login_as(leader).get("/leaders/").get_data(as_text=True)


def test_csv_export_content_and_formula_safety(login_as, leader, make_user, make_article, busy):
    evil = make_user(name="=HYPERLINK(\"http://evil.example\")", agency_code="setda")
    article = make_article(evil, title="Praktik berbahaya sekali")
    client = login_as(leader)
    client.post(f"/posts/{article.id}/vote", {"value": "up"})
    response = client.get("/leaders/export.csv?period=semua")
    assert response.mimetype == "text/csv" and "attachment" in response.headers["Content-Disposition"]
    table = list(csv.reader(io.StringIO(response.get_data(as_text=True).lstrip("\ufeff"))))
    assert table[0][:4] == ["Peringkat", "Nama", "Instansi", "Poin"]
    names = [row[1] for row in table[1:]]
    assert "Siti Kominfo" in names and "'=HYPERLINK(\"http://evil.example\")" in names


def test_xlsx_export_opens_in_a_spreadsheet(login_as, admin, busy):
    response = login_as(admin).get("/leaders/export.xlsx?view=instansi&period=semua")
    sheet = load_workbook(io.BytesIO(response.data)).active
    values = list(sheet.values)
    assert values[0][:3] == ("Peringkat", "Kode", "Instansi") and values[1][1] == "diskominfo"


def test_ranking_runs_a_fixed_number_of_queries(app, client, busy, count_queries, make_user, login_as, make_article):
    client.get("/leaders/")
    with count_queries() as kept:  # the ranking is kept until the content changes (app/core/fragments.py)
        client.get("/leaders/")
    app.extensions["fragment_cache"].clear()
    with count_queries() as few:
        client.get("/leaders/")
    for n in range(5):
        author = make_user(agency_code="bappeda")
        vote(login_as(make_user(agency_code="dlh")), make_article(author, title=f"Praktik tambahan nomor {n}"))
    with count_queries() as more:
        client.get("/leaders/")
    assert len(kept) < len(few) and len(more) == len(few) <= 10
