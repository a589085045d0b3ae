"""The fair agency view: every agency, figures per 100 ASN, small agencies not ranked, sorting, the ASN
count chosen by the admin, the CSV, and who may see it."""
import csv
import io
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from app.accounts.models import Agency
from app.core.roles import Role
from app.core.timeutil import utcnow
from app.extensions import db
from app.leaders.agencies import agency_table
from app.leaders.periods import period
from app.pembinaan.models import JpRecord, JpStatus
from tests.fixtures.people import agency


def rows(page: str) -> dict[str, str]:
    """Each table row's opening tag, by agency code."""
    found = {}
    for chunk in page.split("<tr data-agency-code=\"")[1:]:
        found[chunk.split('"', 1)[0]] = chunk.split(">", 1)[0]
    return found


def attr(row: str, name: str) -> str:
    return row.split(f'data-{name}="', 1)[1].split('"', 1)[0]


def order(page: str) -> list[str]:
    return list(rows(page))


@pytest.fixture
def town(make_user, make_article, make_question, make_answer):
    """Diskominfo: 5 verified ASN, one wrote 2 posts and 1 answer and reached 20 JP. Dinkes: 6 verified ASN
    (the leader's agency is setda), one post. Dishub: 2 verified ASN (small), one post. An unverified
    member of Dishub counts for nothing."""
    kominfo = [make_user(agency_code="diskominfo") for _ in range(5)]
    dinkes = [make_user(agency_code="dinkes") for _ in range(6)]
    dishub = [make_user(agency_code="dishub") for _ in range(2)]
    make_user(agency_code="dishub", verified_at=None)
    question = make_question(dinkes[0], title="Bagaimana menata antrean puskesmas pagi hari?")
    article = make_article(kominfo[0], title="Digitalisasi arsip surat masuk di Diskominfo")
    make_question(kominfo[0], title="Bagaimana memindai arsip lama yang rapuh?")
    make_answer(question, kominfo[0])
    make_article(dishub[0], title="Jadwal uji kendaraan daring untuk warga")
    db.session.add(JpRecord(user_id=kominfo[0].id, year=date.today().year, source="claim", title="Diklat",
                            happened_on=date.today(), jp=20, status=JpStatus.VERIFIED.value))
    db.session.commit()
    return {"kominfo": kominfo, "dinkes": dinkes, "dishub": dishub, "article": article}


def test_every_agency_per_100_figures_and_small_agencies(app, login_as, leader, town):
    client = login_as(leader)
    assert client.post(f"/posts/{town['article'].id}/vote", {"value": "up"}).status_code == 303
    points_per_100 = str(float(app.config["REPUTATION_UPVOTE"]["article"] * 100 / 5))
    page = client.get("/leaders/agencies?period=tahun&sort=posts_per_100").get_data(as_text=True)
    table = rows(page)
    assert len(table) == db.session.execute(select(func.count()).select_from(Agency)
                                            .where(Agency.active.is_(True))).scalar_one()
    kominfo = table["diskominfo"]
    assert attr(kominfo, "asn-count") == "5" and attr(kominfo, "posts-per-100") == "40.0"
    assert attr(kominfo, "answers-per-100") == "20.0" and attr(kominfo, "active-share") == "20.0"
    assert attr(kominfo, "jp-share") == "20.0" and attr(kominfo, "rank") == "1"
    assert attr(kominfo, "reputation-per-100") == points_per_100
    assert attr(table["dinkes"], "posts-per-100") == "16.7" and attr(table["dinkes"], "rank") == "2"
    # Dishub writes more per ASN (50 per 100) but has 2 ASN: marked small, not ranked, after the ranked ones.
    dishub = table["dishub"]
    assert "data-small" in dishub and attr(dishub, "rank") == "" and attr(dishub, "posts-per-100") == "50.0"
    assert order(page).index("dishub") > order(page).index("dinkes")
    # Agencies with nothing yet are listed, marked "belum aktif"; the active ones are not.
    assert "data-inactive" in table["dlh"] and "data-inactive" not in kominfo
    assert "belum aktif" in page and "kecil" in page
    # The same figures for a closed period, as the monthly report asks for them (summed over the ledger).
    closed = agency_table(period("tahun").start, utcnow() + timedelta(minutes=1), sort="reputation_per_100")
    assert (closed[0].code, str(closed[0].reputation_per_100), closed[0].rank) == ("diskominfo", points_per_100, 1)


def test_sorting_by_columns_and_bad_values(login_as, leader, member, client, town):
    leader_client = login_as(leader)
    ascending = order(leader_client.get("/leaders/agencies?period=tahun&sort=posts_per_100&dir=asc")
                      .get_data(as_text=True))
    assert ascending.index("dinkes") < ascending.index("diskominfo") < ascending.index("dishub")
    by_size = leader_client.get("/leaders/agencies?sort=asn_count").get_data(as_text=True)
    assert order(by_size)[:4] == ["dinkes", "diskominfo", "dishub", "setda"]
    # Equal figures share a rank: every agency without a verified ASN is fifth.
    assert attr(rows(by_size)["dlh"], "rank") == attr(rows(by_size)["bkpsdm"], "rank") == "5"
    page = leader_client.get("/leaders/agencies?period=kuartal&sort=name&dir=asc").get_data(as_text=True)
    assert "sort=asn_count" in page and "period=kuartal" in page  # header links keep the period
    for query in ("?sort=nama_lengkap", "?dir=naik", "?period=dekade"):
        response = leader_client.get(f"/leaders/agencies{query}")
        assert response.status_code == 400 and "tidak dikenal" in response.get_data(as_text=True)
    assert login_as(member).get("/leaders/agencies").status_code == 403
    assert login_as(member).get("/leaders/agencies.csv").status_code == 403
    assert "/auth/login" in client.get("/leaders/agencies").headers["Location"]


def test_the_admin_chooses_the_headcount_and_the_csv_follows(login_as, leader, make_user, town):
    admin = make_user(Role.ADMIN, agency_code="setda")
    dinkes = agency("dinkes")
    admin_client = login_as(admin)
    form = {"code": "dinkes", "name": dinkes.name, "short_name": dinkes.short_name, "kind": dinkes.kind,
            "active": "y"}
    bad = admin_client.post(f"/admin/agencies/{dinkes.id}/edit", {**form, "headcount": "-3"})
    assert bad.status_code == 422 and "bilangan bulat" in bad.get_data(as_text=True)
    assert admin_client.post(f"/admin/agencies/{dinkes.id}/edit", {**form, "headcount": "200"}).status_code == 302
    leader_client = login_as(leader)
    before = rows(leader_client.get("/leaders/agencies").get_data(as_text=True))["dinkes"]
    assert attr(before, "asn-count") == "6"  # verified members until the admin chooses the headcount
    refused = admin_client.post("/admin/agencies/size-source", {"source": "tebakan"})
    assert refused.status_code == 400 and "dasar jumlah ASN" in refused.get_data(as_text=True)
    assert admin_client.post("/admin/agencies/size-source", {"source": "headcount"}).status_code == 303
    after = rows(leader_client.get("/leaders/agencies?period=tahun").get_data(as_text=True))
    assert attr(after["dinkes"], "asn-count") == "200" and attr(after["dinkes"], "posts-per-100") == "0.5"
    assert attr(after["diskominfo"], "asn-count") == "5"  # no headcount entered: its verified ASN
    text = leader_client.get("/leaders/agencies.csv?period=tahun&sort=posts_per_100").get_data(as_text=True)
    table = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
    assert table[0][:4] == ["Peringkat", "Kode", "Instansi", "Jumlah ASN"]
    kominfo = next(line for line in table if line[1] == "diskominfo")
    assert kominfo[0] == "1" and kominfo[3] == "5" and kominfo[8] == "40.0"
