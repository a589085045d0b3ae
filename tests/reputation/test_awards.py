"""Awards (Penghargaan): leaders recognise members; numbered certificates anyone can verify."""
import re
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from urllib.parse import urlsplit

import pytest
from sqlalchemy import select

from app.accounts.models import User
from app.extensions import db
from app.reputation import awards
from app.reputation.models import Award, ReputationEvent
from tests.fixtures.people import agency
from tests.support.clock import this_year

TITLE = "Pelopor Arsip Digital"
CITATION = "Atas prakarsa memindai seluruh arsip surat masuk\ndan membagikan caranya kepada 12 instansi."


def reputation(user) -> int:
    return db.session.execute(select(User.reputation).where(User.id == user.id)).scalar_one()


def all_awards() -> list[Award]:
    db.session.expire_all()
    return list(db.session.execute(select(Award).order_by(Award.id)).scalars())


def give(client, recipient, title=TITLE, citation=CITATION, posts="", **kwargs):
    user = recipient.id if hasattr(recipient, "id") else recipient
    return client.post("/leaders/awards/new", {"user": user, "title": title, "citation": citation, "posts": posts},
                       **kwargs)


def ledger_is_true(app) -> bool:
    return app.test_cli_runner().invoke(args=["reputation", "check"]).exit_code == 0


# -- Giving an award ---------------------------------------------------------------------------------


def test_a_leader_gives_an_award_with_points_and_a_certificate(app, login_as, leader, member):
    client = login_as(leader)
    form = client.get(f"/leaders/awards/new?user={member.id}")
    assert form.status_code == 200 and member.name in form.get_data(as_text=True)
    response = give(client, member)
    number = f"SIMPUL-{this_year()}-0001"
    assert response.status_code == 303 and response.headers["Location"].endswith(f"/awards/{number}")
    award = all_awards()[0]
    assert (award.number, award.user_id, award.awarded_by_id, award.title, award.citation, award.points) == (
        number, member.id, leader.id, TITLE, CITATION, 100)
    assert award.agency_id == member.agency_id
    assert reputation(member) == 101
    event = db.session.execute(select(ReputationEvent).where(ReputationEvent.user_id == member.id)).scalar_one()
    assert (event.reason, event.delta, event.actor_id, event.post_id) == ("award", 100, leader.id, None)
    assert ledger_is_true(app)
    page = client.get(urlsplit(response.headers["Location"]).path).get_data(as_text=True)
    assert f"Penghargaan {number} telah diberikan kepada {member.name}." in page


def test_an_admin_may_give_awards_and_points_come_from_the_configuration(app, login_as, admin, make_user):
    app.config["REPUTATION_AWARD"] = 250
    recipient = make_user(agency_code="dinkes")
    assert give(login_as(admin), recipient).status_code == 303
    assert all_awards()[0].points == 250 and reputation(recipient) == 251  # outside the daily cap
    assert ledger_is_true(app)


@pytest.mark.parametrize("role", ["member", "moderator"])
def test_members_and_moderators_cannot_give_awards(login_as, member, moderator, make_user, role):
    giver = {"member": member, "moderator": moderator}[role]
    client = login_as(giver)
    recipient = make_user(agency_code="dinkes")
    assert client.get(f"/leaders/awards/new?user={recipient.id}").status_code == 403
    assert give(client, recipient).status_code == 403
    assert all_awards() == [] and reputation(recipient) == 1


def test_visitors_are_sent_to_sign_in_and_csrf_is_required(client, login_as, leader, member):
    for response in (client.get(f"/leaders/awards/new?user={member.id}"), give(client, member)):
        assert response.status_code == 302 and "/auth/login" in response.headers["Location"]
    assert give(login_as(leader), member, csrf=False).status_code == 400
    assert all_awards() == []


def test_a_leader_cannot_award_themself(login_as, leader, admin):
    for giver in (leader, admin):
        response = give(login_as(giver), giver)
        assert response.status_code == 422
        assert "Anda tidak dapat memberi penghargaan kepada diri sendiri." in response.get_data(as_text=True)
    assert all_awards() == [] and reputation(leader) == 1


@pytest.mark.parametrize(("field", "value", "message"), [
    ("title", "", "Judul penghargaan wajib diisi."),
    ("title", "   ", "Judul penghargaan wajib diisi."),
    ("title", "J" * 161, "Judul penghargaan paling banyak 160 karakter."),
    ("citation", "", "Tuliskan kutipan penghargaan: apa yang dihargai dan mengapa."),
    ("citation", "k" * 2001, "Kutipan penghargaan paling banyak 2.000 karakter."),
    ("citation", "k" * 30_000, "Isian ini terlalu panjang."),
    ("user", "", "Ketik nama atau @nama pengguna anggota lalu pilih dari daftar."),
    ("user", "abc", "tidak ditemukan. Ketik nama atau @nama pengguna anggota lalu pilih dari daftar"),
    ("user", "987654", "tidak ditemukan. Ketik nama atau @nama pengguna anggota lalu pilih dari daftar"),
    ("user", "9" * 300, "Isian ini terlalu panjang."),
])
def test_bad_input_gets_a_clear_message(login_as, leader, member, field, value, message):
    data = {"user": str(member.id), "title": TITLE, "citation": CITATION, "posts": "", field: value}
    response = login_as(leader).post("/leaders/awards/new", data)
    assert response.status_code == 422
    assert message in response.get_data(as_text=True)
    assert all_awards() == [] and reputation(member) == 1


def test_limits_are_inclusive(login_as, leader, member):
    assert give(login_as(leader), member, title="J" * 160, citation="k" * 2000).status_code == 303


def test_the_form_refuses_unknown_recipients_in_the_address(login_as, leader):
    client = login_as(leader)
    assert client.get("/leaders/awards/new?user=abc").status_code == 400
    missing = client.get("/leaders/awards/new?user=987654")
    assert missing.status_code == 404 and "Pengguna tidak ditemukan." in missing.get_data(as_text=True)
    blank = client.get("/leaders/awards/new")
    assert blank.status_code == 200 and 'name="user"' in blank.get_data(as_text=True)


# -- Linked posts ------------------------------------------------------------------------------------


def test_linked_posts_by_id_or_link_of_this_site(login_as, leader, member, make_article, make_question,
                                                 make_thread):
    article, question, thread = make_article(member), make_question(member), make_thread(member)
    posts = (f"{article.id}, /questions/{question.id}/{question.slug}, "
             f"http://localhost/discussions/{thread.id}#balasan, {article.id}")
    client = login_as(leader)
    response = give(client, member, posts=posts)
    assert response.status_code == 303
    award = all_awards()[0]
    linked = db.session.execute(select(Award).where(Award.id == award.id)).scalar_one()
    assert [post.id for post in awards.posts_of(linked)] == sorted([article.id, question.id, thread.id])
    page = client.get(urlsplit(response.headers["Location"]).path).get_data(as_text=True)
    assert article.title in page and question.title in page and thread.title in page


@pytest.mark.parametrize(("posts", "message"), [
    ("987654", "Kiriman 987654 tidak ditemukan atau tidak terbit."),
    ("abc", "\u201cabc\u201d bukan tautan kiriman. Ketik judulnya lalu pilih dari daftar"),
    ("/users/1", "\u201c/users/1\u201d bukan tautan kiriman. Ketik judulnya lalu pilih dari daftar"),
    ("https://evil.example/articles/1", "\u201chttps://evil.example/articles/1\u201d bukan tautan situs ini."),
    ("javascript:alert(1)", "\u201cjavascript:alert(1)\u201d bukan tautan situs ini."),
    ("1, 2, 3, 4, 5, 6", "Paling banyak 5 kiriman terkait."),
])
def test_unknown_or_foreign_posts_are_refused(login_as, leader, member, make_article, posts, message):
    for n in range(6):
        make_article(member, title=f"Praktik nomor {n} yang terbit")
    response = give(login_as(leader), member, posts=posts)
    assert response.status_code == 422
    assert message.replace("\u201c", "&#8220;") in response.get_data(as_text=True) or \
        message in response.get_data(as_text=True)
    assert all_awards() == []


def test_drafts_and_deleted_posts_cannot_be_linked(login_as, leader, member, make_article):
    draft = make_article(member, publish=False)
    deleted = make_article(member, title="Praktik yang kemudian dihapus")
    login_as(member).post(f"/posts/{deleted.id}/delete")
    response = give(login_as(leader), member, posts=f"{draft.id}, {deleted.id}")
    assert response.status_code == 422
    assert f"Kiriman {draft.id}, {deleted.id} tidak ditemukan atau tidak terbit." in response.get_data(as_text=True)


# -- Numbers ------------------------------------------------------------------------------------------


def test_numbers_are_sequential_per_year(login_as, leader, make_user):
    client = login_as(leader)
    for _ in range(3):
        give(client, make_user())
    assert [a.number for a in all_awards()] == [f"SIMPUL-{this_year()}-{n:04d}" for n in (1, 2, 3)]


def test_the_year_is_the_year_in_medan_and_numbers_grow_past_9999(app, leader, member):
    assert awards.award_year(datetime(2026, 12, 31, 16, 59)) == 2026  # 23.59 WIB
    assert awards.award_year(datetime(2026, 12, 31, 17, 0)) == 2027  # 00.00 WIB on 1 Jan
    assert awards.next_number(2031) == "SIMPUL-2031-0001"
    for number in ("SIMPUL-2030-0007", "SIMPUL-2031-9999"):
        db.session.add(Award(number=number, user_id=member.id, agency_id=member.agency_id, awarded_by_id=leader.id,
                             title=TITLE, citation=CITATION, points=0))
    db.session.commit()
    assert awards.next_number(2030) == "SIMPUL-2030-0008"
    assert awards.next_number(2031) == "SIMPUL-2031-10000"
    db.session.add(Award(number="SIMPUL-2031-10000", user_id=member.id, agency_id=member.agency_id,
                         awarded_by_id=leader.id, title=TITLE, citation=CITATION, points=0))
    db.session.commit()
    assert awards.next_number(2031) == "SIMPUL-2031-10001"


def test_a_number_taken_meanwhile_is_retried(app, monkeypatch, login_as, leader, member, make_user):
    give(login_as(leader), make_user())
    taken = f"SIMPUL-{this_year()}-0001"
    real = awards.next_number
    calls = []

    def stale_then_real(year):
        calls.append(year)
        return taken if len(calls) == 1 else real(year)  # as if another award committed 0001 meanwhile

    monkeypatch.setattr(awards, "next_number", stale_then_real)
    assert give(login_as(leader), member).status_code == 303
    assert len(calls) == 2
    assert [a.number for a in all_awards()] == [taken, f"SIMPUL-{this_year()}-0002"]
    assert reputation(member) == 101 and ledger_is_true(app)


def test_two_awards_at_once_get_different_numbers(app, login_as, leader, admin, make_user):
    recipients = [make_user(agency_code="dinkes"), make_user(agency_code="dishub")]
    clients = [login_as(leader), login_as(admin)]
    cookies = [c.raw.get_cookie("session").value for c in clients]
    tokens = [c.csrf_token() for c in clients]
    ids = [r.id for r in recipients]

    def one(n):
        from tests.conftest import Client

        client = Client(app)
        client.raw.set_cookie("session", cookies[n])
        return client.post("/leaders/awards/new", {"user": ids[n], "title": TITLE, "citation": CITATION,
                                                   "csrf_token": tokens[n]}).status_code

    db.session.commit()
    with ThreadPoolExecutor(max_workers=2) as pool:
        assert list(pool.map(one, range(2))) == [303, 303]
    assert sorted(a.number for a in all_awards()) == [f"SIMPUL-{this_year()}-0001", f"SIMPUL-{this_year()}-0002"]
    assert [reputation(r) for r in recipients] == [101, 101]
    assert ledger_is_true(app)


# -- The certificate and its verification --------------------------------------------------------------


@pytest.fixture
def award(login_as, leader, member):
    give(login_as(leader), member)
    found = all_awards()[0]
    found.created_at = datetime(2026, 8, 26, 20, 30)  # 27 Aug 2026, 03.30 WIB
    db.session.commit()
    return found


def test_the_certificate_is_open_to_anyone(client, award, leader, member):
    response = client.get(f"/awards/{award.number}")
    assert response.status_code == 200
    page = response.get_data(as_text=True)
    for text in (member.name, member.agency.name, TITLE, "dan membagikan caranya", "27 Agu 2026", leader.name,
                 award.number, f"http://localhost/awards/{award.number}"):
        assert text in page, text
    assert "style=" not in page
    assert all('src="' in tag for tag in re.findall(r"<script[^>]*>", page))
    assert "script-src 'self'" in response.headers["Content-Security-Policy"]


class TestTheVerificationLinkComesFromTheSite:
    @pytest.fixture
    def app_config(self, app_config):
        return {**app_config, "SERVER_NAME": None, "SITE_URL": "https://simpul.medan.go.id"}

    def test_a_forged_host_does_not_reach_the_printed_link(self, client, award):
        page = client.get(f"/awards/{award.number}", headers={"Host": "evil.example",
                                                               "X-Forwarded-Host": "evil.example"})
        assert page.status_code == 200
        assert f"https://simpul.medan.go.id/awards/{award.number}" in page.get_data(as_text=True)
        assert "evil.example" not in page.get_data(as_text=True)


def test_the_certificate_keeps_the_agency_of_the_day(client, award, member):
    then = member.agency.name
    db.session.get(User, member.id).agency = agency("dinkes")
    db.session.commit()
    page = client.get(f"/awards/{award.number}").get_data(as_text=True)
    assert then in page and agency("dinkes").name not in page


def test_unknown_certificates_are_404(client, award):
    for number in ("SIMPUL-2026-9999", "x" * 200, "SIMPUL-%3Cscript%3E"):
        response = client.get(f"/awards/{number}")
        assert response.status_code == 404, number
        assert "Sertifikat penghargaan tidak ditemukan." in response.get_data(as_text=True)
    assert client.get(f"/awards/{award.number.lower()}").headers["Location"].endswith(f"/awards/{award.number}")


def test_verification_json(client, award, member):
    assert client.get(f"/awards/{award.number}/verify.json").json == {
        "valid": True, "number": award.number, "recipient": member.name, "agency": member.agency.name,
        "title": TITLE, "date": "2026-08-27"}
    missing = client.get("/awards/SIMPUL-2026-9999/verify.json")
    assert missing.status_code == 404 and missing.json == {"valid": False, "number": "SIMPUL-2026-9999"}


def test_hostile_text_is_escaped_on_the_certificate_and_the_profile(client, login_as, leader, member):
    hostile_title = '<script>alert("judul")</script>'
    hostile_citation = '<img src=x onerror=alert(1)> "kutipan" & <b>tebal</b>'
    give(login_as(leader), member, title=hostile_title, citation=hostile_citation)
    number = all_awards()[0].number
    for url in (f"/awards/{number}", f"/users/{member.id}"):
        page = client.get(url).get_data(as_text=True)
        assert "<script>alert" not in page and "<img src=x" not in page and "<b>tebal" not in page, url
        assert "&lt;script&gt;alert(&#34;judul&#34;)&lt;/script&gt;" in page, url
    certificate = client.get(f"/awards/{number}").get_data(as_text=True)
    assert "&lt;img src=x onerror=alert(1)&gt; &#34;kutipan&#34; &amp; &lt;b&gt;tebal&lt;/b&gt;" in certificate


# -- The profile ----------------------------------------------------------------------------------------


def test_the_profile_lists_awards_and_offers_the_button_to_leaders(client, login_as, leader, admin, moderator,
                                                                  member, award):
    page = client.get(f"/users/{member.id}").get_data(as_text=True)
    assert "Penghargaan" in page and TITLE in page and f'href="/awards/{award.number}"' in page
    button = f'href="/leaders/awards/new?user={member.id}"'
    assert button not in page
    assert button not in login_as(moderator).get(f"/users/{member.id}").get_data(as_text=True)
    assert button in login_as(leader).get(f"/users/{member.id}").get_data(as_text=True)
    assert button in login_as(admin).get(f"/users/{member.id}").get_data(as_text=True)
    own = login_as(leader).get(f"/users/{leader.id}").get_data(as_text=True)
    assert "Beri penghargaan" not in own
    history = client.get(f"/users/{member.id}?tab=reputasi").get_data(as_text=True)
    assert "Penghargaan" in history and "+100" in history


def test_the_certificate_speaks_english_on_request(client, award):
    client.post("/auth/locale", {"locale": "en", "next": "/"})
    page = client.get(f"/awards/{award.number}").get_data(as_text=True)
    assert "Certificate of Appreciation" in page and "27 Aug 2026" in page



def test_a_suspended_member_cannot_be_awarded(login_as, leader, make_user):
    from datetime import timedelta

    from app.core.timeutil import utcnow

    suspended = make_user(suspended_until=utcnow() + timedelta(days=3), suspension_reason="Uji")
    response = give(login_as(leader), suspended)
    assert response.status_code == 422 and "sedang ditangguhkan" in response.get_data(as_text=True)
    assert all_awards() == []


def test_answers_under_a_hidden_question_cannot_be_linked(login_as, leader, member, moderator, make_user,
                                                          make_question, make_answer):
    question = make_question(make_user(name="Penanya Lain"))
    answer = make_answer(question, member)
    moderate = login_as(moderator)
    moderate.post(f"/moderation/posts/{question.id}/hide", {"reason": "Melanggar aturan"})
    response = give(login_as(leader), member, posts=str(answer.id))
    assert response.status_code == 422
    assert f"Kiriman {answer.id} tidak ditemukan atau tidak terbit." in response.get_data(as_text=True)


def test_the_certificate_drops_an_answer_whose_question_is_hidden(client, login_as, leader, member, moderator,
                                                                   make_user, make_question, make_answer):
    question = make_question(make_user(name="Penanya Lain"))
    answer = make_answer(question, member)
    moderate = login_as(moderator)
    assert give(login_as(leader), member, posts=str(answer.id)).status_code == 303
    number = all_awards()[0].number
    assert f"/answers/{answer.id}" in client.get(f"/awards/{number}").get_data(as_text=True)
    moderate.post(f"/moderation/posts/{question.id}/hide", {"reason": "Melanggar lagi"})
    page = client.get(f"/awards/{number}").get_data(as_text=True)
    assert f"/answers/{answer.id}" not in page and f"Kiriman {answer.id}" not in page
