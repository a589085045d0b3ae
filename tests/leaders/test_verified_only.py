"""What verification changes: only verified ASN are ranked (people and agencies, pages and exports), awarded
and JP-verified; their profiles and author lines say so; an approval shows in the ranking at once."""
import csv
import io

import pytest
from sqlalchemy import select

from app.accounts.models import AgencyOperator
from app.extensions import db
from app.reputation.models import Award
from tests.fixtures.people import agency


@pytest.fixture
def newcomer(make_user, give_reputation):
    """Confirmed but not verified, with more points than anybody: Dinas Lingkungan Hidup's only contributor."""
    user = make_user(name="Nia Belum Diverifikasi", agency_code="dlh", verified_at=None)
    return give_reputation(user, 5000)


@pytest.fixture
def ranked(make_user, give_reputation):
    return give_reputation(make_user(name="Rudi Terverifikasi", agency_code="dinkes"), 300)


def approve(login_as, admin, user):
    assert login_as(admin).post(f"/admin/approvals/{user.id}/approve").status_code == 303


def csv_names(client, query="") -> list[str]:
    body = client.get(f"/leaders/export.csv{query}").get_data(as_text=True).lstrip("\ufeff")
    return [row[1] for row in csv.reader(io.StringIO(body))][1:]


@pytest.mark.parametrize("period", ["minggu", "bulan", "semua"])
def test_an_unverified_member_is_not_ranked_until_approved(client, login_as, admin, leader, newcomer, ranked,
                                                           period):
    page = client.get(f"/leaders/?period={period}").get_data(as_text=True)
    assert "Rudi Terverifikasi" in page and "Nia Belum Diverifikasi" not in page
    assert "Nia Belum Diverifikasi" not in csv_names(login_as(leader), f"?period={period}")
    agencies = client.get(f"/leaders/?view=instansi&period={period}").get_data(as_text=True)
    assert "Dinas Kesehatan" in agencies and "Dinas Lingkungan Hidup" not in agencies

    approve(login_as, admin, newcomer)
    page = client.get(f"/leaders/?period={period}").get_data(as_text=True)
    assert page.index("Nia Belum Diverifikasi") < page.index("Rudi Terverifikasi")  # her points count now
    assert csv_names(login_as(leader), f"?period={period}")[0] == "Nia Belum Diverifikasi"
    assert "Dinas Lingkungan Hidup" in client.get(f"/leaders/?view=instansi&period={period}").get_data(as_text=True)


def test_the_agency_filter_and_the_tag_filter_leave_them_out_too(client, newcomer):
    assert "Nia Belum Diverifikasi" not in client.get("/leaders/?agency=dlh&period=semua").get_data(as_text=True)
    assert "Nia Belum Diverifikasi" not in client.get("/leaders/?period=semua&tag=arsip").get_data(as_text=True)


def test_a_withdrawal_takes_them_out_at_once(client, login_as, admin, ranked):
    assert "Rudi Terverifikasi" in client.get("/leaders/?period=semua").get_data(as_text=True)
    assert login_as(admin).post(f"/admin/approvals/{ranked.id}/withdraw",
                                {"reason": "Bukan ASN Pemko"}).status_code == 303
    assert "Rudi Terverifikasi" not in client.get("/leaders/?period=semua").get_data(as_text=True)


def test_kept_pages_for_visitors_follow_an_approval(client, login_as, admin, newcomer):
    """The profile page is kept whole for visitors: the approval writes `users`, so it is stale at once."""
    url = f"/users/{newcomer.id}"
    assert 'data-verified="false"' in client.get(url).get_data(as_text=True)
    assert 'data-verified="false"' in client.get(url).get_data(as_text=True)  # served from the page cache
    approve(login_as, admin, newcomer)
    page = client.get(url).get_data(as_text=True)
    assert 'data-verified="true"' in page and "ASN terverifikasi" in page


# -- profiles and author lines ------------------------------------------------------------------------------


def test_profiles_say_verified_asn_with_the_agency(client, member, newcomer):
    page = client.get(f"/users/{member.id}").get_data(as_text=True)
    assert 'data-verified="true"' in page and "ASN terverifikasi" in page
    assert "Dinas Komunikasi dan Informatika" in page
    other = client.get(f"/users/{newcomer.id}").get_data(as_text=True)
    assert 'data-verified="false"' in other and "ASN terverifikasi" not in other


def test_a_waiting_member_reads_what_comes_next_on_their_profile(login_as, newcomer):
    page = login_as(newcomer).get(f"/users/{newcomer.id}").get_data(as_text=True)
    assert "menunggu persetujuan operator Dinas Lingkungan Hidup" in page


def test_author_lines_mark_verified_asn(client, member, newcomer, make_question):
    verified_q = make_question(member, title="Bagaimana menata arsip dinas secara digital?")
    other_q = make_question(newcomer, title="Bagaimana mengurus cuti tahunan pegawai baru?")
    page = client.get(verified_q.url()).get_data(as_text=True)
    byline = page[page.index('class="post-meta"'):][:800]
    assert 'class="verified-mark' in byline and "ASN terverifikasi" in byline
    page = client.get(other_q.url()).get_data(as_text=True)
    byline = page[page.index('class="post-meta"'):][:800]
    assert "verified-mark" not in byline


def test_the_privileges_page_tells_the_three_levels(client):
    page = client.get("/reputation/privileges").get_data(as_text=True)
    assert "Semua akun adalah ASN terverifikasi" not in page
    for level in ("Belum dikonfirmasi", "Dikonfirmasi", "ASN terverifikasi"):
        assert level in page
    assert "peringkat" in page and "penghargaan" in page and "JP" in page


# -- awards --------------------------------------------------------------------------------------------------


def test_awards_only_for_verified_asn(login_as, leader, newcomer):
    client = login_as(leader)
    assert "Beri penghargaan" not in client.get(f"/users/{newcomer.id}").get_data(as_text=True)
    response = client.post("/leaders/awards/new", {"user": newcomer.id, "title": "Kontributor Teladan",
                                                   "citation": "Atas jawaban-jawaban yang membantu rekan."})
    assert response.status_code == 422
    assert "Penghargaan hanya untuk ASN terverifikasi" in response.get_data(as_text=True)
    assert db.session.execute(select(Award)).first() is None


def test_the_award_button_is_offered_for_verified_members(login_as, leader, member):
    assert "Beri penghargaan" in login_as(leader).get(f"/users/{member.id}").get_data(as_text=True)


def test_the_duty_shows_on_the_profile_without_nip_or_email(client, make_user):
    op = make_user(name="Oki Operator", nip="199003152015031002")
    db.session.add(AgencyOperator(user_id=op.id, agency_id=agency("diskominfo").id))
    db.session.commit()
    page = client.get(f"/users/{op.id}").get_data(as_text=True)
    assert "Operator instansi" in page and "199003152015031002" not in page and op.email not in page


# -- JP compliance and the agency page ------------------------------------------------------------------------


def test_jp_compliance_counts_verified_asn_only(login_as, leader, newcomer, make_user):
    make_user(name="Uno Belum Konfirmasi", agency_code="dlh", verified_at=None, email_confirmed_at=None)
    client = login_as(leader)
    page = client.get("/leaders/jp?agency=dlh").get_data(as_text=True)
    assert "Nia Belum Diverifikasi" not in page and "Uno Belum Konfirmasi" not in page
    body = client.get("/leaders/jp/export.csv?agency=dlh").get_data(as_text=True)
    assert "Nia Belum Diverifikasi" not in body and "Uno Belum Konfirmasi" not in body
    assert 'data-agency="dlh"' not in client.get("/leaders/jp").get_data(as_text=True)  # DLH has no ASN yet

    make_user(name="Dedi Terverifikasi", agency_code="dlh")
    assert "Dedi Terverifikasi" in client.get("/leaders/jp?agency=dlh").get_data(as_text=True)
    assert 'data-agency="dlh"' in client.get("/leaders/jp").get_data(as_text=True)


def test_the_agency_page_lists_members_by_name_not_by_points(client, newcomer, make_user, give_reputation):
    give_reputation(make_user(name="Zaki Terbanyak", agency_code="dlh"), 9000)
    make_user(name="Ani Baru", agency_code="dlh")
    page = client.get("/agencies/dlh").get_data(as_text=True)
    members = page[page.index('id="judul-anggota"'):]
    assert members.index("Ani Baru") < members.index("Nia Belum Diverifikasi") < members.index("Zaki Terbanyak")
