"""Tanya OPD responsiveness per agency with a frozen clock, across a weekend and 17 August."""
import csv
import io
from datetime import datetime

from openpyxl import load_workbook

from app.extensions import db
from app.leaders import responsiveness as module
from tests.fixtures.people import agency

NOW = datetime(2026, 8, 21, 3)  # Friday 21 August 2026, 10.00 WIB


def _addressed(make_question, make_answer, author, responder, asked, answered=None, title="Pertanyaan"):
    question = make_question(author, title=title)
    question.addressed_agency_id, question.created_at = agency("disdukcapil").id, asked
    if answered:
        answer = make_answer(question, responder, body="Jawaban resmi instansi.")
        answer.created_at = answered
        question.official_answer_id = answer.id
    db.session.commit()


def test_figures_chart_exports_and_roles(login_as, member, leader, make_user, make_question, make_answer,
                                         monkeypatch):
    monkeypatch.setattr(module, "utcnow", lambda: NOW)
    helper = make_user(agency_code="disdukcapil")
    _addressed(make_question, make_answer, member, helper, datetime(2026, 8, 14, 3), datetime(2026, 8, 18, 3),
               title="Akta kelahiran terlambat bagaimana")  # 1 working day (weekend + 17 Aug)
    _addressed(make_question, make_answer, member, helper, datetime(2026, 8, 10, 3), datetime(2026, 8, 14, 3),
               title="Kartu keluarga hilang bagaimana")  # 4 working days
    _addressed(make_question, make_answer, member, helper, datetime(2026, 8, 5, 3),
               title="KTP elektronik belum jadi bagaimana")  # waiting 11 working days: overdue
    _addressed(make_question, make_answer, member, helper, datetime(2026, 8, 20, 3),
               title="Pindah domisili antar kota bagaimana")  # waiting 1 working day
    assert login_as(member).get("/leaders/responsiveness").status_code == 403
    listed = login_as(member).get("/agencies/disdukcapil/questions").get_data(as_text=True)
    order = [listed.index(t) for t in ("KTP elektronik", "Pindah domisili", "Akta kelahiran", "Kartu keluarga")]
    assert order == sorted(order)  # waiting first, oldest first; then the answered ones, newest first
    assert "Dijawab resmi dalam 1 hari kerja" in listed
    client = login_as(leader)
    page = client.get("/leaders/responsiveness").get_data(as_text=True)
    row = page.split('data-agency="disdukcapil"')[1].split("</tr>")[0]
    assert ">4<" in row and ">2<" in row and ">2,5<" in row and ">1<" in row  # Indonesian decimals
    assert "<svg" in page
    rows = list(csv.reader(io.StringIO(client.get("/leaders/responsiveness?format=csv").get_data(as_text=True)
                                       .lstrip("\ufeff"))))
    assert rows[1] == ["disdukcapil", "Dinas Kependudukan dan Pencatatan Sipil Kota Medan", "4", "2", "2.5", "1"]
    sheet = load_workbook(io.BytesIO(client.get("/leaders/responsiveness.xlsx").data)).active
    assert [c.value for c in sheet[2]][2:] == [4, 2, 2.5, 1]
