"""Leaders see each agency's compliance with the yearly JP target, and each person's JP within an agency."""
import csv
import io
from datetime import date

import pytest

from app.core.roles import Role
from app.extensions import db
from app.pembinaan.compliance import current_year
from app.pembinaan.models import JpRecord


def add_jp(user, jp, status="diverifikasi", year=None):
    year = year or current_year()
    db.session.add(JpRecord(user_id=user.id, year=year, source="claim", title="Pelatihan arsip", jp=jp,
                            happened_on=date(year, 3, 1), status=status))
    db.session.commit()


@pytest.fixture
def dlh(make_user):
    """Three ASN of DLH: one reached 20 JP, one has 5 (and 16 waiting), one PPPK with 20 of 24."""
    done, short = make_user(agency_code="dlh", name="Ani Tercapai"), make_user(agency_code="dlh", name="Budi Kurang")
    pppk = make_user(agency_code="dlh", name="Citra PPPK", nip="199001152022212005")
    add_jp(done, 12)
    add_jp(done, 8)
    add_jp(short, 5)
    add_jp(short, 16, status="diajukan")
    add_jp(pppk, 20)
    add_jp(done, 30, year=current_year() - 1)  # last year's JP do not count this year
    return done, short, pppk


def test_a_leader_sees_the_share_that_reached_the_target(login_as, leader, dlh):
    year = current_year()
    page = login_as(leader).get(f"/leaders/jp?year={year}").get_data(as_text=True)
    assert 'data-agency="dlh" data-share="33.3"' in page


def test_within_an_agency_each_person_and_their_target(login_as, leader, dlh):
    year = current_year()
    page = login_as(leader).get(f"/leaders/jp?year={year}&agency=dlh").get_data(as_text=True)
    done, short, pppk = dlh
    assert f'data-person="{done.id}" data-jp-verified="20"' in page
    assert f'data-person="{short.id}" data-jp-verified="5"' in page
    assert f'data-person="{pppk.id}" data-jp-verified="20"' in page
    row = page.split(f'data-person="{pppk.id}"')[1].split("</tr>")[0]
    assert "PPPK" in row and ">24<" in row and "Belum" in row


def test_the_export_has_the_same_numbers(login_as, admin, dlh):
    year = current_year()
    client = login_as(admin)
    agencies = list(csv.reader(io.StringIO(client.get(f"/leaders/jp/export.csv?year={year}")
                                           .get_data(as_text=True).lstrip("\ufeff"))))
    assert agencies[0][:3] == ["Kode", "Instansi", "ASN"]
    assert [agencies[[r[0] for r in agencies].index("dlh")][i] for i in (0, 2, 3, 4)] == ["dlh", "3", "1", "33.3"]
    people = list(csv.reader(io.StringIO(client.get(f"/leaders/jp/export.csv?year={year}&agency=dlh")
                                         .get_data(as_text=True).lstrip("\ufeff"))))
    [budi] = [r for r in people if r[0] == "Budi Kurang"]
    assert budi[2:] == ["PNS", "5", "16", "20", "belum"]


@pytest.mark.parametrize("role", [Role.MEMBER, Role.MODERATOR])
def test_members_and_moderators_may_not_see_it(login_as, make_user, role):
    client = login_as(make_user(role))
    assert client.get("/leaders/jp").status_code == 403
    assert client.get("/leaders/jp/export.csv").status_code == 403


def test_visitors_and_bad_input(client, login_as, leader):
    assert "/auth/login" in client.get("/leaders/jp").headers["Location"]
    signed_in = login_as(leader)
    assert signed_in.get("/leaders/jp?year=dua-ribu").status_code == 400
    assert signed_in.get("/leaders/jp?year=1999").status_code == 400
    assert signed_in.get("/leaders/jp?agency=tidak-ada").status_code == 404
