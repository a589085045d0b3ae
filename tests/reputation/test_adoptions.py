"""Adoptions ("Diterapkan oleh"): another agency records that it adopted an article, +50 to its author."""
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import urlsplit

import pytest
from sqlalchemy import func, select

from app.accounts.models import User
from app.core.roles import Role
from app.extensions import db
from app.reputation.models import Adoption, ReputationEvent
from tests.fixtures.people import agency

NOTE = "Kami menerapkan pemindaian arsip di bagian umum sejak Maret, dengan nomor agenda sebagai nama berkas."
DUPLICATE = "Instansi Anda sudah mencatat penerapan praktik ini."
OWN_AGENCY = "Praktik ini berasal dari instansi Anda sendiri."


def reputation(user) -> int:
    return db.session.execute(select(User.reputation).where(User.id == user.id)).scalar_one()


def events(user) -> list[tuple[str, int, int | None]]:
    return [(e.reason, e.delta, e.actor_id) for e in db.session.execute(
        select(ReputationEvent).where(ReputationEvent.user_id == user.id).order_by(ReputationEvent.id)).scalars()]


def adoptions_count(article=None) -> int:
    query = select(func.count(Adoption.id))
    if article is not None:
        query = query.where(Adoption.post_id == article.id)
    return db.session.execute(query).scalar_one()


def adopt(client, article, note=NOTE, **kwargs):
    return client.post(f"/articles/{article.id}/adoptions", {"note": note}, **kwargs)


def follow(client, response) -> str:
    """The page a redirect points to (where the flash message is shown)."""
    assert response.status_code == 303, response.get_data(as_text=True)
    return client.get(urlsplit(response.headers["Location"]).path).get_data(as_text=True)


def ledger_is_true(app) -> bool:
    return app.test_cli_runner().invoke(args=["reputation", "check"]).exit_code == 0


@pytest.fixture
def app_config(app_config):
    """Pages are counted as rendered: the visitors' page cache would answer every second view in one statement."""
    return {**app_config, "PAGE_CACHE_SIZE": 0}


@pytest.fixture
def article(member, make_article):
    """A published article of Diskominfo, written by `member`."""
    return make_article(member)


@pytest.fixture
def adopter(make_user):
    return make_user(name="Budi Dinkes", agency_code="dinkes")


# -- Recording an adoption ---------------------------------------------------------------------------


def test_another_agency_adopts_and_the_author_gets_fifty(app, login_as, article, member, adopter):
    client = login_as(adopter)
    response = adopt(client, article)
    assert response.headers["Location"].endswith(f"/articles/{article.id}/{article.slug}#diterapkan")
    page = follow(client, response)
    assert "Terima kasih. Penerapan praktik ini oleh" in page and "telah dicatat" in page
    row = db.session.execute(select(Adoption)).scalar_one()
    assert (row.post_id, row.agency_id, row.recorded_by_id, row.note) == (
        article.id, agency("dinkes").id, adopter.id, NOTE)
    assert row.outcome is None and row.outcome_at is None and row.created_at is not None
    assert reputation(member) == 51
    assert events(member) == [("adopted", 50, adopter.id)]
    assert reputation(adopter) == 1
    assert ledger_is_true(app)


@pytest.mark.parametrize("role", [Role.MODERATOR, Role.LEADER, Role.ADMIN])
def test_every_role_of_another_agency_may_record_it(login_as, make_user, article, member, role):
    client = login_as(make_user(role, agency_code="dishub"))
    follow(client, adopt(client, article))
    assert adoptions_count(article) == 1 and reputation(member) == 51


def test_adoptions_are_outside_the_daily_cap(app, login_as, make_user, article, member):
    for code in ("dinkes", "dishub", "dlh", "bkpsdm", "setda"):
        adopt(login_as(make_user(agency_code=code)), article)
    assert adoptions_count(article) == 5 and reputation(member) == 251  # 5 x 50 > the cap of 200
    assert ledger_is_true(app)


def test_the_points_come_from_the_configuration(app, login_as, article, member, adopter):
    app.config["REPUTATION_ADOPTED"] = 30
    adopt(login_as(adopter), article)
    assert reputation(member) == 31


def test_the_agency_of_origin_cannot_adopt_its_own_practice(login_as, make_user, article, member):
    colleague = make_user(agency_code="diskominfo")
    client = login_as(colleague)
    page = follow(client, adopt(client, article))
    assert OWN_AGENCY in page
    assert adoptions_count() == 0 and reputation(member) == 1 and events(member) == []


def test_the_author_who_moved_cannot_adopt_their_own_article(login_as, article, member):
    db.session.get(User, member.id).agency = agency("dinkes")
    db.session.commit()
    client = login_as(member)
    page = follow(client, adopt(client, article))
    assert "Anda tidak dapat mencatat penerapan praktik yang Anda tulis sendiri." in page
    assert adoptions_count() == 0 and reputation(member) == 1


def test_one_adoption_per_agency(app, login_as, make_user, article, member, adopter):
    follow(login_as(adopter), adopt(login_as(adopter), article))
    for who in (adopter, make_user(agency_code="dinkes")):
        client = login_as(who)
        assert DUPLICATE in follow(client, adopt(client, article, note="Catatan kedua."))
    assert adoptions_count(article) == 1 and reputation(member) == 51
    assert ledger_is_true(app)


def test_two_adoptions_by_one_agency_at_once_leave_exactly_one(app, login_as, make_user, article, member):
    people = [make_user(agency_code="dinkes"), make_user(agency_code="dinkes")]
    clients = [login_as(person) for person in people]
    cookies = [c.raw.get_cookie("session").value for c in clients]
    tokens = [c.csrf_token() for c in clients]
    article_id = article.id

    def one(n):
        from tests.conftest import Client

        client = Client(app)
        client.raw.set_cookie("session", cookies[n])
        response = client.post(f"/articles/{article_id}/adoptions", {"note": f"{NOTE} ({n})", "csrf_token": tokens[n]})
        return response.status_code, client.get(urlsplit(response.headers["Location"]).path).get_data(as_text=True)

    db.session.commit()  # ends the test's own transaction: on SQLite it would hold the write lock
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(one, range(2)))
    assert [status for status, _ in results] == [303, 303]
    assert sorted(DUPLICATE in page for _, page in results) == [False, True]
    assert adoptions_count(article) == 1 and reputation(member) == 51
    assert ledger_is_true(app)


def test_a_duplicate_that_slips_past_the_check_gets_the_same_message(app, monkeypatch, login_as, article, member,
                                                                     adopter):
    adopt(login_as(adopter), article)
    # As if a concurrent twin had committed between the check and the insert: the unique constraint answers.
    monkeypatch.setattr("app.reputation.adoptions.adoption_of", lambda *args: None)
    client = login_as(adopter)
    assert DUPLICATE in follow(client, adopt(client, article))
    assert adoptions_count(article) == 1 and reputation(member) == 51
    assert ledger_is_true(app)


@pytest.mark.parametrize(("note", "message"), [
    ("", "Tuliskan catatan singkat tentang cara instansi Anda menerapkan praktik ini."),
    ("   \r\n  ", "Tuliskan catatan singkat tentang cara instansi Anda menerapkan praktik ini."),
    ("x" * 1001, "Catatan paling banyak 1.000 karakter."),
    ("x" * 30_000, "Isian ini terlalu panjang."),
])
def test_the_note_is_required_and_short(login_as, article, member, adopter, note, message):
    client = login_as(adopter)
    assert message in follow(client, adopt(client, article, note=note))
    assert adoptions_count() == 0 and reputation(member) == 1


def test_a_note_of_exactly_1000_characters_is_accepted(login_as, article, adopter):
    adopt(login_as(adopter), article, note="x" * 1000)
    assert adoptions_count(article) == 1


def test_visitors_csrf_and_methods(client, login_as, article, adopter):
    response = adopt(client, article)
    assert response.status_code == 302 and "/auth/login" in response.headers["Location"]
    signed_in = login_as(adopter)
    listing = signed_in.get(f"/articles/{article.id}/adoptions")  # a GET changes nothing: it shows the section
    assert listing.status_code == 303 and listing.headers["Location"].endswith(f"/{article.slug}#diterapkan")
    assert adopt(signed_in, article, csrf=False).status_code == 400
    assert adoptions_count() == 0


def test_only_published_articles_can_be_adopted(login_as, make_user, member, make_article, make_question,
                                                 moderator):
    draft = make_article(member, publish=False)
    assert adopt(login_as(make_user(agency_code="dinkes")), draft).status_code == 404
    question = make_question(member)
    outsider = login_as(make_user(agency_code="dinkes"))
    assert adopt(outsider, question).status_code == 404
    assert outsider.post("/articles/987654/adoptions", {"note": NOTE}).status_code == 404
    deleted = make_article(member, title="Praktik yang kemudian dihapus")
    login_as(member).post(f"/posts/{deleted.id}/delete")
    client = login_as(moderator)  # a moderator still sees the deleted article, but cannot adopt it
    page = follow(client, adopt(client, deleted))
    assert "Hanya praktik baik yang sudah terbit yang dapat dicatat penerapannya." in page
    assert adoptions_count() == 0


# -- Outcomes ----------------------------------------------------------------------------------------


@pytest.fixture
def adoption(login_as, article, adopter):
    adopt(login_as(adopter), article)
    return db.session.execute(select(Adoption)).scalar_one()


def add_outcome(client, adoption, text="Waktu pencarian arsip turun dari 2 hari menjadi 10 menit.", **kwargs):
    return client.post(f"/adoptions/{adoption.id}/outcome", {"outcome": text}, **kwargs)


def outcome_of(adoption):
    db.session.expire_all()
    return db.session.get(Adoption, adoption.id)


def test_the_adopting_agency_adds_and_updates_the_outcome(app, login_as, make_user, member, article, adopter,
                                                         adoption):
    client = login_as(adopter)
    page = follow(client, add_outcome(client, adoption))
    assert "Hasil penerapan telah disimpan." in page and "Waktu pencarian arsip turun" in page
    row = outcome_of(adoption)
    assert row.outcome.startswith("Waktu pencarian") and row.outcome_at is not None
    colleague = login_as(make_user(agency_code="dinkes"))
    again = "Kini juga dipakai di puskesmas."
    follow(colleague, add_outcome(colleague, adoption, again))
    assert outcome_of(adoption).outcome == again
    assert "Tidak ada perubahan." in follow(colleague, add_outcome(colleague, adoption, again))
    assert reputation(member) == 51 and ledger_is_true(app)  # an outcome gives no points


def test_an_admin_may_add_the_outcome(login_as, admin, adoption):
    client = login_as(admin)  # Diskominfo, the agency of origin, but an admin
    follow(client, add_outcome(client, adoption))
    assert outcome_of(adoption).outcome is not None


@pytest.mark.parametrize("who", ["author", "other_member", "moderator", "leader"])
def test_only_the_adopting_agency_adds_the_outcome(request, login_as, make_user, member, moderator, leader,
                                                   adoption, who):
    person = {"author": member, "other_member": make_user(agency_code="dishub"), "moderator": moderator,
              "leader": leader}[who]
    response = add_outcome(login_as(person), adoption)
    assert response.status_code == 403
    assert "Hanya anggota instansi yang menerapkan praktik ini yang dapat menuliskan hasilnya." in \
        response.get_data(as_text=True)
    assert outcome_of(adoption).outcome is None


@pytest.mark.parametrize(("text", "message"), [
    ("", "Tuliskan hasil penerapan praktik ini di instansi Anda."),
    ("y" * 2001, "Hasil penerapan paling banyak 2.000 karakter."),
])
def test_the_outcome_is_required_and_short(login_as, adopter, adoption, text, message):
    client = login_as(adopter)
    assert message in follow(client, add_outcome(client, adoption, text))
    assert outcome_of(adoption).outcome is None


def test_outcome_visitors_csrf_and_unknown(client, login_as, adopter, adoption):
    response = add_outcome(client, adoption)
    assert response.status_code == 302 and "/auth/login" in response.headers["Location"]
    signed_in = login_as(adopter)
    assert add_outcome(signed_in, adoption, csrf=False).status_code == 400
    assert signed_in.post("/adoptions/987654/outcome", {"outcome": "x"}).status_code == 404
    assert outcome_of(adoption).outcome is None


# -- Pages -------------------------------------------------------------------------------------------


def article_page(client, article) -> str:
    return client.get(f"/articles/{article.id}/{article.slug}").get_data(as_text=True)


def test_the_article_page_lists_adopting_agencies_and_offers_the_form(client, login_as, make_user, article, member,
                                                                      adopter):
    assert "Diterapkan oleh 0 instansi" in article_page(client, article)
    assert "untuk mencatat bahwa instansi Anda menerapkan praktik ini" in article_page(client, article)
    assert "Kami menerapkan praktik ini" not in article_page(login_as(member), article)  # the agency of origin
    assert "Kami menerapkan praktik ini" in article_page(login_as(adopter), article)
    adopt(login_as(adopter), article)
    add_outcome(login_as(adopter), db.session.execute(select(Adoption)).scalar_one())
    page = article_page(client, article)
    assert "Diterapkan oleh 1 instansi" in page and 'data-adoption-count="1"' in page
    assert 'href="/agencies/dinkes"' in page and NOTE in page and "Waktu pencarian arsip turun" in page
    mine = article_page(login_as(adopter), article)
    assert "Kami menerapkan praktik ini" not in mine and "Ubah hasil penerapan" in mine
    assert "Kami menerapkan praktik ini" in article_page(login_as(make_user(agency_code="dishub")), article)
    assert "Ubah hasil penerapan" not in article_page(login_as(member), article)


def test_hostile_notes_are_escaped(client, login_as, article, adopter):
    hostile = '<script>alert("catatan")</script><img src=x onerror=alert(1)>'
    client_ = login_as(adopter)
    adopt(client_, article, note=hostile)
    add_outcome(client_, db.session.execute(select(Adoption)).scalar_one(), hostile)
    page = article_page(client, article)
    assert "<script>alert" not in page and "<img src=x" not in page
    assert "&lt;script&gt;alert(&#34;catatan&#34;)&lt;/script&gt;" in page


def test_agency_pages_show_both_lists(client, login_as, make_user, member, make_article, article):
    other = make_article(member, title="Layanan antrean daring puskesmas")
    for code in ("dinkes", "dishub"):
        adopt(login_as(make_user(agency_code=code)), article)
    adopt(login_as(make_user(agency_code="dinkes")), other)
    origin = client.get("/agencies/diskominfo").get_data(as_text=True)
    assert "Praktik kami yang diterapkan instansi lain" in origin
    assert article.title in origin and 'data-adoption-count="2"' in origin and 'data-adoption-count="1"' in origin
    assert origin.index(article.title) < origin.index(other.title)  # the most adopted first
    adopting = client.get("/agencies/dinkes").get_data(as_text=True)
    assert "Praktik yang kami terapkan" in adopting
    assert article.title in adopting and other.title in adopting and 'href="/agencies/diskominfo"' in adopting
    nothing = client.get("/agencies/dlh").get_data(as_text=True)
    assert "Belum ada praktik dari instansi lain yang dicatat diterapkan di sini." in nothing
    assert "Belum ada praktik instansi ini yang diterapkan instansi lain." in nothing


def test_the_profile_names_the_reason(client, login_as, article, member, adopter):
    adopt(login_as(adopter), article)
    page = client.get(f"/users/{member.id}?tab=reputasi").get_data(as_text=True)
    assert "Praktik diterapkan instansi lain" in page and "+50" in page


def statements(client, count_queries, url) -> int:
    client.get(url)
    with count_queries() as found:
        assert client.get(url).status_code == 200
    return len(found)


def test_pages_do_not_grow_with_adoptions(client, login_as, make_user, member, make_article, article,
                                          count_queries):
    adopt(login_as(make_user(agency_code="dinkes")), article)
    urls = [f"/articles/{article.id}/{article.slug}", "/agencies/diskominfo", "/agencies/dinkes"]
    few = {url: statements(client, count_queries, url) for url in urls}
    for n, code in enumerate(("dishub", "dlh", "bkpsdm", "setda")):
        adopt(login_as(make_user(agency_code=code)), article)
        other = make_article(member, title=f"Praktik lain nomor {n} yang juga ditiru")
        adopt(login_as(make_user(agency_code="dinkes")), other)
    for url in urls:
        assert statements(client, count_queries, url) == few[url], url
    assert few[urls[0]] <= 7


def test_deleting_an_adopted_article_takes_its_adoption_points_and_restoring_returns_them(
        app, login_as, article, member, adopter):
    adopt(login_as(adopter), article)
    owner = login_as(member)
    owner.post(f"/posts/{article.id}/delete")
    assert reputation(member) == 1
    owner.post(f"/posts/{article.id}/restore")
    assert reputation(member) == 51
    assert ledger_is_true(app)
