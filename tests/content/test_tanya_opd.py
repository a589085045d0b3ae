"""Tanya OPD: a question addressed to an agency, its responders, the official answer, reminders."""
from datetime import datetime

import pytest
from sqlalchemy import func, select

from app.accounts.models import AgencyResponder
from app.content.models import Post
from app.core.roles import Role
from app.extensions import db
from app.notifications.models import Notification
from app.notifications.opd import remind
from tests.fixtures.people import agency

QUESTION = {"title": "Bagaimana mengurus akta kelahiran yang terlambat?", "body": "Anak kami lahir tahun lalu.",
            "tags": "kependudukan"}
FRIDAY = datetime(2026, 8, 14, 3)  # 10.00 WIB; Monday 17 August is Independence Day


@pytest.fixture
def responder(make_user):
    person = make_user(name="Rina Penjawab Dukcapil", agency_code="disdukcapil")
    db.session.add(AgencyResponder(user_id=person.id, agency_id=agency("disdukcapil").id))
    db.session.commit()
    return person


def _notices(user, kind):
    return db.session.execute(select(func.count(Notification.id)).where(
        Notification.user_id == user.id, Notification.kind == kind)).scalar_one()


def test_addressed_question_notifies_responders_and_unknown_agency_is_refused(login_as, member, responder):
    client = login_as(member)
    refused = client.post("/questions/ask", {**QUESTION, "agency": "dinas-tidak-ada"})
    assert refused.status_code == 422 and "Instansi yang dituju tidak dikenal" in refused.get_data(as_text=True)
    assert db.session.execute(select(func.count(Post.id))).scalar_one() == 0
    form = client.get("/questions/ask").get_data(as_text=True)
    assert "Tujukan ke instansi" in form and 'value="disdukcapil"' in form
    assert client.post("/questions/ask", {**QUESTION, "agency": "disdukcapil"}).status_code == 302
    question = db.session.execute(select(Post).where(Post.kind == "question")).scalar_one()
    assert question.addressed_agency_id == agency("disdukcapil").id
    assert _notices(responder, "opd_question") == 1
    assert "menunggu jawaban resmi" in login_as(responder).get("/notifications/").get_data(as_text=True)
    page = client.get(question.url()).get_data(as_text=True)
    assert "Menunggu jawaban Dinas Kependudukan dan Pencatatan Sipil Kota Medan (0 hari kerja)" in page


def test_official_answer_by_responder_stands_first_and_others_are_refused(
        login_as, member, responder, make_user, make_question, make_answer, monkeypatch):
    question = make_question(member)
    question.addressed_agency_id, question.created_at = agency("disdukcapil").id, FRIDAY
    db.session.commit()
    other = make_answer(question, make_user(), body="Coba tanya ke kelurahan saja.")
    official = make_answer(question, responder, body="Datang ke Disdukcapil dengan surat keterangan lahir.")
    official.created_at = datetime(2026, 8, 18, 3)  # Tuesday: one working day after Friday
    db.session.commit()
    outsider = login_as(make_user(agency_code="disdukcapil"))  # same agency, but not a responder
    refused = outsider.post(f"/posts/{official.id}/official")
    assert refused.status_code == 403 and "penjawab resmi" in refused.get_data(as_text=True)
    assert login_as(responder).post(f"/posts/{other.id}/official").status_code == 403  # not a responder's answer
    assert db.session.get(Post, question.id).official_answer_id is None
    client = login_as(responder)
    assert client.post(f"/posts/{official.id}/official").status_code == 303
    page = client.get(question.url() + "?sort=terbaru").get_data(as_text=True)
    assert "Jawaban resmi Dinas Kependudukan" in page
    assert page.index('data-official="true"') < page.index("Coba tanya ke kelurahan saja.")
    assert page.index("Datang ke Disdukcapil") < page.index("Coba tanya ke kelurahan saja.")
    assert "Dijawab resmi oleh Dinas Kependudukan dan Pencatatan Sipil Kota Medan dalam 1 hari kerja" in page
    client.post(f"/posts/{official.id}/official")  # again: unmarked
    assert db.session.get(Post, question.id).official_answer_id is None


def test_reminders_once_a_day_and_leaders_past_the_limit(app, member, responder, make_user, make_question):
    leader = make_user(Role.LEADER, agency_code="disdukcapil")
    question = make_question(member)
    question.addressed_agency_id, question.created_at = agency("disdukcapil").id, datetime(2026, 8, 5, 3)
    db.session.commit()
    with app.test_request_context():
        assert remind(datetime(2026, 8, 11, 3)) == 1  # 4 working days: the responder only
        assert remind(datetime(2026, 8, 21, 3)) == 2  # 11 working days: the leader too
        assert remind(datetime(2026, 8, 21, 9)) == 0  # the same day again: nothing
        db.session.commit()
    assert _notices(responder, "opd_reminder") == 2 and _notices(leader, "opd_overdue") == 1
    runner = app.test_cli_runner()  # the daily command, today: both again, then nothing
    assert "terkirim: 2." in runner.invoke(args=["opd", "remind"]).output
    assert "terkirim: 0." in runner.invoke(args=["opd", "remind"]).output


def test_responders_are_named_by_admins_or_that_agencys_operator(login_as, make_user, admin, responder):
    from app.accounts.models import AgencyOperator

    operator = make_user(agency_code="dinkes")
    db.session.add(AgencyOperator(user_id=operator.id, agency_id=agency("dinkes").id))
    db.session.commit()
    newcomer = make_user(agency_code="disdukcapil")
    assert login_as(operator).post("/agencies/disdukcapil/responders",
                                   {"login": newcomer.email}).status_code == 403
    assert db.session.get(AgencyResponder, (newcomer.id, agency("disdukcapil").id)) is None
    client = login_as(admin)
    assert "Rina Penjawab Dukcapil" in client.get("/agencies/disdukcapil/responders").get_data(as_text=True)
    assert client.post("/agencies/disdukcapil/responders", {"login": newcomer.email}).status_code == 303
    assert db.session.get(AgencyResponder, (newcomer.id, agency("disdukcapil").id)) is not None
    client.post(f"/agencies/disdukcapil/responders/{responder.id}/remove")
    assert db.session.get(AgencyResponder, (responder.id, agency("disdukcapil").id)) is None


def test_admins_are_offered_the_official_mark_only_on_responders_answers(login_as, member, admin, responder,
                                                                      make_user, make_question, make_answer):
    question = make_question(member)
    question.addressed_agency_id = agency("disdukcapil").id
    db.session.commit()
    make_answer(question, make_user(), body="Coba tanya ke kelurahan saja.")
    page = login_as(admin).get(question.url()).get_data(as_text=True)
    assert "Tandai sebagai jawaban resmi" not in page  # the mark would be refused: not a responder's answer
    make_answer(question, responder, body="Datang ke Disdukcapil dengan surat keterangan lahir.")
    page = login_as(admin).get(question.url()).get_data(as_text=True)
    assert page.count("Tandai sebagai jawaban resmi") == 1


def test_a_question_whose_official_answer_was_hidden_is_reminded_again(app, member, responder, make_question,
                                                                        make_answer):
    question = make_question(member)
    question.addressed_agency_id, question.created_at = agency("disdukcapil").id, datetime(2026, 8, 5, 3)
    answer = make_answer(question, responder, body="Datang ke Disdukcapil dengan surat keterangan lahir.")
    question.official_answer_id = answer.id
    db.session.commit()
    with app.test_request_context():
        assert remind(datetime(2026, 8, 11, 3)) == 0  # answered officially: nobody is reminded
        answer.status = "hidden"  # a moderator hid it: the question page says it waits again
        db.session.commit()
        assert remind(datetime(2026, 8, 12, 3)) == 1
