"""A member's NIP and e-mail on pembinaan pages are for the member, admins and their agency's operators only:
organisers, leaders and JP verifiers get names and agencies (registrants CSV, attendance table, JP queue)."""
import csv
import io

import pytest

from app.accounts.models import AgencyOperator
from app.core.roles import Role
from app.extensions import db
from app.pembinaan.models import Registration
from tests.fixtures.people import agency
from tests.pembinaan.test_jp_verification import submitted

NIP = "198503122010012003"


@pytest.fixture
def siti(make_user):
    return make_user(name="Siti Dinkes", agency_code="dinkes", nip=NIP, email="siti.dinkes@medan.go.id")


@pytest.fixture
def dinkes_operator(make_user):
    """The operator of Dinkes, also a leader (who may download the registrants of any agency's activity)."""
    user = make_user(Role.LEADER, name="Oka Operator Dinkes", agency_code="dinkes")
    db.session.add(AgencyOperator(user_id=user.id, agency_id=agency("dinkes").id))
    db.session.commit()
    return user


def csv_row(client, activity, name) -> list[str]:
    response = client.get(f"/activities/{activity.id}/registrants.csv")
    assert response.status_code == 200
    rows = list(csv.reader(io.StringIO(response.get_data(as_text=True).lstrip("\ufeff"))))
    assert rows[0][2] == "NIP" and rows[0][5] == "Email"
    return next(row for row in rows[1:] if row[1] == name)


@pytest.fixture
def registered(make_activity, organiser, siti):
    activity = make_activity(organiser, days_ahead=-1, hours=30)
    db.session.add(Registration(activity_id=activity.id, user_id=siti.id))
    db.session.commit()
    return activity


@pytest.mark.parametrize("who", ["organiser", "leader"])
def test_organisers_and_leaders_get_no_nip_or_email(request, login_as, registered, who):
    client = login_as(request.getfixturevalue(who))
    row = csv_row(client, registered, "Siti Dinkes")
    assert (row[2], row[5]) == ("", "") and row[3] == "Dinas Kesehatan Kota Medan"
    page = client.get(registered.url()).get_data(as_text=True)
    assert 'name="attended"' in page and "Siti Dinkes" in page
    assert NIP not in page and "siti.dinkes@medan.go.id" not in page


@pytest.mark.parametrize("who", ["admin", "dinkes_operator"])
def test_admins_and_the_members_agency_operator_see_them(request, login_as, registered, who):
    client = login_as(request.getfixturevalue(who))
    assert csv_row(client, registered, "Siti Dinkes")[2::3] == [NIP, "siti.dinkes@medan.go.id"]
    assert NIP in client.get(registered.url()).get_data(as_text=True)


def test_the_jp_queue_shows_the_nip_only_to_those_allowed(login_as, verifier, admin, siti, grant_duty,
                                                         dinkes_operator):
    from app.pembinaan.models import DutyName

    submitted(siti)
    assert login_as(verifier).get("/jp/verifikasi").get_data(as_text=True).count("Siti Dinkes") == 1
    assert NIP not in login_as(verifier).get("/jp/verifikasi").get_data(as_text=True)
    assert NIP in login_as(admin).get("/jp/verifikasi").get_data(as_text=True)
    grant_duty(dinkes_operator, DutyName.VERIFIER)
    assert NIP in login_as(dinkes_operator).get("/jp/verifikasi").get_data(as_text=True)
